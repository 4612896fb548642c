"""The findings an approval accepts: fingerprints kept in the approved file, matched on later runs.

Approving a page records each finding it had (except the ``regression.*`` ones, which are about the
approval itself) as its check id, JSON path, a fingerprint of the offending text and a short excerpt for
the human reading the git diff. The fingerprint is a hash of the check, the path and the excerpt with case
and whitespace folded; a finding without an excerpt is fingerprinted by its message with every run of
digits folded, so line numbers, offsets and counts never change it. A finding whose excerpt is the whole
field (a body that is too short, say) is about the field, not its words: it is fingerprinted by its check
and path alone, so the same problem in edited text stays accepted.

A later run holds the page's findings against that list (:func:`match`): a finding whose fingerprint is
listed is *accepted* (each listed entry accepts one finding), any other is *new*, and listed entries no
finding claimed are *fixed*. The verdict (:mod:`harness.verdict`) decides what fails.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from harness.model import Baseline, Finding

__all__ = ["FINDINGS_KEY", "accepted_entries", "entries_for", "fingerprint", "match"]

#: The approved file's key for the accepted findings (beside ``_meta``; never a record field).
FINDINGS_KEY = "_findings"
EXCERPT_SHOWN = 80
NOT_RECORDED = ("regression.",)

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _whole_field(finding: Finding, record: Mapping[str, Any] | None) -> bool:
    if record is None or not finding.excerpt or not finding.field.startswith("$."):
        return False
    value = record.get(finding.field[2:])
    return isinstance(value, str) and _fold(value) == _fold(finding.excerpt)


def fingerprint(finding: Finding, record: Mapping[str, Any] | None = None) -> str:
    """A stable 16-hex-digit id of what the finding is about; never depends on a position.

    ``record`` is the page's record, to tell a finding about a whole field from one about a passage.
    """
    if _whole_field(finding, record):
        basis = "field"
    elif finding.excerpt:
        basis = "x:" + _fold(finding.excerpt)
    else:
        basis = "m:" + _DIGITS.sub("#", _fold(finding.message))
    text = "\x1f".join((finding.check, finding.field, basis))
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]


def recorded(finding: Finding) -> bool:
    """Whether approving a page records this finding as accepted."""
    return not finding.check.startswith(NOT_RECORDED)


def entries_for(findings: Iterable[Finding], record: Mapping[str, Any] | None = None) -> list[dict[str, str]]:
    """The approved file's list for ``findings``: sorted, so the same findings always give the same bytes."""
    out = []
    for f in findings:
        if not recorded(f):
            continue
        entry = {"check": f.check, "field": f.field, "fingerprint": fingerprint(f, record)}
        if f.excerpt:
            short = _SPACE.sub(" ", f.excerpt).strip()
            entry["excerpt"] = short[:EXCERPT_SHOWN] + ("…" if len(short) > EXCERPT_SHOWN else "")
        out.append(entry)
    return sorted(out, key=lambda e: (e["check"], e["field"], e["fingerprint"]))


def accepted_entries(doc: Mapping[str, Any]) -> list[dict[str, str]] | None:
    """The accepted findings of an approved document; ``None`` when it predates this list.

    Malformed entries (the file is edited by hand and read from git) are dropped, never trusted.
    """
    raw = doc.get(FINDINGS_KEY)
    if not isinstance(raw, list):
        return None
    keep = ("check", "field", "fingerprint", "excerpt")
    return [
        {k: str(e[k]) for k in keep if isinstance(e.get(k), str)}
        for e in raw
        if isinstance(e, Mapping) and all(isinstance(e.get(k), str) for k in ("fingerprint", "check"))
    ]


def match(
    findings: Sequence[Finding],
    accepted: Sequence[Mapping[str, str]],
    record: Mapping[str, Any] | None = None,
) -> tuple[list[Baseline | None], list[Mapping[str, str]]]:
    """Hold ``findings`` against ``accepted``.

    Returns one label per finding (``accepted``, ``new``, or ``None`` for findings never recorded, such as
    ``regression.*``) and the accepted entries no finding claimed (fixed). Each entry accepts one finding.
    """
    pool: Counter[str] = Counter(e["fingerprint"] for e in accepted)
    labels: list[Baseline | None] = []
    for f in findings:
        key = fingerprint(f, record) if recorded(f) else None
        if key is None:
            labels.append(None)
        elif pool[key] > 0:
            pool[key] -= 1
            labels.append("accepted")
        else:
            labels.append("new")
    fixed: list[Mapping[str, str]] = []
    for entry in accepted:
        if pool[entry["fingerprint"]] > 0:
            pool[entry["fingerprint"]] -= 1
            fixed.append(entry)
    return labels, fixed
