"""Outcomes of the stages that write cassettes (``record``, ``import``): one entry per input."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

Progress = Callable[[int, int, str], None]
"""``progress(done, total, item)``: called once per input after it is handled (for the CLI's display)."""

Status = Literal["written", "skipped", "failed"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One input and what became of it: the cassette ``path`` written or found, or why not (``reason``)."""

    source: str
    status: Status
    path: Path | None = None
    reason: str | None = None

    def line(self) -> str:
        """One line for a terminal: ``failed  http://x/y: HTTP 404 Not Found``."""
        where = f" -> {self.path}" if self.path is not None and self.status == "written" else ""
        why = f": {self.reason}" if self.reason else ""
        return f"{self.status:<8} {self.source}{where}{why}"


def now_utc() -> str:
    """The current time as ISO 8601 UTC, to the second (``2025-03-04T09:15:00Z``): ``recorded_at``."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _split(entries: tuple[Entry, ...], status: Status) -> tuple[Entry, ...]:
    return tuple(e for e in entries if e.status == status)


@dataclass(frozen=True, slots=True)
class Summary:
    """All entries in input order; ``ok`` is false when any input failed."""

    entries: tuple[Entry, ...] = ()

    @property
    def written(self) -> tuple[Entry, ...]:
        return _split(self.entries, "written")

    @property
    def skipped(self) -> tuple[Entry, ...]:
        return _split(self.entries, "skipped")

    @property
    def failed(self) -> tuple[Entry, ...]:
        return _split(self.entries, "failed")

    @property
    def ok(self) -> bool:
        return not self.failed

    def counts(self) -> str:
        return f"{len(self.written)} written, {len(self.skipped)} skipped, {len(self.failed)} failed"
