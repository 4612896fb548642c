"""Approved outputs whose cassette is gone: listed by ``harness approve``, deleted with ``--prune``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from harness.capture.cassette import APPROVED_SUFFIX, SUFFIX

__all__ = ["orphans", "remove_orphans"]


def orphans(cassette_root: Path) -> list[Path]:
    """Approved outputs at any depth under ``cassette_root`` whose cassette no longer exists, sorted.

    Walks the tree the way cassettes are found (hidden folders and links to folders are not entered),
    so an output beside a cassette three folders deep is seen like one beside a site's cassettes."""
    if not cassette_root.is_dir():
        return []
    found = []
    for folder, dirs, files in os.walk(cassette_root, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith(APPROVED_SUFFIX) and not name.startswith("."):
                path = Path(folder) / name
                if not _cassette_of(path).exists():
                    found.append(path)
    return sorted(found)


def _cassette_of(approved: Path) -> Path:
    return approved.with_name(approved.name[: -len(APPROVED_SUFFIX)] + SUFFIX)


def remove_orphans(paths: Iterable[Path]) -> list[Path]:
    """Delete the given orphaned approved outputs (only those still orphaned); returns what was removed."""
    removed = []
    for path in paths:
        if path.name.endswith(APPROVED_SUFFIX) and path.is_file() and not _cassette_of(path).exists():
            path.unlink()
            removed.append(path)
    return removed
