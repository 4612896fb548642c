"""A nineteenth blind set for issue 9, written by a helper in session 21 whose lines the lead did not see,
committed unread and run once on the code of ``7e3847e``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a box, widget, notice or promotion of a real news template, with its
  variable parts (cities, index values, pollutant readings, pollen levels and the hour of the reading,
  utilities, counties, households without power and the hours of a planned cut, ski resorts, snow depths,
  lifts open and the day of the report, roads, streets, speed limits and the days a camera stands there,
  parties, candidates, committees, agents, addresses and campaign finance codes, ports, tide times, heights
  and coefficients, makes, models, years, mileages and prices, districts, bins and collection days,
  readers, their places and the titles of their pictures, babies' names, birth days, hours, weights and
  lengths, hospitals) drawn per record so that no two records share a line: at the start an air-quality and
  pollen box ("Pollenflug in Freiburg heute: Birke stark, Gräser mäßig · Luftqualität: gut ...", "北京空气质量
  AQI 87 良 ..."), a power-outage tracker or planned-cut notice ("POWER OUTAGES: 12,408 Duke Energy customers
  without power in Wake County ...", "Lịch cúp điện ...") and a ski resort's snow report ("Schneebericht
  Ischgl: Berg 145 cm, Tal 40 cm · 38/45 Lifte offen ...", "積雪情報 ..."); in the middle a box of today's
  speed-camera sites ("Blitzer heute in Köln: ...", "Traffipax: ..."), a political advertisement's
  paid-for-by disclosure ("Paid for by ... and not authorized by any candidate ...", "Material electoral
  comandat de ... CMF ...") and a tide-times box ("Marées à Saint-Malo : PM 06h42 (coef. 94) ..."); and at
  the end a used-car listings box ("Gebrauchtwagen in Ihrer Region: VW Golf 1.5 TSI, EZ 03/2019 ..."), a
  waste-collection calendar ("Abfallkalender ...: Restmüll Dienstag, 14.05. · Gelbe Tonne ..."), the
  readers' photo of the day ("Leserfoto des Tages (14.05.): „Nebel über der Elbe“ von ...") and a newborns
  gallery teaser ("Willkommen auf der Welt: ..., geboren am ... um 04:12 Uhr, 3420 Gramm, 51 cm ..."), in
  English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Finnish, Polish, Czech, Hungarian,
  Romanian, Turkish, Indonesian, Vietnamese, Russian, Greek, Hebrew, Arabic, Hindi, Thai, Chinese, Japanese
  and Korean;
* defects in other fields: the page's breadcrumb trail as the title ("Startseite › Nachrichten › Region",
  "Home > News > Local"), another article's date (a teaser in the sidebar, days to months before or after
  the article) as the date, and the byline block's reading time as an author entry ("5 min read",
  "Lesezeit: 4 Min.").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind19.py --corpus ../shared/corpus
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
from checks_blind17 import _date_kw, _day, _digits, _grouped, _site_names
from checks_defects import Case, Defect, _with, record_only

_WD = {  # weekdays, Monday first, for languages the seventeenth set's table lacks
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "ro": "luni marți miercuri joi vineri sâmbătă duminică",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή",
    "zh": "一 二 三 四 五 六 日",
}


def _parts(lang: str, d: date) -> dict[str, str | int]:
    """The parts of ``d`` (as :func:`checks_blind17._date_kw`) with the weekday from :data:`_WD` where the
    seventeenth set's table has none."""
    kw = _date_kw(lang, d)
    if not kw["wd"] and lang in _WD:
        kw["wd"] = _WD[lang].split()[d.weekday()]
    return kw


def _second(lang: str, d: date) -> dict[str, str | int]:
    return {f"{k}2": v for k, v in _parts(lang, d).items()}


# ---------------------------------------------------------------- air-quality and pollen box (start)
AIR = {  # language: (templates, cities, air-quality levels from good to bad, pollen levels from low to high)
    "en": (
        (
            "Air quality in {city}: AQI {n} – {level} · Pollen: trees {p1}, grass {p2} · Full forecast",
            "AIR QUALITY {city} {n} {level} | UV INDEX {uv} | POLLEN {p1}",
        ),
        ("Denver", "Phoenix", "Salt Lake City", "Sacramento", "Fresno", "Pittsburgh", "Atlanta"),
        ("Good", "Moderate", "Unhealthy for Sensitive Groups", "Unhealthy"),
        ("low", "moderate", "high", "very high"),
    ),
    "de": (
        (
            "Pollenflug in {city} heute: Birke {p1}, Gräser {p2} · Luftqualität: {level} (PM10 {pm10} µg/m³)",
            "Luftqualität {city}: {level} · Feinstaub PM10 {pm10} µg/m³, Ozon {o3} µg/m³ · Stand {h}:00 Uhr",
        ),
        ("Freiburg", "Stuttgart", "München", "Leipzig", "Düsseldorf", "Nürnberg", "Graz"),
        ("sehr gut", "gut", "mäßig", "schlecht"),
        ("keine", "gering", "mäßig", "stark"),
    ),
    "fr": (
        (
            "Qualité de l'air à {city} aujourd'hui : {level} (indice ATMO {atmo}) · Risque pollinique :"
            " graminées {p1}",
        ),
        ("Lyon", "Grenoble", "Marseille", "Strasbourg", "Lille", "Toulouse"),
        ("bon", "moyen", "dégradé", "mauvais"),
        ("faible", "moyen", "élevé", "très élevé"),
    ),
    "pl": (
        ("Jakość powietrza w {city}: {level} · PM2.5: {pm} µg/m³ · PM10: {pm10} µg/m³ (GIOŚ, godz. {h}:00)",),
        ("Krakowie", "Katowicach", "Rybniku", "Nowym Sączu", "Zakopanem", "Wrocławiu"),
        ("dobra", "umiarkowana", "dostateczna", "zła"),
        ("niskie", "średnie", "wysokie", "bardzo wysokie"),
    ),
    "hu": (
        ("{city} levegőminősége: {level} · PM10: {pm10} µg/m³ · Parlagfű-pollen: {p1}",),
        ("Budapest", "Miskolc", "Pécs", "Debrecen", "Győr"),
        ("kiváló", "jó", "megfelelő", "szennyezett"),
        ("alacsony", "közepes", "magas", "nagyon magas"),
    ),
    "tr": (
        ("{city} hava kalitesi: {level} · Hava Kalitesi İndeksi {n} · PM10 {pm10} µg/m³",),
        ("Ankara", "İstanbul", "Bursa", "Kayseri", "Erzurum", "Iğdır"),
        ("İyi", "Orta", "Hassas", "Sağlıksız"),
        ("düşük", "orta", "yüksek", "çok yüksek"),
    ),
    "id": (
        ("Kualitas udara {city} hari ini: AQI {n} ({level}) · Polutan utama PM2.5 · Pukul {h}.00 WIB",),
        ("Jakarta", "Tangerang Selatan", "Bekasi", "Bandung", "Surabaya"),
        ("Baik", "Sedang", "Tidak sehat bagi kelompok sensitif", "Tidak sehat"),
        ("rendah", "sedang", "tinggi", "sangat tinggi"),
    ),
    "vi": (
        ("Chất lượng không khí {city}: AQI {n} – {level} · Cập nhật lúc {h}:00",),
        ("Hà Nội", "TP.HCM", "Hải Phòng", "Bắc Ninh", "Đà Nẵng"),
        ("Tốt", "Trung bình", "Kém", "Xấu"),
        ("thấp", "trung bình", "cao", "rất cao"),
    ),
    "ru": (
        ("Качество воздуха в {city}: индекс {n} – {level} · Пыльца березы: {p1} · Обновлено в {h}:00",),
        ("Москве", "Красноярске", "Челябинске", "Омске", "Новокузнецке"),
        ("хорошее", "удовлетворительное", "умеренное", "плохое"),
        ("низкая", "средняя", "высокая", "очень высокая"),
    ),
    "zh": (
        ("{city}空气质量 AQI {n} {level} · 首要污染物：PM2.5 · {h}:00更新",),
        ("北京", "石家庄", "西安", "成都", "郑州", "沈阳"),
        ("优", "良", "轻度污染", "中度污染"),
        ("低", "中", "高", "极高"),
    ),
    "ko": (
        ("{city} 미세먼지 {level} · PM10 {pm10}㎍/㎥ · 초미세먼지 {pm}㎍/㎥ · {h}시 기준",),
        ("서울", "인천", "수원", "대구", "청주", "광주"),
        ("좋음", "보통", "나쁨", "매우나쁨"),
        ("낮음", "보통", "높음", "매우높음"),
    ),
    "ja": (
        ("{city}の花粉情報：スギ {p1} · ヒノキ {p2} · PM2.5 {pm}μg/m³（{h}時現在）",),
        ("東京", "さいたま", "名古屋", "大阪", "福岡", "仙台"),
        ("", "", "", ""),
        ("少ない", "やや多い", "多い", "非常に多い"),
    ),
    "hi": (
        ("{city} का AQI आज {n} – '{level}' श्रेणी में · PM2.5: {pm} µg/m³ · सुबह {h} बजे",),
        ("दिल्ली", "नोएडा", "गाजियाबाद", "गुरुग्राम", "लखनऊ", "कानपुर"),
        ("अच्छा", "संतोषजनक", "मध्यम", "खराब"),
        ("कम", "मध्यम", "अधिक", "बहुत अधिक"),
    ),
    "th": (
        ("คุณภาพอากาศ{city}วันนี้ PM2.5 {pm} มคก./ลบ.ม. – {level} (ข้อมูล ณ เวลา {h}.00 น.)",),
        ("กรุงเทพฯ", "เชียงใหม่", "เชียงราย", "ขอนแก่น", "สมุทรปราการ"),
        ("ดี", "ปานกลาง", "เริ่มมีผลกระทบต่อสุขภาพ", "มีผลกระทบต่อสุขภาพ"),
        ("ต่ำ", "ปานกลาง", "สูง", "สูงมาก"),
    ),
}


def air_quality(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(AIR))
    templates, cities, levels, pollen = AIR[lang]
    n = rnd.randint(8, 199)
    return rnd.choice(templates).format(
        city=rnd.choice(cities),
        n=n,
        level=levels[min(3, n // 50)],
        atmo=min(3, n // 50) + 1,
        p1=rnd.choice(pollen),
        p2=rnd.choice(pollen),
        pm=max(3, n * rnd.randint(30, 45) // 100),
        pm10=max(5, n * rnd.randint(45, 80) // 100),
        o3=rnd.randint(20, 180),
        uv=rnd.randint(1, 11),
        h=rnd.randint(6, 21),
    )


# ---------------------------------------------------------------- power-outage tracker (start)
POWER = {  # language: (templates, utilities, places); {n} households or customers, the hours of a cut
    "en": (
        (
            "POWER OUTAGES: {n} {utility} customers without power in {place} County · {k} in {place2} County"
            " · View outage map",
            "Outage tracker ({h}:{mi} {ampm}): {n} homes and businesses without power across the {utility}"
            " service area · Report an outage",
        ),
        ("Duke Energy", "Georgia Power", "PG&E", "Dominion Energy", "Xcel Energy", "Entergy", "PSE&G"),
        ("Wake", "Mecklenburg", "Cobb", "Gwinnett", "Fairfax", "Hennepin", "Orleans", "Sonoma", "Bergen"),
    ),
    "de": (
        (
            "Stromausfall in {place}: Rund {n} Haushalte ohne Strom (Stand: {hh}:{mi} Uhr) · {utility}"
            " arbeitet an der Behebung · Zur Störungskarte",
        ),
        ("Netze BW", "Bayernwerk", "Westnetz", "E.DIS", "Stromnetz Berlin"),
        ("Ludwigsburg", "Passau", "Wuppertal", "Potsdam", "Berlin-Köpenick", "Heilbronn", "Landshut"),
    ),
    "fr": (
        (
            "Pannes de courant : {n} clients d'{utility} privés d'électricité, dont {k} {place} · Consultez"
            " la carte des interruptions",
        ),
        ("Hydro-Québec",),
        ("en Montérégie", "en Estrie", "en Outaouais", "dans les Laurentides", "en Mauricie", "à Laval"),
    ),
    "es": (
        (
            "Corte de luz programado en {place}: {wd} {d} de {mon}, de {h1}:00 a {h2}:00 h · {utility} ·"
            " Consulta las calles afectadas",
            "Apagones ahora: {n} clientes de {utility} sin servicio eléctrico en {place} · Ver mapa",
        ),
        ("Enel", "Edenor", "Edesur", "LUMA", "CGE"),
        ("Maipú", "La Florida", "Quilmes", "Bayamón", "Lanús", "Puente Alto"),
    ),
    "tr": (
        (
            "{place} elektrik kesintisi: {dd}.{mm}.{y} tarihinde {h1}:00 - {h2}:00 saatleri arasında planlı"
            " kesinti ({utility}) · Tüm kesintiler",
        ),
        ("BEDAŞ", "AYEDAŞ", "Başkent EDAŞ", "Gediz EDAŞ", "Uludağ EDAŞ"),
        ("Kadıköy", "Bağcılar", "Çankaya", "Karşıyaka", "Nilüfer", "Esenyurt", "Keçiören"),
    ),
    "vi": (
        ("Lịch cúp điện {place} ngày {dd}/{mm}/{y}: từ {h1}h00 đến {h2}h00 · {utility} · Xem toàn bộ lịch",),
        ("EVNHCMC", "EVNHANOI", "PC Đồng Nai", "PC Bình Dương"),
        ("quận Gò Vấp", "TP Thủ Đức", "quận Hà Đông", "huyện Củ Chi", "TP Biên Hòa", "quận Bình Tân"),
    ),
    "id": (
        (
            "Jadwal pemadaman listrik {utility} di {place} hari {wd}, {dd}/{mm}/{y}: pukul {h1}.00–{h2}.00"
            " WIB · Cek wilayah terdampak",
        ),
        ("PLN UP3 Bekasi", "PLN UP3 Medan", "PLN UP3 Makassar", "PLN UP3 Malang"),
        ("Bekasi Timur", "Medan Johor", "Tamalanrea", "Lowokwaru", "Cikarang Utara"),
    ),
    "sv": (
        ("Strömavbrott: {n} kunder utan ström i {place} ({utility}) · Se avbrottskartan",),
        ("Vattenfall", "Ellevio", "E.ON", "Skellefteå Kraft"),
        ("Sundsvall", "Gävle", "Västerås", "Norrtälje", "Kalmar", "Östersund"),
    ),
    "fi": (
        ("Sähkökatkot nyt: {n} taloutta ilman sähköä {place} ({utility}) · Katso häiriökartta",),
        ("Caruna", "Elenia", "Savon Voima", "Loiste"),
        ("Pohjois-Savossa", "Lapissa", "Kainuussa", "Pirkanmaalla", "Etelä-Pohjanmaalla"),
    ),
    "ru": (
        ("Отключения электроэнергии в {place} {d} {mon}: с {h1}:00 до {h2}:00 ({utility}) · Весь график",),
        ("Россети", "МОЭСК", "Ленэнерго", "Кубаньэнерго"),
        ("Краснодаре", "Подольске", "Гатчине", "Химках", "Сочи", "Ростове-на-Дону"),
    ),
    "el": (
        (
            "Διακοπές ρεύματος σήμερα {wd} {d} {mon} σε {place} από τις {h1}:00 έως τις {h2}:00 ({utility})"
            " · Δείτε τις περιοχές",
        ),
        ("ΔΕΔΔΗΕ",),
        ("Περιστέρι", "Αιγάλεω", "Καλαμαριά", "Πάτρα", "Ηράκλειο", "Λάρισα"),
    ),
    "ar": (
        (
            "جدول تخفيف الأحمال في {place} اليوم {wd}: انقطاع الكهرباء من الساعة {h1} حتى الساعة {h2}"
            " · {utility}",
        ),
        ("شركة توزيع كهرباء القاهرة", "شركة جنوب الدلتا", "شركة كهرباء الإسكندرية"),
        ("مدينة نصر", "شبرا الخيمة", "طنطا", "المنصورة", "سموحة", "حلوان"),
    ),
    "hi": (
        (
            "बिजली कटौती: {place} के {k} इलाकों में आज सुबह {h1} बजे से दोपहर {h2p} बजे तक बिजली आपूर्ति बाधित"
            " रहेगी – {utility}",
        ),
        ("BSES", "टाटा पावर", "UPPCL", "MSEDCL"),
        ("लखनऊ", "नोएडा", "पुणे", "कानपुर", "जयपुर", "भोपाल"),
    ),
}


def power_outages(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(POWER))
    templates, utilities, places = POWER[lang]
    place, place2 = rnd.sample(places, 2) if len(places) > 1 else (places[0], places[0])
    h1 = rnd.randint(7, 10)
    h2 = h1 + rnd.randint(3, 6)
    hour = rnd.randint(0, 23)
    return rnd.choice(templates).format(
        utility=rnd.choice(utilities),
        place=place,
        place2=place2,
        n=_grouped(
            rnd.randint(120, 86000),
            {"de": ".", "tr": ".", "id": ".", "sv": " ", "fi": " ", "fr": " "}.get(lang, ","),
        ),
        k=rnd.randint(12, 980),
        h=hour % 12 or 12,
        hh=f"{hour:02d}",
        mi=f"{rnd.randrange(0, 60, 5):02d}",
        ampm="a.m." if hour < 12 else "p.m.",
        h1=h1,
        h2=h2,
        h2p=h2 - 12 if h2 > 12 else h2,
        **_parts(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- ski resort's snow report (start)
SNOW = {  # language: (templates, resorts); depths, new snow, lifts open of all, the report's day
    "de": (
        (
            "Schneebericht {resort}: Berg {top} cm, Tal {base} cm · Neuschnee {new} cm · {lifts}/{all} Lifte"
            " offen · Stand {dd}.{mm}.",
            "Skigebiet {resort} – {lifts} von {all} Anlagen in Betrieb, Schneehöhe bis {top} cm,"
            " Pisten: {cond}",
        ),
        ("Ischgl", "Sölden", "Saalbach", "Obertauern", "Garmisch-Classic", "Feldberg", "Oberstdorf"),
        ("griffig", "Pulver", "hart", "sulzig"),
    ),
    "en": (
        ('Snow report – {resort}: {base_in}" base, {new_in}" new in 24 hrs · {lifts} of {all} lifts open',),
        ("Vail", "Park City", "Killington", "Jackson Hole", "Whistler Blackcomb", "Mammoth Mountain"),
        ("packed powder", "powder", "machine groomed", "spring conditions"),
    ),
    "fr": (
        (
            "Bulletin neige {resort} : {top} cm en haut des pistes, {base} cm en bas · {lifts} remontées"
            " ouvertes sur {all} · Neige {cond}",
        ),
        ("Val Thorens", "Tignes", "La Plagne", "Les Deux Alpes", "Chamonix", "Serre Chevalier"),
        ("poudreuse", "damée", "dure", "humide"),
    ),
    "it": (
        (
            "Bollettino neve {resort}: {top} cm in quota, {base} cm a valle · impianti aperti {lifts}/{all}"
            " · neve {cond}",
        ),
        ("Cervinia", "Madonna di Campiglio", "Livigno", "Cortina d'Ampezzo", "Bormio", "Sestriere"),
        ("polverosa", "compatta", "primaverile", "trasformata"),
    ),
    "sv": (
        ("Snörapport {resort}: snödjup {top} cm · {new} cm nysnö · {lifts} av {all} liftar öppna",),
        ("Åre", "Sälen", "Vemdalen", "Idre Fjäll", "Riksgränsen"),
        ("", "", "", ""),
    ),
    "fi": (
        ("Lumitilanne {resort}: lunta {top} cm · {lifts}/{all} hissiä ja {slopes} rinnettä auki",),
        ("Levi", "Ruka", "Ylläs", "Pyhä", "Himos"),
        ("", "", "", ""),
    ),
    "pl": (
        (
            "Warunki narciarskie {resort}: pokrywa śniegu {top} cm · czynne wyciągi {lifts}/{all} · trasy"
            " {cond} · aktualizacja {dd}.{mm}",
        ),
        ("Szczyrk", "Białka Tatrzańska", "Zieleniec", "Kasprowy Wierch", "Czarna Góra"),
        ("przygotowane", "dobre", "zmrożone", "mokre"),
    ),
    "cs": (
        ("Sněhové zpravodajství {resort}: {top} cm, {cond} · v provozu {lifts} z {all} vleků a lanovek",),
        ("Špindlerův Mlýn", "Klínovec", "Ještěd", "Dolní Morava", "Harrachov"),
        ("technický sníh", "prašan", "umělý sníh", "zmrzlý sníh"),
    ),
    "ru": (
        ("{resort}: снежный покров {top} см, открыто {lifts} из {all} подъемников, трассы – {cond}",),
        ("Роза Хутор", "Шерегеш", "Красная Поляна", "Домбай", "Эльбрус"),
        ("подготовлены", "пухляк", "жесткий снег", "мокрый снег"),
    ),
    "ja": (
        ("積雪情報 {resort}：山頂{top}cm・山麓{base}cm　リフト{lifts}/{all}基運行　{m}月{d}日現在",),
        ("白馬八方尾根", "志賀高原", "ニセコ", "蔵王温泉", "苗場", "野沢温泉"),
        ("", "", "", ""),
    ),
    "ko": (
        (
            "{resort} 슬로프 현황: 적설 {top}cm · 리프트 {lifts}/{all}기 운행 ·"
            " 슬로프 {slopes}면 개장 ({m}/{d} 기준)",
        ),
        ("용평리조트", "하이원리조트", "휘닉스 평창", "비발디파크", "곤지암리조트"),
        ("", "", "", ""),
    ),
    "zh": (
        ("{resort}雪况：积雪{top}厘米，开放雪道{slopes}条，缆车{lifts}/{all}条运行（{m}月{d}日）",),
        ("万龙滑雪场", "崇礼太舞", "北大湖", "长白山万达", "亚布力"),
        ("", "", "", ""),
    ),
}


def snow_report(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(SNOW))
    templates, resorts, conditions = SNOW[lang]
    top = rnd.randint(35, 320)
    total = rnd.randint(9, 62)
    winter = _day(rnd)
    if winter.month in range(5, 11):
        winter = winter.replace(month=rnd.choice((12, 1, 2, 3)), day=min(winter.day, 28))
    return rnd.choice(templates).format(
        resort=rnd.choice(resorts),
        top=top,
        base=top * rnd.randint(15, 70) // 100,
        base_in=top * rnd.randint(15, 70) // 254,
        new=rnd.randint(0, 45),
        new_in=rnd.randint(0, 18),
        lifts=rnd.randint(total // 3, total),
        all=total,
        slopes=rnd.randint(6, 48),
        cond=rnd.choice(conditions),
        **_parts(lang, winter),
    )


# ---------------------------------------------------------------- today's speed-camera sites (middle)
SPEED = {  # language: (templates, roads and streets, places); {limit} the limit, the day's parts
    "de": (
        (
            "Blitzer heute in {place}: {road} ({limit} km/h) · {road2} ({limit2} km/h) · Alle mobilen"
            " Messstellen",
            "Hier wird am {wd}, {dd}.{mm}.{y}, geblitzt: {place}, {road} – erlaubt sind {limit} km/h",
        ),
        ("Aachener Straße", "Bonner Straße", "Hauptstraße", "B 27", "Frankfurter Ring", "Neusser Straße"),
        ("Köln", "Bonn", "Stuttgart", "Mannheim", "Heidelberg", "Krefeld"),
    ),
    "en": (
        (
            "Mobile speed cameras this week: {road} near {place} ({limit} mph) · {road2} ({limit2} mph) ·"
            " Full list from {place} Police",
        ),
        ("A38", "A30", "B3233", "A361", "A39", "A3052"),
        ("Exeter", "Barnstaple", "Taunton", "Truro", "Bideford", "Plymouth"),
    ),
    "fr": (
        ("Radars mobiles cette semaine : {road} à {place} ({limit} km/h) · {road2} ({limit2} km/h)",),
        ("RD 906", "RN 7", "avenue de la République", "boulevard Voltaire", "RD 1085"),
        ("Valence", "Montélimar", "Romans-sur-Isère", "Vienne", "Bourg-en-Bresse"),
    ),
    "nl": (
        ("Flitsers vandaag: {road} bij {place} ({limit} km/u) · {road2} ({limit2} km/u) · Meld een flitser",),
        ("N201", "A2", "Rijksstraatweg", "N348", "Oosterparkweg"),
        ("Utrecht", "Amersfoort", "Apeldoorn", "Deventer", "Zeist"),
    ),
    "pl": (
        ("Kontrole prędkości {dd}.{mm}.{y}: {road} w {place} · {road2} · ograniczenie {limit} km/h",),
        ("DK 7", "ul. Grunwaldzka", "al. Jana Pawła II", "DW 780", "ul. Zakopiańska"),
        ("Krakowie", "Myślenicach", "Gdańsku", "Kielcach", "Radomiu"),
    ),
    "cs": (
        ("Kde se měří rychlost {d}. {m}.: {place}, {road} ({limit} km/h) · {road2} ({limit2} km/h)",),
        ("ulice Vídeňská", "I/35", "Husova", "Olomoucká", "silnice II/150"),
        ("Brno", "Olomouc", "Ostrava", "Pardubice", "Zlín"),
    ),
    "hu": (
        (
            "Traffipax: {y}. {mon} {d}-én {place} területén a {road} útvonalon ({limit} km/h) és a {road2}"
            " mentén ellenőriz a rendőrség",
        ),
        ("4-es főút", "M3-as autópálya", "Rákóczi út", "47-es főút", "Petőfi Sándor utca"),
        ("Szolnok", "Debrecen", "Szeged", "Kecskemét", "Nyíregyháza"),
    ),
    "ro": (
        ("Radare pe {d}.{mm}.{y}: {road}, {place} ({limit} km/h) · {road2} · Poliția Rutieră",),
        ("DN1", "DN7", "Bulevardul Iuliu Maniu", "DN2", "Calea București"),
        ("Ploiești", "Pitești", "Brașov", "Buzău", "Cluj-Napoca"),
    ),
    "it": (
        ("Autovelox oggi {d} {mon}: {road} a {place} (limite {limit} km/h) · {road2} · Tutte le postazioni",),
        ("SS 16 Adriatica", "via Emilia", "tangenziale est", "SP 25", "viale Europa"),
        ("Pesaro", "Rimini", "Forlì", "Ancona", "Modena"),
    ),
    "es": (
        ("Radares móviles hoy: {road} km {km}, {place} ({limit} km/h) · {road2} · Consulta la DGT",),
        ("A-7", "N-340", "A-4", "CV-500", "M-40"),
        ("Málaga", "Marbella", "Valencia", "Córdoba", "Getafe"),
    ),
    "ru": (
        ("Камеры и посты ДПС {d} {mon}: {road} ({place}), ограничение {limit} км/ч · {road2} · Карта камер",),
        ("ул. Ленина", "Московское шоссе", "пр. Мира", "ул. Гагарина", "Кольцевая дорога"),
        ("Самара", "Тольятти", "Уфа", "Казань", "Саратов"),
    ),
    "el": (
        ("Κάμερες ταχύτητας σήμερα: {road} στο {place} (όριο {limit} χλμ/ώρα) · {road2}",),
        ("Λεωφόρος Κηφισίας", "Αττική Οδός", "Εθνική Οδός Αθηνών-Λαμίας", "Λεωφόρος Συγγρού"),
        ("Μαρούσι", "Χαλάνδρι", "Περιστέρι", "Γλυφάδα"),
    ),
    "ja": (
        ("速度取締り情報（{m}月{d}日）：{road}　{place}付近（制限{limit}km/h）・{road2}",),
        ("国道4号", "国道1号", "県道24号", "国道16号", "環状7号線"),
        ("宇都宮市", "静岡市", "浜松市", "千葉市", "八王子市"),
    ),
}


def speed_cameras(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(SPEED))
    templates, roads, places = SPEED[lang]
    road, road2 = rnd.sample(roads, 2)
    limits = (20, 30, 40, 50, 60) if lang == "en" else (30, 40, 50, 60, 70, 80, 90, 100)
    return rnd.choice(templates).format(
        road=road,
        road2=road2,
        place=rnd.choice(places),
        limit=rnd.choice(limits),
        limit2=rnd.choice(limits),
        km=rnd.randint(3, 420),
        **_parts(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- political advertisement's imprint (middle)
_CANDIDATES = ("Karen Whitfield", "Marcus Delgado", "Tom Brennan", "Linda Okafor", "Greg Hollis", "Amy Sato")
POLITICAL = {  # language: (templates, parties or committees, names, places)
    "en": (
        (
            "Paid for by {party} ({web}) and not authorized by any candidate or candidate's committee.",
            "Paid for by {name} for {office}. Approved by {name}.",
            "Promoted by {name2} on behalf of {party}, both at {n} {street}, {place}.",
        ),
        ("Citizens for a Stronger {place}", "Friends of {name}", "{place} Forward PAC", "Keep {place} Safe"),
        _CANDIDATES,
        ("Springfield", "Riverside", "Ashford", "Lakewood", "Milton", "Fairfield"),
    ),
    "de": (
        ("Politische Anzeige · Auftraggeber: {party} Kreisverband {place}, {street_de} {n}, {plz} {place}",),
        ("CDU", "SPD", "Bündnis 90/Die Grünen", "FDP", "Freie Wähler", "Die Linke"),
        ("Sabine Kessler", "Jörg Wendt", "Tanja Reuter", "Michael Stahl"),
        ("Gießen", "Fulda", "Marburg", "Hanau", "Wetzlar", "Limburg"),
    ),
    "pl": (
        (
            "Materiał wyborczy KWW {name}. Sfinansowany ze środków komitetu. {name}, kandydat na burmistrza"
            " {place}, lista nr {n}",
        ),
        ("",),
        ("Marek Nowicki", "Beata Zawadzka", "Krzysztof Wróbel", "Agnieszka Lis"),
        ("Wadowic", "Oświęcimia", "Bochni", "Gorlic", "Limanowej"),
    ),
    "cs": (
        ("Placená politická inzerce. Zadavatel: {party}, zpracovatel: {agency} s.r.o., IČO {ico}",),
        ("ODS", "STAN", "Piráti", "ANO 2011", "KDU-ČSL", "TOP 09"),
        ("",),
        ("",),
    ),
    "ro": (
        ("Material electoral comandat de {party}, realizat de {agency} SRL, CMF {cmf}",),
        ("PNL", "PSD", "USR", "UDMR", "Forța Dreptei"),
        ("",),
        ("",),
    ),
    "hu": (
        ("Fizetett politikai hirdetés. Megrendelő: {name} ({party}), {place}, {street_hu} {n}.",),
        ("Fidesz–KDNP", "DK", "Momentum", "MSZP", "Mi Hazánk", "TISZA"),
        ("Kovács Péter", "Nagy Zsuzsanna", "Szabó Gábor", "Tóth Erika"),
        ("Szeged", "Pécs", "Eger", "Sopron", "Vác"),
    ),
    "sv": (
        ("Politisk annons · Avsändare: {party} i {place} · Betald av {party} {place}",),
        ("Socialdemokraterna", "Moderaterna", "Centerpartiet", "Liberalerna", "Kristdemokraterna"),
        ("",),
        ("Umeå", "Luleå", "Växjö", "Karlstad", "Örebro"),
    ),
    "fi": (
        ("Vaalimainos · Maksaja: ehdokas {name} ({party}), {place} · Ehdokasnumero {n}",),
        ("KOK", "SDP", "PS", "KESK", "VIHR"),
        ("Mikko Laaksonen", "Sari Heikkinen", "Juha Kettunen", "Anne Rantala"),
        ("Tampere", "Jyväskylä", "Kuopio", "Oulu", "Lahti"),
    ),
    "pt": (
        ("Propaganda eleitoral paga · {name} {n} · Coligação {party} · CNPJ {cnpj}",),
        ("Frente Popular por {place}", "Juntos por {place}", "{place} Pode Mais", "Renova {place}"),
        ("Dr. Carlos Medeiros", "Fátima Albuquerque", "Zé Roberto", "Professora Sônia"),
        ("Campinas", "Londrina", "Uberlândia", "Feira de Santana", "Joinville"),
    ),
    "id": (
        ("Iklan kampanye ini dibiayai oleh Tim Kampanye {name} · Nomor urut {n} · Diizinkan KPU {place}",),
        ("",),
        ("H. Ahmad Fauzi", "Dedi Kurniawan", "Hj. Siti Rahmawati", "Bambang Setiadi"),
        ("Kota Bogor", "Kabupaten Bandung", "Kota Depok", "Kabupaten Sleman"),
    ),
    "ko": (
        ("이 광고는 {party} {name} 후보 선거사무소가 게재하였습니다 · 기호 {n}번",),
        ("더불어민주당", "국민의힘", "조국혁신당", "개혁신당"),
        ("김성호", "이정민", "박지영", "최동훈"),
        ("",),
    ),
    "el": (
        ("Πολιτική διαφήμιση · Χρηματοδοτείται από: {party}, υποψήφιος {name}, Περιφέρεια {place}",),
        ("Νέα Δημοκρατία", "ΠΑΣΟΚ-ΚΙΝΑΛ", "ΣΥΡΙΖΑ", "Ελληνική Λύση"),
        ("Γιώργος Παπαδάκης", "Μαρία Κωνσταντίνου", "Νίκος Αλεξίου"),
        ("Κεντρικής Μακεδονίας", "Αττικής", "Κρήτης", "Θεσσαλίας"),
    ),
    "he": (
        ("תעמולת בחירות · במימון {party} · {name} לראשות עיריית {place} · מס' רשימה {n}",),
        ('סיעת "עתיד העיר"', 'סיעת "ביחד"', 'סיעת "בית"', 'סיעת "הכוח לשנות"'),
        ("יוסי לוי", "מיכל כהן", "אבי פרץ", "רונית בן דוד"),
        ("חיפה", "באר שבע", "רחובות", "נתניה", "אשדוד"),
    ),
}
_AGENCIES = ("MediaPro", "AdVantage", "Kreativ Plus", "Promo Art", "Grafix", "Atelier Nord", "Vizual")


def political_ad(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(POLITICAL))
    templates, parties, names, places = POLITICAL[lang]
    name, name2 = rnd.sample(names, 2) if len(names) > 1 else (names[0], names[0])
    place = rnd.choice(places)
    party = rnd.choice(parties).format(place=place, name=name)
    return rnd.choice(templates).format(
        party=party,
        name=name,
        name2=name2,
        place=place,
        web=f"www.{re.sub(r'[^a-z]', '', party.lower())}.org",
        office=rnd.choice(("Mayor", "City Council", "State Senate", "Congress", "County Commissioner")),
        street=rnd.choice(("High Street", "Church Road", "Station Road", "Market Square")),
        street_de=rnd.choice(("Bahnhofstraße", "Marktplatz", "Schillerstraße", "Goethestraße")),
        street_hu=rnd.choice(("Kossuth Lajos utca", "Petőfi utca", "Fő tér", "Dózsa György út")),
        n=rnd.randint(1, 120),
        plz=_digits(rnd, "3####"),
        agency=rnd.choice(_AGENCIES),
        ico=_digits(rnd, "########"),
        cmf=_digits(rnd, "2#######"),
        cnpj=_digits(rnd, "##.###.###/0001-##"),
    )


# ---------------------------------------------------------------- tide-times box (middle)
TIDES = {  # language: (templates, ports); high and low water times, heights, coefficients
    "en": (
        (
            "Tide times for {port}: High {t1} ({h1} m) · Low {t2} ({h2} m) · High {t3} ({h3} m) · Sunrise"
            " {sun}",
            "TIDES {port} | HW {t1} {h1}m | LW {t2} {h2}m",
        ),
        ("Whitby", "Falmouth", "Tenby", "Padstow", "Oban", "Scarborough", "Portsmouth"),
    ),
    "fr": (
        ("Marées à {port} : PM {t1h} ({h1} m, coef. {coef}) · BM {t2h} ({h2} m) · PM {t3h}",),
        ("Saint-Malo", "Granville", "Arcachon", "Concarneau", "Le Croisic", "Dieppe"),
    ),
    "de": (
        ("Gezeiten {port}: Hochwasser {t1} Uhr · Niedrigwasser {t2} Uhr · Hochwasser {t3} Uhr (BSH)",),
        ("Cuxhaven", "Büsum", "Norddeich", "Wilhelmshaven", "Helgoland", "Husum"),
    ),
    "nl": (
        ("Getij {port}: hoogwater {t1} (+{cm} cm NAP) · laagwater {t2} (-{cm2} cm NAP) · hoogwater {t3}",),
        ("Vlissingen", "Den Helder", "Harlingen", "Scheveningen", "Delfzijl", "IJmuiden"),
    ),
    "es": (
        ("Mareas en {port}: pleamar {t1} ({h1} m) · bajamar {t2} ({h2} m) · coeficiente {coef}",),
        ("Santander", "A Coruña", "Vigo", "San Sebastián", "Cádiz", "Gijón"),
    ),
    "pt": (
        ("Marés em {port}: preia-mar às {t1h} ({h1} m) · baixa-mar às {t2h} ({h2} m)",),
        ("Lisboa", "Nazaré", "Peniche", "Figueira da Foz", "Aveiro", "Sines"),
    ),
    "it": (
        ("Previsione marea {port}: massimo +{cm} cm alle {t1} · minimo -{cm2} cm alle {t2} · Centro Maree",),
        ("Venezia – Punta della Salute", "Chioggia", "Lido di Venezia", "Burano"),
    ),
    "ko": (
        ("{port} 물때: 만조 {t1} ({cm}cm) · 간조 {t2} ({cm2}cm) · {tide}물",),
        ("인천", "목포", "군산", "평택", "여수", "통영"),
    ),
    "ja": (
        ("{port}の潮汐：満潮 {t1}（{cm}cm）・干潮 {t2}（{cm2}cm）　{tide_ja}",),
        ("東京", "横浜", "名古屋", "大阪", "博多", "函館"),
    ),
    "id": (
        (
            "Pasang surut {port} hari ini: pasang tertinggi {h1} m pukul {t1d} WIB · surut terendah {h2} m"
            " pukul {t2d} WIB",
        ),
        ("Tanjung Priok", "Tanjung Perak", "Semarang", "Cilacap", "Belawan"),
    ),
    "vi": (
        ("Thủy triều {port}: đỉnh triều {h1} m lúc {t1vi} · chân triều {h2} m lúc {t2vi}",),
        ("Vũng Tàu", "Hải Phòng", "Cần Giờ", "Nha Trang", "Quy Nhơn"),
    ),
    "zh": (
        ("{port}潮汐表：高潮 {t1}（{cm}厘米）· 低潮 {t2}（{cm2}厘米）· 农历{lunar}",),
        ("厦门", "青岛", "宁波舟山", "大连", "湛江"),
    ),
}
_LUNAR = ("初一", "初三", "初八", "十二", "十五", "十八", "廿三", "廿六", "廿九")


def tide_times(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(TIDES))
    templates, ports = TIDES[lang]
    start = rnd.randint(0, 11 * 60)
    t = [start, start + rnd.randint(370, 385), start + rnd.randint(740, 760)]
    hm = [(m // 60 % 24, m % 60) for m in t]
    top = 130 if lang == "fr" else 90 if lang == "ko" else 60  # the range's top in tenths of a metre
    point = "." if lang in ("en", "zh", "ja", "ko") else ","

    def metres(low: int, high: int) -> str:
        return f"{rnd.randint(low, high) / 10:.1f}".replace(".", point)

    return rnd.choice(templates).format(
        port=rnd.choice(ports),
        t1=f"{hm[0][0]:02d}:{hm[0][1]:02d}",
        t2=f"{hm[1][0]:02d}:{hm[1][1]:02d}",
        t3=f"{hm[2][0]:02d}:{hm[2][1]:02d}",
        t1h=f"{hm[0][0]:02d}h{hm[0][1]:02d}",
        t2h=f"{hm[1][0]:02d}h{hm[1][1]:02d}",
        t3h=f"{hm[2][0]:02d}h{hm[2][1]:02d}",
        t1d=f"{hm[0][0]:02d}.{hm[0][1]:02d}",
        t2d=f"{hm[1][0]:02d}.{hm[1][1]:02d}",
        t1vi=f"{hm[0][0]}h{hm[0][1]:02d}",
        t2vi=f"{hm[1][0]}h{hm[1][1]:02d}",
        h1=metres(top // 3, top),
        h2=metres(0, top // 4),
        h3=metres(top // 3, top),
        cm=rnd.randint(60, 860)
        if lang == "ko"
        else rnd.randint(80, 190)
        if lang == "it"
        else rnd.randint(90, 260),
        cm2=rnd.randint(5, 90),
        coef=rnd.randint(28, 118),
        tide=f"{rnd.randint(1, 14)}",
        tide_ja=rnd.choice(("大潮", "中潮", "小潮", "長潮", "若潮")),
        lunar=rnd.choice(_LUNAR),
        sun=f"{rnd.randint(4, 8):02d}:{rnd.randint(0, 59):02d}",
    )


# ---------------------------------------------------------------- used-car listings box (end)
_CARS = (
    ("VW", "Golf 1.5 TSI"),
    ("VW", "Tiguan 2.0 TDI"),
    ("Škoda", "Octavia Combi"),
    ("Toyota", "Corolla Hybrid"),
    ("Ford", "Focus"),
    ("Opel", "Astra"),
    ("BMW", "320d Touring"),
    ("Renault", "Clio"),
    ("Peugeot", "308"),
    ("Hyundai", "Tucson"),
    ("Kia", "Sportage"),
    ("Dacia", "Duster"),
)
CARS = {  # language: (templates, cities, currency's thousands separator, price range in the currency)
    "de": (
        (
            "Gebrauchtwagen in Ihrer Region: {make} {model}, EZ {mm}/{year}, {km} km, {price} € · {make2}"
            " {model2}, {km2} km, {price2} € · Alle Angebote",
        ),
        ("",),
        ".",
        (6900, 38900),
    ),
    "en": (
        ("Cars for sale near {city}: {year} {make} {model}, {mi} miles, ${price} · See all listings",),
        ("Columbus", "Omaha", "Tulsa", "Boise", "Raleigh", "Spokane"),
        ",",
        (7995, 36995),
    ),
    "fr": (
        (
            "Voitures d'occasion près de {city} : {make} {model}, {year}, {km} km, {price} € · Voir les"
            " annonces",
        ),
        ("Rennes", "Angers", "Limoges", "Metz", "Pau"),
        " ",
        (6490, 32990),
    ),
    "it": (
        ("Auto usate a {city}: {make} {model} del {year}, {km} km, € {price} · Tutti gli annunci",),
        ("Bergamo", "Vicenza", "Pescara", "Salerno", "Parma"),
        ".",
        (5900, 29900),
    ),
    "es": (
        ("Coches de segunda mano en {city}: {make} {model}, {year}, {km} km, {price} € · Ver más coches",),
        ("Valladolid", "Alicante", "Pamplona", "Oviedo", "Granada"),
        ".",
        (5500, 31900),
    ),
    "pl": (
        ("Samochody używane – {city}: {make} {model}, {year} r., {km} km, {price} zł · Zobacz ogłoszenia",),
        ("Poznań", "Lublin", "Białystok", "Toruń", "Rzeszów"),
        " ",
        (18900, 129900),
    ),
    "cs": (
        ("Ojeté vozy v okolí: {make} {model}, r. v. {year}, najeto {km} km, {price} Kč · {city}",),
        ("Plzeň", "Liberec", "Hradec Králové", "Jihlava", "Opava"),
        " ",
        (149000, 689000),
    ),
    "hu": (
        ("Használtautó {city}: {make} {model}, {year}, {km} km, {price} Ft · Összes hirdetés",),
        ("Győr", "Debrecen", "Székesfehérvár", "Kaposvár"),
        " ",
        (2490000, 11990000),
    ),
    "sv": (
        ("Begagnade bilar i {city}: {make} {model}, {year}, {mil} mil, {price} kr · Visa alla",),
        ("Linköping", "Jönköping", "Borås", "Gävle", "Uppsala"),
        " ",
        (79900, 329900),
    ),
    "tr": (
        ("{city} sahibinden satılık: {year} {make} {model}, {km} km, {price} TL · Tüm ilanlar",),
        ("Ankara", "Kocaeli", "Konya", "Gaziantep", "Samsun"),
        ".",
        (485000, 1890000),
    ),
    "ru": (
        ("Авто с пробегом в {city}: {make} {model}, {year} г., {km} км, {price} ₽ · Все объявления",),
        ("Екатеринбурге", "Новосибирске", "Тюмени", "Перми", "Ярославле"),
        " ",
        (690000, 3290000),
    ),
    "ja": (
        ("中古車情報（{city}）：{make} {model} {year}年式 走行{km}km 本体価格{man}万円 · 一覧を見る",),
        ("札幌", "仙台", "静岡", "岡山", "熊本"),
        ",",
        (0, 0),
    ),
    "ar": (
        ("سيارات مستعملة للبيع في {city}: {make} {model} موديل {year}، {km} كم، {price} درهم · عرض الكل",),
        ("دبي", "الشارقة", "أبوظبي", "العين"),
        ",",
        (24500, 119000),
    ),
    "nl": (
        ("Occasions in de buurt van {city}: {make} {model}, {year}, {km} km, € {price} · Bekijk alle",),
        ("Eindhoven", "Breda", "Nijmegen", "Groningen", "Almere"),
        ".",
        (6950, 32950),
    ),
}


def used_cars(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(CARS))
    templates, cities, sep, (low, high) = CARS[lang]
    (make, model), (make2, model2) = rnd.sample(_CARS, 2)
    year = rnd.randint(2010, 2023)
    km = rnd.randint(8, 220) * 1000 + rnd.randint(0, 999)
    step = 10 if high < 100000 else 1000
    return rnd.choice(templates).format(
        make=make,
        model=model,
        make2=make2,
        model2=model2,
        city=rnd.choice(cities),
        year=year,
        mm=f"{rnd.randint(1, 12):02d}",
        km=_grouped(km, sep),
        km2=_grouped(rnd.randint(8, 220) * 1000 + rnd.randint(0, 999), sep),
        mi=_grouped(km * 5 // 8, ","),
        mil=_grouped(km // 10, " "),
        price=_grouped(rnd.randint(low // step, high // step) * step - (10 if step == 10 else 0), sep)
        if high
        else "",
        price2=_grouped(rnd.randint(low // step, high // step) * step - 10, sep) if high else "",
        man=f"{rnd.randint(49, 389)}.{rnd.randint(0, 9)}",
    )


# ---------------------------------------------------------------- waste-collection calendar (end)
WASTE = {  # language: (templates, districts); two collection days' parts
    "de": (
        (
            "Abfallkalender {place}: Restmüll {wd}, {dd}.{mm}. · Gelbe Tonne {wd2}, {dd2}.{mm2}. · Biotonne"
            " wöchentlich · Erinnerung per App",
            "Müllabfuhr in {place}: Papiertonne am {wd} ({dd}.{mm}.{y}) – bitte bis 6 Uhr bereitstellen",
        ),
        ("Bochum-Linden", "Erfurt-Nord", "Regensburg-Süd", "Darmstadt-Eberstadt", "Kassel-Wehlheiden"),
    ),
    "en": (
        (
            "Bin collection for {place}: recycling (blue bin) {wd} {d} {mon} · general waste {wd2} {d2}"
            " {mon2}",
        ),
        ("Cathays", "Headingley", "Moseley", "Gorgie", "Chorlton", "Clifton"),
    ),
    "nl": (
        (
            "Afvalkalender {place}: GFT {wd} {d} {mon} · PMD {wd2} {d2} {mon2} · Papier en karton in"
            " week {wk}",
        ),
        ("Tilburg-Reeshof", "Leiden-Noord", "Zwolle-Zuid", "Haarlem-Schalkwijk", "Ede-Veldhuizen"),
    ),
    "sv": (
        ("Sophämtning i {place}: matavfall {wd} {d} {mon} · restavfall {wd2} {d2} {mon2}",),
        ("Västerås Bäckby", "Umeå Ersboda", "Borås Norrby", "Lund Norra Fäladen"),
    ),
    "fi": (
        ("Jätehuolto {place}: sekajäte {wd} {dd}.{mm}. · biojäte {wd2} {dd2}.{mm2}. · Tilaa muistutus",),
        ("Hervanta", "Kaukajärvi", "Kuokkala", "Puijonlaakso", "Linnanmaa"),
    ),
    "cs": (
        ("Svoz odpadu {place}: směsný odpad {wd} {d}. {m}. · plasty a papír {wd2} {d2}. {m2}.",),
        ("Praha 4 – Chodov", "Brno-Líšeň", "Ostrava-Poruba", "Olomouc-Nové Sady"),
    ),
    "pl": (
        (
            "Harmonogram wywozu śmieci {place}: odpady zmieszane {dd}.{mm}, segregowane {dd2}.{mm2} ·"
            " Pobierz harmonogram PDF",
        ),
        ("Wrocław-Krzyki", "Gdynia Chylonia", "Łódź-Widzew", "Kraków Bronowice", "Lublin Czechów"),
    ),
    "hu": (
        ("Szemétszállítás {place}: kommunális hulladék {wd}, szelektív {mon} {d}-én · Lomtalanítás",),
        ("Budapest XI. kerület", "Debrecen-Józsa", "Szeged-Tarján", "Pécs-Uránváros"),
    ),
    "it": (
        ("Raccolta differenziata {place}: {wd} {d} {mon} umido e secco · {wd2} carta e plastica",),
        ("Torino San Salvario", "Bologna Navile", "Padova Arcella", "Verona Borgo Roma"),
    ),
    "ro": (
        ("Colectare deșeuri {place}: menajer {wd}, {dd}.{mm} · reciclabile {wd2}, {dd2}.{mm2}",),
        ("Cluj-Napoca, Mănăștur", "Iași, Tătărași", "Timișoara, Fabric", "Sibiu, Hipodrom"),
    ),
    "ja": (
        ("ごみ収集日（{place}）：燃やすごみ {m}月{d}日（{wd}）・資源ごみ {m2}月{d2}日（{wd2}）",),
        ("世田谷区三軒茶屋", "横浜市港北区", "札幌市中央区", "福岡市早良区", "仙台市青葉区"),
    ),
    "ko": (
        (
            "{place} 생활쓰레기 배출: {m}월 {d}일({wd}) 일반쓰레기 · {m2}월 {d2}일({wd2}) 재활용품"
            " · 저녁 8시 이후",
        ),
        ("마포구 망원동", "수원시 영통구", "대전 유성구", "부산 해운대구", "성남시 분당구"),
    ),
    "zh": (
        ("垃圾车清运时间（{place}）：每周{wd}、{wd2}晚间{h}:{mi} · 资源回收同步收取",),
        ("台北市大安区", "新北市板桥区", "台中市西屯区", "高雄市苓雅区"),
    ),
}


def waste_calendar(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(WASTE))
    templates, places = WASTE[lang]
    first = _day(rnd)
    return rnd.choice(templates).format(
        place=rnd.choice(places),
        wk=first.isocalendar()[1],
        h=rnd.randint(17, 21),
        mi=f"{rnd.randrange(0, 60, 5):02d}",
        **_parts(lang, first),
        **_second(lang, first + timedelta(days=rnd.randint(1, 6))),
    )


# ---------------------------------------------------------------- readers' photo of the day (end)
READER_PHOTO = {  # language: (templates, picture titles, readers, places)
    "en": (
        (
            "Reader photo of the day ({mon} {d}): \u201c{title}\u201d by {name}, {place} · Send us yours:"
            " photos@{host}",
            "YOUR PICTURES | {title}, taken by {name} in {place}",
        ),
        ("Frosty morning on the moors", "Sunset over the harbour", "Bluebells in the woods", "Misty valley"),
        ("Gary Thompson", "Sue Parker", "Dave Collins", "Janet Hughes", "Ian Fletcher"),
        ("Ilkley", "Whitby", "Keswick", "Ludlow", "St Ives", "Hebden Bridge"),
    ),
    "de": (
        (
            "Leserfoto des Tages ({dd}.{mm}.): \u201e{title}\u201c von {name} aus {place} · Schicken Sie uns"
            " Ihr Foto an leserfotos@{host}",
        ),
        ("Nebel über der Elbe", "Raureif am Morgen", "Abendrot am See", "Kraniche im Anflug"),
        ("Helmut Krause", "Renate Vogel", "Uwe Schröder", "Gisela Hartmann", "Bernd Lorenz"),
        ("Meißen", "Pirna", "Radebeul", "Riesa", "Torgau"),
    ),
    "fr": (
        (
            "La photo du jour de nos lecteurs, {d} {mon} : « {title} », par {name} ({place}) · Envoyez"
            " vos photos",
        ),
        ("Lever de soleil sur la baie", "Brume sur la Loire", "Coquelicots en fleurs", "Orage sur les toits"),
        ("Michel Garnier", "Sylvie Roux", "Jean-Paul Lefèvre", "Martine Colin"),
        ("Saumur", "Blois", "Amboise", "Chinon", "Tours"),
    ),
    "it": (
        ("La foto del giorno dei lettori ({d} {mon}): «{title}» di {name}, {place} · Invia la tua foto",),
        ("Tramonto sul lago", "Nebbia in pianura", "Prima neve sulle cime", "Alba sul porto"),
        ("Giorgio Ferri", "Anna Marchetti", "Paolo Gatti", "Rita Colombo"),
        ("Como", "Lecco", "Bellagio", "Varenna", "Menaggio"),
    ),
    "es": (
        ("La foto del lector del {d} de {mon}: «{title}», enviada por {name} desde {place}",),
        ("Atardecer en la ría", "Niebla en el valle", "Tormenta sobre la playa", "Almendros en flor"),
        ("Manuel Pérez", "Carmen Ruiz", "José Antonio Gil", "Lucía Navarro"),
        ("Ribadeo", "Cangas", "Sanxenxo", "Viveiro", "Foz"),
    ),
    "nl": (
        ("Lezersfoto van de dag: \u2018{title}\u2019, gemaakt door {name} in {place}",),
        ("Mist boven de polder", "Ochtendrood bij de molen", "Ijsvogel aan de sloot", "Storm op het strand"),
        ("Henk de Vries", "Ria Bakker", "Kees Jansen", "Ineke Smit"),
        ("Kinderdijk", "Gorinchem", "Woudrichem", "Zierikzee"),
    ),
    "sv": (
        ("Dagens läsarbild {d} {mon}: \u201d{title}\u201d av {name}, {place} · Skicka din bild till oss",),
        ("Dimma över sjön", "Norrsken över byn", "Första snön", "Solnedgång vid bryggan"),
        ("Lars Holm", "Birgitta Nyström", "Anders Berg", "Kerstin Lund"),
        ("Mora", "Rättvik", "Leksand", "Orsa", "Falun"),
    ),
    "fi": (
        ("Päivän lukijakuva {dd}.{mm}.: \u201d{title}\u201d, kuvaaja {name}, {place}",),
        ("Revontulet järven yllä", "Huurteinen aamu", "Joutsenet rannassa", "Ukkospilvi"),
        ("Pekka Koskinen", "Leena Mäkinen", "Timo Salonen", "Riitta Lehto"),
        ("Sotkamo", "Kajaani", "Kuhmo", "Suomussalmi"),
    ),
    "pl": (
        ("Zdjęcie dnia od Czytelnika: \u201e{title}\u201d, autor: {name}, {place} · Wyślij swoje zdjęcie",),
        ("Mgła nad Wisłą", "Zachód słońca nad jeziorem", "Szron na łące", "Bociany na gnieździe"),
        ("Jan Kowalczyk", "Ewa Mazur", "Andrzej Król", "Halina Wójcik"),
        ("Sandomierz", "Kazimierz Dolny", "Płock", "Włocławek"),
    ),
    "hu": (
        ("Az olvasó fotója: \u201e{title}\u201d – {name} felvétele, {place}",),
        ("Köd a Tisza felett", "Naplemente a Balatonnál", "Dér a mezőn", "Gólyák a fészken"),
        ("Varga István", "Horváth Judit", "Molnár László", "Farkas Éva"),
        ("Tokaj", "Tihany", "Szentendre", "Visegrád"),
    ),
    "ru": (
        ("Фото дня от читателя, {d} {mon}: «{title}» — автор {name}, {place} · Присылайте свои снимки",),
        ("Туман над рекой", "Первый снег", "Закат над Волгой", "Иней на деревьях"),
        ("Сергей Волков", "Ирина Соколова", "Алексей Морозов", "Татьяна Павлова"),
        ("Кострома", "Ярославль", "Плёс", "Углич"),
    ),
    "el": (
        ("Η φωτογραφία της ημέρας από αναγνώστη: «{title}», του/της {name}, {place}",),
        ("Ηλιοβασίλεμα στο λιμάνι", "Ομίχλη στη λίμνη", "Χιόνια στον Ταΰγετο", "Καταιγίδα πάνω από την πόλη"),
        ("Γιάννης Οικονόμου", "Ελένη Δημητρίου", "Κώστας Βασιλείου", "Σοφία Νικολάου"),
        ("Καλαμάτα", "Ναύπλιο", "Ιωάννινα", "Καστοριά"),
    ),
    "ja": (
        ("読者投稿写真（{m}月{d}日）：「{title}」{name}さん（{place}）撮影 · 写真の投稿はこちら",),
        ("朝霧の棚田", "雪化粧の城", "夕焼けの港", "満開の桜並木"),
        ("佐藤 博", "鈴木 恵子", "高橋 誠", "田中 由美"),
        ("松本市", "高山市", "金沢市", "弘前市"),
    ),
}


def reader_photo(case: Case, rnd: random.Random) -> str:
    lang = rnd.choice(sorted(READER_PHOTO))
    templates, titles, names, places = READER_PHOTO[lang]
    return rnd.choice(templates).format(
        title=rnd.choice(titles),
        name=rnd.choice(names),
        place=rnd.choice(places),
        host=_site_names(case)[0],
        **_parts(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- newborns gallery teaser (end)
NEWBORNS = {  # language: (templates, babies' names, hospitals); the birth's day and hour, weight, length
    "de": (
        (
            "Willkommen auf der Welt: {baby}, geboren am {dd}.{mm}.{y} um {hh}:{mi} Uhr im {hospital}, {g}"
            " Gramm, {cm} cm · Zur Babygalerie",
        ),
        ("Emma", "Mia", "Noah", "Ben", "Leni", "Paul", "Matteo", "Ida"),
        ("Klinikum Fulda", "St.-Elisabeth-Krankenhaus", "Kreisklinik Ebersberg", "Marienhospital"),
    ),
    "en": (
        (
            "Birth announcements: {baby}, born {mon} {d} at {hospital}, {lb} lb {oz} oz · See all new"
            " arrivals",
        ),
        ("Olivia", "Liam", "Ava", "Theodore", "Harper", "Jackson", "Nora"),
        ("Mercy Medical Center", "St. Luke's Hospital", "Memorial Hospital", "Baptist Health"),
    ),
    "pl": (
        (
            "Noworodki ze {hospital}: {baby}, ur. {dd}.{mm}.{y} o godz. {hh}:{mi}, {g} g, {cm} cm · Zobacz"
            " galerię zdjęć",
        ),
        ("Zosia", "Antoś", "Hania", "Kuba", "Lena", "Franek", "Julka"),
        ("szpitala w Tarnowie", "szpitala w Kaliszu", "szpitala w Elblągu", "szpitala w Lesznie"),
    ),
    "nl": (
        ("Geboren: {baby}, {d} {mon} {y}, {g} gram, {cm} cm ({hospital}) · Bekijk alle geboortes",),
        ("Sem", "Julia", "Noud", "Tess", "Finn", "Saar"),
        ("Gelre ziekenhuis", "Isala", "Maxima MC", "Rijnstate"),
    ),
    "sv": (
        ("Födda: {baby}, född {d} {mon} på {hospital}, {g} g och {cm} cm · Fler nyfödda",),
        ("Alice", "Vera", "Elias", "Hugo", "Selma", "Oskar"),
        ("Sunderby sjukhus", "Länssjukhuset Ryhov", "Centralsjukhuset Karlstad", "Östersunds sjukhus"),
    ),
    "fi": (
        ("Vauvat: {baby} syntyi {dd}.{mm}.{y} klo {hh}.{mi}, {g} g, {cm} cm ({hospital})",),
        ("tyttö", "poika"),
        ("KYS", "OYS", "Keski-Suomen keskussairaala", "Kanta-Hämeen keskussairaala"),
    ),
    "cs": (
        ("Miminka: {baby} se narodil(a) {d}. {m}. {y} v porodnici {hospital}, {g} g, {cm} cm",),
        ("Eliška", "Jakub", "Tereza", "Matyáš", "Adéla", "Tobiáš"),
        ("Nemocnice Jihlava", "Nemocnice Písek", "Krajská nemocnice Liberec", "Nemocnice Znojmo"),
    ),
    "hu": (
        ("Gólyahír: {baby} {mon} {d}-én {hh}:{mi}-kor született a {hospital}, {g} gramm, {cm} cm",),
        ("Hanna", "Bence", "Zoé", "Levente", "Anna", "Máté"),
        ("Szent Borbála Kórházban", "Markusovszky Kórházban", "Bács-Kiskun Megyei Kórházban"),
    ),
    "it": (
        (
            "Fiocco {color}: è nato/a {baby} il {d} {mon} all'ospedale {hospital}, {g} grammi · Tutti i"
            " nuovi nati",
        ),
        ("Sofia", "Leonardo", "Aurora", "Tommaso", "Ginevra", "Edoardo"),
        ("di Treviso", "San Bortolo di Vicenza", "di Cremona", "Santa Chiara di Trento"),
    ),
    "ro": (
        ("Bebelușii zilei: {baby}, născut(ă) pe {dd}.{mm}.{y} la {hospital}, {g} g, {cm} cm",),
        ("Maria", "Andrei", "Ioana", "David", "Sofia", "Luca"),
        ("Maternitatea Cuza Vodă Iași", "Maternitatea Bega Timișoara", "Spitalul Județean Suceava"),
    ),
    "ru": (
        ("Новорождённые: {baby}, родился(ась) {d} {mon} {y} г. в {hospital}, вес {g} г, рост {cm} см",),
        ("Маша", "Артём", "Алиса", "Миша", "Варя", "Лев"),
        ("перинатальном центре Тулы", "роддоме № 2 Иркутска", "перинатальном центре Калуги"),
    ),
    "ja": (
        ("ようこそ赤ちゃん：{baby}（{y}年{m}月{d}日生まれ・{g}g）{hospital} · 掲載のお申し込みはこちら",),
        ("結菜ちゃん", "蓮くん", "陽葵ちゃん", "湊くん", "紬ちゃん", "蒼くん"),
        ("市民病院", "赤十字病院", "中央病院", "レディースクリニック"),
    ),
}


def newborns(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(NEWBORNS))
    templates, babies, hospitals = NEWBORNS[lang]
    g = rnd.randint(2450, 4480)
    lb, oz = divmod(round(g / 28.35), 16)
    return rnd.choice(templates).format(
        baby=rnd.choice(babies),
        hospital=rnd.choice(hospitals),
        g=g,
        cm=rnd.randint(46, 56),
        lb=lb,
        oz=oz,
        hh=f"{rnd.randint(0, 23):02d}",
        mi=f"{rnd.randint(0, 59):02d}",
        color=rnd.choice(("rosa", "azzurro")),
        **_parts(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- defects in other fields
BREADCRUMBS = {  # language: (home labels, sections, subsections)
    "en": (
        ("Home", "HOME"),
        ("News", "Sport", "Business", "Opinion"),
        ("Local", "Politics", "World", "Crime"),
    ),
    "de": (("Startseite", "Home"), ("Nachrichten", "Region", "Sport", "Wirtschaft"), ("Lokales", "Politik")),
    "fr": (("Accueil",), ("Actualités", "Sports", "Économie", "Régions"), ("Faits divers", "Politique")),
    "es": (("Inicio", "Portada"), ("Noticias", "Deportes", "Economía", "Local"), ("Sucesos", "Política")),
    "it": (("Home",), ("Cronaca", "Sport", "Economia", "Politica"), ("Regione", "Italia", "Esteri")),
    "pt": (("Início", "Home"), ("Notícias", "Esportes", "Economia", "Política"), ("Brasil", "Mundo")),
    "ru": (("Главная",), ("Новости", "Спорт", "Экономика", "Общество"), ("Регион", "Происшествия")),
    "ja": (("ホーム", "トップ"), ("ニュース", "スポーツ", "経済", "社会"), ("国内", "地域")),
    "ko": (("홈",), ("뉴스", "스포츠", "경제", "사회"), ("정치", "지역")),
    "zh": (("首页",), ("新闻", "体育", "财经", "社会"), ("国内", "地方")),
    "ar": (("الرئيسية",), ("أخبار", "رياضة", "اقتصاد", "سياسة"), ("محليات", "عربي ودولي")),
}
_CRUMB_SEPARATORS = (" › ", " > ", " / ", " » ", " | ")


def breadcrumb_title(case: Case, rnd: random.Random) -> Case | None:
    """The page's breadcrumb trail (the first line of text over the headline, in a block a template marks up
    as a heading) taken as the headline."""
    if not case.record.get("title"):
        return None
    homes, sections, subsections = BREADCRUMBS.get(guess_language(case), BREADCRUMBS["en"])
    crumbs = [rnd.choice(homes), rnd.choice(sections)]
    if rnd.random() < 0.6:
        crumbs.append(rnd.choice(subsections))
    return _with(case, title=rnd.choice(_CRUMB_SEPARATORS).join(crumbs))


_LAST_FETCH = date(2024, 6, 30)


def sidebar_date(case: Case, rnd: random.Random) -> Case | None:
    """The date of another article (the first ``<time>`` of the page, a teaser in the sidebar's most-read or
    latest list) taken as the date: a day to a year before or after the article."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", case.record.get("published") or "")
    if not m:
        return None
    published = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    later = min(400, (_LAST_FETCH - published).days)
    shift = rnd.randint(1, 400) if later < 1 or rnd.random() < 0.5 else -rnd.randint(1, later)
    return _with(case, published=(published - timedelta(days=shift)).isoformat())


READING_TIMES = {  # language: the byline block's reading time, {k} minutes
    "en": ("{k} min read", "{k} minute read", "Reading time: {k} minutes", "{k} MIN READ"),
    "de": ("Lesezeit: {k} Min.", "{k} Min. Lesezeit", "Lesedauer: ca. {k} Minuten"),
    "fr": ("Temps de lecture : {k} min", "Lecture {k} min", "{k} minutes de lecture"),
    "es": ("Lectura: {k} min", "{k} minutos de lectura", "Tiempo de lectura: {k} min"),
    "it": ("Tempo di lettura: {k} minuti", "{k} min di lettura", "Lettura {k}'"),
    "pt": ("Tempo de leitura: {k} min", "{k} min de leitura", "Leitura: {k} min"),
    "ru": ("Время чтения: {k} мин", "{k} мин на чтение", "Читать {k} минут"),
    "ja": ("この記事は約{k}分で読めます", "読了時間：約{k}分"),
    "ko": ("읽는 시간 {k}분", "{k}분 분량"),
    "zh": ("阅读时间约{k}分钟", "预计阅读{k}分钟"),
    "ar": ("وقت القراءة: {k} دقائق", "{k} دقائق للقراءة"),
}


def reading_time_author(case: Case, rnd: random.Random) -> Case | None:
    """The byline block's reading time (an item in the same list as the author's name) kept as one more
    author entry."""
    reading = rnd.choice(READING_TIMES.get(guess_language(case), READING_TIMES["en"])).format(
        k=rnd.randint(2, 14)
    )
    authors = list(case.record.get("authors") or [])
    return _with(case, authors=[*authors, reading])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "air-quality and pollen box (start)": record_only(at(once(air_quality), "start")),
        "power-outage tracker or planned-cut notice (start)": record_only(at(once(power_outages), "start")),
        "ski resort's snow report (start)": record_only(at(once(snow_report), "start")),
        "today's speed-camera sites (middle)": record_only(at(once(speed_cameras), "middle")),
        "political advertisement's paid-for-by disclosure (middle)": record_only(
            at(once(political_ad), "middle")
        ),
        "tide-times box (middle)": record_only(at(once(tide_times), "middle")),
        "used-car listings box (end)": record_only(at(once(used_cars), "end")),
        "waste-collection calendar (end)": record_only(at(once(waste_calendar), "end")),
        "readers' photo of the day (end)": record_only(placed(once_for(reader_photo), "end")),
        "newborns gallery teaser (end)": record_only(at(once(newborns), "end")),
    }
    fields: Kinds = {
        "the breadcrumb trail as the title": (record_only(breadcrumb_title), TITLE_CHECKS),
        "another article's date from the sidebar as the date": (record_only(sidebar_date), DATE_CHECKS),
        "the byline block's reading time as an author entry": (
            record_only(reading_time_author),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (nineteenth set)", "nineteenth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
