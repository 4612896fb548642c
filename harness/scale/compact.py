"""Run-wide state in compact numpy arrays instead of Python sets and dicts of ints.

A Python ``set`` of 64-bit hashes costs about 70 bytes an entry and a ``Counter`` about 100; at a million
pages and millions of distinct lines that is most of the in-process engine's memory. These structures keep
the recent entries in a small Python container and fold them, every :data:`FLUSH` entries, into sorted
numpy arrays (8 bytes a hash; 16 for a site, hash and count), so memory grows by a few bytes per distinct
entry. They answer exactly what the Python containers answered: same membership, same counts.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any

FLUSH = 1 << 16


def _np() -> Any:
    import numpy as np

    return np


class HashSet:
    """A set of 64-bit unsigned ints (hashes): membership and insertion."""

    def __init__(self, flush: int | None = None) -> None:
        self.flush = flush or FLUSH  # read at run time: tests fold after a few entries
        self.recent: set[int] = set()
        self.sorted = _np().zeros(0, dtype=_np().uint64)

    def __contains__(self, value: int) -> bool:
        if value in self.recent:
            return True
        if not len(self.sorted):  # nothing folded yet (a run's first 65,536 entries): no search
            return False
        at = int(self.sorted.searchsorted(_np().uint64(value)))  # a plain int would convert the array
        return at < len(self.sorted) and int(self.sorted[at]) == value

    def __len__(self) -> int:
        return len(self.recent) + len(self.sorted)

    def add(self, value: int) -> bool:
        """Add ``value``; False if it was there already."""
        if value in self:
            return False
        self.recent.add(value)
        if len(self.recent) >= self.flush:
            self._fold()
        return True

    def add_many(self, values: Sequence[int]) -> list[bool]:
        """``[self.add(v) for v in values]``: the folded array searched once for all of them (a numpy call
        each cost about 3 us), the rest as :meth:`add` does, in order (a value given twice is new once)."""
        if not values:
            return []
        np = _np()
        folded = self.sorted
        if len(folded):
            wanted = np.fromiter(values, dtype=np.uint64, count=len(values))
            at = np.minimum(folded.searchsorted(wanted), len(folded) - 1)
            old: list[bool] = (folded[at] == wanted).tolist()
        else:
            old = [False] * len(values)
        # in the set before: in the folded array then, or in ``recent`` then (a fold below makes a new
        # ``recent``, this one is left as it was); or added by this batch
        before, batch = self.recent, set()
        out = []
        for value, known in zip(values, old, strict=True):
            if known or value in before or value in batch:
                out.append(False)
                continue
            batch.add(value)
            self.recent.add(value)
            if len(self.recent) >= self.flush:
                self._fold()
            out.append(True)
        return out

    def _fold(self) -> None:
        np = _np()
        fresh = np.fromiter(self.recent, dtype=np.uint64, count=len(self.recent))
        self.sorted = np.union1d(self.sorted, fresh)
        self.recent = set()

    def update(self, other: HashSet) -> None:
        """Add every value of ``other`` (a Spark partition's set)."""
        self._fold()
        other._fold()
        self.sorted = _np().union1d(self.sorted, other.sorted)


class PairCounter:
    """Counts of (small int, 64-bit hash) pairs: per site index, per unit hash.

    New pairs wait in numpy chunks (12 bytes a pair) and are folded into the sorted counts when they
    outnumber them, so each pair is sorted a few times in all, not once per fold of a fixed size."""

    def __init__(self, flush: int | None = None) -> None:
        np = _np()
        self.flush = flush or FLUSH  # read at run time: tests fold after a few entries
        self._groups: list[int] = []
        self._values: list[int] = []
        self._chunks: list[tuple[Any, Any]] = []  # (groups, values) arrays not folded yet
        self._pending = 0
        self.groups = np.zeros(0, dtype=np.uint32)
        self.values = np.zeros(0, dtype=np.uint64)
        self.counts = np.zeros(0, dtype=np.uint32)

    def update(self, group: int, values: Iterable[int]) -> None:
        before = len(self._values)
        self._values.extend(values)
        self._groups.extend([group] * (len(self._values) - before))
        if len(self._values) >= self.flush:
            self._chunk()
            if self._pending >= len(self.values):
                self._fold()

    def _chunk(self) -> None:
        if self._values:
            np = _np()
            self._chunks.append(
                (np.asarray(self._groups, dtype=np.uint32), np.asarray(self._values, dtype=np.uint64))
            )
            self._pending += len(self._values)
            self._groups, self._values = [], []

    def _fold(self) -> None:
        self._chunk()
        if not self._chunks:
            return
        np = _np()
        groups = np.concatenate([self.groups, *(g for g, _ in self._chunks)])
        values = np.concatenate([self.values, *(v for _, v in self._chunks)])
        counts = np.concatenate([self.counts, np.ones(self._pending, dtype=np.uint32)])
        self._chunks, self._pending = [], 0
        order = np.lexsort((values, groups))
        groups, values, counts = groups[order], values[order], counts[order]
        start = np.ones(len(values), dtype=bool)
        start[1:] = (groups[1:] != groups[:-1]) | (values[1:] != values[:-1])
        at = np.flatnonzero(start)
        self.groups, self.values = groups[at], values[at]
        self.counts = np.add.reduceat(counts, at).astype(np.uint32)

    def at_least(self, group: int, need: int) -> dict[int, int]:
        """``{value: count}`` of ``group``'s values counted ``need`` times or more."""
        self._fold()
        np = _np()
        lo, hi = (
            self.groups.searchsorted(np.uint32(group), "left"),
            self.groups.searchsorted(np.uint32(group), "right"),
        )
        counts, values = self.counts[lo:hi], self.values[lo:hi]
        keep = counts >= need
        return dict(zip(values[keep].tolist(), counts[keep].tolist(), strict=True))


class OnceStore:
    """The mapping ``teaser.Learner`` keeps of units seen on one body so far: 64-bit key -> (site, 64-bit
    context, is a label). Most lines of a crawl are seen once, so this is the learner's largest part; the
    dict API it needs (``pop``, ``__setitem__``) on sorted arrays with a tombstone for a popped key."""

    def __init__(self, flush: int | None = None) -> None:
        np = _np()
        self.flush = flush or FLUSH  # read at run time: tests fold after a few entries
        self.recent: dict[int, tuple[Hashable, int, bool]] = {}
        self.keys = np.zeros(0, dtype=np.uint64)
        self.sites = np.zeros(0, dtype=np.uint32)
        self.contexts = np.zeros(0, dtype=np.uint64)
        self.labels = np.zeros(0, dtype=bool)
        self.live = np.zeros(0, dtype=bool)
        self._site_ids: dict[Hashable, int] = {}
        self._site_names: list[Hashable] = []
        #: :meth:`prefetch`'s keys and, of those in the folded arrays, their places (None: nothing ahead)
        self._asked: set[int] = set()
        self._ahead: dict[int, int] | None = None

    def prefetch(self, keys: list[int]) -> None:
        """Look ``keys`` up in the folded arrays at once: a body's units in one numpy search, not one each
        (most units of a crawl are new, and a missed look-up cost a numpy call). :meth:`pop` answers them
        from this until the arrays are folded again; a key not asked for is looked up alone, as before."""
        np = _np()
        self._ahead = None
        if not len(self.keys) or not keys:
            return
        wanted = np.fromiter(keys, np.uint64, len(keys))
        at = np.minimum(self.keys.searchsorted(wanted), len(self.keys) - 1)
        hit = self.keys[at] == wanted
        self._asked, self._ahead = set(keys), dict(zip(wanted[hit].tolist(), at[hit].tolist(), strict=True))

    def pop(self, key: int, default: None = None) -> tuple[Hashable, int, bool] | None:
        found = self.recent.pop(key, None)
        if found is not None:
            return found
        if not len(self.keys):
            return default
        if self._ahead is not None and key in self._asked:
            at = self._ahead.get(key, -1)
        else:
            at = int(self.keys.searchsorted(_np().uint64(key)))  # a plain int would convert the array
            at = at if at < len(self.keys) and int(self.keys[at]) == key else -1
        if at < 0 or not self.live[at]:
            return default
        self.live[at] = False
        return self._site_names[int(self.sites[at])], int(self.contexts[at]), bool(self.labels[at])

    def __setitem__(self, key: int, value: tuple[Hashable, int, bool]) -> None:
        self.recent[key] = value
        if len(self.recent) >= self.flush:
            self._fold()

    def _site(self, site: Hashable) -> int:
        if site not in self._site_ids:
            self._site_ids[site] = len(self._site_names)
            self._site_names.append(site)
        return self._site_ids[site]

    def _fold(self) -> None:
        np = _np()
        self._ahead = None  # the places change
        items = list(self.recent.items())
        self.recent = {}
        keep = self.live
        keys = np.concatenate([self.keys[keep], np.fromiter((k for k, _ in items), np.uint64, len(items))])
        sites = np.fromiter((self._site(v[0]) for _, v in items), np.uint32, len(items))
        contexts = np.fromiter((v[1] for _, v in items), np.uint64, len(items))
        labels = np.fromiter((v[2] for _, v in items), bool, len(items))
        sites = np.concatenate([self.sites[keep], sites])
        contexts = np.concatenate([self.contexts[keep], contexts])
        labels = np.concatenate([self.labels[keep], labels])
        order = np.argsort(keys, kind="stable")  # a key is in one place only: popped before it is set again
        self.keys, self.sites, self.contexts = keys[order], sites[order], contexts[order]
        self.labels, self.live = labels[order], np.ones(len(order), dtype=bool)
