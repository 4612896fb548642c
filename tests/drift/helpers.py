"""Shared helpers for the drift tests: base pages, cassettes on disk, a selector-style extractor."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag

from harness.capture import cassette
from harness.capture.cassette import CassetteRef
from harness.extractors.base import FunctionExtractor
from harness.page import Page
from tests.drift.variants import container

HERE = Path(__file__).parent
REPO = HERE.parents[1]
PER_DEMO_SITE = 2


@dataclass(frozen=True)
class BasePage:
    site: str
    slug: str
    html: str

    @property
    def url(self) -> str:
        return f"http://{self.site}/2025/{self.slug}"


def _demo_pages() -> list[BasePage]:
    """Two article pages per demo site from the demo cassettes, when they exist."""
    out: list[BasePage] = []
    for ref in cassette.discover(REPO / "cassettes"):
        if sum(1 for p in out if p.site == ref.site) >= PER_DEMO_SITE:
            continue
        try:
            response = cassette.load(ref.path).primary_response()
        except cassette.CassetteError:
            continue
        page = Page(response, ref.site, ref.id)
        soup = page.soup
        if response.status != 200 or soup.find("h1") is None or len(soup.find_all("p")) < 3:
            continue
        out.append(BasePage(ref.site, ref.slug, page.text))
    return out


def base_pages() -> list[BasePage]:
    """Demo pages (two per site) plus the hand-written fixtures: different templates, languages, charsets."""
    fixtures = [
        BasePage(f"{p.stem}.example", p.stem, p.read_text(encoding="utf-8"))
        for p in sorted((HERE / "fixtures").glob("*.html"))
    ]
    return _demo_pages() + fixtures


def write_cassette(root: Path, site: str, slug: str, url: str, html: str) -> CassetteRef:
    path = root / site / f"{slug}{cassette.SUFFIX}"
    headers = {"Content-Type": ["text/html; charset=utf-8"]}
    cassette.write(
        path,
        [cassette.interaction(url, html.encode("utf-8"), headers=headers)],
        {"url": url, "recorded_at": "2025-06-03T08:00:00Z", "how": "test"},
    )
    return CassetteRef(path, root)


def _selector(tag: Tag) -> str:
    classes = tag.get("class") or []
    if tag.get("id"):
        return f"{tag.name}#{tag['id']}"
    return tag.name + "".join(f".{c}" for c in classes)


def selector_extractor(recorded_html: str) -> FunctionExtractor:
    """A site-specific scraper as people write them: CSS selectors learnt from the recorded page."""
    soup = BeautifulSoup(recorded_html, "lxml")
    h1 = soup.find("h1")
    assert isinstance(h1, Tag)
    title_sel, body_sel = _selector(h1), _selector(container(soup)) + " > p"
    uses_time = soup.find("time", attrs={"datetime": True}) is not None

    def published(page_soup: BeautifulSoup) -> str | None:
        if uses_time:
            t = page_soup.find("time", attrs={"datetime": True})
            return str(t["datetime"]) if isinstance(t, Tag) else None
        meta = page_soup.find("meta", attrs={"property": "article:published_time"})
        if isinstance(meta, Tag):
            return str(meta["content"])
        for script in page_soup.find_all("script", attrs={"type": "application/ld+json"}):
            data: Mapping[str, Any] = json.loads(script.string or "{}")
            if "datePublished" in data:
                return str(data["datePublished"])
        return None

    def extract(page: Page) -> dict[str, Any]:
        s = page.soup
        title = s.select_one(title_sel)
        paras = [p.get_text(" ", strip=True) for p in s.select(body_sel)]
        return {
            "title": title.get_text(" ", strip=True) if title else None,
            "published": published(s),
            "body": "\n\n".join(p for p in paras if p) or None,
        }

    return FunctionExtractor("selector", extract, "1")
