"""The run as one pandas DataFrame: one row per page with a record, plus the columns the expectations read.

Per-site settings become per-row columns (``body_min``, ``date_coverage_min``...), so one expectation
covers every site with its own threshold, and a check disabled for a site leaves that site's cells empty
(GX skips missing values). Every engine derives the columns with these functions: the in-memory path over
the run, the Spark engine per partition (:data:`ROW_COLUMNS`) plus one row per site from its reduced
counters (:func:`coverage_cells`, :func:`harness.checks.rates.cells`).

``boilerplate_match`` is 1 when one of the site's merged patterns matches the lowercased body: the regexes
run here, in Python's ``re``, not in the expectation, because on Spark a regex expectation would run Java's
regex engine (other line-start, word-class and case rules), and the two engines must agree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from harness import ahead
from harness.checks import keywords
from harness.checks.needles import always_holds
from harness.checks.needles import automaton as _automaton
from harness.checks.patterns import by_phrase, combined, is_phrase, phrase_needles, phrases_of
from harness.checks.settings import CheckSettings, SiteSettings
from harness.checks.text import key, squash_body

SEP = "\x1f"
PATTERN_CHECKS = ("boilerplate.pattern", "boilerplate.pattern_weak")
#: the columns computed row by row (every other column carries one value per site, on its first row)
ROW_COLUMNS = (
    "page_id",
    "site",
    "url",
    "title_site_key",
    "title_key",
    "body_len",
    "body_min",
    "body_max",
    "boilerplate_match",
    "body_site_key",
)


@dataclass(frozen=True, slots=True)
class Row:
    page_id: str
    site: str
    url: str
    title: str | None
    published: str | None
    body: str | None


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def rows_from(pages: Sequence[Any]) -> list[Row]:
    """Rows for the pages that have a record (``PageResult`` objects)."""
    out = []
    for page in pages:
        record: Mapping[str, Any] | None = page.record
        if record is None:
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else page.url
        out.append(
            Row(
                page.id,
                page.site,
                url or page.id,
                _text(record.get("title")),
                _text(record.get("published")),
                _text(record.get("body")),
            )
        )
    return out


def dated(value: str | None) -> bool:
    if value is None:
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def coverage_cells(scope: SiteSettings, pages: int, with_date: int) -> tuple[float | None, float | None]:
    """``(date_coverage, date_coverage_min)`` on a site's first row: its share of dated pages, the floor."""
    on = scope.on("date.coverage") and pages >= scope.date_coverage_min_pages
    return (with_date / pages, scope.date_coverage) if on else (None, None)


def _coverage(rows: Sequence[Row], settings: CheckSettings) -> tuple[list[float | None], list[float | None]]:
    pages: Counter[str] = Counter(r.site for r in rows)
    with_date: Counter[str] = Counter(r.site for r in rows if dated(r.published))
    share, need = [], []
    first: set[str] = set()
    for r in rows:
        # one row per site carries the site's share, so a failing site comes back as one row, not all
        cells = (
            (None, None)
            if r.site in first
            else coverage_cells(settings.for_site(r.site), pages[r.site], with_date[r.site])
        )
        first.add(r.site)
        share.append(cells[0])
        need.append(cells[1])
    return share, need


@cache
def _merged(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The merged regexes of ``patterns``, each line pattern gated by its first characters (the same
    yes-or-no, about half the cost: :func:`harness.checks.firstchars.gated`)."""
    return tuple(re.compile(p) for p in combined(patterns, gate=True))


@cache
def _without_phrases(patterns: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]] | None:
    """The needles of the list's phrase patterns and the merged regexes of its other patterns; None when a
    phrase pattern has no needles (then every body gets the full scan)."""
    needles: list[str] = []
    for p in patterns:
        found = phrase_needles(p) if is_phrase(p) else ()
        if found is None:
            return None
        needles.extend(found)
    if not needles:
        return None
    return tuple(dict.fromkeys(needles)), _merged(tuple(p for p in patterns if not is_phrase(p)))


def boilerplate_match(body: str | None, scope: SiteSettings) -> int | None:
    """1 if a pattern of the site's list matches the lowercased body, 0 if none, None when not checked.

    A phrase pattern matches only a line holding one of its keywords: a body with none of them anywhere
    (plain substring tests, fast) is scanned with the other patterns alone, and one with some is scanned
    for the phrases only at the starts of the lines holding one. The merged alternation's yes-or-no is the
    "or" of its alternatives', so leaving out ones that cannot match changes nothing; the phrase part is
    most of the scan's cost (it walks each line for its keywords)."""
    if not body or not scope.patterns or not scope.any_on(PATTERN_CHECKS):
        return None
    low = body.lower()
    plan = _without_phrases(scope.patterns)
    if plan is None:
        return int(any(_found(regex, low) for regex in _merged(scope.patterns)))
    if any(_found(regex, low) for regex in plan[1]):
        return 1
    present = _present(plan[0], low, body)
    if not present:
        return 0
    if any("\n" in needle for needle in present):  # a line break in a keyword: scan every line start
        return int(any(_found(regex, low) for regex in _merged(scope.patterns)))
    split = _by_phrase(scope.patterns)
    if split is None:
        phrases = _merged(tuple(p for p in scope.patterns if is_phrase(p)))
    else:  # a phrase pattern none of whose keywords the body holds cannot match in it
        phrases = tuple(_compiled(regex) for words, regex in split if not words.isdisjoint(present))
    return int(any(regex.match(low, at) for at in _holding(low, present) for regex in phrases))


@cache
def _by_phrase(patterns: tuple[str, ...]) -> tuple[tuple[frozenset[str], str], ...] | None:
    """Each phrase pattern of the list as a line regex of its own (:func:`patterns.by_phrase`: the merged
    phrase regex's matches are theirs together), with its needles, one of which each of its phrases' every
    match holds (read from the phrase's parse tree, :func:`needles.always_holds`): a body none of whose
    needles it holds has no line where its regex matches. None when that is not shown for every phrase.
    Each regex is compiled when a body first needs it (:func:`_compiled`): a crawl's bodies hold the
    keywords of a few of them."""
    out = []
    for pattern, regex in by_phrase(patterns):
        words = phrase_needles(pattern)
        if words is None or not all(always_holds(phrase, words) for phrase in phrases_of(pattern)):
            return None
        out.append((frozenset(words), regex))
    return tuple(out)


@cache
def _compiled(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def _present(needles: tuple[str, ...], low: str, body: str) -> list[str]:
    """The needles that occur in ``low`` (``body.lower()``), in the order given: ``[n for n in needles if n
    in low]``; with the automaton and no needle holding a line break, from the pass that also looks for
    the consent markers (:func:`keywords.scan`, which ``boilerplate.notice`` may have made already)."""
    way = _way(needles)
    found: Collection[str]
    if way is _SHARED:
        found = keywords.scan(body, needles)[0]
    elif way is _OWN:
        found = {needle for _end, needle in _automaton(needles).iter(low)}
    else:
        return [needle for needle in needles if needle in low]
    return [needle for needle in needles if needle in found] if found else []


_SHARED, _OWN, _PLAIN = "shared", "own", "plain"


@cache
def _way(needles: tuple[str, ...]) -> str:
    """How :func:`_present` finds ``needles``: the shared pass, an automaton of their own (a needle holds a
    line break), or a substring search each (no automaton)."""
    if not keywords.available(needles):
        return _PLAIN
    return _OWN if any("\n" in needle for needle in needles) else _SHARED


def warm(scope: SiteSettings) -> None:
    """Compile now what :func:`boilerplate_match` compiles for ``scope``'s list when a body first needs it
    (a runner does it before it forks its workers, which then share it instead of each compiling it)."""
    if not scope.patterns or not scope.any_on(PATTERN_CHECKS):
        return
    plan = _without_phrases(scope.patterns)
    _merged(scope.patterns)
    if plan is not None:
        _by_phrase(scope.patterns)
        keywords.available(_shared_keywords(scope.patterns))


def phrase_keywords(scope: SiteSettings) -> tuple[str, ...]:
    """The phrase keywords :func:`boilerplate_match` looks for in the site's bodies through
    :func:`keywords.scan` (none when it does not)."""
    if not scope.patterns or not scope.any_on(PATTERN_CHECKS):
        return ()
    return _shared_keywords(scope.patterns)


@cache
def _shared_keywords(patterns: tuple[str, ...]) -> tuple[str, ...]:
    plan = _without_phrases(patterns)
    return plan[0] if plan is not None and _way(plan[0]) is _SHARED else ()


def _holding(low: str, needles: list[str]) -> list[int]:
    """The start of each line holding one of ``needles`` (a keyword's match starts with its needle, and a
    phrase pattern's keyword lies in the line it is tried at; no needle holds a line break)."""
    starts = set()
    for needle in needles:
        at = low.find(needle)
        while at >= 0:
            starts.add(low.rfind("\n", 0, at) + 1)
            at = low.find(needle, at + 1)
    return sorted(starts)


@cache
def _after_break(pattern: str) -> re.Pattern[str] | None:
    """For a line-anchored regex ``(?m)^X``: ``(?m)\\nX`` (a line break, then ``X``), which the regex
    engine finds by scanning for the line break instead of trying ``^`` at every character; else None."""
    return re.compile("(?m)\\n" + pattern[len("(?m)^") :]) if pattern.startswith("(?m)^") else None


def _found(regex: re.Pattern[str], low: str) -> bool:
    """``regex.search(low)``'s yes-or-no: a line-anchored regex matches at the start, or right after a
    line break (where ``^`` matches under ``re.MULTILINE``, and nowhere else)."""
    later = _after_break(regex.pattern)
    if later is None:
        return regex.search(low) is not None
    return regex.match(low) is not None or later.search(low) is not None


def scanned(body: str | None, scope: SiteSettings) -> int | None:
    """:func:`boilerplate_match`, worked out ahead where the runner could (:mod:`harness.ahead`)."""
    if not body:
        return boilerplate_match(body, scope)
    key = (body, scope.patterns, scope.any_on(PATTERN_CHECKS))
    return ahead.cached("frame.scanned", key, partial(boilerplate_match, body, scope))


def digest(body: str) -> str:
    """The body's duplicate key: SHA-1 of its squashed text (worked out ahead where the runner could)."""
    return ahead.cached("frame.digest", body, partial(_digest, body))


def _digest(body: str) -> str:
    return hashlib.sha1(squash_body(body).encode(), usedforsecurity=False).hexdigest()


def columns(
    rows: Sequence[Row], settings: CheckSettings, only: Collection[str] | None = None
) -> dict[str, list[Any]]:
    """Column name -> values, in row order. ``only``: the columns the caller reads; the regex scan behind
    ``boilerplate_match`` (milliseconds a body) runs only when that column is among them."""
    scan = only is None or "boilerplate_match" in only
    cols: dict[str, list[Any]] = {name: [] for name in ROW_COLUMNS}
    for r in rows:
        scope = settings.for_site(r.site)
        tkey = key(r.title) if r.title else ""
        cols["page_id"].append(r.page_id)
        cols["site"].append(r.site)
        cols["url"].append(r.url)
        # rate.title_duplicate counts the same groups (in every engine), so either check keeps the key
        site_key = tkey and scope.any_on(("title.duplicate", "rate.title_duplicate"))
        cols["title_site_key"].append(r.site + SEP + tkey if site_key else None)
        across = tkey and scope.any_on(("title.duplicate_across_sites", "title.template"))
        cols["title_key"].append(tkey if across else None)
        cols["body_len"].append(len(r.body) if r.body else None)
        cols["body_min"].append(scope.body_min_chars if r.body and scope.on("body.too_short") else None)
        cols["body_max"].append(scope.body_max_chars if r.body and scope.on("body.too_long") else None)
        cols["boilerplate_match"].append(scanned(r.body, scope) if scan else None)
        body = r.body if scope.on("body.duplicated") else None  # squashing costs: only where it is used
        found = digest(body) if body else ""
        cols["body_site_key"].append(r.site + SEP + found if found else None)
    cols["date_coverage"], cols["date_coverage_min"] = _coverage(rows, settings)
    return cols
