"""FRESH held-out template changes for ``bench/drift_accuracy.py`` (group ``fresh`` and ``fresh-benign``).

Written down on 2026-12-04 at 07:40 UTC, BEFORE any of them was run through the drift labeller and
before the rules for issue 16's remaining misses were changed. They are measured once, at the end; the
labeller must not be tuned on them. None of them repeats a tuned or an earlier held-out kind.

Mutations (a template change; if it changes a critical field's value, the page must be ``breaking``):

* ``date-localised``: every machine-readable date goes; the visible date becomes the page's own day in
  Spanish long form ("18 de noviembre de 2019").
* ``byline-moved``: the byline element (``author``/``byline`` in its class, id, rel or itemprop, or a
  short block reading "By ...") moves from outside the article container to its end.
* ``article-split``: the article container is cut in two after its middle paragraph; the second half goes
  to a new sibling container, with an app promotion between the two.
* ``lazy-body``: only the first long paragraph stays; the rest is a placeholder filled by a script later.
* ``amp-markup``: AMP-like markup: the container becomes ``div.amp-article-body``, images ``amp-img``,
  ``<time>`` becomes ``amp-timeago`` (same ``datetime``), scripts other than JSON-LD go, ``<html amp>``.
* ``heading-demoted``: the headline's ``<h1>`` becomes an ``<h2>``; a new ``<h1>`` in a header at the top
  of ``<body>`` carries the site's name.
* ``title-site-suffix``: ``<title>``, the ``og:``/``twitter:`` titles and JSON-LD ``headline`` gain
  " | The Morning Ledger"; the ``<h1>`` is unchanged.
* ``captions-and-pullquote``: a figure with a photo credit caption and a pull quote repeating the first
  paragraph's opening are inserted inside the article container.

Benign (must never be ``breaking`` or ``template_changed``):

* ``share-bar``: share buttons with counters before the headline and after the article.
* ``trending-ticker``: a "Trending" ticker of other headlines at the top of ``<body>``.
* ``lazy-images``: every ``<img>`` gets ``loading="lazy"``, its ``src`` moves to ``data-src`` and a
  placeholder ``src`` takes its place.
* ``ab-test-attributes``: ``data-experiment``/``data-variant`` and ``style`` attributes on every block.
* ``newsletter-modal``: a hidden newsletter sign-up dialog appended to ``<body>``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from bs4 import Tag

from tests.drift import variants

SITE = "The Morning Ledger"
_MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
_BYLINE = ("author", "byline")


_soup = variants.soup_of


def _long_paras(box: Tag) -> list[Tag]:
    return [p for p in box.find_all("p") if len(p.get_text(strip=True)) >= 80]


def cut_body(html: str, keep: Callable[[int], int], least: int, marker: str) -> str:
    """The body with its long paragraphs after the first ``keep(n)`` of ``n`` removed, ``marker`` after it."""
    soup = _soup(html)
    box = variants.container(soup)
    paras = _long_paras(box)
    if len(paras) < least:
        raise ValueError("too short")
    for p in paras[keep(len(paras)) :]:
        p.decompose()
    box.append(variants._new(soup, marker))
    return str(soup)


def date_localised(html: str) -> str:
    soup = _soup(html)
    day = dt.date.fromisoformat(variants._recorded_day(soup))
    text = f"{day.day} de {_MESES[day.month - 1]} de {day.year}"
    variants._drop_dates(soup, lambda: f'<span class="fecha">{text}</span>')
    return str(soup)


def _is_byline(tag: Tag) -> bool:
    words = " ".join(
        " ".join(v) if isinstance(v, list) else str(v)
        for k, v in tag.attrs.items()
        if k in ("class", "id", "rel", "itemprop")
    ).lower()
    text = tag.get_text(" ", strip=True)
    if len(text) >= 200:
        return False
    by_text = tag.name in ("p", "div", "span") and text.startswith("By ") and len(text) < 80
    return any(b in words for b in _BYLINE) or (by_text and tag.find(["p", "div"]) is None)


def byline_moved(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    found = [t for t in soup.find_all(True) if _is_byline(t) and t.get_text(strip=True)]
    outer = [t for t in found if not any(p in found for p in t.parents)]
    outside = [t for t in outer if box not in t.parents and t is not box]
    if not outside:
        raise ValueError("no byline outside the article container")
    for tag in outside[:1]:
        box.append(tag.extract())
    return str(soup)


def article_split(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    paras = _long_paras(box)
    if len(paras) < 4:
        raise ValueError("too short to split")
    middle = paras[len(paras) // 2]
    second = soup.new_tag("div", attrs={"class": "article-continued"})
    node: Tag | None = middle
    while node is not None and node.parent is not box:
        node = node.parent
    if node is None:
        raise ValueError("paragraph not under the container")
    moving = [node, *node.find_next_siblings()]
    for tag in moving:
        second.append(tag.extract())
    promo = variants._new(soup, '<div class="promo-app"><a href="/app">Get the app</a></div>')
    box.insert_after(promo)
    promo.insert_after(second)
    return str(soup)


def lazy_body(html: str) -> str:
    return cut_body(
        html,
        lambda n: 1,
        3,
        '<div class="lazy-content" data-src="/api/article/body?part=2">'
        '<span class="spinner">Loading…</span></div>',
    )


def amp_markup(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    box.name, box.attrs = "div", {"class": "amp-article-body"}
    for img in soup.find_all("img"):
        img.name = "amp-img"
        img["layout"] = "responsive"
    for time in soup.find_all("time"):
        time.name = "amp-timeago"
        time["layout"] = "fixed"
    for script in soup.find_all("script"):
        if "ld+json" not in str(script.get("type", "")):
            script.decompose()
    if soup.html is not None:
        soup.html["amp"] = ""
    if soup.head is not None:
        soup.head.append(
            variants._new(soup, '<script async src="https://cdn.ampproject.org/v0.js"></script>')
        )
    return str(soup)


def heading_demoted(html: str) -> str:
    soup = _soup(html)
    h1 = soup.find("h1")
    if not isinstance(h1, Tag) or soup.body is None:
        raise ValueError("no h1")
    h1.name = "h2"
    soup.body.insert(
        0, variants._new(soup, f'<header class="masthead"><h1 class="site-name">{SITE}</h1></header>')
    )
    return str(soup)


def title_site_suffix(html: str) -> str:
    soup = _soup(html)
    suffix = f" | {SITE}"
    if soup.title is not None and soup.title.string:
        soup.title.string = soup.title.string.strip() + suffix
    for meta in soup.find_all("meta"):
        key = " ".join(str(meta.get(k, "")) for k in ("property", "name"))
        if key.endswith("title") and meta.get("content"):
            meta["content"] = str(meta["content"]).strip() + suffix
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "{}")
        except ValueError:
            continue
        if isinstance(data, dict) and isinstance(data.get("headline"), str):
            data["headline"] += suffix
            script.string = json.dumps(data)
    return str(soup)


def captions_and_pullquote(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    paras = _long_paras(box)
    if len(paras) < 2:
        raise ValueError("too short")
    quote = " ".join(paras[0].get_text(" ", strip=True).split()[:12])
    paras[0].insert_after(
        variants._new(
            soup,
            '<figure class="inline-photo"><img src="/img/scene.jpg" alt="">'
            "<figcaption>The scene on Monday. Photo: Staff photographer / Agency</figcaption></figure>",
        )
    )
    paras[1].insert_after(variants._new(soup, f'<blockquote class="pullquote">“{quote}”</blockquote>'))
    return str(soup)


# ----------------------------------------------------------------------------- benign


def share_bar(html: str) -> str:
    soup = _soup(html)
    bar = (
        '<div class="share"><a href="/share/fb">Share 1.2k</a> <a href="/share/x">Post</a> '
        '<a href="mailto:?">Email</a></div>'
    )
    h1 = soup.find("h1")
    if isinstance(h1, Tag):
        h1.insert_before(variants._new(soup, bar))
    variants.container(soup).insert_after(variants._new(soup, bar))
    return str(soup)


def trending_ticker(html: str) -> str:
    soup = _soup(html)
    items = "".join(f"<li><a href='/t/{i}'>{h}</a></li>" for i, h in enumerate(variants.HEADLINES[2:7]))
    if soup.body is not None:
        soup.body.insert(0, variants._new(soup, f'<div class="ticker"><b>Trending</b><ul>{items}</ul></div>'))
    return str(soup)


def lazy_images(html: str) -> str:
    soup = _soup(html)
    for img in soup.find_all("img"):
        if img.get("src"):
            img["data-src"] = img["src"]
        img["src"] = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
        img["loading"] = "lazy"
    return str(soup)


def ab_test_attributes(html: str) -> str:
    soup = _soup(html)
    for n, tag in enumerate(soup.find_all(["div", "section", "article", "main", "header"])):
        tag["data-experiment"] = "exp-2291"
        tag["data-variant"] = "b" if n % 2 else "a"
        tag["style"] = "margin-top: 0"
    return str(soup)


def newsletter_modal(html: str) -> str:
    soup = _soup(html)
    if soup.body is not None:
        soup.body.append(
            variants._new(
                soup,
                '<div class="modal" role="dialog" hidden><h2>Never miss a story</h2><p>Sign up for our '
                "morning newsletter and get the top stories in your inbox every day.</p><form "
                'action="/nl"><input name="email"><button>Sign up</button></form></div>',
            )
        )
    return str(soup)


FRESH: dict[str, Callable[[str], str]] = {
    "date-localised": date_localised,
    "byline-moved": byline_moved,
    "article-split": article_split,
    "lazy-body": lazy_body,
    "amp-markup": amp_markup,
    "heading-demoted": heading_demoted,
    "title-site-suffix": title_site_suffix,
    "captions-and-pullquote": captions_and_pullquote,
}
FRESH_BENIGN: dict[str, Callable[[str], str]] = {
    "share-bar": share_bar,
    "trending-ticker": trending_ticker,
    "lazy-images": lazy_images,
    "ab-test-attributes": ab_test_attributes,
    "newsletter-modal": newsletter_modal,
}
