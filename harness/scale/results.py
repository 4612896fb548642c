"""A run above the size limit: ``results.json`` with the summary, the findings table, a summary report.

``results.json`` keeps its format (``pages`` is empty) and holds the summary only, bounded whatever the
number of pages and sites: the counts, the first :data:`RUN_FINDINGS_KEPT` run- and site-level findings
(clipped as table rows are), and ``scale``: where the tables are, their row counts, the
:data:`SITES_KEPT` sites with the most findings and the sampled failing pages by id (their findings are in
the table). Every run-level finding goes to ``run-findings.jsonl.gz`` and every site's counts to
``sites.jsonl.gz`` beside it. ``index.html`` shows the summary, the counts per
check and per site, the run- and site-level findings (rate gates among them) and the sample, with a link to
the table; it is bounded whatever the number of pages (no page data is embedded) and runs no script.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from harness.checks.text import clip
from harness.fsutil import atomic_write_bytes, atomic_write_text, dumps_stable
from harness.model import SEVERITY_RANK, Finding, RunResult
from harness.results import RESULTS_NAME, RunPaths, _point_latest, run_to_dict
from harness.scale.sink import EXCERPT_MAX, SAMPLE_PER_CHECK

SITES_SHOWN = 200
RUN_FINDINGS_SHOWN = 500
SITES_KEPT = 500  # sites in results.json (all of them in SITES_TABLE)
RUN_FINDINGS_KEPT = 500  # run- and site-level findings in results.json (all of them in RUN_TABLE)
SITES_TABLE = "sites.jsonl.gz"
RUN_TABLE = "run-findings.jsonl.gz"


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


def _write_jsonl_gz(path: Path, rows: Iterable[Mapping[str, Any]]) -> None:
    body = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)
    atomic_write_bytes(path, gzip.compress(body.encode("utf-8", "replace"), compresslevel=6))


def _clipped(f: Finding) -> Finding:
    excerpt = clip(f.excerpt, EXCERPT_MAX) if f.excerpt is not None else None
    return replace(f, message=clip(f.message, 400), excerpt=excerpt)


def summary_data(run: RunResult, scale: Mapping[str, Any], folder: Path) -> dict[str, Any]:
    """``results.json`` of a run above the limit: the summary and pointers, of bounded size; the run
    findings and the per-site counts in full go to their own tables in ``folder``."""
    _write_jsonl_gz(folder / RUN_TABLE, (f.to_dict() for f in run.findings))
    sites = _sites(scale["per_site"])
    _write_jsonl_gz(
        folder / SITES_TABLE, ({"site": n, **scale["per_site"][n]} for n in sorted(scale["per_site"]))
    )
    kept = {r["name"]: scale["per_site"][r["name"]] for r in sites[:SITES_KEPT]}
    sample = {
        check: [{"id": e["id"], "site": e["site"], "url": e["url"]} for e in entries]
        for check, entries in scale["sample"].items()
    }
    data = run_to_dict(replace(run, findings=tuple(_clipped(f) for f in run.findings[:RUN_FINDINGS_KEPT])))
    data["scale"] = {
        **scale,
        "per_site": kept,
        "sites_total": len(sites),
        "sites_table": SITES_TABLE,
        "sample": sample,
        "run_findings_total": len(run.findings),
        "run_findings_table": RUN_TABLE,
    }
    return data


def write_table_run(run: RunResult, sink: Any, folder: Path, report_root: Path, engine: str) -> RunPaths:
    """Close the table, write ``results.json`` and ``index.html`` in ``folder``, point ``latest`` there."""
    sink.close()
    folder.mkdir(parents=True, exist_ok=True)
    scale = scale_section(sink, engine, folder)
    data = summary_data(run, scale, folder)
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
