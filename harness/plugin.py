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
    CassetteFolder,
    DatasetItem,
    DriftItem,
    PageItem,
    SessionState,
    drift_verdict,
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
        "--harness-reports",
        "--harness-report",  # the old spelling; the ini option and [tool.harness] key say "reports"
        dest="harness_report",
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
        "local server); FROM and TO may be patterns ('https://*.example.com/{path}="
        "http://127.0.0.1:8000/{host}/{path}', see docs/drift.md); repeatable",
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


def _collecting(config: pytest.Config) -> bool:
    return bool(config.getini("harness_collect") or config.getoption("--harness-cassettes"))


def _cassette_root(config: pytest.Config) -> Path:
    root = Path(config.stash[STATE].cfg.cassette_root)
    explicit = config.getoption("--harness-cassettes") or config.getini("harness_cassettes")
    if explicit and not root.is_dir() and not root.is_file():
        raise pytest.UsageError(f"news-harness: cassette folder {root} does not exist")
    return root.resolve()


def _add_cassette_root(session: pytest.Session) -> None:
    """Collect the cassette folder even when ``testpaths`` leaves it out (or it lies outside the project).

    Explicit paths on the command line are the user's choice and are left alone, unless
    ``--harness-cassettes`` names the folder too.
    """
    config = session.config
    if not _collecting(config):
        return
    explicit = config.args_source == pytest.Config.ArgsSource.ARGS
    if explicit and not config.getoption("--harness-cassettes"):
        return
    root = _cassette_root(config)
    if not root.is_dir():
        return
    base = Path(str(config.invocation_params.dir))
    covered = [(base / a.split("::")[0]).resolve() for a in config.args]
    if not any(root.is_relative_to(c) or c.is_relative_to(root) for c in covered):
        config.args.append(str(root))


def pytest_collect_directory(path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """The cassette folder is collected as a tree of cassette files (one page test each)."""
    config = parent.config
    if not _collecting(config) or path.resolve() != _cassette_root(config):
        return None
    return CassetteFolder.from_parent(parent, path=path)


def pytest_report_header(config: pytest.Config) -> str | None:
    if not _collecting(config) or config.option.markexpr:
        return None
    return "news-harness: drift checks of the live sites run with -m drift"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Add the dataset-level items for the sites whose pages were collected, after those pages."""
    pages = [i for i in items if isinstance(i, PageItem)]
    if not pages:
        return
    state = config.stash[STATE]
    state.context()  # a bad extractor or setting is a usage error now, not a failure in every test
    refs = [p.ref for p in pages]
    top: pytest.Collector = session
    node = pages[0].parent
    while node is not None and node is not session:
        if isinstance(node, CassetteFolder):
            top = node
        node = node.parent
    datasets: list[pytest.Item] = []
    for site in [*sorted({r.site for r in refs}), RUN_SCOPE]:
        dataset_item = DatasetItem.from_parent(top, name=f"{site}/{DATASET}")
        dataset_item.site, dataset_item.refs = site, refs
        datasets.append(dataset_item)
    last = max(items.index(p) for p in pages)
    items[last + 1 : last + 1] = datasets


# ----------------------------------------------------------------------------- results to the controller


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    if isinstance(item, PageItem | DriftItem | DatasetItem):
        report.harness_site = item.name.split("/", 1)[0]
    if call.when == "call" and isinstance(item, PageItem | DriftItem):
        from harness.results import page_to_dict

        result = getattr(item, "harness_result", None) or item.config.stash[STATE].results.get(item.ref.id)
        if result is not None:
            report.harness_page = page_to_dict(result)
        report.harness_approved = getattr(item, "harness_approved", None)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[REPORT] = {"started": _now()}
    _add_cassette_root(session)


REPORT = pytest.StashKey[dict[str, Any]]()


def _now() -> str:
    from harness.runner import utcnow

    return utcnow()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    update, no_report = config.getoption("--harness-update"), config.getoption("--harness-no-report")
    if hasattr(config, "workerinput"):
        return
    state = config.stash[STATE]
    drifted = [p for p in state.results.values() if p.drift]
    settings = drift_verdict(session, drifted) if drifted else None  # coverage: part of a drift verdict
    if (no_report and not update) or not state.results:
        return
    from harness import runner
    from harness.results import write_run

    ctx = state.context()
    pages = [state.results[k] for k in sorted(state.results)]
    if state.notes is None and _collecting(config):  # under xdist the workers scanned; scan here too
        from harness.capture import cassette

        state.notes = cassette.scan(_cassette_root(config))
    run = runner.finish_run(
        pages,
        ctx,
        started_at=config.stash[REPORT]["started"],
        source=str(state.cfg.cassette_root),
        outcome=state.dataset,
        notes=runner.scan_findings(state.notes) if state.notes is not None else (),
    )
    if settings is not None:
        from harness.drift import with_drift_verdict

        run = with_drift_verdict(run, settings)
    if update:  # the approved files also accept the dataset-level findings, known only now
        from harness.pytest_items import accept_run_findings

        run = accept_run_findings(run, state)
    if no_report:
        return
    paths = write_run(run, state.cfg.report_root, state.cfg.keep_reports)
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
        pages = info["pages"]
        terminalreporter.write_line(f"{pages} page{'s' if pages != 1 else ''}; results: {info['results']}")
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
    from harness.capture import cassette
    from harness.parallel import replay_pages

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
        # in a supervised worker, as the page items do: an extractor that hangs, exits or crashes costs
        # this page only, under the same hard deadline (harness.parallel)
        return replay_pages(refs[:1], state.context(extractor), jobs=1)[0]

    return replay


def results_json(config: pytest.Config) -> str:
    """The page results gathered so far, as JSON (for debugging plugins built on this one)."""
    from harness.results import page_to_dict

    state = config.stash[STATE]
    return json.dumps([page_to_dict(p) for p in state.results.values()])
