"""``harness record`` and ``harness import``: pages into cassettes."""

from __future__ import annotations

import argparse
from pathlib import Path

from harness.capture.scrub import Scrubber
from harness.cli.common import UsageError, add_common, load, print_entries
from harness.progress import Progress

# ----------------------------------------------------------------------------- record / import


def add_record(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    add_common(p)
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


def cmd_record(args: argparse.Namespace) -> int:
    from harness.capture.record import record_urls
    from harness.capture.urls import RewriteError

    cfg = load(args)
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
    return print_entries(summary, "record")


def add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    add_common(p)
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from harness.capture.importer import ImportSourceError, import_dir

    cfg = load(args)
    try:
        summary = import_dir(
            args.source,
            args.out or cfg.cassette_root,
            force=args.force,
            progress=Progress("importing", quiet=args.quiet),
            scrubber=Scrubber.from_config(cfg),
        )
    except ImportSourceError as exc:
        raise UsageError(str(exc)) from None
    return print_entries(summary, "import")
