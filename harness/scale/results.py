"""A run above the size limit: ``results.json`` with the summary, the findings table, a summary report.

``results.json`` keeps its format (``pages`` is empty) and gains ``scale``: where the table is, its row
count, per-site counts and the sample of failing pages. ``index.html`` shows the summary, the counts per
check and per site, the run- and site-level findings (rate gates among them) and the sample, with a link to
the table; it is bounded whatever the number of pages (no page data is embedded) and runs no script.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from harness.fsutil import atomic_write_bytes, atomic_write_text, dumps_stable
from harness.model import SEVERITY_RANK, RunResult
from harness.results import RESULTS_NAME, RunPaths, _point_latest, run_to_dict
from harness.scale.sink import SAMPLE_PER_CHECK

SITES_SHOWN = 200
RUN_FINDINGS_SHOWN = 500


def scale_section(sink: Any, engine: str, folder: Path) -> dict[str, Any]:
    """``sink`` is a :class:`TableSink` or a Spark table (relative when it is in ``folder``)."""
    path = Path(str(sink.path))
    here = path.parent == folder
    return {
        "engine": engine,
        "findings_table": path.name if here else str(sink.path),
        "table_format": "jsonl.gz" if here else "Spark JSON lines (gzip), folders pages/ and duplicates/",
        "table_rows": sink.rows,
        "per_site": sink.tally.per_site(),
        "sample": {check: pages for check, pages in sorted(sink.tally.sample.items())},
    }


def _sites(per_site: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for name, data in per_site.items():
        checks = data.get("findings_by_check", {})
        top = sorted(checks.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        rows.append({"name": name, "pages": data["pages"], "findings": sum(checks.values()), "top": top})
    rows.sort(key=lambda r: (-r["findings"], r["name"]))
    return rows


def _verdict(summary: Mapping[str, Any]) -> tuple[str, str]:
    by = summary.get("findings_by_severity", {})
    if by.get("error"):
        return "fail", f"{by['error']:,} errors on {summary['pages_with_errors']:,} pages"
    if by.get("warning"):
        return "warn", f"no errors; {by['warning']:,} warnings"
    return "pass", "no errors, no warnings"


def render(run: RunResult, scale: Mapping[str, Any]) -> str:
    from markupsafe import Markup

    from harness.report import _environment, _static, csp_hash

    sites = _sites(scale["per_site"])
    style = _static("report.css")
    level, headline = _verdict(run.summary)
    csp = "; ".join(
        (
            "default-src 'none'",
            f"style-src {csp_hash(style)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    template = _environment().get_template("scale.html.j2")
    return template.render(
        run=run,
        summary=run.summary,
        level=level,
        headline=headline,
        engine=scale["engine"],
        table=scale["findings_table"],
        rows=scale["table_rows"],
        checks=sorted(run.summary["findings_by_check"].items(), key=lambda kv: (-kv[1], kv[0])),
        run_findings=run.findings[:RUN_FINDINGS_SHOWN],
        sites=sites[:SITES_SHOWN],
        sites_left=max(0, len(sites) - SITES_SHOWN),
        sample=list(scale["sample"].items()),
        per_check=SAMPLE_PER_CHECK,
        csp=csp,
        style=Markup(style),  # the report's own stylesheet, checked by _static to be unable to close <style>
    )


def write_table_run(run: RunResult, sink: Any, folder: Path, report_root: Path, engine: str) -> RunPaths:
    """Close the table, write ``results.json`` and ``index.html`` in ``folder``, point ``latest`` there."""
    sink.close()
    folder.mkdir(parents=True, exist_ok=True)
    scale = scale_section(sink, engine, folder)
    data = run_to_dict(run)
    data["scale"] = scale
    results = folder / RESULTS_NAME
    atomic_write_text(results, dumps_stable(data))
    report = folder / "index.html"
    atomic_write_bytes(report, render(run, scale).encode("utf-8", "replace"))
    _point_latest(report_root, folder)
    return RunPaths(folder, results, report)


def exit_code(summary: Mapping[str, Any], fail_on: str) -> int:
    threshold = SEVERITY_RANK[fail_on]
    by = summary.get("findings_by_severity", {})
    return 1 if any(n and SEVERITY_RANK[s] >= threshold for s, n in by.items()) else 0
