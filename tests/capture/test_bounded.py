"""Cassettes are untrusted: aliases, Python tags and oversized bodies are findings, never a blow-up."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from spine.helpers import article_html, make_cassette

from harness.capture import cassette
from harness.config import ConfigError, HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.runner import RunContext, replay_page

MEMORY_LIMIT = 1024 * 1024 * 1024  # address space of the child: the harness imports fit in far less


def billion_laughs(path: Path, size: int = 1_000_000) -> Path:
    """A valid-looking cassette whose response headers are 10^9 strings through nine levels of aliases."""
    levels = ['  l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"  l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 10)]
    doc = (
        "harness: {url: 'https://lol.example/a', how: import}\nversion: 1\nbombs:\n"
        + "\n".join(levels)
        + "\ninteractions:\n- request: {uri: 'https://lol.example/a', method: GET, headers: {}, body: null}\n"
        "  response:\n    status: {code: 200, message: OK}\n    headers: {X-Lol: *l9}\n"
        "    body: {string: '<html><h1>lol</h1></html>'}\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(doc + "# " + "x" * (size - len(doc) - 3) + "\n", encoding="utf-8")
    return path


CHILD = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
start = time.perf_counter()
from pathlib import Path
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.runner import make_context, replay_page
ref = cassette.discover(Path(sys.argv[1]))[0]
result = replay_page(ref, make_context(HarnessConfig(root=Path(sys.argv[1]))))
print(json.dumps({{"checks": [f.check for f in result.findings], "message": result.findings[0].message,
                  "seconds": time.perf_counter() - start,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def test_billion_laughs_fails_fast_in_small_memory(tmp_path: Path) -> None:
    path = billion_laughs(tmp_path / "c" / "lol.example" / "a.yaml")
    assert path.stat().st_size == 1_000_000
    child = subprocess.run(
        [sys.executable, "-c", CHILD.format(limit=MEMORY_LIMIT), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    out = json.loads(child.stdout)
    assert out["checks"] == ["cassette.unreadable"] and "alias" in out["message"], out
    assert out["max_rss_mb"] < 400, out


def test_any_alias_is_refused_and_the_writer_never_makes_one(tmp_path: Path) -> None:
    shared = {"Content-Type": ["text/html"]}
    interactions = [cassette.interaction(f"https://a.example/{i}", b"<p>x</p>", headers=shared) for i in "ab"]
    text = cassette.serialize({"interactions": interactions})
    assert "&id" not in text and "*id" not in text
    assert len(cassette.deserialize(text)["interactions"]) == 2
    aliased = textwrap.dedent("""\
        interactions:
        - request: {uri: 'https://a.example/a', method: GET, headers: {}, body: null}
          response: {status: {code: 200}, headers: &h {Content-Type: [text/html]}, body: {string: a}}
        - request: {uri: 'https://a.example/b', method: GET, headers: {}, body: null}
          response: {status: {code: 200}, headers: *h, body: {string: b}}
        """)
    assert len(cassette.deserialize(aliased.replace("*h", "{}"))["interactions"]) == 2
    with pytest.raises(cassette.CassetteError, match="aliases are not allowed"):
        cassette.deserialize(aliased)


def test_python_tags_are_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "c" / "evil.example" / "a.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(
        textwrap.dedent(f"""\
            interactions:
            - request: !!python/object/apply:os.system ["touch {marker}"]
              response: {{status: {{code: 200}}, headers: {{}}, body: {{string: x}}}}
            """),
        encoding="utf-8",
    )
    with pytest.raises(cassette.CassetteError, match="not valid YAML"):
        cassette.load(path)
    assert not marker.exists()


def _ctx(tmp_path: Path, max_body_mb: float) -> RunContext:
    probe = FunctionExtractor("probe", lambda page: {"title": "x"}, "1")
    return RunContext(HarnessConfig(root=tmp_path, max_body_mb=max_body_mb), probe).prepare()


def test_a_body_over_the_limit_is_a_too_large_finding(tmp_path: Path) -> None:
    body = article_html("Big") + b"<p>padding</p>" * 800  # about 12 KB
    path = make_cassette(tmp_path / "c", "big.example", "page", body)
    result = replay_page(cassette.discover(path)[0], _ctx(tmp_path, max_body_mb=0.01))
    assert [f.check for f in result.findings] == ["cassette.too_large"], result.findings
    assert "interactions[0].response.body" in result.findings[0].message
    assert "max_body_mb" in result.findings[0].message
    ok = replay_page(cassette.discover(path)[0], _ctx(tmp_path, max_body_mb=1))
    assert "cassette.too_large" not in [f.check for f in ok.findings]


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = billion_laughs(tmp_path / "c" / "lol.example" / "a.yaml", size=50_000)
    with pytest.raises(cassette.CassetteTooLarge, match="the file is"):
        cassette.load(path, max_body=10_000)  # 4 x 10 KB < 50 KB: refused by size, not by its aliases


def test_max_body_mb_is_validated() -> None:
    with pytest.raises(ConfigError, match="max_body_mb"):
        HarnessConfig().with_overrides(max_body_mb=0)
    assert HarnessConfig(max_body_mb=2).max_body_bytes == 2 * 1024 * 1024
