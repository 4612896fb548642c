"""An alcohol or gambling advertisement's mandatory warning kept in the body: ``boilerplate.notice``.

Where alcohol and betting may be advertised, the law or the trade's code makes the advertisement carry a
warning: "Please drink responsibly. For the facts, visit drinkaware.co.uk.", "L'abus d'alcool est
dangereux pour la santé, à consommer avec modération.", "Bevi responsabilmente.", "Glücksspiel kann
süchtig machen. Hilfe unter ...", "18+ | Play responsibly | BeGambleAware.org", "お酒は20歳になってから。".
A wine column's tip, a bookmaker's odds box and a brewery's advertorial keep it in a story. The evidence,
on a line of at most ``_MAX_WORDS`` words: one of the warnings' phrases (``_PHRASES``, about twenty
languages) and a digit or a web address (the age, the strength, a price, the helpline or its site, which
every such warning carries); a story that quotes a campaign's "drink responsibly" rarely has both. The
phrases are found by the pass of :class:`harness.checks.linewords.LineWords`
(:mod:`harness.checks.pagenotes`); only the lines holding one are read. Written from the twenty-eighth
blind set's wine tip (docs/checks-accuracy.md, "Twenty-eighth pass"), for gambling too.
"""

from __future__ import annotations

import re

NOTICE = "boilerplate.notice"
_MAX_WORDS = 80

_PHRASES = """
drink responsibly
drinkaware
please enjoy responsibly
gamble responsibly
play responsibly
begambleaware
when the fun stops, stop
gambling can be addictive
genießen sie verantwortungsvoll
kein verkauf an personen unter 18
glücksspiel kann süchtig machen
spielen sie verantwortungsvoll
check-dein-spiel
l'abus d'alcool est dangereux
à consommer avec modération
jouer comporte des risques
bevi responsabilmente
il gioco può causare dipendenza
gioca responsabilmente
bebe con moderación
consumo responsable
juega con responsabilidad
jugar con responsabilidad
el juego puede crear adicción
beba com moderação
aprecie com moderação
jogue com responsabilidade
geniet, maar drink met mate
speel bewust
wat kost gokken jou
spela ansvarsfullt
stödlinjen
spil ansvarligt
nyd alkohol med omtanke
spill ansvarlig
pelaa vastuullisesti
nauti vastuullisesti
hazard może uzależniać
graj odpowiedzialnie
pij odpowiedzialnie
alkohol szkodzi
hraj zodpovědně
pij zodpovědně
чрезмерное употребление алкоголя
надмірне вживання алкоголю
грайте відповідально
お酒は20歳になってから
飲酒は20歳になってから
飲みすぎに注意
지나친 음주는
alkol sağlığa zararlıdır
sorumlu oyna
απολαύστε υπεύθυνα
παίξτε υπεύθυνα
理性饮酒
理性购彩
fogyaszd felelősséggel
játssz felelősen
joacă responsabil
consumă cu moderație
"""
#: the phrases' kind in the pass of :class:`harness.checks.linewords.LineWords` (after the bits of
#: :mod:`harness.checks.prompts` and :mod:`harness.checks.anylang`), and the phrases, lowercased
MANDATORY = 4096
LISTS = {MANDATORY: tuple(line.strip() for line in _PHRASES.strip().splitlines())}
_EVIDENCE = re.compile(r"\d|\b[\w-]+\.(?:co\.uk|com|org|de|fr|it|es|nl|se|dk|no|fi|pl|cz|eu|info)\b")


def mandatory_line(line: str) -> bool:
    """A line holding one of the warnings' phrases (the caller's pass found one) and a digit or a web
    address, of at most ``_MAX_WORDS`` words."""
    return line.count(" ") < _MAX_WORDS and _EVIDENCE.search(line) is not None


def mandatory_notes(body_lines: list[str], kinds: dict[int, int]) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: the lines whose words (``kinds``, of the pass)
    include this module's phrases and that are a warning's (:func:`mandatory_line`)."""
    return [
        (body_lines[i], "an alcohol or gambling advertisement's mandatory warning")
        for i, held in sorted(kinds.items())
        if held & MANDATORY and mandatory_line(body_lines[i])
    ]
