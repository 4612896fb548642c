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
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from harness import runner
from harness.capture import cassette
from harness.capture.cassette import CassetteRef
from harness.capture.importer import import_dir
from harness.config import HarnessConfig
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
    head = ("extractor", "pages", "body F1 shingles", "body F1 tokens", "title norm.", "title exact", "date",
            "ms/page")
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


def misses(run: runner.RunResult) -> list[str]:
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
    return out


def run_half(cfg: HarnessConfig, names: Sequence[str], refs: Sequence[CassetteRef], label: str,
             ) -> tuple[compare.Comparison, dict[str, runner.RunResult]]:
    return compare.compare_extractors(cfg, names, refs, source=f"shared corpus, half {label}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("-e", "--extractor", action="append", dest="extractors")
    ap.add_argument("--half", choices=("A", "B", "all"), action="append", dest="halves")
    ap.add_argument("--misses", action="store_true",
                    help="list wrong titles and dates of the first extractor")
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
    if args.json:
        args.json.write_text(json.dumps(dump, indent=2, default=str), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
