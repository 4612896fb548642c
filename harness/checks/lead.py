"""A lead served as the article, seen on the page (replay mode): the body's last paragraph is on the page, and
the page's article goes on after it in the same section, not only in the same block.

``provenance.rest_of_article`` counts the prose paragraphs that follow the body's last line as its siblings.
Pages often wrap the lead apart from the rest (``<div class="lead"><p>…</p></div><div
class="text"><p>…</p>…</div>``), or keep the deck (the standfirst) in a header of several nested wrappers
whose sibling is the article's text: :func:`later_prose` climbs up to ``_LEVELS`` ancestors of the element
holding the body's last line and counts the prose paragraphs (``provenance.is_prose``: 15 words or more, or 40
Chinese or Japanese characters, ending a sentence) among the following siblings' paragraph-like descendants:
at least ``_MIN_PARAS`` of them, longer together than ``_TIMES`` times the body, make the body a lead
(``body.stops_early``). The factor keeps a whole article with comments or teasers after it apart: those are
shorter than the article. When no element holds the line whole, the paragraph-like elements that start as it
does (60 characters, spaces ignored if need be: the page may join "(CNN)" and the text with no space) stand
in, the innermost first. Pages that write the article as one element with ``<br>``s between its paragraphs
hold no paragraph element after the lead: an element that opens with the body's last line and goes on with
``_MIN_SENTENCES`` sentences or more, longer together than ``_TIMES`` times the body, is the article going on
(:func:`_sentences_after`). When no element starts as the line does, the element one of whose own text
nodes holds the line's start stands in (:func:`_holding_start`): a page that opens the article's first
paragraph with a byline or a caption in the same element, which the body left out.
"""

from __future__ import annotations

import re
from typing import Any

from harness.checks.provenance import (
    _CHROME_TAGS,
    _LEAD_LINES,
    _LEAVES,
    _ROLES,
    PageText,
    _holders,
    is_prose,
    text_nodes,
)
from harness.checks.text import lines, squash

_LEVELS = 6  # a deck five wrappers deep in its header (docs/checks-accuracy.md, "Twentieth pass")
_MIN_PARAS = 3
_TIMES = 3
_START = 60
_MAX_STARTS = 2
_MIN_SENTENCES = 4  # sentences the element holding the line goes on with (paragraphs between <br>s)
# a sentence's end: before a space, the end, or a letter (``<br>`` leaves no space between two paragraphs)
_SENTENCE = re.compile(r"[^.!?。！？]{20,}?[.!?。！？](?=\s|$|[^\W\d_])")


def _chrome(node: Any, top: Any) -> bool:
    """``node`` or an ancestor up to ``top`` is page chrome by its tag or ARIA role (a footer's blurbs about
    the publisher's other sites are prose, and not the article's)."""
    for el in (node, *node.iterancestors()):
        if el.tag in _CHROME_TAGS or (el.get("role") or "").lower() in _ROLES:
            return True
        if el is top:
            return False
    return False


def _prose_after(el: Any, text: PageText) -> tuple[int, int]:
    count = chars = 0
    for sib in el.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        for node in sib.iter(*_LEAVES):
            if next(node.iterdescendants(*_LEAVES), None) is not None or _chrome(node, sib):
                continue  # a block holding paragraphs: its paragraphs are counted, not the block
            raw = text.raw.get(node)
            if raw and is_prose(raw):
                count, chars = count + 1, chars + len(" ".join(raw.split()))
    return count, chars


def _same_start(flat: str, text: PageText) -> list[Any]:
    """Paragraph-like elements that start as the line does (``_START`` characters or more): the page may
    split the paragraph the body holds whole ("(CNN)" in a ``<span>``, a paragraph cut in two)."""
    if len(flat) < _START:
        return []
    head = flat[:_START]
    found = [el for leaf, el in text.leaves if leaf.startswith(head)]
    if not found:  # the page joins elements with no space where the body has one: "(cnn)president"
        bare = flat.replace(" ", "")[:_START]
        found = [el for leaf, el in text.leaves if leaf[: 2 * _START].replace(" ", "").startswith(bare)]
    return found[-_MAX_STARTS:]  # the innermost: leaves come parents first


def _holding_start(flat: str, text: PageText) -> Any | None:
    """The element one of whose own text nodes holds the line's first ``_START`` characters, wherever in
    the element (after a byline, a caption or a label the body left out): one look at the page's text
    nodes, for a line no paragraph-like element starts with."""
    if len(flat) < _START:
        return None
    head = flat[:_START]
    return next((holder for raw, holder in text_nodes(text.root, _START) if head in squash(raw)), None)


def _sentences_after(flat: str, el: Any, text: PageText, anywhere: bool = False) -> tuple[int, int]:
    """``(sentences, characters)`` of the text ``el`` holds after the line ``flat`` it starts with (or,
    ``anywhere``, holds): the article's next paragraphs, where the page writes them in the same element
    (between ``<br>``s)."""
    raw = text.raw.get(el)
    if not raw:
        return 0, 0
    whole = squash(raw)
    at = whole.find(flat) if anywhere else (0 if whole.startswith(flat) else -1)
    if at < 0 or len(whole) <= at + len(flat):
        return 0, 0
    rest = whole[at + len(flat) :]
    return len(_SENTENCE.findall(rest)), len(rest.strip())


def later_prose(body: str, text: PageText) -> tuple[int, int, str] | None:
    """``(count, characters, "paragraphs" or "sentences")`` of the page's prose after a short body's last
    line within its section, when the article clearly goes on (see the module's docstring), else None."""
    body_lines = lines(body)
    if not body_lines or len(body_lines) > _LEAD_LINES:
        return None
    flat = squash(body_lines[-1])
    starts = _same_start(flat, text)
    holders = list(_holders(flat, text))
    inner = _holding_start(flat, text) if not starts and not holders else None
    found = starts or ([inner] if inner is not None else [])
    for el in found:  # the line opens (or sits in) an element that goes on with the article's text
        count, chars = _sentences_after(flat, el, text, anywhere=el is inner)
        if count >= _MIN_SENTENCES and chars > _TIMES * len(body):
            return count, chars, "sentences"
    for el in holders or found:
        node, count, chars = el, 0, 0
        for _ in range(_LEVELS):
            if node is None:
                break
            more = _prose_after(node, text)
            count, chars = count + more[0], chars + more[1]
            node = node.getparent()
        if count >= _MIN_PARAS and chars > _TIMES * len(body):
            return count, chars, "paragraphs"
    return None
