"""Quality against ground truth (INTERFACE STUB — replaced by the quality implementation)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from harness.model import PageResult


def score(record: Mapping[str, Any] | None, truth: Mapping[str, Any]) -> dict[str, Any] | None:
    return None


def aggregate(pages: Sequence[PageResult]) -> dict[str, Any]:
    return {}
