"""Files the harness ships: the JSON schemas (top-level ``schemas/``, packaged as ``harness/_schemas``)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def schema_dir() -> Path:
    for candidate in (_HERE / "_schemas", _HERE.parent / "schemas"):
        if (candidate / "article.schema.json").is_file():
            return candidate
    raise FileNotFoundError("news-harness schemas not found (broken install?)")


def schema_path(name: str) -> Path:
    return schema_dir() / name


@cache
def load_schema(name: str) -> dict[str, Any]:
    with schema_path(name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data
