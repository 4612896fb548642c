"""Is a title just the site's name? Compared to the domain and to configured names, normalised.

``Spotlight Nepal`` ~ ``spotlightnepal.com.np``, ``The New York Times`` ~ ``nytimes.com`` (each title word
gives a prefix of the domain label, in order), ``heise online`` ~ ``heise.de`` (generic trailing words).
Scripts without a Latin transliteration of the domain can only match a configured ``site_names`` entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from harness.checks.text import key

_LEADING = frozenset(
    {"the", "die", "der", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "o", "a"}
)
_TRAILING = frozenset(
    {
        "news",
        "online",
        "home",
        "homepage",
        "startseite",
        "accueil",
        "inicio",
        "portada",
        "digital",
        "de",
        "at",
        "ch",
        "com",
        "net",
        "org",
        "fr",
        "es",
        "uk",
        "co",
        "it",
        "www",
        "tv",
        "nachrichten",
        "noticias",
        "actualites",
        "actualités",
        "magazine",
        "magazin",
        "journal",
        "daily",
        "today",
    }
)
_SPLIT = re.compile(r"[\W_]+")
_MAX_WORDS = 6


def _fold(text: str) -> str:
    """Letters and digits, case-folded, accents dropped (domains are written without them)."""
    if text.isascii():  # NFKD leaves ASCII alone and no ASCII character is combining
        return key(text)
    return key("".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)))


#: :func:`_fold` remembered for the last 8,192 words (a pure function): a crawl's titles share most of their
#: words, and a word outside ASCII costs a decomposition and a test a character to fold
_fold_word = lru_cache(maxsize=8192)(_fold)
_WORD_CHARS = 64  # longer runs are folded as they come (one title's word, or no word at all)


def _words(title: str, most: int) -> list[str]:
    """The title's folded words, at most ``most + 1`` of them (enough to tell it has too many)."""
    out = []
    for word in _SPLIT.split(title):
        folded = _fold_word(word) if len(word) <= _WORD_CHARS else _fold(word)
        if folded:
            out.append(folded)
            if len(out) > most:
                break
    return out


@lru_cache(maxsize=4096)
def _site_keys(site: str, names: tuple[str, ...]) -> frozenset[str]:
    """The keys a title equal to the site's name has (``site``, ``www.site``, its label, ``names``)."""
    label = site.partition(".")[0]
    return frozenset({_fold(site), _fold("www." + site), _fold(label), *(_fold(n) for n in names)} - {""})


@cache
def _segments(label: str, words: tuple[str, ...]) -> bool:
    """Can ``label`` be written as a non-empty prefix of each of ``words`` in turn?"""
    if not words:
        return not label
    first, rest = words[0], words[1:]
    return any(
        label.startswith(first[:n]) and _segments(label[n:], rest)
        for n in range(min(len(first), len(label)), 0, -1)
    )


def _trim(words: list[str], suffixes: frozenset[str]) -> list[str]:
    while len(words) > 1 and (words[-1] in _TRAILING or words[-1] in suffixes):
        words = words[:-1]
    return words


def is_site_name(title: str, site: str, names: Iterable[str] = ()) -> bool:
    """True when ``title`` names the site (``site`` is the registrable domain, e.g. ``example.co.uk``)."""
    tkey = _fold(title)
    if not tkey:
        return False
    label, _, suffix = site.partition(".")
    if tkey in _site_keys(site, tuple(names)):
        return True
    words = _words(title, _MAX_WORDS)
    if not label or not 0 < len(words) <= _MAX_WORDS:
        return False
    words = _trim(words, frozenset(suffix.split(".")))
    variants = [words] + ([words[1:]] if len(words) > 1 and words[0] in _LEADING else [])
    return len(label) >= 3 and any(_segments(_fold(label), tuple(v)) for v in variants)


SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")


def site_part(title: str, site: str, names: Iterable[str] = ()) -> str | None:
    """The site's name left at one end of a headline ("Headline | Site", "Site - Headline"), or None.

    The title is cut at spaced separators; the outer segment must name the site and the rest must still be
    a headline (more words than the name)."""
    parts = SEPARATOR.split(title.strip())
    if len(parts) < 2:
        return None
    for outer, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        if not is_site_name(outer, site, names):
            continue
        named = len(_words(outer, len(outer)))  # a string has fewer words than characters
        if len(_words(" ".join(rest), named)) > named:
            return outer
    return None
