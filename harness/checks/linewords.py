"""Which lines of a body hold which lists' words: one pass over the lines for many word lists.

:mod:`harness.checks.prompts`, :mod:`harness.checks.anylang`, :mod:`harness.checks.mandatory` and
:mod:`harness.checks.formstatus` read a line only when it holds one of their stems (a word for a newsletter,
for cookies, a social network, a "read also" label, a photo credit, an advertisement's mandatory warning, a
form's "try again" ...): some 1,380 stems in many languages. Asking
each line for each list (``any(stem in line ...)``) cost about 350 us a record; one Aho-Corasick pass over
the lines joined (:func:`harness.checks.needles.words_automaton`, the ``fast`` extra) tells every line's
lists at once, and the lists' own rules then read only the lines it names. Without the extra each line is
asked for each word, with the same answer.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from itertools import accumulate
from typing import Any

from harness.checks.needles import words_automaton

#: what may open a line before a label's words ("[사진 = 뉴시스]", "« Lire aussi", "- Anzeige -")
OPENERS = " \t«»<>＜\"'(（[【•·*–—-"
_OPENER_SET = frozenset(OPENERS)
SCAN_CHARS = 480


def lowered(line: str) -> str:
    """A line lowercased, without the combining dot that lowering a Turkish "İ" leaves ("İLGİLİ" reads
    "ilgili")."""
    low = line.lower()
    return low.replace("\u0307", "") if "\u0307" in low else low


class LineWords:
    """Word lists by kind (a bit each), and for a body's lines, the kinds each line holds. The words of an
    ``opening`` kind count only where they open a line (after :data:`OPENERS`): a label's ("Foto:",
    "Teilen", "Talla") are also the first letters of a story's words anywhere ("Fotografie", "mitteilen",
    "pantalla"), and a pass that ignores those reads a tenth of the matches. The lines are joined and
    lowered in C, once a body."""

    def __init__(self, lists: Mapping[int, tuple[str, ...]], opening: int = 0) -> None:
        self._lists = {kind: tuple(sorted(set(words))) for kind, words in lists.items()}
        self._opening = opening
        values: dict[str, tuple[int, int]] = {}
        for kind, words in self._lists.items():
            for word in words:
                key = "\n" + word if kind & opening else word
                size, kinds = values.get(key, (len(key), 0))
                values[key] = (size, kinds | kind)
        self._values = values
        self._found: Any = None
        self._made = False

    @property
    def words(self) -> tuple[str, ...]:
        """Every word of every list (an opening kind's after a line break)."""
        return tuple(self._values)

    def kinds(self, body_lines: list[str]) -> dict[int, int]:
        """Line number -> the or'ed kinds of the words it holds, for the lines of ``body_lines`` of at most
        ``SCAN_CHARS`` characters that hold any (a paragraph longer than that is none of the lists'
        prompts, labels or notices)."""
        if not self._made:  # made on first use, once a process (none without the ``fast`` extra)
            self._found, self._made = words_automaton(self._values), True
        found = self._found
        opened = [
            "" if len(line) > SCAN_CHARS else line.lstrip(OPENERS) if line[:1] in _OPENER_SET else line
            for line in body_lines
        ]
        text = _lower("\n" + "\n".join(opened))
        if found is None or len(text) != sum(map(len, opened)) + len(opened):
            return self._slow(opened)  # without the extra, or a letter whose lower case is longer
        starts = list(accumulate([len(line) + 1 for line in opened], initial=0))  # each line's "\n"
        out: dict[int, int] = {}
        for end, (size, kinds) in found.iter(text):
            at = bisect_right(starts, end - size + 1) - 1
            out[at] = out.get(at, 0) | kinds
        return out

    def _slow(self, opened: list[str]) -> dict[int, int]:
        out: dict[int, int] = {}
        for at, line in enumerate(opened):
            low = _lower(line)
            held = 0
            for kind, words in self._lists.items():
                if low.startswith(words) if kind & self._opening else any(word in low for word in words):
                    held |= kind
            if held:
                out[at] = held
        return out


def _lower(text: str) -> str:
    """``text`` lowercased as :func:`lowered` does, but "İ" as "i": one letter for one, so that the lowered
    text's offsets are the text's (a Turkish capital "İ" lowers to two characters otherwise)."""
    return (text.replace("İ", "I") if "İ" in text else text).lower()
