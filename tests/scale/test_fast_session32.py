"""Session 32's speed-ups change no finding: a short line's digit is asked once a record
(:func:`harness.checks.text.line_has_digit`, remembered), and the off-topic check asks it of the line as
written where it asked it of the line lowered (lowering makes no digit and unmakes none: checked on every
code point by ``test_fast_session29``)."""

from __future__ import annotations

import random
import re

from harness.checks import text

_DIGIT = re.compile(r"\d")


def test_line_has_digit_is_has_digit() -> None:
    """The remembered answer is the plain one, asked fresh and asked again from memory."""
    rng = random.Random(32)
    alphabet = "aA1٣߁０𝟎 \u2028σΣİß日本語ёЁ-–—" + "".join(chr(c) for c in range(0x600, 0x700, 7))
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 120))) for _ in range(3000)]
    texts += [chr(cp) for cp in range(0, 0x10000, 3)]
    for _ in range(2):
        for t in texts:
            assert text.line_has_digit(t) == (_DIGIT.search(t) is not None) == text.has_digit(t), t
