"""A thirty-third blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. It does what the thirty-second set does (the issue's core kinds, a page's furniture
left in the body, planted from each page's REAL chrome into the clean record made from its human-marked
content), on another labelled set: Dragnet's, news and blog articles of 2012, not L3S-GN1's of 2008.

* the data: the Dragnet training data (Kurtis Bohrnstedt, Moz, 2012; https://github.com/seomoz/dragnet_data,
  commit 95559bee8812387d8e2cca2e8090004319ab9602), 1381 pages taken from a hand-picked list of RSS feeds
  (news sites, newspapers' and magazines' blogs, company blogs), each saved as crawled and, beside it, the
  text a person cut and pasted from it as its content (title, dateline and byline often included), with
  the readers' comments after a line ``!@#$%^&*()  COMMENTS``. All in English. Its licence is the AGPLv3
  (the data's own, "this data is licensed under the AGPLv3", README.md), so nothing of it is in this
  repository: the set reads it at run time from a folder named on the command line. Moz's repository keeps
  the pages in a tarball too large for a plain copy; the set reads the copy unpacked in
  https://github.com/j-szulc/html-cleaning-dataset-merged (commit 46e01a04b47051838a228bf23631430b2c9de375,
  folder ``dragnet_data``: ``input/X.html``, the page, ``GoldStandard/X.txt``, its content, ``X`` a
  number with "R" or "T" before it or none), made with

      git clone https://github.com/j-szulc/html-cleaning-dataset-merged /tmp/html-cleaning
      git -C /tmp/html-cleaning checkout 46e01a04b47051838a228bf23631430b2c9de375
      mkdir -p /tmp/blind33data
      cd /tmp/html-cleaning/dragnet_data
      cp -r input GoldStandard /tmp/blind33data/

  (or ``git --git-dir=<a bare copy> archive HEAD dragnet_data | tar -x -C /tmp/src`` and the same ``cp``),
  and skips, saying so, when the folder is not there. A file not in UTF-8 is read as Windows-1252; some
  content files already hold U+FFFD where their maker lost a character;

* the clean record, one a page: its address the page's own (``<link rel="canonical">``, ``og:url``,
  ``twitter:url``; a page naming none is not used), its site the address's host without "www.", the title
  the page's ``<h1>`` (the first whose text is a line of the content), else its ``og:title``, else its
  ``<title>``; the body the content's lines before the comments, one paragraph a line (a line repeated
  word for word kept once), less the title's line and the lines before it when it is among the first six
  (a dateline, a kicker); no authors, the language "en"; the date the page's
  ``article:published_time`` (or a like ``<meta>``), else the one in its address (``/2012/07/21/``),
  else the latest day named ("July 21, 2012", "21 July 2012", "2012-07-21") in the content's lines before
  the body, else the median day of the dated pages named with the same letter (the pages are named
  ``N``, ``RN`` and ``TN``, collected at three times: 23 July, 4 November and 9 August 2012). A page is
  used when its body has two paragraphs and sixty words at least, three fifths of its body's words at
  least are in the page's lines of six words or more found in the body (a content file that is not this
  page's is not used), and its title and body have no U+FFFD and none of ftfy's ``is_bad`` mojibake:
  1070 pages of 377 sites (464 dated from the page), 311 left out (235 naming no address, 59 short, 14
  not found in their page, 3 spoilt). The content as its maker pasted it is kept: a byline or a "Posted
  by ... on ..." line after the title stays the body's first paragraph, as in the data;

* the page's chrome: as the labels are plain text, not labelled blocks, the page's chrome is its text
  lines (a line of ``<p>``, ``<div>``, ``<br>``, ``<li>``, a cell ...; the thirty-second set's walk of the
  page) whose text does not occur in the content file (its comments included) nor in the title (compared
  with the case and the spaces folded), of one to thirty words and at most 220 characters, with a
  letter. The page's content lines are its lines of six words or more found in the body; those chrome
  lines before the first of them are the top chrome (before the title's line, the masthead; between the
  title's line and the text, the "between" lines), those after the last the bottom chrome, those between
  the inner chrome. A page's navigation is as in the thirty-second set: a run of chrome lines that are
  links only, in one list or one block, or one line of three links or more with only separators between
  them: its link texts of one to five words, three at least.

The kinds are the thirty-second set's, imported from it (``checks_blind32.blind``: its ``kinds_for``,
each kind in every record it fits and then in one record in eight per run, the same checks counting as a
catch), planted from this page's chrome:

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
    masthead lines, before one or two of the "between" lines, or both;
  - ``section_links``: three to ten consecutive link texts of one of the page's navigations, one a line,
    one a paragraph, or run into one line with spaces or " | ", at the start for a navigation before
    the article, at the end for one after it;
  - ``teaser_body``: the body cut to its first paragraph, for a body of five paragraphs or more.

With ``--page`` each record (clean or planted) is given its page's HTML, as a run that keeps the pages
would; without it the record alone speaks. Draws are seeded by the runner; the pages are read in their
names' order, and sites fall in the runner's halves by ``half_of``, so a run is repeated exactly:

    python bench/checks_blind33.py --data /tmp/blind33data [--page]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
from pathlib import Path

import lxml.html
from ftfy.badness import is_bad
from lxml.etree import ParserError, _Element

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from checks_blind32 import (
    CLEAN,
    Page,
    Restorer,
    _date_in_url,
    _dates_in,
    _day,
    _fold,
    _is_chrome,
    _lines,
    _navs,
    blind,
    case_of,
    page_id,
)
from checks_defects import Case

#: the data's origin, as the records' truth names it
SOURCE = (
    "seomoz/dragnet_data (AGPLv3), as unpacked in "
    "j-szulc/html-cleaning-dataset-merged@46e01a04b47051838a228bf23631430b2c9de375 (dragnet_data)"
)
LICENSE = "AGPL-3.0 (the Dragnet data)"
#: the date of a page whose page, address and content give none, by its name's letter: the median day of
#: the dated pages of the same letter (the three were collected at three times)
FALLBACK_DAY = {"": "2012-07-23", "R": "2012-11-04", "T": "2012-08-09"}
COMMENTS = "!@#$%^&*()  COMMENTS"
#: how much of the body (by words) must be found among the page's lines
FOUND_SHARE = 0.6

_URL_PATHS = (
    "//link[@rel='canonical']/@href",
    "//meta[@property='og:url']/@content",
    "//meta[@name='twitter:url']/@content",
    "//meta[@property='twitter:url']/@content",
)
_DATE_PATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
    "//meta[@name='publish-date']/@content",
    "//meta[@name='date']/@content",
    "//meta[@name='DC.date.issued']/@content",
)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _root(text: str) -> _Element | None:
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        return lxml.html.document_fromstring(text)
    except (ParserError, ValueError):
        return None


def _first(root: _Element, paths: tuple[str, ...]) -> str:
    for path in paths:
        for hit in root.xpath(path):
            text = " ".join(str(hit).split())
            if text:
                return text
    return ""


#: the last (year, month) a page of the data can be from (Dragnet was collected in 2012)
LAST_MONTH = (2012, 12)


def _published(root: _Element, url: str, before: list[str]) -> str | None:
    meta = _first(root, _DATE_PATHS)
    found = re.match(r"(20\d\d)-(\d\d)-(\d\d)", meta)
    if found:
        year, month, day_of = (int(g) for g in found.groups())
        day = _day(year, month, day_of, LAST_MONTH)
        if day:
            return day
    day = _date_in_url(url, LAST_MONTH)
    if day:
        return day
    days = [d for text in before for d in _dates_in(text, LAST_MONTH)]
    return max(days) if days else None


def _host(url: str) -> str:
    return re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0])


def _title(root: _Element, gold: list[str]) -> str:
    """The first ``<h1>`` that is a line of the content, else ``og:title``, else ``<title>``."""
    folded = {_fold(line) for line in gold}
    for h1 in root.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if text and _fold(text) in folded:
            return text
    title = _first(root, ("//meta[@property='og:title']/@content",))
    if title:
        return title
    for hit in root.xpath("//title"):
        text = " ".join(hit.text_content().split())
        if text:
            return text
    return ""


def read_page(folder: Path, number: str) -> Page | None:
    """The clean record's parts and the page's chrome, or None for a page the set does not use."""
    html = _decode((folder / "input" / f"{number}.html").read_bytes())
    root = _root(html)
    if root is None:
        return None
    url = _first(root, _URL_PATHS)
    if not re.match(r"https?://[^/\s]+\.[^/\s]+", url):
        return None
    text = _decode((folder / "GoldStandard" / f"{number}.txt").read_bytes())
    whole = [" ".join(line.split()) for line in text.replace(COMMENTS, "\n").splitlines()]
    whole = [line for line in whole if line]
    article = [" ".join(line.split()) for line in text.split(COMMENTS, 1)[0].splitlines()]
    article = [line for line in article if line]
    title = _title(root, article)
    if not title:
        return None
    # the title's line and the lines before it (dateline, kicker) are not the body
    at = next((i for i, line in enumerate(article[:6]) if _fold(line) == _fold(title)), None)
    before = article[:at] if at is not None else []
    body = article[at + 1 :] if at is not None else article
    paras = [p for p in dict.fromkeys(body) if re.search(r"[^\W\d_]", p) and _fold(p) != _fold(title)]
    if len(paras) < 2 or sum(len(p.split()) for p in paras) < 60:
        return None
    if any("\ufffd" in p or is_bad(p) for p in [title, *paras]):
        return None

    lines = _lines(root)
    texts = [" ".join(line.text().split()) for line in lines]
    folded_body = _fold(" ".join(paras))
    folded_all = _fold(" ".join([title, *whole]))
    content_at = [i for i, t in enumerate(texts) if len(t.split()) >= 6 and _fold(t) in folded_body]
    if not content_at:
        return None
    found_words = sum(len(texts[i].split()) for i in set(content_at))
    if found_words < FOUND_SHARE * sum(len(p.split()) for p in paras):
        return None
    first, last = content_at[0], content_at[-1]
    head_at = [i for i in range(first) if _fold(texts[i]) == _fold(title)]
    head = head_at[-1] if head_at else first
    chrome = [_fold(t) not in folded_all for t in texts]
    keep = [chrome[i] and _is_chrome(texts[i], folded_all) for i in range(len(lines))]

    def pool(lo: int, hi: int) -> tuple[str, ...]:
        out: list[str] = []
        for i in range(max(lo, 0), min(hi, len(lines))):
            if keep[i] and (not out or out[-1] != texts[i]):
                out.append(texts[i])
        return tuple(out)

    day = _published(root, url, before)
    return Page(
        uuid=f"dragnet-{number}",
        url=url,
        site=_host(url),
        title=title,
        paras=tuple(paras),
        published=day or FALLBACK_DAY.get(_order(number)[0], "2012-07-23"),
        date_known=day is not None,
        top=pool(0, first),
        masthead=pool(0, head),
        between=pool(head + 1, first),
        inner=pool(first + 1, last),
        bottom=pool(last + 1, len(lines)),
        navs=tuple(_navs(lines, chrome, first, last, Restorer(None), folded_all)),
    )


def _order(name: str) -> tuple[str, int]:
    """A page's place: its letter ("", "R", "T"), then its number."""
    found = re.match(r"(\D*)(\d*)", name)
    assert found is not None
    return found.group(1), int(found.group(2) or 0)


def load_pages(folder: Path) -> list[Page]:
    """The data's usable pages, in their names' order (letter, then number)."""
    numbers = sorted((p.stem for p in (folder / "input").glob("*.html")), key=_order)
    pages = []
    for number in numbers:
        if (folder / "GoldStandard" / f"{number}.txt").is_file():
            page = read_page(folder, number)
            if page is not None:
                pages.append(page)
    return pages


def case_for(page: Page, folder: Path, with_page: bool) -> Case:
    """The thirty-second set's clean record of ``page``, its truth naming this data, and (``with_page``)
    the page's HTML."""
    case = case_of(page)
    number = page.uuid.removeprefix("dragnet-")
    truth = {
        **case.truth,
        "source_dataset": SOURCE,
        "license": LICENSE,
        "extra": {"source_path": f"input/{number}.html", "date_known": page.date_known},
    }
    html = _decode((folder / "input" / f"{number}.html").read_bytes()) if with_page else None
    return dataclasses.replace(case, truth=truth, html=html)


def data_dir(explicit: str | None) -> Path:
    return Path(explicit or os.environ.get("HARNESS_BLIND33_DATA") or "/tmp/blind33data")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--data",
        help="the Dragnet folder, input/ and GoldStandard/"
        " (default: $HARNESS_BLIND33_DATA or /tmp/blind33data)",
    )
    parser.add_argument(
        "--page",
        action="store_true",
        help="give each record its page's HTML: the clean records, and each kind once more with its page",
    )
    args = parser.parse_args(argv)
    folder = data_dir(args.data)
    if not (folder / "input").is_dir() or not (folder / "GoldStandard").is_dir():
        print(
            f"checks_blind33: skipped, no Dragnet data at {folder} (input/, GoldStandard/;"
            " the docstring says how to make it)",
            file=sys.stderr,
        )
        return 0
    pages = {page_id(p): p for p in load_pages(folder)}
    cases = [case_for(p, folder, args.page) for p in pages.values()]
    return blind_run.table(
        cases,
        blind(pages, keep_page=args.page),
        "blind kind (thirty-third set, Dragnet's real chrome" + (", with the page)" if args.page else ")"),
        "thirty-third blind set, all kinds",
        misses=False,
        clean=CLEAN,
    )


if __name__ == "__main__":
    sys.exit(main())
