"""Session 27's speed-ups change no finding: each fast path gives the same output as the computation it
replaces, kept here as written before, on the corpus's bodies, their garbled copies, records whose lines
all differ and hostile texts (very long lines, runs of dashes, mixed scripts, lone surrogates)."""

from __future__ import annotations

import importlib.util
import json
import random
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from harness.checks import consent, keywords, legal, needles, notice
from harness.checks.reader import Raw
from harness.model import Finding
from harness.scale import sink
from harness.scale.compact import HashSet
from tests.scale.test_fast_session26 import _bodies, _keywords

#: the tests of the automaton: the others run without the ``fast`` extra too
_FAST = pytest.mark.skipif(
    importlib.util.find_spec("ahocorasick") is None or importlib.util.find_spec("ahocorasick_rs") is None,
    reason="the fast extra (pyahocorasick, ahocorasick-rs) is not installed",
)


def _pyahocorasick(values: Mapping[str, Any]) -> Any:
    """The automaton as it was built before (pyahocorasick alone)."""
    import ahocorasick

    found = ahocorasick.Automaton()
    for word, value in values.items():
        found.add_word(word, value)
    found.make_automaton()
    return found


def _lists() -> dict[str, dict[str, Any]]:
    """Every word list the harness searches with an automaton, with its values as its callers build them."""
    either = notice._EITHER_NEEDLES
    assert either
    phrase = _keywords()
    shared = keywords._automaton(phrase)
    assert shared is not None
    return {
        "notice": {w: (w in either) | (w in legal.NEEDLES) << 1 for w in {*either, *legal.NEEDLES}},
        "consent": {
            w: (w in consent._MARKERS) | (w in consent._MACHINERY_MARKERS) << 1
            for w in {*consent._MARKERS, *consent._MACHINERY_MARKERS}
        },
        "phrase": {w: w for w in phrase},
        "shared": {w: v for w, v in zip(shared._words, shared._values, strict=True)},
        "overlapping": {
            w: w for w in ("a", "aa", "aaa", "ab", "b", "ba", "--", "-", "σ", "ς", "İ", "i̇", "𝒳y")
        },
    }


def _hostile(rng: random.Random, words: list[str]) -> list[str]:
    """Texts made to hit the edges: words glued to each other and cut by line breaks, very long lines, runs
    of dashes, mixed scripts, astral characters, and words in a sea of random code points."""
    out = []
    alphabet = "aAbBσΣςİi̇-–— \n\u2028ßẞ日本語ёЁ𝒳yا١" + "".join(words[:40])
    for _ in range(400):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 300))))
        out.append(" ".join(rng.choice(words) for _ in range(rng.randrange(1, 30))))
        out.append("".join(rng.sample(words, min(len(words), 5))))
    out += ["-" * 100_000, "a" * 50_000 + "".join(words), ("x " * 40_000) + words[0], "—–-" * 5000]
    out += [w[: len(w) // 2] + "\n" + w[len(w) // 2 :] for w in words]
    return out


def _same(automaton: Any, before: Any, text: str) -> None:
    assert sorted(automaton.iter(text)) == sorted(before.iter(text)), text[:200]


@_FAST
def test_ahocorasick_rs_finds_what_pyahocorasick_found(corpus_dir: Path, texts: list[str]) -> None:
    """``words_automaton`` over ahocorasick_rs gives every ``(end, value)`` pyahocorasick gave (the end of
    each occurrence, overlapping ones too), for every word list the checks search, as written and
    lowercased, on the corpus's bodies, their lines and hostile texts."""
    rng = random.Random(27)
    bodies = _bodies(corpus_dir, texts)
    hits = 0
    for name, values in _lists().items():
        fast, before = needles.words_automaton(values), _pyahocorasick(values)
        assert isinstance(fast, needles._RsWords), name
        for body in [*bodies[::3], *_hostile(rng, list(values))]:
            for text in (body, body.lower()):
                _same(fast, before, text)
                hits += bool(list(before.iter(text)))
        for line in texts[::7]:
            _same(fast, before, line.lower())
    assert hits > 1000


@_FAST
def test_a_text_with_a_lone_surrogate_is_searched_word_by_word() -> None:
    """ahocorasick_rs reads UTF-8 and refuses a lone surrogate: such a text is searched word by word, with
    pyahocorasick's answer (ends and values), and a word list holding one is left to pyahocorasick."""
    values = _lists()["overlapping"] | {"cookie": "c"}
    fast, before = needles.words_automaton(values), _pyahocorasick(values)
    for text in ("\ud800", "aa\udfffab cookie\ud800σ", "x\udc80" * 1000 + "cookies and aaa"):
        _same(fast, before, text)
    assert not isinstance(needles.words_automaton({"a\ud800": 1, "b": 2}), needles._RsWords)
    assert needles.words_automaton({}) is None and needles.words_automaton({"": 1}) is None


@_FAST
def test_the_shared_pass_and_the_line_filters_as_before(
    corpus_dir: Path, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The callers' answers through ahocorasick_rs: the shared pass's needles and kinds, notice's line
    filter and consent's marked lines are those pyahocorasick gave."""
    before_consent = _pyahocorasick(_lists()["consent"])
    phrase = _keywords()
    shared = keywords._automaton(phrase)
    before_shared = _pyahocorasick(dict(zip(shared._words, shared._values, strict=True)))
    before_either = _pyahocorasick(_lists()["notice"])
    for body in _bodies(corpus_dir, texts)[::2]:
        found: set[str] = set()
        held = 0
        for _end, (word, kinds) in before_shared.iter(body.lower()):
            if kinds & keywords.NEEDLE:
                found.add(word)
            held |= kinds
        assert keywords._recent.__wrapped__(body, phrase) == (frozenset(found), held), body[:200]
        lines = [line for line in body.splitlines() if line.strip()][:40]
        for line in lines:
            low = line.lower()
            lists = 0
            for _end, kind in before_either.iter(low):
                lists |= kind
            assert notice._may_name(low) == (bool(lists & 1), bool(lists & 2)), line[:200]
        marked = consent.marked_lines(lines)
        with monkeypatch.context() as patched:
            patched.setattr(consent, "_found", lambda: before_consent)
            assert consent.marked_lines(lines) == marked, body[:200]


class _TallyBefore(sink.Tally):
    """The sample as it was kept before: each offered page's entry made whether it is kept or not."""

    def _offer(self, check: str, page_id: str, site: str, url: str | None, found: Sequence[Finding]) -> None:
        self._seen_per_check[check] += 1
        bucket = self.sample.setdefault(check, [])
        entry = {
            "id": page_id,
            "site": site,
            "url": url,
            "findings": [sink.table_row(page_id, site, url, f) for f in found[:10]],
        }
        if len(bucket) < sink.SAMPLE_PER_CHECK:
            bucket.append(entry)
        else:
            slot = self._rng.randrange(self._seen_per_check[check])
            if slot < sink.SAMPLE_PER_CHECK:
                bucket[slot] = entry


def test_the_sample_and_the_table_rows_as_before() -> None:
    """The report's sample, made only for the pages kept, is the one made for every page offered; the table's
    rows are ``json.dumps(row, ensure_ascii=False)`` of each, hostile text included."""
    rng = random.Random(7)
    now, before = sink.Tally(), _TallyBefore()
    odd = ["plain", 'ü\u2028\x00"\\', "日本語 'q'", "\ud800 lone", "-" * 1000, "x" * 5000]
    for i in range(3000):
        found = [
            Finding(
                rng.choice(["a.b", "c.d", "e.f"]),
                rng.choice(["error", "warning"]),
                "$.body",
                f"page {i}: {rng.choice(odd)}",
                excerpt=rng.choice([None, *odd]),
            )
            for _ in range(rng.randrange(0, 14))
        ]
        for tally in (now, before):
            tally.findings(f"s/{i}", "s", None if i % 3 else f"https://s/{i}", found)
        for f in found:
            row = sink.table_row(f"s/{i}", "s", None, f)
            assert sink._ENCODE(row) == json.dumps(row, ensure_ascii=False)
    assert now.sample == before.sample and now.by_check == before.by_check
    assert sum(len(b) for b in now.sample.values()) == 3 * sink.SAMPLE_PER_CHECK


def test_a_raw_line_pickles_to_itself() -> None:
    """A chunk's lines go to a worker pickled by their fields: each comes back equal, of its class, frozen."""
    import dataclasses
    import pickle

    raws = [Raw(1, b'{"a": 1}'), Raw(2, None, {"b": [1, "\ud800"]}), Raw(3), Raw(2**40, b"\xff" * 10_000)]
    back = pickle.loads(pickle.dumps(raws, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == raws and all(type(r) is Raw for r in back)
    with pytest.raises(dataclasses.FrozenInstanceError):
        back[0].number = 5  # type: ignore[misc]


def test_findings_and_pages_pickle_to_themselves() -> None:
    """A finding and a page pickled as their fields in order come back equal, every field set or left to
    its default, copied and deep-copied as before; a field left out of ``__init__`` would break this."""
    import copy
    import dataclasses
    import pickle

    from harness.model import PageResult

    for cls in (Finding, PageResult):
        assert all(f.init for f in dataclasses.fields(cls))
    full = Finding("a.b", "warning", "$.body", "m \ud800", "x", "s.com", "accepted", "pass")
    bare = Finding("c", "error", "$", "m")
    page = PageResult(
        "s/1",
        "s",
        "https://s/1",
        None,
        "ext",
        {"body": "b", "authors": ["a"]},
        (full, bare),
        1.5,
        "2026",
        {"q": 1},
        {"a": 2},
        {"d": 3},
        "fail",
        ({"check": "c"},),
    )
    lean = PageResult("s/2", "s", None, "c.yaml", "ext", None)
    for obj in (full, bare, page, lean, [page, page, lean]):
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(obj, protocol=protocol)) == obj
        assert copy.copy(obj) == obj and copy.deepcopy(obj) == obj
    assert type(pickle.loads(pickle.dumps(page)).findings[0]) is Finding


def test_pass_two_hands_on_pages_without_records_as_before(tmp_path: Path) -> None:
    """Pass 2 leaves a page kept without its record as it is instead of replacing its empty record by
    another: the pages it hands on are equal to those it made before (the engine's own tests run it)."""
    import dataclasses

    from harness.model import PageResult

    pages = [
        PageResult(f"s/{i}", "s", None, None, "ext", record)
        for i, record in enumerate([None, {}, {"body": "b"}, {"title": None}])
    ]
    before = [dataclasses.replace(p, record={} if p.record is not None else None) for p in pages]
    assert [dataclasses.replace(p, record={}) if p.record else p for p in pages] == before


def test_hash_set_add_many_as_one_add_each() -> None:
    """``HashSet.add_many`` answers and leaves the set as one ``add`` each in order did: values folded
    before, values in the recent set, a value given twice in one batch, folds in the middle of a batch,
    0 and the largest 64-bit value; membership of an empty folded array answered without a search."""
    rng = random.Random(11)
    for flush in (1, 2, 3, 7, 64, 1 << 16):
        one, many = HashSet(flush), HashSet(flush)
        pool = [0, 1, 2**64 - 1, *(rng.getrandbits(64) for _ in range(300))]
        for _ in range(60):
            batch = [rng.choice(pool) for _ in range(rng.randrange(0, 40))]
            assert many.add_many(batch) == [one.add(v) for v in batch]
            assert len(many) == len(one)
            assert all((v in many) == (v in one) for v in pool)
        assert sorted([*many.recent, *many.sorted.tolist()]) == sorted([*one.recent, *one.sorted.tolist()])
    assert 5 not in HashSet() and HashSet().add_many([]) == []


def test_a_chunk_kept_on_disk_reads_back_as_before(tmp_path: Path) -> None:
    """Pages written as their fields (the record left out unless kept) read back equal to the pages
    ``dataclasses.replace(page, record={})`` made before, and equal to the pages themselves when kept."""
    import dataclasses

    from harness.model import PageResult
    from harness.scale import stored

    finding = Finding("a.b", "warning", "$.body", "m", "x")
    pages = {
        i: PageResult(f"s/{i}", "s", None, None, "ext", record, (finding,) * (i % 3), float(i), "2026")
        for i, record in enumerate([None, {}, {"body": "b \ud800"}, {"title": None}], start=1)
    }
    stored.write(str(tmp_path), 1, pages, records=False)
    before = {n: p if p.record is None else dataclasses.replace(p, record={}) for n, p in pages.items()}
    assert stored.read(str(tmp_path), 1) == before
    stored.write(str(tmp_path), 5, pages, records=True)
    assert stored.read(str(tmp_path), 5) == pages
    assert all(type(p) is PageResult for p in stored.read(str(tmp_path), 5).values())
