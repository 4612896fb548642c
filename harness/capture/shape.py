"""The shape a cassette must have before anything reads it: types checked field by field.

A cassette is untrusted input. YAML that parses can still hold ``code: abc``, ``body: [1, 2]``, headers as a
string or an interaction that is a number; each of those would surface deep inside replay as a TypeError.
:func:`check` finds the first such field and raises :class:`~harness.capture.cassette.CassetteError` naming
its path and value (``interactions[0].response.status.code: expected an integer, got 'abc'``), which the
runner reports as ``cassette.unreadable`` for that page alone.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Mapping
from typing import Any


class ShapeError(ValueError):
    """One field of a cassette has the wrong type or value; the message names the field and the value."""


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _fail(path: str, expected: str, value: Any) -> ShapeError:
    return ShapeError(f"{path}: expected {expected}, got {_shown(value)}")


def _mapping(value: Any, path: str, *, optional: bool = False) -> Mapping[str, Any]:
    if value is None and optional:
        return {}
    if not isinstance(value, Mapping):
        raise _fail(path, "a mapping", value)
    return value


def _text(value: Any, path: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise _fail(path, "a string", value)


def _headers(value: Any, path: str) -> None:
    for name, item in _mapping(value, path, optional=True).items():
        if not isinstance(name, str):
            raise _fail(f"{path} key", "a header name (string)", name)
        items = item if isinstance(item, list) else [item]
        for n, one in enumerate(items):
            if isinstance(one, bool) or not isinstance(one, str | int | float):
                where = f"{path}.{name}" + (f"[{n}]" if isinstance(item, list) else "")
                raise _fail(where, "a header value (string or list of strings)", one)


def _status(value: Any, path: str) -> None:
    status = _mapping(value, path)
    code = status.get("code")
    if isinstance(code, bool) or not isinstance(code, int):
        raise _fail(f"{path}.code", "an integer HTTP status", code)
    if not 100 <= code <= 999:
        raise _fail(f"{path}.code", "an HTTP status from 100 to 999", code)
    _text(status.get("message"), f"{path}.message", optional=True)


def _body(value: Any, path: str) -> None:
    body = _mapping(value, path, optional=True)
    string = body.get("string")
    if string is not None and not isinstance(string, str | bytes):
        raise _fail(f"{path}.string", "text or !!binary bytes", string)
    if "lines" in body:
        lines = body["lines"]
        if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
            raise _fail(f"{path}.lines", "a list of strings", lines)
        _text(body.get("newline"), f"{path}.newline", optional=True)
    charset = body.get("charset")
    if charset is not None:
        _text(charset, f"{path}.charset")
        try:
            codecs.lookup(charset)
        except LookupError:
            raise _fail(f"{path}.charset", "a known text encoding", charset) from None


def _interaction(value: Any, path: str) -> None:
    interaction = _mapping(value, path)
    request = _mapping(interaction.get("request"), f"{path}.request")
    uri = request.get("uri")
    if not isinstance(uri, str) or not uri:
        raise _fail(f"{path}.request.uri", "a URL", uri)
    _text(request.get("method"), f"{path}.request.method", optional=True)
    _headers(request.get("headers"), f"{path}.request.headers")
    response = _mapping(interaction.get("response"), f"{path}.response")
    _status(response.get("status"), f"{path}.response.status")
    _headers(response.get("headers"), f"{path}.response.headers")
    _body(response.get("body"), f"{path}.response.body")


_META: dict[str, Callable[[Any, str], None]] = {
    "url": lambda v, p: _text(v, p, optional=True),
}


def check(data: Any) -> None:
    """Raise :class:`ShapeError` at the first field of ``data`` (a parsed cassette) with a wrong type."""
    top = _mapping(data, "cassette")
    interactions = top.get("interactions")
    if not isinstance(interactions, list):
        raise _fail("interactions", "a list", interactions)
    meta = _mapping(top.get("harness"), "harness", optional=True)
    for key, checker in _META.items():
        checker(meta.get(key), f"harness.{key}")
    for i, interaction in enumerate(interactions):
        _interaction(interaction, f"interactions[{i}]")
