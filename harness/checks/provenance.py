"""Where the body's text came from: each body line looked up in the page's own HTML (replay mode).

Language-free boilerplate evidence: a body line whose element sits in page chrome (``<nav>``,
``<footer>``, ``<aside>``, a form, a site ``<header>``, an ARIA landmark such as ``role=navigation``, or a
block whose class/id says share, related, comments, newsletter, cookie, breadcrumb, sidebar, menu...) and
is mostly link text, or is an item of a list of links, is ``boilerplate.chrome`` (error); chrome without
links, or a link-dense line outside chrome, is ``boilerplate.chrome_weak`` (info), unless it sits
outside the article (the smallest element holding the body's prose lines, :func:`article_region`): there,
a line in chrome, or a line of link text with no chrome tag or class around it (the table layouts of older
pages), is ``boilerplate.chrome``. So is a line that is three or more of the page's links in a row joined
into one (:func:`link_run`), which no element holds whole. The finding shows the element path, e.g.
``body > div.site > footer > ul.links > li``.

The page is parsed once here with ``lxml.html`` (about 1 ms for a 130 KB page, LIBRARY-NOTES), and each
element's text is indexed once; the body's lines are then dictionary look-ups. The last line is also
looked up as the *start* of a longer paragraph of the page: a body that stops mid-sentence where the page
goes on is ``body.truncated`` (error). A short body (three lines at most) whose last line is a whole
paragraph followed, in the same block of the page, by two or more prose paragraphs longer together than the
body is a lead served as the article: ``body.stops_early``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Set
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import Any

from harness.checks.emit import Emitter
from harness.checks.shape import ends_mid_sentence, words
from harness.checks.text import clip, lines, squash

_LINE_MAX = 300  # longer lines are prose; they are not looked up
_TEXT_MAX = 20_000
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"})
_CHROME_TAGS = frozenset({"nav", "footer", "aside", "form", "menu"})
_CONTROLS = frozenset({"select", "option", "label", "button", "textarea"})  # a form's parts, form or not
_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
# class/id words of chrome blocks; not "widget": page builders (Elementor...) call every content block one
_HINTS = frozenset(
    [
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "sidebar",
        "share",
        "sharing",
        "social",
        "related",
        "recommended",
        "recommendations",
        "comments",
        "comment",
        "newsletter",
        "subscribe",
        "subscription",
        "cookie",
        "cookies",
        "consent",
        "breadcrumb",
        "breadcrumbs",
        "promo",
        "promos",
        "masthead",
        "topbar",
        "toolbar",
        "follow",
        "sharebar",
        "socialbar",
        "trending",
        "popular",
        "outbrain",
        "taboola",
    ]
)
_CONTENT = frozenset({"article", "main"})  # a line inside these is content unless chrome sits below
_TOKEN = re.compile(r"[a-z]+")
_LEAVES = frozenset(
    {
        "p",
        "li",
        "dd",
        "dt",
        "td",
        "th",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figcaption",
        "pre",
        "div",
        "span",
    }
)
_LINK_DENSE = 0.5
_LINK_TEXT = 0.9  # a line that is link text (a little plain text around the link allowed)
_PROSE_LINE = 12  # a body line of this many words is the article's prose: where it sits is the article
_NODE_MIN = 50  # characters of a text node the article's prose is found by, when no element holds a line
_RUN_MIN = 3  # links in a row, joined into one line, that make it a navigation or a link row
_RUN_KEY = 4  # characters of a link's text it is found by
_RUN_SEPARATORS = frozenset(" |•·/-–—:,;>»«()[]")
_VISIBLE = (
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
    " or ancestor::svg)]"
)
_CONTINUES_WORDS = 3


class PageText:
    """One page's element texts, indexed once: squashed text -> elements (outermost first). The paragraph
    list and the whole visible text, needed only for a body that ends mid-sentence, are built on demand."""

    def __init__(self, root: Any, wanted: Set[str] | None = None) -> None:
        """``wanted``: the only squashed texts :attr:`by_text` needs (a body's lines), or None for all."""
        self.root = root
        self.by_text: dict[str, list[Any]] = defaultdict(list)
        memo: dict[str, str] = {}
        # an ASCII text shorter than every wanted line cannot squash to one (squashing ASCII only shortens)
        shortest = min(map(len, wanted), default=0) if wanted is not None else 0
        # texts up to what a line can be: longer ones are never built here (see :attr:`raw` for those)
        self._short = _texts(root, 2 * _LINE_MAX)  # kept for :attr:`links`
        for el, raw in self._short.items():
            if not raw or (len(raw) < shortest and raw.isascii()):
                continue
            if len(raw) <= 2 * _LINE_MAX and isinstance(el.tag, str) and el.tag not in _SKIP:
                text = memo.get(raw)
                if text is None:  # squash(), inlined for ASCII text (casefold is lower there)
                    text = " ".join(raw.lower().split()) if raw.isascii() else squash(raw)
                    memo[raw] = text
                if text and len(text) <= _LINE_MAX and (wanted is None or text in wanted):
                    found = self.by_text[text]
                    found.insert(0, el)  # outermost first (parents come later in this order)
                    del found[5:]

    @cached_property
    def raw(self) -> dict[Any, str | None]:
        """Each element's text up to ``_TEXT_MAX`` characters (None beyond), built on first use: only a body
        that ends mid-sentence or early needs the longer texts."""
        return _texts(self.root, _TEXT_MAX)

    @cached_property
    def leaves(self) -> list[tuple[str, Any]]:
        """``(squashed text, element)`` of every paragraph-like element, in document order."""
        out = [(squash(raw), el) for el, raw in self.raw.items() if raw and el.tag in _LEAVES]
        out.reverse()
        return out

    @cached_property
    def links(self) -> tuple[list[str], list[Any], dict[str, list[int]]]:
        """The page's link texts (squashed; the visible text, as :attr:`by_text` reads it: not an icon's
        ``<svg>`` title) and ``<a>`` elements in document order, and the positions of the links by their
        text's first ``_RUN_KEY`` characters: built on first use, for :func:`link_run`."""
        texts: list[str] = []
        els: list[Any] = []
        by_start: dict[str, list[int]] = defaultdict(list)
        for a in self.root.iter("a"):
            raw = self._short.get(a)  # the text built once in __init__; None for a long one (spaces and all)
            if raw is None:
                raw = _texts(a, _TEXT_MAX).get(a) or ""
            flat = " ".join(raw.lower().split()) if raw.isascii() else squash(raw)
            if flat:
                by_start[flat[:_RUN_KEY]].append(len(texts))
                texts.append(flat)
                els.append(a)
        return texts, els, by_start

    @cached_property
    def full(self) -> str:
        """The page's visible text, spaces collapsed, case kept (for a cut inside a ``<div>``'s text)."""
        return " ".join("".join(self.root.xpath(_VISIBLE)).split())


def parse(html: str | bytes) -> Any | None:
    """An lxml tree of ``html`` (text, or its UTF-8 bytes), or None when there is no document to parse.

    A plain ``lxml.etree`` tree, as ``lxml.html.document_fromstring`` parses it but without its per-element
    class look-up (a Python call for every element the checks touch); :func:`text_content` stands in for
    ``HtmlElement.text_content``."""
    import lxml.etree

    try:
        data = html if isinstance(html, bytes) else html.encode("utf-8")
        root = lxml.etree.fromstring(data, parser=_parser())
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None
    return root  # None for a document with no element, as document_fromstring's ParserError


def _parser() -> Any:
    import lxml.etree

    return lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def text_content(el: Any) -> str:
    """``el``'s text with its descendants' (``lxml.html``'s ``text_content()``, for a plain element: the
    parser drops comments and processing instructions, so every text it yields is the element's own)."""
    return "".join(el.itertext())


def _texts(root: Any, limit: int) -> dict[Any, str | None]:
    """Each element's text (as ``text_content`` would give it), built bottom-up in one pass;
    None once longer than ``limit`` (and so for every element around it)."""
    raw: dict[Any, str | None] = {}
    for el in reversed(list(root.iter())):
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            raw[el] = ""
            continue
        parts = [el.text or ""]
        for child in el:
            inner = raw.get(child, "")
            if inner is None:
                parts = []
                break
            parts += [inner, child.tail or ""]
        text = "".join(parts) if parts else None
        raw[el] = text if text is not None and len(text) <= limit else None
    return raw


def index(root: Any, wanted: Set[str] | None = None) -> PageText:
    return PageText(root, wanted)


def page_text(html: str | bytes, body: str | None = None) -> PageText | None:
    """The page's text index, or None when the HTML does not parse. With ``body``, the index holds only
    what that body's lines can be looked up as (the same answers for them, less work)."""
    root = parse(html)
    if root is None:
        return None
    return index(root, None if body is None else _wanted(body))


def _wanted(body: str) -> set[str]:
    return {flat for line in lines(body) if (flat := squash(line)) and len(flat) <= _LINE_MAX}


def _tokens(el: Any) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return set(_TOKEN.findall(raw))


def _step(el: Any) -> str:
    cls = (el.get("class") or "").split()
    ident = el.get("id")
    suffix = f"#{ident}" if ident else (f".{cls[0]}" if cls else "")
    return f"{el.tag}{re.sub(r'[^A-Za-z0-9_#.-]', '', suffix)[:40]}"


def path(el: Any, depth: int = 6) -> str:
    chain = [el, *el.iterancestors()]
    steps = [_step(e) for e in reversed(chain) if isinstance(e.tag, str) and e.tag != "html"]
    return " > ".join(steps if len(steps) <= depth else ["…", *steps[-depth:]])


def _in_content(node: Any) -> bool:
    return any(a.tag in _CONTENT or (a.get("role") or "").lower() == "main" for a in node.iterancestors())


def chrome_at(el: Any) -> tuple[str, Any] | None:
    """Why ``el`` is page chrome (a tag, role or class/id hint on it or an ancestor below the article) and
    the element that makes it so, or None. The walk stops at ``<article>``/``<main>`` (``role=main``) and
    never reads ``<body>``'s classes: layout classes above the content (``body.has-sidebar``) say nothing
    about a line inside it. A form's controls (``<select>``, ``<option>``, ``<label>``, ``<button>``) are
    chrome wherever they sit."""
    for node in (el, *el.iterancestors()):
        tag = node.tag if isinstance(node.tag, str) else ""
        role = (node.get("role") or "").lower()
        if tag in _CONTENT or role == "main" or tag in ("body", "html"):
            return None
        if tag in _CHROME_TAGS or tag in _CONTROLS or (tag == "header" and not _in_content(node)):
            return f"<{tag}>", node
        if role in _ROLES:
            return f"role={role}", node
        hint = _tokens(node) & _HINTS
        if hint:
            return f"{tag}.{sorted(hint)[0]}", node
    return None


def link_share(el: Any, memo: dict[Any, float] | None = None) -> float:
    """The share of ``el``'s text that is link text (``memo``: answers already computed for this page)."""
    if memo is not None:
        share = memo.get(el)
        if share is None:
            share = memo[el] = link_share(el)
        return share
    total = len(squash(text_content(el)))
    if not total:
        return 0.0
    if el.tag == "a" or any(a.tag == "a" for a in el.iterancestors()):
        return 1.0
    linked = sum(len(squash(text_content(a))) for a in el.iter("a"))
    return min(1.0, linked / total)


def in_link_list(el: Any, memo: dict[Any, float] | None = None) -> bool:
    """``el`` is (inside) an item of a list whose items are mostly links (``memo``: see :func:`link_share`;
    the lines of one list would otherwise measure each of its items again)."""
    item = next((n for n in (el, *el.iterancestors()) if n.tag == "li"), None)
    parent = item.getparent() if item is not None else None
    if parent is None:
        return False
    items = [li for li in parent if li.tag == "li"]
    linked = sum(1 for li in items if link_share(li, memo) >= _LINK_DENSE)
    return len(items) >= 3 and linked / len(items) >= 0.6


@dataclass(frozen=True, slots=True)
class Evidence:
    strong: bool
    where: str
    path: str


def article_region(body_lines: list[str], text: PageText) -> Any | None:
    """The smallest element holding the body's prose lines (``_PROSE_LINE`` words or more), when at least
    two are found: where the article sits in the page. A prose line is found as an element's whole text;
    when fewer than two are (a page that writes its article in one element, paragraphs split by
    ``<br>`` or run into one text), by the page's long text nodes it holds or that hold it. None when
    fewer are found, or when that element is the whole ``<body>`` (the lines are spread over the page, and
    nothing is outside)."""
    prose = [flat for line in body_lines if len(line.split()) >= _PROSE_LINE and (flat := squash(line))]
    found = [els[-1] for flat in prose if (els := text.by_text.get(flat))]
    if len(found) < 2:
        found = _holding_prose(prose, text.root)
    if len(found) < 2:
        return None
    chains = [[el, *el.iterancestors()][::-1] for el in found]
    region = None
    for level in zip(*chains, strict=False):
        if any(node is not level[0] for node in level):
            break
        region = level[0]
    return None if region is None or region.tag in ("body", "html") else region


def text_nodes(root: Any, least: int) -> Iterator[tuple[str, Any]]:
    """Each visible text node of ``least`` characters or more, with the element that holds it (its own
    text, or the tail of a child), in document order."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        own = el.text if el.tag not in _SKIP else None
        for raw, holder in ((own, el), (el.tail, el.getparent())):
            if raw and len(raw) >= least and holder is not None and holder.tag not in _SKIP:
                yield raw, holder


def _holding_prose(prose: list[str], root: Any) -> list[Any]:
    """The elements holding the page's text nodes of ``_NODE_MIN`` characters or more that hold a prose line
    or that a prose line holds (a paragraph split by a link, or paragraphs run into one text), when they
    come from two lines or more (else none): one look at each long text node of the page."""
    if len(prose) < 2:
        return []
    nodes: list[str] = []
    holders: list[Any] = []
    for raw, holder in text_nodes(root, _NODE_MIN):
        if len(flat := squash(raw)) >= _NODE_MIN:
            nodes.append(flat)
            holders.append(holder)
    found: list[Any] = []
    lines_hit: set[int] = set()
    joined = "\n".join(prose)  # squashed texts hold no line break: a match never spans two of them
    for flat, holder in zip(nodes, holders, strict=True):
        if (at := joined.find(flat)) >= 0:
            found.append(holder)
            lines_hit.add(joined.count("\n", 0, at))
    texts = "\n".join(nodes)
    starts = list(accumulate((len(flat) + 1 for flat in nodes[:-1]), initial=0))
    for i, line in enumerate(prose):
        if len(line) >= _NODE_MIN and (at := texts.find(line)) >= 0:
            found.append(holders[bisect_right(starts, at) - 1])
            lines_hit.add(i)
    return found if len(lines_hit) >= 2 else []


def _outside(el: Any, region: Any) -> bool:
    return el is not region and all(a is not region for a in el.iterancestors())


def judge(els: list[Any], memo: dict[Any, float] | None = None, region: Any | None = None) -> Evidence | None:
    """Chrome evidence for a line found at ``els`` (outermost first); none if any occurrence is plain
    content (outside the article, an element and the wrappers around it holding the same text are one
    occurrence). ``region``: the article's element (:func:`article_region`). Outside it, a line of link
    text, or a line in chrome other than a ``<header>`` (the article's own may sit apart from its text,
    with the deck) that does not also hold the article (an ASP.NET page's one ``<form>`` holds it all) and
    shares no ``<article>``/``<main>`` with it, is strong evidence: the table layouts of older pages have no
    chrome tags or classes around their link columns, and chrome without links is still not the
    article."""
    best: Evidence | None = None
    # outside the article, an element around another one that holds the same text is that occurrence's
    # wrapper: the inner one sees every chrome tag and link around it (a <table> around a <form> around
    # the line is one form); inside it, every wrapper still counts (a card's "recommended" class inside the
    # article's plain paragraph is not enough)
    around = (
        {a for el in els[1:] for a in el.iterancestors()} if region is not None and len(els) > 1 else set()
    )
    for el in els:
        if el in around and _outside(el, region):
            continue
        found = chrome_at(el)
        where = found[0] if found is not None else None
        dense = link_share(el, memo) >= _LINK_DENSE or in_link_list(el, memo)
        if where is None and not dense:
            return None
        strong = where is not None and dense
        what = where if where else "a link-dense block"
        if where and dense:
            what += ", link text"
        elif region is not None and _outside(el, region):
            if link_share(el, memo) >= _LINK_TEXT:
                strong, what = True, "link text outside the article"
            elif (
                found is not None
                and where != "<header>"  # an article's header, apart from its text: the deck sits there
                and _outside(region, found[1])
                and not _shares_content(el, region)
            ):
                strong, what = True, f"{where}, outside the article"
        ev = Evidence(strong, what, path(el))
        if best is None or (best.strong and not ev.strong):
            best = ev
    return best


def _shares_content(el: Any, region: Any) -> bool:
    """``el`` and the article's element sit in one ``<article>`` or ``<main>`` (``role=main``)."""
    return any(
        (node.tag in _CONTENT or (node.get("role") or "").lower() == "main") and not _outside(region, node)
        for node in el.iterancestors()
    )


def link_run(flat: str, text: PageText) -> tuple[int, Any] | None:
    """``(links, first <a>)`` when the squashed line ``flat`` is ``_RUN_MIN`` or more of the page's links,
    each the next one in document order, with nothing but separators (spaces, bars, bullets, slashes,
    dashes...) between and around them: a navigation or link row the extractor joined into one line, which
    the page holds as no element's whole text. None otherwise."""
    texts, els, by_start = text.links
    size = len(flat)
    first = 0
    while first < size and flat[first] in _RUN_SEPARATORS:
        first += 1
    if flat[first : first + _RUN_KEY] not in by_start:
        return None  # no link of the page starts the line (prose lines end here)
    # a walk over (position in the line, index of the last link), nearest position first: each link has
    # one next, so the ways stay few
    ways: dict[int, set[tuple[int, int]]] = {0: {(-1, 0)}}  # position -> {(last link, links so far)}
    while ways:
        pos = min(ways)
        here = ways.pop(pos)
        start = pos
        while start < size and flat[start] in _RUN_SEPARATORS:
            start += 1
        for last, count in here:
            if start == size:
                if count >= _RUN_MIN:
                    return count, els[last - count + 1]
                continue
            candidates = [last + 1] if last >= 0 else by_start.get(flat[start : start + _RUN_KEY], [])
            for k in candidates:
                if k >= len(texts):
                    continue
                link = texts[k]
                end = start + len(link)
                if flat.startswith(link, start) and (end == size or not flat[end].isalnum()):
                    ways.setdefault(end, set()).add((k, count + 1))
    return None


def line_evidence(body: str, text: PageText) -> Iterator[tuple[str, Evidence]]:
    memo: dict[Any, float] = {}  # link shares of this page's elements, measured once
    body_lines = lines(body)
    region = article_region(body_lines, text)
    for line in body_lines:
        flat = squash(line)
        if len(flat) > _LINE_MAX or not flat:
            continue
        els = text.by_text.get(flat)
        ev = judge(els, memo, region) if els else None
        if (ev is None or not ev.strong) and words(flat) >= _RUN_MIN and (run := link_run(flat, text)):
            ev = Evidence(True, f"a run of {run[0]} of the page's links", path(run[1]))
        if ev is not None:
            yield line, ev


def continuation(last: str, text: PageText) -> str | None:
    """The words that follow ``last`` in a paragraph of the page that starts with it, if any."""
    flat = squash(last)
    for leaf_text, _ in text.leaves:
        if len(leaf_text) > len(flat) and leaf_text.startswith(flat):
            rest = leaf_text[len(flat) :]
            if rest[:1].isalnum():  # the cut fell inside a word: not a clean line end either way
                return rest.strip()
            if words(rest) >= _CONTINUES_WORDS and not re.match(r"\s*[.!?。！？]", rest):
                return rest.strip()
    if flat in text.by_text:  # the line is the whole text of an element: it ends where the page's block ends
        return None
    return _continues_in_text(" ".join(last.split()), text.full)


def _continues_in_text(flat: str, full: str) -> str | None:
    """Where no paragraph starts with the line (text in ``<div>``s and ``<br>``s): the page's visible text
    (case kept) goes on after it with a lowercase word, that is, inside the same sentence."""
    if words(flat) < _CONTINUES_WORDS:
        return None
    start = full.find(flat)
    while start >= 0:
        rest = full[start + len(flat) : start + len(flat) + 80]
        m = re.match(r" ([^\W\d_][\w'’-]*)", rest)
        if m and m.group(1)[0].islower() and words(rest) >= _CONTINUES_WORDS:
            return rest.strip()
        start = full.find(flat, start + 1)
    return None


_WRAPPERS = 4  # levels of elements that hold only the line
_LEAD_LINES = 3  # a body of at most this many lines may be a lead served as the article
_PROSE_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?。！？…\"”’'»)]\s*$")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")  # kana and ideographs: no spaces
_UNSPACED_CHARS = 40  # a sentence of about _PROSE_WORDS words in Chinese or Japanese


def is_prose(raw: str) -> bool:
    """A page paragraph that reads as a sentence or more: ``_PROSE_WORDS`` words, or in a script written
    without spaces ``_UNSPACED_CHARS`` of its characters, ending like a sentence."""
    if not _SENTENCE_END.search(raw):
        return False
    if words(raw) >= _PROSE_WORDS:
        return True
    return not raw.isascii() and len(_UNSPACED.findall(raw)) >= _UNSPACED_CHARS


def _holders(flat: str, text: PageText) -> Iterator[Any]:
    """The elements whose whole text is the line ``flat``: paragraph-like leaves, and the wrappers around
    one that hold nothing else (a ``<span>`` in a ``<p>``, a ``<div>`` around it)."""
    seen: set[Any] = set()
    starts = [el for leaf, el in text.leaves if leaf == flat] + text.by_text.get(flat, [])[-1:]
    for el in starts:
        for _ in range(_WRAPPERS):
            if el is None or el in seen:
                break
            seen.add(el)
            yield el
            el = el.getparent()
            raw = text.raw.get(el) if el is not None else None
            if not raw or squash(raw) != flat:
                break


def rest_of_article(body: str, text: PageText) -> tuple[int, int] | None:
    """For a short body whose last line is a whole paragraph of the page: ``(paragraphs, characters)`` of
    the prose paragraphs that follow it in the same block, when there are at least two and together they
    are longer than the body (the article goes on: a lead or teaser was served as the article)."""
    body_lines = lines(body)
    if not body_lines or len(body_lines) > _LEAD_LINES:
        return None
    flat = squash(body_lines[-1])
    for el in _holders(flat, text):
        count = chars = 0
        for sib in el.itersiblings():
            raw = text.raw.get(sib) if isinstance(sib.tag, str) else None
            if raw and is_prose(raw):
                count, chars = count + 1, chars + len(" ".join(raw.split()))
        if count >= 2 and chars > len(body):
            return count, chars
    return None


def _goes_on(body: str, text: PageText) -> tuple[int, int, str] | None:
    from harness.checks.lead import later_prose

    if (siblings := rest_of_article(body, text)) is not None:
        return (*siblings, "paragraphs")
    return later_prose(body, text)


def check_page(emit: Emitter, body: str, html: str | bytes) -> None:
    """Chrome lines and a truncated end, judged against the page ``html`` the record came from."""
    wanted = ("boilerplate.chrome", "boilerplate.chrome_weak", "body.truncated", "body.stops_early")
    if not any(emit.on(c) for c in wanted) or not lines(body):
        return  # no line to look up (nothing below runs without one): the page is not parsed
    text = page_text(html, body)
    if text is None:
        return
    for line, ev in line_evidence(body, text):
        check = "boilerplate.chrome" if ev.strong else "boilerplate.chrome_weak"
        emit.add(check, "$.body", f"the line comes from page chrome ({ev.where}) at {ev.path}", line)
    last = lines(body)[-1:]
    rest = continuation(last[0], text) if last and ends_mid_sentence(last[0], min_words=1) else None
    if rest is not None:
        emit.add(
            "body.truncated",
            "$.body",
            f"the body stops mid-sentence; the page goes on with {clip(rest, 80)!r}; last line",
            clip(last[0], 200),
        )
    # a last line with no sentence end that the page does not continue (a headline-like lead, a
    # disclosure line) may still be a lead the page's article goes on after
    elif last and emit.on("body.stops_early") and (more := _goes_on(body, text)) is not None:
        emit.add(
            "body.stops_early",
            "$.body",
            f"the body ends where the page's article goes on for {more[0]} more {more[2]}"
            f" ({more[1]} characters); last line",
            clip(last[0], 200),
        )
