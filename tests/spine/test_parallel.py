"""`--jobs`: several processes give the same results as one, in the same order, with the same guards."""

from __future__ import annotations

from pathlib import Path

from harness import runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.results import page_to_dict
from spine.helpers import article_html, make_cassette


def _corpus(root: Path) -> None:
    for i in range(6):
        make_cassette(root, "harbor.example", f"story-{i}", article_html(f"Story number {i}"))
    make_cassette(root, "valley.example", "hang", article_html("CRASH please"))
    (root / "valley.example" / "broken.yaml").write_text("interactions: [unclosed\n")


def _comparable(run: runner.RunResult) -> list[dict[str, object]]:
    pages = [page_to_dict(p) for p in run.pages]
    for page in pages:
        page.pop("elapsed_ms")
    return pages


def test_parallel_run_equals_sequential_run(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    cfg = HarnessConfig(root=tmp_path, page_timeout=1.0)
    refs = cassette.discover(tmp_path / "c")
    ctx = runner.make_context(cfg, "spine.test_runner:_hangs_on_one")
    one = runner.run(ctx, refs, source="t", jobs=1)
    two = runner.run(ctx, refs, source="t", jobs=2)
    assert [p.id for p in two.pages] == [r.id for r in refs]
    assert _comparable(one) == _comparable(two)
    hang = next(p for p in two.pages if p.id == "valley.example/hang")
    assert [f.check for f in hang.findings] == ["extractor.timeout"]


def test_jobs_setting_is_validated() -> None:
    import pytest

    from harness.config import ConfigError

    with pytest.raises(ConfigError, match="jobs must be a whole number"):
        HarnessConfig().with_overrides(jobs=-1)
