"""How far a date extractor can go on the outside sets: pages whose true day the page writes anywhere.

    python bench/date_ceiling.py --trafilatura /tmp/traf --htmldate /tmp/htmldate \
        --readability /tmp/readability --goose /tmp/goose3

Reads the same pages as ``quality_external.py`` (same drops, same split by site) and, for every page with a
true date, looks for that day written anywhere in the page's decoded HTML (text, attributes, scripts, the
URL): numeric forms (``2024-03-05``, ``2024/3/5``, ``20240305``, ``05.03.2024``, ``5/3/2024`` and
``3/5/2024``, ``05.03.24``), month names in the languages :mod:`harness.dates` knows (``5 March 2024``,
``March 5, 2024``, ``5. März 2024``) and CJK ``2024年3月5日``. A truth that no form matches is one no rule
can reach from the page's words (relative dates, weekdays and Unix timestamps are not read): the share of
pages whose day is written is the honest ceiling of date accuracy on these sets, and an upper bound (the
day may be written for another story on the page). A truth that is not a date (``2022-29-11``) counts as
not written, as the scoring counts it as a miss.

Per half and per set it prints: dated pages, the true day written in the page, the day before or after it
written (a UTC time read on the other side of midnight), and ``generic``'s right answers among both groups.
Only counts are printed, never pages (half B is not read one by one).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality_external as qe
import quality_split as qs

from harness.capture import cassette
from harness.capture.sitetitles import folder_titles
from harness.dates import _MONTHS, _month_patterns, parse_date
from harness.page import Page
from harness.paths import site_for_url
from harness.regression.quality import date_match

_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/._](\d{1,2})[-/._](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
_XXY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?!\d)")
_DMYY = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d.])")
_CJK = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _numeric(text: str) -> Iterator[date | None]:
    for pattern in (_YMD, _COMPACT, _CJK):
        for y, m, d in pattern.findall(text):
            yield _day(int(y), int(m), int(d))
    for a, b, y in _XXY.findall(text):
        yield _day(int(y), int(b), int(a))
        yield _day(int(y), int(a), int(b))
    for d, m, yy in _DMYY.findall(text):
        yield _day(2000 + int(yy), int(m), int(d))


def days_written(text: str) -> set[date]:
    """Every calendar day the text writes in a form listed in the module's docstring."""
    table, dmy, mdy = _month_patterns(tuple(_MONTHS))
    found = set(_numeric(text))
    for pattern in (dmy, mdy):
        for match in pattern.finditer(text):
            month = table.get(match.group("mon").lower())
            if month:
                found.add(_day(int(match.group("y")), month, int(match.group("d"))))
    found.discard(None)
    return {d for d in found if d is not None}


def _group(day: date, days: set[date]) -> str:
    if day in days:
        return "written"
    return "near" if days & {day - timedelta(days=1), day + timedelta(days=1)} else "absent"


def tally(refs: Sequence[cassette.CassetteRef]) -> dict[str, Counter[str]]:
    from harness.extractors.generic import GenericExtractor

    extractor = GenericExtractor()
    out: dict[str, Counter[str]] = {}
    for ref in refs:
        truth = json.loads(ref.truth_path.read_text("utf-8")) if ref.truth_path.is_file() else {}
        claimed = truth.get("published")
        if not (isinstance(claimed, str) and claimed.strip()):
            continue
        want = parse_date(claimed)
        loaded = cassette.load(ref.path)
        site = site_for_url(str(loaded.meta["url"])) if loaded.meta.get("url") else ref.site
        page = Page(loaded.primary_response(), site, ref.id, site_titles=folder_titles(ref.path))
        right = date_match(extractor.extract(page).published, claimed)["match"]
        group = "absent" if want is None else _group(want.day, days_written(page.url + " " + page.text))
        for key in (f"{qs.half_of(ref.site)}|all", f"{qs.half_of(ref.site)}|{truth.get('source_dataset')}"):
            counts = out.setdefault(key, Counter())
            counts.update({"pages": 1, group: 1, f"right_{group}": int(right)})
    return out


def table(counts: dict[str, Counter[str]]) -> str:
    head = ("half", "set", "dated pages", "day written", "only a day off written", "not written",
            "ceiling", "generic right (written / off / not)")
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for key in sorted(counts, key=lambda k: (k.split("|")[0], k.split("|")[1] != "all", k)):
        half, source = key.split("|")
        c = counts[key]
        lines.append(
            f"| {half} | {source} | {c['pages']} | {c['written']} | {c['near']} | {c['absent']}"
            f" | {c['written'] / c['pages']:.3f}"
            f" | {c['right_written']} / {c['right_near']} / {c['right_absent']} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    qe.add_sources(ap)
    args = ap.parse_args(argv)
    if not (args.trafilatura or args.htmldate or args.readability or args.goose):
        ap.error("give at least one of --trafilatura, --htmldate, --readability, --goose")
    with tempfile.TemporaryDirectory(prefix="date-ceiling-") as tmp:
        print(table(tally(qe.gather(args, Path(tmp)))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
