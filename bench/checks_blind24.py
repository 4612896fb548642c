"""A twenty-fourth blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. The earlier sets' kinds were listed first and none of these is among them (their
families: "read also" teasers, follow prompts and newsletter sign-ups in many languages; bylines, credits,
datelines, dates and "updated" stamps; ad markers, sponsored units, affiliate and shop boxes, discount
codes; cookie, consent, ad-blocker, JavaScript, outdated-browser, region-block and age notices; players,
galleries, captions, embeds and their social tails; breadcrumbs, menus, headers, footers, legal links,
registration and licence footers, copyright and syndication lines; comments, reactions, polls, ratings,
counters and share rows; app, podcast, push and newsletter promotions; related, most-read and previous/next
links; translation, AI and standards notes; the service boxes of a local paper: weather, markets,
traffic, public transport, water levels, air, pollen, outages, snow, tides, sun and moon, border waits,
flights, fuel and power prices, parking, school holidays, closings and canteen menus, alerts and warnings,
emergency rooms, pharmacies on duty, earthquakes, call-outs, courts, lotteries, horoscopes, puzzles, TV,
radio, cinema and streaming listings, name days, on-this-day, words and quotes of the day, recipes, pets,
blood drives, births, deaths and congratulations, church services, food-hygiene ratings, product recalls,
medicine advertisements, events, tickets, jobs, property, used cars, dating, bestsellers, directories,
lost property; the printed paper's masthead; the wire's and the press release's own lines: credits,
contacts, embargoes, transmission headers, print credits, grants, forward-looking statements; and in
other fields a long list of title, date and author defects, each named in its set, the twenty-third's
being the SEO plugin's unreplaced variables in the title, a year-less date with the crawl's year filled
in, and the CMS account's user name as the author):

* lines in the body, each from a box, notice or widget of a real news template, with its variable parts
  (claims, verdicts and the fact-checkers' names, the topics a content note names, beaches and lakes, their
  water temperatures and ratings, bills, division numbers and the votes cast, polling institutes, sample
  sizes, field dates and margins of error, books, games, authors, publishers, pages and prices, companies
  the author holds shares in and the funders of an academic author, airlines, destinations, hotels, prices
  and the tourist boards that paid for a trip, and the politicians, days, hours, places and telephone
  numbers of an office-hours notice) drawn per record so that no two records share a line: at the start a
  fact-check verdict box ("Faktencheck · Behauptung: „...“ · Bewertung: Irreführend · Geprüft von ... am
  ...", "ファクトチェック · 検証対象：「...」 · 判定：誤り ..."), a content note or trigger warning ("Content
  warning: this article contains descriptions of ... and ...", "Triggerwarnung: In diesem Text geht es um
  ...") and a bathing-water box ("Bathing water quality (14 July): Weymouth Beach – Excellent, 18°C ...",
  "Badewetter (Stand 14.07.): Wannsee 22 °C, Wasserqualität gut · ..."); in the middle a parliament's
  roll-call vote tally ("Namentliche Abstimmung im Bundestag: ... – Ja 371, Nein 280, Enthaltungen 9.
  Angenommen.", "Scrutin public n° 412 sur ... : 287 pour, 251 contre ..."), a poll's methodology note
  ("Civey hat für ... vom ... bis ... 5.012 Personen online befragt ... statistischer Fehler ...", "조사
  개요: 조사기관 ... / 표본오차 95% 신뢰수준 ±3.1%p ...") and the reviewed book's or game's data line
  ("Jana Brandt: Die Nachtfähre. Roman. Hanser, München 2022. 320 Seiten, 25 Euro.", "『...』...著（新潮社・
  2090円）", "... · Entwickler: ... · Plattformen: PS5, PC · USK ab 16 Jahren"); and at the end the author's
  disclosure statement ("Disclosure statement: ... does not work for, consult, own shares in or receive
  funding from any company or organisation ...", "Transparenzhinweis: ... hält Aktien von ...", "גילוי
  נאות: ..."), a travel section's practical-information box ("If you go: ... flies from ... to ... from
  £148 return ... The writer was a guest of ...", "Reise-Infos: Anreise: ...", "【旅のメモ】... 取材協力：
  ...") and a politician's office-hours notice ("... MP will hold a constituency surgery on ...",
  "Bürgersprechstunde: ... (MdB) ist am ...", "Halk günü: ... Belediye Başkanı ..."), in English, German,
  French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish,
  Russian, Ukrainian, Greek, Hebrew, Arabic, Hindi, Thai, Indonesian, Chinese, Japanese and Korean (each
  kind in those of them its box is printed in): in the record's own language where
  :func:`blind_run.guess_language` reads one other than English and the kind has it, and otherwise drawn
  (English one time in three on a record read as English);
* defects in other fields: the title with its diacritics stripped, as an ASCII-only feed or an old export
  hands it on ("Muller fordert Ruckkehr zur Schuldenbremse", "Pequena cidade ve aumento de precos"), the
  date a day early or late, the page's local date and time turned into UTC and cut to the UTC day
  ("2019-10-18", "2019-10-18T22:00:00" for a page of the 19th), and the author's pronouns kept with the
  name as the author entry ("Laura Whitaker (she/her)", "Elin Nyberg (hen)", "Jana Brandt (sie/ihr)"), as
  an author profile or a social bio prints them.

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind24.py --corpus ../shared/corpus
"""

from __future__ import annotations

import math
import random
import sys
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import (
    AUTHOR_CHECKS,
    DATE_CHECKS,
    TITLE_CHECKS,
    Kinds,
    guess_language,
    once_for,
    placed,
    spread,
)
from checks_blind17 import _digits, _grouped, _site_names
from checks_blind21 import CITIES, PEOPLE, _lang, _record_day
from checks_blind23 import _parts, _render, _the_day
from checks_defects import Case, Defect, _with, record_only

# ---------------------------------------------------------------- drawing helpers
#: language: (first names, last names) for the languages :data:`checks_blind21.PEOPLE` lacks
MORE_PEOPLE = {
    "da": (
        ("Mette", "Rasmus", "Sidsel", "Kasper", "Louise", "Anders"),
        ("Kjær", "Mortensen", "Holm", "Dahl"),
    ),
    "nb": (("Ingrid", "Eirik", "Silje", "Håkon", "Marte", "Sindre"), ("Haugen", "Berg", "Solheim", "Moen")),
    "fi": (
        ("Aino", "Juho", "Laura", "Mikko", "Henna", "Ville"),
        ("Korhonen", "Mäkinen", "Heikkinen", "Laine"),
    ),
    "he": (("נועה", "יונתן", "מיכל", "איתי", "שירה"), ("כהן", "לוי", "מזרחי", "פרץ", "ביטון")),
    "ar": (("ليلى", "أحمد", "سارة", "يوسف", "مريم"), ("الخطيب", "حداد", "النجار", "العلي", "منصور")),
    "hi": (("प्रिया", "राहुल", "अंजलि", "विकास", "नेहा"), ("शर्मा", "वर्मा", "सिंह", "गुप्ता", "यादव")),
    "th": (("สมชาย", "วรรณา", "ธนพล", "สุภาพร", "กิตติ"), ("ศรีสุข", "วงศ์ใหญ่", "แก้วมณี", "ทองดี")),
    "id": (
        ("Dewi", "Agus", "Rina", "Budi", "Sri", "Eko"),
        ("Santoso", "Wijaya", "Lestari", "Hidayat", "Saputra"),
    ),
}
#: language: full names as written (with no space between the names, or with a family name that agrees with
#: the given name)
FULL_NAMES = {
    "ru": ("Елена Морозова", "Алексей Новиков", "Марина Васильева", "Павел Фёдоров", "Ирина Зайцева"),
    "cs": ("Tereza Dvořáková", "Jakub Novotný", "Lucie Procházková", "Ondřej Beneš", "Kateřina Malá"),
    "pl": ("Katarzyna Lewandowska", "Tomasz Mazur", "Monika Krawczyk", "Marcin Sikora", "Ewa Pawlak"),
    "el": ("Μαρία Παπαδοπούλου", "Γιώργος Γεωργίου", "Ελένη Οικονόμου", "Νίκος Καραγιάννης"),
    "zh": ("王丽", "陈志强", "李婷", "张伟", "刘芳", "赵磊"),
    "ja": ("佐藤美穂", "高橋健一", "伊藤沙織", "山本大輔", "中村彩"),
    "ko": ("김민준", "이서연", "박지훈", "최유나", "정하늘"),
}


def _person(lang: str, rnd: random.Random) -> str:
    if lang in FULL_NAMES:
        return rnd.choice(FULL_NAMES[lang])
    firsts, lasts = PEOPLE.get(lang) or MORE_PEOPLE.get(lang) or PEOPLE["en"]
    return f"{rnd.choice(firsts)} {rnd.choice(lasts)}"


def _pick(table: Mapping[str, Any], case: Case, rnd: random.Random) -> tuple[str, Any]:
    lang = _lang(case, rnd, table)
    return lang, table[lang]


def _site(case: Case, rnd: random.Random) -> str:
    return rnd.choice(_site_names(case)[1:3])


#: the thousands separator and the decimal separator a language prints numbers with
_SEPARATORS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "es": (".", ","),
    "it": (".", ","),
    "pt": (".", ","),
    "nl": (".", ","),
    "sv": ("\u00a0", ","),
    "da": (".", ","),
    "nb": ("\u00a0", ","),
    "fi": ("\u00a0", ","),
    "pl": ("\u00a0", ","),
    "cs": ("\u00a0", ","),
    "tr": (".", ","),
    "ru": ("\u00a0", ","),
    "uk": ("\u00a0", ","),
    "el": (".", ","),
    "id": (".", ","),
}


def _num(lang: str, n: int) -> str:
    thousands = _SEPARATORS.get(lang, (",", "."))[0]
    return _grouped(n, thousands) if n >= 10000 or lang not in {"es", "pl", "cs"} else str(n)


def _rounded(n: int) -> int:
    """``n`` rounded down as a price list prints it (to hundreds above 10,000, to tens above 1,000)."""
    return (
        n // 1000 * 1000
        if n >= 100000
        else n // 100 * 100
        if n >= 10000
        else n // 10 * 10
        if n >= 1000
        else n
    )


def _dec(lang: str, x: float, places: int = 1) -> str:
    return f"{x:.{places}f}".replace(".", _SEPARATORS.get(lang, (",", "."))[1])


# ---------------------------------------------------------------- fact-check verdict box (start)
#: language: (templates, claims, verdicts); {who} the checker, {site} the record's site, the check's date
FACT_CHECKS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Fact check · Claim: “{claim}” · Verdict: {verdict} · Checked by {who}, {mon} {d}, {y}",
            "FACT CHECK — The claim: {claim}. Our rating: {verdict}. ({who}, {site} fact-check team)",
            "Fact check | What was claimed: {claim} | Our verdict: {verdict} | Reviewed {d} {mon} {y}",
        ),
        (
            "A new law bans cash payments over $500 from next month",
            "Drinking hot water kills the virus",
            "The council is adding fluoride to tap water without a vote",
            "Wind turbines caused the whale deaths off the coast",
            "This photo shows the airport flooded this week",
            "Pensioners will lose their bus passes from April",
        ),
        (
            "False",
            "Misleading",
            "Missing context",
            "Mostly false",
            "Partly false",
            "Unproven",
            "Altered photo",
        ),
    ),
    "de": (
        (
            "Faktencheck · Behauptung: „{claim}“ · Bewertung: {verdict} · Geprüft von {who} am {dd}.{mm}.{y}",
            "FAKTENCHECK – Die Behauptung: {claim}. Unser Fazit: {verdict}. ({who}, {dd}.{mm}.{y})",
        ),
        (
            "Ab Juli wird Bargeld über 1.000 Euro verboten",
            "Das Video zeigt die Überschwemmung von dieser Woche",
            "Windräder erzeugen Infraschall, der krank macht",
            "Die Regierung plant eine Steuer auf Gartenteiche",
            "Rentner sollen ab 2025 den Führerschein abgeben",
        ),
        (
            "Falsch",
            "Irreführend",
            "Fehlender Kontext",
            "Größtenteils falsch",
            "Manipuliertes Bild",
            "Unbelegt",
        ),
    ),
    "fr": (
        (
            "Vérification · L'affirmation : « {claim} » · Notre verdict : {verdict} · Vérifié par {who} le"
            " {d}"
            " {mon} {y}",
            "FAUX OU VRAI ? Ce qui circule : {claim}. Notre conclusion : {verdict}.",
        ),
        (
            "Les paiements en espèces seront interdits au-delà de 500 euros dès juillet",
            "Cette vidéo montre les inondations de cette semaine",
            "Les éoliennes rendent malades les riverains",
            "Le gouvernement va taxer les piscines hors-sol",
        ),
        ("Faux", "Trompeur", "Manque de contexte", "Plutôt faux", "Photo détournée", "Invérifiable"),
    ),
    "es": (
        (
            "Verificación · Lo que se dice: “{claim}” · Calificación: {verdict} · Verificado por {who} el {d}"
            " de {mon} de {y}",
            "BULO O NO · El mensaje: {claim}. Nuestra conclusión: {verdict}.",
        ),
        (
            "El Gobierno prohibirá pagar en efectivo más de 100 euros",
            "Este vídeo muestra la DANA de esta semana",
            "Beber agua caliente elimina el virus",
            "Las antenas 5G provocan dolores de cabeza",
        ),
        ("Falso", "Engañoso", "Sin contexto", "Mayormente falso", "Imagen manipulada", "No verificable"),
    ),
    "it": (
        (
            "Fact-checking · L'affermazione: «{claim}» · Il nostro verdetto: {verdict} · Verificato da {who}"
            " il {d} {mon} {y}",
        ),
        (
            "Dal mese prossimo i contanti oltre i 500 euro saranno vietati",
            "Il video mostra l'alluvione di questa settimana",
            "Le pale eoliche fanno ammalare chi abita vicino",
            "Il governo tasserà i conti correnti sopra i 10.000 euro",
        ),
        (
            "Falso",
            "Fuorviante",
            "Manca il contesto",
            "In gran parte falso",
            "Foto manipolata",
            "Non dimostrato",
        ),
    ),
    "pt": (
        (
            "Checagem · O que diz a publicação: “{claim}” · Classificação: {verdict} · Verificado por {who}"
            " em"
            " {d} de {mon} de {y}",
        ),
        (
            "O Pix vai ser taxado a partir do mês que vem",
            "Vídeo mostra enchente desta semana",
            "Chá de boldo cura a dengue",
            "Governo vai confiscar a poupança de quem tem mais de R$ 50 mil",
        ),
        ("Falso", "Enganoso", "Fora de contexto", "Distorcido", "Montagem", "Sem comprovação"),
    ),
    "nl": (
        (
            "Factcheck · De bewering: ‘{claim}’ · Ons oordeel: {verdict} · Gecontroleerd door {who}, {d}"
            " {mon} {y}",
        ),
        (
            "Contant betalen boven de 1000 euro wordt vanaf juli verboden",
            "Deze video toont de overstroming van deze week",
            "Windmolens maken omwonenden ziek",
            "Het kabinet gaat een belasting op zonnepanelen invoeren",
        ),
        ("Onwaar", "Misleidend", "Context ontbreekt", "Grotendeels onwaar", "Bewerkte foto", "Onbewezen"),
    ),
    "sv": (
        (
            "Faktakoll · Påståendet: ”{claim}” · Vår bedömning: {verdict} · Granskad av {who} den {d} {mon}"
            " {y}",
        ),
        (
            "Kontanter över 10 000 kronor blir olagliga från årsskiftet",
            "Videon visar veckans översvämning",
            "Vindkraftverk gör grannarna sjuka",
            "Regeringen ska införa skatt på fritidsbåtar",
        ),
        ("Falskt", "Vilseledande", "Saknar sammanhang", "Delvis falskt", "Manipulerad bild", "Obekräftat"),
    ),
    "da": (
        ("Faktatjek · Påstanden: »{claim}« · Vores vurdering: {verdict} · Tjekket af {who} {d}. {mon} {y}",),
        (
            "Kontanter over 20.000 kroner bliver forbudt fra nytår",
            "Videoen viser ugens oversvømmelse",
            "Vindmøller gør naboerne syge",
        ),
        ("Falsk", "Vildledende", "Mangler kontekst", "Delvis forkert", "Manipuleret billede"),
    ),
    "nb": (
        ("Faktasjekk · Påstanden: «{claim}» · Konklusjon: {verdict} · Sjekket av {who} {d}. {mon} {y}",),
        (
            "Kontanter blir forbudt fra nyttår",
            "Videoen viser ukens flom i Gudbrandsdalen",
            "Vindturbiner gjør naboene syke",
        ),
        ("Helt feil", "Delvis feil", "Villedende", "Mangler kontekst", "Manipulert bilde"),
    ),
    "fi": (
        ("Faktantarkistus · Väite: ”{claim}” · Arviomme: {verdict} · Tarkistanut {who} {d}.{m}.{y}",),
        (
            "Käteinen kielletään yli 500 euron ostoksissa ensi vuonna",
            "Video näyttää tämän viikon tulvan",
            "Tuulivoimalat sairastuttavat naapurit",
        ),
        ("Väärin", "Harhaanjohtava", "Asiayhteys puuttuu", "Osittain väärin", "Muokattu kuva"),
    ),
    "pl": (
        (
            "Fact-checking · Teza: „{claim}” · Nasza ocena: {verdict} · Sprawdzono {d} {mon} {y}, autor:"
            " {who}",
        ),
        (
            "Od lipca gotówka powyżej 5 tys. zł będzie zakazana",
            "Nagranie pokazuje tegotygodniową powódź",
            "Wiatraki powodują choroby u mieszkańców",
        ),
        ("Fałsz", "Manipulacja", "Brak kontekstu", "Częściowa prawda", "Nieweryfikowalne"),
    ),
    "cs": (
        ("Ověřeno · Výrok: „{claim}“ · Hodnocení: {verdict} · Ověřeno {d}. {m}. {y}, autor: {who}",),
        (
            "Od ledna se zakáže platit hotově nad 50 tisíc korun",
            "Video ukazuje letošní povodeň",
            "Větrné elektrárny způsobují nemoci",
        ),
        ("Nepravda", "Zavádějící", "Chybí kontext", "Neověřitelné"),
    ),
    "tr": (
        ("Doğruluk kontrolü · İddia: “{claim}” · Sonuç: {verdict} · İnceleyen: {who}, {d} {mon} {y}",),
        (
            "Temmuz'dan itibaren 10 bin liranın üzerindeki nakit ödemeler yasaklanacak",
            "Video bu haftaki seli gösteriyor",
            "Sıcak su içmek virüsü öldürüyor",
        ),
        ("Yanlış", "Yanıltıcı", "Bağlamından koparılmış", "Kısmen yanlış", "Manipüle edilmiş görsel"),
    ),
    "ru": (
        ("Фактчекинг · Утверждение: «{claim}» · Вердикт: {verdict} · Проверка: {who}, {d} {mon} {y}",),
        (
            "С июля запретят расчёты наличными свыше 100 тысяч рублей",
            "На видео — наводнение на этой неделе",
            "Горячая вода убивает вирус",
        ),
        ("Неправда", "Манипуляция", "Вырвано из контекста", "Скорее неправда", "Фотомонтаж"),
    ),
    "uk": (
        ("Фактчек · Твердження: «{claim}» · Вердикт: {verdict} · Перевірка: {who}, {d} {mon} {y}",),
        (
            "З липня заборонять розрахунки готівкою понад 50 тисяч гривень",
            "На відео — повінь цього тижня",
            "Вітряки спричиняють хвороби",
        ),
        ("Неправда", "Маніпуляція", "Без контексту", "Переважно неправда", "Фейкове фото"),
    ),
    "el": (
        ("Έλεγχος γεγονότων · Ο ισχυρισμός: «{claim}» · Η εκτίμησή μας: {verdict} · {who}, {d} {mon} {y}",),
        (
            "Από τον Ιούλιο απαγορεύονται οι πληρωμές με μετρητά άνω των 500 ευρώ",
            "Το βίντεο δείχνει τις πλημμύρες αυτής της εβδομάδας",
            "Οι ανεμογεννήτριες προκαλούν ασθένειες",
        ),
        ("Ψευδές", "Παραπλανητικό", "Χωρίς πλαίσιο", "Κυρίως ψευδές", "Παραποιημένη εικόνα"),
    ),
    "he": (
        ('בדיקת עובדות · הטענה: "{claim}" · הציון: {verdict} · בדיקה: {who}, {d} ב{mon} {y}',),
        (
            "מחודש הבא ייאסר תשלום במזומן מעל 6,000 שקל",
            "הסרטון מתעד את ההצפות השבוע",
            "שתיית מים חמים הורגת את הנגיף",
        ),
        ("לא נכון", "מטעה", "חסר הקשר", "לא נכון ברובו", "תמונה ערוכה"),
    ),
    "ar": (
        ("تحقق من الخبر · الادعاء: «{claim}» · الحكم: {verdict} · تحقق: {who}، {d} {mon} {y}",),
        (
            "منع الدفع نقداً لأكثر من ألف دينار اعتباراً من الشهر المقبل",
            "الفيديو يُظهر فيضانات هذا الأسبوع",
            "شرب الماء الساخن يقتل الفيروس",
        ),
        ("زائف", "مضلل", "يفتقر إلى السياق", "زائف جزئياً", "صورة معدلة"),
    ),
    "hi": (
        ('फैक्ट चेक · दावा: "{claim}" · पड़ताल में: {verdict} · जांच: {who}, {d} {mon} {y}',),
        (
            "अगले महीने से 2000 रुपये से ज़्यादा के नकद लेनदेन पर रोक लगेगी",
            "वीडियो इस हफ्ते आई बाढ़ का है",
            "गर्म पानी पीने से वायरस मर जाता है",
        ),
        ("फर्जी", "भ्रामक", "संदर्भ से हटकर", "आंशिक रूप से गलत", "एडिटेड तस्वीर"),
    ),
    "th": (
        ('ตรวจสอบข้อเท็จจริง · ข้ออ้าง: "{claim}" · ผลการตรวจสอบ: {verdict} · ตรวจสอบโดย {who} {d} {mon} {be}',),
        (
            "ตั้งแต่เดือนหน้าห้ามจ่ายเงินสดเกิน 50,000 บาท",
            "คลิปนี้คือน้ำท่วมสัปดาห์นี้",
            "ดื่มน้ำร้อนฆ่าเชื้อไวรัสได้",
        ),
        ("ข่าวปลอม", "บิดเบือน", "ขาดบริบท", "จริงเพียงบางส่วน", "ภาพตัดต่อ"),
    ),
    "id": (
        ('Cek fakta · Klaim: "{claim}" · Penilaian: {verdict} · Diperiksa oleh {who}, {d} {mon} {y}',),
        (
            "Mulai bulan depan transaksi tunai di atas Rp 100 juta dilarang",
            "Video ini menunjukkan banjir pekan ini",
            "Minum air hangat membunuh virus",
        ),
        ("Salah", "Menyesatkan", "Konteks keliru", "Sebagian salah", "Foto hasil suntingan"),
    ),
    "zh": (
        ("事实核查 · 网传说法：“{claim}” · 核查结论：{verdict} · 核查：{who}（{y}年{m}月{d}日）",),
        ("下月起超过5万元的现金交易将被禁止", "视频显示的是本周的洪水", "喝热水可以杀死病毒"),
        ("谣言", "误导", "缺乏背景", "部分失实", "图片经过篡改"),
    ),
    "ja": (
        ("ファクトチェック · 検証対象：「{claim}」 · 判定：{verdict} · 検証：{who}（{y}年{m}月{d}日）",),
        ("来月から10万円を超える現金払いが禁止される", "今週の洪水の映像", "お湯を飲むとウイルスが死ぬ"),
        ("誤り", "ミスリード", "根拠不明", "不正確", "画像の加工あり"),
    ),
    "ko": (
        ('팩트체크 · 주장: "{claim}" · 판정: {verdict} · 검증: {who} ({y}.{mm}.{dd})',),
        (
            "다음 달부터 100만 원 이상 현금 결제가 금지된다",
            "이번 주 홍수 영상이다",
            "뜨거운 물을 마시면 바이러스가 죽는다",
        ),
        ("사실 아님", "대체로 사실 아님", "절반의 사실", "판단 유보", "조작된 사진"),
    ),
}


def fact_check(case: Case, rnd: random.Random) -> str:
    """A fact-check verdict box: the claim, the verdict and who checked it when."""
    lang, (templates, claims, verdicts) = _pick(FACT_CHECKS, case, rnd)
    return _render(
        rnd.choice(templates),
        claim=rnd.choice(claims),
        verdict=rnd.choice(verdicts),
        who=_person(lang, rnd),
        site=_site(case, rnd),
        **_parts(lang, _the_day(case, rnd, (-6, 0))),
    )


# ---------------------------------------------------------------- content note or trigger warning (start)
#: language: (templates, topics as the templates' grammar wants them); {t1} {t2} two topics
CONTENT_NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Content warning: this article contains descriptions of {t1} and {t2}.",
            "Trigger warning: This story discusses {t1} and {t2}. Reader discretion is advised.",
            "Content note: the following report includes references to {t1} and {t2}, which some readers may"
            " find distressing.",
            "CW: {t1}, {t2}",
        ),
        (
            "sexual violence",
            "suicide",
            "self-harm",
            "domestic abuse",
            "child abuse",
            "graphic violence",
            "eating disorders",
            "racist language",
            "pregnancy loss",
            "drug use",
        ),
    ),
    "de": (
        (
            "Triggerwarnung: In diesem Text geht es um {t1} und {t2}.",
            "Inhaltswarnung: Der folgende Artikel thematisiert {t1} und {t2}. Bitte lesen Sie nur weiter,"
            " wenn Sie sich dazu in der Lage fühlen.",
            "Hinweis: Dieser Text beschreibt {t1} und {t2}.",
        ),
        (
            "sexualisierte Gewalt",
            "Suizid",
            "Selbstverletzung",
            "häusliche Gewalt",
            "Kindesmissbrauch",
            "Essstörungen",
            "rassistische Sprache",
            "Drogenkonsum",
        ),
    ),
    "fr": (
        (
            "Avertissement : cet article évoque {t1} et {t2}. Certains passages peuvent heurter la"
            " sensibilité"
            " des lecteurs.",
            "Trigger warning : ce témoignage aborde {t1} et {t2}.",
        ),
        (
            "les violences sexuelles",
            "le suicide",
            "l'automutilation",
            "les violences conjugales",
            "l'inceste",
            "les troubles alimentaires",
        ),
    ),
    "es": (
        (
            "Aviso de contenido: este artículo aborda {t1} y {t2}.",
            "Advertencia: el siguiente texto trata {t1} y {t2} y puede herir la sensibilidad de algunos"
            " lectores.",
        ),
        (
            "la violencia sexual",
            "el suicidio",
            "las autolesiones",
            "la violencia machista",
            "el abuso infantil",
            "los trastornos alimentarios",
        ),
    ),
    "it": (
        ("Avviso: questo articolo tratta {t1} e {t2}. La lettura potrebbe urtare la sensibilità di alcuni.",),
        (
            "la violenza sessuale",
            "il suicidio",
            "l'autolesionismo",
            "la violenza domestica",
            "gli abusi su minori",
            "i disturbi alimentari",
        ),
    ),
    "pt": (
        (
            "Alerta de gatilho: esta reportagem aborda {t1} e {t2}.",
            "Aviso: o texto a seguir trata de {t1} e {t2}.",
        ),
        ("violência sexual", "suicídio", "automutilação", "violência doméstica", "abuso infantil"),
    ),
    "nl": (
        ("Triggerwaarschuwing: dit artikel gaat over {t1} en {t2}.",),
        (
            "seksueel geweld",
            "zelfdoding",
            "zelfbeschadiging",
            "huiselijk geweld",
            "kindermisbruik",
            "eetstoornissen",
        ),
    ),
    "sv": (
        ("Innehållsvarning: Artikeln handlar om {t1} och {t2}.",),
        ("sexuellt våld", "självmord", "självskadebeteende", "våld i nära relationer", "ätstörningar"),
    ),
    "da": (
        ("Triggeradvarsel: Artiklen handler om {t1} og {t2}.",),
        ("seksuelle overgreb", "selvmord", "selvskade", "vold i nære relationer", "spiseforstyrrelser"),
    ),
    "nb": (
        ("Innholdsadvarsel: Saken omhandler {t1} og {t2}.",),
        ("seksuelle overgrep", "selvmord", "selvskading", "vold i nære relasjoner", "spiseforstyrrelser"),
    ),
    "fi": (
        ("Sisältövaroitus: Jutussa käsitellään {t1} ja {t2}.",),
        (
            "seksuaalista väkivaltaa",
            "itsemurhaa",
            "itsetuhoisuutta",
            "lähisuhdeväkivaltaa",
            "syömishäiriöitä",
        ),
    ),
    "pl": (
        ("Ostrzeżenie: tekst porusza temat {t1} i {t2}.",),
        ("przemocy seksualnej", "samobójstwa", "samookaleczeń", "przemocy domowej", "zaburzeń odżywiania"),
    ),
    "cs": (
        ("Upozornění: Článek popisuje {t1} a {t2}.",),
        ("sexuální násilí", "sebevraždu", "sebepoškozování", "domácí násilí", "poruchy příjmu potravy"),
    ),
    "tr": (
        ("İçerik uyarısı: Bu haberde {t1} ve {t2} konuları ele alınmaktadır.",),
        ("cinsel şiddet", "intihar", "kendine zarar verme", "aile içi şiddet", "çocuk istismarı"),
    ),
    "ru": (
        ("Внимание: в тексте есть описание {t1} и {t2}.",),
        (
            "сексуального насилия",
            "суицида",
            "самоповреждений",
            "домашнего насилия",
            "расстройств пищевого поведения",
        ),
    ),
    "uk": (
        ("Попередження: у тексті йдеться про {t1} та {t2}.",),
        (
            "сексуальне насильство",
            "самогубство",
            "самоушкодження",
            "домашнє насильство",
            "розлади харчової поведінки",
        ),
    ),
    "el": (
        ("Προειδοποίηση περιεχομένου: Το άρθρο περιλαμβάνει αναφορές σε {t1} και {t2}.",),
        ("σεξουαλική βία", "αυτοκτονία", "αυτοτραυματισμό", "ενδοοικογενειακή βία", "διατροφικές διαταραχές"),
    ),
    "he": (
        ("אזהרת תוכן: הכתבה עוסקת ב{t1} וב{t2}.",),
        ("אלימות מינית", "התאבדות", "פגיעה עצמית", "אלימות במשפחה", "הפרעות אכילה"),
    ),
    "ar": (
        ("تحذير: يتضمن هذا المقال وصفاً لـ{t1} و{t2}.",),
        ("العنف الجنسي", "الانتحار", "إيذاء النفس", "العنف الأسري", "اضطرابات الأكل"),
    ),
    "hi": (
        ("चेतावनी: इस लेख में {t1} और {t2} का ज़िक्र है।",),
        ("यौन हिंसा", "आत्महत्या", "आत्म-क्षति", "घरेलू हिंसा", "बाल शोषण"),
    ),
    "th": (
        ("คำเตือน: บทความนี้มีเนื้อหาเกี่ยวกับ{t1}และ{t2}",),
        ("ความรุนแรงทางเพศ", "การฆ่าตัวตาย", "การทำร้ายตัวเอง", "ความรุนแรงในครอบครัว"),
    ),
    "id": (
        ("Peringatan konten: Artikel ini memuat cerita tentang {t1} dan {t2}.",),
        (
            "kekerasan seksual",
            "bunuh diri",
            "melukai diri sendiri",
            "kekerasan dalam rumah tangga",
            "gangguan makan",
        ),
    ),
    "zh": (
        ("内容提示：本文涉及{t1}和{t2}等内容，可能引起部分读者不适。",),
        ("性暴力", "自杀", "自残", "家庭暴力", "儿童虐待", "进食障碍"),
    ),
    "ja": (
        ("【注意】この記事には{t1}や{t2}に関する記述が含まれます。",),
        ("性暴力", "自殺", "自傷行為", "家庭内暴力", "摂食障害", "児童虐待"),
    ),
    "ko": (
        ("※ 이 기사에는 {t1}, {t2} 관련 묘사가 포함돼 있어 독자의 주의가 필요합니다.",),
        ("성폭력", "자살", "자해", "가정폭력", "아동학대", "섭식장애"),
    ),
}


def content_note(case: Case, rnd: random.Random) -> str:
    """A content note or trigger warning above the story, naming two of its topics."""
    _, (templates, topics) = _pick(CONTENT_NOTES, case, rnd)
    t1, t2 = rnd.sample(topics, 2)
    return _render(rnd.choice(templates), t1=t1, t2=t2)


# ---------------------------------------------------------------- bathing-water box (start)
#: language: (templates, beaches or lakes, ratings); {p1}..{p3} places, {q1}..{q3} ratings, {t1}..{t3} degrees
BATHING: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Bathing water quality ({d} {mon}): {p1} – {q1}, {t1}°C · {p2} – {q2}, {t2}°C · {p3} – {q3},"
            " {t3}°C",
            "Beach report for {wd}: {p1} {t1}°C ({q1}) · {p2} {t2}°C ({q2}) · {p3} {t3}°C ({q3})",
        ),
        (
            "Weymouth Beach",
            "Bournemouth Pier",
            "Whitley Bay",
            "Scarborough South Bay",
            "Brighton Central",
            "Tynemouth Longsands",
            "Porthcawl Rest Bay",
            "Saltburn",
        ),
        (
            "Excellent",
            "Good",
            "Sufficient",
            "pollution risk warning",
            "advice against bathing (sewage overflow)",
        ),
    ),
    "de": (
        (
            "Badewetter (Stand {dd}.{mm}.): {p1} {t1} °C, {q1} · {p2} {t2} °C, {q2} · {p3} {t3} °C, {q3}",
            "Badegewässer-Ampel am {wd}: {p1} – {q1} ({t1} Grad) · {p2} – {q2} ({t2} Grad) · {p3} – {q3}"
            " ({t3} Grad)",
        ),
        (
            "Wannsee",
            "Müggelsee",
            "Steinhuder Meer",
            "Ammersee",
            "Starnberger See",
            "Chiemsee",
            "Baggersee Nord",
            "Kiessee Waldsee",
        ),
        (
            "Wasserqualität ausgezeichnet",
            "Wasserqualität gut",
            "Blaualgen-Warnung",
            "vom Baden wird abgeraten",
        ),
    ),
    "fr": (
        (
            "Qualité des eaux de baignade ({d} {mon}) : {p1} – {q1} ({t1} °C) · {p2} – {q2} ({t2} °C) · {p3}"
            " – {q3}",
        ),
        (
            "plage du Prado",
            "Palavas-les-Flots",
            "La Baule",
            "lac d'Annecy",
            "Biarritz Grande Plage",
            "plage de l'Écluse",
        ),
        ("excellente", "bonne", "baignade interdite (pollution)", "drapeau orange", "drapeau rouge"),
    ),
    "es": (
        (
            "Estado de las playas ({d} de {mon}): {p1}, {q1}, agua a {t1} ºC · {p2}, {q2}, {t2} ºC · {p3},"
            " {q3}",
        ),
        (
            "La Concha",
            "Riazor",
            "La Malvarrosa",
            "San Lorenzo",
            "La Barceloneta",
            "El Sardinero",
            "Las Canteras",
        ),
        ("bandera verde", "bandera amarilla", "bandera roja", "presencia de medusas", "baño prohibido"),
    ),
    "it": (
        ("Balneazione ({d} {mon}): {p1} – {q1}, acqua {t1} °C · {p2} – {q2}, {t2} °C · {p3} – {q3}",),
        ("Lido di Ostia", "Rimini Marina Centro", "Sirmione", "Lago di Bracciano", "Mondello", "Viareggio"),
        ("eccellente", "buona", "divieto temporaneo di balneazione", "batteri oltre i limiti"),
    ),
    "pt": (
        ("Qualidade da água ({d} de {mon}): {p1} – {q1}, {t1} °C · {p2} – {q2}, {t2} °C · {p3} – {q3}",),
        ("Carcavelos", "Costa da Caparica", "Matosinhos", "Nazaré", "Praia da Rocha", "Figueira da Foz"),
        ("excelente", "boa", "bandeira amarela", "bandeira vermelha", "desaconselhada a banhos"),
    ),
    "nl": (
        ("Zwemwater ({d} {mon}): {p1} {q1}, {t1} °C · {p2} {q2}, {t2} °C · {p3} {q3}, {t3} °C",),
        ("Scheveningen", "Zandvoort", "Sloterplas", "Nieuwe Meer", "Henschotermeer", "Brouwersdam"),
        ("uitstekend", "goed", "waarschuwing blauwalg", "negatief zwemadvies"),
    ),
    "sv": (
        (
            "Badtemperaturer {d} {mon}: {p1} {t1} grader ({q1}) · {p2} {t2} grader ({q2}) · {p3} {t3} grader"
            " ({q3})",
        ),
        ("Långholmen", "Smedsuddsbadet", "Ribersborg", "Hökarängsbadet", "Mälarhöjdsbadet", "Brunnsviken"),
        ("tjänligt", "tjänligt med anmärkning", "otjänligt", "algblomning"),
    ),
    "da": (
        (
            "Badevandsudsigt {d}. {mon}: {p1} {t1} grader – {q1} · {p2} {t2} grader – {q2} · {p3} {t3} grader"
            " – {q3}",
        ),
        (
            "Amager Strandpark",
            "Bellevue",
            "Islands Brygge Havnebad",
            "Sandkaas",
            "Fanø Bad",
            "Hvidovre Strand",
        ),
        ("godt badevand", "badning frarådes", "forventet dårligt badevand"),
    ),
    "nb": (
        (
            "Badetemperaturer {d}. {mon}: {p1} {t1} grader ({q1}) · {p2} {t2} grader ({q2}) · {p3} {t3}"
            " grader",
        ),
        ("Huk", "Sørenga sjøbad", "Hvalstrand", "Ingierstrand", "Nordnes sjøbad", "Bystranda"),
        ("god badevannskvalitet", "bading frarådes", "algeoppblomstring"),
    ),
    "fi": (
        (
            "Uimavesitilanne {d}.{m}.: {p1} {t1} astetta ({q1}) · {p2} {t2} astetta ({q2}) · {p3} {t3}"
            " astetta",
        ),
        ("Hietaniemi", "Pihlajasaari", "Kuusijärvi", "Rauhanniemi", "Pyynikin uimaranta", "Tuomiojärvi"),
        ("ei sinilevää", "runsaasti sinilevää", "uimavesi hyvää", "uimista ei suositella"),
    ),
    "pl": (
        ("Kąpieliska ({d} {mon}): {p1} – {q1}, woda {t1}°C · {p2} – {q2}, {t2}°C · {p3} – {q3}",),
        ("Sopot", "Jastarnia", "Jezioro Malta", "Zalew Zegrzyński", "Kołobrzeg", "Zalew Zemborzycki"),
        ("woda przydatna do kąpieli", "zakaz kąpieli – sinice", "czerwona flaga", "biała flaga"),
    ),
    "cs": (
        ("Kvalita vody ke koupání ({d}. {m}.): {p1} – {q1}, {t1} °C · {p2} – {q2}, {t2} °C · {p3} – {q3}",),
        ("Lipno", "Máchovo jezero", "Slapy", "Šeberák", "Nové Mlýny", "Hostivař"),
        ("voda vhodná ke koupání", "zhoršená kvalita – sinice", "nevhodná ke koupání"),
    ),
    "tr": (
        ("Plaj durumu ({d} {mon}): {p1} – {q1}, deniz {t1}°C · {p2} – {q2}, {t2}°C · {p3} – {q3}",),
        ("Caddebostan", "Kilyos", "Ölüdeniz", "Konyaaltı", "Ilıca", "Florya"),
        ("mavi bayraklı", "denize girilebilir", "denize girmek yasak"),
    ),
    "el": (
        ("Καταλληλότητα ακτών ({d} {mon}): {p1} – {q1}, {t1} °C · {p2} – {q2}, {t2} °C · {p3} – {q3}",),
        ("Βουλιαγμένη", "Άλιμος", "Σχινιάς", "Γλυφάδα", "Περαία", "Λουτράκι"),
        ("κατάλληλη για κολύμβηση", "ακατάλληλη", "Γαλάζια Σημαία"),
    ),
    "he": (
        ("מצב החופים ({d}.{m}): {p1} – {q1}, מים {t1} מעלות · {p2} – {q2}, {t2} מעלות · {p3} – {q3}",),
        ("חוף גורדון", "חוף בננה", "חוף הכרמל", "חוף מציצים", "חוף דדו", "חוף אכזיב"),
        ("הרחצה מותרת", "דגל שחור – הרחצה אסורה", "אזהרת מדוזות"),
    ),
    "ja": (
        ("海水浴場情報（{m}月{d}日）：{p1} 水温{t1}℃・{q1}／{p2} 水温{t2}℃・{q2}／{p3} {q3}",),
        ("由比ガ浜", "片瀬西浜", "白浜", "須磨", "竹野浜", "九十九里"),
        ("遊泳可", "遊泳注意（クラゲ）", "遊泳禁止（高波）"),
    ),
    "ko": (
        ("해수욕장 정보 ({m}월 {d}일): {p1} 수온 {t1}℃ · {q1} / {p2} 수온 {t2}℃ · {q2} / {p3} · {q3}",),
        ("해운대", "광안리", "경포대", "대천", "을왕리", "협재"),
        ("입수 가능", "입수 통제(이안류)", "해파리 주의"),
    ),
    "zh": (
        ("海水浴场水质（{m}月{d}日）：{p1} 水温{t1}℃ {q1}；{p2} 水温{t2}℃ {q2}；{p3} {q3}",),
        ("青岛第一海水浴场", "北戴河", "大梅沙", "银滩", "三亚湾", "金沙滩"),
        ("适宜游泳", "较适宜游泳", "不适宜游泳"),
    ),
}


def bathing_water(case: Case, rnd: random.Random) -> str:
    """A bathing-water box: three beaches or lakes, their water temperatures and ratings, on a summer day."""
    lang, (templates, places, ratings) = _pick(BATHING, case, rnd)
    year = _the_day(case, rnd).year
    day = date(year, rnd.randint(6, 8), rnd.randint(1, 30))
    p1, p2, p3 = rnd.sample(places, 3)
    return _render(
        rnd.choice(templates),
        p1=p1,
        p2=p2,
        p3=p3,
        q1=rnd.choice(ratings),
        q2=rnd.choice(ratings),
        q3=rnd.choice(ratings),
        t1=rnd.randint(15, 26),
        t2=rnd.randint(15, 26),
        t3=rnd.randint(15, 26),
        **_parts(lang, day),
    )


# ---------------------------------------------------------------- a parliament's roll-call vote (middle)
#: language: (templates, bills with {y1} the budget year and {no} a bill's number, seats, (passed, failed));
#: {a} votes for, {n} against, {e} abstentions, {t} votes cast, {res} the result, {div} the division's number
ROLL_CALLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], int, tuple[str, str]]] = {
    "en": (
        (
            "Division {div}: {bill} – Ayes {a}, Noes {n}. {res}. See how your MP voted",
            "Roll call vote {div}: {bill} — Yeas {a}, Nays {n}, Not voting {e}. {res}.",
        ),
        (
            "Renters (Reform) Bill, third reading",
            "Finance (No. 2) Bill, second reading",
            "Planning and Infrastructure Bill, amendment 8",
            "Assisted Dying Bill, second reading",
            "H.R. {no} – Consolidated Appropriations Act, {y1}",
            "S. {no} – Border Security Act",
        ),
        435,
        ("Passed", "Rejected"),
    ),
    "de": (
        (
            "Namentliche Abstimmung im Bundestag: {bill} – Ja {a}, Nein {n}, Enthaltungen {e}. {res}.",
            "So hat der Bundestag abgestimmt: {bill} · abgegebene Stimmen {t} · Ja {a} · Nein {n} ·"
            " Enthaltung"
            " {e} · {res}",
        ),
        (
            "Gesetz zur Modernisierung des Staatsangehörigkeitsrechts",
            "Gebäudeenergiegesetz (GEG-Novelle)",
            "Cannabisgesetz",
            "Haushaltsgesetz {y1}",
            "Fortsetzung der Beteiligung bewaffneter deutscher Streitkräfte an EUNAVFOR MED IRINI",
        ),
        733,
        ("Angenommen", "Abgelehnt"),
    ),
    "fr": (
        ("Scrutin public n° {div} sur {bill} : {a} pour, {n} contre, {e} abstentions. {res}.",),
        (
            "l'ensemble du projet de loi de finances pour {y1}",
            "la motion de censure déposée en application de l'article 49, alinéa 3",
            "l'article 3 du projet de loi pour contrôler l'immigration",
            "la proposition de loi visant à protéger les logements contre l'occupation illicite",
        ),
        577,
        ("Adopté", "Rejeté"),
    ),
    "es": (
        ("Votación en el Congreso: {bill} – {a} votos a favor, {n} en contra y {e} abstenciones. {res}.",),
        (
            "Proposición de Ley Orgánica de amnistía",
            "Presupuestos Generales del Estado para {y1}",
            "Ley por el derecho a la vivienda",
            "convalidación del Real Decreto-ley {no}/{y0}",
        ),
        350,
        ("Aprobada", "Rechazada"),
    ),
    "it": (
        ("Votazione finale alla Camera: {bill} – favorevoli {a}, contrari {n}, astenuti {e}. {res}.",),
        (
            "decreto Milleproroghe",
            "legge di Bilancio {y1}",
            "ddl Autonomia differenziata",
            "decreto Sicurezza",
        ),
        400,
        ("Approvato", "Respinto"),
    ),
    "pt": (
        ("Votação na Câmara: {bill} – {a} votos sim, {n} não e {e} abstenções. {res}.",),
        ("PEC da reforma tributária", "PL das Fake News", "marco temporal", "novo arcabouço fiscal"),
        513,
        ("Aprovado", "Rejeitado"),
    ),
    "nl": (
        ("Stemming in de Tweede Kamer: {bill} – voor {a}, tegen {n}. {res}. Bekijk hoe elke fractie stemde",),
        ("Spreidingswet", "Wet betaalbare huur", "motie over de stikstofaanpak", "Rijksbegroting {y1}"),
        150,
        ("Aangenomen", "Verworpen"),
    ),
    "sv": (
        ("Omröstning i riksdagen: {bill} – ja {a}, nej {n}, avstår {e}. {res}.",),
        ("budgetpropositionen för {y1}", "ändrade regler i utlänningslagen", "ny lag om bostadsbidrag"),
        349,
        ("Bifallet", "Avslaget"),
    ),
    "da": (
        ("Afstemning i Folketinget: {bill} – for {a}, imod {n}, hverken for eller imod {e}. {res}.",),
        (
            "L {div} Forslag til lov om ændring af udlændingeloven",
            "finansloven for {y1}",
            "loven om store bededag",
        ),
        179,
        ("Vedtaget", "Forkastet"),
    ),
    "nb": (
        ("Voteringsresultat i Stortinget: {bill} – {a} for, {n} mot. {res}.",),
        ("statsbudsjettet for {y1}", "endringer i opplæringslova", "ny lov om havbunnsmineraler"),
        169,
        ("Vedtatt", "Falt"),
    ),
    "fi": (
        ("Eduskunnan äänestys: {bill} – jaa {a}, ei {n}, tyhjiä {e}. {res}.",),
        (
            "HE {div}/{y0} työttömyysturvalain muuttamisesta",
            "valtion talousarvio vuodelle {y1}",
            "sote-lakipaketti",
        ),
        200,
        ("Hyväksytty", "Hylätty"),
    ),
    "pl": (
        ("Głosowanie w Sejmie: {bill} – za {a}, przeciw {n}, wstrzymało się {e}. {res}.",),
        (
            "ustawa budżetowa na {y1} r.",
            "nowelizacja ustawy o KRS",
            "projekt ustawy o związkach partnerskich",
        ),
        460,
        ("Przyjęto", "Odrzucono"),
    ),
    "cs": (
        ("Hlasování ve Sněmovně: {bill} – pro {a}, proti {n}. {res}.",),
        ("státní rozpočet na rok {y1}", "novela zákona o DPH", "konsolidační balíček"),
        200,
        ("Přijato", "Zamítnuto"),
    ),
    "tr": (
        ("TBMM oylaması: {bill} – kabul {a}, ret {n}. {res}.",),
        ("{y1} Yılı Merkezi Yönetim Bütçe Kanunu Teklifi", "vergi düzenlemesi içeren kanun teklifi"),
        600,
        ("Kabul edildi", "Reddedildi"),
    ),
    "ru": (
        ("Голосование в Госдуме: {bill} – за {a}, против {n}, воздержались {e}. {res}.",),
        ("законопроект № {no}-8 о внесении изменений в Налоговый кодекс", "федеральный бюджет на {y1} год"),
        450,
        ("Принят", "Отклонён"),
    ),
    "uk": (
        ("Голосування у Верховній Раді: {bill} – «за» {a}, «проти» {n}, утрималися {e}. {res}.",),
        ("законопроєкт №{no} про мобілізацію", "Державний бюджет України на {y1} рік"),
        450,
        ("Ухвалено", "Не ухвалено"),
    ),
    "el": (
        ("Ονομαστική ψηφοφορία στη Βουλή: {bill} – ΝΑΙ {a}, ΟΧΙ {n}, ΠΑΡΩΝ {e}. {res}.",),
        (
            "νομοσχέδιο για την ισότητα στον πολιτικό γάμο",
            "Προϋπολογισμός {y1}",
            "νομοσχέδιο για τα μη κρατικά ΑΕΙ",
        ),
        300,
        ("Υπερψηφίστηκε", "Καταψηφίστηκε"),
    ),
    "he": (
        ("הצבעה במליאת הכנסת: {bill} – בעד {a}, נגד {n}. {res}.",),
        ("הצעת חוק התקציב לשנת {y1}", "חוק הגיוס בקריאה ראשונה", "הצעת חוק התקשורת"),
        120,
        ("ההצעה אושרה", "ההצעה נדחתה"),
    ),
    "ja": (
        ("衆院本会議採決：{bill} 賛成{a}・反対{n}で{res}",),
        ("政治資金規正法改正案", "防衛財源確保法案", "{y1}年度予算案", "子ども・子育て支援法改正案"),
        465,
        ("可決", "否決"),
    ),
    "ko": (
        ("국회 본회의 표결: {bill} – 재석 {t}인, 찬성 {a}인, 반대 {n}인, 기권 {e}인으로 {res}",),
        ("간호법 제정안", "{y1}년도 예산안", "노란봉투법", "전세사기 특별법 개정안"),
        300,
        ("가결", "부결"),
    ),
    "id": (
        ("Hasil voting paripurna DPR: {bill} – setuju {a}, menolak {n}. {res}.",),
        ("RUU Kesehatan", "RAPBN {y1}", "RUU Penyiaran"),
        575,
        ("Disahkan", "Ditolak"),
    ),
    "hi": (
        ("लोकसभा में मत विभाजन: {bill} – पक्ष में {a}, विपक्ष में {n}। {res}",),
        ("वक्फ (संशोधन) विधेयक", "नारी शक्ति वंदन विधेयक", "विनियोग विधेयक {y1}"),
        543,
        ("विधेयक पारित", "प्रस्ताव गिरा"),
    ),
}


def roll_call(case: Case, rnd: random.Random) -> str:
    """A parliament's roll-call vote tally: the bill, the votes for, against and abstaining, the result."""
    _, (templates, bills, seats, (passed, failed)) = _pick(ROLL_CALLS, case, rnd)
    day = _the_day(case, rnd, (-20, 0))
    cast = int(seats * rnd.uniform(0.78, 0.97))
    abstain = rnd.randint(0, max(1, cast // 25))
    yes = rnd.randint(int((cast - abstain) * 0.35), int((cast - abstain) * 0.65))
    no = cast - abstain - yes
    bill = rnd.choice(bills).format(
        y1=day.year + 1, y0=day.year, no=rnd.randint(1000, 9999), div=rnd.randint(1, 400)
    )
    return _render(
        rnd.choice(templates),
        bill=bill,
        a=yes,
        n=no,
        e=abstain,
        t=cast,
        res=passed if yes > no else failed,
        div=rnd.randint(12, 640),
    )


# ---------------------------------------------------------------- a poll's methodology note (middle)
#: language: (templates, institutes); {inst} {n} respondents, {moe} the margin of error, {d1}-{d2} the field
#: days of the month of the date's parts, {site} the record's site, {tse} a poll's registration number
POLL_NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Methodology: {inst} surveyed {n} adults online between {d1} and {d2} {mon} {y}. Results are"
            " weighted to be representative of all adults; the margin of error is ±{moe} percentage points.",
            "About this poll: {inst} interviewed {n} registered voters by phone and online, {mon} {d1}-{d2}."
            " The margin of sampling error is plus or minus {moe} percentage points.",
        ),
        (
            "YouGov",
            "Ipsos",
            "Savanta",
            "Opinium",
            "Redfield & Wilton Strategies",
            "Morning Consult",
            "Survation",
        ),
    ),
    "de": (
        (
            "Für die repräsentative Umfrage hat {inst} im Auftrag von {site} vom {d1}. bis {d2}. {mon} {y}"
            " {n}"
            " Wahlberechtigte befragt. Fehlertoleranz: {moe} Prozentpunkte.",
            "Civey hat für {site} vom {d1}. bis {d2}. {mon} {y} online {n} Personen befragt. Die Ergebnisse"
            " sind repräsentativ für die Bevölkerung ab 18 Jahren. Der statistische Fehler liegt bei {moe}"
            " Prozent.",
        ),
        ("Forsa", "Infratest dimap", "INSA", "YouGov", "die Forschungsgruppe Wahlen", "Verian"),
    ),
    "fr": (
        (
            "Méthodologie : enquête réalisée par {inst} pour {site} du {d1} au {d2} {mon} {y} auprès d'un"
            " échantillon de {n} personnes, représentatif de la population française âgée de 18 ans et plus"
            " (méthode des quotas). Marge d'erreur : {moe} points.",
        ),
        ("l'Ifop", "Elabe", "Ipsos", "Odoxa", "Harris Interactive", "OpinionWay"),
    ),
    "es": (
        (
            "Ficha técnica: encuesta realizada por {inst} entre el {d1} y el {d2} de {mon} mediante {n}"
            " entrevistas. Margen de error: ±{moe}% para un nivel de confianza del 95,5%.",
        ),
        ("40dB.", "Sigma Dos", "GAD3", "NC Report", "Simple Lógica", "DYM"),
    ),
    "it": (
        (
            "Nota metodologica: sondaggio {inst} realizzato dal {d1} al {d2} {mon} {y} su un campione di {n}"
            " casi rappresentativo della popolazione italiana maggiorenne (metodo CATI/CAWI). Margine di"
            " errore ±{moe}%. Documento completo su www.sondaggipoliticoelettorali.it",
        ),
        ("Swg", "Ipsos", "Demos & Pi", "Tecnè", "Euromedia Research", "Quorum/YouTrend"),
    ),
    "pt": (
        (
            "Metodologia: {inst} ouviu {n} pessoas entre {d1} e {d2} de {mon} de {y}. A margem de erro é de"
            " {moe} pontos percentuais para mais ou para menos, com nível de confiança de 95%. Registro no"
            " TSE: BR-{tse}/{y}.",
        ),
        ("o Datafolha", "a Quaest", "o Ipec", "a AtlasIntel", "o Paraná Pesquisas"),
    ),
    "nl": (
        (
            "Verantwoording: {inst} ondervroeg van {d1} tot en met {d2} {mon} {n} Nederlanders van 18 jaar en"
            " ouder. De resultaten zijn gewogen; de foutmarge is ongeveer {moe} procentpunt.",
        ),
        ("Ipsos I&O", "Peil.nl", "Verian", "het EenVandaag Opiniepanel"),
    ),
    "sv": (
        (
            "Om undersökningen: {inst} intervjuade {n} röstberättigade {d1}–{d2} {mon}. Felmarginalen är som"
            " störst ±{moe} procentenheter.",
        ),
        ("Verian", "Novus", "Demoskop", "Ipsos", "Indikator Opinion"),
    ),
    "da": (
        (
            "Om målingen: {inst} har interviewet {n} repræsentativt udvalgte danskere i perioden {d1}.–{d2}."
            " {mon}. Den statistiske usikkerhed er op til ±{moe} procentpoint.",
        ),
        ("Epinion", "Voxmeter", "Megafon", "Verian"),
    ),
    "nb": (
        (
            "Om målingen: {inst} intervjuet {n} personer over 18 år {d1}.–{d2}. {mon}. Feilmarginen er inntil"
            " ±{moe} prosentpoeng.",
        ),
        ("Norstat", "Opinion", "Respons Analyse", "InFact", "Verian"),
    ),
    "fi": (
        (
            "Tutkimuksesta: {inst} haastatteli {n} henkilöä {d1}.–{d2}.{m}.{y}. Tulosten virhemarginaali on"
            " noin {moe} prosenttiyksikköä suuntaansa.",
        ),
        ("Taloustutkimus", "Verian", "Kantar Agri", "Tietoykkönen"),
    ),
    "pl": (
        (
            "Metodologia: badanie {inst} przeprowadzono w dniach {d1}–{d2} {mon} {y} na reprezentatywnej"
            " próbie"
            " {n} dorosłych Polaków metodą CATI/CAWI. Błąd statystyczny wynosi ±{moe} pkt proc.",
        ),
        ("IBRiS", "CBOS", "United Surveys", "Opinia24", "Pollster"),
    ),
    "cs": (
        (
            "Metodika: Průzkum provedla agentura {inst} ve dnech {d1}. až {d2}. {m}. {y} na vzorku {n}"
            " respondentů starších 18 let. Statistická chyba je ±{moe} procentního bodu.",
        ),
        ("Median", "STEM", "NMS", "Kantar CZ", "Ipsos"),
    ),
    "tr": (
        (
            "Araştırma künyesi: {inst} tarafından {d1}-{d2} {mon} {y} tarihlerinde {n} kişiyle yüz yüze"
            " görüşme yöntemiyle gerçekleştirildi. Hata payı ±{moe}.",
        ),
        ("MetroPOLL", "KONDA", "ORC", "Area", "Optimar"),
    ),
    "ru": (
        (
            "Методика: опрос {inst} проведён {d1}–{d2} {mon} {y} года, опрошены {n} человек старше 18 лет."
            " Статистическая погрешность не превышает {moe}%.",
        ),
        ("ВЦИОМ", "ФОМ", "«Левада-Центра»"),
    ),
    "uk": (
        (
            "Методологія: опитування {inst} проведено {d1}–{d2} {mon} {y} року методом телефонних інтерв'ю,"
            " опитано {n} респондентів. Похибка вибірки не перевищує {moe}%.",
        ),
        ("КМІС", "соціологічної групи «Рейтинг»", "Центру Разумкова"),
    ),
    "el": (
        (
            "Ταυτότητα έρευνας: Η έρευνα διενεργήθηκε από την {inst} στις {d1}-{d2} {mon} {y} σε δείγμα {n}"
            " ατόμων. Μέγιστο δειγματοληπτικό σφάλμα ±{moe}%.",
        ),
        ("Pulse RC", "Metron Analysis", "MRB", "Alco", "GPO"),
    ),
    "he": (
        (
            "הסקר נערך על ידי {inst} בתאריכים {d1}-{d2} ב{mon} בקרב {n} משיבים, מדגם מייצג של האוכלוסייה"
            " הבוגרת בישראל. טעות הדגימה המרבית: {moe}%.",
        ),
        ("מכון מדגם", "מכון סמית'", "פאנל פוליטיקס", "מכון לזר"),
    ),
    "ar": (
        (
            "منهجية الاستطلاع: أجرى {inst} الاستطلاع بين {d1} و{d2} {mon} {y} على عينة من {n} شخصاً، وهامش"
            " الخطأ ±{moe}%.",
        ),
        ("الباروميتر العربي", "مركز الدراسات الاستراتيجية", "مركز بصيرة"),
    ),
    "hi": (
        (
            "सर्वे के बारे में: {inst} ने यह सर्वे {d1} से {d2} {mon} {y} के बीच {n} लोगों से बातचीत के आधार"
            " पर"
            " किया। मार्जिन ऑफ एरर ±{moe} फीसदी है।",
        ),
        ("सी-वोटर", "एक्सिस माई इंडिया", "लोकनीति-सीएसडीएस"),
    ),
    "id": (
        (
            "Metodologi: survei {inst} dilakukan pada {d1}–{d2} {mon} {y} terhadap {n} responden yang dipilih"
            " secara acak bertingkat. Margin of error ±{moe} persen pada tingkat kepercayaan 95 persen.",
        ),
        ("Litbang Kompas", "Indikator Politik Indonesia", "LSI Denny JA", "Populi Center"),
    ),
    "ja": (
        (
            "調査方法：{inst}が{m}月{d1}～{d2}日、全国の18歳以上を対象にRDD方式で電話調査を実施。有効回答は"
            "{n}人。",
        ),
        ("本社", "共同通信社", "JNN"),
    ),
    "ko": (
        (
            "조사 개요: 조사기관 {inst} / 의뢰 {site} / 조사기간 {m}월 {d1}~{d2}일 / 대상 전국 만 18세 이상"
            " {n}명"
            " / 표본오차 95% 신뢰수준 ±{moe}%p / 자세한 사항은 중앙선거여론조사심의위원회 홈페이지 참조",
        ),
        ("한국갤럽", "리얼미터", "엠브레인퍼블릭", "한국리서치", "넥스트리서치"),
    ),
    "zh": (
        (
            "调查说明：本次调查由{inst}于{y}年{m}月{d1}日至{d2}日进行，共访问{n}名受访者，抽样误差为正负{moe}"
            "个百分点。",
        ),
        ("台湾民意基金会", "TVBS民调中心", "美丽岛电子报"),
    ),
}


def poll_note(case: Case, rnd: random.Random) -> str:
    """A poll's methodology note: who asked how many people when, and the margin of error."""
    lang, (templates, institutes) = _pick(POLL_NOTES, case, rnd)
    end = _the_day(case, rnd, (-12, -1))
    start = max(1, end.day - rnd.randint(1, 6))
    size = rnd.randint(8, 60) * 100 + rnd.randint(0, 99)
    return _render(
        rnd.choice(templates),
        inst=rnd.choice(institutes),
        n=_num(lang, size),
        moe=_dec(lang, 98 / math.sqrt(size)),
        d1=start,
        d2=end.day,
        site=_site(case, rnd),
        tse=_digits(rnd, "#####"),
        **_parts(lang, end),
    )


# ---------------------------------------------------------------- the reviewed work's data line (middle)
#: language: (book templates, titles, publishers with their cities, price range); {author} {work} {pub}
#: {city} {y} {pages} {price} {transl} a translator
BOOKS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...], tuple[int, int]]] = {
    "en": (
        (
            "{work} by {author} is published by {pub} (£{price}.99).",
            "“{work}” by {author}. {pub}. {pages} pp. ${price}.",
            "{work} by {author} ({pub}, {pages}pp, £{price})",
        ),
        (
            "The Salt Road",
            "A House Without Windows",
            "Small Hours",
            "The Ferryman's Daughter",
            "Northern Lights Out",
        ),
        (("Faber", "London"), ("Picador", "London"), ("Knopf", "New York"), ("Fourth Estate", "London")),
        (12, 30),
    ),
    "de": (
        (
            "{author}: {work}. Roman. {pub}, {city} {y}. {pages} Seiten, {price} Euro.",
            "{author}: „{work}“. Aus dem Englischen von {transl}. {pub}, {city} {y}, {pages} S., {price} €.",
        ),
        ("Die Nachtfähre", "Das Jahr ohne Sommer", "Kleine Stunden", "Salzwege", "Unter dem Birnbaum"),
        (
            ("Hanser", "München"),
            ("Suhrkamp", "Berlin"),
            ("Kiepenheuer & Witsch", "Köln"),
            ("Rowohlt", "Hamburg"),
        ),
        (20, 34),
    ),
    "fr": (
        (
            "« {work} », de {author}, {pub}, {pages} p., {price} €.",
            "« {work} », de {author}, traduit de l'anglais par {transl}, {pub}, {y}, {pages} p., {price} €.",
        ),
        ("La Route du sel", "Les Heures creuses", "Une maison sans fenêtres", "L'Été de la fille du passeur"),
        (("Gallimard", "Paris"), ("Actes Sud", "Arles"), ("Grasset", "Paris"), ("Le Seuil", "Paris")),
        (18, 26),
    ),
    "es": (
        ("‘{work}’. {author}. {pub}, {y}. {pages} páginas. {price} euros.",),
        ("La ruta de la sal", "Horas pequeñas", "Una casa sin ventanas", "La hija del barquero"),
        (
            ("Anagrama", "Barcelona"),
            ("Alfaguara", "Madrid"),
            ("Tusquets", "Barcelona"),
            ("Seix Barral", "Barcelona"),
        ),
        (17, 25),
    ),
    "it": (
        ("{author}, «{work}», {pub}, pagg. {pages}, euro {price}",),
        ("La via del sale", "Le ore piccole", "Una casa senza finestre", "La figlia del traghettatore"),
        (("Einaudi", "Torino"), ("Feltrinelli", "Milano"), ("Adelphi", "Milano"), ("Sellerio", "Palermo")),
        (16, 24),
    ),
    "pt": (
        (
            "{work}, de {author}. {pub}, {pages} págs., {price} €",
            "{work} · Autor: {author} · Editora: {pub} · {pages} págs. · R$ {price}",
        ),
        ("A Rota do Sal", "Horas Pequenas", "Uma Casa sem Janelas", "A Filha do Barqueiro"),
        (("Companhia das Letras", "São Paulo"), ("Relógio D'Água", "Lisboa"), ("Todavia", "São Paulo")),
        (18, 69),
    ),
    "nl": (
        ("{author}: {work}. {pub}; {pages} blz.; € {price},99.",),
        ("De zoutweg", "Kleine uren", "Een huis zonder ramen", "De dochter van de veerman"),
        (("De Bezige Bij", "Amsterdam"), ("Querido", "Amsterdam"), ("Atlas Contact", "Amsterdam")),
        (19, 27),
    ),
    "sv": (
        ("Titel: {work} · Författare: {author} · Förlag: {pub} · Sidor: {pages}",),
        ("Saltvägen", "Små timmar", "Ett hus utan fönster", "Färjkarlens dotter"),
        (("Bonniers", "Stockholm"), ("Norstedts", "Stockholm"), ("Natur & Kultur", "Stockholm")),
        (200, 300),
    ),
    "da": (
        ("{author}: »{work}«. {pub}. {pages} sider. {price} kr.",),
        ("Saltvejen", "Små timer", "Et hus uden vinduer", "Færgemandens datter"),
        (
            ("Gyldendal", "København"),
            ("Politikens Forlag", "København"),
            ("Lindhardt og Ringhof", "København"),
        ),
        (249, 349),
    ),
    "nb": (
        ("{author}: «{work}». Roman. {pub}. {pages} sider. Veil. pris {price} kr.",),
        ("Saltveien", "Små timer", "Et hus uten vinduer", "Fergemannens datter"),
        (("Oktober", "Oslo"), ("Gyldendal", "Oslo"), ("Cappelen Damm", "Oslo"), ("Aschehoug", "Oslo")),
        (349, 499),
    ),
    "fi": (
        ("{author}: {work}. {pub} {y}. {pages} s.",),
        ("Suolatie", "Pienet tunnit", "Talo ilman ikkunoita", "Lautturin tytär"),
        (("Otava", "Helsinki"), ("WSOY", "Helsinki"), ("Tammi", "Helsinki"), ("Gummerus", "Helsinki")),
        (25, 35),
    ),
    "pl": (
        ("{author}, „{work}”, {pub}, {city} {y}, s. {pages}",),
        ("Droga solna", "Małe godziny", "Dom bez okien", "Córka przewoźnika"),
        (
            ("Wydawnictwo Literackie", "Kraków"),
            ("Znak", "Kraków"),
            ("Czarne", "Wołowiec"),
            ("W.A.B.", "Warszawa"),
        ),
        (39, 59),
    ),
    "cs": (
        ("{author}: {work}. {pub}, {city} {y}, {pages} stran.",),
        ("Solná stezka", "Malé hodiny", "Dům bez oken", "Převozníkova dcera"),
        (("Host", "Brno"), ("Argo", "Praha"), ("Odeon", "Praha"), ("Paseka", "Praha")),
        (299, 449),
    ),
    "tr": (
        ("{work}, {author}, {pub}, {y}, {pages} sayfa.",),
        ("Tuz Yolu", "Küçük Saatler", "Penceresiz Bir Ev", "Kayıkçının Kızı"),
        (
            ("Can Yayınları", "İstanbul"),
            ("İletişim Yayınları", "İstanbul"),
            ("Yapı Kredi Yayınları", "İstanbul"),
        ),
        (180, 420),
    ),
    "ru": (
        ("{author}. «{work}». — М.: {pub}, {y}. — {pages} с.",),
        ("Соляной путь", "Малые часы", "Дом без окон", "Дочь паромщика"),
        (("АСТ", "Москва"), ("Эксмо", "Москва"), ("Corpus", "Москва"), ("Individuum", "Москва")),
        (600, 1200),
    ),
    "ja": (
        ("『{work}』{author}著（{pub}・{price}円）",),
        ("塩の道", "小さな時間", "窓のない家", "渡し守の娘"),
        (("新潮社", "東京"), ("講談社", "東京"), ("文藝春秋", "東京"), ("河出書房新社", "東京")),
        (1650, 2750),
    ),
    "ko": (
        ("{work} | {author} 지음 | {pub} | {pages}쪽 | {price}원",),
        ("소금길", "작은 시간들", "창문 없는 집", "뱃사공의 딸"),
        (("문학동네", "파주"), ("창비", "파주"), ("민음사", "서울"), ("은행나무", "서울")),
        (15000, 19800),
    ),
    "zh": (
        ("《{work}》，{author}著，{pub}{y}年{m}月版，定价{price}元",),
        ("盐之路", "小时光", "没有窗的房子", "摆渡人的女儿"),
        (("人民文学出版社", "北京"), ("上海译文出版社", "上海"), ("译林出版社", "南京")),
        (39, 88),
    ),
}
#: language: the game review's data line; {work} {dev} {plat} {price} {age} (PEGI or USK), {cero}
GAMES = {
    "en": ("{work} · Developer: {dev} · Platforms: {plat} · Price: £{price}.99 · Out now",),
    "de": (
        "{work} · Entwickler: {dev} · Plattformen: {plat} · Preis: ca. {price} Euro · USK ab {age} Jahren",
    ),
    "fr": ("{work} · Développeur : {dev} · Plateformes : {plat} · Prix : {price},99 € · PEGI {age}",),
    "es": ("{work} · Desarrollador: {dev} · Plataformas: {plat} · Precio: {price},99 euros · PEGI {age}",),
    "it": ("{work} · Sviluppatore: {dev} · Piattaforme: {plat} · Prezzo: {price},99 euro · PEGI {age}",),
    "pl": ("{work} · Producent: {dev} · Platformy: {plat} · Cena: {price}9 zł · PEGI {age}",),
    "nl": ("{work} · Ontwikkelaar: {dev} · Platforms: {plat} · Prijs: € {price},99 · PEGI {age}",),
    "ja": ("『{work}』（{dev}）対応機種：{plat}／価格：{price}80円（税込）／CERO：{cero}",),
}
_GAME_TITLES = (
    "Ashen Tide",
    "Hollow Crown II",
    "Neon Drift",
    "Starfall Outriders",
    "The Last Lighthouse",
    "Mire",
)
_STUDIOS = ("Quarry Lane Studios", "Nordlicht Games", "Studio Kestrel", "Redwood Interactive", "Moonbrook")
#: language: the range a game's price is drawn from (tens before ",99" where the language prints it so)
_GAME_PRICES = {"de": (3, 8), "pl": (19, 34), "ja": (49, 89)}
_NINETY_NINE = frozenset({"en", "fr", "es", "it", "nl"})
_PLATFORMS = ("PS5, Xbox Series X|S, PC", "PC (Steam)", "Nintendo Switch", "PS5, PC", "PS5, Xbox Series X|S")


def work_data(case: Case, rnd: random.Random) -> str:
    """The reviewed book's or game's data line: author, title, publisher, pages and price, or the
    developer, platforms, price and age rating."""
    if rnd.random() < 0.3:
        lang, templates = _pick(GAMES, case, rnd)
        return _render(
            rnd.choice(templates),
            work=rnd.choice(_GAME_TITLES),
            dev=rnd.choice(_STUDIOS),
            plat=rnd.choice(_PLATFORMS),
            price=rnd.randint(*_GAME_PRICES.get(lang, (2, 7))) * 10 - 1
            if lang in _NINETY_NINE
            else rnd.randint(*_GAME_PRICES[lang]) * (10 if lang == "de" else 1),
            age=rnd.choice((12, 16, 18)),
            cero=rnd.choice(("A", "B", "C", "D")),
        )
    lang, (templates, works, publishers, (low, high)) = _pick(BOOKS, case, rnd)
    pub, city = rnd.choice(publishers)
    return _render(
        rnd.choice(templates),
        author=_person(lang, rnd),
        transl=_person(lang, rnd),
        work=rnd.choice(works),
        pub=pub,
        city=city,
        pages=rnd.randint(14, 62) * 8,
        price=_rounded(rnd.randint(low, high)),
        **_parts(lang, _the_day(case, rnd, (-300, -20))),
    )


# ---------------------------------------------------------------- the author's disclosure statement (end)
#: language: (templates, companies, funders); {name} the author, {co} a company, {fund} a funder, {site}
DISCLOSURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Disclosure statement: {name} does not work for, consult, own shares in or receive funding from"
            " any"
            " company or organisation that would benefit from this article, and has disclosed no relevant"
            " affiliations beyond their academic appointment.",
            "Disclosure statement: {name} receives funding from {fund}.",
            "{name} has positions in {co}. {site} has no position in any of the stocks mentioned and has a"
            " disclosure policy.",
            "Disclosure: {name} owns shares of {co}.",
        ),
        ("Nvidia", "Apple", "Microsoft", "Alphabet", "Tesla", "Shell", "Rolls-Royce"),
        (
            "the Australian Research Council",
            "the Economic and Social Research Council",
            "the National Institutes of Health",
            "the European Research Council",
            "the Wellcome Trust",
        ),
    ),
    "de": (
        (
            "Transparenzhinweis: {name} hält Aktien von {co}.",
            "Offenlegung: {name} arbeitet für keine Firma oder Organisation, die von diesem Artikel"
            " profitieren"
            " würde, berät keine solche, hält keine Anteile daran und erhält keine Finanzierung von ihnen.",
            "Interessenkonflikt: {name} erhält Forschungsmittel von {fund}.",
        ),
        ("Siemens", "SAP", "Allianz", "BASF", "Rheinmetall", "Deutsche Telekom"),
        (
            "der Deutschen Forschungsgemeinschaft (DFG)",
            "der Volkswagenstiftung",
            "dem Bundesforschungsministerium",
        ),
    ),
    "fr": (
        (
            "Déclaration d'intérêts : {name} ne travaille pas, ne conseille pas, ne possède pas de parts, ne"
            " reçoit pas de fonds d'une organisation qui pourrait tirer profit de cet article, et n'a déclaré"
            " aucune autre affiliation que son organisme de recherche.",
            "Déclaration d'intérêts : {name} a reçu des financements de {fund}.",
            "Transparence : {name} détient des actions {co}.",
        ),
        ("LVMH", "TotalEnergies", "Airbus", "Sanofi", "BNP Paribas"),
        ("l'Agence nationale de la recherche (ANR)", "l'European Research Council", "la région Occitanie"),
    ),
    "es": (
        (
            "Declaración de intereses: {name} no recibe salario, ni ejerce labores de consultoría, ni posee"
            " acciones, ni recibe financiación de ninguna compañía u organización que pueda obtener beneficio"
            " de este artículo, y ha declarado carecer de vínculos relevantes más allá del cargo académico"
            " citado.",
            "Declaración de intereses: {name} recibe fondos de {fund}.",
            "Aviso: {name} posee acciones de {co}.",
        ),
        ("Inditex", "Iberdrola", "Banco Santander", "Telefónica", "Repsol"),
        (
            "la Agencia Estatal de Investigación",
            "el Ministerio de Ciencia e Innovación",
            "la Fundación La Caixa",
        ),
    ),
    "pt": (
        (
            "Declaração de interesses: {name} não presta consultoria, não trabalha, não possui ações e não"
            " recebe financiamento de qualquer empresa ou organização que poderia se beneficiar com a"
            " publicação deste artigo e não revelou nenhum vínculo relevante além de seu cargo acadêmico.",
            "Declaração de interesses: {name} recebe financiamento {fund}.",
            "Aviso: {name} detém ações da {co}.",
        ),
        ("Petrobras", "Vale", "Itaú Unibanco", "Galp", "EDP"),
        ("do CNPq", "da Fapesp", "da Fundação para a Ciência e a Tecnologia"),
    ),
    "it": (
        (
            "Conflitto di interessi: {name} non lavora, non presta consulenza, non possiede azioni e non"
            " riceve"
            " finanziamenti da alcuna società o organizzazione che possa trarre beneficio da questo"
            " articolo.",
            "Trasparenza: {name} possiede azioni {co}.",
        ),
        ("Enel", "Eni", "Intesa Sanpaolo", "Stellantis", "Ferrari"),
        ("del Pnrr",),
    ),
    "nl": (
        ("Disclaimer: {name} heeft een positie in {co}.", "Openheid van zaken: {name} bezit aandelen {co}."),
        ("ASML", "Shell", "ING", "Philips", "Adyen"),
        ("NWO",),
    ),
    "sv": (
        ("Jäv: {name} äger aktier i {co}.", "Innehav: Skribenten {name} äger aktier i {co}."),
        ("Volvo", "Ericsson", "Investor", "H&M", "Atlas Copco"),
        ("Vetenskapsrådet",),
    ),
    "da": (
        ("Oplysning: Skribenten {name} ejer aktier i {co}.",),
        ("Novo Nordisk", "Mærsk", "Ørsted", "Carlsberg", "Vestas"),
        ("Danmarks Frie Forskningsfond",),
    ),
    "nb": (
        ("Opplysning: {name} eier aksjer i {co}.",),
        ("Equinor", "DNB", "Mowi", "Kongsberg Gruppen", "Norsk Hydro"),
        ("Forskningsrådet",),
    ),
    "fi": (
        ("Sidonnaisuudet: {name} omistaa {co} Oyj:n osakkeita.",),
        ("Nokia", "Neste", "Kone", "Fortum", "Sampo"),
        ("Suomen Akatemia",),
    ),
    "pl": (
        ("Ujawnienie: {name} posiada akcje spółki {co}.",),
        ("Orlen", "PKO BP", "CD Projekt", "KGHM", "Allegro"),
        ("NCN",),
    ),
    "cs": (
        ("Střet zájmů: {name} vlastní akcie společnosti {co}.",),
        ("ČEZ", "Komerční banka", "Kofola", "Colt CZ"),
        ("GA ČR",),
    ),
    "tr": (
        ("Açıklama: {name}, {co} hisselerine sahiptir.",),
        ("Türk Hava Yolları", "Aselsan", "BİM", "Koç Holding"),
        ("TÜBİTAK",),
    ),
    "ru": (
        ("Раскрытие информации: {name} владеет акциями компании {co}.",),
        ("«Сбербанк»", "«Газпром»", "«Яндекс»", "«Лукойл»"),
        ("РНФ",),
    ),
    "he": (
        (
            "גילוי נאות: ל{name} יש אחזקות במניות {co}.",
            "גילוי נאות: ל{name} אין אחזקות בחברות המוזכרות בכתבה.",
        ),
        ("בנק לאומי", "טבע", "אלביט מערכות", "נייס"),
        ("הקרן הלאומית למדע",),
    ),
    "hi": (
        ("प्रकटीकरण: लेखक {name} के पास {co} के शेयर हैं।",),
        ("रिलायंस इंडस्ट्रीज", "टाटा मोटर्स", "इंफोसिस", "एचडीएफसी बैंक"),
        ("आईसीएसएसआर",),
    ),
    "id": (
        ("Pengungkapan: {name} memiliki saham {co}.",),
        ("Bank Central Asia", "Telkom Indonesia", "Astra International", "Bank Rakyat Indonesia"),
        ("BRIN",),
    ),
    "ja": (
        ("利益相反：筆者の{name}は{co}の株式を保有しています。",),
        ("トヨタ自動車", "ソニーグループ", "任天堂", "三菱UFJフィナンシャル・グループ"),
        ("日本学術振興会",),
    ),
    "ko": (
        ("이해관계 고지: 필자 {name}은(는) {co} 주식을 보유하고 있습니다.",),
        ("삼성전자", "SK하이닉스", "현대차", "네이버"),
        ("한국연구재단",),
    ),
    "zh": (
        ("利益披露：作者{name}持有{co}股票。",),
        ("腾讯控股", "贵州茅台", "比亚迪", "阿里巴巴"),
        ("国家自然科学基金",),
    ),
}


def disclosure(case: Case, rnd: random.Random) -> str:
    """The author's disclosure statement: shares held, funding received, or none of either."""
    lang, (templates, companies, funders) = _pick(DISCLOSURES, case, rnd)
    return _render(
        rnd.choice(templates),
        name=_person(lang, rnd),
        co=rnd.choice(companies),
        fund=rnd.choice(funders),
        site=_site(case, rnd),
    )


# ---------------------------------------------------------------- a travel section's practical box (end)
#: language: (templates, airlines, home airports (in the case the template wants), destinations (ditto) with
#: the tourist board's site and its name (ditto), hotels, (flight, room) price ranges); {price} {price2}
TRAVEL: dict[
    str,
    tuple[
        tuple[str, ...],
        tuple[str, ...],
        tuple[str, ...],
        tuple[tuple[str, str, str], ...],
        tuple[str, ...],
        tuple[tuple[int, int], tuple[int, int]],
    ],
] = {
    "en": (
        (
            "If you go: {airline} flies from {frm} to {to} from £{price} return. {hotel} has doubles from"
            " £{price2} a night, B&B. More information: {web}. The writer was a guest of {board}.",
            "Getting there: {airline} flies direct from {frm} to {to}, with return fares from £{price}. Where"
            " to"
            " stay: {hotel} (doubles from £{price2}). The trip was provided by {board}.",
        ),
        ("British Airways", "easyJet", "Jet2", "Ryanair", "TAP Air Portugal"),
        ("London Gatwick", "Manchester", "Bristol", "Edinburgh", "Birmingham"),
        (
            ("Lisbon", "visitportugal.com", "Visit Portugal"),
            ("Valencia", "spain.info", "Turespaña"),
            ("Athens", "visitgreece.gr", "the Greek National Tourism Organisation"),
            ("Bergen", "visitnorway.com", "Visit Norway"),
        ),
        ("Hotel Miramar", "Casa do Largo", "The Harbour Inn", "Hotel Aurora", "Pensão Flor"),
        ((68, 240), (75, 190)),
    ),
    "de": (
        (
            "Reise-Infos · Anreise: Mit {airline} ab {frm} nach {to}, Hin- und Rückflug ab {price} Euro."
            " Unterkunft: {hotel}, Doppelzimmer ab {price2} Euro pro Nacht. Auskunft: {web}. Die Reise wurde"
            " unterstützt von {board}.",
        ),
        ("Lufthansa", "Eurowings", "Condor", "TAP Air Portugal", "Norwegian"),
        ("Frankfurt", "München", "Düsseldorf", "Hamburg", "Berlin"),
        (
            ("Lissabon", "visitportugal.com", "Visit Portugal"),
            ("Valencia", "spain.info", "Turespaña"),
            ("Athen", "visitgreece.gr", "der Griechischen Zentrale für Fremdenverkehr"),
            ("Bergen", "visitnorway.de", "Visit Norway"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor", "Hotel Bryggen"),
        ((120, 380), (85, 210)),
    ),
    "fr": (
        (
            "Y aller : {airline} dessert {to} depuis {frm} à partir de {price} € l'aller-retour. Où dormir :"
            " {hotel}, chambre double à partir de {price2} € la nuit. Se renseigner : {web}. Ce reportage a"
            " été"
            " réalisé à l'invitation de {board}.",
        ),
        ("Air France", "Transavia", "TAP Air Portugal", "Vueling", "Aegean"),
        ("Paris-Orly", "Lyon", "Nantes", "Marseille", "Bordeaux"),
        (
            ("Lisbonne", "visitportugal.com", "Visit Portugal"),
            ("Valence", "spain.info", "l'Office espagnol du tourisme"),
            ("Athènes", "visitgreece.gr", "l'Office national hellénique du tourisme"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((110, 320), (80, 200)),
    ),
    "es": (
        (
            "Guía práctica · Cómo llegar: {airline} vuela desde {frm} a {to} desde {price} euros ida y"
            " vuelta."
            " Dónde dormir: {hotel}, habitación doble desde {price2} euros la noche. Más información: {web}."
            " El"
            " viaje fue por cortesía de {board}.",
        ),
        ("Iberia", "Vueling", "Air Europa", "TAP Air Portugal"),
        ("Madrid", "Barcelona", "Bilbao", "Sevilla"),
        (
            ("Lisboa", "visitportugal.com", "Visit Portugal"),
            ("Atenas", "visitgreece.gr", "la Organización Nacional de Turismo de Grecia"),
            ("Oporto", "visitporto.travel", "Turismo do Porto"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((90, 280), (70, 180)),
    ),
    "it": (
        (
            "Informazioni utili · Come arrivare: {airline} collega {frm} a {to} con voli a partire da {price}"
            " euro a/r. Dove dormire: {hotel}, doppia da {price2} euro a notte. Info: {web}. Il viaggio è"
            " stato"
            " organizzato da {board}.",
        ),
        ("ITA Airways", "Ryanair", "Volotea", "TAP Air Portugal"),
        ("Milano Malpensa", "Roma Fiumicino", "Bologna", "Napoli"),
        (
            ("Lisbona", "visitportugal.com", "Visit Portugal"),
            ("Valencia", "spain.info", "Turespaña"),
            ("Atene", "visitgreece.gr", "l'Ente nazionale ellenico per il turismo"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((90, 300), (70, 190)),
    ),
    "pt": (
        (
            "Serviço · Como chegar: a {airline} voa de {frm} para {to} a partir de {price} euros ida e volta."
            " Onde ficar: {hotel}, quarto duplo desde {price2} euros por noite. Mais informações: {web}. A"
            " reportagem viajou a convite de {board}.",
        ),
        ("TAP", "Ryanair", "easyJet", "Iberia"),
        ("Lisboa", "Porto", "Faro"),
        (
            ("Valência", "spain.info", "Turespaña"),
            ("Atenas", "visitgreece.gr", "Organização Nacional de Turismo da Grécia"),
            ("Bergen", "visitnorway.com", "Visit Norway"),
        ),
        ("Hotel Miramar", "Hotel Aurora", "Hotel Bryggen", "Hostal Las Flores"),
        ((90, 320), (60, 180)),
    ),
    "nl": (
        (
            "Praktisch · Reizen: {airline} vliegt vanaf {frm} naar {to}, retour vanaf € {price}. Overnachten:"
            " {hotel}, tweepersoonskamer vanaf € {price2} per nacht. Info: {web}. Deze reis werd mede"
            " mogelijk"
            " gemaakt door {board}.",
        ),
        ("KLM", "Transavia", "TAP Air Portugal", "Aegean"),
        ("Schiphol", "Eindhoven", "Rotterdam"),
        (
            ("Lissabon", "visitportugal.com", "Visit Portugal"),
            ("Valencia", "spain.info", "Turespaña"),
            ("Athene", "visitgreece.gr", "de Griekse Nationale Organisatie voor Toerisme"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((110, 340), (80, 200)),
    ),
    "sv": (
        (
            "Fakta · Resa dit: {airline} flyger från {frm} till {to}, tur och retur från {price} kronor. Bo:"
            " {hotel}, dubbelrum från {price2} kronor per natt. Mer info: {web}. Resan bekostades av"
            " {board}.",
        ),
        ("SAS", "Norwegian", "TAP Air Portugal", "Aegean"),
        ("Arlanda", "Landvetter", "Kastrup"),
        (
            ("Lissabon", "visitportugal.com", "Visit Portugal"),
            ("Valencia", "spain.info", "Spanska turistbyrån"),
            ("Aten", "visitgreece.gr", "Grekiska turistbyrån"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((1800, 4800), (900, 2200)),
    ),
    "da": (
        (
            "Praktisk info · Sådan kommer du dertil: {airline} flyver fra {frm} til {to} fra {price} kr. t/r."
            " Overnatning: {hotel}, dobbeltværelse fra {price2} kr. pr. nat. Mere info: {web}. Rejsen er"
            " betalt"
            " af {board}.",
        ),
        ("SAS", "Norwegian", "TAP Air Portugal", "Aegean"),
        ("Kastrup", "Billund", "Aalborg"),
        (
            ("Lissabon", "visitportugal.com", "Visit Portugal"),
            ("Valencia", "spain.info", "Det Spanske Turistbureau"),
            ("Athen", "visitgreece.gr", "Det Græske Turistbureau"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((1400, 3900), (700, 1800)),
    ),
    "nb": (
        (
            "Fakta · Reise: {airline} flyr fra {frm} til {to}, tur/retur fra {price} kroner. Overnatting:"
            " {hotel}, dobbeltrom fra {price2} kroner natten. Mer informasjon: {web}. Reisen ble betalt av"
            " {board}.",
        ),
        ("SAS", "Norwegian", "Widerøe", "TAP Air Portugal"),
        ("Gardermoen", "Flesland", "Værnes"),
        (
            ("Lisboa", "visitportugal.com", "Visit Portugal"),
            ("Valencia", "spain.info", "Det spanske turistkontoret"),
            ("Athen", "visitgreece.gr", "Det greske turistkontoret"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((1600, 4400), (900, 2100)),
    ),
    "pl": (
        (
            "Informator · Dojazd: {airline} lata z {frm} do {to}, bilety w obie strony od {price} zł. Nocleg:"
            " {hotel}, pokój dwuosobowy od {price2} zł za noc. Informacje: {web}. Podróż odbyła się na"
            " zaproszenie {board}.",
        ),
        ("LOT", "Ryanair", "Wizz Air", "TAP Air Portugal"),
        ("Warszawy", "Krakowa", "Gdańska", "Katowic"),
        (
            ("Lizbony", "visitportugal.com", "Visit Portugal"),
            ("Walencji", "spain.info", "Hiszpańskiej Organizacji Turystycznej"),
            ("Aten", "visitgreece.gr", "Greckiej Narodowej Organizacji Turystycznej"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((450, 1400), (320, 780)),
    ),
    "cs": (
        (
            "Praktické informace · Doprava: {airline} létá z {frm} do {to}, zpáteční letenka od {price} Kč."
            " Ubytování: {hotel}, dvoulůžkový pokoj od {price2} Kč za noc. Více na {web}. Redakce cestovala"
            " na"
            " pozvání {board}.",
        ),
        ("Smartwings", "Ryanair", "Wizz Air", "TAP Air Portugal"),
        ("Prahy", "Brna", "Ostravy"),
        (
            ("Lisabonu", "visitportugal.com", "portugalské turistické centrály"),
            ("Valencie", "spain.info", "Španělské centrály cestovního ruchu"),
            ("Atén", "visitgreece.gr", "řecké centrály cestovního ruchu"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((3200, 9800), (1800, 4500)),
    ),
    "tr": (
        (
            "Gezi notları · Ulaşım: {airline} ile {frm}–{to} arası gidiş-dönüş biletler {price} TL'den"
            " başlıyor. Konaklama: {hotel}, çift kişilik oda gecelik {price2} TL'den. Bilgi: {web}. Gezi,"
            " {board} tarafından organize edildi.",
        ),
        ("Türk Hava Yolları", "Pegasus", "AJet"),
        ("İstanbul", "Ankara", "İzmir"),
        (
            ("Lizbon", "visitportugal.com", "Visit Portugal"),
            ("Valensiya", "spain.info", "İspanya Turizm Ofisi"),
            ("Atina", "visitgreece.gr", "Yunanistan Ulusal Turizm Örgütü"),
        ),
        ("Hotel Miramar", "Casa do Largo", "Hotel Aurora", "Pensão Flor"),
        ((6500, 19000), (2800, 7500)),
    ),
    "ru": (
        (
            "Как добраться: {airline} летает из {frm} в {to}, билеты туда и обратно — от {price} рублей. Где"
            " жить: {hotel}, двухместный номер — от {price2} рублей за ночь. Подробнее: {web}. Поездка"
            " организована при поддержке {board}.",
        ),
        ("«Аэрофлот»", "S7", "«Победа»", "«Уральские авиалинии»"),
        ("Москвы", "Санкт-Петербурга", "Казани", "Екатеринбурга"),
        (
            ("Калининград", "visit-kaliningrad.ru", "туристического центра Калининградской области"),
            ("Сочи", "sochi.com", "администрации курорта"),
            ("Ереван", "armenia.travel", "Комитета по туризму Армении"),
        ),
        ("«Морской бриз»", "«Аврора»", "«Старый город»", "«Панорама»"),
        ((9000, 32000), (4500, 14000)),
    ),
    "ja": (
        (
            "【旅のメモ】{frm}から{to}へは{airline}が直行便を運航、往復{price}円から。宿泊は{hotel}、1泊"
            "{price2}円"
            "から。問い合わせは{web}。取材協力：{board}",
        ),
        ("日本航空", "全日空", "フィンエアー"),
        ("成田", "羽田", "関西"),
        (
            ("ヘルシンキ", "visitfinland.com", "フィンランド政府観光局"),
            ("リスボン", "visitportugal.com", "ポルトガル政府観光局"),
            ("アテネ", "visitgreece.gr", "ギリシャ政府観光局"),
        ),
        ("ホテル・ミラマール", "ホテル・アウロラ", "カーザ・ド・ラルゴ"),
        ((120000, 290000), (15000, 42000)),
    ),
    "ko": (
        (
            "여행 정보: {frm}에서 {to}까지 {airline} 직항편이 운항하며 왕복 항공권은 {price}원부터. 숙소는"
            " {hotel},"
            " 1박 {price2}원부터. 문의 {web}. 취재협조: {board}",
        ),
        ("대한항공", "아시아나항공", "핀에어"),
        ("인천", "김해"),
        (
            ("헬싱키", "visitfinland.com", "핀란드관광청"),
            ("리스본", "visitportugal.com", "포르투갈관광청"),
            ("아테네", "visitgreece.gr", "그리스관광청"),
        ),
        ("호텔 미라마르", "호텔 아우로라", "카사 두 라르구"),
        ((980000, 2400000), (140000, 390000)),
    ),
    "zh": (
        (
            "旅行贴士：{airline}开通{frm}至{to}直飞航线，往返机票{price}元起。住宿推荐{hotel}，双人间每晚"
            "{price2}元起。"
            "更多信息：{web}。（本次采访由{board}协助）",
        ),
        ("中国国际航空", "东方航空", "芬兰航空"),
        ("北京", "上海", "广州"),
        (
            ("赫尔辛基", "visitfinland.com", "芬兰旅游局"),
            ("里斯本", "visitportugal.com", "葡萄牙旅游局"),
            ("雅典", "visitgreece.gr", "希腊国家旅游组织"),
        ),
        ("米拉马尔酒店", "奥罗拉酒店", "拉尔戈之家"),
        ((4800, 13000), (700, 2200)),
    ),
    "id": (
        (
            "Info perjalanan: {airline} melayani rute {frm}–{to}, tiket pulang-pergi mulai Rp {price} juta."
            " Menginap: {hotel}, kamar mulai Rp {price2} per malam. Informasi: {web}. Perjalanan ini"
            " terlaksana atas undangan {board}.",
        ),
        ("Garuda Indonesia", "Singapore Airlines", "Qatar Airways"),
        ("Jakarta", "Denpasar", "Surabaya"),
        (
            ("Lisbon", "visitportugal.com", "Visit Portugal"),
            ("Athena", "visitgreece.gr", "Organisasi Pariwisata Nasional Yunani"),
            ("Helsinki", "visitfinland.com", "Visit Finland"),
        ),
        ("Hotel Miramar", "Hotel Aurora", "Casa do Largo"),
        ((11, 29), (900000, 2800000)),
    ),
}


def travel_box(case: Case, rnd: random.Random) -> str:
    """A travel section's practical-information box: getting there, where to stay, who paid for the trip."""
    lang, (templates, airlines, homes, destinations, hotels, (flights, rooms)) = _pick(TRAVEL, case, rnd)
    to, web, board = rnd.choice(destinations)
    return _render(
        rnd.choice(templates),
        airline=rnd.choice(airlines),
        frm=rnd.choice(homes),
        to=to,
        web=web,
        board=board,
        hotel=rnd.choice(hotels),
        price=_num(lang, _rounded(rnd.randint(*flights))),
        price2=_num(lang, _rounded(rnd.randint(*rooms))),
    )


# ---------------------------------------------------------------- a politician's office hours (end)
#: language: (templates, streets, telephone pattern); {name} {city} {street} {h1} {h2} {phone} {party} and the
#: day's parts
OFFICE_HOURS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "en": (
        (
            "{name} MP will hold a constituency surgery on {wd} {d} {mon} from {h1} to {h2} at {city}"
            " Central Library. Appointments must be booked in advance by calling {phone}.",
            "Councillor {name} holds a drop-in surgery on {wd}, {mon} {d}, {h1}-{h2} at {street} Community"
            " Centre, {city}. No appointment needed.",
        ),
        ("St Mary's", "Northgate", "Victoria Road", "Hillside"),
        "01### ######",
    ),
    "de": (
        (
            "Bürgersprechstunde: {name} (MdB) ist am {wd}, {d}. {mon}, von {h1} bis {h2} Uhr im Wahlkreisbüro"
            " {city}, {street}, zu sprechen. Um Anmeldung unter Telefon {phone} wird gebeten.",
            "Sprechstunde: Oberbürgermeister {name} lädt am {wd}, {dd}.{mm}., {h1} bis {h2} Uhr, ins Rathaus"
            " {city} ein. Anmeldung nicht erforderlich.",
        ),
        ("Bahnhofstraße 12", "Marktplatz 3", "Lange Straße 41", "Schillerstraße 7"),
        "0### ######",
    ),
    "fr": (
        (
            "Permanence : {name}, député de la circonscription, tiendra une permanence le {wd} {d} {mon} de"
            " {h1} h à {h2} h à la mairie de {city}. Sur rendez-vous au {phone}.",
        ),
        ("place de la Mairie", "rue de la République"),
        "0# ## ## ## ##",
    ),
    "es": (
        (
            "Atención ciudadana: {name}, concejal de Urbanismo, atenderá a los vecinos el {wd} {d} de {mon},"
            " de {h1}.00 a {h2}.00 horas, en la Junta Municipal de {city}. Cita previa en el {phone}.",
        ),
        ("calle Mayor", "plaza de España"),
        "9## ### ###",
    ),
    "it": (
        (
            "Ricevimento del pubblico: {name}, assessore ai Lavori pubblici, riceve su appuntamento {wd} {d}"
            " {mon} dalle {h1} alle {h2} in Comune a {city}. Prenotazioni al numero {phone}.",
        ),
        ("via Roma", "piazza Garibaldi"),
        "0## ### ####",
    ),
    "pt": (
        (
            "Gabinete de atendimento: {name} recebe os munícipes na {wd}, dia {d} de {mon}, das {h1}h às"
            " {h2}h, na Junta de Freguesia de {city}. Marcações pelo {phone}.",
        ),
        ("Rua Direita", "Praça da República"),
        "2## ### ###",
    ),
    "nl": (
        (
            "Spreekuur: {name}, wethouder van {city}, houdt op {wd} {d} {mon} van {h1}.00 tot {h2}.00 uur"
            " inloopspreekuur in het stadhuis. Aanmelden is niet nodig.",
        ),
        ("Markt", "Stationsweg"),
        "0##-#######",
    ),
    "sv": (
        (
            "Träffa politikerna: {name} ({party}), kommunalråd i {city}, har öppen mottagning {wd} {d} {mon}"
            " kl. {h1}–{h2} i stadshuset. Ingen föranmälan.",
        ),
        ("Storgatan", "Drottninggatan"),
        "0##-### ## ##",
    ),
    "da": (
        (
            "Træffetid: Borgmester {name} holder åben træffetid {wd} {d}. {mon} kl. {h1}–{h2} på rådhuset i"
            " {city}. Tilmelding på tlf. {phone}.",
        ),
        ("Torvet", "Søndergade"),
        "## ## ## ##",
    ),
    "nb": (
        (
            "Åpen kontortid: Ordfører {name} i {city} har åpen kontortid {wd} {d}. {mon} kl. {h1}–{h2} på"
            " rådhuset. Ingen påmelding.",
        ),
        ("Torget", "Storgata"),
        "## ## ## ##",
    ),
    "fi": (
        (
            "Vastaanotto: kansanedustaja {name} on tavattavissa {d}.{m}. klo {h1}–{h2} kaupungintalolla,"
            " {city}. Ajanvaraus p. {phone}.",
        ),
        ("Kauppakatu", "Asemakatu"),
        "0## ### ####",
    ),
    "pl": (
        (
            "Dyżur poselski: {name}, poseł na Sejm RP, przyjmuje mieszkańców {d} {mon} w godz. {h1}–{h2} w"
            " biurze poselskim (ul. {street}, {city}). Zapisy pod nr tel. {phone}.",
        ),
        ("Piłsudskiego 14", "Mickiewicza 3", "Rynek 8"),
        "## ### ## ##",
    ),
    "cs": (
        (
            "Poslanecká kancelář: {name} přijímá občany {d}. {m}. od {h1} do {h2} hodin v kanceláři na adrese"
            " {street}, {city}. Objednání na tel. {phone}.",
        ),
        ("Masarykovo náměstí 5", "Husova 12"),
        "### ### ###",
    ),
    "tr": (
        (
            "Halk günü: {city} Belediye Başkanı {name}, {d} {mon} {wd} günü saat {h1}.00-{h2}.00 arasında"
            " vatandaşları makamında kabul edecek.",
        ),
        ("Cumhuriyet Caddesi",),
        "0### ### ## ##",
    ),
    "ru": (
        (
            "Приём граждан: депутат {name} проведёт приём {d} {mon} с {h1}:00 до {h2}:00 в общественной"
            " приёмной по адресу: {city}, ул. {street}. Запись по телефону {phone}.",
        ),
        ("Ленина, 12", "Советская, 45", "Мира, 7"),
        "+7 (###) ###-##-##",
    ),
    "uk": (
        (
            "Особистий прийом громадян: народний депутат {name} проводитиме прийом {d} {mon} з {h1}:00 до"
            " {h2}:00 у громадській приймальні ({city}, вул. {street}). Попередній запис за телефоном"
            " {phone}.",
        ),
        ("Соборна, 10", "Шевченка, 21"),
        "(0##) ###-##-##",
    ),
    "ja": (
        (
            "市長と話そう：{name}市長の市民相談会は{m}月{d}日（{wd}）{h1}時～{h2}時、{city}市役所で。予約不要"
            "。",
        ),
        ("本町",),
        "0##-###-####",
    ),
    "ko": (
        (
            "구청장과의 대화: {name} 구청장이 {m}월 {d}일({wd}) {h1}시부터 {h2}시까지 구청 1층 민원실에서"
            " 주민 의견을 듣는다. 문의 {phone}",
        ),
        ("중앙로",),
        "02-####-####",
    ),
    "id": (
        (
            "Reses: anggota DPRD {name} menggelar reses di Balai Warga {city} pada {wd}, {d} {mon} {y} pukul"
            " {h1}.00–{h2}.00 WIB.",
        ),
        ("Jalan Merdeka",),
        "(0##) ######",
    ),
}
_PARTIES_SV = ("S", "M", "C", "L", "KD", "V", "MP", "SD")


def office_hours(case: Case, rnd: random.Random) -> str:
    """A politician's office-hours notice: who receives the public where, on which day, at which hours."""
    lang, (templates, streets, phone) = _pick(OFFICE_HOURS, case, rnd)
    day = _the_day(case, rnd, (2, 16))
    if day.weekday() >= 5:  # office hours are held on a weekday
        day += timedelta(days=7 - day.weekday())
    h1 = rnd.randint(9, 11) if lang == "en" else rnd.randint(9, 16)
    h2 = h1 + rnd.randint(2, 3)
    return _render(
        rnd.choice(templates),
        name=_person(lang, rnd),
        city=rnd.choice(CITIES.get(lang, CITIES["en"])),
        street=rnd.choice(streets),
        h1=f"{h1}am" if lang == "en" else h1,
        h2=f"{h2 % 12 or 12}{'am' if h2 < 12 else 'pm'}" if lang == "en" else h2,
        phone=_digits(rnd, phone),
        party=rnd.choice(_PARTIES_SV),
        **_parts(lang, day),
    )


# ---------------------------------------------------------------- defects in other fields
_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe", "đ": "d"}
)


def _stripped(text: str) -> str:
    """``text`` with the diacritics of its Latin letters dropped (what an ASCII-only export keeps)."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text.translate(_FOLD)):
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def ascii_title(case: Case, rnd: random.Random) -> Case | None:
    """The title with its diacritics stripped, as an ASCII-only feed or an old export hands it on."""
    title = str(case.record.get("title") or "")
    stripped = _stripped(title)
    return _with(case, title=stripped) if title and stripped != title else None


def utc_cut_date(case: Case, rnd: random.Random) -> Case | None:
    """The page's local date and time turned into UTC and cut to the UTC day: a day early on a page east of
    Greenwich published in the first hours of the day, a day late on a page west of it published in the
    evening; with or without the UTC time, its zone dropped."""
    day = _record_day(case)
    if day is None:
        return None
    if rnd.random() < 0.7:
        offset = rnd.choice((1, 2, 3, 5, 8, 9))
        hour = rnd.randrange(offset) + 24 - offset
        moved = day - timedelta(days=1)
    else:
        offset = rnd.choice((4, 5, 6, 7, 8))
        hour = rnd.randrange(24 - offset, 24) + offset - 24
        moved = day + timedelta(days=1)
    stamp = f"{moved.isoformat()}T{hour:02d}:{rnd.randrange(60):02d}:{rnd.randrange(60):02d}"
    return _with(case, published=rnd.choice((moved.isoformat(), stamp)))


#: language: the pronouns an author profile prints after the name
PRONOUNS = {
    "en": (
        "(she/her)",
        "(he/him)",
        "(they/them)",
        "(she/they)",
        ", she/her",
        " | he/him",
        " – they/them",
        " (he/they)",
    ),
    "de": ("(sie/ihr)", "(er/ihm)", "(they/them)", "(keine Pronomen)", "(sie/she)"),
    "sv": ("(hen)", "(hon/henne)", "(han/honom)", "(hen/hen)"),
    "nl": ("(zij/haar)", "(hij/hem)", "(hen/die)"),
    "fr": ("(elle)", "(il)", "(iel)", "(elle/she)"),
    "es": ("(ella)", "(él)", "(elle)"),
    "pt": ("(ela/dela)", "(ele/dele)", "(elu/delu)"),
    "da": ("(hun/hende)", "(han/ham)", "(de/dem)"),
    "nb": ("(hun/henne)", "(han/ham)", "(hen)"),
    "it": ("(lei)", "(lui)"),
}


def pronoun_author(case: Case, rnd: random.Random) -> Case | None:
    """The author's pronouns kept with the name as the author entry, as an author profile or a social bio
    prints them."""
    lang = guess_language(case)
    if lang not in PRONOUNS or (lang != "en" and rnd.random() < 0.25):
        lang = "en" if rnd.random() < 0.6 else rnd.choice(sorted(PRONOUNS))
    pronoun = rnd.choice(PRONOUNS[lang])
    name = _person(lang, rnd)
    return _with(case, authors=[name + pronoun if pronoun[0] in ", " else f"{name} {pronoun}"])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return record_only(placed(once_for(make), where))

    lines: dict[str, Defect] = {
        "fact-check verdict box (start)": line(fact_check, "start"),
        "content note or trigger warning (start)": line(content_note, "start"),
        "bathing-water quality box (start)": line(bathing_water, "start"),
        "parliament's roll-call vote tally (middle)": line(roll_call, "middle"),
        "poll's methodology note (middle)": line(poll_note, "middle"),
        "reviewed book's or game's data line (middle)": line(work_data, "middle"),
        "author's disclosure statement (end)": line(disclosure, "end"),
        "travel section's practical-information box (end)": line(travel_box, "end"),
        "politician's office-hours notice (end)": line(office_hours, "end"),
    }
    fields: Kinds = {
        "the title with its diacritics stripped": (record_only(ascii_title), TITLE_CHECKS),
        "the local date cut to its UTC day, a day early or late": (record_only(utc_cut_date), DATE_CHECKS),
        "the author's pronouns kept with the name as the author entry": (
            record_only(pronoun_author),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-fourth set)",
        "twenty-fourth blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
