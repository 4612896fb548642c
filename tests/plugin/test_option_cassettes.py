from __future__ import annotations

import shutil
from pathlib import Path

import pytest


def test_one_test_per_cassette_with_site_slug_ids(project: pytest.Pytester) -> None:
    result = project.runpytest("--collect-only", "-q", "--harness-extractor", "myextractors:titles")
    result.stdout.fnmatch_lines(
        [
            "cassettes*::harbor.example/bridge",
            "cassettes*::harbor.example/ferry",
            "cassettes*::valley.example/dam",
            "cassettes*::harbor.example/_dataset",
            "cassettes*::valley.example/_dataset",
            "cassettes*::_run/_dataset",
        ]
    )


def test_flag_overrides_ini_and_tool_table(project: pytest.Pytester) -> None:
    other = Path(project.path) / "elsewhere"
    shutil.copytree(Path(project.path) / "cassettes" / "valley.example", other / "valley.example")
    project.makeini("[pytest]\nharness_cassettes = nowhere\nharness_extractor = myextractors:titles\n")
    missing = project.runpytest("-q")  # ini wins over [tool.harness], and names a folder that is not there
    assert missing.ret == pytest.ExitCode.USAGE_ERROR and "nowhere does not exist" in str(missing.stderr)
    result = project.runpytest("-q", "--harness-cassettes", str(other))
    result.assert_outcomes(passed=3)  # 1 page + 1 site dataset + 1 run dataset


def test_path_argument_selects_cassettes_inside_it(project: pytest.Pytester) -> None:
    result = project.runpytest("-q", "--harness-extractor", "myextractors:titles", "cassettes/valley.example")
    result.assert_outcomes(passed=3)
