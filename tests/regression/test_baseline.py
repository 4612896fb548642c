"""Accepted findings: fingerprints, matching, the approved file's list, and the verdict built on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.model import Finding, PageResult, RunResult
from harness.regression import approve, baseline
from harness.verdict import Policy, exit_code, judge_page, judge_run


def boiler(text: str = "Subscribe to our newsletter", severity: str = "warning") -> Finding:
    return Finding("boilerplate.pattern", severity, "$.body", f"line 12 of $.body: {text!r}", excerpt=text)  # type: ignore[arg-type]


def test_fingerprint_ignores_case_whitespace_and_positions() -> None:
    a = boiler("Subscribe to  our\nnewsletter")
    b = Finding(
        "boilerplate.pattern",
        "error",
        "$.body",
        "line 40: other words",
        excerpt="subscribe to our newsletter",
    )
    assert baseline.fingerprint(a) == baseline.fingerprint(b)
    assert baseline.fingerprint(a) != baseline.fingerprint(boiler("Follow us on Facebook"))
    assert baseline.fingerprint(a) != baseline.fingerprint(
        Finding("other.check", "warning", "$.body", "", a.excerpt)
    )
    # no excerpt: the message, with its numbers folded, is what the finding is about
    m1 = Finding("date.missing", "warning", "$.published", "no date in 3 places (line 7)")
    m2 = Finding("date.missing", "warning", "$.published", "no date in 5 places (line 90)")
    assert baseline.fingerprint(m1) == baseline.fingerprint(m2)
    assert len(baseline.fingerprint(m1)) == 16


def test_a_finding_about_the_whole_field_survives_edits_to_it() -> None:
    short = Finding("body.too_short", "warning", "$.body", "12 characters", excerpt="Short body.")
    edited = Finding("body.too_short", "warning", "$.body", "14 characters", excerpt="Short body v2.")
    assert baseline.fingerprint(short, {"body": "Short body."}) == baseline.fingerprint(
        edited, {"body": "Short body v2."}
    )
    assert baseline.fingerprint(short) != baseline.fingerprint(edited)  # no record: the text decides


def test_match_labels_new_accepted_and_lists_fixed() -> None:
    accepted = baseline.entries_for([boiler(), boiler(), boiler("Share this article")])
    findings = [boiler(), boiler(), boiler(), Finding("regression.changed", "error", "$.title", "differs")]
    labels, fixed = baseline.match(findings, accepted)
    assert labels == ["accepted", "accepted", "new", None]  # each entry accepts one finding
    assert [e["excerpt"] for e in fixed] == ["Share this article"]


def test_entries_are_sorted_short_and_skip_regressions() -> None:
    long = "x" * 500
    entries = baseline.entries_for(
        [
            boiler("Zebra line"),
            boiler(long),
            Finding("regression.changed", "error", "$.body", "m"),
            boiler("Alpha"),
        ]
    )
    assert len(entries) == 3 and entries == sorted(
        entries, key=lambda e: (e["check"], e["field"], e["fingerprint"])
    )
    assert max(len(e.get("excerpt", "")) for e in entries) <= baseline.EXCERPT_SHOWN + 1


@pytest.mark.parametrize(
    "raw, expected",
    [
        (None, None),  # an approved file from before the list: no baseline
        ("not a list", None),
        ([], []),
        (
            [{"check": "a", "fingerprint": "f"}, {"fingerprint": 3}, "junk", {"check": "b"}],
            [{"check": "a", "fingerprint": "f"}],
        ),
    ],
)
def test_accepted_entries_trust_nothing(raw: object, expected: object) -> None:
    doc = {} if raw is None else {baseline.FINDINGS_KEY: raw}
    assert baseline.accepted_entries(doc) == expected


def _page(findings: tuple[Finding, ...], approval: dict[str, object] | None) -> PageResult:
    return PageResult(
        "s.example/a",
        "s.example",
        "https://s.example/a",
        None,
        "toy",
        {"body": "Text. Subscribe to our newsletter"},
        findings,
        approval=approval,
    )


def test_verdict_new_accepted_and_no_baseline() -> None:
    accepted = baseline.entries_for([boiler()])
    policy = Policy()
    page = judge_page(
        _page((boiler(), boiler("Share this")), {"status": "same", "accepted": accepted}), policy
    )
    assert [(f.baseline, f.gate) for f in page.findings] == [("accepted", "pass"), ("new", "fail")]
    assert page.status == "fail" and page.fixed == ()
    # no approved output: severity alone (fail_on = error) decides; a warning passes
    alone = judge_page(_page((boiler("Share this"),), {"status": "new"}), policy)
    assert [(f.baseline, f.gate) for f in alone.findings] == [(None, "pass")] and alone.status == "warn"
    # a legacy approved file (no list): severity alone too
    legacy = judge_page(_page((boiler("Share this"),), {"status": "same"}), policy)
    assert legacy.findings[0].baseline is None and legacy.status == "warn"
    # an accepted error does not fail; a new info does not either
    quiet = judge_page(
        _page((boiler(severity="error"), boiler("x", "info")), {"status": "same", "accepted": accepted}),
        policy,
    )
    assert [(f.baseline, f.gate) for f in quiet.findings] == [("accepted", "pass"), ("new", "pass")]
    gone = judge_page(_page((), {"status": "changed", "accepted": accepted}), policy)
    assert gone.status == "pass" and [e["fingerprint"] for e in gone.fixed] == [accepted[0]["fingerprint"]]


@pytest.mark.parametrize(
    "fail_on, fail_on_new, expected",
    [
        ("error", "warning", 1),
        ("error", "error", 0),
        ("error", "off", 0),
        ("warning", "off", 1),
        ("info", "off", 1),
    ],
)
def test_exit_code_follows_the_policy(fail_on: str, fail_on_new: str, expected: int) -> None:
    accepted = baseline.entries_for([boiler()])
    page = _page((boiler(), boiler("Share this")), {"status": "same", "accepted": accepted})
    run = RunResult("r", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", "0", ("toy",), "d", "x", (page,))
    assert exit_code(run, Policy(fail_on, fail_on_new)) == expected
    judged = judge_run(run, Policy(fail_on, fail_on_new))
    assert exit_code(judged, Policy()) == expected  # labels, once written, are what counts


def test_approved_file_keeps_findings_readably_and_old_files_still_compare(tmp_path: Path) -> None:
    settings = approve.CompareSettings()
    record = {"title": "T", "body": "One.\n\nTwo.", "extractor": "toy"}
    doc = approve.approved_document(
        record, settings, [boiler(), Finding("regression.changed", "error", "$", "m")]
    )
    path = tmp_path / "s" / "a.approved.json"
    path.parent.mkdir()
    path.write_text(json.dumps(doc, indent=2, sort_keys=True), "utf-8")
    assert [e["check"] for e in doc[baseline.FINDINGS_KEY]] == ["boilerplate.pattern"]
    approval, findings = approve.compare(record, path, settings)
    assert approval is not None and approval["status"] == "same" and findings == []
    assert approval["accepted"] == doc[baseline.FINDINGS_KEY]
    legacy = {k: v for k, v in doc.items() if k != baseline.FINDINGS_KEY}
    path.write_text(json.dumps(legacy), "utf-8")
    approval, findings = approve.compare(record, path, settings)
    assert approval is not None and approval["status"] == "same" and "accepted" not in approval


def test_approving_again_rewrites_only_when_the_findings_change(tmp_path: Path) -> None:
    cassette = tmp_path / "s" / "a.yaml"
    page = PageResult("s/a", "s", None, str(cassette), "toy", {"title": "T", "extractor": "toy"}, (boiler(),))
    assert approve.approve_pages([page]).written == ("s/a",)
    assert approve.approve_pages([page]).unchanged == ("s/a",)
    more = PageResult("s/a", "s", None, str(cassette), "toy", page.record, (boiler(), boiler("Share this")))
    assert approve.approve_pages([more]).written == ("s/a",)
    text = cassette.with_name("a.approved.json").read_text("utf-8")
    assert text.count('"fingerprint"') == 2 and text.endswith("\n")


def test_other_extractor_says_how_to_reapprove(tmp_path: Path) -> None:
    path = tmp_path / "site.example" / "slug.approved.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"_meta": {"extractor": "generic"}, "title": "T"}), "utf-8")
    _, [finding] = approve.compare(
        {"title": "T", "extractor": "mymod:parse"}, path, approve.CompareSettings()
    )
    assert finding.severity == "error" and "NOT compared" in finding.message
    assert "harness approve -e mymod:parse site.example/slug" in finding.message
    _, [hint] = approve.compare(
        {"title": "T", "extractor": "mymod:parse"},
        tmp_path / "x" / "y.approved.json",
        approve.CompareSettings(),
    )
    assert "harness approve -e mymod:parse x/y" in hint.message


def test_terminal_lines_never_carry_control_characters() -> None:
    from harness.report.terminal import run_lines

    evil = "\x1b[2J\x1b]0;pwned\x07 Subscribe"
    accepted = [{"check": "x\x1b[31m", "field": "$.body\r", "fingerprint": "0" * 16, "excerpt": evil}]
    page = _page((boiler(evil), DIFF_EVIL), {"status": "changed", "accepted": accepted})
    run = RunResult("r", "t", "t", "0", ("toy",), "d", "x", (page,))
    lines = run_lines(judge_run(run, Policy()))
    assert any("Subscribe" in line for line in lines) and any("x?[31m" in line for line in lines)
    assert not any(ch in line for line in lines for ch in "\x1b\x07\r")


DIFF_EVIL = Finding("regression.changed", "error", "$.title", "$.title differs\n  actual: \"\x1b[1mX\"")
