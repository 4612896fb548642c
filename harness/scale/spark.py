"""The Spark engine: ``harness check --engine spark [--spark-master URL] PATH``.

The same two passes as :mod:`harness.scale.local`, with Spark as the feeder: the input (JSON lines, plain or
compressed, or Parquet, at any path Spark reads) becomes an RDD of numbered raw lines; each partition runs
:func:`harness.scale.work.sketch_chunk` and :func:`harness.scale.work.check_chunk` on its lines, chunk by
chunk, with the check logic of :mod:`harness.checks` unchanged. Only compact things reach the driver: the
pass-1 sketches (hashes and per-site counts, streamed a partition at a time), the rows whose keys repeat,
counts and a sample. Above the size limit the findings stay on the cluster: each partition's rows are
written by Spark as JSON lines (gzip) to ``<PATH>.findings/`` (or ``--out``).

``pyspark`` is imported only here (``pip install 'news-harness[spark]'``). Executors need the harness
installed in their Python and the config's schema files at the same paths (docs/scale.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from harness.checks.reader import BOM, Raw, is_parquet
from harness.scale import work
from harness.scale.local import CHUNK, LIMIT, ScaleRun
from harness.scale.reduce import Totals, recurring_summaries
from harness.scale.sink import Tally, table_row

_contexts: dict[str, Any] = {}


def session(master: str | None) -> Any:
    """A Spark session: ``master`` if given, else what spark-submit set, else ``local[*]``."""
    import os
    import sys

    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    # local mode: Python workers run this interpreter (with the harness); a cluster sets PYSPARK_PYTHON
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    builder = SparkSession.builder.appName("news-harness check")
    if master:
        builder = builder.master(master)
    elif not SparkConf().contains("spark.master"):
        builder = builder.master("local[*]")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _raws(spark: Any, source: str) -> Any:
    """An RDD of :class:`Raw`, numbered from 1 in the order Spark reads the input."""
    from harness.checks.reader import _plain

    if is_parquet(Path(source)) or source.rstrip("/").endswith(".parquet"):
        frame = spark.read.parquet(source)
        rows = frame.rdd.map(lambda r: {str(k): _plain(v) for k, v in r.asDict().items()})
        return rows.zipWithIndex().map(lambda ri: Raw(ri[1] + 1, row=ri[0]))
    lines = spark.sparkContext.textFile(source, use_unicode=False)
    return lines.zipWithIndex().map(lambda li: Raw(li[1] + 1, line=bytes(li[0]).removeprefix(BOM)))


def _setup(cfg: Any, key: str, setup: work.Setup | None) -> None:
    """Install the worker setup in an executor's Python, building its RunContext once per process."""
    from harness.runner import RunContext

    if key not in _contexts:
        _contexts.clear()
        _contexts[key] = RunContext(cfg, None).prepare()
    ctx = _contexts[key]
    base = setup or work.Setup(ctx)
    work.install(replace(base, ctx=ctx))


def _chunks(items: Iterable[Raw]) -> Iterator[list[Raw]]:
    chunk: list[Raw] = []
    for raw in items:
        chunk.append(raw)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _sketches(cfg: Any, key: str) -> Any:
    def run(items: Iterable[Raw]) -> Iterator[tuple[int, work.Sketch]]:
        _setup(cfg, key, None)
        for chunk in _chunks(items):
            yield len(chunk), work.sketch_chunk(chunk)

    return run


def _checks(cfg: Any, key: str, setup: Any) -> Any:
    def run(items: Iterable[Raw]) -> Iterator[work.Checked]:
        _setup(cfg, key, setup.value)
        for chunk in _chunks(items):
            yield work.check_chunk(chunk)

    return run


def run_spark(
    source: str,
    ctx: Any,
    *,
    master: str | None = None,
    folder: Path | None = None,
    limit: int = LIMIT,
    out: str | None = None,
) -> ScaleRun:
    """Check every record at ``source`` on Spark (see the module docstring)."""
    spark = session(master)
    raws = _raws(spark, source).cache()
    key = ctx.cfg.digest()
    totals = Totals(ctx.check_settings)
    for lines, sketch in raws.mapPartitions(_sketches(ctx.cfg, key)).toLocalIterator():
        totals.add(sketch, lines)
    keep = totals.lines <= limit or folder is None
    common = totals.common()
    setup = work.Setup(
        None,
        frozenset(totals.renamed),
        totals.candidates(),
        common,
        keep_records=keep,
        teaser=totals.teaser(),
    )
    checked = raws.mapPartitions(_checks(ctx.cfg, key, spark.sparkContext.broadcast(setup)))
    result = ScaleRun(totals.lines, totals.coverage(), [] if keep else None)
    if keep:
        from harness.scale.local import _duplicates

        members, hits = _gather(checked.toLocalIterator(), result)
        late = _duplicates(members, ctx.check_settings)
        for pid, found in late.items():
            result.per_page[pid] = found + result.per_page.get(pid, [])
    else:
        table = out or source.rstrip("/") + ".findings"
        extra: dict[str, Any] = {}
        result.sink = _write_table(spark, checked.cache(), table, ctx, extra)  # type: ignore[assignment]
        hits = extra.pop("hits")
    result.run_findings += recurring_summaries(ctx.check_settings, common, hits)
    raws.unpersist()
    return result


def _gather(parts: Iterable[work.Checked], result: ScaleRun) -> tuple[dict[str, list[Any]], list[Any]]:
    from harness.scale.local import _collect

    members: dict[str, list[Any]] = {}
    hits: list[Any] = []
    for part in parts:
        _collect(result, part)
        for col, row in part.members:
            members.setdefault(col, []).append(row)
        hits.extend(part.hits.items())
    return members, hits


class SparkTable:
    """The findings table Spark wrote (a folder of gzip JSON lines), with the run's tally."""

    def __init__(self, path: str, rows: int, tally: Tally) -> None:
        self.path, self.rows, self.tally = path, rows, tally

    def close(self) -> str:
        return self.path


def _rows(checked: work.Checked) -> Iterator[dict[str, Any]]:
    for page in checked.pages:
        for f in (*page.findings, *checked.dataset.get(page.id, [])):
            yield table_row(page.id, page.site, page.url, f)


def _write_table(spark: Any, checked: Any, table: str, ctx: Any, extra: dict[str, Any]) -> SparkTable:
    from harness.scale.local import _duplicates

    rows = checked.flatMap(_rows)
    frame = spark.createDataFrame(rows, schema=_TABLE_SCHEMA)
    frame.write.mode("overwrite").option("compression", "gzip").json(table + "/pages")
    tally, members, hits = Tally(), dict[str, list[Any]](), list[Any]()
    for part in checked.map(_summary).toLocalIterator():
        tally.merge(part[0])
        for col, row in part[1]:
            members.setdefault(col, []).append(row)
        hits.extend(part[2])
    late = _duplicates(members, ctx.check_settings)
    where = {r.page_id: (r.site, r.url) for rs in members.values() for r in rs}
    late_rows = [table_row(pid, *where[pid], f) for pid, found in late.items() for f in found]
    for pid, found in late.items():
        tally.findings(pid, where[pid][0], where[pid][1], found)
    spark.createDataFrame(late_rows or [], schema=_TABLE_SCHEMA).write.mode("overwrite").option(
        "compression", "gzip"
    ).json(table + "/duplicates")
    extra["hits"] = hits
    total = sum(tally.by_check.values())
    return SparkTable(table, total, tally)


def _summary(checked: work.Checked) -> tuple[Tally, list[Any], list[Any]]:
    tally = Tally()
    for page in checked.pages:
        tally.page(page)
        tally.findings(page.id, page.site, page.url, [*page.findings, *checked.dataset.get(page.id, [])])
    tally.sample = {k: v[:5] for k, v in tally.sample.items()}
    return tally, checked.members, list(checked.hits.items())


_TABLE_SCHEMA = (
    "page_id string, site string, url string, check string, severity string, field string, "
    "message string, excerpt string"
)
