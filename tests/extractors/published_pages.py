"""Builders shared by the date tests of the generic extractor: a fictional story and its page."""

from __future__ import annotations

from harness.extractors._metadata import collect
from harness.extractors._published import find_published
from harness.page import Page, RecordedResponse

STORY = (
    "<p>The village council met on Tuesday evening to discuss the new footbridge over the river, "
    "which has been closed since the spring floods and will reopen in June.</p>"
)
URL = "https://www.dailyexample.com/news/bridge-story"


def published(head: str, body: str, *, url: str = URL, lang: str = "en", html: bool = False,
               title: str | None = None) -> str | None:
    doc = f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    page = Page(RecordedResponse(url=url, status=200, headers={}, body=doc.encode()), "dailyexample.com", "b")
    soup = page.soup
    return find_published(soup, collect(soup), url, lang, page.text if html else None, title)


def meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'
