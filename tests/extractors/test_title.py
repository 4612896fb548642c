"""The generic extractor's headline: site names stripped by evidence, the headline itself kept whole."""

from __future__ import annotations

import pytest

from harness.extractors.generic import GenericExtractor
from harness.page import Page, RecordedResponse

H = "Bridge repairs to start in June after the spring floods"
STORY = "".join(
    f"<p>The village council met on Tuesday evening, item {i}, to discuss the new footbridge over the river, "
    "which has been closed since the spring floods.</p>" for i in range(3)
)


def _title(head: str, body: str = "", url: str = "https://news.dailyexample.co.uk/story",
           site_titles: tuple[str, ...] = ()) -> str | None:
    doc = f'<html lang="en"><head><meta charset="utf-8">{head}</head><body>{body}{STORY}</body></html>'
    response = RecordedResponse(url=url, status=200, headers={}, body=doc.encode())
    page = Page(response, "dailyexample.co.uk", "s", site_titles=site_titles)
    return GenericExtractor().extract(page).title


@pytest.mark.parametrize(
    "head",
    [
        f"<title>{H} | Politics | The Daily Example</title>"
        '<meta property="og:site_name" content="The Daily Example">',
        f"<title>{H} - Politics - dailyexample.co.uk</title>",
        f"<title>DailyExample: {H}</title>",  # the site against its colon, named by the registrable domain
        f"<title>{H}|Daily Example</title>",  # a pipe without spaces
        f"<title>Daily Example｜{H}</title>",  # a full-width bar
        f'<title>{H} · DE News</title><meta name="application-name" content="DE News">',
    ],
)
def test_site_names_are_stripped_by_evidence(head: str) -> None:
    assert _title(head) == H


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (f"<title>Alito and Prelogar: {H} | Daily Example</title>", ""),
        (f"<title>Alito and Prelogar: {H}</title>", ""),
        (f'<meta property="og:title" content="{H}">', f"<h1>Alito and Prelogar: {H}</h1>"),
        (f"<title>Alito and Prelogar: {H} - Daily Example</title>"
         '<meta property="og:site_name" content="Daily Example">', ""),
    ],
)
def test_a_prefix_that_is_not_the_site_survives(head: str, body: str) -> None:
    assert _title(head, body) == f"Alito and Prelogar: {H}"


def test_a_colon_prefix_is_stripped_only_when_it_names_the_site() -> None:
    assert _title(f"<title>Review: {H}</title>") == f"Review: {H}"
    assert _title(f"<title>Review: {H}</title>", url="https://review.example/x") == H


def test_one_word_h1_labels_give_way_to_the_lead_h2() -> None:
    # a wiki: <h1>s label boxes ("Page", "User"); the headline is the first h2, the <title> names the path
    body = f"<h1>Page</h1><h1>User</h1><h2>{H}</h2>"
    assert _title("<title>Guide/Bridges - Example Wiki</title>", body) == H


def test_without_h1_the_lead_h2_beats_metadata_that_names_the_page() -> None:
    head = '<meta property="og:title" content="Mrs H Pyke gave example.com 5 stars. Read the review...">'
    assert _title(head, f"<h2>{H}</h2>") == H


def test_without_h1_metadata_that_agrees_with_an_h2_wins() -> None:
    body = f"<h2>Latest news</h2><h2>{H}</h2>"
    assert _title(f"<title>{H} | Daily Example</title>", body) == H


@pytest.mark.parametrize(
    "body",
    [
        '<div class="sidebar"><h2>Recent posts today</h2></div>',
        "<nav><h2>Recent posts today</h2></nav>",
        f"{STORY}<h2>Recent posts today</h2>",  # after the first paragraph of text: not the headline
        "<h1>Weather</h1>",  # a one-word h1 nothing names, without an h2: the metadata's title
    ],
)
def test_headings_of_menus_and_sidebars_are_not_the_headline(body: str) -> None:
    assert _title(f"<title>{H} | Daily Example</title>", body) == H


def test_a_one_word_h1_the_metadata_names_is_the_headline() -> None:
    body = "<h1>Brexit</h1><h2>More news today</h2>"
    assert _title("<title>Brexit | Daily Example</title>", body) == "Brexit"


def test_a_kicker_in_its_own_element_is_a_label_above_the_headline() -> None:
    head = f'<meta property="og:title" content="Spring floods: {H}">'
    head += f"<title>Spring floods: {H} | Daily Example</title>"
    body = f"<h1><div class='topic-label'>Spring floods</div> {H}</h1>"
    assert _title(head, body) == H
    label_and_more = f"<h1><span class='small'>Spring floods</span> {H} and the council</h1>"
    assert _title(head, label_and_more) == f"{H} and the council"  # the h1 says more than the metadata


def test_a_kicker_the_h1_writes_with_its_colon_stays() -> None:
    head = f'<meta property="og:title" content="Council votes: {H}">'
    body = f"<h1><b>Council votes:</b> <i>{H}</i></h1>"
    assert _title(head, body) == f"Council votes: {H}"


def test_cjk_headlines_are_read_without_ruby_readings_or_markup_spaces() -> None:
    head = "<title>NEWS WEB EASY|子どもへの体罰を禁止する法律ができる</title>"
    body = "<h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>"
    body += "を禁止する法律ができる</h1>"
    assert _title(head, body) == "子どもへの体罰を禁止する法律ができる"
    spaced = "<h1>短缺药品保供稳价 全力<b>保障</b>临床用药需求</h1>"  # a space the page wrote is kept
    written = "短缺药品保供稳价 全力保障临床用药需求"
    assert _title(f"<title>{written}</title>", spaced) == written


@pytest.mark.parametrize(
    ("meta", "h1", "want"),
    [
        # the metadata words the story again for search engines: the headline the page shows wins
        ("Heat pumps in old houses - when they pay off | Daily Example", "Do heat pumps suit old houses?",
         "Do heat pumps suit old houses?"),
        # an h1 sharing no words with the metadata is a site or section label, not a rewording
        (f"{H} | Daily Example", "Local news", H),
        # the same opening with another tail (a byline in the h1): the metadata's headline
        ("Bridge repairs to start in June (photo: Reuters, Archive)",
         "Bridge repairs to start in June, says the council's chief engineer Mary Smith",
         "Bridge repairs to start in June (photo: Reuters, Archive)"),
    ],
)
def test_an_h1_that_rewords_the_metadata_title_is_the_headline(meta: str, h1: str, want: str) -> None:
    assert _title(f"<title>{meta}</title>", f"<h1>{h1}</h1>") == want


def test_a_heading_cut_off_at_its_colon_gives_way_to_the_metadata_title() -> None:
    full = "The Bridge Project: Better Village Footbridges"
    meta = f'<meta property="og:title" content="{full}">'
    assert _title(meta, "<h2>Bridge Project:</h2>") == full
    # without the colon the heading is a headline of its own, as before
    assert _title(meta, "<h2>Bridge Project</h2>") == "Bridge Project"


def test_a_meta_property_list_names_each_property() -> None:
    # RDFa lets one attribute hold several properties; each of them is the page's claim
    head = f'<title>Front page</title><meta property="og:title twitter:title" content="{H}">'
    assert _title(head) == H


def test_a_hidden_h1_naming_the_site_is_its_logo_and_cjk_titles_split_at_underscores() -> None:
    headline = "这个约会软件，想用你和对方的相似好恶来帮你找对象"
    head = f"<title>{headline}_智能_好奇心日报</title>"
    assert _title(head, '<h1 class="hidden">好奇心日报</h1>') == headline
    assert _title(head, '<h1 style="display: none">好奇心日报</h1>') == headline
    # a visible, unlinked h1 naming one end of the <title> may be a short headline: not taken for a logo
    short = "<title>Purple Rain | Pitchfork Album Reviews</title>"
    assert _title(short, "<h1>Purple Rain</h1>") == "Purple Rain"
    # an underscore between Latin words is part of the title
    assert _title("<title>The snake_case debate, settled</title>") == "The snake_case debate, settled"


def test_a_one_or_two_word_metadata_title_inside_the_h1_names_its_topic() -> None:
    head = '<title>Arbeit - BÜNDNIS 90/DIE GRÜNEN</title><meta property="og:title" content="Arbeit">'
    assert _title(head, "<h1>Wir kämpfen für gute Arbeit</h1>") == "Wir kämpfen für gute Arbeit"
    # a one-word metadata title the h1 does not hold as a word stays the title
    meta = '<meta property="og:title" content="Arbeitsmarkt">'
    assert _title(meta, "<h1>Wir kämpfen für gute Arbeit</h1>") == "Arbeitsmarkt"


SEO = "<title>Dates, costs and detours for drivers | The Daily Example</title>"


@pytest.mark.parametrize(
    "h1",
    [
        f'<h1 class="entry-title">{H}</h1>',  # hAtom
        f'<h1 itemprop="headline">{H}</h1>',  # schema.org
        f'<h1><span class="headline">{H}</span></h1>',
    ],
)
def test_an_h1_the_page_marks_as_its_headline_beats_a_search_title(h1: str) -> None:
    assert _title(SEO, h1) == H


def test_an_unmarked_h1_or_a_list_of_marked_ones_leaves_the_metadata_title() -> None:
    meta = "Dates, costs and detours for drivers"
    assert _title(SEO, "<h1>Ferry timetable changes for the summer</h1>") == meta
    teasers = '<h1 class="headline">Ferry timetable changes</h1><h1 class="headline">Council meets</h1>'
    assert _title(SEO, teasers) == meta
    # a metadata title that opens as the marked h1 does is the same headline with another tail: the metadata's
    head = "<title>Bridge repairs: dates, costs and detours</title>"
    assert _title(head, '<h1 class="entry-title">Bridge repairs: book your tickets now</h1>') == (
        "Bridge repairs: dates, costs and detours")


def test_an_h1_the_address_spells_is_the_headline() -> None:
    url = "https://news.dailyexample.co.uk/local/bridge-repairs-to-start-in-june-after-the-spring-floods.html"
    head = "<title>Valley walks and day trips</title>"
    assert _title(head, f"<h1>{H}</h1>", url=url) == H
    assert _title(head, f"<h1>{H}</h1>") == "Valley walks and day trips"


def test_an_h1_linking_home_that_names_several_title_parts_is_the_logo() -> None:
    head = f"<title>{H} - Local news - Valley Courier</title>"
    body = '<h1><a href="/">Local news - Valley Courier</a></h1><h2>Weather</h2>'
    assert _title(head, body) == H


def test_a_lead_h2_naming_the_site_is_its_banner() -> None:
    body = "<h2>DailyExample – news from the valley</h2>"
    assert _title(f"<title>{H}</title>", body) == H
    # a lead h2 that names no site is still the headline over metadata naming the page
    assert _title("<title>Front page</title>", f"<h2>{H}</h2>") == H


def test_a_tail_the_sites_titles_share_and_that_holds_its_name_is_cut() -> None:
    tail = "-Politicsㅣ Morning Ledger"
    others = (f"Council votes to reopen the old mill{tail}", f"Ferry timetable changes{tail}")
    head = f'<title>{H}{tail}</title><meta property="og:site_name" content="Morning Ledger">'
    assert _title(head, site_titles=(*others, f"{H}{tail}")) == H
    # a tail the titles share that names no site ("(video)") stays
    video = ("Council meets (video)", "Ferry timetable changes (video)", f"{H} (video)")
    assert _title(f"<title>{H} (video)</title>", site_titles=video) == f"{H} (video)"


def test_an_h2_that_is_one_end_of_the_title_names_the_headline_part() -> None:
    head = f"<title>Valley Rowing Club e.V. - News » {H}</title>"
    body = f'<h1 class="teaser">Win a rowing machine today</h1><h2>{H}</h2>'
    assert _title(head, body) == H


def test_a_one_word_h1_the_title_holds_only_as_a_middle_part_labels_a_section() -> None:
    head = f"<title>Daily Example | Culture | Books | {H}</title>"
    assert _title(head, f"<h1>Books</h1><h2>{H}</h2>") == H
    # a one-word h1 at an end of the title is a short headline
    assert _title("<title>Purple | Daily Example</title>", "<h1>Purple</h1>") == "Purple"


def test_without_h1_structured_data_agreeing_with_the_metadata_beats_a_lead_deck() -> None:
    lead = "Two hours of talks ended without a vote on the new footbridge over the river"
    deck = f"<h2>{lead}</h2>"
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{H}"}}</script>'
    head = f'<title>{H} | The Daily Example</title><meta property="og:title" content="{H}">'
    assert _title(head + ld, deck) == H
    # without the structured data's word, the lead heading stays the headline
    assert _title(head, deck) == lead


def test_a_one_word_metadata_title_counts_in_the_h1_in_an_inflected_form() -> None:
    head = '<title>Brücke | Daily Example</title><meta property="og:title" content="Council minutes, item 4">'
    assert _title(head, "<h1>Unsere alten Brücken</h1>") == "Unsere alten Brücken"
    # a short word is not stretched ("Bank" does not name "Banksy's new mural")
    assert _title("<title>Bank | Daily Example</title>", "<h1>Banksy's new mural</h1>") == "Bank"


def test_without_h1_a_lower_heading_that_spells_the_metadata_title_beats_a_section_label() -> None:
    body = f"<h2>Latest reports</h2><h3>{H}</h3>"
    assert _title(f"<title>{H} - DE</title>", body) == H


def test_an_h2_that_names_the_site_end_of_the_title_is_not_the_headline() -> None:
    head = f'<title>{H} — The Example Blog</title><meta property="og:site_name" content="The Example Blog">'
    body = '<h1><a href="/x">Example</a></h1><h2>The Example Blog</h2>'
    assert _title(head, body) == H
