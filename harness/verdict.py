"""The verdict: which findings fail the gate, and so which pages fail and what the exit code is.

This is the one place that decides. The exit code (:func:`exit_code`), the pytest items, the terminal
summary, ``results.json`` and the HTML report all read the labels written here, so they cannot disagree.

For each finding:

- ``baseline``: ``accepted`` when the page's approved output lists it (see
  :mod:`harness.regression.baseline`), ``new`` when it does not, unset when there is no list to hold it
  against (no approved output, an approved file from before findings were recorded, run-level findings,
  and the ``regression.*`` findings, which are about the approval itself).
- ``gate``: an *accepted* finding passes. A *new* one fails at ``fail_on_new`` or above (default:
  warning), and at ``fail_on`` or above. Any other finding fails at ``fail_on`` or above (default: error).

A page's ``status`` is ``fail`` when any of its findings fails the gate, ``warn`` when a finding at warning
or above passes it, else ``pass``. Judging is idempotent: it is recomputed from the findings and the
approval each time, so a page judged alone (a pytest item) and again with the run's dataset findings
agrees with itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from harness.model import SEVERITY_RANK, Baseline, Finding, Gate, PageResult, RunResult, Status

__all__ = [
    "FAIL_ON_NEW_CHOICES", "Policy", "accepted_of", "exit_code", "judge_findings", "judge_page", "judge_run",
]

#: ``fail_on_new`` values: a severity, or ``off`` (new findings are judged by ``fail_on`` alone).
FAIL_ON_NEW_CHOICES = ("error", "warning", "info", "off")
_OFF = 99


@dataclass(frozen=True, slots=True)
class Policy:
    """The gate's thresholds: ``fail_on`` for every finding, ``fail_on_new`` for new ones."""

    fail_on: str = "error"
    fail_on_new: str = "warning"

    @classmethod
    def from_config(cls, cfg: Any) -> Policy:
        return cls(str(getattr(cfg, "fail_on", "error")), str(getattr(cfg, "fail_on_new", "warning")))

    def gate(self, finding: Finding, baseline: Baseline | None) -> Gate:
        rank = SEVERITY_RANK[finding.severity]
        if baseline == "accepted":
            return "pass"
        threshold = SEVERITY_RANK[self.fail_on]
        if baseline == "new":
            threshold = min(threshold, SEVERITY_RANK.get(self.fail_on_new, _OFF))
        return "fail" if rank >= threshold else "pass"


def accepted_of(page: PageResult) -> Sequence[Mapping[str, str]] | None:
    """The findings the page's approved output accepts; ``None`` when there is no such list."""
    approval = page.approval
    if not isinstance(approval, Mapping) or approval.get("status") not in ("same", "changed", "approved"):
        return None
    accepted = approval.get("accepted")
    return accepted if isinstance(accepted, list) else None


def judge_findings(
    findings: Sequence[Finding],
    policy: Policy,
    accepted: Sequence[Mapping[str, str]] | None = None,
    record: Mapping[str, Any] | None = None,
) -> tuple[tuple[Finding, ...], list[Mapping[str, str]]]:
    """``findings`` with ``baseline`` and ``gate`` set, and the accepted entries that are gone (fixed).

    ``record`` is the page's record (see :func:`harness.regression.baseline.fingerprint`)."""
    from harness.regression import baseline

    if accepted is None:
        labels: list[Baseline | None] = [None] * len(findings)
        fixed: list[Mapping[str, str]] = []
    else:
        labels, fixed = baseline.match(findings, accepted, record)
    pairs = zip(findings, labels, strict=True)
    judged = tuple(replace(f, baseline=label, gate=policy.gate(f, label)) for f, label in pairs)
    return judged, fixed


def status_of(findings: Sequence[Finding]) -> Status:
    if any(f.gate == "fail" for f in findings):
        return "fail"
    if any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK["warning"] for f in findings):
        return "warn"
    return "pass"


def judge_page(page: PageResult, policy: Policy) -> PageResult:
    """The page with every finding labelled, its ``status`` and its ``fixed`` findings."""
    findings, fixed = judge_findings(page.findings, policy, accepted_of(page), page.record)
    return replace(page, findings=findings, status=status_of(findings), fixed=tuple(fixed))


def judge_run(run: RunResult, policy: Policy) -> RunResult:
    """Every page judged, and the run-level findings (severity alone decides those)."""
    pages = tuple(judge_page(p, policy) for p in run.pages)
    findings, _ = judge_findings(run.findings, policy)
    return replace(run, pages=pages, findings=findings)


def exit_code(run: RunResult, policy: Policy) -> int:
    """0 when nothing fails the gate, 1 otherwise (2 is kept for usage errors).

    Reads the labels :func:`judge_run` wrote; a run loaded from an older results file is judged first.
    """
    if any(f.gate is None for f in run.all_findings()):
        run = judge_run(run, policy)
    return 1 if any(f.gate == "fail" for f in run.all_findings()) else 0
