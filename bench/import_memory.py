"""Peak memory of ``harness import`` on a generated WARC of about 500 MB (bench only, not in the suite).

    python bench/import_memory.py [--mb 500] [--html-share 0.2] [--gzip] [--code DIR]

Writes a WARC in a temporary folder: HTML article pages (about 200 KB each, ``--html-share`` of the
bytes) and images (1 MB each, the rest; a crawl's bytes are mostly media), each ``response`` followed by
its ``request`` record as warcio's capture writes them, and every tenth page captured twice (an older and
a newer capture). Then runs ``python -m harness import`` on it in a child process and prints the child's
peak RSS (``ru_maxrss``) and wall time. ``--code DIR`` runs the harness found in DIR instead (an exported
older commit, to compare before/after side by side on the same WARC).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# a fresh process per run, so each peak is that import's own (RUSAGE_CHILDREN keeps a maximum over children)
PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)
WORDS = [
    "bridge",
    "river",
    "council",
    "spring",
    "traffic",
    "officials",
    "monday",
    "city",
    "vote",
    "budget",
    "school",
    "road",
    "rail",
]


def _html(rng: random.Random, n: int, size: int) -> bytes:
    paragraphs = []
    while sum(map(len, paragraphs)) < size:
        paragraphs.append("<p>" + " ".join(rng.choice(WORDS) for _ in range(60)) + ".</p>")
    return (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
        + "".join(paragraphs)
        + "</article></body></html>"
    ).encode()


def write_warc(path: Path, total_mb: int, html_share: float, compress: bool) -> tuple[int, int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(7)
    html_written, pages, images = 0, 0, 0
    image = os.urandom(1_000_000)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)

        def put(url: str, ctype: str, body: bytes, date: str) -> None:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                url, "response", io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": date}
            )
            writer.write_record(rec)
            req = StatusAndHeaders("GET / HTTP/1.1", [("User-Agent", "bench")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "request",
                    http_headers=req,
                    warc_headers_dict={"WARC-Concurrent-To": rec.rec_headers.get_header("WARC-Record-ID")},
                )
            )

        written = 0
        while written < total_mb * 1e6:
            if html_written <= written * html_share:  # interleaved, as a crawl is
                body = _html(rng, pages, 200_000)
                url = f"https://news.example/{pages}"
                put(url, "text/html; charset=utf-8", body, "2025-01-02T00:00:00Z")
                if pages % 10 == 0:
                    put(
                        url,
                        "text/html; charset=utf-8",
                        body.replace(b"Story", b"Tale"),
                        "2025-01-01T00:00:00Z",
                    )
                pages += 1
                written += len(body)
                html_written += len(body)
            else:
                put(f"https://news.example/img/{images}.jpg", "image/jpeg", image, "2025-01-02T00:00:00Z")
                images += 1
                written += len(image)
    return pages, images


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=500)
    ap.add_argument("--html-share", type=float, default=0.2)
    ap.add_argument("--gzip", action="store_true", help="write .warc.gz (slower to make)")
    ap.add_argument("--code", type=Path, action="append", default=[], help="harness source folder(s) to run")
    ap.add_argument("--keep", type=Path, help="reuse/keep the WARC at this path")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="harness-mem-") as tmp:
        warc = args.keep or Path(tmp) / ("big.warc.gz" if args.gzip else "big.warc")
        if not warc.exists():
            start = time.perf_counter()
            pages, images = write_warc(warc, args.mb, args.html_share, args.gzip)
            print(
                f"wrote {warc.stat().st_size / 1e6:.0f} MB: {pages} pages, {images} images "
                f"in {time.perf_counter() - start:.0f} s"
            )
        for number, code in enumerate(args.code or [Path(__file__).resolve().parent.parent]):
            out = Path(tmp) / f"out-{number}"  # each run writes every cassette
            env = {**os.environ, "PYTHONPATH": str(code.resolve())}
            start = time.perf_counter()
            cmd = [sys.executable, "-m", "harness", "import", str(warc), "--out", str(out), "-q"]
            # cwd: not this checkout, or `python -m harness` would import the harness found there
            run = [sys.executable, "-c", PEAK, *cmd]
            done = subprocess.run(run, env=env, capture_output=True, text=True, cwd=tmp)
            wall = time.perf_counter() - start
            lines = done.stdout.strip().splitlines()
            print(*[ln for ln in lines if ln.startswith("failed")][:5], sep="\n")
            print(f"{code}: {lines[-2:-1]}, peak RSS {int(lines[-1]) / 1024:.0f} MB, {wall:.0f} s")


if __name__ == "__main__":
    main()
