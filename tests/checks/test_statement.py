"""Notes a paper prints about the piece at the body's edge (``boilerplate.notice``,
:mod:`harness.checks.statement`): a counter-statement or a press council's ruling under its legal name, a
broadcast transcript's note; a story about a ruling or quoting a transcript is left alone."""

from __future__ import annotations

import pytest

from harness.checks.statement import statement_lines
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Gegendarstellung zum Artikel „Stadtrat vertuscht Bericht“ vom 30.06.2025: Richtig ist, dass ich ...",
        "RIGHT OF REPLY: Following our article of June 25, Jane Doe has asked us to publish this statement.",
        "Press Council ruling: The Press Council has upheld a complaint by John Roe against this paper.",
        "Rettifica ai sensi dell'art. 8 della legge n. 47 del 1948 – Riceviamo da Anna Rossi e pubblichiamo.",
        "【おことわり】本紙6月11日付の記事について、佐藤美穂氏から「記載は事実と異なる」との申し入れがありました。",
    ],
)
def test_a_counter_statement_fails_the_page_at_either_edge(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS, line]):
        assert _notices(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        "This is a transcript of Morning Edition, broadcast on NPR on Wednesday 16 December 2020.",
        "Transcrição da entrevista de Ana Lima no programa «Roda Viva» (TV Cultura), emitida a 1 de maio.",
        "Расшифровка эфира программы «Полный контакт» от 13 декабря 2022 года.",
        # the medium alone, on a note of up to 30 words
        "Detta är en redigerad utskrift av samtalet som Karin Lund hade med Per Holm i Studio Ett, Sveriges"
        " Radio P1, tisdagen den 5 mars 2024.",
    ],
)
def test_a_transcript_s_note_fails_the_page_at_its_start(line: str) -> None:
    assert _notices([line, *PARAS]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The Press Council has upheld a complaint against the paper over its report on the council's budget.",
        "Right of reply is a principle of media law in many European countries, the professor explained.",
        "Read the full transcript of his interview",
        "The White House released a transcript of the July 25 call, which the president called perfect.",
        # the medium alone on a lede's long line (L3S-GN1's labelled pages)
        "SAN FRANCISCO - Police radio transcripts from the night of a deadly tiger attack revealed a chaotic"
        " scene at the San Francisco Zoo as zookeepers struggled to sedate the animal and medics refused to"
        " enter.",
    ],
)
def test_a_story_s_own_lines_about_rulings_and_transcripts_are_left_alone(line: str) -> None:
    assert statement_lines([line, *PARAS]) == []
