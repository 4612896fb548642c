"""``harness check``, after the usage checks: run an engine, then write the run the way its size calls for."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from harness.model import RunResult
from harness.scale.local import LIMIT, ScaleRun


def _engine_run(args: argparse.Namespace, ctx: Any, folder: Path, progress: Any) -> ScaleRun:
    limit = LIMIT if args.limit is None else args.limit
    if args.engine == "spark":
        from harness.scale.spark import run_spark

        out = None if args.out is None else str(args.out)
        master = args.spark_master
        return run_spark(str(args.outputs), ctx, master=master, folder=folder, limit=limit, out=out)
    from harness.parallel import resolve_jobs
    from harness.scale.local import run_local

    jobs = resolve_jobs(0 if ctx.cfg.jobs is None else ctx.cfg.jobs)  # "auto": crawl output is large
    return run_local(args.outputs, ctx, jobs=jobs, folder=folder, limit=limit, progress=progress)


def check(args: argparse.Namespace, ctx: Any, progress: Any) -> int:
    from harness import __version__, runner
    from harness.checks import jsonl
    from harness.checks.dataset import DatasetOutcome
    from harness.cli.common import print_run_summary
    from harness.results import write_run

    started, run_id = runner.utcnow(), runner.new_run_id()
    folder = ctx.cfg.report_root / run_id
    out = _engine_run(args, ctx, folder, progress)
    if out.pages is not None:
        result = runner.finish_run(
            out.pages,
            ctx,
            started_at=started,
            source=str(args.outputs),
            run_id=run_id,
            extractors=jsonl.extractors(out.pages),
            outcome=DatasetOutcome(per_page=out.per_page, run=out.run_findings),
        )
        paths = write_run(result, ctx.cfg.report_root, ctx.cfg.keep_reports)
        print_run_summary(result, paths.results, paths.report)
        return 0 if args.exit_zero else runner.exit_code(result, ctx.cfg.fail_on, ctx.cfg.fail_on_new)
    from harness.scale.results import exit_code, write_table_run

    assert out.sink is not None
    tally = out.sink.tally
    run = RunResult(
        run_id=run_id,
        started_at=started,
        finished_at=runner.utcnow(),
        harness_version=__version__,
        extractors=tuple(sorted(tally.extractors)) or ("external",),
        config_digest=ctx.cfg.digest(),
        source=str(args.outputs),
        pages=(),
        findings=tuple(out.run_findings),
        summary=tally.summary(out.run_findings),
    )
    paths = write_table_run(run, out.sink, folder, ctx.cfg.report_root, args.engine)
    _print(run, out.sink.rows, paths, str(out.sink.path))
    return 0 if args.exit_zero else exit_code(run.summary, ctx.cfg.fail_on)


def _print(run: RunResult, rows: int, paths: Any, table: str) -> None:
    s = run.summary
    sev = s["findings_by_severity"]
    print(
        f"{s['pages']} pages from {s['sites']} sites: {s['pages_with_errors']} pages with errors; findings: "
        + (", ".join(f"{n} {k}" for k, n in sev.items() if n) or "none")
    )
    for check, n in sorted(s["findings_by_check"].items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
        print(f"  {n:8d}  {check}")
    print(f"table:   {table} ({rows} rows, one per finding)")
    print(f"results: {paths.results}")
    print(f"report:  {paths.report}")
