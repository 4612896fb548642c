"""URL rewriting between a page's public URL and the address it is actually fetched from.

A rewrite rule ``FROM=TO`` maps a public origin (or origin plus path prefix) to another one, for
example ``http://daily-harbor.example=http://127.0.0.1:8401``; a rule with ``*`` or ``{name}`` is a
pattern (:mod:`harness.capture.url_patterns`), e.g.
``https://*.example.com/{path}=http://127.0.0.1:8000/{host}/{path}``. ``harness record`` and drift's live
fetch use it the same way:

* the request goes to ``rules.forward(url)`` (the local or staging address);
* everything stored (request URIs, redirect ``Location`` headers, the ``Host`` header) is mapped back
  with ``rules.back(...)``, so the cassette holds the public URL as if fetched from the real site.

:class:`RewritingTransport` applies the forward mapping to every hop of a redirect chain, including a
redirect to another rewritten site. A rule matches at a boundary only: ``http://a.example`` matches
``http://a.example/x`` and ``http://a.example?q``, never ``http://a.example.evil/x``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeAlias
from urllib.parse import urlsplit

import httpx

from harness.capture.scrub import reveal_uri
from harness.capture.url_patterns import PatternRewrite, RewriteError, is_pattern

RewriteSpec: TypeAlias = "UrlRewriter | tuple[str, str] | str | Iterable[tuple[str, str] | str] | None"
Rule: TypeAlias = "Rewrite | PatternRewrite"
_SPLIT = re.compile(r"=(?=https?://)", re.I)

__all__ = ["PatternRewrite", "Rewrite", "RewriteError", "RewritingTransport", "UrlRewriter", "rewriter"]


def _clean_prefix(prefix: str, what: str) -> str:
    parts = urlsplit(prefix)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise RewriteError(f"rewrite {what} must be an http(s) origin with an optional path, got {prefix!r}")
    return prefix.rstrip("/")


def _starts_at_boundary(url: str, prefix: str) -> bool:
    if not url.lower().startswith(prefix.lower()):
        return False
    rest = url[len(prefix) :]
    return rest == "" or rest[0] in "/?#"


@dataclass(frozen=True, slots=True)
class Rewrite:
    """One rule: URLs starting with ``public`` are fetched from ``target`` instead."""

    public: str
    target: str

    @classmethod
    def parse(cls, rule: str) -> Rule:
        """``"FROM=TO"`` as given on a command line (split before ``=http``, so FROM may hold a query)."""
        parts = _SPLIT.split(rule, maxsplit=1)
        if len(parts) != 2:
            public, sep, target = rule.partition("=")
            if not sep:
                raise RewriteError(f"rewrite rule must look like FROM=TO, got {rule!r}")
            parts = [public, target]
        return cls.of(parts[0].strip(), parts[1].strip())

    @classmethod
    def of(cls, public: str, target: str) -> Rule:
        """A prefix rule, or a :class:`PatternRewrite` when either side holds ``*`` or ``{name}``."""
        if is_pattern(public) or is_pattern(target):
            return PatternRewrite.of(public, target)
        return cls(_clean_prefix(public, "FROM"), _clean_prefix(target, "TO"))

    def forward(self, url: str) -> str | None:
        return self.target + url[len(self.public) :] if _starts_at_boundary(url, self.public) else None

    def back(self, url: str) -> str | None:
        return self.public + url[len(self.target) :] if _starts_at_boundary(url, self.target) else None


@dataclass(frozen=True, slots=True)
class UrlRewriter:
    """An ordered list of rules; the first that matches wins. An empty rewriter changes nothing.

    A URL that already is some rule's target (a redirect hop on the mirror) is not rewritten again.
    """

    rules: tuple[Rule, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rules)

    def forward(self, url: str) -> str:
        if any(rule.back(url) is not None for rule in self.rules):
            return url
        for rule in self.rules:
            out = rule.forward(url)
            if out is not None:
                return out
        return url

    def back(self, url: str) -> str:
        for rule in self.rules:
            out = rule.back(url)
            if out is not None:
                return out
        return url

    def unused(self, urls: Sequence[str]) -> list[str]:
        """Each rule (``FROM=TO``) that rewrites none of ``urls``: a typo, or ``https`` for ``http`` URLs."""
        return [f"{r.public}={r.target}" for r in self.rules if all(r.forward(u) is None for u in urls)]

    def back_host(self, host: str) -> str:
        """The public ``Host`` header value for a target ``host[:port]``."""
        for rule in self.rules:
            if isinstance(rule, Rewrite) and urlsplit(rule.target).netloc.lower() == host.lower():
                return urlsplit(rule.public).netloc
        return host


def rewriter(spec: RewriteSpec) -> UrlRewriter:
    """Normalise the accepted spellings: ``("FROM", "TO")``, ``"FROM=TO"``, a list of either, or ``None``."""
    if spec is None:
        return UrlRewriter()
    if isinstance(spec, UrlRewriter):
        return spec
    if isinstance(spec, str):
        return UrlRewriter((Rewrite.parse(spec),))
    if isinstance(spec, tuple) and len(spec) == 2 and all(isinstance(s, str) for s in spec):
        return UrlRewriter((Rewrite.of(str(spec[0]), str(spec[1])),))
    rules: list[Rule] = []
    for item in spec:
        if isinstance(item, str):
            rules.append(Rewrite.parse(item))
        elif isinstance(item, Sequence) and len(item) == 2:
            rules.append(Rewrite.of(str(item[0]), str(item[1])))
        else:
            raise RewriteError(f"rewrite rule must be 'FROM=TO' or a (FROM, TO) pair, got {item!r}")
    return UrlRewriter(tuple(rules))


class RewritingTransport(httpx.BaseTransport):
    """An httpx transport that sends every request (each redirect hop too) to ``rules.forward(url)``.

    Use it as ``httpx.Client(transport=RewritingTransport(rules), follow_redirects=True)``; the
    ``Host`` header follows the rewritten URL.
    """

    def __init__(self, rules: UrlRewriter, inner: httpx.BaseTransport | None = None) -> None:
        self.rules = rules
        self._inner = inner if inner is not None else httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        target = self.rules.forward(str(request.url))
        if target != str(request.url):
            request.url = httpx.URL(target)
            request.headers["Host"] = request.url.netloc.decode("ascii")
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class RevealingTransport(httpx.BaseTransport):
    """Sends each request with its scrubbed secrets filled in from the environment
    (:func:`capture.scrub.reveal_uri`), then puts the scrubbed URL back on the request, so responses, results
    and re-recordings never hold the secret."""

    def __init__(self, inner: httpx.BaseTransport, environ: Mapping[str, str]) -> None:
        self._inner, self._environ = inner, environ

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        shown = request.url
        secret = reveal_uri(str(shown), self._environ)
        if secret == str(shown):
            return self._inner.handle_request(request)
        request.url = httpx.URL(secret)
        try:
            return self._inner.handle_request(request)
        finally:
            request.url = shown

    def close(self) -> None:
        self._inner.close()
