"""Session 22's per-record speed-ups change no finding: each cheap gate (a test a whole line or body must
pass for a check to find anything there) gives the same output as the code it replaced, kept here as
written before, on the corpus's bodies, their garbled copies and shapes made to hit the checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import scale_data
from harness.checks import text, widget
from harness.checks.board import board_lines

#: shapes the checks look for, glued to real lines so both sides of every gate are crossed
_SHAPES = (
    "Listen 4:32", "12.03.2020 14:35", "Photo 3 of 12", "4.5/5", "147 days 4 hrs 34 mins", "١٢:٣٠",
    "１２:３０", "Like 12 · Love 3 · Wow 0", "CDU 30,1 % · SPD 16,4 % · Grüne 12 %", "3 - 12 - 19 - 27 - 38",
    "Click to enlarge (1600 × 900 px)", "Bericht.pdf (480 KB)", "Fajr 04:59 Dhuhr 12:22 Asr 15:10",
    "Magnitudo 4.6 · 5 km E Norcia · ore 03:14", "Tier der Woche: Bruno · Tel. 0731", "a｜b 3｜c",
    "Ein Gebrauchtwagen im Angebot · Bekijk alle",
    "Home | News | Sport | 3 min", "Politik • Wirtschaft • Kultur • 12:30",
    "東京\u3000大阪\u3000名古屋\u30003",
)


@pytest.fixture(scope="module")
def bodies(corpus_dir: Path) -> list[str]:
    out = []
    for n, t in enumerate(scale_data.truths(corpus_dir)):
        body = t["body"]
        out.append(body)
        for wrong in ("cp1252", "latin-1", "cp1251"):
            try:
                out.append(body.encode("utf-8").decode(wrong))
            except UnicodeDecodeError:
                continue
        shape = _SHAPES[n % len(_SHAPES)]
        parts = body.split("\n")
        out.append("\n".join(f"{shape}\n{line}" if i % 3 == 0 else line for i, line in enumerate(parts)))
        out.append("\n".join(f"{line[:60]} {shape}" for line in parts))
    return out


def _widget_lines_before(body_lines: list[str]) -> list[str]:
    """:func:`harness.checks.widget.widget_lines` before session 22 (every gate tried on every line)."""
    w = widget
    n = len(body_lines)
    if n < w._MIN_LINES:
        return []
    found = []
    segmented = {
        line
        for line in body_lines
        if w._SEGMENT_SIGN.search(line) and (w.segmented_row(line) or w.dotted_box(line))
    }
    own_format = len(segmented) >= w._OWN_FORMAT
    middle = body_lines[w._EDGE_LINES : -w._EDGE_LINES]
    feed = sum(1 for line in middle if w._ENTRY_HEAD.match(line)) >= w._OWN_FORMAT  # session 23's live blog
    shaped = []  # session 25: a review's rated headings
    boards = set(board_lines(body_lines))  # session 26: a board of values under a label
    for i, line in enumerate(body_lines):
        if (w._row_shaped(line) and w._ANY_DIGIT.search(line)) and (
            w.data_row(line) or w.share_row(line) or w.number_series(line)
        ):
            found.append(line)
            continue
        if (not own_format and line in segmented) or line in boards:
            found.append(line)
            continue
        if len(line) <= w._SIZED_CHARS and line.rstrip()[-1:] in ")]" and w._SIZED.search(line):
            found.append(line)
            continue
        if len(line) > w._CLOCKED_CHARS:
            continue
        edge = i < w._EDGE_LINES or i >= n - w._EDGE_LINES
        if feed and w._ENTRY_HEAD.match(line):
            continue
        if len(line) > w._MAX_CHARS or len(line.split()) > w._MAX_WORDS:
            hit = w.clocked(line, middle=not edge)
            hit = hit and (edge or w._alone(line, body_lines[i - 1], body_lines[i + 1]))
        elif edge:
            hit = w.widget_shape(line)
        else:
            hit = w.widget_shape(line, middle=True) and w._alone(line, body_lines[i - 1], body_lines[i + 1])
        if hit:
            found.append(line)
            shaped.append(i)
    headings = w._own_headings(body_lines, shaped)
    return [line for line in found if line not in headings]


def test_widget_lines_same_with_the_digit_gate(bodies: list[str]) -> None:
    hits = 0
    for body in bodies:
        for body_lines in (text.lines(body), body.split("\n\n")):  # stripped, and as a test passes them
            fast = widget.widget_lines(body_lines)
            assert fast == _widget_lines_before(body_lines), body[:120]
            hits += len(fast)
    assert hits > 300


def test_segment_signs_are_the_class() -> None:
    """``widget_lines`` looks for ``_SEGMENT_SIGN``'s characters one by one: the same characters."""
    from re import _parser  # type: ignore[attr-defined]

    items = _parser.parse(widget._SEGMENT_SIGN.pattern).data[0][1]
    assert {chr(value) for _op, value in items} == set("·|•｜\u3000")


def test_every_widget_shape_holds_a_digit() -> None:
    """The gate's premise, on each shape alone and amid prose."""
    prose = "This is an ordinary sentence of an article, long enough to be read as prose by the check."
    for shape in _SHAPES:
        body_lines = [prose, shape, prose]
        assert widget.widget_lines(body_lines) == _widget_lines_before(body_lines)
    assert any(widget.widget_lines([prose, s, prose]) for s in _SHAPES)
    assert all(widget._ANY_DIGIT.search(s) for s in _SHAPES if widget.widget_shape(s))


# ----------------------------------------------------------------------------- first-character gates

#: lines each default line pattern (or a user's) is written to match, to be found at line starts
_PATTERN_LINES = (
    "Updated: 12 March 2024 14:35", "Veröffentlicht am 3. Mai 2021", "2024-03-12", "© 2024 The Paper",
    "(c) 2023 acme inc.", "Vol. 3, No. 4", "ISSN: 1234-5678", "Home › News › World", "Advertisement",
    "Anzeige", "Share this article", "Accept all cookies", "Posted in World", "Tags: politics, economy",
    "Photo: Jane Doe", "12 Kommentare", "Mots-clés : France", "Leia também: outra coisa", "Реклама",
    "Читайте также: новость", "関連記事", "広告", "Read the full story", "Sponsored by Acme", "",
    "We use cookies to improve this site.", "Subscribe to continue reading.", "3 comentarios",
)
#: user patterns of shapes the gate must read or refuse (nullable starts, flags, classes, backreferences)
_USER_PATTERNS = (
    r"^read the (?:rest|full story)\b", r"^\s*$\n^advert", r"^(?:x|)updated", r"^a?b*\d+ comments",
    r"^(?i:advert)", r"^(?=\w)[^\W\d_]{3} \d", r"^(a)\1", r"^(?<![x])sponsored", r"^.{0,3}ad",
    r"^[^\n]{0,5}photo", r"^x{0}y", r"^\bhome\b", r"^(?>ab|a)c", r"^\W*share", r"^[\s\d]+ views",
)


def _alternatives() -> list[str]:
    from harness.checks.patterns import DEFAULT_PATTERNS

    found = [p[1:] for ps in DEFAULT_PATTERNS.values() for p in ps if p.startswith("^")]
    return [*dict.fromkeys(found), *(p[1:] for p in _USER_PATTERNS)]


def test_first_chars_reads_what_it_can_and_refuses_the_rest() -> None:
    from harness.checks.firstchars import first_chars, gated, union_gate

    assert first_chars(r"\bfoo") == {"f"}
    assert first_chars(r"(?<=a)b|c?d") == {"b", "c", "d"}
    assert first_chars(r"[^\W\d_]x") == {r"[^\W\d_]"}
    assert first_chars(r"[a-c\d]") == {"a-c", r"\d"}
    assert first_chars(r"x{0}y") == {"y"}
    for refused in (r"a?", r"(?i)a", r"(?i:a)", r".a", r"[^x]*a", r"(x|)", r"$", r"(a)?(?(1)c|d)"):
        assert first_chars(refused) is None, refused
        assert gated(refused) == refused
    assert gated("[^\\W\\d_]x|-") == r"(?=[\-]|[^\W\d_])[^\W\d_]x|-"
    assert union_gate(["ab", r"\dc", "[^\\W\\d_]x"]) == r"(?=[\da]|[^\W\d_])"
    assert union_gate(["ab", "(?i)c"]) == union_gate([]) == ""


def test_gated_line_patterns_match_exactly_where_they_did(bodies: list[str]) -> None:
    """Each default and user line pattern, gated and as written, at every line start of the corpus's
    bodies (garbled too) and of lines made to match, each after every ASCII character and some others."""
    from harness.checks.firstchars import first_chars, gated

    lines = [line.lower() for body in bodies for line in body.split("\n")]
    leads = [chr(n) for n in range(32, 128)] + list("\t\u00a0«‹<←|•·*–—-ÄäÉéßЖж中あ١٢１２\u3000\u2028")
    lines += [lead + line.lower() for line in _PATTERN_LINES for lead in ("", *leads)]
    alternatives = _alternatives()
    assert sum(first_chars(a) is not None for a in alternatives) > 20
    hits = 0
    for alternative in alternatives:
        plain = re.compile("(?m)^(?:" + alternative + ")")
        fast = re.compile("(?m)^(?:" + gated(alternative) + ")")
        for line in lines:
            m = plain.match(line)
            assert (m and m.span()) == ((g := fast.match(line)) and g.span()), (alternative, line)
            hits += m is not None
    assert hits > 500


def test_gated_merged_regexes_find_the_same_matches(bodies: list[str]) -> None:
    """The merged regexes the engine scans with (every default pattern, and a site's own): the same
    matches over whole bodies (the strong-hit count reads them all), not only the same yes-or-no."""
    from harness.checks.patterns import LANGUAGES, combined, default_patterns, is_phrase

    defaults = default_patterns(LANGUAGES)
    pairs: list[tuple[str, str]] = []
    for patterns in (
        (*defaults, *_USER_PATTERNS),  # a user's ungated pattern: no gate for the alternation as a whole
        defaults,  # every alternative gated: the union gate in front of them (session 23)
        tuple(p for p in defaults if not is_phrase(p)),  # as frame scans them when the phrases wait
        tuple(p for p in defaults if is_phrase(p)),  # the phrases alone, their walk gated (session 23)
    ):
        pairs += zip(combined(patterns), combined(patterns, gate=True), strict=True)
    assert any("(?m)^(?=" in fast for _, fast in pairs)  # a union gate was built
    assert any(plain != fast for plain, fast in pairs)
    extra = ["\n".join(_PATTERN_LINES), "\n".join(_PATTERN_LINES).lower()]
    found = 0
    for body in [*bodies, *extra]:
        low = body.lower()
        for plain, fast in pairs:
            spans = [m.span() for m in re.finditer(plain, low)]
            assert spans == [m.span() for m in re.finditer(fast, low)], plain[:80]
            found += len(spans)
    assert found > 300


# ----------------------------------------------------------------------------- session 23: notices

#: interface lines in the module's languages, to be found amid prose and glued to other text
_NOTICE_LINES = (
    "Please enable JavaScript to view this content.", "This video is not available in your region",
    "Refresh the page for the latest updates", "Link copied!", "Loading…", "× Close", "Zum Inhalt springen",
    "Bitte aktivieren Sie JavaScript, um dieses Video zu sehen.", "Veuillez activer JavaScript.",
    "Включите JavaScript, чтобы посмотреть видео", "Skip to main content", "Перейти к содержимому",
    "An error occurred while loading the video.", "We use cookies. Please accept cookies to continue.",
    "Please turn off your ad blocker", "Werbeblocker erkannt: bitte deaktivieren Sie ihn",
    "Opens in a new window", "Haz clic aquí para ver el vídeo", "Clique aqui para ver o vídeo",
    "Clicca qui per aprire la galleria", "Kliknij, aby otworzyć galerię", "Нажмите, чтобы открыть",
    "Sayfa yükleniyor", "Allow push notifications for this site?", "Your browser does not support the video",
    "Tap to expand the image", "Copied to clipboard", "Ce contenu n'est pas disponible", "Unavailable",
    "Dit artikel is gekopieerd", "Obrázek se načítání", "Video se nepodařilo přehrát, klikněte znovu",
    "Were you born before 1 May 2005? Yes · No", "Möchten Sie fortfahren? Ja | Nein", "Sure? Yes • No",
    "Відео недоступне, оновіть сторінку", "Bu içerik kullanılamıyor", "Stäng fönstret", "Klik hier",
)


def _notice_texts(bodies: list[str]) -> list[str]:
    """The bodies, each also with one made line in its middle and one at its end (a body with three or more
    is about the interface, and the check then reports less), and the made lines glued to other text."""
    made = [f"{lead}{line}" for line in _NOTICE_LINES for lead in ("", "x", "1 ", "« ", "Ünter ", "—")]
    made += [line.upper() for line in _NOTICE_LINES] + [line.replace(" ", "") for line in _NOTICE_LINES]
    out = [*bodies, "\n".join(made)]
    for n, body in enumerate(bodies):
        parts = body.split("\n")
        middle = len(parts) // 2
        parts[middle:middle] = [made[n % len(made)]]
        out.append("\n".join([*parts, made[(n * 7 + 3) % len(made)]]))
    return out


def test_required_runs_are_read_from_the_parse_tree() -> None:
    from harness.checks.needles import needles, required

    assert required(r"(?:un)?available\b") == "available"
    assert required(r"(?:does|do)(?: not|n't) support") == " support"
    assert required(r"activ(?:ez|er|é|ée|ant)\b") == "activ"
    assert required(r"ab?cde") == "cde"  # "a" may stand alone before an optional "b"
    assert required(r"x\d+yz") == "yz"
    for refused in (r"(?i)abc", r"(?:a|b)", r"\w+", r"a?", r"[abc]d?", "("):
        assert required(refused) is None, refused
    assert needles(("abc", r"(?:x|y)")) is None
    assert needles(("abc", "abc\\b", "xy")) == ("abc", "xy")


def test_notice_either_gate_refuses_only_lines_without_a_match(bodies: list[str]) -> None:
    """Every short line (and every line) of the bodies, garbled and made: the regex matches only where
    the automaton found a needle, and the needles are each alternative's own plain text; the same pass
    finds the legal documents' needles exactly where a substring search does."""
    from harness.checks import legal, notice

    assert notice._EITHER_FOUND is not None  # the fast extra is installed for the tests
    matched = refused = documents = 0
    for body in _notice_texts(bodies):
        for line in [*body.split("\n"), "By signing up, you agree to our Terms of Use and Privacy Policy."]:
            low = line.lower()
            hit = notice._EITHER.search(low) is not None
            either, law = notice._may_name(low)
            if not either:
                assert not hit, line
                refused += 1
            matched += hit
            assert law == any(n in low for n in legal.NEEDLES), line
            documents += law
    assert matched > 200 and refused > 10_000 and documents > 100


def test_notice_lines_same_with_the_gate(bodies: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`notice_lines` and the whole check with the automaton and without it (every line searched
    with the regex: the code before session 23)."""
    from harness.checks import notice
    from harness.checks.emit import Emitter
    from harness.checks.settings import CheckSettings

    texts = _notice_texts(bodies)

    def run() -> list[object]:
        out: list[object] = []
        for body in texts:
            body_lines = text.lines(body)
            out.append(notice.notice_lines(body_lines))
            emit = Emitter("p", CheckSettings().default, 1000)
            notice.check_notices(emit, body, "https://example.com/a/story-1", body_lines[0])
            out.append([(f.message, f.excerpt) for f in emit.findings])
        return out

    notice._read_line.cache_clear()  # each line read anew by both sides (session 24's memory)
    fast = run()
    monkeypatch.setattr(notice, "_EITHER_FOUND", None)
    notice._read_line.cache_clear()
    assert fast == run()
    notice._read_line.cache_clear()
    assert sum(len(found) for found in fast) > 100


# ----------------------------------------------------------------------------- session 23: markup

_CODE_BEFORE = re.compile(
    r"<!--|-->|<!\[CDATA\[|\bdocument\.write\(|\bwindow\.\w+\s*=|\bfunction\s*\([^)]*\)\s*\{|"
    r"\bvar\s+\w+\s*=\s*[\[{]|\bgoogletag\.|\{\s*(?:[a-z-]+\s*:\s*[^;{}\n]+;\s*)+\}"
)
_CODE_NEEDLES_BEFORE = ("<", "-->", "document.write(", "window.", "googletag.", "{")
#: script, CSS and comment text, to be glued after word characters (no word boundary then) and others
_CODE_LEAKS = (
    "<!-- ad -->", "--> end", "<![CDATA[x]]>", "document.write('x')", "window.dataLayer = []",
    "window.x=1", "function (a, b) { return a }", "function(){", "var slots = [1, 2]", "var conf = {a: 1}",
    "var x=[", "googletag.cmd.push", "{ color: red; }", "{a:b;}", "{ margin: 0; padding: 0 }",
    "var various = 3", "a variable = [", "functions (x) {", "windows.", "google tag.",
)


def _markup_before(body: str) -> list[str]:
    """:func:`harness.checks.text.markup` before session 23 (the whole ``_CODE`` scan behind a few
    substring tests)."""
    t = text
    found: list[tuple[int, str]] = []
    if "<" in body:
        found += [(m.start(), m.group(0)) for m in t._TAG.finditer(body)]
    if any(n in body for n in _CODE_NEEDLES_BEFORE) or ("[" in body and "var" in body):
        found += [(m.start(), m.group(0)) for m in _CODE_BEFORE.finditer(body)]
    if any(needle in body for needle in t._LEFTOVER_NEEDLES):
        found += [(m.start(), m.group(0)) for m in t._LEFTOVERS.finditer(body)]
    for m in t._ENTITY.finditer(body) if "&" in body else ():
        name = m.group(0)[1:-1]
        if name.startswith("#") or name in t._NAMED:
            found.append((m.start(), m.group(0)))
    stripped = body.strip()
    if "\n" not in stripped and stripped in t.EMPTY_VALUES:
        found.append((0, stripped))
    else:
        if body.startswith(t._EMPTY_VALUES_START):
            first = body.split("\n", 1)[0].strip()
            if first in t.EMPTY_VALUES:
                found.append((0, first))
        found += [(m.start(1), m.group(1)) for m in t._EMPTY_LINE.finditer(body)]
    return [snippet for _, snippet in sorted(found)]


def test_code_alternatives_are_the_old_regex() -> None:
    assert text._CODE.pattern == _CODE_BEFORE.pattern
    every = tuple(range(len(text._CODE_PARTS)))
    assert text._code_scan(every).pattern != _CODE_BEFORE.pattern  # \bword written word(?<!\wword)


def test_markup_same_with_the_code_gates(bodies: list[str]) -> None:
    leads = ("", "x", "_", "é", "Ж", "1", " ", "\n", "(", ".", "=", "-", "<", "{")
    made = [f"{lead}{leak}" for leak in _CODE_LEAKS for lead in leads]
    texts = [*bodies, *made, "\n".join(made), " ".join(made)]
    texts += [f"{body[:300]} {leak} {body[300:600]}" for body, leak in zip(bodies, made * 9, strict=False)]
    found = 0
    for body in texts:
        fast = list(text.markup(body))
        assert fast == _markup_before(body), body[:120]
        found += len(fast)
    assert found > 500
    for part in range(len(text._CODE_PARTS)):  # each alternative alone, as the gate may choose it
        scan = text._code_scan((part,))
        for leak in texts[-len(bodies) :]:
            plain = [m.span() for m in re.compile(text._CODE_PARTS[part][0]).finditer(leak)]
            assert plain == [m.span() for m in scan.finditer(leak)], (part, leak[:80])


# ----------------------------------------------------------------------------- session 23: colons

_LABELLED = (
    "Lesen Sie auch: Die Stadt plant einen neuen Park", "Mehr zum Thema：Wahl in Berlin", "Tags:",
    "Schlagwörter: Berlin, Wahl, SPD", "Themen：Politik, Wirtschaft", "Quelle: dpa", "Foto: Jane Doe",
    "Q: why", "Read more : The city plans a park", "Politics, Economy, World",
)


def _label_of_before(line: str) -> tuple[str, str] | None:
    """:func:`harness.checks.teaser.label_of` before session 23 (the regex on every line)."""
    from harness.checks import teaser

    m = teaser._LABEL.match(line)
    if m is None or len(m.group("label")) < teaser._LABEL_MIN_CHARS:
        return None
    rest = m.group("rest").strip()
    if teaser._LINKISH.search(rest) or not teaser.short_line(rest):
        return None
    return teaser.squash(m.group("label")), teaser.line_key(rest)


def test_label_of_same_with_the_colon_gate(bodies: list[str]) -> None:
    from harness.checks import teaser

    found = 0
    for body in [*bodies, "\n".join(_LABELLED)]:
        for line in text.lines(body):
            assert teaser.label_of(line) == _label_of_before(line), line
            found += teaser.label_of(line) is not None
    assert found > 20


def test_tag_tail_same_with_the_colon_gate(bodies: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`harness.checks.furniture.tag_tail` with the gate and with ``_label_line`` as it was (the
    regex on every line), on each body and each body with labelled lines at its end."""
    from harness.checks import furniture

    texts = [*bodies]
    for n, body in enumerate(bodies):
        texts.append("\n".join([body, *_LABELLED[n % 4 : n % 4 + 3]]))
        texts.append("\n".join([body, _LABELLED[n % len(_LABELLED)], "Berlin", "Wahl"]))
    all_lines = [text.lines(body) for body in texts]
    fast = [furniture.tag_tail(body_lines) for body_lines in all_lines]
    monkeypatch.setattr(furniture, "_label_line", furniture._LABEL_LINE.match)
    assert fast == [furniture.tag_tail(body_lines) for body_lines in all_lines]
    assert sum(found is not None for found in fast) > 100


# ----------------------------------------------------------------------------- session 23: keys


def _key_before(line: str) -> str:
    """:func:`harness.checks.text.key` before session 23 (the regex over the squashed text)."""
    import unicodedata

    t = text
    if line.isascii():
        return line.encode().translate(None, t._ASCII_NON_WORD).lower().decode()
    if len(line) <= t._CACHED_LINE:
        return t._NON_WORD.sub("", t._squash_short(line))
    return t._NON_WORD.sub("", "".join(unicodedata.normalize("NFKC", line).casefold().split()))


def test_key_same_with_ascii_bytes_deleted_first(bodies: list[str]) -> None:
    made = ["«Привет, мир!» — сказал он", "ab\ud800cd – é", "İstanbul’da", "x_y＿z", "١٢٣ ½ Ⅻ ²", "ｆｕｌｌ"]
    texts = [*made, *(m * 90 for m in made)]  # and past the cached length
    for body in bodies:
        texts += [body, *body.split("\n")]
    changed = 0
    for line in texts:
        assert text.key(line) == _key_before(line), line[:120]
        changed += not line.isascii()
    assert changed > 1000


# ----------------------------------------------------------------------------- session 23: mojibake


def test_is_bad_tried_near_suspect_characters_only(corpus_dir: Path) -> None:
    """ftfy's ``is_bad`` against the anchored tries near suspect characters, on every line of the corpus's
    bodies and titles read in five wrong encodings (and each line's first 40 characters, so that bad
    stretches sit at line starts, where one alternative is anchored with ``^``)."""
    from ftfy.badness import is_bad

    suspect = text._suspect_chars()
    assert suspect is not None and text._bad_width() == 7  # ftfy 6.3's regex: the shape this reads
    bad = 0
    for t in scale_data.truths(corpus_dir):
        for item in (t["body"], t["title"]):
            texts = [item]
            for wrong in ("cp1252", "latin-1", "mac_roman", "cp1251", "cp1250"):
                try:
                    texts.append(item.encode("utf-8").decode(wrong))
                except UnicodeDecodeError:
                    continue
            for garbled in texts:
                for line in garbled.splitlines():
                    for part in (line, line[:40], line[1:40], "Ã " + line[:20]):
                        expected = is_bad(part)
                        assert text._is_bad(part, suspect) == expected, part[:120]
                        bad += expected
    assert bad > 1000


def test_shares_token_same_with_the_first_line_first(bodies: list[str]) -> None:
    """:func:`harness.checks.text.shares_token` is ``bool(wanted & tokens(body))`` with the first line read
    first, for titles made of each body's first, second and last line and of another body's lines."""
    outcomes: list[bool] = []
    for n, body in enumerate(bodies):
        parts = [line for line in body.split("\n") if line.strip()] or [""]
        other = bodies[(n * 7 + 1) % len(bodies)].split("\n")[-1]
        for title in (parts[0], parts[min(1, len(parts) - 1)], parts[-1], other, "Zzyzx Qwfp 1"):
            wanted = text.tokens(title)
            expected = bool(wanted & text.tokens(body))
            assert text.shares_token(wanted, body) == expected, (title, body[:80])
            outcomes.append(expected)
    assert sum(outcomes) > 500 and outcomes.count(False) > 100


def test_has_letters_same_with_two_letters_first(bodies: list[str]) -> None:
    """An alphabetic character is one ``[^\\W\\d_]`` matches (letters are no digits, no underscore): the
    shortcut for a text opening with two agrees with the regex, on every line and its every tail."""
    letter = text._LETTER

    def before(line: str) -> bool:
        first = letter.search(line)
        return first is not None and letter.search(line, first.end()) is not None

    texts = ["", "a", "ab", "a1", "²a", "½b", "Ⅻ", "_a", "a_", "\u0301a", "一二", "ǅx", "ʰa", "x\u0300"]
    texts += [line[i:] for body in bodies for line in body.split("\n")[:6] for i in range(0, 6)]
    assert all(text.has_letters(t) == before(t) for t in texts)
    assert all(chr(c).isalpha() <= bool(letter.match(chr(c))) for c in range(0x110000))


def test_sentences_are_the_old_split(bodies: list[str]) -> None:
    from harness.checks import recurring

    made = ["", ".", "。", "。。", "!! b", "a.\u00a0b", "a.\n\nb", "a.  \t b", "a.。 b", "x！y？ z. ", "?.!"]
    cut = 0
    for line in [*made, *(line for body in bodies for line in body.split("\n"))]:
        pieces = recurring.sentences(line)
        assert pieces == recurring._SENTENCE.split(line), line[:120]
        cut += len(pieces) > 1
    assert cut > 1000


def test_notice_label_regexes_need_their_separator(bodies: list[str]) -> None:
    """``_shape`` tries the caption label only on a line with a comma and the poll label only on one with
    a colon: each regex matches nowhere else (the lines of the bodies, and labels made to match)."""
    from harness.checks import notice

    made = ["Image caption, Rescue workers at the scene", "Pie de foto，texto", "التعليق على الصورة، نص",
            "Poll: Should the city build it?", "Umfrage : Soll die Stadt?", "Опрос: что вы думаете?"]
    hits = 0
    for line in [*made, *(line for body in bodies for line in body.split("\n"))]:
        low = line.lower()
        caption = notice._CAPTION_LABEL.match(low) is not None
        poll = notice._POLL_LABEL.match(low) is not None
        assert not caption or any(c in low for c in ",，،"), line
        assert not poll or ":" in low, line
        hits += caption + poll
    assert hits >= len(made)
