"""`harness ... | head`: a reader that leaves early ends the command quietly (no BrokenPipeError)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("argv", [["extractors"]])
def test_closed_stdout_ends_quietly(argv: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first write: every write raises EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "harness", *argv],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "BrokenPipeError" not in proc.stderr, proc.stderr
