"""The ``harness`` command line. Every command calls the same library functions the pytest plugin calls.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage error, 3 the run did not finish (an
internal error), 130 interrupted (Ctrl-C). A run that did not finish never exits 0, ``--exit-zero`` or not.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from harness._version import __version__
from harness.cli import capture, drift, regression, run
from harness.cli.common import UsageError
from harness.config import ConfigError

EPILOG = """\
typical use:
  harness record https://news.example/2025/06/03/story    record a page into cassettes/<site>/<slug>.yaml
  harness import crawl-dump/ --out cassettes/             turn saved .html files into cassettes
  harness run                                             replay cassettes/ offline through 'generic'
  harness run cassettes/example.com --extractor trafilatura
  harness check crawl-output.jsonl                        check records from any scraper
  harness approve                                         approve the outputs of the pages that ran

settings come from [tool.harness] in pyproject.toml (or harness.toml); flags override them.
exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error, 3 the run did not finish,
130 interrupted.
"""

UNFINISHED = 3
INTERRUPTED = 130


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
        run.add_run,
        capture.add_record,
        capture.add_import,
        run.add_check,
        regression.add_approve,
        regression.add_compare,
        regression.add_gate,
        drift.add_drift,
        run.add_extractors,
    ):
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except _usage_errors() as exc:
        # one line that says what was wrong; argparse's usage line is for mistyped arguments, not these
        # (SystemExit, as argparse's own errors, so callers of main() see one behaviour)
        print(f"harness: error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    except KeyboardInterrupt:
        print("interrupted: the run did not finish", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # `harness drift | head`: the reader left; end quietly, as cat does
        _quiet_broken_pipe()
        return 141
    except SystemExit as exc:  # nothing in a command exits on purpose: the run did not finish
        print(
            f"harness: the run did not finish (SystemExit({exc.code!r}) inside the harness)", file=sys.stderr
        )
        return UNFINISHED
    except Exception:  # a harness bug: say so, and never let it pass for a clean run
        traceback.print_exc()
        print("harness: internal error: the run did not finish", file=sys.stderr)
        return UNFINISHED


def _usage_errors() -> tuple[type[Exception], ...]:
    """The exceptions that are the user's mistake (exit 2). Nothing heavy is imported to name them:
    a schema error can only have been raised if :mod:`harness.validate` was imported already."""
    from harness.extractors.base import ExtractorUnavailable
    from harness.extractors.registry import UnknownExtractor

    errors: list[type[Exception]] = [UsageError, ConfigError, UnknownExtractor, ExtractorUnavailable]
    validate = sys.modules.get("harness.validate")
    if validate is not None:
        errors.append(validate.SchemaConfigError)
    return tuple(errors)


def _quiet_broken_pipe() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot raise again at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
