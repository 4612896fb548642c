"""Small cassettes with ground truth, and toy extractors, for the regression and quality tests.

The pages are fictional and written here. ``toy_extract`` reads fields straight from ``data-*`` markup,
so a test decides exactly what record a page yields without depending on a real extractor's heuristics.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from harness.capture import cassette
from harness.extractors.base import ExtractorUnavailable, FunctionExtractor
from harness.page import Page

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Harbor Daily</title>
<meta property="article:published_time" content="{published}"></head>
<body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1 data-title>{title}</h1>
{paragraphs}
</article><footer>Harbor Daily, all rights reserved</footer></body></html>"""

PARAGRAPHS = (
    "The old harbor bridge reopened on Tuesday after two years of repairs, city officials said.",
    "Engineers replaced the steel deck and the lifting machinery, which dated from the nineteen-fifties.",
    "Ferries that carried commuters during the closure will keep a reduced timetable until the summer.",
)


def page_html(
    title: str, paragraphs: Sequence[str] = PARAGRAPHS, published: str = "2025-03-04T08:00:00+01:00"
) -> bytes:
    paras = "\n".join(f"<p data-p>{html.escape(p)}</p>" for p in paragraphs)
    return PAGE.format(title=html.escape(title), paragraphs=paras, published=published).encode("utf-8")


def make_page(root: Path, site: str, slug: str, body: bytes, truth: Mapping[str, Any] | None = None) -> Path:
    """Write ``<root>/<site>/<slug>.yaml`` (one 200 response) and, when given, its ``.truth.json``."""
    url = f"https://{site}/news/{slug}"
    path = root / site / f"{slug}.yaml"
    interaction = cassette.interaction(url, body, headers={"Content-Type": ["text/html; charset=utf-8"]})
    cassette.write(path, [interaction], {"url": url, "recorded_at": "2025-03-05T00:00:00Z", "how": "test"})
    if truth is not None:
        full = {
            "id": slug,
            "url": url,
            "title": None,
            "published": None,
            "body": None,
            "source_dataset": "example/handmade@0",
            "license": "MIT",
            "extra": {},
            **truth,
        }
        path.with_name(slug + cassette.TRUTH_SUFFIX).write_text(json.dumps(full, ensure_ascii=False), "utf-8")
    return path


_TITLE = re.compile(r"<h1 data-title>(.*?)</h1>", re.S)
_PARA = re.compile(r"<p data-p>(.*?)</p>", re.S)
_DATE = re.compile(r'article:published_time" content="([^"]*)"')


def toy_extract(page: Page) -> dict[str, Any]:
    """Title from ``<h1 data-title>``, body from ``<p data-p>``, date from the meta tag; nothing else."""
    text = page.text
    title = _TITLE.search(text)
    date = _DATE.search(text)
    return {
        "title": html.unescape(title.group(1)) if title else None,
        "published": date.group(1) if date else None,
        "body": "\n\n".join(html.unescape(p) for p in _PARA.findall(text)) or None,
        "language": "en",
    }


class Unavailable:
    """An extractor whose package is 'not installed'."""

    name = "unavailable"
    version = "0"

    def __init__(self) -> None:
        raise ExtractorUnavailable("toy package 'not-installed' is missing; pip install not-installed")


def _house(page: Page, *, title_first: bool) -> dict[str, Any]:
    """A team's own extractor: ``toy_extract`` whose body repeats its first paragraph (an accepted warning);
    with ``title_first`` the body also starts with the title (a new warning)."""
    record = toy_extract(page)
    paras = (record["body"] or "").split("\n\n")
    body = "\n\n".join([*paras, paras[0]])
    record["body"] = f"{record['title']}\n\n{body}" if title_first else body
    return record


#: The same extractor name before and after a change, as a team's extractor keeps its name.
HOUSE_V1 = FunctionExtractor("house", lambda page: _house(page, title_first=False), "1")
HOUSE_V2 = FunctionExtractor("house", lambda page: _house(page, title_first=True), "2")
