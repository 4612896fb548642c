"""A call-in or a live Q&A offered to the readers (``boilerplate.notice``, :mod:`harness.checks.callin`): a
label, a word for questions and a telephone number or the hours, in any language; a story's own lines about
experts answering questions are left alone."""

from __future__ import annotations

import pytest

from harness.checks.callin import call_in
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Ask the experts: two tax advisers will answer readers' questions in a live Q&A on Monday from 1pm.",
        "Reader call-in: Have a question about pensions? Our adviser takes your calls on 0800 578 2962.",
        "Telefonaktion: Am Donnerstag beantworten Steuerberater von 11 bis 12 Uhr Ihre Fragen.",
        "Spør ekspertene: en advokat svarer på spørsmål om pensjon i nettmøte tirsdag klokken 9.",
        "读者热线：3月17日12:00—13:00，医生将解答读者关于医保报销的问题。热线电话：400-847-8395",
    ],
)
def test_a_call_in_fails_the_page_anywhere(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS[:2], line, *PARAS[2:]], [*PARAS, line]):
        assert _notices(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The minister answered questions from reporters for two hours on Tuesday, starting at 10am.",
        "Questions remain: the council has not said when the 2.5 million pound project will begin.",
        "Why now? The experts say the questions raised in 2019 were never answered.",
    ],
)
def test_a_story_s_own_lines_about_questions_are_left_alone(line: str) -> None:
    assert not call_in(line)
