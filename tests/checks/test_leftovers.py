"""What extractors leave behind, found without a word list where possible: a lone 'Label: headline'
teaser, platform names in local scripts, the site's name left in a title, a byline or date stamp at the
body's edge, a lead served as the article (replay), and whole-line ad/read-time markers."""

from __future__ import annotations

import re

import pytest

from harness.checks.patterns import LANGUAGES, default_patterns, is_weak
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _found(check: str, **fields: object) -> list[str]:
    return [f"{f.severity}:{f.excerpt}" for f in page_checks(record(**fields)) if f.check == check]


def _between(line: str) -> str:
    return "\n\n".join([PARAS[0], line, PARAS[1], PARAS[2]])


@pytest.mark.parametrize(
    "line",
    [
        "আরও পড়ুন: বন্যায় উত্তরাঞ্চলের সড়ক যোগাযোগ বিচ্ছিন্ন",
        "Taip pat skaitykite: Sostinėje atidaryta nauja vaikų ligoninė",
        "関連ニュース：東京で記録的な大雪、交通に大きな影響",
    ],
)
def test_a_lone_label_teaser_in_any_language_is_an_error(line: str) -> None:
    assert _found("boilerplate.lone_label", body=_between(line)) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line", ["Baca lagi: Harga minyak naik buat kali ketiga", "Namnsdag idag: Britta och Olof"]
)
def test_a_lone_label_first_in_the_body_is_an_error(line: str) -> None:
    assert _found("boilerplate.lone_label", body=line + "\n\n" + ARTICLE) == [f"error:{line}"]


def test_a_labelled_subheading_of_the_article_is_information_only() -> None:
    """A 'Label: headline' subheading shares its words with the article it heads: no failing finding."""
    paras = [
        "Vitamine sind für das Wachstum der Haare das A und O, sagen Fachleute der Klinik.",
        "Haare: Diese Lebensmittel helfen beim Wachstum",
        "Nüsse, Eier und Linsen liefern Biotin, das die Haarwurzeln stärkt und ihr Wachstum fördert.",
        "Wer sich ausgewogen ernährt, braucht in der Regel keine zusätzlichen Präparate.",
    ]
    body = "\n\n".join(paras)
    assert _found("boilerplate.lone_label", body=body) == []
    assert _found("boilerplate.lone_label_weak", body=body) == [f"info:{paras[1]}"]


def test_labels_that_structure_the_article_are_not_teasers() -> None:
    listed = "\n\n".join(
        [PARAS[0], "Path B: Bosnia and Herzegovina, Slovakia, Ireland", "Path C: Scotland, Norway, Serbia"]
    )
    assert _found("boilerplate.lone_label", body=listed + "\n\n" + PARAS[1]) == []
    last = ARTICLE + "\n\nImage Source: Neil Godwin / Future Publishing"  # the last line: a kept credit
    assert _found("boilerplate.lone_label", body=last) == []
    assert _found("boilerplate.lone_label", body=ARTICLE) == []
    credit = _between("Photo credit: Jane Miller for the Daily Paper")  # a credit: weak evidence only
    assert _found("boilerplate.lone_label", body=credit) == []
    prices = _between("VIP : 60,000₩ R : 50,000₩ S : 40,000₩")  # a price list, not a headline
    assert _found("boilerplate.lone_label", body=prices) == []
    assert _found("boilerplate.lone_label", body=credit) == []


@pytest.mark.parametrize(
    "line",
    [
        "Слідкуйте за нами у Телеграмі",
        "ما را در اینستاگرام دنبال کنید",
        "フェイスブックでフォローしてください",
        "카카오톡 채널을 추가하세요",
        "हमें फेसबुक पर फॉलो करें",
    ],
)
def test_platform_names_in_local_scripts_anywhere_in_the_line(line: str) -> None:
    assert _found("boilerplate.social", body=_between(line)) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Twitter seemed a bit confused by the campaign:",
        "Facebook announces new rules",
        "How Instagram changed photography",  # a subheading: Latin-script names count only last
        "Фейсбук ответил:",
    ],
)
def test_an_article_talking_about_a_platform_is_not_a_prompt(line: str) -> None:
    assert _found("boilerplate.social", body=_between(line)) == []


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("City council approves budget | Example", "Example"),
        ("City council approves budget - example.com", "example.com"),
        ("EXAMPLE :: City council approves budget", "EXAMPLE"),
    ],
)
def test_site_name_left_in_the_title(title: str, name: str) -> None:
    assert _found("title.site_suffix", title=title) == [f"error:{name}"]


def test_a_title_that_is_only_the_site_or_has_no_site_part() -> None:
    assert _found("title.site_suffix", title="Example") == []  # that one is title.site_name
    assert _found("title.site_suffix", title="Budget - the long road to a vote") == []


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Miller",
        "Von Anna Schmidt, dpa",
        "Por Tomás Ortega y Li Wei",
        "Updated 3 hours ago",
        "Updated just now",
        "Published: March 3, 2020 10:15 am",
        "12.03.2020, 14:35 Uhr",
        "Anna Kowalska, Staff Writer",
        "Posted on April 22, 2022",
        "Frank Hahn am 18. September 2019",
        "Leggi l'edizione digitale del 3 febbraio 2017",
        "2024年3月4日 配信",
        "Gazetenin 26 Temmuz 2022 tarihli baskısı",
    ],
)
def test_byline_or_date_stamp_at_the_edge(line: str) -> None:
    assert _found("boilerplate.edge", body=line + "\n\n" + ARTICLE) == [f"error:{line}"]
    assert _found("boilerplate.edge", body=ARTICLE + "\n\n" + line) == [f"error:{line}"]


def test_no_edge_finding_for_prose_or_a_date_amid_the_body() -> None:
    assert _found("boilerplate.edge", body="By the numbers\n\n" + ARTICLE) == []
    assert _found("boilerplate.edge", body=ARTICLE) == []
    for line in (
        "Washington, DC",
        "Jane Miller, who wrote it: yes",
        "Jane Miller, the staff writer",
        "The council met on 3 May 2020 and approved the budget.",  # a sentence
        "What changed on 3 May 2020:",  # it introduces what follows
        "Python 3.11.7 released",  # a version, not a day
        # an epigraph's source under the quotation (L3S-GN1), not the page's date line
        "—Statement of Mark David Chapman to the New York Parole Board, 3 October 2000",
    ):
        assert _found("boilerplate.edge", body=line + "\n\n" + ARTICLE) == []
    middle = "\n\n".join([PARAS[0], PARAS[1], "Monday, 4 May 2020", "Another line.", PARAS[2], "End."])
    assert _found("boilerplate.edge", body=middle) == []  # a timeline's date: weak evidence only


PAGE = """<!doctype html><html><body><main><article><h1>City council approves budget</h1>
<p>{0}</p><p>Baca juga: <a href="/x">Harga BBM naik</a></p><p>{1}</p><div class="ad"></div><p>{2}</p>
</article></main></body></html>"""


def test_a_lead_served_as_the_article_stops_early() -> None:
    html = PAGE.format(*PARAS)
    found = [f for f in page_checks(record(body=PARAS[0]), html=html) if f.check == "body.stops_early"]
    assert len(found) == 1 and found[0].severity == "error" and "2 more paragraphs" in found[0].message
    assert found[0].excerpt == PARAS[0]
    whole = page_checks(record(body=ARTICLE), html=html)
    assert not [f for f in whole if f.check == "body.stops_early"]
    one_more = PAGE.format(PARAS[0], PARAS[1], "").replace("<p></p>", "")
    short = page_checks(record(body=PARAS[0]), html=one_more)
    assert not [f for f in short if f.check == "body.stops_early"]  # one paragraph more: not enough


@pytest.mark.parametrize(
    "line",
    ["advertisement", "anzeige", "publicidad", "5 min read", "12 comments", "enter your email address"],
)
def test_whole_line_markers_are_strong_patterns(line: str) -> None:
    hits = [p for p in default_patterns(LANGUAGES) if re.search(p, line, re.MULTILINE)]
    assert hits and any(not is_weak(p) for p in hits), line
    assert not [p for p in default_patterns(LANGUAGES) if re.search(p, "We read the ad for 5 minutes.")]


def test_a_lead_in_a_wrapper_that_holds_only_it_stops_early_too() -> None:
    wrapped = PAGE.replace("<p>{0}</p>", '<div class="lead"><p><span>{0}</span></p></div>').format(*PARAS)
    found = [f for f in page_checks(record(body=PARAS[0]), html=wrapped) if f.check == "body.stops_early"]
    assert [f.excerpt for f in found] == [PARAS[0]]
    # a wrapper that holds more than the line is not climbed: what follows it is not the line's sequel
    inside = PAGE.replace("<p>{0}</p>", "<div><p>{0}</p><p>Photo: AP</p></div>").format(*PARAS)
    assert not [f for f in page_checks(record(body=PARAS[0]), html=inside) if f.check == "body.stops_early"]


def test_a_live_blogs_day_heading_at_the_edge_is_its_own() -> None:
    # a news ticker's entries, each a clock time and its headline over a paragraph ("12.31 Uhr: ...", as
    # German pages write the time), under their day's heading: the day ending the body is the ticker's
    # own heading, not the page's date line; without the entries it is one as before
    day = "Dienstag, 27. August 2024"
    entries = [
        "12.31 Uhr: Zeitung lehnt Aussagen des Ministers ab",
        "11.39 Uhr: Mehrere Kinder verletzt",
        "11:13 Uhr: Zwei Männer festgenommen",
        "10.31 Uhr: Farbanschlag auf ein Verlagsgebäude",
    ]
    ticker = [PARAS[0]]
    for entry in entries:
        ticker += [entry, PARAS[1]]
    assert _found("boilerplate.edge", body="\n\n".join([*ticker, PARAS[2], day])) == []
    assert _found("boilerplate.edge", body="\n\n".join([*PARAS, day])) == [f"error:{day}"]
