"""Nothing drops out silently: deep cassettes, hidden paths, dangling links, refused imports, missing dirs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from harness import runner
from harness.capture import cassette
from harness.capture.importer import import_dir
from harness.config import HarnessConfig
from spine.helpers import article_html, make_cassette, no_gx_checks, write_no_gx_config


def _harness(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harness", *args, "-q"],
        cwd=cwd,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=180,
    )


def _results(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "latest" / "results.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_cassettes_are_found_at_any_depth_with_distinct_ids(tmp_path: Path) -> None:
    root = tmp_path / "cassettes"
    make_cassette(root / "crawl-a", "harbor.example", "story", article_html("From crawl A"))
    make_cassette(root / "crawl-b", "harbor.example", "story", article_html("From crawl B"))
    make_cassette(root / "crawl-b" / "deeper", "valley.example", "story", article_html("Deep"))
    make_cassette(root, "harbor.example", "top", article_html("Usual layout"))
    refs = cassette.discover(root)
    assert [r.id for r in refs] == [
        "crawl-a/harbor.example/story",
        "crawl-b/deeper/valley.example/story",
        "crawl-b/harbor.example/story",
        "harbor.example/top",
    ]
    ctx = runner.make_context(HarnessConfig(root=tmp_path, checks=no_gx_checks()), "generic")
    run = runner.run(ctx, refs, source="t")
    assert [p.site for p in run.pages] == [
        "harbor.example",
        "valley.example",
        "harbor.example",
        "harbor.example",
    ]
    assert all(p.record is not None for p in run.pages)
    # one site folder given directly keeps the site/slug ids
    assert [r.id for r in cassette.discover(root / "harbor.example")] == ["harbor.example/top"]


def test_hidden_paths_and_dangling_links_are_reported(tmp_path: Path) -> None:
    root = tmp_path / "cassettes"
    make_cassette(root, "harbor.example", "good", article_html("Good"))
    make_cassette(root / ".trash", "harbor.example", "old", article_html("Old"))
    make_cassette(root, "harbor.example", "visible", article_html("Hidden")).rename(
        root / "harbor.example" / ".hidden.yaml"
    )
    (root / "harbor.example" / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (root / "harbor.example" / "folder.yaml").mkdir()
    write_no_gx_config(tmp_path)
    found = cassette.scan(root)
    assert [r.id for r in found.refs] == [
        "harbor.example/dangling",
        "harbor.example/folder",
        "harbor.example/good",
    ]
    done = _harness(tmp_path, "run", "cassettes", "--reports", "out")
    assert done.returncode == 1, done.stderr
    data = _results(tmp_path / "out")
    checks = {p["id"]: [f["check"] for f in p["findings"] if f["severity"] == "error"] for p in data["pages"]}
    assert checks["harbor.example/dangling"] == ["cassette.unreadable"]
    assert checks["harbor.example/folder"] == ["cassette.unreadable"]
    assert checks["harbor.example/good"] == []
    skipped = sorted(f["message"] for f in data["findings"] if f["check"] == "cassette.skipped")
    assert len(skipped) == 2
    assert ".hidden.yaml" in skipped[0] + skipped[1] and ".trash" in skipped[0] + skipped[1]


def test_refused_imports_reach_the_next_runs_results(tmp_path: Path) -> None:
    src = tmp_path / "dump" / "harbor"
    src.mkdir(parents=True)
    (src / "good.html").write_bytes(article_html("An imported story"))
    (src / "empty.html").write_bytes(b"")
    (src / "binary.html").write_bytes(b"<html>\x00\x00\x00</html>")
    (src / "zipped.html").write_bytes(b"PK\x03\x04 not html")
    (src / ".draft.html").write_bytes(article_html("Hidden draft"))
    write_no_gx_config(tmp_path)
    summary = import_dir(tmp_path / "dump", tmp_path / "cassettes")
    assert len(summary.written) == 1 and len(summary.failed) == 3 and len(summary.skipped) == 1
    done = _harness(tmp_path, "run", "cassettes", "--reports", "out")
    assert done.returncode == 1, done.stderr
    refused = [f["message"] for f in _results(tmp_path / "out")["findings"] if f["check"] == "import.refused"]
    assert len(refused) == 3
    for name, why in [("empty.html", "empty"), ("binary.html", "NUL"), ("zipped.html", "zip")]:
        assert any(name in m and why in m for m in refused), (name, refused)
    # importing the folder again once it is fixed clears its refusals
    for name in ("empty.html", "binary.html", "zipped.html"):
        (src / name).unlink()
    import_dir(tmp_path / "dump", tmp_path / "cassettes")
    assert not (tmp_path / "cassettes" / cassette.REFUSALS_NAME).exists()


def test_flag_paths_are_relative_to_the_current_directory(tmp_path: Path) -> None:
    write_no_gx_config(tmp_path, 'cassettes = "cassettes"\nreports = "reports"')
    make_cassette(tmp_path / "cassettes", "harbor.example", "good", article_html("Good"))
    work = tmp_path / "sub"
    make_cassette(work / "mine", "harbor.example", "other", article_html("Other"))
    done = _harness(work, "run", "mine", "--reports", "out")
    assert done.returncode == 0, done.stderr
    assert [p["id"] for p in _results(work / "out")["pages"]] == ["harbor.example/other"]
    assert not (tmp_path / "out").exists() and not (tmp_path / "reports").exists()
    done = _harness(work, "run")  # no flags: the config file's values, relative to the config file
    assert done.returncode == 0, done.stderr
    assert [p["id"] for p in _results(tmp_path / "reports")["pages"]] == ["harbor.example/good"]


def test_a_missing_cassette_folder_is_a_usage_error(tmp_path: Path, pytester: pytest.Pytester) -> None:
    done = _harness(tmp_path, "run", "no-such-folder")
    assert done.returncode == 2 and "does not exist" in done.stderr and "Traceback" not in done.stderr
    result = pytester.runpytest_subprocess("--harness-cassettes", "no-such-folder")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "does not exist" in result.stderr.str() and "INTERNALERROR" not in result.stderr.str()


def test_pytest_flag_paths_are_relative_to_the_invocation_directory(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_no_gx_config(pytester.path, 'cassettes = "cassettes"')
    make_cassette(pytester.path / "cassettes", "harbor.example", "top", article_html("Top"))
    sub = pytester.path / "sub"
    make_cassette(sub / "mine", "harbor.example", "mine", article_html("Mine"))
    monkeypatch.chdir(sub)
    result = pytester.runpytest_subprocess(
        "--rootdir", str(pytester.path), "--harness-cassettes", "mine", "--harness-report", "out", "-q"
    )
    result.assert_outcomes(passed=3)  # the page and the two dataset items
    assert [p["id"] for p in _results(sub / "out")["pages"]] == ["harbor.example/mine"]
    assert not (pytester.path / "out").exists() and not (pytester.path / "mine").exists()
