"""Record the demo sites into ``cassettes/`` through :func:`harness.record.record_urls`.

    python -m demo.record [--out DIR]

Starts :mod:`demo.server`, then records every demo URL with a rewrite per site, so the fetch goes to
127.0.0.1 while each cassette keeps the site's public URL. Existing cassettes are re-recorded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from demo.server import serving
from demo.sites import record_targets
from harness.config import HarnessConfig
from harness.record import record_urls

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo.record", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=REPO / "cassettes", help="cassette root (default: cassettes/)"
    )
    args = parser.parse_args(argv)
    cfg = HarnessConfig(root=REPO)
    with serving() as rules:
        summary = record_urls(record_targets(), cfg, out=args.out, force=True, rewrite=list(rules.items()))
    for entry in summary.entries:
        print(entry.line())
    print(summary.counts())
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
