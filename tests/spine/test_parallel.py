"""`--jobs`: several processes give the same results as one, in the same order, with the same guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.page import Page
from harness.parallel import Supervisor
from harness.results import page_to_dict
from harness.worker import Packed
from spine.helpers import article_html, make_cassette, no_gx_checks


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


def test_pages_checked_in_the_workers_come_back_packed_and_open_after_the_workers(tmp_path: Path) -> None:
    """The runner holds a page checked in its worker packed (a fifth of its objects' memory) and opens it
    once every page is in; a packed page that cannot be opened is a harness.error page, not a lost one."""
    _corpus(tmp_path / "c")
    refs = cassette.discover(tmp_path / "c")
    cfg = HarnessConfig(root=tmp_path, page_timeout=1.0)
    ctx = runner.make_context(cfg, "spine.test_runner:_hangs_on_one")
    with Supervisor(ctx, 1, finish=True) as supervisor:
        answers = supervisor.answers(refs)
        assert all(isinstance(a, Packed) for a in answers)  # the timed-out page too: its worker made it
        pages = supervisor.opened(answers, refs)
        broken = supervisor.opened([Packed(b"not a page"), *answers[1:]], refs)
    assert [p.id for p in pages] == [r.id for r in refs]
    assert pages[1:] == broken[1:]
    assert broken[0].id == refs[0].id and broken[0].record is None
    assert [f.check for f in broken[0].findings] == ["harness.error"]
    assert "could not be read" in broken[0].findings[0].message


def test_with_a_core_to_spare_the_runner_loads_each_next_cassette(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runner loads each page's cassette before handing it out, while its worker extracts the page
    before; a cassette that does not load there is loaded (and reported) by the worker as before."""
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
    assert loaded_here == [r.id for r in refs]  # every page, once each: the worker never waits for a file
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


def test_a_worker_holds_its_next_page_while_it_works(tmp_path: Path) -> None:
    """Each worker gets its next page before it answers the one it is on (it never waits for the runner
    between pages), but not at the end of the run, where each remaining page goes to a worker of its own."""
    from collections import deque

    _corpus(tmp_path / "c")
    refs = cassette.discover(tmp_path / "c")
    ctx = runner.make_context(HarnessConfig(root=tmp_path), "generic")
    with Supervisor(ctx, 1, finish=False) as supervisor:
        pending = deque(enumerate(refs))
        supervisor._hand_out(pending, len(refs))
        assert [len(w.jobs) for w in supervisor._workers] == [2]
        assert len(pending) == len(refs) - 2
    with Supervisor(ctx, 2, finish=True) as supervisor:
        pending = deque(enumerate(refs[:4]))
        supervisor._hand_out(pending, 4)  # the fourth page waits for whichever worker is free first
        assert sorted(len(w.jobs) for w in supervisor._workers) == [1, 2] and len(pending) == 1
        pages = supervisor.replay_pages(refs)  # the run goes on from there as usual
    assert [p.id for p in pages] == [r.id for r in refs]


def _big(page: Page) -> dict[str, object]:
    """A record as large as its page: the worker's answers, like the runner's jobs, overflow the pipe."""
    return {"title": "Big", "published": "2025-03-04", "body": page.text}


def test_pages_larger_than_the_pipe_go_both_ways_without_a_deadlock(tmp_path: Path) -> None:
    """With a core to spare, the jobs carry their loaded cassettes (megabytes) to a worker that is busy,
    while its answers carry megabyte records back; neither side may block the other."""
    import threading

    filler = "<p>" + "word " * 400_000 + "</p>"
    for i in range(4):
        make_cassette(tmp_path / "c", "harbor.example", f"big-{i}", article_html(f"Big {i}" + filler))
    refs = cassette.discover(tmp_path / "c")
    cfg = HarnessConfig(root=tmp_path, checks=no_gx_checks())
    ctx = runner.RunContext(cfg, FunctionExtractor("big", _big, "1")).prepare()
    out: list[list[runner.PageResult]] = []
    with Supervisor(ctx, 1, finish=False) as supervisor:
        thread = threading.Thread(target=lambda: out.append(supervisor.replay_pages(refs)), daemon=True)
        thread.start()
        thread.join(120)
        assert not thread.is_alive(), "the runner and its worker are stuck on their pipe"
    assert [len(p.record["body"]) > 1_000_000 for p in out[0] if p.record] == [True] * 4


def test_work_done_ahead_that_fails_costs_no_page(tmp_path: Path) -> None:
    """What the runner does with each result as it comes back (the dataset stage's work, done ahead) is an
    optimisation: if it raises, the run goes on and the stage does that work itself. It is done only with a
    core to spare (the runner does not check the pages)."""
    _corpus(tmp_path / "c")
    refs = cassette.discover(tmp_path / "c")
    ctx = runner.make_context(HarnessConfig(root=tmp_path), "generic")
    seen: list[str] = []

    def broken(page: runner.PageResult) -> None:
        seen.append(page.id)
        raise RuntimeError("a bug in the work done ahead")

    with Supervisor(ctx, 1, finish=False) as supervisor:
        pages = supervisor.replay_pages(refs, meanwhile=broken)
    assert [p.id for p in pages] == [r.id for r in refs] == sorted(seen, key=[r.id for r in refs].index)
    seen.clear()
    with Supervisor(ctx, 1, finish=True) as supervisor:  # no core to spare: the stage does it all at the end
        again = supervisor.replay_pages(refs, meanwhile=broken)
    assert seen == [] and [p.id for p in again] == [p.id for p in pages]
