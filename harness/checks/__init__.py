"""Data-quality checks: per-page checks in plain Python, dataset-level checks in one GX batch per run.

The runner calls :func:`load_settings` once per run, :func:`page_findings` per page and
:func:`dataset_findings` once over all pages. Every check reports the same way: a
:class:`~harness.model.Finding` with a stable id from :data:`~harness.checks.catalog.CATALOG`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from harness.checks.catalog import CATALOG, GX_CHECKS, CheckSpec
from harness.checks.dataset import DatasetOutcome, dataset_findings
from harness.checks.page import PageContext, page_findings
from harness.checks.settings import CheckSettings, SiteSettings, parse_settings
from harness.config import HarnessConfig

__all__ = [
    "CATALOG",
    "GX_CHECKS",
    "CheckSettings",
    "CheckSpec",
    "DatasetOutcome",
    "PageContext",
    "SiteSettings",
    "dataset_findings",
    "load_settings",
    "page_findings",
]


def load_settings(cfg: HarnessConfig | Mapping[str, Any]) -> CheckSettings:
    """Validate ``[tool.harness.checks]`` (raises :class:`~harness.config.ConfigError`)."""
    table = cfg.checks if isinstance(cfg, HarnessConfig) else cfg
    return parse_settings(table)
