"""Boilerplate lines the pattern lists were not written from, in ten languages, each on a page of its own
site (so the run-learned 'recurring' check cannot help): every one must be flagged, with the line shown."""

from __future__ import annotations

import pytest

from harness import checks
from harness.config import HarnessConfig
from harness.model import PageResult

CARRIER = (
    "The county council voted on Tuesday to approve a revised budget for the coming year, ending weeks of "
    "debate over road repairs and the future of two rural libraries.\n\n"
    "Under the plan, spending on road maintenance rises by four percent, while the libraries will stay open "
    "three days a week instead of closing, a compromise proposed by the finance committee.\n\n"
    "Residents who spoke at the meeting welcomed the decision but asked for a clearer timetable for the "
    "repairs, which have been delayed twice since the spring floods."
)

UNSEEN = [
    "Share on Facebook Share on Twitter Share via Email",
    "Read more: Five things to know about the vote",
    "Click here to subscribe",
    "Loading comments...",
    "Previous article Next article",
    "Posted in Local | Leave a comment",
    "Photo: Harbor Press Agency",
    "Issue 42 · Spring 2025 · Editor-in-Chief: Jane Doe · ISSN 1234-5678",
    "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.",
    "Abonnez-vous à notre newsletter",
    "Suscríbete a nuestro boletín",
    "Assine nossa newsletter",
    "Iscriviti alla newsletter",
    "Подпишитесь на нашу рассылку",
    "Lees ook",
    "Czytaj także",
    "無断転載を禁じます",
]


@pytest.fixture(scope="module")
def outcome() -> checks.DatasetOutcome:
    pages = []
    for i, line in enumerate(UNSEEN):
        site = f"site{i}.example"
        record = {
            "url": f"https://{site}/a",
            "site": site,
            "title": "Council approves revised budget",
            "published": "2025-05-01T10:00:00+00:00",
            "body": CARRIER + "\n\n" + line,
            "authors": [],
            "language": None,
            "extractor": "x",
            "extractor_version": "1",
        }
        pages.append(
            PageResult(
                id=f"{site}/a", site=site, url=record["url"], cassette=None, extractor="x", record=record
            )
        )
    clean = {
        "url": "https://clean.example/a",
        "site": "clean.example",
        "title": "Council approves revised budget",
        "published": "2025-05-01T10:00:00+00:00",
        "body": CARRIER,
        "authors": [],
        "language": None,
        "extractor": "x",
        "extractor_version": "1",
    }
    pages.append(
        PageResult(
            id="clean.example/a",
            site="clean.example",
            url=clean["url"],
            cassette=None,
            extractor="x",
            record=clean,
        )
    )
    return checks.dataset_findings(pages, checks.load_settings(HarnessConfig()))


@pytest.mark.parametrize(("index", "line"), list(enumerate(UNSEEN)))
def test_unseen_line_is_flagged_and_shown(outcome: checks.DatasetOutcome, index: int, line: str) -> None:
    found = [
        f for f in outcome.per_page.get(f"site{index}.example/a", []) if f.check.startswith("boilerplate")
    ]
    assert any(f.excerpt and line.lower() in f.excerpt.lower() for f in found), found


def test_the_carrier_alone_is_clean(outcome: checks.DatasetOutcome) -> None:
    assert not [f for f in outcome.per_page.get("clean.example/a", []) if f.check.startswith("boilerplate")]
