"""A board of values under a label: ``boilerplate.widget`` ("a page widget line"), told by shape alone.

A page's live boxes write their data as one line: a label, then a list of short entries, most with a
value ("Freie Parkplätze in Ulm – Parkhaus am Bahnhof: 596 / Tiefgarage Rathaus: 161 / Parkhaus Altstadt:
belegt", "ER wait times (updated 6:32 p.m.): Cork University Hospital – 2 hr 07 min, University Hospital
Galway – 4 hr 47 min", "Classifica Serie A dopo la 8ª giornata: Torino 12, Atalanta 8, Sassuolo 8",
"K리그1 순위 1위 김천 상무(승점 25) 2위 강원FC(승점 22) ..."). An extractor that keeps the box keeps the
line. The evidence, on one line of at most ``_MAX_CHARS`` characters (no word is read):

* a **label** first: up to ``_LABEL_WORDS`` words that end no sentence and close their brackets, then a
  colon, a spaced dash or ``>>``;
* then **three entries or more**, parted by semicolons, commas, spaced slashes, bars, dashes or bullets,
  by a value in brackets ("Parking Hospital (370) Parking Plaza Mayor (66)"), or before a rank ("1. AZ
  2. NEC", "1위", "1º"); each entry of at most ``_ENTRY_WORDS`` words (a clause is longer);
* **two entries or more, and half of them at least, hold a number** besides a rank at their start: a list
  of ranks alone ("1. Finland 2. Norway 3. Australia") or of steps ("(1) Think of a noun (2) ...") is an
  article's own list;
* no address, link or handle (a review's box of details, "More info: www.example.net", is the article's).

A body that writes three lines or more this way has made it its own format (a recipe's "Portion Fix
Containers: 1 Green, 1 Red, 1 tsp." under each dish): none of them is flagged (:func:`board_lines`).
Measured on the corpus's 121 hand-written bodies, fundus's 258 accepted bodies and Readability.js's 130
expected ones: apart from such a recipe's lines, no line is hit (docs/checks-accuracy.md, "Twenty-second
pass").
"""

from __future__ import annotations

import re

from harness.checks.text import LINK_OR_HANDLE

_MAX_CHARS = 320
_LABEL_WORDS = 9
_ENTRY_WORDS = 7
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
_SENTENCE_IN_LABEL = re.compile(r"[.!?](?:\s|$)")
_DOMAIN = re.compile(r"\w\.(?:com|net|org|de|fr|it|es|nl|uk)\b")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w")


def labelled_board(line: str) -> bool:
    """A label and three entries or more, most with a value (see the module's docstring)."""
    if len(line) > _MAX_CHARS or line[:1] in "[^" or LINK_OR_HANDLE.search(line) or _DOMAIN.search(line):
        return False
    m = _LABEL.match(line)
    if m is None:
        return False
    label = m.group(1)
    if len(label.split()) > _LABEL_WORDS or _SENTENCE_IN_LABEL.search(label) or not _closed(label):
        return False
    entries = [e for e in (part.strip() for part in _ENTRY_SEPARATOR.split(line[m.end() :])) if e]
    if len(entries) < _ENTRIES:
        return False
    if any(sum(1 for w in entry.split() if _WORD.search(w)) > _ENTRY_WORDS for entry in entries):
        return False
    valued = sum(1 for entry in entries if _DIGIT.search(entry[_rank_end(entry) :]))
    return valued >= 2 and 2 * valued >= len(entries)


def board_lines(body_lines: list[str]) -> list[str]:
    """The lines of ``body_lines`` that are boards (:func:`labelled_board`), none when the body writes
    ``_OWN_FORMAT`` or more of them. Only a line with a digit and a label's mark is read further."""
    found = [
        line
        for line in body_lines
        if (":" in line or "–" in line or "—" in line or ">>" in line or "：" in line)
        and _DIGIT.search(line)
        and labelled_board(line)
    ]
    return [] if len(found) >= _OWN_FORMAT else found


def _rank_end(entry: str) -> int:
    m = _RANK.match(entry)
    return m.end() if m else 0


def _closed(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")
