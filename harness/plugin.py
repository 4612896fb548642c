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
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import pytest

from harness.model import PageResult
from harness.pytest_items import (
    DATASET,
    RUN_SCOPE,
    STATE,
    DatasetItem,
    DriftItem,
    HarnessRoot,
    PageItem,
    SessionState,
)


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
        "--harness-fail-on-new",
        choices=("error", "warning", "info", "off"),
        help="lowest severity at which a finding that the page's approved output does not list (a new "
        "one) fails its test; accepted findings never do (default: [tool.harness] fail_on_new, else warning)",
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
    state = SessionState(config)
    config.stash[STATE] = state
    config.pluginmanager.register(state, "harness-state")


def _collect_refs(config: pytest.Config, state: SessionState) -> list[Any]:
    from harness.capture import cassette
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
    parent = HarnessRoot.from_parent(session, name="harness", nodeid="harness")
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
    update, no_report = config.getoption("--harness-update"), config.getoption("--harness-no-report")
    if hasattr(config, "workerinput") or (no_report and not update):
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
    if update:  # the approved files also accept the dataset-level findings, known only now
        from harness.pytest_items import accept_run_findings

        run = accept_run_findings(run, state)
    if no_report:
        return
    paths = write_run(run, state.cfg.report_root)
    from harness.report.terminal import verdict_lines

    config.stash[REPORT].update(results=paths.results, report=paths.report, pages=len(pages),
                                verdict=list(verdict_lines(run)))
    config.hook.pytest_harness_run_finished(config=config, run=run, report=paths.report)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    info = config.stash.get(REPORT, {})
    approved = config.stash[STATE].approved if STATE in config.stash else {}
    if approved:
        terminalreporter.write_sep("-", "news-harness approved outputs")
        written = sum(1 for v in approved.values() if v.startswith("written"))
        terminalreporter.write_line(
            f"{written} written, {len(approved) - written} skipped "
            "(approved outputs of pages that did not run are untouched)"
        )
        for line in sorted(approved.values()):
            terminalreporter.write_line(f"  {line}")
    if "report" in info:
        terminalreporter.write_sep("-", "news-harness")
        for line in info.get("verdict", ()):
            terminalreporter.write_line(line)
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
    from harness import runner
    from harness.capture import cassette
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
