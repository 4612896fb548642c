"""The generic extractor's date: every source the page offers, weighed for agreement (fictional pages)."""

from __future__ import annotations

import sys

import pytest

from harness.extractors._metadata import collect
from harness.extractors._published import decide, gather
from harness.page import Page, RecordedResponse
from tests.extractors.published_pages import STORY, URL
from tests.extractors.published_pages import meta as _meta
from tests.extractors.published_pages import published as _published


def test_the_date_shown_with_the_headline_wins_when_the_metadata_confirms_it() -> None:
    head = _meta("article:published_time", "2021-11-22T18:42:22+01:00")
    head += _meta("article:modified_time", "2023-01-01T10:00:00+01:00")
    body = f"<h1>Bridge repairs to start</h1><div class='byline'>1 January 2023</div>{STORY}"
    assert _published(head, body) == "2023-01-01T10:00:00+01:00"


def test_a_published_claim_wins_over_an_unconfirmed_shown_date() -> None:
    head = _meta("article:published_time", "2021-11-22T18:42:22+01:00")
    body = f"<h1>Bridge repairs to start</h1><div class='byline'>3 March 2020</div>{STORY}"
    assert _published(head, body) == "2021-11-22T18:42:22+01:00"


def test_a_utc_time_on_another_day_gives_way_to_the_local_day_shown() -> None:
    head = _meta("article:published_time", "2019-10-18T22:04:00+00:00")
    body = f"<h1>Bridge repairs to start</h1><p class='date'>19. Oktober 2019</p>{STORY}"
    assert _published(head, body, lang="de") == "2019-10-19"


def test_a_claim_in_the_pages_own_offset_beats_a_utc_claim_of_another_day() -> None:
    head = _meta("article:published_time", "2019-10-18T23:30:00Z")
    head += '<meta itemprop="datePublished" content="2019-10-19T01:30:00+02:00">'
    assert _published(head, f"<h1>Bridge</h1>{STORY}") == "2019-10-19T01:30:00+02:00"


def test_most_claims_agreeing_win() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-05-01"}</script>'
    head = ld + _meta("article:published_time", "2020-05-02") + _meta("dc.date", "2020-05-02")
    assert _published(head, STORY) == "2020-05-02"


def test_the_sites_banner_date_loses_to_the_date_after_the_headline() -> None:
    banner = '<header><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></header>'
    body = f"{banner}<h2>Im Schlepptau</h2><p>31. Oktober 2023. Von A. Autor</p>{STORY}"
    assert _published("", body, lang="de", title="Im Schlepptau") == "2023-10-31"
    assert _published("", banner + STORY, lang="de") == "2023-11-01T13:56:20+01:00"


def test_a_time_marked_published_comes_before_sidebar_dates() -> None:
    entry = ('<div><time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10. Februar 2019'
             "</time></div>")
    side = '<div class="widget"><span class="post-date">3. Januar 2020</span></div>'
    body = f"{entry}<h1>Laufen im Winter</h1>{side}{STORY}"
    assert _published("", body, lang="de") == "2019-02-10T09:30:10+01:00"


def test_modified_only_is_the_last_resort() -> None:
    assert _published(_meta("article:modified_time", "2022-02-02"), STORY) == "2022-02-02"
    assert _published(_meta("article:modified_time", "2022-02-02"), STORY,
                      url="https://x.example/2021/05/06/story") == "2021-05-06"


def test_no_evidence_gives_none() -> None:
    assert _published("", STORY) is None


def test_htmldate_is_the_fallback_for_pages_whose_markup_names_no_date() -> None:
    pytest.importorskip("htmldate")
    far = STORY * 250  # beyond the text read near the headline
    body = f"<h1>Bridge</h1>{far}<p>Posted on 2018-07-14 by the editors</p>"
    assert _published("", body) is None
    assert _published("", body, html=True) == "2018-07-14"


def test_hostile_dates_are_ignored() -> None:
    head = _meta("article:published_time", "9999-99-99T99:99") + _meta("dc.date", "x" * 100_000)
    body = "<h1>Bridge</h1>" + "<time datetime='nope'>never</time>" * 100 + STORY
    assert _published(head, body) is None


def test_gather_sorts_the_evidence() -> None:
    doc = ('<html><head><meta property="article:modified_time" content="2020-01-02"></head><body>'
           '<time datetime="2020-01-01">x</time><h1>Bridge</h1><article><time datetime="2020-01-03">y</time>'
           "</article></body></html>")
    page = Page(RecordedResponse(url=URL, status=200, headers={}, body=doc.encode()), "d", "b")
    ev = gather(page.soup, collect(page.soup), URL, ("en",))
    assert {d.day.isoformat() for d in ev.shown} == {"2020-01-03"}
    assert [d.day.isoformat() for d in ev.banner] == ["2020-01-01"]
    assert [d.day.isoformat() for d in ev.updates] == ["2020-01-02"]
    assert decide(ev) is not None and decide(ev).day.isoformat() == "2020-01-03"  # type: ignore[union-attr]


def test_a_published_claim_on_the_urls_day_beats_an_updated_date_shown() -> None:
    head = _meta("pubdate", "2013-11-27T08:36:32Z") + _meta("lastmod", "2013-11-28T02:03:23Z")
    body = f"<h1>Storm</h1><p>November 28, 2013 -- Updated 0203 GMT</p>{STORY}"
    assert _published(head, body, url="https://x.example/2013/11/27/storm") == "2013-11-27T08:36:32+00:00"
    assert _published(head, body) == "2013-11-28T02:03:23+00:00"


def test_dates_of_embedded_videos_do_not_outvote_the_article() -> None:
    ld = ('<script type="application/ld+json">'
          '[{"@type": "NewsArticle", "datePublished": "2022-05-10T23:35:55"},'
          '{"@type": "VideoObject", "datePublished": "2022-05-10", "uploadDate": "2022-05-10"}]</script>')
    head = ld + _meta("cxenseparse:recs:publishtime", "2022-05-11T04:10:00-03:00")
    assert _published(head, STORY) == "2022-05-11T04:10:00-03:00"


def test_without_htmldate_the_fallback_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "htmldate", None)  # import htmldate now raises ImportError
    body = f"<h1>Bridge</h1>{STORY * 250}<p>Posted on 2018-07-14 by the editors</p>"
    assert _published("", body, html=True) is None


def test_a_utc_claim_is_not_confirmed_by_a_shown_time_of_another_local_day() -> None:
    # The shown time carries the page's own offset: the claim falls on 16:43 of the 8th there, so the
    # later "4:09 on the 9th" (a feed item after the headline) does not confirm it.
    head = _meta("article:published_time", "2023-11-08T22:43:30Z")
    body = f"<h1>Bridge</h1><div><time datetime='2023-11-09T04:09:24-06:00'>Nov 9</time></div>{STORY}"
    assert _published(head, body) == "2023-11-08T22:43:30+00:00"
    shown_same_day = body.replace("2023-11-09T04:09:24", "2023-11-08T16:50:00")
    assert _published(head, shown_same_day) == "2023-11-08T22:43:30+00:00"


def test_htmldate_reads_date_text_far_from_the_headline() -> None:
    pytest.importorskip("htmldate")
    body = f"<h1>Bridge</h1>{STORY * 250}<p>Veröffentlicht am 14. Juli 2018</p>"
    assert _published("", body) is None
    assert _published("", body, html=True) == "2018-07-14"  # htmldate's fast mode finds nothing here


def test_a_copyright_year_is_no_publication_day() -> None:
    pytest.importorskip("htmldate")
    from htmldate import find_date

    body = f"<h1>Bridge</h1>{STORY * 5}<footer>Copyright © 2016 The Daily Example</footer>"
    doc = f"<html><body>{body}</body></html>"
    # htmldate's last resort
    assert find_date(doc, url=URL, original_date=True, extensive_search=True) == "2016-01-01"
    assert _published("", body, html=True) is None  # a missing date, which the checks flag, not a wrong one
    shown = body + "<p>Posted on 1 January 2016</p>"
    assert _published("", shown, html=True) == "2016-01-01"  # a 1 January the page writes stays


def test_htmldate_arbitrates_between_several_shown_days() -> None:
    pytest.importorskip("htmldate")
    comment = "<div class='comment'><time datetime='2021-05-01T10:00:00'>1 May 2021</time></div>"
    body = f"<h1>Bridge</h1><p class='byline'>By Ann Lee, 3 March 2020</p><article>{STORY}{comment}</article>"
    assert _published("", body) == "2021-05-01T10:00:00"  # the first shown: the comment in the article
    assert _published("", body, html=True) == "2020-03-03"


def test_a_lone_shown_date_is_kept_without_asking_htmldate() -> None:
    pytest.importorskip("htmldate")
    body = (f"<div class='sidebar'><span class='date'>1 May 2021</span></div><h1>Bridge</h1>"
            f"<article><p class='date'>Published 3 March 2020</p>{STORY}</article>")
    assert _published("", body, html=True) == "2020-03-03"  # htmldate alone would say 2021-05-01


def test_a_naive_claim_is_read_in_the_zone_the_page_shows() -> None:
    # the first <time> after the headline is a later story's (a feed); the naive claim is 16:43 local,
    # which read as "any zone" would reach the next day and confirm the feed's time
    head = _meta("article:published_time", "2023-11-08T16:43:30")
    body = ("<h1>Voters pass the increase</h1>"
            "<time datetime='2023-11-09T04:09:24-06:00'>Nov 9</time>"
            "<time datetime='2023-11-08T22:36:47-06:00'>Nov 8</time>" + STORY)
    assert _published(head, body) == "2023-11-08T16:43:30"


@pytest.mark.parametrize("url", ["https://www.dailyexample.com/home/2017/7/12/montauk",
                                 "https://www.dailyexample.com/2017/07/12/montauk/"])
def test_claims_all_later_than_the_urls_day_are_a_republication(url: str) -> None:
    head = _meta("article:published_time", "2019-06-17T18:28:00+02:00")
    assert _published(head, f"<h1>Montauk</h1>{STORY}", url=url) == "2017-07-12"
    shown = f"<h1>Montauk</h1><time datetime='2017-07-12T09:00:00+02:00'>12 July 2017</time>{STORY}"
    assert _published(head, shown, url=url) == "2017-07-12T09:00:00+02:00"
    same_day = _meta("article:published_time", "2017-07-12T08:00:00+02:00")
    assert _published(same_day, f"<h1>Montauk</h1>{STORY}", url=url) == "2017-07-12T08:00:00+02:00"


def test_a_short_url_date_must_be_a_real_day() -> None:
    assert _published("", f"<h1>Montauk</h1>{STORY}", url="https://example.com/2017/2/30/x") is None


def test_a_malformed_url_has_no_date() -> None:
    head = _meta("article:published_time", "2019-06-17T18:28:00+02:00")
    assert _published(head, f"<h1>Montauk</h1>{STORY}", url="http://[::1/2017/7/12/x") == (
        "2019-06-17T18:28:00+02:00")
