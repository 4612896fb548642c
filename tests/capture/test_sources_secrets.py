"""Archive imports scrub secrets as a recording does: names, values echoed anywhere, token shapes."""

from __future__ import annotations

from pathlib import Path

from harness.capture.scrub import Scrubber
from harness.capture.sources import Exchange
from harness.capture.sources.writer import SourceWriter
from harness.config import HarnessConfig

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWFkZXItNDIifQ.c2lnbmF0dXJlLXNlY3JldC12YWx1ZQ"
PAGE = (
    "<html><head><meta name='csrf-token' content='CSRFSECRETVALUE123456'></head><body><article>"
    "<h1>Bridge opens</h1><p>You asked for /news/bridge?token=ECHOEDTOKEN987 today.</p>"
    f"<script>var auth = 'Bearer {JWT}';</script></article></body></html>"
).encode()


def test_a_warc_or_har_page_that_echoes_its_token_keeps_no_secret(tmp_path: Path) -> None:
    page = Exchange(
        url="https://news.example.com/news/bridge?token=ECHOEDTOKEN987",
        status=200,
        headers=(("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(PAGE)))),
        body=PAGE,
        origin="crawl.warc.gz#1",
        request_headers=(("Referer", "https://news.example.com/?token=ECHOEDTOKEN987"),),
    )
    out = tmp_path / "cassettes"
    summary = SourceWriter(out, scrubber=Scrubber.from_config(HarnessConfig())).run([page])
    assert [e.status for e in summary.entries] == ["written"]
    (written,) = out.rglob("*.yaml")
    text = written.read_text()
    for secret in ("ECHOEDTOKEN987", JWT, "CSRFSECRETVALUE123456"):
        assert secret not in text
    assert "<h1>Bridge opens</h1>" in text  # the article itself is kept
    from harness.capture import cassette

    response = cassette.load(written).primary_response()
    assert response.headers.get("Content-Length") == str(len(response.body))
