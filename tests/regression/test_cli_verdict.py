"""The exit code with approved findings: accepted ones pass, new ones fail, the verdict is in the results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from harness import cli
from harness.resources import schema_path
from regression.helpers import PARAGRAPHS, make_page, page_html

FERRY = (
    "The ferry timetable changes on Monday, with fewer sailings in the evening, the ferry operator said.",
    "Commuters who relied on the ferry during the bridge closure asked for the late boats to stay.",
)
V1, V2 = "regression.helpers:HOUSE_V1", "regression.helpers:HOUSE_V2"
PINNED = """[tool.harness]
cassettes = "cassettes"
{extra}
[tool.harness.checks.severity]
"body.repeated_paragraph" = "warning"
"title.repeated_in_body" = "warning"

[tool.harness.compare]
volatile = ["body"]
"""


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().out


def _latest(root: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / "reports" / "latest" / "results.json").read_text("utf-8"))
    return data


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HARNESS_CONFIG", raising=False)
    (tmp_path / "pyproject.toml").write_text(PINNED.format(extra=""), "utf-8")
    make_page(tmp_path / "cassettes", "harbor.example", "bridge", page_html("The bridge story", PARAGRAPHS))
    make_page(tmp_path / "cassettes", "harbor.example", "ferry", page_html("The ferry story", FERRY))
    return tmp_path


def test_accepted_findings_pass_new_ones_fail(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "run", "-q", "-e", V1)[0] == 0  # warnings, no approval: severity decides
    code, out = _run(capsys, "approve", "-q", "-e", V1)
    assert code == 0 and "approved: 2 written" in out
    doc = json.loads((project / "cassettes/harbor.example/ferry.approved.json").read_text("utf-8"))
    assert "body.repeated_paragraph" in [e["check"] for e in doc["_findings"]]
    code, out = _run(capsys, "run", "-q", "-e", V1)
    assert code == 0 and "verdict: PASS" in out and "0 new, " in out
    code, out = _run(capsys, "run", "-q", "-e", V2)
    assert code == 1
    assert "verdict: FAIL: 2 finding(s) fail the gate (2 new since approval)" in out
    assert "[warning, new] title.repeated_in_body $.body" in out
    assert "[warning, accepted]" not in out  # accepted findings are not listed as failing
    results = _latest(project)
    jsonschema.validate(results, json.loads(schema_path("results.schema.json").read_text("utf-8")))
    ferry = next(p for p in results["pages"] if p["id"] == "harbor.example/ferry")
    labels = {(f["check"], f.get("baseline"), f["gate"]) for f in ferry["findings"]}
    assert ("title.repeated_in_body", "new", "fail") in labels
    assert ("body.repeated_paragraph", "accepted", "pass") in labels
    assert ferry["status"] == "fail" and results["summary"]["pages_by_status"] == {"fail": 2}
    assert _run(capsys, "run", "-q", "-e", V2, "--fail-on-new", "off")[0] == 0
    assert _run(capsys, "run", "-q", "-e", V2, "--fail-on-new", "off", "--fail-on", "warning")[0] == 1
    (project / "pyproject.toml").write_text(PINNED.format(extra='fail_on_new = "error"'), "utf-8")
    assert _run(capsys, "run", "-q", "-e", V2)[0] == 0


def test_fixed_findings_are_listed(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "approve", "-q", "-e", V2)[0] == 0
    code, out = _run(capsys, "run", "-q", "-e", V1)
    assert code == 0 and "2 fixed" in out
    assert "fixed since approval" in out and "harbor.example/ferry: title.repeated_in_body $.body" in out
    assert _latest(project)["summary"]["findings_by_baseline"]["fixed"] == 2


def test_other_extractor_fails_loudly_and_says_how_to_reapprove(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "approve", "-q", "-e", V1)[0] == 0
    code, out = _run(capsys, "run", "-q", "-e", "regression.helpers:toy_extract")
    assert code == 1 and "regression.other_extractor" in out
    assert "harness approve -e regression.helpers:toy_extract harbor.example/" in str(_latest(project))


def test_reapproving_a_changed_page_prints_no_stale_note(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pyproject.toml").write_text(
        PINNED.format(extra="").replace('volatile = ["body"]', ""), "utf-8"
    )
    assert _run(capsys, "approve", "-q", "-e", V1)[0] == 0
    code, out = _run(capsys, "run", "-q", "-e", V2)
    assert code == 1 and "changed outputs (2 page(s)" in out and "+ The ferry story" in out
    code, out = _run(capsys, "approve", "-q", "-e", V2)
    assert code == 0 and "approved: 2 written" in out and "note:" not in out
    assert _run(capsys, "run", "-q", "-e", V2)[0] == 0


def test_approve_says_when_the_last_run_used_another_extractor(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "run", "-q", "-e", V1)[0] == 0
    assert cli.main(["approve", "-q"]) == 0
    err = capsys.readouterr().err
    assert "used 'house'; this approves 'generic' (configured)" in err
    assert "harness approve -e house" in err
    assert cli.main(["approve", "-q", "-e", V1]) == 0
    assert "note:" not in capsys.readouterr().err


def test_compare_without_e_uses_the_configured_extractors(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pyproject.toml").write_text(
        PINNED.format(extra=f'extractors = ["{V1}", "generic"]'), "utf-8"
    )
    code, _ = _run(capsys, "compare", "-q", "--out", str(project / "cmp.md"))
    assert code == 0
    rows = json.loads((project / "cmp.json").read_text("utf-8"))["rows"]
    assert [r["extractor"] for r in rows] == ["house", "generic"]
