"""A recorded page as extractors and checks see it: the response, decoded once, parsed once.

``Page`` is handed to every extractor. Its decoded text and its parse trees are computed on first
use and cached, so the harness's own consumers (extractor, drift fingerprint) share one parse.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_:.\-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Labels that browsers decode with a superset (WHATWG Encoding Standard), keyed by Python codec name.
_SUPERSETS = {
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}
_PRESCAN = 32_768


@dataclass(frozen=True, slots=True)
class RecordedResponse:
    """The response a cassette holds for a page (after following its recorded redirects)."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    requested_url: str | None = None
    captured_at: str | None = None
    request_meta: Mapping[str, Any] = field(default_factory=dict)
    """What the crawler attached to the request (Scrapy's ``meta``), when the import kept it."""

    def header(self, name: str) -> str | None:
        low = name.lower()
        for key, value in self.headers.items():
            if key.lower() == low:
                return value
        return None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _utf8(body: bytes) -> str | None:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def sniff_charset(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Return ``(encoding, how)`` where ``how`` is ``bom``, ``header``, ``meta``, ``detected`` or ``default``.

    Order: byte-order mark, HTTP ``Content-Type``, ``<meta charset>`` in the first 32 KB, detection.
    A declared UTF-8 that does not decode is treated as undeclared (a common lie), and so is a ``<meta>``
    declaration of any other charset on bytes that are valid, non-ASCII UTF-8 (the other common lie: a
    template's ``gb2312`` or ``iso-8859-1`` left on pages saved as UTF-8; legacy single- and multi-byte text
    past ASCII is valid UTF-8 by chance only in a few characters). Legacy labels
    map to the superset browsers use (latin-1 -> cp1252, shift_jis -> cp932, gb2312 -> gb18030...).
    """
    return _sniff(body, content_type)[:2]


def _sniff(body: bytes, content_type: str | None) -> tuple[str, str, str | None]:
    """:func:`sniff_charset`, plus the body's text when it is UTF-8 (found while sniffing)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, "bom", None
    declared: list[tuple[str | None, str]] = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        declared.append((_known(m.group(1)) if m else None, "header"))
    m2 = _META_CHARSET.search(body[:_PRESCAN])
    declared.append((_known(m2.group(1).decode("ascii", "ignore")) if m2 else None, "meta"))
    text = _utf8(body)
    utf8 = text is not None
    for enc, how in declared:
        if enc is None or enc.startswith("utf-16"):  # a UTF-16 label on bytes without a BOM is a lie
            continue
        if enc == "utf-8" and not utf8:
            continue
        if how == "meta" and enc != "utf-8" and utf8 and not body.isascii():  # legacy text is rarely UTF-8
            return "utf-8", "detected", text
        return _SUPERSETS.get(enc, enc), how, text if enc == "utf-8" else None
    if utf8:
        return "utf-8", "detected", text
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        enc = _known(best.encoding) or "cp1252"
        return _SUPERSETS.get(enc, enc), "detected", None
    return "cp1252", "default", None


@dataclass(eq=False)
class Page:
    """What an extractor receives. Decoding and parsing happen once, on first use."""

    response: RecordedResponse
    site: str
    page_id: str
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)
    site_titles: tuple[str, ...] = ()
    """The ``<title>``s of the site's pages next to this one (:mod:`harness.capture.sitetitles`), or none."""

    #: What a page keeps when it crosses a process boundary (worker -> runner): the response and its
    #: sniffed charset, never a parse tree nor anything an extractor attached to it. Not the decoded text:
    #: the receiver decodes the body again on first use (the same text), which costs about what unpickling
    #: it would, and the page crosses the pipe once instead of twice (a 360 KB page is 720 KB otherwise).
    _SENT = ("response", "site", "page_id", "charset")

    def __getstate__(self) -> dict[str, Any]:
        return {key: value for key, value in self.__dict__.items() if key in self._SENT} | {"_cache": {}}

    @property
    def url(self) -> str:
        return self.response.url

    @property
    def body(self) -> bytes:
        return self.response.body

    @cached_property
    def charset(self) -> tuple[str, str]:
        enc, how, text = _sniff(self.response.body, self.response.header("content-type"))
        if text is not None and enc == "utf-8":  # decoded while sniffing: not decoded twice
            self.__dict__.setdefault("text", text)
        return enc, how

    @property
    def encoding(self) -> str:
        return self.charset[0]

    @cached_property
    def text(self) -> str:
        return self.response.body.decode(self.encoding, errors="replace")

    def release(self) -> None:
        """Free the parse tree now that the extractor is done with the page. A BeautifulSoup tree is a web
        of reference cycles (parents, siblings, next and previous elements) that only the cyclic collector
        would free, some pages later; taken apart here, it is freed at once, and the next page's tree reuses
        its memory (197 corpus pages: a bare loop's peak 87-90 -> 74-77 MB, no slower)."""
        soup = self.__dict__.pop("soup", None)
        if soup is None:
            return
        for child in list(soup.contents):  # the root's own decompose() stops at the root
            if hasattr(child, "decompose"):
                child.decompose()
            else:
                child.extract()

    @cached_property
    def soup(self) -> BeautifulSoup:
        """BeautifulSoup over lxml, built once per page and shared. Treat it as read-only."""
        import warnings

        from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

        with warnings.catch_warnings():  # scraped pages are often XHTML, or nothing but a URL
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            return BeautifulSoup(self.text, "lxml")
