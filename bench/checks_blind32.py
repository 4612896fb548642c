"""A thirty-second blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. The earlier sets planted made-up or pattern-like boilerplate in the shared corpus's
records; this one plants the issue's core kinds, a page's furniture left in the body, with REAL page chrome:
the text blocks of each page that its human assessors did not mark as the article, put into the clean
record made from what they did mark.

* the data: L3S-GN1 (Christian Kohlschütter, L3S Research Center, January 2010; "Boilerplate Detection
  using Shallow Text Features", WSDM 2010), 621 news articles from 408 sites, sampled from Google News's
  US, Canadian, UK, South African, Indian and Australian portals in the first half of 2008 (World,
  Technology, Sports, Entertainment), all in English. Seven assessors labelled every text block of each
  page (any run of text not broken by a tag other than ``<a>``) as headline, full text, supplemental
  (captions, datelines, bylines), related content (links to other articles), user comments, or nothing
  (boilerplate). The set reads the copy in https://github.com/geodrome/page-signal (commit
  186d8153b3d111f84865ddc180600a9cbe35ac7f, folder ``L3S-GN1-20100130203947-00001``): ``annotated/``
  (the pages with the labels as ``<span class="x-nc-selN">``), ``original/`` (the pages as crawled, in
  UTF-8) and ``url-mapping.txt`` (each page's address). Its licence is L3S's: "a non-exclusive,
  non-transferable, worldwide, and royalty-free license to use the provided dataset for your research use
  only" (``Readme-L3S-GN1.txt``), so nothing of it is in this repository: the set reads it at run time
  from a folder named on the command line, made with

      git clone https://github.com/geodrome/page-signal /tmp/page-signal
      mkdir -p /tmp/blind32data
      cd /tmp/page-signal/L3S-GN1-20100130203947-00001
      cp -r annotated original url-mapping.txt Readme-L3S-GN1.txt /tmp/blind32data/

  (or ``git --git-dir=<a bare copy> archive HEAD L3S-GN1-20100130203947-00001/annotated ... | tar -x
  --strip-components=1 -C /tmp/blind32data``), and skips, saying so, when the folder is not there. The
  annotated copy lost every character outside Latin-1 (a curly quote or a dash is "?"); each text is put
  back from the crawled page, where the same text with the "?" as any one character is found (a text not
  found keeps its "?");

* the clean record, one a page: its address from ``url-mapping.txt`` (the site, for the split into the
  runner's halves, is its host without "www."), the title the assessors' headline (else the page's
  ``<h1>``, its ``og:title`` or its ``<title>``), the body their full-text blocks, one paragraph per block
  of the page's layout (a line of ``<p>``, ``<div>``, ``<br>``, ``<li>``, a cell ...; a paragraph repeated
  word for word kept once), no authors, the language "en", the date from the address (``/2008/01/05/``),
  else the latest day named ("January 16, 2008", "16 January 2008", "2008-01-16") in the first of: the
  short lines between the headline and the text, the short supplemental blocks, the twelve lines before
  the headline (a line of twelve words at most that does not say "photo": a caption's "file photo" day
  is older), else 10 January 2008, in the weeks most dated pages fall in. A page is used when its body
  has two paragraphs and sixty words at least, and its title and body have no "?" left between two
  letters and none of the crawled page's own mojibake ("Canadaâ€™s", "Â£790million", a stray C1
  control; ftfy's ``is_bad``): 605 pages of 396 sites (470 dated from the page), 16 left out;

* the page's chrome: its lines (as above) with no word the assessors marked as headline, full text,
  supplemental or comment (not marked at all, marked as not content, or as related content, the other
  articles' headlines), of one to thirty words and at most 220 characters, with a letter, that do not
  occur in the body or the title (compared with the case and the spaces folded). Those before the
  first full-text line are the top chrome, those after the last the bottom chrome, those between them
  the inner chrome. A page's navigation is a run of its chrome lines that are links only, in one list
  (``<ul>``, ``<ol>``, ``<nav>``, ``<menu>``) or one block, or one line of three links or more with only
  separators ("|", "·", "-", "/") between them: its link texts of one to five words, three at least.

The kinds, each in every record it fits and then in one record in eight per run (``_both``), with the
record alone speaking (``harness check`` on JSON lines, no page), a kind caught by any check of the
thirtieth set's ``BODY_CHECKS`` (for ``title_repeated`` the title's checks too):

  - ``clean``: the records as made, a first line of their own in the table (``blind_run.table``'s
    ``clean``): the share of them failing the default gate is the false-alarm rate, not a catch, and
    is left out of the total; the pages failing are listed on standard error;
  - ``chrome_top``: two to six consecutive top chrome lines before the body, most often (three times in
    five) the ones right before the article, each a paragraph, or (one time in five) one block of lines;
  - ``chrome_bottom``: two to six consecutive bottom chrome lines after the body, most often the ones right
    after the article;
  - ``chrome_one``: one chrome line as a paragraph of its own at the start (a top line), at the end (a
    bottom line) or between two paragraphs (any line);
  - ``title_repeated``: the record's title as the body's first paragraph, alone, after one to three of the
    top chrome lines before the headline (masthead, section), before one or two of those between the
    headline and the text (the "Print this article" kind), or both, as in the seed's scraped example;
  - ``section_links``: three to ten consecutive link texts of one of the page's navigations, one a line,
    one a paragraph, or run into one line with spaces or " | ", at the start for a navigation before
    the article, at the end for one after it;
  - ``teaser_body``: the body cut to its first paragraph, for a body of five paragraphs or more.

Draws are seeded by the runner; the pages are read in their identifiers' order, so a run is repeated
exactly:

    python bench/checks_blind32.py --data /tmp/blind32data
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
from ftfy.badness import is_bad
from lxml.etree import ParserError, _Element

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import TITLE_CHECKS, Kinds
from checks_accuracy import _html as page_html
from checks_blind30 import BODY_CHECKS, _both
from checks_defects import Case, Defect, _with, sparse

#: the data's origin, as the records' truth names it
SOURCE = "geodrome/page-signal@186d8153b3d111f84865ddc180600a9cbe35ac7f (L3S-GN1-20100130203947-00001)"
LICENSE = "L3S-GN1: research use only"
#: the date of a page whose address and text give none: in the weeks most of the dated pages fall in
FALLBACK_DAY = "2008-01-10"
#: labels of the assessors' blocks (``x-nc-selN``): 1 headline, 2 full text, 3 supplemental, 4 related,
#: 5 comments, 0 not content; None is a block no one marked
HEADLINE, FULLTEXT, SUPPLEMENT = 1, 2, 3
CHROME_LABELS = frozenset({None, 0, 4})

_SKIP = frozenset(
    {"script", "style", "noscript", "head", "title", "select", "option", "textarea", "iframe", "object"}
)
_BLOCK = frozenset(
    {"p", "div", "br", "hr", "pre", "center", "blockquote", "address", "form", "fieldset", "legend"}
    | {"li", "ul", "ol", "dl", "dt", "dd", "menu"}
    | {"table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption"}
    | {"section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption"}
    | {f"h{n}" for n in range(1, 7)}
)
_LISTS = frozenset({"ul", "ol", "nav", "menu", "dl"})
_SEPARATORS = re.compile(r"^[\s|·•\-–—/:»>,]*$")
_LABEL = re.compile(r"\bx-nc-sel(\d)\b")
_SPACES = " \t\n\r\f\v\xa0"


# ---------------------------------------------------------------- the page's lines
@dataclass
class Segment:
    text: str
    label: int | None
    link: int | None  # the enclosing <a>, by its order in the page
    box: int | None  # the enclosing list, or else block, by its order in the page


@dataclass
class Line:
    segments: list[Segment]

    def labels(self) -> set[int | None]:
        return {s.label for s in self.segments if s.text.strip()}

    def text(self, keep: frozenset[int | None] | None = None) -> str:
        """The line's words, those of the blocks labelled ``keep`` only (a block left out reads as a
        space)."""
        parts = []
        for s in self.segments:
            if keep is None or s.label in keep or not s.text.strip():
                parts.append(s.text)
            else:
                parts.append(" ")
        return " ".join("".join(parts).split())

    def box(self) -> int | None:
        return next((s.box for s in self.segments if s.text.strip()), None)

    def items(self) -> list[str] | None:
        """The line's link texts, when it is links and separators only."""
        items: list[str] = []
        last: int | None = None
        for s in self.segments:
            if s.link is None:
                if not _SEPARATORS.match(s.text):
                    return None
                last = None
                continue
            if s.link == last and items:
                items[-1] += s.text
            else:
                items.append(s.text)
            last = s.link
        return [" ".join(i.split()) for i in items if i.strip()]


class _Walk:
    """The body's text in document order, cut into lines where the layout breaks."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.current: list[Segment] = []
        self.count = 0

    def flush(self) -> None:
        if any(s.text.strip() for s in self.current):
            self.lines.append(Line(self.current))
        self.current = []

    def visit(
        self, el: _Element, label: int | None, link: int | None, lbox: int | None, bbox: int | None
    ) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP or "x-nc-invisible" in (el.get("class") or ""):
            return
        self.count += 1
        found = _LABEL.search(el.get("class") or "")
        label = int(found.group(1)) if found else label
        if tag == "a":
            link = self.count
        if tag in _LISTS:
            lbox = self.count
        elif tag in _BLOCK:
            bbox = self.count
        block = tag in _BLOCK
        if block:
            self.flush()
        box = lbox if lbox is not None else bbox
        if el.text:
            self.current.append(Segment(el.text, label, link, box))
        for child in el:
            self.visit(child, label, link, lbox, bbox)
            if child.tail:
                self.current.append(Segment(child.tail, label, link, box))
        if block:
            self.flush()


def _root(path: Path) -> _Element | None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        return lxml.html.document_fromstring(text)
    except (ParserError, ValueError):
        return None


def _lines(root: _Element) -> list[Line]:
    walk = _Walk()
    body = root.find("body")
    walk.visit(body if body is not None else root, None, None, None, None)
    walk.flush()
    return walk.lines


# ---------------------------------------------------------------- the characters the annotated copy lost
def _cp1252(text: str) -> str:
    """C1 controls (a page's ``&#150``) read as the Windows-1252 characters they stand for."""
    return re.sub(r"[\x80-\x9f]", lambda m: bytes([ord(m.group())]).decode("cp1252", "replace"), text)


class Restorer:
    """Puts back the characters the annotated copy wrote as "?", from the crawled page's text."""

    def __init__(self, original: _Element | None) -> None:
        text = ""
        if original is not None:
            for bad in original.xpath("//script|//style|//noscript"):
                if bad.getparent() is not None:
                    bad.drop_tree()
            text = _cp1252(original.text_content())
        self.compact = "".join(c for c in text if c not in _SPACES)

    def __call__(self, text: str) -> str:
        if "?" not in text or not self.compact:
            return text
        compact = [c for c in text if c not in _SPACES]
        pattern = "".join("(.)" if c == "?" else re.escape(c) for c in compact)
        found = re.search(pattern, self.compact)
        if found is None:
            return text
        lost = iter(found.groups())
        return " ".join("".join(next(lost) if c == "?" else c for c in text).split())


def _spoilt(text: str) -> bool:
    """A "?" the restorer could not place, between two letters ("Kosovo?s"), or a character the crawled
    page itself had broken (a stray C1 control, read as U+FFFD)."""
    return "\ufffd" in text or re.search(r"[^\W\d_]\?[^\W\d_]", text) is not None


# ---------------------------------------------------------------- the page
@dataclass(frozen=True)
class Page:
    uuid: str
    url: str
    site: str
    title: str
    paras: tuple[str, ...]
    published: str
    date_known: bool
    top: tuple[str, ...]  # chrome lines before the first full-text line
    masthead: tuple[str, ...]  # the top lines before the headline
    between: tuple[str, ...]  # the top lines between the headline and the text
    inner: tuple[str, ...]
    bottom: tuple[str, ...]
    navs: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())  # ("top" | "bottom", link texts)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATES = (
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(20\d\d)\b", re.I), (3, 1, 2)),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(20\d\d)\b", re.I), (3, 2, 1)),
    (re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b"), (1, 2, 3)),
)


#: the last (year, month) a page of the data can be from (L3S-GN1 was crawled by mid-2008)
LAST_MONTH = (2008, 6)


def _day(year: int, month: int, day: int, last: tuple[int, int] = LAST_MONTH) -> str | None:
    """The day as ISO text, when it can be a page's: from 2000 to ``last`` (year, month)."""
    if year >= 2000 and 1 <= month <= 12 and 1 <= day <= 31 and (year, month) <= last:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _date_in_url(url: str, last: tuple[int, int] = LAST_MONTH) -> str | None:
    for found in re.finditer(r"(?<!\d)(20\d\d)[/-]?(\d\d)[/-]?(\d\d)(?!\d)", url):
        year, month, day_of = (int(g) for g in found.groups())
        day = _day(year, month, day_of, last)
        if day:
            return day
    return None


def _dates_in(text: str, last: tuple[int, int] = LAST_MONTH) -> Iterator[str]:
    for pattern, (y, m, d) in _DATES:
        for found in pattern.finditer(text):
            month = found.group(m)
            number = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower())
            day = _day(int(found.group(y)), number, int(found.group(d)), last) if number else None
            if day:
                yield day


def _date_in_text(groups: list[list[str]]) -> str | None:
    """The latest day named in the first group of texts that names one (a photo's credit or a quoted
    day is older than the story's)."""
    for texts in groups:
        days = [day for text in texts for day in _dates_in(text)]
        if days:
            return max(days)
    return None


def _fallback_title(root: _Element) -> str:
    for path in ("//h1", "//meta[@property='og:title']/@content", "//title"):
        for hit in root.xpath(path):
            text = " ".join((hit if isinstance(hit, str) else hit.text_content()).split())
            if text:
                return text
    return ""


def _is_chrome(text: str, folded_content: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 30
        and len(text) <= 220
        and re.search(r"[^\W\d_]", text) is not None
        and not _spoilt(text)
        and _fold(text) not in folded_content
    )


def _navs(
    lines: list[Line], chrome: list[bool], first: int, last: int, fix: Restorer, folded: str
) -> list[tuple[str, tuple[str, ...]]]:
    """The page's runs of link texts outside the article: ("top" | "bottom", texts)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    run: list[str] = []
    run_box: int | None = None
    run_at = 0

    def close() -> None:
        items = [i for i in run if 1 <= len(i.split()) <= 5 and len(i) <= 40 and _is_chrome(i, folded)]
        items = list(dict.fromkeys(items))
        if len(items) >= 3 and (run_at < first or run_at > last):
            out.append(("top" if run_at < first else "bottom", tuple(items)))

    for i, line in enumerate(lines):
        items = line.items() if chrome[i] else None
        if not items:
            close()
            run, run_box = [], None
            continue
        items = [fix(t) for t in items]
        if len(items) >= 3:  # a line of links of its own
            close()
            run, run_box, run_at = items, None, i
            close()
            run = []
            continue
        if run and line.box() == run_box and run_box is not None:
            run.extend(items)
        else:
            close()
            run, run_box, run_at = list(items), line.box(), i
    close()
    return out


def _published(
    url: str, lines: list[Line], labels: list[set[int | None]], head: int, first: int, fix: Restorer
) -> str | None:
    """The day in the address, else the dateline: in a short line (not a photo's caption, whose "file
    photo" day is older) between the headline and the text, a short supplemental block, or one of the
    twelve lines before the headline."""

    def short(rows: Iterable[int]) -> list[str]:
        texts = [lines[i].text(frozenset({SUPPLEMENT}) if SUPPLEMENT in labels[i] else None) for i in rows]
        return [fix(t) for t in texts if len(t.split()) <= 12 and "photo" not in t.casefold()]

    supplements = [i for i, ls in enumerate(labels) if SUPPLEMENT in ls]
    groups = [short(range(head, first)), short(supplements), short(range(max(head - 12, 0), head))]
    return _date_in_url(url) or _date_in_text(groups)


def read_page(folder: Path, uuid: str, url: str) -> Page | None:
    """The clean record's parts and the page's chrome, or None for a page the set does not use."""
    root = _root(folder / "annotated" / f"{uuid}.html")
    if root is None:
        return None
    original = folder / "original" / f"{uuid}.html"
    fix = Restorer(_root(original) if original.is_file() else None)
    lines = _lines(root)
    labels = [line.labels() for line in lines]
    body_at = [i for i, ls in enumerate(labels) if FULLTEXT in ls]
    head_at = [i for i, ls in enumerate(labels) if HEADLINE in ls]
    if not body_at:
        return None
    first, last = body_at[0], body_at[-1]
    paras = list(dict.fromkeys(fix(lines[i].text(frozenset({FULLTEXT}))) for i in body_at))
    paras = [p for p in paras if re.search(r"[^\W\d_]", p)]
    title = fix(lines[head_at[0]].text(frozenset({HEADLINE}))) if head_at else _fallback_title(root)
    if len(paras) < 2 or sum(len(p.split()) for p in paras) < 60 or not title:
        return None
    if any(_spoilt(p) or is_bad(p) for p in [title, *paras]):
        return None
    folded = _fold(" ".join([title, *paras]))
    chrome = [ls <= CHROME_LABELS for ls in labels]
    texts = [fix(line.text()) if chrome[i] else "" for i, line in enumerate(lines)]
    keep = [chrome[i] and _is_chrome(texts[i], folded) for i in range(len(lines))]

    def pool(lo: int, hi: int) -> tuple[str, ...]:
        out: list[str] = []
        for i in range(max(lo, 0), min(hi, len(lines))):
            if keep[i] and (not out or out[-1] != texts[i]):
                out.append(texts[i])
        return tuple(out)

    head = head_at[0] if head_at and head_at[0] < first else first

    day = _published(url, lines, labels, head, first, fix)
    host = re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", url).split("/")[0].split(":")[0].lower())
    return Page(
        uuid=uuid,
        url=url,
        site=host,
        title=title,
        paras=tuple(paras),
        published=day or FALLBACK_DAY,
        date_known=day is not None,
        top=pool(0, first),
        masthead=pool(0, head),
        between=pool(head + 1, first),
        inner=pool(first + 1, last),
        bottom=pool(last + 1, len(lines)),
        navs=tuple(_navs(lines, chrome, first, last, fix, folded)),
    )


def _addresses(folder: Path) -> Iterator[tuple[str, str]]:
    for row in (folder / "url-mapping.txt").read_text(encoding="utf-8").splitlines():
        found = re.match(r"<urn:uuid:([0-9a-f-]+)>\s+(\S+)", row.strip())
        if found:
            yield found.group(1), found.group(2)


def load_pages(folder: Path) -> list[Page]:
    """The data's usable pages, in their identifiers' order."""
    pages = []
    for uuid, url in sorted(_addresses(folder)):
        if (folder / "annotated" / f"{uuid}.html").is_file():
            page = read_page(folder, uuid, url)
            if page is not None:
                pages.append(page)
    return pages


def page_id(page: Page) -> str:
    return f"{page.site}/{page.uuid}"


def case_of(page: Page) -> Case:
    """The clean record of ``page``, shaped as the corpus's records are, its truth the same."""
    body = "\n\n".join(page.paras)
    record = {
        "url": page.url,
        "site": page.site,
        "title": page.title,
        "published": page.published,
        "body": body,
        "authors": [],
        "language": "en",
        "extractor": "truth",
        "extractor_version": "",
    }
    truth = {
        "id": page.uuid,
        "url": page.url,
        "title": page.title,
        "published": page.published,
        "body": body,
        "source_dataset": SOURCE,
        "license": LICENSE,
        "extra": {"source_path": f"annotated/{page.uuid}.html", "date_known": page.date_known},
    }
    return Case(page_id(page), page.site, record, truth, None)


def with_page(case: Case, page: Page, folder: Path) -> Case:
    """``case`` with its page's original HTML, decoded as a replay run decodes it (``--page``): the
    checks can then tell where a body's line sits in the page."""
    return dataclasses.replace(case, html=page_html(folder / "original" / f"{page.uuid}.html", page.url))


# ---------------------------------------------------------------- the kinds
def _lines_as(lines: list[str] | tuple[str, ...], rnd: random.Random) -> str:
    """Chrome lines as the extractor leaves them: a paragraph each, or (one time in five) one block."""
    return "\n".join(lines) if rnd.random() < 0.2 else "\n\n".join(lines)


def _window(lines: tuple[str, ...], rnd: random.Random, low: int, high: int, near: str) -> list[str]:
    """``low`` to ``high`` consecutive lines, three times in five those ``near`` the article ("end" of
    the lines before it, "start" of those after it)."""
    n = rnd.randint(low, min(high, len(lines)))
    if rnd.random() < 0.6:
        start = len(lines) - n if near == "end" else 0
    else:
        start = rnd.randrange(len(lines) - n + 1)
    return list(lines[start : start + n])


def kinds_for(pages: Mapping[str, Page]) -> dict[str, Defect]:
    """Kind -> planter, each reading the case's page's chrome."""

    def chrome_top(case: Case, rnd: random.Random) -> Case | None:
        page = pages[case.page_id]
        if len(page.top) < 2:
            return None
        block = _lines_as(_window(page.top, rnd, 2, 6, "end"), rnd)
        return _with(case, body="\n\n".join([block, *page.paras]))

    def chrome_bottom(case: Case, rnd: random.Random) -> Case | None:
        page = pages[case.page_id]
        if len(page.bottom) < 2:
            return None
        block = _lines_as(_window(page.bottom, rnd, 2, 6, "start"), rnd)
        return _with(case, body="\n\n".join([*page.paras, block]))

    def chrome_one(case: Case, rnd: random.Random) -> Case | None:
        page = pages[case.page_id]
        paras = list(page.paras)
        where = rnd.choice(("start", "middle", "end"))
        pool = {"start": page.top, "end": page.bottom}.get(where, page.top + page.inner + page.bottom)
        if not pool:
            return None
        i = {"start": 0, "end": len(paras)}.get(where, rnd.randrange(1, len(paras)))
        return _with(case, body="\n\n".join([*paras[:i], rnd.choice(pool), *paras[i:]]))

    def title_repeated(case: Case, rnd: random.Random) -> Case | None:
        page = pages[case.page_id]
        style = rnd.random()
        before: list[str] = []
        after: list[str] = []
        if style >= 0.4 and page.masthead:
            before = list(page.masthead[-rnd.randint(1, min(3, len(page.masthead))) :])
        if (style >= 0.7 or (style >= 0.4 and not before)) and page.between:
            after = list(page.between[: rnd.randint(1, min(2, len(page.between)))])
        return _with(case, body="\n\n".join([*before, page.title, *after, *page.paras]))

    def section_links(case: Case, rnd: random.Random) -> Case | None:
        page = pages[case.page_id]
        if not page.navs:
            return None
        where, items = rnd.choice(page.navs)
        n = rnd.randint(3, min(10, len(items)))
        start = 0 if rnd.random() < 0.5 else rnd.randrange(len(items) - n + 1)
        joiner = rnd.choice(("\n", "\n", "\n\n", " ", " | "))
        links = joiner.join(items[start : start + n])
        paras = [links, *page.paras] if where == "top" else [*page.paras, links]
        return _with(case, body="\n\n".join(paras))

    def teaser_body(case: Case, rnd: random.Random) -> Case | None:
        paras = pages[case.page_id].paras
        if len(paras) < 5:
            return None
        return _with(case, body=paras[0])

    return {
        "chrome_top": chrome_top,
        "chrome_bottom": chrome_bottom,
        "chrome_one": chrome_one,
        "title_repeated": title_repeated,
        "section_links": section_links,
        "teaser_body": teaser_body,
    }


#: kind -> its line's name in the table
NAMES = {
    "chrome_top": "chrome_top: 2-6 of the page's chrome lines from before the article (start)",
    "chrome_bottom": "chrome_bottom: 2-6 of the page's chrome lines from after the article (end)",
    "chrome_one": "chrome_one: one chrome line (start, middle or end)",
    "title_repeated": "title_repeated: the title as the first line, now and then with masthead lines",
    "section_links": "section_links: the page's own navigation links (start or end)",
    "teaser_body": "teaser_body: the body cut to its first paragraph (5 or more)",
}
CLEAN = "clean: the labelled record as given (the share failing is the false-alarm rate)"


def blind(pages: Mapping[str, Page], keep_page: bool = False) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught). The defective records are checked as
    ``harness check`` sees JSON lines (record only), or with ``keep_page`` also as a replay run sees them:
    with the page they were extracted from, whose chrome the planted lines are (added by the lead in
    session 35: the set's ``--page`` gave the page to the clean records only)."""
    kinds: Kinds = {}
    for name, plant in kinds_for(pages).items():
        # the title on the body's first line may be read by a check of the title as well
        expected = BODY_CHECKS | TITLE_CHECKS if name == "title_repeated" else BODY_CHECKS
        kinds.update(_both(NAMES[name], plant, expected))
        if keep_page:
            kinds[f"{NAMES[name]}, with its page"] = (plant, expected)
            kinds[f"{NAMES[name]}, with its page, 1 page in 8 per run"] = (sparse(plant, 8), expected)
    return kinds


def data_dir(explicit: str | None) -> Path:
    return Path(explicit or os.environ.get("HARNESS_BLIND32_DATA") or "/tmp/blind32data")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--data", help="the L3S-GN1 folder (default: $HARNESS_BLIND32_DATA or /tmp/blind32data)"
    )
    parser.add_argument(
        "--page",
        action="store_true",
        help="give each record its page's original HTML, as a replay run has it (the chrome's provenance):"
        " the clean records, and each kind once more with its page",
    )
    args = parser.parse_args(argv)
    folder = data_dir(args.data)
    if not (folder / "annotated").is_dir() or not (folder / "url-mapping.txt").is_file():
        print(
            f"checks_blind32: skipped, no L3S-GN1 data at {folder} (annotated/, original/, url-mapping.txt;"
            " the docstring says how to make it)",
            file=sys.stderr,
        )
        return 0
    pages = {page_id(p): p for p in load_pages(folder)}
    cases = [case_of(p) for p in pages.values()]
    if args.page:
        cases = [with_page(case, pages[case.page_id], folder) for case in cases]
    return blind_run.table(
        cases,
        blind(pages, keep_page=args.page),
        "blind kind (thirty-second set, L3S-GN1's real chrome"
        + (", the page's HTML given)" if args.page else ", record only)"),
        "thirty-second blind set, all kinds",
        misses=False,
        clean=CLEAN,
    )


if __name__ == "__main__":
    sys.exit(main())
