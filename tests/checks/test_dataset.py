"""Dataset-level checks: one GX batch per run, failing rows mapped back to page ids, recurring lines."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import pytest

from harness.checks import gx, load_settings
from harness.checks.dataset import dataset_findings
from tests.checks.helpers import ARTICLE, dataset, pages, record

_WORDS = [
    *("council", "budget", "school", "library", "transport", "mayor", "taxes", "review", "debate", "funding"),
    *("vote", "residents", "city", "plan", "spending", "members", "opposition", "timing", "costs", "report"),
    *("river", "bridge", "harbour", "museum", "festival"),
]


def _unique_text(i: int) -> str:
    rnd = random.Random(i)
    return "\n\n".join(" ".join(rnd.choice(_WORDS) for _ in range(30)).capitalize() + "." for _ in range(3))


def _rec(i: int, **fields: Any) -> dict[str, Any]:
    base = record(
        url=f"https://example.com/story-{i}",
        title=f"Story number {i} about the council budget",
        body=_unique_text(i),
    )
    base.update(fields)
    return base


def test_clean_run_has_no_dataset_findings() -> None:
    per_page, run = dataset([_rec(i) for i in range(6)])
    assert per_page == {} and run == []


def test_duplicate_titles_map_back_to_pages() -> None:
    recs = [_rec(0), _rec(1, title="Story number 0 about the council budget!"), _rec(2)]
    per_page, _ = dataset(recs)
    dups = {pid: [f for f in fs if f.check == "title.duplicate"] for pid, fs in per_page.items()}
    assert set(pid for pid, fs in dups.items() if fs) == {"example.com/p0", "example.com/p1"}
    assert "example.com/p1" in dups["example.com/p0"][0].message
    assert dups["example.com/p1"][0].excerpt == "Story number 0 about the council budget!"


def test_same_url_twice_is_not_a_duplicate_title() -> None:
    per_page, _ = dataset([_rec(0), _rec(0)])
    assert not any(f.check == "title.duplicate" for fs in per_page.values() for f in fs)


def test_duplicate_titles_across_sites_are_info() -> None:
    outcome = dataset_findings(
        pages([_rec(0)], "a.com") + pages([_rec(0, url="https://b.com/x")], "b.com"), load_settings({})
    )
    found = [f for fs in outcome.per_page.values() for f in fs if f.check == "title.duplicate_across_sites"]
    assert len(found) == 2 and {f.severity for f in found} == {"info"}
    assert not any(f.check == "title.duplicate" for fs in outcome.per_page.values() for f in fs)


def _across(title: str, stories: list[int], sites: list[str]) -> list[Any]:
    """One page per (story, site): the story's body on the site, all under ``title``."""
    return [
        page
        for n, (story, site) in enumerate(zip(stories, sites, strict=True))
        for page in pages([_rec(story, url=f"https://{site}/p{n}", title=title)], site)
    ]


def _checks(outcome: Any, check: str) -> dict[str, str]:
    return {pid: f.severity for pid, fs in outcome.per_page.items() for f in fs if f.check == check}


def test_one_title_over_three_different_stories_on_several_sites_is_a_templates_string() -> None:
    """A consent dialog's heading taken for the headline on pages of three stories: an error on each page,
    in place of the information finding; wire copy (one story under one title on several sites) stays
    information, however many sites run it."""
    heading = "We value your privacy"
    run = _across(heading, [1, 2, 3], ["a.com", "b.com", "c.com"])
    outcome = dataset_findings(run, load_settings({}))
    assert set(_checks(outcome, "title.template").values()) == {"error"}
    assert len(_checks(outcome, "title.template")) == 3
    assert _checks(outcome, "title.duplicate_across_sites") == {}
    message = next(f.message for fs in outcome.per_page.values() for f in fs if f.check == "title.template")
    assert "heads 3 different stories on 3 sites" in message
    wire = dataset_findings(
        _across(heading, [1, 1, 1, 1], ["a.com", "b.com", "c.com", "d.com"]), load_settings({})
    )
    assert _checks(wire, "title.template") == {}
    assert set(_checks(wire, "title.duplicate_across_sites").values()) == {"info"}
    two = dataset_findings(_across(heading, [1, 2, 1], ["a.com", "b.com", "c.com"]), load_settings({}))
    assert _checks(two, "title.template") == {}  # two stories: a coincidence as likely as a template
    off = load_settings({"disable": ["title.duplicate_across_sites"]})
    assert len(_checks(dataset_findings(run, off), "title.template")) == 3  # keyed for either check
    four = load_settings(
        {"title": {"template_min_stories": 4}, "sites": {"a.com": {"title": {"template_min_stories": 2}}}}
    )
    assert _checks(dataset_findings(run, four), "title.template") == {
        "a.com/p0": "error"
    }  # each page's site decides
    assert set(_checks(dataset_findings(run, four), "title.duplicate_across_sites")) == {
        "b.com/p0",
        "c.com/p0",
    }


def test_date_coverage_is_site_level() -> None:
    recs = [_rec(i, published=None if i < 2 else "2025-06-01") for i in range(5)]
    _, run = dataset(recs)
    cov = [f for f in run if f.check == "date.coverage"]
    assert len(cov) == 1 and cov[0].site == "example.com" and "3 of 5 pages (60%)" in cov[0].message
    _, relaxed = dataset(recs, load_settings({"sites": {"example.com": {"date": {"coverage": 0.5}}}}))
    assert not any(f.check == "date.coverage" for f in relaxed)


def test_coverage_needs_min_pages() -> None:
    _, run = dataset([_rec(0, published=None), _rec(1)])
    assert not any(f.check == "date.coverage" for f in run)


def test_body_length_bounds_per_site() -> None:
    recs = [_rec(0, body="Too short."), _rec(1), _rec(2, body="x " * 60_000)]
    per_page, _ = dataset(recs)
    assert [f.check for f in per_page["example.com/p0"]] == ["body.too_short"]
    assert per_page["example.com/p0"][0].excerpt == "Too short."
    assert [f.check for f in per_page["example.com/p2"]] == ["body.too_long"]
    per_page, _ = dataset(recs, load_settings({"sites": {"example.com": {"body": {"min_chars": 5}}}}))
    assert "example.com/p0" not in per_page


def test_duplicated_body() -> None:
    per_page, _ = dataset([_rec(0), _rec(1, body=_rec(0)["body"]), _rec(2)])
    assert {pid for pid, fs in per_page.items() if any(f.check == "body.duplicated" for f in fs)} == {
        "example.com/p0",
        "example.com/p1",
    }


@pytest.mark.parametrize(
    "line",
    [
        "Read more",
        "Subscribe to our newsletter for the latest updates",
        "© 2025 Example Media. All rights reserved.",
        "Mehr zum Thema",
        "Lesen Sie auch: Die Wahl in Berlin",
        "Alle Rechte vorbehalten.",
        "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.",
        "À lire aussi",
        "Tous droits réservés",
        "Abonnez-vous à notre newsletter",
        "Te puede interesar",
        "Noticias relacionadas",
        "Todos los derechos reservados",
        "Читайте также",
        "Все права защищены",
        "関連記事",
        "無断転載を禁じます",
        "VOL. 3, No. 7, Jan. 5, 2024 Publisher and Editor: Jane Doe",
    ],
)
def test_boilerplate_patterns_multilingual(line: str) -> None:
    per_page, _ = dataset([_rec(0, body=ARTICLE + "\n\n" + line)])
    found = [f for f in per_page.get("example.com/p0", []) if f.check == "boilerplate.pattern"]
    assert [f.excerpt for f in found] == [line]


def test_custom_patterns_lowercased_per_site() -> None:
    settings = load_settings(
        {"sites": {"example.com": {"boilerplate": {"extra_patterns": [r"^Werbung\S*$"]}}}}
    )
    recs = [_rec(0, body=ARTICLE + "\n\nWERBUNG-block")]
    per_page, _ = dataset(recs, settings)
    assert [f.excerpt for f in per_page["example.com/p0"]] == ["WERBUNG-block"]
    outcome = dataset_findings(pages(recs, "other.org"), settings)
    assert not outcome.per_page


def _site_pages(lines: list[str], n: int = 6) -> list[dict[str, Any]]:
    return [
        _rec(i, body=_rec(i)["body"] + "\n\n" + "\n\n".join(line.replace("#", str(i)) for line in lines))
        for i in range(n)
    ]


@pytest.mark.parametrize(
    "boiler",
    [
        ["Newsletter: jeden Morgen die wichtigsten Nachrichten", "Ausgabe # vom Montag"],
        ["Рассылка: главные новости каждое утро"],
        ["ニュースレターを毎朝お届けします", "第#号"],
        ["Les plus lus du jour", "Édition #"],
    ],
)
def test_recurring_lines_learned_any_language(boiler: list[str]) -> None:
    per_page, run = dataset(_site_pages(boiler))
    flagged = {f.excerpt for f in per_page["example.com/p3"] if f.check == "boilerplate.recurring"}
    assert flagged == {line.replace("#", "3") for line in boiler}
    summary = [f for f in run if f.check == "boilerplate.recurring"]
    assert len(summary) == 1 and summary[0].site == "example.com"


def test_recurring_needs_enough_pages() -> None:
    per_page, run = dataset(_site_pages(["Newsletter: jeden Morgen"], n=3))
    assert not any(f.check == "boilerplate.recurring" for fs in per_page.values() for f in fs) and not run


def test_outcome_lookup_by_site() -> None:
    outcome = dataset_findings(pages([_rec(i, published=None) for i in range(4)]), load_settings({}))
    assert [f.check for f in outcome.site_findings("example.com")] == ["date.coverage"]
    assert outcome.site_findings("other.org") == []
    assert set(outcome.page_findings_of_site("example.com")) <= {f"example.com/p{i}" for i in range(4)}


def test_expectation_error_is_surfaced(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings({})
    real = gx.expectations

    def broken(module: Any, columns: Any) -> list[Any]:
        out = real(module, columns)
        out.append(
            module.expectations.ExpectColumnValuesToNotMatchRegexList(
                column="site",
                regex_list=["(unclosed"],
                meta={"check": "boilerplate.pattern", "group": 0},
            )
        )
        return out

    monkeypatch.setattr(gx, "expectations", broken)
    outcome = dataset_findings(pages([_rec(0)]), settings)
    errors = [f for f in outcome.run if f.severity == "error" and "failed to run" in f.message]
    assert len(errors) == 1 and errors[0].check == "boilerplate.pattern" and "unchecked" in errors[0].message


def test_one_validation_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    module = gx.gx_module()
    calls = []
    real_run = module.ValidationDefinition.run

    def counting(self: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real_run(self, **kwargs)

    monkeypatch.setattr(module.ValidationDefinition, "run", counting)
    dataset([_rec(i, published=None) for i in range(5)] + [_rec(9, body="short")])
    assert len(calls) == 1 and calls[0]["result_format"]["unexpected_index_column_names"] == ["page_id"]


def test_gx_results_map_to_page_ids() -> None:
    outcomes = gx.validate(
        {
            "page_id": ["a/1", "a/2"],
            "site": ["a", "a"],
            "url": ["u1", "u2"],
            "title_site_key": ["k", "k"],
            "title_key": [None, None],
            "body_len": [5, 500],
            "body_min": [10, 10],
            "body_max": [None, None],
            "boilerplate_match": [None, None],
            "body_site_key": [None, None],
            "date_coverage": [None, None],
            "date_coverage_min": [None, None],
        }
    )
    by_check = {o.check: o for o in outcomes}
    assert by_check["title.duplicate"].page_ids == ("a/1", "a/2")
    assert by_check["body.too_short"].page_ids == ("a/1",)
    assert "body.too_long" not in by_check  # empty input column: no expectation at all


def test_two_cassettes_of_one_page_are_a_duplicate() -> None:
    from harness.checks import load_settings
    from harness.checks.dataset import duplicate_urls
    from harness.config import HarnessConfig
    from harness.model import PageResult

    def page(pid: str, url: str) -> PageResult:
        return PageResult(pid, "a.example", url, f"{pid}.yaml", "generic", {"title": pid})

    pages = [
        page("a.example/new", "https://a.example/new"),
        page("a.example/old", "https://a.example/new"),
        page("a.example/other", "https://a.example/other"),
    ]
    found = duplicate_urls(pages, load_settings(HarnessConfig()))
    got = [(pid, f.check, f.severity) for pid, f in found]
    assert got == [("a.example/old", "page.duplicate_url", "error")]
    assert "a.example/new" in found[0][1].message


def test_a_body_line_that_is_another_pages_title_is_an_error() -> None:
    recs = [_rec(i) for i in range(4)]
    recs[0]["body"] += "\n\n" + recs[2]["title"].upper() + "\n" + recs[3]["title"]
    per_page, _ = dataset(recs)
    hits = [f for f in per_page.get("example.com/p0", []) if f.check == "boilerplate.other_title"]
    assert [f.severity for f in hits] == ["error", "error"]
    assert "title of 1 other page of the run" in hits[0].message
    assert hits[0].excerpt == recs[2]["title"].upper()
    assert all(
        "boilerplate.other_title" not in {f.check for f in fs}
        for p, fs in per_page.items()
        if p != "example.com/p0"
    )


def test_a_short_title_in_a_body_is_not_proof_of_a_headline_list() -> None:
    recs = [_rec(i) for i in range(3)]
    recs[1]["title"] = "Weather"
    recs[0]["body"] += "\n\nWeather"
    per_page, _ = dataset(recs)
    assert all(f.check != "boilerplate.other_title" for fs in per_page.values() for f in fs)


def _year_only(per_page: dict[str, Any]) -> dict[str, list[Any]]:
    return {pid: [f for f in fs if f.check == "date.year_only"] for pid, fs in per_page.items()}


def test_years_taken_for_dates_pile_up_on_new_years_day() -> None:
    years = (2009, 2014, 2019)
    recs = [_rec(i, published=f"{y}-01-01") for i, y in enumerate(years)]
    recs += [_rec(10 + i, published=f"2024-05-{i + 1:02d}T10:00:00+02:00") for i in range(20)]
    found = {pid: fs for pid, fs in _year_only(dataset(recs)[0]).items() if fs}
    assert sorted(found) == ["example.com/p0", "example.com/p1", "example.com/p2"]
    first = found["example.com/p0"][0]
    assert (first.severity, first.field, first.excerpt) == ("error", "$.published", "2009-01-01")
    assert "3 of the 3 dates without one in site example.com" in first.message
    assert "3 years (2009 to 2019)" in first.message


def test_a_run_of_small_sites_piles_up_as_a_whole() -> None:
    """One extractor over many sites, a page or two each: the run is the group."""
    runs = [
        pages(
            [_rec(i, url=f"https://s{i}.example/a", published=f"{2010 + i}-01-01T00:00:00Z")], f"s{i}.example"
        )
        for i in range(4)
    ]
    outcome = dataset_findings([p for run in runs for p in run], load_settings({}))
    found = [f for fs in outcome.per_page.values() for f in fs if f.check == "date.year_only"]
    assert len(found) == 4 and "in the run (100%)" in found[0].message


@pytest.mark.parametrize(
    "published",
    [
        ["2019-01-01", "2020-01-01"],  # two pages: too few to tell
        ["2021-01-01", "2021-01-01", "2021-01-01"],  # one year: a crawl of New Year's Day
        ["2019-01-01T09:30:00+01:00", "2020-01-01T11:00:00+01:00", "2021-01-01T08:00:00+01:00"],  # times
    ],
)
def test_new_years_day_that_is_a_day(published: list[str]) -> None:
    recs = [_rec(i, published=p) for i, p in enumerate(published)]
    assert not any(_year_only(dataset(recs)[0]).values())


def test_new_years_stories_whose_url_holds_the_day_are_left_alone() -> None:
    recs = [
        _rec(i, url=f"https://example.com/{y}/01/01/fireworks", published=f"{y}-01-01")
        for i, y in enumerate((2018, 2019, 2020, 2021))
    ]
    assert not any(_year_only(dataset(recs)[0]).values())


def test_a_few_new_years_days_among_many_dates_are_not_a_pile() -> None:
    recs = [_rec(i, published=f"{2015 + i}-01-01") for i in range(3)]
    recs += [_rec(10 + i, published=f"20{10 + i % 12}-{1 + i % 12:02d}-{2 + i % 27:02d}") for i in range(80)]
    assert not any(_year_only(dataset(recs)[0]).values())  # 3 of 83 dates without a time: under 5%


def test_this_years_new_years_day_captured_months_later() -> None:
    """The footer's "© 2025" read on a crawl of June: one year, every page captured long after its day."""
    recs = [_rec(i, published="2025-01-01") for i in range(3)]
    recs += [_rec(10 + i, published=f"2025-05-{i + 1:02d}T10:00:00+02:00") for i in range(20)]
    late = [replace(p, captured_at="2025-06-04T08:00:00Z") for p in pages(recs)]
    outcome = dataset_findings(late, load_settings({}))
    found = [f for fs in outcome.per_page.values() for f in fs if f.check == "date.year_only"]
    assert len(found) == 3 and "in 2025, each page captured a week or more after that day" in found[0].message
    same_day = [replace(p, captured_at="2025-01-01T21:00:00Z") for p in pages(recs)]  # a crawl of that day
    outcome = dataset_findings(same_day, load_settings({}))
    assert not any(f.check == "date.year_only" for fs in outcome.per_page.values() for f in fs)
    unknown = dataset_findings(pages(recs), load_settings({}))  # no capture time: one year proves nothing
    assert not any(f.check == "date.year_only" for fs in unknown.per_page.values() for f in fs)


def test_months_taken_for_dates_pile_up_on_the_first() -> None:
    """An upload folder's /2019/03/ read as the date: the first of a month without a time, page after page."""
    recs = [_rec(i, published=f"{2018 + i % 3}-{3 + i:02d}-01") for i in range(5)]
    recs += [_rec(10 + i, published=f"2024-05-{i + 2:02d}") for i in range(10)]
    found = [f for fs in dataset(recs)[0].values() for f in fs if f.check == "date.month_only"]
    assert len(found) == 5 and {f.severity for f in found} == {"error"}
    assert "5 of the 15 dates without one in site example.com (33%), over 5 months" in found[0].message
    spread = [_rec(i, published=f"{2018 + i % 3}-{3 + i:02d}-01") for i in range(5)]
    spread += [_rec(10 + i, published=f"2024-{1 + i % 12:02d}-{2 + i % 27:02d}") for i in range(20)]
    assert not any(f.check == "date.month_only" for fs in dataset(spread)[0].values() for f in fs)  # 20%
