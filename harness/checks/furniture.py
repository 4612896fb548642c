"""Page furniture an extractor keeps, told by its shape in any language: photo credits and tag lists.

* ``boilerplate.credit``: a short line that is only a credit, "<credit word>[ credit]: <Name/Agency>",
  "(Photo by <Name>/<Agency>)" or "© <Name>", with the credit word from a multilingual family (photo,
  foto, bild, image, фото, צילום, صورة, 写真, 사진...). Strong (error) on any line but the body's last
  (a caption pulled in above or between paragraphs); the last line is left to the weak patterns
  (``boilerplate.pattern_weak``), because hand-written "perfect" bodies keep the lead image's credit
  there (5 of 121 clean bodies do, all on their last line; none on another line).
* ``boilerplate.tag_list``: at the body's end, a label line ("Tags:", "Címkék:", "Zdroje:") followed
  only by short items, one a line; or a last line "Label: item, item" of short items; or a last line of
  three or more short capitalised comma-separated items and nothing else (no sentence punctuation).

Both read the body's shared split lines and try a cheap test (length, a first character) before a regex.
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.text import lines

CREDIT = "boilerplate.credit"
TAG_LIST = "boilerplate.tag_list"
_CREDIT_MAX = 80  # characters of a credit line
_WHO_WORDS = 8
# credit words: photo, image, picture, illustration, video, credit in many languages and scripts
_CREDIT_WORDS = (
    r"photo(?:graph)?s?|fotos?|fotó|fotograf(?:ía|ia|ie|ija)|fotoğraf|fénykép|image(?:s|n|m)?|immagine|"
    r"pictures?|pics?|bild(?:er)?|billede|bilde|afbeelding|kuva|zdjęcie|fot\.|snímek|slika|nuotrauka|"
    r"attēls|illustration|ilustración|illustrazione|grafik|graphic|video|vídeo|credits?|crédits?|"
    r"créditos?|credito|resim|ảnh|фото(?:графия)?|снимка|φωτογραφία|φωτό|צילום|تصوير|صورة|عکس|"
    r"ภาพ|फोटो|तस्वीर|写真|图片|圖片|사진"
)
_BY = r"by|von|de|par|di|door|av|af|por|od|от|z"
_CREDIT = re.compile(
    rf"^[(\[]?\s*(?:(?:main|top|lead|header|cover)\s+)?(?:{_CREDIT_WORDS})"
    rf"(?:\s+(?:credits?|source|courtesy))?\s*(?:[:：/|]|\s(?:{_BY})\s)\s*(?P<who>[^:：]+?)\s*[)\]]?$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\))\s*(?P<who>[^\d:：]+?)\s*$", re.IGNORECASE)
_SENTENCE = re.compile(r"[!?;。！？]|(?<=[^\W\d_]{2})\.\s+\S|\.$")  # an initial ("J. Smith") is no end
_LABEL_LINE = re.compile(r"^(?P<label>[^\W\d_][^\n:：]{0,29})\s*[:：]\s*(?P<rest>.*)$")
_ITEM_SPLIT = re.compile(r"[,;|·•/]")  # no \s* around it: that is quadratic on a line of spaces
_ITEM_WORDS = 3
_ITEM_CHARS = 30
_MIN_ITEMS = 2
_MIN_BARE_ITEMS = 3
_TAIL_MAX = 12  # lines of a tag block
_MIN_LINES = 3


def _named(who: str) -> bool:
    """A name or an agency: a few words, every word of four letters or more capitalised, no sentence."""
    parts = who.replace("/", " ").split()
    if not 1 <= len(parts) <= _WHO_WORDS or _SENTENCE.search(who):
        return False
    return all(not w[0].islower() or len(w) <= 3 for w in parts)


def is_credit(line: str) -> bool:
    """A line that is only a photo credit (see the module's docstring)."""
    if len(line) > _CREDIT_MAX:
        return False
    m = _CREDIT.match(line) or _COPYRIGHT.match(line)
    return m is not None and _named(m.group("who"))


def check_credits(emit: Emitter, body: str) -> None:
    """``boilerplate.credit``: a credit line anywhere but the body's last line."""
    if not emit.on(CREDIT):
        return
    body_lines = lines(body)
    for line in body_lines[:-1]:
        if len(line) <= _CREDIT_MAX and is_credit(line):
            emit.add(CREDIT, "$.body", "a photo credit in the body (a caption the extractor kept)", line)


def _item(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= _ITEM_CHARS
        and len(text.split()) <= _ITEM_WORDS
        and not _SENTENCE.search(text)
        and ":" not in text
    )


def _items(text: str) -> list[str]:
    return [p.strip() for p in _ITEM_SPLIT.split(text) if p.strip()]


def _capitalised(item: str) -> bool:
    return not item[0].isalpha() or not item[0].islower()


def _label_line(line: str) -> re.Match[str] | None:
    """``_LABEL_LINE``'s match of ``line``; a line without either of its colons is not tried (most lines)."""
    return _LABEL_LINE.match(line) if ":" in line or "\uff1a" in line else None


def tag_tail(body_lines: list[str]) -> str | None:
    """The tag block at the end of ``body_lines`` (its lines joined), or None."""
    if len(body_lines) < _MIN_LINES:
        return None
    last = body_lines[-1]
    for start in range(len(body_lines) - 1 - _MIN_ITEMS, max(len(body_lines) - _TAIL_MAX, 0) - 1, -1):
        m = _label_line(body_lines[start])
        if m and not m.group("rest") and len(m.group("label").split()) <= _ITEM_WORDS:
            if all(_item(x) for x in body_lines[start + 1 :]):
                return " | ".join(body_lines[start:])
            break
    m = _label_line(last)
    if m and len(m.group("label").split()) <= _ITEM_WORDS:
        items = _items(m.group("rest"))
        if len(items) >= _MIN_ITEMS and all(_item(x) for x in items) and "," in m.group("rest"):
            return last
    items = _items(last)
    if len(items) >= _MIN_BARE_ITEMS and "," in last and all(_item(x) and _capitalised(x) for x in items):
        return last
    return None


def check_tag_list(emit: Emitter, body: str) -> None:
    """``boilerplate.tag_list``: a tag or source list left at the body's end."""
    if not emit.on(TAG_LIST):
        return
    found = tag_tail(lines(body))
    if found is not None:
        emit.add(TAG_LIST, "$.body", "a tag or source list at the end of the body", found)
