"""harness.paths + fsutil.contained: hostile URLs and file names never write outside the cassette root."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from harness.capture.importer import import_dir
from harness.capture.record import cassette_path
from harness.fsutil import UnsafePathError, atomic_write_text, contained
from harness.paths import SLUG_MAX, safe_site, safe_slug, site_for_url, slug_for_url

HOSTILE = [
    "http://example.com/../../etc/passwd",
    "http://example.com/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "http://example.com/..%2f..%2f..%2froot",
    "http://%2e%2e/%2e%2e/x",
    "http://../x",
    "http://./x",
    "http:///etc/passwd",
    "/etc/passwd",
    "//etc/passwd",
    "file:///etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "http://example.com/C:/Windows/win.ini",
    "http://c:/x",
    "http://example.com/a\x00b",
    "http://exa\x00mple.com/x",
    "http://example.com/" + "a/" * 5000,
    "http://" + "x" * 300 + ".com/y",
    "http://пример.рф/новости/статья",
    "http://xn--e1afmkfd.xn--p1ai/x",
    "http://例え.テスト/記事",
    "http://[::1]/x",
    "http://[abc/x",
    "http://user:pass@example.com:99999/x",
    "http://example.com/~/.ssh/id_rsa",
    "http://example.com/.git/config",
    "http://example.com/CON",
    "",
    "..",
    "\\\\server\\share\\x",
    "http://example.com/%00/%ff/%c0%ae%c0%ae/",
]
SITE = re.compile(r"[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?")
SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")


@pytest.mark.parametrize("url", HOSTILE, ids=lambda u: repr(u[:40]))
def test_hostile_url_stays_inside_the_root(url: str, tmp_path: Path) -> None:
    root = tmp_path / "cassettes"
    site, slug = site_for_url(url), slug_for_url(url)
    assert SITE.fullmatch(site) and site not in (".", "..") and ".." not in site
    assert SLUG.fullmatch(slug) and len(slug) <= SLUG_MAX
    path = cassette_path(root, url)
    atomic_write_text(path, "x")
    assert path.resolve().is_relative_to(root.resolve())
    assert path.parent.parent == root.resolve()
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == [path]


@pytest.mark.parametrize("url", HOSTILE, ids=lambda u: repr(u[:40]))
def test_slug_is_deterministic(url: str) -> None:
    assert slug_for_url(url) == slug_for_url(url) and site_for_url(url) == site_for_url(url)


def test_contained_refuses_escapes(tmp_path: Path) -> None:
    for parts in (("..", "x"), ("/etc", "passwd"), ("a", "../../b"), ("a/../../b",)):
        with pytest.raises(UnsafePathError):
            contained(tmp_path, *parts)
    (tmp_path / "link").symlink_to("/")
    with pytest.raises(UnsafePathError):
        contained(tmp_path, "link", "etc")
    assert contained(tmp_path, "a", "b.yaml") == tmp_path.resolve() / "a" / "b.yaml"


def test_different_urls_never_share_a_slug() -> None:
    base = "http://example.com"
    urls = {
        f"{base}/{p}"
        for p in ("a", "A", "a/", "a?x=1", "a?x=2", "a#f", "a-", "a--", "a.html", "a/index.html")
    }
    urls |= {f"{base}/story-{i}" for i in range(3000)}
    urls |= {f"{base}/{'x' * 200}{i}" for i in range(500)}  # same readable head after truncation
    urls |= {f"{base}/новости/{i}" for i in range(500)}  # nothing readable in ASCII
    slugs = {slug_for_url(u) for u in urls}
    assert len(slugs) == len(urls)


def test_safe_slug_and_site_are_bounded() -> None:
    for text in ("", ".", "..", "a" * 10_000, "日本語" * 100, "../../x", "\x00" * 10, "CON"):
        slug = safe_slug(text)
        assert SLUG.fullmatch(slug) and len(slug) <= SLUG_MAX + 9
        site = safe_site(text)
        assert SITE.fullmatch(site) and len(site) <= 80 and ".." not in site
    assert safe_slug("a" * 100) != safe_slug("a" * 101)


def test_import_with_hostile_names_stays_inside(tmp_path: Path) -> None:
    src = tmp_path / "src" / ".." / "src"
    names = [
        "..html",
        "...html",
        "%2e%2e.html",
        "CON.html",
        "a\\b.html",
        "日本語.html",
        "-.html",
        "x" * 240 + ".html",
    ]
    (tmp_path / "src").mkdir()
    for i, name in enumerate(names):
        (tmp_path / "src" / name).write_text(f"<html><body>page {i}</body></html>")
    (tmp_path / "src" / "x.json").write_text('{"url": "http://../../../../etc/x"}')
    (tmp_path / "src" / "x.html").write_text("<html></html>")
    out = tmp_path / "out"
    summary = import_dir(src, out)
    assert summary.ok, [e.line() for e in summary.failed]
    written = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(tmp_path / "src")]
    assert written and all(p.resolve().is_relative_to(out.resolve()) for p in written)


@pytest.mark.parametrize(
    ("a", "b"),
    [("https://alice.github.io/post", "https://bob.github.io/post"),
     ("https://one.blogspot.com/2024/01/a.html", "https://two.blogspot.com/2024/01/a.html")],
)
def test_hosted_blogs_are_separate_sites(a: str, b: str) -> None:
    assert site_for_url(a) != site_for_url(b)


def test_two_local_servers_on_two_ports_are_two_sites() -> None:
    assert site_for_url("http://127.0.0.1:8765/a") == "127.0.0.1-8765"
    assert site_for_url("http://127.0.0.1:9000/a") == "127.0.0.1-9000"
    assert site_for_url("http://localhost:8000/a") == "localhost-8000"
    assert site_for_url("http://127.0.0.1/a") == "127.0.0.1"
    assert site_for_url("https://news.example.com:8443/a") == site_for_url("https://example.com/b")
    assert site_for_url("http://127.0.0.1:99999/a") == "127.0.0.1"  # out-of-range port: no crash
