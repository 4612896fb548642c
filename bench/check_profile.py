"""Where a record's CPU goes in the in-process engine: a timer on each check and stage, and cProfile.

    HARNESS_CORPUS=../shared/corpus python bench/check_profile.py                  # 4,000 records
    HARNESS_CORPUS=../shared/corpus python bench/check_profile.py --cprofile 30    # and cProfile's top 30

One process, ``--jobs 1``, Great Expectations imported before the clock starts (as ``bench/check_cpu.py``,
on the same generated records). Each timed function is wrapped for the run: process CPU microseconds per
record, inclusive (a stage's line includes the checks it calls: ``page_findings`` holds the ``check_*``
lines, ``frame.columns`` holds ``boilerplate_match``). A wrapper costs about half a microsecond a call,
which inflates the functions called many times a record (``h64`` most). The findings digest is printed
as by ``bench/check_cpu.py``: wrapping changes no finding.
"""

from __future__ import annotations

import argparse
import cProfile
import inspect
import io
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))

from bench import check_cpu, scale_data  # noqa: E402

#: (module, attribute) -> shown as; each is looked up at call time by its callers (module attribute)
TIMED = {
    # pass 1, per record
    ("harness.scale.work", "decode"): "decode (orjson / json)",
    ("harness.checks.jsonl", "identity"): "page id and site",
    ("harness.checks.jsonl", "check_record"): "page checks + schema (check_record)",
    ("harness.validate.RecordValidator", "findings"): "  schema",
    ("harness.checks.jsonl", "page_findings"): "  page_findings",
    ("harness.checks.page", "check_title"): "    check_title",
    ("harness.checks.page", "title_in_body"): "      title_in_body",
    ("harness.checks.fields", "check_title_shape"): "      check_title_shape",
    ("harness.checks.page", "is_site_name"): "      is_site_name",
    ("harness.checks.page", "site_part"): "      site_part",
    ("harness.checks.accents", "check_title_accents"): "    check_title_accents",
    ("harness.checks.page", "check_date"): "    check_date",
    ("harness.checks.page", "check_body"): "    check_body (shape, markup, mojibake, title words)",
    ("harness.checks.page", "check_shape"): "      check_shape",
    ("harness.checks.page", "markup"): "      markup",
    ("harness.checks.page", "mojibake"): "      mojibake (title and body)",
    ("harness.checks.page", "shares_token"): "      shares_token",
    ("harness.checks.teaser", "check_social"): "    check_social",
    ("harness.checks.teaser", "check_lone_label"): "    check_lone_label",
    ("harness.checks.page", "check_edges"): "    check_edges",
    ("harness.checks.furniture", "check_credits"): "    check_credits",
    ("harness.checks.furniture", "check_tag_list"): "    check_tag_list",
    ("harness.checks.widget", "check_widgets"): "    check_widgets",
    ("harness.checks.offtopic", "check_off_topic"): "    check_off_topic",
    ("harness.checks.foreign", "check_foreign"): "    check_foreign",
    ("harness.checks.notice", "check_notices"): "    check_notices",
    ("harness.checks.editorial", "check_editorial"): "    check_editorial",
    ("harness.checks.premium", "check_premium"): "    check_premium",
    ("harness.checks.pagenotes", "check_page_notes"): "    check_page_notes (session 31's notes)",
    ("harness.checks.rows", "check_link_rows"): "    check_link_rows",
    ("harness.checks.tail", "check_tail"): "    check_tail",
    ("harness.checks.symbols", "check_symbols"): "    check_symbols",
    ("harness.checks.accents", "check_accents"): "    check_accents",
    ("harness.checks.language", "check_language_words"): "    check_language_words",
    ("harness.checks.fields", "check_language"): "    check_language (script)",
    ("harness.checks.fields", "check_authors"): "    check_authors",
    ("harness.checks.blocked", "check_not_an_article"): "    check_not_an_article",
    ("harness.checks.page", "check_truth"): "    check_truth",
    ("harness.scale.work", "_units"): "recurrence, teaser and line-key units (hashed)",
    ("harness.checks.recurring", "body_units"): "  recurring.body_units",
    ("harness.checks.teaser", "units"): "  teaser.units",
    ("harness.checks.frame", "columns"): "frame.columns (keys, row-local columns)",
    ("harness.checks.frame", "boilerplate_match"): "  boilerplate_match",
    ("harness.checks.rates", "page_scores"): "rates.page_scores",
    ("harness.scale.work", "h64"): "h64 (called from work)",
    # pass 2
    ("harness.scale.work", "check_chunk"): "pass 2 (check_chunk)",
    ("harness.scale.work", "_recurring"): "  boilerplate.recurring",
    ("harness.scale.work", "_teaser"): "  boilerplate.teaser",
    ("harness.scale.work", "_other_titles"): "  boilerplate.other_title",
    ("harness.scale.work", "_failing"): "  row-local findings worded",
    # the parent
    ("harness.scale.reduce.Totals", "add"): "parent: Totals.add",
    ("harness.scale.spill.Spill", "add"): "parent: Spill.add",
    ("harness.scale.local", "_collect"): "parent: pages to the sink",
    ("harness.scale.local", "_validate"): "parent: the one GX validation",
}


def _owner(dotted: str) -> Any:
    """The module, or the class (a last part in capitals), that holds the attribute to time."""
    import importlib

    module, _, last = dotted.rpartition(".")
    if last[:1].isupper():
        return getattr(importlib.import_module(module), last)
    return importlib.import_module(dotted)


def _wrap(owner: Any, name: str, label: str, spent: dict[str, float]) -> Callable[[], None]:
    fn = getattr(owner, name)
    lazy = inspect.isgeneratorfunction(fn)  # timed while it runs: consumed here, handed on as an iterator

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return iter(list(fn(*args, **kwargs))) if lazy else fn(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start

    setattr(owner, name, timed)
    return lambda: setattr(owner, name, fn)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=4000)
    ap.add_argument("--cprofile", type=int, default=0, help="also print cProfile's top N by own time")
    ap.add_argument("--distinct", action="store_true", help="records whose lines all differ")
    ap.add_argument(
        "--extracted", action="store_true", help="bodies that are generic's output on the corpus's pages"
    )
    corpus = os.environ.get("HARNESS_CORPUS", ROOT.parent / "shared" / "corpus")
    ap.add_argument("--corpus", type=Path, default=Path(corpus))
    args = ap.parse_args()
    data = scale_data.records_file(
        args.corpus, args.records, ROOT / "bench" / "out", args.distinct, args.extracted
    )
    from harness.checks import gx

    gx.gx_module()
    spent: dict[str, float] = {}
    undo = []
    for (where, name), label in TIMED.items():
        try:
            owner = _owner(where)
        except ModuleNotFoundError:
            continue  # older code (``PYTHONPATH``) without the module: its line reads 0
        if hasattr(owner, name):
            undo.append(_wrap(owner, name, label, spent))
    profile = cProfile.Profile() if args.cprofile else None
    if profile:
        profile.enable()
    line = check_cpu.one_round(data, args.records)
    if profile:
        profile.disable()
    for restore in undo:
        restore()
    print(line, f"| load {os.getloadavg()[0]:.1f}")
    print(f"{'stage or check':55s} us/record (inclusive; timers on)")
    for label in TIMED.values():
        if label in spent:
            print(f"{label:55s} {spent[label] * 1e6 / args.records:8.1f}")
    if profile:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.cprofile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
