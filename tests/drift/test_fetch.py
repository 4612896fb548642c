"""Polite fetching against a real local server: robots.txt, concurrency limits, retries, failures, rewrite."""

from __future__ import annotations

import itertools
import time
from typing import Any

from harness.config import HarnessConfig
from harness.drift import DriftSettings, Fetcher, load_settings
from tests.drift.server import Gauge, LocalServer, Route, closed_port

PAGE = Route(b"<html><body><h1>t</h1></body></html>")


def settings(*rules: str, **extra: Any) -> DriftSettings:
    # a generous timeout: under a loaded CI machine a local answer can take seconds; only the timeout
    # test sets a short one, against an answer that never comes before the server stops
    table = {"timeout": 30.0, "retries": 2, "backoff": 0.05, "backoff_max": 1.0, **extra}
    return load_settings(HarnessConfig(drift=table), rewrite=list(rules) or None)


def test_robots_disallow_is_skipped_and_never_fetched() -> None:
    robots = Route(b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})
    with (
        LocalServer({"/robots.txt": robots, "/private/a": PAGE, "/public/a": PAGE}) as srv,
        Fetcher(settings(f"http://news.example={srv.url}")) as f,
    ):
        blocked = f.fetch("http://news.example/private/a")
        allowed = f.fetch("http://news.example/public/a")
    assert blocked.kind == "skipped" and "robots.txt disallows /private/a" in blocked.reason
    assert allowed.kind == "ok" and allowed.final_url == "http://news.example/public/a"
    assert srv.hits["/private/a"] == 0 and srv.hits["/robots.txt"] == 1  # fetched once per origin


def test_robots_rules_for_our_user_agent_apply() -> None:
    robots = Route(b"User-agent: news-harness\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    with (
        LocalServer({"/robots.txt": robots, "/a": PAGE}) as srv,
        Fetcher(settings(f"http://n.example={srv.url}")) as f,
    ):
        assert f.fetch("http://n.example/a").kind == "skipped"
    assert srv.user_agents[0].startswith("news-harness/")


def test_robots_5xx_means_unreachable_not_drift() -> None:
    with (
        LocalServer({"/robots.txt": Route(b"x", 503), "/a": PAGE}) as srv,
        Fetcher(settings(f"http://n.example={srv.url}", retries=0)) as f,
    ):
        result = f.fetch("http://n.example/a")
    assert result.kind == "unreachable" and "robots.txt" in result.reason
    assert srv.hits["/a"] == 0


def test_per_host_limit_is_honoured() -> None:
    routes = {f"/p{i}": Route(PAGE.body, delay=0.15, until_peak=2) for i in range(12)}
    with (
        LocalServer(routes) as srv,
        Fetcher(settings(f"http://a.example={srv.url}", per_host=2, concurrency=8)) as f,
    ):
        results = f.fetch_many([f"http://a.example/p{i}" for i in range(12)])
    assert all(r.kind == "ok" for r in results)
    assert srv.gauge.peak == 2  # the limit is reached and never exceeded


def test_overall_limit_across_hosts() -> None:
    shared = Gauge()
    routes = {f"/p{i}": Route(PAGE.body, delay=0.15, until_peak=3) for i in range(8)}
    with (
        LocalServer(routes, gauge=shared) as one,
        LocalServer(routes, gauge=shared) as two,
        Fetcher(
            settings(f"http://a.example={one.url}", f"http://b.example={two.url}", per_host=2, concurrency=3)
        ) as f,
    ):
        urls = [f"http://{h}.example/p{i}" for i in range(8) for h in "ab"]
        assert all(r.kind == "ok" for r in f.fetch_many(urls))
    assert one.gauge.peak <= 2 and two.gauge.peak <= 2
    assert shared.peak == 3


def test_retries_with_exponential_backoff_then_success() -> None:
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    with (
        LocalServer({"/a": Route(PAGE.body, fail_first=2)}) as srv,
        Fetcher(settings(f"http://a.example={srv.url}", robots=False, backoff=0.1), sleep=sleep) as f,
    ):
        result = f.fetch("http://a.example/a")
    assert result.kind == "ok" and result.attempts == 3
    assert slept == [0.1, 0.2]  # backoff * 2**n, asked of the clock, not inferred from it
    t = srv.times["/a"]
    assert t[1] - t[0] >= 0.1 and t[2] - t[1] >= 0.2  # and really waited (lower bounds hold under load)


def test_persistent_5xx_is_unreachable_after_retries() -> None:
    with (
        LocalServer({"/a": Route(b"no", 500)}) as srv,
        Fetcher(settings(f"http://a.example={srv.url}", robots=False)) as f,
    ):
        result = f.fetch("http://a.example/a")
    assert result.kind == "unreachable" and result.attempts == 3 and srv.hits["/a"] == 3
    assert "HTTP 500" in result.reason


def test_404_and_410_are_gone_without_retry() -> None:
    with LocalServer({"/b": Route(b"", 410)}) as srv, Fetcher(settings(f"http://a.example={srv.url}")) as f:
        assert f.fetch("http://a.example/missing").kind == "gone"
        assert f.fetch("http://a.example/b").kind == "gone"
    assert srv.hits["/missing"] == 1


def test_read_timeout_is_unreachable_and_not_retried() -> None:
    with (
        LocalServer({"/slow": Route(PAGE.body, delay=60.0)}) as srv,  # answers only when stopped
        Fetcher(settings(f"http://a.example={srv.url}", robots=False, timeout=0.3)) as f,
    ):
        start = time.monotonic()
        result = f.fetch("http://a.example/slow")
        waited = time.monotonic() - start
    assert result.kind == "unreachable" and "timed out" in result.reason
    assert srv.hits["/slow"] == 1 and result.attempts == 1 and waited < 30.0


def test_connection_refused_is_retried_then_unreachable() -> None:
    port = closed_port()
    with Fetcher(settings(f"http://a.example=http://127.0.0.1:{port}", robots=False)) as f:
        start = time.monotonic()
        result = f.fetch("http://a.example/a")
    assert result.kind == "unreachable" and result.attempts == 3
    assert "refused" in result.reason and time.monotonic() - start >= 0.05 + 0.1  # two backoff sleeps
    with Fetcher(settings(f"http://a.example=http://127.0.0.1:{port}")) as f:
        via_robots = f.fetch("http://a.example/a")
    assert via_robots.kind == "unreachable" and f"robots.txt of http://127.0.0.1:{port}" in via_robots.reason
    assert "unreachable (connection refused" in via_robots.reason


def test_dns_failure_is_unreachable() -> None:
    with Fetcher(settings(retries=0)) as f:
        result = f.fetch("http://no-such-host.invalid/a")
    assert result.kind == "unreachable"


def test_crawl_delay_spaces_requests() -> None:
    robots = Route(b"User-agent: *\nCrawl-delay: 1\n")
    with (
        LocalServer({"/robots.txt": robots, "/a": PAGE, "/b": PAGE}) as srv,
        Fetcher(settings(f"http://a.example={srv.url}", max_crawl_delay=0.3)) as f,
    ):
        f.fetch_many(["http://a.example/a", "http://a.example/b"])
    times = sorted(srv.times["/a"] + srv.times["/b"])
    assert times[1] - times[0] >= 0.25  # capped at max_crawl_delay


def test_one_pattern_rule_serves_many_hosts_and_robots_is_the_targets_fetched_once() -> None:
    robots = Route(
        b"User-agent: *\nDisallow: /*/amp$\nCrawl-delay: 1\n", headers={"Content-Type": "text/plain"}
    )
    hosts = ["www.alpha.example", "news.beta.example", "gamma.example"]
    routes = {f"/{h}/2025/story": PAGE for h in hosts} | {"/robots.txt": robots}
    with LocalServer(routes) as srv:
        rule = f"https://{{host}}/{{path}}={srv.url}/{{host}}/{{path}}"
        with Fetcher(settings(rule, max_crawl_delay=0.2)) as f:
            results = f.fetch_many([f"https://{h}/2025/story" for h in hosts])
            amp = f.fetch("https://gamma.example/2025/story/amp")
    assert [r.kind for r in results] == ["ok"] * 3, [r.reason for r in results]
    assert [r.final_url for r in results] == [f"https://{h}/2025/story" for h in hosts]  # public URLs kept
    assert srv.hits["/robots.txt"] == 1  # once per target, not once per public origin
    times = sorted(t for h in hosts for t in srv.times[f"/{h}/2025/story"])
    assert all(b - a >= 0.15 for a, b in itertools.pairwise(times))  # one crawl delay, shared target
    assert amp.kind == "skipped" and "/gamma.example/2025/story/amp" in amp.reason  # RFC 9309 '*' and '$'
    assert srv.hits["/gamma.example/2025/story/amp"] == 0


def test_robots_wildcards_follow_rfc_9309() -> None:
    text = b"User-agent: *\nDisallow: /*.pdf$\nDisallow: /drafts*\nAllow: /drafts/public\n"
    routes = {
        "/robots.txt": Route(text),
        "/a.pdf": PAGE,
        "/a.pdf.html": PAGE,
        "/drafts/public": PAGE,
        "/drafts/x": PAGE,
    }
    with LocalServer(routes) as srv, Fetcher(settings(f"http://n.example={srv.url}")) as f:
        kinds = {
            p: f.fetch(f"http://n.example{p}").kind
            for p in ("/a.pdf", "/a.pdf.html", "/drafts/public", "/drafts/x")
        }
    assert kinds == {"/a.pdf": "skipped", "/a.pdf.html": "ok", "/drafts/public": "ok", "/drafts/x": "skipped"}
