"""A premium-rate call or text box kept in the body: a ``boilerplate.notice`` of its own kind.

A television show's televote, a paper's competition and a charity's text-to-give appeal print the same box
beside the stories they run with: what to text to which short code, and what it costs ("To vote for Jane,
text VOTE JANE to 63333. Texts cost 50p plus your standard network rate", "Envía un SMS con la palabra
DELGADO al 7744 (1,45 € + IVA)", "sms DEKKER naar 7345 (€0,55 per bericht)"). A story tells of such a
service in its own words; the box instructs the reader. The evidence, on one line of at most
``_MAX_WORDS`` words and ``_MAX_CHARS`` characters:

* a text message named ("SMS", "text", "texto", "短信", "문자"),
* a short code to send it to: four to six digits after a preposition ("to 63333", "al 7744", "para o
  68433", "naar 7345", "an 44844"), and
* a price in a currency (a sign or a unit by the amount: "50p", "1,45 €", "€0,55", "0,51 euro", "45 cpm").

A story about the price of a text message names no short code to send one to. No word list of a show, a
charity or a competition is read. Measured on the clean bodies of the corpus, fundus and Readability.js
and on ``generic``'s outputs of 1,712 outside pages (docs/checks-accuracy.md, "Twenty-sixth pass").
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.text import line_has_digit, lines

NOTICE = "boilerplate.notice"
_MAX_WORDS = 80
_MAX_CHARS = 700

#: text a line must hold (casefolded) before its regexes are read: most lines hold none
_GATE = ("sms", "text", "短信", "ショートメール", "문자")
_MESSAGE = re.compile(r"\bsms\b|\btext(?:s|ing)?\b|\btexto\b|短信|ショートメール|문자")
_SHORT_CODE = re.compile(
    r"(?:\bto|\bon|\ban|\bau|\bal|\ba|\bpara(?: o)?|\bnaar|\btill|\btil|\bdo|\bna|\bна|\bsur|\ball[oa']?"
    r"|\bke)\s+(?:(?:the|il|el|le|o|numero|número|nummer|numer|nomor|number|nr\.?|номер|короткий номер)\s+)?"
    r"\d{4,6}\b"
    r"|\d{4,6}\s*(?:पर|번으로|番へ|番まで|にショートメール)|发送[^。]{0,20}?到\s*\d{4,6}"
)
_PRICE = re.compile(
    r"\d+(?:[.,]\d{1,2})?\s?(?:€|£|p\b|ct\b|cents?\b|cpm\b|euros?\b|eur\b|zł|kr\b|kč|₽|руб|円|원|元|ron\b)"
    r"|[€£$₹]\s?\d|\brp\s?\d"
)


def premium_lines(body_lines: list[str]) -> list[str]:
    """The lines of ``body_lines`` that are a premium-rate call or text box (see the module's docstring)."""
    out: list[str] = []
    for line in body_lines:
        if len(line) > _MAX_CHARS or not line_has_digit(line):
            continue
        low = line.casefold()
        if not any(g in low for g in _GATE) or line.count(" ") >= _MAX_WORDS:
            continue
        if _MESSAGE.search(low) and _SHORT_CODE.search(low) and _PRICE.search(low):
            out.append(line)
    return out


def check_premium(emit: Emitter, body: str) -> None:
    """``boilerplate.notice``: a premium-rate call or text box (a televote, a competition, a text-to-give)."""
    if not emit.on(NOTICE):
        return
    for line in premium_lines(lines(body)):
        emit.add(
            NOTICE, "$.body", "a premium-rate call or text box (a televote, a competition, a donation)", line
        )
