"""A ninth blind set for issue 9, written by the lead at the end of session 16 after all of that session's
rules, committed and run once, and no rule written from it: the held-out number of the session's final
code. The earlier sets' kinds were listed first and none of these is among them:

* lines in the body: a save or bookmark button ("Save article", "Merken"), text-size controls at the start
  ("Text size", "A A A"), a translation widget at the start ("Select language", "Sprache wählen"), a live
  blog's filter ("Show key events only") at the start, and a follow button for the author at the end
  ("Follow Jane Miller", "Jane Miller folgen"), in English, German, French and Spanish;
* defects in other fields: the URL's slug as the title ("city-council-approves-budget"), and two authors
  joined by a comma in one entry ("Jane Miller, Ahmed Khan").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind9.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import _NAMES, Case, Defect, _with, braced, line_at, record_only

SAVE_BUTTONS = (
    "Save article",
    "Add to reading list",
    "Artikel merken",
    "Merken",
    "Sauvegarder l'article",
    "Guardar artículo",
)
TEXT_SIZE = ("Text size", "A A A", "Schriftgröße", "A- A+", "Taille du texte", "Tamaño del texto")
TRANSLATE = (
    "Select language",
    "Translate this page",
    "Sprache wählen",
    "Choisir la langue",
    "Seleccionar idioma",
)
LIVE_FILTERS = (
    "Show key events only",
    "Key events",
    "Nur wichtige Ereignisse anzeigen",
    "Afficher les moments clés",
    "Mostrar solo lo más importante",
)
FOLLOW_AUTHOR = ("Follow {n}", "{n} folgen", "Suivre {n}", "Seguir a {n}", "Follow {n} on X")


def slug_title(case: Case, rnd: random.Random) -> Case | None:
    """The title as the URL's slug: lowercase words joined by hyphens."""
    title = case.record.get("title")
    if not title:
        return None
    slug = "-".join(re.findall(r"[^\W_]+", title.lower()))
    return _with(case, title=slug) if slug.count("-") >= 2 else None


def joined_authors(case: Case, rnd: random.Random) -> Case | None:
    first, second = rnd.sample(_NAMES, 2)
    return _with(case, authors=[f"{first}, {second}"])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "save or bookmark button (middle)": record_only(line_at(braced(SAVE_BUTTONS), "middle")),
        "text-size controls (start)": record_only(line_at(braced(TEXT_SIZE), "start")),
        "translation widget (start)": record_only(line_at(braced(TRANSLATE), "start")),
        "live blog's filter (start)": record_only(line_at(braced(LIVE_FILTERS), "start")),
        "follow button for the author (end)": record_only(line_at(FOLLOW_AUTHOR, "end")),
    }
    fields: Kinds = {
        "the URL's slug as the title": (
            record_only(slug_title),
            frozenset({"title.not_a_headline", "title.site_name", "title.markup_leak"}),
        ),
        "two authors joined by a comma in one entry": (
            record_only(joined_authors),
            frozenset({"authors.not_a_name"}),
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (ninth set)", "ninth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
