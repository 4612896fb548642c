"""What a body's first and last lines show: a byline or a date stamp the extractor kept from the page.

A line that is only a date (and time, and an "Updated"/"Published" stamp) is weak evidence in the middle
of a body (a timeline lists dates) and strong at its edges, where the page's date stamp sits next to the
headline or under the article. So is a short line there that holds a day and is no sentence: the stamp
with its words ("Posted on April 22, 2022", "Frank Hahn am 18. September 2019", "Leggi l'edizione digitale
del 3 febbraio 2017", "2024年3月4日 配信"). The day is read by its shape, a day number, a word and a year
in either order, or three numbers, so any language's month names count; on 1,145 clean and outside
bodies, the 64 such edge lines were stamps, credits and a video's caption, and one an agenda's item.
So is the print edition's credit, a line naming a page or an issue and a day ("A version of this
article appears in print on Oct. 19, 2019, Section D, Page 7", "Erschienen in: Die Zeit Nr. 26/2023, S.
15"): none of the 508 clean bodies' edge lines (the corpus's, fundus's and Readability.js's) is one; of
``generic``'s output of 1,772 outside pages, two are, both a Moscow paper's print credits.
A byline, "By Jane Miller" or "Von Anna Schmidt, Reuters", is a short line of capitalised name words
after a language's "by" word. Both are ``boilerplate.edge`` (error when found
in the first or last two lines of a body of at least three lines).
"""

from __future__ import annotations

import re
from functools import lru_cache

from harness.checks.emit import Emitter
from harness.checks.patterns import DATELINE
from harness.checks.shape import words
from harness.checks.text import LINK_OR_HANDLE, has_digit, lines
from harness.checks.widget import has_clock_time, live_feed

EDGE = "boilerplate.edge"
_EDGE_LINES = 2
_MIN_LINES = 3
_BYLINE_WORDS = 10
_BY = re.compile(r"^(?:by|von|por|par|door|av|af|przez|от|автор|κείμενο)\s+(?P<rest>\S.*)$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\by\b|\bet\b|\be\b|\bi\b|\bog\b|\ben\b|\||/|–|—|-)\s*")
_DATE = re.compile(DATELINE, re.MULTILINE)
_YEAR = r"(?:19[7-9]\d|2[0-5]\d\d)(?!\d)"  # to 2599: the Thai calendar's years are 543 ahead
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DAY_IN_LINE = re.compile(
    "|".join(
        (
            rf"(?<![\d.,]){_DAY}\.?\s+(?:de\s+)?[^\s\d.,:;!?()]{{3,12}}\.?,?\s+(?:de\s+|del\s+)?{_YEAR}",
            rf"(?<!\w)[^\s\d.,:;!?()]{{3,12}}\.?\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}",
            r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]",
            rf"(?<![\d.]){_DAY}[./-](?:1[0-2]|0?[1-9])[./-](?:19|20)?\d\d(?![\d.])",
            r"(?<![\d.])(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)",
        )
    )
)
_DATED_CHARS = 90
_DATED_WORDS = 14
#: as :data:`harness.checks.widget._SENTENCE` (colons too): the signs' class first, only asked whether found
_SENTENCE = re.compile(r"[.!?。！？…\"”»'’:：](?:$|(?<=[^\W\d_]{2}[.!?])\s+\S)")
# a page or an issue of a printed edition, read round each run of digits (:func:`_printed_at`): "page A22",
# "S. 15", "Seite 3", "p. 7" (a page of up to three digits after its word), "12面", "A12면", "第 07 版",
# "12. sayfada" (before the paper's word), "Nr. 26/2023", "№ 123" (an issue's number)
_PAGE_WORDS = (
    r"page|p\.|pp\.|pg\.|s\.|seite|side|sida|sid\.|strona|str\.|straně|стр\.|página|pág\.|pagina|pag\.|σελ\."
    r"|sayfa|עמוד|หน้า|পৃষ্ঠা|पृष्ठ|oldal"
)
#: ``\d+``, written so that ``re`` scans for its first digit by the class alone (a pattern opening on a
#: repeat is tried at every character): the same runs, in about half the time
_NUMBER_RUN = re.compile(r"\d\d*")
_PAGE_BEFORE = re.compile(rf"(?<!\w)(?:{_PAGE_WORDS})\s*[A-Z]?\Z", re.IGNORECASE)
_ISSUE_BEFORE = re.compile(r"(?<!\w)(?:nr\.?|n[º°o]\.?|№|no\.)\s*\Z", re.IGNORECASE)
_PAGE_AFTER = re.compile(r"\s*[面면版]|\.?\s*(?:sayfada|oldalon)", re.IGNORECASE)
_BEFORE_CHARS = 24  # the longest page word and its spaces before a number
_ISSUE_OF_YEAR = re.compile(r"(?<!\w)(?:nr\.?|n[º°o]\.?|№|no\.)\s*\d{1,4}/(?:19|20)\d\d", re.IGNORECASE)
_CREDIT_WORDS = 60
_AGO = re.compile(r"^(?:updated|posted|published)?\s*\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$")
#: the same stamp a moment after it was written, no number ("Updated just now", "Aktualisiert: gerade eben")
_JUST_NOW = re.compile(
    r"(?:(?:updated|posted|published|aktualisiert|mis à jour|actualizado|atualizado|aggiornato):?\s*)?"
    r"(?:just now|gerade eben|soeben|à l'instant|hace un momento|agora mesmo|poco fa)"
)
_JUST_NOW_CHARS = 40


def _names(part: str) -> bool:
    """One to four words, each starting with a capital letter (initials such as "J." allowed)."""
    parts = part.split()
    return 1 <= len(parts) <= 4 and all(w[0].isupper() for w in parts)


def opens_with_byline_word(line: str) -> bool:
    """Whether ``line`` starts with a byline's word ("By", "Von", "Par", "Автор") and goes on."""
    return _BY.match(line.strip()) is not None


def is_byline(line: str) -> bool:
    m = _BY.match(line.strip())
    if m is None or words(line) > _BYLINE_WORDS or line.rstrip().endswith(("!", "?", ":")):
        return False
    people = [p for p in _SPLIT.split(m.group("rest").rstrip(". ")) if p]
    return bool(people) and _names(people[0]) and all(_names(p) or len(p) <= 40 for p in people[1:])


def is_name_role(line: str) -> bool:
    """ "Jane Miller, Staff Writer": two to four capitalised name words, a comma, a role of one to three
    capitalised words, nothing else (no sentence punctuation): an author line without a "by" word. Its
    length first: most lines are longer."""
    if len(line) > 60:
        return False
    name, sep, role = line.strip().partition(", ")
    parts = name.split()
    return (
        bool(sep)
        and 2 <= len(parts) <= 4
        and _names(name)
        and _names(role)
        and len(role.split()) <= 3
        and not any(c in line for c in ".!?:;")
    )


def is_date_stamp(line: str) -> bool:
    """A line that is only a date stamp (:data:`harness.checks.patterns.DATELINE`) or "5 hours ago". Each
    holds a digit (lowering makes none, and unmakes none): a line without one is not read further."""
    if not has_digit(line):
        return len(line) <= _JUST_NOW_CHARS and _JUST_NOW.fullmatch(line.strip().lower()) is not None
    flat = line.strip().lower()
    return bool(_DATE.fullmatch(flat) or _AGO.match(flat))


#: a quotation's source under it: an em dash or a bar, then a name or an occasion of five words or more
#: ("—Statement of Mark David Chapman to the New York Parole Board, 3 October 2000"); the page's date line
#: does not open so
_ATTRIBUTION = re.compile(r"[—―]\s?[^\W\d_]\S*(?:\s+\S+){4}")


def is_dated_line(line: str) -> bool:
    """A short line holding a day that is no sentence (see the module's docstring)."""
    s = line.strip()
    if len(s) > _DATED_CHARS or not has_digit(s):  # every day's shape holds a digit
        return False
    if words(s) > _DATED_WORDS or _SENTENCE.search(s) or LINK_OR_HANDLE.search(s):
        return False
    if _ATTRIBUTION.match(s):
        return False
    return _DAY_IN_LINE.search(s) is not None


def holds_day(line: str) -> bool:
    """A day ("3 March 2024", "2024年3月4日", "03.04.2024") or a clock time ("10:15", "20h59") in ``line``."""
    return _DAY_IN_LINE.search(line) is not None or has_clock_time(line)


def print_credit(line: str) -> bool:
    """The print edition's credit: a line of up to ``_CREDIT_WORDS`` words naming a page or an issue
    (:func:`_printed_at`) and a day or an issue's year ("A version of this article appears in print on Oct.
    19, 2019, Section D, Page 7 of the New York edition", "Erschienen in: Die Zeit Nr. 26/2023, S. 15",
    "この記事は2023年5月4日付朝刊3面に掲載されています。")."""
    if not has_digit(line) or words(line) > _CREDIT_WORDS or not _printed_at(line):
        return False
    return _DAY_IN_LINE.search(line) is not None or _ISSUE_OF_YEAR.search(line) is not None


def _printed_at(line: str) -> bool:
    """A page's or an issue's number: each run of digits is read with the few characters round it, where a
    regex of the words tried at every character took four times as long (a line without a digit is not
    read at all)."""
    for m in _NUMBER_RUN.finditer(line):
        start, end = m.span()
        before = max(0, start - _BEFORE_CHARS)
        if end - start <= 3 and _PAGE_BEFORE.search(line, before, start):
            return True
        if _ISSUE_BEFORE.search(line, before, start) or _PAGE_AFTER.match(line, end):
            return True
    return False


def check_edges(emit: Emitter, body: str) -> None:
    """``boilerplate.edge``: a byline or a date stamp among the first or last two lines of the body."""
    if not emit.on(EDGE):
        return
    body_lines = lines(body)
    if len(body_lines) < _MIN_LINES:
        return
    edge = dict.fromkeys([*body_lines[:_EDGE_LINES], *body_lines[-_EDGE_LINES:]])
    feed: bool | None = None
    for line in edge:
        kind = _edge_kind_short(line) if len(line) <= _CACHED_CHARS else _edge_kind(line)
        if kind == _BYLINE:
            emit.add(EDGE, "$.body", "a byline at the edge of the body (the page's author line)", line)
        elif kind == _DATED:
            if feed is None:
                feed = live_feed(body_lines)
            if not feed:  # a live blog's entries under their day's heading: the day is the body's own
                emit.add(EDGE, "$.body", "a date stamp at the edge of the body (the page's date line)", line)
        elif kind == _PRINTED:
            what = "the print edition's credit at the edge of the body (its day and page)"
            emit.add(EDGE, "$.body", what, line)


_BYLINE, _DATED, _PRINTED = 1, 2, 3
_CACHED_CHARS = 500


def _edge_kind(line: str) -> int:
    """What an edge line is on its own: a byline (``_BYLINE``), a date stamp (``_DATED``), the print
    edition's credit (``_PRINTED``), or none of them (0), asked in that order."""
    if is_byline(line) or is_name_role(line):
        return _BYLINE
    if is_date_stamp(line) or is_dated_line(line):
        return _DATED
    return _PRINTED if print_credit(line) else 0


#: :func:`_edge_kind` remembered for the last 8,192 lines of at most ``_CACHED_CHARS`` characters (a pure
#: function of the line): a crawl's bylines, stamps and credits come back page after page at the edges
_edge_kind_short = lru_cache(maxsize=8192)(_edge_kind)
