"""The ``<title>``s of the other pages of a site: evidence of the site's name for extractors.

A cassette folder holds one site's pages (``<site>/<slug>.yaml``). Their ``<title>`` elements share the
site's name as a prefix or suffix ("Headline | The Morning Ledger"), even where no page names the site in
its metadata. :func:`folder_titles` reads them straight from the cassette files with a byte search (no YAML
parse, no HTML parse: about a twentieth of loading the cassette), so a page's output depends only on the
cassettes on disk next to it: not on which pages a run selected, their order or the number of workers.

Bounded: at most :data:`MAX_FILES` files per folder (in name order), the first :data:`HEAD_BYTES` of each.
The titles are hostile input like the rest of the page; callers compare them, never execute or show them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

__all__ = ["HEAD_BYTES", "MAX_FILES", "folder_titles"]

MAX_FILES = 400
HEAD_BYTES = 131_072
_TITLE = re.compile(rb"<title\b[^>]{0,200}>([^<]{1,600})</title", re.I)
_SPACE = re.compile(r"\s+")
_cache: dict[tuple[str, int], tuple[str, ...]] = {}


def _title_of(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return None
    found = _TITLE.search(head)
    if found is None:
        return None
    text = _SPACE.sub(" ", html.unescape(found.group(1).decode("utf-8", "replace"))).strip()
    return text or None


def folder_titles(cassette: Path) -> tuple[str, ...]:
    """Distinct ``<title>`` texts of the cassettes in ``cassette``'s folder (itself included), sorted.

    Cached per process by folder and its modification time, so a cassette added or removed is seen.
    """
    folder = cassette.parent
    try:
        key = (str(folder.resolve()), folder.stat().st_mtime_ns)
    except OSError:
        return ()
    if key not in _cache:
        files = sorted(p for p in folder.glob("*.yaml") if not p.name.startswith(".") and not p.is_symlink())
        titles = {t for t in map(_title_of, files[:MAX_FILES]) if t}
        if len(_cache) > 4096:
            _cache.clear()
        _cache[key] = tuple(sorted(titles))
    return _cache[key]
