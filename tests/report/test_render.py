"""The HTML file: self-contained, escaped, admitted by its own CSP, written where write_run expects it."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from harness import results
from harness.report import csp_hash, payload, render_report, write_report
from report.helpers import XSS_SITE, XSS_TITLE, demo_run, hostile_run, page, previous_run


class Collect(HTMLParser):
    """Inline script/style contents, every tag's attributes, and the CSP meta value."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self.attrs: list[tuple[str, dict[str, str | None]]] = []
        self.csp = ""
        self._open: tuple[str, dict[str, str | None]] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.attrs.append((tag, a))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content") or ""
        if tag in ("script", "style"):
            self._open, self._text = (tag, a), []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[0]:
            text = "".join(self._text)
            if tag == "script":
                self.scripts.append((self._open[1], text))
            else:
                self.styles.append(text)
            self._open = None


def parse(html: str) -> Collect:
    c = Collect()
    c.feed(html)
    c.close()
    return c


def test_csp_admits_exactly_the_report_script_and_style() -> None:
    doc = parse(render_report(demo_run(), previous=previous_run()))
    code = [text for attrs, text in doc.scripts if attrs.get("type") is None]
    data = [text for attrs, text in doc.scripts if attrs.get("type") == "application/json"]
    assert len(code) == 1 and len(data) == 1 and len(doc.styles) == 1
    policy = dict(part.strip().split(" ", 1) for part in doc.csp.split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == csp_hash(code[0])
    assert policy["style-src"] == csp_hash(doc.styles[0])
    assert "'unsafe-inline'" not in doc.csp and "'unsafe-eval'" not in doc.csp


def test_no_external_resources() -> None:
    html = render_report(hostile_run())
    doc = parse(html)
    for tag, attrs in doc.attrs:
        assert "src" not in attrs, tag
        if tag == "link":
            assert attrs.get("href") == "data:,"
        if tag == "a":
            assert (attrs.get("href") or "").startswith("#"), attrs  # summary links stay in the page
    assert not re.search(r"@import|url\(", doc.styles[0])
    assert "fetch(" not in html and "XMLHttpRequest" not in html and "innerHTML" not in html


def test_hostile_content_is_escaped_in_the_summary() -> None:
    html = render_report(hostile_run())
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html and "<svg" not in html
    assert "&lt;img src=x onerror=" in html  # the run-level finding's message, escaped
    assert XSS_SITE not in html and "evil&#34;&gt;&lt;script&gt;" in html
    doc = parse(html)
    tags = {tag for tag, _ in doc.attrs}
    assert not tags & {"img", "svg", "iframe", "object", "embed"}
    assert sum(1 for _, text in doc.scripts) == 2
    assert XSS_TITLE not in html


def test_template_syntax_in_data_is_not_evaluated() -> None:
    run = demo_run()
    run = replace(run, findings=(replace(run.findings[0], message="{{ 7*7 }} {% if true %}x{% endif %}"),))
    html = render_report(run)
    assert "{{ 7*7 }} {% if true %}x{% endif %}" in html and ">49<" not in html


def test_write_report_and_write_run(tmp_path: Path) -> None:
    out = write_report(demo_run(), tmp_path)
    assert out == tmp_path / "index.html" and out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]  # no temporary file left behind
    root = tmp_path / "reports"
    results.write_run(previous_run(), root)
    paths = results.write_run(demo_run(), root)
    assert paths.report == root / "run-2" / "index.html"
    assert (root / "latest").resolve() == (root / "run-2").resolve()
    html = paths.report.read_text(encoding="utf-8")
    assert "Since previous run" in html and "run-1" in html


def test_lone_surrogates_do_not_break_writing(tmp_path: Path) -> None:
    run = demo_run()
    bad = page("a.example", "s", fields={"title": "broken \udcff byte"})
    out = write_report(replace(run, pages=(*run.pages, bad)), tmp_path)
    assert "broken" in out.read_text(encoding="utf-8")


def test_size_per_page_stays_within_the_ten_thousand_page_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tenth of the bench's run against a tenth of the text budget stays under a tenth of 15 MB."""
    monkeypatch.setattr(payload, "TEXT_BUDGET", payload.TEXT_BUDGET // 10)
    rng = random.Random(3)
    words = [
        "".join(rng.choice("abcdefghilmnoprstuvy") for _ in range(rng.randint(2, 9))) for _ in range(3000)
    ]
    pages = []
    for i in range(1000):
        body = "\n\n".join(" ".join(rng.choices(words, k=90)) for _ in range(5))  # ~3 KB
        pages.append(replace(page(f"s{i % 20}.example", f"p{i}", fields={"body": body}), approval=None))
    html = render_report(replace(demo_run(), pages=tuple(pages)))
    size = len(html.encode())
    assert 1_000_000 < size < 1_500_000, size
