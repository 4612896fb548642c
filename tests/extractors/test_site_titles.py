"""Site names learned from the ``<title>``s of a site's other pages: real cassette files, the real runner."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from spine.helpers import make_cassette

from harness.capture import cassette
from harness.capture.sitetitles import folder_titles
from harness.config import HarnessConfig
from harness.extractors._title import learned_sites
from harness.runner import make_context, replay_page

SITE = "ml-news.example"  # neither the domain nor the metadata names "The Morning Ledger"
STORY = "".join(
    f"<p>The village council met on Tuesday evening, item {i}, to discuss the new footbridge over the river, "
    "which has been closed since the spring floods.</p>" for i in range(3)
)
HEADLINES = (
    "Bridge repairs to start in June", "Council votes to reopen the old mill", "Ferry timetable changes",
)


def _page(headline: str, suffix: str = " | The Morning Ledger") -> bytes:
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{headline}{suffix}</title></head>'
            f"<body><div>{STORY}</div></body></html>").encode()


def _title(root: Path, slug: str) -> str | None:
    ctx = make_context(HarnessConfig(root=root), "generic")
    refs = {ref.slug: ref for ref in cassette.discover(root / "cassettes")}
    record = replay_page(refs[slug], ctx).record
    assert record is not None
    return record.get("title")


def test_a_suffix_shared_by_the_sites_pages_is_its_name(tmp_path: Path) -> None:
    for i, headline in enumerate(HEADLINES):
        make_cassette(tmp_path / "cassettes", SITE, f"s{i}", _page(headline))
    assert [_title(tmp_path, f"s{i}") for i in range(3)] == list(HEADLINES)


def test_a_lone_page_keeps_what_it_cannot_tell_from_its_headline(tmp_path: Path) -> None:
    make_cassette(tmp_path / "cassettes", SITE, "s0", _page(HEADLINES[0]))
    make_cassette(tmp_path / "cassettes", "other.example", "s1", _page(HEADLINES[1]))  # another site's folder
    assert _title(tmp_path, "s0") == f"{HEADLINES[0]} | The Morning Ledger"


def test_a_page_added_to_the_folder_is_seen(tmp_path: Path) -> None:
    make_cassette(tmp_path / "cassettes", SITE, "s0", _page(HEADLINES[0]))
    assert _title(tmp_path, "s0") == f"{HEADLINES[0]} | The Morning Ledger"
    make_cassette(tmp_path / "cassettes", SITE, "s1", _page(HEADLINES[1]))
    assert _title(tmp_path, "s0") == HEADLINES[0]


def test_folder_titles_reads_each_cassette_once_unescaped_and_bounded(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script>"
    make_cassette(tmp_path, SITE, "a", _page("Caf&eacute; &amp; bar", " | Ledger"))
    make_cassette(tmp_path, SITE, "b", _page(hostile))
    make_cassette(tmp_path, SITE, "c", b"\xff\xfe not html at all")
    (tmp_path / SITE / "notes.txt").write_text("<title>not a cassette</title>")
    titles = folder_titles(tmp_path / SITE / "a.yaml")
    assert titles == ("Café & bar | Ledger",)  # the <script> title ends at its "<": no title, nothing run


def test_learned_sites_needs_two_titles_and_ignores_their_order() -> None:
    titles = [f"{h} | The Morning Ledger" for h in HEADLINES] + ["Weather — ML", "Opinion: a view"]
    learned = learned_sites(titles)
    assert "themorningledger" in learned
    assert not learned & {"ml", "opinion", "weather"}
    for seed in range(5):
        shuffled = titles[:]
        random.Random(seed).shuffle(shuffled)
        assert learned_sites(shuffled) == learned
    assert learned_sites(titles[:1]) == set()


@pytest.mark.parametrize("prefix", ["Review: ", "Live: "])
def test_a_shared_colon_prefix_is_not_a_site_name(prefix: str) -> None:
    assert learned_sites([f"{prefix}{h}" for h in HEADLINES]) == set()


def test_learned_names_do_not_depend_on_workers_or_selection(tmp_path: Path) -> None:
    from spine.helpers import no_gx_checks

    from harness import runner

    for i, headline in enumerate(HEADLINES):
        make_cassette(tmp_path / "cassettes", SITE, f"s{i}", _page(headline))
    ctx = make_context(HarnessConfig(root=tmp_path, checks=no_gx_checks()), "generic")
    refs = cassette.discover(tmp_path / "cassettes")
    titles: dict[tuple[int, int, str], str | None] = {}
    for jobs, selected in ((1, refs), (2, refs[::-1]), (1, refs[1:2])):
        run = runner.run(ctx, selected, source="t", jobs=jobs)
        titles.update({(jobs, len(selected), p.id): (p.record or {}).get("title") for p in run.pages})
    assert set(titles.values()) == set(HEADLINES)
    assert len(titles) == 7
