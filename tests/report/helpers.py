"""Runs built by hand for the report tests: a small demo run, its previous run, and hostile content."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from harness.model import Finding, PageResult, RunResult
from harness.regression.diffing import word_ops

PARAGRAPHS = (
    "The harbor bridge reopened on Tuesday after eight months of repairs, the city said.",
    "Sign up for our newsletter",
    "Engineers replaced the main cables and repainted the towers; traffic will be limited to two lanes "
    "until the end of the month while crews finish the work on the approach roads.",
    "Sign up for our newsletter",
)
BODY = "\n\n".join(PARAGRAPHS)
APPROVED_BODY = BODY.replace("eight months", "six months")

# Each payload tries to set window.__pwned (or open a dialog) if it is ever executed or parsed as markup.
XSS_TITLE = (
    '<img src=x onerror="window.__pwned=1;alert(1)"> {{7*7}} </script><script>window.__pwned=2</script>'
)
XSS_BODY = (
    "Before </script><script>window.__pwned=3</script> middle <!-- <script>window.__pwned=4</script> "
    "\u2028line\u2029separators <svg onload=window.__pwned=5> ${7*7} {% raw %} &amp; &lt;b&gt;"
)
XSS_URL = "javascript:window.__pwned=6;alert(1)"
XSS_SITE = 'evil"><script>window.__pwned=7</script>.example'


def record(site: str, slug: str, **fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "url": f"https://{site}/news/{slug}",
        "site": site,
        "title": f"Story {slug}",
        "published": "2025-03-04T08:00:00+01:00",
        "body": BODY,
        "authors": ["Ann Lee"],
        "language": "en",
        "extractor": "generic",
        "extractor_version": "1.0",
    }
    out.update(fields)
    return out


def page(site: str, slug: str, *findings: Finding, **extra: Any) -> PageResult:
    rec = record(site, slug, **extra.pop("fields", {}))
    return PageResult(
        id=f"{site}/{slug}",
        site=site,
        url=rec["url"],
        cassette=f"cassettes/{site}/{slug}.yaml",
        extractor="generic",
        record=rec,
        findings=findings,
        elapsed_ms=12.5,
        captured_at="2025-03-04T09:00:00Z",
        **extra,
    )


BOILER = Finding(
    "boilerplate.recurring",
    "warning",
    "$.body",
    "line recurs on 12 pages of a.example",
    excerpt="Sign up for our newsletter",
)
SCHEMA = Finding(
    "schema", "error", "$.published", "$.published: 'yesterday' is not a 'date-time'", excerpt="yesterday"
)
TITLE = Finding("title.repeated", "warning", "$.title", "title repeats on 5 pages", excerpt="Story")


def demo_run(run_id: str = "run-2") -> RunResult:
    changed = {
        "status": "changed",
        "changes": [
            # The shape regression.approve writes: "$."-paths and word ops from regression.diffing.
            {
                "field": "$.body",
                "approved": APPROVED_BODY,
                "actual": BODY,
                "diff": word_ops(APPROVED_BODY, BODY),
            },
            {"field": "$.title", "approved": "Old title", "actual": "Story b"},
        ],
    }
    pages = (
        page(
            "a.example",
            "a",
            BOILER,
            approval={"status": "same"},
            quality={"title": {"exact": 1.0}, "body": {"f1": 0.93}},
        ),
        page("a.example", "b", SCHEMA, fields={"published": "yesterday"}, approval=changed),
        page(
            "b.example",
            "c",
            TITLE,
            approval={"status": "new"},
            drift={"label": "template_changed", "reasons": ["main selector moved"], "fields": ["body"]},
        ),
        page("b.example", "d", approval={"status": "same"}),
    )
    return RunResult(
        run_id=run_id,
        started_at="2025-03-04T09:00:00Z",
        finished_at="2025-03-04T09:01:00Z",
        harness_version="0.1.0",
        extractors=("generic",),
        config_digest="abc123",
        source="cassettes",
        pages=pages,
        findings=(
            Finding("site.dates", "warning", "$", "no page of b.example has a date", site="b.example"),
        ),
        summary={
            "pages": 4,
            "sites": 2,
            "quality": {"title": {"exact": 0.5}, "body": {"f1": 0.9, "n": 2}},
            "drift": {"b.example": {"template_changed": 1}},
        },
    )


def previous_run() -> RunResult:
    """Before: page a was clean, page c failed the schema (since fixed), page b failed as it does now."""
    run = demo_run("run-1")
    a, b, c, d = run.pages
    return replace(run, pages=(replace(a, findings=()), b, replace(c, findings=(SCHEMA,)), d))


def hostile_run() -> RunResult:
    bad = PageResult(
        id=f"{XSS_SITE}/x",
        site=XSS_SITE,
        url=XSS_URL,
        cassette="cassettes/</script>.yaml",
        extractor="generic",
        record=record(
            XSS_SITE,
            "x",
            title=XSS_TITLE,
            body=XSS_BODY,
            url=XSS_URL,
            authors=['<b onmouseover="window.__pwned=8">'],
            language="data:text/html,<script>",
        ),
        findings=(
            Finding("boilerplate.recurring", "warning", "$.body", XSS_TITLE, excerpt="</script><script>"),
        ),
        approval={
            "status": "changed",
            "changes": [
                {"field": "title", "approved": "<img src=x onerror=window.__pwned=9>", "actual": XSS_TITLE},
                {
                    "field": "body",
                    "approved": XSS_BODY + " x" * 100,
                    "actual": XSS_BODY,
                    "diff": [["=", "a"], ["+", "<img src=x onerror=window.__pwned=10>"]],
                },
            ],
        },
        quality={"<script>": 1.0},
        drift={"label": "<b>x</b>", "reasons": ["<img src=x onerror=window.__pwned=11>"]},
    )
    run = demo_run("xss-run")
    return replace(
        run,
        pages=(bad, *run.pages),
        findings=(Finding("site.x", "error", "$", XSS_TITLE, excerpt=XSS_BODY, site=XSS_SITE),),
    )


FOLLOW = Finding(
    "boilerplate.pattern", "warning", "$.body", "a.example/a: $.body: follow-us line", excerpt="Sign up"
)
RATE = Finding(
    "date.missing.rate",
    "error",
    "$.published",
    "3 of 4 pages (75%) have no date, at most 20% allowed",
    site="b.example",
)
DIFF = Finding(
    "regression.changed",
    "error",
    "$.title",
    '$.title differs from the approved output x.approved.json\n  approved: "Old title"\n'
    '  actual:   "Story b"',
)


def judged_run(clean_pages: int = 0) -> RunResult:
    """The demo run held against approved findings and judged: on page a the recurring line is accepted,
    a pattern hit is new (and fails the gate), and an approved ``title.repeated`` finding is gone (fixed);
    page b's output changed; a site-level rate gate fails. ``clean_pages`` adds clean pages to scroll past."""
    from harness.regression import baseline
    from harness.verdict import Policy, judge_run

    run = demo_run()
    a, b, c, d = run.pages
    accepted = baseline.entries_for([BOILER, TITLE], a.record)
    a = replace(a, findings=(BOILER, FOLLOW), approval={"status": "same", "accepted": accepted})
    b = replace(b, findings=(*b.findings, DIFF))
    extra = tuple(
        page("c.example", f"clean-{n:03d}", approval={"status": "same"}) for n in range(clean_pages)
    )
    return judge_run(replace(run, pages=(a, b, c, d, *extra), findings=(*run.findings, RATE)), Policy())
