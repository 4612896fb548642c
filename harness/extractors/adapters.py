"""Adapters for third-party extractors: trafilatura, readability-lxml and newspaper4k (optional extras).

Each library is imported when the adapter is built, so a missing extra fails at selection time with an
install hint, not at import time of the harness. Both read ``page.text`` (already decoded by the harness)
and never touch the network.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from harness.dates import parse_date
from harness.extractors._metadata import bcp47, collect, find_language, find_published, squash
from harness.extractors.base import ExtractorUnavailable
from harness.model import ArticleRecord
from harness.page import Page

__all__ = ["Newspaper4kExtractor", "ReadabilityExtractor", "TrafilaturaExtractor"]

_PARAGRAPH_XPATH = "//p|//h2|//h3|//h4|//li|//blockquote|//pre"
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)


def _html_lang(text: str) -> str | None:
    """``<html lang>`` read from the markup itself, for libraries that leave the language empty."""
    m = _HTML_LANG.search(text[:20_000])
    return bcp47(m.group(1)) if m else None


def _dist_version(dist: str, fallback: str = "unknown") -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return fallback


def _paragraphs(lines: list[str], title: str | None) -> str | None:
    """Non-empty lines as blank-line separated paragraphs, without a leading copy of the headline."""
    kept = [line for line in (squash(raw) for raw in lines) if line]
    if kept and title and kept[0].casefold() == title.casefold():
        kept.pop(0)
    return "\n\n".join(kept) or None


class TrafilaturaExtractor:
    """trafilatura's ``bare_extraction`` with metadata; comments excluded, tables kept."""

    name = "trafilatura"

    def __init__(self) -> None:
        try:
            import trafilatura
            from trafilatura.settings import use_config
        except ImportError as exc:
            raise ExtractorUnavailable(
                "trafilatura is not installed; pip install 'news-harness[trafilatura]'"
            ) from exc
        self._lib: Any = trafilatura
        self.version = str(getattr(trafilatura, "__version__", _dist_version("trafilatura")))
        config = use_config()
        # No SIGALRM-based timeout: the harness may run extractors outside the main thread.
        config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
        self._config = config

    def extract(self, page: Page) -> ArticleRecord:
        doc = self._lib.bare_extraction(
            page.text,
            url=page.url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # htmldate only reads the tree it is given; extensive search stays inside the document.
            date_extraction_params={"extensive_search": True, "original_date": True},
            config=self._config,
        )
        data: dict[str, Any] = {}
        if doc is not None:
            data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = data.get("text")
        title = squash(data.get("title")) or None
        date_text = data.get("date")
        parsed = parse_date(date_text) if isinstance(date_text, str) else None
        author = data.get("author")
        authors = tuple(a.strip() for a in re.split(r";|\band\b", author) if a.strip()) if author else ()
        return ArticleRecord(
            url=page.url,
            site=page.site,
            title=title,
            published=parsed.iso() if parsed else None,
            body=_paragraphs(text.split("\n"), title) if isinstance(text, str) else None,
            authors=authors,
            language=bcp47(data.get("language")) or _html_lang(page.text),
            extractor=self.name,
            extractor_version=self.version,
        )


class ReadabilityExtractor:
    """readability-lxml's title and summary; date and language read from the page's own metadata."""

    name = "readability"

    def __init__(self) -> None:
        try:
            import lxml.etree
            import lxml.html
            from readability import Document
            from readability.readability import Unparseable
        except ImportError as exc:
            raise ExtractorUnavailable(
                "readability-lxml is not installed; pip install 'news-harness[readability]'"
            ) from exc
        self._document: Any = Document
        # What readability and lxml raise on documents with nothing to parse.
        self._errors: tuple[type[Exception], ...] = (Unparseable, lxml.etree.LxmlError, ValueError, TypeError)
        self._fromstring: Any = lxml.html.fromstring
        self.version = _dist_version("readability-lxml")

    def _summary(self, page: Page) -> tuple[str | None, str | None]:
        try:
            doc = self._document(page.text, url=page.url)
            title = squash(doc.short_title()) or None
            html = doc.summary(html_partial=True)
        except self._errors:
            return None, None
        try:
            tree = self._fromstring(html)
        except self._errors:
            return title, None
        blocks = tree.xpath(_PARAGRAPH_XPATH)
        leaves = [b for b in blocks if not b.xpath("./p|./li|./blockquote|./pre")]
        lines = [b.text_content() for b in leaves] if leaves else [tree.text_content()]
        return title, _paragraphs(lines, title)

    def extract(self, page: Page) -> ArticleRecord:
        title, body = self._summary(page)
        soup = page.soup
        md = collect(soup)
        language = find_language(soup, md)
        return ArticleRecord(
            url=page.url,
            site=page.site,
            title=title,
            published=find_published(soup, md, page.url, language),
            body=body,
            authors=(),
            language=language,
            extractor=self.name,
            extractor_version=self.version,
        )


class Newspaper4kExtractor:
    """newspaper4k's ``Article`` parsed from the page's own HTML: no download, no images, no NLP."""

    name = "newspaper4k"

    def __init__(self) -> None:
        import warnings

        try:
            with warnings.catch_warnings():  # "nltk is not installed": the NLP features are not used
                warnings.simplefilter("ignore", UserWarning)
                import newspaper
        except ImportError as exc:
            raise ExtractorUnavailable(
                "newspaper4k is not installed; pip install 'news-harness[newspaper]'"
            ) from exc
        self._lib: Any = newspaper
        self.version = str(getattr(newspaper, "__version__", _dist_version("newspaper4k")))
        config = newspaper.Config()
        config.fetch_images = False
        config.follow_meta_refresh = False
        self._config = config

    def extract(self, page: Page) -> ArticleRecord:
        article = self._lib.Article(page.url, config=self._config)
        article.download(input_html=page.text, ignore_read_more=True)  # input_html: nothing is fetched
        article.parse()
        title = squash(article.title) or None
        when = article.publish_date
        published = parse_date(when.isoformat()) if when is not None else None
        text = article.text
        return ArticleRecord(
            url=page.url,
            site=page.site,
            title=title,
            published=published.iso() if published else None,
            body=_paragraphs(text.split("\n"), title) if text else None,
            authors=tuple(a.strip() for a in article.authors if isinstance(a, str) and a.strip()),
            language=bcp47(article.meta_lang) or _html_lang(page.text),
            extractor=self.name,
            extractor_version=self.version,
        )
