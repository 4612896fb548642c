"""Plain strings a regex's every match holds, and one pass over a text that finds them.

A long alternation of words (``(?<!x)(?:enabl|refresh|...)``) is tried at every word start of a line: a
few microseconds a line, and on most lines of an article none of its words occurs at all. Each alternative
``A`` has a run of plain characters that every match of ``A`` holds (:func:`required`: ``"available"`` in
``(?:un)?available\\b``), so a line holding none of those runs cannot match the alternation, and an
Aho-Corasick automaton of them (:func:`automaton`, ``pyahocorasick`` in the optional ``fast`` extra) tells
that in one pass. A line holding one is searched as before: the regex's answer is unchanged either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any


def required(pattern: str) -> str | None:
    """The longest run of plain characters that every match of ``pattern`` (compiled without flags) holds:
    consecutive literals at the pattern's top level, each matched once in that order. None when there is
    none, a flag is set, or the pattern is not one the private parser reads."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        tree = _parser.parse(pattern, 0)
    except Exception:  # a private parser's change, or a pattern that does not compile: no needle
        return None
    if tree.state.flags & ~re.UNICODE:
        return None  # (?i), (?x)...: a literal may match other characters, or be read otherwise
    return _longest_run(tree.data) or None


def _longest_run(items: Sequence[tuple[Any, Any]]) -> str:
    best = run = ""
    for op, arg in items:
        if op is c.LITERAL:
            run += chr(arg)
            best = max(best, run, key=len)
        else:  # a group, a class, a repeat, an assertion: the run before it and the one after stand apart
            run = ""
    return best


def needles(patterns: Sequence[str]) -> tuple[str, ...] | None:
    """One required run per pattern (deduplicated), or None when a pattern has none: then every text must
    be searched with the regex."""
    found = [required(p) for p in patterns]
    if any(n is None for n in found):
        return None
    return tuple(dict.fromkeys(n for n in found if n is not None))


@cache
def automaton(words: tuple[str, ...], others: tuple[str, ...] = ()) -> Any:
    """An Aho-Corasick automaton of ``words`` (``pyahocorasick``, in the optional ``fast`` extra), or
    None without it: one pass over a text finds every word, instead of one substring search each. Each
    match's value is the word; with ``others``, a second list found in the same pass, a match's value says
    which lists the word is in: 1 for ``words``, 2 for ``others``, 3 for both."""
    try:
        import ahocorasick
    except ImportError:
        return None
    if not ahocorasick.unicode or not all(words) or not all(others):
        return None
    found = ahocorasick.Automaton()
    if not others:
        for word in words:
            found.add_word(word, word)
    else:
        for word in {*words, *others}:
            found.add_word(word, (word in words) | (word in others) << 1)
    found.make_automaton()
    return found
