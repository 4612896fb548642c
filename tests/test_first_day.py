"""A scraping team's first day, end to end, as a new user has it: the built wheel in a fresh environment,
a project folder with its own extractor module, a local news server, then record, run, approve, break the
extractor, read the failure, rerun the failing node id, update, and drift. Real processes throughout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STORIES = {
    "harbour-bridge": (
        "Harbour bridge reopens after two years",
        "Cars crossed the old harbour bridge on Tuesday for the first time since the spring of last year.",
        "Engineers replaced the steel deck and the lifting gear, which had been installed in the fifties.",
        "Ferry crews who carried commuters during the closure will return to their summer timetable.",
        "A plaque on the southern pier now lists the names of the welders and riveters who worked there.",
    ),
    "night-ferry": (
        "Night ferry returns to the timetable",
        "The last boat to the islands will leave at eleven again, the operator announced on Monday.",
        "Students and shift workers had collected four thousand signatures against the earlier cut.",
        "A second crew was hired for the winter, paid for by a small rise in the price of a return.",
        "Island shops expect the evening trade to recover before the sailing season begins in May.",
    ),
    "river-dam": (
        "River dam passes its first flood test",
        "Water rose to within a metre of the crest overnight, yet the new spillway held as designed.",
        "Farmers downstream moved their cattle to higher fields as a precaution before the peak.",
        "Inspectors will walk the embankment next week to look for seepage along its foot.",
        "The reservoir behind the wall supplies drinking water to some forty thousand households.",
    ),
    "old-market": (
        "Old market hall gets a new roof",
        "Slate from a quarry in the hills covers the hall again after a decade under tarpaulins.",
        "Traders kept their stalls open through the works, moving from one aisle to the next.",
        "The council hopes the restored building will draw weekend visitors back to the square.",
        "Rain had ruined the oak beams above the fish counters, so carpenters rebuilt them by hand.",
    ),
    "tram-line": (
        "Tram line to the airport opens in spring",
        "Test runs with passengers start in March along the eleven stops between station and terminal.",
        "The line replaces a shuttle bus that was often stuck in traffic on the ring road.",
        "Tickets will cost the same as a city fare, the transport authority confirmed.",
        "Residents near the depot asked for a noise barrier, and the builders agreed to add one.",
    ),
}
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Port Gazette</title>
<meta property="article:published_time" content="2025-0{n}-1{n}T08:00:00+01:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>{p1}</p>
<p>{p2}</p>
<p>{p3}</p>
<p>{p4}</p>
</article><footer>Port Gazette</footer></body></html>"""
EXTRACTOR = """
def parse(page):
    soup = page.soup
    meta = soup.find("meta", attrs={"property": "article:published_time"})
    paragraphs = [p.get_text(" ", strip=True) for p in soup.select("article p")]
    return {
        "title": soup.h1.get_text(strip=True),
        "published": meta["content"] if meta else None,
        "body": "\\n\\n".join(paragraphs[:KEEP]),
    }
"""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        slug = self.path.strip("/").removeprefix("news/")
        if slug not in STORIES:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        n = list(STORIES).index(slug) + 1
        title, p1, p2, p3, p4 = STORIES[slug]
        body = PAGE.format(title=title, p1=p1, p2=p2, p3=p3, p4=p4, n=n).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout, installed into a new environment that borrows the dependencies
    already installed here (so the test needs no download), not this checkout's editable install."""
    tmp = tmp_path_factory.mktemp("first-day")
    wheels = tmp / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(REPO)],
        check=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("news_harness-*.whl")
    env_dir = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True, timeout=120)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        check=True,
        timeout=300,
    )
    return env_dir / "bin"


def _run(bindir: Path, project: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HARNESS_CONFIG", "VIRTUAL_ENV")}
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    # pytest is a borrowed dependency, so it has no script in the new environment: run it as a module
    command = [str(bindir / "python"), "-m", "pytest"] if argv[0] == "pytest" else [str(bindir / argv[0])]
    return subprocess.run(
        [*command, *argv[1:]], cwd=project, env=env, capture_output=True, text=True, timeout=600
    )


def _extractor(project: Path, keep: int) -> None:
    (project / "mymod.py").write_text(EXTRACTOR.replace("KEEP", str(keep)))


def test_first_day(venv: Path, server: str, tmp_path: Path) -> None:
    project = tmp_path / "newsroom"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\nversion = "0"\n\n[tool.harness]\nextractors = ["mymod:parse"]\n'
    )
    _extractor(project, keep=4)
    urls = [f"{server}/news/{slug}" for slug in STORIES]

    # the installed package is the wheel, not this checkout
    where = _run(venv, project, "python", "-c", "import harness; print(harness.__file__)")
    assert where.returncode == 0 and str(REPO) not in where.stdout, where.stdout + where.stderr

    recorded = _run(venv, project, "harness", "record", "-q", *urls)
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    cassettes = sorted((project / "cassettes").rglob("*.yaml"))
    assert len(cassettes) == len(STORIES)

    first = _run(venv, project, "harness", "run", "-q")
    assert first.returncode == 0, first.stdout + first.stderr
    approved = _run(venv, project, "harness", "approve")
    assert approved.returncode == 0, approved.stdout + approved.stderr
    assert len(list((project / "cassettes").rglob("*.approved.json"))) == len(STORIES)
    again = _run(venv, project, "harness", "run", "-q")
    assert again.returncode == 0, again.stdout + again.stderr

    # the extractor breaks: every page loses its last paragraph
    _extractor(project, keep=3)
    broken = _run(venv, project, "harness", "run", "-q")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "regression.changed" in broken.stdout
    assert "--- approved" in broken.stdout and "- A plaque on the southern pier" in broken.stdout
    results = json.loads((project / "reports" / "latest" / "results.json").read_text())
    assert all(any(f["check"] == "regression.changed" for f in p["findings"]) for p in results["pages"])
    report = (project / "reports" / "latest" / "index.html").read_text()
    assert "<html" in report.lower()

    # pytest shows failing node ids that rerun as they are
    tested = _run(venv, project, "pytest", "-p", "no:cacheprovider", "-q")
    assert tested.returncode == 1, tested.stdout + tested.stderr
    failed = [line.split()[1] for line in tested.stdout.splitlines() if line.startswith("FAILED ")]
    pages_failed = [node for node in failed if ".yaml::" in node]
    assert len(pages_failed) == len(STORIES), tested.stdout
    failed = pages_failed
    rerun = _run(venv, project, "pytest", "-p", "no:cacheprovider", "-q", failed[0])
    again = [line.split()[1] for line in rerun.stdout.splitlines() if line.startswith("FAILED ")]
    assert rerun.returncode == 1 and [n for n in again if ".yaml::" in n] == failed[:1], rerun.stdout

    # the change was intended: update the approvals, and the suite is green again
    updated = _run(venv, project, "pytest", "-p", "no:cacheprovider", "-q", "--harness-update")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    green = _run(venv, project, "pytest", "-p", "no:cacheprovider", "-q")
    assert green.returncode == 0, green.stdout + green.stderr

    # the live site has not changed overnight: drift finds nothing to fail on
    drift = _run(venv, project, "harness", "drift", "-q")
    assert drift.returncode == 0, drift.stdout + drift.stderr
    assert "unchanged" in drift.stdout
