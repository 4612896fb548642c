"""What does the harness cost on top of the extractor, as the user waits for it? Re-run on an idle machine:

    python bench/replay_overhead.py [--corpus ../shared/corpus] [--rounds 3] [--sizes 197,1000]

Imports the shared corpus into a temporary folder (and, for larger sizes, imports it again under other site
names until there are enough pages), then times whole processes, alternating, ``--rounds`` times each:

* the bare loop: one Python process that reads the same HTML files and calls the extractor on each;
* ``harness run --jobs 1`` and ``harness run`` with default settings: replay with the network guard,
  schema validation, page and dataset checks, approvals, quality, results and report;
* ``harness run`` on one cassette: the fixed cost a user pays for any run (goal: under 1 s).

The harness keeps each cassette's parse between runs (:mod:`harness.capture.parsed`); round 0 fills that
cache as it warms the file cache, and the ``cold`` row runs the defaults with an empty one each time (the
first run over new cassettes, which also fills it).

Every timed process gets the same Python: bytecode cached in the temporary folder (``PYTHONPYCACHEPREFIX``,
as a pip install has it even where ``PYTHONDONTWRITEBYTECODE`` is set) and one untimed warm-up run of each
command first. It prints medians of wall time and of CPU time (user + system of the whole process tree,
``RUSAGE_CHILDREN``), both as ratios to the bare loop's, and the peak memory of the process tree: the sum
of its processes' PSS (proportional set size: a page a forked worker shares with the runner counts once,
split between them) and, for comparison, the sum of their RSS (which counts shared pages in every process),
sampled from /proc every 50 ms in one more run of each command, whose times are not counted (sampling slows
the process it reads, see :func:`timed`). On a shared machine compare the ratios, measured side by side,
not the seconds. A second table breaks one in-process run down by stage.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
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


def _tree(root: int) -> tuple[int, int]:
    """(PSS, RSS) bytes of ``root`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    pss = rss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith(("Pss:", "Rss:")):
                    kb = int(line.split()[1]) * 1024
                    pss, rss = (pss + kb, rss) if line.startswith("Pss:") else (pss, rss + kb)
        except (OSError, ValueError):
            continue
    return pss, rss


def timed(
    cmd: list[str], cwd: Path, *, memory: bool = False, env: dict[str, str] | None = None
) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds of the whole tree, and with ``memory`` its peak PSS and RSS (MiB, else 0).

    Memory is sampled only when asked, in runs whose times are not counted: reading a process's
    ``smaps_rollup`` walks its page tables under its memory-map lock, which stalls the process's own
    ``mmap``/``munmap`` meanwhile. Sampled every 50 ms, it made ``harness run`` (three processes, each
    allocating and freeing page-sized buffers) 6-8% slower and the bare loop (one process) under 1% slower:
    1,182 pages, two rounds, 0.766x and 0.776x sampled against 0.721x and 0.711x unsampled, side by side."""
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            pss, rss = _tree(proc.pid)
            peak[:] = max(peak[0], pss), max(peak[1], rss)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if memory:
        sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    if memory:
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        raise SystemExit(
            f"benchmark command failed ({proc.returncode}): {' '.join(cmd[:3])} ...\n{err[-2000:]}"
        )
    return wall, cpu, peak[0] // 2**20, peak[1] // 2**20


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
        where = "worker" if name in ("load", "extract") else "worker; the runner's with --jobs 1"
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


Sample = tuple[float, float, int, int]  # wall s, CPU s, peak PSS MiB, peak RSS MiB


def _print(n: int, name: str, runs: list[Sample], bare: Sample | None) -> None:
    wall, cpu, pss, rss = _medians(runs)
    ratios = ""
    if bare is not None:
        ratios = f"{wall / bare[0]:>6.2f}x {cpu / bare[1]:>6.2f}x {pss / bare[2]:>6.2f}x"
    print(f"{n:>6} {name:<26} {wall:>7.2f} s {cpu:>7.2f} s {pss:>5} {rss:>5}  {ratios}", flush=True)


def _medians(runs: list[Sample]) -> Sample:
    wall, cpu = (statistics.median(r[i] for r in runs) for i in range(2))
    return wall, cpu, max(r[2] for r in runs), max(r[3] for r in runs)


def _python_env(work: Path) -> None:
    """Bytecode cached in ``work`` for every timed process, as a pip install has it (see the module doc)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    # parsed cassettes kept between runs (harness.capture.parsed): in the temporary folder, warmed by round
    # 0 as the file cache is; the "cold" rows start each run from an empty one
    os.environ["HARNESS_CACHE_DIR"] = str(work / "parsed")


def _cold(work: Path) -> dict[str, str]:
    """The environment of a run whose cassettes were never parsed before (an empty cache folder)."""
    folder = work / "parsed-cold"
    shutil.rmtree(folder, ignore_errors=True)
    return {**os.environ, "HARNESS_CACHE_DIR": str(folder)}


def _compare(work: Path, size: int, args: argparse.Namespace, script: Path, harness: str) -> Path:
    """Time the bare loop and ``harness run`` on ``size`` pages, alternating; print one row each."""
    cassettes, listing = build(args.corpus, work, size)
    n = sum(1 for _ in cassettes.rglob("*.yaml"))
    quiet = ["--exit-zero", "-q", "-e", args.extractor, "--reports", str(work / "reports")]
    commands = {
        "bare loop": [sys.executable, str(script), args.extractor, str(listing)],
        "harness run --jobs 1": [harness, "run", str(cassettes), "--jobs", "1", *quiet],
        "harness run (defaults)": [harness, "run", str(cassettes), *quiet],
        "harness run (defaults, cold)": [harness, "run", str(cassettes), *quiet],
    }
    samples: dict[str, list[Sample]] = {k: [] for k in commands}
    peaks: dict[str, list[Sample]] = {k: [] for k in commands}
    for rnd in range(args.rounds + 2):  # alternate, so load on the machine hits every command alike
        for name, argv in commands.items():
            # round 0 warms the bytecode and file caches, the last one samples memory (see timed())
            env = _cold(work) if name.endswith("cold)") else None
            sample = timed(argv, work, memory=rnd == args.rounds + 1, env=env)
            if rnd == args.rounds + 1:
                peaks[name].append(sample)
            elif rnd:
                samples[name].append(sample)
    merged = {k: [(*t[:2], *_peak(peaks[k])) for t in runs] for k, runs in samples.items()}
    bare = _medians(merged["bare loop"])
    for name, runs in merged.items():
        _print(n, name, runs, bare)
    return cassettes


def _peak(runs: list[Sample]) -> tuple[int, int]:
    return max(r[2] for r in runs), max(r[3] for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    here = Path(__file__).resolve().parents[2]
    default = os.environ.get("HARNESS_CORPUS") or str(here / "shared" / "corpus")
    parser.add_argument("--corpus", type=Path, default=Path(default))
    parser.add_argument("--extractor", default="generic")
    parser.add_argument("--rounds", "--runs", type=int, default=3, help="timed runs of each command")
    parser.add_argument("--sizes", default="197,1000", help="page counts, comma-separated")
    parser.add_argument("--no-breakdown", action="store_true", help="skip the in-process table")
    args = parser.parse_args()
    args.corpus = args.corpus.resolve()  # the timed processes run in a temporary folder
    if not (args.corpus / "manifest.json").is_file():
        parser.error(f"no corpus at {args.corpus} (set HARNESS_CORPUS or --corpus)")
    harness = str(Path(sys.executable).with_name("harness"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _python_env(work)
        script = work / "bare.py"
        script.write_text(BARE_LOOP)
        print(f"load average before: {_load()}; {os.cpu_count()} CPUs; medians of {args.rounds} rounds")
        print(
            f"{'pages':>6} {'command':<26} {'wall':>9} {'CPU':>9} {'PSS':>5} {'RSS':>5}  "
            f"{'wall':>7} {'CPU':>7} {'PSS':>7}  (peak MiB; ratios to the bare loop)"
        )
        first = None
        for size in (int(s) for s in args.sizes.split(",")):
            cassettes = _compare(work, size, args, script, harness)
            first = first or cassettes
        assert first is not None
        one = min(first.rglob("*.yaml"))
        argv = [harness, "run", str(one), "--exit-zero", "-q", "-e", args.extractor]
        argv += ["--reports", str(work / "reports-one")]
        runs = [timed(argv, work) for _ in range(args.rounds + 1)][1:]
        peak = _peak([timed(argv, work, memory=True)])
        _print(1, "harness run (one cassette)", [(*r[:2], *peak) for r in runs], None)
        print(f"load average after: {_load()}")
        if not args.no_breakdown:
            breakdown(first, args.extractor, work / "reports-breakdown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
