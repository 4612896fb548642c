"""Quality scores for the summary: one row per scope (overall, each source, each site), one column per metric.

Reads the shape :func:`regression.quality.aggregate` writes (``overall`` / ``sources`` / ``sites``, each a
mapping of metric groups); anything else is left to the generic metric list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: (column heading, metric group, key) in display order.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("body F1 tokens", "body", "token_f1"),
    ("body F1 shingles", "body", "shingle_f1"),
    ("title exact", "title", "accuracy"),
    ("title normalised", "title", "accuracy_normalised"),
    ("date", "published", "accuracy"),
    ("must contain", "must_contain", "rate"),
    ("must not contain", "must_not_contain", "clean_rate"),
)


@dataclass(frozen=True, slots=True)
class QualityRow:
    scope: str
    pages: str
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QualityTable:
    columns: tuple[str, ...]
    main: tuple[QualityRow, ...]
    sites: tuple[QualityRow, ...]


def _cell(scores: Mapping[str, Any], group: str, key: str) -> str:
    block = scores.get(group)
    value = block.get(key) if isinstance(block, Mapping) else None
    if not isinstance(value, int | float):
        return "–"
    pages = block.get("pages") if isinstance(block, Mapping) else None
    return f"{value:.3f}" + (f" ({pages})" if isinstance(pages, int) else "")


def _row(scope: str, scores: Any) -> QualityRow | None:
    if not isinstance(scores, Mapping):
        return None
    cells = tuple(_cell(scores, group, key) for _, group, key in COLUMNS)
    return QualityRow(scope, str(scores.get("pages", "–")), cells)


def quality_table(summary: Any) -> QualityTable | None:
    """The table, or ``None`` when ``summary`` is not in the aggregate's shape (or holds no scores)."""
    if not isinstance(summary, Mapping) or not isinstance(summary.get("overall"), Mapping):
        return None
    main = [_row("overall", summary["overall"])]
    for group in ("sources", "sites"):
        if not isinstance(summary.get(group, {}), Mapping):
            return None
    main += [_row(f"source {name}", scores) for name, scores in sorted(summary.get("sources", {}).items())]
    sites = [_row(name, scores) for name, scores in sorted(summary.get("sites", {}).items())]
    rows = tuple(r for r in main if r is not None)
    if all(set(r.cells) == {"–"} for r in rows):
        return None
    return QualityTable(tuple(c for c, _, _ in COLUMNS), rows, tuple(r for r in sites if r is not None))
