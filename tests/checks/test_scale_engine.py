"""The streaming engine gives the in-memory path's findings, one by one, on real and generated records."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import scale_data
from harness.checks import jsonl
from harness.config import load_config
from harness.model import RunResult
from harness.runner import RunContext, finish_run
from harness.scale.local import ScaleRun, run_local


def _context(tmp_path: Path, checks: str = "") -> RunContext:
    (tmp_path / "pyproject.toml").write_text(f"[tool.harness]\n{checks}", encoding="utf-8")
    return RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()


def _memory(path: Path, ctx: RunContext) -> RunResult:
    return finish_run(jsonl.check_file(path, ctx), ctx, started_at="t", source=str(path))


def _engine_pages(run: ScaleRun) -> dict[str, list[dict[str, Any]]]:
    assert run.pages is not None
    return {p.id: [f.to_dict() for f in (*p.findings, *run.per_page.get(p.id, []))] for p in run.pages}


def _plain(finding: Any) -> dict[str, Any]:
    """A finding without the verdict labels that finish_run adds after the engine (harness.verdict)."""
    return {k: v for k, v in finding.to_dict().items() if k not in ("gate", "baseline")}


def _assert_same(memory: RunResult, run: ScaleRun) -> None:
    expected = {p.id: [_plain(f) for f in p.findings] for p in memory.pages}
    got = _engine_pages(run)
    assert list(got) == list(expected)
    for page_id, findings in expected.items():
        assert got[page_id] == findings, page_id
    assert [_plain(f) for f in run.run_findings] == [_plain(f) for f in memory.findings]


def _corpus_lines(corpus_dir: Path) -> list[str]:
    """The corpus' ground truth as crawl output, plus what makes every dataset check fire."""
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus_dir.glob("*/*.json"))]
    records = [
        {k: t.get(k) for k in ("url", "title", "published", "body")} | {"captured_at": "2026-12-01T00:00:00Z"}
        for t in truths
        if isinstance(t, dict) and "source_dataset" in t
    ]
    assert len(records) > 150
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for i, r in enumerate(records[:40]):  # copies on other URLs: duplicate titles and bodies
        lines.append(json.dumps({**r, "url": f"{r['url']}?copy={i}"}, ensure_ascii=False))
    lines += [json.dumps(records[0]), "{broken", "[1]", ""]  # a repeated URL and invalid lines
    for i in range(8):  # a site whose pages share a footer line (recurring boilerplate)
        body = f"Story number {i} tells a different tale.\n\nSubscribe to the Daily Bugle for more news."
        url = f"https://bugle.example.com/s/{i}"
        lines.append(json.dumps({"url": url, "title": f"Tale {i}", "body": body}))
    long = [r["title"] for r in records if len(r.get("title") or "") > 40]
    body = "A story that ends on a related-headlines list.\n\n" + "\n".join([long[0], long[-1].upper()])
    lines.append(json.dumps({"url": "https://related.example.org/a", "title": "Related", "body": body}))
    for i, year in enumerate((2011, 2016, 2021)):  # a copyright line's years taken for the dates
        page = {
            "url": f"https://almanac.example.net/p/{i}",
            "title": f"Almanac page {i}",
            "body": f"Page {i} of the almanac.",
        }
        lines.append(json.dumps(page | {"published": f"{year}-01-01"}))
    for i in range(3):  # this year's copyright line on a crawl of December: one year, captured late
        page = {"url": f"https://calendar.example.org/e/{i}", "title": f"Event {i}", "body": f"Event {i}."}
        lines.append(json.dumps(page | {"published": "2026-01-01", "captured_at": "2026-12-01T00:00:00Z"}))
    for i in range(5):  # an upload folder's month read as the date: the first of five months
        page = {"url": f"https://uploads.example.net/p/{i}", "title": f"Upload {i}", "body": f"Upload {i}."}
        lines.append(json.dumps(page | {"published": f"2019-{3 + i:02d}-01"}))
    for i, site in enumerate(("a.example", "b.example", "c.example")):  # a consent heading as the title
        tale = ("the harbour", "a bridge", "the museum")[i]  # three stories (a line's digits are masked)
        body = f"Story {i} of three.\n\nIts longest line tells the tale of {tale} and no other."
        lines.append(
            json.dumps({"url": f"https://{site}/s/{i}", "title": "We value your privacy", "body": body})
        )
    return lines  # the titles are on lines 1 and ~150, chunks of 37: the run's titles, not the chunk's


@pytest.mark.parametrize("jobs", [1, 2])
def test_corpus_records_same_findings(tmp_path: Path, corpus_dir: Path, jobs: int) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(_corpus_lines(corpus_dir)) + "\n", encoding="utf-8")
    ctx = _context(tmp_path)
    memory = _memory(path, ctx)
    fired = Counter(f.check for p in memory.pages for f in p.findings)
    checks = ("title.duplicate", "body.duplicated", "boilerplate.recurring", "input.invalid_line")
    for check in (*checks, "boilerplate.other_title", "date.year_only", "date.month_only", "title.template"):
        assert fired[check], check  # the comparison below covers every dataset check
    assert fired["body.too_short"] and fired["boilerplate.pattern"]  # decided by the run's one validation
    years = [f.message for p in memory.pages for f in p.findings if f.check == "date.year_only"]
    # the six planted, and a corpus page dated 1 January without a time (and its copy): the run's pile
    assert len(years) == 8 and sum("each page captured a week or more" in m for m in years) == 3
    assert fired["date.month_only"] == 5
    assert fired["title.template"] == 3
    assert {"rate.title_duplicate", "rate.body_too_short"} <= {f.check for f in memory.findings}
    _assert_same(memory, run_local(path, ctx, jobs=jobs, size=37))


def test_generated_records_same_findings(tmp_path: Path, corpus_dir: Path) -> None:
    path = scale_data.write_jsonl(corpus_dir, 600, tmp_path / "gen.jsonl", sites=4)
    checks = 'date = { coverage = 0.95 }\nboilerplate = { extra_patterns = ["^sign up for the "] }\n'
    ctx = _context(tmp_path, "[tool.harness.checks]\n" + checks)  # the site's sign-up line: rate.boilerplate
    memory = _memory(path, ctx)
    fired = {f.check for f in memory.findings}
    assert {"date.coverage", "boilerplate.recurring", "rate.boilerplate"} <= fired
    assert "boilerplate.pattern" in {f.check for p in memory.pages for f in p.findings}
    _assert_same(memory, run_local(path, ctx, jobs=2, size=150))


def test_row_local_expectations_are_validated_once_per_run(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One Great Expectations validation decides body.too_short / boilerplate.pattern for every chunk."""
    from harness.checks import gx

    calls: list[int] = []
    real = gx.validate

    def counted(columns: Any) -> Any:
        calls.append(len(columns["page_id"]))
        return real(columns)

    monkeypatch.setattr(gx, "validate", counted)
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(_corpus_lines(corpus_dir)) + "\n", encoding="utf-8")
    run = run_local(path, _context(tmp_path), jobs=1, size=20)
    assert len(calls) == 1 and calls[0] > 100  # every page with a body (chunks of 20) in one frame
    assert any(f.check == "body.too_short" for found in run.per_page.values() for f in found)


def test_above_the_limit_findings_go_to_a_table(tmp_path: Path, corpus_dir: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(_corpus_lines(corpus_dir)) + "\n", encoding="utf-8")
    ctx = _context(tmp_path)
    memory = _memory(path, ctx)
    run = run_local(path, ctx, jobs=1, size=50, limit=100, folder=tmp_path / "run")
    assert run.pages is None and run.sink is not None
    table = run.sink.close()
    with gzip.open(table, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    expected = Counter((p.id, f.check, f.severity, f.field) for p in memory.pages for f in p.findings)
    assert Counter((r["page_id"], r["check"], r["severity"], r["field"]) for r in rows) == expected
    summary = run.sink.tally.summary(run.run_findings)
    for key in ("pages", "sites", "pages_with_errors", "pages_without_record"):
        assert summary[key] == memory.summary[key], key
    assert summary["findings_by_check"] == memory.summary["findings_by_check"]
    assert all(len(bucket) <= 20 for bucket in run.sink.tally.sample.values())


def _dies_on_line_11(chunk: Any) -> Any:
    """check_chunk, except that the worker dies (as in a crash in native code) on the chunk of line 11."""
    import os

    from harness.scale import work

    if any(raw.number == 11 for raw in chunk):
        os._exit(3)
    return work.check_chunk(chunk)


def test_a_dead_worker_costs_its_chunk_alone(tmp_path: Path) -> None:
    from harness.scale import local

    path = tmp_path / "crawl.jsonl"
    record = {"title": "A title", "body": "x" * 300}
    lines = [json.dumps({**record, "url": f"https://n.example.com/s/{i}"}) for i in range(40)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ctx = _context(tmp_path, '[tool.harness.checks]\ndisable = ["body", "boilerplate"]\n')  # no GX: quick
    setup = local.work.Setup(ctx)
    chunks = [c for c in local.chunks(path, 10)]
    out = list(local._map(_dies_on_line_11, iter(chunks), 2, setup, local._lost))
    assert [len(result.pages) for _, result in out] == [10, 10, 10, 10]  # every line is accounted for
    pages = [p for _, result in out for p in result.pages]
    lost = [p for p in pages if p.findings and p.findings[0].check == "harness.worker_lost"]
    assert len(lost) == 10 and {p.id for p in lost} == {f"jsonl/line-{n}" for n in range(11, 21)}
