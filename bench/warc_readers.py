"""warcio against FastWARC on the same WARC: the corpus's pages written as a gzipped WARC in a temp folder.

    python bench/warc_readers.py --corpus ../shared/corpus [--copies 5] [--rounds 3]

Each saved page becomes one ``response`` record (gzip-encoded body, as a server sends it) plus one
``request`` record, ``--copies`` times over. Both readers iterate every record and read each response's
payload; warcio's ``content_stream()`` also undoes the gzip, FastWARC's ``reader`` gives the raw payload
and the gzip is undone with ``zlib`` (same work). Prints the median seconds and the ratio. Nothing derived
from the corpus is kept: the WARC lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import gzip
import io
import statistics
import tempfile
import time
import zlib
from pathlib import Path


def write_warc(corpus: Path, path: Path, copies: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = sorted(corpus.rglob("*.html"))
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for copy in range(copies):
            for page in pages:
                url = f"https://{page.parent.name}.invalid/{copy}/{page.stem}"
                body = gzip.compress(page.read_bytes())
                headers = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
                http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(url, "response", io.BytesIO(body), http_headers=http)
                )
                req = StatusAndHeaders(
                    f"GET /{page.stem} HTTP/1.1", [("Host", "x.invalid")], is_http_request=True
                )
                writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
    return len(pages) * copies


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                total += len(rec.content_stream().read())
    return total


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response | WarcRecordType.request):
            if rec.record_type == WarcRecordType.response:
                total += len(zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(rec.reader.read()))
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "corpus.warc.gz"
        n = write_warc(args.corpus, warc, args.copies)
        times: dict[str, list[float]] = {"warcio": [], "fastwarc": []}
        sizes = {}
        for _ in range(args.rounds):  # interleaved, so load on the machine hits both alike
            for name, fn in (("warcio", read_warcio), ("fastwarc", read_fastwarc)):
                start = time.perf_counter()
                sizes[name] = fn(warc)
                times[name].append(time.perf_counter() - start)
        assert sizes["warcio"] == sizes["fastwarc"], sizes
        w, f = statistics.median(times["warcio"]), statistics.median(times["fastwarc"])
        mb = warc.stat().st_size / 1e6
        print(f"{n} responses, {mb:.1f} MB gzipped WARC, {sizes['warcio'] / 1e6:.1f} MB of pages")
        print("| reader | median s | pages/s |\n| --- | --- | --- |")
        print(f"| warcio | {w:.2f} | {n / w:.0f} |\n| FastWARC | {f:.2f} | {n / f:.0f} |")
        print(f"FastWARC / warcio time: {f / w:.2f}")


if __name__ == "__main__":
    main()
