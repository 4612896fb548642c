"""Scrapy spider callbacks as extractors: a real spider module, replayed offline through ``harness run``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("scrapy")

from capture.crawl_site import serve_site
from capture.scrapy_project import crawl, forget_project, write_project

from harness.capture import cassette
from harness.extractors import registry
from harness.extractors.scrapy_adapter import ScrapyCallbackExtractor
from harness.page import Page, RecordedResponse

ITEMS = """
import dataclasses

import attrs
import scrapy


class NewsItem(scrapy.Item):
    headline = scrapy.Field()


@dataclasses.dataclass
class DataStory:
    headline: str


@attrs.define
class AttrsStory:
    headline: str


class KindsSpider(scrapy.Spider):
    name = "kinds"

    def _title(self, response):
        return response.css("h1::text").get() + self.settings.get("SUFFIX", "")

    def as_dict(self, response):
        yield {"headline": self._title(response), "section": response.meta.get("section")}

    def as_item(self, response):
        yield scrapy.Request("http://elsewhere.invalid/")
        yield NewsItem(headline=self._title(response))

    def as_dataclass(self, response):
        return [DataStory(self._title(response))]

    def as_attrs(self, response):
        yield AttrsStory(self._title(response))

    def nothing(self, response):
        yield scrapy.Request("http://elsewhere.invalid/")
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = write_project(tmp_path / "proj")
    (root / "newsproj" / "spiders" / "kinds.py").write_text(ITEMS)
    (root / "newsproj" / "settings.py").write_text(
        (root / "newsproj" / "settings.py").read_text() + '\nSUFFIX = " (settings read)"\n'
    )
    monkeypatch.chdir(root)
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "newsproj.settings")
    forget_project()  # another test's project of the same name may be imported already
    yield root
    forget_project()


def _page(meta: dict[str, object] | None = None) -> Page:
    body = b"<html><body><h1>Bridge opens</h1><article><p>Text.</p></article></body></html>"
    response = RecordedResponse(
        "http://news.example/a", 200, {"Content-Type": "text/html"}, body, request_meta=meta or {}
    )
    return Page(response, "news.example", "news.example/a")


@pytest.mark.parametrize("callback", ["as_dict", "as_item", "as_dataclass", "as_attrs"])
def test_every_item_kind_through_itemadapter(project: Path, callback: str) -> None:
    ex = registry.get(f"scrapy:newsproj.spiders.kinds:KindsSpider.{callback}")
    assert isinstance(ex, ScrapyCallbackExtractor)
    record = ex.extract(_page())
    assert record["title"] == "Bridge opens (settings read)"  # field map + spider built with the settings


def test_request_meta_reaches_the_callback(project: Path) -> None:
    ex = registry.get("scrapy:newsproj.spiders.kinds:KindsSpider.as_dict")
    assert ex.extract(_page({"section": "world"})) == {"title": "Bridge opens (settings read)"}
    # 'section' is not a record field: dropped; the meta itself was seen (see the spider's dict)
    raw = ex.callback(ex._make_response(_page({"section": "world"})))  # type: ignore[attr-defined]
    assert next(iter(raw))["section"] == "world"


def test_a_callback_with_no_item_says_so(project: Path) -> None:
    ex = registry.get("scrapy:newsproj.spiders.kinds:KindsSpider.nothing")
    with pytest.raises(ValueError, match="yielded no item"):
        ex.extract(_page())


@pytest.mark.parametrize(
    "spec",
    [
        "scrapy:newsproj.spiders.kinds",
        "scrapy:nope.mod:Spider.cb",
        "scrapy:newsproj.spiders.kinds:KindsSpider.x",
    ],
)
def test_bad_spec_is_an_unknown_extractor(project: Path, spec: str) -> None:
    with pytest.raises(registry.UnknownExtractor):
        registry.get(spec)


def test_real_spider_replayed_through_harness_run(local_server, tmp_path: Path) -> None:
    serve_site(local_server)
    root = write_project(tmp_path / "proj")
    urls = [local_server.base + "/news/bridge", local_server.base + "/news/moct"]
    crawl(root, urls)
    env = {**os.environ, "PYTHONPATH": str(root), "SCRAPY_SETTINGS_MODULE": "newsproj.settings"}
    harness = [sys.executable, "-m", "harness"]
    run = subprocess.run(
        [*harness, "import", ".scrapy/httpcache", "--out", "cassettes", "-q"], cwd=root, env=env, timeout=120
    )
    assert run.returncode == 0
    hits = len(local_server.hits)
    spec = "scrapy:newsproj.spiders.news:NewsSpider.parse_article"
    cmd = [*harness, "run", "cassettes", "-e", spec, "--reports", "reports", "-q", "--exit-zero"]
    done = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(local_server.hits) == hits  # replay stayed offline
    results = json.loads(next((root / "reports").glob("*/results.json")).read_text())
    records = {p["record"]["title"]: p["record"] for p in results["pages"] if p.get("record")}
    assert set(records) == {"NEWS: Bridge opens after ten years", "NEWS: Мост открыт"}, results["pages"]
    assert records["NEWS: Мост открыт"]["body"] == "Новый мост открыли в понедельник."
    assert len(cassette.discover(root / "cassettes")) == 2
