"""Reading article records at crawl scale: JSON lines (plain or ``.gz``), a folder of them, or Parquet.

Lines are split on ``\\n`` only, as JSON lines are defined: a raw U+2028 or NEL inside a JSON string stays in
its record (``str.splitlines`` would cut it). A UTF-8 BOM at the start of a file is dropped. Each line is
decoded on its own, so a line of invalid UTF-8, a lone surrogate escape (``"\\udfff"``), ``NaN``, a line
nested too deeply or one that is not an object costs that line alone: :func:`decode` says what was wrong and
the caller turns it into an ``input.invalid_line`` finding.

Input is read in chunks of raw lines (:func:`chunks`), so memory holds one chunk, never the file.
Parquet is read with pyarrow (imported only for Parquet input), one record batch at a time.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any, cast

BOM = b"\xef\xbb\xbf"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
_SURROGATE = re.compile(rb"\\u[dD][89abcdefABCDEF]")
_EXCERPT = 200


class InputError(Exception):
    """The input path itself cannot be read as records (a usage error, not a data problem)."""


@dataclass(frozen=True, slots=True)
class Raw:
    """One input line: its number in the run (1-based, across files), and its bytes or a Parquet row."""

    number: int
    line: bytes | None = None
    row: dict[str, Any] | None = None

    def __reduce__(self) -> tuple[type[Raw], tuple[int, bytes | None, dict[str, Any] | None]]:
        """Pickled as its three fields (a chunk goes to a worker in each pass): a frozen dataclass with slots
        is otherwise pickled through its slots' state, about twice the time both ways."""
        return Raw, (self.number, self.line, self.row)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


@cache
def _orjson() -> Callable[[bytes], Any] | None:
    """``orjson.loads`` when the optional ``fast`` extra is installed, else None (the stdlib reads alone)."""
    try:
        import orjson
    except ImportError:
        return None
    return cast(Callable[[bytes], Any], orjson.loads)


_NESTS = 200  # brackets beyond which the stdlib's own recursion limit decides


def _has_float(value: Any) -> bool:
    """Any float inside ``value``: orjson reads an int past 64 bits as a float, the stdlib as an int, so a
    record holding a float is read by the stdlib (article records hold strings)."""
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, list):
        return False
    # strings and None (most of a record's values) need no call
    return any(_has_float(v) for v in value if v is not None and type(v) is not str)


def _fast(data: bytes) -> dict[str, Any] | None:
    """The record, by orjson, when orjson reads it exactly as the stdlib would; else None, and the stdlib
    path decides (and words what is wrong): orjson rejects what the stdlib rejects here and more (lone
    surrogates, numbers too large for a double), so a line orjson accepts reads the same in both."""
    loads = _orjson()
    if loads is None or data.count(b"[") + data.count(b"{") > _NESTS:
        return None
    try:
        value = loads(data)
    except ValueError:
        return None
    return value if isinstance(value, dict) and not _has_float(value) else None


def decode(raw: Raw) -> tuple[dict[str, Any] | None, str | None, str]:
    """``(record, None, excerpt)`` or ``(None, what was wrong, excerpt)``; never raises for bad data."""
    if raw.row is not None:
        return raw.row, None, ""
    data = raw.line or b""
    excerpt = data[:_EXCERPT].decode("utf-8", errors="replace")
    fast = _fast(data)
    if fast is not None:
        return fast, None, excerpt
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"invalid UTF-8 at byte {exc.start}", excerpt
    if not text.strip():
        return None, "empty line", excerpt
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        return None, "JSON nested too deeply", excerpt
    except ValueError as exc:
        return None, f"invalid JSON ({exc})", excerpt
    if not isinstance(value, dict):
        return None, f"expected a JSON object, got {type(value).__name__}", excerpt
    if _SURROGATE.search(data) and not _encodable(value):
        return None, "a string holds a lone surrogate escape (not valid Unicode)", excerpt
    return value, None, excerpt


def _encodable(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, RecursionError):
        return False
    return True


def is_parquet(path: Path) -> bool:
    return path.name.lower().endswith(PARQUET_SUFFIXES)


def files(path: Path) -> list[Path]:
    """The files of the input: ``path`` itself, or the JSON lines / Parquet files of a folder (sorted, any
    depth). Hidden parts are kept: every file that matches is accounted for."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError(f"{path}: no such file or folder (expected JSON lines or Parquet)")
    found = sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and p.name.lower().endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES)
    )
    if not found:
        raise InputError(f"{path}: no .jsonl, .jsonl.gz or .parquet files in this folder")
    return found


def _open(path: Path) -> IO[bytes]:
    with path.open("rb") as probe:
        gz = probe.read(2) == b"\x1f\x8b"
    # a buffer of 1 MB: Python's line iteration over the default 8 KB one costs 2-3 us a line of 4 KB, 1 us
    return cast(IO[bytes], gzip.open(path, "rb")) if gz else path.open("rb", buffering=_BUFFER)


_BUFFER = 1 << 20


def _lines(path: Path) -> Iterator[bytes]:
    with _open(path) as fh:
        first = True
        for line in fh:  # binary iteration splits on b"\n" only
            if first:
                line, first = line.removeprefix(BOM), False
            if line.endswith(b"\n"):
                line = line[:-1]
            yield line.removesuffix(b"\r")


def _plain(value: Any) -> Any:
    """A Parquet cell as JSON would hold it: dates and times become ISO strings, bytes stay a wrong type."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)  # JSON cannot hold NaN: a string, which the schema check reports
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return repr(value)[:_EXCERPT]


def _parquet_rows(path: Path, batch_size: int) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as pf:
        for batch in pf.iter_batches(batch_size=batch_size):
            for row in batch.to_pylist():
                yield {str(k): _plain(v) for k, v in row.items()}


def raws(path: Path, batch_size: int = 2000) -> Iterator[Raw]:
    """Every line (or Parquet row) under ``path``, numbered across files in order."""
    number = 0
    for file in files(path):
        if is_parquet(file):
            for row in _parquet_rows(file, batch_size):
                number += 1
                yield Raw(number, row=row)
        else:
            for line in _lines(file):
                number += 1
                yield Raw(number, line=line)


def chunks(path: Path, size: int = 2000) -> Iterator[list[Raw]]:
    """:func:`raws` in lists of ``size``."""
    chunk: list[Raw] = []
    for raw in raws(path, batch_size=size):
        chunk.append(raw)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
