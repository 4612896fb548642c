"""``harness run``, ``harness check`` and ``harness extractors``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from harness.cli.common import UsageError, add_common, add_report_options, load, print_run_summary
from harness.progress import Progress

# ----------------------------------------------------------------------------- run


def add_run(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "run",
        help="replay cassettes offline through an extractor, check, compare, report",
        description="Replay every cassette under CASSETTES (default: the configured cassette "
        "folder) through one extractor with the network blocked, validate each record against "
        "the schemas, run the data-quality checks, compare with approved outputs and ground "
        "truth, and write reports/<run-id>/results.json and index.html.",
        epilog="examples:\n"
        "  harness run                                   every cassette, the configured extractor\n"
        "  harness run cassettes/example.com             one site (or one .yaml file)\n"
        "  harness run -e trafilatura --jobs 0           another extractor, one process per CPU\n"
        "  harness run -e mymod:parse                    your own function (mymod.py in this folder)\n"
        "  harness run --fail-on warning                 warnings fail the run too\n"
        "  harness run --exit-zero                       report only; never exit 1\n"
        "\nexit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "cassettes", nargs="?", type=Path, help="cassette folder, a site folder, or one .yaml file"
    )
    p.add_argument(
        "-e",
        "--extractor",
        help="extractor name or 'package.module:function' (default: configured, "
        "else 'generic'); 'harness extractors' lists them",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="replay in N worker processes (0: one per CPU; default: the configured jobs, else one per CPU "
        "when there are 16 pages or more a CPU)",
    )
    add_report_options(p)
    add_common(p)
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    from harness import runner
    from harness.capture import cassette
    from harness.results import write_run

    cfg = load(args, reports=args.reports, fail_on=args.fail_on, fail_on_new=args.fail_on_new, jobs=args.jobs)
    root = args.cassettes or cfg.cassette_root
    found = cassette.scan(root)
    if not found.refs:
        raise UsageError(
            f"no cassettes found under {root} (expected <site>/<slug>.yaml at any depth); record some with "
            "'harness record URL' or 'harness import DIR'"
            if root.exists()
            else f"no cassettes found: cassette folder {root} does not exist"
        )
    ctx = runner.make_context(cfg, args.extractor, prepare=False)  # prepared once its first worker runs
    notes = runner.scan_findings(found)
    progress = Progress("replaying", quiet=args.quiet)
    result = runner.run(ctx, found.refs, source=str(root), progress=progress, notes=notes)
    paths = write_run(result, cfg.report_root, cfg.keep_reports)
    print_run_summary(result, paths.results, paths.report)
    return 0 if args.exit_zero else runner.exit_code(result, cfg.fail_on, cfg.fail_on_new)


# ----------------------------------------------------------------------------- extractors


def add_extractors(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extractors",
        help="list the extractors this installation can use",
        description="List the extractors available by name (built-ins and the news_harness.extractors entry "
        "point group) with their versions, and why an optional one is unavailable. Any "
        "'package.module:function' works too, without being listed.",
    )
    p.set_defaults(func=cmd_extractors)


def cmd_extractors(args: argparse.Namespace) -> int:
    from harness.extractors import registry
    from harness.extractors.base import ExtractorUnavailable

    for name in registry.available():
        try:
            ex = registry.get(name)
            print(f"{name:14s} {ex.version}")
        except ExtractorUnavailable as exc:
            print(f"{name:14s} unavailable: {exc}")
    return 0


# ----------------------------------------------------------------------------- check (owned by checks)


def add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="run the data-quality checks on article records from any scraper (JSONL, Parquet)",
        description=(
            "Check OUTPUTS, article records from any scraper (a production crawl's output): JSON lines "
            "(plain or .gz, split on \\n only), a folder of them, or Parquet. Schema, per-page and the "
            "dataset-level checks over all records, no cassette needed. Each line becomes one page "
            "(site/slug from its url, else jsonl/line-N); a line that is not a JSON object is an "
            "input.invalid_line finding and the rest is still checked. Writes "
            "reports/<run-id>/results.json and index.html; above --limit pages the findings go to a table "
            "(findings.jsonl.gz) and the report shows a summary. docs/scale.md tells how it scales and "
            "how to run it on Spark."
        ),
        epilog="examples:\n"
        "  harness check crawl-2025-06-03.jsonl.gz             one day's crawl output\n"
        "  harness check out/ --jobs 0                         a folder of JSON lines, one process per CPU\n"
        "  harness check items.parquet --limit 5000            Parquet; findings table above 5,000 pages\n"
        "  harness check s3a://bucket/crawl/ --engine spark    on Spark (pip install 'news-harness[spark]')\n"
        "\nexit codes: 0 clean, 1 a finding fails the gate, 2 usage error, 3 the run did not finish.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("outputs", type=Path, help="JSON lines file, folder of them, or Parquet file")
    p.add_argument(
        "--engine",
        choices=("local", "spark"),
        default="local",
        help="local: this machine, streaming, --jobs processes (default); spark: a Spark DataFrame "
        "(pip install 'news-harness[spark]')",
    )
    p.add_argument(
        "--spark-master", metavar="URL", help="Spark master (default: local[*], or spark-submit's)"
    )
    p.add_argument(
        "--out", metavar="PATH", help="spark: where the findings table goes (default: beside the data)"
    )
    p.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="check in N processes (0: one per CPU; default: 1)"
    )
    p.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="above N pages write the findings table and a summary report (default: 20000)",
    )
    add_report_options(p)
    add_common(p)
    p.set_defaults(func=cmd_check)


def _spark_ready() -> None:
    import importlib.util
    import shutil

    if importlib.util.find_spec("pyspark") is None:
        raise UsageError("--engine spark needs pyspark: pip install 'news-harness[spark]'")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        raise UsageError("--engine spark needs Java 17 (java on PATH or JAVA_HOME): openjdk-17-jre-headless")


def cmd_check(args: argparse.Namespace) -> int:
    from harness import runner
    from harness.checks.reader import InputError, files
    from harness.validate import SchemaConfigError

    cfg = load(args, reports=args.reports, fail_on=args.fail_on, fail_on_new=args.fail_on_new, jobs=args.jobs)
    if args.engine == "local":
        try:
            files(args.outputs)
        except InputError as exc:
            raise UsageError(str(exc)) from exc
    else:
        _spark_ready()
    try:
        ctx = runner.RunContext(cfg, None).prepare()
    except SchemaConfigError as exc:
        raise UsageError(str(exc)) from exc
    from harness.scale.command import check

    return check(args, ctx, Progress("checking", quiet=args.quiet))
