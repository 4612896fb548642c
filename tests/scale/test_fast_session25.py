"""Session 25's per-record speed-ups change no finding: each fast path gives the same output as the
computation it replaces, kept here as written before, on the corpus's bodies, their garbled copies, records
whose lines all differ and texts made to hit each path's edges."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from bench import scale_data
from harness.checks import blocked, dataset, frame, recurring, teaser, text
from harness.checks.settings import CheckSettings
from harness.config import load_config
from harness.runner import RunContext
from harness.scale import work


def _squash_before(body: str) -> str:
    """``squash`` of a whole body as it was computed before: NFKC, case folded, split and joined."""
    if not body.isascii():
        body = unicodedata.normalize("NFKC", body)
    return " ".join(body.casefold().split())


#: every character ``str.splitlines`` cuts a text at (``\r\n`` is one break)
_BREAKS = [chr(c) for c in range(0x3000) if len(f"a{chr(c)}b".splitlines()) == 2]


def _edge_chars() -> list[str]:
    """The characters that could join or part across a line break under NFKC or case folding: combining
    marks, characters with a decomposition, white space, Hangul's conjoining jamo, and the case folding's
    expanding ones."""
    out = []
    for c in map(chr, range(0x110000)):
        if 0xD800 <= ord(c) < 0xE000:
            continue
        if (
            unicodedata.combining(c)
            or unicodedata.decomposition(c)
            or c.isspace()
            or 0x1100 <= ord(c) < 0x1200
            or len(c.casefold()) > 1
        ):
            out.append(c)
    return out


def test_body_squashed_line_by_line_is_the_whole_body_squashed(texts: list[str], corpus_dir: Path) -> None:
    """:func:`text.squash_body` (the lines' squashes joined) is the whole body's squash: on the corpus's
    bodies, distinct ones, the shared lines glued into bodies by every kind of line break and blank lines,
    and each character that NFKC or case folding could join across a line break on both sides of every
    kind of break."""
    bodies = [t["body"] for t in scale_data.truths(corpus_dir)]
    bodies += [scale_data.record(corpus_dir, i, distinct=True)["body"] for i in range(0, 400, 7)]
    breaks = [*_BREAKS, "\r\n", "\n\n", " \n\t ", "\n\u3000\n", "\u2028\u2029"]
    for k, brk in enumerate(breaks):
        bodies.append(brk.join(texts[k::40][:60]))
        bodies.append(brk + brk.join(texts[k::97][:30]) + brk)
    bodies += ["", " ", "\n", "x" * 700 + "\n" + "y " * 400, "Ab\u00a0\u00a0c\n\n  d"]
    edges = _edge_chars()
    assert len(edges) > 6000 and {"\u0301", "\u00a8", "\u3000", "\u1161", "ß"} <= set(edges)
    for brk in ["\n", "\r\n", "\u2028", "\x1c", "\x85", " \n "]:
        bodies += [f"a{c}{brk}{c}b" for c in edges]
        bodies += [f"\u1100{brk}{c}\n{c}{brk}\u0301" for c in edges[::3]]
    for body in bodies:
        assert text.squash_body(body) == _squash_before(body), body[:200]


def test_body_digest_as_before(corpus_dir: Path) -> None:
    """The duplicate key (``frame.digest``) is the SHA-1 of the whole body's squash, as before."""
    for i in range(0, 400, 3):
        for distinct in (False, True):
            body = scale_data.record(corpus_dir, i, distinct=distinct)["body"]
            before = hashlib.sha1(_squash_before(body).encode(), usedforsecurity=False).hexdigest()
            assert frame._digest(body) == before


def _units_before(out: work.Sketch, i: int, row: frame.Row, settings: CheckSettings) -> None:
    """``work._units`` as it was: each teaser key and each line's title key hashed every time."""
    cache: dict[str, set[str]] = {}
    if not row.body:
        return
    scope = settings.for_site(row.site)
    body_hash = work.h64(row.body)
    if scope.on(recurring.CHECK):
        out.bodies.append((i, body_hash, [work.h64(u) for u in recurring.body_units(row.body, cache)]))
    if scope.on(teaser.TEASER):
        found = [
            (work.teaser_key(kind, key), work.h64(context), kind == "label")
            for kind, key, context in teaser.units(row.body)
        ]
        out.teaser.append((i, body_hash, found))
    keys = {line for line in text.lines(row.body) if len(line) <= dataset._LINE_MAX}
    out.other.append((i, list({work.h64(k) for line in keys if (k := dataset.title_key(line))})))


def test_units_hashed_through_the_chunk_memory_as_before(corpus_dir: Path, tmp_path: Path) -> None:
    """A chunk's teaser keys and its lines' title keys, hashed once a chunk and remembered, are the hashes
    the record-by-record code gave, on generated records (whose lines come back) and distinct ones."""
    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    ctx = RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()
    work.install(work.Setup(ctx, store=str(tmp_path / "store")))
    settings = ctx.check_settings
    for distinct in (False, True):
        records = [scale_data.record(corpus_dir, n, distinct=distinct) for n in range(300)]
        rows = [
            frame.Row(f"{r['url']}", "example.com", r["url"], r.get("title"), None, r.get("body"))
            for r in records
        ]
        fast, slow = work.Sketch(), work.Sketch()
        caches: tuple[dict[str, set[str]], dict[str, int], dict[str, int]] = ({}, {}, {})
        for i, row in enumerate(rows):
            work._units(fast, i, row, settings, caches)
            _units_before(slow, i, row, settings)
        assert fast.bodies == slow.bodies and fast.teaser == slow.teaser
        assert [(i, sorted(h)) for i, h in fast.other] == [(i, sorted(h)) for i, h in slow.other]
        assert sum(len(h) for _, h in fast.other) > 20 and len(caches[2]) > 1000


def _body_phrase_before(body: str) -> str | None:
    if len(body) > blocked._SHORT_WORDS * 20 or len(body.split()) > blocked._SHORT_WORDS:
        return None
    m = blocked._PHRASES.search(body.casefold())
    return m.group(0) if m else None


def test_body_phrase_counts_words_up_to_the_limit_as_before(texts: list[str]) -> None:
    """Counting a short body's words only up to the limit tells the same bodies apart: the shared lines
    glued into bodies of every number of words around the limit, with white space of every kind around
    and between them, a bot-check phrase in some."""
    limit = blocked._SHORT_WORDS
    phrase = "Please complete the security check to access"
    bodies = [*texts[::50]]
    for n in range(limit - 3, limit + 4):
        for gap in (" ", "\n", " \u3000 ", "\t\u00a0"):
            words = [f"w{i}" for i in range(n)]
            bodies += [gap.join(words), gap + gap.join(words) + gap, phrase + gap + gap.join(words[6:])]
    found = 0
    for body in bodies:
        assert blocked.body_phrase(body) == _body_phrase_before(body), body[:100]
        found += blocked.body_phrase(body) is not None
    assert found >= 8


def _key_before(line: str) -> str:
    """``key`` as it was: a text of more than 500 characters keyed without ``squash``'s memory."""
    if line.isascii():
        return line.encode().translate(None, text._ASCII_NON_WORD).lower().decode()
    if len(line) <= 500:
        return text._alnum(text._squash(line))
    return text._alnum("".join(unicodedata.normalize("NFKC", line).casefold().split()))


def test_long_texts_squashed_and_keyed_through_the_memory_as_before(
    texts: list[str], corpus_dir: Path
) -> None:
    """Texts of 500 to 8,000 characters (a body's long paragraphs, whole bodies) go through ``squash``'s
    memory for long texts: the same squash and the same key as computed afresh, read twice so that the
    second reading meets the memory, and on texts past its limit."""
    bodies = [t["body"] for t in scale_data.truths(corpus_dir)]
    bodies += [scale_data.record(corpus_dir, i, distinct=True)["body"] for i in range(0, 200, 3)]
    long_ = [*(p for b in bodies for p in text.paragraphs(b)), *bodies, "\n".join(texts[:400])]
    long_ = [p for p in long_ if len(p) > 500]
    assert len(long_) > 100 and any(len(p) > text._CACHED_LONG for p in long_)
    for _ in range(2):
        for p in long_:
            assert text.squash(p) == _squash_before(p)
            assert text.key(p) == _key_before(p)
    assert text._squash_long.cache_info().hits > 100


def test_pass_two_looks_units_up_through_the_chunk_memory_as_before(corpus_dir: Path, tmp_path: Path) -> None:
    """Pass 2's recurring and teaser look-ups hash each unit and teaser key once a chunk: the findings and
    the counts of recurring lines are those of hashing every look-up, on generated records (whose lines
    recur, so that the look-ups find something) and distinct ones."""
    from collections import Counter

    (tmp_path / "pyproject.toml").write_text("[tool.harness]\n", encoding="utf-8")
    ctx = RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).prepare()
    settings = ctx.check_settings
    records = [scale_data.record(corpus_dir, n, distinct=n % 3 == 2) for n in range(240)]
    rows = [
        frame.Row(f"p{i}", "news1.com", r["url"], r["title"], None, r["body"]) for i, r in enumerate(records)
    ]
    units: Counter[int] = Counter()
    teasers: dict[int, tuple[int, int]] = {}
    for row in rows:
        units.update({work.h64(u) for u in recurring.body_units(row.body or "", {})})
        for kind, key, _context in teaser.units(row.body or ""):
            teasers[work.teaser_key(kind, key)] = (50, 50)
    common = {"news1.com": (len(rows), {h: n for h, n in units.items() if n >= 5})}
    work.install(work.Setup(ctx, common=common, teaser=teasers))
    setup = work._current()
    fast, slow = work.Checked([], {}, [], {}), work.Checked([], {}, [], {})
    memo: dict[str, int] = {}
    found = 0
    for row in rows:
        got = work._recurring(row, setup, fast, {}, memo) + work._teaser(row, setup, memo)
        scope = settings.for_site(row.site)
        learned = recurring.Common(lambda u: common["news1.com"][1].get(work.h64(u)), len(rows))
        hits = slow.hits.setdefault(row.site, Counter())
        body = row.body or ""
        wanted = recurring.page_lines(
            recurring.BodyRow(row.page_id, row.site, body), scope, settings.max_findings, learned, hits, {}
        )
        wanted += teaser.page_findings(
            row.page_id,
            body,
            scope,
            settings.max_findings,
            lambda k, key: teasers.get(work.teaser_key(k, key)),
        )
        assert got == wanted
        found += len(got)
    assert fast.hits == slow.hits and found > 100 and len(memo) > 500


def _mojibake_before(body: str) -> list[tuple[str, str]]:
    """``mojibake`` as it was: each non-ASCII line through the pre-filters every time it is read."""
    from ftfy import fix_text
    from ftfy.badness import BADNESS_RE, is_bad

    out: list[tuple[str, str]] = []
    if not body.isascii():
        suspect = text._suspect_chars()
        needed = text._also_needed() if suspect is not None else None
        for line in body.splitlines():
            if line.isascii() or (suspect is not None and not text._may_be_bad(line, suspect, needed)):
                continue
            if not (is_bad(line) if suspect is None else text._is_bad(line, suspect)):
                continue
            stretches = list(text._round_trip(line))
            if stretches:
                out += stretches
                continue
            m = BADNESS_RE.search(line)
            start = max(0, m.start() - 10) if m else 0
            out.append((line[start : start + 40], fix_text(line[start : start + 40])))
    if "\ufffd" in body:
        out.append(("\ufffd", "?"))
    return out


def test_mojibake_lines_remembered_as_read_before(texts: list[str], corpus_dir: Path) -> None:
    """Each line's verdict remembered gives the stretches reading every line gave: on the corpus's bodies,
    their garbled copies (cp1252, latin-1, cp1251) line by line and as bodies, distinct records, and lines
    longer than the memory takes, each read twice so that the second reading meets the memory."""
    bodies = [t["body"] for t in scale_data.truths(corpus_dir)]
    bodies += [scale_data.record(corpus_dir, i, distinct=True)["body"] for i in range(0, 200, 3)]
    bodies += ["\n".join(texts[k : k + 30]) for k in range(0, len(texts), 30)]
    bodies += ["Ã©tÃ© " * 120, "â€œquotedâ€\u009d " * 60 + "\nplain “quoted” line", "a\ufffdb"]
    text._bad_short.cache_clear()
    found = 0
    for _ in range(2):
        for body in bodies:
            got = list(text.mojibake(body))
            assert got == _mojibake_before(body), body[:200]
            found += len(got)
    assert found > 100 and text._bad_short.cache_info().hits > 1000
