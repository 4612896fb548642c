"""The in-process engine: ``harness check`` over any number of records, in bounded memory, in N processes.

Two passes over the input, each in chunks (:mod:`harness.scale.work` says what a chunk does):

1. sketch and page-check every chunk (the workers keep the pages on disk, :mod:`harness.scale.stored`) and
   reduce into :class:`~harness.scale.reduce.Totals` (page ids, key hashes, per-site counts, recurrence
   units of distinct bodies);
2. join every chunk's pages with what pass 1 learned (the parent sends only the lines that need their
   record again), and hand each page to the sink as it comes.

Then the duplicate checks run over the few rows whose keys repeat, through the same handlers the in-memory
path uses. Workers are forked once per pass (the setup travels by fork, not by pickling), at most
``2 x jobs`` chunks are in flight, and a worker that dies costs its chunk alone: those lines get a
``harness.worker_lost`` finding.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from harness.checks import frame
from harness.checks.gx import Outcome
from harness.checks.reader import Raw, chunks
from harness.model import Finding, PageResult
from harness.scale import work
from harness.scale.reduce import Totals, recurring_summaries
from harness.scale.rowlocal import RowLocal
from harness.scale.sink import TableSink
from harness.scale.spill import Spill

LIMIT = 20_000  # pages kept whole (results.json and report as always); above: the findings table
CHUNK = 1000  # lines per chunk on Spark
LOCAL_CHUNK = 2000  # lines per chunk in process: Great Expectations costs about 90 ms a validation
T = TypeVar("T")
Progress = Callable[[int, int, str], None]


@dataclass
class ScaleRun:
    """What an engine hands to the writer."""

    lines: int
    run_findings: list[Finding]
    pages: list[PageResult] | None = None  # below the limit: every page, page-check findings only
    per_page: dict[str, list[Finding]] = field(default_factory=dict)  # below the limit: dataset findings
    sink: TableSink | None = None  # above it


def _lost(chunk: Sequence[Raw], exc: BaseException) -> work.Checked:
    why = f"the worker checking this line failed ({type(exc).__name__}: {exc}); line not checked"
    pages = [
        PageResult(
            id=f"jsonl/line-{raw.number}",
            site="jsonl",
            url=None,
            cassette=None,
            extractor="external",
            record=None,
            findings=(Finding("harness.worker_lost", "error", "$", why[:500]),),
        )
        for raw in chunk
    ]
    return work.Checked(pages, {}, [], {})


class _Pool:
    """A process pool that survives a dead worker: the chunks it took down are run again one by one, each in
    a fresh one-worker pool, so only the chunk that kills its worker again is lost."""

    def __init__(self, jobs: int, setup: work.Setup) -> None:
        self.jobs, self.setup = jobs, setup
        self.method = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
        self.pool = self._new(jobs)

    def _new(self, jobs: int) -> ProcessPoolExecutor:
        init = (self.setup,)
        return ProcessPoolExecutor(jobs, mp_context=self.method, initializer=work.install, initargs=init)

    def submit(self, fn: Callable[[Sequence[Raw]], T], chunk: list[Raw]) -> Future[T]:
        try:
            return self.pool.submit(fn, chunk)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new(self.jobs)
            return self.pool.submit(fn, chunk)

    def result(self, fn: Callable[[Sequence[Raw]], T], chunk: list[Raw], future: Future[T]) -> T:
        try:
            return future.result()
        except BrokenProcessPool:
            with self._new(1) as alone:
                return alone.submit(fn, chunk).result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _map(
    fn: Callable[[Sequence[Raw]], T],
    source: Iterator[list[Raw]],
    jobs: int,
    setup: work.Setup,
    lost: Callable[[Sequence[Raw], BaseException], T] | None = None,
) -> Iterator[tuple[list[Raw], T]]:
    """``(chunk, fn(chunk))`` in input order, with at most ``2 x jobs`` chunks in flight."""
    work.install(setup)
    if jobs > 1:  # before the fork: the workers share what it compiled (and the collector freezes it)
        # a head start only: a problem it meets, a worker meets where it met it before
        with contextlib.suppress(Exception):
            work.warm(setup.ctx.check_settings)
    threshold = gc.get_threshold()
    _quiet_collector()
    if jobs <= 1:
        try:
            for chunk in source:
                yield chunk, fn(chunk)
        finally:
            gc.unfreeze()
            gc.set_threshold(*threshold)
        return
    pool = _Pool(jobs, setup)
    pending: deque[tuple[list[Raw], Future[T]]] = deque()

    def take() -> tuple[list[Raw], T]:
        chunk, future = pending.popleft()
        try:
            return chunk, pool.result(fn, chunk, future)
        except Exception as exc:  # a bug, or a worker that died again on this chunk: this chunk only
            if lost is None:
                raise
            return chunk, lost(chunk, exc)

    try:
        for chunk in source:
            pending.append((chunk, pool.submit(fn, chunk)))
            if len(pending) >= 2 * jobs:
                yield take()
        while pending:
            yield take()
    finally:
        pool.close()
        gc.unfreeze()
        gc.set_threshold(*threshold)


#: net allocations of tracked objects between young collections during a pass (a cycle a record made
#: would wait for up to about 2,000 records)
YOUNG = 500_000


def _quiet_collector() -> None:
    """For a pass (forked workers inherit it): the objects alive now (Great Expectations once imported, the
    setup) live to its end, so they go out of the collector's sight: its full collections no longer walk
    them (about 7% of a record's CPU with GX imported), and forked workers share their pages instead of
    copying them as reference counts move. The checks make many short-lived objects and no cycles
    (``tests/scale/test_collector.py``), so a collection finds next to nothing, while each walks the objects
    the pass keeps for a while (its chunk's pages and hashes, the memories of lines): a young collection
    every :data:`YOUNG` net allocations instead of 700, an older one every 20 of those. On 12,000
    generated records that is about 14 collections a run instead of 72 (with 10,000: 25 -> 4 us a
    record), on records of distinct lines, whose memories of lines turn over, 143 -> 14 (89 -> 6 us)."""
    gc.freeze()
    gc.set_threshold(YOUNG, 20, 10)


def _duplicates(members: Mapping[str, list[frame.Row]], settings: Any) -> dict[str, list[Finding]]:
    """The duplicate checks over the rows whose keys repeat, with the in-memory path's handlers."""
    from harness.checks import dataset

    out: dict[str, list[Finding]] = {}
    for check, col in work.KEY_COLUMNS.items():
        rows = members.get(col, [])
        if not rows:
            continue
        collector = dataset._Collector(rows, settings)
        outcome = Outcome(check, 0, False, tuple(r.page_id for r in rows), len(rows))
        handler = dataset._duplicate_bodies if col == "body_site_key" else dataset._duplicate_titles
        handler(collector, outcome)
        for pid, emit in collector.emitters.items():
            if emit.findings:
                out.setdefault(pid, []).extend(emit.done())
    return out


class _Repeats:
    """Which input lines hold a key another line shares, so pass 2 rebuilds the keys of those lines only
    (8 bytes a page for the line number, 24 for its key hashes, until pass 2 starts)."""

    def __init__(self) -> None:
        self.numbers: list[Any] = []
        self.keys: dict[str, list[Any]] = {col: [] for col in work.KEY_COLUMNS.values()}

    def add(self, sketch: work.Sketch) -> None:
        import numpy as np

        self.numbers.append(np.asarray([number for number, *_ in sketch.ids], dtype=np.int64))
        for col, values in sketch.keys.items():
            self.keys[col].append(np.asarray(values, dtype=np.uint64))

    def lines(self, candidates: Mapping[str, frozenset[int]]) -> frozenset[int]:
        import numpy as np

        if not self.numbers:
            return frozenset()
        numbers, out = np.concatenate(self.numbers), set()
        for col, wanted in candidates.items():
            if wanted and self.keys[col]:
                shared = np.isin(np.concatenate(self.keys[col]), np.fromiter(wanted, dtype=np.uint64))
                out.update(numbers[shared].tolist())
        return frozenset(out)


def _first_pass(
    path: Path, ctx: Any, jobs: int, size: int, spill: Spill, setup: work.Setup
) -> tuple[Totals, _Repeats, RowLocal, frozenset[int]]:
    """Pass 1: the sketches, reduced; and the first lines of the chunks whose pages the workers kept."""
    totals, repeats, local, kept = Totals(ctx.check_settings), _Repeats(), RowLocal(), set()
    for chunk, sketch in _map(work.sketch_chunk, chunks(path, size), jobs, setup):
        totals.add(sketch, len(chunk))
        repeats.add(sketch)
        local.add(*sketch.local)
        spill.add(sketch, lambda site: totals.sites[site].index)
        if sketch.stored:
            kept.add(chunk[0].number)
    return totals, repeats, local, frozenset(kept)


def _sent(source: Iterator[list[Raw]], setup: work.Setup) -> Iterator[list[Raw]]:
    """Pass 2's chunks: of a chunk pass 1 kept, only the lines pass 2 needs (the others go as their number
    alone, not read by the worker)."""
    for chunk in source:
        if chunk and chunk[0].number in setup.stored:
            chunk = [raw if work.needs(setup, raw.number) else Raw(raw.number) for raw in chunk]
        yield chunk


def _validate(local: RowLocal, jobs: int) -> tuple[dict[str, frozenset[int]], list[Finding]]:
    """With workers to fork for pass 2, validate in a child process: Great Expectations is then never
    imported by the parent, whose heap every pass-2 worker would otherwise copy page by page as reference
    counts touch it (about 300 MB a worker)."""
    if jobs <= 1 or not local.lines:
        return local.validate()
    method = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    with ProcessPoolExecutor(1, mp_context=method) as alone:
        return alone.submit(local.validate).result()


def run_local(
    path: Path,
    ctx: Any,
    *,
    jobs: int = 1,
    folder: Path | None = None,
    limit: int = LIMIT,
    size: int = LOCAL_CHUNK,
    progress: Progress | None = None,
) -> ScaleRun:
    """Check every record under ``path``; above ``limit`` lines findings stream to ``folder``'s table."""
    with tempfile.TemporaryDirectory(prefix="harness-pages-") as store:
        return _run(path, ctx, jobs, folder, limit, size, progress, store)


def _run(
    path: Path,
    ctx: Any,
    jobs: int,
    folder: Path | None,
    limit: int,
    size: int,
    progress: Progress | None,
    store: str,
) -> ScaleRun:
    spill = Spill()
    try:
        keep_to = limit if folder else sys.maxsize  # without a folder every page is kept whole
        first = work.Setup(ctx, row_local_once=True, store=store, store_limit=keep_to)
        totals, repeats, local, kept = _first_pass(path, ctx, jobs, size, spill, first)
        failing, errors = _validate(local, jobs)  # the row-local expectations: one GX validation per run
        del local
        common, candidates, learned = totals.common(), totals.candidates(), totals.teaser()
        titles = totals.titles()
        units = {totals.sites[site].index: found for site, (_n, found) in common.items()}
        busy = spill.flags(totals.lines, units, learned.keys(), titles)
    finally:
        spill.close()
    keep = totals.lines <= limit or folder is None
    lines = repeats.lines(candidates)
    del repeats
    setup = work.Setup(
        ctx,
        frozenset(totals.renamed),
        candidates,
        common,
        keep_records=keep,
        teaser=learned,
        titles=titles,
        year_only=totals.year_only(),
        repeats=lines,
        failing=failing,
        busy=busy,
        store=store,
        stored=kept,
    )
    out = ScaleRun(totals.lines, [*errors, *totals.coverage()], [] if keep else None)
    out.sink = None if keep or folder is None else TableSink(folder)
    members, hits = _second_pass(
        _map(work.check_chunk, _sent(chunks(path, size), setup), jobs, setup, _lost), out, progress
    )
    late = _duplicates(members, ctx.check_settings)
    if out.sink is not None:
        where = {r.page_id: (r.site, r.url) for rows in members.values() for r in rows}
        for pid, found in late.items():
            out.sink.write(pid, *where[pid], found)
    else:
        for pid, found in late.items():
            out.per_page[pid] = found + out.per_page.get(pid, [])
    out.run_findings += totals.rate_findings(members.get("title_site_key", []))
    out.run_findings += recurring_summaries(ctx.check_settings, common, hits.items())
    return out


def _second_pass(
    results: Iterator[tuple[list[Raw], work.Checked]], out: ScaleRun, progress: Progress | None
) -> tuple[dict[str, list[frame.Row]], dict[str, Counter[str]]]:
    """Pass 2's chunks into ``out``; returns the rows whose keys repeat and the recurring lines' hits."""
    members: dict[str, list[frame.Row]] = {}
    hits: dict[str, Counter[str]] = {}  # merged as chunks arrive, in input order (ties in top lines)
    done = 0
    for _chunk, checked in results:
        _collect(out, checked)
        for col, row in checked.members:
            members.setdefault(col, []).append(row)
        for site, counter in checked.hits.items():
            hits.setdefault(site, Counter()).update(counter)
        done += len(checked.pages)
        if progress and checked.pages:
            progress(done, out.lines, checked.pages[-1].id)
    return members, hits


def _collect(out: ScaleRun, checked: work.Checked) -> None:
    for page in checked.pages:
        found = checked.dataset.get(page.id, [])
        if out.sink is not None:
            out.sink.page(page, [*page.findings, *found])
        else:
            assert out.pages is not None
            out.pages.append(page)
            if found:
                out.per_page[page.id] = found
