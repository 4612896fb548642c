"""The HTML report: one self-contained, offline ``index.html`` per run, next to its ``results.json``.

The page is rendered from the run objects through a Jinja template with autoescape on. Its stylesheet and
script are inlined and admitted by a Content-Security-Policy that names their SHA-256 hashes; everything
else (network, frames, plugins, other scripts) is refused. Page details travel as one JSON blob
(:mod:`harness.report.payload`) and are turned into DOM nodes by the script only when a reader opens them.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from harness.fsutil import atomic_write_bytes
from harness.model import RunResult
from harness.report.digest import Digest, build_digest
from harness.report.payload import embed, pages_columns

__all__ = ["REPORT_NAME", "csp_hash", "render_report", "write_report"]

REPORT_NAME = "index.html"


def csp_hash(text: str) -> str:
    """The CSP source expression that admits an inline element whose content is exactly ``text``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def _static(name: str) -> str:
    text = resources.files("harness.report").joinpath("static", name).read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():
        raise ValueError(f"static/{name} must not contain {closing!r}")
    return text


SCRIPTS = ("diff.js", "detail.js", "report.js")  # concatenated, in this order, into the page's one script


@cache
def _script() -> str:
    parts = "\n".join(_static(name) for name in SCRIPTS)
    return f'(function () {{\n"use strict";\n{parts}\n}})();\n'


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("harness.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def content_security_policy(script: str, style: str) -> str:
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {csp_hash(script)}",
            f"style-src {csp_hash(style)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-src 'none'",
            "object-src 'none'",
        )
    )


def _meta(run: RunResult, digest: Digest, previous: RunResult | None) -> dict[str, Any]:
    return {
        "run_id": run.run_id,
        "previous_id": previous.run_id if previous is not None else None,
        "multi_extractor": digest.multi_extractor,
        "drift_labels": list(digest.drift_labels),
    }


def render_report(run: RunResult, *, previous: RunResult | None = None, gzip_above: int | None = None) -> str:
    """The report's HTML as a string (``gzip_above`` overrides the size above which page data is packed)."""
    digest = build_digest(run, previous)
    pages = pages_columns(run, digest.comparison, digest.multi_extractor)
    options = {} if gzip_above is None else {"gzip_above": gzip_above}
    data = embed(_meta(run, digest, previous), pages, **options)
    script, style = _script(), _static("report.css")
    template = _environment().get_template("report.html.j2")
    html: str = template.render(
        run=run,
        d=digest,
        csp=content_security_policy(script, style),
        # Markup: these three are inserted verbatim; each is checked above to be unable to close its element.
        script=Markup(script),
        style=Markup(style),
        data=Markup(data),
    )
    return html


def write_report(run: RunResult, folder: Path, *, previous: RunResult | None = None) -> Path:
    """Write ``folder/index.html`` for ``run`` (atomically) and return its path."""
    out = folder / REPORT_NAME
    atomic_write_bytes(out, render_report(run, previous=previous).encode("utf-8", "replace"))
    return out
