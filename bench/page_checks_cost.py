"""CPU per record of the per-page checks (``page_findings``), record only and with the page (replay).

    HARNESS_CORPUS=../shared/corpus python bench/page_checks_cost.py [--rounds 5]

Records are the corpus's hand-written truths (bodies of ``zyte_aeb``, titles and dates of
``trafilatura_eval``), read at run time. Reports user+system CPU (``resource.getrusage``) per record, the
best of ``--rounds`` rounds. To compare two versions side by side, run it twice in one shell with
``PYTHONPATH`` pointing at each version's checkout (``git archive <commit> harness | tar -x -C DIR``);
the harness it measures is printed first.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
from pathlib import Path
from typing import Any


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _records(corpus: Path) -> list[tuple[dict[str, Any], str, str | None]]:
    from harness.paths import site_for_url

    out = []
    for source in ("trafilatura_eval", "zyte_aeb"):
        for path in sorted((corpus / source).glob("*.json")):
            truth = json.loads(path.read_text(encoding="utf-8"))
            url = truth.get("url") or f"https://{source}.invalid/{truth['id']}"
            html_path = path.with_suffix(".html")
            html = html_path.read_bytes().decode("utf-8", "replace") if html_path.is_file() else None
            rec = {"url": url, "title": truth.get("title"), "published": None, "body": truth.get("body")}
            out.append((rec, site_for_url(url), html))
    return out


def measure(records: list[tuple[dict[str, Any], str, str | None]], rounds: int, replay: bool) -> float:
    from harness.checks import PageContext, load_settings, page_findings

    settings = load_settings({})
    best = float("inf")
    for _ in range(rounds):
        start = _cpu()
        for i, (rec, site, html) in enumerate(records):
            ctx = PageContext(f"{site}/{i}", site, rec["url"], None, None, html if replay else None)
            page_findings(rec, ctx, settings)
        best = min(best, (_cpu() - start) / len(records))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", default=os.environ.get("HARNESS_CORPUS", "../shared/corpus"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    import harness

    records = _records(Path(args.corpus))
    print(f"harness at {Path(harness.__file__).parent}; {len(records)} records, best of {args.rounds}")
    for replay in (False, True):
        ms = measure(records, args.rounds, replay) * 1000
        print(f"{'replay (with the page)' if replay else 'record only':24} {ms:8.3f} ms CPU per record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
