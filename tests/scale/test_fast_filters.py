"""The per-record speed-ups change no finding: each pre-filter is sound (never skips what the full check
would find) and the checks give the same output with and without it, on real and garbled text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import scale_data
from harness.checks import shape, text
from harness.checks.emit import Emitter
from harness.checks.settings import CheckSettings


def _texts(corpus_dir: Path) -> list[str]:
    out = []
    for t in scale_data.truths(corpus_dir):
        out.append(t["body"])
        out.append(t["title"])
        for wrong in ("cp1252", "latin-1", "mac_roman", "cp1251", "cp1250"):
            try:
                out.append(t["body"].encode("utf-8").decode(wrong))
            except UnicodeDecodeError:
                continue
    return out


def test_second_mojibake_filter_never_skips_a_bad_line(corpus_dir: Path) -> None:
    from ftfy.badness import is_bad

    suspect, needed = text._suspect_chars(), text._also_needed()
    assert suspect is not None and needed is not None  # ftfy's regex has the shape the filters understand
    bad = skipped = 0
    for body in _texts(corpus_dir):
        for line in body.splitlines():
            if line.isascii() or not suspect.search(line):
                continue
            if is_bad(line):
                bad += 1
                assert text._may_be_bad(line, suspect, needed), line
            elif not text._may_be_bad(line, suspect, needed):
                skipped += 1
    assert bad > 100 and skipped > 100  # both sides ran: it finds the bad lines and skips clean ones


def test_mojibake_same_with_and_without_the_second_filter(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(corpus_dir)
    fast = [list(text.mojibake(t)) for t in texts]
    monkeypatch.setattr(text, "_also_needed", lambda: None)
    assert fast == [list(text.mojibake(t)) for t in texts]
    assert sum(bool(found) for found in fast) > 100


def test_line_caches_return_fresh_lists() -> None:
    body = "a\n\n b \nc"
    first = text.lines(body)
    first.append("mutated")
    assert text.lines(body) == ["a", "b", "c"]
    assert text.line_key("Page 12 of 40!") == text._line_key.__wrapped__("Page 12 of 40!") == "page 00 of 00"
    long_line = "Ünïcode Line 7 " * 60  # past the cached length: keyed each time, the same way
    assert text.line_key(long_line) == text._line_key.__wrapped__(long_line)
    big = "x\n" * 40_000  # past the cached size: split each time, the same way
    assert text.lines(big) == ["x"] * 40_000


def _menu_findings(items: list[str]) -> list[str]:
    emit = Emitter("p", CheckSettings().for_site("x"), 50)
    shape.check_menu(emit, items)
    return [f.message for f in emit.done()]


def test_menu_check_still_finds_menus_and_not_prose() -> None:
    menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"]
    assert _menu_findings(menu) and "7 of 7 lines" in _menu_findings(menu)[0]
    prose = [f"This is sentence number {i} of a perfectly ordinary news article." for i in range(8)]
    assert _menu_findings(prose) == []
    assert _menu_findings(menu[:5]) == []  # too few lines


def test_shares_token_same_as_reading_every_line(corpus_dir: Path) -> None:
    truths = scale_data.truths(corpus_dir)
    bodies = [t["body"] for t in truths]
    answers = []
    for n, t in enumerate(truths):
        wanted = text.tokens(t["title"])
        for body in (t["body"], bodies[(n + 1) % len(bodies)], t["body"].upper(), "ｔｅｓｔ ＡＢＣＤ 12"):
            slow = bool(wanted & {tok for line in body.split("\n") for tok in text.tokens(line)})
            assert text.shares_token(wanted, body) == slow, (t["title"], body[:80])
            answers.append(slow)
    assert answers.count(True) > 100 and answers.count(False) > 100


def test_boilerplate_match_same_without_the_phrase_scan(corpus_dir: Path) -> None:
    """Bodies without a phrase keyword skip the phrase patterns: same 0/1 as the full merged scan."""
    from harness.checks import frame

    scope = CheckSettings().for_site("example.com")
    plan = frame._without_phrases(scope.patterns)
    assert plan is not None and "cookie" in plan[0] and "using " in plan[0]
    phrases = [
        "We use cookies to improve this site.",
        "By continuing to use this site you agree.",
        "All rights reserved.",
        "Subscribe to continue reading.",
        "Alle Rechte vorbehalten",
        "Enter your email",
    ]
    bodies = [t["body"] for t in scale_data.truths(corpus_dir)]
    bodies += [f"{body}\n\n{line}" for body in bodies[:40] for line in phrases]
    answers = []
    for body in bodies:
        low = body.lower()
        full = int(any(regex.search(low) for regex in _plain(scope.patterns)))
        assert frame.boilerplate_match(body, scope) == full, body[-120:]
        answers.append(full)
    assert answers.count(1) > 200 and answers.count(0) > 50


def _plain(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    """The merged regexes as written, without the first-character gates ``frame._merged`` adds."""
    from harness.checks.patterns import combined

    return [re.compile(p) for p in combined(patterns)]


def _slow_key(value: str) -> str:
    import unicodedata

    return text._NON_WORD.sub("", unicodedata.normalize("NFKC", value).casefold())


def test_key_same_as_the_regex_on_real_garbled_and_every_character(corpus_dir: Path) -> None:
    texts = _texts(corpus_dir)
    lines_ = [ln for t in texts for ln in t.splitlines()]
    assert sum(ln.isascii() for ln in lines_) > 1000 and sum(not ln.isascii() for ln in lines_) > 1000
    for value in [*texts, *lines_]:
        assert text.key(value) == _slow_key(value), value
        assert text.squash(value) == text._squash(value)  # remembered up to 500 characters, the same
    assert text._squash_short.cache_info().currsize > 1000  # the short lines went through the cache
    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    for start in range(0, len(every), 512):  # each character alone and between others
        piece = "".join(every[start : start + 512])
        assert text.key(piece) == _slow_key(piece)
        assert text.key(f"a{piece[:7]} B_{piece[7:9]}\t1") == _slow_key(f"a{piece[:7]} B_{piece[7:9]}\t1")
    for ch in every:
        assert text.key(ch) == _slow_key(ch), hex(ord(ch))
    assert text.key(" Spotlight_Nepal! 2024\u00a0") == "spotlightnepal2024"


def test_site_name_fold_same_for_ascii_as_the_general_path(corpus_dir: Path) -> None:
    import unicodedata

    from harness.checks import names

    def slow(value: str) -> str:
        stripped = unicodedata.normalize("NFKD", value)
        return text.key("".join(ch for ch in stripped if not unicodedata.combining(ch)))

    values = [t["title"] for t in scale_data.truths(corpus_dir)] + ["".join(map(chr, range(128)))]
    assert sum(v.isascii() for v in values) > 50
    for value in values:
        assert names._fold(value) == slow(value), value


def test_boilerplate_match_same_when_phrases_are_tried_only_on_keyword_lines(
    corpus_dir: Path, tmp_path: Path
) -> None:
    """Keyword lines anywhere in a body (first, middle, last, too long, in prose, in mixed case), garbled
    bodies and a site with its own anchored and free patterns: the same 0/1 as searching the whole body
    with the merged regexes, and each line-anchored regex found the same way."""
    from harness.checks import frame
    from harness.config import load_config
    from harness.runner import RunContext

    (tmp_path / "pyproject.toml").write_text(
        '[tool.harness.checks.sites."own.example".boilerplate]\n'
        'extra_patterns = ["^read the (?:rest|full story)\\\\b", "sponsored by \\\\w+",'
        ' "^\\\\s*$\\\\n^advert"]\n',
        encoding="utf-8",
    )
    settings = RunContext(load_config(config_file=tmp_path / "pyproject.toml"), None).check_settings
    scopes = [settings.for_site("example.com"), settings.for_site("own.example")]
    assert scopes[1].patterns != scopes[0].patterns
    keyword_lines = [
        "We use cookies to improve this site.",
        "By continuing to use this site you agree.",
        "© 2024 The Paper. All Rights Reserved.",
        "Subscribe to continue reading.",
        "Read the full story",
        "This cookie policy paragraph is long. " * 10,  # over 300 characters: no phrase match
        "The editor said the newsletter would publish the registry of members.",
        "Sponsored by Acme",
        "\nAdvert",
    ]
    texts = _texts(corpus_dir)
    bodies = texts[:400]
    for i, line in enumerate(keyword_lines):
        for body in texts[i * 7 : i * 7 + 7]:
            paras = body.split("\n\n")
            bodies += [
                f"{line}\n\n{body}",
                f"{body}\n\n{line}\n",
                "\n\n".join([*paras[:2], line, *paras[2:]]),
            ]
    answers = []
    for scope in scopes:
        merged, plain = frame._merged(scope.patterns), _plain(scope.patterns)
        for body in bodies:
            low = body.lower()
            full = int(any(regex.search(low) for regex in plain))
            assert frame.boilerplate_match(body, scope) == full, body[:200]
            for regex in merged:
                assert frame._found(regex, low) == (regex.search(low) is not None)
            answers.append(full)
    assert answers.count(1) > 150 and answers.count(0) > 100


def test_keyword_scan_finds_the_same_keywords_as_substring_tests(corpus_dir: Path) -> None:
    """The Aho-Corasick scan (``fast`` extra) names exactly the phrase keywords ``in`` finds, on real,
    garbled and made-up text (keywords overlapping, repeated, at the ends, next to every code point)."""
    from harness.checks import frame

    pytest.importorskip("ahocorasick")
    needles = frame._without_phrases(CheckSettings().for_site("example.com").patterns)
    assert needles is not None and frame._automaton(needles[0]) is not None
    keywords = needles[0]
    texts = [t.lower() for t in _texts(corpus_dir)]
    texts += ["".join(keywords), " ".join(reversed(keywords)), keywords[0] * 3, keywords[-1][:-1], ""]
    texts += [f"{k[: len(k) // 2]}\n{k[len(k) // 2 :]} {k}" for k in keywords]
    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    texts += ["".join(every[i : i + 256]) + keywords[i % len(keywords)] for i in range(0, len(every), 256)]
    found = 0
    for body in texts:
        low = body.lower()
        expected = [k for k in keywords if k in low]
        assert frame._present(keywords, low, body) == expected, low[:200]
        found += bool(expected)
    assert found > 100 and found < len(texts)


def test_h64_is_the_64_bit_blake2b_of_the_text(corpus_dir: Path) -> None:
    import hashlib

    from harness.scale.work import h64

    values = [*_texts(corpus_dir)[:50], "", "a", "\udfff lone surrogate", "\x00" * 3, "日本語"]
    for value in values:
        digest = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        assert h64(value) == (int.from_bytes(digest, "little") or 1)
    assert len({h64(v) for v in values}) == len(set(values))
