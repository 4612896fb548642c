"""The standfirst between the headline and the article's text (generic 18, round 15); pages made here."""

from __future__ import annotations

import json

from harness.extractors.generic import GenericExtractor
from harness.page import Page, RecordedResponse
from tests.extractors.test_generic import P1, P2, P3  # the same three paragraphs of a story

LEAD = "The footbridge closed by the spring floods reopens in June, and a ferry carries walkers until then."
TEXT = f'<div class="article-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
H1 = "<h1>Bridge repairs to start in June</h1>"


def _body(body: str, head: str = "") -> str | None:
    html = f'<html lang="en"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    url = "https://www.dailyexample.com/2024/03/05/bridge-story"
    response = RecordedResponse(url=url, status=200, headers={}, body=html.encode("utf-8"))
    return GenericExtractor().extract(Page(response, "dailyexample.com", "bridge")).body


def test_the_summary_in_the_articles_header_opens_the_body() -> None:
    # a <header> inside an <article> is the article's own (headline, standfirst, byline), not the page's
    # banner; its summary is the body's opening, its byline, date and links are not
    header = (
        f'<header>{H1}<p class="summary">{LEAD}</p><p class="byline">By Jane Doe</p>'
        '<time datetime="2024-03-05">March 5, 2024</time><a href="/news/">News</a></header>'
    )
    banner = "<header><p>Daily Example, the paper of the valley and the villages by the river.</p></header>"
    body = _body(f"{banner}<main><article>{header}{TEXT}</article></main>")
    assert body == f"{LEAD}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_deck_under_the_headline_outside_the_text_block_opens_the_body() -> None:
    deck = f'<h2 class="article-summary">{LEAD}</h2>'
    assert _body(f"<main>{H1}{deck}{TEXT}</main>") == f"{LEAD}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_many_lines_between_the_headline_and_the_text_are_other_stories_not_a_lead() -> None:
    teasers = "".join(
        f"<h3>{x} is one of the stories we published this week about the valley and its villages.</h3>"
        for x in ("The mill", "The school", "The market", "The ferry")
    )
    assert _body(f"<main>{H1}{teasers}{TEXT}</main>") == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_line_above_a_headline_the_text_block_opens_with_is_not_a_lead() -> None:
    quote = f'<h2 class="quote">"{LEAD}"</h2>'
    text = f'<div class="article-body"><h2>Bridge repairs to start in June</h2><p>{P1}</p><p>{P2}</p></div>'
    title = "<title>Bridge repairs to start in June</title>"
    assert _body(f"<main><h1>Daily Example</h1>{quote}{text}</main>", title) == f"{P1}\n\n{P2}"


def test_a_teaser_with_a_lead_still_gives_way_to_the_article_its_structured_data_holds() -> None:
    # a paywalled page: the lead and the first paragraph shown, the whole article in JSON-LD articleBody
    article_body = f"{P1} {P2} {P3} {P2} {P3} {P2} {P3} {P2} {P3}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": article_body})
    head = f'<script type="application/ld+json">{ld}</script>'
    shown = f'<header>{H1}<p>{LEAD}</p></header><div class="article-body"><p>{P1}</p></div>'
    body = _body(f"<main><article>{shown}</article></main>", head)
    assert body is not None and body.startswith(P1) and body.count(P3) == 4


TEASERS = [
    "The mill on the upper river will be rebuilt after the floods, its owners told the council this week.",
    "A new bus line will link the villages of the valley with the market town from the first of April.",
]


def test_a_feed_of_other_stories_with_their_dates_at_the_end_goes() -> None:
    # the site's latest stories under the article, each beside its own date stamp: not the story's text
    feed = "".join(f"<p>{t}</p><p>March {d}, 2024</p>" for t, d in zip(TEASERS, (4, 3), strict=True))
    text = f'<div class="article-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p>{feed}</div>'
    assert _body(f"<main><article>{H1}{text}</article></main>") == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_live_blogs_dated_entries_are_its_body() -> None:
    # a feed that is most of the body is the page's own format (a live blog), not an appendix
    stories = [*TEASERS, P3]
    entries = "".join(f"<p>{t}</p><p>March {d}, 2024</p>" for t, d in zip(stories, (5, 4, 3), strict=True))
    text = f'<div class="article-body"><p>{P1}</p>{entries}</div>'
    body = _body(f"<main><article>{H1}{text}</article></main>")
    assert body is not None and all(t in body for t in [P1, P3, *TEASERS])


def test_a_photo_credit_the_checks_flag_is_left_out() -> None:
    # `harness check` fails a credit-only line (boilerplate.credit); generic no longer writes one
    credits = ["© Jane Doe/Agency", "Photo: Daily Example"]
    inner = "".join(f"<p>{x}</p>" for x in (P1, credits[0], P2, credits[1], P3))
    text = f'<div class="article-body">{inner}</div>'
    assert _body(f"<main><article>{H1}{text}</article></main>") == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_caption_ending_on_its_credit_is_left_out() -> None:
    caption = "The minister visits the bridge site on Monday. Bild © Jane Doe (hr)"
    quoted = "The copyright sign (©) is the subject of the council's new rules for its photo archive."
    inner = "".join(f"<p>{x}</p>" for x in (P1, caption, P2, quoted, P3))
    text = f'<div class="article-body">{inner}</div>'
    assert _body(f"<main><article>{H1}{text}</article></main>") == f"{P1}\n\n{P2}\n\n{quoted}\n\n{P3}"
