"""A labelled line off the article's topic: ``boilerplate.off_topic``, told by the body's own words.

A box an extractor keeps from the page is written about something else than the story it sits in: a
dictionary's word of the day, a court's calendar, a fire brigade's call-outs, a school-holiday box, a
lost-and-found list, a border crossing's waiting times. Such boxes have a label and a value ("Wort des Tages
(17.06.2017): Kummerspeck ...", "Real-time fire dispatch – December 10: 10:40 Automatic fire alarm at ...",
"Ferientermine Bayern 2024: Herbstferien 28.10. – 31.10. ..."), and their words are not the article's. No
word list is read; the evidence, on one line:

* a **label**: up to ``_LABEL_WORDS`` words before a colon, holding no sentence's end, within the line's
  first ``_LABEL_CHARS`` characters; not a list's item ("3) Product: ...");
* a **digit** (a date, a time, a price, a count, a number of a case or a room: the box's value);
* at most ``_MAX_WORDS`` words and ``_MAX_CHARS`` characters, and no link, address or handle (a review's
  box of details, "More info: www.example.net", is the article's);
* **its words are not the article's**: of its meaningful tokens (:func:`harness.checks.text.tokens`: words
  of four letters or more, cut to a stem, and the bigrams of scripts written without spaces; numbers left
  out), at least ``_MIN_TOKENS``, at most ``_SHARED`` are found anywhere else in the body or the title.

The body's **first or last line** needs no label when the evidence is stronger: a digit, at most
``_MAX_WORDS`` words and ``_MAX_CHARS`` characters, no sentence's end at its end, no link, at least
``_EDGE_TOKENS`` tokens and **none** of them found in the title or the body's other lines (a name-day box, a
sunrise widget, birthday congratulations, a parish's service times kept above or below the story).

A body that writes ``_OWN_FORMAT`` or more labelled lines with a digit has made them its own format (a
listicle's items, an event's programme, a data sheet): none is flagged. Measured on the corpus's 121
hand-written bodies, fundus's 258 accepted bodies and Readability.js's 130 expected ones, and on ``generic``'s
output of 1,712 outside pages (docs/checks-accuracy.md, "Twenty-third pass").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from harness.checks.emit import Emitter
from harness.checks.text import BARE_HOST, LINK_OR_HANDLE, joined, lines, tokens

CHECK = "boilerplate.off_topic"

_LABEL_WORDS = 9
_LABEL_CHARS = 60
_MAX_WORDS = 40
_MAX_CHARS = 400
_MIN_TOKENS = 3
_SHARED = 0.15  # share of a line's tokens found elsewhere in the record, at most
_OWN_FORMAT = 3
_EDGE_TOKENS = 5
_MIN_LINES = 3

_LABEL = re.compile(rf"([^:：]{{2,{_LABEL_CHARS}}}?)(?::\s+|：\s*)\S")  # a clock's "6:32" ends no label
_COLON_NEAR_START = re.compile(rf"^[^\n:：]{{2,{_LABEL_CHARS}}}(?::[ \t]|：)", re.MULTILINE)
#: ``_COLON_NEAR_START`` after the first line: a line break, then the line's start, found by a scan for the
#: line break (a literal first) instead of trying ``^`` at every character: half the time of a body
_COLON_AFTER_BREAK = re.compile(rf"\n[^\n:：]{{2,{_LABEL_CHARS}}}(?::[ \t]|：)")
_SENTENCE_IN_LABEL = re.compile(r"[.!?](?:\s|$)")
_LIST_ITEM = re.compile(r"\(?\d{1,3}[).]\s")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")


def labelled(line: str) -> bool:
    """A label of at most ``_LABEL_WORDS`` words before a colon, and a digit, on a line of at most
    ``_MAX_WORDS`` words with no link: a box's shape (the words are not read). The cheap tests first: most
    lines have no colon near their start, or are paragraphs longer than a box."""
    colon = max(line.find(":", 0, _LABEL_CHARS + 1), line.find("：", 0, _LABEL_CHARS + 1))
    if colon < 2 or len(line) > _MAX_CHARS:
        return False
    m = _LABEL.match(line)
    if m is None or len(m.group(1).split()) > _LABEL_WORDS or _SENTENCE_IN_LABEL.search(m.group(1)):
        return False
    if len(line.split()) > _MAX_WORDS or _LIST_ITEM.match(line) or _DIGIT.search(line) is None:
        return False
    return not LINK_OR_HANDLE.search(line) and not BARE_HOST.search(line)


def off_topic_lines(body_lines: list[str], title: str | None = None, text: str | None = None) -> list[str]:
    """The labelled lines of ``body_lines``, and its first and last lines, whose words the rest of the
    record does not share (see the module's docstring). Only a line with a colon near its start is read
    further as a labelled one (most lines have none), and the rest of the record is read only until it
    shares enough of a line's words."""
    if len(body_lines) < _MIN_LINES:
        return []
    # one scan in C for a colon near a line's start, instead of one per line (``text``: the lines joined, when
    # the caller has them so)
    whole = "\n".join(body_lines) if text is None else text
    shaped = [i for i in _line_numbers(whole) if labelled(body_lines[i])]
    found: list[int] = []
    if len(shaped) < _OWN_FORMAT:
        for i in shaped:
            own = {tok for tok in tokens(body_lines[i]) if not tok.isdigit()}
            if len(own) >= _MIN_TOKENS and not _shared(own, title, body_lines, i, _SHARED):
                found.append(i)
    for i in (0, len(body_lines) - 1):
        if i not in found and _bare_edge(body_lines[i]):
            own = {tok for tok in tokens(body_lines[i]) if not tok.isdigit()}
            if len(own) >= _EDGE_TOKENS and not _shared(own, title, body_lines, i, 0.0):
                found.append(i)
    return [body_lines[i] for i in sorted(found)]


def _line_numbers(joined: str) -> list[int]:
    """The numbers of the lines of ``joined`` with a colon near their start, counted as the scan goes (a
    count from the start for each would be quadratic in a body of many such lines)."""
    numbers, line, at = [], 0, 0
    if _COLON_NEAR_START.match(joined):
        numbers.append(0)
    # each match of the line-break form starts at the break before its line (and ends in that line, so the
    # matches are the ``^`` form's, one a line, in order)
    for m in _COLON_AFTER_BREAK.finditer(joined):
        line += joined.count("\n", at, m.start() + 1)
        at = m.start() + 1
        numbers.append(line)
    return numbers


def _bare_edge(line: str) -> bool:
    """An edge line in a box's shape with no label: short, a digit, no sentence's end, no link."""
    if len(line) > _MAX_CHARS or _SENTENCE_END.search(line) or _DIGIT.search(line) is None:
        return False
    if len(line.split()) > _MAX_WORDS:
        return False
    return not LINK_OR_HANDLE.search(line) and not BARE_HOST.search(line)


_NEAR = 3  # lines read one by one before the rest of the body is looked at whole


def _shared(own: set[str], title: str | None, body_lines: list[str], at: int, share: float) -> bool:
    """More than ``share`` of ``own`` found in the title or in a line of the body other than ``at``: the
    title first, then the lines nearest the line, stopping as soon as enough are found (the usual case: a
    line about the article shares its words within a line or two).

    Past the ``_NEAR`` nearest lines, the other lines are looked at whole first: a token is a substring of
    its line as tokenised (lowercased; NFKC and case-folded outside ASCII), so the tokens of ``own`` none of
    those lines holds as a substring cannot be found by reading them, and when what is left cannot make
    enough (a box none of whose words the article writes, where every line would be tokenised), the answer
    is no without tokenising them; else only a line holding one of the tokens not found yet as a substring
    is tokenised. The answer depends only on which tokens are found, not on the order they are found in."""
    limit = share * len(own)
    seen = own & tokens(title or "")
    rest = _outward(at, len(body_lines))
    for j in rest:
        if len(seen) > limit:
            return True
        seen |= own & tokens(body_lines[j])
        if j == at + _NEAR or j == at - _NEAR:  # the nearest lines read: the rest looked at whole first
            break
    else:
        return len(seen) > limit
    folded = [_folded(line) for line in body_lines]
    others = "\n".join(flat for k, flat in enumerate(folded) if k != at)
    own = {tok for tok in own if tok in seen or tok in others}
    if len(own) <= limit:
        return False  # what the rest of the body can still show is not enough
    for j in rest:
        if len(seen) > limit:
            return True
        if any(tok in folded[j] for tok in own if tok not in seen):  # else the line adds nothing to seen
            seen |= own & tokens(body_lines[j])
    return len(seen) > limit


def _folded(line: str) -> str:
    """``line`` as :func:`harness.checks.text.tokens` reads it: every token of the line is a substring."""
    return line.lower() if line.isascii() else unicodedata.normalize("NFKC", line).casefold()


def _outward(at: int, n: int) -> Iterator[int]:
    """The indexes of ``n`` lines but ``at``, nearest first: ``at - 1``, ``at + 1``, ``at - 2``, ..."""
    for step in range(1, max(at, n - 1 - at) + 1):
        if at - step >= 0:
            yield at - step
        if at + step < n:
            yield at + step


def check_off_topic(emit: Emitter, body: str, title: str | None) -> None:
    """``boilerplate.off_topic``: a labelled line with a value, or a bare one at an edge, whose words the
    article does not share."""
    if not emit.on(CHECK):
        return
    for line in off_topic_lines(lines(body), title, joined(body)):
        emit.add(
            CHECK, "$.body", "a line with a value whose words the article does not share (a box kept)", line
        )
