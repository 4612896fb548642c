"""The row-local expectations (``body.too_short``, ``body.too_long``, ``boilerplate.pattern``) of the
in-process engine, validated by Great Expectations once per run.

Pass 1 reduces each page with a body to four numbers (:data:`COLUMNS`, computed by
:func:`harness.checks.frame.columns` as for every engine) and its line number. The parent keeps them in numpy
arrays (about 40 bytes a page), and between the passes one ``ValidationDefinition.run()`` over that small
frame decides which lines fail which expectation. Pass 2 words the failing pages with the in-memory path's
handlers (:func:`harness.checks.dataset.page_findings`), so the findings are the same as a validation over
the whole run's frame, and no body is held or validated twice.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from harness.checks.dataset import gx_error
from harness.model import Finding

COLUMNS = ("body_len", "body_min", "body_max", "boilerplate_match")


def _number(value: Any) -> float:
    return math.nan if value is None else float(value)


def reduce(numbers: Sequence[int], cols: Mapping[str, Sequence[Any]]) -> tuple[list[int], list[list[float]]]:
    """The rows of one chunk that carry a value in a row-local column, as (line numbers, column values)."""
    keep = [i for i in range(len(numbers)) if any(cols[c][i] is not None for c in COLUMNS)]
    return [numbers[i] for i in keep], [[_number(cols[c][i]) for i in keep] for c in COLUMNS]


class RowLocal:
    """Pass 1's row-local columns for the whole run, in compact arrays."""

    def __init__(self) -> None:
        self.lines: list[Any] = []
        self.values: list[list[Any]] = [[] for _ in COLUMNS]

    def add(self, lines: Sequence[int], values: Sequence[Sequence[float]]) -> None:
        import numpy as np

        if not lines:
            return
        self.lines.append(np.asarray(lines, dtype=np.int64))
        for store, column in zip(self.values, values, strict=True):
            store.append(np.asarray(column, dtype=np.float64))

    def frame(self) -> dict[str, Any]:
        """``page_id`` (the line number) and the columns that hold a value somewhere."""
        import numpy as np

        out: dict[str, Any] = {"page_id": np.concatenate(self.lines)}
        for name, parts in zip(COLUMNS, self.values, strict=True):
            column = np.concatenate(parts)
            if not np.isnan(column).all():
                out[name] = column
        return out

    def validate(self) -> tuple[dict[str, frozenset[int]], list[Finding]]:
        """One validation: check -> failing line numbers, and the run-level errors of expectations that
        could not run."""
        if not self.lines:
            return {}, []
        from harness.checks.gx import validate

        columns = self.frame()
        self.lines, self.values = [], [[] for _ in COLUMNS]
        failing: dict[str, frozenset[int]] = {}
        errors: list[Finding] = []
        for outcome in validate(columns):
            if outcome.error is not None:
                errors.append(gx_error(outcome))
            elif not outcome.success:
                failing[outcome.check] = frozenset(int(pid) for pid in outcome.page_ids)
        return failing, errors
