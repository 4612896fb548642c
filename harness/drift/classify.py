"""Classify one page's drift: compare the recorded page's extraction with the live page's.

Labels, worst first (a page gets exactly one, with human-readable reasons):

* ``breaking``: a critical field (title, published, body by default) is lost or broken (see
  :mod:`harness.drift.compare`), the extractor crashes on the live page, or a check that passed on the
  recording now fails;
* ``template_changed``: the outputs still pass, but the template fingerprint (tag and class paths around
  title, date and body, see :mod:`harness.drift.fingerprint`) changed;
* ``content_edited``: same template, the article's text or metadata changed;
* ``unchanged``;
* and, never drift: ``unreachable`` (DNS, refused, timeout, 5xx, other statuses), ``gone`` (404/410),
  ``skipped`` (robots.txt disallows the page).

Extraction runs with the network blocked process-wide (see :mod:`harness.replay`), so classification
must not overlap with fetching in the same process: fetch first, then classify.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from time import perf_counter
from typing import Any

from harness.capture import cassette as cassette_mod
from harness.capture.cassette import CassetteError, CassetteRef
from harness.capture.sitetitles import folder_titles
from harness.drift.compare import FieldChange, PageText, compare_records, shingles
from harness.drift.fetch import Fetcher, FetchResult
from harness.drift.fingerprint import Fingerprint, fingerprint, moved_fields, squash, template_changes
from harness.drift.settings import FIELDS, DriftSettings, Label
from harness.extractors.base import Extractor
from harness.model import Finding
from harness.page import Page
from harness.runner import RunContext, check_record, extract_page, normalise_output

_VALUE_CHARS = 400  # of a value shown side by side in results and the report
_FETCH_LABEL: Mapping[str, Label] = {
    "ok": "unchanged",
    "gone": "gone",
    "unreachable": "unreachable",
    "skipped": "skipped",
}


@dataclass(frozen=True, slots=True)
class DriftOutcome:
    """One page's drift verdict. ``to_dict`` is what goes into ``PageResult.drift``."""

    id: str
    site: str
    url: str | None
    label: Label
    reasons: tuple[str, ...]
    fields: tuple[str, ...] = ()
    status: int | None = None
    final_url: str | None = None
    attempts: int = 0
    fetch_ms: float = 0.0
    classify_ms: float = 0.0
    fetched_at: str | None = None
    fingerprints: Mapping[str, Fingerprint] = field(default_factory=dict)
    live_record: Mapping[str, Any] | None = None
    live_findings: tuple[Finding, ...] = ()
    recorded_record: Mapping[str, Any] | None = None

    @property
    def is_drift(self) -> bool:
        return self.label in ("breaking", "template_changed", "content_edited")

    def to_dict(self) -> dict[str, Any]:
        live = self.live_record or {}
        out: dict[str, Any] = {
            "label": self.label,
            "reasons": list(self.reasons),
            "fields": list(self.fields),
            "status": self.status,
            "url": self.url,
            "final_url": self.final_url,
            "attempts": self.attempts,
            "fetch_ms": round(self.fetch_ms, 1),
            "classify_ms": round(self.classify_ms, 1),
            "fetched_at": self.fetched_at,
            "fingerprint": {side: fp.digest for side, fp in self.fingerprints.items()},
            "template": {side: fp.to_dict()["anchors"] for side, fp in self.fingerprints.items()},
        }
        if self.live_record is not None:
            out["live"] = {
                "title": live.get("title"),
                "published": live.get("published"),
                "body_chars": len(live.get("body") or ""),
            }
        if self.live_record is not None or self.recorded_record is not None:
            out["values"] = side_by_side(self.recorded_record, self.live_record)
        return out


def _shown(value: Any) -> Any:
    if isinstance(value, str) and len(value) > _VALUE_CHARS:
        return value[: _VALUE_CHARS - 1] + "…"
    return value


def side_by_side(recorded: Mapping[str, Any] | None, live: Mapping[str, Any] | None) -> dict[str, Any]:
    """``{field: {"recorded": v, "live": v, "same": bool}}`` for the compared fields (long text cut, with
    its length in ``*_chars``), so a reviewer sees both values without a second run."""
    out: dict[str, Any] = {}
    for name in FIELDS:
        old, new = (recorded or {}).get(name), (live or {}).get(name)
        if old is None and new is None:
            continue
        entry: dict[str, Any] = {"recorded": _shown(old), "live": _shown(new), "same": old == new}
        long = [v for v in (old, new) if isinstance(v, str) and len(v) > _VALUE_CHARS]
        if long:
            entry["recorded_chars"] = len(old) if isinstance(old, str) else None
            entry["live_chars"] = len(new) if isinstance(new, str) else None
        out[name] = entry
    return out


def page_url(loaded: cassette_mod.Cassette) -> str:
    """The public URL a cassette was recorded from (its ``harness.url``, else the first request)."""
    meta_url = loaded.meta.get("url")
    if isinstance(meta_url, str) and meta_url:
        return meta_url
    return str(loaded.interactions[0]["request"]["uri"])


def extract_live(page: Page, extractor: Extractor) -> tuple[dict[str, Any] | None, list[Finding]]:
    """Run the extractor on a live page with the network blocked; a crash becomes a finding."""
    from harness.replay import network_blocked

    try:
        with network_blocked():
            output = extractor.extract(page)
        return normalise_output(output, page, extractor), []
    except Exception as exc:
        return None, [
            Finding(
                "extractor.crash",
                "error",
                "$",
                f"extractor raised {type(exc).__name__} on the live page: {exc}"[:800],
            )
        ]


def _page_text(page: Page) -> PageText:
    text = page.soup.get_text(" ")
    return PageText(visible=squash(text), html=page.text, shingles=shingles(text), soup=page.soup)


def _new_failures(recorded: list[Finding], live: list[Finding]) -> list[Finding]:
    before = {(f.check, f.field) for f in recorded if f.severity == "error"}
    return [f for f in live if f.severity == "error" and (f.check, f.field) not in before]


def _field_name(path: str) -> str:
    return path.removeprefix("$.").split(".")[0].split("[")[0] or "$"


@dataclass(frozen=True, slots=True)
class _Verdict:
    label: Label
    reasons: tuple[str, ...]
    fields: tuple[str, ...]


def _verdict(
    changes: list[FieldChange],
    failures: list[Finding],
    template: list[tuple[str, str]],
    settings: DriftSettings,
) -> _Verdict:
    critical = set(settings.critical_fields)
    breaking = [c for c in changes if c.kind != "edited" and c.field in critical]
    softer = [c for c in changes if c not in breaking]
    reasons = [c.reason for c in breaking]
    reasons += [f"check {f.check} now fails on {f.field}: {f.message}" for f in failures]
    reasons += [r for _, r in template] + [c.reason for c in softer]
    if breaking or failures:
        names = [c.field for c in breaking] + [_field_name(f.field) for f in failures]
        return _Verdict("breaking", tuple(reasons), tuple(dict.fromkeys(names)))
    if template:
        return _Verdict("template_changed", tuple(reasons), tuple(dict.fromkeys(f for f, _ in template)))
    if softer:
        return _Verdict("content_edited", tuple(reasons), tuple(dict.fromkeys(c.field for c in softer)))
    return _Verdict("unchanged", ("extraction and template fingerprint match the recording",), ())


def _template(prints: Mapping[str, Fingerprint], located: Fingerprint) -> list[tuple[str, str]]:
    """The fields whose template changed: their live value sits elsewhere than the recorded one did, AND
    the recorded value, where it is still on the live page, sits elsewhere too (``located``). A recorded
    value still in its old place means the extraction changed, not the template (an extractor that now
    takes a larger block because of A/B-test attributes): that is judged on the values, not called a
    template change."""
    moved_too = {name for name, _ in template_changes(prints["recorded"], located)}
    return [
        (name, why) for name, why in template_changes(prints["recorded"], prints["live"]) if name in moved_too
    ]


def _compare(
    ref: CassetteRef,
    ctx: RunContext,
    settings: DriftSettings,
    loaded: cassette_mod.Cassette,
    fetched: FetchResult,
) -> tuple[
    _Verdict, dict[str, Fingerprint], Mapping[str, Any] | None, list[Finding], Mapping[str, Any] | None
]:
    assert ctx.extractor is not None
    site_titles = folder_titles(ref.path)  # the same site-name evidence as a replay (runner.replay_page)
    rec_page = Page(loaded.primary_response(), ref.site, ref.id, site_titles=site_titles)
    live_page = Page(fetched.response(), ref.site, ref.id, site_titles=site_titles)
    rec_record, rec_findings = extract_page(rec_page, ctx.extractor, loaded)
    live_record, live_findings = extract_live(live_page, ctx.extractor)
    if live_record is None:
        why = live_findings[0].message if live_findings else "no record"
        label: Label = "breaking" if rec_record is not None else "unchanged"
        return _Verdict(label, (why,), ("$",) if rec_record else ()), {}, None, live_findings, rec_record
    live_findings += check_record(live_record, live_page, ctx)
    if rec_record is None:
        why = "the extractor fails on the recording but works on the live page; re-record it"
        return _Verdict("template_changed", (why,), ("$",)), {}, live_record, live_findings, None
    rec_findings += check_record(rec_record, rec_page, ctx)
    prints = {
        "recorded": fingerprint(rec_page.soup, rec_record),
        "live": fingerprint(live_page.soup, live_record),
    }
    changes = compare_records(
        rec_record,
        live_record,
        _page_text(rec_page),
        _page_text(live_page),
        settings.min_body_ratio,
        moved_fields(prints["recorded"], prints["live"]) & set(settings.critical_fields),
    )
    template = _template(prints, fingerprint(live_page.soup, rec_record))
    if all(c.precision for c in changes if c.field == "published"):
        # the same date (instant, or the same day at another precision): where it was read from is no
        # template change. Date markup is a page's most volatile part ("37 minutes ago" renderings, time
        # zones, scripts); it matters for a changed value (the fallback rule), not for an unchanged one
        template = [(name, why) for name, why in template if name != "published"]
    verdict = _verdict(changes, _new_failures(rec_findings, live_findings), template, settings)
    return verdict, prints, live_record, live_findings, rec_record


def classify(
    ref: CassetteRef, ctx: RunContext, settings: DriftSettings, fetched: FetchResult
) -> DriftOutcome:
    """Label one page from its cassette and its live fetch (no network use here)."""
    start = perf_counter()
    base = DriftOutcome(
        id=ref.id,
        site=ref.site,
        url=fetched.url,
        label=_FETCH_LABEL[fetched.kind],
        reasons=(fetched.reason,),
        status=fetched.status,
        final_url=fetched.final_url,
        attempts=fetched.attempts,
        fetch_ms=fetched.elapsed_ms,
        fetched_at=fetched.fetched_at,
    )
    if fetched.kind != "ok":
        return base
    try:
        loaded = cassette_mod.load(ref.path)
        verdict, prints, live_record, live_findings, rec_record = _compare(
            ref, ctx, settings, loaded, fetched
        )
    except CassetteError as exc:
        return replace(base, label="skipped", reasons=(f"cassette unreadable: {exc}",))
    return replace(
        base,
        label=verdict.label,
        reasons=verdict.reasons,
        fields=verdict.fields,
        classify_ms=(perf_counter() - start) * 1000,
        fingerprints=prints,
        live_record=live_record,
        live_findings=tuple(live_findings),
        recorded_record=rec_record,
    )


def check_page(
    ref: CassetteRef, ctx: RunContext, settings: DriftSettings, *, fetcher: Fetcher
) -> DriftOutcome:
    """Fetch one recorded page live (politely, through ``fetcher``) and classify its drift."""
    try:
        url = page_url(cassette_mod.load(ref.path))
    except (CassetteError, IndexError, KeyError) as exc:
        return DriftOutcome(
            id=ref.id, site=ref.site, url=None, label="skipped", reasons=(f"cassette unreadable: {exc}",)
        )
    return classify(ref, ctx, settings, fetcher.fetch(url))
