"""False-positive and catch rates on the corpus's hand-written ground truth (bench/checks_accuracy.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "checks_accuracy.py"
MAX_FP_RATE = 0.05
MIN_CATCH_RATE = 0.90


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("checks_accuracy", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> object:
    bench = _bench()
    corpus, seed = bench.corpus_dir(), bench.seed_path()
    if not (corpus / "zyte_aeb").is_dir() or not (corpus / "trafilatura_eval").is_dir():
        pytest.skip(f"corpus not found at {corpus} (set HARNESS_CORPUS)")
    if not seed.is_file():
        pytest.skip(f"seed page not found at {seed} (set HARNESS_SEED)")
    return bench.measure(corpus, seed)


def test_false_positive_rate_per_check(report: object) -> None:
    too_noisy = {
        check: (bad, pool)
        for check, (bad, pool) in report.fp.items()  # type: ignore[attr-defined]
        if pool and bad / pool > MAX_FP_RATE
    }
    assert not too_noisy, f"checks above {MAX_FP_RATE:.0%} false positives on perfect records: {too_noisy}"


def test_catch_rate_per_defect(report: object) -> None:
    catch = report.catch  # type: ignore[attr-defined]
    assert len(catch) == 7 and all(pool >= 50 for _, pool, _ in catch.values())
    weak = {kind: (ok, pool) for kind, (ok, pool, _) in catch.items() if ok / pool < MIN_CATCH_RATE}
    assert not weak, f"defects caught less than {MIN_CATCH_RATE:.0%} of the time: {weak}"
