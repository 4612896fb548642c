"""How precise the title checks that need real titles are: ``body.title_mismatch`` and ``title.date_only``.

The hand-written truths of ``checks_accuracy.py`` have no record with both a title and a body, so the
precision of a check comparing the two cannot be measured there. This bench pairs each page's title with its
own body as ``generic`` extracts them from the corpus's pages (and, with ``--readability``, as
Readability.js's expected output of its test pages gives them), counts the pairs the checks fail (false
alarms, unless the extractor got the page wrong), then puts each title over the bodies of pages of other
sites (another article's body under the title) and counts how many of those the check fails.
``title.date_only`` is run over every ``<title>`` and ``og:title`` of the pages given (a false alarm is a
real page's title called a date).

    python bench/title_checks.py --corpus ../shared/corpus [--readability DIR] [--html DIR ...]

Nothing is written; the pages are read where they lie.
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks_accuracy import corpus_dir

from harness.checks.page import title_mismatch
from harness.dates import is_only_date

_TITLES = re.compile(
    rb"<title[^>]*>(.*?)</title>|<meta[^>]+(?:og:title|twitter:title)[^>]+content=[\"']([^\"']+)", re.S | re.I
)
SWAPS = 6  # other-site bodies under each title


def corpus_pairs(corpus: Path) -> list[tuple[str, str, str]]:
    """(site, title, body) as ``generic`` extracts them from each corpus page."""
    from harness.extractors import registry
    from harness.page import Page, RecordedResponse
    from harness.paths import site_for_url

    generic = registry.get("generic")
    pairs = []
    for path in sorted(corpus.glob("*/*.html")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        url = truth.get("url") or f"https://{path.parent.name}.invalid/{path.stem}"
        response = RecordedResponse(url, 200, {"content-type": "text/html"}, path.read_bytes())
        out = generic.extract(Page(response, site_for_url(url), path.stem))
        record = out if isinstance(out, dict) else out.to_dict()  # type: ignore[union-attr]
        if record.get("title") and record.get("body"):
            pairs.append((site_for_url(url), record["title"], record["body"]))
    return pairs


def readability_pairs(folder: Path) -> list[tuple[str, str, str]]:
    """(test page, title, text) from Readability.js's expected outputs, less its lorem-ipsum unit pages."""
    from lxml import html as lxml_html

    pairs = []
    for page in sorted(p for p in folder.iterdir() if (p / "expected.html").is_file()):
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        text = "\n".join(
            t.strip()
            for t in lxml_html.fromstring((page / "expected.html").read_text(encoding="utf-8")).itertext()
            if t.strip()
        )
        if meta.get("title") and text and "lorem" not in text[:400].lower():
            pairs.append((page.name, meta["title"], text))
    return pairs


def eval_pairs(folder: Path) -> list[tuple[str, str, str, list[str]]]:
    """(file, title, body, snippets the truth says the body holds) as ``generic`` extracts trafilatura's
    evaluation pages (``tests/evaldata.json`` and ``tests/eval/``)."""
    from harness.extractors import registry
    from harness.page import Page, RecordedResponse

    generic = registry.get("generic")
    truth = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    pairs = []
    for entry in truth.values():
        path = folder / "eval" / entry["file"]
        if not path.is_file():
            continue
        response = RecordedResponse(
            "https://example.org/", 200, {"content-type": "text/html"}, path.read_bytes()
        )
        out = generic.extract(Page(response, "example.org", path.stem))
        record = out if isinstance(out, dict) else out.to_dict()  # type: ignore[union-attr]
        if record.get("title") and record.get("body"):
            pairs.append((entry["file"], record["title"], record["body"], list(entry.get("with") or [])))
    return pairs


def mismatch(title: str, body: str) -> str | None:
    """What ``body.title_mismatch`` says of this pair: strong (an error), weak (info) or nothing."""
    check = title_mismatch(title, body)
    return None if check is None else "strong" if check == "body.title_mismatch" else "weak"


def page_titles(folders: list[Path]) -> list[str]:
    found = set()
    for folder in folders:
        for path in folder.rglob("*.html"):
            for m in _TITLES.finditer(path.read_bytes()):
                raw = (m.group(1) or m.group(2) or b"").decode("utf-8", "replace")
                title = " ".join(html_lib.unescape(raw).split())
                if title:
                    found.add(title)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", help="corpus folder (default: $HARNESS_CORPUS or ../shared/corpus)")
    parser.add_argument("--readability", type=Path, help="Readability.js's test/test-pages folder")
    parser.add_argument("--html", type=Path, action="append", default=[], help="more pages for titles")
    parser.add_argument("--trafilatura", type=Path, help="trafilatura's tests folder (evaldata.json, eval/)")
    args = parser.parse_args(argv)
    corpus = corpus_dir(args.corpus)
    if not corpus.is_dir():
        parser.error(f"need the corpus at {corpus}")
    sets = {"corpus, generic's output": corpus_pairs(corpus)}
    if args.readability:
        sets["Readability.js test pages"] = readability_pairs(args.readability)
    rnd = random.Random("title-checks")
    print("| pairs | pages | own body: error / info | another site's body: error / info |")
    print("| --- | --- | --- | --- |")
    for name, pairs in sets.items():
        own = [mismatch(t, b) for _, t, b in pairs]
        swapped = [
            mismatch(title, pairs[j][2])
            for site, title, _ in pairs
            for j in rnd.sample(range(len(pairs)), min(SWAPS, len(pairs)))
            if pairs[j][0] != site
        ]
        shown = [
            f"{own.count(kind)} ({100 * own.count(kind) / len(own):.1f}%)" for kind in ("strong", "weak")
        ]
        caught = [
            f"{swapped.count(kind)} ({100 * swapped.count(kind) / len(swapped):.1f}%)"
            for kind in ("strong", "weak")
        ]
        print(f"| {name} | {len(pairs)} | {' / '.join(shown)} | {' / '.join(caught)} of {len(swapped)} |")
        for (_, title, body), kind in zip(pairs, own, strict=True):
            if kind == "strong":
                print(f"  own body, error: {title[:80]!r} over {body[:60]!r}", file=sys.stderr)
    if args.trafilatura:
        from harness.checks.text import squash

        evals = eval_pairs(args.trafilatura)
        right = wrong = 0
        for name, title, body, snippets in evals:
            if mismatch(title, body) != "strong":
                continue
            whole = bool(snippets) and all(squash(s) in squash(body) for s in snippets)
            right += whole
            wrong += not whole
            shown = "body holds every snippet" if whole else "body misses snippets"
            print(f"  trafilatura eval, error: {name[:50]} ({shown}, {len(body)} chars)", file=sys.stderr)
        print(
            f"| trafilatura's evaluation pages, generic's output | {len(evals)} | error on {right + wrong}: "
            f"{right} whose body holds every snippet the truth lists, {wrong} whose body misses some | - |"
        )
    titles = page_titles([corpus, *args.html, *([args.readability] if args.readability else [])])
    titles += [t for pairs in sets.values() for _, t, _ in pairs]
    dated = sorted({t for t in titles if is_only_date(t)})
    print(f"\ntitle.date_only on {len(set(titles))} real titles: {len(dated)} false alarms {dated[:10]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
