"""A short line in a script the rest of the body does not use: a prompt, a teaser or a widget label kept
from a page template written in another language than the article ("Следете не на Фејсбук" amid an
English article, "Follow us" amid a Russian one). No word list: only the Unicode block of the letters.

* ``boilerplate.foreign_line``: a line of at most ``_MAX_CHARS`` characters and ``_MAX_WORDS`` words that
  does not end a sentence, whose letters (at least ``_MIN_LETTERS``) are mostly (``_LINE_SHARE``, 60%) of one
  script, in a body where that script is at most ``_BODY_SHARE`` of the other lines' letters (and the
  other lines hold at least ``_MIN_BODY_LETTERS`` letters). A letter's script is the first word of its
  Unicode name (LATIN, CYRILLIC, ARMENIAN, DEVANAGARI...), remembered per character; the scripts Japanese
  writes together (kana, CJK, full-width forms) count as one. A quotation in another script ends a
  sentence or is long; a product name in Latin inside a Japanese line is a minority of its letters.

A line in the Latin script amid a body in another script is weaker evidence (a product name or an
English title on its own line, "Apple Watch Series 5", is common in Russian, Japanese or Arabic
reviews; the corpus has 14 clean non-Latin bodies, too few to earn an error):
``boilerplate.foreign_line_weak``, a warning, unless the line also has a prompt's shape (two to ten
words, sentence case, no digit: "Follow us on our channel"), which a name or a title has not. The other
direction stays an error.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from harness.checks.emit import Emitter
from harness.checks.tail import prompt_line
from harness.checks.text import joined, lines

FOREIGN = "boilerplate.foreign_line"
FOREIGN_LATIN = "boilerplate.foreign_line_weak"
_MAX_CHARS = 60
_MAX_WORDS = 8
_MIN_LETTERS = 6
_LINE_SHARE = 0.6
_BODY_SHARE = 0.02
_MIN_BODY_LETTERS = 200
_LATIN = "LATIN"
_CJK = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC"})
_NOT_ASCII_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())
_END = re.compile(r"[.!?。！？…;\"”’'»)\]]\s*$")


def script_of(char: str) -> str:
    """A letter's script: the first word of its Unicode name ("LATIN", "CYRILLIC", "ARMENIAN", "CJK")."""
    return _LATIN if ord(char) < 0x250 else _named_script(char)


@lru_cache(maxsize=8192)
def _named_script(char: str) -> str:
    first = unicodedata.name(char, "?").split(" ", 1)[0]
    return "CJK" if first in _CJK else first


def letter_scripts(text: str) -> Counter[str]:
    """Letters per script; characters are counted first (in C), each distinct one is named once."""
    if text.isascii():
        return Counter({_LATIN: _ascii_letters(text)})
    out: Counter[str] = Counter()
    for char, n in Counter(text).items():
        if char.isalpha():
            out[script_of(char)] += n
    return out


def _ascii_letters(text: str) -> int:
    return len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))


def _latin_rich(text: str) -> bool:
    """More ASCII letters in ``text`` than one short line can hold and a share of the text: counted in a
    stretch from the start first, which in a Latin body holds enough of them (a count only grows)."""
    share = _BODY_SHARE * len(text)
    head = 4 * (int(share) + _MAX_CHARS)
    if head < len(text) and _ascii_letters(text[:head]) - _MAX_CHARS > share:
        return True
    return _ascii_letters(text) - _MAX_CHARS > share


def _candidate(line: str) -> bool:
    return len(line) <= _MAX_CHARS and len(line.split()) <= _MAX_WORDS and not _END.search(line)


def _dominant(counts: Counter[str]) -> str | None:
    """The line's script when it holds enough letters and most are of one script."""
    letters = sum(counts.values())
    if letters < _MIN_LETTERS:
        return None
    script, n = counts.most_common(1)[0]
    return script if n >= _LINE_SHARE * letters else None


@lru_cache(maxsize=8192)
def _candidate_script(line: str) -> str | None:
    """The dominant script (:func:`_dominant`) of a short line that is no sentence (:func:`_candidate`),
    else None; remembered for the last 8,192 lines (at most ``_MAX_CHARS`` characters each, as
    :func:`foreign_lines` asks it of no longer one; a pure function of the line): each short line's letters
    were counted by script on every body, and a crawl's short lines come back page after page."""
    return _dominant(letter_scripts(line)) if _candidate(line) else None


def foreign_lines(body_lines: list[str], text: str | None = None) -> list[str]:
    """The short lines of ``body_lines`` written in a script the other lines (almost) never use (``text``:
    the lines joined by line breaks, when the caller has it)."""
    if len(body_lines) < 2:
        return []
    found = []
    whole: Counter[str] | None = None
    text = "\n".join(body_lines) if text is None else text
    # Latin letters aplenty outside any one short line: no ASCII line can be foreign (decided once)
    latin_rich = _latin_rich(text)
    if latin_rich and text.isascii():
        return []  # every line is ASCII (most bodies in a language written in Latin letters)
    for line in body_lines:
        if (latin_rich and line.isascii()) or len(line) > _MAX_CHARS:
            continue
        script = _candidate_script(line)
        if script is None or (script == _LATIN and latin_rich):
            continue
        counts = letter_scripts(line)
        whole = whole if whole is not None else letter_scripts(text)
        rest = whole - counts
        rest_letters = sum(rest.values())
        if rest_letters >= _MIN_BODY_LETTERS and rest[script] <= _BODY_SHARE * rest_letters:
            found.append(line)
    return found


def check_foreign(emit: Emitter, body: str) -> None:
    """``boilerplate.foreign_line``: a short line in a script the rest of the body does not use. A line in
    the Latin script amid another script is ``boilerplate.foreign_line_weak`` (a warning), unless it also
    has a prompt's shape (sentence case, no digit): a product name or a quoted English title stands alone
    in Russian, Japanese or Arabic articles too."""
    if not emit.on(FOREIGN) and not emit.on(FOREIGN_LATIN):
        return
    for line in foreign_lines(lines(body), joined(body)):
        if _dominant(letter_scripts(line)) == _LATIN and not prompt_line(line):
            emit.add(FOREIGN_LATIN, "$.body", "a short Latin-script line amid another script", line)
        else:
            emit.add(FOREIGN, "$.body", "a short line in another script than the rest of the body", line)
