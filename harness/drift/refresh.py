"""Refresh after review: re-record the cassettes of drifted pages, and optionally re-approve their outputs.

Re-recording goes through :func:`harness.capture.record.record_urls` (vcrpy in record mode ``all``, secrets
scrubbed by :mod:`harness.capture.scrub`, the ``FROM=TO`` rewrite applied to the fetch and undone in what is
stored) into a scratch folder. The new interactions then replace the old cassette *at its own path* in
one atomic write, keeping its metadata block (with ``how = "refresh"`` and ``previous_recorded_at``).
A failed re-recording leaves the old cassette untouched.

``dry_run`` reports what would happen and writes nothing.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.capture import cassette as cassette_mod
from harness.capture.cassette import CassetteRef
from harness.config import HarnessConfig
from harness.drift.classify import DriftOutcome
from harness.drift.settings import DriftSettings
from harness.summary import Entry, Progress, Summary


@dataclass(frozen=True, slots=True)
class RefreshSummary(Summary):
    """One entry per drifted page: ``written`` (re-recorded), ``skipped`` (dry run) or ``failed``."""


def to_refresh(
    pairs: Sequence[tuple[CassetteRef, DriftOutcome]],
    settings: DriftSettings,
    labels: Sequence[str] | None = None,
) -> list[tuple[CassetteRef, DriftOutcome]]:
    """The pages whose label is one of ``labels`` (default ``refresh_labels``: the three drift labels)."""
    wanted = set(labels if labels is not None else settings.refresh_labels)
    return [(ref, o) for ref, o in pairs if o.label in wanted and o.url]


def _rerecord(ref: CassetteRef, url: str, cfg: HarnessConfig, settings: DriftSettings) -> Entry:
    from harness.capture.record import record_urls

    old_meta: dict[str, Any] = {}
    with contextlib.suppress(cassette_mod.CassetteError):
        old_meta = dict(cassette_mod.load(ref.path).meta)
    with tempfile.TemporaryDirectory(prefix="harness-refresh-") as tmp:
        summary = record_urls([url], cfg, out=Path(tmp), force=True, rewrite=settings.rewrite)
        entry = summary.entries[0]
        if entry.status != "written" or entry.path is None:
            return Entry(url, "failed", ref.path, entry.reason or "not recorded")
        fresh = cassette_mod.load(entry.path)
        meta = {**old_meta, **fresh.meta, "url": old_meta.get("url", url), "how": "refresh"}
        if old_meta.get("recorded_at"):
            meta["previous_recorded_at"] = old_meta["recorded_at"]
        cassette_mod.write(ref.path, fresh.interactions, meta)
    return Entry(url, "written", ref.path)


def _approve(refs: Sequence[CassetteRef], cfg: HarnessConfig) -> list[Entry]:
    """Replay the refreshed cassettes and approve exactly their outputs (``approve.approve_pages``)."""
    from harness import runner
    from harness.parallel import replay_pages
    from harness.regression import approve

    ctx = runner.make_context(cfg)
    pages = replay_pages(list(refs), ctx, jobs=1)  # supervised workers: the hard page deadline holds
    summary = approve.approve_pages(pages, approve.load_settings(cfg))
    entries = [
        Entry(page_id, "written", Path(summary.paths.get(page_id, page_id)), "approved output updated")
        for page_id in summary.written
    ]
    entries += [
        Entry(page_id, "skipped", None, "approved output already matches") for page_id in summary.unchanged
    ]
    entries += [Entry(page_id, "skipped", None, reason) for page_id, reason in summary.skipped]
    return entries


def refresh(
    pairs: Sequence[tuple[CassetteRef, DriftOutcome]],
    cfg: HarnessConfig,
    settings: DriftSettings,
    *,
    dry_run: bool = False,
    update_approved: bool = False,
    labels: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> RefreshSummary:
    """Re-record the drifted pages among ``pairs`` (see the module doc); returns one entry per page."""
    todo = to_refresh(pairs, settings, labels)
    entries: list[Entry] = []
    for index, (ref, outcome) in enumerate(todo, 1):
        url = str(outcome.url)
        if dry_run:
            extra = " and its approved output" if update_approved else ""
            entries.append(
                Entry(url, "skipped", ref.path, f"dry run: would re-record {ref.id}{extra} ({outcome.label})")
            )
        else:
            entries.append(_rerecord(ref, url, cfg, settings))
        if progress is not None:
            progress(index, len(todo), url)
    written = [ref for (ref, _), e in zip(todo, entries, strict=True) if e.status == "written"]
    if update_approved and written and not dry_run:
        entries.extend(_approve(written, cfg))
    return RefreshSummary(tuple(entries))
