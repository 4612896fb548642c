"""How often the checks cry wolf, and how often they catch a planted defect, measured on real pages.

The hand-written ground truth of the corpus is taken as PERFECT extractor output: titles and dates of
``trafilatura_eval``, bodies of ``zyte_aeb`` (a field the truth lacks stays ``None``, and checks on that
field are not counted). Any finding on those records is a false positive. Then one kind of defect at a
time is planted into every record it applies to, and the share of records whose expected check fires is
the catch rate.

    python bench/checks_accuracy.py --corpus ../shared/corpus [--seed PATH]

prints both tables as Markdown. ``tests/checks/test_accuracy.py`` imports this file and asserts bounds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from harness.checks import CATALOG, PageContext, dataset_findings, load_settings, page_findings
from harness.checks.settings import CheckSettings
from harness.dates import parse_date
from harness.model import Finding, PageResult
from harness.paths import site_for_url, slug_for_url

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_SEED = REPO.parent / "shared" / "seed" / "scraped-article-example.txt"
SOURCES = ("trafilatura_eval", "zyte_aeb")
FIELD_OF = {"title": "title", "date": "published", "body": "body", "boilerplate": "body"}
NEEDS_BOTH = {"title.repeated_in_body", "body.title_mismatch"}


@dataclass
class Case:
    """One page: its id, site, record and ground truth (for the truth-snippet check)."""

    page_id: str
    site: str
    record: dict[str, Any]
    truth: Mapping[str, Any]


@dataclass
class Report:
    fp: dict[str, tuple[int, int]] = field(default_factory=dict)
    fp_examples: dict[str, list[str]] = field(default_factory=dict)
    catch: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)


def corpus_dir(explicit: str | None = None) -> Path:
    return Path(explicit or os.environ.get("HARNESS_CORPUS") or DEFAULT_CORPUS)


def seed_path(explicit: str | None = None) -> Path:
    return Path(explicit or os.environ.get("HARNESS_SEED") or DEFAULT_SEED)


def load_cases(corpus: Path) -> list[Case]:
    """Perfect records built from the truth JSON files of the two hand-annotated sources."""
    cases = []
    for source in SOURCES:
        for path in sorted((corpus / source).glob("*.json")):
            truth = json.loads(path.read_text(encoding="utf-8"))
            url = truth.get("url") or f"https://{source}.invalid/{truth['id']}"
            site = site_for_url(url)
            published = parse_date(truth["published"]) if truth.get("published") else None
            title = truth.get("title").strip() if truth.get("title") else None
            record = {
                "url": url,
                "site": site,
                "title": title,
                "published": published.iso() if published else None,
                "body": truth.get("body"),
                "authors": [],
                "language": None,
                "extractor": "truth",
                "extractor_version": "",
            }
            cases.append(Case(f"{site}/{slug_for_url(url)}", site, record, truth))
    return cases


def run_checks(cases: Iterable[Case], settings: CheckSettings) -> dict[str, list[Finding]]:
    """Page and dataset findings per page id, as a run would give them (captured now)."""
    pages = []
    for case in cases:
        ctx = PageContext(case.page_id, case.site, case.record["url"], None, case.truth)
        pages.append(
            PageResult(
                id=case.page_id,
                site=case.site,
                url=case.record["url"],
                cassette=None,
                extractor="truth",
                record=case.record,
                findings=tuple(page_findings(case.record, ctx, settings)),
            )
        )
    outcome = dataset_findings(pages, settings)
    out = {p.id: list(p.findings) + list(outcome.per_page.get(p.id, ())) for p in pages}
    for finding in outcome.run:  # site-level findings count against every page of the site
        for page in pages:
            if finding.site == page.site:
                out[page.id].append(finding)
    return out


def applies(check: str, record: Mapping[str, Any], truth: Mapping[str, Any]) -> bool:
    """Whether the truth has the field(s) a check looks at."""
    if check in NEEDS_BOTH:
        return bool(record.get("title")) and bool(record.get("body"))
    if check == "boilerplate.truth_snippet":
        return bool(record.get("body")) and bool((truth.get("extra") or {}).get("body_must_not_contain"))
    name = FIELD_OF.get(check.split(".")[0])
    return bool(name and record.get(name))


# ----------------------------------------------------------------------------- defects


def seed_tail(seed: Path) -> list[str]:
    """The seed page's trailing boilerplate: the paragraphs after the last one that ends a sentence."""
    paras = [p.strip() for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    tail: list[str] = []
    for para in reversed(paras):
        if para.endswith((".", "!", "?", '"', "”", "'")):
            break
        tail.insert(0, para)
    return tail


def mojibake(text: str) -> str:
    """UTF-8 bytes read as cp1252 (latin-1 where cp1252 has no character)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


_LEAKS = (
    '<p class="article-text">{}</p>',
    "{}<br/>",
    "{}&nbsp;",
    '<a href="/more">{}</a>',
    "<strong>{}</strong>",
)


def _paragraphs(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


Defect = Callable[[Case, random.Random], "Case | None"]


def _with(case: Case, **changes: Any) -> Case:
    return replace(case, record={**case.record, **changes})


def drop_date(case: Case, rnd: random.Random) -> Case | None:
    return _with(case, published=None) if case.record["published"] else None


def masthead(tail: list[str]) -> Defect:
    def plant(case: Case, rnd: random.Random) -> Case | None:
        body = case.record["body"]
        return _with(case, body=body.rstrip() + "\n\n" + "\n\n".join(tail)) if body else None

    return plant


def title_prefix(case: Case, rnd: random.Random) -> Case | None:
    snippets = (case.truth.get("extra") or {}).get("body_must_contain") or []
    title = case.record["title"]
    if not title or not snippets:
        return None
    return _with(case, body=title + "\n\n" + "\n\n".join(snippets))


def duplicate_paragraph(case: Case, rnd: random.Random) -> Case | None:
    paras = _paragraphs(case.record["body"] or "")
    long_ones = [i for i, p in enumerate(paras) if len(p.strip()) >= 40]
    if not long_ones:
        return None
    i = rnd.choice(long_ones)
    return _with(case, body="\n\n".join([*paras[: i + 1], paras[i], *paras[i + 1 :]]))


def leak_tags(case: Case, rnd: random.Random) -> Case | None:
    paras = _paragraphs(case.record["body"] or "")
    if not paras:
        return None
    i = rnd.randrange(len(paras))
    paras[i] = rnd.choice(_LEAKS).format(paras[i])
    return _with(case, body="\n\n".join(paras))


def garble(case: Case, rnd: random.Random) -> Case | None:
    body, title = case.record["body"], case.record["title"]
    if body and not body.isascii():
        return _with(case, body=mojibake(body))
    if title and not title.isascii():
        return _with(case, title=mojibake(title))
    return None


def site_as_title(case: Case, rnd: random.Random) -> Case | None:
    if not case.record["title"]:
        return None
    label = case.site.split(".")[0]
    return _with(case, title=rnd.choice([label.capitalize(), case.site, "www." + case.site, label.upper()]))


def defects(seed: Path) -> dict[str, tuple[Defect, frozenset[str]]]:
    """Defect kind -> (planter, checks any of which counts as caught)."""
    return {
        "drop the date": (drop_date, frozenset({"date.missing"})),
        "append the seed's masthead": (
            masthead(seed_tail(seed)),
            frozenset({"boilerplate.pattern", "boilerplate.recurring"}),
        ),
        "prefix the title to the body": (title_prefix, frozenset({"title.repeated_in_body"})),
        "duplicate a paragraph": (duplicate_paragraph, frozenset({"body.repeated_paragraph"})),
        "leak tags": (leak_tags, frozenset({"body.markup_leak"})),
        "mojibake the text": (garble, frozenset({"body.mojibake", "title.mojibake"})),
        "site name as title": (site_as_title, frozenset({"title.site_name"})),
    }


# ----------------------------------------------------------------------------- measuring


def false_positives(cases: list[Case], settings: CheckSettings, report: Report) -> None:
    found = run_checks(cases, settings)
    for check in CATALOG:
        pool = [c for c in cases if applies(check, c.record, c.truth)]
        flagged = [c.page_id for c in pool if any(f.check == check for f in found[c.page_id])]
        report.fp[check] = (len(flagged), len(pool))
        report.fp_examples[check] = flagged[:5]


def catch_rates(cases: list[Case], settings: CheckSettings, seed: Path, report: Report) -> None:
    base = run_checks(cases, settings)
    for kind, (plant, expected) in defects(seed).items():
        rnd = random.Random(f"checks-accuracy:{kind}")
        planted: dict[str, Case] = {}
        for case in cases:
            bad = plant(case, rnd)
            if bad is not None and not any(f.check in expected for f in base[case.page_id]):
                planted[case.page_id] = bad
        found = run_checks([planted.get(c.page_id, c) for c in cases], settings)
        missed = [pid for pid in planted if not any(f.check in expected for f in found[pid])]
        report.catch[kind] = (len(planted) - len(missed), len(planted), " / ".join(sorted(expected)))
        report.missed[kind] = missed[:5]


def measure(corpus: Path, seed: Path, settings: CheckSettings | None = None) -> Report:
    settings = settings or load_settings({})
    cases = load_cases(corpus)
    report = Report()
    false_positives(cases, settings, report)
    catch_rates(cases, settings, seed, report)
    return report


def _pct(a: int, b: int) -> str:
    return f"{a / b:.1%}" if b else "n/a"


def markdown(report: Report) -> str:
    lines = [
        "| check | pages checked | flagged (false positives) | FP rate |",
        "| --- | ---: | ---: | ---: |",
    ]
    for check, (bad, pool) in report.fp.items():
        lines.append(f"| `{check}` | {pool} | {bad} | {_pct(bad, pool)} |")
    lines += [
        "",
        "| defect planted | pages | caught | catch rate | caught by |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for kind, (ok, pool, checks) in report.catch.items():
        lines.append(f"| {kind} | {pool} | {ok} | {_pct(ok, pool)} | `{checks}` |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="corpus folder (default: $HARNESS_CORPUS or ../shared/corpus)")
    parser.add_argument("--seed", help="seed page (default: $HARNESS_SEED or ../shared/seed/...)")
    args = parser.parse_args(argv)
    corpus, seed = corpus_dir(args.corpus), seed_path(args.seed)
    if not (corpus / "zyte_aeb").is_dir() or not seed.is_file():
        parser.error(f"need the corpus at {corpus} and the seed page at {seed}")
    report = measure(corpus, seed)
    print(markdown(report))
    for check, pages in report.fp_examples.items():
        if pages:
            print(f"\nfalse positives of {check}: {', '.join(pages)}", file=sys.stderr)
    for kind, pages in report.missed.items():
        if pages:
            print(f"\nmissed ({kind}): {', '.join(pages)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
