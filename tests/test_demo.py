"""The bundled demo: generic still matches its approved outputs, and the deliberate defects stay caught.

A change to the generic extractor that alters a demo page fails here with the field-level diff, which is
the workflow the harness gives its users (re-approve with `harness approve` once the change is right).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from demo.sites import COURIER_PREVIEW_TOKEN
from harness import runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.model import PageResult, RunResult

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_run() -> RunResult:
    ctx = runner.make_context(HarnessConfig(root=REPO), "generic")
    return runner.run(ctx, cassette.discover(REPO / "cassettes"), source="demo")


def _page(run: RunResult, fragment: str) -> PageResult:
    (page,) = [p for p in run.pages if fragment in p.id]
    return page


def _checks(page: PageResult) -> set[str]:
    return {f.check for f in page.findings}


def test_demo_matches_its_approved_outputs(demo_run: RunResult) -> None:
    assert len(demo_run.pages) == 25 and len({p.site for p in demo_run.pages}) == 3
    changed = [
        (p.id, f.message) for p in demo_run.pages for f in p.findings if f.check.startswith("regression.")
    ]
    assert changed == []
    assert {p.approval["status"] for p in demo_run.pages if p.approval} == {"same"}


def test_deliberate_defects_are_caught(demo_run: RunResult) -> None:
    assert "date.missing" in _checks(_page(demo_run, "county-fair-dates"))
    assert "title.site_name" in _checks(_page(demo_run, "orchard-frost"))
    strapline = [
        f
        for f in demo_run.findings
        if f.check == "boilerplate.recurring" and f.site == "valley-courier.example"
    ]
    assert strapline and any("Millbrook" in (f.excerpt or "") for f in strapline)


def test_windows_1251_pages_decode_despite_a_lying_meta_tag(demo_run: RunResult) -> None:
    page = _page(demo_run, "avtobus-12")  # <meta charset=utf-8>, bytes and HTTP header windows-1251
    assert page.record is not None and "Автобус" in (page.record["title"] or "")
    assert not {"title.mojibake", "body.mojibake"} & _checks(page)
    assert all(
        p.record and p.record["published"] for p in demo_run.pages if p.site == "severny-vestnik.example"
    )


def test_redirect_and_secrets(demo_run: RunResult) -> None:
    old = _page(demo_run, "2025-03-harbor-bridge-")
    assert old.url is not None and old.url.endswith("/2025/03/04/harbor-bridge-reopens")
    text = "".join(p.read_text(encoding="utf-8") for p in (REPO / "cassettes").rglob("*.yaml"))
    assert COURIER_PREVIEW_TOKEN not in text and "token=REDACTED" in text
    assert "set-cookie" not in text.lower() and "127.0.0.1" not in text


def test_demo_ground_truth_is_scored(demo_run: RunResult) -> None:
    overall = demo_run.summary["quality"]["overall"]
    assert overall["pages"] == 25
    assert overall["body"]["pages"] == 25 and overall["body"]["token_f1"] > 0.8
    assert overall["published"]["pages"] == 24  # county-fair-dates has no date, by design
