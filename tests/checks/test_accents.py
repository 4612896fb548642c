"""A short line in another Latin-script language than a plain-ASCII body, told by its accented letters; a
title whose accents were lost, told by the body's spelling."""

from __future__ import annotations

import pytest

from harness.checks.accents import accent_lines, stripped_title_words, umlauts_in_address
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
    """ "Čtěte také" over an English body that says "take": "také" folds to "take", "Čtěte" to nothing the
    body writes, so the line is still another language's."""
    body = [PARAS[0], "Čtěte také", *PARAS[1:], "It will take the council another year to decide."]
    assert _found("\n\n".join(body)) == ["error:Čtěte také"]


def _title_found(title: str, body: str, url: str = "https://example.com/news/1") -> list[str]:
    findings = page_checks(record(title=title, body=body, url=url))
    return [f"{f.severity}:{f.excerpt}" for f in findings if f.check == "title.accents_stripped"]


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Stadtrat beschliesst Haushalt fur Schulen und Buchereien", ["fur", "Buchereien"]),
        ("Haushalt: Stadtrat erhoht die Ausgaben", ["erhoht"]),
        ("Die Opposition verlangt eine unabhangige Prufung", ["unabhangige", "Prufung"]),
    ],
)
def test_a_title_folded_to_ascii_is_told_by_the_body_s_accents(title: str, words: list[str]) -> None:
    body = "\n\n".join([*GERMAN, "Der Stadtrat erhöht auch die Mittel für 12 Büchereien."])
    assert stripped_title_words(title, body) == words
    assert _title_found(title, body) == [f"error:{title}"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the title keeps its accents, or has none to lose
        ("Stadtrat erhöht die Ausgaben für Büchereien", "\n\n".join(GERMAN)),
        ("Stadtrat beschliesst den Haushalt", "\n\n".join(GERMAN)),
        # the body writes the word without its accent too: the article's own spelling
        ("Zurich bank fined over sanctions", "The Zürich-based bank, one of Zurich's oldest, was fined."),
        # an English body with no accented letter
        ("City council approves the budget", ARTICLE),
    ],
)
def test_a_title_whose_words_the_body_writes_plain_too_is_not(title: str, body: str) -> None:
    assert stripped_title_words(title, body) == []
    assert _title_found(title, body) == []


@pytest.mark.parametrize(
    ("title", "url", "words"),
    [
        (
            "Getranke per Schiff ins Stadtzentrum",
            "https://example.de/handel/getraenke-per-schiff-ins-stadtzentrum-123",
            ["Getranke"],
        ),
        (
            "Rapper erklart ihn fur erledigt",
            "https://example.de/rapper-erklaert-ihn-fuer-erledigt",
            ["erklart"],
        ),
    ],
)
def test_a_title_folded_to_ascii_is_told_by_the_address_s_umlauts(
    title: str, url: str, words: list[str]
) -> None:
    """With no body, a German address's plain-letter umlauts ("ae", "ue") are the evidence; a word of
    three letters ("fur") is too short to tell from a word the address merely spells alike."""
    assert umlauts_in_address(title, url) == words
    assert _title_found(title, "", url) == [f"error:{title}"]


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Getraenke per Schiff ins Stadtzentrum", "https://example.de/getraenke-per-schiff"),  # spelled alike
        ("Getränke per Schiff ins Stadtzentrum", "https://example.de/getraenke-per-schiff"),  # umlauts kept
        ("Blue whales return to the bay", "https://example.com/2024/blue-whales-return-to-the-bay"),
    ],
)
def test_a_title_that_spells_as_the_address_does_is_not(title: str, url: str) -> None:
    assert umlauts_in_address(title, url) == []
    assert _title_found(title, "", url) == []
