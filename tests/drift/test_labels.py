"""Labels on generated variants of each base page: breaking caught, benign quiet, failures not drift."""

from __future__ import annotations

from typing import Any

import pytest

from harness.drift import DriftOutcome, Fetcher, check_page
from tests.drift import variants
from tests.drift.conftest import PAGES, World
from tests.drift.helpers import BasePage

EXTRACTORS = ("generic", "selector")
PAGE_IDS = [f"{p.site}/{p.slug}" for p in PAGES]


def drift_of(world: World, page: BasePage, variant: str, kind: str, **extra: Any) -> DriftOutcome:
    settings = world.settings(variant, **extra)
    ctx = world.context(page, kind)
    with Fetcher(settings) as fetcher:
        return check_page(world.refs[page.slug], ctx, settings, fetcher=fetcher)


def _needs(world: World, page: BasePage, kind: str, target: str) -> None:
    """Skip a mutation aimed at a field this extractor never got from the recording: nothing to break."""
    if not target:
        return
    baseline = drift_of(world, page, "same", kind)
    assert baseline.label == "unchanged", baseline.reasons
    from harness.drift import classify  # noqa: F401  (imported for the type only)

    recorded = world.contexts[f"{kind}:{page.site}/{page.slug}"]
    assert recorded is not None
    live = baseline.live_record or {}
    if not live.get(target):
        pytest.skip(f"{kind} extracts no {target} from {page.slug}; a mutation of it cannot break anything")


@pytest.mark.parametrize("kind", EXTRACTORS)
@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_same_page_is_unchanged(world: World, page: BasePage, kind: str) -> None:
    outcome = drift_of(world, page, "same", kind)
    assert outcome.label == "unchanged", outcome.reasons
    assert outcome.fingerprints["recorded"].digest == outcome.fingerprints["live"].digest


@pytest.mark.parametrize("kind", EXTRACTORS)
@pytest.mark.parametrize("variant", list(variants.BENIGN))
@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_benign_churn_is_not_drift(world: World, page: BasePage, variant: str, kind: str) -> None:
    outcome = drift_of(world, page, variant, kind)
    assert outcome.label == "unchanged", outcome.reasons


@pytest.mark.parametrize("kind", EXTRACTORS)
@pytest.mark.parametrize("mutation", variants.MUTATIONS, ids=[m.name for m in variants.MUTATIONS])
@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_mutation_is_labelled(world: World, page: BasePage, mutation: variants.Mutation, kind: str) -> None:
    _needs(world, page, kind, mutation.target)
    outcome = drift_of(world, page, mutation.name, kind)
    expected = {mutation.selector} if kind == "selector" else set(mutation.generic)
    if kind == "generic" and mutation.target == "published" and _same_day(outcome):
        # generic found the same day elsewhere on the page (its URL, say): the fact survived the template
        # change, so it is no fallback to another value; breaking would be a false alarm here
        expected = {"template_changed"}
    assert outcome.label in expected, (outcome.label, outcome.reasons)
    assert outcome.reasons and all(isinstance(r, str) and r for r in outcome.reasons)
    if outcome.label == "breaking":
        assert outcome.fields, outcome.reasons


def _same_day(outcome: DriftOutcome) -> bool:
    recorded = (outcome.recorded_record or {}).get("published") or ""
    live = (outcome.live_record or {}).get("published") or ""
    return bool(recorded and live and str(recorded)[:10] == str(live)[:10])


@pytest.mark.parametrize(
    ("variant", "label"),
    [
        ("404", "gone"),
        ("410", "gone"),
        ("500", "unreachable"),
        ("slow", "unreachable"),
        ("closed-port", "unreachable"),
    ],
)
@pytest.mark.parametrize("page", PAGES[:3], ids=PAGE_IDS[:3])
def test_failures_are_never_drift(world: World, page: BasePage, variant: str, label: str) -> None:
    # only the slow variant needs a short timeout: its answer never comes before the server stops
    extra: dict[str, Any] = {"timeout": 0.5, "robots": False} if variant == "slow" else {}
    outcome = drift_of(world, page, variant, "generic", **extra)
    assert outcome.label == label, outcome.reasons
    if variant == "slow":
        assert "timed out" in outcome.reasons[0], outcome.reasons
    assert not outcome.is_drift
    assert outcome.reasons[0]
