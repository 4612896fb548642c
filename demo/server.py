"""Serve the demo sites on 127.0.0.1, one port per site: ``python -m demo.server [--port 8401]``.

Ctrl-C stops it; it prints the ``harness drift --rewrite ...`` command that points drift at it.

Routes per site: each article, ``/`` (a front page listing them), the site's old redirecting URLs,
and 404 for anything else. The Daily Harbor gzips when asked; Valley Courier sets a cookie on every
page and answers 403 to its preview page without the right ``?token=``.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from demo.sites import COURIER_PREVIEW_TOKEN, SITES, Site


def _front_page(site: Site) -> bytes:
    items = "".join(f'<li><a href="{site.url(a)}">{a.headline}</a></li>' for a in site.articles)
    return (
        f'<!DOCTYPE html><html><head><meta charset="{site.charset}"><title>{site.name}</title></head>'
        f"<body><h1>{site.name}</h1><ul>{items}</ul></body></html>\n"
    ).encode(site.charset, "replace")


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    pages = {site.path(a): a for a in site.articles}
    redirects = dict(site.redirects)
    content_type = f"text/html; charset={'windows-1251' if site.charset == 'cp1251' else site.charset}"

    class Handler(BaseHTTPRequestHandler):
        server_version = "DemoNews/1.0"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            if site.gzip and "gzip" in self.headers.get("Accept-Encoding", "") and body:
                body = gzip.compress(body, mtime=0)
                headers = {**headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if site.cookie:
                self.send_header("Set-Cookie", site.cookie)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            html = {"Content-Type": content_type}
            if parts.path in redirects:
                self._send(301, b"", {"Location": site.base + redirects[parts.path]})
            elif parts.path == "/":
                self._send(200, _front_page(site), html)
            elif parts.path in pages:
                token = parse_qs(parts.query).get("token", [""])[0]
                if parts.path in site.token_paths and token != COURIER_PREVIEW_TOKEN:
                    self._send(403, b"<h1>Preview link expired</h1>", html)
                else:
                    self._send(200, site.page(pages[parts.path]), html)
            else:
                self._send(404, b"<h1>Page not found</h1>", html)

    return Handler


@contextmanager
def serving(port: int | None = None) -> Iterator[dict[str, str]]:
    """Start every site on its own port (free ones, or ``port``, ``port + 1``, ... in ``SITES`` order);
    yields ``{public base: local base}`` (the rewrite rules)."""
    servers = [
        (site, ThreadingHTTPServer(("127.0.0.1", 0 if port is None else port + i), _handler(site)))
        for i, site in enumerate(SITES)
    ]
    for _site, httpd in servers:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield {site.base: f"http://127.0.0.1:{httpd.server_address[1]}" for site, httpd in servers}
    finally:
        for _site, httpd in servers:
            httpd.shutdown()
            httpd.server_close()


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m demo.server", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--port", type=int, help="first port (the sites get PORT, PORT+1, PORT+2); default: free ports"
    )
    args = parser.parse_args(argv)
    with serving(args.port) as rules:
        for public, local in rules.items():
            print(f"{public}  ->  {local}")
        print("harness drift " + " ".join(f"--rewrite {public}={local}" for public, local in rules.items()))
        print("serving; Ctrl-C to stop", flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
