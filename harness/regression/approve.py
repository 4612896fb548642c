"""Approved outputs (golden files): compare each record with its approved output, and approve new ones.

Each cassette ``<site>/<slug>.yaml`` may have ``<site>/<slug>.approved.json`` beside it: the record an
engineer accepted, minus volatile fields, as stable JSON (sorted keys, one field per line, trailing
newline). The body is stored as a list of paragraphs, so a git diff shows which paragraph moved::

    {
      "_meta": {"extractor": "generic", "format": 1},
      "authors": ["Jane Doe"],
      "body": ["First paragraph.", "Second paragraph."],
      "published": "2025-06-03T08:00:00+02:00",
      "title": "Council approves budget",
      "_findings": [{"check": "boilerplate.pattern", "excerpt": "Subscribe to our newsletter",
                     "field": "$.body", "fingerprint": "1f0c4e9a77d2b310"}],
      ...
    }

``_findings`` lists the findings the page had when it was approved (see :mod:`harness.regression.baseline`);
later runs label each finding *accepted* or *new*. Files written before that list existed are still read:
their pages are judged by severity alone until they are approved again.

Settings come from ``[tool.harness.compare]``::

    volatile = ["language"]           # ignored on top of extractor_version
    normalize_whitespace = true       # runs of spaces, NBSP, trailing blanks do not count as changes
    date_precision = "second"         # "second" | "minute" | "day": finer differences in $.published ignored
    strict = false                    # true: a page with no approved output is an error, not info
    baseline = "quality-baseline.json"  # quality floors for 'harness gate' (see harness.regression.gate)
    tolerance = 0.01                  # how far below its floor a metric may fall
    min_site_pages = 3                # sites with fewer scored pages get no floors of their own

Approving writes only the pages it is given; other approved outputs are never rewritten or deleted.
Outputs whose cassette is gone are *orphans*: see :mod:`harness.regression.orphans`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Literal

from harness.capture.cassette import APPROVED_SUFFIX, SUFFIX, CassetteRef
from harness.config import ConfigError, HarnessConfig
from harness.fsutil import UnsafePathError, atomic_write_text, contained, dumps_stable
from harness.model import VOLATILE_FIELDS, Finding, PageResult, Severity
from harness.regression import baseline, diffing

__all__ = [
    "ApproveSummary", "CompareSettings", "approve_pages", "approved_document", "compare", "load_settings",
    "select",
]

FORMAT_VERSION = 1
META_KEY = "_meta"
RESERVED_KEYS = frozenset({META_KEY, baseline.FINDINGS_KEY})
PARAGRAPH_SEPARATOR = "\n\n"
DatePrecision = Literal["second", "minute", "day"]
DATE_PRECISIONS: tuple[DatePrecision, ...] = ("second", "minute", "day")
DATE_FIELDS = frozenset({"published"})
SHOWN_CHARS = 300

_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")


@dataclass(frozen=True, slots=True)
class CompareSettings:
    """How records are compared with approved outputs, plus the quality gate's file and tolerance."""

    volatile: frozenset[str] = VOLATILE_FIELDS
    normalize_whitespace: bool = True
    date_precision: DatePrecision = "second"
    strict: bool = False
    baseline: Path = Path("quality-baseline.json")
    tolerance: float = 0.01
    min_site_pages: int = 3


def _expect(name: str, value: Any, kind: type | tuple[type, ...], allowed: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool) != (kind is bool):
        raise ConfigError(f"[tool.harness.compare] {name} must be {allowed}, got {value!r}")
    return value


def load_settings(cfg: HarnessConfig) -> CompareSettings:
    """Validate ``[tool.harness.compare]``; a mistake is a :class:`ConfigError` naming what is allowed."""
    table = dict(cfg.compare)
    known = {f.name for f in fields(CompareSettings)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"unknown [tool.harness.compare] key(s) {', '.join(unknown)}; "
                          f"allowed: {', '.join(sorted(known))}")
    extra = table.get("volatile", [])
    if isinstance(extra, str) or not isinstance(extra, list) or not all(isinstance(v, str) for v in extra):
        raise ConfigError(f"[tool.harness.compare] volatile must be a list of field names, got {extra!r}")
    precision = table.get("date_precision", "second")
    if precision not in DATE_PRECISIONS:
        raise ConfigError(f"[tool.harness.compare] date_precision must be one of "
                          f"{', '.join(DATE_PRECISIONS)}, got {precision!r}")
    tolerance = float(_expect("tolerance", table.get("tolerance", 0.01), (int, float), "a number in [0, 1)"))
    if not 0 <= tolerance < 1:
        raise ConfigError(f"[tool.harness.compare] tolerance must be in [0, 1), got {tolerance!r}")
    min_pages = _expect("min_site_pages", table.get("min_site_pages", 3), int, "a whole number")
    return CompareSettings(
        volatile=VOLATILE_FIELDS | {v.removeprefix("$.") for v in extra},
        normalize_whitespace=_expect("normalize_whitespace", table.get("normalize_whitespace", True), bool,
                                     "true or false"),
        date_precision=precision,
        strict=_expect("strict", table.get("strict", False), bool, "true or false"),
        baseline=cfg.resolve(Path(_expect("baseline", table.get("baseline", "quality-baseline.json"), str,
                                          "a file path"))),
        tolerance=tolerance,
        min_site_pages=min_pages,
    )


# --------------------------------------------------------------------------- canonical form


def approved_document(
    record: Mapping[str, Any], settings: CompareSettings, findings: Iterable[Finding] = ()
) -> dict[str, Any]:
    """The approved file's content for ``record``: volatile fields dropped, body as paragraphs, ``_meta``,
    and the accepted ``findings`` under ``_findings``."""
    doc: dict[str, Any] = {k: v for k, v in record.items()
                           if k not in settings.volatile and k not in RESERVED_KEYS}
    if isinstance(doc.get("body"), str):
        doc["body"] = doc["body"].split(PARAGRAPH_SEPARATOR)
    doc[META_KEY] = {"extractor": record.get("extractor"), "format": FORMAT_VERSION}
    doc[baseline.FINDINGS_KEY] = baseline.entries_for(findings, record)
    return doc


def _record_from_document(doc: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in doc.items() if k not in RESERVED_KEYS}
    body = out.get("body")
    if isinstance(body, list) and all(isinstance(p, str) for p in body):
        out["body"] = PARAGRAPH_SEPARATOR.join(body)
    return out


def _squash_whitespace(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _truncate_date(text: str, precision: DatePrecision) -> str:
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return text
    if precision == "day":
        return value.date().isoformat()
    if precision == "minute":
        return value.replace(second=0, microsecond=0).isoformat()
    return value.replace(microsecond=0).isoformat()


def _canonical_value(key: str, value: Any, settings: CompareSettings) -> Any:
    if isinstance(value, str):
        if settings.normalize_whitespace:
            value = _squash_whitespace(value)
        return _truncate_date(value, settings.date_precision) if key in DATE_FIELDS else value
    if isinstance(value, list):
        return [_canonical_value(key, v, settings) for v in value]
    return value


def canonical(record: Mapping[str, Any], settings: CompareSettings) -> dict[str, Any]:
    """What comparison sees of a record: no volatile fields, whitespace and date precision applied."""
    return {k: _canonical_value(k, v, settings) for k, v in record.items()
            if k not in settings.volatile and k not in RESERVED_KEYS}


# --------------------------------------------------------------------------- comparing


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > SHOWN_CHARS:
        return value[:SHOWN_CHARS] + f"…(+{len(value) - SHOWN_CHARS} chars)"
    return value


def _field_change(key: str, approved: Any, actual: Any, where: str) -> tuple[dict[str, Any], Finding]:
    path = f"$.{key}"
    change: dict[str, Any] = {"field": path, "approved": _short(approved), "actual": _short(actual)}
    if isinstance(approved, str) and isinstance(actual, str) and (key == "body" or "\n" in approved + actual):
        ops = diffing.word_ops(approved, actual)
        change["diff"] = ops
        detail = diffing.summary_line(ops) if ops else "whitespace only"
        text = diffing.unified_text(approved, actual) or "(the words are the same; only whitespace differs)"
        message = f"{path} differs from the approved output {where}: {detail}\n{text}"
    else:
        message = (f"{path} differs from the approved output {where}\n"
                   f"  approved: {json.dumps(approved, ensure_ascii=False)[:SHOWN_CHARS]}\n"
                   f"  actual:   {json.dumps(actual, ensure_ascii=False)[:SHOWN_CHARS]}")
    excerpt = actual if isinstance(actual, str) and key != "body" else None
    return change, Finding("regression.changed", "error", path, message, excerpt=_short(excerpt))


def approve_command(record: Mapping[str, Any], approved_path: Path) -> str:
    """The command that approves exactly this record: its page id and the extractor that made it."""
    page_id = f"{approved_path.parent.name}/{approved_path.name.removesuffix(APPROVED_SUFFIX)}"
    extractor = record.get("extractor")
    option = ["-e", extractor] if isinstance(extractor, str) and extractor else []
    return shlex.join(["harness", "approve", *option, page_id])


def _load_document(path: Path) -> Mapping[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, Mapping):
        raise ValueError("expected a JSON object")
    return data


def compare(
    record: Mapping[str, Any] | None, approved_path: Path, settings: CompareSettings
) -> tuple[dict[str, Any] | None, list[Finding]]:
    """Compare one record with its approved output: the page's ``approval`` mapping and findings."""
    where = _display(approved_path)
    approval: dict[str, Any] = {"approved": where}
    if not approved_path.is_file():
        if record is None:
            return None, []
        severity: Severity = "error" if settings.strict else "info"
        return {**approval, "status": "new"}, [Finding(
            "regression.new", severity, "$", f"no approved output yet ({where}); review the record and "
            f"approve it with '{approve_command(record, approved_path)}' or 'pytest --harness-update'")]
    try:
        doc = _load_document(approved_path)
    except (OSError, ValueError) as exc:
        return {**approval, "status": "unreadable"}, [Finding(
            "regression.unreadable", "error", "$", f"approved output {where} cannot be read: {exc}")]
    if record is None:
        message = f"no record to compare with the approved output {where}"
        return {**approval, "status": "missing_record"}, [
            Finding("regression.missing_record", "error", "$", message)]
    approved_by = doc.get(META_KEY, {}).get("extractor") if isinstance(doc.get(META_KEY), Mapping) else None
    if approved_by and record.get("extractor") and approved_by != record.get("extractor"):
        ran, again = record.get("extractor"), approve_command(record, approved_path)
        message = (f"approved output {where} was made by {approved_by!r}, this record by {ran!r}, so "
                   f"regressions are NOT compared; re-approve with '{again}' "
                   f"(or 'pytest --harness-update'), or run the extractor that made it ('-e {approved_by}')")
        return {**approval, "status": "other_extractor", "approved_extractor": approved_by}, [
            Finding("regression.other_extractor", "error", "$", message)]
    accepted = baseline.accepted_entries(doc)
    if accepted is not None:
        approval["accepted"] = accepted
    return _compare_fields(record, doc, settings, where, approval)


def _compare_fields(
    record: Mapping[str, Any], doc: Mapping[str, Any], settings: CompareSettings, where: str,
    approval: dict[str, Any],
) -> tuple[dict[str, Any], list[Finding]]:
    approved_record = _record_from_document(doc)
    old, new = canonical(approved_record, settings), canonical(record, settings)
    changes: list[dict[str, Any]] = []
    findings: list[Finding] = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            change, finding = _field_change(key, approved_record.get(key), record.get(key), where)
            changes.append(change)
            findings.append(finding)
    approval["status"] = "changed" if changes else "same"
    if changes:
        approval["changes"] = changes
    return approval, findings


# --------------------------------------------------------------------------- approving


@dataclass(frozen=True)
class ApproveSummary:
    """What :func:`approve_pages` did, by page id; ``skipped`` pairs an id with the reason."""

    written: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    paths: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"written": list(self.written), "unchanged": list(self.unchanged),
                "skipped": [{"id": i, "reason": r} for i, r in self.skipped]}

    def lines(self) -> list[str]:
        out = [f"approved: {len(self.written)} written, {len(self.unchanged)} unchanged, "
               f"{len(self.skipped)} skipped"]
        out.extend(f"  written    {self.paths.get(i, i)}" for i in self.written)
        out.extend(f"  skipped    {i}: {reason}" for i, reason in self.skipped)
        return out


def approved_path_for(page: PageResult, root: Path | None = None) -> Path:
    """Where ``page``'s approved output lives: under ``root`` by id, else beside its cassette."""
    site, _, slug = page.id.partition("/")
    if root is not None:
        return contained(root, site, slug + APPROVED_SUFFIX)
    if not page.cassette:
        raise ValueError("the page has no cassette path")
    cassette = Path(page.cassette)
    return cassette.with_name(cassette.name.removesuffix(SUFFIX) + APPROVED_SUFFIX)


def _approve_one(page: PageResult, path: Path, settings: CompareSettings) -> str:
    """Write one approved output unless an equal one is there; ``written`` or ``unchanged``."""
    assert page.record is not None
    doc = approved_document(page.record, settings, page.findings)
    text = dumps_stable(doc)
    if path.is_file():
        try:
            existing = path.read_text(encoding="utf-8")
            old = json.loads(existing)
            same = existing == text or (
                canonical(_record_from_document(old), settings) == canonical(page.record, settings)
                and old.get(baseline.FINDINGS_KEY) == doc[baseline.FINDINGS_KEY])
        except (OSError, ValueError, AttributeError):
            same = False
        if same:
            return "unchanged"
    atomic_write_text(path, text)
    return "written"


def approve_pages(
    pages: Iterable[PageResult],
    settings: CompareSettings | HarnessConfig | None = None,
    *,
    root: Path | None = None,
) -> ApproveSummary:
    """Approve the records of exactly ``pages``; nothing else on disk is touched.

    ``settings`` is the run's :class:`CompareSettings` (or the config to read them from). Each output goes
    to ``root/<site>/<slug>.approved.json`` when ``root`` is given, else beside the page's cassette. An
    approved output that already matches the record (under ``settings``) is left as it is, so
    re-approving does not churn files. Pages without a record (the extractor failed) are skipped.
    """
    if isinstance(settings, HarnessConfig):
        settings = load_settings(settings)
    settings = settings or CompareSettings()
    written: list[str] = []
    unchanged: list[str] = []
    skipped: list[tuple[str, str]] = []
    paths: dict[str, str] = {}
    seen: set[str] = set()
    for page in pages:
        if page.id in seen:
            skipped.append((page.id, f"already approved in this call; {page.extractor!r} output not written"))
            continue
        if page.record is None:
            skipped.append((page.id, "no record to approve (the extractor failed; see its findings)"))
            continue
        try:
            path = approved_path_for(page, root)
        except (ValueError, UnsafePathError) as exc:
            skipped.append((page.id, f"no place for its approved output: {exc}"))
            continue
        seen.add(page.id)
        paths[page.id] = _display(path)
        (written if _approve_one(page, path, settings) == "written" else unchanged).append(page.id)
    return ApproveSummary(tuple(written), tuple(unchanged), tuple(skipped), paths)


def select(refs: Iterable[CassetteRef], patterns: Iterable[str]) -> tuple[list[CassetteRef], list[str]]:
    """Cassettes matching any pattern (a site, ``site/slug``, or a glob over ``site/slug`` ids) and the
    patterns that matched nothing. No patterns selects everything."""
    refs, patterns = list(refs), [p.strip().strip("/") for p in patterns if p.strip()]
    if not patterns:
        return refs, []
    hits = {p: [r for r in refs if p in (r.site, r.id) or fnmatchcase(r.id, p)] for p in patterns}
    chosen = {r.id for found in hits.values() for r in found}
    return [r for r in refs if r.id in chosen], [p for p, found in hits.items() if not found]
