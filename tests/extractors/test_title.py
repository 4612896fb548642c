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


def _title(head: str, body: str = "", url: str = "https://news.dailyexample.co.uk/story") -> str | None:
    doc = f'<html lang="en"><head><meta charset="utf-8">{head}</head><body>{body}{STORY}</body></html>'
    response = RecordedResponse(url=url, status=200, headers={}, body=doc.encode())
    page = Page(response, "dailyexample.co.uk", "s")
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
