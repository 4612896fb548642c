"""The ``harness`` command line. Every command calls the same library functions the pytest plugin calls.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from harness._version import __version__
from harness.config import ConfigError, HarnessConfig, load_config
from harness.progress import Progress

EPILOG = """\
typical use:
  harness record https://news.example/2025/06/03/story    record a page into cassettes/<site>/<slug>.yaml
  harness import crawl-dump/ --out cassettes/             turn saved .html files into cassettes
  harness run                                             replay cassettes/ offline through 'generic'
  harness run cassettes/example.com --extractor trafilatura
  harness check crawl-output.jsonl                        check records from any scraper
  harness approve                                         approve the outputs of the pages that ran

settings come from [tool.harness] in pyproject.toml (or harness.toml); flags override them.
exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error.
"""


class UsageError(Exception):
    """Raised inside commands; main() turns it into parser.error (exit 2)."""


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="read settings from FILE instead of the nearest pyproject.toml [tool.harness] / harness.toml",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display")


def _config(args: argparse.Namespace, **overrides: Any) -> HarnessConfig:
    return load_config(config_file=args.config, **overrides)


# ----------------------------------------------------------------------------- run


def _add_run(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "run",
        help="replay cassettes offline through an extractor, check, compare, report",
        description="Replay every cassette under CASSETTES (default: the configured cassette "
        "folder) through one extractor with the network blocked, validate each record against "
        "the schemas, run the data-quality checks, compare with approved outputs and ground "
        "truth, and write reports/<run-id>/results.json and index.html.",
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
    p.add_argument("--reports", type=Path, metavar="DIR", help="where run folders go (default: reports/)")
    p.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        help="lowest severity that makes the exit code 1 (default: error)",
    )
    _common(p)
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    from harness import cassette, runner
    from harness.results import write_run

    cfg = _config(args, reports=args.reports, fail_on=args.fail_on)
    root = args.cassettes or cfg.cassette_root
    refs = cassette.discover(root)
    if not refs:
        raise UsageError(
            f"no cassettes found under {root} (expected <site>/<slug>.yaml); record some with "
            "'harness record URL' or 'harness import DIR'"
        )
    ctx = runner.make_context(cfg, args.extractor)
    result = runner.run(ctx, refs, source=str(root), progress=Progress("replaying", quiet=args.quiet))
    paths = write_run(result, cfg.report_root)
    _print_summary(result, paths.results, paths.report)
    return runner.exit_code(result, cfg.fail_on)


def _print_summary(result: object, results_path: Path, report_path: Path) -> None:
    from harness.model import RunResult

    assert isinstance(result, RunResult)
    s = result.summary
    sev = s.get("findings_by_severity", {})
    print(
        f"{s['pages']} pages from {s['sites']} sites, extractor {', '.join(result.extractors)}: "
        f"{s.get('pages_with_errors', 0)} pages with errors; findings: "
        + (", ".join(f"{n} {k}" for k, n in sev.items()) or "none")
    )
    top = sorted(s.get("findings_by_check", {}).items(), key=lambda kv: -kv[1])[:8]
    for check, n in top:
        print(f"  {n:5d}  {check}")
    print(f"results: {results_path}")
    print(f"report:  {report_path}")


# ----------------------------------------------------------------------------- extractors


def _add_extractors(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("extractors", help="list the extractors this installation can use")
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


# ----------------------------------------------------------------------------- record / import


def _add_record(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "record",
        help="fetch pages into cassettes (secrets scrubbed)",
        description="Fetch each URL (following redirects) through vcrpy and store the traffic in "
        "<cassettes>/<site>/<slug>.yaml. Cookies, Authorization headers and secret query parameters "
        "(token, key, sig, ... see scrub_params) are scrubbed before anything is written; compressed bodies "
        "are stored decoded so cassettes read and diff well in git. Existing cassettes are kept unless "
        "--force. A failed URL is reported and the others continue.",
        epilog="examples:\n  harness record https://news.example/2025/06/03/story\n"
        "  harness record --urls-file urls.txt --out cassettes/\n"
        "  harness record --rewrite https://news.example=http://127.0.0.1:8000 https://news.example/a\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("urls", nargs="*", metavar="URL", help="pages to record")
    p.add_argument(
        "--urls-file", type=Path, metavar="FILE", help="read URLs from FILE, one per line (# comments)"
    )
    p.add_argument("--out", type=Path, metavar="DIR", help="cassette folder (default: the configured one)")
    p.add_argument("--force", action="store_true", help="re-record pages that already have a cassette")
    p.add_argument(
        "--rewrite",
        action="append",
        default=[],
        metavar="FROM=TO",
        help="fetch URLs starting with "
        "FROM from TO instead (a mirror or local server); cassettes keep the public URL",
    )
    _common(p)
    p.set_defaults(func=cmd_record)


def _read_urls(args: argparse.Namespace) -> list[str]:
    urls = list(args.urls)
    if args.urls_file:
        try:
            lines = args.urls_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"cannot read --urls-file {args.urls_file}: {exc.strerror}") from None
        urls += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if not urls:
        raise UsageError("record needs at least one URL (or --urls-file FILE)")
    return urls


def _print_entries(summary: object, verb: str) -> int:
    from harness.summary import Summary

    assert isinstance(summary, Summary)
    for entry in summary.entries:
        if entry.status != "written" or len(summary.entries) <= 20:
            print(entry.line())
    print(f"{verb}: {summary.counts()}")
    return 0 if summary.ok else 1


def cmd_record(args: argparse.Namespace) -> int:
    from harness.record import record_urls
    from harness.urls import RewriteError

    cfg = _config(args)
    urls = _read_urls(args)
    try:
        summary = record_urls(
            urls,
            cfg,
            out=args.out,
            force=args.force,
            rewrite=args.rewrite or None,
            progress=Progress("recording", quiet=args.quiet),
        )
    except RewriteError as exc:
        raise UsageError(str(exc)) from None
    return _print_entries(summary, "record")


def _add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help="turn saved .html files (and .json ground truth) into cassettes, offline",
        description="Turn pages a crawler already saved into cassettes, with no network: every .html/.htm "
        "file under SOURCE becomes <out>/<site>/<slug>.yaml whose recorded body is byte-identical to the "
        "file; a charset declared in the page goes into Content-Type. A <stem>.json sidecar (the layout of "
        "the shared corpus: url, title, published, body, extra...) gives the URL and is kept beside the "
        "cassette as <slug>.truth.json for the quality checks.",
        epilog="example:\n  harness import ../shared/corpus/zyte_aeb --out /tmp/aeb-cassettes\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("source", type=Path, metavar="SOURCE", help="folder of saved pages (searched recursively)")
    p.add_argument("--out", type=Path, metavar="DIR", help="cassette folder (default: the configured one)")
    p.add_argument("--force", action="store_true", help="overwrite cassettes that already exist")
    _common(p)
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from harness.importer import ImportSourceError, import_dir

    cfg = _config(args)
    try:
        summary = import_dir(
            args.source,
            args.out or cfg.cassette_root,
            force=args.force,
            progress=Progress("importing", quiet=args.quiet),
        )
    except ImportSourceError as exc:
        raise UsageError(str(exc)) from None
    return _print_entries(summary, "import")


# ----------------------------------------------------------------------------- check (owned by checks)


def _add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check", help="run the data-quality checks on article records from any scraper (JSONL)"
    )
    p.add_argument("outputs", type=Path)
    p.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    raise UsageError("check: not implemented yet")


# ----------------------------------------------------------------------------- approve / gate / compare
# (owned by the regression + quality implementation)


def _add_approve(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("approve", help="approve current outputs as the expected ones (golden files)")
    p.set_defaults(func=cmd_approve)


def cmd_approve(args: argparse.Namespace) -> int:
    raise UsageError("approve: not implemented yet")


def _add_compare(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compare", help="run several extractors over the same cassettes, side by side")
    p.set_defaults(func=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    raise UsageError("compare: not implemented yet")


def _add_gate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gate", help="check or raise the quality floors kept in the baseline file")
    p.set_defaults(func=cmd_gate)


def cmd_gate(args: argparse.Namespace) -> int:
    raise UsageError("gate: not implemented yet")


# ----------------------------------------------------------------------------- drift (owned by drift)


def _add_drift(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("drift", help="fetch recorded pages live and classify how each site drifted")
    p.set_defaults(func=cmd_drift)


def cmd_drift(args: argparse.Namespace) -> int:
    raise UsageError("drift: not implemented yet")


# ----------------------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="harness",
        description="news-harness: record news pages, replay them offline through extractors, check the "
        "records (schemas + Great Expectations), compare with approved outputs and ground truth, report "
        "in HTML.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"news-harness {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for add in (
        _add_run,
        _add_record,
        _add_import,
        _add_check,
        _add_approve,
        _add_compare,
        _add_gate,
        _add_drift,
        _add_extractors,
    ):
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from harness.extractors.base import ExtractorUnavailable
    from harness.extractors.registry import UnknownExtractor

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (UsageError, ConfigError, UnknownExtractor, ExtractorUnavailable) as exc:
        parser.error(str(exc))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 2  # unreachable: parser.error exits


if __name__ == "__main__":
    sys.exit(main())
