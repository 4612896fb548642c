"""`--jobs`: several processes give the same results as one, in the same order, with the same guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.parallel import Supervisor
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
    cfg = HarnessConfig(root=tmp_path, page_timeout=3.0)
    refs = cassette.discover(tmp_path / "c")
    ctx = runner.make_context(cfg, "spine.test_runner:_hangs_on_one")
    one = runner.run(ctx, refs, source="t", jobs=1)
    two = runner.run(ctx, refs, source="t", jobs=2)
    assert [p.id for p in two.pages] == [r.id for r in refs]
    assert _comparable(one) == _comparable(two)
    hang = next(p for p in two.pages if p.id == "valley.example/hang")
    assert [f.check for f in hang.findings] == ["extractor.timeout"]


def test_checking_in_the_workers_or_in_the_runner_gives_the_same_results(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    refs = cassette.discover(tmp_path / "c")
    cfg = HarnessConfig(root=tmp_path, page_timeout=1.0)
    ctx = runner.make_context(cfg, "spine.test_runner:_hangs_on_one")
    runs = []
    for finish in (False, True):
        with Supervisor(ctx, 1, finish=finish) as supervisor:
            assert supervisor.finish_in_workers is finish
            runs.append([page_to_dict(p) | {"elapsed_ms": 0} for p in supervisor.replay_pages(refs)])
    assert runs[0] == runs[1]
    assert [p["id"] for p in runs[0]] == [r.id for r in refs]
    assert {f["check"] for p in runs[0] for f in p["findings"]} >= {"extractor.timeout", "regression.new"}


def test_with_a_core_to_spare_the_runner_loads_each_next_cassette(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runner loads page n+1 while its worker extracts page n; a cassette that does not load there is
    loaded (and reported) by the worker as before."""
    from harness import parallel

    _corpus(tmp_path / "c")
    refs = cassette.discover(tmp_path / "c")
    loaded_here: list[str] = []

    def counting(ref: cassette.CassetteRef, ctx: runner.RunContext) -> object:
        loaded_here.append(ref.id)
        return runner.load_stage(ref, ctx)

    monkeypatch.setattr(parallel, "load_stage", counting)
    ctx = runner.make_context(HarnessConfig(root=tmp_path), "generic")
    with Supervisor(ctx, 1, finish=False) as supervisor:
        pages = supervisor.replay_pages(refs)
    assert loaded_here == [r.id for r in refs[1:]]  # every page but the first, once each
    broken = next(p for p in pages if p.id == "valley.example/broken")
    assert [f.check for f in broken.findings] == ["cassette.unreadable"]
    assert all(p.record is not None for p in pages if p.id != "valley.example/broken")


def test_jobs_setting_is_validated() -> None:
    from harness.config import ConfigError

    with pytest.raises(ConfigError, match="jobs must be"):
        HarnessConfig().with_overrides(jobs=-1)


def test_jobs_default_to_the_cores_when_there_are_pages_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    from harness.config import HarnessConfig
    from harness.parallel import PAGES_PER_WORKER, resolve_jobs

    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert HarnessConfig().jobs is None
    assert resolve_jobs(None, 1) == 1
    assert resolve_jobs(None, 2 * PAGES_PER_WORKER) == 2
    assert resolve_jobs(None, 1000) == 4
    assert resolve_jobs(0, 1) == 4 and resolve_jobs(3, 1) == 3
    assert HarnessConfig().with_overrides(jobs=2).jobs == 2


def test_jobs_auto_in_a_config_file(tmp_path: Path) -> None:
    from harness.config import ConfigError, load_config

    (tmp_path / "harness.toml").write_text('jobs = "auto"\n')
    assert load_config(tmp_path).jobs is None
    (tmp_path / "harness.toml").write_text('jobs = "many"\n')
    with pytest.raises(ConfigError, match="jobs must be"):
        load_config(tmp_path)
