"""The approve journal: what an interrupted ``harness approve`` left half done, and how to finish it.

Each approved output is written atomically, but a run approves many pages one by one: stopped halfway
(Ctrl-C, ``kill -9``, a full disk), it leaves some outputs new and others old. Before writing, ``approve``
records the pages it is about to approve in ``<cassettes>/.approve-journal.json`` and removes the file
when every page is done. A journal found later (and whose process is gone) means the last approve did not
finish: the next ``harness approve`` says so, and ``harness approve --resume`` approves those pages again
(approving is idempotent: outputs already written are left as they are).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from harness.fsutil import atomic_write_json
from harness.model import PageResult

JOURNAL_NAME = ".approve-journal.json"
FORMAT = "news-harness/approve-journal"


@dataclass(frozen=True, slots=True)
class Journal:
    path: Path
    started_at: str
    pid: int
    pending: tuple[str, ...]

    def warning(self) -> str:
        shown = ", ".join(self.pending[:10]) + (" …" if len(self.pending) > 10 else "")
        return (
            f"the 'harness approve' started at {self.started_at} did not finish: {len(self.pending)} "
            f"page(s) may be left with their old approved output: {shown}; "
            "'harness approve --resume' approves them again"
        )


def journal_path(root: Path) -> Path:
    return (root if root.is_dir() else root.parent) / JOURNAL_NAME


def begin(root: Path, pages: Iterable[PageResult], started_at: str) -> Path:
    """Record the pages about to be approved (those with a record); returns the journal's path."""
    path = journal_path(root)
    pending = [p.id for p in pages if p.record is not None]
    atomic_write_json(
        path, {"format": FORMAT, "started_at": started_at, "pid": os.getpid(), "pending": pending}
    )
    return path


def finish(path: Path, earlier: Journal | None = None, done: Iterable[str] = ()) -> None:
    """This approve is complete: remove its journal, or keep the pages an ``earlier`` interrupted approve
    left that this one did not approve again (``done``), so that they are not forgotten."""
    left = [i for i in (earlier.pending if earlier else ()) if i not in set(done)]
    if not left:
        path.unlink(missing_ok=True)
        return
    assert earlier is not None
    atomic_write_json(path, {"format": FORMAT, "started_at": earlier.started_at, "pid": 0, "pending": left})


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def interrupted(root: Path) -> Journal | None:
    """The journal of an approve that did not finish, if any (a running approve's journal is not one)."""
    path = journal_path(root)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    pid = data.get("pid")
    if isinstance(pid, int) and pid > 0 and pid != os.getpid() and _alive(pid):
        return None
    pending = data.get("pending")
    ids = tuple(str(i) for i in pending) if isinstance(pending, list) else ()
    return Journal(path, str(data.get("started_at", "?")), pid if isinstance(pid, int) else 0, ids)
