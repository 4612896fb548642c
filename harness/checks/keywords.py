"""One pass over a lowercased body for several lists of plain strings: the phrase keywords of
``boilerplate_match`` (:mod:`harness.checks.frame`), the consent box's markers
(:mod:`harness.checks.consent`), the recommendation widgets' vendor names (:func:`harness.checks.notice.
own_parts`), the last two lowercased, an AI assistant's phrases (:mod:`harness.checks.assistant`) and a
medicine advertisement's signs (:mod:`harness.checks.medicine`), the words of a pinned post, an account
bar and an outdated-browser notice (:mod:`harness.checks.banners`), and a press release's contact and legal
notice and a transcript's word (:mod:`harness.checks.release`, :mod:`harness.checks.statement`): the
checks of these read a body's lines only when :class:`Held` says the body holds one of their words.

Each list was searched on its own (an Aho-Corasick automaton, about 10-15 ns a character: 43 and 59 us a
body of 3,600 characters; the vendors in 8 substring searches, 15 us); one automaton of all costs about 56
with pyahocorasick, about 14 with ahocorasick_rs (taken first when installed).
The markers and vendors are looked for in the lowercased body, so a hit only says the body may hold one:
their own checks look for them as written (case-sensitive), and a body holding none of them lowercased
(about 19 in 20) holds none of them as written either, since lowering a body lowers each of its characters
on its own (but a capital sigma, which none of them holds).

The pass is kept for the run (:mod:`harness.ahead`): the page checks ask first (``boilerplate.notice``),
``frame.columns`` at the end of the chunk; outside a run, for the last few bodies.
"""

from __future__ import annotations

from functools import cache, lru_cache, partial
from typing import Any

from harness import ahead
from harness.checks.needles import words_automaton

NEEDLE = 1  # a word's kinds: one of the phrase keywords given
MARKER = 2  # a consent marker, lowercased
VENDOR = 4  # a recommendation widget's vendor, lowercased
ASSISTANT = 8  # an AI assistant's phrase, lowercased
MEDICINE = 16  # a dose's unit or a medicine regulator's mark, lowercased
PINNED = 32  # a pinned post's, an account bar's or a detected browser's words, lowercased
NOTES = 64  # a press release's contact or legal notice, a transcript's word, lowercased


def _lists() -> dict[int, tuple[str, ...]]:
    from harness.checks import assistant, banners, consent, medicine, notice, release, statement

    return {
        MARKER: consent.lowered_markers(),
        VENDOR: notice.lowered_vendors(),
        ASSISTANT: assistant.lowered_phrases(),
        MEDICINE: medicine.lowered_signs(),
        PINNED: banners.lowered_signs(),
        NOTES: (*release.lowered_signs(), *statement.lowered_signs()),
    }


@cache
def _automaton(needles: tuple[str, ...]) -> Any:
    """An automaton of ``needles`` and the lowercased markers and vendors, each word's value ``(word,
    kinds)`` (:func:`harness.checks.needles.words_automaton`); None without the ``fast`` extra (or with an
    empty word, which it cannot hold)."""
    lists = {NEEDLE: needles, **_lists()}
    if not all(all(words) for words in lists.values()):
        return None
    words = sorted({w for words in lists.values() for w in words})
    return words_automaton(
        {word: (word, sum(kind for kind, words in lists.items() if word in words)) for word in words}
    )


def available(needles: tuple[str, ...] = ()) -> bool:
    """Whether :func:`scan` can answer for ``needles`` (the ``fast`` extra is installed)."""
    return _automaton(needles) is not None


def scan(body: str, needles: tuple[str, ...]) -> tuple[frozenset[str], int]:
    """The ``needles`` that ``body.lower()`` holds, and the kinds of the words it holds (``MARKER``,
    ``VENDOR``, ``NEEDLE``: or'ed), in one pass; :func:`available` must be true."""
    return ahead.cached("keywords.scan", (body, needles), partial(_recent, body, needles))


@lru_cache(maxsize=4)
def _recent(body: str, needles: tuple[str, ...]) -> tuple[frozenset[str], int]:
    found: set[str] = set()
    held = 0
    for _end, (word, kinds) in _automaton(needles).iter(body.lower()):
        if kinds & NEEDLE:
            found.add(word)
        held |= kinds
    return frozenset(found), held


class Held:
    """What a body may hold, kind by kind: the bits of the one pass of :func:`scan` over it (``needles``:
    the phrase keywords the notices ask for), or, without the ``fast`` extra, its lowercased text searched
    for each kind's words (lowered once). A check whose kind the body cannot hold reads none of its lines."""

    __slots__ = ("_bits", "_body", "_lowered")

    def __init__(self, body: str, needles: tuple[str, ...]) -> None:
        self._body = body
        self._bits = scan(body, needles)[1] if available(needles) else None
        self._lowered: str | None = None

    def may(self, kind: int, signs: tuple[str, ...]) -> bool:
        """Whether the body, lowercased, may hold one of ``signs`` (the words of ``kind``, lowercased)."""
        if self._bits is not None:
            return bool(self._bits & kind)
        if self._lowered is None:
            self._lowered = self._body.lower()
        lowered = self._lowered
        return any(sign in lowered for sign in signs)
