"""Secrets never reach a file the harness writes: recorded from a real server that echoes its request.

The server on 127.0.0.1 puts every request header and the raw request line back into the page, raw, HTML-
and JSON-escaped, next to API keys, a JWT, a Bearer credential and CSRF tokens, and sets secret response
headers. After recording, replaying, checking and reporting, every file under the test's folder (cassettes,
results.json, the HTML report) and everything printed is searched for each secret in every spelling.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from spine.helpers import article_html, make_cassette

from harness.capture import cassette
from harness.capture.importer import import_dir
from harness.capture.record import record_urls
from harness.capture.scrub import Names, Scrubber
from harness.capture.tokens import SecretValues, scrub_token_shapes
from harness.config import ConfigError, HarnessConfig, load_config
from harness.extractors.base import FunctionExtractor
from harness.page import Page
from harness.runner import RunContext, replay_page

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWFkZXItNDIifQ.c2lnbmF0dXJlLXNlY3JldC00Mg"
IN_BODY = {  # token shapes the page carries by itself
    "stripe": "sk_live_4eC39HqLyjWDarjtT1zdp7dcSECRET",
    "github": "ghp_16C7e42F292c6912E7710c838347Ae178B4aSECRET",
    "aws": "AKIAIOSFODNN7SECRET1",
    "slack": "xoxb-123456789012-SLACKSECRET",
    "google": "AIzaSyA-1234567890abcdefghijklmnoSECRET",
    "jwt": JWT,
    "csrf_input": "CsrfInputSecret8Zq",
    "csrf_meta": "CsrfMetaSecret7Yp",
}
SENT = {  # secrets the client sends, in headers and in the URL
    "authorization": "AuthHeaderSecret1",
    "x-auth-token": "XAuthTokenSecret2",
    "x-csrf-token": "XCsrfRequestSecret3",
    "cookie": "CookieValueSecret4",
    "token": "Tok/en+Sec=ret!5",  # needs escaping in a URL: the echo shows it percent-encoded
    "client_secret": "ClientSecret6",
    "jwt": "JwtParamSecret7",
    "private_token": "PrivateTokenSecret8",
    "code": "OAuthCodeSecret9",
    "jsessionid": "JSessionSecret10",
    "my_access_token": "GlobMatchedSecret11",
}
RETURNED = {  # secrets the server sets in its response headers
    "x-csrf-token": "XCsrfResponseSecret12",
    "set-cookie": "SetCookieSecret13",
    "x-session-id": "SessionHeaderSecret14",
}
PLAIN_HEAD = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title>\r\n'
)
PLAIN_TAIL = (
    "<article><h1>Harbour bridge reopens</h1>\r\n<p>Die Brücke ist wieder offen. Ünïcödé   \r\n"
    "<p>The bridge reopened on Monday after two years of repairs, city officials said.</p></article></html>\n"
)


def _secrets() -> list[str]:
    return [*IN_BODY.values(), *SENT.values(), *RETURNED.values()]


def _spellings(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote_plus(secret), html.escape(secret), json.dumps(secret)[1:-1]}


def _page(handler: BaseHTTPRequestHandler) -> bytes:
    headers = {k: v for k, v in handler.headers.items()}
    echo = f"{handler.command} {handler.path}\n" + "".join(f"{k}: {v}\n" for k, v in headers.items())
    secrets = (
        f"<pre>{echo}</pre>\n<div>{html.escape(echo)}</div>\n"
        f'<script>var request = {json.dumps(headers)}; var apiKey = "{IN_BODY["stripe"]}";\n'
        f"var gh = '{IN_BODY['github']}', aws = '{IN_BODY['aws']}', slack = '{IN_BODY['slack']}';\n"
        f"fetch('/api', {{headers: {{Authorization: 'Bearer {IN_BODY['jwt']}'}}}});\n"
        f"var maps = 'https://maps.example/js?key={IN_BODY['google']}';</script>\n"
        f'<form><input type="hidden" name="csrf_token" value="{IN_BODY["csrf_input"]}"></form>\n'
        f'<meta content="{IN_BODY["csrf_meta"]}" name="csrf-token">\n'
    )
    return (PLAIN_HEAD + secrets + PLAIN_TAIL).encode("utf-8")


class _Echo(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/login"):  # a redirect hop that sets a session
            self.send_response(302)
            self.send_header("Location", self.path.replace("/login", "/article", 1))
            self.send_header("Set-Cookie", f"sid={RETURNED['set-cookie']}; Path=/; HttpOnly")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = _page(self)
        self.server.bodies.append(body)  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("X-Csrf-Token", RETURNED["x-csrf-token"])
        self.send_header("X-Session-Id", RETURNED["x-session-id"])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def echo() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    httpd.bodies = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _url(httpd: ThreadingHTTPServer, path: str = "/login") -> str:
    query = "&".join(
        f"{name}={quote(SENT[name], safe='')}"
        for name in ("token", "client_secret", "jwt", "private_token", "code")
    )
    port = httpd.server_address[1]
    return (
        f"http://127.0.0.1:{port}{path};jsessionid={SENT['jsessionid']}?id=7&lang=en&{query}"
        f"&My_Access_Token={SENT['my_access_token']}"
    )


def _record(httpd: ThreadingHTTPServer, root: Path) -> Path:
    headers = {
        "Authorization": f"Bearer {SENT['authorization']}",
        "X-Auth-Token": SENT["x-auth-token"],
        "X-CSRF-Token": SENT["x-csrf-token"],
        "Cookie": f"theme=dark; session={SENT['cookie']}",
    }
    summary = record_urls(
        [_url(httpd)], HarnessConfig(root=root, timeout=10.0), out=root / "c", headers=headers
    )
    assert [e.status for e in summary.entries] == ["written"], summary.entries
    path = summary.entries[0].path
    assert path is not None
    return path


def _leaks(root: Path, extra: str = "") -> list[str]:
    found = []
    for path in [p for p in root.rglob("*") if p.is_file()]:
        text = path.read_bytes().decode("utf-8", "replace")
        found += [f"{path.name}: {s}" for secret in _secrets() for s in _spellings(secret) if s in text]
    found += [f"output: {s}" for secret in _secrets() for s in _spellings(secret) if s in extra]
    return found


def test_secrets_sent_returned_and_echoed_reach_no_file(echo: ThreadingHTTPServer, tmp_path: Path) -> None:
    path = _record(echo, tmp_path)
    served = echo.bodies[-1]  # type: ignore[attr-defined]
    assert all(secret.encode() in served for secret in IN_BODY.values())  # really sent, so the test can fail
    assert SENT["authorization"].encode() in served and quote(SENT["token"], safe="").encode() in served
    assert _leaks(tmp_path) == []
    text = path.read_text("utf-8")
    assert (
        "jsessionid=REDACTED" in text
        and "client_secret=REDACTED" in text
        and "My_Access_Token=REDACTED" in text
    )
    assert "lang=en" in text  # what is not a secret stays

    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "harness",
            "run",
            str(tmp_path / "c"),
            "--reports",
            str(tmp_path / "r"),
            "--exit-zero",
            "-q",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
        env={**os.environ, "HARNESS_CONFIG": ""},
    )
    assert run.returncode == 0, run.stderr
    assert list((tmp_path / "r").rglob("results.json")) and list((tmp_path / "r").rglob("index.html"))
    assert _leaks(tmp_path, run.stdout + run.stderr) == []


def test_scrubbed_body_keeps_every_other_byte(echo: ThreadingHTTPServer, tmp_path: Path) -> None:
    path = _record(echo, tmp_path)
    response = cassette.load(path).primary_response()
    served = echo.bodies[-1]  # type: ignore[attr-defined]
    assert response.body.startswith(PLAIN_HEAD.encode()) and response.body.endswith(PLAIN_TAIL.encode())
    assert response.body != served and b"REDACTED" in response.body
    assert response.header("content-length") == str(len(response.body))
    assert response.header("x-csrf-token") is None and response.header("x-session-id") is None


def test_token_shapes_are_replaced_exactly() -> None:
    body = (
        b'k = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"; <meta name="csrf-token" content="abc123XYZ">\r\n'
        b"<INPUT value='9f8e7d' type=hidden name=authenticity_token> Authorization: Bearer 0a1b2c3d4e5f\n"
        b'bearer of bad news; <meta name="csrf-param" content="authenticity_token"> task-force eyJ not-a-jwt'
    )
    assert scrub_token_shapes(body) == (
        b'k = "REDACTED"; <meta name="csrf-token" content="REDACTED">\r\n'
        b"<INPUT value='REDACTED' type=hidden name=authenticity_token> Authorization: Bearer REDACTED\n"
        b'bearer of bad news; <meta name="csrf-param" content="authenticity_token"> task-force eyJ not-a-jwt'
    )


def test_echoed_values_are_replaced_in_every_spelling_but_short_ones_only_as_whole_words() -> None:
    found = SecretValues()
    found.add("s3cr/et+val", "abcd", "ab")
    body = b"raw s3cr/et+val url s3cr%2Fet%2Bval form s3cr%2Fet%2Bval json s3cr\\/et+val; abcd abcdef ab"
    assert found.scrub(body) == b"raw REDACTED url REDACTED form REDACTED json REDACTED; REDACTED abcdef ab"


def test_names_match_case_insensitively_and_by_glob() -> None:
    s = Scrubber()
    for header in ("X-Auth-Token", "x-csrf-token", "X-XSRF-TOKEN", "X-Session-Id", "X-Client-Secret"):
        assert header in s.request_headers and header in s.response_headers
    assert "Content-Type" not in s.request_headers and "Location" not in s.response_headers
    for param in (
        "Client_Secret",
        "JWT",
        "private_token",
        "code",
        "refresh_token",
        "PHPSESSID",
        "oauth_verifier",
    ):
        assert param in s.params
    for param in ("author", "authority", "page", "lang", "id"):
        assert param not in s.params
    assert Names.of(["x-*-key"]).__contains__("X-Partner-Key")


def test_urls_are_scrubbed_even_when_they_do_not_parse() -> None:
    s = Scrubber()
    assert s.uri("http://[::1/story?token=UnparsedSecret1&a=1") == "http://[::1/story?token=REDACTED&a=1"
    assert "UnparsedSecret2" not in s.text("curl 'https://user:UnparsedSecret2@x.example/p?q=1'")
    assert s.uri(f"https://x.example/a;jsessionid=J1234567/b?c=1#access_token={JWT}") == (
        "https://x.example/a;jsessionid=REDACTED/b?c=1#access_token=REDACTED"
    )


def test_record_never_prints_the_secret_of_an_unparseable_url(tmp_path: Path) -> None:
    bad = "http://[::1/story?token=UnparsedSecret3"
    run = subprocess.run(
        [sys.executable, "-m", "harness", "record", bad, "--out", str(tmp_path / "c")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert "story?token=REDACTED" in run.stdout + run.stderr
    assert "UnparsedSecret3" not in run.stdout + run.stderr
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and b"UnparsedSecret3" in p.read_bytes()]


def test_replay_matches_live_secrets_against_the_scrubbed_recording(tmp_path: Path) -> None:
    recorded = "https://harbor.example/api;jsessionid=REDACTED/story.json?id=7&my_access_token=REDACTED"
    path = make_cassette(
        tmp_path,
        "harbor.example",
        "bridge",
        article_html("Bridge"),
        extra=[(recorded, b'{"title": "Served"}')],
    )
    live = "https://harbor.example/api;jsessionid=LIVE123456/story.json?id=7&my_access_token=LiveSecret99"

    def fetch(page: Page) -> dict[str, Any]:
        title = httpx.get(live).json()["title"]
        httpx.get("https://harbor.example/elsewhere?token=MissSecret42")  # unrecorded: a miss
        return {"title": title}

    ctx = RunContext(
        HarnessConfig(root=tmp_path), FunctionExtractor("probe", fn=fetch, version="1")
    ).prepare()
    result = replay_page(cassette.discover(path)[0], ctx)
    misses = [f for f in result.findings if f.check == "replay.miss"]
    assert len(misses) == 1 and "token=REDACTED" in misses[0].message, result.findings
    assert all("MissSecret42" not in f.message + (f.excerpt or "") for f in result.findings)


def test_import_scrubs_bodies_and_truth(tmp_path: Path) -> None:
    src = tmp_path / "crawl"
    src.mkdir()
    page = (
        f"<html><body><p>Story</p><script>var k = '{IN_BODY['stripe']}';</script>"
        f"<p>you came from ?token=ImportEcho77</p><p>ImportEcho77</p></body></html>"
    )
    (src / "story.html").write_text(page, encoding="utf-8")
    truth = {"url": "https://news.example/story?token=ImportEcho77", "title": "Story", "body": "Story"}
    (src / "story.json").write_text(json.dumps(truth), encoding="utf-8")
    summary = import_dir(src, tmp_path / "c")
    assert [e.status for e in summary.entries] == ["written"], summary.entries
    written = "".join(p.read_text("utf-8") for p in (tmp_path / "c").rglob("*") if p.is_file())
    assert "ImportEcho77" not in written and IN_BODY["stripe"] not in written
    assert "<p>Story</p>" in written and "token=REDACTED" in written


def test_scrub_tokens_is_configurable_and_checked(tmp_path: Path) -> None:
    (tmp_path / "harness.toml").write_text('scrub_tokens = ["ACME-[0-9]{6}"]\n', encoding="utf-8")
    cfg = load_config(tmp_path)
    scrubber = Scrubber.from_config(cfg)
    assert scrubber.body(b"id ACME-123456 and sk_live_4eC39HqLyjWDarjtT1zdp7dc") == (
        b"id REDACTED and sk_live_4eC39HqLyjWDarjtT1zdp7dc"  # the list replaces the defaults
    )
    (tmp_path / "harness.toml").write_text('scrub_tokens = ["(unclosed"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="scrub_tokens"):
        load_config(tmp_path)
