"""docs/drift.md's demo example works as written: the demo server on fixed ports, the printed rules."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from demo import server as demo_server
from harness import cli
from tests.drift.helpers import REPO

DOC = (REPO / "docs" / "drift.md").read_text(encoding="utf-8")


def _doc_command() -> list[str]:
    lines = [line for line in DOC.splitlines() if line.startswith("harness drift --rewrite")]
    assert len(lines) == 1, lines
    return shlex.split(lines[0])[1:]


def test_the_doc_names_every_demo_site_on_the_ports_demo_server_uses() -> None:
    assert "python -m demo.server --port 8401" in DOC
    args = _doc_command()
    rules = [args[i + 1] for i, a in enumerate(args) if a == "--rewrite"]
    assert args[0] == "drift"
    assert [r.split("=")[0] for r in rules] == [s.base for s in demo_server.SITES]
    assert [r.split("=")[1] for r in rules] == [f"http://127.0.0.1:{8401 + i}" for i in range(len(rules))]


def test_the_doc_command_runs_clean_against_the_demo_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = _doc_command()
    with demo_server.serving() as served:  # free ports: 8401.. may be taken on a shared machine
        ports = {f"http://127.0.0.1:{8401 + i}": local for i, local in enumerate(served.values())}
        args = [re.sub(r"http://127\.0\.0\.1:840\d", lambda m: ports[m.group(0)], a) for a in args]
        monkeypatch.chdir(REPO)
        code = cli.main([*args, "-q", "--reports", str(tmp_path), "-e", "generic"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert re.search(r"coverage ok: compared 2\d of 25 pages", out), out
    assert "breaking" not in out.replace("breaking,", ""), out


def test_nightly_workflow_points_at_the_demo_server_the_way_the_docs_do() -> None:
    import yaml

    flow = yaml.safe_load((REPO / ".github" / "workflows" / "nightly-drift.yml").read_text(encoding="utf-8"))
    steps = {step.get("name"): step for step in flow["jobs"]["drift"]["steps"]}
    serve = steps["Serve the demo sites (this repository only)"]["run"]
    args = _doc_command()
    doc_rules = [args[i + 1] for i, a in enumerate(args) if a == "--rewrite"]
    assert [r for r in doc_rules if r in serve] == doc_rules  # the same rules as docs/drift.md
    assert "python -m demo.server --port 8401" in serve
    drift_step = steps["Drift tests (live)"]["run"]
    assert "-m drift" in drift_step and "--harness-live-rewrite" in drift_step
    assert "'.[test]'" not in steps["Install"]["run"]
