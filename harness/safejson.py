"""Making any extractor output fit for ``results.json``: the one place values and excerpts are bounded.

JSON (RFC 8259, written with ``allow_nan=False``) cannot hold NaN or Infinity, lone surrogates (they are not
UTF-8), non-string keys, bytes, or arbitrary objects; a parser also chokes on very deep nesting. A value
like that is replaced by a safe one (``None``, the text with U+FFFD, ``str(key)``, ``repr()``) and each
replacement is described, so the runner can report ``record.unserializable`` instead of writing a broken
file. Excerpts and messages of findings are clipped here too, so no finding carries megabytes.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from harness.model import Finding, PageResult

MAX_DEPTH = 32  #: nesting deeper than this in a record is cut off
MAX_STRING = 2_000_000  #: characters kept of any one string value in a record
MAX_ITEMS = 10_000  #: items kept of any one list or mapping in a record
MAX_INT_BITS = 10_000  #: a longer integer is dropped (Python refuses to print ints of more than 4300 digits)
KEY_MAX = 1000  #: characters kept of a mapping key
EXCERPT_MAX = 500  #: characters kept of a finding's excerpt
MESSAGE_MAX = 2_000  #: characters kept of a finding's message
_SURROGATE = re.compile("[\ud800-\udfff]")


def clip(text: str, limit: int = EXCERPT_MAX) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit} more characters]"


def _text(value: str, path: str, problems: list[str]) -> str:
    if _SURROGATE.search(value):
        problems.append(f"{path}: lone surrogate(s) replaced by U+FFFD")
        value = _SURROGATE.sub("\ufffd", value)
    if len(value) > MAX_STRING:
        problems.append(f"{path}: {len(value)} characters, clipped to {MAX_STRING}")
        value = value[:MAX_STRING]
    return value


def _number(value: float, path: str, problems: list[str]) -> float | None:
    if math.isfinite(value):
        return value
    problems.append(f"{path}: {value!r} is not a JSON number; null kept instead")
    return None


def sanitize(
    value: Any, path: str = "$", problems: list[str] | None = None, depth: int = 0, limit: int = MAX_DEPTH
) -> Any:
    """A copy of ``value`` that ``json.dumps(..., allow_nan=False)`` writes as valid UTF-8 JSON.

    Each change is appended to ``problems`` as ``"<json path>: what was done"``; nesting deeper than
    ``limit`` is cut off.
    """
    problems = problems if problems is not None else []
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value.bit_length() > MAX_INT_BITS:
            problems.append(f"{path}: an integer of {value.bit_length()} bits; null kept instead")
            return None
        return int(value)
    if isinstance(value, float):
        return _number(value, path, problems)
    if isinstance(value, str):
        return _text(value, path, problems)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if depth >= limit and isinstance(value, Mapping | list | tuple):
        problems.append(f"{path}: nested deeper than {limit} levels; null kept instead")
        return None
    if isinstance(value, Mapping):
        return _mapping(value, path, problems, depth, limit)
    if isinstance(value, list | tuple):
        if len(value) > MAX_ITEMS:
            problems.append(f"{path}: {len(value)} items, clipped to {MAX_ITEMS}")
        items = enumerate(value[:MAX_ITEMS])
        return [sanitize(v, f"{path}[{i}]", problems, depth + 1, limit) for i, v in items]
    if isinstance(value, bytes | bytearray):
        problems.append(f"{path}: bytes, decoded as UTF-8 with U+FFFD for invalid bytes")
        return _text(bytes(value[: MAX_STRING * 4]).decode("utf-8", "replace"), path, [])
    problems.append(f"{path}: a {type(value).__name__} object, kept as its repr")
    return _text(_safe_repr(value), path, [])


def _mapping(
    value: Mapping[Any, Any], path: str, problems: list[str], depth: int, limit: int
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n, (key, item) in enumerate(value.items()):
        if n >= MAX_ITEMS:
            problems.append(f"{path}: {len(value)} keys, clipped to {MAX_ITEMS}")
            break
        if not isinstance(key, str):
            problems.append(f"{path}: key {_safe_repr(key)[:80]} is not a string; kept as its text")
            key = _safe_repr(key) if not isinstance(key, int | float | bool) and key is not None else str(key)
        key = _text(key[:KEY_MAX], f"{path}.<key>", problems)
        out[key] = sanitize(item, f"{path}.{key[:80]}", problems, depth + 1, limit)
    return out


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)[:MAX_STRING]
    except BaseException as exc:  # a hostile __repr__
        return f"<{type(value).__name__} object; repr failed: {type(exc).__name__}>"


def safe_finding(finding: Finding) -> Finding:
    """``finding`` with its message and excerpt clipped and made valid text."""
    message = clip(_text(str(finding.message), "", []), MESSAGE_MAX)
    excerpt = finding.excerpt
    if excerpt is not None:
        excerpt = clip(_text(str(excerpt), "", []), EXCERPT_MAX)
    if message == finding.message and excerpt == finding.excerpt:
        return finding
    return replace(finding, message=message, excerpt=excerpt)


def safe_page(page: PageResult) -> PageResult:
    """``page`` ready for JSON: its record sanitised (changes become ``record.unserializable``), findings
    clipped. A page that was already safe comes back as it is."""
    findings = tuple(safe_finding(f) for f in page.findings)
    record = page.record
    if record is not None:
        problems: list[str] = []
        record = sanitize(record, "$", problems)
        findings += tuple(unserializable(problems))
    if record is page.record and findings == page.findings:
        return page
    return replace(page, record=record, findings=findings)


def unserializable(problems: list[str]) -> list[Finding]:
    """One ``record.unserializable`` finding per replaced value (at most 20, then a count)."""
    out = [Finding("record.unserializable", "error", p.split(":", 1)[0], clip(p, 300)) for p in problems[:20]]
    if len(problems) > 20:
        out.append(
            Finding("record.unserializable", "error", "$", f"... and {len(problems) - 20} more such values")
        )
    return out
