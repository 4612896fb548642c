"""A thirty-first blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. Like the thirtieth, its kinds are taken from what users of real extractors and
text converters (newspaper, newspaper4k, goose, trafilatura, Readability and go-readability, metascraper,
node-unfluff, htmldate, html2text, cheerio, jusText) reported the tool got wrong in a record's fields or in
the shape of its body, each kind with the reports it is based on. The earlier sets' kinds were listed first
(the long list of families in the twenty-seventh set's docstring, the twenty-eighth's to thirtieth's own,
and the title, date, author and language defects each set names) and none of these is among them:

* the body's shape, the record's own text reshaped as the reports show it, in the record's own language
  (the corpus's bodies are English, German, Portuguese, Spanish, French, Italian, Japanese and Russian), or,
  for the one kind that adds text, in a language drawn with its variable parts (towns, figures, years):

  - the paragraphs run together with no break and no space at the joins, as a page that separates its
    paragraphs with ``<br><br>`` gives them ("... late Sunday.Police say 15-year-old ..."), the whole body
    one block or, now and then, two or three blocks where the page's own ``<div>`` breaks were
    (https://github.com/AndyTheFactory/newspaper4k/issues/240, first reported as
    https://github.com/codelucas/newspaper/issues/621; https://github.com/codelucas/newspaper/issues/233;
    https://github.com/grangier/python-goose/pull/152, "... globally.Zuckerberg ...";
    https://github.com/adbar/trafilatura/issues/660, "This gets SquishedThere should be a space");
  - the spaces around inline markup lost: three to eight link or emphasis spans of one to three words
    glued to the words before and after them, or on one side only ("is acommodity ETFthat consists"), in
    the records whose script spaces its words (https://github.com/go-shiori/go-readability/issues/6,
    https://github.com/adbar/trafilatura/issues/113, https://github.com/adbar/trafilatura/issues/661,
    https://github.com/mixmark-io/turndown/issues/70, https://github.com/kangax/html-minifier/issues/706,
    https://github.com/bitextor/warc2text/issues/7);
  - every paragraph hard-wrapped at a converter's line width, a single line break in mid-sentence every
    72 to 80 characters (html2text's default ``body_width`` of 78; 36 to 40 characters in Japanese)
    (https://github.com/Alir3z4/html2text/issues/315, https://github.com/Alir3z4/html2text/issues/102,
    https://github.com/Alir3z4/html2text/issues/268, https://github.com/html-to-text/node-html-to-text/issues/235);
  - a list's items run together with no separator, the last word of one glued to the first of the next
    ("It has an easy-to-use interfaceFlipboard is customizable ..."), made of the sentences of one of the
    record's own paragraphs, their full stops kept or (as list items often have none) dropped
    (https://github.com/cheeriojs/cheerio/issues/2841, https://github.com/miso-belica/jusText/issues/11,
    https://github.com/adbar/trafilatura/pull/598);
  - a data table in the middle of the body as a text output flattens it: its rows as lines of cells
    between pipes ("| Town | Votes | Share |"), each cell a line of its own, or the whole table run into
    one line of cells ("Town Votes Share Leeds 12,345 31.2 % Bradford ..."), a table of towns, clubs or
    years with their figures (numbers written the language's way), with the header in English, German,
    French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Russian, Ukrainian, Arabic, Hebrew,
    Japanese, Chinese or Korean (https://github.com/adbar/trafilatura/issues/531,
    https://github.com/adbar/trafilatura/pull/563, https://github.com/codelucas/newspaper/pull/885, whose
    author says "the <table> at the bottom of the page didn't translate to text well");

* the other fields:

  - the title cut at a separator inside the headline, one side of it kept: the part before the last
    "|", "-", "–", "—", "/", "»" or ":" (Readability's rule for ``<title>``), the part after it where
    the part before is short, the longest piece (newspaper), or the text before the first hyphen even
    inside a word (metascraper: "Friend portability is the must", "Trade"), in the records' own languages
    (German, English, Spanish, Portuguese ...) (https://github.com/AndyTheFactory/newspaper4k/issues/632,
    https://github.com/microlinkhq/metascraper/issues/186, https://github.com/ageitgey/node-unfluff/issues/93,
    "Apple Seeds Eleventh Beta of iOS 12 to Developers [Update", https://github.com/mozilla/readability/issues/954,
    https://github.com/mozilla/readability/pull/960);
  - the date: the page's last-modified time ("Actualizado a ...", ``dateModified``) taken for the
    published one, a day to two years after the page's own day, with its time of day and offset or as a
    day (https://github.com/adbar/htmldate/issues/119, https://github.com/AndyTheFactory/newspaper4k/issues/153,
    and a later date of the page, a comment's, in https://github.com/ageitgey/node-unfluff/issues/93);
  - the authors: the ``article:author`` meta tag's Facebook profile address as the author entry, alone,
    after the writer's name, or the publisher's Facebook page ("https://www.facebook.com/SearchEngineMogul"),
    the writers' names in English, German, French, Spanish, Portuguese, Italian, Polish, Turkish, Russian,
    Ukrainian, Arabic, Hebrew, Japanese, Chinese and Korean (https://github.com/PressForward/pressforward/issues/922,
    https://github.com/Yoast/wordpress-seo/issues/8868, https://github.com/demofan/dotblogs/issues/31);
  - the authors: a structured-data Person's name parts (``givenName``, ``additionalName``,
    ``familyName``) as entries of their own, ``["Jane", "Miller"]``, ``["Jana", "Maria", "Brandt"]``,
    ``["美穂", "佐藤"]``, for one or two authors, in English, German, French, Spanish, Portuguese, Italian,
    Dutch, Polish, Turkish, Russian, Ukrainian, Arabic, Hebrew, Japanese, Chinese and Korean
    (https://github.com/adbar/trafilatura/issues/362, https://github.com/adbar/trafilatura/pull/363).
    The sixteenth set split one "Surname, Given name" byline at its comma (``["Miller", "Jane"]``); the
    given name first, the middle name and the scripts with no comma in their bylines are new;
  - the language: the territory of a locale (``og:locale``'s "language_TERRITORY", a ``hreflang`` or a
    region subtag) taken as the language, a region code alone: "US", "GB" or "IN" for an English page, "AT"
    or "CH" for a German one, "BR" for a Portuguese, "MX" or "419" for a Spanish, "JP", "CN", "TW" or
    "KR" for a Japanese, Chinese or Korean one, "BY" or "KZ" for a Russian, now and then lower-cased ("us",
    "jp")
    (https://github.com/facebook/open-graph-protocol/pull/52, https://github.com/RSS-Bridge/rss-bridge/pull/2817,
    where a locale's region was taken from the link instead of the language,
    https://github.com/omnivore-app/omnivore/pull/1550, https://github.com/gohugoio/hugo/pull/12631).

Where a kind reshapes the record's own text (the body's joins, spaces and lines, the title's cut) it has
the corpus's languages and scripts only (for the title, the Latin-script ones of its titled records); the
kinds that add text draw it in the languages named, at least two of them not in Latin script. A region code
that lower-cased equals the record's own language ("DE" on a German page) is never drawn.

The defects are planted with no page at hand (``harness check`` on JSON lines, where only the record
speaks), each kind in every record and then in one record in eight per run:

    python bench/checks_blind31.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import AUTHOR_CHECKS, DATE_CHECKS, TITLE_CHECKS, Kinds, once_for, placed
from checks_blind21 import PEOPLE, _record_day
from checks_blind25 import _record_lang
from checks_blind26 import _city, _name
from checks_blind27 import _lang
from checks_blind30 import _CJK, BODY_CHECKS, LANGUAGE_CHECKS, _both, _label, _mailbox, _sentences
from checks_defects import Case, _paras, _with


def _spaced(case: Case) -> bool:
    """The record's body spaces its words (not Japanese, Chinese or Korean run together)."""
    return _record_lang(case) not in _CJK


# ---------------------------------------------------------------- paragraphs glued at their joins
def glued_paragraphs(case: Case, rnd: random.Random) -> Case | None:
    """The paragraphs run together with no break and no space at the joins ("... Sunday.Police say ..."),
    all of them, or all but one or two (newspaper 621, goose 152)."""
    paras = [" ".join(p.split()) for p in _paras(case.record.get("body"))]
    if len(paras) < 3:
        return None
    joins = list(range(1, len(paras)))
    kept = set(rnd.sample(joins, min(len(joins) - 2, rnd.choice((0, 0, 0, 1, 2)))))
    blocks = [paras[0]]
    for i in joins:
        if i in kept:
            blocks.append(paras[i])
        else:
            blocks[-1] = blocks[-1].rstrip() + paras[i].lstrip()
    return _with(case, body="\n\n".join(blocks))


# ---------------------------------------------------------------- spaces lost around inline markup
_WORD = re.compile(r"[^\W\d_][\w'’.-]*$")


def inline_glue(case: Case, rnd: random.Random) -> Case | None:
    """Three to eight spans of one to three words (links, bold, italics) glued to the words either side
    of them, or on one side ("is acommodity ETFthat consists"; go-readability 6, trafilatura 113)."""
    if not _spaced(case):
        return None
    words = [p.split(" ") for p in _paras(case.record.get("body"))]
    spots = [
        (i, j)
        for i, line in enumerate(words)
        if len(line) >= 12 and not any("\n" in w for w in line)
        for j in range(1, len(line) - 4)
        if _WORD.match(line[j])
    ]
    if len(spots) < 8:
        return None
    glued: dict[int, set[int]] = {}  # paragraph -> the word indices that lost the space before them
    used: set[tuple[int, int]] = set()
    want, spans = rnd.randint(3, 8), 0
    for i, j in rnd.sample(spots, len(spots)):
        n = rnd.choice((1, 1, 2, 2, 3))
        near = {(i, k) for k in range(j - 1, j + n + 1)}
        if j + n >= len(words[i]) or near & used:
            continue
        used |= near
        side = rnd.random()
        lost = {j, j + n} if side < 0.6 else ({j} if side < 0.8 else {j + n})
        glued.setdefault(i, set()).update(lost)
        spans += 1
        if spans >= want:
            break
    if spans < 3:
        return None
    paras = []
    for i, line in enumerate(words):
        text = line[0]
        for k in range(1, len(line)):
            text += ("" if k in glued.get(i, set()) else " ") + line[k]
        paras.append(text)
    return _with(case, body="\n\n".join(paras))


# ---------------------------------------------------------------- hard-wrapped lines
def hard_wrapped(case: Case, rnd: random.Random) -> Case | None:
    """Every paragraph wrapped at a converter's line width: a line break in mid-sentence every 72 to 80
    characters (html2text's 78), every 36 to 40 in Japanese, Chinese or Korean (html2text 315)."""
    paras = _paras(case.record.get("body"))
    if not paras:
        return None
    out: list[str] = []
    if _spaced(case):
        width = rnd.choice((72, 76, 78, 78, 78, 79, 80))
        for p in paras:
            out.append(textwrap.fill(" ".join(p.split()), width=width, break_long_words=False))
    else:
        width = rnd.choice((36, 38, 40))
        for p in paras:
            text = "".join(p.split())
            out.append("\n".join(text[k : k + width] for k in range(0, len(text), width)))
    if not any("\n" in p for p in out):
        return None
    return _with(case, body="\n\n".join(out))


# ---------------------------------------------------------------- a list's items run together
def merged_list(case: Case, rnd: random.Random) -> Case | None:
    """One of the record's paragraphs as a list whose items ran together: its sentences glued with no
    space, their full stops kept or dropped ("easy-to-use interfaceFlipboard is ..."; cheerio 2841)."""
    paras = _paras(case.record.get("body"))
    fits = [i for i, p in enumerate(paras) if "\n" not in p and 3 <= len(_sentences(p)) <= 9]
    if not fits:
        fits = [i for i, p in enumerate(paras) if "\n" not in p and len(_sentences(p)) == 2]
    if not fits:
        return None
    i = rnd.choice(fits)
    items = _sentences(paras[i])
    if rnd.random() < 0.6:
        items = [re.sub(r"[.。]$", "", s) for s in items]
    paras[i] = "".join(items)
    return _with(case, body="\n\n".join(paras))


# ---------------------------------------------------------------- a table flattened (middle)
#: language: headers of a table of places, of clubs and of years, each (label, figure, share or change)
TABLE_HEADS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (("Town", "Votes", "Share"), ("Club", "Played", "Points"), ("Year", "Revenue", "Change")),
    "de": (("Ort", "Stimmen", "Anteil"), ("Verein", "Spiele", "Punkte"), ("Jahr", "Umsatz", "Veränderung")),
    "fr": (
        ("Commune", "Voix", "Part"),
        ("Club", "Matchs", "Points"),
        ("Année", "Chiffre d'affaires", "Évolution"),
    ),
    "es": (
        ("Municipio", "Votos", "Porcentaje"),
        ("Club", "Partidos", "Puntos"),
        ("Año", "Ingresos", "Variación"),
    ),
    "pt": (
        ("Município", "Votos", "Percentual"),
        ("Clube", "Jogos", "Pontos"),
        ("Ano", "Receita", "Variação"),
    ),
    "it": (
        ("Comune", "Voti", "Percentuale"),
        ("Squadra", "Partite", "Punti"),
        ("Anno", "Fatturato", "Variazione"),
    ),
    "nl": (
        ("Gemeente", "Stemmen", "Aandeel"),
        ("Club", "Gespeeld", "Punten"),
        ("Jaar", "Omzet", "Verandering"),
    ),
    "pl": (("Gmina", "Głosy", "Udział"), ("Klub", "Mecze", "Punkty"), ("Rok", "Przychody", "Zmiana")),
    "tr": (("İlçe", "Oy", "Oran"), ("Kulüp", "Maç", "Puan"), ("Yıl", "Gelir", "Değişim")),
    "ru": (("Город", "Голоса", "Доля"), ("Клуб", "Игры", "Очки"), ("Год", "Выручка", "Изменение")),
    "uk": (("Місто", "Голоси", "Частка"), ("Клуб", "Ігри", "Очки"), ("Рік", "Виручка", "Зміна")),
    "ar": (
        ("المدينة", "الأصوات", "النسبة"),
        ("النادي", "المباريات", "النقاط"),
        ("السنة", "الإيرادات", "التغير"),
    ),
    "he": (("יישוב", "קולות", "שיעור"), ("קבוצה", "משחקים", "נקודות"), ("שנה", "הכנסות", "שינוי")),
    "ja": (("市町村", "得票数", "得票率"), ("クラブ", "試合", "勝ち点"), ("年度", "売上高", "前年比")),
    "zh": (("城市", "票数", "得票率"), ("俱乐部", "场次", "积分"), ("年份", "营收", "同比")),
    "ko": (("지역", "득표수", "득표율"), ("구단", "경기", "승점"), ("연도", "매출", "증감률")),
}
#: language: (thousands separator, decimal separator)
_NUMBERS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "ja": (",", "."),
    "zh": (",", "."),
    "ko": (",", "."),
    "he": (",", "."),
    "ar": (",", "."),
    "de": (".", ","),
    "es": (".", ","),
    "pt": (".", ","),
    "it": (".", ","),
    "nl": (".", ","),
    "tr": (".", ","),
    "fr": ("\u202f", ","),
    "pl": ("\u00a0", ","),
    "ru": ("\u00a0", ","),
    "uk": ("\u00a0", ","),
}


def _num(lang: str, value: float, places: int = 0) -> str:
    thousands, decimal = _NUMBERS.get(lang, (",", "."))
    text = f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def table_text(case: Case, rnd: random.Random) -> str:
    """A table of places, clubs or years with their figures, flattened: rows between pipes, a cell a
    line, or all cells in one line (trafilatura 531 and 563)."""
    lang = _lang(case, rnd, TABLE_HEADS)
    kind = rnd.randrange(3)
    head = TABLE_HEADS[lang][kind]
    rows: list[list[str]] = []
    n = rnd.randint(3, 6)
    if kind == 0:
        towns = list(dict.fromkeys(_city(lang, rnd) for _ in range(20)))[:n]
        for town in towns:
            rows.append([town, _num(lang, rnd.randint(800, 60000)), f"{_num(lang, rnd.uniform(2, 45), 1)} %"])
    elif kind == 1:
        towns = list(dict.fromkeys(_city(lang, rnd) for _ in range(20)))[:n]
        played = rnd.randint(8, 30)
        points = sorted((rnd.randint(played // 2, played * 2) for _ in towns), reverse=True)
        for town, pts in zip(towns, points, strict=False):
            rows.append([town, str(played - rnd.randint(0, 1)), str(pts)])
    else:
        first = rnd.randint(2012, 2019)
        revenue = rnd.uniform(20, 900)
        for year in range(first, first + n):
            change = rnd.uniform(-12, 18)
            revenue *= 1 + change / 100
            sign = "+" if change >= 0 else "−"
            rows.append([str(year), _num(lang, revenue, 1), f"{sign}{_num(lang, abs(change), 1)} %"])
    table = [list(head), *rows]
    style = rnd.random()
    if style < 0.4:
        lead, trail = rnd.choice((("| ", " |"), ("|", "|"), ("", "")))
        sep = " | " if lead != "|" else "|"
        return "\n".join(f"{lead}{sep.join(row)}{trail}" for row in table)
    if style < 0.6:
        return "\n".join(cell for row in table for cell in row)
    return " ".join(cell for row in table for cell in row)


# ---------------------------------------------------------------- the title cut at a separator
_SEPARATORS = re.compile(r"\s+[|\-–—/»>]\s+|:\s+")


def title_cut(case: Case, rnd: random.Random) -> Case | None:
    """The title cut at a separator inside the headline, one side kept: before the last separator, after
    it, the longest piece, or before the first hyphen even inside a word (newspaper4k 632, metascraper
    186)."""
    title = " ".join(str(case.record.get("title") or "").split())
    if not title:
        return None
    cuts = list(_SEPARATORS.finditer(title))
    hyphens = [m for m in re.finditer(r"(?<=\w)-(?=\w)", title)]
    options: list[str] = []
    if cuts:
        last, first = cuts[-1], cuts[0]
        before = title[: last.start()].strip()
        options.append(before if len(before.split()) >= 3 else title[first.end() :].strip())
        options.append(title[last.end() :].strip())
        pieces = [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
        options.append(max(pieces, key=len))
    if hyphens:
        options.append(title[: hyphens[0].start()].strip())
        options.append(title[hyphens[0].end() :].strip())
    options = [o for o in options if o and o != title and re.search(r"[^\W\d_]", o)]
    if not options:
        return None
    return _with(case, title=rnd.choice(options))


# ---------------------------------------------------------------- the date: the last-modified time
_OFFSETS = ("+01:00", "+02:00", "+00:00", "Z", "-04:00", "-05:00", "+09:00", "+03:00")


def modified_date(case: Case, rnd: random.Random) -> Case | None:
    """The page's last-modified time as the date: a day to two years after the page's own day, with its
    time and offset, as a plain timestamp, or as a day (htmldate 119, newspaper4k 153)."""
    day = _record_day(case)
    if day is None:
        return None
    span = rnd.choice(((1, 6), (1, 6), (7, 60), (7, 60), (61, 720)))
    later = day + timedelta(days=rnd.randint(*span))
    hh, mi, ss = rnd.randint(6, 23), rnd.randrange(60), rnd.randrange(60)
    clock = f"{hh:02d}:{mi:02d}:{ss:02d}"
    form = rnd.random()
    if form < 0.5:
        text = f"{later.isoformat()}T{clock}{rnd.choice(_OFFSETS)}"
    elif form < 0.65:
        text = f"{later.isoformat()}T{clock}.{rnd.randrange(1000):03d}Z"
    elif form < 0.8:
        text = f"{later.isoformat()} {clock}"
    else:
        text = later.isoformat()
    return _with(case, published=text)


# ---------------------------------------------------------------- authors: the Facebook profile address
_FB_LANGS = ("en", "de", "fr", "es", "pt", "it", "pl", "tr", "ru", "uk", "ar", "he", "ja", "zh", "ko")


def facebook_author(case: Case, rnd: random.Random) -> Case | None:
    """The ``article:author`` tag's Facebook address as the author entry: alone, after the writer's name,
    or the publisher's page (PressForward 922, Yoast 8868)."""
    lang = _lang(case, rnd, dict.fromkeys(_FB_LANGS))
    name = _name(lang, rnd)
    box = _mailbox(lang, name, rnd)
    handle = rnd.choice(
        (
            box,
            box,
            re.sub(r"^(\w)(\w+)$", r"\1.\2", box),
            f"{box}{rnd.randint(1, 99)}",
            f"profile.php?id=1000{rnd.randrange(10**10, 10**11)}",
        )
    )
    host = rnd.choice(
        (
            "https://www.facebook.com/",
            "https://www.facebook.com/",
            "http://facebook.com/",
            "https://m.facebook.com/",
            "facebook.com/",
        )
    )
    url = f"{host}{handle}" + ("/" if rnd.random() < 0.2 and "?" not in handle else "")
    style = rnd.random()
    if style < 0.45:
        entries = [url]
    elif style < 0.8:
        entries = [name, url]
    else:
        site = re.sub(r"\W", "", _label(case, rnd)) or "news"
        entries = [f"https://www.facebook.com/{site[:1].upper() + site[1:]}"]
    return _with(case, authors=entries)


# ---------------------------------------------------------------- authors: a Person's name parts
#: language: (given names, additional names, family names) for the languages ``PEOPLE`` lacks
NAME_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ar": (("ليلى", "أحمد", "سارة", "يوسف", "مريم"), ("محمد", "علي"), ("الخطيب", "حداد", "النجار", "منصور")),
    "he": (("נועה", "יוסי", "מיכל", "אורי"), ("דוד",), ("כהן", "לוי", "פרץ", "מזרחי")),
    "ja": (("美穂", "健一", "陽子", "大輔", "彩"), (), ("佐藤", "高橋", "伊藤", "山本", "中村")),
    "zh": (("丽", "志强", "婷", "伟", "芳"), (), ("王", "陈", "李", "张", "刘")),
    "ko": (("민준", "서연", "지훈", "예나", "현우"), (), ("김", "이", "박", "최", "정")),
}
_MIDDLES: dict[str, tuple[str, ...]] = {
    "en": ("Anne", "J.", "Marie", "Lee", "R."),
    "de": ("Maria", "Johannes", "Sophie", "Alexander"),
    "es": ("María", "José", "Luis"),
    "pt": ("Maria", "Silva", "Santos"),
    "fr": ("Marie", "Jean"),
    "it": ("Maria", "Giovanni"),
    "ru": ("Сергеевна", "Иванович", "Андреевна"),
    "uk": ("Петрівна", "Олегович"),
}
_PART_LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ru", "uk", "ar", "he", "ja", "zh", "ko")


def name_parts(case: Case, rnd: random.Random) -> Case | None:
    """One or two authors as their structured data's name parts, each part an entry of its own
    (``givenName``, ``additionalName``, ``familyName``: ``["Jane", "Miller"]``; trafilatura 362)."""
    lang = _lang(case, rnd, dict.fromkeys(_PART_LANGS))
    entries: list[str] = []
    for _ in range(rnd.choice((1, 1, 1, 2))):
        if lang in NAME_PARTS:
            givens, middles, families = NAME_PARTS[lang]
        else:
            givens, families = PEOPLE[lang]
            middles = _MIDDLES.get(lang, ())
        parts = [rnd.choice(givens)]
        if middles and rnd.random() < 0.3:
            parts.append(rnd.choice(middles))
        parts.append(rnd.choice(families))
        entries.extend(parts)
    return _with(case, authors=entries)


# ---------------------------------------------------------------- the language: a region code alone
#: the record's language -> the regions of its locales (none equal to the language lower-cased)
REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("US", "US", "GB", "GB", "AU", "IN", "IE", "NZ"),
    "de": ("AT", "CH", "LI", "LU"),
    "fr": ("BE", "LU", "MA", "SN"),
    "es": ("MX", "AR", "CO", "CL", "419"),
    "pt": ("BR", "BR", "AO", "MZ"),
    "it": ("CH", "SM"),
    "nl": ("BE", "SR"),
    "ru": ("BY", "KZ"),
    "uk": ("UA",),
    "ja": ("JP",),
    "zh": ("CN", "TW", "HK"),
    "ko": ("KR",),
    "ar": ("SA", "EG", "AE"),
}


def region_language(case: Case, rnd: random.Random) -> Case | None:
    """A locale's territory as the language: "US", "AT", "BR", "419", "JP" (open-graph-protocol 52,
    rss-bridge 2817)."""
    if not (case.record.get("body") or case.record.get("title")):
        return None
    own = _record_lang(case)
    codes = [c for c in REGIONS.get(own, REGIONS["en"]) if c.lower() != own]
    code = rnd.choice(codes)
    return _with(case, language=code.lower() if rnd.random() < 0.2 else code)


# ---------------------------------------------------------------- the kinds
def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    kinds: Kinds = {}
    for name, plant, expected in (
        ("paragraphs glued at their joins with no space", glued_paragraphs, BODY_CHECKS),
        ("spaces lost around inline markup ('acommodity ETFthat')", inline_glue, BODY_CHECKS),
        ("every paragraph hard-wrapped at 72-80 columns", hard_wrapped, BODY_CHECKS),
        ("a list's items run together with no separator", merged_list, BODY_CHECKS),
        (
            "a table flattened by the text output (middle)",
            placed(once_for(table_text), "middle"),
            BODY_CHECKS,
        ),
        ("the title cut at a separator, one side kept", title_cut, TITLE_CHECKS),
        ("the last-modified time as the date", modified_date, DATE_CHECKS),
        ("the article:author Facebook address as the author", facebook_author, AUTHOR_CHECKS),
        ("a Person's name parts as separate author entries", name_parts, AUTHOR_CHECKS),
        ("a locale's region code alone as the language", region_language, LANGUAGE_CHECKS),
    ):
        kinds.update(_both(name, plant, expected))
    return kinds


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (thirty-first set)",
        "thirty-first blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
