"""How ``harness check`` scales: records per second and peak memory for N records, per engine.

    HARNESS_CORPUS=../shared/corpus python bench/check_scale.py                  # 10k, 100k, 1M
    python bench/check_scale.py --sizes 10000,100000 --engines local1,local2,spark

Records are generated at run time from the shared corpus' ground truth (bench/scale_data.py; nothing derived
from the corpus is committed) into bench/out/ (git-ignored). Each configuration runs ``harness check`` as a
child process; peak memory is the largest sum of the proportional set sizes (PSS: shared pages split among
the processes sharing them) of that process and all its descendants (workers, the Spark JVM), sampled from
/proc every 0.2 s, so it is a whole-run figure. CPU seconds are the whole tree's user + system time,
the Spark JVM's included (see :func:`measure`). The
load average is printed with each row: timings on a shared machine are only comparable within one run.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import scale_data  # noqa: E402

ENGINES = {
    "local1": ["--engine", "local", "--jobs", "1"],
    "local2": ["--engine", "local", "--jobs", "2"],
    "spark": ["--engine", "spark", "--spark-master", "local[2]"],
}


def _tree(root: int) -> tuple[int, float]:
    """(memory bytes, CPU seconds) of ``root`` and its descendants (Linux /proc).

    Memory is the sum of PSS (RSS where PSS cannot be read). CPU is each live process's user + system
    time plus that of its children it has waited for (``cutime`` + ``cstime``): a dead process is counted
    once, in the parent that reaped it, a live one in itself."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    cpu: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            statm = Path(f"/proc/{entry}/statm").read_text().split()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(statm[1]) * os.sysconf("SC_PAGE_SIZE")
        cpu[int(entry)] = sum(int(f) for f in fields[11:15]) / tick  # utime stime cutime cstime
    total, seconds, todo = 0, 0.0, [root]
    while todo:
        pid = todo.pop()
        total += _pss(pid) or rss.get(pid, 0)
        seconds += cpu.get(pid, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total, seconds


def _pss(pid: int) -> int:
    """Proportional set size: pages shared by forked workers are counted once across the tree, not per
    process (a plain RSS sum counts the parent's Great Expectations import once per worker)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds of the whole tree, peak tree memory bytes, exit code) of ``cmd``.

    CPU is the larger of two counts: the kernel's rusage of the waited-for children (the command and every
    descendant reaped along the way: exact, but blind to a process nobody waits for, such as a JVM left to
    exit on its own) and the last /proc sample of the live tree (:func:`_tree`, every 0.2 s: sees the JVM,
    misses at most the last interval)."""
    start, cpu = time.perf_counter(), _cpu()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak, sampled = 0, 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, sampled
        while not done.is_set():
            memory, seconds = _tree(proc.pid)
            peak, sampled = max(peak, memory), max(sampled, seconds)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        log = ROOT / "bench" / "out" / f"failed-{os.getpid()}-{int(time.time())}.stderr"
        log.write_text(err, encoding="utf-8")  # the whole of it: a JVM's first error is far from its last
        print(err[-2000:] + f"\n(all of it: {log})", file=sys.stderr)
    return time.perf_counter() - start, max(_cpu() - cpu, sampled), peak, proc.returncode


def _env(engine: str) -> dict[str, str]:
    """Spark local mode runs its executors in the driver's JVM: 1 GB (the default) ran out of heap at
    100,000 records, 4 GB did not. ``PYSPARK_SUBMIT_ARGS`` set by the caller wins."""
    env = dict(os.environ)
    if engine == "spark":
        env.setdefault("PYSPARK_SUBMIT_ARGS", "--driver-memory 4g pyspark-shell")
    return env


def _report_mb(reports: Path, name: str = "index.html") -> str:
    """Size of the run's report (``index.html``) or other file in MB, or ``-`` when the run wrote none."""
    found = sorted(reports.glob(f"*/{name}"))
    return f"{found[-1].stat().st_size / 2**20:.2f}" if found else "-"


def _sizes(text: str) -> list[int]:
    """``10000,100000`` or ``10k,1M``."""
    scale = {"k": 1_000, "m": 1_000_000}
    out = []
    for part in filter(None, text.lower().replace("_", "").split(",")):
        mult = scale.get(part[-1], 1)
        out.append(int(float(part[:-1] if mult > 1 else part) * mult))
    return out


def _engines(text: str) -> list[str]:
    names = [e for e in text.split(",") if e]
    bad = [e for e in names if e not in ENGINES]
    if bad:
        raise argparse.ArgumentTypeError(
            f"unknown engine {bad[0]!r}; available: {', '.join(sorted(ENGINES))}"
        )
    return names


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=_sizes, nargs="+", default=[[10_000, 100_000, 1_000_000]])
    ap.add_argument("--engines", type=_engines, nargs="+", default=[["local1", "local2", "spark"]])
    ap.add_argument("--sites", type=int, default=50)
    corpus = os.environ.get("HARNESS_CORPUS", ROOT.parent / "shared" / "corpus")
    ap.add_argument("--corpus", type=Path, default=Path(corpus))
    ap.add_argument("--limit", type=int, default=1000, help="harness check --limit (default: table mode)")
    args = ap.parse_args()
    args.sizes = [n for group in args.sizes for n in group]
    args.engines = [e for group in args.engines for e in group]
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    harness = [sys.executable, "-m", "harness"]
    cols = ["records", "engine", "seconds", "records/s", "CPU s", "CPU ms/record", "peak MB (tree)"]
    cols += ["report MB", "results.json MB"]
    print("| " + " | ".join([*cols, "load"]) + " |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in args.sizes:
        data = out / f"scale-{n}.jsonl"
        if not data.exists():
            scale_data.write_jsonl(args.corpus, n, data, sites=args.sites)
        for engine in args.engines:
            with tempfile.TemporaryDirectory() as tmp:
                (Path(tmp) / "pyproject.toml").write_text('[tool.harness]\nreports = "r"\n', encoding="utf-8")
                options = [*ENGINES[engine], "--limit", str(args.limit), "-q", "--exit-zero"]
                cmd = [*harness, "check", str(data), *options]
                seconds, cpu, peak, code = measure(cmd, Path(tmp), _env(engine))
                report = _report_mb(Path(tmp) / "r")
                results = _report_mb(Path(tmp) / "r", "results.json")
            load = os.getloadavg()[0]
            status = "" if code in (0, 1) else f" (exit {code})"
            row = [f"{n:,}", engine + status, f"{seconds:.1f}", f"{n / seconds:,.0f}", f"{cpu:.0f}"]
            row += [f"{cpu * 1000 / n:.2f}", f"{peak / 2**20:,.0f}", report, results]
            print("| " + " | ".join([*row, f"{load:.1f}"]) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
