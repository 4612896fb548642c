"""Evidence that a changed body is damage, not an edit, read from the body and the two pages.

Three general signs, none tied to a site, a language or a mutation:

* **A cut with something in its place** (:func:`cut_tail`): the live body keeps the recorded body's
  opening and loses a fifth of its text or more after it, the lost text is no longer on the live page, and
  what now follows the last kept paragraph (in the body or on the page) is text the recording never had:
  a paywall or subscription notice, a "loading" placeholder, a teaser link. An editor who trims an
  article's end leaves what followed it (the page's own furniture) in place.
* **A cut with a notice in its container** (:func:`cut_in_place`): the body lost a tenth of its text
  or more from the page (anywhere, not only its end) and gained next to none, and the element holding
  what it kept (or its parent) now holds text the recording never had ("Subscribe to keep reading",
  "Loading…"), or a new loading or subscription notice is anywhere on the page.
* **Chrome pulled in** (:func:`chrome_lines`): lines the recorded body did not have that sit in page
  chrome or are link text on the live page (:mod:`harness.checks.provenance`), or match the boilerplate
  patterns (:mod:`harness.checks.patterns`). Chrome the recorded body already contained (the same block)
  is the extraction's old habit, not drift, so lines from a block it already took do not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bs4.element import NavigableString, Tag

from harness.drift.fingerprint import squash

#: Share of the recorded body's text that must be lost after its opening for a cut.
TAIL_SHARE = 0.2
#: Share of the recorded body's text that must be gone from the page for a cut with a notice beside the
#: kept text (the bench's own threshold of damage: 10% of a body is more than an edit's trim).
NOTICE_SHARE = 0.1
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


_KEY = 24  # squashed characters that identify a paragraph on a page
_MIN_NEW = 4  # squashed characters of new text that count as a notice or a placeholder
_SKIP = frozenset({"script", "style", "template", "noscript"})
#: What a placeholder, a paywall or a pagination says, wherever on the page it was put (a loader appended
#: at the end of <body>): loading, subscription notices and "next page" in the checks' languages.
PLACEHOLDER = re.compile(
    r"(?i)\b(?:loading|cargando|chargement|wird geladen|carregando|caricamento|wordt geladen|ładowanie|"
    r"загрузка)\b|\b(?:subscribe|sign in|log in|register)\b.{0,40}\b(?:continue|keep|read)\b|"
    r"\bcontinue reading\b|\b(?:subscribers?|members?) only\b|weiterzulesen|pour lire la suite|"
    r"para (?:seguir|continuar) (?:leyendo|lendo)|per continuare a leggere|"
    r"\bnext page\b|\bpage \d+ (?:of|/) \d+\b|página siguiente|page suivante|nächste seite|"
    r"pagina successiva|volgende pagina|następna strona|следующая страница"
)


def cut_in_place(
    rec_paras: list[str],
    live_paras: list[str],
    rec_visible: str,
    live_visible: str,
    soups: tuple[Any, Any],
    ignore: Callable[[str], str] = str,
) -> Cut | None:
    """A body that lost a tenth or more of its text from the page, wherever in it, gained next to none,
    and whose container on the live page now holds text the recording never had (a "subscribe"
    notice, a "Loading…" placeholder, a "page 1 of 2" navigation), else None.

    The container is the smallest element holding every kept paragraph (or, when nothing new is in it,
    its parent: a placeholder appended after the article). No word list: an editor who trims an
    article adds nothing beside what stays; a paywall or a lazy loader always does. ``ignore`` cleans a
    text before it counts (relative timestamps are churn, not a notice).
    """
    rec_soup, live_soup = soups
    if len(rec_paras) < 2 or not live_paras or live_soup is None or rec_soup is None:
        return None
    live_set, live_flat = set(live_paras), squash("".join(live_paras))
    kept = [p for p in rec_paras if _kept(p, live_set, live_flat)]
    lost = sum(len(p) for p in rec_paras if p not in kept and squash(p) not in live_visible)
    total = sum(map(len, rec_paras)) or 1
    rec_set = set(rec_paras)
    gained = sum(len(p) for p in live_paras if p not in rec_set and squash(p) not in rec_visible)
    if lost / total < NOTICE_SHARE or gained > lost / 2:
        return None
    box = _holder(live_soup, {squash(p)[:_KEY] for p in kept if len(squash(p)) >= _KEY})
    if box is None:
        return None
    before = {squash(t) for t in rec_soup.find_all(string=True)}  # whole text nodes, not substrings
    outer = box.parent if isinstance(box.parent, Tag) and box.parent.name not in ("body", "html") else None
    page = live_soup.body if isinstance(live_soup.body, Tag) else None
    for region, only in ((box, None), (outer, None), (page, PLACEHOLDER)):
        found = _new_text(region, before, rec_visible, ignore, only) if region is not None else None
        if found is not None:
            return Cut(lost, lost / total, found)
    return None


def _new_text(
    region: Tag,
    before: set[str],
    rec_visible: str,
    ignore: Callable[[str], str],
    only: re.Pattern[str] | None = None,
) -> str | None:
    """The first text in ``region`` that the recorded page never had as a text node (scripts, styles,
    and text that ``ignore`` empties, such as relative timestamps, left out); with ``only``, the first
    such text that it matches."""
    for text in region.find_all(string=True):
        flat = squash(ignore(text))
        parent = text.parent
        if type(text) is not NavigableString or len(flat) < _MIN_NEW or squash(text) in before:
            continue
        if only is not None and not only.search(text):
            continue
        if len(flat) >= _KEY and flat in rec_visible:
            continue  # recorded text, split differently
        if isinstance(parent, Tag) and parent.name not in _SKIP:
            return " ".join(text.split())
    return None


def _holder(soup: Any, keys: set[str]) -> Tag | None:
    """The smallest element holding every live text node that starts one of ``keys``."""
    root = soup.body if isinstance(getattr(soup, "body", None), Tag) else None
    if root is None or not keys:
        return None
    chains: list[list[Tag]] = []
    for text in root.find_all(string=True):
        flat = squash(text)
        if type(text) is NavigableString and len(flat) >= _KEY and flat[:_KEY] in keys:
            chains.append([t for t in text.parents if isinstance(t, Tag)])
    if not chains:
        return None
    shared = set.intersection(*({id(t) for t in chain} for chain in chains))
    holder = next((t for t in chains[0] if id(t) in shared), None)
    if holder is not None and len(chains) == 1 and isinstance(holder.parent, Tag):
        holder = holder.parent  # one kept paragraph: its container, not the paragraph itself
    return holder


_HIDDEN = ("noscript", "template", "script", "textarea")


def hidden_share(rec_paras: list[str], live_paras: list[str], live_soup: Any) -> float:
    """The share of the recorded body's text that the live body lost and the live page now holds only
    where no reader sees it (``<noscript>``, ``<template>``, a script's data): lazy-loaded, not shown."""
    if live_soup is None or not rec_paras:
        return 0.0
    live_set, live_flat = set(live_paras), squash("".join(live_paras))
    lost = [p for p in rec_paras if len(squash(p)) >= _KEY and not _kept(p, live_set, live_flat)]
    if not lost:
        return 0.0
    hidden: list[str] = []
    shown: list[str] = []
    for text in live_soup.find_all(string=True):
        inside = any(isinstance(t, Tag) and t.name in _HIDDEN for t in text.parents)
        (hidden if inside else shown).append(squash(text))
    hidden_flat, shown_flat = "".join(hidden), "".join(shown)
    moved = sum(len(p) for p in lost if squash(p) in hidden_flat and squash(p) not in shown_flat)
    return moved / (sum(map(len, rec_paras)) or 1)


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
