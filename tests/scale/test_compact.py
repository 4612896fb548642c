"""The compact run state answers what the Python containers it replaces answer, across many folds."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from bench import scale_data
from harness.scale import compact
from harness.scale.compact import HashSet, OnceStore, PairCounter


def _hashes(rng: random.Random, n: int, pool: int) -> list[int]:
    """Values from a pool small enough to repeat, spread over the whole 64-bit range (top bit included)."""
    values = [rng.getrandbits(64) for _ in range(pool)] + [0, 2**64 - 1]
    return [rng.choice(values) for _ in range(n)]


def test_hash_set_is_a_set() -> None:
    rng = random.Random(3)
    compact_set, plain = HashSet(flush=17), set()
    for value in _hashes(rng, 3_000, 900):
        assert (value in compact_set) == (value in plain)
        assert compact_set.add(value) == (value not in plain)
        plain.add(value)
    assert len(compact_set) == len(plain) and len(compact_set.sorted) > 800  # folded many times


def test_pair_counter_counts_like_a_counter() -> None:
    rng = random.Random(5)
    counter, plain = PairCounter(flush=23), Counter[tuple[int, int]]()
    values = _hashes(rng, 4_000, 300)
    for start in range(0, len(values), 7):
        group = rng.randrange(6)
        counter.update(group, values[start : start + 7])
        plain.update((group, v) for v in values[start : start + 7])
    for group in range(7):
        for need in (1, 2, 5):
            want = {v: c for (g, v), c in plain.items() if g == group and c >= need}
            assert counter.at_least(group, need) == want


def _pop_like_a_dict(
    store: OnceStore, plain: dict[int, tuple[str, int, bool]], promoted: set[int], value: int
) -> None:
    """One learner step on both: pop ``value`` and compare; store it when new, else it is promoted (the
    learner never stores a key again once it has popped it)."""
    if value in promoted:
        return
    got, want = store.pop(value), plain.pop(value, None)
    assert got == want
    if want is None:
        entry = (f"site{value % 5}", value >> 3, bool(value & 1))
        store[value] = entry
        plain[value] = entry
    else:
        promoted.add(value)


def test_once_store_pops_and_sets_like_a_dict() -> None:
    rng = random.Random(7)
    store, plain = OnceStore(flush=11), dict[int, tuple[str, int, bool]]()
    promoted: set[int] = set()
    for value in _hashes(rng, 3_000, 700):
        _pop_like_a_dict(store, plain, promoted, value)
    assert promoted and len(store.keys) > 50  # folded into the arrays, popped from them too


def test_once_store_prefetched_pops_and_sets_like_a_dict() -> None:
    """Keys looked up in batches first (a body's units, as :class:`harness.checks.teaser.Learner` asks):
    every pop answers what a dict answers, with folds between and amid batches, keys asked for and never
    popped, keys popped without being asked for, and batches holding keys of the recent entries."""
    rng = random.Random(11)
    store, plain = OnceStore(flush=13), dict[int, tuple[str, int, bool]]()
    promoted: set[int] = set()
    values = _hashes(rng, 6_000, 2_500)
    ahead = 0
    for start in range(0, len(values), 9):
        batch = values[start : start + 9]
        store.prefetch([v for v in batch if rng.random() < 0.8] + [rng.getrandbits(64)])
        ahead += store._ahead is not None
        for value in batch:
            _pop_like_a_dict(store, plain, promoted, value)
    assert len(promoted) > 200 and len(store.keys) > 100 and ahead > 300


def test_learner_on_the_compact_store_learns_what_it_learns_on_a_dict(corpus_dir: Path) -> None:
    """The teaser learner fed a crawl's units through the compact store (folded every few entries, each
    body's keys prefetched) keeps the units and counts it keeps in a plain dict."""
    from harness.checks import teaser
    from harness.scale import work

    records = [scale_data.record(corpus_dir, i, distinct=i % 3 == 0) for i in range(500)]
    fed = [
        (f"site{i % 4}", [(work.teaser_key(k, key), work.h64(c), k == "label") for k, key, c in units])
        for i, r in enumerate(records)
        if (units := teaser.units(r["body"]))
    ]
    plain, folded = teaser.Learner(3), teaser.Learner(3, OnceStore(flush=29))
    for site, units in fed:
        plain.add(site, units)
        folded.add(site, iter(units))
    assert len(folded.first.keys) > 1000
    assert plain.common(2) == folded.common(2) and len(plain.common(2)) > 5
    assert {k: (s.pages, s.sites, s.contexts) for k, s in plain.seen.items()} == {
        k: (s.pages, s.sites, s.contexts) for k, s in folded.seen.items()
    }


def test_engine_findings_unchanged_when_the_state_folds_every_few_entries(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The in-process engine over generated records, its state folded into arrays every 9 entries, gives
    the findings it gives with the state in Python containers (folds never happen at this size)."""
    from harness.config import load_config
    from harness.runner import RunContext
    from harness.scale.local import run_local

    path = scale_data.write_jsonl(corpus_dir, 250, tmp_path / "gen.jsonl", sites=3)
    checks = '[tool.harness.checks]\nboilerplate = { extra_patterns = ["^sign up for the "] }\n'
    (tmp_path / "pyproject.toml").write_text(f"[tool.harness]\n{checks}", encoding="utf-8")
    ctx = RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()

    def findings() -> tuple[object, ...]:
        run = run_local(path, ctx, jobs=1, size=50)
        assert run.pages is not None
        pages = [(p.id, p.findings, run.per_page.get(p.id)) for p in run.pages]
        return tuple(pages), tuple(run.run_findings)

    plain = findings()
    monkeypatch.setattr(compact, "FLUSH", 9)
    folded = findings()
    assert folded == plain
    fired = {f.check for f in plain[1]} | {f.check for _, _, found in plain[0] for f in found or ()}
    assert {"boilerplate.recurring", "boilerplate.teaser"} & fired


def test_hash_sets_merge_like_sets() -> None:
    rng = random.Random(11)
    a, b = HashSet(flush=13), HashSet(flush=13)
    left, right = _hashes(rng, 500, 300), _hashes(rng, 500, 300)
    for value in left:
        a.add(value)
    for value in right:
        b.add(value)
    a.update(b)
    assert len(a) == len(set(left) | set(right))
    assert all(v in a for v in left + right)
