"""The run as one pandas DataFrame: one row per page with a record, plus the columns the expectations read.

Per-site settings become per-row columns (``body_min``, ``date_coverage_min``...), so one expectation
covers every site with its own threshold, and a check disabled for a site leaves that site's cells empty
(GX skips missing values). Text columns for regex matching are lowercased here, once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from harness.checks.settings import CheckSettings
from harness.checks.text import key, squash

SEP = "\x1f"
PATTERN_CHECKS = ("boilerplate.pattern", "boilerplate.pattern_weak")


@dataclass(frozen=True, slots=True)
class Row:
    page_id: str
    site: str
    url: str
    title: str | None
    published: str | None
    body: str | None


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def rows_from(pages: Sequence[Any]) -> list[Row]:
    """Rows for the pages that have a record (``PageResult`` objects)."""
    out = []
    for page in pages:
        record: Mapping[str, Any] | None = page.record
        if record is None:
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else page.url
        out.append(
            Row(
                page.id,
                page.site,
                url or page.id,
                _text(record.get("title")),
                _text(record.get("published")),
                _text(record.get("body")),
            )
        )
    return out


def dated(value: str | None) -> bool:
    if value is None:
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _coverage(rows: Sequence[Row], settings: CheckSettings) -> tuple[list[float | None], list[float | None]]:
    pages: Counter[str] = Counter(r.site for r in rows)
    with_date: Counter[str] = Counter(r.site for r in rows if dated(r.published))
    share, need = [], []
    first: set[str] = set()
    for r in rows:
        scope = settings.for_site(r.site)
        # one row per site carries the site's share, so a failing site comes back as one row, not all
        on = (
            r.site not in first
            and scope.on("date.coverage")
            and pages[r.site] >= scope.date_coverage_min_pages
        )
        first.add(r.site)
        share.append(with_date[r.site] / pages[r.site] if on else None)
        need.append(scope.date_coverage if on else None)
    return share, need


def columns(rows: Sequence[Row], settings: CheckSettings) -> dict[str, list[Any]]:
    """Column name -> values, in row order."""
    cols: dict[str, list[Any]] = {
        name: []
        for name in (
            "page_id",
            "site",
            "url",
            "title_site_key",
            "title_key",
            "body_len",
            "body_min",
            "body_max",
            "body_lower",
            "body_site_key",
        )
    }
    for r in rows:
        scope = settings.for_site(r.site)
        tkey = key(r.title) if r.title else ""
        cols["page_id"].append(r.page_id)
        cols["site"].append(r.site)
        cols["url"].append(r.url)
        cols["title_site_key"].append(r.site + SEP + tkey if tkey and scope.on("title.duplicate") else None)
        cols["title_key"].append(tkey if tkey and scope.on("title.duplicate_across_sites") else None)
        cols["body_len"].append(len(r.body) if r.body else None)
        cols["body_min"].append(scope.body_min_chars if r.body and scope.on("body.too_short") else None)
        cols["body_max"].append(scope.body_max_chars if r.body and scope.on("body.too_long") else None)
        on_patterns = r.body and scope.patterns and scope.any_on(PATTERN_CHECKS)
        cols["body_lower"].append(r.body.lower() if on_patterns and r.body else None)
        body = r.body if scope.on("body.duplicated") else None  # squashing costs: only where it is used
        digest = hashlib.sha1(squash(body).encode(), usedforsecurity=False).hexdigest() if body else ""
        cols["body_site_key"].append(r.site + SEP + digest if digest else None)
    cols["date_coverage"], cols["date_coverage_min"] = _coverage(rows, settings)
    return cols


def pattern_groups(rows: Sequence[Row], settings: CheckSettings) -> list[tuple[tuple[str, ...], list[str]]]:
    """Distinct pattern lists and the sites using each (one expectation per list)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for site in sorted({r.site for r in rows}):
        scope = settings.for_site(site)
        if scope.any_on(PATTERN_CHECKS) and scope.patterns:
            groups.setdefault(scope.patterns, []).append(site)
    return list(groups.items())
