"""A short line in another Latin-script language than an (almost) accent-free body, told by its letters;
and a title whose accents were lost.

An English article's template may be written in Icelandic, Polish or Turkish ("Skráðu þig á
fréttabréfið okkar", "Przeczytaj również"); the article itself uses the bare Latin alphabet. No word
list: a line whose accented letters (two or more distinct ones) the rest of the body never uses, in a
body whose other letters are at least ``_ASCII_SHARE`` plain ASCII, is a template line.

``boilerplate.foreign_letters`` (error). Names carry accents too ("Björk and Sigur Rós", "José Müller"),
so a line that is mostly capitalised words is left alone, as are sentences, long lines and single
words, and so is a line whose accented words the body all writes without their accents ("Crème
brûlée" over "... the creme brulee ..."): the article's loan word. Measured on the corpus's clean bodies
and 130 outside test pages' expected outputs (docs/checks-accuracy.md): no line is hit.

``title.accents_stripped`` (error): a title written in plain ASCII whose words the body writes only with
their accents ("Getranke per Schiff" over a body of "Getränke"; "Grosse Aufgaben fur die Regierung" over
"für"): a feed or a slug generator that folded the headline to ASCII. A title word of three letters or more
counts when the body writes it with an accented Latin letter and never without one (an English title's
"Zurich" over a body's "Zürich" and "Zurich" does not). The address is evidence too where it spells the
word in German's plain-letter form ("getraenke", "fuer", "erklaert" under "Getranke", "fur", "erklart": a
slug keeps the umlaut as a following "e"; a title of four letters or more that drops it lost the umlaut).
No word list: the body and the address are the evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from urllib.parse import unquote, urlsplit

from harness.checks.emit import Emitter
from harness.checks.text import lines

FOREIGN_LETTERS = "boilerplate.foreign_letters"
TITLE_ACCENTS = "title.accents_stripped"
_MAX_CHARS = 80
_MIN_WORDS = 2
_MAX_WORDS = 10
_MIN_NOVEL = 2
_ASCII_SHARE = 0.995
_MIN_BODY_LETTERS = 200
_CAPITALISED_SHARE = 0.5
_END = re.compile(r"[.!?。！？…;:\"”’'»)\]]\s*$")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())


def _accented(line: str) -> set[str]:
    """The distinct non-ASCII Latin letters of ``line``, lower-cased (none for another script)."""
    out = set()
    for char in line:
        if not char.isascii() and char.isalpha():
            if ord(char) >= 0x250:  # another script: the script check's business
                return set()
            out.add(char.lower())
    return out


def _candidate(line: str) -> bool:
    if len(line) > _MAX_CHARS or line.isascii():  # the cheap tests first: most lines fail one
        return False
    n = len(line.split())
    if not _MIN_WORDS <= n <= _MAX_WORDS or _END.search(line):
        return False
    capitalised = sum(1 for w in line.split() if w[:1].isupper())
    return capitalised <= _CAPITALISED_SHARE * n and len(_accented(line)) >= _MIN_NOVEL


def _letters(text: str) -> tuple[int, int]:
    """(letters, plain ASCII letters) of ``text``; only its non-ASCII characters are looked at one by one."""
    plain = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    return plain + sum(1 for c in _NON_ASCII.findall(text) if c.isalpha()), plain


def accent_lines(body_lines: list[str]) -> list[str]:
    """The short lines written with accented letters an otherwise plain-ASCII body never uses."""
    if len(body_lines) < 3:
        return []
    candidates = [x for x in body_lines if len(x) <= _MAX_CHARS and _candidate(x)]
    if not candidates:
        return []
    text = "\n".join(body_lines)
    letters, plain = _letters(text)
    if letters - plain > (1 - _ASCII_SHARE) * letters + _MAX_CHARS:
        return []  # accents all over the body: no one line can stand out (and the work stays linear)
    seen = Counter(c.lower() for c in _NON_ASCII.findall(text))
    found = []
    for line in candidates:
        own = Counter(c.lower() for c in _NON_ASCII.findall(line))
        novel = [c for c in _accented(line) if seen[c] == own[c]]
        line_letters, line_plain = _letters(line)
        rest_letters, rest_plain = letters - line_letters, plain - line_plain
        foreign = len(novel) >= _MIN_NOVEL and _MIN_BODY_LETTERS <= rest_letters * _ASCII_SHARE <= rest_plain
        if foreign and not _spelled_plain(line, text):
            found.append(line)
    return found


_PLAIN_WORD = re.compile(r"[a-z]{4,}")


def _fold(text: str) -> str:
    """``text`` case-folded, its accents dropped: "Crème brûlée" -> "creme brulee"."""
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


def _spelled_plain(line: str, text: str) -> bool:
    """Every accented word of ``line`` (four letters or more) is one the body also writes without its
    accents ("Crème brûlée" as a subheading over "... our creme brulee ..."): a loan word or a name the
    article talks about, not a template line in another language. Every one, as a foreign word may fold
    to an English one ("také" to "take")."""
    accented = [_fold(w) for w in line.split() if not w.isascii()]
    wanted = {m for w in accented for m in _PLAIN_WORD.findall(w)}
    if not wanted:
        return False
    rest = _fold(text.replace(line, " "))
    return all(re.search(rf"(?<![a-z]){w}(?![a-z])", rest) for w in wanted)


def check_accents(emit: Emitter, body: str) -> None:
    """``boilerplate.foreign_letters``: a short line in another Latin-script language (see above)."""
    if not emit.on(FOREIGN_LETTERS):
        return
    for line in accent_lines(lines(body)):
        emit.add(FOREIGN_LETTERS, "$.body", "a short line with accented letters the body never uses", line)


#: the Latin letters with a diacritic that fold to one ASCII letter (NFKD: a base letter and marks), each
#: to its base: a translation keeps the text's length, so a match in the folded text is at the same offset
_TO_BASE = {
    code: base
    for code in range(0xC0, 0x250)
    if len(decomposed := unicodedata.normalize("NFKD", chr(code))) > 1
    and (base := decomposed[0]).isascii()
    and base.isalpha()
    and all(unicodedata.combining(mark) for mark in decomposed[1:])
}
_MIN_ACCENTS = 5
_ACCENT_SHARE = 0.005  # of the body's characters: German, French, Spanish bodies write 1-4%
_TO_BASE_LOWER = {code: base.lower() for code, base in _TO_BASE.items() if chr(code).islower()}
_LATIN_ACCENTED = re.compile("[" + "".join(chr(code) for code in _TO_BASE) + "]")
_TITLE_WORD = re.compile(r"[A-Za-z]{3,}")
_SLUG_WORD = re.compile(r"[a-z]*(?:ae|oe|ue)[a-z]*")
_UMLAUT_SPELLED = re.compile(r"(?<=[aou])e")
_SLUG_TITLE_WORD = 4


def stripped_title_words(title: str, body: str) -> list[str]:
    """The words of a plain-ASCII ``title`` that ``body`` writes only with an accent (see the module's
    docstring), in the title's order. Most bodies have few accented Latin letters or none, or no title word
    is found more often in the body with its accents dropped (by NFKD, in C) than as it is; only such a
    word is looked for word by word, in a copy of the body whose accented letters are mapped to their
    bases."""
    need = max(_MIN_ACCENTS, _ACCENT_SHARE * len(body))
    if not title.isascii() or body.isascii() or _latin_leads(body) < need:
        return []  # no body holds more accented letters than its UTF-8 holds their lead bytes
    if len(_LATIN_ACCENTED.findall(body)) < need:
        return []  # a body in a language that writes few accents (English's "café", "José"): no evidence
    lowered = body.lower()
    stripped = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()  # C, not a map
    words = [
        w
        for w in dict.fromkeys(_TITLE_WORD.findall(title))
        if stripped.count(w.lower()) > lowered.count(w.lower())
    ]
    if not words:
        return []
    folded = lowered.translate(_TO_BASE_LOWER)  # the same length as ``lowered``: offsets agree
    return [word for word in words if _only_accented(word.lower(), lowered, folded)]


#: every byte but the UTF-8 lead bytes of U+00C0-U+027F (0xC3-0xC9), which hold all of ``_LATIN_ACCENTED``
_NOT_LATIN_LEAD = bytes(b for b in range(256) if not 0xC3 <= b <= 0xC9)


def _latin_leads(body: str) -> int:
    """At least the count of ``_LATIN_ACCENTED``'s letters in ``body``: its UTF-8's lead bytes of the
    characters U+00C0-U+027F, counted by deleting every other byte in C. Most non-ASCII bodies in a language
    that writes few accents hold curly quotes and dashes (lead byte 0xE2), not these: the class scan (a
    class past Latin-1, tested character by character) is left out for them."""
    return len(body.encode("utf-8", "surrogatepass").translate(None, _NOT_LATIN_LEAD))


def _only_accented(word: str, lowered: str, folded: str) -> bool:
    """Every time the body (``lowered``; ``folded``, its accents dropped, of the same length) writes
    ``word`` as a whole word once its accents are dropped, it writes it with an accent."""
    plain = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    hits = [m.span() for m in plain.finditer(folded)]
    return bool(hits) and all(not lowered[start:end].isascii() for start, end in hits)


def umlauts_in_address(title: str, url: str) -> list[str]:
    """The words of a plain-ASCII ``title`` (four letters or more) that the address's path spells with an
    umlaut's plain-letter form ("fuer" for "fur"), in the title's order."""
    if not title.isascii():
        return []
    path = unquote(urlsplit(url).path).lower()
    spelled = {
        plain: word for word in _SLUG_WORD.findall(path) if (plain := _UMLAUT_SPELLED.sub("", word)) != word
    }
    if not spelled:
        return []
    return [w for w in _TITLE_WORD.findall(title) if len(w) >= _SLUG_TITLE_WORD and w.casefold() in spelled]


def check_title_accents(emit: Emitter, title: str, body: str | None, url: str | None) -> None:
    """``title.accents_stripped``: a plain-ASCII title of words the body writes only with their accents, or
    the address with their umlauts."""
    if not emit.on(TITLE_ACCENTS) or not title.isascii():
        return
    words = stripped_title_words(title, body) if body else []
    if words:
        what = f"the title lost its accents: the body writes {', '.join(words)} only with them"
        emit.add(TITLE_ACCENTS, "$.title", what, title)
    elif url and (words := umlauts_in_address(title, url)):
        what = f"the title lost its umlauts: the address spells {', '.join(words)} with them"
        emit.add(TITLE_ACCENTS, "$.title", what, title)
