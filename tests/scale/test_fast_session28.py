"""Session 28's speed-ups change no finding: each fast path gives the same output as the computation it
replaces, kept here as written before, on the corpus's bodies, their garbled copies, records whose lines
all differ and hostile texts (very long lines, runs of dashes, mixed scripts, symbols at line starts)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from harness.checks import accents, foreign, offtopic, shape, symbols
from harness.checks.emit import Emitter
from harness.checks.settings import CheckSettings
from harness.checks.text import clip, joined, lines
from tests.scale.test_fast_session26 import _bodies
from tests.scale.test_fast_session27 import _hostile


@pytest.fixture(scope="module")
def bodies(corpus_dir: Path, texts: list[str]) -> list[str]:
    rng = random.Random(28)
    words = [w for t in texts[:2000] for w in t.split()][:3000] or ["word"]
    made = _hostile(rng, words)
    symbolic = "★☆⭐📌👉➤✓©®™°№¦→•–—“”‘’«»\u00a0\u2028#@ 1234567890"
    for _ in range(300):  # short lines led by symbols, stars and tags, amid Latin and Cyrillic prose
        parts = [
            "".join(rng.choice(symbolic + "abcdef ЖЗИ") for _ in range(rng.randrange(1, 70)))
            for _ in range(rng.randrange(1, 8))
        ]
        made.append("\n".join([*parts, "A line of plain prose that ends in a full stop, long enough here."]))
    return [*_bodies(corpus_dir, texts), *made]


def _line_numbers_before(joined_lines: str) -> list[int]:
    numbers, line, at = [], 0, 0
    for m in offtopic._COLON_NEAR_START.finditer(joined_lines):
        line += joined_lines.count("\n", at, m.start())
        at = m.start()
        numbers.append(line)
    return numbers


def test_colon_lines_found_from_their_line_breaks_as_before(bodies: list[str]) -> None:
    for body in bodies:
        for text in (body, joined(body), "\n" + body, body + "\n\n"):
            assert offtopic._line_numbers(text) == _line_numbers_before(text), text[:200]
        assert offtopic.off_topic_lines(lines(body), "A title", joined(body)) == offtopic.off_topic_lines(
            lines(body), "A title"
        )


def test_joined_is_the_lines_joined(bodies: list[str]) -> None:
    for body in bodies:
        assert joined(body) == "\n".join(lines(body))
    big = "line one\n" * 10_000  # past the bodies remembered
    assert joined(big) == "\n".join(lines(big))


def _menu_findings(items: list[str], menu_before: bool) -> list[tuple[str, str]]:
    emit = Emitter("p", CheckSettings().for_site("example.com"), 100)
    if not menu_before:
        shape.check_menu(emit, items)
    elif len(items) >= shape._MENU_MIN_LINES:  # check_menu as it was, without the count of short lines
        menu = [ln for ln in items if shape._menu_item(ln)]
        if len(menu) / len(items) >= shape._MENU_SHARE:
            prose = sum(len(ln) for ln in items if shape.words(ln) >= shape._PROSE_WORDS)
            total = sum(len(ln) for ln in items) or 1
            if prose / total <= shape._MENU_PROSE_SHARE:
                shown = " | ".join(menu[:8])
                what = f"{len(menu)} of {len(items)} lines are short link-like items and there is no prose; "
                emit.add(
                    "body.nav_menu",
                    "$.body",
                    what + "a menu was extracted instead of the article",
                    clip(shown, 200),
                )
    return [(f.message, f.excerpt or "") for f in emit.done()]


def test_menu_refused_by_its_short_lines_as_before(bodies: list[str]) -> None:
    rng = random.Random(7)
    menus = [["Home", "News", "Sport", "Weather", "Contact us", "About"], ["a"] * 5 + ["b" * 41]]
    for _ in range(300):
        menus.append(["x" * rng.randrange(1, 60) for _ in range(rng.randrange(1, 12))])
    for items in [*menus, *(lines(b) for b in bodies)]:
        assert _menu_findings(items, False) == _menu_findings(items, True), items[:5]


def _foreign_before(body_lines: list[str]) -> list[str]:
    if len(body_lines) < 2:
        return []
    found = []
    whole: Counter[str] | None = None
    text = "\n".join(body_lines)
    latin_rich = foreign._ascii_letters(text) - foreign._MAX_CHARS > foreign._BODY_SHARE * len(text)
    for line in body_lines:
        if not foreign._candidate(line) or (latin_rich and line.isascii()):
            continue
        counts = foreign.letter_scripts(line)
        script = foreign._dominant(counts)
        if script is None or (script == foreign._LATIN and latin_rich):
            continue
        whole = whole if whole is not None else foreign.letter_scripts(text)
        rest = whole - counts
        rest_letters = sum(rest.values())
        if rest_letters >= foreign._MIN_BODY_LETTERS and rest[script] <= foreign._BODY_SHARE * rest_letters:
            found.append(line)
    return found


def test_foreign_lines_as_before(bodies: list[str]) -> None:
    for body in bodies:
        body_lines = lines(body)
        before = _foreign_before(body_lines)
        assert foreign.foreign_lines(body_lines, joined(body)) == before, body[:200]
        assert foreign.foreign_lines(body_lines) == before


def test_latin_rich_counted_from_the_start_as_before() -> None:
    rng = random.Random(3)
    for _ in range(3000):
        n = rng.randrange(0, 3000)
        text = "".join(rng.choice("ab ж日\n.,") for _ in range(n))
        before = foreign._ascii_letters(text) - foreign._MAX_CHARS > foreign._BODY_SHARE * len(text)
        assert foreign._latin_rich(text) == before
    for n in range(0, 20_000, 50):  # each length at the edge: just enough ASCII letters, all at the start
        for extra in (-1, 0, 1):
            letters = max(0, int(foreign._BODY_SHARE * n) + foreign._MAX_CHARS + extra)
            text = ("a" * letters + "ж" * n)[:n]
            before = foreign._ascii_letters(text) - foreign._MAX_CHARS > foreign._BODY_SHARE * len(text)
            assert foreign._latin_rich(text) == before


def _symbols_before(body_lines: list[str]) -> list[str]:
    if len(body_lines) < symbols._MIN_LINES:
        return []
    leads = [symbols._lead(x) for x in body_lines]
    if sum(1 for c in leads if c is not None) > 1:
        return [x for x in body_lines if symbols._rating(x) or symbols._tags(x)]
    return [
        x
        for x, lead in zip(body_lines, leads, strict=True)
        if symbols._promotion(x, lead) or symbols._rating(x) or symbols._tags(x)
    ]


def test_symbol_lines_as_before(bodies: list[str]) -> None:
    for body in bodies:
        body_lines = lines(body)
        before = _symbols_before(body_lines)
        assert symbols.symbol_lines(body_lines, joined(body)) == before, body[:200]
        assert symbols.symbol_lines(body_lines) == before


def test_no_character_the_lead_scan_leaves_out_is_a_symbol() -> None:
    """Every character ``_MAY_LEAD`` does not look for after a line break is no symbol (and every symbol is
    looked for), whatever white space stands before it."""
    for code in range(0x110000):
        char = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        if symbols.is_symbol(char):
            assert symbols._MAY_LEAD.match("\n" + char), hex(code)
            assert symbols._MAY_LEAD.match("\n \u3000\t" + char), hex(code)
    assert unicodedata.category("★") == "So" and symbols._MAY_LEAD.match("\n★")


def _accent_candidate_before(line: str) -> bool:
    n = len(line.split())
    if (
        len(line) > accents._MAX_CHARS
        or not accents._MIN_WORDS <= n <= accents._MAX_WORDS
        or line.isascii()
        or accents._END.search(line)
    ):
        return False
    capitalised = sum(1 for w in line.split() if w[:1].isupper())
    return (
        capitalised <= accents._CAPITALISED_SHARE * n and len(accents._accented(line)) >= accents._MIN_NOVEL
    )


def test_accent_candidates_as_before(bodies: list[str], texts: list[str]) -> None:
    for line in [*texts, *(x for b in bodies for x in lines(b))]:
        assert accents._candidate(line) == _accent_candidate_before(line), line[:200]


def test_the_colon_scan_is_linear_on_a_body_of_many_labelled_lines() -> None:
    """Hostile input: many short labelled lines, each found once (no count from the start for each)."""
    body = "\n".join(f"Label {i}: value {i}" for i in range(50_000))
    assert offtopic._line_numbers(body) == list(range(50_000))
    assert re.search(r"\n", body)


def _shared_before(body_lines: list[str], title: str | None, at: int, share: float) -> bool:
    """Every other line tokenised, nearest first, until enough of the line's tokens are found."""
    own = offtopic._own(body_lines[at])
    limit = share * len(own)
    seen = own & offtopic._own(title or "")
    for j in offtopic._outward(at, len(body_lines)):
        if len(seen) > limit:
            return True
        seen |= own & offtopic._own(body_lines[j])
    return len(seen) > limit


def test_off_topic_words_looked_for_as_text_first_as_before(bodies: list[str]) -> None:
    """``_Words.shared`` reads the nearest lines, then looks for the tokens left in the body's folded text
    first: the same answer as reading every line, for every line of the bodies, with and without a title,
    at both shares the check asks for (session 28's lone rule; the perf28 branch's substring search of the
    same idea was written against the rule before it)."""
    rng = random.Random(11)
    checked = 0
    for body in bodies[::2]:
        body_lines = lines(body)[:60]
        for at in range(len(body_lines)):
            title = rng.choice([None, "", body_lines[0], "Ｆｕｌｌ width ＴＩＴＬＥ straße"])
            words = offtopic._Words(body_lines, title)
            for share in (0.0, offtopic._SHARED):
                got = words.shared(at, share)
                assert got == _shared_before(body_lines, title, at, share), (at, body[:200])
                checked += 1
    assert checked > 5_000
