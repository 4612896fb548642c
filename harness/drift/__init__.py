"""Nightly drift: fetch recorded pages live, classify how each changed, refresh cassettes after review."""

from __future__ import annotations

from harness.drift.classify import DriftOutcome, check_page, classify, extract_live, page_url
from harness.drift.coverage import Coverage, measure_coverage
from harness.drift.fetch import Fetcher, FetchResult
from harness.drift.fingerprint import Fingerprint, fingerprint, template_changes
from harness.drift.refresh import RefreshSummary, refresh, to_refresh
from harness.drift.run import (
    check_pages,
    page_result,
    run_coverage,
    run_drift,
    should_fail,
    summarize,
    with_drift_verdict,
)
from harness.drift.settings import (
    DRIFT_LABELS,
    LABELS,
    DriftSettings,
    Label,
    contact_warning,
    load_settings,
)

__all__ = [
    "DRIFT_LABELS",
    "LABELS",
    "Coverage",
    "DriftOutcome",
    "DriftSettings",
    "FetchResult",
    "Fetcher",
    "Fingerprint",
    "Label",
    "RefreshSummary",
    "check_page",
    "check_pages",
    "classify",
    "contact_warning",
    "extract_live",
    "fingerprint",
    "load_settings",
    "measure_coverage",
    "page_result",
    "page_url",
    "refresh",
    "run_coverage",
    "run_drift",
    "should_fail",
    "summarize",
    "template_changes",
    "to_refresh",
    "with_drift_verdict",
]
