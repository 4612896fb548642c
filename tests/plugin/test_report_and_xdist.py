from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest


def _results(project: pytest.Pytester) -> dict:
    runs = [p for p in Path(project.path, "reports").glob("*/results.json") if not p.parent.is_symlink()]
    assert len(runs) == 1, runs
    return json.loads(runs[0].read_text())


@pytest.mark.parametrize("workers", [None, "2"])
def test_report_written_once_with_every_page(project: pytest.Pytester, workers: str | None) -> None:
    args = ["-q", "--harness-extractor", "myextractors:broken", "--junitxml=junit.xml"]
    if workers:
        args += ["-n", workers]
    result = project.runpytest_subprocess(*args)
    result.assert_outcomes(passed=5, failed=1)
    data = _results(project)
    assert sorted(p["id"] for p in data["pages"]) == [
        "harbor.example/bridge",
        "harbor.example/ferry",
        "valley.example/dam",
    ]
    ferry = next(p for p in data["pages"] if p["id"] == "harbor.example/ferry")
    assert any(f["check"] == "schema" for f in ferry["findings"])
    result.stdout.fnmatch_lines(["*news-harness*", "report: *index.html"])
    names = {tc.get("name") for tc in ET.parse(Path(project.path, "junit.xml")).iter("testcase")}
    assert {p["id"] for p in data["pages"]} <= names


def test_drift_tests_exist_only_with_a_mark_expression(project: pytest.Pytester) -> None:
    """A plain run has no silent "3 deselected": the header says how drift runs instead."""
    result = project.runpytest("--harness-extractor", "myextractors:titles")
    result.assert_outcomes(passed=6)
    result.stdout.fnmatch_lines(["news-harness: drift checks of the live sites run with -m drift"])
    assert "deselected" not in result.stdout.str()
    selected = project.runpytest("-q", "--harness-extractor", "myextractors:titles", "-m", "not drift")
    selected.assert_outcomes(passed=6, deselected=3)
