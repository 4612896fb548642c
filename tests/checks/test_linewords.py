"""One pass for many word lists (:mod:`harness.checks.linewords`): the automaton's answer is the answer of
asking each line for each word, a label's words count only where they open a line, and a Turkish capital
"İ" does not shift the lines."""

from __future__ import annotations

import pytest

from harness.checks import pagenotes
from harness.checks.linewords import SCAN_CHARS, LineWords

LINES = [
    "Foto: Anna Björnsdóttir",
    "Die Fotografie zeigt den Hafen, und wir teilen sie gern mit allen Leserinnen und Lesern.",
    "« Lire aussi : Les critiques de la CNIL",
    "İLGİLİ HABER: Merkez Bankası faiz kararını açıkladı",
    "Abonați-vă gratuit la newsletterul Gazeta de Sud.",
    "x" * (SCAN_CHARS + 1) + " newsletter",
    "",
    "Sundan kami sa WhatsApp at YouTube.",
]


def test_the_pass_and_the_line_by_line_answer_agree() -> None:
    words = LineWords({1: ("foto", "lire aussi", "ilgili haber"), 2: ("newsletter", "whatsapp", "abona")}, 1)
    fast = words.kinds(LINES)
    opened = [line if len(line) <= SCAN_CHARS else "" for line in LINES]
    slow = words._slow([line.lstrip(" «[(") for line in opened])
    assert fast == slow == {0: 1, 2: 1, 3: 1, 4: 2, 7: 2}


def test_a_label_counts_only_where_it_opens_a_line() -> None:
    words = LineWords({1: ("foto", "teilen")}, 1)
    assert words.kinds(LINES[:2]) == {0: 1}  # "Fotografie" and "teilen" in the story's sentence do not


@pytest.mark.parametrize("at", [0, 3, 5])
def test_the_whole_set_of_lists_answers_as_each_line_asked_alone(at: int) -> None:
    lines = [*LINES[at:], *LINES[:at]]
    words = pagenotes._WORDS
    whole = words.kinds(lines)
    for i, line in enumerate(lines):
        alone = words.kinds([line]).get(0)
        assert whole.get(i) == alone, line
