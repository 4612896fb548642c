"""An alcohol or gambling advertisement's mandatory warning (``boilerplate.notice``,
:mod:`harness.checks.mandatory`): one of the warnings' phrases with a digit or a web address; a story that
quotes a campaign's words is left alone."""

from __future__ import annotations

import pytest

from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Wine of the week: Tenuta Santoro Chianti Classico 2010, 14.0%, £35.50. Please drink responsibly. "
        "For the facts, visit drinkaware.co.uk.",
        "Weintipp der Woche: Spätburgunder 2018, 12,0 % vol. Kein Verkauf an Personen unter 18 Jahren.",
        "Château Gauthier 2014, 11,5 %. L'abus d'alcool est dangereux pour la santé.",
        "Quote maggiorate sulla finale: 2,10. Il gioco può causare dipendenza. Vietato ai minori di 18 anni.",
        "18+ | New customers only | Please gamble responsibly | BeGambleAware.org",
        "ビール350ml 198円。お酒は20歳になってから。",
    ],
)
def test_a_mandatory_warning_fails_the_page(line: str) -> None:
    assert _notices([*PARAS[:2], line, *PARAS[2:]]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The campaign urges fans to drink responsibly during the tournament, organisers said.",
        "Le ministre a rappelé que l'abus d'alcool est dangereux pour la santé des jeunes.",
    ],
)
def test_a_story_quoting_a_campaign_is_left_alone(line: str) -> None:
    assert _notices([*PARAS[:2], line, *PARAS[2:]]) == []
