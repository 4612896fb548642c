"""Approval covers findings: a finding the approved output lists passes; a new warning fails its page.

``--harness-update`` approves a page whose body repeats a paragraph (a warning). The extractor then changes
so the body also starts with the title (another warning): only that page's test fails, naming the new
finding; the accepted one is not listed as failing. ``--harness-fail-on-new off`` puts severity alone back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EXTRACTOR = ("--harness-extractor", "myextractors:paras")
# Pinned, so this test does not depend on the checks' default severities.
PINNED = """[tool.harness]
cassettes = "cassettes"

[tool.harness.checks.severity]
"body.repeated_paragraph" = "warning"
"title.repeated_in_body" = "warning"
"""
PARA = "The ferry timetable changes on Monday, with fewer sailings in the evening and none after ten."
FILLER = "Council members said the change would save money while the bridge works continue this year."

V1 = f'''
def paras(page):
    import re
    title = re.search(r"<h1>(.*?)</h1>", page.text).group(1)
    ferry = {PARA!r} + "\\n\\n" + {FILLER!r} + "\\n\\n" + {PARA!r}
    body = ferry if "ferry" in page.url else {FILLER!r} + " " + page.url
    return {{"title": title, "published": "2025-03-04", "body": body * 1}}
'''
V2 = V1.replace('"body": body * 1', '"body": (title + "\\n\\n" + body) if "ferry" in page.url else body')


def _latest(project: pytest.Pytester) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        (Path(project.path) / "reports" / "latest" / "results.json").read_text("utf-8")
    )
    return data


@pytest.fixture
def approved(project: pytest.Pytester) -> pytest.Pytester:
    project.makepyprojecttoml(PINNED)
    project.makepyfile(myextractors=V1)
    project.runpytest("-q", *EXTRACTOR, "--harness-update").assert_outcomes(passed=6)
    doc = json.loads((Path(project.path) / "cassettes/harbor.example/ferry.approved.json").read_text("utf-8"))
    assert [e["check"] for e in doc["_findings"] if e["check"].startswith("body.repeated")] == [
        "body.repeated_paragraph"
    ]
    # an accepted warning does not fail, and is labelled so in the results
    project.runpytest("-q", *EXTRACTOR).assert_outcomes(passed=6)
    [ferry] = [p for p in _latest(project)["pages"] if p["id"] == "harbor.example/ferry"]  # type: ignore[attr-defined]
    [accepted] = [f for f in ferry["findings"] if f["check"] == "body.repeated_paragraph"]
    assert (accepted["baseline"], accepted["gate"], ferry["status"]) == ("accepted", "pass", "warn")
    project.makepyfile(myextractors=V2)
    return project


def test_a_new_warning_fails_its_page_and_names_it(approved: pytest.Pytester) -> None:
    result = approved.runpytest("-q", *EXTRACTOR, "--harness-no-report", "-rf")
    result.assert_outcomes(passed=5, failed=1)
    out = str(result.stdout)
    assert "FAILED cassettes/harbor.example/ferry.yaml::harbor.example/ferry" in out
    # the body changed too, so the regression fails it as well; the accepted warning is not listed
    assert "2 finding(s) fail the gate, 1 new since approval" in out
    assert "[warning] title.repeated_in_body (new: not in the approved output) $.body: the body" in out
    assert "] body.repeated_paragraph" not in out


def test_the_new_warning_alone_fails_the_page(approved: pytest.Pytester) -> None:
    """With the body's text left out of the comparison, the new finding is the only reason to fail."""
    approved.makepyprojecttoml(PINNED + '\n[tool.harness.compare]\nvolatile = ["body"]\n')
    result = approved.runpytest("-q", *EXTRACTOR, "--harness-no-report")
    result.assert_outcomes(passed=5, failed=1)
    out = str(result.stdout)
    assert "1 finding(s) fail the gate, 1 new since approval" in out
    assert "title.repeated_in_body (new: not in the approved output)" in out
    approved.runpytest("-q", *EXTRACTOR, "--harness-fail-on-new", "off").assert_outcomes(passed=6)
    approved.runpytest("-q", *EXTRACTOR, "--harness-fail-on-new", "error").assert_outcomes(passed=6)


def test_results_carry_the_same_verdict(approved: pytest.Pytester) -> None:
    result = approved.runpytest("-q", *EXTRACTOR)
    result.assert_outcomes(passed=5, failed=1)
    result.stdout.fnmatch_lines(["verdict: FAIL: 2 finding(s) fail the gate (*1 new since approval*)"])
    pages = {p["id"]: p for p in _latest(approved)["pages"]}  # type: ignore[attr-defined]
    labels = {f["check"]: (f.get("baseline"), f["gate"]) for f in pages["harbor.example/ferry"]["findings"]}
    assert labels["title.repeated_in_body"] == ("new", "fail")
    assert labels["body.repeated_paragraph"] == ("accepted", "pass")
    assert labels["regression.changed"] == (None, "fail")
    assert pages["harbor.example/ferry"]["status"] == "fail"
    assert pages["harbor.example/bridge"]["status"] in ("pass", "warn")


def test_reapproving_accepts_the_new_finding(approved: pytest.Pytester) -> None:
    approved.runpytest("-q", *EXTRACTOR, "--harness-update").assert_outcomes(passed=6)
    approved.runpytest("-q", *EXTRACTOR).assert_outcomes(passed=6)


def test_update_without_a_report_still_accepts_dataset_findings(project: pytest.Pytester) -> None:
    """Dataset-level findings (here: bodies too short) are known only at the end of the session."""
    project.makepyprojecttoml(PINNED)
    project.makepyfile(myextractors=V1)
    project.runpytest("-q", *EXTRACTOR, "--harness-update", "--harness-no-report").assert_outcomes(passed=6)
    approved = Path(project.path) / "cassettes/harbor.example/bridge.approved.json"
    doc = json.loads(approved.read_text("utf-8"))
    assert "body.too_short" in [e["check"] for e in doc["_findings"]]
    project.runpytest("-q", *EXTRACTOR, "--harness-no-report").assert_outcomes(passed=6)
