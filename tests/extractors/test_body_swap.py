"""The body rules of the swap round (generic 19, round 16), written from the outside sets' half B; pages made
here."""

from __future__ import annotations

from tests.extractors.test_body_lead import H1, TEXT, _body  # the same page, its story and headline
from tests.extractors.test_generic import P1, P2, P3  # the same three paragraphs of a story

STORY = f"{P1}\n\n{P2}\n\n{P3}"


def test_names_that_would_drop_every_paragraph_name_the_articles_layout() -> None:
    # the story cut in parts, each in a "sidebar-grid__container" beside its own side column: no part holds
    # most of the text, and dropping them all as boilerplate would leave no article at all
    part = (
        '<div class="sidebar-grid__container"><div class="sidebar-grid__main"><p>{}</p></div>'
        '<div class="sidebar-grid__side"></div></div>'
    )
    parts = "".join(part.format(p) for p in (P1, P2, P3))
    body = _body(f'<main>{H1}<div class="sidebar-grid">{parts}</div></main><div class="menu">Home</div>')
    assert body == STORY


def test_a_caption_ending_on_its_credit_after_a_full_stop_is_left_out() -> None:
    caption = (
        "The old footbridge over the river, closed since the spring floods, seen from the east bank. "
        "Foto: Jane Doe"
    )
    text = (
        f'<div class="article-body"><p>{P1}</p><div class="media"><div>{caption}</div></div>'
        f"<p>{P2}</p><p>{P3}</p></div>"
    )
    assert _body(f"<main>{H1}{text}</main>") == STORY


def test_a_part_named_for_the_article_and_ending_on_a_boilerplate_word_goes() -> None:
    # "article-end__author-bio": a block of the article by its first word, an author's bio by its last
    bio = (
        "Jane Doe covers the valley's towns and rivers for the Daily Example. She previously reported from "
        "the coast for ten years."
    )
    text = (
        f'<div class="article-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p>'
        f'<div class="article-end__author-bio"><p>{bio}</p></div></div>'
    )
    assert _body(f"<main>{H1}{text}</main>") == STORY


def test_a_read_more_block_holding_the_rest_of_the_story_is_kept() -> None:
    # the story's later paragraphs behind an expander ("read-more"), under half of the page's paragraphs;
    # beside the story, another column's summary over a list of links
    links = "".join(
        f'<li><a href="/c/{n}">Another column about the valley and its bridges, number {n}</a></li>'
        for n in range(5)
    )
    summary = (
        "The mill is one of the columns we published this week about the valley, the villages "
        "along the river and its many bridges."
    )
    others = f'<div class="columns"><p>{summary}</p><p>{summary[4:]}</p><ul>{links}</ul></div>'
    story = f'<div class="story-body"><p>{P1}</p><div id="read-more"><p>{P2}</p><p>{P3}</p></div></div>'
    assert _body(f"<main>{H1}{story}</main>{others}") == STORY


def test_a_more_menu_without_a_paragraph_is_still_furniture() -> None:
    menu = '<div class="more-options"><div>Font</div><div>Arial</div><div>Georgia</div></div>'
    text = f'<div class="article-body"><p>{P1}</p>{menu}<p>{P2}</p><p>{P3}</p></div>'
    assert _body(f"<main>{H1}{text}</main>") == STORY


def test_a_figures_caption_is_not_the_body_but_a_quotation_in_a_figure_is() -> None:
    caption = "The old footbridge over the river, closed since the spring floods, seen from the east bank"
    figure = f'<figure><img src="bridge.jpg" alt=""><div><span>{caption}</span></div></figure>'
    quote = (
        "Nobody in the valley remembers a spring when the river rose this fast, said the mayor on the bridge."
    )
    pull = f"<figure><blockquote><p>{quote}</p></blockquote></figure>"
    text = f'<div class="article-body"><p>{P1}</p>{figure}<p>{P2}</p>{pull}<p>{P3}</p></div>'
    assert _body(f"<main>{H1}{text}</main>") == f"{P1}\n\n{P2}\n\n{quote}\n\n{P3}"


def test_readers_replies_under_the_story_go() -> None:
    replies = "".join(
        f'<article class="reply"><div class="reply-content post-content"><p>{x}, I walked over that bridge '
        f"every day to school and I cannot wait until it opens again next June.</p></div></article>"
        for x in ("Great news", "Finally", "About time")
    )
    page = f'<main><div class="story">{H1}{TEXT}<section class="js_replies">{replies}</section></div></main>'
    assert _body(page) == STORY


def test_headings_written_as_sentences_after_the_last_paragraph_are_the_articles() -> None:
    # a list of facts set as headings at the article's end; a label over a link list there still goes
    facts = "".join(
        f"<h3>{n}. The bridge {x}.</h3>"
        for n, x in (
            (1, "was built in 1887 by the valley's own masons"),
            (2, "carried more than two thousand walkers on a summer day"),
        )
    )
    text = (
        f'<div class="article-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p>{facts}<h3>More from the valley</h3>'
        '<ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></div>'
    )
    body = _body(f"<main>{H1}{text}</main>")
    assert body == (
        f"{STORY}\n\n1. The bridge was built in 1887 by the valley's own masons.\n\n"
        "2. The bridge carried more than two thousand walkers on a summer day."
    )
