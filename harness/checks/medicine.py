"""A medicine advertisement's mandatory text kept in the body: a ``boilerplate.notice`` of its own kind.

Where medicines may be advertised, the law makes the advertisement carry a fixed text: the product with its
dose and the instruction to read the leaflet ("Gastrozol contains omeprazole 20 mg. Always read the
leaflet.", "Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage ...", "Ceci est un médicament. Lire
attentivement la notice.", "To jest lek. ... w ulotce ...", "Имеются противопоказания. Необходимо
ознакомиться с инструкцией ..."), or a regulator's mark ("【第2類医薬品】", "国药准字H...", "광고심의필",
"SE PERSISTIREM OS SINTOMAS, O MÉDICO DEVERÁ SER CONSULTADO"). The evidence, on one line of at most
``_MAX_WORDS`` words: a dose ("20 mg", "400 мг") and the leaflet's or the medicine's mandatory words, or a
regulator's mark alone. A health story gives doses and side effects in its own sentences, without telling
the reader to read the leaflet. No line of the clean bodies of the corpus, fundus and Readability.js, nor of
``generic``'s output of 1,712 outside pages, is one (docs/checks-accuracy.md, "Twenty-seventh pass"). A
body holding no dose's unit and no regulator's mark as text (nearly every one; the shared keyword pass,
:mod:`harness.checks.keywords`, says so) is not read line by line.
"""

from __future__ import annotations

import re

from harness.checks import keywords

NOTICE = "boilerplate.notice"
_MAX_WORDS = 80

_DOSE = re.compile(r"(?i)\d\s?(?:mg|µg|mcg|мг|mg/ml)(?![^\W\d_])|\d\s?(?:毫克|mg)")
_MANDATORY = re.compile(
    r"(?i)leaflet|read the label|packungsbeilage|gebrauchsinformation|lire attentivement la notice|folheto"
    r"|foglio illustrativo|prospecto|bijsluiter|bipacksedel|indlægsseddel|pakningsvedlegg|pakkausseloste"
    r"|ulot|příbalov|kullanma talimat|ознакомиться с инструкци|ознайомитися з інструкці"
    r"|имеются противопоказания|є протипоказання|to jest lek|è un medicinale|ceci est un médicament"
    r"|es un medicamento|é um medicamento|je lék|οδηγίες χρήσης|添付文書|药品说明书|사용상의 주의사항"
    r"|의약품입니다|o médico deverá ser consultado"
)
_REGULATOR = re.compile(r"第[1-3１-３]類医薬品|国药准字|광고심의필|se persistirem os sintomas")
#: text a body must hold, lowercased, for either (a dose's unit, a regulator's mark): most hold none
_SIGNS = ("mg", "мг", "µg", "mcg", "毫克", "類医薬品", "国药准字", "광고심의필", "sintomas")


def lowered_signs() -> tuple[str, ...]:
    """``_SIGNS``, for the shared keyword pass (already lowercased)."""
    return _SIGNS


def medicine_lines(body_lines: list[str]) -> list[str]:
    """The lines of ``body_lines`` that are a medicine advertisement's mandatory text (see the module's
    docstring)."""
    out = []
    for line in body_lines:
        if line.count(" ") >= _MAX_WORDS:
            continue
        low = line.casefold()
        if _REGULATOR.search(low) or (_DOSE.search(line) and _MANDATORY.search(low)):
            out.append(line)
    return out


def medicine_notes(body_lines: list[str], held: keywords.Held) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: a medicine advertisement's mandatory text."""
    if not held.may(keywords.MEDICINE, _SIGNS):
        return []
    return [(line, "a medicine advertisement's mandatory text") for line in medicine_lines(body_lines)]
