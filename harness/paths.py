"""Page identity: the site (registrable domain) and a filesystem-safe slug for a URL.

Both are derived from untrusted URLs, so both are reduced to ``[a-z0-9.-]`` (site) or ``[a-z0-9-]``
(slug), bounded in length, and never empty, ``.`` or ``..``. The slug keeps a short hash of the whole
URL so that two URLs that read alike never share a cassette.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import unquote, urlsplit

from harness.suffixes import registrable_domain

SLUG_MAX = 64
SITE_MAX = 80
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_SITE_JUNK = re.compile(r"[^a-z0-9.-]+")
_INDEX_SUFFIX = re.compile(r"-(?:index|default)-(?:html?|php|aspx?)$|-(?:html?|php|aspx?|shtml)$")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def site_for_url(url: str) -> str:
    """The registrable domain of ``url`` (``news.example.co.uk`` -> ``example.co.uk``), made path-safe.

    An IP address or a one-label host (``localhost``) is no domain: there the port tells two servers apart,
    so ``127.0.0.1:8765`` and ``127.0.0.1:9000`` are the sites ``127.0.0.1-8765`` and ``127.0.0.1-9000``.
    """
    try:
        split = urlsplit(url)
        host = (split.hostname or "").lower().rstrip(".")
    except ValueError:  # e.g. "http://[::1" (unbalanced IPv6 brackets)
        return "unknown-site"
    if not host:
        return "unknown-site"
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) or "." not in host:
        try:
            port = split.port
        except ValueError:  # a port out of range
            port = None
        return safe_site(f"{host}-{port}" if port else host)
    # The bundled public suffix snapshot, offline; private suffixes count: alice.github.io and bob.github.io
    # are two sites.
    domain = registrable_domain(host)
    if not domain:  # a TLD the public suffix list does not know (.example, .test, .invalid, .local)
        domain = ".".join(host.split(".")[-2:])
    return safe_site(domain)


def safe_site(name: str) -> str:
    site = _SITE_JUNK.sub("-", _ascii(name)).strip(".-")[:SITE_MAX].strip(".-")
    site = re.sub(r"\.{2,}", ".", site)
    return site or "unknown-site"


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def safe_slug(text: str, *, max_len: int = SLUG_MAX) -> str:
    """Reduce any text to ``[a-z0-9-]``; bounded, never empty."""
    slug = _SLUG_JUNK.sub("-", _ascii(text)).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rstrip("-") + "-" + short_hash(text)
    return slug or "page-" + short_hash(text)


def slug_for_url(url: str) -> str:
    """Deterministic slug from the URL path (and query), with a hash suffix of the full URL."""
    try:
        path = urlsplit(url).path
    except ValueError:
        path = url
    readable = unquote(path)
    readable = _SLUG_JUNK.sub("-", _ascii(readable)).strip("-")
    readable = _INDEX_SUFFIX.sub("", readable) or "index"
    # keep the tail: the last path segments say most about the article
    budget = SLUG_MAX - 9
    if len(readable) > budget:
        readable = readable[-budget:].lstrip("-")
    return f"{readable}-{short_hash(url)}"


def page_id(site: str, slug: str) -> str:
    return f"{site}/{slug}"
