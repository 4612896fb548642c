"""Record the demo sites into ``cassettes/`` through :func:`harness.capture.record.record_urls`.

    python -m demo.record [--out DIR] [--truth-only]

Starts :mod:`demo.server`, then records every demo URL with a rewrite per site, so the fetch goes to
127.0.0.1 while each cassette keeps the site's public URL. Existing cassettes are re-recorded. Beside each
cassette it writes ``<slug>.truth.json``: the article as written in :mod:`demo.articles`, in the shared
corpus's ground-truth layout, so the demo also shows quality scores.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from demo.server import serving
from demo.sites import SITES, record_targets
from harness.capture import cassette
from harness.capture.record import record_urls
from harness.config import HarnessConfig
from harness.fsutil import atomic_write_json

REPO = Path(__file__).resolve().parents[1]


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def write_truth(root: Path) -> int:
    """Write the ground truth of every demo cassette under ``root``; returns how many were written."""
    articles = {site.url(a): (site, a) for site in SITES for a in site.articles}
    written = 0
    for ref in cassette.discover(root):
        final = _without_query(cassette.load(ref.path).primary_response().url)
        if final not in articles:
            continue
        site, article = articles[final]
        atomic_write_json(
            ref.truth_path,
            {
                "id": ref.slug,
                "url": final,
                "title": article.headline,
                "published": article.date,
                "body": "\n\n".join(article.paragraphs),
                "source_dataset": "news-harness/demo@local",
                "license": "MIT",
                "extra": {
                    "author": article.author,
                    "site_name": site.name,
                    "ground_truth_kind": "as written",
                },
            },
        )
        written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo.record", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=REPO / "cassettes", help="cassette root (default: cassettes/)"
    )
    parser.add_argument("--truth-only", action="store_true", help="only (re)write the ground-truth sidecars")
    args = parser.parse_args(argv)
    ok = True
    if not args.truth_only:
        cfg = HarnessConfig(root=REPO)
        with serving() as rules:
            summary = record_urls(
                record_targets(), cfg, out=args.out, force=True, rewrite=list(rules.items())
            )
        for entry in summary.entries:
            print(entry.line())
        print(summary.counts())
        ok = summary.ok
    print(f"ground truth: {write_truth(args.out)} written")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
