"""Scrapy HTTP cache import: a real ``scrapy crawl`` of a local server with HTTPCACHE_ENABLED."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("scrapy")

from capture.crawl_site import ARTICLE_A, ARTICLE_B, crawl_urls, leaked, serve_site
from capture.scrapy_project import crawl, write_project
from harness.capture import cassette
from harness.capture.scrub import Scrubber
from harness.capture.sources import open_source
from harness.capture.sources.scrapy_cache import ScrapyCacheSource
from harness.capture.sources.writer import SourceWriter
from harness.cli import main


@pytest.fixture
def httpcache(local_server, tmp_path: Path) -> Path:
    serve_site(local_server)
    return crawl(write_project(tmp_path / "proj"), crawl_urls(local_server))


def test_cache_of_a_real_crawl_imports_byte_exact(httpcache: Path, tmp_path: Path) -> None:
    assert isinstance(open_source(httpcache), ScrapyCacheSource)
    out = tmp_path / "out"
    assert main(["import", str(httpcache), "--out", str(out), "-q"]) == 0
    loaded = [cassette.load(r.path) for r in cassette.discover(out)]
    assert sorted(c.primary_response().body for c in loaded) == sorted([ARTICLE_A, ARTICLE_B])
    assert all(c.meta["format"] == "scrapy-cache" and c.meta["captured_at"] for c in loaded)
    old = next(c for c in loaded if "/old" in c.meta["url"])
    assert [i["response"]["status"]["code"] for i in old.interactions] == [301, 200]
    assert leaked(out) == []
    sent = old.interactions[0]["request"]  # the request side, from the cache's meta and request_headers
    assert sent["method"] == "GET"
    assert any(k.lower() == "user-agent" and "Scrapy" in str(v) for k, v in sent["headers"].items())
    assert not any(k.lower() == "authorization" for k, v in sent["headers"].items())  # scrubbed


def test_gzipped_cache_imports_the_same(local_server, tmp_path: Path) -> None:
    serve_site(local_server)
    cache = crawl(write_project(tmp_path / "proj"), crawl_urls(local_server), "HTTPCACHE_GZIP=1")
    assert next(cache.rglob("meta")).read_bytes()[:2] == b"\x1f\x8b"  # the files really are gzip-wrapped
    out = tmp_path / "out"
    assert main(["import", str(cache), "--out", str(out), "-q"]) == 0
    loaded = [cassette.load(r.path) for r in cassette.discover(out)]
    assert sorted(c.primary_response().body for c in loaded) == sorted([ARTICLE_A, ARTICLE_B])
    assert leaked(out) == []


def test_cache_is_read_without_unpickling(httpcache: Path, tmp_path: Path) -> None:
    for pickled in httpcache.rglob("pickled_meta"):
        pickled.write_bytes(b"cos\nsystem\n(S'touch " + str(tmp_path / "pwned").encode() + b"'\ntR.")
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(ScrapyCacheSource(httpcache))
    assert summary.ok and len(summary.written) == 2
    assert not (tmp_path / "pwned").exists()


def test_meta_that_is_code_is_a_failure_not_executed(httpcache: Path, tmp_path: Path) -> None:
    meta = next(httpcache.rglob("meta"))
    meta.write_text(f"__import__('os').system('touch {tmp_path / 'pwned'}')")
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(ScrapyCacheSource(httpcache))
    assert len(summary.failed) == 1 and "unreadable cache entry" in (summary.failed[0].reason or "")
    assert not (tmp_path / "pwned").exists()
    assert summary.written  # the other entries still import


def test_bodies_are_read_again_not_held(httpcache: Path, tmp_path: Path) -> None:
    from harness.capture.sources import Exchange

    pages = [i for i in ScrapyCacheSource(httpcache) if isinstance(i, Exchange)]
    assert pages and all(p.load is not None and len(p.body) <= 2049 for p in pages)
    gzipped = next(p for p in pages if "/news/bridge" in p.url)  # served gzip: the head is decoded
    assert gzipped.body.startswith(b"<!doctype html>") and gzipped.load is not None
    assert gzipped.load()[:2] == b"\x1f\x8b"  # read again as stored; the writer decodes it


def test_a_corrupt_encoded_body_is_a_failure(httpcache: Path, tmp_path: Path) -> None:
    for body in httpcache.rglob("response_body"):
        if body.read_bytes()[:2] == b"\x1f\x8b":
            body.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 50)  # a bad block
    summary = SourceWriter(tmp_path / "out", scrubber=Scrubber()).run(ScrapyCacheSource(httpcache))
    assert [e.reason for e in summary.failed] and all("gzip" in (e.reason or "") for e in summary.failed)
    assert summary.written  # the other page still goes in
