"""``generic`` reads a JSON-LD text field's character references once (generic 21, session 30): a CMS
that escapes its strings for HTML before writing them into the JSON (``&amp;``, ``&#8217;``, ``&quot;``)
gives the headline, the authors and the date as written; pages made here."""

from __future__ import annotations

import json

from harness.extractors._metadata import collect, ld_text
from harness.extractors.generic import GenericExtractor
from harness.page import Page, RecordedResponse
from tests.extractors.test_generic import P1, P2, P3


def _record(ld: dict[str, object], h1: str = "") -> dict[str, object]:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    head = f'<head><meta charset="utf-8"><title>Site</title>{script}</head>'
    body = f"<body>{h1}<article>{''.join(f'<p>{p}</p>' for p in (P1, P2, P3))}</article></body>"
    html = f'<html lang="en">{head}{body}</html>'
    url = "https://www.dailyexample.com/2024/03/05/bridge-story"
    response = RecordedResponse(url=url, status=200, headers={}, body=html.encode("utf-8"))
    return GenericExtractor().extract(Page(response, "dailyexample.com", "bridge")).to_dict()


def test_headline_authors_and_date_are_read_without_their_character_references() -> None:
    record = _record(
        {
            "@type": "NewsArticle",
            "headline": "Farmers&#8217; footbridge &amp; ferry: &quot;six weeks&quot;",
            "author": [{"@type": "Person", "name": "Ren&eacute;e O&#x27;Brien"}, "Jos&eacute; Su&aacute;rez"],
            "datePublished": "2024-03-05T23:30:00&#43;02:00",
        }
    )
    assert record["title"] == 'Farmers’ footbridge & ferry: "six weeks"'
    assert record["authors"] == ["Renée O'Brien", "José Suárez"]
    assert record["published"] == "2024-03-05T23:30:00+02:00"


def test_a_reference_is_read_once_and_a_bare_ampersand_stays() -> None:
    # "&amp;amp;" written twice over is "&amp;" once read; "R&D" and "&param=" are no references
    md = collect(_soup('{"@type": "NewsArticle", "headline": "R&D &amp;amp; more", "url": "/a?b=1&param=2"}'))
    assert ld_text(md.ld_articles[0]["headline"]) == "R&D &amp; more"
    assert md.ld_articles[0]["url"] == "/a?b=1&param=2"


def _soup(ld: str):  # type: ignore[no-untyped-def]
    from bs4 import BeautifulSoup

    return BeautifulSoup(f'<script type="application/ld+json">{ld}</script>', "html.parser")
