"""The body of an article by text-density scoring, in one walk over the shared (read-only) BeautifulSoup tree.

The walk is linear in the tree's size. It skips non-content tags and landmarks (script, nav, aside, footer,
role=navigation, hidden elements) and cuts the visible text into segments at block boundaries. Each segment
counts as good text (long, few links) or bad text (short or link-heavy).

Elements whose class/id names look like boilerplate in several languages (comments, cookie banners,
share and newsletter widgets, related links, breadcrumbs, bylines...) are dropped unless they hold most
of the page's good text: on real pages such names also sit on wrappers of the whole article
("has-sidebar", "ad-margins"), and dropping those loses everything.

Every enclosing block element accumulates its segments' good text net of bad text; the highest is the
article, and its segments, minus link lists, are the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from harness.extractors._metadata import loose, squash
from harness.extractors._trim import (
    is_stamp,
    is_teaser,
    trim_feed,
    trim_stamps,
    trim_tail,
    without_flagged,
)

__all__ = ["extract_body"]

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
        "nav",
        "aside",
        "footer",
        "header",
        "button",
        "select",
        "textarea",
        "input",
        "label",
        "option",
        "dialog",
        "menu",
        "head",
        "title",
        "meta",
        "link",
        "map",
        "figcaption",
        "picture",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "figure",
        "address",
        "form",
        "fieldset",
        "center",
        "details",
        "summary",
        "body",
        "html",
        "hr",
    }
)
_OUTPUT_TAGS = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "li",
        "blockquote",
        "pre",
        "div",
        "section",
        "article",
        "main",
        "td",
        "dd",
        "body",
        "center",
    }
)
_LANDMARK_TAGS = frozenset({"nav", "aside", "footer", "header"})
_SKIP_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "dialog",
        "alertdialog",
        "search",
        "menu",
        "menubar",
        "toolbar",
    }
)
# Words in class/id names that mark boilerplate, in several languages: exact words, then safe prefixes.
_NEG_WORDS = frozenset(
    {
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        "advertising",
        "banner",
        "bio",
        "breadcrumb",
        "breadcrumbs",
        "byline",
        "caption",
        "credit",
        "credits",
        "footer",
        "masthead",
        "menu",
        "meta",
        "more",
        "nav",
        "navbar",
        "navigation",
        "pager",
        "pagination",
        "popular",
        "popup",
        "print",
        "promo",
        "promos",
        "related",
        "share",
        "sharing",
        "social",
        "sponsor",
        "sponsored",
        "tag",
        "tags",
        "widget",
        "sidebar",
        "trending",
        "teaser",
        "rail",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "login",
        "modal",
        "overlay",
        "skip",
        "toolbar",
        "timestamp",
        "dateline",
        "author",
        "hidden",
        "search",
        "topics",
        "keywords",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "disqus",
        "respond",
        "werbung",
        "anzeige",
        "teilen",
        "verwandt",
        "partage",
        "pub",
        "compartir",
        "publicidad",
        "compartilhar",
        "publicidade",
        "condividi",
        "lire",
        "weitere",
        "mehr",
        "empfehlungen",
        "reply",
        "replies",
    }
)
_NEG_PREFIXES = (
    "comment",
    "kommentar",
    "cookie",
    "consent",
    "newsletter",
    "subscri",
    "breadcrumb",
    "related",
    "recommend",
    "outbrain",
    "taboola",
    "advert",
    "sponsor",
    "social",
    "share",
    "disqus",
    "relacionad",
    "correlat",
    "pubblicit",
    "publicid",
    "commentaire",
    "comentario",
    "signup",
)
_STRONG_PREFIXES = (
    "comment",
    "kommentar",
    "commentaire",
    "comentario",
    "disqus",
    "cookie",
    "consent",
    "newsletter",
    "outbrain",
    "taboola",
    "breadcrumb",
    "related",
    "recommend",
    "share",
    "social",
)
_POS_WORDS = frozenset(
    {
        "article",
        "story",
        "entry",
        "post",
        "content",
        "body",
        "text",
        "main",
        "blog",
        "prose",
        "articlebody",
    }
)
_WORDS = re.compile(r"[a-z0-9]+|[^\x00-\x7f]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_MAX_DEPTH = 400
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_ANCHOR_WORDS = 3  # an id of this many words or more may be a section title's anchor
GOOD_LINK_RATIO = 0.5  # good text has fewer link characters than this share
LINK_PENALTY = 1.0  # weight of link-heavy text against the container
SHORT_PENALTY = 0.25  # weight of short plain text (labels, dates, table cells)
CLIMB_SHARE = 0.5  # the block around a table or a list stands for it when it scores this share of it


@dataclass(slots=True)
class _Segment:
    tag: str
    chain: tuple[int, ...]  # ids of the enclosing block elements, outermost first
    negs: tuple[int, ...]  # ids of enclosing elements with boilerplate-looking names
    text: str
    link_chars: int
    weight: float = 0.0
    good: bool = False

    def __post_init__(self) -> None:
        n = len(self.text)
        cjk = len(_CJK.findall(self.text)) if not self.text.isascii() else 0
        self.weight = n + 2 * cjk
        self.good = self.weight >= 60 and self.link_chars < GOOD_LINK_RATIO * n and self.tag[0] != "h"


@dataclass
class _Walk:
    """State of the one tree walk: open blocks, the segment being filled, what was found."""

    segments: list[_Segment] = field(default_factory=list)
    blocks: list[Tag] = field(default_factory=list)
    negs: list[int] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)  # ids of <article> elements, in document order
    names: dict[int, str] = field(default_factory=dict)  # tag name of every block element, by id
    parts: list[str] = field(default_factory=list)
    link_parts: int = 0
    link_depth: int = 0
    last_br: bool = False
    open_landmarks: bool = False  # landmarks read as boilerplate-named blocks, not skipped
    heads: set[int] = field(default_factory=set)  # ids of the <header>s of <article>s, read as boilerplate
    weak: set[int] = field(default_factory=set)  # ids of blocks named by a weak boilerplate word only

    def add(self, text: str) -> None:
        self.parts.append(text)
        if self.link_depth:
            self.link_parts += len(squash(text))
        if text.strip():
            self.last_br = False

    def flush(self) -> None:
        if not self.parts:
            return
        text = squash("".join(self.parts))
        if text and self.blocks:
            chain = tuple(id(b) for b in self.blocks)
            links = min(self.link_parts, len(text))
            tag = self.blocks[-1].name
            last = self.segments[-1] if self.segments else None
            if tag in ("td", "th") and last and last.tag in ("td", "th") and last.chain[:-1] == chain[:-1]:
                # Cells of one table row read as one line, so a data table is not a heap of scraps.
                row = f"{last.text} {text}"
                self.segments[-1] = _Segment(tag, chain, last.negs, row, last.link_chars + links)
            else:
                self.segments.append(_Segment(tag, chain, tuple(self.negs), text, links))
        self.parts = []
        self.link_parts = 0


def _heading_anchor(tag: Tag, words: list[str]) -> bool:
    """True when ``words`` (an id) are the words of the tag's first heading: an anchor made from a section
    title ("Sharing with a single developer" -> ``sharing-with-a-single-developer``), not a widget's name."""
    if len(words) < _ANCHOR_WORDS:
        return False
    heading = tag.find(_HEADINGS)
    return heading is not None and _WORDS.findall(heading.get_text(" ").lower())[: len(words)] == words


def _class_words(tag: Tag) -> list[str]:
    cls = tag.get("class")
    ident = tag.get("id")
    raw = " ".join(cls) if isinstance(cls, list) else (cls or "")
    words = _WORDS.findall(raw.lower()) if raw else []
    if isinstance(ident, str):
        id_words = _WORDS.findall(ident.lower())
        if not _heading_anchor(tag, id_words):
            words += id_words
    return words


def _landmark(tag: Tag, name: str) -> bool:
    role = tag.attrs.get("role")
    return name in _LANDMARK_TAGS or (isinstance(role, str) and role.lower() in _SKIP_ROLES)


def _skipped(tag: Tag, name: str, open_landmarks: bool = False) -> bool:
    """Subtrees never read: non-content tags, hidden elements, landmark roles of page furniture.

    With ``open_landmarks`` the landmarks (header, footer, nav, aside and their roles) are read as
    boilerplate-named blocks instead: kept only when they hold most of the page's good text."""
    if open_landmarks and _landmark(tag, name):
        return False
    if name in _SKIP_TAGS or (name == "figure" and tag.find("blockquote") is None):
        return True  # a figure is a picture (or a chart, a video) and its caption; a quotation's is read
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs and not _streamed(attrs):
        return True
    role = attrs.get("role")
    if isinstance(role, str) and role.lower() in _SKIP_ROLES:
        return True
    style = attrs.get("style")
    return isinstance(style, str) and bool(_HIDDEN_STYLE.search(style))


# React's streamed server rendering sends a late part of the page as ``<div hidden id="S:2">`` and a script
# that moves it into its place (``$RC("B:2","S:2")``): hidden in the bytes, shown in the browser.
_STREAMED_ID = re.compile(r"S:[0-9a-z]+")


def _streamed(attrs: dict[str, Any]) -> bool:
    ident = attrs.get("id")
    return isinstance(ident, str) and _STREAMED_ID.fullmatch(ident) is not None


_SENTENCE_WORDS = 5  # words of a paragraph's own text around a link that make the link part of a sentence


def _in_sentence(link: Tag) -> bool:
    """A link amid a paragraph's own words: its weak class or id name ("auto-tag_jane-doe", an entity
    link) does not make its words boilerplate; cutting them out would break the sentence in three."""
    parent = link.parent
    if parent is None or parent.name != "p":
        return False
    own = sum(len(str(c).split()) for c in parent.contents if type(c) is NavigableString)
    return own >= _SENTENCE_WORDS


def _boilerplate_name(tag: Tag, name: str) -> bool:
    """Class/id names that look like boilerplate; whether the subtree is dropped depends on its size."""
    if name in ("body", "html", "main", "article") or tag.attrs.get("itemprop") in ("articleBody", "text"):
        return False
    words = _class_words(tag)
    if not words:
        return name == "form"
    if any(w.startswith(_STRONG_PREFIXES) for w in words) or _part_of_article(tag):
        return True
    if any(w in _POS_WORDS for w in words) or (name == "a" and _in_sentence(tag)):
        return False
    return name == "form" or any(w in _NEG_WORDS or w.startswith(_NEG_PREFIXES) for w in words)


# The last word of a class that names a part of the article ("post-body-bio", "article-end__author-bio")
_PART_WORDS = frozenset(
    {
        "bio",
        "author",
        "byline",
        "related",
        "tags",
        "share",
        "sharing",
        "social",
        "newsletter",
        "subscribe",
        "promo",
        "sidebar",
    }
)


def _part_of_article(tag: Tag) -> bool:
    """A class naming a part of the article by an article word first and a boilerplate word last
    ("post-body-bio", "article-end__author-bio", "entry-related"): the last word says what the part is,
    which the article word (read alone, :data:`_POS_WORDS`) would otherwise outvote."""
    cls = tag.get("class")
    if not isinstance(cls, list):
        return False
    for token in cls:
        words = _WORDS.findall(token.lower())
        if len(words) >= 2 and words[-1] in _PART_WORDS and any(w in _POS_WORDS for w in words[:-1]):
            return True
    return False


_WEAK_WORDS = frozenset({"more"})


def _weak_name(tag: Tag) -> bool:
    """Named as boilerplate by a weak word only ("read-more", "more-options"): such a block is furniture
    when it holds no paragraph of substance, and the rest of the story behind an expander when it does
    (:func:`_boilerplate`)."""
    words = [w for w in _class_words(tag) if w in _NEG_WORDS or w.startswith(_NEG_PREFIXES)]
    return bool(words) and all(w in _WEAK_WORDS for w in words)


def _enter(state: _Walk, stack: list[Any], node: Tag, name: str) -> None:
    if name in _BLOCK_TAGS:
        state.flush()
        state.blocks.append(node)
        state.names[id(node)] = name
        if name == "article":
            state.articles.append(id(node))
        stack.append(("block", node))
    elif name == "a":
        state.link_depth += 1
        stack.append(("link", node))
    if (
        _boilerplate_name(node, name)
        or (state.open_landmarks and _landmark(node, name))
        or id(node) in state.heads
    ):
        state.flush()
        state.negs.append(id(node))
        if _weak_name(node):
            state.weak.add(id(node))
        stack.append(("neg", node))
    stack.extend(reversed(node.contents))


def _leave(state: _Walk, kind: str) -> None:
    if kind == "block":
        state.flush()
        state.blocks.pop()
    elif kind == "neg":
        state.flush()
        state.negs.pop()
    else:
        state.link_depth -= 1


def _article_head(state: _Walk, node: Tag) -> bool:
    """A ``<header>`` inside an ``<article>`` is the article's own (headline, standfirst, byline), not the
    page's banner: it is read, as a boilerplate-named block, so its lead can be found (:func:`_lead`)."""
    attrs = node.attrs
    if "role" in attrs or "hidden" in attrs or len(state.blocks) >= _MAX_DEPTH:
        return False
    style = attrs.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return False
    return any(b.name == "article" for b in state.blocks)


def _walk(root: Tag, open_landmarks: bool = False) -> _Walk:
    """Cut the visible text under ``root`` into segments at block boundaries (and at double ``<br>``)."""
    state = _Walk(open_landmarks=open_landmarks)
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if type(node) is NavigableString:
                state.add(node)
        elif isinstance(node, tuple):
            _leave(state, node[0])
        elif isinstance(node, Tag):
            name = node.name
            if name == "br":
                if state.last_br:
                    state.flush()
                state.add(" ")
                state.last_br = True
            elif not _skipped(node, name, open_landmarks) and len(state.blocks) < _MAX_DEPTH:
                _enter(state, stack, node, name)
            elif name == "header" and _article_head(state, node):
                state.heads.add(id(node))
                _enter(state, stack, node, name)
    state.flush()
    return state


def _boilerplate(segments: list[_Segment], weak: set[int]) -> set[int]:
    """Elements with boilerplate names, unless they hold most of the page's good text (then they wrap it);
    those named by a weak word only (``weak``, "read-more") unless they hold any."""
    good: dict[int, float] = {}
    total = 0.0
    for seg in segments:
        if seg.good:
            total += seg.weight
            for key in seg.negs:
                good[key] = good.get(key, 0.0) + seg.weight
    marked = {key for seg in segments for key in seg.negs}
    return {
        key
        for key in marked
        if good.get(key, 0.0) < 0.7 * total and not (key in weak and good.get(key, 0.0) > 0)
    }


def _value(seg: _Segment) -> float:
    if seg.good:
        return seg.weight
    if seg.link_chars > 0.5 * len(seg.text):
        return -LINK_PENALTY * seg.weight
    return -SHORT_PENALTY * seg.weight


def _scores(segments: list[_Segment]) -> tuple[dict[int, float], dict[int, int]]:
    """Net score and depth of every block element that encloses text (headings are neutral)."""
    net: dict[int, float] = {}
    depth: dict[int, int] = {}
    for seg in segments:
        if seg.tag[0] == "h" and seg.tag[1:].isdigit():
            continue
        value = _value(seg)
        for level, key in enumerate(seg.chain):
            net[key] = net.get(key, 0.0) + value
            depth[key] = level
    return net, depth


def _pick_container(segments: list[_Segment], articles: list[int], names: dict[int, str]) -> int | None:
    """The block element with the most good text net of bad text; the deeper one on a tie. A table or a
    list gives way to the block around it (:func:`_above_structure`).

    When that block holds several ``<article>`` elements of substance (a feed of posts), the first is it.
    """
    net, depth = _scores(segments)
    if not net:
        return None
    best = _above_structure(segments, max(net, key=lambda k: (net[k], depth[k])), net, names)
    inside: set[int] = set()
    for seg in segments:
        if best in seg.chain:
            inside.update(seg.chain[seg.chain.index(best) + 1 :])
    strong = [k for k in articles if k in inside and net.get(k, 0.0) >= 0.3 * net[best]]
    return strong[0] if len(strong) >= 2 else best


def _above_structure(
    segments: list[_Segment], best: int, net: dict[int, float], names: dict[int, str]
) -> int:
    """A table or a list is a part of an article, not the article: when ``best`` is one (or a part of one),
    the nearest enclosing block that is neither stands for it, if it scores at least ``CLIMB_SHARE`` of it
    (it holds the lead paragraphs and the notes of a page built around a table)."""
    chain = next(s.chain for s in segments if best in s.chain)
    level = chain.index(best)
    if names.get(best) not in _STRUCTURE_TAGS:
        return best
    while level > 0 and names.get(chain[level]) in _STRUCTURE_TAGS:
        level -= 1
    above = chain[level]
    return above if net.get(above, 0.0) >= CLIMB_SHARE * net[best] else best


def _inner_links(segments: list[_Segment]) -> list[_Segment]:
    """The kept segments, and the linked list items between two paragraphs of substance that have some text
    beside their link (a list of sources, references or tools inside the story); lists of headlines (all
    link) and link lists before the first and after the last paragraph stay out."""
    good = [i for i, s in enumerate(segments) if s.good]
    first, last = (good[0], good[-1]) if good else (0, -1)
    return [s for i, s in enumerate(segments) if _keep(s) or (first < i < last and _inner_item(s))]


def _inner_item(seg: _Segment) -> bool:
    return seg.tag in _INNER_TAGS and seg.link_chars < INNER_LINKS * len(seg.text)


_INNER_TAGS = frozenset({"li"})
INNER_LINKS = 0.9  # a list item inside the story with some text of its own beside its link is the story's


def _keep(seg: _Segment) -> bool:
    """Whether a segment of the chosen container is body text (not the headline, not a link list)."""
    if seg.tag not in _OUTPUT_TAGS and not seg.tag.startswith("h"):
        return seg.weight >= 60
    if seg.tag in ("h1", "h5", "h6"):
        return False
    return seg.link_chars <= 0.5 * len(seg.text)


_STRUCTURE_TAGS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl"})


def extract_body(soup: BeautifulSoup, title: str | None) -> str | None:
    """Paragraphs of the main content block joined by blank lines, without a leading headline."""
    root = soup.body if isinstance(soup.body, Tag) else soup
    walk = _walk(root)
    if not any(s.good for s in walk.segments):
        # No paragraph outside the landmarks: the article may sit inside one (an unclosed <header>
        # swallows the page in the parse); read them too, as boilerplate unless they hold most text.
        walk = _walk(root, open_landmarks=True)
    segments = walk.segments
    dropped = _boilerplate(segments, walk.weak)
    if dropped:
        kept = [s for s in segments if not dropped.intersection(s.negs)]
        if any(s.good for s in kept):
            segments = kept
        else:  # the names would drop every paragraph of substance: they name the article's own layout
            dropped = set()
    best = _pick_container(segments, walk.articles, walk.names)
    if best is None:
        return None
    inside = [s for s in segments if best in s.chain]
    chosen = trim_stamps(trim_tail(trim_feed(_inner_links(inside))))
    chosen = _lead(walk, inside, dropped - walk.heads, title, chosen) + chosen
    chosen = without_flagged(chosen, title or "")
    title_key = loose(title or "")
    while chosen and title_key and loose(chosen[0].text) == title_key:
        chosen.pop(0)
    text = "\n\n".join(s.text for s in chosen)
    return text or None


_LEAD_MAX = 3  # more lines of substance than this between the headline and the article are not its lead


def _lead(
    walk: _Walk, inside: list[_Segment], dropped: set[int], title: str | None, chosen: list[_Segment]
) -> list[_Segment]:
    """The standfirst between the headline and the chosen container (``inside``): a summary in the
    article's ``<header>``, a deck set as a sub-heading under the ``<h1>`` (a paragraph elsewhere that the
    container left out stays out: it lost the vote). The lines of sixty characters or more, with few
    links, after the last ``<h1>`` (or line spelling the title) before the container, outside blocks
    dropped as boilerplate, that are no stamp, teaser, print credit or line ``harness check`` flags, and
    not already in the body (``chosen``). None when there are more than ``_LEAD_MAX`` (a list of other
    stories) or when the container opens with the headline itself (the lines before it are above it)."""
    from harness.checks.edges import print_credit

    segments, title_key = walk.segments, loose(title or "")
    start = next(i for i, s in enumerate(segments) if s is inside[0])
    if _headline_inside(inside, title_key):
        return []
    head = next(
        (
            i
            for i in range(start - 1, -1, -1)
            if segments[i].tag == "h1" or (title_key and loose(segments[i].text) == title_key)
        ),
        None,
    )
    if head is None:
        return []
    found = [
        s
        for s in segments[head + 1 : start]
        if s.tag != "h1"
        and s.weight >= 60
        and s.link_chars < GOOD_LINK_RATIO * len(s.text)
        and (s.tag[0] == "h" or walk.heads.intersection(s.negs))
        and not dropped.intersection(s.negs)
        and not is_teaser(s)
        and not is_stamp(s.text)
        and not print_credit(s.text)
    ]
    found = without_flagged(found)
    if not 0 < len(found) <= _LEAD_MAX:
        return []
    shown = {loose(s.text) for s in chosen}
    return list({loose(s.text): s for s in found if loose(s.text) not in shown}.values())


def _headline_inside(segments: list[_Segment], title_key: str) -> bool:
    """Whether the container opens with the headline (an ``<h1>`` or the title's line before its first
    paragraph of substance): then what comes before it is above the headline, not a lead."""
    for seg in segments:
        if seg.good:
            return False
        if seg.tag == "h1" or (title_key and loose(seg.text) == title_key):
            return True
    return False
