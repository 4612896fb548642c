"""How much does the harness add on top of the extractor? Run on demand:

    python bench/replay_overhead.py [--corpus ../shared/corpus] [--extractor generic]

Imports the shared corpus into a temporary folder, then times (1) the extractor called in a bare loop on
the same page bytes and (2) a full ``harness run`` stage (replay under vcrpy with the network blocked,
schema validation, checks, comparison, dataset checks), in one process and in ``--jobs`` processes, and
prints the times and their ratios.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from harness import runner
from harness.capture import cassette
from harness.capture.importer import import_dir
from harness.config import HarnessConfig
from harness.page import Page


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    here = Path(__file__).resolve().parents[2]
    default = os.environ.get("HARNESS_CORPUS") or str(here / "shared" / "corpus")
    parser.add_argument("--corpus", type=Path, default=Path(default))
    parser.add_argument("--extractor", default="generic")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 2, help="processes for the parallel run"
    )
    args = parser.parse_args()
    if not (args.corpus / "manifest.json").is_file():
        parser.error(f"no corpus at {args.corpus} (set HARNESS_CORPUS or --corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cassettes"
        t0 = time.perf_counter()
        for source in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
            import_dir(source, out)
        t_import = time.perf_counter() - t0
        refs = cassette.discover(out)
        ctx = runner.make_context(HarnessConfig(root=Path(tmp)), args.extractor)
        pages = []
        for ref in refs:  # load outside the timed loop: the bare loop gets its bytes for free
            response = cassette.load(ref.path).primary_response()
            pages.append((response, ref))
        ctx.extractor.extract(Page(pages[0][0], pages[0][1].site, pages[0][1].id))  # warm imports
        t0 = time.perf_counter()
        for response, ref in pages:
            ctx.extractor.extract(Page(response, ref.site, ref.id))
        t_bare = time.perf_counter() - t0
        t0 = time.perf_counter()
        from harness.checks.gx import gx_module

        gx_module()  # a one-time cost per process; paid here so that both timed runs are alike
        t_gx = time.perf_counter() - t0
        cassette._cache.clear()
        t0 = time.perf_counter()
        run = runner.run(ctx, refs, source=str(out), jobs=1)
        t_run = time.perf_counter() - t0
        cassette._cache.clear()
        t0 = time.perf_counter()
        run2 = runner.run(ctx, refs, source=str(out), jobs=args.jobs)
        t_par = time.perf_counter() - t0
    n = len(refs)
    print(f"pages: {n} (imported in {t_import:.2f} s)")
    print(f"Great Expectations import (once per process, not in the times below): {t_gx:.2f} s")
    print(f"bare extractor loop:  {t_bare:6.2f} s  {1000 * t_bare / n:6.1f} ms/page")
    print(f"harness run (full):   {t_run:6.2f} s  {1000 * t_run / n:6.1f} ms/page")
    print(f"ratio harness/bare:   {t_run / t_bare:6.2f}x")
    print(
        f"harness run --jobs {args.jobs}: {t_par:6.2f} s  {1000 * t_par / n:6.1f} ms/page "
        f"({t_run / t_par:.2f}x faster than one process)"
    )
    print(f"pages out: {len(run.pages)} and {len(run2.pages)} (must equal pages in: {n})")
    return 0 if len(run.pages) == len(run2.pages) == n else 1


if __name__ == "__main__":
    sys.exit(main())
