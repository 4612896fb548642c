"""The pytest plugin: a thin shell over :mod:`harness.runner`, like the CLI.

It collects one test per cassette (id ``site/slug``), one dataset test per site (``site/_dataset``) plus
one for run-wide checks (``_run/_dataset``), and one ``drift``-marked test per cassette that normal runs
deselect. The report is written once, at session end, by the controller (under xdist, workers send each
page's result to the controller as an attribute of its test report).

Settings precedence: command-line flag > ``@pytest.mark.harness`` (for the ``harness_page`` fixture)
> ini option > ``[tool.harness]`` > default.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from harness.model import SEVERITY_RANK, Finding, PageResult

DATASET = "_dataset"
RUN_SCOPE = "_run"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("harness", "news-harness: replay recorded news pages and check the extraction")
    group.addoption(
        "--harness-cassettes",
        metavar="DIR",
        help="cassette folder to collect (one test per "
        "cassette, id site/slug); ini: harness_cassettes, else [tool.harness] cassettes",
    )
    group.addoption(
        "--harness-extractor",
        metavar="NAME",
        help="extractor to replay through: a registered "
        "name or 'package.module:function'; ini: harness_extractor (default: generic)",
    )
    group.addoption(
        "--harness-report",
        metavar="DIR",
        help="where run folders go (reports/<run-id>/index.html); ini: harness_reports (default: reports)",
    )
    group.addoption(
        "--harness-fail-on",
        choices=("error", "warning", "info"),
        help="lowest finding severity that fails a page's test (default: error)",
    )
    group.addoption(
        "--harness-update",
        action="store_true",
        help="approve the outputs of the pages that ran "
        "(writes <slug>.approved.json; other pages' approved outputs are never touched)",
    )
    group.addoption(
        "--harness-strict", action="store_true", help="a cassette without an approved output fails"
    )
    group.addoption("--harness-no-report", action="store_true", help="do not write results.json / index.html")
    group.addoption(
        "--harness-refresh",
        action="store_true",
        help="with -m drift: re-record drifted cassettes (scrubbed as at record time)",
    )
    group.addoption(
        "--harness-live-rewrite",
        action="append",
        default=[],
        metavar="FROM=TO",
        help="with -m drift: fetch URLs starting with FROM from TO instead (a staging mirror or a "
        "local server); repeatable",
    )
    parser.addini("harness_cassettes", "cassette folder to collect", type="string", default="")
    parser.addini("harness_extractor", "extractor name or dotted path", type="string", default="")
    parser.addini("harness_reports", "report folder", type="string", default="")
    parser.addini("harness_collect", "collect cassettes as tests (default true)", type="bool", default=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "drift: live drift check of a recorded page; deselected unless -m drift"
    )
    config.addinivalue_line(
        "markers",
        "harness(extractor=None, cassettes=None): settings for the harness_page fixture in this test",
    )
    state = _State(config)
    config.stash[STATE] = state
    config.pluginmanager.register(state, "harness-state")


# ----------------------------------------------------------------------------- state


@dataclass(eq=False)
class _State:
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


STATE = pytest.StashKey[_State]()


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


def _approve(item: PageItem, state: _State, result: PageResult) -> PageResult:
    """``--harness-update``: approve this page's output (never another page's) and drop its regressions."""
    from dataclasses import replace

    from harness import approve

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


class DriftItem(_HarnessItem):
    """Fetch one recorded page live and classify its drift (selected by ``-m drift``)."""

    ref: Any
    harness_result: PageResult | None = None

    def runtest(self) -> None:
        from harness import drift

        state = self.config.stash[STATE]
        verdict = drift.pytest_check(self.ref, state.context(), state.cfg, self.config)
        self.harness_result = verdict.page
        state.results[self.ref.id] = verdict.page
        if verdict.refreshed:
            self.add_report_section("call", "harness refresh", "\n".join(verdict.refreshed))
        if verdict.fail:
            label = (verdict.page.drift or {}).get("label", "?")
            found = [f for f in verdict.page.findings if f.check.startswith("drift.")]
            raise HarnessFailure(f"{self.ref.id}: drift '{label}'", found or list(verdict.page.findings))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.ref.path, None, f"harness drift {self.ref.id}"


def _collect_refs(config: pytest.Config, state: _State) -> list[Any]:
    from harness import cassette

    if not config.getini("harness_collect") and not config.getoption("--harness-cassettes"):
        return []
    root = state.cfg.cassette_root
    refs = cassette.discover(root)
    if config.args_source == pytest.Config.ArgsSource.ARGS and not config.getoption("--harness-cassettes"):
        # explicit paths on the command line: only cassettes inside one of them
        wanted = [Path(str(config.invocation_params.dir), a.split("::")[0]).resolve() for a in config.args]
        refs = [r for r in refs if any(r.path.resolve().is_relative_to(w) for w in wanted)]
    return refs


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    state = config.stash[STATE]
    refs = _collect_refs(config, state)
    if not refs:
        return
    state.context()  # a bad extractor or setting is a usage error now, not a failure in every test
    parent = _Root.from_parent(session, name="harness", nodeid="harness")
    pages: list[pytest.Item] = []
    for ref in refs:
        page_item = PageItem.from_parent(parent, name=ref.id)
        page_item.ref = ref
        pages.append(page_item)
    sites = sorted({r.site for r in refs})
    datasets: list[pytest.Item] = []
    for site in [*sites, RUN_SCOPE]:
        dataset_item = DatasetItem.from_parent(parent, name=f"{site}/{DATASET}")
        dataset_item.site, dataset_item.refs = site, refs
        datasets.append(dataset_item)
    drifts: list[pytest.Item] = []
    for ref in refs:
        ditem = DriftItem.from_parent(parent, name=f"{ref.id}@drift")
        ditem.ref = ref
        ditem.add_marker(pytest.mark.drift)
        drifts.append(ditem)
    # tell the terminal (and xdist) about the items pytest did not collect itself
    config.hook.pytest_collectreport(
        report=pytest.CollectReport(parent.nodeid, "passed", None, [*pages, *datasets, *drifts])
    )
    if not config.option.markexpr:  # drift tests only run when asked for with -m drift
        config.hook.pytest_deselected(items=drifts)
        drifts = []
    items.extend([*pages, *datasets, *drifts])


class _Root(pytest.Collector):
    """Parent node of the harness items, so their ids read ``harness::site/slug``."""

    def collect(self) -> Iterator[pytest.Item]:
        return iter(())


# ----------------------------------------------------------------------------- results to the controller


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    if call.when == "call" and isinstance(item, PageItem | DriftItem):
        from harness.results import page_to_dict

        result = getattr(item, "harness_result", None) or item.config.stash[STATE].results.get(item.ref.id)
        if result is not None:
            report.harness_page = page_to_dict(result)
        report.harness_approved = getattr(item, "harness_approved", None)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[REPORT] = {"started": _now()}


REPORT = pytest.StashKey[dict[str, Any]]()


def _now() -> str:
    from harness.runner import utcnow

    return utcnow()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if hasattr(config, "workerinput") or config.getoption("--harness-no-report"):
        return
    state = config.stash[STATE]
    if not state.results:
        return
    from harness import runner
    from harness.results import write_run

    ctx = state.context()
    pages = [state.results[k] for k in sorted(state.results)]
    run = runner.finish_run(
        pages,
        ctx,
        started_at=config.stash[REPORT]["started"],
        source=str(state.cfg.cassette_root),
        outcome=state.dataset,
    )
    paths = write_run(run, state.cfg.report_root)
    config.stash[REPORT].update(results=paths.results, report=paths.report, pages=len(pages))
    config.hook.pytest_harness_run_finished(config=config, run=run, report=paths.report)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    info = config.stash.get(REPORT, {})
    approved = config.stash[STATE].approved if STATE in config.stash else {}
    if approved:
        terminalreporter.write_sep("-", "news-harness approved outputs")
        written = sum(1 for v in approved.values() if v.startswith("written"))
        terminalreporter.write_line(f"{written} written, {len(approved) - written} skipped "
                                    "(approved outputs of pages that did not run are untouched)")
        for line in sorted(approved.values()):
            terminalreporter.write_line(f"  {line}")
    if "report" in info:
        terminalreporter.write_sep("-", "news-harness")
        terminalreporter.write_line(f"{info['pages']} pages; results: {info['results']}")
        terminalreporter.write_line(f"report: {info['report']}")


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from harness import hooks

    pluginmanager.add_hookspecs(hooks)


# ----------------------------------------------------------------------------- fixture


@pytest.fixture
def harness_page(request: pytest.FixtureRequest) -> Callable[[str], PageResult]:
    """Replay one cassette by id (``site/slug``) or path and return its :class:`PageResult`.

    ``@pytest.mark.harness(extractor="trafilatura")`` picks the extractor for this test.
    """
    from harness import cassette, runner

    state = request.config.stash[STATE]
    marker = request.node.get_closest_marker("harness")
    extractor = request.config.getoption("--harness-extractor") or (
        marker.kwargs.get("extractor") if marker else None
    )
    root = (
        Path(marker.kwargs["cassettes"])
        if marker and marker.kwargs.get("cassettes")
        else state.cfg.cassette_root
    )

    def replay(target: str) -> PageResult:
        path = Path(target)
        if not path.suffix:
            path = root / f"{target}{cassette.SUFFIX}"
        refs = cassette.discover(path)
        if not refs:
            raise pytest.UsageError(f"news-harness: no cassette {target!r} under {root}")
        return runner.replay_page(refs[0], state.context(extractor))

    return replay


def results_json(config: pytest.Config) -> str:
    """The page results gathered so far, as JSON (for debugging plugins built on this one)."""
    from harness.results import page_to_dict

    state = config.stash[STATE]
    return json.dumps([page_to_dict(p) for p in state.results.values()])
