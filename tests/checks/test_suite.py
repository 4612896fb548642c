"""The dataset expectations evaluated in plain Python give what Great Expectations gives, on real pages.

The records are the shared corpus's ground truth (real titles, dates and bodies), plus copies made at test
time that break each dataset check in a general way: a page copied under another URL of its site and under
another site, a body cut short, a copyright line appended, dates dropped.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from harness.checks import CheckSettings, dataset_findings, frame, gx, load_settings, rates, suite
from harness.model import PageResult
from harness.paths import site_for_url


def _page(site: str, slug: str, url: str, truth: Mapping[str, Any]) -> PageResult:
    record: dict[str, Any] = {
        "url": url,
        "site": site,
        "title": truth.get("title"),
        "published": truth.get("published"),
        "body": truth.get("body"),
        "authors": [],
        "extractor": "truth",
        "extractor_version": "1",
    }
    return PageResult(f"{site}/{slug}", site, url, f"{site}/{slug}.yaml", "truth", record)


def corpus_pages(corpus: Path) -> list[PageResult]:
    pages = []
    for path in sorted(corpus.glob("*/*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        url = truth.get("url") or f"https://{path.parent.name.replace('_', '-')}.example/{path.stem}"
        site = site_for_url(url)
        pages.append(_page(site, path.stem, url, truth))
        n = len(pages)
        if n % 7 == 0:  # the same article under a second URL of its site: duplicate title and body
            pages.append(_page(site, path.stem + "-amp", url + "?amp=1", truth))
        if n % 5 == 0:  # syndicated to another site, undated there
            pages.append(
                _page(
                    "mirror.example",
                    path.stem,
                    f"https://mirror.example/{path.stem}",
                    {**truth, "published": None},
                )
            )
        if n % 11 == 0 and truth.get("body"):
            short = {**truth, "body": truth["body"][:120], "title": f"{truth.get('title')} (short)"}
            pages.append(_page(site, path.stem + "-short", url + "#short", short))
        if n % 13 == 0 and truth.get("body"):
            line = "\n\nCopyright © 2024 Example Media. All rights reserved."
            copyright = {**truth, "body": truth["body"] + line}
            pages.append(_page(site, path.stem + "-c", url + "#c", copyright))
    return pages


SETTINGS = {
    "defaults": {},
    "per-site": {  # two pattern lists (row conditions), a low body ceiling for one site
        "sites": {
            "mirror.example": {
                "boilerplate": {"patterns": ["^all rights reserved", "subscribe"]},
                "body": {"max_chars": 3000},
                "rates": {"min_pages": 2},
            }
        },
    },
}


@pytest.fixture(scope="module")
def pages(corpus_dir: Path) -> list[PageResult]:
    if not any(corpus_dir.glob("*/*.json")):
        pytest.skip(f"no ground truth under {corpus_dir}")
    return corpus_pages(corpus_dir)


def _columns(pages: list[PageResult], settings: CheckSettings) -> dict[str, Any]:
    rows = frame.rows_from(pages)
    flagged = rates.flags(rows, settings)
    return {**frame.columns(rows, settings), **rates.columns(rows, settings, flagged)}


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_python_engine_gives_the_gx_outcomes(pages: list[PageResult], name: str) -> None:
    settings = load_settings(SETTINGS[name])
    cols = _columns(pages, settings)
    plain = suite.evaluate(cols)
    assert plain == gx.validate(cols)
    failed = {o.check for o in plain if not o.success}
    assert failed >= {
        "title.duplicate",
        "title.duplicate_across_sites",
        "body.duplicated",
        "body.too_short",
        "date.coverage",
        "boilerplate.pattern",
    }, failed
    if name == "per-site":
        assert "body.too_long" in failed


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_python_engine_gives_identical_findings(pages: list[PageResult], name: str) -> None:
    settings = load_settings(SETTINGS[name])
    with_gx = dataset_findings(pages, settings, engine="gx")
    plain = dataset_findings(pages, settings, engine="python")
    assert plain.run == with_gx.run and list(plain.per_page.items()) == list(with_gx.per_page.items())
    assert sum(len(f) for f in plain.per_page.values()) > 50


def test_missing_values_are_skipped() -> None:
    cols: dict[str, list[Any]] = {
        "page_id": ["a/1", "a/2", "b/1", "b/2"],
        "site": ["a", "a", "b", "b"],
        "k": ["x", None, "x", float("nan")],
        "n": [5, 10, None, 3],
        "m": [10, 10, 1, None],
        "hits": [1, None, 0, 2],
    }
    checks = [
        suite.Expectation("title.duplicate", "unique", ("k",)),
        suite.Expectation("body.too_short", "a_at_least_b", ("n", "m")),
        suite.Expectation("boilerplate.pattern", "at_most", ("hits",), limit=0),
    ]
    got = [suite._unexpected(e, cols) for e in checks]
    assert got == [[0, 2], [0], [0, 3]]


SCRIPT = textwrap.dedent("""
    import sys
    from harness.checks import dataset_findings, load_settings
    from harness.model import PageResult

    rec = {"url": "https://example.com/a", "title": "Same title", "published": None, "body": "short"}
    pages = [PageResult(id=f"example.com/{i}", site="example.com", url=f"https://example.com/{i}",
                        cassette=None, extractor="t", record={**rec, "url": f"https://example.com/{i}"})
             for i in range(4)]
    out = dataset_findings(pages, load_settings({}), engine="python")
    print(sorted({f.check for fs in out.per_page.values() for f in fs}))
    print("gx" if "great_expectations" in sys.modules else "no-gx",
          "pandas" if "pandas" in sys.modules else "no-pandas")
""")


def test_python_engine_imports_neither_gx_nor_pandas() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    checks, imported = out.stdout.strip().split("\n")
    assert "title.duplicate" in checks and "body.too_short" in checks
    assert imported == "no-gx no-pandas"
