"""A second blind set for issue 9, written by the lead in session 8 while that session's rules were being
written on another branch by an engineer who never saw it (the first blind set's kinds had been named to
that engineer, so it no longer tests kinds nobody aimed at). Committed to main before that branch was
merged. Its misses are not to be read while writing rules; read them only to report them.

* 15 languages no earlier set had (eo, fy, jv, su, ceb, mg, ig, xh, tt, ug, sd, as, ht, mi, oc): "read
  also" teasers, follow prompts and newsletter sign-ups;
* six defect kinds no earlier set planted: an accessibility "skip to content" link at the body's start, a
  language switcher at its start, the leftovers of a social-media embed in its middle, an image's
  generated alt text in its middle, a sign-in or paywall prompt at its end, and a "back to top" link at its
  end.

Each is planted with no page at hand (``harness check`` on JSON lines, where only the record speaks), in
every record and then in one record in eight per run; the language lines also from the page's own chrome
(replay). It prints the share of defective records that fail the default gate, per kind and half:

    python bench/checks_blind2.py --corpus ../shared/corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import Defect, braced, line_at, one_of, record_only

LANGUAGE_LINES = (
    "Legu ankaŭ: La registaro prezentas novan buĝeton",
    "Sekvu nin en Mastodon",
    "Lês ek: It regear presintearret in nij plan foar wenningbou",
    "Folgje ús op Instagram",
    "Waca uga: Pamarentah ngumumake rencana anyar kanggo pendhidhikan",
    "Tututi kita ing Twitter",
    "Baca ogé: Pamaréntah ngumumkeun rencana anyar pikeun atikan",
    "Basaha usab: Gipresentar sa gobyerno ang bag-ong badyet",
    "Sundana kami sa Facebook",
    "Vakio koa: Nanolotra teti-bola vaovao ny governemanta",
    "Manaraha anay amin'ny Facebook",
    "Gụkwuo: Gọọmentị ewepụtala atụmatụ ọhụrụ",
    "Soma nalapha: Urhulumente uvule isicwangciso esitsha",
    "Шулай ук укыгыз: Казанда яңа күпер ачылды",
    "بۇنىمۇ ئوقۇڭ: ئۈرۈمچىدە يېڭى دوختۇرخانا ئېچىلدى",
    "هي به پڙهو: ڪراچي ۾ نئين اسپتال جو افتتاح",
    "লগতে পঢ়ক: গুৱাহাটীত নতুন দলং মুকলি",
    "Li tou: Gouvènman an prezante yon nouvo bidjè",
    "Swiv nou sou Facebook",
    "Pānuitia hoki: Kua whakarewahia e te kāwanatanga he mahere hou",
    "Aboneu-vos a la nostra letra d'informacion",
    "Legissètz tanben: Lo govèrn presenta un budget nòu",
)
SKIP_LINKS = (
    "Skip to main content",
    "Zum Inhalt springen",
    "Aller au contenu principal",
    "Saltar al contenido principal",
    "Przejdź do treści",
    "Перейти к содержимому",
)
LANGUAGE_SWITCHERS = (
    "English | Español | Français | Deutsch",
    "EN · DE · FR · IT",
    "Deutsch / English / Türkçe",
    "Русский | Українська | English",
    "中文 | English | 日本語",
    "Nederlands – Français – English",
)
EMBED_LEFTOVERS = (
    "View this post on Instagram",
    "A post shared by {n} (@{m})",
    "Ver esta publicación en Instagram",
    "Diesen Beitrag auf Instagram ansehen",
    "Voir cette publication sur Instagram",
    "— {n} (@{m}) March 4, 2021",
)
ALT_TEXTS = (
    "Image may contain: 2 people, people standing and outdoor",
    "Bild könnte enthalten: 3 Personen, Personen, die lächeln",
    "Peut être une image de 1 personne et texte",
    "Puede ser una imagen de 4 personas y personas de pie",
)
SIGN_IN_PROMPTS = (
    "Sign in to continue reading",
    "Already a member? Log in",
    "Jetzt anmelden und weiterlesen",
    "Inicia sesión para seguir leyendo",
    "Connectez-vous pour lire la suite",
    "Accedi per continuare a leggere",
)
BACK_TO_TOP = (
    "Back to top ↑",
    "↑ Nach oben",
    "Retour en haut",
    "Volver arriba ↑",
    "Torna su",
    "Наверх ↑",
)


def blind() -> Kinds:
    """Kind -> (planter, checks any of which counts as caught). Every kind is record only but the one
    from the page's chrome; each also at one record in eight per run."""
    kinds: dict[str, Defect] = {
        "15 new languages (eo, fy, jv, su, ceb, mg, ig, xh, tt, ug, sd, as, ht, mi, oc)": record_only(
            one_of(LANGUAGE_LINES)
        ),
        "'skip to content' link (start)": record_only(line_at(braced(SKIP_LINKS), "start")),
        "language switcher (start)": record_only(line_at(braced(LANGUAGE_SWITCHERS), "start")),
        "social-media embed leftovers (middle)": record_only(line_at(EMBED_LEFTOVERS, "middle")),
        "image alt text (middle)": record_only(line_at(braced(ALT_TEXTS), "middle")),
        "sign-in or paywall prompt (end)": record_only(line_at(braced(SIGN_IN_PROMPTS), "end")),
        "'back to top' link (end)": record_only(line_at(braced(BACK_TO_TOP), "end")),
    }
    return spread(kinds, "15 new languages from the page's chrome (replay)", LANGUAGE_LINES)


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind(), "blind kind (second set)", "second blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
