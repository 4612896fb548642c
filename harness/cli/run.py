"""``harness run``, ``harness check`` and ``harness extractors``."""

from __future__ import annotations

import argparse
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
    ctx = runner.make_context(cfg, args.extractor)
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
        help="run the data-quality checks on article records from any scraper (JSONL)",
        description="Check OUTPUTS, a JSON lines file with one article record per line (a production "
        "crawl's output, any scraper): schema, per-page checks and the dataset-level checks (Great "
        "Expectations) over all lines, no cassette needed. Each line becomes one page (site/slug from its "
        "url, else jsonl/line-N); a line that is not a JSON object is an input.invalid_line finding and the "
        "rest is still checked. Writes reports/<run-id>/results.json and index.html.",
    )
    p.add_argument("outputs", type=Path, help="JSON lines file of article records")
    add_report_options(p)
    add_common(p)
    p.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from harness import runner
    from harness.checks import jsonl
    from harness.results import write_run
    from harness.validate import SchemaConfigError

    cfg = load(args, reports=args.reports, fail_on=args.fail_on, fail_on_new=args.fail_on_new)
    if not args.outputs.is_file():
        raise UsageError(f"{args.outputs}: no such file (expected JSON lines, one article record per line)")
    try:
        ctx = runner.RunContext(cfg, None).prepare()
    except SchemaConfigError as exc:
        raise UsageError(str(exc)) from exc
    started = runner.utcnow()
    pages = jsonl.check_file(args.outputs, ctx, progress=Progress("checking", quiet=args.quiet))
    result = runner.finish_run(
        pages, ctx, started_at=started, source=str(args.outputs), extractors=jsonl.extractors(pages)
    )
    paths = write_run(result, cfg.report_root, cfg.keep_reports)
    print_run_summary(result, paths.results, paths.report)
    return 0 if args.exit_zero else runner.exit_code(result, cfg.fail_on, cfg.fail_on_new)
