"""Dataset-level checks over the whole run: the GX batch plus the recurring-line learner.

:func:`dataset_findings` builds the run's frame once, validates it in one GX batch (only when a GX check
is enabled), learns recurring lines per site, and maps everything back to pages (``per_page``, keyed by
page id ``site/slug``) or to sites (``run``, findings with ``site`` set).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial

from harness import ahead
from harness.checks import frame, rates, recurring, yearonly
from harness.checks.emit import Emitter
from harness.checks.gx import Outcome
from harness.checks.patterns import combined, compile_lines, is_weak, label
from harness.checks.settings import CheckSettings
from harness.checks.text import clip, key, line_key, lines, squash
from harness.model import Finding, PageResult


@dataclass(frozen=True)
class DatasetOutcome:
    """Findings of the dataset stage: per page (keyed by page id) and run/site-level (``site`` set)."""

    per_page: Mapping[str, Sequence[Finding]] = field(default_factory=dict)
    run: Sequence[Finding] = ()

    def site_findings(self, site: str) -> list[Finding]:
        """Site-level findings about ``site``."""
        return [f for f in self.run if f.site == site]

    def page_findings_of_site(self, site: str) -> dict[str, Sequence[Finding]]:
        """Per-page findings of the pages of ``site`` (page ids are ``site/slug``)."""
        return {pid: fs for pid, fs in self.per_page.items() if pid.split("/", 1)[0] == site}


class _Collector:
    def __init__(self, rows: Sequence[frame.Row], settings: CheckSettings) -> None:
        self.rows = {r.page_id: r for r in rows}
        self.settings = settings
        self.emitters: dict[str, Emitter] = {}
        self.run: list[Finding] = []

    def page(self, page_id: str) -> Emitter:
        if page_id not in self.emitters:
            site = self.rows[page_id].site
            self.emitters[page_id] = Emitter(
                page_id, self.settings.for_site(site), self.settings.max_findings
            )
        return self.emitters[page_id]

    def site(self, site: str, check: str, what: str, excerpt: str | None = None) -> None:
        scope = self.settings.for_site(site)
        if scope.on(check):
            self.run.append(Finding(check, scope.severity[check], "$", f"site {site}: {what}", excerpt, site))


def _groups(
    col: _Collector, ids: Sequence[str], group_key: Callable[[frame.Row], str]
) -> list[list[frame.Row]]:
    groups: dict[str, list[frame.Row]] = defaultdict(list)
    for pid in ids:
        if pid in col.rows:
            groups[group_key(col.rows[pid])].append(col.rows[pid])
    return [g for g in groups.values() if len({r.url for r in g}) > 1]


def _others(row: frame.Row, group: Sequence[frame.Row], limit: int = 5) -> str:
    others = [r.page_id for r in group if r.page_id != row.page_id]
    more = f" and {len(others) - limit} more" if len(others) > limit else ""
    return ", ".join(others[:limit]) + more


def _duplicate_titles(col: _Collector, o: Outcome) -> None:
    across = o.check == "title.duplicate_across_sites"
    for group in _groups(
        col, o.page_ids, lambda r: key(r.title or "") + ("" if across else frame.SEP + r.site)
    ):
        if across and len({r.site for r in group}) < 2:
            continue
        judged = _template_title(col, group) if across else set()
        for row in group:
            if row.page_id in judged:
                continue
            where = "pages of other sites" if across else f"other pages of {row.site}"
            col.page(row.page_id).add(
                o.check, "$.title", f"the same title is on {where}: {_others(row, group)}", row.title
            )


def _template_title(col: _Collector, group: Sequence[frame.Row]) -> set[str]:
    """``title.template``: one title over different stories on pages of several sites (the caller checked
    the sites), at least ``template_min_stories`` of them for the page's site (3 by default): a string of
    the template taken for the headline (a consent dialog's heading, a byline set as a heading, "Just a
    moment..."). Copies of one story on several sites (wire copy) share their longest paragraph: they are
    one story, and stay ``title.duplicate_across_sites`` (information). The page ids it flagged."""
    stories = {_story(row.body) for row in group} - {""}
    scopes = [col.settings.for_site(r.site) for r in group]
    flagged = [
        r
        for r, scope in zip(group, scopes, strict=True)
        if scope.on("title.template") and len(stories) >= scope.template_min_stories
    ]
    what = f"the same title heads {len(stories)} different stories on {len({r.site for r in group})} sites"
    for row in flagged:
        col.page(row.page_id).add("title.template", "$.title", f"{what}: {_others(row, group)}", row.title)
    return {row.page_id for row in flagged}


def _story(body: str | None) -> str:
    """A story's identity across the sites that copy it: the key of its longest line."""
    body_lines = lines(body or "")
    return line_key(max(body_lines, key=len)) if body_lines else ""


def _duplicate_bodies(col: _Collector, o: Outcome) -> None:
    for group in _groups(col, o.page_ids, lambda r: r.site + frame.SEP + squash(r.body or "")):
        for row in group:
            first = lines(row.body or "")[:1] or [""]
            col.page(row.page_id).add(
                o.check,
                "$.body",
                f"the same body is on {_others(row, group)}; it starts",
                clip(first[0], 200),
            )


def _length(col: _Collector, o: Outcome) -> None:
    for pid in o.page_ids:
        row = col.rows.get(pid)
        if row is None or row.body is None:
            continue
        scope = col.page(pid).scope
        if o.check == "body.too_short":
            what = f"{len(row.body)} characters, at least {scope.body_min_chars} expected"
            col.page(pid).add(o.check, "$.body", what, row.body if len(row.body) <= 300 else None)
        else:
            what = f"{len(row.body)} characters, at most {scope.body_max_chars} expected"
            col.page(pid).add(o.check, "$.body", what)


def _coverage(col: _Collector, o: Outcome) -> None:
    by_site: dict[str, list[frame.Row]] = defaultdict(list)
    for r in col.rows.values():
        by_site[r.site].append(r)
    for site in sorted({col.rows[pid].site for pid in o.page_ids if pid in col.rows}):
        pages = by_site[site]
        ok = sum(frame.dated(r.published) for r in pages)
        need = col.settings.for_site(site).date_coverage
        undated = [r.page_id for r in pages if not frame.dated(r.published)][:5]
        col.site(site, o.check, coverage_what(ok, len(pages), need, undated))


def coverage_what(ok: int, pages: int, need: float, undated: Sequence[str]) -> str:
    """The date.coverage message for a site with ``ok`` of ``pages`` dated (every engine uses it)."""
    return (
        f"{ok} of {pages} pages ({ok / pages:.0%}) have a publication date, "
        f"at least {need:.0%} expected; without: {', '.join(undated)}"
    )


def _rate(col: _Collector, o: Outcome, tally: rates.Counts) -> None:
    pages: dict[str, int] = defaultdict(int)
    for r in col.rows.values():
        pages[r.site] += 1
    for site in sorted({col.rows[pid].site for pid in o.page_ids if pid in col.rows}):
        if col.settings.for_site(site).on(o.check):
            col.run.append(rates.finding(col.settings, o.check, site, tally, pages[site]))


def _matched_lines(body: str, first_pass: Sequence[re.Pattern[str]]) -> list[tuple[str, str]]:
    """``(line, lowercased line)`` for each line of ``body`` where a merged pattern matches (one pass)."""
    low = body.lower()
    if len(low) != len(body):  # lowercasing changed offsets (e.g. "İ"): go line by line
        return [(ln, ln.lower()) for ln in lines(body) if any(r.search(ln.lower()) for r in first_pass)]
    starts: dict[int, int] = {}
    for regex in first_pass:
        for m in regex.finditer(low):
            pos = m.start()
            while pos < m.end() - 1 and low[pos] == "\n":  # a match may start on the blank line above
                pos += 1
            line_start = low.rfind("\n", 0, pos) + 1
            end = low.find("\n", pos)
            starts[line_start] = end if end >= 0 else len(low)
    return [(body[a:b].strip(), low[a:b].strip()) for a, b in sorted(starts.items()) if body[a:b].strip()]


def _strongest(patterns: Sequence[re.Pattern[str]], low: str) -> re.Pattern[str] | None:
    """The first strong pattern that matches ``low``, else the first weak one."""
    hits = [p for p in patterns if p.search(low)]
    return next((p for p in hits if not is_weak(p.pattern)), hits[0] if hits else None)


def warm(patterns: tuple[str, ...]) -> None:
    """Compile ``patterns`` now, as the stage will (the runner does it while its workers replay pages)."""
    _compiled(patterns)
    rates.warm(patterns)


@cache
def _compiled(patterns: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], ...], list[re.Pattern[str]]]:
    """A pattern list compiled one by one (to name the match) and merged (to find the lines in one pass)."""
    return compile_lines(patterns), [re.compile(r) for r in combined(patterns)]


def _pattern_lines(col: _Collector, o: Outcome) -> None:
    """One finding per matching line: ``boilerplate.pattern`` (strong family) or ``..._weak``."""
    for pid in o.page_ids:
        row = col.rows.get(pid)
        if row is None or row.body is None:
            continue
        patterns, first_pass = _compiled(col.settings.for_site(row.site).patterns)
        emit, found = col.page(pid), False
        for line, low in _matched_lines(row.body, first_pass):
            hit = _strongest(patterns, low)
            found = True
            check = "boilerplate.pattern_weak" if hit is not None and is_weak(hit.pattern) else o.check
            name = label(hit.pattern) if hit else "merged"
            emit.add(check, "$.body", f"boilerplate line (pattern {name})", line)
        if not found:
            match = next((m for p in patterns if (m := p.search(row.body.lower()))), None)
            emit.add(
                o.check,
                "$.body",
                "boilerplate text matches the pattern list",
                match.group(0) if match else None,
            )


#: the handlers of the expectations whose failing rows are pages, in suite order (gx.expectations)
PAGE_HANDLERS: Mapping[str, Callable[[_Collector, Outcome], None]] = {
    "title.duplicate": _duplicate_titles,
    "title.duplicate_across_sites": _duplicate_titles,
    "body.duplicated": _duplicate_bodies,
    "body.too_short": _length,
    "body.too_long": _length,
    "boilerplate.pattern": _pattern_lines,
}


def gx_error(o: Outcome) -> Finding:
    """The run-level error for an expectation that could not run: its pages are unchecked."""
    return Finding(
        o.check,
        "error",
        "$",
        f"run: {o.check}: the Great Expectations expectation "
        f"failed to run, so its pages are unchecked: {o.error}"[:800],
    )


def page_findings(
    rows: Sequence[frame.Row], settings: CheckSettings, failing: Mapping[str, Sequence[str]]
) -> dict[str, list[Finding]]:
    """Per page, the findings of the page-level expectations that failed (check -> failing page ids, as an
    engine got them from GX), worded by the same handlers, in suite order."""
    col = _Collector(rows, settings)
    for check, handler in PAGE_HANDLERS.items():
        if failing.get(check):
            handler(col, Outcome(check, 0, False, tuple(failing[check]), len(failing[check])))
    return {pid: emit.done() for pid, emit in col.emitters.items() if emit.findings}


def _gx_stage(col: _Collector, rows: Sequence[frame.Row], settings: CheckSettings, engine: str) -> None:
    from harness.checks import gx, suite

    cols = frame.columns(rows, settings)
    flagged = rates.flags(rows, settings, cols["boilerplate_match"])  # a body no pattern matches: no scan
    cols |= rates.columns(rows, settings, flagged)
    tally = rates.counts(rows, flagged)
    outcomes = gx.validate(cols) if engine == "gx" else suite.evaluate(cols)
    for o in outcomes:
        if o.error is not None:
            col.run.append(gx_error(o))
        elif not o.success:
            if o.check in rates.GATES:
                _rate(col, o, tally)
            elif o.check == "date.coverage":
                _coverage(col, o)
            else:
                PAGE_HANDLERS[o.check](col, o)


def dataset_findings(
    pages: Sequence[PageResult], settings: CheckSettings, engine: str = "gx"
) -> DatasetOutcome:
    """Every dataset-level finding of a run, mapped back to pages and sites.

    ``engine`` evaluates the expectations (:mod:`harness.checks.suite`): ``gx``, one Great Expectations
    batch, or ``python``, the same outcomes without importing GX or pandas.
    """
    rows = frame.rows_from(pages)
    col = _Collector(rows, settings)
    if rows and settings.needs_gx:
        _gx_stage(col, rows, settings, engine)
    per_page: dict[str, list[Finding]] = {
        pid: emit.done() for pid, emit in col.emitters.items() if emit.findings
    }
    body_rows = [recurring.BodyRow(r.page_id, r.site, r.body) for r in rows if r.body]
    learned, site_level = recurring.find(body_rows, settings)
    for pid, findings in learned.items():
        per_page.setdefault(pid, []).extend(findings)
    for pid, finding in duplicate_urls(pages, settings):
        per_page.setdefault(pid, []).append(finding)
    for pid, finding in other_titles(rows, settings):
        per_page.setdefault(pid, []).append(finding)
    for pid, finding in yearonly.findings(rows, settings, {p.id: p.captured_at for p in pages}):
        per_page.setdefault(pid, []).append(finding)
    return DatasetOutcome(per_page=per_page, run=[*col.run, *site_level])


def duplicate_urls(pages: Sequence[PageResult], settings: CheckSettings) -> list[tuple[str, Finding]]:
    """``page.duplicate_url``: cassettes whose responses came from one URL (an old URL redirecting to the
    new one, say) are one article counted twice; every copy after the first (by page id) is flagged.
    Replayed pages only: a crawl's JSON lines carry no response URL to compare (``harness check``)."""
    first: dict[str, str] = {}
    out: list[tuple[str, Finding]] = []
    for page in sorted(pages, key=lambda p: p.id):
        scope = settings.for_site(page.site)
        if not page.url or page.cassette is None or not scope.on("page.duplicate_url"):
            continue
        seen = first.setdefault(page.url, page.id)
        if seen != page.id:
            message = f"the same page as {seen}: both responses come from {page.url}"
            out.append(
                (
                    page.id,
                    Finding(
                        "page.duplicate_url",
                        scope.severity["page.duplicate_url"],
                        "$",
                        message,
                        excerpt=page.url,
                    ),
                )
            )
    return out


#: a title shorter than this key (letters and digits) is too generic to prove a line is another headline
_TITLE_KEY_MIN = 24
_LINE_MAX = 400


def title_key(title: str | None) -> str | None:
    """The key ``boilerplate.other_title`` matches lines against: letters and digits case-folded, or
    ``None`` for a title too short to prove anything."""
    k = key(title) if title else ""
    return k if len(k) >= _TITLE_KEY_MIN else None


def other_title_lines(
    row: frame.Row, settings: CheckSettings, others: Callable[[str], int]
) -> list[Finding]:
    """``boilerplate.other_title`` on one row: each body line whose key is the title of ``others(key)``
    other pages of the run (the row's own title excluded by the caller's count). Shared by the in-memory
    path and the streaming engines, which count hashed keys (:mod:`harness.scale`)."""
    scope = settings.for_site(row.site)
    if not row.body or not scope.on("boilerplate.other_title"):
        return []
    out = []
    for line, k in line_keys(row.body):
        if not (n := others(k)):
            continue
        pages = f"{n} other page{'s' if n > 1 else ''}"
        what = f"a body line is the title of {pages} of the run (a related-headlines list)"
        severity = scope.severity["boilerplate.other_title"]
        out.append(Finding("boilerplate.other_title", severity, "$.body", what, clip(line, 200)))
    return out


def line_keys(body: str) -> list[tuple[str, str]]:
    """Each body line that could be a title, with its :func:`title_key`; worked out ahead where the runner
    could (:mod:`harness.ahead`)."""
    return ahead.cached("dataset.line_keys", body, partial(_line_keys, body))


def _line_keys(body: str) -> list[tuple[str, str]]:
    return [
        (line, k) for line in lines(body) if len(line) <= _LINE_MAX and (k := title_key(line)) is not None
    ]


def other_titles(rows: Sequence[frame.Row], settings: CheckSettings) -> list[tuple[str, Finding]]:
    """``boilerplate.other_title``: a body line that is, letters and digits case-folded, the title of
    another page of the run is a related-headlines leftover, whatever its language (no word list)."""
    owners: dict[str, int] = defaultdict(int)
    for r in rows:
        if (k := title_key(r.title)) is not None:
            owners[k] += 1
    if not owners:
        return []
    out: list[tuple[str, Finding]] = []
    for r in rows:
        count = others(owners.get, title_key(r.title))
        out += [(r.page_id, f) for f in other_title_lines(r, settings, count)]
    return out


def others(count: Callable[[str], int | None], own: str | None) -> Callable[[str], int]:
    """How many pages other than this one (whose title key is ``own``) have the title key asked for."""
    return lambda k: (count(k) or 0) - (k == own)
