"""The dates a page shows its reader, for the generic extractor's date (:mod:`._published`): ``<time>``
elements by where they stand, and the first date written after the headline, leaving out readers'
comments and the words of links (another page's teaser)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from harness.dates import ParsedDate, parse_date
from harness.extractors._metadata import loose, norm, tags

__all__ = ["above_headline", "after_headline", "headlines", "time_value", "times"]

Dates = list[ParsedDate]
_DATE_CLASS = re.compile(r"date|time|publish|posted|datum|fecha|data|meta|dateline|byline", re.I)


def time_value(el: Tag, languages: tuple[str, ...]) -> ParsedDate | None:
    value = el.get("datetime")
    found = parse_date(value) if isinstance(value, str) else None
    text = norm(el.get_text(" "))
    return found or (parse_date(text, languages=languages) if 6 <= len(text) <= 120 else None)


def _classed(node: Tag) -> bool:
    if node.name == "time":
        return True
    cls = node.get("class")
    marks = " ".join(cls) if isinstance(cls, list) else str(cls or "")
    return bool(marks) and bool(_DATE_CLASS.search(marks))


_COMMENT_MARK = re.compile(r"comment|kommentar|respond|reply", re.I)


def _in_comments(node: Tag) -> bool:
    """Inside a comment section (a class or id naming comments or replies): a reader's date, not the
    story's."""
    for el in (node, *node.parents):
        if el.name in ("body", "html", "[document]"):
            return False
        marks = " ".join(el.get("class") or ()) + " " + str(el.get("id") or "")
        if _COMMENT_MARK.search(marks):
            return True
    return False


def after_headline(head: Tag, languages: tuple[str, ...], budget: int = 600) -> ParsedDate | None:
    """The first date written after the headline, in one bounded pass: in a date-like element (a
    ``<time>``, a class naming a date or byline), else in the first short text that holds one; none in
    the comments."""
    loose_text: ParsedDate | None = None
    for seen, node in enumerate(head.next_elements):
        if seen >= budget:
            break
        if isinstance(node, Tag) and _classed(node):
            text = norm(node.get_text(" "))
            found = time_value(node, languages) if node.name == "time" else None
            found = found or (parse_date(text, languages=languages) if 6 <= len(text) <= 120 else None)
            if found and not _in_comments(node):
                return found
        elif loose_text is None and type(node) is NavigableString and seen < 400:
            text = norm(node)
            if (6 <= len(text) <= 80 and any(ch.isdigit() for ch in text) and node.parent is not None
                    and node.find_parent("a") is None):
                found = parse_date(text, languages=languages)
                loose_text = found if found is not None and not _in_comments(node.parent) else None
    return loose_text


_PUBLISHED_CLASS = re.compile(r"publish|entry-date|posted|dateline", re.I)


def times(soup: BeautifulSoup, head: Tag | None, languages: tuple[str, ...]) -> tuple[Dates, Dates, Dates]:
    """``<time>`` elements in three groups: inside an article/main or marked published (shown first);
    after the headline (shown after the headline's text); the rest (a banner: the site's "today")."""
    after = {id(t) for t in head.find_all_next("time", limit=40)} if head is not None else set()
    strong: Dates = []
    later: Dates = []
    banner: Dates = []
    for el in tags(soup, "time", 40):
        found = time_value(el, languages)
        if found is None:
            continue
        marks = " ".join(el.get("class") or ()) + " " + str(el.get("itemprop") or "")
        if el.has_attr("pubdate") or _PUBLISHED_CLASS.search(marks) or el.find_parent(["article", "main"]):
            strong.append(found)
        else:
            (later if id(el) in after else banner).append(found)
    return strong, later, banner


def _reads_as(el: Tag, key: str) -> bool:
    text = loose(el.get_text())
    return bool(text) and (text == key or (len(text) >= 8 and text in key))


def headlines(soup: BeautifulSoup, title: str | None) -> tuple[Tag | None, Tag | None]:
    """The first ``<h1>`` and a later one that reads as the title, if any (the first may be a hidden
    "Navigation" heading or the site's logo); on pages without one, the first h2/h3 that reads as the
    title."""
    key = loose(title or "")
    h1s = tags(soup, "h1", 8)
    if h1s:
        later = next((el for el in h1s[1:] if _reads_as(el, key)), None) if len(key) >= 8 else None
        return h1s[0], later
    if len(key) < 8:
        return None, None
    return next((el for el in tags(soup, frozenset({"h2", "h3"}), 60) if _reads_as(el, key)), None), None


_LINE = frozenset({"p", "span", "time", "small", "em", "strong", "b", "i"})


def above_headline(head: Tag, languages: tuple[str, ...]) -> ParsedDate | None:
    """A date written in the line just before the headline, beside it (a dateline above the ``<h1>``:
    ``<p>21. Jan 2022 // Dominik Ricker</p>``); a block there (a sidebar, the site's header) is not one."""
    line = head.find_previous_sibling()
    if line is None or line.name not in _LINE or _in_comments(line):
        return None
    text = norm(line.get_text(" "))
    return parse_date(text, languages=languages) if 6 <= len(text) <= 120 else None
