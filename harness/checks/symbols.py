"""A short line led by a pictograph, or a rating: a page's promotion or widget, told by its symbols alone.

Articles write words; templates decorate. A line that *starts* with an emoji, a dingbat or a star
("📱 Get the app", "👉 Follow the live blog", "★★★★☆ 4.2") is a promotion or a widget kept from the
page, in any language, unless the body uses such symbols as bullets (two or more lines led by one).
A short line holding a star and a number ("4.7 ★ · 1,204 ratings") is a rating widget. A line made
mostly of hashtags or handles (two or more, at least half its words) is a tag or follow row.

``boilerplate.symbol_line`` (error). A symbol is a Unicode "other symbol" (category ``So``) that is not a
legal or unit sign (© ® ™ ℠ ° №) and not a box-drawing or block character (tables drawn in text).
Measured on the corpus's clean bodies and on 130 outside test pages' expected outputs
(docs/checks-accuracy.md): no line is hit but a link line ("⬇️⬇️⬇️ https://...") and a bullet list, both
left alone by the rules below.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from harness.checks.emit import Emitter
from harness.checks.text import joined, lines

SYMBOL = "boilerplate.symbol_line"
_MAX_CHARS = 120
_MAX_WORDS = 16
_RATING_CHARS = 60
_MIN_LINES = 3
_NOT_DECOR = frozenset("©®™℠℗°№℃℉")
_STARS = re.compile("[★☆✩✪✫✬✭✮✯✰⭐⭑⭒]")
_URL = re.compile(r"https?://|www\.")
_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"[.!?。！？]\s*$")
_TAG = re.compile(r"(?<![\w/])[#@][^\W_][\w.]*")
_MIN_TAGS = 2


@lru_cache(maxsize=2048)
def is_symbol(char: str) -> bool:
    """A pictograph, dingbat or star: category ``So``, not a legal or unit sign, not box drawing."""
    if char in _NOT_DECOR or "\u2500" <= char <= "\u259f":
        return False
    return unicodedata.category(char) == "So"


def _lead(line: str) -> str | None:
    """The symbol that leads ``line``, if any."""
    first = line.lstrip()[:1]
    return first if first and not first.isascii() and is_symbol(first) else None


def _rating(line: str) -> bool:
    return (
        len(line) <= _RATING_CHARS
        and _STARS.search(line) is not None
        and _DIGIT.search(line) is not None
        and not _SENTENCE.search(line)
    )


#: a character that may lead a line as a symbol, after the line break before it (and white space): none of
#: those left out (ASCII, letters and digits, white space, the dashes and quotes of the general punctuation,
#: guillemets) is one (``tests/scale`` checks each)
_MAY_LEAD = re.compile(r"\n\s*[^\x00-\x7f\w\s\u2010-\u2027\u00ab\u00bb]")


def _may_hold(body_lines: list[str], text: str) -> bool:
    """Whether a line of ``body_lines`` (``text``: joined by line breaks) may be led by a symbol, hold a tag
    or be a rating. False for most bodies, read in a few scans in C instead of three tests a line; a star
    is looked for in the short lines alone, as :func:`_rating` does (a class of characters past Latin-1 is
    scanned a character at a time)."""
    if "#" in text or "@" in text or _MAY_LEAD.search(text) or not body_lines[0].lstrip()[:1].isascii():
        return True
    return any(len(x) <= _RATING_CHARS and _STARS.search(x) for x in body_lines)


def symbol_lines(body_lines: list[str], text: str | None = None) -> list[str]:
    """The promotion or widget lines of a body: led by a symbol no other line leads with, or a rating
    (``text``: the lines joined by line breaks, when the caller has it)."""
    if len(body_lines) < _MIN_LINES:
        return []
    if not _may_hold(body_lines, "\n".join(body_lines) if text is None else text):
        return []
    leads = [_lead(x) for x in body_lines]
    if sum(1 for c in leads if c is not None) > 1:  # symbols as bullets: a list, the article's
        return [x for x in body_lines if _rating(x) or _tags(x)]
    return [
        x for x, lead in zip(body_lines, leads, strict=True) if _promotion(x, lead) or _rating(x) or _tags(x)
    ]


def _tags(line: str) -> bool:
    """Hashtags or handles, two or more and at least half the line's words."""
    if len(line) > _MAX_CHARS or ("#" not in line and "@" not in line) or _URL.search(line):
        return False
    n = len(_TAG.findall(line))
    return n >= _MIN_TAGS and n * 2 >= len(line.split())


def _promotion(line: str, lead: str | None) -> bool:
    return (
        lead is not None
        and len(line) <= _MAX_CHARS
        and len(line.split()) <= _MAX_WORDS
        and not _URL.search(line)
    )


def check_symbols(emit: Emitter, body: str) -> None:
    """``boilerplate.symbol_line``: a line led by a pictograph, or a star rating (module docstring)."""
    if not emit.on(SYMBOL):
        return
    for line in symbol_lines(lines(body), joined(body)):
        emit.add(
            SYMBOL, "$.body", "a line led by a pictograph or a star rating (a promotion or widget)", line
        )
