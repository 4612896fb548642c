"""Every check the harness knows: stable id, default severity, where it runs and how.

``stage`` says whether a check looks at one page (``page``) or at the whole run (``dataset``);
``engine`` says whether it is plain Python or a Great Expectations expectation validated in the run's
single batch. Ids are stable: configuration, results files and reports refer to them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from harness.model import Severity

Stage = Literal["page", "dataset"]
Engine = Literal["python", "gx"]
CHECK_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")


@dataclass(frozen=True, slots=True)
class CheckSpec:
    id: str
    severity: Severity
    stage: Stage
    engine: Engine
    summary: str


_SPECS = (
    CheckSpec("title.missing", "warning", "page", "python", "the record has no title"),
    CheckSpec("title.site_name", "error", "page", "python", "the title is the site's name, not a headline"),
    CheckSpec("title.repeated_in_body", "warning", "page", "python", "the body starts with the title again"),
    CheckSpec("title.mojibake", "error", "page", "python", "the title shows UTF-8 read as cp1252/latin-1"),
    CheckSpec("title.duplicate", "warning", "dataset", "gx", "the same title on different URLs of one site"),
    CheckSpec(
        "title.duplicate_across_sites", "info", "dataset", "gx", "the same title on pages of different sites"
    ),
    CheckSpec("date.missing", "warning", "page", "python", "no publication date"),
    CheckSpec("date.unparseable", "error", "page", "python", "the date is not ISO 8601"),
    CheckSpec("date.future", "error", "page", "python", "the date is after the page was captured"),
    CheckSpec("date.too_old", "error", "page", "python", "the date is before the configured earliest date"),
    CheckSpec("date.no_timezone", "info", "page", "python", "a date-time without a UTC offset"),
    CheckSpec("date.coverage", "error", "dataset", "gx", "too few pages of a site have a date"),
    CheckSpec(
        "boilerplate.recurring",
        "warning",
        "dataset",
        "python",
        "lines that recur on many pages of the same site (learned from the run)",
    ),
    CheckSpec(
        "boilerplate.pattern", "warning", "dataset", "gx", "lines matching the boilerplate pattern list"
    ),
    CheckSpec(
        "boilerplate.truth_snippet",
        "error",
        "page",
        "python",
        "ground-truth text that must not be in the body is there",
    ),
    CheckSpec("body.empty", "error", "page", "python", "no body text"),
    CheckSpec("body.too_short", "warning", "dataset", "gx", "body shorter than the minimum"),
    CheckSpec("body.too_long", "warning", "dataset", "gx", "body longer than the maximum"),
    CheckSpec("body.repeated_paragraph", "warning", "page", "python", "the same paragraph twice in one body"),
    CheckSpec("body.duplicated", "warning", "dataset", "gx", "the same body on different URLs of one site"),
    CheckSpec(
        "body.markup_leak", "error", "page", "python", "HTML tags, entities or script text in the body"
    ),
    CheckSpec("body.mojibake", "error", "page", "python", "UTF-8 read as cp1252/latin-1, or U+FFFD"),
    CheckSpec("body.title_mismatch", "warning", "page", "python", "the body shares no word with the title"),
)

CATALOG: Mapping[str, CheckSpec] = {spec.id: spec for spec in _SPECS}
FAMILIES: frozenset[str] = frozenset(spec.id.split(".")[0] for spec in _SPECS)
GX_CHECKS: frozenset[str] = frozenset(spec.id for spec in _SPECS if spec.engine == "gx")

assert all(CHECK_ID.match(check) for check in CATALOG)


def expand(name: str) -> tuple[str, ...]:
    """Check ids named by ``name``: an exact id, or a family such as ``boilerplate``; empty when unknown."""
    if name in CATALOG:
        return (name,)
    if name in FAMILIES:
        return tuple(check for check in CATALOG if check.split(".")[0] == name)
    return ()
