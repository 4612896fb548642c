"""The summary's numbers: verdict, per-check and per-site counts, and the previous-run comparison."""

from __future__ import annotations

import math
from dataclasses import replace

from harness.model import Finding
from harness.report.digest import build_digest, flatten
from report.helpers import SCHEMA, demo_run, page, previous_run


def test_comparison_by_page_and_check() -> None:
    d = build_digest(demo_run(), previous_run())
    c = d.comparison
    assert c is not None and c.previous_id == "run-1"
    assert {(x.page, x.check) for x in c.newly_failing} == {
        ("a.example/a", "boilerplate.recurring"),
        ("b.example/c", "title.repeated"),
    }
    assert {(x.page, x.check) for x in c.fixed} == {("b.example/c", "schema")}
    assert {(x.page, x.check) for x in c.still_failing} == {
        ("a.example/b", "schema"),
        ("[b.example]", "site.dates"),
    }
    assert c.pages_added == c.pages_removed == 0


def test_pages_that_left_the_run_are_not_fixed() -> None:
    before = previous_run()
    gone = page("z.example", "gone", SCHEMA)
    d = build_digest(demo_run(), replace(before, pages=(*before.pages, gone)))
    assert d.comparison is not None
    assert ("z.example/gone", "schema") not in {(x.page, x.check) for x in d.comparison.fixed}
    assert d.comparison.pages_removed == 1


def test_info_findings_are_not_failures() -> None:
    before = demo_run()
    quiet = replace(before.pages[3], findings=(Finding("note", "info", "$", "fyi"),))
    d = build_digest(replace(before, pages=(*before.pages[:3], quiet)), before)
    assert d.comparison is not None
    assert d.comparison.newly_failing == ()
    assert d.levels == {"fail": 1, "warn": 2, "pass": 1}


def test_counts_per_check_and_site() -> None:
    d = build_digest(demo_run(), previous_run())
    checks = {r.check: r for r in d.checks}
    assert (checks["schema"].fail, checks["schema"].newly, checks["schema"].fixed) == (1, 0, 1)
    assert (checks["boilerplate.recurring"].warn, checks["boilerplate.recurring"].newly) == (1, 1)
    # the site-level finding is counted apart, so a check's page counts match its filter
    assert (checks["site.dates"].scoped, checks["site.dates"].warn) == (1, 0)
    sites = {r.site: r for r in d.sites_table}
    assert (sites["a.example"].pages, sites["a.example"].fail, sites["a.example"].warn) == (2, 1, 1)
    assert (sites["b.example"].passed, sites["b.example"].unapproved, sites["b.example"].new) == (1, 1, 1)
    assert sites["b.example"].drift["template_changed"] == 1
    assert d.approvals == {"changed": 1, "new": 1, "same": 2}


def test_verdict_levels() -> None:
    run = demo_run()
    assert build_digest(run).verdict.level == "fail"
    assert build_digest(run).verdict.details[0] == "no previous run to compare with"
    warn_only = replace(run, pages=tuple(replace(p, findings=()) for p in run.pages))
    assert build_digest(warn_only).verdict.level == "warn"  # the site-level warning remains
    clean = replace(warn_only, findings=())
    v = build_digest(clean).verdict
    assert v.level == "pass" and "all 4 pages clean" in v.headline
    assert (
        "1 newly failing"
        in build_digest(
            run, replace(run, pages=(*run.pages[1:], replace(run.pages[0], findings=())))
        ).verdict.details[0]
    )


def test_flatten_is_robust_to_any_shape() -> None:
    rows = dict(
        flatten(
            {
                "body": {"f1": 0.91234, "n": 3},
                "ok": True,
                "nan": math.nan,
                "x": None,
                "list": [1, 2.5],
                "deep": [{"a": 1}],
                7: "seven",
            }
        )
    )
    assert rows == {
        "body.f1": "0.912",
        "body.n": "3",
        "ok": "yes",
        "nan": "nan",
        "list": "1, 2.5",
        "7": "seven",
    }
    assert flatten(None) == [] and flatten(0.5) == [("", "0.5")] and flatten("text") == [("", "text")]
    assert len(flatten({str(i): i for i in range(1000)})) == 200


def test_absent_or_odd_summary_keys() -> None:
    run = replace(demo_run(), summary={"quality": "not a mapping", "drift": [1, 2]})
    d = build_digest(run)
    assert d.quality == (("", "not a mapping"),)
    assert d.drift_summary == (("", "1, 2"),)
    assert build_digest(replace(run, summary={})).quality == ()


def test_the_verdict_and_counts_follow_the_gate() -> None:
    from report.helpers import judged_run

    run = judged_run()
    d = build_digest(run)
    assert (d.baselines.new, d.baselines.accepted, d.baselines.fixed, d.baselines.failing_new) == (1, 1, 1, 1)
    assert d.baselines.fixed_list == (("a.example/a", "title.repeated", "$.title", "Story"),)
    assert d.verdict.details[0] == (
        "findings against the approved outputs: 1 new (1 failing the gate), 1 accepted, 1 fixed"
    )
    # page a fails on its new warning alone; page c's warning (no approval list) only warns
    assert d.levels == {"fail": 2, "warn": 1, "pass": 1}
    assert d.verdict.headline == "FAIL — 2 of 4 pages failing, 1 run- or site-level finding failing"
    assert d.run_findings[0].check == "date.missing.rate"  # what fails the gate comes first
    row = {r.check: r for r in d.checks}["boilerplate.pattern"]
    assert (row.warn, row.new, row.accepted) == (1, 1, 0)
