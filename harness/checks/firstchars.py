"""The characters a regex's match can start with, as a lookahead that tries nothing else.

A merged line pattern (:func:`harness.checks.patterns.combined`, ``(?m)^(?:A|B|...)``) is tried at every
line start, and each of its alternatives walks its own groups before it fails. Written as
``(?m)^(?:(?=[a])A|(?=[b])B|...)``, where ``[a]`` is a class holding every character a match of ``A`` can
start with, an alternative that cannot start at a line is refused by one class test. The merged regex then
matches exactly where it did: a lookahead consumes nothing, and a match of ``A`` starts with a character of
``[a]`` by construction. An alternative that can match the empty string, or whose start this module does
not understand (a backreference, a scoped flag, an unknown operator of the private parser), keeps no gate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any

#: class pieces as written in a pattern: the six categories a ``str`` pattern's class can hold
_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)  # read as "anything may follow": a superset, never less

#: what a match can start with: class pieces (``a``, ``a-z``, ``\d``) and whole negated classes
#: (``[^\n]``), each a string of regex source; None: any character
Start = frozenset[str] | None


def gated(pattern: str) -> str:
    """``pattern`` with a lookahead of the characters its matches can start with in front, or as it is."""
    start = first_chars(pattern)
    return _lookahead(start) + pattern if start else pattern


def union_gate(patterns: Sequence[str]) -> str:
    """A lookahead of the characters a match of any of ``patterns`` can start with, to put in front of
    their alternation: a line start none of them can begin at is then refused by one test instead of one
    per alternative (a blank line, most of all). ``""`` when one of them has no gate."""
    starts = [first_chars(p) for p in patterns]
    if not starts or not all(starts):
        return ""
    return _lookahead(frozenset().union(*(s for s in starts if s)))


def _lookahead(start: frozenset[str]) -> str:
    plain = "".join(sorted(p for p in start if not p.startswith("[")))
    classes = sorted(p for p in start if p.startswith("["))
    return "(?=" + "|".join(([f"[{plain}]"] if plain else []) + classes) + ")"


def first_chars(pattern: str) -> Start:
    """The class pieces a match of ``pattern`` (no flags) can start with; None when that is any character,
    when it can match the empty string, or when the pattern is not one this reads."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        tree = _parser.parse(pattern, 0)
    except Exception:  # a private parser, or a pattern that does not compile: no gate
        return None
    if tree.state.flags & ~re.UNICODE:
        return None
    start, empty = _sequence(tree.data)
    return None if empty else start


def _sequence(items: Sequence[Any]) -> tuple[Start, bool]:
    """(start, can be empty) of items matched one after the other."""
    out: set[str] = set()
    for item in items:
        start, empty = _item(item)
        if start is None:
            return None, False
        out |= start
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _item(item: tuple[Any, Any]) -> tuple[Start, bool]:
    op, arg = item
    if op is c.LITERAL:
        return frozenset({re.escape(chr(arg))}), False
    if op is c.IN:
        return _class(arg), False
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        return (None, False) if add_flags or del_flags else _sequence(sub)
    if op is c.ATOMIC_GROUP:
        return _sequence(arg)
    if op is c.BRANCH:
        out: set[str] = set()
        empty = False
        for alternative in arg[1]:
            start, can_be_empty = _sequence(alternative)
            if start is None:
                return None, False
            out |= start
            empty = empty or can_be_empty
        return frozenset(out), empty
    if op in _REPEATS:
        low, high, sub = arg
        if high == 0:
            return frozenset(), True
        start, empty = _sequence(sub)
        return start, empty or low == 0
    if op in _ZERO_WIDTH:
        return frozenset(), True
    return None, False  # any character (``.``, a negated literal), a backreference, a conditional


def _class(items: Sequence[tuple[Any, Any]]) -> Start:
    negated = bool(items) and items[0][0] is c.NEGATE
    pieces: list[str] = []
    for op, value in items[1:] if negated else items:
        if op is c.LITERAL:
            pieces.append(re.escape(chr(value)))
        elif op is c.RANGE:
            pieces.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif op is c.CATEGORY and value in _CATEGORIES:
            pieces.append(_CATEGORIES[value])
        else:
            return None
    if negated:
        return frozenset({"[^" + "".join(pieces) + "]"}) if pieces else None
    return frozenset(pieces)
