"""A blind set for issue 9: written by the lead while the rules of session 7 were being written on another
branch by an engineer who never saw it, and committed to main before that branch was merged. Its misses are
not to be read while writing rules; read them only to report them.

* 14 languages no earlier set had (nl, it, pl, gl, af, mr, kn, ky, ps, mt, ga, lb, tk, be): "read also"
  teasers, follow prompts and newsletter sign-ups;
* five defect kinds no earlier set planted: a breadcrumb trail at the body's start, a comment count or
  prompt at its end, previous/next-article links at its end, an emoji-led promotion line in its middle, and
  a "last updated" stamp in its middle.

Each is planted with no page at hand (``harness check`` on JSON lines, where only the record speaks), in
every record and then in one record in eight per run; the language lines also from the page's own chrome
(replay). It prints the share of defective records that fail the default gate, per kind and half:

    python bench/checks_blind.py --corpus ../shared/corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import Defect, braced, line_at, one_of, record_only

BLIND_LINES = (
    "Lees ook: Kabinet presenteert nieuwe plannen voor de woningmarkt",
    "Volg ons op Instagram",
    "Potrebbe interessarti anche: Il governo approva la nuova legge sul lavoro",
    "Seguici su Telegram",
    "Czytaj także: Rząd przyjął nowy budżet na przyszły rok",
    "Obserwuj nas w Google News",
    "Le tamén: A Xunta aproba o novo plan de vivenda",
    "Síguenos en Twitter",
    "Teken in vir ons nuusbrief",
    "हेही वाचा: पुण्यात नवीन मेट्रो मार्ग सुरू",
    "आम्हाला फेसबुकवर फॉलो करा",
    "ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಭಾರೀ ಮಳೆ ಎಚ್ಚರಿಕೆ",
    "ನಮ್ಮನ್ನು ಟ್ವಿಟರ್‌ನಲ್ಲಿ ಅನುಸರಿಸಿ",
    "Ошондой эле окуңуз: Бишкекте жаңы көпүрө ачылды",
    "Бизди Telegram'да окуңуз",
    "دا هم ولولئ: په کابل کې نوی روغتون پرانیستل شو",
    "موږ په فیسبوک کې تعقیب کړئ",
    "Aqra wkoll: Il-Gvern ippreżenta l-baġit il-ġdid",
    "Segwina fuq Facebook",
    "Léigh freisin: Fógraíonn an Rialtas plean nua tithíochta",
    "Lean muid ar Twitter",
    "Liest och: D'Regierung stellt neie Budget vir",
    "Abonnéiert eisen Newsletter",
    "Şeýle hem okaň: Aşgabatda täze köpri açyldy",
    "Bizi Instagram-da yzarlaň",
    "Чытайце таксама: У Мінску адкрылі новую бальніцу",
    "Падпісвайцеся на наш Telegram-канал",
)
BREADCRUMBS = (
    "Home › World › Europe",
    "Startseite > Politik > Ausland",
    "Inicio > Internacional > Europa",
    "Accueil / Monde / Europe",
    "Главная → Новости → Политика",
    "Home | Nieuws | Binnenland",
)
COMMENT_LINES = (
    "Comments (12)",
    "Leave a comment",
    "Kommentare (4)",
    "Deja tu comentario",
    "Laat een reactie achter",
    "Dodaj komentarz",
    "Commenti: 7",
)
PREV_NEXT = (
    "« Previous article",
    "Next article »",
    "← Vorheriger Artikel",
    "Article suivant →",
    "Artículo anterior",
    "Poprzedni artykuł",
    "Volgend artikel",
)
EMOJI_PROMOS = (
    "📲 Join our WhatsApp channel for the latest news",
    "👉 Síguenos en Telegram",
    "🔔 Abonniere unseren Newsletter",
    "📩 Inscrivez-vous à notre newsletter",
    "▶️ Guarda il video",
    "📰 Lees meer nieuws in onze app",
)
UPDATED_STAMPS = (
    "Last updated: 14 March 2020, 10:42",
    "Zuletzt aktualisiert: 14.03.2020, 10:42 Uhr",
    "Actualizado: 14/03/2020 10:42",
    "Mis à jour le 14/03/2020 à 10:42",
    "Bijgewerkt: 14 maart 2020 10:42",
    "Aggiornato il 14 marzo 2020 alle 10:42",
)


def blind() -> Kinds:
    """Kind -> (planter, checks any of which counts as caught). Every kind is record only but the one
    from the page's chrome; each also at one record in eight per run."""
    kinds: dict[str, Defect] = {
        "14 new languages (nl, it, pl, gl, af, mr, kn, ky, ps, mt, ga, lb, tk, be)": record_only(
            one_of(BLIND_LINES)
        ),
        "breadcrumb trail (start)": record_only(line_at(braced(BREADCRUMBS), "start")),
        "comment count or prompt (end)": record_only(line_at(braced(COMMENT_LINES), "end")),
        "previous/next-article link (end)": record_only(line_at(braced(PREV_NEXT), "end")),
        "emoji-led promotion line (middle)": record_only(line_at(braced(EMOJI_PROMOS), "middle")),
        "'last updated' stamp (middle)": record_only(line_at(braced(UPDATED_STAMPS), "middle")),
    }
    return spread(kinds, "14 new languages from the page's chrome (replay)", BLIND_LINES)


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(argv, __doc__, blind(), "blind kind", "all blind kinds", misses=True)


if __name__ == "__main__":
    sys.exit(main())
