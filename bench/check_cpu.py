"""CPU per record of the in-process engine's two passes, without the start: ``--jobs 1`` by default.

    HARNESS_CORPUS=../shared/corpus python bench/check_cpu.py                 # 12,000 generated records
    HARNESS_CORPUS=../shared/corpus python bench/check_cpu.py --records 4000 --rounds 3
    HARNESS_CORPUS=../shared/corpus python bench/check_cpu.py --jobs 2        # parent + workers, per record
    HARNESS_CORPUS=../shared/corpus python bench/check_cpu.py --distinct      # no line seen twice
    HARNESS_CORPUS=../shared/corpus python bench/check_cpu.py --extracted     # generic's real output

With ``--jobs 2`` the per-pass split is not known (the passes run in the workers): it prints the parent's
CPU and the workers' (reaped children, ``RUSAGE_CHILDREN``) per record, and their sum, which is what
records per second on a machine of that many free cores comes to (1000 / sum, times the cores).

Great Expectations is imported before the clock starts, so the figures are per record only (the start,
about 5 s, is what ``bench/check_scale.py`` adds). Prints process CPU ms per record for the whole run and
for each pass, and a digest of every finding (the table's rows, sorted, and the run-level findings): to
compare two versions, run this once with each (``PYTHONPATH=<other checkout>`` selects the other code) and
check the digests are equal. Data is generated into ``bench/out/`` (git-ignored) as in
``bench/check_scale.py``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: PYTHONPATH=<other checkout> selects the harness to measure

from bench import scale_data  # noqa: E402


def _timed(module: Any, name: str, spent: dict[str, float]) -> None:
    fn = getattr(module, name)

    def timed(chunk: Any) -> Any:
        start = time.process_time()
        try:
            return fn(chunk)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start

    setattr(module, name, timed)


def _cpu(who: int) -> float:
    use = resource.getrusage(who)
    return use.ru_utime + use.ru_stime


def one_round(data: Path, n: int, jobs: int = 1) -> str:
    import harness
    from harness.config import load_config
    from harness.runner import RunContext
    from harness.scale import local, work

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
        ctx = RunContext(load_config(config_file=Path(tmp) / "pyproject.toml"), None).prepare()
        spent: dict[str, float] = {}
        for name in ("sketch_chunk", "check_chunk") if jobs == 1 else ():  # workers cannot report them
            _timed(work, name, spent)
        start, children = time.process_time(), _cpu(resource.RUSAGE_CHILDREN)
        run = local.run_local(data, ctx, jobs=jobs, folder=Path(tmp) / "out", limit=1000)
        total = time.process_time() - start
        workers = _cpu(resource.RUSAGE_CHILDREN) - children
        assert run.sink is not None
        # the rows sorted: a version that writes the same findings in another order has the same digest
        table = b"\n".join(sorted(gzip.decompress(run.sink.close().read_bytes()).split(b"\n")))
        found = repr([(f.check, f.severity, f.field, f.message, f.excerpt) for f in run.run_findings])
    digest = hashlib.sha256(table + found.encode()).hexdigest()[:16]
    per = ", ".join(f"{k} {v * 1000 / n:.3f}" for k, v in spent.items())
    where = Path(harness.__file__).parent.parent
    if jobs > 1:
        ms = (total + workers) * 1000 / n
        per = f"parent {total * 1000 / n:.3f}, workers {workers * 1000 / n:.3f}"
        return f"{where} | --jobs {jobs} | {ms:.3f} ms/record ({per}) | {digest}"
    return f"{where} | {total * 1000 / n:.3f} ms/record ({per}) | {digest}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=12_000)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument(
        "--distinct", action="store_true", help="records whose lines all differ (no line seen twice)"
    )
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

    gx.gx_module()  # its import is the start, not a record's cost
    for _ in range(args.rounds):
        print(one_round(data, args.records, args.jobs), f"| load {os.getloadavg()[0]:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
