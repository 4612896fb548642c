"""A short line in a script the rest of the body does not use, told by code-point blocks alone."""

from __future__ import annotations

import pytest

from harness.checks.foreign import foreign_lines, script_of
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")
RUSSIAN = [
    "Городской совет во вторник утвердил новый бюджет после долгих споров о финансировании школ.",
    "Члены совета заявили, что план увеличивает расходы на библиотеки и общественный транспорт.",
    "Мэр пообещал сохранить налоги на недвижимость на прежнем уровне для всех жителей города.",
]


def _found(body: str) -> list[str]:
    found = page_checks(record(body=body))
    return [f"{f.severity}:{f.excerpt}" for f in found if f.check.startswith("boilerplate.foreign_line")]


@pytest.mark.parametrize("line", ["Ακολουθήστε μας στο Instagram", "სიახლეები ელფოსტაზე", "ติดตามเราได้ที่นี่"])
def test_a_short_line_in_another_script_amid_english_is_an_error(line: str) -> None:
    assert _found("\n\n".join([PARAS[0], line, *PARAS[1:]])) == [f"error:{line}"]


def test_a_latin_prompt_amid_cyrillic_is_an_error() -> None:
    assert _found("\n\n".join([RUSSIAN[0], "Follow us on our channel", *RUSSIAN[1:]])) == [
        "error:Follow us on our channel"
    ]


@pytest.mark.parametrize("line", ["The Last of Us Part II", "Apple Watch Series 5", "Galaxy S10 Lite"])
def test_a_latin_title_or_name_amid_cyrillic_is_only_a_warning(line: str) -> None:
    """A quoted English title or a product name stands alone in a Russian review too: weak evidence."""
    assert _found("\n\n".join([RUSSIAN[0], line, *RUSSIAN[1:]])) == [f"warning:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "«Мы это сделаем», — сказал он.",  # a quotation ends a sentence
        "Київ",  # too few letters
        "Iâ€™m here to stay",  # mojibake is Latin-1: the same script as English
    ],
)
def test_sentences_short_words_and_latin_extensions_are_not_foreign(line: str) -> None:
    assert _found("\n\n".join([PARAS[0], line, *PARAS[1:]])) == []


def test_a_body_mostly_in_two_scripts_is_left_alone() -> None:
    body = [PARAS[0], RUSSIAN[0], "Новый бюджет города", PARAS[1], RUSSIAN[1], PARAS[2]]
    assert foreign_lines(body) == []


def test_a_short_body_has_no_rest_to_compare_with() -> None:
    assert foreign_lines(["Следете не на Фејсбук", "A short line of English."]) == []


def test_kana_and_kanji_are_one_script() -> None:
    assert script_of("カ") == script_of("か") == script_of("東")


def test_latin_extensions_are_latin() -> None:
    assert script_of("ž") == script_of("a") == script_of("ạ")
    assert script_of("ж") != script_of("a")
