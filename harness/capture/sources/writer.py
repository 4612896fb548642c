"""Captured exchanges into cassettes: pick captures, follow redirects, scrub, write atomically.

Every input record ends as exactly one entry of the :class:`~harness.capture.importer.ImportSummary`:
``written`` (a cassette), ``skipped`` (not HTML, an HTTP error, an older capture, filtered out, over
``--limit``...) or ``failed`` (a body that cannot be decoded, an unsafe path, two captures mapping to one
file). A page reached through redirects is stored under the URL that started the chain, each hop one
interaction, as ``harness record`` stores it.

``follow`` (``harness import --follow SPEC``) is shown each page as it is written, with a lookup of the
archive's other pages by method and scrubbed URL (redirect hops included): the pages it asks for are
added to that page's cassette, as ``harness record --follow`` adds them, so replay can follow them.
"""

from __future__ import annotations

import fnmatch
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from harness._version import __version__
from harness.capture import cassette
from harness.capture.importer import EXISTS, ImportSummary
from harness.capture.scrub import Scrubber, SecretValues
from harness.capture.sources import Exchange, Headers, Item, Skip, html_problem
from harness.fsutil import UnsafePathError, contained
from harness.paths import safe_slug, site_for_url, slug_for_url
from harness.summary import Entry, Progress, now_utc

_DROP = frozenset({"transfer-encoding", "content-encoding", "content-length"})
_URL_REQUEST_HEADERS = frozenset({"referer", "origin"})
_DECODERS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


Lookup = Callable[[str, str], Sequence[Exchange] | None]
"""``lookup(method, url)``: the archive's exchanges for that request (redirect hops, then the page)."""
Follow = Callable[[Exchange, Lookup], tuple[Sequence[Exchange], Sequence[str]]]
"""``follow(page, lookup)``: the exchanges to add to the page's cassette, and notes to show."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Which captures to import: ``--url-glob``, ``--site``, ``--since/--until``, ``--limit``."""

    url_globs: tuple[str, ...] = ()
    site: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    all_captures: bool = False

    def refuse(self, ex: Exchange) -> str | None:
        """Why ``ex`` (URL already scrubbed) is filtered out, or ``None`` when it is kept."""
        if self.url_globs and not any(fnmatch.fnmatchcase(ex.url, g) for g in self.url_globs):
            return "filtered out (--url-glob)"
        if self.site and site_for_url(ex.url) != self.site.lower():
            return "filtered out (--site)"
        when = ex.captured_at
        if (self.since or self.until) and when is None:
            return "filtered out (--since/--until: capture time unknown)"
        if self.since and when is not None and when < self.since:
            return "filtered out (--since)"
        if self.until and when is not None and when > self.until:
            return "filtered out (--until)"
        return None


def decoded(ex: Exchange) -> Exchange:
    """The body as a browser gets it (gzip/deflate undone), with headers that say so; raises ValueError."""
    coding = (ex.header("content-encoding") or "identity").strip().lower()
    body = ex.body
    for step in reversed([c.strip() for c in coding.split(",") if c.strip()]):
        if step == "identity":
            continue
        if step not in _DECODERS:
            raise ValueError(f"cannot decode Content-Encoding {step!r}")
        try:
            body = zlib.decompressobj(_DECODERS[step]).decompress(body)
        except zlib.error as exc:
            raise ValueError(f"corrupt {step} body ({exc})") from None
    headers = tuple((k, v) for k, v in ex.headers if k.lower() not in _DROP)
    headers += (("Content-Length", str(len(body))),)
    return Exchange(**{**_fields(ex), "headers": headers, "body": body})


def _fields(ex: Exchange) -> dict[str, Any]:
    return {name: getattr(ex, name) for name in Exchange.__slots__}


def _json_safe(value: Any, depth: int = 0) -> Any:
    """Plain data only (Scrapy meta can hold objects): what is not str/number/bool/list/dict is dropped."""
    if depth > 8:
        return None
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_json_safe(v, depth + 1) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v, depth + 1) for k, v in value.items() if isinstance(k, str)}
    return None


@dataclass
class _Plan:
    """Captures sorted into pages, redirects and entries already decided."""

    entries: list[tuple[int, Entry]] = field(default_factory=list)
    pages: dict[str, list[tuple[int, Exchange]]] = field(default_factory=dict)
    redirects: dict[str, tuple[int, Exchange]] = field(default_factory=dict)


def _clean(ex: Exchange, scrubber: Scrubber, found: SecretValues) -> Exchange:
    """URL scrubbed first, so captures of one page with different tokens are one page; the values taken
    out are kept in ``found``, to be replaced wherever else they occur in the recording."""
    return Exchange(**{**_fields(ex), "url": scrubber.uri(ex.url, found)})


class SourceWriter:
    """One import: ``run(items)`` returns the summary; see the module doc."""

    def __init__(
        self,
        out: Path,
        *,
        scrubber: Scrubber,
        filters: Filters = Filters(),
        force: bool = False,
        fmt: str = "import",
        progress: Progress | None = None,
        follow: Follow | None = None,
    ) -> None:
        self.out, self.scrubber, self.filters, self.force = out, scrubber, filters, force
        self.fmt, self.progress, self.follow = fmt, progress, follow
        self.pages: dict[str, list[tuple[int, Exchange]]] = {}  # first URL -> its chain, for ``follow``
        self.claimed: dict[Path, str] = {}
        self.found: dict[int, SecretValues] = {}  # per input item: the secret values its URL held

    def run(self, items: Iterable[Item]) -> ImportSummary:
        plan = _Plan()
        for index, item in enumerate(items):
            self._sort(plan, index, item)
        chains = self._chains(plan)
        for chain in chains:  # the latest capture comes first; --all-captures' older ones after it
            self.pages.setdefault(chain[0][1].url, chain)
        todo = sorted(chains, key=lambda c: c[0][0])
        written = 0
        for done, chain in enumerate(todo, 1):
            index, first = chain[0]
            limit = self.filters.limit
            if limit is not None and written >= limit:
                plan.entries += [(i, Entry(e.origin, "skipped", reason="over --limit")) for i, e in chain]
            else:
                entry = self._write(chain)
                written += entry.status == "written"
                plan.entries.append((index, entry))
                plan.entries += [
                    (i, Entry(e.origin, "skipped", reason=f"hop of {first.url}")) for i, e in chain[1:]
                ]
            if self.progress is not None:
                self.progress(done, len(todo), first.url)
        return ImportSummary(tuple(e for _i, e in sorted(plan.entries, key=lambda p: p[0])))

    def _sort(self, plan: _Plan, index: int, item: Item) -> None:
        if isinstance(item, Skip):
            shown = f"{item.origin} {self.scrubber.uri(item.url)}" if item.url else item.origin
            plan.entries.append(
                (index, Entry(shown, "failed" if item.failed else "skipped", reason=item.reason))
            )
            return
        found = self.found[index] = SecretValues()
        ex = _clean(item, self.scrubber, found)
        try:
            ex = decoded(ex) if ex.load is None else ex  # a body read again later is decoded then
        except ValueError as exc:
            plan.entries.append((index, Entry(f"{ex.origin} {ex.url}", "failed", reason=str(exc))))
            return
        location = ex.header("location")
        if 300 <= ex.status < 400 and location:
            previous = plan.redirects.get(ex.url)
            if previous is None or (previous[1].captured_at or "") <= (ex.captured_at or ""):
                if previous is not None:
                    plan.entries.append((previous[0], _older(previous[1])))
                plan.redirects[ex.url] = (index, ex)
            else:
                plan.entries.append((index, _older(ex)))
            return
        problem = f"HTTP {ex.status} {ex.reason}".rstrip() if ex.status >= 400 or ex.status < 200 else None
        problem = problem or html_problem(ex.headers, ex.body) or self.filters.refuse(ex)
        if problem:
            plan.entries.append((index, Entry(f"{ex.origin} {ex.url}", "skipped", reason=problem)))
            return
        plan.pages.setdefault(ex.url, []).append((index, ex))

    def _chains(self, plan: _Plan) -> list[list[tuple[int, Exchange]]]:
        """Each page to write, preceded by the redirect hops that lead to it (latest captures first)."""
        chosen: dict[str, tuple[int, Exchange]] = {}
        extra: list[list[tuple[int, Exchange]]] = []
        for url, captures in plan.pages.items():
            captures.sort(key=lambda c: (c[1].captured_at or "", c[0]))
            chosen[url] = captures[-1]
            if self.filters.all_captures:
                extra += [[c] for c in captures[:-1]]
            else:
                plan.entries += [(i, _older(e)) for i, e in captures[:-1]]
        reached: set[str] = set()
        chains: list[list[tuple[int, Exchange]]] = []
        for url, hop in plan.redirects.items():
            chain, seen = [hop], {url}
            while True:
                nxt = self.scrubber.uri(urljoin(chain[-1][1].url, chain[-1][1].header("location") or ""))
                if nxt in chosen:
                    chains.append([*chain, chosen[nxt]])
                    reached.add(nxt)
                    break
                if nxt in plan.redirects and nxt not in seen:
                    seen.add(nxt)
                    chain.append(plan.redirects[nxt])
                    continue
                why = f"redirect to {nxt}: target not imported (not in the archive, not HTML or filtered out)"
                plan.entries.append((hop[0], Entry(f"{hop[1].origin} {url}", "skipped", reason=why)))
                break
        chains += [[c] for u, c in chosen.items() if u not in reached]
        chains += extra  # older captures (--all-captures) are stored on their own, without hops
        return chains

    def _write(self, chain: list[tuple[int, Exchange]]) -> Entry:
        first, page = chain[0][1], chain[-1][1]
        shown = f"{first.origin} {first.url}"
        try:
            slug = slug_for_url(first.url)
            if self.filters.all_captures and page.captured_at:
                slug = safe_slug(f"{slug}-{page.captured_at}")
            path = contained(self.out, site_for_url(first.url), slug + cassette.SUFFIX)
        except UnsafePathError as exc:
            return Entry(shown, "failed", reason=str(exc))
        owner = self.claimed.setdefault(path, shown)
        if owner != shown:
            return Entry(shown, "failed", path, f"collides with {owner}: both map to {path.name}")
        if path.exists() and not self.force:
            return Entry(shown, "skipped", path, EXISTS)
        found = SecretValues()
        for i, _ex in chain:
            found.update(self.found.get(i, SecretValues()).values)
        try:
            whole = [_whole(ex) for _i, ex in chain]
        except Exception as exc:  # the archive changed or broke since the first pass (warcio: many kinds)
            return Entry(shown, "failed", reason=f"cannot read the body again: {type(exc).__name__}: {exc}")
        notes = self._followed(whole, found) if self.follow is not None else []
        interactions = [self._interaction(ex, found) for ex in whole]
        for item in interactions:  # as at record time: every value found anywhere, replaced everywhere
            self.scrubber.interaction(item, found)
            _fix_length(item)
        cassette.write(path, list[Mapping[str, Any]](interactions), self._meta(first, page))
        return Entry(shown, "written", path, self.scrubber.text("; ".join(notes), found) if notes else None)

    def _followed(self, whole: list[Exchange], found: SecretValues) -> list[str]:
        """Run ``follow`` on the page; what it looked up joins ``whole`` (once each). Returns its notes."""
        looked: list[tuple[int, Exchange]] = []

        def lookup(method: str, url: str) -> list[Exchange] | None:
            chain = self.pages.get(self.scrubber.uri(url))
            if chain is None or chain[-1][1].method.upper() != method.upper():
                return None
            looked.extend(chain)
            return [_whole(ex) for _i, ex in chain]

        assert self.follow is not None
        try:
            extra, notes = self.follow(whole[-1], lookup)
        except Exception as exc:  # the spider's bug, not the page's: the page is written all the same
            extra, notes = [], [f"following stopped: {type(exc).__name__}: {exc}"]
        for i, _ex in looked:
            found.update(self.found.get(i, SecretValues()).values)
        have = {ex.url for ex in whole}
        for ex in extra:
            if ex.url not in have:
                have.add(ex.url)
                whole.append(ex)
        return list(notes)

    def _interaction(self, ex: Exchange, found: SecretValues) -> dict[str, Any]:
        import vcr.request

        headers: dict[str, list[str]] = {}
        for key, value in ex.headers:
            headers.setdefault(key, []).append(value)
        item = cassette.interaction(ex.url, ex.body, status=ex.status, reason=ex.reason, headers=headers)
        # A crawler sends Referer (the previous page's URL, tokens and all); the Scrubber leaves request
        # headers other than its names alone, so URL-valued ones are scrubbed here.
        sent = tuple(
            (k, self.scrubber.uri(v, found) if k.lower() in _URL_REQUEST_HEADERS else v)
            for k, v in ex.request_headers
        )
        request = vcr.request.Request(ex.method, ex.url, None, _multi(sent))
        request = self.scrubber.request(request, found)
        item["request"].update(method=request.method, uri=request.uri, headers=dict(request.headers))
        item["response"] = self.scrubber.response(item["response"], found)
        return item

    def _meta(self, first: Exchange, page: Exchange) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "url": first.url,
            "recorded_at": page.captured_at or now_utc(),
            "how": "import",
            "format": self.fmt,
            "source": page.origin,
            "harness_version": __version__,
        }
        if page.captured_at:
            meta["captured_at"] = page.captured_at
        if page.request_meta:
            meta["request_meta"] = _json_safe(page.request_meta)
        return meta


def _whole(ex: Exchange) -> Exchange:
    """``ex`` with its whole body, read again from the archive when the source kept only its head."""
    if ex.load is None:
        return ex
    return decoded(Exchange(**{**_fields(ex), "body": ex.load(), "load": None}))


def _multi(headers: Headers) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in headers:
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _older(ex: Exchange) -> Entry:
    return Entry(f"{ex.origin} {ex.url}", "skipped", reason="older capture (use --all-captures to keep it)")


__all__ = ["Filters", "Follow", "Lookup", "SourceWriter", "decoded"]


def _fix_length(item: dict[str, Any]) -> None:
    """Scrubbing can change a body's length: keep Content-Length true to the stored body."""
    response = item.get("response") or {}
    headers, body = response.get("headers") or {}, (response.get("body") or {}).get("string")
    if isinstance(body, bytes):
        for key in list(headers):
            if key.lower() == "content-length":
                headers[key] = [str(len(body))]
