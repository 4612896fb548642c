"""Import sources: crawl archives read into captured exchanges, one small interface for all of them.

A source (WARC, WACZ, HAR, Scrapy's HTTP cache) is an iterable of :class:`Exchange` (one HTTP response
as the crawler saw it, body already decoded as a browser would) and :class:`Skip` (an input record that
cannot become a page, and why). :mod:`harness.capture.sources.writer` turns them into cassettes: it
picks the captures, follows redirect chains, scrubs secrets and writes atomically. A source never writes
anything and never raises on bad data: a broken record is a ``Skip``; only an unreadable file at the
start is a :class:`SourceError` (a usage mistake for the CLI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

Headers = tuple[tuple[str, str], ...]


class SourceError(ValueError):
    """The import source cannot be opened as the format it claims to be (one line for the CLI)."""


@dataclass(frozen=True, slots=True)
class Exchange:
    """One captured response, with the request that asked for it when the archive kept it."""

    url: str
    status: int
    headers: Headers
    body: bytes
    origin: str
    """Where in the input it came from (``crawl.warc.gz#17``), for messages and the cassette's metadata."""
    reason: str = ""
    captured_at: str | None = None
    """ISO 8601 UTC (``2025-03-04T09:15:00Z``) or ``None`` when the format does not say."""
    method: str = "GET"
    request_headers: Headers = ()
    request_meta: Mapping[str, Any] = field(default_factory=dict)
    """What the crawler attached to the request (Scrapy's ``meta``): given to spider callbacks on replay."""
    slug: str | None = None
    """The cassette's name when the source knows it better than the URL does (a saved file's stem)."""
    truth: Mapping[str, Any] | None = None
    """Ground truth saved beside the page (a folder's ``<stem>.json``), kept as ``<slug>.truth.json``."""
    load: Callable[[], bytes] | None = field(default=None, compare=False, repr=False)
    """For a large archive read in two passes: reads the whole body again from the archive. ``body`` then
    holds only its head (enough for :func:`html_problem`), and the writer loads the rest when it writes."""

    def header(self, name: str) -> str | None:
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), None)


@dataclass(frozen=True, slots=True)
class Skip:
    """An input record that is not imported, and why (``not HTML: image/png``)."""

    origin: str
    reason: str
    url: str | None = None
    failed: bool = False
    """True for damage (a truncated archive, a corrupt record), false for a record that is not a page."""


Item = Exchange | Skip


class Source(Protocol):
    """What every import format provides: its exchanges and skips, in archive order."""

    name: str

    def __iter__(self) -> Iterator[Item]: ...


def iso_utc(value: str | float | None) -> str | None:
    """A capture time in the harness's form; ``None`` when it cannot be read (never a guess)."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, int | float):
            when = datetime.fromtimestamp(float(value), UTC)
        else:
            when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
    except (ValueError, OverflowError, OSError):
        return None
    return when.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


HTML_TYPES = ("text/html", "application/xhtml+xml")
HEAD = 2048  #: bytes of a body :func:`html_problem` looks at


def body_head(stream: Any) -> bytes:
    """The first :data:`HEAD` bytes of a body stream, enough for :func:`html_problem` to answer as it
    would on the whole body: when they are all blank, the first non-blank byte after them is added."""
    head: bytes = stream.read(HEAD)
    if len(head) < HEAD or head.strip():
        return head
    while chunk := stream.read(1 << 16):
        text: bytes = chunk.lstrip()
        if text:
            return head + text[:1]
    return head


def html_problem(headers: Headers, body: bytes) -> str | None:
    """Why a response is not an HTML page (``not HTML: image/png``), or ``None`` when it is one."""
    ctype = next((v for k, v in headers if k.lower() == "content-type"), "")
    mime = ctype.split(";", 1)[0].strip().lower()
    if mime and mime not in HTML_TYPES:
        return f"not HTML: {mime}"
    if not body.strip():
        return "empty body"
    if not mime and b"<" not in body[:2048]:
        return "not HTML: no Content-Type and no markup"
    return None


__all__ = [
    "Exchange",
    "Headers",
    "Item",
    "Skip",
    "Source",
    "SourceError",
    "body_head",
    "html_problem",
    "iso_utc",
    "open_source",
]


def open_source(path: Path) -> Source:
    """The source for ``path``, chosen by file type. Raises :class:`SourceError`.

    ``.warc``/``.warc.gz``/``.arc.gz`` -> WARC, ``.wacz`` -> WACZ, ``.har`` -> HAR, a folder holding
    Scrapy cache entries (``meta`` + ``response_body``) -> Scrapy's cache, any other folder -> saved pages.
    """
    name = path.name.lower()
    if path.is_dir():
        from harness.capture.sources.folder import FolderSource
        from harness.capture.sources.scrapy_cache import ScrapyCacheSource, is_cache

        return ScrapyCacheSource(path) if is_cache(path) else FolderSource(path)
    if not path.is_file():
        raise SourceError(f"import source {path} does not exist")
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        from harness.capture.sources.warc import WarcSource

        return WarcSource(path)
    if name.endswith(".wacz"):
        from harness.capture.sources.wacz import WaczSource

        return WaczSource(path)
    if name.endswith(".har"):
        from harness.capture.sources.har import HarSource

        return HarSource(path)
    raise SourceError(
        f"import source {path}: unknown type; expected a folder (saved .html pages or a Scrapy "
        "httpcache), .warc, .warc.gz, .wacz or .har"
    )
