"""Worker isolation: an extractor that exits, interrupts, kills its process or hangs costs its page only.

Every hostile behaviour runs for real in a real worker process; nothing is mocked.
"""

from __future__ import annotations

import faulthandler
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from harness import runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.page import Page
from harness.parallel import Supervisor, hard_deadline
from spine.helpers import article_html, make_cassette, no_gx_checks, write_no_gx_config

TESTS = Path(__file__).resolve().parent.parent

#: title marker -> the check its page must end with
HOSTILE = {
    "EXIT0": "extractor.crash",
    "EXIT3": "extractor.crash",
    "KBINT": "extractor.crash",
    "BASEEXC": "extractor.crash",
    "OSEXIT": "extractor.crash",
    "SEGV": "extractor.crash",
    "SIGKILL": "extractor.crash",
    "SWALLOW": "extractor.timeout",
    "REGEX": "extractor.timeout",
    "CLOOP": "extractor.timeout",
}


def _no_core() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def hostile(page: Page) -> Any:
    """A fictional extractor that misbehaves as the page's title asks, else extracts a fine record."""
    text = page.text
    if "EXIT0" in text:
        sys.exit(0)
    if "EXIT3" in text:
        sys.exit(3)
    if "KBINT" in text:
        raise KeyboardInterrupt
    if "BASEEXC" in text:
        raise BaseException("not an Exception")
    if "OSEXIT" in text:
        os._exit(0)
    if "SEGV" in text:
        _no_core()
        faulthandler.disable()  # pytest's, inherited: its traceback in the output reads like a failure
        os.kill(os.getpid(), signal.SIGSEGV)
    if "SIGKILL" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if "SWALLOW" in text:
        while True:  # retries forever, swallowing the deadline's exception too
            try:
                time.sleep(0.02)
            except BaseException:  # the point of the test
                continue
    if "REGEX" in text:  # catastrophic backtracking (sre checks for signals now and then)
        re.match(r"(a+)+$", "a" * 64 + "b")
    if "CLOOP" in text:  # a loop in C that never returns to the interpreter: no signal handler can run
        sum(itertools.repeat(1, 10**13))
    return {"title": "A fine story", "published": "2025-03-04", "body": "Some text here."}


def _corpus(root: Path) -> list[str]:
    ids = []
    for i, marker in enumerate(HOSTILE):
        make_cassette(root, "harbor.example", f"good-{i}", article_html(f"Good story {i}"))
        make_cassette(root, "valley.example", marker.lower(), article_html(marker))
        ids += [f"harbor.example/good-{i}", f"valley.example/{marker.lower()}"]
    return ids


def _checks(run: runner.RunResult) -> dict[str, list[str]]:
    return {p.id: sorted({f.check for f in p.findings if f.severity == "error"}) for p in run.pages}


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_hostile_page_costs_only_itself(tmp_path: Path, jobs: int) -> None:
    ids = _corpus(tmp_path / "c")
    cfg = HarnessConfig(root=tmp_path, page_timeout=0.5, checks=no_gx_checks())
    ctx = runner.RunContext(cfg, FunctionExtractor("hostile", hostile, "1")).prepare()
    refs = cassette.discover(tmp_path / "c")
    assert sorted(r.id for r in refs) == sorted(ids)
    run = runner.run(ctx, refs, source="t", jobs=jobs)
    assert [p.id for p in run.pages] == [r.id for r in refs]  # input order, one result each
    checks = _checks(run)
    for marker, check in HOSTILE.items():
        assert checks[f"valley.example/{marker.lower()}"] == [check], marker
    for page in run.pages:
        if page.site == "harbor.example":
            assert page.record is not None and page.record["title"] == "A fine story", page.id
            assert checks[page.id] == [], page.id
    assert runner.exit_code(run, "error") == 1


def test_crash_findings_name_the_cause(tmp_path: Path) -> None:
    for marker in ("EXIT3", "OSEXIT", "SIGKILL", "CLOOP"):
        make_cassette(tmp_path / "c", "valley.example", marker.lower(), article_html(marker))
    cfg = HarnessConfig(root=tmp_path, page_timeout=0.5, checks=no_gx_checks())
    ctx = runner.RunContext(cfg, FunctionExtractor("hostile", hostile, "1")).prepare()
    run = runner.run(ctx, cassette.discover(tmp_path / "c"), source="t")
    message = {p.id.split("/")[1]: p.findings[0].message for p in run.pages}
    assert "SystemExit" in message["exit3"] and "test_isolation.py" in message["exit3"]
    assert "exit code 0" in message["osexit"]
    assert "signal SIGKILL" in message["sigkill"]
    assert "killed" in message["cloop"] and f"{hard_deadline(0.5):g} s" in message["cloop"]


def test_a_killed_page_is_abandoned_at_the_hard_deadline(tmp_path: Path) -> None:
    make_cassette(tmp_path / "c", "valley.example", "swallow", article_html("SWALLOW"))
    cfg = HarnessConfig(root=tmp_path, page_timeout=0.5, checks=no_gx_checks())
    ctx = runner.RunContext(cfg, FunctionExtractor("hostile", hostile, "1")).prepare()
    with Supervisor(ctx, 1) as supervisor:
        start = time.monotonic()
        result = supervisor.replay(cassette.discover(tmp_path / "c")[0])
        took = time.monotonic() - start
        assert [f.check for f in result.findings] == ["extractor.timeout"]
        limit = hard_deadline(0.5)
        assert limit is not None and limit <= took < limit + 5  # killed, not waited for
        # the supervisor goes on with a fresh worker
        make_cassette(tmp_path / "c", "harbor.example", "good", article_html("Good"))
        good = supervisor.replay(cassette.discover(tmp_path / "c")[0])
        assert good.record is not None


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(TESTS)}
    return subprocess.run(
        [sys.executable, "-m", "harness", *args, "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("marker", ["EXIT0", "OSEXIT"])
def test_cli_run_with_an_exiting_extractor_exits_1_with_results(tmp_path: Path, marker: str) -> None:
    make_cassette(tmp_path / "cassettes", "harbor.example", "good", article_html("Good story"))
    make_cassette(tmp_path / "cassettes", "valley.example", "bad", article_html(marker))
    write_no_gx_config(tmp_path)
    done = _cli(tmp_path, "run", "cassettes", "-e", "spine.test_isolation:hostile", "--reports", "out")
    assert done.returncode == 1, done.stderr
    data = json.loads((tmp_path / "out" / "latest" / "results.json").read_text())
    by_id = {p["id"]: p for p in data["pages"]}
    assert by_id["harbor.example/good"]["record"]["title"] == "A fine story"
    assert [f["check"] for f in by_id["valley.example/bad"]["findings"]] == ["extractor.crash"]


EXTRACTOR_MODULE = """
import os, sys

def ext(page):
    if "EXIT0" in page.text:
        sys.exit(0)
    if "OSEXIT" in page.text:
        os._exit(0)
    return {"title": "A fine story", "published": "2025-03-04", "body": "Some text here."}
"""


def test_pytest_items_account_for_crashing_pages(pytester: pytest.Pytester) -> None:
    root = pytester.path / "cassettes"
    make_cassette(root, "harbor.example", "good", article_html("Good story"))
    make_cassette(root, "valley.example", "exit0", article_html("EXIT0"))
    make_cassette(root, "valley.example", "osexit", article_html("OSEXIT"))
    pytester.makepyfile(hostile_ext=EXTRACTOR_MODULE)
    write_no_gx_config(pytester.path)
    with (pytester.path / "pyproject.toml").open("a") as fh:
        fh.write('[tool.pytest.ini_options]\npythonpath = ["."]\n')
    result = pytester.runpytest_subprocess(
        "--harness-cassettes",
        "cassettes",
        "--harness-extractor",
        "hostile_ext:ext",
        "--harness-report",
        "out",
    )
    result.assert_outcomes(passed=4, failed=2)  # good page + 3 dataset items (2 sites, run)
    assert result.ret == 1
    pages = json.loads((pytester.path / "out" / "latest" / "results.json").read_text())["pages"]
    checks = {p["id"]: [f["check"] for f in p["findings"] if f["severity"] == "error"] for p in pages}
    assert checks == {
        "harbor.example/good": [],
        "valley.example/exit0": ["extractor.crash"],
        "valley.example/osexit": ["extractor.crash"],
    }


def test_an_extractor_module_that_exits_on_import_is_a_usage_error(tmp_path: Path) -> None:
    make_cassette(tmp_path / "cassettes", "harbor.example", "good", article_html("Good story"))
    write_no_gx_config(tmp_path)
    (tmp_path / "quits.py").write_text("import sys\nsys.exit(0)\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "harness", "run", "cassettes", "-e", "quits:ext", "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "SystemExit" in done.stderr, done.stderr


def test_a_run_that_cannot_write_its_results_does_not_exit_0(tmp_path: Path) -> None:
    make_cassette(tmp_path / "cassettes", "harbor.example", "good", article_html("Good story"))
    write_no_gx_config(tmp_path)
    (tmp_path / "taken").write_text("a file where the reports folder should go")
    done = _cli(tmp_path, "run", "cassettes", "--reports", "taken", "--exit-zero")
    assert done.returncode == 3, (done.returncode, done.stderr)
    assert "did not finish" in done.stderr


def test_spawned_workers_give_the_same_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start method of platforms without fork (macOS, Windows) keeps every guarantee."""
    from harness import parallel

    for marker in ("EXIT3", "CLOOP"):  # one kill: each spawned worker costs a fresh interpreter
        make_cassette(tmp_path / "c", "valley.example", marker.lower(), article_html(marker))
    make_cassette(tmp_path / "c", "harbor.example", "good", article_html("Good story"))
    cfg = HarnessConfig(root=tmp_path, page_timeout=0.5, checks=no_gx_checks())
    ctx = runner.RunContext(cfg, FunctionExtractor("hostile", hostile, "1")).prepare()
    refs = cassette.discover(tmp_path / "c")
    forked = _checks(runner.run(ctx, refs, source="t"))
    monkeypatch.setattr(parallel, "_method", lambda: "spawn")
    spawned = _checks(runner.run(ctx, refs, source="t"))
    assert spawned == forked
    assert forked["valley.example/cloop"] == ["extractor.timeout"]
    assert forked["valley.example/exit3"] == ["extractor.crash"]
    assert forked["harbor.example/good"] == []


def _slow_checks(seconds: float) -> Any:
    """``runner.check_record``, slowed down: the forked workers inherit the patched module."""
    real = runner.check_record

    def slow(*args: Any, **kwargs: Any) -> Any:
        end = time.monotonic() + seconds
        while time.monotonic() < end:  # the slow work under test, not a synchronisation
            time.sleep(0.02)
        return real(*args, **kwargs)

    return slow


def test_a_slow_check_is_not_killed_with_the_extractors_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_cassette(tmp_path / "c", "harbor.example", "good", article_html("Good"))
    cfg = HarnessConfig(root=tmp_path, page_timeout=0.2, checks=no_gx_checks())
    limit = hard_deadline(0.2)
    assert limit is not None
    monkeypatch.setattr(runner, "check_record", _slow_checks(limit + 0.5))
    ctx = runner.RunContext(cfg, FunctionExtractor("hostile", hostile, "1")).prepare()
    with Supervisor(ctx, 1, finish=True) as supervisor:  # the worker checks its page
        result = supervisor.replay(cassette.discover(tmp_path / "c")[0])
    assert result.record is not None and result.record["title"] == "A fine story"
    assert [f.check for f in result.findings if f.severity == "error"] == []


def test_checks_past_the_harness_limit_cost_their_page_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from harness import parallel

    make_cassette(tmp_path / "c", "harbor.example", "a-slow", article_html("Slow"))
    make_cassette(tmp_path / "c", "harbor.example", "b-good", article_html("Good"))
    cfg = HarnessConfig(root=tmp_path, page_timeout=5, checks=no_gx_checks())
    real = runner.check_record

    def stuck(record: Any, page: Page, *args: Any) -> Any:
        if "Slow" in page.text:
            _slow_checks(3600)()
        if "CRASH" in page.text:
            os._exit(7)
        return real(record, page, *args)

    monkeypatch.setattr(runner, "check_record", stuck)
    monkeypatch.setattr(parallel, "CHECK_LIMIT", 1.0)
    ctx = runner.RunContext(cfg, FunctionExtractor("hostile", hostile, "1")).prepare()
    make_cassette(tmp_path / "c", "harbor.example", "c-crash", article_html("CRASH"))
    with Supervisor(ctx, 1, finish=True) as supervisor:
        pages = supervisor.replay_pages(cassette.discover(tmp_path / "c"))
    by_id = {p.id: p for p in pages}
    slow, good, crash = (by_id[f"harbor.example/{s}"] for s in ("a-slow", "b-good", "c-crash"))
    assert [f.check for f in slow.findings] == ["harness.error"]
    assert "checking it took longer than 1 s" in slow.findings[0].message
    assert [f.check for f in crash.findings] == ["harness.error"]
    assert "ended while checking it (exit code 7)" in crash.findings[0].message
    assert good.record is not None and not [f for f in good.findings if f.severity == "error"]
