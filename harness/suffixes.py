"""The registrable domain of a host name, from the Public Suffix List, without a network stack.

``tldextract`` ships a snapshot of the list, but importing it imports ``requests`` and ``urllib3`` (about
0.14 s, a seventh of ``harness run``'s fixed cost on one cassette) so that it can refresh the list. The
harness never refreshes (it must be offline and deterministic), so it reads the bundled snapshot itself,
once, and walks it the way ``tldextract`` does: from the last label leftwards while the labels match a
rule, with wildcard (``*.ck``) and exception (``!www.ck``) rules, private suffixes (``github.io``)
included, and punycode labels matched in their Unicode form. ``tests/test_suffixes.py`` holds it to
``tldextract``'s answers for every rule of the list.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

_RULE = re.compile(r"^(?P<suffix>[.*!]*\w\S*)", re.MULTILINE)
_Trie = dict[str, "_Trie"]
_END = ""  # key marking "a rule ends here" (no label is empty)


def _snapshot() -> str:
    """The Public Suffix List text bundled with tldextract, found without importing tldextract."""
    spec = importlib.util.find_spec("tldextract")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / ".tld_set_snapshot"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise RuntimeError("tldextract's bundled public suffix list is missing; reinstall tldextract")


@cache
def _trie() -> _Trie:
    root: _Trie = {}
    for match in _RULE.finditer(_snapshot()):
        node = root
        for label in reversed(match.group("suffix").split(".")):
            node = node.setdefault(label, {})
        node[_END] = {}
    return root


def _unicode(label: str) -> str:
    if label.startswith("xn--"):
        try:
            return label.encode("ascii").decode("idna")
        except (UnicodeError, ValueError):
            pass
    return label


def registrable_domain(host: str) -> str:
    """``news.example.co.uk`` -> ``example.co.uk``; ``""`` when the host is a suffix or its TLD is unknown."""
    labels = host.lower().split(".")
    node, suffix_at, at = _trie(), len(labels), len(labels)
    for label in reversed(labels):
        decoded = _unicode(label)
        if decoded in node:
            at -= 1
            node = node[decoded]
            if _END in node:
                suffix_at = at
            continue
        if "*" in node:
            suffix_at = at if "!" + decoded in node else at - 1
        break
    if suffix_at <= 0 or suffix_at >= len(labels) or not labels[suffix_at - 1]:
        return ""
    return ".".join(labels[suffix_at - 1 :])
