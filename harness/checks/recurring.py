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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from harness import ahead
from harness.checks import teaser
from harness.checks.emit import Emitter
from harness.checks.settings import CheckSettings, SiteSettings
from harness.checks.text import clip, has_letters, line_key, lines
from harness.model import Finding

CHECK = "boilerplate.recurring"
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
#: ``_SENTENCE``'s split points found by their punctuation: group 1 is the white space a full stop's split
#: removes; a CJK full stop splits right after itself. One class of all six signs comes first, then the
#: lookbehind that tells the two kinds apart: ``re`` jumps from one character of a leading class to the
#: next in C, while an alternation of two classes (``[.!?](\s+)|[。！？]``) is tried at every character
#: (half the scan's cost on distinct lines)
_SENTENCE_END = re.compile(r"[.!?。！？](?:(?<=[.!?])(\s+)|(?<=[。！？]))")
_MIN_SENTENCE = 15
_NORMALISE_MAX = 300

#: the :mod:`harness.ahead` table of each line's recurrence units
LINES = "recurring.lines"


@dataclass(frozen=True, slots=True)
class BodyRow:
    page_id: str
    site: str
    body: str


def units(line: str) -> set[str]:
    """The recurrence keys of one line: the line itself, plus its first and last sentence when it has
    several (boilerplate glued to a paragraph sits at its ends). Long lines are keyed as written: they are
    prose, and normalising them costs more than it finds."""
    out = {line_key(line) if len(line) <= _NORMALISE_MAX else line}
    parts = [p for p in sentences(line) if len(p.strip()) >= _MIN_SENTENCE]
    if len(parts) > 1:
        out.update(line_key(p) for p in (parts[0], parts[-1]) if len(p) <= _NORMALISE_MAX)
    return {u for u in out if has_letters(u)}


def sentences(line: str) -> list[str]:
    """``_SENTENCE.split(line)``: the same pieces (no split point of one alternative lies where the other's
    can, and a full stop's white space is taken whole by both), about a third cheaper."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        cut, start_next = m.span(1) if m.lastindex else (m.end(), m.end())
        out.append(line[start:cut])
        start = start_next
    out.append(line[start:])
    return out


def _site_frequency(bodies: Iterable[str], cache: dict[str, set[str]]) -> tuple[Counter[str], int]:
    df: Counter[str] = Counter()
    n = 0
    for body in bodies:
        n += 1
        df.update(body_units(body, cache))
    return df, n


def body_units(body: str, cache: dict[str, set[str]]) -> set[str]:
    """The distinct recurrence units of a body (``cache`` keeps each line's units)."""
    seen: set[str] = set()
    for line in lines(body):
        if line not in cache:
            cache[line] = units(line)
        seen |= cache[line]
    return seen


def find(rows: Sequence[BodyRow], settings: CheckSettings) -> tuple[dict[str, list[Finding]], list[Finding]]:
    """Per-page findings (one per offending line) and one site-level summary per affected site; with them,
    the run-wide evidence of :mod:`harness.checks.teaser` (lines and labels recurring across sites)."""
    by_site: dict[str, list[BodyRow]] = defaultdict(list)
    for row in rows:
        by_site[row.site].append(row)
    per_page: dict[str, list[Finding]] = {}
    site_level: list[Finding] = []
    cache: dict[str, set[str]] = ahead.table(LINES)  # each line's units, filled ahead where it could be
    for site, site_rows in sorted(by_site.items()):
        scope = settings.for_site(site)
        if not scope.on(CHECK):
            continue
        df, n = _site_frequency(dict.fromkeys(r.body for r in site_rows), cache)
        if n < scope.recurring_min_pages:
            continue
        need = max(scope.recurring_min_count, math.ceil(scope.recurring_min_share * n))
        common = {u: c for u, c in df.items() if c >= need}
        if not common:
            continue
        hits: Counter[str] = Counter()
        for row in site_rows:
            findings = page_lines(row, scope, settings.max_findings, Common(common.get, n), hits, cache)
            if findings:
                per_page[row.page_id] = findings
        site_level.append(summary(site, scope, hits, n))
    for page_id, findings in teaser.find(rows, settings).items():
        per_page.setdefault(page_id, []).extend(findings)
    return per_page, site_level


@dataclass(frozen=True, slots=True)
class Common:
    """What was learned about a site: the page count of a recurring unit (0 when it is not), and ``n``.

    ``count`` takes a unit as :func:`units` returns it; an engine that keeps hashes instead of units
    (:mod:`harness.scale`) hashes inside it."""

    count: Callable[[str], int | None]
    n: int


def page_lines(
    row: BodyRow,
    scope: SiteSettings,
    cap: int,
    common: Common,
    hits: Counter[str],
    cache: dict[str, set[str]] | None = None,
) -> list[Finding]:
    """One finding per line of ``row`` that recurs on the site; ``hits`` counts the lines found."""
    emit = Emitter(row.page_id, scope, cap)
    for line in lines(row.body):
        known = cache.get(line) if cache is not None else None
        line_units = known if known is not None else units(line)
        if cache is not None and known is None:
            cache[line] = line_units
        found = max((common.count(u) or 0 for u in line_units), default=0)
        if found:
            hits[line] += 1
            emit.add(CHECK, "$.body", f"line recurs on {found} of {common.n} pages of {row.site}", line)
    return emit.done() if emit.findings else []


def summary(site: str, scope: SiteSettings, hits: Counter[str], n: int) -> Finding:
    top = hits.most_common(3)
    shown = "; ".join(f"{clip(line, 80)!r} ({count} pages)" for line, count in top)
    return Finding(
        CHECK,
        scope.severity[CHECK],
        "$.body",
        f"site {site}: {len(hits)} lines recur across its {n} distinct bodies, e.g. {shown}",
        excerpt=top[0][0],
        site=site,
    )
