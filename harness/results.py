"""The results file: the one place where run objects become JSON and back.

``schemas/results.schema.json`` is the public contract for this file. Each run lives in its own folder,
``reports/<run-id>/`` (``results.json`` + ``index.html``), and ``reports/latest`` points to the newest.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from json.encoder import encode_basestring as _encode_str  # C, ensure_ascii=False
from pathlib import Path
from typing import Any

from harness import safejson
from harness.fsutil import (
    atomic_write_chunks,
    atomic_write_text,
    partial_folder,
    publish_folder,
    remove_stale,
)
from harness.model import Finding, PageResult, RunResult

FORMAT = "news-harness/results"
FORMAT_VERSION = 1
RESULTS_NAME = "results.json"
REPORT_NAME = "index.html"
LATEST = "latest"


def page_to_dict(page: PageResult) -> dict[str, Any]:
    """The page as JSON-ready data; values JSON cannot hold were replaced (see :mod:`harness.safejson`)."""
    page = safejson.safe_page(page)
    return {
        "id": page.id,
        "site": page.site,
        "url": page.url,
        "cassette": page.cassette,
        "extractor": page.extractor,
        "record": dict(page.record) if page.record is not None else None,
        "findings": [f.to_dict() for f in page.findings],
        "elapsed_ms": round(page.elapsed_ms, 2),
        "captured_at": page.captured_at,
        "quality": page.quality,
        "approval": page.approval,
        "drift": page.drift,
        **({"status": page.status} if page.status is not None else {}),
        **({"fixed": [dict(f) for f in page.fixed]} if page.fixed else {}),
    }


def page_from_dict(data: Mapping[str, Any]) -> PageResult:
    return PageResult(
        id=data["id"],
        site=data["site"],
        url=data.get("url"),
        cassette=data.get("cassette"),
        extractor=data.get("extractor", ""),
        record=data.get("record"),
        findings=tuple(Finding.from_dict(f) for f in data.get("findings", [])),
        elapsed_ms=float(data.get("elapsed_ms", 0.0)),
        captured_at=data.get("captured_at"),
        quality=data.get("quality"),
        approval=data.get("approval"),
        drift=data.get("drift"),
        status=data.get("status") if data.get("status") in ("fail", "warn", "pass") else None,
        fixed=tuple(f for f in data.get("fixed") or () if isinstance(f, Mapping)),
    )


def summarize(pages: tuple[PageResult, ...], findings: tuple[Finding, ...]) -> dict[str, Any]:
    """Counts a reader (or a CI script) wants without walking the pages."""
    by_severity: Counter[str] = Counter(f.severity for f in findings)
    by_check: Counter[str] = Counter(f.check for f in findings)
    by_baseline: Counter[str] = Counter()
    failing = 0
    for page in pages:
        by_severity.update(f.severity for f in page.findings)
        by_check.update(f.check for f in page.findings)
        by_baseline.update(f.baseline for f in page.findings if f.baseline)
        by_baseline["fixed"] += len(page.fixed)
        failing += any(f.severity == "error" for f in page.findings)
    return {
        "pages": len(pages),
        "sites": len({p.site for p in pages}),
        "pages_with_errors": failing,
        "pages_by_status": dict(Counter(p.status for p in pages if p.status)),
        "findings_failing_gate": sum(f.gate == "fail" for f in findings)
        + sum(f.gate == "fail" for p in pages for f in p.findings),
        "findings_by_baseline": {k: by_baseline[k] for k in ("new", "accepted", "fixed")},
        "pages_without_record": sum(1 for p in pages if p.record is None),
        "findings_by_severity": dict(sorted(by_severity.items())),
        "findings_by_check": dict(sorted(by_check.items())),
    }


def _run_head(run: RunResult) -> dict[str, Any]:
    """``results.json`` without its two long lists (the run's findings and its pages)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "run": {
            "id": run.run_id,
            "started_at": run.started_at,
            "finished_at": run.finished_at,
            "harness_version": run.harness_version,
            "extractors": list(run.extractors),
            "config_digest": run.config_digest,
            "source": run.source,
        },
        "summary": dict(run.summary) or summarize(run.pages, run.findings),
    }


def run_to_dict(run: RunResult) -> dict[str, Any]:
    return {
        **_run_head(run),
        "findings": [safejson.safe_finding(f).to_dict() for f in run.findings],
        "pages": [page_to_dict(p) for p in run.pages],
    }


def run_from_dict(data: Mapping[str, Any]) -> RunResult:
    if data.get("format") != FORMAT:
        raise ValueError(f"not a news-harness results file (format={data.get('format')!r})")
    meta = data["run"]
    return RunResult(
        run_id=meta["id"],
        started_at=meta["started_at"],
        finished_at=meta["finished_at"],
        harness_version=meta["harness_version"],
        extractors=tuple(meta["extractors"]),
        config_digest=meta["config_digest"],
        source=meta.get("source", ""),
        pages=tuple(page_from_dict(p) for p in data.get("pages", [])),
        findings=tuple(Finding.from_dict(f) for f in data.get("findings", [])),
        summary=data.get("summary", {}),
    )


def dumps(run: RunResult) -> str:
    """``results.json``'s text (see :func:`chunks`)."""
    return "".join(chunks(run))


def chunks(run: RunResult) -> Iterator[str]:
    """``results.json``'s text piece by piece, a page at a time: always valid JSON (``allow_nan=False``, no
    lone surrogates), whatever the records held, and the same bytes as ``dumps_stable`` of
    :func:`run_to_dict` when nothing needed sanitising.

    Each piece (the run's head, a run-level finding, a page) is first written as it is, refusing anything
    :func:`~harness.safejson.sanitize` would change (see :func:`_checked`); only then is that piece
    sanitised and written again. The two long lists are never clipped: every page and finding of the run
    is in the file, however many (``sanitize`` keeps 10,000 items of a list, a limit meant for a record's
    own lists). :func:`write_run` writes the pieces as they come, so the file never sits in memory whole."""
    head = _run_head(run)
    lists: dict[str, tuple[int, Iterator[dict[str, Any]]]] = {
        "findings": (len(run.findings), (safejson.safe_finding(f).to_dict() for f in run.findings)),
        "pages": (len(run.pages), (page_to_dict(p) for p in run.pages)),
    }
    yield "{"
    inner = "\n  "
    for n, key in enumerate(sorted([*head, *lists])):
        yield (inner if n == 0 else "," + inner) + _encode_str(key) + ": "
        if key in head:
            yield _piece(head[key], inner, 1)
            continue
        count, items = lists[key]
        if not count:
            yield "[]"
            continue
        item_newline = inner + "  "
        yield "["
        for i, item in enumerate(items):
            yield (item_newline if i == 0 else "," + item_newline) + _piece(item, item_newline, 2)
        yield inner + "]"
    yield "\n}\n"


def _piece(value: Any, newline: str, depth: int) -> str:
    """``value``'s text at the indent ``newline`` holds, ``depth`` levels into the document: checked, else
    sanitised as :func:`~harness.safejson.sanitize` would at that depth of the whole document."""
    with contextlib.suppress(_Unusual, RecursionError):
        return _checked(value, newline)
    value = safejson.sanitize(value, depth=depth, limit=_LIMIT)
    try:
        return _text(value, newline)
    except (_Unusual, RecursionError):
        return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False).replace(
            "\n", newline
        )


_LIMIT = safejson.MAX_DEPTH + 16
_SURROGATE = re.compile("[\ud800-\udfff]")


def _checked(data: Any, newline: str = "\n") -> str:
    """The text ``dumps_stable`` writes for ``data`` at the indent ``newline`` holds (no final newline) when
    :func:`~harness.safejson.sanitize` (at ``_LIMIT``, as deep as ``newline`` says) would return it
    unchanged, else :class:`_Unusual`: no string or key sanitising would clip, no container or nesting
    beyond its limits, no integer it would drop, and no lone surrogate in the text (a string or a key
    holding one is written as it is, so one search of the whole text finds it)."""
    out: list[str] = []
    _emit(data, newline, out, checked=True)
    text = "".join(out)
    if _SURROGATE.search(text):
        raise _Unusual
    return text


class _Unusual(Exception):
    """A value :func:`_emit` leaves to the json module (a subclass, a non-string key, NaN...)."""


def _text(data: Any, newline: str) -> str:
    """The text ``dumps_stable`` writes for plain JSON data at the indent ``newline`` holds (no final
    newline), about twice as fast: ``json.dumps`` with ``indent`` runs its pure-Python encoder, item by
    generator; this builds the same text in one list, with the json module's own C string encoder."""
    out: list[str] = []
    _emit(data, newline, out)
    return "".join(out)


def _stable(data: Any) -> str:
    """``dumps_stable(data)``'s very text, for plain JSON data (:func:`_text` at the top)."""
    return _text(data, "\n") + "\n"


def _emit(value: Any, newline: str, out: list[str], checked: bool = False) -> None:
    """``value``'s text at the indent ``newline`` holds; ``checked``: see :func:`_checked` (a level of
    nesting is two more characters of ``newline``)."""
    kind = type(value)
    if kind is str:
        if checked and len(value) > safejson.MAX_STRING:
            raise _Unusual
        out.append(_encode_str(value))
    elif kind is dict or kind is list or kind is tuple:
        if checked and (len(value) > safejson.MAX_ITEMS or len(newline) > 2 * _LIMIT):
            raise _Unusual
        _container(value, kind is dict, newline, out, checked)
    elif value is None or kind is bool:
        out.append(_CONSTANTS[value])
    elif kind is int:
        if checked and value.bit_length() > safejson.MAX_INT_BITS:
            raise _Unusual
        out.append(int.__repr__(value))
    elif kind is float and value == value and value not in (_INF, -_INF):
        out.append(float.__repr__(value))
    else:
        raise _Unusual


def _container(value: Any, mapping: bool, newline: str, out: list[str], checked: bool = False) -> None:
    if not value:
        out.append("{}" if mapping else "[]")
        return
    inner = newline + "  "
    out.append("{" if mapping else "[")
    if mapping:
        if not all(type(k) is str and (not checked or len(k) <= safejson.KEY_MAX) for k in value):
            raise _Unusual
        for n, key in enumerate(sorted(value)):
            out.append(inner if n == 0 else "," + inner)
            out.append(_encode_str(key) + ": ")
            _emit(value[key], inner, out, checked)
    else:
        for n, item in enumerate(value):
            out.append(inner if n == 0 else "," + inner)
            _emit(item, inner, out, checked)
    out.append(newline + ("}" if mapping else "]"))


_INF = float("inf")
_CONSTANTS = {None: "null", True: "true", False: "false"}


def load(path: Path) -> RunResult:
    with path.open(encoding="utf-8") as fh:
        return run_from_dict(json.load(fh))


@dataclass(frozen=True, slots=True)
class RunPaths:
    folder: Path
    results: Path
    report: Path


def previous_run(report_root: Path) -> RunResult | None:
    """The run ``reports/latest`` points to, if it can be read, without its pages' records: what the
    report compares with (page ids, extractors, findings) and what ``harness approve`` names."""
    target = report_root / LATEST / RESULTS_NAME
    try:
        return load_without_records(target)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


_PAGES_OPEN = b'\n  "pages": ['
_PAGES_CLOSE = b"\n  ]"
_PAGE_SEPARATOR = b",\n    {"


def load_without_records(path: Path) -> RunResult:
    """:func:`load` with every page's record left out, one page parsed at a time.

    A run's records are most of its file, and the file read whole is a str of up to four bytes a character
    (one emoji in a record is enough): 121 MiB of peak memory for the 14 MB ``results.json`` of 1,766
    pages. This reads the file's bytes and parses its head (everything but the pages) and then each page
    alone, as :func:`chunks` lays them out (a page item starts at four spaces of indent, and no raw line
    break is inside a JSON string). A file laid out otherwise (edited by hand, written by another tool) is
    read whole, as :func:`load` reads it."""
    raw = path.read_bytes()
    start = raw.find(_PAGES_OPEN)
    end = raw.find(_PAGES_CLOSE, start + len(_PAGES_OPEN)) if start >= 0 else -1
    if end < 0 or raw.count(_PAGES_OPEN) != 1:
        return _without_records(run_from_dict(json.loads(raw)))
    head = json.loads(raw[:start] + _PAGES_OPEN + b"]" + raw[end + len(_PAGES_CLOSE) :])
    pages = []
    at = start + len(_PAGES_OPEN)
    while raw.find(b"{", at, end) >= 0:  # each page sliced from the file's bytes, none copied whole
        cut = raw.find(_PAGE_SEPARATOR, at, end)
        page = json.loads(raw[at : cut if cut >= 0 else end])
        if not isinstance(page, dict):
            raise ValueError("a page of results.json is not an object")
        page["record"] = None
        pages.append(page_from_dict(page))
        at = cut + 1 if cut >= 0 else end  # the next page starts at its "\n    {"
    return replace(run_from_dict(head), pages=tuple(pages))


def _without_records(run: RunResult) -> RunResult:
    return replace(run, pages=tuple(replace(p, record=None) for p in run.pages))


def _point_latest(report_root: Path, folder: Path) -> None:
    link = report_root / LATEST
    tmp = report_root / f".{LATEST}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    try:
        tmp.symlink_to(folder.name, target_is_directory=True)
        os.replace(tmp, link)
    except OSError:  # no symlinks (some Windows setups): fall back to a pointer file
        tmp.unlink(missing_ok=True)
        if link.is_symlink() or link.is_file():
            link.unlink()
        if not link.exists():
            atomic_write_text(report_root / f"{LATEST}.txt", folder.name + "\n")


def write_run(run: RunResult, report_root: Path, keep: int = 0) -> RunPaths:
    """Write ``results.json`` and ``index.html`` for ``run``, point ``latest`` at it, keep ``keep`` runs.

    Both files are written into a hidden ``.<run-id>.partial-<pid>`` folder that is renamed to
    ``<run-id>`` once complete, so a run folder exists only with its results in it. Leftovers of
    interrupted runs (partial folders, ``.tmp`` files of dead processes) are removed first.
    """
    from harness.report import write_report

    report_root.mkdir(parents=True, exist_ok=True)
    remove_stale(report_root)
    run_id, n = run.run_id, 1
    while (report_root / run_id).exists():  # a second run in the same second by the same process
        n += 1
        run_id = f"{run.run_id}-{n}"
    if run_id != run.run_id:
        run = replace(run, run_id=run_id)
    folder = report_root / run_id
    tmp = partial_folder(folder)

    child = None
    try:
        child = _report_aside(run, tmp, report_root)
        atomic_write_chunks(tmp / RESULTS_NAME, chunks(run))
        if child is None or not _done_well(child):
            child = None
            for leftover in tmp.glob(f".{REPORT_NAME}.*"):  # a child that died mid-write left its .tmp
                leftover.unlink(missing_ok=True)
            write_report(run, tmp, previous=previous_run(report_root))
        publish_folder(tmp, folder)
    except BaseException:
        if child is not None:
            _stop(child)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _point_latest(report_root, folder)
    prune_runs(report_root, keep, folder)
    return RunPaths(folder, folder / RESULTS_NAME, folder / REPORT_NAME)


def _report_aside(run: RunResult, tmp: Path, report_root: Path) -> int | None:
    """The report written by a forked child while this process writes ``results.json``: the two are
    independent, and a run's last stage is otherwise the only part that uses one core of several (1,182
    pages: ``write_run`` 0.64 -> 0.47 s). Only on Linux, and only with no other thread alive (a
    fork copies one thread; a lock another held would stay held in the child). The child's pid, or None:
    the caller writes the report itself, as it does when the child fails."""
    import sys
    import threading

    if not sys.platform.startswith("linux") or threading.active_count() > 1 or (os.cpu_count() or 1) < 2:
        return None
    import gc

    from harness.report import write_report

    gc.freeze()  # the child's collector leaves the run's objects alone: their pages stay shared
    try:
        pid = os.fork()
    except Exception:  # refused (a guard, a limit on processes): written in this process instead
        gc.unfreeze()
        return None
    if pid:
        gc.unfreeze()
        return pid
    code = 1
    try:
        write_report(run, tmp, previous=previous_run(report_root))
        code = 0
    finally:
        os._exit(code)  # never returns into the caller's stack, runs no handler of the parent's


def _done_well(pid: int) -> bool:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.waitstatus_to_exitcode(status) == 0


def _stop(pid: int) -> None:
    import signal

    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, 0)


_RUN_FOLDER = re.compile(r"\d{8}T\d{6}Z-[0-9a-z-]+")


def prune_runs(report_root: Path, keep: int, current: Path) -> list[Path]:
    """Remove all but the newest ``keep`` run folders (0 keeps all); only folders named like run ids."""
    if keep <= 0:
        return []
    runs = sorted(
        p
        for p in report_root.iterdir()
        if p.is_dir() and not p.is_symlink() and _RUN_FOLDER.fullmatch(p.name)
    )
    old = [p for p in runs[: max(0, len(runs) - keep)] if p != current]
    for folder in old:
        shutil.rmtree(folder, ignore_errors=True)
    return old
