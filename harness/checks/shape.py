"""The body's shape, in any language: doubled, repeated paragraphs, a menu instead of an article, a cut end.

Strong and weak evidence get separate ids (docs/checks-accuracy.md): a repeated *prose* paragraph is an
error, a repeated short line (list items, credits, "Available from Amazon") a warning; a body made of
short link-like lines with no prose is a navigation menu (error); a last line that stops mid-sentence is
only a warning here; with the page at hand, :mod:`harness.checks.provenance` can make it an error.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from harness.checks.emit import Emitter
from harness.checks.text import clip, lines, paragraphs, squash

_PROSE_WORDS = 6  # a repeated paragraph of at least this many words...
_PROSE_CHARS = 40  # ...and characters is prose, not a list item
_MENU_MIN_LINES = 6
_MENU_ITEM_WORDS = 4
_MENU_ITEM_CHARS = 40
_MENU_SHARE = 0.8  # share of lines that are menu-item-like
_MENU_PROSE_SHARE = 0.15  # at most this share of the text in prose lines
_SENTENCE_END = re.compile(r"[.!?。！？…:;\"”’'»)\]]$")
_URLISH = re.compile(r"(?:https?://|www\.)\S+$|\S+\.(?:com|org|net)\S*$")
_CUT_MIN_WORDS = 8
_REPETITIVE_KEYS = 5  # distinct repeated paragraphs that make a body a repetitive document


def words(text: str) -> int:
    return len(text.split())


def is_prose(para: str) -> bool:
    """A sentence or more: long, or at least ``_PROSE_WORDS`` words ending like a sentence."""
    if len(para) >= 2 * _PROSE_CHARS:
        return True
    return len(para) >= _PROSE_CHARS and words(para) >= _PROSE_WORDS and bool(_SENTENCE_END.search(para))


def check_shape(emit: Emitter, body: str) -> None:
    """Doubled body, repeated paragraphs or lines, menu as body, last line cut."""
    paras = paragraphs(body)
    flat = [squash(p) for p in paras]  # once: the doubled and repeated checks compare the same keys
    if not check_doubled(emit, paras, flat):
        check_repeats(emit, paras, flat)
    items = lines(body)
    check_menu(emit, items)
    last = items[-1:] or [""]
    if ends_mid_sentence(last[0]):
        emit.add("body.ends_mid_sentence", "$.body", "the last line stops mid-sentence", clip(last[0], 200))


def check_doubled(emit: Emitter, paras: list[str], flat: list[str]) -> bool:
    """``paras`` are the body's paragraphs, ``flat`` the same squashed."""
    half = len(paras) // 2
    if len(paras) < 2 or len(paras) % 2 or flat[:half] != flat[half:]:
        return False
    emit.add("body.doubled", "$.body", f"the whole body ({half} paragraphs) appears twice", paras[0])
    return True


def check_repeats(emit: Emitter, paras: list[str], keys: list[str]) -> None:
    """A paragraph right after itself is a block extracted twice (error, whatever its shape); a prose
    paragraph repeated further on is an error too, unless the body is a repetitive document (a meal plan,
    a schedule: several paragraphs each coming back three times or more), where it is a warning."""
    counts = Counter(keys)
    repeated = {k for k, n in counts.items() if n > 1 and len(k) >= emit.scope.body_repeated_min_chars}
    if not repeated:
        return
    in_a_row = {a for a, b in pairwise(keys) if a == b}
    repetitive = len(repeated) >= _REPETITIVE_KEYS and max(counts[k] for k in repeated) >= 3
    for para, norm in zip(paras, keys, strict=True):
        if norm not in repeated:
            continue
        repeated.discard(norm)
        if norm in in_a_row:
            what = f"paragraph appears {counts[norm]} times, twice in a row"
            emit.add("body.repeated_paragraph", "$.body", what, para)
            continue
        check = "body.repeated_paragraph" if is_prose(para) and not repetitive else "body.repeated_line"
        emit.add(check, "$.body", f"paragraph appears {counts[norm]} times", para)


def _menu_item(line: str) -> bool:
    return (
        len(line) <= _MENU_ITEM_CHARS and words(line) <= _MENU_ITEM_WORDS and not _SENTENCE_END.search(line)
    )


def check_menu(emit: Emitter, items: list[str]) -> None:
    """``items`` are the body's non-blank lines, stripped."""
    if len(items) < _MENU_MIN_LINES:
        return
    # a menu item is short: too few short lines, and there are too few items (most bodies: one length each)
    if sum(1 for ln in items if len(ln) <= _MENU_ITEM_CHARS) / len(items) < _MENU_SHARE:
        return
    menu = [ln for ln in items if _menu_item(ln)]
    if len(menu) / len(items) < _MENU_SHARE:
        return  # most bodies: not enough short lines, whatever the prose share
    prose = sum(len(ln) for ln in items if words(ln) >= _PROSE_WORDS)
    total = sum(len(ln) for ln in items) or 1
    if len(menu) / len(items) >= _MENU_SHARE and prose / total <= _MENU_PROSE_SHARE:
        shown = " | ".join(menu[:8])
        emit.add(
            "body.nav_menu",
            "$.body",
            f"{len(menu)} of {len(items)} lines are short link-like items and there is no prose; "
            "a menu was extracted instead of the article",
            clip(shown, 200),
        )


def ends_mid_sentence(line: str, min_words: int = _CUT_MIN_WORDS) -> bool:
    """A prose line that ends on a letter or a comma: no sentence end, not a URL, credit or list item."""
    line = line.strip()
    if words(line) < min_words or _SENTENCE_END.search(line) or _URLISH.search(line):
        return False
    return line[-1].isalpha() or line[-1] in ",-–"
