"""A wire's currency-conversion line kept in the body (``boilerplate.notice``,
:mod:`harness.checks.wirelines`): one pair of parentheses holding a unit of money, an equals sign and a
rate, in any language; a story's own sentences about rates, and a formula in parentheses, are left alone."""

from __future__ import annotations

import pytest

from harness.checks.wirelines import conversion_lines, transmission_header
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "($1 = 0.9154 euros)",
        "(1 Dollar = 0,9154 Euro)",
        "(£1 = $1.1867)",
        "(الدولار = 3.7502 ريال)",
        "（1ドル＝149.85円）",
    ],
)
def test_a_conversion_line_fails_the_page(line: str) -> None:
    for body in ([*PARAS, line], [*PARAS[:2], line, *PARAS[2:]]):
        assert _notices(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The euro rose to $1.0950, its highest since March (up from $1.0810 a week earlier).",
        "(x = 2.5)",
        "(The rate stood at 1 euro = 1.09 dollars on Friday, the central bank said in a statement.)",
    ],
)
def test_a_story_s_rates_and_formulas_are_left_alone(line: str) -> None:
    assert conversion_lines([line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "BC-US--Storms-Budget,2nd Ld-Writethru,0812",
        "AP-US-Britain-Budget<",
        "ZCZC3013/SXB XRS16188526590 R RS S04 QBXB",
        "APA0951 5 II 0513 RS/WA Montag, 9.Juli 2018",
        "lsw2154 3 rs 1322 dpa 0837",
    ],
)
def test_a_transmission_header_fails_the_page_at_its_start(line: str) -> None:
    assert _notices([line, *PARAS]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "COVID-19 update: 2,500 new cases",
        "G7 summit opens in Hiroshima",
        "UPDATE 2-Oil prices rise on supply fears",
    ],
)
def test_a_story_s_first_line_is_no_transmission_header(line: str) -> None:
    assert not transmission_header(line)
