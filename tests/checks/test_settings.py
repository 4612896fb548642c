"""[tool.harness.checks]: defaults, overrides, and a one-line ConfigError for every misconfiguration."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from harness.checks import CATALOG, load_settings
from harness.checks.catalog import CHECK_ID
from harness.config import ConfigError, load_config


def test_ids_are_stable_form() -> None:
    assert all(CHECK_ID.match(check) for check in CATALOG)


def test_defaults() -> None:
    s = load_settings({})
    assert s.default.enabled == frozenset(CATALOG) and s.needs_gx
    assert s.default.date_earliest == dt.date(1990, 1, 1) and s.max_findings == 10


def test_overrides_and_site_scope() -> None:
    s = load_settings(
        {
            "disable": ["boilerplate.recurring"],
            "severity": {"title": "error"},
            "date": {"coverage": 0.5},
            "boilerplate": {"languages": ["de"], "extra_patterns": ["^Anzeige$"]},
            "sites": {"example.com": {"enable": ["boilerplate.recurring"], "date": {"coverage": 0.8}}},
        }
    )
    assert not s.default.on("boilerplate.recurring") and s.for_site("example.com").on("boilerplate.recurring")
    assert (
        s.default.severity["title.missing"] == "error"
        and s.for_site("example.com").severity["title.missing"] == "error"
    )
    assert s.default.date_coverage == 0.5 and s.for_site("example.com").date_coverage == 0.8
    assert s.for_site("unlisted.org") is s.default
    assert "^anzeige$" in s.default.patterns and not any("read more" in p for p in s.default.patterns)


def test_disabling_every_gx_check_means_no_gx() -> None:
    off = [spec.id for spec in CATALOG.values() if spec.engine == "gx"]
    assert len(off) == 12  # the catalog's GX checks, so a new one cannot slip past this test
    assert not load_settings({"disable": off}).needs_gx
    assert load_settings({"disable": off, "sites": {"a.com": {"enable": ["date.coverage"]}}}).needs_gx


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"disable": ["title.nope"]}, "unknown check id 'title.nope'"),
        ({"severity": {"date.missing": "fatal"}}, "severity must be one of error, warning, info"),
        ({"severity": {"nope": "error"}}, "unknown check id 'nope'"),
        ({"boilerplate": {"patterns": ["(unclosed"]}}, "bad regular expression '(unclosed'"),
        ({"boilerplate": {"extra_patterns": ["(?i)x"]}}, "inline flags are not allowed"),
        ({"boilerplate": {"languages": ["xx"]}}, "unknown language 'xx'"),
        ({"date": {"coverage": 1.5}}, "between 0 and 1"),
        ({"date": {"coverage": True}}, "between 0 and 1"),
        ({"date": {"earliest": "long ago"}}, "must be a date"),
        ({"body": {"min_chars": -1}}, "integer >= 0"),
        ({"body": {"min_chars": 500, "max_chars": 100}}, "min_chars (500) is above max_chars (100)"),
        ({"body": {"colour": "red"}}, "[tool.harness.checks].body key 'colour'; allowed: max_chars"),
        ({"bogus": 1}, "unknown [tool.harness.checks] key 'bogus'; allowed: body"),
        (
            {"boilerplate": {"recuring_min_pages": 3}},
            "'recuring_min_pages' (did you mean 'recurring_min_pages'?)",
        ),
        ({"rate": {"boilerplate": 0.1}}, "key 'rate' (did you mean 'rates'?)"),
        ({"disable": ["body.to_short"]}, "'body.to_short' (did you mean 'body.too_short'?)"),
        ({"severity": {"boilerplat": "error"}}, "'boilerplat' (did you mean 'boilerplate'?)"),
        (
            {"sites": {"a.com": {"boilerplate": {"extra_pattern": ["x"]}}}},
            "\"a.com\"].boilerplate key 'extra_pattern' (did you mean 'extra_patterns'?)",
        ),
        ({"max_findings": 0}, "integer >= 1"),
        ({"sites": {"Example.COM": {}}}, "lowercase registrable domain"),
        ({"sites": {"a.com": {"max_findings": 3}}}, "key 'max_findings'; allowed"),
        ({"sites": {"a.com": {"boilerplate": {"recurring_min_share": -0.1}}}}, 'sites."a.com"'),
    ],
)
def test_config_errors(table: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=None) as info:
        load_settings(table)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_config_file_table(tmp_path: Any) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.harness]\n[tool.harness.checks]\ndisable = ["date.no_timezone"]\n'
        '[tool.harness.checks.sites."example.com"]\nbody = { min_chars = 10 }\n',
        encoding="utf-8",
    )
    s = load_settings(load_config(tmp_path))
    assert not s.default.on("date.no_timezone") and s.for_site("example.com").body_min_chars == 10
