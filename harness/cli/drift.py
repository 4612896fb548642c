"""``harness drift``: fetch recorded pages live and classify their drift."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from harness.cli.common import UsageError, add_common, load
from harness.progress import Progress

# ----------------------------------------------------------------------------- drift (owned by drift)


class _Labels:
    """The drift labels, looked up only when argparse needs them: building the parser for ``harness --help``
    or ``harness run`` must not import the drift package (bs4, httpx, the classifier)."""

    def _labels(self) -> tuple[str, ...]:
        from harness.drift.settings import LABELS

        return tuple(LABELS)

    def __contains__(self, value: object) -> bool:
        return value in self._labels()

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels())


def add_drift(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "drift",
        help="fetch recorded pages live and classify how each site drifted",
        description="Fetch every recorded page live (politely: robots.txt, per-host limits, "
        "retries with backoff), extract it with the same extractor, and label it breaking, "
        "template_changed, content_edited or unchanged against its cassette (unreachable, "
        "gone and skipped are never drift). Writes reports/<run-id>/ with a drift section; "
        "exit 1 when a page's label is in --fail-on (default: breaking).",
        epilog="examples:\n"
        "  harness drift                                       every cassette against its live page\n"
        "  harness drift cassettes/example.com --dry-run       one site, nothing re-recorded\n"
        "  harness drift --rewrite 'https://*.example.com/{path}=http://127.0.0.1:8000/{host}/{path}'\n"
        "                                                      fetch from a mirror or local server\n"
        "  harness drift --refresh --update-approved           re-record drifted pages, re-approve them\n"
        "\nexit codes: 0 no drift to fail on, 1 drift in --fail-on or too little compared (drift.coverage), "
        "2 usage error.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "cassettes", nargs="?", type=Path, help="cassette folder, a site folder, or one .yaml file"
    )
    p.add_argument("-e", "--extractor", help="extractor name (default: configured, else 'generic')")
    p.add_argument("--reports", type=Path, metavar="DIR", help="where run folders go (default: reports/)")
    p.add_argument(
        "--rewrite",
        action="append",
        metavar="FROM=TO",
        help="fetch URLs starting with FROM from TO instead (a staging mirror, a local server); FROM and "
        "TO may be patterns: 'https://*.example.com/{path}=http://127.0.0.1:8000/{host}/{path}'; "
        "repeatable, first match wins; cassettes and results keep public URLs",
    )
    p.add_argument(
        "--fail-on",
        action="append",
        choices=_Labels(),
        metavar="LABEL",
        help="label that makes the exit code 1; repeatable (default: breaking)",
    )
    p.add_argument(
        "--min-coverage",
        type=float,
        metavar="SHARE",
        help="fail (exit 1, finding drift.coverage) when fewer than this share of the pages could be "
        "compared (default 0.5)",
    )
    p.add_argument("--concurrency", type=int, metavar="N", help="requests in flight overall (default 8)")
    p.add_argument("--per-host", type=int, metavar="N", help="requests in flight per host (default 2)")
    p.add_argument("--timeout", type=float, metavar="S", help="seconds per request (default: [tool.harness])")
    p.add_argument("--retries", type=int, metavar="N", help="retries on connect errors and 5xx (default 2)")
    p.add_argument(
        "--refresh",
        action="store_true",
        help="re-record the drifted cassettes (scrubbed as at record time) after the run",
    )
    p.add_argument(
        "--update-approved",
        action="store_true",
        help="with --refresh: also approve the refreshed pages' outputs",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="list what --refresh would change; write nothing (no cassettes, no approved outputs, no report)",
    )
    add_common(p)
    p.set_defaults(func=cmd_drift)


def cmd_drift(args: argparse.Namespace) -> int:
    from harness import drift, runner
    from harness.capture import cassette
    from harness.results import write_run

    if args.update_approved and not args.refresh:
        raise UsageError("--update-approved only works with --refresh")
    cfg = load(args, reports=args.reports)
    settings = drift.load_settings(
        cfg,
        rewrite=args.rewrite,
        fail_on=args.fail_on,
        concurrency=args.concurrency,
        per_host=args.per_host,
        timeout=args.timeout,
        retries=args.retries,
        min_coverage=args.min_coverage,
    )
    _warn_contact(settings.user_agent)
    root = args.cassettes or cfg.cassette_root
    refs = cassette.discover(root)
    if not refs:
        raise UsageError(f"no cassettes found under {root} (expected <site>/<slug>.yaml)")
    ctx = runner.make_context(cfg, args.extractor)
    result, outcomes = drift.run_drift(ctx, refs, settings, progress=Progress("fetching", quiet=args.quiet))
    _warn_unused_rules(settings.rewrite.unused, [o.url for o in outcomes if o.url])
    _print_drift(result.summary.get("drift", {}), outcomes)
    covered = drift.run_coverage(result.pages, settings)
    _print_coverage(covered)
    if not args.dry_run:
        paths = write_run(result, cfg.report_root, cfg.keep_reports)
        print(f"results: {paths.results}\nreport:  {paths.report}")
    if args.refresh or args.dry_run:
        summary = drift.refresh(
            list(zip(refs, outcomes, strict=True)),
            cfg,
            settings,
            dry_run=args.dry_run,
            update_approved=args.update_approved,
        )
        for entry in summary.entries:
            print(entry.line())
        if not summary.entries:
            print("nothing to refresh: no page drifted")
    failing = any(drift.should_fail(o, settings) for o in outcomes)
    return 1 if failing or covered.failing else 0


def _warn_unused_rules(unused: Callable[[Sequence[str]], list[str]], urls: Sequence[str]) -> None:
    """Say which rewrite rules matched no recorded URL: those pages went to the public sites instead."""
    for rule in unused(urls):
        example = f" (recorded URLs look like {urls[0]})" if urls else ""
        print(
            f"warning: rewrite rule {rule!r} matched none of the {len(urls)} recorded URLs{example}; "
            "their pages were fetched from the public sites",
            file=sys.stderr,
        )


def _warn_contact(user_agent: str) -> None:
    from harness.drift import contact_warning

    warning = contact_warning(user_agent)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)


def _print_coverage(covered: object) -> None:
    from harness.drift import Coverage

    assert isinstance(covered, Coverage)
    print(covered.line())
    for finding in covered.findings():
        print(f"  error drift.coverage: {finding.message}")


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
