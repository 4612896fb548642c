"""Approved outputs: comparing, approving only what ran, orphans, settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harness import runner
from harness.capture import cassette
from harness.config import ConfigError, HarnessConfig
from harness.model import PageResult
from harness.regression import approve, orphans
from regression.helpers import PARAGRAPHS, make_page, page_html

RECORD: dict[str, Any] = {
    "url": "https://example.com/news/a",
    "site": "example.com",
    "title": "Harbor bridge reopens",
    "published": "2025-03-04T08:00:00+01:00",
    "body": "\n\n".join(PARAGRAPHS),
    "authors": ["Ann Lee"],
    "language": "en",
    "extractor": "toy",
    "extractor_version": "1.0",
}


def settings(**table: Any) -> approve.CompareSettings:
    return approve.load_settings(HarnessConfig(compare=table))


def approved_file(tmp_path: Path, record: dict[str, Any] = RECORD, **table: Any) -> Path:
    path = tmp_path / "example.com" / "a.approved.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(approve.approved_document(record, settings(**table))), "utf-8")
    return path


# --------------------------------------------------------------------------- settings


def test_default_settings() -> None:
    s = settings()
    assert s.volatile == {"extractor_version"}
    assert (s.normalize_whitespace, s.date_precision, s.strict, s.tolerance) == (True, "second", False, 0.01)


@pytest.mark.parametrize(
    ("table", "needle"),
    [
        ({"volatil": ["x"]}, "unknown [tool.harness.compare] key(s) volatil"),
        ({"date_precision": "hour"}, "date_precision must be one of second, minute, day, got 'hour'"),
        ({"volatile": "language"}, "volatile must be a list"),
        ({"strict": "yes"}, "strict must be true or false"),
        ({"tolerance": 2}, "tolerance must be in [0, 1)"),
    ],
)
def test_bad_settings_are_config_errors(table: dict[str, Any], needle: str) -> None:
    with pytest.raises(ConfigError) as info:
        settings(**table)
    assert needle in str(info.value)


# --------------------------------------------------------------------------- compare


def test_no_approved_output_is_new_info_or_strict_error(tmp_path: Path) -> None:
    missing = tmp_path / "example.com" / "a.approved.json"
    approval, findings = approve.compare(RECORD, missing, settings())
    assert approval is not None and approval["status"] == "new"
    assert [(f.check, f.severity) for f in findings] == [("regression.new", "info")]
    _, strict = approve.compare(RECORD, missing, settings(strict=True))
    assert [(f.check, f.severity) for f in strict] == [("regression.new", "error")]
    assert "harness approve" in strict[0].message


def test_same_record_is_same(tmp_path: Path) -> None:
    approval, findings = approve.compare(RECORD, approved_file(tmp_path), settings())
    assert approval is not None and approval["status"] == "same"
    assert findings == []


def test_changed_title_names_both_values(tmp_path: Path) -> None:
    path = approved_file(tmp_path)
    approval, findings = approve.compare({**RECORD, "title": "Harbor bridge closes again"}, path, settings())
    assert approval is not None and approval["status"] == "changed"
    assert approval["changes"] == [
        {"field": "$.title", "approved": "Harbor bridge reopens", "actual": "Harbor bridge closes again"}
    ]
    [finding] = findings
    assert (finding.check, finding.severity, finding.field) == ("regression.changed", "error", "$.title")
    assert '  approved: "Harbor bridge reopens"' in finding.message
    assert '  actual:   "Harbor bridge closes again"' in finding.message


def test_changed_body_gives_a_readable_diff(tmp_path: Path) -> None:
    path = approved_file(tmp_path)
    body = "\n\n".join(
        [
            PARAGRAPHS[0],
            PARAGRAPHS[1].replace("steel deck", "wooden deck"),
            PARAGRAPHS[2],
            "Subscribe to our newsletter for more.",
        ]
    )
    approval, findings = approve.compare({**RECORD, "body": body}, path, settings())
    assert approval is not None
    [change] = approval["changes"]
    assert change["field"] == "$.body"
    assert ["-", "steel"] in change["diff"] and ["+", "wooden"] in change["diff"]
    assert ["+", "Subscribe to our newsletter for more."] in change["diff"]
    message = findings[0].message
    assert "+7/-1 words in 2 places" in message
    assert "--- approved" in message and "+++ actual" in message
    assert f"- {PARAGRAPHS[1]}" in message
    assert "+ Engineers replaced the wooden deck" in message
    assert "+ Subscribe to our newsletter for more." in message


def test_volatile_fields_are_ignored(tmp_path: Path) -> None:
    path = approved_file(tmp_path)
    _, findings = approve.compare({**RECORD, "extractor_version": "9.9"}, path, settings())
    assert findings == []
    _, findings = approve.compare({**RECORD, "language": "de"}, path, settings())
    assert [f.field for f in findings] == ["$.language"]
    _, findings = approve.compare({**RECORD, "language": "de"}, path, settings(volatile=["language"]))
    assert findings == []


def test_whitespace_normalisation_on_and_off(tmp_path: Path) -> None:
    path = approved_file(tmp_path)
    spaced = {**RECORD, "title": " Harbor  bridge\u00a0reopens ", "body": RECORD["body"].replace(" ", "  ")}
    assert approve.compare(spaced, path, settings())[1] == []
    _, findings = approve.compare(spaced, path, settings(normalize_whitespace=False))
    assert [f.field for f in findings] == ["$.body", "$.title"]
    assert ": whitespace only\n" in findings[0].message


@pytest.mark.parametrize(
    ("published", "precision", "changed"),
    [
        ("2025-03-04T08:00:59+01:00", "second", True),
        ("2025-03-04T08:00:59+01:00", "minute", False),
        ("2025-03-04T08:00:00.250+01:00", "second", False),
        ("2025-03-04T21:30:00+01:00", "minute", True),
        ("2025-03-04T21:30:00+01:00", "day", False),
        ("2025-03-05T08:00:00+01:00", "day", True),
    ],
)
def test_date_precision(tmp_path: Path, published: str, precision: str, changed: bool) -> None:
    path = approved_file(tmp_path)
    _, findings = approve.compare(
        {**RECORD, "published": published}, path, settings(date_precision=precision)
    )
    assert bool(findings) is changed


def test_missing_record_unreadable_and_other_extractor(tmp_path: Path) -> None:
    path = approved_file(tmp_path)
    approval, findings = approve.compare(None, path, settings())
    assert approval is not None and approval["status"] == "missing_record"
    assert findings[0].check == "regression.missing_record"
    approval, findings = approve.compare({**RECORD, "extractor": "trafilatura"}, path, settings())
    assert approval is not None and approval["status"] == "other_extractor"
    assert [(f.check, f.severity) for f in findings] == [("regression.other_extractor", "error")]
    path.write_text("{not json", "utf-8")
    approval, findings = approve.compare(RECORD, path, settings())
    assert approval is not None and approval["status"] == "unreadable"
    assert findings[0].severity == "error" and "cannot be read" in findings[0].message


def test_approved_file_is_stable_diff_friendly_json(tmp_path: Path) -> None:
    page = PageResult(
        id="example.com/a",
        site="example.com",
        url=RECORD["url"],
        cassette=None,
        extractor="toy",
        record=RECORD,
    )
    summary = approve.approve_pages([page], settings(), root=tmp_path)
    assert summary.written == ("example.com/a",)
    text = (tmp_path / "example.com" / "a.approved.json").read_text("utf-8")
    assert text.endswith("}\n") and "extractor_version" not in text
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert data["body"] == list(PARAGRAPHS)
    assert data["_meta"] == {"extractor": "toy", "format": 1}
    assert f'    "{PARAGRAPHS[1]}",\n' in text  # one paragraph per line


# --------------------------------------------------------------------------- approving runs


def build_site(root: Path, n: int = 3) -> list[cassette.CassetteRef]:
    for i in range(n):
        make_page(root, "harbor.example", f"story-{i}", page_html(f"Story {i}"))
    return cassette.discover(root)


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in root.rglob("*.approved.json")
    }


def test_partial_approval_leaves_other_outputs_untouched(
    tmp_path: Path, make_ctx: Callable[..., runner.RunContext]
) -> None:
    root = tmp_path / "cassettes"
    refs = build_site(root)
    ctx = make_ctx()
    first = approve.approve_pages(runner.run(ctx, refs, source="t").pages, ctx.compare_settings, root=root)
    assert len(first.written) == 3
    before = snapshot(root)
    # every page changes, but only story-1 is re-run and approved
    for ref in refs:
        make_page(root, "harbor.example", ref.slug, page_html(f"{ref.slug} updated"))
    chosen, unmatched = approve.select(cassette.discover(root), ["harbor.example/story-1"])
    assert unmatched == [] and [r.id for r in chosen] == ["harbor.example/story-1"]
    run = runner.run(ctx, chosen, source="t")
    assert run.pages[0].approval is not None and run.pages[0].approval["status"] == "changed"
    summary = approve.approve_pages(run.pages, ctx.compare_settings, root=root)
    assert summary.written == ("harbor.example/story-1",)
    after = snapshot(root)
    for name in ("harbor.example/story-0.approved.json", "harbor.example/story-2.approved.json"):
        assert after[name] == before[name]
    assert after["harbor.example/story-1.approved.json"] != before["harbor.example/story-1.approved.json"]
    assert list(root.rglob("*.tmp")) == []
    rerun = runner.run(ctx, cassette.discover(root), source="t")
    assert [p.approval["status"] for p in rerun.pages if p.approval] == ["changed", "same", "changed"]


def test_reapproving_an_unchanged_output_does_not_rewrite_it(
    tmp_path: Path, make_ctx: Callable[..., runner.RunContext]
) -> None:
    root = tmp_path / "cassettes"
    refs = build_site(root, 1)
    ctx = make_ctx()
    approve.approve_pages(runner.run(ctx, refs, source="t").pages, ctx.compare_settings, root=root)
    before = snapshot(root)
    again = approve.approve_pages(runner.run(ctx, refs, source="t").pages, ctx.compare_settings)
    assert again.written == () and again.unchanged == ("harbor.example/story-0",)
    assert snapshot(root) == before


def test_pages_without_record_are_skipped(tmp_path: Path) -> None:
    page = PageResult(
        id="s.example/x", site="s.example", url=None, cassette=None, extractor="toy", record=None
    )
    summary = approve.approve_pages([page], root=tmp_path)
    assert summary.skipped and "no record" in summary.skipped[0][1]
    assert list(tmp_path.rglob("*")) == []


def test_orphans_listed_and_removed_only_on_request(
    tmp_path: Path, make_ctx: Callable[..., runner.RunContext]
) -> None:
    root = tmp_path / "cassettes"
    refs = build_site(root)
    ctx = make_ctx()
    approve.approve_pages(runner.run(ctx, refs, source="t").pages, ctx.compare_settings, root=root)
    refs[0].path.unlink()
    orphan = root / "harbor.example" / "story-0.approved.json"
    assert orphans.orphans(root) == [orphan]
    assert orphan.exists()
    assert orphans.remove_orphans(orphans.orphans(root)) == [orphan]
    assert not orphan.exists() and orphans.orphans(root) == []
    assert len(list(root.rglob("*.approved.json"))) == 2


def test_select_reports_patterns_that_match_nothing(tmp_path: Path) -> None:
    refs = build_site(tmp_path)
    chosen, unmatched = approve.select(refs, ["harbor.example/story-[02]", "nowhere.example"])
    assert [r.slug for r in chosen] == ["story-0", "story-2"]
    assert unmatched == ["nowhere.example"]
    assert approve.select(refs, ["harbor.example"])[0] == refs


def test_orphans_found_at_any_depth_and_hidden_folders_left_alone(tmp_path: Path) -> None:
    root = tmp_path / "cassettes"
    deep = root / "region" / "harbor.example" / "2024"
    deep.mkdir(parents=True)
    (deep / "kept.yaml").write_text("{}")
    kept, lost = deep / "kept.approved.json", deep / "gone.approved.json"
    for path in (kept, lost):
        path.write_text("{}")
    hidden = root / ".trash" / "old.approved.json"
    hidden.parent.mkdir()
    hidden.write_text("{}")
    assert orphans.orphans(root) == [lost]
    assert orphans.remove_orphans([lost, kept]) == [lost]
    assert kept.exists() and hidden.exists() and not lost.exists()
