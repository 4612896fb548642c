"""Rewrite rules that scale: wildcard and named-part patterns, and the old FROM=TO prefix form."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.capture.urls import RewriteError, rewriter
from harness.config import ConfigError, HarnessConfig
from harness.drift import load_settings

RULES = [
    "https://*.example.com/{path}=http://127.0.0.1:8000/{host}/{path}",
    "https://news.example/{section}/{slug}=http://staging.local/{section}-{slug}",
    "http://old.example=http://127.0.0.1:8401/mirror",
]


@pytest.mark.parametrize(
    ("public", "target"),
    [
        ("https://www.example.com/2025/a?x=1", "http://127.0.0.1:8000/www.example.com/2025/a?x=1"),
        ("https://a.b.Example.com/", "http://127.0.0.1:8000/a.b.example.com/"),
        ("https://news.example/world/story-1", "http://staging.local/world-story-1"),
        ("https://news.example/world/story-1/amp", "http://staging.local/world-story-1/amp"),
        ("http://old.example/p?q=1", "http://127.0.0.1:8401/mirror/p?q=1"),
    ],
)
def test_forward_and_back(public: str, target: str) -> None:
    rules = rewriter(RULES)
    assert rules.forward(public) == target
    assert rules.back(target).lower() == public.lower()


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/x",
        "https://www.example.com.evil/x",
        "http://old.example.evil/p",
        "ftp://x.example.com/",
    ],
)
def test_no_match_leaves_the_url(url: str) -> None:
    assert rewriter(RULES).forward(url) == url


def test_a_target_url_is_not_rewritten_again() -> None:
    rules = rewriter(["http://*/{path}=http://127.0.0.1:8000/{host}/{path}"])
    once = rules.forward("http://a.example/x")
    assert once == "http://127.0.0.1:8000/a.example/x"
    assert rules.forward(once) == once  # a redirect hop on the mirror stays on the mirror


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("https://*.example.com/{path}=http://127.0.0.1/{site}/{path}", "FROM does not name"),
        ("https://*.example.com=http://127.0.0.1/*", "cannot hold '*'"),
        ("ftp://*.example.com=http://127.0.0.1", r"http\(s\) URL pattern"),
        ("no-equals-sign", "FROM=TO"),
    ],
)
def test_bad_rules_say_what_is_allowed(rule: str, message: str) -> None:
    with pytest.raises(RewriteError, match=message):
        rewriter([rule])


def test_patterns_in_config_and_overrides() -> None:
    cfg = HarnessConfig(drift={"rewrite": [RULES[0]]})
    settings = load_settings(cfg, rewrite=[RULES[2]])
    assert settings.rewrite.forward("https://x.example.com/a") == "http://127.0.0.1:8000/x.example.com/a"
    assert settings.rewrite.forward("http://old.example/a") == "http://127.0.0.1:8401/mirror/a"
    with pytest.raises(ConfigError, match="FROM does not name"):
        load_settings(HarnessConfig(drift={"rewrite": ["https://*.x.com=http://h/{nope}"]}))


def test_recording_through_a_pattern_rule_keeps_only_public_addresses(tmp_path: Path) -> None:
    from harness.capture.record import record_urls
    from tests.drift.server import LocalServer, Route

    page = Route(b"<html><body><h1>Bridge</h1><p>Text of the story.</p></body></html>")
    with LocalServer({"/news.example/2025/a": page}) as srv:
        rule = f"http://{{host}}/{{path}}={srv.url}/{{host}}/{{path}}"
        summary = record_urls(
            ["http://news.example/2025/a"],
            HarnessConfig(root=tmp_path),
            out=tmp_path,
            rewrite=rewriter([rule]),
        )
    entry = summary.entries[0]
    assert entry.status == "written" and entry.path is not None, entry
    text = entry.path.read_text(encoding="utf-8")
    assert "127.0.0.1" not in text and "http://news.example/2025/a" in text


def test_rules_that_rewrite_none_of_the_urls_are_named() -> None:
    rules = rewriter(
        ["https://{host}/{path}=http://127.0.0.1:8000/{host}/{path}", "http://a.example=http://m"]
    )
    urls = ["http://a.example/x", "http://b.example/y"]
    assert rules.unused(urls) == ["https://{host}/{path}=http://127.0.0.1:8000/{host}/{path}"]
    assert rules.unused([]) == [f"{r.public}={r.target}" for r in rules.rules]
