"""NEW held-out template changes for ``bench/drift_accuracy.py`` (groups ``new`` and ``new-benign``).

Written down on 2026-12-04 at 10:00 UTC, BEFORE any of them was run through the drift labeller and
before the rules for the misses of ``bench/drift_fresh.py`` were changed (issue 16, third round). They
are measured once, at the end; the labeller is not tuned on them. None repeats a kind of
:mod:`tests.drift.variants`, the old held-out set or :mod:`drift_fresh`.

Mutations (a template change; if it changes a critical field's value, the page must be ``breaking``):

* ``date-to-updated``: the publication date's markup goes (meta, JSON-LD, ``<time>``, visible date);
  a "Last updated" line 40 days later and an ``article:modified_time`` meta are all that is left.
* ``article-hashed-div``: the ``<article>`` around the body (else the body's container) becomes a
  ``<div>`` with one hashed class (``c-1f3a9e2b``) and no id.
* ``paginated``: the body is split into pages: the first half of its long paragraphs stay, the rest
  goes to "page 2" behind a "Page 1 of 2 / Next page" navigation.
* ``headline-site-name``: the ``<h1>``, ``<title>``, ``og:``/``twitter:`` titles and JSON-LD headline
  all read the site's name.
* ``consent-wall``: the article's container is replaced by a cookie-consent wall (no article text).
* ``noscript-paragraphs``: the long paragraphs after the first two are lazy-loaded: each is wrapped in
  ``<noscript>`` (the page shows them only without JavaScript).
* ``date-french``: every machine-readable date goes; the visible date becomes the page's own day in
  French ("18 novembre 2019").

Benign (must never be ``breaking`` or ``template_changed``):

* ``ad-slot-in-article``: an empty ad slot labelled "Advertisement" between the body's paragraphs.
* ``nonce-and-token``: a ``nonce`` on every script, a rotated ``authenticity_token`` form field.
* ``meta-reordered``: the ``<meta>`` and ``<link>`` tags of ``<head>`` in reverse order.
* ``related-rail``: a "More from the site" rail of six headlines after the article's container.
* ``minified``: whitespace-only text between block-level tags removed (inline ones keep one space).
* ``asset-query``: every asset URL (``src``, ``href`` of ``<link>``, ``srcset``) gains ``?_=<hash>``.
* ``comment-count``: a "128 comments" link at the end of the article's container.
* ``relative-time``: each ``<time>``'s text becomes "37 minutes ago" (its ``datetime`` kept); a page
  without one gets such a stamp under the headline.
* ``timezone-shift``: every date with a time and an offset is written as the same instant at UTC-10
  (the calendar day can change, the instant does not).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from bs4 import NavigableString, Tag
from drift_fresh import _long_paras, cut_body

from tests.drift import variants

_soup = variants.soup_of

SITE = "The Morning Ledger"
_MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_BLOCK = frozenset(
    [
        "html",
        "head",
        "body",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "ul",
        "ol",
        "table",
        "thead",
        "tbody",
        "tr",
    ]
)


def _hash(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:8]


def date_to_updated(html: str) -> str:
    soup = _soup(html)
    later = dt.date.fromisoformat(variants._recorded_day(soup)) + dt.timedelta(days=40)
    text = f"Last updated: {later.strftime('%B')} {later.day}, {later.year}"
    variants._drop_dates(soup, lambda: f'<span class="last-updated">{text}</span>')
    if soup.head is not None:
        soup.head.append(
            variants._new(
                soup, f'<meta property="article:modified_time" content="{later.isoformat()}T10:00:00Z">'
            )
        )
    return str(soup)


def article_hashed_div(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    target = next((t for t in [box, *box.parents] if isinstance(t, Tag) and t.name == "article"), box)
    target.name, target.attrs = "div", {"class": f"c-{_hash('article', len(str(box)))}"}
    return str(soup)


def paginated(html: str) -> str:
    return cut_body(
        html,
        lambda n: (n + 1) // 2,
        4,
        '<nav class="pagination"><span>Page 1 of 2</span> '
        '<a href="?page=2" rel="next">Next page »</a></nav>',
    )


def headline_site_name(html: str) -> str:
    soup = _soup(html)
    h1 = soup.find("h1")
    if not isinstance(h1, Tag):
        raise ValueError("no h1")
    h1.string = SITE
    if soup.title is not None:
        soup.title.string = SITE
    for meta in soup.find_all("meta"):
        key = " ".join(str(meta.get(k, "")) for k in ("property", "name"))
        if key.endswith("title") and meta.get("content"):
            meta["content"] = SITE
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "{}")
        except ValueError:
            continue
        if isinstance(data, dict) and isinstance(data.get("headline"), str):
            data["headline"] = SITE
            script.string = json.dumps(data)
    return str(soup)


def consent_wall(html: str) -> str:
    soup = _soup(html)
    box = variants.container(soup)
    box.replace_with(
        variants._new(
            soup,
            '<div class="consent-wall"><h2>We value your privacy</h2><p>We and our 214 partners store and '
            "access information on your device, such as cookies, to show you personalised ads and content, "
            "to measure them and to improve our services. Accept all to continue reading, or manage your "
            'choices at any time in the privacy settings.</p><button class="accept">Accept all</button> '
            '<button class="manage">Manage choices</button></div>',
        )
    )
    return str(soup)


def noscript_paragraphs(html: str) -> str:
    soup = _soup(html)
    paras = _long_paras(variants.container(soup))
    if len(paras) < 3:
        raise ValueError("too short")
    for p in paras[2:]:
        p.wrap(soup.new_tag("noscript"))
    return str(soup)


def date_french(html: str) -> str:
    soup = _soup(html)
    day = dt.date.fromisoformat(variants._recorded_day(soup))
    text = f"{day.day} {_MOIS[day.month - 1]} {day.year}"
    variants._drop_dates(soup, lambda: f'<span class="date-publication">Publié le {text}</span>')
    return str(soup)


# ----------------------------------------------------------------------------- benign


def ad_slot_in_article(html: str) -> str:
    soup = _soup(html)
    paras = _long_paras(variants.container(soup))
    if not paras:
        raise ValueError("no paragraph")
    paras[min(1, len(paras) - 1)].insert_after(
        variants._new(
            soup,
            '<div class="ad-slot ad-slot--mid" data-slot="mid-1"><span class="ad-label">Advertisement</span>'
            '<ins class="adsbygoogle" data-ad-client="ca-pub-0000"></ins></div>',
        )
    )
    return str(soup)


def nonce_and_token(html: str) -> str:
    soup = _soup(html)
    for n, script in enumerate(soup.find_all("script")):
        script["nonce"] = _hash("nonce", n, 7)
    if soup.body is not None:
        soup.body.append(
            variants._new(
                soup,
                f'<form class="search" action="/search"><input type="hidden" name="authenticity_token" '
                f'value="{_hash("token", 7) * 4}"><input name="q"></form>',
            )
        )
    return str(soup)


def meta_reordered(html: str) -> str:
    soup = _soup(html)
    head = soup.head
    if head is None:
        raise ValueError("no head")
    tags = [t.extract() for t in head.find_all(["meta", "link"], recursive=False)]
    for tag in reversed(tags):
        head.append(tag)
    return str(soup)


def related_rail(html: str) -> str:
    soup = _soup(html)
    items = "".join(
        f'<li><a href="/more/{i}">{h}</a> <span class="kicker">News</span></li>'
        for i, h in enumerate(variants.HEADLINES[:6])
    )
    variants.container(soup).insert_after(
        variants._new(
            soup, f'<aside class="rail rail--more"><h3>More from the site</h3><ul>{items}</ul></aside>'
        )
    )
    return str(soup)


def minified(html: str) -> str:
    soup = _soup(html)
    for text in list(soup.find_all(string=True)):
        if type(text) is not NavigableString or text.strip():
            continue
        parent = text.parent
        if isinstance(parent, Tag) and parent.name in _BLOCK:
            text.extract()
        elif isinstance(parent, Tag) and parent.name not in ("pre", "textarea"):
            text.replace_with(" ")
    return str(soup)


def _with_query(url: str, tag: str) -> str:
    if url.startswith("data:") or not url.strip():
        return url
    return url + ("&" if "?" in url else "?") + f"_={tag}"


def asset_query(html: str) -> str:
    soup = _soup(html)
    stamp = _hash("build", 2)
    for tag in soup.find_all(["img", "script", "link", "source"]):
        attr = "href" if tag.name == "link" else "src"
        value = tag.get(attr)
        if isinstance(value, str):
            tag[attr] = _with_query(value, stamp)
        srcset = tag.get("srcset")
        if isinstance(srcset, str):
            parts = [p.strip().split(" ", 1) for p in srcset.split(",") if p.strip()]
            tag["srcset"] = ", ".join(" ".join([_with_query(p[0], stamp), *p[1:]]) for p in parts)
    return str(soup)


def comment_count(html: str) -> str:
    soup = _soup(html)
    variants.container(soup).append(
        variants._new(soup, '<p class="comment-count"><a href="#comments">128 comments</a></p>')
    )
    return str(soup)


def relative_time(html: str) -> str:
    soup = _soup(html)
    times = soup.find_all("time")
    for time in times:
        time.string = "37 minutes ago"
    if not times:
        h1 = soup.find("h1")
        if not isinstance(h1, Tag):
            raise ValueError("no h1")
        h1.insert_after(variants._new(soup, '<span class="ago">37 minutes ago</span>'))
    return str(soup)


_WITH_OFFSET = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")
_HAWAII = dt.timezone(dt.timedelta(hours=-10))


def _shift(match: re.Match[str]) -> str:
    text = match.group(0)
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return when.astimezone(_HAWAII).isoformat()


def _shift_json(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _shift_json(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_shift_json(v) for v in node]
    if isinstance(node, str):
        return _WITH_OFFSET.sub(_shift, node)
    return node


def timezone_shift(html: str) -> str:
    soup = _soup(html)
    for tag in soup.find_all(["time", "meta"]):
        for attr in ("datetime", "content"):
            value = tag.get(attr)
            if isinstance(value, str) and _WITH_OFFSET.fullmatch(value.strip()):
                tag[attr] = _WITH_OFFSET.sub(_shift, value.strip())
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "{}")
        except ValueError:
            continue
        script.string = json.dumps(_shift_json(data))
    return str(soup)


NEW: dict[str, Callable[[str], str]] = {
    "date-to-updated": date_to_updated,
    "article-hashed-div": article_hashed_div,
    "paginated": paginated,
    "headline-site-name": headline_site_name,
    "consent-wall": consent_wall,
    "noscript-paragraphs": noscript_paragraphs,
    "date-french": date_french,
}
NEW_BENIGN: dict[str, Callable[[str], str]] = {
    "ad-slot-in-article": ad_slot_in_article,
    "nonce-and-token": nonce_and_token,
    "meta-reordered": meta_reordered,
    "related-rail": related_rail,
    "minified": minified,
    "asset-query": asset_query,
    "comment-count": comment_count,
    "relative-time": relative_time,
    "timezone-shift": timezone_shift,
}
