"""Session 30's speed-ups change no finding: each fast path gives the same output as the computation it
replaces, kept here as written before, on the corpus's bodies and titles, their garbled copies, generated
and distinct records, bodies drawn from unrelated lines (the same line at an edge and amid the body),
hostile texts (words cut by line breaks, mixed scripts, every block of code points) and texts made to hold
each sign of markup. The remembered line readings are compared twice over the same bodies: read fresh,
then answered from memory."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest

from bench import scale_data
from harness.checks import board, editorial, rows, text, widget
from harness.checks.text import lines, paragraphs
from tests.scale.test_fast_session26 import _bodies
from tests.scale.test_fast_session27 import _hostile
from tests.scale.test_fast_session29 import _shuffled


def _moved(rng: random.Random, pool: list[str], n: int) -> list[str]:
    """Bodies in which the same short lines (widgets' stamps, notes, rows, counts) stand first, last and
    amid prose, so that a line's reading remembered at one place is asked again at another."""
    short = [
        "Updated 12:45",
        "10:05 Uhr: Die Sitzung beginnt",
        "8h47 - ABB voit ses commandes fléchir",
        "Photo 3 of 12",
        "3 / 12",
        "Anzeige",
        "17 comments",
        "Home | News | Sport",
        "Home › Politik › Inland",
        "Disclosure: The author owns shares in 3 of these companies.",
        "Editor's note: This article was updated on 4 May 2024.",
        "This live blog is now closed 2024",
        "Continued from Page B1",
        "CDU/CSU 30,1 % · SPD 16,4 % · Grüne 12 %",
        "3 - 12 - 19 - 27 - 38 - 45",
        "Parkhaus am Bahnhof: 596 frei, Parkplatz Messe 382 frei, Zentrum 12 frei",
        "IMG_2041.jpg (480 KB)",
        "Bild [1200 x 800]",
        "Listen 4:32",
        "1 Std. 20 Min.",
        "Best heated clothes airer overall, 9/10",
        "Deutsch · English · Français",
    ]
    out = []
    for _ in range(n):
        body = [rng.choice(pool) for _ in range(rng.randrange(3, 16))]
        for _ in range(rng.randrange(1, 5)):
            body.insert(rng.choice([0, len(body), rng.randrange(len(body) + 1)]), rng.choice(short))
        out.append("\n".join(body))
    return out


@pytest.fixture(scope="module")
def bodies(corpus_dir: Path, texts: list[str]) -> list[str]:
    rng = random.Random(30)
    words = [w for t in texts[:2000] for w in t.split()][:3000] or ["word"]
    pool = [t for t in texts if 20 <= len(t) <= 400] or ["A line of 12 words."]
    made = [*_hostile(rng, words), *_shuffled(rng, pool, 800), *_moved(rng, pool, 1500)]
    made += [scale_data.record(corpus_dir, i)["body"] for i in range(0, 600, 3)]
    return [*_bodies(corpus_dir, texts), *made]


# ----------------------------------------------------------------------------- lines and paragraphs

_PARA = re.compile(r"\n[ \t\r\f\v]*\n")


def test_lines_and_paragraphs_as_before(bodies: list[str]) -> None:
    extra = ["", " ", "\n\n", " a \r\n\r\n b \u2028 c\u0085d \x1c e\x0b", "\u3000x\u3000\n\n\u00a0"]
    for body in [*bodies, *extra]:
        assert lines(body) == [s for ln in body.splitlines() if (s := ln.strip())], body[:200]
        assert paragraphs(body) == [s for p in _PARA.split(body) if (s := p.strip())], body[:200]


# ----------------------------------------------------------------------------- markup

_NAMED = text._NAMED


def _markup_before(txt: str) -> list[str]:
    """``markup`` as written before: every alternative's held strings looked for in each text."""
    found: list[tuple[int, str]] = []
    if "<" in txt:
        found += [(m.start(), m.group(0)) for m in text._TAG.finditer(txt)]
    code = tuple(i for i, (_, held) in enumerate(text._CODE_PARTS) if all(s in txt for s in held))
    if code:
        found += [(m.start(), m.group(0)) for m in text._code_scan(code).finditer(txt)]
    if any(needle in txt for needle in text._LEFTOVER_NEEDLES):
        found += [(m.start(), m.group(0)) for m in text._LEFTOVERS.finditer(txt)]
    for m in text._ENTITY.finditer(txt) if "&" in txt else ():
        name = m.group(0)[1:-1]
        if name.startswith("#") or name in _NAMED:
            found.append((m.start(), m.group(0)))
    stripped = txt.strip()
    if "\n" not in stripped and stripped in text.EMPTY_VALUES:
        found.append((0, stripped))
    else:
        if txt.startswith(text._EMPTY_VALUES_START):
            first = txt.split("\n", 1)[0].strip()
            if first in text.EMPTY_VALUES:
                found.append((0, first))
        found += [(m.start(1), m.group(1)) for m in text._EMPTY_LINE.finditer(txt)]
    # session 33's empty value opening a list item, read over the text with a line break put in front
    found += [(m.start(1) - 1, m.group(1)) for m in text._EMPTY_ITEM.finditer("\n" + txt)]
    return [snippet for _, snippet in sorted(found)]


def test_every_markup_match_holds_a_sign() -> None:
    """The gate's signs: one of each code alternative's held strings, every leftover's needle, a tag's and
    a character reference's first character."""
    signs = set(text._CODE_SIGNS)
    assert {"<", "&"} <= signs
    assert set(text._LEFTOVER_NEEDLES) <= signs
    for part, held in text._CODE_PARTS:
        assert signs & set(held), part


def _markup_texts(rng: random.Random) -> list[str]:
    pieces = [
        "<p>",
        "</div >",
        "<br/>",
        "<!-- x -->",
        "-->",
        "<![CDATA[",
        "document.write(",
        "window.foo =",
        "function (a) {",
        "var x = [",
        "googletag.cmd",
        "{ color: red; }",
        "{{ title }}",
        "{% block %}",
        "${name}",
        '{"a":',
        '"@context":',
        "[object Object]",
        "Lorem ipsum dolor",
        "lorem ipsum dolor",
        "&nbsp;",
        "&#8217;",
        "&#x2019;",
        "&amp",
        "&bogus;",
        "undefined",
        "null",
        "NaN",
        "None",
        "nil",
        "#N/A",
        "=",
        ">",
        "{",
        "(",
        "[",
        "a < b",
    ]
    out = []
    for _ in range(3000):
        k = rng.randrange(0, 4)
        parts = [rng.choice(pieces) for _ in range(k)] + ["Ein Satz über 12 Dinge.", "日本語のテキスト"]
        rng.shuffle(parts)
        out.append(rng.choice([" ", "\n", "\n\n", ""]).join(parts))
    return out


def test_markup_as_before(bodies: list[str], corpus_dir: Path, texts: list[str]) -> None:
    rng = random.Random(3030)
    titles = [t["title"] for t in scale_data.truths(corpus_dir) if isinstance(t.get("title"), str)]
    titles += [scale_data.record(corpus_dir, i, distinct=True)["title"] for i in range(0, 300, 3)]
    found = 0
    for txt in [*bodies, *titles, *texts[::3], *_markup_texts(rng), "", " ", "\n", "null", " None \n"]:
        new = list(text.markup(txt))
        assert new == _markup_before(txt), txt[:200]
        found += bool(new)
    assert found > 1000


# ----------------------------------------------------------------------------- lines read from memory


def _widget_lines_before(body_lines: list[str]) -> list[str]:
    """``widget_lines`` as written before session 30: each short line with a digit tried fresh."""
    n = len(body_lines)
    if n < widget._MIN_LINES:
        return []
    found = []
    segmented = {
        line
        for line in body_lines
        if ("·" in line or "|" in line or "•" in line or "｜" in line or "\u3000" in line)
        and (widget.segmented_row(line) or widget.dotted_box(line))
    }
    own_format = len(segmented) >= widget._OWN_FORMAT
    feed: bool | None = None
    shaped: list[int] = []
    boards = set(_board_lines_before(body_lines))
    for i, line in enumerate(body_lines):
        if (not own_format and line in segmented) or line in boards:
            found.append(line)
            continue
        if len(line) > widget._DIGIT_SHAPES_CHARS or not text.has_digit(line):
            continue
        if widget._row_shaped(line) and (
            widget.data_row(line) or widget.share_row(line) or widget.number_series(line)
        ):
            found.append(line)
            continue
        if len(line) <= widget._SIZED_CHARS and line.rstrip()[-1:] in ")]" and widget._SIZED.search(line):
            found.append(line)
            continue
        if len(line) > widget._CLOCKED_CHARS:
            continue
        edge = i < widget._EDGE_LINES or i >= n - widget._EDGE_LINES
        if widget._entry_head(line):
            if feed is None:
                feed = widget.live_feed(body_lines)
            if feed:
                continue
        if len(line) > widget._MAX_CHARS or len(line.split()) > widget._MAX_WORDS:
            hit = widget.clocked(line, middle=not edge)
            hit = hit and (edge or widget._alone(line, body_lines[i - 1], body_lines[i + 1]))
        elif edge:
            hit = widget.widget_shape(line)
        else:
            hit = widget.widget_shape(line, middle=True) and widget._alone(
                line, body_lines[i - 1], body_lines[i + 1]
            )
        if hit:
            found.append(line)
            shaped.append(i)
    headings = widget._own_headings(body_lines, shaped)
    return [line for line in found if line not in headings] if headings else found


def _board_lines_before(body_lines: list[str]) -> list[str]:
    found = [
        line
        for line in body_lines
        if len(line) <= board._MAX_CHARS
        and (":" in line or "–" in line or "—" in line or ">>" in line or "：" in line)
        and text.has_digit(line)
        and board.labelled_board(line)
    ]
    return [] if len(found) >= board._OWN_FORMAT else found


def _editorial_lines_before(body_lines: list[str]) -> list[tuple[str, str]]:
    n = len(body_lines)
    if n < editorial._MIN_LINES:
        return []
    out: list[tuple[str, str]] = []
    last = n - editorial._EDGE
    for i, line in enumerate(body_lines):
        edge = i < editorial._EDGE or i >= last
        if not edge and line.find(":", 0, editorial._HEAD) < 0 and line.find("：", 0, editorial._HEAD) < 0:
            continue
        why = editorial._note(line, edge)
        if why is not None:
            out.append((line, why))
    return out


def _link_rows_before(body_lines: list[str]) -> list[str]:
    found = [(line, sep) for line in body_lines if (sep := rows.row_separator(line)) is not None]
    per: dict[str, int] = {}
    for _, sep in found:
        per[sep] = per.get(sep, 0) + 1
    return [line for line, sep in found if per[sep] < rows._OWN_LIST]


_READERS: list[tuple[str, Any, Any]] = [
    ("widget", widget.widget_lines, _widget_lines_before),
    ("board", board.board_lines, _board_lines_before),
    ("editorial", editorial.editorial_lines, _editorial_lines_before),
    ("link rows", rows.link_rows, _link_rows_before),
]


@pytest.mark.parametrize(("name", "new", "before"), _READERS, ids=[name for name, _, _ in _READERS])
def test_lines_read_from_memory_as_before(name: str, new: Any, before: Any, bodies: list[str]) -> None:
    """Each reader gives what it gave reading every line fresh, on bodies whose lines come back at other
    places (an edge, amid prose), read twice: the second time from memory."""
    found = 0
    for _ in range(2):
        for body in bodies:
            body_lines = lines(body)
            got = new(body_lines)
            assert got == before(body_lines), (name, body[:300])
            found += bool(got)
    assert found > 100, name


def test_widget_shape_reads_a_line_as_before(bodies: list[str]) -> None:
    """``widget._shape`` of each short line with a digit, at an edge and amid a body, against the tests it
    stands for."""
    asked = 0
    for body in bodies[::2]:
        for line in lines(body):
            if len(line) > widget._DIGIT_SHAPES_CHARS or not text.has_digit(line):
                continue
            for edge in (True, False):
                row = widget._row_shaped(line) and (
                    widget.data_row(line) or widget.share_row(line) or widget.number_series(line)
                )
                sized = len(line) <= widget._SIZED_CHARS and line.rstrip()[-1:] in ")]"
                if row or (sized and widget._SIZED.search(line)):
                    assert widget._shape(line, edge) == widget._ROW_OR_SIZE
                    continue
                if len(line) > widget._CLOCKED_CHARS:
                    assert widget._shape(line, edge) == 0
                    continue
                if len(line) > widget._MAX_CHARS or len(line.split()) > widget._MAX_WORDS:
                    shaped = widget.clocked(line, middle=not edge)
                else:
                    shaped = widget.widget_shape(line) if edge else widget.widget_shape(line, middle=True)
                want = (widget._CLOCK_FIRST if widget._entry_head(line) else 0) | (
                    widget._SHAPED if shaped else 0
                )
                assert widget._shape(line, edge) == want, line
                asked += 1
    assert asked > 1000


# ----------------------------------------------------------------------------- off-topic: lines from memory


def test_off_topic_lines_read_from_memory_as_before(
    bodies: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The labelled and boxed tests, remembered per line, give the rule's lines as read fresh, on each body
    with and without a title, twice over (the second time from memory)."""
    from harness.checks import offtopic
    from harness.checks.text import joined

    def run() -> list[list[str]]:
        return [
            offtopic.off_topic_lines(lines(body), title, joined(body))
            for body in bodies
            for title in ("A title about 12 things", None)
        ]

    new = run() + run()
    monkeypatch.setattr(offtopic, "_labelled_short", offtopic.labelled)
    monkeypatch.setattr(offtopic, "_boxed_short", offtopic._boxed)
    before = run()
    assert new == before + before
    assert sum(bool(found) for found in before) > 300


# ----------------------------------------------------------------------------- edges, scripts, social lines


def _foreign_lines_before(body_lines: list[str], txt: str | None = None) -> list[str]:
    """``foreign_lines`` as written before session 30: each short line's letters counted on every body."""
    from collections import Counter

    from harness.checks import foreign as f

    if len(body_lines) < 2:
        return []
    found = []
    whole: Counter[str] | None = None
    txt = "\n".join(body_lines) if txt is None else txt
    latin_rich = f._latin_rich(txt)
    if latin_rich and txt.isascii():
        return []
    for line in body_lines:
        if (latin_rich and line.isascii()) or not f._candidate(line):
            continue
        counts = f.letter_scripts(line)
        script = f._dominant(counts)
        if script is None or (script == f._LATIN and latin_rich):
            continue
        whole = whole if whole is not None else f.letter_scripts(txt)
        rest = whole - counts
        rest_letters = sum(rest.values())
        if rest_letters >= f._MIN_BODY_LETTERS and rest[script] <= f._BODY_SHARE * rest_letters:
            found.append(line)
    return found


def _scripts(rng: random.Random, pool: list[str], n: int) -> list[str]:
    """Bodies of one script with a short line of another (and the same line amid its own script)."""
    others = [
        "Подписывайтесь на нас",
        "Folgen Sie uns auf Facebook",
        "フォローしてください",
        "تابعونا على تويتر",
    ]
    out = []
    for _ in range(n):
        body = [rng.choice(pool) for _ in range(rng.randrange(2, 12))]
        body.insert(rng.randrange(len(body) + 1), rng.choice(others))
        out.append("\n".join(body))
    return out


def test_foreign_lines_as_before(bodies: list[str], texts: list[str]) -> None:
    from harness.checks import foreign
    from harness.checks.text import joined

    rng = random.Random(3031)
    pool = [t for t in texts if 20 <= len(t) <= 300] or ["Строка текста на русском языке."]
    found = 0
    for _ in range(2):
        for body in [*bodies, *_scripts(rng, pool, 1000)]:
            new = foreign.foreign_lines(lines(body), joined(body))
            assert new == _foreign_lines_before(lines(body), joined(body)), body[:300]
            found += bool(new)
    assert found > 100


def _emitted(check: Any, bodies: list[str]) -> list[list[tuple[str, str, str | None]]]:
    from harness.checks.emit import Emitter
    from harness.checks.settings import CheckSettings

    scope = CheckSettings().for_site("example.com")
    out = []
    for body in bodies:
        emit = Emitter("page", scope, 1000)
        check(emit, body)
        out.append([(f.check, f.message, f.excerpt) for f in emit.done()])
    return out


def test_edges_and_social_lines_from_memory_as_before(
    bodies: list[str], texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``boilerplate.edge`` and ``boilerplate.social`` read each line from memory as fresh: the findings of
    each body, twice over, against those with the line readings asked every time."""
    from harness.checks import edges, teaser

    rng = random.Random(3032)
    pool = [t for t in texts if 20 <= len(t) <= 300] or ["A line of prose."]
    social = [
        "Follow us on Twitter",
        "Share on WhatsApp »",
        "Фейсбук ответил:",
        "Folgen Sie uns auf Instagram",
    ]
    stamps = [
        "By Nora Lindqvist",
        "Updated 4 March 2025, 10:15",
        "Printed in the 12 May 2024 edition, page 3",
    ]
    made = [
        "\n".join(
            [rng.choice(social + stamps), *(rng.choice(pool) for _ in range(4)), rng.choice(social + stamps)]
        )
        for _ in range(1500)
    ]
    checks = [edges.check_edges, teaser.check_social]
    new = [_emitted(check, [*bodies, *made]) for check in checks for _ in range(2)]
    monkeypatch.setattr(edges, "_edge_kind_short", edges._edge_kind)
    monkeypatch.setattr(teaser, "_social_prompt", teaser._social_prompt.__wrapped__)
    before = [_emitted(check, [*bodies, *made]) for check in checks for _ in range(2)]
    assert new == before
    assert all(sum(bool(found) for found in runs) > 100 for runs in before)
