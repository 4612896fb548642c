"""Build small cassettes for spine tests (fictional pages written here)."""

from __future__ import annotations

from pathlib import Path

from harness.capture import cassette

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Harbor Daily</title>
<meta property="article:published_time" content="2025-03-04T08:00:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1>{title}</h1>
<p>The old harbor bridge reopened on Tuesday after two years of repairs, city officials said.</p>
<p>Engineers replaced the steel deck and the lifting machinery, which dated from the nineteen-fifties.</p>
<p>Ferries that carried commuters during the closure will keep a reduced timetable until the summer.</p>
</article><footer>Harbor Daily, all rights reserved</footer></body></html>"""


def article_html(title: str) -> bytes:
    return ARTICLE.format(title=title).encode("utf-8")


def make_cassette(
    root: Path, site: str, slug: str, body: bytes, *, extra: list[tuple[str, bytes]] = ()
) -> Path:
    url = f"https://{site}/news/{slug}"
    interactions = [cassette.interaction(url, body, headers={"Content-Type": ["text/html; charset=utf-8"]})]
    for extra_url, extra_body in extra:
        interactions.append(
            cassette.interaction(extra_url, extra_body, headers={"Content-Type": ["application/json"]})
        )
    path = root / site / f"{slug}.yaml"
    cassette.write(path, interactions, {"url": url, "recorded_at": "2025-03-05T00:00:00Z", "how": "import"})
    return path


def no_gx_checks() -> dict[str, list[str]]:
    """``[tool.harness.checks]`` that turns the Great Expectations checks off: keeps tests that are about
    something else from paying GX's import (seconds under load)."""
    from harness.checks.catalog import GX_CHECKS

    return {"disable": sorted(GX_CHECKS)}


def write_no_gx_config(folder: Path, extra: str = "") -> Path:
    """``pyproject.toml`` in ``folder`` with :func:`no_gx_checks`, plus ``extra`` [tool.harness] lines."""
    disabled = ", ".join(f'"{c}"' for c in no_gx_checks()["disable"])
    path = folder / "pyproject.toml"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[tool.harness]\n{extra}\n[tool.harness.checks]\ndisable = [{disabled}]\n")
    return path
