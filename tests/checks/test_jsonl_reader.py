"""``harness check`` reads lines as JSON lines are defined; one bad line costs that line alone."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from harness.checks import jsonl
from harness.checks.reader import InputError, Raw, chunks, decode, files, raws
from harness.config import load_config
from harness.runner import RunContext
from tests.checks.helpers import ARTICLE

GOOD = {"url": "https://news.example.com/a", "title": "Council approves budget", "body": ARTICLE}


def _context(tmp_path: Path) -> RunContext:
    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    return RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()


def test_separators_inside_strings_stay_and_bom_is_dropped(tmp_path: Path) -> None:
    body = "First line\u2028still the first record\x85and NEL too"
    lines = [json.dumps({**GOOD, "body": body}, ensure_ascii=False), json.dumps(GOOD)]
    path = tmp_path / "crawl.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8") + b"\r\n")
    pages = jsonl.check_file(path, _context(tmp_path))
    assert len(pages) == 2
    assert pages[0].record is not None and pages[0].record["body"] == body
    assert not [f for p in pages for f in p.findings if f.check == "input.invalid_line"]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (b'{"title": "\\udfff"}', "lone surrogate"),
        (b'{"title": "caf\xe9"}', "invalid UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"title": NaN}', "NaN is not valid JSON"),
        (b"   ", "empty line"),
        (b"7", "expected a JSON object"),
    ],
)
def test_a_bad_line_is_invalid_alone(tmp_path: Path, line: bytes, why: str) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + line + b"\n" + json.dumps(GOOD).encode() + b"\n")
    pages = jsonl.check_file(path, _context(tmp_path))
    assert len(pages) == 3
    bad = pages[1]
    assert bad.id == "jsonl/line-2" and bad.record is None
    assert [f.check for f in bad.findings] == ["input.invalid_line"]
    assert why in bad.findings[0].message
    assert pages[0].record is not None and pages[2].record is not None
    assert pages[2].id.endswith("-line-3")  # the repeated URL still gets its own id
    json.dumps([f.to_dict() for f in bad.findings]).encode("utf-8")  # the finding itself is writable


def test_a_surrogate_pair_is_fine() -> None:
    data, problem, _ = decode(Raw(1, line=b'{"title": "\\ud83d\\ude00"}'))
    assert problem is None and data == {"title": "\U0001f600"}


def test_gzip_folders_and_numbering_across_files(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    (folder / "day2").mkdir(parents=True)
    (folder / "a.jsonl").write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    with gzip.open(folder / "day2" / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(GOOD) + "\n")
    (folder / "notes.txt").write_text("not records", encoding="utf-8")
    assert [p.name for p in files(folder)] == ["a.jsonl", "b.jsonl.gz"]
    assert [r.number for r in raws(folder)] == [1, 2, 3]
    assert [len(c) for c in chunks(folder, size=2)] == [2, 1]
    with pytest.raises(InputError):
        files(tmp_path / "absent")
    with pytest.raises(InputError):
        files(folder / "day2" / "nothing-here")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError):
        files(tmp_path / "empty")


def test_parquet_rows_are_records(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import datetime as dt

    import pyarrow.parquet as pq

    table = pa.table(
        {
            "url": [GOOD["url"], None],
            "title": [GOOD["title"], "No url"],
            "body": [ARTICLE, ARTICLE],
            "published": [dt.datetime(2025, 6, 3, 8, 0), None],
            "score": [1.0, float("nan")],
        }
    )
    pq.write_table(table, tmp_path / "crawl.parquet")
    pages = jsonl.check_file(tmp_path / "crawl.parquet", _context(tmp_path))
    assert [p.id for p in pages][1] == "jsonl/line-2"
    assert pages[0].record is not None and pages[0].record["published"] == "2025-06-03T08:00:00"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.bbc.co.uk/news/x",
        "http://127.0.0.1:8765/a",
        "http://localhost:9000/",
        "http://[::1]:80/x",
        "http://[::1",
        "www.example.com/x",
        "//host.example.org/p",
        "mailto:a@b.com",
        "https://user:pw@news.example.com:8443/p?q#f",
        "http://EXAMPLE.COM./x",
        "https://alice.github.io/p",
        "http://a b.com/",
        "https://bücher.de/x",
        "http://1.2.3.4:99999/",
        "https:///path",
        "",
        "http://host:abc/",
    ],
)
def test_site_remembered_per_host_is_site_for_url(url: str) -> None:
    from harness.paths import site_for_url

    assert jsonl._site(url) == site_for_url(url)


def test_site_per_host_on_corpus_urls(corpus_dir: Path) -> None:
    from harness.paths import site_for_url

    urls = [json.loads(p.read_text(encoding="utf-8")).get("url") for p in sorted(corpus_dir.glob("*/*.json"))]
    urls = [u for u in urls if isinstance(u, str)]
    assert len(urls) > 150
    assert [jsonl._site(u) for u in urls] == [site_for_url(u) for u in urls]
