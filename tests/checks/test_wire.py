"""A news agency's version slug left in the title (``title.wire_slug``): the feed's line, not the headline."""

from __future__ import annotations

import pytest

from harness.checks.wire import wire_slug
from tests.checks.helpers import page_checks, record


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("UPDATE 1-Council approves budget for schools", "UPDATE 1-"),
        ("RPT-UPDATE 2-Council approves budget for schools", "RPT-UPDATE 2-"),
        ("REFILE-Council approves budget", "REFILE-"),
        ("ACTUALIZA 2-El consejo aprueba el presupuesto", "ACTUALIZA 2-"),
        ("MISE A JOUR 1-« Le conseil adopte le budget »", "MISE A JOUR 1-"),
        ("ROUNDUP: Stadtrat beschließt Haushalt", "ROUNDUP:"),
        ("ROUNDUP 2/Stadtrat beschließt Haushalt", "ROUNDUP 2/"),
        ("WDH/ROUNDUP: Stadtrat beschließt Haushalt", "WDH/ROUNDUP:"),
        ("KORREKTUR/DIMETHYLETHER: ALTERNATIVE FÜR DAS HEIZEN", "KORREKTUR/"),
        ("Stadtrat beschließt Haushalt (Zusammenfassung 16.24 Uhr)", "(Zusammenfassung 16.24 Uhr)"),
        ("Stadtrat beschließt Haushalt (Zusammenfassung)", "(Zusammenfassung)"),
    ],
)
def test_a_version_slug_at_either_end_fails_the_page(title: str, slug: str) -> None:
    assert wire_slug(title) == slug.strip()
    found = [f for f in page_checks(record(title=title)) if f.check == "title.wire_slug"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]
    assert repr(slug.strip()) in found[0].message


@pytest.mark.parametrize(
    "title",
    [
        "UPDATE: Police find missing girl safe",  # a local paper's own kicker
        "EXCLUSIVE: Council kept budget report secret",
        "NATO-Gipfel in Vilnius: Die wichtigsten Ergebnisse",  # a compound with an acronym
        "UPDATE-Funktion: Neue Version für Windows",
        "Roundup: the best phones of the year",  # not the feed's capitals
        "iOS 17.2 (Update) bringt Tagebuch-App",
        "UPDATE 1-",  # nothing of a headline left
        "COVID-19 cases rise again in the city",
    ],
)
def test_headlines_that_look_like_slugs_are_left_alone(title: str) -> None:
    assert wire_slug(title) is None
