"""HAR import: a HAR from Playwright's ``record_har`` with Debian's chromium, and hand-made edge cases."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from capture.crawl_site import ARTICLE_A, ARTICLE_B, SECRETS, crawl_headers, crawl_urls, leaked, serve_site
from harness.capture import cassette
from harness.capture.scrub import Scrubber
from harness.capture.sources.har import HarSource
from harness.capture.sources.writer import SourceWriter
from harness.cli import main

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ARGS += ["--disable-sync", "--no-first-run"]


def browser_har(server, path: Path) -> Path:
    """A browser session over the site, saved by Playwright's ``record_har`` (bodies embedded)."""
    if not CHROMIUM.exists():
        pytest.skip(f"needs Debian's chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    serve_site(server)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(record_har_path=str(path), extra_http_headers=crawl_headers())
        page = context.new_page()
        for url in crawl_urls(server):
            response = page.goto(url)
            if response is not None:
                response.finished()  # the body is in before the next navigation (else the HAR may lack it)
                response.body()
        context.close()  # the HAR is written here
        browser.close()
    return path


def test_har_from_a_browser_session(local_server, tmp_path: Path) -> None:
    har = browser_har(local_server, tmp_path / "session.har")
    assert SECRETS[0] in har.read_text() and SECRETS[1] in har.read_text()  # the grep below can fail
    out = tmp_path / "out"
    assert main(["import", str(har), "--out", str(out), "-q"]) == 0
    loaded = [cassette.load(r.path) for r in cassette.discover(out)]
    assert sorted(c.primary_response().body for c in loaded) == sorted([ARTICLE_A, ARTICLE_B])
    old = next(c for c in loaded if "/old" in c.meta["url"])
    assert [i["response"]["status"]["code"] for i in old.interactions] == [301, 200]
    assert all(c.meta["format"] == "har" and c.meta["captured_at"] for c in loaded)
    assert leaked(out) == []
    sent = old.interactions[0]["request"]  # the request side: the browser's method and headers, scrubbed
    assert sent["method"] == "GET"
    assert any(k.lower() == "user-agent" for k in sent["headers"])
    assert not any(k.lower() in ("authorization", "cookie") for k in sent["headers"])


def _har(tmp_path: Path, entries: list[object]) -> Path:
    path = tmp_path / "hand.har"
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path


def _entry(url: str, content: dict[str, object], status: int = 200) -> dict[str, object]:
    return {
        "startedDateTime": "2025-05-01T10:00:00.000Z",
        "request": {"method": "GET", "url": url, "headers": [{"name": ":authority", "value": "x"}]},
        "response": {"status": status, "statusText": "OK", "headers": [], "content": content},
    }


def test_base64_text_omitted_and_attached_bodies(tmp_path: Path) -> None:
    cp1251 = ARTICLE_B
    b64 = base64.b64encode(cp1251).decode()
    (tmp_path / "body.html").write_bytes(ARTICLE_A)
    entries = [
        _entry(
            "http://n.example/b64",
            {"mimeType": "text/html", "text": b64, "encoding": "base64"},
        ),
        _entry("http://n.example/text", {"mimeType": "text/html; charset=utf-8", "text": ARTICLE_A.decode()}),
        _entry("http://n.example/omitted", {"mimeType": "text/html"}),
        _entry("http://n.example/file", {"mimeType": "text/html", "_file": "body.html"}),
        _entry("http://n.example/escape", {"mimeType": "text/html", "_file": "../../etc/passwd"}),
        _entry("http://n.example/img", {"mimeType": "image/png", "text": "AAAA", "encoding": "base64"}),
        {"request": "not an object"},
    ]
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(HarSource(_har(tmp_path, entries)))
    by_url = {e.source.split(" ")[-1]: e for e in summary.entries}
    assert [e.status for e in summary.written] == ["written"] * 3
    assert cassette.load(by_url["http://n.example/b64"].path).primary_response().body == cp1251
    assert cassette.load(by_url["http://n.example/file"].path).primary_response().body == ARTICLE_A
    assert by_url["http://n.example/escape"].status == "skipped"  # never read outside the HAR's folder
    assert by_url["http://n.example/img"].reason == "not HTML: image/png"
    assert len(summary.failed) == 1 and "malformed HAR entry" in (summary.failed[0].reason or "")
    assert len(summary.entries) == len(entries)


def test_not_json_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.har"
    bad.write_text("{not json")
    with pytest.raises(SystemExit):
        main(["import", str(bad), "--out", str(tmp_path / "out")])
