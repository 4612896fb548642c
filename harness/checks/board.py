"""A board of values under a label: ``boilerplate.widget`` ("a page widget line"), told by shape alone.

A page's live boxes write their data as one line: a label, then a list of short entries with values of one
shape ("Freie Parkplätze in Ulm – Parkhaus am Bahnhof: 596 / Tiefgarage Rathaus: 161 / Parkhaus Altstadt:
belegt", "ER wait times (updated 6:32 p.m.): Cork University Hospital – 2 hr 07 min, University Hospital
Galway – 4 hr 47 min", "Classifica Serie A dopo la 8ª giornata: Torino 12, Atalanta 8, Sassuolo 8"). An
extractor that keeps the box keeps the line. The evidence, on one line of at most ``_MAX_CHARS``
characters that starts with a letter and ends no sentence (no word is read):

* a **label** first: up to ``_LABEL_WORDS`` words that end no sentence and close their brackets, then a
  colon, a spaced dash or ``>>``; not a reference's author ("Mathieu, Axel-Oskar: ...");
* then **three entries or more**, parted by semicolons, commas, spaced slashes, bars, dashes or bullets,
  by a value in brackets ("Parking Hospital (370) Parking Plaza Mayor (66)"), or before a rank ("1. AZ
  2. NEC", "1위", "1º"); each of at most ``_ENTRY_WORDS`` words, fewer than ``_PROSE_WORDS`` of them in
  lowercase (a clause: "45% of NFL fans are female, 46% of MLB fans are female");
* **two entries or more, and half of them at least, hold a number** besides a rank at their start, and
  two of those numbers have **the same shape**: in brackets or not, and the same word after them ("596
  frei", "382 frei"; "Torino 12", "Atalanta 8"). A list of ranks alone ("1. Finland 2. Norway") or of steps
  ("(1) Think of a noun (2) ..."), an address's parts ("Zum Saaleblick 11, 06114 Halle") and a recipe's
  amounts ("1 Green, 1 Red, 1 tsp.") are not boards;
* no code sign (``= [ ] { }``), address, link or handle (a review's box of details, "More info:
  www.example.net", is the article's).

A body that writes three lines or more this way has made it its own format: none of them is flagged
(:func:`board_lines`). Measured on the corpus's 121 hand-written bodies, fundus's 258 accepted bodies and
Readability.js's 130 expected ones, no line is hit; on ``generic``'s output of 1,772 outside pages, three,
all page furniture (a press release's contact box, an editorial office's address, a recipe card's
nutrition facts) (docs/checks-accuracy.md, "Twenty-second pass").
"""

from __future__ import annotations

import re
from functools import lru_cache

from harness.checks.text import BARE_HOST, LINK_OR_HANDLE, line_has_digit

_MAX_CHARS = 320
_LABEL_WORDS = 9
_ENTRY_WORDS = 7
_PROSE_WORDS = 4  # lowercase words of an entry that is a clause ("45% of NFL fans are female")
_ENTRIES = 3
_OWN_FORMAT = 3

# the label: any text up to the first colon followed by a space (a clock's "6:32" is no label's end), a
# spaced dash or ">>"
_LABEL = re.compile(r"((?:[^:：–—]|[:：](?=\S)){2,70}?)(?:\s*[:：]\s+|\s+[–—]\s+|\s*>>\s*)")
_ENTRY_SEPARATOR = re.compile(
    r"\s*;\s*|\s+[/|–—•·>-]\s+|,\s+|\s{2,}"
    r"|(?<=[^\s(]{2}\))\s+"  # after a value in brackets: "Parking Hospital (370) Parking Mercado (54)"
    r"|\s+(?=\d{1,2}(?:\.|º|°|위|e|er)\s)"  # before a rank: "1. AZ 28-54 2. NEC 28-50"
)
_RANK = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}(?:\.|º|°|위|e|er))\s")
_CITED_NAME = re.compile(r"[^\W\d_][\w'’-]*, [^\W\d_][\w'’.-]*")
_SENTENCE_IN_LABEL = re.compile(r"[.!?](?:\s|$)")
_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"[=\[\]{}]")
_ENDS_SENTENCE = re.compile(r"[^\W\d_]{3}[.!?]\s*$")
_NUMBER = re.compile(r"\d[\d.,:]*")
_WORD = re.compile(r"\w")


def labelled_board(line: str) -> bool:
    """A label and three entries or more, most with a value (see the module's docstring)."""
    if len(line) > _MAX_CHARS or not line[:1].isalpha():
        return False
    end = line.rstrip()  # most lines end a sentence: the last characters are read first
    if end[-1:] in ".!?" and _ENDS_SENTENCE.search(end, max(0, len(end) - 4)):
        return False
    m = _LABEL.match(line)
    if m is None or _CODE.search(line) or LINK_OR_HANDLE.search(line) or BARE_HOST.search(line):
        return False
    label = m.group(1)
    if len(label.split()) > _LABEL_WORDS or _SENTENCE_IN_LABEL.search(label) or not _closed(label):
        return False
    if _CITED_NAME.fullmatch(label):  # a reference's "Surname, Given name: Title 1903 – 1971 ..."
        return False
    entries = [e for e in (part.strip() for part in _ENTRY_SEPARATOR.split(line[m.end() :])) if e]
    if len(entries) < _ENTRIES:
        return False
    if any(_too_long(entry) for entry in entries):
        return False
    shapes = [_value_shape(entry[_rank_end(entry) :]) for entry in entries]
    valued = [shape for shape in shapes if shape is not None]
    return len(valued) >= 2 and 2 * len(valued) >= len(entries) and len(set(valued)) < len(valued)


#: :func:`labelled_board` remembered for the last 8,192 lines (each at most ``_MAX_CHARS`` characters, as
#: :func:`board_lines` asks it of no longer one; a pure function of the line): a crawl's timetables and
#: boards come back page after page, and a labelled line with a digit was split into entries each time
_labelled_board_short = lru_cache(maxsize=8192)(labelled_board)


def board_lines(body_lines: list[str]) -> list[str]:
    """The lines of ``body_lines`` that are boards (:func:`labelled_board`), none when the body writes
    ``_OWN_FORMAT`` or more of them. Only a short line with a digit and a label's mark is read further
    (most of a body's lines are paragraphs longer than a board)."""
    found = [
        line
        for line in body_lines
        if len(line) <= _MAX_CHARS
        and (":" in line or "–" in line or "—" in line or ">>" in line or "：" in line)
        and line_has_digit(line)
        and _labelled_board_short(line)
    ]
    return [] if len(found) >= _OWN_FORMAT else found


def _value_shape(entry: str) -> tuple[str, str] | None:
    """Whether an entry's first number is in brackets, and the word after it (none at the entry's end): a
    board's entries share one ("Parkhaus am Bahnhof 596 frei", "Parkplatz Messe 382
    frei"; "Torino 12", "Atalanta 8"), an address's parts do not ("Zum Saaleblick 11", "06114 Halle")."""
    m = _NUMBER.search(entry)
    if m is None:
        return None
    after = entry[m.end() :].split()
    bracketed = entry[m.start() - 1 : m.start()] == "("
    word = "#" if after and _DIGIT.search(after[0]) else after[0].casefold() if after else ""
    return "(" if bracketed else "", word


def _too_long(entry: str) -> bool:
    """More than ``_ENTRY_WORDS`` words, or ``_PROSE_WORDS`` words in lowercase: a clause, not an entry."""
    words = [w for w in entry.split() if _WORD.search(w)]
    return len(words) > _ENTRY_WORDS or sum(1 for w in words if w[:1].islower()) >= _PROSE_WORDS


def _rank_end(entry: str) -> int:
    m = _RANK.match(entry)
    return m.end() if m else 0


def _closed(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")
