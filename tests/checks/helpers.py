"""Small builders shared by the checks tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from harness.checks import CheckSettings, PageContext, dataset_findings, load_settings, page_findings
from harness.model import Finding, PageResult

ARTICLE = (
    "The city council approved the new budget on Tuesday after a long debate about school funding.\n\n"
    "Council members said the plan raises spending on libraries and public transport next year, while "
    "the mayor promised to keep property taxes stable for residents.\n\n"
    "Opposition members criticised the timing of the vote and asked for an independent review of costs."
)


def record(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "url": "https://news.example.com/2025/06/03/budget",
        "site": "example.com",
        "title": "City council approves budget for schools",
        "published": "2025-06-03T08:00:00+02:00",
        "body": ARTICLE,
        "authors": [],
        "language": "en",
        "extractor": "test",
        "extractor_version": "1",
    }
    base.update(fields)
    return base


def page_checks(
    rec: Mapping[str, Any],
    settings: CheckSettings | None = None,
    *,
    site: str = "example.com",
    captured_at: str | None = "2025-06-04T00:00:00Z",
    truth: Mapping[str, Any] | None = None,
    html: str | None = None,
) -> list[Finding]:
    ctx = PageContext(f"{site}/page", site, rec.get("url"), captured_at, truth, html)
    return page_findings(rec, ctx, settings or load_settings({}))


def notice_excerpts(body: Sequence[str], site: str = "example.com") -> list[str]:
    """``severity:excerpt`` of each ``boilerplate.notice`` finding on a record whose body is ``body``'s
    paragraphs (checked as ``site``'s)."""
    findings = page_checks(record(body="\n\n".join(body)), site=site)
    return [f"{f.severity}:{f.excerpt}" for f in findings if f.check == "boilerplate.notice"]


def checks_of(findings: Sequence[Finding]) -> set[str]:
    return {f.check for f in findings}


def pages(records: Sequence[Mapping[str, Any]], site: str = "example.com") -> list[PageResult]:
    return [
        PageResult(id=f"{site}/p{i}", site=site, url=r.get("url"), cassette=None, extractor="test", record=r)
        for i, r in enumerate(records)
    ]


def dataset(
    records: Sequence[Mapping[str, Any]], settings: CheckSettings | None = None, site: str = "example.com"
) -> tuple[dict[str, list[Finding]], list[Finding]]:
    outcome = dataset_findings(pages(records, site), settings or load_settings({}))
    return {k: list(v) for k, v in outcome.per_page.items()}, list(outcome.run)


def errors_by_line(body: str) -> dict[str, set[str]]:
    """Each line's error findings on a record whose body is ``body``: the page's and the dataset stage's
    (``boilerplate.pattern``)."""
    rec = record(body=body)
    per_page, _ = dataset([rec])
    out: dict[str, set[str]] = {}
    for f in [*page_checks(rec), *per_page.get("example.com/p0", [])]:
        if f.severity == "error" and f.excerpt:
            out.setdefault(f.excerpt, set()).add(f.check)
    return out
