"""An editor's note about the article kept in its body (``boilerplate.notice``,
:mod:`harness.checks.editorial`): a content note, a trigger warning or a disclosure, told by its label and by
the article named after it, in many languages; the article's own lines that name it, and its update and
correction notes, are left alone."""

from __future__ import annotations

import pytest

from harness.checks.editorial import editorial_lines
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _notes(body: list[str]) -> list[str]:
    return [
        f"{f.severity}:{f.excerpt}"
        for f in page_checks(record(body="\n\n".join(body)))
        if f.check == "boilerplate.notice" and "editor's note" in f.message
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Content warning: this article contains descriptions of self-harm and domestic abuse.",
        "CW: eating disorders, self-harm",
        "Triggerwarnung: In diesem Text geht es um sexualisierte Gewalt.",
        "Avertissement : ce témoignage aborde les violences conjugales.",
        "Внимание: в тексте есть описание домашнего насилия.",
        "Ostrzeżenie: tekst porusza temat samobójstwa.",
        "【注意】この記事には自殺に関する記述が含まれます。",
        "※ 이 기사에는 가정폭력 관련 묘사가 포함돼 있어 독자의 주의가 필요합니다.",
        "内容提示：本文涉及家庭暴力等内容，可能引起部分读者不适。",
        "تحذير: يتضمن هذا المقال وصفاً للعنف الأسري.",
    ],
)
def test_a_content_note_above_the_story_fails_the_page(line: str) -> None:
    assert _notes([line, *PARAS]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Disclosure statement: Jane Roe does not work for, consult, own shares in or receive funding from any"
        " company that would benefit from this article.",
        "Transparenzhinweis: Der Autor hält Aktien von Siemens.",
        "利益披露：作者王丽持有腾讯控股股票。",
        "Conflict of interest: the writer's partner works for the council.",
    ],
)
def test_a_disclosure_below_the_story_fails_the_page(line: str) -> None:
    assert _notes([*PARAS, line]) == [f"error:{line}"]


def test_a_note_s_own_label_counts_on_any_line_and_a_named_article_only_at_an_edge() -> None:
    labelled = "Disclosure: the mayor's office paid for the reporter's travel to the conference."
    named = "Hinweis: Dieser Text beschreibt die Sitzung des Rates."
    many = [*PARAS, *PARAS]
    assert _notes([*many[:3], labelled, *many[3:]]) == [f"error:{labelled}"]
    assert _notes([*many[:3], named, *many[3:]]) == []
    assert _notes([*many, named]) == [f"error:{named}"]


@pytest.mark.parametrize(
    "line",
    [
        # the article naming itself in its sentences, not after a label
        "In this article, we look at what the budget means for the city's libraries.",
        # an update's and a correction's note: the article's history, which the truths keep
        "Editor's note: This story was updated at 5:45 p.m. ET to include the council's vote.",
        "Correction: An earlier version of this article misstated the size of the budget.",
        "UPDATE: many readers asked how the charts in this article were made.",
        "Korrektur: In einer früheren Fassung dieses Textes stand ein falsches Datum; er wurde korrigiert.",
        # a label with no note's kind and no article named
        "Budget vote: council members approved school funding by 7 to 4.",
        # a warning in general, not a note's label, in the article's own words
        "Предупреждение: в четверг ожидается сильный ветер в городе.",
        # a link: a page's address is a box of the article's (its source), not a note
        "Disclosure: see https://example.com/ethics for how this article was funded.",
        # a story's closing line after a label, about writers who are not the article's author
        "The bottom line: the AMPTP-DGA deal may be the last, best hope to settle the writers strike.",
    ],
)
def test_the_article_s_own_lines_are_left_alone(line: str) -> None:
    assert _notes([line, *PARAS]) == []
    assert _notes([*PARAS, line]) == []


def test_a_short_body_has_no_edges_apart_from_its_article() -> None:
    assert editorial_lines(["Content note: this story describes a flood.", "The river rose."]) == []


def test_hostile_input_is_read_in_bounded_time() -> None:
    long_label = "a" * 10_000 + ": this article"
    colons = ":" * 20_000
    body = [long_label, colons, *PARAS, "x " * 5_000 + ": this story", colons]
    assert editorial_lines(body) == []


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("This live blog is now closed – the last update was posted at 19:44 GMT on Monday.", "start"),
        ("Liveblog beendet (24.10.2023, 17:59 Uhr): Am Mittwoch sind wir wieder für Sie da.", "start"),
        ("本场直播已于2月14日20:55结束，更多后续报道请关注新的直播页面。", "start"),
        ("Continued from Page B1", "start"),
        ("TRANSIT, from B1", "start"),
        ("Suite de la page 2", "start"),
        ("(1면에서 계속)", "start"),
        ("This edition (Friday, August 2) includes an insert from Valley Motors in selected areas.", "end"),
        ("Ce numéro comporte un encart Jardinerie Bertin sur une partie du tirage.", "end"),
    ],
)
def test_a_note_about_the_page_or_the_printed_edition_at_an_edge_fails_the_page(
    line: str, where: str
) -> None:
    body = [line, *PARAS] if where == "start" else [*PARAS, line]
    assert _notes(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # the article's own sentences: live coverage or a page named, no end or no page's number
        "The broadcaster's live coverage of the vote drew more viewers than last year's final.",
        "Residents from B1 to B4 blocks will be moved to the new flats first.",
        "The council printed a new edition of the city guide, with maps of every library.",
        # a live blog's and an end's words inside other words ("director", "recommended")
        "The director of a zoo where a teenager was killed by an escaped tiger has admitted that the wall was"
        " well below the height recommended by a regulatory body.",
        "El director del museo dijo que la obra se terminó en 1920.",
    ],
)
def test_the_article_s_own_lines_about_coverage_pages_and_editions_are_left_alone(line: str) -> None:
    assert _notes([line, *PARAS]) == []
    assert _notes([*PARAS, line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Getting around: the 24-hour city pass costs €22. The trip was provided by the Lisbon tourist board.",
        "Rooms at the Hotel Canal start at €140 a night. The writer was a guest of Visit Flanders.",
        "Die Reise wurde unterstützt von Innsbruck Tourismus.",
        "Ce reportage a été réalisé à l'invitation de l'office de tourisme de Porto.",
        "El viaje fue por cortesía de la Oficina de Turismo de Islandia.",
        "Anreise: Mit dem Zug ab München in 4 Stunden. Die Recherche wurde unterstützt von Südtirol.",
        "Podróż odbyła się na zaproszenie Islandzkiej Organizacji Turystycznej.",
        "取材協力：アイスランド政府観光局",
    ],
)
def test_a_travel_piece_s_hosted_trip_disclosure_at_the_end_fails_the_page(line: str) -> None:
    assert _notes([*PARAS, line]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # the news of a trip, not the writer's: no host of the writing named as such
        "The president's trip to Beijing was announced on Monday and will last three days.",
        "Die Reise des Kanzlers nach Peking dauert drei Tage.",
        "The council's trip to the twin town was paid from the mayor's own budget, the report said.",
    ],
)
def test_a_trip_in_the_news_is_not_a_hosted_trip_disclosure(line: str) -> None:
    assert _notes([*PARAS, line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "This reporting was supported by a grant from the Harlow Foundation's local news fund.",
        "Diese Recherche wurde von der Stiftung Lokaljournalismus gefördert.",
        "Este reportaje ha sido posible gracias a una beca de la Fundación Prensa Libre.",
        "Cette enquête a été réalisée avec le soutien du Fonds pour l'information locale.",
        "Матеріал підготовлено за підтримки Фонду розслідувань.",
    ],
)
def test_a_grant_s_note_about_the_reporting_at_the_end_fails_the_page(line: str) -> None:
    assert _notes([*PARAS, line]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # a project in the news, funded: not this reporting
        "The project was funded by the state and will open in the spring.",
        "Der Bau wird vom Land gefördert, sagte die Bürgermeisterin.",
    ],
)
def test_a_funded_project_in_the_news_is_not_a_grant_s_note(line: str) -> None:
    assert _notes([*PARAS, line]) == []
