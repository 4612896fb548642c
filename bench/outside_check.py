"""The default gate on real extractor output of pages the checks were not written from.

``bench/checks_accuracy.py`` counts false failures on the corpus's hand-written "perfect" records, mostly
English. This bench runs the bundled ``generic`` extractor over trafilatura's evaluation pages (a checkout of
adbar/trafilatura: ``tests/evaldata.json`` and ``tests/eval/``, 900 pages of many sites, mostly German) and
the corpus's pages, writes the records as JSON lines in a temporary folder and runs ``harness check`` on
them as one run, the way a crawl team gates its output. ``generic`` is not perfect, so a failing page is not
a false alarm by itself; the table says which check fails how many pages, and how many pages fail on that
check alone, which is where a check's false alarms show. ``--show CHECK`` prints that check's failing lines
with the lines around them, to read by hand::

    python bench/outside_check.py --trafilatura <checkout of adbar/trafilatura> [--corpus ../shared/corpus]
    python bench/outside_check.py --trafilatura /tmp/traf --show boilerplate.lone_label

Nothing is kept: the records and the run's report are written under a temporary folder.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks_accuracy import corpus_dir


def pages(trafilatura: Path, corpus: Path | None) -> list[tuple[str, Path]]:
    """(url, HTML file) of every evaluation page, and of the corpus's pages."""
    truth = json.loads((trafilatura / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    # some of the evaluation data's URLs end with a space: a crawler's URL would not
    out = [(url.strip(), trafilatura / "tests" / "eval" / e["file"]) for url, e in truth.items()]
    out = [(url, path) for url, path in out if path.is_file()]
    if corpus is not None and corpus.is_dir():
        for path in sorted(corpus.glob("*/*.html")):
            meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            out.append((meta.get("url") or f"https://{path.parent.name}.invalid/{path.stem}", path))
    return out


def write_records(items: list[tuple[str, Path]], out: Path) -> int:
    from harness.extractors import registry
    from harness.page import Page, RecordedResponse
    from harness.paths import site_for_url

    generic = registry.get("generic")
    written = 0
    with out.open("w", encoding="utf-8") as fh:
        for url, path in items:
            response = RecordedResponse(url, 200, {"content-type": "text/html"}, path.read_bytes())
            try:
                got = generic.extract(Page(response, site_for_url(url), path.stem))
            except Exception as exc:  # one page's failure is reported, the rest still run
                print(f"  {url}: generic failed ({exc!r})", file=sys.stderr)
                continue
            record = dict(got) if isinstance(got, dict) else got.to_dict()  # type: ignore[union-attr]
            record.update(url=url, site=site_for_url(url))
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--trafilatura", type=Path, required=True, help="checkout of adbar/trafilatura")
    parser.add_argument("--corpus", help="the shared corpus (default: $HARNESS_CORPUS or ../shared/corpus)")
    parser.add_argument("--show", action="append", default=[], help="print this check's failing lines")
    args = parser.parse_args(argv)
    if not (args.trafilatura / "tests" / "evaldata.json").is_file():
        parser.error(f"no tests/evaldata.json under {args.trafilatura}")
    corpus = corpus_dir(args.corpus)
    with tempfile.TemporaryDirectory(prefix="outside-check-") as tmp:
        records = Path(tmp) / "records.jsonl"
        n = write_records(pages(args.trafilatura, corpus), records)
        cmd = [sys.executable, "-m", "harness", "check", str(records), "--reports", tmp, "-q", "--exit-zero"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        run = json.loads(next(Path(tmp).glob("*/results.json")).read_text(encoding="utf-8"))
        bodies = {json.loads(line)["url"]: json.loads(line).get("body") or "" for line in records.open()}
    status = collections.Counter(p["status"] for p in run["pages"])
    failing: collections.Counter[str] = collections.Counter()
    alone: collections.Counter[str] = collections.Counter()
    for page in run["pages"]:
        checks = {f["check"] for f in page.get("findings", []) if f.get("gate") == "fail"}
        failing.update(checks)
        if len(checks) == 1:
            alone.update(checks)
    print(f"{n} records; pages: {status['fail']} fail, {status['warn']} warn, {status['pass']} pass\n")
    print("| check | pages it fails | pages failing on it alone |")
    print("| --- | ---: | ---: |")
    for check, count in failing.most_common():
        print(f"| `{check}` | {count} | {alone[check]} |")
    for check in args.show:
        print(f"\n{check}:")
        for page in run["pages"]:
            for f in page.get("findings", []):
                if f["check"] != check or not f.get("excerpt"):
                    continue
                lines = [line for line in bodies.get(page["url"], "").split("\n") if line.strip()]
                at = next((i for i, line in enumerate(lines) if line.strip() == f["excerpt"].strip()), None)
                before = lines[at - 1][:60] if at else "<start>"
                after = lines[at + 1][:60] if at is not None and at + 1 < len(lines) else "<end>"
                print(f"  {page['id'][:50]}\n    {before!r}\n    >> {f['excerpt'][:90]!r}\n    {after!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
