"""Evidence that a changed body is damage, not an edit, read from the body and the two pages.

Two general signs, neither tied to a site, a language or a mutation:

* **A cut with something in its place** (:func:`cut_tail`): the live body keeps the recorded body's
  opening and loses a fifth of its text or more after it, the lost text is no longer on the live page, and
  what now follows the last kept paragraph (in the body or on the page) is text the recording never had:
  a paywall or subscription notice, a "loading" placeholder, a teaser link. An editor who trims an
  article's end leaves what followed it (the page's own furniture) in place.
* **Chrome pulled in** (:func:`chrome_lines`): lines the recorded body did not have that sit in page
  chrome or are link text on the live page (:mod:`harness.checks.provenance`), or match the boilerplate
  patterns (:mod:`harness.checks.patterns`). Chrome the recorded body already contained (the same block)
  is the extraction's old habit, not drift, so lines from a block it already took do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from harness.drift.fingerprint import squash

#: Share of the recorded body's text that must be lost after its opening for a cut.
TAIL_SHARE = 0.2
_FOLLOW = 40  # squashed characters read after the last kept paragraph
_MIN_CHROME_LINES = 2
_MIN_CHROME_SHARE = 0.03


@dataclass(frozen=True, slots=True)
class Cut:
    lost_chars: int
    lost_share: float
    follows: str  # the new text after the last kept paragraph, as shown


def _kept(para: str, live_set: set[str], live_flat: str) -> bool:
    return para in live_set or squash(para) in live_flat


def cut_tail(
    rec_paras: list[str],
    live_paras: list[str],
    rec_visible: str,
    live_visible: str,
) -> Cut | None:
    """A recorded body that lost a fifth or more of its text after its opening, replaced by text the
    recording never had, else None. The lost paragraphs need not be contiguous: a paywall keeps short
    lines (captions, a sign-off) and drops the long ones.

    ``*_visible`` are the pages' visible texts squashed (no whitespace), as in ``PageText.visible``.
    """
    if len(rec_paras) < 2 or not live_paras:
        return None
    live_set, live_flat = set(live_paras), squash("".join(live_paras))
    kept = [_kept(p, live_set, live_flat) for p in rec_paras]
    if not kept[0]:
        return None  # the opening went too: not a cut, another body (judged elsewhere)
    lost_paras = [p for p, k in zip(rec_paras, kept, strict=True) if not k]
    total = sum(map(len, rec_paras)) or 1
    lost = sum(map(len, lost_paras))
    if lost / total < TAIL_SHARE:
        return None
    if any(squash(p) in live_visible for p in lost_paras if len(squash(p)) >= _FOLLOW):
        return None  # the lost text is still on the page: an extraction problem, judged elsewhere
    last = max(i for i, k in enumerate(kept) if k)
    follows = _new_after(rec_paras[last], live_paras, rec_visible, live_visible)
    if follows is None:
        return None
    return Cut(lost, lost / total, follows)


def _new_after(last_kept: str, live_paras: list[str], rec_visible: str, live_visible: str) -> str | None:
    """The text following ``last_kept`` in the live body (or else on the live page), when the recorded
    page never had it."""
    try:
        at = live_paras.index(last_kept)
    except ValueError:
        at = -1
    for para in live_paras[at + 1 :] if at >= 0 else []:
        flat = squash(para)
        if flat and flat not in rec_visible:
            return para
    key = squash(last_kept)
    pos = live_visible.find(key) if key else -1
    if pos < 0:
        return None
    after = live_visible[pos + len(key) : pos + len(key) + _FOLLOW]
    if len(after) >= 8 and after not in rec_visible:
        return after
    return None


@dataclass(frozen=True, slots=True)
class ChromeLines:
    lines: tuple[str, ...]
    where: tuple[str, ...]  # evidence, one per line
    share: float  # of the live body's characters


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    from harness.checks import patterns

    strong = [p for p in patterns.default_patterns(patterns.DEFAULT_PATTERNS) if not patterns.is_weak(p)]
    return patterns.compile_lines(strong)


def _evidence(body: str, html: str) -> dict[str, tuple[str, str]]:
    """``{squashed line: (why, block path)}`` for the body's lines that the page shows as chrome."""
    from harness.checks import provenance

    text = provenance.page_text(html)
    if text is None:
        return {}
    return {squash(line): (ev.where, ev.path) for line, ev in provenance.line_evidence(body, text)}


def _block(path: str) -> str:
    """The chrome block of an evidence path: the path without its last (line-level) step."""
    return path.rsplit(" > ", 1)[0]


def chrome_lines(
    rec_body: str, live_body: str, rec_html: str, live_html: str, new_lines: Iterable[str]
) -> ChromeLines | None:
    """The new body lines that are page chrome or boilerplate, when there are enough to matter.

    Counted net: lines from a block the recorded body already took are left out, and recorded chrome lines
    the live body dropped are taken off (rotating ads or related links swap lines, they do not add any).
    """
    fresh = [line for line in new_lines if line.strip()]
    if len(fresh) < _MIN_CHROME_LINES:
        return None
    live_ev = _evidence("\n".join(fresh), live_html)
    old_ev = _evidence(rec_body, rec_html)
    old_blocks = {_block(p) for _, p in old_ev.values()}
    live_flat = {squash(line) for line in live_body.splitlines()}
    dropped = sum(len(flat) for flat in old_ev if flat not in live_flat)
    dropped_lines = sum(1 for flat in old_ev if flat not in live_flat)
    hits: list[tuple[str, str]] = []
    for line in fresh:
        ev = live_ev.get(squash(line))
        if ev is not None and _block(ev[1]) not in old_blocks:
            hits.append((line, f"{ev[0]} at {ev[1]}"))
        elif ev is None and any(p.search(line.lower()) for p in _patterns()):
            hits.append((line, "a boilerplate pattern"))
    added = sum(len(squash(line)) for line, _ in hits) - dropped
    share = added / (len(squash(live_body)) or 1)
    if len(hits) - dropped_lines < _MIN_CHROME_LINES or share < _MIN_CHROME_SHARE:
        return None
    return ChromeLines(tuple(h[0] for h in hits), tuple(h[1] for h in hits), share)
