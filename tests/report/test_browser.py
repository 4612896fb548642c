"""The report in a real browser: Debian's Chromium driven by Playwright (never `playwright install`).

Skipped only when /usr/bin/chromium or the playwright package is missing; CI has both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from harness.model import RunResult
from harness.report import REPORT_NAME, render_report
from report.helpers import APPROVED_BODY, BODY, XSS_SITE, XSS_TITLE, demo_run, hostile_run, previous_run

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
expect = sync_api.expect  # retries until the state holds (under a CSP without 'unsafe-eval', too)
expect.set_options(timeout=20_000)  # generous: CI machines run the suite beside CPU-heavy jobs


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@dataclass
class Opened:
    page: Any
    url: str
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def goto(self, url: str | None = None) -> None:
        self.page.goto(url or self.url)
        self.page.wait_for_selector("html[data-ready]", timeout=20_000)
        self.settle()

    def settle(self) -> None:
        """Wait until the report has drawn the state of the current hash.

        Going to another hash of the same document fires ``hashchange`` later, and the list is redrawn
        then: reading it at once can see the old rows (this made the suite flaky under CPU load). The
        report marks ``html[data-rendered]`` with the hash each render was for; wait for it, never for time.
        """
        current = self.page.evaluate("() => location.hash")
        expect(self.page.locator("html")).to_have_attribute("data-rendered", current)

    def rows(self) -> list[str]:
        self.settle()
        return list(self.page.eval_on_selector_all("tr.row", "rows => rows.map(r => r.dataset.key)"))

    def problems(self) -> list[str]:
        return self.console + self.errors + self.dialogs + [r for r in self.requests if r != self.url]


@pytest.fixture
def open_report(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    contexts: list[Any] = []

    def open_(run: RunResult, previous: RunResult | None = None, *, gzip_above: int | None = None) -> Opened:
        path = tmp_path / run.run_id / REPORT_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_report(run, previous=previous, gzip_above=gzip_above), encoding="utf-8")
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
        contexts.append(ctx)
        page = ctx.new_page()
        opened = Opened(page, path.as_uri())
        page.on("console", lambda m: opened.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("request", lambda r: opened.requests.append(r.url))

        def on_dialog(dialog: Any) -> None:
            opened.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        opened.goto()
        return opened

    yield open_
    for ctx in contexts:
        ctx.close()


def shot(opened: Opened, name: str, *, full: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"report-{name}.png"
    opened.page.screenshot(path=str(path), full_page=full)
    return path


@pytest.mark.parametrize("packed", [False, True], ids=["json", "gzip"])
def test_loads_offline_without_console_messages(open_report: Callable[..., Opened], packed: bool) -> None:
    opened = open_report(demo_run(), previous_run(), gzip_above=0 if packed else 10**9)
    assert opened.problems() == []
    assert opened.requests == [opened.url]
    assert opened.page.inner_text("#verdict h1").startswith("FAIL")
    assert opened.rows()[0] == "a.example/b"  # failing pages first
    assert opened.page.inner_text("#f-count") == "4 of 4 pages"
    opened.page.click("tr.row[data-key='a.example/b']")
    detail = opened.page.inner_text("td.detail")
    # the message follows the path shown beside it, without repeating it
    assert "$.published 'yesterday' is not a 'date-time'" in detail
    assert opened.page.inner_text("td.detail .fields mark") == "yesterday"
    assert opened.problems() == []
    assert shot(opened, f"demo-{'gzip' if packed else 'json'}").stat().st_size > 10_000


def test_filters_live_in_the_url_and_survive_a_reload(open_report: Callable[..., Opened]) -> None:
    opened = open_report(demo_run(), previous_run())
    page = opened.page
    page.select_option("#f-site", "b.example")
    assert sorted(opened.rows()) == ["b.example/c", "b.example/d"]
    page.select_option("#f-status", "warn")
    assert opened.rows() == ["b.example/c"]
    assert "site=b.example" in page.url and "status=warn" in page.url
    page.select_option("#f-status", "")
    page.select_option("#f-site", "")
    page.fill("#f-q", "newsletter")  # the search box waits for a pause in typing, then writes the hash
    expect(page).to_have_url(re.compile(r"#q=newsletter$"))
    expect(page.locator("#f-count")).to_have_text(re.compile(r"^4 of"))
    page.fill("#f-q", "eight months")
    expect(page).to_have_url(re.compile(r"#q=eight\+months$"))
    page.select_option("#f-check", "boilerplate.recurring")
    assert opened.rows() == ["a.example/a"]
    shared = page.url
    page.reload()
    page.wait_for_selector("html[data-ready]")
    assert opened.rows() == ["a.example/a"]  # rows() waits for the render of the current hash
    assert (
        page.input_value("#f-q") == "eight months" and page.input_value("#f-check") == "boilerplate.recurring"
    )
    opened.goto(shared.split("#")[0] + "#ext=generic&status=new")  # a shared link, opened fresh
    assert sorted(opened.rows()) == ["a.example/a", "b.example/c"]
    page.click("a[href='#status=changed']")  # a summary tile: the list is redrawn on hashchange, later
    expect(page).to_have_url(re.compile(r"#status=changed$"))
    assert opened.rows() == ["a.example/b"]
    assert opened.problems() == []


def test_word_diff_is_computed_when_the_approval_has_no_ops(open_report: Callable[..., Opened]) -> None:
    run = demo_run()
    a, b, c, d = run.pages
    assert b.approval is not None
    body = {"field": "$.body", "approved": APPROVED_BODY + " Extra words.", "actual": BODY}
    opened = open_report(
        replace(run, pages=(a, replace(b, approval={"status": "changed", "changes": [body]}), c, d))
    )
    opened.goto(opened.url + "#open=a.example%2Fb")
    page = opened.page
    assert page.eval_on_selector_all(".change .diff del", "n => n.map(x => x.textContent)") == [
        "six",
        " Extra words.",
    ]
    assert page.eval_on_selector_all(".change .diff ins", "n => n.map(x => x.textContent)") == ["eight"]
    assert opened.problems() == []


def test_opening_a_page_from_the_url_highlights_and_diffs(open_report: Callable[..., Opened]) -> None:
    opened = open_report(demo_run(), previous_run())
    opened.goto(opened.url + "#open=a.example%2Fb")
    page = opened.page
    assert page.inner_text("tr.row.open td.mono") == "a.example/b"
    assert page.inner_text(".change .diff del") == "six"
    assert page.inner_text(".change .diff ins") == "eight"
    assert "Tuesday after six eight months of repairs" in page.inner_text(".change .diff")
    assert page.inner_text(".sbs .old") == "approved\nOld title"
    opened.goto(opened.url + "#open=a.example%2Fa")
    marks = page.eval_on_selector_all("td.detail .fields mark", "ms => ms.map(m => m.textContent)")
    assert marks == ["Sign up for our newsletter"] * 2
    assert "highlighted 2× in body" in page.inner_text("td.detail .findings")
    assert "body · f1" in page.inner_text("td.detail")
    shot(opened, "demo-detail")
    assert opened.problems() == []


@pytest.mark.parametrize("packed", [False, True], ids=["json", "gzip"])
def test_hostile_content_executes_nothing(open_report: Callable[..., Opened], packed: bool) -> None:
    opened = open_report(hostile_run(), previous_run(), gzip_above=0 if packed else 10**9)
    page = opened.page
    for key in opened.rows():  # open every page's details, hover over them
        opened.goto(opened.url + "#open=" + quote(key, safe=""))
        page.hover("td.detail")
    opened.goto(opened.url + "#open=" + quote(f"{XSS_SITE}/x", safe=""))
    page.click("td.detail .fields tr:first-child td")
    for fold in page.query_selector_all("td.detail .fold"):
        fold.click()
    assert page.evaluate("window.__pwned") is None
    assert opened.dialogs == [] and opened.errors == []
    assert opened.console == []  # no CSP violation: nothing even tried to run
    assert [r for r in opened.requests if r != opened.url] == []
    hostile = page.inner_text("td.detail")
    assert XSS_TITLE in hostile and "{{7*7}}" in hostile
    assert page.eval_on_selector_all("td.detail img, td.detail svg, td.detail script", "n => n.length") == 0
    hrefs = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
    assert all(h.startswith("#") or h.startswith("http") for h in hrefs), hrefs
    assert not any(h.lower().startswith(("javascript:", "data:")) for h in hrefs)
    for rel in page.eval_on_selector_all("a[href^='http']", "as => as.map(a => a.rel)"):
        assert rel == "noopener noreferrer"
    shot(opened, f"xss-{'gzip' if packed else 'json'}", full=True)


def test_plain_json_with_script_payloads_cannot_escape(open_report: Callable[..., Opened]) -> None:
    opened = open_report(hostile_run(), gzip_above=10**9)
    scripts = opened.page.eval_on_selector_all("script", "s => s.map(x => x.type)")
    assert scripts == ["application/json", ""]
    assert opened.page.evaluate("window.__pwned") is None


HOSTILE_PAGES = [
    (
        "https://evil.example/a?x=<script>window.__pwned=1</script>",
        '<img src=x onerror="window.__pwned=2">Headline',
        "<p>Body <script>window.__pwned=3</script> text "
        "&lt;img src=x onerror=window.__pwned=4&gt; about a vote.</p>",
    ),
    (
        "https://evil.example/b",
        '"><svg/onload=window.__pwned=5>',
        "<p>&lt;/script&gt;&lt;script&gt;window.__pwned=6&lt;/script&gt;</p>"
        '<p>{{constructor.constructor("window.__pwned=7")()}}</p>',
    ),
    (
        'https://evil.example/c#"><img src=x onerror=window.__pwned=8>',
        "Title \u2028 with a line separator",
        "<p>javascript:window.__pwned=9</p>"
        '<p><a href="javascript:window.__pwned=10">click</a> more text.</p>',
    ),
]


def test_hostile_pages_through_the_whole_pipeline(open_report: Callable[..., Opened], tmp_path: Path) -> None:
    """Hostile HTML recorded in cassettes, extracted by generic, checked, reported: nothing runs anywhere."""
    from harness import runner
    from harness.capture import cassette
    from harness.config import HarnessConfig

    for i, (url, title, body) in enumerate(HOSTILE_PAGES):
        html = (
            f"<html><head><title>{title}</title><meta property='og:title' content='{title}'></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>"
        )
        cassette.write(
            tmp_path / "c" / "evil.example" / f"p{i}.yaml",
            [cassette.interaction(url, html.encode())],
            {"url": url},
        )
    ctx = runner.make_context(HarnessConfig(root=tmp_path), "generic")
    run = runner.run(ctx, cassette.discover(tmp_path / "c"), source="hostile")
    assert len(run.pages) == 3
    opened = open_report(run)
    for key in opened.rows():
        opened.goto(opened.url + "#open=" + quote(key, safe=""))
        opened.page.hover("td.detail")
    assert opened.page.evaluate("window.__pwned") is None
    assert opened.problems() == []
    hrefs = opened.page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
    assert not any(h.lower().startswith(("javascript:", "data:")) for h in hrefs), hrefs


def test_new_accepted_and_fixed_findings_are_told_apart(open_report: Callable[..., Opened]) -> None:
    from report.helpers import judged_run

    opened = open_report(judged_run())
    page = opened.page
    assert "1 new (1 failing the gate), 1 accepted, 1 fixed" in page.inner_text("#verdict")
    assert "fails the gate" in page.inner_text("#summary")  # the failing site-level rate gate
    assert "title.repeated" in page.inner_text("#summary-fixed")
    page.select_option("#f-status", "newfinding")
    page.wait_for_function("document.getElementById('f-count').textContent.startsWith('1 of')")
    assert opened.rows() == ["a.example/a"]
    page.click("tr.row[data-key='a.example/a']")
    detail = page.inner_text("td.detail")
    assert "fails the gate" in detail and "new: not in the approved output" in detail
    assert "accepted at approval" in detail and "Fixed since approval (1)" in detail
    assert "a.example/a:" not in page.inner_text("td.detail .findings")  # the id is not repeated
    assert opened.problems() == []


def test_multi_line_messages_keep_their_lines(open_report: Callable[..., Opened]) -> None:
    from report.helpers import judged_run

    opened = open_report(judged_run())
    opened.goto(opened.url + "#open=a.example%2Fb")
    messages = opened.page.eval_on_selector_all("td.detail .findings .msg", "ms => ms.map(m => m.innerText)")
    [diff] = [m for m in messages if "differs from the approved output" in m]
    assert diff.splitlines()[1:] == ['  approved: "Old title"', '  actual:   "Story b"']


def test_check_counts_agree_with_the_check_filter(open_report: Callable[..., Opened]) -> None:
    from report.helpers import judged_run

    opened = open_report(judged_run())
    page = opened.page
    for check in ("boilerplate.recurring", "schema", "date.missing.rate"):
        cells = page.eval_on_selector_all(
            f"a[href='#check={quote(check)}']", "as => [...as[0].closest('tr').querySelectorAll('td.n')]"
            ".slice(0, 3).map(td => Number(td.textContent) || 0)"
        )
        page.goto(opened.url + f"#check={quote(check)}")
        page.wait_for_selector("html[data-ready]")
        page.wait_for_function("document.getElementById('f-count').textContent.includes(' of ')")
        shown = int(page.inner_text("#f-count").split(" of ")[0])
        assert shown == sum(cells), (check, cells, shown)


def test_an_opened_page_is_not_hidden_under_the_filter_bar(open_report: Callable[..., Opened]) -> None:
    from report.helpers import judged_run

    opened = open_report(judged_run(clean_pages=120))
    key = "c.example/clean-040"
    page = opened.page
    page.goto("about:blank")  # a fresh load from the link, as a reader following it from CI would
    opened.goto(opened.url + "#open=" + quote(key, safe=""))
    page.wait_for_function("document.querySelector('tr.row.open') !== null")
    assert page.evaluate("window.scrollY") > 0  # the row is far enough down that the page scrolled to it
    bar = page.evaluate("document.getElementById('filters').getBoundingClientRect().bottom")
    row = page.evaluate("document.querySelector('tr.row.open').getBoundingClientRect().top")
    assert row >= bar, (row, bar)
    assert page.inner_text("tr.row.open td.mono") == key
