"""Progress on stderr: a live line on a terminal, a few plain lines in CI logs, nothing when quiet."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Callable as ``progress(done, total, label)``."""

    def __init__(self, verb: str, *, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.verb = verb
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.tty = self.stream.isatty()
        self.start = time.perf_counter()
        self._last_pct = -1

    def __call__(self, done: int, total: int, label: str) -> None:
        if self.quiet or total <= 0:
            return
        elapsed = time.perf_counter() - self.start
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (total - done) / rate if rate > 0 else 0.0
        line = f"{self.verb} {done}/{total} ({rate:.0f}/s, {eta:.0f}s left) {label}"
        if self.tty:
            width = 100
            self.stream.write("\r" + line[:width].ljust(width))
            if done == total:
                self.stream.write("\n")
            self.stream.flush()
            return
        pct = done * 10 // total
        if pct != self._last_pct or done == total:
            self._last_pct = pct
            self.stream.write(line + "\n")
            self.stream.flush()

    def stage(self, text: str) -> None:
        """A one-line note that a slow stage starts (so no wait passes in silence)."""
        if not self.quiet:
            self.stream.write(f"{text}...\n")
            self.stream.flush()
