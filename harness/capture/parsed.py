"""Parsed cassettes kept on disk between runs, keyed by the cassette file's content (SHA-256).

A cassette stays YAML, readable in a git diff; reading it costs libyaml's scan of every byte of the page
(about 1.4 ms for a 200 KB page, most of what loading a cassette costs). A team replays the same cassettes
on every extractor change, so the parse is kept: the second run of a cassette reads its bytes (which it
must, to hash them), hashes them (0.15 ms for 250 KB) and reads the parsed form back. An edited cassette
has another hash, so an entry can never be stale; an entry that cannot be read is a miss.

The kept form is JSON, never pickle (a cache folder is no place to execute anything from), with each
``bytes`` value moved out of the JSON into a blob after it::

    NHPC1\\n <JSON length, 12 digits> <JSON> <blob>...

Only data that JSON gives back identical is kept: mappings with string keys, lists, strings, integers,
floats, booleans, None and bytes (a cassette with a YAML set or a date is parsed every time).

Where: ``$HARNESS_CACHE_DIR``, else ``$XDG_CACHE_HOME/news-harness/cassettes``, else
``~/.cache/news-harness/cassettes``; ``HARNESS_CACHE_DIR=off`` keeps nothing. An entry read is touched,
and once a day a run's end prunes the folder to :data:`MAX_BYTES` (``HARNESS_CACHE_MAX_MB``), least
recently used first (:func:`prune_due`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from harness.fsutil import atomic_write_bytes

MAGIC = b"NHPC1\n"
#: bumped whenever what :func:`harness.capture.cassette.deserialize` returns for the same bytes changes
VERSION = "v1"
_LENGTH = 12
_BLOB = "\x00blob"
#: the folder's size kept by :func:`prune`; ``HARNESS_CACHE_MAX_MB`` overrides it
MAX_BYTES = 2048 * 1024 * 1024
#: seconds between two prunes of the folder (:func:`prune_due`)
PRUNE_EVERY = 24 * 3600.0
_SUFFIX = ".nhpc"


def directory() -> Path | None:
    """The cache folder, or None when caching is off."""
    chosen = os.environ.get("HARNESS_CACHE_DIR")
    if chosen is not None:
        if chosen.strip().lower() in ("", "off", "0", "no", "false"):
            return None
        return Path(chosen).expanduser() / VERSION
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found: nothing is kept
            return None
    return Path(base) / "news-harness" / "cassettes" / VERSION


def key(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _entry(folder: Path, digest: str) -> Path:
    return folder / digest[:2] / f"{digest}{_SUFFIX}"


def get(digest: str) -> dict[str, Any] | None:
    """The parsed cassette kept for ``digest``, or None (not kept, unreadable, caching off)."""
    folder = directory()
    if folder is None:
        return None
    path = _entry(folder, digest)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        parsed = _decode(data)
    except (ValueError, TypeError, KeyError, IndexError, RecursionError):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # used now: the prune removes the entries unused longest
    return parsed


def put(digest: str, parsed: dict[str, Any]) -> None:
    """Keep ``parsed`` for ``digest`` when JSON gives it back identical; any failure keeps nothing."""
    folder = directory()
    if folder is None:
        return
    try:
        data = _encode(parsed)
    except (ValueError, TypeError, RecursionError):
        return
    with contextlib.suppress(OSError):
        atomic_write_bytes(_entry(folder, digest), data, durable=False)


def _encode(parsed: dict[str, Any]) -> bytes:
    blobs: list[bytes] = []

    def plain(value: Any) -> Any:
        kind = type(value)
        if kind is dict:
            if not all(type(k) is str for k in value) or _BLOB in value:
                raise TypeError("a key that is not a string, or the blob marker's own")
            return {k: plain(v) for k, v in value.items()}
        if kind is list:
            return [plain(v) for v in value]
        if kind is bytes:
            blobs.append(value)
            return {_BLOB: len(value)}
        if kind in (str, int, float, bool) or value is None:
            return value
        raise TypeError(f"a {kind.__name__} (JSON would not give it back)")

    text = json.dumps(plain(parsed), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"".join([MAGIC, b"%0*d" % (_LENGTH, len(text)), text, *blobs])


def _decode(data: bytes) -> dict[str, Any]:
    if not data.startswith(MAGIC):
        raise ValueError("not a parsed cassette")
    start = len(MAGIC) + _LENGTH
    end = start + int(data[len(MAGIC) : start])
    offset = [end]

    def blob(value: Any) -> Any:
        if type(value) is dict:
            if len(value) == 1 and _BLOB in value:
                size = value[_BLOB]
                if type(size) is not int or size < 0 or offset[0] + size > len(data):
                    raise ValueError("a blob past the end of the entry")
                out = data[offset[0] : offset[0] + size]
                offset[0] += size
                return out
            return {k: blob(v) for k, v in value.items()}
        if type(value) is list:
            return [blob(v) for v in value]
        return value

    parsed = blob(json.loads(data[start:end]))
    if offset[0] != len(data) or type(parsed) is not dict:
        raise ValueError("a truncated or padded entry")
    return parsed


def max_bytes() -> int:
    try:
        return int(float(os.environ["HARNESS_CACHE_MAX_MB"]) * 1024 * 1024)
    except (KeyError, ValueError):
        return MAX_BYTES


def prune_due(now: float | None = None) -> int:
    """:func:`prune` when the folder was last pruned :data:`PRUNE_EVERY` seconds ago or more (one
    ``stat`` otherwise); the number of entries removed."""
    import time

    folder = directory()
    if folder is None or not folder.is_dir():
        return 0
    marker = folder / ".pruned"
    now = time.time() if now is None else now
    with contextlib.suppress(FileNotFoundError):
        if now - marker.stat().st_mtime < PRUNE_EVERY:
            return 0
    try:
        marker.touch()
    except OSError:
        return 0
    return prune(folder, max_bytes())


def prune(folder: Path, limit: int) -> int:
    """Remove the entries of ``folder`` unused longest until it holds at most ``limit`` bytes; returns how
    many it removed."""
    entries: list[tuple[float, int, str]] = []
    with contextlib.suppress(OSError):
        for sub in os.scandir(folder):
            if not sub.is_dir(follow_symlinks=False):
                continue
            for item in os.scandir(sub.path):
                if item.name.endswith(_SUFFIX) and item.is_file(follow_symlinks=False):
                    with contextlib.suppress(OSError):
                        st = item.stat(follow_symlinks=False)
                        entries.append((st.st_mtime, st.st_size, item.path))
    total = sum(size for _, size, _ in entries)
    removed = 0
    for _, size, path in sorted(entries):
        if total <= limit:
            break
        with contextlib.suppress(OSError):
            os.unlink(path)
            total -= size
            removed += 1
    return removed
