"""Pass 2 skips the recurring and teaser checks only for records where they cannot find anything: the same
findings with and without the flags pass 1's spilled hashes give, and the spill leaves nothing behind."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench import scale_data
from harness.config import load_config
from harness.runner import RunContext
from harness.scale import spill
from harness.scale.local import ScaleRun, run_local


def _context(tmp_path: Path) -> RunContext:
    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    return RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()


def _findings(run: ScaleRun) -> tuple[list[Any], list[Any]]:
    assert run.pages is not None
    pages = [(p.id, [f.to_dict() for f in (*p.findings, *run.per_page.get(p.id, []))]) for p in run.pages]
    return pages, [f.to_dict() for f in run.run_findings]


def test_flags_skip_records_and_change_no_finding(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = scale_data.write_jsonl(corpus_dir, 900, tmp_path / "gen.jsonl", sites=6)
    ctx = _context(tmp_path)
    made: list[Any] = []
    flags = spill.Spill.flags

    def keep(self: spill.Spill, *args: Any) -> Any:
        made.append(flags(self, *args))
        return made[-1]

    monkeypatch.setattr(spill.Spill, "flags", keep)
    fast = _findings(run_local(path, ctx, size=150))
    busy = made[0]
    assert 0 < np.count_nonzero(busy & spill.RECURRING) < 0.6 * len(busy)  # some records skipped, not all
    assert 0 < np.count_nonzero(busy & spill.TEASER) < 0.2 * len(busy)
    monkeypatch.setattr(spill.Spill, "flags", lambda self, *args: None)  # every row: the checks decide
    slow = _findings(run_local(path, ctx, size=150))
    fired = Counter(f["check"] for _, found in slow[0] for f in found)
    assert fired["boilerplate.recurring"] > 50 and fired["boilerplate.teaser"] > 5
    assert fast == slow


def test_spill_file_is_removed(tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = scale_data.write_jsonl(corpus_dir, 200, tmp_path / "gen.jsonl", sites=3)
    folders: list[Path] = []
    real = spill.Spill.__init__

    def track(self: spill.Spill, folder: Path | None = None) -> None:
        real(self, tmp_path)
        folders.append(Path(self._dir.name))
        assert folders[-1].is_dir()

    monkeypatch.setattr(spill.Spill, "__init__", track)
    run_local(path, _context(tmp_path), size=50)
    assert len(folders) == 1 and not folders[0].exists()
