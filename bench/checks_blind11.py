"""An eleventh blind set for issue 9, written by a helper at the end of session 17 whose lines the lead did
not see, committed unread and run once on the session's final code: its first run is the held-out number of
that code, and no rule is to be written from it before it is run. The earlier sets' kinds, and the kinds
the lead had already probed or planted in that session, were listed first and none of these is among them:

* lines in the body: an archived article's age notice at the start ("This article is more than 2 years
  old"); an image caption with its screen-reader label ("Image caption, ...", NPR's "toggle caption"), an
  embed's sensitive-media warning ("Attention, certaines images peuvent choquer.") and a pull quote (a
  sentence of the article repeated in quote marks as a line of its own) in the middle; and at the end a
  wire service's reporting and editing credits ("Reporting by ...; Editing by ..."), a helpline box under a
  story about suicide or abuse, a footer's mobile or desktop version switch ("Полная версия сайта",
  "PC版で見る") and a blog's archive calendar's weekday row ("M T W T F S S"), in English, German, French,
  Spanish, Portuguese, Dutch, Russian, Arabic, Korean, Japanese and Chinese;
* defects in other fields: the title with the heading's line breaks and indentation left in it, the date as
  the page prints it in its own language ("4. März 2021, 10:00 Uhr"), and a photo agency's credit kept as
  an author ("Getty Images").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind11.py --corpus ../shared/corpus
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
from checks_defects import _BOILERPLATE, _NAMES, Case, Defect, _paras, _with, braced, line_at, record_only

AGE_NOTICES = (
    "This article is more than 2 years old",
    "Dieser Artikel ist älter als ein Jahr.",
    "Cet article date de plus d'un an.",
    "Este artículo tiene más de un año.",
    "Dit artikel is ouder dan een jaar",
    "この記事は最終更新日から1年以上が経過しています。",
    "Материал опубликован более года назад.",
)
CAPTIONS = (
    "Image caption, Rescue workers search through the rubble of the collapsed building",
    "toggle caption",
    "Pie de foto, Los equipos de rescate buscan entre los escombros del edificio",
    "Legenda da foto, Equipes de resgate procuram sobreviventes nos escombros",
    "Подпись к фото, Спасатели разбирают завалы на месте обрушения",
    "التعليق على الصورة، فرق الإنقاذ تبحث بين أنقاض المبنى المنهار",
    "画像説明, 倒壊した建物のがれきの中を捜索する救助隊",
)
SENSITIVE = (
    "The following media includes potentially sensitive content.",
    "This video may be inappropriate for some users.",
    "Attention, certaines images peuvent choquer.",
    "Advertencia: estas imágenes pueden herir su sensibilidad.",
    "Achtung: Das Video enthält verstörende Bilder.",
    "Внимание! Видео содержит шокирующие кадры.",
)
WIRE_CREDITS = (  # templates: {n} and {m} are names
    "Reporting by {n}; Editing by {m}",
    "Additional reporting by {n} in London; Writing by {m}; Editing by Alex Richardson",
    "(Bericht von {n}, redigiert von {m})",
    "(Reporte de {n}; Editado en español por {m})",
    "(Reportage {n}; version française {m})",
    "(Reportagem de {n}; Edição de {m})",
)
HELPLINES = (
    "In the UK and Ireland, Samaritans can be contacted on freephone 116 123, or email jo@samaritans.org or"
    " jo@samaritans.ie.",
    "Wenn Sie selbst depressiv sind oder Suizid-Gedanken haben, kontaktieren Sie bitte die Telefonseelsorge"
    " unter der kostenlosen Rufnummer 0800-1110111 oder 0800-1110222.",
    "Si vous avez des pensées suicidaires, contactez le 3114, numéro national de prévention du suicide,"
    " accessible 24h/24 et 7j/7.",
    "Si tienes pensamientos suicidas, llama al 024, la línea de atención a la conducta suicida.",
    "우울감 등 말하기 어려운 고민이 있거나 주변에 이런 어려움을 겪는 가족·지인이 있을 경우"
    " 자살예방 상담전화 ☎109에서 24시간 전문가의 상담을 받을 수 있습니다.",
    "悩みを抱えている方は、「いのちの電話」（0570-783-556）などの相談窓口にご相談ください。",
)
VERSION_SWITCHES = (
    "View Full Site",
    "Zur Desktop-Version",
    "Полная версия сайта",
    "PC版で見る",
    "PC버전으로 보기",
    "切换到电脑版",
)
WEEKDAYS = (
    "M T W T F S S",
    "Mo Di Mi Do Fr Sa So",
    "L M M J V S D",
    "Пн Вт Ср Чт Пт Сб Вс",
    "日 月 火 水 木 金 土",
    "一 二 三 四 五 六 日",
)
_QUOTES = ("“{}”", '"{}"', "«{}»", "„{}“", "‘{}’")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def pull_quote(case: Case, rnd: random.Random) -> Case | None:
    """A sentence of the article repeated, in quote marks, as a line of its own a few paragraphs away."""
    paras = _paras(case.record.get("body"))
    if len(paras) < 4:
        return None
    sentences = []
    for i, para in enumerate(paras):
        for s in _SENTENCE.split(para.strip()):
            s = s.strip().strip('"“”«»„').strip()
            size = len(s) // 2 if _CJK.search(s) else len(s.split())
            if 8 <= size <= 30:
                sentences.append((i, s))
    if not sentences:
        return None
    i, sentence = rnd.choice(sentences)
    sentence = sentence.rstrip(".")
    mark = "「{}」" if _CJK.search(sentence) else rnd.choice(_QUOTES)
    at = rnd.choice([j for j in range(1, len(paras)) if j not in (i, i + 1)] or [i + 1])
    return _with(case, body="\n\n".join([*paras[:at], mark.format(sentence), *paras[at:]]))


def broken_title(case: Case, rnd: random.Random) -> Case | None:
    """The heading's text as the page's source has it: a line break and the template's indentation."""
    title = case.record.get("title")
    words = (title or "").split(" ")
    if len(words) < 4:
        return None
    i = rnd.randrange(2, len(words) - 1)
    gap = rnd.choice(("\n", "\n\n", "\n\t\t\t", "\r\n            ", "\n                    "))
    wrapped = " ".join(words[:i]) + gap + " ".join(words[i:])
    if rnd.random() < 0.5:
        wrapped = "\n        " + wrapped + "\n    "
    return _with(case, title=wrapped)


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}


def printed_date(case: Case, rnd: random.Random) -> Case | None:
    """The date as the page prints it under the headline, in the page's language, not as a timestamp."""
    published = case.record.get("published")
    when = datetime.fromisoformat(published) if published else datetime(2021, 3, 4, 10, 0, tzinfo=UTC)
    d, y, h, mi = when.day, when.year, when.hour, when.minute
    month = {lang: names.split()[when.month - 1] for lang, names in _MONTHS.items()}
    h12, half = (h % 12 or 12), ("AM" if h < 12 else "PM")
    shown = (
        f"{month['en']} {d}, {y} {h12}:{mi:02d} {half}",
        f"{d:02d}.{when.month:02d}.{y}, {h:02d}:{mi:02d} Uhr",
        f"{d}. {month['de']} {y}, {h:02d}:{mi:02d} Uhr",
        f"{d} {month['fr']} {y} à {h}h{mi:02d}",
        f"{d} de {month['es']} de {y} - {h:02d}:{mi:02d}",
        f"{d} {month['ru']} {y}, {h:02d}:{mi:02d}",
        f"{y}年{when.month}月{d}日 {h}時{mi:02d}分",
    )
    return _with(case, published=rnd.choice(shown))


PHOTO_CREDITS = (
    "Getty Images",
    "AFP via Getty Images",
    "Shutterstock",
    "picture alliance / dpa",
    "imago images",
    "EPA-EFE",
    "AP Photo",
)


def credit_author(case: Case, rnd: random.Random) -> Case | None:
    """The lead image's credit, read from the byline's neighbourhood, kept as an author of its own."""
    names = case.record.get("authors") or [rnd.choice(_NAMES)]
    credit = rnd.choice(PHOTO_CREDITS)
    return _with(case, authors=[*names, credit] if rnd.random() < 0.7 else [credit, *names])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "archived article's age notice (start)": record_only(line_at(braced(AGE_NOTICES), "start")),
        "image caption with its screen-reader label (middle)": record_only(
            line_at(braced(CAPTIONS), "middle")
        ),
        "embed's sensitive-media warning (middle)": record_only(line_at(braced(SENSITIVE), "middle")),
        "wire service's reporting and editing credits (end)": record_only(line_at(WIRE_CREDITS, "end")),
        "helpline box (end)": record_only(line_at(braced(HELPLINES), "end")),
        "mobile or desktop version switch (end)": record_only(line_at(braced(VERSION_SWITCHES), "end")),
        "archive calendar's weekday row (end)": record_only(line_at(braced(WEEKDAYS), "end")),
    }
    repeated = _BOILERPLATE | {"body.repeated_line", "body.repeated_paragraph"}
    quotes = {
        kind: (plant, repeated)
        for kind, (plant, _) in spread({"pull quote (middle)": record_only(pull_quote)}).items()
    }
    title = frozenset({"schema", "title.markup_leak", "title.not_a_headline", "title.doubled"})
    fields: Kinds = {
        "the title with the heading's line breaks and indentation": (record_only(broken_title), title),
        "the date as the page prints it, in its own language": (
            record_only(printed_date),
            frozenset({"date.unparseable", "schema"}),
        ),
        "a photo agency's credit as an author entry": (
            record_only(credit_author),
            frozenset({"authors.not_a_name", "schema"}),
        ),
    }
    return {**spread(lines), **quotes, **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (eleventh set)", "eleventh blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
