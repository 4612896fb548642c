"""One pass over a lowercased body for two lists of plain strings: the phrase keywords of
``boilerplate_match`` (:mod:`harness.checks.frame`) and the consent box's markers, lowercased
(:mod:`harness.checks.consent`).

Each list was searched in a pass of its own (an Aho-Corasick automaton, about 10-15 ns a character: 43 and
59 us a body of 3,600 characters); one automaton of both costs about 56. The markers are looked for in the
lowercased body, so a hit only says a line may hold one: every marker is found as written in the lines of
the body (:func:`harness.checks.consent.marked_lines`, case-sensitive), and a body holding none of them
lowercased (about 19 in 20) holds none of them as written either, since lowering a body lowers each of its
characters on its own (but a capital sigma, which no marker holds).

The pass is kept for the run (:mod:`harness.ahead`): the page checks ask first (``boilerplate.notice``),
``frame.columns`` at the end of the chunk; outside a run, for the last few bodies.
"""

from __future__ import annotations

from functools import cache, lru_cache, partial
from typing import Any

from harness import ahead
from harness.checks.consent import lowered_markers

NEEDLE = 1  # a word's kinds: one of the phrase keywords given
MARKER = 2  # a consent marker, lowercased


@cache
def _automaton(needles: tuple[str, ...]) -> Any:
    """An automaton of ``needles`` and the lowercased consent markers, each word's value ``(word, kinds)``;
    None without ``pyahocorasick`` (or with an empty word, which it cannot hold)."""
    try:
        import ahocorasick
    except ImportError:
        return None
    markers = lowered_markers()
    if not ahocorasick.unicode or not all(needles) or not all(markers):
        return None
    found = ahocorasick.Automaton()
    for word in {*needles, *markers}:
        found.add_word(word, (word, NEEDLE * (word in needles) | MARKER * (word in markers)))
    found.make_automaton()
    return found


def available(needles: tuple[str, ...] = ()) -> bool:
    """Whether :func:`scan` can answer for ``needles`` (the ``fast`` extra is installed)."""
    return _automaton(needles) is not None


def scan(body: str, needles: tuple[str, ...]) -> tuple[frozenset[str], bool]:
    """The ``needles`` that ``body.lower()`` holds, and whether it holds a lowercased consent marker (one
    pass; :func:`available` must be true)."""
    return ahead.cached("keywords.scan", (body, needles), partial(_recent, body, needles))


@lru_cache(maxsize=4)
def _recent(body: str, needles: tuple[str, ...]) -> tuple[frozenset[str], bool]:
    found: set[str] = set()
    marked = 0
    for _end, (word, kinds) in _automaton(needles).iter(body.lower()):
        if kinds & NEEDLE:
            found.add(word)
        marked |= kinds
    return frozenset(found), bool(marked & MARKER)
