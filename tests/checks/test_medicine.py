"""A medicine advertisement's mandatory text (``boilerplate.notice``, :mod:`harness.checks.medicine`): a dose
with the leaflet's or the medicine's mandatory words, or a regulator's mark, in any language; a health
story's own doses and side effects are left alone."""

from __future__ import annotations

import pytest

from harness.checks.medicine import medicine_lines
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Gastrozol contains omeprazole 20 mg. Always read the leaflet. Do not exceed the stated dose.",
        "Dolorin akut 400 mg. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage.",
        "Paraxan paracétamol 500 mg, comprimé. Ceci est un médicament. Lire attentivement la notice.",
        "Гастрозол (омепразол 20 мг). Имеются противопоказания. Необходимо ознакомиться с инструкцией.",
        "ガストロZ【第2類医薬品】 この医薬品は、薬剤師に相談のうえ「使用上の注意」をよく読んでお使い下さい。",
    ],
)
def test_a_medicine_ad_s_mandatory_text_fails_the_page(line: str) -> None:
    assert _notices([*PARAS[:2], line, *PARAS[2:]]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The recommended dose is 20 mg a day; common side effects include nausea, the study found.",
        "Patients took 400 mg of ibuprofen, and their doctors were asked to report any side effects.",
    ],
)
def test_a_health_story_s_own_doses_are_left_alone(line: str) -> None:
    assert medicine_lines([line]) == []
    assert _notices([*PARAS[:2], line, *PARAS[2:]]) == []
