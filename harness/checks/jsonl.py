"""``harness check OUTPUTS.jsonl``: article records from any scraper, one JSON object per line, no cassette.

Every line in gives one :class:`~harness.model.PageResult` out. Lines are read by
:mod:`harness.checks.reader` (split on ``\n`` only, BOM dropped, ``.gz``, folders and Parquet too). A line
that is not a JSON object (or is badly encoded, or nested too deeply) becomes a page ``jsonl/line-N`` with an
``input.invalid_line`` finding; a record with fields of the wrong type gets
the same finding and is still checked. Page ids are ``site/slug`` from the record's URL (a repeated URL
gets ``-line-N`` appended), else ``jsonl/line-N``. Keys outside the record schema are dropped, except
``captured_at`` (also ``fetched_at`` / ``crawled_at``), which dates the capture for ``date.future``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from time import perf_counter
from typing import Any
from urllib.parse import urlsplit

from harness.checks.page import PageContext, page_findings
from harness.checks.reader import Raw, decode, raws
from harness.model import RECORD_KEYS, Finding, PageResult
from harness.paths import site_for_url, slug_for_url

CHECK = "input.invalid_line"
INPUT_SITE = "jsonl"
_CAPTURE_KEYS = ("captured_at", "fetched_at", "crawled_at")
_OPTIONAL_STR = ("title", "published", "body", "language")
Progress = Callable[[int, int, str], None]


def _type_problems(data: Mapping[str, Any]) -> list[str]:
    bad = [k for k in _OPTIONAL_STR if data.get(k) is not None and not isinstance(data.get(k), str)]
    bad += [
        k
        for k in ("url", "site", "extractor", "extractor_version")
        if k in data and not isinstance(data[k], str)
    ]
    authors = data.get("authors")
    if authors is not None and not (isinstance(authors, list) and all(isinstance(a, str) for a in authors)):
        bad.append("authors")
    return bad


def normalise(data: Mapping[str, Any]) -> dict[str, Any]:
    """The schema's keys only, with missing ones filled (site from the URL, extractor ``external``)."""
    record = {k: data.get(k) for k in RECORD_KEYS}
    url = record["url"] if isinstance(record["url"], str) else None
    if record["site"] is None and url:
        record["site"] = _site(url)
    record["extractor"] = record["extractor"] or "external"
    record["extractor_version"] = (
        record["extractor_version"] if record["extractor_version"] is not None else ""
    )
    record["authors"] = record["authors"] if record["authors"] is not None else []
    return record


def _site(url: str) -> str:
    """:func:`site_for_url`, remembered per host: it depends on the URL's host (and port) alone, and a crawl
    has few hosts and many URLs (the public-suffix look-up is most of the time it takes to check a URL)."""
    try:
        netloc = urlsplit(url).netloc
    except ValueError:
        return site_for_url(url)
    return _site_of_host(netloc)


@lru_cache(maxsize=4096)
def _site_of_host(netloc: str) -> str:
    return site_for_url(f"http://{netloc}/")


def _identity(record: Mapping[str, Any], number: int, seen: set[str]) -> tuple[str, str]:
    url = record.get("url")
    if not isinstance(url, str) or not url.strip():
        return f"{INPUT_SITE}/line-{number}", INPUT_SITE
    site = _site(url)
    page_id = f"{site}/{slug_for_url(url)}"
    if page_id in seen:
        page_id = f"{page_id}-line-{number}"
    seen.add(page_id)
    return page_id, site


def invalid(number: int, what: str, line: str) -> PageResult:
    finding = Finding(
        CHECK, "error", "$", f"{INPUT_SITE}/line-{number}: line {number}: {what}", excerpt=line[:200]
    )
    return PageResult(
        id=f"{INPUT_SITE}/line-{number}",
        site=INPUT_SITE,
        url=None,
        cassette=None,
        extractor="external",
        record=None,
        findings=(finding,),
    )


def check_line(line: str, number: int, ctx: Any, seen: set[str]) -> PageResult:
    """Parse, validate and check one line. ``ctx`` is a :class:`harness.runner.RunContext`."""
    return check_raw(Raw(number, line=line.encode("utf-8", "surrogatepass")), ctx, seen)


def check_raw(raw: Raw, ctx: Any, seen: set[str]) -> PageResult:
    """Decode, validate and check one input line or Parquet row."""
    start = perf_counter()
    data, problem, excerpt = decode(raw)
    if data is None:
        return invalid(raw.number, problem or "unreadable", excerpt)
    return check_record(data, raw.number, ctx, identity(data, raw.number, seen), start)


def identity(data: Mapping[str, Any], number: int, seen: set[str]) -> tuple[str, str]:
    """``(page id, site)`` of a decoded record; ``seen`` holds the ids given so far."""
    return _identity(data, number, seen)  # reads the URL alone, which normalise() copies as it is


def check_record(
    data: Mapping[str, Any], number: int, ctx: Any, ident: tuple[str, str], start: float | None = None
) -> PageResult:
    """Validate and check one decoded record, whose id and site are ``ident``."""
    start = perf_counter() if start is None else start
    record = normalise(data)
    page_id, site = ident
    findings: list[Finding] = []
    bad = _type_problems(data)
    if bad:
        findings.append(
            Finding(
                CHECK,
                "error",
                "$",
                f"{page_id}: line {number}: wrong type for {', '.join(bad)} (see the schema findings)",
            )
        )
    findings.extend(ctx.validator.findings(record))
    captured = captured_of(data)
    url = record["url"] if isinstance(record["url"], str) else None
    findings.extend(
        page_findings(record, PageContext(page_id, site, url, captured, None), ctx.check_settings)
    )
    return PageResult(
        id=page_id,
        site=site,
        url=url,
        cassette=None,
        extractor=str(record["extractor"]),
        record=record,
        findings=tuple(findings),
        elapsed_ms=(perf_counter() - start) * 1000,
        captured_at=captured,
    )


def captured_of(data: Mapping[str, Any]) -> str | None:
    """When a line's page was captured, if the line says (``captured_at``, ``fetched_at``, ``crawled_at``)."""
    return next((data[k] for k in _CAPTURE_KEYS if isinstance(data.get(k), str)), None)


def check_file(path: Path, ctx: Any, progress: Progress | None = None) -> list[PageResult]:
    """One page per line (or Parquet row) under ``path``, all in memory: for runs below the scale limit."""
    items = list(raws(path))
    seen: set[str] = set()
    pages = []
    for raw in items:
        pages.append(check_raw(raw, ctx, seen))
        if progress:
            progress(raw.number, len(items), pages[-1].id)
    return pages


def extractors(pages: Sequence[PageResult]) -> tuple[str, ...]:
    return tuple(sorted({p.extractor for p in pages if p.record is not None})) or ("external",)
