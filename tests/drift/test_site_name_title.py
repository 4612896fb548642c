"""A headline replaced by the site's own name is a damaged title (breaking), not an edit."""

from __future__ import annotations

import pytest

from harness.drift.compare import PageText, compare_records, shingles
from harness.drift.fingerprint import squash
from harness.drift.sitename import is_site_name, site_names

HEAD = (
    "<head><title>Ferry returns to the harbour | The Morning Ledger</title>"
    '<meta property="og:site_name" content="Morning Ledger Online">'
    '<meta property="og:url" content="https://www.ledger-news.co.uk/ferry">'
    "</head>"
)


def live(head: str = HEAD) -> PageText:
    html = f"<html>{head}<body><h2>Other headline entirely</h2><p>Some text</p></body></html>"
    return PageText(visible=squash("Other headline entirely Some text"), html=html, shingles=shingles(html))


def kinds(new: str, page: PageText) -> list[str]:
    changes = compare_records({"title": "Ferry returns to the harbour"}, {"title": new}, page, page, 0.5)
    return [c.kind for c in changes]


@pytest.mark.parametrize(
    "new",
    [
        "The Morning Ledger",
        "the morning  ledger",
        "Morning Ledger Online",
        "ledger-news",
        "Ledger-News.co.uk",
    ],
)
def test_title_that_is_the_sites_name_is_broken(new: str) -> None:
    assert kinds(new, live()) == ["broken"]


@pytest.mark.parametrize(
    "new",
    [
        "Ferry returns to the harbour after 40 years",  # a real edit of the headline
        "Ferry returns to the harbour",  # the <title>'s headline part (longest) is never a site name
        "Morning Ledger readers welcome the ferry",  # contains the name, is more than the name
    ],
)
def test_real_edits_are_not_called_site_names(new: str) -> None:
    assert kinds(new, live()) in (["edited"], [])


def test_a_page_without_site_names_names_none() -> None:
    page = live("<head><title>Ferry returns to the harbour</title></head>")
    assert site_names(page.parsed()) == frozenset()
    assert not is_site_name("The Morning Ledger", page.parsed())
    assert kinds("The Morning Ledger", page) == ["edited"]


def test_hostile_metadata_does_not_stop_the_check() -> None:
    head = (
        '<head><meta property="og:url" content="http://[::1"><link rel="canonical" href="http://[bad"></head>'
    )
    assert kinds("Anything", live(head)) == ["edited"]


@pytest.mark.parametrize(
    ("old", "new", "affix"),
    [
        ("Диета Аткинса (14 дней)", "World news - Диета Аткинса", "World news"),
        ("Bridge reopens after two years", "Bridge reopens after two years | The Ledger", "The Ledger"),
        ("Bridge reopens after two years", "Bridge reopens, ferries stop", None),  # a rewrite, no separator
        ("Bridge reopens - ferries stop", "Bridge reopens - ferries stop today", None),  # the part was there
        ("Bridge reopens after two years", "Harbour news - Ferries stop tonight", None),  # another headline
    ],
)
def test_a_headline_that_gained_a_title_affix(old: str, new: str, affix: str | None) -> None:
    from harness.drift.sitename import added_affix

    assert added_affix(old, new) == affix
