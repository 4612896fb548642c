"""Page widgets an extractor keeps, told by shape alone (no word list): a short line that is not prose and
is built round a number shape, a clock time, a date, a duration, a counter or a score.

* ``boilerplate.widget``: an audio-player line ("Listen 4:32", "Слушать статью 4 мин"), a location and
  timestamp dateline ("BERLIN, 12.03.2020 14:35"), an "updated" stamp, a gallery counter ("Photo 3 of 12",
  "1 / 12"), a rating ("4.5/5"), a running countdown ("147 days 4 hrs 34 mins"). The line has at most
  ``_MAX_CHARS`` characters and ``_MAX_WORDS`` words, does not end or hold a sentence, and holds one of the
  number shapes. Any script: the shapes are digits and separators; the words round them are not read.

  Where: among the first or last two lines of a body of three lines or more (the page's player, dateline
  and counter sit next to the headline or under the article); or in the middle, alone between two prose
  paragraphs (each long and ending a sentence) when the shape is a time, a date or a counter, not a bare
  "N word" (tables, recipes and lists in real bodies are lines of numbers among lines of numbers).
  Measured on the 121 hand-written clean bodies of the corpus: no line is hit (docs/checks-accuracy.md).

  A line holding a clock time ("19:20", "18h30") may be longer, up to ``_CLOCKED_CHARS`` characters and
  ``_CLOCKED_WORDS`` words, where a template's box writes one out: a programme tip ("Stasera in TV:
  Striscia la notizia su Canale 5 alle 19:20"), a stamp with its author ("22. Januar 2020 @ 18:13 //
  Autor: ..."), a video teaser's time. It must not end on a colon (a comment's "X wrote on ... at 3:53
  am:" introduces its text), and amid the body it holds no comma: an article's own listings ("Georg
  Fischer AG, Amsler-Laffon-Strasse 9, 8201 Schaffhausen 13:15 Uhr") and credits ("docu, 1h45,
  Netflix") list their parts with commas. On 1,145 clean and outside bodies, the edges' hits are stamps
  and teasers, and nothing amid a body is hit. Three lines or more amid the body that open on a clock
  time and go on in words ("8h47 - ABB voit ses commandes ...") are a live blog's entries, the body's own
  format: none of them is a widget (a live page of fundus's truths, lesechos.fr, had ten).

  Anywhere in the body, a *row of labelled values*: three or more values of one kind, all counts ("Like 12
  · Love 3 · Wow 0", "👍 2 😄 25 😢 1") or all clock times ("Fajr 04:59 Dhuhr 12:22 Asr 15:10 ..."), each
  after a label of its own (one to three words or an emoji, the first up to six: "Prayer times (Doha):
  Fajr"), the labels all different, a value last, no comma, semicolon or sentence end: a reaction bar, a
  timetable widget. A table's row repeats its unit ("613 mm 640 mm 666 mm"), mixes kinds ("am 24. Januar
  2022 um 15:47") or has values side by side; opening hours are ranges ("9:00-12:30"): none is a row. On
  1,145 clean and outside bodies, no line is hit.

  Anywhere in the body, a *box of data in segments*: a line that a spaced separator (" · ", " | ", " • ",
  the full-width bar, the ideographic space) cuts into three segments or more, two of them holding a word
  of three letters or more and one a number, none longer than ``_SEGMENT_WORDS`` words: a dashboard's,
  a feed's or a listing's entry ("Ultimi terremoti: Magnitudo ML 4.6 · 5 km E Norcia · ore 03:14 · fonte
  INGV", "Datos covid Madrid hoy: 534 contagios · Ocupación UCI 5,2 %"). Prose never writes these
  separators, a formula's dots stand between symbols ("v3 · r · r2"), and a body that writes three lines or
  more this way has made it its own format. On the corpus's 197 clean bodies no line is hit; on
  1,145 clean and outside bodies, 9 are: stamps, a copyright, a file's size, and a review's book
  details ("Matthes & Seitz 2019 · 280 Seiten · 30 Euro") and a price list.

  With a spaced middle dot (U+00B7) two segments are enough, however long the first: a box's text and the
  link under it ("Tier der Woche: Bruno, 4 Jahre, ... · Tel. 0731 ...", "... Ford Focus, 2022, 184.965 km ·
  Bekijk alle"), each segment with a word of three letters, the line no statement (:func:`dotted_box`).
  Prose sets the dot against a letter (Catalan's "l·l", Greek's upper stop, a Chinese name's "·"): on the
  1,145 clean and outside bodies this adds no line, and of 142 paragraphs of 2,413 real pages that hold a
  spaced middle dot, 140 are furniture (stamps, bylines, footers, menus, teaser lists).

  Anywhere too, a *link with its size*: a line of at most ``_SIZED_CHARS`` characters ending with a picture's
  dimensions or a file's size in brackets ("Click to enlarge (1600 × 900 px)", "사진 확대 보기 (830KB)",
  "Grafik in voller Größe anzeigen (5,5 MB)"): an enlarge or download link. No line of the 1,145 clean
  and outside bodies ends so.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from harness.checks.board import board_lines
from harness.checks.emit import Emitter
from harness.checks.text import LINK_OR_HANDLE, line_has_digit, lines

WIDGET = "boilerplate.widget"
_MAX_CHARS = 60
_MAX_WORDS = 9
_CLOCKED_CHARS = 110
_CLOCKED_WORDS = 16
_EDGE_LINES = 2
_MIN_LINES = 3
_PROSE_CHARS = 80  # a neighbour paragraph that is prose: this long and ending a sentence
_TIME = re.compile(r"(?<![\d:])\d{1,2}[:h]\d{2}(?![\d])")
# a live blog's entry: a clock time ("8h47", "10:05", German's "12.31 Uhr") and its headline's first letter
_ENTRY_HEAD = re.compile(
    r"\s*\d{1,2}(?:[:h]\d{2}(?!\d)|\.\d{2}(?=\s*uhr))\s*(?:uhr\s*)?[-–—:|]?\s*[^\W\d_]", re.I
)
_DATE = re.compile(r"(?<![\d.])\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?![\d])")
_SLASH_COUNT = re.compile(r"(?<![\d/.,])\d{1,3}(?:[.,]\d)?\s*/\s*\d{1,3}(?![\d/])")
_WORD_COUNT = re.compile(r"(?<![\d.,])(\d{1,3})\s+[^\W\d_]{1,8}\s+(\d{1,3})$")
_DURATION = re.compile(r"(?<![\w.,])\d{1,3}\s*[^\W\d_]{1,5}\.?$")
#: a sentence's end closing the line, or a full stop after a word with more text after it; one class of
#: the signs first, the word before them read by a lookbehind (``re`` jumps along a leading class; an
#: alternation, or a pattern opening on a letter class, is tried at every character). Only ever asked
#: whether it is found: a match starts at the sign, not at the word
_SENTENCE = re.compile(r"[.!?。！？…\"”»'’](?:$|(?<=[^\W\d_]{2}[.!?])\s+\S)")
_ENDS_SENTENCE = re.compile(r"[.!?。！？…\"”»'’)]\s*$")


# a running countdown: days, hours and minutes, each a number and a unit in any language ("147 days 4 hrs
# 34 mins", "23 Tage 5 Stunden 9 Minuten", "143d 13h 3m"), three units, the hours under 24 and the
# minutes under 60
_COUNTDOWN = re.compile(
    r"(?<![\d.,:])\d{1,3}\s*(?P<a>[^\W\d_]{1,9})\.?\s+(?P<h>\d{1,2})\s*(?P<b>[^\W\d_]{1,9})\.?\s+"
    r"(?P<m>\d{1,2})\s*(?P<c>[^\W\d_]{1,9})"
)
_ROW_CHARS = 200
_ROW_VALUES = 3
_ROW_LABEL_WORDS = 3
_ROW_FIRST_LABEL_WORDS = 6
_ROW_SEPARATORS = frozenset("·|•")
_ROW_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_ROW_COUNT = re.compile(r"\d{1,7}")
_ROW_NOT = re.compile(r"[,;]|[.!?。！？]\s*$")
_SYMBOLS = 0x2000  # from here on, a label may be a symbol or an emoji
_SENTENCE_ENDS = frozenset(".!?。！？,;")
_ANY_DIGIT = re.compile(r"\d")


def data_row(line: str) -> bool:
    """A row of labelled values: a reaction bar or a timetable widget (see the module's docstring)."""
    if len(line) > _ROW_CHARS or _ROW_NOT.search(line):
        return False
    labels: list[str] = []
    label: list[str] = []
    kinds: set[str] = set()
    for token in line.split():
        if token in _ROW_SEPARATORS:
            continue
        kind = "clock" if _ROW_CLOCK.fullmatch(token) else "count" if _ROW_COUNT.fullmatch(token) else None
        if kind is None:
            if any(ch.isdigit() for ch in token):
                return False
            label.append(token)
            continue
        most = _ROW_LABEL_WORDS if labels else _ROW_FIRST_LABEL_WORDS
        if not label or len(label) > most or not _named(label):
            return False
        labels.append(" ".join(label).casefold())
        label = []
        kinds.add(kind)
    return not label and len(kinds) == 1 and len(labels) >= _ROW_VALUES and len(set(labels)) == len(labels)


# a share: "30,1 %", "48%", Turkish "%51,4"; not a URL's encoding ("%2F", "%3A")
_SHARE = re.compile(r"%\s?\d{1,3}(?:[.,]\d{1,2})?(?!\d)|(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?%")
_ENCODED = re.compile(r"%[0-9A-Fa-f][A-Fa-f]|(?:%[0-9A-Fa-f]{2}){2}|://")
_SHARE_GAP_WORDS = 5
_ROW_SEPARATOR = re.compile(r"[·|｜•–—/]")
_CODE = re.compile(r"[=\[\]{}]")
# a draw's numbers or a calendar's row: five or more numbers of one or two digits, rising
#: (its first digit first and the character before it read by a lookbehind: the same matches, found by
#: jumping from digit to digit instead of trying a lookbehind at every character)
_SERIES = re.compile(r"\d(?<![\d.,:/]\d)\d?(?:(?:\s*[-–,·]\s*|\s+)\d{1,2}(?!\d|[.,]\d|[:/%])){4,}")


_SEGMENT_SEPARATOR = re.compile(r"\s[·|•｜]\s|｜|\u3000")
_SEGMENT_SIGN = re.compile(r"[·|•｜\u3000]")  # a cheap test before the split
_SEGMENTS = 3
# a picture's dimensions or a file's size in brackets, ending the line
_SIZED = re.compile(
    r"[(\[]\s*(?:\d{2,5}\s*[x×]\s*\d{2,5}(?:\s*[^\W\d_]{1,8})?|\d{1,4}(?:[.,]\d{1,2})?\s*"
    r"(?:[KMG]B|[kKMG]o|kB|КБ|МБ|Кб|Мб))\s*[)\]]\s*$"
)
_SIZED_CHARS = 120
_SEGMENTED_CHARS = 240
#: the longest line a shape holding a digit can fit in (a row, a size, a clocked line)
_DIGIT_SHAPES_CHARS = max(_ROW_CHARS, _SIZED_CHARS, _CLOCKED_CHARS)
_SEGMENT_WORDS = 12
_WORD3 = re.compile(r"[^\W\d_]{3}")
_OWN_FORMAT = 3
_MIDDLE_DOT = " \u00b7 "
_FULL_STOPS = (".", "。")


def segmented_row(line: str) -> bool:
    """A box of data in segments (see the module's docstring); the body's own format is told by
    :func:`widget_lines`."""
    if len(line) > _SEGMENTED_CHARS:
        return False
    parts = _SEGMENT_SEPARATOR.split(line)
    if len(parts) < _SEGMENTS or any(len(part.split()) > _SEGMENT_WORDS for part in parts):
        return False
    worded = sum(1 for part in parts if _WORD3.search(part))
    return worded >= 2 and any(_ANY_DIGIT.search(part) for part in parts)


def dotted_box(line: str) -> bool:
    """A box's text and its links parted by spaced middle dots, two segments or more, each with a word of
    three letters ("Tier der Woche: Bruno, 4 Jahre, ... · Tel. 0731 ...", "... Ford Focus, 2022, 184.965 km
    · Bekijk alle"), the line not a statement. Prose hardly writes a spaced middle dot: Catalan's "l·l", a
    Chinese name's "·" and Greek's upper stop stand against a letter."""
    if _MIDDLE_DOT not in line or len(line) > _SEGMENTED_CHARS or line.rstrip()[-1:] in _FULL_STOPS:
        return False
    return all(_WORD3.search(part) for part in line.split(_MIDDLE_DOT))


def share_row(line: str) -> bool:
    """A results box: three or more shares ("CDU/CSU 30,1 % · SPD 16,4 % · Grüne 12 %"), at most five words
    between two of them, two of those gaps holding a separator (· | – /), one a label; not a sentence. A
    sentence lists shares with commas and words ("45% of fans are female, 46% of ...")."""
    if "%" not in line or not _row_shaped(line) or _ENCODED.search(line):
        return False
    found = list(_SHARE.finditer(line))
    if len(found) < _ROW_VALUES:
        return False
    gaps = [line[a.end() : b.start()] for a, b in pairwise(found)]
    if any(len(gap.split()) > _SHARE_GAP_WORDS for gap in gaps):
        return False
    separated = sum(1 for gap in gaps if _ROW_SEPARATOR.search(gap))
    return separated >= 2 and any(ch.isalpha() for gap in gaps for ch in gap)


def number_series(line: str) -> bool:
    """A lottery draw's or a calendar row's numbers: five or more of one or two digits, each higher than
    the one before, from 1 up ("3 - 12 - 19 - 27 - 38 - 45", "8 9 10 11 12 13 14"); not a sentence, not a
    program's output or a list of versions from 0 ("0 2 4 6 8", "00 01 02 03 04"), not code ("for i in [1,
    2, 3, 4, 5]:")."""
    if not _row_shaped(line) or _CODE.search(line):
        return False
    for m in _SERIES.finditer(line):
        numbers = [int(x) for x in re.findall(r"\d+", m.group(0))]
        if numbers[0] >= 1 and all(a < b for a, b in pairwise(numbers)):  # "0 2 4 6 8": a program's output
            return True
    return False


def _row_shaped(line: str) -> bool:
    """Short enough for a row, and not ending a sentence or a clause: two tests that read no more than
    the line's length and its last character, as most lines of a body are prose that fails them."""
    return len(line) <= _ROW_CHARS and line.rstrip()[-1:] not in _SENTENCE_ENDS


def _named(label: list[str]) -> bool:
    """A label has a letter, a symbol or an emoji: "/" between two numbers is a table's, not a label."""
    return any(ch.isalpha() or ord(ch) > _SYMBOLS for word in label for ch in word)


def _counter(line: str) -> bool:
    """A counter or score: "3 / 12", "4.5/5", or "N word M" ending the line with N at most M ("Photo 3 of
    12", "3 из 12"); "Linux Mint 19 and 18" and "0 2 4 6 8" are not."""
    if _SLASH_COUNT.search(line):
        return True
    m = _WORD_COUNT.search(line)
    return m is not None and int(m.group(1)) <= int(m.group(2))


def countdown(line: str) -> bool:
    """A running countdown's days, hours and minutes (``_COUNTDOWN``) in a line that is not a sentence."""
    m = _COUNTDOWN.search(line)
    if m is None or int(m["h"]) >= 24 or int(m["m"]) >= 60 or _SENTENCE.search(line):
        return False
    return len({m[unit].casefold() for unit in "abc"}) == 3  # "12 Monate 12 Monate 24 Monate" is a table's


def widget_shape(line: str, *, middle: bool = False) -> bool:
    """A short line round a number shape, not a sentence (see the module's docstring)."""
    s = line.strip()
    if not s or len(s) > _MAX_CHARS or len(s.split()) > _MAX_WORDS or LINK_OR_HANDLE.search(s):
        return False
    if countdown(s):
        return True
    if _DURATION.search(s) and not middle and ":" not in s:  # "Label: 1 tsp." is a data line
        return True
    if _SENTENCE.search(s):
        return False
    if _TIME.search(s) or _counter(s):
        return True
    return _DATE.search(s) is not None


def clocked(line: str, *, middle: bool = False) -> bool:
    """A longer line round a clock time, not a sentence (see the module's docstring)."""
    s = line.strip()
    if len(s) > _CLOCKED_CHARS or len(s.split()) > _CLOCKED_WORDS or s.endswith((":", "：")):
        return False
    if (middle and "," in s) or LINK_OR_HANDLE.search(s) or _SENTENCE.search(s):
        return False
    return _TIME.search(s) is not None


def stamp_shape(line: str) -> bool:
    """A short widget line round a clock time or a date (a dateline, an "updated" stamp), not a duration,
    a counter or a rating: the widget lines an extractor can drop at a body's edges without reading more
    ("390 kcal" under a recipe, "Angaben gemäß § 5 TMG" are the page's text)."""
    return widget_shape(line) and (_TIME.search(line) is not None or _DATE.search(line) is not None)


def has_clock_time(line: str) -> bool:
    """A clock time ("10:15", "20h59") in ``line``."""
    return _TIME.search(line) is not None


def _prose(line: str) -> bool:
    return len(line) >= _PROSE_CHARS and _ENDS_SENTENCE.search(line) is not None


def _alone(line: str, before: str, after: str) -> bool:
    """No number line on either side (a table or a list is numbers in a row), and prose on one side at
    least unless the line is a counter ("3 / 12", "Photo 3 of 12")."""
    if any(x[:1].isdigit() or widget_shape(x, middle=True) for x in (before, after)):
        return False
    return _prose(before) or _prose(after) or _counter(line)


def _entry_head(line: str) -> bool:
    """A line opening on a clock time and going on in words: a first character that is no digit or space
    (nearly every line) is refused before the regex."""
    return bool(line) and (line[0].isdigit() or line[0].isspace()) and _ENTRY_HEAD.match(line) is not None


def live_feed(body_lines: list[str]) -> bool:
    """Three lines or more amid the body that open on a clock time and go on in words ("8h47 - ABB voit
    ses commandes fléchir", "10:05 Uhr: ..."): a live blog's entries, the body's own format."""
    return sum(1 for line in body_lines[_EDGE_LINES:-_EDGE_LINES] if _entry_head(line)) >= _OWN_FORMAT


_ROW_OR_SIZE = 1  # a row's values or a size in brackets: a widget's line wherever it stands
_CLOCK_FIRST = 2  # opens on a clock time and goes on in words (a live blog's entry, when there are more)
_SHAPED = 4  # a widget's shape: one at an edge, or alone between prose amid the body


def _shape(line: str, edge: bool) -> int:
    """What :func:`widget_lines` reads of a line of at most ``_DIGIT_SHAPES_CHARS`` characters with a digit
    on its own and from whether it is at an edge (``_ROW_OR_SIZE``, ``_CLOCK_FIRST``, ``_SHAPED`` or'ed; a
    line longer than a clocked line has no other shape than the first)."""
    if _row_shaped(line) and (data_row(line) or share_row(line) or number_series(line)):
        return _ROW_OR_SIZE
    if len(line) <= _SIZED_CHARS and line.rstrip()[-1:] in ")]" and _SIZED.search(line):
        return _ROW_OR_SIZE
    if len(line) > _CLOCKED_CHARS:
        return 0
    if len(line) > _MAX_CHARS or len(line.split()) > _MAX_WORDS:
        shaped = clocked(line, middle=not edge)
    else:
        shaped = widget_shape(line, middle=not edge)
    return (_CLOCK_FIRST if _entry_head(line) else 0) | (_SHAPED if shaped else 0)


#: :func:`_shape` remembered for the last 8,192 (line, edge) (a pure function of them; the lines are at
#: most ``_DIGIT_SHAPES_CHARS`` characters): a crawl's players, stamps and counters come back page after
#: page, and each short line with a digit was tried against the rows' and the widgets' shapes each time
_shape_short = lru_cache(maxsize=8192)(_shape)


def widget_lines(body_lines: list[str]) -> list[str]:
    """The widget lines of a body: at its edges, or alone between two prose paragraphs."""
    n = len(body_lines)
    if n < _MIN_LINES:
        return []
    found = []
    segmented = {
        line
        for line in body_lines
        # ``_SEGMENT_SIGN``'s characters, looked for one by one: five memchr-like scans cost a quarter of
        # the class scan (a class with characters past Latin-1 is tested character by character)
        if ("·" in line or "|" in line or "•" in line or "｜" in line or "\u3000" in line)
        and (segmented_row(line) or dotted_box(line))
    }
    own_format = len(segmented) >= _OWN_FORMAT
    # three lines or more amid the body that open on a clock time are a live blog's entries ("8h47 - ABB
    # voit ses commandes fléchir", "10:05 Uhr: ..."): the body's own format; no such line is a widget, the
    # first and the last entry included. Counted only when a line that gets that far opens on one (most
    # bodies: none does, and the count read every line)
    feed: bool | None = None
    shaped: list[int] = []  # the lines of a widget's shape, which may be the body's own headings
    boards = set(board_lines(body_lines))
    for i, line in enumerate(body_lines):
        if (not own_format and line in segmented) or line in boards:
            found.append(line)
            continue
        # every other shape holds a digit (a row's values, a size, a time, a date, a count, a duration):
        # a line without one, most of a body's short lines, is read once here and no further
        if len(line) > _DIGIT_SHAPES_CHARS or not line_has_digit(line):
            continue
        edge = i < _EDGE_LINES or i >= n - _EDGE_LINES
        shape = _shape_short(line, edge)
        if shape & _ROW_OR_SIZE:
            found.append(line)
            continue
        if shape & _CLOCK_FIRST:
            if feed is None:
                feed = live_feed(body_lines)
            if feed:
                continue
        if shape & _SHAPED and (edge or _alone(line, body_lines[i - 1], body_lines[i + 1])):
            found.append(line)
            shaped.append(i)
    headings = _own_headings(body_lines, shaped)
    return [line for line in found if line not in headings] if headings else found


_HEADING_WORDS = 3  # words of letters in a heading that carries its number ("Best value airer, 9/10")


def _own_headings(body_lines: list[str], shaped: list[int]) -> set[str]:
    """The lines at ``shaped`` (indexes of lines of a widget's shape) when they are the body's own
    headings: ``_OWN_FORMAT`` or more, all different, none next to another, each with ``_HEADING_WORDS``
    words of letters or more, ending on the number (a review's ranked picks: "Best heated clothes airer
    overall, 9/10" over each product's paragraphs). A widget kept from the page is one line, or a block of
    lines; a gallery's counters ("Photo 3 of 12") have fewer words."""
    if len(shaped) < _OWN_FORMAT or any(b - a < 2 for a, b in pairwise(shaped)):
        return set()
    texts = [body_lines[i] for i in shaped]
    if len(set(texts)) < len(texts) or not all(_heading(t) for t in texts):
        return set()
    return set(texts)


def _heading(text: str) -> bool:
    """One line of ``_HEADING_WORDS`` words of letters or more that ends on its number ("Best value airer,
    9/10"): a player's line ("Listen 4:32" over a headline) has its number first."""
    return (
        "\n" not in text
        and text.rstrip()[-1:].isdigit()
        and sum(1 for w in text.split() if w.isalpha()) >= _HEADING_WORDS
    )


def check_widgets(emit: Emitter, body: str) -> None:
    """``boilerplate.widget``: a player, dateline, stamp, counter, rating or reaction line kept from the page,
    or a timetable widget's row."""
    if not emit.on(WIDGET):
        return
    for line in widget_lines(lines(body)):
        emit.add(WIDGET, "$.body", "a page widget line (a player, time stamp, counter or rating)", line)
