"""Work of a run's last stage done ahead, while its pages are still being replayed.

The dataset stage (:func:`harness.checks.dataset_findings`) runs once every page is back, and what it does
first is per page: scan each body for the site's patterns, key its lines, digest it. Those values depend
on nothing but the page and the settings, so a runner with a core to spare (``--jobs 1`` on two cores) works
them out as each page comes back (:func:`prime`), in time it would otherwise spend waiting for its worker,
and the dataset stage finds them here (:func:`cached`) instead of computing them at the end, when the whole
run waits for it. The results are the same values, from the same functions.

The tables live for one run (:func:`run`); outside one, nothing is kept (``harness check`` streams
millions of records through the same functions).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

_tables: dict[str, dict[Any, Any]] | None = None


@contextlib.contextmanager
def run() -> Iterator[None]:
    """Keep values for the run in this block (and nowhere else)."""
    global _tables
    outer, _tables = _tables, {}
    try:
        yield
    finally:
        _tables = outer


def off() -> None:
    """Keep nothing in this process (a worker forked inside a run's block)."""
    global _tables
    _tables = None


def cached(kind: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, kept under ``(kind, key)`` for the run; ``key`` must say everything it depends on."""
    tables = _tables
    if tables is None:
        return compute()
    table = tables.setdefault(kind, {})
    try:
        value: T = table[key]
    except KeyError:
        value = table[key] = compute()
    return value


def table(kind: str) -> dict[Any, Any]:
    """The run's table of ``kind`` (for a caller that fills it itself), or a fresh one outside a run."""
    return {} if _tables is None else _tables.setdefault(kind, {})


def prime(page: Any, settings: Any) -> None:
    """Work out now what the dataset stage will need of ``page`` (a :class:`~harness.model.PageResult`),
    through the very functions the stage calls (:func:`harness.checks.frame.scanned`,
    :func:`~harness.checks.frame.digest`, :func:`harness.checks.rates.strong_hits`,
    :func:`harness.checks.teaser.body_units`, :func:`~harness.checks.teaser.candidates`,
    :func:`harness.checks.recurring.body_units`, :func:`harness.checks.dataset.line_keys`), and compiles
    the site's pattern lists."""
    if _tables is None:
        return
    from harness.checks import dataset, frame, rates, recurring, teaser

    for row in frame.rows_from([page]):
        if not row.body:
            continue
        scope = settings.for_site(row.site)
        if scope.patterns and scope.any_on(frame.PATTERN_CHECKS):
            dataset.warm(scope.patterns)  # the compiled pattern lists, once per list
            if frame.scanned(row.body, scope) and scope.on("rate.boilerplate"):
                rates.strong_hits(row.body, scope.patterns)
        if scope.on("body.duplicated"):
            frame.digest(row.body)
        if scope.on(teaser.TEASER):
            teaser.body_units(row.body)
            teaser.candidates(row.body)
        if scope.on("boilerplate.other_title"):
            dataset.line_keys(row.body)
        if scope.on(recurring.CHECK):
            recurring.body_units(row.body, table(recurring.LINES))
