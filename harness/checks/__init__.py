"""Data-quality checks (INTERFACE STUB — replaced by the checks implementation)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.config import HarnessConfig
from harness.model import Finding, PageResult


@dataclass(frozen=True, slots=True)
class PageContext:
    page_id: str
    site: str
    url: str | None
    captured_at: str | None
    truth: Mapping[str, Any] | None


@dataclass(frozen=True)
class DatasetOutcome:
    per_page: Mapping[str, Sequence[Finding]] = field(default_factory=dict)
    run: Sequence[Finding] = ()


def load_settings(cfg: HarnessConfig) -> Any:
    return cfg.checks


def page_findings(record: Mapping[str, Any], ctx: PageContext, settings: Any) -> list[Finding]:
    return []


def dataset_findings(pages: Sequence[PageResult], settings: Any) -> DatasetOutcome:
    return DatasetOutcome()
