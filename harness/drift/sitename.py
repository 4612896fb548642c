"""The names a page gives its site: a headline replaced by one of them is a damaged title, not an edit.

An extractor that loses the headline element often falls back to what every page of the site shows: the
``og:site_name`` / ``application-name`` metadata, or the part of the ``<title>`` after (or before) its
separator ("Headline | The Morning Ledger"), or the domain's own name. None of these is a headline an
editor would write, so a live title equal to one of them is ``broken`` (see :mod:`harness.drift.compare`).

General rules only: the names are read from the live page itself, compared squashed and case-folded.
The page is hostile input; nothing here is shown or executed.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from harness.drift.fingerprint import squash

__all__ = ["added_affix", "is_site_name", "site_names"]

_SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/]\s+|\s*[|·•»«]\s*")
_META_NAMES = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site")
_URL_KEYS = ("og:url",)
_MIN_NAME = 3  # squashed characters: shorter parts ("AP", "|") say nothing


def _key(text: str) -> str:
    return squash(text).casefold().lstrip("@")


def _meta(soup: Any) -> list[str]:
    out: list[str] = []
    for tag in soup.find_all("meta", limit=400):
        name = str(tag.get("property") or tag.get("name") or "").strip().lower()
        content = tag.get("content")
        if isinstance(content, str) and name in _META_NAMES:
            out.append(content)
    return out


def _title_parts(soup: Any) -> list[str]:
    """The ``<title>``'s parts other than its longest (the headline): the site's name as prefix/suffix."""
    tag = soup.find("title")
    text = tag.get_text(" ", strip=True) if tag is not None else ""
    parts = [p for p in _SEPARATOR.split(text[:600]) if p.strip()]
    if len(parts) < 2:
        return []
    longest = max(parts, key=len)
    return [p for p in parts if p is not longest]


def _domain_labels(soup: Any) -> list[str]:
    urls: list[str] = []
    for tag in soup.find_all("meta", limit=400):
        content = tag.get("content")
        if str(tag.get("property") or "").strip().lower() in _URL_KEYS and isinstance(content, str):
            urls.append(content)
    link = soup.find("link", rel="canonical")
    if link is not None and isinstance(link.get("href"), str):
        urls.append(link["href"])
    out: list[str] = []
    for url in urls:
        try:
            host = urlsplit(url.strip()).hostname or ""
        except ValueError:
            continue
        labels = [x for x in host.split(".") if x and x != "www"]
        if len(labels) >= 2:
            out.append(labels[-2])  # example.com -> "example" ("co" of .co.uk is dropped as too short)
            out.append(".".join(labels))
        if len(labels) >= 3:
            out.append(labels[-3])  # example.co.uk -> "example"
    return out


def site_names(soup: Any) -> frozenset[str]:
    """The page's names for its site, squashed and case-folded (empty when it names none)."""
    names = _meta(soup) + _title_parts(soup) + _domain_labels(soup)
    keys = {_key(n) for n in names}
    return frozenset(k for k in keys if len(k) >= _MIN_NAME)


def is_site_name(title: str, soup: Any) -> bool:
    """Whether ``title`` is only the site's name (as the page itself gives it) rather than a headline."""
    key = _key(title)
    if len(key) < _MIN_NAME:
        return False
    names = site_names(soup)
    return key in names or re.sub(r"\W", "", key) in {re.sub(r"\W", "", n) for n in names}


def added_affix(old: str, new: str) -> str | None:
    """The part ``new`` adds around the recorded headline ``old`` behind a title separator, or ``None``.

    "World news - Bridge reopens" for "Bridge reopens (update)": the extractor now returns the ``<title>``
    with its section or site name, not the headline. The headline part is the longest; it must be the
    recorded headline or a part of it, and no other part may already be in the recorded headline.
    """
    parts = [p.strip() for p in _SEPARATOR.split(new[:600]) if p.strip()]
    if len(parts) < 2:
        return None
    head = max(parts, key=len)
    old_key, head_key = _key(old), _key(head)
    if len(head_key) < _MIN_NAME or not (head_key in old_key or old_key in head_key):
        return None
    others = [p for p in parts if p is not head]
    if any(_key(p) in old_key for p in others):
        return None
    return " ".join(others)
