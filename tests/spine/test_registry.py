"""Extractors by name: built-ins, entry points of installed packages, dotted paths; clear errors otherwise."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from harness.extractors import registry
from harness.extractors.base import ExtractorUnavailable


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package installed the normal way: a module plus a dist-info folder declaring the entry point."""
    (tmp_path / "acme_extract.py").write_text(
        "__version__ = '2.1'\n\ndef extract(page):\n    return {'title': 'from acme'}\n"
    )
    dist = tmp_path / "acme_extract-2.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-extract\nVersion: 2.1\n")
    (dist / "entry_points.txt").write_text("[news_harness.extractors]\nacme = acme_extract:extract\n")
    monkeypatch.syspath_prepend(str(tmp_path))


def test_entry_point_extractor_is_found_by_name(installed_plugin: None) -> None:
    assert "acme" in registry.available()
    extractor = registry.get("acme")
    assert extractor.name == "acme" and extractor.version == "2.1"


def test_dotted_path_and_its_errors() -> None:
    assert registry.get("harness.extractors.generic:GenericExtractor").name == "generic"
    with pytest.raises(registry.UnknownExtractor, match="cannot import 'no_such_module'"):
        registry.get("no_such_module:x")
    with pytest.raises(registry.UnknownExtractor, match="has no 'nope'"):
        registry.get("harness.extractors.generic:nope")


@pytest.mark.parametrize(
    ("name", "package"), [("trafilatura", "trafilatura"), ("readability", "readability")]
)
def test_missing_optional_adapter_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, name: str, package: str
) -> None:
    monkeypatch.setitem(sys.modules, package, None)  # what an uninstalled package looks like to import
    with pytest.raises(ExtractorUnavailable, match=rf"pip install 'news-harness\[{name}\]'"):
        registry.get(name)
