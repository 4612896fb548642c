"""``harness record`` and ``harness import``: pages into cassettes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from harness.capture.scrub import Scrubber
from harness.cli.common import UsageError, add_common, load, print_entries
from harness.progress import Progress

if TYPE_CHECKING:
    from harness.extractors.scrapy_adapter import ScrapyCallbackExtractor

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
        "  harness record --rewrite https://news.example=http://127.0.0.1:8000 https://news.example/a\n"
        "  harness record --follow 'scrapy:myproj.spiders.news:NewsSpider.parse,follow=5' https://news.example/a\n",
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
    p.add_argument(
        "--follow",
        metavar="SPEC",
        help="run this Scrapy callback (scrapy:pkg.mod:Spider.cb[,follow=N]) on each page and store the "
        "requests it yields, breadth-first, at most N (default 10) per page, in the page's cassette, so "
        "that replay with follow on finds them",
    )
    add_common(p)
    p.set_defaults(func=cmd_record)


def _spider(spec: str) -> ScrapyCallbackExtractor:
    """The ``--follow`` spider callback, following on (10 requests a page unless the spec says)."""
    from harness.extractors import registry
    from harness.extractors.scrapy_adapter import ScrapyCallbackExtractor
    from harness.extractors.scrapy_follow import DEFAULT_FOLLOW

    if not spec.startswith("scrapy:"):
        raise UsageError(
            f"--follow {spec}: expected a spider callback, scrapy:package.module:Spider.callback"
        )
    try:
        extractor = registry.get(spec)
    except (registry.UnknownExtractor, registry.ExtractorUnavailable) as exc:
        raise UsageError(f"--follow: {exc}") from None
    assert isinstance(extractor, ScrapyCallbackExtractor)
    extractor.follow = extractor.follow or DEFAULT_FOLLOW
    return extractor


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
            follow=_spider(args.follow).follow_live if args.follow else None,
        )
    except RewriteError as exc:
        raise UsageError(str(exc)) from None
    return print_entries(summary, "record", args.quiet)


def add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help="turn saved pages, WARC/WACZ/HAR files or a Scrapy cache into cassettes, offline",
        description="Turn pages a crawler already saved into cassettes, with no network. SOURCE is chosen by "
        "type: a folder of .html/.htm files (each becomes <out>/<site>/<slug>.yaml, body byte-identical, a "
        "<stem>.json sidecar gives the URL and is kept as <slug>.truth.json); a .warc/.warc.gz (responses, "
        "their requests, revisits resolved, redirect chains kept); a .wacz (the WARCs inside, its "
        "pages.jsonl says which are pages); a .har (document responses); or a Scrapy HTTP cache folder "
        "(.scrapy/httpcache, read from its plain files, never unpickled). Secrets are scrubbed as at record "
        "time; every input record is accounted for (non-HTML, older captures and filtered ones are counted "
        "as skipped).",
        epilog="examples:\n  harness import ../shared/corpus/zyte_aeb --out /tmp/aeb-cassettes\n"
        "  harness import crawl.warc.gz --site example.com --since 2025-01-01\n"
        "  harness import archive.wacz --url-glob '*/2025/*' --limit 100\n"
        "  harness import session.har\n  harness import .scrapy/httpcache --all-captures\n"
        "  harness import .scrapy/httpcache --follow 'scrapy:proj.spiders.news:NewsSpider.parse_teaser'\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("source", type=Path, metavar="SOURCE", help="folder, .warc[.gz], .wacz, .har or httpcache")
    p.add_argument("--out", type=Path, metavar="DIR", help="cassette folder (default: the configured one)")
    p.add_argument("--force", action="store_true", help="overwrite cassettes that already exist")
    g = p.add_argument_group("archives (WARC, WACZ, HAR, Scrapy cache)")
    g.add_argument(
        "--all-captures",
        action="store_true",
        help="keep every capture of a URL as its own cassette (default: the latest)",
    )
    g.add_argument("--url-glob", action="append", default=[], metavar="GLOB", help="only URLs matching GLOB")
    g.add_argument("--site", metavar="DOMAIN", help="only pages of this site (registrable domain)")
    g.add_argument("--limit", type=int, metavar="N", help="write at most N cassettes")
    g.add_argument("--since", metavar="WHEN", help="only captures at or after WHEN (ISO 8601, UTC)")
    g.add_argument("--until", metavar="WHEN", help="only captures at or before WHEN (ISO 8601, UTC)")
    g.add_argument(
        "--follow",
        metavar="SPEC",
        help="run this Scrapy callback (scrapy:pkg.mod:Spider.cb[,follow=N]) on each page and store the "
        "archive's pages its requests ask for (at most N, default 10) in that page's cassette",
    )
    add_common(p)
    p.set_defaults(func=cmd_import)


def _when(value: str | None, flag: str) -> str | None:
    from harness.capture.sources import iso_utc

    if value is None:
        return None
    text = value.strip()
    if len(text) == 10:  # a day: since its start, until its end
        text += "T23:59:59Z" if flag == "--until" else "T00:00:00Z"
    when = iso_utc(text)
    if when is None:
        raise UsageError(f"{flag} {value!r}: expected an ISO 8601 date or time, e.g. 2025-03-04T09:15:00Z")
    return when


def _filters(args: argparse.Namespace) -> object:
    from harness.capture.sources.writer import Filters

    if args.limit is not None and args.limit < 0:
        raise UsageError(f"--limit {args.limit}: expected a number >= 0")
    return Filters(
        url_globs=tuple(args.url_glob),
        site=args.site,
        since=_when(args.since, "--since"),
        until=_when(args.until, "--until"),
        limit=args.limit,
        all_captures=args.all_captures,
    )


def _archive_flags(args: argparse.Namespace) -> list[str]:
    named = {"--url-glob": args.url_glob, "--site": args.site, "--limit": args.limit is not None}
    named |= {"--since": args.since, "--until": args.until, "--all-captures": args.all_captures}
    named |= {"--follow": args.follow}
    return [flag for flag, value in named.items() if value]


def cmd_import(args: argparse.Namespace) -> int:
    from harness.capture.importer import ImportSourceError, import_dir
    from harness.capture.sources import SourceError, open_source
    from harness.capture.sources.writer import Filters, SourceWriter

    cfg = load(args)
    progress = Progress("importing", quiet=args.quiet)
    scrubber = Scrubber.from_config(cfg)
    out = args.out or cfg.cassette_root
    try:
        source = open_source(args.source)
        if source.name == "folder":  # saved pages: their sidecars and refusals file, see importer
            if _archive_flags(args):
                raise UsageError(
                    f"{', '.join(_archive_flags(args))}: only for archives, not a folder of pages"
                )
            summary = import_dir(args.source, out, force=args.force, progress=progress, scrubber=scrubber)
            return print_entries(summary, "import", args.quiet)
        filters = _filters(args)
        assert isinstance(filters, Filters)
        follow = _spider(args.follow).follow_archive if args.follow else None
        writer = SourceWriter(
            out,
            scrubber=scrubber,
            filters=filters,
            force=args.force,
            fmt=source.name,
            progress=progress,
            follow=follow,
        )
        summary = writer.run(source)
    except (ImportSourceError, SourceError) as exc:
        raise UsageError(str(exc)) from None
    return _print_archive(summary)


def _print_archive(summary: object) -> int:
    """Failures one per line; skips one per line when few, else counted by reason (non-HTML: 812)."""
    from collections import Counter

    from harness.summary import Summary

    assert isinstance(summary, Summary)
    few = len(summary.entries) <= 40
    for entry in summary.entries:
        if entry.status == "failed" or (few and entry.status == "skipped"):
            print(entry.line())
    if not few:
        reasons = Counter(_reason_kind(e.reason or "") for e in summary.skipped)
        for reason, count in reasons.most_common():
            print(f"skipped  {count:>6}  {reason}")
    print(f"import: {summary.counts()}")
    return 0 if summary.ok else 1


_KINDS = (
    ("hop of ", "hop of a redirect chain (stored in the chain's cassette)"),
    ("redirect to ", "redirect to a page that was not imported"),
    ("revisit of ", "revisit whose original payload is not in the archive"),
)


def _reason_kind(reason: str) -> str:
    """Reasons that name a URL are counted together (``hop of http://x/y`` -> ``hop of a redirect...``)."""
    return next((kind for prefix, kind in _KINDS if reason.startswith(prefix)), reason)
