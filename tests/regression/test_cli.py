"""`harness approve` and `harness compare` end to end, on small cassettes built here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import cli
from regression.helpers import PARAGRAPHS, make_page, page_html


@pytest.fixture
def cassettes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "cassettes"
    for i in range(2):
        title = f"Harbor bridge story {i}"
        make_page(
            root,
            "harbor.example",
            f"story-{i}",
            page_html(title),
            {"title": title, "published": "2025-03-04", "body": "\n\n".join(PARAGRAPHS)},
        )
    make_page(
        root, "quay.example", "ferries", page_html("Ferry timetable", PARAGRAPHS[2:]), {"body": PARAGRAPHS[2]}
    )
    return root


def test_approve_selection_writes_only_those_pages(
    cassettes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["approve", "--cassettes", str(cassettes), "harbor.example/story-1", "-q"]) == 0
    out = capsys.readouterr().out
    assert "approved: 1 written, 0 unchanged, 0 skipped" in out
    assert [p.name for p in cassettes.rglob("*.approved.json")] == ["story-1.approved.json"]
    assert cli.main(["approve", "--cassettes", str(cassettes), "-q"]) == 0
    assert "approved: 2 written, 1 unchanged, 0 skipped" in capsys.readouterr().out
    assert list(cassettes.rglob("*.tmp")) == []


def test_approve_unknown_selection_is_a_usage_error(
    cassettes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["approve", "--cassettes", str(cassettes), "nowhere.example", "-q"])
    assert info.value.code == 2
    assert "no cassette under" in capsys.readouterr().err


def test_approve_lists_orphans_and_prunes_only_on_request(
    cassettes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["approve", "--cassettes", str(cassettes), "-q"]) == 0
    (cassettes / "quay.example" / "ferries.yaml").unlink()
    orphan = cassettes / "quay.example" / "ferries.approved.json"
    capsys.readouterr()
    assert cli.main(["approve", "--cassettes", str(cassettes), "-q"]) == 0
    out = capsys.readouterr().out
    assert "1 orphaned approved output(s)" in out and str(orphan) in out
    assert orphan.exists()
    assert cli.main(["approve", "--cassettes", str(cassettes), "--prune", "-q"]) == 0
    assert f"removed    {orphan}" in capsys.readouterr().out
    assert not orphan.exists()


def test_compare_writes_a_table(cassettes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "table.md"
    code = cli.main(
        [
            "compare",
            str(cassettes),
            "-e",
            "generic",
            "-e",
            "regression.helpers:toy_extract",
            "-e",
            "regression.helpers:Unavailable",
            "--out",
            str(out),
            "-q",
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    markdown = out.read_text("utf-8")
    assert markdown in printed
    assert "| extractor | version | pages | body F1 tokens |" in markdown
    assert "| regression.helpers:toy_extract |" in markdown and "| generic |" in markdown
    assert "skipped `regression.helpers:Unavailable`: toy package 'not-installed' is missing" in markdown
    assert "### source: handmade" in markdown
    data = json.loads(out.with_suffix(".json").read_text("utf-8"))
    rows = {r["extractor"]: r for r in data["rows"]}
    toy = rows["regression.helpers:toy_extract"]
    assert (
        toy["pages"] == 3
        and toy["metrics"]["body_token_f1"] == 1.0
        and toy["metrics"]["title_accuracy"] == 1.0
    )
    assert toy["ms_per_page"] > 0
    assert rows["regression.helpers:Unavailable"]["skipped"]
    assert list(out.parent.glob(".*.tmp")) == []


def test_compare_unknown_extractor_is_a_usage_error(
    cassettes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["compare", str(cassettes), "-e", "nosuch", "-q"])
    assert "unknown extractor 'nosuch'; available:" in capsys.readouterr().err
