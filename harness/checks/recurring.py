"""Boilerplate learned from the run itself: lines and sentences that recur on many pages of one site.

Works in any language and script: a unit is a line (or a sentence of a longer line), normalised by
:func:`~harness.checks.text.line_key` (NFKC, case-folded, digits masked). Its document frequency is
counted per site over distinct bodies; a unit on at least ``max(recurring_min_count,
recurring_min_share x pages)`` pages of a site with at least ``recurring_min_pages`` pages is boilerplate:
mastheads, menus, "Read more", newsletter blurbs, whatever the language.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from harness.checks.emit import Emitter
from harness.checks.settings import CheckSettings, SiteSettings
from harness.checks.text import clip, has_letters, line_key, lines
from harness.model import Finding

CHECK = "boilerplate.recurring"
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
_MIN_SENTENCE = 15


@dataclass(frozen=True, slots=True)
class BodyRow:
    page_id: str
    site: str
    body: str


def units(line: str) -> set[str]:
    """The recurrence keys of one line: the line itself, plus its sentences when it has several."""
    out = {line_key(line)}
    parts = [p for p in _SENTENCE.split(line) if p.strip()]
    if len(parts) > 1:
        out.update(line_key(p) for p in parts if len(p.strip()) >= _MIN_SENTENCE)
    return {u for u in out if has_letters(u)}


def _site_frequency(bodies: Iterable[str]) -> tuple[Counter[str], int]:
    df: Counter[str] = Counter()
    n = 0
    for body in bodies:
        n += 1
        seen: set[str] = set()
        for line in lines(body):
            seen |= units(line)
        df.update(seen)
    return df, n


def find(rows: Sequence[BodyRow], settings: CheckSettings) -> tuple[dict[str, list[Finding]], list[Finding]]:
    """Per-page findings (one per offending line) and one site-level summary per affected site."""
    by_site: dict[str, list[BodyRow]] = defaultdict(list)
    for row in rows:
        by_site[row.site].append(row)
    per_page: dict[str, list[Finding]] = {}
    site_level: list[Finding] = []
    for site, site_rows in sorted(by_site.items()):
        scope = settings.for_site(site)
        if not scope.on(CHECK):
            continue
        df, n = _site_frequency(dict.fromkeys(r.body for r in site_rows))
        if n < scope.recurring_min_pages:
            continue
        need = max(scope.recurring_min_count, math.ceil(scope.recurring_min_share * n))
        common = {u: c for u, c in df.items() if c >= need}
        if not common:
            continue
        hits: Counter[str] = Counter()
        for row in site_rows:
            emit = Emitter(row.page_id, scope, settings.max_findings)
            for line in lines(row.body):
                found = max((common[u] for u in units(line) if u in common), default=0)
                if found:
                    hits[line] += 1
                    emit.add(CHECK, "$.body", f"line recurs on {found} of {n} pages of {site}", line)
            if emit.findings:
                per_page[row.page_id] = emit.done()
        site_level.append(_summary(site, scope, hits, n))
    return per_page, site_level


def _summary(site: str, scope: SiteSettings, hits: Counter[str], n: int) -> Finding:
    top = hits.most_common(3)
    shown = "; ".join(f"{clip(line, 80)!r} ({count} pages)" for line, count in top)
    return Finding(CHECK, scope.severity[CHECK], "$.body",
                   f"site {site}: {len(hits)} lines recur across its {n} distinct bodies, e.g. {shown}",
                   excerpt=top[0][0], site=site)
