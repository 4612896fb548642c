"""Share, newsletter, most-read and comment lines in languages the per-language lists do not have, each in
the middle of a page of its own site (no recurrence to learn from): every one is a strong pattern hit."""

from __future__ import annotations

import pytest

from harness import checks
from harness.config import HarnessConfig
from harness.model import PageResult
from tests.checks.test_unseen_boilerplate import CARRIER

LINES = [
    "Dela artikeln",
    "Prenumerera på vårt nyhetsbrev",
    "Mest lästa",
    "Del artiklen",
    "Tilmeld dig vores nyhedsbrev",
    "Mest leste",
    "Jaa artikkeli",
    "Tilaa uutiskirjeemme",
    "Luetuimmat",
    "Sdílet článek",
    "Nejčtenější",
    "Napište komentář",
    "Iratkozzon fel hírlevelünkre",
    "Cele mai citite",
    "Lasă un comentariu",
    "Поділитися статтею",
    "Залиште коментар",
    "Εγγραφείτε στο newsletter μας",
    "En çok okunanlar",
    "Yorum yazın",
    "Bagikan artikel ini",
    "Tinggalkan komentar",
    "Đọc nhiều nhất",
    "Để lại bình luận",
]
PROSE = [
    "Dela upp budgeten i tre delar, sade ministern på tisdagen.",
    "Mest av allt ville hon se skolorna öppna igen efter sommaren.",
    "Yorum yapmaktan kaçınan bakan, toplantıdan erken ayrıldı.",
]


def _record(site: str, body: str) -> PageResult:
    record = {
        "url": f"https://{site}/a",
        "site": site,
        "title": "Council approves revised budget",
        "published": "2025-05-01T10:00:00+00:00",
        "body": body,
        "authors": [],
        "language": None,
        "extractor": "x",
        "extractor_version": "1",
    }
    return PageResult(
        id=f"{site}/a", site=site, url=record["url"], cassette=None, extractor="x", record=record
    )


@pytest.fixture(scope="module")
def outcome() -> checks.DatasetOutcome:
    paras = CARRIER.split("\n\n")
    pages = [
        _record(f"site{i}.example", "\n\n".join([paras[0], line, *paras[1:]]))
        for i, line in enumerate(LINES + PROSE)
    ]
    return checks.dataset_findings(pages, checks.load_settings(HarnessConfig()))


@pytest.mark.parametrize(("index", "line"), list(enumerate(LINES)))
def test_the_line_is_a_strong_pattern_hit(outcome: checks.DatasetOutcome, index: int, line: str) -> None:
    found = outcome.per_page.get(f"site{index}.example/a", [])
    assert [(f.check, f.severity, f.excerpt) for f in found if f.check == "boilerplate.pattern"] == [
        ("boilerplate.pattern", "error", line)
    ]


@pytest.mark.parametrize(("index", "line"), list(enumerate(PROSE, start=len(LINES))))
def test_sentences_that_start_alike_are_prose(outcome: checks.DatasetOutcome, index: int, line: str) -> None:
    assert not [
        f for f in outcome.per_page.get(f"site{index}.example/a", []) if f.check.startswith("boilerplate")
    ]
