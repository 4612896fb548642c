"""capture.record: real recordings through vcrpy from a real HTTP server on 127.0.0.1 (no HTTP mocks)."""

from __future__ import annotations

import base64
import gzip
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from harness.capture import cassette
from harness.capture.record import EXISTS, cassette_path, record_urls
from harness.config import HarnessConfig

ARTICLE = (
    "<html><head><title>Harbour bridge reopens</title></head><body>\n"
    "<p>The bridge reopened on Monday.</p>\n</body></html>\n"
)
RUSSIAN = (
    '<html><head><meta charset="windows-1251"></head>'
    "<body><p>Мост снова открыт в понедельник.</p></body></html>\n"
)
SECRETS = ("TOKENSECRET", "SIGSECRET", "COOKIESECRET", "AUTHSECRET", "APIKEYSECRET", "PASSSECRET")


@dataclass
class Server:
    base: str
    seen: list[dict[str, str]] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        seen: list[dict[str, str]] = self.server.seen  # type: ignore[attr-defined]
        seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        path = self.path.split("?")[0]
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/login":
            self._send(
                302,
                b"",
                {
                    "Location": "/members?sig=SIGSECRET&page=2",
                    "Set-Cookie": "session=COOKIESECRET; Path=/; HttpOnly",
                },
            )
        elif path == "/members":
            self._send(200, ARTICLE.encode(), {**html, "Set-Cookie": "tracking=COOKIESECRET"})
        elif path == "/gz":
            self._send(200, gzip.compress(ARTICLE.encode()), {**html, "Content-Encoding": "gzip"})
        elif path == "/old-url":
            self._send(301, b"moved", {"Location": "/new-url"})
        elif path == "/new-url":
            self._send(200, ARTICLE.encode(), html)
        elif path == "/away":
            self._send(302, b"", {"Location": f"{self.server.base}/new-url?token=TOKENSECRET"})  # type: ignore[attr-defined]
        elif path == "/ru":
            self._send(200, RUSSIAN.encode("cp1251"), {"Content-Type": "text/html; charset=windows-1251"})
        elif path.startswith("/page"):
            self._send(200, ARTICLE.replace("Monday", path).encode(), html)
        else:
            self._send(404, b"<h1>Not found</h1>", html)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.base = base  # type: ignore[attr-defined]
    httpd.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Server(base, httpd.seen)  # type: ignore[attr-defined]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def cfg(tmp_path: Path) -> HarnessConfig:
    return HarnessConfig(root=tmp_path, timeout=5.0)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_secrets_never_reach_the_cassette(server: Server, cfg: HarnessConfig, tmp_path: Path) -> None:
    host = server.base.removeprefix("http://")
    urls = [
        f"http://reader:PASSSECRET@{host}/login?token=TOKENSECRET&lang=en",
        f"{server.base}/login?token=TOKENSECRET&lang=fr",
    ]
    summary = record_urls(
        urls,
        cfg,
        out=tmp_path / "c",
        headers={"Authorization": "Bearer AUTHSECRET", "X-Api-Key": "APIKEYSECRET"},
    )
    assert [e.status for e in summary.entries] == ["written", "written"], summary.entries
    basic = base64.b64encode(b"reader:PASSSECRET").decode()
    # the secrets were really sent, so the test can fail
    sent = [s for s in server.seen if s["path"].startswith("/members")][-2:]
    assert all("COOKIESECRET" in s["cookie"] and s["x-api-key"] == "APIKEYSECRET" for s in sent)
    assert {s["authorization"] for s in sent} == {f"Basic {basic}", "Bearer AUTHSECRET"}
    for entry in summary.recorded:
        text = entry.path.read_text(encoding="utf-8")  # type: ignore[union-attr]
        for secret in (*SECRETS, basic):
            assert secret not in text and secret not in entry.source
        assert "token=REDACTED&lang=" in text and "sig=REDACTED&page=2" in text
        lowered = text.lower()
        assert "set-cookie" not in lowered and "authorization" not in lowered and "x-api-key" not in lowered
        assert "cookie:" not in lowered


def test_gzip_body_is_stored_readable_and_headers_match(
    server: Server, cfg: HarnessConfig, tmp_path: Path
) -> None:
    summary = record_urls([f"{server.base}/gz"], cfg, out=tmp_path)
    path = summary.recorded[0].path
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "The bridge reopened on Monday." in text and "!!binary" not in text
    response = cassette.load(path).primary_response()
    assert response.body == ARTICLE.encode()
    assert response.header("content-encoding") is None
    assert response.header("content-length") == str(len(ARTICLE.encode()))


def test_redirect_chain_is_kept(server: Server, cfg: HarnessConfig, tmp_path: Path) -> None:
    summary = record_urls([f"{server.base}/old-url"], cfg, out=tmp_path)
    loaded = cassette.load(summary.recorded[0].path)  # type: ignore[arg-type]
    assert [i["response"]["status"]["code"] for i in loaded.interactions] == [301, 200]
    primary = loaded.primary_response()
    assert primary.url == f"{server.base}/new-url" and primary.status == 200
    assert primary.requested_url == f"{server.base}/old-url"
    assert primary.body == ARTICLE.encode()
    assert loaded.meta["how"] == "record" and loaded.meta["recorded_at"].endswith("Z")


def test_existing_cassette_is_skipped_unless_forced(
    server: Server, cfg: HarnessConfig, tmp_path: Path
) -> None:
    url = f"{server.base}/page-exists"
    first = record_urls([url], cfg, out=tmp_path)
    path = first.recorded[0].path
    assert path is not None
    before = path.read_bytes()
    second = record_urls([url], cfg, out=tmp_path)
    assert second.recorded == () and second.skipped[0].reason == EXISTS
    assert "cannot overwrite" not in (second.skipped[0].reason or "").lower()
    assert path.read_bytes() == before
    third = record_urls([url], cfg, out=tmp_path, force=True)
    assert third.recorded[0].path == path


def test_one_failure_does_not_stop_the_others(server: Server, cfg: HarnessConfig, tmp_path: Path) -> None:
    urls = [
        f"{server.base}/page-1",
        f"http://127.0.0.1:{_closed_port()}/refused",
        f"{server.base}/missing",
        "http://no-such-host.invalid/story",
        "ftp://example.org/file",
        f"{server.base}/page-2",
    ]
    calls: list[tuple[int, int, str]] = []
    summary = record_urls(urls, cfg, out=tmp_path, progress=lambda d, t, u: calls.append((d, t, u)))
    assert [e.status for e in summary.entries] == [
        "written",
        "failed",
        "failed",
        "failed",
        "failed",
        "written",
    ]
    reasons = [e.reason or "" for e in summary.failed]
    assert "connection refused" in reasons[0]
    assert reasons[1] == "HTTP 404 Not Found"
    assert "DNS lookup failed" in reasons[2] or "connection failed" in reasons[2]
    assert "not an http(s) URL" in reasons[3]
    assert not summary.ok
    assert [c[:2] for c in calls] == [(i, 6) for i in range(1, 7)]
    assert not cassette_path(tmp_path, f"{server.base}/missing").exists()


def test_windows_1251_round_trips_byte_identical(server: Server, cfg: HarnessConfig, tmp_path: Path) -> None:
    summary = record_urls([f"{server.base}/ru"], cfg, out=tmp_path)
    path = summary.recorded[0].path
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "Мост снова открыт" in text and "charset: cp1251" in text  # stored readable, decoded
    assert cassette.load(path).primary_response().body == RUSSIAN.encode("cp1251")


def test_rewrite_fetches_locally_but_stores_public_urls(
    server: Server, cfg: HarnessConfig, tmp_path: Path
) -> None:
    public = "http://daily-harbor.example"
    summary = record_urls([f"{public}/away"], cfg, out=tmp_path, rewrite=(public, server.base))
    path = summary.recorded[0].path
    assert path is not None and path.parent.name == "daily-harbor.example"
    text = path.read_text(encoding="utf-8")
    assert "127.0.0.1" not in text and "TOKENSECRET" not in text
    primary = cassette.load(path).primary_response()
    assert primary.url == f"{public}/new-url?token=REDACTED"
    assert primary.body == ARTICLE.encode()


def test_recorded_cassette_replays_in_vcrpy(server: Server, cfg: HarnessConfig, tmp_path: Path) -> None:
    import vcr

    url = f"{server.base}/old-url"
    path = record_urls([url], cfg, out=tmp_path).recorded[0].path
    replayer = vcr.VCR(serializer="harness", record_mode="none")
    replayer.register_serializer("harness", cassette)
    with replayer.use_cassette(str(path)), httpx.Client(follow_redirects=True) as client:
        response = client.get(url)
    assert response.status_code == 200 and response.content == ARTICLE.encode()
