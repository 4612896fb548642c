"""Does the run's verdict follow what the checks know? Measured on real pages, with planted defects.

The hand-written ground truth of the corpus is taken as PERFECT extractor output: titles and dates of
``trafilatura_eval``, bodies of ``zyte_aeb`` (a field the truth lacks stays ``None``), each with the page's
real HTML (replay mode: the checks see where the text came from). Any finding on those records is a false
alarm. Then one kind of defect at a time is planted into every record it applies to (bench/checks_defects.py).

Two tables: per check, false alarms on clean records and the share of planted defects it catches at any
severity; and THE VERDICT: per defect kind, the share of defective records that fail the default gate
(``fail_on = "error"``: the exit code would be 1), and the share of clean records that do. The corpus is
split by site into two halves (a hash of the site name): ``tune`` is where rules were written and
thresholds set, ``report`` is the other half. Held-out kinds (languages no pattern was written from) are
reported apart.

    python bench/checks_accuracy.py --corpus ../shared/corpus [--seed PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks_defects import Case, Defect, Rotated, defects, fresh3, fresh4, held_out, more_kinds
from checks_eighth import eighth, tuning
from checks_fourth import fourth, tuned_since
from checks_seventh import seventh
from checks_sixth import sixth

from harness.checks import CATALOG, PageContext, dataset_findings, load_settings, page_findings
from harness.checks.settings import CheckSettings
from harness.dates import parse_date
from harness.model import SEVERITY_RANK, Finding, PageResult
from harness.page import Page, RecordedResponse
from harness.paths import site_for_url, slug_for_url
from harness.validate import RecordValidator

REPO = Path(__file__).resolve().parents[1]
SOURCES = ("trafilatura_eval", "zyte_aeb")
FIELD_OF = {"title": "title", "date": "published", "body": "body", "boilerplate": "body"}
NEEDS_BOTH = {"title.repeated_in_body", "body.title_mismatch"}
HALVES = ("tune", "report")
# Clean records the gate fails where the hand-written "perfect" body itself keeps page boilerplate, read
# by hand, line by line (the lines are printed on every run). Counted apart from false failures, and only
# while every finding that fails the record is a boilerplate finding on a line the truth holds: any other
# failure of these records is a false failure like any other.
TRUTH_BOILERPLATE = {
    "https://www.hawaiinewsnow.com/2019/11/19/scientists-use-hawaii-telescope-spot-water-vapor-one-jupiters"
    "-moon/": "the copyright line of the site's footer",
    "http://www.remember8090.it/remake-serie-animata-de-i-cavalieri-dello-zodiaco-per-netflix/": (
        "a 'Leggi anche' (read also) link and its headline"
    ),
    "https://www.slashgear.com/the-vw-id-space-vizzion-is-a-weird-ev-sports-wagon-with-a-secret-message-"
    "19600475/": "a 'Story Timeline' block: the headlines of two related posts",
    "https://www.msn.com/en-us/news/us/doctors-offer-to-give-free-flu-shots-to-detained-migrants-warn-of-"
    "epidemic/ar-BBWZedJ?srcref=rss": "the syndicating site's follow row ('Follow NBC Latino on ...')",
    "https://www.businessinsider.com/10-things-in-tech-you-need-to-know-today-november-19-2019-11": (
        "the newsletter's own sign-up line ('You can also subscribe to this newsletter here ...')"
    ),
}


def _find_shared(*parts: str) -> Path:
    for parent in REPO.parents:
        if (parent / "shared").is_dir():
            return parent.joinpath("shared", *parts)
    return REPO.parent.joinpath("shared", *parts)


def corpus_dir(explicit: str | None = None) -> Path:
    return Path(explicit or os.environ.get("HARNESS_CORPUS") or _find_shared("corpus"))


def seed_path(explicit: str | None = None) -> Path:
    return Path(
        explicit or os.environ.get("HARNESS_SEED") or _find_shared("seed", "scraped-article-example.txt")
    )


def half_of(site: str) -> str:
    """``tune`` or ``report``: a deterministic hash of the site, so all pages of a site stay together."""
    return HALVES[hashlib.sha256(site.encode()).digest()[0] % 2]


def _html(path: Path, url: str) -> str | None:
    if not path.is_file():
        return None
    response = RecordedResponse(url, 200, {"content-type": "text/html"}, path.read_bytes())
    return Page(response, "", "").text


def perfect_record(url: str, site: str, truth: Mapping[str, Any]) -> dict[str, Any]:
    """The record a perfect extractor would give: the truth's title, date and body, nothing else."""
    published = parse_date(truth["published"]) if truth.get("published") else None
    return {
        "url": url,
        "site": site,
        "title": truth["title"].strip() if truth.get("title") else None,
        "published": published.iso() if published else None,
        "body": truth.get("body"),
        "authors": [],
        "language": None,
        "extractor": "truth",
        "extractor_version": "",
    }


def load_cases(corpus: Path) -> list[Case]:
    """Perfect records built from the truth JSON files of the two hand-annotated sources."""
    cases = []
    for source in SOURCES:
        for path in sorted((corpus / source).glob("*.json")):
            truth = json.loads(path.read_text(encoding="utf-8"))
            # one truth's URL ends with a space: an extractor's would not (the schema refuses it)
            url = (truth.get("url") or f"https://{source}.invalid/{truth['id']}").strip()
            site = site_for_url(url)
            html = _html(path.with_suffix(".html"), url)
            record = perfect_record(url, site, truth)
            cases.append(Case(f"{site}/{slug_for_url(url)}", site, record, truth, html))
    return cases


def fundus_cases(root: Path) -> list[Case]:
    """flairNLP/fundus's parser tests as clean records (``--fundus DIR``): 258 pages of 180 sites in 40
    countries that no test or rule here was written from, each with the title, date and body its parser's
    authors accepted and the page itself (see ``quality_external.fundus_pages``). Their truths are a
    parser's output, not hand-written: some keep a label or a notice, which the clean rows then count."""
    import gzip

    import quality_external

    cases: list[Case] = []
    ids: set[str] = set()
    for _source, path, truth in quality_external.fundus_pages(root):
        url = truth["url"]
        site = site_for_url(url)
        response = RecordedResponse(url, 200, {"content-type": "text/html; charset=utf-8"},
                                    gzip.decompress(path.read_bytes()))
        page_id = f"{site}/{slug_for_url(url)}"
        if page_id in ids:  # one address saved twice, for two parser versions (taz.de)
            page_id += "-" + str(truth["extra"]["version"]).lower()
        ids.add(page_id)
        html = Page(response, "", "").text
        cases.append(Case(page_id, site, perfect_record(url, site, truth), truth, html))
    return cases


@cache
def _validator() -> RecordValidator:
    return RecordValidator()


def run_checks(cases: Iterable[Case], settings: CheckSettings) -> dict[str, list[Finding]]:
    """Schema, page and dataset findings per page id, as a replay run would give them (captured now)."""
    pages = []
    for case in cases:
        ctx = PageContext(case.page_id, case.site, case.record["url"], None, case.truth, case.html)
        findings = (*_validator().findings(case.record), *page_findings(case.record, ctx, settings))
        pages.append(
            PageResult(case.page_id, case.site, case.record["url"], None, "truth", case.record, findings)
        )
    outcome = dataset_findings(pages, settings)
    out = {p.id: list(p.findings) + list(outcome.per_page.get(p.id, ())) for p in pages}
    for finding in outcome.run:  # site-level findings count against every page of the site
        for page in pages:
            if finding.site == page.site:
                out[page.id].append(finding)
    return out


_SITE_FIELD = {"date.coverage": "published"}


def counted(f: Finding, record: Mapping[str, Any]) -> bool:
    """False for a finding about a field the truth does not have (zyte has no title or date, trafilatura
    no body): those records are perfect only in the fields they hold."""
    name = f.field[2:] if f.field.startswith("$.") else _SITE_FIELD.get(f.check, "body" if f.site else "")
    name = name.split("[", 1)[0].split(".", 1)[0]  # "$.authors[0]" is about the record's authors
    return not name or record.get(name) is not None


def fails(findings: Sequence[Finding], *records: Mapping[str, Any], fail_on: str = "error") -> bool:
    """Would the default gate fail this record? A finding counts when one of ``records`` (the clean one,
    and the planted one: a defect may add a field the truth lacks) has the field it is about."""
    rank = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= rank and any(counted(f, r) for r in records) for f in findings)


def applies(check: str, record: Mapping[str, Any], truth: Mapping[str, Any]) -> bool:
    """Whether the truth has the field(s) a check looks at."""
    if check in NEEDS_BOTH:
        return bool(record.get("title")) and bool(record.get("body"))
    if check == "page.not_an_article":  # the title or the body is what it reads
        return bool(record.get("title") or record.get("body"))
    if check == "boilerplate.truth_snippet":
        return bool(record.get("body")) and bool((truth.get("extra") or {}).get("body_must_not_contain"))
    name = FIELD_OF.get(check.split(".")[0])
    return bool(name and record.get(name))


@dataclass
class Report:
    fp: dict[str, tuple[int, int]] = field(default_factory=dict)
    fp_examples: dict[str, list[str]] = field(default_factory=dict)
    caught_by: dict[str, set[str]] = field(default_factory=dict)  # check -> planted ids it caught
    planted_for: dict[str, set[str]] = field(default_factory=dict)  # check -> planted ids it was expected on
    clean_fail: dict[str, tuple[int, int]] = field(default_factory=dict)  # half -> (failing, records)
    clean_fail_ids: list[str] = field(default_factory=list)
    truth_bp: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # id -> (half, lines shown)
    verdict: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)  # kind -> half -> (fail, n)
    held_out: set[str] = field(default_factory=set)
    tuned_since: set[str] = field(default_factory=set)  # held out once, tuned in a later pass
    missed: dict[str, list[str]] = field(default_factory=dict)


def false_alarms(cases: list[Case], found: Mapping[str, list[Finding]], report: Report) -> None:
    for check in CATALOG:
        pool = [c for c in cases if applies(check, c.record, c.truth)]
        flagged = [c.page_id for c in pool if any(f.check == check for f in found[c.page_id])]
        report.fp[check] = (len(flagged), len(pool))
        report.fp_examples[check] = flagged[:5]
    for half in HALVES:
        pool = [c for c in cases if half_of(c.site) == half]
        failing = [c for c in pool if fails(found[c.page_id], c.record)]
        for case in failing:
            shown = truth_boilerplate(case, found[case.page_id])
            if shown:
                report.truth_bp[case.page_id] = (half, shown)
        failing = [c for c in failing if c.page_id not in report.truth_bp]
        report.clean_fail[half] = (len(failing), len(pool))
        report.clean_fail_ids += [c.page_id for c in failing]


def truth_boilerplate(case: Case, findings: Sequence[Finding]) -> list[str]:
    """The lines that fail a clean record listed in ``TRUTH_BOILERPLATE``, or [] when it is not listed or
    fails for anything but boilerplate the truth body holds."""
    body = case.record.get("body") or ""
    gating = [
        f for f in findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK["error"] and counted(f, case.record)
    ]
    if case.record["url"] not in TRUTH_BOILERPLATE or not gating:
        return []
    if not all(f.check.startswith("boilerplate.") and f.excerpt and f.excerpt in body for f in gating):
        return []
    return [f"{f.check}: {f.excerpt!r}" for f in gating]


def _tally(
    clean: Mapping[str, Mapping[str, Any]],
    report: Report,
    kind: str,
    planted: Mapping[str, Case],
    found: Mapping[str, list[Finding]],
    expected: frozenset[str],
) -> None:
    per_half: dict[str, tuple[int, int]] = {}
    for half in HALVES:
        ids = [pid for pid, case in planted.items() if half_of(case.site) == half]
        per_half[half] = (sum(fails(found[pid], clean[pid], planted[pid].record) for pid in ids), len(ids))
    report.verdict[kind] = per_half
    report.missed[kind] = [pid for pid in planted if not fails(found[pid], clean[pid], planted[pid].record)][
        :5
    ]
    for check in expected:
        report.planted_for.setdefault(check, set()).update(f"{kind}|{p}" for p in planted)
    for pid in planted:
        for f in found[pid]:
            if f.check in expected:
                report.caught_by.setdefault(f.check, set()).add(f"{kind}|{pid}")


def plant_kind(
    cases: list[Case],
    kind: str,
    plant: Defect | Rotated,
    base: Mapping[str, list[Finding]],
    settings: CheckSettings,
    report: Report,
    expected: frozenset[str],
) -> None:
    rnd = random.Random(f"checks-accuracy:{kind}")
    planted: dict[str, Case] = {}
    found: dict[str, list[Finding]] = {}
    for part in plant.parts if isinstance(plant, Rotated) else (plant,):
        run: dict[str, Case] = {}
        for case in cases:
            bad = part(case, rnd)
            if bad is not None and not fails(base[case.page_id], case.record):  # failing already: no proof
                run[case.page_id] = bad
        if run:
            out = run_checks([run.get(c.page_id, c) for c in cases], settings)
            found.update((pid, out[pid]) for pid in run)
            planted.update(run)
    _tally({c.page_id: c.record for c in cases}, report, kind, planted, found, expected)


def duplicate_titles(
    cases: list[Case], base: Mapping[str, list[Finding]], settings: CheckSettings, report: Report
) -> None:
    """Each titled record gets a sibling on its own site: another URL, another body, the same title."""
    titled = [c for c in cases if c.record["title"] and not fails(base[c.page_id], c.record)]
    siblings: dict[str, Case] = {}
    for i, case in enumerate(titled):
        other = titled[(i + 1) % len(titled)]
        url = case.record["url"].rstrip("/") + "/copy"
        rec = {**other.record, "url": url, "site": case.site, "title": case.record["title"]}
        siblings[case.page_id + "-copy"] = Case(case.page_id + "-copy", case.site, rec, other.truth, None)
    found = run_checks([*cases, *siblings.values()], settings)
    clean = {pid: sib.record for pid, sib in siblings.items()}
    _tally(clean, report, "duplicate title within a site", siblings, found, frozenset({"title.duplicate"}))


def measure(
    corpus: Path,
    seed: Path,
    settings: CheckSettings | None = None,
    only: str | None = None,
    fundus: Path | None = None,
) -> Report:
    """Every kind, or with ``only`` just the kinds whose name holds it (the clean records always); on the
    corpus's records, or with ``fundus`` on fundus's."""
    settings = settings or load_settings({})
    cases = fundus_cases(fundus) if fundus is not None else load_cases(corpus)
    _cache_page_parses()
    report = Report()
    base = run_checks(cases, settings)
    false_alarms(cases, base, report)
    for kind, (plant, expected) in defects(seed_tail(seed)).items():
        if only is None or only in kind:
            plant_kind(cases, kind, plant, base, settings, report, expected)
    titles = tuple(dict.fromkeys(c.record["title"] for c in cases if c.record["title"]))
    for kind, (leftover, expected) in {**more_kinds(titles), **tuned_since(), **tuning()}.items():
        if only is None or only in kind:
            plant_kind(cases, kind, leftover, base, settings, report, expected)
    if only is None or only in "duplicate title within a site":
        duplicate_titles(cases, base, settings, report)
    sets = [held_out(), fresh3(), fourth(), fresh4(), sixth(), seventh(), eighth()]
    assert len({k for s in sets for k in s}) == sum(map(len, sets)), "two held-out sets name a kind alike"
    tuned = set(eighth())  # held out when written (seventh pass); misses read in the ninth: tuned since
    for kind, (planter, expected) in {k: v for s in sets for k, v in s.items()}.items():
        if only is not None and only not in kind:
            continue
        if kind in tuned:
            report.tuned_since.add(kind)
        else:
            report.held_out.add(kind)
        plant_kind(cases, kind, planter, base, settings, report, expected)
    return report


def _cache_page_parses() -> None:
    """The bench checks the same pages about 16 times: parse each page's HTML once (bench only; a run
    parses each page once anyway)."""
    from functools import lru_cache

    from harness.checks import provenance

    if not hasattr(provenance.page_text, "cache_info"):
        provenance.page_text = lru_cache(maxsize=512)(provenance.page_text)  # type: ignore[assignment]


def seed_tail(seed: Path) -> list[str]:
    """The seed page's trailing boilerplate: the paragraphs after the last one that ends a sentence."""
    paras = [p.strip() for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    tail: list[str] = []
    for para in reversed(paras):
        if para.endswith((".", "!", "?", '"', "”", "'")):
            break
        tail.insert(0, para)
    return tail


def _pct(a: int, b: int) -> str:
    return f"{a / b:.1%}" if b else "n/a"


def _both(cells: Mapping[str, tuple[int, int]]) -> tuple[int, int]:
    return sum(a for a, _ in cells.values()), sum(b for _, b in cells.values())


def markdown(report: Report) -> str:
    out = [
        "| check | false alarms on clean records | share of injected defects caught | default severity |",
        "| --- | ---: | ---: | --- |",
    ]
    for check, (bad, pool) in report.fp.items():
        planted = len(report.planted_for.get(check, ()))
        caught = len(report.caught_by.get(check, ()))
        rate = f"{_pct(caught, planted)} ({caught}/{planted})" if planted else "-"
        out.append(f"| `{check}` | {_pct(bad, pool)} ({bad}/{pool}) | {rate} | {CATALOG[check].severity} |")
    out += [
        "",
        "| defect kind (fails the default gate) | tune half | report half | both |",
        "| --- | ---: | ---: | ---: |",
    ]
    clean = report.clean_fail
    out.append(
        "| **clean records (false failures)** | "
        + " | ".join(f"{_pct(*clean[h])} ({clean[h][0]}/{clean[h][1]})" for h in HALVES)
        + f" | {_pct(*_both(clean))} |"
    )
    apart = {h: (sum(v[0] == h for v in report.truth_bp.values()), clean[h][1]) for h in HALVES}
    out.append(
        "| clean records failing on boilerplate the truth itself keeps (read by hand, lines below) | "
        + " | ".join(f"{_pct(*apart[h])} ({apart[h][0]}/{apart[h][1]})" for h in HALVES)
        + f" | {_pct(*_both(apart))} |"
    )
    for kind, cells in report.verdict.items():
        tag = " (held out)" if kind in report.held_out else ""
        tag = " (tuned in the ninth pass)" if kind in report.tuned_since else tag
        row = " | ".join(f"{_pct(*cells[h])} ({cells[h][0]}/{cells[h][1]})" for h in HALVES)
        out.append(f"| {kind}{tag} | {row} | {_pct(*_both(cells))} |")
    total = {
        h: (sum(c[h][0] for c in report.verdict.values()), sum(c[h][1] for c in report.verdict.values()))
        for h in HALVES
    }
    out.append(
        "| **every kind above, records summed** | "
        + " | ".join(f"{_pct(*total[h])} ({total[h][0]:,}/{total[h][1]:,})" for h in HALVES)
        + f" | {_pct(*_both(total))} |"
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", help="corpus folder (default: $HARNESS_CORPUS or ../shared/corpus)")
    parser.add_argument("--seed", help="seed page (default: $HARNESS_SEED or ../shared/seed/...)")
    parser.add_argument("--only", help="measure only the defect kinds whose name holds this text")
    parser.add_argument("--fundus", type=Path, help="plant into flairNLP/fundus's truths (a checkout)")
    args = parser.parse_args(argv)
    corpus, seed = corpus_dir(args.corpus), seed_path(args.seed)
    if not (corpus / "zyte_aeb").is_dir() or not seed.is_file():
        parser.error(f"need the corpus at {corpus} and the seed page at {seed}")
    report = measure(corpus, seed, only=args.only, fundus=args.fundus)
    print(markdown(report))
    print(f"\nclean records failing the gate: {', '.join(report.clean_fail_ids) or 'none'}", file=sys.stderr)
    for pid, (half, shown) in report.truth_bp.items():
        print(f"truth keeps boilerplate ({half} half) {pid}:", *shown, sep="\n    ", file=sys.stderr)
    for check, pages in report.fp_examples.items():
        if pages:
            print(f"false alarms of {check}: {', '.join(pages)}", file=sys.stderr)
    for kind, pages in report.missed.items():  # the eighth set's too, since the ninth pass (tuned)
        if pages:
            print(f"not failing ({kind}): {', '.join(pages)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
