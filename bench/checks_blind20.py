"""A twentieth blind set for issue 9, written by a helper in session 21 whose lines the lead did not see,
committed unread and run once on the code of ``944518d``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a bar, box, widget or piece of page furniture of a real news template, with
  its variable parts (the signed-in reader's name, handle, saved articles and subscription's end, cities and
  their sunrise, sunset, day length and moon, border crossings and their waits in minutes, hours or
  vehicles, airports, flight numbers, destinations, times and gates, fuel grades and their prices,
  electricity zones and their prices per kWh, bestselling books, their authors, ranks, weeks and prices,
  trades, firms, streets and telephone numbers, the names, towns and ages of the people a local paper
  congratulates, the record's own site in the letters desk's address with its word and character limits,
  local events, venues, days and hours) drawn per record so that no two records share a line: at the start
  the account bar of a signed-in reader ("Hallo Katrin! Mein Konto · Merkliste (7) · Abmelden", "Signed in
  as jmiller84 – Not you? Sign out", "山本さん、こんにちは ..."), a sunrise, sunset and moon-phase widget
  ("Sonnenaufgang 6:12 Uhr, Sonnenuntergang 20:41 Uhr ...", "সূর্যোদয় ভোর ৫টা ১২ মিনিটে ...") and a box of
  waiting times at border crossings ("Kolejki na granicy: Medyka – 6 godz. ...", "Черги на кордоні: ...");
  in the middle an airport's departures or arrivals board ("Departures from Heathrow: BA 2490 to Malaga
  14:25 – Delayed ..."), a box of fuel or electricity prices ("Spritpreise in Kassel: Super E10 1,789 €
  ...", "Sähkön hinta nyt 8,42 snt/kWh ..."), a bestseller list ("Bestseller der Woche: 1. ...") and a
  local business directory's entry ("Branchenbuch: Elektriker in Kassel – ..., Tel. ..."); and at the end a
  local paper's congratulations for birthdays and anniversaries ("Wir gratulieren: ... aus Neustadt zum 90.
  Geburtstag"), the letters desk's submission rules with the site's own address ("Letters to the editor:
  Send your letter (no more than 250 words) to letters@... ") and a box of local events ("What's on:
  Saturday, May 14 – Farmers' market, Town Square, 2 p.m. Free admission ..."), in English, German, French,
  Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech, Croatian,
  Hungarian, Romanian, Turkish, Indonesian, Malay, Vietnamese, Russian, Ukrainian, Greek, Hebrew, Arabic,
  Persian, Hindi, Bengali, Thai, Chinese, Japanese and Korean;
* defects in other fields: the author's name (the byline's heading on a page whose headline sits lower)
  as the title, the date of the event the article announces (days to weeks after it came out) as the date,
  and the author's name with the follower or article count the byline block prints beside it as the
  author entry ("Priya Raman · 12.4K followers", "Анна Смирнова 1,2 тыс. подписчиков").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind20.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
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

_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _ascii(name: str) -> str:
    """``name`` lower-cased with its accents dropped and its spaces gone (a user name made from it)."""
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("ø", "o").replace("ß", "ss"))
    return "".join(c for c in folded if c.isascii() and c.isalnum()).lower()


def _dec(rnd: random.Random, low: float, high: float, places: int, sep: str) -> str:
    """A number between ``low`` and ``high`` with ``places`` decimals and the decimal separator ``sep``."""
    return f"{rnd.uniform(low, high):.{places}f}".replace(".", sep)


# ---------------------------------------------------------------- a signed-in reader's account bar (start)
ACCOUNT = {  # language: (templates, first names, last names, user-name stems where the names are not Latin)
    "en": (
        (
            "Hi, {first} | My account | Saved articles ({n}) | Sign out",
            "Signed in as {user} – Not you? Sign out",
            "Welcome back, {first}! You have {n} new notifications. Manage account · Log out",
        ),
        ("Sarah", "Jennifer", "Mike", "Karen", "Steve", "Rachel", "Tom", "Linda"),
        ("Miller", "Johnson", "Walsh", "Patel", "O'Brien", "Nguyen", "Harris"),
        (),
    ),
    "de": (
        (
            "Hallo {first}! Mein Konto · Merkliste ({n}) · Abmelden",
            "Angemeldet als {user} (Digital-Abo bis {dd}.{mm}.{y}) – Abmelden",
        ),
        ("Katrin", "Jürgen", "Sabine", "Matthias", "Ute", "Stefan", "Birgit", "Holger"),
        ("Schäfer", "Becker", "Hoffmann", "Wagner", "Krüger", "Lehmann"),
        (),
    ),
    "fr": (
        ("Bonjour {first} — Mon compte — Mes alertes ({n}) — Se déconnecter",),
        ("Isabelle", "Thierry", "Sylvie", "Frédéric", "Nadia", "Pascal"),
        ("Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier"),
        (),
    ),
    "es": (
        ("Hola, {first}. Mi cuenta / Mis noticias guardadas ({n}) / Cerrar sesión",),
        ("Lucía", "Javier", "Marisa", "Álvaro", "Rocío", "Iñaki"),
        ("García", "Fernández", "Ruiz", "Ortega", "Castro"),
        (),
    ),
    "it": (
        ("Ciao {first}, bentornato! Il mio profilo  Esci", "Ciao {first} {last} | Area riservata | Esci"),
        ("Giuseppe", "Francesca", "Roberto", "Alessia", "Davide", "Elena"),
        ("Rinaldi", "Esposito", "Ferrari", "Galli", "Marchetti"),
        (),
    ),
    "pt": (
        ("Olá, {first}! Minha conta | Assinatura ativa até {dd}/{mm}/{y} | Sair",),
        ("Juliana", "Rodrigo", "Patrícia", "Thiago", "Camila", "Marcelo"),
        ("Souza", "Oliveira", "Pereira", "Carvalho", "Ribeiro"),
        (),
    ),
    "sv": (
        ("Inloggad som {first} {last} – Mitt konto – Logga ut",),
        ("Annika", "Johan", "Maria", "Mikael", "Karin", "Per"),
        ("Lindqvist", "Johansson", "Berg", "Holm", "Sjöberg"),
        (),
    ),
    "da": (
        ("Hej {first}, du er logget ind · Min side · Log ud",),
        ("Mette", "Søren", "Lone", "Henrik", "Pia", "Jesper"),
        ("Jensen", "Nielsen", "Kristensen", "Mortensen"),
        (),
    ),
    "nb": (
        ("Logget inn som {user}  Min side  Logg ut",),
        ("Ingrid", "Ola", "Kari", "Lars", "Silje", "Eirik"),
        ("Hansen", "Johansen", "Bakken", "Solberg", "Haugen"),
        (),
    ),
    "pl": (
        (
            "Witaj, {first}! Twój pakiet Premium jest aktywny do {d} {mon} {y} r. Moje konto • Wyloguj",
            "Zalogowano jako {user}. Wyloguj się",
        ),
        ("Agnieszka", "Krzysztof", "Magdalena", "Paweł", "Joanna", "Łukasz"),
        ("Nowak", "Wiśniewski", "Zielińska", "Kaczmarek", "Wójcik"),
        (),
    ),
    "cs": (
        ("Přihlášen: {user} | Můj účet | Odhlásit",),
        ("Petr", "Jana", "Tomáš", "Lenka", "Martin", "Eva"),
        ("Novák", "Dvořák", "Procházka", "Černá", "Veselý"),
        (),
    ),
    "fi": (
        ("Kirjautuneena: {first} {last} • Omat tiedot • Kirjaudu ulos",),
        ("Mikko", "Anne", "Jukka", "Satu", "Timo", "Riikka"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen"),
        (),
    ),
    "ru": (
        ("Здравствуйте, {first}! Личный кабинет · Избранное ({n}) · Выйти",),
        ("Ольга", "Сергей", "Наталья", "Андрей", "Татьяна", "Игорь"),
        ("Кузнецова", "Попов", "Соколова", "Лебедев"),
        ("olga", "sergey", "natalia", "andrey", "tanya", "igor"),
    ),
    "uk": (
        ("Ви увійшли як {user}. Профіль / Вийти",),
        ("Оксана", "Тарас", "Ірина", "Богдан", "Людмила"),
        ("Шевченко", "Бондаренко", "Ткаченко", "Мельник"),
        ("oksana", "taras", "iryna", "bohdan", "lyuda"),
    ),
    "he": (
        ("שלום {first}, המינוי שלך בתוקף עד {d}.{m}.{y} | החשבון שלי | התנתקות",),
        ("מיכל", "יוסי", "נועה", "אבי", "שירה", "רונן"),
        ("כהן", "לוי", "מזרחי", "פרץ"),
        ("michal", "yossi", "noa", "avi", "shira", "ronen"),
    ),
    "ar": (
        ("مرحباً {first} | حسابي | المقالات المحفوظة ({n}) | تسجيل الخروج",),
        ("أحمد", "فاطمة", "محمد", "مريم", "خالد", "ليلى"),
        ("العلي", "حداد", "منصور", "الخطيب"),
        ("ahmed", "fatima", "mohamed", "mariam", "khaled", "laila"),
    ),
    "tr": (
        ("Hoş geldin {first} · Hesabım · Kaydettiklerim ({n}) · Çıkış yap",),
        ("Ayşe", "Mehmet", "Elif", "Murat", "Zeynep", "Emre"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"),
        (),
    ),
    "vi": (
        ("Xin chào, {first}! Tài khoản của tôi - Tin đã lưu ({n}) - Đăng xuất",),
        ("Lan", "Minh", "Hương", "Tuấn", "Thảo", "Dũng"),
        ("Nguyễn", "Trần", "Lê", "Phạm"),
        (),
    ),
    "id": (
        ("Halo, {first}! Profil saya • Artikel tersimpan ({n}) • Keluar",),
        ("Dewi", "Budi", "Siti", "Agus", "Rina", "Eko"),
        ("Santoso", "Wijaya", "Lestari", "Saputra"),
        (),
    ),
    "ja": (
        ("{last}さん、こんにちは　マイページ　お気に入り記事（{n}件）　ログアウト",),
        ("健太", "美咲", "大輔", "由美", "翔", "真由美"),
        ("山本", "中村", "小林", "加藤", "吉田", "佐々木"),
        ("kenta", "misaki", "daisuke", "yumi", "sho", "mayumi"),
    ),
    "ko": (
        ("{last}{first}님 환영합니다 · 마이페이지 · 스크랩한 기사 {n}건 · 로그아웃",),
        ("민준", "서연", "지훈", "수빈", "현우", "지은"),
        ("김", "이", "박", "최", "정"),
        ("minjun", "seoyeon", "jihoon", "subin", "hyunwoo", "jieun"),
    ),
    "zh": (
        ("欢迎您，{user} [退出] | 个人中心 | 我的收藏({n})",),
        ("伟", "芳", "静", "磊", "敏", "洋"),
        ("王", "李", "张", "刘", "陈"),
        ("wangwei", "lifang", "zhangjing", "liulei", "chenmin", "yang"),
    ),
}


def account_bar(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(ACCOUNT))
    templates, firsts, lasts, stems = ACCOUNT[lang]
    first, last = rnd.choice(firsts), rnd.choice(lasts)
    if stems:
        stem = rnd.choice(stems)
    else:
        stem = rnd.choice((_ascii(first) + _ascii(last)[:1], _ascii(first[:1] + last), f"{_ascii(first)}."))
    user = stem + rnd.choice(("", str(rnd.randint(1, 99)), str(rnd.randint(1950, 2004))))
    if user.endswith("."):
        user += _ascii(last)
    return rnd.choice(templates).format(
        first=first,
        last=last,
        user=user,
        n=rnd.randint(1, 48),
        **_date_kw(lang, _day(rnd, date(2019, 1, 1), 2500)),
    )


# ---------------------------------------------------------------- sunrise, sunset and moon widget (start)
SUN = {  # language: (templates, cities, the moon's phases)
    "en": (
        (
            "Sunrise {h1}:{m1} a.m. · Sunset {h2p}:{m2} p.m. · Daylight {dh}h {dm}m · Moon: {moon}",
            "{city} – Sunrise: {hh1}:{m1}  Sunset: {h2}:{m2}  Moon phase: {moon}",
        ),
        ("Boston", "Manchester", "Denver", "Cardiff", "Seattle", "Aberdeen"),
        ("Waxing Crescent", "First Quarter", "Waxing Gibbous", "Full Moon", "Waning Gibbous", "Last Quarter"),
    ),
    "de": (
        (
            "Sonnenaufgang {h1}:{m1} Uhr, Sonnenuntergang {h2}:{m2} Uhr – Tageslänge {dh} Std. {dm} Min."
            " ({city}). Mond: {moon}",
        ),
        ("Hannover", "Erfurt", "Regensburg", "Lübeck", "Freiburg", "Graz"),
        ("zunehmender Halbmond", "Vollmond", "abnehmender Halbmond", "Neumond", "zunehmende Sichel"),
    ),
    "fr": (
        ("Éphéméride : à {city}, lever du soleil à {h1}h{m1}, coucher à {h2}h{m2}. Lune : {moon}.",),
        ("Rennes", "Clermont-Ferrand", "Metz", "Perpignan", "Caen"),
        ("premier quartier", "pleine lune", "dernier quartier", "nouvelle lune", "lune gibbeuse croissante"),
    ),
    "es": (
        ("Sale el sol: {hh1}:{m1} / Se pone: {h2}:{m2} / {moon} ({city})",),
        ("Oviedo", "Valladolid", "Almería", "Pamplona", "Cádiz"),
        ("Luna llena", "Cuarto creciente", "Cuarto menguante", "Luna nueva"),
    ),
    "it": (
        ("{city}, alba ore {h1}:{m1} e tramonto ore {h2}:{m2}; luna {moon}",),
        ("Trento", "Ancona", "Pescara", "Udine", "Lecce"),
        ("crescente", "calante", "piena", "nuova"),
    ),
    "fi": (
        ("Aurinko nousee {city} klo {hh1}.{m1} ja laskee klo {h2}.{m2}, päivän pituus {dh} t {dm} min",),
        ("Oulussa", "Tampereella", "Kuopiossa", "Rovaniemellä", "Turussa"),
        ("",),
    ),
    "hu": (
        ("Napkelte {h1}:{m1} • napnyugta {h2}:{m2} • holdfázis: {moon} ({city})",),
        ("Debrecen", "Szeged", "Pécs", "Győr", "Miskolc"),
        ("növő hold", "telihold", "fogyó hold", "újhold"),
    ),
    "ro": (
        ("Răsărit {hh1}:{m1} | Apus {h2}:{m2} | Faza lunii: {moon}",),
        ("Cluj-Napoca", "Iași", "Timișoara", "Constanța"),
        ("lună plină", "primul pătrar", "ultimul pătrar", "lună nouă"),
    ),
    "ru": (
        ("Восход {h1}:{m1}, заход {h2}:{m2}, долгота дня {dh} ч {dm} мин. Луна: {moon} ({city})",),
        ("Екатеринбург", "Новосибирск", "Ростов-на-Дону", "Тюмень", "Уфа"),
        ("растущая", "убывающая", "полнолуние", "новолуние"),
    ),
    "el": (
        ("Ανατολή ηλίου {hh1}:{m1} – Δύση ηλίου {h2}:{m2} – Σελήνη {age} ημερών",),
        ("Αθήνα",),
        ("",),
    ),
    "hi": (
        ("सूर्योदय: सुबह {h1}:{m1} बजे | सूर्यास्त: शाम {h2p}:{m2} बजे | {city}",),
        ("दिल्ली", "लखनऊ", "जयपुर", "भोपाल", "पटना"),
        ("",),
    ),
    "bn": (
        ("আজ {city} সূর্যোদয় ভোর {h1}টা {m1} মিনিটে, সূর্যাস্ত সন্ধ্যা {h2p}টা {m2} মিনিটে",),
        ("ঢাকায়", "খুলনায়", "রাজশাহীতে", "সিলেটে", "রংপুরে"),
        ("",),
    ),
    "ja": (
        ("{city}　日の出 {h1}:{m1}　日の入り {h2}:{m2}　月齢 {age}",),
        ("札幌", "仙台", "新潟", "松山", "那覇"),
        ("",),
    ),
    "zh": (
        ("{city} 日出 {hh1}:{m1} 日落 {h2}:{m2}",),
        ("哈尔滨", "西安", "昆明", "青岛", "南京"),
        ("",),
    ),
    "ko": (
        ("일출 {hh1}:{m1} · 일몰 {h2}:{m2} · {city} 기준",),
        ("서울", "부산", "대구", "광주", "강릉"),
        ("",),
    ),
}


_SUN_HOURS = {
    "hi": (315, 410),
    "bn": (315, 400),
    "el": (370, 470),
    "ja": (255, 420),
    "ko": (305, 465),
    "zh": (300, 480),
}
_NOON = {"hi": (720, 750), "bn": (705, 735), "ja": (690, 730), "ko": (740, 760), "zh": (720, 760)}


def sun_widget(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(SUN))
    templates, cities, moons = SUN[lang]
    # sunrise, and sunset as far after the local solar noon as sunrise is before it
    low, high = _SUN_HOURS.get(lang, (285, 495))
    rise = rnd.randint(low, high)
    noon = rnd.randint(*_NOON.get(lang, (745, 795)))
    span = 2 * (noon - rise)
    (h1, m1), (h2, m2) = divmod(rise, 60), divmod(rise + span, 60)
    line = rnd.choice(templates).format(
        city=rnd.choice(cities),
        moon=rnd.choice(moons),
        h1=h1,
        hh1=f"{h1:02d}",
        m1=f"{m1:02d}",
        h2=h2,
        h2p=h2 - 12,
        m2=f"{m2:02d}",
        dh=span // 60,
        dm=span % 60,
        age=_dec(rnd, 0.5, 29.4, 1, "," if lang == "el" else "."),
    )
    return line.translate(_BENGALI) if lang == "bn" else line


# ---------------------------------------------------------------- waiting times at border crossings (start)
BORDER = {  # language: (templates, crossings)
    "en": (
        (
            "Border wait times: {a} – {x} min · {b} – {z} min · {c} – no delay (updated {h}:{mm})",
            "BORDER WAITS {a} {x} min | {b} {z} min | Ready Lane {k} min",
        ),
        ("Peace Arch", "Pacific Highway", "Lynden", "San Ysidro", "Otay Mesa", "Ambassador Bridge"),
    ),
    "es": (
        ("Tiempos de espera en garitas: {a} {x} min / {b} {z} min, actualizado a las {h}:{mm} h",),
        ("San Ysidro", "Otay", "Mexicali Centro", "Nogales DeConcini", "Puente Paso del Norte"),
    ),
    "pl": (
        (
            "Kolejki na granicy: {a} – {k} godz., {b} – {n} ciężarówek, {c} – {x} min. Dane Straży"
            " Granicznej z godz. {h}:{mm}",
        ),
        ("Medyka", "Dorohusk", "Hrebenne", "Korczowa", "Zosin", "Bezledy"),
    ),
    "uk": (
        ("Черги на кордоні: {a} – {n} авто, {b} – {x} хв, {c} – {k} год очікування",),
        ("Краковець", "Шегині", "Ягодин", "Устилуг", "Рава-Руська", "Чоп"),
    ),
    "ru": (
        ("Очереди на границе на {h}:{mm}: {a} — {n} легковых авто, {b} — {x} мин ожидания",),
        ("Брест", "Бенякони", "Котловка", "Григоровщина", "Торфяновка"),
    ),
    "fi": (
        ("Rajanylityspaikat klo {h}.{mm}: {a} {x} min, {b} {z} min, {c} ei jonoa",),
        ("Vaalimaa", "Nuijamaa", "Imatra", "Tornio", "Niirala"),
    ),
    "hu": (
        ("Várakozási idő a határátkelőkön: {a} {x} perc, {b} {z} perc, {c} {k} óra",),
        ("Röszke", "Nagylak", "Ártánd", "Záhony", "Tompa", "Hegyeshalom"),
    ),
    "ro": (
        ("Timpi de așteptare la frontieră, ora {h}:{mm} — {a}: {x} minute, {b}: {z} minute",),
        ("Nădlac II", "Borș", "Giurgiu", "Calafat", "Vama Veche", "Siret"),
    ),
    "hr": (
        ("Čekanja na granici: {a} {x} min; {b} {z} min; {c} {k} h za teretna vozila",),
        ("Bregana", "Macelj", "Karasovići", "Bajakovo", "Stara Gradiška"),
    ),
    "tr": (
        ("Sınır kapılarında son durum: {a} {k} saat, {b} {x} dakika, {c} {n} TIR kuyruğu",),
        ("Kapıkule", "Hamzabeyli", "İpsala", "Pazarkule", "Sarp", "Habur"),
    ),
    "de": (
        ("Wartezeiten an der Grenze, {h}:{mm} Uhr: {a} {x} Min., {b} {z} Min., {c} stockender Verkehr",),
        ("Spielfeld", "Walserberg", "Kufstein/Kiefersfelden", "Suben", "Karawankentunnel", "Nickelsdorf"),
    ),
    "he": (
        ("זמני המתנה במעברי הגבול: {a} – {x} דקות, {b} – {z} דקות",),
        ("מעבר אלנבי", "מעבר נהר הירדן", "מעבר רבין", "מעבר טאבה"),
    ),
    "ar": (
        ("أوقات الانتظار على المعابر الحدودية: {a} {x} دقيقة، {b} {z} دقيقة، {c} حركة اعتيادية",),
        ("جسر الملك حسين", "معبر جابر", "معبر الكرامة", "معبر العمري", "جسر الشيخ حسين"),
    ),
    "ms": (
        ("Keadaan trafik di {a}: {x} minit ke Singapura, {b}: {z} minit (dikemas kini {h}.{mm} pagi)",),
        ("Tambak Johor", "Laluan Kedua", "BSI Johor Bahru", "Bukit Kayu Hitam"),
    ),
    "th": (
        ("สถานการณ์ด่านชายแดน: {a} รอ {x} นาที · {b} รอ {z} นาที",),
        ("ด่านสะเดา", "ด่านปาดังเบซาร์", "ด่านแม่สาย", "ด่านอรัญประเทศ"),
    ),
}


def border_waits(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(BORDER))
    templates, crossings = BORDER[lang]
    a, b, c = rnd.sample(crossings, 3) if len(crossings) >= 3 else (*rnd.sample(crossings, 2), "")
    return rnd.choice(templates).format(
        a=a,
        b=b,
        c=c,
        x=rnd.randint(5, 180),
        z=rnd.randint(5, 150),
        k=rnd.randint(1, 14),
        n=rnd.randint(3, 420),
        h=rnd.randint(6, 11) if lang == "ms" else rnd.randint(0, 23),
        mm=f"{rnd.randrange(0, 60, 5):02d}",
    )


# ---------------------------------------------------------------- an airport's flight board (middle)
FLIGHTS = {  # language: (templates, airports, destinations, airline codes)
    "en": (
        (
            "Departures from {apt}: {fl} to {dest} {hh}:{mm} – Delayed · {fl2} to {dest2} {hh2}:{mm2} – On"
            " time · See all flights",
            "Live arrivals – {apt} | {fl} from {dest} | Scheduled {hh}:{mm} | Expected {hh2}:{mm2}",
        ),
        ("Heathrow", "Manchester Airport", "Dublin Airport", "JFK", "O'Hare", "Logan"),
        ("Malaga", "Faro", "Dubai", "Alicante", "Chicago", "Orlando", "Lanzarote"),
        ("BA", "EI", "FR", "U2", "AA", "DL", "UA"),
    ),
    "de": (
        (
            "Ankünfte {apt}: {fl} aus {dest}, planmäßig {hh}:{mm}, erwartet {hh2}:{mm2} Uhr → alle Ankünfte",
            "Abflug {apt} {fl} nach {dest} {hh}:{mm} Uhr annulliert",
        ),
        ("Frankfurt", "München", "BER", "Hamburg", "Düsseldorf", "Wien-Schwechat"),
        ("Palma de Mallorca", "Antalya", "Hurghada", "Heraklion", "New York", "Lissabon"),
        ("LH", "EW", "DE", "XQ", "OS", "4U"),
    ),
    "fr": (
        ("Départs – {apt} : vol {fl} pour {dest} à {hh}h{mm}, retardé ; vol {fl2} pour {dest2}, annulé",),
        ("Roissy-CDG", "Orly", "Nice Côte d'Azur", "Lyon Saint-Exupéry", "Marseille Provence"),
        ("Alger", "Casablanca", "Montréal", "Ajaccio", "Bastia", "Dakar"),
        ("AF", "TO", "U2", "V7", "AT", "AH"),
    ),
    "es": (
        ("Salidas {apt}: {fl} a {dest} {hh}:{mm} (Embarcando, puerta {gate})",),
        ("Barajas", "El Prat", "Son Sant Joan", "Málaga-Costa del Sol", "Bilbao"),
        ("Tenerife Norte", "Bogotá", "Buenos Aires", "Ibiza", "Londres-Gatwick", "Roma-Fiumicino"),
        ("IB", "VY", "UX", "I2", "V7"),
    ),
    "it": (
        ("Partenze {apt} · {fl} per {dest} ore {hh}:{mm} cancellato · {fl2} per {dest2} in orario",),
        ("Fiumicino", "Malpensa", "Linate", "Capodichino", "Bologna Marconi"),
        ("Catania", "Palermo", "Cagliari", "Tirana", "Parigi", "Olbia"),
        ("AZ", "FR", "U2", "V7", "W6"),
    ),
    "pt": (
        ("Chegadas – {apt} | {fl} de {dest} | previsto {hh}:{mm} | aterrou às {hh2}:{mm2}",),
        ("Humberto Delgado", "Francisco Sá Carneiro", "Guarulhos", "Congonhas", "Galeão"),
        ("Funchal", "Ponta Delgada", "Paris-Orly", "Salvador", "Recife", "Brasília"),
        ("TP", "S4", "G3", "AD", "LA"),
    ),
    "nl": (
        ("Vertrektijden {apt}: {fl} naar {dest} {hh}.{mm} uur vertraagd, nieuwe tijd {hh2}.{mm2}",),
        ("Schiphol", "Eindhoven Airport", "Rotterdam The Hague Airport"),
        ("Curaçao", "Gran Canaria", "Barcelona", "Istanbul", "Kreta"),
        ("KL", "HV", "TB", "OR"),
    ),
    "da": (
        ("Afgange fra {apt}: {fl} til {dest} kl. {hh}.{mm} – forsinket til {hh2}.{mm2}",),
        ("Kastrup", "Billund", "Aalborg Lufthavn", "Aarhus Lufthavn"),
        ("Nuuk", "Alicante", "Oslo", "Tórshavn", "Bangkok"),
        ("SK", "DY", "D8", "OG"),
    ),
    "nb": (
        ("Avganger {apt}  {fl} {dest} {hh}:{mm} Gate {gate}  Går til gate",),
        ("Gardermoen", "Flesland", "Værnes", "Sola", "Tromsø lufthavn"),
        ("Longyearbyen", "Bodø", "Gran Canaria", "København", "Kirkenes"),
        ("SK", "DY", "WF", "D8"),
    ),
    "tr": (
        ("{apt} dış hatlar gidiş: {fl} {dest} {hh}:{mm} Rötarlı — Tahmini kalkış {hh2}:{mm2}",),
        ("İstanbul Havalimanı", "Sabiha Gökçen", "Esenboğa", "Adnan Menderes", "Antalya Havalimanı"),
        ("Berlin", "Düsseldorf", "Londra", "Bakü", "Tahran", "Amsterdam"),
        ("TK", "PC", "XQ", "AJ"),
    ),
    "ru": (
        ("Онлайн-табло {apt}: рейс {fl} {dest} — вылет {hh}:{mm}, задерживается до {hh2}:{mm2}",),
        ("Шереметьево", "Внуково", "Домодедово", "Пулково", "Кольцово"),
        ("Сочи", "Калининград", "Минеральные Воды", "Стамбул", "Ташкент", "Ереван"),
        ("SU", "S7", "DP", "U6", "FV"),
    ),
    "el": (
        ("Αφίξεις {apt}: {fl} από {dest} {hh}:{mm} – Προσγειώθηκε",),
        ("Ελευθέριος Βενιζέλος", "Μακεδονία", "Ηράκλειο"),
        ("Λονδίνο", "Ρόδο", "Χανιά", "Λευκωσία", "Μύκονο", "Μόναχο"),
        ("A3", "OA", "GQ", "FR"),
    ),
    "ar": (
        ("المغادرة من {apt}: الرحلة {fl} إلى {dest} الساعة {hh}:{mm} – متأخرة",),
        ("مطار الملكة علياء", "مطار القاهرة الدولي", "مطار الملك خالد", "مطار دبي الدولي"),
        ("جدة", "إسطنبول", "بيروت", "الدوحة", "الرياض", "لندن"),
        ("RJ", "MS", "SV", "EK", "FZ"),
    ),
    "ja": (
        ("{apt} 出発便　{fl}便 {dest}行き {hh}:{mm} 発　遅延（{hh2}:{mm2} 変更）",),
        ("羽田空港", "成田空港", "関西空港", "中部国際空港", "新千歳空港"),
        ("那覇", "福岡", "ソウル（仁川）", "台北（桃園）", "ホノルル", "札幌（新千歳）"),
        ("JL", "NH", "BC", "MM", "GK"),
    ),
    "zh": (
        ("{apt}航班动态：{fl} 飞往{dest} 计划起飞{hh}:{mm} 延误 预计{hh2}:{mm2}",),
        ("首都机场", "浦东机场", "白云机场", "双流机场", "宝安机场"),
        ("三亚", "昆明", "乌鲁木齐", "哈尔滨", "曼谷", "东京"),
        ("CA", "MU", "CZ", "3U", "ZH", "HU"),
    ),
    "ko": (
        ("{apt} 출발 | {fl} | {dest} | {hh}:{mm} | 지연 | 변경 {hh2}:{mm2}",),
        ("인천공항", "김포공항", "김해공항", "제주공항"),
        ("제주", "오사카", "다낭", "방콕", "후쿠오카", "괌"),
        ("KE", "OZ", "7C", "LJ", "TW"),
    ),
    "vi": (
        ("Lịch bay {apt}: chuyến {fl} đi {dest} lúc {hh}:{mm} – Trễ, dự kiến {hh2}:{mm2}",),
        ("Nội Bài", "Tân Sơn Nhất", "Đà Nẵng", "Cam Ranh"),
        ("Phú Quốc", "Hải Phòng", "Seoul", "Singapore", "Huế", "Côn Đảo"),
        ("VN", "VJ", "QH", "VU"),
    ),
}


def flight_board(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(FLIGHTS))
    templates, airports, dests, codes = FLIGHTS[lang]
    dest, dest2 = rnd.sample(dests, 2)
    sep = rnd.choice(("", " ")) if lang not in ("ja", "zh", "ko") else ""
    t = rnd.randint(300, 1380)
    t2 = t + rnd.randint(10, 180)
    return rnd.choice(templates).format(
        apt=rnd.choice(airports),
        dest=dest,
        dest2=dest2,
        fl=f"{rnd.choice(codes)}{sep}{rnd.randint(10, 9899)}",
        fl2=f"{rnd.choice(codes)}{sep}{rnd.randint(10, 9899)}",
        hh=f"{t // 60:02d}",
        mm=f"{t % 60:02d}",
        hh2=f"{t2 // 60 % 24:02d}",
        mm2=f"{t2 % 60:02d}",
        gate=f"{rnd.choice('ABCDEF')}{rnd.randint(1, 48)}" if rnd.random() < 0.6 else str(rnd.randint(1, 60)),
    )


# ---------------------------------------------------------------- fuel or electricity prices (middle)
def _fuel(lang: str, rnd: random.Random) -> dict[str, str]:
    """The prices a fuel or electricity box in ``lang`` prints, in its own units and separators."""
    match lang:
        case "de" | "fr" | "it" | "es" | "hr":
            return {"p": _dec(rnd, 1.45, 2.19, 3, ","), "p2": _dec(rnd, 1.39, 2.09, 3, ",")}
        case "en-gb":
            return {"p": _dec(rnd, 128, 191, 1, "."), "p2": _dec(rnd, 132, 199, 1, ".")}
        case "en-us":
            return {"p": _dec(rnd, 2.69, 5.49, 2, "."), "p2": _dec(rnd, 3.29, 6.19, 2, "."), "p3": ""}
        case "pl":
            return {"p": _dec(rnd, 5.49, 7.99, 2, ","), "p2": _dec(rnd, 5.59, 8.29, 2, ","), "p3": ""}
        case "cs":
            return {"p": _dec(rnd, 32.9, 46.9, 2, ","), "p2": _dec(rnd, 31.9, 47.9, 2, ",")}
        case "tr":
            return {"p": _dec(rnd, 21.5, 46.9, 2, ","), "p2": _dec(rnd, 22.5, 48.9, 2, ","), "p3": ""}
        case "ru":
            return {"p": _dec(rnd, 44.5, 58.9, 2, ","), "p2": _dec(rnd, 48.5, 64.9, 2, ","), "p3": ""}
        case "hi":
            return {"p": _dec(rnd, 89.5, 111.9, 2, "."), "p2": _dec(rnd, 82.5, 98.9, 2, ".")}
        case "vi":
            return {
                "p": _grouped(rnd.randint(200, 320) * 100, "."),
                "p2": _grouped(rnd.randint(190, 300) * 100, "."),
            }
        case "th":
            return {"p": _dec(rnd, 33.5, 46.9, 2, "."), "p2": _dec(rnd, 29.9, 35.9, 2, ".")}
        case "id":
            return {
                "p": _grouped(rnd.randint(120, 159) * 100 + 50, "."),
                "p2": _grouped(rnd.randint(125, 165) * 100, "."),
            }
        case "bn":
            return {
                "p": str(rnd.randint(101, 135)).translate(_BENGALI),
                "p2": str(rnd.randint(95, 125)).translate(_BENGALI),
            }
        case "fi":
            return {"p": _dec(rnd, 0.2, 34.9, 2, ","), "p2": _dec(rnd, 1.5, 19.9, 2, ",")}
        case "sv" | "nb":
            return {"p": _dec(rnd, 3.5, 289.9, 1, ","), "p2": str(rnd.randint(1, 4))}
        case "da":
            return {"p": _dec(rnd, 0.85, 4.99, 2, ","), "p2": str(rnd.randint(1, 2))}
    return {}


FUEL = {  # language: (templates, cities or zones, stations)
    "de": (
        (
            "Spritpreise in {city}: Super E10 {p} €, Diesel {p2} € – günstigste Tankstelle: {station}",
            "Benzinpreis-Check {city} · Diesel ab {p2} € · E10 ab {p} € · Alle Tankstellen",
        ),
        ("Kassel", "Paderborn", "Bamberg", "Gießen", "Cottbus", "Oldenburg"),
        (
            "Aral, Frankfurter Str.",
            "Jet, Am Bahnhof",
            "Shell, Bremer Straße",
            "Star, Ringstraße",
            "HEM, Nordallee",
        ),
    ),
    "en-gb": (
        ("Fuel prices near {city}: unleaded {p}p/litre, diesel {p2}p. Cheapest: {station}",),
        ("Swindon", "Norwich", "Stockport", "Exeter", "Derby"),
        ("Tesco Extra", "Asda Superstore", "Sainsbury's", "Morrisons", "Esso Tesco Express"),
    ),
    "en-us": (
        ("Gas prices in {city}: Regular ${p} | Diesel ${p2} | Lowest: {station}",),
        ("Tulsa", "Fresno", "Columbus", "Spokane", "Tucson", "Omaha"),
        ("Costco", "QuikTrip", "Sam's Club", "Circle K", "Speedway"),
    ),
    "fr": (
        ("Prix des carburants à {city} : gazole {p2} €/L, SP95-E10 {p} €/L ({station})",),
        ("Angers", "Limoges", "Besançon", "Poitiers", "Nîmes"),
        ("Leclerc", "Intermarché", "TotalEnergies Access", "Carrefour Market", "Auchan"),
    ),
    "it": (
        ("Prezzi carburanti oggi a {city} – benzina self {p} euro/litro, diesel self {p2} euro/litro",),
        ("Bergamo", "Perugia", "Salerno", "Novara", "Ravenna"),
        ("",),
    ),
    "es": (
        (
            "Precio del combustible hoy en {city}. Gasolina 95: {p} €/l; Diésel: {p2} €/l. Más barata:"
            " {station}",
        ),
        ("Albacete", "Logroño", "Badajoz", "Castellón", "León"),
        ("Plenoil", "Ballenoil", "Repsol", "Cepsa", "Petroprix"),
    ),
    "hr": (
        ("Nove cijene goriva od utorka: Eurosuper 95 {p} €/l, Eurodiesel {p2} €/l",),
        ("",),
        ("",),
    ),
    "pl": (
        ("Ceny paliw w {city}: Pb95 {p} zł/l • ON {p2} zł/l • najtaniej: {station}",),
        ("Lublinie", "Białymstoku", "Rzeszowie", "Toruniu", "Kielcach"),
        ("Orlen, ul. Lubelska", "Circle K, al. Jana Pawła II", "Moya, ul. Przemysłowa", "BP, ul. Warszawska"),
    ),
    "cs": (
        ("Ceny pohonných hmot – {city}: Natural 95 {p} Kč, nafta {p2} Kč",),
        ("Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc"),
        ("",),
    ),
    "tr": (
        ("Akaryakıt fiyatları ({city}) Benzin {p} TL Motorin {p2} TL",),
        ("İstanbul Avrupa Yakası", "Ankara", "İzmir", "Bursa", "Adana"),
        ("",),
    ),
    "ru": (
        ("Цены на топливо в {city}: АИ-92 — {p} руб., ДТ — {p2} руб. за литр",),
        ("Самаре", "Челябинске", "Красноярске", "Перми", "Воронеже"),
        ("",),
    ),
    "hi": (
        ("आज के पेट्रोल-डीजल के दाम: {city} में पेट्रोल {p} रुपये और डीजल {p2} रुपये प्रति लीटर",),
        ("दिल्ली", "मुंबई", "पटना", "लखनऊ", "जयपुर", "भोपाल"),
        ("",),
    ),
    "bn": (
        ("জ্বালানি তেলের নতুন দাম: অকটেন লিটারপ্রতি {p} টাকা, ডিজেল {p2} টাকা",),
        ("",),
        ("",),
    ),
    "vi": (
        ("Giá xăng dầu hôm nay: RON 95-III {p} đồng/lít, dầu diesel {p2} đồng/lít",),
        ("",),
        ("",),
    ),
    "th": (
        ("ราคาน้ำมันวันนี้ แก๊สโซฮอล์ 95 ลิตรละ {p} บาท ดีเซล ลิตรละ {p2} บาท",),
        ("",),
        ("",),
    ),
    "id": (
        ("Harga BBM hari ini di {city}: Pertamax Rp{p}/liter, Dexlite Rp{p2}/liter",),
        ("Jakarta", "Surabaya", "Medan", "Makassar", "Balikpapan"),
        ("",),
    ),
    "fi": (
        ("Sähkön hinta nyt {p} snt/kWh · huomisen keskihinta {p2} snt/kWh",),
        ("",),
        ("",),
    ),
    "sv": (
        ("Elpriset just nu i elområde SE{p2}: {p} öre/kWh",),
        ("",),
        ("",),
    ),
    "nb": (
        ("Strømprisen nå (NO{p2}): {p} øre/kWh inkl. mva.",),
        ("",),
        ("",),
    ),
    "da": (
        ("Elprisen lige nu i DK{p2}: {p} kr./kWh inkl. afgifter og moms",),
        ("",),
        ("",),
    ),
}


def fuel_prices(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(FUEL))
    templates, cities, stations = FUEL[lang]
    return rnd.choice(templates).format(
        city=rnd.choice(cities), station=rnd.choice(stations), **_fuel(lang, rnd)
    )


# ---------------------------------------------------------------- a bestseller list (middle)
BESTSELLERS = {  # language: (templates, (title, author) pairs, price range)
    "de": (
        (
            "Bestseller der Woche (Belletristik): 1. {a1} – „{t1}“ · 2. {a2} – „{t2}“ · {w} Wochen auf der"
            " Liste",
            "Platz {r} der Bestsellerliste: „{t1}“ von {a1}, {price} Euro",
        ),
        (
            ("Altes Land", "Dörte Hansen"),
            ("Kairos", "Jenny Erpenbeck"),
            ("Der Gesang der Flusskrebse", "Delia Owens"),
            ("Die Mittagsfrau", "Julia Franck"),
            ("Identitti", "Mithu Sanyal"),
        ),
        (18, 28),
    ),
    "en": (
        (
            "Bestsellers this week: 1. {t1} by {a1} · 2. {t2} by {a2} · See the full list",
            "No. {r} on the bestseller list: {t1}, by {a1} ({w} weeks on the list)",
        ),
        (
            ("Lessons in Chemistry", "Bonnie Garmus"),
            ("Fourth Wing", "Rebecca Yarros"),
            ("The Women", "Kristin Hannah"),
            ("Demon Copperhead", "Barbara Kingsolver"),
            ("Tomorrow, and Tomorrow, and Tomorrow", "Gabrielle Zevin"),
        ),
        (0, 0),
    ),
    "fr": (
        ("Meilleures ventes de la semaine : 1. {t1}, de {a1} ; 2. {t2}, de {a2}",),
        (
            ("Veiller sur elle", "Jean-Baptiste Andrea"),
            ("Le Mage du Kremlin", "Giuliano da Empoli"),
            ("Les Yeux de Mona", "Thomas Schlesser"),
            ("Triste tigre", "Neige Sinno"),
            ("Houris", "Kamel Daoud"),
        ),
        (0, 0),
    ),
    "es": (
        ("Los más vendidos / 1. «{t1}», {a1} / 2. «{t2}», {a2} / {w} semanas en lista",),
        (
            ("El infinito en un junco", "Irene Vallejo"),
            ("Los pacientes del doctor García", "Almudena Grandes"),
            ("El italiano", "Arturo Pérez-Reverte"),
            ("Patria", "Fernando Aramburu"),
        ),
        (0, 0),
    ),
    "it": (
        ("Classifica dei libri più venduti: «{t1}» di {a1} al primo posto per la {w}ª settimana",),
        (
            ("Il colibrì", "Sandro Veronesi"),
            ("Fabbricante di lacrime", "Erin Doom"),
            ("Tatà", "Valérie Perrin"),
            ("L'età fragile", "Donatella Di Pietrantonio"),
        ),
        (0, 0),
    ),
    "pl": (
        ("Bestsellery tygodnia: 1. {a1}, „{t1}” ({price} zł) 2. {a2}, „{t2}”",),
        (
            ("Empuzjon", "Olga Tokarczuk"),
            ("Chłopki", "Joanna Kuciel-Frydryszak"),
            ("Kajś", "Zbigniew Rokita"),
            ("Wiedźmin. Rozdroże kruków", "Andrzej Sapkowski"),
        ),
        (39, 59),
    ),
    "sv": (
        ("Topplistan inbundet: 1) {a1} – {t1} 2) {a2} – {t2}",),
        (
            ("Ett litet liv", "Hanya Yanagihara"),
            ("Hägring 38", "Kjell Westö"),
            ("Bli som folk", "Elias Åhlén"),
            ("Rosemarie", "Lena Andersson"),
        ),
        (0, 0),
    ),
    "hu": (
        ("Sikerlista – 1. {a1}: {t1} ({price} Ft) · 2. {a2}: {t2}",),
        (
            ("Semmelweis", "Lakatos Levente"),
            ("Az ember, aki mindent tudott", "Grecsó Krisztián"),
            ("Apám üzenete", "Szabó Magda"),
            ("Herscht 07769", "Krasznahorkai László"),
        ),
        (4, 7),
    ),
    "ro": (
        ("Topul vânzărilor săptămânii: {a1} – {t1}, urmat de {a2} – {t2}.",),
        (
            ("Solenoid", "Mircea Cărtărescu"),
            ("Theodoros", "Mircea Cărtărescu"),
            ("Fata de la marginea lumii", "Cristina Nemerovschi"),
            ("Cartea șoaptelor", "Varujan Vosganian"),
        ),
        (0, 0),
    ),
    "ru": (
        ("Топ продаж недели: 1. {a1} «{t1}» 2. {a2} «{t2}»",),
        (
            ("Лавр", "Евгений Водолазкин"),
            ("Петровы в гриппе и вокруг него", "Алексей Сальников"),
            ("Зулейха открывает глаза", "Гузель Яхина"),
            ("Ночной дозор", "Сергей Лукьяненко"),
        ),
        (0, 0),
    ),
    "ja": (
        ("今週のベストセラー（文芸）　1位『{t1}』{a1}　2位『{t2}』{a2}",),
        (
            ("成瀬は天下を取りにいく", "宮島未奈"),
            ("汝、星のごとく", "凪良ゆう"),
            ("街とその不確かな壁", "村上春樹"),
            ("木挽町のあだ討ち", "永井紗耶子"),
        ),
        (0, 0),
    ),
    "ko": (
        ("이번 주 베스트셀러 1위 {t1}({a1}) · 2위 {t2}({a2}) · {w}주 연속 1위",),
        (
            ("불편한 편의점", "김호연"),
            ("소년이 온다", "한강"),
            ("작별하지 않는다", "한강"),
            ("세이노의 가르침", "세이노"),
        ),
        (0, 0),
    ),
    "zh": (
        ("本周畅销书榜：1.《{t1}》{a1}　2.《{t2}》{a2}",),
        (("额尔古纳河右岸", "迟子建"), ("活着", "余华"), ("人世间", "梁晓声"), ("三体", "刘慈欣")),
        (0, 0),
    ),
    "tr": (
        ("Haftanın çok satanları: 1. {t1} – {a1}, 2. {t2} – {a2} ({price} TL)",),
        (
            ("Kürk Mantolu Madonna", "Sabahattin Ali"),
            ("Masumiyet Müzesi", "Orhan Pamuk"),
            ("Veba Geceleri", "Orhan Pamuk"),
            ("Benim Adım Kırmızı", "Orhan Pamuk"),
        ),
        (180, 420),
    ),
}


def bestsellers(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(BESTSELLERS))
    templates, books, (low, high) = BESTSELLERS[lang]
    (t1, a1), (t2, a2) = rnd.sample(books, 2)
    if low and high < 10:
        price = _grouped(rnd.randint(low, high) * 1000 - rnd.choice((1, 10, 100)), " ")
    elif low:
        price = f"{rnd.randint(low, high)},{rnd.choice(('00', '90', '99', '95'))}"
    else:
        price = ""
    return rnd.choice(templates).format(
        t1=t1, a1=a1, t2=t2, a2=a2, r=rnd.randint(1, 20), w=rnd.randint(2, 60), price=price
    )


# ---------------------------------------------------------------- a local business directory's entry (middle)
DIRECTORY = {  # language: (templates, trades, firm names, streets, cities, telephone pattern)
    "de": (
        (
            "Branchenbuch: {trade} in {city} – {firm}, {street} {no}, Tel. {phone} · Weitere Firmen",
            "Firmen in Ihrer Nähe {firm} ({trade}) {street} {no}, {city}",
        ),
        ("Elektriker", "Sanitär und Heizung", "Kfz-Werkstätten", "Zahnärzte"),
        (
            "Elektro Schmidt & Söhne GmbH",
            "Meier Haustechnik",
            "Kfz-Service Yilmaz",
            "Zahnarztpraxis Dr. Brandt",
        ),
        ("Bahnhofstraße", "Lindenweg", "Industriestraße", "Marktplatz"),
        ("Kassel", "Göttingen", "Fulda", "Marburg"),
        "05## ######",
    ),
    "en": (
        ("Local businesses: {trade} in {city} – {firm}, {no} {street}, {phone} | Add your business",),
        ("Plumbers", "Roofers", "Accountants", "Dentists"),
        ("A1 Plumbing & Heating", "Johnson Roofing Ltd", "Clark & Co Accountants", "Smile Dental Care"),
        ("Station Road", "High Street", "Church Lane", "Main Street"),
        ("Leeds", "Reading", "Akron", "Sacramento"),
        "(3##) ###-####",
    ),
    "fr": (
        ("Annuaire des entreprises — {trade} à {city} : {firm}, {no} {street} – {phone}",),
        ("Plombiers", "Électriciens", "Boulangeries", "Garages"),
        ("SARL Dubois Plomberie", "Élec Services Martin", "Boulangerie Le Fournil", "Garage du Centre"),
        ("rue de la République", "avenue Jean-Jaurès", "rue Victor-Hugo", "place du Marché"),
        ("Tours", "Orléans", "Amiens", "Pau"),
        "02 ## ## ## ##",
    ),
    "es": (
        ("Guía de empresas. {trade} en {city}: {firm}, {street}, {no}. Tel. {phone}",),
        ("Fontaneros", "Talleres mecánicos", "Asesorías", "Clínicas dentales"),
        ("Fontanería Hermanos López", "Talleres Martínez", "Asesoría Gómez", "Clínica Dental Sonríe"),
        ("C/ Mayor", "Avda. de la Constitución", "C/ Real", "Paseo de la Estación"),
        ("Salamanca", "Cáceres", "Huesca", "Jaén"),
        "9## ### ###",
    ),
    "it": (
        ("Aziende a {city}: {firm} ({trade}), via {street} {no}, tel. {phone}",),
        ("idraulico", "elettricista", "commercialista", "carrozzeria"),
        ("Idraulica Bianchi", "Elettro Service Conti", "Studio Rossi & Associati", "Carrozzeria Moderna"),
        ("Roma", "Garibaldi", "Mazzini", "dei Mille"),
        ("Piacenza", "Arezzo", "Treviso", "Lecco"),
        "05## ######",
    ),
    "pl": (
        ("Katalog firm: {trade} {city} — {firm}, ul. {street} {no}, tel. {phone}",),
        ("hydraulik", "mechanik samochodowy", "biuro rachunkowe", "dentysta"),
        ("Hydro-Tech Kowalski", "Auto-Serwis Nowak", "Biuro Rachunkowe Bilans", "Dental-Med"),
        ("Piłsudskiego", "Mickiewicza", "Kościuszki", "Słowackiego"),
        ("Rzeszów", "Opole", "Płock", "Tarnów"),
        "### ### ###",
    ),
    "cs": (
        ("Firmy v okolí: {firm} – {trade}, {street} {no}, {city}. Tel.: {phone}",),
        ("instalatér", "autoservis", "účetní", "zubní ordinace"),
        ("Instalatérství Novák", "Autoservis Dvořák", "Účetnictví Horák s.r.o.", "Dentální centrum Zuby"),
        ("Masarykova", "Nádražní", "Husova", "Palackého"),
        ("Pardubice", "Jihlava", "Zlín", "Kladno"),
        "### ### ###",
    ),
    "ro": (
        ("Firme din {city} → {firm} ({trade}), str. {street} nr. {no}, tel. {phone}",),
        ("instalații sanitare", "service auto", "contabilitate", "cabinet stomatologic"),
        ("Instal Pro SRL", "Auto Service Popescu", "Contab Expert SRL", "Dent Art Clinic"),
        ("Mihai Eminescu", "Unirii", "Republicii", "Avram Iancu"),
        ("Brașov", "Sibiu", "Oradea", "Bacău"),
        "07## ### ###",
    ),
    "ru": (
        ("Справочник организаций: {trade} в г. {city} — {firm}, ул. {street}, д. {no}, тел. {phone}",),
        ("сантехники", "автосервисы", "бухгалтерские услуги", "стоматологии"),
        ("ООО «АкваМастер»", "Автосервис «Гараж 24»", "ООО «Баланс-Аудит»", "Стоматология «Улыбка»"),
        ("Ленина", "Советская", "Гагарина", "Мира"),
        ("Тула", "Киров", "Ярославль", "Курск"),
        "+7 (4##) ###-##-##",
    ),
    "tr": (
        ("Firma rehberi › {city} {trade} › {firm}, {street} No:{no} · Tel: {phone}",),
        ("tesisatçı", "oto tamir", "mali müşavir", "diş kliniği"),
        ("Yıldız Tesisat", "Usta Oto Servis", "Aksoy Mali Müşavirlik", "Gülüş Ağız ve Diş Sağlığı"),
        ("Atatürk Cad.", "Cumhuriyet Cad.", "İnönü Sok.", "Gazi Bulvarı"),
        ("Kayseri", "Samsun", "Denizli", "Malatya"),
        "0 (3##) ### ## ##",
    ),
    "ar": (
        ("دليل الشركات: {trade} في {city} – {firm}، شارع {street}، هاتف {phone}",),
        ("سباكة", "صيانة سيارات", "مكاتب محاسبة", "عيادات أسنان"),
        ("مؤسسة النور للسباكة", "مركز الأمانة لصيانة السيارات", "مكتب الرشيد للمحاسبة", "عيادة الابتسامة"),
        ("الملك فهد", "الجامعة", "الاستقلال", "الحرية"),
        ("عمّان", "الإسكندرية", "الدمام", "صفاقس"),
        "06 ### ####",
    ),
    "ja": (
        ("地域のお店・企業情報｜{trade}｜{firm}（{city}）TEL {phone}",),
        ("水道工事", "自動車整備", "税理士事務所", "歯科医院"),
        ("有限会社田中設備", "山口モータース", "佐藤税理士事務所", "さくら歯科クリニック"),
        ("",),
        ("前橋市", "宇都宮市", "高崎市", "水戸市"),
        "027-###-####",
    ),
    "id": (
        ("Direktori usaha: {trade} di {city} — {firm}, Jl. {street} No. {no}, telp. {phone}",),
        ("bengkel mobil", "jasa konsultan pajak", "klinik gigi", "toko bangunan"),
        ("Bengkel Maju Jaya", "KKP Santoso & Rekan", "Klinik Gigi Senyum", "TB Sumber Rejeki"),
        ("Sudirman", "Diponegoro", "Gatot Subroto", "Ahmad Yani"),
        ("Bandung", "Semarang", "Malang", "Yogyakarta"),
        "(02#) #######",
    ),
}


def directory_entry(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(DIRECTORY))
    templates, trades, firms, streets, cities, phone = DIRECTORY[lang]
    i = rnd.randrange(len(firms))  # a firm of its trade
    return rnd.choice(templates).format(
        trade=trades[i],
        firm=firms[i],
        street=rnd.choice(streets),
        no=rnd.randint(1, 180),
        city=rnd.choice(cities),
        phone=_digits(rnd, phone),
    )


# ---------------------------------------------------------------- birthday and anniversary greetings (end)
CONGRATS = {  # language: (templates, first names, last names, towns); {age}; {f2} a spouse, {yrs} years wed
    "de": (
        (
            "Wir gratulieren: {first} {last} aus {town} zum {age}. Geburtstag",
            "Goldene Hochzeit feiern heute {first} und {f2} {last} in {town}. Herzlichen Glückwunsch!",
        ),
        ("Gertrud", "Heinz", "Hildegard", "Walter", "Erna", "Günter", "Irmgard", "Manfred"),
        ("Schulte", "Baumann", "Huber", "Franke", "Kaiser", "Pohl"),
        ("Neustadt", "Obernburg", "Haßfurt", "Kirchheim", "Waldkirch", "Rotenburg"),
    ),
    "en": (
        (
            "Happy birthday to {first} {last} of {town}, who turns {age} today!",
            "Anniversaries: {first} and {f2} {last}, {town}, {yrs} years on {mon} {d}.",
        ),
        ("Dorothy", "Harold", "Margaret", "Eugene", "Shirley", "Walter", "Betty", "Raymond"),
        ("Kowalczyk", "Peterson", "McAllister", "Bauer", "Hughes", "Whitfield"),
        ("Millersburg", "Spring Valley", "Oak Ridge", "Fairbury", "Cedar Falls"),
    ),
    "nl": (
        ("Gefeliciteerd! {first} {last} uit {town} wordt vandaag {age} jaar.",),
        ("Riet", "Henk", "Truus", "Gerrit", "Annie", "Kees"),
        ("de Vries", "Bakker", "Visser", "Mulder", "van Dijk"),
        ("Meppel", "Zevenaar", "Winterswijk", "Heerenveen"),
    ),
    "da": (
        ("Tillykke: {first} {last}, {town}, fylder {age} år i dag",),
        ("Inge", "Poul", "Birthe", "Erik", "Karen", "Jørgen"),
        ("Pedersen", "Andersen", "Madsen", "Rasmussen"),
        ("Skive", "Ringkøbing", "Haderslev", "Nakskov"),
    ),
    "nb": (
        ("Gratulerer med dagen! {first} {last}, {town}, {age} år {d}. {mon}",),
        ("Solveig", "Arne", "Randi", "Knut", "Bjørg", "Odd"),
        ("Olsen", "Larsen", "Berg", "Dahl", "Strand"),
        ("Steinkjer", "Kongsvinger", "Ørsta", "Levanger"),
    ),
    "sv": (
        ("Födelsedagar – {first} {last}, {town}, {age} år i dag.",),
        ("Birgitta", "Lennart", "Gunnel", "Bengt", "Margareta", "Rolf"),
        ("Eriksson", "Nilsson", "Lundgren", "Forsberg"),
        ("Sollefteå", "Mora", "Ljungby", "Arvika"),
    ),
    "fi": (
        ("Merkkipäiviä: {first} {last}, {town}, täyttää {age} vuotta {d}.{m}.",),
        ("Aino", "Pentti", "Helvi", "Matti", "Raili", "Erkki"),
        ("Laine", "Salminen", "Hämäläinen", "Lehtonen"),
        ("Iisalmi", "Kajaani", "Salo", "Raahe"),
    ),
    "pl": (
        (
            "Sto lat! {first} {last} z miejscowości {town} obchodzi dziś {age}. urodziny. Najlepsze życzenia"
            " od rodziny",
        ),
        ("Stanisława", "Tadeusz", "Halina", "Zbigniew", "Krystyna", "Józef"),
        ("Kowalczyk", "Mazur", "Nowak", "Wójcik", "Kaczmarek"),
        ("Kolbuszowa", "Łańcut", "Brzozów", "Dębica"),
    ),
    "cs": (
        ("Blahopřejeme – {first} z obce {town} oslaví {d}. {m}. {age}. narozeniny",),
        (
            "Marie Svobodová",
            "Josef Pokorný",
            "Jiřina Kučerová",
            "Václav Marek",
            "Božena Holá",
            "Miroslav Beneš",
        ),
        ("",),
        ("Chotěboř", "Sušice", "Vimperk", "Bystřice"),
    ),
    "hu": (
        ("Gratulálunk! {last} {first} ({town}) ma ünnepli {age}. születésnapját.",),
        ("Erzsébet", "József", "Ilona", "Ferenc", "Katalin", "István"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth"),
        ("Kalocsa", "Szentes", "Makó", "Pápa"),
    ),
    "hr": (
        ("Čestitamo! {first} {last} iz mjesta {town} danas slavi {age}. rođendan",),
        ("Marija", "Ivan", "Ana", "Josip", "Kata", "Stjepan"),
        ("Horvat", "Babić", "Marić", "Jurić"),
        ("Vinkovci", "Đakovo", "Koprivnica", "Ogulin"),
    ),
    "it": (
        ("Tanti auguri a {first} {last} di {town}, che oggi compie {age} anni: festeggiano figli e nipoti",),
        ("Giuseppina", "Antonio", "Rosa", "Vincenzo", "Maria", "Luigi"),
        ("Russo", "Romano", "Colombo", "Greco", "Bruno"),
        ("Gubbio", "Sulmona", "Chiavari", "Lugo"),
    ),
    "es": (
        ("Felicidades a {first} {last}, de {town}, que hoy cumple {age} años",),
        ("Dolores", "Manuel", "Carmen", "Antonio", "Pilar", "Francisco"),
        ("Sánchez", "Romero", "Navarro", "Gil"),
        ("Astorga", "Medina del Campo", "Tarazona", "Écija"),
    ),
    "el": (
        ("Χρόνια πολλά στην {first} {last} από {town}, που σήμερα κλείνει τα {age}!",),
        ("Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία"),
        ("Παπαδοπούλου", "Νικολάου", "Γεωργίου", "Οικονόμου"),
        ("τη Λάρισα", "την Καλαμάτα", "τα Ιωάννινα", "τη Δράμα"),
    ),
    "ru": (
        ("Поздравляем с {age}-летием {first} ({town})! Здоровья и долгих лет жизни",),
        (
            "Валентину Ивановну Морозову",
            "Николая Петровича Волкова",
            "Галину Степановну Зайцеву",
            "Виктора Алексеевича Павлова",
        ),
        ("",),
        ("г. Бердск", "с. Майма", "г. Искитим", "пос. Кольцово"),
    ),
    "he": (
        ("מזל טוב ל{first} {last} מ{town} לרגל יום הולדתה ה-{age}!",),
        ("רחל", "שושנה", "אסתר", "מרים"),
        ("אברהם", "דהן", "ביטון", "שפירא"),
        ("קריית שמונה", "נתיבות", "עפולה", "רחובות"),
    ),
}


def congratulations(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(CONGRATS))
    templates, firsts, lasts, towns = CONGRATS[lang]
    first, f2 = rnd.sample(firsts, 2)
    age = rnd.choice((rnd.randint(70, 104), rnd.randrange(70, 105, 5)))
    return rnd.choice(templates).format(
        first=first,
        f2=f2,
        last=rnd.choice(lasts),
        town=rnd.choice(towns),
        age=age,
        yrs=rnd.choice((50, 60, 65, 70)),
        **_date_kw(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- the letters desk's submission rules (end)
LETTERS = {  # language: (templates, mailbox names); {host} the record's own site, {w} words, {c} characters
    "en": (
        (
            "Letters to the editor: Send your letter (no more than {w} words) to {box}@{host}. Please"
            " include your full name, address and daytime phone number. Letters may be edited for length and"
            " clarity.",
            "Have your say – write to us at {box}@{host} ({w} words max.)",
        ),
        ("letters", "editor", "opinion", "yourview"),
    ),
    "de": (
        (
            "Leserbriefe an: {box}@{host}. Bitte geben Sie Ihren vollen Namen und Ihre Anschrift an. Die"
            " Redaktion behält sich Kürzungen vor, Zuschriften sollten {c} Zeichen nicht überschreiten.",
        ),
        ("leserbriefe", "leserforum", "redaktion", "meinung"),
    ),
    "fr": (
        (
            "Courrier des lecteurs : écrivez-nous à {box}@{host} (maximum {c} signes, nom et ville"
            " obligatoires)",
        ),
        ("courrier", "lecteurs", "redaction", "tribune"),
    ),
    "es": (
        (
            "Cartas al director: {box}@{host}. Los textos no deben superar las {w} palabras y deben ir"
            " firmados, con nombre, apellidos y DNI. El periódico se reserva el derecho de extractarlos.",
        ),
        ("cartas", "cartasaldirector", "lectores", "opinion"),
    ),
    "it": (
        ("Lettere al direttore - scrivete a {box}@{host}, massimo {c} battute, firmate e con recapito",),
        ("lettere", "direttore", "redazione", "lettori"),
    ),
    "nl": (
        (
            "Ingezonden brieven (max. {w} woorden) kunt u mailen naar {box}@{host}. De redactie behoudt zich"
            " het recht voor brieven in te korten.",
        ),
        ("brieven", "lezersbrieven", "opinie", "redactie"),
    ),
    "sv": (
        ("Insändare: mejla till {box}@{host}. Max {c} tecken. Skriv namn och ort.",),
        ("insandare", "debatt", "red", "asikt"),
    ),
    "da": (
        ("Læserbreve – max. {w} ord – sendes til {box}@{host}",),
        ("debat", "laeserbreve", "redaktion"),
    ),
    "nb": (
        ("Leserinnlegg sendes til {box}@{host}  Maks {w} ord",),
        ("debatt", "meninger", "leserbrev"),
    ),
    "pl": (
        (
            "Listy do redakcji prosimy przesyłać na adres {box}@{host}. Redakcja zastrzega sobie prawo do"
            " skracania tekstów dłuższych niż {c} znaków.",
        ),
        ("listy", "redakcja", "czytelnicy", "opinie"),
    ),
    "cs": (
        ("Dopisy čtenářů posílejte na {box}@{host}, rozsah nejvýše {c} znaků",),
        ("dopisy", "redakce", "ctenari", "nazory"),
    ),
    "ru": (
        ("Письма читателей принимаются по адресу {box}@{host}. Объём – не более {c} знаков.",),
        ("pisma", "letters", "redaktsiya", "mnenie"),
    ),
    "tr": (
        ("Okur mektuplarınızı {box}@{host} adresine gönderebilirsiniz (en fazla {w} kelime).",),
        ("okur", "mektup", "editor", "gorus"),
    ),
    "ar": (
        ("رسائل القراء: أرسلوا رسائلكم إلى {box}@{host} بحد أقصى {w} كلمة، مع ذكر الاسم الكامل والمدينة.",),
        ("letters", "readers", "opinion", "editor"),
    ),
    "fa": (
        ("نامه‌های خود را با حداکثر {wf} کلمه به نشانی {box}@{host} بفرستید.",),
        ("nameha", "readers", "sardabir", "nazar"),
    ),
    "el": (
        ("Επιστολές αναγνωστών: {box}@{host} – έως {w} λέξεις",),
        ("epistoles", "grammata", "anagnostes", "apopseis"),
    ),
}


def letters_desk(case: Case, rnd: random.Random) -> str:
    """The letters desk's submission rules, with the record's own site in the address."""
    lang = rnd.choice(sorted(LETTERS))
    templates, boxes = LETTERS[lang]
    w = rnd.choice((150, 200, 250, 300, 350, 400, 500))
    return rnd.choice(templates).format(
        box=rnd.choice(boxes),
        host=_site_names(case)[0],
        w=w,
        wf=str(w).translate(_PERSIAN),
        c=_grouped(rnd.choice((1200, 1500, 1800, 2000, 2500, 3000)), "." if lang in ("de", "it") else " "),
    )


# ---------------------------------------------------------------- a box of local events (end)
EVENTS = {  # language: (templates, events, venues)
    "en": (
        (
            "What's on: {wd}, {mon} {d} – {event}, {venue}, {h} p.m. Free admission. Submit your event",
            "Things to do this weekend › {event} at {venue}, {mon} {d}",
        ),
        (
            "Farmers' market",
            "Blues in the Park",
            "Library book sale",
            "Craft beer festival",
            "Charity 5K fun run",
        ),
        ("Town Square", "Riverside Park", "the Civic Center", "Memorial Hall", "the County Fairgrounds"),
    ),
    "de": (
        ("Veranstaltungstipps: {wd}, {dd}.{mm}., {h}.00 Uhr – {event}, {venue}, Eintritt frei",),
        ("Flohmarkt", "Kinderfest", "Orgelkonzert", "Weinfest", "Lesung mit Musik", "Oldtimertreffen"),
        ("Rathausplatz", "Stadthalle", "St.-Johannis-Kirche", "Kulturbahnhof", "Kurpark"),
    ),
    "fr": (
        ("Agenda du week-end : {event} le {wd} {d} {mon} à {h} h, {venue} (entrée libre)",),
        ("Vide-greniers", "Fête de la musique", "Marché de producteurs", "Concert d'orgue", "Bal populaire"),
        ("place de la Mairie", "salle polyvalente", "église Saint-Pierre", "parc municipal"),
    ),
    "es": (
        ("Agenda: {event} – {wd} {d} de {mon}, {h}:00 h, {venue}. Entrada gratuita.",),
        ("Mercadillo solidario", "Concierto de la banda municipal", "Feria del libro", "Ruta de tapas"),
        ("Plaza Mayor", "Casa de Cultura", "Auditorio Municipal", "Parque de la Alameda"),
    ),
    "it": (
        ("Appuntamenti – {wd} {d} {mon}, ore {h}: {event} presso {venue}",),
        ("Sagra della castagna", "Mercatino dell'antiquariato", "Concerto d'organo", "Festa patronale"),
        ("piazza del Comune", "Teatro Comunale", "chiesa di San Rocco", "Villa comunale"),
    ),
    "pt": (
        ("Agenda cultural: {event}, {dd}/{mm}, às {h}h, no {venue}",),
        ("Feira de artesanato", "Arraial popular", "Concerto da banda filarmónica", "Mercado biológico"),
        ("Largo da Câmara", "Cineteatro Municipal", "Jardim Público", "Mercado Municipal"),
    ),
    "nl": (
        ("Uitagenda {wd} {d} {mon}: {event}, {venue}, aanvang {h}.00 uur",),
        ("Rommelmarkt", "Koningsdagconcert", "Boekenmarkt", "Orgelconcert", "Kinderboerderijdag"),
        ("de Markt", "het Dorpshuis", "de Grote Kerk", "het Stadspark"),
    ),
    "sv": (
        ("Evenemang i helgen – {event}, {venue}, {wd} kl. {h}.00",),
        ("Loppis", "Midsommarfirande", "Bokbytardag", "Orgelkonsert", "Skördefest"),
        ("Stortorget", "Folkets hus", "Hembygdsgården", "Stadsparken"),
    ),
    "pl": (
        ("Kalendarz imprez: {event}, {venue}, {d} {mon}, godz. {h}",),
        ("Piknik rodzinny", "Jarmark Świętojański", "Koncert organowy", "Dni Miasta", "Targi staroci"),
        ("Rynek", "Miejski Dom Kultury", "amfiteatr", "park miejski"),
    ),
    "hu": (
        ("Programajánló | {mon} {d}., {h} óra | {event} | {venue}",),
        ("Bolhapiac", "Szüreti mulatság", "Orgonahangverseny", "Gyermeknap", "Borfesztivál"),
        ("Fő tér", "Művelődési Ház", "református templom", "városliget"),
    ),
    "el": (
        ("Εκδηλώσεις: {event} – {wd} {d} {mon}, {h}:00, {venue}",),
        ("Παζάρι αγάπης", "Συναυλία της Φιλαρμονικής", "Έκθεση βιβλίου", "Γιορτή κρασιού"),
        ("Κεντρική Πλατεία", "Δημοτικό Θέατρο", "Πνευματικό Κέντρο", "Δημοτικό Πάρκο"),
    ),
    "ru": (
        ("Афиша выходных: {event} — {d} {mon}, {h}:00, {venue}",),
        ("Ярмарка выходного дня", "Органный концерт", "Фестиваль уличной еды", "Книжный обмен"),
        ("Театральная площадь", "ДК «Железнодорожник»", "городской парк", "Дом культуры"),
    ),
    "uk": (
        ("Афіша: {event}, {d} {mon} о {h}:00, {venue}",),
        ("Благодійний ярмарок", "Концерт органної музики", "Фестиваль вуличної їжі", "Книжкова толока"),
        ("Площа Ринок", "Будинок культури", "міський парк", "обласна філармонія"),
    ),
    "ja": (
        ("イベント情報　{m}月{d}日（{wd}）{h}時から　{event}　会場：{venue}",),
        ("フリーマーケット", "夏祭り", "子ども将棋大会", "吹奏楽コンサート", "朝市"),
        ("市民会館", "中央公園", "市役所前広場", "文化ホール"),
    ),
    "ko": (
        ("행사 안내 | {event} | {m}월 {d}일({wd}) 오후 {hp}시 | {venue}",),
        ("벼룩시장", "작은 음악회", "가을 축제", "도서 교환전"),
        ("시청 앞 광장", "문화예술회관", "시민공원", "구민회관"),
    ),
    "zh": (
        ("活动预告：{m}月{d}日{h}:00 {event}（{venue}）",),
        ("跳蚤市场", "社区音乐会", "读书分享会", "非遗展演"),
        ("市民广场", "文化馆", "人民公园", "图书馆报告厅"),
    ),
    "id": (
        ("Agenda akhir pekan: {event} di {venue}, {dd}/{mm}/{y} pukul {h}.00 WIB",),
        ("Bazar UMKM", "Festival kuliner", "Pentas seni", "Car free day", "Lomba mewarnai"),
        ("Alun-alun Kota", "Gedung Kesenian", "Taman Kota", "Balai Kota"),
    ),
    "th": (
        ("กิจกรรมน่าสนใจ: {event} วันที่ {d} {mon} {be} ณ {venue}",),
        ("ตลาดนัดชุมชน", "งานกาชาด", "คอนเสิร์ตการกุศล", "เทศกาลอาหาร"),
        ("ลานหน้าศาลากลาง", "หอประชุมเทศบาล", "สวนสาธารณะเทศบาล"),
    ),
    "tr": (
        ("Etkinlik takvimi: {event} – {d} {mon}, saat {h}:00, {venue}",),
        ("Kermes", "Halk konseri", "Kitap fuarı", "Çocuk şenliği", "Hasat festivali"),
        ("Cumhuriyet Meydanı", "Kültür Merkezi", "Belediye Parkı", "Atatürk Kültür Merkezi"),
    ),
    "fa": (
        ("برنامه‌های فرهنگی هفته: {event}، {venue}، ساعت {hf}",),
        ("بازارچه خیریه", "کنسرت موسیقی سنتی", "نمایشگاه کتاب", "جشنواره غذا"),
        ("فرهنگسرای نیاوران", "تالار وحدت", "پارک ملت", "خانه هنرمندان"),
    ),
}


def local_events(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(EVENTS))
    templates, events, venues = EVENTS[lang]
    h = rnd.randint(13, 20) if lang not in ("en",) else rnd.randint(1, 8)
    day = _day(rnd)
    day += timedelta(days=(5 - day.weekday()) % 7 + rnd.randint(0, 1))  # a Saturday or a Sunday
    return rnd.choice(templates).format(
        event=rnd.choice(events),
        venue=rnd.choice(venues),
        h=h,
        hp=h - 12 if h > 12 else h,
        hf=str(h).translate(_PERSIAN),
        **_date_kw(lang, day),
    )


# ---------------------------------------------------------------- defects in other fields
AUTHOR_NAMES = {  # language: the names a byline heading prints
    "en": ("Rebecca Thornton", "Michael J. Carter", "Priya Raman", "Daniel O'Sullivan", "Megan Fox-Lewis"),
    "de": ("Katharina Vogel", "Jan-Philipp Hein", "Ulrike Baumgärtner", "Florian Eder"),
    "fr": ("Anne-Sophie Mercier", "Olivier Perrin", "Camille Rousseau"),
    "es": ("Lucía García", "Javier Martín", "Carmen Navarro"),
    "it": ("Giulia Bianchi", "Matteo De Luca", "Chiara Colombo"),
    "pt": ("Ana Paula Souza", "Rodrigo Almeida", "Fernanda Lima"),
    "ru": ("Анна Смирнова", "Дмитрий Волков", "Екатерина Орлова"),
    "ja": ("山田太郎", "佐藤花子", "鈴木一郎"),
    "ko": ("김지현", "박성민", "이수진"),
    "zh": ("王磊", "李娜", "陈晓东"),
    "ar": ("محمد عبد الله", "سارة الحسن"),
}


def author_as_title(case: Case, rnd: random.Random) -> Case | None:
    """The author's name (a byline set as a heading above the headline, the first heading the extractor
    met) taken as the title."""
    if not case.record.get("title"):
        return None
    lang = guess_language(case)
    return _with(case, title=rnd.choice(AUTHOR_NAMES.get(lang, AUTHOR_NAMES["en"])))


def event_date(case: Case, rnd: random.Random) -> Case | None:
    """The date of the event the article announces (a concert, a match, a vote, printed in the page's event
    markup) read as the date: three days to ten weeks after the article came out."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", case.record.get("published") or "")
    if not m:
        return None
    published = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _with(case, published=(published + timedelta(days=rnd.randint(3, 70))).isoformat())


FOLLOWERS = {  # language: the byline block's count beside the name, {n} the name
    "en": ("{n} · {k}K followers", "{n} {c} Followers", "{n} ({a} articles)", "{n}\n{c} followers"),
    "de": ("{n} {c} Follower", "{n} · {a} Artikel", "{n} Folgen · {c} Follower"),
    "fr": ("{n} · {c} abonnés", "{n} ({a} articles)"),
    "es": ("{n} {kd} mil seguidores", "{n} · {a} artículos"),
    "it": ("{n} {c} follower", "{n} · {a} articoli"),
    "pt": ("{n} {kd} mil seguidores", "{n} ({a} matérias)"),
    "ru": ("{n} {kd} тыс. подписчиков", "{n} · {a} публикаций"),
    "ja": ("{n} フォロワー {c}人", "{n}（記事数 {a}）"),
}


def author_with_count(case: Case, rnd: random.Random) -> Case | None:
    """The author's name with the follower or article count the byline block prints beside it, kept in the
    one author entry."""
    lang = guess_language(case)
    names = AUTHOR_NAMES.get(lang, AUTHOR_NAMES["en"])
    labels = FOLLOWERS.get(lang, FOLLOWERS["en"])
    c = rnd.randint(120, 48000)
    sep = {"en": ",", "de": ".", "fr": "\u202f", "it": ".", "ja": ","}.get(lang, ",")
    return _with(
        case,
        authors=[
            rnd.choice(labels).format(
                n=rnd.choice(names),
                k=_dec(rnd, 1.1, 98.9, 1, "."),
                kd=_dec(rnd, 1.1, 98.9, 1, ","),
                c=_grouped(c, sep),
                a=_grouped(rnd.randint(12, 3800), sep),
            )
        ],
    )


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "a signed-in reader's account bar (start)": record_only(at(once(account_bar), "start")),
        "sunrise, sunset and moon-phase widget (start)": record_only(at(once(sun_widget), "start")),
        "waiting times at border crossings (start)": record_only(at(once(border_waits), "start")),
        "an airport's departures or arrivals board (middle)": record_only(at(once(flight_board), "middle")),
        "fuel or electricity prices box (middle)": record_only(at(once(fuel_prices), "middle")),
        "bestseller list (middle)": record_only(at(once(bestsellers), "middle")),
        "local business directory's entry (middle)": record_only(at(once(directory_entry), "middle")),
        "local paper's birthday and anniversary congratulations (end)": record_only(
            at(once(congratulations), "end")
        ),
        "letters desk's submission rules with the site's address (end)": record_only(
            placed(once_for(letters_desk), "end")
        ),
        "local events box (end)": record_only(at(once(local_events), "end")),
    }
    fields: Kinds = {
        "the author's name as the title": (record_only(author_as_title), TITLE_CHECKS),
        "the announced event's date as the date": (record_only(event_date), DATE_CHECKS),
        "the author's name with its follower or article count as the author entry": (
            record_only(author_with_count),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (twentieth set)", "twentieth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
