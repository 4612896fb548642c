"""An eighth blind set for issue 9, written by the lead late in session 16, after that session's other
rules, and committed and run once before any rule was written from it: its first run (824/1,402) is the
held-out number of those rules; the rules written from it afterwards make it tuned (docs/checks-accuracy.md,
"An eighth blind set"). The earlier sets' kinds were listed first and none of these is among them:

* lines in the body: a map's attribution line, accessibility leftovers ("Opens in a new window", "Bild
  vergrößern"), an ad slot's skip link ("Skip advertisement", "Continue reading the main story"), a sticky
  header's labels at the start ("Menu", "Search", "Sign in" on three lines), and a "back to the overview" link
  at the end, in English, German, French and Spanish;
* defects in other fields: a date with its label left in the field ("Published: 2021-03-04"), a page number
  left in the title ("... - Page 2"), and the title with the site's name as the body's first line.

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind8.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import Case, Defect, _paras, _with, braced, line_at, record_only

MAPS = (
    "Map data ©2024 Google",
    "Leaflet | © OpenStreetMap contributors",
    "Kartendaten © 2024 GeoBasis-DE/BKG",
    "Données cartographiques ©2024 Google",
    "Datos del mapa ©2024 Google",
)
ACCESSIBILITY = (
    "Opens in a new window",
    "(opens in new tab)",
    "Open image in gallery",
    "Bild vergrößern",
    "Agrandir l'image",
    "Ampliar imagen",
    "Expand image",
)
AD_SKIPS = (
    "Skip advertisement",
    "Continue reading the main story",
    "Anzeige überspringen",
    "Passer la publicité",
    "Saltar publicidad",
)
HEADERS = (
    ("Menu", "Search", "Sign in"),
    ("Menü", "Suche", "Anmelden"),
    ("Menu", "Rechercher", "Se connecter"),
    ("Menú", "Buscar", "Iniciar sesión"),
)
BACK_LINKS = (
    "Back to overview",
    "« Back to all news",
    "Zurück zur Übersicht",
    "Retour à la liste des actualités",
    "Volver al listado de noticias",
)
_TITLE_CHECKS = frozenset(
    {"title.site_name", "title.site_suffix", "title.not_a_headline", "title.truncated", "title.doubled"}
)


def header_block(case: Case, rnd: random.Random) -> Case | None:
    """A sticky header's three labels, one a line, before the body."""
    body = case.record["body"]
    return _with(case, body="\n\n".join([*rnd.choice(HEADERS), body])) if body else None


def labelled_date(case: Case, rnd: random.Random) -> Case | None:
    label = rnd.choice(("Published: ", "Veröffentlicht am ", "Publié le ", "Publicado el ", "Updated "))
    return _with(case, published=label + "2021-03-04")


def paged_title(case: Case, rnd: random.Random) -> Case | None:
    title = case.record.get("title")
    if not title:
        return None
    pages = (" - Page 2", " (Seite 2)", " – page 3 sur 5", " | Página 2")
    return _with(case, title=title + rnd.choice(pages))


def title_site_line(case: Case, rnd: random.Random) -> Case | None:
    """The page's ``<title>`` (headline and site name) as the body's first line."""
    title = case.record.get("title")
    if not title or len(_paras(case.record["body"])) < 2:
        return None
    site = case.site.split(".")[0].capitalize()
    return _with(case, body=f"{title} | {site}\n\n{case.record['body']}")


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "map attribution (middle)": record_only(line_at(braced(MAPS), "middle")),
        "accessibility leftovers (middle)": record_only(line_at(braced(ACCESSIBILITY), "middle")),
        "ad slot's skip link (middle)": record_only(line_at(braced(AD_SKIPS), "middle")),
        "sticky header labels (start)": record_only(header_block),
        "back-to-overview link (end)": record_only(line_at(braced(BACK_LINKS), "end")),
    }
    fields: Kinds = {
        "a date with its label left in the field": (
            record_only(labelled_date),
            frozenset({"date.unparseable", "schema"}),
        ),
        "a page number left in the title": (record_only(paged_title), _TITLE_CHECKS),
        "the headline and site name as the body's first line": (
            record_only(title_site_line),
            frozenset({"title.repeated_in_body", "boilerplate.edge", "boilerplate.pattern"}),
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (eighth set)", "eighth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
