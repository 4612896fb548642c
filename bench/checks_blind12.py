"""A twelfth blind set for issue 9, written by a helper in session 18 whose lines the lead did not see,
committed unread and run once on the code of ``fb5531c``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a widget of a real news template, with its variable parts (times, names,
  teams, scores, counts, cities, topics) drawn per record: a countdown banner to an event ("Noch 23 Tage
  bis zur Bundestagswahl", "대선 D-30") and a gift-article button with its monthly allowance ("Artikel
  verschenken", "Offrir cet article") at the start; a live blog's pinned-post label with the entry's time,
  a sports score box ("Endstand: Bayern München 2:1 Borussia Dortmund") and a prayer-times widget
  ("Jadwal Sholat Jakarta: Subuh 04:38 ...") in the middle; and at the end a "Most read" box with its
  ranked headlines, an event's "Add to calendar" block, a jobs widget ("Stellenangebote: ... (m/w/d)"), a
  topic-follow line ("Get alerts on Inflation when a new story is published") and a reaction row under
  the article ("좋아요 12 · 훌륭해요 3 · 슬퍼요 1"), in English, German, French, Spanish, Italian,
  Portuguese, Dutch, Polish, Turkish, Indonesian, Malay, Russian, Ukrainian, Arabic, Persian, Urdu, Hindi,
  Bengali, Chinese, Japanese and Korean;
* defects in other fields: the byline run onto the end of the title ("Headline By Jane Miller"), a time
  of day with no date as the date ("14:32", "오후 2:32"), and the dateline's city kept with the author's
  name ("Shaun Walker in Kyiv", "Anna Kowalska aus Berlin").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind12.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, at, guess_language, spread
from checks_defects import _NAMES, Case, Defect, _with, record_only

_DIGITS = {
    "fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
    "ar": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "bn": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"),
}


def _time(rnd: random.Random) -> tuple[int, int]:
    return rnd.randint(6, 23), rnd.choice(range(0, 60))


# ---------------------------------------------------------------- countdown banner (start)
COUNTDOWNS = (  # {d} days, {h} hours, {m} minutes
    "Election Day: {d} days {h} hrs {m} mins",
    "{d} DAYS TO GO until the Olympic Games",
    "Countdown to the World Cup: {d}d {h}h {m}m",
    "Noch {d} Tage bis zur Bundestagswahl",
    "Countdown zur EM: {d} Tage {h} Stunden {m} Minuten",
    "J-{d} avant le premier tour",
    "Jeux olympiques : J-{d}",
    "Faltan {d} días para el Mundial",
    "Cuenta atrás: {d} días {h} horas {m} minutos para las elecciones",
    "Mancano {d} giorni {h} ore alle Olimpiadi",
    "Faltam {d} dias para as eleições",
    "Nog {d} dagen tot de verkiezingen",
    "Do wyborów zostało {d} dni",
    "Seçime {d} gün kaldı",
    "До выборов осталось {d} дней {h} часов",
    "До початку Євро-2024 залишилося {d} днів",
    "متبقي على انطلاق كأس العالم: {d} يوما {h} ساعة",
    "चुनाव में बचे हैं: {d} दिन {h} घंटे {m} मिनट",
    "東京五輪開幕まであと{d}日",
    "대선 D-{d}",
    "수능 D-{d} · {h}시간 {m}분",
    "距离高考还有 {d} 天",
    "距2024巴黎奥运会开幕还有{d}天{h}小时",
)


def countdown(rnd: random.Random) -> str:
    return rnd.choice(COUNTDOWNS).format(d=rnd.randint(2, 180), h=rnd.randint(0, 23), m=rnd.randint(0, 59))


# ---------------------------------------------------------------- gift-article button (start)
GIFTS = (  # {k} gifts left
    "Gift this article",
    "Give this article",
    "Gift Article · You have {k} gift articles left this month",
    "Share this gift link. You have {k} gift articles remaining.",
    "Artikel verschenken",
    "Artikel verschenken – Sie können diesen Monat noch {k} Artikel verschenken.",
    "Offrir cet article",
    "Offrir l'article – Il vous reste {k} articles à offrir ce mois-ci",
    "Regala este artículo",
    "Regala este artículo: te quedan {k} artículos para regalar este mes",
    "Regala questo articolo",
    "Presentear reportagem",
    "Cadeau geven · Je hebt nog {k} cadeau-artikelen deze maand",
    "Podaruj artykuł",
    "Подарить статью",
    "ギフト記事を送る（今月あと{k}本）",
    "기사 선물하기",
)


def gift(rnd: random.Random) -> str:
    return rnd.choice(GIFTS).format(k=rnd.randint(1, 10))


# ---------------------------------------------------------------- live blog's pinned post (middle)
PINNED = (  # {t} the entry's time, {n} an editor
    "Pinned post",
    "Pinned • {t} GMT",
    "Pinned post from {n}, {t}",
    "Angepinnter Beitrag",
    "Fixiert · {t} Uhr",
    "Post épinglé • {th}",
    "Épinglé par {n}",
    "Publicación fijada · {t}",
    "Post in evidenza · {t}",
    "Fixado às {th}",
    "Vastgezet bericht · {t}",
    "Przypięty wpis · {t}",
    "Sabitlenmiş gönderi · {t}",
    "Закреплённый пост · {t}",
    "Закріплений допис · {t}",
    "منشور مثبت · {t}",
    "पिन की गई पोस्ट · {t} IST",
    "📌 固定された投稿 {t}",
    "고정된 글 · {k}",
    "置顶 {t}",
)


def pinned(rnd: random.Random) -> str:
    h, m = _time(rnd)
    line = rnd.choice(PINNED)
    noon = "오전" if h < 12 else "오후"
    return line.format(
        t=f"{h:02d}:{m:02d}", th=f"{h}h{m:02d}", n=rnd.choice(_NAMES), k=f"{noon} {h % 12 or 12}:{m:02d}"
    )


# ---------------------------------------------------------------- sports score box (middle)
SCORES = (  # (template, teams): {a} and {b} teams, {x} and {y} goals, {hx} and {hy} at half-time
    ("FT: {a} {x}-{y} {b}", ("Arsenal", "Chelsea", "Liverpool", "Everton", "Aston Villa", "Newcastle")),
    ("Full time: {a} {x}–{y} {b} (HT {hx}–{hy})", ("Celtic", "Rangers", "Leeds United", "Sunderland")),
    ("Endstand: {a} {x}:{y} {b}", ("Bayern München", "Borussia Dortmund", "RB Leipzig", "VfB Stuttgart")),
    (
        "Abpfiff | {a} – {b} {x}:{y} ({hx}:{hy})",
        ("1. FC Köln", "Hamburger SV", "Werder Bremen", "FC Augsburg"),
    ),
    ("Score final : {a} {x}-{y} {b}", ("PSG", "OM", "OL", "LOSC", "Stade Rennais")),
    ("Final: {a} {x}-{y} {b}", ("Real Madrid", "Atlético", "FC Barcelona", "Sevilla", "Real Betis")),
    ("Finale: {a}-{b} {x}-{y}", ("Inter", "Milan", "Juventus", "Napoli", "Roma", "Lazio")),
    ("Fim de jogo: {a} {x} x {y} {b}", ("Flamengo", "Palmeiras", "Corinthians", "São Paulo", "Grêmio")),
    ("Eindstand: {a} - {b} {x}-{y}", ("Ajax", "PSV", "Feyenoord", "AZ", "FC Twente")),
    ("Maç sonucu: {a} {x}-{y} {b}", ("Galatasaray", "Fenerbahçe", "Beşiktaş", "Trabzonspor")),
    ("Итоговый счёт: {a} — {b} {x}:{y}", ("Спартак", "ЦСКА", "Зенит", "Локомотив", "Динамо")),
    ("النتيجة النهائية: {a} {x}-{y} {b}", ("الأهلي", "الزمالك", "الهلال", "النصر", "الاتحاد")),
    ("試合終了 {a} {x}-{y} {b}", ("巨人", "阪神", "広島", "ヤクルト", "中日")),
    ("경기 종료 | {a} {x} : {y} {b}", ("LG 트윈스", "두산 베어스", "KIA 타이거즈", "삼성 라이온즈")),
    ("全场结束 {a} {x}:{y} {b}", ("上海海港", "山东泰山", "北京国安", "成都蓉城")),
)
CRICKET = (
    "मैच का नतीजा: भारत {r}/{w} (50 ओवर) – ऑस्ट्रेलिया {s} ({o} ओवर)",
    "Scorecard: India {r}/{w} (50 ov) · Pakistan {s}/9 ({o} ov) · India won by {g} runs",
)


def score(rnd: random.Random) -> str:
    if rnd.random() < 0.12:
        r = rnd.randint(240, 340)
        return rnd.choice(CRICKET).format(
            r=r,
            w=rnd.randint(3, 9),
            s=r - rnd.randint(5, 60),
            o=f"{rnd.randint(40, 49)}.{rnd.randint(1, 5)}",
            g=rnd.randint(5, 60),
        )
    template, teams = rnd.choice(SCORES)
    a, b = rnd.sample(teams, 2)
    x, y = rnd.randint(0, 4), rnd.randint(0, 3)
    return template.format(a=a, b=b, x=x, y=y, hx=min(x, rnd.randint(0, 2)), hy=min(y, rnd.randint(0, 1)))


# ---------------------------------------------------------------- prayer-times widget (middle)
PRAYERS = (  # (template, cities, digits): five times in order, {c} the city
    ("Prayer times ({c}): Fajr {0} Dhuhr {1} Asr {2} Maghrib {3} Isha {4}", ("Dubai", "Doha", "Lahore"), ""),
    (
        "مواقيت الصلاة في {c}: الفجر {0} الظهر {1} العصر {2} المغرب {3} العشاء {4}",
        ("القاهرة", "الرياض", "عمّان"),
        "",
    ),
    (
        "مواقيت الصلاة اليوم في {c} | الفجر {0} | الظهر {1} | العصر {2} | المغرب {3} | العشاء {4}",
        ("دبي", "الكويت"),
        "ar",
    ),
    ("نماز کے اوقات {c}: فجر {0} ظہر {1} عصر {2} مغرب {3} عشاء {4}", ("کراچی", "لاہور", "اسلام آباد"), ""),
    ("اوقات شرعی {c}: اذان صبح {0} اذان ظهر {1} اذان مغرب {3}", ("تهران", "مشهد", "اصفهان"), "fa"),
    (
        "Jadwal Sholat {c}: Subuh {0} Dzuhur {1} Ashar {2} Maghrib {3} Isya {4}",
        ("Jakarta", "Bandung", "Surabaya"),
        "",
    ),
    (
        "Waktu Solat {c}: Subuh {0} Zohor {1} Asar {2} Maghrib {3} Isyak {4}",
        ("Kuala Lumpur", "Johor Bahru"),
        "",
    ),
    (
        "Namaz vakitleri {c}: İmsak {0} Öğle {1} İkindi {2} Akşam {3} Yatsı {4}",
        ("İstanbul", "Ankara", "Konya"),
        "",
    ),
    (
        "Heures de prière {c} : Fajr {0} Dohr {1} Asr {2} Maghrib {3} Icha {4}",
        ("Casablanca", "Rabat", "Alger"),
        "",
    ),
    ("Время намаза в городе {c}: Фаджр {0} Зухр {1} Аср {2} Магриб {3} Иша {4}", ("Казань", "Махачкала"), ""),
    ("নামাজের সময়সূচি {c}: ফজর {0} যোহর {1} আসর {2} মাগরিব {3} এশা {4}", ("ঢাকা", "চট্টগ্রাম"), "bn"),
)


def prayer(rnd: random.Random) -> str:
    template, cities, digits = rnd.choice(PRAYERS)
    base = (4 * 60 + rnd.randint(0, 90), 12 * 60 + rnd.randint(0, 40), 15 * 60 + rnd.randint(0, 60))
    evening = 18 * 60 + rnd.randint(0, 80)
    times = [*base, evening, evening + rnd.randint(70, 95)]
    line = template.format(*(f"{t // 60:02d}:{t % 60:02d}" for t in times), c=rnd.choice(cities))
    return line.translate(_DIGITS[digits]) if digits else line


# ---------------------------------------------------------------- "Most read" box (end)
MOST_READ = {  # language: (headings, headlines)
    "en": (
        ("Most read", "Most popular", "Trending now", "MOST READ"),
        (
            "Man arrested after car hits pedestrians in city centre",
            "Heatwave: temperatures to top 35C this weekend",
            "Mortgage rates fall for the first time in a year",
            "Police name victim of motorway crash",
            "Supermarket recalls chicken over salmonella fears",
        ),
    ),
    "de": (
        ("Meistgelesen", "Am meisten gelesen", "Top-Artikel"),
        (
            "Unwetter: Hagel und Starkregen legen Bahnverkehr lahm",
            "Grundsteuer: Was Eigentümer jetzt wissen müssen",
            "Rente: Diese Änderungen gelten ab Juli",
            "Polizei sucht Zeugen nach Überfall auf Tankstelle",
        ),
    ),
    "fr": (
        ("Les plus lus", "Les articles les plus lus"),
        (
            "Canicule : 40 départements en vigilance orange",
            "Retraites : ce qui change au 1er septembre",
            "Un incendie ravage un entrepôt à Marseille",
            "Prix de l'essence : les stations les moins chères",
        ),
    ),
    "es": (
        ("Lo más leído", "Lo más visto"),
        (
            "La AEMET avisa de tormentas fuertes en el norte",
            "Estos son los festivos de 2025 en cada comunidad",
            "Detenido un hombre por un atraco en Vallecas",
            "El Euríbor vuelve a bajar en junio",
        ),
    ),
    "it": (
        ("I più letti", "Più letti oggi"),
        (
            "Maltempo, allerta arancione in Emilia-Romagna",
            "Bonus casa, le novità del 2025",
            "Incidente in autostrada, tre feriti",
            "Sciopero dei treni venerdì: gli orari garantiti",
        ),
    ),
    "pt": (
        ("Mais lidas", "Mais lidas agora"),
        (
            "Frente fria derruba temperaturas no Sul",
            "INSS: calendário de pagamentos de julho",
            "Polícia prende suspeito de assalto a banco",
            "Gasolina volta a subir nos postos",
        ),
    ),
    "nl": (
        ("Meest gelezen", "Populair"),
        (
            "Code oranje voor zware onweersbuien",
            "Huurprijzen stijgen harder dan verwacht",
            "Man aangehouden na steekpartij in Utrecht",
            "NS schrapt treinen door storing",
        ),
    ),
    "pl": (
        ("Najczęściej czytane", "Najpopularniejsze"),
        (
            "Burze nad Polską. IMGW ostrzega",
            "Nowe stawki 800 plus od lipca",
            "Wypadek na A4. Utrudnienia w ruchu",
            "Ceny paliw znowu w górę",
        ),
    ),
    "tr": (
        ("En çok okunanlar", "Çok okunan haberler"),
        (
            "Meteoroloji'den sağanak uyarısı",
            "Emekli maaş zammı belli oldu",
            "İstanbul'da trafik kazası: 3 yaralı",
            "Akaryakıta yeni zam",
        ),
    ),
    "id": (
        ("Terpopuler", "Berita Terpopuler"),
        (
            "BMKG peringatkan hujan lebat di Jabodetabek",
            "Harga BBM naik mulai hari ini",
            "Polisi tangkap pelaku begal di Bekasi",
            "Jadwal KRL berubah mulai pekan depan",
        ),
    ),
    "ru": (
        ("Самое читаемое", "Популярное", "Самое популярное"),
        (
            "Синоптики предупредили о грозах в Москве",
            "Пенсии проиндексируют с 1 августа",
            "В Подмосковье задержали подозреваемого в поджоге",
            "Курс доллара опустился ниже 90 рублей",
        ),
    ),
    "uk": (
        ("Найпопулярніше", "Найбільш читане"),
        (
            "Синоптики попередили про грози на заході",
            "Пенсії перерахують з 1 березня",
            "У Києві змінили графік руху метро",
            "Ціни на пальне знову зросли",
        ),
    ),
    "ar": (
        ("الأكثر قراءة", "الأكثر مشاهدة"),
        (
            "الأرصاد تحذر من موجة حارة نهاية الأسبوع",
            "ارتفاع أسعار الذهب في التعاملات المسائية",
            "القبض على متهم بسرقة سيارة في الجيزة",
            "مواعيد امتحانات الثانوية العامة",
        ),
    ),
    "hi": (
        ("सबसे ज़्यादा पढ़ी गई", "टॉप खबरें"),
        (
            "मौसम विभाग ने जारी किया भारी बारिश का अलर्ट",
            "पेट्रोल-डीजल के नए दाम जारी",
            "दिल्ली मेट्रो की ब्लू लाइन पर सेवा प्रभावित",
            "बोर्ड परीक्षा के नतीजे इस हफ्ते",
        ),
    ),
    "ja": (
        ("アクセスランキング", "よく読まれている記事"),
        (
            "関東で猛暑日、熱中症に警戒",
            "東海道新幹線が一時運転見合わせ",
            "円相場、一時1ドル＝160円台",
            "大雨で土砂崩れ、住民に避難指示",
        ),
    ),
    "ko": (
        ("많이 본 뉴스", "가장 많이 본 기사"),
        (
            "중부지방 폭우 예보…출근길 주의",
            "서울 아파트값 다시 상승세",
            "고속도로 추돌사고로 3명 부상",
            "내일부터 지하철 요금 인상",
        ),
    ),
    "zh": (
        ("热门文章", "阅读排行", "24小时热榜"),
        (
            "气象台发布暴雨黄色预警",
            "多地发布高温红色预警",
            "油价今晚迎来年内第五次下调",
            "地铁新线开通首日客流破十万",
        ),
    ),
}
_RANKS = ("{i}. {t}", "{i} {t}", "{i:02d} {t}", "{i}、{t}", "#{i} {t}")


def most_read(rnd: random.Random) -> str:
    headings, headlines = MOST_READ[rnd.choice(sorted(MOST_READ))]
    picked = rnd.sample(headlines, rnd.randint(3, len(headlines)))
    rank = rnd.choice(_RANKS)
    items = [rank.format(i=i, t=t) for i, t in enumerate(picked, 1)]
    return rnd.choice(headings) + rnd.choice(("\n\n", "\n")) + rnd.choice(("\n", "\n\n")).join(items)


# ---------------------------------------------------------------- "Add to calendar" block (end)
CALENDARS = (  # {w} a date, {t} a time
    "Add to calendar",
    "Add to calendar: Google · Outlook · iCal",
    "Add to calendar · {w} · {t}",
    "Zum Kalender hinzufügen",
    "Termin in Kalender eintragen (iCal)",
    "Ajouter au calendrier",
    "Añadir al calendario · Google Calendar · iCal",
    "Aggiungi al calendario",
    "Adicionar à agenda",
    "Toevoegen aan agenda",
    "Dodaj do kalendarza",
    "Takvime ekle",
    "Добавить в календарь",
    "Додати до календаря",
    "أضف إلى التقويم",
    "कैलेंडर में जोड़ें",
    "カレンダーに追加",
    "캘린더에 추가",
    "添加到日历",
)
_DAYS = ("Sat 14 Sep 2024", "Fri 7 Mar", "Thursday, October 3", "Sun 12 May 2024", "Tue 21 Jan")


def calendar(rnd: random.Random) -> str:
    h = rnd.randint(9, 21)
    line = rnd.choice(CALENDARS).format(w=rnd.choice(_DAYS), t=f"{h}:{rnd.choice(('00', '30'))}")
    if rnd.random() < 0.3:
        return (
            line
            + rnd.choice(("\n", "\n\n"))
            + rnd.choice(("Google Calendar\nApple\nOutlook", "iCal | Google"))
        )
    return line


# ---------------------------------------------------------------- jobs widget (end)
JOBS = (  # (template, jobs, places)
    (
        "Jobs of the week: {j} · {p} · £{s},000",
        ("Senior Accountant", "Staff Nurse", "Data Analyst", "Teaching Assistant"),
        ("London", "Manchester", "Leeds", "Bristol"),
    ),
    (
        "Featured jobs\n{j}\n{p}\nBrowse all jobs",
        ("Project Manager", "Registered Nurse", "Software Engineer"),
        ("Sydney NSW", "Melbourne VIC", "Toronto, ON"),
    ),
    (
        "Stellenangebote: {j} (m/w/d) · {p} | Alle Jobs anzeigen",
        ("Sachbearbeiter", "Pflegefachkraft", "Elektroniker", "Buchhalter"),
        ("München", "Hamburg", "Köln", "Leipzig"),
    ),
    (
        "Offres d'emploi : {j} H/F – {p} – CDI",
        ("Chargé de communication", "Comptable", "Infirmier", "Technicien de maintenance"),
        ("Lyon", "Nantes", "Bordeaux", "Lille"),
    ),
    (
        "Ofertas de empleo: {j} – {p} – Ver todas las ofertas",
        ("Enfermero/a", "Administrativo/a", "Camarero/a", "Programador/a"),
        ("Madrid", "Valencia", "Sevilla", "Bilbao"),
    ),
    (
        "Offerte di lavoro: {j} – {p}",
        ("Impiegato amministrativo", "Magazziniere", "Cuoco", "Infermiere"),
        ("Milano", "Torino", "Bologna", "Napoli"),
    ),
    (
        "Vagas de emprego: {j} – {p}",
        ("Analista financeiro", "Vendedor", "Auxiliar administrativo"),
        ("São Paulo", "Belo Horizonte", "Curitiba"),
    ),
    (
        "Vacatures: {j} – {p} – 32-36 uur",
        ("Verpleegkundige", "Medewerker klantenservice", "Chauffeur"),
        ("Utrecht", "Eindhoven", "Groningen"),
    ),
    (
        "Oferty pracy: {j} – {p}",
        ("Księgowa", "Kierowca kat. C+E", "Magazynier"),
        ("Warszawa", "Kraków", "Gdańsk"),
    ),
    (
        "Вакансии: {j} — {p} — от {s} 000 ₽",
        ("Бухгалтер", "Менеджер по продажам", "Водитель"),
        ("Москва", "Санкт-Петербург", "Казань"),
    ),
    ("وظائف شاغرة: {j} – {p}", ("محاسب", "مهندس مدني", "مندوب مبيعات"), ("دبي", "الرياض", "الدوحة")),
    ("नौकरियां: {j} – {p} | सभी नौकरियां देखें", ("सहायक प्रबंधक", "लेखाकार", "शिक्षक"), ("दिल्ली", "मुंबई", "जयपुर")),
    (
        "求人情報：{j} {p} 月給{s}万円〜",
        ("営業スタッフ", "介護職員", "事務スタッフ"),
        ("東京都", "大阪府", "福岡県"),
    ),
    ("招聘：{j} {p} {s}-{s2}K", ("新闻编辑", "新媒体运营", "视频剪辑"), ("北京", "上海", "深圳")),
)


def jobs(rnd: random.Random) -> str:
    template, names, places = rnd.choice(JOBS)
    s = rnd.randint(20, 60)
    return template.format(j=rnd.choice(names), p=rnd.choice(places), s=s, s2=s + rnd.randint(5, 15))


# ---------------------------------------------------------------- topic-follow line (end)
TOPICS = (  # (template, topics)
    (
        "Get alerts on {x} when a new story is published",
        ("Inflation", "UK politics", "Climate change", "Oil"),
    ),
    ("Follow this topic: {x}", ("Climate crisis", "Housing", "Premier League", "Artificial intelligence")),
    ("Add {x} to myFT", ("US interest rates", "Energy sector", "Ukraine")),
    ("Thema folgen: {x}", ("Klimawandel", "Bundesliga", "Energiepreise", "Wohnungsmarkt")),
    ("Benachrichtigung erhalten, wenn ein neuer Artikel zum Thema {x} erscheint", ("Rente", "Bahnstreik")),
    ("Suivre ce sujet : {x}", ("Réforme des retraites", "Immobilier", "Ligue 1")),
    (
        "Recevoir une alerte dès qu'un article sur « {x} » est publié",
        ("Inflation", "Intelligence artificielle"),
    ),
    ("Seguir tema: {x}", ("Elecciones", "Vivienda", "Inteligencia artificial")),
    ("Segui il tema: {x}", ("Pensioni", "Serie A", "Caro energia")),
    ("Siga o tema: {x}", ("Eleições 2024", "Inflação", "Futebol")),
    ("Volg dit onderwerp: {x}", ("Woningmarkt", "Eredivisie", "Klimaat")),
    ("Konuyu takip et: {x}", ("Deprem", "Asgari ücret", "Süper Lig")),
    ("Подписаться на тему «{x}»", ("Экономика", "Пенсии", "Недвижимость")),
    ("Стежити за темою: {x}", ("Енергетика", "Освіта", "Спорт")),
    ("تابع موضوع: {x}", ("الانتخابات", "أسعار الذهب", "الدوري المصري")),
    ("फॉलो करें: {x}", ("लोकसभा चुनाव", "आईपीएल", "मौसम")),
    ("「{x}」をフォローする", ("物価高", "大谷翔平", "円安")),
    ("'{x}' 키워드 알림 받기", ("부동산", "금리", "프로야구")),
    ("关注话题：{x}", ("新能源汽车", "高考", "楼市")),
)


def topic(rnd: random.Random) -> str:
    template, topics = rnd.choice(TOPICS)
    return template.format(x=rnd.choice(topics))


# ---------------------------------------------------------------- reaction row (end)
REACTIONS = (  # {a}..{e} counts
    "What's your reaction? Like {a} · Love {b} · Wow {c} · Sad {d} · Angry {e}",
    "👍 {a}   ❤️ {b}   😮 {c}   😢 {d}   😡 {e}",
    "Bagaimana reaksi Anda tentang artikel ini? Senang {a} Terhibur {b} Terinspirasi {c} Sedih {d} Marah {e}",
    "Apa reaksi anda? Suka {a} Sedih {d} Marah {e}",
    "Bu habere tepkiniz ne? Beğendim {a} · Alkış {b} · Şaşırdım {c} · Üzgün {d} · Kızgın {e}",
    "Ваша реакция? 👍 {a} 😄 {b} 😮 {c} 😢 {d} 😡 {e}",
    "Як вам ця новина? Подобається {a} · Сумно {d} · Обурливо {e}",
    "ما رأيك في هذا الخبر؟ أعجبني {a} · أحببته {b} · أحزنني {d} · أغضبني {e}",
    "इस खबर पर आपकी प्रतिक्रिया: पसंद {a} · हैरान {c} · दुखी {d} · गुस्सा {e}",
    "좋아요 {a} · 훌륭해요 {b} · 슬퍼요 {d} · 화나요 {e} · 후속기사 원해요 {c}",
    "点赞 {a} · 在看 {b}",
    "分享 {c} · 点赞 {a} · 评论 {d}",
    "この記事への反応 🤔 {a} 😢 {d} 😡 {e}",
)


def reaction(rnd: random.Random) -> str:
    return rnd.choice(REACTIONS).format(**{k: rnd.choice((0, 1, 2, 3, 7, 12, 25, 48, 131)) for k in "abcde"})


# ---------------------------------------------------------------- defects in other fields
_BYLINE_WORDS = {
    "en": ("By {n}", "by {n}", "BY {n}"),
    "de": ("Von {n}", "von {n}"),
    "fr": ("Par {n}", "par {n}"),
    "es": ("Por {n}", "por {n}"),
    "pt": ("Por {n}",),
    "it": ("di {n}", "Di {n}"),
    "ru": ("Автор: {n}", "{n}"),
    "ar": ("بقلم {n}", "كتب: {n}"),
    "ja": ("{n}記者",),
    "ko": ("{n} 기자",),
    "zh": ("记者 {n}", "作者：{n}"),
}
_LOCAL_NAMES = {
    "ru": ("Анна Иванова", "Сергей Петров"),
    "ar": ("محمد علي", "سارة حسن"),
    "ja": ("佐藤健", "鈴木花子"),
    "ko": ("김민수", "이지은"),
    "zh": ("王芳", "李明"),
}


def byline_title(case: Case, rnd: random.Random) -> Case | None:
    """The byline, from the heading's container, run onto the end of the title."""
    title = case.record.get("title")
    if not title:
        return None
    lang = guess_language(case)
    if lang not in _BYLINE_WORDS:
        return None
    authors = [a for a in case.record.get("authors") or [] if isinstance(a, str) and a.strip()]
    name = authors[0] if authors else rnd.choice(_LOCAL_NAMES.get(lang, _NAMES))
    byline = rnd.choice(_BYLINE_WORDS[lang]).format(n=name)
    gap = " " if lang in ("ja", "zh") else rnd.choice((" ", "  ", "\u00a0", " | ", " — "))
    return _with(case, title=title.rstrip() + gap + byline)


def time_only(case: Case, rnd: random.Random) -> Case | None:
    """Only the time of day, as a live or same-day page prints it next to the headline, as the date."""
    h, m = _time(rnd)
    noon = "오전" if h < 12 else "오후"
    shown = (
        f"{h:02d}:{m:02d}",
        f"{h:02d}:{m:02d} Uhr",
        f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
        f"{h % 12 or 12}:{m:02d}pm BST" if h >= 12 else f"{h}:{m:02d}am BST",
        f"{h}h{m:02d}",
        f"{h:02d}.{m:02d}",
        f"{noon} {h % 12 or 12}:{m:02d}",
        f"{h}時{m:02d}分",
        f"{h:02d}:{m:02d} GMT+3",
    )
    return _with(case, published=rnd.choice(shown))


_IN_CITY = {
    "en": ("{n} in Kyiv", "{n} in Washington", "{n} in Brussels", "{n} and agencies"),
    "de": ("{n} aus Berlin", "{n}, Brüssel", "{n} (Washington)"),
    "fr": ("{n} à Paris", "{n} (à Bruxelles)", "{n}, correspondant à Rome"),
    "es": ("{n} desde Bogotá", "{n}, Madrid", "{n} (Ciudad de México)"),
    "it": ("{n} da Roma", "{n}, Bruxelles"),
    "pt": ("{n} em Brasília", "{n}, de Lisboa"),
    "ru": ("{n}, Москва", "{n} (Киев)"),
}


def author_city(case: Case, rnd: random.Random) -> Case | None:
    """The dateline's city (or the agencies) kept with the author's name in one entry."""
    names = [a for a in case.record.get("authors") or [] if isinstance(a, str) and a.strip()]
    names = names or [rnd.choice(_NAMES)]
    i = rnd.randrange(len(names))
    names[i] = rnd.choice(_IN_CITY.get(guess_language(case), _IN_CITY["en"])).format(n=names[i])
    return _with(case, authors=names)


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "countdown banner to an event (start)": record_only(at(countdown, "start")),
        "gift-article button with its allowance (start)": record_only(at(gift, "start")),
        "live blog's pinned-post label with its time (middle)": record_only(at(pinned, "middle")),
        "sports score box (middle)": record_only(at(score, "middle")),
        "prayer-times widget (middle)": record_only(at(prayer, "middle")),
        "'Most read' box with its ranked headlines (end)": record_only(at(most_read, "end")),
        "event's 'Add to calendar' block (end)": record_only(at(calendar, "end")),
        "jobs widget (end)": record_only(at(jobs, "end")),
        "topic-follow line (end)": record_only(at(topic, "end")),
        "reaction row under the article (end)": record_only(at(reaction, "end")),
    }
    title = frozenset(
        {
            "schema",
            "title.not_a_headline",
            "title.site_suffix",
            "title.site_name",
            "title.kicker_joined",
            "title.doubled",
            "title.too_long",
            "title.markup_leak",
            "title.byline_joined",  # added in session 18, after the set's first run: the check is newer
        }
    )
    fields: Kinds = {
        "the byline run onto the end of the title": (record_only(byline_title), title),
        "a time of day with no date as the date": (
            record_only(time_only),
            frozenset({"date.unparseable", "date.missing", "schema"}),
        ),
        "the dateline's city kept with the author's name": (
            record_only(author_city),
            frozenset({"authors.not_a_name", "schema"}),
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (twelfth set)", "twelfth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
