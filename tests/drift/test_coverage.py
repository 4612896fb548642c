"""Coverage is part of the verdict: a drift run that reached nothing (or lost a whole site) fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from harness import cli
from tests.drift import variants
from tests.drift.helpers import base_pages, write_cassette
from tests.drift.server import LocalServer, Route, closed_port

PAGES = base_pages()[-2:]  # two hand-written fixture pages, two sites


def _project(tmp_path: Path, rules: list[str], extra: str = "") -> Path:
    root = tmp_path / "cassettes"
    for page in PAGES:
        write_cassette(root, page.site, page.slug, page.url, variants.churn(page.html))
    quoted = ", ".join(f'"{r}"' for r in rules)
    config = tmp_path / "harness.toml"
    config.write_text(
        f'cassettes = "cassettes"\nreports = "reports"\n[drift]\ntimeout = 30.0\nretries = 0\n'
        f"rewrite = [{quoted}]\n{extra}",
        encoding="utf-8",
    )
    return config


def _results(tmp_path: Path) -> dict[str, object]:
    return json.loads((tmp_path / "reports" / "latest" / "results.json").read_text())  # type: ignore[no-any-return]


@pytest.mark.parametrize("server_kind", ["404-everywhere", "closed-port"])
def test_a_run_that_reaches_nothing_exits_non_zero_with_a_coverage_finding(
    tmp_path: Path, server_kind: str
) -> None:
    with LocalServer() as srv:  # no routes: every path answers 404
        target = srv.url if server_kind == "404-everywhere" else f"http://127.0.0.1:{closed_port()}"
        # a second rule for https pages, which this run has none of: the run says so
        rules = [f"http://{p.site}={target}" for p in PAGES] + [
            f"https://{{host}}/{{path}}={target}/{{path}}"
        ]
        config = _project(tmp_path, rules)
        proc = subprocess.run(
            [sys.executable, "-m", "harness", "drift", "--config", str(config), "-q"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.count("gives site owners no contact") == 1
    unused = [line for line in proc.stderr.splitlines() if "matched none of the 2 recorded URLs" in line]
    assert len(unused) == 1 and "https://{host}/{path}" in unused[0], proc.stderr
    assert "coverage FAILED: compared 0 of 2 pages" in proc.stdout
    results = _results(tmp_path)
    checks = [f["check"] for f in results["findings"]]  # type: ignore[index, union-attr]
    assert checks.count("drift.coverage") == 3  # the share, and each of the two dark sites
    cov = results["summary"]["drift"]["coverage"]  # type: ignore[index, call-overload]
    assert cov["compared"] == 0 and cov["failing"] is True
    if server_kind == "404-everywhere":
        assert cov["gone"] == {p.site: [f"{p.site}/{p.slug}"] for p in PAGES}


def test_one_dark_site_fails_even_above_min_coverage_unless_switched_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reachable, dark = PAGES
    live = variants.churn(reachable.html).encode()
    with LocalServer({f"/2025/{reachable.slug}": Route(live)}) as srv:
        rules = [f"http://{reachable.site}={srv.url}", f"http://{dark.site}={srv.url}/nothing-here"]
        config = _project(tmp_path, rules, extra="min_coverage = 0.4\n")
        monkeypatch.chdir(tmp_path)
        assert cli.main(["drift", "--config", str(config), "-q"]) == 1
        out = capsys.readouterr().out
        assert f"site {dark.site}: none of its pages could be compared (1 gone)" in out
        assert "compared 1 of 2 pages (50%" in out
        config.write_text(config.read_text() + "fail_on_dark_site = false\n", encoding="utf-8")
        assert cli.main(["drift", "--config", str(config), "-q"]) == 0
        assert cli.main(["drift", "--config", str(config), "-q", "--min-coverage", "0.9"]) == 1


def test_min_coverage_must_be_a_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _project(tmp_path, ["http://a.example=http://127.0.0.1:9"], extra="min_coverage = 2\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        cli.main(["drift", "--config", str(config), "-q"])
    assert exc.value.code == 2


@pytest.mark.parametrize("report", [True, False], ids=["report", "no-report"])
def test_pytest_drift_session_that_reaches_nothing_fails(pytester: pytest.Pytester, report: bool) -> None:
    pytester.makepyprojecttoml(
        '[tool.harness]\ncassettes = "cassettes"\n[tool.harness.drift]\ntimeout = 30.0\nretries = 0\n'
    )
    for page in PAGES:
        write_cassette(pytester.path / "cassettes", page.site, page.slug, page.url, page.html)
    port = closed_port()
    args = ["-p", "no:cacheprovider", "-m", "drift", "--harness-cassettes", "cassettes"]
    for page in PAGES:
        args += ["--harness-live-rewrite", f"http://{page.site}=http://127.0.0.1:{port}"]
    args += ["--harness-live-rewrite", f"https://{{host}}/{{path}}=http://127.0.0.1:{port}/{{path}}"]
    if not report:
        args.append("--harness-no-report")
    result = pytester.runpytest_subprocess(*args, timeout=300)
    result.assert_outcomes(passed=2, deselected=len(PAGES) + 3)  # unreachable pages are not drift...
    assert result.ret == 1  # ...but a night that reached nothing is not green
    result.stdout.fnmatch_lines(
        [
            "*coverage FAILED: compared 0 of 2 pages*",
            "*drift.coverage: site *",
            "*warning: rewrite rule 'https://{host}/{path}=*' matched none of the 2 recorded URLs*",
        ]
    )
    assert result.stdout.str().count("gives site owners no contact") == 1  # the default user agent, once
    results = list(pytester.path.glob("reports/*/results.json"))
    if report:
        data = json.loads(results[0].read_text())
        assert [f["check"] for f in data["findings"]].count("drift.coverage") == 3
    else:
        assert results == []
