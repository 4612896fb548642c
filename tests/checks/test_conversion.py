"""A wire's currency-conversion line kept in the body (``boilerplate.notice``,
:mod:`harness.checks.conversion`): one pair of parentheses holding a unit of money, an equals sign and a
rate, in any language; a story's own sentences about rates, and a formula in parentheses, are left alone."""

from __future__ import annotations

import pytest

from harness.checks.conversion import conversion_lines
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _notices(body: list[str]) -> list[str]:
    findings = page_checks(record(body="\n\n".join(body)))
    return [f"{f.severity}:{f.excerpt}" for f in findings if f.check == "boilerplate.notice"]


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
