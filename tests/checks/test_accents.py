"""A short line in another Latin-script language than a plain-ASCII body, told by its accented letters."""

from __future__ import annotations

import pytest

from harness.checks.accents import accent_lines
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")
GERMAN = [
    "Der Stadtrat hat am Dienstag nach langer Debatte über die Schulen den Haushalt beschlossen.",
    "Die Mitglieder sagten, der Plan erhöhe die Ausgaben für Büchereien und den öffentlichen Nahverkehr.",
    "Die Opposition kritisierte den Zeitpunkt der Abstimmung und verlangte eine unabhängige Prüfung.",
]


def _found(body: str) -> list[str]:
    findings = page_checks(record(body=body))
    return [f"{f.severity}:{f.excerpt}" for f in findings if f.check == "boilerplate.foreign_letters"]


@pytest.mark.parametrize(
    "line", ["Zapisz się już dziś", "Bültenimize şimdi üye olun", "Sledujte nás na síti"]
)
def test_a_short_line_with_letters_the_english_body_never_uses_is_an_error(line: str) -> None:
    assert _found("\n\n".join([PARAS[0], line, *PARAS[1:]])) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Björk and Sigur Rós",  # names: mostly capitalised words
        "Jälgi meid",  # one accented letter: a name or a loan word has as many
        "Señor Müller said the café would reopen next week.",  # a sentence
        "Naïve",  # one word
    ],
)
def test_names_sentences_and_single_accents_are_left_alone(line: str) -> None:
    assert _found("\n\n".join([PARAS[0], line, *PARAS[1:]])) == []


def test_a_body_with_accents_of_its_own_is_left_alone() -> None:
    """A German body uses non-ASCII letters itself: a line's accents are no evidence there."""
    assert accent_lines([GERMAN[0], "Suivez-nous sur notre chaîne préférée", *GERMAN[1:]]) == []


def test_a_loan_word_the_body_also_writes_without_accents_is_the_articles() -> None:
    """ "Crème brûlée" as a subheading over a paragraph about the creme brulee: the article's own words;
    the same body with a Polish prompt instead still fails."""
    recipe = [
        "The restaurant on the harbour reopened this week with a shorter menu and a new pastry chef.",
        "Its creme brulee, torched at the table, is the dessert most guests order, the owner said.",
        "Prices stay the same as last year, and the terrace opens again when the weather allows it.",
    ]
    assert _found("\n\n".join([recipe[0], "Crème brûlée", *recipe[1:]])) == []
    assert _found("\n\n".join([recipe[0], "Przeczytaj również", *recipe[1:]])) == ["error:Przeczytaj również"]
    plain = [line.replace("creme brulee", "custard") for line in recipe]  # the limit: no evidence
    assert _found("\n\n".join([plain[0], "Crème brûlée", *plain[1:]])) == ["error:Crème brûlée"]


def test_a_foreign_word_that_folds_to_an_english_one_does_not_excuse_the_line() -> None:
    """"Čtěte také" over an English body that says "take": "také" folds to "take", "Čtěte" to nothing the
    body writes, so the line is still another language's."""
    body = [PARAS[0], "Čtěte také", *PARAS[1:], "It will take the council another year to decide."]
    assert _found("\n\n".join(body)) == ["error:Čtěte také"]
