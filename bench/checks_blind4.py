"""A fourth blind set for issue 9, written by the lead in session 11 after that session's last rule change
(the widget counter read "N word M" with N at most M) and committed before any later one. Its misses are
not printed and are not to be read while writing rules.

* 24 languages no earlier set had (ny, tn, lg, bm, ak, ee, to, gn, ay, co, rm, sc, ast, la, nds, ba, cv, os,
  ce, dz, sa, ilo, hmn, kl): "read also" teasers and follow prompts;
* six line kinds no earlier set planted: a JavaScript notice and a recipe blog's jump link at the body's
  start, a loading placeholder and an attachment's file name in its middle, and at its end the leftovers of
  a comment form and a podcast promotion;
* two defects in other fields: a body that is only the title, and a language that is not a language code.

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record
speaks), in every record and then in one record in eight per run; the language lines also from the page's
own chrome (replay). It prints the share of defective records that fail the default gate, per kind and
half:

    python bench/checks_blind4.py --corpus ../shared/corpus
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
    "Werenganinso: Boma lalengeza bajeti yatsopano ya maphunziro",
    "Titsatireni pa Facebook",
    "Bala gape: Puso e phasalatsa tekanyetso e ntšha ya thuto",
    "Re latele mo Instagram",
    "Soma ne: Gavumenti erangiridde embalirira empya ey'ebyenjigiriza",
    "Tugoberere ku Facebook",
    "A kalan fana: Gouvernema ye wari labɛn kura jira",
    "Kenkan bio: Aban no aka ne sika nhyehyɛe foforo ho asɛm",
    "Di mí yome le Facebook dzi",
    "Lau foki: Kuo fakahā ʻe he puleʻanga ʻa e patiseti foʻou",
    "Emoñe'ẽ avei: Tetã sãmbyhyhára ohechauka viru jeporu pyahu",
    "Ukhamaraki liyt'am: Jach'a marka apnaqirinakax machaq qullqi uñacht'ayi",
    "Leghjite dinù: U guvernu presenta un novu bilanciu per a scola",
    "Seguitateci nant'à Facebook",
    "Legia era: La regenza preschenta in nov budget per las scolas",
    "Leghe puru: Su guvernu presentat unu bilantzu nou pro sa scola",
    "Llei tamién: El gobiernu presenta un presupuestu nuevu pa la educación",
    "Siguinos en Facebook",
    "Lege etiam: Imperium novum rationarium pro scholis proponit",
    "Sequere nos in Facebook",
    "Lees ok: De Regeren stellt en nee'en Huushalt för de Scholen vör",
    "Folg uns op Instagram",
    "Шулай уҡ уҡығыҙ: Хөкүмәт мәктәптәр өсөн яңы бюджет иғлан итте",
    "Çавăн пекех вулăр: Правительство шкулсем валли çĕнĕ бюджет пĕлтерчĕ",
    "Ноджы бакæсут: Хицауад скъолатæн ног бюджет рахаста",
    "Кхин а еша: Правительствос школашна керла бюджет кхайкхийна",
    "འདི་ཡང་ལྷག: གཞུང་གིས་འཆར་དངུལ་གསརཔ་གསལ་བསྒྲགས་འབད་ཡི།",
    "अपि पठत: सर्वकारः विद्यालयेभ्यः नूतनं आयव्ययपत्रं प्रकाशितवान्",
    "Basaen met: Impablaak ti gobierno ti baro a badyet para iti eskuelaan",
    "Nyeem ntxiv: Tsoomfwv tshaj tawm cov nyiaj txiag tshiab rau tsev kawm ntawv",
    "Aamma atuaruk: Naalakkersuisut aningaasanut inatsisissaq nutaaq saqqummiuppaat",
)
JAVASCRIPT = (
    "Please enable JavaScript to view this content.",
    "Bitte aktivieren Sie JavaScript, um diesen Inhalt zu sehen.",
    "Veuillez activer JavaScript pour afficher ce contenu.",
    "Activa JavaScript para ver este contenido.",
    "Для просмотра включите JavaScript.",
)
JUMP_LINKS = (
    "Jump to Recipe · Print Recipe",
    "Zum Rezept springen",
    "Aller à la recette",
    "Ir a la receta",
    "Salta alla ricetta",
    "Перейти к рецепту",
)
LOADING = (
    "Loading…",
    "Wird geladen …",
    "Chargement en cours…",
    "Cargando…",
    "Caricamento…",
    "Загрузка…",
    "加载中…",
)
FILE_NAMES = (
    "IMG_2041.jpg",
    "DSC_0032.JPG (2.4 MB)",
    "foto-01.jpeg",
    "Bericht_final.pdf (480 KB)",
    "screenshot-2021-03-04.png",
)
COMMENT_FORMS = (
    "Leave a Reply Cancel reply",
    "Schreibe einen Kommentar Antworten abbrechen",
    "Laisser un commentaire Annuler la réponse",
    "Deja una respuesta Cancelar la respuesta",
    "Lascia un commento Annulla risposta",
    "Добавить комментарий Отменить ответ",
)
PODCASTS = (
    "Listen to our daily podcast on Spotify and Apple Podcasts",
    "Hören Sie unseren Podcast auf Spotify und Apple Podcasts",
    "Écoutez notre podcast sur Spotify et Apple Podcasts",
    "Escucha nuestro pódcast en Spotify y Apple Podcasts",
    "Ascolta il nostro podcast su Spotify e Apple Podcasts",
)
NOT_LANGUAGES = ("english", "Deutsch", "unknown", "xx-XX", "français")
_BODY_CHECKS = frozenset({"body.too_short", "body.empty", "body.title_mismatch", "title.repeated_in_body"})


def title_as_body(case: Case, rnd: random.Random) -> Case | None:
    title = case.record.get("title")
    return _with(case, body=title) if title else None


def not_a_language(case: Case, rnd: random.Random) -> Case | None:
    return _with(case, language=rnd.choice(NOT_LANGUAGES))


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "24 new languages (ny, tn, lg, bm, ak, ee, to, gn, ay, co, rm, sc, ast, la, nds, ba, cv, os, ce, dz, "
        "sa, ilo, hmn, kl)": record_only(one_of(LANGUAGE_LINES)),
        "JavaScript notice (start)": record_only(line_at(braced(JAVASCRIPT), "start")),
        "recipe jump link (start)": record_only(line_at(braced(JUMP_LINKS), "start")),
        "loading placeholder (middle)": record_only(line_at(braced(LOADING), "middle")),
        "attachment file name (middle)": record_only(line_at(braced(FILE_NAMES), "middle")),
        "comment-form leftovers (end)": record_only(line_at(braced(COMMENT_FORMS), "end")),
        "podcast promotion (end)": record_only(line_at(braced(PODCASTS), "end")),
    }
    fields: Kinds = {
        "body is only the title": (title_as_body, _BODY_CHECKS),
        "language is not a language code": (not_a_language, frozenset({"schema", "language.invalid"})),
    }
    return {**spread(lines, "24 new languages from the page's chrome (replay)", LANGUAGE_LINES), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (fourth set)", "fourth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
