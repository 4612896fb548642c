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

Measured on the corpus's 121 hand-written bodies, fundus's 258 and Readability.js's 130 expected ones, and
on ``generic``'s output of 1,712 outside pages (docs/checks-accuracy.md, "Twenty-ninth pass").
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.text import clip

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


def check_cut(emit: Emitter, body: str) -> None:
    """``body.truncated``: a body cut at its start, or a feed's excerpt served as the article."""
    if not emit.on(CHECK):
        return
    found = cut_at(body)
    if found is not None:
        emit.add(CHECK, "$.body", *found)
