"""Nightly drift: fetch recorded pages live, classify how each changed, refresh cassettes after review."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Imported on first use: `harness --help` and `harness run` must not pay for bs4, httpx and the classifier.
_EXPORTS = {
    "Coverage": "harness.drift.coverage",
    "DRIFT_LABELS": "harness.drift.settings",
    "DriftOutcome": "harness.drift.classify",
    "DriftSettings": "harness.drift.settings",
    "FetchResult": "harness.drift.fetch",
    "Fetcher": "harness.drift.fetch",
    "Fingerprint": "harness.drift.fingerprint",
    "LABELS": "harness.drift.settings",
    "Label": "harness.drift.settings",
    "RefreshSummary": "harness.drift.refresh",
    "check_page": "harness.drift.classify",
    "check_pages": "harness.drift.run",
    "classify": "harness.drift.classify",
    "contact_warning": "harness.drift.settings",
    "extract_live": "harness.drift.classify",
    "fingerprint": "harness.drift.fingerprint",
    "load_settings": "harness.drift.settings",
    "measure_coverage": "harness.drift.coverage",
    "page_result": "harness.drift.run",
    "page_url": "harness.drift.classify",
    "refresh": "harness.drift.refresh",
    "run_coverage": "harness.drift.run",
    "run_drift": "harness.drift.run",
    "should_fail": "harness.drift.run",
    "summarize": "harness.drift.run",
    "template_changes": "harness.drift.fingerprint",
    "to_refresh": "harness.drift.refresh",
    "with_drift_verdict": "harness.drift.run",
}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'harness.drift' has no attribute {name!r}")


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
