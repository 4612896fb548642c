"""Rate gates per site: the share of a site's pages with a defect against its ceiling, in the GX batch."""

from __future__ import annotations

from typing import Any

import pytest

from harness.checks import gx, load_settings
from harness.checks.dataset import dataset_findings
from harness.config import ConfigError
from tests.checks.helpers import ARTICLE, dataset, pages, record


def _site(n: int, bad: int, defect: dict[str, Any], site: str = "example.com") -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        rec = record(url=f"https://{site}/story-{i}", site=site, title=f"Headline number {i} of {site}")
        if i < bad:
            rec.update({k: v.format(i=i) if isinstance(v, str) else v for k, v in defect.items()})
        out.append(rec)
    return out


NEWSLETTER = {"body": ARTICLE + "\n\nSubscribe to our newsletter\n\nFollow us on Twitter"}


def test_boilerplate_rate_above_ceiling_is_an_error_naming_site_rate_and_worst_pages() -> None:
    _, run = dataset(_site(10, 3, NEWSLETTER))
    gate = [f for f in run if f.check == "rate.boilerplate"]
    assert len(gate) == 1 and gate[0].severity == "error" and gate[0].site == "example.com"
    assert "3 of 10 pages (30%)" in gate[0].message and "at most 20% allowed" in gate[0].message
    assert "worst: example.com/p0, example.com/p1, example.com/p2" in gate[0].message


def test_below_the_ceiling_no_gate_and_per_site_override() -> None:
    _, run = dataset(_site(10, 2, NEWSLETTER))
    assert not [f for f in run if f.check.startswith("rate.")]
    relaxed = load_settings({"sites": {"example.com": {"rates": {"boilerplate": 0.5}}}})
    _, run = dataset(_site(10, 3, NEWSLETTER), relaxed)
    assert not [f for f in run if f.check.startswith("rate.")]
    strict = load_settings({"rates": {"boilerplate": 0.1}})
    _, run = dataset(_site(10, 2, NEWSLETTER), strict)
    assert [f.check for f in run if f.check.startswith("rate.")] == ["rate.boilerplate"]


def test_short_bodies_and_duplicate_titles_rates() -> None:
    recs = _site(10, 4, {"body": "Too short {i}."})
    for rec in recs[4:7]:
        rec["title"] = "The same headline"
    _, run = dataset(recs)
    by = {f.check: f for f in run if f.check.startswith("rate.")}
    assert set(by) == {"rate.body_too_short", "rate.title_duplicate"}
    assert "4 of 10 pages (40%)" in by["rate.body_too_short"].message
    assert "3 of 10 pages (30%)" in by["rate.title_duplicate"].message
    assert "at most 10% allowed" in by["rate.title_duplicate"].message


def test_small_sites_are_not_judged() -> None:
    _, run = dataset(_site(4, 4, NEWSLETTER))
    assert not [f for f in run if f.check.startswith("rate.")]


def test_one_validation_run_for_all_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    gx_mod = gx.gx_module()
    calls = []
    original = gx_mod.ValidationDefinition.run

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(gx_mod.ValidationDefinition, "run", counting)
    both = pages(_site(10, 4, {"body": "Too short {i}."})) + pages(
        _site(10, 3, NEWSLETTER, site="other.org"), site="other.org"
    )
    run = dataset_findings(both, load_settings({})).run
    assert len(calls) == 1
    gates = {(f.check, f.site) for f in run if f.check.startswith("rate.")}
    assert gates == {("rate.body_too_short", "example.com"), ("rate.boilerplate", "other.org")}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"rates": {"boilerplate": 2}}, "must be a number between 0 and 1"),
        ({"rates": {"min_pages": 0}}, "must be an integer >= 1"),
        ({"rates": {"nope": 0.1}}, "rates key 'nope'; allowed: body_too_short"),
    ],
)
def test_bad_rate_settings(table: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(table)
