"""Where an engine's pages go: kept whole below the size limit, or streamed into a findings table above it.

Below ``limit`` pages the run is what it always was (every page, its record and findings, in
``results.json`` and the report). Above it, each finding becomes one row of ``findings.jsonl.gz`` (page id,
site, url, check, severity, field, message, excerpt), the pages themselves are not kept, and the summary,
per-check and per-site counts and a bounded sample of failing pages (stratified by check) are all that
stays in memory: see :class:`Tally`.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from harness.checks.text import clip
from harness.model import Finding, PageResult
from harness.scale.compact import HashSet
from harness.scale.work import h64

TABLE_NAME = "findings.jsonl.gz"
SAMPLE_PER_CHECK = 20
EXCERPT_MAX = 200


def table_row(page_id: str, site: str, url: str | None, f: Finding) -> dict[str, Any]:
    return {
        "page_id": page_id,
        "site": site,
        "url": url,
        "check": f.check,
        "severity": f.severity,
        "field": f.field,
        "message": clip(f.message, 400),
        "excerpt": clip(f.excerpt, EXCERPT_MAX) if f.excerpt is not None else None,
    }


def _entry(page_id: str, site: str, url: str | None, found: Sequence[Finding]) -> dict[str, Any]:
    """A failing page as the report's sample shows it."""
    findings = [table_row(page_id, site, url, f) for f in found[:10]]
    return {"id": page_id, "site": site, "url": url, "findings": findings}


#: ``json.dumps(row, ensure_ascii=False)`` without a new encoder each call (the same text)
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


@dataclass
class Tally:
    """Counts that describe a run without its pages, and the sample the report shows."""

    pages: int = 0
    without_record: int = 0
    extractors: set[str] = field(default_factory=set)
    by_severity: Counter[str] = field(default_factory=Counter)
    by_check: Counter[str] = field(default_factory=Counter)
    by_site: dict[str, Counter[str]] = field(default_factory=dict)
    site_pages: Counter[str] = field(default_factory=Counter)
    error_pages: HashSet = field(default_factory=HashSet)  # hashed ids: 8 bytes a page
    sample: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _seen_per_check: Counter[str] = field(default_factory=Counter)
    _rng: random.Random = field(default_factory=lambda: random.Random(11))

    def page(self, page: PageResult) -> None:
        self.pages += 1
        self.site_pages[page.site] += 1
        if page.record is None:
            self.without_record += 1
        else:
            self.extractors.add(page.extractor)

    def findings(self, page_id: str, site: str, url: str | None, found: Sequence[Finding]) -> None:
        if not found:
            return
        site_counts = self.by_site.setdefault(site, Counter())
        for f in found:
            self.by_severity[f.severity] += 1
            self.by_check[f.check] += 1
            site_counts[f.check] += 1
        if any(f.severity == "error" for f in found):
            self.error_pages.add(h64(page_id))
        for check in dict.fromkeys(f.check for f in found):
            self._offer(check, page_id, site, url, found)

    def _offer(self, check: str, page_id: str, site: str, url: str | None, found: Sequence[Finding]) -> None:
        """Reservoir sampling per check: every failing page has the same chance to be shown."""
        self._seen_per_check[check] += 1
        bucket = self.sample.setdefault(check, [])
        if len(bucket) < SAMPLE_PER_CHECK:
            bucket.append(_entry(page_id, site, url, found))
        else:
            slot = self._rng.randrange(self._seen_per_check[check])
            if slot < SAMPLE_PER_CHECK:  # the entry is made only when kept: most pages' are not
                bucket[slot] = _entry(page_id, site, url, found)

    def merge(self, other: Tally) -> None:
        """Add ``other``'s counts (a Spark partition's); samples are pooled and cut back to the bound."""
        self.pages += other.pages
        self.without_record += other.without_record
        self.extractors |= other.extractors
        self.by_severity.update(other.by_severity)
        self.by_check.update(other.by_check)
        for site, counts in other.by_site.items():
            self.by_site.setdefault(site, Counter()).update(counts)
        self.site_pages.update(other.site_pages)
        self.error_pages.update(other.error_pages)
        for check, entries in other.sample.items():
            bucket = self.sample.setdefault(check, [])
            bucket.extend(entries)
            if len(bucket) > SAMPLE_PER_CHECK:
                self.sample[check] = self._rng.sample(bucket, SAMPLE_PER_CHECK)

    def summary(self, run_findings: Iterable[Finding]) -> dict[str, Any]:
        """The same keys :func:`harness.results.summarize` gives, plus per-site counts."""
        by_severity, by_check = Counter(self.by_severity), Counter(self.by_check)
        for f in run_findings:
            by_severity[f.severity] += 1
            by_check[f.check] += 1
        return {
            "pages": self.pages,
            "sites": len(self.site_pages),
            "pages_with_errors": len(self.error_pages),
            "pages_without_record": self.without_record,
            "findings_by_severity": dict(sorted(by_severity.items())),
            "findings_by_check": dict(sorted(by_check.items())),
            "quality": {},
        }

    def per_site(self) -> dict[str, dict[str, Any]]:
        return {
            site: {"pages": n, "findings_by_check": dict(sorted(self.by_site.get(site, Counter()).items()))}
            for site, n in sorted(self.site_pages.items())
        }


class TableSink:
    """Streams findings into ``folder/findings.jsonl.gz`` and keeps a :class:`Tally`."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / TABLE_NAME
        self._tmp = folder / f".{TABLE_NAME}.tmp"
        self._fh: IO[bytes] = cast(IO[bytes], gzip.open(self._tmp, "wb", compresslevel=4))  # noqa: SIM115
        self.rows = 0
        self.tally = Tally()

    def page(self, page: PageResult, found: Sequence[Finding]) -> None:
        self.tally.page(page)
        self.write(page.id, page.site, page.url, found)

    def write(self, page_id: str, site: str, url: str | None, found: Sequence[Finding]) -> None:
        self.tally.findings(page_id, site, url, found)
        out = [_ENCODE(table_row(page_id, site, url, f)) for f in found]
        if out:
            self._fh.write(("\n".join(out) + "\n").encode("utf-8", "replace"))
            self.rows += len(out)

    def close(self) -> Path:
        import os

        self._fh.close()
        os.replace(self._tmp, self.path)
        return self.path
