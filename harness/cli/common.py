"""What every command shares: the usage error, common options, config loading, summaries."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from harness.config import HarnessConfig, load_config


class UsageError(Exception):
    """Raised inside commands; main() turns it into parser.error (exit 2)."""


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="read settings from FILE instead of the nearest pyproject.toml [tool.harness] / harness.toml",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress (record, import: no line per written file)"
    )


def add_report_options(p: argparse.ArgumentParser) -> None:
    """``--reports`` and ``--fail-on``, for every command that writes a run."""
    p.add_argument("--reports", type=Path, metavar="DIR", help="where run folders go (default: reports/)")
    p.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        help="lowest severity that makes the exit code 1 (default: error)",
    )
    p.add_argument(
        "--fail-on-new",
        choices=("error", "warning", "info", "off"),
        help="lowest severity at which a finding the page's approved output does not list (a new one) "
        "makes the exit code 1; accepted findings never do (default: warning; off: --fail-on decides)",
    )
    p.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when findings reach --fail-on (report only; usage errors still exit 2)",
    )


def load(args: argparse.Namespace, **overrides: Any) -> HarnessConfig:
    """The config, with flag values on top. A relative path given on the command line is relative to the
    current directory; one written in the config file is relative to that file's folder."""
    for key, value in overrides.items():
        if isinstance(value, Path) and not value.is_absolute():
            overrides[key] = Path.cwd() / value
    return load_config(config_file=args.config, **overrides)


def print_run_summary(result: object, results_path: Path, report_path: Path) -> None:
    """The run in a few bounded lines: the verdict and why, failing pages, regressions with a short diff."""
    from harness.model import RunResult
    from harness.report.terminal import run_lines

    assert isinstance(result, RunResult)
    print("\n".join(run_lines(result)))
    print(f"results: {results_path}")
    print(f"report:  {report_path}")


def print_entries(summary: object, verb: str, quiet: bool = False) -> int:
    """One line per failed or skipped entry (and written ones when few, unless ``quiet``), then the counts."""
    from harness.summary import Summary

    assert isinstance(summary, Summary)
    for entry in summary.entries:
        if entry.status != "written" or (len(summary.entries) <= 20 and not quiet):
            print(entry.line())
    print(f"{verb}: {summary.counts()}")
    return 0 if summary.ok else 1
