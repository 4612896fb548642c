"""Every page that goes in comes out, as a record or as a finding; one bad page never stops the run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from harness import results, runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.page import Page
from harness.resources import load_schema
from spine.helpers import article_html, make_cassette


def _broken_corpus(root: Path) -> int:
    make_cassette(root, "harbor.example", "good", article_html("Good story"))
    make_cassette(root, "harbor.example", "crash", article_html("CRASH please"))
    make_cassette(root, "harbor.example", "wrongtype", article_html("WRONGTYPE"))
    make_cassette(root, "harbor.example", "badschema", article_html("BADSCHEMA"))
    (root / "harbor.example" / "notyaml.yaml").write_text("interactions: [unclosed\n")
    (root / "harbor.example" / "empty.yaml").write_text("")
    (root / "harbor.example" / "binary.yaml").write_bytes(b"\x00\xff\xfe junk")
    (root / "other.example").mkdir()
    (root / "other.example" / "nointeractions.yaml").write_text("interactions: []\nversion: 1\n")
    return 8


def picky(page: Page) -> Any:
    text = page.text
    if "CRASH" in text:
        raise RuntimeError("boom")
    if "WRONGTYPE" in text:
        return ["not", "a", "record"]
    if "BADSCHEMA" in text:
        return {"title": 42, "published": "yesterday", "language": "english please"}
    return {"title": "Good story", "published": "2025-03-04", "body": "Some text here."}


def test_count_in_equals_count_out(tmp_path: Path) -> None:
    n = _broken_corpus(tmp_path / "c")
    ctx = runner.RunContext(HarnessConfig(root=tmp_path), FunctionExtractor("picky", picky, "1")).prepare()
    refs = cassette.discover(tmp_path / "c")
    assert len(refs) == n
    run = runner.run(ctx, refs, source="test")
    assert sorted(p.id for p in run.pages) == sorted(r.id for r in refs)
    by_id = {p.id: p for p in run.pages}
    assert by_id["harbor.example/good"].record is not None
    assert not [f for f in by_id["harbor.example/good"].findings if f.severity == "error"]
    for page_id, check in [
        ("harbor.example/crash", "extractor.crash"),
        ("harbor.example/wrongtype", "extractor.crash"),
        ("harbor.example/badschema", "schema"),
        ("harbor.example/notyaml", "cassette.unreadable"),
        ("harbor.example/empty", "cassette.unreadable"),
        ("harbor.example/binary", "cassette.unreadable"),
        ("other.example/nointeractions", "cassette.unreadable"),
    ]:
        checks = {f.check for f in by_id[page_id].findings}
        assert check in checks, (page_id, by_id[page_id].findings)
        assert all(f.message for f in by_id[page_id].findings)
    assert runner.exit_code(run, "error") == 1


def test_schema_findings_say_where_what_and_found(tmp_path: Path) -> None:
    make_cassette(tmp_path / "c", "harbor.example", "badschema", article_html("BADSCHEMA"))
    ctx = runner.RunContext(HarnessConfig(root=tmp_path), FunctionExtractor("picky", picky, "1")).prepare()
    page = runner.replay_page(cassette.discover(tmp_path / "c")[0], ctx)
    messages = {f.field: f.message for f in page.findings if f.check == "schema"}
    assert "$.published" in messages and "yesterday" in messages["$.published"]
    assert "expected ISO 8601" in messages["$.published"]
    assert "$.title" in messages and "42" in messages["$.title"]


def test_results_file_honours_its_schema(tmp_path: Path) -> None:
    _broken_corpus(tmp_path / "c")
    ctx = runner.RunContext(HarnessConfig(root=tmp_path), FunctionExtractor("picky", picky, "1")).prepare()
    run = runner.run(ctx, cassette.discover(tmp_path / "c"), source="test")
    paths = results.write_run(run, tmp_path / "reports")
    data = json.loads(paths.results.read_text())
    validator = Draft202012Validator(
        load_schema("results.schema.json"), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert not [e.message for e in validator.iter_errors(data)]
    assert data["summary"]["pages"] == len(data["pages"]) == 8
    assert (tmp_path / "reports" / "latest" / "results.json").read_text() == paths.results.read_text()
    assert results.load(paths.results) == results.run_from_dict(data)


def test_clean_run_exits_zero_and_warning_threshold(tmp_path: Path) -> None:
    make_cassette(tmp_path / "c", "harbor.example", "good", article_html("Good story"))
    ctx = runner.RunContext(HarnessConfig(root=tmp_path), FunctionExtractor("picky", picky, "1")).prepare()
    run = runner.run(ctx, cassette.discover(tmp_path / "c"), source="test")
    assert runner.exit_code(run, "error") == 0


@pytest.mark.parametrize(
    "value", ["2025-03-04", "2025-03-04T08:00:00+01:00", "2025-03-04T08:00:00", "2025-03-04T08:00:00Z"]
)
def test_iso_dates_pass_the_schema(tmp_path: Path, value: str) -> None:
    from harness.validate import RecordValidator

    record = {
        "url": "https://a.example/x",
        "site": "a.example",
        "title": "t",
        "published": value,
        "body": "b",
        "authors": [],
        "language": "en",
        "extractor": "x",
        "extractor_version": "1",
    }
    assert RecordValidator().findings(record) == []


def _hangs_on_one(page: Page) -> Any:
    if "CRASH" in page.text:
        while True:
            pass
    return {"title": "Good story", "published": "2025-03-04", "body": "Some text here."}


def test_a_hanging_page_is_abandoned_and_the_run_goes_on(tmp_path: Path) -> None:
    make_cassette(tmp_path / "c", "harbor.example", "good", article_html("Good story"))
    make_cassette(tmp_path / "c", "harbor.example", "hang", article_html("CRASH please"))
    cfg = HarnessConfig(root=tmp_path, page_timeout=0.5)
    ctx = runner.RunContext(cfg, FunctionExtractor("hangs", _hangs_on_one, "1")).prepare()
    run = runner.run(ctx, cassette.discover(tmp_path / "c"), source="test")
    by_id = {p.id: p for p in run.pages}
    assert [f.check for f in by_id["harbor.example/hang"].findings] == ["extractor.timeout"]
    assert by_id["harbor.example/good"].record is not None


def test_only_the_newest_run_folders_are_kept(tmp_path: Path) -> None:
    from harness.results import prune_runs

    for stamp in ("20250101T000000Z-00001", "20250102T000000Z-00002-ab12", "20250103T000000Z-00003"):
        (tmp_path / stamp).mkdir()
    (tmp_path / "my-notes").mkdir()  # not a run folder: never touched
    removed = prune_runs(tmp_path, 2, tmp_path / "20250103T000000Z-00003")
    assert [p.name for p in removed] == ["20250101T000000Z-00001"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "20250102T000000Z-00002-ab12",
        "20250103T000000Z-00003",
        "my-notes",
    ]
    assert prune_runs(tmp_path, 0, tmp_path) == []
