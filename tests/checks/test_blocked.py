"""Records made of a page that is not the article (a bot wall, a soft 404, a consent wall):
``page.not_an_article``. None of these titles or bodies is in a bench."""

from __future__ import annotations

import pytest

from harness.checks.blocked import body_phrase, title_kind
from tests.checks.helpers import ARTICLE, page_checks, record

CHALLENGE = (
    "Checking if the site connection is secure\n\n"
    "news.example.com needs to review the security of your connection before proceeding.\n\n"
    "Ray ID: 8a1f2b3c4d5e6f70\n\nPerformance & security by Cloudflare"
)
SOFT_404 = (
    "Oops!\n\nDie von Ihnen gesuchte Seite wurde nicht gefunden. Vielleicht hilft Ihnen unsere Suche"
    " weiter.\n\nZur Startseite"
)


def _found(**fields: object) -> list[tuple[str, str, str | None]]:
    return [
        (f.severity, f.field, f.excerpt)
        for f in page_checks(record(**fields))
        if f.check == "page.not_an_article"
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Just a moment...",
        "Attention Required! | Cloudflare",
        "404 Not Found",
        "Page not found – The Daily Example",
        "Seite nicht gefunden | Beispiel-Zeitung",
        "Página no encontrada",
        "Страница не найдена",
        "Access Denied",
        "ページが見つかりません",
        "Startseite",
        "Home",
    ],
)
def test_an_error_or_bot_check_title_is_an_error(title: str) -> None:
    assert _found(title=title) == [("error", "$.title", title)]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (CHALLENGE, "checking if the site connection is secure"),
        (SOFT_404, "die von ihnen gesuchte seite wurde nicht gefunden"),
    ],
)
def test_a_short_body_of_such_a_page_is_an_error(body: str, phrase: str) -> None:
    assert _found(body=body) == [("error", "$.body", phrase)]


@pytest.mark.parametrize(
    "title",
    [
        "Access denied: the fight over the harbour's public path",
        "Not Found: an exhibition of lost objects",
        "Consent",
        "Forbidden",
        "404 days in orbit",
        "Access Denied - The story of the harbour path and the people who keep it open",
        "News - Elder: Aus dem Ghetto nach Augusta",
    ],
)
def test_headlines_that_start_alike_are_headlines(title: str) -> None:
    assert not title_kind(title)


def test_a_long_article_quoting_a_challenge_page_is_an_article() -> None:
    body = "\n\n".join([ARTICLE] * 6 + ["Visitors saw a page reading 'Checking your browser' and a Ray ID."])
    assert body_phrase(body) is None
    assert _found(body=body) == []
