"""Pass 1's page results, kept on disk until pass 2 joins them with what the whole run taught.

The page checks of a record (schema, per-page checks: :func:`harness.checks.jsonl.check_record`) depend on
the record alone, so the in-process engine runs them once, in pass 1, while the record is decoded anyway,
and each worker writes its chunk's :class:`~harness.model.PageResult` objects to a file of its own under the
run's temporary folder (``harness-pages-*`` under ``TMPDIR``). Pass 2 reads the chunk's file back and adds
the findings that need the run (recurring lines, teaser lines, other pages' titles, the row-local
expectations, duplicates); only the records one of those can concern are sent and decoded again.

A page whose id pass 1 could not know (a URL an earlier chunk already had: ``-line-N`` is appended) is
checked again in pass 2, as is every page of a chunk whose file is missing (a check that raised in pass 1:
pass 2 then fails the same way and the engine words it as for any lost chunk). Records are kept in the file
only for chunks that start at or below the run's page limit (above it the run writes the findings table and
keeps no record; a run whose lines all lie below it keeps them all).

The files are the engine's own, written by its own workers into a folder only this user can read
(``tempfile.TemporaryDirectory``), and read back by the same run; ``pickle`` never reads input data.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Mapping
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from harness.model import PageResult


def _path(folder: str, first: int) -> Path:
    return Path(folder) / f"{first}.pages"


#: a page's fields in order, and where its record is among them: a chunk's pages are written as their fields,
#: the record left out (``{}``) unless kept, and built again when read (a page without its record was made
#: by ``dataclasses.replace`` for the file, about 5 us a page, and pickled as its fields anyway)
_FIELDS = attrgetter(*(f.name for f in fields(PageResult)))
_RECORD = [f.name for f in fields(PageResult)].index("record")


def _kept(page: PageResult, records: bool) -> tuple[Any, ...]:
    values = _FIELDS(page)
    if records or page.record is None:
        return values
    return (*values[:_RECORD], {}, *values[_RECORD + 1 :])


def write(folder: str, first: int, pages: Mapping[int, PageResult], records: bool) -> None:
    """Keep the chunk starting at line ``first``: line number -> its page (without its record unless
    ``records``), written atomically."""
    kept = {n: _kept(p, records) for n, p in pages.items()}
    path = _path(folder, first)
    part = path.with_suffix(f".part{os.getpid()}")
    with part.open("wb") as fh:
        pickle.dump(kept, fh, protocol=pickle.HIGHEST_PROTOCOL)
    part.replace(path)


def read(folder: str, first: int) -> dict[int, PageResult]:
    with _path(folder, first).open("rb") as fh:
        kept: dict[int, tuple[Any, ...]] = pickle.load(fh)  # the run's own file, see the docstring
    return {n: PageResult(*values) for n, values in kept.items()}
