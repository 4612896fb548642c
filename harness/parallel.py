"""Replaying pages in several processes (``harness run --jobs N``).

Each worker builds its own :class:`~harness.runner.RunContext` once, from the same config and extractor spec,
and replays pages one at a time with the same guards as a single process (network blocked, per-page
deadline). Results come back in input order. A worker that dies (a crash in native code, say) costs only
its pages, each reported with a finding; the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed

from harness.capture.cassette import CassetteRef
from harness.config import HarnessConfig
from harness.model import Finding, PageResult
from harness.runner import Progress, RunContext, make_context, replay_page, unreplayed

_context: RunContext | None = None  # the worker process's own context, set by _start


def _start(cfg: HarnessConfig, extractor_spec: str | None) -> None:
    global _context
    _context = make_context(cfg, extractor_spec)


def _replay(ref: CassetteRef) -> PageResult:
    assert _context is not None, "worker not initialised"
    return replay_page(ref, _context)


def resolve_jobs(jobs: int | None) -> int:
    """``None`` or 1: one process; 0: one per CPU; N: N processes."""
    if not jobs:
        return 1 if jobs is None else max(1, os.cpu_count() or 1)
    return max(1, jobs)


def _lost(ref: CassetteRef, extractor: str, exc: BaseException) -> PageResult:
    message = f"the worker process replaying this page died ({type(exc).__name__}: {exc}); page not replayed"
    return unreplayed(ref, extractor, Finding("harness.worker_lost", "error", "$", message))


def replay_pages(
    refs: Sequence[CassetteRef], ctx: RunContext, *, jobs: int = 1, progress: Progress | None = None
) -> list[PageResult]:
    """Replay ``refs`` through ``ctx``'s extractor, in ``jobs`` processes when that pays off."""
    if jobs <= 1 or len(refs) < 2 * jobs:
        out: list[PageResult] = []
        for i, ref in enumerate(refs, 1):
            out.append(replay_page(ref, ctx))
            if progress:
                progress(i, len(refs), ref.id)
        return out
    # fork is cheapest and keeps whatever the parent imported (a dotted-path extractor's module) on Linux
    method = "fork" if sys.platform.startswith("linux") else None
    name = ctx.extractor.name if ctx.extractor else "?"
    results: list[PageResult | None] = [None] * len(refs)
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_start,
        initargs=(ctx.cfg, ctx.extractor_spec),
    ) as pool:
        futures: dict[Future[PageResult], int] = {pool.submit(_replay, ref): i for i, ref in enumerate(refs)}
        for done, future in enumerate(as_completed(futures), 1):
            i = futures[future]
            try:
                results[i] = future.result()
            except Exception as exc:  # BrokenProcessPool and friends: the page is still accounted for
                results[i] = _lost(refs[i], name, exc)
            if progress:
                progress(done, len(refs), refs[i].id)
    return [r for r in results if r is not None]
