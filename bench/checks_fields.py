"""Field defects for issue 9, written by the lead in session 14 as a throwaway probe *before* the rules that
now catch them (14 of 32 kinds failed every record then), committed after them: so it is tuned, and its
numbers say what the rules do, not what a new kind will meet. One field gone wrong a record:

* the title: a template's placeholder or a program's empty value, a web address, a site's own label
  ("Home"), a bot wall's or a soft 404's title;
* the authors: a CMS account ("admin"), the byline's word kept ("By ..."), two names in one entry;
* the language: another language in the same script (``de`` over an English body);
* the body: a line of CSS, JSON-LD, a template's placeholder, ``null``, lorem ipsum; a bot wall's text as
  the whole body.

Each kind is planted in every record, and the body lines also in one record in eight per run:

    python bench/checks_fields.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import _NAMES, Case, Defect, _with, braced, line_at, record_only

TITLES_PLACEHOLDER = ("{{ article.title }}", "undefined", "${headline}", "[object Object]", "null")
TITLES_ADDRESS = (
    "https://news.example.com/2024/05/12/story-1234",
    "www.example-news.com",
    "desk@example.com",
)
TITLES_LABEL = ("Home", "Startseite", "Accueil", "Search", "News", "Login")
TITLES_BLOCKED = (
    "Just a moment...",
    "Access Denied",
    "404 Not Found",
    "Page not found | Daily Example",
    "Seite nicht gefunden",
    "Página no encontrada",
    "Страница не найдена",
)
AUTHORS_BAD = ("admin", "webmaster", "Unknown", "By {n}", "Par {n}", "{n} and {m}")
CODE_LINES = (
    ".article p { margin: 0 0 1em; font-size: 18px; }",
    '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}',
    "{{ article.body }}",
    "{% include 'share.html' %}",
    "null",
    "undefined",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
)
BLOCKED_BODIES = (
    "Checking if the site connection is secure\n\nnews.example.com needs to review the security of your"
    " connection before proceeding.\n\nRay ID: 8a1f2b3c4d5e6f70",
    "Please verify you are a human\n\nPress & Hold to confirm you are a human (and not a bot).",
    "Oops! The page you are looking for does not exist.\n\nGo back to the homepage.",
)
GERMAN = (
    "Der Gemeinderat hat am Dienstag den neuen Haushalt beschlossen, nachdem die Debatte über die Schulen "
    "mehrere Wochen gedauert hatte. Die Mitglieder des Rates sagten, dass der Plan die Ausgaben für die "
    "Bibliotheken und den Nahverkehr im nächsten Jahr erhöht, während der Bürgermeister versprach, die "
    "Grundsteuer für die Einwohner stabil zu halten."
)


def title_from(choices: tuple[str, ...]) -> Defect:
    def plant(case: Case, rnd: random.Random) -> Case | None:
        return _with(case, title=rnd.choice(choices)) if case.record.get("body") else None

    return plant


def authors_from(case: Case, rnd: random.Random) -> Case | None:
    n, m = rnd.sample(_NAMES, 2)
    return _with(case, authors=[rnd.choice(AUTHORS_BAD).format(n=n, m=m)])


def wrong_language(case: Case, rnd: random.Random) -> Case | None:
    """A German record language over the corpus's English bodies; an English one over a German body."""
    body = case.record.get("body")
    if not body or len(body.split()) < 80:
        return None
    if sum(w in {"the", "and", "of"} for w in body.lower().split()) > 10:
        return _with(case, language=rnd.choice(("de", "de-DE", "fr", "es")))
    return _with(case, body=GERMAN * 2, language="en")


def blocked_body(case: Case, rnd: random.Random) -> Case | None:
    return _with(case, body=rnd.choice(BLOCKED_BODIES)) if case.record.get("body") else None


def fields(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    title = frozenset({"schema", "title.markup_leak", "title.not_a_headline", "page.not_an_article"})
    found: Kinds = {
        "a template's placeholder or empty value as the title": (title_from(TITLES_PLACEHOLDER), title),
        "a web or e-mail address as the title": (title_from(TITLES_ADDRESS), title),
        "a site's own label as the title": (title_from(TITLES_LABEL), title),
        "a bot wall's or soft 404's title": (title_from(TITLES_BLOCKED), title),
        "a CMS account, a byline word or two names in the authors": (
            authors_from,
            frozenset({"schema", "authors.not_a_name"}),
        ),
        "another language in the same script": (
            wrong_language,
            frozenset({"schema", "language.word_mismatch", "language.script_mismatch"}),
        ),
        "a bot wall's text as the body": (
            record_only(blocked_body),
            frozenset({"page.not_an_article", "body.too_short", "boilerplate.notice"}),
        ),
    }
    lines = {
        "code, JSON, a placeholder or lorem ipsum as a line (middle)": record_only(
            line_at(braced(CODE_LINES), "middle")
        )
    }
    markup = frozenset({"body.markup_leak"})
    return {**found, **{kind: (plant, markup) for kind, (plant, _) in spread(lines).items()}}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(argv, __doc__, fields, "field kind (tuned)", "field kinds, all", misses=False)


if __name__ == "__main__":
    sys.exit(main())
