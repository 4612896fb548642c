from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from spine.helpers import article_html, make_cassette


@pytest.fixture(scope="session", autouse=True)
def _heavy_modules_stay_loaded() -> None:
    """pytester's in-process runs unload modules imported during a run; numpy (under pandas and Great
    Expectations, used by the dataset checks) cannot be imported twice in one process, so load them first."""
    import importlib
    import pkgutil

    import great_expectations  # noqa: F401
    import pandas  # noqa: F401
    import vcr

    # the same goes for exception classes: a module re-imported after an inline run would hold new class
    # objects that code imported earlier does not catch
    for package in (vcr, importlib.import_module("harness")):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            with contextlib.suppress(ImportError):  # optional backends, e.g. stubs for absent clients
                importlib.import_module(info.name)


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
    return {"title": m.group(1) if m else None, "published": "2025-03-04",
            "body": "Body of " + page.url.replace(":", "").replace("/", " ")}

def broken(page):
    if "ferry" in page.url:
        return {"title": 7, "published": "last tuesday"}
    return titles(page)
"""
    )
    pytester.syspathinsert()
    return pytester
