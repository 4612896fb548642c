"""Page widgets an extractor keeps, told by shape alone (no word list): a short line that is not prose and
is built round a number shape, a clock time, a date, a duration, a counter or a score.

* ``boilerplate.widget``: an audio-player line ("Listen 4:32", "Слушать статью 4 мин"), a location and
  timestamp dateline ("BERLIN, 12.03.2020 14:35"), an "updated" stamp, a gallery counter ("Photo 3 of 12",
  "1 / 12"), a rating ("4.5/5"). The line has at most ``_MAX_CHARS`` characters and ``_MAX_WORDS`` words,
  does not end or hold a sentence, and holds one of the number shapes. Any script: the shapes are digits
  and separators; the words round them are not read.

  Where: among the first or last two lines of a body of three lines or more (the page's player, dateline
  and counter sit next to the headline or under the article); or in the middle, alone between two prose
  paragraphs (each long and ending a sentence) when the shape is a time, a date or a counter, not a bare
  "N word" (tables, recipes and lists in real bodies are lines of numbers among lines of numbers).
  Measured on the 121 hand-written clean bodies of the corpus: no line is hit (docs/checks-accuracy.md).
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.text import lines

WIDGET = "boilerplate.widget"
_MAX_CHARS = 60
_MAX_WORDS = 9
_EDGE_LINES = 2
_MIN_LINES = 3
_PROSE_CHARS = 80  # a neighbour paragraph that is prose: this long and ending a sentence
_TIME = re.compile(r"(?<![\d:])\d{1,2}[:h]\d{2}(?![\d])")
_DATE = re.compile(r"(?<![\d.])\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?![\d])")
_SLASH_COUNT = re.compile(r"(?<![\d/.,])\d{1,3}(?:[.,]\d)?\s*/\s*\d{1,3}(?![\d/])")
_WORD_COUNT = re.compile(r"(?<![\d.,])(\d{1,3})\s+[^\W\d_]{1,8}\s+(\d{1,3})$")
_DURATION = re.compile(r"(?<![\w.,])\d{1,3}\s*[^\W\d_]{1,5}\.?$")
_SENTENCE = re.compile(r"[.!?。！？…\"”»'’]$|[^\W\d_]{2}[.!?]\s+\S")
_ENDS_SENTENCE = re.compile(r"[.!?。！？…\"”»'’)]\s*$")
_URL = re.compile(r"https?://|www\.|@\w")


def _counter(line: str) -> bool:
    """A counter or score: "3 / 12", "4.5/5", or "N word M" ending the line with N at most M ("Photo 3 of
    12", "3 из 12"); "Linux Mint 19 and 18" and "0 2 4 6 8" are not."""
    if _SLASH_COUNT.search(line):
        return True
    m = _WORD_COUNT.search(line)
    return m is not None and int(m.group(1)) <= int(m.group(2))


def widget_shape(line: str, *, middle: bool = False) -> bool:
    """A short line round a number shape, not a sentence (see the module's docstring)."""
    s = line.strip()
    if not s or len(s) > _MAX_CHARS or len(s.split()) > _MAX_WORDS or _URL.search(s):
        return False
    if _DURATION.search(s) and not middle and ":" not in s:  # "Label: 1 tsp." is a data line
        return True
    if _SENTENCE.search(s):
        return False
    if _TIME.search(s) or _counter(s):
        return True
    return _DATE.search(s) is not None


def _prose(line: str) -> bool:
    return len(line) >= _PROSE_CHARS and _ENDS_SENTENCE.search(line) is not None


def _alone(line: str, before: str, after: str) -> bool:
    """No number line on either side (a table or a list is numbers in a row), and prose on one side at
    least unless the line is a counter ("3 / 12", "Photo 3 of 12")."""
    if any(x[:1].isdigit() or widget_shape(x, middle=True) for x in (before, after)):
        return False
    return _prose(before) or _prose(after) or _counter(line)


def widget_lines(body_lines: list[str]) -> list[str]:
    """The widget lines of a body: at its edges, or alone between two prose paragraphs."""
    n = len(body_lines)
    if n < _MIN_LINES:
        return []
    found = []
    for i, line in enumerate(body_lines):
        if len(line) > _MAX_CHARS:
            continue
        if i < _EDGE_LINES or i >= n - _EDGE_LINES:
            hit = widget_shape(line)
        else:
            hit = widget_shape(line, middle=True) and _alone(line, body_lines[i - 1], body_lines[i + 1])
        if hit:
            found.append(line)
    return found


def check_widgets(emit: Emitter, body: str) -> None:
    """``boilerplate.widget``: a player, dateline, stamp, counter or rating line kept from the page."""
    if not emit.on(WIDGET):
        return
    for line in widget_lines(lines(body)):
        emit.add(WIDGET, "$.body", "a page widget line (a player, time stamp, counter or rating)", line)
