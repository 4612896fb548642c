"""Session 24's per-line speed-ups change no finding: each fast path gives the same output as the
computation it replaces, kept here as written before, on the corpus's bodies, their garbled copies, the
same bodies with every line made distinct, and lines made to hit each path's edges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import scale_data
from harness.checks import recurring, text


@pytest.fixture(scope="module")
def texts(corpus_dir: Path) -> list[str]:
    """Every line of the corpus's bodies, of their garbled copies and of distinct generated records."""
    out = []
    for t in scale_data.truths(corpus_dir):
        body = t["body"]
        out += body.split("\n")
        for wrong in ("cp1252", "latin-1", "cp1251"):
            try:
                out += body.encode("utf-8").decode(wrong).split("\n")
            except UnicodeDecodeError:
                continue
    for i in range(0, 400, 7):
        out += scale_data.record(corpus_dir, i, distinct=True)["body"].split("\n")
    return out


#: the split points of a line before session 24: an alternation of two classes
_SENTENCE_END_BEFORE = re.compile(r"[.!?](\s+)|[。！？]")


def _sentences_before(line: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END_BEFORE.finditer(line):
        cut, start_next = m.span(1) if m.lastindex else (m.end(), m.end())
        out.append(line[start:cut])
        start = start_next
    out.append(line[start:])
    return out


_SENTENCE_EDGES = [
    "", ".", "。", "。。", "!! b", "a.\u00a0b", "a.\u3000b", "a.\x1cb", "a.\x85b", "a.b", "a.。 b", "a。 b",
    "x！y？ z. ", "?.!", "?! x", "a.  \t b", "end.", "end. ", "«Fin.» Suite", "一。二！三？四", "a\u2026 b",
]


def test_sentences_with_one_leading_class_split_where_the_alternation_did(texts: list[str]) -> None:
    """The six signs in one class, then a lookbehind for the kind: the same pieces as the alternation of
    two classes (and as ``_SENTENCE.split``, the first definition), on every line and on edge cases."""
    cut = 0
    for line in [*_SENTENCE_EDGES, *texts]:
        pieces = recurring.sentences(line)
        assert pieces == _sentences_before(line) == recurring._SENTENCE.split(line), line[:120]
        cut += len(pieces) > 1
    assert cut > 1000


def _token_stream_before(line: str) -> list[str]:
    """:func:`harness.checks.text._token_stream` before session 24 (``_TOKEN`` on every text)."""
    import unicodedata

    out = []
    for m in text._TOKEN.finditer(unicodedata.normalize("NFKC", line).casefold()):
        word = m.group(0)
        if m.lastindex:
            out += [word] if len(word) == 1 else [word[i : i + 2] for i in range(len(word) - 1)]
        elif word.isdigit():
            out += [word] if len(word) >= 2 else []
        elif len(word) >= 4:
            out.append(word[:6])
    return out


def test_ascii_tokens_are_the_token_regex(texts: list[str]) -> None:
    """ASCII text is tokenised with ``[a-z0-9]+`` over its lowercase: the same tokens, in the same order,
    as ``_TOKEN`` over its NFKC case-folded form, on every line, every ASCII character and edge cases."""
    made = ["", "_", "a_b_cdef", "ABCDEFGH 12 3 x9y9", "\t\x0b\x1f\x7f", "Fi FI ß", "don't-stop 2024/25"]
    made.append("".join(map(chr, range(128))))
    ascii_lines = 0
    for line in [*made, *texts]:
        assert list(text._token_stream(line)) == _token_stream_before(line), line[:120]
        ascii_lines += line.isascii() and bool(line)
    assert ascii_lines > 1000


def test_units_hashed_through_the_chunk_memo_are_h64(corpus_dir: Path, tmp_path: Path) -> None:
    """Pass 1's recurrence and teaser units hashed through the chunk's memo are the hashes ``h64`` gives
    them one by one (a teaser unit's context is mostly a recurrence unit of the line before): the same
    lists, on the corpus's bodies, generated records and records whose lines all differ."""
    from harness.checks import frame, teaser
    from harness.config import load_config
    from harness.runner import RunContext
    from harness.scale import work

    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    ctx = RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()
    work.install(work.Setup(ctx=ctx))
    records = [scale_data.record(corpus_dir, i, distinct=i % 2 == 1) for i in range(300)]
    rows = [
        frame.Row(f"p{i}", "news1.com", r["url"], r["title"], r["published"], r["body"])
        for i, r in enumerate(records)
    ]
    out = work.Sketch()
    caches: tuple[dict[str, set[str]], dict[str, int]] = ({}, {})
    for i, row in enumerate(rows):
        work._units(out, i, row, ctx.check_settings, caches)
    assert len(caches[1]) > 500
    shared = 0
    for (i, body, units), (j, tbody, found) in zip(out.bodies, out.teaser, strict=True):
        body_text = rows[i].body or ""
        assert i == j and body == tbody == work.h64(body_text)
        wanted = recurring.body_units(body_text, {})
        assert sorted(units) == sorted(work.h64(u) for u in wanted)
        before = [
            (work.teaser_key(kind, key), work.h64(context), kind == "label")
            for kind, key, context in teaser.units(body_text)
        ]
        assert found == before
        shared += len({c for _, c, _ in found} & set(units))
    assert shared > 500  # the memo is there for these
