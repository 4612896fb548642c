"""The in-process engine runs its passes with a young collection every ``local.YOUNG`` net allocations: safe
because a record's checks make no reference cycles (but for a schema error's few), so a collection finds
next to nothing to free and mostly walks what the pass keeps a while. These tests run whole runs with the
collector off and count what it would have freed, and check the setting is the passes' only."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path

from bench import scale_data
from harness.config import load_config
from harness.runner import RunContext
from harness.scale import local


def _context(tmp_path: Path) -> RunContext:
    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    return RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()


def _lines(corpus_dir: Path, n: int) -> Iterator[str]:
    """Generated records, records of distinct lines, real extractor-like truths and broken lines: every
    path of a pass (page checks, units, invalid lines, repeated URLs and bodies)."""
    for i in range(n):
        yield json.dumps(scale_data.record(corpus_dir, i, distinct=i % 3 == 1), ensure_ascii=False)
        if i % 50 == 0:
            yield '{"url": "https://example.org/a", "title": 3, "body": ["x"], "published": "yesterday"}'
            yield "{not json"
            yield json.dumps(scale_data.record(corpus_dir, i))  # a repeated URL and body


def _write(corpus_dir: Path, folder: Path, n: int) -> Path:
    path = folder / f"crawl-{n}.jsonl"
    path.write_text("\n".join(_lines(corpus_dir, n)) + "\n", encoding="utf-8")
    return path


def _freed(data: Path, ctx: RunContext, folder: Path) -> int:
    """The objects in reference cycles a run over ``data`` leaves, the collector off for its passes."""
    gc.collect()
    quiet = local._quiet_collector
    try:
        local._quiet_collector = lambda: (gc.freeze(), gc.disable())  # type: ignore[assignment]
        run = local.run_local(data, ctx, jobs=1, folder=folder, limit=100)
    finally:
        local._quiet_collector = quiet
        gc.enable()
    assert run.sink is not None and run.sink.rows > 0  # the run checked the records and found things
    del run
    return gc.collect()


def test_a_pass_makes_no_reference_cycles(corpus_dir: Path, tmp_path: Path) -> None:
    ctx = _context(tmp_path)
    small, large = _write(corpus_dir, tmp_path, 100), _write(corpus_dir, tmp_path, 1000)
    local.run_local(large, ctx, jobs=1, folder=tmp_path / "warm", limit=100)  # regexes, memories, imports
    few = _freed(small, ctx, tmp_path / "small")
    many = _freed(large, ctx, tmp_path / "large")
    # the run's own cycles (its pool, the validation's objects) whatever its size, and a few a schema
    # error leaves (jsonschema's errors link to each other: about six objects for each of the broken
    # lines); a cycle every record made would come back with each of the 900 records more
    assert many - few < 900, f"{few} objects in reference cycles after 100 records, {many} after 1,000"


def test_the_threshold_is_the_pass_s_only(corpus_dir: Path, tmp_path: Path) -> None:
    data = _write(corpus_dir, tmp_path, 100)
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    sketch = local.work.sketch_chunk

    def spy(chunk):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold())
        return sketch(chunk)

    local.work.sketch_chunk = spy  # type: ignore[assignment]
    try:
        local.run_local(data, _context(tmp_path), jobs=1, folder=tmp_path / "out", limit=100)
    finally:
        local.work.sketch_chunk = sketch  # type: ignore[assignment]
    assert seen and all(t == (local.YOUNG, 20, 10) for t in seen)
    assert gc.get_threshold() == before
