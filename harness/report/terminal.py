"""The run in the terminal: the verdict, why it failed, and the regressions with a short diff.

Everything printed here reads the labels :mod:`harness.verdict` wrote (``status``, ``baseline``, ``gate``),
the same ones the exit code, ``results.json`` and the HTML report read. Every list is bounded: the first
few entries, then "... and K more". Scraped text is shown with ``repr`` quoting, so control characters
and terminal escapes in it are never sent to the terminal as such.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from harness.model import SEVERITIES, SEVERITY_RANK, Finding, PageResult, RunResult

MAX_PAGES = 10  # failing pages listed
MAX_REGRESSIONS = 5  # pages whose changed output is shown with its diff
MAX_DIFF_LINES = 12  # lines of one field's diff
MAX_FINDINGS = 5  # findings listed per page
MAX_CHECKS = 10
EXCERPT = 100


def short_message(finding: Finding, page_id: str | None = None) -> str:
    """The message without the page id and JSON path the reader already sees beside it."""
    message = finding.message
    for prefix in (f"{page_id}: " if page_id else None, f"{finding.field}: "):
        if prefix and message.startswith(prefix):
            message = message[len(prefix):]
    return message


def _clean(text: str, limit: int = EXCERPT) -> str:
    shown = repr(text[:limit])
    return shown + ("…" if len(text) > limit else "")


def _line(finding: Finding, page_id: str | None) -> str:
    label = f", {finding.baseline}" if finding.baseline else ""
    first = short_message(finding, page_id).splitlines()[0] if finding.message else ""
    text = f"[{finding.severity}{label}] {finding.check} {finding.field}: {first[:160]}"
    if finding.excerpt and finding.excerpt not in first:
        text += f"  {_clean(finding.excerpt)}"
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _more(total: int, shown: int, what: str) -> Iterator[str]:
    if total > shown:
        yield f"  ... and {total - shown} more {what} (see the report)"


def headline(run: RunResult) -> str:
    statuses = Counter(p.status or "pass" for p in run.pages)
    sev: Counter[str] = Counter(f.severity for f in run.all_findings())
    sites = len({p.site for p in run.pages})
    found = ", ".join(f"{sev[k]} {k}" for k in SEVERITIES if sev[k]) or "none"
    return (
        f"{len(run.pages)} page{'s' * (len(run.pages) != 1)} from {sites} site{'s' * (sites != 1)}, "
        f"extractor {', '.join(run.extractors)}: {statuses['fail']} failing, {statuses['warn']} with "
        f"warnings only, {statuses['pass']} clean; findings: {found}"
    )


def verdict_lines(run: RunResult) -> Iterator[str]:
    failing = [f for f in run.all_findings() if f.gate == "fail"]
    by_baseline = Counter(f.baseline for f in run.all_findings() if f.baseline)
    fixed = sum(len(p.fixed) for p in run.pages)
    if failing:
        why = Counter("new since approval" if f.baseline == "new" else
                      "regression" if f.check.startswith("regression.") else f"{f.severity}" for f in failing)
        reasons = ", ".join(f"{n} {k}" for k, n in why.most_common())
        yield f"verdict: FAIL: {len(failing)} finding(s) fail the gate ({reasons})"
    else:
        yield "verdict: PASS: no finding fails the gate"
    if by_baseline or fixed:
        yield (f"against approved findings: {by_baseline['new']} new, {by_baseline['accepted']} accepted, "
               f"{fixed} fixed")


def check_lines(run: RunResult) -> Iterator[str]:
    fired = Counter((f.severity, f.check) for f in run.all_findings())
    new = Counter(f.check for f in run.all_findings() if f.baseline == "new")
    ordered = sorted(fired.items(), key=lambda kv: (-SEVERITY_RANK[kv[0][0]], -kv[1], kv[0][1]))
    for (severity, check), n in ordered[:MAX_CHECKS]:
        extra = f"  ({new[check]} new)" if new[check] else ""
        yield f"  {n:5d}  {severity:<7}  {check}{extra}"
    yield from _more(len(ordered), MAX_CHECKS, "checks")


def failing_lines(run: RunResult) -> Iterator[str]:
    run_failing = [f for f in run.findings if f.gate == "fail"]
    if run_failing:
        yield "run- and site-level findings that fail:"
        for f in run_failing[:MAX_PAGES]:
            scope = f"site {f.site}" if f.site else "run"
            yield f"  {scope}: {_line(f, None)}"
        yield from _more(len(run_failing), MAX_PAGES, "findings")
    pages = [p for p in run.pages if p.status == "fail"]
    if not pages:
        return
    yield "failing pages:"
    for page in pages[:MAX_PAGES]:
        found = [f for f in page.findings if f.gate == "fail" and not f.check.startswith("regression.")]
        changed = sum(f.check == "regression.changed" for f in page.findings)
        yield f"  {page.id}" + (f"  (output changed in {changed} field(s), below)" if changed else "")
        for f in found[:MAX_FINDINGS]:
            yield f"    {_line(f, page.id)}"
        yield from _more(len(found), MAX_FINDINGS, "findings")
    yield from _more(len(pages), MAX_PAGES, "failing pages")


def _diff_lines(finding: Finding) -> Iterator[str]:
    lines = short_message(finding).splitlines()
    yield f"    {lines[0] if lines else finding.field}"
    body = lines[1:]
    for line in body[:MAX_DIFF_LINES]:
        yield "      " + "".join(ch if ch.isprintable() else "?" for ch in line)[:200]
    if len(body) > MAX_DIFF_LINES:
        yield f"      ... {len(body) - MAX_DIFF_LINES} more diff lines"


def regression_lines(pages: Iterable[PageResult]) -> Iterator[str]:
    changed = [p for p in pages if any(f.check == "regression.changed" for f in p.findings)]
    if not changed:
        return
    yield f"changed outputs ({len(changed)} page(s) differ from their approved output):"
    for page in changed[:MAX_REGRESSIONS]:
        yield f"  {page.id}"
        for f in page.findings:
            if f.check == "regression.changed":
                yield from _diff_lines(f)
    yield from _more(len(changed), MAX_REGRESSIONS, "changed pages")


def fixed_lines(pages: Iterable[PageResult]) -> Iterator[str]:
    fixed = [(p.id, e) for p in pages for e in p.fixed]
    if not fixed:
        return
    yield "fixed since approval (approved findings now gone; re-approve to drop them from the list):"
    for page_id, entry in fixed[:MAX_PAGES]:
        shown = f"  {_clean(str(entry['excerpt']))}" if entry.get("excerpt") else ""
        yield f"  {page_id}: {entry.get('check')} {entry.get('field', '')}{shown}"
    yield from _more(len(fixed), MAX_PAGES, "fixed findings")


def printable(line: str) -> str:
    """``line`` with every control character (terminal escapes included) shown as ``?``."""
    return "".join(ch if ch.isprintable() else "?" for ch in line)


def run_lines(run: RunResult) -> list[str]:
    """Everything ``harness run`` / ``harness check`` print about a run, before the file paths."""
    lines = [
        headline(run),
        *verdict_lines(run),
        *check_lines(run),
        *failing_lines(run),
        *regression_lines(run.pages),
        *fixed_lines(run.pages),
    ]
    return [printable(line) for line in lines]
