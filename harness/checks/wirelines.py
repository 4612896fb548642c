"""A news agency's own lines kept in the body: ``boilerplate.notice``.

**A currency-conversion note.** A news agency ends a story that names an amount in a foreign currency
with the day's rate, a line of its own in parentheses ("($1 = 0.9154 euros)", "(1 Dollar = 0,9154 Euro)",
"(£1 = $1.1867)", "(الدولار = 3.7502 ريال)", "（1ドル＝149.85円）"): the feed's note for editors, which a
site's page prints below the story or not at all. The evidence: the whole line is one pair of parentheses
holding one equals sign, a unit of money (a number or a currency's name) before it and a rate with
decimals after it, at most ``_MAX_CHARS`` characters. A story writes its rates in sentences. No line of
the clean bodies of the corpus, fundus and Readability.js, nor of ``generic``'s output of 1,712 outside
pages, is one (docs/checks-accuracy.md, "Twenty-seventh pass").

**A transmission header** at the body's start: the feed's slug line ("BC-US--Storms-Budget,2nd
Ld-Writethru,0812", "AP-US-Britain-Budget<", "ZCZC3013/SXB ...", "APA0951 5 II 0513 RS/WA ...",
"lsw2154 3 rs 1322 dpa 0837"), which a wire's subscriber strips. One of the body's first ``_HEAD`` lines, of
at most ``_HEADER_TOKENS`` tokens, ``_CODE_SHARE`` or more of them codes (letters with digits, words joined
by hyphens, commas or slashes, numbers, capitals) and one of them a feed's mark (letters run into digits,
a double hyphen, a hyphen with a comma, a trailing "<", "ZCZC", "Writethru", "Eds:"). No first line of the
clean bodies or of ``generic``'s outputs is one.
"""

from __future__ import annotations

import re

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


_HEAD = 2
_HEADER_TOKENS = 14
_CODE_SHARE = 0.6
_JOINED = re.compile(r"^[A-Za-z0-9]+(?:[-/,<.:]+[A-Za-z0-9]*)+<?$")
_MIXED = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]+$")
_LETTER = re.compile(r"[A-Za-z]")
_JOINER = re.compile(r"[-/,<]")


def _code(token: str) -> bool:
    if _MIXED.match(token) or token.isdigit():
        return True
    if token.isupper() and token.isalpha() and len(token) >= 2:
        return True
    return bool(_JOINED.match(token) and _LETTER.search(token) and _JOINER.search(token))


def _feed_mark(token: str) -> bool:
    return bool(
        _MIXED.match(token)
        or "--" in token
        or ("-" in token and "," in token)
        or token.endswith("<")
        or token.startswith("ZCZC")
        or "Writethru" in token
        or token == "Eds:"
    )


def transmission_header(line: str) -> bool:
    """``line`` is a wire's transmission header (see the module's docstring)."""
    if line.count(" ") >= _HEADER_TOKENS:
        return False  # a paragraph: not split into its words
    tokens = line.split()
    if not tokens or len(tokens) > _HEADER_TOKENS or not any(_feed_mark(t) for t in tokens):
        return False
    return sum(_code(t) for t in tokens) >= _CODE_SHARE * len(tokens) or any("Writethru" in t for t in tokens)


def wire_notes(body: str, body_lines: list[str]) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: a transmission header, a currency note."""
    found = [
        (line, "a news agency's transmission header")
        for line in body_lines[:_HEAD]
        if transmission_header(line)
    ]
    if "=" in body or "＝" in body:
        found += [
            (line, "the wire's note of a currency's rate, for editors")
            for line in conversion_lines(body_lines)
        ]
    return found
