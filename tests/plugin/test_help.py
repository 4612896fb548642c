from __future__ import annotations

import pytest


def test_help_lists_harness_options(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(
        [
            "*news-harness*",
            "*--harness-cassettes=DIR*",
            "*--harness-extractor=NAME*",
            "*--harness-reports=DIR, --harness-report=DIR*",
            "*--harness-update*",
            "*--harness-live-rewrite=FROM=TO*",
            "*harness_cassettes (string)*",
        ]
    )


def test_markers_are_registered(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--markers")
    result.stdout.fnmatch_lines(["*@pytest.mark.drift:*", "*@pytest.mark.harness(extractor=None*"])


def test_reports_flag_spelled_like_the_ini_option(project: pytest.Pytester) -> None:
    result = project.runpytest("-q", "--harness-extractor", "myextractors:titles", "--harness-reports", "out")
    result.assert_outcomes(passed=6)
    assert list((project.path / "out").glob("*/results.json"))
