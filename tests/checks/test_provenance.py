"""Where the body's text came from: lines found in the page's chrome, in languages no pattern covers."""

from __future__ import annotations

import json
from pathlib import Path
from time import perf_counter
from typing import Any

import pytest
from spine.helpers import make_cassette

from harness import runner
from harness.capture import cassette
from harness.checks import load_settings, provenance
from harness.checks.provenance import PageText, line_evidence, page_text, parse, text_content
from harness.checks.text import lines
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.page import Page, RecordedResponse
from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")
# Chrome in Indonesian, Turkish, Vietnamese, Swedish and Czech: no pattern list covers these languages.
PAGE = f"""<!doctype html><html><head><title>t</title></head>
<body class="has-sidebar menu-open">
<header class="site-head"><ul><li><a href="/">Beranda</a></li><li><a href="/n">Nasional</a></li>
<li><a href="/o">Olahraga</a></li></ul></header>
<div class="site"><main><article>
<h1>City council approves budget for schools</h1>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p>
<p>Baca juga: <a href="/x">Harga BBM naik lagi bulan ini</a></p>
<div class="share-tools"><a href="/s1">Bagikan ke Facebook</a> <a href="/s2">Paylaş</a></div>
<p>{PARAS[2]}</p>
</article></main>
<aside><h3>Đọc nhiều nhất</h3><ul><li><a href="/r1">Giá xăng tăng lần thứ ba</a></li>
<li><a href="/r2">Bão số 5 đổ bộ miền Trung</a></li>
<li><a href="/r3">Đội tuyển thắng đậm</a></li></ul></aside>
</div>
<footer><ul class="links"><li><a href="/k">Kontakta oss</a></li><li><a href="/p">Ochrana soukromí</a></li>
<li><a href="/g">Ikuti kami di Google News</a></li></ul></footer>
</body></html>"""


def _checks(body: str, html: str = PAGE) -> list[Any]:
    return page_checks(record(body=body), truth=None, html=html)


def test_clean_body_has_no_chrome_findings() -> None:
    found = _checks(ARTICLE)
    assert not [f for f in found if f.check.startswith(("boilerplate.chrome", "body.truncated"))]


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("Ikuti kami di Google News", "body.has-sidebar > footer > ul.links > li"),
        ("Giá xăng tăng lần thứ ba", "> div.site > aside > ul > li"),
        ("Beranda", "> header.site-head > ul > li"),
        ("Bagikan ke Facebook", "article > div.share-tools > a"),
    ],
)
def test_chrome_line_in_any_language_is_an_error_with_its_element_path(line: str, where: str) -> None:
    found = _checks(ARTICLE + "\n\n" + line)
    chrome = [f for f in found if f.check == "boilerplate.chrome"]
    assert len(chrome) == 1 and chrome[0].severity == "error" and chrome[0].excerpt == line
    assert where in chrome[0].message


def test_link_dense_line_inside_the_article_is_only_info() -> None:
    found = _checks(ARTICLE + "\n\nBaca juga: Harga BBM naik lagi bulan ini")
    chrome = [f for f in found if f.check.startswith("boilerplate.chrome")]
    assert [f.check for f in chrome] == ["boilerplate.chrome_weak"]
    assert chrome[0].severity == "info" and "article > p" in chrome[0].message  # 18% false alarms: not gated


def test_body_layout_classes_do_not_make_the_article_chrome() -> None:
    """``<body class="menu-open">`` is above the article: it says nothing about the article's lines."""
    found = _checks(PARAS[0])
    assert not [f for f in found if f.check.startswith("boilerplate.chrome")]


def test_truncated_body_where_the_page_goes_on() -> None:
    cut = PARAS[1][: PARAS[1].index(" the mayor") + len(" the mayor")]
    found = _checks("\n\n".join([PARAS[0], cut]))
    trunc = [f for f in found if f.check == "body.truncated"]
    assert len(trunc) == 1 and trunc[0].severity == "error" and "promised to keep" in trunc[0].message


def test_hostile_or_empty_pages_do_not_raise() -> None:
    for html in ("", "\x00\x00", "<html>", "<!-- -->", "<?xml version='1.0' encoding='latin-1'?><p>x</p>"):
        _checks(ARTICLE, html=html)


def test_replay_run_flags_chrome_the_extractor_kept(tmp_path: Path) -> None:
    """End to end: the runner hands the recorded page to the checks; the leaked footer line fails the gate."""
    make_cassette(tmp_path / "c", "harbor.example", "story", PAGE.encode("utf-8"))

    def leaky(page: Page) -> dict[str, Any]:
        return {
            "title": "City council approves budget",
            "published": "2025-03-04T10:00:00+00:00",
            "body": ARTICLE + "\n\nIkuti kami di Google News",
        }

    ctx = runner.RunContext(HarnessConfig(root=tmp_path), FunctionExtractor("leaky", leaky, "1")).prepare()
    run = runner.run(ctx, cassette.discover(tmp_path / "c"), source="test")
    chrome = [f for f in run.pages[0].findings if f.check == "boilerplate.chrome"]
    assert len(chrome) == 1 and "footer > ul.links > li" in chrome[0].message
    assert runner.exit_code(run, "error") == 1


def test_corpus_pages_clean_truth_and_speed(corpus_dir: Path) -> None:
    """On real pages: the annotated bodies are (almost) never chrome; a real footer/nav link text is."""
    pages = sorted((corpus_dir / "zyte_aeb").glob("*.json"))[:40]
    settings, false_alarms, caught, planted, spent = load_settings({}), 0, 0, 0, 0.0
    for path in pages:
        truth = json.loads(path.read_text(encoding="utf-8"))
        html = Page(
            RecordedResponse(truth["url"], 200, {}, path.with_suffix(".html").read_bytes()), "", ""
        ).text
        start = perf_counter()
        text = page_text(html)
        spent += perf_counter() - start
        found = page_checks(record(body=truth["body"]), settings, truth=None, html=html)
        false_alarms += any(f.check == "boilerplate.chrome" for f in found)
        chrome = _real_chrome_line(text)
        if chrome is not None:
            planted += 1
            leaked = page_checks(record(body=truth["body"] + "\n\n" + chrome), settings, html=html)
            caught += any(f.check.startswith("boilerplate.") and f.excerpt == chrome for f in leaked)
    assert false_alarms <= 1
    assert planted >= 20 and caught / planted >= 0.9
    assert spent / len(pages) < 0.25  # seconds per page, parse + index (about 25 ms measured, under load)


def _real_chrome_line(text: Any) -> str | None:
    from harness.checks.provenance import chrome_at, link_share

    for key, els in text.by_text.items():
        el = els[0]
        if el.tag == "a" and 8 <= len(key) <= 40 and chrome_at(el) and link_share(el) == 1.0:
            return " ".join(text_content(el).split())
    return None


def test_index_built_for_a_body_answers_its_lines_as_the_whole_index() -> None:
    """``page_text(html, body)`` indexes only the body's lines: the same evidence, element paths and all."""
    body = ARTICLE + "\n\nIkuti kami di Google News\n\nGiá xăng tăng lần thứ ba\n\nBagikan ke Facebook Paylaş"
    whole, narrow = page_text(PAGE), page_text(PAGE, body)
    assert whole is not None and narrow is not None
    expected = list(line_evidence(body, whole))
    assert len(expected) >= 2 and list(line_evidence(body, narrow)) == expected
    assert set(narrow.by_text) < set(whole.by_text)


def test_text_content_is_lxml_html_text_content() -> None:
    import lxml.html

    tree = lxml.html.document_fromstring(PAGE.encode(), parser=lxml.html.HTMLParser(encoding="utf-8"))
    root = parse(PAGE)
    assert root is not None
    ours, theirs = list(root.iter()), list(tree.iter())
    assert [e.tag for e in ours] == [e.tag for e in theirs]
    assert [text_content(e) for e in ours] == [e.text_content() for e in theirs]


def test_link_shares_measured_once_per_page_give_the_same_judgement() -> None:
    from harness.checks.provenance import judge

    text = page_text(PAGE)
    assert text is not None
    memo: dict[Any, float] = {}
    judged = [(judge(els), judge(els, memo)) for els in text.by_text.values()]
    assert memo and all(alone == shared for alone, shared in judged)
    assert sum(alone is not None for alone, _ in judged) >= 5


# An older page laid out in tables, with no <nav>, <footer>, <aside> or chrome class: the article sits in
# one cell, a column of links to other stories in another, the byline's one link above the article.
TABLE_PAGE = f"""<html><body><table><tr>
<td class="lt"><table class="lan"><tr><td><a href="/a">Harbour ferry fares rise in March</a></td></tr>
<tr><td><a href="/b">Storm closes the coast road again</a></td></tr>
<tr><td><a href="/c">Museum reopens after two years</a></td></tr></table></td>
<td class="main"><div id="Content"><span><a href="/staff/roe">Jane Roe</a></span>
<font id="Zoom"><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p><a href="/more">Council budget in full</a></p>
<p>{PARAS[2]}</p></font></div></td></tr></table></body></html>"""


def _chrome_findings(body: str, html: str = TABLE_PAGE) -> list[tuple[str, str, str]]:
    return [
        (f.check, f.severity, f.excerpt) for f in _checks(body, html) if f.check.startswith("boilerplate.ch")
    ]


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("Storm closes the coast road again", "table.lan > tr"),  # the column of other stories
        ("Jane Roe", "div#Content > span"),  # one link above the article: a byline's, not the article
    ],
)
def test_link_text_outside_the_article_is_an_error_in_a_table_layout(line: str, where: str) -> None:
    body = "\n\n".join([PARAS[0], line, PARAS[1], PARAS[2]])
    found = [f for f in _checks(body, TABLE_PAGE) if f.check == "boilerplate.chrome"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", line)]
    assert "link text outside the article" in found[0].message and where in found[0].message


def test_a_link_inside_the_article_is_not_an_error() -> None:
    body = "\n\n".join([PARAS[0], PARAS[1], "Council budget in full", PARAS[2]])
    assert all(severity != "error" for _, severity, _ in _chrome_findings(body))


# The same layout, but the article is one cell of text whose paragraphs only <br>s split (with a link and
# a bold word inside them): no element holds a paragraph whole, so the article is found by its text nodes.
CELL_PAGE = f"""<html><body><table><tr>
<td class="lt"><table class="lan"><tr><td><a href="/a">Harbour ferry fares rise in March</a></td></tr>
<tr><td><a href="/b">Storm closes the coast road again</a></td></tr>
<tr><td><a href="/c">Museum reopens after two years</a></td></tr></table></td>
<td class="main"><font id="Zoom">{PARAS[0].replace("budget", "<b>budget</b>", 1)}<br><br>{PARAS[1]}<br><br>
{PARAS[2]}</font></td></tr></table>
<div class="foot"><b>Site Tools</b><select><option>World News</option><option>Sport</option></select>
</div></body></html>"""


def _index(html: str, body: str) -> PageText:
    text = page_text(html, body)
    assert text is not None
    return text


@pytest.mark.parametrize("joiner", ["<br><br>", "\n"])
def test_an_article_written_in_one_element_is_found_by_its_text(joiner: str) -> None:
    """Its paragraphs between <br>s (one split by a bold word), or run into one text with line breaks."""
    html = CELL_PAGE.replace("<br><br>", joiner)
    body = "\n\n".join([PARAS[0], "Storm closes the coast road again", PARAS[1], PARAS[2]])
    assert _chrome_findings(body, html) == [
        ("boilerplate.chrome", "error", "Storm closes the coast road again")
    ]
    region = provenance.article_region(lines(body), _index(html, body))
    assert region is not None and region.get("id") == "Zoom"


def test_a_form_s_option_is_chrome_and_a_bold_label_outside_the_article_is_not_evidence() -> None:
    body = "\n\n".join([PARAS[0], PARAS[1], PARAS[2], "World News", "Site Tools"])
    assert _chrome_findings(body, CELL_PAGE) == [("boilerplate.chrome", "error", "World News")]


# Chrome without links: a heading in the page's footer block, outside the article.
FOOT_PAGE = f"""<html><body><div id="page"><div class="story"><p>{PARAS[0]}</p><p>{PARAS[1]}</p>
<p>{PARAS[2]}</p></div>
<div id="footer"><h3>Legal notices and terms</h3><p>Contact the newsroom</p></div></div></body></html>"""


@pytest.mark.parametrize(
    ("html", "severity"),
    [
        (FOOT_PAGE, "error"),
        # an ASP.NET page's one <form> holds the article too: it says nothing about the line
        (
            FOOT_PAGE.replace('id="footer"', 'id="bottom"')
            .replace('<div id="page">', '<form id="page">')
            .replace("</div></body>", "</form></body>"),
            "info",
        ),
        # the footer block inside the <article> the article's text is in: the article's own footer
        (
            FOOT_PAGE.replace('<div id="page">', "<article>").replace("</div></body>", "</article></body>"),
            "info",
        ),
    ],
)
def test_chrome_without_links_outside_the_article_is_an_error(html: str, severity: str) -> None:
    body = "\n\n".join([PARAS[0], PARAS[1], PARAS[2], "Legal notices and terms"])
    found = [s for _, s, line in _chrome_findings(body, html) if line == "Legal notices and terms"]
    assert found == [severity]
    if severity == "error":
        evidence = dict(line_evidence(body, _index(html, body)))
        assert evidence["Legal notices and terms"].where == "div.footer, outside the article"


def test_without_two_prose_lines_found_there_is_no_article_to_be_outside_of() -> None:
    """A body whose prose the page does not hold line for line: the link column is only weak evidence."""
    body = "\n\n".join(
        [PARAS[0] + " And more words the page does not have.", "Storm closes the coast road again"]
    )
    assert _chrome_findings(body) == [
        ("boilerplate.chrome_weak", "info", "Storm closes the coast road again")
    ]


@pytest.mark.parametrize("joiner", [" ", " | ", " • ", " / "])
def test_the_page_s_links_joined_into_one_line_are_an_error(joiner: str) -> None:
    """Three links in a row of the page, one line of the body: no element holds that text whole."""
    links = [
        "Harbour ferry fares rise in March",
        "Storm closes the coast road again",
        "Museum reopens after two years",
    ]
    line = joiner.join(links)
    found = [f for f in _checks("\n\n".join([*PARAS, line]), TABLE_PAGE) if f.check == "boilerplate.chrome"]
    assert [(f.severity, f.excerpt) for f in found] == [("error", line)]
    assert "a run of 3 of the page's links" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Harbour ferry fares rise in March | Museum reopens after two years",  # two links only
        "Harbour ferry fares rise in March | Museum reopens after two years | Storm closes the coast road",
        "Harbour ferry fares rise in March and the storm closes the coast road again",  # words between
    ],
)
def test_links_out_of_the_page_s_order_or_with_words_between_are_not_a_run(line: str) -> None:
    found = [f for f in _checks("\n\n".join([*PARAS, line]), TABLE_PAGE) if f.check == "boilerplate.chrome"]
    assert not found


BR_STORY = [
    "The harbour board voted on Monday to raise ferry fares by ten percent from the first of March.",
    "Board members said fuel costs had doubled since the last rise, and the service lost money every week.",
    "Commuters who cross twice a day said the rise would cost them more than a hundred a year.",
    "The board promised a cheaper pass for residents of the islands, to be announced in February.",
    "A petition against the rise had gathered four thousand names by Monday evening, its organisers said.",
    "The next meeting of the board is open to the public and will be held at the town hall.",
]
# an article written as one element, its paragraphs between <br>s: no paragraph element follows the lead
BR_PAGE = f"""<html><body><table><tr><td><div class="story">{"<br><br>".join(BR_STORY)}</div></td></tr>
</table></body></html>"""


def test_a_lead_that_opens_an_element_the_article_goes_on_in_stops_early() -> None:
    found = [f for f in _checks(BR_STORY[0], BR_PAGE) if f.check == "body.stops_early"]
    assert [f.severity for f in found] == ["error"] and "more sentences" in found[0].message


@pytest.mark.parametrize("body", ["\n\n".join(BR_STORY), "\n\n".join(BR_STORY[4:])])
def test_a_whole_article_or_its_end_in_one_element_does_not_stop_early(body: str) -> None:
    assert not [f for f in _checks(body, BR_PAGE) if f.check in ("body.stops_early", "body.truncated")]


# A search form inside a plain <table> whose whole text is the form's: the table is the form's wrapper,
# not a second, plain occurrence of the line. Inside the article, a card's class on the inner element of a
# plain paragraph holding the same link is not enough.
WRAPPED_PAGE = f"""<html><body><div id="top"><table><form action="/s"><tr><td>Search the site</td></tr>
</form></table></div><div class="story"><p>{PARAS[0]}</p><p><span class="recommended">
<a href="/b">Budget row explained in five charts</a></span></p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>
</body></html>"""


def test_a_wrapper_outside_the_article_is_the_same_occurrence_inside_it_is_not() -> None:
    body = "\n\n".join(["Search the site", PARAS[0], "Budget row explained in five charts", *PARAS[1:]])
    assert _chrome_findings(body, WRAPPED_PAGE) == [
        ("boilerplate.chrome", "error", "Search the site"),
        ("boilerplate.chrome_weak", "info", "Budget row explained in five charts"),
    ]


def test_a_deck_in_the_article_s_header_apart_from_its_text_is_not_an_error() -> None:
    """A blog's <header> holds the headline and the deck; its text follows in a plain <div>."""
    deck = "And the seasonal dresses that go with them"
    html = f"""<html><body><header><h1>Winter collection</h1><p>{deck}</p></header>
<div class="entry"><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div></body></html>"""
    found = [s for _, s, line in _chrome_findings("\n\n".join([deck, *PARAS]), html) if line == deck]
    assert found == ["info"]
