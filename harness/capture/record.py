"""Record live pages into cassettes, through vcrpy, with secrets scrubbed before anything is written.

One ``httpx.Client`` (redirects followed) is reused for every URL. Each URL is recorded by vcrpy into a
temporary cassette (serializer ``harness``, compressed bodies decoded, scrub hooks installed), which is
then loaded, given the harness metadata block and written atomically to
``<root>/<site>/<slug>.yaml``. Every hop of a redirect chain is one interaction.

A URL is recorded only when the whole fetch succeeds with a final status below 400; a failure is
reported with its reason and leaves any earlier cassette for that URL untouched.

A cassette holds as many interactions as the page needs. ``follow`` (``harness record --follow SPEC``)
is called with the page's response and the recording client while the cassette is still recording: every
request it makes with that client (the pages a spider callback follows, say) is stored in the same
cassette, and replay answers it from there. What it returns (notes) is shown with the page's entry; if it
raises, the page is still recorded and the entry says why following stopped.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from harness._version import __version__
from harness.capture import cassette
from harness.capture.scrub import Scrubber, SecretValues, has_secrets, secret_values
from harness.capture.urls import RevealingTransport, RewriteSpec, RewritingTransport, UrlRewriter, rewriter
from harness.config import HarnessConfig
from harness.fsutil import UnsafePathError, contained
from harness.paths import site_for_url, slug_for_url
from harness.summary import Entry, Progress, Summary, now_utc

EXISTS = "exists (use --force to re-record)"
Follow = Callable[[httpx.Response, httpx.Client], Sequence[str]]
"""``follow(response, client)``: fetch more pages into the page's cassette; returns notes to show."""
# Only encodings vcrpy's decode_compressed_response can undo, so every stored body is readable.
ACCEPT_ENCODING = "gzip, deflate"


@dataclass(frozen=True, slots=True)
class RecordSummary(Summary):
    """Outcome of :func:`record_urls`: ``recorded`` / ``skipped`` / ``failed`` entries, in input order."""

    @property
    def recorded(self) -> tuple[Entry, ...]:
        return self.written


def cassette_path(root: Path, url: str) -> Path:
    """Where the cassette for ``url`` (already scrubbed) lives: ``<root>/<site>/<slug>.yaml``."""
    return contained(root, site_for_url(url), slug_for_url(url) + cassette.SUFFIX)


class _Hooks:
    """vcrpy's record hooks: map rewritten URLs back to public ones, scrub, make headers match the body.

    ``found`` collects every secret value scrubbed from the recording under way (and starts with the ones
    known before it: extra request headers, ``HARNESS_SECRET_*``), so that :meth:`finish` can replace them
    wherever else they occur, bodies included.
    """

    def __init__(self, scrubber: Scrubber, rules: UrlRewriter, known: Iterable[str] = ()) -> None:
        self.scrubber = scrubber
        self.rules = rules
        self.known = tuple(known)
        self.found = SecretValues()
        self.reset()

    def reset(self) -> None:
        self.found = SecretValues()
        self.found.update(self.known)

    def request(self, request: Any) -> Any:
        public = self.rules.back(request.uri)
        rewritten, request.uri = public != request.uri, public
        for key in list(request.headers):
            if key.lower() == "host":  # a pattern rule's target host serves many sites: use the URI's
                host = str(request.headers[key])
                request.headers[key] = urlsplit(public).netloc if rewritten else self.rules.back_host(host)
        return self.scrubber.request(request, self.found)

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers: dict[str, Any] = response.setdefault("headers", {})
        for key in list(headers):
            low = key.lower()
            if low in ("location", "content-location"):
                headers[key] = [self.rules.back(str(v)) for v in headers[key]]
        response = self.scrubber.response(response, self.found)
        self.scrubber.interaction({"response": response}, self.found)
        _true_length(response)
        return response

    def finish(self, interactions: list[Any]) -> list[Any]:
        """The last pass, once every hop is known: values found in a later hop are replaced in earlier ones
        too."""
        for item in interactions:
            if isinstance(item, dict):
                self.scrubber.interaction(item, self.found)
                if isinstance(item.get("response"), dict):
                    _true_length(item["response"])
        return interactions


def _true_length(response: dict[str, Any]) -> None:
    """The body is stored whole (and decoded, and scrubbed): only its real length is true."""
    headers = response.get("headers")
    if not isinstance(headers, dict):
        return
    encoded = _still_encoded(headers)
    for key in list(headers):
        if key.lower() == "transfer-encoding" or (key.lower() == "content-length" and not encoded):
            del headers[key]
    if encoded:
        return
    body = (response.get("body") or {}).get("string")
    if isinstance(body, bytes | str):
        size = len(body) if isinstance(body, bytes) else len(body.encode("utf-8"))
        headers["content-length"] = [str(size)]


def _still_encoded(headers: Mapping[str, Any]) -> bool:
    return any(k.lower() == "content-encoding" for k in headers)


def _recorder(hooks: _Hooks) -> Any:
    import vcr

    recorder = vcr.VCR(
        serializer="harness",
        decode_compressed_response=True,
        before_record_request=hooks.request,
        before_record_response=hooks.response,
        record_mode="all",
    )
    recorder.register_serializer("harness", cassette)
    return recorder


def _client(cfg: HarnessConfig, rules: UrlRewriter, headers: Mapping[str, str] | None) -> httpx.Client:
    all_headers = {"User-Agent": cfg.user_agent, "Accept-Encoding": ACCEPT_ENCODING, **(headers or {})}
    transport: httpx.BaseTransport | None = RewritingTransport(rules) if rules else None
    if has_secrets(os.environ):
        # HARNESS_SECRET_<PARAM> fills a scrubbed URL's secret in on the wire (re-recording a token page);
        # vcrpy sits below this transport, and the recording is scrubbed again before it is written.
        transport = RevealingTransport(transport or httpx.HTTPTransport(), dict(os.environ))
    # trust_env=False with our own transport: an environment proxy would be mounted ahead of it.
    return httpx.Client(
        follow_redirects=True,
        headers=all_headers,
        timeout=cfg.timeout,
        transport=transport,
        trust_env=transport is None,
    )


def _url_problem(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        return f"invalid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not an http(s) URL (scheme {parts.scheme or 'missing'!r})"
    if not host:
        return "invalid URL (no host)"
    return None


def failure_reason(exc: BaseException, timeout: float) -> str:
    """A one-line reason for a failed fetch, without a traceback."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {timeout:g}s ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        low = text.lower()
        if any(s in low for s in ("name or service not known", "name resolution", "nodename", "getaddrinfo")):
            return f"DNS lookup failed ({text})"
        if "refused" in low:
            return f"connection refused ({text})"
        return f"connection failed ({text})"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, zlib.error | EOFError):
        return f"cannot decode compressed body ({text})"
    return f"{type(exc).__name__}: {text}"


_FETCH_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, zlib.error, EOFError, OSError)


@dataclass
class _Run:
    cfg: HarnessConfig
    root: Path
    force: bool
    scrubber: Scrubber
    hooks: _Hooks
    recorder: Any
    client: httpx.Client
    tmp: Path
    follow: Follow | None = None

    def one(self, url: str, index: int) -> Entry:
        self.hooks.reset()
        shown = self.scrubber.uri(url, self.hooks.found)
        problem = _url_problem(url)
        if problem:
            return Entry(shown, "failed", reason=problem)
        try:
            path = cassette_path(self.root, shown)
        except UnsafePathError as exc:
            return Entry(shown, "failed", reason=str(exc))
        if path.exists() and not self.force:
            return Entry(shown, "skipped", path, EXISTS)
        tmp = self.tmp / f"{index}{cassette.SUFFIX}"
        notes: list[str] = []
        try:
            interactions = self._fetch(url, tmp, notes)
        except httpx.HTTPStatusError as exc:
            status = f"HTTP {exc.response.status_code} {exc.response.reason_phrase}"
            return Entry(shown, "failed", reason=status)
        except _FETCH_ERRORS as exc:
            reason = self.scrubber.text(failure_reason(exc, self.cfg.timeout), self.hooks.found)
            return Entry(shown, "failed", reason=reason)
        finally:
            tmp.unlink(missing_ok=True)
        meta = {"url": shown, "recorded_at": now_utc(), "how": "record", "harness_version": __version__}
        cassette.write(path, interactions, meta)
        why = self.scrubber.text("; ".join(notes), self.hooks.found) if notes else None
        return Entry(shown, "written", path, why)

    def _fetch(self, url: str, tmp: Path, notes: list[str]) -> list[Mapping[str, Any]]:
        self.client.cookies.clear()  # each page is recorded as a first visit
        with self.recorder.use_cassette(str(tmp)):
            response = self.client.get(url)
            if response.status_code < 400 and self.follow is not None:
                notes += self._follow(response)
        if response.status_code >= 400:
            raise httpx.HTTPStatusError("HTTP error", request=response.request, response=response)
        if not tmp.exists():
            raise httpx.RequestError("nothing was recorded")
        data = cassette.deserialize(tmp.read_text(encoding="utf-8"))
        return self.hooks.finish(list(data["interactions"]))

    def _follow(self, response: httpx.Response) -> list[str]:
        assert self.follow is not None
        try:
            return list(self.follow(response, self.client))
        except Exception as exc:  # the spider's bug, not the page's: the page is recorded all the same
            return [f"following stopped: {type(exc).__name__}: {exc}"]


def record_urls(
    urls: Iterable[str],
    cfg: HarnessConfig,
    *,
    out: Path | None = None,
    force: bool = False,
    progress: Progress | None = None,
    rewrite: RewriteSpec = None,
    headers: Mapping[str, str] | None = None,
    follow: Follow | None = None,
) -> RecordSummary:
    """Record each URL into ``<out or cfg.cassette_root>/<site>/<slug>.yaml``; see the module doc.

    ``rewrite`` (``("http://public.example", "http://127.0.0.1:8401")``, ``"FROM=TO"`` or a list) sends
    the fetch elsewhere while the cassette keeps the public URL. ``headers`` are extra request headers
    (an ``Authorization`` for a paywall, say); scrubbed ones never reach the cassette. ``follow`` fetches
    more pages into each page's cassette (see the module doc).
    """
    todo = list(urls)
    scrubber = Scrubber.from_config(cfg)
    rules = rewriter(rewrite)
    entries: list[Entry] = []
    hooks = _Hooks(scrubber, rules, secret_values(os.environ, headers or {}, scrubber))
    with _client(cfg, rules, headers) as client, tempfile.TemporaryDirectory(prefix="harness-rec-") as tmp:
        run = _Run(
            cfg, out or cfg.cassette_root, force, scrubber, hooks, _recorder(hooks), client, Path(tmp), follow
        )
        for index, url in enumerate(todo, 1):
            entries.append(run.one(url, index))
            if progress is not None:
                progress(index, len(todo), entries[-1].source)
    return RecordSummary(tuple(entries))
