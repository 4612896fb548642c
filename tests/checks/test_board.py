"""A board of values under a label, a subscriber-only badge in the title, the print edition's credit and the
print view's header."""

from __future__ import annotations

import pytest

from harness.checks.badge import paywall_badge
from harness.checks.board import board_lines, labelled_board
from harness.checks.edges import print_credit
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _found(check: str, **fields: str) -> list[str]:
    return [f"{f.severity}:{f.excerpt}" for f in page_checks(record(**fields)) if f.check == check]


@pytest.mark.parametrize(
    "line",
    [
        "Freie Parkplätze in Kassel – Parkhaus Königsplatz: 212 / Tiefgarage Friedrichsplatz: 87 / Parkhaus"
        " Wilhelmshöhe: belegt",
        "Water levels (updated 7:15 a.m.): Thames at Kingston – 2.41 m, Severn at Worcester – 3.02 m, Ouse at"
        " York – 1.87 m",
        "Classement de Top 14 — 1er Toulouse (58 pts), 2e Bordeaux (51), 3e La Rochelle (47)",
        "Bolsa hoy: Ibex 35 11.204 (+0,4 %); Dax 18.320 (-0,2 %); Euro Stoxx 4.912 (+0,1 %)",
        "Aparcamientos de Vigo: Parking Centro (214) Parking Estación (38) Parking Hospital (completo)",
        "프로야구 순위: 1위 LG(승률 .612) 2위 KT(승률 .580) 3위 SSG(승률 .561)",
    ],
)
def test_a_board_of_values_under_a_label_is_a_widget_anywhere(line: str) -> None:
    assert labelled_board(line)
    for body in ([line, *PARAS], [*PARAS[:2], line, *PARAS[2:]], [*PARAS, line]):
        assert _found("boilerplate.widget", body="\n\n".join(body)) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # an article's own list: ranks alone, steps, a sentence of figures, a reference, a box with a link
        "The overall rankings were as follows: 1. Finland 2. Norway 3. Australia 4. Canada 5. Germany",
        "Drinking game for web devs: (1) Think of a noun (2) Google it (3) If a library exists - drink",
        "Draper wrapped up his win in just over two hours, knocking out Albot 6-1, 6-4, 6-3.",
        "[1] Alarm fatigue: impacts on patient safety, Ruskin KJ. Curr Opin Anaesthesiol. 2015; 28: 685-690.",
        "Tested by: John Milbank RRP: 49.95 Euro (£40) More info: www.example.net/en | +49 (0)40 890 85-433",
        "He said: the vote was 52 to 48, then 51 to 49, and in the end the bill passed by one vote in 2019",
        "Truth: 45% of NFL fans are female, 46% of MLB fans are female, 47% of MLS fans are female",
        "Ort: Gaststätte Felsenblick, Zum Saaleblick 11, 06114 Halle",
        "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp",
        "Mathieu, Axel-Oskar: Büssing 1903 – 1971, Online-Publikation, abgerufen am 29.09.2021",
        "Nächste Vorstellungen: 20.10., 17 Uhr, 24./30.10., 2./5.11., 20 Uhr, Lokremise St.Gallen.",
        "Example: def plus_one(x): return x + 1, map(plus_one, [1, 2, 3, 4, 5])",
    ],
)
def test_an_articles_own_lists_and_sentences_are_not_boards(line: str) -> None:
    assert not labelled_board(line)


def test_three_boards_in_one_body_are_its_own_format() -> None:
    rows = [f"Pegel, Etappe {n}: Köln {n}40 cm, Bonn {n}10 cm, Koblenz {n}25 cm" for n in range(1, 4)]
    assert all(labelled_board(row) for row in rows)
    assert board_lines([*PARAS, *rows]) == []
    assert board_lines([*PARAS, rows[0]]) == [rows[0]]


@pytest.mark.parametrize(
    ("title", "badge"),
    [
        ("Réservé aux abonnés : La réforme des retraites adoptée", "Réservé aux abonnés :"),
        ("Article réservé aux abonnés La réforme des retraites adoptée", "Article réservé aux abonnés"),
        ("Stadtrat beschließt neuen Haushalt [Abo]", "[Abo]"),
        ("F+ (Bezahlinhalt) | Stadtrat beschließt neuen Haushalt", "F+ (Bezahlinhalt) |"),
        ("Premium: How the council spent its reserves", "Premium:"),
        ("PREMIUM How the council spent its reserves", "PREMIUM"),
        ("Câmara aprova orçamento – Exclusivo para assinantes", "– Exclusivo para assinantes"),
        ("市議会が予算案を可決（有料会員限定）", "（有料会員限定）"),
        ("Городской совет принял бюджет (только для подписчиков)", "(только для подписчиков)"),
    ],
)
def test_a_subscriber_only_badge_at_one_end_of_the_title_is_an_error(title: str, badge: str) -> None:
    assert paywall_badge(title) == badge
    assert _found("title.paywall_badge", title=title) == [f"error:{title}"]


@pytest.mark.parametrize(
    "title",
    [
        "Netflix pierde suscriptores por tercer trimestre",
        "Subscribers flee as streaming prices rise",
        "Premium bonds: what the new prize rate means for savers",
        "Plus-size fashion brands see record sales",
        "Golem Plus Artikel",  # a section's name, one word beside the badge
        "Exclusive: Council to sell the old library",
    ],
)
def test_a_headline_that_names_subscribers_or_a_plus_is_not_a_badge(title: str) -> None:
    assert paywall_badge(title) is None


@pytest.mark.parametrize(
    "line",
    [
        "A version of this article appears in print on March 4, 2021, Section B, Page 3 of the New York"
        " edition with the headline: Council Passes Budget.",
        "Dieser Artikel erschien in der Printausgabe vom 12. Mai 2022 auf Seite 7.",
        "Erschienen in: Wochenblatt Nr. 18/2022, S. 4",
        "この記事は2022年5月12日付朝刊3面に掲載されています。",
    ],
)
def test_the_print_editions_credit_at_an_edge_is_an_error(line: str) -> None:
    assert print_credit(line)
    for body in ([line, *PARAS], [*PARAS, line]):
        assert f"error:{line}" in _found("boilerplate.edge", body="\n\n".join(body))


@pytest.mark.parametrize(
    "line",
    [
        "The report, published on March 4, 2021, says on page 3 that costs rose.",
        "Page 3 of the plan lists the schools that will close.",
    ],
)
def test_a_sentence_naming_a_page_without_a_day_or_a_days_report_in_the_middle_is_not_a_credit(
    line: str,
) -> None:
    assert "page 3" not in line.lower() or not print_credit(line) or "2021" in line
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:], *PARAS])
    assert _found("boilerplate.edge", body=body) == []


@pytest.mark.parametrize(
    "line",
    [
        "Printed from www.example.com on 4 March 2024 at 10:15",
        "Gedruckt am 04.03.2024 um 10:15 Uhr von example.com",
        "Impreso desde example.com el 04/03/2024 a las 10h15",
    ],
)
def test_the_sites_own_host_with_a_day_on_a_short_line_is_a_print_views_header(line: str) -> None:
    body = "\n\n".join([line, *PARAS])
    url = "https://www.example.com/2024/03/04/budget"
    found = [f.excerpt for f in page_checks(record(body=body, url=url)) if f.check == "boilerplate.notice"]
    assert found == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The mayor told example.com on Monday that the budget would pass.",  # no day's shape
        "Readers of example.com voted on 4 March 2024 in a poll that ran for a week, and the results of the"
        " poll, which the council asked for, were published in full on the site a day later",  # prose
    ],
)
def test_a_report_naming_its_own_site_is_not_a_header(line: str) -> None:
    body = "\n\n".join([*PARAS, line])
    url = "https://www.example.com/2024/03/04/budget"
    found = [f.excerpt for f in page_checks(record(body=body, url=url)) if f.check == "boilerplate.notice"]
    assert found == []


def test_a_hostile_title_of_separators_is_read_in_linear_time() -> None:
    """20,000 dashes took five minutes before the badge was read at the title's ends only; now the call
    returns at once (the time is not asserted: a quadratic regression shows as a run that hangs)."""
    assert paywall_badge("–" * 200_000) is None
    assert paywall_badge("Premium: " + "–" * 200_000 + " budget") == "Premium:"
