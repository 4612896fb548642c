"""Crawl-like article records made at run time from the shared corpus' ground truth (nothing is committed).

Record ``i`` takes the title, date and body of one ground-truth page (with ``extracted``: what the bundled
``generic`` extractor makes of one of the corpus's pages, real extractor output with its boilerplate left in,
extracted at run time into ``bench/out/`` like the records) (a truth without a body gets one made
of corpus sentences), a URL on one of ``sites`` sites, a title that is unique except for about 1 in 100, a
line of its own (so bodies are distinct, as in a real crawl) and, on 2 pages in 5 of a site, that site's
newsletter line (boilerplate the recurring-line check learns). Deterministic for a given corpus and ``i``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

_LETTERS = "bcdfghjklmnpqrstvwz"
_CAPTURED = "2026-12-01T00:00:00Z"


def _word(n: int) -> str:
    out = ""
    while True:
        n, r = divmod(n, len(_LETTERS))
        out += _LETTERS[r]
        if not n:
            return out.capitalize()


@cache
def truths(corpus: Path) -> tuple[dict[str, Any], ...]:
    found = []
    for path in sorted(corpus.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "source_dataset" in data:
            found.append(data)
    if not found:
        raise SystemExit(f"no ground truth under {corpus}; set HARNESS_CORPUS to the shared corpus")
    pool = [s for t in found for s in re.split(r"(?<=[.!?])\s+", t.get("body") or "") if 40 < len(s) < 300]
    out = []
    for n, data in enumerate(found):
        body = data.get("body") or "\n\n".join(pool[(n * 13 + k * 7) % len(pool)] for k in range(12))
        title = data.get("title") or (body.split("\n", 1)[0][:90].rsplit(" ", 1)[0])
        host = re.sub(r"^www\.", "", (data.get("url") or "news.example").split("/")[2:3][0] or "news")
        out.append({"title": title, "published": data.get("published"), "body": body, "host": host})
    return tuple(out)


@cache
def extracted(corpus: Path) -> tuple[dict[str, Any], ...]:
    """``generic``'s output on each of the corpus's pages that it gives a body (title, date and body as
    :func:`truths` gives them): the bodies a crawl's records hold, with their boilerplate, instead of the
    ground truth or sentences of unrelated stories (the off-topic check's worst case)."""
    from harness.extractors import registry
    from harness.page import Page, RecordedResponse
    from harness.paths import site_for_url

    generic = registry.get("generic")
    out = []
    for path in sorted(corpus.glob("*/*.html")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        url = meta.get("url") or f"https://{path.parent.name}.invalid/{path.stem}"
        response = RecordedResponse(url, 200, {"content-type": "text/html"}, path.read_bytes())
        try:
            got = generic.extract(Page(response, site_for_url(url), path.stem))
        except Exception:  # a page the extractor fails on is left out, as a crawl would lose it
            continue
        rec = dict(got) if isinstance(got, dict) else got.to_dict()  # type: ignore[union-attr]
        body, title = rec.get("body"), rec.get("title")
        if not isinstance(body, str) or not body.strip():
            continue
        host = re.sub(r"^www\.", "", url.split("/")[2:3][0] or "news")
        title = title if isinstance(title, str) and title.strip() else body.split("\n", 1)[0][:90]
        out.append({"title": title, "published": rec.get("published"), "body": body, "host": host})
    if not out:
        raise SystemExit(f"no page under {corpus} gave a body; set HARNESS_CORPUS to the shared corpus")
    return tuple(out)


def record(
    corpus: Path, i: int, sites: int = 50, distinct: bool = False, real: bool = False
) -> dict[str, Any]:
    """With ``distinct``, every line of the body ends in a word of record ``i``'s own, so no line is seen
    twice in a run (a bench of the per-line work without any memory of lines finding one again). With
    ``real``, the title, date and body are ``generic``'s output (:func:`extracted`)."""
    base = extracted(corpus) if real else truths(corpus)
    t = base[i % len(base)]
    s = (i * 7919) % sites
    site = f"{re.sub(r'[^a-z0-9]+', '', t['host'].split('.')[0].lower())[:12] or 'news'}{s}.com"
    site = f"news{s}.com" if s % 3 else site
    title_n = i - 1 if i % 100 == 1 else i
    body = f"{t['body']}\n\nFiled by the {_word(i)} desk."
    if (i // sites) % 5 < 2:
        body += f"\n\nSign up for the {site.split('.')[0]} morning briefing, in your inbox every day."
    if distinct:
        own = _word(i + 7)
        body = "\n".join(f"{line} {own}" if line.strip() else line for line in body.split("\n"))
    return {
        "url": f"https://www.{site}/{2020 + i % 6}/{1 + i % 12:02d}/story-{i}",
        "title": f"{t['title']} {_word(title_n)}",
        "published": t["published"],
        "body": body,
        "extractor": "crawler",
        "captured_at": _CAPTURED,
    }


def records(
    corpus: Path, n: int, sites: int = 50, distinct: bool = False, real: bool = False
) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield record(corpus, i, sites, distinct, real)


def write_jsonl(
    corpus: Path, n: int, path: Path, sites: int = 50, distinct: bool = False, real: bool = False
) -> Path:
    """Written whole or not at all (a bench stopped halfway leaves no short file to be reused)."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records(corpus, n, sites, distinct, real):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def records_file(corpus: Path, n: int, folder: Path, distinct: bool = False, real: bool = False) -> Path:
    """``folder/scale-<n>.jsonl`` (``scale-distinct-<n>.jsonl``, ``scale-extracted-<n>.jsonl``): ``n``
    generated records, written on first use and reused after."""
    kind = ("distinct-" if distinct else "") + ("extracted-" if real else "")
    data = folder / f"scale-{kind}{n}.jsonl"
    data.parent.mkdir(parents=True, exist_ok=True)
    if not data.exists():
        write_jsonl(corpus, n, data, distinct=distinct, real=real)
    return data
