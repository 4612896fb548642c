"""A sixteenth blind set for issue 9, written by a helper in session 19 whose lines the lead did not see,
committed unread and run once on the code of ``f90e6f5``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a box, widget, notice or piece of page furniture of a real news template,
  with its variable parts (series names and part numbers, the page's own URL and the time a cache or an
  archive took it, holidays and the dates of the next print edition, picture sizes in pixels and kilobytes,
  maintenance windows, rivers, gauges and their levels, radio frequencies and cities, company and licence
  numbers, editors, sister titles of a publishing group, render times and query counts) drawn per record so
  that no two records share a line: a series box with its part counter ("Serie „...“ · Teil 3 von 6 · Alle
  Folgen im Überblick", "連載「...」第3回（全8回）"), a web cache's or web archive's snapshot banner ("This is
  Google's cache of https://... It is a snapshot of the page as it appeared on ...", "The Wayback Machine -
  https://web.archive.org/web/2019.../...") and a print edition's holiday schedule notice ("Wegen des
  Feiertags ... erscheint die nächste Ausgabe ...", "...は新聞休刊日のため、朝刊は発行されません") at the
  start; an enlarge-image link with the picture's size ("Bild vergrößern (1600 × 900 Pixel, 312 KB)",
  "点击查看大图（1200×800）"), a scheduled-maintenance notice ("Hinweis in eigener Sache: Wegen
  Wartungsarbeiten ..."), a river's water-level box ("Pegel Köln (Rhein): 412 cm ...", "Vodní stavy: Vltava
  – Praha-Chuchle ...") and a broadcaster's frequencies box ("So empfangen Sie uns: UKW 104,2 MHz · DAB+
  Kanal 11D") in the middle; and at the end a publisher's registration or licence footer ("京ICP备...号",
  "등록번호: 서울 아 01234 | 등록일: ...", "Registrazione Tribunale di ... n. ..."), a sister-sites line of a
  publishing group ("Les sites du groupe ... : ...") and a page-generation statistics footer ("Processed in
  0.061289 second(s), 14 queries", "Страница сгенерирована за 0,043 сек."), in English, German, French,
  Spanish, Italian, Portuguese, Dutch, Swedish, Polish, Czech, Slovak, Hungarian, Turkish, Vietnamese,
  Indonesian, Russian, Ukrainian, Greek, Hebrew, Arabic, Hindi, Thai, Chinese, Japanese and Korean;
* defects in other fields: the CMS's soft hyphens and zero-width spaces left in the title
  ("Bundes\\u00adverfassungs\\u00adgericht"), the date's day and month swapped by a parser that read a
  ``03/04`` date the other way round, and one author's name, printed "Surname, Given name" in the byline,
  split at its comma into two author entries (``["Miller", "Jane"]``).

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind16.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import (
    AUTHOR_CHECKS,
    DATE_CHECKS,
    Kinds,
    at,
    guess_language,
    once,
    placed,
    spread,
)
from checks_defects import _NAMES, Case, Defect, _with, record_only


# ---------------------------------------------------------------- drawing helpers
def _day(rnd: random.Random, first: date = date(2016, 1, 1), days: int = 3400) -> date:
    return first + timedelta(days=rnd.randrange(days))


def _nums(rnd: random.Random, k: int) -> str:
    """``k`` random digits (a leading zero allowed)."""
    return "".join(rnd.choice("0123456789") for _ in range(k))


def _dec(x: float, places: int, comma: bool) -> str:
    text = f"{x:.{places}f}"
    return text.replace(".", ",") if comma else text


_MONTHS = {  # as a page writes the month after the day's number (genitive where the language has one)
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου"
    " Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "hi": "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
}
_WEEKDAYS = {  # Monday first, as the day's name stands in the sentence
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "he": "שני שלישי רביעי חמישי שישי שבת ראשון",
    "ja": "月 火 水 木 金 土 日",
    "ko": "월 화 수 목 금 토 일",
}
_WEEKDAYS_ON = {  # "on <day>" where the language bends the name
    "el": (
        "τη Δευτέρα",
        "την Τρίτη",
        "την Τετάρτη",
        "την Πέμπτη",
        "την Παρασκευή",
        "το Σάββατο",
        "την Κυριακή",
    ),
    "cs": ("v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek", "v sobotu", "v neděli"),
}


def _mon(lang: str, d: date) -> str:
    return _MONTHS[lang].split()[d.month - 1]


def _wd(lang: str, d: date) -> str:
    if lang in _WEEKDAYS_ON:
        return _WEEKDAYS_ON[lang][d.weekday()]
    return _WEEKDAYS[lang].split()[d.weekday()]


def _date_kw(lang: str, d: date) -> dict[str, str | int]:
    """The parts of ``d`` a template in ``lang`` may ask for."""
    return {
        "d": d.day,
        "dd": f"{d.day:02d}",
        "m": d.month,
        "mm": f"{d.month:02d}",
        "y": d.year,
        "be": d.year + 543,
        "mon": _mon(lang, d) if lang in _MONTHS else "",
        "wd": _wd(lang, d) if lang in _WEEKDAYS or lang in _WEEKDAYS_ON else "",
    }


# ---------------------------------------------------------------- series box (start)
_CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
SERIES = {  # language: (templates, series names); part {i} of {n}
    "en": (
        (
            "SERIES: {s} · Part {i} of {n} · See all stories in this series",
            "{s} | Part {i} of {n} | Read the full series",
            "This story is part {i} of {n} in the series “{s}.” Read all the parts here.",
        ),
        (
            "The Water We Drink",
            "Left Behind: Rural Hospitals",
            "Inside the Housing Crisis",
            "Code Red: Living With Heat",
            "The Opioid Trail",
            "Broken Ballots",
            "The Price of Power",
        ),
    ),
    "de": (
        (
            "Serie „{s}“ · Teil {i} von {n} · Alle Folgen im Überblick",
            "Dieser Artikel ist Teil {i} unserer {n}-teiligen Serie „{s}“. Hier finden Sie alle Teile.",
        ),
        (
            "Wohnen in der Stadt",
            "Unser Wald",
            "Pflege am Limit",
            "Deutschland, deine Brücken",
            "Heimat im Wandel",
            "Die Energiewende vor Ort",
        ),
    ),
    "fr": (
        (
            "Série « {s} » · Épisode {i}/{n} · Voir tous les épisodes",
            "Cet article fait partie de notre série « {s} » ({i}/{n}). Retrouvez tous les épisodes ici.",
        ),
        (
            "Les oubliés de la ruralité",
            "Vivre avec la chaleur",
            "La France des sous-préfectures",
            "Nos rivières en danger",
            "Dans les coulisses des urgences",
        ),
    ),
    "es": (
        (
            "Serie «{s}» · Capítulo {i} de {n} · Ver todos los capítulos",
            "Este reportaje es la entrega {i} de {n} de la serie «{s}». Lee aquí todas las entregas.",
        ),
        ("La España vaciada", "Vivir del campo", "El precio del alquiler", "Mar Menor, herida abierta"),
    ),
    "it": (
        (
            "Serie «{s}» · Puntata {i} di {n} · Tutte le puntate",
            "Questo articolo fa parte della serie «{s}» ({i}/{n}). Leggi qui le altre puntate.",
        ),
        ("L'Italia dei borghi", "Il lavoro che cambia", "Acqua bene comune", "Le strade della mafia"),
    ),
    "pt": (
        (
            "Série “{s}” · Parte {i} de {n} · Veja todos os capítulos",
            "Esta reportagem faz parte da série especial “{s}” (capítulo {i} de {n}). Leia todos os"
            " capítulos.",
        ),
        ("Amazônia em chamas", "O Brasil que envelhece", "Vidas na periferia", "Rios que secam"),
    ),
    "nl": (
        (
            "Serie ‘{s}’ · Deel {i} van {n} · Alle afleveringen",
            "Dit artikel is deel {i} van de {n}-delige serie ‘{s}’. Lees hier alle delen.",
        ),
        ("Het nieuwe boerenland", "Wonen in 2030", "Krimp in de regio", "De stille stad"),
    ),
    "pl": (
        (
            "Cykl „{s}” · Część {i} z {n} · Wszystkie odcinki",
            "Ten tekst jest częścią cyklu „{s}” (odcinek {i}/{n}). Przeczytaj wszystkie odcinki.",
        ),
        ("Polska powiatowa", "Woda w kranie", "Ludzie z małych miast", "Szpitale na krawędzi"),
    ),
    "ru": (
        (
            "Спецпроект «{s}» · Часть {i} из {n} · Все материалы проекта",
            "Этот материал — часть {i} из {n} цикла «{s}». Читайте все материалы цикла.",
        ),
        ("Малые города", "Жизнь после завода", "Север без дорог", "Деревня на краю"),
    ),
    "uk": (
        ("Цикл «{s}» · Частина {i} з {n} · Усі матеріали циклу",),
        ("Міста, що вистояли", "Життя біля фронту", "Відбудова", "Села без шкіл"),
    ),
    "el": (
        ("Σειρά «{s}» · Μέρος {i} από {n} · Όλα τα μέρη της σειράς",),
        ("Τα χωριά που αδειάζουν", "Νησιά χωρίς γιατρό", "Η Ελλάδα της κρίσης"),
    ),
    "ar": (
        (
            "سلسلة «{s}» · الحلقة {i} من {n} · جميع الحلقات",
            "هذا التقرير جزء من سلسلة «{s}» (الجزء {i} من {n}). اقرأ جميع الحلقات",
        ),
        ("مدن على حافة العطش", "حكايات من المخيم", "اقتصاد الظل", "وجوه من الصعيد"),
    ),
    "he": (
        ("סדרת כתבות: {s} · פרק {i} מתוך {n} · לכל הפרקים",),
        ("הפריפריה שנשכחה", "דיור בישראל", "החיים בעוטף", "הדור הבא"),
    ),
    "hi": (
        ("सीरीज़: {s} · भाग {i} / {n} · सभी भाग पढ़ें",),
        ("गांव की बात", "पानी की कहानी", "शहर में बेघर", "खेती का संकट"),
    ),
    "th": (
        ('ซีรีส์พิเศษ "{s}" ตอนที่ {i} จาก {n} ตอน · อ่านทุกตอน',),
        ("ชีวิตริมโขง", "เมืองที่กำลังจม", "แรงงานข้ามชาติ", "ครูบนดอย"),
    ),
    "ja": (
        ("連載「{s}」第{i}回（全{n}回）　連載一覧へ", "【連載】{s}（{i}）　この連載の記事一覧（全{n}本）"),
        ("地方の選択", "老いる団地", "消える銭湯", "人口減少社会"),
    ),
    "zh": (
        ("系列报道｜{s}（{i}/{n}）　查看全部系列", "【{s}】系列报道之{cn}　点击查看全部{n}篇"),
        ("乡村振兴在路上", "走进长江", "城市更新", "老龄化之问"),
    ),
    "ko": (
        ("[연재] {s} ({i}/{n}) · 연재 전체 보기", "기획 시리즈 '{s}' {i}회 · 전체 {n}회 모아보기"),
        ("소멸 위기 지방도시", "청년 주거 리포트", "기후위기 현장을 가다", "저출생 대한민국"),
    ),
    "tr": (
        ("Dizi haber: {s} · Bölüm {i}/{n} · Tüm bölümler",),
        ("Anadolu'nun unutulan köyleri", "Depremin ardından", "Göçün izinde"),
    ),
}


def series_box(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(SERIES))
    templates, names = SERIES[lang]
    n = rnd.randint(3, 12)
    i = rnd.randint(1, n)
    return rnd.choice(templates).format(s=rnd.choice(names), i=i, n=n, cn=_CN_NUMERALS[i - 1])


# ---------------------------------------------------------------- web cache or archive banner (start)
GOOGLE_CACHE = {  # the search engine's cache banner, in the language of the browser that fetched it
    "en": "This is Google's cache of {url}. It is a snapshot of the page as it appeared on {d} {mon} {y}"
    " {t} GMT. The current page could have changed in the meantime. Learn more.",
    "de": "Dies ist der Cache von Google von {url}. Es handelt sich dabei um ein Abbild der Seite, wie diese"
    " am {d}. {mon} {y} {t} GMT angezeigt wurde. Die aktuelle Seite sieht mittlerweile eventuell anders aus.",
    "fr": "Ceci est la version en cache de {url} de Google. Il s'agit d'un instantané de la page telle"
    " qu'elle était affichée le {d} {mon} {y} {t} GMT.",
    "es": "Esta es la versión en caché de {url} de Google. Se trata de una captura de pantalla de la página"
    " tal como esta se mostraba el {d} {mon} {y} {t} GMT.",
    "it": "Questa è la copia cache di Google di {url}. È un'istantanea della pagina visualizzata il giorno"
    " {d} {mon} {y} {t} GMT.",
    "pt": "Este é o cache do Google de {url}. Ele é um instantâneo da página com a aparência que ela tinha"
    " em {d} de {mon} de {y} {t} GMT.",
    "nl": "Dit is de cache van Google van {url}. Het is een momentopname van de pagina zoals deze op {d}"
    " {mon} {y} {t} GMT werd weergegeven.",
    "pl": "To jest kopia strony {url} z pamięci podręcznej Google. Zdjęcie przedstawia stan strony z {d}"
    " {mon} {y} {t} GMT.",
    "ru": "Это копия страницы {url} из кеша Google. Она представляет собой снимок страницы по состоянию на"
    " {d} {mon} {y} г. {t} GMT.",
    "tr": "Bu, {url} sayfasının Google önbelleğindeki kopyasıdır. Sayfanın {d} {mon} {y} {t} GMT"
    " tarihindeki anlık görüntüsüdür.",
    "el": "Αυτή είναι η προσωρινά αποθηκευμένη σελίδα του Google για τη διεύθυνση {url}. Πρόκειται για"
    " στιγμιότυπο της σελίδας όπως εμφανιζόταν στις {d} {mon} {y} {t} GMT.",
    "ar": "هذه هي النسخة المخبأة من {url} في Google. وهي لقطة للصفحة كما ظهرت في {d} {mon} {y} {t}"
    " بتوقيت غرينتش.",
    "he": "זהו המטמון של Google עבור {url}. זוהי תמונת מצב של הדף כפי שהופיע ב-{d} ב{mon} {y} {t} GMT.",
    "hi": "यह {url} का Google कैश है. यह पेज का एक स्नैपशॉट है, जैसा कि वह {d} {mon} {y} {t} GMT पर दिखाई दिया था.",
    "th": "นี่คือแคชของ Google ของ {url} ซึ่งเป็นภาพรวมของหน้าเว็บตามที่ปรากฏเมื่อ {d} {mon} {y} {t} GMT",
    "ja": "これは Google に保存されている {url} のキャッシュです。このページは {y}年{m}月{d}日 {t} GMT に"
    "取得されたものです。",
    "ko": "이 페이지는 {url}의 Google 캐시입니다. {y}년 {m}월 {d}일 {t} GMT에 표시된 페이지의 스냅샷입니다.",
    "zh": "这是 Google 对 {url} 的缓存。这是该网页在 {y}年{m}月{d}日 {t} GMT 的快照。"
    "当前页在此期间可能已经更改。",
}
_SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def snapshot_banner(case: Case, rnd: random.Random) -> str:
    """The banner a web cache or a web archive puts above the page it serves, kept by the extractor that
    read the archived copy."""
    url = str(case.record.get("url") or "https://example.invalid/")
    taken = _day(rnd)
    t = f"{rnd.randrange(24):02d}:{rnd.randrange(60):02d}:{rnd.randrange(60):02d}"
    stamp = f"{taken:%Y%m%d}{t.replace(':', '')}"
    host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
    shape = rnd.choice(("google", "google", "google", "wayback", "wayback", "archive"))
    if shape == "wayback":
        first = taken - timedelta(days=rnd.randrange(30, 2400))
        return rnd.choice(
            (
                "The Wayback Machine - https://web.archive.org/web/{stamp}/{url}",
                "{n} captures {d1} - {d2} · https://web.archive.org/web/{stamp}/{url}",
            )
        ).format(
            stamp=stamp,
            url=url,
            n=f"{rnd.randint(2, 4800):,}",
            d1=f"{first.day:02d} {_SHORT_MONTHS[first.month - 1]} {first.year}",
            d2=f"{taken.day:02d} {_SHORT_MONTHS[taken.month - 1]} {taken.year}",
        )
    if shape == "archive":
        return (
            f"archive.today webpage capture | Saved from {url} | {taken.day} {_SHORT_MONTHS[taken.month - 1]}"
            f" {taken.year} {t} UTC | All snapshots from host {host}"
        )
    lang = rnd.choice(sorted(GOOGLE_CACHE))
    return GOOGLE_CACHE[lang].format(url=url, t=t, **_date_kw(lang, taken))


# ---------------------------------------------------------------- print edition's holiday schedule (start)
SCHEDULE = {  # language: (templates, holidays as the template's sentence takes them)
    "en": (
        (
            "Programming note: Because of the {h} holiday, there will be no print edition on {wd}, {mon} {d}."
            " Our e-edition and website will be updated as usual.",
            "Holiday schedule: The newspaper will not publish a print edition on {wd}, {mon} {d}, in"
            " observance of {h}. Breaking news will continue online.",
        ),
        ("Thanksgiving", "Christmas", "New Year's Day", "Memorial Day", "Independence Day", "Labor Day"),
    ),
    "de": (
        (
            "Liebe Leserinnen und Leser, wegen des Feiertags ({h}) erscheint die nächste Ausgabe Ihrer"
            " Zeitung am {wd}, {d}. {mon}. Auf unserer Website informieren wir Sie weiter aktuell.",
            "In eigener Sache: Am {wd}, {d}. {mon}, erscheint wegen {h} keine gedruckte Ausgabe. Das E-Paper"
            " steht Abonnenten wie gewohnt zur Verfügung.",
        ),
        (
            "Ostermontag",
            "Pfingstmontag",
            "Tag der Deutschen Einheit",
            "Christi Himmelfahrt",
            "Fronleichnam",
            "Allerheiligen",
        ),
    ),
    "fr": (
        (
            "En raison {h}, votre journal ne paraîtra pas le {wd} {d} {mon}. Retrouvez toute l'actualité"
            " sur notre site et notre application.",
        ),
        ("de la fête du Travail", "du lundi de Pâques", "de l'Assomption", "de la Toussaint", "de Noël"),
    ),
    "es": (
        (
            "Con motivo de {h}, el {wd} {d} de {mon} no habrá edición impresa. Seguiremos informando en"
            " nuestra web.",
        ),
        ("la festividad de Todos los Santos", "la Navidad", "el Día del Trabajador", "la Fiesta Nacional"),
    ),
    "it": (
        (
            "Avviso ai lettori: in occasione {h}, {wd} {d} {mon} il giornale non sarà in edicola. Il sito"
            " continuerà a essere aggiornato.",
        ),
        ("della Festa della Liberazione", "di Ferragosto", "della Festa del Lavoro", "di Santo Stefano"),
    ),
    "nl": (
        (
            "In verband met {h} verschijnt er op {wd} {d} {mon} geen krant. Het nieuws leest u uiteraard op"
            " onze site en in de app.",
        ),
        ("Tweede Paasdag", "Koningsdag", "Hemelvaartsdag", "Tweede Pinksterdag", "Eerste Kerstdag"),
    ),
    "sv": (
        (
            "Med anledning av {h} kommer ingen papperstidning ut på {wd} den {d} {mon}. E-tidningen"
            " publiceras som vanligt.",
        ),
        ("midsommarafton", "nationaldagen", "Kristi himmelsfärdsdag", "juldagen"),
    ),
    "pl": (
        (
            "Szanowni Czytelnicy, w związku ze {h} kolejne wydanie gazety ukaże się {d} {mon}. Zapraszamy"
            " na nasz portal.",
        ),
        ("Świętem Niepodległości", "Świętem Pracy", "Świętem Trzech Króli", "świętami wielkanocnymi"),
    ),
    "cs": (
        (
            "Vážení čtenáři, z důvodu státního svátku ({h}) vyjde příští vydání {wd} {d}. {m}. Zprávy najdete"
            " nadále na našem webu.",
        ),
        ("Den vzniku samostatného československého státu", "Velikonoční pondělí", "Svátek práce"),
    ),
    "ru": (
        (
            "Уважаемые читатели! В связи с {h} следующий номер газеты выйдет {d} {mon}. Новости — на нашем"
            " сайте.",
        ),
        ("праздничными днями", "Днём России", "Днём народного единства", "новогодними каникулами"),
    ),
    "uk": (
        ("Шановні читачі! У зв'язку з {h} наступний номер газети вийде {d} {mon}.",),
        ("Днем Незалежності", "Різдвом", "Великоднем", "Днем Конституції"),
    ),
    "el": (
        (
            "Λόγω της αργίας {h}, η εφημερίδα δεν θα κυκλοφορήσει {wd} {d} {mon}. Η ενημέρωση συνεχίζεται στο"
            " site.",
        ),
        ("του Πάσχα", "της 25ης Μαρτίου", "της Πρωτομαγιάς", "του Δεκαπενταύγουστου"),
    ),
    "ar": (
        (
            "تنويه: بمناسبة {h} لن تصدر النسخة الورقية يوم {wd} {d} {mon}، ويواصل موقعنا تغطيته على مدار"
            " الساعة.",
        ),
        ("عيد الفطر المبارك", "عيد الأضحى المبارك", "رأس السنة الهجرية", "المولد النبوي الشريف"),
    ),
    "he": (
        ("לקוראינו: לרגל {h} לא יופיע העיתון ביום {wd}, {d}.{m}. האתר יתעדכן כרגיל.",),
        ("חג הפסח", "ראש השנה", "חג הסוכות", "חג השבועות", "יום העצמאות"),
    ),
    "hi": (
        (
            "पाठकों से निवेदन: {h} के अवकाश के कारण {d} {mon} को समाचार पत्र प्रकाशित नहीं होगा। ताज़ा खबरें"
            " हमारी वेबसाइट पर पढ़ते रहें।",
        ),
        ("होली", "दीपावली", "रक्षाबंधन", "दशहरा", "स्वतंत्रता दिवस"),
    ),
    "th": (
        ("แจ้งผู้อ่าน: เนื่องในวัน{h} หนังสือพิมพ์ฉบับวันที่ {d} {mon} {be} งดพิมพ์ 1 วัน ติดตามข่าวสารได้ทางเว็บไซต์",),
        ("สงกรานต์", "ขึ้นปีใหม่", "แรงงานแห่งชาติ", "แม่แห่งชาติ", "พ่อแห่งชาติ"),
    ),
    "ja": (
        (
            "{m}月{d}日（{wd}）は新聞休刊日のため、朝刊は発行されません。ニュースはウェブサイトでお伝えします。",
            "お知らせ：{h}のため、{m}月{d}日付の夕刊は休刊となります。",
        ),
        ("年末年始", "ゴールデンウィーク", "お盆休み"),
    ),
    "ko": (
        ("알림: {h} 연휴로 {m}월 {d}일자 신문은 휴간합니다. 온라인 뉴스는 정상적으로 제공됩니다.",),
        ("설", "추석", "신정"),
    ),
    "zh": (
        ("告读者：{h}期间，本报{m}月{d}日休刊，网站及客户端照常更新。",),
        ("春节", "国庆", "劳动节", "元旦"),
    ),
    "tr": (
        ("Okurlarımıza duyuru: {h} nedeniyle gazetemiz {d} {mon} {wd} günü yayımlanmayacaktır.",),
        ("Kurban Bayramı", "Ramazan Bayramı", "yılbaşı tatili"),
    ),
}


def print_schedule(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(SCHEDULE))
    templates, holidays = SCHEDULE[lang]
    return rnd.choice(templates).format(h=rnd.choice(holidays), **_date_kw(lang, _day(rnd)))


# ---------------------------------------------------------------- enlarge-image link (middle)
ENLARGE = {  # {w}×{h} pixels, {kb} kilobytes, {mb} megabytes
    "en": (
        "Click to enlarge ({w} × {h})",
        "View full-size image ({w}×{h}px, {kb} KB)",
        "Enlarge image ({mb} MB)",
    ),
    "de": (
        "Bild vergrößern ({w} × {h} Pixel, {kb} KB)",
        "Zum Vergrößern anklicken · {w}×{h}",
        "Grafik in voller Größe anzeigen ({mb} MB)",
    ),
    "fr": (
        "Cliquez pour agrandir ({w} × {h})",
        "Agrandir l'image ({kb} Ko)",
        "Voir l'image en haute définition ({w}×{h} px)",
    ),
    "es": ("Pulse para ampliar ({w} x {h} píxeles)", "Ampliar imagen ({kb} KB)"),
    "it": ("Clicca per ingrandire ({w}×{h})", "Ingrandisci immagine ({kb} kB)"),
    "pt": ("Clique para ampliar ({w} × {h} pixels)", "Ampliar imagem ({kb} KB)"),
    "nl": ("Klik om te vergroten ({w} × {h})", "Afbeelding vergroten ({kb} kB)"),
    "pl": ("Kliknij, aby powiększyć ({w} × {h} px)", "Powiększ zdjęcie ({kb} KB)"),
    "cs": ("Klikněte pro zvětšení ({w} × {h} px)", "Zvětšit obrázek ({kb} kB)"),
    "ru": (
        "Нажмите, чтобы увеличить ({w}×{h})",
        "Увеличить фото ({kb} КБ)",
        "Открыть оригинал изображения ({w}×{h}, {kb} Кб)",
    ),
    "uk": ("Натисніть, щоб збільшити ({w}×{h})", "Збільшити фото ({kb} КБ)"),
    "el": ("Κάντε κλικ για μεγέθυνση ({w}×{h})", "Μεγέθυνση εικόνας ({kb} KB)"),
    "ar": ("اضغط لتكبير الصورة ({w}×{h})", "عرض الصورة بالحجم الكامل ({kb} كيلوبايت)"),
    "he": ("לחצו להגדלה ({w}×{h})", "הגדלת התמונה ({kb} KB)"),
    "hi": ("बड़ा करने के लिए क्लिक करें ({w}×{h})", "फोटो बड़ी करके देखें ({kb} KB)"),
    "th": ("คลิกเพื่อดูภาพขนาดใหญ่ ({w}x{h})", "ขยายภาพ ({kb} KB)"),
    "ja": ("クリックで拡大（{w}×{h}）", "画像を拡大表示（{kb}KB）"),
    "zh": ("点击查看大图（{w}×{h}）", "点击图片查看原图（{kb}KB）"),
    "ko": ("클릭하면 크게 볼 수 있습니다 ({w}×{h})", "사진 확대 보기 ({kb}KB)"),
    "tr": ("Büyütmek için tıklayın ({w}×{h})", "Fotoğrafı büyüt ({kb} KB)"),
}
_SIZES = (
    (1920, 1080),
    (1600, 900),
    (1280, 720),
    (1200, 800),
    (2048, 1365),
    (1024, 683),
    (3000, 2000),
    (1500, 1000),
    (800, 1200),
    (1080, 1350),
    (2400, 1600),
    (960, 640),
    (1400, 933),
    (4032, 3024),
)
_COMMA_LANGS = frozenset(
    {"de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk", "el", "tr", "sv", "hu"}
)


def enlarge_link(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(ENLARGE))
    w, h = rnd.choice(_SIZES)
    if rnd.random() < 0.5:
        scale = rnd.choice((0.5, 0.625, 0.75, 1.25, 1.5))
        w, h = round(w * scale), round(h * scale)
    if rnd.random() < 0.3:
        w, h = h, w
    kb = rnd.randint(64, 4900)
    return rnd.choice(ENLARGE[lang]).format(
        w=w, h=h, kb=kb, mb=_dec(kb / 1024 + rnd.random(), 1, lang in _COMMA_LANGS)
    )


# ---------------------------------------------------------------- scheduled-maintenance notice (middle)
MAINTENANCE = {  # {h1} the window's first hour, {h2} its last, {d2} the next day
    "en": (
        "Scheduled maintenance: Our website, apps and e-Edition will be unavailable on {wd}, {mon} {d}, from"
        " {h1} a.m. to {h2} a.m. ET. We apologize for any inconvenience.",
        "Site notice: Log-ins and comments will be unavailable between {h1}:00 and {h2}:00 a.m. on {mon} {d}"
        " while we carry out planned maintenance.",
    ),
    "de": (
        "Hinweis in eigener Sache: Wegen Wartungsarbeiten ist unsere Website in der Nacht zum {wd}, {d}."
        " {mon}, zwischen {h1} und {h2} Uhr nur eingeschränkt erreichbar. Wir bitten um Ihr Verständnis.",
        "Wartungsarbeiten: Am {d}. {mon} von {h1}:00 bis {h2}:00 Uhr sind Login und Kommentarfunktion nicht"
        " verfügbar.",
    ),
    "fr": (
        "Maintenance programmée : l'accès à votre espace abonné sera perturbé dans la nuit du {d} au {d2}"
        " {mon}, de {h1} h à {h2} h. Merci de votre compréhension.",
    ),
    "es": (
        "Aviso: por tareas de mantenimiento, la web y la aplicación podrían no estar disponibles la"
        " madrugada del {wd} {d} de {mon}, entre las {h1}:00 y las {h2}:00 horas. Disculpen las molestias.",
    ),
    "it": (
        "Avviso: per interventi di manutenzione programmata, {wd} {d} {mon} dalle {h1} alle {h2} il sito e"
        " l'app potrebbero non essere raggiungibili. Ci scusiamo per il disagio.",
    ),
    "pt": (
        "Aviso: devido a uma manutenção programada, o acesso ao site poderá ficar instável na madrugada de"
        " {wd} ({dd}/{mm}), entre {h1}h e {h2}h. Pedimos desculpas pelo transtorno.",
    ),
    "nl": (
        "Let op: wegens gepland onderhoud is inloggen op {wd} {d} {mon} tussen {h1}.00 en {h2}.00 uur niet"
        " mogelijk. Excuses voor het ongemak.",
    ),
    "pl": (
        "Uwaga: w nocy z {d} na {d2} {mon} w godz. {h1}:00–{h2}:00 prowadzimy prace serwisowe. Serwis może"
        " działać z przerwami. Przepraszamy za utrudnienia.",
    ),
    "sv": (
        "Planerat underhåll: natten till {wd} den {d} {mon} kan sajten och appen vara otillgängliga mellan"
        " klockan {h1} och {h2}.",
    ),
    "ru": (
        "Внимание! В ночь на {d} {mon} с {h1}:00 до {h2}:00 по московскому времени на сайте проводятся"
        " технические работы. Возможны перебои в работе личного кабинета. Приносим извинения за неудобства.",
    ),
    "uk": (
        "Увага! {d} {mon} з {h1}:00 до {h2}:00 на сайті тривають технічні роботи, можливі перебої в роботі."
        " Перепрошуємо за незручності.",
    ),
    "el": (
        "Ανακοίνωση: Λόγω προγραμματισμένων εργασιών συντήρησης, η ιστοσελίδα ενδέχεται να μην είναι"
        " διαθέσιμη {wd} {d} {mon}, από τις {h1}:00 έως τις {h2}:00.",
    ),
    "ar": (
        "تنويه: نظرًا لأعمال الصيانة الدورية، قد يتعذر الوصول إلى الموقع يوم {wd} {d} {mon} من الساعة {h1}"
        " حتى الساعة {h2} صباحًا. نعتذر عن أي إزعاج.",
    ),
    "he": (
        "הודעה: עקב עבודות תחזוקה מתוכננות, ייתכן שהאתר לא יהיה זמין ביום {wd}, {d}.{m}, בין השעות"
        " {h1}:00 ל-{h2}:00.",
    ),
    "hi": (
        "सूचना: तकनीकी रखरखाव के कारण {d} {mon} को रात {h1} बजे से सुबह {h2} बजे तक वेबसाइट की कुछ सेवाएं"
        " उपलब्ध नहीं रहेंगी। असुविधा के लिए खेद है।",
    ),
    "th": ("ประกาศ: ปิดปรับปรุงระบบเว็บไซต์ในวันที่ {d} {mon} {be} เวลา {h1}.00–{h2}.00 น. ขออภัยในความไม่สะดวก",),
    "ja": (
        "【メンテナンスのお知らせ】{m}月{d}日（{wd}）午前{h1}時〜{h2}時まで、システムメンテナンスのため会員サービスを"
        "ご利用いただけません。",
    ),
    "zh": (
        "系统维护公告：本站将于{m}月{d}日凌晨{h1}:00至{h2}:00进行系统升级维护，届时部分功能暂停使用，敬请谅解。",
    ),
    "ko": (
        "[공지] 시스템 점검 안내: {m}월 {d}일({wd}) 오전 {h1}시부터 {h2}시까지 서버 점검으로"
        " 회원 서비스 이용이 일시 중단됩니다.",
    ),
    "tr": (
        "Duyuru: Planlı bakım çalışması nedeniyle {d} {mon} {wd} günü saat {h1}.00–{h2}.00 arasında"
        " sitemize erişimde kesintiler yaşanabilir.",
    ),
}


def maintenance_notice(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(MAINTENANCE))
    when = _day(rnd)
    if when.day > 27:
        when -= timedelta(days=4)
    h1 = rnd.randint(0, 3)
    return rnd.choice(MAINTENANCE[lang]).format(
        h1=h1, h2=h1 + rnd.randint(2, 5), d2=when.day + 1, **_date_kw(lang, when)
    )


# ---------------------------------------------------------------- river water-level box (middle)
GAUGES = {  # language: (templates, gauges, rising/falling/steady); levels in the unit the template prints
    "de": (
        (
            "Pegelstände · {g}: {cm} cm ({sign}{delta} cm in 24 Std.) · Stand: {hh}:{mi} Uhr · Quelle: WSV",
            "Aktueller Wasserstand {g}: {cm} cm, Tendenz {trend} · Meldestufe 1 ab {warn} cm · {dd}.{mm}.,"
            " {hh}:{mi} Uhr",
        ),
        (
            "Pegel Köln (Rhein)",
            "Pegel Kaub (Rhein)",
            "Pegel Dresden (Elbe)",
            "Pegel Passau (Donau)",
            "Pegel Trier (Mosel)",
            "Pegel Würzburg (Main)",
            "Pegel Heidelberg (Neckar)",
        ),
        ("steigend", "fallend", "gleichbleibend"),
    ),
    "nl": (
        ("Waterstanden {dd}-{mm} {hh}:{mi} · {g}: {cm} cm +NAP ({trend}) · bron: Rijkswaterstaat",),
        ("Lobith (Rijn)", "Nijmegen (Waal)", "Borgharen (Maas)", "Venlo (Maas)", "Deventer (IJssel)"),
        ("stijgend", "dalend", "gelijkblijvend"),
    ),
    "fr": (
        ("Vigicrues · {g} : {m_} m ({trend}) · mis à jour le {dd}/{mm} à {hh}h{mi}",),
        (
            "la Seine à Paris-Austerlitz",
            "la Loire à Orléans",
            "le Rhône à Lyon",
            "la Garonne à Toulouse",
            "la Meuse à Charleville-Mézières",
        ),
        ("en hausse", "en baisse", "stable"),
    ),
    "cs": (
        ("Vodní stavy: {g} {cm} cm ({spa}), {d}. {m}. v {hh}:{mi} · ČHMÚ",),
        (
            "Vltava – Praha-Chuchle",
            "Labe – Ústí nad Labem",
            "Morava – Strážnice",
            "Ohře – Louny",
            "Berounka – Beroun",
        ),
        ("bez SPA", "1. SPA – bdělost", "2. SPA – pohotovost"),
    ),
    "sk": (
        ("Vodné stavy: {g}: {cm} cm ({spa}) · SHMÚ, {d}. {m}. {hh}:{mi}",),
        (
            "Dunaj – Bratislava",
            "Váh – Liptovský Mikuláš",
            "Hron – Banská Bystrica",
            "Bodrog – Streda nad Bodrogom",
        ),
        ("bez SPA", "1. SPA", "2. SPA"),
    ),
    "pl": (
        ("Stan wody: {g}: {cm} cm ({trend}) · {zone} · IMGW, {dd}.{mm}, godz. {hh}:{mi}",),
        ("Wisła – Warszawa-Bulwary", "Odra – Wrocław", "Warta – Poznań", "Bug – Wyszków", "San – Przemyśl"),
        ("tendencja wzrostowa", "tendencja spadkowa", "stan stały"),
    ),
    "hu": (
        ("Vízállás: {g}: {cm} cm ({sign}{delta} cm) · Tisza, Szeged: {cm2} cm · {y}.{mm}.{dd}. {hh}:{mi}",),
        ("Duna, Budapest", "Duna, Mohács", "Duna, Esztergom", "Duna, Paks"),
        ("", "", ""),
    ),
    "ru": (
        (
            "Уровень воды: {g} — {cm} см ({sign}{delta} см за сутки), отметка НЯ {warn} см. Данные на"
            " {hh}:{mi} {dd}.{mm}",
        ),
        ("р. Ока, г. Орёл", "р. Амур, Хабаровск", "р. Обь, Барнаул", "р. Томь, Томск", "р. Иртыш, Омск"),
        ("", "", ""),
    ),
    "uk": (
        ("Рівень води: {g} — {cm} см ({sign}{delta} см за добу), станом на {hh}:{mi} {dd}.{mm}",),
        ("р. Дністер, Галич", "р. Прут, Чернівці", "р. Тиса, Хуст", "р. Десна, Чернігів"),
        ("", "", ""),
    ),
    "it": (
        (
            "Livello idrometrico: {g} {m_} m ({trend}) · soglia di attenzione {warn_m} m · aggiornamento ore"
            " {hh}:{mi}",
        ),
        (
            "Po a Pontelagoscuro",
            "Po a Piacenza",
            "Po a Cremona",
            "Arno a Firenze Uffizi",
            "Tevere a Roma Ripetta",
        ),
        ("in crescita", "in calo", "stazionario"),
    ),
    "en": (
        ("River levels: {g} {ft} ft ({trend}) · Flood stage {fs} ft · Updated {h12}:{mi} {ampm}",),
        (
            "Mississippi River at St. Louis",
            "Ohio River at Cincinnati",
            "Missouri River at Omaha",
            "Red River at Fargo",
            "Sacramento River at Tower Bridge",
        ),
        ("rising", "falling", "steady"),
    ),
    "ja": (
        ("河川水位　{g}観測所　{m_}m（{trend}）{hh}:{mi}現在　※氾濫注意水位 {warn_m}m",),
        ("荒川・熊谷", "多摩川・石原", "利根川・栗橋", "淀川・枚方", "信濃川・小千谷"),
        ("上昇", "下降", "横ばい"),
    ),
    "zh": (
        ("水情信息：{g}站水位{m_}米，{trend}，警戒水位{warn_m}米（{m}月{d}日{hh}时）",),
        ("长江汉口", "长江宜昌", "黄河花园口", "西江梧州", "淮河王家坝"),
        ("上涨", "回落", "平稳"),
    ),
    "ko": (
        ("하천 수위: {g} {m_}m ({trend}) · 홍수주의보 기준 {warn_m}m · {hh}:{mi} 기준",),
        ("한강 한강대교", "낙동강 구미", "금강 공주", "영산강 나주"),
        ("상승", "하강", "보합"),
    ),
    "th": (
        ("ระดับน้ำ{g} {m_} ม.รทก. ({trend}) ข้อมูล ณ เวลา {hh}.{mi} น.",),
        ("แม่น้ำเจ้าพระยา สถานี C.2 นครสวรรค์", "แม่น้ำโขง สถานีหนองคาย", "แม่น้ำปิง สถานี P.1 เชียงใหม่"),
        ("เพิ่มขึ้น", "ลดลง", "ทรงตัว"),
    ),
    "hi": (
        ("जलस्तर: {g} {m_} मीटर, खतरे का निशान {warn_m} मीटर · {trend} · {hh}:{mi} बजे",),
        ("गंगा (पटना, गांधी घाट)", "यमुना (दिल्ली, पुराना रेलवे पुल)", "घाघरा (एल्गिन ब्रिज)", "गंगा (वाराणसी)"),
        ("बढ़ रहा है", "घट रहा है", "स्थिर"),
    ),
}


def gauge_box(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(GAUGES))
    templates, gauges, trends = GAUGES[lang]
    when = _day(rnd)
    cm = rnd.randint(60, 980)
    hour = rnd.randrange(24)
    level_m = rnd.uniform(0.4, 9.5)
    comma = lang in _COMMA_LANGS
    return rnd.choice(templates).format(
        g=rnd.choice(gauges),
        cm=cm,
        cm2=rnd.randint(-150, 900),
        delta=rnd.randint(1, 85),
        sign=rnd.choice(("+", "−", "-")),
        trend=rnd.choice(trends),
        warn=cm + rnd.randint(40, 400),
        m_=_dec(level_m, 2, comma),
        warn_m=_dec(level_m + rnd.uniform(0.3, 4.0), 2, comma),
        spa=rnd.choice(trends),
        zone=rnd.choice(("strefa stanów średnich", "stan ostrzegawczy", "stan alarmowy")),
        ft=_dec(rnd.uniform(3, 38), 1, False),
        fs=rnd.choice((21, 28, 30, 52, 17, 24)),
        hh=f"{hour:02d}",
        h12=hour % 12 or 12,
        ampm="a.m." if hour < 12 else "p.m.",
        mi=f"{rnd.randrange(0, 60, 15):02d}",
        **_date_kw(lang, when),
    )


# ---------------------------------------------------------------- broadcaster's frequencies box (middle)
FREQUENCIES = {  # language: (templates, cities); {f} {f2} FM frequencies, {ch} a DAB+ block, {am} an AM one
    "de": (
        (
            "So empfangen Sie uns: UKW {f} MHz ({c}) · {f2} MHz ({c2}) · DAB+ Kanal {ch} · Livestream"
            " und App",
            "Empfang über Satellit: Astra 19,2° Ost · {ghz} GHz · {pol} · SR 22.000 · FEC 5/6",
        ),
        ("Hannover", "Kassel", "Göttingen", "Osnabrück", "Leipzig", "Erfurt", "Würzburg", "Regensburg"),
    ),
    "en": (
        (
            "Listen live: {f} FM {c} · {f2} FM {c2} · DAB · on smart speakers, just ask for us by name",
            "Tune in: {call} {f} FM / {am} AM · {c} · Stream us on the web or in our app",
        ),
        ("Leeds", "Bristol", "Norwich", "Exeter", "Dayton", "Spokane", "Tulsa", "Fresno"),
    ),
    "fr": (
        ("Écoutez-nous : {c} {f} FM · {c2} {f2} FM · DAB+ · en direct sur l'appli",),
        ("Rennes", "Angers", "Brest", "Limoges", "Nancy", "Dijon", "Pau", "Nîmes"),
    ),
    "es": (
        ("Escúchanos en: {c} {f} FM · {c2} {f2} FM · {am} AM · y en directo en la app",),
        ("Valladolid", "Zaragoza", "Murcia", "Oviedo", "Vigo", "Granada", "Badajoz", "Pamplona"),
    ),
    "it": (
        ("Ascoltaci: {c} FM {f} · {c2} FM {f2} · DAB+ · in streaming sul sito e sull'app",),
        ("Bergamo", "Brescia", "Padova", "Lecce", "Modena", "Salerno", "Perugia", "Udine"),
    ),
    "pt": (
        ("Sintonize: {c} FM {fc} MHz · {c2} FM {f2c} MHz · ouça ao vivo no site",),
        ("Campinas", "Curitiba", "Recife", "Goiânia", "Belém", "Florianópolis", "Natal", "Londrina"),
    ),
    "nl": (
        ("Luister naar ons via FM {f} ({c}), {f2} ({c2}) en DAB+ kanaal {ch}",),
        ("Zwolle", "Groningen", "Breda", "Arnhem", "Leeuwarden", "Maastricht", "Enschede"),
    ),
    "pl": (
        ("Słuchaj nas: {c} {fc} FM · {c2} {f2c} FM · DAB+ · online",),
        ("Rzeszów", "Olsztyn", "Kielce", "Opole", "Toruń", "Białystok", "Lublin", "Koszalin"),
    ),
    "cs": (
        ("Naladit nás můžete: {c} {fc} FM · {c2} {f2c} FM · DAB+ · online",),
        ("Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "Zlín", "Jihlava", "Pardubice"),
    ),
    "ru": (
        ("Слушайте нас: {c} — {f} FM, {c2} — {f2} FM · онлайн-трансляция на сайте",),
        ("Казань", "Самара", "Пермь", "Воронеж", "Уфа", "Тюмень", "Иркутск", "Омск"),
    ),
    "uk": (
        ("Слухайте нас: {c} — {f} FM, {c2} — {f2} FM · онлайн на сайті",),
        ("Вінниця", "Полтава", "Житомир", "Черкаси", "Тернопіль", "Рівне", "Луцьк"),
    ),
    "el": (
        ("Ακούστε μας στους {f} ({c}) και {f2} ({c2}) · Ζωντανά στο διαδίκτυο",),
        ("Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος", "Ιωάννινα", "Καλαμάτα"),
    ),
    "tr": (
        ("Bizi dinleyin: {c} FM {f} · {c2} FM {f2} · canlı yayın sitemizde",),
        ("Eskişehir", "Kayseri", "Samsun", "Trabzon", "Denizli", "Malatya", "Konya"),
    ),
    "ar": (
        (
            "استمعوا إلينا على: {f} FM ({c}) · {f2} FM ({c2}) · البث المباشر عبر الموقع",
            "تردد القناة على نايل سات: {mhz} · الاستقطاب {pol_ar} · معدل الترميز 27500",
        ),
        ("الإسكندرية", "المنصورة", "أسيوط", "طنطا", "الزقازيق", "أسوان", "بورسعيد"),
    ),
    "he": (
        ("האזינו לנו ב-{f} FM ב{c} וב-{f2} FM ב{c2} · שידור חי באתר",),
        ("חיפה", "באר שבע", "אשדוד", "נתניה", "עפולה", "אילת", "טבריה"),
    ),
    "hi": (
        ("सुनिए हमें: {c} एफएम {f} · {c2} एफएम {f2} · ऑनलाइन लाइव",),
        ("लखनऊ", "जयपुर", "भोपाल", "पटना", "इंदौर", "कानपुर", "वाराणसी"),
    ),
    "th": (
        ("รับฟังได้ทาง FM {f} MHz ({c}) และ FM {f2} MHz ({c2}) · ฟังสดออนไลน์",),
        ("เชียงใหม่", "ขอนแก่น", "หาดใหญ่", "นครราชสีมา", "อุดรธานี", "ภูเก็ต"),
    ),
    "ja": (
        ("放送周波数：{c} FM {f}MHz／{c2} FM {f2}MHz・radikoでも配信中",),
        ("札幌", "仙台", "新潟", "金沢", "静岡", "広島", "福岡", "那覇"),
    ),
    "ko": (
        ("주파수 안내: {c} FM {f}MHz · {c2} FM {f2}MHz · 온에어 라이브",),
        ("서울", "부산", "대구", "광주", "대전", "울산", "전주", "청주"),
    ),
    "zh": (
        ("收听频率：{c}FM{f}　{c2}FM{f2}　网络直播同步收听",),
        ("北京", "上海", "广州", "成都", "武汉", "西安", "杭州", "南京"),
    ),
}


def _fm(rnd: random.Random) -> float:
    return rnd.randint(875, 1079) / 10


def frequencies_box(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(FREQUENCIES))
    templates, cities = FREQUENCIES[lang]
    c, c2 = rnd.sample(cities, 2)
    f, f2 = _fm(rnd), _fm(rnd)
    comma = lang == "de"
    return rnd.choice(templates).format(
        c=c,
        c2=c2,
        f=_dec(f, 1, comma),
        f2=_dec(f2, 1, comma),
        fc=_dec(f, 1, True),
        f2c=_dec(f2, 1, True),
        ch=f"{rnd.randint(5, 12)}{rnd.choice('ABCD')}",
        am=rnd.randrange(540, 1610, 10),
        call=rnd.choice("KW") + "".join(rnd.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3)),
        ghz=_dec(rnd.randint(10700, 12750) / 1000, 3, True),
        pol=rnd.choice(("horizontal", "vertikal")),
        mhz=rnd.randint(10700, 12750),
        pol_ar=rnd.choice(("أفقي", "رأسي")),
    )


# ---------------------------------------------------------------- registration or licence footer (end)
_EDITORS = {
    "de": ("Katrin Hoffmann", "Stefan Brandt", "Julia Wenzel", "Matthias Krüger", "Andrea Schulte"),
    "en": ("Sarah Whitcombe", "David Ellery", "Fiona Marsh", "Graham Holt"),
    "it": ("Giulia Bianchi", "Marco Esposito", "Francesca Romano", "Paolo Ferri"),
    "es": ("Lucía Fernández", "Javier Romero", "Marta Castillo"),
    "fr": ("Claire Dubois", "Julien Martin", "Sophie Lefèvre"),
    "pl": ("Tomasz Nowak", "Agnieszka Wójcik", "Piotr Zieliński"),
    "cs": ("Jana Dvořáková", "Petr Svoboda", "Martin Novotný"),
    "ru": ("Смирнов И. А.", "Кузнецова Е. В.", "Волков Д. С.", "Орлова Н. П."),
    "uk": ("Олександр Мельник", "Андрій Бондаренко", "Сергій Ткаченко"),
    "el": ("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Δημήτρης Οικονόμου"),
    "tr": ("Mehmet Yılmaz", "Ayşe Demir", "Emre Kaya"),
    "ar": ("محمد عبد الله", "أحمد السيد", "خالد المصري"),
    "he": ("יוסי כהן", "מיכל לוי", "אבי מזרחי"),
    "hi": ("राजेश शर्मा", "सुनील वर्मा", "अनिल त्रिपाठी"),
    "vi": ("Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn"),
    "id": ("Budi Santoso", "Siti Rahmawati", "Agus Wijaya"),
    "ko": ("김민수", "이정훈", "박지영", "최성호"),
    "th": ("สมชาย ใจดี", "วิภาวรรณ ศรีสุข", "ประเสริฐ แก้วมณี"),
}
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _footer_de(rnd: random.Random, ed: str) -> str:
    city, plz = rnd.choice(
        (
            ("Hannover", "30159"),
            ("Augsburg", "86150"),
            ("Kassel", "34117"),
            ("Bielefeld", "33602"),
            ("Mainz", "55116"),
            ("Rostock", "18055"),
        )
    )
    street = rnd.choice(("Hauptstraße", "Bahnhofstraße", "Am Markt", "Pressehausstraße", "Zeitungsplatz"))
    return rnd.choice(
        (
            f"Verantwortlich i.S.d. § 18 Abs. 2 MStV: {ed}, {street} {rnd.randint(1, 120)}, {plz} {city} ·"
            f" Registergericht: Amtsgericht {city}, HRB {rnd.randint(1000, 99999)} · USt-IdNr.:"
            f" DE{_nums(rnd, 9)}",
            f"{city}er Verlagsgesellschaft mbH & Co. KG · Sitz {city} · Registergericht {city} HRA"
            f" {rnd.randint(1000, 99999)} · Geschäftsführer: {ed}",
        )
    )


def _footer(lang: str, rnd: random.Random) -> str:
    ed = rnd.choice(_EDITORS.get(lang, ("",)))
    when = _day(rnd, date(1995, 1, 1), 9000)
    dd, mm, y = f"{when.day:02d}", f"{when.month:02d}", when.year
    if lang == "de":
        return _footer_de(rnd, ed)
    if lang == "zh":
        p, code = rnd.choice(
            (
                ("京", "11010"),
                ("沪", "31010"),
                ("粤", "44010"),
                ("浙", "33010"),
                ("苏", "32010"),
                ("鄂", "42010"),
                ("川", "51010"),
            )
        )
        return rnd.choice(
            (
                f"{p}ICP备{_nums(rnd, 8)}号-{rnd.randint(1, 9)}　{p}公网安备 {code}{_nums(rnd, 9)}号"
                f"　互联网新闻信息服务许可证：{_nums(rnd, 11)}",
                f"{p}ICP证{_nums(rnd, 6)}号　违法和不良信息举报电话：0{rnd.randint(10, 29)}-{_nums(rnd, 8)}"
                f"　{p}公网安备 {code}{_nums(rnd, 9)}号",
            )
        )
    if lang == "ko":
        region = rnd.choice(("서울", "경기", "부산", "인천", "대구"))
        pub, chief, youth = rnd.sample(_EDITORS["ko"], 3)
        return (
            f"등록번호: {region} 아 {_nums(rnd, 5)} | 등록일: {y}.{mm}.{dd} | 발행인: {pub} | 편집인: {chief}"
            f" | 청소년보호책임자: {youth}"
        )
    if lang == "ru":
        name = rnd.choice(
            ("Городские вести", "Новости Прикамья", "Вечерний Екатеринбург", "Сибирский курьер")
        )
        return (
            f"Сетевое издание «{name}». Свидетельство о регистрации СМИ Эл № ФС77-{_nums(rnd, 5)}"
            f" от {dd}.{mm}.{y}, выдано Роскомнадзором. Главный редактор: {ed}."
            f" {rnd.choice(('12+', '16+', '18+'))}"
        )
    if lang == "uk":
        name = rnd.choice(("Новини Поділля", "Житомирська хвиля", "Волинь сьогодні", "Полтавщина"))
        return f"Онлайн-медіа «{name}» · Ідентифікатор медіа R40-{_nums(rnd, 5)} · Головний редактор: {ed}"
    if lang == "it":
        city, cap = rnd.choice(
            (("Bergamo", "24121"), ("Padova", "35122"), ("Lecce", "73100"), ("Udine", "33100"))
        )
        return (
            f"Editoriale {city} S.p.A. – Sede legale: Via Roma {rnd.randint(1, 90)}, {cap} {city} – P.IVA"
            f" {_nums(rnd, 11)} – Registrazione Tribunale di {city} n. {rnd.randint(1, 60)} del {dd}/{mm}/{y}"
            f" – Direttore responsabile: {ed}"
        )
    if lang == "es":
        city, dl = rnd.choice(
            (
                ("Madrid", "M"),
                ("Barcelona", "B"),
                ("Valencia", "V"),
                ("Sevilla", "SE"),
                ("Bilbao", "BI"),
                ("Zaragoza", "Z"),
            )
        )
        return (
            f"Ediciones {city} S.L. · CIF B{_nums(rnd, 8)} · Inscrita en el Registro Mercantil de {city},"
            f" Tomo {rnd.randint(1000, 40000)}, Folio {rnd.randint(1, 220)}, Hoja"
            f" {dl}-{rnd.randint(1000, 600000)} · Depósito legal: {dl} {rnd.randint(100, 40000)}-{y}"
        )
    if lang == "fr":
        city = rnd.choice(("Rennes", "Lyon", "Bordeaux", "Lille", "Nantes", "Strasbourg"))
        capital = f"{rnd.randint(2, 900) * 1000:,}".replace(",", "\u202f")
        return (
            f"Société d'édition de {city} SAS au capital de {capital} € · RCS {city}"
            f" {_nums(rnd, 3)} {_nums(rnd, 3)} {_nums(rnd, 3)} · Directeur de la publication : {ed} · CPPAP"
            f" {_nums(rnd, 4)} W {_nums(rnd, 5)} · ISSN {_nums(rnd, 4)}-{_nums(rnd, 4)}"
        )
    if lang == "pt":
        if rnd.random() < 0.5:
            return (
                f"Editora Jornal do Interior Ltda. · CNPJ {_nums(rnd, 2)}.{_nums(rnd, 3)}."
                f"{_nums(rnd, 3)}/0001-{_nums(rnd, 2)} · Rua"
                f" {rnd.choice(('XV de Novembro', 'Sete de Setembro', 'Tiradentes'))},"
                f" {rnd.randint(10, 2400)} – Centro · CEP {_nums(rnd, 5)}-{_nums(rnd, 3)}"
            )
        return (
            f"Registo na ERC n.º {_nums(rnd, 6)} · Depósito Legal n.º {_nums(rnd, 6)}/{_nums(rnd, 2)} ·"
            f" NIPC {_nums(rnd, 9)}"
        )
    if lang == "pl":
        city = rnd.choice(("Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź"))
        capital = f"{rnd.randint(5, 900) * 1000:,}".replace(",", "\u00a0")
        return (
            f"Wydawca: Media Regionalne Sp. z o.o., ul. Długa {rnd.randint(1, 80)},"
            f" {_nums(rnd, 2)}-{_nums(rnd, 3)} {city} · KRS {_nums(rnd, 10)} · NIP"
            f" {_nums(rnd, 3)}-{_nums(rnd, 3)}-{_nums(rnd, 2)}-{_nums(rnd, 2)}"
            f" · Kapitał zakładowy: {capital} zł"
        )
    if lang == "cs":
        return (
            f"Vydavatel: Regionální média a.s., IČO {_nums(rnd, 8)}, zapsaná v obchodním rejstříku vedeném"
            f" Městským soudem v Praze, oddíl B, vložka {rnd.randint(1000, 28000)} · Evidenční číslo MK ČR E"
            f" {rnd.randint(10000, 24999)}"
        )
    if lang == "el":
        return (
            f"Εκδοτική Βορείου Ελλάδος Α.Ε. · ΑΦΜ: {_nums(rnd, 9)} · ΔΟΥ: ΦΑΕ Θεσσαλονίκης · Αριθμός Μητρώου"
            f" Online Μέσων Ενημέρωσης: {rnd.randint(10, 9999)} · Διευθυντής: {ed}"
        )
    if lang == "tr":
        il, ilce = rnd.choice(
            (("İstanbul", "Bağcılar"), ("Ankara", "Çankaya"), ("İzmir", "Konak"), ("Bursa", "Nilüfer"))
        )
        return (
            f"Künye · Anadolu Medya Yayıncılık A.Ş. · Adres: Basın Ekspres Yolu No: {rnd.randint(1, 99)}"
            f" {ilce}/{il} · Sorumlu Yazı İşleri Müdürü: {ed} · Tel: 0{rnd.choice((212, 312, 232, 224))}"
            f" {_nums(rnd, 3)} {_nums(rnd, 2)} {_nums(rnd, 2)}"
        )
    if lang == "ar":
        authority = rnd.choice(("المجلس الأعلى لتنظيم الإعلام", "هيئة الإعلام", "وزارة الإعلام"))
        number = rnd.randint(100, 99999)
        return f"ترخيص رقم {number} صادر عن {authority} بتاريخ {dd}/{mm}/{y} – رئيس التحرير: {ed}"
    if lang == "he":
        return f'הוצאת חדשות הצפון בע"מ · ח.פ. 51-{_nums(rnd, 6)}-{_nums(rnd, 1)} · עורך ראשי: {ed}'
    if lang == "hi":
        state = rnd.choice(("UPHIN", "MPHIN", "BIHHIN", "RAJHIN", "DELHIN"))
        pub = rnd.choice([e for e in _EDITORS["hi"] if e != ed])
        return f"आरएनआई नं. {state}/{y}/{_nums(rnd, 5)} · स्वामी, मुद्रक एवं प्रकाशक: {pub} · संपादक: {ed}"
    if lang == "vi":
        return (
            f"Giấy phép hoạt động báo điện tử số {rnd.randint(10, 650)}/GP-BTTTT do Bộ Thông tin và Truyền"
            f" thông cấp ngày {dd}/{mm}/{y} · Tổng Biên tập: {ed}"
        )
    if lang == "id":
        return (
            f"PT Media Nusantara Raya · Terverifikasi Dewan Pers No."
            f" {rnd.randint(100, 1500)}/DP-Verifikasi/K/{_ROMAN[when.month - 1]}/{y} · Pemimpin Redaksi: {ed}"
        )
    if lang == "th":
        return f"บริษัท สื่อภูมิภาค จำกัด (มหาชน) · เลขทะเบียนนิติบุคคล 0{_nums(rnd, 12)} · บรรณาธิการบริหาร: {ed}"
    return (  # en: a British publisher's footer
        f"{rnd.choice(('Northern', 'Westcountry', 'Midland', 'Anglian'))} Newspapers Limited. Registered in"
        f" England and Wales No. {_nums(rnd, 8)}. Registered office: {rnd.randint(1, 99)}"
        f" {rnd.choice(('Mill Lane', 'Station Road', 'High Street'))},"
        f" {rnd.choice(('Leeds', 'Exeter', 'Derby'))}."
        f" VAT No. GB {_nums(rnd, 3)} {_nums(rnd, 4)} {_nums(rnd, 2)}"
    )


_FOOTER_LANGS = (
    "de",
    "zh",
    "ko",
    "ru",
    "uk",
    "it",
    "es",
    "fr",
    "pt",
    "pl",
    "cs",
    "el",
    "tr",
    "ar",
    "he",
    "hi",
    "vi",
    "id",
    "th",
    "en",
)


def registration_footer(rnd: random.Random) -> str:
    return _footer(rnd.choice(_FOOTER_LANGS), rnd)


# ---------------------------------------------------------------- sister-sites network line (end)
NETWORKS = {  # language: (templates, the group's titles); {sites} a few of them in the page's order
    "de": (
        ("Ein Angebot der FUNKE Mediengruppe · Unsere Portale: {sites}", "Weitere Angebote: {sites}"),
        (
            "WAZ",
            "NRZ",
            "Westfalenpost",
            "Westfälische Rundschau",
            "Berliner Morgenpost",
            "Hamburger Abendblatt",
            "Thüringer Allgemeine",
            "OTZ",
            "Braunschweiger Zeitung",
        ),
    ),
    "en": (
        ("More from Reach plc: {sites}", "Part of the Reach network: {sites}"),
        (
            "Mirror",
            "Express",
            "Manchester Evening News",
            "Liverpool Echo",
            "Daily Record",
            "Birmingham Live",
            "WalesOnline",
            "Bristol Post",
            "Chronicle Live",
        ),
    ),
    "fr": (
        ("Les sites du groupe EBRA : {sites}",),
        (
            "Le Progrès",
            "Le Dauphiné libéré",
            "L'Est républicain",
            "Vosges Matin",
            "Le Bien public",
            "Le Journal de Saône-et-Loire",
            "L'Alsace",
            "Le Républicain lorrain",
            "DNA",
        ),
    ),
    "es": (
        ("Otros medios de Vocento: {sites}",),
        (
            "ABC",
            "El Correo",
            "El Diario Vasco",
            "La Verdad",
            "Ideal",
            "Sur",
            "Las Provincias",
            "El Norte de Castilla",
            "Hoy",
            "La Rioja",
            "El Comercio",
        ),
    ),
    "it": (
        ("I siti del Gruppo: {sites}",),
        (
            "la Repubblica",
            "La Stampa",
            "Il Secolo XIX",
            "HuffPost Italia",
            "Limes",
            "Le Scienze",
            "National Geographic Italia",
            "Radio Deejay",
        ),
    ),
    "nl": (
        ("Ook van DPG Media: {sites}",),
        (
            "AD",
            "de Volkskrant",
            "Trouw",
            "Het Parool",
            "Tubantia",
            "BN DeStem",
            "PZC",
            "de Gelderlander",
            "Eindhovens Dagblad",
            "De Stentor",
        ),
    ),
    "pl": (
        ("Serwisy Polska Press Grupa: {sites}",),
        (
            "Gazeta Krakowska",
            "Dziennik Bałtycki",
            "Dziennik Łódzki",
            "Gazeta Wrocławska",
            "Głos Wielkopolski",
            "Express Bydgoski",
            "Kurier Lubelski",
            "Dziennik Zachodni",
        ),
    ),
    "cs": (
        ("Další weby vydavatelství: {sites}",),
        (
            "Deník.cz",
            "Brněnský deník",
            "Pražský deník",
            "Plzeňský deník",
            "Kladenský deník",
            "Liberecký deník",
            "Ostravský deník",
        ),
    ),
    "ru": (
        ("Другие проекты холдинга: {sites}",),
        ("Лента.ру", "Газета.Ru", "Чемпионат", "Афиша", "Секрет фирмы", "Рамблер/новости", "Сноб"),
    ),
    "el": (
        ("Ο όμιλος: {sites}",),
        ("Το Βήμα", "Τα Νέα", "in.gr", "ot.gr", "Βήμα της Κυριακής", "tanea.gr", "vimaonline.gr"),
    ),
    "tr": (
        ("Grubumuzun diğer siteleri: {sites}",),
        ("Hürriyet", "Milliyet", "Posta", "Fanatik", "CNN Türk", "Kanal D", "Hürriyet Emlak", "Arabam.com"),
    ),
    "ar": (
        ("مواقع شقيقة: {sites}",),
        ("الشرق الأوسط", "الاقتصادية", "سيدتي", "عرب نيوز", "الرجل", "اندبندنت عربية", "مانجا العربية"),
    ),
    "he": (
        ("אתרי הקבוצה: {sites}",),
        ("ynet", "כלכליסט", "פנאי פלוס", "לאשה", "ynetnews", "מנטה", "ידיעות אחרונות"),
    ),
    "hi": (
        ("हमारी अन्य वेबसाइटें: {sites}",),
        ("जागरण", "नई दुनिया", "जागरण जोश", "मिड-डे", "इंकलाब", "पंजाबी जागरण", "विश्वास न्यूज़"),
    ),
    "ja": (
        ("グループサイト：{sites}",),
        (
            "日本経済新聞",
            "日経ビジネス",
            "日経クロステック",
            "日経ヴェリタス",
            "NIKKEI Asia",
            "日経MJ",
            "日経ウーマン",
        ),
    ),
    "ko": (
        ("패밀리 사이트: {sites}",),
        ("조선일보", "조선비즈", "TV조선", "스포츠조선", "헬스조선", "월간조선", "주간조선"),
    ),
    "zh": (
        ("旗下网站：{sites}",),
        ("南方日报", "南方都市报", "21世纪经济报道", "南方周末", "南方+", "南方农村报", "南方杂志"),
    ),
    "th": (
        ("เครือมติชน: {sites}",),
        ("มติชน", "ข่าวสด", "ประชาชาติธุรกิจ", "เส้นทางเศรษฐี", "มติชนสุดสัปดาห์", "เทคโนโลยีชาวบ้าน", "ศิลปวัฒนธรรม"),
    ),
}
_NETWORK_SEPARATORS = (" · ", " | ", " | ", ", ", " • ", " ")


def network_line(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(NETWORKS))
    templates, titles = NETWORKS[lang]
    sep = rnd.choice(_NETWORK_SEPARATORS)
    if lang in ("zh", "ja"):
        sep = rnd.choice(("　", "｜", " | "))
    sites = sep.join(rnd.sample(titles, rnd.randint(4, min(7, len(titles)))))
    return rnd.choice(templates).format(sites=sites)


# ---------------------------------------------------------------- page-generation statistics footer (end)
RENDER_STATS = {  # {s} seconds, {q} database queries, {mb} memory, {node} the server, {stamp} the clock
    "en": (
        "Page generated in {s} seconds. {q} queries.",
        "Page generated in {s}s · {q} database queries · Memory: {mb} MB · Server: {node}",
    ),
    "zh": (
        "GMT+8, {stamp} , Processed in {s6} second(s), {q} queries .",
        "页面执行时间 {s} 秒，数据库查询 {q} 次",
    ),
    "ru": (
        "Страница сгенерирована за {s} сек. Запросов к БД: {q}.",
        "Время генерации страницы: {s} с · запросов к БД: {q} · память: {mb} МБ",
    ),
    "de": ("Seite generiert in {s} Sekunden · {q} Datenbankabfragen · Server {node}",),
    "fr": ("Page générée en {s} secondes · {q} requêtes SQL",),
    "es": ("Página generada en {s} segundos · {q} consultas a la base de datos",),
    "it": ("Pagina generata in {s} secondi · {q} query",),
    "pt": ("Página gerada em {s} segundos · {q} consultas ao banco de dados",),
    "pl": ("Strona wygenerowana w {s} s · zapytań do bazy: {q}",),
    "cs": ("Stránka vygenerována za {s} s · počet dotazů do databáze: {q}",),
    "tr": ("Sayfa {s} saniyede oluşturuldu · {q} sorgu",),
    "el": ("Η σελίδα δημιουργήθηκε σε {s} δευτερόλεπτα · {q} ερωτήματα στη βάση δεδομένων",),
    "uk": ("Сторінку згенеровано за {s} с · запитів до БД: {q}",),
    "ar": ("تم إنشاء الصفحة في {s} ثانية · {q} استعلامًا",),
    "he": ("הדף נוצר תוך {s} שניות · {q} שאילתות",),
    "hi": ("पेज {s} सेकंड में जेनरेट हुआ · {q} क्वेरी",),
    "th": ("ประมวลผลหน้านี้ใน {s} วินาที · คิวรี {q} ครั้ง",),
    "ja": ("ページ生成時間：{s}秒　クエリ数：{q}",),
    "ko": ("페이지 생성 시간: {s}초 · 쿼리 {q}개",),
}


def render_stats(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(RENDER_STATS))
    seconds = rnd.uniform(0.008, 2.6)
    when = _day(rnd)
    return rnd.choice(RENDER_STATS[lang]).format(
        s=_dec(seconds, rnd.choice((3, 4)), lang in _COMMA_LANGS),
        s6=f"{seconds:.6f}",
        q=rnd.randint(4, 180),
        mb=_dec(rnd.uniform(2, 96), 2, lang in _COMMA_LANGS),
        node=f"{rnd.choice(('web', 'app', 'fe', 'www'))}{rnd.randint(1, 24):02d}",
        stamp=f"{when.year}-{when.month}-{when.day} {rnd.randrange(24):02d}:{rnd.randrange(60):02d}",
    )


# ---------------------------------------------------------------- defects in other fields
_SOFT_HYPHEN, _ZERO_WIDTH = "\u00ad", "\u200b"


_VOWELS = frozenset("aeiouyäöüéèêáàíóúåæøœąęůěаеёиоуыэюяіїєαεηιουω")


def _hyphenate(word: str, rnd: random.Random) -> str:
    """Soft hyphens at one to three syllable breaks of ``word`` (before a consonant that a vowel follows,
    two letters at least on each side), as a CMS's hyphenation filter puts them."""
    low = word.lower()
    breaks = [
        p
        for p in range(2, len(word) - 2)
        if low[p] not in _VOWELS
        and low[p + 1] in _VOWELS
        and low[p - 1] in _VOWELS | {"r", "n", "l", "s", "t"}
    ]
    points: list[int] = []
    for p in rnd.sample(breaks, len(breaks)):
        if len(points) < rnd.randint(1, 3) and all(abs(p - q) >= 3 for q in points):
            points.append(p)
    if not points:
        points = [len(word) // 2]
    out: list[str] = []
    last = 0
    for p in sorted(points):
        out.append(word[last:p])
        last = p
    out.append(word[last:])
    return _SOFT_HYPHEN.join(out)


def invisible_title(case: Case, rnd: random.Random) -> Case | None:
    """The headline with the invisible characters its HTML carried (``&shy;`` for the layout's line breaks,
    zero-width spaces pasted in the CMS), kept by the extractor as characters."""
    title = case.record.get("title")
    if not title:
        return None
    long_words = [m for m in re.finditer(r"[^\W\d_]{8,}", title) if " " in title]
    if long_words:
        picked = rnd.sample(long_words, min(len(long_words), rnd.randint(1, 3)))
        new: list[str] = []
        last = 0
        for m in sorted(picked, key=lambda m: m.start()):
            new += [title[last : m.start()], _hyphenate(m.group(), rnd)]
            last = m.end()
        new.append(title[last:])
        changed = "".join(new)
        if rnd.random() < 0.3:
            changed += _ZERO_WIDTH
    else:  # no long word (or no spaces, as in Chinese or Japanese): zero-width spaces between characters
        cuts = [i for i in range(1, len(title)) if not title[i - 1].isspace() and not title[i].isspace()]
        if not cuts:
            return None
        at_ = sorted(rnd.sample(cuts, min(len(cuts), rnd.randint(1, 4))), reverse=True)
        changed = title
        for i in at_:
            changed = changed[:i] + _ZERO_WIDTH + changed[i:]
    return _with(case, title=changed) if changed != title else None


def day_month_swapped(case: Case, rnd: random.Random) -> Case | None:
    """The date as a parser reads a ``04/03/2021`` stamp the other way round: the day and the month swapped
    (only where both are 12 or less and differ, as such a parser would give)."""
    published = case.record.get("published")
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    if not published or not m:
        return None
    month, day = int(m.group(2)), int(m.group(3))
    if day > 12 or day == month:
        return None
    return _with(case, published=f"{m.group(1)}-{day:02d}-{month:02d}{published[10:]}")


_GIVEN_FAMILY = {  # the record's language: names as (given name, surname)
    "de": (("Katharina", "Vogel"), ("Jan-Philipp", "Hein"), ("Ulrike", "Baumgärtner"), ("Florian", "Eder")),
    "fr": (("Anne-Sophie", "Mercier"), ("Olivier", "Perrin"), ("Camille", "Rousseau")),
    "es": (("Lucía", "García López"), ("Javier", "Martín Ruiz"), ("Carmen", "Navarro")),
    "it": (("Giulia", "Bianchi"), ("Matteo", "De Luca"), ("Chiara", "Colombo")),
    "pt": (("Ana Paula", "Souza"), ("Rodrigo", "Almeida"), ("Fernanda", "Lima")),
    "ru": (("Анна", "Смирнова"), ("Дмитрий", "Волков"), ("Екатерина", "Орлова")),
    "en": (("Jane", "Miller"), ("Robert", "Whitfield"), ("Hannah", "Brennan"), ("Marcus", "Okafor")),
}


def split_author(case: Case, rnd: random.Random) -> Case | None:
    """One author printed "Surname, Given name" in the byline, split at the comma as if two authors were
    listed: the surname and the given name as two entries."""
    written = [a for a in case.record.get("authors") or [] if isinstance(a, str) and len(a.split()) >= 2]
    lang = guess_language(case)
    if written:
        others, name = written, rnd.choice(written)
        parts = name.split()
        given, family = " ".join(parts[:-1]), parts[-1]
    else:
        pool = list(_GIVEN_FAMILY.get(lang, _GIVEN_FAMILY["en"]))
        pool += [(n.split()[0], n.split()[-1]) for n in _NAMES if len(n.split()) == 2 and n != "Li Wei"]
        given, family = rnd.choice(pool)
        name = f"{given} {family}"
        others = [name]
        if rnd.random() < 0.3:
            second = rnd.choice([n for n in _NAMES if n != name])
            others = [name, second] if rnd.random() < 0.5 else [second, name]
    i = others.index(name)
    return _with(case, authors=[*others[:i], family, given, *others[i + 1 :]])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "series box with its part counter (start)": record_only(at(once(series_box), "start")),
        "web cache or web archive snapshot banner (start)": record_only(placed(snapshot_banner, "start")),
        "print edition's holiday schedule notice (start)": record_only(at(once(print_schedule), "start")),
        "enlarge-image link with the picture's size (middle)": record_only(at(once(enlarge_link), "middle")),
        "scheduled-maintenance notice (middle)": record_only(at(once(maintenance_notice), "middle")),
        "river water-level box (middle)": record_only(at(once(gauge_box), "middle")),
        "broadcaster's frequencies box (middle)": record_only(at(once(frequencies_box), "middle")),
        "publisher's registration or licence footer (end)": record_only(at(once(registration_footer), "end")),
        "sister-sites line of a publishing group (end)": record_only(at(once(network_line), "end")),
        "page-generation statistics footer (end)": record_only(at(once(render_stats), "end")),
    }
    title = frozenset(
        {
            "schema",
            "title.not_a_headline",
            "title.markup_leak",
            "title.mojibake",
            "title.too_long",
            "title.truncated",
            "title.doubled",
            "body.title_mismatch",
        }
    )
    fields: Kinds = {
        "soft hyphens and zero-width spaces left in the title": (record_only(invisible_title), title),
        "the date's day and month swapped": (
            record_only(day_month_swapped),
            # date.swapped (session 19) and date.url_mismatch (session 20) came after the first run
            DATE_CHECKS,
        ),
        "one author's name split at its comma into two entries": (
            record_only(split_author),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (sixteenth set)", "sixteenth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
