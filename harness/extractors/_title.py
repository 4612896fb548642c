"""Headline for the generic extractor: metadata candidates checked against the page's own ``<h1>``.

Site names are stripped from the ends of candidates ("Headline | Site", "Site » Section » Headline")
using ``og:site_name``, the publisher and the domain; the candidate that agrees with an ``<h1>`` wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Any
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from harness.extractors._metadata import Metadata, ld_text, loose, norm, tags
from harness.paths import site_for_url

__all__ = ["find_title", "learned_sites", "strip_site"]

# An underscore separates only next to a CJK character ("标题_智能_好奇心日报"); "snake_case" stays whole.
_SEPARATORS = re.compile(
    r"\s+(?:--?|–|—|::|·|•|»|«|/|:)\s+|\s*[|｜]\s*"
    r"|(?<=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef])_|_(?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef])")
# "Site: Headline", the site name written against its colon
_SITE_COLON = re.compile(r"^([^:|]{2,40}?)\s*[:：]\s+(?=\S)")


def _site_names(md: Metadata, url: str) -> set[str]:
    names = {md.first("og:site_name", "application-name", "twitter:site") or ""}
    for pub in md.ld("publisher"):
        names.add(ld_text(pub) or "")
    host = urlsplit(url).hostname or ""
    labels = [lab for lab in host.split(".") if lab not in ("www", "m", "amp", "edition")]
    if labels:
        names.add(labels[0])
        names.add(".".join(labels))
    domain = site_for_url(url)  # the registrable domain: "news.example.co.uk" -> example.co.uk
    if "." in domain and not domain.endswith(".invalid"):
        names.add(domain)
        names.add(domain.split(".")[0])
    return {loose(n.lstrip("@")) for n in names if n and loose(n)}


def learned_sites(titles: Sequence[str]) -> set[str]:
    """Site names learned from the ``<title>``s of a site's pages: an end part that two or more share.

    Only parts cut off by a separator count ("Review: ..." shared by two reviews names no site).

    "Flood warning lifted | The Morning Ledger" and "Council meets | The Morning Ledger" name the site
    "The Morning Ledger" even where no page's metadata does. Order-free: a set in, a set out.
    """
    ends: dict[tuple[int, str], set[str]] = {}
    for title in titles:
        parts = _SEPARATORS.split(title)
        if len(parts) < 2:
            continue
        for end, part in ((0, parts[0]), (-1, parts[-1])):
            if len(part) <= 60 and loose(part):
                ends.setdefault((end, loose(part)), set()).add(title)
    return {key for (_end, key), seen in ends.items() if len(seen) >= 2}


def shared_tails(titles: Sequence[str], sites: set[str]) -> set[str]:
    """Tails that two or more of a site's ``<title>``s end in, from their first mark on, holding a site name.

    "Gipfel vertagt-Politikㅣ Morgenblatt" and "Neue Brücke-Politikㅣ Morgenblatt" end in
    "-Politikㅣ Morgenblatt", which names the site ("morgenblatt") with a separator no rule knows.
    """
    rev = sorted({t.strip()[::-1] for t in titles if t.strip()})
    out: set[str] = set()
    for a, b in pairwise(rev):
        tail = a[: _common_start(a, b)][::-1]
        mark = _MARK.search(tail)
        if mark is None:
            continue
        tail = tail[mark.start():]
        key = loose(tail)
        if len(tail) >= 4 and any(len(s) >= 3 and s in key for s in sites):
            out.add(tail)
    return out


_MARK = re.compile(r"[^\w\s]")


def _cut_tails(title: str, tails: set[str]) -> str:
    """``title`` without the longest of ``tails`` it ends in, when a headline is left before it."""
    for tail in sorted(tails, key=len, reverse=True):
        if title.endswith(tail) and len(loose(title[: -len(tail)])) >= 8:
            return title[: -len(tail)].rstrip()
    return title


def _is_site(part: str, sites: set[str]) -> bool:
    key = loose(part)
    if not key:
        return True
    return any(
        key == s or (len(s) >= 4 and (s in key or key in s) and len(key) <= len(s) + 12) for s in sites
    )


def strip_site(title: str, sites: set[str]) -> str:
    """Drop site-name parts from the ends of ``title`` ("Headline | Site", "Site » Section » Headline")."""
    colon = _SITE_COLON.match(title)
    if colon and _is_site(colon.group(1), sites):
        title = title[colon.end():]
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    stripped: list[int] = []
    for end in (-1, 0):
        while len(parts) > 1 and _is_site(parts[end], sites):
            parts.pop(end)
            stripped.append(end)
    # An unnamed short segment next to a stripped site name ("Site » Section » Headline"), or alone at the
    # end of a much longer title, is a section or the site itself.
    for end in dict.fromkeys(stripped or [-1]):
        rest = " ".join(parts[1:] if end == 0 else parts[:-1])
        if len(parts) > 1 and len(parts[end].split()) <= 3 and len(parts[end]) * 3 < len(rest):
            parts.pop(end)
    return _rejoin(title, parts)


def _names_site(text: str, sites: set[str]) -> bool:
    """``text`` has two or more separated parts and one of them is a site name."""
    parts = _SEPARATORS.split(text)
    return len(parts) > 1 and any(loose(p) and _is_site(p, sites) for p in parts)


def _rejoin(title: str, parts: list[str]) -> str:
    """The stretch of ``title`` from the first kept part to the last, original separators included."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    if start < 0 or end <= start:
        return " ".join(parts)
    return title[start:end].strip()


def _h1s(soup: BeautifulSoup) -> list[Tag]:
    return [h1 for h1 in tags(soup, "h1", 6) if 3 <= len(norm(h1.get_text(" "))) <= 400]


# Containers whose headings are not the page's headline: menus, sidebars, widgets, comments, footers.
_NOT_CONTENT = re.compile(r"\b(?:nav|menu|sidebar|widget|footer|comments?|related|breadcrumbs?)\b", re.I)
_LANDMARKS = frozenset({"nav", "aside", "footer"})


def _label(el: Tag, attribute: str) -> str:
    """``el``'s classes and one more attribute (its id, its style), as one string."""
    names: Any = el.get("class") or []
    return " ".join(names if isinstance(names, list) else [str(names)]) + " " + str(el.get(attribute, ""))


def _outside_content(el: Tag) -> bool:
    for parent in el.parents:
        if parent.name in _LANDMARKS:
            return True
        label = _label(parent, "id")
        if label.strip() and _NOT_CONTENT.search(label.replace("-", " ").replace("_", " ")):
            return True
    return False


def _lead_headings(soup: BeautifulSoup, limit: int = 3) -> list[Tag]:
    """On a page without a headline ``<h1>``: the h2s before its first paragraph of text, outside menus."""
    out: list[Tag] = []
    for node in soup.descendants:
        if type(node) is not Tag:
            continue
        if node.name == "p" and len(node.get_text()) >= 100:
            break
        if node.name == "h2" and len(_words(node.get_text(" "))) >= 2 and not _outside_content(node):
            out.append(node)
            if len(out) == limit:
                break
    return out


def _end_heading(soup: BeautifulSoup, raw: list[str], sites: set[str]) -> str | None:
    """An ``<h2>`` outside menus that is one end of a multi-part metadata title ("Site - Section » Headline"
    over an ``<h2>`` "Headline"): the page shows which part is its headline; the others name the site. An
    end that is a site name is not the headline, whatever heading shows it ("The Example Blog")."""
    ends: set[str] = set()
    for title in raw:
        parts = [loose(p) for p in _SEPARATORS.split(title)]
        if len(parts) > 1:
            ends |= {p for p in (parts[0], parts[-1]) if p and not _is_site(p, sites)}
    if not ends:
        return None
    for h2 in tags(soup, "h2", 20):
        text = heading_text(h2)
        if len(loose(text)) >= 8 and loose(text) in ends and not _outside_content(h2):
            return text
    return None


def _in_address(heading: str, url: str) -> bool:
    """The address's last segment spells the heading ("/essen/westviertel-rundgang.html" under
    "Westviertel-Rundgang"): the site named the page after it."""
    path = unquote(urlsplit(url).path).rstrip("/")
    last = re.sub(r"\.\w{2,5}$", "", path.rsplit("/", 1)[-1])
    key = loose(heading)
    return len(key) >= 6 and key == loose(last)


def _agreed(md: Metadata, sites: set[str], cands: list[str]) -> bool:
    """The structured data's article headline and another metadata title say the same (site names aside):
    the page's headline, over a lead heading that is not it (a deck, a teaser)."""
    heads = [ld_text(obj.get("headline")) for obj in md.ld_articles]
    keys = [loose(c) for c in cands]
    return any(key and keys.count(key) > 1 for key in {loose(strip_site(h, sites)) for h in heads if h})


def _spelled(soup: BeautifulSoup, cands: list[str]) -> str | None:
    """On a page without a headline ``<h1>``: an ``<h2>`` or ``<h3>`` outside menus that spells a metadata
    title, further down than the lead headings (a section label "Reports" above the story's own heading)."""
    keys = {loose(c) for c in cands if len(loose(c)) >= 8}
    for h in tags(soup, frozenset({"h2", "h3"}), 30):
        text = heading_text(h)
        if loose(text) in keys and not _outside_content(h):
            return text
    return None


def _is_label(h1: Tag, text: str, raw: list[str]) -> bool:
    """A one-word ``<h1>`` ("Page", "User") that no metadata title contains labels a box, not the page; one
    that a title holds only as a middle part ("Site | Culture | Books | Headline": "Books") labels a
    section."""
    key = loose(text)
    if len(re.findall(r"\w+", text)) != 1:
        return False
    if not any(key in loose(r) for r in raw):
        return True
    middles = [[loose(p) for p in _SEPARATORS.split(r)] for r in raw]
    return any(key in parts[1:-1] for parts in middles) and not any(
        key in (parts[0], parts[-1]) for parts in middles)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 1}


def _similar(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) >= 0.5 * len(wa | wb)


def _widens(heading: str, cand: str) -> bool:
    """A metadata title of one or two words that the heading holds whole among two or more others names
    the page's topic ("Arbeit" over "Wir kämpfen für gute Arbeit"): the heading is the headline. A word of
    five letters or more counts in an inflected form too ("Joghurt" in "Unsere Joghurts")."""
    small, large = _words(cand), _words(heading)

    def held(word: str) -> bool:
        return word in large or (len(word) >= 5 and any(
            w.startswith(word) and len(w) - len(word) <= 2 for w in large))

    return 1 <= len(small) <= 2 and all(map(held, small)) and len(large) >= len(small) + 2


def _common_start(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _reworded(heading: str, cands: list[str]) -> bool:
    """``heading`` shares two or more words of four letters or more with a metadata title: the same story,
    worded again for search engines and sharing (a site's name or a section label shares none)."""
    words, key = {w for w in _words(heading) if len(w) >= 4}, loose(heading)
    if any(_common_start(key, loose(c)) * 5 >= len(key) * 2 for c in cands):
        return False  # the same headline opening, another tail (a byline, a subtitle): the metadata's
    return any(len(words & {w for w in _words(c) if len(w) >= 4}) >= 2 for c in cands)


# The page's own markup naming its headline: schema.org's ``itemprop="headline"``, hAtom's ``entry-title``, a
# class or id that says "headline" (``hero-headline``, ``article-title``)
_HEADLINE_MARK = re.compile(r"\bheadline\b|\b(?:entry|post|article|story)[-_ ]?(?:title|heading)\b", re.I)


def _marked(h1: Tag) -> bool:
    """``h1`` (or an element it wraps) is marked as the page's headline by its itemprop, class or id."""
    for el in [h1, *h1.find_all(True, limit=4)]:
        if "headline" in str(el.get("itemprop", "")).lower() or _HEADLINE_MARK.search(_label(el, "id")):
            return True
    return False


def _shown_over(heading: Tag, headings: list[Tag], text: str, cands: list[str]) -> bool:
    """The one heading the page marks as its headline, worded otherwise than every metadata title, is the
    headline; the metadata words the page for search engines. Not when a metadata title opens as the
    heading does (the same headline with another tail: the metadata's), nor when several headings are
    marked (a list of stories)."""
    key = loose(text)
    if not _marked(heading) or any(_marked(h) for h in headings if h is not heading):
        return False
    return not any(_common_start(key, loose(c)) * 5 >= len(key) * 2 for c in cands)


def _part(h1: Tag, key: str) -> Tag | None:
    return next((c for c in h1.find_all(True, limit=10) if loose(c.get_text()) == key), None)


def _has_part(h1: Tag, key: str) -> bool:
    return _part(h1, key) is not None


# Ruby annotations (readings over CJK characters) are not part of the headline's text.
_RUBY_NOTES = frozenset({"rt", "rp"})
# Scripts written without spaces between words: two of their characters split by markup join up again.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]")


def _up_to(node: NavigableString, top: Tag) -> Iterator[Tag]:
    for parent in node.parents:
        if parent is top:
            return
        yield parent


def heading_text(el: Tag, skip: Tag | None = None) -> str:
    """The text of a heading as read: ruby readings left out, CJK characters split by markup joined up
    again (spaces the page wrote kept); ``skip``'s text (a kicker in its own element) left out too."""
    out = ""
    for s in el.descendants:
        if type(s) is not NavigableString or any(p.name in _RUBY_NOTES or p is skip for p in _up_to(s, el)):
            continue
        text = str(s)
        glued = out and text and _UNSPACED.match(out[-1]) and _UNSPACED.match(text[0])
        out += text if glued else " " + text
    return norm(out)


_COLON_KICKER = re.compile(r"^([^:|]{2,60}?)\s*[:：]\s+(?=\S)")


def _kicker_split(h1: Tag, raw: str) -> str | None:
    """``raw`` is "Kicker - Headline" (or "Kicker: Headline") and the h1 shows the kicker in its own
    element: the headline, as the h1 writes it when it holds more than the metadata."""
    parts = _SEPARATORS.split(raw, maxsplit=1)
    colon = _COLON_KICKER.match(raw)
    if len(parts) != 2 and colon and not any(c in h1.get_text() for c in ":："):
        # "Kicker: Headline" in the metadata, the h1 without the colon: the kicker is a label above it
        # (an h1 that writes "Kicker:" keeps it, as in "Alito and Prelogar: ...")
        parts = [colon.group(1), raw[colon.end():]]
    if len(parts) != 2:
        return None
    kicker = _part(h1, loose(parts[0]))
    if kicker is None:
        return None
    if loose(parts[0]) + loose(parts[1]) == loose(h1.get_text()):
        return norm(parts[1])
    rest, head, tail = heading_text(h1, skip=kicker), loose(parts[0]), loose(parts[1])
    # the h1 opens with the kicker, and goes on as the metadata's headline does
    fits = loose(h1.get_text()).startswith(head) and loose(rest).startswith(tail[:10])
    return rest if fits and len(loose(rest)) > max(len(head), 10) else None


def _opens(heading: str, cand: str) -> bool:
    """A heading that ends in a colon and opens the metadata's title is its kicker, cut off: "Open
    Journalism Project:" over "The Open Journalism Project: Better Student Journalism"."""
    return heading.rstrip().endswith((":", "：")) and len(loose(cand)) > len(loose(heading))


_HIDDEN = re.compile(
    r"\b(?:hidden|sr-only|visually-hidden|screen-reader(?:-text)?|offscreen)\b|display:\s*none", re.I)


def _hidden(el: Tag) -> bool:
    """Hidden from sight by its class or style: a heading for screen readers and search engines."""
    return bool(_HIDDEN.search(_label(el, "style")))


def _title_ends(page_title: str) -> tuple[set[str], int]:
    """The keys a logo may spell in a multi-part <title>: one end part, or a run of them ("Headline - Section
    - Site" under a logo "Section - Site"); and the title's key length."""
    parts = [loose(p) for p in _SEPARATORS.split(page_title)]
    cuts = range(1, len(parts))
    ends = {"".join(parts[:k]) for k in cuts} | {"".join(parts[k:]) for k in cuts}
    return ends, sum(map(len, parts))


def _is_logo(h1: Tag, text: str, ends: tuple[set[str], int]) -> bool:
    """An h1 that links somewhere, or is hidden, and names one end of a multi-part <title> (one part or a
    run of parts, ``ends``) is the site's logo."""
    key = loose(text)
    if key not in ends[0]:
        return False
    links = [a for a in [h1.find_parent("a"), *h1.find_all("a", limit=3)] if a is not None]
    if any(_to_home(str(a.get("href", ""))) for a in links):
        return True  # a link to the site's home page
    rest = ends[1] - len(key)
    return rest > len(key) and (bool(links) or _hidden(h1))


def _to_home(href: str) -> bool:
    """``href`` leads to a site's home page: ``/``, ``https://host/`` (no path, no query)."""
    parts = urlsplit(href.strip())
    return parts.path in ("", "/") and not parts.query and bool(parts.netloc or parts.path)


def _title_sources(soup: BeautifulSoup, md: Metadata) -> list[str]:
    raw: list[str] = []
    for obj in md.ld_articles:
        raw.append(ld_text(obj.get("headline")) or ld_text(obj.get("name")) or "")
    raw += [md.first("og:title") or "", md.first("twitter:title") or "", md.first("title", "dc.title") or ""]
    title_tag = soup.find("title")
    raw.append(norm(title_tag.get_text()) if isinstance(title_tag, Tag) else "")
    return [r for r in raw if r and len(r) <= 600]


def find_title(soup: BeautifulSoup, md: Metadata, url: str, site_titles: Sequence[str] = ()) -> str | None:
    """The headline. ``site_titles``: the ``<title>``s of the site's pages in the run (site-name evidence)."""
    sites = _site_names(md, url) | learned_sites(site_titles)
    raw = _title_sources(soup, md)
    tails = shared_tails(site_titles, sites) if len(site_titles) > 1 else set()
    raw = [_cut_tails(r, tails) for r in raw] if tails else raw
    h1s = _h1s(soup)
    texts = {id(h): heading_text(h) for h in h1s}
    ends = _title_ends(raw[-1]) if raw and h1s else (set(), 0)
    logos = [h for h in h1s if _is_logo(h, texts[id(h)], ends)]
    for h1 in logos:
        sites.add(loose(texts[id(h1)]))
        h1s.remove(h1)
    h1s = [h for h in h1s if not _is_label(h, texts[id(h)], raw)]
    lead = not h1s
    if lead:
        h1s = _lead_headings(soup)
        texts.update((id(h), heading_text(h)) for h in h1s)
    cands = [strip_site(r, sites) for r in raw]
    for h1 in h1s:
        for r in raw:
            kicked = _kicker_split(h1, strip_site(r, sites))
            if kicked:
                return kicked
    for test in (lambda h, c: h == c, lambda h, c: len(c) >= 10 and (c in h or h in c)):
        for cand in cands:
            for h1 in h1s:
                h1_key, cand_key = loose(texts[id(h1)]), loose(cand)
                if test(h1_key, cand_key):
                    # "Kicker Headline" or "Headline Subtitle" in the h1, the extra part in its own
                    # element, against "Headline" in the metadata: the headline.
                    extra = h1_key.replace(cand_key, "", 1) if cand_key in h1_key else ""
                    if (extra and _has_part(h1, extra)) or _opens(texts[id(h1)], cand):
                        return cand
                    return texts[id(h1)]
    for cand in cands:
        for h1 in h1s:
            if _similar(texts[id(h1)], cand) or _widens(texts[id(h1)], cand):
                return texts[id(h1)]
    if lead:
        shown = _spelled(soup, cands)
        if shown:
            return shown
    # a lead heading that no metadata title agrees with and that names the site in one of its parts
    # ("Site – Tagline") is the site's banner
    first = next((h for h in h1s if not (lead and _names_site(texts[id(h)], sites))), None)
    if first is not None and (
        # no metadata title agrees with a lead heading: the metadata names the page, not the story (unless
        # the <h1> was the site's logo, whose words the <title> names, or the structured data agrees)
        (lead and not logos and not _agreed(md, sites, cands))
        or not cands
        # the page shows its headline; the metadata words it for search engines and sharing
        or _reworded(texts[id(first)], cands)
        # the page marks the heading as its headline, or its address spells it
        or _shown_over(first, h1s, texts[id(first)], cands)
        or _in_address(texts[id(first)], url)
    ):
        return texts[id(first)]
    return _end_heading(soup, raw, sites) or (cands[0] if cands else None)
