"""Session 22's per-record speed-ups change no finding: each cheap gate (a test a whole line or body must
pass for a check to find anything there) gives the same output as the code it replaced, kept here as
written before, on the corpus's bodies, their garbled copies and shapes made to hit the checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import scale_data
from harness.checks import text, widget

#: shapes the checks look for, glued to real lines so both sides of every gate are crossed
_SHAPES = (
    "Listen 4:32", "12.03.2020 14:35", "Photo 3 of 12", "4.5/5", "147 days 4 hrs 34 mins", "١٢:٣٠",
    "１２:３０", "Like 12 · Love 3 · Wow 0", "CDU 30,1 % · SPD 16,4 % · Grüne 12 %", "3 - 12 - 19 - 27 - 38",
    "Click to enlarge (1600 × 900 px)", "Bericht.pdf (480 KB)", "Fajr 04:59 Dhuhr 12:22 Asr 15:10",
    "Magnitudo 4.6 · 5 km E Norcia · ore 03:14", "Tier der Woche: Bruno · Tel. 0731", "a｜b 3｜c",
    "Ein Gebrauchtwagen im Angebot · Bekijk alle",
)


@pytest.fixture(scope="module")
def bodies(corpus_dir: Path) -> list[str]:
    out = []
    for n, t in enumerate(scale_data.truths(corpus_dir)):
        body = t["body"]
        out.append(body)
        for wrong in ("cp1252", "latin-1", "cp1251"):
            try:
                out.append(body.encode("utf-8").decode(wrong))
            except UnicodeDecodeError:
                continue
        shape = _SHAPES[n % len(_SHAPES)]
        parts = body.split("\n")
        out.append("\n".join(f"{shape}\n{line}" if i % 3 == 0 else line for i, line in enumerate(parts)))
        out.append("\n".join(f"{line[:60]} {shape}" for line in parts))
    return out


def _widget_lines_before(body_lines: list[str]) -> list[str]:
    """:func:`harness.checks.widget.widget_lines` before session 22 (every gate tried on every line)."""
    w = widget
    n = len(body_lines)
    if n < w._MIN_LINES:
        return []
    found = []
    segmented = {
        line
        for line in body_lines
        if w._SEGMENT_SIGN.search(line) and (w.segmented_row(line) or w.dotted_box(line))
    }
    own_format = len(segmented) >= w._OWN_FORMAT
    for i, line in enumerate(body_lines):
        if (w._row_shaped(line) and w._ANY_DIGIT.search(line)) and (
            w.data_row(line) or w.share_row(line) or w.number_series(line)
        ):
            found.append(line)
            continue
        if not own_format and line in segmented:
            found.append(line)
            continue
        if len(line) <= w._SIZED_CHARS and line.rstrip()[-1:] in ")]" and w._SIZED.search(line):
            found.append(line)
            continue
        if len(line) > w._CLOCKED_CHARS:
            continue
        edge = i < w._EDGE_LINES or i >= n - w._EDGE_LINES
        if len(line) > w._MAX_CHARS or len(line.split()) > w._MAX_WORDS:
            hit = w.clocked(line, middle=not edge)
            hit = hit and (edge or w._alone(line, body_lines[i - 1], body_lines[i + 1]))
        elif edge:
            hit = w.widget_shape(line)
        else:
            hit = w.widget_shape(line, middle=True) and w._alone(line, body_lines[i - 1], body_lines[i + 1])
        if hit:
            found.append(line)
    return found


def test_widget_lines_same_with_the_digit_gate(bodies: list[str]) -> None:
    hits = 0
    for body in bodies:
        for body_lines in (text.lines(body), body.split("\n\n")):  # stripped, and as a test passes them
            fast = widget.widget_lines(body_lines)
            assert fast == _widget_lines_before(body_lines), body[:120]
            hits += len(fast)
    assert hits > 300


def test_every_widget_shape_holds_a_digit() -> None:
    """The gate's premise, on each shape alone and amid prose."""
    prose = "This is an ordinary sentence of an article, long enough to be read as prose by the check."
    for shape in _SHAPES:
        body_lines = [prose, shape, prose]
        assert widget.widget_lines(body_lines) == _widget_lines_before(body_lines)
    assert any(widget.widget_lines([prose, s, prose]) for s in _SHAPES)
    assert all(widget._ANY_DIGIT.search(s) for s in _SHAPES if widget.widget_shape(s))
