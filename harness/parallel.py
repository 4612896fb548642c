"""Replaying pages in worker processes the runner can kill and replace (``harness run --jobs N``).

Every page is replayed and extracted in a worker process, never in the runner's own process, whatever
``--jobs`` says (``--jobs 1`` is one worker). A :class:`Supervisor` keeps one pipe per worker and hands out
one page at a time. When the workers have every core (``--jobs`` at least the CPU count, the default
from 32 pages on), a worker does the whole page: it extracts it (:func:`harness.runner.extract_stage`), says
so, then validates, checks, compares and scores it (:func:`harness.runner.finish_page`) and sends back only
the :class:`~harness.model.PageResult`; the runner's process merges results in input order, runs the
dataset stage and the report, and never parses a page. With a core to spare (``--jobs 1`` on two cores),
the worker sends back the extracted page instead and the runner checks it while the worker extracts the
next one, and loads the cassette of the page after that, so the worker never waits for its file. The
results are the same either way. That is what makes the guarantees hold against any extractor, on any
platform:

* **deadline**: a page whose extractor is not done ``page_timeout`` plus a grace (:func:`hard_deadline`)
  after its worker called it has its worker killed (SIGKILL, with the worker's process group, so the
  extractor's own children go too); the page becomes ``extractor.timeout`` and a fresh worker takes the
  next page. Catching every exception, or sitting in C code (a loop that never returns to Python), does
  not stop a kill. Inside the worker a softer SIGALRM deadline usually ends the extraction first, at
  ``page_timeout``, with the same finding. The harness's own work on the page (checks, quality) runs after
  the worker said "extracted", under a separate, generous limit (:data:`CHECK_LIMIT`): a slow check is never
  mistaken for a slow extractor; past that limit the page is ``harness.error``.
* **crash**: an extractor that ends its process (``os._exit``, a segfault, being killed) costs only the page
  in flight: ``extractor.crash`` naming the exit code or signal; the other pages carry on. ``sys.exit``,
  ``KeyboardInterrupt`` and other ``BaseException`` are caught in the worker as ``extractor.crash``.
* **order**: results come back in input order, identical whatever the number of workers.

Workers are forked on Linux (a few milliseconds: they inherit every module the runner loaded, a dotted-path
extractor's included) and spawned elsewhere (each rebuilds the run context from the config and extractor
spec once). Each worker ignores SIGINT: Ctrl-C reaches the runner, which kills its workers and stops.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from time import monotonic
from typing import Any

from harness.capture.cassette import CassetteRef
from harness.model import Finding, PageResult
from harness.runner import Extracted, Loaded, Progress, RunContext, load_stage, unreplayed
from harness.worker import finish, serve

#: The most a worker may spend on a page beyond ``page_timeout`` before it is killed.
GRACE_MAX = 10.0


#: Pages per worker below which another worker costs more than it saves (a fork, a pipe, a warm-up).
PAGES_PER_WORKER = 16


def resolve_jobs(jobs: int | None, pages: int | None = None) -> int:
    """``None``: one worker per CPU when there are enough pages to pay for them; 0: one per CPU; N: N."""
    cpus = max(1, os.cpu_count() or 1)
    if jobs is None:
        return 1 if pages is None else max(1, min(cpus, pages // PAGES_PER_WORKER))
    if jobs == 0:
        return cpus
    return max(1, jobs)


def hard_deadline(page_timeout: float) -> float | None:
    """Seconds after which a page's worker is killed: ``page_timeout`` plus a quarter (1 s to 10 s)."""
    if page_timeout <= 0:
        return None
    return page_timeout + min(GRACE_MAX, max(1.0, page_timeout / 4))


def _method() -> str:
    # fork is cheapest and keeps whatever the runner imported; elsewhere fork is unsafe or missing
    return "fork" if sys.platform.startswith("linux") else "spawn"


# ----------------------------------------------------------------------------- the runner's side


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    job: tuple[int, CassetteRef] | None = None
    since: float = 0.0  # when the page was handed out, then when the worker moved it to its next phase
    phase: str = "queued"  # then "extracting" (the extractor was called), then "checking" (it returned)

    def due(self, limit: float | None) -> float | None:
        """When this worker's page runs out of time (a worker that never starts it counts as crashed)."""
        if self.phase == "queued":
            return self.since + START_LIMIT
        if self.phase == "checking":
            return self.since + CHECK_LIMIT
        return None if limit is None else self.since + limit


#: Seconds a worker may take from being handed a page to calling the extractor on it (process start-up,
#: loading the cassette); past that it is killed and the page is ``harness.error``.
START_LIMIT = 120.0
#: Seconds a worker may take from the extractor's return to sending the page's result (validation, checks,
#: approval, quality: the harness's own work, never the extractor's); past that it is killed.
CHECK_LIMIT = 120.0

#: Modules the workers need, imported before forking so that every fresh worker inherits them.
EXTRACTING = ("harness.replay",)
WARM = (
    *EXTRACTING,
    "harness.checks",
    "harness.dates",
    "harness.regression.approve",
    "harness.regression.quality",
)
#: What most workers import on their first pages: imported once before forking when there are several
#: workers (each would import it again), left to the worker when there is one (a page may not need it).
SHARED = (
    "ftfy",  # the mojibake check's, on the first page with non-ASCII text
    "ftfy.badness",
    "htmldate",  # the generic extractor's date fallback
)


def _warm_up(workers: int, checking: bool) -> None:
    """Import before forking what every worker needs. A worker that only extracts (``checking`` False: the
    runner checks the pages) needs none of the checks' modules: the runner imports them while its first
    worker extracts, instead of before the worker can start."""
    import importlib

    for name in (WARM if checking else EXTRACTING) + (SHARED if workers > 1 else ()):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    if workers > 1:
        from harness.paths import site_for_url

        site_for_url("https://warm.example/")  # builds the public suffix list once, not once per worker


class Supervisor:
    """Up to ``jobs`` worker processes replaying pages through ``ctx``; see the module doc.

    Use it as a context manager (or call :meth:`close`): workers are stopped, killed if need be, on exit.
    """

    def __init__(self, ctx: RunContext, jobs: int = 1, finish: bool | None = None) -> None:
        self.ctx, self.jobs = ctx, max(1, jobs)
        self.name = ctx.extractor.name if ctx.extractor else "?"
        self.limit = hard_deadline(ctx.cfg.page_timeout)
        #: Workers check their own pages when they have every core; with a core to spare (``--jobs 1`` on
        #: two cores), this process checks each page while its worker extracts the next (same results).
        self.finish_in_workers = self.jobs >= max(1, os.cpu_count() or 1) if finish is None else finish
        self._mp: Any = multiprocessing.get_context(_method())
        self._workers: list[_Worker] = []
        #: the next page's index and its cassette loaded by this process (None: the worker loads it)
        self._ahead: tuple[int, Loaded | None] | None = None
        self._warming: threading.Thread | None = None
        if self._mp.get_start_method() == "fork":
            _warm_up(self.jobs, self.finish_in_workers)

    def __enter__(self) -> Supervisor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        if self._warming is not None:  # never fork while another thread imports: the child could deadlock
            self._warming.join()
        parent, child = self._mp.Pipe(duplex=True)
        forked = self._mp.get_start_method() == "fork"
        inherited = self.ctx if forked else None
        extractor = None if forked or self.ctx.extractor_spec else self.ctx.extractor
        process = self._mp.Process(
            target=serve,
            args=(child, inherited, self.ctx.cfg, self.ctx.extractor_spec, extractor),
            name="harness-worker",
            daemon=True,
        )
        if forked:  # the runner's objects stay shared with the worker: its collector never writes to them
            gc.freeze()
        try:
            process.start()
        finally:
            if forked:
                gc.unfreeze()
        child.close()
        worker = _Worker(process, parent)
        self._workers.append(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        pid = worker.process.pid
        if pid is not None and hasattr(os, "killpg"):
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self._workers.remove(worker)

    def close(self) -> None:
        """Ask idle workers to stop; kill the rest."""
        for worker in list(self._workers):
            if worker.job is None:
                try:
                    worker.conn.send(None)
                    worker.process.join(2)
                except (OSError, ValueError):
                    pass
            self._kill(worker)

    def replay(self, ref: CassetteRef) -> PageResult:
        """One page (the pytest items use this, one page per test)."""
        return self.replay_pages([ref])[0]

    def replay_pages(
        self,
        refs: Sequence[CassetteRef],
        progress: Progress | None = None,
        warm: Callable[[], None] | None = None,
    ) -> list[PageResult]:
        """Every page of ``refs``, in input order; each yields exactly one result, whatever happened.

        ``warm`` runs in a thread of this process once the first workers are started, while they replay:
        the run's later stages import what they need there (Great Expectations) off the critical path.
        """
        results: list[PageResult | None] = [None] * len(refs)
        pending = deque(enumerate(refs))
        done = 0
        while pending or any(w.job for w in self._workers):
            self._hand_out(pending, len(refs))
            if warm is not None:
                self._warming = threading.Thread(target=warm, name="harness-warm", daemon=True)
                self._warming.start()
                warm = None
            collected = self._collect()
            self._hand_out(pending, len(refs))  # the workers extract on while this process checks, if it does
            for index, answer in collected:
                results[index] = finish(answer, self.ctx, self.name)
                done += 1
                if progress:
                    progress(done, len(refs), refs[index].id)
            if not self.finish_in_workers:
                self._load_ahead(pending)
        return [r for r in results if r is not None]

    def _load_ahead(self, pending: deque[tuple[int, CassetteRef]]) -> None:
        """With a core to spare, load the next page's cassette here while the worker extracts, so that the
        worker starts extracting it as soon as it is handed out. Anything unexpected leaves the loading to
        the worker, as without this."""
        if not pending or (self._ahead is not None and self._ahead[0] == pending[0][0]):
            return
        index, ref = pending[0]
        self._ahead = (index, None)
        try:
            got = load_stage(ref, self.ctx)
        except Exception:  # the worker loads it again and reports what goes wrong
            return
        if isinstance(got, Loaded):
            self._ahead = (index, got)

    def _hand_out(self, pending: deque[tuple[int, CassetteRef]], total: int) -> None:
        for worker in [w for w in self._workers if w.job is None and not w.process.is_alive()]:
            self._kill(worker)  # died between pages: replace it quietly
        idle = [w for w in self._workers if w.job is None]
        while pending and (idle or len(self._workers) < min(self.jobs, total)):
            worker = idle.pop() if idle else self._start()
            job = pending.popleft()
            loaded = self._ahead[1] if self._ahead is not None and self._ahead[0] == job[0] else None
            self._ahead = None
            try:
                worker.conn.send((*job, self.finish_in_workers, loaded))
            except (OSError, ValueError):
                pending.appendleft(job)
                self._kill(worker)
                continue
            worker.job, worker.since, worker.phase = job, monotonic(), "queued"

    def _collect(self) -> list[tuple[int, Extracted | PageResult]]:
        """Wait for the first answer, death or deadline among the busy workers, and settle them."""
        busy = [w for w in self._workers if w.job is not None]
        due = [d for d in (w.due(self.limit) for w in busy) if d is not None]
        timeout = max(0.0, min(due) - monotonic()) if due else None
        wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
        out = []
        for worker in busy:
            settled = self._settle(worker)
            if settled is not None:
                out.append(settled)
        return out

    def _settle(self, worker: _Worker) -> tuple[int, Extracted | PageResult] | None:
        assert worker.job is not None
        index, ref = worker.job
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] in ("start", "extracted"):
                    worker.since = monotonic()
                    worker.phase = "extracting" if message[0] == "start" else "checking"
                    continue
                worker.job = None
                return message[1], message[2]
        except (EOFError, OSError):
            pass  # died mid-answer: a crash like any other
        except Exception as exc:  # an answer that does not unpickle
            self._kill(worker)
            return index, self._lost(ref, "harness.error", f"its result could not be read ({exc})")
        if not worker.process.is_alive():
            worker.process.join(1)
            self._kill(worker)
            how = _how(worker.process.exitcode)
            if worker.phase == "checking":  # the extractor was done: the harness's own work ended it
                return index, self._lost(ref, "harness.error", f"its worker ended while checking it ({how})")
            return index, self._lost(
                ref, "extractor.crash", f"the extractor ended its worker process ({how})"
            )
        due = worker.due(self.limit)
        if due is None or monotonic() < due:
            return None
        self._kill(worker)
        if worker.phase == "queued":
            return index, self._lost(
                ref, "harness.error", f"its worker did not start within {START_LIMIT:g} s"
            )
        if worker.phase == "checking":
            why = f"checking it took longer than {CHECK_LIMIT:g} s (the harness's limit, not page_timeout)"
            return index, self._lost(ref, "harness.error", why)
        return index, self._lost(
            ref,
            "extractor.timeout",
            f"the page took longer than {self.limit:g} s (page_timeout {self.ctx.cfg.page_timeout:g} s "
            "plus grace); its worker process was killed",
        )

    def _lost(self, ref: CassetteRef, check: str, why: str) -> PageResult:
        message = f"{why}; this page has no record, the other pages ran on a fresh worker"
        return unreplayed(ref, self.name, Finding(check, "error", "$", message))


def _how(exitcode: int | None) -> str:
    if exitcode is None:
        return "exit code unknown"
    if exitcode < 0:
        try:
            return f"killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def replay_pages(
    refs: Sequence[CassetteRef],
    ctx: RunContext,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    warm: Callable[[], None] | None = None,
) -> list[PageResult]:
    """Replay ``refs`` through ``ctx``'s extractor in ``jobs`` supervised worker processes."""
    if not refs:
        return []
    with Supervisor(ctx, jobs) as supervisor:
        return supervisor.replay_pages(refs, progress, warm)


__all__ = ["Supervisor", "hard_deadline", "replay_pages", "resolve_jobs"]
