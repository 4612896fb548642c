"""Several extractors over the same cassettes, side by side: ``harness compare -e generic -e trafilatura``.

Each extractor gets its own offline run through :func:`harness.runner.run` (the same path as
``harness run``), so the numbers are what the harness itself measures. An extractor whose package is
not installed is listed as skipped with the reason, and the others still run.

Columns: body F1 as bag-of-tokens (mean over pages) and as 4-token shingles (the
article-extraction-benchmark method, see :mod:`regression.quality`), title accuracy (exact / normalised),
date accuracy (same day), trafilatura-style snippet rates, pages failing checks (pages with an error
finding other than ``regression.*`` and ``quality.*``: schema, checks, crashes, replay misses), pages
without a record, and milliseconds per page (the runner's wall time for replay, extraction, validation
and checks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from harness import runner
from harness.capture.cassette import CassetteRef
from harness.config import HarnessConfig
from harness.extractors.base import ExtractorUnavailable
from harness.fsutil import atomic_write_json, atomic_write_text
from harness.model import PageResult, RunResult
from harness.regression import quality

__all__ = ["Comparison", "ExtractorScore", "compare_extractors", "score_run", "to_markdown", "write"]

FORMAT = "news-harness/compare"
IGNORED_CHECK_PREFIXES = ("regression.", "quality.")
ProgressFactory = Callable[[str], runner.Progress | None]


@dataclass(frozen=True)
class ExtractorScore:
    """One extractor's row; ``skipped`` holds the reason when it could not run (metrics then ``None``)."""

    extractor: str
    version: str | None = None
    pages: int = 0
    metrics: Mapping[str, float | None] = field(default_factory=dict)
    by_source: Mapping[str, Mapping[str, float | None]] = field(default_factory=dict)
    pages_failing: int = 0
    no_record: int = 0
    ms_per_page: float | None = None
    seconds: float | None = None
    skipped: str | None = None


@dataclass(frozen=True)
class Comparison:
    source: str
    pages: int
    created_at: str
    rows: tuple[ExtractorScore, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "format_version": 1, "source": self.source, "pages": self.pages,
                "created_at": self.created_at, "rows": [asdict(r) for r in self.rows]}


def _fails(page: PageResult) -> bool:
    return any(f.severity == "error" and not f.check.startswith(IGNORED_CHECK_PREFIXES)
               for f in page.findings)


def _group_metrics(group: Mapping[str, Any]) -> dict[str, float | None]:
    out: dict[str, float | None] = dict(quality.flat_metrics(group))
    body = group.get("body", {})
    out["body_shingle_precision"] = body.get("shingle_precision")
    out["body_shingle_recall"] = body.get("shingle_recall")
    out["pages_scored"] = group.get("pages")
    return {k: v for k, v in out.items() if v is not None}


def score_run(run: RunResult, *, version: str | None = None) -> ExtractorScore:
    """The comparison row for one finished run."""
    agg = run.summary.get("quality") or quality.aggregate(run.pages)
    total_ms = sum(p.elapsed_ms for p in run.pages)
    return ExtractorScore(
        extractor=",".join(run.extractors),
        version=version,
        pages=len(run.pages),
        metrics=_group_metrics(agg.get("overall", {})) if agg else {},
        by_source={name: _group_metrics(g) for name, g in (agg.get("sources", {}) if agg else {}).items()},
        pages_failing=sum(1 for p in run.pages if _fails(p)),
        no_record=sum(1 for p in run.pages if p.record is None),
        ms_per_page=round(total_ms / len(run.pages), 1) if run.pages else None,
        seconds=round(total_ms / 1000, 2),
    )


def compare_extractors(
    cfg: HarnessConfig,
    names: Sequence[str],
    refs: Sequence[CassetteRef],
    *,
    source: str,
    progress: ProgressFactory | None = None,
) -> tuple[Comparison, dict[str, RunResult]]:
    """Run each extractor over ``refs``; unknown names raise, uninstalled ones become skipped rows."""
    rows: list[ExtractorScore] = []
    runs: dict[str, RunResult] = {}
    for name in names:
        try:
            ctx = runner.make_context(cfg, name)
        except ExtractorUnavailable as exc:
            rows.append(ExtractorScore(extractor=name, skipped=str(exc)))
            continue
        assert ctx.extractor is not None
        result = runner.run(ctx, refs, source=source, progress=progress(name) if progress else None)
        runs[name] = result
        rows.append(score_run(result, version=str(ctx.extractor.version)))
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return Comparison(source, len(refs), created, tuple(rows)), runs


# --------------------------------------------------------------------------- output


def _num(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _pair(metrics: Mapping[str, float | None], a: str, b: str) -> str:
    if metrics.get(a) is None and metrics.get(b) is None:
        return "–"
    return f"{_num(metrics.get(a))} / {_num(metrics.get(b))}"


def _cells(m: Mapping[str, float | None]) -> list[str]:
    shingle = _num(m.get("body_shingle_f1"))
    if m.get("body_shingle_precision") is not None:
        shingle += f" ({_num(m.get('body_shingle_precision'))} / {_num(m.get('body_shingle_recall'))})"
    return [_num(m.get("body_token_f1")), shingle, _pair(m, "title_accuracy", "title_accuracy_normalised"),
            _num(m.get("date_accuracy")), _pair(m, "must_contain_rate", "must_not_contain_clean_rate")]


METRIC_HEADERS = ["body F1 tokens", "body F1 shingles (P / R)", "title acc. exact / norm.", "date acc.",
                  "snippets with / without"]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines.extend("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows)
    return lines


def to_markdown(comparison: Comparison) -> str:
    """The overall table, then one table per ground-truth source, then skipped extractors."""
    header = ["extractor", "version", "pages", *METRIC_HEADERS, "failing checks", "no record", "ms/page"]
    ran = [r for r in comparison.rows if r.skipped is None]
    rows = [[r.extractor, r.version or "", str(r.pages), *_cells(r.metrics), str(r.pages_failing),
             str(r.no_record), _num(r.ms_per_page, 1)] for r in ran]
    lines = [f"{comparison.pages} cassettes from `{comparison.source}` ({comparison.created_at})", "",
             *_table(header, rows)]
    for source in sorted({s for r in ran for s in r.by_source}):
        lines += ["", f"### source: {source}", ""]
        per = [[r.extractor, _num(r.by_source.get(source, {}).get("pages_scored"), 0),
                *_cells(r.by_source.get(source, {}))] for r in ran]
        lines += _table(["extractor", "pages scored", *METRIC_HEADERS], per)
    skipped = [r for r in comparison.rows if r.skipped is not None]
    if skipped:
        lines += [""] + [f"* skipped `{r.extractor}`: {r.skipped}" for r in skipped]
    return "\n".join(lines) + "\n"


def output_paths(out: Path) -> tuple[Path, Path]:
    """``(json, markdown)`` for ``--out FILE``: the other file takes the same stem."""
    if out.suffix.lower() == ".json":
        return out, out.with_suffix(".md")
    if out.suffix.lower() == ".md":
        return out.with_suffix(".json"), out
    return out.with_name(out.name + ".json"), out.with_name(out.name + ".md")


def write(comparison: Comparison, out: Path) -> tuple[Path, Path]:
    """Write the comparison as JSON and Markdown, each atomically; returns both paths."""
    json_path, md_path = output_paths(out)
    atomic_write_json(json_path, comparison.to_dict())
    atomic_write_text(md_path, to_markdown(comparison))
    return json_path, md_path
