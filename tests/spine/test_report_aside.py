"""The report is written by a forked child while the runner writes ``results.json`` (Linux, no other
thread alive), and by the runner itself whenever that cannot be or goes wrong. Each case runs in a fresh
interpreter, where exactly the threads the case starts are alive (a pytest process may hold others)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux")

SCRIPT = """
import json, os, sys, threading
from pathlib import Path
import harness.report
from harness import results
from harness.model import Finding, PageResult, RunResult

out, case = Path(sys.argv[1]), sys.argv[2]
os.cpu_count = lambda: 2  # the same decision on a one-core machine
runner_pid = os.getpid()
real = harness.report.write_report

def spy(run, folder, *, previous=None):
    with (out / "writers").open("a") as fh:
        fh.write(f"{os.getpid()}\\n")
    if case == "child_fails" and os.getpid() != runner_pid:
        (folder / f".index.html.{os.getpid()}.half.tmp").write_text("<html>half")
        raise RuntimeError("the child gives up mid-write")
    return real(run, folder, previous=previous)

harness.report.write_report = spy
stop = threading.Event()
if case == "thread":
    threading.Thread(target=stop.wait, daemon=True).start()
page = PageResult(
    id="harbor.example/bridge", site="harbor.example", url="https://harbor.example/bridge",
    cassette="harbor.example/bridge.yaml", extractor="x",
    record={"title": "Bridge <b>reopens</b>", "body": "The bridge reopened."},
    findings=(Finding("body.too_short", "warning", "$.body", "short body", "The bridge reopened."),),
)
run = RunResult(
    run_id="20260101T000000Z-00001-abcd", started_at="2026-01-01T00:00:00Z",
    finished_at="2026-01-01T00:00:01Z", harness_version="0", extractors=("x",), config_digest="d",
    source="s", pages=(page,),
)
paths = results.write_run(run, out / "reports")
stop.set()
expected = harness.report.render_report(run, previous=None)
print(json.dumps({
    "runner": runner_pid,
    "writers": [int(x) for x in (out / "writers").read_text().split()],
    "same": paths.report.read_text(encoding="utf-8") == expected,
    "files": sorted(p.name for p in paths.folder.iterdir()),
    "pages": len(json.loads(paths.results.read_text())["pages"]),
}))
"""


def _run(tmp_path: Path, case: str) -> dict[str, object]:
    script = tmp_path / "aside.py"
    script.write_text(SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path), case], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["same"], "the report differs from the one write_report renders in this process"
    assert result["files"] == ["index.html", "results.json"] and result["pages"] == 1
    return result


def test_a_forked_child_writes_the_report(tmp_path: Path) -> None:
    result = _run(tmp_path, "plain")
    assert result["writers"] != [result["runner"]] and len(result["writers"]) == 1  # type: ignore[arg-type]


def test_a_child_that_fails_leaves_the_report_to_the_runner_and_no_half_file(tmp_path: Path) -> None:
    result = _run(tmp_path, "child_fails")
    writers = result["writers"]
    assert isinstance(writers, list) and len(writers) == 2
    assert writers[0] != result["runner"] and writers[1] == result["runner"]


def test_with_another_thread_alive_the_runner_writes_the_report_itself(tmp_path: Path) -> None:
    result = _run(tmp_path, "thread")
    assert result["writers"] == [result["runner"]]
