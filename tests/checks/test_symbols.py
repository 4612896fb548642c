"""Lines led by a pictograph, and star ratings: a page's promotion or widget, in any language."""

from __future__ import annotations

import pytest

from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _found(body: str) -> list[str]:
    findings = page_checks(record(body=body))
    return [f"{f.severity}:{f.excerpt}" for f in findings if f.check == "boilerplate.symbol_line"]


@pytest.mark.parametrize(
    "line",
    [
        "🎧 Hören Sie den Podcast zur Sendung",
        "✉️ Ricevi la newsletter",
        "🔔 Włącz powiadomienia",
        "⭐ 3.9 · 88 avis",
    ],
)
def test_a_line_led_by_a_pictograph_is_an_error(line: str) -> None:
    assert _found("\n\n".join([PARAS[0], line, *PARAS[1:]])) == [f"error:{line}"]


def test_a_star_rating_inside_a_line_is_an_error() -> None:
    line = "Note des lecteurs 4,1 ★ (212)"
    assert _found("\n\n".join([PARAS[0], line, *PARAS[1:]])) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "© Reuters",
        "DICOM® steht für Digital Imaging and Communications in Medicine.",
        "Coordinates: 42°S 174°E",
        "⬇️⬇️⬇️ https://t.co/hopPjqa95w",
        "Try something new with your couple this weekend 😉",
        "status_code │ period │ entries",
    ],
)
def test_signs_links_and_trailing_emoji_are_left_alone(line: str) -> None:
    assert _found("\n\n".join([PARAS[0], line, *PARAS[1:]])) == []


def test_symbols_used_as_bullets_are_a_list_not_a_promotion() -> None:
    items = ["🌟 Ankush fixed an issue with the toolbar", "🌟 Gero removed an unused attribute"]
    assert _found("\n\n".join([PARAS[0], *items, *PARAS[1:]])) == []


@pytest.mark.parametrize("line", ["#Haber #Ankara #Ekonomi", "@city_news · @city_sport · @city_live"])
def test_a_row_of_hashtags_or_handles_is_an_error(line: str) -> None:
    assert _found("\n\n".join([*PARAS, line])) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "— Cooper Lund (@cooperlund) November 18, 2019",
        "The #MeToo movement reached the company's board, and @jdoe said so on Twitter.",
    ],
)
def test_a_signature_or_prose_naming_a_tag_is_left_alone(line: str) -> None:
    assert _found("\n\n".join([*PARAS, line])) == []
