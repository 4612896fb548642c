"""Scrubbed secrets come back from HARNESS_SECRET_<PARAM> for live fetches, and are never written down."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spine.helpers import article_html

from harness import drift, runner
from harness.capture import cassette
from harness.capture.scrub import reveal_uri, secret_env_name
from harness.config import HarnessConfig
from harness.results import page_to_dict

SECRET = "s3cr3t-Value/+="
PAGE = "/news/preview?id=7&token=REDACTED"


def test_reveal_uri_fills_only_redacted_values_that_have_a_secret() -> None:
    env = {"HARNESS_SECRET_TOKEN": SECRET}
    assert secret_env_name("x-amz-signature") == "HARNESS_SECRET_X_AMZ_SIGNATURE"
    assert reveal_uri("https://a.example/p?id=7&token=REDACTED", env) == (
        "https://a.example/p?id=7&token=s3cr3t-Value%2F%2B%3D"
    )
    assert reveal_uri("https://a.example/p?sig=REDACTED", env) == "https://a.example/p?sig=REDACTED"
    assert reveal_uri("https://a.example/p?mytoken=REDACTED", env) == "https://a.example/p?mytoken=REDACTED"
    assert reveal_uri("https://a.example/p?token=abc", env) == "https://a.example/p?token=abc"


def _check(tmp_path: Path, server: Any) -> tuple[str, str]:
    url = f"https://vault.example{PAGE}"
    path = tmp_path / "c" / "vault.example" / "preview.yaml"
    cassette.write(path, [cassette.interaction(url, article_html("Budget preview"))], {"url": url})
    cfg = HarnessConfig(root=tmp_path)
    ctx = runner.make_context(cfg, "generic")
    settings = drift.load_settings(cfg, rewrite=[f"https://vault.example={server.base}"])
    with drift.Fetcher(settings) as fetcher:
        outcome = drift.check_page(cassette.discover(path)[0], ctx, settings, fetcher=fetcher)
    written = json.dumps(page_to_dict(drift.page_result(cassette.discover(path)[0], outcome, "generic")))
    return outcome.label, written


def test_live_fetch_uses_the_secret_and_writes_none(
    tmp_path: Path, local_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    local_server.routes["/news/preview?id=7&token=s3cr3t-Value%2F%2B%3D"] = (
        200,
        {"Content-Type": "text/html"},
        article_html("Budget preview"),
    )
    local_server.routes[PAGE] = (403, {}, b"forbidden")  # what a paywall says to the scrubbed URL
    monkeypatch.delenv("HARNESS_SECRET_TOKEN", raising=False)
    label, _ = _check(tmp_path, local_server)
    assert label == "unreachable"
    monkeypatch.setenv("HARNESS_SECRET_TOKEN", SECRET)
    label, written = _check(tmp_path, local_server)
    assert label == "unchanged"
    assert "s3cr3t" not in written and "token=REDACTED" in written


def test_recording_a_scrubbed_url_uses_the_secret_and_stores_none(
    tmp_path: Path, local_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from harness.capture.record import record_urls

    local_server.routes["/news/preview?id=7&token=s3cr3t-Value%2F%2B%3D"] = (
        200,
        {"Content-Type": "text/html"},
        article_html("Budget preview"),
    )
    monkeypatch.setenv("HARNESS_SECRET_TOKEN", SECRET)
    summary = record_urls([f"{local_server.base}{PAGE}"], HarnessConfig(root=tmp_path), out=tmp_path / "c")
    assert summary.ok, summary.entries
    (path,) = (tmp_path / "c").rglob("*.yaml")
    text = path.read_text()
    assert "s3cr3t" not in text and "token=REDACTED" in text and "Budget preview" in text
