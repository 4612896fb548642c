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
from dataclasses import dataclass
from functools import cache
from typing import Any

from harness.checks.patterns import combined

RESULT_FORMAT: Mapping[str, Any] = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["page_id"],
    "exclude_unexpected_values": True,
}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one expectation said: the check it implements, the failing page ids, or why it could not run."""

    check: str
    group: int
    success: bool
    page_ids: tuple[str, ...] = ()
    unexpected_count: int = 0
    error: str | None = None


@cache
def gx_module() -> Any:
    """``great_expectations``, imported on first use and kept (the import is the expensive part)."""
    import great_expectations

    return great_expectations


def _spec(gx: Any, check: str, group: int = 0, **kwargs: Any) -> Any:
    names = {
        "title.duplicate": "ExpectColumnValuesToBeUnique",
        "title.duplicate_across_sites": "ExpectColumnValuesToBeUnique",
        "body.duplicated": "ExpectColumnValuesToBeUnique",
        "body.too_short": "ExpectColumnPairValuesAToBeGreaterThanB",
        "body.too_long": "ExpectColumnPairValuesAToBeGreaterThanB",
        "date.coverage": "ExpectColumnPairValuesAToBeGreaterThanB",
        "boilerplate.pattern": "ExpectColumnValuesToNotMatchRegexList",
        "rate.boilerplate": "ExpectColumnPairValuesAToBeGreaterThanB",
        "rate.title_duplicate": "ExpectColumnPairValuesAToBeGreaterThanB",
        "rate.body_too_short": "ExpectColumnPairValuesAToBeGreaterThanB",
    }
    cls = getattr(gx.expectations, names[check])
    return cls(meta={"check": check, "group": group}, **kwargs)


def expectations(
    gx: Any, columns: Mapping[str, Sequence[Any]], groups: Sequence[tuple[tuple[str, ...], list[str]]]
) -> list[Any]:
    """The suite's expectations, leaving out those whose input column is empty."""
    pair: dict[str, Any] = {"or_equal": True, "ignore_row_if": "either_value_is_missing"}
    candidates = [
        ("title_site_key", _spec(gx, "title.duplicate", column="title_site_key")),
        ("title_key", _spec(gx, "title.duplicate_across_sites", column="title_key")),
        ("body_site_key", _spec(gx, "body.duplicated", column="body_site_key")),
        ("body_min", _spec(gx, "body.too_short", column_A="body_len", column_B="body_min", **pair)),
        ("body_max", _spec(gx, "body.too_long", column_A="body_max", column_B="body_len", **pair)),
        (
            "date_coverage",
            _spec(gx, "date.coverage", column_A="date_coverage", column_B="date_coverage_min", **pair),
        ),
    ]
    for gate, name in (
        ("rate.boilerplate", "rate_boilerplate"),
        ("rate.title_duplicate", "rate_title_duplicate"),
        ("rate.body_too_short", "rate_body_too_short"),
    ):  # the site's ceiling >= the site's share, on one row per site
        if name in columns:
            candidates.append((name, _spec(gx, gate, column_A=name + "_max", column_B=name, **pair)))
    out = [exp for col, exp in candidates if any(v is not None for v in columns[col])]
    if any(v is not None for v in columns["body_lower"]):
        from great_expectations.expectations.row_conditions import Column

        for i, (patterns, sites) in enumerate(groups):
            condition = {"row_condition": Column("site").is_in(sites)} if len(groups) > 1 else {}
            out.append(
                _spec(
                    gx,
                    "boilerplate.pattern",
                    i,
                    column="body_lower",
                    regex_list=combined(patterns),
                    **condition,
                )
            )
    return out


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


def validate(
    columns: Mapping[str, Sequence[Any]], groups: Sequence[tuple[tuple[str, ...], list[str]]]
) -> list[Outcome]:
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
