"""Quality scoring runs on every page of the shared corpus that has ground truth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import runner
from harness.capture import cassette
from harness.capture.importer import import_dir
from harness.config import HarnessConfig
from harness.regression import quality


@pytest.fixture(scope="module")
def corpus_run(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> runner.RunResult:
    out = tmp_path_factory.mktemp("quality-corpus")
    for source in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        assert import_dir(source, out).ok
    ctx = runner.make_context(HarnessConfig(root=out.parent), "generic")
    return runner.run(ctx, cassette.discover(out), source=str(out))


def test_every_page_with_truth_is_scored(corpus_run: runner.RunResult, corpus_dir: Path) -> None:
    manifest = json.loads((corpus_dir / "manifest.json").read_text("utf-8"))
    expected = {
        name: sum(
            1
            for item in manifest["items"][name]
            if item["has_title"] or item["has_published"] or item["has_body"]
        )
        for name in manifest["sources"]
    }
    scored: dict[str, int] = {}
    for page in corpus_run.pages:
        assert page.quality is not None, f"{page.id} has ground truth but no quality score"
        scored[page.quality["source"]] = scored.get(page.quality["source"], 0) + 1
        for section in ("body",):
            for kind in ("token", "shingle"):
                if section in page.quality:
                    assert 0.0 <= page.quality[section][kind]["f1"] <= 1.0, page.id
    assert scored == expected


def test_truth_scores_perfectly_against_itself(corpus_dir: Path) -> None:
    for path in sorted(corpus_dir.glob("*/*.json")):
        truth = json.loads(path.read_text("utf-8"))
        got = quality.score(
            {"title": truth["title"], "published": truth["published"], "body": truth["body"]}, truth
        )
        assert got is not None, path
        if "body" in got:
            assert got["body"]["token"]["f1"] == 1.0 and got["body"]["shingle"]["f1"] == 1.0, path
        if "title" in got:
            assert got["title"]["exact"], path
        if "published" in got:
            assert got["published"]["match"], path


def test_aggregate_has_every_source(corpus_run: runner.RunResult) -> None:
    agg = corpus_run.summary["quality"]
    assert set(agg["sources"]) == {"newspaper4k", "trafilatura_eval", "zyte_aeb"}
    assert agg["sources"]["zyte_aeb"]["body"]["pages"] == 121
    assert agg["sources"]["trafilatura_eval"]["title"]["pages"] == 64
    assert agg["overall"]["pages"] == 197
    assert 0.5 < agg["sources"]["zyte_aeb"]["body"]["shingle_f1"] <= 1.0


def test_generic_holds_the_committed_quality_floors(corpus_run: runner.RunResult) -> None:
    """The quality gate, for real: `generic` on the shared corpus against `quality-baseline.json`.

    An extractor change that loses more than the tolerance on any floor fails CI here; after a real
    improvement, raise the floors with `harness gate --update` (lowering them needs --allow-lower).
    """
    from harness.regression import gate
    baseline = gate.load_baseline(Path(__file__).resolve().parents[2] / "quality-baseline.json")
    assert baseline is not None and baseline.extractor == "generic"
    findings = gate.check(corpus_run, baseline)
    assert [f.message for f in findings if f.severity == "error"] == []
