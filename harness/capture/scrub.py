"""Secret scrubbing for recordings: nothing that authenticates a client is written to a cassette.

Used at record time (vcrpy's ``before_record_request`` / ``before_record_response`` hooks) and by
drift's refresh. All names are compared case-insensitively.

* request headers: ``Cookie``, ``Authorization``, ``Proxy-Authorization`` and the configured
  ``scrub_headers`` are removed;
* response headers: ``Set-Cookie`` (and ``Set-Cookie2``) and the configured ``scrub_headers`` are removed
  (vcrpy's ``filter_headers`` only touches requests);
* URLs (request URIs and redirect ``Location`` headers): the values of the configured ``scrub_params``
  (``token``, ``key``, ``sig``...) become ``REDACTED``, in the query and in a ``k=v`` fragment; any
  ``user:password@`` part is dropped. Everything else in the URL is kept byte for byte.

Replay matches a live URL against a scrubbed recorded one by scrubbing both sides
(:meth:`Scrubber.same_uri`, or :meth:`Scrubber.matcher` registered with vcrpy).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

from harness.config import DEFAULT_SCRUB_HEADERS, DEFAULT_SCRUB_PARAMS, HarnessConfig

REDACTED = "REDACTED"
ALWAYS_REQUEST = frozenset({"cookie", "authorization", "proxy-authorization"})
ALWAYS_RESPONSE = frozenset({"set-cookie", "set-cookie2"})
_URL_HEADERS = frozenset({"location", "content-location", "refresh", "link"})


def _scrub_pairs(text: str, params: frozenset[str]) -> str:
    """``a=1&token=x`` -> ``a=1&token=REDACTED``, leaving every other byte alone."""
    if not text or "=" not in text:
        return text
    pieces = text.split("&")
    for i, piece in enumerate(pieces):
        name, sep, _value = piece.partition("=")
        if sep and unquote_plus(name).strip().lower() in params:
            pieces[i] = f"{name}={REDACTED}"
    return "&".join(pieces)


def scrub_uri(uri: str, params: Iterable[str] = DEFAULT_SCRUB_PARAMS) -> str:
    """``uri`` with secret query/fragment values replaced and any userinfo dropped."""
    names = params if isinstance(params, frozenset) else frozenset(p.lower() for p in params)
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri
    netloc = parts.netloc.rpartition("@")[2] if "@" in parts.netloc else parts.netloc
    query = _scrub_pairs(parts.query, names)
    fragment = _scrub_pairs(parts.fragment, names)
    if (netloc, query, fragment) == (parts.netloc, parts.query, parts.fragment):
        return uri
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


def _values(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


@dataclass(frozen=True, slots=True)
class Scrubber:
    """The scrubbing rules of one run. Build it with :meth:`from_config`."""

    request_headers: frozenset[str] = ALWAYS_REQUEST | frozenset(DEFAULT_SCRUB_HEADERS)
    response_headers: frozenset[str] = ALWAYS_RESPONSE | frozenset(DEFAULT_SCRUB_HEADERS)
    params: frozenset[str] = frozenset(DEFAULT_SCRUB_PARAMS)

    @classmethod
    def from_config(cls, cfg: HarnessConfig) -> Scrubber:
        extra = frozenset(h.lower() for h in cfg.scrub_headers)
        return cls(
            request_headers=ALWAYS_REQUEST | extra,
            response_headers=ALWAYS_RESPONSE | extra,
            params=frozenset(p.lower() for p in cfg.scrub_params),
        )

    def uri(self, uri: str) -> str:
        return scrub_uri(uri, self.params)

    def same_uri(self, live: str, recorded: str) -> bool:
        """True when ``live`` and ``recorded`` are the same URL once both are scrubbed."""
        return self.uri(live) == self.uri(recorded)

    def matcher(self) -> Callable[[Any, Any], None]:
        """A vcrpy matcher (``my_vcr.register_matcher("scrubbed_uri", scrubber.matcher())``)."""

        def scrubbed_uri(r1: Any, r2: Any) -> None:
            assert self.same_uri(str(r1.uri), str(r2.uri)), f"{self.uri(r1.uri)} != {self.uri(r2.uri)}"

        return scrubbed_uri

    def headers(self, headers: MutableMapping[str, Any], names: frozenset[str]) -> None:
        """Drop ``names`` from ``headers`` in place and scrub the URLs in URL-bearing headers."""
        for key in list(headers):
            low = key.lower()
            if low in names:
                del headers[key]
            elif low in _URL_HEADERS:
                scrubbed = [self._url_header(low, v) for v in _values(headers[key])]
                headers[key] = scrubbed if isinstance(headers[key], list | tuple) else scrubbed[0]

    def _url_header(self, name: str, value: str) -> str:
        if name == "link":  # <url>; rel=next, <url2>; rel=prev
            return re.sub(r"<([^>]*)>", lambda m: f"<{self.uri(m.group(1))}>", value)
        if name == "refresh":  # 0; url=https://...
            m = re.search(r"url\s*=\s*", value, re.I)
            return value[: m.end()] + self.uri(value[m.end() :]) if m else value
        return self.uri(value)

    def request(self, request: Any) -> Any:
        """vcrpy ``before_record_request`` hook: scrub a ``vcr.request.Request`` (already a copy)."""
        request.uri = self.uri(request.uri)
        self.headers(request.headers, self.request_headers)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """vcrpy ``before_record_response`` hook: scrub a response dict (already a copy)."""
        headers = response.get("headers")
        if isinstance(headers, MutableMapping):
            self.headers(headers, self.response_headers)
        return response


# --------------------------------------------------------------------------- secrets back, for live fetches

SECRET_ENV_PREFIX = "HARNESS_SECRET_"


def secret_env_name(param: str) -> str:
    """``token`` -> ``HARNESS_SECRET_TOKEN``; ``x-amz-signature`` -> ``HARNESS_SECRET_X_AMZ_SIGNATURE``."""
    return SECRET_ENV_PREFIX + re.sub(r"[^A-Za-z0-9]", "_", param).upper()


def reveal_uri(uri: str, environ: Mapping[str, str]) -> str:
    """``uri`` with each ``name=REDACTED`` query value replaced by ``environ[HARNESS_SECRET_<NAME>]``, if set.

    Only for requests that go out live (drift): the secret is never written anywhere.
    """
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri
    if REDACTED not in parts.query:
        return uri

    def swap(match: re.Match[str]) -> str:
        secret = environ.get(secret_env_name(unquote_plus(match.group(1))))
        return f"{match.group(1)}={quote(secret, safe='')}" if secret else match.group(0)

    query = re.sub(rf"(?<![^&;])([^=&;]+)={REDACTED}(?=$|[&;])", swap, parts.query)
    return uri if query == parts.query else urlunsplit(parts._replace(query=query))


def has_secrets(environ: Mapping[str, str]) -> bool:
    return any(key.startswith(SECRET_ENV_PREFIX) and value for key, value in environ.items())
