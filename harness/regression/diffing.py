"""Diffs of extracted text, sized for a results file and readable in a terminal.

Two views of one change, both bounded however large the bodies are:

* :func:`word_ops` gives a compact list of operations for the results file and the report:
  ``["=", "unchanged words"]``, ``["-", "removed words"]``, ``["+", "inserted words"]``. Long unchanged runs
  are shortened to a few words of context either side of a ``…(N words)…`` marker, and a final
  ``["…", "N more changes"]`` says when the list was cut.
* :func:`unified_text` gives a unified-style text (``--- approved`` / ``+++ actual`` / ``@@`` hunks) with
  one line per paragraph, for pytest failures and the terminal. Long paragraphs are cut around the first
  place where the two sides differ, so the change is always on screen.

Both diff paragraphs first (blank-line separated, as record bodies are) and words only inside replaced
paragraphs, which keeps :class:`difflib.SequenceMatcher` fast on long articles.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence

__all__ = ["MAX_OPS", "Op", "paragraphs", "summary_line", "unified_text", "word_ops", "words"]

Op = list[str]

#: Most operations :func:`word_ops` returns before it adds a ``…`` marker.
MAX_OPS = 120
#: Words of unchanged context kept either side of a change.
CONTEXT_WORDS = 6
#: Longest text one operation carries.
MAX_OP_CHARS = 600
#: Above this many word pairs, a replaced block is shown as removed + inserted without a word diff.
MAX_WORD_PAIRS = 4_000_000

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraphs(text: str | None) -> list[str]:
    """Paragraphs of ``text``: split at blank lines, inner whitespace kept, empty ones dropped."""
    if not text:
        return []
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def words(text: str) -> list[str]:
    return text.split()


def _shorten(text: str, limit: int = MAX_OP_CHARS) -> str:
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]} …({len(text) - 2 * half} chars)… {text[-half:]}"


def _equal_op(run: Sequence[str], *, first: bool, last: bool) -> Op:
    """An unchanged run: kept whole when short, else context next to the changes and a count."""
    keep_head = 0 if first else CONTEXT_WORDS
    keep_tail = 0 if last else CONTEXT_WORDS
    if len(run) <= keep_head + keep_tail + 2:
        return ["=", " ".join(run)]
    skipped = len(run) - keep_head - keep_tail
    parts = [*run[:keep_head], f"…({skipped} words)…", *run[len(run) - keep_tail:]]
    return ["=", " ".join(parts)]


def _word_level(old: list[str], new: list[str]) -> Iterator[tuple[str, list[str]]]:
    if len(old) * len(new) > MAX_WORD_PAIRS:
        yield "-", old
        yield "+", new
        return
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            yield "=", old[i1:i2]
            continue
        if i2 > i1:
            yield "-", old[i1:i2]
        if j2 > j1:
            yield "+", new[j1:j2]


def _raw_ops(old: str | None, new: str | None) -> Iterator[tuple[str, list[str]]]:
    """Word runs tagged ``=``, ``-`` or ``+``, found paragraph by paragraph."""
    a, b = paragraphs(old), paragraphs(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_words = [w for p in a[i1:i2] for w in words(p)]
        new_words = [w for p in b[j1:j2] for w in words(p)]
        if tag == "equal":
            yield "=", old_words
        elif tag == "replace" and i2 - i1 == j2 - j1:  # paragraph for paragraph: diff each pair
            for old_p, new_p in zip(a[i1:i2], b[j1:j2], strict=True):
                yield from _word_level(words(old_p), words(new_p))
        elif tag == "replace":
            yield from _word_level(old_words, new_words)
        elif tag == "delete":
            yield "-", old_words
        else:
            yield "+", new_words


def _merged(runs: Iterator[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for tag, run in runs:
        if not run:
            continue
        if out and out[-1][0] == tag:
            out[-1] = (tag, out[-1][1] + run)
        else:
            out.append((tag, list(run)))
    return out


def word_ops(old: str | None, new: str | None, *, max_ops: int = MAX_OPS) -> list[Op]:
    """Compact word-level diff of two texts (see the module doc); ``[]`` when they have the same words."""
    runs = _merged(_raw_ops(old, new))
    if all(tag == "=" for tag, _ in runs):
        return []
    ops: list[Op] = []
    for index, (tag, run) in enumerate(runs):
        if len(ops) >= max_ops:
            left = sum(1 for t, _ in runs[index:] if t != "=")
            ops.append(["…", f"{left} more changes"])
            break
        if tag == "=":
            ops.append(_equal_op(run, first=index == 0, last=index == len(runs) - 1))
        else:
            ops.append([tag, _shorten(" ".join(run))])
    return ops


def summary_line(ops: Sequence[Op]) -> str:
    """``+12/-8 words in 3 places`` for a list from :func:`word_ops`."""
    added = sum(len(words(text)) for tag, text in ops if tag == "+")
    removed = sum(len(words(text)) for tag, text in ops if tag == "-")
    places = 0
    previous = "="
    for tag, _text in ops:
        if tag in "+-" and previous not in "+-":
            places += 1
        previous = tag
    return f"+{added}/-{removed} words in {places} place{'s' if places != 1 else ''}"


# --------------------------------------------------------------------------- unified text


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _window(line: str, focus: int, width: int) -> str:
    """``line`` cut to ``width`` characters around ``focus``, with ``…`` where text was left out."""
    if len(line) <= width:
        return line
    start = max(0, min(focus - width // 3, len(line) - width))
    end = start + width
    return ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")


def _hunk_lines(
    a: list[str], b: list[str], group: list[tuple[str, int, int, int, int]], width: int
) -> list[str]:
    first, last = group[0], group[-1]
    lines = [f"@@ -{first[1] + 1},{last[2] - first[1]} +{first[3] + 1},{last[4] - first[3]} @@ paragraphs"]
    for tag, i1, i2, j1, j2 in group:
        if tag == "equal":
            lines.extend("  " + _window(p, 0, width) for p in a[i1:i2])
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):
            old = olds[k] if k < len(olds) else None
            new = news[k] if k < len(news) else None
            focus = _common_prefix(old, new) if old is not None and new is not None else 0
            if old is not None:
                lines.append("- " + _window(old, focus, width))
            if new is not None:
                lines.append("+ " + _window(new, focus, width))
    return lines


def unified_text(
    old: str | None,
    new: str | None,
    *,
    old_label: str = "approved",
    new_label: str = "actual",
    context: int = 1,
    width: int = 160,
    max_lines: int = 40,
) -> str:
    """A unified-style, paragraph-per-line diff, at most ``max_lines`` lines; ``""`` when equal."""
    a, b = paragraphs(old), paragraphs(new)
    if a == b:
        return ""
    lines = [f"--- {old_label}", f"+++ {new_label}"]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        lines.extend(_hunk_lines(a, b, group, width))
    if len(lines) > max_lines:
        cut = len(lines) - max_lines + 1
        lines = [*lines[: max_lines - 1], f"… ({cut} more lines)"]
    return "\n".join(lines)
