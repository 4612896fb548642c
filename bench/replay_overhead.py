"""What does the harness cost on top of the extractor, as the user waits for it? Run on demand:

    python bench/replay_overhead.py [--corpus ../shared/corpus] [--runs 3] [--sizes 197,1000]

Imports the shared corpus into a temporary folder (and, for larger sizes, imports it again under other site
names until there are enough pages), then times whole processes, alternating, ``--runs`` times each:

* the bare loop: one Python process that reads the same HTML files and calls the extractor on each;
* ``harness run --jobs 1`` and ``harness run`` with default settings: replay under vcrpy with the network
  guard, schema validation, page and dataset checks, approvals, quality, results and report;
* ``harness run`` on one cassette: the fixed cost a user pays for any run (goal: under 1 s).

It prints medians of wall time and of CPU time (the whole process tree's), the wall ratio to the bare loop,
the peak memory of each process tree (summed over its processes, sampled from /proc) and the machine's load
average while it ran: on a shared machine compare the ratios, measured side by side, not the seconds. A
second table breaks one in-process run down by stage, the dataset stage with each engine.
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
from typing import Any

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


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall time, CPU time of the tree and peak tree memory (MiB) of one process
    (``bench.check_scale.measure``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.check_scale import measure

    wall, cpu, peak, code = measure(cmd, cwd)
    if code not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd[:3])} ...")
    return wall, cpu, peak // 2**20


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


def _stages(refs: list[Any], ctx: Any) -> tuple[dict[str, float], list[Any]]:
    """Seconds per stage over ``refs``, in this process (the worker's half, then the runner's half)."""
    from harness import runner
    from harness.capture import cassette
    from harness.regression import approve, quality

    stages = dict.fromkeys(("load", "extract", "validate+checks", "approval", "quality"), 0.0)
    pages = []
    for ref in refs:
        t0 = time.perf_counter()
        cassette.load(ref.path)
        t1 = time.perf_counter()
        done = runner.extract_stage(ref, ctx)  # loads again: its load is taken off below
        t2 = time.perf_counter()
        truth = runner.load_truth(ref)
        if done.page is not None and done.record is not None:
            runner.check_record(done.record, done.page, ctx, truth)
        t3 = time.perf_counter()
        approve.compare(done.record, ref.approved_path, ctx.compare_settings)
        t4 = time.perf_counter()
        if truth is not None:
            quality.score(done.record, truth)
        t5 = time.perf_counter()
        times = (t1 - t0, t2 - t1 - (t1 - t0), t3 - t2, t4 - t3, t5 - t4)
        for name, dt in zip(stages, times, strict=True):
            stages[name] += dt
        pages.append(runner.finish_page(done, ctx))
    return stages, pages


def breakdown(cassettes: Path, extractor: str, reports: Path) -> None:
    """One in-process run, stage by stage (the functions :mod:`harness.parallel` calls)."""
    from harness import checks, runner
    from harness.capture import cassette
    from harness.config import HarnessConfig
    from harness.results import write_run

    ctx = runner.make_context(HarnessConfig(root=reports.parent), extractor)
    refs = cassette.discover(cassettes)
    stages, pages = _stages(refs, ctx)
    dataset = {}
    for engine in ("python", "gx"):
        t0 = time.perf_counter()
        if engine == "gx":
            from harness.checks.gx import gx_module

            gx_module()
        t1 = time.perf_counter()
        checks.dataset_findings(pages, ctx.check_settings, engine=engine)
        dataset[engine] = (t1 - t0, time.perf_counter() - t1)
    t0 = time.perf_counter()
    run = runner.finish_run(pages, ctx, started_at=runner.utcnow(), source=str(cassettes))
    t1 = time.perf_counter()
    write_run(run, reports)
    t2 = time.perf_counter()
    n = len(refs)
    print(f"\nin-process stages, {n} pages (ms/page; one-time costs in s):")
    for name, total in stages.items():
        where = "worker" if name in ("load", "extract") else "runner"
        print(f"  {name:<22} {1000 * total / n:7.2f} ms/page  ({where})")
    print(f"  {'dataset, python':<22} {dataset['python'][1]:7.2f} s")
    print(f"  {'dataset, gx':<22} {dataset['gx'][1]:7.2f} s (plus {dataset['gx'][0]:.2f} s importing GX)")
    print(f"  {'finish_run (default)':<22} {t1 - t0:7.2f} s")
    print(f"  {'results + report':<22} {t2 - t1:7.2f} s")


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _print(n: int, name: str, runs: list[tuple[float, float, int]], bare: float) -> None:
    wall = statistics.median(w for w, _, _ in runs)
    cpu = statistics.median(c for _, c, _ in runs)
    peak = max(p for _, _, p in runs)
    ratio = f"{wall / bare:>7.2f}x" if bare else f"{'':>8}"
    print(f"{n:>6} {name:<28} {wall:>9.2f} s {cpu:>7.2f} s {ratio} {peak:>9}", flush=True)


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
    quiet = ["--exit-zero", "-q", "-e", args.extractor]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        script = work / "bare.py"
        script.write_text(BARE_LOOP)
        print(f"load average before: {_load()}")
        print(f"{'pages':>6} {'command':<28} {'wall':>11} {'CPU':>9} {'vs bare':>8} {'peak MiB':>9}")
        for size in (int(s) for s in args.sizes.split(",")):
            cassettes, listing = build(args.corpus, work, size)
            n = sum(1 for _ in cassettes.rglob("*.yaml"))
            commands = {
                "bare loop": [sys.executable, str(script), args.extractor, str(listing)],
                "harness run --jobs 1": [harness, "run", str(cassettes), "--jobs", "1"],
                "harness run (defaults)": [harness, "run", str(cassettes)],
            }
            for argv in list(commands.values())[1:]:
                argv += [*quiet, "--reports", str(work / "reports")]
            samples: dict[str, list[tuple[float, float, int]]] = {k: [] for k in commands}
            for _ in range(args.runs):  # alternate, so load on the machine hits every command alike
                for name, argv in commands.items():
                    samples[name].append(timed(argv, work))
            bare = statistics.median(w for w, _, _ in samples["bare loop"])
            for name, runs in samples.items():
                _print(n, name, runs, bare)
        one = next(
            iter(
                sorted(
                    (work / "cassettes-197" if (work / "cassettes-197").exists() else cassettes).rglob(
                        "*.yaml"
                    )
                )
            )
        )
        argv = [harness, "run", str(one), *quiet, "--reports", str(work / "reports-one")]
        _print(1, "harness run (one cassette)", [timed(argv, work) for _ in range(args.runs)], 0.0)
        print(f"load average after: {_load()}")
        breakdown(
            work / "cassettes-197" if (work / "cassettes-197").exists() else cassettes,
            args.extractor,
            work / "reports-breakdown",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
