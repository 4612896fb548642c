"""The verdict on the corpus's hand-written ground truth (bench/checks_accuracy.py): planted defects must
fail the default gate, clean records must not."""

from __future__ import annotations

from types import ModuleType

import bench_modules
import pytest

MAX_FP_RATE = 0.05  # per error-severity check, on clean records
MAX_WARNING_FP = 0.05  # per warning: a NEW warning fails a page (fail_on_new), so it must be right 95%
# clean records failing the gate, besides the ones counted apart because the hand-written "perfect" body
# keeps boilerplate (bench TRUTH_BOILERPLATE, lines printed): measured 0 of 185; the goal is at most 1%
MAX_CLEAN_FAIL = 0.01
MIN_FAIL_RATE = 0.95  # defective records failing the gate, per seen kind
RECORD_ONLY = {  # held-out lines planted in every record, checked with no page (harness check) -> rare
    "unseen-language line, record only (id, tr, sv, vi, cs, ro)": (
        "unseen-language line, record only, 1 page in 8 per run (id, tr, sv, vi, cs, ro)"
    ),
    "fresh languages and scripts, record only (hu, fi, hr, sw, tl, el, he, ar, zh, ko, th, hi, da, no)": (
        "fresh languages and scripts, record only, 1 page in 8 per run"
    ),
}
_THIRD = "third held-out set (uk, fa, bn, ms, sk, lt, sr, ur, ta, ja, ko, ka, am, et), record only"
RECORD_ONLY[_THIRD] = _THIRD + ", 1 page in 8 per run"
# the same lines on 1 page in 8 per run: measured 92%, 95% and 84% (boilerplate.lone_label and local-script
# platform names; before them 47%, 35% and 11%)
MIN_RARE = 0.80
# Kinds added in the third pass (bench/checks_defects.more_kinds): floors a little under what they measure.
# A credit on the body's last line stays weak (the truth itself keeps the lead image's credit there).
NEW_KIND_FLOORS = {
    "byline left in the body (start)": 0.75,
    "photo credit line (middle)": 0.95,  # 29.6% before boilerplate.credit (a credit amid the lines)
    "date line in the body (start)": 0.95,
    "advertisement marker line (middle)": 0.95,  # 80.9% before the multilingual ad-slot label
    "'N min read' / comment-count line (start)": 0.95,
    "cookie notice appended": 0.95,
    "newsletter box appended": 0.95,
    "related headlines appended (no label)": 0.90,
    # measured 47.5%: an unlabelled list rare in its run has no evidence yet (docs/checks-accuracy.md)
    "related headlines appended (no label), 1 page in 8 per run": 0.40,
    "first paragraph only": 0.88,  # 88.6% -> 92.1% in the seventh pass (body.stops_early fixes)
    "site name left in the title": 0.95,
    # held out in the fourth pass (5.9%), tuned in the fifth (boilerplate.tag_list)
    "tag / source list appended (held out in the fourth pass, tuned in the fifth)": 0.95,
}


def _bench() -> ModuleType:
    return bench_modules.load("checks_accuracy")


@pytest.fixture(scope="module")
def report() -> object:
    bench = _bench()
    corpus, seed = bench.corpus_dir(), bench.seed_path()
    if not (corpus / "zyte_aeb").is_dir() or not (corpus / "trafilatura_eval").is_dir():
        pytest.skip(f"corpus not found at {corpus} (set HARNESS_CORPUS)")
    if not seed.is_file():
        pytest.skip(f"seed page not found at {seed} (set HARNESS_SEED)")
    return bench.measure(corpus, seed)


def test_error_checks_rarely_fire_on_clean_records(report: object) -> None:
    from harness.checks import CATALOG

    too_noisy = {
        check: (bad, pool)
        for check, (bad, pool) in report.fp.items()  # type: ignore[attr-defined]
        if pool and CATALOG[check].severity == "error" and bad / pool > MAX_FP_RATE
    }
    assert not too_noisy, f"error checks above {MAX_FP_RATE:.0%} false alarms on perfect records: {too_noisy}"


def test_warnings_are_precise_enough_to_gate_new_findings(report: object) -> None:
    from harness.checks import CATALOG

    too_noisy = {
        check: (bad, pool)
        for check, (bad, pool) in report.fp.items()  # type: ignore[attr-defined]
        if pool and CATALOG[check].severity == "warning" and bad / pool > MAX_WARNING_FP
    }
    assert not too_noisy, f"warnings above {MAX_WARNING_FP:.0%} false alarms (make them info): {too_noisy}"


def test_clean_records_pass_the_gate(report: object) -> None:
    failing = sum(a for a, _ in report.clean_fail.values())  # type: ignore[attr-defined]
    total = sum(b for _, b in report.clean_fail.values())  # type: ignore[attr-defined]
    assert total >= 150 and failing / total <= MAX_CLEAN_FAIL, report.clean_fail_ids  # type: ignore[attr-defined]


def test_defective_records_fail_the_gate(report: object) -> None:
    verdict = report.verdict  # type: ignore[attr-defined]
    seen = {
        k: v
        for k, v in verdict.items()
        if k not in report.held_out  # type: ignore[attr-defined]
        and k not in NEW_KIND_FLOORS
        and k not in TAIL_FLOORS
        and k not in NINTH_FLOORS
    }
    assert len(seen) == 12
    weak = {}
    for kind, cells in seen.items():
        failing, pool = sum(a for a, _ in cells.values()), sum(b for _, b in cells.values())
        assert pool >= 50, (kind, pool)
        if failing / pool < MIN_FAIL_RATE:
            weak[kind] = (failing, pool)
    assert not weak, f"defect kinds failing the gate too rarely: {weak}"


def test_chrome_lines_in_unseen_languages_fail_the_gate(report: object) -> None:
    cells = report.verdict["unseen-language line from the page's chrome (replay)"]  # type: ignore[attr-defined]
    failing, pool = sum(a for a, _ in cells.values()), sum(b for _, b in cells.values())
    assert pool >= 50 and failing / pool >= MIN_FAIL_RATE


def _rate(report: object, kind: str) -> tuple[float, int]:
    cells = report.verdict[kind]  # type: ignore[attr-defined]
    failing, pool = sum(a for a, _ in cells.values()), sum(b for _, b in cells.values())
    return failing / pool, pool


def test_unseen_lines_fail_the_gate_record_only(report: object) -> None:
    for kind, rare_kind in RECORD_ONLY.items():
        rate, pool = _rate(report, kind)
        assert pool >= 50 and rate >= MIN_FAIL_RATE, (kind, rate)
        rare, pool = _rate(report, rare_kind)
        assert pool >= 50 and rare >= MIN_RARE, (rare_kind, rare)


def _below_floors(report: object, floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Kind -> (rate, floor) for the kinds failing the gate less often than their floor (each planted on
    50+ records)."""
    low = {}
    for kind, floor in floors.items():
        rate, pool = _rate(report, kind)
        assert pool >= 50, (kind, pool)
        if rate < floor:
            low[kind] = (round(rate, 3), floor)
    return low


def test_leftover_kinds_keep_their_floors(report: object) -> None:
    assert set(NEW_KIND_FLOORS) <= set(report.verdict)  # type: ignore[attr-defined]
    low = _below_floors(report, NEW_KIND_FLOORS)
    assert not low, f"leftover kinds below their floors: {low}"


_SIXTH = "sixth set, never tuned (is, sq, mk, bg, hy, mn, ne, si, my, te, ml, uz, so, cy, eu, ca)"
_SEVENTH = "seventh set, never tuned (lo, gu, pa, kn, mr, or, ti, dv, ps, ky, tg, be)"
# Sixth pass (boilerplate.widget, boilerplate.foreign_line): floors a little under what they measure; before
# the two rules 0%, 0%, 83.5%, 67.8% (sixth set) and 72.2%, 58.3% (seventh set, never tuned)
SHAPE_FLOORS = {
    "audio-player widget line (start), never tuned": 0.95,
    "location + timestamp dateline (start), never tuned": 0.95,
    "photo-gallery counter line (middle), never tuned": 0.95,
    f"{_SIXTH}, record only, 1 page in 8 per run": 0.80,
    f"{_SEVENTH}, record only, 1 page in 8 per run": 0.95,
    "'Updated: <date time>' line (middle), 1 page in 8 per run, never tuned": 0.90,
    "gallery counter in other scripts (end), never tuned": 0.95,
}


def test_widget_and_script_kinds_keep_their_floors(report: object) -> None:
    low = _below_floors(report, SHAPE_FLOORS)
    assert not low, f"widget / script kinds below their floors: {low}"


# Seventh pass (boilerplate.tail, boilerplate.symbol_line): the end-of-body tuning set of
# bench/checks_eighth.py and the rating line (seventh set, tuned from this pass on); floors a little under
# what they measure. Before the two rules: 55.7%, 23.5%, 63.5%, 10.4% and 83.5%.
# Raised in the ninth pass (lines of any shape recurring across sites): 100%, 90.4%, 100%, 95.7%.
TAIL_FLOORS = {
    "comment count or prompt (end), tuning set, record only": 0.95,
    "comment count or prompt (end), tuning set, record only, 1 page in 8 per run": 0.85,
    "previous/next-article link (end), tuning set, record only": 0.95,
    # 95.7% before boilerplate.tail_weak (session 10): a lone "Next: <headline>" sharing a long word with the
    # article is information only, as real pages end with their own "Label: item" lines (89.6% after)
    "previous/next-article link (end), tuning set, record only, 1 page in 8 per run": 0.88,
    "rating / stars line (middle), never tuned": 0.95,
}


def test_tail_and_symbol_kinds_keep_their_floors(report: object) -> None:
    low = _below_floors(report, TAIL_FLOORS)
    assert not low, f"end-of-body / symbol kinds below their floors: {low}"


def test_truth_boilerplate_is_shown_not_hidden(report: object) -> None:
    """Clean records counted apart as 'the truth keeps boilerplate' must each show the lines that fail
    them, and only boilerplate findings can put a record there."""
    for page_id, (_, shown) in report.truth_bp.items():  # type: ignore[attr-defined]
        assert shown and all(line.startswith("boilerplate.") for line in shown), page_id
    # five: two more in session 32, a syndicated follow row and a newsletter's own sign-up line (both in
    # TRUTH_BOILERPLATE, read by hand), when the sign-up and follow prompts became errors in English too
    assert len(report.truth_bp) <= 5  # type: ignore[attr-defined]


def test_only_listed_pages_failing_on_boilerplate_in_their_truth_are_counted_apart() -> None:
    """No corpus needed: the rule that keeps 'the truth keeps boilerplate' from hiding false failures."""
    from harness.model import Finding

    bench = _bench()
    url = next(iter(bench.TRUTH_BOILERPLATE))
    body = "An article line that ends well.\n\nCopyright 2019 Hawaii News Now. All rights reserved."
    case = bench.Case("s/p", "s", {"url": url, "title": None, "published": None, "body": body}, {}, None)
    kept = Finding(
        "boilerplate.pattern", "error", "$.body", "m", "Copyright 2019 Hawaii News Now. All rights reserved."
    )
    assert bench.truth_boilerplate(case, [kept]) == [f"boilerplate.pattern: {kept.excerpt!r}"]
    other = Finding("body.markup_leak", "error", "$.body", "m", "<p>")
    assert bench.truth_boilerplate(case, [kept, other]) == []  # any other failure: a false failure
    absent = Finding("boilerplate.pattern", "error", "$.body", "m", "Subscribe now")
    assert bench.truth_boilerplate(case, [absent]) == []  # a line the truth does not hold
    unlisted = bench.Case("s/q", "s", {**case.record, "url": "https://other.example/x"}, {}, None)
    assert bench.truth_boilerplate(unlisted, [kept]) == []


# Ninth pass (boilerplate.teaser counts lines of any shape up to 12 words): the eighth set of
# bench/checks_eighth.py, held out when written, tuned from this pass on. Floors a little under what they
# measure; before the pass (every record / one record in eight): app-download 100% / 65.2%, copyright
# 100% / 100%, 'first published on' 61.7% / 50.4%, translation note 69.6% / 56.5%, poll prompt 72.2% /
# 67.8%, hashtags 100% / 100%, the set's languages 100% / 94.8%.
_EIGHTH = "eighth set, never tuned (jv, su, ceb, mg, rw, ig, xh, yi, as, ug, tt, fo, bo)"
_RARE = ", record only, 1 page in 8 per run"
NINTH_FLOORS = {
    f"{_EIGHTH}, record only": 0.95,
    f"{_EIGHTH}{_RARE}": 0.90,
    "app-download line (middle), never tuned, record only": 0.95,
    f"app-download line (middle), never tuned{_RARE}": 0.60,
    "copyright line (end), never tuned, record only": 0.95,
    f"copyright line (end), never tuned{_RARE}": 0.95,
    "'first published on' line (end), never tuned, record only": 0.95,
    f"'first published on' line (end), never tuned{_RARE}": 0.70,
    "translation / AI note (end), never tuned, record only": 0.95,
    f"translation / AI note (end), never tuned{_RARE}": 0.65,
    "poll / quiz prompt (middle), never tuned, record only": 0.95,
    f"poll / quiz prompt (middle), never tuned{_RARE}": 0.80,
    "hashtag line (end), never tuned, record only": 0.95,
    f"hashtag line (end), never tuned{_RARE}": 0.95,
}


def test_eighth_set_kinds_keep_their_floors(report: object) -> None:
    assert set(NINTH_FLOORS) <= set(report.verdict)  # type: ignore[attr-defined]
    low = _below_floors(report, NINTH_FLOORS)
    assert not low, f"eighth-set kinds below their floors: {low}"
