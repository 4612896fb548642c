"""``results.json`` is valid, schema-valid JSON for any record an extractor returns; runs are crash-safe."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from harness import results, runner, safejson
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.fsutil import atomic_write_chunks, dumps_stable, remove_stale
from harness.model import Finding, PageResult, RunResult
from harness.page import Page
from harness.resources import load_schema
from spine.helpers import article_html, make_cassette, no_gx_checks, write_no_gx_config

TESTS = Path(__file__).resolve().parent.parent


class Opaque:
    def __repr__(self) -> str:
        raise RuntimeError("no repr for you")


def _deep(levels: int) -> Any:
    value: Any = "bottom"
    for _ in range(levels):
        value = [value]
    return value


#: page marker -> (extra record fields, JSON path the record.unserializable finding must name)
HOSTILE: dict[str, tuple[dict[Any, Any], str]] = {
    "intkey": ({"extra": {1: "one", (2, 3): "tuple"}}, "$.extra"),
    "surrogate": ({"title": "broken \udfff half"}, "$.title"),
    "nan": ({"score": math.nan}, "$.score"),
    "infinity": ({"scores": [1.0, math.inf, -math.inf]}, "$.scores[1]"),
    "bytes": ({"body": b"raw \xff bytes"}, "$.body"),
    "object": ({"extra": Opaque()}, "$.extra"),
    "deep": ({"extra": _deep(5000)}, "$.extra"),
    "bigint": ({"count": 10**5000}, "$.count"),
}


def unsafe(page: Page) -> dict[Any, Any]:
    record: dict[Any, Any] = {"title": "Plain title", "published": "2025-03-04", "body": "Some text here."}
    for marker, (fields, _where) in HOSTILE.items():
        if f"MARK-{marker}-" in page.text:
            record.update(fields)
    if "MARK-hugetitle-" in page.text:
        record["title"] = "A" * 5_000_000
    if "MARK-markup-" in page.text:
        record["title"] = "Budget vote <b>passes</b>"
    return record


def _validator() -> Draft202012Validator:
    schema = load_schema("results.schema.json")
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _strict_load(path: Path) -> Any:
    def refuse(token: str) -> None:
        raise ValueError(f"invalid JSON token {token}")

    raw = path.read_bytes()
    return json.loads(raw.decode("utf-8", errors="strict"), parse_constant=refuse)


def test_any_record_gives_valid_results(tmp_path: Path) -> None:
    root = tmp_path / "c"
    for marker in [*HOSTILE, "hugetitle", "markup"]:
        make_cassette(root, "harbor.example", marker, article_html(f"MARK-{marker}-"))
    ctx = runner.RunContext(
        HarnessConfig(root=tmp_path, checks=no_gx_checks()), FunctionExtractor("unsafe", unsafe, "1")
    ).prepare()
    run = runner.run(ctx, cassette.discover(root), source="t")
    paths = results.write_run(run, tmp_path / "reports")
    data = _strict_load(paths.results)
    assert not [e.message for e in _validator().iter_errors(data)]
    pages = {p["id"].split("/")[1]: p for p in data["pages"]}
    for marker, (_fields, where) in HOSTILE.items():
        found = [f for f in pages[marker]["findings"] if f["check"] == "record.unserializable"]
        assert found and found[0]["field"].startswith(where), (marker, found)
        assert pages[marker]["record"] is not None
    huge = [f for f in pages["hugetitle"]["findings"] if f["check"] == "record.title_suspect"]
    assert huge and huge[0]["severity"] == "error" and "5000000 characters" in huge[0]["message"]
    markup = [f for f in pages["markup"]["findings"] if f["check"] == "title.markup_leak"]
    assert markup and markup[0]["excerpt"] == "<b>" and markup[0]["severity"] == "error"
    assert not [f for f in pages["markup"]["findings"] if f["check"] == "record.title_suspect"]  # one finding
    for page in data["pages"]:
        for finding in page["findings"]:
            assert len(finding.get("excerpt") or "") <= safejson.EXCERPT_MAX + 40
            assert len(finding["message"]) <= safejson.MESSAGE_MAX + 40
    assert paths.results.stat().st_size < 3 * safejson.MAX_STRING  # the 5 MB title is clipped


def test_sanitize_reports_and_replaces_each_value() -> None:
    problems: list[str] = []
    safe = safejson.sanitize({"a": math.nan, 3: "x", "s": "\ud800", "b": b"\x00"}, "$", problems)
    assert safe == {"a": None, "3": "x", "s": "\ufffd", "b": "\x00"}
    assert len(problems) == 4
    json.dumps(safe, allow_nan=False).encode("utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_next_run_removes_leftovers_of_dead_writers_only(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    dead, live = _dead_pid(), os.getpid()
    stale_dir = reports / f".20250101T000000Z-00001.partial-{dead}"
    stale_dir.mkdir(parents=True)
    (stale_dir / "results.json").write_text("{")
    stale_tmp = reports / f".results.json.{dead}.abc123.tmp"
    stale_tmp.write_text("half")
    live_tmp = reports / f".results.json.{live}.abc123.tmp"
    live_tmp.write_text("being written")
    make_cassette(tmp_path / "c", "harbor.example", "good", article_html("Good"))
    ctx = runner.make_context(HarnessConfig(root=tmp_path, checks=no_gx_checks()), "generic")
    paths = results.write_run(runner.run(ctx, cassette.discover(tmp_path / "c"), source="t"), reports)
    assert not stale_dir.exists() and not stale_tmp.exists() and live_tmp.exists()
    assert sorted(p.name for p in reports.iterdir()) == sorted([paths.folder.name, "latest", live_tmp.name])
    assert remove_stale(reports) == []


HANGER = """
import os, time
from pathlib import Path

def ext(page):
    Path(os.environ["HANG_MARK"]).write_text(str(os.getpid()))
    while True:
        try:
            time.sleep(0.05)
        except BaseException:
            continue
"""


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_kill_9_leaves_no_run_folder_and_no_worker(tmp_path: Path) -> None:
    make_cassette(tmp_path / "cassettes", "harbor.example", "hang", article_html("Hang"))
    write_no_gx_config(tmp_path, "page_timeout = 600")
    (tmp_path / "hanger.py").write_text(HANGER)
    mark = tmp_path / "worker.pid"
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "HANG_MARK": str(mark)}
    run = subprocess.Popen(
        [sys.executable, "-m", "harness", "run", "cassettes", "-e", "hanger:ext", "--reports", "out", "-q"],
        cwd=tmp_path,
        env=env,
    )
    deadline = time.monotonic() + 120
    while not (mark.exists() and mark.read_text()) and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # polling the state asserted on (the worker is inside the extractor), not a delay
    assert mark.exists(), "the worker never reached the extractor"
    worker = int(mark.read_text())
    os.kill(run.pid, signal.SIGKILL)
    run.wait(30)
    while not _gone(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(worker), "the worker outlived the killed runner"
    out = tmp_path / "out"
    assert not out.exists() or not [p for p in out.iterdir() if not p.name.startswith(".")]


def test_an_interrupted_approve_is_reported_and_resumed(tmp_path: Path) -> None:
    from harness.regression import journal

    root = tmp_path / "cassettes"
    for slug in ("one", "two", "three"):
        make_cassette(root, "harbor.example", slug, article_html(f"Story {slug}"))
    write_no_gx_config(tmp_path)
    # what an approve killed halfway leaves: its journal, naming a process that is gone
    (root / journal.JOURNAL_NAME).write_text(
        json.dumps(
            {
                "format": journal.FORMAT,
                "started_at": "2025-03-05T00:00:00Z",
                "pid": _dead_pid(),
                "pending": ["harbor.example/one", "harbor.example/three"],
            }
        )
    )

    def approve(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "harness", "approve", "--cassettes", "cassettes", "-q", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=180,
        )

    done = approve("harbor.example/two")
    assert done.returncode == 0, done.stderr
    assert "did not finish" in done.stderr and "harbor.example/one, harbor.example/three" in done.stderr
    assert "--resume" in done.stderr
    done = approve("--resume")
    assert done.returncode == 0, done.stderr
    approved = sorted(p.name for p in (root / "harbor.example").glob("*.approved.json"))
    assert approved == ["one.approved.json", "three.approved.json", "two.approved.json"]
    assert not (root / journal.JOURNAL_NAME).exists()
    done = approve("--resume")
    assert done.returncode == 2 and "nothing to resume" in done.stderr


class _Str(str):
    pass


class _Int(int):
    pass


@pytest.mark.parametrize(
    "data",
    [
        {"a\u2028b": ['\x00\x1f"\\ é 😀 \ud7ff', 1.5e-7, 10**20, -0.0, 1e300, True, False, None]},
        {"z": {}, "b": [1, {"c": [], "d": [[]]}], "": ({"x": 0.1},), "e": 3.0},
        [],
        {"nested": [[[[{"k": "v"}]]]]},
    ],
)
def test_results_text_is_dumps_stable_byte_for_byte(data: Any) -> None:
    from harness.fsutil import dumps_stable

    assert results._stable(data) == dumps_stable(data)


@pytest.mark.parametrize("data", [{_Str("sub"): 1}, {"k": _Int(3)}, {"k": {1: "int key"}}, {"k": math.inf}])
def test_results_text_leaves_unusual_values_to_the_json_module(data: Any) -> None:
    with pytest.raises(results._Unusual):
        results._stable(data)


def test_results_json_of_a_run_is_dumps_stable_byte_for_byte(tmp_path: Path) -> None:
    """The whole ``results.json`` of a run with hostile records: the same bytes the json module writes."""
    from harness.fsutil import dumps_stable

    make_cassette(tmp_path / "c", "a.example", "one", article_html("One"))
    make_cassette(tmp_path / "c", "a.example", "two", article_html("Two"))

    def odd(page: Page) -> dict[str, Any]:
        return {"title": "T\u2028\x00é", "body": "x\ud800y", "authors": [math.nan, 1e-9], "extra": {3: 1}}

    ctx = runner.RunContext(HarnessConfig(root=tmp_path), FunctionExtractor("odd", odd, "1")).prepare()
    run = runner.run(ctx, cassette.discover(tmp_path / "c"), source="test", jobs=1)
    data = safejson.sanitize(results.run_to_dict(run), limit=safejson.MAX_DEPTH + 16)
    assert results.dumps(run) == results._stable(data) == dumps_stable(data)
    assert json.loads(results.dumps(run))["pages"][0]["record"]["title"] == "T\u2028\x00é"


@pytest.mark.parametrize(
    "data",
    [
        {"ok": ["plain", 1, 2.5, None, True, {"k": []}]},
        {"surrogate in a value": "x\ud800y"},
        {"surrogate in a key \udfff": 1},
        {"long": "x" * (safejson.MAX_STRING + 1)},
        {"k" * (safejson.KEY_MAX + 1): 1},
        {"many": list(range(safejson.MAX_ITEMS + 1))},
        {"wide": {str(n): n for n in range(safejson.MAX_ITEMS + 1)}},
        {"big": 1 << (safejson.MAX_INT_BITS + 1)},
        {"deep": functools.reduce(lambda inner, _: [inner], range(results._LIMIT + 2), [])},
        {"just deep enough": functools.reduce(lambda inner, _: [inner], range(results._LIMIT - 2), [])},
        {"nan": math.nan},
        {1: "int key"},
        {"when": dt.date(2024, 1, 2)},
    ],
    ids=lambda data: next(iter(data)) if isinstance(data, dict) else "data",
)
def test_unsanitised_text_is_the_sanitised_documents_or_refused(data: Any) -> None:
    """``results.dumps`` writes the document unsanitised only when sanitising would change nothing: the
    checked writer gives the sanitised document's very text, or refuses."""
    clean = safejson.sanitize(data, limit=results._LIMIT)
    try:
        text = results._checked(data)
    except results._Unusual:
        assert clean != data  # sanitising changes something: the document goes through it
        return
    assert clean == data
    assert text + "\n" == results._stable(clean) == dumps_stable(clean)


def test_every_page_and_finding_of_a_large_run_is_in_results_json(tmp_path: Path) -> None:
    """More pages and run-level findings than ``sanitize`` keeps items of a record's list (10,000): none is
    clipped (whole-document sanitising used to keep the first 10,000 pages), and the file written piece by
    piece is the text ``dumps`` gives."""
    n = safejson.MAX_ITEMS + 1
    pages = tuple(
        PageResult(f"p{i}", "a.example", f"https://a.example/{i}", None, "x", {"title": "T", "body": "B"}, ())
        for i in range(n)
    )
    findings = tuple(
        Finding("title.duplicate", "error", "$.title", f"dup {i}", site="a.example") for i in range(n)
    )
    odd = replace(pages[5], record={"title": "x\ud800y", "body": "B"})  # one page that needs sanitising
    pages = (*pages[:5], odd, *pages[6:])
    times = ("2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z")
    run = RunResult("r", *times, "v", ("x",), "d", "", pages, findings, {})
    atomic_write_chunks(tmp_path / "results.json", results.chunks(run))  # as write_run writes it
    text = (tmp_path / "results.json").read_text(encoding="utf-8")
    assert text == results.dumps(run)
    data = json.loads(text)
    assert [p["id"] for p in data["pages"]] == [f"p{i}" for i in range(n)]
    assert len(data["findings"]) == n and data["summary"]["pages"] == n
    assert data["pages"][5]["record"]["title"] == "x\ufffdy"



def test_the_previous_run_is_read_without_records_whatever_its_layout(tmp_path: Path) -> None:
    """``previous_run`` reads ``results.json`` a page at a time with the records left out; a file laid out
    otherwise (compact, or with no pages) is read whole, to the same result."""
    pages = tuple(
        PageResult(
            f"p{i}",
            "a.example",
            f"https://a.example/{i}",
            None,
            "x",
            {"title": "T", "body": 'B\n  "pages": [\n    {' * i, "emoji": "😀"},
            (Finding("body.too_short", "warning", "$.body", "short", excerpt="B"),),
        )
        for i in range(3)
    )
    times = ("2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z")
    site_level = (Finding("date.coverage", "error", "$", "m", site="a.example"),)
    run = RunResult("r", *times, "v", ("x",), "d", "", pages, site_level, {})
    written = tmp_path / "results.json"
    for text in (
        results.dumps(run),
        json.dumps(json.loads(results.dumps(run))),  # compact: no layout to slice by
        results.dumps(replace(run, pages=())),
    ):
        written.write_text(text, encoding="utf-8")
        expected = results.load(written)
        lean = results.load_without_records(written)
        assert lean == replace(expected, pages=tuple(replace(p, record=None) for p in expected.pages))
        assert len(lean.pages) == len(expected.pages) and lean.findings == run.findings
    assert results.load_without_records(written).pages == ()  # the last text has no pages
