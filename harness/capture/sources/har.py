"""HAR files (browsers' devtools, Playwright's ``record_har``): the HTML document responses.

Every entry is accounted for: a response whose MIME type is not HTML is a skip (counted), one without a
body (Playwright ``content="omit"``) is a skip that says so. Bodies are ``text`` (encoded back with the
charset the response declares, else UTF-8) or base64 (exact bytes). A HAR body is always stored decoded,
so ``Content-Encoding`` is dropped. Playwright's ``content="attach"`` bodies (``_file``) are read from
beside the HAR only when the name stays inside that folder.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from harness.capture.sources import Exchange, Headers, Item, Skip, SourceError, html_problem, iso_utc
from harness.fsutil import UnsafePathError, contained

_DROP = frozenset({"content-encoding", "transfer-encoding"})
MAX_HAR_BYTES = 2 * 1024**3


def _headers(raw: Any) -> Headers:
    if not isinstance(raw, list):
        return ()
    pairs = [(str(h.get("name", "")), str(h.get("value", ""))) for h in raw if isinstance(h, Mapping)]
    return tuple((k, v) for k, v in pairs if k and not k.startswith(":"))  # no HTTP/2 pseudo-headers


def _charset(headers: Headers) -> str:
    ctype = next((v for k, v in headers if k.lower() == "content-type"), "")
    for part in ctype.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return "utf-8"


class HarSource:
    """Iterate the exchanges of one ``.har`` file."""

    name = "har"

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            if path.stat().st_size > MAX_HAR_BYTES:
                raise SourceError(f"{path} is larger than {MAX_HAR_BYTES} bytes")
            data = json.loads(path.read_bytes())
        except OSError as exc:
            raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from None
        except (ValueError, RecursionError) as exc:
            raise SourceError(f"{path} is not a HAR file: invalid JSON ({exc})") from None
        entries = data.get("log", {}).get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise SourceError(f"{path} is not a HAR file: no log.entries list")
        self.entries: list[Any] = entries

    def __iter__(self) -> Iterator[Item]:
        for number, entry in enumerate(self.entries, 1):
            origin = f"{self.path.name}#{number}"
            try:
                yield self._one(entry, origin)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                yield Skip(origin, f"malformed HAR entry ({type(exc).__name__}: {exc})", failed=True)

    def _one(self, entry: Mapping[str, Any], origin: str) -> Item:
        request, response = entry["request"], entry["response"]
        url = str(request["url"])
        headers = tuple((k, v) for k, v in _headers(response.get("headers")) if k.lower() not in _DROP)
        content = response.get("content") or {}
        mime = str(content.get("mimeType") or "")
        if mime and not any(k.lower() == "content-type" for k, _v in headers):
            headers += (("Content-Type", mime),)
        status = int(response.get("status") or 0)
        body = self._body(content, headers)
        if body is None:
            problem = html_problem(headers, b"<") if not 300 <= status < 400 else None
            if problem or not 300 <= status < 400:
                return Skip(origin, problem or "no body in the HAR (recorded without content)", url)
            body = b""
        return Exchange(
            url,
            status,
            headers,
            body,
            origin,
            reason=str(response.get("statusText") or ""),
            captured_at=iso_utc(entry.get("startedDateTime")),
            method=str(request.get("method") or "GET"),
            request_headers=_headers(request.get("headers")),
        )

    def _body(self, content: Mapping[str, Any], headers: Headers) -> bytes | None:
        text = content.get("text")
        if text is None and isinstance(content.get("_file"), str):
            try:
                return contained(self.path.parent, content["_file"]).read_bytes()
            except (UnsafePathError, OSError):
                return None
        if not isinstance(text, str):
            return None
        if content.get("encoding") == "base64":
            try:
                return base64.b64decode(text, validate=True)
            except (binascii.Error, ValueError):
                raise ValueError("body is not valid base64") from None
        try:
            return text.encode(_charset(headers))
        except (LookupError, UnicodeEncodeError):
            return text.encode("utf-8")
