"""Approved outputs (INTERFACE STUB — replaced by the regression implementation)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from harness.config import HarnessConfig
from harness.model import Finding


def load_settings(cfg: HarnessConfig) -> Any:
    return cfg.compare


def compare(
    record: Mapping[str, Any] | None, approved_path: Path, settings: Any
) -> tuple[dict[str, Any] | None, list[Finding]]:
    return ({"status": "new"} if not approved_path.exists() else None), []
