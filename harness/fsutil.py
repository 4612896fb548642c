"""Atomic writes and path containment: everything the harness puts on disk goes through here."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


class UnsafePathError(ValueError):
    """A path derived from untrusted input would land outside its root."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the mode open() would
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def dumps_stable(data: Any) -> str:
    """JSON that diffs well in git: sorted keys, one field per line, UTF-8, trailing newline."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, dumps_stable(data))


def contained(root: Path, *parts: str) -> Path:
    """Join ``parts`` under ``root`` and refuse any result that escapes it (``..``, absolute parts, links)."""
    base = root.resolve()
    candidate = base.joinpath(*parts).resolve()
    if candidate != base and not candidate.is_relative_to(base):
        raise UnsafePathError(f"{'/'.join(parts)!r} resolves outside {root}")
    return candidate
