"""Short labels of a page's banners and live blogs kept in the body: ``boilerplate.notice``.

* **A countdown to an event** on one of the body's first or last ``_EDGE`` lines: a number of days and the
  event ("Noch 47 Tage bis zur Bundestagswahl", "79 DAYS TO GO until the Olympic Games", "Faltan 21 días
  para el Mundial", "Mancano 173 giorni alle Olimpiadi"), or the French and Korean countdown's "J-107",
  "D-171" ("J-107 avant le premier tour", "대선 D-171"): at most ``_MAX_WORDS`` words and no sentence's end.
* **A live blog's pinned-post label** anywhere ("Pinned post", "Angepinnter Beitrag", "Épinglé par Maria
  Rossi", "Post in evidenza · 16:00", "Publicación fijada · 22:31", "置顶 08:33"): the words for a pinned
  post opening a line of fewer than ``_PIN_WORDS`` words ("Le maire épinglé par la justice" opens otherwise).

A story counts days in a sentence ("There are 47 days left before the election, and ..."); a story about
pins is not four words long. No line of the clean bodies of the corpus, fundus and Readability.js, nor of
``generic``'s output of 1,712 outside pages, is either (docs/checks-accuracy.md, "Twenty-seventh pass").
"""

from __future__ import annotations

import re

from harness.checks import frame, keywords
from harness.checks.emit import Emitter
from harness.checks.text import lines

NOTICE = "boilerplate.notice"
_EDGE = 2
_MAX_WORDS = 9
_PIN_WORDS = 6

_DAYS_UNTIL = re.compile(
    r"(?i)\d+\s*(?:days?|tage[n]?|dagen|días|dias|giorni|jours|dni|dní|dnů|gün|päivää|dagar|dage|dager"
    r"|дней|дня|днів|дні|日|일|天)\b.{0,12}?\b(?:to go|until|till|to|left|bis|tot|para|alle|al|avant"
    r"|do|até|kaldı|до|まで)\b|(?:noch|nog|faltan|mancano|plus que|encore|zostało|zbývá|осталось|залишилось)"
    r"\s+\d+\s*\w+"
)
_J_DAY = re.compile(r"(?<![\w-])[JD]\s?-\s?\d{1,3}(?!\d)")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$|[.!?]\s+\S")
#: the pinned post's words, lowercased, for the shared keyword pass: a body holding none is not read for it
_PIN_SIGNS = (
    "pinned",
    "angepinnt",
    "festgepinnt",
    "épinglé",
    "in evidenza",
    "fijad",
    "fixad",
    "vastgezet",
    "fäst inlägg",
    "fastgjort",
    "kiinnitetty",
    "przypięty",
    "připnut",
    "sabitlen",
    "закреплен",
    "закріплен",
    "置顶",
    "固定された投稿",
    "고정된",
    "고정 게시물",
    "고정글",
    "고정게시물",
)
_PINNED = re.compile(
    r"(?i)^\W{0,2}(?:pinned(?: post| message| entry)?|angepinnte[rs]? (?:beitrag|post)|festgepinnt"
    r"|épinglée? par|post épinglé|publication épinglée|post in evidenza|in evidenza|publicación fijada"
    r"|post fijado|mensaje fijado|publicação fixada|post fixado|vastgezet(?: bericht)?|fäst inlägg"
    r"|fastgjort(?: innlegg)?|kiinnitetty|przypięty(?: post| wpis)?|připnut[ýo]|sabitlenmiş|закреплен\w*"
    r"|закріплен\w*|置顶|固定された投稿|고정된? ?(?:게시물|글))(?!\w)"
)


def lowered_signs() -> tuple[str, ...]:
    """``_PIN_SIGNS``, for the shared keyword pass (already lowercased)."""
    return _PIN_SIGNS


def banner_lines(body_lines: list[str], may_pin: bool = True) -> list[tuple[str, str]]:
    """(line, why) for a countdown at the body's edges and a pinned-post label anywhere (``may_pin``
    false: the body holds none of ``_PIN_SIGNS`` lowercased, its lines are not read for one)."""
    n = len(body_lines)
    edges = sorted({*range(min(_EDGE, n)), *range(max(n - _EDGE, 0), n)})
    found: dict[int, tuple[str, str]] = {}
    if may_pin:
        for i, line in enumerate(body_lines):
            if line.count(" ") < _PIN_WORDS and _PINNED.search(line):
                found[i] = (line, "a live blog's pinned-post label")
    for i in edges:
        line = body_lines[i]
        if i in found or line.count(" ") >= _MAX_WORDS or _SENTENCE_END.search(line):
            continue
        if _DAYS_UNTIL.search(line) or _J_DAY.search(line):
            found[i] = (line, "a countdown to an event")
    return [found[i] for i in sorted(found)]


def check_banners(emit: Emitter, body: str) -> None:
    """``boilerplate.notice``: a countdown to an event at the body's edge, a pinned-post label."""
    if not emit.on(NOTICE):
        return
    needles = frame.phrase_keywords(emit.scope)  # the pass ``boilerplate.notice`` made (keywords.scan)
    if keywords.available(needles):
        may_pin = bool(keywords.scan(body, needles)[1] & keywords.PINNED)
    else:
        lowered = body.lower()
        may_pin = any(sign in lowered for sign in _PIN_SIGNS)
    for line, why in banner_lines(lines(body), may_pin):
        emit.add(NOTICE, "$.body", f"the page speaking about itself ({why})", line)
