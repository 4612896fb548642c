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

from harness.model import Finding, PageResult

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
    _supervisor: Any = None
    notes: Any = None  # the cassette scan, for its run-level findings (hidden paths, refused imports)

    def option(self, flag: str, ini: str) -> Any:
        value = self.config.getoption(flag)
        return value if value not in (None, "", False) else (self.config.getini(ini) if ini else None) or None

    def path_option(self, flag: str, ini: str) -> Path | None:
        """A folder option: a flag is relative to the directory pytest was started in, an ini value to the
        ini file's folder, and a ``[tool.harness]`` value (when neither is set) to its config file's."""
        value = self.config.getoption(flag)
        if value:
            return Path(str(self.config.invocation_params.dir), value)
        value = self.config.getini(ini)
        if value:
            base = self.config.inipath.parent if self.config.inipath else self.config.rootpath
            return Path(str(base), value)
        return None

    @property
    def cfg(self) -> Any:
        if self._cfg is None:
            from harness.config import ConfigError, load_config

            try:
                cfg = load_config(Path(str(self.config.rootpath)))
                cassettes = self.path_option("--harness-cassettes", "harness_cassettes")
                reports = self.path_option("--harness-report", "harness_reports")
                compare = dict(cfg.compare)
                if self.config.getoption("--harness-strict"):
                    compare["strict"] = True
                self._cfg = cfg.with_overrides(
                    cassettes=cassettes,
                    reports=reports,
                    fail_on=self.config.getoption("--harness-fail-on"),
                    fail_on_new=self.config.getoption("--harness-fail-on-new"),
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

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Gather page results; under xdist this runs on the controller with the workers' reports.

        For JUnit XML, a harness test's classname becomes ``harness.<site>`` so CI publishers group by site
        (set before junitxml records the test, which keeps attributes added this way).
        """
        site = getattr(report, "harness_site", None)
        if site:
            from _pytest.junitxml import xml_key

            xml = self.config.stash.get(xml_key, None)
            if xml is not None:
                xml.node_reporter(report).add_attribute("classname", f"harness.{site}")
        if getattr(report, "harness_approved", None):
            self.approved[report.nodeid] = report.harness_approved
        page = getattr(report, "harness_page", None)
        if not page or page["id"] in self.results:
            return  # nothing to gather, or computed in this process already
        from harness.results import page_from_dict

        self.results[page["id"]] = page_from_dict(page)

    @property
    def policy(self) -> Any:
        from harness.verdict import Policy

        return Policy.from_config(self.cfg)

    def page_result(self, ref: Any) -> PageResult:
        """The page's result, replayed once, in a worker process (see :mod:`harness.parallel`), and judged
        (:mod:`harness.verdict`) on its own findings: an extractor that exits, crashes or hangs fails this
        page's test, and its result still reaches the results file."""
        from harness.verdict import judge_page

        if ref.id not in self.results:
            self.results[ref.id] = judge_page(self.supervisor().replay(ref), self.policy)
        return self.results[ref.id]

    def supervisor(self) -> Any:
        if self._supervisor is None:
            from harness.parallel import Supervisor

            self._supervisor = Supervisor(self.context(), 1)
            self.config.add_cleanup(self._supervisor.close)
        return self._supervisor


STATE = pytest.StashKey[SessionState]()


def _failing(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """The findings whose verdict is ``fail`` (judged by :mod:`harness.verdict`, as the CLI's are)."""
    return [f for f in findings if f.gate == "fail"]


class HarnessFailure(Exception):
    def __init__(self, title: str, findings: list[Finding], page_id: str | None = None) -> None:
        super().__init__(title)
        self.title, self.findings, self.page_id = title, findings, page_id


def _format(failure: HarnessFailure) -> str:
    from harness.report.terminal import short_message

    lines = [failure.title]
    for f in failure.findings[:50]:
        label = f" ({f.baseline}: not in the approved output)" if f.baseline == "new" else ""
        lines.append(f"  [{f.severity}] {f.check}{label} {f.field}: {short_message(f, failure.page_id)}")
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
        failing = _failing(result.findings)
        if failing:
            new = sum(f.baseline == "new" for f in failing)
            title = f"{self.ref.id} ({self.ref.display()}): {len(failing)} finding(s) fail the gate"
            raise HarnessFailure(title + (f", {new} new since approval" if new else ""), failing, self.ref.id)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.ref.path, None, f"harness page {self.ref.id}"


def _approve(item: PageItem, state: SessionState, result: PageResult) -> PageResult:
    """``--harness-update``: approve this page's output (never another page's) and drop its regressions."""
    from dataclasses import replace

    from harness.regression import approve, baseline
    from harness.verdict import judge_page

    summary = approve.approve_pages([result], state.context().compare_settings)
    if summary.written:
        item.harness_approved = f"written    {summary.paths.get(result.id, result.id)}"
    elif summary.skipped:
        item.harness_approved = f"skipped    {result.id}: {summary.skipped[0][1]}"
    else:
        return result  # unchanged
    kept = tuple(f for f in result.findings if not f.check.startswith("regression."))
    approval = {
        **(result.approval or {}),
        "status": "approved",
        "accepted": baseline.entries_for(kept, result.record),
    }
    approval.pop("changes", None)
    result = judge_page(replace(result, findings=kept, approval=approval), state.policy)
    state.results[result.id] = result
    return result


def accept_run_findings(run: Any, state: SessionState) -> Any:
    """``--harness-update`` at the end of the session: the approved files of the pages that ran also accept
    their dataset-level findings (known only once every page ran), and the run is judged again."""
    from dataclasses import replace

    from harness.regression import approve, baseline
    from harness.results import summarize
    from harness.verdict import judge_run

    approve.approve_pages([p for p in run.pages if p.record is not None], state.context().compare_settings)
    pages = []
    for page in run.pages:
        if page.record is not None:
            kept = tuple(f for f in page.findings if baseline.recorded(f))
            approval = {
                **(page.approval or {}),
                "status": "approved",
                "accepted": baseline.entries_for(kept, page.record),
            }
            approval.pop("changes", None)
            page = replace(page, findings=kept, approval=approval)
        pages.append(page)
    judged = judge_run(replace(run, pages=tuple(pages)), state.policy)
    return replace(judged, summary={**judged.summary, **summarize(judged.pages, judged.findings)})


class DatasetItem(_HarnessItem):
    """Dataset-level checks for one site (or the whole run), computed over every page of the run."""

    site: str
    refs: list[Any]

    def runtest(self) -> None:
        from harness.runner import dataset_outcome
        from harness.verdict import accepted_of, judge_findings

        state = self.config.stash[STATE]
        if state.dataset is None:
            pages = [state.page_result(ref) for ref in self.refs]
            state.dataset = dataset_outcome(pages, state.context())
        outcome = state.dataset
        wanted = None if self.site == RUN_SCOPE else self.site
        judged, _ = judge_findings([f for f in outcome.run if f.site == wanted], state.policy)
        failing = [f for f in judged if f.gate == "fail"]
        # Under --harness-update a page's dataset findings are being accepted (see accept_run_findings).
        per_page = {} if self.config.getoption("--harness-update") else outcome.per_page
        for page_id, extra in per_page.items():
            page = state.results.get(page_id)
            # the page's site, not its folder's: cassettes may sit at any depth
            if wanted is None or page is None or page.site != wanted or not extra:
                continue
            # Held against the page's approved findings after its own, as finish_run merges them.
            both, _ = judge_findings([*page.findings, *extra], state.policy, accepted_of(page), page.record)
            failing.extend(f for f in both[len(page.findings) :] if f.gate == "fail")
        if failing:
            title = f"{self.name}: {len(failing)} dataset-level finding(s) fail the gate"
            raise HarnessFailure(title, failing)

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
        urls = [str(p.drift["url"]) for p in pages if p.drift and p.drift.get("url")]
        for rule in settings.rewrite.unused(urls):
            reporter.write_line(
                f"  warning: rewrite rule {rule!r} matched none of the {len(urls)} recorded URLs; "
                "their pages were fetched from the public sites"
            )
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


class CassetteFolder(pytest.Directory):
    """The cassette folder (or one folder below it), collected as a tree so node ids are paths pytest reruns:
    ``cassettes/harbor.example/bridge.yaml::harbor.example/bridge``."""

    refs: list[Any]

    def collect(self) -> Iterator[pytest.Item | pytest.Collector]:
        from harness.capture import cassette

        here = Path(self.path)
        refs = getattr(self, "refs", None)
        if refs is None:  # the cassette folder itself: its scan also says what it skipped, for the results
            found = cassette.scan(here)
            self.config.stash[STATE].notes = found
            refs = found.refs
        below: dict[str, list[Any]] = {}
        for ref in refs:
            rel = ref.path.relative_to(here)
            if len(rel.parts) == 1:
                below.setdefault("", []).append(ref)
            else:
                below.setdefault(rel.parts[0], []).append(ref)
        for name in sorted(below):
            if not name:
                continue
            folder = CassetteFolder.from_parent(self, path=here / name)
            folder.refs = below[name]
            yield folder
        for ref in sorted(below.get("", []), key=lambda r: r.path.name):
            file = CassetteFile.from_parent(self, path=ref.path)
            file.ref = ref
            yield file


class CassetteFile(pytest.File):
    """One cassette: its page item, and its drift item when a ``-m`` expression could select it."""

    ref: Any

    def collect(self) -> Iterator[pytest.Item]:
        page = PageItem.from_parent(self, name=self.ref.id)
        page.ref = self.ref
        yield page
        if self.config.option.markexpr:  # drift items exist only when asked for (-m drift)
            drift_item = DriftItem.from_parent(self, name=f"{self.ref.id}@drift")
            drift_item.ref = self.ref
            drift_item.add_marker(pytest.mark.drift)
            yield drift_item
