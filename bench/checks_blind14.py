"""A fourteenth blind set for issue 9, written by a helper in session 19 whose lines the lead did not see,
committed unread and run once on the code of ``76e9420``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a box or widget of a real news template, with its variable parts (names,
  saints, stations, songs, places, counts, films, cinemas, teams, odds, bookmakers, postcodes, amounts,
  rates, campaigns, signatures, pharmacies, streets, phone numbers, magnitudes, depths, years, events)
  drawn per record: a name-day widget ("Dziś jest wtorek, 5 marca 2024, imieniny Adriana i Fryderyka",
  "Γιορτάζουν σήμερα ..."), a radio station's now-playing box ("Jetzt läuft: ... – ...") and a COVID-19
  dashboard box ("Corona in Bayern: 7-Tage-Inzidenz ...", "코로나19 신규 확진자 ...명") at the start; a
  cinema's showtimes box ("Kinoprogramm ...: „...“ – 17:30, 20:15 Uhr"), a betting-odds box with its
  gambling notice ("Cotes ... : 2.10 / 3.40 / 3.25 · Pariez sur Winamax"), a price-comparison or loan
  calculator widget ("Stromvergleich: PLZ ... · Verbrauch ... kWh/Jahr") and a petition embed with its
  signature count ("12,345 have signed. Let's get to 15,000!", "[국민청원] ... 동의 ...명") in the middle;
  and at the end a pharmacies-on-duty box ("Farmacias de guardia hoy en ...", "nöbetçi eczaneler"), an
  earthquake feed ("Son depremler", "地震情報", "Info Gempa Terkini BMKG") and an "on this day" box
  ("Tarihte bugün", "今日は何の日", "היום בהיסטוריה"), in English, German, French, Spanish, Italian,
  Portuguese, Dutch, Polish, Czech, Slovak, Hungarian, Romanian, Croatian, Swedish, Finnish, Latvian,
  Lithuanian, Turkish, Indonesian, Russian, Ukrainian, Bulgarian, Greek, Hebrew, Arabic, Persian, Hindi,
  Thai, Chinese, Japanese and Korean;
* defects in other fields: a video badge with its running time run onto the end of the title ("Headline
  Video 2:31", "Headline ▶ 01:45"), a two-digit year read into the wrong century as the date
  ("0024-03-04T10:12:00+01:00", "1924-03-04"), and the structured data's author object kept as text in
  the authors ("{'@type': 'Person', 'name': 'Jane Miller'}", "[object Object]").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind14.py --corpus ../shared/corpus
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import AUTHOR_CHECKS, DATE_CHECKS, Kinds, at, guess_language, spread
from checks_defects import _NAMES, Case, Defect, _with, record_only

# ---------------------------------------------------------------- shared drawing helpers
_COMMA_DECIMAL = frozenset(
    [
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "nl",
        "pl",
        "ru",
        "uk",
        "tr",
        "el",
        "cs",
        "sk",
        "hu",
        "ro",
        "id",
        "bg",
        "hr",
        "lt",
        "lv",
        "sv",
        "fi",
    ]
)
_GROUP = {
    "en": ",",
    "de": ".",
    "es": ".",
    "it": ".",
    "pt": ".",
    "nl": ".",
    "tr": ".",
    "el": ".",
    "id": ".",
    "ro": ".",
    "fr": "\u202f",
    "ru": "\u00a0",
    "uk": "\u00a0",
    "pl": "\u00a0",
    "cs": "\u00a0",
    "sk": "\u00a0",
    "hu": "\u00a0",
    "sv": "\u00a0",
    "fi": "\u00a0",
    "bg": "\u00a0",
}
_FA_DIGITS = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")


def _int(n: int, lang: str) -> str:
    """``n`` with the thousands grouping a page in ``lang`` prints."""
    if lang == "hi" and n >= 100000:
        head, tail = str(n)[:-3], str(n)[-3:]
        pairs = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        return ",".join([head, *pairs, tail])
    if lang in ("es", "pl") and n < 10000:
        return str(n)
    return f"{n:,}".replace(",", _GROUP.get(lang, ","))


def _dec(x: float, lang: str, places: int = 1) -> str:
    s = f"{x:.{places}f}"
    return s.replace(".", ",") if lang in _COMMA_DECIMAL else s


def _money(x: float, lang: str) -> str:
    """An amount with its cents, grouped as a page in ``lang`` prints it."""
    cents = round(x * 100)
    return f"{_int(cents // 100, lang)}{',' if lang in _COMMA_DECIMAL else '.'}{cents % 100:02d}"


def _clock(rnd: random.Random, lo: int = 0, hi: int = 23) -> tuple[int, int]:
    return rnd.randint(lo, hi), rnd.randrange(60)


def _day(rnd: random.Random, first: date = date(2016, 1, 1), last: date = date(2024, 10, 31)) -> date:
    return first + timedelta(days=rnd.randrange((last - first).days + 1))


def _phone(rnd: random.Random, *groups: int) -> str:
    return " ".join("".join(str(rnd.randint(0, 9)) for _ in range(g)) for g in groups)


_MONTHS = {  # the form a day's date takes after the day's number
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta"
    " syyskuuta lokakuuta marraskuuta joulukuuta",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου"
    " Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
}
_WEEKDAYS = {  # Monday first
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "lt": "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя",
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή",
}


def _month(lang: str, d: date) -> str:
    return _MONTHS[lang].split()[d.month - 1]


def _weekday(lang: str, d: date) -> str:
    return _WEEKDAYS[lang].split()[d.weekday()]


def _short_date(lang: str, d: date) -> str:
    """``d`` as a box's header prints it, in figures."""
    if lang in ("ja", "zh"):
        return f"{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.month}월 {d.day}일"
    if lang == "en":
        return f"{d.month}/{d.day}/{d.year}"
    if lang in ("de", "ru", "tr", "pl", "cs", "el", "he"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang == "th":
        return f"{d.day} {_month('th', d)} {d.year + 543}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# ---------------------------------------------------------------- name-day widget (start)
NAME_DAYS = {  # language: (templates, names for {a} {b} {c}); {wd} weekday, {d} day, {m} month, {y} year
    "pl": (
        (
            "Dziś jest {wd}, {d} {mon} {y}, imieniny {a} i {b}",
            "Imieniny: {a}, {b} | Jutro: {c}",
            "{Wd}, {d} {mon} {y} · Imieniny obchodzą: {a}, {b}",
        ),
        ("Kazimierza", "Łucji", "Adriana", "Fryderyka", "Teresy", "Wojciecha", "Zofii", "Józefa", "Agaty"),
    ),
    "cs": (
        (
            "Dnes je {wd} {d}. {m}. {y}, svátek má {a}.",
            "Svátek dnes: {a} · zítra: {c}",
            "{Wd} {d}. {mon} – svátek slaví {a}",
        ),
        ("Miroslav", "Kazimír", "Zdeněk", "Radmila", "Blažej", "Veronika", "Alžběta", "Václav", "Ludmila"),
    ),
    "sk": (
        ("Dnes je {wd}, {d}. {mon} {y}. Meniny má {a}, zajtra {c}.", "Meniny: {a} · Zajtra: {c}"),
        ("Fridrich", "Radoslava", "Katarína", "Jozef", "Ľubomír", "Zuzana", "Dobroslav", "Marianna"),
    ),
    "hu": (
        ("{y}. {mon} {d}., {wd} · Névnap: {a}, {b}", "Ma {a} napja van. Holnap: {c}"),
        ("Kázmér", "Adorján", "Zsófia", "Gergely", "Ilona", "Lőrinc", "Erzsébet", "Boglárka", "Tamás"),
    ),
    "el": (
        ("Γιορτάζουν σήμερα, {wd} {d} {mon}: {a}, {b}", "Ποιοι γιορτάζουν σήμερα {d} {mon} {y} – {a}, {b}"),
        ("Γεράσιμος", "Κωνσταντίνος", "Ελένη", "Γεώργιος", "Δημήτριος", "Ειρήνη", "Παρασκευή", "Νικόλαος"),
    ),
    "lv": (
        ("Šodien, {d}. {mon}, vārda dienu svin {a}, {b}", "Vārda dienas: {a}, {b} · Rīt: {c}"),
        ("Ella", "Elmīra", "Vents", "Arnis", "Līga", "Jānis", "Inese", "Māris", "Dace"),
    ),
    "lt": (
        ("Šiandien {mon} {d} d., {wd}. Vardadieniai: {a}, {b}", "Vardadienius švenčia: {a}, {b}, {c}"),
        ("Kazimieras", "Vyda", "Rimvydas", "Gintarė", "Jonas", "Ona", "Vaidas", "Aušra", "Darius"),
    ),
    "sv": (
        ("Namnsdag idag: {a} och {b}", "{Wd} {d} {mon} {y} · Namnsdag: {a}, {b}"),
        ("Ottilia", "Ottilie", "Erik", "Gustav", "Karin", "Ingrid", "Olof", "Britta", "Sven"),
    ),
    "fi": (
        ("Tänään nimipäiväänsä viettävät {a} ja {b}", "{Wd} {d}. {mon} · Nimipäivät: {a}, {b}"),
        ("Kauko", "Kalevi", "Aino", "Leena", "Mikko", "Jukka", "Tuula", "Sirpa", "Heikki"),
    ),
    "bg": (
        ("Днес е {wd}, {d} {mon} {y} г. Имен ден празнуват: {a}, {b}", "Имен ден днес: {a} и {b}"),
        ("Тодор", "Теодора", "Тошко", "Васил", "Елена", "Никола", "Димитър", "Петя", "Стоян"),
    ),
    "ru": (
        ("Именины {d} {mon}: {a}, {b}, {c}", "Сегодня {wd}, {d} {mon}. Именинники: {a}, {b}"),
        ("Вячеслав", "Марк", "Лев", "Анна", "Ирина", "Сергей", "Пётр", "Мария", "Василий"),
    ),
    "uk": (
        ("Сьогодні іменини святкують {a}, {b} та {c}", "Іменини {d} {mon}: {a}, {b}"),
        ("Лев", "Марко", "Олена", "Тарас", "Ганна", "Іван", "Оксана", "Степан", "Ярослава"),
    ),
    "hr": (
        ("Danas je {wd}, {d}. {mon} {y}. Imendan slave: {a}, {b}", "Imendan: {a} · Sutra: {c}"),
        ("Kazimir", "Ivan", "Marija", "Josip", "Ana", "Tomislav", "Vesna", "Kristijan", "Lucija"),
    ),
    "fr": (
        (
            "Aujourd'hui {wd} {d} {mon}, nous fêtons les {a}",
            "Bonne fête aux {a} ! Demain, nous fêterons les {c}.",
            "Saint du jour : {a} · {Wd} {d} {mon} {y}",
        ),
        ("Casimir", "Olive", "Rose", "Félicité", "Gabriel", "Thérèse", "Patrick", "Colette", "Guénolé"),
    ),
    "it": (
        ("Oggi è {wd} {d} {mon}, il santo del giorno è {a}", "Il santo di oggi: {a} · Domani: {c}"),
        (
            "San Casimiro",
            "San Giuseppe",
            "Santa Lucia",
            "San Francesco d'Assisi",
            "Sant'Antonio di Padova",
            "Santa Rita da Cascia",
            "San Lorenzo",
            "Santa Chiara",
        ),
    ),
    "es": (
        ("Santoral de hoy, {d} de {mon}: {a}", "Santo del día: {a}. Mañana, {c}"),
        (
            "San Casimiro",
            "San José",
            "Santa Teresa de Jesús",
            "San Isidro Labrador",
            "Santa Lucía",
            "San Fermín",
            "Santiago Apóstol",
        ),
    ),
    "de": (
        ("Heute ist {wd}, der {d}. {mon} {y}. Namenstag haben: {a}, {b}", "Namenstag heute: {a}, {b}"),
        ("Kasimir", "Friedrich", "Josef", "Rosa", "Leopold", "Mechthild", "Gertrud", "Benedikt", "Hedwig"),
    ),
}


def name_day(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(NAME_DAYS))
    templates, names = NAME_DAYS[lang]
    a, b, c = rnd.sample(names, 3)
    d = _day(rnd)
    wd = _weekday(lang, d) if lang in _WEEKDAYS else ""
    mon = _month(lang, d) if lang in _MONTHS else ""
    return rnd.choice(templates).format(
        wd=wd, Wd=wd[:1].upper() + wd[1:], d=d.day, m=d.month, mon=mon, y=d.year, a=a, b=b, c=c
    )


# ---------------------------------------------------------------- radio station's now-playing box (start)
_HITS = (
    ("Coldplay", "Yellow"),
    ("Dua Lipa", "Houdini"),
    ("Ed Sheeran", "Perfect"),
    ("Adele", "Easy On Me"),
    ("Harry Styles", "As It Was"),
    ("Taylor Swift", "Cruel Summer"),
    ("The Weeknd", "Blinding Lights"),
    ("Miley Cyrus", "Flowers"),
    ("Sabrina Carpenter", "Espresso"),
    ("Rag'n'Bone Man", "Human"),
)
RADIO = {  # language: (templates, stations, local hits, shows with hosts); {t} time, {s} station
    "de": (
        (
            "{t} Uhr · Jetzt läuft: {artist} – {song}",
            "{s} · Jetzt im Radio: {artist} mit „{song}“ · Livestream starten",
            "On Air: {show} · Zuletzt gespielt ({t} Uhr): {artist} – {song}",
        ),
        ("ANTENNE BAYERN", "SWR3", "1LIVE", "NDR 2", "bigFM", "hr3"),
        (
            ("Helene Fischer", "Atemlos durch die Nacht"),
            ("Mark Forster", "Chöre"),
            ("Nena", "99 Luftballons"),
        ),
        ("Die Morningshow mit Wolfgang Leikermoser", "Der Nachmittag mit Kathrin Wagner", "Die Top 40"),
    ),
    "en": (
        (
            "Now playing on {s}: {song} by {artist} · {t12}",
            "ON AIR {t} · {show} · Listen live",
            "Now Playing | {artist} - {song} | {s} | Listen Live",
        ),
        ("Capital FM", "BBC Radio 2", "Heart", "KIIS 1065", "Z100", "Triple J"),
        (("Lewis Capaldi", "Someone You Loved"), ("Olivia Rodrigo", "vampire"), ("Tate McRae", "greedy")),
        ("The Breakfast Show with Roman Kemp", "Zoe Ball's Breakfast Show", "Drivetime with Sarah Walker"),
    ),
    "es": (
        (
            "Sonando ahora en {s} ({t}): {artist} – {song}",
            "En directo · {show} · Última canción: {artist}, «{song}»",
        ),
        ("LOS40", "Cadena 100", "Cadena Dial", "Europa FM"),
        (("Rosalía", "Despechá"), ("Aitana", "Los Ángeles"), ("Quevedo", "Columbia")),
        ("Anda Ya con Dani Moreno", "¡Buenos días, Javi Nieves!", "Del 40 al 1"),
    ),
    "fr": (
        (
            "En ce moment sur {s} : {artist} – {song}",
            "Titre diffusé à {th} : {song} – {artist} · Écouter {s}",
        ),
        ("NRJ", "RTL2", "Fun Radio", "Europe 2", "Chérie FM"),
        (("Stromae", "Alors on danse"), ("Angèle", "Balance ton quoi"), ("Aya Nakamura", "Djadja")),
        ("C'Cauet", "Le Double Expresso RTL2", "Manu dans le 6/9"),
    ),
    "it": (
        (
            "In onda ora: {show} · Ultimo brano: {artist} – {song}",
            "{s} · Stai ascoltando: {artist}, «{song}»",
        ),
        ("RTL 102.5", "Radio Deejay", "Radio 105", "Radio Italia"),
        (("Måneskin", "Zitti e buoni"), ("Laura Pausini", "La solitudine"), ("Annalisa", "Mon amour")),
        ("Deejay Chiama Italia", "Lo Zoo di 105", "Non Stop News"),
    ),
    "nl": (
        ("Nu op {s}: {artist} - {song}", "Nu te horen ({t}): {song} van {artist} · Luister live"),
        ("Qmusic", "Radio 538", "NPO Radio 2", "Sky Radio"),
        (("Suzan & Freek", "Als het avond is"), ("Davina Michelle", "Duurt te lang"), ("Snelle", "Reünie")),
        ("De Ochtendshow", "Evers Staat Op"),
    ),
    "pl": (
        ("Teraz gramy ({t}): {artist} – {song} | {s}", "{s} na żywo · {show} · Teraz: {artist} – „{song}”"),
        ("RMF FM", "Radio ZET", "Eska", "RMF Maxx"),
        (("Dawid Podsiadło", "Małomiasteczkowy"), ("Sanah", "Szampan"), ("Daria Zawiałow", "Kaonashi")),
        ("Wstawaj, szkoda dnia", "Poplista RMF FM"),
    ),
    "pt": (
        ("A tocar agora na {s}: {artist} – {song}", "No ar: {show} · Agora: {artist} – {song}"),
        ("Rádio Comercial", "RFM", "M80", "Mix FM"),
        (("Anitta", "Envolver"), ("Bárbara Tinoco", "Antes Dela Dizer Que Sim"), ("Calema", "A Nossa Vez")),
        ("As Manhãs da Comercial", "Café da Manhã"),
    ),
    "tr": (
        (
            "Şimdi çalıyor: {artist} – {song} · {s} Canlı Dinle",
            "{s} | Şu an yayında: {show} · {artist} – {song}",
        ),
        ("Power FM", "Süper FM", "Kral FM", "Joy FM"),
        (("Tarkan", "Şımarık"), ("Sezen Aksu", "Gülümse"), ("Mabel Matiz", "Antidepresan")),
        ("Sabah Keyfi", "Kral Pop Akşam"),
    ),
    "ru": (
        (
            "Сейчас в эфире {s}: {artist} — {song}",
            "{s} · Сейчас играет ({t}): {artist} — «{song}» · Слушать онлайн",
        ),
        ("Европа Плюс", "Русское Радио", "Авторадио", "Love Radio"),
        (("Zivert", "Life"), ("Полина Гагарина", "Кукушка"), ("Баста", "Сансара")),
        ("Бригада У", "Утреннее шоу «Русские Перцы»"),
    ),
    "el": (
        ("Παίζει τώρα στον {s}: {artist} – {song}", "{s} Live · Τώρα: {artist} – «{song}»"),
        ("Sfera 102.2", "Love Radio 97.5", "Rythmos 94.9", "Athens DeeJay 95.2"),
        (
            ("Έλενα Παπαρίζου", "My Number One"),
            ("Κωνσταντίνος Αργυρός", "Ατελείωτα"),
            ("Marseaux", "Νόμιζες"),
        ),
        ("Το πρωινό του Sfera",),
    ),
    "he": (
        ("מתנגן עכשיו ב{s}: {artist} – {song}", "{s} | עכשיו בשידור: {show} · {artist} – {song}"),
        ("גלגלצ", "103FM", "רדיו ללא הפסקה", "כאן גימל"),
        (("עומר אדם", "תל אביב"), ("נועה קירל", "יוניקורן"), ("עדן בן זקן", "מלכת השושנים")),
        ("הבוקר של קשת",),
    ),
    "ko": (
        ("지금 나오는 노래 | {s} · {artist} - {song}", "ON AIR {t} {show} · 선곡표 보기"),
        ("MBC FM4U", "KBS 쿨FM", "SBS 파워FM"),
        (("아이유", "밤편지"), ("뉴진스", "Hype Boy"), ("임영웅", "사랑은 늘 도망가")),
        ("배철수의 음악캠프", "두시탈출 컬투쇼", "김영철의 파워FM"),
    ),
    "ja": (
        ("ただいまのオンエア曲　{t}　{artist}「{song}」", "{s}　ON AIR：{show}　{t}〜"),
        ("J-WAVE", "TOKYO FM", "FM802", "bayfm"),
        (("YOASOBI", "アイドル"), ("米津玄師", "Lemon"), ("Mrs. GREEN APPLE", "ケセラセラ")),
        ("TOKYO MORNING RADIO", "SCHOOL OF LOCK!", "GROOVE LINE"),
    ),
}


def radio(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(RADIO))
    templates, stations, local, shows = RADIO[lang]
    artist, song = rnd.choice(local + _HITS)
    h, m = _clock(rnd, 5, 23)
    return rnd.choice(templates).format(
        s=rnd.choice(stations),
        artist=artist,
        song=song,
        show=rnd.choice(shows),
        t=f"{h:02d}:{m:02d}",
        th=f"{h}h{m:02d}",
        t12=f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}",
    )


# ---------------------------------------------------------------- COVID-19 dashboard box (start)
COVID = {  # language: (templates, places); {new} {dead} {inc} {pos} {sev} {hosp} {vac} {tot} {d} ...
    "de": (
        (
            "Corona in {p}: 7-Tage-Inzidenz {inc} · Neuinfektionen {new} · Todesfälle {dead}"
            " (Stand: {d}, Quelle: RKI)",
            "Corona-Lage {p} | Inzidenz {inc} | Hospitalisierungsrate {rate} | Zum Dashboard",
        ),
        ("Bayern", "Berlin", "NRW", "Sachsen", "Hamburg", "Dresden", "Köln", "Gütersloh"),
    ),
    "en": (
        (
            "COVID-19 in {p}: {new} new cases · {dead} deaths · {vac}% fully vaccinated | Updated {d}",
            "Coronavirus tracker | {p} | Cases today: {new} | 7-day average: {avg} | See full dashboard",
        ),
        ("New York", "Ohio", "Los Angeles County", "Scotland", "Wales", "Florida", "Texas", "King County"),
    ),
    "fr": (
        (
            "Covid-19 en {p} : {new} nouveaux cas, {hosp} hospitalisations, taux d'incidence {inc}"
            " (données au {d})",
            "Coronavirus : les chiffres du jour en {p} – {new}"
            " cas · {dead} décès · taux de positivité {pos} %",
        ),
        ("Île-de-France", "Bretagne", "Occitanie", "Auvergne-Rhône-Alpes", "Normandie", "Alsace"),
    ),
    "es": (
        (
            "Coronavirus en {p}: {new} casos nuevos · {dead}"
            " fallecidos · IA 14 días: {inc} | Actualizado {d}",
            "Datos covid {p} hoy: {new} contagios y {dead} muertes · Ocupación UCI {pos} %",
        ),
        ("Madrid", "Cataluña", "Andalucía", "Galicia", "Aragón", "Castilla y León", "Euskadi"),
    ),
    "it": (
        (
            "Bollettino Covid {p} oggi {d}: {new} nuovi casi, {dead} morti, tasso di positività {pos}%",
            "Coronavirus, i dati in {p}: {new} contagi · {sev} in terapia intensiva · {hosp} ricoverati",
        ),
        ("Lombardia", "Lazio", "Campania", "Veneto", "Piemonte", "Emilia-Romagna", "Sicilia"),
    ),
    "pt": (
        (
            "Covid-19 – {p}: {new} novos casos e {dead} mortes em 24h · Média móvel: {avg}",
            "Boletim covid {d} | {p} | Casos: {tot} · Óbitos: {dead} · Internados: {hosp}",
        ),
        ("São Paulo", "Minas Gerais", "Bahia", "Paraná", "Portugal", "Rio Grande do Sul"),
    ),
    "ru": (
        (
            "Коронавирус в {p}: +{new} заболевших, +{dead} умерших за сутки (данные на {d})",
            "COVID-19 · {p} · Выявлено за сутки: {new} ·"
            " Выздоровели: {rec} · Подробнее на стопкоронавирус.рф",
        ),
        ("Москве", "Санкт-Петербурге", "Новосибирской области", "Татарстане", "Свердловской области"),
    ),
    "tr": (
        (
            "Günlük koronavirüs tablosu ({d}): Vaka {new} · Vefat {dead} · İyileşen {rec} · Test {test}",
            "Covid-19 | Bugünkü vaka sayısı: {new} · Bugünkü vefat sayısı: {dead} · Aşı: {vacn} doz",
        ),
        ("",),
    ),
    "hi": (
        ("कोरोना अपडेट | {p}: {new} नए मामले, {dead} मौतें · सक्रिय केस {act}", "कोविड-19 {p} LIVE: कुल मामले {tot}"),
        ("दिल्ली", "महाराष्ट्र", "उत्तर प्रदेश", "केरल", "कर्नाटक", "बिहार"),
    ),
    "ja": (
        (
            "新型コロナ　{p}の新規感染者{new}人（{d}発表）　累計{tot}人",
            "【新型コロナ】{p} 感染者{new}人 死者{dead}人 重症者{sev}人",
        ),
        ("東京都", "大阪府", "北海道", "愛知県", "福岡県", "神奈川県"),
    ),
    "ko": (
        (
            "코로나19 신규 확진자 {new}명 | 사망 {dead}명 | 위중증 {sev}명 ({d} 0시 기준)",
            "{p} 코로나19 확진 {new}명 · 누적 {tot}명",
        ),
        ("서울", "경기", "부산", "인천", "대구"),
    ),
    "th": (
        (
            "สถานการณ์โควิด-19 วันนี้ ({d}) ติดเชื้อรายใหม่ {new} ราย เสียชีวิต {dead} ราย",
            "ศบค. รายงาน ผู้ป่วยสะสม {tot} ราย",
        ),
        ("",),
    ),
    "ar": (
        (
            "كورونا في {p}: {new} إصابة جديدة و{dead} وفيات خلال 24 ساعة",
            "إحصائيات كورونا | {p} | الإصابات: {tot} · الوفيات: {dead}",
        ),
        ("مصر", "السعودية", "الأردن", "المغرب", "الإمارات", "الكويت"),
    ),
    "he": (
        (
            "נתוני הקורונה: {new} מאומתים חדשים · {sev} חולים קשה · שיעור חיוביים {pos}%",
            "הקורונה בישראל | מאומתים אתמול: {new}",
        ),
        ("",),
    ),
    "zh": (
        (
            "疫情实时数据 | {p}新增本土确诊{new}例 · 新增无症状{asym}例（{d}0-24时）",
            "{p}疫情最新消息：累计确诊{tot}例",
        ),
        ("北京", "上海", "广东", "河南", "吉林", "四川"),
    ),
    "el": (
        (
            "Κορωνοϊός: {new} νέα κρούσματα, {dead} θάνατοι, {sev} διασωληνωμένοι ({d})",
            "Covid-19 σήμερα: {new} κρούσματα",
        ),
        ("",),
    ),
}


def covid(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(COVID))
    templates, places = COVID[lang]
    d = _day(rnd, date(2020, 3, 15), date(2022, 12, 31))
    new = int(rnd.lognormvariate(7.2, 1.3)) + 3

    def n(k: int) -> str:
        return _int(k, lang)

    line = rnd.choice(templates).format(
        p=rnd.choice(places),
        d=_short_date(lang, d),
        new=n(new),
        dead=n(max(0, int(new * rnd.uniform(0.001, 0.03)))),
        inc=_dec(rnd.uniform(4, 1400), lang),
        rate=_dec(rnd.uniform(0.5, 14), lang, 2),
        pos=_dec(rnd.uniform(1, 32), lang),
        sev=n(rnd.randint(3, 1600)),
        hosp=n(rnd.randint(40, 30000)),
        vac=_dec(rnd.uniform(40, 88), lang),
        avg=n(int(new * rnd.uniform(0.7, 1.3))),
        tot=n(new * rnd.randint(40, 3000)),
        rec=n(int(new * rnd.uniform(0.6, 1.4))),
        test=n(new * rnd.randint(8, 40)),
        vacn=n(rnd.randint(100000, 140000000)),
        act=n(new * rnd.randint(5, 30)),
        asym=n(rnd.randint(0, 25000)),
    )
    return line


# ---------------------------------------------------------------- cinema showtimes box (middle)
CINEMA = {  # language: (templates, films, cinemas, towns); {t1} {t2} times
    "de": (
        (
            "Kinoprogramm {town}: „{film}“ – {t1}, {t2} Uhr · {c} · Tickets",
            "Heute im Kino: {film} · {c} {town} · {t1} | {t2} | {t3}",
        ),
        ("Dune: Part Two", "Alles steht Kopf 2", "Das Lehrerzimmer", "Oppenheimer", "Barbie", "Wicked"),
        ("CineStar", "UCI Kinowelt", "Cinemaxx", "Capitol", "Kinopolis"),
        ("Leipzig", "Bremen", "Augsburg", "Münster", "Freiburg"),
    ),
    "en": (
        (
            "Showtimes near {town}: {film} (PG-13) · {c} · {t12a}, {t12b} · Buy tickets",
            "What's on at {c}: {film} – {t1}, {t2}, {t3} · Book now",
        ),
        ("Dune: Part Two", "Inside Out 2", "Oppenheimer", "Barbie", "Wicked", "Gladiator II"),
        (
            "AMC Empire 25",
            "Regal Union Square",
            "Odeon Leicester Square",
            "Vue Manchester",
            "Cineworld Leeds",
        ),
        ("Brooklyn, NY", "Austin, TX", "Manchester", "Leeds", "Glasgow"),
    ),
    "fr": (
        (
            "Séances de « {film} » à {town} : {c} – {th1}, {th2}",
            "Au cinéma cette semaine · {film} · {c} · {th1} · {th2} · Réserver",
        ),
        ("Dune : deuxième partie", "Vice-versa 2", "Anatomie d'une chute", "Le Comte de Monte-Cristo"),
        ("UGC Ciné Cité Les Halles", "Pathé Wepler", "MK2 Bibliothèque", "Kinepolis Lomme"),
        ("Paris", "Lyon", "Lille", "Nantes", "Rennes"),
    ),
    "es": (
        (
            "Cartelera de {town}: {film} · {c} · {t1} / {t2} · Comprar entradas",
            "{c}: «{film}» – sesiones {t1}, {t2}",
        ),
        ("Dune: Parte dos", "Del revés 2", "La sociedad de la nieve", "El 47", "Oppenheimer"),
        ("Cines Yelmo Ideal", "Kinépolis Madrid", "Cinesa Diagonal", "Cines Verdi", "Cines Lys"),
        ("Madrid", "Barcelona", "Valencia", "Bilbao", "Sevilla"),
    ),
    "it": (
        (
            "Programmazione cinema {town}: {film} – {c}, ore {t1}, {t2}",
            "Al cinema oggi · {film} · {c} · {t1} {t2} {t3}",
        ),
        ("Dune - Parte due", "Inside Out 2", "C'è ancora domani", "Parthenope", "Oppenheimer"),
        ("UCI Cinemas Bicocca", "The Space Odeon", "Cinema Anteo", "Cinema Adriano"),
        ("Milano", "Roma", "Torino", "Napoli", "Bologna"),
    ),
    "pl": (
        (
            "Repertuar kin {town}: „{film}” – {c}, godz. {t1}, {t2}",
            "Dziś w kinie {c}: {film} · {t1} · {t2} · Kup bilet",
        ),
        ("Diuna: Część druga", "W głowie się nie mieści 2", "Chłopi", "Oppenheimer"),
        ("Cinema City Arkadia", "Multikino Złote Tarasy", "Helios", "Kino Muranów"),
        ("Warszawa", "Kraków", "Wrocław", "Gdańsk"),
    ),
    "ru": (
        (
            "Расписание сеансов: «{film}» — {c}, {t1}, {t2} · Купить билет",
            "Сегодня в кино ({town}): {film} · {c} · {t1}",
        ),
        ("Дюна: Часть вторая", "Головоломка 2", "Мастер и Маргарита", "Чебурашка"),
        ("Каро 11 Октябрь", "Синема Парк Мега", "Формула Кино", "Киномакс"),
        ("Москва", "Казань", "Екатеринбург", "Новосибирск"),
    ),
    "tr": (
        (
            "{town} seans saatleri: {film} · {c} · {t1} {t2} {t3}",
            "Vizyondaki filmler | {film} – {c} | Bilet al",
        ),
        ("Dune: Çöl Gezegeni Bölüm İki", "Ters Yüz 2", "Oppenheimer", "Barbie"),
        ("Cinemaximum Kanyon", "Paribu Cineverse", "Cinema Pink", "Avşar Sinemaları"),
        ("İstanbul", "Ankara", "İzmir", "Bursa"),
    ),
    "el": (
        (
            "Πρόγραμμα κινηματογράφων: «{film}» – {c}, {t1} / {t2}",
            "Σινεμά σήμερα · {film} · {c} · {t1} · {t2}",
        ),
        ("Dune: Μέρος Δεύτερο", "Τα μυαλά που κουβαλάς 2", "Oppenheimer", "Καποδίστριας"),
        ("Village Cinemas Ρέντη", "Odeon Κόσμος", "Δαναός", "Αελλώ"),
        ("Αθήνα", "Θεσσαλονίκη"),
    ),
    "ja": (
        ("上映スケジュール　{c}　『{film}』 {t1}／{t2}／{t3}", "{c}｜{film}｜本日の上映 {t1} {t2}｜座席予約"),
        ("デューン 砂の惑星PART2", "インサイド・ヘッド2", "ゴジラ-1.0", "君たちはどう生きるか"),
        ("TOHOシネマズ 新宿", "109シネマズ二子玉川", "イオンシネマ幕張新都心", "新宿ピカデリー"),
        ("",),
    ),
    "ko": (
        ("상영시간표 | {c} · <{film}> {t1} {t2} · 예매하기", "{c} 오늘 상영 {film} {t1} / {t2} / {t3}"),
        ("듄: 파트2", "인사이드 아웃 2", "서울의 봄", "파묘", "범죄도시4"),
        ("CGV 용산아이파크몰", "롯데시네마 월드타워", "메가박스 코엑스", "CGV 강남"),
        ("",),
    ),
    "zh": (
        ("影讯 | {c}《{film}》{t1} {t2} 选座购票", "今日排片：{film} · {c} · {t1} · {t2} · {t3}"),
        ("沙丘2", "头脑特工队2", "热辣滚烫", "第二十条", "封神第一部"),
        ("万达影城（CBD店）", "CGV影城（五角场店）", "百老汇电影中心", "UME影城（双井店）"),
        ("",),
    ),
    "th": (
        ("รอบฉาย {film} ที่ {c} {t1} {t2} น. · จองตั๋ว", "หนังเข้าใหม่ | {film} | {c} | {t1} | {t2}"),
        ("ดูน ภาคสอง", "มหัศจรรย์อารมณ์อลเวง 2", "หลานม่า", "ธี่หยด"),
        ("เมเจอร์ ซีนีเพล็กซ์ รัชโยธิน", "SF World Cinema เซ็นทรัลเวิลด์", "พารากอน ซีนีเพล็กซ์"),
        ("",),
    ),
    "hi": (
        ("{town} में आज के शो: {film} – {c}, {t12a}, {t12b}", "{film} | {c} | शो टाइम: {t1}, {t2} | टिकट बुक करें"),
        ("जवान", "पठान", "स्त्री 2", "एनिमल", "कल्कि 2898 एडी"),
        ("PVR फीनिक्स पैलेडियम", "आईनॉक्स नरीमन पॉइंट", "सिनेपोलिस अंधेरी", "PVR सिलेक्ट सिटी वॉक"),
        ("मुंबई", "दिल्ली", "पुणे", "लखनऊ"),
    ),
    "nl": (
        (
            "Bioscoopagenda {town}: {film} – {c} · {t1} · {t2}",
            "Vandaag in {c}: {film} om {t1} en {t2} · Tickets",
        ),
        ("Dune: Part Two", "Binnenstebuiten 2", "Oppenheimer", "Soof 3"),
        ("Pathé Tuschinski", "Kinepolis Utrecht", "Vue Eindhoven", "LAB111"),
        ("Amsterdam", "Utrecht", "Rotterdam", "Den Haag"),
    ),
}


def cinema(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(CINEMA))
    templates, films, cinemas, towns = CINEMA[lang]
    slots = sorted(rnd.sample([(h, m) for h in range(11, 23) for m in (0, 10, 15, 20, 30, 40, 45, 50)], 3))
    t = [f"{h:02d}:{m:02d}" for h, m in slots]
    t12 = [f"{h % 12 or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}" for h, m in slots]
    return rnd.choice(templates).format(
        film=rnd.choice(films),
        c=rnd.choice(cinemas),
        town=rnd.choice(towns),
        t1=t[0],
        t2=t[1],
        t3=t[2],
        th1=t[0].replace(":", "h"),
        th2=t[1].replace(":", "h"),
        t12a=t12[0],
        t12b=t12[1],
    )


# ---------------------------------------------------------------- betting-odds box (middle)
ODDS = {  # language: (templates, teams, bookmakers); {h} {a} teams, {o1} {ox} {o2} odds
    "de": (
        (
            "Wettquoten {h} – {a}: Sieg {h} {o1} · Remis {ox} · Sieg {a} {o2} | Jetzt wetten bei {bk} | 18+"
            " | Glücksspiel kann süchtig machen",
            "Quoten-Check: {h} {o1} | X {ox} | {a} {o2} (Anbieter: {bk}, Stand: {t} Uhr)",
        ),
        (
            "Bayern München",
            "Borussia Dortmund",
            "RB Leipzig",
            "Bayer Leverkusen",
            "VfB Stuttgart",
            "SC Freiburg",
        ),
        ("Tipico", "bwin", "Interwetten", "bet-at-home"),
    ),
    "en": (
        (
            "Odds: {h} {f1} · Draw {fx} · {a} {f2} ({bk}) · 18+ BeGambleAware.org",
            "Match odds | {h} v {a} | {f1} | {fx} | {f2} | Odds correct at {t} · T&Cs apply",
        ),
        ("Arsenal", "Chelsea", "Liverpool", "Man City", "Man Utd", "Tottenham", "Newcastle", "Aston Villa"),
        ("Paddy Power", "William Hill", "Bet365", "Sky Bet"),
    ),
    "es": (
        (
            "Cuotas {h}-{a}: 1 {o1} · X {ox} · 2 {o2} · Apuesta en {bk} · +18 · Juega con responsabilidad",
            "Las apuestas del {h} - {a}: victoria local a {o1}, empate a {ox}, victoria visitante a {o2}",
        ),
        ("Real Madrid", "Barcelona", "Atlético", "Sevilla", "Betis", "Athletic", "Real Sociedad", "Valencia"),
        ("Codere", "Bet365", "Sportium", "Betfair"),
    ),
    "it": (
        (
            "Quote {h}-{a}: 1 a {o1}, X a {ox}, 2 a {o2} ({bk}) · Il gioco è vietato ai minori e può causare"
            " dipendenza patologica",
            "Le quote di {h}-{a} · 1 {o1} · X {ox} · 2 {o2} · Gioca responsabilmente",
        ),
        ("Inter", "Milan", "Juventus", "Napoli", "Roma", "Lazio", "Atalanta", "Fiorentina"),
        ("Snai", "Sisal", "Lottomatica", "Eurobet"),
    ),
    "fr": (
        (
            "Cotes {h} – {a} : {o1} / {ox} / {o2} · Pariez sur"
            " {bk} · Jouer comporte des risques : endettement,"
            " isolement, dépendance. Pour être aidé, appelez le 09-74-75-13-13 (appel non surtaxé)",
            "Pronostic {h} – {a} : victoire {h} à {o1}, nul à {ox}, victoire {a} à {o2} chez {bk}",
        ),
        ("PSG", "OM", "OL", "Monaco", "Lille", "Rennes", "Nice", "Lens"),
        ("Winamax", "Betclic", "Unibet", "Parions Sport"),
    ),
    "pt": (
        (
            "Odds {h} x {a}: 1 {o1} · X {ox} · 2 {o2} | Aposte na {bk} | +18 | Jogue com responsabilidade",
            "Cotações para {h} x {a} – vitória do mandante {o1}, empate {ox}, vitória do visitante {o2}",
        ),
        ("Flamengo", "Palmeiras", "Corinthians", "São Paulo", "Grêmio", "Internacional", "Fluminense"),
        ("Betano", "Sportingbet", "KTO", "Superbet"),
    ),
    "tr": (
        (
            "İddaa oranları {h} - {a}: MS 1 {o1} · MS X {ox} · MS 2 {o2} · 2,5 Üst {ou}",
            "Maç kodu {code} | {h} - {a} | 1: {o1} X: {ox} 2: {o2}",
        ),
        ("Galatasaray", "Fenerbahçe", "Beşiktaş", "Trabzonspor", "Başakşehir", "Samsunspor"),
        ("Nesine", "Bilyoner", "Misli"),
    ),
    "el": (
        (
            "Αποδόσεις {h} - {a}: 1 ({o1}) Χ ({ox}) 2 ({o2}) | {bk} | 21+ | Παίξε υπεύθυνα",
            "Στοίχημα: {h} – {a} · άσος {o1} · Χ {ox} · διπλό {o2}",
        ),
        ("Ολυμπιακός", "Παναθηναϊκός", "ΑΕΚ", "ΠΑΟΚ", "Άρης", "ΟΦΗ"),
        ("Stoiximan", "Novibet", "Pamestoixima", "bwin"),
    ),
    "pl": (
        (
            "Kursy {h} – {a}: 1 – {o1}, X – {ox}, 2 – {o2} | {bk} | 18+ Hazard wiąże się z ryzykiem",
            "Zakłady: {h} vs {a} · {o1} · {ox} · {o2} · Obstaw w {bk}",
        ),
        ("Legia Warszawa", "Lech Poznań", "Raków Częstochowa", "Jagiellonia Białystok", "Pogoń Szczecin"),
        ("STS", "Fortuna", "Betclic", "Superbet"),
    ),
    "ru": (
        (
            "Коэффициенты на матч {h} — {a}: П1 {o1} · Х {ox} · П2 {o2} ({bk}) 18+",
            "Ставки на {h} — {a}: победа хозяев {o1}, ничья {ox}",
        ),
        ("Зенит", "Спартак", "ЦСКА", "Краснодар", "Локомотив", "Динамо"),
        ("Fonbet", "Winline", "Лига Ставок", "BetBoom"),
    ),
    "nl": (
        (
            "Odds {h} - {a}: {o1} - {ox} - {o2} bij {bk} | 18+ | Wat kost gokken jou? Stop op tijd",
            "Wedden op {h} - {a}? Winst {h}: {o1} · Gelijk: {ox} · Winst {a}: {o2}",
        ),
        ("Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht"),
        ("TOTO", "Unibet", "BetCity", "Holland Casino Online"),
    ),
    "ko": (
        (
            "스포츠토토 배당률 | {h} 승 {o1} · 무 {ox} · {a} 승 {o2}",
            "프로토 승부식 {code}회차 {h} vs {a} 배당 {o1} / {ox} / {o2}",
        ),
        ("울산 HD", "전북 현대", "FC 서울", "포항 스틸러스", "수원 FC", "광주 FC"),
        ("",),
    ),
}
_FRACTIONS = [
    "1/5",
    "2/7",
    "1/3",
    "2/5",
    "1/2",
    "4/7",
    "8/13",
    "4/6",
    "8/11",
    "4/5",
    "10/11",
    "Evs",
    "11/10",
    "6/5",
    "5/4",
    "11/8",
    "6/4",
    "13/8",
    "7/4",
    "15/8",
    "2/1",
    "9/4",
    "5/2",
    "11/4",
    "3/1",
    "10/3",
    "7/2",
    "4/1",
    "9/2",
    "5/1",
    "11/2",
    "6/1",
    "7/1",
    "8/1",
    "9/1",
    "10/1",
]


def _fraction(decimal: float) -> str:
    def value(f: str) -> float:
        if f == "Evs":
            return 1.0
        num, den = f.split("/")
        return int(num) / int(den)

    return min(_FRACTIONS, key=lambda f: abs(value(f) - (decimal - 1)))


_US_ODDS = (
    ("Chiefs", "Bills", "Eagles", "49ers", "Cowboys", "Ravens", "Lions", "Packers"),
    ("Celtics", "Lakers", "Nuggets", "Knicks", "Warriors", "Bucks", "Heat", "Suns"),
)


def odds(rnd: random.Random) -> str:
    if rnd.random() < 0.08:  # an American sportsbook's line
        teams = rnd.choice(_US_ODDS)
        h, a = rnd.sample(teams, 2)
        spread_ = rnd.choice((1.5, 2.5, 3, 3.5, 4.5, 5.5, 6, 6.5, 7, 7.5, 9.5))
        fav = -rnd.choice(range(115, 420, 5))
        total = rnd.choice(range(37, 55)) + 0.5 if teams is _US_ODDS[0] else rnd.choice(range(205, 240)) + 0.5
        return rnd.choice(
            (
                "{a} at {h} · Spread: {h} -{s} ({v}) · Moneyline:"
                " {h} {f} / {a} +{d} · O/U {o} · Odds via {bk}",
                "ODDS: {h} -{s}, O/U {o} ({bk}) · 21+ · Gambling problem? Call 1-800-GAMBLER",
            )
        ).format(
            a=a,
            h=h,
            s=spread_,
            v=rnd.choice((-105, -108, -110, -112, -115)),
            f=fav,
            d=abs(fav) - rnd.choice(range(10, 40, 5)),
            o=total,
            bk=rnd.choice(("DraftKings", "FanDuel", "BetMGM", "Caesars Sportsbook")),
        )
    lang = rnd.choice(sorted(ODDS))
    templates, teams, books = ODDS[lang]
    h, a = rnd.sample(teams, 2)
    p1 = rnd.uniform(0.18, 0.72)
    px = rnd.uniform(0.18, 0.31)
    p2 = max(0.07, 1 - p1 - px)
    margin = rnd.uniform(1.04, 1.09)
    o1, ox, o2 = (round(1 / (p * margin), 2) for p in (p1, px, p2))
    hh, mm = _clock(rnd, 8, 22)
    return rnd.choice(templates).format(
        h=h,
        a=a,
        o1=_dec(o1, lang, 2),
        ox=_dec(ox, lang, 2),
        o2=_dec(o2, lang, 2),
        f1=_fraction(o1),
        fx=_fraction(ox),
        f2=_fraction(o2),
        ou=_dec(rnd.uniform(1.55, 2.4), lang, 2),
        bk=rnd.choice(books),
        t=f"{hh:02d}:{mm:02d}",
        code=rnd.randint(100, 999) if lang == "tr" else rnd.randint(10, 120),
    )


# ---------------------------------------------------------------- price-comparison / loan calculator (middle)
def _annuity(amount: float, rate: float, months: int) -> float:
    r = rate / 100 / 12
    return amount * r / (1 - (1 + r) ** -months) if r else amount / months


def calculator(rnd: random.Random) -> str:
    kind = rnd.randrange(15)
    kwh = rnd.choice(range(1500, 6001, 100))
    rate = round(rnd.uniform(2.4, 7.9), 2)
    years = rnd.choice((10, 15, 20, 25, 30))
    if kind == 0:
        return rnd.choice(
            (
                "Stromvergleich: Postleitzahl {plz} · Verbrauch"
                " {kwh} kWh/Jahr · Jetzt Tarife vergleichen und bis"
                " zu {eur} € sparen",
                "Gaspreise vergleichen: PLZ {plz} · {gas} kWh ·"
                " günstigster Tarif ab {ct} ct/kWh · Zum Vergleich",
            )
        ).format(
            plz=f"{rnd.randint(1067, 99998):05d}",
            kwh=_int(kwh, "de"),
            gas=_int(kwh * rnd.randint(4, 7), "de"),
            eur=rnd.randint(80, 900),
            ct=_dec(rnd.uniform(7.5, 14.9), "de", 2),
        )
    if kind == 1:
        amt = rnd.choice(range(5000, 50001, 1000))
        months = rnd.choice((24, 36, 48, 60, 72, 84))
        return (
            "Kreditrechner: {amt} € · Laufzeit {m} Monate · ab {pm} € monatlich · Jetzt Angebot berechnen"
        ).format(amt=_int(amt, "de"), m=months, pm=_money(_annuity(amt, rate, months), "de"))
    if kind == 2:
        return (
            "Compare energy deals: enter your postcode ({pc}) · Annual usage {kwh} kWh · Get quotes"
        ).format(
            pc=f"{rnd.choice(('SW', 'LS', 'M', 'BS', 'EH', 'CF', 'NG'))}{rnd.randint(1, 20)}"
            f" {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}",
            kwh=_int(kwh, "en"),
        )
    if kind == 3:
        price = rnd.choice(range(180000, 950001, 5000))
        down = rnd.choice((5, 10, 15, 20, 25))
        pm = _annuity(price * (1 - down / 100), rate, years * 12)
        return (
            "Mortgage calculator: Home price ${price} · Down payment {dp}% · {y}-year fixed at {r}%"
            " · Est. monthly payment ${pm} · Check rates"
        ).format(price=_int(price, "en"), dp=down, y=years, r=rate, pm=_int(round(pm), "en"))
    if kind == 4:
        amt = rnd.choice(range(80000, 600001, 5000))
        return rnd.choice(
            (
                "Simulateur de prêt immobilier : {amt} € sur {y} ans à {r} % – mensualité {pm} €",
                "Comparateur d'assurance auto : code postal {cp} · comparez {k} offres et économisez jusqu'à"
                " {eur} €/an",
            )
        ).format(
            amt=_int(amt, "fr"),
            y=years,
            r=_dec(rate, "fr", 2),
            pm=_int(round(_annuity(amt, rate, years * 12)), "fr"),
            cp=f"{rnd.randint(1000, 95999):05d}",
            k=rnd.randint(12, 60),
            eur=rnd.randint(90, 640),
        )
    if kind == 5:
        return (
            "Compara tarifas de luz: código postal {cp} · potencia {kw} kW · ahorra hasta {eur} € al año"
        ).format(
            cp=f"{rnd.randint(1001, 52080):05d}",
            kw=_dec(rnd.choice((3.3, 3.45, 4.6, 5.75, 6.9)), "es", 2),
            eur=rnd.randint(60, 420),
        )
    if kind == 6:
        return (
            "Confronta le offerte luce e gas: CAP {cap} · consumo"
            " {kwh} kWh · risparmia fino a {eur} € all'anno"
        ).format(cap=f"{rnd.randint(10, 98168):05d}", kwh=_int(kwh, "it"), eur=rnd.randint(70, 480))
    if kind == 7:
        return (
            "Vergelijk energieleveranciers: postcode {pc} ·"
            " {kwh} kWh stroom · {m3} m³ gas · Bespaar tot € {eur}"
        ).format(
            pc=f"{rnd.randint(1011, 9999)} {''.join(rnd.choices('ABCEGHJKLMNPRSTVWXZ', k=2))}",
            kwh=_int(kwh, "nl"),
            m3=_int(rnd.randint(600, 2200), "nl"),
            eur=rnd.randint(100, 800),
        )
    if kind == 8:
        amt = rnd.choice(range(200000, 1200001, 10000))
        return (
            "Kalkulator kredytu hipotecznego: {amt} zł na {y} lat · rata od {pm} zł · Sprawdź oferty".format(
                amt=_int(amt, "pl"), y=years, pm=_int(round(_annuity(amt, rate + 1.5, years * 12)), "pl")
            )
        )
    if kind == 9:
        amt = rnd.choice(range(50000, 3000001, 10000))
        months = rnd.choice((3, 6, 12, 24, 36))
        r = round(rnd.uniform(8, 21), 1)
        return "Калькулятор вкладов: {amt} ₽ на {m} мес. под {r}% — доход {inc} ₽ · Подобрать вклад".format(
            amt=_int(amt, "ru"), m=months, r=_dec(r, "ru"), inc=_int(round(amt * r / 100 * months / 12), "ru")
        )
    if kind == 10:
        amt = rnd.choice(range(10000, 500001, 5000))
        months = rnd.choice((12, 24, 36, 48))
        r = round(rnd.uniform(2.5, 5.5), 2)
        return (
            "Kredi hesaplama: {amt} TL · {m} ay vade · aylık %{r} faiz · taksit {pm} TL · Hemen başvur"
        ).format(
            amt=_int(amt, "tr"),
            m=months,
            r=_dec(r, "tr", 2),
            pm=_money(_annuity(amt, r * 12, months), "tr"),
        )
    if kind == 11:
        amt = rnd.choice(range(60000, 450001, 5000))
        return (
            "Simulador de crédito habitação: {amt} € a {y} anos · taxa {r}% · prestação de {pm} €/mês".format(
                amt=_int(amt, "pt"),
                y=years,
                r=_dec(rate, "pt", 2),
                pm=_money(_annuity(amt, rate, years * 12), "pt"),
            )
        )
    if kind == 12:
        return "Srovnání cen energií: PSČ {psc} · spotřeba {mwh} MWh · ušetřete až {kc} Kč ročně".format(
            psc=f"{rnd.randint(100, 799)} {rnd.randint(0, 99):02d}",
            mwh=_dec(kwh / 1000, "cs"),
            kc=_int(rnd.randint(2000, 18000), "cs"),
        )
    if kind == 13:
        lakh = rnd.choice(range(10, 151, 5))
        r = round(rnd.uniform(8.2, 10.5), 2)
        emi = _annuity(lakh * 100000, r, years * 12)
        return (
            "होम लोन EMI कैलकुलेटर: लोन राशि ₹{lk} लाख · ब्याज दर {r}% · अवधि {y} वर्ष · मासिक EMI ₹{emi}".format(
                lk=lakh, r=r, y=years, emi=_int(round(emi), "hi")
            )
        )
    man = rnd.choice(range(5000, 60001, 1000))
    return "대출 이자 계산기 | 대출금 {man}만원 · 금리 연 {r}% · 기간 {y}년 · 월 상환액 {pm}원".format(
        man=_int(man, "ko"), r=rate, y=years, pm=_int(round(_annuity(man * 10000, rate, years * 12)), "ko")
    )


# ---------------------------------------------------------------- petition embed (middle)
PETITIONS = {  # language: (templates, campaigns); {n} signatures, {g} goal
    "en": (
        (
            "Sign the petition: {c} · {n} of {g} signatures · Sign now",
            "Petition · {c} · {n} have signed. Let's get to {g}!",
        ),
        (
            "Save Hartley Park from development",
            "Reopen the A&E at St Mary's",
            "Lower the voting age to 16",
            "Ban bottom trawling in marine protected areas",
            "Free school meals for all primary pupils",
        ),
    ),
    "de": (
        (
            "Petition: {c} · {n} Unterschriften von {g} · Jetzt unterschreiben",
            "{c} – {n} haben unterschrieben. Nächstes Ziel: {g}",
        ),
        (
            "Rettet das Freibad Süd!",
            "Tempo 30 vor allen Schulen",
            "Erhalt der Geburtsstation im Kreisklinikum",
        ),
    ),
    "fr": (
        (
            "Pétition : {c} – {n} signatures sur {g} · Je signe",
            "{c} · {n} personnes ont signé · Objectif : {g}",
        ),
        (
            "Sauvons la maternité de Guingamp",
            "Non à la fermeture de la ligne Paris–Clermont",
            "Des cantines 100 % bio",
        ),
    ),
    "es": (
        ("Petición: {c} · {n} firmas de {g} · Firma ahora", "{c} – Ya somos {n}. ¡Ayúdanos a llegar a {g}!"),
        (
            "Salvemos el Cine Comedia",
            "Por un tren digno en Extremadura",
            "No a la tala de árboles en la Castellana",
        ),
    ),
    "it": (
        ("Petizione: {c} · {n} firme su {g} · Firma anche tu", "{c} – {n} persone hanno firmato"),
        (
            "Salviamo il parco di Villa Ada",
            "No alla chiusura del punto nascita",
            "Più treni per i pendolari del Veneto",
        ),
    ),
    "pt": (
        ("Abaixo-assinado: {c} · {n} assinaturas de {g} · Assinar", "{c} – {n} pessoas já assinaram"),
        (
            "Pela permanência do Hospital de Bonsucesso",
            "Contra o aumento da tarifa de ônibus",
            "Salvem a Praia do Canto",
        ),
    ),
    "pl": (
        ("Petycja: {c} · Podpisało już {n} osób · Cel: {g} · Podpisz", "{c} – {n} podpisów z {g}"),
        ("Ratujmy Puszczę Białowieską", "Stop wycince drzew na Mokotowie", "Darmowa komunikacja dla uczniów"),
    ),
    "tr": (
        ("İmza kampanyası: {c} · {n} imza · Hedef {g} · İmzala", "{c} | {n} kişi imzaladı"),
        ("Kaz Dağları'nı kurtaralım", "Sokak hayvanlarına dokunma", "Tarihi Kent Meydanı yıkılmasın"),
    ),
    "ru": (
        ("Петиция «{c}»: подписали {n} из {g} · Подписать", "{c} — {n} подписей · Поддержать"),
        (
            "Сохраним сквер на Гоголевском",
            "Остановите вырубку Химкинского леса",
            "Вернём бесплатные парковки",
        ),
    ),
    "ko": (
        (
            "[국민청원] {c} · 동의 {n}명 (마감 {d}) · 청원 동의하기",
            "국민동의청원 | {c} | {n}명 동의 / 목표 {g}명",
        ),
        (
            "층간소음 처벌을 강화해 주십시오",
            "음주운전 처벌 강화를 청원합니다",
            "청소년 보호법 개정을 요구합니다",
        ),
    ),
    "ja": (
        ("署名キャンペーン「{c}」 賛同者{n}人／目標{g}人 · 賛同する", "オンライン署名：{c}（{n}人が賛同）"),
        ("保育園の待機児童ゼロを求めます", "選択的夫婦別姓の導入を", "給食費の無償化を求めます"),
    ),
    "nl": (
        ("Petitie: {c} · {n} handtekeningen · Teken nu", "{c} – al {n} keer getekend · Doel: {g}"),
        ("Red het Vondelparkpaviljoen", "Geen windturbines in het Groene Hart", "Gratis ov voor ouderen"),
    ),
    "el": (
        ("Υπογράψτε την αναφορά: {c} · {n} υπογραφές από {g}", "{c} – {n} άνθρωποι υπέγραψαν"),
        ("Σώστε το δάσος της Πάρνηθας", "Όχι στο κλείσιμο του σχολείου", "Δωρεάν μετακίνηση για φοιτητές"),
    ),
    "he": (
        ("חתמו על העצומה: {c} · {n} חתמו מתוך {g}", "עצומה | {c} | {n} חותמים"),
        ("לא לסגירת בית החולים", "הצילו את חוף פלמחים", "תחבורה ציבורית בשבת"),
    ),
}


def petition(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(PETITIONS))
    templates, campaigns = PETITIONS[lang]
    n = int(rnd.lognormvariate(8.5, 1.4)) + 40
    goal = next(
        g
        for g in (500, 1000, 2500, 5000, 10000, 15000, 25000, 50000, 100000, 200000, 500000, 10**6, 10**7)
        if g > n
    )
    return rnd.choice(templates).format(
        c=rnd.choice(campaigns), n=_int(n, lang), g=_int(goal, lang), d=_short_date(lang, _day(rnd))
    )


# ---------------------------------------------------------------- pharmacies on duty (end)
def pharmacy(rnd: random.Random) -> str:
    d = _day(rnd)
    h = rnd.choice((8, 9))
    kind = rnd.randrange(12)
    if kind == 0:
        return rnd.choice(
            (
                "Apotheken-Notdienst heute in {town}: {ph}, {st} {no}, Tel. {tel} (bis morgen {h}:00 Uhr)",
                "Notdienst-Apotheken am {d}: {ph} ({st} {no}) · {ph2} · Alle Notdienste",
            )
        ).format(
            town=rnd.choice(("Göttingen", "Ulm", "Trier", "Kassel", "Rosenheim", "Lüneburg")),
            ph=rnd.choice(("Löwen-Apotheke", "Stern-Apotheke", "Rathaus-Apotheke", "Adler-Apotheke")),
            ph2=rnd.choice(("Marien-Apotheke", "Bahnhof-Apotheke", "Hirsch-Apotheke", "Sonnen-Apotheke")),
            st=rnd.choice(("Hauptstraße", "Bahnhofstraße", "Marktplatz", "Lindenallee", "Schillerstraße")),
            no=rnd.randint(1, 140),
            tel=f"0{rnd.randint(201, 9999)} {_phone(rnd, rnd.randint(5, 7))}",
            h=h,
            d=f"{d.day:02d}.{d.month:02d}.",
        )
    if kind == 1:
        return (
            "Farmacias de guardia hoy en {town}: {ph} ({st},"
            " {no}) · Horario: de 9:30 a 9:30 del día siguiente"
        ).format(
            town=rnd.choice(("Sevilla", "Málaga", "Zaragoza", "Valladolid", "Murcia", "Córdoba")),
            ph=rnd.choice(
                ("Farmacia Ldo. Antonio Ruiz", "Farmacia García Vega", "Farmacia Lda. Pilar Moreno")
            ),
            st=rnd.choice(("C/ Mayor", "Avda. de la Constitución", "C/ Real", "Plaza de España", "C/ Feria")),
            no=rnd.randint(1, 120),
        )
    if kind == 2:
        return (
            "Pharmacie de garde à {town} : {ph}, {no} {st} – en dehors des heures, composez le 3237".format(
                town=rnd.choice(("Brest", "Nancy", "Limoges", "Perpignan", "Tours", "Besançon")),
                ph=rnd.choice(
                    (
                        "Pharmacie du Centre",
                        "Pharmacie de la Gare",
                        "Pharmacie des Halles",
                        "Pharmacie Saint-Michel",
                    )
                ),
                no=rnd.randint(1, 90),
                st=rnd.choice(
                    ("rue de la République", "avenue Jean-Jaurès", "place du Marché", "boulevard Gambetta")
                ),
            )
        )
    if kind == 3:
        return "Farmacie di turno a {town} oggi {d}: {ph}, {st} {no} · tel. {tel}".format(
            town=rnd.choice(("Padova", "Brescia", "Bari", "Perugia", "Verona", "Lecce")),
            d=f"{d.day} {_month('it', d)}",
            ph=rnd.choice(
                ("Farmacia Centrale", "Farmacia San Marco", "Farmacia Comunale 3", "Farmacia alla Stazione")
            ),
            st=rnd.choice(("via Roma", "corso Vittorio Emanuele", "piazza Garibaldi", "viale Mazzini")),
            no=rnd.randint(1, 200),
            tel=f"0{rnd.randint(10, 99)} {_phone(rnd, 3, 4)}",
        )
    if kind == 4:
        names = ("Şifa", "Hayat", "Deva", "Güneş", "Merkez", "Yeni Umut", "Lokman Hekim")
        a, b = rnd.sample(names, 2)
        return (
            "{town} nöbetçi eczaneler ({d}): {a} Eczanesi – {st} No:{no} · Tel: {tel} · {b} Eczanesi".format(
                town=rnd.choice(("Kadıköy", "Çankaya", "Konak", "Nilüfer", "Seyhan", "Tepebaşı")),
                d=f"{d.day} {_month('tr', d)} {d.year}",
                a=a,
                b=b,
                st=rnd.choice(("Atatürk Cad.", "Cumhuriyet Cad.", "İstiklal Sok.", "Gazi Bulvarı")),
                no=rnd.randint(1, 180),
                tel=f"0{rnd.choice((216, 312, 232, 224, 322, 222))} {_phone(rnd, 3, 2, 2)}",
            )
        )
    if kind == 5:
        return "Εφημερεύοντα φαρμακεία {town} σήμερα {d}: {ph}, {st} {no}, τηλ. {tel}".format(
            town=rnd.choice(("Θεσσαλονίκης", "Πάτρας", "Ηρακλείου", "Λάρισας", "Βόλου")),
            d=f"{_weekday('el', d)} {d.day} {_month('el', d)}",
            ph=rnd.choice(
                ("Παπαδοπούλου Ελένη", "Γεωργίου Νικόλαος", "Κωνσταντίνου Αικατερίνη", "Δημητρίου Ιωάννης")
            ),
            st=rnd.choice(("Εγνατίας", "Τσιμισκή", "Κορίνθου", "Ερμού", "Μαιζώνος")),
            no=rnd.randint(1, 160),
            tel=f"2{rnd.randint(100, 999)} {_phone(rnd, 6)}",
        )
    if kind == 6:
        return "Farmácias de serviço em {town}: Farmácia {ph}, {st}, {no} · Tel. {tel}".format(
            town=rnd.choice(("Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Viseu")),
            ph=rnd.choice(("Central", "Estácio", "Moderna", "Saúde", "Barreiros")),
            st=rnd.choice(
                ("Rua de Santa Catarina", "Avenida da Liberdade", "Rua Direita", "Praça da República")
            ),
            no=rnd.randint(1, 400),
            tel=f"2{rnd.randint(10, 99)} {_phone(rnd, 3, 3)}",
        )
    if kind == 7:
        return "Apteki dyżurne w {town}: {ph}, ul. {st} {no}, tel. {tel} – czynna całą dobę".format(
            town=rnd.choice(("Łodzi", "Gdańsku", "Lublinie", "Katowicach", "Poznaniu", "Rzeszowie")),
            ph=rnd.choice(("Apteka Pod Orłem", "Apteka Centrum", "Apteka Gemini", "Apteka Dbam o Zdrowie")),
            st=rnd.choice(("Piotrkowska", "Długa", "Mickiewicza", "Kościuszki", "Słowackiego")),
            no=rnd.randint(1, 150),
            tel=_phone(rnd, 2, 3, 2, 2),
        )
    if kind == 8:
        return "Дежурные аптеки {town}: «{ph}», ул. {st}, {no}, тел. {tel} — круглосуточно".format(
            town=rnd.choice(("Твери", "Самары", "Омска", "Перми", "Тулы", "Калуги")),
            ph=rnd.choice(("Ригла", "Горздрав", "Апрель", "Здоровье", "Вита Экспресс")),
            st=rnd.choice(("Ленина", "Мира", "Советская", "Гагарина", "Победы")),
            no=rnd.randint(1, 120),
            tel=f"8 ({rnd.randint(340, 499)}) {_phone(rnd, 3)}-{_phone(rnd, 2)}-{_phone(rnd, 2)}",
        )
    if kind == 9:
        return "الصيدليات المناوبة في {town} ليلة {d}: صيدلية {ph} – {st} – الهاتف: {tel}".format(
            town=rnd.choice(("الدار البيضاء", "الرباط", "طنجة", "مراكش", "فاس", "أكادير")),
            d=f"{d.day}/{d.month}/{d.year}",
            ph=rnd.choice(("الأمل", "النور", "الشفاء", "المستقبل", "ابن سينا")),
            st=rnd.choice(("شارع محمد الخامس", "شارع الحسن الثاني", "زنقة فاس", "شارع الزرقطوني")),
            tel=f"05 {rnd.randint(22, 39)} {_phone(rnd, 2, 2, 2)}",
        )
    if kind == 10:
        return "בתי מרקחת תורניים ב{town}: {ph}, רחוב {st} {no}, טל' 0{a}-{b}".format(
            town=rnd.choice(("חיפה", "באר שבע", "פתח תקווה", "נתניה", "אשדוד")),
            ph=rnd.choice(("סופר-פארם", "בית מרקחת הדר", "בית מרקחת הכרמל", "מכבי פארם")),
            st=rnd.choice(("הרצל", "ויצמן", "ז'בוטינסקי", "העצמאות", "רוטשילד")),
            no=rnd.randint(1, 120),
            a=rnd.choice((3, 4, 8, 9)),
            b=_phone(rnd, 7),
        )
    return "Farmacii non-stop {town}: {ph}, {st} nr. {no}, tel. {tel}".format(
        town=rnd.choice(("Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța")),
        ph=rnd.choice(("Catena", "Sensiblu", "Farmacia Tei", "Help Net", "Dona")),
        st=rnd.choice(("Bd. Eroilor", "Calea Victoriei", "str. Republicii", "Bd. 21 Decembrie 1989")),
        no=rnd.randint(1, 140),
        tel=f"07{rnd.randint(20, 89)} {_phone(rnd, 3, 3)}",
    )


# ---------------------------------------------------------------- earthquake feed (end)
_COMPASS = [
    "N",
    "NNE",
    "NE",
    "ENE",
    "E",
    "ESE",
    "SE",
    "SSE",
    "S",
    "SSW",
    "SW",
    "WSW",
    "W",
    "WNW",
    "NW",
    "NNW",
]


def earthquake(rnd: random.Random) -> str:
    d = _day(rnd)
    h, m = _clock(rnd)
    t = f"{h:02d}:{m:02d}"
    mag = round(rnd.uniform(2.0, 6.2), 1)
    dep = rnd.choice((rnd.randint(2, 30), rnd.randint(5, 80)))
    dist = rnd.randint(2, 60)
    kind = rnd.randrange(11)
    if kind == 0:
        return "Son depremler | {p} · {mag} büyüklüğünde · Derinlik {dep} km · {d} {t} (AFAD)".format(
            p=rnd.choice(
                (
                    "Ege Denizi",
                    "Elbistan (Kahramanmaraş)",
                    "Sındırgı (Balıkesir)",
                    "Marmara Denizi",
                    "Kulu (Konya)",
                    "Yeşilyurt (Malatya)",
                )
            ),
            mag=_dec(mag, "tr"),
            dep=_dec(dep + rnd.random(), "tr", 2),
            d=f"{d.day:02d}.{d.month:02d}.{d.year}",
            t=t,
        )
    if kind == 1:
        return "地震情報　{d} {t}ごろ　震源地：{p}　マグニチュード{mag}　最大震度{s}".format(
            d=_short_date("ja", d),
            t=f"{h}時{m}分",
            mag=mag,
            p=rnd.choice(
                ("千葉県東方沖", "茨城県南部", "能登半島沖", "日向灘", "福島県沖", "石川県能登地方")
            ),
            s=rnd.choice(("1", "2", "3", "4", "5弱", "5強")),
        )
    if kind == 2:
        return "Σεισμός τώρα: {mag} Ρίχτερ {dist} χλμ. {dir} {p} · Εστιακό βάθος {dep} χλμ. ({t})".format(
            mag=_dec(mag, "el"),
            dist=dist,
            dep=dep,
            t=t,
            dir=rnd.choice(("Β", "ΒΑ", "Α", "ΝΑ", "Ν", "ΝΔ", "Δ", "ΒΔ")),
            p=rnd.choice(
                ("της Ζακύνθου", "της Κω", "του Αιγίου", "της Αμοργού", "του Ηρακλείου", "της Κεφαλονιάς")
            ),
        )
    if kind == 3:
        town, prov = rnd.choice(
            (
                ("Norcia", "PG"),
                ("Campi Flegrei", "NA"),
                ("Montereale", "AQ"),
                ("Bronte", "CT"),
                ("Amatrice", "RI"),
                ("Visso", "MC"),
            )
        )
        return (
            "Ultimi terremoti: Magnitudo ML {mag} · {dist} km {dir} {town} ({prov}) · ore {t} · fonte INGV"
        ).format(
            mag=mag,
            dist=dist,
            dir=rnd.choice(["N", "NE", "E", "SE", "S", "SW", "W", "NW"]),
            town=town,
            prov=prov,
            t=t,
        )
    if kind == 4:
        return (
            "Últimos sismos: {mag} – {dist} km al {dir} de {p} · Profundidad {dep} km · {t} hrs (CSN)".format(
                mag=mag,
                dist=dist,
                dep=dep,
                t=t,
                dir=rnd.choice(
                    ("norte", "sur", "este", "oeste", "noreste", "noroeste", "sureste", "suroeste")
                ),
                p=rnd.choice(("Ovalle", "Calama", "Socaire", "Navidad", "Iquique", "Constitución")),
            )
        )
    if kind == 5:
        return (
            "Info Gempa Terkini BMKG: M{mag}, {dist} km {dir} {p}, kedalaman {dep} km, {d} {t} WIB"
            " · Tidak berpotensi tsunami"
        ).format(
            mag=_dec(mag, "id"),
            dist=dist,
            dep=dep,
            t=t,
            d=f"{d.day:02d}/{d.month:02d}/{d.year}",
            dir=rnd.choice(("BaratDaya", "Tenggara", "TimurLaut", "BaratLaut", "Utara", "Selatan")),
            p=rnd.choice(
                ("Kab. Garut", "Kab. Sukabumi", "Kota Bengkulu", "Kab. Maluku Tengah", "Kab. Bantul")
            ),
        )
    if kind == 6:
        return "最新地震 | {d} {t} {p}发生{mag}级地震，震源深度{dep}千米（中国地震台网正式测定）".format(
            d=_short_date("zh", d),
            t=t,
            mag=mag,
            dep=dep,
            p=rnd.choice(
                (
                    "四川宜宾市珙县",
                    "云南大理州漾濞县",
                    "新疆阿克苏地区乌什县",
                    "台湾花莲县海域",
                    "甘肃临夏州积石山县",
                )
            ),
        )
    if kind == 7:
        return (
            "Latest earthquakes: M {mag} - {dist} km {dir} of {p} · {d} {t} (UTC) · depth {dep} km · USGS"
        ).format(
            mag=mag,
            dist=dist,
            dep=dep,
            t=t,
            d=f"{d.year}-{d.month:02d}-{d.day:02d}",
            dir=rnd.choice(_COMPASS),
            p=rnd.choice(
                ("Ridgecrest, CA", "Petrolia, CA", "Anchorage, Alaska", "Pāhala, Hawaii", "Mentone, Texas")
            ),
        )
    if kind == 8:
        return "زلزله‌های اخیر: {p} · بزرگی {mag} ریشتر · عمق {dep} کیلومتر · ساعت {t}".format(
            p=rnd.choice(
                (
                    "حوالی خوی – آذربایجان غربی",
                    "حوالی بندرعباس – هرمزگان",
                    "حوالی کرمانشاه",
                    "حوالی فیروزکوه – تهران",
                    "حوالی سی‌سخت – کهگیلویه و بویراحمد",
                )
            ),
            mag=str(mag).translate(_FA_DIGITS),
            dep=str(dep).translate(_FA_DIGITS),
            t=t.translate(_FA_DIGITS),
        )
    if kind == 9:
        return (
            "Ultimele cutremure: ML {mag} · zona seismică Vrancea, județul {j} · adâncime {dep} km · {t}"
        ).format(
            mag=_dec(mag, "ro"), j=rnd.choice(("Vrancea", "Buzău", "Covasna")), dep=rnd.randint(60, 160), t=t
        )
    return "지진 정보 | {d} {t} {p} 규모 {mag} · 깊이 {dep}km (기상청)".format(
        d=_short_date("ko", d),
        t=t,
        mag=mag,
        dep=dep,
        p=rnd.choice(
            (
                "경북 경주시 남남서쪽 9km 지역",
                "전북 부안군 남남서쪽 4km 지역",
                "경북 포항시 북구 북쪽 8km 지역",
                "충북 괴산군 북동쪽 11km 지역",
                "제주 서귀포시 서남서쪽 41km 해역",
            )
        ),
    )


# ---------------------------------------------------------------- "on this day" box (end)
ON_THIS_DAY = {  # language: (templates, events); {y1} {e1} {y2} {e2}, {ago} years since {y1}
    "de": (
        (
            "Kalenderblatt: Heute vor {ago1} Jahren – {e1} · Vor {ago2} Jahren: {e2}",
            "Was geschah heute? {y1}: {e1} ({ago1} Jahre) · {y2}: {e2}",
        ),
        (
            (1949, "Das Grundgesetz wird verkündet"),
            (1961, "Beginn des Mauerbaus in Berlin"),
            (1989, "Fall der Berliner Mauer"),
            (1954, "Deutschland wird in Bern Fußball-Weltmeister"),
            (1972, "Die Olympischen Sommerspiele in München werden eröffnet"),
            (2002, "Der Euro wird Bargeld"),
            (1963, "John F. Kennedy hält in Berlin seine Rede „Ich bin ein Berliner“"),
        ),
    ),
    "en": (
        (
            "On this day, {ago1} years ago: {e1} · {y2}: {e2}",
            "On This Day | {y1} ({ago1} years ago): {e1} | {y2}: {e2} | More",
        ),
        (
            (1969, "Apollo 11 lands on the Moon"),
            (1912, "The Titanic sinks in the North Atlantic"),
            (1963, "Martin Luther King Jr. delivers his 'I Have a Dream' speech"),
            (1997, "Diana, Princess of Wales, dies in a car crash in Paris"),
            (2007, "The first iPhone goes on sale"),
            (1953, "Everest is first summited by Edmund Hillary and Tenzing Norgay"),
            (1981, "MTV begins broadcasting"),
        ),
    ),
    "fr": (
        (
            "Éphéméride – il y a {ago1} ans : {e1} · il y a {ago2} ans : {e2}",
            "Ce jour-là : {y1} (il y a {ago1} ans), {e1} · {y2}, {e2}",
        ),
        (
            (1789, "prise de la Bastille"),
            (1944, "libération de Paris"),
            (1981, "abolition de la peine de mort en France"),
            (1998, "la France remporte la Coupe du monde de football"),
            (2019, "incendie de Notre-Dame de Paris"),
            (1962, "signature des accords d'Évian"),
            (1969, "premier vol du Concorde"),
        ),
    ),
    "es": (
        (
            "Efemérides: hace {ago1} años, {e1} · {y2} – {e2}",
            "Tal día como hoy, hace {ago1} años: {e1}. Y hace {ago2}: {e2}",
        ),
        (
            (1492, "Cristóbal Colón llega a América"),
            (1978, "Se aprueba en referéndum la Constitución española"),
            (1981, "Intento de golpe de Estado del 23-F"),
            (2010, "España gana el Mundial de Sudáfrica"),
            (1992, "Inauguración de los Juegos Olímpicos de Barcelona"),
            (1975, "Muere Francisco Franco"),
            (1986, "España ingresa en la Comunidad Económica Europea"),
        ),
    ),
    "it": (
        (
            "Accadde oggi: {ago1} anni fa {e1} · nel {y2} {e2}",
            "Accadde oggi · {y1}: {e1} ({ago1} anni fa) · {y2}: {e2}",
        ),
        (
            (1946, "l'Italia sceglie la Repubblica con il referendum"),
            (1992, "la strage di Capaci"),
            (2006, "l'Italia vince i Mondiali in Germania"),
            (1966, "l'alluvione di Firenze"),
            (1980, "il terremoto dell'Irpinia"),
            (1861, "la proclamazione del Regno d'Italia"),
            (1960, "si aprono le Olimpiadi di Roma"),
        ),
    ),
    "pt": (
        (
            "Hoje na história: há {ago1} anos, {e1} · {y2} – {e2}",
            "Aconteceu neste dia · {y1}: {e1} (há {ago1} anos) · {y2}: {e2}",
        ),
        (
            (1974, "Revolução dos Cravos em Portugal"),
            (1822, "Independência do Brasil"),
            (1960, "Inauguração de Brasília"),
            (1994, "Morte de Ayrton Senna em Ímola"),
            (2016, "Portugal conquista o Euro 2016"),
            (1889, "Proclamação da República no Brasil"),
            (1998, "Abertura da Expo '98 em Lisboa"),
        ),
    ),
    "ru": (
        (
            "Этот день в истории: {ago1} {ru1} назад {e1} · {y2} — {e2}",
            "В этот день в {y1} году {e1} ({ago1} {ru1} назад); в {y2} году {e2}",
        ),
        (
            (1961, "Юрий Гагарин совершил первый полёт человека в космос"),
            (1945, "прошёл Парад Победы на Красной площади"),
            (1991, "подписаны Беловежские соглашения"),
            (1957, "запущен первый искусственный спутник Земли"),
            (1980, "открылись XXII Олимпийские игры в Москве"),
            (1986, "произошла авария на Чернобыльской АЭС"),
            (1703, "основан Санкт-Петербург"),
        ),
    ),
    "tr": (
        (
            "Tarihte bugün: {ago1} yıl önce {e1} · {y2} – {e2}",
            "Tarihte bugün ne oldu? {y1} ({ago1} yıl önce): {e1} · {y2}: {e2}",
        ),
        (
            (1923, "Türkiye Cumhuriyeti ilan edildi"),
            (1920, "Türkiye Büyük Millet Meclisi açıldı"),
            (1938, "Mustafa Kemal Atatürk hayatını kaybetti"),
            (1934, "Kadınlara milletvekili seçme ve seçilme hakkı tanındı"),
            (1999, "Gölcük merkezli Marmara depremi meydana geldi"),
            (2002, "Türkiye Dünya Kupası'nda üçüncü oldu"),
            (1973, "Boğaziçi Köprüsü hizmete açıldı"),
        ),
    ),
    "ja": (
        (
            "今日は何の日　{ago1}年前の{y1}年 {e1}／{y2}年 {e2}",
            "きょうは何の日？ {y1}年：{e1}（{ago1}年前）／{y2}年：{e2}",
        ),
        (
            (1964, "東海道新幹線が開業"),
            (1995, "阪神・淡路大震災が発生"),
            (1970, "大阪万博が開幕"),
            (2011, "東日本大震災が発生"),
            (1989, "元号が「平成」に改められる"),
            (1983, "東京ディズニーランドが開園"),
            (1958, "東京タワーが完成"),
        ),
    ),
    "ko": (
        (
            "오늘의 역사 | {ago1}년 전 오늘 {e1} · {y2}년 {e2}",
            "오늘의 역사 · {y1}년 {e1}({ago1}주년) · {y2}년 {e2}",
        ),
        (
            (1950, "6·25 전쟁 발발"),
            (1988, "서울 올림픽 개막"),
            (2002, "한·일 월드컵 개막"),
            (1987, "6·29 민주화 선언"),
            (1980, "5·18 민주화운동 시작"),
            (1970, "경부고속도로 개통"),
            (1945, "8·15 광복"),
        ),
    ),
    "zh": (
        (
            "历史上的今天 | {ago1}年前的今天，{e1} · {y2}年：{e2}",
            "历史上的今天 · {y1}年：{e1}（{ago1}周年）· {y2}年：{e2}",
        ),
        (
            (1949, "中华人民共和国成立"),
            (1997, "香港回归祖国"),
            (2008, "北京奥运会开幕"),
            (2003, "神舟五号载人飞船发射成功"),
            (1999, "澳门回归祖国"),
            (1970, "东方红一号卫星发射成功"),
            (1978, "中共十一届三中全会召开"),
        ),
    ),
    "he": (
        (
            "היום בהיסטוריה: לפני {ago1} שנים – {e1} · {y2}: {e2}",
            "היום לפני {ago1} שנים: {e1}. ולפני {ago2} שנים: {e2}",
        ),
        (
            (1948, "הכרזת העצמאות של מדינת ישראל"),
            (1967, "איחוד ירושלים במלחמת ששת הימים"),
            (1976, "מבצע אנטבה"),
            (1995, "רצח ראש הממשלה יצחק רבין"),
            (1979, "חתימת הסכם השלום עם מצרים"),
            (1977, "ביקור נשיא מצרים סאדאת בירושלים"),
            (2005, "ביצוע תוכנית ההתנתקות"),
        ),
    ),
    "ar": (
        (
            "حدث في مثل هذا اليوم قبل {ago1} عامًا: {e1} · {y2}: {e2}",
            "في مثل هذا اليوم من عام {y1}: {e1} · {y2}: {e2} (قبل {ago2} عامًا)",
        ),
        (
            (1952, "قيام ثورة 23 يوليو في مصر"),
            (1956, "تأميم قناة السويس"),
            (1973, "اندلاع حرب أكتوبر"),
            (1869, "افتتاح قناة السويس للملاحة"),
            (1945, "تأسيس جامعة الدول العربية"),
            (1971, "قيام دولة الإمارات العربية المتحدة"),
            (1932, "توحيد المملكة العربية السعودية"),
        ),
    ),
    "el": (
        (
            "Σαν σήμερα, πριν από {ago1} χρόνια: {e1} · {y2}: {e2}",
            "Σαν σήμερα · {y1}: {e1} ({ago1} χρόνια) · {y2}: {e2}",
        ),
        (
            (1821, "κήρυξη της Ελληνικής Επανάστασης"),
            (1940, "το «ΟΧΙ» του Ιωάννη Μεταξά"),
            (1973, "εξέγερση του Πολυτεχνείου"),
            (2004, "η Ελλάδα κατακτά το Euro 2004"),
            (1981, "η Ελλάδα γίνεται μέλος της ΕΟΚ"),
            (1896, "έναρξη των πρώτων σύγχρονων Ολυμπιακών Αγώνων στην Αθήνα"),
            (1974, "αποκατάσταση της Δημοκρατίας"),
        ),
    ),
    "hi": (
        (
            "आज का इतिहास: {ago1} साल पहले आज – {e1} · {y2}: {e2}",
            "इतिहास में आज · {y1}: {e1} ({ago1} वर्ष पहले) · {y2}: {e2}",
        ),
        (
            (1947, "भारत को आज़ादी मिली"),
            (1950, "भारत का संविधान लागू हुआ"),
            (1983, "भारत ने पहली बार क्रिकेट विश्व कप जीता"),
            (2008, "चंद्रयान-1 का सफल प्रक्षेपण"),
            (1969, "इसरो की स्थापना"),
            (1998, "पोखरण में परमाणु परीक्षण"),
            (2011, "भारत ने दूसरी बार क्रिकेट विश्व कप जीता"),
        ),
    ),
    "th": (
        (
            "วันนี้ในอดีต: เมื่อ {ago1} ปีที่แล้ว {e1} · พ.ศ. {b2} {e2}",
            "วันนี้ในอดีต · พ.ศ. {b1} {e1} ({ago1} ปี) · พ.ศ. {b2} {e2}",
        ),
        (
            (1932, "เปลี่ยนแปลงการปกครองเป็นระบอบประชาธิปไตย"),
            (1973, "เหตุการณ์ 14 ตุลา"),
            (2004, "คลื่นสึนามิถล่มชายฝั่งอันดามัน"),
            (2006, "เปิดใช้ท่าอากาศยานสุวรรณภูมิ"),
            (1999, "เปิดให้บริการรถไฟฟ้าบีทีเอส"),
            (1782, "สถาปนากรุงรัตนโกสินทร์"),
            (1966, "ไทยเป็นเจ้าภาพเอเชียนเกมส์ครั้งที่ 5"),
        ),
    ),
}


def on_this_day(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(ON_THIS_DAY))
    templates, events = ON_THIS_DAY[lang]
    (y1, e1), (y2, e2) = sorted(rnd.sample(events, 2), key=lambda e: -e[0])
    now = max(y1 + 1, rnd.randint(2016, 2024))
    ago1, ago2 = now - y1, now - y2
    return rnd.choice(templates).format(
        y1=y1, e1=e1, y2=y2, e2=e2, ago1=ago1, ago2=ago2, ru1=_ru_years(ago1), b1=y1 + 543, b2=y2 + 543
    )


def _ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    return "года" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "лет"


# ---------------------------------------------------------------- defects in other fields
_VIDEO_BADGES = {  # the record's language: the badge an icon's label and the clip's running time leave
    "en": ("{t} Video {d}", "{t} ▶ {d}", "{t} Play Video {d}", "{t} | VIDEO | {d}"),
    "de": ("{t} Video {d} Min.", "{t} Video abspielen {d}", "{t} ▶ Video | {d}"),
    "fr": ("{t} Vidéo {d}", "{t} Lire la vidéo {d}", "{t} VIDÉO - Durée : {d}"),
    "es": ("{t} Vídeo {d}", "{t} Reproducir vídeo {d}"),
    "it": ("{t} Video {d}", "{t} Guarda il video {d}"),
    "pt": ("{t} Vídeo {d}", "{t} Assistir {d}"),
    "ru": ("{t} Видео {d}", "{t} Смотреть видео {d}"),
    "ar": ("{t} فيديو {d}", "{t} شاهد الفيديو {d}"),
    "ja": ("{t} 動画 {d}", "{t} 【動画】再生時間 {d}"),
    "ko": ("{t} 동영상 {d}", "{t} 영상 재생 {d}"),
    "zh": ("{t} 视频 {d}", "{t} 播放视频 {d}"),
}


def video_title(case: Case, rnd: random.Random) -> Case | None:
    """The play badge inside the heading's link (its icon's"
    " label and the clip's length) run onto the title."""
    title = case.record.get("title")
    if not title:
        return None
    seconds = rnd.randint(14, 1500)
    length = (
        f"{seconds // 60}:{seconds % 60:02d}"
        if rnd.random() < 0.6
        else f"{seconds // 60:02d}:{seconds % 60:02d}"
    )
    templates = _VIDEO_BADGES.get(guess_language(case), ()) + _VIDEO_BADGES["en"][:2]
    return _with(case, title=rnd.choice(templates).format(t=title.rstrip(), d=length))


def wrong_century(case: Case, rnd: random.Random) -> Case | None:
    """A page's ``04.03.24`` read with a four-digit year pattern (year 24) or a two-digit year's pivot set a
    century back (1924), then written out as the record's date."""
    published = case.record.get("published")
    try:
        when = datetime.fromisoformat(published) if published else None
    except ValueError:
        when = None
    if when is None:
        when = datetime(2016, 1, 1, tzinfo=UTC) + timedelta(
            days=rnd.randrange(3000), minutes=rnd.randrange(1440)
        )
    yy = when.year % 100
    year = rnd.choice((yy, yy, 1900 + yy))
    offset = when.strftime("%z") if when.tzinfo else ""
    offset = f"{offset[:3]}:{offset[3:]}" if offset else rnd.choice(("+01:00", "+02:00", "Z", ""))
    if offset == "+00:00" and rnd.random() < 0.5:
        offset = "Z"
    stamp = f"{year:04d}-{when.month:02d}-{when.day:02d}"
    shown = rnd.choice(
        (
            f"{stamp}T{when.hour:02d}:{when.minute:02d}:{when.second:02d}{offset}",
            f"{stamp}T{when.hour:02d}:{when.minute:02d}:00.000{offset or 'Z'}",
            f"{stamp}T00:00:00{offset}",
            stamp,
        )
    )
    return _with(case, published=shown)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "redaktion"


def author_object(case: Case, rnd: random.Random) -> Case | None:
    """The JSON-LD ``author`` object (or a script's object) turned into text and kept as the author entry."""
    names = [a for a in case.record.get("authors") or [] if isinstance(a, str) and a.strip()]
    names = names or [rnd.choice(_NAMES)]
    i = rnd.randrange(len(names))
    name = names[i]
    host = re.sub(r"^https?://([^/]+).*$", r"\1", case.record.get("url") or "https://example.com/")
    url = f"https://{host}/{rnd.choice(('autor', 'author', 'authors', 'profile', 'redaktion'))}/{_slug(name)}"
    obj: dict[str, object] = {"@type": "Person", "name": name}
    if rnd.random() < 0.5:
        obj["url"] = url
    if rnd.random() < 0.25:
        obj["sameAs"] = [f"https://twitter.com/{_slug(name).replace('-', '')}"]
    shown = rnd.choice(
        (
            repr(obj),
            json.dumps(obj, ensure_ascii=False),
            json.dumps(obj, ensure_ascii=False, separators=(",", ":")),
            json.dumps([obj], ensure_ascii=False),
            "[object Object]",
            f"{{'@type': 'Person', 'name': '{name}'}}",
        )
    )
    if rnd.random() < 0.6:
        return _with(case, authors=[*names[:i], shown, *names[i + 1 :]])
    return _with(case, authors=[*names[: i + 1], shown, *names[i + 1 :]])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "name-day widget (start)": record_only(at(name_day, "start")),
        "radio station's now-playing box (start)": record_only(at(radio, "start")),
        "COVID-19 dashboard box (start)": record_only(at(covid, "start")),
        "cinema showtimes box (middle)": record_only(at(cinema, "middle")),
        "betting-odds box with its gambling notice (middle)": record_only(at(odds, "middle")),
        "price-comparison or loan calculator widget (middle)": record_only(at(calculator, "middle")),
        "petition embed with its signature count (middle)": record_only(at(petition, "middle")),
        "pharmacies-on-duty box (end)": record_only(at(pharmacy, "end")),
        "earthquake feed (end)": record_only(at(earthquake, "end")),
        "'on this day' box (end)": record_only(at(on_this_day, "end")),
    }
    title = frozenset(
        {
            "schema",
            "title.not_a_headline",
            "title.too_long",
            "title.site_suffix",
            "title.kicker_joined",
            "title.byline_joined",
            "title.doubled",
            "title.markup_leak",
            "title.page_number",
            "title.comment_count",
            "title.running_time",  # added in session 19, after the set's first run: the check is newer
        }
    )
    fields: Kinds = {
        "a video badge with its running time run onto the end of the title": (
            record_only(video_title),
            title,
        ),
        "a two-digit year read into the wrong century as the date": (
            record_only(wrong_century),
            DATE_CHECKS,
        ),
        "the structured data's author object kept as text in the authors": (
            record_only(author_object),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (fourteenth set)", "fourteenth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
