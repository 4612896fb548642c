"""Node ids a user can copy from a failure and rerun; JUnit classnames by site; the folder collected."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

EXTRACTOR = ("--harness-extractor", "myextractors:broken")  # ferry fails its schema, the others pass


def test_a_failing_node_id_reruns_that_page_alone(project: pytest.Pytester) -> None:
    first = project.runpytest("-q", *EXTRACTOR)
    failed = [line.split()[1] for line in first.stdout.lines if line.startswith("FAILED ")]
    assert failed == ["cassettes/harbor.example/ferry.yaml::harbor.example/ferry"]
    again = project.runpytest("-q", *EXTRACTOR, failed[0])
    again.assert_outcomes(failed=1, passed=2)  # with the dataset items over the pages selected
    assert "bridge" not in again.stdout.str()


def test_a_cassette_path_selects_its_page(project: pytest.Pytester) -> None:
    result = project.runpytest("-q", *EXTRACTOR, "cassettes/harbor.example/bridge.yaml")
    result.assert_outcomes(passed=3)  # the page, its site's dataset item, the run's dataset item


def test_junit_classname_is_the_site(project: pytest.Pytester) -> None:
    project.runpytest("-q", *EXTRACTOR, "--junitxml=junit.xml")
    cases = {
        tc.get("name"): tc.get("classname")
        for tc in ET.parse(Path(project.path, "junit.xml")).iter("testcase")
    }
    assert cases["harbor.example/ferry"] == "harness.harbor.example"
    assert cases["valley.example/dam"] == "harness.valley.example"
    assert cases["valley.example/_dataset"] == "harness.valley.example"


def test_testpaths_elsewhere_still_collect_the_cassettes(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\ntestpaths = tests\n")
    Path(project.path, "tests").mkdir()
    Path(project.path, "tests", "test_unit.py").write_text("def test_unit():\n    pass\n")
    result = project.runpytest("-q", *EXTRACTOR)
    result.assert_outcomes(passed=6, failed=1)


def test_a_missing_cassette_folder_is_a_usage_error(project: pytest.Pytester) -> None:
    result = project.runpytest("-q", *EXTRACTOR, "--harness-cassettes", "no-such-folder")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*cassette folder*no-such-folder does not exist*"])
