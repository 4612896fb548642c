"""What is not a template change: A/B-test class names, and an extraction that changed on an unchanged
template (the recorded value still sits where it sat)."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from harness.drift.classify import _template
from harness.drift.fingerprint import fingerprint, step
from tests.drift.conftest import PAGES, World
from tests.drift.test_labels import drift_of

PARAS = [
    f"Paragraph {n} of the story tells how the harbour bridge was rebuilt over a winter." for n in range(6)
]
EXTRA = [
    f"More line {n}: a longer note the extractor now also takes from the box beside it." for n in range(3)
]


def page(story_tag: str = 'article class="story"', attrs: str = "") -> BeautifulSoup:
    body = "".join(f"<p{attrs}>{p}</p>" for p in PARAS)
    more = "".join(f"<p>{p}</p>" for p in EXTRA)
    close = story_tag.split()[0]
    return BeautifulSoup(
        f'<html><body><div class="page"{attrs}><{story_tag}{attrs}><h1>Bridge</h1>{body}</{close}>'
        f'<div class="more"{attrs}>{more}</div></div></body></html>',
        "lxml",
    )


def test_ab_test_and_hashed_class_names_do_not_enter_a_path() -> None:
    tag = BeautifulSoup(
        '<div class="story variant-b exp-2291 c-1f3a9e2b ab-test x12_abc123" data-variant="b" '
        'style="margin:0">x</div>',
        "lxml",
    ).div
    assert isinstance(tag, Tag)
    assert step(tag) == "div.story"
    kept = BeautifulSoup('<div class="col-md-6 story-body article__text mt-4">x</div>', "lxml").div
    assert isinstance(kept, Tag)
    assert step(kept) == "div.article__text.col-md-6.mt-4.story-body"


def test_an_extraction_that_grew_on_an_unchanged_template_is_no_template_change() -> None:
    recorded = {"title": "Bridge", "body": "\n\n".join(PARAS)}
    live_record = {"title": "Bridge", "body": "\n\n".join(PARAS + EXTRA)}
    rec_soup, live_soup = page(), page(attrs=' data-variant="b"')
    prints = {"recorded": fingerprint(rec_soup, recorded), "live": fingerprint(live_soup, live_record)}
    assert prints["recorded"].anchors["body"] != prints["live"].anchors["body"]  # the extraction moved
    assert _template(prints, fingerprint(live_soup, recorded)) == []


def test_a_renamed_wrapper_still_is_a_template_change() -> None:
    recorded = {"title": "Bridge", "body": "\n\n".join(PARAS)}
    rec_soup, live_soup = page(), page('section class="prose"')
    prints = {"recorded": fingerprint(rec_soup, recorded), "live": fingerprint(live_soup, recorded)}
    changed = _template(prints, fingerprint(live_soup, recorded))
    assert [name for name, _ in changed] == ["title", "body"], changed
    assert "section.prose" in changed[1][1]


def test_a_date_rendered_as_minutes_ago_is_no_template_change(world: World) -> None:
    checked = 0
    for base in PAGES:
        if "<time" not in world.recorded[base.slug]:
            continue
        for kind in ("selector", "generic"):
            outcome = drift_of(world, base, "time-relative", kind)
            assert outcome.label not in ("breaking", "template_changed"), (kind, base.slug, outcome.reasons)
            checked += 1
    assert checked >= 2  # pages with a <time> element exist in the test world
