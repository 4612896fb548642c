"""Quality metrics on small hand-made examples (numbers worked out by hand in the comments)."""

from __future__ import annotations

from typing import Any

import pytest

from harness.model import PageResult
from harness.regression import quality


def test_tokens_split_cjk_and_thai_into_characters() -> None:
    assert quality.tokens("Hello, World! café") == ["hello", "world", "café"]
    assert quality.tokens("中美合作") == ["中", "美", "合", "作"]
    assert quality.tokens("ข่าว") == ["ข", "่", "า", "ว"]
    assert quality.tokens("한국어 문장") == ["한국어", "문장"]  # Hangul is written with spaces
    assert quality.tokens("ＡＢＣ１２３") == ["abc123"]  # NFKC folds full-width forms


def test_tokens_equal_their_per_character_definition() -> None:
    import random

    rnd = random.Random(14)
    samples = ["Straße_über-Käse", "नमस्ते दुनिया", "a\u0301b c\u0308", "x²+y³ ½ Ⅻ", "日本語とEnglish混在", ""]
    for _ in range(500):  # any code point: combining marks, no-space scripts, punctuation, digits
        samples.append("".join(chr(rnd.randrange(0x20, 0x30000)) for _ in range(rnd.randrange(30))))
    for text in samples:
        assert quality.tokens(text) == quality._tokens_per_character(text), repr(text)


def test_tokens_equal_their_definition_on_every_code_point() -> None:
    """Every code point (surrogates aside), in runs of seven between word characters: no character is
    split, joined or dropped differently by the translate-and-split form."""
    import sys

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    text = " a".join(every[i : i + 7] for i in range(0, len(every), 7))
    assert quality.tokens(text) == quality._tokens_per_character(text)


def test_token_f1_bag_of_words() -> None:
    # pred 3 tokens, truth 6 tokens, 3 in common: P = 3/3, R = 3/6, F1 = 2 * 1 * .5 / 1.5 = 2/3
    prf = quality.token_prf("The cat sat", "the cat sat on the mat")
    assert prf == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3})
    # a repeated token counts once per occurrence in both: pred "the the", truth "the": P = 1/2, R = 1
    assert quality.token_prf("the the", "the")["precision"] == 0.5
    assert quality.token_prf(None, "x") == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert quality.token_prf("", "") == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_token_f1_cjk() -> None:
    # 中美合作 vs 中美合作共赢: 4 shared characters, P = 4/4, R = 4/6, F1 = 0.8
    prf = quality.token_prf("中美合作。", "中美合作共赢")
    assert prf == pytest.approx({"precision": 1.0, "recall": 4 / 6, "f1": 0.8})


def test_shingle_worked_example() -> None:
    # truth a b c d e -> (a b c d), (b c d e); pred a b c d x -> (a b c d), (b c d x)
    # tp = 1, fp = 1, fn = 1, normalised by 3; P = (1/3) / (2/3) = 0.5, R = 0.5
    s = quality.shingle_score("a b c d x", "a b c d e")
    assert s == pytest.approx(
        {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1 / 3, "fp": 1 / 3, "fn": 1 / 3}
    )


def test_shingles_are_case_sensitive_word_runs_and_short_texts_are_one_shingle() -> None:
    assert quality.shingle_score("Hello, world", "hello world")["f1"] == 0.0
    assert quality.shingle_score("hello -- world!", "hello world")["f1"] == 1.0
    # 6 tokens -> 3 shingles; pred has all of them plus 1 extra shingle: tp 3, fp 1 -> P = 3/4, R = 1
    s = quality.shingle_score("one two three four five six seven", "one two three four five six")
    assert (s["precision"], s["recall"]) == pytest.approx((0.75, 1.0))


def test_shingle_empty_prediction_and_corpus_aggregate() -> None:
    empty = quality.shingle_counts("", "a b c d e")
    assert empty == (0.0, 0.0, 1.0)
    half = quality.shingle_counts("a b c d x", "a b c d e")
    # precision: mean over pages with tp + fp > 0 -> only `half`: 0.5
    # recall: mean over both pages: (0.5 + 0) / 2 = 0.25; F1 = 2 * .5 * .25 / .75 = 1/3
    agg = quality.shingle_aggregate([half, empty])
    assert agg == pytest.approx({"precision": 0.5, "recall": 0.25, "f1": 1 / 3})


@pytest.mark.parametrize(
    ("actual", "expected", "exact", "normalised"),
    [
        ("Bridge reopens", "Bridge reopens", True, True),
        ("  Bridge reopens ", "Bridge reopens", True, True),
        ("Bridge Reopens!", "bridge reopens", False, True),
        ("Bridge reopens | Harbor Daily", "Bridge reopens", False, True),
        ("Harbor Daily - Bridge reopens", "Bridge reopens", False, True),
        ("米朝首脳直通電話", "米朝首脳直通電話 ：日本経済新聞", False, True),
        ("Bridge closes", "Bridge reopens", False, False),
        (None, "Bridge reopens", False, False),
    ],
)
def test_title_match(actual: str | None, expected: str, exact: bool, normalised: bool) -> None:
    got = quality.title_match(actual, expected)
    assert (got["exact"], got["normalised"]) == (exact, normalised)


@pytest.mark.parametrize(
    ("actual", "expected", "match"),
    [
        ("2022-11-01T10:00:00+01:00", "2022-11-1", True),
        ("2022-11-02", "2022-11-1", False),
        ("2023-11-17", "2023-11-17T00:00:00", True),
        # the same instant written in UTC falls on the day before; the truth's own offset decides
        ("2018-06-18T20:50:00Z", "2018-06-19T05:50:00+09:00", True),
        ("2018-06-18T05:50:00+09:00", "2018-06-19T05:50:00+09:00", False),
        (None, "2019-10-19", False),
        ("yesterday", "2019-10-19", False),
    ],
)
def test_date_match_same_calendar_day(actual: str | None, expected: str, match: bool) -> None:
    assert quality.date_match(actual, expected)["match"] is match


def truth(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": None,
        "published": None,
        "body": None,
        "extra": {},
        "source_dataset": "adbar/trafilatura@e90b0ef",
    }
    return {**base, **fields}


def test_only_metrics_with_truth_are_present() -> None:
    record = {"title": "T", "published": "2020-01-02", "body": "one two three four"}
    assert quality.score(record, truth()) is None
    body_only = quality.score(
        record,
        truth(body="one two three four", source_dataset="scrapinghub/article-extraction-benchmark@4a3b"),
    )
    assert body_only is not None and set(body_only) == {"body", "source", "has_record"}
    assert body_only["source"] == "zyte_aeb"
    assert body_only["body"]["token"]["f1"] == 1.0
    full = quality.score(
        record, truth(title="T", published="2020-01-02", extra={"body_must_contain": ["two"]})
    )
    assert full is not None and set(full) == {"title", "published", "snippets", "source", "has_record"}
    assert full["source"] == "trafilatura_eval"


def test_snippets_and_missing_record() -> None:
    t = truth(
        extra={
            "body_must_contain": ["bridge  reopened", "ferries"],
            "body_must_not_contain": ["Subscribe now", "cookies"],
        }
    )
    got = quality.score({"body": "The bridge reopened.\n\nSubscribe now!"}, t)
    assert got is not None
    assert got["snippets"]["must_contain"] == {"total": 2, "hits": 1, "missing": ["ferries"]}
    assert got["snippets"]["must_not_contain"] == {"total": 2, "hits": 1, "found": ["Subscribe now"]}
    none = quality.score(None, truth(body="a b c d", title="T"))
    assert none is not None and none["has_record"] is False
    assert none["body"]["token"]["f1"] == 0.0 and none["title"]["exact"] is False


def page(site: str, record: dict[str, Any], t: dict[str, Any]) -> PageResult:
    return PageResult(
        id=f"{site}/x",
        site=site,
        url=None,
        cassette=None,
        extractor="toy",
        record=record,
        quality=quality.score(record, t),
    )


def test_aggregate_per_site_source_and_overall() -> None:
    pages = [
        page("a.example", {"body": "a b c d e"}, truth(body="a b c d e", source_dataset="x/one@1")),
        page("a.example", {"body": "a b c d x"}, truth(body="a b c d e", source_dataset="x/one@1")),
        page(
            "b.example",
            {"title": "T", "published": "2020-01-01"},
            truth(title="T", published="2020-01-02", source_dataset="x/two@1"),
        ),
        PageResult(id="c.example/y", site="c.example", url=None, cassette=None, extractor="toy", record={}),
    ]
    agg = quality.aggregate(pages)
    assert set(agg["sites"]) == {"a.example", "b.example"} and set(agg["sources"]) == {"one", "two"}
    one = agg["sources"]["one"]["body"]
    assert one["pages"] == 2 and one["token_f1"] == pytest.approx((1.0 + 0.8) / 2)
    assert one["shingle_f1"] == pytest.approx(0.75)  # P = mean(1, .5), R = mean(1, .5)
    overall = agg["overall"]
    assert overall["pages"] == 3
    assert overall["title"] == {"pages": 1, "accuracy": 1.0, "accuracy_normalised": 1.0}
    assert overall["published"] == {"pages": 1, "accuracy": 0.0}
    assert quality.flat_metrics(overall) == pytest.approx(
        {
            "body_token_f1": 0.9,
            "body_shingle_f1": 0.75,
            "title_accuracy": 1.0,
            "title_accuracy_normalised": 1.0,
            "date_accuracy": 0.0,
        }
    )
    assert quality.aggregate([]) == {}


def test_shingle_counts_are_the_sliding_window_definition() -> None:
    """tp, fp, fn over 4-token shingles, repeats counted, as the plain window and Counters give them."""
    from collections import Counter

    from harness.regression.quality import _SHINGLE_TOKEN, SHINGLE_N, shingle_counts

    def window(text: str) -> Counter[tuple[str, ...]]:
        toks = _SHINGLE_TOKEN.findall(text)
        return Counter(tuple(toks[i : i + SHINGLE_N]) for i in range(len(toks) - SHINGLE_N + 1))

    pred = "a b c d e a b c d e f g a b c d"
    true = "x a b c d e f g h a b c d e"
    p, t = window(pred), window(true)
    tp, fp, fn = (sum(c.values()) for c in (p & t, p - t, t - p))
    assert tp and fp and fn
    assert shingle_counts(pred, true) == (tp / (tp + fp + fn), fp / (tp + fp + fn), fn / (tp + fp + fn))
