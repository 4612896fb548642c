"""The report shows each critical field's recorded and live value side by side, escaped (real browser)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from report.helpers import demo_run
from report.test_browser import Opened, browser, open_report  # noqa: F401  (fixtures)

from harness.drift.classify import side_by_side

HOSTILE = '<img src=x onerror="alert(1)"></td></tr><script>alert(2)</script>'


def test_recorded_and_live_values_side_by_side(open_report: Callable[..., Opened]) -> None:  # noqa: F811
    run = demo_run()
    page = run.pages[0]
    recorded = {"title": "Bridge reopens " + HOSTILE, "published": "2019-11-18", "body": "x" * 900}
    live = {"title": "Bridge reopens " + HOSTILE, "published": "2019-10-25", "body": "y" * 300}
    drift = {
        "label": "breaking",
        "reasons": ["published: moved 24 days (2019-11-18 -> 2019-10-25)"],
        "fields": ["published"],
        "values": side_by_side(recorded, live),
    }
    run = replace(run, pages=(replace(page, drift=drift), *run.pages[1:]))
    opened = open_report(run)
    opened.goto(opened.url + "#open=" + page.id.replace("/", "%2F"))
    rows = opened.page.eval_on_selector_all(
        "td.detail table.drift-values tr",
        "rows => rows.map(r => [r.className, ...Array.from(r.cells).map(c => c.textContent)])",
    )
    assert rows[0][1:] == ["field", "recorded", "live"]
    by_field = {r[1]: r for r in rows[1:]}
    assert by_field["published"] == ["changed", "published", "2019-11-18", "2019-10-25"]
    assert by_field["title"][0] == "same" and HOSTILE in by_field["title"][2]  # shown as text
    assert by_field["body"][2].endswith("(900 chars)") and by_field["body"][3] == "y" * 300 + " (300 chars)"
    assert opened.page.query_selector("td.detail table.drift-values img") is None
    assert opened.problems() == []
