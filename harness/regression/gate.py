"""The quality gate: floors per metric, overall and per source and site, kept in a baseline file.

The baseline (default ``quality-baseline.json`` at the project root, ``baseline`` in
``[tool.harness.compare]``) records what the floors were measured on: the extractor's name and a
SHA-256 over every page's id, recorded response body and ground-truth JSON. Then:

* :func:`check` reports ``quality.below_floor`` (error) for each metric more than ``tolerance`` under its
  floor. A different corpus is ``quality.corpus_changed`` (error), and the floors are still compared but
  as warnings, since they were measured on other pages. A different extractor is
  ``quality.extractor_changed`` (error) and nothing is compared.
* :func:`raise_floors` sets every floor to the value just measured (rounded down to 4 decimals) and
  writes the file atomically. It refuses (:class:`FloorLoweringRefused`) to lower or drop any floor
  unless ``allow_lower=True``, so floors only ever ratchet up by accident-free steps.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.capture import cassette as cassette_mod
from harness.capture.cassette import SUFFIX, TRUTH_SUFFIX, CassetteError
from harness.fsutil import atomic_write_json
from harness.model import Finding, PageResult, RunResult, Severity
from harness.regression import quality

__all__ = [
    "Baseline", "BaselineError", "FloorLoweringRefused", "GateUpdate", "check", "corpus_digest",
    "load_baseline", "measure", "raise_floors",
]

FORMAT = "news-harness/quality-baseline"
FORMAT_VERSION = 1
DEFAULT_TOLERANCE = 0.01
GROUP_SECTIONS = ("sources", "sites")

#: group label ("overall", "source zyte_aeb", "site example.com") -> metric -> floor
Floors = dict[str, dict[str, float]]


class BaselineError(ValueError):
    """The baseline file exists but cannot be used; the message names the file."""


class FloorLoweringRefused(ValueError):
    """:func:`raise_floors` would lower or drop floors and ``allow_lower`` was not given."""

    def __init__(self, path: Path, lowered: list[str]) -> None:
        self.lowered = lowered
        super().__init__(f"{path}: refusing to lower {len(lowered)} floor(s) without --allow-lower: "
                         + "; ".join(lowered))


@dataclass(frozen=True)
class Baseline:
    extractor: str
    corpus_sha256: str
    pages: int
    floors: Floors = field(default_factory=dict)


@dataclass(frozen=True)
class GateUpdate:
    """What :func:`raise_floors` changed, as ``"<group>: <metric> old -> new"`` lines."""

    path: Path
    raised: tuple[str, ...] = ()
    lowered: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    written: bool = False


# --------------------------------------------------------------------------- corpus hash


def _cassette_path(page: PageResult) -> Path | None:
    return Path(page.cassette) if page.cassette else None


def _body_bytes(path: Path) -> bytes:
    try:
        return cassette_mod.load(path).primary_response().body
    except CassetteError:
        return b""


def corpus_digest(pages: Iterable[PageResult]) -> str:
    """SHA-256 over each page's id, recorded body and ground-truth JSON bytes, in id order."""
    outer = hashlib.sha256()
    for page in sorted(pages, key=lambda p: p.id):
        path = _cassette_path(page)
        body = _body_bytes(path) if path is not None else b""
        truth = b""
        if path is not None:
            truth_path = path.with_name(path.name.removesuffix(SUFFIX) + TRUTH_SUFFIX)
            truth = truth_path.read_bytes() if truth_path.is_file() else b""
        outer.update(page.id.encode("utf-8") + b"\0")
        outer.update(hashlib.sha256(body).digest() + hashlib.sha256(truth).digest())
    return outer.hexdigest()


# --------------------------------------------------------------------------- measuring


def _floor4(value: float) -> float:
    return math.floor(value * 10_000 + 1e-9) / 10_000


def measure(run: RunResult, *, min_site_pages: int = 3) -> Floors:
    """The gateable metrics of ``run`` by group; sites with under ``min_site_pages`` scored pages left out."""
    agg = run.summary.get("quality") or quality.aggregate(run.pages)
    if not agg:
        return {}
    out: Floors = {}
    if agg.get("overall"):
        out["overall"] = quality.flat_metrics(agg["overall"])
    for section in GROUP_SECTIONS:
        for name, group in sorted(agg.get(section, {}).items()):
            if section == "sites" and group.get("pages", 0) < min_site_pages:
                continue
            metrics = quality.flat_metrics(group)
            if metrics:
                out[f"{section[:-1]} {name}"] = metrics
    return {k: v for k, v in out.items() if v}


def _run_extractor(run: RunResult) -> str:
    return ",".join(run.extractors)


# --------------------------------------------------------------------------- file


def _to_json(baseline: Baseline) -> dict[str, Any]:
    floors: dict[str, Any] = {"overall": baseline.floors.get("overall", {}), "sources": {}, "sites": {}}
    for label, metrics in baseline.floors.items():
        kind, _, name = label.partition(" ")
        if kind in ("source", "site"):
            floors[kind + "s"][name] = metrics
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "extractor": baseline.extractor,
        "corpus": {"pages": baseline.pages, "sha256": baseline.corpus_sha256}, "floors": floors,
    }


def _from_json(data: Mapping[str, Any]) -> Baseline:
    raw = data["floors"]
    floors: Floors = {}
    if raw.get("overall"):
        floors["overall"] = {k: float(v) for k, v in raw["overall"].items()}
    for section in GROUP_SECTIONS:
        for name, metrics in raw.get(section, {}).items():
            floors[f"{section[:-1]} {name}"] = {k: float(v) for k, v in metrics.items()}
    corpus = data["corpus"]
    return Baseline(str(data["extractor"]), str(corpus["sha256"]), int(corpus["pages"]), floors)


def load_baseline(path: Path) -> Baseline | None:
    """The baseline at ``path``; ``None`` when there is no file, :class:`BaselineError` if it is unusable."""
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise BaselineError(f"{path}: cannot read the quality baseline: {exc}") from exc
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise BaselineError(f"{path}: not a quality baseline (expected \"format\": \"{FORMAT}\")")
    try:
        return _from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BaselineError(f"{path}: malformed quality baseline ({type(exc).__name__}: {exc})") from exc


# --------------------------------------------------------------------------- checking


def _site_of(label: str) -> str | None:
    kind, _, name = label.partition(" ")
    return name if kind == "site" else None


def _floor_findings(
    measured: Floors, baseline: Baseline, tolerance: float, severity: Severity
) -> list[Finding]:
    out: list[Finding] = []
    can_rise = 0
    for label, floors in sorted(baseline.floors.items()):
        for metric, floor in sorted(floors.items()):
            value = measured.get(label, {}).get(metric)
            if value is None:
                message = f"{label}: {metric} has a floor ({floor:.4f}) but was not measured in this run"
                out.append(Finding("quality.metric_missing", "warning", "$", message, site=_site_of(label)))
            elif value < floor - tolerance:
                message = (f"{label}: {metric} = {value:.4f} is below its floor {floor:.4f} "
                           f"by {floor - value:.4f} (tolerance {tolerance})")
                out.append(Finding("quality.below_floor", severity, "$", message, site=_site_of(label)))
            elif value > floor + tolerance:
                can_rise += 1
    if can_rise:
        message = (f"{can_rise} metric(s) are above their floor by more than the tolerance; "
                   "'harness gate --update' raises the floors")
        out.append(Finding("quality.floor_can_rise", "info", "$", message))
    return out


def check(
    run: RunResult, baseline: Baseline, *, tolerance: float = DEFAULT_TOLERANCE, digest: str | None = None,
    min_site_pages: int = 3,
) -> list[Finding]:
    """Gate ``run`` against ``baseline`` (module doc); ``digest`` defaults to the hash of the run's pages."""
    extractor = _run_extractor(run)
    if extractor != baseline.extractor:
        message = (f"the baseline's floors were measured with {baseline.extractor!r}, this run used "
                   f"{extractor!r}: not compared; keep one baseline file per extractor (--baseline FILE)")
        return [Finding("quality.extractor_changed", "error", "$", message)]
    findings: list[Finding] = []
    digest = digest or corpus_digest(run.pages)
    severity: Severity = "error"
    if digest != baseline.corpus_sha256:
        severity = "warning"
        message = (f"the pages or ground truth differ from those the floors were measured on "
                   f"({len(run.pages)} pages now, {baseline.pages} then; corpus sha256 {digest[:12]}… vs "
                   f"{baseline.corpus_sha256[:12]}…); floors compared as warnings only. Review, then "
                   "'harness gate --update' records the new corpus")
        findings.append(Finding("quality.corpus_changed", "error", "$", message))
    measured = measure(run, min_site_pages=min_site_pages)
    findings.extend(_floor_findings(measured, baseline, tolerance, severity))
    return findings


# --------------------------------------------------------------------------- raising


def _diff_floors(old: Floors, new: Floors) -> tuple[list[str], list[str], list[str]]:
    raised, lowered, added = [], [], []
    for label in sorted(set(old) | set(new)):
        for metric in sorted(set(old.get(label, {})) | set(new.get(label, {}))):
            before, after = old.get(label, {}).get(metric), new.get(label, {}).get(metric)
            line = f"{label}: {metric} {before if before is not None else '-'} -> "
            line += f"{after if after is not None else 'dropped'}"
            if before is None and after is not None:
                added.append(line)
            elif after is None or (before is not None and after < before):
                lowered.append(line)
            elif before is not None and after > before:
                raised.append(line)
    return raised, lowered, added


def raise_floors(
    path: Path, run: RunResult, *, allow_lower: bool = False, digest: str | None = None,
    min_site_pages: int = 3,
) -> GateUpdate:
    """Set the floors in ``path`` to what ``run`` measured; never lowers or drops one without ``allow_lower``.

    Nothing is written when nothing changed (floors, extractor and corpus hash all equal).
    """
    old = load_baseline(path)
    measured = {label: {m: _floor4(v) for m, v in metrics.items()}
                for label, metrics in measure(run, min_site_pages=min_site_pages).items()}
    raised, lowered, added = _diff_floors(old.floors if old else {}, measured)
    if lowered and not allow_lower:
        raise FloorLoweringRefused(path, lowered)
    new = Baseline(_run_extractor(run), digest or corpus_digest(run.pages), len(run.pages), measured)
    if old == new:
        return GateUpdate(path)
    atomic_write_json(path, _to_json(new))
    return GateUpdate(path, tuple(raised), tuple(lowered), tuple(added), written=True)


# --------------------------------------------------------------------------- text for the terminal


def update_lines(update: GateUpdate) -> list[str]:
    if not update.written:
        return [f"{update.path}: floors unchanged"]
    out = [f"{update.path}: {len(update.raised)} floor(s) raised, {len(update.added)} added, "
           f"{len(update.lowered)} lowered"]
    out += [f"  raised   {line}" for line in update.raised]
    out += [f"  added    {line}" for line in update.added[:40]]
    if len(update.added) > 40:
        out.append(f"  … and {len(update.added) - 40} more added")
    out += [f"  lowered  {line}" for line in update.lowered]
    return out


def report_lines(path: Path, findings: Iterable[Finding]) -> list[str]:
    findings = list(findings)
    errors = [f for f in findings if f.severity == "error"]
    out = [f"{f.severity:7s} {f.check}: {f.message}" for f in findings]
    verdict = f"gate failed: {len(errors)} error(s)" if errors else "gate passed"
    return [*out, f"{verdict} (baseline {path})"]
