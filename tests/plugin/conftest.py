from __future__ import annotations

from pathlib import Path

import pytest
from spine.helpers import article_html, make_cassette


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with [tool.harness], two sites and a custom extractor module."""
    pytester.makepyprojecttoml('[tool.harness]\ncassettes = "cassettes"\n')
    root = Path(pytester.path) / "cassettes"
    for slug in ("bridge", "ferry"):
        make_cassette(root, "harbor.example", slug, article_html(f"The {slug} story"))
    make_cassette(root, "valley.example", "dam", article_html("The dam story"))
    pytester.makepyfile(
        myextractors="""
def titles(page):
    import re
    m = re.search(r"<h1>(.*?)</h1>", page.text)
    return {"title": m.group(1) if m else None, "published": "2025-03-04", "body": "Body of " + page.url}

def broken(page):
    if "ferry" in page.url:
        return {"title": 7, "published": "last tuesday"}
    return titles(page)
"""
    )
    pytester.syspathinsert()
    return pytester
