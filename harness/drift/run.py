"""A whole drift run (``harness drift``): fetch every recorded page, classify, build the run, summarise.

The run's coverage (how many pages could be compared, :mod:`harness.drift.coverage`) is part of its
verdict: ``summary["drift"]["coverage"]`` and run-level ``drift.coverage`` findings.

Fetching runs concurrently within the politeness limits; classification runs afterwards, one page at a
time, because extraction blocks the network for the whole process. Each page becomes a
:class:`~harness.model.PageResult` whose ``record`` is the live extraction, whose findings are the live
page's findings plus one ``drift.<label>`` finding, and whose ``drift`` is :meth:`DriftOutcome.to_dict`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from harness.capture import cassette as cassette_mod
from harness.capture.cassette import CassetteError, CassetteRef
from harness.drift.classify import DriftOutcome, classify, page_url
from harness.drift.coverage import Coverage, measure_coverage
from harness.drift.fetch import Fetcher, FetchResult
from harness.drift.settings import LABELS, DriftSettings
from harness.model import Finding, PageResult, RunResult, Severity
from harness.runner import RunContext, finish_run, utcnow

Progress = Callable[[int, int, str], None]
_SEVERITY: Mapping[str, Severity] = {
    "breaking": "error",
    "template_changed": "warning",
    "gone": "warning",
    "content_edited": "info",
    "unreachable": "info",
    "skipped": "info",
}


def should_fail(outcome: DriftOutcome | Mapping[str, Any], settings: DriftSettings) -> bool:
    """True when the page's label is one of ``fail_on`` (``["breaking"]`` unless configured)."""
    label = outcome.label if isinstance(outcome, DriftOutcome) else outcome.get("label")
    return label in settings.fail_on


def _finding(outcome: DriftOutcome) -> Finding | None:
    severity = _SEVERITY.get(outcome.label)
    if severity is None:
        return None
    where = f"$.{outcome.fields[0]}" if outcome.fields and outcome.fields[0] != "$" else "$"
    message = f"drift: {outcome.label.replace('_', ' ')}: " + "; ".join(outcome.reasons)
    return Finding(f"drift.{outcome.label}", severity, where, message[:1000])


def page_result(ref: CassetteRef, outcome: DriftOutcome, extractor: str) -> PageResult:
    """The results-file entry for one drift outcome."""
    extra = _finding(outcome)
    return PageResult(
        id=ref.id,
        site=ref.site,
        url=outcome.final_url or outcome.url,
        cassette=ref.display(),
        extractor=extractor,
        record=dict(outcome.live_record) if outcome.live_record is not None else None,
        findings=outcome.live_findings + ((extra,) if extra else ()),
        elapsed_ms=outcome.fetch_ms + outcome.classify_ms,
        captured_at=outcome.fetched_at,
        drift=outcome.to_dict(),
    )


def summarize(
    pages: Iterable[PageResult | DriftOutcome], settings: DriftSettings | None = None
) -> dict[str, Any]:
    """``run.summary["drift"]``: label counts overall and per site, each site's verdict and broken fields."""
    totals: Counter[str] = Counter()
    sites: dict[str, dict[str, Any]] = {}
    failing = 0
    for page in pages:
        drift = page.to_dict() if isinstance(page, DriftOutcome) else page.drift
        if not drift:
            continue
        label = str(drift.get("label"))
        totals[label] += 1
        site = sites.setdefault(page.site, {"pages": 0, "counts": Counter(), "fields": Counter()})
        site["pages"] += 1
        site["counts"][label] += 1
        if label == "breaking":
            site["fields"].update(drift.get("fields") or ())
        failing += settings is not None and should_fail(drift, settings)
    order = {label: i for i, label in enumerate(LABELS)}
    for site in sites.values():
        site["verdict"] = min(site["counts"], key=lambda lb: order.get(lb, len(order)))
        site["counts"] = {
            lb: site["counts"][lb] for lb in sorted(site["counts"], key=lambda x: order.get(x, 99))
        }
        site["fields"] = dict(sorted(site["fields"].items()))
    out: dict[str, Any] = {
        "labels": {lb: totals[lb] for lb in LABELS if totals[lb]},
        "sites": dict(sorted(sites.items())),
    }
    if settings is not None:
        out["fail_on"] = list(settings.fail_on)
        out["failing"] = failing
    return out


def run_coverage(pages: Iterable[PageResult], settings: DriftSettings) -> Coverage:
    """The coverage verdict of a drift run's pages (see :mod:`harness.drift.coverage`)."""
    triples = [(p.id, p.site, p.drift) for p in pages if p.drift]
    return measure_coverage(triples, settings.min_coverage, settings.fail_on_dark_site)


def _urls(refs: Sequence[CassetteRef]) -> tuple[list[str | None], dict[int, str]]:
    urls: list[str | None] = []
    problems: dict[int, str] = {}
    for i, ref in enumerate(refs):
        try:
            urls.append(page_url(cassette_mod.load(ref.path)))
        except (CassetteError, IndexError, KeyError) as exc:
            urls.append(None)
            problems[i] = f"cassette unreadable: {exc}"
    return urls, problems


def check_pages(
    refs: Sequence[CassetteRef],
    ctx: RunContext,
    settings: DriftSettings,
    *,
    fetcher: Fetcher | None = None,
    progress: Progress | None = None,
) -> list[DriftOutcome]:
    """Fetch all pages (concurrently, politely), then classify each; outcomes in ``refs`` order."""
    urls, problems = _urls(refs)
    wanted = [u for u in urls if u is not None]
    own = fetcher is None
    active = fetcher or Fetcher(settings)
    try:
        fetched = iter(active.fetch_many(wanted, progress))
    finally:
        if own:
            active.close()
    outcomes: list[DriftOutcome] = []
    for i, ref in enumerate(refs):
        if i in problems:
            outcomes.append(
                DriftOutcome(id=ref.id, site=ref.site, url=None, label="skipped", reasons=(problems[i],))
            )
            continue
        result: FetchResult = next(fetched)
        outcomes.append(classify(ref, ctx, settings, result))
    return outcomes


def run_drift(
    ctx: RunContext,
    refs: Sequence[CassetteRef],
    settings: DriftSettings,
    *,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
) -> tuple[RunResult, list[DriftOutcome]]:
    """The whole run: outcomes, page results with ``drift`` set, ``finish_run``, ``summary["drift"]``."""
    if ctx.extractor is None:
        raise ValueError("run_drift needs a RunContext with an extractor")
    started = utcnow()
    outcomes = check_pages(refs, ctx, settings, fetcher=fetcher, progress=progress)
    pages = [page_result(ref, o, ctx.extractor.name) for ref, o in zip(refs, outcomes, strict=True)]
    run = finish_run(pages, ctx, started_at=started, source="live")
    return with_drift_verdict(run, settings), outcomes


def with_drift_verdict(run: RunResult, settings: DriftSettings) -> RunResult:
    """``run`` with ``summary["drift"]`` (labels, sites, coverage) and the ``drift.coverage`` findings."""
    summary = dict(run.summary)
    summary["drift"] = summarize(run.pages, settings)
    covered = run_coverage(run.pages, settings)
    summary["drift"]["coverage"] = covered.to_dict()
    return replace(run, summary=summary, findings=run.findings + tuple(covered.findings()))
