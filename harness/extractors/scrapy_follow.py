"""Requests a Scrapy callback yields, followed from the page's own cassette (opt-in, bounded).

By default a spider callback's ``Request`` outputs are skipped: the page's own item is what is checked.
With ``follow`` on (``[tool.harness.scrapy] follow = N`` or the spec form
``scrapy:pkg.mod:Spider.cb,follow=N``), a callback that yields no item on its page has its requests
followed breadth-first, at most ``N`` per page: each request is fetched (same method, same URL) through
``httpx``, which offline replay answers from the page's cassette, and its callback is called with the
request's ``cb_kwargs``, ``response.meta`` being the request's ``meta``. The first item found wins.

A request the cassette does not hold is not fetched from the network (replay is offline): the replay
session reports it as a ``replay.miss`` finding, and the walk carries on with the others. At record time
(``harness record --follow``) the same walk runs on the live pages with the recording client, and at
import time (``harness import --follow``) on the archive's pages, looked up in the archive; either way
the cassette ends up holding exactly the pages replay will ask for.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

DEFAULT_FOLLOW = 10  #: requests followed per page when ``follow`` is on without a number
MAX_FOLLOW = 1000  #: the largest ``follow`` accepted
MAX_OUTPUTS = 1000  #: outputs read from one callback call
_DROP = frozenset({"content-encoding", "transfer-encoding", "content-length"})


class FollowError(LookupError):
    """A ``follow`` setting that is not a number of requests (a usage mistake)."""


def follow_limit(value: Any, where: str) -> int:
    """``follow`` as a number of requests per page: ``true`` is :data:`DEFAULT_FOLLOW`, ``false`` 0."""
    if value is True or value == "":
        return DEFAULT_FOLLOW
    if value is False or value is None:
        return 0
    try:
        limit = int(str(value).strip())
    except ValueError:
        raise FollowError(f"{where}: follow {value!r}: expected a number of requests per page") from None
    if not 0 <= limit <= MAX_FOLLOW:
        raise FollowError(f"{where}: follow {limit}: expected 0 to {MAX_FOLLOW}")
    return limit


def split_spec(spec: str) -> tuple[str, dict[str, str]]:
    """``pkg.mod:Spider.cb,follow=5`` -> (``pkg.mod:Spider.cb``, {``follow``: ``5``})."""
    base, *parts = spec.split(",")
    options: dict[str, str] = {}
    for part in parts:
        key, _, value = part.partition("=")
        options[key.strip()] = value.strip()
    return base, options


Fetch = Callable[[Any], tuple[Any | None, str | None]]
"""``fetch(request)`` -> (the Scrapy response, ``None``) or (``None``, why it could not be had)."""


@dataclass
class Walk:
    """One page's walk: what was followed, and why some requests gave nothing (for the error message)."""

    is_item: Callable[[Any], bool]
    request_type: type[Any]
    notes: list[str] = field(default_factory=list)
    followed: int = 0

    def outputs(self, produced: Any, queue: deque[Any]) -> Any:
        """The first item among one callback's outputs; its requests join ``queue`` (``None``: no item)."""
        items = (
            produced if isinstance(produced, Iterable) and not isinstance(produced, Mapping) else [produced]
        )
        for count, out in enumerate(items):
            if count >= MAX_OUTPUTS:
                break
            if isinstance(out, self.request_type):
                queue.append(out)
            elif out is not None and self.is_item(out):
                return out
        return None

    def run(self, spider: Any, first: Any, produced: Any, limit: int, fetch: Fetch) -> Any:
        """Breadth-first from ``first``'s outputs; the first item found, or ``None``."""
        queue: deque[Any] = deque()
        item = self.outputs(produced, queue)
        while item is None and queue and limit > 0:
            if self.followed >= limit:
                self.notes.append(f"{len(queue)} more request(s) not followed (follow = {limit})")
                break
            request = queue.popleft()
            self.followed += 1
            callback = _callback(spider, request)
            if callback is None:
                self.notes.append(f"{request.method} {request.url}: no callback to call")
                continue
            response, why = fetch(request)
            if response is None:
                self.notes.append(f"{request.method} {request.url}: {why}")
                continue
            item = self.outputs(callback(response, **(request.cb_kwargs or {})), queue)
        if item is None and queue and limit <= 0:
            self.notes.append(f"{len(queue)} request(s) yielded, not followed (follow is off)")
        return item


def _callback(spider: Any, request: Any) -> Callable[..., Any] | None:
    """The callback Scrapy would call: ``None`` means ``spider.parse``; a name is looked up."""
    callback = request.callback
    if callback is None:
        callback = getattr(spider, "parse", None)
    elif isinstance(callback, str):
        callback = getattr(spider, callback, None)
    if getattr(callback, "__name__", "") == "NO_CALLBACK":
        return None
    return callback if callable(callback) else None


def scrapy_response(http: Any, request: Any) -> Any:
    """A Scrapy ``HtmlResponse`` from an ``httpx.Response`` (body as stored: decoded), for ``request``."""
    return html_response(str(http.url), http.status_code, http.headers.multi_items(), http.content, request)


def _handled(request: Any, status: int) -> bool:
    """Whether Scrapy hands a response with ``status`` to the callback (``HttpErrorMiddleware``)."""
    allowed = request.meta.get("handle_httpstatus_list") or ()
    return status < 400 or bool(request.meta.get("handle_httpstatus_all")) or status in allowed


def html_response(
    url: str, status: int, headers: Iterable[tuple[str, str]], body: bytes, request: Any
) -> Any:
    """A Scrapy ``HtmlResponse`` (``Content-Encoding`` and lengths dropped: the body is stored decoded)."""
    from scrapy.http import HtmlResponse

    multi: dict[str, list[str]] = {}
    for key, value in headers:
        if key.lower() not in _DROP:
            multi.setdefault(key, []).append(value)
    return HtmlResponse(url=url, status=status, headers=multi, body=body, request=request)


def archive_fetch(lookup: Callable[[str, str], Any], fetched: list[Any]) -> Fetch:
    """Fetch a Scrapy request from an archive being imported: ``lookup(method, url)`` gives its exchanges
    (redirect hops, then the page) or ``None``; every exchange used is added to ``fetched``."""

    def fetch(request: Any) -> tuple[Any | None, str | None]:
        found = lookup(request.method, request.url)
        if not found:
            return None, "not in the archive"
        fetched.extend(found)
        page = found[-1]
        if not _handled(request, page.status):
            return None, f"HTTP {page.status} (not handled by the spider)"
        return html_response(page.url, page.status, page.headers, page.body, request), None

    return fetch


def http_fetch(client: Any, *, offline_only: bool) -> Fetch:
    """Fetch a Scrapy request with ``client`` (redirects followed); a 4xx/5xx Scrapy would not hand to a
    callback (``handle_httpstatus_list``) gives no response. ``offline_only``: refuse unless the network
    guard is on, i.e. unless offline replay answers (never the network from an extractor)."""

    def fetch(request: Any) -> tuple[Any | None, str | None]:
        from harness import guard

        if offline_only and not guard.active():
            return None, "not fetched: following requests needs offline replay (harness run)"
        try:
            http = client.request(request.method, request.url, content=request.body or None)
        except Exception as exc:  # a replay miss, a refused connection: the session has the finding
            return None, f"no recorded response ({type(exc).__name__})"
        if not _handled(request, http.status_code):
            return None, f"HTTP {http.status_code} (not handled by the spider)"
        return scrapy_response(http, request), None

    return fetch


__all__ = [
    "DEFAULT_FOLLOW",
    "MAX_FOLLOW",
    "FollowError",
    "Walk",
    "archive_fetch",
    "follow_limit",
    "html_response",
    "http_fetch",
    "scrapy_response",
    "split_spec",
]
