"""Scrapy spider callbacks as extractors: ``--extractor scrapy:pkg.spiders.news:NewsSpider.parse_article``.

The spider is built the way Scrapy builds it, ``Spider.from_crawler(crawler)`` with the project's settings
(``get_project_settings()``: ``SCRAPY_SETTINGS_MODULE`` or the nearest ``scrapy.cfg``), so callbacks that
read ``self.settings`` work; no engine starts and nothing touches the network. Each page becomes an
``HtmlResponse`` (URL, status, headers and body from the cassette, the request's ``meta`` when the import
kept it) and the callback's output is walked until the first item: dicts, ``scrapy.Item``, dataclasses and
attrs objects all go through ``itemadapter``. ``Request`` objects it yields are skipped.

``[tool.harness.scrapy]`` (optional)::

    fields = { headline = "title", text = "body", date = "published" }   # item field -> record field
    settings = { ROBOTSTXT_OBEY = false }                                 # overrides, highest priority
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from harness.extractors.base import ExtractorUnavailable
from harness.page import Page

PREFIX = "scrapy:"
RECORD_FIELDS = ("title", "published", "body", "authors", "language", "url", "site")
MAX_OUTPUTS = 1000


class ScrapySpecError(LookupError):
    """The ``scrapy:module:Spider.callback`` spec does not name a spider callback."""


def _options() -> Mapping[str, Any]:
    from harness.config import load_config

    table = load_config().scrapy
    fields = table.get("fields", {})
    if not isinstance(fields, Mapping) or not all(isinstance(v, str) for v in fields.values()):
        raise ScrapySpecError("[tool.harness.scrapy] fields must map item fields to record field names")
    unknown = sorted(set(fields.values()) - set(RECORD_FIELDS))
    if unknown:
        raise ScrapySpecError(f"[tool.harness.scrapy] fields: unknown record field(s) {', '.join(unknown)}")
    return table


def _spider_class(spec: str) -> tuple[type[Any], str]:
    module_name, _, rest = spec.partition(":")
    cls_name, _, callback = rest.partition(".")
    if not (module_name and cls_name and callback):
        raise ScrapySpecError(f"scrapy:{spec}: expected scrapy:package.module:SpiderClass.callback")
    if "" not in sys.path and str(Path.cwd()) not in sys.path:
        sys.path.insert(0, str(Path.cwd()))  # the project's own spiders, as `scrapy crawl` finds them
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ScrapySpecError(f"scrapy:{spec}: cannot import {module_name!r} ({exc})") from exc
    cls = getattr(module, cls_name, None)
    if not isinstance(cls, type) or not callable(getattr(cls, callback, None)):
        raise ScrapySpecError(f"scrapy:{spec}: {module_name}.{cls_name} has no callback {callback!r}")
    return cls, callback


class ScrapyCallbackExtractor:
    """One spider callback, called on each replayed page; see the module doc."""

    def __init__(self, spec: str) -> None:
        try:
            from itemadapter import ItemAdapter, is_item
            from scrapy import Request
            from scrapy.crawler import Crawler
            from scrapy.http import HtmlResponse
            from scrapy.utils.project import get_project_settings
        except ImportError as exc:
            raise ExtractorUnavailable("Scrapy is not installed; pip install 'news-harness[scrapy]'") from exc
        self.name = PREFIX + spec
        self.version = _dist_version("scrapy")
        options = _options()
        self.fields: Mapping[str, str] = options.get("fields", {})
        cls, callback = _spider_class(spec)
        settings = get_project_settings()
        settings.setdict(dict(options.get("settings", {})), priority="cmdline")
        crawler = Crawler(cls, settings)
        self.spider = cls.from_crawler(crawler)
        crawler.spider = self.spider
        self.callback = getattr(self.spider, callback)
        self._adapter, self._is_item, self._request, self._response = (
            ItemAdapter,
            is_item,
            Request,
            HtmlResponse,
        )

    def _make_response(self, page: Page) -> Any:
        meta = dict(page.response.request_meta) if hasattr(page.response, "request_meta") else {}
        request = self._request(page.response.requested_url or page.url, meta=meta, dont_filter=True)
        headers = {k: v for k, v in page.response.headers.items() if k.lower() != "content-encoding"}
        return self._response(
            url=page.url,
            status=page.response.status,
            headers=headers,
            body=page.body,
            encoding=page.encoding,
            request=request,
        )

    def extract(self, page: Page) -> Mapping[str, Any]:
        response = self._make_response(page)
        output = self.callback(response, **response.request.cb_kwargs)
        item = self._first_item(output if isinstance(output, Iterable) else [output])
        if item is None:
            raise ValueError(f"{self.name} yielded no item for this page (only requests or nothing)")
        data = self._adapter(item).asdict()
        record = {self.fields.get(k, k): v for k, v in data.items()}
        return {k: v for k, v in record.items() if k in RECORD_FIELDS}

    def _first_item(self, outputs: Iterable[Any]) -> Any:
        for count, out in enumerate(outputs):
            if count >= MAX_OUTPUTS:
                break
            if out is None or isinstance(out, self._request):
                continue  # a follow-up request: the page's own item is what is checked
            if self._is_item(out):
                return out
        return None


def _dist_version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"
