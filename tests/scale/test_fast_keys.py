"""Session 24's second round of per-line speed-ups change no finding: each fast path gives the same output
as the computation it replaces, kept here as written before, on the corpus's bodies, their garbled copies,
records whose lines all differ and lines made to hit each path's edges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import scale_data
from harness.checks import text


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
