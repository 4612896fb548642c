"""Template fingerprints: where on a page the title, the date and the body sit, ignoring the words.

For each field the extractor returned, the fingerprint holds *anchors*: the tag-and-class paths from
``<body>`` down to the elements that carry the value (the heading with the title, the element or
attribute with the date, the container of the body's paragraphs), plus the ``<meta>`` and JSON-LD
sources that repeat it. The article's own text never enters an anchor, so an edited article keeps its
fingerprint, and anything that is not on the path to a field (ads, related links, comment counts,
CSRF tokens, asset URLs) cannot change it.

Class names that look generated (three digits or more, a hash-like part mixing letters and digits,
``css-``/``sc-``/``jsx-`` hashes, ``is-``/``js-`` state classes, A/B-test variants and experiments) and
ids with digits are dropped (``data-*`` and ``style`` attributes never enter a path); paths carry no
sibling positions, so a banner inserted above the article moves nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bs4.element import NavigableString, Tag

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

_SPACE = re.compile(r"\s+")
_GENERATED = re.compile(r"\d{3,}|^(?:css|sc|jsx|emotion|svelte|astro|styled)[-_]|^(?:is|has|js)-|[A-Z]")
_EXPERIMENT = re.compile(r"(?i)variant|experiment|^(?:ab|exp|test)[-_]|[-_](?:ab|exp)[-_]?(?:test)?$")
_SEGMENT = re.compile(r"[-_]+")
_INLINE = frozenset(
    {
        "a",
        "span",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "small",
        "mark",
        "abbr",
        "cite",
        "q",
        "sub",
        "sup",
        "time",
        "font",
        "code",
        "s",
        "ins",
        "del",
        "bdi",
        "bdo",
        "data",
        "var",
    }
)
_META_KEYS = ("property", "name", "itemprop")
_MAX_ANCHORS = 6
_PARA_MIN = 40
_KEY = 24
_BODY_GROUPS = 3
_JSON_DEPTH = 8
_JSON_ITEMS = 200
_DATE_VALUE = 64
#: A body anchor holding less than this share of the body's located text is minor (see ``Fingerprint``).
MINOR_SHARE = 0.1


def squash(text: str | None) -> str:
    """``text`` without any whitespace: inline tags and line breaks cannot make two equal texts differ."""
    return _SPACE.sub("", text or "")


def _generated(token: str) -> bool:
    """A class name a build or an experiment made up: a hash, a number, a state or an A/B variant."""
    if _GENERATED.search(token) or _EXPERIMENT.search(token):
        return True
    return any(
        len(part) >= 5 and sum(c.isdigit() for c in part) >= 2 and not part.isdigit()
        for part in _SEGMENT.split(token)
    )


def _classes(tag: Tag) -> list[str]:
    raw: Any = tag.get("class") or []
    tokens = raw.split() if isinstance(raw, str) else list(raw)
    return sorted({t.lower() for t in tokens if t and not _generated(t)})


def step(tag: Tag) -> str:
    """One path step: ``div.story-body#main`` (generated classes and numbered ids left out)."""
    out = tag.name + "".join("." + c for c in _classes(tag))
    ident = tag.get("id")
    if isinstance(ident, str) and ident and not re.search(r"\d", ident):
        out += "#" + ident.lower()
    return out


def path(tag: Tag) -> str:
    steps = [step(tag)]
    for parent in tag.parents:
        if not isinstance(parent, Tag) or parent.name in ("html", "[document]"):
            break
        steps.append(step(parent))
    return " > ".join(reversed(steps))


def short(anchor: str, keep: int = 3) -> str:
    """The last ``keep`` steps of an anchor, for messages."""
    parts = anchor.split(" > ")
    return ("… > " if len(parts) > keep else "") + " > ".join(parts[-keep:])


def _meta_anchor(meta: Tag) -> str:
    for key in _META_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and value:
            return f"meta[{key}={value.lower()}]"
    return "meta"


def _jsonld_texts(soup: BeautifulSoup) -> Iterator[str]:
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        yield script.string or ""


def _json_strings(node: Any, depth: int = 0) -> Iterator[tuple[str, str]]:
    """``(key, value)`` for every string value in a JSON-LD document (bounded depth: hostile input)."""
    if depth > _JSON_DEPTH:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                yield str(key), value
            else:
                yield from _json_strings(value, depth + 1)
    elif isinstance(node, list):
        for item in node[:_JSON_ITEMS]:
            yield from _json_strings(item, depth + 1)


def jsonld_anchors(soup: BeautifulSoup, matches: Callable[[str], bool]) -> set[str]:
    """``jsonld:<key>`` for each JSON-LD key whose value ``matches``: one blob carries many dates, and the
    key says which one the value came from. An unparsable blob gives ``jsonld`` when its text matches."""
    out: set[str] = set()
    for text in _jsonld_texts(soup):
        try:
            data = json.loads(text, strict=False)  # raw newlines in strings: common, and harmless
        except ValueError:
            if matches(squash(text)):
                out.add("jsonld")
            continue
        out.update(f"jsonld:{key}" for key, value in _json_strings(data) if matches(value))
    return out


def _body(soup: BeautifulSoup) -> Tag | None:
    body = soup.body
    return body if isinstance(body, Tag) else None


def _strings(root: Tag) -> Iterator[tuple[str, NavigableString]]:
    for text in root.find_all(string=True):
        if isinstance(text, NavigableString) and type(text) is NavigableString:
            sq = squash(text)
            if sq:
                yield sq, text


def _block_of(node: NavigableString | Tag) -> Tag | None:
    parent = node.parent
    while isinstance(parent, Tag) and parent.name in _INLINE and parent.parent is not None:
        parent = parent.parent
    return parent if isinstance(parent, Tag) else None


#: Where a page repeats its own headline without being its headline: a link to the article (a ticker, a menu,
#: a "most read" list, a breadcrumb), an item of a list, the site's navigation, footer or a sidebar. These
#: come and go with the page's other stories, so they never anchor the title (an ``<h1>`` that links to its
#: own article still does).
_NOT_HEADLINE = frozenset({"a", "li", "nav", "footer", "aside", "option", "button", "label"})


def _repeats_headline(node: Tag) -> bool:
    """Whether ``node`` sits where a page repeats its headline elsewhere (see ``_NOT_HEADLINE``)."""
    chain = [node, *(p for p in node.parents if isinstance(p, Tag))]
    if any(tag.name == "h1" for tag in chain):
        return False
    return any(tag.name in _NOT_HEADLINE for tag in chain)


def _shown_text(node: Tag) -> str:
    """``node``'s text without the text of its SVG icons (an icon's ``<title>`` is no headline text)."""
    if node.find("svg") is None:
        return node.get_text()
    return "".join(s for s in node.find_all(string=True) if s.find_parent("svg") is None)


def title_anchors(soup: BeautifulSoup, title: str) -> set[str]:
    key = squash(title)
    out = {_meta_anchor(m) for m in soup.find_all("meta") if squash(str(m.get("content") or "")) == key}
    out |= jsonld_anchors(soup, lambda v: squash(html.unescape(v)) == key)
    body = _body(soup)
    if body is None or not key:
        return out
    for sq, text in _strings(body):
        if not key.startswith(sq):
            continue
        node: Tag | None = text.parent
        while isinstance(node, Tag) and node is not body and len(squash(_shown_text(node))) < len(key):
            node = node.parent
        if (
            isinstance(node, Tag)
            and node is not body
            and squash(_shown_text(node)) == key
            and not _repeats_headline(node)
        ):
            out.add(path(node))
    return out


def date_renderings(published: str) -> list[str]:
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return []
    month = day.strftime("%B")
    return [
        squash(s)
        for s in (
            f"{month} {day.day}, {day.year}",
            f"{day.day} {month} {day.year}",
            f"{month[:3]} {day.day}, {day.year}",
            f"{day.day} {month[:3]} {day.year}",
            day.strftime("%d.%m.%Y"),
            day.strftime("%Y/%m/%d"),
            published[:10],
        )
    ]


def _url_attr(attr: str, value: str) -> bool:
    """A link, a source or a class: a date inside it is part of a URL or a name, not the page's date
    markup (``src``, ``data-src``, ``srcset``, ``href``, ``poster``, or any value that is a URL or path)."""
    name = attr.lower()
    return (
        name in ("class", "poster", "action")
        or name.endswith(("src", "srcset", "href"))
        or value.lstrip().startswith(("http:", "https:", "/", "data:"))
    )


def date_anchors(soup: BeautifulSoup, published: str) -> set[str]:
    prefix = published[:10]
    out: set[str] = set()
    for tag in soup.find_all(True):
        for attr, value in tag.attrs.items():
            if isinstance(value, str) and prefix in value and not _url_attr(attr, value):
                out.add(_meta_anchor(tag) if tag.name == "meta" else f"{path(tag)}@{attr}")
    out |= jsonld_anchors(soup, lambda v: len(v) < _DATE_VALUE and prefix in v)
    body = _body(soup)
    renders = date_renderings(published)
    if body is not None and renders:
        for sq, text in _strings(body):
            if any(r in sq for r in renders):
                block = text.parent
                if isinstance(block, Tag):
                    out.add(path(block))
    return out


def _paragraphs(body_text: str) -> list[str]:
    paras = [p for p in (squash(x) for x in re.split(r"\n\s*\n|\n", body_text)) if len(p) >= _PARA_MIN]
    return paras[:8] + paras[-2:] if len(paras) > 10 else paras


def body_anchors(soup: BeautifulSoup, body_text: str) -> set[str]:
    return {anchor for anchor, _ in _body_groups(soup, body_text)}


def _body_groups(soup: BeautifulSoup, body_text: str) -> list[tuple[str, float]]:
    """The parents holding the body's paragraphs, heaviest (most body text) first, at most three, each
    with its share of the located body text."""
    root = _body(soup)
    paras = _paragraphs(body_text)
    if root is None or not paras:
        return []
    keys = {p[:_KEY] for p in paras}
    blocks: dict[int, Tag] = {}
    for sq, text in _strings(root):
        if len(sq) >= _KEY and sq[:_KEY] in keys:
            block = _block_of(text)
            if block is not None:
                blocks[id(block)] = block
    if not blocks:
        return []
    # one anchor per parent that holds body paragraphs, heaviest first: a stray block the extractor
    # also picked up (a header strapline) cannot hide the article's own container
    groups: dict[int, tuple[Tag, set[str], int]] = {}
    for block in blocks.values():
        parent = block.parent
        if not isinstance(parent, Tag):
            continue
        _, names, weight = groups.get(id(parent), (parent, set(), 0))
        names.add(block.name)
        groups[id(parent)] = (parent, names, weight + len(squash(block.get_text())))
    heaviest = sorted(groups.values(), key=lambda g: -g[2])[:_BODY_GROUPS]
    located = sum(g[2] for g in groups.values()) or 1
    return [(f"{path(parent)} {{{','.join(sorted(names))}}}", w / located) for parent, names, w in heaviest]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """The anchors of title, published and body on one page; ``digest`` is their short hash.

    ``container`` is the body's main container (the parent holding most of its text), or ``None``;
    ``minor`` the body anchors holding less than ``MINOR_SHARE`` of its text (a heading or a caption line
    the extractor also took): their coming and going is no template change.
    """

    anchors: Mapping[str, tuple[str, ...]]
    container: str | None = None
    minor: frozenset[str] = frozenset()

    @property
    def digest(self) -> str:
        text = json.dumps({k: list(v) for k, v in sorted(self.anchors.items())}, sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {"digest": self.digest, "anchors": {k: list(v) for k, v in self.anchors.items()}}


def fingerprint(soup: BeautifulSoup, record: Mapping[str, Any] | None) -> Fingerprint:
    """The template fingerprint of a page, located through the values its extraction returned."""
    record = record or {}
    anchors: dict[str, set[str]] = {}
    container: str | None = None
    if isinstance(record.get("title"), str) and record["title"].strip():
        anchors["title"] = title_anchors(soup, record["title"])
    if isinstance(record.get("published"), str) and len(record["published"]) >= 10:
        anchors["published"] = date_anchors(soup, record["published"])
    minor: frozenset[str] = frozenset()
    if isinstance(record.get("body"), str) and record["body"].strip():
        groups = _body_groups(soup, record["body"])
        anchors["body"] = {anchor for anchor, _ in groups}
        container = groups[0][0] if groups else None
        minor = frozenset(anchor for anchor, share in groups if share < MINOR_SHARE)
    return Fingerprint({k: _kept(v) for k, v in anchors.items()}, container, minor)


def _kept(anchors: set[str]) -> tuple[str, ...]:
    """At most ``_MAX_ANCHORS`` metadata anchors (``meta[...]``, ``jsonld:...``) and as many element paths,
    each kind in sorted order: a page with many element anchors cannot crowd out its metadata ones."""
    meta = sorted(a for a in anchors if a.startswith(("meta", "jsonld")))
    paths = sorted(a for a in anchors if not a.startswith(("meta", "jsonld")))
    return tuple(meta[:_MAX_ANCHORS] + paths[:_MAX_ANCHORS])


def moved_fields(recorded: Fingerprint, live: Fingerprint) -> frozenset[str]:
    """Fields whose live value sits in none of the places the recorded value sat (element changed or gone).

    A field the recording could not locate (no anchors) is never "moved": there is nothing to compare. The
    body has moved when its main container is not among the live body's containers.
    """
    out = set()
    for name, old in recorded.anchors.items():
        if old and not set(old) & set(live.anchors.get(name, ())):
            out.add(name)
    if recorded.container and recorded.container not in live.anchors.get("body", ()):
        out.add("body")  # the main container went, even if a stray block (a strapline) stayed
    return frozenset(out)


def first_difference(old: str, new: str, context: int = 1, keep: int = 3) -> tuple[str, str]:
    """Both anchors shown from one step before the first step where they differ (``keep`` steps after it).

    ``body > div.page > main > h1`` vs ``body > div.grid > div.page > main > h1`` gives
    ``body > div.page > main > …`` and ``body > div.grid > div.page > …``: the difference is always in view.
    """
    a, b = old.split(" > "), new.split(" > ")
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    start = max(0, same - context)

    def show(parts: list[str]) -> str:
        end = min(len(parts), same + keep)
        head = "… > " if start else ""
        tail = " > …" if end < len(parts) else ""
        return head + " > ".join(parts[start:end]) + tail

    return show(a), show(b)


def _closest(anchor: str, others: list[str]) -> str | None:
    def shared(other: str) -> int:
        n = 0
        for x, y in zip(anchor.split(" > "), other.split(" > "), strict=False):
            if x != y:
                break
            n += 1
        return n

    return max(others, key=shared) if others else None


def _diff_text(gone: list[str], came: list[str]) -> str:
    if not gone or not came:
        shown = ", ".join(f"`{short(a)}`" for a in (gone or came))
        return f"{shown} -> nothing" if gone else f"nothing -> {shown}"
    pairs = []
    for anchor in gone:
        other = _closest(anchor, came)
        assert other is not None
        left, right = first_difference(anchor, other)
        pairs.append(f"`{left}` -> `{right}`")
    extra = [a for a in came if all(_closest(g, came) != a for g in gone)]
    pairs += [f"nothing -> `{short(a)}`" for a in extra]
    return "; ".join(pairs)


def template_changes(recorded: Fingerprint, live: Fingerprint) -> list[tuple[str, str]]:
    """``(field, reason)`` for each field whose anchors differ; fields missing on either side are skipped.

    Each changed anchor is shown beside its closest counterpart, from where the two first differ.
    """
    out: list[tuple[str, str]] = []
    for name in ("title", "published", "body"):
        old, new = set(recorded.anchors.get(name, ())), set(live.anchors.get(name, ()))
        if name == "body":
            old, new = old - recorded.minor, new - live.minor
        if name not in recorded.anchors or name not in live.anchors or old == new:
            continue
        text = _diff_text(sorted(old - new), sorted(new - old))
        out.append((name, f"{name}: template around it changed: {text}"))
    return out
