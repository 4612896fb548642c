"""``harness check`` above the size limit: findings table, summary results.json, summary-only report."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from harness.cli import main
from harness.resources import load_schema
from harness.scale.sink import SAMPLE_PER_CHECK
from tests.checks.helpers import ARTICLE

CHROMIUM = Path("/usr/bin/chromium")
XSS = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


def _crawl(root: Path, n: int) -> Path:
    folder = root / "crawl"
    folder.mkdir()
    lines = []
    for i in range(n):
        record = {
            "url": f"https://news{i % 3}.example.com/story/{i}",
            "title": f"Budget vote number {i}" if i % 7 else XSS,
            "body": ARTICLE + ("\n\nRead more" if i % 2 else f"\n\n{XSS}"),
            "published": "2025-06-03T08:00:00+02:00" if i % 4 else None,
            "extractor": "crawler",
        }
        lines.append(json.dumps(record))
    lines.insert(5, "{broken")
    with gzip.open(folder / "part-1.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines[:60]) + "\n")
    (folder / "part-2.jsonl").write_text("\n".join(lines[60:]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def table_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scale-run")
    (root / "pyproject.toml").write_text('[tool.harness]\nreports = "out"\n', encoding="utf-8")
    crawl = _crawl(root, 150)
    config = str(root / "pyproject.toml")
    code = main(["check", str(crawl), "-q", "--limit", "40", "-j", "2", "--config", config])
    assert code == 1  # markup leaks are errors
    return next((root / "out").glob("2*"))


def test_results_hold_the_summary_and_point_at_the_table(table_run: Path) -> None:
    results = json.loads((table_run / "results.json").read_text(encoding="utf-8"))
    schema = load_schema("results.schema.json")
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(results)
    assert results["pages"] == [] and results["summary"]["pages"] == 151
    scale = results["scale"]
    assert scale["findings_table"] == "findings.jsonl.gz"
    with gzip.open(table_run / scale["findings_table"], "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert (
        len(rows)
        == scale["table_rows"]
        == sum(results["summary"]["findings_by_check"].values()) - len(results["findings"])
    )
    assert {"page_id", "site", "url", "check", "severity", "field", "message", "excerpt"} == set(rows[0])
    assert any(r["check"] == "input.invalid_line" and r["page_id"] == "jsonl/line-6" for r in rows)
    assert sum(s["pages"] for s in scale["per_site"].values()) == 151
    assert all(0 < len(pages) <= SAMPLE_PER_CHECK for pages in scale["sample"].values())


def test_report_is_a_bounded_summary_with_everything_escaped(table_run: Path) -> None:
    html = (table_run / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html  # hostile excerpts arrive as text
    assert "&lt;script&gt;" in html
    assert 'href="findings.jsonl.gz"' in html and "body.markup_leak" in html
    assert len(html.encode()) < 2_000_000


def test_report_opens_in_a_browser(table_run: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto((table_run / "index.html").as_uri())
        page.locator("#checks tbody tr").first.wait_for()
        assert page.title() != "pwned" and "pwned" not in page.title()
        assert page.locator("#checks tbody tr").count() >= 5
        assert page.locator("details.sample-check").count() >= 5
        browser.close()
    assert errors == []


def test_spark_without_java_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "crawl.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))  # no java here
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(SystemExit) as info:
        main(["check", "--engine", "spark", "crawl.jsonl"])
    assert info.value.code == 2
    assert "--engine spark needs" in capsys.readouterr().err


@pytest.fixture(scope="module")
def worst_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of a million-page run with every bound of the summary report filled at once.

    The report's size depends on the pages only through its bounds (checks, sites shown, run findings shown,
    samples per check, findings per sample, clipped messages and excerpts), so a tally that fills each bound
    with the longest text allowed is the largest report any number of pages can give."""
    from harness.model import Finding, PageResult, RunResult
    from harness.scale.results import write_table_run
    from harness.scale.sink import TableSink

    root = tmp_path_factory.mktemp("worst-report")
    sink = TableSink(root / "run")
    long = "Ω" + "x" * 1_000 + XSS  # clipped by the table row, escaped in the report
    checks = [f"check.number_{c:02d}" for c in range(60)]
    for n in range(240):  # each page fails 12 of the 60 checks: every check gets a full sample of 20 pages
        site = f"site-{n % 5_000:04d}.example.com"
        page = PageResult(
            id=f"{site}/page-{n}",
            site=site,
            url=f"https://{site}/{n}",
            cassette=None,
            extractor="crawler",
            record={},
            findings=(),
        )
        found = [Finding(checks[(n + k) % 60], "error", "$.body", long, long) for k in range(12)]
        sink.page(page, found)
    sink.tally.pages = 1_000_000
    for n in range(5_000):  # many sites, each with counts
        sink.tally.site_pages[f"site-{n:04d}.example.com"] += 200
        sink.tally.by_site.setdefault(f"site-{n:04d}.example.com", Counter())[checks[n % 60]] += 1
    run_findings = tuple(
        Finding("boilerplate.recurring", "error", "$.body", long, long, site=f"s{n}") for n in range(2_000)
    )
    run = RunResult(
        run_id="r",
        started_at="t",
        finished_at="t",
        harness_version="0",
        extractors=("crawler",),
        config_digest="d",
        source="crawl",
        pages=(),
        findings=run_findings,
        summary=sink.tally.summary(run_findings),
    )
    return write_table_run(run, sink, root / "run", root, "local").report


def test_worst_case_report_stays_under_15_mb_and_opens(worst_report: Path) -> None:
    size = worst_report.stat().st_size
    assert 1_000_000 < size < 15 * 2**20, size  # every bound filled, and still well under the goal
    html = worst_report.read_text(encoding="utf-8")
    assert "<script" not in html and "&lt;script&gt;" in html
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(worst_report.as_uri())
        page.locator("details.sample-check").last.wait_for(state="attached")
        assert page.locator("#checks tbody tr").count() >= 60
        assert page.locator("details.sample-check").count() >= 60
        assert "pwned" not in page.title()
        browser.close()
    assert errors == []


def test_worst_case_results_json_holds_the_summary_only(worst_report: Path) -> None:
    """results.json above the limit is bounded too: the full per-site counts and run findings go to their
    own tables beside it, and the sampled pages are named, not copied (their findings are in the table)."""
    from harness.scale.results import RUN_FINDINGS_KEPT, RUN_TABLE, SITES_KEPT, SITES_TABLE

    results = worst_report.parent / "results.json"
    assert results.stat().st_size < 2 * 2**20, results.stat().st_size
    data = json.loads(results.read_text(encoding="utf-8"))
    scale = data["scale"]
    assert len(data["findings"]) == RUN_FINDINGS_KEPT and scale["run_findings_total"] == 2_000
    assert all(len(f["message"]) <= 400 for f in data["findings"])
    assert len(scale["per_site"]) == SITES_KEPT and scale["sites_total"] == 5_000
    assert all(set(e) == {"id", "site", "url"} for entries in scale["sample"].values() for e in entries)
    with gzip.open(worst_report.parent / RUN_TABLE, "rt", encoding="utf-8") as fh:
        run_rows = [json.loads(line) for line in fh]
    assert len(run_rows) == 2_000 and {r["site"] for r in run_rows} == {f"s{n}" for n in range(2_000)}
    with gzip.open(worst_report.parent / SITES_TABLE, "rt", encoding="utf-8") as fh:
        sites = [json.loads(line) for line in fh]
    assert len(sites) == 5_000 and sum(s["pages"] for s in sites) == 5_000 * 200 + 240
