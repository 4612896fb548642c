from __future__ import annotations

from pathlib import Path

import pytest
from spine.helpers import article_html, make_cassette


@pytest.mark.parametrize("dist", ["load", "loadscope", "worksteal"])
def test_dataset_items_see_the_whole_run_under_xdist(project: pytest.Pytester, dist: str) -> None:
    root = Path(project.path) / "cassettes"
    for slug in ("tide-1", "tide-2", "tide-3", "tide-4"):  # spread over both workers
        make_cassette(root, "harbor.example", slug, article_html("Tide tables published"))
    result = project.runpytest_subprocess(
        "-n",
        "2",
        "--dist",
        dist,
        "-q",
        "--harness-extractor",
        "myextractors:titles",
        "--harness-fail-on",
        "warning",
        "--harness-no-report",
    )
    result.stdout.fnmatch_lines(["*harbor.example/_dataset*"])
    out = str(result.stdout)
    assert "title.duplicate" in out
    for slug in ("tide-1", "tide-2", "tide-3", "tide-4"):
        assert f"harbor.example/{slug}" in out.split("harbor.example/_dataset", 1)[1]
