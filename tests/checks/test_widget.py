"""Widget lines (player, dateline, counter, rating) told by their number shape alone, in any script."""

from __future__ import annotations

import pytest

from harness.checks.widget import data_row, widget_lines
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")
LONG = [*PARAS, *PARAS]  # six prose paragraphs: lines 2 and 3 are in the middle


def _found(body: str) -> list[str]:
    return [
        f"{f.severity}:{f.excerpt}" for f in page_checks(record(body=body)) if f.check == "boilerplate.widget"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Escucha la noticia · 3:05",
        "Kuuntele artikkeli 6 min",
        "Ακούστε το άρθρο 4 λεπ.",
        "ROMA, 14/02/2021 - 11:40",
        "OSLO, 3. mars 2021 | 12:30",
        "Ταξίδι 2 / 14",
    ],
)
def test_a_widget_line_at_the_start_is_an_error(line: str) -> None:
    assert _found("\n\n".join([line, *PARAS])) == [f"error:{line}"]


@pytest.mark.parametrize("line", ["Kuva 3 / 11", "Snímek 4 z 20", "2021-02-14 11:40"])
def test_a_counter_alone_between_prose_paragraphs_is_an_error(line: str) -> None:
    assert all(len(p) >= 80 for p in PARAS)
    assert _found("\n\n".join([*LONG[:3], line, *LONG[3:]])) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "WASHINGTON (AP) — The Senate voted 52-48 on Tuesday at 10:30 to approve the bill, officials said.",
        "The meeting ended at 14:35.",
        "http://amzn.to/2A6mxCW",
        "Portion Fix Containers: 1 tsp.",
        "Some of 2019's best tech gadgets",
        "Er kam um 10:15 Uhr an und ging sofort wieder nach Hause, sagte seine Frau.",
    ],
)
def test_prose_urls_and_data_lines_at_the_edge_are_not_widgets(line: str) -> None:
    assert _found("\n\n".join([line, *PARAS])) == []
    assert _found("\n\n".join([*PARAS, line])) == []


def test_a_table_of_numbers_in_the_middle_is_not_a_widget() -> None:
    table = ["1 Kyle Busch 5040 5 1 17 27", "2 Martin Truex 5035 7 2 18 27", "3 Kevin Harvick 5033 4 6 15 26"]
    body = "\n\n".join([*LONG[:3], *table, *LONG[3:]])
    assert widget_lines(body.split("\n\n")) == []
    assert _found(body) == []


def test_a_bare_amount_in_the_middle_is_not_a_widget() -> None:
    assert _found("\n\n".join([*LONG[:3], "Eat every 2–3 hours", *LONG[3:]])) == []
    assert _found("\n\n".join([*LONG[:3], "Kuva 3 / 11", "Kuva 4 / 11", *LONG[3:]])) == []


def test_a_short_body_is_not_read() -> None:
    assert widget_lines(["Listen 4:32", "One line of text."]) == []


@pytest.mark.parametrize("line", ["Linux Mint 19 and 18", "Mageia 7 and 6", "0 2 4 6 8"])
def test_numbers_that_count_down_or_in_a_row_are_not_a_counter(line: str) -> None:
    """A counter reads "N word M" with N at most M ("Photo 3 of 12"); versions listed newest first and a
    program's output are not one, at the edge or alone between prose paragraphs."""
    assert _found("\n\n".join([line, *PARAS])) == []
    assert _found("\n\n".join([*LONG[:3], line, *LONG[3:]])) == []
    assert _found("\n\n".join([*LONG[:3], "Foto 3 di 12", *LONG[3:]])) == ["error:Foto 3 di 12"]


@pytest.mark.parametrize(
    "line",
    [
        "What's your reaction? Like 12 · Love 3 · Wow 0 · Sad 1 · Angry 7",
        "👍 2   ❤️ 25   😮 0   😢 1   😡 131",
        "좋아요 7 · 훌륭해요 131 · 슬퍼요 12 · 화나요 48",
        "Prayer times (Doha): Fajr 04:59 Dhuhr 12:22 Asr 15:10 Maghrib 19:18 Isha 20:40",
        "مواقيت الصلاة في القاهرة: الفجر ٠٤:٤٦ الظهر ١٢:٣٧ العصر ١٥:٠٣ المغرب ١٨:٢٠",
    ],
)
def test_a_row_of_labelled_counts_or_times_is_a_widget_anywhere(line: str) -> None:
    """A reaction bar or a timetable widget: values of one kind, each after a label of its own."""
    assert _found("\n\n".join([*LONG[:3], line, *LONG[3:]])) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Oberrohr 613 mm 640 mm 666 mm",  # a table's row: its unit again and again
        "am 24. Januar 2022 um 15:47",  # a date and a time: values of two kinds
        "Montag-Donnerstag: 9:00-12:30 Uhr / 13:15-16:00 Uhr",  # opening hours: ranges
        "AMA Haft- und Gleitreibung 516 / 521 X X 98",
        "Goals: Müller 12, Kane 10, Musiala 8, Sané 5",  # a list in a sentence's punctuation
    ],
)
def test_a_table_row_or_opening_hours_are_not_a_row_of_labelled_values(line: str) -> None:
    assert not data_row(line)


@pytest.mark.parametrize(
    "line",
    ["Election Day: 147 days 4 hrs 34 mins", "Countdown zur EM: 23 Tage 5 Stunden 9 Minuten", "143d 13h 3m"],
)
def test_a_running_countdown_at_the_start_is_a_widget(line: str) -> None:
    assert _found("\n\n".join([line, *PARAS])) == [f"error:{line}"]
    table = "Lagerzeit 12 Monate 12 Monate 24 Monate"  # one unit three times: a table's row
    assert _found("\n\n".join([table, *PARAS])) == []


@pytest.mark.parametrize(
    "line",
    [
        "Hochrechnung 18:42 Uhr: CDU/CSU 30,1 % · SPD 16,4 % · Grüne 12 %",
        "LIVE RESULTS | Harris 48.2% | Trump 47.1% | 85% of expected vote counted",
        "Seçim sonuçları | Açılan sandık: %79,6 | CHP %51,4 · AK Parti %24,9",
        "Lottozahlen vom 4. März: 3 - 12 - 19 - 27 - 38 - 45 · Superzahl: 4",
        "Wyniki Lotto z 4 kwietnia 2023: 4, 5, 20, 43, 45, 49",
    ],
)
def test_a_results_box_or_a_draw_is_a_widget_anywhere(line: str) -> None:
    """A row of shares with separators, or five or more numbers rising from 1 up (a draw, a calendar row)."""
    assert _found("\n\n".join([*LONG[:3], line, *LONG[3:]])) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Truth: 45% of NFL fans are female, 46% of MLB fans are female, 47% of MLS fans are female",
        "GET /oauth?redirect_uri=https%3A%2F%2Fexample.com%2F&scope=drinks%3Arw&x=1%2F",
        "0 2 4 6 8",
        "Versions: 00 01 02 03 04",
        "result = [] for i in [1, 2, 3, 4, 5]: if i % 2 == 0: result.append(i)",
        "The winning numbers were 3, 12, 19, 27, 38 and 45.",
    ],
)
def test_shares_in_a_sentence_code_or_a_sentence_of_numbers_are_not_a_widget(line: str) -> None:
    from harness.checks.widget import number_series, share_row

    assert not share_row(line) and not number_series(line)


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("Ce soir à la télé : « La Grande Librairie » à 18h30 sur TF1", "middle"),
        ("आज का टीवी शेड्यूल: 17:15 बजे सोनी टीवी पर अनुपमा", "middle"),
        ("22. Januar 2020 @ 18:13 // Autor: Jane Doe // Lesezeit: 1 Minute", "start"),
        ("Datenleck bei der Stadtverwaltung, Anna Beispiel, NDR 28.04.2020 21:38 Uhr", "end"),
    ],
)
def test_a_longer_line_round_a_clock_time_is_a_widget_where_a_short_one_is(line: str, where: str) -> None:
    assert len(line) > 60 or len(line.split()) > 9  # beyond the short widget line's bounds
    body = {
        "start": [line, *PARAS],
        "middle": [*LONG[:3], line, *LONG[3:]],
        "end": [*PARAS, line],
    }[where]
    assert _found("\n\n".join(body)) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Georg Fischer AG, Amsler-Laffon-Strasse 9, 8201 Schaffhausen 13:15 Uhr - 17:00 Uhr",
        "The Death and Life of Marsha P. Johnson (docu, 1h45, Netflix)",
        "Alan Goodale wrote on December 24, 2020 at 3:53 am:",
        "The council met again on Tuesday at 10:30 and voted for the plan after a long debate.",
    ],
)
def test_a_longer_clocked_line_amid_the_body_that_lists_or_introduces_is_not_a_widget(line: str) -> None:
    assert _found("\n\n".join([*LONG[:3], line, *LONG[3:]])) == []


@pytest.mark.parametrize(
    "line",
    [
        "Ultimi terremoti: Magnitudo ML 4.6 · 5 km E Norcia (PG) · ore 03:14 · fonte INGV",
        "Datos covid Madrid hoy: 534 contagios y 3 muertes · Ocupación UCI 5,2 % · Más datos",
        "Stromvergleich: Postleitzahl 76709 · Verbrauch 5.100 kWh/Jahr · Jetzt Tarife vergleichen",
        "지진 정보 | 2월 12일 04:52 충북 괴산군 | 규모 3.8 · 깊이 40km (기상청)",
    ],
)
def test_a_box_of_data_in_segments_is_a_widget_anywhere(line: str) -> None:
    for body in ([line, *PARAS], [*LONG[:3], line, *LONG[3:]], [*PARAS, line]):
        assert _found("\n\n".join(body)) == [f"error:{line}"]


def test_segments_that_are_a_formula_or_the_bodys_own_format_are_not_a_widget() -> None:
    assert _found("\n\n".join([*LONG[:3], "P = v3 · r · r2 · π · 0,5", *LONG[3:]])) == []
    rows = [f"Etappe {n} · {n * 40} km · {n + 2} Stunden · Hütte am See" for n in range(1, 4)]
    assert _found("\n\n".join([*LONG[:3], *rows, *LONG[3:]])) == []


@pytest.mark.parametrize(
    "line",
    [
        "Pet of the Week: Bella, a 3-year-old Labrador mix at the Marion County Humane Society waits for a"
        " home · Call (555) 201-7788",
        "Occasions in de buurt van Groningen: Ford Focus, 2022, 184.965 km, € 13.360 · Bekijk alle",
        "Singles near Leeds: Sarah, 34, likes hiking and cooking · Meet singles for free",
    ],
)
def test_a_boxs_text_and_its_link_parted_by_a_spaced_middle_dot_is_a_widget_anywhere(line: str) -> None:
    for body in ([line, *PARAS], [*LONG[:3], line, *LONG[3:]], [*PARAS, line]):
        assert _found("\n\n".join(body)) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Col·lecció d'art contemporani del museu de la ciutat, oberta cada dia de la setmana al públic",
        "Λέγεται ότι ο δήμαρχος το γνώριζε· κανείς όμως δεν το είχε πει δημόσια μέχρι σήμερα το πρωί",
        "The council voted on Tuesday · the mayor said the plan would go ahead as agreed in spring.",
        "martes, 3 de mayo de 2022 · 23:57 · 14:02",
    ],
)
def test_a_middle_dot_against_a_letter_or_in_a_statement_is_not_that_box(line: str) -> None:
    assert _found("\n\n".join([*LONG[:3], line, *LONG[3:]])) == []


@pytest.mark.parametrize(
    "line",
    [
        "Click to enlarge (1600 × 900 px)",
        "사진 확대 보기 (830KB)",
        "Grafik in voller Größe anzeigen (5,5 MB)",
    ],
)
def test_a_link_ending_with_a_pictures_or_a_files_size_is_a_widget(line: str) -> None:
    assert _found("\n\n".join([*LONG[:3], line, *LONG[3:]])) == [f"error:{line}"]


def test_a_size_inside_a_sentence_is_not_a_link() -> None:
    line = "The new phone's screen shows 2400 × 1080 pixels and weighs less than its predecessor (180 g)."
    assert _found("\n\n".join([*LONG[:3], line, *LONG[3:]])) == []


def test_lines_opening_on_a_clock_time_through_the_body_are_a_live_blogs_entries() -> None:
    # a live page ("Le fil info") is entries, each a time and its headline over a paragraph: three or more
    # of them amid the body are its own format (the lesechos.fr page of fundus's truths); one alone is a
    # widget as before
    heads = ["8h47 - ABB voit ses commandes fléchir au deuxième trimestre",
             "8h35 - Volvo bat les attentes au deuxième trimestre",
             "10:05 Uhr: Die Bundesregierung kündigt neue Hilfen für die Landwirtschaft an"]
    feed = [LONG[0], LONG[1]]
    for head, para in zip(heads, LONG[2:], strict=False):
        feed += [head, para]
    assert _found("\n\n".join([*feed, LONG[0], LONG[1]])) == []
    assert _found("\n\n".join([*feed, LONG[0], heads[0]])) == []  # its last entry too
    assert _found("\n\n".join([*LONG[:3], heads[0], *LONG[3:]])) == [f"error:{heads[0]}"]


def test_a_reviews_ranked_picks_with_their_scores_are_its_own_headings() -> None:
    # a product review's picks, each a heading with its score over its own paragraphs (a page of fundus's
    # truths): three or more, all different, none next to another, are the body's own headings; one alone
    # is a rating widget as before, and so are a gallery's counters (a word or two round the number)
    picks = ["Best heated clothes airer overall, 9/10", "Best value heated clothes airer, 8/10",
             "Best airer for small flats, 7/10"]
    review = [LONG[0]]
    for pick, para in zip(picks, LONG[1:], strict=False):
        review += [pick, para]
    assert _found("\n\n".join(review)) == []
    assert _found("\n\n".join([*LONG[:3], picks[0], *LONG[3:]])) == [f"error:{picks[0]}"]
    counters = ["Photo 1 of 12", "Photo 2 of 12", "Photo 3 of 12"]
    gallery = [LONG[0]]
    for counter, para in zip(counters, LONG[1:], strict=False):
        gallery += [counter, para]
    assert len(_found("\n\n".join(gallery))) == 3
