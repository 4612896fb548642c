"""WACZ import: a WACZ built by hand (per the spec's layout) around a warcio capture of a local crawl."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from capture.crawl_site import ARTICLE_A, ARTICLE_B, leaked, warc_of_crawl
from harness.capture import cassette
from harness.capture.scrub import Scrubber
from harness.capture.sources import Exchange, open_source
from harness.capture.sources.wacz import WaczSource
from harness.capture.sources.writer import SourceWriter


def build_wacz(
    warc: Path, path: Path, pages: list[str] | None, compression: int = zipfile.ZIP_STORED
) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as z:
        z.write(warc, "archive/data.warc.gz")
        if pages is not None:
            rows = [{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}]
            rows += [{"id": str(i), "url": url, "ts": "2025-05-01T10:00:00Z"} for i, url in enumerate(pages)]
            z.writestr("pages/pages.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
        z.writestr("datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1"}))
    return path


def test_listed_pages_only_and_redirects_followed(local_server, tmp_path: Path) -> None:
    warc = warc_of_crawl(local_server, tmp_path / "crawl.warc.gz")
    old = next(u for u in _uris(warc) if "/old" in u)
    wacz = build_wacz(warc, tmp_path / "site.wacz", [old])
    assert isinstance(open_source(wacz), WaczSource)
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber(), fmt="wacz").run(WaczSource(wacz))
    assert len(summary.written) == 1, summary.entries
    loaded = cassette.load(summary.written[0].path)  # type: ignore[arg-type]
    assert loaded.primary_response().body == ARTICLE_A  # /old -> /news/bridge, reached from a listed page
    assert any(e.reason == "not a listed page (pages.jsonl)" for e in summary.skipped)
    assert leaked(tmp_path / "out") == []


@pytest.mark.parametrize(
    "compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"]
)
def test_without_a_page_list_every_html_response_counts(
    local_server, tmp_path: Path, compression: int
) -> None:
    warc = warc_of_crawl(local_server, tmp_path / "crawl.warc.gz")
    source = WaczSource(build_wacz(warc, tmp_path / "site.wacz", None, compression))
    pages = [i for i in source if isinstance(i, Exchange) and i.status == 200]
    # stored: bodies are read again from the zip at their offsets; deflated: held, as read
    assert all((i.load is None) == (compression == zipfile.ZIP_DEFLATED) for i in pages)
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(source)
    assert len(summary.written) == 2 and summary.ok
    bodies = sorted(cassette.load(e.path).primary_response().body for e in summary.written if e.path)
    assert bodies == sorted([ARTICLE_A, ARTICLE_B])


def _uris(warc: Path) -> list[str]:
    from warcio.archiveiterator import ArchiveIterator

    with warc.open("rb") as fh:
        return [str(r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)]
