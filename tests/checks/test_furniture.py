"""Photo credits, tag lists and ad-slot labels an extractor keeps, told by their shape in any language."""

from __future__ import annotations

import re

import pytest

from harness.checks.patterns import AD_MARKER
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _found(check: str, body: str) -> list[str]:
    return [f"{f.severity}:{f.excerpt}" for f in page_checks(record(body=body)) if f.check == check]


def _between(line: str) -> str:
    return "\n\n".join([PARAS[0], line, PARAS[1], PARAS[2]])


@pytest.mark.parametrize(
    "line",
    [
        "Fotografía: Ana García/EFE",
        "(Photo by Jane Miller/Getty Images)",
        "Фото: РИА Новости",
        "Bild: Keystone",
        "צילום: רויטרס",
        "Zdjęcie: PAP",
        "© Maria Rossi",
        "Image credit: NASA/JPL",
        "(Photo by J. Smith/AP)",
    ],
)
def test_a_credit_amid_the_body_is_an_error(line: str) -> None:
    assert _found("boilerplate.credit", _between(line)) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: The mayor said the plan would fail for most residents.",  # a sentence, not a credit
        "Video: watch the moment the council voted on the budget",  # lowercase words: not a name
        "Pictures of the flood were shared widely",
        "Credit unions said they would lend more next year.",
    ],
)
def test_sentences_with_credit_words_are_not_credits(line: str) -> None:
    assert _found("boilerplate.credit", _between(line)) == []


def test_a_credit_on_the_last_line_is_left_to_the_weak_patterns() -> None:
    # hand-written "perfect" bodies keep the lead image's credit there (docs/checks-accuracy.md)
    assert _found("boilerplate.credit", ARTICLE + "\n\nPhoto: Reuters") == []
    assert _found("boilerplate.credit", "Photo: Reuters\n\n" + ARTICLE) == ["error:Photo: Reuters"]


@pytest.mark.parametrize(
    "tail",
    [
        ["Etiquetas:", "economía", "presupuesto", "gobierno"],
        ["Źródła:", "PAP", "Reuters"],
        ["Schlagwörter: Haushalt, Stadtrat, Schulen"],
        ["Politics, Local Government, Schools, Budget"],
    ],
)
def test_a_tag_or_source_list_at_the_end_is_an_error(tail: list[str]) -> None:
    found = _found("boilerplate.tag_list", "\n\n".join([*PARAS, *tail]))
    assert found == ["error:" + " | ".join(tail)]


@pytest.mark.parametrize(
    "tail",
    [
        ["The council listed three reasons:", "cost", "timing", "scope"],  # a sentence introduces them
        ["Ingredients:", "two cups of flour, sifted twice before use", "one egg"],  # a long item
        ["Mayor Jane Miller, who chairs the council, voted for it"],  # a clause, not capitalised items
    ],
)
def test_lists_that_belong_to_the_article_are_not_tag_lists(tail: list[str]) -> None:
    assert _found("boilerplate.tag_list", "\n\n".join([*PARAS, *tail])) == []
    assert _found("boilerplate.tag_list", "\n\n".join([PARAS[0], *tail, PARAS[1]])) == []


@pytest.mark.parametrize(
    "line",
    ["advertisement", "- werbung -", "реклама", "広告", "advertisement - scroll to continue with content"],
)
def test_an_ad_slot_label_alone_is_a_strong_pattern(line: str) -> None:
    assert re.search(AD_MARKER, line, re.MULTILINE)
    assert not re.search(AD_MARKER, "advertisement revenue fell by a third last year", re.MULTILINE)


def test_an_ad_label_amid_the_body_fails_the_record_only_run() -> None:
    from tests.checks.helpers import dataset

    per_page, _ = dataset([record(body=_between("Sponsored"))])
    assert [f.severity for fs in per_page.values() for f in fs if f.check == "boilerplate.pattern"] == [
        "error"
    ]


def test_hostile_long_lines_cost_linear_time() -> None:
    import time

    # a split on r"\s*,\s*" is quadratic on a line of spaces: 60k of them took ~16 s of CPU, now ~1 ms
    spaces = "Photo" + " " * 60_000 + "x"
    body = "\n\n".join([PARAS[0], spaces, PARAS[1], "Tags:" + " a," * 20_000, spaces])
    start = time.process_time()
    found = {f.check for f in page_checks(record(body=body))}
    assert time.process_time() - start < 2.0  # CPU, not wall: a 1000x margin over the linear cost
    assert "boilerplate.credit" not in found and "boilerplate.tag_list" not in found


def test_a_section_heading_that_names_advertising_is_not_an_ad_label() -> None:
    # a revenue breakdown's headings ("Advertising", "Subscriptions") are article text
    assert not re.search(AD_MARKER, "advertising", re.MULTILINE)
