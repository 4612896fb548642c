"""Rows of short items between one separator (menus, breadcrumbs, switchers, share bars), told by shape in
any script: ``boilerplate.link_row``. None of these lines is in a bench."""

from __future__ import annotations

import pytest

from harness.checks.rows import is_link_row, link_columns, link_rows
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _found(body: str) -> list[str]:
    return [
        f"{f.severity}:{f.excerpt}"
        for f in page_checks(record(body=body))
        if f.check == "boilerplate.link_row"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Accueil | Politique | Économie | Culture | Sport",
        "Inicio › Deportes › Fútbol",
        "Forside » Nyheder » Indland",
        "Главная / Новости / Общество",
        "Suomi · Svenska · English",
        "WhatsApp | Telegram | Copiar enlace",
        "首页 | 新闻 | 体育 | 财经",
        "ホーム > ニュース > 国内",
        "Ana Sayfa • Gündem • Ekonomi • Spor",
        "홈 | 뉴스 | 정치",
    ],
)
def test_a_row_of_links_amid_the_article_is_an_error(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # sentences, titles and data that use the same separators
        "Rum – Tour mit der Hallunken – Schunkel",
        "The results: 3 | 2 | 1, a narrow win for the home side.",
        "Berlin / Hamburg / München: die Mieten steigen weiter.",
        "Q1 | Q2 | Q3 | Q4",
        "2019 / 2020 / 2021",
        "毎日の記念日・誕生花・有名人の誕生日",
        "He said it was a long day - and/or a long week - for everyone involved.",
        "Tickets / Anfahrt",
        "Kunst, Kultur und Geschichte im Überblick",
    ],
)
def test_prose_titles_and_data_rows_are_not_link_rows(line: str) -> None:
    assert not is_link_row(line)
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == []


def test_the_articles_own_list_format_is_left_alone() -> None:
    """Three rows or more with the same separator are the body's own list (a filmography's credits)."""
    works = [
        "Die Anstalt (2019)",
        "Buch / Regie / Schnitt",
        "Neue Nachbarn (2020)",
        "Buch / Co-Regie / Produktion",
        "Der Umzug (2021)",
        "Regie / Schnitt / Sounddesign",
    ]
    assert link_rows(works) == []
    assert link_rows([*works[:2], "Home | News | Sport"]) == ["Buch / Regie / Schnitt", "Home | News | Sport"]


@pytest.mark.parametrize(
    "items",
    [
        ["Home", "News", "Sports", "Business"],
        ["Print", "E-mail", "Share"],
        ["Technology", "Health"],
        ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport"],
        ["Главная", "Новости", "Спорт"],
        ["首页", "新闻", "体育", "财经"],
        ["JOBS", "AUTOS", "REAL ESTATE", "CLASSIFIEDS"],
    ],
)
def test_a_menu_kept_one_item_a_line_at_either_edge_is_an_error(items: list[str]) -> None:
    column = " | ".join(items)
    assert _found("\n".join(items) + "\n\n" + ARTICLE) == [f"error:{column}"]
    assert _found(ARTICLE + "\n\n" + "\n\n".join(items)) == [f"error:{column}"]


def test_short_lines_amid_the_article_or_fewer_than_three_are_not_a_column() -> None:
    """Subheads, a dateline, a signature: short lines one or two at a time, or between paragraphs; and a
    body that is all short items is the menu check's (``body.nav_menu``), not a column beside prose."""
    assert link_columns([*PARAS[:2], "The background", "Ahead", "What next", *PARAS[2:]]) == []
    assert link_columns(["BERLIN, Germany", *PARAS]) == []
    assert link_columns(["BAAR, SWITZERLAND", "Jana Brandt, staff writer", *PARAS]) == []
    assert link_columns([*PARAS, "Jane Miller"]) == []
    assert link_columns(["Home", "News", "Sport", "Weather"]) == []
    # more than one item with a digit: a list of figures or dates, the article's own
    assert link_columns([*PARAS, "Round 1", "Round 2", "Final"]) == []
    # items of four words or more are no menu's
    assert link_columns([*PARAS, "Our new summer menu", "Where to eat tonight", "The best new bars"]) == []
