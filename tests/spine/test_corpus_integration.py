"""The whole shared corpus (197 real pages) goes in through `harness import` and comes out accounted for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import runner
from harness.capture import cassette
from harness.capture.importer import import_dir
from harness.config import HarnessConfig


@pytest.fixture(scope="module")
def imported(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("corpus-cassettes")
    total = 0
    for source in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        summary = import_dir(source, out)
        assert summary.ok, summary.failed
        total += len(summary.written)
    return out, total


def test_import_covers_every_page(imported: tuple[Path, int], corpus_dir: Path) -> None:
    out, total = imported
    manifest = json.loads((corpus_dir / "manifest.json").read_text())
    expected = sum(source["count"] for source in manifest["sources"].values())
    assert total == expected == 197
    assert len(cassette.discover(out)) == 197


def test_replay_yields_a_valid_record_or_a_clear_finding_for_every_page(imported: tuple[Path, int]) -> None:
    out, _ = imported
    ctx = runner.make_context(HarnessConfig(root=out.parent), "generic")
    refs = cassette.discover(out)
    run = runner.run(ctx, refs, source=str(out))
    assert len(run.pages) == len(refs) == 197
    assert len({p.id for p in run.pages}) == 197
    for page in run.pages:
        schema_errors = [f for f in page.findings if f.check == "schema"]
        if page.record is None or schema_errors:
            problems = [f for f in page.findings if f.severity == "error"]
            assert problems and all(f.message for f in problems), page.id
        else:
            assert page.record["url"] and page.record["site"] == page.site
    crashed = [p.id for p in run.pages if p.record is None]
    assert crashed == [], f"generic crashed on {crashed}"
