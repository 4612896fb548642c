"""Hooks a conftest.py or plugin can implement to extend the harness's pytest integration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def pytest_harness_page_result(item: pytest.Item, result: Any) -> None:
    """Called after a page's test replayed, extracted, checked and compared it.

    ``result`` is a :class:`harness.model.PageResult`. Add your own assertions here; raising fails the test.
    """


def pytest_harness_run_finished(config: pytest.Config, run: Any, report: Path) -> None:
    """Called once, on the controller, after ``results.json`` and the HTML report were written.

    ``run`` is the :class:`harness.model.RunResult`; ``report`` the path of ``index.html``.
    """
