"""Session 26's per-record speed-ups change no finding: each fast path gives the same output as the
computation it replaces, kept here as written before, on the corpus's bodies, their garbled copies, records
whose lines all differ and texts made to hit each path's edges."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bench import scale_data
from harness import ahead
from harness.checks import consent, frame, keywords, notice, text
from harness.checks.emit import Emitter
from harness.checks.needles import always_holds, automaton
from harness.checks.settings import CheckSettings, SiteSettings

pytest.importorskip("ahocorasick")

_USER = (r"(?m)^(?:all rights reserved|ad|anzeige)$", r"(?i)subscribe to our \w+", r"read more")


def _bodies(corpus_dir: Path, texts: list[str]) -> list[str]:
    """The corpus's bodies and their garbled copies, distinct records, the shared lines glued into bodies,
    and bodies made to put each consent marker and phrase keyword in every case, split across a line
    break, next to a capital sigma or a dotted capital I, and after every block of code points."""
    out = []
    for t in scale_data.truths(corpus_dir):
        out.append(t["body"])
        for wrong in ("cp1252", "latin-1", "cp1251"):
            try:
                out.append(t["body"].encode("utf-8").decode(wrong))
            except UnicodeDecodeError:
                continue
    out += [scale_data.record(corpus_dir, i, distinct=True)["body"] for i in range(0, 300, 5)]
    out += ["\n".join(texts[k : k + 40]) for k in range(0, len(texts), 40)]
    words = [*consent._MARKERS, *consent._MACHINERY_MARKERS, *_keywords(), *notice._VENDOR_CORES, "Outbrain"]
    for w in words:
        for form in (w, w.upper(), w.title(), w.swapcase(), w.lower()):
            out += [f"Plain line.\n{form}", f"Sie {form} anzeigen\n", f"ΟΔΟΣ {form}Σ", f"İ{form}İ\nx"]
        half = len(w) // 2
        out += [f"{w[:half]}\n{w[half:]}", f"{w[:half]}\r\n{w[half:]} and {w[:half]}\u2028{w[half:]}"]
    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    out += ["".join(every[i : i + 512]) + words[i // 512 % len(words)] for i in range(0, len(every), 512)]
    out += ["", " ", "\n", "\u03a3", "ẞ" * 10]
    return out


def _keywords(patterns: tuple[str, ...] | None = None) -> tuple[str, ...]:
    scope = CheckSettings().for_site("example.com")
    found = frame.phrase_keywords(scope if patterns is None else _with(patterns))
    assert found
    return found


def _with(patterns: tuple[str, ...]) -> SiteSettings:
    from dataclasses import replace

    return replace(CheckSettings().for_site("example.com"), patterns=patterns)


def _present_before(needles: tuple[str, ...], low: str) -> list[str]:
    """``frame._present`` as it was: an automaton of the needles alone over the lowercased body."""
    found_in = automaton(needles)
    if found_in is None:
        return [needle for needle in needles if needle in low]
    found = {needle for _end, needle in found_in.iter(low)}
    return [needle for needle in needles if needle in found] if found else []


def test_consent_markers_looked_for_lowercased_first_as_before(corpus_dir: Path, texts: list[str]) -> None:
    """A body the shared pass finds no lowercased consent marker in has no line holding a marker as
    written: ``marked_lines`` and ``notice_lines`` with the pass's answer give what they gave without it."""
    needles = _keywords()
    assert keywords.available(needles)
    marked = skipped = 0
    for body in _bodies(corpus_dir, texts):
        body_lines = text.lines(body)
        before = consent.marked_lines(body_lines)
        _found, held = keywords.scan(body, needles)
        may = bool(held & keywords.MARKER)
        assert consent.marked_lines(body_lines, may) == before, body[:200]
        assert notice.notice_lines(body_lines, may) == notice.notice_lines(body_lines), body[:200]
        marked += bool(before)
        skipped += not may
    assert marked > 500 and skipped > 200


def test_vendor_names_looked_for_lowercased_first_as_before(corpus_dir: Path, texts: list[str]) -> None:
    """A body the shared pass finds no lowercased vendor name in gets from ``own_parts`` what it got without
    the pass (which looks for the names as written, in two cases)."""
    needles = _keywords()
    url = "https://example.com/news/2026/12/a-story-of-its-own"
    vendors = skipped = 0
    for body in _bodies(corpus_dir, texts):
        body_lines = text.lines(body)
        before = notice.own_parts(body, body_lines, url, "A title long enough to be quoted")
        may = bool(keywords.scan(body, needles)[1] & keywords.VENDOR)
        assert notice.own_parts(body, body_lines, url, "A title long enough to be quoted", may) == before
        vendors += any("widget" in why for _line, why in before)
        skipped += not may
    assert vendors > 20 and skipped > 200


def test_phrase_keywords_from_the_shared_pass_as_before(corpus_dir: Path, texts: list[str]) -> None:
    """The phrase keywords found by the pass shared with the consent markers are those the keywords' own
    automaton found, for the default patterns and a user's list, in a run (the pass kept in ``ahead``'s
    table, made first by ``boilerplate.notice``) and outside one; ``boilerplate_match`` is unchanged."""
    user = _with(tuple(CheckSettings().for_site("example.com").patterns) + _USER)
    found = 0
    for scope in (CheckSettings().for_site("example.com"), user):
        needles = frame.phrase_keywords(scope)
        for body in _bodies(corpus_dir, texts)[::2]:
            low = body.lower()
            expected = _present_before(needles, low)
            assert frame._present(needles, low, body) == expected, body[:200]
            with ahead.run():
                notice.check_notices(Emitter("p", scope, 50), body)
                assert frame._present(needles, low, body) == expected, body[:200]
                matched = frame.boilerplate_match(body, scope)
            assert frame.boilerplate_match(body, scope) == matched
            found += bool(expected)
    assert found > 300


def test_no_shared_pass_without_phrase_keywords_or_with_a_line_break_in_one() -> None:
    """A site without patterns or with the pattern checks off has no phrase keywords for the pass; a
    keyword holding a line break keeps the whole-body path, as before."""
    from dataclasses import replace

    scope = CheckSettings().for_site("example.com")
    assert frame.phrase_keywords(replace(scope, patterns=())) == ()
    off = replace(scope, enabled=frozenset(scope.enabled) - set(frame.PATTERN_CHECKS))
    assert frame.phrase_keywords(off) == ()
    assert keywords.available(())
    assert keywords.scan("Wir verwenden COOKIES.", ()) == (frozenset(), keywords.MARKER)
    both = keywords.NEEDLE | keywords.VENDOR
    assert keywords.scan("Promoted by OUTBRAIN", ("pro",)) == (frozenset({"pro"}), both)
    needles = ("read\nmore", "cookie")
    for body in ["read\nMORE", "Cookies", "nothing"]:
        assert frame._present(needles, body.lower(), body) == _present_before(needles, body.lower())


_PHRASE_LINES = [
    "We use cookies to improve your experience.",
    "This website uses cookies.",
    "By continuing to use this site you agree.",
    "© 2026 Example Media. All rights reserved.",
    "Publisher: Example Media GmbH",
    "Publisher\n: Example Media GmbH",
    "Editor-in-chief: Jane Doe",
    "Registration number: 12345",
    "Enter your email address below",
    "Subscribe to our weekly newsletter",
    "Sign in to continue reading",
    "Log in to read the full story",
    "This article is only available to subscribers",
    "Wir verwenden Cookies, um ...",
    "Newsletter jetzt abonnieren",
    "Alle Rechte vorbehalten.",
    "Um den ganzen Artikel weiterzulesen, melden Sie sich an",
    "Jetzt Abo abschließen",
    "Ce site utilise des cookies",
    "Tous droits réservés",
    "Pour lire la suite, abonnez-vous",
    "Il vous reste 80% de l'article à lire",
    "Utilizamos cookies propias",
    "Todos los derechos reservados",
    "Para seguir leyendo, suscríbete",
    "Todos os direitos reservados",
    "Tutti i diritti riservati",
    "Per continuare a leggere abbonati",
    "Alle rechten voorbehouden",
    "Om verder te lezen, log in",
    "Wszelkie prawa zastrzeżone",
    "Все права защищены",
    "無断転載を禁じます",
    "members only: using our site",  # one pattern's keyword, another's words
    "editor\nwe use cookies",  # a keyword on the line before the phrase
    "subscribe\nsign in to keep reading",
]


def _match_before(body: str, scope: SiteSettings) -> int | None:
    """``boilerplate_match`` as first written: every merged regex of the list over the lowercased body."""
    if not body:
        return None
    low = body.lower()
    return int(any(regex.search(low) for regex in frame._merged(scope.patterns)))


def test_phrase_patterns_tried_alone_where_their_keywords_are_as_before(
    corpus_dir: Path, texts: list[str]
) -> None:
    """Each phrase pattern tried alone, and only in a body holding one of its keywords, matches where the
    merged phrase regex did: the corpus's bodies, the shared lines glued into bodies, and lines of every
    language's phrases alone, mixed with another pattern's keywords on the same line or the line before,
    and across a line break, for the default patterns and a user's list."""
    scope = CheckSettings().for_site("example.com")
    assert frame._by_phrase(scope.patterns) is not None  # every default phrase shown to hold its keywords
    user = _with(tuple(scope.patterns) + _USER)
    bodies = _bodies(corpus_dir, texts)[::3]
    lines = [*_PHRASE_LINES, *(line.upper() for line in _PHRASE_LINES)]
    for i, line in enumerate(lines):
        other = lines[(i * 7 + 3) % len(lines)]
        bodies += [line, f"Text.\n{line}\nMore.", f"{other[:20]} {line}", f"{line[:12]}\n{line[12:]}"]
        bodies += [f"{texts[i * 31 % len(texts)]}\n{line}\n{other}", f"{line} " * 30]
    matched = 0
    for body in bodies:
        for s in (scope, user):
            expected = _match_before(body, s)
            assert frame.boilerplate_match(body, s) == expected, body[:200]
            matched += expected or 0
    assert matched > 150


def test_always_holds_reads_the_parse_tree_soundly() -> None:
    """``always_holds`` says yes only when every match holds a word, through factored branches, groups
    and repeats, and no to a flag, an optional part, a class or a lookahead."""
    assert always_holds(r"\bsubscribe\b", ["subscri"])
    assert always_holds(r"(?:subscribe|sign in)", ["subscri", "sign in"])  # the parser factors out "s"
    assert always_holds(r"\b(?:we|our (?:site|app)) uses? cookies\b", ["cookie"])
    assert always_holds(r"x(?:ab|ac)+y", ["xa"])
    assert always_holds(r"(news)letter", ["newsl"])
    assert not always_holds(r"(?:subscribe|join)", ["subscri"])
    assert not always_holds(r"(?:newsletter)?", ["news"])
    assert not always_holds(r"(?i)newsletter", ["newsletter"])
    assert always_holds(r"[n]ewsletter", ["newsletter"])  # a class of one character is that literal
    assert not always_holds(r"[nN]ewsletter", ["newsletter"])
    assert not always_holds(r"(?=newsletter)\w+", ["newsletter"])
    assert not always_holds(r"(", ["x"])


#: ``edges``' page-or-issue regex as main first wrote it (session 26), tried at every character
_PRINTED_AT_BEFORE = re.compile(
    r"(?<!\w)(?:page|p\.|pp\.|pg\.|s\.|seite|side|sida|sid\.|strona|str\.|straně|стр\.|página|pág\.|pagina"
    r"|pag\.|σελ\.|sayfa|עמוד|หน้า|পৃষ্ঠা|पृष्ठ|oldal)\s*[A-Z]?\d{1,3}(?!\d)"
    r"|\d{1,3}\.?\s*(?:sayfada|oldalon)|[A-Z]?\d{1,3}\s*[面면版]|第\s*\d{1,3}\s*版"
    r"|(?<!\w)(?:nr\.?|n[º°o]\.?|№|no\.)\s*\d{1,4}(?:/\d{2,4})?",
    re.IGNORECASE,
)


def _print_credit_before(line: str) -> bool:
    """``edges.print_credit`` as written in main: the page-or-issue regex over every line short enough."""
    from harness.checks import edges

    if edges.words(line) > edges._CREDIT_WORDS or _PRINTED_AT_BEFORE.search(line) is None:
        return False
    return edges._DAY_IN_LINE.search(line) is not None or edges._ISSUE_OF_YEAR.search(line) is not None


def test_print_credit_looks_for_a_digit_first_as_before(texts: list[str]) -> None:
    """A line without a digit (``\\d``, any script's) is no print credit without the page regex's scan:
    the same verdicts on every line of the corpus, its garbled copies and distinct records, and on print
    credits written with ASCII, Arabic-Indic, fullwidth and Devanagari digits, and with none."""
    from harness.checks import edges

    credits = [
        "A version of this article appears in print on Oct. 19, 2019, Section D, Page 7 of the NY edition",
        "Erschienen in: Die Zeit Nr. 26/2023, S. 15",
        "この記事は2023年5月4日付朝刊3面に掲載されています。",
        "Publicado en la edición impresa del 3 de marzo de 2024, página 12",
        "نشر في العدد № ١٢٣ بتاريخ ٣ مارس ٢٠٢٤ صفحة ١٥",
        "この記事は２０２３年５月４日付朝刊３面に掲載されています。",
        "पृष्ठ १२, 3 March 2024",
        "Page twelve, the third of March",
        "Nr. 26/2023",
        "第 07 版 2024年3月4日",
    ]
    found = 0
    for line in [*texts, *credits, *(c.upper() for c in credits), *(c.lower() for c in credits)]:
        got = edges.print_credit(line)
        assert got == _print_credit_before(line), line[:200]
        found += got
    assert found >= 12


def test_printed_at_reads_round_each_number_as_the_regex_did(texts: list[str]) -> None:
    """The page-or-issue test read round each run of digits (the lead's change after the merge) finds a
    number wherever the regex tried at every character did: every line of the corpus's texts, and 20,000
    strings drawn from the words, signs, digits and spaces the regex reads."""
    from harness.checks import edges

    rnd = random.Random(26)
    pieces = [*"page s. Nr№第版面면 0123456789A.-/", " sayfada", "Seite ", "p.", " oldalon", "١٢", "３"]
    drawn = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(20_000)]
    hits = 0
    for line in [*texts, *drawn]:
        got = edges._printed_at(line)
        assert got == (_PRINTED_AT_BEFORE.search(line) is not None), line[:200]
        hits += got
    assert hits > 1_000


def test_the_badge_at_the_titles_end_is_found_where_the_search_found_it(texts: list[str]) -> None:
    """``badge._at_end`` tries ``_END`` only at a sign and the spaces before it: the same match (start and
    text) as ``_END.search`` on the corpus's lines read as titles, titles built with badges, and 20,000
    strings of the signs, brackets and badge words the pattern reads."""
    from harness.checks import badge

    rnd = random.Random(27)
    words = ["Abo", "premium", "PREMIUM", "abonnés", "for subscribers", "plus"]
    pieces = [*" :;–—-/|·•.()[]（）【】abZ+", *words]
    drawn = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))) for _ in range(20_000)]
    ends = (" [Abo]", " – Abonnés", "（有料会員限定）")
    built = [f"{line[:60]}{end}" for line in texts[:200] for end in ends]
    found = 0
    for title in [*(t[:200] for t in texts), *built, *drawn]:
        cut = max(0, len(title) - badge._EDGE_CHARS)
        before, now = badge._END.search(title, cut), badge._at_end(title, cut)
        assert (before is None) == (now is None), title
        if before is not None and now is not None:
            assert (before.start(), before.group(0)) == (now.start(), now.group(0)), title
            found += 1
    assert found > 600
