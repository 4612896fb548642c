"""A lead served as the article when the page wraps the lead apart from the rest of the article."""

from __future__ import annotations

from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")
LEAD = "The council met on Tuesday to vote on the budget for next year, the mayor's office said."
SPLIT = """<!doctype html><html><body><main><article><h1>City council approves budget</h1>
<div class="lead"><p>{lead}</p><p>Photo: AP</p></div>
<div class="text">{rest}</div>
</article></main></body></html>"""


def _stops_early(body: str, html: str) -> list[str]:
    return [f.severity for f in page_checks(record(body=body), html=html) if f.check == "body.stops_early"]


def test_a_lead_wrapped_apart_from_the_article_stops_early() -> None:
    html = SPLIT.format(lead=LEAD, rest="".join(f"<p>{p}</p>" for p in PARAS))
    assert _stops_early(LEAD, html) == ["error"]


def test_what_follows_a_whole_article_is_not_its_sequel() -> None:
    short = "".join(f"<p>{p}</p>" for p in PARAS[:2])  # two paragraphs: not three
    assert _stops_early(LEAD, SPLIT.format(lead=LEAD, rest=short)) == []
    body = "\n\n".join([LEAD, *PARAS])
    comments = "".join(f"<p>{p}</p>" for p in PARAS)
    page = SPLIT.format(lead="</p><p>".join([LEAD, *PARAS]), rest=comments)
    assert _stops_early(body, page) == []  # a long body: not a lead, whatever follows


def test_prose_after_the_lead_must_be_well_longer_than_the_lead() -> None:
    long_lead = " ".join([PARAS[1], PARAS[1]])
    html = SPLIT.format(lead=long_lead, rest="".join(f"<p>{p}</p>" for p in PARAS))
    assert _stops_early(long_lead, html) == []


def test_a_lead_the_page_holds_with_more_text_is_found_by_its_start() -> None:
    html = SPLIT.format(lead=LEAD + " (Reuters)", rest="".join(f"<p>{p}</p>" for p in PARAS))
    assert _stops_early(LEAD, html) == ["error"]
    assert _stops_early(LEAD[:50] + ".", html) == []  # too short a start to stand for the paragraph


def test_a_lead_ending_without_a_full_stop_still_stops_early() -> None:
    """A disclosure line or a headline-like lead has no sentence end; the page does not continue it, but
    its article goes on after it: a lead all the same."""
    lead = "This post was sponsored by the city tourism office and its partners"
    html = SPLIT.replace("<p>Photo: AP</p>", "").format(lead=lead, rest="".join(f"<p>{p}</p>" for p in PARAS))
    found = [f.check for f in page_checks(record(body=lead), html=html)]
    assert "body.stops_early" in found and "body.truncated" not in found


def test_a_lead_the_page_joins_with_no_space_is_found_by_its_start() -> None:
    """The page writes "(CNN)" in its own element, joined to the text with no space; the body has one."""
    html = SPLIT.format(lead="<span>(CNN)</span>" + LEAD, rest="".join(f"<p>{p}</p>" for p in PARAS))
    assert _stops_early("(CNN) " + LEAD, html) == ["error"]


DECK = """<!doctype html><html><body><main><article>
<header><div class="header-detail"><div class="header-texts"><div class="box"><div class="box-inner">
<h1>City council approves budget</h1><p class="subtitle">{lead}</p><div class="meta">By Jane Roe</div>
</div></div></div></div></header>
<section class="content">{rest}</section>
</article></main></body></html>"""


def test_a_deck_served_as_the_article_stops_early_however_deep_its_header() -> None:
    """The record holds only the standfirst, which the page keeps five wrappers deep in its header; the
    article's text is the header's sibling."""
    html = DECK.format(lead=LEAD, rest="".join(f"<p>{p}</p>" for p in PARAS))
    assert _stops_early(LEAD, html) == ["error"]
    short = "".join(f"<p>{p}</p>" for p in PARAS[:2])  # a short article after the deck: not its sequel
    assert _stops_early(LEAD, DECK.format(lead=LEAD, rest=short)) == []


def test_a_lead_in_japanese_stops_early_counted_in_characters() -> None:
    """Chinese and Japanese paragraphs have no spaces to count words by: their characters stand in."""
    lead = "東京都の議会は火曜日、来年度の予算案を賛成多数で可決した。"
    paras = [
        f"（第{i}段落）予算案には公共交通の整備や子育て支援の拡充などが盛り込まれており、総額は過去最大の規模となった。"
        "知事は記者会見で「都民の暮らしを支える予算だ」と述べた。"
        for i in range(1, 5)
    ]
    html = SPLIT.format(lead=lead, rest="".join(f"<p>{p}</p>" for p in paras))
    assert _stops_early(lead, html) == ["error"]
    short = "".join(f"<p>{p[:30]}。</p>" for p in paras)  # short lines, under a sentence each: not prose
    assert _stops_early(lead, SPLIT.format(lead=lead, rest=short)) == []


# The page opens the first paragraph with a byline in the same element, which the body leaves out: no
# element starts as the lead does. The rest follows as paragraphs, or in the same cell between <br>s.
BYLINE_PARAS = """<html><body><table><tr><td><p><b>By Jane Roe</b> {lead}</p>{rest}</td></tr></table>
</body></html>"""
BYLINE_BR = (
    """<html><body><table><tr><td>By Jane Roe<br>{lead}<br><br>{rest}</td></tr></table></body></html>"""
)


def test_a_lead_opened_by_a_byline_the_body_left_out_stops_early() -> None:
    paragraphs = BYLINE_PARAS.format(lead=LEAD, rest="".join(f"<p>{p}</p>" for p in PARAS))
    assert _stops_early(LEAD, paragraphs) == ["error"]
    cell = BYLINE_BR.replace("By Jane Roe<br>", "Photo: AP By Jane Roe ")
    rest = "<br><br>".join([*PARAS, "The vote was eleven to four, after a debate of three hours."])
    assert _stops_early(LEAD, cell.format(lead=LEAD, rest=rest)) == ["error"]


def test_a_short_article_after_a_byline_is_not_a_lead() -> None:
    """The same cell whose text ends with the body (a short piece and its byline): nothing goes on."""
    body = "\n\n".join([LEAD, PARAS[0]])
    assert _stops_early(body, BYLINE_BR.format(lead=LEAD, rest=PARAS[0])) == []
    assert _stops_early(LEAD, BYLINE_PARAS.format(lead=LEAD, rest="<p>Photo: AP</p>")) == []
