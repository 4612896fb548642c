"""The run's dataset-level expectations, written once, for every engine that evaluates them.

:func:`suite` lists the expectations over the run's columns (:func:`harness.checks.frame.columns`) as plain
:class:`Expectation` values. :mod:`harness.checks.gx` turns each into a Great Expectations expectation and
validates the frame in one batch; :func:`evaluate` computes the same outcomes in plain Python, with the
semantics of GX's pandas engine (missing values are skipped, rows come back in frame order), so the two
engines give identical :class:`~harness.checks.gx.Outcome` lists (tests/checks/test_suite.py proves it on
the corpus). Which engine a run uses is :func:`harness.runner.dataset_engine`'s choice.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["unique", "a_at_least_b", "at_most"]


@dataclass(frozen=True, slots=True)
class Expectation:
    """One expectation: ``unique`` values of ``columns[0]``; ``columns[0] >= columns[1]`` on rows where
    both are present; or ``columns[0]`` ``at_most`` ``limit`` where present."""

    check: str
    kind: Kind
    columns: tuple[str, ...]
    group: int = 0
    limit: int = 0


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one expectation said: the check it implements, the failing page ids, or why it could not run."""

    check: str
    group: int
    success: bool
    page_ids: tuple[str, ...] = ()
    unexpected_count: int = 0
    error: str | None = None
    query: str | None = None  # Spark: the filter that selects the failing rows on the cluster


#: Unique-value checks and the column they read, in suite order.
_UNIQUE = (
    ("title.duplicate", "title_site_key"),
    ("title.duplicate_across_sites", "title_key"),
    ("body.duplicated", "body_site_key"),
)
#: ``A >= B`` checks: (check, A, B, the column that must hold a value for the expectation to exist).
_PAIRS = (
    ("body.too_short", "body_len", "body_min", "body_min"),
    ("body.too_long", "body_max", "body_len", "body_max"),
    ("date.coverage", "date_coverage", "date_coverage_min", "date_coverage"),
)
#: Rate gates: the site's ceiling must be at least the site's share (one row per site carries both).
_RATES = (
    ("rate.boilerplate", "rate_boilerplate"),
    ("rate.title_duplicate", "rate_title_duplicate"),
    ("rate.body_too_short", "rate_body_too_short"),
)


def present(columns: Mapping[str, Sequence[Any]]) -> set[str]:
    """The columns with at least one non-missing value."""
    return {name for name, values in columns.items() if any(v is not None for v in values)}


def suite(columns_with_values: Collection[str]) -> list[Expectation]:
    """The expectations of a run, leaving out those whose input column has no value (``columns_with_values``:
    :func:`present` of the run's columns)."""
    have = set(columns_with_values)
    out = [Expectation(check, "unique", (col,)) for check, col in _UNIQUE if col in have]
    out += [Expectation(check, "a_at_least_b", (a, b)) for check, a, b, needed in _PAIRS if needed in have]
    out += [Expectation(gate, "a_at_least_b", (name + "_max", name)) for gate, name in _RATES if name in have]
    # the site's patterns are matched in Python (frame.boilerplate_match): no page may have a match
    if "boilerplate_match" in have:
        out.append(Expectation("boilerplate.pattern", "at_most", ("boilerplate_match",), limit=0))
    return out


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _unexpected(exp: Expectation, columns: Mapping[str, Sequence[Any]]) -> list[int]:
    """Row numbers (frame order) that break ``exp``."""
    first = columns[exp.columns[0]]
    if exp.kind == "unique":
        counts = Counter(v for v in first if not _missing(v))
        return [i for i, v in enumerate(first) if not _missing(v) and counts[v] > 1]
    if exp.kind == "a_at_least_b":
        second = columns[exp.columns[1]]
        return [
            i
            for i, (a, b) in enumerate(zip(first, second, strict=True))
            if not _missing(a) and not _missing(b) and not a >= b
        ]
    return [i for i, v in enumerate(first) if not _missing(v) and v > exp.limit]


def evaluate(columns: Mapping[str, Sequence[Any]]) -> list[Outcome]:
    """The suite's outcomes computed in plain Python: no Great Expectations, no pandas."""
    out = []
    for exp in suite(present(columns)):
        rows = _unexpected(exp, columns)
        ids = tuple(dict.fromkeys(str(columns["page_id"][i]) for i in rows))
        out.append(Outcome(exp.check, exp.group, not rows, ids, len(rows)))
    return out
