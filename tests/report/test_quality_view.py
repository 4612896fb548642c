from __future__ import annotations

from harness.report.quality_view import quality_table


def test_table_has_a_row_per_scope_and_counts_in_brackets() -> None:
    summary = {
        "overall": {
            "pages": 3,
            "body": {"pages": 2, "token_f1": 0.9, "shingle_f1": 0.8},
            "title": {"pages": 3, "accuracy": 2 / 3, "accuracy_normalised": 1.0},
        },
        "sources": {"zyte_aeb": {"pages": 2, "body": {"pages": 2, "token_f1": 0.9, "shingle_f1": 0.8}}},
        "sites": {"a.example": {"pages": 1, "title": {"pages": 1, "accuracy": 1.0}}},
    }
    table = quality_table(summary)
    assert table is not None
    assert [r.scope for r in table.main] == ["overall", "source zyte_aeb"]
    overall = dict(zip(table.columns, table.main[0].cells, strict=True))
    assert overall["body F1 tokens"] == "0.900 (2)" and overall["title exact"] == "0.667 (3)"
    assert overall["date"] == "–"
    assert [r.scope for r in table.sites] == ["a.example"]


def test_unknown_shapes_fall_back() -> None:
    assert quality_table(None) is None
    assert quality_table({"mean_f1": 0.5}) is None
    assert quality_table({"overall": {"pages": 0}, "sources": {}, "sites": {}}) is None
