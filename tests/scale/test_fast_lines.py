"""Session 24's per-line speed-ups change no finding: each fast path gives the same output as the
computation it replaces, kept here as written before, on the corpus's bodies, their garbled copies, the
same bodies with every line made distinct, and lines made to hit each path's edges."""

from __future__ import annotations

import re
from pathlib import Path

from bench import scale_data
from harness.checks import recurring, text

#: the split points of a line before session 24: an alternation of two classes
_SENTENCE_END_BEFORE = re.compile(r"[.!?](\s+)|[。！？]")


def _sentences_before(line: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END_BEFORE.finditer(line):
        cut, start_next = m.span(1) if m.lastindex else (m.end(), m.end())
        out.append(line[start:cut])
        start = start_next
    out.append(line[start:])
    return out


_SENTENCE_EDGES = [
    "", ".", "。", "。。", "!! b", "a.\u00a0b", "a.\u3000b", "a.\x1cb", "a.\x85b", "a.b", "a.。 b", "a。 b",
    "x！y？ z. ", "?.!", "?! x", "a.  \t b", "end.", "end. ", "«Fin.» Suite", "一。二！三？四", "a\u2026 b",
]


def test_sentences_with_one_leading_class_split_where_the_alternation_did(texts: list[str]) -> None:
    """The six signs in one class, then a lookbehind for the kind: the same pieces as the alternation of
    two classes (and as ``_SENTENCE.split``, the first definition), on every line and on edge cases."""
    cut = 0
    for line in [*_SENTENCE_EDGES, *texts]:
        pieces = recurring.sentences(line)
        assert pieces == _sentences_before(line) == recurring._SENTENCE.split(line), line[:120]
        cut += len(pieces) > 1
    assert cut > 1000


def _token_stream_before(line: str) -> list[str]:
    """:func:`harness.checks.text._token_stream` before session 24 (``_TOKEN`` on every text)."""
    import unicodedata

    out = []
    for m in text._TOKEN.finditer(unicodedata.normalize("NFKC", line).casefold()):
        word = m.group(0)
        if m.lastindex:
            out += [word] if len(word) == 1 else [word[i : i + 2] for i in range(len(word) - 1)]
        elif word.isdigit():
            out += [word] if len(word) >= 2 else []
        elif len(word) >= 4:
            out.append(word[:6])
    return out


def test_ascii_tokens_are_the_token_regex(texts: list[str]) -> None:
    """ASCII text is tokenised with ``[a-z0-9]+`` over its lowercase: the same tokens, in the same order,
    as ``_TOKEN`` over its NFKC case-folded form, on every line, every ASCII character and edge cases."""
    made = ["", "_", "a_b_cdef", "ABCDEFGH 12 3 x9y9", "\t\x0b\x1f\x7f", "Fi FI ß", "don't-stop 2024/25"]
    made.append("".join(map(chr, range(128))))
    ascii_lines = 0
    for line in [*made, *texts]:
        assert list(text._token_stream(line)) == _token_stream_before(line), line[:120]
        ascii_lines += line.isascii() and bool(line)
    assert ascii_lines > 1000


def test_units_hashed_through_the_chunk_memo_are_h64(corpus_dir: Path, tmp_path: Path) -> None:
    """Pass 1's recurrence and teaser units hashed through the chunk's memo are the hashes ``h64`` gives
    them one by one (a teaser unit's context is mostly a recurrence unit of the line before): the same
    lists, on the corpus's bodies, generated records and records whose lines all differ."""
    from harness.checks import frame, teaser
    from harness.config import load_config
    from harness.runner import RunContext
    from harness.scale import work

    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    ctx = RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()
    work.install(work.Setup(ctx=ctx))
    records = [scale_data.record(corpus_dir, i, distinct=i % 2 == 1) for i in range(300)]
    rows = [
        frame.Row(f"p{i}", "news1.com", r["url"], r["title"], r["published"], r["body"])
        for i, r in enumerate(records)
    ]
    out = work.Sketch()
    caches: tuple[dict[str, set[str]], dict[str, int], dict[str, int]] = ({}, {}, {})
    for i, row in enumerate(rows):
        work._units(out, i, row, ctx.check_settings, caches)
    assert len(caches[1]) > 500
    shared = 0
    for (i, body, units), (j, tbody, found) in zip(out.bodies, out.teaser, strict=True):
        body_text = rows[i].body or ""
        assert i == j and body == tbody == work.h64(body_text)
        wanted = recurring.body_units(body_text, {})
        assert sorted(units) == sorted(work.h64(u) for u in wanted)
        before = [
            (work.teaser_key(kind, key), work.h64(context), kind == "label")
            for kind, key, context in teaser.units(body_text)
        ]
        assert found == before
        shared += len({c for _, c, _ in found} & set(units))
    assert shared > 500  # the memo is there for these


def _notice_lines_before(body_lines: list[str]) -> list[tuple[str, str]]:
    """:func:`harness.checks.notice.notice_lines` before session 24 (each line read in the body's loop)."""
    from harness.checks import controls, legal
    from harness.checks import notice as n

    found: list[tuple[str, str]] = []
    evidence = 0
    body: str | None = None
    for line in body_lines:
        if len(line) > n._MAX_CHARS:
            continue
        low = line.lower()
        words = len(line.split())
        named, legal_hit = (False, False) if words > n._MAX_WORDS else n._may_name(low)
        either = words > n._MAX_WORDS or (named and n._EITHER.search(low) is not None)
        action = None
        if either:
            action = n._ACTION.search(low) if words <= n._WORDED_MAX else n._ACTION.match(low)
        why = n._shape(line, low, words)
        if why is None and words <= n._MAX_WORDS:
            m = n._MACHINERY.search(low) if either else None
            if m is not None:
                if body is None:
                    body = "\n".join(body_lines).lower()
                if body.count(m.group(0)) > 1:
                    evidence += 1
                    continue
                if m.group(0).startswith(("cookie", "куки")):
                    if n._CONSENT.search(low):
                        why = "a cookie wall"
                elif action is not None or n._ACTION.search(low) or n._addresses(line):
                    why = "the page's machinery (a script, an ad blocker, the clipboard, an error)"
            elif legal_hit and (why := legal.legal_why(line, low, n._addresses(line))) is not None:
                if body is None:
                    body = "\n".join(body_lines).lower()
                if legal.named_elsewhere(low, body, body_lines):
                    evidence += 1
                    continue
            elif words <= n._WORDED_MAX and n._THANKS.match(low) and n._FORM.search(low):
                why = "a form's confirmation"
            elif (action is not None and n._worded(line, low, action, words)) or (
                not line.isascii() and n._CJK.search(line, 0, 40) and n._cjk_notice(line)
            ):
                why = "the page's interface talking to the reader"
            elif words <= n._CONTROL_WORDS:
                why = controls.control_label(line)
        if why is not None:
            evidence += why not in n._NOT_INTERFACE_TALK
            found.append((line, why))
        elif action is not None and action.start() == 0:
            evidence += 1
    if evidence >= n._TOPIC_LINES:
        return [(line, why) for line, why in found if why in n._NOT_INTERFACE_TALK]
    return found


#: lines of each kind ``_read_line`` tells apart: machinery named once and twice (an article about it),
#: a cookie wall, a how-to's steps (a body of three is about the interface), controls, stamps, shapes
_NOTICE_MADE = (
    "Please enable JavaScript to view the comments.", "JavaScript is a programming language.",
    "We use cookies to improve your experience. Accept", "Cookies are baked at 180 degrees.",
    "Click the button below to subscribe", "Klicken Sie auf Speichern.", "Tap the icon to share.",
    "Read more", "Share this article", "Loading...", "×", "Close", "Bericht_final.pdf (480 KB)",
    "Photos (12)", "Image caption, Rescue workers", "Poll: Should the city build it?", "5 min read",
    "1.234 views", "3 hours ago", "By Nora Lindqvist · 37 minutes ago", "Thank you for signing up!",
    "Your ad blocker is on. Please disable it.", "Copy link", "ログインしてください", "Follow Jane Miller",
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Users who agree to our privacy policy keep their accounts, you said.",
)


def test_notice_lines_same_with_lines_read_once(texts: list[str]) -> None:
    """:func:`notice_lines` reading each line through ``_read_line`` (remembered) gives what the loop that
    read every line itself gave: on the corpus's bodies, garbled and distinct ones, bodies with made
    interface lines (once, twice, three times: an article about the interface), cold and remembered."""
    from harness.checks import notice

    bodies = ["\n".join(texts[i : i + 25]) for i in range(0, len(texts), 25)]
    made = list(_NOTICE_MADE)
    for n, body in enumerate(list(bodies[:300])):
        parts = body.split("\n")
        picks = [made[(n + k * 7) % len(made)] for k in range(1 + n % 4)]
        bodies.append("\n".join([*picks[:1], *parts, *picks[1:]]))
        if n < 50:  # the machinery named twice, once as a notice and once by the article: about it
            bodies.append("\n".join([made[0], *parts, made[1]]))
            bodies.append("\n".join([made[2], *parts[:3], made[3], *parts[3:]]))
    bodies += ["\n".join(made), "\n".join(made[:1] + texts[:30])]
    notice._read_line.cache_clear()
    for _ in range(2):  # the lines read anew, then remembered
        hits = 0
        for body in bodies:
            body_lines = text.lines(body)
            got = notice.notice_lines(body_lines)
            assert got == _notice_lines_before(body_lines), body[:200]
            hits += len(got)
        assert hits > 300
    assert notice._read_line.cache_info().hits > 10_000



_WIDGET_SENTENCE_BEFORE = re.compile(r"[.!?。！？…\"”»'’]$|[^\W\d_]{2}[.!?]\s+\S")
_EDGES_SENTENCE_BEFORE = re.compile(r"[.!?。！？…\"”»'’:：]$|[^\W\d_]{2}[.!?]\s+\S")
_SERIES_BEFORE = re.compile(r"(?<![\d.,:/])\d{1,2}(?:(?:\s*[-–,·]\s*|\s+)\d{1,2}(?!\d|[.,]\d|[:/%])){4,}")
#: sentences, ends and number rows at the edges of what each pattern tells apart
_PATTERN_EDGES = (
    "", ".", "a.", "ab.", "ab. c", "ab.  c", "ab. ", "ab.\n", "a1. c", "1b. c", "éé! x", "日本。", "x…",
    "Listen 4:32", "it ends:", "Tel.：", "«Fin»", "ab.\tc", "AB? C", "ab.\u3000c", "ab.\nc\n",
    "3 - 12 - 19 - 27 - 38 - 45", "8 9 10 11 12 13 14", "0 2 4 6 8", "1.3 - 12 - 19 - 27 - 38",
    "x3 - 12 - 19 - 27 - 38", "/3 4 5 6 7 8", "123 4 5 6 7 8", "١ ٢ ٣ ٤ ٥", "1,2,3,4,5,6",
    "3 · 12 · 19 · 27 · 38",
    "1 2 3 4 5.5", "1 2 3 4 5%", "Draw: 03 11 19 27 38 (bonus 4)", "12 13 14 15 16 17 18 19 20 21",
)


def test_class_first_patterns_find_what_they_found(texts: list[str]) -> None:
    """The sentence tests of widgets and edges find a match in the same lines as the alternations they
    replace (they are only asked whether they find one), and the number series finds the same matches,
    span for span: on every line, every line's tail, lines made to end each way and number rows."""
    from harness.checks import edges, widget

    lines_ = [*_PATTERN_EDGES, *texts]
    lines_ += [line[-40:] for line in texts[::5]]
    lines_ += [f"{a} {b}" for a, b in zip(_PATTERN_EDGES, texts, strict=False)]
    found = [0, 0, 0]
    for line in lines_:
        got = widget._SENTENCE.search(line) is not None
        assert got == (_WIDGET_SENTENCE_BEFORE.search(line) is not None), line[:120]
        edge = edges._SENTENCE.search(line) is not None
        assert edge == (_EDGES_SENTENCE_BEFORE.search(line) is not None), line[:120]
        spans = [m.span() for m in widget._SERIES.finditer(line)]
        assert spans == [m.span() for m in _SERIES_BEFORE.finditer(line)], line[:120]
        found = [found[0] + got, found[1] + edge, found[2] + len(spans)]
    assert found[0] > 1000 and found[1] > 1000 and found[2] >= 8
