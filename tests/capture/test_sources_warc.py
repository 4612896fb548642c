"""WARC import: a real warcio capture of a local crawl, revisits and captures written by warcio by hand."""

from __future__ import annotations

import gzip
import io
import random
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from capture.crawl_site import ARTICLE_A, ARTICLE_B, SECRETS, leaked, warc_of_crawl
from harness.capture import cassette
from harness.capture.scrub import Scrubber
from harness.capture.sources.warc import WarcSource
from harness.capture.sources.writer import Filters, SourceWriter
from harness.cli import main


def _cassettes(out: Path) -> dict[str, cassette.Cassette]:
    return {ref.id: cassette.load(ref.path) for ref in cassette.discover(out)}


def test_warc_of_a_crawl_imports_every_page_byte_exact(local_server, tmp_path: Path, capsys) -> None:
    warc = warc_of_crawl(local_server, tmp_path / "crawl.warc.gz")
    out = tmp_path / "out"
    assert main(["import", str(warc), "--out", str(out), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "not HTML: image/png" in printed  # skipped and said, never silent
    found = _cassettes(out)
    assert len(found) == 2, found  # /old (-> /news/bridge) and /news/moct; the bridge only in /old's chain
    bodies = {c.primary_response().body for c in found.values()}
    assert bodies == {ARTICLE_A, ARTICLE_B}  # gzip undone, cp1251 bytes untouched
    old = next(c for k, c in found.items() if "/old" in k)
    assert [i["response"]["status"]["code"] for i in old.interactions] == [301, 200]
    assert old.primary_response().url.endswith("/news/bridge")
    assert old.meta["format"] == "warc" and old.meta["captured_at"].endswith("Z")
    assert "content-encoding" not in {k.lower() for k in old.interactions[1]["response"]["headers"]}
    assert old.interactions[0]["request"]["headers"].get("Accept-Encoding") == "gzip"  # the request record
    assert leaked(out) == []
    with gzip.open(warc, "rb") as fh:  # the secrets were really in the crawl: the grep above can fail
        raw = fh.read()
    assert all(s.encode() in raw for s in SECRETS)


def test_every_record_is_accounted_for(local_server, tmp_path: Path) -> None:
    warc = warc_of_crawl(local_server, tmp_path / "crawl.warc")
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(WarcSource(warc))
    with warc.open("rb") as fh:  # counted independently of the harness, with warcio's own iterator
        responses = sum(1 for rec in ArchiveIterator(fh) if rec.rec_type == "response")
    assert responses == 4
    assert len(summary.entries) == responses  # requests are folded into their responses
    assert len(summary.written) == 2 and summary.ok
    reasons = sorted(e.reason or "" for e in summary.skipped)
    assert any(r.startswith("not HTML") for r in reasons) and any(r.startswith("hop of") for r in reasons)


def _record(writer: WARCWriter, url: str, body: bytes, when: str, ctype: str = "text/html") -> None:
    http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": when}
    )
    writer.write_record(rec)


def _dated_warc(path: Path) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        _record(writer, "http://news.example/a", b"<html><p>first</p></html>", "2025-01-01T10:00:00Z")
        _record(writer, "http://news.example/a", b"<html><p>second</p></html>", "2025-03-01T10:00:00Z")
        _record(writer, "http://other.example/b", b"<html><p>other</p></html>", "2025-02-01T10:00:00Z")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        first = b"<html><p>first</p></html>"
        from warcio.utils import Digester

        digester = Digester("sha1")
        digester.update(first)
        revisit = writer.create_revisit_record(
            "http://news.example/c",
            str(digester),
            "http://news.example/a",
            "2025-01-01T10:00:00Z",
            http_headers=http,
        )
        revisit.rec_headers.replace_header("WARC-Date", "2025-04-01T00:00:00Z")
        writer.write_record(revisit)
    return path


def _bodies(out: Path) -> dict[str, bytes]:
    return {k: c.primary_response().body for k, c in _cassettes(out).items()}


def test_latest_capture_by_default_and_revisits_resolved(tmp_path: Path) -> None:
    warc = _dated_warc(tmp_path / "dated.warc.gz")
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(WarcSource(warc))
    bodies = {k.split("-")[0]: v for k, v in _bodies(tmp_path / "out").items()}
    assert bodies["news.example/a"] == b"<html><p>second</p></html>"
    assert bodies["news.example/c"] == b"<html><p>first</p></html>"  # revisit -> the payload it points to
    assert [e.reason for e in summary.skipped] == ["older capture (use --all-captures to keep it)"]


def test_all_captures_keeps_each_with_its_time(tmp_path: Path) -> None:
    warc = _dated_warc(tmp_path / "dated.warc.gz")
    filters = Filters(all_captures=True, site="news.example", url_globs=("*/a",))
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber(), filters=filters).run(WarcSource(warc))
    assert len(summary.written) == 2, summary.entries
    times = sorted(cassette.load(e.path).meta["captured_at"] for e in summary.written if e.path)
    assert times == ["2025-01-01T10:00:00Z", "2025-03-01T10:00:00Z"]


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--since", "2025-02-01"], {"news.example/a", "other.example/b", "news.example/c"}),
        (["--until", "2025-02-01"], {"news.example/a", "other.example/b"}),  # a: its January capture
        (["--site", "other.example"], {"other.example/b"}),
        (["--url-glob", "http://news.example/*", "--limit", "1"], {"news.example/a"}),
    ],
)
def test_filters(tmp_path: Path, flags: list[str], expected: set[str]) -> None:
    warc = _dated_warc(tmp_path / "dated.warc.gz")
    out = tmp_path / "out"
    main(["import", str(warc), "--out", str(out), "-q", *flags])
    assert {k.split("-")[0] for k in _bodies(out)} == expected


def test_truncated_warc_is_a_failure_and_keeps_the_rest(local_server, tmp_path: Path) -> None:
    warc = warc_of_crawl(local_server, tmp_path / "crawl.warc")
    data = warc.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) * 2 // 3])  # a record in the middle loses its end
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(WarcSource(cut))
    assert summary.failed and "damaged" in (summary.failed[0].reason or "")
    assert summary.written


def test_non_warc_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_text("hello")
    with pytest.raises(SystemExit) as exc:
        main(["import", str(bad), "--out", str(tmp_path / "out")])
    assert exc.value.code == 2


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_bodies_are_read_again_not_held(tmp_path: Path, compressed: bool) -> None:
    """Memory stays bounded: 40 MB of images and a 1 MB page go through a writer run whose traced peak stays
    far below them (the first pass keeps 2 KB of each body; the page is read again when written)."""
    import tracemalloc

    page = b"<html><body>" + b"<p>" + b"long story " * 100_000 + b"</p></body></html>"
    padded = b" " * 5000 + b"<html><p>starts late</p></html>"  # blank head: still a page, not 'empty'
    image = random.Random(3).randbytes(4_000_000)  # as incompressible as a real one
    warc = tmp_path / ("big.warc.gz" if compressed else "big.warc")
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compressed)
        for n in range(10):
            _record(
                writer,
                f"http://news.example/img{n}.jpg",
                image,
                "2025-01-01T00:00:00Z",
                "image/jpeg",
            )
        _record(writer, "http://news.example/story", page, "2025-01-01T00:00:00Z")
        _record(writer, "http://news.example/padded", padded, "2025-01-01T00:00:00Z")
    items = list(WarcSource(warc))
    assert max(len(i.body) for i in items if hasattr(i, "body")) <= 2049
    warm_up = _dated_warc(tmp_path / "small.warc.gz")  # the modules a write imports are not the bodies
    SourceWriter(tmp_path / "warm", scrubber=Scrubber()).run(WarcSource(warm_up))
    tracemalloc.start()
    try:
        summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(WarcSource(warc))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.ok and len(summary.written) == 2 and len(summary.skipped) == 10, summary.entries
    assert peak < 10_000_000, (
        peak
    )  # one 4 MB image held would already be 4 MB; the page is copied a few times
    bodies = {k.split("/")[1].split("-")[0]: v for k, v in _bodies(tmp_path / "out").items()}
    assert bodies == {"story": page, "padded": padded}


def test_an_archive_changed_between_the_passes_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    warc = _dated_warc(tmp_path / "dated.warc")
    items = list(WarcSource(warc))  # the first pass: offsets
    warc.write_bytes(b"garbage, not a WARC any more" * 100)
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(items)
    assert summary.written == () and summary.failed
    assert all("cannot read the body again" in (e.reason or "") for e in summary.failed)
