"""The body's last lines: a count, an arrow link, a 'Label: headline' or a prompt is template, not article."""

from __future__ import annotations

import pytest

from tests.checks.helpers import ARTICLE, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _found(body: str) -> list[str]:
    return [
        f"{f.severity}:{f.excerpt}" for f in page_checks(record(body=body)) if f.check == "boilerplate.tail"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "254 reacties",
        "Kommentarer (3)",
        "Komentar: 41",
        "댓글 12개",
        "Bekijk alle 31 reacties",
        "コメント（5）",
        "« Mayor opens the new harbour bridge",
        "Parliament debates the pension reform ›",
        "Seuraava artikkeli →",
        "<< Takaisin uutisiin",
        "Newer post: Mayor opens the new harbour bridge",
        "Be the first to share your opinion",
        "Dejanos tu opinión sobre esta nota",
        "Ajoute ton avis en bas de page",
    ],
)
def test_a_template_line_ending_the_body_is_an_error(line: str) -> None:
    assert _found("\n\n".join([*PARAS, line])) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Officials did not immediately provide any other details.",
        "(Reporting by Jane Doe; Editing by John Smith)",
        "— Reuters",
        "© Reuters",
        "Main image credit: Getty",
        "Image Source: Neil Godwin / Future Publishing/Shutterstock",
        "Provided by European Space Agency",
        "Additional reporting by Reuters",
        "Disclaimer",
        "Twitter seemed a bit confused by the campaign:",
        "«No lo sé», manifestó el juez.",
        "»Wir schaffen das«",
        "Version tested: PC.",
        "02-751-1500",
        "www.autoracing.com.br",
        "Wales (Group E): Second appearance",
        "<< and >> shift the bits of the number.",
        "وكالة الأنباء الرسمية",  # a signature in a script with no letter case: no name to tell apart
        "Seit 1996 offizieller Gedenktag",  # a year and three words: the article's own, not a count
    ],
)
def test_an_article_s_own_last_line_is_not_flagged(line: str) -> None:
    """Shapes the corpus's clean bodies end with: a sentence, a credit, a signature, a name, a link."""
    assert _found("\n\n".join([*PARAS, line])) == []


@pytest.mark.parametrize(
    "line", ["Be the first to share your opinion", "Meal 3", "Next page: Security and you"]
)
def test_the_same_shapes_in_the_middle_are_left_alone(line: str) -> None:
    """A subheading or a list item has the prompt's or the count's shape: only the end is evidence."""
    assert _found("\n\n".join([PARAS[0], line, *PARAS[1:]])) == []


def test_a_prompt_after_a_list_of_fragments_is_left_alone() -> None:
    """A body ending in a list of short steps: its last step is no prompt."""
    steps = ["Preheat the oven", "Mix the flour and the butter", "Bake until golden"]
    assert _found("\n\n".join([*PARAS, *steps])) == []


def test_a_prompt_after_a_rule_line_is_still_seen() -> None:
    line = "Share your view with other readers"
    assert _found("\n\n".join([*PARAS, "___", line])) == [f"error:{line}"]


def test_a_short_body_is_left_alone() -> None:
    assert _found("\n\n".join([PARAS[0], "12 comments"])) == []


def test_a_previous_and_a_next_link_are_both_found() -> None:
    pair = [
        "Previous post: Mayor opens the new harbour bridge",
        "Next post: Parliament debates the pension reform",
    ]
    assert _found("\n\n".join([*PARAS, *pair])) == [f"error:{line}" for line in pair]


def test_the_last_of_a_numbered_series_is_the_article_s_own() -> None:
    steps = [
        PARAS[0],
        "Step 1",
        PARAS[1],
        "Step 2",
        PARAS[2],
        "Step 3",
        "Serve the soup while it is still hot.",
    ]
    assert _found("\n\n".join(steps)) == []


def test_a_line_the_pattern_list_names_gets_one_finding_not_two() -> None:
    """ "Read more" ending prose has a prompt's shape and a strong pattern: the pattern check (dataset
    stage) reports it, so the tail check does not; with the pattern check off, or made a warning, the
    tail check still does."""
    from harness.checks import load_settings

    body = "\n\n".join([*PARAS, "Read more"])
    assert _found(body) == []
    assert "boilerplate.tail" not in {f.check for f in page_checks(record(body=body))}
    for table in ({"disable": ["boilerplate.pattern"]}, {"severity": {"boilerplate.pattern": "warning"}}):
        found = page_checks(record(body=body), load_settings(table))
        assert [(f.check, f.excerpt) for f in found if f.check == "boilerplate.tail"] == [
            ("boilerplate.tail", "Read more")
        ]


@pytest.mark.parametrize("rank", ["{i}. {t}", "{i} {t}", "{i:02d} {t}", "#{i} {t}", "{i}、{t}"])
@pytest.mark.parametrize("heading", ["Most read", "Am meisten gelesen", "Самое читаемое", "الأكثر قراءة"])
def test_a_ranked_box_of_headlines_ending_the_body_is_an_error(heading: str, rank: str) -> None:
    headlines = [
        "Man arrested after car hits pedestrians in city centre",
        "Heatwave: temperatures to top 35C this weekend",
        "Mortgage rates fall for the first time in a year",
    ]
    items = [rank.format(i=i, t=t) for i, t in enumerate(headlines, 1)]
    body = "\n\n".join([ARTICLE, heading, *items])
    found = {f.excerpt for f in page_checks(record(body=body)) if f.severity == "error"}
    assert set(items) <= found  # the heading too, unless the pattern list's check reports it ("Most read")
    assert heading in found or heading == "Most read"


@pytest.mark.parametrize(
    "items",
    [
        ["1. Preheat the oven to 200 degrees.", "2. Mix the flour and butter.", "3. Bake for an hour."],
        ["1. Vienna", "2. Copenhagen", "3. Zurich"],  # a ranking of names: shorter than headlines
        ["1. First point of the plan", "3. Third point of the plan", "2. Second point of the plan"],
    ],
)
def test_an_article_s_own_numbered_list_at_its_end_is_not_a_ranked_box(items: list[str]) -> None:
    body = "\n\n".join([ARTICLE, "The ranking", *items])
    assert not any(f.check.startswith("boilerplate.tail") for f in page_checks(record(body=body)))


@pytest.mark.parametrize(
    "pair",
    [
        ("大分県：大分市、臼杵市、佐伯市、竹田市", "鹿児島県：鹿児島市、霧島市、いちき串木野市、南さつま市"),
        ("浙江省：杭州市、宁波市、温州市、绍兴市", "江苏省：南京市、苏州市、无锡市、常州市、扬州市"),
    ],
)
def test_a_label_over_a_list_of_names_is_not_a_link_to_another_article(pair: tuple[str, str]) -> None:
    # a warning's affected places, each region and its towns (a page of fundus's truths): a label and a list
    # of names parted by the ideographic comma is no headline; a previous and a next link ending a body
    # still are, and so is a labelled list with commas (planted lists in the blind sets: session 23)
    assert _found("\n\n".join([*PARAS, *pair])) == []
    links = ("Previous: Mayor opens the new harbour bridge", "Next: Schools to reopen after the holiday")
    assert _found("\n\n".join([*PARAS, *links])) == [f"error:{links[0]}", f"error:{links[1]}"]
    listed = ("North: Oakford, Millbrook, Ashby, Hinton", "South: Dunmore, Kelso, Rye, Eastwick")
    assert _found("\n\n".join([*PARAS, *listed])) == [f"error:{listed[0]}", f"error:{listed[1]}"]
