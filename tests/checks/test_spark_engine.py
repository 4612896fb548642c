"""One set of checks, two engines: Spark (local mode) and the in-process engine agree finding by finding.

Skipped when pyspark (``pip install -e '.[spark]'``) or a Java runtime is missing; CI installs both. A Spark
session costs several seconds, so the module starts one and runs few tests.
"""

from __future__ import annotations

import gzip
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import scale_data
from harness.checks import gx
from harness.config import load_config
from harness.runner import RunContext
from harness.scale.local import run_local

pytest.importorskip("pyspark", reason="the Spark engine needs pip install -e '.[spark]'")
if shutil.which("java") is None:
    pytest.skip("the Spark engine needs a Java runtime (openjdk-17-jre-headless)", allow_module_level=True)

from harness.scale.spark import run_spark, session


@pytest.fixture(scope="module")
def spark() -> object:
    s = session("local[2]")
    yield s
    s.stop()


def _context(tmp_path: Path, checks: str = "") -> RunContext:
    (tmp_path / "pyproject.toml").write_text(f"[tool.harness]\n{checks}", encoding="utf-8")
    return RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()


def _findings(run: object) -> dict[str, list[dict[str, object]]]:
    pages = run.pages  # type: ignore[attr-defined]
    per_page = run.per_page  # type: ignore[attr-defined]
    return {p.id: [f.to_dict() for f in (*p.findings, *per_page.get(p.id, []))] for p in pages}


CHECKS = """[tool.harness.checks]
date = { coverage = 0.95 }
body = { min_chars = 900 }
boilerplate = { extra_patterns = ["^sign up for the "] }
rates = { body_too_short = 0.02 }
"""  # every dataset expectation fails somewhere: too-short bodies, the sites' sign-up line, undated pages


def test_same_records_same_findings_one_by_one(
    tmp_path: Path, corpus_dir: Path, spark: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = scale_data.write_jsonl(corpus_dir, 1000, tmp_path / "gen.jsonl", sites=5)
    with path.open("a", encoding="utf-8") as fh:  # a repeated URL, a copied body, a broken line
        first = json.loads(path.read_text(encoding="utf-8").split("\n", 1)[0])
        fh.write(json.dumps(first) + "\n{broken\n")
        fh.write(json.dumps({**first, "url": first["url"] + "?copy"}) + "\n")
        body = f"A story ending on a related-headlines list.\n\n{first['title']}"  # the first line's title
        related = {"url": "https://related.example.org/a", "title": "Related", "body": body}
        fh.write(json.dumps(related) + "\n")
        for i, year in enumerate((2011, 2016, 2021)):  # a copyright line's years taken for the dates
            almanac = {
                "url": f"https://almanac.example.net/p/{i}",
                "title": f"Almanac {i}",
                "body": f"Page {i} of the almanac.",
            }
            fh.write(json.dumps(almanac | {"published": f"{year}-01-01"}) + "\n")
        for i, site in enumerate(("a.example", "b.example", "c.example")):  # a consent heading as the title
            tale = ("the harbour", "a bridge", "the museum")[i]  # three stories (a line's digits are masked)
            body = f"Story {i} of three.\n\nIts longest line tells the tale of {tale} and no other."
            consent = {"url": f"https://{site}/s/{i}", "title": "We value your privacy", "body": body}
            fh.write(json.dumps(consent) + "\n")
    ctx = _context(tmp_path, CHECKS)
    local = run_local(path, ctx, jobs=1)
    runs: list[list[gx.Outcome]] = []
    real = gx.validate_spark

    def counting(*args: Any) -> list[gx.Outcome]:
        runs.append(real(*args))
        return runs[-1]

    monkeypatch.setattr(gx, "validate_spark", counting)
    remote = run_spark(str(path), ctx)
    expected, got = _findings(local), _findings(remote)
    assert list(got) == list(expected) and len(got) == 1010
    for page_id, findings in expected.items():
        assert got[page_id] == findings, page_id
    assert [f.to_dict() for f in remote.run_findings] == [f.to_dict() for f in local.run_findings]
    fired = Counter(f["check"] for fs in expected.values() for f in fs)
    for check in ("title.duplicate", "body.duplicated", "boilerplate.recurring", "boilerplate.pattern"):
        assert fired[check], check
    assert fired["date.year_only"] == 3  # the run's 1 January pile, decided from pass 1 on the driver
    assert fired["title.template"] == 3  # one title over three stories on three sites
    assert fired["boilerplate.other_title"] == 1  # a title 1,000 lines away: the run's titles, on Spark too
    assert fired["body.too_short"] > 20
    gates = {f.check for f in local.run_findings}
    assert {"date.coverage", "rate.boilerplate", "rate.body_too_short"} <= gates
    # one GX validation on the Spark DataFrame decided them all (no per-chunk pandas validation on Spark)
    assert len(runs) == 1
    failed = {o.check for o in runs[0] if not o.success}
    assert {"body.too_short", "boilerplate.pattern", "date.coverage", "rate.boilerplate"} <= failed
    assert all(o.error is None for o in runs[0])
    short = next(o for o in runs[0] if o.check == "body.too_short")
    assert short.unexpected_count == fired["body.too_short"] and len(short.page_ids) == 20


def test_parquet_above_the_limit_writes_the_table_on_spark(tmp_path: Path, spark: object) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    body = "A council story told in enough words to pass the length check.\n\n" * 5
    records = [
        {"url": f"https://n{i % 2}.example.com/s/{i}", "title": f"Vote {i}", "body": body + f"<b>{i}</b>"}
        for i in range(60)
    ]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "crawl.parquet")
    ctx = _context(tmp_path)
    run = run_spark(str(tmp_path / "crawl.parquet"), ctx, folder=tmp_path / "run", limit=10)
    assert run.pages is None and run.sink is not None
    rows = []
    for part in sorted((tmp_path / "crawl.parquet.findings").glob("*/part-*.json.gz")):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh]
    leaks = [r for r in rows if r["check"] == "body.markup_leak"]
    assert len({r["page_id"] for r in leaks}) == 60 and {r["excerpt"] for r in leaks} == {"<b>", "</b>"}
    assert run.sink.tally.pages == 60 and run.sink.rows == len(rows)


def test_local_mode_gets_a_heap_its_executors_can_use(spark: Any) -> None:
    from harness.scale.spark import local_heap

    # local mode runs the executors in the driver's JVM: Spark's 1 GB default ran out at 100,000 records
    assert spark.sparkContext.getConf().get("spark.driver.memory") == local_heap("local[2]", False, "")
    assert local_heap("local[*]", False, "", ram=24 << 30) == "6g"
    assert local_heap("local[2]", False, "", ram=2 << 30) == "1g"
    assert local_heap("local[2]", False, "", ram=64 << 30) == "8g"
    # the user's own setting wins, and a cluster sizes its driver itself
    assert local_heap("local[2]", True, "") is None
    assert local_heap("local[2]", False, "--driver-memory 2g pyspark-shell") is None
    assert local_heap("spark://head:7077", False, "") is None
