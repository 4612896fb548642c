"""Coverage is part of the verdict: a drift run that compared too few pages is not a night without drift.

A page is *compared* when it was fetched and classified (``breaking``, ``template_changed``,
``content_edited`` or ``unchanged``); ``unreachable``, ``gone`` and ``skipped`` pages were not. The run
fails, with ``drift.coverage`` findings distinct from drift, when

* the compared share is below ``min_coverage`` (default 0.5), or
* a whole site could not be compared (every page of it unreachable, gone or skipped), unless
  ``fail_on_dark_site = false``.

``gone`` pages are listed per site, so a reviewer can see which URLs to retire.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from harness.model import Finding

COMPARED = frozenset({"breaking", "template_changed", "content_edited", "unchanged"})


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many pages a drift run could compare, overall and per site."""

    pages: int
    compared: int
    min_share: float
    dark_sites: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    gone: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)  # site -> first reason it was not compared
    check_sites: bool = True

    @property
    def share(self) -> float:
        return self.compared / self.pages if self.pages else 0.0

    @property
    def too_low(self) -> bool:
        return self.share < self.min_share or self.pages == 0

    @property
    def failing(self) -> bool:
        return self.too_low or (self.check_sites and bool(self.dark_sites))

    def line(self) -> str:
        verdict = "FAILED" if self.failing else "ok"
        return (
            f"coverage {verdict}: compared {self.compared} of {self.pages} pages ({self.share:.0%}; "
            f"min_coverage {self.min_share:.0%}); sites not reached: {len(self.dark_sites)}"
        )

    def findings(self) -> list[Finding]:
        """``drift.coverage`` errors: one for a too-low share, one per site that could not be compared."""
        out: list[Finding] = []
        if self.too_low:
            out.append(
                Finding(
                    "drift.coverage",
                    "error",
                    "$",
                    f"drift compared {self.compared} of {self.pages} pages ({self.share:.0%}), below "
                    f"min_coverage {self.min_share:.0%}: a run that reached too little is not a run "
                    "without drift (check the rewrite rules, the network and robots.txt)",
                )
            )
        if self.check_sites:
            for site, counts in self.dark_sites.items():
                how = ", ".join(f"{n} {label}" for label, n in counts.items())
                why = self.reasons.get(site, "")
                out.append(
                    Finding(
                        "drift.coverage",
                        "error",
                        "$",
                        f"site {site}: none of its pages could be compared ({how}); first reason: {why}"[
                            :800
                        ],
                        site=site,
                    )
                )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "compared": self.compared,
            "share": round(self.share, 4),
            "min_coverage": self.min_share,
            "failing": self.failing,
            "dark_sites": {site: dict(c) for site, c in self.dark_sites.items()},
            "gone": {site: list(ids) for site, ids in self.gone.items()},
        }


def measure_coverage(
    pages: Iterable[tuple[str, str, Mapping[str, Any]]], min_share: float, check_sites: bool = True
) -> Coverage:
    """Coverage of ``(page id, site, drift mapping)`` triples (``DriftOutcome.to_dict()`` or results)."""
    per_site: dict[str, Counter[str]] = {}
    gone: dict[str, list[str]] = {}
    reasons: dict[str, str] = {}
    total = compared = 0
    for page_id, site, drift in pages:
        label = str(drift.get("label"))
        total += 1
        compared += label in COMPARED
        per_site.setdefault(site, Counter())[label] += 1
        if label == "gone":
            gone.setdefault(site, []).append(page_id)
        if label not in COMPARED and site not in reasons:
            given = drift.get("reasons") or ("",)
            reasons[site] = str(given[0])
    dark = {
        site: dict(counts.most_common())
        for site, counts in sorted(per_site.items())
        if not any(counts[label] for label in COMPARED)
    }
    return Coverage(
        pages=total,
        compared=compared,
        min_share=min_share,
        dark_sites=dark,
        gone={site: tuple(sorted(ids)) for site, ids in sorted(gone.items())},
        reasons=reasons,
        check_sites=check_sites,
    )
