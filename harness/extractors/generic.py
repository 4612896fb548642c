"""The built-in extractor: metadata from JSON-LD and meta tags, body by text-density scoring.

The body is found in one walk over the shared (read-only) BeautifulSoup tree. The walk cuts the visible
text into segments at block boundaries, skipping boilerplate subtrees (navigation, comments, consent
banners, share widgets...). Each segment counts as good text (long, few links) or bad text (short or
link-heavy), and every enclosing block element accumulates both. The container with the most good text
net of bad text is the article; its segments, minus link lists, are the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag

from harness.extractors._metadata import (
    collect,
    find_authors,
    find_language,
    find_published,
    find_title,
    loose,
    norm,
)
from harness.model import ArticleRecord
from harness.page import Page

__all__ = ["GenericExtractor"]

_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
    "audio", "nav", "aside", "footer", "header", "button", "select", "textarea", "input", "label",
    "option", "dialog", "menu", "head", "title", "meta", "link", "map", "figcaption", "picture",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
    "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "address",
    "form", "fieldset", "center", "details", "summary", "body", "html", "hr",
})
_OUTPUT_TAGS = frozenset({"p", "h2", "h3", "h4", "li", "blockquote", "pre", "div", "section", "article",
                          "main", "td", "dd", "body", "center"})
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
                         "search", "menu", "menubar", "toolbar"})
# Words in class/id names that mark boilerplate, in several languages (matched as whole words or prefixes).
_NEG = re.compile(
    r"^(?:comment|disqus|respond|cookie|consent|gdpr|cmp|newsletter|subscri|signup|share|sharing|social|"
    r"breadcrumb|related|recommend|outbrain|taboola|promo|advert|ads?$|adv$|sponsor|sidebar|widget|"
    r"footer|masthead|navbar|nav$|menu|pagination|pager|popular|trending|most|more$|readmore|"
    r"tags?$|tagcloud|author|byline|bio$|skip|popup|modal|overlay|banner|toolbar|print$|meta$|dateline|"
    r"timestamp|caption|credit|kommentar|teilen|werbung|anzeige|verwandt|empfehlung|partage|commentaire|"
    r"pub$|lire|compartir|relacionad|comentario|publicidad|compartilhar|publicidade|condividi|correlat|"
    r"commenti|pubblicit|hidden|visually|sr$|screen|login|account|search|topics?$|keywords?$|"
    r"newsfeed|teaser|rail|upsell|paywall-?(?:prompt|message|offer)|inline-?(?:ad|promo))"
)
_POS = re.compile(r"^(?:article|story|entry|post|content|body|text|main|blog|prose|rich)")
_WORDS = re.compile(r"[a-z0-9]+|[^\x00-\x7f]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_MAX_DEPTH = 400


@dataclass(slots=True)
class _Segment:
    owner: Tag
    tag: str
    chain: tuple[int, ...]
    text: str
    link_chars: int

    @property
    def weight(self) -> float:
        n = len(self.text)
        cjk = len(_CJK.findall(self.text)) if n and not self.text.isascii() else 0
        return n + 2 * cjk


@dataclass
class _Walk:
    """State of the one tree walk: open blocks, the segment being filled, what was found."""

    segments: list[_Segment] = field(default_factory=list)
    blocks: list[Tag] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_parts: int = 0
    link_depth: int = 0
    last_br: bool = False

    def add(self, text: str) -> None:
        self.parts.append(text)
        if self.link_depth:
            self.link_parts += len(norm(text))
        if text.strip():
            self.last_br = False

    def flush(self) -> None:
        if not self.parts:
            return
        text = norm("".join(self.parts))
        if text and self.blocks:
            owner = self.blocks[-1]
            chain = tuple(id(b) for b in self.blocks)
            self.segments.append(_Segment(owner, owner.name, chain, text, min(self.link_parts, len(text))))
        self.parts = []
        self.link_parts = 0


def _class_words(tag: Tag) -> list[str]:
    cls = tag.get("class")
    ident = tag.get("id")
    raw = " ".join(cls) if isinstance(cls, list) else (cls or "")
    if isinstance(ident, str):
        raw = f"{raw} {ident}"
    return _WORDS.findall(raw.lower()) if raw else []


def _skipped(tag: Tag, name: str) -> bool:
    if name in _SKIP_TAGS:
        return True
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    role = attrs.get("role")
    if isinstance(role, str) and role.lower() in _SKIP_ROLES:
        return True
    style = attrs.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return True
    if name in ("body", "html", "main", "article") or attrs.get("itemprop") in ("articleBody", "text"):
        return False
    if name == "form" and tag.parent is not None and tag.parent.name == "body":
        return False  # a form wrapping the whole page is layout, not a widget
    words = _class_words(tag)
    if not words or any(_POS.match(w) for w in words):
        return name == "form" or (bool(words) and any(_STRONG_NEG.match(w) for w in words))
    return name == "form" or any(_NEG.match(w) for w in words)


_STRONG_NEG = re.compile(r"^(?:comments?$|cookie|consent|gdpr|newsletter|share|sharing|social|breadcrumb|"
                         r"related|recommend|outbrain|taboola|sidebar|footer|disqus|respond|kommentar)")


def _walk(root: Tag) -> list[_Segment]:
    state = _Walk()
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if type(node) is NavigableString:
                state.add(node)
            continue
        if isinstance(node, tuple):  # exit marker
            kind, tag = node
            if kind == "block":
                state.flush()
                state.blocks.pop()
            else:
                state.link_depth -= 1
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            if state.last_br:
                state.flush()
            state.add(" ")
            state.last_br = True
            continue
        if _skipped(node, name) or len(state.blocks) > _MAX_DEPTH:
            continue
        if name in _BLOCK_TAGS:
            state.flush()
            state.blocks.append(node)
            stack.append(("block", node))
        elif name == "a":
            state.link_depth += 1
            stack.append(("link", node))
        stack.extend(reversed(node.contents))
    state.flush()
    return state.segments


def _is_good(seg: _Segment) -> bool:
    weight = seg.weight
    return weight >= 60 and seg.link_chars < 0.3 * len(seg.text) and not seg.tag.startswith("h")


def _pick_container(segments: list[_Segment]) -> int | None:
    net: dict[int, float] = {}
    depth: dict[int, int] = {}
    for seg in segments:
        if seg.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            continue
        value = seg.weight if _is_good(seg) else -0.5 * seg.weight
        for level, key in enumerate(seg.chain):
            net[key] = net.get(key, 0.0) + value
            depth[key] = level
    if not net:
        return None
    return max(net, key=lambda k: (net[k], depth[k]))


def _keep(seg: _Segment) -> bool:
    if seg.tag not in _OUTPUT_TAGS and not seg.tag.startswith("h"):
        return seg.weight >= 60
    if seg.tag in ("h1", "h5", "h6"):
        return False
    return seg.link_chars <= 0.5 * len(seg.text)


def extract_body(soup: BeautifulSoup, title: str | None) -> str | None:
    root = soup.body if isinstance(soup.body, Tag) else soup
    segments = _walk(root)
    best = _pick_container(segments)
    if best is None:
        return None
    chosen = [s for s in segments if best in s.chain and _keep(s)]
    title_key = loose(title or "")
    while chosen and title_key and loose(chosen[0].text) == title_key:
        chosen.pop(0)
    text = "\n\n".join(s.text for s in chosen)
    return text or None


class GenericExtractor:
    """Dependency-free article extractor over ``page.soup``; never raises on hostile HTML."""

    name = "generic"
    version = "1"

    def extract(self, page: Page) -> ArticleRecord:
        soup = page.soup
        md = collect(soup)
        language = find_language(soup, md)
        title = find_title(soup, md, page.url)
        return ArticleRecord(
            url=page.url,
            site=page.site,
            title=title or None,
            published=find_published(soup, md, page.url, language),
            body=extract_body(soup, title),
            authors=find_authors(soup, md),
            language=language,
            extractor=self.name,
            extractor_version=self.version,
        )
