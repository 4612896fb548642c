"""The standfirst run onto the headline with no space (``title.standfirst_joined``), told by the body."""

from __future__ import annotations

import pytest

from harness.checks.runin import standfirst_joined
from tests.checks.helpers import ARTICLE, page_checks, record


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("City council approves budgetThe decision follows months of debate", "budgetThe"),
        ("Stadtrat beschließt HaushaltDie Entscheidung fällt nach monatelangem Streit", "HaushaltDie"),
        ("El consejo aprueba el presupuestoLa decisión llega tras meses de debate", "presupuestoLa"),
    ],
)
def test_a_deck_glued_to_the_headline_fails_the_page(title: str, pair: str) -> None:
    assert standfirst_joined(title, ARTICLE) == pair
    found = [f for f in page_checks(record(title=title)) if f.check == "title.standfirst_joined"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a brand written in one word, which its article's body writes too
        (
            "How the new PlayStation controller works with phones",
            "The PlayStation controller pairs with phones.",
        ),
        ("Budget vote: how WordPress sites can show the results", "WordPress sites can embed it."),
        # a handle or an identifier: more than one hump
        ("Chapter 1 - AMournfulHowlInTheNight - a story in parts", "Story text."),
        # the glued word first, or too few words after it
        ("YouTube star opens a restaurant in the city", "A star opens a restaurant."),
        ("City council approves the budget for JavaScript", "Other text."),
    ],
)
def test_titles_with_glued_words_the_body_explains_are_left_alone(title: str, body: str) -> None:
    assert standfirst_joined(title, body) is None


def test_without_a_body_only_a_sentence_s_opener_glued_on_counts() -> None:
    assert standfirst_joined("City council approves budgetThe decision follows months of debate", None) == (
        "budgetThe"
    )
    assert (
        standfirst_joined("Rezoning plan plagued re-election bidResidents say they were never asked", None)
        is None
    )
    assert standfirst_joined("Why LinkedIn users are leaving the site", None) is None
    assert standfirst_joined("How the new PlayStation controller works with phones", None) is None


def test_a_hostile_title_is_read_in_bounded_time() -> None:
    glued = "wordThe " * 200_000
    assert standfirst_joined(glued, "text") == "wordThe"
    assert standfirst_joined("a" * 1_000_000 + "Bc d e f", None) is None
