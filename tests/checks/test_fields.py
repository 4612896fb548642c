"""Checks of the smaller fields: a title that is not a headline's shape, authors that are not names, a
language the body is not written in."""

from __future__ import annotations

import pytest

from tests.checks.helpers import ARTICLE, checks_of, page_checks, record

RUSSIAN = (
    "Городской совет утвердил новый бюджет во вторник после долгих споров о финансировании школ. "
    "Депутаты заявили, что план увеличивает расходы на библиотеки и общественный транспорт."
)
CHINESE = (
    "市议会周二在就学校经费进行长时间辩论后批准了新预算。"
    "议员们表示，该计划将增加图书馆和公共交通的支出，市长承诺保持房产税稳定。"
)


@pytest.mark.parametrize(
    "title",
    [
        "4 March 2021",
        "2021-03-04",
        "Montag, 4. März 2021",
        "04/03/2021 12:30",
        "2021年3月4日",
        "4 de marzo de 2021",
        "Friday, March 4, 2021 at 10:00 AM EST",
    ],
)
def test_title_that_is_only_a_date(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.date_only"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]


@pytest.mark.parametrize(
    "title",
    [
        "DenkanStoos April 2012",  # a month without a day: an event's name
        "Blogposting 01/23/2020",  # a word before the date, no comma
        "lundi 4 mars 2021 : la grève continue",
        "Calendário Stock Car 2018",
        "9/11: twenty years on",
        "Budget 2021: what changes on 4 March",
    ],
)
def test_headlines_with_dates_are_not_dates(title: str) -> None:
    assert "title.date_only" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    ("title", "leaked"),
    [
        ("Budget &amp; schools: the vote", "&amp;"),
        ("Council <b>approves</b> budget", "<b>"),
        ("It&#8217;s done", "&#8217;"),
    ],
)
def test_markup_in_the_title(title: str, leaked: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.markup_leak"]
    assert found and found[0].excerpt == leaked and found[0].severity == "error"


@pytest.mark.parametrize(
    ("title", "leaked"),
    [
        ("{{ article.headline }}", "{{ article.headline }}"),
        ("undefined", "undefined"),
        ("Budget vote ${site_name}", "${site_name}"),
        ("[object Object]", "[object Object]"),
    ],
)
def test_a_templates_placeholder_or_empty_value_as_title(title: str, leaked: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.markup_leak"]
    assert [(f.excerpt, f.severity) for f in found] == [(leaked, "error")]


@pytest.mark.parametrize(
    "title", ["https://news.example.com/2025/06/03/budget", "www.example.com", "desk@example.com"]
)
def test_an_address_as_title(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.not_a_headline"]
    assert [(f.excerpt, f.severity) for f in found] == [(title, "error")]
    assert "title.not_a_headline" not in checks_of(page_checks(record(title="Example.com buys a rival site")))


def test_plain_ampersands_and_angles_in_titles_are_not_markup() -> None:
    for title in ("AT&T buys a rival", "Q&A: the budget", "Why 3 < 5 matters for schools"):
        assert "title.markup_leak" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    ("title", "language", "stop"),
    [
        ("Trump says he will veto the…", "en", "'the'"),
        ("Trump says he will veto the...", None, "'the'"),
        ("Die Regierung plant eine Reform der …", "de", "'der'"),
        ("ОБЩИНА ВРАЦА СПЕЧЕЛИ ПРОЕКТ ЗА КОРПУС НА …", None, "'НА'"),
        ("Deutschland-Tour 2023 | Tickets, …", "de", "','"),
        ("Ministers back the plan:...", "en", "':'"),
    ],
)
def test_a_title_cut_short(title: str, language: str | None, stop: str) -> None:
    found = [f for f in page_checks(record(title=title, language=language)) if f.check == "title.truncated"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]
    assert stop in found[0].message


@pytest.mark.parametrize(
    ("title", "language"),
    [
        # real titles that end with an ellipsis on a word a headline can end on
        ("Alles hat seine Zeit…", "de"),
        ("Ein entspannter Start ins neue Jahr 2016 – be happy! Alles andere kann warten…", "de"),
        ("Wait for it...", "en"),
        ("Warm war es.... schön war es...", None),
        ("Só quem se Ama…", "pt"),  # "ama" is Turkish's "but": flagged only when no language is given
        ("Trump says he will veto the bill", "en"),
    ],
)
def test_whole_titles_with_an_ellipsis_are_not_cut(title: str, language: str | None) -> None:
    assert "title.truncated" not in checks_of(page_checks(record(title=title, language=language)))


def test_a_title_the_pages_own_titles_go_on_past_is_cut_short() -> None:
    """Replay: "Änderun..." ends on no function word, but the page's ``<title>`` goes on past it; a whole
    title with an ellipsis, and the same words opening a paragraph of the body, are no evidence."""
    cut = "Das ändert sich im Jahr 2023: Die wichtigsten Änderun..."
    page = (
        "<html><head><title>Das ändert sich im Jahr 2023: Die wichtigsten Änderungen im Überblick</title>"
        f'<meta property="og:title" content="{cut}"></head><body><h1>Alles hat seine Zeit…</h1>'
        "<p>Alles hat seine Zeit, sagte sie.</p></body></html>"
    )
    findings = page_checks(record(title=cut, language="de"), html=page)
    found = [f for f in findings if f.check == "title.truncated"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", cut)]
    assert "Änderungen im Überblick" in found[0].message
    assert "title.truncated" not in checks_of(page_checks(record(title=cut, language="de")))
    whole = page_checks(record(title="Alles hat seine Zeit…", language="de"), html=page)
    assert "title.truncated" not in checks_of(whole)
    suffixed = page.replace("<h1>Alles hat seine Zeit…", "<h1>Alles hat seine Zeit… | Der Blog")
    same = page_checks(record(title="Alles hat seine Zeit…"), html=suffixed)
    assert "title.truncated" not in checks_of(same)


@pytest.mark.parametrize(
    "title",
    [
        "City council approves budget City council approves budget",
        "City council approves budget | City council approves budget",
        "Stadtrat beschließt Haushalt – Stadtrat beschließt Haushalt",
        "市议会周二批准了学校预算案市议会周二批准了学校预算案",
    ],
)
def test_one_headline_twice(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.doubled"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]


@pytest.mark.parametrize("title", ["city-council-approves-budget", "stadtrat_beschliesst_haushalt_2021.html"])
def test_the_urls_slug_as_the_title(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.not_a_headline"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]
    assert "slug" in found[0].message


@pytest.mark.parametrize(
    "title", ["COVID-19-related deaths", "Bienenstich-Muffins", "Mandarinen-Schmand-Kuchen"]
)
def test_hyphenated_headlines_are_not_slugs(title: str) -> None:
    assert "title.not_a_headline" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    "title", ["City council\n    approves budget", "\n\tStadtrat beschließt Haushalt\n", "Budget   passes"]
)
def test_the_sources_line_breaks_and_indentation_in_the_title(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.markup_leak"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]
    assert "line breaks or indentation" in found[0].message


def test_a_title_ending_in_a_space_is_not_layout() -> None:
    assert "title.markup_leak" not in checks_of(page_checks(record(title="City council approves budget ")))


@pytest.mark.parametrize(
    ("title", "kicker"),
    [
        ("ExclusiveCity council approves budget", "Exclusive"),
        ("AnalyseDer Haushalt steht", "Analyse"),
        ("Opinión“El presupuesto llega tarde”", "Opinión"),
    ],
)
def test_a_kicker_run_into_the_headline(title: str, kicker: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.kicker_joined"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)] and repr(kicker) in found[0].message


@pytest.mark.parametrize(
    "title", ["Live: City council votes", "Exclusive interview with the mayor", "Analysts expect a rate cut"]
)
def test_a_kicker_with_its_separator_is_a_headline(title: str) -> None:
    assert "title.kicker_joined" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    ("title", "byline"),
    [
        ("City council approves budget | By Jane Miller", "| By Jane Miller"),
        ("Stadtrat beschließt Haushalt\u00a0von Anna Schmidt", "von Anna Schmidt"),
        ("Le conseil adopte le budget  par Jean-Luc Dupont", "par Jean-Luc Dupont"),
        ("Storm warning issued for the coast By Ana Ruiz", "coast By Ana Ruiz"),
        ("Storm warning issued for the coast BY ANA RUIZ", "BY ANA RUIZ"),
        ("Взрыв на складе в Подмосковье Автор: Анна Иванова", "Автор: Анна Иванова"),
        ("関東で猛暑日、熱中症に警戒 佐藤健記者", "佐藤健記者"),
        ("중부지방 폭우 예보 김민수 기자", "김민수 기자"),
        ("气象台发布暴雨黄色预警 记者 王芳", "记者 王芳"),
    ],
)
def test_the_byline_run_onto_the_end_of_the_title(title: str, byline: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.byline_joined"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)] and repr(byline) in found[0].message


@pytest.mark.parametrize(
    "title",
    [
        "Killed By Friendly Fire",  # every word capitalised: a headline
        "KILLED BY FRIENDLY FIRE",
        "Eine neue Studie von Heinz Duchhardt",  # whose work the headline speaks of
        "The Covenant of Water by Abraham Verghese",
        "Il discorso di fine anno di Sergio Mattarella",
        "逮捕されたのは元NHK記者",
    ],
)
def test_a_headline_naming_someone_at_its_end_is_no_byline(title: str) -> None:
    assert "title.byline_joined" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    "title",
    [
        "City council approves budget (47 comments)",
        "City council approves budget | 47 comments",
        "Stadtrat beschließt Haushalt (12 Kommentare)",
        "Взрыв на складе Комментарии: 12",
        "大雨で土砂崩れ（コメント12件）",
        "중부지방 폭우 예보 [댓글 12]",
        "Storm hits the coast 💬 12",
    ],
)
def test_the_comment_count_run_onto_the_end_of_the_title(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.comment_count"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]


@pytest.mark.parametrize(
    "title",
    ["No comments from the minister", "Readers' comments: 10 things we learned", "Top 12 comments of 2023"],
)
def test_a_headline_about_comments_is_no_count(title: str) -> None:
    assert "title.comment_count" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    ("title", "badge"),
    [
        ("Storm hits the coast Video 3:45", "Video 3:45"),
        ("Sturm trifft die Küste ▶ Video | 04:30", "| 04:30"),
        ("La tempête frappe la côte VIDÉO - Durée : 2:15", ": 2:15"),
        ("台风登陆 视频 3:45", "视频 3:45"),
        ("Storm hits the coast (Video 1:02:10)", "(Video 1:02:10)"),
    ],
)
def test_a_video_running_time_run_onto_the_end_of_the_title(title: str, badge: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.running_time"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]
    assert repr(badge) in found[0].message


@pytest.mark.parametrize(
    "title", ["Kick-off set for 15:30", "Anpfiff um 20:15", "Tagesschau 20:00", "John 3:16", "Bayern win 3:1"]
)
def test_a_time_of_day_or_a_verse_ending_the_title_is_no_running_time(title: str) -> None:
    assert "title.running_time" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    "title", ["New York, New York", "Bye bye, bye bye", "Sorry, sorry, sorry", "Budget passes; budget fails"]
)
def test_a_repeated_word_is_not_a_doubled_title(title: str) -> None:
    assert "title.doubled" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("City council approves budget - Page 2", "- Page 2"),
        ("Stadtrat beschließt Haushalt (Seite 2)", "(Seite 2)"),
        ("Le conseil adopte le budget – page 3 sur 5", "– page 3 sur 5"),
    ],
)
def test_a_page_number_left_in_the_title(title: str, number: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.page_number"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", number)]


@pytest.mark.parametrize("title", ["Todo listo para la marcha | Página12", "Turn the page 2 times a day"])
def test_a_newspaper_called_pagina12_is_no_page_number(title: str) -> None:
    assert "title.page_number" not in checks_of(page_checks(record(title=title)))


def test_a_paragraph_as_title() -> None:
    title = " ".join(ARTICLE.split()[:60])
    assert len(title) > 300
    assert "title.too_long" in checks_of(page_checks(record(title=title)))
    assert "title.too_long" not in checks_of(page_checks(record(title=title[:250])))


@pytest.mark.parametrize(
    ("author", "why"),
    [
        ("https://news.example.com/authors/jane", "link"),
        ("Jane Doe jane.doe@example.com", "e-mail"),
        ("Published 2021-03-04 by the newsroom", "date"),
        ("4 March 2021", "date"),
        ("Jane Doe is a reporter covering city hall and the council for the paper since 2019", "sentence"),
        ("Jane Doe\nCity desk", "line"),
        ("12345", "letters"),
        ("Jane Doe | Updated Jan. 5, 2022", "date"),
        ("Ana Ruiz · 17:45", "time"),
        ("Redaktion, 05.03.", "date"),
        ("webmaster", "CMS account"),
        ("undefined", "empty value"),
        ("By Priya Natarajan", "byline's word"),
        ("Par Claire Martin et Luc Bernard", "byline's word"),
        ("Priya Natarajan and Tom Okafor", "two names"),
        ("@janedoe", "handle"),
        ("twitter.com/ahmedkhan", "profile"),
        ("Williams Perdomo @wperdomod", "handle"),
        ("Priya Natarajan, Tom Okafor", "commas"),
        ("María José García, Juan Pérez, Li Wei", "commas"),
        ("Senior Political Correspondent", "job title"),
        ("Redakteurin im Ressort Politik", "job title"),
        ("AFP via Getty Images", "picture's credit"),
        ("picture alliance / dpa", "picture's credit"),
        ("Shaun Walker in Kyiv", "dateline's place"),
        ("Anna Kowalska aus Berlin", "dateline's place"),
        ("Luc Martin, correspondant à Rome", "dateline's place"),
        ("João Silva, de Lisboa", "dateline's place"),
        ("Jan Kowalski, Brüssel", "dateline's place"),
        ("Анна Иванова (Киев)", "dateline's place"),
        ("Jane Miller and agencies", "agencies"),
        ("Portrait of Jane Miller", "alt text"),
        ("Autorenbild Anna Schmidt", "alt text"),
        ("Аватар Анна Иванова", "alt text"),
        ("김민수 기자 사진", "alt text"),
        ("王芳头像", "alt text"),
        ('{"@type": "Person", "name": "Jane Miller"}', "script's object"),
        ("{'@type': 'Person', 'name': 'Jane Miller'}", "script's object"),
        ("[object Object]", "script's object"),
        ('<span class="author">Jane Miller</span>', "markup"),
        ("Jane MillerJane Miller", "twice"),
        ("Jane Miller Jane Miller", "twice"),
        ("王芳王芳", "twice"),
    ],
)
def test_author_entries_that_are_not_names(author: str, why: str) -> None:
    found = [f for f in page_checks(record(authors=["Ann Lee", author])) if f.check == "authors.not_a_name"]
    assert len(found) == 1 and found[0].field == "$.authors[1]" and why in found[0].message


@pytest.mark.parametrize(
    "authors",
    [
        ["Jane Doe"],
        ["Jean-Luc Picard", "Beverly Crusher"],
        ["María José García de la Torre"],
        ["李明"],
        ["Reuters"],
        # a stage name opening with a number ("50 Cent") is not: a number first is a count's
        ["SWR3 Redaktion", "FOX 5 Atlanta", "Louis XIV"],
        ["Von Miller", "Di Maria", "Santiago Ramón y Cajal", "Simon & Schuster", "Doe, Jane"],
        ["João da Silva e Souza Filho", "Bobby"],
        ["Slate.com", "O'Neil", "Mary-Kate Olsen"],
        ["Miller, Jane", "Jane Miller, Staff Writer", "Ana Ruiz, Associated Press", "Ann Lee, Redaktion"],
        ["Martin Luther King, Jr.", "Jane Miller, PhD", "Lula da Silva", "Marco Rossi da Roma"],
        ["Bruno (Henrique Zecchin) Rodrigues", "Jong, Michiel de", "Iberische Weine in Berlin - Vinos"],
        ["Sirhan Sirhan", "Li Li", "Ma Ma"],
    ],
)
def test_names_are_names(authors: list[str]) -> None:
    assert not {"authors.not_a_name", "authors.duplicate"} & checks_of(page_checks(record(authors=authors)))


def test_the_same_author_twice() -> None:
    found = [
        f
        for f in page_checks(record(authors=["Jane Doe", "Ann Lee", "jane  doe"]))
        if f.check == "authors.duplicate"
    ]
    assert [(f.field, f.severity) for f in found] == [("$.authors[2]", "error")]


def test_authors_of_the_wrong_type_are_left_to_the_schema() -> None:
    for authors in ("Jane Doe", None, [None, 3]):
        assert not {"authors.not_a_name", "authors.duplicate"} & checks_of(
            page_checks(record(authors=authors))
        )


@pytest.mark.parametrize(
    ("language", "body"), [("en", CHINESE), ("en-US", RUSSIAN), ("ru", ARTICLE), ("ja", ARTICLE)]
)
def test_language_whose_script_the_body_does_not_use(language: str, body: str) -> None:
    found = [
        f for f in page_checks(record(language=language, body=body)) if f.check == "language.script_mismatch"
    ]
    assert len(found) == 1 and found[0].severity == "error" and found[0].excerpt == language


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", ARTICLE),
        ("ru", RUSSIAN),
        ("zh-CN", CHINESE),
        ("ja", "東京で大きな地震が発生しました。" * 5),
        ("sr", RUSSIAN),  # Serbian is written in both scripts
        ("xx", CHINESE),  # a language the table does not know
        ("en", "Short"),  # too few letters to judge
        ("en", ARTICLE + "\n\n" + CHINESE),  # an English story quoting Chinese
        (None, CHINESE),
    ],
)
def test_language_and_script_agree(language: str | None, body: str) -> None:
    assert "language.script_mismatch" not in checks_of(page_checks(record(language=language, body=body)))


@pytest.mark.parametrize(
    ("line", "leaked"),
    [
        (".story p { margin: 0 0 1em; line-height: 1.5; }", "{ margin: 0 0 1em; line-height: 1.5; }"),
        ('{"@context": "https://schema.org", "@type": "NewsArticle"}', '{"@context":'),
        ("{% include 'share.html' %}", "{% include 'share.html' %}"),
        ("null", "null"),
        ("NaN", "NaN"),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum dolor"),
    ],
)
def test_code_and_placeholders_left_in_the_body(line: str, leaked: str) -> None:
    paras = ARTICLE.split("\n\n")
    body = "\n\n".join([paras[0], line, *paras[1:]])
    found = [f for f in page_checks(record(body=body)) if f.check == "body.markup_leak"]
    assert [(f.excerpt, f.severity) for f in found] == [(leaked, "error")]


def test_prose_about_empty_values_is_not_a_leak() -> None:
    paras = ARTICLE.split("\n\n")
    for line in ("The court declared the contract null and void.", "None of the members voted against it."):
        body = "\n\n".join([paras[0], line, *paras[1:]])
        assert "body.markup_leak" not in checks_of(page_checks(record(body=body)))


@pytest.mark.parametrize(
    "title",
    [
        "Jane Miller speaks during a news conference in Denver, May 21, 2021. (AP Photo/John Roe)",
        "Jane Miller arrives for a meeting in Denver on February 2, 2021. REUTERS/John Roe",
        "Anna Beispiel bei einer Pressekonferenz in Mainz (Archivbild). Foto: Max Muster/dpa",
        "Blick auf das Rathaus in Mainz. (Symbolbild) © Max Muster/Imago",
        "Jeanne Dupont lors d'une conférence de presse à Lyon, le 17 mai 2024. JEAN MARTIN / AFP",
        "記者会見する田中一郎知事＝3月4日、大阪市（共同）",
    ],
)
def test_a_pictures_caption_with_its_credit_is_not_a_headline(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.not_a_headline"]
    assert len(found) == 1 and "caption" in found[0].message


@pytest.mark.parametrize(
    "title",
    [
        "Neuer Blick auf das „Blue Marble“-Foto: ICON simuliert das Klimasystem",
        "VIDEO: Voting on NYCHA's Future",
        "AC/DC announce a world tour",
        "Photo: the best pictures of the week",
    ],
)
def test_a_headline_naming_a_photo_or_a_slash_is_no_caption(title: str) -> None:
    assert "title.not_a_headline" not in checks_of(page_checks(record(title=title)))


def test_a_date_with_its_day_and_month_swapped_against_the_url() -> None:
    swapped = record(url="https://news.example.com/2025/04/03/budget", published="2025-03-04T08:00:00+02:00")
    found = [f for f in page_checks(swapped) if f.check == "date.swapped"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", "2025-03-04T08:00:00+02:00")]
    assert "2025-04-03" in found[0].message
    for url, published in (
        ("https://news.example.com/2025/04/03/budget", "2025-04-03"),  # the same day
        ("https://news.example.com/2025/04/03/budget", "2025-04-05"),  # an edit, days later
        ("https://news.example.com/2025/03/03/budget", "2025-03-03"),  # day and month alike
        ("https://news.example.com/budget", "2025-03-04"),  # no date in the URL
    ):
        assert "date.swapped" not in checks_of(page_checks(record(url=url, published=published)))


@pytest.mark.parametrize(
    "title",
    [
        "Mes\u00adsen\u00adger\u00addiens\u00adte sind kein rechts\u00adfrei\u00ader Raum",
        "台风\u200b登陆",
        "Budget\u2060passes",
    ],
)
def test_invisible_characters_left_in_the_title(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.markup_leak"]
    assert len(found) == 1 and "invisible" in found[0].message


@pytest.mark.parametrize(
    "title", ["ฝนตกหนัก\u200bกรุงเทพฯ น้ำท่วมขัง", "می\u200cخواهم بروم", "👩\u200d💻 at work"]
)
def test_word_breaks_and_joiners_a_script_writes_are_no_leak(title: str) -> None:
    assert "title.markup_leak" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize("authors", [["Harm", "Robert"], ["Jane Miller", "Méndez", "Gustavo"]])
def test_one_name_split_in_two_entries(authors: list[str]) -> None:
    found = [f for f in page_checks(record(authors=authors)) if f.check == "authors.not_a_name"]
    assert [f.field for f in found] == [f"$.authors[{len(authors) - 1}]"]
    assert "two entries" in found[0].message


@pytest.mark.parametrize(
    "authors", [["Jane Miller", "AFP", "DPA"], ["Madonna"], ["Jane Miller", "Bob", "Ann Lee"],
                # whole names in scripts written without spaces (reporters of people.com.cn and mk.co.kr)
                ["牛镛", "岳弘彬"], ["이상현", "한수진", "김혜진"]]
)
def test_one_word_entries_that_are_not_halves_of_a_name(authors: list[str]) -> None:
    assert "authors.not_a_name" not in checks_of(page_checks(record(authors=authors)))


@pytest.mark.parametrize(
    ("published", "words"),
    [
        ("2009-01-01", "16 years before"),  # a copyright year read as the date
        ("2025-03-20T09:00:00+01:00", "16 days after"),  # the modified date, not the published one
        ("2025-03-02", "2 days before"),
    ],
)
def test_a_date_far_from_the_day_in_the_url(published: str, words: str) -> None:
    page = record(url="https://news.example.com/2025/03/04/budget", published=published)
    found = [f for f in page_checks(page) if f.check == "date.url_mismatch"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", published)]
    assert words in found[0].message and "2025-03-04" in found[0].message


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://news.example.com/2025/03/04/budget", "2025-03-03T23:30:00-05:00"),  # UTC on the next day
        ("https://news.example.com/2025/03/04/budget", "2025-03-10"),  # an update within the week
        ("https://news.example.com/2025/04/03/budget", "2025-03-04"),  # swapped: the other check says it
        ("https://news.example.com/2025/03/budget", "2019-01-01"),  # no day in the URL
    ],
)
def test_a_date_near_the_day_in_the_url(url: str, published: str) -> None:
    assert "date.url_mismatch" not in checks_of(page_checks(record(url=url, published=published)))


@pytest.mark.parametrize(
    "title", ["CITY COUNCIL APPROVES BUDGET FOR SCHOOLS", "СОВЕТ УТВЕРДИЛ НОВЫЙ БЮДЖЕТ ГОРОДА"]
)
def test_a_title_in_capitals_throughout(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.all_caps"]
    assert [(f.severity, f.excerpt) for f in found] == [("warning", title)]
    mixed = title.capitalize()
    page = f"<html><head><meta property='og:title' content='{mixed} | Daily'></head><h1>{mixed}</h1></html>"
    found = [f for f in page_checks(record(title=title), html=page) if f.check == "title.all_caps"]
    assert len(found) == 1 and repr(f"{mixed} | Daily") in found[0].message  # the page writes it so
    shouted = page.replace(mixed, title)  # the page itself writes it in capitals: nothing to name
    found = [f for f in page_checks(record(title=title), html=shouted) if f.check == "title.all_caps"]
    assert len(found) == 1 and "where the page writes" not in found[0].message


@pytest.mark.parametrize(
    "title",
    ["NASA AND ESA", "City council approves NATO budget", "UEFA: Ein neues Finale", "市议会批准新预算方案"],
)
def test_short_or_mixed_case_titles_are_not_in_capitals(title: str) -> None:
    assert "title.all_caps" not in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    "entry",
    [
        "View all posts by Jane Miller",
        "Alle Beiträge von Katharina Vogel anzeigen",
        "山田太郎の記事一覧",
        "Все материалы автора Анна Смирнова",
        "Tous les articles de Claire Dubois",
    ],
)
def test_the_label_of_the_link_to_the_authors_page(entry: str) -> None:
    found = [f for f in page_checks(record(authors=[entry])) if f.check == "authors.not_a_name"]
    assert len(found) == 1 and "author's page" in found[0].message


@pytest.mark.parametrize("entry", ["Emily Post", "Jane Stories", "Maria da Conceição Tavares"])
def test_names_that_hold_no_label(entry: str) -> None:
    assert "authors.not_a_name" not in checks_of(page_checks(record(authors=[entry])))


@pytest.mark.parametrize(
    "title",
    [
        "Home › News › Local",
        "Startseite > Sport",
        "Accueil » Actualités » Politique",
        "首页 / 新闻 / 国内",
        "ホーム › ニュース",
    ],
)
def test_the_breadcrumb_trail_as_the_title(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.not_a_headline"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]
    assert "breadcrumb" in found[0].message


@pytest.mark.parametrize(
    "title",
    [
        "Wurmkiste | selbst.de",  # a short headline and its site: a <title>, not a trail
        "Kinder und Arbeit » ProNATs e.V.",  # two sections need an arrow
        "Rail strike › trains halted across the north",  # a section of four words is a headline's
        "Ligue 1 › PSG",  # a number
    ],
)
def test_titles_that_are_no_breadcrumb_trail(title: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.not_a_headline"]
    assert not any("breadcrumb" in f.message for f in found)


@pytest.mark.parametrize(
    "entry", ["5 min read", "Lesezeit: 4 Min.", "この記事は約5分で読めます", "읽는 시간 7분", "12 articles"]
)
def test_a_number_in_an_author_entry(entry: str) -> None:
    found = [
        f for f in page_checks(record(authors=["Jane Miller", entry])) if f.check == "authors.not_a_name"
    ]
    assert [(f.field, f.excerpt) for f in found] == [("$.authors[1]", entry)]


@pytest.mark.parametrize(
    "entry", ["FOX 5 Atlanta", "KTLA 5", "WXYZ 7 Action News", "Channel 4 News", "SWR3 Redaktion", "9News"]
)
def test_a_stations_call_sign_is_the_one_number_a_byline_holds(entry: str) -> None:
    assert "authors.not_a_name" not in checks_of(page_checks(record(authors=[entry])))


@pytest.mark.parametrize(
    ("title", "what"),
    [
        ("Stadtrat beschlie\\u00dft Haushalt", "JSON string's escapes"),
        ("Ja\\/Nein zur Bahnreform", "JSON string's escapes"),
        ('\\"Wir bleiben\\": Stadtrat beschließt Haushalt', "JSON string's escapes"),
        ("(3) City council approves budget", "browser tab's count"),
        ("(12+) City council approves budget", "browser tab's count"),
        ("[2] City council approves budget", "browser tab's count"),
    ],
)
def test_a_json_escape_or_a_tab_s_count_in_the_title(title: str, what: str) -> None:
    found = [f for f in page_checks(record(title=title)) if f.check == "title.markup_leak"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", title)]
    assert what in found[0].message


@pytest.mark.parametrize(
    "title", ["(Video) City council approves budget", "Path C:\\Users is no escape", "Budget (2024) approved"]
)
def test_brackets_and_backslashes_of_a_headline_are_left_alone(title: str) -> None:
    assert "title.markup_leak" not in checks_of(page_checks(record(title=title)))
