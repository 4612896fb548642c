"""Atomic writes and path containment: everything the harness puts on disk goes through here."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

TMP_SUFFIX = ".tmp"
PARTIAL = ".partial-"  #: marks a folder being written (``.<name>.partial-<pid>``), renamed when complete
STALE_AFTER = 24 * 3600.0  #: leftovers whose writer cannot be identified are removed after this many seconds


class UnsafePathError(ValueError):
    """A path derived from untrusted input would land outside its root."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _atomic(path: Path, write: Callable[[IO[bytes]], object], durable: bool = True) -> None:
    """Call ``write`` on a temporary file beside ``path``, then rename it to ``path``: readers see the old
    file or the new one, never half of one. ``durable=False`` skips the ``fsync`` (a cache entry, which a
    crash may lose but never leaves half written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # the pid in the name lets a later run tell a dead writer's leftovers from a live one's (remove_stale)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the mode open() would
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half of one."""
    _atomic(path, lambda fh: fh.write(data), durable)


def atomic_write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """:func:`atomic_write_bytes` for a text made piece by piece: each piece is encoded and written as it
    comes, so the whole text never sits in memory (``results.json`` of a large run)."""

    def write(fh: IO[bytes]) -> None:
        for chunk in chunks:
            fh.write(chunk.encode("utf-8"))

    _atomic(path, write)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def dumps_stable(data: Any) -> str:
    """JSON that diffs well in git: sorted keys, one field per line, UTF-8, trailing newline.

    NaN and Infinity raise ``ValueError`` rather than being written as the invalid tokens ``NaN``: make the
    data safe first (:mod:`harness.safejson`).
    """
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, dumps_stable(data))


def contained(root: Path, *parts: str) -> Path:
    """Join ``parts`` under ``root`` and refuse any result that escapes it (``..``, absolute parts, links)."""
    base = root.resolve()
    candidate = base.joinpath(*parts).resolve()
    if candidate != base and not candidate.is_relative_to(base):
        raise UnsafePathError(f"{'/'.join(parts)!r} resolves outside {root}")
    return candidate


def _writer_pid(name: str) -> int | None:
    """The pid in ``.<name>.<pid>.<random>.tmp`` or ``.<name>.partial-<pid>``, if there is one."""
    if PARTIAL in name:
        tail = name.rsplit(PARTIAL, 1)[1]
        return int(tail) if tail.isdigit() else None
    parts = name.split(".")  # mkstemp's: .<name>.<pid>.<random>.tmp; others: .<name>.<pid>.tmp
    for tail in parts[-3:-4:-1] + parts[-2:-3:-1] if len(parts) >= 4 else ():
        if tail.isdigit():
            return int(tail)
    return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: assume it is still writing
    return True


def remove_stale(folder: Path) -> list[Path]:
    """Delete what interrupted writers left directly in ``folder``: ``.*.tmp`` files and ``.*.partial-*``
    folders whose writing process is gone (or, when no pid can be read, older than a day)."""
    import shutil
    import time

    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(".") or not (name.endswith(TMP_SUFFIX) or PARTIAL in name):
            continue
        pid = _writer_pid(name)
        try:
            old = time.time() - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
        except OSError:
            continue
        if (pid is not None and _alive(pid)) or (pid is None and not old):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def partial_folder(final: Path) -> Path:
    """A fresh, empty folder beside ``final`` to write into; :func:`publish_folder` renames it."""
    tmp = final.with_name(f".{final.name}{PARTIAL}{os.getpid()}")
    if tmp.exists():
        import shutil

        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    return tmp


def publish_folder(tmp: Path, final: Path) -> None:
    """Make the complete folder ``tmp`` appear as ``final`` in one rename (``final`` must not exist yet)."""
    for entry in os.scandir(tmp):  # what was written is on disk before the name appears
        if entry.is_file(follow_symlinks=False):
            fd = os.open(entry.path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    os.rename(tmp, final)
