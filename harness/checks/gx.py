"""The run's dataset-level expectations, validated with Great Expectations 1.x in one batch.

GX is imported lazily, once per process (:func:`gx_module`), and only when a GX check is enabled
(``CheckSettings.needs_gx``); its import costs about 3 s. One ephemeral context, one suite, one
``ValidationDefinition.run()`` over the run's DataFrame: the fixed cost of a validation (~40 ms) and the
frame fingerprint are paid once per run. Failing rows come back as page ids through
``unexpected_index_column_names=["page_id"]``. An expectation that errors does not raise in GX: it
returns ``success=False`` with ``exception_info``, which :func:`validate` reports as ``error``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from harness.checks.suite import Expectation, Groups, suite
from harness.checks.suite import Outcome as Outcome  # where the engines' callers import it from

RESULT_FORMAT: Mapping[str, Any] = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["page_id"],
    "exclude_unexpected_values": True,
}


@cache
def gx_module() -> Any:
    """``great_expectations``, imported on first use and kept (the import is the expensive part)."""
    import great_expectations

    return great_expectations


_GX_NAMES = {
    "unique": "ExpectColumnValuesToBeUnique",
    "a_at_least_b": "ExpectColumnPairValuesAToBeGreaterThanB",
    "matches_none": "ExpectColumnValuesToNotMatchRegexList",
}


def _to_gx(gx: Any, exp: Expectation) -> Any:
    """The Great Expectations expectation for one of :func:`harness.checks.suite.suite`'s."""
    kwargs: dict[str, Any] = {"column": exp.columns[0]}
    if exp.kind == "a_at_least_b":
        kwargs = {"column_A": exp.columns[0], "column_B": exp.columns[1], "or_equal": True}
        kwargs["ignore_row_if"] = "either_value_is_missing"
    if exp.kind == "matches_none":
        kwargs["regex_list"] = list(exp.regexes)
    if exp.sites is not None:
        from great_expectations.expectations.row_conditions import Column

        kwargs["row_condition"] = Column("site").is_in(list(exp.sites))
    cls = getattr(gx.expectations, _GX_NAMES[exp.kind])
    return cls(meta={"check": exp.check, "group": exp.group}, **kwargs)


def expectations(gx: Any, columns: Mapping[str, Sequence[Any]], groups: Groups) -> list[Any]:
    """The suite's expectations as GX objects, leaving out those whose input column is empty."""
    return [_to_gx(gx, exp) for exp in suite(columns, groups)]


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


def _page_ids(result: Mapping[str, Any]) -> tuple[str, ...]:
    """Page ids from ``unexpected_index_list``: ``[{"page_id": [...]}]`` or ``[{"page_id": "x"}, ...]``."""
    out: list[str] = []
    for item in result.get("unexpected_index_list") or ():
        value = item.get("page_id") if isinstance(item, Mapping) else item
        if isinstance(value, list | tuple):
            out.extend(str(v) for v in value)
        elif value is not None:
            out.append(str(value))
    return tuple(dict.fromkeys(out))


def _outcome(res: Any) -> Outcome:
    meta = res.expectation_config.meta or {}
    check, group = str(meta.get("check", res.expectation_config.type)), int(meta.get("group", 0))
    error = _error(res.exception_info)
    result = res.result or {}
    ids = _page_ids(result)
    count = int(result.get("unexpected_count") or 0)
    if error is None and not res.success and count and not ids:
        error = f"{count} unexpected rows could not be mapped back to pages"
    return Outcome(check, group, bool(res.success) and error is None, ids, count, error)


def validate(columns: Mapping[str, Sequence[Any]], groups: Groups) -> list[Outcome]:
    """Validate the run's frame against the suite in one ``ValidationDefinition.run()``."""
    gx = gx_module()
    suite_items = expectations(gx, columns, groups)
    if not suite_items:
        return []
    import pandas as pd
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    batch = (
        context.data_sources.add_pandas("harness")
        .add_dataframe_asset("run")
        .add_batch_definition_whole_dataframe("all-pages")
    )
    suite = context.suites.add(gx.ExpectationSuite(name="harness-dataset"))
    for expectation in suite_items:
        suite.add_expectation(expectation)
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name="harness-run", data=batch, suite=suite)
    )
    frame = pd.DataFrame(dict(columns))
    result = definition.run(batch_parameters={"dataframe": frame}, result_format=dict(RESULT_FORMAT))
    return [_outcome(res) for res in result.results]
