"""A small news site for the import tests: real bytes served by ``local_server``, secrets to find later."""

from __future__ import annotations

import gzip
import http.client
from pathlib import Path

from conftest import LocalServer

SECRETS = ("SECRET-TOKEN-1", "SECRET-AUTH-2", "SECRET-COOKIE-3", "SECRET-SETCOOKIE-4")
ARTICLE_A = (
    b"<!doctype html><html lang='en'><head><title>Bridge opens</title></head><body><article>"
    b"<h1>Bridge opens after ten years</h1><p>The new bridge opened on Monday, officials said.</p>"
    b"<p>Traffic is expected to ease across the river by spring.</p></article></body></html>"
)
ARTICLE_B = (
    "<html><head><meta charset='windows-1251'><title>Новости</title></head><body><article>"
    "<h1>Мост открыт</h1><p>Новый мост открыли в понедельник.</p></article></body></html>"
).encode("cp1251")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def serve_site(server: LocalServer) -> None:
    html, gz = "text/html; charset=utf-8", "gzip"
    server.routes.update(
        {
            "/news/bridge": (
                200,
                {"Content-Type": html, "Content-Encoding": gz},
                gzip.compress(ARTICLE_A),
            ),
            "/news/moct": (200, {"Content-Type": "text/html; charset=windows-1251"}, ARTICLE_B),
            f"/old?token={SECRETS[0]}": (
                301,
                {"Location": "/news/bridge", "Set-Cookie": f"sid={SECRETS[3]}; Path=/"},
                b"",
            ),
            "/logo.png": (200, {"Content-Type": "image/png"}, PNG),
        }
    )


def crawl_urls(server: LocalServer) -> list[str]:
    paths = [f"/old?token={SECRETS[0]}", "/news/moct", "/logo.png"]
    return [server.base + p for p in paths]


def crawl_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {SECRETS[1]}", "Cookie": f"session={SECRETS[2]}"}


def warc_of_crawl(server: LocalServer, path: Path) -> Path:
    """A WARC written by warcio's own capture of an ``http.client`` crawl of the site (redirects followed).

    ``http.client`` rather than ``requests``: warcio patches ``HTTPConnection``, which urllib3 subclasses
    at import time, so ``requests`` is only captured when imported after warcio.
    """
    from warcio.capture_http import capture_http

    serve_site(server)
    with capture_http(str(path)):
        for url in crawl_urls(server):
            _get(server, url.removeprefix(server.base))
    return path


def _get(server: LocalServer, target: str, hops: int = 5) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("GET", target, headers={**crawl_headers(), "Accept-Encoding": "gzip"})
        response = conn.getresponse()
        response.read()
        location = response.getheader("Location")
    finally:
        conn.close()
    assert response.status < 400, (target, response.status)
    if location and hops:
        _get(server, location, hops - 1)


def leaked(root: Path) -> list[str]:
    """Every ``file: secret`` pair still present under ``root`` (the grep a reviewer would run)."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.name}: {s}" for s in SECRETS if s.encode() in data]
    return found
