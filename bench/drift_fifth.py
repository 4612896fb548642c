"""FIFTH held-out template changes for ``bench/drift_accuracy.py`` (groups ``fifth`` and ``fifth-benign``).

Written down on 2026-12-04 at 15:50 UTC, BEFORE any of them was run through the drift labeller and
before any rule was changed in that session (issue 16, fourth round). They are measured once; the
labeller is not tuned on them. None repeats a kind of :mod:`tests.drift.variants`, the old held-out
set, :mod:`drift_fresh` or :mod:`drift_new`.

Mutations (a template change; if it changes a critical field's value, the page must be ``breaking``):

* ``date-epoch-only``: every date carrier goes; the date is left only as a ``data-epoch`` attribute of an
  empty ``<span>`` (a script renders it in the browser).
* ``date-shifted``: the template prints another date in every published-date slot (meta, JSON-LD,
  ``<time>``, the visible date): the recorded day plus nine days, with nothing else on the page.
* ``paragraphs-to-divs``: every ``<p>`` inside the article's container becomes ``<div class="para">``.
* ``br-body``: the container's long paragraphs are merged into one ``<div class="text">``, separated by
  ``<br><br>``.
* ``summary-only``: the container is replaced by its first paragraph's first sentence and a
  "Read the full story in our app" link.
* ``h1-removed``: the ``<h1>`` goes; ``<title>`` reads "Section name - headline".
* ``date-japanese``: every machine-readable date goes; the visible date becomes "2019年11月18日 10:00".
* ``body-in-template``: the container's children move into a ``<template>`` inside a custom element
  (``<news-article>``), rendered by a script in the browser.

Benign (must never be ``breaking`` or ``template_changed``):

* ``skip-link-aria``: a "Skip to main content" link first in ``<body>``; ``role``/``aria-label`` on every
  ``div`` and ``section``.
* ``svg-icons``: an inline ``<svg>`` icon (with its own ``<title>``) inside every link outside the
  article's container.
* ``tracking-pixels``: a 1x1 ``<img>`` beacon and a ``<noscript><iframe>`` tag manager first in
  ``<body>``.
* ``preload-hints``: ``preconnect``/``preload`` links and an inline ``<style>`` block in ``<head>``.
* ``footer-rewritten``: the page's footer (or a new one) is replaced by a new footer of ten links and a
  copyright line.
* ``cookie-preferences-link``: a floating "Cookie preferences" button at the end of ``<body>`` and a
  ``data-consent`` attribute on ``<html>``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bs4 import Tag
from drift_fresh import _long_paras

from tests.drift import variants

_soup = variants.soup_of
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def date_epoch_only(html: str) -> str:
    soup = _soup(html)
    day = dt.datetime.fromisoformat(variants._recorded_day(soup) + "T10:00:00+00:00")
    epoch = int(day.timestamp())
    variants._drop_dates(soup, lambda: f'<span class="js-date" data-epoch="{epoch}"></span>')
    return str(soup)


def date_shifted(html: str) -> str:
    soup = _soup(html)
    recorded = variants._recorded_day(soup)
    later = (dt.date.fromisoformat(recorded) + dt.timedelta(days=9)).isoformat()
    text = re.sub(re.escape(recorded), later, str(soup))
    if text == str(soup):
        raise ValueError("no ISO date to shift")
    return text


def paragraphs_to_divs(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    paras = box.find_all("p")
    if not paras:
        raise ValueError("no paragraphs")
    for p in paras:
        p.name, p.attrs = "div", {"class": "para"}
    return str(soup)


def br_body(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    paras = _long_paras(box)
    if len(paras) < 2:
        raise ValueError("too short")
    merged = soup.new_tag("div", attrs={"class": "text"})
    for n, p in enumerate(paras):
        if n:
            merged.append(soup.new_tag("br"))
            merged.append(soup.new_tag("br"))
        for child in list(p.contents):
            merged.append(child.extract())
    paras[0].replace_with(merged)
    for p in paras[1:]:
        p.decompose()
    return str(soup)


def summary_only(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    paras = _long_paras(box)
    if not paras:
        raise ValueError("no paragraph")
    first = _SENTENCE_END.split(paras[0].get_text(" ", strip=True), maxsplit=1)[0]
    summary = variants._new(
        soup,
        '<div class="article-summary"><p></p><a class="app-link" href="/app">Read the full story in our '
        "app</a></div>",
    )
    p = summary.find("p")
    assert isinstance(p, Tag)
    p.string = first
    box.replace_with(summary)
    return str(soup)


def h1_removed(html: str) -> str:
    soup = _soup(html)
    h1 = soup.find("h1")
    if not isinstance(h1, Tag):
        raise ValueError("no h1")
    headline = h1.get_text(" ", strip=True)
    h1.decompose()
    if soup.title is not None:
        soup.title.string = f"World news - {headline}"
    return str(soup)


def date_japanese(html: str) -> str:
    soup = _soup(html)
    day = dt.date.fromisoformat(variants._recorded_day(soup))
    text = f"{day.year}年{day.month}月{day.day}日 10:00"
    variants._drop_dates(soup, lambda: f'<span class="hiduke">{text}</span>')
    return str(soup)


def body_in_template(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    host = soup.new_tag("news-article")
    template = soup.new_tag("template", attrs={"shadowrootmode": "open"})
    for child in list(box.contents):
        template.append(child.extract())
    host.append(template)
    box.append(host)
    box.append(variants._new(soup, '<script src="/static/news-article.js"></script>'))
    return str(soup)


# ----------------------------------------------------------------------------- benign


def skip_link_aria(html: str) -> str:
    soup = _soup(html)
    if soup.body is None:
        raise ValueError("no body")
    for n, tag in enumerate(soup.find_all(["div", "section"])):
        tag["role"] = "region" if tag.name == "section" else "group"
        tag["aria-label"] = f"block {n}"
    soup.body.insert(0, variants._new(soup, '<a class="skip-link" href="#main">Skip to main content</a>'))
    return str(soup)


_ICON = (
    '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><title>{}</title>'
    '<path d="M2 2h12v12H2z"></path></svg>'
)


def svg_icons(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    for a in soup.find_all("a"):
        if box in a.parents:
            continue
        a.insert(0, variants._new(soup, _ICON.format("link")))
    return str(soup)


def tracking_pixels(html: str) -> str:
    soup = _soup(html)
    if soup.body is None:
        raise ValueError("no body")
    soup.body.insert(
        0,
        variants._new(
            soup,
            '<noscript><iframe src="https://tags.example/ns.html?id=GTM-X1" height="0" width="0" '
            'style="display:none"></iframe></noscript>',
        ),
    )
    soup.body.insert(
        0,
        variants._new(
            soup, '<img class="beacon" src="https://px.example/b.gif?e=view" width="1" height="1">'
        ),
    )
    return str(soup)


def preload_hints(html: str) -> str:
    soup = _soup(html)
    if soup.head is None:
        raise ValueError("no head")
    for markup in (
        '<link rel="preconnect" href="https://cdn.example">',
        '<link rel="preload" as="font" href="/fonts/serif.woff2" crossorigin>',
        "<style>.article p{line-height:1.6}.icon{width:1em}</style>",
    ):
        soup.head.insert(0, variants._new(soup, markup))
    return str(soup)


def footer_rewritten(html: str) -> str:
    soup = _soup(html)
    if soup.body is None:
        raise ValueError("no body")
    links = "".join(
        f'<li><a href="/{slug}">{label}</a></li>'
        for slug, label in (
            ("about", "About us"),
            ("contact", "Contact"),
            ("jobs", "Careers"),
            ("ads", "Advertise"),
            ("privacy", "Privacy policy"),
            ("terms", "Terms of use"),
            ("cookies", "Cookie policy"),
            ("rss", "RSS feeds"),
            ("archive", "Archive"),
            ("help", "Help"),
        )
    )
    footer = variants._new(
        soup, f'<footer class="site-footer-v2"><ul>{links}</ul><p>© 2026 The Publisher</p></footer>'
    )
    old = soup.find("footer")
    if isinstance(old, Tag):
        old.replace_with(footer)
    else:
        soup.body.append(footer)
    return str(soup)


def cookie_preferences_link(html: str) -> str:
    soup = _soup(html)
    if soup.body is None or soup.html is None:
        raise ValueError("no body")
    soup.html["data-consent"] = "pending"
    soup.body.append(
        variants._new(soup, '<button class="cookie-prefs" type="button">Cookie preferences</button>')
    )
    return str(soup)


FIFTH: dict[str, Callable[[str], str]] = {
    "date-epoch-only": date_epoch_only,
    "date-shifted": date_shifted,
    "paragraphs-to-divs": paragraphs_to_divs,
    "br-body": br_body,
    "summary-only": summary_only,
    "h1-removed": h1_removed,
    "date-japanese": date_japanese,
    "body-in-template": body_in_template,
}
FIFTH_BENIGN: dict[str, Callable[[str], str]] = {
    "skip-link-aria": skip_link_aria,
    "svg-icons": svg_icons,
    "tracking-pixels": tracking_pixels,
    "preload-hints": preload_hints,
    "footer-rewritten": footer_rewritten,
    "cookie-preferences-link": cookie_preferences_link,
}
