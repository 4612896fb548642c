"""WARC files (``.warc``, ``.warc.gz``) through warcio: responses, their requests, resolved revisits.

* ``response`` records give status, headers and the payload, de-chunked and decompressed as a browser
  would (warcio's ``content_stream``); the stored headers then drop ``Content-Encoding`` and
  ``Transfer-Encoding``, and ``Content-Length`` is the stored body's.
* ``request`` records are matched to their response by ``WARC-Concurrent-To`` (or the same target URI):
  their method and headers go into the cassette's request, scrubbed.
* ``revisit`` records (deduplicated captures) are resolved by ``WARC-Payload-Digest``, then by
  ``WARC-Refers-To-Target-URI``, to an earlier response's body; their own headers are kept.
* Everything else is accounted for: non-HTML payloads, ``warcinfo``/``metadata``/``resource`` records,
  unresolved revisits and requests without a response are skips; a truncated file is a failure.

Memory stays bounded on a multi-GB WARC file: the first pass keeps, per record, its headers, the first
2 KB of its payload and its offset, never a whole body; the writer reads a body again (one seek, one
record) only when it writes that page's cassette. A WARC given as a stream is read that way too when
its bytes also lie as they are in a file (``reread_at``: a WARC stored uncompressed inside a WACZ, as
the WACZ spec has it); otherwise (a deflated zip member) in one pass, bodies in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from harness.capture.sources import (
    Exchange,
    Headers,
    Item,
    Skip,
    SourceError,
    body_head,
    html_problem,
    iso_utc,
)

Body = tuple[bytes, Callable[[], bytes] | None]  # the body (or its head) and how to read it whole again

_ENCODING = frozenset({"content-encoding", "transfer-encoding"})


def _import_warcio() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise SourceError("reading WARC needs warcio; pip install 'news-harness[warc]'") from exc
    return ArchiveIterator


class _Pending:
    """Responses and revisits kept until the end of the file, when requests and originals are known."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.requests: dict[str, tuple[str, Headers]] = {}
        self.request_by_uri: dict[str, tuple[str, Headers]] = {}
        self.by_digest: dict[str, Body] = {}
        self.by_uri: dict[str, Body] = {}
        self.links: dict[int, tuple[str, str]] = {}  # item index -> (concurrent-to id, uri)
        self.revisits: dict[int, tuple[str, str, Exchange]] = {}


class WarcSource:
    """Iterate the exchanges of one WARC file (``fileobj`` for a WARC inside a WACZ)."""

    name = "warc"

    def __init__(
        self,
        path: Path,
        *,
        label: str | None = None,
        fileobj: IO[bytes] | None = None,
        reread_at: int | None = None,
    ) -> None:
        """``fileobj``: read this stream instead of ``path``; ``reread_at``: where its first byte is in
        ``path``, so that bodies can be read again from there."""
        self.path, self.label, self.fileobj = path, label or path.name, fileobj
        self.base = 0 if fileobj is None else reread_at
        self._iterator = _import_warcio()

    def __iter__(self) -> Iterator[Item]:
        pending = _Pending()
        try:
            stream = self.fileobj or self.path.open("rb")
        except OSError as exc:
            raise SourceError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        try:
            self._read(stream, pending)
        finally:
            if self.fileobj is None:
                stream.close()
        yield from _resolve(pending)

    def _read(self, stream: IO[bytes], pending: _Pending) -> None:
        number, end = 0, _size(stream)
        try:
            iterator = self._iterator(stream, arc2warc=True)
            for record in iterator:
                number += 1
                self._one(record, f"{self.label}#{number}", pending, iterator)
            if number:
                iterator.read_to_end()
                parsed = iterator.get_record_offset() + iterator.get_record_length()
                if end is not None and parsed < end and not _blank_tail(stream, parsed, end):
                    # warcio stops quietly at a record it cannot parse
                    raise ValueError(f"{end - parsed} bytes after the last whole record cannot be read")
        except Exception as exc:  # warcio raises many kinds on damaged input; the file is data, not code
            why = f"archive damaged after record {number}: {type(exc).__name__}: {exc}"
            pending.items.append(Skip(f"{self.label}#{number + 1}", why, failed=True))

    def _body(self, record: Any, iterator: Any) -> Body:
        """The whole body (a stream), or its head and a reader of the rest (a file on disk)."""
        if self.base is None:
            return record.content_stream().read(), None
        head = body_head(record.content_stream())
        return head, _Reread(self.path, self.base + iterator.get_record_offset(), _identity(record))

    def _one(self, record: Any, origin: str, pending: _Pending, iterator: Any) -> None:
        kind = record.rec_type
        headers = record.rec_headers
        uri = str(headers.get_header("WARC-Target-URI") or "").strip("<>")
        if kind == "request":
            req = _request(record)
            pending.requests[str(headers.get_header("WARC-Concurrent-To") or "")] = req
            pending.request_by_uri.setdefault(uri, req)
            return
        if kind not in ("response", "revisit"):
            pending.items.append(Skip(origin, f"not a response: {kind} record", uri or None))
            return
        if record.http_headers is None:
            pending.items.append(Skip(origin, f"{kind} record without HTTP headers", uri or None))
            return
        status = int(record.http_headers.get_statuscode() or 0)
        http: Headers = tuple((k, v) for k, v in record.http_headers.headers if k.lower() not in _ENCODING)
        reason = record.http_headers.statusline.partition(" ")[2]
        when = iso_utc(headers.get_header("WARC-Date"))
        body, load = self._body(record, iterator)
        ex = Exchange(uri, status, http, body, origin, reason=reason, captured_at=when, load=load)
        if kind == "revisit" or (not body and status == 304):
            key = str(headers.get_header("WARC-Payload-Digest") or "")
            target = str(headers.get_header("WARC-Refers-To-Target-URI") or uri)
            pending.revisits[len(pending.items)] = (key, target, ex)
            pending.items.append(ex)
            return
        if not (300 <= status < 400) and html_problem(http, body) is None:
            digest = str(headers.get_header("WARC-Payload-Digest") or "")
            if digest:
                pending.by_digest[digest] = (body, load)
            pending.by_uri[uri] = (body, load)
        pending.links[len(pending.items)] = (str(headers.get_header("WARC-Record-ID") or ""), uri)
        pending.items.append(ex)


def _identity(record: Any) -> tuple[str, ...]:
    headers = record.rec_headers
    names = ("WARC-Target-URI", "WARC-Date", "WARC-Payload-Digest")
    return (str(record.rec_type), *(str(headers.get_header(n) or "") for n in names))


class _Reread:
    """Reads one record's whole payload again: open, seek to its offset, parse that record alone, and
    check it is still the record first read there (type, target URI and date: an ARC record's converted
    ``WARC-Record-ID`` is new at each read)."""

    def __init__(self, path: Path, offset: int, identity: tuple[str, ...]) -> None:
        self.path, self.offset, self.identity = path, offset, identity

    def __call__(self) -> bytes:
        with self.path.open("rb") as stream:
            stream.seek(self.offset)
            record = next(iter(_import_warcio()(stream, arc2warc=True)))
            if _identity(record) != self.identity:
                raise ValueError(f"the record at offset {self.offset} is not the one read there before")
            data: bytes = record.content_stream().read()
        return data


def _blank_tail(stream: IO[bytes], parsed: int, end: int) -> bool:
    """True when the bytes after the last record are only the blank lines that end it: an uncompressed
    WARC's record length leaves out its closing CRLF CRLF."""
    if end - parsed > 64:
        return False
    stream.seek(parsed)
    return not stream.read(end - parsed).strip()


def _size(stream: IO[bytes]) -> int | None:
    try:
        stream.seek(0, 2)
        size = stream.tell()
        stream.seek(0)
    except (OSError, ValueError):
        return None
    return size


def _request(record: Any) -> tuple[str, Headers]:
    http = record.http_headers
    if http is None:
        return "GET", ()
    method = (http.protocol or "GET").split(" ", 1)[0] or "GET"
    return method, tuple((k, v) for k, v in http.headers)


def _with(ex: Exchange, **changes: Any) -> Exchange:
    fields = {name: getattr(ex, name) for name in Exchange.__slots__}
    return Exchange(**{**fields, **changes})


def _resolve(pending: _Pending) -> Iterator[Item]:
    answered = {lk[0] for lk in pending.links.values()} | {lk[1] for lk in pending.links.values()}
    for index, item in enumerate(pending.items):
        if index in pending.revisits:
            key, target, ex = pending.revisits[index]
            original = pending.by_digest.get(key) if key else None
            original = original if original is not None else pending.by_uri.get(target)
            if original is None:
                yield Skip(ex.origin, f"revisit of {target}: original payload not in this archive", ex.url)
                continue
            status = 200 if ex.status == 304 else ex.status
            reason = "OK" if ex.status == 304 else ex.reason
            item = _with(ex, body=original[0], load=original[1], status=status, reason=reason)
        elif index in pending.links and isinstance(item, Exchange):
            record_id, uri = pending.links[index]
            req = pending.requests.get(record_id) or pending.request_by_uri.get(uri)
            if req is not None:
                item = _with(item, method=req[0], request_headers=req[1])
        yield item
    for record_id in pending.requests:
        if record_id not in answered:
            yield Skip(
                "request", f"request record {record_id or '(no WARC-Concurrent-To)'} without a response"
            )
