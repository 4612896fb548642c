"""The built-in extractor: metadata from JSON-LD and meta tags (:mod:`._metadata`, :mod:`._title`,
:mod:`._published`), body by text-density scoring (:mod:`._body`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from harness.extractors._body import extract_body
from harness.extractors._metadata import (
    Metadata,
    collect,
    find_authors,
    find_language,
    find_published,
)
from harness.extractors._title import find_title
from harness.extractors._trim import teaser_or_structured
from harness.model import ArticleRecord
from harness.page import Page

__all__ = ["GenericExtractor"]

_log = logging.getLogger(__name__)


_T = TypeVar("_T")
# What a hostile document can provoke inside the helpers; anything else is a bug and propagates.
_HOSTILE = (ValueError, TypeError, AttributeError, LookupError, RecursionError, UnicodeError)


def _guard(page: Page, what: str, fn: Callable[[], _T], default: _T) -> _T:
    try:
        return fn()
    except _HOSTILE as exc:
        _log.warning("%s/%s: generic extractor gave up on %s: %r", page.site, page.page_id, what, exc)
        return default


def _text_language(declared: str | None, body: str | None) -> str | None:
    """The page's declared language, unless the body's own common words plainly say another (a theme's
    default ``lang="en-US"`` over a German post): then that one (:mod:`harness.checks.language`)."""
    if not declared or not body:
        return declared
    from harness.checks.language import word_mismatch

    found = word_mismatch(declared, body)
    return found[0] if found is not None else declared


class GenericExtractor:
    """Article extractor over ``page.soup``; never raises on hostile HTML. htmldate, when installed,
    reads the date text of pages whose markup claims none."""

    name = "generic"
    version = "24"

    @staticmethod
    def _published(page: Page, md: Metadata, language: str | None, title: str | None) -> str | None:
        return find_published(page.soup, md, page.url, language, page.text, title)

    def extract(self, page: Page) -> ArticleRecord:
        soup = page.soup
        md = _guard(page, "metadata", lambda: collect(soup), Metadata())
        language = _guard(page, "language", lambda: find_language(soup, md), None)
        title = _guard(page, "title", lambda: find_title(soup, md, page.url, page.site_titles), None)
        published = _guard(page, "published", lambda: self._published(page, md, language, title), None)
        body = _guard(page, "body", lambda: extract_body(soup, title), None)
        body = _guard(page, "body", lambda: teaser_or_structured(body, md.ld_articles), body)
        return ArticleRecord(
            url=page.url,
            site=page.site,
            title=title or None,
            published=published,
            body=body,
            authors=_guard(page, "authors", lambda: find_authors(soup, md), ()),
            language=_guard(page, "language", lambda: _text_language(language, body), language),
            extractor=self.name,
            extractor_version=self.version,
        )
