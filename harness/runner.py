"""One run, start to finish: replay -> extract -> validate -> check -> compare, for CLI and pytest alike.

:func:`replay_page` is the per-page path (one pytest item each); :func:`finish_run` adds the run-level
stage (dataset checks over the whole run, in one batch) and builds the :class:`RunResult`. :func:`run`
chains both for the CLI. Every input page yields exactly one :class:`PageResult`, whatever went wrong.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from time import perf_counter
from typing import TYPE_CHECKING, Any

from harness import ahead, safejson
from harness._version import __version__
from harness.capture import cassette as cassette_mod
from harness.capture.cassette import CassetteError, CassetteRef
from harness.capture.scrub import Scrubber
from harness.capture.sitetitles import folder_titles
from harness.config import HarnessConfig
from harness.extraction import PageTimeout as PageTimeout  # the runner's API since before the split
from harness.extraction import deadline as deadline
from harness.extraction import extract_page as extract_page
from harness.extraction import normalise_output as normalise_output
from harness.extractors import registry
from harness.extractors.base import Extractor
from harness.model import Finding, PageResult, RunResult
from harness.page import Page, RecordedResponse
from harness.paths import site_for_url

if TYPE_CHECKING:
    from harness.validate import RecordValidator

Progress = Callable[[int, int, str], None]

#: Pages from which ``dataset_engine = "auto"`` validates with Great Expectations. Below, the same
#: expectations are computed in plain Python (identical findings): GX's import (~2.5 s, ~300 MB with
#: pandas) would cost more than the whole dataset stage; from here it is a small share of the run.
GX_MIN_PAGES = 5_000


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_run_id(now: dt.datetime | None = None) -> str:
    import os
    import secrets

    # time, process and a random part: two runs of one process in one second never share a folder
    now = now or dt.datetime.now(dt.UTC)
    return now.strftime("%Y%m%dT%H%M%SZ") + f"-{os.getpid() % 100000:05d}-{secrets.token_hex(2)}"


@dataclass
class RunContext:
    """What every page of a run shares: config, extractor, validator and stage settings, built once."""

    cfg: HarnessConfig
    extractor: Extractor | None
    extractor_spec: str | None = (
        None  # what the extractor was resolved from (worker processes resolve it again)
    )

    @cached_property
    def validator(self) -> RecordValidator:
        from harness.validate import RecordValidator  # jsonschema: off the start-up path of a run

        return RecordValidator(tuple(self.cfg.resolve(p) for p in self.cfg.schemas))

    @cached_property
    def scrubber(self) -> Scrubber:
        return Scrubber.from_config(self.cfg)

    @cached_property
    def check_settings(self) -> Any:
        from harness import checks

        return checks.load_settings(self.cfg)

    @cached_property
    def compare_settings(self) -> Any:
        from harness.regression import approve

        return approve.load_settings(self.cfg)

    def prepare(self) -> RunContext:
        """Build every setting now, so a misconfiguration is a usage error before any page runs."""
        _ = self.validator, self.check_settings, self.compare_settings
        return self


def make_context(
    cfg: HarnessConfig, extractor_name: str | None = None, *, prepare: bool = True
) -> RunContext:
    """Resolve the extractor (UnknownExtractor / ExtractorUnavailable propagate as usage errors).

    ``prepare=False`` leaves the settings to :meth:`RunContext.prepare`, which :func:`run` has done once its
    first worker is started (a worker that only extracts needs none of them): the same usage errors, a
    little later, and the first page starts without waiting for them."""
    from harness.extractors.base import ExtractorUnavailable

    spec = extractor_name or cfg.extractors[0]
    try:
        extractor = registry.get(spec)
    except (SystemExit, KeyboardInterrupt) as exc:  # a module that exits while being imported
        raise ExtractorUnavailable(f"loading extractor {spec!r} raised {type(exc).__name__}({exc})") from None
    except (registry.UnknownExtractor, ExtractorUnavailable):
        raise
    except Exception as exc:  # a module that fails while being imported: a usage error, one line
        raise ExtractorUnavailable(
            f"loading extractor {spec!r} failed: {type(exc).__name__}: {exc}"
        ) from None
    ctx = RunContext(cfg, extractor, spec)
    return ctx.prepare() if prepare else ctx


def load_truth(ref: CassetteRef) -> Mapping[str, Any] | None:
    try:
        with ref.truth_path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None
    return data if isinstance(data, Mapping) else None


def unreplayed(ref: CassetteRef, extractor: str, finding: Finding) -> PageResult:
    """The result of a page that could not be replayed at all: no record, one finding saying why."""
    return PageResult(
        id=ref.id,
        site=ref.site,
        url=None,
        cassette=ref.display(),
        extractor=extractor,
        record=None,
        findings=(finding,),
    )


def check_record(
    record: Mapping[str, Any], page: Page, ctx: RunContext, truth: Mapping[str, Any] | None = None
) -> list[Finding]:
    """Schema validation and the per-page checks of one record (replayed, or fetched live by drift)."""
    from harness import checks

    page_ctx = checks.PageContext(
        page_id=page.page_id,
        site=page.site,
        url=page.url,
        captured_at=page.response.captured_at,
        truth=truth,
        html=page.body if page.encoding == "utf-8" else page.text,  # UTF-8 bytes: no encoding again
    )
    return [*ctx.validator.findings(record), *checks.page_findings(record, page_ctx, ctx.check_settings)]


def dataset_engine(cfg: HarnessConfig, pages: int) -> str:
    """``gx`` or ``python``: what evaluates the run's dataset expectations (:mod:`harness.checks.suite`)."""
    if cfg.dataset_engine != "auto":
        return cfg.dataset_engine
    return "gx" if pages >= GX_MIN_PAGES else "python"


def dataset_outcome(pages: Sequence[PageResult], ctx: RunContext) -> Any:
    """The dataset-level findings of ``pages`` (a :class:`~harness.checks.DatasetOutcome`)."""
    from harness import checks

    engine = dataset_engine(ctx.cfg, len(pages))
    return checks.dataset_findings(pages, ctx.check_settings, engine=engine)


@dataclass
class Extracted:
    """One page after the extract stage (in a worker): what :func:`finish_page` needs to check it.

    ``result`` is set instead when the cassette could not be replayed at all.
    """

    ref: CassetteRef
    extractor: str
    page: Page | None = None
    record: dict[str, Any] | None = None
    findings: list[Finding] = field(default_factory=list)
    elapsed_ms: float = 0.0
    result: PageResult | None = None


@dataclass
class Loaded:
    """A page's cassette loaded ahead of its extraction: with a core to spare (``--jobs 1`` on two cores)
    the runner's process loads the next page while its worker extracts this one (:mod:`harness.parallel`)."""

    cassette: cassette_mod.Cassette
    response: RecordedResponse
    site: str
    site_titles: tuple[str, ...]
    ms: float  # what loading took, counted in the page's time as when the worker loads it


def load_stage(ref: CassetteRef, ctx: RunContext) -> Loaded | Extracted:
    """Load ``ref``'s cassette as the page the extractor gets; a cassette that cannot be replayed is an
    :class:`Extracted` holding its result (``cassette.unreadable``, ``cassette.too_large``)."""
    name = ctx.extractor.name if ctx.extractor else "?"
    start = perf_counter()
    try:
        loaded = cassette_mod.load(ref.path, max_body=ctx.cfg.max_body_bytes, cache=False)
        response = loaded.primary_response()
    except CassetteError as exc:  # exc.check: cassette.unreadable, or cassette.too_large
        finding = Finding(exc.check, "error", "$", str(exc))
        return Extracted(ref, name, result=unreplayed(ref, name, finding))
    # the site is the page's, not the folder's: cassettes may sit at any depth (<source>/<site>/<slug>.yaml)
    site = site_for_url(str(loaded.meta["url"])) if loaded.meta.get("url") else ref.site
    titles = folder_titles(ref.path)  # site-name evidence
    return Loaded(loaded, response, site, titles, (perf_counter() - start) * 1000)


def extract_stage(ref: CassetteRef, ctx: RunContext, loaded: Loaded | None = None) -> Extracted:
    """Load the cassette (unless ``loaded``) and run the extractor on it offline: the part of a page that
    runs untrusted code."""
    if ctx.extractor is None:
        raise ValueError("replay_page needs a RunContext with an extractor")
    extractor = ctx.extractor
    got = loaded if loaded is not None else load_stage(ref, ctx)
    if isinstance(got, Extracted):
        return got
    start = perf_counter()
    page = Page(got.response, got.site, ref.id, site_titles=got.site_titles)
    record, findings = extract_page(page, extractor, got.cassette, ctx.scrubber, ctx.cfg.page_timeout)
    if page.response.status >= 400:
        findings.append(
            Finding("page.http_status", "warning", "$", f"recorded response is HTTP {page.response.status}")
        )
    elapsed = got.ms + (perf_counter() - start) * 1000
    return Extracted(ref, extractor.name, page, record, findings, elapsed)


def finish_page(done: Extracted, ctx: RunContext) -> PageResult:
    """Validate, check, compare and score one extracted page: the harness's own work on it."""
    from harness.regression import approve, quality

    if done.result is not None or done.page is None:
        assert done.result is not None
        return done.result
    start = perf_counter()
    ref, page, record, findings = done.ref, done.page, done.record, list(done.findings)
    truth = load_truth(ref)
    if record is not None:
        findings.extend(check_record(record, page, ctx, truth))
    approval, approval_findings = approve.compare(record, ref.approved_path, ctx.compare_settings)
    findings.extend(approval_findings)
    return PageResult(
        id=ref.id,
        site=page.site,
        url=page.response.url,
        cassette=ref.display(),
        extractor=done.extractor,
        record=record,
        findings=tuple(findings),
        elapsed_ms=done.elapsed_ms + (perf_counter() - start) * 1000,
        captured_at=page.response.captured_at,
        quality=quality.score(record, truth) if truth is not None else None,
        approval=approval,
    )


def replay_page(ref: CassetteRef, ctx: RunContext) -> PageResult:
    """Replay, extract, validate, check and compare one cassette. Never raises for a data problem.

    :mod:`harness.parallel` runs both halves in a worker, with a deadline on each: the page's
    ``page_timeout`` on :func:`extract_stage` (the extractor), the harness's own limit on :func:`finish_page`.
    """
    return finish_page(extract_stage(ref, ctx), ctx)


def scan_findings(found: cassette_mod.Scan) -> list[Finding]:
    """Run-level findings for the inputs a scan did not turn into pages: hidden paths, refused imports."""
    from harness.capture.importer import read_refusals

    out = [
        Finding(
            "cassette.skipped", "warning", "$", f"{path}: not replayed: hidden (its name starts with '.')"
        )
        for path in found.hidden
    ]
    if found.refusals is not None:
        for folder, items in read_refusals(found.refusals).items():
            out.extend(
                Finding(
                    "import.refused", "error", "$", f"{folder}/{i['source']}: not imported: {i['reason']}"
                )
                for i in items
            )
    return out


def finish_run(
    pages: Sequence[PageResult],
    ctx: RunContext,
    *,
    started_at: str,
    source: str,
    run_id: str | None = None,
    extractors: tuple[str, ...] | None = None,
    outcome: Any = None,
    notes: Sequence[Finding] = (),
) -> RunResult:
    """Run the dataset-level checks over all pages at once and assemble the run.

    ``extractors`` names what produced the records when there is no extractor object (``harness check``);
    ``outcome`` is a dataset outcome already computed over these same pages (the pytest dataset items);
    ``notes`` are run-level findings about the inputs (:func:`scan_findings`).
    """
    from harness.regression import quality

    pages = [safejson.safe_page(p) for p in pages]
    if outcome is None or set(outcome.per_page) - {p.id for p in pages}:
        outcome = dataset_outcome(pages, ctx)
    merged = tuple(
        replace(p, findings=p.findings + tuple(outcome.per_page.get(p.id, ())))
        if outcome.per_page.get(p.id)
        else p
        for p in pages
    )
    run = RunResult(
        run_id=run_id or new_run_id(),
        started_at=started_at,
        finished_at=utcnow(),
        harness_version=__version__,
        extractors=extractors or (ctx.extractor.name if ctx.extractor else "external",),
        config_digest=ctx.cfg.digest(),
        source=source,
        pages=merged,
        findings=tuple(safejson.safe_finding(f) for f in (*notes, *outcome.run)),
    )
    from harness.results import summarize
    from harness.verdict import Policy, judge_run

    run = judge_run(run, Policy.from_config(ctx.cfg))
    summary = summarize(run.pages, run.findings)
    summary["quality"] = quality.aggregate(run.pages)
    if any(p.drift for p in run.pages):
        from harness.drift import summarize as drift_summary

        summary["drift"] = drift_summary(run.pages)
    return replace(run, summary=summary)


def run(
    ctx: RunContext,
    refs: Iterable[CassetteRef],
    *,
    source: str,
    progress: Progress | None = None,
    jobs: int | None = None,
    notes: Sequence[Finding] = (),
) -> RunResult:
    """Replay every cassette, then finish the run.

    ``jobs`` worker processes replay the pages (default: the configured ``jobs``; 0 means one per CPU), see
    :mod:`harness.parallel`; ``notes`` are run-level findings about the inputs (:func:`scan_findings`).
    """
    from harness.parallel import replay_pages, resolve_jobs

    started = utcnow()
    refs = list(refs)
    workers = resolve_jobs(ctx.cfg.jobs if jobs is None else jobs, len(refs))
    gx = dataset_engine(ctx.cfg, len(refs)) == "gx" and ctx.check_settings.needs_gx
    with ahead.run():  # the dataset stage's work per page is done as pages come back, with a core to spare

        def prime(page: PageResult) -> None:  # the settings are read once the first page is back
            ahead.prime(page, ctx.check_settings)

        pages = replay_pages(
            refs, ctx, jobs=workers, progress=progress, warm=_warm if gx else None, meanwhile=prime
        )
        stage = getattr(progress, "stage", None)
        if stage is not None:
            stage(f"checking the whole run (dataset checks{', Great Expectations' if gx else ''})")
        finished = finish_run(pages, ctx, started_at=started, source=source, notes=notes)
    from harness.capture import parsed

    with contextlib.suppress(Exception):  # the parsed cassettes' folder, once a day: never the run's end
        parsed.prune_due()
    return finished


def _warm() -> None:
    """What the dataset stage will import (Great Expectations), loaded while the workers replay."""
    from harness.checks.gx import gx_module

    with contextlib.suppress(Exception):  # the dataset stage imports it again and reports any problem
        gx_module()


def exit_code(run: RunResult, fail_on: str, fail_on_new: str = "warning") -> int:
    """0 when no finding fails the gate, else 1 (2 is kept for usage errors); see :mod:`harness.verdict`."""
    from harness.verdict import Policy
    from harness.verdict import exit_code as verdict_exit_code

    return verdict_exit_code(run, Policy(fail_on, fail_on_new))
