"""What the blind sets of issue 9 (``checks_blind.py``, ``checks_blind2.py``) share: each kind planted in
every record and in one record in eight, and the run that prints the share of defective records failing
the default gate, per kind and half."""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks_accuracy import (
    HALVES,
    Report,
    _cache_page_parses,
    corpus_dir,
    fails,
    half_of,
    load_cases,
    plant_kind,
    run_checks,
)
from checks_defects import _BOILERPLATE, Case, Defect, Rotated, _paras, _with, in_page_lines, sparse

from harness.checks import load_settings

Kinds = dict[str, tuple[Defect | Rotated, frozenset[str]]]
#: draws one line of a family for a record
Make = Callable[[random.Random], str]
#: the checks that count as catching a defect in the date or in the authors, for a field kind
DATE_CHECKS = frozenset(
    {
        "date.unparseable",
        "date.future",
        "date.too_old",
        "date.missing",
        "date.swapped",
        "date.url_mismatch",
        "schema",
    }
)
AUTHOR_CHECKS = frozenset({"authors.not_a_name", "authors.duplicate", "schema"})
#: the checks that count as catching a defect in the title, for a field kind (the seventeenth set's title
#: kinds count ``title.all_caps``, and the seventeenth to twentieth ``title.template``, both added after
#: their held-out runs: the checks are newer)
TITLE_CHECKS = frozenset(
    {
        "schema",
        "title.all_caps",
        "title.not_a_headline",
        "title.markup_leak",
        "title.too_long",
        "title.truncated",
        "title.doubled",
        "title.duplicate",
        "title.duplicate_across_sites",
        "title.template",
        "title.paywall_badge",  # added in session 26, after the twenty-first set's first run
        "title.accents_stripped",  # added in session 28, after the twenty-fourth set's first run
        "title.wire_slug",  # added in session 29, after the twenty-fifth set's first run
        "title.standfirst_joined",  # the same
        "body.title_mismatch",
        "body.title_mismatch_weak",
    }
)


#: draws one line for a record from the record itself (its URL, title, date) and the run's random source
MakeFor = Callable[[Case, random.Random], str]


def placed(make: MakeFor, where: str) -> Defect:
    """The line ``make`` draws from the record, as a paragraph of its own at the body's ``start``,
    ``middle`` or ``end``."""

    def plant(case: Case, rnd: random.Random) -> Case | None:
        paras = _paras(case.record.get("body"))
        if len(paras) < 2:
            return None
        line = make(case, rnd)
        i = {"start": 0, "end": len(paras)}.get(where, rnd.randrange(1, len(paras)))
        return _with(case, body="\n\n".join([*paras[:i], line, *paras[i:]]))

    return plant


def at(make: Make, where: str) -> Defect:
    """The line ``make`` draws for the record, as a paragraph of its own at the body's ``start``, ``middle``
    or ``end``."""
    return placed(lambda _case, rnd: make(rnd), where)


def _fresh(drawn: set[str], draw: Callable[[], str]) -> str:
    """``draw()`` again (a bounded number of times) while it repeats a line of ``drawn``."""
    line, tries = draw(), 0
    while line in drawn and tries < 400:
        line, tries = draw(), tries + 1
    drawn.add(line)
    return line


def once(make: Make) -> Make:
    """``make`` drawing again while it repeats a line of this run: no two records share a line."""
    drawn: set[str] = set()
    return lambda rnd: _fresh(drawn, lambda: make(rnd))


def once_for(make: MakeFor) -> MakeFor:
    """Like :func:`once`, for a line drawn from the record."""
    drawn: set[str] = set()
    return lambda case, rnd: _fresh(drawn, lambda: make(case, rnd))


def spread(kinds: dict[str, Defect], chrome: str | None = None, lines: tuple[str, ...] = ()) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught): each of ``kinds`` (record only) in every
    record and in one record in eight per run; ``lines`` also from the page's own chrome (replay), as the
    kind ``chrome``, when one is named."""
    out: Kinds = {}
    for name, plant in kinds.items():
        out[f"{name}, record only"] = (plant, _BOILERPLATE)
        out[f"{name}, record only, 1 page in 8 per run"] = (sparse(plant, 8), _BOILERPLATE)
    if chrome is not None:
        out[chrome] = (in_page_lines(lines), _BOILERPLATE)
    return out


# the common words and the scripts :func:`guess_language` reads
_COMMON = {
    "de": {"der", "die", "und", "das", "mit", "auf", "für", "von", "den", "im", "nach", "sich"},
    "fr": {"le", "la", "les", "et", "des", "du", "une", "pour", "dans", "sur", "au", "est"},
    "es": {"el", "los", "y", "que", "las", "del", "una", "para", "con", "por", "al", "se"},
    "pt": {"o", "os", "e", "do", "da", "dos", "uma", "para", "com", "não", "em", "ao"},
    "it": {"il", "di", "che", "della", "per", "una", "con", "non", "gli", "alla", "nel", "sono"},
    "en": {"the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "was", "at"},
}
_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
)


def guess_language(case: Case) -> str:
    """A rough guess at the record's language, from its script or its common words."""
    text = f"{case.record.get('title') or ''} {' '.join(_paras(case.record.get('body'))[:3])}"
    for lang, script in _SCRIPTS:
        if len(script.findall(text)) >= 5:
            return lang
    words = re.findall(r"[^\W\d_]+", text.lower())
    counts = {lang: sum(w in common for w in words) for lang, common in _COMMON.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 3 else "en"


def main(
    argv: list[str] | None,
    doc: str | None,
    kinds: Kinds | Callable[[list[Case]], Kinds],
    header: str,
    summary: str,
    misses: bool,
) -> int:
    """Plant ``kinds`` (or the kinds made from the corpus's cases) in the corpus's records and print the
    table (``misses``: the pages that did not fail, on standard error)."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("--corpus", help="corpus folder (default: $HARNESS_CORPUS or ../shared/corpus)")
    args = parser.parse_args(argv)
    corpus = corpus_dir(args.corpus)
    if not (corpus / "zyte_aeb").is_dir():
        parser.error(f"need the corpus at {corpus}")
    cases = load_cases(corpus)
    return table(cases, kinds(cases) if callable(kinds) else kinds, header, summary, misses)


def table(
    cases: list[Case], kinds: Kinds, header: str, summary: str, misses: bool, clean: str | None = None
) -> int:
    """Plant ``kinds`` in ``cases`` and print the share of defective records failing the default gate,
    per kind and half; ``clean`` names a first line, the share of the records as given that fail it
    (the false alarms), for a set whose records are known clean."""
    settings = load_settings({})
    _cache_page_parses()
    base = run_checks(cases, settings)
    report = Report()
    if clean is not None:
        for case in cases:
            failed = fails(base.get(case.page_id, []), case.record)
            fail, n = report.verdict.setdefault(clean, {h: (0, 0) for h in HALVES})[half_of(case.site)]
            report.verdict[clean][half_of(case.site)] = (fail + failed, n + 1)
            if failed:
                report.missed.setdefault(clean, []).append(case.page_id)
    for kind, (plant, expected) in kinds.items():
        plant_kind(cases, kind, plant, base, settings, report, expected)
    print(f"| {header} | {' | '.join(HALVES)} | both |")
    print(f"| --- | {' | '.join('---' for _ in HALVES)} | --- |")
    total = [0, 0]
    for kind, halves in report.verdict.items():
        cells = [f"{100 * f / n:.1f}% ({f}/{n})" if n else "–" for f, n in (halves[h] for h in HALVES)]
        fail, n = (sum(halves[h][i] for h in HALVES) for i in (0, 1))
        if kind != clean:
            total[0], total[1] = total[0] + fail, total[1] + n
        print(f"| {kind} | {' | '.join(cells)} | {100 * fail / n:.1f}% |" if n else f"| {kind} | – |")
    print(f"\n{summary}: {total[0]}/{total[1]} defective records fail the default gate")
    for kind, pages in report.missed.items():
        if kind == clean and pages:
            print(f"failing as given ({kind}): {', '.join(pages)}", file=sys.stderr)
        elif misses and pages:
            print(f"not failing ({kind}): {', '.join(pages)}", file=sys.stderr)
    return 0
