"""What two more date sources would add to ``generic``'s rules, per half of the by-site split.

    python bench/date_sources.py --corpus ../shared/corpus

* ``dateparser`` (optional; skipped when not installed) on the short texts after the headline, in the page's
  language, strict, day, month and year required: how often it is right on its own, where ``generic`` finds
  no date, and where it is right and ``generic`` is wrong.
* htmldate's extensive search on the pages whose cheap signals (metadata, URL, shown dates) name two or more
  days: is it right where ``generic``'s decision is wrong?

Both report milliseconds per page, the machine's load included (compare with ``quality_split.py --speed``).
Pages are read where they lie; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bs4 import NavigableString

from harness.extractors import _published as pub
from harness.extractors._metadata import collect, find_language, norm
from harness.extractors._shown import headlines
from harness.extractors._title import find_title
from harness.page import Page, RecordedResponse
from harness.paths import site_for_url
from harness.regression.quality import date_match

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality_split import DEFAULT_CORPUS, half_of


@dataclass
class Tally:
    pages: int = 0
    right: dict[str, int] = field(default_factory=dict)
    ms: float = 0.0

    def add(self, name: str, ok: bool) -> None:
        self.right[name] = self.right.get(name, 0) + int(ok)


def _dateparser_after(head: Any, languages: tuple[str, ...]) -> str | None:
    import dateparser

    settings: Any = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    # dateparser raises on a language it has no data for ("sh" in a page's lang attribute): leave it out
    known = [lang for lang in dict.fromkeys(languages) if _dateparser_knows(lang)] or ["en"]
    for seen, node in enumerate(head.next_elements):
        if seen >= 400:
            break
        if type(node) is NavigableString and 6 <= len(text := norm(node)) <= 80:
            found = dateparser.parse(text, languages=known, settings=settings)
            if found is not None:
                return found.isoformat()
    return None


def _dateparser_knows(lang: str) -> bool:
    from dateparser.languages.loader import default_loader

    try:
        default_loader.get_locale(lang)
    except ValueError:
        return False
    return True


def _right(value: str | None, truth: str) -> bool:
    return bool(value) and bool(date_match(value, truth)["match"])


def measure(corpus: Path, use_dateparser: bool) -> dict[str, dict[str, Tally]]:
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    out: dict[str, dict[str, Tally]] = {h: {"dateparser": Tally(), "extensive": Tally()} for h in "AB"}
    for truth_path in sorted(corpus.glob("*/*.json")):
        truth = json.loads(truth_path.read_text("utf-8"))
        html_path = truth_path.with_suffix(".html")
        if not truth.get("published") or not truth.get("url") or not html_path.is_file():
            continue
        page = Page(RecordedResponse(url=truth["url"], status=200, headers={}, body=html_path.read_bytes()),
                    site_for_url(truth["url"]), truth_path.stem)
        soup, want = page.soup, truth["published"]
        md = collect(soup)
        title = find_title(soup, md, page.url)
        languages = ((find_language(soup, md) or "en").split("-")[0].lower(), "en")
        ev = pub.gather(soup, md, page.url, languages, title)
        decided = pub.decide(ev)
        generic_ok = _right(decided.iso() if decided else None, want)
        tallies = out[half_of(page.site)]
        head = headlines(soup, title)[0]
        if use_dateparser and head is not None:
            t, start = tallies["dateparser"], time.perf_counter()
            got = _dateparser_after(head, languages)
            t.ms += time.perf_counter() - start
            t.pages += 1
            t.add("alone", _right(got, want))
            t.add("where generic finds none", decided is None and _right(got, want))
            t.add("where generic is wrong", not generic_ok and _right(got, want))
        if len({d.day for d in ev.claims + ev.updates + ev.shown}) >= 2:
            t, start = tallies["extensive"], time.perf_counter()
            found = find_date(page.text, url=page.url, original_date=True, extensive_search=True)
            t.ms += time.perf_counter() - start
            t.pages += 1
            t.add("generic", generic_ok)
            extensive_ok = _right(found if isinstance(found, str) else None, want)
            t.add("extensive", extensive_ok)
            t.add("extensive where generic is wrong", not generic_ok and extensive_ok)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        ap.error(f"corpus folder not found: {args.corpus}")
    try:
        import dateparser  # noqa: F401
        use_dateparser = True
    except ImportError:
        print("dateparser is not installed: its rows are skipped (pip install dateparser)")
        use_dateparser = False
    for half, tallies in measure(args.corpus, use_dateparser).items():
        for name, t in tallies.items():
            if t.pages:
                rights = ", ".join(f"{k} {v}" for k, v in t.right.items())
                print(f"half {half}  {name:10s} {t.pages} pages: right {rights}; "
                      f"{1000 * t.ms / t.pages:.1f} ms/page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
