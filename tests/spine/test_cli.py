"""The command line: help that teaches, one-line usage errors (exit 2), exit 1 on findings, 0 when clean."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from harness.cli import main
from spine.helpers import article_html, make_cassette


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_commands_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    for word in (
        "run",
        "record",
        "import",
        "check",
        "approve",
        "compare",
        "gate",
        "drift",
        "typical use",
        "exit codes",
    ):
        assert word in out


COMMANDS = ["run", "record", "import", "check", "approve", "compare", "gate", "drift"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0 and len(out.splitlines()) > 5


def test_unknown_extractor_lists_available(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make_cassette(tmp_path / "cassettes", "harbor.example", "a", article_html("A story"))
    code, _, err = _run(capsys, "run", "--extractor", "nope", "-q")
    assert code == 2
    assert err.strip().splitlines()[-1] == (
        "harness: error: unknown extractor 'nope'; available: generic, newspaper4k, readability, trafilatura "
        "(or a dotted path 'package.module:function', or 'scrapy:package.module:Spider.callback')"
    )


def test_no_cassettes_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, "run", "-q")
    assert code == 2 and "no cassettes found" in err and "Traceback" not in err


def test_bad_config_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.harness]\ncasettes = "x"\n')
    code, _, err = _run(capsys, "run", "-q")
    assert code == 2 and "unknown [tool.harness] key 'casettes' (did you mean 'cassettes'?)" in err
    assert err.splitlines() == [err.splitlines()[0]] and "usage:" not in err  # one line, no usage noise


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_check_settings_are_a_usage_error_with_any_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """With a core to spare the settings are built once the first worker runs, not before: a mistake in
    them is still one usage line (exit 2), and no results are written."""
    monkeypatch.chdir(tmp_path)
    for i in range(3):
        make_cassette(tmp_path / "cassettes", "harbor.example", f"a{i}", article_html(f"Story {i}"))
    (tmp_path / "pyproject.toml").write_text('[tool.harness.checks]\ndisable = ["body.to_short"]\n')
    code, _, err = _run(capsys, "run", "-q", "--jobs", jobs)
    assert code == 2 and "'body.to_short' (did you mean 'body.too_short'?)" in err, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "reports").exists()


def test_run_writes_results_and_report_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make_cassette(tmp_path / "cassettes", "harbor.example", "a", article_html("A story"))
    (tmp_path / "cassettes" / "harbor.example" / "broken.yaml").write_text("not: [a cassette")
    code, out, _ = _run(capsys, "run", "-q")
    assert code == 1  # the broken cassette is an error finding
    said = dict(line.split(": ", 1) for line in out.splitlines() if line.startswith(("results:", "report:")))
    results, report = Path(said["results"].strip()), Path(said["report"].strip())
    data = json.loads(results.read_text())
    assert [p["id"] for p in data["pages"]] == ["harbor.example/a", "harbor.example/broken"]
    assert report.is_file() and report.parent == results.parent


def test_console_script_is_installed() -> None:
    proc = subprocess.run([sys.executable, "-m", "harness", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("news-harness ")


def test_record_many_urls_reports_failures_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, local_server: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    local_server.routes["/news/a"] = (
        200,
        {"Content-Type": "text/html", "Set-Cookie": "sid=abc123"},
        article_html("A story"),
    )
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# morning list\n{local_server.base}/news/a\n{local_server.base}/news/missing\n")
    code, out, _ = _run(capsys, "record", "--urls-file", str(urls), "--out", "cassettes", "-q")
    assert code == 1
    assert "record: 1 written, 0 skipped, 1 failed" in out
    assert "/news/missing: HTTP 404" in out
    written = list((tmp_path / "cassettes").glob("*/*.yaml"))
    assert len(written) == 1 and "abc123" not in written[0].read_text()
    code, out, _ = _run(capsys, "record", f"{local_server.base}/news/a", "--out", "cassettes", "-q")
    assert code == 0 and "exists (use --force to re-record)" in out


def test_exit_zero_reports_without_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cassettes" / "harbor.example").mkdir(parents=True)
    (tmp_path / "cassettes" / "harbor.example" / "broken.yaml").write_text("not: [a cassette")
    assert _run(capsys, "run", "-q")[0] == 1
    code, out, _ = _run(capsys, "run", "-q", "--exit-zero")
    assert code == 0 and "1 failing" in out and "verdict: FAIL" in out
    assert _run(capsys, "run", "-q", "--exit-zero", "--extractor", "nope")[0] == 2


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_examples(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0 and "example" in out


def test_import_quiet_prints_counts_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src").mkdir()
    for i in range(3):
        page = f"<html><body><h1>T{i}</h1><p>text {i}</p></body></html>"
        (tmp_path / "src" / f"p{i}.html").write_text(page)
    code, out, _ = _run(capsys, "import", "src", "--out", "cassettes", "-q")
    assert code == 0 and out.strip().splitlines() == ["import: 3 written, 0 skipped, 0 failed"]
