"""A wire's currency-conversion line kept in the body: a ``boilerplate.notice`` of its own kind.

A news agency ends a story that names an amount in a foreign currency with the day's rate, a line of its
own in parentheses ("($1 = 0.9154 euros)", "(1 Dollar = 0,9154 Euro)", "(£1 = $1.1867)", "(الدولار = 3.7502
ريال)", "（1ドル＝149.85円）"): the feed's note for editors, which a site's page prints below the story or
not at all. The evidence: the whole line is one pair of parentheses holding one equals sign, a unit of
money (a number or a currency's name) before it and a rate with decimals after it, at most
``_MAX_CHARS`` characters. A story writes its rates in sentences. No line of the clean bodies of the
corpus, fundus and Readability.js, nor of ``generic``'s output of 1,712 outside pages, is one
(docs/checks-accuracy.md, "Twenty-seventh pass").
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.text import lines

NOTICE = "boilerplate.notice"
_MAX_CHARS = 90
_OPEN = ("(", "（")
_CLOSE = (")", "）")
_RATE = re.compile(
    r"[(（]([^()（）=＝\n]{1,40})[=＝]\s*[^()（）=＝\n\d]{0,6}\d+[.,]\d+[^()（）=＝\n]{0,40}[)）]"
)
#: the unit before the sign: an amount, a currency's sign or a word ("$1", "1 euro", "الدولار"), not "x"
_UNIT = re.compile(r"\d|[$£€¥₹₽₩]|[^\W\d_]{3,}")


def conversion_lines(body_lines: list[str]) -> list[str]:
    """The lines of ``body_lines`` that are a wire's currency-conversion note (see the module's docstring)."""
    return [
        line
        for line in body_lines
        if len(line) <= _MAX_CHARS
        and line.startswith(_OPEN)
        and line.endswith(_CLOSE)
        and ("=" in line or "＝" in line)
        and (m := _RATE.fullmatch(line)) is not None
        and _UNIT.search(m.group(1)) is not None
    ]


def check_conversion(emit: Emitter, body: str) -> None:
    """``boilerplate.notice``: a wire's currency-conversion line."""
    if not emit.on(NOTICE) or ("=" not in body and "＝" not in body):
        return
    for line in conversion_lines(lines(body)):
        emit.add(NOTICE, "$.body", "the wire's note of a currency's rate, for editors", line)
