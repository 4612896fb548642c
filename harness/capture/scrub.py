"""Secret scrubbing for recordings: nothing that authenticates a client is written to a cassette.

Used at record time (vcrpy's ``before_record_request`` / ``before_record_response`` hooks, through
:mod:`harness.capture.record`), by ``harness import`` and by drift's refresh. Names are compared
case-insensitively, exactly or by glob (``*token*``, ``*secret*``, ``*session*``: see
``DEFAULT_SCRUB_HEADERS`` / ``DEFAULT_SCRUB_PARAMS`` in :mod:`harness.config`).

* request headers: ``Cookie``, ``Authorization``, ``Proxy-Authorization`` and the configured
  ``scrub_headers`` (``X-Auth-Token``, ``X-Csrf-Token``, ``*token*``...) are removed;
* response headers: ``Set-Cookie`` (and ``Set-Cookie2``) and the configured ``scrub_headers`` are removed
  (vcrpy's ``filter_headers`` only touches requests);
* URLs (request URIs and URL-bearing headers: ``Location``, ``Refresh``, ``Link``, ``Referer``...): the
  values of the configured ``scrub_params`` (``token``, ``key``, ``code``, ``client_secret``...) become
  ``REDACTED``, in the query, in a ``k=v`` fragment and in ``;name=value`` path parameters
  (``;jsessionid=``); token shapes (:mod:`harness.capture.tokens`) are replaced; any ``user:password@``
  part is dropped. Everything else in the URL is kept byte for byte. A URL that does not parse is
  scrubbed by regular expression (:func:`scrub_text`), so it is never shown raw either;
* every value removed above is collected (:class:`~harness.capture.tokens.SecretValues`) and replaced
  wherever else it occurs in the recording, bodies included; token shapes are replaced in bodies too.

Replay matches a live URL against a scrubbed recorded one by scrubbing both sides
(:meth:`Scrubber.same_uri`, or :meth:`Scrubber.matcher` registered with vcrpy).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

from harness.capture.tokens import (
    DEFAULT_TOKEN_PATTERNS,
    REDACTED,
    SecretValues,
    compile_patterns,
    scrub_token_shapes,
)
from harness.config import DEFAULT_SCRUB_HEADERS, DEFAULT_SCRUB_PARAMS, HarnessConfig

__all__ = ["REDACTED", "Names", "Scrubber", "SecretValues", "scrub_text", "scrub_uri"]

ALWAYS_REQUEST = ("cookie", "authorization", "proxy-authorization")
ALWAYS_RESPONSE = ("set-cookie", "set-cookie2")
_URL_HEADERS = frozenset({"location", "content-location", "refresh", "link", "referer", "origin"})
_COOKIE_HEADERS = frozenset({"cookie", "set-cookie", "set-cookie2"})
_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True)
class Names:
    """A set of secret names: exact names and globs, matched lowercased."""

    exact: frozenset[str] = frozenset()
    globs: re.Pattern[str] | None = None

    @classmethod
    def of(cls, names: Iterable[str]) -> Names:
        low = [n.strip().lower() for n in names if n.strip()]
        globs = [fnmatch.translate(n) for n in low if _GLOB.search(n)]
        exact = frozenset(n for n in low if not _GLOB.search(n))
        return cls(exact, re.compile("|".join(globs)) if globs else None)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        low = name.strip().lower()
        return low in self.exact or (self.globs is not None and self.globs.match(low) is not None)


DEFAULT_PARAMS = Names.of(DEFAULT_SCRUB_PARAMS)
DEFAULT_REQUEST_HEADERS = Names.of((*ALWAYS_REQUEST, *DEFAULT_SCRUB_HEADERS))
DEFAULT_RESPONSE_HEADERS = Names.of((*ALWAYS_RESPONSE, *DEFAULT_SCRUB_HEADERS))


def _scrub_pairs(text: str, params: Names, seps: str, found: SecretValues | None) -> str:
    """``a=1&token=x`` -> ``a=1&token=REDACTED`` (pairs split on any of ``seps``), every other byte kept."""
    if not text or "=" not in text:
        return text
    pieces = re.split(f"([{re.escape(seps)}])", text)
    for i in range(0, len(pieces), 2):
        name, eq, value = pieces[i].partition("=")
        if eq and unquote_plus(name) in params and value != REDACTED:
            if found is not None:
                found.add(value, unquote_plus(value))
            pieces[i] = f"{name}={REDACTED}"
    return "".join(pieces)


def _scrub_path(path: str, params: Names, found: SecretValues | None) -> str:
    """``/story;jsessionid=ABC/x`` -> ``/story;jsessionid=REDACTED/x`` (matrix / path parameters)."""
    if ";" not in path:
        return path
    segments = path.split("/")
    for i, segment in enumerate(segments):
        head, semi, rest = segment.partition(";")
        if semi:
            segments[i] = head + ";" + _scrub_pairs(rest, params, ";", found)
    return "/".join(segments)


def _shapes(text: str, tokens: tuple[str, ...]) -> str:
    data = text.encode("utf-8", "surrogatepass")
    out = scrub_token_shapes(data, tokens)
    return text if out is data else out.decode("utf-8", "surrogatepass")


def scrub_uri(
    uri: str,
    params: Iterable[str] | Names = DEFAULT_PARAMS,
    tokens: tuple[str, ...] = DEFAULT_TOKEN_PATTERNS,
    found: SecretValues | None = None,
) -> str:
    """``uri`` with secret query, fragment and path-parameter values and token shapes replaced, and
    userinfo dropped."""
    names = params if isinstance(params, Names) else Names.of(params)
    try:
        parts = urlsplit(uri)
    except ValueError:
        return scrub_text(uri, names, tokens, found)
    netloc = parts.netloc.rpartition("@")[2] if "@" in parts.netloc else parts.netloc
    if netloc != parts.netloc and found is not None:
        found.add(unquote_plus(parts.netloc.rpartition("@")[0].partition(":")[2]))
    path = _scrub_path(parts.path, names, found)
    query = _scrub_pairs(parts.query, names, "&;", found)
    fragment = _scrub_pairs(parts.fragment, names, "&", found)
    if (netloc, path, query, fragment) != (parts.netloc, parts.path, parts.query, parts.fragment):
        uri = urlunsplit((parts.scheme, netloc, path, query, fragment))
    return _shapes(uri, tokens)


_TEXT_USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/\s@?#]*@")
_TEXT_PAIR = re.compile(r"(?P<lead>[?&;#]|\b)(?P<name>[A-Za-z0-9_.\-\[\]%]+)=(?P<value>[^&;#\s\"'<>]*)")


def scrub_text(
    text: str,
    params: Iterable[str] | Names = DEFAULT_PARAMS,
    tokens: tuple[str, ...] = DEFAULT_TOKEN_PATTERNS,
    found: SecretValues | None = None,
) -> str:
    """Any text that may hold URLs (an unparseable URL, a command line): ``name=value`` pairs with a secret
    name, ``user:password@`` and token shapes are replaced, by regular expression."""
    names = params if isinstance(params, Names) else Names.of(params)
    text = _TEXT_USERINFO.sub(lambda m: m.group(1), text)

    def pair(m: re.Match[str]) -> str:
        if unquote_plus(m.group("name")) not in names or m.group("value") in ("", REDACTED):
            return m.group(0)
        if found is not None:
            found.add(m.group("value"), unquote_plus(m.group("value")))
        return f"{m.group('lead')}{m.group('name')}={REDACTED}"

    return _shapes(_TEXT_PAIR.sub(pair, text), tokens)


def _values(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _credential_values(name: str, value: str) -> list[str]:
    """The secrets inside one removed header value: the whole of it, a scheme's credential, cookie values."""
    out = [value]
    if name in _COOKIE_HEADERS:
        pairs = value.split(";") if name == "cookie" else value.split(";")[:1]
        for piece in pairs:
            _key, eq, val = piece.strip().partition("=")
            if eq and (len(val) >= 8 or _key.strip() in DEFAULT_PARAMS):
                out.append(val.strip().strip('"'))
    else:
        scheme, space, credential = value.strip().partition(" ")
        if space and scheme.isalpha():
            out.append(credential.strip())
    return out
@dataclass(frozen=True, slots=True)
class Scrubber:
    """The scrubbing rules of one run. Build it with :meth:`from_config`; it holds no per-recording state
    (the values found while scrubbing one recording go to the :class:`SecretValues` passed in)."""

    request_headers: Names = DEFAULT_REQUEST_HEADERS
    response_headers: Names = DEFAULT_RESPONSE_HEADERS
    params: Names = DEFAULT_PARAMS
    tokens: tuple[str, ...] = field(default=DEFAULT_TOKEN_PATTERNS)

    @classmethod
    def from_config(cls, cfg: HarnessConfig) -> Scrubber:
        compile_patterns(tuple(cfg.scrub_tokens))  # a bad pattern fails here, not mid-recording
        return cls(
            request_headers=Names.of((*ALWAYS_REQUEST, *cfg.scrub_headers)),
            response_headers=Names.of((*ALWAYS_RESPONSE, *cfg.scrub_headers)),
            params=Names.of(cfg.scrub_params),
            tokens=tuple(cfg.scrub_tokens),
        )

    def uri(self, uri: str, found: SecretValues | None = None) -> str:
        return scrub_uri(uri, self.params, self.tokens, found)

    def text(self, text: str, found: SecretValues | None = None) -> str:
        """Free text that may hold URLs or tokens (a message, a command line), scrubbed for showing."""
        text = scrub_text(text, self.params, self.tokens)
        return found.scrub_text(text) if found is not None else text

    def same_uri(self, live: str, recorded: str) -> bool:
        """True when ``live`` and ``recorded`` are the same URL once both are scrubbed."""
        return self.uri(live) == self.uri(recorded)

    def matcher(self) -> Callable[[Any, Any], None]:
        """A vcrpy matcher (``my_vcr.register_matcher("scrubbed_uri", scrubber.matcher())``)."""

        def scrubbed_uri(r1: Any, r2: Any) -> None:
            assert self.same_uri(str(r1.uri), str(r2.uri)), f"{self.uri(r1.uri)} != {self.uri(r2.uri)}"

        return scrubbed_uri

    def headers(
        self, headers: MutableMapping[str, Any], names: Names, found: SecretValues | None = None
    ) -> None:
        """Drop ``names`` from ``headers`` in place (their values go to ``found``); scrub URL-bearing ones."""
        for key in list(headers):
            low = key.lower()
            if low in names:
                if found is not None:
                    for value in _values(headers[key]):
                        found.update(_credential_values(low, value))
                del headers[key]
            elif low in _URL_HEADERS:
                scrubbed = [self._url_header(low, v, found) for v in _values(headers[key])]
                headers[key] = scrubbed if isinstance(headers[key], list | tuple) else scrubbed[0]

    def _url_header(self, name: str, value: str, found: SecretValues | None) -> str:
        if name == "link":  # <url>; rel=next, <url2>; rel=prev
            return re.sub(r"<([^>]*)>", lambda m: f"<{self.uri(m.group(1), found)}>", value)
        if name == "refresh":  # 0; url=https://...
            m = re.search(r"url\s*=\s*", value, re.I)
            return value[: m.end()] + self.uri(value[m.end() :], found) if m else value
        return self.uri(value, found)

    def body(self, data: bytes, found: SecretValues | None = None) -> bytes:
        """A body with token shapes and the ``found`` values replaced; every other byte kept."""
        data = scrub_token_shapes(data, self.tokens)
        return found.scrub(data) if found is not None else data

    def json(self, data: Any, found: SecretValues | None = None) -> Any:
        """A JSON-like value with token shapes and ``found`` values replaced in every string (not in keys)."""
        if isinstance(data, str):
            text = _shapes(data, self.tokens)
            return found.scrub_text(text) if found is not None else text
        if isinstance(data, dict):
            return {k: self.json(v, found) for k, v in data.items()}
        if isinstance(data, list):
            return [self.json(v, found) for v in data]
        return data

    def request(self, request: Any, found: SecretValues | None = None) -> Any:
        """vcrpy ``before_record_request`` hook: scrub a ``vcr.request.Request`` (already a copy)."""
        request.uri = self.uri(request.uri, found)
        self.headers(request.headers, self.request_headers, found)
        return request

    def response(self, response: dict[str, Any], found: SecretValues | None = None) -> dict[str, Any]:
        """vcrpy ``before_record_response`` hook: scrub a response dict (already a copy)."""
        headers = response.get("headers")
        if isinstance(headers, MutableMapping):
            self.headers(headers, self.response_headers, found)
        return response

    def interaction(self, interaction: MutableMapping[str, Any], found: SecretValues) -> None:
        """The last pass over one recorded interaction: every ``found`` value and token shape replaced in
        header values and bodies (request URIs and redirect targets were scrubbed by name already, the
        same way replay scrubs a live URL, so matching keeps working)."""
        for part in ("request", "response"):
            message = interaction.get(part)
            if not isinstance(message, MutableMapping):
                continue
            headers = message.get("headers")
            if isinstance(headers, MutableMapping):
                for key in list(headers):
                    if key.lower() not in ("location", "content-location"):
                        headers[key] = _map_strings(headers[key], lambda v: self.text(v, found))
            body = message.get("body")
            if isinstance(body, MutableMapping):
                body["string"] = self._any_body(body.get("string"), found)
            else:
                message["body"] = self._any_body(body, found)

    def _any_body(self, body: Any, found: SecretValues) -> Any:
        if isinstance(body, bytes):
            return self.body(body, found)
        if isinstance(body, str):
            return self.body(body.encode("utf-8", "surrogatepass"), found).decode("utf-8", "surrogatepass")
        return body


def _map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list | tuple):
        return [_map_strings(v, fn) for v in value]
    return value


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


def secret_values(environ: Mapping[str, str], headers: Mapping[str, str], scrubber: Scrubber) -> list[str]:
    """Secrets known before a recording starts: ``HARNESS_SECRET_*`` values and secret extra headers."""
    out = [v for k, v in environ.items() if k.startswith(SECRET_ENV_PREFIX) and v]
    for name, value in headers.items():
        if name.lower() in scrubber.request_headers:
            out.extend(_credential_values(name.lower(), str(value)))
    return out


def has_secrets(environ: Mapping[str, str]) -> bool:
    return any(key.startswith(SECRET_ENV_PREFIX) and value for key, value in environ.items())
