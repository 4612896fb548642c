"""A cassette with a wrong type in a valid shape is ``cassette.unreadable`` naming the field and value."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from harness import runner
from harness.capture import cassette
from harness.config import HarnessConfig
from spine.helpers import article_html, make_cassette, no_gx_checks, write_no_gx_config

Mutation = Callable[[dict[str, Any]], None]


def _response(data: dict[str, Any]) -> dict[str, Any]:
    return data["interactions"][0]["response"]  # type: ignore[no-any-return]


def _set_code(d: dict[str, Any]) -> None:
    _response(d)["status"]["code"] = "abc"


def _set_body(d: dict[str, Any]) -> None:
    _response(d)["body"] = [1, 2]


def _set_headers(d: dict[str, Any]) -> None:
    _response(d)["headers"] = "Content-Type: text/html"


def _set_interactions(d: dict[str, Any]) -> None:
    d["interactions"] = [1, 2]


def _set_charset(d: dict[str, Any]) -> None:
    _response(d)["body"]["charset"] = "no-such-codec"


def _drop_request(d: dict[str, Any]) -> None:
    del d["interactions"][0]["request"]


def _set_lines(d: dict[str, Any]) -> None:
    _response(d)["body"] = {"lines": ["ok", 7]}


def _set_url(d: dict[str, Any]) -> None:
    d["harness"]["url"] = ["not", "a", "url"]


def _set_unencodable(d: dict[str, Any]) -> None:
    _response(d)["body"] = {"string": "snowman \u2603", "charset": "ascii"}


#: mutation, words the finding's message must hold (field path and value)
CASES: dict[str, tuple[Mutation, tuple[str, ...]]] = {
    "code": (_set_code, ("interactions[0].response.status.code", "'abc'")),
    "body": (_set_body, ("interactions[0].response.body", "[1, 2]")),
    "headers": (_set_headers, ("interactions[0].response.headers", "'Content-Type: text/html'")),
    "interactions": (_set_interactions, ("interactions[0]", "got 1")),
    "charset": (_set_charset, ("response.body.charset", "'no-such-codec'")),
    "request": (_drop_request, ("interactions[0].request", "None")),
    "lines": (_set_lines, ("response.body.lines", "7")),
    "url": (_set_url, ("harness.url", "['not', 'a', 'url']")),
    "unencodable": (_set_unencodable, ("response.body", "ascii")),
}


def _bad_corpus(root: Path) -> None:
    good = make_cassette(root, "harbor.example", "good", article_html("A good story"))
    for name, (mutate, _words) in CASES.items():
        data = yaml.safe_load(good.read_text(encoding="utf-8"))
        mutate(data)
        (root / "harbor.example" / f"bad-{name}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")


def _assert_accounted(pages: list[dict[str, Any]]) -> None:
    by_id = {p["id"]: p for p in pages}
    assert by_id["harbor.example/good"]["record"]["title"].startswith("A good story")
    for name, (_mutate, words) in CASES.items():
        findings = by_id[f"harbor.example/bad-{name}"]["findings"]
        assert [f["check"] for f in findings] == ["cassette.unreadable"], name
        for word in words:
            assert word in findings[0]["message"], (name, findings[0]["message"])


def test_every_wrong_type_is_a_finding_in_run(tmp_path: Path) -> None:
    _bad_corpus(tmp_path / "c")
    ctx = runner.make_context(HarnessConfig(root=tmp_path, checks=no_gx_checks()), "generic")
    refs = cassette.discover(tmp_path / "c")
    assert len(refs) == len(CASES) + 1
    run = runner.run(ctx, refs, source="t", jobs=2)
    from harness.results import page_to_dict

    _assert_accounted([page_to_dict(p) for p in run.pages])
    assert {p.id: p.site for p in run.pages}["harbor.example/bad-code"] == "harbor.example"


def _harness(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harness", *args],
        cwd=cwd,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_cli_run_and_approve_report_bad_cassettes_without_a_traceback(tmp_path: Path) -> None:
    _bad_corpus(tmp_path / "cassettes")
    write_no_gx_config(tmp_path)
    done = _harness(tmp_path, "run", "cassettes", "--reports", "out", "-q")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    _assert_accounted(json.loads((tmp_path / "out" / "latest" / "results.json").read_text())["pages"])
    done = _harness(tmp_path, "approve", "--cassettes", "cassettes", "-q")
    assert "Traceback" not in done.stderr, done.stderr
    assert (tmp_path / "cassettes" / "harbor.example" / "good.approved.json").is_file()
    assert not list((tmp_path / "cassettes").glob("*/bad-*.approved.json"))


def test_pytest_items_report_bad_cassettes(pytester: pytest.Pytester) -> None:
    _bad_corpus(pytester.path / "cassettes")
    write_no_gx_config(pytester.path)
    result = pytester.runpytest_subprocess(
        "--harness-cassettes", "cassettes", "--harness-report", "out", "-q"
    )
    assert "INTERNALERROR" not in result.stdout.str() and "Traceback" not in result.stderr.str()
    result.assert_outcomes(passed=3, failed=len(CASES))
    _assert_accounted(json.loads((pytester.path / "out" / "latest" / "results.json").read_text())["pages"])
