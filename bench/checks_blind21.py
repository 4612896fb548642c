"""A twenty-first blind set for issue 9, written by a helper in session 22 whose lines the lead did not see,
committed unread and run once on the code of ``886209a``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a bar, box, widget or piece of page furniture of a real news template, with
  its variable parts (people's names and the misspellings a correction owns up to, the wrong and the right
  figure, car parks and their free spaces, school-holiday regions, terms and weeks, regions and towns under
  an air-raid or rocket alert with its times and seconds to shelter, hospitals with their emergency-room
  occupancy, waits and patients on trolleys, league tables' clubs, games and points, the record's own
  headline words in an AI assistant's suggested questions, the record's own site, date and headline in the
  print edition's credit with its page, section and issue, foundations, their programmes and years, lost
  property, streets, towns, file numbers and telephone numbers) drawn per record so that no two records
  share a line: at the start a correction box ("Correction: An earlier version of this article ..."),
  a car-park occupancy widget ("Parkleitsystem Ulm: Parkhaus Altstadt 112 frei ..."), a school-holiday
  calendar ("Schulferien Hessen 2024: Herbstferien vom ...") and an air-raid or rocket-alert bar
  ("Повітряна тривога: ...", "צבע אדום ..."); in the middle an emergency-room waiting board ("Urgences en
  temps réel ..."), a league table ("Stand Eredivisie: 1 AZ 28-67 ...") and an AI assistant's prompt with
  its suggested questions ("Ask our AI assistant about this story ..."); and at the end the print edition's
  credit ("A version of this article appears in print on ..."), a note of the grant that funded the
  reporting ("This story was produced with support from ...") and a local paper's lost-and-found list
  ("Fundsachen: ..."), in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish,
  Norwegian, Finnish, Polish, Czech, Hungarian, Romanian, Turkish, Indonesian, Vietnamese, Russian,
  Ukrainian, Greek, Hebrew, Arabic, Persian, Hindi, Bengali, Thai, Chinese, Japanese and Korean: in the
  record's own language where :func:`blind_run.guess_language` reads one other than English and the kind
  has it, and otherwise drawn (English one time in three on a record read as English);
* defects in other fields: the subscriber-only badge run into the title ("Z+ (abopflichtiger Inhalt);
  ...", "Article réservé aux abonnés ...", "...（有料会員限定）"), the moment the site's CMS was migrated
  (one timestamp per site, months after the articles came out) as the date, and the author's name with
  the e-mail address the byline block prints beside it as the author entry ("Jan Vogt, E-Mail:
  jan.vogt@...").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind21.py --corpus ../shared/corpus
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
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
from checks_blind17 import _date_kw, _day, _digits, _site_names
from checks_defects import Case, Defect, _with, record_only

_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


# ---------------------------------------------------------------- drawing helpers
def _lang(case: Case, rnd: random.Random, table: Mapping[str, Any]) -> str:
    """The record's own language where it is read as one other than English and ``table`` has it; else
    English one time in three on an English record, else a language of ``table`` drawn."""
    guess = guess_language(case)
    if guess != "en" and guess in table:
        return guess
    if guess == "en" and "en" in table and rnd.random() < 1 / 3:
        return "en"
    return rnd.choice(sorted(table))


def _fold(text: str) -> str:
    """``text`` lower-cased with its accents dropped and anything but letters and digits gone."""
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ø", "o").replace("ß", "ss"))
    return "".join(c for c in folded if c.isascii() and c.isalnum()).lower()


def _misspelt(name: str, rnd: random.Random) -> str:
    """``name`` with two neighbouring letters inside it swapped (the misspelling a correction owns up to)."""
    inner = [i for i in range(1, len(name) - 2) if name[i].isalpha() and name[i + 1].isalpha()]
    if not inner:
        return name + name[-1]
    i = rnd.choice(inner)
    swapped = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return swapped if swapped != name else name[:i] + name[i + 2 :]


def _record_day(case: Case) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(case.record.get("published") or ""))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _fill(template: str, **parts: Any) -> str:
    return template.format(**parts)


PEOPLE = {  # language: (first names, last names)
    "en": (
        ("Laura", "James", "Priya", "Owen", "Megan", "Daniel", "Tessa"),
        ("Whitaker", "Okafor", "Brennan", "Castillo", "Hughes", "Lindgren", "Abbott"),
    ),
    "de": (
        ("Sabine", "Thomas", "Jana", "Markus", "Heike", "Tobias", "Anja"),
        ("Brandt", "Kühnel", "Vogt", "Albrecht", "Seidel", "Lorenz", "Pfeiffer"),
    ),
    "fr": (
        ("Claire", "Mathieu", "Élodie", "Julien", "Sandrine", "Yannick"),
        ("Lambert", "Marchand", "Bertin", "Gauthier", "Delacroix", "Perrault"),
    ),
    "es": (
        ("Marta", "Sergio", "Nuria", "Raúl", "Pilar", "Andrés"),
        ("Romero", "Delgado", "Vidal", "Serrano", "Iglesias", "Carrasco"),
    ),
    "it": (
        ("Silvia", "Marco", "Federica", "Paolo", "Valentina", "Luca"),
        ("Mancini", "Barbieri", "Lombardi", "Santoro", "Fontana", "Caruso"),
    ),
    "pt": (
        ("Beatriz", "Gustavo", "Larissa", "Felipe", "Renata", "Bruno"),
        ("Almeida", "Barbosa", "Teixeira", "Cardoso", "Monteiro", "Fonseca"),
    ),
    "nl": (
        ("Sanne", "Bram", "Femke", "Joost", "Lotte", "Ruben"),
        ("Bakker", "Visser", "Mulder", "Dekker", "Hendriks", "Brouwer"),
    ),
    "sv": (
        ("Elin", "Anders", "Frida", "Magnus", "Sofia", "Oskar"),
        ("Lundberg", "Ekström", "Nyberg", "Wallin", "Forsberg", "Sandberg"),
    ),
    "pl": (
        ("Katarzyna", "Tomasz", "Monika", "Marcin", "Ewa", "Grzegorz"),
        ("Kowalczyk", "Lewandowski", "Mazur", "Krawczyk", "Sikora", "Pawlak"),
    ),
    "ru": (
        ("Елена", "Алексей", "Марина", "Павел", "Ирина", "Виктор"),
        ("Морозова", "Новиков", "Васильева", "Фёдоров", "Зайцева", "Белов"),
    ),
    "uk": (
        ("Олена", "Андрій", "Марія", "Дмитро", "Наталія", "Василь"),
        ("Коваленко", "Бойко", "Кравчук", "Савченко", "Лисенко", "Гнатюк"),
    ),
    "tr": (
        ("Selin", "Burak", "Ebru", "Kerem", "Derya", "Onur"),
        ("Aydın", "Öztürk", "Arslan", "Doğan", "Koç", "Kurt"),
    ),
}

CITIES = {
    "en": ("Leicester", "Swindon", "Dayton", "Spokane", "Halifax", "Wollongong", "Norwich", "Tulsa"),
    "de": ("Göttingen", "Heilbronn", "Paderborn", "Ulm", "Würzburg", "Bamberg", "Oldenburg", "Koblenz"),
    "fr": ("Angers", "Besançon", "Nîmes", "Limoges", "Tours", "Poitiers", "Annecy", "Brest"),
    "es": ("Logroño", "Burgos", "Salamanca", "Huesca", "Cáceres", "Lugo", "Jaén", "Gijón"),
    "it": ("Bergamo", "Modena", "Perugia", "Rimini", "Treviso", "Lucca", "Cagliari", "Novara"),
    "pt": ("Braga", "Coimbra", "Aveiro", "Viseu", "Campinas", "Londrina", "Joinville", "Sorocaba"),
    "nl": ("Zwolle", "Leeuwarden", "Breda", "Amersfoort", "Deventer", "Venlo", "Alkmaar", "Gouda"),
    "sv": ("Västerås", "Örebro", "Umeå", "Jönköping", "Växjö", "Gävle", "Luleå", "Karlstad"),
    "da": ("Aalborg", "Esbjerg", "Vejle", "Herning", "Randers", "Kolding"),
    "nb": ("Drammen", "Tromsø", "Ålesund", "Bodø", "Hamar", "Skien"),
    "fi": ("Jyväskylä", "Lahti", "Pori", "Joensuu", "Vaasa", "Kouvola"),
    "pl": ("Rzeszów", "Olsztyn", "Opole", "Kielce", "Toruń", "Białystok", "Lublin", "Gliwice"),
    "cs": ("Olomouc", "Zlín", "Pardubice", "Jihlava", "Liberec", "Kladno"),
    "hu": ("Kecskemét", "Nyíregyháza", "Szombathely", "Eger", "Sopron", "Veszprém"),
    "ro": ("Brașov", "Sibiu", "Oradea", "Craiova", "Galați", "Suceava"),
    "tr": ("Eskişehir", "Kayseri", "Samsun", "Denizli", "Trabzon", "Malatya"),
    "id": ("Bandung", "Surabaya", "Medan", "Makassar", "Yogyakarta", "Semarang"),
    "vi": ("Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Vinh"),
    "ru": ("Казань", "Самара", "Пермь", "Воронеж", "Тверь", "Ярославль", "Калуга"),
    "uk": ("Вінниця", "Полтава", "Житомир", "Черкаси", "Рівне", "Тернопіль"),
    "el": ("Πάτρα", "Λάρισα", "Βόλος", "Ιωάννινα", "Χανιά", "Καβάλα"),
    "he": ("חיפה", "באר שבע", "נתניה", "אשדוד", "רחובות", "טבריה"),
    "ar": ("عمّان", "الإسكندرية", "صفاقس", "الموصل", "مراكش", "طنطا"),
    "fa": ("اصفهان", "شیراز", "تبریز", "مشهد", "رشت", "کرمان"),
    "hi": ("इंदौर", "कानपुर", "नागपुर", "पुणे", "वाराणसी", "रांची"),
    "bn": ("চট্টগ্রাম", "খুলনা", "রাজশাহী", "সিলেট", "বরিশাল", "কুমিল্লা"),
    "th": ("เชียงใหม่", "ขอนแก่น", "หาดใหญ่", "นครราชสีมา", "อุดรธานี", "ภูเก็ต"),
    "ja": ("宇都宮", "金沢", "静岡", "岡山", "熊本", "高松", "盛岡"),
    "ko": ("수원", "청주", "전주", "창원", "포항", "원주"),
    "zh": ("苏州", "合肥", "郑州", "长沙", "厦门", "无锡"),
}


# ---------------------------------------------------------------- a correction box (start)
#: language: templates; {first} {last} {wrong} a name and its misspelling, {n} right, {n2} the wrong figure
CORRECTIONS = {
    "en": (
        "Correction: An earlier version of this article misspelled the surname of {first} {last}. It is"
        " {last},"
        " not {wrong}. (Corrected {mon} {d}, {y})",
        "CORRECTION ({mon} {d}) – A previous version of this story gave the wrong number of jobs affected in"
        " {city}; it is {n}, not {n2}.",
        "This article was amended on {d} {mon} {y} to correct the name of {city}'s deputy mayor, {first}"
        " {last}.",
    ),
    "de": (
        "Korrekturhinweis ({dd}.{mm}.{y}): In einer früheren Fassung dieses Textes hieß es, {n2} Menschen"
        " seien"
        " betroffen. Richtig sind {n}. Wir haben die Stelle korrigiert.",
        "Korrektur: Wir hatten den Namen von {first} {last} zunächst falsch als „{wrong}“ angegeben. Wir"
        " bitten,"
        " den Fehler zu entschuldigen.",
    ),
    "fr": (
        "Rectificatif, le {d} {mon} {y} : une précédente version de cet article indiquait par erreur que"
        " {first}"
        " {last} était adjoint au maire de {city}.",
        "Erratum – Contrairement à ce que nous avons écrit, le montant est de {n} euros et non de {n2}"
        " euros.",
    ),
    "es": (
        "Fe de errores: En una versión anterior de esta información se atribuía a {first} {last} el cargo de"
        " concejal de {city}. Se ha corregido a las {h}:{mi} del {d} de {mon}.",
        "Corrección. La cifra correcta de afectados es {n}, no {n2} como se publicó inicialmente.",
    ),
    "it": (
        "Errata corrige ({dd}/{mm}/{y}) - Nella prima versione dell'articolo il cognome di {first} era"
        " riportato"
        " come «{wrong}» anziché «{last}». Ce ne scusiamo con gli interessati.",
    ),
    "pt": (
        "Correção às {h}h{mi} de {dd}/{mm}: diferentemente do que informava esta reportagem, o valor é de R$"
        " {n}"
        " mil, e não R$ {n2} mil.",
        "Errata: o nome correto é {first} {last}, e não {first} {wrong}, como publicado anteriormente.",
    ),
    "nl": (
        "Rectificatie {d} {mon}: in een eerdere versie van dit artikel stond dat {first} {last} wethouder is"
        " in"
        " {city}. Dat klopt niet.",
        "Correctie — Het juiste aantal is {n} en niet {n2}, zoals eerder vermeld.",
    ),
    "sv": (
        "Rättelse {d} {mon} {y}: I en tidigare version av artikeln angavs felaktigt att {n2} personer berörs."
        " Rätt siffra är {n}.",
    ),
    "pl": (
        "Sprostowanie: w pierwotnej wersji tekstu błędnie podaliśmy nazwisko {first} {wrong}. Poprawna"
        " pisownia"
        " to {last}. Za pomyłkę przepraszamy. ({dd}.{mm}.{y})",
    ),
    "ru": (
        "Исправлено {dd}.{mm}.{y}: в первоначальной версии материала неверно указано число пострадавших —"
        " {n2}"
        " вместо {n}.",
        "Уточнение от {d} {mon}: фамилия героини материала — {last}, а не {wrong}. Приносим извинения.",
    ),
    "uk": (
        "Виправлення ({dd}.{mm}.{y}, {h}:{mi}): у попередній версії тексту помилково вказано, що {first}"
        " {last}"
        " очолює управління освіти.",
    ),
    "el": (
        "Διόρθωση {d} {mon}: Σε προηγούμενη εκδοχή του κειμένου αναφέρθηκε λανθασμένα ο αριθμός {n2} αντί του"
        " σωστού {n}.",
    ),
    "he": (
        "תיקון: בגרסה קודמת של הכתבה נכתב בטעות כי מספר הנפגעים הוא {n2}. המספר הנכון הוא {n}. ({d}.{m}.{y})",
    ),
    "ar": (
        "تصحيح ({dd}/{mm}/{y}): ورد في نسخة سابقة من هذا المقال خطأً أن عدد المتضررين {n2}، والصحيح {n}."
        " نعتذر عن الخطأ.",
    ),
    "tr": (
        "Düzeltme ({dd}.{mm}.{y}): Haberin ilk halinde etkilenen kişi sayısı {n2} olarak yanlış verilmişti;"
        " doğrusu {n}.",
    ),
    "ja": (
        "【訂正】{m}月{d}日配信の記事で、対象者数を「{n2}人」としたのは「{n}人」の誤りでした。訂正しておわびします。",
    ),
    "ko": ("[정정] {m}월 {d}일자 기사에서 피해 인원을 {n2}명으로 잘못 표기해 {n}명으로 바로잡습니다.",),
    "zh": ("更正：本文{m}月{d}日发布的版本中，受影响人数误写为{n2}人，应为{n}人，特此更正并致歉。",),
    "vi": (
        "Đính chính: Phiên bản trước của bài viết ghi nhầm số người bị ảnh hưởng là {n2}, con số đúng là"
        " {n}. ({dd}/{mm}/{y})",
    ),
    "id": (
        "Koreksi: Artikel ini diperbarui pada {dd}/{mm}/{y} pukul {h}.{mi} WIB. Sebelumnya tertulis {n2}"
        " orang, yang benar {n} orang.",
    ),
}


def correction_box(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, CORRECTIONS)
    firsts, lasts = PEOPLE.get(lang, PEOPLE["en"])
    last = rnd.choice(lasts)
    n = rnd.randint(12, 4800)
    n2 = n + rnd.choice((-1, 1)) * rnd.randint(1, max(2, n // 3))
    day = _record_day(case) or _day(rnd, date(2018, 1, 1), 2000)
    day += timedelta(days=rnd.randint(0, 3))
    return _fill(
        rnd.choice(CORRECTIONS[lang]),
        first=rnd.choice(firsts),
        last=last,
        wrong=_misspelt(last, rnd),
        n=n,
        n2=n2,
        city=rnd.choice(CITIES.get(lang, CITIES["en"])),
        h=rnd.randint(7, 22),
        mi=f"{rnd.randrange(60):02d}",
        **_date_kw(lang, day),
    )


# ---------------------------------------------------------------- a car-park occupancy widget (start)
PARKING = {  # language: (templates, car parks, what a full one shows)
    "en": (
        (
            "Car parks in {city} right now: {p1} {n1} spaces; {p2} {n2} spaces; {p3} {full}. Updated"
            " {h}:{mi}",
            "PARKING {city} / {p1}: {n1} free / {p2}: {n2} free / {p3}: {full}",
        ),
        (
            "Castle Street multi-storey",
            "Bus Station",
            "Riverside",
            "Market Place",
            "Westgate",
            "Hospital car park",
        ),
        ("FULL", "Closed"),
    ),
    "de": (
        (
            "Parkleitsystem {city}: {p1} {n1} frei, {p2} {n2} frei, {p3} {full} (Stand {h}:{mi} Uhr)",
            "Freie Parkplätze in {city} – {p1}: {n1} / {p2}: {n2} / {p3}: {full}",
        ),
        (
            "Parkhaus Altstadt",
            "Tiefgarage Rathaus",
            "P+R Nord",
            "Parkhaus am Bahnhof",
            "Theaterparkhaus",
            "Parkplatz Messe",
        ),
        ("besetzt", "geschlossen", "belegt"),
    ),
    "nl": (
        ("Vrije parkeerplaatsen in {city} — {p1}: {n1}, {p2}: {n2}, {p3}: {full}. Bijgewerkt om {h}:{mi}",),
        ("Parkeergarage Centrum", "P+R Station", "Garage Stadhuis", "Parkeerterrein Kade", "Garage Veemarkt"),
        ("VOL", "gesloten"),
    ),
    "fr": (
        (
            "Parkings de {city} en temps réel : {p1} – {n1} places libres / {p2} – {n2} places / {p3} –"
            " {full}",
        ),
        (
            "Parking Gare",
            "Parking Hôtel de Ville",
            "Parking des Halles",
            "Parc relais Nord",
            "Parking Cathédrale",
        ),
        ("complet", "fermé"),
    ),
    "it": (
        ("Parcheggi liberi a {city} (ore {h}:{mi}): {p1} {n1} posti, {p2} {n2} posti, {p3} {full}",),
        ("Parcheggio Stazione", "Garage Duomo", "Parcheggio Ospedale", "Park Mercato", "Multipiano Centro"),
        ("esaurito", "chiuso"),
    ),
    "es": (
        ("Plazas libres en los aparcamientos de {city}: {p1} ({n1}) {p2} ({n2}) {p3} ({full})",),
        ("Parking Plaza Mayor", "Aparcamiento Estación", "Parking Mercado Central", "Parking Hospital"),
        ("completo", "cerrado"),
    ),
    "sv": (
        ("Lediga p-platser i {city} kl {h}.{mi}  {p1} {n1}  {p2} {n2}  {p3} {full}",),
        ("P-hus Gallerian", "Stationsparken", "P-hus Oxen", "Sjukhuset", "Resecentrum"),
        ("fullt", "stängt"),
    ),
    "da": (
        ("Ledige P-pladser i {city}: {p1} {n1} – {p2} {n2} – {p3} {full}",),
        ("P-hus Salling", "Banegården", "P-kælder Torvet", "Musikhuset"),
        ("optaget", "lukket"),
    ),
    "pl": (
        (
            "Wolne miejsca parkingowe ({city}): {p1} – {n1}; {p2} – {n2}; {p3} – {full}. Aktualizacja:"
            " {h}:{mi}",
        ),
        ("Parking Galeria", "Parking Dworzec PKP", "Parking Ratusz", "Park&Ride Północ"),
        ("brak miejsc", "zamknięty"),
    ),
    "cs": (
        ("Volná parkovací místa – {city}, {h}:{mi}: {p1} {n1} • {p2} {n2} • {p3} {full}",),
        ("Parkovací dům Centrum", "P+R Nádraží", "Parkoviště Náměstí", "Garáže Radnice"),
        ("obsazeno", "zavřeno"),
    ),
    "hu": (
        ("Szabad parkolóhelyek, {city} ({h}:{mi}): {p1} {n1} hely; {p2} {n2} hely; {p3} {full}",),
        ("Belvárosi mélygarázs", "Vasútállomás", "Piac tér", "Kórház"),
        ("megtelt", "zárva"),
    ),
    "tr": (
        ("{city} otopark doluluk durumu — {p1}: {n1} boş yer, {p2}: {n2} boş yer, {p3}: {full}",),
        ("Katlı Otopark Merkez", "Belediye Otoparkı", "Çarşı Otoparkı", "Otogar Otoparkı"),
        ("DOLU", "kapalı"),
    ),
    "ja": (
        ("{city}駐車場満空情報（{h}時{mi}分現在）　{p1}：空{n1}台　{p2}：空{n2}台　{p3}：{full}",),
        ("駅前第1駐車場", "市役所駐車場", "中央立体駐車場", "城址公園駐車場"),
        ("満", "閉鎖中"),
    ),
    "ko": (
        ("{city} 주차장 실시간 현황 ({h}:{mi}) - {p1} 잔여 {n1}면 / {p2} 잔여 {n2}면 / {p3} {full}",),
        ("시청 공영주차장", "역전 공영주차장", "중앙시장 주차장", "종합운동장 주차장"),
        ("만차", "운영 종료"),
    ),
    "zh": (
        ("{city}停车场实时车位：{p1}剩余{n1}个；{p2}剩余{n2}个；{p3}{full}（更新于{h}:{mi}）",),
        ("火车站停车场", "万达广场地下停车场", "市民中心停车场", "人民医院停车场"),
        ("已满", "暂停开放"),
    ),
}


def parking_widget(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, PARKING)
    templates, parks, fulls = PARKING[lang]
    p1, p2, p3 = rnd.sample(parks, 3)
    return _fill(
        rnd.choice(templates),
        city=rnd.choice(CITIES[lang]),
        p1=p1,
        p2=p2,
        p3=p3,
        n1=rnd.randint(0, 640),
        n2=rnd.randint(0, 420),
        full=rnd.choice(fulls),
        h=rnd.randint(6, 23),
        mi=f"{rnd.randrange(60):02d}",
    )


# ---------------------------------------------------------------- a school-holiday calendar (start)
Term = tuple[str, int, int]  # the holiday's name, its month, its length in days
HOLIDAYS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[Term, ...]]] = {
    "de": (
        (
            "Schulferien {region} {y}: {hol} vom {dd}.{mm}. bis {dd2}.{mm2}.{y2}",
            "Ferienkalender – {region}: {hol} {dd}.{mm}.–{dd2}.{mm2}. | alle Ferientermine {y}",
        ),
        (
            "Niedersachsen",
            "Bayern",
            "Hessen",
            "Sachsen",
            "Nordrhein-Westfalen",
            "Baden-Württemberg",
            "Thüringen",
        ),
        (
            ("Osterferien", 3, 14),
            ("Pfingstferien", 5, 10),
            ("Sommerferien", 7, 44),
            ("Herbstferien", 10, 12),
            ("Weihnachtsferien", 12, 14),
        ),
    ),
    "fr": (
        (
            "Vacances scolaires {y}, zone {region} : {hol} du {wd} {d} {mon} au {wd2} {d2} {mon2}",
            "Prochaines vacances ({region}) : {hol}, du {dd}/{mm} au {dd2}/{mm2}",
        ),
        ("A", "B", "C", "Corse"),
        (
            ("vacances de la Toussaint", 10, 16),
            ("vacances de Noël", 12, 16),
            ("vacances d'hiver", 2, 16),
            ("vacances de printemps", 4, 16),
        ),
    ),
    "nl": (
        ("Schoolvakanties {y}: {hol} regio {region}, {d} {mon} t/m {d2} {mon2}",),
        ("Noord", "Midden", "Zuid"),
        (
            ("herfstvakantie", 10, 9),
            ("kerstvakantie", 12, 16),
            ("voorjaarsvakantie", 2, 9),
            ("meivakantie", 4, 9),
            ("zomervakantie", 7, 44),
        ),
    ),
    "en": (
        (
            "School term dates, {region}: {hol} {wd} {d} {mon} – {wd2} {d2} {mon2} {y}. INSET days may vary"
            " by school.",
            "Next school holiday in {region} >> {hol}: {d} {mon} to {d2} {mon2}",
        ),
        ("Kent", "Leeds", "Surrey", "Cardiff", "Manchester", "Glasgow", "Norfolk"),
        (
            ("October half term", 10, 9),
            ("Christmas holidays", 12, 16),
            ("February half term", 2, 9),
            ("Easter holidays", 4, 16),
            ("summer holidays", 7, 42),
        ),
    ),
    "pl": (
        (
            "{hol} {y} – województwo {region}: od {d} {mon} do {d2} {mon2}",
            "{hol} ({region}) {dd}.{mm}–{dd2}.{mm2}.{y2}",
        ),
        ("małopolskie", "mazowieckie", "śląskie", "pomorskie", "lubelskie", "podkarpackie", "wielkopolskie"),
        (("Ferie zimowe", 1, 14), ("Ferie zimowe", 2, 14), ("Zimowa przerwa świąteczna", 12, 9)),
    ),
    "cs": (
        ("{hol} {y} – {region}: {dd}. {mm}. až {dd2}. {mm2}.",),
        ("Praha 1 až 5", "okres Brno-město", "okres Kladno", "okres Olomouc", "okres Liberec"),
        (
            ("Jarní prázdniny", 2, 7),
            ("Podzimní prázdniny", 10, 3),
            ("Velikonoční prázdniny", 3, 4),
            ("Hlavní prázdniny", 7, 61),
        ),
    ),
    "sv": (
        ("{hol} i {region} {y}: vecka {wk} ({dd}/{mm}–{dd2}/{mm2})",),
        ("Stockholms län", "Skåne", "Västra Götaland", "Uppsala län", "Norrbotten"),
        (("Sportlov", 2, 7), ("Påsklov", 4, 7), ("Höstlov", 10, 7), ("Jullov", 12, 20)),
    ),
    "it": (
        ("Calendario scolastico {region} {y}/{y1}: {hol} dal {d} {mon} al {d2} {mon2}",),
        ("Lombardia", "Veneto", "Lazio", "Campania", "Sicilia", "Toscana"),
        (("vacanze di Natale", 12, 16), ("vacanze di Pasqua", 4, 6), ("ponte dei Morti", 11, 3)),
    ),
    "es": (
        ("Calendario escolar {y}-{y1} en {region}: {hol} del {d} de {mon} al {d2} de {mon2}",),
        ("la Comunidad de Madrid", "Andalucía", "Castilla y León", "Galicia", "Aragón"),
        (("vacaciones de Navidad", 12, 16), ("Semana Santa", 4, 9), ("semana blanca", 2, 5)),
    ),
    "pt": (
        ("Calendário escolar {y}/{y1} ({region}) – {hol}: de {d} de {mon} a {d2} de {mon2}",),
        ("rede estadual de São Paulo", "Minas Gerais", "Paraná", "ensino público em Portugal"),
        (
            ("férias de Natal", 12, 16),
            ("Carnaval", 2, 3),
            ("férias da Páscoa", 3, 14),
            ("recesso de julho", 7, 14),
        ),
    ),
    "hu": (
        ("Iskolai szünetek {y}: {hol} – {mon} {d}. és {mon2} {d2}. között",),
        ("",),
        (("őszi szünet", 10, 9), ("téli szünet", 12, 14), ("tavaszi szünet", 3, 8)),
    ),
    "ro": (
        ("Vacanțele școlare {y}: {hol} în județul {region}, între {dd}.{mm} și {dd2}.{mm2}",),
        ("Cluj", "Iași", "Timiș", "Constanța", "Brașov"),
        (("vacanța de schi", 2, 7), ("vacanța de primăvară", 4, 9), ("vacanța de iarnă", 12, 16)),
    ),
    "tr": (
        ("{y}-{y1} okul tatili: {hol} {d} {mon} – {d2} {mon2} tarihleri arasında",),
        ("",),
        (("ara tatil", 11, 5), ("yarıyıl tatili", 1, 14), ("yaz tatili", 6, 80)),
    ),
    "ru": (
        ("Школьные каникулы ({region}): {hol} — с {d} {mon} по {d2} {mon2} {y2} года",),
        ("Москва", "Санкт-Петербург", "Татарстан", "Новосибирская область"),
        (("осенние каникулы", 10, 9), ("зимние каникулы", 12, 11), ("весенние каникулы", 3, 9)),
    ),
    "ja": (
        ("{region}の公立小中学校　{hol}：{m}月{d}日（{wd}）～{m2}月{d2}日（{wd2}）",),
        ("東京都", "大阪府", "北海道", "福岡県", "愛知県"),
        (("夏休み", 7, 40), ("冬休み", 12, 14), ("春休み", 3, 14)),
    ),
    "ko": (
        ("{y}학년도 {region} 초·중·고 {hol}: {m}월 {d}일~{m2}월 {d2}일",),
        ("서울", "경기", "부산", "대구", "인천"),
        (("여름방학", 7, 30), ("겨울방학", 12, 45)),
    ),
    "da": (
        ("Skoleferie {y} – {region} Kommune: {hol} uge {wk}",),
        ("Aarhus", "Odense", "Aalborg", "Vejle", "Roskilde"),
        (("efterårsferie", 10, 9), ("vinterferie", 2, 9), ("påskeferie", 3, 9)),
    ),
    "nb": (
        ("Skoleruta {y}–{y1} ({region}): {hol} uke {wk}",),
        ("Oslo", "Bergen", "Trondheim", "Stavanger", "Kristiansand"),
        (("høstferie", 10, 5), ("vinterferie", 2, 5)),
    ),
}


def school_holidays(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, HOLIDAYS)
    templates, regions, terms = HOLIDAYS[lang]
    name, month, length = rnd.choice(terms)
    start = date(rnd.randint(2019, 2025), month, rnd.randint(1, 20))
    end = start + timedelta(days=length + rnd.randint(-1, 2))
    return _fill(
        rnd.choice(templates),
        region=rnd.choice(regions),
        hol=name,
        y1=start.year + 1,
        wk=start.isocalendar()[1],
        **_date_kw(lang, start),
        **{f"{k}2": v for k, v in _date_kw(lang, end).items()},
    )


# ---------------------------------------------------------------- an air-raid or rocket-alert bar (start)
ALERTS = {  # language: (templates, regions or towns)
    "uk": (
        (
            "Повітряна тривога: {r} область, {h}:{mi}. Усі в укриття!",
            "Відбій повітряної тривоги ({r} обл.) о {h}:{mi}. Тривога тривала {dur} хв",
            "Мапа тривог / {r} — тривога з {h}:{mi} / {r2} — відбій",
        ),
        (
            "Київська",
            "Харківська",
            "Одеська",
            "Дніпропетровська",
            "Сумська",
            "Запорізька",
            "Миколаївська",
            "Чернігівська",
            "Полтавська",
        ),
    ),
    "ru": (
        ("Воздушная тревога: {r} область ({h}:{mi}). Отбой – в {h2}:{mi2}", "{r} обл. — тревога с {h}:{mi}"),
        ("Киевская", "Харьковская", "Одесская", "Днепропетровская", "Сумская", "Запорожская", "Николаевская"),
    ),
    "he": (
        ("צבע אדום ב{r} · {h}:{mi} · זמן התגוננות {sec} שניות", "התרעות פיקוד העורף: {r}, {r2} ({h}:{mi})"),
        ("שדרות", "אשקלון", "קריית שמונה", "נתיבות", "אופקים", "מטולה", "נהריה", "באר שבע"),
    ),
    "ar": (
        ("تنبيهات الجبهة الداخلية: {r} – الساعة {h}:{mi} – مدة الاحتماء {sec} ثانية",),
        ("سديروت", "عسقلان", "كريات شمونة", "نهاريا", "بئر السبع", "نتيفوت"),
    ),
    "en": (
        (
            "Red alert: rocket sirens in {r} at {h}:{mi} ({sec} seconds to reach shelter)",
            "Air raid alert in {r2} Oblast since {h}:{mi} – live map",
            "All clear in {r2} region at {h}:{mi}; the alert lasted {dur} min.",
        ),
        ("Sderot", "Ashkelon", "Kiryat Shmona", "Nahariya", "Netivot", "Metula"),
    ),
}
_OBLASTS_EN = ("Kyiv", "Kharkiv", "Odesa", "Sumy", "Zaporizhzhia", "Dnipropetrovsk", "Chernihiv", "Mykolaiv")


def alert_bar(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, ALERTS)
    templates, regions = ALERTS[lang]
    r, r2 = rnd.sample(regions, 2)
    h, mi = rnd.randrange(24), rnd.randrange(60)
    dur = rnd.randint(6, 260)
    end = (h * 60 + mi + dur) % 1440
    return _fill(
        rnd.choice(templates),
        r=r,
        r2=rnd.choice(_OBLASTS_EN) if lang == "en" else r2,
        h=f"{h:02d}",
        mi=f"{mi:02d}",
        h2=f"{end // 60:02d}",
        mi2=f"{end % 60:02d}",
        dur=dur,
        sec=rnd.choice((15, 30, 45, 60, 90)),
    )


# ---------------------------------------------------------------- an emergency-room waiting board (middle)
ER = {  # language: (templates, hospitals)
    "fr": (
        (
            "Urgences en temps réel ({h}h{mi}) : {a} – taux d'occupation {pct} % ; {b} – {pct2} % ; attente"
            " moyenne"
            " {wh} h {wm}",
        ),
        (
            "Hôpital Maisonneuve-Rosemont",
            "CHUL",
            "Hôpital de Chicoutimi",
            "Hôpital Pierre-Le Gardeur",
            "Hôpital de Saint-Jérôme",
            "Hôpital Charles-LeMoyne",
        ),
    ),
    "en": (
        (
            "ER wait times (updated {h12}:{mi} {ampm}): {a} – {wh} hr {wm} min, {b} – {wh2} hr {wm2} min",
            "INMO Trolley Watch: {n} patients on trolleys today. {a} ({n1}), {b} ({n2})",
        ),
        (
            "University Hospital Limerick",
            "Cork University Hospital",
            "University Hospital Galway",
            "Sligo University Hospital",
            "Foothills Medical Centre",
            "Surrey Memorial",
            "Royal Alexandra Hospital",
        ),
    ),
    "es": (
        (
            "Urgencias en directo – {a}: {n1} pacientes en espera · tiempo medio {wm} min — {b}: {n2} en"
            " espera",
        ),
        (
            "Hospital La Paz",
            "Hospital Clínico San Carlos",
            "Hospital Virgen del Rocío",
            "Hospital de Cruces",
            "Hospital La Fe",
        ),
    ),
    "pt": (
        ("Tempos médios de espera nas urgências: {a} {wh}h{wm} (urgente) e {wh2}h{wm2} (pouco urgente)",),
        (
            "Hospital de Santa Maria",
            "Hospital de São João",
            "Hospital Garcia de Orta",
            "Hospital de Braga",
            "Hospital Amadora-Sintra",
        ),
    ),
    "it": (
        (
            "Pronto soccorso {a} — in attesa {n1} (codici bianchi {c1}, verdi {c2}, gialli {c3}), in"
            " trattamento"
            " {n2}. Aggiornato alle {h}:{mi}",
        ),
        ("Ospedale Niguarda", "Policlinico Gemelli", "Ospedale Cardarelli", "Ospedale Molinette", "Careggi"),
    ),
    "de": (
        (
            "Aktuelle Wartezeit in der Notaufnahme: {a} ca. {wm} Min. / {b} ca. {wm2} Min. (Stand: {h}:{mi}"
            " Uhr)",
        ),
        (
            "Klinikum Nord",
            "St.-Marien-Hospital",
            "Städtisches Klinikum",
            "Kreiskrankenhaus",
            "Evangelisches Krankenhaus",
        ),
    ),
    "nl": (
        ("Wachttijd spoedeisende hulp {a}: ongeveer {wm} minuten ({h}:{mi})",),
        ("Isala", "Maasstad Ziekenhuis", "Rijnstate", "Gelre ziekenhuizen", "AZ Sint-Jan"),
    ),
    "fi": (
        ("Päivystyksen arvioitu odotusaika {a}: {wh} h {wm} min – päivitetty klo {h}.{mi}",),
        ("Meilahti", "Peijas", "Jorvi", "Tays Acuta", "Oys"),
    ),
    "sv": (
        ("Väntetider på akuten just nu   {a} {wh} tim {wm} min   {b} {wh2} tim {wm2} min",),
        (
            "Karolinska Solna",
            "Södersjukhuset",
            "Danderyds sjukhus",
            "Sahlgrenska",
            "Skånes universitetssjukhus Lund",
        ),
    ),
}


def er_board(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, ER)
    templates, hospitals = ER[lang]
    a, b = rnd.sample(hospitals, 2)
    n1, n2 = rnd.randint(0, 96), rnd.randint(0, 80)
    h = rnd.randint(0, 23)
    return _fill(
        rnd.choice(templates),
        a=a,
        b=b,
        n1=n1,
        n2=n2,
        n=n1 + n2 + rnd.randint(120, 640),
        c1=rnd.randint(0, 9),
        c2=rnd.randint(0, 30),
        c3=rnd.randint(0, 14),
        pct=rnd.randint(70, 210),
        pct2=rnd.randint(60, 190),
        wh=rnd.randint(0, 9),
        wm=f"{rnd.randrange(60):02d}",
        wh2=rnd.randint(0, 6),
        wm2=f"{rnd.randrange(60):02d}",
        h=h,
        h12=h % 12 or 12,
        ampm="a.m." if h < 12 else "p.m.",
        mi=f"{rnd.randrange(60):02d}",
    )


# ---------------------------------------------------------------- a league table (middle)
LEAGUES = {  # language: (templates, clubs); {t1}..{t3} and {p1}..{p3} the first three, {g} games
    "en": (
        (
            "Premier League table: 1. {t1} {p1} pts, 2. {t2} {p2} pts, 3. {t3} {p3} pts ... Full table >",
            "TABLE  P{g}  {t1} {p1}  {t2} {p2}  {t3} {p3}",
        ),
        (
            "Arsenal",
            "Liverpool",
            "Aston Villa",
            "Newcastle",
            "Brighton",
            "Tottenham",
            "West Ham",
            "Brentford",
        ),
    ),
    "de": (
        ("Tabelle: 1. {t1} ({g} Sp./{p1} Pkt.) 2. {t2} ({p2}) 3. {t3} ({p3}) – zur kompletten Tabelle",),
        (
            "SC Freiburg",
            "1. FC Heidenheim",
            "VfB Stuttgart",
            "Mainz 05",
            "Werder Bremen",
            "FC Augsburg",
            "Union Berlin",
        ),
    ),
    "fr": (
        ("Classement de Ligue 1 — 1er {t1} ({p1} pts), 2e {t2} ({p2}), 3e {t3} ({p3}) après {g} journées",),
        ("Lille", "Lens", "Rennes", "Nice", "Brest", "Toulouse", "Montpellier", "Reims"),
    ),
    "es": (
        ("Clasificación: {t1} {p1}; {t2} {p2}; {t3} {p3}  Ver clasificación completa",),
        ("Girona", "Real Sociedad", "Betis", "Osasuna", "Villarreal", "Celta", "Getafe", "Rayo Vallecano"),
    ),
    "it": (
        ("Classifica Serie A dopo la {g}ª giornata: {t1} {p1}, {t2} {p2}, {t3} {p3}",),
        ("Atalanta", "Bologna", "Fiorentina", "Torino", "Udinese", "Lecce", "Genoa", "Sassuolo"),
    ),
    "pt": (
        ("Classificação: 1º {t1} – {p1} pontos / 2º {t2} – {p2} / 3º {t3} – {p3}",),
        ("Bragantino", "Fortaleza", "Athletico-PR", "Bahia", "Cuiabá", "Vitória", "Juventude", "Goiás"),
    ),
    "nl": (
        ("Stand Eredivisie: 1 {t1} {g}-{p1} 2 {t2} {g}-{p2} 3 {t3} {g}-{p3}",),
        (
            "AZ",
            "FC Twente",
            "Go Ahead Eagles",
            "Sparta",
            "NEC",
            "FC Utrecht",
            "Heerenveen",
            "Fortuna Sittard",
        ),
    ),
    "tr": (
        ("Süper Lig puan durumu: 1. {t1} {p1} puan 2. {t2} {p2} puan 3. {t3} {p3} puan",),
        ("Başakşehir", "Kasımpaşa", "Sivasspor", "Alanyaspor", "Antalyaspor", "Konyaspor", "Rizespor"),
    ),
    "ru": (
        ("Турнирная таблица: 1. {t1} — {p1} очков, 2. {t2} — {p2}, 3. {t3} — {p3} ({g} туров)",),
        ("Краснодар", "Ростов", "Рубин", "Крылья Советов", "Ахмат", "Оренбург", "Факел"),
    ),
    "el": (
        ("Βαθμολογία: {t1} {p1}, {t2} {p2}, {t3} {p3} ({g} αγωνιστικές)",),
        ("Άρης", "Αστέρας Τρίπολης", "ΟΦΗ", "Βόλος", "Παναιτωλικός", "Λαμία"),
    ),
    "ja": (
        ("J1順位表（第{g}節終了時点）1位 {t1} 勝点{p1}　2位 {t2} 勝点{p2}　3位 {t3} 勝点{p3}",),
        (
            "サンフレッチェ広島",
            "ヴィッセル神戸",
            "FC町田ゼルビア",
            "鹿島アントラーズ",
            "ガンバ大阪",
            "セレッソ大阪",
            "名古屋グランパス",
        ),
    ),
    "ko": (
        ("K리그1 순위 1위 {t1}(승점 {p1}) 2위 {t2}(승점 {p2}) 3위 {t3}(승점 {p3})",),
        ("울산 HD", "포항 스틸러스", "강원FC", "김천 상무", "FC서울", "수원FC", "광주FC"),
    ),
    "zh": (
        ("积分榜：第1名{t1} {p1}分，第2名{t2} {p2}分，第3名{t3} {p3}分（{g}轮战罢）",),
        ("上海海港", "上海申花", "成都蓉城", "北京国安", "山东泰山", "浙江队", "天津津门虎"),
    ),
    "ar": (
        ("ترتيب الدوري: 1- {t1} ({p1} نقطة) 2- {t2} ({p2}) 3- {t3} ({p3})",),
        ("الوحدات", "الفيصلي", "الرمثا", "الحسين إربد", "الجزيرة", "شباب الأردن"),
    ),
    "id": (
        ("Klasemen sementara: 1. {t1} ({p1} poin), 2. {t2} ({p2}), 3. {t3} ({p3})",),
        ("Persib", "Borneo FC", "Bali United", "Madura United", "Persija", "PSIS", "Dewa United"),
    ),
    "pl": (
        ("Tabela Ekstraklasy: 1. {t1} – {p1} pkt; 2. {t2} – {p2} pkt; 3. {t3} – {p3} pkt",),
        (
            "Jagiellonia",
            "Śląsk Wrocław",
            "Pogoń Szczecin",
            "Raków",
            "Lech Poznań",
            "Górnik Zabrze",
            "Cracovia",
        ),
    ),
}


def league_table(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, LEAGUES)
    templates, clubs = LEAGUES[lang]
    t1, t2, t3 = rnd.sample(clubs, 3)
    g = rnd.randint(4, 33)
    p1 = rnd.randint(g + 2, min(3 * g, g * 2 + 20))
    p2 = p1 - rnd.randint(0, 5)
    p3 = p2 - rnd.randint(0, 4)
    return _fill(rnd.choice(templates), t1=t1, t2=t2, t3=t3, p1=p1, p2=p2, p3=p3, g=g)


# ---------------------------------------------------------------- an AI assistant's prompt (middle)
ASK_AI = {  # language: (templates, second questions); {topic} a word of the record's headline or a town
    "en": (
        (
            "Ask our AI assistant about this story — e.g. “What happens next for {topic}?” · “{q2}” (Beta."
            " Answers"
            " may contain errors.)",
            "✨ Questions about this article? Try: Who is involved in {topic}? | {q2}",
        ),
        (
            "Summarise this in 3 bullet points",
            "What's the background?",
            "Why does this matter?",
            "Explain it like I'm 12",
        ),
    ),
    "de": (
        (
            "Fragen Sie unseren KI-Assistenten zu diesem Artikel, zum Beispiel: Was bedeutet das für {topic}?"
            " {q2} Die Antworten werden automatisch erstellt und können Fehler enthalten.",
        ),
        (
            "Was ist der Hintergrund?",
            "Fass den Text kurz zusammen.",
            "Wie geht es weiter?",
            "Wer ist beteiligt?",
        ),
    ),
    "fr": (
        (
            "Une question sur cet article ? Interrogez notre assistant IA : « Que va-t-il se passer pour"
            " {topic} ? » « {q2} » — réponses générées automatiquement",
        ),
        ("Quel est le contexte ?", "Résume l'article", "Pourquoi est-ce important ?", "Qui est concerné ?"),
    ),
    "es": (
        ("Pregúntale a nuestra IA: ¿Qué significa esto para {topic}? / {q2} (versión beta)",),
        ("¿Cuáles son los antecedentes?", "Resume la noticia", "¿Qué pasará ahora?", "¿A quién afecta?"),
    ),
    "it": (
        ("Chiedi all'IA  Cosa c'è da sapere su {topic}?  {q2}",),
        ("Riassumi l'articolo in 3 punti", "Qual è il contesto?", "Cosa succede adesso?"),
    ),
    "pt": (
        (
            "Pergunte à IA: “O que muda para {topic}?” ou “{q2}” – respostas geradas por inteligência"
            " artificial",
        ),
        ("Qual é o contexto?", "Resuma a notícia", "Quem é afetado?", "O que acontece agora?"),
    ),
    "nl": (
        (
            "Stel je vraag aan onze AI-assistent: Wat betekent dit voor {topic}? {q2} Antwoorden kunnen"
            " onjuist zijn.",
        ),
        ("Wat is de achtergrond?", "Vat het artikel samen.", "Hoe nu verder?"),
    ),
    "sv": (
        ("Fråga AI:n om artikeln ✦ Vad innebär det här för {topic}? ✦ {q2}",),
        ("Sammanfatta texten", "Vad är bakgrunden?", "Vad händer nu?"),
    ),
    "pl": (
        (
            "Zapytaj AI o ten artykuł: „{topic} – co warto wiedzieć?” {q2} Odpowiedzi generuje sztuczna"
            " inteligencja i mogą zawierać błędy.",
        ),
        ("Jakie jest tło sprawy?", "Streść artykuł.", "Co dalej?"),
    ),
    "ru": (
        (
            "Спросите нейросеть об этой новости: «{topic}: что важно знать?», «{q2}» Ответы сгенерированы"
            " ИИ и могут содержать неточности.",
        ),
        ("Кратко перескажи текст", "Какова предыстория?", "Что будет дальше?"),
    ),
    "ja": (
        (
            "AIに質問する（β版）　例：「{topic}にどんな影響がありますか？」「{q2}」"
            "　※回答は生成AIによるもので、誤りを含む場合があります",
        ),
        ("この記事を3行で要約して", "背景を教えて", "今後どうなる？"),
    ),
    "ko": (
        ("AI에게 물어보세요 — “{topic}에 어떤 영향이 있나요?” “{q2}” (AI 답변은 부정확할 수 있습니다)",),
        ("이 기사를 세 줄로 요약해줘", "배경이 뭐야?", "앞으로 어떻게 될까?"),
    ),
    "zh": (
        ("问AI：{topic}接下来会怎样？｜{q2}｜AI生成内容仅供参考",),
        ("帮我总结这篇文章", "事件背景是什么？", "对普通人有什么影响？"),
    ),
    "ar": (
        (
            "اسأل الذكاء الاصطناعي عن هذا الخبر: ماذا يعني ذلك بالنسبة إلى {topic}؟ {q2} (الإجابات مولّدة"
            " آلياً وقد تحتوي على أخطاء)",
        ),
        ("لخّص المقال", "ما الخلفية؟", "ماذا بعد؟"),
    ),
    "tr": (
        (
            "Yapay zekâya sor: Bu gelişme {topic} için ne anlama geliyor? — {q2} — Yanıtlar yapay zekâ"
            " tarafından üretilir.",
        ),
        ("Haberi özetle", "Arka planı nedir?", "Bundan sonra ne olacak?"),
    ),
    "vi": (
        ("Hỏi AI về bài viết này: Điều này ảnh hưởng thế nào đến {topic}? {q2} (Thử nghiệm)",),
        ("Tóm tắt bài viết", "Bối cảnh là gì?", "Điều gì sẽ xảy ra tiếp theo?"),
    ),
    "id": (
        ("Tanya AI: Apa dampaknya bagi {topic}? {q2} Jawaban dihasilkan oleh AI dan bisa keliru.",),
        ("Ringkas berita ini", "Apa latar belakangnya?", "Apa yang terjadi selanjutnya?"),
    ),
    "hi": (
        ("AI से पूछें: {topic} पर इसका क्या असर होगा? | {q2} | जवाब AI द्वारा तैयार किए जाते हैं",),
        ("इस खबर का सार बताएं", "पृष्ठभूमि क्या है?", "आगे क्या होगा?"),
    ),
}


def _headline_words(case: Case) -> list[str]:
    """The capitalised words of the record's headline after its first word (names, places, bodies)."""
    words = re.findall(r"[^\W\d_][\w'’-]{3,}", str(case.record.get("title") or ""))
    return [w for w in words[1:] if w[0].isupper()]


def ask_ai(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, ASK_AI)
    templates, seconds = ASK_AI[lang]
    words = _headline_words(case) if lang == guess_language(case) else []
    topic = rnd.choice(words) if words else rnd.choice(CITIES.get(lang, CITIES["en"]))
    return _fill(rnd.choice(templates), topic=topic, q2=rnd.choice(seconds))


# ---------------------------------------------------------------- the print edition's credit (end)
PRINT = {  # language: templates; {site} the record's own site, {t} its headline, the print day's parts
    "en": (
        "A version of this article appears in print on {mon} {d}, {y}, Section {sec}, Page {pg} of the {ed}"
        " edition with the headline: {t}. Order Reprints | Today's Paper | Subscribe",
        "This article appeared in the {wd} {d} {mon} {y} print edition of {site}.",
        "Published in print: {d} {mon} {y} (p. {pg})",
    ),
    "de": (
        "Dieser Artikel erschien am {dd}.{mm}.{y} in der {site}-Printausgabe auf Seite {pg}.",
        "Erschienen in: {site} Nr. {no}/{y}, S. {pg}",
    ),
    "fr": (
        "Cet article est paru dans l'édition du {d} {mon} {y} de {site} (page {pg}).",
        "Paru dans « {site} » n° {no}, daté du {wd} {d} {mon}",
    ),
    "es": (
        "Este artículo apareció en la edición impresa de {site} del {wd} {d} de {mon} de {y}, página {pg}.",
    ),
    "it": ("Articolo pubblicato sull'edizione cartacea di {site} del {d} {mon} {y}, a pagina {pg}.",),
    "pt": (
        "Versão impressa: este texto foi publicado na edição de {d} de {mon} de {y}, caderno {secname},"
        " página {pg}.",
    ),
    "nl": ("Dit artikel verscheen ook in de krant van {wd} {d} {mon} {y}, pagina {pg}.",),
    "sv": ("Publicerad i papperstidningen {d} {mon} {y}, sid. {pg}",),
    "da": ("Artiklen blev bragt i avisen {d}. {mon} {y}, {secname}-sektionen side {pg}.",),
    "pl": ("Tekst ukazał się w papierowym wydaniu „{site}” z dnia {d} {mon} {y} (nr {no}).",),
    "cs": ("Článek vyšel v tištěném vydání {site} dne {d}. {m}. {y} na straně {pg}.",),
    "ru": ("Опубликовано в газете «{site}» № {no} от {d} {mon} {y} года",),
    "uk": ("Матеріал опубліковано в газеті «{site}» №{no} від {dd}.{mm}.{y}",),
    "el": ("Δημοσιεύθηκε στην έντυπη έκδοση της «{site}» στις {d} {mon} {y}",),
    "tr": ("Bu haber {site} gazetesinin {d} {mon} {y} tarihli baskısında {pg}. sayfada yayımlandı.",),
    "he": ("הכתבה פורסמה בעיתון המודפס ב-{d}.{m}.{y}, עמוד {pg}",),
    "fa": ("این مطلب در شماره {nof} روزنامه {site} به چاپ رسیده است.",),
    "hi": ("यह लेख {site} के {d} {mon} {y} के प्रिंट संस्करण में पृष्ठ {pg} पर प्रकाशित हुआ।",),
    "bn": ("এই প্রতিবেদনটি {site}-এর ছাপা সংস্করণে প্রকাশিত হয়েছে ({dbn}), পৃষ্ঠা {pgbn}",),
    "th": ("ตีพิมพ์ในหนังสือพิมพ์{site} ฉบับวันที่ {d} {mon} {be} หน้า {pg}",),
    "ja": (
        "この記事は{y}年{m}月{d}日付朝刊{pg}面に掲載されています。",
        "（{y}年{m}月{d}日付 {ed2}版 {pg}面）",
    ),
    "ko": ("이 기사는 {y}년 {m}월 {d}일자 지면 A{pg}면에 게재됐습니다.",),
    "zh": ("《{site}》（ {y}年{mm}月{dd}日 第 {pg0} 版）",),
}
_SECTIONS = {
    "pt": ("Cotidiano", "Mercado", "Esporte", "Ilustrada"),
    "da": ("Erhverv", "Kultur", "Sport", "Indland"),
}


def print_credit(case: Case, rnd: random.Random) -> str:
    """The print edition's credit, with the record's own site, headline and (the day after) its date."""
    lang = _lang(case, rnd, PRINT)
    day = _record_day(case)
    day = day + timedelta(days=rnd.randint(0, 2)) if day else _day(rnd, date(2017, 1, 1), 2500)
    site = rnd.choice(_site_names(case)[1:3])
    pg = rnd.randint(2, 38)
    return _fill(
        rnd.choice(PRINT[lang]),
        site=site,
        t=str(case.record.get("title") or "").strip() or site,
        pg=pg,
        pg0=f"{pg:02d}",
        pgbn=str(pg).translate(_BENGALI),
        no=rnd.randint(12, 298),
        nof=str(rnd.randint(2100, 8400)).translate(_PERSIAN),
        dbn=f"{day.day}/{day.month}/{day.year}".translate(_BENGALI),
        sec=rnd.choice("ABCD"),
        secname=rnd.choice(_SECTIONS.get(lang, ("",))),
        ed=rnd.choice(("New York", "national", "late city")),
        ed2=rnd.choice(("東京本社", "大阪本社", "西部本社", "名古屋本社")),
        **_date_kw(lang, day),
    )


# ---------------------------------------------------------------- the grant that funded the reporting (end)
FUNDING = {  # language: (templates, funders with {last}, programmes)
    "en": (
        (
            "This story was produced with support from {fund}. {site} retains full editorial control over its"
            " journalism.",
            "Reporting for this article was supported by a grant from {fund} through its {prog} programme"
            " ({y}).",
        ),
        (
            "the {last} Family Foundation",
            "the {last} Fund for Local Journalism",
            "the {last} Charitable Trust",
        ),
        (
            "Local News Lab",
            "Solutions Journalism",
            "Climate Reporting Fellowship",
            "Health Reporting Fellowship",
        ),
    ),
    "de": (
        (
            "Diese Recherche wurde von der {fund} im Rahmen des Programms „{prog}“ gefördert. Die"
            " redaktionelle Verantwortung liegt bei {site}.",
        ),
        ("{last}-Stiftung", "Stiftung {last} & Partner", "Gemeinnützigen {last} Stiftung"),
        ("Lokaljournalismus stärken", "Klimajournalismus {y}", "Recherchefonds"),
    ),
    "fr": (
        (
            "Cette enquête a été réalisée avec le soutien de la {fund}, dans le cadre du programme « {prog}"
            " ».",
        ),
        ("Fondation {last}", "Fondation {last} pour l'information locale"),
        ("Journalisme de solutions", "Bourses d'enquête {y}", "Info locale"),
    ),
    "es": (
        (
            "Este reportaje ha sido posible gracias a una beca de la {fund} ({prog}, {y}). La fundación no"
            " tuvo control editorial.",
        ),
        ("Fundación {last}", "Fundación {last} para el Periodismo"),
        ("Periodismo de datos", "Becas de investigación", "Periodismo local"),
    ),
    "it": (
        ("Questo articolo è stato realizzato con il sostegno della {fund} nell'ambito del progetto {prog}.",),
        ("Fondazione {last}", "Fondazione {last} per il giornalismo"),
        ("Giornalismo locale {y}", "Inchieste ambientali", "Dati aperti"),
    ),
    "pt": (
        ("Esta reportagem contou com o apoio do {fund}, por meio do edital {prog} {y}.",),
        ("Instituto {last}", "Fundo {last} de Jornalismo"),
        ("Jornalismo Local", "Amazônia em Pauta", "Dados Abertos"),
    ),
    "nl": (
        ("Dit artikel kwam tot stand met steun van het {fund} ({prog}, {y}).",),
        ("{last} Fonds", "Fonds Bijzondere Journalistieke Projecten"),
        ("lokale journalistiek", "onderzoeksbeurs", "klimaatdesk"),
    ),
    "sv": (
        ("Granskningen har fått stöd av {fund} inom satsningen {prog} {y}.",),
        ("{last}s stiftelse", "Stiftelsen {last}"),
        ("Lokal journalistik", "Grävfonden", "Klimatgranskning"),
    ),
    "pl": (
        ("Materiał powstał dzięki wsparciu {fund} w ramach programu „{prog}”.",),
        ("Fundacji im. {last}", "Fundacji {last}"),
        ("Dziennikarstwo lokalne {y}", "Reportaż w terenie", "Otwarte dane"),
    ),
    "cs": (
        ("Článek vznikl za podpory {fund} v rámci programu {prog} {y}.",),
        ("Nadace {last}", "Nadačního fondu {last}"),
        ("Nezávislá žurnalistika", "Regionální novinařina"),
    ),
    "hu": (
        ("A cikk a(z) {fund} támogatásával, a(z) {prog} program keretében készült.",),
        ("{last} Alapítvány",),
        ("Helyi újságírás {y}", "Oknyomozó ösztöndíj"),
    ),
    "ro": (
        ("Acest articol a fost realizat cu sprijinul {fund}, în cadrul proiectului „{prog}”.",),
        ("Fundației {last}", "Fundației Comunitare {last}"),
        ("Jurnalism local {y}", "Date deschise"),
    ),
    "uk": (
        ("Матеріал підготовлено за підтримки {fund} у межах проєкту «{prog}».",),
        ("Фонду {last}", "Благодійного фонду «{last}»"),
        ("Регіональна журналістика {y}", "Розслідування на місцях", "Відкриті дані"),
    ),
    "ru": (
        ("Материал подготовлен при поддержке {fund} в рамках программы «{prog}».",),
        ("фонда «{last}»", "фонда {last}"),
        ("Региональная журналистика {y}", "Открытые данные"),
    ),
    "ar": (
        ("أُنجز هذا التحقيق بدعم من {fund} ضمن برنامج «{prog}» لعام {y}.",),
        ("مؤسسة {last}", "صندوق {last} للصحافة"),
        ("الصحافة المحلية", "صحافة البيانات", "التحقيقات البيئية"),
    ),
    "fa": (
        ("این گزارش با حمایت {fund} در قالب برنامه «{prog}» تهیه شده است.",),
        ("بنیاد {last}",),
        ("روزنامه‌نگاری محلی", "روزنامه‌نگاری داده", "گزارش‌های محیط زیستی"),
    ),
    "id": (
        ("Liputan ini didukung oleh {fund} melalui program {prog} {y}.",),
        ("Yayasan {last}", "Dana Jurnalisme {last}"),
        ("Jurnalisme Lokal", "Liputan Lingkungan", "Data Terbuka"),
    ),
    "vi": (
        ("Bài viết được thực hiện với sự hỗ trợ của {fund} trong khuôn khổ chương trình {prog}.",),
        ("Quỹ {last}",),
        ("Báo chí địa phương {y}", "Báo chí dữ liệu"),
    ),
    "hi": (
        ("यह रिपोर्ट {fund} के सहयोग से '{prog}' कार्यक्रम के तहत तैयार की गई है।",),
        ("{last} फाउंडेशन", "{last} ट्रस्ट"),
        ("स्थानीय पत्रकारिता {y}", "डेटा पत्रकारिता", "पर्यावरण रिपोर्टिंग"),
    ),
    "bn": (
        ("এই প্রতিবেদন {fund}-এর সহায়তায় '{prog}' কর্মসূচির আওতায় তৈরি।",),
        ("{last} ফাউন্ডেশন",),
        ("স্থানীয় সাংবাদিকতা", "তথ্য সাংবাদিকতা", "জলবায়ু প্রতিবেদন"),
    ),
    "th": (
        ("รายงานชิ้นนี้ได้รับการสนับสนุนจาก{fund} ภายใต้โครงการ{prog}",),
        ("มูลนิธิ{last}",),
        ("ข่าวท้องถิ่น", "วารสารศาสตร์ข้อมูล", "ข่าวสิ่งแวดล้อม"),
    ),
}
_FUNDER_NAMES = {
    "en": ("Hartwell", "Bellamy", "Osgood", "Prentice", "Calloway", "Ashworth", "Kimbrough"),
    "de": ("Brenninkmeyer", "Hollweg", "Wittgenstein", "Körber-Lenz", "Steinmeier-Bach", "Hagedorn"),
    "fr": ("Delorme", "Varenne", "Marceau", "Lacombe", "Rivière"),
    "es": ("Aranda", "Echeverría", "Lozano", "Ibarra", "Salcedo"),
    "it": ("Bertolini", "Ravasi", "Ferraris", "Olivetti-Rossi", "Colonna"),
    "pt": ("Moreira Salles", "Tavares", "Azevedo", "Bittencourt"),
    "nl": ("Van Houten", "Brinkman", "Ter Meulen", "De Groot"),
    "sv": ("Ahlström", "Wenner", "Lagerlöf", "Ekman"),
    "pl": ("Stefana Batorego", "Kronenberga", "Wyszyńskiego", "Orzeszkowej"),
    "cs": ("Bakala", "Vodafone", "Karla Janečka", "Pražská"),
    "hu": ("Bethlen", "Szent István", "Tisza", "Dunamenti"),
    "ro": ("Carpați", "Mureș", "Dobrogea", "Bucovina"),
    "uk": ("Відродження", "Дніпро", "Громада", "Карпати"),
    "ru": ("Перспектива", "Династия", "Потанина", "Открытое общество"),
    "ar": ("الفجر", "الحسيني", "النهضة", "المستقبل"),
    "fa": ("امید", "فردا", "آینده"),
    "id": ("Tifa", "Kemitraan", "Nusantara", "Cendekia"),
    "vi": ("Hy Vọng", "Tương Lai", "Sáng Kiến"),
    "hi": ("सेवा", "प्रगति", "जागृति", "नवोदय"),
    "bn": ("আলো", "সমৃদ্ধি", "প্রত্যাশা"),
    "th": ("สร้างสรรค์สังคม", "เพื่อการพัฒนา", "ข่าวพลเมือง"),
}


def funding_note(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, FUNDING)
    templates, funders, programmes = FUNDING[lang]
    y = rnd.randint(2019, 2025)
    fund = rnd.choice(funders).format(last=rnd.choice(_FUNDER_NAMES[lang]), y=y)
    return _fill(
        rnd.choice(templates),
        fund=fund,
        prog=rnd.choice(programmes).format(y=y),
        site=rnd.choice(_site_names(case)[1:3]),
        y=y,
    )


# ---------------------------------------------------------------- a lost-and-found list (end)
FOUND = {  # language: (templates, items, streets, telephone pattern)
    "de": (
        (
            "Fundsachen: {item}, gefunden am {dd}.{mm}. in der {street}; {item2}. Abzuholen im Fundbüro der"
            " Stadt"
            " {city}, Tel. {tel}.",
        ),
        (
            "Schlüsselbund mit rotem Anhänger",
            "Damenfahrrad (blau)",
            "Brille im Etui",
            "Geldbörse",
            "Kinderjacke",
            "Ehering",
        ),
        ("Bahnhofstraße", "Lindenallee", "Kirchgasse", "Goethestraße", "Marktstraße"),
        "0### ####-##",
    ),
    "en": (
        (
            "Lost & found: {item} found on {street} on {wd}. Contact {city} police station, ref. {ref}.",
            "Found property – {item}; {item2} – handed in at {city} Town Hall. Call {tel}",
        ),
        (
            "set of car keys",
            "black wallet",
            "child's scooter",
            "prescription glasses",
            "wedding ring",
            "grey backpack",
        ),
        ("High Street", "Station Road", "Mill Lane", "Church Street", "Victoria Road"),
        "01### ######",
    ),
    "fr": (
        ("Objets trouvés : {item} ({street}, le {d} {mon}) — s'adresser à la mairie de {city}, {tel}",),
        ("trousseau de clés", "portefeuille noir", "lunettes de vue", "doudou", "vélo d'enfant"),
        ("rue de la République", "avenue Jean-Jaurès", "place du Marché", "rue Victor-Hugo"),
        "0# ## ## ## ##",
    ),
    "nl": (
        ("Gevonden voorwerpen: {item} – {street} – {dd}-{mm}; meld je bij het gemeentehuis van {city}",),
        ("sleutelbos", "portemonnee", "damesfiets", "gehoorapparaat", "knuffel"),
        ("Kerkstraat", "Stationsweg", "Dorpsstraat", "Molenweg"),
        "0## ### ####",
    ),
    "it": (
        ("Oggetti smarriti: {item} ({street}, {d} {mon}). Ufficio oggetti smarriti di {city}, tel. {tel}",),
        ("mazzo di chiavi", "portafoglio", "occhiali da vista", "bicicletta da donna", "zaino grigio"),
        ("via Roma", "corso Garibaldi", "piazza Mazzini", "via XX Settembre"),
        "0### ######",
    ),
    "es": (
        (
            "Objetos perdidos – {item}; lugar: {street}; fecha: {d} de {mon}. Oficina municipal de {city},"
            " tel. {tel}.",
        ),
        ("manojo de llaves", "cartera negra", "gafas graduadas", "bicicleta infantil", "mochila"),
        ("calle Mayor", "avenida de la Constitución", "plaza de España", "calle Real"),
        "9## ### ###",
    ),
    "pl": (
        (
            "Biuro rzeczy znalezionych ({city}): {item} (data znalezienia {dd}.{mm}, {street}) • {item2} •"
            " tel. {tel}",
        ),
        ("pęk kluczy", "portfel", "okulary", "rower damski", "telefon komórkowy"),
        ("ul. Mickiewicza", "ul. Kościuszki", "ul. Dworcowa", "pl. Wolności"),
        "## ### ## ##",
    ),
    "cs": (
        (
            "Ztráty a nálezy: {item}, nalezeno {d}. {m}. v ulici {street}. Vyzvednout lze na MěÚ {city},"
            " tel. {tel}.",
        ),
        ("svazek klíčů", "peněženka", "brýle", "dětské kolo", "mobilní telefon"),
        ("Nádražní", "Husova", "Palackého", "Masarykova"),
        "### ### ###",
    ),
    "sv": (
        ("Hittegods: {item} upphittad på {street} {d} {mon}. Polisen i {city}, ärendenr {ref}.",),
        ("nyckelknippa", "plånbok", "glasögon", "barncykel", "mobiltelefon"),
        ("Storgatan", "Drottninggatan", "Kyrkogatan", "Järnvägsgatan"),
        "0##-### ## ##",
    ),
    "ja": (
        ("落とし物情報　{m}月{d}日　{street}付近で{item}を拾得　{city}警察署会計課 {tel}",),
        ("財布（黒）", "鍵の束", "眼鏡", "傘", "スマートフォン"),
        ("駅前通り", "中央公園", "市役所前", "本町商店街"),
        "0##-###-####",
    ),
    "ko": (
        ("분실물 안내: {item} / 습득 장소 {street} / 습득일 {m}월 {d}일 / {city}경찰서 생활안전과 {tel}",),
        ("지갑", "열쇠 꾸러미", "안경", "휴대전화", "백팩"),
        ("시청 앞", "중앙시장", "버스터미널", "역 광장"),
        "0##-###-####",
    ),
    "ru": (
        (
            "Бюро находок: {item} (место находки — {street}, {d} {mon}). Обращаться в администрацию города"
            " ({city}), тел. {tel}.",
        ),
        ("связка ключей", "кошелёк", "очки", "детский самокат", "мобильный телефон"),
        ("улица Ленина", "проспект Мира", "Советская улица", "Вокзальная площадь"),
        "8 (###) ###-##-##",
    ),
    "tr": (
        ("Kayıp eşya: {item}, {d} {mon} tarihinde {street} üzerinde bulundu. {city} Belediyesi, Tel: {tel}",),
        ("anahtarlık", "cüzdan", "gözlük", "çocuk bisikleti", "cep telefonu"),
        ("Atatürk Caddesi", "İstasyon Caddesi", "Cumhuriyet Meydanı", "Çarşı Sokak"),
        "0 (###) ### ## ##",
    ),
    "hu": (
        (
            "Talált tárgyak: {item} – {street}, {mon} {d}. Átvehető: {city}, Polgármesteri Hivatal, tel.:"
            " {tel}",
        ),
        ("kulcscsomó", "pénztárca", "szemüveg", "gyerekbicikli", "mobiltelefon"),
        ("Kossuth utca", "Petőfi tér", "Rákóczi út", "Vasút utca"),
        "+36 ## ### ####",
    ),
    "el": (
        (
            "Απολεσθέντα: {item} βρέθηκε στην οδό {street} στις {d} {mon}. Πληροφορίες: Δημοτική Αστυνομία,"
            " {city}, τηλ. {tel}",
        ),
        ("κλειδιά", "πορτοφόλι", "γυαλιά οράσεως", "παιδικό ποδήλατο", "κινητό τηλέφωνο"),
        ("Ερμού", "Αγίου Νικολάου", "Κορίνθου", "Μαιζώνος"),
        "2### ######",
    ),
}


def lost_and_found(case: Case, rnd: random.Random) -> str:
    lang = _lang(case, rnd, FOUND)
    templates, items, streets, tel = FOUND[lang]
    item, item2 = rnd.sample(items, 2)
    return _fill(
        rnd.choice(templates),
        item=item,
        item2=item2,
        street=rnd.choice(streets),
        city=rnd.choice(CITIES[lang]),
        tel=_digits(rnd, tel),
        ref=_digits(rnd, rnd.choice(("######", "LF-####/##", "##-#####"))),
        **_date_kw(lang, _day(rnd, date(2018, 1, 1), 2300)),
    )


# ---------------------------------------------------------------- defects in other fields
BADGES = {  # language: the subscriber-only badge with the headline {t}, as the page sets them side by side
    "en": (
        "Subscriber only: {t}",
        "{t} (Premium)",
        "PREMIUM {t}",
        "{t} – Subscriber exclusive",
        "Subscribers {t}",
    ),
    "de": (
        "Z+ (abopflichtiger Inhalt); {t}",
        "Plus {t}",
        "{t} [Abo]",
        "Exklusiv für Abonnenten: {t}",
        "{t} (Plus-Artikel)",
    ),
    "fr": ("Article réservé aux abonnés {t}", "{t} – Abonnés", "Premium. {t}", "Réservé aux abonnés : {t}"),
    "es": ("Exclusivo suscriptores {t}", "{t} (Contenido exclusivo para suscriptores)", "Premium / {t}"),
    "it": ("{t} – Riservato agli abbonati", "Premium {t}", "Abbonati: {t}"),
    "pt": ("Exclusivo para assinantes: {t}", "{t} // Conteúdo exclusivo", "{t} (Só para assinantes)"),
    "ru": ("{t} (только для подписчиков)", "Премиум: {t}", "Платный материал. {t}"),
    "ja": ("{t}（有料会員限定）", "有料記事 {t}", "会員限定記事　{t}"),
    "ko": ("[프리미엄] {t}", "{t} (유료 회원 전용)"),
    "zh": ("【付费】{t}", "{t}（会员专享）"),
    "ar": ("{t} (للمشتركين فقط)", "حصري للمشتركين: {t}"),
}


def paywall_badge_title(case: Case, rnd: random.Random) -> Case | None:
    """The subscriber-only badge the page sets beside the headline, run into the title."""
    title = str(case.record.get("title") or "").strip()
    if not title:
        return None
    return _with(case, title=rnd.choice(BADGES.get(guess_language(case), BADGES["en"])).format(t=title))


def migration_date() -> Defect:
    """The moment the site's CMS was migrated (every article re-saved, its date rewritten) as the date: one
    timestamp per site, months after the articles came out."""
    per_site: dict[str, str] = {}

    def plant(case: Case, rnd: random.Random) -> Case | None:
        if case.site not in per_site:
            seed = int.from_bytes(hashlib.sha256(case.site.encode()).digest()[:4], "big")
            local = random.Random(seed)
            moment = datetime(2023, 11, 12, tzinfo=UTC) + timedelta(seconds=local.randrange(225 * 86400))
            shape = local.choice(("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S+00:00", "%Y-%m-%d %H:%M:%S"))
            per_site[case.site] = moment.strftime(shape)
        return _with(case, published=per_site[case.site])

    return plant


BYLINE_NAMES: dict[str, Sequence[tuple[str, str]]] = {  # language: (the byline's name, its mailbox)
    "en": (
        ("Rebecca Hollis", "rebecca.hollis"),
        ("Marcus Webb", "mwebb"),
        ("Aisha Karim", "akarim"),
        ("Tom Fairley", "tom.fairley"),
    ),
    "de": (
        ("Jan Vogt", "jan.vogt"),
        ("Miriam Scholz", "m.scholz"),
        ("Henrik Baumann", "henrik.baumann"),
        ("Lea Jansen", "lea.jansen"),
    ),
    "fr": (("Aurélie Dumas", "adumas"), ("Nicolas Fabre", "nicolas.fabre"), ("Inès Benali", "ines.benali")),
    "es": (("Carmen Ortiz", "cortiz"), ("Pablo Medina", "pablo.medina"), ("Lucía Herrero", "lherrero")),
    "it": (("Giorgia Ricci", "g.ricci"), ("Stefano Greco", "stefano.greco"), ("Martina Villa", "mvilla")),
    "pt": (("Camila Rocha", "camila.rocha"), ("Diego Nunes", "dnunes"), ("Patrícia Lopes", "patricia.lopes")),
    "ru": (("Анна Кравцова", "a.kravtsova"), ("Максим Орлов", "orlov"), ("Юлия Белова", "y.belova")),
    "ja": (("佐藤美穂", "sato-miho"), ("高橋健一", "takahashi.k"), ("伊藤沙織", "ito-saori")),
}
_MAIL_LABELS = {
    "en": ("{n} {e}", "{n} ({e})", "{n} | {e}", "{n} <{e}>", "{n}\n{e}", "{n} – Email: {e}"),
    "de": ("{n}, E-Mail: {e}", "{n} {e}", "{n} ✉ {e}", "{n} (Kontakt: {e})"),
    "fr": ("{n} Courriel : {e}", "{n} – {e}", "{n} ({e})"),
    "es": ("{n} Correo: {e}", "{n} / {e}", "{n} {e}"),
    "it": ("{n} e-mail {e}", "{n} - {e}", "{n} ({e})"),
    "pt": ("{n} E-mail: {e}", "{n} {e}", "{n} · {e}"),
    "ru": ("{n}, эл. почта: {e}", "{n} {e}", "{n} ({e})"),
    "ja": ("{n}　メール：{e}", "{n}（{e}）"),
}


def author_with_mail(case: Case, rnd: random.Random) -> Case | None:
    """The author's name with the e-mail address the byline block prints beside it, kept in one entry."""
    lang = guess_language(case)
    name, box = rnd.choice(BYLINE_NAMES.get(lang, BYLINE_NAMES["en"]))
    host = _site_names(case)[0]
    mail = f"{box}@{host}" if "." in host else f"{box}@{_fold(host) or 'news'}.com"
    shape = rnd.choice(_MAIL_LABELS.get(lang, _MAIL_LABELS["en"]))
    return _with(case, authors=[shape.format(n=name, e=mail)])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return record_only(placed(once_for(make), where))

    lines: dict[str, Defect] = {
        "correction box with the error it fixes (start)": line(correction_box, "start"),
        "car-park occupancy widget (start)": line(parking_widget, "start"),
        "school-holiday calendar box (start)": line(school_holidays, "start"),
        "air-raid or rocket-alert status bar (start)": line(alert_bar, "start"),
        "emergency-room waiting or occupancy board (middle)": line(er_board, "middle"),
        "league table's top places (middle)": line(league_table, "middle"),
        "AI assistant's prompt with its suggested questions (middle)": line(ask_ai, "middle"),
        "print edition's credit with its date and page (end)": line(print_credit, "end"),
        "note of the grant that funded the reporting (end)": line(funding_note, "end"),
        "local paper's lost-and-found list (end)": line(lost_and_found, "end"),
    }
    fields: Kinds = {
        "the subscriber-only badge run into the title": (record_only(paywall_badge_title), TITLE_CHECKS),
        "the CMS migration's timestamp as the date": (record_only(migration_date()), DATE_CHECKS),
        "the author's name with the byline's e-mail address as the author entry": (
            record_only(author_with_mail),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-first set)",
        "twenty-first blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
