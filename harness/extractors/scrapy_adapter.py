"""Scrapy spider callbacks as extractors: ``--extractor scrapy:pkg.spiders.news:NewsSpider.parse_article``.

The spider is built the way Scrapy builds it, ``Spider.from_crawler(crawler)`` with the project's settings
(``get_project_settings()``: ``SCRAPY_SETTINGS_MODULE`` or the nearest ``scrapy.cfg``), so callbacks that
read ``self.settings`` work; no engine starts and nothing touches the network. Each page becomes an
``HtmlResponse`` (URL, status, headers and body from the cassette, the request's ``meta`` when the import
kept it) and the callback's output is walked until the first item: dicts, ``scrapy.Item``, dataclasses and
attrs objects all go through ``itemadapter``. ``Request`` objects it yields are skipped, unless
``follow`` is on: then they are followed from the same cassette, breadth-first and bounded (see
:mod:`harness.extractors.scrapy_follow`).

``[tool.harness.scrapy]`` (optional)::

    fields = { headline = "title", text = "body", date = "published" }   # item field -> record field
    settings = { ROBOTSTXT_OBEY = false }                                 # overrides, highest priority
    follow = 5                                  # follow up to 5 yielded requests per page (default 0: off)

The spec may say it too, and wins over the config: ``scrapy:pkg.mod:Spider.cb,follow=5`` (``,follow``
alone: up to 10; ``,follow=0``: off).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from harness.extractors.base import ExtractorUnavailable
from harness.extractors.scrapy_follow import (
    FollowError,
    Walk,
    archive_fetch,
    follow_limit,
    html_response,
    http_fetch,
    scrapy_response,
    split_spec,
)
from harness.page import Page

PREFIX = "scrapy:"
RECORD_FIELDS = ("title", "published", "body", "authors", "language", "url", "site")


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
        spec, spec_options = split_spec(spec)
        try:
            from itemadapter import ItemAdapter, is_item
            from scrapy import Request
            from scrapy.crawler import Crawler
            from scrapy.http import HtmlResponse
            from scrapy.utils.project import get_project_settings
        except ImportError as exc:
            raise ExtractorUnavailable("Scrapy is not installed; pip install 'news-harness[scrapy]'") from exc
        options = _options()
        self.follow = _follow(spec, spec_options, options)
        self.name = PREFIX + spec + (f",follow={self.follow}" if "follow" in spec_options else "")
        self.version = _dist_version("scrapy")
        self.fields: Mapping[str, str] = options.get("fields", {})
        self._client: Any = None
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
        fetch = http_fetch(self._replay_client(), offline_only=True) if self.follow else _no_fetch
        item, notes = self.first_item(response, fetch)
        if item is None:
            why = f" ({'; '.join(notes)})" if notes else ""
            raise ValueError(f"{self.name} yielded no item for this page (only requests or nothing){why}")
        data = self._adapter(item).asdict()
        record = {self.fields.get(k, k): v for k, v in data.items()}
        return {k: v for k, v in record.items() if k in RECORD_FIELDS}

    def first_item(self, response: Any, fetch: Any) -> tuple[Any, list[str]]:
        """The callback on ``response``, then (``follow`` on) the requests it yields, got with ``fetch``."""
        walk = Walk(self._is_item, self._request)
        produced = self.callback(response, **response.request.cb_kwargs)
        item = walk.run(self.spider, response, produced, self.follow, fetch)
        return item, walk.notes

    def follow_live(self, http: Any, client: Any) -> list[str]:
        """``harness record --follow``: the callback on a live page, its requests fetched with ``client``
        (the recording one, so they land in the page's cassette); notes say what happened."""
        request = self._request(str(http.request.url), dont_filter=True)
        item, notes = self.first_item(scrapy_response(http, request), http_fetch(client, offline_only=False))
        return notes if item is not None else [*notes, "the callback yielded no item"]

    def follow_archive(self, page: Any, lookup: Any) -> tuple[list[Any], list[str]]:
        """``harness import --follow``: the callback on an imported page (an ``Exchange``), its requests
        looked up in the archive; returns the exchanges to store with the page, and notes."""
        request = self._request(page.url, dont_filter=True)
        response = html_response(page.url, page.status, page.headers, page.body, request)
        fetched: list[Any] = []
        item, notes = self.first_item(response, archive_fetch(lookup, fetched))
        return fetched, notes if item is not None else [*notes, "the callback yielded no item"]

    def _replay_client(self) -> Any:
        """One client for the run; offline replay (vcrpy) answers it from the page's cassette."""
        if self._client is None:
            import httpx

            self._client = httpx.Client(follow_redirects=True, trust_env=False, timeout=30)
        return self._client


def _no_fetch(request: Any) -> tuple[None, str]:
    return None, "not followed"


def _follow(spec: str, spec_options: Mapping[str, str], options: Mapping[str, Any]) -> int:
    unknown = sorted(set(spec_options) - {"follow"})
    if unknown:
        raise ScrapySpecError(f"scrapy:{spec}: unknown option(s) {', '.join(unknown)}; allowed: follow=N")
    try:
        if "follow" in spec_options:
            return follow_limit(spec_options["follow"], f"scrapy:{spec}")
        return follow_limit(options.get("follow", 0), "[tool.harness.scrapy]")
    except FollowError as exc:
        raise ScrapySpecError(str(exc)) from None


def _dist_version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"
