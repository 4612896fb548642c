"""A fifth blind set for issue 9, written by the lead at the start of session 13, before any rule change of
that session, and committed before one. Its misses are not printed and are not to be read while writing
rules.

* 14 languages no earlier set had (haw, fj, ss, ve, ts, rn, kab, ckb, sah, udm, mhr, yue, new, bi): "read
  also" teasers and follow prompts;
* eight line kinds no earlier set planted: an ad-blocker notice, a text-to-speech player and a live page's
  refresh notice at the body's start; a region-block notice, a dialog's close label and a "link copied"
  confirmation in its middle; a sign-up confirmation and a "was this helpful" prompt at its end;
* two defects in other fields: HTML entities left undecoded in the title, and the byline's words left in
  the authors ("By Jane Doe | Updated 3 March").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record
speaks), in every record and then in one record in eight per run; the language lines also from the page's
own chrome (replay). It prints the share of defective records that fail the default gate, per kind and
half:

    python bench/checks_blind5.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import Case, Defect, _with, braced, line_at, one_of, record_only

LANGUAGE_LINES = (
    "E heluhelu pū: Ua hoʻolaha ke aupuni i ka moʻohelu kālā hou no nā kula",
    "E hahai mai iā mākou ma Facebook",
    "Wilika talega: Na matanitu e vakaraitaka na ivakarau vou ni ilavo",
    "Muri keimami ena Facebook",
    "Fundza futsi: Hulumende umemetele sabelomali lesisha setikolwa",
    "Vhalani hafhu: Muvhuso wo divhadza mugaganyagwama muswa wa zwikolo",
    "Hlaya nakambe: Mfumo wu tivisile xibalo xa mali lexintshwa xa swikolo",
    "Soma kandi: Reta yatangaje ingengo y'imari nshasha y'amashure",
    "Dukurikire kuri Facebook",
    "Ɣer daɣen: Tanbaḍt tesbeggen-d tasmekta tamaynut i yiɣerbazen",
    "Ḍfer-aɣ-d ɣef Facebook",
    "هەروەها بخوێنەوە: حکومەت بودجەیەکی نوێی بۆ قوتابخانەکان ڕاگەیاند",
    "بەدوامان بکەوە لە فەیسبووک",
    "Эмиэ ааҕыҥ: Бырабыыталыстыба оскуолаларга саҥа бүддьүөтү биллэрдэ",
    "Озьы ик лыдзы: Кивалтэт школаослы выль бюджетэз юыртӥз",
    "Тыгак лудса: Правительство школ-влаклан у бюджетым увертарен",
    "延伸閱讀：政府宣佈學校新預算",
    "喺Facebook追蹤我哋",
    "थ्व नं ब्वनादिसँ: सरकारं स्कूलतय्‌गु लागि न्हूगु बजेट पिकाल",
    "Ridim tu: Gavman i talemaot niufala bajet blong ol skul",
    "Folem yumi long Facebook",
)
AD_BLOCKERS = (
    "We noticed you're using an ad blocker. Please consider supporting us by disabling it.",
    "Sie verwenden einen Adblocker. Bitte deaktivieren Sie ihn für unsere Seite.",
    "Vous utilisez un bloqueur de publicité. Merci de le désactiver sur notre site.",
    "Parece que usas un bloqueador de anuncios. Desactívalo para apoyarnos.",
    "Похоже, вы используете блокировщик рекламы.",
)
LISTEN = (
    "Listen to this article · 4 min",
    "Artikel anhören · 6 Min.",
    "Écouter cet article",
    "Escuchar este artículo · 5 min",
    "Ascolta questo articolo",
    "Прослушать статью",
)
REFRESH = (
    "Refresh the page for the latest updates.",
    "Seite neu laden für die neuesten Meldungen.",
    "Actualisez la page pour voir les dernières mises à jour.",
    "Actualiza la página para ver las últimas novedades.",
    "Aggiorna la pagina per gli ultimi aggiornamenti.",
)
REGION_BLOCKS = (
    "This video is not available in your region.",
    "Dieses Video ist in Ihrem Land leider nicht verfügbar.",
    "Ce contenu n'est pas disponible dans votre pays.",
    "Este contenido no está disponible en tu país.",
    "Questo contenuto non è disponibile nel tuo paese.",
    "Это видео недоступно в вашем регионе.",
)
CLOSE_LABELS = ("× Close", "Schließen ×", "Fermer", "Cerrar ✕", "Chiudi", "Закрыть", "閉じる")
LINK_COPIED = (
    "Link copied!",
    "Link kopiert",
    "Lien copié",
    "Enlace copiado",
    "Link copiato",
    "Ссылка скопирована",
    "リンクをコピーしました",
)
SIGNED_UP = (
    "Thanks for signing up!",
    "Danke für Ihre Anmeldung!",
    "Merci pour votre inscription !",
    "¡Gracias por suscribirte!",
    "Grazie per esserti iscritto!",
    "Спасибо за подписку!",
)
HELPFUL = (
    "Was this article helpful? Yes No",
    "War dieser Artikel hilfreich? Ja Nein",
    "Cet article vous a-t-il été utile ? Oui Non",
    "¿Te ha resultado útil este artículo? Sí No",
    "Questo articolo ti è stato utile? Sì No",
)
ENTITIES = (("'", "&#8217;"), ("&", "&amp;"), ('"', "&quot;"), (" ", "&nbsp;"))
BYLINE_AUTHORS = ("By {n} | Updated {d}", "Von {n}, aktualisiert am {d}", "Por {n} - {d}", "{n} · {d}")
_DAYS = ("3 March 2021", "12.04.2022", "5 de mayo de 2020", "Jan 9, 2023")


def entities_in_title(case: Case, rnd: random.Random) -> Case | None:
    """The title's apostrophes, ampersands, quotes or spaces left as HTML entities; a space is turned into
    ``&nbsp;`` where the title has nothing else to encode."""
    title = case.record.get("title")
    if not title:
        return None
    for char, entity in rnd.sample(ENTITIES, len(ENTITIES)):
        if char in title:
            return _with(case, title=title.replace(char, entity, 1))
    return None


def byline_in_authors(case: Case, rnd: random.Random) -> Case | None:
    """The authors field holding the byline's words and date around one name."""
    names = case.record.get("authors") or ["Maria Keller"]
    line = rnd.choice(BYLINE_AUTHORS).format(n=names[0], d=rnd.choice(_DAYS))
    return _with(case, authors=[line, *names[1:]])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "14 new languages (haw, fj, ss, ve, ts, rn, kab, ckb, sah, udm, mhr, yue, new, bi)": record_only(
            one_of(LANGUAGE_LINES)
        ),
        "ad-blocker notice (start)": record_only(line_at(braced(AD_BLOCKERS), "start")),
        "listen-to-this-article player (start)": record_only(line_at(braced(LISTEN), "start")),
        "live page refresh notice (start)": record_only(line_at(braced(REFRESH), "start")),
        "region-block notice (middle)": record_only(line_at(braced(REGION_BLOCKS), "middle")),
        "dialog close label (middle)": record_only(line_at(braced(CLOSE_LABELS), "middle")),
        "'link copied' confirmation (middle)": record_only(line_at(braced(LINK_COPIED), "middle")),
        "sign-up confirmation (end)": record_only(line_at(braced(SIGNED_UP), "end")),
        "'was this helpful' prompt (end)": record_only(line_at(braced(HELPFUL), "end")),
    }
    fields: Kinds = {
        "HTML entities left in the title": (
            entities_in_title,
            frozenset({"schema", "title.markup_leak", "title.mojibake", "record.title_suspect"}),
        ),
        "byline words left in the authors": (byline_in_authors, frozenset({"schema", "authors.not_a_name"})),
    }
    return {**spread(lines, "14 new languages from the page's chrome (replay)", LANGUAGE_LINES), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (fifth set)", "fifth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
