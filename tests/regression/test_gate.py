"""The quality gate: floors, tolerance, corpus hash, refusing to lower."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harness import cli, runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.model import RunResult
from harness.page import Page
from harness.regression import gate
from regression.helpers import PARAGRAPHS, make_page, page_html, toy_extract


def build_corpus(root: Path) -> list[cassette.CassetteRef]:
    for i in range(3):
        title = f"Harbor story {i}"
        make_page(
            root,
            "harbor.example",
            f"story-{i}",
            page_html(title),
            {"title": title, "published": "2025-03-04", "body": "\n\n".join(PARAGRAPHS)},
        )
    make_page(root, "other.example", "solo", page_html("Solo", PARAGRAPHS[:1]), {"body": PARAGRAPHS[0]})
    return cassette.discover(root)


def lossy(page: Page) -> dict[str, Any]:
    """The toy extractor, but it loses the last paragraph (a regression)."""
    record = toy_extract(page)
    record["body"] = record["body"].rsplit("\n\n", 1)[0]
    return record


def run_with(
    tmp_path: Path,
    refs: list[cassette.CassetteRef],
    fn: Callable[[Page], Any] = toy_extract,
    name: str = "toy",
) -> RunResult:
    ctx = runner.RunContext(HarnessConfig(root=tmp_path), FunctionExtractor(name, fn, "1")).prepare()
    return runner.run(ctx, refs, source="test")


@pytest.fixture
def corpus(tmp_path: Path) -> list[cassette.CassetteRef]:
    return build_corpus(tmp_path / "cassettes")


def test_update_writes_floors_then_the_same_run_passes(
    tmp_path: Path, corpus: list[cassette.CassetteRef]
) -> None:
    path = tmp_path / "quality-baseline.json"
    run = run_with(tmp_path, corpus)
    update = gate.raise_floors(path, run, min_site_pages=3)
    assert update.written and update.added and not update.lowered
    data = json.loads(path.read_text("utf-8"))
    assert data["extractor"] == "toy" and data["corpus"]["pages"] == 4
    assert set(data["floors"]["sites"]) == {"harbor.example"}  # other.example has 1 page < 3
    assert data["floors"]["sources"]["handmade"]["body_token_f1"] == 1.0
    baseline = gate.load_baseline(path)
    assert baseline is not None
    assert gate.check(run, baseline) == []
    mtime = path.stat().st_mtime_ns
    assert not gate.raise_floors(path, run_with(tmp_path, corpus)).written
    assert path.stat().st_mtime_ns == mtime
    assert list(path.parent.glob(".*.tmp")) == []


def test_below_floor_beyond_tolerance_fails(tmp_path: Path, corpus: list[cassette.CassetteRef]) -> None:
    path = tmp_path / "baseline.json"
    run = run_with(tmp_path, corpus)
    gate.raise_floors(path, run)
    baseline = gate.load_baseline(path)
    assert baseline is not None
    worse = run_with(tmp_path, corpus, lossy)
    findings = gate.check(worse, baseline)
    below = [f for f in findings if f.check == "quality.below_floor"]
    assert below and all(f.severity == "error" for f in below)
    messages = "\n".join(f.message for f in below)
    assert "overall: body_token_f1 = 0.8" in messages and "below its floor 1.0000" in messages
    assert any(f.site == "harbor.example" for f in below)
    # a dip inside the tolerance passes, one just beyond it fails
    measured = gate.measure(worse)["overall"]["body_token_f1"]
    for floor, fails in ((measured + 0.009, False), (measured + 0.011, True)):
        close = gate.Baseline(
            baseline.extractor, baseline.corpus_sha256, 4, {"overall": {"body_token_f1": floor}}
        )
        assert bool([f for f in gate.check(worse, close) if f.severity == "error"]) is fails


def test_refuses_to_lower_floors_without_the_flag(tmp_path: Path, corpus: list[cassette.CassetteRef]) -> None:
    path = tmp_path / "baseline.json"
    gate.raise_floors(path, run_with(tmp_path, corpus))
    before = path.read_bytes()
    worse = run_with(tmp_path, corpus, lossy)
    with pytest.raises(gate.FloorLoweringRefused) as info:
        gate.raise_floors(path, worse)
    assert "overall: body_token_f1 1.0 -> 0.8" in "\n".join(info.value.lowered)
    assert path.read_bytes() == before
    update = gate.raise_floors(path, worse, allow_lower=True)
    assert update.written and update.lowered
    baseline = gate.load_baseline(path)
    assert baseline is not None and baseline.floors["overall"]["body_token_f1"] < 1.0


def test_changed_corpus_is_reported_not_silently_compared(
    tmp_path: Path, corpus: list[cassette.CassetteRef]
) -> None:
    path = tmp_path / "baseline.json"
    gate.raise_floors(path, run_with(tmp_path, corpus))
    baseline = gate.load_baseline(path)
    assert baseline is not None
    truth_path = corpus[0].truth_path
    truth = json.loads(truth_path.read_text("utf-8"))
    truth_path.write_text(json.dumps({**truth, "title": "Another headline"}), "utf-8")
    findings = gate.check(run_with(tmp_path, corpus), baseline)
    checks = {(f.check, f.severity) for f in findings}
    assert ("quality.corpus_changed", "error") in checks
    assert ("quality.below_floor", "warning") in checks  # title accuracy dropped, shown as a warning
    assert ("quality.below_floor", "error") not in checks


def test_other_extractor_is_not_compared(tmp_path: Path, corpus: list[cassette.CassetteRef]) -> None:
    path = tmp_path / "baseline.json"
    gate.raise_floors(path, run_with(tmp_path, corpus))
    baseline = gate.load_baseline(path)
    assert baseline is not None
    [finding] = gate.check(run_with(tmp_path, corpus, name="other"), baseline)
    assert finding.check == "quality.extractor_changed" and finding.severity == "error"


def test_broken_baseline_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    assert gate.load_baseline(path) is None
    path.write_text('{"format": "something else"}', "utf-8")
    with pytest.raises(gate.BaselineError, match="not a quality baseline"):
        gate.load_baseline(path)


def test_gate_cli(
    tmp_path: Path,
    corpus: list[cassette.CassetteRef],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    root, baseline = str(tmp_path / "cassettes"), str(tmp_path / "qb.json")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["gate", root, "--baseline", baseline, "-q"])
    assert exit_info.value.code == 2
    assert "no quality baseline at" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["gate", root, "--allow-lower", "-q"])
    assert "--allow-lower only makes sense with --update" in capsys.readouterr().err
    assert cli.main(["gate", root, "-e", "generic", "--baseline", baseline, "--update", "-q"]) == 0
    assert "floor(s) raised" in capsys.readouterr().out
    assert cli.main(["gate", root, "-e", "generic", "--baseline", baseline, "-q"]) == 0
    assert "gate passed" in capsys.readouterr().out
    data = json.loads(Path(baseline).read_text("utf-8"))
    data["floors"]["overall"] = {k: 1.0 for k in data["floors"]["overall"]}
    data["floors"]["overall"]["body_token_f1"] = 1.5
    Path(baseline).write_text(json.dumps(data), "utf-8")
    assert cli.main(["gate", root, "-e", "generic", "--baseline", baseline, "-q"]) == 1
    out = capsys.readouterr().out
    assert "quality.below_floor" in out and "gate failed" in out
