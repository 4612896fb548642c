"""The body's last stage, after the container is chosen: its ends trimmed and the lines the checks flag left
out (:func:`without_flagged`), a feed of other stories cut (:func:`trim_feed`), and a teaser replaced by the
article its structured data holds (:func:`teaser_or_structured`). Each works on the segments of
:mod:`._body`'s walk (text, tag, whether it is a paragraph of substance)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from harness.extractors._metadata import loose, squash

if TYPE_CHECKING:
    from harness.extractors._body import _Segment

__all__ = [
    "is_stamp",
    "is_teaser",
    "teaser_or_structured",
    "trim_feed",
    "trim_stamps",
    "trim_tail",
    "without_flagged",
]

_ROW_TAGS = frozenset({"li", "td", "th", "dd", "dt", "pre"})
_TEASER_END = re.compile(r"(?:…|\.\.\.)\s*(?:\[?(?:mehr|more|plus|más|suite)\]?)?$", re.I)
_SENTENCE_END = re.compile(r"[.!…。]['\"’”»)]*$")


def trim_tail(chosen: list[_Segment]) -> list[_Segment]:
    """Drop the short lines after the article's last paragraph of substance: labels and prompts over link
    lists or buttons ("Weitere Informationen", "Mehr zum Thema", "Pour lire la suite", "Autoren:", "War der
    Artikel nützlich?"); not list items or table rows (a recipe's or a spec sheet's last rows), and not a
    closing sentence ("No injuries were reported."). Teasers of other stories, cut off with an ellipsis
    ("Die neue Verordnung gibt vor, dass …", "Read the full story... more"), do not count as the article's
    paragraphs and go too."""
    last_good = max((i for i, s in enumerate(chosen) if s.good and not is_teaser(s)), default=-1)
    if last_good < 0:
        return chosen
    tail = [s for s in chosen[last_good + 1 :] if (s.tag in _ROW_TAGS or _sentence(s)) and not is_teaser(s)]
    return chosen[: last_good + 1] + tail


_STAMP_CHARS = 200


def trim_stamps(chosen: list[_Segment]) -> list[_Segment]:
    """Drop the page's date stamps and bylines before the article's first paragraph of substance and after
    its last: lines ``harness check`` flags at a body's edges (:mod:`harness.checks.edges`, and the
    widget lines round a time or a date of :mod:`harness.checks.widget`), told by the same tests."""
    good = [i for i, s in enumerate(chosen) if s.good]
    if not good:
        return chosen
    first, last = good[0], good[-1]
    head = [s for s in chosen[:first] if not is_stamp(s.text)]
    tail = [s for s in chosen[last + 1 :] if not is_stamp(s.text)]
    return head + chosen[first : last + 1] + tail


_FEED_ITEMS = 2  # stories in a row, each beside its own byline or stamp, that make a feed
_FEED_RUN = 2  # paragraphs of one story in a feed, between two stamps


def trim_feed(chosen: list[_Segment]) -> list[_Segment]:
    """Drop a feed of other stories at the body's end: two or more paragraphs of substance, each beside its
    own byline or date stamp ("Apr 29, 2019" under or over a teaser), a stamp every one or two paragraphs
    to the end. A feed that would be most of the body is the page's own (a live blog's entries)."""
    stamps = [not s.good and is_stamp(s.text) for s in chosen]
    end = max((i for i, s in enumerate(chosen) if s.good or stamps[i]), default=-1)  # short lines after
    count, run, earliest = 0, 0, -1
    for i in range(end, -1, -1):
        if stamps[i]:
            count, run, earliest = count + 1, 0, i
        elif chosen[i].good and run < _FEED_RUN:
            run += 1
        else:
            break
    if count < _FEED_ITEMS:
        return chosen
    # stamps under their stories (the last line is one): the story over the first stamp is the feed's too
    cut = earliest - 1 if stamps[end] and chosen[earliest - 1].good else earliest
    kept = sum(len(s.text) for s in chosen[:cut])
    return chosen[:cut] if kept * 2 >= sum(len(s.text) for s in chosen) else chosen


def is_stamp(text: str) -> bool:
    if len(text) > _STAMP_CHARS:  # a stamp or a byline is short; a long block is never read through
        return False
    from harness.checks.edges import is_byline, is_date_stamp, is_dated_line, is_name_role
    from harness.checks.widget import stamp_shape

    line = " ".join(text.split())
    return (
        is_date_stamp(line)
        or is_dated_line(line)
        or is_byline(line)
        or is_name_role(line)
        or stamp_shape(line)
    )


_LINE_CHARS = 300  # a phrase pattern reads lines up to this long; a longer block is a paragraph


@cache
def _line_patterns() -> tuple[re.Pattern[str], ...]:
    """The strong default boilerplate patterns of every language ``harness check`` knows (the weak ones,
    a dateline for one, stay), merged as the check merges them."""
    from harness.checks.patterns import LANGUAGES, combined, default_patterns, is_weak, lower_pattern

    strong = [lower_pattern(p) for p in default_patterns(LANGUAGES) if not is_weak(p)]
    return tuple(re.compile(r) for r in combined(strong, gate=True))


def without_flagged(chosen: list[_Segment], body_of: str | None = None) -> list[_Segment]:
    """The segments but the lines ``harness check`` flags as page furniture by the lines' own evidence: a
    strong boilerplate pattern, the page speaking about itself (a notice, a control's label), a widget line
    (a player, a stamp, a gallery counter), a photo credit ("© Jane Doe/Agency"); and when the segments are
    the whole body of the article titled ``body_of``, a line off its topic (a box whose words the article
    does not share, :mod:`harness.checks.offtopic`)."""
    from harness.checks.furniture import is_credit
    from harness.checks.notice import notice_lines
    from harness.checks.offtopic import off_topic_lines
    from harness.checks.widget import widget_lines

    texts = [" ".join(s.text.split()) for s in chosen]
    flagged = {line for line, _ in notice_lines(texts)} | set(widget_lines(texts))
    if body_of is not None:
        flagged.update(off_topic_lines(texts, body_of))
    kept = zip(chosen, texts, strict=True)
    return [
        s
        for s, text in kept
        if text not in flagged
        and not _boilerplate_line(text)
        and not is_credit(text)
        and not _credited_caption(text)
    ]


_CAPTION_CHARS = 300  # a caption with its credit is a line of up to this many characters
_CREDIT_TAIL = 60  # characters at the end of a line where a caption's credit sits


def _credited_caption(text: str) -> bool:
    """A picture's caption that ends on its credit ("Ministers at the bridge. Bild © Jane Doe (hr)", "...
    | © Agency/Getty Images", "... seen from the east bank. Foto: Jane Doe"): the part from its last "©",
    or from a sentence's end or a bar near the line's end, is a credit line as ``harness check`` reads one."""
    from harness.checks.furniture import is_credit

    if len(text) > _CAPTION_CHARS:
        return False
    start = max(len(text) - _CREDIT_TAIL, 0)
    at = text.rfind("©")
    if at >= start and is_credit(text[at:]):
        return True
    return any(is_credit(text[m.end() :]) for m in _CAPTION_BREAK.finditer(text, start))


# where a caption's own words end and its credit begins: after a sentence's end, or around a bar
_CAPTION_BREAK = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+|\s+[|/]\s+")


def _boilerplate_line(text: str) -> bool:
    """A line ``harness check`` calls boilerplate by a strong pattern ("Advertisement", "Mehr zum Thema",
    "Czytaj więcej", a copyright line): the extractor leaves out what the checks would flag."""
    if len(text) > _LINE_CHARS:
        return False
    low = text.lower()
    return any(regex.match(low) for regex in _line_patterns())


def is_teaser(seg: _Segment) -> bool:
    return bool(_TEASER_END.search(seg.text))


_HEADING_SENTENCE = 6  # words of a heading that ends as a sentence: a fact of a list, not a label


def _sentence(seg: _Segment) -> bool:
    """A short closing line that reads as a sentence of the story ("No injuries were reported."); a
    heading only when it is a long one that ends as a sentence ("2. The company owed $300 billion.")."""
    words = len(seg.text.split())
    least = _HEADING_SENTENCE if seg.tag[0] == "h" else 4
    return words >= least and bool(_SENTENCE_END.search(seg.text))


_TEASER_SHARE = 4  # a body under a quarter of the structured data's article is a teaser of it
_TEASER_HEAD = 80  # characters of the teaser's opening (case and punctuation aside) the article must hold
_TAG = re.compile(r"<[^>]*>")


def teaser_or_structured(body: str | None, ld_articles: list[dict[str, Any]]) -> str | None:
    """``body``, or the JSON-LD ``articleBody`` when the page shows only a teaser of it: a paywalled page
    shows a lead and gives search engines the whole article in its structured data (the ``articleBody``
    holds the shown lead and is four times longer or more). The page's own text, not another page's."""
    full = max(
        (o["articleBody"] for o in ld_articles if isinstance(o.get("articleBody"), str)), key=len, default=""
    )
    if not full.strip() or (body and len(body) * _TEASER_SHARE > len(full)):
        return body
    paragraphs = [squash(p) for p in _TAG.sub("\n", full).splitlines()]
    text = "\n\n".join(p for p in paragraphs if p)
    if body and not any(loose(p)[:_TEASER_HEAD] in loose(text) for p in body.split("\n\n")[:2]):
        return body
    return text or body
