"""The Spark engine's dataset-level expectations: one Great Expectations validation per run, on the cluster.

The DataFrame GX validates has the in-memory path's columns, derived by the same functions:

* the row columns (:data:`harness.checks.frame.ROW_COLUMNS`: title keys, body length and bounds, the
  boilerplate match, body hash), computed per partition by :func:`harness.checks.frame.columns`;
* the site columns (date coverage and each rate gate: the site's share and its floor or ceiling, on the
  site's first row), computed from the pass-1 counters by :func:`harness.checks.frame.coverage_cells` and
  :func:`harness.checks.rates.cells`, and joined on the first row's line number.

:func:`harness.checks.gx.validate_spark` runs the suite of :func:`harness.checks.gx.expectations` over it
once. Only verdicts, counts and up to 20 page ids per expectation reach the driver. Failing pages stay on
the cluster: GX's own row filter (``unexpected_index_query``) selects them, and each partition words their
findings with :func:`harness.checks.dataset.page_findings`, the in-memory path's handlers. Failing sites
(one row each) come to the driver and are worded from the counters. The duplicate expectations GX failed
are worded on the driver from the rows whose key repeats (pass 2 sends those back).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.checks import frame, jsonl, rates
from harness.checks.reader import Raw, decode
from harness.model import Finding
from harness.scale import work
from harness.scale.reduce import Totals

PAGE_CHECKS = ("body.too_short", "body.too_long", "boilerplate.pattern")
SITE_COLUMNS = (
    "date_coverage",
    "date_coverage_min",
    *(col for name in rates.GATES.values() for col in (name, name + "_max")),
)
_TYPES = {"body_len": "long", "body_min": "long", "body_max": "long", "boilerplate_match": "long"}
ROW_SCHEMA = ", ".join(
    ["n long", "title string", "body string"]
    + [f"{col} {_TYPES.get(col, 'string')}" for col in frame.ROW_COLUMNS]
)
SITE_SCHEMA = ", ".join(["n long"] + [f"{col} double" for col in SITE_COLUMNS])


@dataclass
class Verdicts:
    """What the run's one validation decided."""

    run: list[Finding] = field(default_factory=list)  # GX errors, date coverage and rate gates, suite order
    duplicates: set[str] = field(default_factory=set)  # duplicate checks that failed
    pages: Any = None  # an RDD of (page id, site, url, findings) for failing pages, or None

    def duplicate_rows(self, members: Mapping[str, list[frame.Row]]) -> dict[str, list[frame.Row]]:
        """The repeated-key rows of the duplicate checks GX failed."""
        wanted = {work.KEY_COLUMNS[check] for check in self.duplicates}
        return {col: rows for col, rows in members.items() if col in wanted}


def _settings(cfg: Any, key: str) -> Any:
    from harness.scale.spark import _setup

    _setup(cfg, key, None)
    return work._current().ctx.check_settings


def _frame_rows(cfg: Any, key: str, renamed: frozenset[int]) -> Any:
    from harness.scale.spark import _chunks

    def run(items: Iterable[Raw]) -> Iterator[tuple[Any, ...]]:
        settings = _settings(cfg, key)
        for chunk in _chunks(items):
            stubs, numbers = [], []
            for raw in chunk:
                data, _, _ = decode(raw)
                if data is None:
                    continue
                base, site = jsonl.identity(data, raw.number, set())
                page_id = f"{base}-line-{raw.number}" if raw.number in renamed else base
                stubs.append(work._stub(data, raw.number, page_id, site))
                numbers.append(raw.number)
            rows = frame.rows_from(stubs)
            cols = frame.columns(rows, settings)
            for i, (number, row) in enumerate(zip(numbers, rows, strict=True)):
                yield (number, row.title, row.body, *(cols[col][i] for col in frame.ROW_COLUMNS))

    return run


def _site_rows(totals: Totals) -> list[tuple[Any, ...]]:
    """One row per site: its first line and its columns, from the counters."""
    out = []
    for site, state in totals.sites.items():
        scope = totals.settings.for_site(site)
        cells = [*frame.coverage_cells(scope, state.pages, state.dated)]
        for gate in rates.GATES:
            cells += rates.cells(scope, gate, state.pages, totals.rates.bad[(gate, site)])
        out.append((state.first, *cells))
    return out


def _words(cfg: Any, key: str, checks: Sequence[str]) -> Any:
    """Per partition of failing pages: their findings, worded by the in-memory path's handlers."""
    from harness.checks.dataset import page_findings
    from harness.scale.spark import _chunks

    def run(items: Iterable[Any]) -> Iterator[tuple[str, str, str, list[Finding]]]:
        settings = _settings(cfg, key)
        for chunk in _chunks(items):
            rows = [frame.Row(r.page_id, r.site, r.url, r.title, None, r.body) for r in chunk]
            failing = {c: [r.page_id for r in chunk if r[f"f{i}"]] for i, c in enumerate(checks)}
            found = page_findings(rows, settings, failing)
            for row in rows:
                if found.get(row.page_id):
                    yield row.page_id, row.site, row.url, found[row.page_id]

    return run


def build(spark: Any, raws: Any, ctx: Any, key: str, totals: Totals, renamed: frozenset[int]) -> Any:
    """The run's DataFrame: row columns per partition, site columns joined on the first row's line."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    rows = spark.createDataFrame(raws.mapPartitions(_frame_rows(ctx.cfg, key, renamed)), ROW_SCHEMA)
    sites = spark.createDataFrame(_site_rows(totals), SITE_SCHEMA)
    return rows.join(F.broadcast(sites), on="n", how="left").persist(StorageLevel.MEMORY_AND_DISK)


def validate(spark: Any, df: Any, ctx: Any, key: str, totals: Totals) -> Verdicts:
    """GX once over ``df``; the verdicts mapped to findings (failing pages as an RDD on the cluster)."""
    from pyspark.sql import functions as F

    from harness.checks import gx
    from harness.checks.dataset import gx_error

    checked = [*frame.ROW_COLUMNS[3:], *SITE_COLUMNS]
    counts = df.select([F.count(F.col(c)).alias(c) for c in checked]).first().asDict()
    out, pages = Verdicts(), {}
    for o in gx.validate_spark(df, {c for c, n in counts.items() if n}):
        if o.error is not None:
            out.run.append(gx_error(o))
        elif o.success:
            continue
        elif o.check in work.KEY_COLUMNS:
            out.duplicates.add(o.check)
        elif o.check in PAGE_CHECKS:
            pages[o.check] = o.query
        else:
            failing = {r.site for r in df.filter(F.expr(str(o.query))).select("site").distinct().collect()}
            out.run += _site_findings(o.check, failing, totals)
    if pages:
        checks = [c for c in PAGE_CHECKS if c in pages]
        flags = [F.coalesce(F.expr(str(pages[c])), F.lit(False)).alias(f"f{i}") for i, c in enumerate(checks)]
        picked = df.select("page_id", "site", "url", "title", "body", *flags)
        picked = picked.filter(" OR ".join(f"f{i}" for i in range(len(checks))))
        out.pages = picked.rdd.mapPartitions(_words(ctx.cfg, key, checks))
    return out


def _site_findings(check: str, failing: set[str], totals: Totals) -> list[Finding]:
    if check == "date.coverage":
        return totals.coverage(failing)
    pages = totals.pages()
    return [rates.finding(totals.settings, check, s, totals.rates, pages[s]) for s in sorted(failing)]
