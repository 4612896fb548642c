"""A fifteenth blind set for issue 9, written by a helper in session 19 whose lines the lead did not see,
committed unread and run once on the code of ``9555c6f``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a box, widget, notice or piece of page furniture of a real news template,
  with its variable parts (search terms, article counts, towns, postcodes, radii, browsers and their
  versions, photo numbers, print prices, events, dates, venues, ticket prices, shops, discount codes,
  table sizes and pages, companies, press officers, phone numbers, e-mail addresses, opening hours,
  quotes and their authors) drawn per record so that no two records share a line: a site search
  overlay's prompt with its trending searches ("Suchbegriff eingeben und mit Enter bestätigen · Häufig
  gesucht: ..."), a local-edition or region picker ("Ваш город — Казань? Да · Выбрать другой") and an
  outdated-browser notice ("Sie verwenden einen veralteten Browser (Internet Explorer 11) ...") at the
  start; a buy-this-photo or reprint link under a picture ("Buy Photo", "Foto kaufen (Bild-Nr. ...)"), the
  publisher's own event or conference promotion ("Join us at ... Early-bird tickets from $..."), a
  discount-code widget ("Gutscheincode: ... · 15 % Rabatt bei ...") and a sortable data table's paging
  controls ("Zeige 11 bis 20 von 57 Einträgen", "显示第 1 至 10 项结果，共 57 项") in the middle; and at
  the end a press-release wire's media-contact footer ("Pressekontakt: ... Original-Content von: ...,
  übermittelt durch news aktuell", "Noot voor de redactie, niet voor publicatie: ..."), a reader-service
  or subscription hotline box ("Leserservice: ... (Mo.–Fr. 7–18 Uhr)") and a quote-of-the-day widget
  ("Citation du jour : « ... » – ..."), in English, German, French, Spanish, Italian, Portuguese, Dutch,
  Polish, Czech, Swedish, Danish, Turkish, Russian, Ukrainian, Greek, Hebrew, Arabic, Persian, Hindi,
  Thai, Chinese, Japanese and Korean;
* defects in other fields: the lead picture's caption taken as the title ("... speaks during a news
  conference in ..., (AP Photo/...)", "... am Montag in ... Foto: .../dpa"), the year of the footer's
  copyright notice read as the date ("2009-01-01"), and an author's name doubled in one entry, as the
  byline's two copies (the mobile and the desktop one) run together ("Jane MillerJane Miller").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind15.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import AUTHOR_CHECKS, DATE_CHECKS, Kinds, Make, at, guess_language, spread
from checks_defects import _NAMES, Case, Defect, _with, record_only


# ---------------------------------------------------------------- drawing helpers
def _unique(make: Make) -> Make:
    """``make``, drawn again while it gives a line it gave before: no two records share the line."""
    seen: set[str] = set()

    def draw(rnd: random.Random) -> str:
        line = make(rnd)
        for _ in range(500):
            if line not in seen:
                break
            line = make(rnd)
        seen.add(line)
        return line

    return draw


_THOUSANDS = {
    "en": ",",
    "hi": ",",
    "ja": ",",
    "zh": ",",
    "ko": ",",
    "he": ",",
    "th": ",",
    "ar": "٬",
    "de": ".",
    "es": ".",
    "it": ".",
    "pt": ".",
    "nl": ".",
    "tr": ".",
    "da": ".",
    "el": ".",
    "fr": "\u202f",
    "ru": "\u00a0",
    "uk": "\u00a0",
    "pl": "\u00a0",
    "cs": "\u00a0",
    "sv": "\u00a0",
}


def _num(n: int, lang: str) -> str:
    """``n`` grouped in thousands the way a page in ``lang`` prints it."""
    return f"{n:,}".replace(",", _THOUSANDS.get(lang, ","))


def _digits(rnd: random.Random, *groups: int, sep: str = " ") -> str:
    return sep.join("".join(str(rnd.randint(0, 9)) for _ in range(g)) for g in groups)


def _a_day(rnd: random.Random, first: date = date(2017, 1, 1), days: int = 3100) -> date:
    return first + timedelta(days=rnd.randrange(days))


_MONTH_NAMES = {  # as the month follows the day's number
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
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου"
    " Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
}
_DAY_NAMES = {  # Monday first
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "ja": "月 火 水 木 金 土 日",
}


def _mon(lang: str, d: date) -> str:
    return _MONTH_NAMES[lang].split()[d.month - 1]


def _wday(lang: str, d: date) -> str:
    return _DAY_NAMES[lang].split()[d.weekday()]


# ---------------------------------------------------------------- site search overlay (start)
SEARCH = {  # language: (templates, trending terms); {n} articles in the archive since {y}
    "en": (
        (
            "Type to search · Press Enter to search or ESC to close · Trending: {a}, {b}, {c}",
            "Search {n} articles since {y} · Popular searches: {a} | {b} | {c}",
            "What are you looking for? Trending searches: {a} · {b} · {c}",
        ),
        (
            "Taylor Swift",
            "interest rates",
            "Premier League",
            "gas prices",
            "Ukraine",
            "election results",
            "Super Bowl",
            "NFL draft",
            "housing market",
            "bird flu",
            "student loans",
            "solar eclipse",
        ),
    ),
    "de": (
        (
            "Suchbegriff eingeben und mit Enter bestätigen · Häufig gesucht: {a}, {b}, {c}",
            "Durchsuchen Sie {n} Artikel seit {y} · Beliebte Suchbegriffe: {a} | {b} | {c}",
            "Wonach suchen Sie? Top-Suchen: {a} · {b} · {c}",
        ),
        (
            "Bürgergeld",
            "Bundesliga",
            "Heizungsgesetz",
            "Rente",
            "Deutschlandticket",
            "Grundsteuer",
            "Bahnstreik",
            "Landtagswahl",
            "Tatort",
            "Inflation",
            "Elterngeld",
            "Oktoberfest",
        ),
    ),
    "fr": (
        (
            "Rechercher sur le site… Appuyez sur Entrée pour valider · Recherches populaires : {a}, {b}, {c}",
            "Que recherchez-vous ? Les plus recherchés : {a} · {b} · {c}",
            "Rechercher parmi {n} articles · Tendances : {a}, {b}, {c}",
        ),
        (
            "retraites",
            "Ligue 1",
            "grève SNCF",
            "Tour de France",
            "canicule",
            "Kylian Mbappé",
            "impôts 2024",
            "JO de Paris",
            "Assemblée nationale",
            "APL",
            "Notre-Dame",
            "bac 2024",
        ),
    ),
    "es": (
        (
            "Escribe tu búsqueda y pulsa Enter · Lo más buscado: {a}, {b}, {c}",
            "Buscar en {n} noticias · Búsquedas populares: {a} · {b} · {c}",
        ),
        (
            "Real Madrid",
            "lotería de Navidad",
            "Pedro Sánchez",
            "DANA",
            "paro",
            "Eurovisión",
            "pensiones",
            "hipotecas",
            "Feijóo",
            "Mundial 2030",
            "Barça",
            "oposiciones",
        ),
    ),
    "it": (
        (
            "Cerca nel sito · Premi Invio per cercare · Le ricerche più frequenti: {a}, {b}, {c}",
            "Cosa stai cercando? Più cercati: {a} · {b} · {c}",
        ),
        (
            "Sanremo",
            "Meloni",
            "Serie A",
            "superbonus",
            "Jannik Sinner",
            "Juventus",
            "bollette",
            "sciopero treni",
            "Pnrr",
            "pensioni",
            "Giubileo",
            "maturità 2024",
        ),
    ),
    "pt": (
        (
            "Pesquisar… Pressione Enter para buscar · Mais buscados: {a}, {b}, {c}",
            "O que você procura? Pesquisas populares: {a} · {b} · {c}",
        ),
        (
            "Lula",
            "Brasileirão",
            "Flamengo",
            "Mega-Sena",
            "IPVA",
            "Imposto de Renda",
            "dólar hoje",
            "Copa do Brasil",
            "Selic",
            "Carnaval",
            "Enem",
            "Bolsa Família",
        ),
    ),
    "nl": (
        (
            "Zoeken… Druk op Enter om te zoeken · Populaire zoektermen: {a}, {b}, {c}",
            "Zoek in {n} artikelen · Veel gezocht: {a} · {b} · {c}",
        ),
        (
            "Eredivisie",
            "Wilders",
            "Koningsdag",
            "hypotheekrente",
            "Ajax",
            "Max Verstappen",
            "stikstof",
            "zorgpremie",
            "NS-staking",
            "kabinetsformatie",
            "Formule 1",
            "toeslagenaffaire",
        ),
    ),
    "pl": (
        ("Wpisz szukaną frazę i naciśnij Enter · Najczęściej wyszukiwane: {a}, {b}, {c}",),
        (
            "800 plus",
            "Ekstraklasa",
            "Tusk",
            "Lewandowski",
            "matura 2024",
            "emerytury",
            "Iga Świątek",
            "ceny prądu",
            "Sejm",
            "kredyt 2 procent",
            "Orlen",
            "trzynastka",
        ),
    ),
    "ru": (
        (
            "Поиск по сайту · Введите запрос и нажмите Enter · Часто ищут: {a}, {b}, {c}",
            "Что вы ищете? Популярные запросы: {a} · {b} · {c}",
        ),
        (
            "курс доллара",
            "ЕГЭ",
            "пенсии",
            "КХЛ",
            "ипотека",
            "Спартак",
            "погода в Москве",
            "налоговый вычет",
            "Зенит",
            "МРОТ",
            "отпуск",
            "маткапитал",
        ),
    ),
    "tr": (
        ("Aramak istediğiniz kelimeyi yazın ve Enter tuşuna basın · Popüler aramalar: {a}, {b}, {c}",),
        (
            "asgari ücret",
            "Galatasaray",
            "deprem",
            "emekli maaşı",
            "KPSS",
            "Fenerbahçe",
            "seçim sonuçları",
            "Beşiktaş",
            "memur zammı",
            "YKS",
            "bayram tatili",
            "e-Devlet",
        ),
    ),
    "ar": (
        (
            "ابحث في الموقع… اضغط Enter للبحث · الأكثر بحثًا: {a}، {b}، {c}",
            "عمّ تبحث؟ عمليات البحث الشائعة: {a} · {b} · {c}",
        ),
        (
            "غزة",
            "الدوري السعودي",
            "رمضان",
            "محمد صلاح",
            "كأس العالم",
            "الحج",
            "النفط",
            "الهلال",
            "الأهلي",
            "نتيجة الثانوية العامة",
            "موعد العيد",
            "الزمالك",
        ),
    ),
    "ja": (
        (
            "キーワードを入力して検索　注目のキーワード：{a}　{b}　{c}",
            "サイト内検索　よく検索されるワード：{a}／{b}／{c}",
        ),
        (
            "大谷翔平",
            "能登半島地震",
            "新NISA",
            "円安",
            "紅白歌合戦",
            "箱根駅伝",
            "総裁選",
            "インフルエンザ",
            "藤井聡太",
            "ふるさと納税",
            "大阪・関西万博",
            "定額減税",
        ),
    ),
    "ko": (
        (
            "검색어를 입력하세요 · 인기 검색어 1 {a} 2 {b} 3 {c}",
            "통합검색 · 실시간 인기 검색어: {a}, {b}, {c}",
        ),
        (
            "손흥민",
            "총선",
            "부동산",
            "의대 증원",
            "이강인",
            "삼성전자",
            "전세사기",
            "수능",
            "BTS",
            "코스피",
            "청약",
            "연말정산",
        ),
    ),
    "zh": (
        ("请输入关键词搜索 · 热门搜索：{a} {b} {c}", "站内搜索 · 大家都在搜：{a}、{b}、{c}"),
        (
            "两会",
            "高考",
            "房价",
            "人工智能",
            "春运",
            "巴黎奥运会",
            "个税",
            "国足",
            "新能源汽车",
            "台风",
            "延迟退休",
            "神舟十八号",
        ),
    ),
    "hi": (
        ("यहां सर्च करें · ट्रेंडिंग सर्च: {a}, {b}, {c}", "खोजें… लोकप्रिय खोजें: {a} | {b} | {c}"),
        (
            "आईपीएल 2024",
            "लोकसभा चुनाव",
            "विराट कोहली",
            "राम मंदिर",
            "बजट 2024",
            "पीएम किसान",
            "बोर्ड रिजल्ट",
            "शेयर बाजार",
            "चंद्रयान",
            "मानसून",
            "नवरात्रि",
            "यूपी पुलिस भर्ती",
        ),
    ),
    "th": (
        ("ค้นหาข่าว... คำค้นยอดนิยม: {a}, {b}, {c}", "ค้นหา · คำค้นหาที่กำลังฮิต: {a} | {b} | {c}"),
        (
            "หวย",
            "ฟุตบอลไทย",
            "เศรษฐา",
            "น้ำท่วม",
            "ค่าไฟ",
            "สงกรานต์",
            "ดิจิทัลวอลเล็ต",
            "ฝุ่น PM2.5",
            "ค่าแรงขั้นต่ำ",
            "ลอยกระทง",
            "กองสลาก",
            "ทีมชาติไทย",
        ),
    ),
    "he": (
        (
            "חיפוש באתר · מה מחפשים עכשיו: {a}, {b}, {c}",
            "הקלידו מילות חיפוש · חיפושים פופולריים: {a} | {b} | {c}",
        ),
        (
            "מכבי תל אביב",
            "בחירות",
            "מחירי הדירות",
            "הפועל באר שבע",
            "שכר מינימום",
            "בנק ישראל",
            "יורוויזיון",
            "פיקוד העורף",
            "ריבית",
            "מבחני הבגרות",
            "ביטוח לאומי",
            "הכנסת",
        ),
    ),
}


def search_overlay(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(SEARCH))
    templates, terms = SEARCH[lang]
    a, b, c = rnd.sample(terms, 3)
    return rnd.choice(templates).format(
        a=a, b=b, c=c, n=_num(rnd.randint(180_000, 3_400_000), lang), y=rnd.randint(1996, 2012)
    )


# ---------------------------------------------------------------- local-edition / region picker (start)
REGIONS = {  # language: (templates, places, each a name and the code a page shows beside it)
    "de": (
        (
            "Meine Region: {town} (PLZ {code}) · ändern",
            "Sie sehen Nachrichten für {town} und Umgebung ({km} km) · Region ändern",
            "Lokales aus {town}: {n} neue Artikel seit Ihrem letzten Besuch · Ort wechseln",
        ),
        (
            ("Esslingen am Neckar", "73728"),
            ("Freiburg im Breisgau", "79098"),
            ("Augsburg", "86150"),
            ("Regensburg", "93047"),
            ("Kassel", "34117"),
            ("Göttingen", "37073"),
            ("Bielefeld", "33602"),
            ("Münster", "48143"),
            ("Rostock", "18055"),
            ("Erfurt", "99084"),
            ("Trier", "54290"),
            ("Heilbronn", "74072"),
        ),
    ),
    "en": (
        (
            "Your local edition: {town} · Change location",
            "Showing local news for {town} (ZIP {code}). Not right? Change your location",
            "Local news within {mi} miles of {town} · Set your location",
        ),
        (
            ("Springfield, IL", "62701"),
            ("Dayton, OH", "45402"),
            ("Boise, ID", "83702"),
            ("Tacoma, WA", "98402"),
            ("Macon, GA", "31201"),
            ("Fresno, CA", "93721"),
            ("Des Moines, IA", "50309"),
            ("Knoxville, TN", "37902"),
            ("Green Bay, WI", "54301"),
            ("Tulsa, OK", "74103"),
            ("Albany, NY", "12207"),
            ("Asheville, NC", "28801"),
        ),
    ),
    "fr": (
        (
            "Votre édition : {town} ({code}) · Changer d'édition",
            "Actualités de votre secteur : {town} et ses environs ({km} km) · Modifier ma commune",
        ),
        (
            ("Rennes", "35"),
            ("Angers", "49"),
            ("Brest", "29"),
            ("Limoges", "87"),
            ("Perpignan", "66"),
            ("Besançon", "25"),
            ("Clermont-Ferrand", "63"),
            ("Tours", "37"),
            ("Metz", "57"),
            ("Pau", "64"),
            ("Nîmes", "30"),
            ("Caen", "14"),
        ),
    ),
    "es": (
        (
            "Tu edición local: {town} ({code}) · Cambiar de ciudad",
            "Estás viendo noticias de {town} y su comarca · {n} noticias hoy · Elegir otra localidad",
        ),
        (
            ("Alcalá de Henares", "Madrid"),
            ("Jerez de la Frontera", "Cádiz"),
            ("Gijón", "Asturias"),
            ("Elche", "Alicante"),
            ("Vigo", "Pontevedra"),
            ("Sabadell", "Barcelona"),
            ("Cartagena", "Murcia"),
            ("Talavera de la Reina", "Toledo"),
            ("Ponferrada", "León"),
            ("Reus", "Tarragona"),
        ),
    ),
    "it": (
        (
            "La tua città: {town} ({code}) · Cambia città",
            "Notizie da {town} e provincia · {n} nuovi articoli oggi · Modifica",
        ),
        (
            ("Bergamo", "BG"),
            ("Brescia", "BS"),
            ("Padova", "PD"),
            ("Lecce", "LE"),
            ("Modena", "MO"),
            ("Salerno", "SA"),
            ("Perugia", "PG"),
            ("Udine", "UD"),
            ("Novara", "NO"),
            ("Rimini", "RN"),
            ("Sassari", "SS"),
        ),
    ),
    "nl": (
        (
            "Jouw regio: {town} ({code}) · Wijzig regio",
            "Nieuws uit {town} en omgeving ({km} km) · Kies een andere plaats",
        ),
        (
            ("Amersfoort", "3811"),
            ("Zwolle", "8011"),
            ("Apeldoorn", "7311"),
            ("Breda", "4811"),
            ("Leeuwarden", "8911"),
            ("Venlo", "5911"),
            ("Deventer", "7411"),
            ("Alkmaar", "1811"),
            ("Haarlem", "2011"),
            ("Tilburg", "5038"),
        ),
    ),
    "pl": (
        (
            "Twoje miasto: {town} · Zmień lokalizację",
            "Wiadomości z regionu: {town} ({n} nowych) · zmień",
        ),
        (
            ("Bydgoszcz", ""),
            ("Olsztyn", ""),
            ("Rzeszów", ""),
            ("Kielce", ""),
            ("Opole", ""),
            ("Toruń", ""),
            ("Radom", ""),
            ("Gorzów Wielkopolski", ""),
            ("Zielona Góra", ""),
            ("Białystok", ""),
        ),
    ),
    "sv": (
        (
            "Din ort: {town} · Byt ort",
            "Lokala nyheter från {town} · {n} nya artiklar i dag · Välj ort",
        ),
        (
            ("Västerås", ""),
            ("Örebro", ""),
            ("Linköping", ""),
            ("Jönköping", ""),
            ("Umeå", ""),
            ("Gävle", ""),
            ("Sundsvall", ""),
            ("Karlstad", ""),
            ("Växjö", ""),
            ("Luleå", ""),
        ),
    ),
    "ru": (
        (
            "Ваш город — {town}? Да · Выбрать другой",
            "Ваш регион: {town} · Изменить · {n} новостей за сутки",
        ),
        (
            ("Казань", ""),
            ("Самара", ""),
            ("Пермь", ""),
            ("Воронеж", ""),
            ("Уфа", ""),
            ("Красноярск", ""),
            ("Тюмень", ""),
            ("Иркутск", ""),
            ("Ярославль", ""),
            ("Калининград", ""),
        ),
    ),
    "uk": (
        ("Ваше місто: {town} · Змінити", "Ваше місто — {town}? Так · Обрати інше · {n} новин сьогодні"),
        (
            ("Вінниця", ""),
            ("Полтава", ""),
            ("Житомир", ""),
            ("Черкаси", ""),
            ("Тернопіль", ""),
            ("Рівне", ""),
            ("Ужгород", ""),
            ("Чернігів", ""),
            ("Луцьк", ""),
        ),
    ),
    "ar": (
        ("مدينتك: {town} · تغيير المدينة", "أخبار {town} ({n} خبرًا اليوم) · اختر مدينة أخرى"),
        (
            ("الإسكندرية", ""),
            ("المنصورة", ""),
            ("أسيوط", ""),
            ("طنطا", ""),
            ("الزقازيق", ""),
            ("أسوان", ""),
            ("بورسعيد", ""),
            ("الإسماعيلية", ""),
            ("سوهاج", ""),
        ),
    ),
    "ja": (
        (
            "地域を選択：{code}　{town}（変更）",
            "あなたの地域：{code}{town}　地域のニュース {n}件　地域を変更する",
        ),
        (
            ("横浜市", "神奈川県"),
            ("さいたま市", "埼玉県"),
            ("仙台市", "宮城県"),
            ("静岡市", "静岡県"),
            ("金沢市", "石川県"),
            ("岡山市", "岡山県"),
            ("熊本市", "熊本県"),
            ("松山市", "愛媛県"),
            ("新潟市", "新潟県"),
            ("那覇市", "沖縄県"),
        ),
    ),
    "ko": (
        ("내 지역: {code} {town} · 지역 변경", "우리 동네 뉴스: {code} {town} ({n}건) · 다른 지역 선택"),
        (
            ("수원시", "경기"),
            ("성남시", "경기"),
            ("청주시", "충북"),
            ("전주시", "전북"),
            ("창원시", "경남"),
            ("포항시", "경북"),
            ("춘천시", "강원"),
            ("천안시", "충남"),
            ("여수시", "전남"),
        ),
    ),
    "hi": (
        ("आपका शहर: {town} · शहर बदलें", "अपना शहर चुनें: {town} · आज की {n} खबरें"),
        (
            ("लखनऊ", ""),
            ("जयपुर", ""),
            ("भोपाल", ""),
            ("पटना", ""),
            ("इंदौर", ""),
            ("कानपुर", ""),
            ("वाराणसी", ""),
            ("देहरादून", ""),
            ("रांची", ""),
            ("आगरा", ""),
        ),
    ),
    "tr": (
        ("Şehrinizi seçin: {town} · Değiştir", "{town} haberleri ({n} yeni haber) · Konumunuzu değiştirin"),
        (
            ("Eskişehir", ""),
            ("Kayseri", ""),
            ("Samsun", ""),
            ("Trabzon", ""),
            ("Denizli", ""),
            ("Malatya", ""),
            ("Sakarya", ""),
            ("Gaziantep", ""),
            ("Muğla", ""),
        ),
    ),
}


def region_picker(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(REGIONS))
    templates, places = REGIONS[lang]
    town, code = rnd.choice(places)
    if lang in ("de", "en"):
        code = code[:-2] + f"{rnd.randrange(100):02d}"
    return rnd.choice(templates).format(
        town=town,
        code=code,
        km=rnd.choice((5, 10, 15, 20, 25, 30, 40, 50)),
        mi=rnd.randint(5, 60),
        n=rnd.randint(3, 140),
    )


# ---------------------------------------------------------------- outdated-browser notice (start)
BROWSER_NOTICES = {
    "en": (
        "You are using an outdated browser ({b}). Please upgrade your browser to improve your experience"
        " and security.",
        "Your browser ({b}) is no longer supported. For the best experience on our site, please use the"
        " latest version of Chrome, Firefox, Safari or Edge.",
    ),
    "de": (
        "Sie verwenden einen veralteten Browser ({b}). Bitte aktualisieren Sie Ihren Browser, um alle"
        " Funktionen dieser Website nutzen zu können.",
        "Ihr Browser ({b}) wird nicht mehr unterstützt. Für eine optimale Darstellung nutzen Sie bitte"
        " eine aktuelle Version von Chrome, Firefox, Safari oder Edge.",
    ),
    "fr": (
        "Votre navigateur ({b}) n'est plus à jour. Mettez-le à jour pour profiter pleinement du site.",
        "Vous utilisez une version obsolète de votre navigateur ({b}). Certaines fonctionnalités risquent"
        " de ne pas s'afficher correctement.",
    ),
    "es": ("Estás usando un navegador obsoleto ({b}). Actualízalo para disfrutar de una mejor experiencia.",),
    "it": ("Stai utilizzando un browser non aggiornato ({b}). Aggiorna il browser per navigare al meglio.",),
    "pt": (
        "Você está usando um navegador desatualizado ({b}). Atualize seu navegador para uma melhor"
        " experiência.",
    ),
    "nl": (
        "Je gebruikt een verouderde browser ({b}). Update je browser voor de beste ervaring op deze site.",
    ),
    "pl": (
        "Używasz przestarzałej przeglądarki ({b}). Zaktualizuj ją, aby korzystać z serwisu bez problemów.",
    ),
    "cs": ("Používáte zastaralý prohlížeč ({b}). Pro správné zobrazení webu si jej prosím aktualizujte.",),
    "ru": (
        "Вы используете устаревший браузер ({b}). Обновите браузер, чтобы сайт работал корректно.",
        "Ваш браузер ({b}) устарел и не поддерживается. Рекомендуем установить последнюю версию.",
    ),
    "el": ("Χρησιμοποιείτε έναν παρωχημένο browser ({b}). Αναβαθμίστε τον για καλύτερη εμπειρία πλοήγησης.",),
    "he": ("אתם גולשים בדפדפן ישן ({b}). מומלץ לעדכן את הדפדפן לגרסה האחרונה לחוויית גלישה מיטבית.",),
    "ar": ("أنت تستخدم متصفحًا قديمًا ({b}). يرجى تحديث المتصفح للحصول على أفضل تجربة تصفح.",),
    "fa": ("شما از یک مرورگر قدیمی ({b}) استفاده می‌کنید. لطفاً برای تجربه بهتر، مرورگر خود را به‌روز کنید.",),
    "ja": (
        "お使いのブラウザ（{b}）はサポートが終了しています。快適にご利用いただくため、最新のブラウザをご利用ください。",
    ),
    "ko": ("현재 사용 중인 브라우저({b})는 지원되지 않습니다. 최신 브라우저로 업데이트해 주세요.",),
    "zh": ("您的浏览器版本过低（{b}），请升级浏览器以获得更好的浏览体验。",),
    "tr": (
        "Eski bir tarayıcı ({b}) kullanıyorsunuz. Daha iyi bir deneyim için lütfen tarayıcınızı güncelleyin.",
    ),
}


def _browser(rnd: random.Random) -> str:
    kind = rnd.randrange(6)
    if kind == 0:
        return f"Internet Explorer {rnd.randint(8, 11)}"
    if kind == 1:
        return f"Chrome {rnd.randint(49, 109)}"
    if kind == 2:
        return f"Firefox {rnd.randint(45, 115)}"
    if kind == 3:
        return f"Safari {rnd.randint(9, 15)}.{rnd.randint(0, 6)}"
    if kind == 4:
        return f"Edge {rnd.randint(12, 18)}"
    return f"Opera {rnd.randint(36, 95)}"


def old_browser(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(BROWSER_NOTICES))
    return rnd.choice(BROWSER_NOTICES[lang]).format(b=_browser(rnd))


# ---------------------------------------------------------------- buy-this-photo / reprint link (middle)
BUY_PHOTO = {  # {id} the picture's number in the shop, {p} a print's price
    "en": (
        "Buy Photo",
        "Buy this photo · #{id}",
        "Order a print of this photo (ID {id}) · Prints from ${p}",
        "Purchase a reprint of this photo from our photo store · Ref. {id}",
    ),
    "de": (
        "Foto kaufen (Bild-Nr. {id})",
        "Dieses Foto können Sie in unserem Fotoshop als Abzug ab {p} Euro bestellen. Bildnummer: {id}",
        "Bildrechte erwerben · Foto-ID {id}",
    ),
    "fr": (
        "Acheter cette photo (réf. {id})",
        "Commander un tirage de cette photo à partir de {p} € · Réf. {id}",
    ),
    "es": ("Comprar esta foto · Ref. {id}", "Compra esta imagen en nuestra fototeca (n.º {id})"),
    "it": ("Acquista la foto · Cod. {id}", "Compra questa foto in alta risoluzione (codice {id})"),
    "nl": ("Koop deze foto (fotonummer {id}) · Afdrukken vanaf € {p}",),
    "sv": ("Köp bild · Bild-ID {id}",),
    "da": ("Køb billedet · Billed-ID {id}",),
    "pl": ("Kup zdjęcie · nr {id}",),
    "cs": ("Koupit fotografii (ID {id})",),
    "ru": ("Купить фото · № {id}",),
    "el": ("Αγορά φωτογραφίας · Κωδ. {id}",),
    "he": ("לרכישת התמונה · מס' {id}",),
    "ar": ("شراء هذه الصورة · رقم {id}",),
    "ja": ("この写真を購入する（写真番号 {id}）", "写真購入はこちら　整理番号{id}"),
    "zh": ("购买此图 · 图片编号 {id}",),
    "ko": ("사진 구매하기 (사진번호 {id})",),
}


def buy_photo(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(BUY_PHOTO))
    template = rnd.choice(BUY_PHOTO[lang])
    if template == "Buy Photo":
        template = rnd.choice(("Buy Photo", "Buy Photo ({id})", "Buy Photo: {id}"))
    price = (
        rnd.choice(("9.99", "12.95", "14.99", "19.95", "24.99")) if lang == "en" else str(rnd.randint(5, 30))
    )
    return template.format(id=rnd.randint(10_000, 99_999_999), p=price)


# ------------------------------------------------------------ the publisher's own event promotion (middle)
EVENTS = {  # language: (templates, hosts, formats, places); {ev} "{host} {fmt}" or as the template says
    "en": (
        (
            "Join us at {ev} on {mon} {d} in {city}. Early-bird tickets from ${price} — book now",
            "{ev}: {n} speakers, one day, {city}, {wd}, {mon} {d}. Get your tickets",
            "Don't miss {ev} — {mon} {d}, {y}, {city}. Subscribers save {pct}%",
        ),
        ("The Times", "The Globe", "Herald", "Tribune", "Chronicle", "Post-Gazette"),
        ("Future of Work Summit", "Climate Forum", "Food & Wine Festival", "Tech Live", "Health Conference"),
        ("London", "Manchester", "Chicago", "Boston", "Toronto", "Sydney", "Dublin", "Austin"),
    ),
    "de": (
        (
            "{ev} am {d}. {mon} in {city}: Jetzt Tickets sichern – Frühbucherpreis {price} Euro",
            "Seien Sie dabei: {ev}, {wd}, {d}. {mon}, {city}. Abonnenten erhalten {pct} Prozent Rabatt",
            "Jetzt anmelden: {ev} am {d}. {mon} {y} in {city} – die Plätze sind begrenzt",
        ),
        ("Handelsblatt", "Tagesspiegel", "Rheinische Post", "WAZ", "Stuttgarter Zeitung", "Weser-Kurier"),
        ("Wirtschaftsgipfel", "Digitalkonferenz", "Gesundheitsforum", "Zukunftskongress", "Genussfestival"),
        ("Berlin", "Düsseldorf", "Essen", "Stuttgart", "Bremen", "Frankfurt am Main", "Leipzig"),
    ),
    "fr": (
        (
            "Rendez-vous aux {fmt} {host} le {d} {mon} à {city} · Réservez votre place dès {price} €",
            "Inscrivez-vous aux {fmt} {host} : {d} {mon} {y}, {city}. Tarif abonné : {price} €",
        ),
        ("du Monde", "des Échos", "du Figaro", "de Ouest-France", "de La Provence", "de La Dépêche"),
        ("Rencontres de l'économie", "Assises de la santé", "Journées du numérique", "Rencontres du climat"),
        ("Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille"),
    ),
    "es": (
        (
            "{fmt} de {host}: {d} de {mon} en {city}. Inscríbete gratis, plazas limitadas",
            "Apúntate al {fmt} de {host} ({d} de {mon}, {city}) · Entradas desde {price} €",
        ),
        ("El País", "ABC", "La Vanguardia", "El Mundo", "Expansión", "La Voz de Galicia"),
        ("Foro de Economía", "Encuentro de Salud", "Congreso de Innovación", "Foro de Sostenibilidad"),
        ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza"),
    ),
    "it": (
        (
            "{fmt} del {host}: il {d} {mon} a {city}. Iscriviti ora, i posti sono limitati",
            "Partecipa al {fmt} del {host} · {d} {mon} {y}, {city} · Biglietti da {price} euro",
        ),
        ("Corriere", "Sole 24 Ore", "Messaggero", "Mattino", "Secolo XIX", "Resto del Carlino"),
        ("Festival dell'Economia", "Forum Salute", "Festival del Lavoro", "Forum Innovazione"),
        ("Milano", "Roma", "Torino", "Napoli", "Bologna", "Trento", "Firenze"),
    ),
    "pt": (
        (
            "Participe do {fmt} do {host} em {d} de {mon}, em {city} · Garanta já o seu ingresso",
            "{fmt} {host}: {d} de {mon} de {y}, {city}. Inscrições abertas",
        ),
        ("Estadão", "Globo", "Valor", "Público", "Expresso"),
        ("Fórum de Economia", "Summit Saúde", "Congresso de Inovação", "Fórum Agro"),
        ("São Paulo", "Rio de Janeiro", "Brasília", "Lisboa", "Porto", "Belo Horizonte"),
    ),
    "nl": (
        (
            "Kom naar {ev} op {d} {mon} in {city} · Bestel nu je tickets vanaf € {price}",
            "Meld je aan voor {ev} ({d} {mon} {y}, {city}) · Abonnees krijgen {pct}% korting",
        ),
        ("NRC", "de Volkskrant", "AD", "Het Parool", "FD", "Trouw"),
        ("Live", "Economie Event", "Festival", "Debatavond", "Klimaattop"),
        ("Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Groningen"),
    ),
    "pl": (
        (
            "Zapraszamy na {fmt} {host}: {d} {mon} {y} {city} · Zarejestruj się już dziś",
            "{fmt} {host} – {d} {mon} {city}. Bilety od {price} zł",
        ),
        ("Rzeczpospolitej", "Gazety Wyborczej", "Pulsu Biznesu", "Dziennika Gazety Prawnej"),
        ("Forum Ekonomiczne", "Kongres Zdrowia", "Festiwal Nauki", "Forum Samorządowe"),
        ("w Warszawie", "w Krakowie", "we Wrocławiu", "w Poznaniu", "w Gdańsku", "w Katowicach"),
    ),
    "ru": (
        (
            "Приглашаем на форум «{host}. {fmt}» — {d} {mon}, {city}. Регистрация открыта",
            "Форум «{host}. {fmt}»: {d} {mon} {y} года, {city}. Билеты от {price} ₽",
        ),
        ("Ведомости", "РБК", "Коммерсантъ", "Известия"),
        ("Экономика", "Цифра", "Медицина", "Регионы", "Недвижимость"),
        ("Москва", "Санкт-Петербург", "Казань", "Екатеринбург", "Новосибирск"),
    ),
    "el": (
        (
            "Έλα στο {fmt} {host} στις {d} {mon} {city} · Κλείσε θέση τώρα",
            "{fmt} {host}: {d} {mon} {y} {city} · Εισιτήρια από {price} €",
        ),
        ("της Καθημερινής", "του Βήματος", "της Ναυτεμπορικής", "του Ελεύθερου Τύπου"),
        ("Οικονομικό Φόρουμ", "Συνέδριο Υγείας", "Φεστιβάλ Γεύσης", "Συνέδριο Τουρισμού"),
        ("στην Αθήνα", "στη Θεσσαλονίκη", "στην Πάτρα", "στο Ηράκλειο", "στα Ιωάννινα"),
    ),
    "ar": (
        (
            "انضم إلينا في {fmt} {host} يوم {d} {mon} في {city} · سجّل الآن",
            "{fmt} {host}: {d} {mon} {y}، {city} · المقاعد محدودة، احجز مقعدك",
        ),
        ("الشرق الأوسط", "الأهرام", "البيان", "الرياض", "الخليج"),
        ("منتدى", "قمة", "مؤتمر"),
        ("دبي", "الرياض", "القاهرة", "أبوظبي", "عمّان", "الدوحة"),
    ),
    "hi": (
        (
            "{ev} में शामिल हों: {d} {mon}, {city} · अभी रजिस्टर करें",
            "{ev} {y} · {d} {mon}, {city} · सीटें सीमित, आज ही पंजीकरण करें",
        ),
        ("दैनिक जागरण", "अमर उजाला", "हिन्दुस्तान", "नवभारत टाइम्स", "दैनिक भास्कर"),
        ("संवाद", "शिखर सम्मेलन", "हेल्थ कॉन्क्लेव", "एजुकेशन समिट"),
        ("दिल्ली", "लखनऊ", "जयपुर", "भोपाल", "पटना", "मुंबई"),
    ),
    "ja": (
        (
            "{host}{fmt}　{m}月{d}日（{wd}）{city}で開催　参加申し込み受付中",
            "【参加無料】{host}{fmt}（{y}年{m}月{d}日・{city}）　お申し込みはこちら",
        ),
        ("日経", "朝日", "読売", "毎日", "産経"),
        ("フォーラム", "未来会議", "健康セミナー", "ビジネスサミット"),
        ("東京・大手町", "大阪", "名古屋", "福岡", "札幌", "横浜"),
    ),
    "ko": (
        (
            "{host} {fmt} | {m}월 {d}일 {city} | 사전 등록 바로가기",
            "[알림] {y} {host} {fmt} {m}월 {d}일 개최… 참가 신청 접수 중",
        ),
        ("조선일보", "중앙일보", "한겨레", "매일경제", "한국경제"),
        ("미래포럼", "글로벌 리더스 포럼", "헬스케어 포럼", "ESG 포럼"),
        ("서울 신라호텔", "코엑스", "부산 벡스코", "포시즌스호텔 서울"),
    ),
    "zh": (
        (
            "{host}{fmt}将于{m}月{d}日在{city}举行，点击报名",
            "【报名】{y}{host}{fmt}｜{m}月{d}日·{city}｜限额{n}人",
        ),
        ("财新", "第一财经", "南方周末", "经济观察报", "21世纪经济报道"),
        ("峰会", "年会", "论坛", "大健康论坛"),
        ("北京", "上海", "深圳", "广州", "杭州", "成都"),
    ),
}


_TICKETS = {"ru": (1500, 2900, 4900, 9900, 15000), "pl": (99, 199, 349, 590, 990)}


def event_promo(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(EVENTS))
    templates, hosts, formats, places = EVENTS[lang]
    host, fmt = rnd.choice(hosts), rnd.choice(formats)
    when = _a_day(rnd)
    ev = f"{host}{'-' if lang == 'de' else ' '}{fmt}" if lang in ("en", "de", "nl", "hi") else ""
    return rnd.choice(templates).format(
        ev=ev,
        host=host,
        fmt=fmt,
        d=when.day,
        m=when.month,
        y=when.year,
        mon=_mon(lang, when) if lang in _MONTH_NAMES else "",
        wd=_wday(lang, when) if lang in _DAY_NAMES else "",
        city=rnd.choice(places),
        price=rnd.choice(_TICKETS.get(lang, (29, 49, 59, 79, 99, 149, 199, 249))),
        pct=rnd.choice((10, 15, 20, 25, 30, 50)),
        n=rnd.randint(12, 80) if lang != "zh" else rnd.choice((100, 200, 300, 500)),
    )


# ---------------------------------------------------------------- discount-code widget (middle)
COUPONS = {  # language: (templates, shops); {code} {pct} {amt} and the end of the offer {d} {m}
    "de": (
        (
            "Gutscheincode: {code} · {pct} % Rabatt bei {shop} · gültig bis {d}.{m}.",
            "{shop}-Gutschein: {pct} % sparen mit dem Code {code} – Jetzt einlösen",
        ),
        ("Zalando", "Otto", "MediaMarkt", "Douglas", "About You", "Tchibo", "Lieferando"),
    ),
    "en": (
        (
            "{shop} promo code: {code} — {pct}% off · Expires {m}/{d}",
            "Get ${amt} off at {shop} with code {code} · Verified today",
        ),
        ("Nike", "Walmart", "Best Buy", "Target", "ASOS", "Dell", "Wayfair"),
    ),
    "fr": (
        ("Code promo {shop} : {code} – {pct} % de réduction · Valable jusqu'au {d}/{m}",),
        ("Fnac", "Cdiscount", "La Redoute", "Sephora", "Darty"),
    ),
    "es": (
        ("Cupón {shop}: {code} · {pct} % de descuento · Válido hasta el {d}/{m}",),
        ("El Corte Inglés", "PcComponentes", "Decathlon", "Glovo", "Druni"),
    ),
    "it": (
        ("Codice sconto {shop}: {code} · -{pct}% · Scade il {d}/{m}",),
        ("Unieuro", "Yoox", "Eataly", "Mondadori Store", "Zalando"),
    ),
    "pt": (
        ("Cupom {shop}: {code} · {pct}% OFF · Válido até {d}/{m}",),
        ("Magalu", "Americanas", "Netshoes", "Casas Bahia", "iFood"),
    ),
    "nl": (
        ("Kortingscode {shop}: {code} · {pct}% korting · Geldig t/m {d}-{m}",),
        ("bol.com", "Coolblue", "HEMA", "de Bijenkorf", "Thuisbezorgd"),
    ),
    "pl": (
        ("Kod rabatowy {shop}: {code} · -{pct}% · ważny do {d}.{m:02d}",),
        ("Media Expert", "Empik", "Reserved", "CCC", "Pyszne.pl"),
    ),
    "sv": (
        ("Rabattkod {shop}: {code} · {pct} % rabatt · Gäller t.o.m. {d}/{m}",),
        ("Ellos", "Lyko", "Boozt", "Apotea", "Åhléns"),
    ),
    "ru": (
        ("Промокод {shop}: {code} — скидка {pct}% · Действует до {d}.{m:02d}",),
        ("Ozon", "Wildberries", "М.Видео", "Lamoda", "Самокат"),
    ),
    "tr": (
        ("{shop} indirim kodu: {code} · %{pct} indirim · Son gün {d}.{m:02d}",),
        ("Trendyol", "Hepsiburada", "LC Waikiki", "Getir", "Yemeksepeti"),
    ),
    "ja": (
        ("{shop} クーポンコード：{code}　{pct}%OFF　{m}月{d}日まで",),
        ("楽天市場", "Yahoo!ショッピング", "Qoo10", "じゃらん", "ZOZOTOWN"),
    ),
    "ko": (
        ("{shop} 할인 코드 {code} · {pct}% 할인 · {m}월 {d}일까지",),
        ("쿠팡", "G마켓", "11번가", "무신사", "올리브영"),
    ),
    "ar": (
        ("كود خصم {shop}: {code} · خصم {pct}% · صالح حتى {d}/{m}",),
        ("نون", "نمشي", "سيفورا", "طلبات", "أمازون"),
    ),
    "hi": (
        ("{shop} कूपन कोड: {code} · {pct}% की छूट · {d}/{m} तक वैध",),
        ("Flipkart", "Myntra", "Ajio", "Swiggy", "Nykaa"),
    ),
}
_CODE_WORDS = (
    "SAVE",
    "NEWS",
    "SPRING",
    "SUMMER",
    "WELCOME",
    "EXTRA",
    "DEAL",
    "HELLO",
    "VIP",
    "SALE",
    "READER",
)


def coupon(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(COUPONS))
    templates, shops = COUPONS[lang]
    pct = rnd.choice((5, 10, 12, 15, 20, 25, 30, 40))
    if rnd.random() < 0.6:
        code = f"{rnd.choice(_CODE_WORDS)}{rnd.choice((pct, rnd.randint(10, 99)))}"
    else:
        code = "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rnd.randint(6, 9)))
    end = _a_day(rnd)
    return rnd.choice(templates).format(
        shop=rnd.choice(shops),
        code=code,
        pct=pct,
        amt=rnd.choice((5, 10, 15, 20, 25, 50)),
        d=end.day,
        m=end.month,
    )


# ---------------------------------------------------------------- a data table's paging controls (middle)
TABLE_CONTROLS = {  # language: (info, filtered, length + search, pager's previous/next)
    "en": (
        "Showing {a} to {b} of {n} entries",
        "(filtered from {t} total entries)",
        "Show {len} entries Search:",
        ("Previous", "Next"),
    ),
    "de": (
        "Zeige {a} bis {b} von {n} Einträgen",
        "(gefiltert von {t} Einträgen)",
        "{len} Einträge anzeigen Suchen:",
        ("Zurück", "Nächste"),
    ),
    "fr": (
        "Affichage de l'élément {a} à {b} sur {n} éléments",
        "(filtré à partir de {t} éléments au total)",
        "Afficher {len} éléments Rechercher :",
        ("Précédent", "Suivant"),
    ),
    "es": (
        "Mostrando registros del {a} al {b} de un total de {n} registros",
        "(filtrado de un total de {t} registros)",
        "Mostrar {len} registros Buscar:",
        ("Anterior", "Siguiente"),
    ),
    "it": (
        "Vista da {a} a {b} di {n} elementi",
        "(filtrati da {t} elementi totali)",
        "Visualizza {len} elementi Cerca:",
        ("Precedente", "Successivo"),
    ),
    "pt": (
        "Mostrando de {a} até {b} de {n} registros",
        "(Filtrados de {t} registros)",
        "Exibir {len} resultados por página Pesquisar",
        ("Anterior", "Próximo"),
    ),
    "nl": (
        "{a} tot {b} van {n} resultaten",
        "(gefilterd uit {t} resultaten)",
        "Toon {len} rijen Zoeken:",
        ("Vorige", "Volgende"),
    ),
    "pl": (
        "Pozycje od {a} do {b} z {n} łącznie",
        "(filtrowanie spośród {t} dostępnych pozycji)",
        "Pokaż {len} pozycji Szukaj:",
        ("Poprzednia", "Następna"),
    ),
    "ru": (
        "Записи с {a} до {b} из {n} записей",
        "(отфильтровано из {t} записей)",
        "Показать {len} записей Поиск:",
        ("Предыдущая", "Следующая"),
    ),
    "tr": (
        "{n} kayıttan {a} - {b} arasındaki kayıtlar gösteriliyor",
        "({t} kayıt içerisinden bulunan)",
        "Sayfada {len} kayıt göster Ara:",
        ("Önceki", "Sonraki"),
    ),
    "cs": (
        "Zobrazuji {a} až {b} z celkem {n} záznamů",
        "(filtrováno z celkem {t} záznamů)",
        "Zobraz záznamů {len} Hledat:",
        ("Předchozí", "Další"),
    ),
    "el": (
        "Εμφανίζονται {a} έως {b} από {n} εγγραφές",
        "(φιλτραρισμένες από {t} συνολικά εγγραφές)",
        "Δείξε {len} εγγραφές Αναζήτηση:",
        ("Προηγούμενη", "Επόμενη"),
    ),
    "ar": (
        "إظهار {a} إلى {b} من أصل {n} مُدخل",
        "(منتقاة من مجموع {t} مُدخل)",
        "أظهر {len} مدخلات ابحث:",
        ("السابق", "التالي"),
    ),
    "fa": (
        "نمایش {a} تا {b} از {n} ردیف",
        "(فیلتر شده از مجموع {t} ردیف)",
        "نمایش {len} ردیف جستجو:",
        ("قبلی", "بعدی"),
    ),
    "he": ("{a} עד {b} מתוך {n} רשומות", "(מסונן מסך {t} רשומות)", "הצג {len} רשומות חפש:", ("קודם", "הבא")),
    "ja": ("{n} 件中 {a} から {b} まで表示", "（全 {t} 件より抽出）", "{len} 件表示 検索:", ("前", "次")),
    "zh": (
        "显示第 {a} 至 {b} 项结果，共 {n} 项",
        "(由 {t} 项结果过滤)",
        "显示 {len} 项结果 搜索:",
        ("上页", "下页"),
    ),
    "ko": (
        "{n}개 중 {a}에서 {b}까지 표시",
        "(전체 {t}개 중 검색결과)",
        "{len} 개씩 보기 검색:",
        ("이전", "다음"),
    ),
    "th": ("แสดง {a} ถึง {b} จาก {n} แถว", "(กรองข้อมูล {t} ทุกแถว)", "แสดง {len} แถว ค้นหา:", ("ก่อนหน้า", "ถัดไป")),
    "hi": (
        "{n} में से {a} से {b} प्रविष्टियां दिखा रहे हैं",
        "({t} कुल प्रविष्टियों में से छाना गया)",
        "{len} प्रविष्टियां दिखाएं खोजें:",
        ("पिछला", "अगला"),
    ),
}


def table_controls(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(TABLE_CONTROLS))
    info, filtered, length, (prev, nxt) = TABLE_CONTROLS[lang]
    size = rnd.choice((10, 10, 10, 25, 50))
    n = rnd.randint(size + 1, 900)
    pages = -(-n // size)
    page = rnd.randint(1, min(pages, 6))
    a, b = (page - 1) * size + 1, min(page * size, n)
    shown = info.strip().format(a=a, b=b, n=_num(n, lang))
    shape = rnd.randrange(4)
    if shape == 1:
        shown = f"{shown} {filtered.format(t=_num(n + rnd.randint(20, 4000), lang))}"
    elif shape == 2:
        shown = f"{length.format(len=size)} {shown}"
    elif shape == 3:
        numbers = [str(k) for k in range(1, min(pages, 5) + 1)]
        if pages > 5:
            numbers += ["…", str(pages)]
        shown = f"{shown} {prev} {' '.join(numbers)} {nxt}"
    return shown


# ------------------------------------------------------- a press-release wire's media-contact footer (end)
PRESS_CONTACTS = {  # language: (templates, press officers, companies with their domains, country code)
    "en": (
        (
            "Media Contact: {name}, {co}, {phone}, {mail} SOURCE {co}",
            "Contacts {name} {co} {mail} {phone}",
            "View original content to download multimedia: https://www.prnewswire.com/news-releases/{slug}-{id}.html"
            " SOURCE {co}",
        ),
        ("Jennifer Walsh", "Michael Tran", "Rachel Goldberg", "Kevin O'Brien", "Priya Raman", "Daniel Ortiz"),
        (
            ("Northwind Therapeutics, Inc.", "northwindtx.com"),
            ("Bluefield Energy Partners", "bluefieldenergy.com"),
            ("Crescent Logistics Group", "crescentlogistics.com"),
            ("Halcyon Software Corp.", "halcyonsoft.com"),
            ("Summit Ridge Bancorp", "summitridgebank.com"),
        ),
        "+1",
    ),
    "de": (
        (
            "Pressekontakt: {co} | {name} | Telefon: {phone} | E-Mail: {mail} Original-Content von: {co},"
            " übermittelt durch news aktuell",
            "Pressekontakt: {name}, Unternehmenskommunikation, {co}, Tel.: {phone}, {mail}",
        ),
        ("Katrin Hoffmann", "Stefan Brandt", "Julia Wenzel", "Matthias Krüger", "Sabine Lorenz"),
        (
            ("Rheinwerk Energie GmbH", "rheinwerk-energie.de"),
            ("Alpenmilch eG", "alpenmilch.de"),
            ("Hanseatische Versicherung AG", "hanse-vers.de"),
            ("Brenner Maschinenbau GmbH & Co. KG", "brenner-mb.de"),
        ),
        "+49",
    ),
    "fr": (
        (
            "Contact presse : {name} – {co} – Tél. : {phone} – {mail}",
            "Contacts {co} Relations presse : {name} {mail} {phone}",
        ),
        ("Claire Dubois", "Julien Martin", "Sophie Lefèvre", "Thomas Garnier", "Camille Roux"),
        (
            ("Groupe Valmont SA", "groupe-valmont.fr"),
            ("Lumière Biotech", "lumiere-biotech.com"),
            ("Atlantique Énergies", "atlantique-energies.fr"),
            ("Maison Perrin", "maisonperrin.fr"),
        ),
        "+33",
    ),
    "es": (
        ("Contacto de prensa: {name} · {co} · Tel.: {phone} · {mail} FUENTE {co}",),
        ("Lucía Fernández", "Javier Romero", "Marta Castillo", "Pablo Herrera"),
        (
            ("Grupo Alcázar", "grupoalcazar.es"),
            ("Iberia Renovables S.A.", "iberiarenovables.es"),
            ("Farmacéutica del Sur", "farmasur.es"),
        ),
        "+34",
    ),
    "it": (
        ("Per informazioni: Ufficio stampa {co} – {name}, tel. {phone}, {mail}",),
        ("Giulia Bianchi", "Marco Esposito", "Francesca Romano", "Luca Colombo"),
        (
            ("Gruppo Ferraresi S.p.A.", "gruppoferraresi.it"),
            ("Vinicola Monteverde", "monteverdevini.it"),
            ("Energie Adriatiche", "energieadriatiche.it"),
        ),
        "+39",
    ),
    "pt": (
        ("Informações para a imprensa: {name} – {co} – Tel.: {phone} – {mail} FONTE {co}",),
        ("Ana Paula Souza", "Rodrigo Almeida", "Fernanda Lima", "Tiago Ferreira"),
        (
            ("Grupo Horizonte S.A.", "grupohorizonte.com.br"),
            ("Agrovale Alimentos", "agrovale.com.br"),
            ("Lusitânia Digital", "lusitaniadigital.pt"),
        ),
        "+55",
    ),
    "nl": (
        (
            "Noot voor de redactie, niet voor publicatie: voor meer informatie kunt u contact opnemen met"
            " {name}, {co}, tel. {phone}, {mail}",
        ),
        ("Sanne de Vries", "Pieter Bakker", "Lotte Visser", "Joost van Dijk"),
        (
            ("Deltaveer B.V.", "deltaveer.nl"),
            ("Polderwind Energie", "polderwind.nl"),
            ("Zuidkust Zorggroep", "zuidkustzorg.nl"),
        ),
        "+31",
    ),
    "sv": (
        (
            "Denna information är sådan som {co} är skyldigt att offentliggöra enligt EU:s"
            " marknadsmissbruksförordning. Informationen lämnades, genom ovanstående kontaktpersons försorg,"
            " för offentliggörande den {d} {mon} {y} kl. {hh}.{mm} CET.",
            "För mer information, kontakta: {name}, presschef, {co}, tel: {phone}, e-post: {mail}",
        ),
        ("Anna Lindqvist", "Erik Johansson", "Sara Nyberg", "Johan Ek"),
        (("Norrskog Holding AB (publ)", "norrskog.se"), ("Vättern Medical AB", "vatternmedical.se")),
        "+46",
    ),
    "pl": (
        ("Kontakt dla mediów: {name}, {co}, tel. {phone}, e-mail: {mail}",),
        ("Katarzyna Nowak", "Piotr Zieliński", "Magdalena Wójcik", "Tomasz Mazur"),
        (("Grupa Wisłopol S.A.", "wislopol.pl"), ("Bałtyk Energia sp. z o.o.", "baltykenergia.pl")),
        "+48",
    ),
    "ru": (
        ("Контакты для СМИ: {name}, пресс-служба {co}, тел.: {phone}, e-mail: {mail}",),
        ("Анна Смирнова", "Дмитрий Волков", "Екатерина Орлова", "Алексей Морозов"),
        (("ПАО «Северсталь-Инвест»", "sever-invest.ru"), ("АО «Волга Логистик»", "volga-logistic.ru")),
        "+7",
    ),
    "ja": (
        (
            "本件に関するお問い合わせ先　{co}　広報部　{name}　TEL：{phone}　E-mail：{mail}",
            "{co}のプレスリリース一覧（{id}件）　企業プレスリリース詳細へ　PR TIMESトップへ",
        ),
        ("山田花子", "佐藤健一", "鈴木美咲", "高橋大輔"),
        (("株式会社ミライテック", "miraitech.co.jp"), ("さくら食品株式会社", "sakura-foods.co.jp")),
        "03",
    ),
    "zh": (
        ("媒体联系人：{name}　电话：{phone}　邮箱：{mail}　消息来源：{co}",),
        ("王丽", "陈晨", "刘洋", "张静"),
        (("华曜科技有限公司", "huayaotech.com"), ("远航新能源集团", "yuanhang-energy.com")),
        "+86",
    ),
    "ko": (
        (
            "웹사이트: https://www.{domain} 연락처 {co} 홍보팀 {name} {phone} 이 뉴스는 기업·기관·단체가"
            " 뉴스와이어를 통해 배포한 보도자료입니다.",
        ),
        ("김지현", "이준호", "박서연", "최민수"),
        (("한빛바이오", "hanbitbio.co.kr"), ("미래모빌리티", "miraemobility.kr")),
        "02",
    ),
    "ar": (
        ("للتواصل الإعلامي: {name}، {co}، هاتف: {phone}، البريد الإلكتروني: {mail} المصدر: {co}",),
        ("سارة المنصوري", "أحمد الحربي", "ليلى حداد", "عمر الشامسي"),
        (("مجموعة الواحة القابضة", "alwaha-group.ae"), ("شركة النخبة للطاقة", "elite-energy.sa")),
        "+971",
    ),
}


def press_contact(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(PRESS_CONTACTS))
    templates, names, companies, cc = PRESS_CONTACTS[lang]
    co, domain = rnd.choice(companies)
    phone = f"{cc} {_digits(rnd, 3, 3, 4)}" if cc.startswith("+") else f"{cc}-{_digits(rnd, 4, 4, sep='-')}"
    mail = f"{rnd.choice(('press', 'presse', 'media', 'pr', 'communication', 'news'))}@{domain}"
    when = _a_day(rnd)
    slug = re.sub(r"[^a-z0-9]+", "-", co.lower()).strip("-")
    return rnd.choice(templates).format(
        name=rnd.choice(names),
        co=co,
        phone=phone,
        mail=mail,
        domain=domain,
        slug=f"{slug}-announces-{rnd.choice(('results', 'partnership', 'acquisition', 'appointment'))}",
        id=rnd.randint(100, 302_999_999) if lang == "en" else rnd.randint(3, 480),
        d=when.day,
        mon=_mon(lang, when) if lang in _MONTH_NAMES else "",
        y=when.year,
        hh=f"{rnd.randint(7, 18):02d}",
        mm=f"{rnd.randrange(60):02d}",
    )


# ---------------------------------------------------------------- reader-service / subscription hotline (end)
HOTLINES = {  # {phone} {h1} opening and {h2} closing hour, {mail}
    "de": (
        "Leserservice: {phone} (Mo.–Fr. {h1}–{h2} Uhr, Sa. {h1}–12 Uhr) · {mail}",
        "Fragen zu Ihrem Abo oder zur Zustellung? Unser Kundenservice ist unter {phone} erreichbar"
        " (werktags {h1} bis {h2} Uhr).",
    ),
    "en": (
        "Customer Service: {phone} (Mon–Fri, {h1}am–{h2p}pm ET) · Manage your subscription",
        "Questions about your delivery? Call Subscriber Services at {phone}, {h1} a.m. to {h2p} p.m."
        " weekdays.",
    ),
    "fr": ("Service abonnés : {phone} (du lundi au vendredi de {h1}h à {h2}h) – Gérer mon abonnement",),
    "es": ("Atención al suscriptor: {phone} (de lunes a viernes, de {h1}:00 a {h2}:00 h) · {mail}",),
    "it": ("Servizio clienti abbonamenti: {phone} (lun-ven {h1}-{h2}) · Scrivi a {mail}",),
    "nl": ("Klantenservice: {phone} (ma t/m vr {h1}.00–{h2}.00 uur) · Bezorgklacht melden",),
    "pl": ("Biuro obsługi klienta: {phone} (pon.–pt. {h1}:00–{h2}:00) · Zarządzaj prenumeratą",),
    "sv": ("Kundtjänst: {phone} (vardagar {h1}–{h2}) · Hantera din prenumeration",),
    "da": ("Kundeservice: {phone} (hverdage kl. {h1}-{h2}) · Skriv til {mail}",),
    "ru": ("Служба подписки: {phone} (пн–пт с {h1}:00 до {h2}:00 мск) · Оформить подписку",),
    "he": ("שירות לקוחות: {phone} (א'-ה' {h1}:00–{h2}:00) · לניהול המינוי",),
    "ja": ("購読のお申し込み・配達に関するお問い合わせ：{phone}（受付時間 {h1}時〜{h2}時、日・祝日を除く）",),
    "ko": ("구독 문의 {phone} (평일 오전 {h1}시~오후 {h2p}시) · {mail}",),
    "zh": ("订阅热线：{phone}（工作日 {h1}:00—{h2}:00）",),
    "ar": ("خدمة المشتركين: {phone} (من الأحد إلى الخميس، {h1}:00–{h2}:00)",),
}
_HOTLINE_NUMBERS: dict[str, Callable[[random.Random], str]] = {
    "de": lambda r: f"0800 {_digits(r, 3, 4)}",
    "en": lambda r: f"1-800-{_digits(r, 3, 4, sep='-')}",
    "fr": lambda r: f"01 {_digits(r, 2, 2, 2, 2)}",
    "es": lambda r: f"91 {_digits(r, 3, 2, 2)}",
    "it": lambda r: f"02 {_digits(r, 4, 4)}",
    "nl": lambda r: f"088 {_digits(r, 3, 4)}",
    "pl": lambda r: f"22 {_digits(r, 3, 2, 2)}",
    "sv": lambda r: f"08-{_digits(r, 3, 2, 2)}",
    "da": lambda r: _digits(r, 2, 2, 2, 2),
    "ru": lambda r: f"8 (800) {_digits(r, 3, 2, 2, sep='-')}",
    "he": lambda r: f"*{r.randint(2000, 9999)}",
    "ja": lambda r: f"0120-{_digits(r, 3, 3, sep='-')}",
    "ko": lambda r: f"1588-{_digits(r, 4)}",
    "zh": lambda r: f"400-{_digits(r, 3, 4, sep='-')}",
    "ar": lambda r: f"800 {_digits(r, 4)}",
}
_HOTLINE_MAIL = {  # the reader service's address on a paper's domain, where the box gives one
    "de": ("leserservice@{p}.de", ("mainpost", "suedkurier", "hna", "nwzonline", "volksstimme")),
    "es": ("suscriptores@{p}.es", ("lavozdeasturias", "diariodenavarra", "heraldo", "diariodeleon")),
    "it": ("abbonamenti@{p}.it", ("ilgazzettino", "lanuovasardegna", "ilpiccolo", "ladige")),
    "da": ("kundeservice@{p}.dk", ("jp", "fyens", "nordjyske", "jv")),
    "ko": ("subscribe@{p}.co.kr", ("hankookilbo", "khan", "seoul", "kookje")),
}


def hotline(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(HOTLINES))
    h1, h2 = rnd.randint(6, 9), rnd.randint(17, 20)
    address, papers = _HOTLINE_MAIL.get(lang, ("", ("",)))
    return rnd.choice(HOTLINES[lang]).format(
        phone=_HOTLINE_NUMBERS[lang](rnd),
        h1=h1,
        h2=h2,
        h2p=h2 - 12,
        mail=address.format(p=rnd.choice(papers)),
    )


# ---------------------------------------------------------------- quote-of-the-day widget (end)
QUOTES = {  # language: (templates, quotes with their authors); {date} the widget's date
    "en": (
        ("Quote of the Day · {date}: “{q}” — {a}", "QUOTE OF THE DAY ({date}) “{q}” – {a}"),
        (
            ("The only thing we have to fear is fear itself.", "Franklin D. Roosevelt"),
            ("In the middle of difficulty lies opportunity.", "Albert Einstein"),
            ("It always seems impossible until it's done.", "Nelson Mandela"),
            ("Be yourself; everyone else is already taken.", "Oscar Wilde"),
            ("Well done is better than well said.", "Benjamin Franklin"),
        ),
    ),
    "de": (
        ("Zitat des Tages ({date}): „{q}“ ({a})", "Das Zitat des Tages, {date}: „{q}“ – {a}"),
        (
            ("Die Grenzen meiner Sprache bedeuten die Grenzen meiner Welt.", "Ludwig Wittgenstein"),
            ("Es ist nicht genug zu wissen, man muss auch anwenden.", "Johann Wolfgang von Goethe"),
            ("Humor ist, wenn man trotzdem lacht.", "Otto Julius Bierbaum"),
            ("Wer kämpft, kann verlieren. Wer nicht kämpft, hat schon verloren.", "Bertolt Brecht"),
        ),
    ),
    "fr": (
        ("Citation du jour ({date}) : « {q} » – {a}",),
        (
            ("Je pense, donc je suis.", "René Descartes"),
            ("L'enfer, c'est les autres.", "Jean-Paul Sartre"),
            ("On ne voit bien qu'avec le cœur.", "Antoine de Saint-Exupéry"),
            ("Le cœur a ses raisons que la raison ne connaît point.", "Blaise Pascal"),
        ),
    ),
    "es": (
        ("Frase del día ({date}): «{q}» ({a})",),
        (
            ("Caminante, no hay camino, se hace camino al andar.", "Antonio Machado"),
            ("Yo soy yo y mi circunstancia.", "José Ortega y Gasset"),
            ("La vida es sueño, y los sueños, sueños son.", "Pedro Calderón de la Barca"),
        ),
    ),
    "it": (
        ("Aforisma del giorno, {date}: «{q}» – {a}",),
        (
            ("Fatti non foste a viver come bruti.", "Dante Alighieri"),
            ("Chi vuol esser lieto, sia: di doman non c'è certezza.", "Lorenzo de' Medici"),
            ("Eppur si muove.", "Galileo Galilei"),
        ),
    ),
    "pt": (
        ("Frase do dia ({date}): “{q}” – {a}",),
        (
            ("Tudo vale a pena se a alma não é pequena.", "Fernando Pessoa"),
            ("O correr da vida embrulha tudo.", "João Guimarães Rosa"),
            ("Não há saber mais ou saber menos: há saberes diferentes.", "Paulo Freire"),
        ),
    ),
    "ru": (
        ("Цитата дня, {date}: «{q}» — {a}",),
        (
            ("Рукописи не горят.", "Михаил Булгаков"),
            ("Красота спасёт мир.", "Фёдор Достоевский"),
            ("Все счастливые семьи похожи друг на друга.", "Лев Толстой"),
        ),
    ),
    "pl": (
        ("Cytat dnia ({date}): „{q}” – {a}",),
        (
            ("Jesteśmy tyle warci, ile możemy dać innym.", "Jan Paweł II"),
            ("Tyle wiemy o sobie, ile nas sprawdzono.", "Wisława Szymborska"),
            ("Nic dwa razy się nie zdarza.", "Wisława Szymborska"),
        ),
    ),
    "tr": (
        ("Günün sözü ({date}): “{q}” – {a}",),
        (
            ("Yurtta sulh, cihanda sulh.", "Mustafa Kemal Atatürk"),
            ("Ne kadar bilirsen bil, söylediklerin karşındakinin anlayabildiği kadardır.", "Mevlânâ"),
            ("Yaşamak bir ağaç gibi tek ve hür ve bir orman gibi kardeşçesine.", "Nâzım Hikmet"),
        ),
    ),
    "el": (
        ("Η φράση της ημέρας ({date}): «{q}» – {a}",),
        (
            ("Ἓν οἶδα ὅτι οὐδὲν οἶδα.", "Σωκράτης"),
            ("Δεν ελπίζω τίποτα. Δε φοβούμαι τίποτα. Είμαι λέφτερος.", "Νίκος Καζαντζάκης"),
            ("Τα πάντα ρει.", "Ηράκλειτος"),
        ),
    ),
    "ar": (
        ("حكمة اليوم ({date}): «{q}» – {a}",),
        (
            ("إذا الشعب يومًا أراد الحياة فلا بد أن يستجيب القدر", "أبو القاسم الشابي"),
            ("على قدر أهل العزم تأتي العزائم", "المتنبي"),
            ("العلم في الصغر كالنقش على الحجر", "مثل عربي"),
        ),
    ),
    "hi": (
        ("आज का विचार ({date}): “{q}” – {a}",),
        (
            ("उठो, जागो और तब तक मत रुको जब तक लक्ष्य प्राप्त न हो जाए।", "स्वामी विवेकानंद"),
            ("कर्म ही पूजा है।", "महात्मा गांधी"),
            ("सपने वो नहीं जो सोते वक्त देखें, सपने वो हैं जो सोने न दें।", "ए. पी. जे. अब्दुल कलाम"),
        ),
    ),
    "ja": (
        ("今日の名言（{date}）：「{q}」（{a}）",),
        (
            ("天は人の上に人を造らず人の下に人を造らず", "福沢諭吉"),
            ("為せば成る、為さねば成らぬ何事も", "上杉鷹山"),
            ("明日やろうは馬鹿野郎", "ことわざ"),
        ),
    ),
    "zh": (
        ("每日一句｜{date}：“{q}”——{a}",),
        (
            ("千里之行，始于足下。", "老子"),
            ("学而不思则罔，思而不学则殆。", "孔子"),
            ("路漫漫其修远兮，吾将上下而求索。", "屈原"),
        ),
    ),
    "ko": (
        ('오늘의 명언 ({date}) "{q}" - {a}',),
        (
            ("천 리 길도 한 걸음부터.", "속담"),
            ("내일 지구의 종말이 온다 해도 나는 오늘 한 그루의 사과나무를 심겠다.", "스피노자"),
            ("배움에는 끝이 없다.", "속담"),
        ),
    ),
}


def _widget_date(lang: str, d: date) -> str:
    if lang in ("ja", "zh"):
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if lang == "en":
        return f"{_mon('en', d)} {d.day}, {d.year}"
    if lang in ("de", "ru", "pl", "tr"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def quote_of_the_day(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(QUOTES))
    templates, quotes = QUOTES[lang]
    q, a = rnd.choice(quotes)
    return rnd.choice(templates).format(q=q, a=a, date=_widget_date(lang, _a_day(rnd)))


# ---------------------------------------------------------------- defects in other fields
_FIRST = ("Linda", "Marcus", "Tanya", "Robert", "Elena", "Dwayne", "Grace", "Victor", "Hannah", "Luis")
_LAST = ("Park", "Rollins", "Okafor", "Whitfield", "Duarte", "Brennan", "Nakamura", "Castillo", "Haines")
_ROLES = ("Mayor", "Sen.", "Gov.", "Coach", "Rep.", "Police Chief", "Superintendent", "Councilmember")
_PLACES = (
    "City Hall",
    "the Capitol",
    "the courthouse",
    "a vaccination site",
    "the stadium",
    "a polling station",
)
_CITIES = ("Denver", "Phoenix", "Atlanta", "Omaha", "Sacramento", "Columbus", "Raleigh", "Portland, Ore.")
_CAPTIONS = {  # the record's language: how the lead picture's caption reads with its credit
    "en": (
        "{who} speaks during a news conference in {city}, {wd}, {mon} {d}, {y}. (AP Photo/{ph})",
        "{who} arrives for a meeting in {city} on {mon} {d}, {y}. REUTERS/{ph}",
        "FILE PHOTO: {who} is seen at {place} in {city}, {mon} {d}, {y}. REUTERS/{ph}/File Photo",
        "{who} looks on at {place} in {city} on {wd}. Photograph: {ph}/Getty Images",
        "People walk past {place} in {city} on {wd}, {mon} {d}. ({ph}/AFP via Getty Images)",
    ),
    "de": (
        "{who} am {wd} in {dcity}. Foto: {ph}/dpa",
        "{who} bei einer Pressekonferenz in {dcity} (Archivbild). Foto: {ph}/dpa",
        "Blick auf das Rathaus in {dcity}. (Symbolbild) © {ph}/Imago",
    ),
    "fr": (
        "{who} lors d'une conférence de presse à {fcity}, le {d} {fmon} {y}. {PH} / AFP",
        "{who}, le {d} {fmon} {y} à {fcity}. (Photo d'illustration) © {ph} / MaxPPP",
    ),
    "es": (
        "{who}, durante una rueda de prensa en {scity}, este {swd}. EFE/{ph}",
        "{who}, a su llegada a la reunión en {scity}. (Foto: {ph} / Europa Press)",
    ),
    "it": ("{who} durante la conferenza stampa a {icity}, {d} {imon} {y}. ANSA/{PH}",),
    "pt": ("{who} durante entrevista coletiva em {pcity}, nesta {pwd}. Foto: {ph}/Agência Brasil",),
    "ru": ("{rwho} во время пресс-конференции в {rcity}, {d} {rmon} {y} года. Фото: {rph}/ТАСС",),
    "ja": ("記者会見する{jwho}＝{m}月{d}日、{jcity}（共同）",),
}


def caption_title(case: Case, rnd: random.Random) -> Case | None:
    """The first figure's caption (its credit kept) taken for the heading, as an extractor that reads the
    first block of text above the body does on a page whose lead picture comes before the headline."""
    if not case.record.get("title"):
        return None
    lang = guess_language(case)
    templates = _CAPTIONS.get(lang, _CAPTIONS["en"])
    when = _a_day(rnd)
    name = f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}"
    photographer = f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}"
    caption = rnd.choice(templates).format(
        who=rnd.choice((f"{rnd.choice(_ROLES)} {name}", name)),
        city=rnd.choice(_CITIES),
        place=rnd.choice(_PLACES),
        wd=_wday("en", when),
        mon=_mon("en", when),
        d=when.day,
        m=when.month,
        y=when.year,
        ph=photographer,
        PH=photographer.upper(),
        dcity=rnd.choice(("Berlin", "Hannover", "Mainz", "Potsdam", "Schwerin", "Magdeburg")),
        fcity=rnd.choice(("Paris", "Lyon", "Bordeaux", "Strasbourg", "Lille")),
        fmon=_mon("fr", when),
        scity=rnd.choice(("Madrid", "Sevilla", "Valencia", "Bilbao")),
        swd=_wday("es", when),
        icity=rnd.choice(("Roma", "Milano", "Napoli", "Torino")),
        imon=_mon("it", when),
        pcity=rnd.choice(("Brasília", "São Paulo", "Rio de Janeiro")),
        pwd=_wday("pt", when),
        rwho=rnd.choice(("Сергей Ковалёв", "Ирина Лебедева", "Андрей Соколов")),
        rcity=rnd.choice(("Москве", "Санкт-Петербурге", "Казани")),
        rmon=_mon("ru", when),
        rph=rnd.choice(("Александр Щербак", "Валерий Шарифулин", "Михаил Джапаридзе")),
        jwho=rnd.choice(("田中一郎知事", "松本恵子社長", "中村浩二市長")),
        jcity=rnd.choice(("東京都千代田区", "大阪市", "札幌市")),
    )
    return _with(case, title=caption)


def copyright_year(case: Case, rnd: random.Random) -> Case | None:
    """The footer's ``© 2009–2024 ...`` read as the publication date, as a date finder does when nothing
    better is on the page: the first of January of the notice's first or last year."""
    published = case.record.get("published")
    try:
        when = datetime.fromisoformat(published) if published else None
    except ValueError:
        when = None
    if when is not None and when.month == 1 and when.day == 1:
        return None
    last = (when.year if when else rnd.randint(2017, 2024)) + rnd.choice((0, 0, 1, 2))
    year = rnd.randint(1996, 2012) if rnd.random() < 0.5 else last
    stamp = f"{year}-01-01"
    shown = rnd.choice((stamp, stamp, f"{stamp}T00:00:00", f"{stamp}T00:00:00+00:00", f"{stamp}T00:00:00Z"))
    return _with(case, published=shown)


_NATIVE_NAMES = {
    "de": ("Katrin Hoffmann", "Stefan Brandt", "Julia Wenzel", "Matthias Krüger"),
    "fr": ("Claire Dubois", "Julien Martin", "Sophie Lefèvre", "Thomas Garnier"),
    "es": ("Lucía Fernández", "Javier Romero", "Marta Castillo"),
    "pt": ("Ana Paula Souza", "Rodrigo Almeida", "Fernanda Lima"),
    "it": ("Giulia Bianchi", "Marco Esposito", "Francesca Romano"),
    "ru": ("Анна Смирнова", "Дмитрий Волков", "Екатерина Орлова"),
    "ja": ("山田花子", "佐藤健一", "鈴木美咲"),
    "zh": ("王丽", "陈晨", "刘洋"),
    "ko": ("김지현", "이준호", "박서연"),
    "ar": ("سارة المنصوري", "أحمد الحربي", "ليلى حداد"),
}


def doubled_author(case: Case, rnd: random.Random) -> Case | None:
    """A byline printed twice in the page (the mobile and the desktop copy) read as one text: the author's
    name run into itself in one entry."""
    names = [a for a in case.record.get("authors") or [] if isinstance(a, str) and a.strip()]
    pool = _NATIVE_NAMES.get(guess_language(case), ()) + _NAMES
    names = names or rnd.sample(pool, rnd.choice((1, 1, 1, 2)))
    i = rnd.randrange(len(names))
    sep = rnd.choice(("", "", " ", "\n", "\n\n", "\n      ", "\u00a0"))
    return _with(case, authors=[*names[:i], f"{names[i]}{sep}{names[i]}", *names[i + 1 :]])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "site search overlay's prompt with its trending searches (start)": record_only(
            at(_unique(search_overlay), "start")
        ),
        "local-edition or region picker (start)": record_only(at(_unique(region_picker), "start")),
        "outdated-browser notice (start)": record_only(at(_unique(old_browser), "start")),
        "buy-this-photo or reprint link (middle)": record_only(at(_unique(buy_photo), "middle")),
        "the publisher's own event or conference promotion (middle)": record_only(
            at(_unique(event_promo), "middle")
        ),
        "discount-code widget (middle)": record_only(at(_unique(coupon), "middle")),
        "sortable data table's paging controls (middle)": record_only(at(_unique(table_controls), "middle")),
        "press-release wire's media-contact footer (end)": record_only(at(_unique(press_contact), "end")),
        "reader-service or subscription hotline box (end)": record_only(at(_unique(hotline), "end")),
        "quote-of-the-day widget (end)": record_only(at(_unique(quote_of_the_day), "end")),
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
            "title.running_time",
            "body.title_mismatch",
        }
    )
    fields: Kinds = {
        "the lead picture's caption taken as the title": (record_only(caption_title), title),
        "the footer's copyright year read as the date": (
            record_only(copyright_year),
            DATE_CHECKS,
        ),
        "an author's name doubled in one entry": (
            record_only(doubled_author),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (fifteenth set)", "fifteenth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
