"""Which records pass 2 must look at for recurring and teaser lines, decided from pass 1's hashes.

Pass 1 already hashes every record's recurrence units (:func:`harness.checks.recurring.body_units`) and
teaser keys (:func:`harness.checks.teaser.units`) for the run's counters. A record none of whose units is
common on its site, and none of whose teaser keys the run learned, gets no ``boilerplate.recurring`` or
``boilerplate.teaser`` finding and counts no recurring line (the checks look up exactly those units), so
pass 2 skips both checks for it; on generated crawls that is three records in four for the recurring check
and about two in three for the teaser check (24 in 25 before the ninth pass of issue 9 let the teaser
check count longer lines).

The same goes for ``boilerplate.other_title``: a record none of whose line keys is the title key of
another page of the run has nothing for it (:data:`OTHER`).

The hashes wait on disk (a temporary file under ``TMPDIR``: 8 bytes a unit or key, 28 a record, about
0.46 KB a record on generated crawls) until pass 1 has ended and the common units are known; then each
chunk's are read back once and reduced to one byte per input line (:data:`RECURRING`, :data:`TEASER`,
:data:`OTHER`): memory holds one chunk's hashes and the flags.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from harness.scale.work import Sketch

RECURRING = 1  # the record has a unit common on its site
TEASER = 2  # the record has a teaser key the run learned
OTHER = 4  # a line key of the record's body is the title key of another page of the run
_GOLDEN = 0x9E3779B97F4A7C15


def _np() -> Any:
    import numpy as np

    return np


def _paired(sites: Any, units: Any) -> Any:
    """One 64-bit key per (site number, unit hash), the same for the same pair in both directions of use."""
    np = _np()
    with np.errstate(over="ignore"):
        return units ^ ((sites.astype(np.uint64) + np.uint64(1)) * np.uint64(_GOLDEN))


class Spill:
    """Per record of pass 1, in input order: its line number, its site-paired unit hashes and its teaser
    key hashes, appended to a temporary file chunk by chunk."""

    def __init__(self, folder: Path | None = None) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="harness-spill-", dir=folder)
        self._file = (Path(self._dir.name) / "units.bin").open("w+b")
        self._chunks: list[tuple[int, int, int, int]] = []  # records, unit, teaser and line-key hashes

    def add(self, sketch: Sketch, site_index: Callable[[str], int]) -> None:
        np = _np()
        per_row: dict[int, tuple[list[int], list[int], list[int]]] = {}
        for row, _body, units in sketch.bodies:
            per_row.setdefault(row, ([], [], []))[0].extend(units)
        for row, _body, found in sketch.teaser:
            per_row.setdefault(row, ([], [], []))[1].extend(key for key, _ctx, _label in found)
        for row, keys in sketch.other:
            per_row.setdefault(row, ([], [], []))[2].extend(keys)
        rows = sorted(per_row)
        numbers = np.asarray([sketch.ids[r][0] for r in rows], dtype=np.int64)
        own = np.asarray([sketch.titles[r] for r in rows], dtype=np.uint64)
        sites = [site_index(sketch.ids[r][2]) for r in rows]
        counts = np.asarray([[len(part) for part in per_row[r]] for r in rows], np.int32).reshape(-1, 3)
        units = np.asarray([u for r in rows for u in per_row[r][0]], dtype=np.uint64)
        unit_sites = np.repeat(np.asarray(sites, dtype=np.uint32), counts[:, 0])
        keys = np.asarray([k for r in rows for k in per_row[r][1]], dtype=np.uint64)
        lines = np.asarray([k for r in rows for k in per_row[r][2]], dtype=np.uint64)
        for part in (numbers, own, counts, _paired(unit_sites, units), keys, lines):
            self._file.write(part.tobytes())
        self._chunks.append((len(rows), len(units), len(keys), len(lines)))

    def _read(self, records: int, units: int, keys: int, lines: int) -> tuple[Any, ...]:
        np = _np()
        f = self._file
        return (
            np.frombuffer(f.read(records * 8), dtype=np.int64),
            np.frombuffer(f.read(records * 8), dtype=np.uint64),
            np.frombuffer(f.read(records * 12), dtype=np.int32).reshape(-1, 3),
            np.frombuffer(f.read(units * 8), dtype=np.uint64),
            np.frombuffer(f.read(keys * 8), dtype=np.uint64),
            np.frombuffer(f.read(lines * 8), dtype=np.uint64),
        )

    def flags(
        self,
        lines: int,
        common: Mapping[int, Collection[int]],
        learned: Collection[int],
        titles: tuple[Any, Any] | None = None,
    ) -> Any:
        """One byte per input line (index = line number): :data:`RECURRING`, :data:`TEASER`, :data:`OTHER`.
        ``common``: site number -> its common unit hashes; ``learned``: the run's teaser key hashes;
        ``titles``: the run's title-key hashes, sorted, and how many pages have each."""
        np = _np()
        out = np.zeros(lines + 1, dtype=np.uint8)
        sites = [np.full(len(units), site, dtype=np.uint32) for site, units in common.items()]
        units = [np.fromiter(u, dtype=np.uint64, count=len(u)) for u in common.values()]
        wanted = _paired(np.concatenate(sites), np.concatenate(units)) if sites else np.zeros(0, np.uint64)
        teaser = np.fromiter(learned, dtype=np.uint64, count=len(learned))
        self._file.flush()
        self._file.seek(0)
        for sizes in self._chunks:
            numbers, own, counts, paired, keys, line_keys = self._read(*sizes)
            for flag, values, column, known in (
                (RECURRING, paired, 0, wanted),
                (TEASER, keys, 1, teaser),
            ):
                if len(known) and len(values):
                    owners = np.repeat(numbers, counts[:, column])
                    out[np.unique(owners[np.isin(values, known)])] |= flag
            if titles is not None and len(titles[0]) and len(line_keys):
                hit = _others(line_keys, np.repeat(own, counts[:, 2]), *titles)
                out[np.unique(np.repeat(numbers, counts[:, 2])[hit])] |= OTHER
        return out

    def close(self) -> None:
        self._file.close()
        self._dir.cleanup()


def _others(keys: Any, own: Any, unique: Any, counts: Any) -> Any:
    """Per line key: whether it is the title key of a page other than its own (``boilerplate.other_title``
    counts the pages having it as title, less one when it is the page's own title key)."""
    np = _np()
    at = np.minimum(unique.searchsorted(keys), len(unique) - 1)
    present = unique[at] == keys
    return present & ((keys != own) | (counts[at] >= 2))
