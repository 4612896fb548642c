"""Replaying pages in worker processes the runner can kill and replace (``harness run --jobs N``).

Every page is replayed and extracted in a worker process, never in the runner's own process, whatever
``--jobs`` says (``--jobs 1`` is one worker). A :class:`Supervisor` keeps one pipe per worker and hands
each worker its next page while it works on one (:data:`DEPTH`), so a worker never waits for the runner
between pages; a worker that dies or is killed takes only the page it was on, and the page it held next is
handed out again. When the workers have every core (``--jobs`` at least the CPU count, the default
from 32 pages on), a worker does the whole page: it extracts it (:func:`harness.runner.extract_stage`), says
so, then validates, checks, compares and scores it (:func:`harness.runner.finish_page`) and sends back only
the :class:`~harness.model.PageResult`; the runner's process merges results in input order, runs the
dataset stage and the report, and never parses a page. With a core to spare (``--jobs 1`` on two cores),
the worker sends back the extracted page instead and the runner checks it while the worker extracts the
next one, and loads each page's cassette before handing it out, so the worker never waits for its file
(such jobs go out from a thread: a loaded cassette may be larger than the pipe holds). The
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
import queue
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from time import monotonic
from typing import Any

from harness.capture.cassette import CassetteRef
from harness.model import Finding, PageResult
from harness.runner import Extracted, Loaded, Progress, RunContext, load_stage, unreplayed
from harness.worker import Packed, finish, serve

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
    #: the pages handed out, in order: the first is the one the worker is on, the next waits in its pipe
    jobs: deque[tuple[int, CassetteRef]] = field(default_factory=deque)
    since: float = 0.0  # when the page became the worker's, then when the worker moved it to its next phase
    phase: str = "queued"  # then "extracting" (the extractor was called), then "checking" (it returned)
    outbox: _Outbox | None = None  # sends jobs in a thread of their own (see :class:`_Outbox`)

    def send(self, message: object) -> None:
        if self.outbox is None:
            self.conn.send(message)
        else:
            self.outbox.put(message)

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
#: Pages a worker holds at once: the one it is on and the next, waiting in its pipe, so that it never
#: waits for this process between two pages.
DEPTH = 2


class _Outbox:
    """A thread that sends one worker its jobs in order, so this process never blocks on a pipe the worker
    does not read while it extracts. A send that fails ends the thread: the worker is dead or dying, and
    the runner settles its pages when it sees that (:meth:`Supervisor._settle`)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._queue: queue.SimpleQueue[tuple[bool, object]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="harness-outbox", daemon=True)
        self._thread.start()

    def put(self, message: object) -> None:
        self._queue.put((True, message))

    def stop(self) -> None:
        self._queue.put((False, None))
        self._thread.join(5)

    def _run(self) -> None:
        while True:
            going, message = self._queue.get()
            if not going:
                return
            try:
                self._conn.send(message)
            except (OSError, EOFError, ValueError):  # the worker is gone
                return
            except Exception:  # the loaded cassette does not pickle: the worker loads (and reports) it
                assert isinstance(message, tuple)
                try:
                    self._conn.send((*message[:-1], None))
                except Exception:
                    return


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
    worker extracts (:func:`_import_checks`), instead of before the worker can start."""
    _import((WARM if checking else EXTRACTING) + (SHARED if workers > 1 else ()))
    if workers > 1:
        from harness.paths import site_for_url

        site_for_url("https://warm.example/")  # builds the public suffix list once, not once per worker


def _import(names: Sequence[str]) -> None:
    import importlib

    for name in names:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


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
        #: pages a killed worker held without starting them: handed out again before any other
        self._unstarted: list[tuple[int, CassetteRef]] = []
        self._warming: threading.Thread | None = None
        #: With a core to spare, the checks' modules are imported in a thread once the first worker is
        #: forked; the pages that come back meanwhile wait in ``_backlog`` while the worker takes more.
        self._importing: threading.Thread | None = None
        self._import_error: BaseException | None = None
        self._backlog: list[tuple[int, Extracted | PageResult | Packed]] = []
        if self.finish_in_workers:  # the workers check: they inherit every setting built
            ctx.prepare()
        if self._mp.get_start_method() == "fork":
            _warm_up(self.jobs, self.finish_in_workers)

    def __enter__(self) -> Supervisor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        for thread in (self._warming, self._importing):  # never fork while another thread imports: the
            if thread is not None:  # child could deadlock
                thread.join()
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
        # a job that carries its loaded cassette may be larger than the pipe holds: sent to a busy worker it
        # would block this process until the worker reads it, so such jobs go out from a thread
        outbox = None if self.finish_in_workers else _Outbox(parent)
        worker = _Worker(process, parent, outbox=outbox)
        self._workers.append(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        """Kill ``worker``; the pages it held but had not started go back to the front of the queue."""
        pid = worker.process.pid
        if pid is not None and hasattr(os, "killpg"):
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
        worker.process.kill()
        worker.process.join(5)
        if worker.outbox is not None:  # its peer is gone, so a send under way fails now: then the pipe goes
            worker.outbox.stop()
        worker.conn.close()
        self._workers.remove(worker)
        self._unstarted.extend(list(worker.jobs)[1:])
        worker.jobs.clear()

    def close(self) -> None:
        """Ask idle workers to stop; kill the rest."""
        for worker in list(self._workers):
            if not worker.jobs:
                try:
                    worker.send(None)
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
        meanwhile: Callable[[PageResult], None] | None = None,
    ) -> list[PageResult]:
        """Every page of ``refs``, in input order; each yields exactly one result, whatever happened."""
        return self.opened(self.answers(refs, progress, warm, meanwhile), refs)

    def answers(
        self,
        refs: Sequence[CassetteRef],
        progress: Progress | None = None,
        warm: Callable[[], None] | None = None,
        meanwhile: Callable[[PageResult], None] | None = None,
    ) -> list[PageResult | Packed]:
        """:meth:`replay_pages` with the pages checked in the workers still packed (see :meth:`opened`).

        ``warm`` runs in a thread of this process once the first workers are started, while they replay:
        the run's later stages import what they need there (Great Expectations) off the critical path.
        ``meanwhile`` gets each result as it comes back, while the workers go on (the dataset stage's work
        per page, :func:`harness.ahead.prime`), only with a core to spare (this process does not check the
        pages): when every core extracts, it would take CPU from the workers and hold its tables while they
        run (1,766 unseen pages, defaults: peak PSS 321 -> 281 MiB and no slower without it).
        """
        results: list[PageResult | Packed | None] = [None] * len(refs)
        pending = deque(enumerate(refs))
        done = 0
        while pending or self._unstarted or any(w.jobs for w in self._workers):
            self._hand_out(pending, len(refs))
            if warm is not None:
                self._warming = threading.Thread(target=warm, name="harness-warm", daemon=True)
                self._warming.start()
                warm = None
            self._import_checks()
            collected = self._collect()
            self._hand_out(pending, len(refs))  # the workers extract on while this process checks, if it does
            self._backlog += collected
            if self._importing is not None:
                if self._importing.is_alive() and pending:
                    continue  # the checks are not ready yet: keep the worker busy, check these later
                self._importing.join()
                if self._import_error is not None:  # a setting is wrong: a usage error, workers stopped
                    raise self._import_error
            for index, answer in self._backlog:
                result: PageResult | None = None
                if isinstance(answer, Packed):  # checked in its worker: opened once every page is in
                    results[index] = answer
                else:
                    result = results[index] = finish(answer, self.ctx, self.name)
                done += 1
                if progress:
                    progress(done, len(refs), refs[index].id)
                # the dataset stage's work ahead (a page of its own: if it fails, the stage does it)
                if result is not None and meanwhile is not None and not self.finish_in_workers:
                    with contextlib.suppress(Exception):
                        meanwhile(result)
            self._backlog.clear()
        return [
            r if r is not None else self._lost(ref, "harness.error", "no result came back")
            for r, ref in zip(results, refs, strict=True)
        ]

    def opened(self, answers: Sequence[PageResult | Packed], refs: Sequence[CassetteRef]) -> list[PageResult]:
        """``answers`` (one per ref, in order) with each packed page opened; one that cannot be read is a
        ``harness.error`` page, like any page whose result did not come back."""
        return [
            self._open(a, ref) if isinstance(a, Packed) else a for a, ref in zip(answers, refs, strict=True)
        ]

    def _open(self, packed: Packed, ref: CassetteRef) -> PageResult:
        try:
            return packed.page()
        except Exception as exc:  # a page that does not unpickle here (a class only its worker knew)
            return self._lost(
                ref, "harness.error", f"its result could not be read ({type(exc).__name__}: {exc})"
            )

    def _import_checks(self) -> None:
        """With a core to spare, import the checks' modules and build the run's settings in a thread once
        the first worker runs (:meth:`RunContext.prepare`; an error in them is raised by the main loop)."""
        if self.finish_in_workers or self._importing is not None or not self._workers:
            return
        self._importing = threading.Thread(target=self._prepare, name="harness-import", daemon=True)
        self._importing.start()

    def _prepare(self) -> None:
        try:
            _import(WARM)
            self.ctx.prepare()
        except BaseException as exc:  # handed to the main loop, which raises it
            self._import_error = exc

    def _load(self, ref: CassetteRef) -> Loaded | None:
        """With a core to spare, the page's cassette loaded here, so its worker starts extracting as soon as
        it takes the page. Anything unexpected leaves the loading to the worker, which reports it."""
        if self.finish_in_workers:
            return None
        try:
            got = load_stage(ref, self.ctx)
        except Exception:  # the worker loads it again and reports what goes wrong
            return None
        return got if isinstance(got, Loaded) else None

    def _taker(self, waiting: int, total: int) -> _Worker | None:
        """The worker to hand the next page to: an idle one, else a new one while there are fewer than
        ``jobs``, else one on its only page, so it never waits for this process between pages (while at
        least one page per worker waits: at the end every worker takes its own)."""
        idle = [w for w in self._workers if not w.jobs]
        if idle:
            return idle[-1]
        if len(self._workers) < min(self.jobs, total):
            return self._start()
        if waiting >= len(self._workers):
            return next((w for w in self._workers if len(w.jobs) < DEPTH), None)
        return None

    def _hand_out(self, pending: deque[tuple[int, CassetteRef]], total: int) -> None:
        for worker in [w for w in self._workers if not w.jobs and not w.process.is_alive()]:
            self._kill(worker)  # died between pages: replace it quietly
        while self._unstarted:
            pending.appendleft(self._unstarted.pop())
        while pending and (taker := self._taker(len(pending), total)) is not None:
            job = pending.popleft()
            try:
                taker.send((*job, self.finish_in_workers, self._load(job[1])))
            except (OSError, ValueError):
                pending.appendleft(job)
                self._kill(taker)
                continue
            if not taker.jobs:
                taker.since, taker.phase = monotonic(), "queued"
            taker.jobs.append(job)

    def _collect(self) -> list[tuple[int, Extracted | PageResult | Packed]]:
        """Wait for the first answer, death or deadline among the busy workers, and settle them."""
        busy = [w for w in self._workers if w.jobs]
        due = [d for d in (w.due(self.limit) for w in busy) if d is not None]
        timeout = max(0.0, min(due) - monotonic()) if due else None
        wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
        out = []
        for worker in busy:
            settled = self._settle(worker)
            if settled is not None:
                out.append(settled)
        return out

    def _settle(self, worker: _Worker) -> tuple[int, Extracted | PageResult | Packed] | None:
        index, ref = worker.jobs[0]
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] in ("start", "extracted"):
                    worker.since = monotonic()
                    worker.phase = "extracting" if message[0] == "start" else "checking"
                    continue
                worker.jobs.popleft()  # its next page, if it holds one, is the one it takes now
                worker.since, worker.phase = monotonic(), "queued"
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
    meanwhile: Callable[[PageResult], None] | None = None,
) -> list[PageResult]:
    """Replay ``refs`` through ``ctx``'s extractor in ``jobs`` supervised worker processes."""
    if not refs:
        return []
    with Supervisor(ctx, jobs) as supervisor:
        answers = supervisor.answers(refs, progress, warm, meanwhile)
    # the workers are gone: the pages they checked are opened now, not beside them at the run's peak
    return supervisor.opened(answers, refs)


__all__ = ["Supervisor", "hard_deadline", "replay_pages", "resolve_jobs"]
