"""The engine's state between the two passes: what the dataset-level checks keep of a whole run.

Per page it keeps three 64-bit key hashes in numpy arrays (24 bytes a page), the hash of its title key when
the title is long enough for ``boilerplate.other_title`` (8 more), one hash of its id and, for a 1 January
date without a time, its line and site (12 more, ``date.year_only``); per site the dated/undated counts, the
dates without a time by the year of their 1 January (:class:`harness.checks.yearonly.Pile`), the
recurrence-unit counts of its distinct bodies, and the rate gates' counters (pages counted against each
gate and the five worst, :class:`harness.checks.rates.Counts`). Nothing here
holds a body, so memory grows with pages (a few dozen bytes each), sites and distinct lines.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from harness.checks import frame, rates, recurring, teaser, yearonly
from harness.checks.dataset import coverage_what
from harness.checks.settings import CheckSettings
from harness.model import Finding
from harness.scale.compact import HashSet, OnceStore, PairCounter
from harness.scale.work import KEY_COLUMNS, Sketch, h64


@dataclass
class _Site:
    index: int  # the site's number in the run (its key in the compact counters)
    first: int = 0  # the line of the site's first page (its row carries the site's columns on Spark)
    pages: int = 0
    dated: int = 0
    undated: list[str] = field(default_factory=list)
    bodies: int = 0  # distinct bodies (those the recurring check learns from)


def _pair(site: int, value: int) -> int:
    """One 64-bit key for (site number, 64-bit hash), for the per-site distinct-body sets."""
    return (value ^ ((site + 1) * 0x9E3779B97F4A7C15)) & 0xFFFFFFFFFFFFFFFF or 1


class Totals:
    """Pass 1, reduced: fed chunk by chunk, in input order."""

    def __init__(self, settings: CheckSettings) -> None:
        self.settings = settings
        self.lines = 0
        self.records = 0
        self.sites: dict[str, _Site] = {}
        self.renamed: set[int] = set()
        self._seen = HashSet()  # page ids given so far (hashed)
        self._keys: dict[str, list[Any]] = {col: [] for col in KEY_COLUMNS.values()}
        self.rates = rates.Counts()
        self._bodies = HashSet()  # (site, body) pairs the recurring check has counted
        self._units = PairCounter()  # (site, recurrence unit) -> distinct bodies holding it
        self._teaser = teaser.Learner(teaser.cap(settings), OnceStore())
        self._teaser_bodies = HashSet()  # (site, body) pairs the teaser learner has counted
        self._titles: list[Any] = []  # per chunk: the rows' title-key hashes (boilerplate.other_title)
        self._piles: dict[str, yearonly.Pile] = {}  # date.year_only, per site and for the run
        # the lines of the 1 January (or first of the month) dates without a time, their stamps and their
        # sites' numbers (20 bytes a page)
        self._new_year, self._new_year_sites, self._new_year_stamps = array("q"), array("i"), array("q")

    def _name(self, number: int, base: str, has_url: bool) -> str:
        if not has_url:
            return base
        if self._seen.add(h64(base)):
            return base
        self.renamed.add(number)
        final = f"{base}-line-{number}"
        self._seen.add(h64(final))
        return final

    def add(self, sketch: Sketch, lines: int) -> None:
        import numpy as np

        self.lines += lines
        self.records += len(sketch.ids)
        scores = sketch.scores or [{}] * len(sketch.ids)
        rows = zip(sketch.ids, sketch.dated, scores, sketch.stamps, strict=True)
        for (number, base, site, has_url), dated, score, stamp in rows:
            page_id = self._name(number, base, has_url)
            for gate, badness in score.items():
                self.rates.add(gate, site, page_id, badness)
            state = self.sites.get(site) or self.sites.setdefault(site, _Site(len(self.sites), number))
            state.pages += 1
            if dated:
                state.dated += 1
            elif len(state.undated) < 5:
                state.undated.append(page_id)
            yearonly.count(self._piles, site, stamp)
            if yearonly.check_of(stamp) is not None:
                self._new_year.append(number)
                self._new_year_sites.append(state.index)
                self._new_year_stamps.append(stamp)
        for col, values in sketch.keys.items():
            self._keys[col].append(np.asarray(values, dtype=np.uint64))
        titles = np.asarray(sketch.titles, dtype=np.uint64)
        self._titles.append(titles[titles != 0])
        # each (site, body) pair is looked for in the folded sets once a chunk (HashSet.add_many)
        states = [self.sites[sketch.ids[row][2]] for row, _, _ in sketch.bodies]
        pairs = [_pair(state.index, item[1]) for state, item in zip(states, sketch.bodies, strict=True)]
        fresh = self._bodies.add_many(pairs)
        for state, (_, _, units), new in zip(states, sketch.bodies, fresh, strict=True):
            if new:
                state.bodies += 1
                self._units.update(state.index, units)
        sites = [sketch.ids[row][2] for row, _, _ in sketch.teaser]
        pairs = [_pair(self.sites[site].index, it[1]) for site, it in zip(sites, sketch.teaser, strict=True)]
        fresh = self._teaser_bodies.add_many(pairs)
        for site, (_, _, found), new in zip(sites, sketch.teaser, fresh, strict=True):
            if new:
                self._teaser.add(site, found)

    def teaser(self) -> dict[int, tuple[int, int]]:
        """Teaser units (hashed) on pages of several sites of the run (see :mod:`teaser`)."""
        out = self._teaser.common(teaser.floor(self.settings))
        self._teaser, self._teaser_bodies = teaser.Learner(1), HashSet()
        return out  # type: ignore[return-value]

    def titles(self) -> tuple[Any, Any]:
        """The run's title-key hashes, sorted, with the number of pages having each (12 bytes a title)."""
        import numpy as np

        values = np.concatenate(self._titles) if self._titles else np.zeros(0, dtype=np.uint64)
        self._titles = []
        unique, counts = np.unique(values, return_counts=True)
        return unique, counts.astype(np.int32)

    def candidates(self) -> dict[str, frozenset[int]]:
        """Per key column, the hashes two or more pages share (the only rows pass 2 sends back)."""
        import numpy as np

        out = {}
        for col, parts in self._keys.items():
            values = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
            values = values[values != 0]
            unique, counts = np.unique(values, return_counts=True)
            out[col] = frozenset(int(v) for v in unique[counts >= 2])
        self._keys = {col: [] for col in KEY_COLUMNS.values()}
        self._seen = HashSet()
        return out

    def common(self) -> dict[str, tuple[int, Mapping[int, int]]]:
        """Per site, the recurrence units on enough of its distinct bodies (see :mod:`recurring`)."""
        out: dict[str, tuple[int, Mapping[int, int]]] = {}
        for site, state in sorted(self.sites.items()):
            scope = self.settings.for_site(site)
            n = state.bodies
            if not scope.on(recurring.CHECK) or n < scope.recurring_min_pages:
                continue
            need = max(scope.recurring_min_count, math.ceil(scope.recurring_min_share * n))
            common = self._units.at_least(state.index, need)
            if common:
                out[site] = (n, common)
        self._units, self._bodies = PairCounter(), HashSet()
        return out

    def year_only(self) -> dict[int, tuple[str, str]]:
        """``date.year_only`` and ``date.month_only``: line number -> (check, message), for the dates of the
        groups that pile up, on sites where the check is on."""
        said = yearonly.verdicts(self._piles)
        out: dict[int, tuple[str, str]] = {}
        if said:
            names = {state.index: site for site, state in self.sites.items()}
            lines = zip(self._new_year, self._new_year_sites, self._new_year_stamps, strict=True)
            for number, index, stamp in lines:
                site = names[index]
                found = yearonly.message(said, stamp, site)
                if found is not None and self.settings.for_site(site).on(found[0]):
                    out[number] = found
        return out

    def add_titles(self, title_rows: Iterable[frame.Row]) -> None:
        """Count ``rate.title_duplicate`` from the rows whose site title key repeats (pass 2 sends them)."""
        rows = list(title_rows)
        titles = rates.title_scores(rows, self.settings)
        for row in rows:
            if row.page_id in titles:
                self.rates.add("rate.title_duplicate", row.site, row.page_id, titles[row.page_id])

    def pages(self) -> dict[str, int]:
        return {site: state.pages for site, state in self.sites.items()}

    def rate_findings(self, title_rows: Iterable[frame.Row]) -> list[Finding]:
        """The rate gates (``rate.*``) decided from the counters, once pass 2 has sent the title rows."""
        self.add_titles(title_rows)
        return rates.failing(self.settings, self.rates, self.pages())

    def coverage(self, failing: Collection[str] | None = None) -> list[Finding]:
        """``date.coverage``: one finding per site below its share (sorted by site, as the GX path), or per
        site of ``failing`` when a validation has decided."""
        out = []
        for site, state in sorted(self.sites.items()):
            scope = self.settings.for_site(site)
            check = "date.coverage"
            if not scope.on(check) or state.pages < scope.date_coverage_min_pages:
                continue
            below = state.dated / state.pages < scope.date_coverage
            if not (site in failing if failing is not None else below):
                continue
            what = coverage_what(state.dated, state.pages, scope.date_coverage, state.undated)
            out.append(Finding(check, scope.severity[check], "$", f"site {site}: {what}", None, site))
        return out


def recurring_summaries(
    settings: CheckSettings,
    common: Mapping[str, tuple[int, object]],
    hits: Iterable[tuple[str, Counter[str]]],
) -> list[Finding]:
    """One site-level ``boilerplate.recurring`` finding per site that had recurring lines."""
    merged: dict[str, Counter[str]] = {}
    for site, counter in hits:
        merged.setdefault(site, Counter()).update(counter)
    return [
        recurring.summary(site, settings.for_site(site), merged.get(site, Counter()), common[site][0])
        for site in sorted(common)
        if merged.get(site)
    ]
