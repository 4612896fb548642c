# ruff: noqa: E501  (article text and HTML templates read better unwrapped)
"""The three demo sites: public base URL, page template, date format, charset and quirks.

* The Daily Harbor (``http://daily-harbor.example``): JSON-LD ``NewsArticle``, "March 4, 2025", gzip,
  a masthead block on every page, one redirect from an old URL.
* Valley Courier (``http://valley-courier.example``): meta tags only, "04/02/2025" (month first), a
  ``Set-Cookie`` on every page, one preview URL that needs ``?token=``.
* Северный вестник (``http://severny-vestnik.example``): Russian, windows-1251 in the HTTP header and in a
  ``<meta>``, "3 марта 2025 г.".
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from demo.articles import COURIER, HARBOR, VESTNIK, Article

RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
COURIER_PREVIEW_TOKEN = "demo-preview-7f3a9c"


@dataclass(frozen=True)
class Site:
    key: str
    name: str
    base: str
    charset: str
    articles: tuple[Article, ...]
    render: Callable[[Site, Article], str]
    gzip: bool = False
    cookie: str | None = None
    redirects: tuple[tuple[str, str], ...] = ()
    token_paths: tuple[str, ...] = ()

    def path(self, article: Article) -> str:
        if self.key == "harbor":
            d = date.fromisoformat(article.date or "2025-01-01")
            return f"/{d:%Y/%m/%d}/{article.slug}"
        if self.key == "courier":
            return f"/news/{article.slug}"
        return f"/novosti/{article.slug}.html"

    def url(self, article: Article) -> str:
        return self.base + self.path(article)

    def related(self, article: Article) -> list[Article]:
        others = [a for a in self.articles if a is not article]
        start = self.articles.index(article) % len(others)
        return (others[start:] + others[:start])[:3]

    def page(self, article: Article) -> bytes:
        return self.render(self, article).encode(self.charset)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _related(site: Site, article: Article, title: str) -> str:
    items = "".join(f'<li><a href="{_e(site.url(a))}">{_e(a.headline)}</a></li>' for a in site.related(article))
    return f'<aside class="related"><h2>{_e(title)}</h2><ul>{items}</ul></aside>'


def _paragraphs(article: Article) -> str:
    return "\n".join(f"      <p>{_e(p)}</p>" for p in article.paragraphs)


# --------------------------------------------------------------------------- The Daily Harbor

HARBOR_MASTHEAD = """      <div class="masthead-archive">
        <h3>Harbor Weekly Print Edition</h3>
        <p>VOL. 41, No. 9, Mar. 01, 2025 (Spring Tides issue) Publisher and Editor: Marguerite Olsen
        Press Registration No. DH-2231/19</p>
        <p>VOL. 41, No. 8, Feb. 22, 2025 (Ice Harbor issue) Publisher and Editor: Marguerite Olsen
        Press Registration No. DH-2231/19</p>
        <p>VOL. 41, No. 7, Feb. 15, 2025 (Shipyard issue) Publisher and Editor: Marguerite Olsen
        Press Registration No. DH-2231/19</p>
      </div>"""


def _harbor_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def render_harbor(site: Site, a: Article) -> str:
    assert a.date is not None
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.headline,
          "datePublished": f"{a.date}T07:30:00+01:00", "author": {"@type": "Person", "name": a.author},
          "publisher": {"@type": "Organization", "name": site.name}, "articleSection": a.section,
          "mainEntityOfPage": site.url(a)}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{_e(a.headline)} | {site.name}</title>
  <link rel="canonical" href="{_e(site.url(a))}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-consent" class="banner">We use cookies to remember your preferences and to measure
    readership. <button>Accept all</button> <button>Manage settings</button></div>
  <header><a class="logo" href="{site.base}/">{site.name}</a>
    <nav><a href="{site.base}/city">City</a> <a href="{site.base}/business">Business</a>
    <a href="{site.base}/weather">Weather</a> <a href="{site.base}/people">People</a></nav></header>
  <main>
    <article>
      <p class="kicker">{_e(a.section)}</p>
      <h1>{_e(a.headline)}</h1>
      <p class="byline">By {_e(a.author or "")} &middot; <time>{_harbor_date(a.date)}</time></p>
{_paragraphs(a)}
{HARBOR_MASTHEAD}
    </article>
    {_related(site, a, "More from the harbor")}
  </main>
  <footer><p>&copy; 2025 {site.name}, 4 Quay Road. <a href="{site.base}/about">About us</a>
    <a href="{site.base}/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Valley Courier


def render_courier(site: Site, a: Article) -> str:
    title = site.name if a.slug == "orchard-frost" else f"{a.headline} - {site.name}"  # defect: generic title
    headline = a.headline  # already holds a double-escaped entity for one article (defect)
    # the generic-title page's headline carries no mark either (a marked one would be taken over the <title>)
    mark = "" if a.slug == "orchard-frost" else ' class="headline"'
    dated = a.date is not None
    meta_date = f'\n  <meta property="article:published_time" content="{a.date}T09:00:00-06:00">' if dated else ""
    shown = f' &bull; <span class="date">{date.fromisoformat(a.date):%m/%d/%Y}</span>' if a.date else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_e(title)}</title>
  <meta property="og:title" content="{_e(title)}">
  <meta property="og:type" content="article">
  <meta name="author" content="{_e(a.author or "")}">{meta_date}
</head>
<body class="courier">
<div class="cookie-notice">This site uses cookies. By continuing you agree to our <a href="/cookies">cookie
  policy</a>. <a href="#" class="close">OK</a></div>
<div id="top"><span class="site-name">{site.name}</span> <span class="tagline">News for the Millbrook valley</span>
<ul class="menu"><li><a href="/local">Local</a></li><li><a href="/farming">Farming</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/events">Events</a></li></ul></div>
<div class="content">
  <div class="story">
    <h1{mark}>{_e(headline)}</h1>
    <div class="meta">Posted by {_e(a.author or "")}{shown}</div>
    <div class="story-body">
{_paragraphs(a)}
    </div>
  </div>
  {_related(site, a, "You may also like")}
</div>
<div id="bottom">Valley Courier &middot; PO Box 88, Millbrook &middot; Tips: news@valley-courier.example</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Северный вестник


def render_vestnik(site: Site, a: Article) -> str:
    assert a.date is not None
    d = date.fromisoformat(a.date)
    # defect: this page's <meta> claims utf-8 while the server sends windows-1251 bytes
    meta_charset = "utf-8" if a.slug == "avtobus-12" else "windows-1251"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="{meta_charset}">
<title>{_e(a.headline)} — {site.name}</title>
<meta name="description" content="{_e(a.paragraphs[0][:140])}">
</head>
<body>
<div class="cookies">Мы используем файлы cookie. <button>Понятно</button></div>
<header><div class="logo">{site.name}</div>
<nav><a href="/gorod">Город</a> | <a href="/ekonomika">Экономика</a> | <a href="/kultura">Культура</a></nav></header>
<section class="news-item">
<h1>{_e(a.headline)}</h1>
<div class="info">{d.day} {RU_MONTHS[d.month - 1]} {d.year} г. | Автор: {_e(a.author or "")} | {_e(a.section)}</div>
{_paragraphs(a)}
</section>
{_related(site, a, "Читайте также")}
<footer>© 2025 «{site.name}». Свидетельство о регистрации СМИ ЭЛ № 00-0000 (вымышленное).</footer>
</body>
</html>
"""


SITES = (
    Site("harbor", "The Daily Harbor", "http://daily-harbor.example", "utf-8", HARBOR, render_harbor, gzip=True,
         redirects=(("/2025/03/harbor-bridge", "/2025/03/04/harbor-bridge-reopens"),)),
    Site("courier", "Valley Courier", "http://valley-courier.example", "utf-8", COURIER, render_courier,
         cookie="vc_session=demo-session-0b12; Path=/; HttpOnly", token_paths=("/news/preview-budget-vote",)),
    Site("vestnik", "Северный вестник", "http://severny-vestnik.example", "cp1251", VESTNIK, render_vestnik),
)


def record_targets() -> list[str]:
    """The URLs the demo records: every article, the old redirecting URL, the preview with its token."""
    urls: list[str] = []
    for site in SITES:
        for article in site.articles:
            url = site.url(article)
            if site.path(article) in site.token_paths:
                url += f"?token={COURIER_PREVIEW_TOKEN}"
            urls.append(url)
        urls.extend(site.base + old for old, _new in site.redirects)
    return urls
