"""Benchmark the HTML report on a realistic large run.

    python bench/report_bench.py                 # 10,000 pages: size and build time
    python bench/report_bench.py --browser       # also the load time in headless Chromium (/usr/bin/chromium)
    python bench/report_bench.py --pages 200 --screenshot bench/out/small.png

The run has ~3 KB bodies made of real sentences (from ../shared/corpus when present, else a synthetic
vocabulary), findings on about a quarter of the pages, approval diffs, quality scores and drift labels,
plus a previous run so the comparison is exercised. Output goes to bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

from harness.model import Finding, PageResult, RunResult
from harness.regression.diffing import word_ops
from harness.report import write_report

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 15.0
TARGET_LOAD_S = 2.0
BOILERPLATE = (
    "Sign up for our newsletter to get the day's top stories.",
    "Read more: related coverage",
    "Advertisement",
    "Share this article on social media",
    "All rights reserved.",
)


def sentence_pool(corpus: Path) -> list[str]:
    """Real sentences from the corpus' ground-truth bodies, or made-up ones when it is absent."""
    texts = [
        json.loads(p.read_text(encoding="utf-8")).get("body") or "" for p in sorted(corpus.glob("*/*.json"))
    ]
    sentences = [s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if 30 < len(s.strip()) < 400]
    if len(sentences) > 500:
        return sentences
    rng = random.Random(7)
    words = [
        "".join(rng.choice("etaoinshrdlucmfwyp") for _ in range(rng.randint(2, 10))) for _ in range(5000)
    ]
    return [" ".join(rng.choices(words, k=rng.randint(8, 30))).capitalize() + "." for _ in range(20_000)]


def body_text(rng: random.Random, pool: list[str], size: int = 3000) -> str:
    paragraphs: list[str] = []
    total = 0
    while total < size:
        para = " ".join(rng.choices(pool, k=rng.randint(2, 5)))
        paragraphs.append(para)
        total += len(para) + 2
    return "\n\n".join(paragraphs)


def edit(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(words))
        words[at] = rng.choice(["revised", "updated", "(corrected)", "percent", words[at].upper()])
    return " ".join(words)


def make_page(rng: random.Random, pool: list[str], n: int, site: str, previous: bool) -> PageResult:
    body = body_text(rng, pool)
    title = rng.choice(pool)[:90]
    findings: list[Finding] = []
    roll = rng.random()
    if roll < 0.12:
        line = rng.choice(BOILERPLATE)
        body = body + "\n\n" + line
        findings.append(
            Finding(
                "boilerplate.recurring",
                "warning",
                "$.body",
                f"line recurs on {rng.randint(5, 80)} pages of {site}",
                excerpt=line,
            )
        )
    elif roll < 0.18:
        findings.append(
            Finding("schema", "error", "$.published", "$.published: None is not of type 'string'")
        )
    elif roll < 0.22:
        body = title + "\n\n" + body
        findings.append(
            Finding(
                "title.repeated_in_body", "warning", "$.body", "body starts with the title", excerpt=title
            )
        )
    elif roll < 0.25 and not previous:
        findings.append(
            Finding("body.too_short", "error", "$.body", "body has 212 characters, expected >= 500")
        )
    record: dict[str, Any] = {
        "url": f"https://{site}/news/{n}",
        "site": site,
        "title": title,
        "published": "2024-05-01T08:00:00+00:00",
        "body": body,
        "authors": [rng.choice(["A. Writer", "B. Reporter", "C. Editor"])],
        "language": "en",
        "extractor": "generic",
        "extractor_version": "1.0",
    }
    approval: dict[str, Any]
    a = rng.random()
    if a < 0.10:
        approved = edit(rng, body)
        approval = {
            "status": "changed",
            "changes": [
                # As regression.approve writes it: both sides shortened, word ops from regression.diffing.
                {
                    "field": "$.body",
                    "approved": approved[:300],
                    "actual": body[:300],
                    "diff": word_ops(approved, body),
                },
            ],
        }
    elif a < 0.15:
        approval = {"status": "new"}
    else:
        approval = {"status": "same"}
    quality = (
        {"title": {"exact": float(rng.random() > 0.2)}, "body": {"f1": round(rng.uniform(0.6, 1), 3)}}
        if rng.random() < 0.1
        else None
    )
    drift = (
        {
            "label": rng.choice(["unchanged", "unchanged", "content_edited", "template_changed", "breaking"]),
            "reasons": ["selector .article-body matched nothing"],
            "fields": ["body"],
        }
        if rng.random() < 0.05
        else None
    )
    return PageResult(
        id=f"{site}/article-{n}",
        site=site,
        url=record["url"],
        cassette=f"cassettes/{site}/article-{n}.yaml",
        extractor="generic",
        record=record,
        findings=tuple(findings),
        elapsed_ms=rng.uniform(5, 60),
        captured_at="2024-05-01T09:00:00Z",
        quality=quality,
        approval=approval,
        drift=drift,
    )


def make_run(pages: int, *, seed: int = 1, previous: bool = False, corpus: Path | None = None) -> RunResult:
    rng = random.Random(seed + (1000 if previous else 0))
    pool = sentence_pool(corpus or ROOT.parent / "shared" / "corpus")
    sites = [f"news{i:02d}.example" for i in range(40)]
    result = tuple(make_page(rng, pool, n, sites[n % len(sites)], previous) for n in range(pages))
    return RunResult(
        run_id="bench-previous" if previous else "bench-run",
        started_at="2024-05-01T09:00:00Z",
        finished_at="2024-05-01T09:10:00Z",
        harness_version="bench",
        extractors=("generic",),
        config_digest="0" * 16,
        source="cassettes",
        pages=result,
        summary={
            "pages": pages,
            "quality": {"title": {"exact": 0.81}, "body": {"f1": 0.873, "precision": 0.9}},
        },
    )


def browser_load(path: Path, screenshot: Path | None) -> tuple[float, float]:
    """Seconds until the report is ready, and until a row's details are shown, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready]", timeout=60_000)
        ready = time.perf_counter() - start
        if screenshot is not None:
            page.screenshot(path=str(screenshot))
        start = time.perf_counter()
        page.click("tr.row >> nth=0")
        page.wait_for_selector("td.detail")
        opened = time.perf_counter() - start
        if screenshot is not None:
            page.screenshot(path=str(screenshot.with_name(screenshot.stem + "-detail.png")))
        browser.close()
    return ready, opened


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--browser", action="store_true", help="measure load time in /usr/bin/chromium")
    parser.add_argument("--screenshot", type=Path, help="save a screenshot (implies --browser)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    run, previous = make_run(args.pages), make_run(args.pages, previous=True)
    made = time.perf_counter() - t0
    folder = args.out / f"report-{args.pages}"
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    path = write_report(run, folder, previous=previous)
    build = time.perf_counter() - t0
    mb = path.stat().st_size / 1e6
    raw = sum(len((p.record or {}).get("body") or "") for p in run.pages) / 1e6
    print(f"pages            {args.pages:,} (bodies {raw:.1f} MB of text; run generated in {made:.1f} s)")
    print(f"report           {path}")
    print(f"size             {mb:.2f} MB   ({mb / TARGET_MB:.0%} of the {TARGET_MB:.0f} MB target)")
    print(f"build            {build:.2f} s")
    if args.browser or args.screenshot:
        ready, opened = browser_load(path, args.screenshot)
        share = f"{ready / TARGET_LOAD_S:.0%} of the {TARGET_LOAD_S:.0f} s target"
        print(f"load (Chromium)  {ready:.2f} s   ({share})")
        print(f"open a page      {opened * 1000:.0f} ms")
    return 0 if mb <= TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
