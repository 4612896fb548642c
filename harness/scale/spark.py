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

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from harness.checks.reader import BOM, Raw, is_parquet
from harness.scale import spark_gx, work
from harness.scale.local import CHUNK, LIMIT, ScaleRun, _duplicates
from harness.scale.reduce import Totals, recurring_summaries
from harness.scale.sink import Tally, table_row

_contexts: dict[str, Any] = {}
T = TypeVar("T")


def session(master: str | None) -> Any:
    """A Spark session: ``master`` if given, else what spark-submit set, else ``local[*]``."""
    import sys

    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    # local mode: Python workers run this interpreter (with the harness); a cluster sets PYSPARK_PYTHON
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    conf = SparkConf()
    builder = SparkSession.builder.appName("news-harness check")
    if master:
        builder = builder.master(master)
    elif not conf.contains("spark.master"):
        builder = builder.master("local[*]")
    resolved = master or conf.get("spark.master", "local[*]") or ""
    submit_args = os.environ.get("PYSPARK_SUBMIT_ARGS", "")
    heap = local_heap(resolved, conf.contains("spark.driver.memory"), submit_args)
    if heap:
        builder = builder.config("spark.driver.memory", heap)
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def local_heap(master: str, configured: bool, submit_args: str, ram: int | None = None) -> str | None:
    """The driver heap to ask for in local mode, where the executors run inside the driver's JVM: Spark's
    default (1 GB) ran out at 100,000 records (docs/scale.md). A quarter of the machine's memory, 1 to 8 GB;
    ``None`` on a cluster or when the user set it (``spark.driver.memory``, ``--driver-memory``)."""
    if not master.startswith("local") or configured or "--driver-memory" in submit_args:
        return None
    if ram is None:
        try:
            ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        except (ValueError, OSError, AttributeError):
            ram = 4 << 30
    gib = max(1, min(8, ram // 4 >> 30))
    return f"{gib}g"


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
    work.install(replace(setup, ctx=ctx) if setup is not None else work.Setup(ctx))


def _chunks(items: Iterable[T]) -> Iterator[list[T]]:
    chunk: list[T] = []
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
        titles=totals.titles(),
        year_only=totals.year_only(),
        row_local=False,
    )
    checked = raws.mapPartitions(_checks(ctx.cfg, key, spark.sparkContext.broadcast(setup)))
    result = ScaleRun(totals.lines, [], [] if keep else None)
    if keep:
        members, hits = _gather(checked.toLocalIterator(), result)
    else:
        checked = checked.cache()
        tally, members, hits = _write_pages(spark, checked, out or source.rstrip("/") + ".findings")
    verdicts = _validate(spark, raws, ctx, key, totals, members)
    late = _duplicates(verdicts.duplicate_rows(members), ctx.check_settings)
    if keep:
        found = verdicts.pages.toLocalIterator() if verdicts.pages is not None else ()
        pages = {pid: page_findings for pid, _, _, page_findings in found}
        for pid in {**late, **pages}:
            result.per_page[pid] = late.get(pid, []) + pages.get(pid, []) + result.per_page.get(pid, [])
    else:
        table = out or source.rstrip("/") + ".findings"
        result.sink = _write_rest(spark, table, tally, members, late, verdicts.pages)  # type: ignore[assignment]
    result.run_findings = [*verdicts.run, *recurring_summaries(ctx.check_settings, common, hits)]
    raws.unpersist()
    return result


def _validate(spark: Any, raws: Any, ctx: Any, key: str, totals: Totals, members: Any) -> spark_gx.Verdicts:
    """The dataset-level expectations in one GX validation over the run's DataFrame (:mod:`spark_gx`)."""
    totals.add_titles(members.get("title_site_key", []))
    if not ctx.check_settings.needs_gx:
        return spark_gx.Verdicts()
    frame = spark_gx.build(spark, raws, ctx, key, totals, frozenset(totals.renamed))
    try:
        verdicts = spark_gx.validate(spark, frame, ctx, key, totals)
        if verdicts.pages is not None:
            verdicts.pages = verdicts.pages.cache()
            verdicts.pages.count()  # computed while the frame is cached, before it is dropped
        return verdicts
    finally:
        frame.unpersist()


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


def _write(spark: Any, rows: Any, path: str) -> None:
    frame = spark.createDataFrame(rows, schema=_TABLE_SCHEMA)
    frame.write.mode("overwrite").option("compression", "gzip").json(path)


def _write_pages(spark: Any, checked: Any, table: str) -> tuple[Tally, dict[str, list[Any]], list[Any]]:
    """Pass 2's findings written by Spark to ``<table>/pages``; the tally, repeated-key rows and hits back."""
    _write(spark, checked.flatMap(_rows), table + "/pages")
    tally, members, hits = Tally(), dict[str, list[Any]](), list[Any]()
    for part in checked.map(_summary).toLocalIterator():
        tally.merge(part[0])
        for col, row in part[1]:
            members.setdefault(col, []).append(row)
        hits.extend(part[2])
    return tally, members, hits


def _write_rest(
    spark: Any, table: str, tally: Tally, members: Any, late: dict[str, list[Any]], pages: Any
) -> SparkTable:
    """The duplicate findings (worded on the driver) and the expectations' page findings (on the cluster)."""
    where = {r.page_id: (r.site, r.url) for rs in members.values() for r in rs}
    late_rows = [table_row(pid, *where[pid], f) for pid, found in late.items() for f in found]
    for pid, found in late.items():
        tally.findings(pid, where[pid][0], where[pid][1], found)
    _write(spark, late_rows or [], table + "/duplicates")
    if pages is not None:
        rows = pages.flatMap(lambda p: [table_row(p[0], p[1], p[2], f) for f in p[3]])
        _write(spark, rows, table + "/expectations")
        for part in pages.mapPartitions(_tally_pages).toLocalIterator():
            tally.merge(part)
    return SparkTable(table, sum(tally.by_check.values()), tally)


def _tally_pages(items: Iterable[tuple[str, str, str, list[Any]]]) -> Iterator[Tally]:
    tally = Tally()
    for page_id, site, url, found in items:
        tally.findings(page_id, site, url, found)
    tally.sample = {k: v[:5] for k, v in tally.sample.items()}
    yield tally


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
