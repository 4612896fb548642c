"""A seventh blind set for issue 9, written by the lead at the start of session 16, before any rule of that
session, and committed and run once before any rule was changed:

* lines in the body: readers' comments appended at the end (a name with a relative time, the comment, a
  reply row), a relative "updated" time in the middle, a poll's leftovers in the middle, an image gallery's
  counter in the middle, an app-download prompt at the end, and "read also" teasers in 16 languages (be, kk,
  ky, mr, km, ha, yo, ig, tg, mg, eo, fo, fy, jv, ceb, mi);
* defects in other fields: a title cut short with an ellipsis (an ``og:title`` or a listing's title), the
  body's first sentence taken as the title, a date or a social-media handle as an author, and a relative
  time ("2 hours ago") as the date.

The set was written without checking the earlier ones, and some of it turned out not to be new: polls,
gallery counters and app-download prompts were planted before with other lines (``checks_eighth.py`` and
the held-out kinds of ``checks_accuracy.py``), and 13 of the 16 languages came in earlier held-out sets with
other lines (only eo, fy and mi are new). Those rows measure new wordings of known kinds. New kinds: the
readers' comments, the relative time stamps and the five field defects.

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind7.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import Case, Defect, _paras, _with, block_at_end, braced, line_at, one_of, record_only

COMMENTS = (
    ("Maria K. · 2 hours ago", "Great article, thanks for sharing this.", "Reply · 12 Likes"),
    ("Jens_W vor 3 Stunden", "Sehr guter Artikel, danke!", "Antworten · Melden"),
    ("Claire D. il y a 5 heures", "Enfin quelqu'un qui le dit clairement.", "Répondre · Signaler"),
    ("pepe_88 hace 1 día", "Totalmente de acuerdo con el autor.", "Responder · 4 Me gusta"),
    ("Ирина 10 минут назад", "Отличная статья, спасибо.", "Ответить · Пожаловаться"),
)
UPDATED = (
    "Updated 3 hours ago",
    "Aktualisiert vor 2 Stunden",
    "Mis à jour il y a 25 minutes",
    "Actualizado hace 1 hora",
    "Обновлено 10 минут назад",
    "Aggiornato 2 ore fa",
)
POLLS = (
    "What do you think? Vote now",
    "Show results",
    "Was meinen Sie? Jetzt abstimmen",
    "Voir les résultats du sondage",
    "¿Qué opinas? Vota aquí",
    "Total votes: 1,284",
)
GALLERY = (
    "Photo 3 of 15",
    "1 / 12",
    "Bild 2 von 8",
    "Voir la galerie (12 photos)",
    "Foto 1 de 10",
    "View gallery (24 images)",
)
APP_PROMPTS = (
    "Download our app for the latest news",
    "Get the app: breaking news on your phone",
    "Laden Sie jetzt unsere App herunter",
    "Téléchargez notre application gratuite",
    "Descarga nuestra app y recibe las noticias al momento",
    "Скачайте наше приложение",
)
READ_ALSO = (
    "Чытайце таксама: Урад прадставіў новы бюджэт",
    "Сондай-ақ оқыңыз: Үкімет жаңа бюджетті ұсынды",
    "Дагы окуңуз: Өкмөт жаңы бюджетти сунуштады",
    "हेही वाचा: सरकारने नवीन अर्थसंकल्प सादर केला",
    "អានផងដែរ៖ រដ្ឋាភិបាលប្រកាសថវិកាថ្មី",
    "Ka kuma karanta: Gwamnati ta gabatar da sabon kasafin kudi",
    "Ka tun: Ìjọba ṣe ìfilọ́lẹ̀ ìnáwó tuntun",
    "Gụọkwa: Gọọmentị ewepụtala mmefu ego ọhụrụ",
    "Инчунин хонед: Ҳукумат буҷети навро пешниҳод кард",
    "Vakio koa: Nanolotra tetibola vaovao ny governemanta",
    "Legu ankaŭ: La registaro prezentis novan buĝeton",
    "Les eisini: Landsstýrið leggur fram nýggja fíggjarlóg",
    "Lês ek: It regear presintearret in nij begrutting",
    "Waca uga: Pamrentah ngumumake anggaran anyar",
    "Basaha usab: Gipresentar sa gobyerno ang bag-ong badyet",
    "Pānuihia hoki: Kua whakaputaina e te kāwanatanga he tahua hou",
)
_TITLE_CHECKS = frozenset(
    {
        "title.site_name",
        "title.site_suffix",
        "title.not_a_headline",
        "title.too_long",
        "title.repeated_in_body",
        "title.truncated",
    }
)


def cut_title(case: Case, rnd: random.Random) -> Case | None:
    """The title cut at a word boundary with an ellipsis, as a listing or a short ``og:title`` gives it."""
    title = case.record.get("title") or ""
    words = title.split()
    if len(words) < 6:
        return None
    keep = " ".join(words[: max(3, len(words) * 2 // 3)])
    return _with(case, title=keep + rnd.choice(("…", "...", " …", " ...")))


def lead_as_title(case: Case, rnd: random.Random) -> Case | None:
    """The body's first sentence taken as the title (the headline element missed)."""
    if not case.record.get("title"):
        return None
    paras = _paras(case.record["body"])
    if len(paras) < 2:
        return None
    first = re.split(r"(?<=[.!?])\s", paras[0].strip(), maxsplit=1)[0]
    if len(first.split()) < 8 or first == case.record["title"]:
        return None
    return _with(case, title=first)


def date_author(case: Case, rnd: random.Random) -> Case | None:
    dates = ("March 3, 2021", "2021-03-04 10:15", "04.03.2021", "3 mars 2021")
    return _with(case, authors=[rnd.choice(dates)])


def handle_author(case: Case, rnd: random.Random) -> Case | None:
    handles = ("@janedoe", "https://twitter.com/janedoe", "twitter.com/ahmedkhan", "@m_rossi")
    return _with(case, authors=[rnd.choice(handles)])


def relative_date(case: Case, rnd: random.Random) -> Case | None:
    return _with(case, published=rnd.choice(("2 hours ago", "vor 3 Tagen", "il y a 2 jours", "hace 5 horas")))


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "readers' comments appended (end)": record_only(block_at_end(COMMENTS)),
        "relative 'updated' time (middle)": record_only(line_at(braced(UPDATED), "middle")),
        "poll leftovers (middle)": record_only(line_at(braced(POLLS), "middle")),
        "image gallery counter (middle)": record_only(line_at(braced(GALLERY), "middle")),
        "app-download prompt (end)": record_only(line_at(braced(APP_PROMPTS), "end")),
        "'read also' in 16 languages (be, kk, ky, mr, km, ha, yo, ig, tg, mg, eo, fo, fy, jv, ceb, mi)": (
            record_only(one_of(READ_ALSO))
        ),
    }
    names = frozenset({"authors.not_a_name"})
    fields: Kinds = {
        "title cut short with an ellipsis": (record_only(cut_title), _TITLE_CHECKS),
        "the body's first sentence as the title": (record_only(lead_as_title), _TITLE_CHECKS),
        "a date as an author": (record_only(date_author), names),
        "a social-media handle or profile URL as an author": (record_only(handle_author), names),
        "a relative time as the date": (record_only(relative_date), frozenset({"date.unparseable"})),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (seventh set)", "seventh blind set, all kinds", misses=True
    )


if __name__ == "__main__":
    sys.exit(main())
