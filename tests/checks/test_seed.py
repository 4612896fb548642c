"""The seed page, read as a careless extractor would: title = first line, body = everything after it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from harness.checks import load_settings
from harness.dates import parse_date
from tests.checks.helpers import dataset, page_checks

SEED = Path(
    os.environ.get("HARNESS_SEED")
    or next(
        (
            p / "shared" / "seed" / "scraped-article-example.txt"
            for p in Path(__file__).resolve().parents
            if (p / "shared" / "seed").is_dir()
        ),
        Path("shared/seed/scraped-article-example.txt"),
    )
)


@pytest.fixture(scope="module")
def seed_record() -> dict[str, object]:
    if not SEED.is_file():
        pytest.skip(f"seed page not found at {SEED} (set HARNESS_SEED)")
    text = SEED.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    date_line = next(p for p in text.split("\n\n") if parse_date(p.strip()) is not None)
    parsed = parse_date(date_line)
    assert parsed is not None
    return {
        "url": "https://www.spotlightnepal.com.np/2025/06/03/russia-ukraine-talks",
        "site": "spotlightnepal.com.np",
        "title": title.strip(),
        "published": parsed.iso(),
        "body": body.strip(),
        "authors": [],
        "language": "en",
        "extractor": "careless",
        "extractor_version": "0",
    }


def test_seed_date_is_recognised(seed_record: dict[str, object]) -> None:
    assert seed_record["published"] == "2025-06-03T08:08:00"
    found = page_checks(seed_record, site="spotlightnepal.com.np", captured_at="2025-06-04T00:00:00Z")
    date_findings = [f for f in found if f.check.startswith("date.")]
    assert [f.check for f in date_findings] == ["date.no_timezone"]
    assert date_findings[0].severity == "info"


def test_seed_repeated_title_is_flagged(seed_record: dict[str, object]) -> None:
    found = page_checks(seed_record, site="spotlightnepal.com.np")
    repeated = [f for f in found if f.check == "title.repeated_in_body"]
    assert len(repeated) == 1
    assert repeated[0].excerpt == "Russia-Ukraine ends 2nd round of ceasefire talks"
    assert "spotlightnepal.com.np/page" in repeated[0].message and "$.body" in repeated[0].message


def test_seed_boilerplate_lines_are_flagged(seed_record: dict[str, object]) -> None:
    per_page, _ = dataset([seed_record], load_settings({}), site="spotlightnepal.com.np")
    lines = {f.excerpt for f in per_page["spotlightnepal.com.np/p0"] if f.check == "boilerplate.pattern"}
    assert {"More on International", "The Latest", "Latest Magazine"} <= lines
    masthead = [line for line in lines if line and line.startswith("VOL. 18")]
    assert len(masthead) == 4
    body = str(seed_record["body"])
    assert all(line in body for line in lines if line)  # verbatim, so the report can highlight in place


def test_seed_article_text_is_not_flagged(seed_record: dict[str, object]) -> None:
    per_page, _ = dataset([seed_record], load_settings({}), site="spotlightnepal.com.np")
    flagged = {f.excerpt for f in per_page["spotlightnepal.com.np/p0"]}
    assert not any(
        e and e.startswith(("Top delegates", "Zelenskyy updated", "The talks came")) for e in flagged
    )


def test_seed_fails_harness_check(
    seed_record: dict[str, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the CLI, no approved output: exit 1, the masthead lines and the repeated title as errors."""
    import json

    from harness.cli import main

    (tmp_path / "pyproject.toml").write_text('[tool.harness]\nreports = "out"\n', encoding="utf-8")
    (tmp_path / "seed.jsonl").write_text(json.dumps(seed_record) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "seed.jsonl", "-q", "--config", str(tmp_path / "pyproject.toml")]) == 1
    results = json.loads(next((tmp_path / "out").rglob("results.json")).read_text(encoding="utf-8"))
    errors = [f for page in results["pages"] for f in page["findings"] if f["severity"] == "error"]
    shown = {(f["check"], f.get("excerpt")) for f in errors}
    assert ("title.repeated_in_body", "Russia-Ukraine ends 2nd round of ceasefire talks") in shown
    masthead = [e for c, e in shown if c == "boilerplate.pattern" and e and e.startswith("VOL. 18")]
    assert len(masthead) == 4
    assert {"More on International", "Latest Magazine"} <= {e for c, e in shown if c == "boilerplate.pattern"}


def test_seed_date_stamp_in_the_body_is_an_edge_error(seed_record: dict[str, object]) -> None:
    """The careless extractor kept the page's date line under the headline: the body's second line."""
    found = page_checks(seed_record, site="spotlightnepal.com.np")
    edge = [f for f in found if f.check == "boilerplate.edge"]
    assert [(f.severity, f.excerpt) for f in edge] == [("error", "June 3, 2025, 8:08 a.m.")]
