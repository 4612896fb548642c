"""The generic extractor's date on the page's own calendar day (issue 13, round 14; fictional pages)."""

from __future__ import annotations

import pytest

from harness.dates import parse_date
from tests.extractors.published_pages import STORY
from tests.extractors.published_pages import meta as _meta
from tests.extractors.published_pages import published as _published


def test_the_date_under_the_stories_h1_when_a_first_h1_shows_none() -> None:
    # A hidden "Navigation" <h1> comes first; the date shown under the story's own <h1> is the local day
    # that the UTC claim (local midnight, 23:00Z) and the update are read against.
    head = _meta("article:published_time", "2021-11-04T23:00Z") + _meta("article:modified_time",
                                                                        "2021-11-05T12:42Z")
    menu = "".join(f"<li><a href='/topic/{n}'>Topic {n}</a></li>" for n in range(300))
    nav = f"<nav><h1 class='hide-accessible'>Navigation</h1><ul>{menu}</ul></nav>"  # beyond the walk's reach
    shown = "<span class='meta-date'>5. November 2021</span>"
    body = f"{nav}<h1>Local elections in the valley</h1>{shown}{STORY}"
    found = _published(head, body, lang="de", title="Local elections in the valley")
    assert found is not None and found.startswith("2021-11-05")


def test_json_ld_with_a_stray_closing_brace_keeps_its_object() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge",'
          ' "datePublished": "2020-10-26T18:10:00+01:00"}\n    }</script>')
    related = "<div class='related'><a href='/older'>Older story</a><div class='date'>09.08.2020</div></div>"
    assert _published(ld, f"<h1>Bridge</h1>{related}{STORY}") == "2020-10-26T18:10:00+01:00"


def test_a_readers_comment_date_is_not_the_storys() -> None:
    comments = ("<div class='comment'><h4>Markus</h4>"
                "<div class='comment__date'>4. Februar 2022 - 00:00 Uhr</div><p>Völlig logisch.</p></div>")
    body = f"<h1>Bridge</h1>{STORY}<section id='comments'>{comments}</section><p>Datum: 3. Februar 2022</p>"
    assert _published("", body, lang="de") == "2022-02-03"


def test_a_date_in_a_links_words_is_another_pages() -> None:
    # "Weekend in Vienna 12.10. - 15.10.2023" is a teaser of another page; with no date of the story's
    # own after the headline the page's text decides (htmldate, when installed), not the link's words
    teaser = "<ul><li><a href='/weekend'>Wochenende in Wien 12.10. - 15.10.2023</a></li></ul>"
    body = f"<h1>Halloween costumes</h1>{teaser}{STORY}"
    assert _published("", body, lang="de") is None
    own = body.replace("</h1>", "</h1><p>30.10.2023</p>")
    assert _published("", own, lang="de") == "2023-10-30"


def test_a_shown_time_other_than_the_update_is_not_confirmed_by_its_day() -> None:
    # the times after the headline are a feed of the next day's stories; the update shares their day,
    # not their time, so the published claim stands
    head = _meta("article:published_time", "2020-01-13T18:54:00+01:00")
    head += _meta("article:modified_time", "2020-01-14T09:13:22+01:00")
    feed = "".join(f"<li><time datetime='2020-01-14T{h}:47:02+01:00'>14.1.</time></li>" for h in (13, 20))
    body = f"<h1>Bridge</h1><ul>{feed}</ul>{STORY}"
    assert _published(head, body, lang="de") == "2020-01-13T18:54:00+01:00"
    same = body.replace("2020-01-14T13:47:02", "2020-01-14T09:13:22")  # the update shown: it stays
    assert _published(head, same, lang="de") == "2020-01-14T09:13:22+01:00"


def test_a_modified_day_before_every_published_day_is_a_drafts_save() -> None:
    # a post written on the 7th and scheduled for the 25th: its "modified" time is the draft's last save
    head = _meta("article:published_time", "2022-12-25T11:00:02+00:00")
    head += _meta("article:modified_time", "2022-12-07T09:10:52+00:00")
    saved = "<time class='updated' datetime='2022-12-07T10:10:52+01:00'>7. Dezember 2022</time>"
    body = f"<h1>Bridge</h1>{saved}{STORY}"
    assert _published(head, body, lang="de") == "2022-12-25T11:00:02+00:00"


def test_htmldate_sides_with_an_unconfirmed_shown_date_against_the_claim() -> None:
    pytest.importorskip("htmldate")
    # the claim (a re-save: published after the modified time) names another day than the page shows;
    # htmldate's fast search, which does not read the property written with a trailing space, reads the
    # page's <time> and names the shown day
    head = ('<meta property="article:published_time " content="2022-11-17T10:33:13.258Z">'
            '<meta property="article:modified_time " content="2022-11-17T10:32:18.099Z">')
    body = f"<h1>Heat pumps</h1><time datetime='2022-03-09'>09.03.2022</time>{STORY}"
    assert _published(head, body, lang="de") == "2022-11-17T10:33:13+00:00"  # without the page's text
    assert _published(head, body, lang="de", html=True) == "2022-03-09"


def test_a_dotted_date_typeset_with_spaces_is_read_day_first() -> None:
    assert parse_date("4.\u2009 2.\u2009 2022.", languages=("de",)) == parse_date("04.02.2022")
    assert parse_date("4. 2. 2022") is not None and parse_date("1 - 2 - 2022") is None
    byline = "<div class='att-publish-date'>Von <span>DTB</span> 4.&thinsp;2.&thinsp;2022.</div>"
    body = f"<h1>Davis Cup</h1>{byline}{STORY}"
    assert _published("", body, lang="de") == "2022-02-04"


def test_an_iso_time_with_one_digit_seconds_keeps_its_zone() -> None:
    # "23:15:0Z" (a CMS's unpadded seconds) was read as a naive 23:15, which may be on any day
    found = parse_date("2020-12-05T23:15:0Z")
    assert found is not None and found.has_tz and found.iso() == "2020-12-05T23:15:00+00:00"


def test_the_dateline_above_the_headline_when_nothing_is_claimed() -> None:
    teasers = "".join(f"<div><p class='info'>06. Aug 2020 // Tipps</p><a href='/t/{n}'>Tipp {n}</a></div>"
                      for n in range(2))
    dateline = "<p class='subline'>21. Jan 2022 // Dominik Ricker</p>"
    body = f"<div class='intro'>{dateline}<h1>Perfekte Schnitte</h1><p>Ricker</p></div>{STORY}{teasers}"
    assert _published("", body, lang="de") == "2022-01-21"
