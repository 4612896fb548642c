"""What does the harness cost on top of the extractor, as the user waits for it? Run on demand:

    python bench/replay_overhead.py [--corpus ../shared/corpus] [--runs 3] [--sizes 197,1000]

Imports the shared corpus into a temporary folder (and, for larger sizes, imports it again under other site
names until there are enough pages), then times whole processes, alternating, ``--runs`` times each:

* the bare loop: one Python process that reads the same HTML files and calls the extractor on each;
* ``harness run --jobs 1`` and ``harness run`` with default settings: replay under vcrpy with the network
  guard, schema validation, page and dataset checks, approvals, quality, results and report.

It prints medians, the ratio to the bare loop and the peak memory of each process tree (summed over its
processes, sampled from /proc). A second table breaks one in-process run down by stage.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BARE_LOOP = r"""
import sys, json
from pathlib import Path
from harness.extractors import registry
from harness.page import Page, RecordedResponse
from harness.paths import site_for_url
extractor = registry.get(sys.argv[1])
items = json.loads(Path(sys.argv[2]).read_text())
for i, (path, url) in enumerate(items):
    body = Path(path).read_bytes()
    response = RecordedResponse(url=url, status=200, headers={"Content-Type": "text/html"}, body=body)
    site = site_for_url(url)
    extractor.extract(Page(response, site, f"{site}/{i}"))
"""


def timed(cmd: list[str], cwd: Path) -> tuple[float, int, int]:
    """Wall time, peak tree memory (MiB) and exit code of one process (``bench.check_scale.measure``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.check_scale import measure

    wall, _cpu, peak, code = measure(cmd, cwd)
    if code not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd[:3])} ...")
    return wall, peak // 2**20, code


def build(corpus: Path, work: Path, size: int) -> tuple[Path, Path]:
    """A cassette folder of ``size`` pages and the bare loop's list of (html file, url)."""
    from harness.capture.importer import import_dir

    base = work / "base"
    if not base.exists():
        for source in sorted(p for p in corpus.iterdir() if p.is_dir()):
            import_dir(source, base)
    originals: list[tuple[str, str]] = []
    for source in sorted(p for p in corpus.iterdir() if p.is_dir()):
        for html in sorted(source.glob("*.html")):
            truth = json.loads(html.with_suffix(".json").read_text())
            originals.append((str(html), truth.get("url") or f"https://{source.name}.example/{html.stem}"))
    out = work / f"cassettes-{size}"
    sites = sorted(p for p in base.iterdir() if p.is_dir())
    items: list[tuple[str, str]] = []
    copy = 0
    while len(items) < size:
        for site in sites:
            target = out / (site.name if copy == 0 else f"copy{copy}.{site.name}")
            shutil.copytree(site, target)
        items.extend(originals)
        copy += 1
    listing = work / f"bare-{size}.json"
    listing.write_text(json.dumps(items))
    return out, listing


def breakdown(cassettes: Path, extractor: str, reports: Path) -> None:
    """One in-process run, stage by stage (the same functions :func:`harness.runner.replay_page` calls)."""
    from harness import runner
    from harness.capture import cassette
    from harness.config import HarnessConfig
    from harness.page import Page
    from harness.regression import approve, quality
    from harness.results import write_run

    ctx = runner.make_context(HarnessConfig(root=reports.parent), extractor)
    refs = cassette.discover(cassettes)
    stages = dict.fromkeys(("load", "extract", "validate+checks", "approval", "quality"), 0.0)
    pages = []
    for ref in refs:
        t0 = time.perf_counter()
        loaded = cassette.load(ref.path)
        page = Page(loaded.primary_response(), ref.site, ref.id)
        t1 = time.perf_counter()
        record, _ = runner.extract_page(page, ctx.extractor, loaded, ctx.scrubber, 0)
        t2 = time.perf_counter()
        if record is not None:
            runner.check_record(record, page, ctx, runner.load_truth(ref))
        t3 = time.perf_counter()
        approve.compare(record, ref.approved_path, ctx.compare_settings)
        t4 = time.perf_counter()
        truth = runner.load_truth(ref)
        if truth is not None:
            quality.score(record, truth)
        t5 = time.perf_counter()
        for name, dt in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            stages[name] += dt
        pages.append(runner.replay_page(ref, ctx))
    t0 = time.perf_counter()
    if ctx.check_settings.needs_gx:
        from harness.checks.gx import gx_module

        gx_module()
    t1 = time.perf_counter()
    run = runner.finish_run(pages, ctx, started_at=runner.utcnow(), source=str(cassettes))
    t2 = time.perf_counter()
    write_run(run, reports)
    t3 = time.perf_counter()
    n = len(refs)
    print(f"\nin-process stages, {n} pages (ms/page; one-time costs in s):")
    for name, total in stages.items():
        print(f"  {name:<18} {1000 * total / n:7.2f} ms/page")
    print(f"  {'dataset + summary':<18} {t2 - t1:7.2f} s (imports included: {t1 - t0:.2f} s before)")
    print(f"  {'results + report':<18} {t3 - t2:7.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    here = Path(__file__).resolve().parents[2]
    default = os.environ.get("HARNESS_CORPUS") or str(here / "shared" / "corpus")
    parser.add_argument("--corpus", type=Path, default=Path(default))
    parser.add_argument("--extractor", default="generic")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="197,1000", help="page counts, comma-separated")
    args = parser.parse_args()
    args.corpus = args.corpus.resolve()  # the timed processes run in a temporary folder
    if not (args.corpus / "manifest.json").is_file():
        parser.error(f"no corpus at {args.corpus} (set HARNESS_CORPUS or --corpus)")
    harness = str(Path(sys.executable).with_name("harness"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        script = work / "bare.py"
        script.write_text(BARE_LOOP)
        print(f"{'pages':>6} {'command':<28} {'wall (median)':>13} {'vs bare':>8} {'peak MiB':>9}")
        for size in (int(s) for s in args.sizes.split(",")):
            cassettes, listing = build(args.corpus, work, size)
            n = sum(1 for _ in cassettes.rglob("*.yaml"))
            commands = {
                "bare loop": [sys.executable, str(script), args.extractor, str(listing)],
                "harness run --jobs 1": [harness, "run", str(cassettes), "-e", args.extractor, "--jobs", "1"],
                "harness run (defaults)": [harness, "run", str(cassettes), "-e", args.extractor],
            }
            for argv in list(commands.values())[1:]:
                argv += ["--exit-zero", "-q", "--reports", str(work / "reports")]
            samples: dict[str, list[tuple[float, int]]] = {k: [] for k in commands}
            for _ in range(args.runs):  # alternate, so load on the machine hits every command alike
                for name, argv in commands.items():
                    wall, peak, _ = timed(argv, work)
                    samples[name].append((wall, peak))
            bare = statistics.median(w for w, _ in samples["bare loop"])
            for name, runs in samples.items():
                wall = statistics.median(w for w, _ in runs)
                peak = max(p for _, p in runs)
                print(f"{n:>6} {name:<28} {wall:>11.2f} s {wall / bare:>7.2f}x {peak:>9}")
        breakdown(
            work / "cassettes-197" if (work / "cassettes-197").exists() else cassettes,
            args.extractor,
            work / "reports-breakdown",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
