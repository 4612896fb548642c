"""``harness check OUTPUTS.jsonl`` end to end through ``harness.cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.cli import main
from tests.checks.helpers import ARTICLE

GOOD = {
    "url": "https://news.example.com/2025/06/03/budget",
    "title": "Council approves budget",
    "published": "2025-06-03T08:00:00+02:00",
    "body": ARTICLE + "\n\nRead more",
    "extractor": "crawler",
}


def _project(tmp_path: Path, checks: str = "") -> Path:
    (tmp_path / "pyproject.toml").write_text(f'[tool.harness]\nreports = "out"\n{checks}', encoding="utf-8")
    return tmp_path


def test_check_jsonl_with_broken_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    lines = [
        json.dumps(GOOD),
        "{not json",
        "[1, 2]",
        json.dumps(
            {
                **GOOD,
                "url": "https://news.example.com/b",
                "title": 7,
                "published": "yesterday",
                "body": "A different body about the budget vote.",
            }
        ),
        json.dumps({"title": "No url here", "body": ARTICLE}),
    ]
    (root / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(root)
    code = main(["check", "crawl.jsonl", "-q"])
    assert code == 1
    results = json.loads(next((root / "out").glob("2*/results.json")).read_text(encoding="utf-8"))
    pages = {p["id"]: p for p in results["pages"]}
    assert len(pages) == 5  # every line in, one page out
    assert [f["check"] for f in pages["jsonl/line-2"]["findings"]] == ["input.invalid_line"]
    assert "line 2: invalid JSON" in pages["jsonl/line-2"]["findings"][0]["message"]
    assert "expected a JSON object, got list" in pages["jsonl/line-3"]["findings"][0]["message"]
    good = next(p for p in results["pages"] if p["url"] == GOOD["url"])
    assert good["id"].startswith("example.com/") and good["extractor"] == "crawler"
    # the pattern list and the shape of the body's last line ("Read more" after prose) both see it; the
    # line gets one finding, the pattern's (an error too, and it names the pattern family)
    found = sorted((f["check"], f["excerpt"]) for f in good["findings"])
    assert found == [("boilerplate.pattern", "Read more")]
    typed = next(p for p in results["pages"] if p["url"] == "https://news.example.com/b")
    assert {"input.invalid_line", "schema", "date.unparseable"} <= {f["check"] for f in typed["findings"]}
    assert "jsonl/line-5" in pages and pages["jsonl/line-5"]["record"]["title"] == "No url here"
    assert results["run"]["extractors"] == ["crawler", "external"]
    assert "5 pages from" in capsys.readouterr().out


def test_check_config_error_is_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, '[tool.harness.checks]\ndisable = ["no.such"]\n')
    (root / "crawl.jsonl").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    monkeypatch.chdir(root)
    with pytest.raises(SystemExit) as info:
        main(["check", "crawl.jsonl"])
    assert info.value.code == 2 and "unknown check id 'no.such'" in capsys.readouterr().err


def test_check_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_project(tmp_path))
    with pytest.raises(SystemExit) as info:
        main(["check", "absent.jsonl"])
    assert info.value.code == 2


def test_check_clean_file_exits_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _project(tmp_path)
    clean = {**GOOD, "body": ARTICLE}
    (root / "crawl.jsonl").write_text(json.dumps(clean) + "\n", encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["check", "crawl.jsonl", "-q", "--config", str(root / "pyproject.toml")]) == 0
