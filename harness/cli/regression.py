"""``harness approve``, ``harness compare`` and ``harness gate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harness.cli.common import UsageError, add_common, load
from harness.progress import Progress

# ----------------------------------------------------------------------------- approve / gate / compare
# (owned by the regression + quality implementation)


def add_approve(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "approve",
        help="approve current outputs as the expected ones (golden files)",
        description=(
            "Replay the selected cassettes offline and write each record, minus volatile fields, to\n"
            "<site>/<slug>.approved.json beside its cassette. Only the selected pages are written;\n"
            "other approved outputs are left byte-for-byte as they are, and an approved output that\n"
            "already matches is not rewritten. Later runs report every field that differs\n"
            "(regression.changed).\n\n"
            "Each approved output also lists the findings the page had (check id and a fingerprint of\n"
            "the offending text). Later runs label each finding accepted or new; a new one at warning\n"
            "or above fails the run (fail_on_new), an accepted one does not. Every cassette is replayed,\n"
            "so the dataset-level findings are the ones a full run sees; only the selection is written."
        ),
        epilog="examples:\n"
        "  harness approve                          approve every cassette\n"
        "  harness approve example.com              one site\n"
        "  harness approve example.com/budget-vote  one page\n"
        "  harness approve 'example.*/2025-*'       a glob over site/slug ids\n"
        "  harness approve --prune                  also delete approved outputs whose cassette is gone\n"
        "  harness approve -e mymod:parse site/slug approve your own extractor's output (the default is\n"
        "                                           [tool.harness] extractors, else generic)\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("selection", nargs="*", metavar="SELECTION", help="site, site/slug or glob (default: all)")
    p.add_argument("--cassettes", type=Path, metavar="DIR", help="cassette folder (default: configured)")
    p.add_argument("-e", "--extractor", help="extractor to approve the output of (default: configured)")
    p.add_argument("--prune", action="store_true", help="delete orphaned approved outputs (else only listed)")
    p.add_argument(
        "--resume",
        action="store_true",
        help="approve again the pages an interrupted approve left half done (listed in its journal)",
    )
    add_common(p)
    p.set_defaults(func=cmd_approve)


def cmd_approve(args: argparse.Namespace) -> int:
    from harness import runner
    from harness.capture import cassette
    from harness.regression import approve, journal, orphans

    cfg = load(args, cassettes=args.cassettes)
    root = cfg.cassette_root
    left = journal.interrupted(root)
    if left is not None:
        print(f"warning: {left.warning()}", file=sys.stderr)
    if args.resume:
        if left is None:
            raise UsageError(f"nothing to resume: no interrupted approve under {root}")
        if args.selection:
            raise UsageError("--resume approves the pages the interrupted approve left; give no SELECTION")
        if not left.pending:
            journal.finish(left.path)
            print("the interrupted approve had no page left to approve; its journal is removed")
            return 0
        args.selection = list(left.pending)
    everything = cassette.discover(root)
    refs, unmatched = approve.select(everything, args.selection)
    if unmatched:
        raise UsageError(
            f"no cassette under {root} matches {', '.join(map(repr, unmatched))}; "
            "give a site, site/slug, or a glob over site/slug ids"
        )
    if not refs and not args.prune:
        raise UsageError(f"no cassettes found under {root} (expected <site>/<slug>.yaml)")
    ctx = runner.make_context(cfg, args.extractor)
    if args.extractor is None:
        _warn_if_last_run_differs(cfg, ctx.extractor.name if ctx.extractor else "")
    # The whole corpus is replayed so each page's dataset-level findings are those of a full run.
    result = runner.run(ctx, everything if refs else [], source=str(root),
                        progress=Progress("replaying", quiet=args.quiet))
    chosen = {r.id for r in refs}
    chosen_pages = [p for p in result.pages if p.id in chosen]
    pending = journal.begin(root, chosen_pages, runner.utcnow())
    summary = approve.approve_pages(chosen_pages, ctx.compare_settings, root=root)
    journal.finish(pending, left, (*summary.written, *summary.unchanged))
    print("\n".join(summary.lines()))
    _note_accepted(result, summary)
    lost = orphans.orphans(root)
    if lost and args.prune:
        print("\n".join(f"  removed    {p}" for p in orphans.remove_orphans(lost)))
    elif lost:
        print(f"{len(lost)} orphaned approved output(s), cassette gone ('--prune' deletes them):")
        print("\n".join(f"  orphan     {p}" for p in lost))
    return 1 if summary.skipped else 0


def _warn_if_last_run_differs(cfg: object, approving: str) -> None:
    """Say so when the last run used another extractor than the one about to be approved."""
    from harness.config import HarnessConfig
    from harness.results import previous_run

    assert isinstance(cfg, HarnessConfig)
    last = previous_run(cfg.report_root)
    ran = [e for e in (last.extractors if last else ()) if e not in (approving, "external")]
    if ran:
        print(f"note: the last run ({last.run_id if last else '?'}) used {', '.join(map(repr, ran))}; this "
              f"approves {approving!r} (configured). To approve that output: harness approve -e {ran[0]} ...",
              file=sys.stderr)


def _note_accepted(result: object, summary: object) -> None:
    """Say which just-approved pages carry errors (now accepted), ignoring the regressions just replaced."""
    from harness.model import RunResult
    from harness.regression import approve, baseline

    assert isinstance(result, RunResult) and isinstance(summary, approve.ApproveSummary)
    flagged = [p.id for p in result.pages if p.id in summary.written
               and any(f.severity == "error" and baseline.recorded(f) for f in p.findings)]
    if flagged:
        print(
            f"note: {len(flagged)} approved page(s) have error findings, now accepted (later runs fail only "
            "on new ones; 'harness run' lists them): " + ", ".join(flagged[:10])
            + (" …" if len(flagged) > 10 else "")
        )


def add_compare(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    p.add_argument(
        "-e",
        "--extractor",
        action="append",
        dest="extractors",
        metavar="NAME",
        help="an extractor to compare; repeat it (default: [tool.harness] extractors when set to "
        "anything but the default, else every built-in)",
    )
    p.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="where the table goes: FILE.json and FILE.md (default: <reports>/compare.md)",
    )
    add_common(p)
    p.set_defaults(func=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    from harness.capture import cassette
    from harness.config import HarnessConfig
    from harness.extractors import registry
    from harness.regression import compare

    cfg = load(args)
    root = args.cassettes or cfg.cassette_root
    refs = cassette.discover(root)
    if not refs:
        raise UsageError(f"no cassettes found under {root} (expected <site>/<slug>.yaml)")
    configured = [] if cfg.extractors == HarnessConfig().extractors else list(cfg.extractors)
    names = list(dict.fromkeys(args.extractors or configured or ["generic", "trafilatura", "readability"]))
    for name in names:
        if name not in registry.available() and ":" not in name:
            raise UsageError(f"unknown extractor {name!r}; available: {', '.join(registry.available())}")
    result, _runs = compare.compare_extractors(
        cfg,
        names,
        refs,
        source=str(root),
        progress=lambda name: Progress(f"{name}:", quiet=args.quiet),
    )
    print(compare.to_markdown(result), end="")
    json_path, md_path = compare.write(result, args.out or cfg.report_root / "compare.md")
    print(f"written: {md_path}\n         {json_path}")
    return 0 if any(r.skipped is None for r in result.rows) else 1


def add_gate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    p.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="baseline file (default: "
        "[tool.harness.compare] baseline, else quality-baseline.json at the project root)",
    )
    p.add_argument("--update", action="store_true", help="write the measured values as the new floors")
    p.add_argument("--allow-lower", action="store_true", help="with --update: allow floors to go down")
    add_common(p)
    p.set_defaults(func=cmd_gate)


def cmd_gate(args: argparse.Namespace) -> int:
    from harness import runner
    from harness.capture import cassette
    from harness.regression import gate
    cfg = load(args)
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
            update = gate.raise_floors(
                path, result, allow_lower=args.allow_lower, min_site_pages=settings.min_site_pages
            )
        except gate.FloorLoweringRefused as exc:
            print(
                "\n".join(
                    [
                        f"{path}: refusing to lower these floors (--allow-lower to accept):",
                        *(f"  {line}" for line in exc.lowered),
                    ]
                ),
                file=sys.stderr,
            )
            return 1
        print("\n".join(gate.update_lines(update)))
        return 0
    assert baseline is not None
    findings = gate.check(
        result, baseline, tolerance=settings.tolerance, min_site_pages=settings.min_site_pages
    )
    print("\n".join(gate.report_lines(path, findings)))
    return 1 if any(f.severity == "error" for f in findings) else 0
