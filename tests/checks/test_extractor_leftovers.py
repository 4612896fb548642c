"""What extractors were reported to leave in a record (session 33, the thirtieth blind set's kinds, read
after its held-out run): a byline's furniture as author entries, a text output's Markdown, a template's
empty value opening a list item, a body cut at its start or served as a feed's excerpt, a feed's footer and
a web form's status messages. Each rule with the clean cases it must leave alone."""

from __future__ import annotations

import textwrap

import pytest

from harness.checks import bylines
from harness.checks.cut import cut_at
from harness.checks.text import markup
from tests.checks.helpers import ARTICLE, dataset, notice_excerpts, page_checks, record


def _authors(authors: list[str], site: str = "example.com") -> list[str]:
    rec = record(authors=authors, url=f"https://www.{site}/2025/06/03/budget")
    return [f.excerpt or "" for f in page_checks(rec, site=site) if f.check == "authors.not_a_name"]


# ----------------------------------------------------------------------------- authors


@pytest.mark.parametrize(
    "entry",
    [
        "Hours Ago Steve O'Hear",
        "3 hours ago Jane Miller",
        "Vor 3 Stunden Anja Brandt",
        "Hace horas Pilar Vidal",
        "Il y a 2 heures Julien Lambert",
        "2 ore fa Marco Rossi",
        "5 minuten geleden Jan de Vries",
        "2 часа назад Иван Петров",
        "3 saat önce Ayşe Yılmaz",
        "2 時間前 山本大輔",
        "3小时前 王芳",
        "5분 전 김민준",
        "분 전 최유나",
    ],
)
def test_a_relative_time_run_into_a_name(entry: str) -> None:
    assert bylines.relative_time(entry)
    assert _authors(["Jane Doe", entry]) == [entry]


@pytest.mark.parametrize("entry", ["Doris Day", "Hora Ionescu", "Jane Weeks", "김정일 전", "Giorno Rossi"])
def test_names_with_a_time_word_are_names(entry: str) -> None:
    assert not bylines.relative_time(entry)


@pytest.mark.parametrize(
    "entry",
    ["Email The Author", "Kontakt zum Autor", "Enviar correo al autor", "联系作者", "Écrire à l'auteur"],
)
def test_the_link_to_write_to_the_author(entry: str) -> None:
    assert _authors(["Jane Doe", entry]) == [entry]


@pytest.mark.parametrize(
    ("entry", "site"),
    [
        ("Mlorenz Nachrichten At", "nachrichten.at"),  # an e-mail address, title-cased
        ("Nachrichten At", "nachrichten.at"),
        ("Sergioromero Elpais Com Uy", "elpais.com.uy"),
        ("Autohaus Staff", "autohaus.de"),
        ("Rédaction Gala", "gala.fr"),
        ("example.de-Redaktion", "example.de"),
        ("Blog.example.com Editorial Team", "example.com"),
        ("La rédaction de Example", "example.fr"),
        ("Example編集部", "example.jp"),
        ("Example Feeds", "example.com.uy"),
        ("Megan Hughes for Example", "example.com"),
        ("Anja Seidel für Example", "example.de"),
    ],
)
def test_the_publisher_as_the_author(entry: str, site: str) -> None:
    assert bylines.publisher(entry, site) is not None
    assert _authors([entry], site) == [entry]


@pytest.mark.parametrize(
    ("entry", "site"),
    [
        ("Heiko Adams", "heiko-adams.de"),  # a personal blog: the site is named after its author
        ("Reuters Staff", "example.com"),  # another publisher's newsroom is a credit, not this site's name
        ("Jane Doe", "example.com"),
        ("Jane Feed", "example.com"),
        ("Paul Example", "example.com"),
    ],
)
def test_a_person_named_like_the_site_is_a_person(entry: str, site: str) -> None:
    assert bylines.publisher(entry, site) is None


# ----------------------------------------------------------------------------- body: markup


@pytest.mark.parametrize(
    ("line", "snippet"),
    [
        ("• None But just because no one ran on impeachment.", "• None"),
        ("* null Voters could have shown they were tired.", "* null"),
        ("None They could have elevated the president's allies.", "None"),
        (
            "![Tessa Lindgren speaks to reporters](https://example.com/a-640x360.jpg)",
            "![Tessa Lindgren speaks to reporters](https://example.com/a-640x360.jpg)",
        ),
        (
            "![](https://img.example.com/2023/08/21/8c82.jpg?w=768&q=80)",
            "![](https://img.example.com/2023/08/21/8c82.jpg?w=768&q=80)",
        ),
        (
            "Read [the council's report](https://example.com/report.pdf) before the vote.",
            "[the council's report](https://example.com/report.pdf)",
        ),
    ],
)
def test_an_output_s_leftovers_are_markup(line: str, snippet: str) -> None:
    assert list(markup(ARTICLE + "\n\n" + line)) == [snippet]
    assert any(f.check == "body.markup_leak" for f in page_checks(record(body=ARTICLE + "\n\n" + line)))


@pytest.mark.parametrize(
    "line",
    [
        "None of the council members voted against it.",
        "None, the mayor said, would lose their job.",
        "The report [1] (see below) lists the costs.",
        "Null hypothesis: the budget changes nothing.",
    ],
)
def test_prose_with_those_words_is_not(line: str) -> None:
    assert list(markup(ARTICLE + "\n\n" + line)) == []


# ----------------------------------------------------------------------------- body: cut


@pytest.mark.parametrize(
    "body",
    [
        "mericans have gone to the polls four times this month to vote in major, statewide races.\n\n"
        + ARTICLE,
        "company, which is expected to lay off thousands of employees, confirmed it.\n\n" + ARTICLE,
        "T which is expected to lay off thousands of employees, confirmed it.\n\n" + ARTICLE,
        ARTICLE + "\n\nThe budget sets aside money for two new libraries and longer […]",
        "The council approved the new budget on Tuesday after a long debate about school funding and …",
    ],
)
def test_a_body_cut_at_its_start_or_a_feed_s_excerpt(body: str) -> None:
    assert cut_at(body) is not None
    assert [f.severity for f in page_checks(record(body=body)) if f.check == "body.truncated"] == ["error"]


@pytest.mark.parametrize(
    "body",
    [
        ARTICLE,
        "eBay.com reported results.\n\n" + ARTICLE,  # an address opening the body is left to other checks
        "I met the mayor on Tuesday.\n\n" + ARTICLE,
        "A council vote is due.\n\n" + ARTICLE,
        "R Kelly was sentenced on Tuesday.\n\n" + ARTICLE,  # an initial before a capital: a name
        ARTICLE + "\n\nThe mayor said: “We will see …”\n\nThe vote is on Tuesday.",
    ],
)
def test_bodies_that_open_and_end_as_stories_do_are_not_cut(body: str) -> None:
    assert cut_at(body) is None


def test_a_brand_written_in_lower_case_opening_the_body_is_read_as_a_cut() -> None:
    """The known price of the rule: a story that opens with "iPhone" or "eBay" (no address) is flagged.
    None of the corpus's, fundus's or Readability.js's clean bodies opens so (docs/checks-accuracy.md)."""
    assert cut_at("iPhone sales rose again.\n\n" + ARTICLE) is not None


# ----------------------------------------------------------------------------- body: lines


@pytest.mark.parametrize(
    "line",
    [
        "The post City council approves budget appeared first on Example News.",
        "Der Beitrag Stadtrat beschließt Haushalt erschien zuerst auf Example.",
        "La entrada El concejo aprueba el presupuesto se publicó primero en Example.",
        "投稿 市議会が予算を承認 は Example に最初に表示されました。",
    ],
)
def test_a_feed_s_footer_is_boilerplate(line: str) -> None:
    per_page, _ = dataset([record(body=ARTICLE + "\n\n" + line)])
    assert [f.excerpt for fs in per_page.values() for f in fs if f.check == "boilerplate.pattern"] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Your email has been sent.",
        "Ihre E-Mail wurde versendet.",
        "Something went wrong. Please try again.",
        "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.",
        "Se ha producido un error y tu correo no ha sido enviado. Inténtalo de nuevo.",
        "오류가 발생하여 이메일이 전송되지 않았습니다. 다시 시도해 주세요.",
    ],
)
def test_a_form_s_status_message_is_boilerplate(line: str) -> None:
    assert notice_excerpts([*ARTICLE.split("\n\n"), line]) == [f"error:{line}"]


def test_a_story_that_quotes_someone_trying_again_is_not() -> None:
    line = '"We will try again next year," the mayor said. Please try again, the coach told the team.'
    assert notice_excerpts([*ARTICLE.split("\n\n"), line]) == []


# ----------------------------------------------------------------------------- title


@pytest.mark.parametrize(
    "title",
    [
        "Latest articles Skoda: the long road to power Tobias Albrecht · 2. November Remote support with "
        "smart glasses Jana Seidel · 2. November Running in winter Anja Vogt · October 30",
        "En otros idiomas Need for Speed Laura Hughes · April 24 Expertos en la crisis Markus Kühnel · "
        "22 de abril",
    ],
)
def test_a_box_of_other_stories_as_the_title(title: str) -> None:
    found = [f.check for f in page_checks(record(title=title))]
    assert "title.not_a_headline" in found


@pytest.mark.parametrize(
    "title",
    [
        "Krieg in Israel und Gaza im News-Ticker vom 26. August bis 1. September",
        "Tour de Francia se disputará del 29 de agosto al 20 de septiembre",
        "Budget vote | City council · May 3",
    ],
)
def test_a_headline_with_days_is_a_headline(title: str) -> None:
    assert "title.not_a_headline" not in [f.check for f in page_checks(record(title=title))]


# ----------------------------------------------------------------------------- the thirty-first set's kinds


@pytest.mark.parametrize("code", ["US", "gb", "JP", "419", "150", "mx"])
def test_a_region_s_code_is_not_a_language(code: str) -> None:
    found = [f for f in page_checks(record(language=code)) if f.check == "language.not_a_language"]
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize("code", ["en", "de-AT", "pt_BR", "es-419", "zh-Hant-TW", "fil", "BR", "iw"])
def test_a_language_tag_is_a_language(code: str) -> None:
    """Breton's "br" is also Brazil's code: the code alone cannot tell them apart, so it is left alone."""
    assert not [f for f in page_checks(record(language=code)) if f.check == "language.not_a_language"]


def test_sentences_run_together_are_glued() -> None:
    body = (
        "The council approved the new budget on Tuesday.Members said the plan raises spending."
        "Opposition members criticised the timing.Residents were not consulted, they said.\n\n"
        "The mayor promised stable taxes."
    )
    found = [f for f in page_checks(record(body=body)) if f.check == "body.glued"]
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize(
    "body",
    [
        ARTICLE,
        # a program's name written again and again is one place, not three
        ARTICLE + "\n\nUse pathlib.Path here, pathlib.Path there and pathlib.Path everywhere.",
        # two glued places are not enough (a caption's credit, a typo)
        ARTICLE + "\n\nIt rained on Tuesday.The vote went ahead.Later, the mayor spoke.",
    ],
)
def test_a_body_with_few_or_repeated_joins_is_not_glued(body: str) -> None:
    assert not [f for f in page_checks(record(body=body)) if f.check == "body.glued"]


def test_a_body_wrapped_at_one_width_is_hard_wrapped() -> None:
    text = " ".join([ARTICLE.replace("\n\n", " ")] * 2)
    body = "\n".join(textwrap.wrap(text, 76))
    found = [f for f in page_checks(record(body=body)) if f.check == "body.hard_wrapped"]
    assert [f.severity for f in found] == ["error"]
    assert not [f for f in page_checks(record(body=ARTICLE)) if f.check == "body.hard_wrapped"]
    # short paragraphs of sentences (a list of facts) end their lines with the sentence
    facts = "\n".join(f"Fact {i}: the council met on day {i} and voted." for i in range(10))
    assert not [f for f in page_checks(record(body=facts)) if f.check == "body.hard_wrapped"]
