"""A new user's first day: a WARC of a small crawl, a HAR of a browser session and a Scrapy project's cache,
each imported and replayed through the project's real spider callback; nothing lost, no secret kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("scrapy")
pytest.importorskip("warcio")

from capture.crawl_site import crawl_urls, leaked, warc_of_crawl
from capture.scrapy_project import crawl, write_project
from capture.test_sources_har import browser_har

TITLES = {"NEWS: Bridge opens after ten years", "NEWS: Мост открыт"}


def _harness(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "SCRAPY_SETTINGS_MODULE": "newsproj.settings"}
    cmd = [sys.executable, "-m", "harness", *args]
    return subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=180)


def test_three_archives_imported_and_replayed_through_a_spider(local_server, tmp_path: Path) -> None:
    root = write_project(tmp_path / "proj")
    sources = {
        "warc": warc_of_crawl(local_server, root / "crawl.warc.gz"),
        "har": browser_har(local_server, root / "session.har"),
        "scrapy": crawl(root, crawl_urls(local_server)),
    }
    spec = "scrapy:newsproj.spiders.news:NewsSpider.parse_article"
    for name, source in sources.items():
        out = f"cassettes-{name}"
        imported = _harness(root, "import", str(source), "--out", out, "-q")
        assert imported.returncode == 0, imported.stdout + imported.stderr
        lines = imported.stdout.strip().splitlines()
        # all accounted for: two pages written; skipped only the PNG, the page reached by redirect (stored
        # in /old's chain), the spider's /elsewhere 404 and whatever else the browser asked for (favicon)
        assert lines[-1].startswith("import: 2 written, ") and lines[-1].endswith(" 0 failed"), lines
        reasons = [line.split(": ", 1)[-1] for line in lines[:-1]]
        assert all(r.startswith(("not HTML", "hop of", "HTTP 404")) for r in reasons), (name, reasons)
        assert "not HTML: image/png" in reasons, (name, reasons)
        assert leaked(root / out) == [], name
        hits = len(local_server.hits)
        reports = f"reports-{name}"
        ran = _harness(root, "run", out, "-e", spec, "--reports", reports, "-q", "--exit-zero")
        assert ran.returncode == 0, ran.stdout + ran.stderr
        assert len(local_server.hits) == hits, f"{name}: replay touched the network"
        results = json.loads(next((root / reports).glob("*/results.json")).read_text())
        titles = {p["record"]["title"] for p in results["pages"] if p.get("record")}
        assert titles == TITLES, (name, results["pages"])
