"""Page metadata for the generic extractor: JSON-LD, meta tags, date, authors, language.

Everything reads a shared, read-only BeautifulSoup tree and never mutates it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup
from bs4.element import Tag

ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "liveblogposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "socialmediaposting",
        "posting",
    }
)
_AUTHOR_META = (
    "author",
    "article:author",
    "sailthru.author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "citation_author",
    "twitter:creator:name",
)
_SPACE = re.compile(r"\s+")
_LD_JSON = re.compile(r"ld\+json", re.I)
_LANG = re.compile(r"^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$")
_NAME_JUNK = re.compile(r"https?:|www\.|\.(?:com|org|net)\b|^@|[<>{}=|/*()\[\]?!]|\d", re.I)
_BY_PREFIX = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:by|von|par|por|di|da|de|from|text|texte|autor|author|auteur)\s*:?\s+", re.I
)
_COMMENTS = re.compile(r"comment|kommentar|respond|reply|review", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\bsowie\b)\s*", re.I)


# Invisible characters a page's HTML carries into a title or a name: a soft hyphen ("&shy;", the layout's
# line breaks), a word joiner, a byte-order mark; and a zero-width space, except in the scripts that mark
# word breaks with one (Thai, Lao, Khmer, Burmese). The zero-width (non-)joiners stay: Persian, the Indic
# scripts and emoji sequences write them on purpose. As ``title.markup_leak`` (checks/fields.py) reads them.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")
_ZERO_WIDTH_SPACE = "\u200b"
_WORD_BREAK_SCRIPTS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def squash(text: str | None) -> str:
    """Whitespace-normalised text ('' for None), every other character kept: a body's text, whose soft
    hyphens the outside sets' clean bodies keep as the page writes them (fundus, Readability.js, Zyte's),
    and a third-party extractor's text as the library wrote it (:mod:`.adapters`)."""
    return _SPACE.sub(" ", text).strip() if text else ""


def norm(text: str | None) -> str:
    """Whitespace-normalised text without invisible characters ('' for None): a title, a name, a date."""
    if not text:
        return ""
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
        if _ZERO_WIDTH_SPACE in text and _WORD_BREAK_SCRIPTS.search(text) is None:
            text = text.replace(_ZERO_WIDTH_SPACE, "")
    return squash(text)


def tags(root: Tag, names: frozenset[str] | str, limit: int = 0) -> list[Tag]:
    """Elements named ``names`` under ``root`` in document order: ``find_all`` without bs4's filter machinery,
    which costs several times a plain walk over the tree (bs4 4.15, measured on the corpus)."""
    wanted = frozenset({names}) if isinstance(names, str) else names
    out: list[Tag] = []
    for node in root.descendants:
        if type(node) is Tag and node.name in wanted:
            out.append(node)
            if len(out) == limit:
                break
    return out


def with_class(root: Tag, pattern: re.Pattern[str], limit: int) -> list[Tag]:
    """Elements whose class names match ``pattern``, in document order (``find_all(class_=...)``, faster)."""
    out: list[Tag] = []
    for node in root.descendants:
        if type(node) is Tag and node.attrs and "class" in node.attrs:
            cls = node.attrs["class"]
            names = cls if isinstance(cls, list) else [str(cls)]
            if any(pattern.search(n) for n in names):
                out.append(node)
                if len(out) == limit:
                    break
    return out


def loose(text: str) -> str:
    """Lower-case alphanumerics only, for comparing titles written with different punctuation."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


@dataclass
class Metadata:
    """What the page says about itself, collected in one pass over ``<meta>`` and JSON-LD."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    ld_articles: list[dict[str, Any]] = field(default_factory=list)
    ld_other: list[dict[str, Any]] = field(default_factory=list)

    def first(self, *names: str) -> str | None:
        for name in names:
            for value in self.meta.get(name, ()):
                if value:
                    return value
        return None

    def ld(self, key: str) -> Iterator[Any]:
        for obj in [*self.ld_articles, *self.ld_other]:
            if key in obj:
                yield obj[key]


def _walk_ld(data: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:200]:
            _walk_ld(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        for key in ("@graph", "mainEntity", "itemListElement", "hasPart"):
            if key in data:
                _walk_ld(data[key], out, depth + 1)


def _ld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


# A JSON-LD script wrapped in a CDATA section (XHTML habit: ``<![CDATA[ {...} ]]>``, often behind ``//``).
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def _ld_json(text: str) -> Any:
    """The JSON-LD block's data; a complete object followed by junk (a stray closing brace, a second
    object without a comma) keeps that first object."""
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            return None
        try:
            return json.loads(text[: exc.pos], strict=False)
        except (ValueError, RecursionError):
            return None
    except (ValueError, RecursionError):
        return None


# A character reference written out in full, with its semicolon ("&amp;", "&#8217;", "&#x27;"): what a CMS
# that escapes its strings for HTML leaves in the JSON. A bare "&" ("R&D") or a legacy name without its
# semicolon ("&param=2" in an address, which ``html.unescape`` alone would read as "¶m=2") is no reference.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LD_DEPTH = 24  # the nesting a JSON-LD block's strings are read down to (the walk above reads 6 levels)


def _reference(m: re.Match[str]) -> str:
    return html.unescape(m.group())


def _unescaped(data: Any, depth: int = 0) -> Any:
    """``data`` with the character references of its strings read, once ("&amp;amp;" is "&amp;"): the
    JSON-LD text fields (headline, names, dates, articleBody) as the page means them. Keys stay."""
    if isinstance(data, str):
        return _REFERENCE.sub(_reference, data) if "&" in data else data
    if depth > _LD_DEPTH:
        return data
    if isinstance(data, list):
        return [_unescaped(v, depth + 1) for v in data]
    if isinstance(data, dict):
        return {k: _unescaped(v, depth + 1) for k, v in data.items()}
    return data


def collect(soup: BeautifulSoup) -> Metadata:
    md = Metadata()
    found = tags(soup, frozenset({"meta", "script"}))
    for tag in (t for t in found if t.name == "meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str):
            # RDFa allows several properties in one attribute ("og:title twitter:title"): each gets the value
            for name in key.lower().split()[:8]:
                md.meta.setdefault(name, []).append(norm(content))
    objects: list[dict[str, Any]] = []
    for script in (t for t in found if t.name == "script" and _LD_JSON.search(str(t.get("type") or ""))):
        raw = script.string or ""
        if len(raw) > 2_000_000:
            continue
        data = _ld_json(_CDATA.sub("", raw).strip().rstrip(";"))
        if data is not None:
            if "&" in raw or "\\u0026" in raw:
                data = _unescaped(data)
            _walk_ld(data, objects)
    for obj in objects:
        (md.ld_articles if _ld_types(obj) & ARTICLE_TYPES else md.ld_other).append(obj)
    return md


def ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return norm(value) if isinstance(value, str) and value.strip() else None


# --- date --------------------------------------------------------------------------------------------


def find_published(
    soup: BeautifulSoup,
    md: Metadata,
    url: str,
    language: str | None,
    html: str | None = None,
    title: str | None = None,
) -> str | None:
    """The publication date; see :mod:`harness.extractors._published`."""
    from harness.extractors._published import find_published as _find

    return _find(soup, md, url, language, html, title)


# --- authors -----------------------------------------------------------------------------------------


def _clean_names(values: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        value = _BY_PREFIX.sub("", norm(value))
        for name in _NAME_SPLIT.split(value):
            name = name.strip(" .,:;|-–")
            key = name.lower()
            if not (2 <= len(name) <= 60) or len(name.split()) > 6 or _NAME_JUNK.search(name) or key in seen:
                continue
            if not any(ch.isalpha() for ch in name):
                continue
            seen.add(key)
            out.append(name)
    return out


def _ld_authors(md: Metadata) -> list[str]:
    names: list[str] = []
    for obj in md.ld_articles:
        value = obj.get("author") or obj.get("creator")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                item = item.get("name")
            if isinstance(item, list):
                names.extend(x for x in item if isinstance(x, str))
            elif isinstance(item, str):
                names.append(item)
    return names


_BYLINE_CLASS = re.compile(r"byline|author", re.I)


def _in_comments(el: Tag) -> bool:
    for parent in el.parents:
        if parent.name in ("form", "footer", "aside"):
            return True
        marks = " ".join(parent.get("class") or ()) + " " + str(parent.get("id") or "")
        if _COMMENTS.search(marks):
            return True
    return False


def _visible_names(elements: list[Any]) -> list[str]:
    """Names from the first byline-like element outside comments: one story's byline, not a feed's."""
    for el in elements:
        if not isinstance(el, Tag) or len(el.get_text()) > 200 or _in_comments(el):
            continue
        names = _clean_names([norm(el.get_text(" "))])
        if names:
            return names
    return []


def find_authors(soup: BeautifulSoup, md: Metadata) -> tuple[str, ...]:
    sources: list[Callable[[], list[str]]] = [
        lambda: _ld_authors(md),
        lambda: [v for n in _AUTHOR_META for v in md.meta.get(n, ())],
        lambda: _visible_names(soup.find_all(["a", "link"], rel="author", limit=10)),
        lambda: _visible_names(with_class(soup, _BYLINE_CLASS, 20)),
    ]
    for source in sources:
        names = _clean_names(source())
        if names:
            return tuple(names[:10])
    return ()


# --- language ----------------------------------------------------------------------------------------


def bcp47(value: str | None) -> str | None:
    """``en_US`` -> ``en-US``; ``None`` for anything that is not a language tag."""
    if not value:
        return None
    tag = value.strip().split(",")[0].split(";")[0].strip().replace("_", "-")
    if not _LANG.match(tag) or tag.lower() in ("und", "xx", "zxx"):
        return None
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


def find_language(soup: BeautifulSoup, md: Metadata) -> str | None:
    html = soup.find("html")
    candidates: list[Any] = []
    if isinstance(html, Tag):
        candidates += [html.get("lang"), html.get("xml:lang")]
    candidates += [md.first("content-language", "language", "dc.language"), md.first("og:locale")]
    candidates += list(md.ld("inLanguage"))
    for value in candidates:
        if isinstance(value, dict):
            value = value.get("alternateName") or value.get("name")
        lang = bcp47(value) if isinstance(value, str) else None
        if lang:
            return lang
    return None
