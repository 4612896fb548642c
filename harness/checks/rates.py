"""Rate gates per site, GX ``mostly``-style: the share of a site's pages with a defect, against a ceiling.

A site whose share of pages with strong boilerplate (``rate.boilerplate``), a title shared with another
URL of the site (``rate.title_duplicate``) or a body under ``body.min_chars`` (``rate.body_too_short``) is
above its ceiling (``[tool.harness.checks.rates]``, per-site overrides) fails the run with an error that
names the site, the rate, the ceiling and the worst pages. The missing-date rate gate is ``date.coverage``.

The per-page flags are computed here in Python, once per run; the run's frame then carries, on one row
per site, the site's share and its ceiling, and one pair expectation per gate compares them in the same
GX batch as every other dataset check (the same shape as ``date.coverage``: one expectation for all
sites, each with its own ceiling, instead of one ``mostly`` expectation per site).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from harness.checks.frame import Row
from harness.checks.patterns import combined, is_weak
from harness.checks.settings import CheckSettings, SiteSettings
from harness.checks.text import key

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


@cache
def _strong(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in combined([p for p in patterns if not is_weak(p)]))


def _boilerplate(row: Row, scope: SiteSettings) -> float | None:
    if not row.body or not scope.patterns:
        return None
    low = row.body.lower()
    hits = sum(1 for regex in _strong(scope.patterns) for _ in regex.finditer(low))
    return float(hits) if hits else None


def flags(rows: Sequence[Row], settings: CheckSettings) -> dict[str, dict[str, float]]:
    """Gate -> page id -> badness (higher is worse) for the pages that count against the gate."""
    out: dict[str, dict[str, float]] = {gate: {} for gate in GATES}
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        if r.title and key(r.title):
            titles[(r.site, key(r.title))].add(r.url)
    for r in rows:
        scope = settings.for_site(r.site)
        if scope.on("rate.boilerplate") and (score := _boilerplate(r, scope)) is not None:
            out["rate.boilerplate"][r.page_id] = score
        group = len(titles.get((r.site, key(r.title or "")), ())) if r.title else 0
        if scope.on("rate.title_duplicate") and group > 1:
            out["rate.title_duplicate"][r.page_id] = float(group)
        length = len(r.body or "")
        if scope.on("rate.body_too_short") and length < scope.body_min_chars:
            out["rate.body_too_short"][r.page_id] = float(scope.body_min_chars - length)
    return out


def columns(
    rows: Sequence[Row], settings: CheckSettings, flagged: Mapping[str, Mapping[str, float]]
) -> dict[str, list[Any]]:
    """``<gate>`` (the site's share, on the site's first row) and ``<gate>_max`` (its ceiling) per gate."""
    pages: Counter[str] = Counter(r.site for r in rows)
    cols: dict[str, list[Any]] = {}
    for gate, name in GATES.items():
        bad: Counter[str] = Counter(rows_site for rows_site in _sites_of(rows, flagged[gate]))
        share, ceiling = [], []
        first: set[str] = set()
        for r in rows:
            scope = settings.for_site(r.site)
            on = r.site not in first and scope.on(gate) and pages[r.site] >= scope.rate_min_pages
            first.add(r.site)
            share.append(bad[r.site] / pages[r.site] if on else None)
            ceiling.append(getattr(scope, name) if on else None)
        cols[name], cols[name + "_max"] = share, ceiling
    return cols


def _sites_of(rows: Sequence[Row], flagged: Mapping[str, float]) -> list[str]:
    return [r.site for r in rows if r.page_id in flagged]


def message(
    gate: str, site: str, rows: Sequence[Row], flagged: Mapping[str, float], ceiling: float
) -> str:
    """``12 of 40 pages (30%) ... at most 20% allowed; worst: a, b, c``."""
    mine = [r.page_id for r in rows if r.site == site]
    bad = sorted((pid for pid in mine if pid in flagged), key=lambda pid: (-flagged[pid], pid))
    worst = ", ".join(bad[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
    return (
        f"{len(bad)} of {len(mine)} pages ({len(bad) / len(mine):.0%}) {WHAT[gate]}, "
        f"at most {ceiling:.0%} allowed; worst: {worst}"
    )
