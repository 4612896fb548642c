"""A third blind set for issue 9, written by the lead in session 9 while that session's rules were being
written on another branch by an engineer who never saw it. Committed to main before that branch was
merged. Its misses are not printed and are not to be read while writing rules.

* 15 languages no earlier set had (lb, mt, gl, br, gd, ga, qu, wo, om, ln, sn, st, sm, ku, tk): "read also"
  teasers, follow prompts and newsletter sign-ups;
* nine line kinds no earlier set planted: a breadcrumb trail and a table of contents at the body's start,
  the leftovers of a video player and a market or weather ticker in its middle, and at its end an
  error-report prompt, a donation appeal, a page counter, a news-tip address and an author's biography;
* five defects in other fields: a date years in the future, a date at the Unix epoch, a title that is only
  a date, HTML entities left undecoded in the body, and another article's body under this one's title.

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record
speaks), in every record and then in one record in eight per run; the language lines also from the page's
own chrome (replay). It prints the share of defective records that fail the default gate, per kind and
half:

    python bench/checks_blind3.py --corpus ../shared/corpus
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import Case, Defect, _with, braced, line_at, one_of, record_only

LANGUAGE_LINES = (
    "Liest och: D'Regierung stellt en neie Budget fir d'Schoule vir",
    "Suivéiert eis op Facebook",
    "Aqra wkoll: Il-Gvern iħabbar baġit ġdid għall-iskejjel",
    "Segwuna fuq Instagram",
    "Le tamén: O Goberno presenta un novo orzamento para a sanidade",
    "Subscríbete ao noso boletín diario",
    "Lennit ivez: Ar gouarnamant a ginnig ur budjed nevez",
    "Leugh cuideachd: Tha an riaghaltas a' foillseachadh buidseat ùr",
    "Lean sinn air Facebook",
    "Léigh freisin: Foilsíonn an rialtas buiséad nua don bhliain seo chugainn",
    "Cláraigh le haghaidh ár nuachtlitir",
    "Kaytapas ñawinchay: Kamachikuq wasi musuq qullqita riqsichin",
    "Jàngal itam: Nguur gi dafa wone budse bu bees",
    "Topp nu ci Facebook",
    "Kana illee dubbisi: Mootummaan baajata haaraa beeksise",
    "Tanga lisusu: Guvernema elakisi mbongo ya sika",
    "Verenga zvakare: Hurumende yazivisa bhajeti itsva",
    "Titevere paFacebook",
    "Bala hape: Mmuso o phatlalatsa tekanyetso e ncha",
    "Faitau foi: Ua faalauiloa e le Malo se paketi fou",
    "Herwiha bixwîne: Hikûmetê budçeyeke nû eşkere kir",
    "Me li ser Instagramê bişopînin",
    "Şeýle hem okaň: Hökümet täze býujeti yglan etdi",
    "Bizi Instagramda yzarlaň",
)
BREADCRUMBS = (
    "Home › News › Politics",
    "Startseite > Politik > Ausland",
    "Accueil / Monde / Europe",
    "Inicio » Deportes » Fútbol",
    "Главная → Новости → Общество",
    "首页 > 新闻 > 国际",
)
CONTENTS = (
    "Contents: Background · Reactions · What happens next",
    "Inhalt: Hintergrund – Reaktionen – Ausblick",
    "Sommaire : Contexte | Réactions | Et après ?",
    "Índice: Antecedentes / Reacciones / Qué sigue",
)
VIDEO_LEFTOVERS = (
    "Video: 02:15",
    "Now playing",
    "Your browser does not support the video tag.",
    "Video wird geladen …",
    "Lecture en cours",
    "Reproduciendo ahora",
)
TICKERS = (
    "DAX 15.234,50 +0,8 % · Dow Jones 34.120,10 −0,2 %",
    "EUR/USD 1.0842 ▲ 0.12%",
    "Weather: 18°C, light rain",
    "Wetter: 21 °C, sonnig",
    "FTSE 100 7,512.3 ▼ 0.4%",
)
ERROR_PROMPTS = (
    "Found a mistake? Let us know",
    "Fehler gefunden? Jetzt melden",
    "¿Has visto un error? Avísanos",
    "Signaler une erreur",
    "Hai trovato un errore? Segnalalo",
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
)
DONATIONS = (
    "Support independent journalism. Donate now",
    "Unterstützen Sie unseren Journalismus – jetzt spenden",
    "Soutenez une presse indépendante : faites un don",
    "Apoya el periodismo independiente: haz una donación",
    "Sostieni il giornalismo indipendente: dona ora",
    "Поддержите независимую журналистику",
)
PAGE_COUNTERS = (
    "Page 1 of 3 — Next »",
    "Seite 1 von 2 – Weiter",
    "« Précédent 1 2 3 Suivant »",
    "Página 1 de 4",
    "1 2 3 … 12 Next ›",
    "Страница 1 из 3",
)
NEWS_TIPS = (
    "Got a news tip? Email us at tips@example.com",
    "Hinweise an die Redaktion: redaktion@example.de",
    "Une info ? Écrivez-nous à redaction@example.fr",
    "¿Tienes una pista? Escríbenos a noticias@example.es",
)
BIOS = (
    "{n} is a senior reporter covering energy and climate.",
    "{n} ist Redakteurin im Ressort Wirtschaft.",
    "{n} est journaliste au service politique.",
    "{n} es corresponsal en Bruselas desde 2019.",
)
DATE_TITLES = ("4 March 2021", "2021-03-04", "Montag, 4. März 2021", "04/03/2021 12:30")
_TITLE_CHECKS = frozenset({"title.site_name", "title.site_suffix", "title.missing", "title.mojibake"})


def future_date(case: Case, rnd: random.Random) -> Case | None:
    year = 2029 + rnd.randrange(4)
    return _with(case, published=f"{year}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}T10:00:00+00:00")


def epoch_date(case: Case, rnd: random.Random) -> Case | None:
    return _with(case, published="1970-01-01T00:00:00+00:00")


def date_title(case: Case, rnd: random.Random) -> Case | None:
    return _with(case, title=rnd.choice(DATE_TITLES)) if case.record.get("title") else None


def entities(case: Case, rnd: random.Random) -> Case | None:
    """The body as an extractor that forgot to unescape it: quotes, ampersands and spaces as entities."""
    body = case.record["body"]
    if not body:
        return None
    escaped = html.escape(body, quote=True).replace("\u00a0", "&nbsp;").replace("\u2019", "&#8217;")
    return _with(case, body=escaped) if escaped != body else None


def other_body(cases: list[Case]) -> Defect:
    """The body of another record of the run (of another site) under this record's title."""
    bodies = [(c.site, c.record["body"]) for c in cases if c.record.get("body")]

    def plant(case: Case, rnd: random.Random) -> Case | None:
        if not case.record.get("title"):
            return None
        others = [b for s, b in bodies if s != case.site]
        return _with(case, body=rnd.choice(others)) if others else None

    return plant


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "15 new languages (lb, mt, gl, br, gd, ga, qu, wo, om, ln, sn, st, sm, ku, tk)": record_only(
            one_of(LANGUAGE_LINES)
        ),
        "breadcrumb trail (start)": record_only(line_at(braced(BREADCRUMBS), "start")),
        "table of contents (start)": record_only(line_at(braced(CONTENTS), "start")),
        "video player leftovers (middle)": record_only(line_at(braced(VIDEO_LEFTOVERS), "middle")),
        "market or weather ticker (middle)": record_only(line_at(braced(TICKERS), "middle")),
        "error-report prompt (end)": record_only(line_at(braced(ERROR_PROMPTS), "end")),
        "donation appeal (end)": record_only(line_at(braced(DONATIONS), "end")),
        "page counter (end)": record_only(line_at(braced(PAGE_COUNTERS), "end")),
        "news-tip address (end)": record_only(line_at(braced(NEWS_TIPS), "end")),
        "author biography (end)": record_only(line_at(BIOS, "end")),
    }
    fields: Kinds = {
        "date years in the future": (future_date, frozenset({"date.future"})),
        "date at the Unix epoch": (epoch_date, frozenset({"date.too_old", "date.future"})),
        "title is only a date": (date_title, _TITLE_CHECKS),
        "HTML entities left in the body": (entities, frozenset({"body.markup_leak"})),
        "another article's body under the title": (
            other_body(cases),
            frozenset({"body.title_mismatch", "title.duplicate", "body.duplicated"}),
        ),
    }
    return {**spread(lines, "15 new languages from the page's chrome (replay)", LANGUAGE_LINES), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (third set)", "third blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
