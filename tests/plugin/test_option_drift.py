from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spine.helpers import article_html


def test_drift_labels_reach_the_tests_and_the_report(project: pytest.Pytester, local_server: Any) -> None:
    local_server.routes["/news/bridge"] = (
        200,
        {"Content-Type": "text/html"},
        article_html("The bridge story"),
    )
    broken = article_html("The ferry story").replace(
        b"<h1>The ferry story</h1>", b"<div class=hed>The ferry story</div>"
    )
    local_server.routes["/news/ferry"] = (200, {"Content-Type": "text/html"}, broken)
    # valley.example/news/dam is not served: 404
    result = project.runpytest(
        "-q",
        "-m",
        "drift",
        "--harness-extractor",
        "myextractors:titles",
        "--harness-live-rewrite",
        f"https://harbor.example={local_server.base}",
        "--harness-live-rewrite",
        f"https://valley.example={local_server.base}",
    )
    result.assert_outcomes(passed=2, failed=1, deselected=6)
    result.stdout.fnmatch_lines(["*harbor.example/ferry*drift 'breaking'*"])
    runs = [p for p in Path(project.path, "reports").glob("*/results.json") if not p.parent.is_symlink()]
    data = json.loads(runs[0].read_text())
    labels = {p["id"]: p["drift"]["label"] for p in data["pages"]}
    assert labels == {
        "harbor.example/bridge": "unchanged",
        "harbor.example/ferry": "breaking",
        "valley.example/dam": "gone",
    }
    assert data["summary"]["drift"]["labels"] == {"breaking": 1, "gone": 1, "unchanged": 1}
    assert set(local_server.hits) >= {"/news/bridge", "/news/ferry", "/news/dam"}


def test_refresh_rerecords_drifted_cassettes_scrubbed(project: pytest.Pytester, local_server: Any) -> None:
    edited = article_html("Bridge reopening delayed to June")
    local_server.routes["/news/bridge"] = (
        200,
        {"Content-Type": "text/html", "Set-Cookie": "session=s3cr3t"},
        edited,
    )
    cassette = Path(project.path) / "cassettes" / "harbor.example" / "bridge.yaml"
    untouched = Path(project.path) / "cassettes" / "valley.example" / "dam.yaml"
    before_other = untouched.read_bytes()
    result = project.runpytest(
        "-q",
        "-m",
        "drift",
        "--harness-extractor",
        "myextractors:titles",
        "--harness-refresh",
        "--harness-live-rewrite",
        f"https://harbor.example={local_server.base}",
        "cassettes/harbor.example",
    )
    result.assert_outcomes(passed=2, deselected=4)
    text = cassette.read_text()
    assert "Bridge reopening delayed to June" in text and "s3cr3t" not in text
    assert "https://harbor.example/news/bridge" in text and local_server.base not in text
    assert untouched.read_bytes() == before_other
