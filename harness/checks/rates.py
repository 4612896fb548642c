"""Rate gates per site, GX ``mostly``-style: the share of a site's pages with a defect, against a ceiling.

A site whose share of pages with strong boilerplate (``rate.boilerplate``), a title shared with another
URL of the site (``rate.title_duplicate``) or a body under ``body.min_chars`` (``rate.body_too_short``) is
above its ceiling (``[tool.harness.checks.rates]``, per-site overrides) fails the run with an error that
names the site, the rate, the ceiling and the worst pages. The missing-date rate gate is ``date.coverage``.

Everything here is reducible, so every engine gets the same gates: each page gets a badness per gate from
:func:`page_scores` (row-local) or :func:`title_scores` (the pages whose title key another URL of the site
shares); :class:`Counts` keeps, per gate and site, how many pages count against it and the five worst, and
merges chunk by chunk. In the in-memory path the run's frame then carries, on one row per site, the site's
share and its ceiling, and one pair expectation per gate compares them in the same GX batch as every other
dataset check (the same shape as ``date.coverage``); the streaming engine compares the merged counters with
:func:`failing` and words the finding with the same :func:`message`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

from harness import ahead
from harness.checks.frame import Row
from harness.checks.patterns import combined, is_weak
from harness.checks.settings import CheckSettings, SiteSettings
from harness.checks.text import key
from harness.model import Finding

GATES: Mapping[str, str] = {
    "rate.boilerplate": "rate_boilerplate",
    "rate.title_duplicate": "rate_title_duplicate",
    "rate.body_too_short": "rate_body_too_short",
}
WHAT = {
    "rate.boilerplate": "carry boilerplate from a strong pattern family",
    "rate.title_duplicate": "share their title with another URL of the site",
    "rate.body_too_short": "have a body under the minimum length",
}
WORST = 5  # pages named in a gate's finding


def warm(patterns: tuple[str, ...]) -> None:
    """Compile the strong patterns of ``patterns`` now (see :func:`harness.checks.dataset.warm`)."""
    _strong(patterns)


@cache
def _strong(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in combined([p for p in patterns if not is_weak(p)]))


def _boilerplate(row: Row, scope: SiteSettings, matched: int | None) -> float | None:
    if not row.body or not scope.patterns or matched == 0:  # no pattern of the list matches: no strong one
        return None
    return strong_hits(row.body, scope.patterns)


def strong_hits(body: str, patterns: tuple[str, ...]) -> float | None:
    """How many times the strong patterns of ``patterns`` match ``body`` (None: never), worked out ahead
    where the runner could (:mod:`harness.ahead`)."""
    return ahead.cached("rates.strong_hits", (body, patterns), partial(_strong_hits, body, patterns))


def _strong_hits(body: str, patterns: tuple[str, ...]) -> float | None:
    low = body.lower()
    hits = sum(1 for regex in _strong(patterns) for _ in regex.finditer(low))
    return float(hits) if hits else None


def page_scores(row: Row, scope: SiteSettings, matched: int | None = None) -> dict[str, float]:
    """The row-local gates ``row`` counts against, with its badness (higher is worse). ``matched``: the
    row's ``boilerplate_match`` when the caller has it (0 spares the scan for strong patterns)."""
    out: dict[str, float] = {}
    if scope.on("rate.boilerplate") and (score := _boilerplate(row, scope, matched)) is not None:
        out["rate.boilerplate"] = score
    length = len(row.body or "")
    if scope.on("rate.body_too_short") and length < scope.body_min_chars:
        out["rate.body_too_short"] = float(scope.body_min_chars - length)
    return out


def title_scores(rows: Iterable[Row], settings: CheckSettings) -> dict[str, float]:
    """Page id -> the number of URLs sharing its site title key, for the pages of a group of two or more.

    ``rows`` may be every row of the run or only those whose key another row shares: the same answer."""
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    members: list[tuple[Row, tuple[str, str]]] = []
    for r in rows:
        if r.title and (tkey := key(r.title)) and settings.for_site(r.site).on("rate.title_duplicate"):
            titles[(r.site, tkey)].add(r.url)
            members.append((r, (r.site, tkey)))
    return {r.page_id: float(len(titles[k])) for r, k in members if len(titles[k]) > 1}


@dataclass
class Counts:
    """Per gate and site: the pages that count against the gate and the worst :data:`WORST` of them."""

    bad: Counter[tuple[str, str]] = field(default_factory=Counter)
    worst: dict[tuple[str, str], list[tuple[float, str]]] = field(default_factory=dict)

    def add(self, gate: str, site: str, page_id: str, score: float) -> None:
        self.bad[(gate, site)] += 1
        top = self.worst.setdefault((gate, site), [])
        top.append((-score, page_id))
        if len(top) > 4 * WORST:
            top.sort()
            del top[WORST:]

    def names(self, gate: str, site: str) -> list[str]:
        return [pid for _, pid in sorted(self.worst.get((gate, site), []))[:WORST]]


def counts(rows: Sequence[Row], flagged: Mapping[str, Mapping[str, float]]) -> Counts:
    out = Counts()
    for r in rows:
        for gate in GATES:
            if r.page_id in flagged[gate]:
                out.add(gate, r.site, r.page_id, flagged[gate][r.page_id])
    return out


def flags(
    rows: Sequence[Row], settings: CheckSettings, matched: Sequence[int | None] | None = None
) -> dict[str, dict[str, float]]:
    """Gate -> page id -> badness (higher is worse) for the pages that count against the gate.
    ``matched``: each row's ``boilerplate_match`` when the caller has it (a 0 spares that body's scan)."""
    out: dict[str, dict[str, float]] = {gate: {} for gate in GATES}
    for r, m in zip(rows, matched or [None] * len(rows), strict=True):
        for gate, score in page_scores(r, settings.for_site(r.site), m).items():
            out[gate][r.page_id] = score
    out["rate.title_duplicate"] = title_scores(rows, settings)
    return out


def judged(scope: SiteSettings, gate: str, pages: int) -> bool:
    """Whether ``gate`` judges a site of ``pages`` pages (on, and enough pages)."""
    return scope.on(gate) and pages >= scope.rate_min_pages


def cells(scope: SiteSettings, gate: str, pages: int, bad: int) -> tuple[float | None, float | None]:
    """``(<gate>, <gate>_max)`` on a site's first row: the site's share and its ceiling (None: not judged)."""
    return (bad / pages, getattr(scope, GATES[gate])) if judged(scope, gate, pages) else (None, None)


def columns(
    rows: Sequence[Row], settings: CheckSettings, flagged: Mapping[str, Mapping[str, float]]
) -> dict[str, list[Any]]:
    """``<gate>`` (the site's share, on the site's first row) and ``<gate>_max`` (its ceiling) per gate."""
    pages: Counter[str] = Counter(r.site for r in rows)
    cols: dict[str, list[Any]] = {}
    for gate, name in GATES.items():
        bad: Counter[str] = Counter(r.site for r in rows if r.page_id in flagged[gate])
        share, ceiling = [], []
        first: set[str] = set()
        for r in rows:
            on = r.site not in first
            first.add(r.site)
            value = cells(settings.for_site(r.site), gate, pages[r.site], bad[r.site]) if on else (None, None)
            share.append(value[0])
            ceiling.append(value[1])
        cols[name], cols[name + "_max"] = share, ceiling
    return cols


def message(gate: str, bad: int, pages: int, worst: Sequence[str], ceiling: float) -> str:
    """``12 of 40 pages (30%) ... at most 20% allowed; worst: a, b, c``."""
    names = ", ".join(worst[:WORST]) + (f" and {bad - WORST} more" if bad > WORST else "")
    return (
        f"{bad} of {pages} pages ({bad / pages:.0%}) {WHAT[gate]}, "
        f"at most {ceiling:.0%} allowed; worst: {names}"
    )


def finding(settings: CheckSettings, gate: str, site: str, tally: Counts, pages: int) -> Finding:
    """The gate's site-level finding for ``site``."""
    scope = settings.for_site(site)
    what = message(gate, tally.bad[(gate, site)], pages, tally.names(gate, site), getattr(scope, GATES[gate]))
    return Finding(gate, scope.severity[gate], "$", f"site {site}: {what}", None, site)


def failing(settings: CheckSettings, tally: Counts, pages: Mapping[str, int]) -> list[Finding]:
    """Every gate's findings (gate by gate, sites sorted), decided from counters: share above ceiling."""
    out = []
    for gate, name in GATES.items():
        for site in sorted(pages):
            scope = settings.for_site(site)
            share = tally.bad[(gate, site)] / pages[site]
            if judged(scope, gate, pages[site]) and share > getattr(scope, name):
                out.append(finding(settings, gate, site, tally, pages[site]))
    return out
