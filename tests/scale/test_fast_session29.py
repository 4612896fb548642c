"""Session 29's speed-ups change no finding: each fast path gives the same output as the computation it
replaces, kept here as written before, on the corpus's bodies, their garbled copies, generated and distinct
records, bodies made of unrelated lines (the off-topic check's lone lines) and hostile texts (words shared
across a line break, mixed scripts, digits of every script, very long lines)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

import pytest

from bench import scale_data
from harness.checks import accents, board, edges, offtopic, widget
from harness.checks.text import has_digit, joined, lines
from tests.scale.test_fast_session26 import _bodies
from tests.scale.test_fast_session27 import _hostile

_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(?<![\d-])\d+(?:[.,:/]\d+)*(?!\d|-\d)")


def _shuffled(rng: random.Random, pool: list[str], n: int) -> list[str]:
    """Bodies of 8 to 30 lines drawn from unrelated bodies, with digits and with a word repeated across
    the line breaks ("... report 12 May" over "report of ..."), so lone lines and their probes' edges
    occur."""
    out = []
    for _ in range(n):
        picked = [rng.choice(pool) for _ in range(rng.randrange(8, 31))]
        for k in range(1, len(picked)):
            roll = rng.random()
            word = rng.choice(["word", "Spiel", "amid", "report", "Straße", "abcde", "tag"])
            if roll < 0.2:  # the word ends one line and opens the next
                picked[k - 1] = f"{picked[k - 1]} {word}"
                picked[k] = f"{word} {picked[k]} {rng.randrange(100)}"
            elif roll < 0.3:  # and the line is that word and a number
                picked[k] = f"{word} {rng.randrange(10, 99)}"
            elif roll < 0.45:
                picked[k] = f"{picked[k][:120]} {rng.randrange(1900, 2030)}"
        out.append("\n".join(picked))
    return out


@pytest.fixture(scope="module")
def bodies(corpus_dir: Path, texts: list[str]) -> list[str]:
    rng = random.Random(29)
    words = [w for t in texts[:2000] for w in t.split()][:3000] or ["word"]
    pool = [t for t in texts if 20 <= len(t) <= 400] or ["A line of 12 words."]
    made = [*_hostile(rng, words), *_shuffled(rng, pool, 1500)]
    made += [scale_data.record(corpus_dir, i)["body"] for i in range(0, 600, 3)]
    return [*_bodies(corpus_dir, texts), *made]


# ----------------------------------------------------------------------------- has_digit


def test_has_digit_is_the_digit_regex_on_every_code_point() -> None:
    for c in range(0x110000):
        ch = chr(c)
        text = f"ab{ch}cd"
        assert has_digit(text) == (_DIGIT.search(text) is not None), hex(c)
        # and lowering never makes or unmakes a digit (the lone rule reads the lowered lines)
        assert has_digit(ch.lower()) == has_digit(ch), hex(c)


def test_has_digit_as_the_regex_on_lines(bodies: list[str], texts: list[str]) -> None:
    seen = 0
    for text in [*texts, *(ln for b in bodies[::2] for ln in lines(b)), "", "\ud800", "x\udfff1"]:
        assert has_digit(text) == (_DIGIT.search(text) is not None), text[:200]
        seen += has_digit(text)
    assert seen > 1000


# ----------------------------------------------------------------------------- off-topic: lone lines


def _lone_before(body_lines: list[str], text: str, words: offtopic._Words, found: set[int]) -> list[int]:
    # the rules as session 33 wrote them (short bodies, lines of numbers, bare hosts), read the slow way
    lone: list[int] = []
    short = len(body_lines) < offtopic._LONE_MIN_LINES
    low = text.lower().split("\n")
    lowered = f" {' '.join(low)} "
    scans = 0
    for i, own in enumerate(low):
        if len(own) > offtopic._MAX_CHARS or own.count(" ") >= offtopic._MAX_WORDS:
            continue
        if _DIGIT.search(own) is None or i in found:
            continue
        candidate = offtopic._lone_candidate(low, i)
        numbers = len(_NUMBER.findall(body_lines[i]))
        dense = (
            numbers >= offtopic._DENSE_NUMBERS
            and numbers >= offtopic._DENSE_SHARE * len(body_lines[i].split())
            and _boxed_before(body_lines[i], hosts=True)
        )
        if not candidate and not dense:
            continue
        scans += 1
        if scans > offtopic._SCANS:
            return []
        toks = words.of(i)
        if not candidate or _stem_elsewhere_before(own, lowered):
            if not dense or len(toks) < offtopic._DENSE_TOKENS or words.shared(i, 1 / len(toks)):
                continue
        else:
            if not _boxed_before(body_lines[i], hosts=True):
                continue
            if short and (len(toks) < offtopic._SHORT_TOKENS or numbers < offtopic._SHORT_NUMBERS):
                continue
            if len(toks) < offtopic._LONE_TOKENS or words.shared(i, 0.0, near=0):
                continue
        lone.append(i)
        if len(lone) > offtopic._LONE_AT_MOST:
            return []
    return lone


def _stem_elsewhere_before(own: str, lowered: str) -> bool:
    spaced = f" {own} "
    for stem in {w[:6] for w in offtopic._LONG_WORD.findall(own)}:
        if lowered.count(" " + stem) > spaced.count(" " + stem):
            return True
    for word in {w for w in own.split() if 4 <= len(w) < 6 and w.isalpha()}:
        if lowered.count(f" {word} ") > spaced.count(f" {word} "):
            return True
    return False


def _boxed_before(line: str, hosts: bool = False) -> bool:
    if len(line) > offtopic._MAX_CHARS or _DIGIT.search(line) is None:
        return False
    if len(line.split()) > offtopic._MAX_WORDS:
        return False
    if offtopic._QUOTED.match(line):  # session 34: a quotation is no box
        return False
    return not offtopic.LINK_OR_HANDLE.search(line) and (hosts or not offtopic.BARE_HOST.search(line))


def _shared_before(self: offtopic._Words, at: int, share: float, near: int = offtopic._NEAR) -> bool:
    own = self.of(at)
    limit = share * len(own)
    seen = own & self.title
    rest = offtopic._outward(at, len(self.lines))
    for j in islice(rest, near):
        if len(seen) > limit:
            return True
        seen |= own & self.of(j)
    if len(seen) > limit or near >= len(self.lines) - 1:
        return len(seen) > limit
    folded = self.folded()
    mine = folded[at]
    left = set()
    for tok in own - seen:
        if self._text.count(tok) > mine.count(tok):
            left.add(tok)
            if not limit and self._in_another(tok, at):
                return True
    if len(seen) + len(left) <= limit:
        return False
    for j in rest:
        if len(seen) > limit:
            return True
        if any(tok in folded[j] for tok in left - seen):
            seen |= own & self.of(j)
    return len(seen) > limit


@contextmanager
def _as_before() -> Iterator[None]:
    saved = offtopic._lone, offtopic._boxed, offtopic._Words.shared, offtopic._has_box
    offtopic._lone, offtopic._boxed = _lone_before, _boxed_before
    offtopic._Words.shared = _shared_before  # type: ignore[method-assign]
    offtopic._has_box = lambda body_lines: True  # every short body read whole: the gate changes nothing
    try:
        yield
    finally:
        offtopic._lone, offtopic._boxed, offtopic._Words.shared, offtopic._has_box = saved  # type: ignore[method-assign]


def test_off_topic_lines_as_before(bodies: list[str]) -> None:
    flagged = 0
    for body in bodies:
        body_lines = lines(body)
        for title in ("A title about 12 things", None):
            new = offtopic.off_topic_lines(body_lines, title, joined(body))
            with _as_before():
                before = offtopic.off_topic_lines(body_lines, title, joined(body))
            assert new == before, body[:300]
            flagged += bool(new)
    assert flagged > 300  # the lone rule's lines are among them


def test_stem_elsewhere_as_before_after_the_nearby_probe(bodies: list[str]) -> None:
    """The window searches answer as the counts did for every line the nearby probe lets through (the
    only lines it is asked about), at any place in the body."""
    asked = 0
    for body in bodies:
        low = joined(body).lower().split("\n")
        lowered = f" {' '.join(low)} "
        at = 0
        for i, own in enumerate(low):
            start, at = at, at + len(own) + 1
            assert lowered[start : start + len(own) + 2] == f" {own} "
            if offtopic._lone_candidate(low, i):
                asked += 1
                assert offtopic._stem_elsewhere(own, lowered, start) == _stem_elsewhere_before(own, lowered)
    assert asked > 5000


# ----------------------------------------------------------------------------- widgets and boards


def _widget_lines_before(body_lines: list[str]) -> list[str]:
    """``widget_lines`` as written before: the live feed counted first, the digit told by the regex."""
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
    feed = widget.live_feed(body_lines)
    shaped: list[int] = []
    boards = set(board.board_lines(body_lines))
    for i, line in enumerate(body_lines):
        if (not own_format and line in segmented) or line in boards:
            found.append(line)
            continue
        if len(line) > widget._DIGIT_SHAPES_CHARS or _DIGIT.search(line) is None:
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
        if feed and widget._entry_head(line):
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


def _feeds(rng: random.Random, pool: list[str], n: int) -> list[str]:
    """Bodies with lines opening on a clock time: live blogs' entries amid prose, and one or two alone."""
    out = []
    for _ in range(n):
        picked = [rng.choice(pool) for _ in range(rng.randrange(5, 20))]
        for _ in range(rng.randrange(0, 6)):
            k = rng.randrange(len(picked))
            picked[k] = (
                f"{rng.randrange(24)}:{rng.randrange(60):02d} {rng.choice(['Uhr: ', '- ', ''])}{picked[k]}"
            )
        for _ in range(rng.randrange(0, 3)):
            picked.insert(rng.randrange(len(picked)), f"{rng.randrange(24)}h{rng.randrange(60):02d}")
        out.append("\n".join(picked))
    return out


def test_widget_lines_as_before(bodies: list[str], texts: list[str]) -> None:
    """The live feed is counted only when a line that gets that far opens on a clock time."""
    rng = random.Random(2930)
    pool = [t for t in texts if 20 <= len(t) <= 300] or ["A line of prose."]
    found = 0
    for body in [*bodies, *_feeds(rng, pool, 1500)]:
        new = widget.widget_lines(lines(body))
        assert new == _widget_lines_before(lines(body)), body[:300]
        found += bool(new)
    assert found > 300


def test_widget_and_board_lines_as_before(bodies: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``widget_lines`` and ``board_lines`` read a line further only when it holds a digit, told by
    :func:`has_digit` instead of the regex (remembered: :func:`line_has_digit`, since session 32)."""
    found = [(widget.widget_lines(lines(b)), board.board_lines(lines(b))) for b in bodies]
    monkeypatch.setattr(widget, "line_has_digit", lambda text: _DIGIT.search(text) is not None)
    monkeypatch.setattr(board, "line_has_digit", lambda text: _DIGIT.search(text) is not None)
    assert found == [(widget.widget_lines(lines(b)), board.board_lines(lines(b))) for b in bodies]
    assert sum(bool(w) for w, _ in found) > 100


# ----------------------------------------------------------------------------- edges


def _name_role_before(line: str) -> bool:
    name, sep, role = line.strip().partition(", ")
    parts = name.split()
    return (
        bool(sep)
        and 2 <= len(parts) <= 4
        and edges._names(name)
        and edges._names(role)
        and len(role.split()) <= 3
        and not any(c in line for c in ".!?:;")
        and len(line) <= 60
    )


def _date_stamp_before(line: str) -> bool:
    flat = line.strip().lower()
    if len(line) <= edges._JUST_NOW_CHARS and edges._JUST_NOW.fullmatch(flat):  # session 34: "just now"
        return True
    return bool(edges._DATE.fullmatch(flat) or edges._AGO.match(flat))


def _dated_line_before(line: str) -> bool:
    s = line.strip()
    if len(s) > edges._DATED_CHARS or edges.words(s) > edges._DATED_WORDS:
        return False
    if edges._SENTENCE.search(s) or edges.LINK_OR_HANDLE.search(s):
        return False
    if edges._ATTRIBUTION.match(s):  # session 34: a quotation's source
        return False
    return edges._DAY_IN_LINE.search(s) is not None


def _printed_at_before(line: str) -> bool:
    for m in re.finditer(r"\d+", line):
        start, end = m.span()
        before = max(0, start - edges._BEFORE_CHARS)
        if end - start <= 3 and edges._PAGE_BEFORE.search(line, before, start):
            return True
        if edges._ISSUE_BEFORE.search(line, before, start) or edges._PAGE_AFTER.match(line, end):
            return True
    return False


def _print_credit_before(line: str) -> bool:
    if edges.words(line) > edges._CREDIT_WORDS or not _printed_at_before(line):
        return False
    return edges._DAY_IN_LINE.search(line) is not None or edges._ISSUE_OF_YEAR.search(line) is not None


def _edge_lines(bodies: list[str]) -> Iterator[str]:
    rng = random.Random(2929)
    digits = "0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७８９𝟎𝟗"
    made = [
        "Jane Miller, Staff Writer",
        "Updated: 3 March 2024 10:15",
        "5 hours ago",
        "Posted on April 22, 2022",
        "2024年3月4日 配信",
        "A version of this article appears in print on Oct. 19, 2019, Section D, Page 7",
        "Erschienen in: Die Zeit Nr. 26/2023, S. 15",
        "この記事は2023年5月4日付朝刊3面に掲載されています。",
        "Published ١٢ March ٢٠٢٤",
    ]
    for line in made:
        yield line
        for _ in range(20):  # each digit swapped for another script's, and glued or spaced
            yield "".join(rng.choice(digits) if ch.isdigit() else ch for ch in line)
            yield line.replace(" ", rng.choice(["", "  ", "\u00a0", " \t"]))
    for body in bodies:
        yield from lines(body)


def test_edge_predicates_as_before(bodies: list[str]) -> None:
    hits = [0, 0, 0, 0]
    for line in _edge_lines(bodies):
        for k, (new, before) in enumerate(
            (
                (edges.is_name_role, _name_role_before),
                (edges.is_date_stamp, _date_stamp_before),
                (edges.is_dated_line, _dated_line_before),
                (edges.print_credit, _print_credit_before),
            )
        ):
            got = new(line)
            assert got == before(line), (new.__name__, line[:200])
            hits[k] += got
        runs = [m.span() for m in edges._NUMBER_RUN.finditer(line)]
        assert runs == [m.span() for m in re.finditer(r"\d+", line)], line[:200]
    assert all(h > 5 for h in hits), hits


# ----------------------------------------------------------------------------- off-topic: labelled lines


def _line_numbers_before(joined_lines: str) -> list[int]:
    # a clock's colon ("10:30") stands in a label since session 30, as in ``_COLON_NEAR_START``
    after_break = re.compile(rf"\n(?:[^\n:：]|(?<=\d):(?=\d)){{2,{offtopic._LABEL_CHARS}}}(?::[ \t]|：)")
    numbers, line, at = [], 0, 0
    if offtopic._COLON_NEAR_START.match(joined_lines):
        numbers.append(0)
    for m in after_break.finditer(joined_lines):
        line += joined_lines.count("\n", at, m.start() + 1)
        at = m.start() + 1
        numbers.append(line)
    return numbers


def _colons(rng: random.Random, pool: list[str], n: int) -> Iterator[str]:
    """Lines with colon signs at every distance from their start, doubled, at the end, before a tab, a
    space, a line break or a letter; full-width ones; clock times; empty lines and lone line breaks."""
    signs = [": ", ":\t", ":", "：", "：x", "::", ": ：", "10:30", "\n", "\n\n"]
    for _ in range(n):
        parts = []
        for _ in range(rng.randrange(1, 30)):
            line = rng.choice(pool)[: rng.randrange(0, 90)]
            for _ in range(rng.randrange(0, 3)):
                k = rng.randrange(len(line) + 1)
                line = line[:k] + rng.choice(signs) + line[k:]
            parts.append(line)
        yield "\n".join(parts)


def test_colon_lines_found_from_the_colons_as_before(bodies: list[str], texts: list[str]) -> None:
    rng = random.Random(2931)
    pool = [t for t in texts if t] or ["A line"]
    found = 0
    for body in [*bodies, *_colons(rng, pool, 3000)]:
        for text in (body, joined(body), "\n" + body, body + "\n\n", body.replace("\n", ":\n")):
            new = offtopic._line_numbers(text)
            assert new == _line_numbers_before(text), text[:300]
            found += len(new)
    assert found > 3000


# ----------------------------------------------------------------------------- title accents


def _stripped_title_words_before(title: str, body: str) -> list[str]:
    if not title.isascii() or len(accents._LATIN_ACCENTED.findall(body)) < max(
        accents._MIN_ACCENTS, accents._ACCENT_SHARE * len(body)
    ):
        return []
    lowered = body.lower()
    stripped = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    words = [
        w
        for w in dict.fromkeys(accents._TITLE_WORD.findall(title))
        if stripped.count(w.lower()) > lowered.count(w.lower())
    ]
    if not words:
        return []
    folded = lowered.translate(accents._TO_BASE_LOWER)
    return [word for word in words if accents._only_accented(word.lower(), lowered, folded)]


def test_latin_leads_bound_the_accented_letters() -> None:
    for c in range(0x110000):
        ch = chr(c)
        assert accents._latin_leads(ch) >= len(accents._LATIN_ACCENTED.findall(ch)), hex(c)


def test_stripped_title_words_as_before(bodies: list[str]) -> None:
    rng = random.Random(2933)
    accented = "éèàçüöäßñøåÉÜÖÄłśżźćńąęőűčřšžİı"
    made = []
    for body in bodies[::3]:
        made.append(body)
        made.append(
            "".join(rng.choice(accented) if ch in "aeiou" and rng.random() < 0.05 else ch for ch in body)
        )
    found = 0
    for body in made:
        plain = unicodedata.normalize("NFKD", body).encode("ascii", "ignore").decode()
        words = [w for w in plain.split() if w.isalpha()][:40]
        for title in (" ".join(rng.sample(words, min(6, len(words)))), "Plain Title", "Ünïcode title"):
            new = accents.stripped_title_words(title, body)
            assert new == _stripped_title_words_before(title, body), (title, body[:200])
            found += bool(new)
    assert found > 50


def test_words_shared_as_before(bodies: list[str]) -> None:
    """A line's tokens looked for outside its stretch of the folded body (``str.find``, stopping at the
    first) answer as the counts of the whole body against the line's did, for every line, share and
    number of near lines the rules ask with, on fresh and on used token tables."""
    told = 0
    for body in bodies[::7]:
        body_lines = lines(body)
        if not 2 <= len(body_lines) <= 60:
            continue
        used = offtopic._Words(body_lines, "A title about 12 things", joined(body))
        for at in range(len(body_lines)):
            for share, near in ((0.0, 0), (0.0, offtopic._NEAR), (offtopic._SHARED, offtopic._NEAR)):
                fresh = offtopic._Words(body_lines, "A title about 12 things", joined(body))
                before = _shared_before(fresh, at, share, near)
                assert used.shared(at, share, near) == before, (at, share, near, body[:200])
                told += before
    assert told > 1000
