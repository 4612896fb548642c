"""The record's language against the body's common words: ``language.word_mismatch`` (same script)."""

from __future__ import annotations

import pytest

from harness.checks.language import word_mismatch
from harness.extractors.generic import _text_language
from tests.checks.helpers import ARTICLE, page_checks, record

GERMAN = (
    "Der Gemeinderat hat am Dienstag den neuen Haushalt beschlossen, nachdem die Debatte über die Schulen "
    "mehrere Wochen gedauert hatte. Die Mitglieder des Rates sagten, dass der Plan die Ausgaben für die "
    "Bibliotheken und den Nahverkehr im nächsten Jahr erhöht, während der Bürgermeister versprach, die "
    "Grundsteuer für die Einwohner stabil zu halten. Die Opposition kritisierte den Zeitpunkt der Abstimmung "
    "und forderte eine unabhängige Prüfung der Kosten, die nach ihrer Ansicht zu hoch sind."
)
DANISH = (
    "Byrådet vedtog tirsdag det nye budget efter en lang debat om skolerne, og det er ikke første gang, at "
    "der har været uenighed om pengene. Medlemmerne sagde, at planen hæver udgifterne til biblioteker og "
    "offentlig transport næste år, mens borgmesteren lovede at holde ejendomsskatten stabil for de borgere, "
    "som bor i kommunen. Oppositionen kritiserede tidspunktet for afstemningen og bad om en uafhængig "
    "gennemgang af omkostningerne, som de mener er for høje for en kommune af den størrelse."
)
SPANISH = (
    "El consejo municipal aprobó el martes el nuevo presupuesto después de un largo debate sobre la "
    "financiación de las escuelas. Los miembros del consejo dijeron que el plan aumenta el gasto en "
    "bibliotecas y transporte público el próximo año, mientras que el alcalde prometió mantener estables los "
    "impuestos para los vecinos. La oposición criticó el momento de la votación y pidió una revisión "
    "independiente de los costes, que según ellos son demasiado altos para una ciudad de su tamaño."
)


@pytest.mark.parametrize(("language", "body", "other"), [("en", GERMAN, "de"), ("de-DE", ARTICLE * 2, "en")])
def test_a_language_the_body_does_not_speak_is_an_error(language: str, body: str, other: str) -> None:
    found = [
        f for f in page_checks(record(language=language, body=body)) if f.check == "language.word_mismatch"
    ]
    assert [(f.severity, f.excerpt) for f in found] == [("error", language)]
    assert repr(other) in found[0].message


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("de", GERMAN),
        ("en-GB", ARTICLE * 2),
        ("no", DANISH),  # neighbours share their common words: never called wrong for each other
        ("ca", SPANISH),
        ("pt-BR", SPANISH),
        ("lb", GERMAN),  # no list for the language: left alone
        ("en", GERMAN[:200]),  # too short to judge
    ],
)
def test_the_right_language_a_neighbour_or_too_little_text_is_left_alone(language: str, body: str) -> None:
    assert word_mismatch(language, body) is None


def test_generic_keeps_the_declared_language_unless_the_body_plainly_speaks_another() -> None:
    assert _text_language("en-US", GERMAN) == "de"
    assert _text_language("de", GERMAN) == "de"
    assert _text_language(None, GERMAN) is None
    assert _text_language("da", DANISH) == "da"
