"""A thirteenth blind set for issue 9, written by a helper in session 18 whose lines the lead did not see,
committed unread and run once on the code of ``70fe544``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a box or widget of a real news template, with its variable parts (parties,
  shares, dates, channels, shows, roads, towns, prizes, prices, signs, drawn numbers, names, ages) drawn
  per record: an election results box ("Hochrechnung 18:42 Uhr: CDU/CSU 30,1 % · SPD 16,4 % ...") and an
  e-paper link to the day's print edition ("Lees de digitale krant van 4 maart 2024", "紙面ビューアー")
  at the start; a TV-listings tip ("Stasera in TV: Report su Rai 3 alle 21:20"), a traffic widget
  ("Staumelder: A7 zwischen ... 6 km stockender Verkehr", "Пробки в Москве: 7 баллов") and a
  competition/giveaway box ("Gewinnspiel: 5x2 Tickets für ... gewinnen") in the middle; and at the end a
  property-listings box ("Pisos en venta en Valencia: 3 hab. · 92 m² · 245.000 €"), a daily-horoscope
  teaser with its ratings, a lottery results box ("로또 1123회 당첨번호 ..."), a puzzles/games promo
  ("Rätsel: Kreuzworträtsel · Sudoku · ...") and a death-notices widget ("Traueranzeigen ... †
  12.03.2024"), in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish,
  Indonesian, Russian, Ukrainian, Greek, Hebrew, Arabic, Hindi, Thai, Chinese, Japanese and Korean;
* defects in other fields: the comment count run onto the end of the title ("Headline (47 comments)"), a
  date printed in another calendar (the Thai Buddhist era, the Persian and Hijri calendars, a Japanese
  era, the Minguo year), and the author's headshot alt text kept as an author ("Portrait of Jane Miller").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind13.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import AUTHOR_CHECKS, DATE_CHECKS, Kinds, at, guess_language, spread
from checks_defects import _NAMES, Case, Defect, _with, record_only


# ---------------------------------------------------------------- shared drawing helpers
def _num(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _pct(x: float, comma: bool) -> str:
    s = f"{x:.1f}"
    return s.replace(".", ",") if comma else s


def _hm(rnd: random.Random, lo: int = 6, hi: int = 23) -> tuple[int, int]:
    return rnd.randint(lo, hi), rnd.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55))


def _day(rnd: random.Random) -> date:
    return date(2016, 1, 1) + timedelta(days=rnd.randrange(3000))


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
}


def _date(lang: str, d: date, rnd: random.Random) -> str:
    """``d`` as a page in ``lang`` prints it in a box's header."""
    month = _MONTHS.get(lang, _MONTHS["en"]).split()[d.month - 1]
    numeric = rnd.random() < 0.35
    if lang == "en":
        if numeric:
            return f"{d.day}/{d.month}/{d.year}"
        return rnd.choice((f"{month} {d.day}, {d.year}", f"{d.day} {month} {d.year}"))
    if lang in ("de", "pl", "ru", "uk", "tr", "el", "he"):
        if numeric or lang in ("el", "he"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        return f"{d.day}. {month} {d.year}" if lang == "de" else f"{d.day} {month} {d.year}"
    if lang in ("fr", "it", "nl", "id"):
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if numeric else f"{d.day} {month} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if numeric else f"{d.day} de {month} de {d.year}"
    if lang == "th":
        return f"{d.day} {month} {d.year + 543}"
    if lang in ("ja", "zh"):
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일" if not numeric else f"{d.year}.{d.month:02d}.{d.day:02d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# ---------------------------------------------------------------- election results box (start)
ELECTIONS = (  # (template, names, decimal comma): {a} {b} {c} names, {x} {y} {z} shares, {p} counted, ...
    ("LIVE RESULTS | {a} {x}% | {b} {y}% | {p}% of expected vote counted", ("Harris", "Trump"), False),
    ("Election results: {a} {x}%, {b} {y}% ({p}% reporting)", ("Biden", "Trump", "Haley"), False),
    ("{a} {x}%\n{b} {y}%\nEst. {p}% of votes counted", ("Kamala Harris", "Donald Trump"), False),
    (
        "Results: {s} of 650 seats declared · {a} {u} · {b} {v} · {c} {w}",
        ("Labour", "Conservative", "Lib Dem", "SNP"),
        False,
    ),
    (
        "Hochrechnung {t} Uhr: {a} {x} % · {b} {y} % · {c} {z} %",
        ("CDU/CSU", "SPD", "Grüne", "AfD", "BSW"),
        True,
    ),
    (
        "Vorläufiges Ergebnis ({k} von {n} Wahlbezirken): {a} {x} %, {b} {y} %, {c} {z} %",
        ("CDU", "SPD", "Grüne", "FDP", "Freie Wähler"),
        True,
    ),
    (
        "Résultats en direct · {a} {x} % · {b} {y} % · {c} {z} % – {p} % des bulletins dépouillés",
        ("RN", "NFP", "Ensemble", "LR"),
        True,
    ),
    ("Résultats du second tour : {a} {x} % – {b} {y} %", ("E. Macron", "M. Le Pen"), True),
    (
        "Escrutado el {p}%: {a} {x}% ({s} escaños) · {b} {y}% ({u}) · {c} {z}% ({v})",
        ("PP", "PSOE", "Vox", "Sumar"),
        True,
    ),
    (
        "Risultati in tempo reale – Sezioni: {k} su {n} · {a} {x}% · {b} {y}% · {c} {z}%",
        ("FdI", "PD", "M5S", "FI", "Lega"),
        True,
    ),
    (
        "Apuração em tempo real: {p}% das seções totalizadas · {a} {x}% · {b} {y}%",
        ("Lula", "Bolsonaro", "Ricardo Nunes", "Guilherme Boulos"),
        True,
    ),
    ("Wyniki exit poll: {a} {x}% · {b} {y}% · {c} {z}%", ("PiS", "KO", "Trzecia Droga", "Lewica"), True),
    (
        "Seçim sonuçları | Açılan sandık: %{p} | {a} %{x} · {b} %{y}",
        ("AK Parti", "CHP", "MHP", "İYİ Parti"),
        True,
    ),
    (
        "Предварительные итоги: обработано {p}% протоколов · {a} — {x}% · {b} — {y}% · {c} — {z}%",
        ("Единая Россия", "КПРФ", "ЛДПР", "Новые люди"),
        True,
    ),
    (
        "Результати виборів: опрацьовано {p}% протоколів · {a} {x}% · {b} {y}%",
        ("Зеленський", "Порошенко"),
        True,
    ),
    (
        "النتائج الأولية: فرز {p}% من الصناديق | {a} {x}% | {b} {y}%",
        ("عبد المجيد تبون", "عبد العالي حساني"),
        False,
    ),
    (
        "चुनाव परिणाम LIVE | कुल सीटें 543 · {a} {s} · {b} {u} · {c} {w}",
        ("एनडीए", "इंडिया गठबंधन", "अन्य"),
        False,
    ),
    ("開票速報（{t}現在・開票率{p}%）\n{a} {vu}票\n{b} {vv}票", ("小池百合子", "石丸伸二", "蓮舫"), False),
    ("개표 현황 (개표율 {p}%) | {a} {x}% | {b} {y}%", ("이재명", "윤석열", "심상정"), False),
    ("即時開票（{k}/{n}所）{a} {x}% · {b} {y}% · {c} {z}%", ("賴清德", "侯友宜", "柯文哲"), False),
    (
        "ผลการนับคะแนนอย่างไม่เป็นทางการ นับแล้ว {p}% · {a} {s} ที่นั่ง · {b} {u} ที่นั่ง",
        ("ก้าวไกล", "เพื่อไทย", "ภูมิใจไทย"),
        False,
    ),
    (
        "Hitung cepat ({p}% data masuk): {a} {x}% · {b} {y}% · {c} {z}%",
        ("Prabowo-Gibran", "Anies-Muhaimin", "Ganjar-Mahfud"),
        True,
    ),
)


def election(rnd: random.Random) -> str:
    template, names, comma = rnd.choice(ELECTIONS)
    a, b, c = rnd.sample(names, 3) if len(names) >= 3 else (*rnd.sample(names, 2), "")
    x = rnd.uniform(28, 55)
    y = rnd.uniform(10, min(x, 90 - x)) if c else 100 - x - rnd.uniform(0, 2.5)
    z = rnd.uniform(2, max(3, 99 - x - y) / 2)
    n = rnd.randint(120, 3400)
    h, m = _hm(rnd, 18, 23)
    s = rnd.randint(120, 250)
    u = rnd.randint(40, s - 20)
    return template.format(
        a=a,
        b=b,
        c=c,
        x=_pct(x, comma),
        y=_pct(y, comma),
        z=_pct(z, comma),
        p=_pct(rnd.uniform(8, 99.8), comma),
        t=f"{h:02d}:{m:02d}",
        k=rnd.randint(10, n),
        n=n,
        s=s,
        u=u,
        v=rnd.randint(5, max(6, u // 2)),
        w=rnd.randint(3, 60),
        vu=_num(rnd.randint(400000, 2900000), ","),
        vv=_num(rnd.randint(200000, 1600000), ","),
    )


# ---------------------------------------------------------------- e-paper / print edition link (start)
EPAPERS = (  # (language, template): {d} the day's date, {k} a page or issue number
    ("en", "Read today's paper: e-Edition for {d}"),
    ("en", "Today's Paper | {d} | Read the digital replica"),
    ("en", "Print edition · {d} · Read the e-paper"),
    ("de", "E-Paper: Die Zeitung vom {d} digital lesen"),
    ("de", "Zur Ausgabe vom {d} im E-Paper"),
    ("de", "ePaper | Ausgabe vom {d} | Jetzt lesen"),
    ("fr", "Lire le journal du {d} en version numérique"),
    ("fr", "Le journal du jour en PDF – édition du {d}"),
    ("es", "Edición impresa · {d} · Léela en Kiosko y Más"),
    ("es", "Lee la edición en papel del {d} en PDF"),
    ("it", "Sfoglia il giornale di oggi · Edizione del {d}"),
    ("it", "Leggi l'edizione digitale del {d}"),
    ("pt", "Leia a edição impressa de {d} na versão digital"),
    ("nl", "Lees de digitale krant van {d}"),
    ("nl", "Krant van vandaag: {d} – Lees de e-paper"),
    ("pl", "E-wydanie z {d} – czytaj gazetę online"),
    ("ru", "Свежий номер газеты от {d} (PDF, № {k})"),
    ("uk", "Читайте номер від {d} у PDF"),
    ("tr", "Gazetenin {d} tarihli baskısını E-Gazete'de okuyun"),
    ("ar", "تصفح النسخة الورقية - العدد {k} - {d}"),
    ("hi", "ई-पेपर | {d} का अखबार पढ़ें"),
    ("ja", "紙面ビューアー　{d}付 朝刊 {k}面"),
    ("ja", "きょうの紙面（{d}）"),
    ("ko", "지면보기 | {d}자 A{k}면"),
    ("zh", "数字报 | {d} 第{k}版：要闻"),
)


def epaper(rnd: random.Random) -> str:
    lang, template = rnd.choice(EPAPERS)
    return template.format(d=_date(lang, _day(rnd), rnd), k=rnd.randint(1, 32))


# ---------------------------------------------------------------- TV-listings tip (middle)
TV = {  # language: (templates, channels, shows); {t} a time, {th} French style, {t12} 12-hour
    "en": (
        ("On TV tonight: {s}, {c}, {t12}", "TV guide · {t} {c} · {s} · Full listings"),
        ("BBC One", "ITV1", "Channel 4", "BBC Two"),
        ("EastEnders", "Newsnight", "Question Time", "Gogglebox", "Coronation Street"),
    ),
    "de": (
        (
            "TV-Tipp: {t} Uhr, {c}: {s}",
            "Heute im TV · {t} {c} · {s}",
            "Was läuft heute? {t} Uhr {c} – {s} | Zum TV-Programm",
        ),
        ("ARD", "ZDF", "RTL", "Sat.1", "arte", "3sat"),
        ("Tatort: Das Opfer", "heute-journal", "Markus Lanz", "Wer wird Millionär?", "Hart aber fair"),
    ),
    "fr": (
        ("Ce soir à la télé : « {s} » à {th} sur {c}", "Programme TV · {c} · {th} · {s}"),
        ("TF1", "France 2", "M6", "Arte", "France 5"),
        ("Koh-Lanta", "Le 20 Heures", "Envoyé spécial", "Zone interdite", "La Grande Librairie"),
    ),
    "es": (
        ("Programación TV hoy: {t} {c} – {s}", "¿Qué ver esta noche? {s} ({c}, {t})"),
        ("La 1", "Antena 3", "Telecinco", "laSexta"),
        ("Pasapalabra", "El Hormiguero", "La Revuelta", "Al rojo vivo"),
    ),
    "it": (
        ("Stasera in TV: {s} su {c} alle {t}", "Guida TV · {t} · {c} · {s}"),
        ("Rai 1", "Canale 5", "Rai 3", "La7"),
        ("Affari tuoi", "Striscia la notizia", "Report", "Porta a porta"),
    ),
    "pt": (
        ("Programação de hoje: {t} · {c} · {s}", "Hoje na TV: {s} às {t} na {c}"),
        ("Globo", "SBT", "Record", "RTP1", "SIC"),
        ("Jornal Nacional", "Fantástico", "Telejornal", "Domingão com Huck"),
    ),
    "nl": (
        ("Vanavond op tv: {t} {c} – {s}",),
        ("NPO 1", "RTL 4", "SBS6"),
        ("Het Journaal", "Boer zoekt vrouw", "Op1", "Wie is de Mol?"),
    ),
    "pl": (
        ("Program TV na dziś: {t} {c} – {s}",),
        ("TVP1", "TVN", "Polsat"),
        ("Teleexpress", "Fakty", "M jak miłość", "Taniec z gwiazdami"),
    ),
    "ru": (
        ("Телепрограмма на сегодня: {t} {c} — «{s}»",),
        ("Первый канал", "Россия 1", "НТВ"),
        ("Время", "Поле чудес", "Пусть говорят", "Вести"),
    ),
    "tr": (
        ("Bu akşam TV'de: {t} {c} · {s}", "Yayın akışı | {c} | {t} {s}"),
        ("TRT 1", "Kanal D", "Show TV", "ATV"),
        ("Kuruluş Osman", "Kızılcık Şerbeti", "Ana Haber"),
    ),
    "ar": (
        ("دليل البرامج: {t} {c} – {s}",),
        ("MBC 1", "الجزيرة", "دبي"),
        ("باب الحارة", "ما خفي أعظم", "صباح الخير يا عرب"),
    ),
    "hi": (
        ("आज का टीवी शेड्यूल: {t} बजे {c} पर {s}",),
        ("दूरदर्शन", "स्टार प्लस", "सोनी टीवी"),
        ("अनुपमा", "कौन बनेगा करोड़पति", "इंडियन आइडल"),
    ),
    "ja": (
        ("今夜の番組表 {t} {c}「{s}」", "テレビ欄｜{c} {t}〜 {s}"),
        ("NHK総合", "日本テレビ", "フジテレビ", "テレビ朝日"),
        ("ニュースウオッチ9", "報道ステーション", "ブラタモリ", "サザエさん"),
    ),
    "ko": (
        ("오늘의 편성표 | {t} {c} <{s}>",),
        ("KBS1", "MBC", "SBS", "JTBC"),
        ("9시 뉴스", "나 혼자 산다", "런닝맨", "뉴스룸"),
    ),
    "el": (
        ("Πρόγραμμα τηλεόρασης: {t} {c} – {s}",),
        ("ΕΡΤ1", "ΣΚΑΪ", "ANT1", "MEGA"),
        ("Κεντρικό δελτίο ειδήσεων", "Survivor", "MasterChef"),
    ),
}


def tv(rnd: random.Random) -> str:
    templates, channels, shows = TV[rnd.choice(sorted(TV))]
    h, m = _hm(rnd, 17, 23)
    return rnd.choice(templates).format(
        c=rnd.choice(channels),
        s=rnd.choice(shows),
        t=f"{h:02d}:{m:02d}" if rnd.random() < 0.7 else f"{h}.{m:02d}",
        th=f"{h}h{m:02d}",
        t12=f"{h % 12 or 12}{'' if m == 0 else f'.{m:02d}'}pm",
    )


# ---------------------------------------------------------------- traffic widget (middle)
TRAFFIC = (  # (template, places): {a} {b} places, {n} a road number, {k} km, {m} minutes, ...
    (
        "Verkehrslage: A{n} {a} Richtung {b} – {k} km Stau, +{m} Min.",
        ("Kassel", "Hannover", "Würzburg", "Ulm"),
    ),
    (
        "Staumelder: A{n} zwischen {a} und {b} {k} km stockender Verkehr",
        ("Köln", "Dortmund", "Bonn", "Essen"),
    ),
    ("Blitzer heute in {a}: {st} (50 km/h)", ("Leipzig", "Bremen", "Nürnberg")),
    ("Live traffic: M{n} {a} to {b} – {m} min delay", ("Manchester", "Leeds", "Birmingham", "Coventry")),
    (
        "Traffic alert: I-{n} northbound near {a}, 2 lanes blocked, {m} min delay",
        ("Dallas", "Atlanta", "Fresno"),
    ),
    ("Info trafic · A{n} : {k} km de bouchons entre {a} et {b}", ("Lyon", "Valence", "Orange", "Avignon")),
    ("Bison Futé : journée classée {col} dans le sens des départs", ("",)),
    (
        "Estado del tráfico: A-{n}, retenciones de {k} km entre {a} y {b} (DGT)",
        ("Madrid", "Guadalajara", "Toledo"),
    ),
    ("Viabilità: A{n} coda di {k} km tra {a} e {b} per lavori", ("Bologna", "Firenze", "Modena", "Parma")),
    ("Files nu: A{n} {a} → {b} · {k} km · +{m} min", ("Utrecht", "Amsterdam", "Den Haag", "Rotterdam")),
    ("Utrudnienia w ruchu: A{n} {a} – {b}, korek na odcinku {k} km", ("Łódź", "Warszawa", "Poznań")),
    ("Пробки в {a}: {sc} баллов", ("Москве", "Петербурге", "Казани")),
    ("Яндекс Пробки · {a} · {sc} баллов", ("Москва", "Екатеринбург")),
    ("İstanbul trafik yoğunluğu: %{p}", ("",)),
    ("Yol durumu: {a} – {b} arası yoğun, {m} dk", ("Kadıköy", "Beşiktaş", "Mecidiyeköy", "Bostancı")),
    ("Info lalu lintas: Tol {a} arah {b} padat, antrean {k} km", ("Cikampek", "Jakarta", "Cawang", "Bekasi")),
    ("交通情報　東名高速 上り {a}付近 渋滞{k}km 通過{m}分", ("海老名", "厚木", "大和トンネル")),
    ("실시간 교통정보 | 경부고속도로 서울방향 {a}→{b} 정체 {k}km", ("안성", "기흥", "수원", "판교")),
    ("实时路况｜京港澳高速{a}至{b}方向拥堵 {k} 公里 预计通行 {m} 分钟", ("杜家坎", "琉璃河", "涿州")),
    ("สภาพจราจร {t} น. ถนน{a} ขาเข้า ติดขัด ความเร็วเฉลี่ย {v} กม./ชม.", ("พหลโยธิน", "วิภาวดีรังสิต", "สุขุมวิท")),
    ("حالة المرور: ازدحام على {a} باتجاه {b}، زمن التأخير {m} دقيقة", ("شارع الشيخ زايد", "دبي", "أبوظبي")),
)
_STREETS = ("Karl-Marx-Straße", "Berliner Allee", "Hauptstraße", "Ringstraße", "Bahnhofstraße")


def traffic(rnd: random.Random) -> str:
    template, places = rnd.choice(TRAFFIC)
    a, b = rnd.sample(places, 2) if len(places) >= 2 else (places[0], places[0])
    h, m = _hm(rnd)
    return template.format(
        a=a,
        b=b,
        n=rnd.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 25, 40, 61)),
        k=rnd.randint(2, 18),
        m=rnd.randint(5, 55),
        st=rnd.choice(_STREETS),
        col=rnd.choice(("orange", "rouge", "noire")),
        sc=rnd.randint(3, 9),
        p=rnd.randint(18, 86),
        t=f"{h:02d}.{m:02d}",
        v=rnd.randint(8, 35),
    )


# ---------------------------------------------------------------- competition / giveaway box (middle)
GIVEAWAYS = (  # (template, events): {e} an event, {n} a count, {v} a voucher's value, {d} a closing date
    ("WIN: a £{v} voucher – enter our competition", ("",), "en"),
    (
        "Competition: win 2 tickets to {e} · Closes {d}",
        ("Glastonbury", "the Chelsea Flower Show", "Wimbledon"),
        "en",
    ),
    (
        "Gewinnspiel: {n}x2 Tickets für {e} gewinnen – jetzt mitmachen!",
        ("Rock am Ring", "das Oktoberfest-Zelt", "Holiday on Ice"),
        "de",
    ),
    ("Jetzt mitmachen und {v} € Einkaufsgutschein gewinnen | Teilnahmeschluss: {d}", ("",), "de"),
    (
        "Jeu-concours : gagnez {n} places pour {e} – Je participe",
        ("les Vieilles Charrues", "Roland-Garros", "le Hellfest"),
        "fr",
    ),
    (
        "Sorteo: consigue una de las {n} entradas dobles para {e}. ¡Participa!",
        ("el Mad Cool", "el Primavera Sound"),
        "es",
    ),
    (
        "Concorso: vinci {n} biglietti per {e} – Partecipa",
        ("Sanremo", "il Lucca Comics", "l'Arena di Verona"),
        "it",
    ),
    ("Promoção: concorra a {n} pares de ingressos para {e}", ("o Rock in Rio", "o Lollapalooza"), "pt"),
    ("Winactie: maak kans op {n}x2 kaarten voor {e}", ("Lowlands", "Pinkpop", "de Efteling"), "nl"),
    ("Konkurs: wygraj podwójne zaproszenie na {e} ({n} do rozdania)", ("Open'er", "Pol'and'Rock"), "pl"),
    (
        "Çekiliş: {e} için {n} kişiye çift kişilik bilet – Hemen katıl",
        ("Zeytinli Rock Fest", "Harbiye konserleri"),
        "tr",
    ),
    (
        "Конкурс: разыгрываем {n} пригласительных на {e} — участвовать",
        ("«Нашествие»", "концерт Земфиры"),
        "ru",
    ),
    ("مسابقة: اربح تذكرتين لحضور {e} – شارك الآن", ("حفل عمرو دياب", "موسم الرياض"), "ar"),
    ("プレゼント：{e}のペアチケットを{n}組にプレゼント（応募締切 {d}）", ("フジロック", "宝塚歌劇"), "ja"),
    ("이벤트 | {e} 초대권 증정 ({n}명 추첨) · 응모하기", ("서울재즈페스티벌", "뮤지컬 레베카"), "ko"),
    ("有奖活动：转发抽{n}位读者送{e}门票", ("草莓音乐节", "上海国际电影节"), "zh"),
)


def giveaway(rnd: random.Random) -> str:
    template, events, lang = rnd.choice(GIVEAWAYS)
    return template.format(
        e=rnd.choice(events),
        n=rnd.randint(2, 10),
        v=rnd.choice((25, 50, 100, 150, 250, 500)),
        d=_date(lang, _day(rnd), rnd),
    )


# ---------------------------------------------------------------- property-listings box (end)
PROPERTY = (  # (template, cities, thousands separator, price multiplier)
    (
        "Immobilien: {r}-Zimmer-Wohnung, {a} m², {rent} € kalt · {c} | Alle Angebote",
        ("Köln", "Mainz"),
        ".",
        1,
    ),
    ("Immobilienangebote in {c}: Einfamilienhaus, {a} m² Wohnfläche, {pk} €", ("Potsdam", "Münster"), ".", 1),
    (
        "Property: {r}-bed flat, {c}, £{pk} · View more homes for sale",
        ("Hackney", "Salford", "Leith"),
        ",",
        1,
    ),
    ("Homes for sale in {c}: {r} bd · {b} ba · {sq} sq ft · ${pk}", ("Austin, TX", "Tampa, FL"), ",", 1),
    (
        "Immobilier : appartement {r} pièces, {a} m², {pk} € – {c}",
        ("Nantes", "Rennes", "Toulouse"),
        "\u202f",
        1,
    ),
    ("Pisos en venta en {c}: {r} hab. · {a} m² · {pk} €", ("Valencia", "Málaga", "Zaragoza"), ".", 1),
    ("Case in vendita a {c}: {r} locali, {a} mq, {pk} €", ("Torino", "Bari", "Padova"), ".", 1),
    ("Imóveis à venda em {c}: apartamento T{r}, {a} m², {pk} €", ("Lisboa", "Porto", "Braga"), ".", 1),
    ("Huizen te koop in {c}: {a} m² · {r} kamers · € {pk} k.k.", ("Utrecht", "Haarlem", "Zwolle"), ".", 1),
    ("Ogłoszenia: mieszkanie {r} pokoje, {a} m², {pk} zł – {c}", ("Kraków", "Gdańsk", "Wrocław"), " ", 2),
    ("Satılık daire: {r}+1, {a} m², {pk} TL · {c}", ("Kadıköy", "Çankaya", "Bornova"), ".", 20),
    ("Недвижимость: {r}-комн. квартира, {a} м², {pk} ₽ · {c}", ("Москва", "Казань", "Сочи"), " ", 30),
    ("不動産情報：{c} {r}LDK {a}㎡ {man}万円", ("世田谷区", "横浜市港北区", "札幌市中央区"), ",", 1),
    (
        "부동산 매물 | {c} 아파트 전용 {a}㎡ 매매 {eok}억 {chun}천만원",
        ("마포구", "분당구", "해운대구"),
        ",",
        1,
    ),
    ("房产 | {c} {r}室{b}厅 {a}㎡ 总价{wan}万", ("朝阳区", "浦东新区", "天河区"), ",", 1),
    ("عقارات: شقة للبيع في {c}، {r} غرف، {a} م²، {pk} درهم", ("دبي مارينا", "الشارقة", "عجمان"), ",", 3),
    ("อสังหาฯ: คอนโด {c} {a} ตร.ม. ราคา {mb} ล้านบาท", ("สุขุมวิท", "อารีย์", "บางนา"), ",", 1),
)


def listing(rnd: random.Random) -> str:
    template, cities, sep, mult = rnd.choice(PROPERTY)
    r = rnd.randint(1, 5)
    a = rnd.randint(28 + 12 * r, 50 + 25 * r)
    return template.format(
        c=rnd.choice(cities),
        r=r,
        b=rnd.randint(1, max(1, r - 1)),
        a=a,
        sq=_num(a * 11, ","),
        rent=_num(rnd.randint(6, 19) * a // 10 * 10, sep),
        pk=_num((rnd.randint(9, 60) * 10000 + rnd.choice((0, 5000))) * mult, sep),
        man=_num(rnd.randint(1800, 9800), ","),
        eok=rnd.randint(3, 25),
        chun=rnd.randint(1, 9),
        wan=rnd.randint(180, 1500),
        mb=f"{rnd.uniform(1.5, 12):.2f}",
    )


# ---------------------------------------------------------------- daily horoscope teaser (end)
SIGNS = {
    "en": ("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Pisces"),
    "de": ("Widder", "Stier", "Zwillinge", "Krebs", "Löwe", "Jungfrau", "Waage", "Skorpion", "Fische"),
    "fr": ("Bélier", "Taureau", "Gémeaux", "Cancer", "Lion", "Vierge", "Balance", "Scorpion", "Poissons"),
    "es": ("Aries", "Tauro", "Géminis", "Cáncer", "Leo", "Virgo", "Libra", "Escorpio", "Piscis"),
    "it": ("Ariete", "Toro", "Gemelli", "Cancro", "Leone", "Vergine", "Bilancia", "Scorpione", "Pesci"),
    "pt": ("Áries", "Touro", "Gêmeos", "Câncer", "Leão", "Virgem", "Libra", "Escorpião", "Peixes"),
    "pl": ("Baran", "Byk", "Bliźnięta", "Rak", "Lew", "Panna", "Waga", "Skorpion", "Ryby"),
    "tr": ("Koç", "Boğa", "İkizler", "Yengeç", "Aslan", "Başak", "Terazi", "Akrep", "Balık"),
    "ru": ("Овен", "Телец", "Близнецы", "Рак", "Лев", "Дева", "Весы", "Скорпион", "Рыбы"),
    "hi": ("मेष", "वृषभ", "मिथुन", "कर्क", "सिंह", "कन्या", "तुला", "वृश्चिक", "मीन"),
    "th": ("เมษ", "พฤษภ", "เมถุน", "กรกฎ", "สิงห์", "กันย์", "ตุลย์", "พิจิก", "มีน"),
    "ja": (
        "おひつじ座",
        "おうし座",
        "ふたご座",
        "かに座",
        "しし座",
        "おとめ座",
        "てんびん座",
        "さそり座",
        "うお座",
    ),
    "zh": ("白羊座", "金牛座", "双子座", "巨蟹座", "狮子座", "处女座", "天秤座", "天蝎座", "双鱼座"),
    "ar": ("الحمل", "الثور", "الجوزاء", "السرطان", "الأسد", "العذراء", "الميزان", "العقرب", "الحوت"),
    "ko": ("쥐", "소", "호랑이", "토끼", "용", "뱀", "말", "양", "원숭이", "닭", "개", "돼지"),
}
HOROSCOPES = {  # language: templates; {s} sign, {d} date, {r} {q} {w} star rows, {k} {v} numbers
    "en": ("Daily horoscope · {s}: Love {r} Money {q} Health {w}", "Your horoscope for {d}: {s} – read more"),
    "de": ("Horoskop heute für {s}: Liebe {r} · Beruf {q} · Gesundheit {w}", "Tageshoroskop {d}: {s}"),
    "fr": ("Horoscope du jour – {s} : Amour {r} · Travail {q} · Santé {w}",),
    "es": ("Horóscopo de hoy para {s}: amor, salud y dinero", "Horóscopo {d}: {s} · Amor {r}"),
    "it": ("Oroscopo di oggi, {s}: voto {k}/10", "L'oroscopo di oggi ({d}) · {s} {r}"),
    "pt": ("Horóscopo do dia: {s} – veja a previsão para {d}",),
    "pl": ("Horoskop dzienny: {s} – miłość {r} praca {q} zdrowie {w}",),
    "tr": ("Günlük burç yorumları: {s} burcu · Aşk {r} · Para {q} · Sağlık {w}",),
    "ru": ("Гороскоп на {d} · {s}: любовь {r} · работа {q}", "Гороскоп на сегодня для знака {s}"),
    "hi": ("आज का राशिफल {d}: {s} राशि – शुभ अंक {k}, शुभ रंग {col}",),
    "th": ("ดูดวงรายวัน ราศี{s}: การงาน {k}/10 การเงิน {v}/10 ความรัก {x}/10",),
    "ja": ("きょうの運勢　{s} {rank}位　ラッキーカラー：{colj}", "今日の星占い {s}（{d}）"),
    "zh": ("今日运势 · {s}：综合运势 {r} 幸运数字 {k}",),
    "ar": ("حظك اليوم {d}: برج {s}",),
    "ko": ("오늘의 운세 | {s}띠 {yy}년생: {adv}",),
}
_HINDI_COLOURS = ("लाल", "पीला", "हरा", "नीला", "सफेद")
_JA_COLOURS = ("ゴールド", "ネイビー", "ピンク", "ミントグリーン", "オレンジ")
_KO_ADVICE = ("귀인의 도움이 있다.", "금전 운이 좋다.", "말조심이 필요하다.", "건강에 유의할 것.")


def _stars(rnd: random.Random) -> str:
    k = rnd.randint(1, 5)
    return rnd.choice(("★" * k + "☆" * (5 - k), f"{k}/5"))


def horoscope(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(HOROSCOPES))
    return rnd.choice(HOROSCOPES[lang]).format(
        s=rnd.choice(SIGNS[lang]),
        d=_date(lang, _day(rnd), rnd),
        r=_stars(rnd),
        q=_stars(rnd),
        w=_stars(rnd),
        k=rnd.randint(1, 10),
        v=rnd.randint(1, 10),
        x=rnd.randint(1, 10),
        col=rnd.choice(_HINDI_COLOURS),
        colj=rnd.choice(_JA_COLOURS),
        rank=rnd.randint(1, 12),
        yy=rnd.choice(("48", "60", "72", "84", "96")),
        adv=rnd.choice(_KO_ADVICE),
    )


# ---------------------------------------------------------------- lottery results box (end)
LOTTERIES = (  # (language, template, drawn, highest, separator)
    ("de", "Lottozahlen vom {d}: {nums} · Superzahl: {s} · Spiel 77: {s77} · Super 6: {s6}", 6, 49, " - "),
    ("en", "Lotto results {d}: {nums} · Bonus {b} · Jackpot £{j}m", 6, 59, " "),
    ("en", "Powerball numbers for {d}: {nums} · Powerball {b} · Power Play {pp}x", 5, 69, "-"),
    ("fr", "Résultat du Loto du {d} : {nums} – numéro Chance {c}", 5, 49, " - "),
    ("es", "La Primitiva {d}: {nums} · C: {b} · R: {c}", 6, 49, " - "),
    ("it", "Estrazione SuperEnalotto n. {k}: {nums} · Jolly {b} · SuperStar {c}", 6, 90, " "),
    ("pt", "Resultado da Mega-Sena concurso {k}: {nums}", 6, 60, " - "),
    ("pl", "Wyniki Lotto z {d}: {nums}", 6, 49, ", "),
    ("tr", "Çılgın Sayısal Loto çekiliş sonuçları ({d}): {nums}", 6, 90, " - "),
    ("ru", "Результаты тиража №{k} «Спортлото 6 из 45»: {nums}", 6, 45, ", "),
    ("th", "ตรวจหวย งวด {d}: รางวัลที่ 1 {six} · เลขท้าย 2 ตัว {two}", 0, 0, ""),
    ("hi", "लॉटरी संबाद रिजल्ट {d}: पहला इनाम ₹1 करोड़ – टिकट नंबर {tk}", 0, 0, ""),
    ("ja", "ロト6 第{k}回 当せん番号 {nums} ボーナス数字 ({b})", 6, 43, " "),
    ("ko", "로또 {k}회 당첨번호 {nums} + 보너스 {b}", 6, 45, " "),
    ("zh", "双色球第{k}期开奖：红球 {nums} 蓝球 {b}", 6, 33, " "),
)


def lottery(rnd: random.Random) -> str:
    lang, template, drawn, top, sep = rnd.choice(LOTTERIES)
    nums = sorted(rnd.sample(range(1, top + 1), drawn)) if drawn else []
    pad = lang in ("zh", "ja") and rnd.random() < 0.6
    return template.format(
        d=_date(lang, _day(rnd), rnd),
        nums=sep.join(f"{n:02d}" if pad else str(n) for n in nums),
        s=rnd.randint(0, 9),
        s77="".join(str(rnd.randint(0, 9)) for _ in range(7)),
        s6="".join(str(rnd.randint(0, 9)) for _ in range(6)),
        b=rnd.randint(1, 16),
        c=rnd.randint(1, 10),
        j=rnd.choice((2, 4.5, 7.8, 12, 20)),
        pp=rnd.choice((2, 3, 4, 5, 10)),
        k=rnd.randint(900, 2400),
        six=f"{rnd.randint(0, 999999):06d}",
        two=f"{rnd.randint(0, 99):02d}",
        tk=f"{rnd.randint(50, 99)}{rnd.choice('ABCDEFGHJKL')} {rnd.randint(10000, 99999)}",
    )


# ---------------------------------------------------------------- puzzles / games promo (end)
GAMES = (  # {k} a puzzle number
    "Games: Crossword · Sudoku · Word Search · Play now",
    "Puzzles | Cryptic crossword No {k} · Quick crossword · Sudoku",
    "Play today's crossword (No. {k})",
    "Rätsel: Kreuzworträtsel · Sudoku · Schwedenrätsel · Bubble Shooter – Jetzt kostenlos spielen",
    "Täglich neu: Kreuzworträtsel Nr. {k}",
    "Jeux gratuits : Mots fléchés · Mots croisés · Sudoku – Jouer",
    "Les mots croisés du jour – grille n° {k}",
    "Pasatiempos: Crucigrama · Sudoku · Autodefinido · Sopa de letras",
    "Juega al crucigrama de hoy (n.º {k})",
    "Giochi: Cruciverba · Sudoku · Parole intrecciate – Gioca ora",
    "Jogos: Palavras cruzadas · Sudoku · Caça-palavras",
    "Puzzels: Kruiswoordpuzzel · Sudoku · Zweedse puzzel – Speel nu",
    "Gry: Krzyżówka · Sudoku · Pasjans – Zagraj teraz",
    "Bulmaca: Çengel bulmaca · Sudoku · Kelime avı – Hemen oyna",
    "Игры: Кроссворд · Судоку · Пасьянс «Косынка» — Играть",
    "Ігри: Кросворд · Судоку · Пасьянс",
    "Παιχνίδια: Σταυρόλεξο · Sudoku · Κρυπτόλεξο – Παίξτε τώρα",
    "משחקים: תשבץ היגיון · סודוקו · תשחץ – שחקו עכשיו",
    "パズル　クロスワード・数独・漢字パズル　遊ぶ",
    "게임 | 낱말퍼즐 · 스도쿠 · 맞고 – 바로 하기",
    "游戏 | 填字游戏 · 数独 · 成语接龙",
)


def games(rnd: random.Random) -> str:
    return rnd.choice(GAMES).format(k=rnd.randint(120, 29800))


# ---------------------------------------------------------------- death-notices widget (end)
DEATHS = {  # language: (templates, names); {n} {m} {o} names, {a} {b} ages, {d} {e} dates, {t} a town
    "de": (
        (
            "Traueranzeigen\n{n} † {d}\n{m} † {e}\nAlle Traueranzeigen",
            "Aktuelle Traueranzeigen aus {t}: {n} · {m} · {o}",
        ),
        ("Gerda Schulz", "Heinz Becker", "Ursula Wagner", "Karl-Heinz Hoffmann", "Ingrid Krüger"),
        ("Bielefeld", "Oldenburg", "Fulda"),
    ),
    "en": (
        (
            "Obituaries: {n}, {a}, of {t} · {m}, {b} · See all obituaries",
            "Recent Obituaries\n{n}\n{m}\n{o}\nView all",
        ),
        ("Margaret Ellis", "Robert J. Hughes", "Patricia Lowe", "Donald Whitaker", "Joan Fletcher"),
        ("Springfield", "Dayton", "Wichita"),
    ),
    "fr": (
        ("Avis de décès – {t} : {n} ({a} ans), {m} ({b} ans)",),
        ("Jeanne Moreau", "Marcel Dubois", "Simone Lefèvre", "André Girard"),
        ("Quimper", "Angers", "Colmar"),
    ),
    "es": (
        ("Esquelas de hoy: {n} · {m} · Ver todas las esquelas",),
        ("Carmen López Ruiz", "José Martínez Gil", "Dolores Sánchez Vega"),
        ("Oviedo",),
    ),
    "it": (
        ("Necrologi: {n}, di anni {a} · {m}, di anni {b} · Tutti i necrologi",),
        ("Giuseppina Ferri", "Luigi Colombo", "Anna Maria Galli", "Franco Rinaldi"),
        ("Bergamo",),
    ),
    "nl": (
        ("Overlijdensberichten: {n} ({a}) · {m} ({b})",),
        ("Johanna de Vries", "Gerrit Bakker", "Willem Visser"),
        ("",),
    ),
    "pl": (
        ("Nekrologi: śp. {n} (lat {a}) · śp. {m} (lat {b})",),
        ("Stanisław Nowak", "Halina Wójcik", "Zofia Kamińska"),
        ("",),
    ),
    "pt": (
        ("Necrologia: {n}, {a} anos · {m}, {b} anos",),
        ("Maria da Conceição Silva", "Joaquim Ferreira", "Rosa Almeida"),
        ("",),
    ),
    "ja": (
        ("おくやみ　{n}さん（{a}）{t} · {m}さん（{b}）",),
        ("佐藤一郎", "高橋和子", "田中正雄", "渡辺トシ子"),
        ("弘前市", "盛岡市", "松本市"),
    ),
    "ko": (("[부고] {n}씨 별세 · {m}씨 모친상",), ("김영수", "이순자", "박정호", "최미경"), ("",)),
}


def deaths(rnd: random.Random) -> str:
    templates, names, towns = DEATHS[rnd.choice(sorted(DEATHS))]
    n, m, o = rnd.sample(names, 3)
    d, e = _day(rnd), _day(rnd)
    return rnd.choice(templates).format(
        n=n,
        m=m,
        o=o,
        a=rnd.randint(58, 99),
        b=rnd.randint(58, 99),
        d=f"{d.day:02d}.{d.month:02d}.{d.year}",
        e=f"{e.day:02d}.{e.month:02d}.{e.year}",
        t=rnd.choice(towns),
    )


# ---------------------------------------------------------------- defects in other fields
_COMMENT_COUNTS = {
    "en": ("{t} ({n} comments)", "{t} {n} Comments", "{t} | {n} comments"),
    "de": ("{t} ({n} Kommentare)", "{t} {n} Kommentare"),
    "fr": ("{t} ({n} commentaires)", "{t} - {n} réactions"),
    "es": ("{t} ({n} comentarios)", "{t} {n} comentarios"),
    "it": ("{t} ({n} commenti)",),
    "pt": ("{t} ({n} comentários)",),
    "ru": ("{t} Комментарии: {n}", "{t} ({n})"),
    "ar": ("{t} ({n} تعليق)",),
    "ja": ("{t}（コメント{n}件）",),
    "ko": ("{t} [댓글 {n}]",),
    "zh": ("{t}（{n}条评论）",),
}


def comment_title(case: Case, rnd: random.Random) -> Case | None:
    """The comment link's count, from the heading's container, run onto the end of the title."""
    title = case.record.get("title")
    if not title:
        return None
    lang = guess_language(case)
    templates = _COMMENT_COUNTS[lang] + (("{t} 💬 {n}",) if rnd.random() < 0.2 else ())
    return _with(case, title=rnd.choice(templates).format(t=title.rstrip(), n=rnd.randint(2, 1400)))


def _jalali(d: date) -> tuple[int, int, int]:
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = d.year + 1 if d.month > 2 else d.year
    days = 355666 + 365 * d.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + d.day
    days += before[d.month - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def _hijri(d: date) -> tuple[int, int, int]:
    el = d.toordinal() + 1721425 - 1948440 + 10632
    n = (el - 1) // 10631
    el = el - 10631 * n + 354
    j = ((10985 - el) // 5316) * ((50 * el) // 17719) + (el // 5670) * ((43 * el) // 15238)
    el = el - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * el) // 709
    return 30 * n + j - 30, m, el - (709 * m) // 24


_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FA_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور")
_FA_MONTHS += ("مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)
_TH_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def other_calendar(case: Case, rnd: random.Random) -> Case | None:
    """The date as a page in Thailand, Iran, the Gulf, Japan or Taiwan prints it, in its own calendar."""
    published = case.record.get("published")
    try:
        when = datetime.fromisoformat(published) if published else None
    except ValueError:
        when = None
    if when is None:
        when = datetime(2016, 1, 1, tzinfo=UTC) + timedelta(
            days=rnd.randrange(3000), minutes=rnd.randrange(1440)
        )
    d, h, mi = when.date(), when.hour, when.minute
    jy, jm, jd = _jalali(d)
    hy, hm, hd = _hijri(d)
    hijri_month = _HIJRI_MONTHS[hm - 1]
    be = d.year + 543
    era = ("令和", d.year - 2018) if d >= date(2019, 5, 1) else ("平成", d.year - 1988)
    shown = (
        f"{be}-{d.month:02d}-{d.day:02d} {h:02d}:{mi:02d}",
        f"{d.day:02d}/{d.month:02d}/{be}",
        f"{d.day} {_TH_SHORT[d.month - 1]} {be} {h:02d}:{mi:02d} น.",
        f"{jy}/{jm:02d}/{jd:02d}",
        f"{jy}/{jm:02d}/{jd:02d} - {h:02d}:{mi:02d}".translate(_FA_DIGITS),
        f"{jd} {_FA_MONTHS[jm - 1]} {jy}",
        f"{hd} {hijri_month} {hy} هـ",
        f"{hy}-{hm:02d}-{hd:02d}",
        f"{hd}/{hm}/{hy}هـ".translate(_AR_DIGITS),
        f"{era[0]}{era[1] if era[1] > 1 else '元'}年{d.month}月{d.day}日 {h}時{mi:02d}分",
        f"民國{d.year - 1911}年{d.month}月{d.day}日",
        f"{d.year - 1911}/{d.month:02d}/{d.day:02d} {h:02d}:{mi:02d}",
    )
    return _with(case, published=rnd.choice(shown))


_HEADSHOTS = {  # the record's language: alt texts, with English ones on every page
    "en": ("Portrait of {n}", "Photo of {n}", "{n}'s avatar", "Avatar for {n}", "{n} headshot"),
    "de": ("Autorenbild {n}", "Bild von {n}", "Porträt von {n}"),
    "fr": ("Portrait de {n}", "Photo de {n}"),
    "es": ("Foto de perfil de {n}", "Imagen de {n}"),
    "it": ("Immagine di {n}", "Foto di {n}"),
    "pt": ("Foto de {n}", "Imagem de perfil de {n}"),
    "ru": ("Фото автора: {n}", "Аватар {n}"),
    "ar": ("صورة {n}",),
    "ko": ("{n} 기자 사진", "{n} 기자 프로필"),
    "ja": ("{n}の写真", "{n}のプロフィール画像"),
    "zh": ("{n}头像",),
}


def headshot_author(case: Case, rnd: random.Random) -> Case | None:
    """The author box's headshot alt text kept as an author: alone, or beside the name it shows."""
    names = [a for a in case.record.get("authors") or [] if isinstance(a, str) and a.strip()]
    names = names or [rnd.choice(_NAMES)]
    i = rnd.randrange(len(names))
    alts = _HEADSHOTS["en"] + _HEADSHOTS.get(guess_language(case), ())
    alt = rnd.choice(alts).format(n=names[i])
    if rnd.random() < 0.5:
        return _with(case, authors=[*names[:i], alt, *names[i + 1 :]])
    return _with(case, authors=[*names[: i + 1], alt, *names[i + 1 :]])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "election results box (start)": record_only(at(election, "start")),
        "e-paper link to the print edition (start)": record_only(at(epaper, "start")),
        "TV-listings tip (middle)": record_only(at(tv, "middle")),
        "traffic widget (middle)": record_only(at(traffic, "middle")),
        "competition / giveaway box (middle)": record_only(at(giveaway, "middle")),
        "property-listings box (end)": record_only(at(listing, "end")),
        "daily horoscope teaser (end)": record_only(at(horoscope, "end")),
        "lottery results box (end)": record_only(at(lottery, "end")),
        "puzzles / games promo (end)": record_only(at(games, "end")),
        "death-notices widget (end)": record_only(at(deaths, "end")),
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
            "title.comment_count",  # added in session 18, after the set's first run: the check is newer
        }
    )
    fields: Kinds = {
        "the comment count run onto the end of the title": (record_only(comment_title), title),
        "a date printed in another calendar": (
            record_only(other_calendar),
            DATE_CHECKS,
        ),
        "the author's headshot alt text as an author entry": (
            record_only(headshot_author),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (thirteenth set)", "thirteenth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
