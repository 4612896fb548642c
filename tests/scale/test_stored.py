"""Pass 1 keeps each chunk's page results for pass 2 (harness.scale.stored): the findings are the in-memory
path's for Parquet input above the limit too, and a check that raises in pass 1 costs its chunk alone."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import scale_data
from harness.checks import jsonl
from harness.checks.text import clip
from harness.config import load_config
from harness.runner import RunContext
from harness.scale.local import run_local


def _context(tmp_path: Path) -> RunContext:
    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    return RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()


def _records(corpus_dir: Path) -> list[dict[str, Any]]:
    records = list(scale_data.records(corpus_dir, 300, sites=4))
    for i in range(0, 300, 50):  # a URL an earlier chunk had: the page id changes in pass 2
        records[i + 45] = {**records[i + 45], "url": records[i]["url"]}
    return records


def _table(run: Any) -> Counter[tuple[str, str, str, str]]:
    with gzip.open(run.sink.close(), "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return Counter((r["page_id"], r["check"], r["field"], r["message"]) for r in rows)


def _row(page_id: str, f: Any) -> tuple[str, str, str, str]:
    return page_id, f.check, f.field, clip(f.message, 400)  # the table clips messages to 400 characters


def test_parquet_above_the_limit_same_as_in_memory(tmp_path: Path, corpus_dir: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from harness.runner import finish_run

    path = tmp_path / "crawl.parquet"
    pq.write_table(pa.Table.from_pylist(_records(corpus_dir)), path, row_group_size=70)
    ctx = _context(tmp_path)
    memory = finish_run(jsonl.check_file(path, ctx), ctx, started_at="t", source=str(path))
    expected = Counter(_row(p.id, f) for p in memory.pages for f in p.findings)
    run = run_local(path, ctx, jobs=2, size=40, limit=100, folder=tmp_path / "run")
    assert run.pages is None
    table = _table(run)
    renamed = {pid.rsplit("-line-", 1)[1] for pid, *_ in table if "-line-" in pid}
    assert renamed == {"46", "96", "146", "196", "246", "296"}
    assert table == expected


def test_a_check_raising_in_pass_one_costs_its_chunk_alone(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from harness.checks import page

    records = list(scale_data.records(corpus_dir, 120, sites=3))
    records[65]["body"] += "\n\nBOOM"
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    real_edges = page.check_edges  # type: ignore[attr-defined]  # page's own name for edges.check_edges

    def edges(emit: Any, body: str) -> None:
        if body.endswith("BOOM"):
            raise RuntimeError("a bug in a check")
        real_edges(emit, body)

    monkeypatch.setattr(page, "check_edges", edges)
    run = run_local(path, _context(tmp_path), jobs=2, size=40)
    assert run.pages is not None and len(run.pages) == 120
    lost = [p.id for p in run.pages if p.findings and p.findings[0].check == "harness.worker_lost"]
    assert lost == [f"jsonl/line-{n}" for n in range(41, 81)]  # the chunk of line 66, checked again
    assert all(not p.findings or p.findings[0].check != "harness.worker_lost" for p in run.pages[80:])


def test_a_chunk_that_cannot_be_kept_is_checked_again(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk in pass 1 (here: every chunk but the first) changes no finding: pass 2 gets those
    chunks' lines and checks them as it did before pages were kept."""
    from harness.scale import stored

    path = scale_data.write_jsonl(corpus_dir, 150, tmp_path / "gen.jsonl", sites=3)
    ctx = _context(tmp_path)
    whole = run_local(path, ctx, size=50)
    real = stored.write

    def full(folder: str, first: int, *args: Any) -> None:
        if first > 1:
            raise OSError(28, "No space left on device")
        real(folder, first, *args)

    monkeypatch.setattr(stored, "write", full)
    sent: list[bool] = []
    from harness.scale import work

    check = work.check_chunk

    def counted(chunk: Any) -> Any:
        sent.extend(raw.line is not None for raw in chunk)
        return check(chunk)

    monkeypatch.setattr(work, "check_chunk", counted)
    degraded = run_local(path, ctx, size=50)
    assert sent[50:] == [True] * 100 and not all(sent[:50])  # chunks 2 and 3 whole, chunk 1 thinned
    assert whole.pages is not None and degraded.pages is not None
    assert [(p.id, p.findings) for p in degraded.pages] == [(p.id, p.findings) for p in whole.pages]
    assert degraded.per_page == whole.per_page and degraded.run_findings == whole.run_findings
