"""The data the report's script reads: one compact, column-wise JSON blob, safely embedded in the page.

Pages are stored column by column (one array per attribute) with repeated strings (sites, checks,
extractors) replaced by indexes into small tables. Large runs are gzip-compressed and base64-encoded inside
the same JSON blob; the browser inflates them with ``DecompressionStream``, so nothing is fetched.
A run's text is kept whole up to a budget; beyond it, the bodies of clean pages are shortened first and
the report says so where it happens (the results file always has everything).
"""

from __future__ import annotations

import base64
import json
import math
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from harness.model import SEVERITIES, PageResult, RunResult
from harness.report.digest import Comparison, page_key, page_level
from harness.report.terminal import short_message

LEVEL_CODES: Mapping[str, int] = {"pass": 0, "warn": 1, "fail": 2}
FIELD_CAP = 100_000  # characters kept of any one string field, for any page
CLEAN_FLOOR = 500  # a clean page's fields are never cut below this many characters
REVIEW_FLOOR = 4_000  # nor those of a page with findings, a changed output or drift
TEXT_BUDGET = 20_000_000  # UTF-8 bytes of record text kept over the whole run; beyond it fields are shortened
GZIP_ABOVE = 256_000  # bytes of page JSON above which the pages are gzip-compressed
#: gzip level of the pages: on the 1,182 corpus pages, level 2 renders the report in 0.25 s against 0.34 s at
#: level 4, for 4.30 MB against 4.03 MB (level 1: 4.43 MB, no faster; level 6: 3.90 MB, 0.49 s)
_LEVEL = 2
_PIECE_ITEMS = 64  # a list column longer than this is encoded an item at a time

_SCRIPT_ESCAPES = (
    ("&", "\\u0026"),
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: it can never close the element.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes (so ``</script>`` and ``<!--`` cannot appear), as do
    U+2028 and U+2029. The result still parses as the same JSON.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in _SCRIPT_ESCAPES:
        text = text.replace(raw, escaped)
    return text


def finite(value: Any) -> Any:
    """``value`` with NaN and infinities replaced by ``None`` (JSON has no spelling for them)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def _field_sizes(page: PageResult) -> list[tuple[int, int]]:
    """(characters, UTF-8 bytes) of each string field of the page's record."""
    return [
        (len(v), len(v.encode("utf-8", "replace")))
        for v in (page.record or {}).values()
        if isinstance(v, str)
    ]


def _fit(fixed: int, sizes: list[tuple[int, int]], budget: int, floor: int) -> int | None:
    """The largest per-field cap (characters) with ``fixed`` + the capped ``sizes`` (bytes) within ``budget``.

    ``None`` when even ``floor`` does not fit.
    """

    def total(cap: int) -> float:
        return fixed + sum(b if n <= cap else b * cap / n for n, b in sizes)

    if total(FIELD_CAP) <= budget:
        return FIELD_CAP
    if total(floor) > budget:
        return None
    lo, hi = floor, FIELD_CAP
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if total(mid) <= budget else (lo, mid - 1)
    return lo


def field_caps(pages: tuple[PageResult, ...], budget: int | None = None) -> tuple[int, int]:
    """Per-field caps (characters) for clean pages and for pages with something to review.

    Clean pages are shortened first, down to ``CLEAN_FLOOR``; pages to review only when that is not enough,
    and never below ``REVIEW_FLOOR``. ``budget`` counts UTF-8 bytes of record text over the whole run.
    """
    budget = TEXT_BUDGET if budget is None else budget
    clean: list[tuple[int, int]] = []
    review: list[tuple[int, int]] = []
    for page in pages:
        (clean if _is_clean(page) else review).extend(_field_sizes(page))
    review_bytes = sum(b if n <= FIELD_CAP else b * FIELD_CAP / n for n, b in review)
    clean_cap = _fit(int(review_bytes), clean, budget, CLEAN_FLOOR)
    if clean_cap is not None:
        return clean_cap, FIELD_CAP
    clean_bytes = sum(min(b, CLEAN_FLOOR * 4) for _, b in clean)
    return CLEAN_FLOOR, _fit(clean_bytes, review, budget, REVIEW_FLOOR) or REVIEW_FLOOR


def _is_clean(page: PageResult) -> bool:
    """Nothing to review: no findings at warning or above, no changed output, no drift."""
    if page_level(page) != "pass":
        return False
    if isinstance(page.approval, Mapping) and page.approval.get("status") == "changed":
        return False
    return not (isinstance(page.drift, Mapping) and page.drift.get("label") not in (None, "unchanged"))


def _cut(value: Any, cap: int, name: str, cut: dict[str, int]) -> Any:
    if isinstance(value, str) and len(value) > cap:
        cut[name] = len(value)
        return value[:cap]
    return value


def _record(page: PageResult, cap: int, cut: dict[str, int]) -> dict[str, Any] | None:
    if page.record is None:
        return None
    return {str(k): _cut(finite(v), cap, str(k), cut) for k, v in page.record.items()}


def _approval(page: PageResult) -> Any:
    """The approval block, without repeating the actual value when it is the record's own field."""
    approval = page.approval
    if not isinstance(approval, Mapping):
        return None
    out = dict(finite(approval))
    out.pop("accepted", None)  # the findings themselves say which are accepted
    if page.fixed:
        out["fixed"] = [dict(e) for e in page.fixed]
    changes = out.get("changes")
    if isinstance(changes, list):
        slim = []
        for change in changes:
            if not isinstance(change, Mapping):
                continue
            item = dict(change)
            name = str(item.get("field", "")).removeprefix("$.")
            if page.record is not None and "actual" in item and item["actual"] == page.record.get(name):
                del item["actual"]
                item["actual_is_record"] = True
            for side in ("approved", "actual"):
                if isinstance(item.get(side), str) and len(item[side]) > FIELD_CAP:
                    item[side] = item[side][:FIELD_CAP]
                    item[f"{side}_truncated"] = True
            slim.append(item)
        out["changes"] = slim
    return out


class _Table:
    """Strings to small integers, in first-seen order."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        return self.index.setdefault(value, len(self.index))

    def values(self) -> list[str]:
        return list(self.index)


PAGE_COLUMNS = (
    "key",
    "id",
    "site",
    "ext",
    "url",
    "title",
    "level",
    "new",
    "findings",
    "cassette",
    "captured",
    "ms",
    "rows",
)


def pages_columns(run: RunResult, comparison: Comparison | None, multi_extractor: bool) -> dict[str, Any]:
    """The pages, one list per attribute, plus the string tables the integer columns refer to.

    ``rows`` holds, per page, ``[record, approval, quality, drift, cut]`` (``cut``: field -> original
    length for fields this report shortened).
    """
    tables = _Tables(_Table(), _Table(), _Table())
    newly = comparison.keys("newly_failing") if comparison is not None else set()
    caps = field_caps(run.pages)
    cols: dict[str, list[Any]] = {name: [] for name in PAGE_COLUMNS}
    for page in run.pages:
        values = _page_values(page, tables, newly, caps, multi_extractor)
        for name in PAGE_COLUMNS:
            cols[name].append(values[name])
    return {
        "n": len(run.pages),
        "sites": tables.sites.values(),
        "checks": tables.checks.values(),
        "exts": tables.exts.values(),
        "severities": list(SEVERITIES),
        "caps": list(caps),
        **cols,
    }


@dataclass(frozen=True, slots=True)
class _Tables:
    sites: _Table
    checks: _Table
    exts: _Table


def _page_values(
    page: PageResult, tables: _Tables, newly: set[Any], caps: tuple[int, int], multi_extractor: bool
) -> dict[str, Any]:
    """One page's entry in every column."""
    sev = {s: i for i, s in enumerate(SEVERITIES)}
    cut: dict[str, int] = {}
    record = _record(page, caps[0] if _is_clean(page) else caps[1], cut)
    title = (page.record or {}).get("title")
    checks = tables.checks
    return {
        "key": page_key(page, multi_extractor),
        "id": page.id,
        "site": tables.sites(page.site),
        "ext": tables.exts(page.extractor),
        "url": page.url,
        "title": title[:300] if isinstance(title, str) else None,
        "level": LEVEL_CODES[page_level(page)],
        "new": sorted(
            {checks(f.check) for f in page.findings if (page.id, page.extractor, f.check) in newly}
        ),
        # [check, severity, path, message (without the page id and path shown beside it), excerpt,
        #  baseline ("new" / "accepted" / null), gate ("fail" / "pass" / null)]
        "findings": [
            [checks(f.check), sev[f.severity], f.field, short_message(f, page.id),
             _cut(f.excerpt, 2_000, "", {}), f.baseline, f.gate]
            for f in page.findings
        ],
        "cassette": page.cassette,
        "captured": page.captured_at,
        "ms": round(page.elapsed_ms, 1),
        # The bulky parts stay together per page, so the approved text sits next to the actual one and
        # compresses against it.
        "rows": [
            record,
            _approval(page),
            finite(page.quality) if isinstance(page.quality, Mapping) else None,
            finite(page.drift) if isinstance(page.drift, Mapping) else None,
            cut or None,
        ],
    }


def embed(meta: Mapping[str, Any], pages: Mapping[str, Any], *, gzip_above: int = GZIP_ABOVE) -> str:
    """The ``#data`` blob: ``{"meta", "encoding", "pages"}`` with pages as JSON or as gzip+base64 of it.

    The pages' JSON is made a column, and in the bulky columns an item, at a time (the same text as one
    ``json.dumps``) and compressed as it comes once it passes ``gzip_above``: the whole text never sits in
    memory, as a str of up to four bytes a character (one emoji is enough) and again as its UTF-8."""
    kept: list[bytes] = []
    parts: list[bytes] = []
    size = 0
    packer: Any = None
    for piece in _pages_json(pages):
        data = piece.encode("utf-8", "replace")
        if packer is None:
            kept.append(data)
            size += len(data)
            if size > gzip_above:
                packer = zlib.compressobj(_LEVEL, zlib.DEFLATED, 31)  # gzip, as gzip.compress(..., mtime=0)
                parts = [packer.compress(b"".join(kept))]
                kept.clear()
        else:
            parts.append(packer.compress(data))
    if packer is None:
        return script_json({"meta": meta, "encoding": "json", "pages": pages})
    parts.append(packer.flush())
    packed = base64.b64encode(b"".join(parts)).decode("ascii")
    return script_json({"meta": meta, "encoding": "gzip+base64", "pages": packed})


def _pages_json(pages: Mapping[str, Any]) -> Iterator[str]:
    """``json.dumps(pages, ensure_ascii=False, separators=(",", ":"), allow_nan=False)`` in pieces: a
    column at a time, and a list column of more than ``_PIECE_ITEMS`` items an item at a time."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
    yield "{"
    for n, (key, value) in enumerate(pages.items()):
        yield ("," if n else "") + dumps(key) + ":"
        if isinstance(value, list) and len(value) > _PIECE_ITEMS:
            yield "["
            for i, item in enumerate(value):
                yield ("," if i else "") + dumps(item)
            yield "]"
        else:
            yield dumps(value)
    yield "}"
