"""orjson, when installed, reads every line exactly as the stdlib path does: same record or same problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.checks import reader
from harness.checks.reader import Raw, decode

TRICKY = [
    b'{"title": "plain", "n": 1, "f": 1.5e3, "neg": -0.0, "list": [1, "a", null, true]}',
    b'{"title": "\\udfff"}',  # lone surrogate escape
    b'{"title": "\\ud83d\\ude00 ok"}',  # a pair is fine
    b'{"title": "caf\xe9"}',  # invalid UTF-8
    b'{"n": NaN}',
    b'{"n": Infinity}',
    b'{"n": -Infinity}',
    b'{"n": 1e400}',  # inf as a double: the stdlib reads it, orjson refuses (the stdlib decides)
    b'{"n": 123456789012345678901234567890}',  # past 64 bits: an int, never a float
    b'{"n": 9223372036854775807, "m": -9223372036854775808, "u": 18446744073709551615}',
    b'{"a": 1, "a": 2}',  # duplicate keys: the last wins in both
    b"[" * 150 + b"]" * 150,
    b'{"deep": ' + b"[" * 3000 + b"]" * 3000 + b"}",  # nested too deeply
    b'{"x": ' + b"[" * 900 + b"]" * 900 + b"}",  # between orjson's depth limit and the stdlib's
    b"",
    b"   ",
    b"\x0c{}",  # form feed is not JSON whitespace
    b'{"t": "tab\tinside"}',  # a raw control character in a string
    b'{"t": "nul\x00inside"}',
    b'{"t": "\xef\xbf\xbf nonchar"}',
    b"[1, 2]",
    b'"just a string"',
    b"{broken",
    b'{"a": 1} trailing',
    b'{"a": 1}  ',
    b'{"u": "\\u00e9\\u2028\\u0085"}',
    b'{"big": 1.7976931348623157e308, "small": 5e-324, "under": 1e-400}',
]


@pytest.mark.parametrize("line", TRICKY, ids=range(len(TRICKY)))
def test_orjson_and_the_stdlib_agree(line: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("orjson")
    fast = decode(Raw(1, line=line))
    monkeypatch.setattr(reader, "_orjson", lambda: None)
    slow = decode(Raw(1, line=line))
    assert repr(fast) == repr(slow)  # repr: -0.0 and 0.0, 1 and 1.0 differ


def test_orjson_reads_the_corpus_like_the_stdlib(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("orjson")
    lines = [
        json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=ascii).encode("utf-8")
        for p in sorted(corpus_dir.glob("*/*.json"))
        for ascii in (True, False)
    ]
    fast = [decode(Raw(n, line=line)) for n, line in enumerate(lines)]
    assert reader._fast(lines[0]) is not None  # orjson did read them
    monkeypatch.setattr(reader, "_orjson", lambda: None)
    assert [repr(x) for x in fast] == [repr(decode(Raw(n, line=line))) for n, line in enumerate(lines)]
