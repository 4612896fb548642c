"""Fixtures shared by the scale tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import scale_data


@pytest.fixture(scope="session")
def texts(corpus_dir: Path) -> list[str]:
    """Every line of the corpus's bodies, of their garbled copies and of distinct generated records (the
    fast paths' tests compare each with the code it replaced on these)."""
    out = []
    for t in scale_data.truths(corpus_dir):
        body = t["body"]
        out += body.split("\n")
        for wrong in ("cp1252", "latin-1", "cp1251"):
            try:
                out += body.encode("utf-8").decode(wrong).split("\n")
            except UnicodeDecodeError:
                continue
    for i in range(0, 400, 7):
        out += scale_data.record(corpus_dir, i, distinct=True)["body"].split("\n")
    return out
