"""Replay is offline: recorded requests are served, anything else fails loudly and reaches no network."""

from __future__ import annotations

import contextlib
import json
import socket
import urllib.request
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests

from harness.capture import cassette
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.page import Page
from harness.replay import NetworkBlocked, ReplayMiss, network_blocked, offline
from harness.runner import RunContext, replay_page
from spine.helpers import article_html, make_cassette

API = "https://harbor.example/api/story.json"


def _ctx(tmp_path: Path, fn: Any) -> RunContext:
    return RunContext(HarnessConfig(root=tmp_path), FunctionExtractor("probe", fn, "1")).prepare()


def _ref(path: Path) -> cassette.CassetteRef:
    return cassette.discover(path)[0]


@pytest.mark.parametrize("client", ["requests", "httpx", "urllib"])
def test_recorded_subrequest_is_served_from_the_cassette(tmp_path: Path, client: str) -> None:
    path = make_cassette(
        tmp_path,
        "harbor.example",
        "bridge",
        article_html("Bridge"),
        extra=[(API, b'{"title": "Bridge from API"}')],
    )

    def fetch_api(page: Page) -> dict[str, Any]:
        if client == "requests":
            data = requests.get(API, timeout=5).json()
        elif client == "httpx":
            data = httpx.get(API).json()
        else:
            with urllib.request.urlopen(API) as resp:
                data = json.loads(resp.read())
        return {"title": data["title"], "body": "text"}

    result = replay_page(_ref(path), _ctx(tmp_path, fetch_api))
    assert result.record is not None and result.record["title"] == "Bridge from API"
    assert not [f for f in result.findings if f.check.startswith("replay")]


@pytest.mark.parametrize("client", ["requests", "httpx", "urllib"])
def test_unrecorded_request_names_cassette_and_url_and_reaches_no_server(
    tmp_path: Path, local_server: Any, client: str
) -> None:
    local_server.routes["/live"] = (200, {}, b"live data")
    path = make_cassette(tmp_path, "harbor.example", "bridge", article_html("Bridge"))
    target = f"{local_server.base}/live"

    def fetch_live(page: Page) -> dict[str, Any]:
        if client == "requests":
            requests.get(target, timeout=5)
        elif client == "httpx":
            httpx.get(target)
        else:
            urllib.request.urlopen(target)
        return {"title": "unreachable"}

    result = replay_page(_ref(path), _ctx(tmp_path, fetch_live))
    misses = [f for f in result.findings if f.check == "replay.miss"]
    assert misses, result.findings
    assert target in misses[0].message and str(path) in misses[0].message
    assert "CannotOverwriteExistingCassette" not in misses[0].message
    assert local_server.hits == []


def test_raw_socket_is_blocked_during_replay(tmp_path: Path, local_server: Any) -> None:
    path = make_cassette(tmp_path, "harbor.example", "bridge", article_html("Bridge"))

    def raw(page: Page) -> dict[str, Any]:
        with socket.create_connection(("127.0.0.1", local_server.port), timeout=2) as s:
            s.sendall(b"GET / HTTP/1.0\r\n\r\n")
        return {"title": "x"}

    result = replay_page(_ref(path), _ctx(tmp_path, raw))
    assert [f.check for f in result.findings if f.check.startswith("replay")] == ["replay.network"]
    assert local_server.hits == []


def test_swallowed_miss_is_still_reported(tmp_path: Path) -> None:
    path = make_cassette(tmp_path, "harbor.example", "bridge", article_html("Bridge"))

    def swallow(page: Page) -> dict[str, Any]:
        with contextlib.suppress(Exception):
            requests.get("https://harbor.example/not-recorded", timeout=5)
        return {"title": "Bridge", "body": "text"}

    result = replay_page(_ref(path), _ctx(tmp_path, swallow))
    assert any(f.check == "replay.miss" and "not-recorded" in f.message for f in result.findings)


def test_guard_blocks_dns_and_connect_and_restores(local_server: Any) -> None:
    with network_blocked():
        with pytest.raises(NetworkBlocked):
            socket.getaddrinfo("example.org", 80)
        with pytest.raises(NetworkBlocked):
            socket.create_connection(("127.0.0.1", local_server.port))
    local_server.routes["/ok"] = (200, {}, b"ok")
    with urllib.request.urlopen(f"{local_server.base}/ok") as resp:
        assert resp.read() == b"ok"


def test_offline_context_translates_vcrpy_miss(tmp_path: Path) -> None:
    path = make_cassette(tmp_path, "harbor.example", "bridge", article_html("Bridge"))
    loaded = cassette.load(path)
    with pytest.raises(ReplayMiss) as info, offline(loaded):
        httpx.get("https://harbor.example/elsewhere")
    assert info.value.url == "https://harbor.example/elsewhere" and info.value.cassette == path


def test_secret_query_parameters_match_their_scrubbed_recording(tmp_path: Path) -> None:
    api = "https://harbor.example/api/story.json?id=7&token=REDACTED"
    path = make_cassette(
        tmp_path,
        "harbor.example",
        "bridge",
        article_html("Bridge"),
        extra=[(api, b'{"title": "Scrubbed but served"}')],
    )

    def fetch(page: Page) -> dict[str, Any]:
        return {"title": httpx.get("https://harbor.example/api/story.json?id=7&token=s3cr3t").json()["title"]}

    result = replay_page(_ref(path), _ctx(tmp_path, fetch))
    assert result.record is not None and result.record["title"] == "Scrubbed but served"
    assert not [f for f in result.findings if f.check.startswith("replay")]


def test_a_page_whose_extractor_fetches_nothing_is_replayed_without_vcrpy(tmp_path: Path) -> None:
    """vcrpy (and the aiohttp it imports) is neither imported nor patched in for such a page."""
    import subprocess
    import sys

    path = make_cassette(tmp_path, "harbor.example", "bridge", article_html("Bridge"))
    code = (
        "import sys; from pathlib import Path; from harness import runner\n"
        "from harness.capture import cassette\n"
        "from harness.config import HarnessConfig\n"
        f"ctx = runner.make_context(HarnessConfig(root=Path({str(tmp_path)!r})), 'generic')\n"
        f"result = runner.replay_page(cassette.discover(Path({str(path)!r}))[0], ctx)\n"
        "assert result.record and result.record['title'], result\n"
        "print(sorted(m for m in ('vcr', 'aiohttp') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_fetching_extractor_is_replayed_again_with_vcrpy_and_only_that_replay_counts(
    tmp_path: Path,
) -> None:
    path = make_cassette(
        tmp_path, "harbor.example", "bridge", article_html("Bridge"), extra=[(API, b'{"title": "API"}')]
    )
    calls: list[str] = []

    def fetch_api(page: Page) -> dict[str, Any]:
        calls.append(page.page_id)
        with contextlib.suppress(Exception):  # the first replay's blocked request, swallowed
            return {"title": requests.get(API, timeout=5).json()["title"], "body": "text"}
        return {"title": "fallback", "body": "text"}

    result = replay_page(_ref(path), _ctx(tmp_path, fetch_api))
    assert len(calls) == 2
    assert result.record is not None and result.record["title"] == "API"
    assert not [f for f in result.findings if f.check.startswith("replay")]
