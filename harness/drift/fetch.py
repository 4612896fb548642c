"""Polite live fetching for drift: robots.txt, per-host and overall concurrency limits, retries with backoff.

One :class:`Fetcher` (a context manager around one reused ``httpx.Client``) serves a whole run; it is
safe to call from several threads. Every fetch ends in a :class:`FetchResult` whose ``kind`` says what
happened, never in an exception:

* ``ok``: a 2xx response (redirects followed);
* ``gone``: HTTP 404 or 410;
* ``unreachable``: DNS failure, refused connection, timeout, 5xx after the retries, any other status,
  or a robots.txt that cannot be read (RFC 9309 says to assume a full disallow then);
* ``skipped``: robots.txt disallows the page for our user agent.

Only connect errors and 5xx responses are retried, with exponential backoff (``backoff * 2**n``, capped
at ``backoff_max``; a numeric ``Retry-After`` within the cap is honoured). A read timeout is not retried:
a page that is slow once is slow again, and retrying it only keeps the site busier.

Concurrency is limited per *target* host (after the ``FROM=TO`` or pattern rewrite, so a staging mirror
serving several public sites is treated as the one host it is) and overall. robots.txt is the *target's*
(fetched once per target origin, parsed with ``protego``, Scrapy's RFC 9309 parser, and matched against
the URL actually fetched); ``delay`` and its ``Crawl-delay`` (capped at ``max_crawl_delay``) space out the
requests to that target host.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, Protocol
from urllib.parse import urlsplit

import httpx

from harness.capture.record import ACCEPT_ENCODING, failure_reason
from harness.capture.scrub import has_secrets
from harness.capture.urls import RevealingTransport, RewritingTransport
from harness.drift.settings import DriftSettings
from harness.page import RecordedResponse
from harness.summary import now_utc

FetchKind = Literal["ok", "gone", "unreachable", "skipped"]


class Robots(Protocol):
    """What drift uses of a parsed robots.txt (``protego.Protego``)."""

    def can_fetch(self, url: str, user_agent: str) -> bool: ...

    def crawl_delay(self, user_agent: str) -> float | None: ...


_RETRYABLE = (httpx.ConnectError, httpx.ConnectTimeout)
_GONE = frozenset({404, 410})


class _TooLarge(Exception):
    pass


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One live fetch. ``final_url`` is public (a rewritten target is mapped back)."""

    url: str
    kind: FetchKind
    reason: str = ""
    status: int | None = None
    final_url: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    attempts: int = 0
    elapsed_ms: float = 0.0
    fetched_at: str | None = None

    def response(self) -> RecordedResponse:
        """The live response in the shape a :class:`~harness.page.Page` takes."""
        return RecordedResponse(
            url=self.final_url or self.url,
            status=self.status or 0,
            headers=self.headers,
            body=self.body,
            requested_url=self.url,
            captured_at=self.fetched_at,
        )


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    url: str
    headers: dict[str, str]
    body: bytes
    reason_phrase: str


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after", "").strip()
    return float(value) if value.isdigit() else None


class Fetcher:
    """Reusable, thread-safe polite fetcher; use it as ``with Fetcher(settings) as f: f.fetch(url)``."""

    def __init__(self, settings: DriftSettings, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self._sleep = sleep
        rules = settings.rewrite
        headers = {"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING}
        limits = httpx.Limits(
            max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
        )
        transport: httpx.BaseTransport | None = None
        if rules:
            transport = RewritingTransport(rules, httpx.HTTPTransport(limits=limits))
        if has_secrets(os.environ):  # HARNESS_SECRET_<PARAM>: fill scrubbed secrets in, on the wire only
            transport = RevealingTransport(transport or httpx.HTTPTransport(limits=limits), dict(os.environ))
        # trust_env=False with our own transport: an environment proxy would sit ahead of it.
        self._client = httpx.Client(
            follow_redirects=True,
            headers=headers,
            timeout=settings.timeout,
            limits=limits,
            transport=transport,
            trust_env=transport is None,
        )
        self._lock = threading.Lock()
        self._overall = threading.BoundedSemaphore(settings.concurrency)
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._next_slot: dict[str, float] = {}
        self._intervals: dict[str, float] = {}
        self._robots: dict[str, Robots | str] = {}
        self._robot_locks: dict[str, threading.Lock] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------------ politeness

    def _host(self, url: str) -> str:
        return urlsplit(self.settings.rewrite.forward(url)).netloc.lower()

    @contextmanager
    def _slot(self, url: str) -> Iterator[None]:
        host = self._host(url)
        with self._lock:
            sem = self._hosts.setdefault(host, threading.BoundedSemaphore(self.settings.per_host))
        with sem, self._overall:
            with self._lock:
                interval = max(self.settings.delay, self._intervals.get(host, 0.0))
                now = time.monotonic()
                start = max(now, self._next_slot.get(host, now))
                self._next_slot[host] = start + interval
            if start > now:
                self._sleep(start - now)
            yield

    def _backoff(self, attempt: int, headers: Mapping[str, str]) -> float:
        s = self.settings
        wait = min(s.backoff_max, s.backoff * 2**attempt)
        hinted = _retry_after(headers)
        return float(max(wait, min(hinted, s.backoff_max))) if hinted is not None else float(wait)

    # ------------------------------------------------------------------ requests

    def _get_once(self, url: str) -> _Answer:
        with self._client.stream("GET", url) as resp:
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > self.settings.max_bytes:
                    raise _TooLarge(f"response larger than {self.settings.max_bytes} bytes")
                chunks.append(chunk)
            headers = {k.lower(): ", ".join(resp.headers.get_list(k)) for k in resp.headers}
            return _Answer(
                resp.status_code,
                self.settings.rewrite.back(str(resp.url)),
                headers,
                b"".join(chunks),
                resp.reason_phrase,
            )

    def _get(self, url: str) -> tuple[_Answer | str, int]:
        """The answer (or a failure reason) and the number of attempts, retrying connect errors and 5xx."""
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            headers: Mapping[str, str] = {}
            try:
                with self._slot(url):
                    answer = self._get_once(url)
                if answer.status < 500 or attempt == attempts - 1:
                    return answer, attempt + 1
                headers = answer.headers
            except _RETRYABLE as exc:
                if attempt == attempts - 1:
                    return failure_reason(exc, self.settings.timeout), attempt + 1
            except _TooLarge as exc:
                return str(exc), attempt + 1
            except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
                return failure_reason(exc, self.settings.timeout), attempt + 1
            self._sleep(self._backoff(attempt, headers))
        raise AssertionError("unreachable: the loop returns on its last attempt")

    # ------------------------------------------------------------------ robots.txt

    def _load_robots(self, origin: str) -> Robots | str:
        """The robots.txt of a *target* origin (``origin`` is already rewritten; no rule applies to it)."""
        from protego import Protego

        answer, _ = self._get(origin + "/robots.txt")
        if isinstance(answer, str):
            return f"robots.txt of {origin} unreachable ({answer})"
        if answer.status >= 500:
            return (
                f"robots.txt of {origin} answered HTTP {answer.status} "
                "(RFC 9309: treat as disallowed, retry later)"
            )
        text = "" if answer.status >= 400 else answer.body.decode("utf-8", "replace")  # 4xx: all allowed
        parser = Protego.parse(text)
        delay = parser.crawl_delay(self.settings.user_agent)
        if delay:
            with self._lock:
                self._intervals[urlsplit(origin).netloc.lower()] = min(
                    float(delay), self.settings.max_crawl_delay
                )
        return parser

    def robots(self, url: str) -> Robots | str:
        """The parsed robots.txt of the host ``url`` is fetched from (its rewrite target), fetched once per
        target origin; or why it cannot be read."""
        origin = _origin(self.settings.rewrite.forward(url))
        with self._lock:
            lock = self._robot_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
            return self._robots[origin]

    # ------------------------------------------------------------------ public

    def fetch(self, url: str) -> FetchResult:
        start = time.perf_counter()
        fetched_at = now_utc()

        def done(
            kind: FetchKind, reason: str, attempts: int = 0, answer: _Answer | None = None
        ) -> FetchResult:
            ms = (time.perf_counter() - start) * 1000
            if answer is None:
                return FetchResult(url, kind, reason, attempts=attempts, elapsed_ms=ms, fetched_at=fetched_at)
            return FetchResult(
                url,
                kind,
                reason,
                answer.status,
                answer.url,
                answer.headers,
                answer.body,
                attempts,
                ms,
                fetched_at,
            )

        if urlsplit(url).scheme.lower() not in ("http", "https") or not urlsplit(url).netloc:
            return done("unreachable", f"not an http(s) URL: {url!r}")
        if self.settings.robots:
            rules = self.robots(url)
            if isinstance(rules, str):
                return done("unreachable", rules)
            target = self.settings.rewrite.forward(url)
            if not rules.can_fetch(target, self.settings.user_agent):
                return done(
                    "skipped",
                    f"robots.txt disallows {urlsplit(target).path or '/'} for "
                    f"{self.settings.user_agent.split('/')[0]}",
                )
        answer, attempts = self._get(url)
        if isinstance(answer, str):
            tries = f" after {attempts} attempts" if attempts > 1 else ""
            return done("unreachable", answer + tries, attempts)
        status = f"HTTP {answer.status} {answer.reason_phrase}".rstrip()
        if 200 <= answer.status < 300:
            return done("ok", status, attempts, answer)
        if answer.status in _GONE:
            return done("gone", f"{status}: the page is gone", attempts, answer)
        if answer.status >= 500:
            return done("unreachable", f"{status} after {attempts} attempts", attempts, answer)
        return done(
            "unreachable",
            f"{status} (not drift: the site refused or redirected the request)",
            attempts,
            answer,
        )

    def fetch_many(
        self, urls: Sequence[str], progress: Callable[[int, int, str], None] | None = None
    ) -> list[FetchResult]:
        """Fetch ``urls`` concurrently within the limits; results in input order."""
        results: list[FetchResult | None] = [None] * len(urls)
        done = 0
        lock = threading.Lock()

        def one(index: int) -> None:
            nonlocal done
            results[index] = self.fetch(urls[index])
            if progress is not None:
                with lock:
                    done += 1
                    progress(done, len(urls), urls[index])

        with ThreadPoolExecutor(
            max_workers=self.settings.concurrency, thread_name_prefix="drift-fetch"
        ) as pool:
            list(pool.map(one, range(len(urls))))
        return [r for r in results if r is not None]
