"""A tenth blind set for issue 9, written by a helper in session 17 whose lines the lead did not see,
committed and run once before the session's rules: its first run is the held-out number of the code before
them, and its run after them is the held-out number of those rules. The earlier sets' kinds, and the kinds
the lead had already probed in that session, were listed first and none of these is among them:

* lines in the body: a breaking-news banner label, an affiliate-link disclosure and a view counter at the
  start; a shop button of a product box, a chart embed's footer (Datawrapper, Flourish) and a
  push-notification prompt in the middle; a short link or permalink and a publisher's standards note or
  disclaimer at the end, in English, German, French, Spanish, Italian, Portuguese, Polish, Turkish,
  Russian, Ukrainian, Arabic, Korean, Japanese and Chinese;
* defects in other fields: a Unix timestamp as the date ("1614855600"), the author's job title as an entry
  of its own in the authors, and a kicker run into the title with no space ("AnalysisCouncil approves ...").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind10.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import _NAMES, Case, Defect, _paras, _with, braced, line_at, record_only

BREAKING = ("BREAKING NEWS", "EILMELDUNG", "ÚLTIMA HORA", "СРОЧНО", "عاجل", "속보")
AFFILIATE = (
    "We independently review everything we recommend. When you buy through our links, we may earn a"
    " commission.",
    "As an Amazon Associate, we earn from qualifying purchases.",
    "Als Amazon-Partner verdienen wir an qualifizierten Verkäufen.",
    "In qualità di Affiliato Amazon, riceviamo un guadagno dagli acquisti idonei.",
    "Cet article contient des liens affiliés : nous pouvons percevoir une commission sur les achats"
    " effectués via ces liens.",
    "Algunos de los enlaces de este artículo son afiliados y pueden reportar un beneficio a Xataka.",
)
VIEWS = (
    "1,245 views",
    "Просмотров: 1 245",
    "Переглядів: 812",
    "阅读 10万+",
    "Wyświetleń: 3 408",
    "Görüntülenme: 1.245",
)
SHOP_BUTTONS = (
    "$29.99 at Amazon",
    "View at Amazon",
    "Bei Amazon ansehen",
    "Voir l'offre",
    "Ver oferta",
    "Amazonで詳細を見る",
)
CHART_FOOTERS = (  # templates: {n} is the chart's author
    "Chart: {n} • Get the data • Created with Datawrapper",
    "Grafik: {n} • Erstellt mit Datawrapper",
    "Graphique: {n} • Créé avec Datawrapper",
    "A Flourish chart",
    "Creato con Flourish",
    "Creado con Flourish",
)
PUSH_PROMPTS = (
    "We'd like to show you notifications for the latest news and updates.",
    "Aktivieren Sie Push-Benachrichtigungen, um keine Nachrichten zu verpassen.",
    "Recevez les alertes de l'actualité en activant les notifications.",
    "Activa las notificaciones para recibir las noticias más importantes.",
    "Ative as notificações e receba as principais notícias do dia.",
    "Включите уведомления, чтобы не пропустить главные новости.",
)
SHORT_LINKS = (
    "Permalink https://p.dw.com/p/3ZxYz",
    "Shortlink: https://wp.me/p7Xy2a-3kQ",
    "URL dieses Artikels: https://heise.de/-4567890",
    "Короткая ссылка на новость: https://www.example.ru/n/48213",
    "本文链接：https://www.example.cn/archives/4821.html",
    "Enlace corto: https://bit.ly/3xYzAbc",
)
STANDARDS = (
    "Our Standards: The Thomson Reuters Trust Principles.",
    "The BBC is not responsible for the content of external sites. Read about our approach to external"
    " linking.",
    "The views expressed in this article are the author's own and do not necessarily reflect Al Jazeera's"
    " editorial stance.",
    "私たちの行動規範：トムソン・ロイター「信頼の原則」",
    "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
    "Les propos tenus dans cette tribune n'engagent que leur auteur.",
)
ROLES = (
    "Senior Political Correspondent",
    "Chief Economics Reporter",
    "Redakteurin im Ressort Politik",
    "Korrespondent in Brüssel",
    "Journaliste au service Économie",
    "Corresponsal en Bruselas",
    "Специальный корреспондент",
)
KICKERS = {
    "en": ("Exclusive", "Analysis", "Opinion", "Live"),
    "de": ("Exklusiv", "Kommentar", "Analyse", "Liveblog"),
    "fr": ("Exclusif", "Tribune", "Analyse", "Direct"),
    "es": ("Exclusiva", "Opinión", "Análisis", "Directo"),
    "pt": ("Exclusivo", "Opinião", "Análise", "Ao vivo"),
}
_COMMON = {  # a language's common words, and letters its words have that English ones do not
    "de": ({"der", "die", "und", "das", "mit", "auf", "für", "von", "den", "im", "ein", "sie"}, "äöüß"),
    "fr": ({"le", "la", "les", "et", "des", "du", "une", "pour", "dans", "sur", "au", "est"}, "éèêàç"),
    "es": ({"el", "los", "y", "que", "las", "del", "una", "para", "con", "por", "al", "se"}, "ñáíóú¿"),
    "pt": ({"o", "os", "e", "do", "da", "dos", "uma", "para", "com", "não", "em", "ao"}, "ãõçâê"),
}


def unix_date(case: Case, rnd: random.Random) -> Case | None:
    """The date as the seconds (or milliseconds) since 1970 that a page's JSON or data attribute holds."""
    published = case.record.get("published")
    when = datetime.fromisoformat(published) if published else datetime(2021, 3, 4, 10, 0, tzinfo=UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = int(when.timestamp())
    return _with(case, published=str(seconds * 1000 if rnd.random() < 0.5 else seconds))


def role_author(case: Case, rnd: random.Random) -> Case | None:
    """The byline box's second line (the author's job title) kept as an author of its own."""
    names = case.record.get("authors") or [rnd.choice(_NAMES)]
    return _with(case, authors=[*names, rnd.choice(ROLES)])


def kicker_title(case: Case, rnd: random.Random) -> Case | None:
    """The headline's kicker run into it with no space, as the text of ``<h1><span>Kicker</span>...``."""
    title = case.record.get("title")
    if not title or not title[0].isupper():
        return None
    lead = " ".join(_paras(case.record.get("body"))[:3])
    words = re.findall(r"[^\W\d_]+", f"{title} {lead}".lower())
    counts = {
        lang: sum((w in common) + any(c in letters for c in w) for w in words)
        for lang, (common, letters) in _COMMON.items()
    }
    lang = max(counts, key=lambda k: counts[k])
    kickers = KICKERS[lang if counts[lang] >= (3 if lead else 1) else "en"]
    return _with(case, title=rnd.choice(kickers) + title)


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "breaking-news banner label (start)": record_only(line_at(braced(BREAKING), "start")),
        "affiliate-link disclosure (start)": record_only(line_at(braced(AFFILIATE), "start")),
        "view counter (start)": record_only(line_at(braced(VIEWS), "start")),
        "product box's shop button (middle)": record_only(line_at(braced(SHOP_BUTTONS), "middle")),
        "chart embed footer (middle)": record_only(line_at(CHART_FOOTERS, "middle")),
        "push-notification prompt (middle)": record_only(line_at(braced(PUSH_PROMPTS), "middle")),
        "short link or permalink (end)": record_only(line_at(braced(SHORT_LINKS), "end")),
        "publisher's standards note or disclaimer (end)": record_only(line_at(braced(STANDARDS), "end")),
    }
    title = frozenset(
        {
            "title.not_a_headline",
            "title.markup_leak",
            "title.site_name",
            "title.site_suffix",
            "title.doubled",
            "title.truncated",
            "title.kicker_joined",  # added by the lead after the held-out runs, with the check itself
        }
    )
    fields: Kinds = {
        "a Unix timestamp as the date": (
            record_only(unix_date),
            frozenset({"date.unparseable", "schema"}),
        ),
        "the author's job title as an author entry": (
            record_only(role_author),
            frozenset({"authors.not_a_name", "schema"}),
        ),
        "a kicker run into the title": (record_only(kicker_title), title),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (tenth set)", "tenth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
