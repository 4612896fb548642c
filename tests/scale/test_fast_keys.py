"""Session 24's second round of per-line speed-ups change no finding: each fast path gives the same output
as the computation it replaces, kept here as written before, on the corpus's bodies, their garbled copies,
records whose lines all differ and lines made to hit each path's edges."""

from __future__ import annotations

import re
from pathlib import Path

from bench import scale_data
from harness.checks import teaser, text

_DIGIT_BEFORE = re.compile(r"\d")
_ASCII_DIGITS_BEFORE = bytes.maketrans(b"123456789", b"000000000")


def _line_key_before(line: str) -> str:
    flat = text.squash(line)
    flat = (
        flat.encode().translate(_ASCII_DIGITS_BEFORE).decode()
        if flat.isascii()
        else _DIGIT_BEFORE.sub("0", flat)
    )
    return flat.strip(" .,:;!?-–—|•·*»«›‹。！？、")


#: digits of many scripts, next to letters of scripts whose UTF-8 shares or does not share a lead byte
_DIGIT_EDGES = [
    "",
    "7",
    "٣",
    "Seite ٣ von ١٠",
    "Стр. 12 из 40",
    "第12回 ２０２４年",
    "১২ ঘণ্টা আগে",
    "१२ मिनट पहले",
    "๑๒ ชั่วโมง",
    "Ñandú 42 — “quoted” 7…",
    "𝟙𝟚 bold digits",
    "𝟘",
    "꘠ vai",
    "߁߂ nko",
    "۱۲ ساعت",
    "x\udc80 9",
    "Ⅻ roman ½ ² ① not decimal",
    "한국 12",
    "Ελλάδα 3",
    "a\u0300 1",
    "１２３",
    "꧐꧑",
    "᠐ mongolian",
]


def test_line_key_masks_digits_as_the_unicode_class_did(texts: list[str]) -> None:
    """The byte table masks the digits of a non-ASCII line whose UTF-8 holds no lead byte of a non-ASCII
    digit: the same key as ``\\d`` replaced by 0 everywhere, on every line, its sentences' edges, lines made
    with the digits of many scripts, and lines glued to them."""
    lines_ = [*_DIGIT_EDGES, *texts]
    lines_ += [f"{a} {b}" for a, b in zip(_DIGIT_EDGES * 200, texts[::3], strict=False)]
    slow = fast = 0
    for line in lines_:
        assert text._line_key.__wrapped__(line) == _line_key_before(line), line[:120]
        flat = text.squash(line)
        if not flat.isascii():
            if flat.encode("utf-8", "surrogatepass").translate(None, text._NOT_DIGIT_LEAD):
                slow += 1
            else:
                fast += 1
    assert fast > 1000 and slow > 20


def test_digit_leads_cover_every_code_point_the_class_matches() -> None:
    """Every character ``\\d`` matches outside ASCII starts its UTF-8 with one of ``_DIGIT_LEADS``."""
    leads = {
        chr(c).encode("utf-8", "surrogatepass")[0] for c in range(0x80, 0x110000) if text._DIGIT.match(chr(c))
    }
    assert leads == set(text._DIGIT_LEADS)


def _teaser_units_before(body: str) -> list[teaser.Unit]:
    out: list[teaser.Unit] = []
    body_lines = text.lines(body)
    keys = [text.line_key(line) for line in body_lines]
    n = len(body_lines)
    boxes = teaser._boxes(body_lines)
    for i, line in enumerate(body_lines):
        if teaser.run_line(line, i, n):
            out.append(("line", keys[i], keys[i - 1] if i else "\x00" + teaser._story(body_lines, keys)))
        labelled = teaser.label_of(line) or boxes.get(i)
        if labelled is not None:
            out.append(("label", *labelled))
    return out


#: lines that count at one place of a body and not at another, labels, one-line bodies
_TEASER_EDGES = [
    "Design",
    "Read more",
    "Quiz: How well do you know the city?",
    "The company declined to comment.",
    "Kommentera",
    "Traducido automáticamente",
    "Tier der Woche: Bruno, 4 Jahre, Dackel, wartet im Tierheim Ulm auf ein neues Zuhause · Tel. 0731 12345",
    "Hinweis: Wegen der Wahlruhe werden keine Kommentare freigeschaltet.",
    "Mehr zum Thema: Neue Brücke über den Fluss",
    "When you buy through our links, we may earn a commission.",
    "Bottom line: it works.",
    "x" * 600,
    "Label: " + "word " * 130,
    "12 34",
    "日本語の見出し：新しい橋が開通",
]


def test_teaser_units_same_with_lines_read_once(texts: list[str], corpus_dir: Path) -> None:
    """Each line's count and label remembered by its place (first, last, between) give the units the
    per-line reading gave: on the corpus's bodies, distinct ones, every line as a one-line body, and bodies
    made of the edge lines in every order of place, each body read twice so the second meets the memory."""
    bodies = [t["body"] for t in scale_data.truths(corpus_dir)]
    bodies += [scale_data.record(corpus_dir, i, distinct=True)["body"] for i in range(0, 400, 7)]
    bodies += texts[::4]
    for k in range(len(_TEASER_EDGES)):
        turned = _TEASER_EDGES[k:] + _TEASER_EDGES[:k]
        bodies += ["\n".join(turned), "\n".join(turned[:2]), turned[0], "\n".join(reversed(turned))]
    counted = labels = 0
    teaser._read_short.cache_clear()
    for _ in range(2):
        for body in bodies:
            got = teaser.units(body)
            assert got == _teaser_units_before(body), body[:200]
            counted += sum(1 for u in got if u[0] == "line")
            labels += sum(1 for u in got if u[0] == "label")
    assert counted > 1000 and labels > 20
    assert teaser._read_short.cache_info().hits > 1000
