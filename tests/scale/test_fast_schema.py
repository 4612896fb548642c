"""The schema pre-check (``harness.validate._Valid``) changes no finding: records it passes have none, and
records it does not pass get the full validator's findings, on real and hostile records alike."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from bench import scale_data
from harness.checks.jsonl import normalise
from harness.validate import RecordValidator, _Valid


def _slow() -> RecordValidator:
    slow = RecordValidator()
    slow._valid = [_Valid({"not": "an object schema"}) for _ in slow._valid]  # never passes: full path only
    assert not slow._valid[0].ok
    return slow


def _variants(record: dict[str, Any]) -> list[dict[str, Any]]:
    """``record`` and copies with each kind of schema error the article schema can report."""
    out = [record]
    bad: list[tuple[str, Any]] = [
        ("url", 7),
        ("url", "not a uri"),
        ("url", "https://bücher.example/städte"),
        ("url", "https://bücher.example/st ädte"),
        ("site", ""),
        ("site", "Bad Site!"),
        ("title", ["x"]),
        ("published", "yesterday"),
        ("published", "2024-01-02T03:04"),
        ("published", "2024-01-02T03:04:05+02:00"),
        ("published", "2024-01-02"),
        ("published", 20240102),
        ("body", {"a": 1}),
        ("authors", ["", "x"]),
        ("authors", "Jane"),
        ("language", "english!"),
        ("language", "pt-BR"),
        ("extractor", ""),
        ("extractor_version", None),
    ]
    for field, value in bad:
        changed = copy.deepcopy(record)
        changed[field] = value
        out.append(changed)
    extra = dict(record, surplus=1)
    missing = {k: v for k, v in record.items() if k != "language"}
    return [*out, extra, missing]


def test_same_findings_as_the_full_validator(corpus_dir: Path) -> None:
    fast, slow = RecordValidator(), _slow()
    assert fast._valid[0].ok  # the built-in schema has the shape the pre-check is exact for
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus_dir.glob("*/*.json"))]
    records = [normalise(t) for t in truths] + [normalise(r) for r in scale_data.records(corpus_dir, 300, 7)]
    passed = checked = 0
    for record in records:
        for variant in _variants(record):
            for _ in range(2):  # the second time from the pre-check's memory
                got, want = fast.findings(variant), slow.findings(variant)
                assert got == want, variant
                checked += 1
                passed += not want
    assert passed > 300 and checked - passed > 3000  # both sides of the pre-check ran


def test_a_schema_of_another_shape_goes_the_full_way() -> None:
    ref = {"a": {"$ref": "#/$defs/x"}}
    schema = {"type": "object", "properties": ref, "$defs": {"x": {"type": "string"}}}
    assert not _Valid(schema).ok
    assert not _Valid(schema)({"a": "x"})
