"""A labelled line with a value whose words the rest of the record does not share (``boilerplate.off_topic``):
a box kept from the page, told by the article's own words, in any language."""

from __future__ import annotations

import pytest

from harness.checks.offtopic import labelled, off_topic_lines
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _found(**fields: str) -> list[str]:
    return [
        f"{f.severity}:{f.excerpt}"
        for f in page_checks(record(**fields))
        if f.check == "boilerplate.off_topic"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Word of the Day for Monday, March 4, 2024: sesquipedalian, adjective. Given to using long words.",
        "Apotheken-Notdienst heute (14.05.): Linden-Apotheke, Hauptstraße 12, Telefon 0731 123456",
        "Marées à Brest, mercredi 15 mai : pleine mer 06h12 (coef. 87), basse mer 12h31",
        "Dyżury aptek w Opolu: Apteka Pod Lwem, ul. Krakowska 5, czynna całą dobę do 20 maja",
        "今日の運勢（5月14日）：おひつじ座は仕事運が好調、ラッキーカラーは青",
    ],
)
def test_a_labelled_box_off_the_article_is_flagged_anywhere(line: str) -> None:
    assert labelled(line)
    for body in ([line, *PARAS], [*PARAS[:2], line, *PARAS[2:]], [*PARAS, line]):
        assert _found(body="\n\n".join(body)) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # about the article: its words are the body's
        "Budget vote: council members approved school funding by 7 to 4 on Tuesday after the long debate",
        # a list's item, a box with a link, no value, a sentence before the colon
        "3) Library spending: up 12 percent for the coming year",
        "Opening hours: Monday to Friday 9:00-17:00, more at www.example.net",
        "Weather outlook: sunny and warm across the region with light winds",
        "The mayor said it plainly. Tomorrow: 3 more sessions",
    ],
)
def test_the_article_s_own_labelled_lines_are_not(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body=body) == []


def test_three_labelled_lines_are_the_body_s_own_format() -> None:
    box = [
        "Tide times, Monday 13 May: high water 05:40, low water 11:52",
        "Pollen count today (14 May): birch high, grasses moderate",
        "Lottery draw of 15 May: 4 - 12 - 19 - 27 - 38 - 41",
    ]
    one = "\n\n".join([*PARAS, box[0]])
    assert off_topic_lines(one.split("\n\n")) == [box[0]]
    assert off_topic_lines("\n\n".join([*PARAS, *box]).split("\n\n")) == []


def test_the_title_s_words_count_as_the_article_s() -> None:
    line = "Ferienkalender Bayern 2024: Pfingstferien 21.05. bis 01.06., Sommerferien ab 29.07."
    paras = [*PARAS, line]
    assert off_topic_lines(paras) == [line]
    assert off_topic_lines(paras, "Ferienkalender Bayern: Pfingstferien und Sommerferien im Überblick") == []


@pytest.mark.parametrize(
    "line",
    [
        "Namenstag heute, 14. Mai: Bonifatius, Christian, Pankratius",
        "Sunrise 05:21 · Sunset 20:47 · Moon waxing gibbous 78%",
        "Wir gratulieren Erna Schulze aus Kleinmachnow herzlich zum 90. Geburtstag",
    ],
)
def test_a_bare_line_at_an_edge_sharing_no_word_is_flagged(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS, line]):
        assert _found(body="\n\n".join(body)) == [f"error:{line}"]
    assert _found(body="\n\n".join([*PARAS[:2], line, *PARAS[2:]])) == []  # amid the body it needs a label


@pytest.mark.parametrize(
    "line",
    [
        "The council will vote again on 12 June about the school budget",  # shares the article's words
        "Wir gratulieren Erna Schulze aus Kleinmachnow herzlich zum 90. Geburtstag.",  # a sentence
        "Kontaktieren Sie uns unter www.example.net oder 0731 123456 Mo–Fr",  # a link
        "Heavy rainfall expected tomorrow across northern districts",  # no value
    ],
)
def test_an_edge_line_sharing_words_or_ending_a_sentence_is_not(line: str) -> None:
    assert _found(body="\n\n".join([*PARAS, line])) == []


def test_a_hostile_body_of_many_labelled_lines_is_read_in_linear_time() -> None:
    """20,000 labelled lines took five seconds while each line's number was counted from the body's start;
    counted as the scan goes, the call returns at once (the time is not asserted: a quadratic regression
    shows as a run that hangs at 200,000)."""
    many = [f"Label {i}: {i} alpha beta gamma" for i in range(200_000)]
    assert off_topic_lines(many) == []  # three labelled lines or more: the body's own format
