from __future__ import annotations

import pytest


def test_unknown_extractor_is_a_one_line_usage_error(project: pytest.Pytester) -> None:
    result = project.runpytest("--harness-extractor", "nope")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*unknown extractor 'nope'; available: generic, newspaper4k, readability, trafilatura*"]
    )
    assert "INTERNALERROR" not in str(result.stdout) + str(result.stderr)


def test_a_bad_page_fails_only_its_own_test(project: pytest.Pytester) -> None:
    result = project.runpytest("-q", "--harness-extractor", "myextractors:broken")
    result.assert_outcomes(passed=5, failed=1)  # 3 pages + 2 site datasets + 1 run dataset
    out = str(result.stdout)
    assert "harbor.example/ferry" in out
    assert "$.published: expected ISO 8601" in out and "last tuesday" in out
    assert "$.title: 7 is not of type" in out


def test_marker_selects_extractor_for_fixture(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_mine="""
import pytest

@pytest.mark.harness(extractor="myextractors:titles")
def test_bridge(harness_page):
    result = harness_page("harbor.example/bridge")
    assert result.extractor == "myextractors:titles"
    assert result.record["title"] == "The bridge story"
"""
    )
    result = project.runpytest("-q", "test_mine.py")
    result.assert_outcomes(passed=1)


def test_harness_page_fixture_holds_the_hard_deadline(project: pytest.Pytester) -> None:
    """An extractor that swallows every exception and spins is killed with its worker; the test goes on."""
    project.makepyprojecttoml('[tool.harness]\ncassettes = "cassettes"\npage_timeout = 0.5\n')
    project.makepyfile(
        stubborn="""
def spin(page):
    while True:
        try:
            while True:
                pass
        except BaseException:
            continue
""",
        test_mine="""
import pytest

@pytest.mark.harness(extractor="stubborn:spin")
def test_bridge(harness_page):
    result = harness_page("harbor.example/bridge")
    assert [f.check for f in result.findings] == ["extractor.timeout"]
""",
    )
    result = project.runpytest("-q", "test_mine.py")
    result.assert_outcomes(passed=1)
