"""A body cut at either end, told by the record alone (``body.truncated``; with the page at hand,
:mod:`harness.checks.provenance` also finds a body that stops where the page goes on).

* **Its first letters lost**: the body opens with a lowercase letter of a cased script ("mericans have gone
  to the polls", "company, which is expected to ..."): a drop cap the extractor did not read (a styled
  first letter, or the first word in an element of its own: mozilla/readability#696, postlight/parser#555).
  A first word holding a dot, a slash or an "@" is an address, not a cut word (left to the other checks).
* **A drop cap read apart**: a capital letter alone opens the body, of the letters no Latin-script
  language writes as a word of one letter ("T which is expected to lay off ...").
* **A feed's excerpt as the article**: the body ends with a bracketed ellipsis ("[…]", "[...]"), the
  "read more" mark of a feed's summary (WordPress's excerpt, node-feedparser#74); or it is one paragraph of
  at most ``_EXCERPT_WORDS`` words ending with an ellipsis.

Its neighbour, ``body.glued``: **sentences run together with no space** ("late Sunday.Police say ..."), the
paragraphs' breaks lost when an extractor joins the text of its elements (newspaper4k#240, trafilatura#660):
a word of two letters or more, a sentence's end and a capitalised word at once after it, three times or more
with three different words after the stop (a program's "pathlib.Path" written seven times is one).

And ``body.hard_wrapped``: **every paragraph broken into lines of one width** (a text converter's wrap at 72
to 80 columns, html2text's 78, kept as the body's lines: html2text#315): eight lines or more of at most
``_WRAP_MAX`` characters, most of them (``_WRAP_NEAR``) within a fifth of the longest, and half or more
ending with no sentence's end.

Measured on the corpus's 121 hand-written bodies, fundus's 258 and Readability.js's 130 expected ones, and
on ``generic``'s output of 1,712 outside pages (docs/checks-accuracy.md, "Twenty-ninth pass").
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.text import clip, lines

CHECK = "body.truncated"
_EXCERPT_WORDS = 120
_BRACKETED = re.compile(r"[\[(](?:…|\.\.\.|&hellip;)[\])]$")
_ELLIPSIS = ("…", "...")
#: a capital letter alone before the first word, of the letters no Latin-script language writes as a word
#: ("T which is expected ...", "P dramatic video ..."; "A", "I", "O", "W", "Y", "V", "K", "S", "Z", "E", "U"
#: are words in English, Polish, Czech, Spanish, Italian or Croatian)
_LOST_WORD = re.compile(r"[BCDFGHJLMNPQRTX] (?=[a-z0-9])")


def cut_at(body: str) -> tuple[str, str] | None:
    """``(what, excerpt)`` when ``body`` is cut at its start or is a feed's excerpt, else None."""
    text = body.strip()
    if not text:
        return None
    first = text[0]
    if first.isalpha() and first.islower() and first.upper() != first:
        word = text.split(None, 1)[0]
        if not any(c in word for c in "./@:"):
            what = "the body opens mid-word or mid-sentence (its first letters lost: a drop cap not read)"
            return what, clip(text.split("\n", 1)[0], 120)
    if _LOST_WORD.match(text):
        what = "the body opens with a lone capital: the rest of its first word lost (a drop cap read apart)"
        return what, clip(text.split("\n", 1)[0], 120)
    last = text.rsplit("\n", 1)[-1].rstrip()
    if _BRACKETED.search(last):
        return "the body is a feed's excerpt: it ends with its '[…]' mark", clip(last[-120:], 120)
    if "\n" not in text and last.endswith(_ELLIPSIS) and len(text.split()) <= _EXCERPT_WORDS:
        return "the body is one short paragraph ending with an ellipsis (a feed's excerpt)", clip(last, 120)
    return None


GLUED = "body.glued"
_GLUED_AT_LEAST = 3
#: a stop and a capitalised word at once after it; the two letters before the stop are asked of each match
#: (a regex that opens with them tries every letter of the body: 131 us a body of 3,600 characters, where
#: this one, opening with the stop, costs about 8)
_GLUE = re.compile(r"[.!?][\"”’)]?([A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]+)")


def glued(body: str) -> list[str]:
    """The places where sentences run together with no space ("Sunday.Police"), when there are
    ``_GLUED_AT_LEAST`` or more with as many different words after the stop, else none."""
    found = [
        m for m in _GLUE.finditer(body) if m.start() >= 2 and body[m.start() - 2 : m.start()].isalpha()
    ]
    if len(found) < _GLUED_AT_LEAST or len({m.group(1) for m in found}) < _GLUED_AT_LEAST:
        return []
    return [body[max(0, m.start() - 22) : m.end() + 20] for m in found]


WRAPPED = "body.hard_wrapped"
_WRAP_LINES = 8
_WRAP_MAX = 100
_WRAP_NEAR = 0.6
_SENTENCE_END = re.compile(r"[.!?:;\"”’)»。！？」』]$")


def hard_wrapped(body_lines: list[str]) -> bool:
    """Lines of one width, most of them stopping mid-sentence (see the module's docstring)."""
    if len(body_lines) < _WRAP_LINES:
        return False
    widest = max(len(line) for line in body_lines)
    if widest > _WRAP_MAX:
        return False  # a paragraph longer than a wrapped line: the text is not wrapped
    near = sum(1 for line in body_lines if len(line) >= 0.8 * widest)
    open_end = sum(1 for line in body_lines if not _SENTENCE_END.search(line))
    return near >= _WRAP_NEAR * len(body_lines) and 2 * open_end >= len(body_lines)


def check_cut(emit: Emitter, body: str) -> None:
    """``body.truncated``: a body cut at its start, or a feed's excerpt served as the article; and
    ``body.glued``: sentences run together with no space."""
    found = cut_at(body) if emit.on(CHECK) else None
    if found is not None:
        emit.add(CHECK, "$.body", *found)
    if emit.on(GLUED):
        places = glued(body)
        if places:
            what = f"sentences run together with no space, {len(places)} times (the paragraphs' breaks lost)"
            emit.add(GLUED, "$.body", what, places[0].strip())
    if emit.on(WRAPPED):
        body_lines = lines(body)
        if hard_wrapped(body_lines):
            widest = max(map(len, body_lines))
            what = f"every paragraph broken into lines of one width (at most {widest} characters)"
            emit.add(WRAPPED, "$.body", what, body_lines[0])
