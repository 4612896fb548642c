"""What keeps a small run cheap: the dataset stage without Great Expectations below GX_MIN_PAGES (same
findings), and nothing heavy imported by a run that does not need it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from harness import runner
from harness.config import ConfigError, HarnessConfig, load_config
from spine.helpers import article_html, make_cassette


def test_dataset_engine_is_python_below_the_threshold_unless_configured() -> None:
    auto = HarnessConfig()
    assert runner.dataset_engine(auto, 1) == "python"
    assert runner.dataset_engine(auto, runner.GX_MIN_PAGES - 1) == "python"
    assert runner.dataset_engine(auto, runner.GX_MIN_PAGES) == "gx"
    assert runner.dataset_engine(auto.with_overrides(dataset_engine="gx"), 1) == "gx"
    assert runner.dataset_engine(auto.with_overrides(dataset_engine="python"), 10**6) == "python"


def test_dataset_engine_setting(tmp_path: Path) -> None:
    (tmp_path / "harness.toml").write_text('dataset_engine = "gx"\n')
    cfg = load_config(tmp_path)
    assert cfg.dataset_engine == "gx"
    assert cfg.digest() == cfg.with_overrides(dataset_engine="python").digest()  # same findings either way
    (tmp_path / "harness.toml").write_text('dataset_engine = "pandas"\n')
    with pytest.raises(ConfigError, match="dataset_engine must be one of auto, gx, python"):
        load_config(tmp_path)


def _pages(root: Path) -> None:
    for i in range(4):  # one title on four URLs, one short body: dataset findings in both engines
        make_cassette(root, "harbor.example", f"story-{i}", article_html("The same headline"))
    make_cassette(root, "harbor.example", "short", b"<html><head><title>Short</title></head><body>x</body>")


@pytest.mark.parametrize("jobs", [1, 2])
def test_both_engines_give_the_same_run(tmp_path: Path, jobs: int) -> None:
    from harness.capture import cassette
    from harness.results import page_to_dict

    _pages(tmp_path / "c")
    refs = cassette.discover(tmp_path / "c")
    runs = {}
    for engine in ("python", "gx"):
        ctx = runner.make_context(HarnessConfig(root=tmp_path, dataset_engine=engine), "generic")
        run = runner.run(ctx, refs, source="t", jobs=jobs)
        runs[engine] = [{**page_to_dict(p), "elapsed_ms": 0} for p in run.pages], run.findings
    assert runs["python"] == runs["gx"]
    checks = {f["check"] for page in runs["python"][0] for f in page["findings"]}
    assert {"title.duplicate", "body.too_short"} <= checks


SCRIPT = textwrap.dedent("""
    import sys
    from harness.cli import main
    code = main(["run", sys.argv[1], "--exit-zero", "-q", "--reports", sys.argv[2]])
    heavy = ("great_expectations", "pandas", "numpy", "scipy")
    print(code, [m for m in heavy if m in sys.modules])
""")


def test_a_small_run_imports_neither_gx_nor_pandas(tmp_path: Path) -> None:
    _pages(tmp_path / "c")
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "c"), str(tmp_path / "reports")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "0 []", out.stdout + out.stderr
    assert (tmp_path / "reports" / "latest" / "results.json").is_file()


def test_a_page_crosses_processes_once_and_decodes_to_the_same_text() -> None:
    """Worker -> runner: the body is sent, not the decoded text too; the receiver decodes the same text."""
    import pickle

    from harness.page import Page, RecordedResponse

    text = "<html><body><p>" + "Grüße aus Zürich, naïve café. " * 4000 + "</p></body></html>"
    body = text.encode("cp1252")
    page = Page(RecordedResponse("https://a.example/x", 200, {"Content-Type": "text/html"}, body), "a", "a/x")
    _ = page.text, page.soup  # what the extractor and checks built on the worker's side
    sent = pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(sent) < 1.1 * len(body)  # the text would double it
    back = pickle.loads(sent)
    assert "soup" not in back.__dict__ and back.charset == page.charset
    assert back.text == page.text and "Grüße" in back.text


def test_a_released_page_frees_its_parse_tree_without_the_collector() -> None:
    """The worker releases each page's BeautifulSoup tree once the extractor returns: every element is
    freed by reference counting at once, not left for the cyclic collector (a page's tree would otherwise
    still hold its memory while the next page is parsed)."""
    import gc
    import weakref

    from harness.page import Page, RecordedResponse

    html = article_html("A story") + b"<div><p>one <b>two</b></p><ul><li>three</li></ul></div>"
    page = Page(RecordedResponse("https://harbor.example/a", 200, {}, html), "harbor.example", "x/a")
    elements = [weakref.ref(el) for el in page.soup.find_all(True)]
    assert len(elements) > 10
    gc.disable()
    try:
        page.release()
        assert [ref for ref in elements if ref() is not None] == []
    finally:
        gc.enable()
    assert "A story" in page.text and page.soup.find("h1") is not None  # the page itself stays usable


def test_the_dataset_stages_work_done_ahead_changes_no_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runner works out each page's share of the dataset stage as the page comes back (a body's pattern
    scan, its duplicate key, its teaser and recurrence units); the stage then computes none of it again,
    and finds exactly what it finds from scratch. Outside a run nothing is kept."""
    from harness import ahead, checks
    from harness.capture import cassette
    from harness.checks import frame, teaser
    from harness.parallel import Supervisor

    _pages(tmp_path / "c")
    make_cassette(tmp_path / "c", "valley.example", "menu", article_html("Menu") + b"<p>Subscribe now</p>")
    ctx = runner.make_context(HarnessConfig(root=tmp_path), "generic")
    with Supervisor(ctx, 1) as supervisor:
        pages = supervisor.replay_pages(cassette.discover(tmp_path / "c"))
    settings = ctx.check_settings
    plain = checks.dataset_findings(pages, settings, engine="python")
    calls: list[str] = []
    spied = ((frame, "boilerplate_match"), (frame, "_digest"), (teaser, "units"), (teaser, "_candidates"))
    for module, name in spied:
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _r=real, _n=name: calls.append(_n) or _r(*a))
    with ahead.run():
        for page in pages:
            ahead.prime(page, settings)
        primed = len(calls)
        ahead_of_time = checks.dataset_findings(pages, settings, engine="python")
        assert len(calls) == primed  # the stage found every value worked out ahead
    assert primed >= len(pages) and {"boilerplate_match", "_digest", "units", "_candidates"} <= set(calls)
    assert ahead_of_time == plain
    assert {f.check for fs in plain.per_page.values() for f in fs} >= {"title.duplicate"}
    calls.clear()
    checks.dataset_findings(pages, settings, engine="python")  # no run: computed again, nothing kept
    assert len(calls) >= primed
