from __future__ import annotations

import json
from pathlib import Path

import pytest

EXTRACTOR = ("--harness-extractor", "myextractors:titles")


def _approved(project: pytest.Pytester) -> dict[str, bytes]:
    root = Path(project.path) / "cassettes"
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.glob("*/*.approved.json"))}


def test_partial_update_never_touches_other_pages(project: pytest.Pytester) -> None:
    project.runpytest("-q", *EXTRACTOR, "--harness-update").assert_outcomes(passed=6)
    before = _approved(project)
    assert sorted(before) == ["harbor.example/bridge.approved.json", "harbor.example/ferry.approved.json",
                              "valley.example/dam.approved.json"]
    mtimes = {p: (Path(project.path) / "cassettes" / p).stat().st_mtime_ns for p in before}
    # change the extractor's output, then approve one site only
    project.makepyfile(myextractors='''
def titles(page):
    return {"title": "Changed headline", "published": "2025-03-04",
            "body": "Body of " + page.url.replace(":", "").replace("/", " ")}
''')
    result = project.runpytest("-q", *EXTRACTOR, "--harness-update", "cassettes/valley.example")
    result.stdout.fnmatch_lines(["*approved outputs*", "1 written, 0 skipped*", "*written*dam.approved.json"])
    after = _approved(project)
    assert after["harbor.example/bridge.approved.json"] == before["harbor.example/bridge.approved.json"]
    assert after["harbor.example/ferry.approved.json"] == before["harbor.example/ferry.approved.json"]
    for rel in ("harbor.example/bridge.approved.json", "harbor.example/ferry.approved.json"):
        assert (Path(project.path) / "cassettes" / rel).stat().st_mtime_ns == mtimes[rel]
    assert json.loads(after["valley.example/dam.approved.json"])["title"] == "Changed headline"


def test_regression_fails_with_a_readable_diff(project: pytest.Pytester) -> None:
    project.runpytest("-q", *EXTRACTOR, "--harness-update").assert_outcomes(passed=6)
    project.makepyfile(myextractors='''
def titles(page):
    import re
    m = re.search(r"<h1>(.*?)</h1>", page.text)
    return {"title": m.group(1) if m else None, "published": "2025-03-04",
            "body": "Body of " + page.url.replace(":", "").replace("/", " ") + " plus a leaked footer line"}
''')
    result = project.runpytest("-q", *EXTRACTOR, "--harness-no-report")
    result.assert_outcomes(passed=3, failed=3)
    out = str(result.stdout)
    assert "regression.changed" in out and "$.body" in out
    assert "leaked footer line" in out
