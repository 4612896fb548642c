"""A labelled line with a value whose words the rest of the record does not share (``boilerplate.off_topic``):
a box kept from the page, told by the article's own words, in any language."""

from __future__ import annotations

import pytest

from harness.checks.offtopic import labelled, off_topic_lines
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")
#: the same story at a length the lone rule reads (eight lines or more)
LONG = [
    *PARAS,
    "The budget sets aside money for two new libraries and longer opening hours at the existing ones.",
    "Public transport fares will stay the same, the council said, while bus routes to the schools grow.",
    "The mayor told the council the budget keeps property taxes stable for a third year.",
    "School funding rises by four percent, less than teachers had asked the council for.",
    "The independent review the opposition asked for will report to the council in the autumn.",
]


def _found(**fields: str) -> list[str]:
    return [
        f"{f.severity}:{f.excerpt}"
        for f in page_checks(record(**fields))
        if f.check == "boilerplate.off_topic"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Word of the Day for Monday, March 4, 2024: sesquipedalian, adjective. Given to using long words.",
        "Apotheken-Notdienst heute (14.05.): Linden-Apotheke, Hauptstraße 12, Telefon 0731 123456",
        "Marées à Brest, mercredi 15 mai : pleine mer 06h12 (coef. 87), basse mer 12h31",
        "Dyżury aptek w Opolu: Apteka Pod Lwem, ul. Krakowska 5, czynna całą dobę do 20 maja",
        "今日の運勢（5月14日）：おひつじ座は仕事運が好調、ラッキーカラーは青",
        # a clock in the label: its colon ends no label ("as of 6:45 pm")
        "Cooling centers open in Fresno (as of 6:45 pm): Ramirez Hall, Northside gymnasium. Water provided.",
        "Stau-Telegramm (Stand 07:15 Uhr): A8 Richtung Salzburg zwischen Holzkirchen und Weyarn 6 km",
        # a heading of a few words before the label
        "Ferry movements – Port of Larne. Arrivals: Stena Nordica 06:40, Caledonian Isles 11:15.",
        # a label of up to 72 characters
        "Centri di accoglienza aperti nella provincia (aggiornamento ore 17.35): palestra comunale, 40 posti",
    ],
)
def test_a_labelled_box_off_the_article_is_flagged_anywhere(line: str) -> None:
    assert labelled(line)
    for body in ([line, *PARAS], [*PARAS[:2], line, *PARAS[2:]], [*PARAS, line]):
        assert _found(body="\n\n".join(body)) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # about the article: its words are the body's
        "Budget vote: council members approved school funding by 7 to 4 on Tuesday after the long debate",
        # a list's item, a box with a link, no value, a sentence before the colon
        "3) Library spending: up 12 percent for the coming year",
        "Opening hours: Monday to Friday 9:00-17:00, more at www.example.net",
        "Weather outlook: sunny and warm across the region with light winds",
        "The mayor said it plainly before the vote. Tomorrow: 3 more sessions",
    ],
)
def test_the_article_s_own_labelled_lines_are_not(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body=body) == []


def test_three_labelled_lines_are_the_body_s_own_format() -> None:
    box = [
        "Tide times, Monday 13 May: high water 05:40, low water 11:52",
        "Pollen count today (14 May): birch high, grasses moderate",
        "Lottery draw of 15 May: 4 - 12 - 19 - 27 - 38 - 41",
    ]
    one = "\n\n".join([*PARAS, box[0]])
    assert off_topic_lines(one.split("\n\n")) == [box[0]]
    assert off_topic_lines("\n\n".join([*PARAS, *box]).split("\n\n")) == []


def test_the_title_s_words_count_as_the_article_s() -> None:
    line = "Ferienkalender Bayern 2024: Pfingstferien 21.05. bis 01.06., Sommerferien ab 29.07."
    paras = [*PARAS, line]
    assert off_topic_lines(paras) == [line]
    assert off_topic_lines(paras, "Ferienkalender Bayern: Pfingstferien und Sommerferien im Überblick") == []


@pytest.mark.parametrize(
    "line",
    [
        "Namenstag heute, 14. Mai: Bonifatius, Christian, Pankratius",
        "Sunrise 05:21 · Sunset 20:47 · Moon waxing gibbous 78%",
    ],
)
def test_a_bare_line_at_an_edge_sharing_no_word_is_flagged(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS, line]):
        assert _found(body="\n\n".join(body)) == [f"error:{line}"]
    # amid the body, five words of its own are too few without a label
    assert _found(body="\n\n".join([*PARAS[:2], line, *PARAS[2:]])) == []


@pytest.mark.parametrize(
    "line",
    [
        "Wir gratulieren Erna Schulze aus Kleinmachnow herzlich zum 90. Geburtstag.",
        "Gastrozol 20 mg Tabletten. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage.",
        "Correction, 14 May: an earlier version misspelled the conductor's surname.",
        "본 기사는 한국언론진흥재단의 2024년 지역신문발전기금 지원을 받아 작성되었습니다.",
    ],
)
def test_a_lone_line_sharing_no_word_is_flagged_anywhere(line: str) -> None:
    """Six words of its own or more, a digit, and none of them the article's: no label, no edge needed,
    and a sentence's end allowed."""
    for body in ([line, *LONG], [*LONG[:4], line, *LONG[4:]], [*LONG, line]):
        assert _found(body="\n\n".join(body)) == [f"error:{line}"]


def test_a_quotation_is_someone_s_words_not_a_box() -> None:
    """A quoted line with a number and words of its own (an actor's memory in a profile, L3S-GN1): a box is
    not written between quotation marks."""
    for line in (
        '"I didn\'t even know what I was doing until I was 24, 25. I was at drama school until I was 26."',
        "« Nous avons perdu 3 matchs de suite, personne ne s'y attendait au vestiaire. »",
    ):
        for body in ([line, *LONG], [*LONG[:4], line, *LONG[4:]], [*LONG, line]):
            assert _found(body="\n\n".join(body)) == []


def test_a_brief_s_sentence_sharing_no_word_is_not_lone() -> None:
    """A brief of four paragraphs may have a sentence that shares no word with the others (the demo's
    lighthouse keeper's notebooks, a grower's quote): too few words to tell a box by."""
    brief = [
        "After 31 years of climbing the same 117 steps, the keeper has handed in the keys to the lighthouse.",
        "He kept a handwritten log of every storm and unusual bird he saw. A museum wants the 14 notebooks.",
        "The light has been automatic since 2009, but the keeper stayed on as caretaker of the lighthouse.",
        '"The lamp never needed me," he said. "The building did."',
    ]
    assert off_topic_lines(brief, "Lighthouse keeper retires after 31 years") == []


def test_more_than_two_lone_lines_are_the_body_s_own_kind() -> None:
    """A digest of short unrelated items: each shares no word with the others, so none is told apart."""
    items = [
        "Gastrozol 20 mg Tabletten. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage.",
        "Die Stadtwerke Ulm schließen das Hallenbad vom 3. bis 9. Juni wegen Wartungsarbeiten.",
        "Wir gratulieren Erna Schulze aus Kleinmachnow herzlich zum 90. Geburtstag.",
    ]
    assert _found(body="\n\n".join([*LONG[:4], *items, *LONG[4:]])) == []
    assert _found(body="\n\n".join([*LONG[:4], *items[:2], *LONG[4:]])) == [f"error:{x}" for x in items[:2]]


def test_a_box_of_numbers_in_a_short_body_is_lone() -> None:
    """A body of four to seven lines: a line with three numbers or more and eight words of its own, none of
    them the article's, is a box (a pharmacy's details) even where a brief's sentence would not be."""
    line = (
        "Apotheke am Markt, Lindenstraße 4, Telefon 0731 55120, geöffnet montags bis samstags 8 bis 18 Uhr, "
        "Notdienst"
    )
    for body in ([*PARAS, line], [*PARAS[:2], line, PARAS[2], PARAS[0] + " Members spoke."]):
        assert _found(body="\n\n".join(body)) == [f"error:{line}"]
    # two numbers: a brief's sentence, as in the lighthouse keeper's brief
    few = "Der Stadtpark öffnet nach dem Umbau ab 4 Uhr früh mit Liegewiese, Brunnen und 55 Bänken."
    assert _found(body="\n\n".join([*PARAS[:2], few, PARAS[2], PARAS[0] + " Members spoke."])) == []


def test_a_line_of_numbers_may_share_one_word() -> None:
    """A tally or a box of details dense with numbers (five or more, one a word in five) is lone with one
    of its words the article's ("council"); with two it is the article's."""
    line = (
        "Ashford 12 mm, Dover 8 mm, Canterbury 15 mm, Folkestone 6 mm, Margate 11 mm and the council depot "
        "4 mm of rain in the day to 9 am."
    )
    assert _found(body="\n\n".join([*LONG[:4], line, *LONG[4:]])) == [f"error:{line}"]
    two = line.replace("depot", "library")  # "library" is the article's too
    assert _found(body="\n\n".join([*LONG[:4], two, *LONG[4:]])) == []


def test_a_match_s_scores_are_the_story_s() -> None:
    """A score ("6-2", "7-6") is not a box's number: a tennis report's line of results, sharing one word
    with the rest, stays the story's."""
    line = (
        "On Saturday Kukushkin had beaten Botic van de Zandschulp 6-2, 6-2, and Haase defeated Bublik "
        "7-5, 3-6, 7-6 (5) at the council courts."
    )
    assert _found(body="\n\n".join([*LONG[:4], line, *LONG[4:]])) == []


def test_a_lone_line_may_name_a_bare_host() -> None:
    """A results box names its site ("lotto-west.de"): a bare host does not make a lone line the
    article's, where a labelled box with one stays the article's details."""
    line = (
        "Die Gewinnzahlen der Samstagsziehung vom 14. Mai veröffentlicht die Gesellschaft ab 19 Uhr auf "
        "lotto-west.de."
    )
    assert _found(body="\n\n".join([*LONG[:4], line, *LONG[4:]])) == [f"error:{line}"]


def test_korean_words_are_read_with_their_particles() -> None:
    """Korean writes its particles onto the word: "대통령이" and "대통령의" are one word told by its
    syllables, so a Korean paragraph about the same story is not a lone line."""
    paras = [
        "윤석열 대통령이 14일 국회에서 내년도 예산안에 대한 시정연설을 했다.",
        "대통령의 시정연설은 2년 연속으로 이뤄졌으며 야당 의원들은 예산안 처리를 두고 반발했다.",
        "국회는 다음 달 2일까지 예산안을 처리해야 하며 여야는 협상을 이어가기로 했다.",
        "여당 원내대표는 시정연설 직후 야당에 예산안 협조를 요청했다고 밝혔다.",
    ]
    assert off_topic_lines(paras, "대통령, 국회 시정연설") == []


@pytest.mark.parametrize(
    "line",
    [
        "The council will vote again on 12 June about the school budget",  # shares the article's words
        "Sunrise 05:21 and sunset 20:47 today, the moon waxing.",  # a sentence, five words of its own
        "Kontaktieren Sie uns unter www.example.net oder 0731 123456 Mo–Fr",  # a link
        "Heavy rainfall expected tomorrow across northern districts",  # no value
    ],
)
def test_an_edge_line_sharing_words_or_ending_a_sentence_is_not(line: str) -> None:
    assert _found(body="\n\n".join([*PARAS, line])) == []


def test_a_hostile_body_of_many_labelled_lines_is_read_in_linear_time() -> None:
    """20,000 labelled lines took five seconds while each line's number was counted from the body's start;
    counted as the scan goes, the call returns at once (the time is not asserted: a quadratic regression
    shows as a run that hangs at 200,000)."""
    many = [f"Label {i}: {i} alpha beta gamma" for i in range(200_000)]
    assert off_topic_lines(many) == []  # three labelled lines or more: the body's own format


def _word(n: int) -> str:
    """A word of six letters of its own for ``n`` (tokens are cut to six characters)."""
    letters = ""
    for _ in range(6):
        n, r = divmod(n, 26)
        letters += chr(ord("a") + r)
    return letters


def test_a_hostile_body_of_many_lone_lines_is_read_in_linear_time() -> None:
    """Each line shares its words only with the line as far from the other end: read outward line by line,
    each would be read against the whole body (quadratic); after a few lines the body's words are counted
    once. The time is not asserted: a quadratic regression shows as a run that hangs at 40,000 lines."""
    n = 40_000
    far = [
        f"No {i} " + " ".join(_word(7 * i + k) for k in range(6)) + " " + _word(10**8 + min(i, n - 1 - i))
        for i in range(n)
    ]
    assert off_topic_lines(far) == []
    lone = [f"No {i} " + " ".join(_word(7 * i + k) for k in range(7)) for i in range(n)]
    # more than two lone lines are the body's own kind; its edges are still bare lines sharing no word
    assert off_topic_lines(lone) == [lone[0], lone[-1]]
