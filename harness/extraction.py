"""The extract stage: call the extractor on one page under offline replay, within a deadline, and turn its
output into a JSON-safe record. Every problem becomes a finding; nothing the extractor does escapes.
"""

from __future__ import annotations

import signal
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from harness import safejson
from harness.capture import cassette as cassette_mod
from harness.capture.scrub import Scrubber
from harness.extractors.base import Extractor
from harness.model import RECORD_KEYS, ArticleRecord, Finding
from harness.page import Page
from harness.replay import NetworkBlocked, ReplayMiss, ReplaySession, offline

#: True inside a worker process (see :mod:`harness.parallel`), where even KeyboardInterrupt is the page's.
IN_WORKER = False
#: Called just before the extractor is, in a worker: its supervisor's hard deadline counts from there.
EXTRACT_STARTED: Callable[[], None] | None = None
TITLE_MAX = 1_000  #: a title longer than this (characters) is a ``record.title_suspect`` finding


def normalise_output(output: Any, page: Page, extractor: Extractor) -> dict[str, Any]:
    """Turn an extractor's return value into the record mapping the schema validates.

    The mapping is JSON-safe (:func:`harness.safejson.sanitize`); :func:`record_findings` says what had
    to change.
    """
    return _normalised(output, page, extractor)[0]


def _normalised(output: Any, page: Page, extractor: Extractor) -> tuple[dict[str, Any], list[Finding]]:
    if isinstance(output, ArticleRecord):
        data = output.to_dict()
    elif isinstance(output, Mapping):
        data = dict(output)
    else:
        raise TypeError(f"extractor returned {type(output).__name__}, expected ArticleRecord or a mapping")
    defaults = {
        "url": page.url,
        "site": page.site,
        "extractor": extractor.name,
        "extractor_version": str(extractor.version),
        "authors": [],
    }
    for key in RECORD_KEYS:
        if data.get(key) in (None, "") and key in defaults:
            data[key] = defaults[key]
        data.setdefault(key, None)
    problems: list[str] = []
    safe = safejson.sanitize(data, "$", problems)
    return safe, [*safejson.unserializable(problems), *_title_findings(data.get("title"))]


def _title_findings(title: Any) -> list[Finding]:
    """A huge title is an extraction gone wrong, whatever the schema says."""
    if not isinstance(title, str):
        return []
    out = []
    if len(title) > TITLE_MAX:
        out.append(
            Finding(
                "record.title_suspect",
                "error",
                "$.title",
                f"title is {len(title)} characters long (more than {TITLE_MAX})",
                excerpt=safejson.clip(title, 200),
            )
        )
    # markup in a title is the page check title.markup_leak's (in replay and in `harness check` alike)
    return out


def _crash_finding(exc: BaseException) -> Finding:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    try:
        text = str(exc)
    except BaseException:  # a hostile __str__
        text = "<unprintable>"
    return Finding(
        "extractor.crash", "error", "$", f"extractor raised {type(exc).__name__}{where}: {text}"[:800]
    )


class PageTimeout(BaseException):
    """The extractor spent longer than ``page_timeout`` on one page.

    A BaseException, so ``except Exception`` in an extractor does not swallow it; an extractor that
    catches everything is stopped by the worker's kill instead (see :mod:`harness.parallel`).
    """


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with :class:`PageTimeout`, so one page cannot hang a run.

    Uses SIGALRM, so it works in the main thread on POSIX and only when no one else (pytest-timeout, say)
    owns the signal; elsewhere it does nothing. Code stuck inside a C call is interrupted when it returns.
    This is the soft deadline; the hard one is the supervisor's kill (:func:`harness.parallel.hard_deadline`).
    """
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise PageTimeout(f"extractor took longer than {seconds:g} s (page_timeout); page abandoned")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_page(
    page: Page,
    extractor: Extractor,
    cassette: cassette_mod.Cassette,
    scrubber: Scrubber | None = None,
    timeout: float = 0,
) -> tuple[dict[str, Any] | None, list[Finding]]:
    """Run the extractor on one page under offline replay; problems become findings.

    The page is replayed first without vcrpy (:func:`harness.replay.offline` with ``player=False``). If
    the extractor reached for the network through an HTTP client (the guard logged an attempt made from
    inside one, even one the extractor swallowed), the page is extracted again, on a fresh :class:`Page`,
    with vcrpy serving its recorded requests: only that second replay counts. The result is the one a
    vcrpy replay alone would give, for an extractor whose output depends on its page and requests only.
    """
    record, findings, session = _extract(page, extractor, cassette, scrubber, timeout, player=False)
    if session is not None and session.network.via_client:
        fresh = Page(page.response, page.site, page.page_id, site_titles=page.site_titles)
        record, findings, _ = _extract(fresh, extractor, cassette, scrubber, timeout, player=True)
    return record, findings


def _extract(
    page: Page,
    extractor: Extractor,
    cassette: cassette_mod.Cassette,
    scrubber: Scrubber | None,
    timeout: float,
    *,
    player: bool,
) -> tuple[dict[str, Any] | None, list[Finding], ReplaySession | None]:
    findings: list[Finding] = []
    record: dict[str, Any] | None = None
    session: ReplaySession | None = None
    try:
        with offline(cassette, scrubber, player=player) as session, deadline(timeout):
            if EXTRACT_STARTED is not None:
                EXTRACT_STARTED()
            output = extractor.extract(page)
        record, problems = _normalised(output, page, extractor)
        findings.extend(problems)
    except ReplayMiss as exc:
        if session is None or all(m.url != exc.url for m in session.misses):
            findings.append(Finding("replay.miss", "error", "$", str(exc), excerpt=exc.url))
    except NetworkBlocked as exc:  # the session holds the attempt (and any the extractor swallowed)
        if session is None or not session.network.attempts:
            findings.append(Finding("replay.network", "error", "$", str(exc)))
    except PageTimeout as exc:
        findings.append(Finding("extractor.timeout", "error", "$", str(exc)))
    except KeyboardInterrupt as exc:
        if not IN_WORKER:
            raise  # in the runner's own process, Ctrl-C stops the run
        findings.append(_crash_finding(exc))
    except BaseException as exc:  # SystemExit, GeneratorExit, a custom BaseException: this page's problem
        findings.append(_crash_finding(exc))
    if session is not None:  # every miss and blocked attempt, even those the extractor swallowed
        findings[:0] = session.findings()
    return record, findings, session
