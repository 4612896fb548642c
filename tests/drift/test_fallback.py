"""Fallback is not an edit: a wrong value that replaced a vanished one is breaking; real edits are not."""

from __future__ import annotations

import re

import pytest

from harness.drift.compare import PageText, compare_records, shingles
from harness.drift.fingerprint import first_difference, squash
from tests.drift.conftest import PAGES, World
from tests.drift.test_labels import drift_of

BODY = "\n\n".join(
    f"Paragraph {n} of the article tells the story of the harbour bridge and the ferry that replaced it."
    for n in range(6)
)


def page(html_text: str) -> PageText:
    return PageText(visible=squash(html_text), html=html_text, shingles=shingles(html_text))


def test_template_change_that_moves_the_date_by_weeks_is_breaking(world: World) -> None:
    """Issue 9's check: the date markup goes, the extractor falls back to a date 24 days earlier."""
    fallbacks = 0
    for kind in ("selector", "generic"):
        for base in PAGES:
            if not (drift_of(world, base, "same", kind).live_record or {}).get("published"):
                continue  # this extractor never got a date here: nothing to fall back from
            outcome = drift_of(world, base, "date-fallback", kind)
            assert outcome.label == "breaking", (kind, base.slug, outcome.reasons)
            assert "published" in outcome.fields
            fallbacks += any(re.search(r"moved 2[345] days", r) for r in outcome.reasons)
            values = outcome.to_dict()["values"]["published"]  # both values, side by side, in the results
            assert values["recorded"] != values["live"] and values["same"] is False
    assert fallbacks >= 3  # not only "lost": the extractor really picked up the older date


def test_teaser_replacing_the_article_is_breaking_above_min_body_ratio(world: World) -> None:
    outcome = drift_of(world, PAGES[0], "teaser", "generic")
    assert outcome.label == "breaking", outcome.reasons
    assert any("container changed" in r for r in outcome.reasons), outcome.reasons


@pytest.mark.parametrize(
    ("old", "new", "shown", "moved", "kind"),
    [
        ("2019-11-18", "2019-10-25", "nothing", True, "broken"),  # fallback, old date gone
        ("2019-11-18", "2019-10-25", "nothing", False, "broken"),  # moved weeks, no trace of the old
        ("2019-11-18", "2019-11-18T10:30:00", "nothing", True, "edited"),  # same day, more precise
        # another calendar day, another instant, the element changed: a fallback even one day off
        ("2019-11-18T23:30:00+00:00", "2019-11-19T00:30:00+00:00", "x", True, "broken"),
        ("2019-11-19", "2019-11-18", "nothing", True, "broken"),  # date-only, one day earlier
        ("2019-11-18T23:30:00+00:00", "2019-11-19T00:30:00+00:00", "x", False, "edited"),  # same element
        # the same instant in another zone: not a change, whatever the calendar day
        ("2019-11-19T05:30:00+01:00", "2019-11-18T18:30:00-10:00", "nothing", True, None),
        # a date read without a zone names the day of the instant in UTC or its own zone: precision
        ("2019-11-19T00:30:00+01:00", "2019-11-18", "nothing", True, "edited"),
        ("2019-11-18", "2019-11-19T00:30:00+01:00", "nothing", True, "edited"),
        ("2019-11-19T00:30:00+01:00", "2019-11-17", "nothing", True, "broken"),
        # two dates without a zone, a day apart, and the page carries the instant that explains both
        ("2018-08-08", "2018-08-07", '<time datetime="2018-08-07T20:00:00-10:00">', True, "edited"),
        ("2018-08-08", "2018-08-07", '<time datetime="2018-08-07T20:00:00+00:00">', True, "broken"),
        ("2019-11-18", "2019-11-25", "2019-11-18 2019-11-25", False, "edited"),  # update notice
        (
            "2019-11-18",
            "2019-11-25",
            "2019-11-18 2019-11-25",
            True,
            "broken",
        ),  # source moved
    ],
)
def test_published_rules(old: str, new: str, shown: str, moved: bool, kind: str | None) -> None:
    live = page(f"<p>Published {shown}</p>")
    changes = compare_records(
        {"published": old}, {"published": new}, live, live, 0.5, frozenset({"published"} if moved else ())
    )
    assert [c.kind for c in changes] == ([kind] if kind else []), changes


def test_title_fallback_with_a_moved_source_is_breaking_a_rewrite_in_place_is_an_edit() -> None:
    live = page("<h1>Bridge reopens after two years</h1>")
    rec = {"title": "Harbor Bridge reopens"}
    new = {"title": "Bridge reopens after two years"}
    assert compare_records(rec, new, live, live, 0.5, frozenset({"title"}))[0].kind == "broken"
    assert compare_records(rec, new, live, live, 0.5)[0].kind == "edited"
    same = {"title": "HARBOR  bridge REOPENS"}
    assert compare_records(rec, same, live, live, 0.5, frozenset({"title"})) == []


def test_a_date_changed_only_in_the_markup_is_no_update_notice() -> None:
    """Readers still see only the recorded date; the metadata now says a week later: the template's
    fault, not an update (an update notice shows readers both dates)."""
    markup = '<p>Published 2019-11-18</p><time datetime="2019-11-25"></time>'
    live = PageText(visible=squash("Published 2019-11-18"), html=markup, shingles=shingles(markup))
    changes = compare_records({"published": "2019-11-18"}, {"published": "2019-11-25"}, live, live, 0.5)
    assert [c.kind for c in changes] == ["broken"], changes


def test_a_body_that_lost_text_the_page_still_shows_is_breaking() -> None:
    """Paragraphs merged with <br> in the same container: the page keeps every word, the extractor drops a
    third of them. Not an edit: the page did not change its text."""
    paras = BODY.split("\n\n")
    kept = "\n\n".join(paras[:4])
    changes = compare_records({"body": BODY}, {"body": kept}, page(BODY), page(BODY), 0.5)
    assert [c.kind for c in changes] == ["broken"] and "still on the page" in changes[0].reason
    # the same loss where the page itself lost that text is an edit
    assert compare_records({"body": BODY}, {"body": kept}, page(BODY), page(kept), 0.5)[0].kind == "edited"


def test_a_new_title_that_shares_no_word_with_the_article_is_a_fallback() -> None:
    rec = {"title": "Harbour bridge reopens to the ferry crowds", "body": BODY}
    live_page = page("<h1>The Morning Ledger</h1>" + BODY)
    constant = compare_records(rec, {**rec, "title": "The Morning Ledger"}, page(BODY), live_page, 0.5)
    assert [c.kind for c in constant] == ["broken"] and "shares no word" in constant[0].reason
    rewrite = {**rec, "title": "Ferry era ends as the bridge reopens"}
    edited = compare_records(rec, rewrite, page(BODY), page("<h1>Ferry era ends</h1>" + BODY), 0.5)
    assert [c.kind for c in edited] == ["edited"]


def test_body_shrinking_sharply_in_a_changed_container_is_breaking_whatever_the_ratio() -> None:
    short = "\n\n".join(BODY.split("\n\n")[:4])  # 67% kept: above min_body_ratio 0.5
    live = page(short)
    moved = compare_records({"body": BODY}, {"body": short}, page(BODY), live, 0.5, frozenset({"body"}))
    assert moved[0].kind == "broken" and "container changed" in moved[0].reason
    edit = compare_records({"body": BODY}, {"body": short}, page(BODY), live, 0.5)
    assert edit[0].kind == "edited"


def test_a_changed_path_is_shown_where_it_first_differs() -> None:
    old = "body > div.page > main > div.col > div.inner > h1"
    new = "body > div.grid > div.page > main > div.col > div.inner > h1"
    left, right = first_difference(old, new)
    assert left != right
    assert left.startswith("body > div.page") and right.startswith("body > div.grid")
    deep_old = "body > div.a > div.b > div.c > div.d > section.story > h1"
    deep_new = "body > div.a > div.b > div.c > div.d > section.article > h1"
    left, right = first_difference(deep_old, deep_new)
    assert "section.story" in left and "section.article" in right and left.startswith("… > div.d")


def test_layout_wrap_reason_shows_two_different_paths(world: World) -> None:
    for base in PAGES[:4]:
        outcome = drift_of(world, base, "layout-wrap", "generic")
        for reason in outcome.reasons:
            for left, right in re.findall(r"`([^`]+)` -> `([^`]+)`", reason):
                assert left != right, reason


def test_an_update_notice_needs_the_old_date_shown_to_readers() -> None:
    hidden = page('<section data-created="2019-11-18"><p>Last updated: 2019-12-28</p></section>')
    hidden = PageText(visible=squash("Last updated: 2019-12-28"), html=hidden.html, shingles=hidden.shingles)
    found = compare_records({"published": "2019-11-18"}, {"published": "2019-12-28"}, hidden, hidden, 0.5)
    assert [c.kind for c in found] == ["broken"], found
    shown = page("<p>Published 2019-11-18, last updated 2019-12-28</p>")
    found = compare_records({"published": "2019-11-18"}, {"published": "2019-12-28"}, shown, shown, 0.5)
    assert [c.kind for c in found] == ["edited"], found


@pytest.mark.parametrize(
    ("old", "new", "precision"),
    [
        # dates re-written at UTC-10: the extractor now reads the same day from a sibling field
        ("2019-11-19T08:41:00+00:00", "2019-11-19T07:42:12-10:00", True),
        ("2019-11-20", "2019-11-19", True),  # a date-only extractor, the same instant read in the new zone
        # the machine-readable time went and the extractor fell back to a bare day: the template changed
        ("2025-03-06T07:30:00+01:00", "2025-03-06", False),
    ],
)
def test_a_date_at_another_precision_says_whether_its_source_is_still_as_precise(
    old: str, new: str, precision: bool
) -> None:
    """Same-day changes are edits, never breaking; ``precision`` lets the labeller drop the date's template
    change (benign time-zone churn) unless the time of day was lost (the date markup went)."""
    live = page('<time datetime="2019-11-19T22:41:00-10:00">x</time>')
    (change,) = compare_records(
        {"published": old}, {"published": new}, live, live, 0.5, frozenset({"published"})
    )
    assert change.kind == "edited" and change.precision is precision
