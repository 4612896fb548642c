"""The data a run produces: article records, findings, page and run results.

Everything here is a frozen dataclass. Turning these objects into JSON happens in one place,
:mod:`harness.results`, so the results file, the report and the pytest plugin never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: Mapping[str, int] = {"error": 2, "warning": 1, "info": 0}
#: Whether a finding was there when its page was approved (``accepted``) or appeared since (``new``).
Baseline = Literal["new", "accepted"]
#: Whether a finding fails the run's gate; set by :mod:`harness.verdict` and nowhere else.
Gate = Literal["fail", "pass"]
#: A page's verdict: ``fail`` (a finding fails the gate), ``warn`` (warnings that do not), ``pass``.
Status = Literal["fail", "warn", "pass"]

#: Fields of an article record that change from run to run without the extraction changing.
VOLATILE_FIELDS: frozenset[str] = frozenset({"extractor_version"})


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One extractor's output for one page.

    ``published`` is an ISO 8601 string; a timezone offset is kept when the page gave one.
    ``body`` holds paragraphs separated by one blank line.
    """

    url: str
    site: str
    title: str | None = None
    published: str | None = None
    body: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    extractor: str = ""
    extractor_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["authors"] = list(self.authors)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArticleRecord:
        """Build a record from a schema-valid mapping; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["authors"] = tuple(kwargs.get("authors") or ())
        return cls(**kwargs)


#: The record's field names, in schema order.
RECORD_KEYS: tuple[str, ...] = tuple(f.name for f in fields(ArticleRecord))


@dataclass(frozen=True, slots=True)
class Finding:
    """A data problem: where, what was expected, what was found.

    ``check`` is a stable id such as ``schema`` or ``boilerplate.recurring``; ``field`` is a JSON path
    into the record (``$.body``) or ``$`` for the page as a whole. ``excerpt`` is the offending text,
    verbatim, so a reviewer (and the report's highlighter) can find it. ``site`` is set on run-level
    findings that concern a whole site rather than one page. ``baseline`` and ``gate`` are the verdict
    (:mod:`harness.verdict`): ``None`` until the finding has been judged, and ``baseline`` stays ``None``
    where there is no approved list of findings to hold it against.
    """

    check: str
    severity: Severity
    field: str
    message: str
    excerpt: str | None = None
    site: str | None = None
    baseline: Baseline | None = None
    gate: Gate | None = None

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        """Pickled as its fields in order (see ``_FINDING_FIELDS``)."""
        return Finding, _FINDING_FIELDS(self)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "check": self.check,
            "severity": self.severity,
            "field": self.field,
            "message": self.message,
        }
        if self.excerpt is not None:
            out["excerpt"] = self.excerpt
        if self.site is not None:
            out["site"] = self.site
        if self.baseline is not None:
            out["baseline"] = self.baseline
        if self.gate is not None:
            out["gate"] = self.gate
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            check=data["check"],
            severity=data["severity"],
            field=data["field"],
            message=data["message"],
            excerpt=data.get("excerpt"),
            site=data.get("site"),
            baseline=data.get("baseline") if data.get("baseline") in ("new", "accepted") else None,
            gate=data.get("gate") if data.get("gate") in ("fail", "pass") else None,
        )


@dataclass(frozen=True, slots=True)
class PageResult:
    """Everything the harness learned about one input page.

    ``record`` is the extractor's output as a JSON-ready mapping (``None`` when the extractor failed);
    whether it honours the schema is told by the findings. ``quality``, ``approval`` and ``drift`` are
    filled by the later stages (ground truth, approved outputs, live comparison) when they apply.
    ``status`` is the page's verdict and ``fixed`` the approved findings that are gone (each a mapping
    with ``check``, ``field``, ``fingerprint``, ``excerpt``); both are set by :mod:`harness.verdict`.
    """

    id: str
    site: str
    url: str | None
    cassette: str | None
    extractor: str
    record: Mapping[str, Any] | None
    findings: tuple[Finding, ...] = ()
    elapsed_ms: float = 0.0
    captured_at: str | None = None
    quality: Mapping[str, Any] | None = None
    approval: Mapping[str, Any] | None = None
    drift: Mapping[str, Any] | None = None
    status: Status | None = None
    fixed: tuple[Mapping[str, Any], ...] = ()

    def __reduce__(self) -> tuple[type[PageResult], tuple[Any, ...]]:
        """Pickled as its fields in order (see ``_FINDING_FIELDS``)."""
        return PageResult, _PAGE_FIELDS(self)

    @property
    def worst(self) -> Severity | None:
        if not self.findings:
            return None
        return max(self.findings, key=lambda f: SEVERITY_RANK[f.severity]).severity


#: the fields of a finding and a page, in order: each is pickled as ``(class, fields)`` and built again by
#: its constructor (no field of either is left out of ``__init__``), about half the time both ways of the
#: state of a frozen dataclass with slots; the engine pickles every page and finding to keep a chunk's
#: pages on disk, to read them back and to hand them to the parent process
_FINDING_FIELDS = attrgetter(*(f.name for f in fields(Finding)))
_PAGE_FIELDS = attrgetter(*(f.name for f in fields(PageResult)))


@dataclass(frozen=True, slots=True)
class RunResult:
    """A whole run: metadata, one entry per input page, and run-level findings."""

    run_id: str
    started_at: str
    finished_at: str
    harness_version: str
    extractors: tuple[str, ...]
    config_digest: str
    source: str
    pages: tuple[PageResult, ...]
    findings: tuple[Finding, ...] = ()
    summary: Mapping[str, Any] = field(default_factory=dict)

    def all_findings(self) -> Sequence[Finding]:
        out: list[Finding] = list(self.findings)
        for page in self.pages:
            out.extend(page.findings)
        return out
