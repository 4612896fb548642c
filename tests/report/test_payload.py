"""The embedded data: escaping, compaction, shortening of long fields in large runs."""

from __future__ import annotations

import base64
import gzip
import json
import math
from dataclasses import replace

import pytest

from harness.model import RunResult
from harness.report.digest import build_digest
from harness.report.payload import (
    CLEAN_FLOOR,
    FIELD_CAP,
    embed,
    field_caps,
    finite,
    pages_columns,
    script_json,
)
from report.helpers import XSS_BODY, XSS_TITLE, demo_run, hostile_run, page


@pytest.mark.parametrize(
    "text",
    [
        "</script><script>alert(1)</script>",
        "<!--",
        "</SCRIPT >",
        "a\u2028b\u2029c",
        "&lt;",
        XSS_TITLE,
        XSS_BODY,
        "\\u003c",
        '"quoted"',
    ],
)
def test_script_json_cannot_close_its_element_and_round_trips(text: str) -> None:
    out = script_json({"k": text, text: [text]})
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"k": text, text: [text]}


def test_script_json_rejects_nan() -> None:
    with pytest.raises(ValueError):
        script_json({"x": math.nan})
    assert finite({"a": [math.nan, 1.0, math.inf], "b": {"c": -math.inf}}) == {
        "a": [None, 1.0, None],
        "b": {"c": None},
    }


def _columns(run: RunResult) -> dict[str, object]:
    d = build_digest(run)
    return pages_columns(run, d.comparison, d.multi_extractor)


def test_columns_use_string_tables() -> None:
    cols = _columns(demo_run())
    assert cols["n"] == 4 and cols["sites"] == ["a.example", "b.example"] and cols["site"] == [0, 0, 1, 1]
    assert cols["level"] == [1, 2, 1, 0]
    record, approval, quality, drift, cut = cols["rows"][1]  # type: ignore[index]
    assert record["published"] == "yesterday" and cut is None and quality is None and drift is None
    body = approval["changes"][0]
    assert "actual" not in body and body["actual_is_record"] is True  # not stored twice


def test_large_runs_shorten_clean_pages_first() -> None:
    big = "word " * 2_000  # 10 KB
    run = demo_run()
    pages = tuple(replace(page("c.example", f"p{i}", fields={"body": big}), approval=None) for i in range(50))
    run = replace(run, pages=run.pages + pages)
    assert field_caps(run.pages) == (FIELD_CAP, FIELD_CAP)
    clean_cap, review_cap = field_caps(run.pages, budget=200_000)
    assert CLEAN_FLOOR <= clean_cap < 10_000 and review_cap == FIELD_CAP
    clean_cap, review_cap = field_caps(run.pages, budget=1_000)
    assert clean_cap == CLEAN_FLOOR and review_cap < FIELD_CAP


def test_unicode_budget_counts_bytes() -> None:
    cjk = replace(page("d.example", "cjk", fields={"body": "新闻" * 5_000}), approval=None)
    ascii_ = replace(page("d.example", "en", fields={"body": "ab" * 5_000}), approval=None)
    assert field_caps((cjk,), budget=20_000)[0] < field_caps((ascii_,), budget=20_000)[0]


@pytest.mark.parametrize("threshold", [0, 10**9])
def test_embed_round_trips_plain_and_packed(threshold: int) -> None:
    cols = _columns(hostile_run())
    blob = json.loads(embed({"run_id": "x"}, cols, gzip_above=threshold))
    if threshold == 0:
        assert blob["encoding"] == "gzip+base64"
        pages = json.loads(gzip.decompress(base64.b64decode(blob["pages"])))
    else:
        assert blob["encoding"] == "json"
        pages = blob["pages"]
    assert pages == json.loads(json.dumps(cols))


def test_findings_carry_the_verdict_and_short_messages() -> None:
    from harness.report.digest import build_digest
    from harness.report.payload import pages_columns
    from report.helpers import judged_run

    run = judged_run()
    cols = pages_columns(run, build_digest(run).comparison, False)
    a = cols["id"].index("a.example/a")
    rows = {cols["checks"][f[0]]: f for f in cols["findings"][a]}
    assert rows["boilerplate.pattern"][3:] == ["follow-us line", "Sign up", "new", "fail"]
    assert rows["boilerplate.recurring"][5:] == ["accepted", "pass"]
    approval = cols["rows"][a][1]
    assert "accepted" not in approval and [e["check"] for e in approval["fixed"]] == ["title.repeated"]
