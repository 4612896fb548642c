"""Word and paragraph diffs: compact, readable, bounded."""

from __future__ import annotations

from harness.regression import diffing


def test_equal_texts_have_no_diff() -> None:
    text = "One two three.\n\nFour five six."
    assert diffing.word_ops(text, "One  two three.\n\n\nFour five six.") == []
    assert diffing.unified_text(text, text) == ""


def test_word_ops_keep_context_and_elide_long_unchanged_runs() -> None:
    words = [f"w{i}" for i in range(40)]
    old = " ".join(words)
    new = " ".join([*words[:20], "NEW", *words[21:]])
    ops = diffing.word_ops(old, new)
    assert ops[1:3] == [["-", "w20"], ["+", "NEW"]]
    assert ops[0] == ["=", "…(14 words)… w14 w15 w16 w17 w18 w19"]
    assert ops[3] == ["=", "w21 w22 w23 w24 w25 w26 …(13 words)…"]
    assert diffing.summary_line(ops) == "+1/-1 words in 1 place"


def test_unified_text_keeps_the_change_of_a_long_paragraph_on_screen() -> None:
    head = "filler " * 400
    text = diffing.unified_text(head + "the old ending.", head + "the new ending.", width=80)
    lines = text.splitlines()
    assert lines[:2] == ["--- approved", "+++ actual"]
    assert lines[2].startswith("@@ -1,1 +1,1 @@")
    assert lines[3].startswith("- …") and "old ending." in lines[3]
    assert lines[4].startswith("+ …") and "new ending." in lines[4]
    assert all(len(line) <= 84 for line in lines[3:])


def test_huge_bodies_give_bounded_output() -> None:
    old = "\n\n".join(f"paragraph {i} says alpha beta gamma" for i in range(5000))
    new = "\n\n".join(f"paragraph {i} says alpha BETA gamma" for i in range(5000))
    ops = diffing.word_ops(old, new)
    assert len(ops) == diffing.MAX_OPS + 1 and ops[-1][0] == "…"
    assert sum(len(text) for _, text in ops) < 60_000
    text = diffing.unified_text(old, new, max_lines=30)
    assert len(text.splitlines()) == 30 and text.splitlines()[-1].startswith("… (")
