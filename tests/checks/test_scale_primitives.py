"""The fast paths of the shared text primitives give exactly what the plain computation gives.

The per-page checks are most of a crawl-scale run's CPU time, so :mod:`harness.checks.text` takes shortcuts:
``shares_token`` stops at the first shared token, ``markup`` skips regex scans a cheap look-up proves
useless, ``mojibake`` skips lines without a character ftfy's detector needs. Each is compared here with
the computation it replaces, on the shared corpus's real bodies and on garbled copies of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import scale_data
from harness.checks import text
from harness.checks.text import markup, mojibake, shares_token, tokens


def _truths(corpus_dir: Path) -> list[dict[str, str]]:
    """Title and body of every ground-truth page (made of corpus sentences where the truth has none)."""
    out = [{"title": t["title"], "body": t["body"]} for t in scale_data.truths(corpus_dir)]
    assert len(out) > 150
    return out


def _garbled(body: str) -> list[str]:
    """``body`` as a wrong decoder would show it (the mojibake the check exists for)."""
    out = []
    for wrong in ("cp1252", "latin-1", "mac_roman", "cp1251", "cp1250"):
        try:
            out.append(body.encode("utf-8").decode(wrong))
        except UnicodeDecodeError:
            continue
    return out


def test_shares_token_is_the_set_intersection(corpus_dir: Path) -> None:
    truths = _truths(corpus_dir)
    outcomes = set()
    for i, t in enumerate(truths):
        body = t["body"]
        assert tokens(body) == set().union(*(tokens(line) for line in body.split("\n")))  # line-wise is exact
        for title in (t["title"], truths[(i + 7) % len(truths)]["title"], "Zzyzx Qwfp 1"):
            wanted = tokens(title)
            expected = bool(wanted & tokens(body))
            assert shares_token(wanted, body) == expected, (t["title"], title)
            outcomes.add(expected)
    assert outcomes == {True, False}  # both answers were exercised
    assert not shares_token(set(), "any text at all")


def _unfiltered_markup(body: str) -> list[str]:
    found = [(m.start(), m.group(0)) for m in text._TAG.finditer(body)]
    found += [(m.start(), m.group(0)) for m in text._CODE.finditer(body)]
    for m in text._ENTITY.finditer(body):
        if m.group(0)[1:-1].startswith("#") or m.group(0)[1:-1] in text._NAMED:
            found.append((m.start(), m.group(0)))
    return [snippet for _, snippet in sorted(found)]


@pytest.mark.parametrize(
    "leak",
    [
        "<p class='x'>",
        "<!-- ad -->",
        "--> end",
        "<![CDATA[x]]>",
        "document.write('x')",
        "window.dataLayer = []",
        "function (a, b) { return a }",
        "var slots = [1, 2]",
        "var conf = {a: 1}",
        "googletag.cmd.push",
        "{ color: red; }",
        "caf&eacute; &#8217; &nbsp;",
    ],
)
def test_markup_prefilter_keeps_every_leak(leak: str) -> None:
    body = f"An ordinary sentence.\n\nThe leak {leak} sits here.\n\nAnother ordinary line."
    found = list(markup(body))
    assert found and found == _unfiltered_markup(body)


def test_markup_prefilter_on_corpus_bodies(corpus_dir: Path) -> None:
    for t in _truths(corpus_dir):
        for body in (t["body"], t["body"] + "\n<div>x</div> var a = [1]; &amp;"):
            assert list(markup(body)) == _unfiltered_markup(body)


def test_mojibake_prefilter_is_sound(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ftfy.badness import is_bad

    suspect = text._suspect_chars()
    assert suspect is not None  # ftfy's regex has the shape the pre-filter understands
    texts = [body for t in _truths(corpus_dir) for body in (t["body"], *_garbled(t["body"]))]
    bad_lines = 0
    for body in texts:
        for line in body.splitlines():
            if not line.isascii() and is_bad(line):
                bad_lines += 1
                assert suspect.search(line), line  # no bad line is ever skipped
    assert bad_lines > 100
    fast = [list(mojibake(body)) for body in texts]
    monkeypatch.setattr(text, "_suspect_chars", lambda: None)
    assert fast == [list(mojibake(body)) for body in texts]
    assert sum(bool(found) for found in fast) > 100


def test_phrase_keyword_guard_keeps_every_match(corpus_dir: Path) -> None:
    """Keywords grouped by their first character change a phrase pattern's speed only, not its matches."""
    import re

    from harness.checks import patterns

    lines = [
        "All rights reserved.",
        "We use cookies to improve this site.",
        "Subscribe to continue reading this article.",
        "Alle Rechte vorbehalten",
        "Pour lire la suite, abonnez-vous",
        "Все права защищены",
        "無断転載を禁じます",
        "Publisher and Editor: Jane Roe",
    ]
    texts = [t["body"].lower() for t in _truths(corpus_dir)] + ["\n".join(lines).lower()]
    grouped = 0
    for pattern, (keywords, _) in patterns._PHRASES.items():
        fast_part = patterns._by_first_char(keywords)
        grouped += fast_part != f"(?:{keywords})"
        plain = re.compile(pattern.replace(fast_part, f"(?:{keywords})", 1), re.M)
        fast = re.compile(pattern, re.M)
        assert plain.pattern != pattern or fast_part == f"(?:{keywords})"
        for sample in texts:
            assert [m.span() for m in fast.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
    assert grouped >= len(patterns._PHRASES) - 1
    merged = patterns.combined(patterns.default_patterns(patterns.LANGUAGES))
    assert all(any(re.search(r, line.lower()) for r in merged) for line in lines)
    assert patterns._by_first_char("ab|c?d") == "(?:ab|c?d)"
    assert patterns._by_first_char("x|(?:y)") == "(?:x|(?:y))"
    assert (
        patterns._by_first_char("using (?:this|our)|abo |uses")
        == "(?=[ua])(?:u(?:sing (?:this|our)|ses)|a(?:bo ))"
    )
