"""A worker process's side of :mod:`harness.parallel`: take a page, extract it, check it or not, answer.

The runner's :class:`harness.parallel.Supervisor` starts the worker with :func:`serve` as its target and
talks to it over one pipe: ``(index, ref, finish, loaded)`` in (``loaded``: the cassette, when the runner
loaded it ahead, else None); ``("start", index)`` when the extractor is called,
``("extracted", index)`` when it returned and the worker goes on to check the page (``finish``), then
``("done", index, result)`` with a :class:`~harness.model.PageResult` (``finish``) or the
:class:`~harness.runner.Extracted` page for the runner to check.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import zlib
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from harness import ahead
from harness.capture.cassette import CassetteRef
from harness.config import HarnessConfig
from harness.model import Finding, PageResult
from harness.runner import (
    Extracted,
    Loaded,
    RunContext,
    extract_stage,
    finish_page,
    make_context,
    unreplayed,
)


def serve(conn: Connection, ctx: RunContext | None, cfg: HarnessConfig, spec: str | None, ex: Any) -> None:
    """A worker's life: take ``(index, ref, finish, loaded)``, send back ``(index, PageResult)`` when
    ``finish`` (the worker checks the page too) else ``(index, Extracted)``; ``None`` ends it.

    ``ctx`` is the runner's own context when forked; a spawned worker rebuilds it from the extractor ``spec``,
    or, for an extractor object made in code (no spec), from the pickled extractor ``ex``.
    """
    from harness import extraction

    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):  # its own process group: a kill takes the extractor's children
            os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    extraction.IN_WORKER = True
    ahead.off()  # forked inside a run's block: the runner keeps the run's tables, not its workers
    if ctx is None:
        ctx = make_context(cfg, spec) if spec or ex is None else RunContext(cfg, ex).prepare()
    name = ctx.extractor.name if ctx.extractor else "?"
    _quiet_collector()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        index, ref, checks_here, loaded = job
        # the page's hard deadline counts from the call to the extractor, not from the fork or the load
        extraction.EXTRACT_STARTED = functools.partial(conn.send, ("start", index))
        extracted = _replay(ref, ctx, name, loaded)
        if extracted.page is not None:
            extracted.page.release()  # its parse tree: the checks read the page's text, not the tree
        if checks_here:
            try:
                conn.send(("extracted", index))  # from here the harness's own limit applies, not the page's
            except (EOFError, OSError):
                return  # the runner is gone
        _answer(conn, index, finish(extracted, ctx, name) if checks_here else extracted, ref, name)
        # the page (and the parse tree its extractor cached on it) goes now, not once the next page is
        # parsed: two pages' trees would be alive, and the collector would walk both
        del extracted, loaded


def _quiet_collector() -> None:
    """What the worker holds now (the runner's modules and settings) lives to its end: out of the cyclic
    collector's sight (a forked worker inherits it so already). A page's parse tree is released by hand, so
    pages leave few cycles: a young collection every 10,000 allocations instead of 700, as the scale engine
    does (:func:`harness.scale.local._quiet_collector`). Measured on 1,182 pages: the collector's time in a
    worker 0.66 s -> 0.12 s, the run's peak PSS 224 -> 229 MiB."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when the runner dies (``kill -9`` included), so that a
    worker stuck in an endless loop is never left behind. Elsewhere a worker ends at its next page."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        parent = multiprocessing.parent_process()
        if parent is not None and os.getppid() != parent.pid:  # the runner died before prctl ran
            os._exit(1)


def _replay(ref: CassetteRef, ctx: RunContext, name: str, loaded: Loaded | None) -> Extracted:
    try:
        return extract_stage(ref, ctx, loaded)
    except BaseException as exc:  # a harness bug on one page must not cost the others
        return Extracted(ref, name, result=harness_error(ref, name, exc))


def harness_error(ref: CassetteRef, name: str, exc: BaseException) -> PageResult:
    message = f"the harness failed on this page ({type(exc).__name__}: {exc})"[:800]
    return unreplayed(ref, name, Finding("harness.error", "error", "$", message))


@dataclass(frozen=True, slots=True)
class Packed:
    """A checked page as a worker sends it back: pickled and compressed, opened by the runner only once
    every page is in (:meth:`page`). The runner holds each page from its return to the run's end while the
    workers extract on; as objects, 1,766 pages are 25 MiB of its memory at the run's peak, packed 5.5 MiB.
    Packing costs the worker about 0.16 ms a page, under 1% of extracting it."""

    data: bytes

    @classmethod
    def of(cls, page: PageResult) -> Packed:
        return cls(zlib.compress(pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL), 1))

    def page(self) -> PageResult:
        page = pickle.loads(zlib.decompress(self.data))
        if not isinstance(page, PageResult):
            raise TypeError(f"a packed page holds a {type(page).__name__}")
        return page


def finish(done: Extracted | PageResult, ctx: RunContext, name: str) -> PageResult:
    """The harness's half of a page (:func:`harness.runner.finish_page`); a lost page is already a result."""
    if isinstance(done, PageResult):
        return done
    try:
        return finish_page(done, ctx)
    except Exception as exc:  # a harness bug on one page must not cost the others
        return harness_error(done.ref, name, exc)


def _answer(
    conn: Connection, index: int, result: Extracted | PageResult, ref: CassetteRef, name: str
) -> None:
    try:
        conn.send(("done", index, Packed.of(result) if isinstance(result, PageResult) else result))
    except (EOFError, OSError):
        raise SystemExit(0) from None  # the runner is gone
    except Exception as exc:  # the result cannot be pickled (deep nesting, say): say so instead
        message = f"the page's result could not be sent back ({type(exc).__name__}: {exc})"[:800]
        lost = unreplayed(ref, name, Finding("harness.error", "error", "$", message))
        conn.send(("done", index, lost))
