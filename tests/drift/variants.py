"""Page variants for the drift tests, generated from any article page (demo cassettes or fixtures).

The locating heuristics here are deliberately independent of :mod:`harness.drift`: the body container is
the nearest common ancestor of the long ``<p>`` elements, the title is the first ``<h1>``, the date
carriers are ``<time>``, date-like ``<meta>``, JSON-LD date keys and visible dates.

* ``churn(html, **seeds)`` adds the benign furniture a real page carries (rotating ads, a related-links
  list, an "Updated N minutes ago" stamp, CSRF tokens, cache-busting asset URLs). The recorded page is
  ``churn(base)`` (all seeds 0); a benign variant changes seeds.
* ``MUTATIONS`` turn the recorded page into a live page that drifted, each with the label expected for a
  selector-style extractor and for the generic one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

_DATE_TEXT = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{1,2}\s+\w{3,}\.?\s+\d{4}\b"
    r"|\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b"
)
_DATE_META = re.compile(r"date|time|published|modified", re.I)
ADS = [
    "Win a weekend for two in the mountains",
    "Mortgage rates slashed: compare now",
    "Try our new app",
    "Sofa sale ends Sunday",
]
HEADLINES = [
    "Council votes on parking charges",
    "Lifeboat crew honoured",
    "New bakery opens on the quay",
    "School wins robotics prize",
    "Storm damages pier railings",
    "Museum reopens after repairs",
    "Bus timetable changes next month",
    "Local choir heads to final",
]
AGO = ["3 minutes ago", "5 minutes ago", "2 hours ago", "just now"]


def _hex(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:12]


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def container(soup: BeautifulSoup) -> Tag:
    paras = [p for p in soup.find_all("p") if len(p.get_text(strip=True)) >= 80]
    chains = [[p, *p.parents] for p in paras]
    shared = set(map(id, chains[0]))
    for chain in chains[1:]:
        shared &= set(map(id, chain))
    return next(t for t in chains[0][1:] if id(t) in shared)


def _new(soup: BeautifulSoup, markup: str) -> Tag:
    frag = BeautifulSoup(markup, "html.parser")
    return next(c for c in frag.contents if isinstance(c, Tag))


def churn(html: str, *, ads: int = 0, related: int = 0, ago: int = 0, csrf: int = 0, assets: int = 0) -> str:
    soup = soup_of(html)
    body, head, box = soup.body, soup.head, container(soup)
    assert body is not None and head is not None
    for n in range(2 + ads % 2):  # rotation changes the creatives and how many slots are filled
        text = ADS[(ads + n) % len(ADS)]
        slot = _new(
            soup,
            f'<div class="ad-slot ad-{_hex(ads, n)}" id="ad{n}{ads}" data-campaign="{_hex(n, ads)}">'
            f'<a href="https://ads.example/c?id={_hex(ads, n, 1)}">{text}</a></div>',
        )
        if n == 0:
            body.insert(0, slot)
        else:
            paras = box.find_all("p", recursive=False)
            (paras[min(1, len(paras) - 1)] if paras else box).insert_after(slot)
    items = "".join(
        f'<li><a href="/n/{_hex(related, i)}">{HEADLINES[(related * 3 + i) % len(HEADLINES)]}</a></li>'
        for i in range(3 + related % 3)
    )
    box.insert_after(_new(soup, f'<aside class="related"><h2>Related stories</h2><ul>{items}</ul></aside>'))
    h1 = soup.find("h1")
    stamp = _new(soup, f'<span class="updated">Updated {AGO[ago % len(AGO)]}</span>')
    (h1.insert_after(stamp) if isinstance(h1, Tag) else box.insert_before(stamp))
    token = _hex("csrf", csrf) * 3
    head.append(_new(soup, f'<meta name="csrf-token" content="{token}">'))
    body.append(
        _new(
            soup,
            f'<form class="newsletter" action="/subscribe"><input type="hidden" name="csrf_token" '
            f'value="{token}"><input name="email"><button>Sign up</button></form>',
        )
    )
    head.append(_new(soup, '<link rel="stylesheet" href="/static/site.css">'))
    body.append(_new(soup, '<script src="/static/app.js"></script>'))
    box.insert(0, _new(soup, '<img src="/img/lead.jpg" alt="">'))
    for tag in soup.find_all(["link", "script", "img"]):
        attr = "href" if tag.name == "link" else "src"
        value = tag.get(attr)
        if isinstance(value, str) and value.startswith("/"):
            tag[attr] = value.split("?")[0] + f"?v={_hex('asset', assets, value)}"
    return str(soup)


# ----------------------------------------------------------------------------- mutations


def _drop_dates(soup: BeautifulSoup, replacement: Callable[[], str] | None) -> None:
    for meta in soup.find_all("meta"):
        names = " ".join(str(meta.get(k, "")) for k in ("property", "name", "itemprop"))
        if _DATE_META.search(names):
            meta.decompose()
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        data = json.loads(script.string or "{}")
        if isinstance(data, dict):
            for key in [k for k in data if k.lower().startswith("date")]:
                del data[key]
            script.string = json.dumps(data)
    first = True
    for tag in soup.find_all(["time", "span", "p", "div"]):
        if tag.decomposed or tag.find(["p", "div"]) is not None:
            continue
        if tag.name == "time" or (_DATE_TEXT.search(tag.get_text()) and len(tag.get_text()) < 80):
            if first and replacement is not None:
                tag.replace_with(_new(soup, replacement()))
                first = False
            else:
                for t in tag.find_all("time") if tag.name != "time" else [tag]:
                    t.decompose()
                if tag.name != "time" and not tag.decomposed and _DATE_TEXT.search(tag.get_text()):
                    tag.string = _DATE_TEXT.sub("", tag.get_text())


def date_removed(html: str) -> str:
    soup = soup_of(html)
    _drop_dates(soup, None)
    return str(soup)


def date_js(html: str) -> str:
    """The date moves into an element filled by a script (a timestamp, no text, no datetime attribute)."""
    soup = soup_of(html)
    _drop_dates(soup, lambda: '<span class="js-date" data-ts="1717400000"></span>')
    assert soup.body is not None
    soup.body.append(
        _new(
            soup,
            "<script>document.querySelectorAll('.js-date').forEach(function (e) "
            "{ e.textContent = new Date(+e.dataset.ts * 1000).toDateString(); });</script>",
        )
    )
    return str(soup)


def wrapper_renamed(html: str) -> str:
    """The body's wrapper gets a new tag, class and id (a CSS-module style rebuild)."""
    soup = soup_of(html)
    box = container(soup)
    box.name = "div"
    box.attrs = {"class": ["c-rich-text"], "data-module": "prose"}
    return str(soup)


def title_template(html: str) -> str:
    """The headline becomes a styled div; og/JSON-LD headlines disappear; <title> becomes generic."""
    soup = soup_of(html)
    h1 = soup.find("h1")
    assert isinstance(h1, Tag)
    h1.name, h1.attrs = "div", {"class": ["hed", "hed--large"]}
    for meta in soup.find_all("meta"):
        if "title" in " ".join(str(meta.get(k, "")) for k in ("property", "name")):
            meta.decompose()
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        data = json.loads(script.string or "{}")
        if isinstance(data, dict):
            data.pop("headline", None)
            script.string = json.dumps(data)
    if soup.title is not None:
        soup.title.string = "News"
    return str(soup)


def body_js(html: str) -> str:
    """The article body moves to client-side rendering: an empty mount point and a JSON state blob."""
    soup = soup_of(html)
    box = container(soup)
    state = json.dumps({"blocks": [p.get_text() for p in box.find_all("p")]})
    box.clear()
    box.append(_new(soup, '<div id="app-root"></div>'))
    box.append(_new(soup, f'<script type="application/json" id="state">{state}</script>'))
    return str(soup)


def content_edit(html: str) -> str:
    """A newsroom edit: one paragraph gains a sentence, another is reworded."""
    soup = soup_of(html)
    paras = [p for p in container(soup).find_all("p") if len(p.get_text(strip=True)) >= 80]
    paras[0].append(" A spokesperson confirmed the details on Tuesday morning.")
    last = paras[-1]
    last.string = last.get_text().replace(" the ", " that ", 1) + " (This article was updated.)"
    return str(soup)


def layout_wrap(html: str) -> str:
    """A redesign wraps the content in new layout elements; the extraction itself is untouched."""
    soup = soup_of(html)
    box = container(soup)
    outer = box.parent
    assert isinstance(outer, Tag)
    grid = soup.new_tag("div", attrs={"class": "grid grid--article"})
    outer.wrap(grid)
    col = soup.new_tag("div", attrs={"class": "col col--wide"})
    box.wrap(col)
    return str(soup)


def _recorded_day(soup: BeautifulSoup) -> str:
    """The page's own publication day (ISO), from the first date carrier found."""
    for tag in soup.find_all(["time", "meta"]):
        value = str(tag.get("datetime") or tag.get("content") or "")
        if re.match(r"\d{4}-\d{2}-\d{2}", value) and (
            tag.name == "time" or _DATE_META.search(str(tag.attrs))
        ):
            return value[:10]
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        found = re.search(r'"date\w*"\s*:\s*"(\d{4}-\d{2}-\d{2})', script.string or "")
        if found:
            return found.group(1)
    return "2025-06-03"


def date_fallback(html: str) -> str:
    """The date markup goes; an older story's date in a new sidebar is the only date left to find."""
    soup = soup_of(html)
    day = dt.date.fromisoformat(_recorded_day(soup)) - dt.timedelta(days=24)
    _drop_dates(soup, None)
    box = container(soup)
    box.insert_before(
        _new(
            soup,
            f'<aside class="more-from"><a href="/older">An older story</a> '
            f'<time datetime="{day.isoformat()}T09:00:00Z">{day.strftime("%d %B %Y")}</time></aside>',
        )
    )
    return str(soup)


def teaser(html: str) -> str:
    """The article is replaced by a teaser: its first third in a new block, and a subscribe link."""
    soup = soup_of(html)
    box = container(soup)
    paras = [p for p in box.find_all("p") if len(p.get_text(strip=True)) >= 80]
    total, kept, texts = sum(len(p.get_text()) for p in paras), 0, []
    for p in paras:  # the first paragraphs, about a third of the text
        texts.append(p.get_text())
        kept += len(texts[-1])
        if kept >= total / 3:
            break
    keep = "".join(f"<p>{t}</p>" for t in texts)
    box.replace_with(
        _new(soup, f'<div class="teaser-box">{keep}<a href="/subscribe">Subscribe to read on</a></div>')
    )
    return str(soup)


def time_relative(html: str) -> str:
    """Benign: every ``<time>`` shows "37 minutes ago" (its ``datetime`` kept), as a script renders it."""
    soup = soup_of(html)
    for time in soup.find_all("time"):
        time.string = "37 minutes ago"
    return str(soup)


@dataclass(frozen=True)
class Mutation:
    name: str
    fn: Callable[[str], str]
    target: str  # the field the mutation aims at ("" for none)
    selector: str  # expected label with a selector-style extractor
    generic: frozenset[str]  # acceptable labels with the generic (density) extractor


BREAKING = frozenset({"breaking"})
FLAGGED = frozenset({"breaking", "template_changed"})
MUTATIONS = [
    Mutation("date-removed", date_removed, "published", "breaking", BREAKING),
    Mutation("date-moved-to-js", date_js, "published", "breaking", BREAKING),
    Mutation("wrapper-renamed", wrapper_renamed, "body", "breaking", FLAGGED),
    Mutation("title-template", title_template, "title", "breaking", FLAGGED),
    Mutation("body-moved-to-js", body_js, "body", "breaking", BREAKING),
    Mutation("date-fallback", date_fallback, "published", "breaking", BREAKING),
    Mutation("teaser", teaser, "body", "breaking", BREAKING),
    Mutation("content-edit", content_edit, "body", "content_edited", frozenset({"content_edited"})),
    Mutation("layout-wrap", layout_wrap, "", "template_changed", frozenset({"template_changed"})),
]
BENIGN: dict[str, dict[str, int]] = {
    "ads-rotated": {"ads": 1},
    "related-links-changed": {"related": 1},
    "relative-timestamp": {"ago": 2},
    "csrf-token": {"csrf": 1},
    "cache-busting-assets": {"assets": 1},
    "all-benign-at-once": {"ads": 3, "related": 2, "ago": 3, "csrf": 2, "assets": 2},
}
