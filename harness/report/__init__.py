"""HTML report (INTERFACE STUB — replaced by the report implementation)."""

from __future__ import annotations

from pathlib import Path

from harness.model import RunResult


def write_report(run: RunResult, folder: Path, *, previous: RunResult | None = None) -> Path:
    from jinja2 import Environment

    env = Environment(autoescape=True)
    tpl = env.from_string("<!doctype html><title>{{ run.run_id }}</title><ul>{% for p in run.pages %}"
                          "<li>{{ p.id }} {{ p.findings|length }}</li>{% endfor %}</ul>")
    out = folder / "index.html"
    from harness.fsutil import atomic_write_text

    atomic_write_text(out, tpl.render(run=run))
    return out
