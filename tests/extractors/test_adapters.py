"""The trafilatura and readability adapters: mapping to the record, install hints, no network."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from importlib.metadata import version
from typing import Any

import pytest

from harness.extractors import registry
from harness.extractors.adapters import ReadabilityExtractor, TrafilaturaExtractor
from harness.extractors.base import ExtractorUnavailable
from harness.model import ArticleRecord
from harness.page import Page, RecordedResponse

pytest.importorskip("trafilatura")
pytest.importorskip("readability")

PARAS = [
    "The harbour master announced on Monday that the old lighthouse will be restored over the summer, "
    "after years of campaigning by the fishing community and the local history society.",
    "Work will begin in May and should be finished before the autumn storms. The lamp itself will be "
    "replaced by a modern one, but the original lens will be kept on display in the museum.",
    "Visitors will be able to climb the tower again from next year, the harbour master said, adding that "
    "tickets would be sold at the museum and that children under twelve would go free.",
]
HTML = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Lighthouse to be restored this summer | Harbour Times</title>
<meta property="og:title" content="Lighthouse to be restored this summer">
<meta property="article:published_time" content="2024-04-02T10:00:00+01:00">
<meta name="author" content="Ada Fictional">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Lighthouse to be restored this summer</h1>
{"".join(f"<p>{p}</p>" for p in PARAS)}
</article>
<footer><p>Harbour Times, all rights reserved.</p></footer>
</body></html>"""


def _page(text: str | bytes, url: str = "https://harbourtimes.example/news/lighthouse") -> Page:
    body = text.encode("utf-8") if isinstance(text, str) else text
    return Page(RecordedResponse(url=url, status=200, headers={}, body=body), "harbourtimes.example", "lh")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Any socket connection attempt is recorded and fails, as during replay."""
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("network blocked in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    yield attempts
    assert attempts == []


@pytest.mark.parametrize("cls", [TrafilaturaExtractor, ReadabilityExtractor])
def test_adapter_maps_article(cls: type[Any], no_network: list[Any]) -> None:
    extractor = cls()
    record = extractor.extract(_page(HTML))
    assert isinstance(record, ArticleRecord)
    assert record.title == "Lighthouse to be restored this summer"
    assert record.published is not None and record.published.startswith("2024-04-02")
    assert record.body == "\n\n".join(PARAS)
    assert record.language in ("en", "en-GB")
    assert record.extractor == extractor.name


def test_trafilatura_author_and_version() -> None:
    extractor = TrafilaturaExtractor()
    assert extractor.version == version("trafilatura")
    assert extractor.extract(_page(HTML)).authors == ("Ada Fictional",)


def test_readability_version_and_registry() -> None:
    assert ReadabilityExtractor().version == version("readability-lxml")
    assert isinstance(registry.get("readability"), ReadabilityExtractor)
    assert isinstance(registry.get("trafilatura"), TrafilaturaExtractor)


@pytest.mark.parametrize("cls", [TrafilaturaExtractor, ReadabilityExtractor])
@pytest.mark.parametrize(
    "text",
    ["", "https://harbourtimes.example/other-page", "<html><body></body></html>", "<p>short</p>"],
    ids=["empty", "bare-url", "empty-body", "tiny"],
)
def test_adapter_degenerate_pages_stay_offline(cls: type[Any], text: str, no_network: list[Any]) -> None:
    record = cls().extract(_page(text))
    assert isinstance(record, ArticleRecord)


@pytest.mark.parametrize(
    ("cls", "module", "hint"),
    [
        (TrafilaturaExtractor, "trafilatura", "pip install 'news-harness[trafilatura]'"),
        (ReadabilityExtractor, "readability", "pip install 'news-harness[readability]'"),
    ],
)
def test_missing_library_raises_unavailable_with_hint(
    cls: type[Any], module: str, hint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ExtractorUnavailable, match=r"not installed; " + hint.replace("[", r"\[")):
        cls()
