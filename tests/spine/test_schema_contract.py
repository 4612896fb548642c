"""The record type and the article schema describe the same thing."""

from __future__ import annotations

from dataclasses import fields

from jsonschema import Draft202012Validator

from harness.model import ArticleRecord
from harness.resources import load_schema
from harness.validate import RecordValidator


def test_record_fields_match_schema_properties() -> None:
    schema = load_schema("article.schema.json")
    names = [f.name for f in fields(ArticleRecord)]
    assert set(names) == set(schema["properties"]) == set(schema["required"])


def test_schemas_are_valid_2020_12() -> None:
    for name in ("article.schema.json", "results.schema.json"):
        Draft202012Validator.check_schema(load_schema(name))


def test_a_default_record_is_valid_once_filled() -> None:
    record = ArticleRecord(
        url="https://a.example/x", site="a.example", extractor="generic", extractor_version="1"
    )
    assert RecordValidator().findings(record.to_dict()) == []


def test_format_checkers_are_really_active() -> None:
    # rfc3339-validator / rfc3986-validator missing would make these silently pass
    bad = ArticleRecord(url="not a uri", site="a.example", published="2025-13-45T99:00:00Z", extractor="g")
    fields_hit = {f.field for f in RecordValidator().findings(bad.to_dict())}
    assert {"$.url", "$.published"} <= fields_hit


def test_an_address_in_any_script_is_a_valid_url_and_a_broken_one_is_not() -> None:
    """Pages in every language have addresses with non-ASCII hosts and paths (IRIs): they are valid URLs;
    a space, no scheme or a bad port is still an error, in ASCII or not."""
    validator = RecordValidator()

    def url_findings(url: str) -> list[str]:
        record = ArticleRecord(url=url, site="a.example", extractor="generic", extractor_version="1")
        return [f.message for f in validator.findings(record.to_dict()) if f.field == "$.url"]

    for good in ("https://bücher.de/städte", "https://例え.jp/記事", "https://ru.example/новости?q=ё#x"):
        assert url_findings(good) == [], good
    bad_ones = (
        "https://ex.example/a b",
        "bücher.de/städte",
        "https://例え.jp:8o/記事",
        "https://x.example/ä ö",
        "https://x.example/\ud800",  # a lone surrogate, as a JSON line can hold: refused, not a crash
    )
    for bad in bad_ones:
        assert url_findings(bad), bad
    assert url_findings("bücher.de/städte") == [
        "$.url: 'bücher.de/städte' is not a valid URL (an absolute address, in any script)"
    ]
