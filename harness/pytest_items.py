"""The pytest items the plugin collects, and the session state they share (kept in ``config.stash``).

``PageItem`` replays one cassette; ``DatasetItem`` holds the dataset-level checks of one site (or of the whole
run); ``DriftItem`` fetches one recorded page live. Every item calls the same library functions as the CLI.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from harness.model import SEVERITY_RANK, Finding, PageResult

DATASET = "_dataset"
RUN_SCOPE = "_run"


@dataclass(eq=False)
class SessionState:
    """Everything the plugin keeps for one session (stored in ``config.stash``)."""

    config: pytest.Config
    results: dict[str, PageResult] = field(default_factory=dict)
    approved: dict[str, str] = field(default_factory=dict)
    dataset: Any = None
    _ctx: Any = None
    _cfg: Any = None

    def option(self, flag: str, ini: str) -> Any:
        value = self.config.getoption(flag)
        return value if value not in (None, "", False) else (self.config.getini(ini) if ini else None) or None

    @property
    def cfg(self) -> Any:
        if self._cfg is None:
            from harness.config import ConfigError, load_config

            try:
                cfg = load_config(Path(str(self.config.rootpath)))
                cassettes = self.option("--harness-cassettes", "harness_cassettes")
                reports = self.option("--harness-report", "harness_reports")
                compare = dict(cfg.compare)
                if self.config.getoption("--harness-strict"):
                    compare["strict"] = True
                self._cfg = cfg.with_overrides(
                    cassettes=Path(cassettes) if cassettes else None,
                    reports=Path(reports) if reports else None,
                    fail_on=self.config.getoption("--harness-fail-on"),
                    compare=compare,
                )
            except ConfigError as exc:
                raise pytest.UsageError(f"news-harness: {exc}") from None
        return self._cfg

    def context(self, extractor: str | None = None) -> Any:
        from harness import runner
        from harness.config import ConfigError
        from harness.extractors.base import ExtractorUnavailable
        from harness.extractors.registry import UnknownExtractor

        name = extractor or self.option("--harness-extractor", "harness_extractor")
        if self._ctx is not None and (name is None or name == self._ctx.extractor.name):
            return self._ctx
        try:
            ctx = runner.make_context(self.cfg, name)
        except (UnknownExtractor, ExtractorUnavailable, ConfigError) as exc:
            raise pytest.UsageError(f"news-harness: {exc}") from None
        if extractor is None:
            self._ctx = ctx
        return ctx

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Gather page results; under xdist this runs on the controller with the workers' reports."""
        if getattr(report, "harness_approved", None):
            self.approved[report.nodeid] = report.harness_approved
        page = getattr(report, "harness_page", None)
        if not page or page["id"] in self.results:
            return  # nothing to gather, or computed in this process already
        from harness.results import page_from_dict

        self.results[page["id"]] = page_from_dict(page)

    def page_result(self, ref: Any) -> PageResult:
        from harness import runner

        if ref.id not in self.results:
            self.results[ref.id] = runner.replay_page(ref, self.context())
        return self.results[ref.id]


STATE = pytest.StashKey[SessionState]()


def _failing(findings: tuple[Finding, ...] | list[Finding], fail_on: str) -> list[Finding]:
    return [f for f in findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]]


class HarnessFailure(Exception):
    def __init__(self, title: str, findings: list[Finding]) -> None:
        super().__init__(title)
        self.title, self.findings = title, findings


def _format(failure: HarnessFailure) -> str:
    lines = [failure.title]
    for f in failure.findings[:50]:
        lines.append(f"  [{f.severity}] {f.check} {f.field}: {f.message}")
        if f.excerpt and f.excerpt not in f.message:
            lines.append(f"      > {f.excerpt[:300]!r}")
    if len(failure.findings) > 50:
        lines.append(f"  ... and {len(failure.findings) - 50} more findings (see the HTML report)")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- items


class _HarnessItem(pytest.Item):
    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, HarnessFailure):
            return _format(excinfo.value)
        return super().repr_failure(excinfo)


class PageItem(_HarnessItem):
    """Replay one cassette, extract, validate, check and compare it."""

    ref: Any
    harness_approved: str | None = None

    def runtest(self) -> None:
        state = self.config.stash[STATE]
        result = state.page_result(self.ref)
        if self.config.getoption("--harness-update"):
            result = _approve(self, state, result)
        self.harness_result = result
        self.config.hook.pytest_harness_page_result(item=self, result=result)
        failing = _failing(result.findings, state.cfg.fail_on)
        if failing:
            raise HarnessFailure(f"{self.ref.id} ({self.ref.display()}): {len(failing)} finding(s)", failing)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.ref.path, None, f"harness page {self.ref.id}"


def _approve(item: PageItem, state: SessionState, result: PageResult) -> PageResult:
    """``--harness-update``: approve this page's output (never another page's) and drop its regressions."""
    from dataclasses import replace

    from harness.regression import approve
    summary = approve.approve_pages([result], state.context().compare_settings)
    if summary.written:
        item.harness_approved = f"written    {summary.paths.get(result.id, result.id)}"
    elif summary.skipped:
        item.harness_approved = f"skipped    {result.id}: {summary.skipped[0][1]}"
    else:
        return result  # unchanged
    kept = tuple(f for f in result.findings if not f.check.startswith("regression."))
    result = replace(result, findings=kept, approval={**(result.approval or {}), "status": "approved"})
    state.results[result.id] = result
    return result


class DatasetItem(_HarnessItem):
    """Dataset-level checks for one site (or the whole run), computed over every page of the run."""

    site: str
    refs: list[Any]

    def runtest(self) -> None:
        from harness import checks

        state = self.config.stash[STATE]
        if state.dataset is None:
            pages = [state.page_result(ref) for ref in self.refs]
            state.dataset = checks.dataset_findings(pages, state.context().check_settings)
        outcome = state.dataset
        if self.site == RUN_SCOPE:
            found = [f for f in outcome.run if f.site is None]
        else:
            found = [f for f in outcome.run if f.site == self.site]
            for page_id, page_findings in outcome.per_page.items():
                if page_id.split("/", 1)[0] == self.site:
                    found.extend(page_findings)
        failing = _failing(found, state.cfg.fail_on)
        if failing:
            raise HarnessFailure(f"{self.name}: {len(failing)} dataset-level finding(s)", failing)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return Path(str(self.config.rootpath)), None, f"harness dataset {self.name}"


DRIFT_SESSION = pytest.StashKey[tuple[Any, Any]]()


def _drift_session(config: pytest.Config, state: SessionState) -> tuple[Any, Any]:
    """Drift settings and one polite fetcher per session; ``--harness-live-rewrite`` rules come first."""
    if DRIFT_SESSION not in config.stash:
        from harness.drift import Fetcher, contact_warning, load_settings

        settings = load_settings(state.cfg, rewrite=config.getoption("--harness-live-rewrite") or None)
        warning = contact_warning(settings.user_agent)
        if warning:  # once per session, in pytest's warnings summary
            config.issue_config_time_warning(pytest.PytestWarning(f"news-harness drift: {warning}"), 2)
        fetcher = Fetcher(settings)
        config.add_cleanup(fetcher.close)
        config.stash[DRIFT_SESSION] = (settings, fetcher)
    return config.stash[DRIFT_SESSION]


def drift_verdict(session: pytest.Session, pages: list[PageResult]) -> Any:
    """At the end of a ``-m drift`` session (on the controller): print the coverage of ``pages`` (the drift
    results) and return the drift settings, for ``with_drift_verdict`` on the run.

    A run that compared too few pages, or lost a whole site, fails the session (exit 1) with
    ``drift.coverage`` findings, even though every drift item passed: nothing reached is not no drift.
    """
    from harness.drift import load_settings, run_coverage

    config = session.config
    settings = load_settings(
        config.stash[STATE].cfg, rewrite=config.getoption("--harness-live-rewrite") or None
    )
    covered = run_coverage(pages, settings)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_sep("-", "news-harness drift coverage")
        reporter.write_line(covered.line())
        for finding in covered.findings():
            reporter.write_line(f"  error drift.coverage: {finding.message}")
    if covered.failing and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    return settings


class DriftItem(_HarnessItem):
    """Fetch one recorded page live and classify its drift (selected by ``-m drift``)."""

    ref: Any
    harness_result: PageResult | None = None

    def runtest(self) -> None:
        from harness import drift

        state = self.config.stash[STATE]
        ctx = state.context()
        settings, fetcher = _drift_session(self.config, state)
        outcome = drift.check_page(self.ref, ctx, settings, fetcher=fetcher)
        if self.config.getoption("--harness-refresh") and outcome.label in settings.refresh_labels:
            from harness.drift.refresh import refresh

            summary = refresh([(self.ref, outcome)], state.cfg, settings)
            self.add_report_section("call", "harness refresh", "\n".join(e.line() for e in summary.entries))
        page = drift.page_result(self.ref, outcome, ctx.extractor.name)
        self.harness_result = state.results[self.ref.id] = page
        if drift.should_fail(outcome, settings):
            found = [f for f in page.findings if f.check.startswith("drift.")]
            raise HarnessFailure(f"{self.ref.id}: drift '{outcome.label}'", found or list(page.findings))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.ref.path, None, f"harness drift {self.ref.id}"


class HarnessRoot(pytest.Collector):
    """Parent node of the harness items, so their ids read ``harness::site/slug``."""

    def collect(self) -> Iterator[pytest.Item]:
        return iter(())
