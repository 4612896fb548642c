"""Plain strings a regex's every match holds, and one pass over a text that finds them.

A long alternation of words (``(?<!x)(?:enabl|refresh|...)``) is tried at every word start of a line: a
few microseconds a line, and on most lines of an article none of its words occurs at all. Each alternative
``A`` has a run of plain characters that every match of ``A`` holds (:func:`required`: ``"available"`` in
``(?:un)?available\\b``), so a line holding none of those runs cannot match the alternation, and an
Aho-Corasick automaton of them (:func:`automaton`, ``ahocorasick_rs`` or ``pyahocorasick``, in the optional
``fast`` extra) tells
that in one pass. A line holding one is searched as before: the regex's answer is unchanged either way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
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


def always_holds(pattern: str, words: Sequence[str]) -> bool:
    """Whether every match of ``pattern`` (compiled without flags) holds one of ``words``, as read from its
    parse tree: a run of literals (zero-width assertions between them) holding one, every branch of an
    alternation holding one with what comes before and after it, or a group or a repeat of at least one
    doing so. False when not shown that way (a flag, a lookaround, a class: read as holding nothing)."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        tree = _parser.parse(pattern, 0)
    except Exception:  # a private parser's change, or a pattern that does not compile: not shown
        return False
    if tree.state.flags & ~re.UNICODE:
        return False
    return _holds(list(tree.data), tuple(words), "")


_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def _holds(items: list[tuple[Any, Any]], words: tuple[str, ...], run: str) -> bool:
    """Whether every match of ``items`` after the literal run ``run`` holds one of ``words``."""
    for k, (op, arg) in enumerate(items):
        if op is c.LITERAL:
            run += chr(arg)
            if any(word in run for word in words):
                return True
        elif op is c.AT:  # zero-width: the run goes on
            continue
        elif op is c.BRANCH:  # each branch, with the run before it and what follows it
            rest = items[k + 1 :]
            return all(_holds([*branch.data, *rest], words, run) for branch in arg[1])
        elif op is c.SUBPATTERN and not arg[1] and not arg[2]:  # a group without scoped flags: matched once
            return _holds([*arg[3].data, *items[k + 1 :]], words, run)
        elif op in _REPEATS and arg[0] >= 1:  # matched once at least: its first time follows the run
            if _holds(list(arg[2].data), words, run):
                return True
            run = ""
        else:
            run = ""
    return False


def needles(patterns: Sequence[str]) -> tuple[str, ...] | None:
    """One required run per pattern (deduplicated), or None when a pattern has none: then every text must
    be searched with the regex."""
    found = [required(p) for p in patterns]
    if any(n is None for n in found):
        return None
    return tuple(dict.fromkeys(n for n in found if n is not None))


@cache
def automaton(words: tuple[str, ...], others: tuple[str, ...] = ()) -> Any:
    """An Aho-Corasick automaton of ``words`` (see :func:`words_automaton`), or None without the ``fast``
    extra: one pass over a text finds every word, instead of one substring search each. Each match's value
    is the word; with ``others``, a second list found in the same pass, a match's value says which lists
    the word is in: 1 for ``words``, 2 for ``others``, 3 for both."""
    if not all(words) or not all(others):
        return None
    if not others:
        return words_automaton({word: word for word in words})
    return words_automaton({word: (word in words) | (word in others) << 1 for word in {*words, *others}})


def words_automaton(values: Mapping[str, Any]) -> Any:
    """An object whose ``iter(text)`` gives ``(end, values[word])`` for every occurrence of every word of
    ``values`` in ``text``, overlapping ones included (``end``: the index of its last character), as
    ``pyahocorasick``'s ``Automaton.iter`` does; None when neither library of the ``fast`` extra is
    installed, or a word is empty. ``ahocorasick_rs`` is taken first: it reads a body of 3,600 characters
    in about 14 us (its UTF-8 made for the Rust side included) against pyahocorasick's 56 (which walks
    its trie a character at a time); both find the same matches (``tests/scale/test_fast_session27.py``),
    only their order may differ, and no caller reads the order (each makes a set or an "or" of the
    values)."""
    if not values or not all(values):
        return None
    if all(_utf8(word) for word in values):
        try:
            import ahocorasick_rs
        except ImportError:
            pass
        else:
            return _RsWords(ahocorasick_rs, values)
    try:
        import ahocorasick
    except ImportError:
        return None
    if not ahocorasick.unicode:
        return None
    found = ahocorasick.Automaton()
    for word, value in values.items():
        found.add_word(word, value)
    found.make_automaton()
    return found


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which ahocorasick_rs cannot read
        return False
    return True


class _RsWords:
    """``pyahocorasick``'s ``iter`` over an ``ahocorasick_rs`` automaton (standard semantics, overlapping
    matches: every occurrence of every word, as pyahocorasick reports them); a text it cannot read (a lone
    surrogate: it reads UTF-8) is searched word by word instead, with the same answer."""

    __slots__ = ("_found", "_values", "_words")

    def __init__(self, module: Any, values: Mapping[str, Any]) -> None:
        self._words = list(values)
        self._values = list(values.values())
        # a DFA: past about a hundred words the default automaton loses its prefilter and reads a body about
        # 2.5x slower (45 against 18 us a corpus body with the 339 words of session 31); the DFA finds the
        # same matches, costs about 4 MB and 4 ms to build, once a process
        self._found = module.AhoCorasick(
            self._words, matchkind=module.MatchKind.Standard, implementation=module.Implementation.DFA
        )

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        try:
            hits = self._found.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:
            return iter(self._each(text))
        values = self._values
        return iter([(end - 1, values[i]) for i, _start, end in hits])

    def _each(self, text: str) -> list[tuple[int, Any]]:
        out = []
        for word, value in zip(self._words, self._values, strict=True):
            at = text.find(word)
            while at >= 0:
                out.append((at + len(word) - 1, value))
                at = text.find(word, at + 1)
        return sorted(out, key=lambda hit: hit[0])
