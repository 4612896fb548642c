"""Rows of links an extractor keeps, told by shape alone (no word list): ``boilerplate.link_row``.

A page's menus, breadcrumbs, language switchers, share bars and section lists are rows of short items
between one repeated separator: "Home | News | Sport | Weather", "EN · DE · FR · IT", "Startseite >
Politik > Ausland", "Facebook / X / WhatsApp", "中文 | English | 日本語". An extractor that flattens them
leaves one such row as a body line. Read on the line alone, in any script:

* one separator (``|``, ``·``, ``•``, ``/``, ``>``, ``»``, ``›``, ``–``, ``—`` and their full-width
  forms; ``/``, ``>``, the dashes and Japanese ``・`` only with a space each side, since they join words
  and numbers in prose) splits it into three items or more;
* every item is short (at most ``_ITEM_WORDS`` words and ``_ITEM_CHARS`` characters), has a letter, and
  neither ends nor holds a sentence (no ``.``, ``!``, ``?``, ``,``, ``;``, ``:`` inside or at its end);
* at most one item holds a digit (a table's row, a score line or a list of dates is numbers in a row);
* between dashes, items of at most two words (a title's parts are longer: "Rum – Tour mit der Hallunken");
* not when three lines of the body or more are rows with the same separator: that is the article's own
  list format (a filmography's "Buch / Regie / Schnitt" on every entry).

An article's own line rarely has this shape: one line of 321 clean bodies did, a breadcrumb an extractor
kept (docs/checks-accuracy.md).

The same menu flattened one item a line is a **column**: ``_COLUMN`` lines or more in a row at the body's
first or last line, each a short item (at most ``_COLUMN_WORDS`` words, no sentence sign, a letter), at
most one of them with a digit, and prose left in the body ("Home / News / Sport / Business" under the
article, "Print / E-mail / Share" above it). None of 984 clean news bodies (the corpus's, fundus's, and
L3S-GN1's 605 labelled pages) opens or ends so; a dateline alone, a subhead, a signature are one line, and
their neighbour is prose or has a sentence's sign (docs/checks-accuracy.md, "Thirtieth pass").
"""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from harness.checks.emit import Emitter
from harness.checks.text import UNSPACED, lines

LINK_ROW = "boilerplate.link_row"
_MAX_CHARS = 160
_ITEM_WORDS = 4
_ITEM_CHARS = 32
_MIN_ITEMS = 3
_DASH_ITEM_WORDS = 2  # items between dashes: a title's parts ("Rum – Tour mit der Hallunken") are longer
_OWN_LIST = 3
_COLUMN = 2
_COLUMN_WORDS = 3
_DASHES = ("–", "—")
# a separator that may touch its items, and one that needs a space each side (dates, "and/or", ranges)
_TIGHT = "|·•｜∙‧"
_SPACED = ("/", "／", ">", "»", "›", "–", "—", "◆", "♦", "・")
_PUNCT = re.compile(r"[.!?,;:。！？，；：…]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_UNSPACED = re.compile(f"[{UNSPACED}]")


def _split(line: str) -> tuple[str, list[str]] | None:
    """The separator of ``line`` that splits it into the most items, and those items, or None when none
    splits it into ``_MIN_ITEMS`` items or more."""
    best: tuple[str, list[str]] | None = None
    for sep in (*_TIGHT, *(f" {s} " for s in _SPACED)):
        if line.count(sep) >= _MIN_ITEMS - 1:
            items = line.split(sep)
            if best is None or len(items) > len(best[1]):
                best = sep, items
    return best


def _item(text: str, words: int) -> bool:
    if not text or len(text) > _ITEM_CHARS or _PUNCT.search(text) or not _LETTER.search(text):
        return False
    if _UNSPACED.search(text):  # scripts written without spaces: count characters, not words
        return True
    return len(text.split()) <= words


_ANY_SEPARATOR = re.compile("[" + re.escape(_TIGHT + "".join(_SPACED)) + "]")


def row_separator(line: str) -> str | None:
    """The separator of ``line`` when it is a row of short items (see the module's docstring), else None."""
    if len(line) > _MAX_CHARS or _ANY_SEPARATOR.search(line) is None:
        return None
    found = _split(line)
    if found is None:
        return None
    sep, items = found
    words = _DASH_ITEM_WORDS if sep.strip() in _DASHES else _ITEM_WORDS
    items = [i.strip() for i in items]
    if not all(_item(i, words) for i in items) or sum(1 for i in items if _DIGIT.search(i)) > 1:
        return None
    return sep


def is_link_row(line: str) -> bool:
    """``line`` alone is a row of short items between one separator (see the module's docstring)."""
    return row_separator(line) is not None


#: :func:`row_separator` remembered for the last 8,192 lines of at most ``_MAX_CHARS`` characters (a pure
#: function of the line; a longer one is no row): a crawl's menus, breadcrumbs and share bars come back page
#: after page, and a short line was tested for each of sixteen separators (about 2 us a line)
_row_separator_short = lru_cache(maxsize=8192)(row_separator)


def link_rows(body_lines: list[str]) -> list[str]:
    """The body's link rows; not the rows of a separator that makes ``_OWN_LIST`` rows or more of the body
    (a filmography's "Buch / Regie / Schnitt" on every entry is the article's own list)."""
    found = [
        (line, sep)
        for line in body_lines
        if len(line) <= _MAX_CHARS and (sep := _row_separator_short(line)) is not None
    ]
    per = collections.Counter(sep for _, sep in found)
    return [line for line, sep in found if per[sep] < _OWN_LIST]


def _column(edge: list[str]) -> list[str]:
    """The short items ``edge`` (the body's lines from one end inwards) opens with, when they make a column
    (see the module's docstring), else []."""
    run: list[str] = []
    digits = 0
    for line in edge:
        if not _item(line, _COLUMN_WORDS):
            break
        digits += _DIGIT.search(line) is not None
        run.append(line)
    if len(run) < _COLUMN or len(run) == len(edge) or digits > 1:
        return []
    return run


def link_columns(body_lines: list[str]) -> list[list[str]]:
    """The columns of short items at the body's first and last lines (a menu kept one item a line)."""
    first = _column(body_lines)
    last = _column(body_lines[::-1])[::-1]
    if first and last and len(first) + len(last) > len(body_lines):  # one run: the body is all items
        return []
    return [run for run in (first, last) if run]


def check_link_rows(emit: Emitter, body: str) -> None:
    """``boilerplate.link_row``: a menu, breadcrumb, language switcher or share bar kept as a line, or a
    menu kept as a column of short lines at the body's first or last line."""
    if not emit.on(LINK_ROW):
        return
    body_lines = lines(body)
    for line in link_rows(body_lines):
        emit.add(LINK_ROW, "$.body", "a row of short items between one separator (a menu or link bar)", line)
    for run in link_columns(body_lines):
        emit.add(
            LINK_ROW,
            "$.body",
            f"a column of {len(run)} short items at the body's edge (a menu kept one item a line)",
            " | ".join(run),
        )
