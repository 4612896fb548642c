"""Publication date for the generic extractor: every source the page offers, weighed for agreement.

Sources, collected once per page:

* **claims**: what the page's metadata says was published: JSON-LD ``datePublished`` (``@graph`` and nested
  objects included), OpenGraph/article/Dublin Core meta, ``itemprop="datePublished"``;
* **updates**: what the metadata says was modified (``dateModified``, ``article:modified_time``...); a
  "modified" day before every published day is a draft's save, not an update;
* **shown**: the date the reader sees with the story (:mod:`._shown`): a ``<time>`` or date text after the
  ``<h1>`` (the story's own ``<h1>`` when the first shows none) or inside the article, not in the comments
  or a link's words; the line just above the headline (a dateline); a date in the URL path;
* **banner**: a ``<time>`` before the headline and outside the article (often the site's "today").

The date shown with the headline wins when the metadata confirms it (same local day, or a UTC/naive time
that is that day somewhere between UTC-12 and UTC+14; an update confirms a shown time only at the same
minute): it is the day readers and annotators see, and the metadata's time and offset come with it.
Otherwise a published claim wins, one with the page's own offset over a UTC one, the day most claims agree
on first, unless htmldate's fast search names the shown day. On pages with no published claim and no dated
URL, the text decides: the dateline above the headline, else ``htmldate``'s extensive search (when
installed), else a shown date, the banner; a modified date last.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from harness.dates import ParsedDate, date_from_url, parse_date
from harness.extractors._metadata import Metadata, ld_text
from harness.extractors._shown import above_headline, after_headline, headlines, times

__all__ = ["Evidence", "find_published", "gather"]

_log = logging.getLogger(__name__)

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "article:published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "published-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
    "dcterms.created", "date", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate", "ptime",
    "citation_publication_date", "citation_date",
)
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
    "lastmod", "modified",
)
_LD_PUBLISHED = ("datePublished", "dateCreated", "uploadDate")


@dataclass
class Evidence:
    """Every date the page offers, by kind, in document/priority order."""

    claims: list[ParsedDate] = field(default_factory=list)
    updates: list[ParsedDate] = field(default_factory=list)
    shown: list[ParsedDate] = field(default_factory=list)
    banner: list[ParsedDate] = field(default_factory=list)
    url: ParsedDate | None = None
    above: ParsedDate | None = None  # a dateline just above the headline, read when nothing is claimed


def _parsed(values: Iterator[str | None]) -> list[ParsedDate]:
    return [p for p in (parse_date(v) for v in values if v) if p is not None]


def _ld_dates(md: Metadata, keys: tuple[str, ...]) -> list[ParsedDate]:
    """Dates of the article objects; of the others (videos, images, the website) only if those have none."""
    for objs in (md.ld_articles, md.ld_other):
        found = _parsed(ld_text(obj.get(key)) for obj in objs for key in keys)
        if found:
            return found
    return []


def _meta_dates(md: Metadata, names: tuple[str, ...]) -> Iterator[str]:
    for name in names:
        yield from md.meta.get(name, ())


def _itemprop(soup: BeautifulSoup, prop: str) -> Iterator[str | None]:
    for el in soup.find_all(True, attrs={"itemprop": prop}, limit=5):
        value = el.get("datetime") or el.get("content") or el.get_text(" ")
        yield value if isinstance(value, str) else None


def _settled(ev: Evidence) -> bool:
    """The metadata leaves nothing for the page's text to decide: one day everywhere, in the page's own
    offset or as a plain date, or the URL's day among the claims."""
    if not ev.claims:
        return False
    if ev.url is not None:  # the URL's day among the claims settles it; a URL on another day does not
        return any(c.day == ev.url.day for c in ev.claims)
    dated = ev.claims + ev.updates
    return len({d.day for d in dated}) == 1 and all(len(_local_days(d)) == 1 for d in dated)


# A path written with one-digit months or days (``/2017/7/12/``), which ``date_from_url`` leaves alone.
_URL_SHORT_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)")


def url_day(url: str) -> ParsedDate | None:
    """The calendar date in ``url``'s path, written with two-digit or one-digit months and days."""
    found = date_from_url(url)
    if found is not None:
        return found
    try:
        short = _URL_SHORT_DATE.search(urlsplit(url).path)
    except ValueError:  # a malformed URL ("http://[::1") has no path to read
        return None
    if short is None or not 1995 <= int(short["y"]) <= 2100:
        return None
    try:
        day = date(int(short["y"]), int(short["m"]), int(short["d"]))
    except ValueError:
        return None
    return ParsedDate(day, has_time=False, has_tz=False)


def gather(soup: BeautifulSoup, md: Metadata, url: str, languages: tuple[str, ...],
           title: str | None = None) -> Evidence:
    """The evidence; the page's text is read only when the metadata leaves the day open."""
    ev = Evidence(url=url_day(url))
    ev.claims = _ld_dates(md, _LD_PUBLISHED) + _parsed(_meta_dates(md, _PUBLISHED_META))
    ev.updates = _ld_dates(md, ("dateModified",)) + _parsed(_meta_dates(md, _MODIFIED_META))
    if not ev.claims:
        ev.claims = _parsed(_itemprop(soup, "datePublished"))
    if ev.claims:  # a "modified" day before every publication day is a draft's save (a scheduled post)
        first = min(c.day for c in ev.claims)
        ev.updates = [u for u in ev.updates if u.day >= first]
    if _settled(ev):
        return ev
    head, titled = headlines(soup, title)
    strong, later, ev.banner = times(soup, head, languages)
    visible = after_headline(head, languages) if head is not None else None
    if visible is None and titled is not None:  # nothing after a first <h1> that is not the story's
        visible = after_headline(titled, languages)
    ev.shown = strong + ([visible] if visible is not None else []) + later
    anchor = titled or head
    if not ev.claims and ev.url is None and anchor is not None:
        ev.above = above_headline(anchor, languages)
    return ev


# --- decision ----------------------------------------------------------------------------------------


def _local_days(parsed: ParsedDate) -> set[date]:
    """Days ``parsed`` can be on the page's own calendar: its own day, or any day of a UTC/naive time."""
    value = parsed.value
    if not isinstance(value, datetime):
        return {value}
    offset = value.utcoffset() if parsed.has_tz else None
    if offset:  # the page's own offset: its day is the page's day
        return {value.date()}
    naive = value.replace(tzinfo=None)
    return {(naive + timedelta(hours=h)).date() for h in (-12, 0, 14)}


def _days_seen_from(meta: ParsedDate, shown: ParsedDate) -> set[date]:
    """Days ``meta`` is on in the calendar of ``shown``: exactly, when ``shown``'s offset is a local one
    (the page's zone is known) and ``meta`` carries an offset or none (a naive time on a page that writes
    its zone is the page's local time, not a time that may be on any day); else every day its UTC or
    naive time can be on."""
    if (isinstance(meta.value, datetime) and isinstance(shown.value, datetime) and shown.has_tz
            and shown.value.utcoffset()):
        return {meta.value.astimezone(shown.value.tzinfo).date() if meta.has_tz else meta.value.date()}
    return _local_days(meta)


def _other_instant(shown: ParsedDate, update: ParsedDate) -> bool:
    """A shown time and a modified time, both with their offset, a minute or more apart: the shown time
    is not the update (a feed's later story), so the update's day does not confirm it."""
    if not (shown.has_tz and update.has_tz and isinstance(shown.value, datetime)
            and isinstance(update.value, datetime)):
        return False
    return abs(shown.to_datetime_utc() - update.to_datetime_utc()) >= timedelta(minutes=1)


def _confirmed(shown: ParsedDate, claims: list[ParsedDate], updates: list[ParsedDate]) -> ParsedDate | None:
    """The metadata date that agrees with the date shown beside the headline, in the shown day."""
    metadata = claims + [u for u in updates if not _other_instant(shown, u)]
    for meta in metadata:
        if meta.day == shown.day:
            return meta
    for meta in metadata:
        if shown.day in _days_seen_from(meta, shown):
            return shown
    return None


def _best_claim(claims: list[ParsedDate]) -> ParsedDate:
    """The day most claims agree on; a claim in the page's own offset before a UTC one."""
    votes = Counter(c.day for c in claims)
    def rank(c: ParsedDate) -> tuple[int, int]:
        own = isinstance(c.value, datetime) and c.has_tz and bool(c.value.utcoffset())
        return votes[c.day], int(own)
    return max(claims, key=rank)  # max keeps the first of equals: JSON-LD, then meta, then itemprop


def decide(ev: Evidence) -> ParsedDate | None:
    if ev.above is not None:  # nothing claimed: the dateline above the headline, before any date after it
        return next((s for s in ev.shown if s.day == ev.above.day), ev.above)
    if ev.url is not None and ev.claims and all(c.day > ev.url.day for c in ev.claims):
        # every claim is later than the day in the URL: the page was published then and claimed again
        # (republished, moved); the URL keeps the first day
        return next((s for s in ev.shown if s.day == ev.url.day), ev.url)
    if ev.url is not None:  # a published claim on the URL's day is settled, whatever else is shown
        for claim in ev.claims:
            if claim.day == ev.url.day:
                return claim
    for shown in ev.shown[:2]:
        found = _confirmed(shown, ev.claims, ev.updates)
        if found is not None:
            return found
    if ev.claims:
        return _best_claim(ev.claims)
    if ev.shown:
        return ev.shown[0]
    return ev.url or (ev.banner[0] if ev.banner else None)


def _htmldate(html: str, url: str, *, extensive: bool) -> ParsedDate | None:
    """htmldate (trafilatura's date finder), when installed; ``None`` when it finds nothing or fails."""
    try:
        from htmldate import find_date
    except ImportError:
        return None
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=extensive)
    except Exception as exc:
        _log.debug("htmldate failed on %s: %r", url, exc)
        return None
    return parse_date(found) if isinstance(found, str) else None


def _year_only(found: ParsedDate) -> bool:
    return not found.has_time and (found.day.month, found.day.day) == (1, 1)


def _from_text(ev: Evidence, html: str, url: str) -> ParsedDate | None:
    """No published claim and no dated URL, and the page shows no date or several different ones: the
    text decides, read by htmldate's extensive search (its rules for date text in many layouts and
    languages), the shown date with its time when they agree. A lone shown date is kept as it is.

    Measured on outside pages (``bench/quality_external.py``, the half the rules were written on):
    htmldate found the day on 11 of 25 pages where nothing else did, and beat the first of several
    disagreeing shown days 3 to 1; against a lone shown day it won 7 and lost 6, at the most cost.
    """
    if ev.above is not None or len({s.day for s in ev.shown}) == 1:
        return decide(ev)
    deep = _htmldate(html, url, extensive=True)
    if deep is not None and _year_only(deep) and all(s.day != deep.day for s in ev.shown):
        deep = None  # htmldate's last resort: a year alone (a copyright line) read as its 1 January
    if deep is None:
        return decide(ev)
    agreeing = next((s for s in ev.shown if s.day == deep.day), None)
    if agreeing is None and ev.shown and any(u.day == deep.day for u in ev.updates):
        return decide(ev)  # htmldate read the modified date; the page shows another one
    return agreeing or deep


def _shown_by_text(ev: Evidence, html: str, url: str) -> ParsedDate | None:
    """The first shown date, when no published claim or update confirms a shown one and htmldate's fast
    search (the page's text, read by its own rules) names the shown day, not a claim's."""
    if not ev.claims or not ev.shown or ev.url is not None:
        return None
    if any(c.day == ev.shown[0].day for c in ev.claims) or any(
            _confirmed(s, ev.claims, ev.updates) is not None for s in ev.shown[:2]):
        return None
    fast = _htmldate(html, url, extensive=False)
    return ev.shown[0] if fast is not None and fast.day == ev.shown[0].day else None


def find_published(soup: BeautifulSoup, md: Metadata, url: str, language: str | None,
                   html: str | None = None, title: str | None = None) -> str | None:
    """The publication date as the page writes it (its own offset kept), or ``None``.

    ``html`` enables htmldate for pages whose markup claims no date; ``title`` finds the headline on pages
    without an ``<h1>``.
    """
    languages = ((language or "en").split("-")[0].lower(), "en")
    ev = gather(soup, md, url, languages, title)
    by_text = html is not None and not ev.claims and ev.url is None
    found = _from_text(ev, html, url) if html is not None and by_text else None
    if found is None and html is not None and not by_text:
        found = _shown_by_text(ev, html, url)
    found = found or decide(ev)
    if found is None and ev.updates:
        found = ev.updates[0]
    return found.iso() if found else None
