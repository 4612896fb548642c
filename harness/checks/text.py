"""Text helpers shared by the checks: normalisation, paragraphs, language-agnostic tokens, mojibake, markup.

Nothing here knows a language. Words are runs of letters or digits in any script; scripts written without
spaces (Han, kana, Thai, Lao, Khmer, Myanmar) are cut into character bigrams instead, so "shares a word"
means the same thing for German, Russian, Japanese and Thai.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from collections.abc import Iterator, Set
from functools import cache, lru_cache
from typing import Any

_WS = re.compile(r"\s+")
_PARA = re.compile(r"\n[ \t\r\f\v]*\n")
_NON_WORD = re.compile(r"[\W_]+")
_ASCII_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_DIGIT = re.compile(r"\d")
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
#: the scripts written without spaces between words, as a character-class body (Han, kana, Thai, Lao,
#: Myanmar, Khmer)
UNSPACED = _UNSPACED
_TOKEN = re.compile(rf"([{_UNSPACED}]+)|[^\W_{_UNSPACED}]+")  # group 1: a run of an unspaced script
#: a web address or a handle in a line: a link's text, never a widget's label or a page's stamp
LINK_OR_HANDLE = re.compile(r"https?://|www\.|@\w")
#: a bare host of a common top-level domain in a line ("example.com"): an address, not a widget's value
BARE_HOST = re.compile(r"\w\.(?:com|net|org|de|fr|it|es|nl|uk)\b")


def word_set(block: str) -> frozenset[str]:
    """The words of ``block``, a list of them written as one string parted by white space."""
    return frozenset(block.split())


def squash(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: for comparing text as a reader sees it.

    Remembered for the last few thousand texts up to 500 characters (a pure function): a record's lines
    are squashed by its shape check (one-line paragraphs), its recurrence and teaser units
    (:func:`line_key`) and keyed by ``boilerplate.other_title`` (:func:`key`), once for all of them.
    Longer texts up to 8,000 characters are remembered too, fewer of them: a body's long paragraph is
    keyed by the title check, squashed by the shape check, by ``line_key`` and by the body's digest
    (:func:`squash_body`), about 11 us each time a paragraph of 700 characters."""
    n = len(text)
    if n <= _CACHED_LINE:
        return _squash_short(text)
    return _squash_long(text) if n <= _CACHED_LONG else _squash(text)


def _squash(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.casefold().split())


_CACHED_LINE = 500
_squash_short = lru_cache(maxsize=8192)(_squash)
#: longer texts are remembered up to this length, the last 256 of them: the caches stay bounded in bytes too
#: (at most 256 x 8,000 characters, twice: about 16 MB in the widest of Python's string forms)
_CACHED_LONG = 8000
_squash_long = lru_cache(maxsize=256)(_squash)


def squash_body(body: str) -> str:
    """``squash(body)``, put together from the squashes of its :func:`lines`, which :func:`squash`
    remembers up to 500 characters: a record's checks and units squashed them a moment ago, so a body costs
    a join, not the whole body's NFKC, case folding, split and join again (about 100 us a body of 3,600
    characters). The same text: every character ``str.splitlines`` cuts at is white space, as is what
    ``strip`` removes, so the body's words are its lines' words in order; and NFKC and case folding never
    join characters across white space (a white-space character is a starter that no canonical
    composition starts from, and case folding reads one character at a time; ``tests/scale`` checks every
    code point on both sides of each line break). Remembered as :func:`lines` is: the title's shared words
    look for their tokens in it, and the body's digest hashes it."""
    return _squash_body(body) if len(body) <= _CACHED_BODY else _squash_body.__wrapped__(body)


@lru_cache(maxsize=16)
def _squash_body(body: str) -> str:
    return " ".join(flat for line in lines(body) if (flat := squash(line)))


#: the ASCII characters ``_NON_WORD`` removes (all but letters and digits)
_ASCII_NON_WORD = bytes(c for c in range(128) if not chr(c).isalnum())


def key(text: str) -> str:
    """Letters and digits only, case-folded: ``"Spotlight Nepal!"`` and ``spotlightnepal`` share a key.

    ASCII text (NFKC leaves it alone, case-folding is lowering) is keyed by deleting bytes, ten times faster
    than the regex; other text drops its whitespace first (no white-space character is a letter or digit),
    so the regex has fewer, longer runs to cut. Up to 8,000 characters, that is the regex over
    :func:`squash`'s remembered result: the same characters with single spaces between the words, and the
    regex deletes spaces as it deletes every other character that is not a letter or digit."""
    if text.isascii():
        return text.encode().translate(None, _ASCII_NON_WORD).lower().decode()
    if len(text) <= _CACHED_LONG:
        return _alnum(squash(text))
    return _alnum("".join(unicodedata.normalize("NFKC", text).casefold().split()))


_WORD_RUN = re.compile(r"[^\W_]+")  # what ``_NON_WORD`` leaves


def _alnum(text: str) -> str:
    """``_NON_WORD.sub("", text)``: its ASCII bytes that are not letters or digits deleted first (UTF-8
    holds no ASCII byte inside another character's), then the runs of letters and digits joined, when
    other characters are left (a quotation mark, a dash): about half the regex's cost."""
    raw = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_NON_WORD)
    kept = raw.decode("utf-8", "surrogatepass")
    return kept if not kept or kept.isalnum() else "".join(_WORD_RUN.findall(kept))


_CACHED_BODY = 1 << 16


def line_key(text: str) -> str:
    """A line's identity for recurrence: squashed, digits masked, punctuation at the ends dropped.

    Remembered for the last 8,192 lines up to 500 characters (a pure function of the line), as many as
    :func:`squash` remembers: the recurrence, teaser and label checks each key every line of a body and
    its sentences, so a record's lines are keyed once, and a crawl's template lines once in a while."""
    return _line_key(text) if len(text) <= _CACHED_LINE else _line_key.__wrapped__(text)


@lru_cache(maxsize=8192)
def _line_key(text: str) -> str:
    flat = squash(text)
    if flat.isascii():
        flat = flat.encode().translate(_ASCII_DIGITS).decode()
    else:
        raw = flat.encode("utf-8", "surrogatepass")
        # no lead byte of a non-ASCII digit: the ASCII digits are all ``_DIGIT`` can match
        if raw.translate(None, _NOT_DIGIT_LEAD):
            flat = _DIGIT.sub("0", flat)
        else:
            flat = raw.translate(_ASCII_DIGITS).decode("utf-8", "surrogatepass")
    return flat.strip(" .,:;!?-–—|•·*»«›‹。！？、")


#: the first bytes of the UTF-8 of every character outside ASCII that ``\d`` matches (Unicode's decimal
#: digits: Arabic-Indic U+0660 and up, the Indic, Southeast Asian and fullwidth blocks, plane 1's);
#: ``tests/scale/test_fast_lines.py`` checks it against every code point. A line's UTF-8 holding none of
#: them (Latin, Greek, Cyrillic, CJK ideographs and kana, the punctuation of U+2000-U+206F) holds no
#: digit but ASCII ones, which a byte table masks at a few ns a character less than the Unicode class
_DIGIT_LEADS = bytes((0xD9, 0xDB, 0xDF, 0xE0, 0xE1, 0xEA, 0xEF, 0xF0))
_NOT_DIGIT_LEAD = bytes(b for b in range(256) if b not in _DIGIT_LEADS)  # deleted: what is left is a lead


def has_digit(text: str) -> bool:
    """``_DIGIT.search(text) is not None`` (a decimal digit of any script), about 2.5 times faster on a
    body's lines: the ten ASCII digits looked for one by one (memchr-like scans, where ``re`` tests a class
    of Unicode's digits character by character); ASCII text holds no other digit; other text is searched
    with the regex only when its UTF-8 holds a lead byte of a non-ASCII digit (``_DIGIT_LEADS``)."""
    if (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    ):
        return True
    if text.isascii() or not text.encode("utf-8", "surrogatepass").translate(None, _NOT_DIGIT_LEAD):
        return False
    return _DIGIT.search(text) is not None


#: :func:`has_digit` remembered for the last 8,192 lines (a pure function), for callers that ask it of a
#: body's short lines only (the off-topic, premium-rate, widget, board and call-in checks, each under 700
#: characters): each of those asks it of most of a record's lines, about 60 times a record between them,
#: and a line outside ASCII costs an encoding and a table pass each time (about 20 us a record, against 11)
line_has_digit = lru_cache(maxsize=8192)(has_digit)


def paragraphs(body: str) -> list[str]:
    """The stripped, non-blank paragraphs of ``body`` (a fresh list; remembered as :func:`lines` is: the
    shape and title checks each read a record's)."""
    return list(_paragraphs(body)) if len(body) <= _CACHED_BODY else list(_paragraphs.__wrapped__(body))


@lru_cache(maxsize=16)
def _paragraphs(body: str) -> tuple[str, ...]:
    # ``filter(None, map(str.strip, ...))``: the stripped non-blank pieces, in C (a generator cost a Python
    # step a piece, about half the split)
    return tuple(filter(None, map(str.strip, _PARA.split(body))))


def lines(body: str) -> list[str]:
    """The stripped, non-blank lines of ``body`` (a fresh list; split once a body up to 64 KB, see below)."""
    return list(_lines(body)) if len(body) <= _CACHED_BODY else list(_lines.__wrapped__(body))


@lru_cache(maxsize=16)
def _lines(body: str) -> tuple[str, ...]:
    """Remembered for the last few bodies: about eight checks read each body's lines (a str caches its
    hash, so finding a body again costs one dictionary look-up)."""
    return tuple(filter(None, map(str.strip, body.splitlines())))  # stripped, non-blank, in C


def joined(body: str) -> str:
    """``"\\n".join(lines(body))``: the body's stripped lines as one text, which a check scans in C instead
    of testing each line in Python; remembered as :func:`lines` is (the script, off-topic and symbol checks
    each read a record's)."""
    return _joined(body) if len(body) <= _CACHED_BODY else "\n".join(_lines.__wrapped__(body))


@lru_cache(maxsize=16)
def _joined(body: str) -> str:
    return "\n".join(_lines(body))


_LETTER = re.compile(r"[^\W\d_]")


def has_letters(text: str) -> bool:
    """At least two letters, in any script."""
    if len(text) >= 2 and text[:2].isalpha():  # most lines: an alphabetic character is a ``_LETTER``
        return True
    first = _LETTER.search(text)
    return first is not None and _LETTER.search(text, first.end()) is not None


def tokens(text: str) -> set[str]:
    """Meaningful tokens: words of 4+ characters cut to 6 (a crude, language-free stem), numbers of 2+
    digits, and character bigrams of unspaced scripts."""
    return set(_token_stream(text))


def shares_token(wanted: set[str], text: str) -> bool:
    """``bool(wanted & tokens(text))``, stopping at the first shared token.

    ``text`` is read line by line: no token spans a line break, and NFKC and case folding never combine
    characters across one, so the lines' tokens are the text's tokens. A token is a substring of its
    normalised line, so a text whose normalised form contains none of ``wanted`` is answered without
    tokenising it (the usual case for a mismatched title: the whole body would be read). The first line is
    tokenised before anything else: it shares a token with the title on most pages.

    The normalised text is :func:`squash_body`'s (``wanted``: tokens, which hold no white space): its words
    are the NFKC, case-folded text's, each whole (a token is found within one word or not at all), and the
    lines' squashes it joins are remembered, from the body's shape check, where the text's NFKC and case
    folding cost about 22 us a body of 3,600 characters."""
    if not wanted:
        return False
    if any(tok in wanted for tok in _token_stream(text.partition("\n")[0])):
        return True  # the usual case, the first line's tokens are the text's: the rest is not normalised
    flat = squash_body(text)
    if not any(tok in flat for tok in wanted):
        return False  # every token is a substring of its normalised line: none here, none shared
    return any(tok in wanted for line in text.split("\n") for tok in _token_stream(line))


#: ``_TOKEN`` over ASCII text, which NFKC leaves alone, case-folding lowers and holds no unspaced script:
#: one class, which ``re`` jumps along in C (``_TOKEN``'s alternation is tried at every character)
_ASCII_TOKEN = re.compile(r"[a-z0-9]+")


def _token_stream(text: str) -> Iterator[str]:
    if text.isascii():
        for word in _ASCII_TOKEN.findall(text.lower()):
            if word.isdigit():
                if len(word) >= 2:
                    yield word
            elif len(word) >= 4:
                yield word[:6]
        return
    for m in _TOKEN.finditer(unicodedata.normalize("NFKC", text).casefold()):
        word = m.group(0)
        if m.lastindex:  # a run of an unspaced script
            if len(word) == 1:
                yield word
            else:
                yield from (word[i : i + 2] for i in range(len(word) - 1))
        elif word.isdigit():
            if len(word) >= 2:
                yield word
        elif len(word) >= 4:
            yield word[:6]


# ----------------------------------------------------------------------------- mojibake

_CP1252_ONLY = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_SUSPECT = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf" + _CP1252_ONLY + r"]{1,3}")
_REPLACEMENT = "\ufffd"


def _as_bytes(text: str) -> bytes | None:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if 0x80 <= ord(ch) <= 0xFF:
                out.append(ord(ch))  # latin-1 reading: C1 controls survive as themselves
            else:
                return None
    return bytes(out)


def _round_trip(text: str) -> Iterator[tuple[str, str]]:
    for m in _SUSPECT.finditer(text):
        raw = _as_bytes(m.group(0))
        if raw is None:
            continue
        for end in range(len(raw), 1, -1):
            try:
                fixed = raw[:end].decode("utf-8")
            except UnicodeDecodeError:
                continue
            if fixed and not fixed.isascii():
                yield m.group(0), fixed
            break


_COMMON_CHARS = "‘’“”«»–—…•·°´½"


def _char_set(item: tuple[Any, Any]) -> set[str] | None:
    """The characters one regex item matches, for a literal or a plain class; None for anything else."""
    from re import _constants as c  # type: ignore[attr-defined]

    op, arg = item
    if op is c.LITERAL:
        return {chr(arg)}
    if op is not c.IN:
        return None
    out: set[str] = set()
    for sub, value in arg:
        if sub is c.LITERAL:
            out.add(chr(value))
        elif sub is c.RANGE:
            out.update(chr(n) for n in range(value[0], value[1] + 1))
        else:  # a negated class or a category (\s, \w): any text may match it
            return None
    return out


def _rarity(chars: Set[str]) -> tuple[int, int]:
    return sum(1 for ch in chars if ch.isascii() or ch.islower() or ch in _COMMON_CHARS), len(chars)


@cache
def _suspect_chars() -> re.Pattern[str] | None:
    """A class of characters every match of ftfy's ``BADNESS_RE`` contains one of, or None.

    Each alternative of the regex is a sequence; a character class it must match (not one inside a repeat)
    is a necessary condition, so the union over the alternatives of one such class each (the rarest in
    ordinary text) is too: a line with none of those characters cannot be bad, and is skipped for the
    cost of one class scan instead of the full regex (about 20x the time). None when the regex's shape is
    not one this understands (then every non-ASCII line goes to ``is_bad``, as before)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    if BADNESS_RE.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    except Exception:  # a private parser: any surprise means no pre-filter
        return None
    first: tuple[Any, Any] = tree.data[0] if len(tree.data) == 1 else (None, None)
    alternatives: list[Any] = first[1][1] if first[0] is c.BRANCH else [tree]
    needed: set[str] = set()
    for alternative in alternatives:
        sets: list[set[str]] = [found for found in map(_char_set, alternative.data) if found]
        if not sets:
            return None
        needed |= min(sets, key=_rarity)
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(needed)) + "]")


@cache
def _also_needed() -> dict[str, tuple[tuple[re.Pattern[str], ...], ...]] | None:
    """For each character of :func:`_suspect_chars`: the other classes each alternative it stands for
    must also find in the line (every plain class of an alternative is a necessary condition, not only
    its rarest). A line with a curly quote but none of the characters mojibake pairs it with is then
    skipped for a few class scans instead of ftfy's regex (about 60 us a line). None when not understood."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    try:
        tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    except Exception:  # a private parser: any surprise means no second filter
        return None
    first: tuple[Any, Any] = tree.data[0] if len(tree.data) == 1 else (None, None)
    alternatives: list[Any] = first[1][1] if first[0] is c.BRANCH else [tree]
    out: dict[str, list[tuple[re.Pattern[str], ...]]] = {}
    for alternative in alternatives:
        sets: list[set[str]] = [found for found in map(_char_set, alternative.data) if found]
        if not sets:
            return None
        rare = sets.index(min(sets, key=_rarity))  # the class _suspect_chars took for this alternative
        others = tuple(_one_of(chars) for i, chars in enumerate(sets) if i != rare)
        for ch in sets[rare]:
            out.setdefault(ch, []).append(others)
    return {ch: tuple(needs) for ch, needs in out.items()}


def _one_of(chars: Set[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


@cache
def _bad_width() -> int | None:
    """The most characters a match of ftfy's ``BADNESS_RE`` spans (7 in ftfy 6.3), or None when that is
    not bounded or not read."""
    from re import _parser  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    try:
        width = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1]
    except Exception:  # a private parser: any surprise means the full search
        return None
    return width if 0 < width <= _BAD_WIDTH_MAX else None


_BAD_WIDTH_MAX = 64


def _is_bad(line: str, suspect: re.Pattern[str]) -> bool:
    """ftfy's ``is_bad(line)`` (``BADNESS_RE.search``), tried only where a match can start: each match
    holds a character of ``suspect`` (:func:`_suspect_chars`) and spans at most :func:`_bad_width`
    characters, so it starts at most that many characters before one. A few anchored tries near the
    line's curly quotes instead of the whole alternation at every character (about 80 us a long line)."""
    from ftfy.badness import BADNESS_RE

    width = _bad_width()
    if width is None:
        return BADNESS_RE.search(line) is not None
    starts: set[int] = set()
    for m in suspect.finditer(line):
        starts.update(range(max(0, m.start() - width + 1), m.start() + 1))
    return any(BADNESS_RE.match(line, at) for at in starts)


def _may_be_bad(line: str, suspect: re.Pattern[str], needed: Any) -> bool:
    """False only when no alternative of ftfy's ``BADNESS_RE`` can match ``line``."""
    if needed is None:
        return suspect.search(line) is not None
    for ch in set(suspect.findall(line)):
        for others in needed.get(ch, ((),)):
            if all(other.search(line) for other in others):
                return True
    return False


def warm_mojibake() -> None:
    """Import ftfy and read its regex now, as :func:`mojibake` does for the first body that is not ASCII
    (a runner does it before it forks its workers, which then share it instead of each doing it)."""
    from ftfy import fix_text  # noqa: F401

    _suspect_chars()
    _also_needed()
    _bad_width()


def _bad(line: str) -> bool:
    """ftfy's ``is_bad(line)``, asked through the pre-filters (:func:`_may_be_bad`, then :func:`_is_bad`)
    when they understand its regex."""
    suspect = _suspect_chars()
    if suspect is None:
        from ftfy.badness import is_bad

        return bool(is_bad(line))
    return _may_be_bad(line, suspect, _also_needed()) and _is_bad(line, suspect)


#: :func:`_bad` remembered for the last 8,192 lines of at most 500 characters (a pure function of the
#: line): the pre-filters cost about 4 us a line that has a curly quote or an accented capital, and a
#: crawl's template lines (a caption, a notice, a menu) come back page after page
_bad_short = lru_cache(maxsize=8192)(_bad)


def mojibake(text: str) -> Iterator[tuple[str, str]]:
    """``(garbled, repaired)`` for each mis-decoded stretch, line by line.

    The detector is ftfy's ``badness.is_bad`` (UTF-8 read as cp1252, latin-1, cp1251, cp1250, mac_roman...;
    0 false alarms on 259 clean texts, LIBRARY-NOTES). Within a bad line, a cp1252/latin-1 round trip
    names the exact stretch and what it should read; otherwise ftfy's badness match is shown and
    ``fix_text`` repairs the line for display only (never as a detector: it changes clean text too).
    U+FFFD (bytes lost) is reported as is.
    """
    if not text.isascii():
        for line in text.splitlines():
            if line.isascii() or not (_bad_short(line) if len(line) <= _CACHED_LINE else _bad(line)):
                continue
            # imported here, for a bad line only: two imports cost about a microsecond a text, most have none
            from ftfy import fix_text
            from ftfy.badness import BADNESS_RE

            stretches = list(_round_trip(line))
            if stretches:
                yield from stretches
                continue
            m = BADNESS_RE.search(line)
            start = max(0, m.start() - 10) if m else 0
            garbled = line[start : start + 40]
            yield garbled, fix_text(garbled)
    if _REPLACEMENT in text:
        yield _REPLACEMENT, "?"


# ----------------------------------------------------------------------------- markup

_ELEMENTS = (
    "a|abbr|article|aside|b|blockquote|body|br|button|caption|center|code|dd|div|dl|dt|em|embed|figcaption|"
    "figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|"
    "noscript|ol|option|p|picture|pre|script|section|select|small|source|span|strong|style|sub|sup|svg|"
    "table|tbody|td|textarea|tfoot|th|thead|title|tr|u|ul|video"
)
_ATTR = r"""\s+[a-zA-Z:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"']+)"""
_TAG = re.compile(rf"</?(?:{_ELEMENTS})(?:{_ATTR})*\s*/?>", re.I)
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
#: the alternatives of ``_CODE``, in its order, each with plain strings that its every match holds (a
#: single character first: a look for one character is the cheapest); a text without one of them cannot
#: match that alternative. The regex scan costs about 0.3 us a character, the look-ups almost nothing.
_CODE_PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"<!--", ("<", "<!--")),
    (r"-->", (">", "-->")),
    (r"<!\[CDATA\[", ("<", "<![CDATA[")),
    (r"\bdocument\.write\(", ("(", "document.write(")),
    (r"\bwindow\.\w+\s*=", ("=", "window.")),
    (r"\bfunction\s*\([^)]*\)\s*\{", ("{", "(", "function")),
    (r"\bvar\s+\w+\s*=\s*[\[{]", ("=", "var")),
    (r"\bgoogletag\.", ("googletag.",)),
    (r"\{\s*(?:[a-z-]+\s*:\s*[^;{}\n]+;\s*)+\}", ("{", ";")),
)
_CODE = re.compile("|".join(part for part, _ in _CODE_PARTS))
#: a template's placeholders ({{ title }}, {% block %}, ${name}), a JSON object opening a line, a script's
#: printed object and the typesetter's placeholder text; scanned only where one of ``_LEFTOVER_NEEDLES`` is
_LEFTOVERS = re.compile(
    r"\{\{\s*[\w.$|:'\"() -]{1,80}?\s*\}\}|\{%-?\s*[a-z]\w*[^%\n]{0,80}%\}|\$\{[A-Za-z_][\w.]{0,40}\}|"
    r"(?m:^)\{\"[\w@$-]{1,40}\"\s*:|\"@context\"\s*:|\[object Object\]|\b[Ll]orem ipsum dolor\b"
    # a text output's Markdown: an image, or a link to a web address ("![alt](https://...)")
    r"|!\[[^\]\n]{0,300}\]\((?:https?:)?//[^)\s]{1,500}\)|\[[^\]\n]{1,300}\]\(https?://[^)\s]{1,500}\)"
)
_LEFTOVER_NEEDLES = ("{", "[object", "orem ipsum", "](")  # every alternative holds one
#: a whole line (or title) that is a program's empty value printed: the template had nothing to show
EMPTY_VALUES = frozenset({"undefined", "null", "NaN", "None", "nil", "#N/A"})


@cache
def _code_scan(parts: tuple[int, ...]) -> re.Pattern[str]:
    """``_CODE`` with only its alternatives ``parts``: the same matches in a text where no other alternative
    can match (one that matches nowhere is never the first to match). Each ``\\bword`` is written
    ``word(?<!\\wword)`` (the same positions: no word character before the word), so that every
    alternative starts with a plain character and the engine skips to the next place one of them can
    start, instead of trying every alternative at every character."""
    return re.compile("|".join(_word_first(_CODE_PARTS[i][0]) for i in parts))


_BOUNDED_WORD = re.compile(r"\\b([a-z]+)")


def _word_first(part: str) -> str:
    m = _BOUNDED_WORD.match(part)
    return part if m is None else f"{m.group(1)}(?<!\\w{m.group(1)}){part[m.end() :]}"


_EMPTY_VALUES_START = tuple(sorted(EMPTY_VALUES))
#: a line that is only an empty value, found from the line break before it (a literal start: the scan jumps
#: from line break to line break instead of trying every position, as a line-anchored pattern would)
_EMPTY_LINE = re.compile(r"\n(" + "|".join(re.escape(v) for v in _EMPTY_VALUES_START) + r")[ \t]*(?=\n|\Z)")


#: an empty value opening a line's text: after a list's bullet ("• None The German automaker ...", goose3's
#: list items), or before a capital without a sentence's end between ("None Voters could ..."): a template
#: printed a missing field where the item's label was (goose3/goose3#217). Found from the line break before
#: it, a literal start the scan jumps along (about 4 us a body of 3,600 characters, where four substring
#: tests for the values cost 12); the first line is matched with one put in front. "None of the ..." is
#: English.
_ITEM_HEAD = 40  # characters of the first line an empty value and its bullet can take
_EMPTY_ITEM = re.compile(
    r"\n[ \t]*((?:[•*·▪‣◦–-][ \t]*)(?:None|null|undefined|NaN|nil)(?=[ \t]+\S)"
    r"|(?:None|null|undefined)(?=[ \t]+[^\W\da-z]))"
)

_NAMED = frozenset(name.rstrip(";") for name in html.entities.html5)


def markup(text: str) -> Iterator[str]:
    """Leaked tags, character references (``&nbsp;``, ``&#8217;``), script, CSS or JSON text, a template's
    placeholders (``{{ title }}``), placeholder text (lorem ipsum) and a program's empty value as a whole line
    (``undefined``, ``null``), in order."""
    found: list[tuple[int, str]] = []
    if _may_hold_code(text):  # most texts: none of the signs every such match holds, nothing to scan
        _code_in(text, found)
    stripped = text.strip()
    if "\n" not in stripped and stripped in EMPTY_VALUES:
        found.append((0, stripped))
    else:
        if text.startswith(_EMPTY_VALUES_START):
            first = text.split("\n", 1)[0].strip()
            if first in EMPTY_VALUES:
                found.append((0, first))
        found += [(m.start(1), m.group(1)) for m in _EMPTY_LINE.finditer(text)]
    item = _EMPTY_ITEM.match("\n" + text[:_ITEM_HEAD])  # the first line's (a line break in front)
    if item is not None:
        found.append((item.start(1) - 1, item.group(1)))
    found += [(m.start(1), m.group(1)) for m in _EMPTY_ITEM.finditer(text)]
    for _, snippet in sorted(found):
        yield snippet


#: plain strings one of which every match of ``_TAG``, ``_CODE`` (each alternative's held strings, one
#: of them: ``_CODE_PARTS``), ``_LEFTOVERS`` and ``_ENTITY`` holds; a text with none of them (a title, most
#: bodies) holds no tag, script, CSS, template text or character reference, and is told so by a few
#: substring searches in C, where the alternatives' tests cost about 8 us a title in Python
_CODE_SIGNS = ("<", ">", "=", "{", "&", "googletag.", "document.write(", "[object", "orem ipsum", "](")


def _may_hold_code(text: str) -> bool:
    """Whether ``text`` holds one of ``_CODE_SIGNS``: else :func:`_code_in` finds nothing in it."""
    return (
        "<" in text
        or ">" in text
        or "=" in text
        or "{" in text
        or "&" in text
        or "googletag." in text
        or "document.write(" in text
        or "[object" in text
        or "orem ipsum" in text
        or "](" in text
    )


def _code_in(text: str, found: list[tuple[int, str]]) -> None:
    """Add to ``found`` the leaked tags, script, CSS or comment text, template text and character references
    of ``text``, each as (where, what)."""
    if "<" in text:  # every tag starts with one: skip the scan when there is none (most article text)
        found += [(m.start(), m.group(0)) for m in _TAG.finditer(text)]
    code = tuple(i for i, (_, held) in enumerate(_CODE_PARTS) if all(s in text for s in held))
    if code:  # script, CSS or comment text: rare
        found += [(m.start(), m.group(0)) for m in _code_scan(code).finditer(text)]
    if any(needle in text for needle in _LEFTOVER_NEEDLES):
        found += [(m.start(), m.group(0)) for m in _LEFTOVERS.finditer(text)]
    for m in _ENTITY.finditer(text) if "&" in text else ():
        name = m.group(0)[1:-1]
        if name.startswith("#") or name in _NAMED:
            found.append((m.start(), m.group(0)))


def line_of(text: str, needle: str) -> str:
    """The (stripped) line of ``text`` that contains ``needle``, or ``needle`` itself."""
    pos = text.find(needle)
    if pos < 0:
        return needle
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)].strip()


def clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
