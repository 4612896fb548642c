"""Extraction quality on pages an extractor was not tuned on: the shared corpus split in two halves BY SITE.

A site (the registrable domain the importer files a page under) goes to half A or half B by the first byte
of the SHA-256 of its name, so a rule written while looking at one half is scored on sites it never saw.

    python bench/quality_split.py --corpus ../shared/corpus [-e generic -e trafilatura -e readability]
                                  [--half A|B|all] [--misses] [--json OUT]

imports the corpus into a temporary cassette folder, replays it through each extractor with the same
runner and scoring as ``harness compare`` (one run per extractor per half, side by side), and prints one
Markdown table per half plus the whole corpus. ``--misses`` lists, per half, the pages whose title or date
the first extractor got wrong (what was expected, what came out): the view used while tuning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from harness.capture import cassette
from harness.capture.cassette import CassetteRef
from harness.capture.importer import import_dir
from harness.config import HarnessConfig
from harness.model import RunResult
from harness.regression import compare

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("HARNESS_CORPUS", REPO.parent / "shared" / "corpus"))
HALVES = ("A", "B")


def half_of(site: str) -> str:
    """``A`` or ``B``: fixed per site, independent of which other sites are in the corpus."""
    return HALVES[hashlib.sha256(site.encode("utf-8")).digest()[0] % 2]


def split(refs: Sequence[CassetteRef]) -> dict[str, list[CassetteRef]]:
    out: dict[str, list[CassetteRef]] = {"A": [], "B": [], "all": list(refs)}
    for ref in refs:
        out[half_of(ref.site)].append(ref)
    return out


def import_corpus(corpus: Path, out: Path) -> list[CassetteRef]:
    for source in sorted(p for p in corpus.iterdir() if p.is_dir()):
        import_dir(source, out)
    return cassette.discover(out)


def _cell(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def table(rows: Sequence[compare.ExtractorScore]) -> str:
    head = (
        "extractor",
        "pages",
        "body F1 shingles",
        "body F1 tokens",
        "title norm.",
        "title exact",
        "date",
        "ms/page",
    )
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for row in rows:
        m = row.metrics
        lines.append(
            f"| {row.extractor} | {row.pages} | {_cell(m.get('body_shingle_f1'))}"
            f" | {_cell(m.get('body_token_f1'))}"
            f" | {_cell(m.get('title_accuracy_normalised'))} | {_cell(m.get('title_accuracy'))}"
            f" | {_cell(m.get('date_accuracy'))} | {_cell(row.ms_per_page, 1)} |"
        )
    return "\n".join(lines)


BODY_MISS = 0.9  # a page whose body shingle F1 is under this is listed as a body miss


def misses(run: RunResult) -> list[str]:
    """One line per wrong title or date: ``site/slug  field  expected -> actual``."""
    out: list[str] = []
    for page in run.pages:
        q: Mapping[str, Any] = page.quality or {}
        title = q.get("title")
        if title and not title["normalised"]:
            out.append(f"{page.id}  title  {title['expected']!r} -> {title['actual']!r}")
        date = q.get("published")
        if date and not date["match"]:
            out.append(f"{page.id}  date   {date['expected']!r} -> {date['actual']!r}")
        shingle = (q.get("body") or {}).get("shingle") or {}
        if shingle.get("f1", 1.0) < BODY_MISS:
            out.append(f"{page.id}  body   P {shingle['precision']:.2f} R {shingle['recall']:.2f}")
        snippets = q.get("snippets") or {}
        for text in (snippets.get("must_contain") or {}).get("missing", []):
            out.append(f"{page.id}  lost   {text[:90]!r}")
        for text in (snippets.get("must_not_contain") or {}).get("found", []):
            out.append(f"{page.id}  kept   {text[:90]!r}")
    return out


def interleaved_ms(names: Sequence[str], refs: Sequence[CassetteRef], rounds: int = 1) -> dict[str, float]:
    """Mean ms/page of each extractor, parse included, the extractors taking turns page by page.

    The runner's ms/page times each extractor's run one after the other; on a shared machine the load
    changes between runs. Taking turns on every page exposes all of them to the same load.
    """
    from harness.extractors import registry
    from harness.page import Page

    extractors = {name: registry.get(name) for name in names}
    spent = dict.fromkeys(names, 0.0)
    count = 0
    for turn in range(rounds):
        for i, ref in enumerate(refs):
            response = cassette.load(ref.path).primary_response()
            order = list(names[(i + turn) % len(names) :]) + list(names[: (i + turn) % len(names)])
            for name in order:
                page = Page(response, ref.site, ref.id)
                start = time.perf_counter()
                extractors[name].extract(page)
                spent[name] += time.perf_counter() - start
            count += 1
    return {name: round(1000 * spent[name] / max(count, 1), 1) for name in names}


def run_half(
    cfg: HarnessConfig,
    names: Sequence[str],
    refs: Sequence[CassetteRef],
    label: str,
) -> tuple[compare.Comparison, dict[str, RunResult]]:
    return compare.compare_extractors(cfg, names, refs, source=f"shared corpus, half {label}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("-e", "--extractor", action="append", dest="extractors")
    ap.add_argument("--half", choices=("A", "B", "all"), action="append", dest="halves")
    ap.add_argument(
        "--misses", action="store_true", help="list wrong titles and dates of the first extractor"
    )
    ap.add_argument(
        "--speed",
        action="store_true",
        help="also time the extractors taking turns page by page (parse included)",
    )
    ap.add_argument("--json", type=Path, help="write every row of every half as JSON here")
    args = ap.parse_args(argv)
    names = args.extractors or ["generic", "trafilatura", "readability"]
    halves = args.halves or ["A", "B", "all"]
    if not args.corpus.is_dir():
        ap.error(f"corpus folder not found: {args.corpus}")
    dump: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="quality-split-") as tmp:
        out = Path(tmp) / "cassettes"
        parts = split(import_corpus(args.corpus, out))
        cfg = HarnessConfig(root=Path(tmp))
        for label in halves:
            comparison, runs = run_half(cfg, names, parts[label], label)
            sites = len({r.site for r in parts[label]})
            print(f"\n### half {label}: {len(parts[label])} pages, {sites} sites\n")
            print(table(comparison.rows))
            if args.misses and names[0] in runs:
                print("\n" + "\n".join(misses(runs[names[0]])))
            dump[label] = comparison.to_dict()
            if args.speed:
                dump[label]["interleaved_ms_per_page"] = print_speed(comparison, parts[label])
    if args.json:
        args.json.write_text(json.dumps(dump, indent=2, default=str), "utf-8")
    return 0


def print_speed(comparison: Any, pages: Sequence[CassetteRef]) -> dict[str, float]:
    """ms/page of the extractors that ran, taking turns page by page on ``pages``; printed and returned."""
    speed = interleaved_ms([r.extractor for r in comparison.rows if not r.skipped], pages)
    print("\nms/page, taking turns: " + ", ".join(f"{k} {v}" for k, v in speed.items()))
    return speed


if __name__ == "__main__":
    sys.exit(main())
