"""A premium-rate call or text box kept in the body (``boilerplate.notice``, :mod:`harness.checks.premium`):
a televote's, a competition's or a text-to-give appeal's instructions, told by a text message, a short code
and a price on one line, in any language; a story about the price of texts is left alone."""

from __future__ import annotations

import pytest

from harness.checks.premium import premium_lines
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _boxes(body: list[str]) -> list[str]:
    return [
        f"{f.severity}:{f.excerpt}"
        for f in page_checks(record(body="\n\n".join(body)))
        if f.check == "boilerplate.notice" and "premium-rate" in f.message
    ]


@pytest.mark.parametrize(
    "line",
    [
        "To enter, text WIN followed by your answer to 80888. Texts cost £1 plus your standard network rate.",
        "Pour voter pour Léa, envoyez LEA par SMS au 71020 (0,75 € par SMS + prix d'un SMS).",
        "Wer für Jonas abstimmen will, schickt eine SMS mit JONAS an 44844 (49 Cent pro SMS).",
        "Dona 2 euros enviando un SMS con la palabra AYUDA al 28052.",
        "Stem op Sanne: sms SANNE naar 3010 (€0,50 per bericht).",
        "Wyślij SMS o treści POMOC na numer 72052 (koszt 2,46 zł z VAT).",
    ],
)
def test_a_premium_rate_box_fails_the_page_anywhere(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS[:2], line, *PARAS[2:]], [*PARAS, line]):
        assert _boxes(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # a story about prices: no short code to send a text to
        "The operator will raise the price of a text message to 19 cents from July, the regulator said.",
        # a short code, no price
        "Residents can report potholes by texting the street name to 61234, the council said.",
        # a price and a number, no text message
        "The council sold 2500 tickets at £12 each for the 2024 festival.",
    ],
)
def test_a_story_s_own_lines_about_texts_and_prices_are_left_alone(line: str) -> None:
    assert premium_lines([line]) == []
    assert _boxes([*PARAS[:2], line, *PARAS[2:]]) == []
