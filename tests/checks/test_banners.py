"""A countdown to an event at the body's edge and a live blog's pinned-post label (``boilerplate.notice``,
:mod:`harness.checks.banners`), in any language; a story's own sentences about days left and its headings
with the same words are left alone."""

from __future__ import annotations

import pytest

from harness.checks.banners import banner_lines
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Noch 47 Tage bis zur Bundestagswahl",
        "79 DAYS TO GO until the Olympic Games",
        "J-107 avant le premier tour",
        "대선 D-171",
        "Faltan 21 días para el Mundial",
    ],
)
def test_a_countdown_fails_the_page_at_either_edge(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS, line]):
        assert _notices(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line", ["Pinned post", "Angepinnter Beitrag", "Épinglé par Maria Rossi", "Publicación fijada · 22:31"]
)
def test_a_pinned_post_label_fails_the_page_anywhere(line: str) -> None:
    assert _notices([*PARAS[:2], line, *PARAS[2:]]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Your browser (Edge 16) is no longer supported. Please use the latest version of Chrome or Firefox.",
        "Je gebruikt een verouderde browser (Firefox 71). Update je browser voor de beste ervaring.",
        "您的浏览器版本过低（Internet Explorer 8），请升级浏览器以获得更好的浏览体验。",
        "Signed in as jenniferh30 – Not you? Sign out",
        "Inloggad som Per Holm – Mitt konto – Logga ut",
    ],
)
def test_a_browser_notice_or_an_account_bar_fails_the_page_anywhere(line: str) -> None:
    assert _notices([*PARAS[:2], line, *PARAS[2:]]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "There are 47 days left until the election, and the polls are tight.",
        "Le maire épinglé par la justice",
        "Precio fijado en 3 euros",
        "고정 금리 인상",
        "The update (Chrome 120) adds a new tab layout, Google said on Tuesday in a blog post.",
        "Log out of every account you no longer use, the security researcher advised.",
    ],
)
def test_a_story_s_own_lines_are_left_alone(line: str) -> None:
    assert banner_lines([line, *PARAS]) == []
