"""The extractor contract. A new extractor is a ten-line class or a plain function.

An extractor takes a :class:`~harness.page.Page` and returns an :class:`~harness.model.ArticleRecord`
or a mapping with the record's fields. The harness fills ``url``, ``site``, ``extractor`` and
``extractor_version`` when the output leaves them out, then validates the result against the schema.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from harness.model import ArticleRecord
from harness.page import Page

ExtractorOutput = ArticleRecord | Mapping[str, Any]


@runtime_checkable
class Extractor(Protocol):
    name: str
    version: str

    def extract(self, page: Page) -> ExtractorOutput: ...


class FunctionExtractor:
    """Adapts a plain ``fn(page) -> record`` function to the :class:`Extractor` protocol."""

    def __init__(self, name: str, fn: Callable[[Page], ExtractorOutput], version: str = "0") -> None:
        self.name = name
        self.version = version
        self._fn = fn

    def extract(self, page: Page) -> ExtractorOutput:
        return self._fn(page)


class ExtractorUnavailable(RuntimeError):
    """An optional extractor's package is not installed; the message says what to install."""
