"""Requests a Scrapy callback yields, followed from the page's own cassette: a real spider, real replay."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("scrapy")

from capture.scrapy_project import crawl, forget_project, write_project

from harness.capture import cassette
from harness.extraction import extract_page
from harness.extractors import registry
from harness.page import Page

FOLLOW_SPIDER = """
import scrapy


class FollowSpider(scrapy.Spider):
    name = "follow"

    async def start(self):  # a real crawl, for the HTTP cache
        for url in self.settings.getlist("NEWS_START"):
            yield scrapy.Request(url, callback=self.parse_teaser)

    def parse_teaser(self, response):
        for href in response.css("a.more::attr(href)").getall():
            yield response.follow(
                href, callback=self.parse_rest, cb_kwargs={"section": "world"}, meta={"kicker": "Breaking"}
            )

    def parse_rest(self, response, section):
        if response.css("a.page2"):  # a story split over two pages: the item is on the last
            yield response.follow(response.css("a.page2::attr(href)").get(), callback=self.parse_rest,
                                  cb_kwargs={"section": section}, meta=response.meta)
            return
        yield {
            "headline": response.css("h1::text").get(),
            "text": f"{section} / {response.meta['kicker']} / " + " ".join(response.css("p::text").getall()),
        }

    def parse(self, response):  # what a request without a callback calls
        yield {"headline": "parse: " + response.css("h1::text").get()}

    def to_parse(self, response):
        yield scrapy.Request(response.urljoin("/rest"))

    def fan_out(self, response):
        for n in range(5):
            yield scrapy.Request(response.urljoin(f"/nothing-{n}"), callback=self.parse_rest)
"""

TEASER = b"<html><body><h1>Teaser</h1><a class='more' href='/rest'>Read on</a></body></html>"
REST = b"<html><body><h1>Bridge opens</h1><p>Traffic eases.</p></body></html>"
BASE = "http://news.example"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = write_project(tmp_path / "proj")
    (root / "newsproj" / "spiders" / "follow.py").write_text(FOLLOW_SPIDER)
    monkeypatch.chdir(root)
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "newsproj.settings")
    forget_project()  # another test's project of the same name may be imported already
    yield root
    forget_project()


def _cassette(path: Path, pages: dict[str, bytes]) -> cassette.Cassette:
    headers = {"Content-Type": ["text/html; charset=utf-8"]}
    items = [cassette.interaction(BASE + p, body, headers=headers) for p, body in pages.items()]
    cassette.write(
        path, list(items), {"url": BASE + next(iter(pages)), "recorded_at": "2025-01-01T00:00:00Z"}
    )
    return cassette.load(path)


def _replay(spec: str, loaded: cassette.Cassette) -> tuple[dict[str, object] | None, list[str]]:
    page = Page(loaded.primary_response(), "news.example", "news.example/teaser")
    record, findings = extract_page(page, registry.get(spec), loaded)
    return record, [f"{f.check}: {f.message}" for f in findings]


SPEC = "scrapy:newsproj.spiders.follow:FollowSpider."


def test_followed_page_gives_the_item_with_cb_kwargs_and_meta(project: Path) -> None:
    loaded = _cassette(project / "c.yaml", {"/teaser": TEASER, "/rest": REST})
    record, findings = _replay(SPEC + "parse_teaser,follow=2", loaded)
    assert findings == []
    assert record is not None and record["title"] == "Bridge opens"
    assert record["body"] == "world / Breaking / Traffic eases."
    assert record["url"] == BASE + "/teaser"  # the record is the page's, whatever the callback followed


def test_follow_is_off_by_default_and_says_so(project: Path) -> None:
    loaded = _cassette(project / "c.yaml", {"/teaser": TEASER, "/rest": REST})
    record, findings = _replay(SPEC + "parse_teaser", loaded)
    assert record is None
    assert any("not followed (follow is off)" in f for f in findings), findings


def test_follow_from_the_config(project: Path) -> None:
    config = project / "pyproject.toml"
    config.write_text(config.read_text() + "follow = 3\n")
    loaded = _cassette(project / "c.yaml", {"/teaser": TEASER, "/rest": REST})
    record, _findings = _replay(SPEC + "parse_teaser", loaded)
    assert record is not None and record["title"] == "Bridge opens"


def test_two_hops_breadth_first_and_the_bound(project: Path) -> None:
    page1 = b"<html><body><h1>Part 1</h1><a class='page2' href='/rest-2'>next</a></body></html>"
    loaded = _cassette(project / "c.yaml", {"/teaser": TEASER, "/rest": page1, "/rest-2": REST})
    record, _ = _replay(SPEC + "parse_teaser,follow=2", loaded)
    assert record is not None and record["title"] == "Bridge opens"
    record, findings = _replay(SPEC + "parse_teaser,follow=1", loaded)
    assert record is None
    assert any("1 more request(s) not followed (follow = 1)" in f for f in findings), findings


def test_a_request_without_callback_calls_parse(project: Path) -> None:
    loaded = _cassette(project / "c.yaml", {"/teaser": TEASER, "/rest": REST})
    record, _ = _replay(SPEC + "to_parse,follow", loaded)
    assert record is not None and record["title"] == "parse: Bridge opens"


def test_unrecorded_requests_are_findings_not_the_network(project: Path) -> None:
    loaded = _cassette(project / "c.yaml", {"/teaser": TEASER})
    record, findings = _replay(SPEC + "fan_out,follow=3", loaded)
    assert record is None
    misses = [f for f in findings if f.startswith("replay.miss")]
    assert len(misses) == 3, findings  # bounded: the 4th and 5th are not even tried
    assert any("2 more request(s) not followed" in f for f in findings)
    assert not any(f.startswith("replay.network") for f in findings)


def test_following_outside_replay_is_refused(project: Path) -> None:
    loaded = _cassette(project / "c.yaml", {"/teaser": TEASER, "/rest": REST})
    extractor = registry.get(SPEC + "parse_teaser,follow=2")
    page = Page(loaded.primary_response(), "news.example", "news.example/teaser")
    with pytest.raises(ValueError, match="needs offline replay"):
        extractor.extract(page)


@pytest.mark.parametrize("spec", ["parse_teaser,follow=x", "parse_teaser,follow=-1", "parse_teaser,depth=2"])
def test_bad_follow_option_is_a_usage_error(project: Path, spec: str) -> None:
    with pytest.raises(registry.UnknownExtractor, match="follow"):
        registry.get(SPEC + spec)


def test_record_then_replay_offline_with_a_real_spider(local_server, project: Path) -> None:
    html = {"Content-Type": "text/html; charset=utf-8"}
    local_server.routes.update({"/teaser": (200, html, TEASER), "/rest": (200, html, REST)})
    lonely = b"<html><body><h1>Teaser</h1><a class='more' href='/gone'>Read on</a></body></html>"
    local_server.routes["/lonely"] = (200, html, lonely)
    env = {**os.environ, "PYTHONPATH": str(project), "SCRAPY_SETTINGS_MODULE": "newsproj.settings"}
    harness = [sys.executable, "-m", "harness"]
    spec = SPEC + "parse_teaser,follow=3"
    rec = [*harness, "record", "--follow", spec, local_server.base + "/teaser", "--out", "cassettes"]
    done = subprocess.run(rec, cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    # a page recorded without --follow: its teaser's link was never fetched
    rec = [*harness, "record", local_server.base + "/lonely", "--out", "cassettes", "-q"]
    assert subprocess.run(rec, cwd=project, env=env, timeout=120).returncode == 0
    [teaser] = [p for p in cassette.discover(project / "cassettes") if p.slug.startswith("teaser")]
    uris = list(cassette.iter_uris(cassette.load(teaser.path)))
    assert uris == [local_server.base + "/teaser", local_server.base + "/rest"]
    hits = len(local_server.hits)
    cmd = [*harness, "run", "cassettes", "-e", spec, "--reports", "reports", "-q", "--exit-zero"]
    done = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(local_server.hits) == hits  # replay stayed offline, misses included
    results = json.loads(next((project / "reports").glob("*/results.json")).read_text())
    pages = {p["url"].rsplit("/", 1)[-1]: p for p in results["pages"]}
    assert pages["teaser"]["record"]["title"] == "Bridge opens"
    assert pages["teaser"]["record"]["body"] == "world / Breaking / Traffic eases."
    checks = [f["check"] for f in pages["lonely"]["findings"]]
    assert "replay.miss" in checks and pages["lonely"]["record"] is None


@pytest.mark.parametrize(
    ("spec", "says"),
    [("generic", "expected a spider callback"), (SPEC + "nope", "has no callback 'nope'")],
)
def test_record_follow_needs_a_spider_callback(project: Path, capsys, spec: str, says: str) -> None:
    from harness.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["record", "--follow", spec, "http://127.0.0.1:9/x", "--out", str(project / "c")])
    assert exc.value.code == 2 and says in capsys.readouterr().err
    assert not (project / "c").exists()


def test_import_follow_stores_the_followed_pages_of_a_real_crawl(local_server, project: Path) -> None:
    html = {"Content-Type": "text/html; charset=utf-8"}
    local_server.routes.update({"/teaser": (200, html, TEASER), "/rest": (200, html, REST)})
    cache = crawl(project, [local_server.base + "/teaser"], spider="follow")
    assert sorted(local_server.hits) == ["/rest", "/teaser"]  # the spider followed the link itself
    from harness.cli import main

    out = project / "cassettes"
    spec = SPEC + "parse_teaser,follow=3"
    assert main(["import", str(cache), "--out", str(out), "--follow", spec, "-q"]) == 0
    [teaser] = [r for r in cassette.discover(out) if r.slug.startswith("teaser")]
    loaded = cassette.load(teaser.path)
    assert list(cassette.iter_uris(loaded)) == [local_server.base + "/teaser", local_server.base + "/rest"]
    page = Page(loaded.primary_response(), "127.0.0.1", teaser.id)
    record, findings = extract_page(page, registry.get(spec), loaded)
    assert findings == [] and record is not None
    assert record["title"] == "Bridge opens" and record["body"] == "world / Breaking / Traffic eases."
