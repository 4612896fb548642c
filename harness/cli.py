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
        "check",
        help="run the data-quality checks on article records from any scraper (JSONL)",
        description="Check OUTPUTS, a JSON lines file with one article record per line (a production "
        "crawl's output, any scraper): schema, per-page checks and the dataset-level checks (Great "
        "Expectations) over all lines, no cassette needed. Each line becomes one page (site/slug from its "
        "url, else jsonl/line-N); a line that is not a JSON object is an input.invalid_line finding and the "
        "rest is still checked. Writes reports/<run-id>/results.json and index.html.",
    )
    p.add_argument("outputs", type=Path, help="JSON lines file of article records")
    p.add_argument("--reports", type=Path, metavar="DIR", help="where run folders go (default: reports/)")
    p.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that makes the "
                   "exit code 1 (default: error)")
    _common(p)
    p.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from harness import runner
    from harness.checks import jsonl
    from harness.results import write_run
    from harness.validate import SchemaConfigError

    cfg = _config(args, reports=args.reports, fail_on=args.fail_on)
    if not args.outputs.is_file():
        raise UsageError(f"{args.outputs}: no such file (expected JSON lines, one article record per line)")
    try:
        ctx = runner.RunContext(cfg, None).prepare()
    except SchemaConfigError as exc:
        raise UsageError(str(exc)) from exc
    started = runner.utcnow()
    pages = jsonl.check_file(args.outputs, ctx, progress=Progress("checking", quiet=args.quiet))
    result = runner.finish_run(pages, ctx, started_at=started, source=str(args.outputs),
                               extractors=jsonl.extractors(pages))
    paths = write_run(result, cfg.report_root)
    _print_summary(result, paths.results, paths.report)
    return runner.exit_code(result, cfg.fail_on)


# ----------------------------------------------------------------------------- approve / gate / compare
# (owned by the regression + quality implementation)


def _add_approve(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "approve",
        help="approve current outputs as the expected ones (golden files)",
        description=(
            "Replay the selected cassettes offline and write each record, minus volatile fields, to\n"
            "<site>/<slug>.approved.json beside its cassette. Only the selected pages are written;\n"
            "other approved outputs are left byte-for-byte as they are, and an approved output that\n"
            "already matches is not rewritten. Later runs report every field that differs\n"
            "(regression.changed)."
        ),
        epilog="examples:\n"
        "  harness approve                          approve every cassette\n"
        "  harness approve example.com              one site\n"
        "  harness approve example.com/budget-vote  one page\n"
        "  harness approve 'example.*/2025-*'       a glob over site/slug ids\n"
        "  harness approve --prune                  also delete approved outputs whose cassette is gone\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("selection", nargs="*", metavar="SELECTION", help="site, site/slug or glob (default: all)")
    p.add_argument("--cassettes", type=Path, metavar="DIR", help="cassette folder (default: configured)")
    p.add_argument("-e", "--extractor", help="extractor to approve the output of (default: configured)")
    p.add_argument("--prune", action="store_true", help="delete orphaned approved outputs (else only listed)")
    _common(p)
    p.set_defaults(func=cmd_approve)


def cmd_approve(args: argparse.Namespace) -> int:
    from harness import approve, cassette, runner

    cfg = _config(args)
    root = args.cassettes or cfg.cassette_root
    refs, unmatched = approve.select(cassette.discover(root), args.selection)
    if unmatched:
        raise UsageError(f"no cassette under {root} matches {', '.join(map(repr, unmatched))}; "
                         "give a site, site/slug, or a glob over site/slug ids")
    if not refs and not args.prune:
        raise UsageError(f"no cassettes found under {root} (expected <site>/<slug>.yaml)")
    ctx = runner.make_context(cfg, args.extractor)
    result = runner.run(ctx, refs, source=str(root), progress=Progress("replaying", quiet=args.quiet))
    summary = approve.approve_pages(result.pages, ctx.compare_settings, root=root)
    print("\n".join(summary.lines()))
    flagged = [p.id for p in result.pages if p.id in summary.written and p.worst == "error"]
    if flagged:
        print(f"note: {len(flagged)} approved page(s) have error findings; see 'harness run': "
              + ", ".join(flagged[:10]) + (" …" if len(flagged) > 10 else ""))
    lost = approve.orphans(root)
    if lost and args.prune:
        print("\n".join(f"  removed    {p}" for p in approve.remove_orphans(lost)))
    elif lost:
        print(f"{len(lost)} orphaned approved output(s), cassette gone ('--prune' deletes them):")
        print("\n".join(f"  orphan     {p}" for p in lost))
    return 1 if summary.skipped else 0


def _add_compare(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "compare",
        help="run several extractors over the same cassettes, side by side",
        description=(
            "Replay the same cassettes offline through each extractor and tabulate, against the ground\n"
            "truth (<slug>.truth.json): body F1 over tokens and over 4-token shingles (the article-\n"
            "extraction- benchmark method), title and date accuracy, snippet hits, pages failing checks\n"
            "and milliseconds per page. The table is printed as Markdown and written as FILE.json +\n"
            "FILE.md. Extractors that are not installed are skipped with the reason."
        ),
        epilog="example:\n"
        "  harness compare -e generic -e trafilatura -e readability cassettes/ --out reports/compare.md\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("cassettes", nargs="?", type=Path, help="cassette folder (default: configured)")
    p.add_argument("-e", "--extractor", action="append", dest="extractors", metavar="NAME",
                   help="an extractor to compare; repeat it (default: every built-in)")
    p.add_argument("--out", type=Path, metavar="FILE", help="where the table goes: FILE.json and FILE.md "
                   "(default: <reports>/compare.md)")
    _common(p)
    p.set_defaults(func=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    from harness import cassette, compare
    from harness.extractors import registry

    cfg = _config(args)
    root = args.cassettes or cfg.cassette_root
    refs = cassette.discover(root)
    if not refs:
        raise UsageError(f"no cassettes found under {root} (expected <site>/<slug>.yaml)")
    names = list(dict.fromkeys(args.extractors or ["generic", "trafilatura", "readability"]))
    for name in names:
        if name not in registry.available() and ":" not in name:
            raise UsageError(f"unknown extractor {name!r}; available: {', '.join(registry.available())}")
    result, _runs = compare.compare_extractors(
        cfg, names, refs, source=str(root),
        progress=lambda name: Progress(f"{name}:", quiet=args.quiet),
    )
    print(compare.to_markdown(result), end="")
    json_path, md_path = compare.write(result, args.out or cfg.report_root / "compare.md")
    print(f"written: {md_path}\n         {json_path}")
    return 0 if any(r.skipped is None for r in result.rows) else 1


def _add_gate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "gate",
        help="check or raise the quality floors kept in the baseline file",
        description=(
            "Replay the cassettes, score them against their ground truth, and compare every metric\n"
            "(overall, per source, per site) with its floor in the baseline file. A metric more than\n"
            "the tolerance (default 0.01) below its floor fails; a baseline measured on other pages or\n"
            "ground truth is reported as quality.corpus_changed. --update sets the floors to what was\n"
            "just measured, and refuses to lower any floor unless --allow-lower is given."
        ),
        epilog="examples:\n"
        "  harness gate                          check (exit 1 when a floor is broken)\n"
        "  harness gate --update                 raise the floors after an improvement\n"
        "  harness gate --update --allow-lower   accept a regression on purpose\n"
        "  harness gate -e trafilatura --baseline quality-trafilatura.json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("cassettes", nargs="?", type=Path, help="cassette folder (default: configured)")
    p.add_argument("-e", "--extractor", help="extractor to gate (default: configured)")
    p.add_argument("--baseline", type=Path, metavar="FILE", help="baseline file (default: "
                   "[tool.harness.compare] baseline, else quality-baseline.json at the project root)")
    p.add_argument("--update", action="store_true", help="write the measured values as the new floors")
    p.add_argument("--allow-lower", action="store_true", help="with --update: allow floors to go down")
    _common(p)
    p.set_defaults(func=cmd_gate)


def cmd_gate(args: argparse.Namespace) -> int:
    from harness import cassette, gate, runner

    cfg = _config(args)
    if args.allow_lower and not args.update:
        raise UsageError("--allow-lower only makes sense with --update")
    root = args.cassettes or cfg.cassette_root
    refs = cassette.discover(root)
    if not refs:
        raise UsageError(f"no cassettes found under {root} (expected <site>/<slug>.yaml)")
    ctx = runner.make_context(cfg, args.extractor)
    settings = ctx.compare_settings
    path = args.baseline or settings.baseline
    try:
        baseline = gate.load_baseline(path)
    except gate.BaselineError as exc:
        raise UsageError(str(exc)) from None
    if baseline is None and not args.update:
        raise UsageError(f"no quality baseline at {path}; create it with 'harness gate --update'")
    result = runner.run(ctx, refs, source=str(root), progress=Progress("replaying", quiet=args.quiet))
    if not gate.measure(result, min_site_pages=settings.min_site_pages):
        raise UsageError(f"no page under {root} has ground truth (<slug>.truth.json) to measure quality")
    if args.update:
        try:
            update = gate.raise_floors(path, result, allow_lower=args.allow_lower,
                                       min_site_pages=settings.min_site_pages)
        except gate.FloorLoweringRefused as exc:
            print("\n".join([f"{path}: refusing to lower these floors (--allow-lower to accept):",
                             *(f"  {line}" for line in exc.lowered)]), file=sys.stderr)
            return 1
        print("\n".join(gate.update_lines(update)))
        return 0
    assert baseline is not None
    findings = gate.check(
        result, baseline, tolerance=settings.tolerance, min_site_pages=settings.min_site_pages
    )
    print("\n".join(gate.report_lines(path, findings)))
    return 1 if any(f.severity == "error" for f in findings) else 0


# ----------------------------------------------------------------------------- drift (owned by drift)


def _add_drift(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from harness.drift.settings import LABELS

    p = sub.add_parser("drift", help="fetch recorded pages live and classify how each site drifted",
                       description="Fetch every recorded page live (politely: robots.txt, per-host limits, "
                       "retries with backoff), extract it with the same extractor, and label it breaking, "
                       "template_changed, content_edited or unchanged against its cassette (unreachable, "
                       "gone and skipped are never drift). Writes reports/<run-id>/ with a drift section; "
                       "exit 1 when a page's label is in --fail-on (default: breaking).")
    p.add_argument("cassettes", nargs="?", type=Path,
                   help="cassette folder, a site folder, or one .yaml file")
    p.add_argument("-e", "--extractor", help="extractor name (default: configured, else 'generic')")
    p.add_argument("--reports", type=Path, metavar="DIR", help="where run folders go (default: reports/)")
    p.add_argument("--rewrite", action="append", metavar="FROM=TO", help="fetch URLs starting with FROM from "
                   "TO instead (a staging mirror, a local server); repeatable; cassettes keep public URLs")
    p.add_argument("--fail-on", action="append", choices=LABELS, metavar="LABEL",
                   help="label that makes the exit code 1; repeatable (default: breaking)")
    p.add_argument("--concurrency", type=int, metavar="N", help="requests in flight overall (default 8)")
    p.add_argument("--per-host", type=int, metavar="N", help="requests in flight per host (default 2)")
    p.add_argument("--timeout", type=float, metavar="S", help="seconds per request (default: [tool.harness])")
    p.add_argument("--retries", type=int, metavar="N", help="retries on connect errors and 5xx (default 2)")
    p.add_argument("--refresh", action="store_true", help="re-record the drifted cassettes (scrubbed as at "
                   "record time) after the run")
    p.add_argument("--update-approved", action="store_true", help="with --refresh: also approve the "
                   "refreshed pages' outputs")
    p.add_argument("--dry-run", action="store_true", help="list what --refresh would change; write nothing "
                   "(no cassettes, no approved outputs, no report)")
    _common(p)
    p.set_defaults(func=cmd_drift)


def cmd_drift(args: argparse.Namespace) -> int:
    from harness import cassette, drift, runner
    from harness.results import write_run

    if args.update_approved and not args.refresh:
        raise UsageError("--update-approved only works with --refresh")
    cfg = _config(args, reports=args.reports)
    settings = drift.load_settings(cfg, rewrite=args.rewrite, fail_on=args.fail_on,
                                   concurrency=args.concurrency, per_host=args.per_host, timeout=args.timeout,
                                   retries=args.retries)
    root = args.cassettes or cfg.cassette_root
    refs = cassette.discover(root)
    if not refs:
        raise UsageError(f"no cassettes found under {root} (expected <site>/<slug>.yaml)")
    ctx = runner.make_context(cfg, args.extractor)
    result, outcomes = drift.run_drift(ctx, refs, settings, progress=Progress("fetching", quiet=args.quiet))
    _print_drift(result.summary.get("drift", {}), outcomes)
    if not args.dry_run:
        paths = write_run(result, cfg.report_root)
        print(f"results: {paths.results}\nreport:  {paths.report}")
    if args.refresh or args.dry_run:
        summary = drift.refresh(list(zip(refs, outcomes, strict=True)), cfg, settings, dry_run=args.dry_run,
                                update_approved=args.update_approved)
        for entry in summary.entries:
            print(entry.line())
        if not summary.entries:
            print("nothing to refresh: no page drifted")
    return 1 if any(drift.should_fail(o, settings) for o in outcomes) else 0


def _print_drift(summary: dict[str, object], outcomes: Sequence[object]) -> None:
    from harness.drift import DriftOutcome

    sites = summary.get("sites", {})
    assert isinstance(sites, dict)
    for site, info in sites.items():
        counts = ", ".join(f"{n} {label}" for label, n in info["counts"].items())
        broke = f"; broken fields: {', '.join(info['fields'])}" if info["fields"] else ""
        print(f"{site}: {info['verdict']} ({counts}){broke}")
    for o in outcomes:
        if isinstance(o, DriftOutcome) and o.label not in ("unchanged",):
            print(f"  {o.label:16s} {o.id}: {o.reasons[0] if o.reasons else ''}")


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
    from harness.validate import SchemaConfigError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (UsageError, ConfigError, SchemaConfigError, UnknownExtractor, ExtractorUnavailable) as exc:
        parser.error(str(exc))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 2  # unreachable: parser.error exits


if __name__ == "__main__":
    sys.exit(main())
