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
_CSRF_NAME = rf"[\w\-\[\]:.]*(?:{_CSRF_WORDS})[\w\-\[\]:.]*"
_ATTR_VALUE = r"""["']?(?P<secret>[^"'\s>]+)"""

DEFAULT_TOKEN_PATTERNS: tuple[str, ...] = (
    r"\b[sr]k_(?:live|test)_[0-9A-Za-z]{10,}",  # Stripe secret / restricted keys
    r"\bwhsec_[0-9A-Za-z]{20,}",  # Stripe webhook secrets
    r"\bgh[pousr]_[0-9A-Za-z]{30,}",  # GitHub tokens
    r"\bgithub_pat_[0-9A-Za-z_]{40,}",
    r"\bglpat-[0-9A-Za-z_\-]{20,}",  # GitLab
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",  # AWS access key ids
    r"\bxox[abposr]-[0-9A-Za-z\-]{10,}",  # Slack
    r"\bAIza[0-9A-Za-z_\-]{35}",  # Google API keys
    r"\bya29\.[0-9A-Za-z_\-]{20,}",  # Google OAuth access tokens
    r"\bsk-(?:proj|svcacct|admin|ant-api\d\d)-[0-9A-Za-z_\-]{20,}",  # OpenAI / Anthropic style
    r"\bnpm_[0-9A-Za-z]{36}\b",
    r"\bSG\.[0-9A-Za-z_\-]{16,}\.[0-9A-Za-z_\-]{16,}",  # SendGrid
    r"\beyJ[0-9A-Za-z_\-]{6,}\.eyJ[0-9A-Za-z_\-]{6,}\.[0-9A-Za-z_\-]*",  # JWT (header.payload.signature)
    r"\bBearer\s+(?P<secret>(?=[^\s\"'<]*\d)[A-Za-z0-9\-._~+/]{8,}=*)",  # a credential has a digit somewhere
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----",
    # CSRF tokens: the value of a hidden input or meta tag named like one, attributes in either order
    rf"(?i)<input\b[^>]*?\bname\s*=\s*[\"']?{_CSRF_NAME}[\"']?[^>]*?\bvalue\s*=\s*{_ATTR_VALUE}",
    rf"(?i)<input\b[^>]*?\bvalue\s*=\s*{_ATTR_VALUE}[\"']?[^>]*?\bname\s*=\s*[\"']?{_CSRF_NAME}",
    rf"(?i)<meta\b[^>]*?\bname\s*=\s*[\"']?{_CSRF_NAME}[\"']?[^>]*?\bcontent\s*=\s*{_ATTR_VALUE}",
    rf"(?i)<meta\b[^>]*?\bcontent\s*=\s*{_ATTR_VALUE}[\"']?[^>]*?\bname\s*=\s*[\"']?{_CSRF_NAME}",
)


class TokenPatternError(ValueError):
    """A ``scrub_tokens`` entry that is not a valid regular expression."""


@cache
def compile_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[bytes], ...]:
    """Compile ``patterns`` for bytes (ASCII semantics for ``\\w``, ``\\s``...)."""
    out = []
    for pattern in patterns:
        try:
            out.append(re.compile(pattern.encode("utf-8")))
        except re.error as exc:
            message = f"scrub_tokens: {pattern!r} is not a valid regular expression ({exc})"
            raise TokenPatternError(message) from exc
    return tuple(out)


def _replace_match(match: re.Match[bytes]) -> bytes:
    if "secret" not in match.re.groupindex or match.start("secret") < 0:
        return REDACTED.encode()
    whole, start = match.group(0), match.start(0)
    return whole[: match.start("secret") - start] + REDACTED.encode() + whole[match.end("secret") - start :]


def scrub_token_shapes(data: bytes, patterns: tuple[str, ...] = DEFAULT_TOKEN_PATTERNS) -> bytes:
    """``data`` with every token shape replaced by ``REDACTED``; the same object when nothing matched."""
    for compiled in compile_patterns(patterns):
        if compiled.search(data):
            data = compiled.sub(_replace_match, data)
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
