"""A seventeenth blind set for issue 9, written by a helper in session 20 whose lines the lead did not see,
committed unread and run once on the code of ``94e7b24``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a box, widget, notice, promotion or piece of page furniture of a real news
  template, with its variable parts (cities and their clock times, ages and the birth dates an age check
  asks for, newsletter names, issue numbers and dates, warned regions, hazards, levels and hours, election
  days and the hour the polls close, hotel cities and stay dates, tour destinations, prices and booking
  lines, webcam places and the time a still was taken, clickbait headlines and their advertisers, the
  record's own site, headline and address, web agencies and themes, legal link labels, authorities, tender
  numbers and deadlines) drawn per record so that no two records share a line: at the start a world-clock
  bar ("Weltzeit: Berlin 14:32 · New York 08:32 · Tokio 22:32"), an age-verification gate ("Jugendschutz:
  Dieses Video ist erst ab 16 Jahren freigegeben ...", "이 정보내용은 청소년유해매체물로서 ..."), the
  view-in-browser header of an e-mailed newsletter kept by the extractor that read the newsletter's web
  copy ("View this email in your browser · The Morning Briefing · Issue #412 · ..."), an official
  weather-warning banner ("Vigilance orange orages : le Var ...", "东京地方に大雨警報 ...") and an
  election-silence notice ("Trwa cisza wyborcza ...", "공직선거법에 따라 ... 댓글 서비스가 일시 중단됩니다");
  in the middle a travel-booking search widget ("Find hotels in Lisbon: Check-in May 4 · Check-out May 9 ·
  2 adults, 1 room · Search"), the publisher's reader-travel offer ("Leserreise: Hurtigruten – 12 Tage ab
  2.490 € ..."), a live webcam's still with the time it was taken ("Webcam Zugspitze: Aufnahme vom ...")
  and a sponsored-content recommendation unit ("Promoted Stories: ... (SolarQuotes) · ..."); and at the
  end a copy-protection plugin's alert ("error: Content is protected !!" with the site's name), a
  cite-this-article box with the record's own address ("Zitiervorschlag: ...", "Как цитировать: ... //
  ... — URL: ..."), a web agency's or a CMS theme's credit ("Proudly powered by WordPress | Theme: ...",
  "技术支持：...网络科技有限公司"), the footer's row of legal links ("Impressum · Datenschutz · AGB ·
  Cookie-Einstellungen") and a box of public and legal notices ("Annonces légales : ...", "Bando di gara
  ... CIG ..."), in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish,
  Norwegian, Polish, Czech, Slovak, Slovenian, Hungarian, Turkish, Indonesian, Vietnamese, Russian,
  Ukrainian, Greek, Hebrew, Arabic, Persian, Urdu, Hindi, Bengali, Thai, Chinese, Japanese and Korean;
* defects in other fields: the title upper-cased by the page's style (an extractor reading the rendered
  text of a headline set in ``text-transform: uppercase``), the next article's headline as the title (an
  infinite-scroll page whose second article's heading the extractor took), the date printed in the site's
  header (the day the page was fetched) as the date, and the label of the link to the author's page kept as
  the author entry ("View all posts by Jane Miller", "Alle Artikel von ...").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind17.py --corpus ../shared/corpus
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
    TITLE_CHECKS,
    Kinds,
    at,
    guess_language,
    once,
    once_for,
    placed,
    spread,
)
from checks_defects import _NAMES, Case, Defect, _with, record_only


# ---------------------------------------------------------------- drawing helpers
def _day(rnd: random.Random, first: date = date(2016, 1, 1), days: int = 3300) -> date:
    return first + timedelta(days=rnd.randrange(days))


def _digits(rnd: random.Random, pattern: str) -> str:
    """``pattern`` with each ``#`` a random digit."""
    return "".join(rnd.choice("0123456789") if c == "#" else c for c in pattern)


def _grouped(n: int, sep: str) -> str:
    """``n`` with its thousands set apart by ``sep``."""
    return f"{n:,}".replace(",", sep)


_MONTHS = {  # as a page writes the month after the day's number (genitive where the language has one)
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου"
    " Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
}
_WEEKDAYS = {  # Monday first
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "he": "שני שלישי רביעי חמישי שישי שבת ראשון",
    "ja": "月 火 水 木 金 土 日",
    "ko": "월 화 수 목 금 토 일",
}


def _date_kw(lang: str, d: date) -> dict[str, str | int]:
    """The parts of ``d`` a template in ``lang`` may ask for."""
    return {
        "d": d.day,
        "dd": f"{d.day:02d}",
        "m": d.month,
        "mm": f"{d.month:02d}",
        "y": d.year,
        "be": d.year + 543,
        "mon": _MONTHS[lang].split()[d.month - 1] if lang in _MONTHS else "",
        "wd": _WEEKDAYS[lang].split()[d.weekday()] if lang in _WEEKDAYS else "",
    }


def _second(lang: str, d: date) -> dict[str, str | int]:
    """A second date's parts, under names ending in 2 (``d2``, ``mon2``...)."""
    return {f"{k}2": v for k, v in _date_kw(lang, d).items()}


# ---------------------------------------------------------------- world-clock bar (start)
WORLD_CLOCK = {  # language: (labels, cities with their offsets from UTC in hours, the site's own city first)
    "en": (
        ("World clock", "Time around the world", "WORLD TIME"),
        (
            ("London", 0),
            ("New York", -5),
            ("Washington", -5),
            ("Los Angeles", -8),
            ("Tokyo", 9),
            ("Sydney", 10),
            ("Dubai", 4),
            ("Hong Kong", 8),
            ("Moscow", 3),
            ("New Delhi", 5.5),
            ("Johannesburg", 2),
        ),
    ),
    "de": (
        ("Weltzeit", "Weltzeituhr", "Uhrzeit weltweit"),
        (
            ("Berlin", 1),
            ("London", 0),
            ("New York", -5),
            ("Peking", 8),
            ("Tokio", 9),
            ("Moskau", 3),
            ("Sydney", 10),
            ("Los Angeles", -8),
            ("Dubai", 4),
            ("Neu-Delhi", 5.5),
        ),
    ),
    "fr": (
        ("Heure dans le monde", "Horloge mondiale"),
        (
            ("Paris", 1),
            ("Londres", 0),
            ("New York", -5),
            ("Montréal", -5),
            ("Pékin", 8),
            ("Tokyo", 9),
            ("Moscou", 3),
            ("Dakar", 0),
            ("Beyrouth", 2),
            ("Nouméa", 11),
        ),
    ),
    "es": (
        ("Hora mundial", "Reloj mundial"),
        (
            ("Madrid", 1),
            ("Ciudad de México", -6),
            ("Buenos Aires", -3),
            ("Bogotá", -5),
            ("Nueva York", -5),
            ("Londres", 0),
            ("Tokio", 9),
            ("Pekín", 8),
            ("Lima", -5),
            ("Santiago", -4),
        ),
    ),
    "pt": (
        ("Hora no mundo",),
        (
            ("Lisboa", 0),
            ("Brasília", -3),
            ("Luanda", 1),
            ("Maputo", 2),
            ("Nova Iorque", -5),
            ("Londres", 0),
            ("Tóquio", 9),
            ("Macau", 8),
            ("Praia", -1),
        ),
    ),
    "ru": (
        ("Мировое время", "Время в мире"),
        (
            ("Москва", 3),
            ("Лондон", 0),
            ("Нью-Йорк", -5),
            ("Пекин", 8),
            ("Токио", 9),
            ("Владивосток", 10),
            ("Новосибирск", 7),
            ("Дубай", 4),
            ("Берлин", 1),
            ("Екатеринбург", 5),
        ),
    ),
    "tr": (
        ("Dünya saatleri",),
        (
            ("İstanbul", 3),
            ("Londra", 0),
            ("New York", -5),
            ("Berlin", 1),
            ("Moskova", 3),
            ("Tokyo", 9),
            ("Pekin", 8),
            ("Bakü", 4),
            ("Dubai", 4),
        ),
    ),
    "el": (
        ("Η ώρα στον κόσμο",),
        (
            ("Αθήνα", 2),
            ("Λονδίνο", 0),
            ("Νέα Υόρκη", -5),
            ("Βρυξέλλες", 1),
            ("Μελβούρνη", 10),
            ("Τόκιο", 9),
            ("Πεκίνο", 8),
            ("Μόσχα", 3),
            ("Λευκωσία", 2),
        ),
    ),
    "ar": (
        ("توقيت العالم", "الساعة في العالم"),
        (
            ("مكة المكرمة", 3),
            ("القاهرة", 2),
            ("دبي", 4),
            ("الرباط", 1),
            ("بيروت", 2),
            ("لندن", 0),
            ("نيويورك", -5),
            ("باريس", 1),
            ("طوكيو", 9),
            ("الدوحة", 3),
        ),
    ),
    "he": (
        ("שעון עולמי",),
        (
            ("ירושלים", 2),
            ("ניו יורק", -5),
            ("לונדון", 0),
            ("פריז", 1),
            ("מוסקבה", 3),
            ("בייג'ינג", 8),
            ("טוקיו", 9),
            ("לוס אנג'לס", -8),
        ),
    ),
    "hi": (
        ("विश्व समय",),
        (
            ("नई दिल्ली", 5.5),
            ("लंदन", 0),
            ("न्यूयॉर्क", -5),
            ("दुबई", 4),
            ("सिंगापुर", 8),
            ("टोक्यो", 9),
            ("सिडनी", 10),
            ("मॉस्को", 3),
        ),
    ),
    "th": (
        ("เวลาทั่วโลก",),
        (
            ("กรุงเทพฯ", 7),
            ("ลอนดอน", 0),
            ("นิวยอร์ก", -5),
            ("โตเกียว", 9),
            ("ปักกิ่ง", 8),
            ("สิงคโปร์", 8),
            ("ซิดนีย์", 10),
            ("ปารีส", 1),
        ),
    ),
    "zh": (
        ("世界时间", "世界时钟"),
        (
            ("北京", 8),
            ("纽约", -5),
            ("伦敦", 0),
            ("东京", 9),
            ("巴黎", 1),
            ("莫斯科", 3),
            ("悉尼", 10),
            ("洛杉矶", -8),
            ("迪拜", 4),
            ("新加坡", 8),
        ),
    ),
    "ja": (
        ("世界の時刻", "世界時計"),
        (
            ("東京", 9),
            ("ニューヨーク", -5),
            ("ロンドン", 0),
            ("パリ", 1),
            ("北京", 8),
            ("シドニー", 10),
            ("ロサンゼルス", -8),
            ("ドバイ", 4),
            ("ホノルル", -10),
        ),
    ),
    "ko": (
        ("세계 시각", "세계시간"),
        (
            ("서울", 9),
            ("뉴욕", -5),
            ("런던", 0),
            ("베이징", 8),
            ("도쿄", 9),
            ("파리", 1),
            ("워싱턴", -5),
            ("모스크바", 3),
            ("시드니", 10),
        ),
    ),
}


def world_clock(rnd: random.Random) -> str:
    """The header's clock bar: the site's city and three to five others, each with its time."""
    lang = rnd.choice(sorted(WORLD_CLOCK))
    labels, cities = WORLD_CLOCK[lang]
    utc = rnd.randrange(24 * 60)
    picked = [cities[0], *rnd.sample(cities[1:], rnd.randint(3, min(5, len(cities) - 1)))]
    times = []
    for city, offset in picked:
        minutes = int((utc + offset * 60) % (24 * 60))
        hh, mi = divmod(minutes, 60)
        if lang == "en" and rnd.random() < 0.5:
            times.append(f"{city} {(hh - 1) % 12 + 1}:{mi:02d} {'AM' if hh < 12 else 'PM'}")
        else:
            times.append(f"{city} {hh:02d}:{mi:02d}")
    if lang in ("zh", "ja"):
        sep, colon = rnd.choice(("　", "｜", " | ")), "："
    else:
        sep, colon = rnd.choice((" | ", " · ", " • ", "  ")), ":"
    return rnd.choice(labels) + colon + (" " if colon == ":" else "") + sep.join(times)


# ---------------------------------------------------------------- age-verification gate (start)
AGE_GATE = {  # language: (templates, ages); {age}, the birth-date limit's parts, {h1}-{h2} the hours it shows
    "en": (
        (
            "Age verification: This content is intended for adults only. You must be {age} or older to"
            " continue. Were you born on or before {mon} {d}, {y}? Yes · No",
            "This video is age-restricted ({age}+). Please confirm that you were born before {mon} {d}, {y}"
            " to continue. Confirm · Cancel",
        ),
        (18, 21),
    ),
    "de": (
        (
            "Jugendschutz: Dieses Video ist erst ab {age} Jahren freigegeben und kann deshalb nur zwischen"
            " {h1} und {h2} Uhr abgerufen werden.",
            "Altersprüfung: Dieser Inhalt ist nur für Personen ab {age} Jahren bestimmt. Bitte bestätigen"
            " Sie,"
            " dass Sie vor dem {d}. {mon} {y} geboren sind. Ja, ich bin über {age} · Nein",
        ),
        (16, 18),
    ),
    "fr": (
        (
            "Contenu réservé aux adultes : vous devez avoir {age} ans ou plus pour accéder à cette page."
            " Êtes-vous né(e) avant le {d} {mon} {y} ? Oui · Non",
        ),
        (18,),
    ),
    "es": (
        (
            "Contenido para mayores de {age} años. Confirma que naciste antes del {d} de {mon} de {y} para"
            " continuar. Sí · No",
        ),
        (18,),
    ),
    "it": (
        (
            "Verifica dell'età: questo contenuto è riservato ai maggiori di {age} anni. Confermi di essere"
            " nato prima del {d} {mon} {y}? Sì · No",
        ),
        (18,),
    ),
    "pt": (
        (
            "Conteúdo impróprio para menores de {age} anos. Confirme que nasceu antes de {d} de {mon} de"
            " {y}. Sim · Não",
        ),
        (18,),
    ),
    "nl": (
        (
            "Leeftijdscontrole: deze inhoud is alleen bedoeld voor bezoekers van {age} jaar of ouder. Ben je"
            " geboren vóór {d} {mon} {y}? Ja · Nee",
        ),
        (18,),
    ),
    "pl": (
        (
            "Weryfikacja wieku: treści przeznaczone wyłącznie dla osób pełnoletnich ({age}+). Czy urodziłeś"
            " się przed {d} {mon} {y}? Tak · Nie",
        ),
        (18,),
    ),
    "ru": (
        (
            "Материал предназначен для лиц старше {age} лет. Подтвердите, что вы родились до {d} {mon} {y} г."
            " Да, мне есть {age} · Нет",
        ),
        (18,),
    ),
    "uk": (
        (
            "Матеріал призначений для осіб старше {age} років. Підтвердіть, що ви народилися до {d} {mon}"
            " {y} р. Так · Ні",
        ),
        (18,),
    ),
    "tr": (
        (
            "Bu içerik {age} yaş ve üzeri kullanıcılar içindir. {d} {mon} {y} tarihinden önce doğduğunuzu"
            " onaylıyor musunuz? Evet · Hayır",
        ),
        (18,),
    ),
    "el": (
        (
            "Το περιεχόμενο απευθύνεται σε ενήλικες άνω των {age} ετών. Επιβεβαιώστε ότι γεννηθήκατε πριν"
            " από τις {d} {mon} {y}. Ναι · Όχι",
        ),
        (18,),
    ),
    "ar": (
        ("هذا المحتوى مخصص لمن تجاوزوا {age} عامًا. يرجى تأكيد أنك من مواليد ما قبل {d} {mon} {y}. نعم · لا",),
        (18,),
    ),
    "he": (
        ("התוכן מיועד לבני {age} ומעלה בלבד. אנא אשרו כי נולדתם לפני {d}.{m}.{y}. כן · לא",),
        (18,),
    ),
    "hi": (
        (
            "यह सामग्री केवल {age} वर्ष से अधिक आयु के पाठकों के लिए है। पुष्टि करें कि आपका जन्म {d} {mon} {y}"
            " से पहले हुआ था। हाँ · नहीं",
        ),
        (18,),
    ),
    "th": (
        ("เนื้อหานี้เหมาะสำหรับผู้ที่มีอายุ {age} ปีขึ้นไป กรุณายืนยันว่าคุณเกิดก่อนวันที่ {d} {mon} {be} ใช่ · ไม่ใช่",),
        (18, 20),
    ),
    "zh": (
        ("本内容仅限{age}岁以上用户浏览，请确认您的出生日期早于{y}年{m}月{d}日。确认 · 离开",),
        (18,),
    ),
    "ja": (
        (
            "年齢確認：このページには{age}歳未満の方には不適切な内容が含まれています。{y}年{m}月{d}日以前に"
            "お生まれですか？　はい／いいえ",
        ),
        (18, 20),
    ),
    "ko": (
        (
            "이 정보내용은 청소년유해매체물로서 정보통신망법 및 청소년보호법에 따라 {age}세 미만의 청소년이"
            " 이용할 수 없습니다. {y}년 {m}월 {d}일 이전 출생자만 이용할 수 있습니다. 성인 인증 · 취소",
        ),
        (19,),
    ),
}


def age_gate(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(AGE_GATE))
    templates, ages = AGE_GATE[lang]
    age = rnd.choice(ages)
    today = _day(rnd, date(2017, 1, 1), 3000)
    limit = today.replace(year=today.year - age, day=min(today.day, 28))
    h1 = rnd.choice((20, 22, 23))
    return rnd.choice(templates).format(age=age, h1=h1, h2=6, **_date_kw(lang, limit))


# ---------------------------------------------------------------- e-mailed newsletter's header (start)
NEWSLETTER_HEADERS = {  # language: (templates, newsletter names); {n} the issue
    "en": (
        (
            "View this email in your browser · {nl} · Issue #{n} · {wd}, {mon} {d}, {y}",
            "Having trouble viewing this email? View it as a web page. | {nl} — {mon} {d}, {y}",
            "{nl} | {wd}, {mon} {d}, {y} | View in browser | Forward to a friend",
        ),
        (
            "The Morning Briefing",
            "Evening Edition",
            "The Daily Digest",
            "Politics Weekly",
            "The Download",
            "Week in Review",
            "Climate Matters",
        ),
    ),
    "de": (
        (
            "Wird diese E-Mail nicht richtig angezeigt? Im Browser öffnen · {nl} Nr. {n} vom {d}. {mon} {y}",
            "Newsletter im Browser ansehen | {nl} | {wd}, {d}. {mon} {y}",
        ),
        (
            "Der Morgen",
            "Das Wichtigste am Abend",
            "Die Lage am Morgen",
            "Wirtschaft kompakt",
            "Ihr Wochenende",
        ),
    ),
    "fr": (
        (
            "Si cet e-mail ne s'affiche pas correctement, cliquez ici · {nl} n°{n} – {wd} {d} {mon} {y}",
            "Voir la version en ligne | {nl} du {d} {mon} {y}",
        ),
        (
            "La Matinale",
            "L'essentiel du soir",
            "Le Brief éco",
            "La lettre politique",
            "Le Récap de la semaine",
        ),
    ),
    "es": (
        ("¿No ves bien este correo? Ábrelo en tu navegador · {nl} · {wd} {d} de {mon} de {y}",),
        ("La Mañana", "El Boletín de la tarde", "Lo que hay que saber", "Economía a fondo"),
    ),
    "it": (
        ("Non visualizzi correttamente questa email? Aprila nel browser · {nl} n. {n} del {d} {mon} {y}",),
        ("Il Punto", "Prima ora", "La rassegna della sera", "Economia in breve"),
    ),
    "pt": (
        ("Não consegue ver este e-mail? Abra no navegador · {nl} · edição {n} · {d} de {mon} de {y}",),
        ("Resumo do Dia", "Café da Manhã", "A Semana", "Expresso Curto"),
    ),
    "nl": (
        ("Bekijk deze e-mail in je browser · {nl} · {wd} {d} {mon} {y}",),
        ("Het ochtendnieuws", "De Avondbrief", "Week in beeld", "Economie vandaag"),
    ),
    "sv": (
        ("Visa nyhetsbrevet i webbläsaren · {nl} · {wd} {d} {mon} {y}",),
        ("Morgonbrevet", "Kvällens viktigaste", "Veckans ekonomi"),
    ),
    "pl": (
        ("Wiadomość nie wyświetla się poprawnie? Otwórz ją w przeglądarce · {nl} nr {n} · {d} {mon} {y}",),
        ("Poranek", "Wieczorny przegląd", "Tydzień w skrócie"),
    ),
    "ru": (
        ("Открыть письмо в браузере · {nl} № {n} от {d} {mon} {y}",),
        ("Утренняя рассылка", "Главное за день", "Вечерний выпуск", "Итоги недели"),
    ),
    "tr": (
        ("Bu e-postayı tarayıcıda görüntüleyin · {nl} · Sayı {n} · {d} {mon} {y}",),
        ("Sabah Bülteni", "Günün Özeti", "Haftanın Özeti"),
    ),
    "ar": (
        ("إذا لم تظهر هذه الرسالة بشكل صحيح، اعرضها في المتصفح · {nl} · العدد {n} · {d} {mon} {y}",),
        ("النشرة الصباحية", "موجز المساء", "حصاد الأسبوع"),
    ),
    "he": (
        ("לצפייה בדיוור בדפדפן · {nl} · גיליון {n} · {d}.{m}.{y}",),
        ("מבזק הבוקר", "סיכום היום", "השבוע בכלכלה"),
    ),
    "hi": (
        ("यह ईमेल ठीक से नहीं दिख रहा? ब्राउज़र में देखें · {nl} · अंक {n} · {d} {mon} {y}",),
        ("सुबह की सुर्खियां", "शाम की खबरें", "साप्ताहिक राउंडअप"),
    ),
    "th": (
        ("ดูอีเมลนี้ในเบราว์เซอร์ · {nl} ฉบับที่ {n} · {d} {mon} {be}",),
        ("สรุปข่าวเช้า", "จดหมายข่าวประจำสัปดาห์"),
    ),
    "zh": (
        ("如果邮件无法正常显示，请点击这里查看网页版 · {nl} 第{n}期 · {y}年{m}月{d}日",),
        ("早报", "每日简报", "晚间速递", "周末读本"),
    ),
    "ja": (
        ("メールが正しく表示されない場合はこちら｜{nl} 第{n}号｜{y}年{m}月{d}日",),
        ("朝刊ダイジェスト", "夕刊メール", "週刊ニュースレター", "今日の経済"),
    ),
    "ko": (
        ("메일이 잘 보이지 않으면 여기를 클릭하세요 · {nl} 제{n}호 · {y}년 {m}월 {d}일",),
        ("모닝 브리핑", "오늘의 뉴스레터", "주간 경제"),
    ),
}


def newsletter_header(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(NEWSLETTER_HEADERS))
    templates, names = NEWSLETTER_HEADERS[lang]
    return rnd.choice(templates).format(
        nl=rnd.choice(names), n=rnd.randint(1, 1500), **_date_kw(lang, _day(rnd))
    )


# ---------------------------------------------------------------- official weather-warning banner (start)
WARNINGS = {  # language: (templates, levels, hazards, regions); {h} the hour it runs until
    "en": (
        ("Met Office {lvl} weather warning for {hz} in force for {rg} until {h}:00 on {wd} {d} {mon}",),
        ("yellow", "amber", "red"),
        ("wind", "rain", "snow and ice", "thunderstorms", "fog"),
        (
            "South West England",
            "Strathclyde",
            "Wales",
            "North East England",
            "Northern Ireland",
            "Grampian",
            "East Midlands",
        ),
    ),
    "en-us": (
        ("{hz} Warning in effect for {rg} until {h12}:{mi} {ampm} {wd} · National Weather Service",),
        ("",),
        ("Winter Storm", "Flash Flood", "Excessive Heat", "High Wind", "Blizzard", "Red Flag"),
        ("Travis County", "Cook County", "Maricopa County", "King County", "Harris County", "Fulton County"),
    ),
    "de": (
        (
            "Amtliche Unwetterwarnung des DWD vor {hz} für {rg} · gültig bis {wd}, {d}. {mon}, {h}:00 Uhr"
            " · Warnstufe {lvl} von 4",
        ),
        ("2", "3", "4"),
        ("Sturmböen", "schwerem Gewitter", "Glatteis", "Dauerregen", "extremer Hitze", "starkem Schneefall"),
        (
            "den Landkreis München",
            "den Kreis Wesel",
            "die Stadt Köln",
            "den Erzgebirgskreis",
            "den Landkreis Rosenheim",
            "den Kreis Ostholstein",
        ),
    ),
    "fr": (
        ("Météo-France : {rg} en vigilance {lvl} {hz} jusqu'à {wd} {d} {mon}, {h}h",),
        ("jaune", "orange", "rouge"),
        ("orages", "pluie-inondation", "vent violent", "neige-verglas", "canicule", "vagues-submersion"),
        ("le Var", "la Gironde", "le Bas-Rhin", "l'Hérault", "la Haute-Garonne", "le Finistère"),
    ),
    "it": (
        ("Allerta meteo {lvl} per {hz} in {rg} fino alle ore {h} di {wd} {d} {mon} · Protezione Civile",),
        ("gialla", "arancione", "rossa"),
        ("temporali", "rischio idrogeologico", "neve", "vento forte"),
        ("Liguria", "Toscana", "Calabria", "Veneto", "Campania", "Sicilia orientale"),
    ),
    "es": (
        ("Aviso {lvl} por {hz} en {rg} hasta las {h}:00 del {wd} {d} de {mon} · AEMET",),
        ("amarillo", "naranja", "rojo"),
        ("lluvias", "tormentas", "nevadas", "fenómenos costeros", "temperaturas máximas", "viento"),
        ("Valencia", "Málaga", "Asturias", "la sierra de Madrid", "Girona", "Cantabria"),
    ),
    "nl": (
        ("Code {lvl} voor {hz} in {rg} tot {wd} {h}.00 uur · KNMI",),
        ("geel", "oranje", "rood"),
        ("zware windstoten", "gladheid", "onweersbuien", "sneeuwval", "dichte mist"),
        ("Zeeland", "Noord-Holland", "Friesland", "Limburg", "Groningen", "Zuid-Holland"),
    ),
    "pl": (
        ("Ostrzeżenie IMGW {lvl}. stopnia przed {hz} dla {rg} · ważne do {d} {mon}, godz. {h}:00",),
        ("1", "2", "3"),
        ("burzami z gradem", "silnym wiatrem", "intensywnymi opadami deszczu", "oblodzeniem", "upałem"),
        ("powiatu tatrzańskiego", "województwa pomorskiego", "powiatu krakowskiego", "Warszawy", "Śląska"),
    ),
    "cs": (
        ("Výstraha ČHMÚ: {hz} – {lvl}. stupeň nebezpečí pro {rg} do {d}. {m}. {h}:00",),
        ("1", "2", "3"),
        ("Silné bouřky", "Vysoké teploty", "Silný vítr", "Náledí", "Povodňová pohotovost"),
        ("Jihomoravský kraj", "Prahu", "Moravskoslezský kraj", "Liberecký kraj", "kraj Vysočina"),
    ),
    "ru": (
        ("Штормовое предупреждение МЧС: {hz} {rg} до {h}:00 {d} {mon}",),
        ("",),
        ("сильный ветер", "ливни с грозой", "сильный снегопад", "гололёд", "аномальная жара"),
        ("в Москве и области", "в Санкт-Петербурге", "в Краснодарском крае", "в Приморье", "на Урале"),
    ),
    "el": (
        ("Έκτακτο δελτίο επιδείνωσης καιρού της ΕΜΥ: {hz} {rg} έως {wd} {d} {mon}, {h}:00",),
        ("",),
        ("καταιγίδες", "θυελλώδεις άνεμοι", "χιονοπτώσεις", "ισχυρές βροχές"),
        ("στην Αττική", "στην Κρήτη", "στη Θεσσαλία", "στη Δυτική Ελλάδα", "στις Κυκλάδες"),
    ),
    "tr": (
        ("Meteorolojiden {rg} için {lvl} kodlu uyarı: {hz} · geçerlilik: {d} {mon}, saat {h}:00",),
        ("sarı", "turuncu", "kırmızı"),
        ("kuvvetli sağanak", "fırtına", "yoğun kar yağışı", "kuvvetli rüzgar"),
        ("İstanbul", "Ankara", "Antalya", "Rize", "Muğla", "İzmir"),
    ),
    "ja": (
        ("{rg}に{hz}{lvl}が発表されています（{m}月{d}日{h}時{mi}分 気象庁発表）",),
        ("警報", "特別警報", "注意報"),
        ("大雨", "暴風", "大雪", "洪水", "高潮"),
        ("東京地方", "大阪府", "福岡県", "北海道石狩地方", "沖縄本島地方", "静岡県中部"),
    ),
    "ko": (
        ("[기상특보] {rg} {hz}{lvl} 발효 중 ({m}월 {d}일 {h}시 기준, 기상청)",),
        ("주의보", "경보"),
        ("호우", "대설", "강풍", "폭염", "태풍"),
        ("서울", "부산", "제주도", "강원 영동", "경기 북부"),
    ),
    "zh": (
        ("【预警】{rg}气象台{m}月{d}日{h}时{mi}分发布{hz}{lvl}预警信号",),
        ("黄色", "橙色", "红色", "蓝色"),
        ("暴雨", "大风", "高温", "寒潮", "雷电"),
        ("北京市", "上海市", "广东省", "深圳市", "杭州市", "四川省"),
    ),
    "hi": (
        ("मौसम विभाग का {lvl} अलर्ट: {rg} में {hz} की चेतावनी, {d} {mon} को {h} बजे तक प्रभावी",),
        ("ऑरेंज", "रेड", "येलो"),
        ("भारी बारिश", "लू", "आंधी-तूफान", "घने कोहरे"),
        ("दिल्ली", "मुंबई", "उत्तराखंड", "राजस्थान", "बिहार", "केरल"),
    ),
    "th": (
        ("กรมอุตุนิยมวิทยาประกาศเตือน{hz} ฉบับที่ {n} พื้นที่{rg} มีผลถึงวันที่ {d} {mon} {be} เวลา {h}.00 น.",),
        ("",),
        ("พายุฤดูร้อน", "ฝนตกหนักถึงหนักมาก", "คลื่นลมแรง", "อากาศหนาว"),
        ("กรุงเทพมหานครและปริมณฑล", "ภาคเหนือ", "ภาคใต้ฝั่งอันดามัน", "ภาคตะวันออกเฉียงเหนือ"),
    ),
    "ar": (
        ("تحذير من الأرصاد الجوية ({lvl}): {hz} على {rg} حتى الساعة {h}:00 يوم {wd} {d} {mon}",),
        ("المستوى الأصفر", "المستوى البرتقالي", "المستوى الأحمر"),
        ("أمطار رعدية غزيرة", "رياح نشطة مثيرة للأتربة", "موجة حارة", "ضباب كثيف"),
        ("منطقة مكة المكرمة", "القاهرة الكبرى", "الإمارات الشمالية", "جبل لبنان", "الدار البيضاء"),
    ),
    "he": (
        ("אזהרת מזג אוויר (דרגה {lvl}): {hz} ב{rg} עד השעה {h}:00 ביום {wd}",),
        ("צהובה", "כתומה", "אדומה"),
        ("גשמים עזים וסכנת שיטפונות", "רוחות חזקות", "עומס חום כבד", "שלג"),
        ("צפון הארץ", "ירושלים", "נגב", "מישור החוף", "רמת הגולן"),
    ),
}


def weather_warning(rnd: random.Random) -> str:
    key = rnd.choice(sorted(WARNINGS))
    lang = key.split("-")[0]
    templates, levels, hazards, regions = WARNINGS[key]
    h = rnd.randrange(24)
    return rnd.choice(templates).format(
        lvl=rnd.choice(levels),
        hz=rnd.choice(hazards),
        rg=rnd.choice(regions),
        h=h,
        h12=(h - 1) % 12 + 1,
        ampm="AM" if h < 12 else "PM",
        mi=f"{rnd.choice((0, 0, 15, 30, 45, rnd.randrange(60))):02d}",
        n=rnd.randint(1, 30),
        **_date_kw(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- election-silence notice (start)
SILENCE = {  # language: (templates, elections); {h} the hour the polls close
    "pl": (
        (
            "Trwa cisza wyborcza. Do zakończenia głosowania w {e} ({d} {mon} {y}, godz. {h}:00) komentarze"
            " pod artykułami są wyłączone.",
        ),
        ("wyborach do Sejmu i Senatu", "wyborach prezydenckich", "wyborach samorządowych"),
    ),
    "cs": (
        (
            "Volební moratorium: do uzavření volebních místností ({d}. {m}. {y} ve {h}:00) nezveřejňujeme"
            " průzkumy před {e} a diskuse pod články jsou uzavřeny.",
        ),
        ("sněmovními volbami", "prezidentskou volbou", "krajskými volbami"),
    ),
    "sk": (
        (
            "Volebné moratórium: do {d}. {m}. {y}, {h}:00 nezverejňujeme prieskumy k {e} a diskusie pod"
            " článkami sú vypnuté.",
        ),
        ("parlamentným voľbám", "prezidentským voľbám", "komunálnym voľbám"),
    ),
    "hu": (
        ("Választási kampánycsend: {y}. {mon} {d}. {h} óráig a {e} miatt a hozzászólások szünetelnek.",),
        ("országgyűlési választás", "önkormányzati választás", "népszavazás"),
    ),
    "fr": (
        (
            "Période de réserve électorale : jusqu'à la fermeture des derniers bureaux de vote pour {e}, le"
            " {wd} {d} {mon} à {h}h, nous ne publions aucun sondage ni résultat partiel.",
        ),
        ("l'élection présidentielle", "les élections législatives", "les élections municipales"),
    ),
    "es": (
        (
            "Jornada de reflexión: en cumplimiento de la Ley Electoral, hasta el cierre de los colegios a las"
            " {h}:00 del {d} de {mon} no se publicarán sondeos sobre {e}. Los comentarios permanecen"
            " cerrados.",
            "Veda electoral: hasta las {h}:00 del {wd} {d} de {mon} rige la veda por {e}; los comentarios en"
            " esta nota están deshabilitados.",
        ),
        ("las elecciones generales", "las elecciones autonómicas", "las elecciones municipales"),
    ),
    "it": (
        (
            "Silenzio elettorale: fino alla chiusura dei seggi per {e}, alle ore {h} di {wd} {d} {mon}, i"
            " commenti sono sospesi.",
        ),
        ("le elezioni politiche", "le elezioni regionali", "il referendum", "le amministrative"),
    ),
    "pt": (
        (
            "Dia de reflexão: até ao encerramento das urnas para {e}, às {h}h de {d} de {mon}, os comentários"
            " estão desativados.",
        ),
        ("as eleições legislativas", "as eleições autárquicas", "as presidenciais"),
    ),
    "ru": (
        (
            "День тишины: до закрытия избирательных участков {d} {mon} в {h}:00 по местному времени"
            " агитация по {e} запрещена, комментарии отключены.",
        ),
        ("выборам в Госдуму", "выборам губернатора", "муниципальным выборам"),
    ),
    "tr": (
        (
            "Seçim yasakları nedeniyle {e} için sandıklar kapanana kadar (saat {h}:00) yorumlar"
            " kapatılmıştır · {d} {mon} {y}",
        ),
        ("genel seçim", "yerel seçimler", "cumhurbaşkanlığı seçimi"),
    ),
    "he": (
        (
            "על פי חוק הבחירות, עד לסגירת הקלפיות ב{e} בשעה {h}:00 ביום {wd}, {d}.{m}.{y}, לא יפורסמו"
            " סקרים ומערכת התגובות סגורה.",
        ),
        ("בחירות לכנסת", "בחירות לרשויות המקומיות"),
    ),
    "el": (
        (
            "Λόγω εκλογικής σιωπής, έως το κλείσιμο των καλπών για {e} ({h}:00, {d} {mon} {y}) τα σχόλια"
            " είναι απενεργοποιημένα.",
        ),
        ("τις βουλευτικές εκλογές", "τις αυτοδιοικητικές εκλογές", "τις ευρωεκλογές"),
    ),
    "ko": (
        (
            "공직선거법에 따라 {e} 선거일 {m}월 {d}일 오후 {h12}시 투표 종료 시까지 댓글 서비스가 일시"
            " 중단됩니다.",
        ),
        ("국회의원 선거", "대통령 선거", "전국동시지방선거"),
    ),
    "ja": (
        (
            "{e}の投票が終了する{m}月{d}日午後{h12}時まで、候補者に関する記事へのコメント機能を停止しています。",
        ),
        ("衆議院議員総選挙", "参議院議員通常選挙", "統一地方選挙"),
    ),
}


def election_silence(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(SILENCE))
    templates, elections = SILENCE[lang]
    h = rnd.choice((18, 19, 20, 21, 22))
    when = _day(rnd)
    return rnd.choice(templates).format(e=rnd.choice(elections), h=h, h12=h - 12, **_date_kw(lang, when))


# ---------------------------------------------------------------- travel-booking search widget (middle)
BOOKING = {  # language: (templates, cities); {g} guests, a second date's parts under names ending in 2
    "en": (
        (
            "Find hotels in {city}: Check-in {mon} {d} · Check-out {mon2} {d2} · {g} adults, 1 room · Search",
            "Flights to {city} from ${price} · Depart {mon} {d} · Return {mon2} {d2} · Search flights",
            "Where to stay in {city}: {n} hotels available {mon} {d} – {mon2} {d2} · Compare prices",
        ),
        ("Lisbon", "Barcelona", "Reykjavik", "Kyoto", "Cape Town", "Marrakech", "Edinburgh", "Vancouver"),
    ),
    "de": (
        (
            "Hotels in {city} finden: Anreise {dd}.{mm}. · Abreise {dd2}.{mm2}. · {g} Erwachsene · Suchen",
            "Flüge nach {city} ab {price} € · Hinflug {dd}.{mm}.{y} · Rückflug {dd2}.{mm2}.{y2} · Flüge"
            " vergleichen",
        ),
        ("Lissabon", "Rom", "Palma", "Wien", "Kopenhagen", "Dubrovnik", "Prag", "Antalya"),
    ),
    "fr": (
        (
            "Trouvez un hôtel à {city} : arrivée le {d} {mon} · départ le {d2} {mon2} · {g} adultes ·"
            " Rechercher",
            "Vols pour {city} dès {price} € · aller le {dd}/{mm} · retour le {dd2}/{mm2} · Comparer",
        ),
        ("Lisbonne", "Rome", "Marrakech", "Séville", "Naples", "Porto", "Athènes", "Montréal"),
    ),
    "es": (
        (
            "Busca hotel en {city}: entrada {d} {mon} · salida {d2} {mon2} · {g} adultos · Buscar",
            "Vuelos a {city} desde {price} € · ida {dd}/{mm} · vuelta {dd2}/{mm2} · Buscar vuelos",
        ),
        ("Lisboa", "Roma", "Cancún", "Oporto", "Tenerife", "Londres", "Ibiza", "Praga"),
    ),
    "it": (
        ("Cerca hotel a {city}: check-in {d} {mon} · check-out {d2} {mon2} · {g} adulti · Cerca",),
        ("Lisbona", "Parigi", "Barcellona", "Vienna", "Praga", "Amsterdam", "Tropea", "Matera"),
    ),
    "pt": (
        ("Encontre hotéis em {city}: check-in {dd}/{mm} · check-out {dd2}/{mm2} · {g} adultos · Pesquisar",),
        ("Lisboa", "Gramado", "Porto Seguro", "Fortaleza", "Madrid", "Paris", "Orlando", "Buenos Aires"),
    ),
    "nl": (
        ("Zoek een hotel in {city}: aankomst {d} {mon} · vertrek {d2} {mon2} · {g} volwassenen · Zoeken",),
        ("Lissabon", "Rome", "Barcelona", "Valkenburg", "Texel", "Parijs", "Londen", "Berlijn"),
    ),
    "ru": (
        ("Отели — {city}: заезд {d} {mon} · выезд {d2} {mon2} · {g} взрослых · Найти",),
        ("Сочи", "Казань", "Калининград", "Стамбул", "Анталья", "Дубай", "Минск", "Ереван"),
    ),
    "tr": (
        ("{city} otelleri: giriş {d} {mon} · çıkış {d2} {mon2} · {g} yetişkin · Ara",),
        ("Antalya", "Bodrum", "Kapadokya", "Trabzon", "Çeşme", "Fethiye", "Roma", "Paris"),
    ),
    "el": (
        ("Βρείτε ξενοδοχείο: {city} · Άφιξη {d}/{m} · Αναχώρηση {d2}/{m2} · {g} ενήλικες · Αναζήτηση",),
        ("Σαντορίνη", "Νάξος", "Ναύπλιο", "Χανιά", "Ρόδος", "Μέτσοβο", "Ζαγόρι", "Κέρκυρα"),
    ),
    "ar": (
        ("ابحث عن فنادق في {city}: الوصول {d} {mon} · المغادرة {d2} {mon2} · {g} بالغين · بحث",),
        ("دبي", "إسطنبول", "شرم الشيخ", "مراكش", "بيروت", "الدوحة", "باريس", "العلا"),
    ),
    "he": (
        ("מלונות ב{city}: כניסה {d}.{m} · יציאה {d2}.{m2} · {g} מבוגרים · חיפוש",),
        ("אילת", "טבריה", "ים המלח", "אתונה", "רומא", "בודפשט", "פראג", "לרנקה"),
    ),
    "hi": (
        ("{city} में होटल खोजें: चेक-इन {d} {mon} · चेक-आउट {d2} {mon2} · {g} वयस्क · खोजें",),
        ("गोवा", "मनाली", "जयपुर", "उदयपुर", "ऋषिकेश", "दुबई", "बैंकॉक", "शिमला"),
    ),
    "th": (
        ("ค้นหาโรงแรมใน{city} เช็คอิน {d} {mon} · เช็คเอาท์ {d2} {mon2} · ผู้ใหญ่ {g} คน · ค้นหา",),
        ("ภูเก็ต", "เชียงใหม่", "พัทยา", "หัวหิน", "กระบี่", "โตเกียว", "โซล", "เกาะสมุย"),
    ),
    "zh": (
        ("{city}酒店预订　入住 {m}月{d}日　离店 {m2}月{d2}日　{g}位成人　搜索",),
        ("三亚", "丽江", "厦门", "成都", "大理", "青岛", "东京", "曼谷"),
    ),
    "ja": (
        ("{city}のホテルを探す　チェックイン {m}/{d}　チェックアウト {m2}/{d2}　大人{g}名　検索",),
        ("京都", "那覇", "札幌", "箱根", "金沢", "ソウル", "台北", "ホノルル"),
    ),
    "ko": (
        ("{city} 호텔 찾기 · 체크인 {m}.{d} · 체크아웃 {m2}.{d2} · 성인 {g}명 · 검색",),
        ("제주", "부산", "강릉", "경주", "여수", "오사카", "다낭", "방콕"),
    ),
}


def booking_widget(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(BOOKING))
    templates, cities = BOOKING[lang]
    arrive = _day(rnd)
    leave = arrive + timedelta(days=rnd.randint(1, 14))
    return rnd.choice(templates).format(
        city=rnd.choice(cities),
        g=rnd.randint(2, 4),
        n=rnd.randint(40, 2600),
        price=rnd.randint(29, 690),
        **_date_kw(lang, arrive),
        **_second(lang, leave),
    )


# ---------------------------------------------------------------- publisher's reader-travel offer (middle)
READER_TRAVEL = {  # language: (templates, destinations, price range, thousands separator, phone pattern)
    "de": (
        (
            "Leserreise: {dest} – {n} Tage ab {price} € pro Person im Doppelzimmer · Reisetermin {dd}.{mm}."
            " bis {dd2}.{mm2}.{y2} · Buchung unter Tel. {phone}",
            "Unsere Leserreise {y}: {dest} · {n} Tage inkl. Flug und Halbpension ab {price} € · Jetzt buchen:"
            " {phone}",
        ),
        (
            "Hurtigruten – Norwegens Küste",
            "Masuren und Danzig",
            "Toskana mit Florenz",
            "Flusskreuzfahrt auf der Donau",
            "Madeira – Insel des ewigen Frühlings",
            "Schottlands Highlands",
        ),
        (890, 4900),
        ".",
        "0800 ### ## ##",
    ),
    "nl": (
        (
            "Lezersreis: {dest} · {n}-daagse reis vanaf € {price} p.p. · vertrek {d} {mon} {y} · boek via"
            " {phone}",
        ),
        ("Riviercruise over de Rijn", "Rondreis Schotland", "Het Baltische noorden", "Sicilië", "Andalusië"),
        (690, 3900),
        ".",
        "0##-#######",
    ),
    "da": (
        (
            "Læserrejse: {dest} – {n} dage fra {price} kr. pr. person · afrejse {d}. {mon} {y} · bestil på"
            " tlf. {phone}",
        ),
        ("Gardasøen", "Krydstogt på Donau", "Skotland rundt", "Madeira", "Toscana"),
        (5900, 24900),
        ".",
        "## ## ## ##",
    ),
    "sv": (
        (
            "Läsarresa: {dest} – {n} dagar från {price} kr per person · avresa {d} {mon} {y} · boka på"
            " {phone}",
        ),
        ("Kryssning på Rhen", "Toscana", "Prag och Wien", "Madeira", "Skotska högländerna"),
        (7900, 29900),
        " ",
        "08-### ### ##",
    ),
    "nb": (
        (
            "Leserreise: {dest} – {n} dager fra kr {price},- per person · avreise {d}. {mon} {y} · bestill"
            " på tlf. {phone}",
        ),
        ("Hurtigruten til Nordkapp", "Gardasjøen", "Roma", "Kanariøyene", "Dubrovnik"),
        (8900, 31900),
        " ",
        "## ## ## ##",
    ),
    "fr": (
        (
            "Voyage des lecteurs : {dest} – {n} jours à partir de {price} € par personne · départ le {d}"
            " {mon} {y} · réservations au {phone}",
        ),
        ("Croisière sur le Danube", "Les lacs italiens", "Circuit en Andalousie", "L'Islande", "La Sicile"),
        (990, 4500),
        " ",
        "01 ## ## ## ##",
    ),
    "it": (
        (
            "Viaggi dei lettori: {dest} – {n} giorni da {price} € a persona · partenza il {d} {mon} {y} ·"
            " info e prenotazioni {phone}",
        ),
        (
            "Crociera sul Nilo",
            "Capitali baltiche",
            "Tour della Scozia",
            "Giordania e Petra",
            "Provenza in fiore",
        ),
        (890, 4200),
        ".",
        "02 ########",
    ),
    "en": (
        (
            "Reader offer: {dest} – {n} days from £{price}pp · Departs {d} {mon} {y} · Call {phone} quoting"
            " {code}",
            "Readers' holidays: {dest}, {n} nights from £{price} per person including flights. Book now on"
            " {phone}",
        ),
        (
            "Rhine river cruise",
            "Grand tour of Scotland",
            "Lake Garda & Verona",
            "Norwegian fjords",
            "The Amalfi Coast",
        ),
        (599, 3999),
        ",",
        "0330 ### ####",
    ),
    "es": (
        (
            "Viajes del lector: {dest} – {n} días desde {price} € por persona · salida el {d} de {mon} de {y}"
            " · reservas: {phone}",
        ),
        ("Crucero por el Rin", "Marruecos imperial", "Escocia", "Fiordos noruegos", "Japón esencial"),
        (790, 3900),
        ".",
        "91# ### ###",
    ),
    "cs": (
        (
            "Čtenářský zájezd: {dest} – {n} dní od {price} Kč za osobu · odjezd {d}. {m}. {y} · rezervace"
            " na tel. {phone}",
        ),
        ("Toskánsko", "Norské fjordy", "Chorvatsko", "Paříž a zámky na Loiře"),
        (12900, 49900),
        " ",
        "+420 ### ### ###",
    ),
    "ja": (
        (
            "読者旅行のご案内　{dest}　{n}日間　お一人様{price}円から　出発日 {m}月{d}日　お申し込みは"
            " {phone}",
        ),
        ("北海道・知床", "京都と奈良", "台湾一周", "南イタリア周遊", "スイス絶景"),
        (59800, 598000),
        ",",
        "0120-###-###",
    ),
    "ko": (
        ("독자 여행 안내 · {dest} {n}일 · 1인 {price}원부터 · {m}월 {d}일 출발 · 문의 {phone}",),
        ("북유럽 4개국", "일본 규슈 온천", "베트남 다낭", "스위스 알프스"),
        (890000, 5990000),
        ",",
        "02-####-####",
    ),
    "zh": (
        ("读者旅游专线：{dest}{n}日游 · 每人{price}元起 · {m}月{d}日出发 · 报名热线 {phone}",),
        ("云南大理丽江", "新疆喀纳斯", "日本北海道", "欧洲四国"),
        (2980, 29800),
        "",
        "400-###-####",
    ),
}


def reader_travel(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(READER_TRAVEL))
    templates, places, (lo, hi), sep, phone = READER_TRAVEL[lang]
    n = rnd.randint(4, 15)
    leave = _day(rnd)
    price = rnd.randrange(lo, hi, 10 if hi < 10000 else 100)
    return rnd.choice(templates).format(
        dest=rnd.choice(places),
        n=n,
        price=_grouped(price, sep) if price >= 1000 else price,
        phone=_digits(rnd, phone),
        code=_digits(rnd, "RT####"),
        **_date_kw(lang, leave),
        **_second(lang, leave + timedelta(days=n - 1)),
    )


# ---------------------------------------------------------------- live webcam's still (middle)
WEBCAMS = {  # language: (templates, places); {k} minutes between two stills
    "de": (
        (
            "Webcam {place}: Aufnahme vom {dd}.{mm}.{y}, {hh}:{mi} Uhr · Das Bild wird alle {k} Minuten"
            " aktualisiert",
            "Live-Webcam · {place} · Stand: {wd}, {hh}:{mi} Uhr",
        ),
        ("Zugspitze", "Feldberg", "Marktplatz Bad Tölz", "Seebrücke Binz", "Wasserkuppe", "Brocken"),
    ),
    "it": (
        ("Webcam {place} – ultimo aggiornamento {dd}/{mm}/{y} ore {hh}:{mi}",),
        ("Cortina d'Ampezzo", "Passo dello Stelvio", "Piazza San Marco", "Riva del Garda", "Cervinia"),
    ),
    "fr": (
        ("Webcam {place} : image du {d} {mon} {y} à {hh}h{mi} · actualisée toutes les {k} minutes",),
        (
            "Chamonix – Aiguille du Midi",
            "Col du Tourmalet",
            "Vieux-Port de Marseille",
            "Biarritz",
            "Val Thorens",
        ),
    ),
    "en": (
        ("Live webcam: {place} · Image taken {mon} {d}, {y} at {hh}:{mi} · Refreshes every {k} minutes",),
        ("Snowdon summit", "Brighton seafront", "Loch Ness", "Windermere", "Ben Nevis"),
    ),
    "es": (
        ("Webcam {place}: imagen del {d} de {mon} de {y}, {hh}:{mi} h",),
        ("Sierra Nevada", "Playa de la Concha", "Puerta del Sol", "Baqueira Beret"),
    ),
    "pl": (
        ("Kamera na żywo: {place} · zdjęcie z {dd}.{mm}.{y}, godz. {hh}:{mi}",),
        ("Kasprowy Wierch", "Molo w Sopocie", "Rynek w Krakowie", "Śnieżka"),
    ),
    "cs": (
        ("Webkamera {place} · snímek z {d}. {m}. {y} {hh}:{mi}",),
        ("Sněžka", "Lipno", "Staroměstské náměstí", "Lysá hora"),
    ),
    "sl": (
        ("Spletna kamera {place} · posnetek {d}. {m}. {y} ob {hh}.{mi}",),
        ("Kranjska Gora", "Bled", "Vogel", "Piran"),
    ),
    "sv": (
        ("Webbkamera {place} · bilden tagen {d} {mon} {y} kl. {hh}.{mi}",),
        ("Åre", "Sälen", "Slussen", "Visby hamn"),
    ),
    "ru": (
        ("Веб-камера «{place}» · снимок от {d} {mon} {y}, {hh}:{mi}",),
        ("Красная Поляна", "Эльбрус", "Дворцовая площадь", "Домбай"),
    ),
    "ja": (
        ("ライブカメラ　{place}　{m}月{d}日 {hh}:{mi} 撮影（{k}分ごとに更新）",),
        ("富士山（河口湖）", "渋谷スクランブル交差点", "札幌・大通公園", "白馬八方尾根"),
    ),
    "ko": (
        ("실시간 영상 · {place} · {m}월 {d}일 {hh}:{mi} 촬영",),
        ("남산서울타워", "해운대 해수욕장", "설악산 대청봉", "한라산 백록담"),
    ),
    "zh": (
        ("实时画面｜{place}｜{y}-{mm}-{dd} {hh}:{mi} 更新",),
        ("黄山光明顶", "西湖断桥", "外滩", "长白山天池"),
    ),
}


def webcam_still(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(WEBCAMS))
    templates, places = WEBCAMS[lang]
    return rnd.choice(templates).format(
        place=rnd.choice(places),
        hh=f"{rnd.randint(6, 21):02d}",
        mi=f"{rnd.randrange(0, 60, rnd.choice((1, 5, 10))):02d}",
        k=rnd.choice((5, 10, 15, 30)),
        **_date_kw(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- sponsored-content recommendations (middle)
SPONSORED = {  # language: (labels, headlines with {city} {age} {n}, advertisers, cities)
    "en": (
        (
            "Promoted Stories",
            "Sponsored Links by Taboola",
            "Recommended by Outbrain",
            "You May Like · Sponsored",
        ),
        (
            "Homeowners in {city} Could Qualify for a $0-Down Solar Program",
            "Surgeon Says: Do This Every Morning if You Are Over {age}",
            "{city}: Unsold Luxury SUVs Now Going for Almost Nothing",
            "The {n} Most Beautiful Beaches Nobody Talks About",
            "Seniors in {city} Are Rushing to Get This New Hearing Aid",
        ),
        (
            "SolarQuotes",
            "Healthy Living Tips",
            "Luxury SUV Deals",
            "Bon Voyaged",
            "HearingLife",
            "Definition",
        ),
        ("Phoenix", "Tampa", "San Diego", "Austin", "Leeds", "Bristol", "Perth"),
    ),
    "de": (
        ("Gesponserte Inhalte", "Empfohlen von Outbrain", "Das könnte Sie auch interessieren · Anzeige"),
        (
            "Hausbesitzer in {city} profitieren jetzt von neuer Solar-Förderung",
            "Orthopäde verrät: Mit diesem Trick verschwinden Knieschmerzen ab {age}",
            "{city}: Unverkaufte E-Autos werden fast verschenkt",
            "Die {n} schönsten Strände, die kaum jemand kennt",
        ),
        ("Solaranlagen-Check", "Gesundheitsratgeber", "Auto-Angebote", "Reisewelt", "Finanztipps24"),
        ("Köln", "Leipzig", "Nürnberg", "Bremen", "Graz", "Dortmund"),
    ),
    "fr": (
        ("Contenus sponsorisés", "Liens sponsorisés par Taboola", "Recommandé par Outbrain"),
        (
            "Les propriétaires de {city} peuvent bénéficier de panneaux solaires à 1 €",
            "Un chirurgien révèle : faites ceci chaque matin après {age} ans",
            "{city} : les SUV invendus bradés à prix cassés",
            "Les {n} plages les plus secrètes d'Europe",
        ),
        ("Panneaux Solaires Info", "Santé Magazine Pro", "Offres SUV", "Voyages Secrets"),
        ("Lyon", "Nantes", "Lille", "Toulouse", "Bordeaux", "Liège"),
    ),
    "es": (
        ("Contenido patrocinado", "Enlaces promocionados por Taboola"),
        (
            "Propietarios en {city} ya pueden instalar placas solares sin coste inicial",
            "Un cirujano advierte: haz esto cada mañana si tienes más de {age} años",
            "{city}: los SUV sin vender se rematan a precio de saldo",
            "Las {n} playas más bonitas que nadie conoce",
        ),
        ("Placas Solares Hoy", "Salud al Día", "Ofertas SUV", "Viajes Top"),
        ("Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao", "Murcia"),
    ),
    "it": (
        ("Contenuti sponsorizzati", "Link sponsorizzati da Taboola"),
        (
            "I proprietari di casa a {city} possono avere il fotovoltaico senza anticipo",
            "Un chirurgo rivela: fai questo ogni mattina se hai più di {age} anni",
            "{city}: SUV invenduti svenduti quasi a metà prezzo",
            "Le {n} spiagge più belle che nessuno conosce",
        ),
        ("Fotovoltaico Oggi", "Salute & Benessere", "Offerte SUV", "Viaggi Segreti"),
        ("Torino", "Bologna", "Bari", "Verona", "Padova", "Brescia"),
    ),
    "pt": (
        ("Conteúdo patrocinado", "Links patrocinados por Taboola"),
        (
            "Moradores de {city} podem instalar energia solar sem pagar nada",
            "Cirurgião revela: faça isto todas as manhãs se tem mais de {age} anos",
            "{city}: SUVs encalhados estão a ser vendidos quase de graça",
        ),
        ("Energia Solar Já", "Vida Saudável", "Ofertas SUV"),
        ("Braga", "Coimbra", "Curitiba", "Recife", "Campinas", "Faro"),
    ),
    "nl": (
        ("Gesponsorde content", "Aanbevolen door Outbrain"),
        (
            "Huiseigenaren in {city} kunnen nu zonnepanelen laten plaatsen zonder aanbetaling",
            "Chirurg onthult: doe dit elke ochtend als je ouder bent dan {age}",
            "De {n} mooiste stranden waar niemand over praat",
        ),
        ("Zonnepanelen Vergelijker", "Gezond Leven", "Reisdeals"),
        ("Utrecht", "Eindhoven", "Tilburg", "Gent", "Antwerpen", "Zwolle"),
    ),
    "ru": (
        ("Реклама · Интересное в сети", "Партнёрские материалы"),
        (
            "Врачи назвали продукт, который нужно есть каждое утро после {age} лет",
            "{n} мест в Европе, о которых мало кто знает",
            "Пенсионеры старше {age} лет могут получить новую выплату",
        ),
        ("Здоровье Инфо", "Путешествия Плюс", "Финансы Сегодня"),
        ("Москва",),
    ),
    "ja": (
        ("おすすめ記事（PR）", "PR｜Taboola"),
        (
            "【{city}在住の方必見】屋根の太陽光パネル、初期費用0円で設置できる制度とは",
            "{age}歳を過ぎたら毎朝これを飲むべき理由",
            "知られざる絶景ビーチ{n}選",
        ),
        ("ソーラー比較ナビ", "健康生活ラボ", "旅の窓口"),
        ("横浜", "名古屋", "福岡", "さいたま", "神戸"),
    ),
    "ko": (
        ("추천 콘텐츠 (광고)", "AD · Taboola"),
        (
            "{city} 거주자라면 꼭 확인하세요… 태양광 설치비 0원",
            "{age}세 이상이라면 매일 아침 이것을 드세요",
            "아무도 모르는 해변 {n}곳",
        ),
        ("태양광비교", "건강정보365", "여행매거진"),
        ("인천", "대구", "수원", "창원", "대전"),
    ),
    "zh": (
        ("赞助内容", "推广"),
        (
            "{city}业主注意：屋顶光伏零首付安装",
            "医生提醒：{age}岁以后每天早上一定要做这件事",
            "{n}个鲜为人知的绝美海滩",
        ),
        ("光伏之家", "健康生活网", "旅行指南"),
        ("苏州", "武汉", "西安", "南京", "长沙"),
    ),
    "ar": (
        ("محتوى برعاية", "روابط دعائية من Taboola"),
        (
            "أطباء ينصحون: افعل هذا كل صباح إذا تجاوزت {age} عامًا",
            "سكان {city}: سيارات دفع رباعي غير مباعة تُعرض بأسعار زهيدة",
            "{n} شواطئ ساحرة لا يعرفها أحد",
        ),
        ("صحتك اليوم", "عروض السيارات", "عالم السفر"),
        ("الرياض", "جدة", "عمّان", "الإسكندرية", "الكويت"),
    ),
    "he": (
        ("תוכן ממומן", "מומלץ על ידי Outbrain"),
        (
            "תושבי {city}: כך תתקינו מערכת סולארית ללא עלות",
            "רופא מגלה: עשו את זה כל בוקר אם עברתם את גיל {age}",
            "{n} החופים היפים שאף אחד לא מכיר",
        ),
        ("סולאר השוואות", "בריאות פלוס", "טיולים בעולם"),
        ("חיפה", "באר שבע", "ראשון לציון", "פתח תקווה", "נתניה"),
    ),
    "hi": (
        ("प्रायोजित सामग्री", "Taboola द्वारा प्रायोजित लिंक"),
        (
            "{city} के लोग ध्यान दें: अब बिना खर्च लगवाएं सोलर पैनल",
            "डॉक्टर की सलाह: {age} के बाद रोज सुबह करें यह काम",
            "{n} खूबसूरत समुद्र तट जिनके बारे में कम लोग जानते हैं",
        ),
        ("सोलर इंडिया", "हेल्थ टिप्स", "ट्रैवल गाइड"),
        ("लखनऊ", "पटना", "इंदौर", "जयपुर", "भोपाल"),
    ),
    "th": (
        ("เนื้อหาที่ได้รับการสนับสนุน", "โฆษณาโดย Taboola"),
        (
            "ชาว{city}ห้ามพลาด! ติดตั้งโซลาร์เซลล์ไม่มีค่าใช้จ่าย",
            "หมอเตือน อายุเกิน {age} ควรทำสิ่งนี้ทุกเช้า",
            "{n} ชายหาดสวยที่ไม่มีใครรู้จัก",
        ),
        ("โซลาร์ไทย", "สุขภาพดีทุกวัน", "เที่ยวทั่วโลก"),
        ("เชียงใหม่", "ขอนแก่น", "นครราชสีมา", "ภูเก็ต", "หาดใหญ่"),
    ),
}


def sponsored_unit(rnd: random.Random) -> str:
    """A native-advertising block: its label, then two or three paid headlines with their advertisers."""
    lang = rnd.choice(sorted(SPONSORED))
    labels, headlines, brands, cities = SPONSORED[lang]
    k = min(len(headlines), rnd.randint(2, 3))
    items = [
        h.format(city=rnd.choice(cities), age=rnd.choice((40, 50, 55, 60, 65, 70)), n=rnd.randint(5, 25))
        for h in rnd.sample(headlines, k)
    ]
    sponsors = rnd.sample(brands, k)
    if rnd.random() < 0.5:
        body = " · ".join(f"{h} ({b})" for h, b in zip(items, sponsors, strict=True))
    else:
        body = " | ".join(f"{h} – {b}" for h, b in zip(items, sponsors, strict=True))
    return f"{rnd.choice(labels)}: {body}"


# ---------------------------------------------------------------- copy-protection alert (end)
COPY_PROTECTION = (  # {site}: the record's own site, as the site's owner wrote it into the plugin's message
    "Alert: Content of {site} is protected !!",
    "error: Content is protected !! © {site}",
    "Warning: Content is protected! Copying content from {site} is not allowed.",
    "error: You cannot copy content of this page · {site}",
    "Right click disabled! The content of {site} is protected.",
    "error: Content of {site} is protected. Right-click function is disabled.",
    "Achtung: Die Inhalte von {site} sind urheberrechtlich geschützt und können nicht kopiert werden.",
    "Contenu protégé : la copie des contenus de {site} est interdite.",
    "¡Contenido protegido! No está permitido copiar el contenido de {site}.",
    "Conteúdo protegido! Não é permitido copiar o conteúdo do {site}.",
    "Attenzione: il contenuto di {site} è protetto!",
    "Копирование материалов {site} запрещено!",
    "Uyarı: {site} içeriği korunmaktadır, kopyalanamaz!",
    "Dilarang copy paste! Konten {site} dilindungi UU No. 28 Tahun 2014 tentang Hak Cipta.",
    "Nội dung của {site} được bảo vệ, vui lòng không sao chép!",
    "تنبيه: المحتوى محمي من النسخ © {site}",
    "کپی برداری از مطالب {site} ممنوع است!",
    "{site} کا مواد کاپی کرنا منع ہے",
    "क्षमा करें! {site} की सामग्री कॉपी करना प्रतिबंधित है।",
    "দুঃখিত! {site} এর কোনো কন্টেন্ট কপি করা যাবে না।",
    "ขออภัย! เนื้อหาของ {site} ได้รับการคุ้มครอง ห้ามคัดลอก",
    "{site}内容受版权保护，禁止复制！",
    "{site}のコンテンツはコピーできません",
    "{site}의 콘텐츠는 무단 복사할 수 없습니다.",
)


def _site_names(case: Case) -> list[str]:
    host = re.sub(r"^https?://(www\.)?", "", str(case.record.get("url") or case.site)).split("/")[0]
    label = host.split(".")[0] or case.site
    return [host, label.capitalize(), label.upper(), f"www.{host}", host.capitalize()]


def copy_alert(case: Case, rnd: random.Random) -> str:
    """The message a copy-protection plugin hides in the page (shown when a reader selects or right-clicks),
    with the site's name the site's owner wrote into it."""
    return rnd.choice(COPY_PROTECTION).format(site=rnd.choice(_site_names(case)))


# ---------------------------------------------------------------- cite-this-article box (end)
#: language: templates; {a} the authors, {t} the headline, {site}, {url}, the date's and the access's parts
CITE = {
    "en": (
        "Cite this article: {a} ({y}). {t}. {site}. Retrieved {mon2} {d2}, {y2}, from {url}",
        "Cite this article as: {a}, “{t},” {site}, {mon} {d}, {y}, {url}.",
        "How to cite: {a}. “{t}.” {site}, {d} {mon} {y}. doi: 10.{doi}",
    ),
    "de": ("Zitiervorschlag: {a}: {t}, in: {site}, {dd}.{mm}.{y}, {url} (abgerufen am {dd2}.{mm2}.{y2}).",),
    "fr": ("Pour citer cet article : {a}, « {t} », {site}, {d} {mon} {y}. URL : {url}",),
    "es": (
        "Cómo citar este artículo: {a} ({y}). {t}. {site}. Recuperado el {d2} de {mon2} de {y2} de {url}",
    ),
    "it": ("Come citare questo articolo: {a}, «{t}», {site}, {d} {mon} {y}, {url}",),
    "pt": (
        "Como citar este artigo: {a}. {t}. {site}, {d} {mon} {y}. Disponível em: {url}. Acesso em:"
        " {dd2}/{mm2}/{y2}.",
    ),
    "ru": ("Как цитировать: {a}. {t} // {site}. — {y}. — URL: {url} (дата обращения: {dd2}.{mm2}.{y2}).",),
    "pl": ("Jak cytować: {a}, {t}, „{site}”, {d} {mon} {y}, {url} [dostęp: {dd2}.{mm2}.{y2}].",),
    "zh": ("引用本文：{a}. {t}[N]. {site}, {y}-{mm}-{dd}. {url}",),
    "ja": ("この記事を引用する：{a}「{t}」{site}、{y}年{m}月{d}日、{url}（{y2}年{m2}月{d2}日閲覧）",),
    "ko": ("인용하기: {a}, 「{t}」, {site}, {y}.{mm}.{dd}, {url} (검색일: {y2}.{mm2}.{dd2})",),
    "tr": ("Atıf için: {a} ({y}). {t}. {site}. Erişim: {d2} {mon2} {y2}, {url}",),
}

#: the same, for a record with no headline (the box then names no title)
CITE_UNTITLED = {
    "en": (
        "Cite this article: {a} ({y}). {site}. Retrieved {mon2} {d2}, {y2}, from {url}",
        "Cite this article as: {a}, {site}, {mon} {d}, {y}, {url}.",
    ),
    "de": ("Zitiervorschlag: {a}, in: {site}, {dd}.{mm}.{y}, {url} (abgerufen am {dd2}.{mm2}.{y2}).",),
    "fr": ("Pour citer cet article : {a}, {site}, {d} {mon} {y}. URL : {url}",),
    "es": ("Cómo citar este artículo: {a} ({y}). {site}. Recuperado el {d2} de {mon2} de {y2} de {url}",),
    "it": ("Come citare questo articolo: {a}, {site}, {d} {mon} {y}, {url}",),
    "pt": (
        "Como citar este artigo: {a}. {site}, {d} {mon} {y}. Disponível em: {url}. Acesso em:"
        " {dd2}/{mm2}/{y2}.",
    ),
    "ru": ("Как цитировать: {a} // {site}. — {y}. — URL: {url} (дата обращения: {dd2}.{mm2}.{y2}).",),
    "pl": ("Jak cytować: {a}, „{site}”, {d} {mon} {y}, {url} [dostęp: {dd2}.{mm2}.{y2}].",),
    "zh": ("引用本文：{a}. {site}, {y}-{mm}-{dd}. {url}",),
    "ja": ("この記事を引用する：{a}、{site}、{y}年{m}月{d}日、{url}（{y2}年{m2}月{d2}日閲覧）",),
    "ko": ("인용하기: {a}, {site}, {y}.{mm}.{dd}, {url} (검색일: {y2}.{mm2}.{dd2})",),
    "tr": ("Atıf için: {a} ({y}). {site}. Erişim: {d2} {mon2} {y2}, {url}",),
}


def cite_box(case: Case, rnd: random.Random) -> str:
    """The citation a science or reference desk prints under the article, with the record's own address
    and (where the record has one) its own headline and year."""
    lang = guess_language(case)
    if lang not in CITE or rnd.random() < 0.25:
        lang = rnd.choice(sorted(CITE))
    names = rnd.sample(_NAMES, rnd.randint(1, 2))
    a = (
        " & ".join(f"{n.split()[-1]}, {n.split()[0][0]}." for n in names)
        if lang == "en"
        else ", ".join(names)
    )
    published = case.record.get("published") or ""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    when = date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else _day(rnd)
    accessed = when + timedelta(days=rnd.randint(1, 900))
    title = (case.record.get("title") or "").strip()
    host = re.sub(r"^https?://(www\.)?", "", str(case.record.get("url") or "")).split("/")[0]
    return rnd.choice((CITE if title else CITE_UNTITLED)[lang]).format(
        a=a,
        t=title.rstrip("."),
        site=host.split(".")[0].capitalize() if rnd.random() < 0.6 else host,
        url=case.record.get("url") or f"https://{host}/",
        doi=f"{rnd.randint(1000, 9999)}/{_digits(rnd, 'news.####.#####')}",
        **_date_kw(lang, when),
        **_second(lang, accessed),
    )


# ---------------------------------------------------------------- web agency's or theme's credit (end)
THEMES = (
    ("Newspaper", "tagDiv"),
    ("Jannah", "TieLabs"),
    ("Soledad", "PenciDesign"),
    ("ColorMag", "ThemeGrill"),
    ("JNews", "Jegtheme"),
    ("Newsmag", "tagDiv"),
    ("Publisher", "BetterStudio"),
    ("SmartMag", "ThemeSphere"),
    ("Sahifa", "TieLabs"),
    ("Newsup", "Themeansar"),
    ("MoreNews", "AF themes"),
    ("Zox News", "MVP Themes"),
)
_AGENCY_A = (
    "Pixel",
    "Blue",
    "Net",
    "Web",
    "Nova",
    "Cloud",
    "Code",
    "Bright",
    "Red",
    "Aurora",
    "Vector",
    "Mint",
)
_AGENCY_B = (
    "works",
    "lab",
    "forge",
    "point",
    "wave",
    "craft",
    "bit",
    "line",
    "hub",
    "nest",
    "studio",
    "media",
)
#: language: (templates, legal forms); {ag} an agency, {th}/{by}/{v} a theme, its maker and its version
CREDITS = {
    "en": (
        (
            "Proudly powered by WordPress | Theme: {th} by {by}.",
            "Powered by {th} v{v} · Website design & development by {ag}{form}",
            "Site by {ag}{form} · Built on WordPress · Theme {th} {v}",
        ),
        ("", " Ltd", " LLC", " Digital"),
    ),
    "de": (
        (
            "Webdesign & Programmierung: {ag}{form}, {city}",
            "Realisiert mit WordPress und {th} {v} von {ag}{form}",
        ),
        (" GmbH", " UG", " Medienagentur", " Webagentur"),
    ),
    "fr": (
        (
            "Réalisation : {ag}{form} · Propulsé par WordPress · Thème {th} par {by}",
            "Conception et développement : {ag}{form}, {city}",
        ),
        (" SAS", " SARL", " Agence web", ""),
    ),
    "es": (
        (
            "Diseño web: {ag}{form} · Tema {th} por {by} | Funciona gracias a WordPress",
            "Desarrollado por {ag}{form} ({city})",
        ),
        (" S.L.", " Estudio", " Agencia Digital", ""),
    ),
    "it": (
        (
            "Realizzato da {ag}{form} – {city} · Tema {th} {v}",
            "Sito web a cura di {ag}{form} · Powered by WordPress",
        ),
        (" S.r.l.", " Web Agency", " Studio", ""),
    ),
    "pt": (
        (
            "Desenvolvido por {ag}{form} · Tema {th} por {by}",
            "Orgulhosamente mantido com WordPress | Tema: {th} por {by} | Criação: {ag}{form}",
        ),
        (" Ltda.", " Agência Digital", " Web", ""),
    ),
    "pl": (("Projekt i wykonanie: {ag}{form} · motyw {th} {v}",), (" Sp. z o.o.", " Studio", " Interactive")),
    "cs": (("Tvorba webu: {ag}{form} · Powered by WordPress · šablona {th}",), (" s.r.o.", " Studio", "")),
    "tr": (
        ("Tasarım: {ag}{form} · Altyapı: WordPress · Tema: {th} {v}",),
        (" Yazılım", " Bilişim", " Dijital"),
    ),
    "id": (("Dikembangkan oleh {ag}{form} · Tema {th} oleh {by}",), (" Digital", " Kreatif", " Media")),
    "vi": (("Thiết kế web bởi {ag}{form} · Giao diện {th} {v}",), (" JSC", " Digital", "")),
    "ru": (
        ("Разработка сайта — веб-студия «{ag_ru}»", "Создание и поддержка сайта: «{ag_ru}», {city_ru}"),
        ("",),
    ),
    "zh": (("技术支持：{city_zh}{ag_zh}网络科技有限公司", "网站建设：{ag_zh}科技　主题 {th} {v}"), ("",)),
    "ja": (
        ("サイト制作：株式会社{ag_ja}", "Powered by WordPress / テーマ：{th}（{by}）/ 制作：{ag_ja}"),
        ("",),
    ),
    "ko": (("제작: (주){ag_ko} · 유지보수 {ag_ko}", "홈페이지 제작 {ag_ko} · Powered by {th} {v}"), ("",)),
    "ar": (("تصميم وتطوير {ag}{form} · قالب {th} {v}",), ("", " Digital")),
    "he": (("עיצוב ופיתוח: {ag}{form} · בניית אתרים",), ("", " Digital")),
    "hi": (("वेबसाइट डिज़ाइन और विकास: {ag}{form} · थीम {th} {v}",), (" Pvt. Ltd.", " Technologies", "")),
    "th": (("ออกแบบเว็บไซต์โดย {ag}{form} · ธีม {th} {v}",), (" Co., Ltd.", " Studio", "")),
}
_CITIES = (
    "Hamburg",
    "Lyon",
    "Valencia",
    "Bologna",
    "Leipzig",
    "Nantes",
    "Sevilla",
    "Torino",
    "Münster",
    "Porto",
)
_AG_RU = ("ВебМастер", "АртЛайн", "Медиа Про", "СайтСтрой", "НеоВеб", "Пиксель", "Вектор", "Интерсайт")
_CITY_RU = ("Москва", "Екатеринбург", "Новосибирск", "Казань", "Самара", "Пермь")
_AG_ZH = ("创新", "华夏", "云端", "博远", "启明", "锐意", "天网", "易讯")
_CITY_ZH = ("北京", "上海", "深圳", "杭州", "成都", "武汉")
_AG_JA = (
    "ウェブクリエイト",
    "デジタルワークス",
    "ネクストデザイン",
    "アクシスメディア",
    "ソラシステム",
    "ミライラボ",
)
_AG_KO = ("웹앤미디어", "디자인하우스", "넷피아", "코드랩", "누리소프트", "아이웹")


def site_credit(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(CREDITS))
    templates, forms = CREDITS[lang]
    th, by = rnd.choice(THEMES)
    return rnd.choice(templates).format(
        ag=rnd.choice(_AGENCY_A) + rnd.choice(_AGENCY_B) + rnd.choice(("", "", str(rnd.randint(2, 99)))),
        form=rnd.choice(forms),
        th=th,
        by=by,
        v=f"{rnd.randint(1, 12)}.{rnd.randint(0, 9)}.{rnd.randint(0, 20)}",
        city=rnd.choice(_CITIES),
        ag_ru=rnd.choice(_AG_RU) + rnd.choice(("", "", f"-{rnd.randint(2, 99)}")),
        city_ru=rnd.choice(_CITY_RU),
        ag_zh=rnd.choice(_AG_ZH) + rnd.choice(_AG_ZH),
        city_zh=rnd.choice(_CITY_ZH),
        ag_ja=rnd.choice(_AG_JA) + rnd.choice(("", "", "ジャパン", "東京")),
        ag_ko=rnd.choice(_AG_KO) + rnd.choice(("", "", "코리아", "컴퍼니")),
    )


# ---------------------------------------------------------------- footer's legal-links row (end)
LEGAL_LINKS = {  # language: the footer's legal and service links, in the order a footer lists them
    "en": (
        "Privacy Policy",
        "Terms of Use",
        "Cookie Policy",
        "Cookie Settings",
        "Do Not Sell or Share My Personal Information",
        "Accessibility",
        "Contact Us",
        "Advertise",
        "Your Ad Choices",
        "Sitemap",
    ),
    "de": (
        "Impressum",
        "Datenschutz",
        "AGB",
        "Nutzungsbedingungen",
        "Cookie-Einstellungen",
        "Widerruf Tracking",
        "Barrierefreiheit",
        "Kontakt",
        "Mediadaten",
        "Abo kündigen",
    ),
    "fr": (
        "Mentions légales",
        "Politique de confidentialité",
        "CGU",
        "CGV",
        "Gestion des cookies",
        "Accessibilité : non conforme",
        "Contact",
        "Plan du site",
        "Charte de modération",
        "Publicité",
    ),
    "es": (
        "Aviso legal",
        "Política de privacidad",
        "Política de cookies",
        "Configuración de cookies",
        "Condiciones de uso",
        "Contacto",
        "Mapa web",
        "Publicidad",
    ),
    "it": (
        "Note legali",
        "Privacy policy",
        "Cookie policy",
        "Preferenze cookie",
        "Termini e condizioni",
        "Dichiarazione di accessibilità",
        "Contatti",
        "Pubblicità",
    ),
    "pt": (
        "Termos de uso",
        "Política de privacidade",
        "Política de cookies",
        "Estatuto editorial",
        "Ficha técnica",
        "Contactos",
        "Publicidade",
    ),
    "nl": (
        "Privacyverklaring",
        "Cookieverklaring",
        "Cookie-instellingen",
        "Algemene voorwaarden",
        "Disclaimer",
        "Colofon",
        "Contact",
        "Adverteren",
    ),
    "pl": (
        "Regulamin",
        "Polityka prywatności",
        "Polityka cookies",
        "Ustawienia prywatności",
        "Kontakt",
        "Reklama",
        "Mapa strony",
    ),
    "cs": (
        "Podmínky užití",
        "Ochrana osobních údajů",
        "Cookies",
        "Nastavení soukromí",
        "Kontakty",
        "Reklama",
        "Mapa stránek",
    ),
    "sv": (
        "Integritetspolicy",
        "Cookies",
        "Cookieinställningar",
        "Villkor",
        "Tillgänglighetsredogörelse",
        "Kontakta oss",
        "Annonsera",
    ),
    "ru": (
        "Правила использования",
        "Политика конфиденциальности",
        "Пользовательское соглашение",
        "Обработка персональных данных",
        "Правовая информация",
        "Контакты",
        "Реклама",
        "Карта сайта",
    ),
    "uk": (
        "Правила користування",
        "Політика конфіденційності",
        "Умови використання",
        "Контакти",
        "Реклама",
        "Мапа сайту",
    ),
    "el": (
        "Όροι χρήσης",
        "Πολιτική απορρήτου",
        "Πολιτική cookies",
        "Ρυθμίσεις cookies",
        "Επικοινωνία",
        "Διαφήμιση",
    ),
    "tr": (
        "Künye",
        "Gizlilik Politikası",
        "Çerez Politikası",
        "KVKK Aydınlatma Metni",
        "Kullanım Koşulları",
        "İletişim",
        "Reklam",
    ),
    "ar": (
        "سياسة الخصوصية",
        "شروط الاستخدام",
        "سياسة ملفات تعريف الارتباط",
        "من نحن",
        "اتصل بنا",
        "أعلن معنا",
    ),
    "he": ("מדיניות פרטיות", "תנאי שימוש", "הצהרת נגישות", "הגדרות עוגיות", "צור קשר", "פרסמו אצלנו"),
    "hi": ("गोपनीयता नीति", "नियम और शर्तें", "कुकी नीति", "अस्वीकरण", "संपर्क करें", "विज्ञापन"),
    "th": ("นโยบายความเป็นส่วนตัว", "เงื่อนไขการใช้งาน", "นโยบายคุกกี้", "ติดต่อเรา", "ลงโฆษณา"),
    "zh": (
        "隐私政策",
        "用户协议",
        "法律声明",
        "免责声明",
        "联系我们",
        "广告服务",
        "网站地图",
        "违法和不良信息举报",
    ),
    "ja": (
        "プライバシーポリシー",
        "利用規約",
        "著作権について",
        "個人情報の取り扱い",
        "Cookieポリシー",
        "お問い合わせ",
        "広告掲載",
        "サイトマップ",
    ),
    "ko": (
        "개인정보처리방침",
        "이용약관",
        "청소년보호정책",
        "이메일무단수집거부",
        "고충처리",
        "광고문의",
        "제휴문의",
    ),
}


def legal_row(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(LEGAL_LINKS))
    links = LEGAL_LINKS[lang]
    k = rnd.randint(4, min(7, len(links)))
    picked = sorted(rnd.sample(range(len(links)), k))
    sep = (
        rnd.choice((" | ", " · ", " • ", "  ", " / "))
        if lang not in ("zh", "ja")
        else rnd.choice(("｜", "　", " | "))
    )
    return sep.join(links[i] for i in picked)


# ---------------------------------------------------------------- public and legal notices box (end)
NOTICES = {  # language: (templates, places, works); {no} a file number, {dl} the deadline's parts
    "fr": (
        (
            "Annonces légales — Avis de constitution : {co} SAS au capital de {cap} € · siège social : {n},"
            " rue {street}, {cp} {place} · publié le {d} {mon} {y}",
            "Annonces légales et marchés publics · Commune de {place} : marché de {work}, date limite de"
            " réception des offres le {d} {mon} {y} à {h}h",
        ),
        ("Rennes", "Laval", "Brest", "Metz", "Pau", "Niort"),
        (
            "travaux de voirie",
            "restauration scolaire",
            "rénovation énergétique du gymnase",
            "fourniture de mobilier",
        ),
    ),
    "en": (
        (
            "Public Notices · NOTICE OF PUBLIC HEARING: {place} County Planning Commission, {wd}, {mon} {d},"
            " {y}, {h12}:00 {ampm} · Case No. {no} · View all public notices",
            "Legal notices: Invitation to bid – City of {place}, {work}, Bid No. {no}. Sealed bids due {mon}"
            " {d}, {y} at {h12}:00 {ampm}",
        ),
        ("Jefferson", "Lincoln", "Madison", "Washington", "Marion", "Clay"),
        ("street resurfacing", "water main replacement", "janitorial services", "roof repairs at City Hall"),
    ),
    "de": (
        (
            "Amtliche Bekanntmachungen · Öffentliche Ausschreibung der Gemeinde {place}: {work}, Vergabe-Nr."
            " {no} · Angebotsfrist {dd}.{mm}.{y}, {h}:00 Uhr",
        ),
        ("Ottobrunn", "Wedemark", "Kirchheim", "Neuried", "Grafing", "Lilienthal"),
        (
            "Straßenbauarbeiten",
            "Sanierung der Grundschule",
            "Winterdienst",
            "Lieferung eines Feuerwehrfahrzeugs",
        ),
    ),
    "es": (
        (
            "Anuncios oficiales · Ayuntamiento de {place}: licitación de {work}, expediente {no}. Plazo de"
            " presentación hasta el {d} de {mon} de {y}.",
        ),
        ("Getafe", "Lorca", "Alcoy", "Ponferrada", "Mérida", "Linares"),
        ("la limpieza viaria", "las obras de la plaza mayor", "el servicio de ayuda a domicilio"),
    ),
    "it": (
        (
            "Avvisi legali · Comune di {place}: bando di gara per {work}, CIG {cig} · scadenza {dd}/{mm}/{y}"
            " ore {h}:00",
        ),
        ("Lecco", "Rieti", "Cesena", "Trapani", "Aosta", "Vigevano"),
        ("la manutenzione delle strade", "la refezione scolastica", "il servizio di trasporto disabili"),
    ),
    "pt": (
        (
            "Editais · Prefeitura de {place}: edital de licitação nº {n}/{y}, pregão eletrônico para"
            " {work} · abertura em {dd}/{mm}/{y}",
        ),
        ("Londrina", "Joinville", "Sorocaba", "Uberaba", "Petrópolis", "Caruaru"),
        ("merenda escolar", "pavimentação asfáltica", "coleta de lixo"),
    ),
    "pl": (
        (
            "Ogłoszenia urzędowe · Urząd Gminy {place}: przetarg nieograniczony na {work}, znak sprawy {no} ·"
            " termin składania ofert {dd}.{mm}.{y}",
        ),
        ("Kórnik", "Łomianki", "Wieliczka", "Kobierzyce", "Dobczyce", "Pruszcz"),
        ("budowę drogi gminnej", "dowóz uczniów", "odbiór odpadów komunalnych"),
    ),
    "nl": (
        (
            "Officiële bekendmakingen · Gemeente {place}: omgevingsvergunning aangevraagd voor {work},"
            " zaaknummer {no}, ontvangen {d} {mon} {y}",
        ),
        ("Zeist", "Heerhugowaard", "Weert", "Meppel", "Oss", "Goes"),
        ("het plaatsen van een dakkapel", "het kappen van twee bomen", "het bouwen van een woning"),
    ),
    "ru": (
        (
            "Официальные извещения · Администрация г. {place}: публичные слушания по проекту «{work}»"
            " состоятся {d} {mon} {y} г. в {h}:00",
        ),
        ("Тверь", "Калуга", "Вологда", "Киров", "Тамбов", "Курган"),
        ("Правила землепользования и застройки", "Бюджет городского округа", "Схема теплоснабжения"),
    ),
    "he": (
        ("הודעות משפטיות · עיריית {place} – מכרז פומבי מס' {n}/{y} ל{work} · מועד אחרון להגשה {d}.{m}.{y}",),
        ("חדרה", "רחובות", "נהריה", "אשקלון", "כפר סבא"),
        ("עבודות פיתוח ותשתיות", "שירותי ניקיון", "אחזקת גנים ציבוריים"),
    ),
    "ar": (
        (
            "إعلانات قانونية · بلدية {place} – مناقصة عامة رقم {n}/{y} لـ{work} · آخر موعد لتقديم العروض"
            " {d} {mon} {y}",
        ),
        ("صيدا", "إربد", "طنطا", "سوسة", "المنصورة"),
        ("أعمال تعبيد الطرق", "توريد معدات النظافة", "صيانة الإنارة العامة"),
    ),
    "el": (
        (
            "Διακηρύξεις · Δήμος {place}: ανοικτός διαγωνισμός για {work}, αρ. πρωτ. {no} · λήξη"
            " προθεσμίας {d} {mon} {y}",
        ),
        ("Λάρισας", "Βόλου", "Καλαμάτας", "Σερρών", "Χαλκίδας"),
        ("την ασφαλτόστρωση οδών", "την προμήθεια καυσίμων", "τη συντήρηση σχολικών κτιρίων"),
    ),
    "ja": (
        ("公告　{place}　{work}に係る一般競争入札の実施について（入札番号 {n}、公告日 {y}年{m}月{d}日）",),
        ("前橋市", "津市", "松江市", "高知市", "盛岡市"),
        ("市道舗装補修工事", "学校給食配送業務", "庁舎清掃業務委託"),
    ),
    "zh": (
        ("招标公告：{place}{work}项目（项目编号：{no}），投标截止时间{y}年{m}月{d}日{h}时",),
        ("嘉兴市", "绵阳市", "洛阳市", "泉州市", "芜湖市"),
        ("市政道路维修", "老旧小区改造", "学校食堂配送服务"),
    ),
    "ko": (
        ("공고 · {place} {work} 입찰 공고 (공고번호 제{y}-{n}호) · 입찰 마감 {y}년 {m}월 {d}일 {h}시",),
        ("청주시", "전주시", "천안시", "김해시", "포항시"),
        ("도로 보수공사", "공공청사 청소용역", "학교 급식 운송"),
    ),
}


def notices_box(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(NOTICES))
    templates, places, works = NOTICES[lang]
    h = rnd.choice((9, 10, 11, 12, 14, 16))
    return rnd.choice(templates).format(
        place=rnd.choice(places),
        work=rnd.choice(works),
        co=rnd.choice(_AGENCY_A).upper() + rnd.choice(_AGENCY_B).upper(),
        cap=_grouped(rnd.choice((1000, 5000, 10000, 15000, 50000)), " "),
        n=rnd.randint(1, 480),
        street=rnd.choice(("de la République", "Victor-Hugo", "Jean-Jaurès", "des Lilas", "Pasteur")),
        cp=_digits(rnd, "#####"),
        no=_digits(rnd, rnd.choice(("####-###", "##/####", "VG-####-##", "2#-###"))),
        cig=_digits(rnd, "########") + rnd.choice("ABCDEF") + rnd.choice("0123456789ABCDEF"),
        h=h,
        h12=h - 12 if h > 12 else h,
        ampm="a.m." if h < 12 else "p.m.",
        **_date_kw(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- defects in other fields
def rendered_uppercase(case: Case, rnd: random.Random) -> Case | None:
    """The headline as a browser renders it under ``text-transform: uppercase``: an extractor reading the
    rendered text (``innerText``) gets every letter upper-cased."""
    title = case.record.get("title")
    if not title or sum(c.islower() for c in title) < 3:
        return None
    return _with(case, title=title.upper())


def next_headlines(cases: list[Case]) -> dict[str, str]:
    """Page id -> the headline of the article an infinite-scroll page loads after it: the next record of the
    same site (in a circle), else of the same language."""
    titled = [c for c in cases if c.record.get("title")]
    groups: dict[str, list[Case]] = {}
    for case in titled:
        groups.setdefault(case.site, []).append(case)
    lone = [c for c in titled if len(groups[c.site]) < 2]
    by_lang: dict[str, list[Case]] = {}
    for case in lone:
        by_lang.setdefault(guess_language(case), []).append(case)
    out: dict[str, str] = {}
    for group in [*(g for g in groups.values() if len(g) >= 2), *by_lang.values()]:
        if len(group) < 2:
            continue
        for i, case in enumerate(group):
            other = group[(i + 1) % len(group)].record["title"]
            if other != case.record["title"]:
                out[case.page_id] = other
    return out


def next_article_title(headlines: dict[str, str]) -> Defect:
    def plant(case: Case, rnd: random.Random) -> Case | None:
        other = headlines.get(case.page_id)
        return _with(case, title=other) if other else None

    return plant


_LAST_FETCH = date(2024, 6, 30)


def header_date(case: Case, rnd: random.Random) -> Case | None:
    """The date a site prints in its header (today's date, the day the page was fetched) taken as the
    publication date: days to years after the article came out."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", case.record.get("published") or "")
    if not m:
        return None
    published = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    span = min(900, (_LAST_FETCH - published).days)
    if span < 2:
        return None
    fetched = published + timedelta(days=rnd.randint(2, span))
    return _with(case, published=fetched.isoformat())


AUTHOR_LINKS = {  # language: the author-page link's label, {n} the name
    "en": ("View all posts by {n}", "More articles by {n}", "Posts by {n}", "See all stories by {n}"),
    "de": ("Alle Artikel von {n}", "Mehr von {n}", "Alle Beiträge von {n} anzeigen"),
    "fr": ("Tous les articles de {n}", "Voir tous les articles de {n}", "Plus d'articles de {n}"),
    "es": ("Ver todas las entradas de {n}", "Más artículos de {n}", "Todas las noticias de {n}"),
    "it": ("Tutti gli articoli di {n}", "Leggi tutti gli articoli di {n}", "Altri articoli di {n}"),
    "pt": ("Ver todos os posts de {n}", "Mais artigos de {n}", "Todas as matérias de {n}"),
    "ru": ("Все материалы автора {n}", "Все статьи автора: {n}", "Другие публикации автора {n}"),
    "ja": ("{n}の記事一覧", "{n}の記事をもっと見る"),
}
_LOCAL_NAMES = {
    "de": ("Katharina Vogel", "Jan-Philipp Hein", "Ulrike Baumgärtner", "Florian Eder"),
    "fr": ("Anne-Sophie Mercier", "Olivier Perrin", "Camille Rousseau"),
    "es": ("Lucía García", "Javier Martín", "Carmen Navarro"),
    "it": ("Giulia Bianchi", "Matteo De Luca", "Chiara Colombo"),
    "pt": ("Ana Paula Souza", "Rodrigo Almeida", "Fernanda Lima"),
    "ru": ("Анна Смирнова", "Дмитрий Волков", "Екатерина Орлова"),
    "ja": ("山田太郎", "佐藤花子", "鈴木一郎"),
}


def author_link_label(case: Case, rnd: random.Random) -> Case | None:
    """The label of the link to the author's page (a theme's "View all posts by ...") taken as the author:
    one or two entries, each the label with the name in it."""
    lang = guess_language(case)
    pool = list(_LOCAL_NAMES.get(lang, ())) + list(_NAMES)
    names = rnd.sample(pool, rnd.choice((1, 1, 1, 2)))
    labels = AUTHOR_LINKS[lang if lang in AUTHOR_LINKS and rnd.random() < 0.7 else "en"]
    template = rnd.choice(labels)
    return _with(case, authors=[template.format(n=n) for n in names])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "world-clock bar (start)": record_only(at(once(world_clock), "start")),
        "age-verification gate (start)": record_only(at(once(age_gate), "start")),
        "e-mailed newsletter's view-in-browser header (start)": record_only(
            at(once(newsletter_header), "start")
        ),
        "official weather-warning banner (start)": record_only(at(once(weather_warning), "start")),
        "election-silence notice (start)": record_only(at(once(election_silence), "start")),
        "travel-booking search widget (middle)": record_only(at(once(booking_widget), "middle")),
        "publisher's reader-travel offer (middle)": record_only(at(once(reader_travel), "middle")),
        "live webcam's still with the time it was taken (middle)": record_only(
            at(once(webcam_still), "middle")
        ),
        "sponsored-content recommendation unit (middle)": record_only(at(once(sponsored_unit), "middle")),
        "copy-protection plugin's alert with the site's name (end)": record_only(
            placed(once_for(copy_alert), "end")
        ),
        "cite-this-article box (end)": record_only(placed(once_for(cite_box), "end")),
        "web agency's or CMS theme's credit (end)": record_only(at(once(site_credit), "end")),
        "footer's row of legal links (end)": record_only(at(once(legal_row), "end")),
        "public and legal notices box (end)": record_only(at(once(notices_box), "end")),
    }
    fields: Kinds = {
        "the title upper-cased by the page's style": (record_only(rendered_uppercase), TITLE_CHECKS),
        "the next article's headline as the title": (
            record_only(next_article_title(next_headlines(cases))),
            TITLE_CHECKS,
        ),
        "the header's date of the day the page was fetched as the date": (
            record_only(header_date),
            DATE_CHECKS,
        ),
        "the author page link's label as the author entry": (record_only(author_link_label), AUTHOR_CHECKS),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (seventeenth set)", "seventeenth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
