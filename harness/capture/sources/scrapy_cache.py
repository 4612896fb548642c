"""Scrapy's HTTP cache (``HTTPCACHE_ENABLED``, filesystem storage), read from its plain files only.

Layout: ``<httpcache>/<spider>/<fp[:2]>/<fp>/`` holding ``meta`` (a Python literal: url, method,
status, response_url, timestamp), ``response_headers`` and ``request_headers`` (raw ``Name: value``
lines), ``response_body`` and ``request_body``. ``meta`` is read with :func:`ast.literal_eval`, which
builds literals and executes nothing; ``pickled_meta`` is never opened. The cache sits next to the
downloader, so bodies are as sent (gzip included): the writer decodes them as a browser would.
With ``HTTPCACHE_GZIP`` every file of an entry is gzip-wrapped: an entry whose ``meta`` is gzip is read
through gzip throughout (decompressed size bounded). Bodies are not held: an entry gives the head of its
body (decoded when the response is gzip or deflate encoded, to tell a page from the rest) and reads the
whole file again when its cassette is written; a body whose head cannot be decoded is read whole at once,
so the writer reports it as it reports any undecodable body. The request side (method from ``meta``, the sent
headers) goes into the cassette's request, scrubbed there. Scrapy's cache keeps no request ``meta``
(``cb_kwargs``, ``meta`` dicts): that part of the request cannot be imported from it.
"""

from __future__ import annotations

import ast
import gzip
import zlib
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import IO, Any

from harness.capture.sources import Exchange, Headers, Item, Skip, SourceError, body_head, iso_utc

MAX_META_BYTES = 1 << 20
MAX_FILE_BYTES = 1 << 30  #: one cache file, after un-gzipping (HTTPCACHE_GZIP)
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 303: "See Other", 307: "Temporary Redirect"}


def is_cache(folder: Path) -> bool:
    """True when ``folder`` holds Scrapy cache entries (a ``meta`` + ``response_body`` pair) below it."""
    return any(True for _ in _entries(folder, stop_at_first=True))


def _entries(root: Path, *, stop_at_first: bool = False) -> Iterator[Path]:
    for meta in sorted(root.rglob("meta")):
        if meta.is_file() and (meta.parent / "response_body").is_file():
            yield meta.parent
            if stop_at_first:
                return


def _read(path: Path, gzipped: bool, limit: int = MAX_FILE_BYTES) -> bytes:
    """A cache file's bytes, un-gzipped when the entry is (``HTTPCACHE_GZIP``); ValueError over ``limit``."""
    if not gzipped:
        if path.stat().st_size > limit:
            raise ValueError(f"{path.name} is larger than {limit} bytes")
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise ValueError(f"{path.name}: corrupt gzip ({exc})") from None
    if len(data) > limit:
        raise ValueError(f"{path.name} is larger than {limit} bytes once un-gzipped")
    return data


def _raw_headers(path: Path, gzipped: bool = False) -> Headers:
    if not path.is_file():
        return ()
    out: list[tuple[str, str]] = []
    for line in _read(path, gzipped).decode("latin-1").split("\r\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip():
            out.append((key.strip(), value.strip()))
    return tuple(out)


def _meta(path: Path, gzipped: bool) -> Mapping[str, Any]:
    raw = _read(path, gzipped, MAX_META_BYTES)
    value = ast.literal_eval(raw.decode("utf-8"))  # literals only: nothing in the file is run
    if not isinstance(value, dict):
        raise ValueError(f"meta is a {type(value).__name__}, not a dict")
    return value


class _Inflating:
    """A readable view of a compressed stream, decoded as it is read, ``n`` bytes at most per read."""

    def __init__(self, raw: IO[bytes], wbits: int) -> None:
        self.raw, self.z = raw, zlib.decompressobj(wbits)

    def read(self, n: int) -> bytes:
        out = bytearray()
        while len(out) < n:
            data = self.z.unconsumed_tail or self.raw.read(1 << 16)
            if not data:
                break
            out += self.z.decompress(data, n - len(out))
        return bytes(out)


def _open(path: Path, gzipped: bool) -> Any:
    """The file as a binary stream (a ``GzipFile`` or a plain file), un-gzipped when the entry is."""
    return gzip.open(path, "rb") if gzipped else path.open("rb")


def _head(path: Path, gzipped: bool, coding: str) -> bytes | None:
    """The head of a body as a browser gets it (see :func:`body_head`); ``None`` when it cannot be had."""
    steps = [c.strip() for c in coding.lower().split(",") if c.strip() not in ("", "identity")]
    if len(steps) > 1 or (steps and steps[0] not in _WBITS):
        return None
    try:
        with _open(path, gzipped) as raw:
            return body_head(_Inflating(raw, _WBITS[steps[0]]) if steps else raw)
    except (OSError, EOFError, zlib.error):
        return None


class ScrapyCacheSource:
    """Iterate the cached responses under a Scrapy ``httpcache`` folder (or one spider's folder)."""

    name = "scrapy-cache"

    def __init__(self, root: Path) -> None:
        if not root.is_dir():
            raise SourceError(f"{root} is not a folder")
        self.root = root

    def __iter__(self) -> Iterator[Item]:
        for entry in _entries(self.root):
            origin = entry.relative_to(self.root).as_posix()
            try:
                yield self._one(entry, origin)
            except (OSError, ValueError, SyntaxError, MemoryError, RecursionError) as exc:
                yield Skip(origin, f"unreadable cache entry ({type(exc).__name__}: {exc})", failed=True)

    def _one(self, entry: Path, origin: str) -> Item:
        with (entry / "meta").open("rb") as first:
            gzipped = first.read(2) == b"\x1f\x8b"
        meta = _meta(entry / "meta", gzipped)
        url = str(meta.get("url") or "")
        if not url:
            return Skip(origin, "cache entry without a URL", failed=True)
        status = int(meta.get("status") or 0)
        headers = _raw_headers(entry / "response_headers", gzipped)
        coding = next((v for k, v in headers if k.lower() == "content-encoding"), "")
        body_path = entry / "response_body"
        head = _head(body_path, gzipped, coding)
        load: Callable[[], bytes] | None = partial(_read, body_path, gzipped) if head is not None else None
        return Exchange(
            url,
            status,
            headers,
            head if head is not None else _read(body_path, gzipped),
            origin,
            reason=_REASONS.get(status, ""),
            captured_at=iso_utc(meta.get("timestamp")),
            method=str(meta.get("method") or "GET"),
            request_headers=_raw_headers(entry / "request_headers", gzipped),
            load=load,
        )
