"""Refresh (atomic, scrubbed, dry run writes nothing) and the ``harness drift`` command end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import cli, runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.drift import Fetcher, check_page, load_settings, refresh, run_drift
from tests.drift import variants
from tests.drift.helpers import base_pages, write_cassette
from tests.drift.server import LocalServer, Route

PAGE = base_pages()[-1]  # a hand-written fixture page
URL = f"http://{PAGE.site}/2025/{PAGE.slug}"
SECRET_COOKIE = "session=TOPSECRET123; Path=/; HttpOnly"


def _tree(root: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in root.rglob("*")
        if p.is_file()
    }


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, HarnessConfig, LocalServer]:
    recorded = variants.churn(PAGE.html)
    root = tmp_path / "cassettes"
    write_cassette(root, PAGE.site, PAGE.slug, URL, recorded)
    live = variants.title_template(recorded).encode()
    headers = {"Content-Type": "text/html; charset=utf-8", "Set-Cookie": SECRET_COOKIE}
    server = LocalServer({f"/2025/{PAGE.slug}": Route(live, headers=headers)})
    cfg = HarnessConfig(
        root=tmp_path,
        cassettes=Path("cassettes"),
        reports=Path("reports"),
        drift={"timeout": 30.0, "retries": 0, "rewrite": [f"http://{PAGE.site}={server.url}"]},
    )
    with server:
        yield root, cfg, server


def _outcomes(cfg: HarnessConfig) -> list[tuple[cassette.CassetteRef, object]]:
    settings = load_settings(cfg)
    ctx = runner.make_context(cfg, "generic")
    refs = cassette.discover(cfg.cassette_root)
    with Fetcher(settings) as f:
        return [(ref, check_page(ref, ctx, settings, fetcher=f)) for ref in refs]


def test_dry_run_writes_nothing(site: tuple[Path, HarnessConfig, LocalServer]) -> None:
    _, cfg, _ = site
    before = _tree(cfg.root)
    pairs = _outcomes(cfg)
    summary = refresh(pairs, cfg, load_settings(cfg), dry_run=True, update_approved=True)  # type: ignore[arg-type]
    assert [e.status for e in summary.entries] == ["skipped"]
    assert "would re-record" in (summary.entries[0].reason or "")
    assert _tree(cfg.root) == before


def test_refresh_rewrites_atomically_and_scrubbed(site: tuple[Path, HarnessConfig, LocalServer]) -> None:
    root, cfg, server = site
    ref = cassette.discover(root)[0]
    inode = ref.path.stat().st_ino
    pairs = _outcomes(cfg)
    assert pairs[0][1].label == "breaking"  # type: ignore[attr-defined]
    summary = refresh(pairs, cfg, load_settings(cfg))  # type: ignore[arg-type]
    assert [e.status for e in summary.entries] == ["written"], summary.entries
    text = ref.path.read_text(encoding="utf-8")
    assert "TOPSECRET123" not in text and "set-cookie" not in text.lower()
    assert server.url not in text and "127.0.0.1" not in text  # the public URL is kept
    assert ref.path.stat().st_ino != inode  # replaced by rename, not rewritten in place
    assert [p.name for p in ref.path.parent.iterdir()] == [ref.path.name]  # no temp files left
    loaded = cassette.load(ref.path)
    assert loaded.meta["url"] == URL and loaded.meta["how"] == "refresh"
    assert loaded.meta["previous_recorded_at"] == "2025-06-03T08:00:00Z"
    assert b"hed--large" in loaded.primary_response().body
    # after the refresh the live page matches its cassette again
    assert _outcomes(cfg)[0][1].label == "unchanged"  # type: ignore[attr-defined]


def test_failed_refresh_leaves_the_cassette_untouched(site: tuple[Path, HarnessConfig, LocalServer]) -> None:
    root, cfg, server = site
    ref = cassette.discover(root)[0]
    before = ref.path.read_bytes()
    pairs = _outcomes(cfg)
    server.routes[f"/2025/{PAGE.slug}"] = Route(b"down", 500)
    summary = refresh(pairs, cfg, load_settings(cfg))  # type: ignore[arg-type]
    assert [e.status for e in summary.entries] == ["failed"]
    assert ref.path.read_bytes() == before


def test_cli_drift_exit_codes_results_and_dry_run(
    site: tuple[Path, HarnessConfig, LocalServer],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, cfg, server = site
    config = cfg.root / "harness.toml"
    config.write_text(
        f'cassettes = "cassettes"\nreports = "reports"\n[drift]\ntimeout = 30.0\nretries = 0\n'
        f'rewrite = ["http://{PAGE.site}={server.url}"]\n',
        encoding="utf-8",
    )
    before = _tree(cfg.root)
    monkeypatch.chdir(cfg.root)
    assert cli.main(["drift", "--config", str(config), "-q", "--refresh", "--dry-run"]) == 1
    assert _tree(cfg.root) == before  # dry run: no report, no cassette
    out = capsys.readouterr().out
    assert "breaking" in out and "would re-record" in out
    assert cli.main(["drift", "--config", str(config), "-q", "--fail-on", "unreachable"]) == 0
    results = json.loads((cfg.root / "reports" / "latest" / "results.json").read_text())
    page = results["pages"][0]
    assert page["drift"]["label"] == "breaking" and page["drift"]["fields"] == ["title"]
    assert results["summary"]["drift"]["sites"][PAGE.site]["verdict"] == "breaking"
    assert results["summary"]["drift"]["sites"][PAGE.site]["fields"] == {"title": 1}
    assert results["run"]["source"] == "live"


def test_run_drift_summary_counts(site: tuple[Path, HarnessConfig, LocalServer]) -> None:
    root, cfg, _ = site
    write_cassette(root, PAGE.site, "missing", f"http://{PAGE.site}/2025/missing", variants.churn(PAGE.html))
    settings = load_settings(cfg)
    run, outcomes = run_drift(runner.make_context(cfg, "generic"), cassette.discover(root), settings)
    assert sorted(o.label for o in outcomes) == ["breaking", "gone"]
    site_summary = run.summary["drift"]["sites"][PAGE.site]
    assert site_summary["counts"] == {"breaking": 1, "gone": 1} and run.summary["drift"]["failing"] == 1
    assert all(p.drift and p.drift["label"] for p in run.pages)
