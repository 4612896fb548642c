"""Secrets inside recorded text: known token shapes, and values already scrubbed elsewhere.

Two kinds of replacement, both byte-exact outside what they replace (they work on bytes with ASCII
patterns, so a body in any ASCII-compatible charset keeps every other byte):

* **token shapes** (:data:`DEFAULT_TOKEN_PATTERNS`, configurable as ``scrub_tokens``): API keys with
  well-known prefixes, JWTs, ``Bearer`` credentials, private keys, CSRF hidden inputs and
  ``<meta name="csrf-token">``. A pattern with a group named ``secret`` has only that group replaced (the
  attribute value of a CSRF input); otherwise the whole match is;
* **known values** (:class:`SecretValues`): each value scrubbed from a header, a cookie or a URL parameter of
  the same recording, wherever it occurs, raw and in its percent-, form-, HTML- and JSON-escaped spellings
  (a page that echoes its request). Values shorter than :data:`MIN_VALUE` characters are left alone; values
  shorter than :data:`FREE_VALUE` are replaced only where they stand alone (not inside a longer word), so a
  short secret cannot shred ordinary text.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import quote, quote_plus, unquote_plus

REDACTED = "REDACTED"
MIN_VALUE = 4
FREE_VALUE = 8

_CSRF_WORDS = "csrf|xsrf|authenticity_token|requestverificationtoken|csrfmiddlewaretoken"
# a name like a CSRF token's, but not Rails' csrf-param meta, which holds the parameter's name, not a secret
_CSRF = rf"(?![\w\-]*param\b)[\w\-\[\]:.]*(?:{_CSRF_WORDS})[\w\-\[\]:.]*"
_ATTR = r"""["']?(?P<secret>[^"'\s>]+)"""
_CSRF_HINTS = ("~srf", "~authenticity_token", "~requestverificationtoken")

# (hints, pattern). A pattern that starts with a literal is found by the regex engine's own fast search; the
# CSRF patterns start with "<", so they run only on text that holds one of their hints (a substring search;
# a hint starting with ~ is looked for in the lowercased text). Without the hints they cost 20x more.
_DEFAULTS: tuple[tuple[tuple[str, ...], str], ...] = (
    # Stripe secret, restricted and webhook keys
    ((), r"sk_(?:live|test)_[0-9A-Za-z]{10,}"),
    ((), r"rk_(?:live|test)_[0-9A-Za-z]{10,}"),
    ((), r"whsec_[0-9A-Za-z]{20,}"),
    # GitHub, GitLab, Slack, npm, SendGrid
    ((), r"gh[pousr]_[0-9A-Za-z]{30,}"),
    ((), r"github_pat_[0-9A-Za-z_]{40,}"),
    ((), r"glpat-[0-9A-Za-z_\-]{20,}"),
    ((), r"xox[abposr]-[0-9A-Za-z\-]{10,}"),
    ((), r"npm_[0-9A-Za-z]{36}\b"),
    ((), r"SG\.[0-9A-Za-z_\-]{16,}\.[0-9A-Za-z_\-]{16,}"),
    # AWS access key ids, Google API keys and OAuth tokens, OpenAI / Anthropic style keys
    ((), r"(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    ((), r"AIza[0-9A-Za-z_\-]{35}"),
    ((), r"ya29\.[0-9A-Za-z_\-]{20,}"),
    ((), r"sk-(?:proj|svcacct|admin|ant-api\d\d)-[0-9A-Za-z_\-]{20,}"),
    # JWTs (header.payload.signature), Bearer credentials (with a digit somewhere), private keys
    ((), r"eyJ[0-9A-Za-z_\-]{6,}\.eyJ[0-9A-Za-z_\-]{6,}\.[0-9A-Za-z_\-]*"),
    ((), r"Bearer\s+(?P<secret>(?=[^\s\"'<]*\d)[A-Za-z0-9\-._~+/]{8,}=*)"),
    (
        (),
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----[A-Za-z0-9+/=\s\\]{40,}?-----END [A-Z ]*PRIVATE KEY-----",
    ),
    # CSRF tokens: the value of a hidden input or a meta tag named like one, attributes in either order
    (_CSRF_HINTS, rf"<(?i:input)\b(?i:[^>]*?\bname\s*=\s*[\"']?{_CSRF}[\"']?[^>]*?\bvalue\s*=\s*{_ATTR})"),
    (_CSRF_HINTS, rf"<(?i:input)\b(?i:[^>]*?\bvalue\s*=\s*{_ATTR}[\"']?[^>]*?\bname\s*=\s*[\"']?{_CSRF})"),
    (_CSRF_HINTS, rf"<(?i:meta)\b(?i:[^>]*?\bname\s*=\s*[\"']?{_CSRF}[\"']?[^>]*?\bcontent\s*=\s*{_ATTR})"),
    (_CSRF_HINTS, rf"<(?i:meta)\b(?i:[^>]*?\bcontent\s*=\s*{_ATTR}[\"']?[^>]*?\bname\s*=\s*[\"']?{_CSRF})"),
)
DEFAULT_TOKEN_PATTERNS: tuple[str, ...] = tuple(pattern for _hints, pattern in _DEFAULTS)
_HINTS: dict[str, tuple[str, ...]] = dict((pattern, hints) for hints, pattern in _DEFAULTS)


class TokenPatternError(ValueError):
    """A ``scrub_tokens`` entry that is not a valid regular expression."""


@dataclass(frozen=True, slots=True)
class _Compiled:
    regex: re.Pattern[bytes]
    hints: tuple[bytes, ...]  # empty: always run
    folded: bool  # hints are lowercase, to look for in the lowercased text


@cache
def _compiled(patterns: tuple[str, ...]) -> tuple[_Compiled, ...]:
    out = []
    for pattern in patterns:
        try:
            regex = re.compile(pattern.encode("utf-8"))
        except re.error as exc:
            message = f"scrub_tokens: {pattern!r} is not a valid regular expression ({exc})"
            raise TokenPatternError(message) from exc
        hints = _HINTS.get(pattern, ())
        folded = any(h.startswith("~") for h in hints)
        encoded = tuple(h.removeprefix("~").lower().encode() if folded else h.encode() for h in hints)
        out.append(_Compiled(regex, encoded, folded))
    return tuple(out)


def compile_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[bytes], ...]:
    """Compile ``patterns`` for bytes (ASCII semantics for ``\\w``, ``\\s``...); raises TokenPatternError."""
    return tuple(c.regex for c in _compiled(patterns))


def _replace_match(match: re.Match[bytes]) -> bytes:
    if "secret" not in match.re.groupindex or match.start("secret") < 0:
        return REDACTED.encode()
    whole, start = match.group(0), match.start(0)
    return whole[: match.start("secret") - start] + REDACTED.encode() + whole[match.end("secret") - start :]


def scrub_token_shapes(data: bytes, patterns: tuple[str, ...] = DEFAULT_TOKEN_PATTERNS) -> bytes:
    """``data`` with every token shape replaced by ``REDACTED``; the same object when nothing matched."""
    folded: bytes | None = None
    for compiled in _compiled(patterns):
        if compiled.hints:
            haystack = data
            if compiled.folded:
                haystack = folded = data.lower() if folded is None else folded
            if not any(h in haystack for h in compiled.hints):
                continue
        if compiled.regex.search(data):
            data = compiled.regex.sub(_replace_match, data)
            folded = None
    return data


def spellings(value: str) -> set[str]:
    """How ``value`` can be written in a page that echoes it: raw, URL-, form-, HTML- and JSON-escaped."""
    forms = {value, unquote_plus(value), quote(value, safe=""), quote_plus(value), quote(value, safe="/:=")}
    forms |= {html.escape(v, quote=True) for v in list(forms)}
    forms |= {json.dumps(v, ensure_ascii=False)[1:-1] for v in list(forms)}
    forms |= {v.replace("/", "\\/") for v in list(forms)}
    return {f for f in forms if len(f) >= MIN_VALUE}


@dataclass
class SecretValues:
    """Values scrubbed from one recording, to be replaced wherever else they occur in it."""

    values: set[str] = field(default_factory=set)
    _compiled: re.Pattern[bytes] | None = None
    _compiled_for: int = -1

    def add(self, *values: str | None) -> None:
        for value in values:
            value = (value or "").strip()
            if len(value) >= MIN_VALUE and value != REDACTED:
                self.values.add(value)

    def update(self, values: Iterable[str]) -> None:
        self.add(*values)

    def _pattern(self) -> re.Pattern[bytes] | None:
        if self._compiled_for != len(self.values):
            forms = sorted({f for v in self.values for f in spellings(v)}, key=len, reverse=True)
            alternatives = [
                re.escape(f.encode("utf-8"))
                if len(f) >= FREE_VALUE
                else rb"(?<![A-Za-z0-9])" + re.escape(f.encode("utf-8")) + rb"(?![A-Za-z0-9])"
                for f in forms
            ]
            self._compiled = re.compile(b"|".join(alternatives)) if alternatives else None
            self._compiled_for = len(self.values)
        return self._compiled

    def scrub(self, data: bytes) -> bytes:
        """``data`` with every known value (in every spelling) replaced by ``REDACTED``."""
        pattern = self._pattern()
        return pattern.sub(REDACTED.encode(), data) if pattern is not None and data else data

    def scrub_text(self, text: str) -> str:
        pattern = self._pattern()
        if pattern is None or not text:
            return text
        data = text.encode("utf-8", "surrogatepass")
        out = pattern.sub(REDACTED.encode(), data)
        return text if out == data else out.decode("utf-8", "surrogatepass")
