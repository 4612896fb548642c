"""The run's dataset-level expectations, validated with Great Expectations 1.x in one batch.

GX is imported lazily, once per process (:func:`gx_module`), and only when a GX check is enabled
(``CheckSettings.needs_gx``); its import costs about 3 s. One ephemeral context, one suite, one
``ValidationDefinition.run()`` over the run's DataFrame: the fixed cost of a validation (~40 ms) and the
frame fingerprint are paid once per run. Failing rows come back as page ids through
``unexpected_index_column_names=["page_id"]``. An expectation that errors does not raise in GX: it
returns ``success=False`` with ``exception_info``, which :func:`validate` reports as ``error``.

The suite (:func:`expectations`) is built the same way for both data sources: :func:`validate` runs it over
a pandas frame (the in-memory path, and the streaming engine per chunk), :func:`validate_spark` over the
Spark engine's DataFrame, once per run, on the cluster.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from typing import Any

from harness.checks.suite import Expectation, present, suite
from harness.checks.suite import Outcome as Outcome  # where the engines' callers import it from

RESULT_FORMAT: Mapping[str, Any] = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["page_id"],
    "exclude_unexpected_values": True,
}
SPARK_RESULT_FORMAT: Mapping[str, Any] = {
    "result_format": "SUMMARY",
    "partial_unexpected_count": 20,
    "unexpected_index_column_names": ["page_id"],
    "return_unexpected_index_query": True,
}


@cache
def gx_module() -> Any:
    """``great_expectations``, imported on first use and kept (the import is the expensive part)."""
    import great_expectations

    return great_expectations


_GX_NAMES = {
    "unique": "ExpectColumnValuesToBeUnique",
    "a_at_least_b": "ExpectColumnPairValuesAToBeGreaterThanB",
    "at_most": "ExpectColumnValuesToBeBetween",
}


def _to_gx(gx: Any, exp: Expectation) -> Any:
    """The Great Expectations expectation for one of :func:`harness.checks.suite.suite`'s."""
    kwargs: dict[str, Any] = {"column": exp.columns[0]}
    if exp.kind == "a_at_least_b":
        kwargs = {"column_A": exp.columns[0], "column_B": exp.columns[1], "or_equal": True}
        kwargs["ignore_row_if"] = "either_value_is_missing"
    elif exp.kind == "at_most":
        kwargs["max_value"] = exp.limit
    cls = getattr(gx.expectations, _GX_NAMES[exp.kind])
    return cls(meta={"check": exp.check, "group": exp.group}, **kwargs)


def expectations(gx: Any, columns_with_values: Collection[str]) -> list[Any]:
    """The suite (:func:`harness.checks.suite.suite`) as GX objects, for every data source."""
    return [_to_gx(gx, exp) for exp in suite(columns_with_values)]


def _error(info: Any) -> str | None:
    """The message of an expectation's ``exception_info`` (flat, or keyed by metric), if it raised."""
    if not isinstance(info, Mapping):
        return None
    if info.get("raised_exception"):
        return str(info.get("exception_message") or "unknown error")
    for value in info.values():
        if isinstance(value, Mapping) and value.get("raised_exception"):
            return str(value.get("exception_message") or "unknown error")
    return None


def _page_ids(items: Any) -> tuple[str, ...]:
    """Page ids from an index list: ``[{"page_id": [...]}]`` or ``[{"page_id": "x"}, ...]``."""
    out: list[str] = []
    for item in items or ():
        value = item.get("page_id") if isinstance(item, Mapping) else item
        if isinstance(value, list | tuple):
            out.extend(str(v) for v in value)
        elif value is not None:
            out.append(str(value))
    return tuple(dict.fromkeys(out))


_QUERY = re.compile(r"df\.filter\(F\.expr\('(?P<expr>[^']*)'\)\)", re.DOTALL)


def _outcome(res: Any, spark: bool = False) -> Outcome:
    """One expectation's result. On pandas every failing page id; on Spark a sample of them, the count,
    and GX's ``unexpected_index_query`` as a Spark SQL filter (the rows stay on the cluster)."""
    meta = res.expectation_config.meta or {}
    check, group = str(meta.get("check", res.expectation_config.type)), int(meta.get("group", 0))
    error = _error(res.exception_info)
    result = res.result or {}
    count = int(result.get("unexpected_count") or 0)
    ids = _page_ids(result.get("partial_unexpected_index_list" if spark else "unexpected_index_list"))
    query = None
    if spark and count:
        found = _QUERY.fullmatch(str(result.get("unexpected_index_query") or "").strip())
        query = found.group("expr") if found else None
        if error is None and not res.success and query is None:
            error = f"{count} unexpected rows, and no row filter to find them on the cluster"
    elif error is None and not res.success and count and not ids:
        error = f"{count} unexpected rows could not be mapped back to pages"
    return Outcome(check, group, bool(res.success) and error is None, ids, count, error, query)


def _definition(gx: Any, items: Sequence[Any], source: str) -> Any:
    """An ephemeral context, progress bars off, the suite, and its one ValidationDefinition."""
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    sources = context.data_sources
    data = sources.add_spark("harness") if source == "spark" else sources.add_pandas("harness")
    batch = data.add_dataframe_asset("run").add_batch_definition_whole_dataframe("all-pages")
    checks = context.suites.add(gx.ExpectationSuite(name="harness-dataset"))
    for expectation in items:
        checks.add_expectation(expectation)
    definition = gx.ValidationDefinition(name="harness-run", data=batch, suite=checks)
    return context.validation_definitions.add(definition)


def validate(columns: Mapping[str, Sequence[Any]]) -> list[Outcome]:
    """Validate the run's frame against the suite in one ``ValidationDefinition.run()``."""
    gx = gx_module()
    suite_items = expectations(gx, present(columns))
    if not suite_items:
        return []
    import pandas as pd

    frame = pd.DataFrame(dict(columns))
    definition = _definition(gx, suite_items, "pandas")
    result = definition.run(batch_parameters={"dataframe": frame}, result_format=dict(RESULT_FORMAT))
    return [_outcome(res) for res in result.results]


def validate_spark(frame: Any, columns: Collection[str]) -> list[Outcome]:
    """The same suite over a Spark DataFrame, in one ``ValidationDefinition.run()`` on the cluster.

    ``columns``: the frame's columns with a value. Only counts, a sample of page ids and the row filter come
    back to the driver (``SPARK_RESULT_FORMAT``); COMPLETE would collect every failing row."""
    gx = gx_module()
    suite_items = expectations(gx, columns)
    if not suite_items:
        return []
    definition = _definition(gx, suite_items, "spark")
    result = definition.run(batch_parameters={"dataframe": frame}, result_format=dict(SPARK_RESULT_FORMAT))
    return [_outcome(res, spark=True) for res in result.results]
