"""An eighth held-out set and a tuning set for the body's last lines (issue 9, seventh pass).

**Held out** (``eighth``): committed BEFORE any rule of this pass; its misses are never printed
(``HIDDEN_MISSES`` in ``checks_accuracy``) and never read while writing rules. Report them as "held out,
never tuned":

* a new small language group no earlier set had (jv, su, ceb, mg, rw, ig, xh, yi, as, ug, tt, fo, bo):
  "read also" teasers, follow prompts and newsletter sign-ups;
* six kinds no earlier set planted, each in several languages, record only, in every record and in one
  record in eight per run: an app-download promotion (middle), a copyright line (end), a "first published
  on / syndicated from" line (end), a translation / AI-generated note (end), a poll or quiz prompt
  (middle), and a hashtag line (end).

**Tuning** (``tuning``): end-of-body kinds the rules of this pass are written looking at (so, tuned kinds):
a comment count or comment prompt at the end and a previous/next-article link at the end, in wording and
languages of this module's author (not the lead's blind set, which this author has never opened).
"""

from __future__ import annotations

import random

from checks_defects import (
    _BOILERPLATE,
    Case,
    Defect,
    Rotated,
    _paras,
    _with,
    braced,
    language_set,
    record_only,
    sparse,
)

EIGHTH_LINES = (
    "Waca uga: Pamrentah nyetujoni anggaran anyar kanggo taun ngarep",
    "Tututi kami ing Instagram",
    "Baca ogé: Banjir ngarendam puluhan imah di Garut",
    "Basaha usab: Gibuksan ang bag-ong ospital sa Sugbo",
    "Sundan mi sa Facebook",
    "Vakio ihany koa: Nosokafana ny hopitaly vaovao any Antananarivo",
    "Soma nanone: Guverinoma yemeje ingengo y'imari nshya",
    "Kiyite kwa: Ụlọ ọgwụ ọhụrụ meghere n'Enugu",
    "Funda nokuba: Urhulumente uvume uhlahlo-lwabiwo mali olutsha",
    "לייענט אויך: די רעגירונג האט באשטעטיקט א נייעם בודזשעט",
    "এইটোও পঢ়ক: গুৱাহাটীত নতুন চিকিৎসালয় মুকলি",
    "بۇنىمۇ ئوقۇڭ: ئۈرۈمچىدە يېڭى دوختۇرخانا ئېچىلدى",
    "Шулай ук укыгыз: Казанда яңа күпер ачылды",
    "Les eisini: Landsstýrið samtykti nýggja fíggjarlóg",
    "ང་ཚོའི་གསར་འགྱུར་ཡིག་ཆུང་ལ་མིང་འགོད་གནང་།",
    "Langganan buletin kami",
    "Skriva teg til okkara tíðindabræv",
)

#: an app-download promotion left between two paragraphs
APP_PROMOS = (
    "Download the Daily News app for iPhone and Android",
    "Get the app: faster news, offline reading",
    "Jetzt unsere App kostenlos herunterladen",
    "Téléchargez notre application sur l'App Store et Google Play",
    "Descarga la app de noticias gratis",
    "Baixe nosso aplicativo no celular",
    "Скачайте наше приложение для iOS и Android",
    "Pobierz aplikację i czytaj bez reklam",
)
#: a copyright line at the body's end
COPYRIGHTS = (
    "© 2020 Example Media Group. All rights reserved.",
    "Copyright 2020 The Morning Post",
    "© Verlagsgruppe Nord GmbH 2020 – Alle Rechte vorbehalten",
    "Tous droits réservés © Le Quotidien 2020",
    "Todos los derechos reservados ©2020",
    "© 2020 ООО «Медиа Групп». Все права защищены.",
    "(c) 2020 Noticias Hoy S.A.",
)
#: a syndication note at the body's end
SYNDICATION = (
    "This article was originally published on The Conversation.",
    "This story first appeared in The Guardian",
    "Originally published at citynews.example.com",
    "Dieser Artikel erschien zuerst auf Tagesblatt Online.",
    "Cet article a initialement été publié sur Le Petit Journal",
    "Este artículo fue publicado originalmente en El Diario.",
    "Матеріал вперше опубліковано на сайті Новини Дня",
)
#: a translation / machine-generated note at the body's end
TRANSLATION_NOTES = (
    "This article was translated from German with the help of AI.",
    "Translated by Maria Rossi",
    "Machine-translated; reviewed by our editors",
    "Dieser Text wurde mit Hilfe künstlicher Intelligenz übersetzt.",
    "Traduit de l'anglais par Claire Dubois",
    "Traducido automáticamente",
    "Este texto foi gerado com auxílio de IA",
)
#: a poll or quiz prompt between two paragraphs
POLLS = (
    "Poll: Should the city ban cars from the centre? Vote now",
    "Quiz: How well do you know your capital cities?",
    "Take our quiz",
    "Umfrage: Sollte das Tempolimit kommen? Jetzt abstimmen",
    "Sondage : êtes-vous pour ou contre ? Votez",
    "Encuesta: ¿Qué opinas? Vota aquí",
    "Опрос: Поддерживаете ли вы это решение?",
)
#: a hashtag line at the body's end
HASHTAGS = (
    "#Berlin #Politik #Wahl2020",
    "#COVID19 #StayHome #Health",
    "#football #PremierLeague",
    "#économie #France",
    "#noticias #Madrid #clima",
    "#Москва #новости",
)


def line_at_edge(choices: tuple[str, ...], where: str, headlines: tuple[str, ...] = ("",)) -> Defect:
    """One line (``{t}`` = another page's headline) at the body's ``end`` or ``middle``, record only."""

    def plant(case: Case, rnd: random.Random) -> Case | None:
        paras = _paras(case.record["body"])
        if len(paras) < 2:
            return None
        line = rnd.choice(choices).format(t=rnd.choice(headlines))
        i = len(paras) if where == "end" else rnd.randrange(1, len(paras))
        return _with(case, body="\n\n".join([*paras[:i], line, *paras[i:]]))

    return record_only(plant)


def _both_ways(name: str, plant: Defect) -> dict[str, tuple[Defect | Rotated, frozenset[str]]]:
    return {
        f"{name}, record only": (plant, _BOILERPLATE),
        f"{name}, record only, 1 page in 8 per run": (sparse(plant, 8), _BOILERPLATE),
    }


EIGHTH_NAME = "eighth set, never tuned (jv, su, ceb, mg, rw, ig, xh, yi, as, ug, tt, fo, bo)"


def eighth() -> dict[str, tuple[Defect | Rotated, frozenset[str]]]:
    """Held out: never read while writing a rule; ``checks_accuracy`` prints none of its misses."""
    return {
        **language_set(EIGHTH_NAME, EIGHTH_LINES),
        **_both_ways("app-download line (middle), never tuned", line_at_edge(braced(APP_PROMOS), "middle")),
        **_both_ways("copyright line (end), never tuned", line_at_edge(braced(COPYRIGHTS), "end")),
        **_both_ways(
            "'first published on' line (end), never tuned", line_at_edge(braced(SYNDICATION), "end")
        ),
        **_both_ways(
            "translation / AI note (end), never tuned", line_at_edge(braced(TRANSLATION_NOTES), "end")
        ),
        **_both_ways("poll / quiz prompt (middle), never tuned", line_at_edge(braced(POLLS), "middle")),
        **_both_ways("hashtag line (end), never tuned", line_at_edge(braced(HASHTAGS), "end")),
    }


# ---------------------------------------------------------------- tuning set (rules written from these)

#: comment counts and comment prompts, in this module author's own wording
COMMENT_LINES = (
    "17 comments",
    "Comments (4)",
    "Join the discussion",
    "Leave a comment",
    "What do you think? Tell us in the comments",
    "Kommentare (12)",
    "Jetzt kommentieren",
    "3 commentaires",
    "Réagir à cet article",
    "Comenta esta noticia",
    "Comentários: 9",
    "Комментарии (21)",
    "Kommentera",
    "Yorumlar (6)",
    "Tulis komentar Anda",
    "コメント 8件",
)
#: previous / next-article links, in this module author's own wording
NEXT_PREV_LINES = (
    "Next article: {t}",
    "Previous story: {t}",
    "« {t}",
    "{t} »",
    "Next →",
    "← Previous",
    "Nächster Artikel: {t}",
    "Vorheriger Beitrag",
    "Article suivant : {t}",
    "Siguiente noticia: {t}",
    "Próxima matéria »",
    "Следующая новость: {t}",
    "Nästa artikel: {t}",
    "Sonraki haber »",
    "Berita sebelumnya: {t}",
)
TUNING_HEADLINES = (
    "Mayor unveils plan for new bike lanes",
    "Schools to reopen after the holiday",
    "Port workers vote to end the strike",
    "Museum returns stolen paintings",
)


def tuning() -> dict[str, tuple[Defect | Rotated, frozenset[str]]]:
    """Tuned: the rules of this pass were written looking at these kinds and their misses."""
    comments = line_at_edge(braced(COMMENT_LINES), "end")
    links = line_at_edge(NEXT_PREV_LINES, "end", TUNING_HEADLINES)
    return {
        **_both_ways("comment count or prompt (end), tuning set", comments),
        **_both_ways("previous/next-article link (end), tuning set", links),
    }
