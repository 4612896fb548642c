"""A team's own extractor module, found in the working folder by the CLI and by pytest (real subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spine.helpers import article_html, make_cassette

EXTRACTOR = """
import re

def parse(page):
    m = re.search(r"<h1>(.*?)</h1>", page.text)
    return {"title": m.group(1) if m else None, "published": "2025-03-04",
            "body": "Body of " + page.url.replace(":", "").replace("/", " ")}
"""


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


@pytest.fixture
def team_project(tmp_path: Path) -> Path:
    """A folder as a team has it: their module, their cassettes, no install and no sys.path tricks."""
    (tmp_path / "mymod.py").write_text(EXTRACTOR)
    (tmp_path / "pyproject.toml").write_text('[tool.harness]\ncassettes = "cassettes"\n')
    make_cassette(tmp_path / "cassettes", "harbor.example", "bridge", article_html("The bridge story"))
    return tmp_path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return env


def test_cli_imports_the_extractor_from_the_working_folder(team_project: Path) -> None:
    done = subprocess.run(
        [_bin("harness"), "run", "-e", "mymod:parse", "--exit-zero", "-q"],
        cwd=team_project,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads((team_project / "reports" / "latest" / "results.json").read_text())
    (page,) = results["pages"]
    assert page["extractor"] == "mymod:parse"
    assert page["record"]["title"] == "The bridge story"


def test_a_missing_module_says_where_it_looked(team_project: Path) -> None:
    done = subprocess.run(
        [_bin("harness"), "run", "-e", "nomod:parse", "-q"],
        cwd=team_project,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2
    assert "looked in the working folder" in done.stderr and str(team_project) in done.stderr


def test_pytest_imports_the_extractor_from_the_working_folder(team_project: Path) -> None:
    done = subprocess.run(
        [_bin("pytest"), "cassettes", "--harness-extractor", "mymod:parse", "-p", "no:cacheprovider", "-q"],
        cwd=team_project,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0 and " passed" in done.stdout, done.stdout + done.stderr
