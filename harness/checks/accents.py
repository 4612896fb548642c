"""A short line in another Latin-script language than an (almost) accent-free body, told by its letters.

An English article's template may be written in Icelandic, Polish or Turkish ("Skráðu þig á
fréttabréfið okkar", "Przeczytaj również"); the article itself uses the bare Latin alphabet. No word
list: a line whose accented letters (two or more distinct ones) the rest of the body never uses, in a
body whose other letters are at least ``_ASCII_SHARE`` plain ASCII, is a template line.

``boilerplate.foreign_letters`` (error). Names carry accents too ("Björk and Sigur Rós", "José Müller"),
so a line that is mostly capitalised words is left alone, as are sentences, long lines and single
words, and so is a line whose accented words the body all writes without their accents ("Crème
brûlée" over "... the creme brulee ..."): the article's loan word. Measured on the corpus's clean bodies
and 130 outside test pages' expected outputs (docs/checks-accuracy.md): no line is hit.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from harness.checks.emit import Emitter
from harness.checks.text import lines

FOREIGN_LETTERS = "boilerplate.foreign_letters"
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
