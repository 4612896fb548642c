from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from harness import runner
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from regression.helpers import toy_extract


@pytest.fixture
def make_ctx(tmp_path: Path) -> Callable[..., runner.RunContext]:
    """A run context around the toy extractor, with ``[tool.harness.compare]`` given as keywords."""

    def build(**compare: object) -> runner.RunContext:
        cfg = HarnessConfig(root=tmp_path, compare=compare)
        return runner.RunContext(cfg, FunctionExtractor("toy", toy_extract, "1.0")).prepare()

    return build
