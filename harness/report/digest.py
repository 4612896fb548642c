"""What the report's summary says: the verdict, counts per check and per site, the previous-run comparison.

Everything here is computed from :class:`~harness.model.RunResult` objects only, so the same numbers come out
whether the CLI or the pytest plugin asked for the report. A page's level is the verdict's ``status``
(:mod:`harness.verdict`): it *fails* when a finding fails the gate and *warns* when a warning or error passes
it; an unjudged page (an old results file) fails on an error and warns on a warning. The comparison with the
previous run works on (page, check) pairs whose worst severity is a warning or an error.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from harness.model import SEVERITY_RANK, Finding, PageResult, RunResult
from harness.report.quality_view import QualityTable, quality_table

Level = Literal["fail", "warn", "pass"]
PairKey = tuple[str, str, str]  # (page id or "[site]" / "[run]", extractor, check)

RUN_SCOPE = "[run]"
MAX_LISTED = 300  # entries shown per comparison list; the rest are counted
MAX_METRICS = 200
DRIFT_LABELS: tuple[str, ...] = (
    "breaking",
    "template_changed",
    "content_edited",
    "unreachable",
    "gone",
    "unchanged",
)


def page_level(page: PageResult) -> Level:
    if page.status is not None:
        return page.status
    worst = page.worst
    if worst == "error":
        return "fail"
    if worst == "warning":
        return "warn"
    return "pass"


def page_key(page: PageResult, multi_extractor: bool) -> str:
    """The page's handle in the report and its URL: the page id, plus the extractor when a run has several."""
    return f"{page.id} @{page.extractor}" if multi_extractor else page.id


def _pairs(run: RunResult) -> dict[PairKey, str]:
    """(page, extractor, check) -> worst severity, for pairs at warning or above."""
    out: dict[PairKey, str] = {}

    def add(key: PairKey, finding: Finding) -> None:
        if SEVERITY_RANK[finding.severity] < SEVERITY_RANK["warning"]:
            return
        if key not in out or SEVERITY_RANK[finding.severity] > SEVERITY_RANK[out[key]]:
            out[key] = finding.severity

    for page in run.pages:
        for f in page.findings:
            add((page.id, page.extractor, f.check), f)
    for f in run.findings:
        add((f"[{f.site}]" if f.site else RUN_SCOPE, "", f.check), f)
    return out


@dataclass(frozen=True, slots=True)
class Change:
    page: str
    extractor: str
    check: str
    severity: str
    key: str  # the page's report key, or "" for run- and site-level pairs


@dataclass(frozen=True, slots=True)
class Comparison:
    previous_id: str
    newly_failing: tuple[Change, ...]
    fixed: tuple[Change, ...]
    still_failing: tuple[Change, ...]
    pages_added: int
    pages_removed: int

    def keys(self, which: str) -> set[PairKey]:
        return {(c.page, c.extractor, c.check) for c in getattr(self, which)}


def compare(run: RunResult, previous: RunResult, multi_extractor: bool) -> Comparison:
    now, before = _pairs(run), _pairs(previous)
    present = {(p.id, p.extractor) for p in run.pages}
    prev_present = {(p.id, p.extractor) for p in previous.pages}

    def change(key: PairKey, severity: str) -> Change:
        page, extractor, check = key
        listed = (page, extractor) in present
        rk = (f"{page} @{extractor}" if multi_extractor else page) if listed else ""
        return Change(page, extractor, check, severity, rk)

    def is_page(key: PairKey) -> bool:
        return not key[0].startswith("[")

    newly = [change(k, s) for k, s in now.items() if k not in before]
    still = [change(k, s) for k, s in now.items() if k in before]
    # A pair whose page left the run is not "fixed": the page is simply gone.
    fixed = [
        change(k, s)
        for k, s in before.items()
        if k not in now and (not is_page(k) or (k[0], k[1]) in present)
    ]
    order = lambda c: (-SEVERITY_RANK[c.severity], c.page, c.check)  # noqa: E731
    return Comparison(
        previous_id=previous.run_id,
        newly_failing=tuple(sorted(newly, key=order)),
        fixed=tuple(sorted(fixed, key=order)),
        still_failing=tuple(sorted(still, key=order)),
        pages_added=len(present - prev_present),
        pages_removed=len(prev_present - present),
    )


@dataclass(slots=True)
class CheckRow:
    check: str
    fail: int = 0  # pages where the check's worst finding is an error
    warn: int = 0
    info: int = 0
    findings: int = 0
    scoped: int = 0  # run- and site-level findings, counted apart so the page counts match the filter
    new: int = 0  # findings not in their page's approved output
    accepted: int = 0
    newly: int | None = None  # (page, check) pairs failing now and not in the previous run
    fixed: int | None = None


@dataclass(slots=True)
class SiteRow:
    site: str
    pages: int = 0
    passed: int = 0
    warn: int = 0
    fail: int = 0
    new: int | None = None
    fixed: int | None = None
    changed: int = 0
    unapproved: int = 0
    drift: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class Verdict:
    level: Level
    headline: str
    details: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Baselines:
    """Findings held against the approved outputs: new, accepted, fixed, and the ones failing the gate."""

    new: int = 0
    accepted: int = 0
    fixed: int = 0
    failing: int = 0
    failing_new: int = 0
    fixed_list: tuple[tuple[str, str, str, str], ...] = ()  # (page id, check, field, excerpt)


@dataclass(frozen=True, slots=True)
class Digest:
    verdict: Verdict
    baselines: Baselines
    pages: int
    sites: int
    extractors: tuple[str, ...]
    levels: Mapping[str, int]
    approvals: Mapping[str, int]
    checks: tuple[CheckRow, ...]
    sites_table: tuple[SiteRow, ...]
    comparison: Comparison | None
    quality: tuple[tuple[str, str], ...]
    quality_table: QualityTable | None
    drift_labels: tuple[str, ...]
    drift_summary: tuple[tuple[str, str], ...]
    drifted: int
    run_findings: tuple[Finding, ...]
    multi_extractor: bool


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:.4g}"
    return str(value)


def flatten(data: Any, prefix: str = "", limit: int = MAX_METRICS) -> list[tuple[str, str]]:
    """A nested mapping of metrics as (dotted name, formatted value) rows; robust to any JSON shape."""
    rows: list[tuple[str, str]] = []

    def walk(value: Any, name: str) -> None:
        if len(rows) >= limit:
            return
        if isinstance(value, Mapping):
            for k in sorted(value, key=str):
                walk(value[k], f"{name}.{k}" if name else str(k))
        elif (
            isinstance(value, list | tuple)
            and all(isinstance(v, int | float) for v in value)
            and len(value) <= 8
        ):
            rows.append((name, ", ".join(_fmt(v) for v in value)))
        elif value is not None and not isinstance(value, list | tuple):
            rows.append((name, _fmt(value)))

    walk(data, prefix)
    return rows


def _check_rows(run: RunResult, comparison: Comparison | None) -> tuple[CheckRow, ...]:
    rows: dict[str, CheckRow] = {}
    for f in run.findings:
        row = rows.setdefault(f.check, CheckRow(f.check))
        row.findings += 1
        row.scoped += 1
    groups: list[Iterable[Finding]] = [p.findings for p in run.pages]
    for group in groups:  # one group per page: a check counts once per page, as the check filter does
        worst: dict[str, str] = {}
        for f in group:
            row = rows.setdefault(f.check, CheckRow(f.check))
            row.findings += 1
            row.new += f.baseline == "new"
            row.accepted += f.baseline == "accepted"
            if f.check not in worst or SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst[f.check]]:
                worst[f.check] = f.severity
        for check, sev in worst.items():
            row = rows[check]
            if sev == "error":
                row.fail += 1
            elif sev == "warning":
                row.warn += 1
            else:
                row.info += 1
    if comparison is not None:
        new = Counter(c.check for c in comparison.newly_failing)
        fixed = Counter(c.check for c in comparison.fixed)
        for c in fixed:
            rows.setdefault(c, CheckRow(c))
        for row in rows.values():
            row.newly, row.fixed = new[row.check], fixed[row.check]
    return tuple(sorted(rows.values(), key=lambda r: (-r.fail, -r.warn, -r.new, -(r.newly or 0), r.check)))


def _site_rows(run: RunResult, comparison: Comparison | None) -> tuple[SiteRow, ...]:
    rows: dict[str, SiteRow] = {}
    for page in run.pages:
        row = rows.setdefault(page.site, SiteRow(page.site))
        row.pages += 1
        level = page_level(page)
        row.fail += level == "fail"
        row.warn += level == "warn"
        row.passed += level == "pass"
        status = (page.approval or {}).get("status")
        row.changed += status == "changed"
        row.unapproved += status == "new"
        label = (page.drift or {}).get("label")
        if isinstance(label, str):
            row.drift[label] += 1
    if comparison is not None:
        site_of = {(p.id, p.extractor): p.site for p in run.pages}
        new = Counter(site_of.get((c.page, c.extractor)) for c in comparison.newly_failing)
        fixed = Counter(site_of.get((c.page, c.extractor)) for c in comparison.fixed)
        for row in rows.values():
            row.new, row.fixed = new[row.site], fixed[row.site]
    return tuple(sorted(rows.values(), key=lambda r: (-r.fail, -r.warn, r.site)))


def _verdict(
    run: RunResult, levels: Counter[str], comparison: Comparison | None, approvals: Counter[str]
) -> Verdict:
    total = len(run.pages)
    run_errors = sum(_fails(f) for f in run.findings)
    run_warnings = sum(f.severity in ("warning", "error") and not _fails(f) for f in run.findings)
    details: list[str] = []
    if levels["fail"] or run_errors:
        level: Level = "fail"
        headline = f"FAIL — {levels['fail']:,} of {total:,} pages failing"
        if run_errors:
            headline += f", {run_errors} run- or site-level finding{'s' * (run_errors != 1)} failing"
    elif levels["warn"] or run_warnings:
        level = "warn"
        headline = f"PASS WITH WARNINGS — {levels['warn']:,} of {total:,} pages warn, none fail"
    else:
        level = "pass"
        headline = f"PASS — all {total:,} pages clean"
    if comparison is not None:
        n = len(comparison.newly_failing)
        details.append(
            f"vs. previous run {comparison.previous_id}, by (page, check) pair: {n} newly failing, "
            f"{len(comparison.fixed)} fixed, {len(comparison.still_failing)} still failing"
            + ("" if n else " — no regressions")
        )
    else:
        details.append("no previous run to compare with")
    if approvals:
        details.append(
            f"approved outputs: {approvals['changed']} changed, {approvals['new']} not yet approved, "
            f"{approvals['same']} unchanged"
        )
    return Verdict(level, headline, tuple(details))


def _fails(f: Finding) -> bool:
    """The verdict's label; an unjudged finding (an old results file) fails at error."""
    return f.gate == "fail" if f.gate is not None else f.severity == "error"


def baselines(run: RunResult) -> Baselines:
    found = run.all_findings()
    fixed = [(p.id, str(e.get("check", "")), str(e.get("field", "")), str(e.get("excerpt", "")))
             for p in run.pages for e in p.fixed]
    return Baselines(
        new=sum(f.baseline == "new" for f in found),
        accepted=sum(f.baseline == "accepted" for f in found),
        fixed=len(fixed),
        failing=sum(_fails(f) for f in found),
        failing_new=sum(_fails(f) and f.baseline == "new" for f in found),
        fixed_list=tuple(fixed[:MAX_LISTED]),
    )


def build_digest(run: RunResult, previous: RunResult | None = None) -> Digest:
    extractors = tuple(dict.fromkeys([*run.extractors, *(p.extractor for p in run.pages)]))
    multi = len({p.extractor for p in run.pages}) > 1
    comparison = compare(run, previous, multi) if previous is not None else None
    levels: Counter[str] = Counter(page_level(p) for p in run.pages)
    approvals: Counter[str] = Counter(
        str(p.approval.get("status")) for p in run.pages if isinstance(p.approval, Mapping)
    )
    drift_counts: Counter[str] = Counter(
        str(p.drift.get("label")) for p in run.pages if isinstance(p.drift, Mapping) and p.drift.get("label")
    )
    labels = tuple(label for label in DRIFT_LABELS if drift_counts[label]) + tuple(
        sorted(label for label in drift_counts if label not in DRIFT_LABELS)
    )
    summary = run.summary if isinstance(run.summary, Mapping) else {}
    b = baselines(run)
    verdict = _verdict(run, levels, comparison, approvals)
    if b.new or b.accepted or b.fixed:
        line = (f"findings against the approved outputs: {b.new} new ({b.failing_new} failing the gate), "
                f"{b.accepted} accepted, {b.fixed} fixed")
        verdict = Verdict(verdict.level, verdict.headline, (line, *verdict.details))
    return Digest(
        verdict=verdict,
        baselines=b,
        pages=len(run.pages),
        sites=len({p.site for p in run.pages}),
        extractors=extractors,
        levels={k: levels[k] for k in ("fail", "warn", "pass")},
        approvals={k: approvals[k] for k in ("changed", "new", "same")} if approvals else {},
        checks=_check_rows(run, comparison),
        sites_table=_site_rows(run, comparison),
        comparison=comparison,
        quality=tuple(flatten(summary.get("quality"))),
        quality_table=quality_table(summary.get("quality")),
        drift_labels=labels,
        drift_summary=tuple(flatten(summary.get("drift"))),
        drifted=sum(n for label, n in drift_counts.items() if label != "unchanged"),
        run_findings=tuple(
            sorted(run.findings, key=lambda f: (not _fails(f), -SEVERITY_RANK[f.severity], f.check))
        ),
        multi_extractor=multi,
    )
