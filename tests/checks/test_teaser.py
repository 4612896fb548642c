"""Boilerplate a record shows by itself (no page, no word list): platform prompts, and lines and labels
that recur across the sites of a run, in the in-memory path and in ``harness check``'s streaming engine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harness.checks import load_settings
from harness.checks.teaser import label_of, short_line
from harness.cli import main
from harness.model import PageResult
from tests.checks.helpers import ARTICLE, checks_of, page_checks, record

PARAS = ARTICLE.split("\n\n")
TEASERS = ["Baca juga: {}", "Läs också: {}", "延伸阅读：{}", "Čtěte také: {}"]
HEADLINES = [
    "Storm warning issued for the coast this weekend",
    "Local team wins the regional championship",
    "Prices of fuel rise for the third month in a row",
    "Rail strike halts trains across the north",
    "Hospital opens a new children's wing",
]
# Other articles, so that no two pages share the line before an inserted one.
STORIES = [
    "A bridge on the river road will close for repairs from Monday, the county said in a statement.",
    "The school board chose a new head teacher after a search that lasted most of the year.",
    "Farmers in the valley expect a late harvest after a cold and wet spring, a survey found.",
    "The museum reopened its east wing with a show of maps drawn by local surveyors in 1850.",
    "Bus fares stay the same next year, the transport authority said after its budget meeting.",
]


def _with_line(line: str, i: int) -> str:
    return "\n\n".join([STORIES[i % len(STORIES)], line, *PARAS])


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Facebook",
        "Ikuti kami di Google News",
        "Följ oss på Instagram",
        "Theo dõi chúng tôi trên Facebook",
        "Kövessen minket a Facebookon",
        "Share on WhatsApp »",
    ],
)
def test_a_short_line_ending_on_a_platform_is_a_follow_prompt(line: str) -> None:
    found = [f for f in page_checks(record(body=_with_line(line, 0))) if f.check == "boilerplate.social"]
    assert [f.excerpt for f in found] == [line] and found[0].severity == "error"


@pytest.mark.parametrize(
    "line",
    [
        "Twitter seemed a bit confused by the campaign:",  # the platform is the subject: the article
        "The senator answered her critics on Twitter.",  # a sentence
        "pic.twitter.com/abc123",  # an embedded post's link
        "Officials posted the full report and a long statement about it on their page on Facebook",  # long
    ],
)
def test_article_text_about_a_platform_is_not_a_prompt(line: str) -> None:
    assert "boilerplate.social" not in checks_of(page_checks(record(body=_with_line(line, 0))))


def test_label_and_short_line_shapes() -> None:
    assert label_of("Baca juga: Storm warning issued for the coast") == (
        "baca juga",
        "storm warning issued for the coast",
    )
    assert label_of("延伸阅读：暴风雨警报发布沿海地区本周末") is not None
    assert label_of("A: Trip to Disney World") is None  # interview answers are not a template's label
    assert label_of("Source: https://example.com/report") is None
    assert label_of("Body of https://example.com/news/bridge plus a footer line") is None  # a URL's colon
    assert label_of("Update: Police released the name of the driver on Friday.") is None  # a sentence
    assert short_line("Bizi takip edin") and not short_line("Method") and not short_line("It rained all day.")


def _pages(bodies: list[tuple[str, str]]) -> list[PageResult]:
    out = []
    for i, (site, body) in enumerate(bodies):
        rec = record(url=f"https://{site}/story-{i}", site=site, body=body, title=f"Story {i}")
        out.append(PageResult(f"{site}/story-{i}", site, rec["url"], None, "test", rec))
    return out


def _teasers(pages: list[PageResult], table: dict[str, Any] | None = None) -> dict[str, list[str]]:
    from harness.checks import dataset_findings

    outcome = dataset_findings(pages, load_settings(table or {}))
    found = {
        pid: [f.excerpt or "" for f in fs if f.check == "boilerplate.teaser"]
        for pid, fs in outcome.per_page.items()
    }
    return {pid: lines for pid, lines in found.items() if lines}


def test_a_label_recurring_across_sites_marks_teasers_in_any_script() -> None:
    bodies = []
    for i in range(12):
        line = TEASERS[i % 4].format(HEADLINES[i % 5])
        bodies.append((f"site{i}.example", _with_line(line, i)))
    found = _teasers(_pages(bodies))
    assert len(found) == 12
    assert found["site2.example/story-2"] == ["延伸阅读：" + HEADLINES[2]]


def test_too_few_pages_teach_nothing_and_one_site_only_labels() -> None:
    two = [(f"site{i}.example", _with_line(f"Baca juga: {HEADLINES[i]}", i)) for i in range(2)]
    assert _teasers(_pages(two)) == {}
    one_site = [("one.example", _with_line("Bizi takip edin", i)) for i in range(4)]
    assert _teasers(_pages(one_site)) == {}  # one site's lines are the per-site learner's business...
    labels = [("one.example", _with_line(f"Baca juga: {HEADLINES[i]}", i)) for i in range(3)]
    assert len(_teasers(_pages(labels))) == 3  # ...but it cannot see labels: their headlines differ
    assert _teasers(_pages(two * 2), {"boilerplate": {"teaser_min_pages": 2}}) != {}


def test_a_short_line_recurring_after_different_lines_is_boilerplate_but_wire_copy_is_not() -> None:
    line = "Bizi takip edin"
    kept = [(f"site{i}.example", _with_line(line, i)) for i in range(3)]
    assert _teasers(_pages(kept)) == {f"site{i}.example/story-{i}": [line] for i in range(3)}
    wire = [(f"site{i}.example", _with_line(line, 0)) for i in range(3)]  # one story on three sites
    assert _teasers(_pages(wire)) == {}


def test_a_line_repeated_inside_one_article_copied_to_other_sites_is_not_a_template() -> None:
    shop = "\n\n".join(f"{STORIES[k]}\n\nSee it now at the shop" for k in range(4))  # after each product
    copies = [(f"site{i}.example", shop + f"\n\nFiled by desk {i}.") for i in range(3)]
    assert _teasers(_pages(copies)) == {}
    plan = "\n\n".join(f"Next stage: {HEADLINES[k]}" for k in range(4))  # one label, inside one body
    copied = [(f"site{i}.example", plan + f"\n\n{STORIES[0]}\n\nFiled by desk {i}.") for i in range(3)]
    assert _teasers(_pages(copied)) == {}


def test_harness_check_finds_them_record_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``harness check`` (the streaming engine) gives what the in-memory path gives, and fails the run."""
    (tmp_path / "pyproject.toml").write_text('[tool.harness]\nreports = "out"\n', encoding="utf-8")
    rows = []
    for i in range(6):
        line = TEASERS[i % 2].format(HEADLINES[i % 5])
        rows.append(
            {
                "url": f"https://site{i}.example/a",
                "title": f"Story {i}",
                "published": "2025-06-03T08:00:00+02:00",
                "body": _with_line(line, i),
                "extractor": "crawler",
            }
        )
    (tmp_path / "crawl.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "crawl.jsonl", "-q"]) == 1
    results = json.loads(next((tmp_path / "out").glob("*/results.json")).read_text(encoding="utf-8"))
    flagged = {
        p["site"]: [f["excerpt"] for f in p["findings"] if f["check"] == "boilerplate.teaser"]
        for p in results["pages"]
    }
    assert flagged["site3.example"] == [TEASERS[1].format(HEADLINES[3])]
    assert all(len(lines) == 1 for lines in flagged.values())
    assert "boilerplate.teaser" in capsys.readouterr().out


def _at(where: str, line: str, i: int) -> str:
    """``line`` at the body's start, amid it (after a story of its own) or at its end. At the start, the
    story is the body's longest line (a first line's context: its story, not the line under it)."""
    story = STORIES[i % len(STORIES)]
    if where == "start":
        return "\n\n".join([line, f"{story} {STORIES[(i + 1) % len(STORIES)]}", *PARAS])
    if where == "end":
        return "\n\n".join([*PARAS, story, line])
    return "\n\n".join([story, line, *PARAS])


@pytest.mark.parametrize(
    ("where", "line"),
    [
        ("end", "Dieser Artikel erschien zuerst auf Tagesblatt Online."),  # a sentence: no short line
        ("end", "Kommentera"),  # one word
        ("start", "Skip to main content"),  # a first line: nothing before it
        ("middle", "Quiz: How well do you know your capital cities?"),  # a question amid the body
    ],
)
def test_any_line_recurring_across_sites_after_different_lines_is_boilerplate(where: str, line: str) -> None:
    kept = [(f"site{i}.example", _at(where, line, i)) for i in range(3)]
    assert _teasers(_pages(kept)) == {f"site{i}.example/story-{i}": [line] for i in range(3)}
    wire = [(f"site{i}.example", _at(where, line, 0)) for i in range(3)]  # one story on three sites
    assert _teasers(_pages(wire)) == {}


def test_a_subheading_amid_the_body_or_a_reporting_sentence_is_not_counted_by_the_run() -> None:
    """One or two words amid a body (review subheadings: "Design", "Verdict") recur across sites in
    articles too, even first or right above the last paragraph: the run counts them only as a body's last
    line. A reporting sentence of any length amid a body ("... did not respond to a request for comment")
    recurs across unrelated stories: it is not counted there."""
    line = "Verdict"
    amid = [(f"site{i}.example", _at("middle", line, i)) for i in range(3)]
    assert _teasers(_pages(amid)) == {}
    first = [(f"site{i}.example", _at("start", line, i)) for i in range(3)]
    assert _teasers(_pages(first)) == {}
    above_last = [(f"site{i}.example", "\n\n".join([*PARAS, line, STORIES[i]])) for i in range(3)]
    assert _teasers(_pages(above_last)) == {}
    at_end = [(f"site{i}.example", _at("end", line, i)) for i in range(3)]
    assert len(_teasers(_pages(at_end))) == 3
    line = "The company did not immediately respond to a request for comment on the report on Friday."
    assert _teasers(_pages([(f"site{i}.example", _at("middle", line, i)) for i in range(3)])) == {}


@pytest.mark.parametrize(
    ("where", "line"),
    [
        ("start", "When you buy through links in our articles, we may earn a commission at no cost to you."),
        ("end", "This link is to an external site that may or may not meet accessibility guidelines."),
        ("middle", "Sign up for the morning briefing and get the day's news in your inbox every morning"),
    ],
)
def test_a_long_template_line_recurring_across_sites_is_boilerplate(where: str, line: str) -> None:
    """A template's notice can be as long as a sentence of the article: the run tells them apart when it
    stands first or last in bodies of different stories on several sites, or amid them and no statement."""
    kept = [(f"site{i}.example", _at(where, line, i)) for i in range(3)]
    assert _teasers(_pages(kept)) == {f"site{i}.example/story-{i}": [line] for i in range(3)}
    wire = [(f"site{i}.example", _at(where, line, 0)) for i in range(3)]  # one story on three sites
    assert _teasers(_pages(wire)) == {}


def test_a_lead_copied_by_sites_that_put_their_own_line_under_it_is_not_a_template() -> None:
    """Sites running one story put a caption, an ad label or a teaser of their own under its lead: the
    lead comes before a different line on every page, but it is one story (the same longest line)."""
    lead = "The city council approved a new budget on Tuesday after a long debate about school funding."
    under = ["Photo: the town hall", "Advertisement", "Read also: Budget talks stall", "Listen to this story"]
    copies = [(f"site{i}.example", "\n\n".join([lead, under[i], *PARAS])) for i in range(4)]
    assert _teasers(_pages(copies)) == {}


def test_a_one_paragraph_story_whose_copies_end_with_lines_of_their_own_is_not_a_template() -> None:
    story = " ".join(PARAS)  # one long paragraph
    copies = [(f"site{i}.example", f"{story}\n\nFiled by the {desk} desk.") for i, desk in enumerate("ABCD")]
    assert _teasers(_pages(copies)) == {}


def test_a_story_copied_by_many_sites_is_not_a_template_though_some_copies_differ() -> None:
    """Ten sites run one story; three cut a paragraph or put a caption in, so its subheading and its last
    line come after three or four different lines, on ten pages: after the same line on most of them, a
    copied story's, not a template's (a template's line comes after different lines on most pages)."""
    story = [STORIES[0], "What happens next", STORIES[1], STORIES[2]]
    inserts = ["Photo: the bridge from the east bank", "Photo: the river in spring"]
    copies = []
    for i in range(10):
        body = list(story)
        if i < 2:
            body.insert(1, inserts[i])  # a caption before the subheading
            body.insert(4, inserts[i])  # and before the last paragraph
        elif i == 2:
            del body[0]  # a copy without its first paragraph
        copies.append((f"site{i}.example", "\n\n".join(body)))
    assert _teasers(_pages(copies)) == {}
    template = [(f"site{i}.example", _at("end", "What happens next", i % 5)) for i in range(8)]
    assert len(_teasers(_pages(template))) == 8


def test_a_short_statement_counts_only_as_the_last_line() -> None:
    """A short reporting sentence recurs across a crawl as a paragraph of its own: amid a body (or first)
    the run does not count it; as the body's last line it is a note of the template ("This article was
    first published on ...")."""
    line = "The company declined to comment."
    for where in ("start", "middle"):
        assert _teasers(_pages([(f"site{i}.example", _at(where, line, i)) for i in range(3)])) == {}
    assert len(_teasers(_pages([(f"site{i}.example", _at("end", line, i)) for i in range(3)]))) == 3


PETS = [
    "Tier der Woche: Bruno, 4 Jahre, Schäferhund-Mischling, wartet im Tierheim Ulm auf ein neues Zuhause"
    " · Tel. 0731 123456",
    "Tier der Woche: Mimi, 2 Jahre, Europäisch Kurzhaar, wartet im Tierheim Kiel auf ein neues Zuhause"
    " · Tel. 0431 654321",
    "Tier der Woche: Felix, 9 Jahre, Dackel, wartet im Tierheim Trier auf ein neues Zuhause"
    " · Tel. 0651 99887",
]


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_box_under_its_own_heading_recurring_across_sites_is_boilerplate(where: str) -> None:
    """A template's box under a heading of its own ("Tier der Woche: ...") is as long as a sentence and its
    text changes with each page: no line recurs, but its label does, on pages of several sites."""
    kept = [(f"site{i}.example", _at(where, PETS[i], i)) for i in range(3)]
    assert _teasers(_pages(kept)) == {f"site{i}.example/story-{i}": [PETS[i]] for i in range(3)}
    assert _teasers(_pages(kept[:2])) == {}  # two pages teach nothing


def test_a_long_label_line_counts_only_alone_and_as_a_statement_only_first() -> None:
    """Several ``Label: text`` lines of that length in one body are an interview's speakers, a match's
    line-ups or a recipe's parts, which recur across a site's pages with their labels: none counts. A
    statement is the article's ("Update: The council voted on Tuesday ... .", "Bottom line: ... ."), not a
    box, amid the body or ending it; over the article, as its first line, it is a notice ("Hinweis: ...")."""
    interview = [
        "Tagesblatt: Herr Berger, the plan has been criticised by the unions for months, so why did the"
        f" council still approve it on {day}?"
        for day in ("Monday", "Tuesday", "Friday")
    ]
    answers = "Berger: Because the budget left no other way, and we told the unions so from the first day on."
    speakers = [(f"site{i}.example", _at("middle", f"{interview[i]}\n\n{answers}", i)) for i in range(3)]
    assert _teasers(_pages(speakers)) == {}
    statement = [
        f"Update: The council voted on {day} to keep the bridge on the river road open to buses and bicycles"
        " through the winter."
        for day in ("Monday", "Tuesday", "Friday")
    ]
    amid = [(f"site{i}.example", _at("middle", statement[i], i)) for i in range(3)]
    assert _teasers(_pages(amid)) == {}
    last = [(f"site{i}.example", _at("end", statement[i], i)) for i in range(3)]
    assert _teasers(_pages(last)) == {}
    box = [
        (f"site{i}.example", _at("end", statement[i].rstrip(".") + " · More updates", i)) for i in range(3)
    ]
    assert len(_teasers(_pages(box))) == 3
    first = [(f"site{i}.example", _at("start", statement[i], i)) for i in range(3)]
    assert len(_teasers(_pages(first))) == 3
    quoted = [
        f"He said: “The council voted on {day} to keep the bridge on the river road open to buses through the"
        " winter, and we will hold it to that.”"
        for day in ("Monday", "Tuesday", "Friday")
    ]
    for where in ("start", "middle", "end"):  # a quotation after its speaker, in many articles
        assert _teasers(_pages([(f"site{i}.example", _at(where, quoted[i], i)) for i in range(3)])) == {}
    unquoted = [line.replace("“", "").replace(".”", "") for line in quoted]  # a box that ends on no stop
    assert len(_teasers(_pages([(f"site{i}.example", _at("end", unquoted[i], i)) for i in range(3)]))) == 3
