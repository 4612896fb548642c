"""A twenty-eighth blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. The earlier sets' kinds were listed first (the long list of families in the
twenty-seventh set's docstring, and that set's own: a broadcast interview's transcript note, a
counter-statement or press council ruling, an early or postal voting box, an appliance's energy label,
supermarket flyers, the previous day's TV ratings, a press release's "About the company", the wire's
currency line and a reader call-in; and in other fields the title, date and author defects each set names)
and none of these is among them:

* lines in the body, each from a box, notice or widget of a real news template, with its variable parts
  (months, paying days, banks, card and ID digits, towns and telephone numbers of a pension or benefit
  calendar; exams, boards, years, days, hours, web addresses and pass rates of an exam results box; the day,
  its weekday and the plate digits, colours or parities of a driving restriction; clubs, players and their
  marks on the scale a country's papers use; restaurants, streets, telephone numbers, opening days, prices and
  ratings; wines, vintages, regions, strengths, shops and prices; products, brands, models, scores, verdicts,
  grades, issues and prices of a consumer organisation's test; players, clubs, fees and kinds of a transfer;
  the day, the count of the enemy's losses and the day's increase) drawn per record so that no two records
  share a line: at the start a pension or benefit payment calendar ("Rentenzahlung für Mai: Wer vor April 2004
  in Rente gegangen ist, erhält das Geld vorschüssig am ...", "Calendario de pago de la pensión de mayo:
  CaixaBank, el miércoles 22; ...", "Social Security payments for May: ... birthdays on the 1st–10th:
  Wednesday, May 8 ...", "年金支給日のお知らせ：6月14日（金）に4月・5月分の年金が..."), an exam results box
  ("Résultats du bac 2024 : ils seront publiés le vendredi 5 juillet à partir de 10h ...", "CBSE Class 12
  Result 2024: ... check at cbseresults.nic.in ...", "YKS sonuçları ... sonuc.osym.gov.tr ...", "2025학년도
  수능 성적 통지 ...") and a licence-plate driving restriction of the day ("Hoy No Circula, jueves 16 de mayo:
  no circulan los autos con engomado verde, terminación de placa 1 y 2 ...", "Rodízio de veículos em São Paulo
  ...", "北京机动车尾号限行：...", "Ganjil genap Jakarta ...", "Circulation différenciée à Lyon ..."); in the
  middle a match report's player ratings ("Pagelle Milan: Maignan 6,5; Calabria 5,5; ...", "Die Noten der
  Bayern: ...", "Børs ...: ...", "【採点】..."), a restaurant review's info box ("Zum Hirschen, Lindenstraße
  12, Ulm, Tel. ..., geöffnet Di–Sa ab 17 Uhr. Hauptgerichte 18 bis 32 Euro ...", "L'addition : ...",
  "【店舗情報】...", "人均消费：...") and a wine tip with the health warning the law asks for ("... L'abus
  d'alcool est dangereux pour la santé, à consommer avec modération.", "... ЧРЕЗМЕРНОЕ УПОТРЕБЛЕНИЕ АЛКОГОЛЯ
  ВРЕДИТ ВАШЕМУ ЗДОРОВЬЮ", "... お酒は20歳になってから。...", "... 경고: 지나친 음주는 ..."); and at the end
  a consumer organisation's test verdict ("Stiftung Warentest: ... Qualitätsurteil „gut“ (2,1) ...", "Which?
  verdict: ... test score 78% · Which? Best Buy", "Test Que Choisir : ... note globale 14,2/20 ...",
  "Роскачество: ..."), a football transfer ticker ("Transferticker: ... (... → ..., Ablöse 12 Mio. €) · ...
  (Leihe) · ...", "Calciomercato, le ufficialità: ...", "移籍情報：...") and the Ukrainian General Staff's
  daily tally of Russia's losses as news sites' widgets print it ("Загальні бойові втрати противника з
  24.02.22 по ... орієнтовно склали: особового складу ‒ близько ... (+...) осіб, танків ‒ ...", "Russia's
  losses in Ukraine as of ...", "Straty Rosji ..."), in English, German, French, Spanish, Italian, Portuguese,
  Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech, Greek, Turkish, Russian, Ukrainian, Arabic,
  Hindi, Indonesian, Vietnamese, Chinese, Japanese and Korean (each kind in those of them its box is printed
  in): in the record's own language where :func:`checks_blind25._record_lang` reads one other than English and
  the kind has it, and otherwise drawn (English one time in three on a record read as English);
* defects in other fields: the count of new posts or notifications a page's script puts before the title in
  the browser tab, taken with the title by an extractor reading the rendered page ("(3) Stadtrat beschließt
  Haushalt", "(12+) ..."), the title with the JSON string escapes of the structured data or a feed left in it
  ("Stadtrat beschlie\\u00dft Haushalt", "Ja\\/Nein zum ...", "\\"...\\""), a date of birth from a profile,
  obituary or "about the person" box as the date (eighteen to ninety years before the page's own day:
  "1958-03-04", "1958-03-04T00:00:00"), and a collapsed byline's "and N more" kept with the first author as
  the author entry, or as an entry of its own ("Jane Miller +2", "Jana Brandt und 2 weitere", "山田太郎
  他2名", "김지훈 외 2명").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind28.py --corpus ../shared/corpus
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import AUTHOR_CHECKS, DATE_CHECKS, TITLE_CHECKS, Kinds, once_for, placed, spread
from checks_blind23 import _render, _the_day
from checks_blind24 import _dec
from checks_blind25 import _record_lang
from checks_blind26 import _city, _name
from checks_blind27 import BRANDS, _dated, _lang, _model, _n, _phone
from checks_defects import Case, Defect, _with, record_only


# ---------------------------------------------------------------- drawing helpers
def _off_weekend(day: date, back: bool = True) -> date:
    """``day`` moved off a weekend, to the Friday before (``back``) or the Monday after."""
    while day.weekday() >= 5:
        day += timedelta(days=-1 if back else 1)
    return day


def _month(day: date, on: int = 0) -> date:
    """The first day of ``day``'s month, ``on`` months on."""
    m = day.month - 1 + on
    return date(day.year + m // 12, m % 12 + 1, 1)


def _nth(first: date, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of the month starting on ``first``."""
    return first + timedelta(days=(weekday - first.weekday()) % 7, weeks=n - 1)


def _workdays(start: date, n: int, saturdays: bool = False) -> list[date]:
    """``n`` working days from ``start`` on (Saturdays counted where the post office opens then)."""
    out: list[date] = []
    day = start
    while len(out) < n:
        if day.weekday() < (6 if saturdays else 5):
            out.append(day)
        day += timedelta(days=1)
    return out


#: footballers' and restaurateurs' surnames as a language's papers print them (Chinese, Japanese and Korean
#: as family names, given names following in :data:`GIVEN`)
SURNAMES = {
    "it": "Rossi Bianchi Esposito Ricci Marino Greco Bruno Gallo Conti Costa Fontana Barella Mancini Rinaldi",
    "de": "Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf",
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Michel Garcia",
    "en": "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Walker White Hughes Evans",
    "es": "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Ruiz Díaz Moreno Muñoz",
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves",
    "nl": "De Jong|Jansen|De Vries|Van den Berg|Van Dijk|Bakker|Janssen|Visser|Smit|Meijer|De Boer|Mulder",
    "nb": "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen",
    "sv": "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson",
    "da": "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen",
    "fi": "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen",
    "pl": "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak",
    "cs": "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil",
    "tr": "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan",
    "ru": "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков",
    "uk": "Шевченко Бойко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Поліщук Мельник Лисенко",
    "ar": "حسن محمود إبراهيم عبدالله سالم يوسف خالد السيد فتحي عاشور الشناوي مرعي",
    "id": "Saputra Pratama Hidayat Nugroho Wijaya Santoso Gunawan Setiawan Kurniawan Siregar Nainggolan",
    "vi": "Quang Hải|Công Phượng|Văn Hậu|Tiến Linh|Hoàng Đức|Văn Toàn|Duy Mạnh|Văn Lâm|Xuân Mạnh|Tuấn Hải",
    "zh": "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱",
    "ja": "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 松本 井上",
    "ko": "김 이 박 최 정 강 조 윤 장 임 한 오 서 신",
    "el": "Παπαδόπουλος Γεωργίου Οικονόμου Νικολάου Δημητρίου Ιωάννου Παππάς Βασιλείου Αθανασίου Μακρής",
}
#: given names following a family name in Chinese, Japanese and Korean
GIVEN = {
    "zh": "伟 磊 强 军 洋 勇 杰 涛 明 超 浩 鹏 宇 俊",
    "ja": "大輝 翔太 拓海 蓮 健太 陸 悠真 大和 颯太 優斗 湊 陽翔",
    "ko": "민준 서준 도윤 예준 시우 하준 지호 주원 지훈 현우 준서 건우",
}


def _surname(lang: str, rnd: random.Random) -> str:
    """A surname as a sports page prints a player (the whole name in Chinese, Japanese and Korean)."""
    pool = SURNAMES.get(lang, SURNAMES["en"])
    names = pool.split("|") if "|" in pool else pool.split(" ")
    name = rnd.choice(names)
    return f"{name}{rnd.choice(GIVEN[lang].split())}" if lang in GIVEN else name


def _mark(lang: str, x: float, places: int) -> str:
    """A mark as the language prints it: whole marks bare unless ``places`` asks for a fixed one."""
    if places == 0 and float(x).is_integer():
        return str(int(x))
    return _dec(lang, x, max(places, 1))


# ---------------------------------------------------------------- a pension or benefit calendar (start)
#: language: templates; the days' parts (each day's name ending its keys), {city} {phone} {k} {b1}... as the
#: language's calendar gives them (see :func:`_pension_days`)
PENSIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "Social Security payments for {mon}: SSI is paid on {Wd1}, {mon1} {d1}. Retirement benefits go out"
        " by birth date – 1st–10th: {Wd2}, {mon2} {d2}; 11th–20th: {Wd3}, {mon3} {d3}; 21st–31st: {Wd4},"
        " {mon4} {d4}. Questions: {phone}.",
        "WHEN WILL I GET PAID? Social Security's {mon} schedule: SSI – {mon1} {d1} · Birthdays on the 1st to"
        " 10th – {Wd2} {mon2} {d2} · 11th to 20th – {mon3} {d3} · 21st to 31st – {mon4} {d4}",
    ),
    "de": (
        "Rentenzahlung für {mon}: Wer vor April 2004 in Rente gegangen ist, erhält das Geld vorschüssig am"
        " {wd1}, {dd1}.{mm1}.; alle anderen nachschüssig am {wd2}, {dd2}.{mm2}. Auskunft:"
        " DRV-Beratungsstelle {city}, Tel. {phone}.",
        "Rententermine {mon} {y}: Rentenbeginn vor 04/2004 – Auszahlung am {dd1}.{mm1}. · Rentenbeginn ab"
        " 04/2004 – Auszahlung am {dd2}.{mm2}. (Deutsche Rentenversicherung)",
    ),
    "fr": (
        "Calendrier de versement des retraites – {mon} {y} : Assurance retraite (régime général) et MSA le"
        " {wd1} {d1} {mon1}, Agirc-Arrco le {wd2} {d2} {mon2}. Les délais bancaires peuvent décaler la date"
        " de un à deux jours.",
    ),
    "es": (
        "Calendario de pago de la pensión de {mon}: {b1}, el {wd1} {d1}; {b2}, el {wd2} {d2}; {b3}, el {d3};"
        " {b4}, el {d4}. La Seguridad Social la abona el día 25.",
        "¿Cuándo cobro la pensión de {mon}? {b1} adelanta el pago al {d1} de {mon1}; {b2} y {b3}, al {d2};"
        " {b4}, al {d4}.",
    ),
    "it": (
        "Pensioni di {mon}: in pagamento da {wd1} {d1} {mon1}. Negli uffici postali turnazione alfabetica:"
        " A-B {d1}, C-D {d2}, E-K {d3}, L-O {d4}, P-R {d5}, S-Z {d6} {mon6}. Accredito su conto corrente e"
        " libretto dal {d1}.",
    ),
    "pt": (
        "Calendário do INSS – benefícios de até um salário mínimo de {mon}: final 1 – {dd1}/{mm1} · final 2"
        " – {dd2}/{mm2} · final 3 – {dd3}/{mm3} · final 4 – {dd4}/{mm4} · final 5 – {dd5}/{mm5} · finais 6 a"
        " 0 a partir de {dd6}/{mm6}. Central 135.",
    ),
    "nl": (
        "Betaaldata AOW {y}: de AOW over {mon} staat uiterlijk {wd1} {d1} {mon1} op uw rekening. Het"
        " vakantiegeld wordt in mei uitbetaald. Vragen? SVB-kantoor {city}, {phone}.",
    ),
    "sv": (
        "Utbetalningsdag för pensionen i {mon}: {wd1} den {d1} {mon1}. Har du bostadstillägg betalas det ut"
        " samma dag (Pensionsmyndigheten, {phone}).",
    ),
    "pl": (
        "Terminy wypłat emerytur i rent ZUS ({mm}.{y}): {dd1}.{mm1}, {dd2}.{mm2}, {dd3}.{mm3}, {dd4}.{mm4},"
        " {dd5}.{mm5} i {dd6}.{mm6}. Gdy termin wypada w dzień wolny, świadczenie trafia do seniorów"
        " wcześniej. Infolinia: {phone}.",
    ),
    "tr": (
        "Emekli maaş ödeme takvimi ({mon} {y}): SSK emeklileri TC kimlik numarasının son hanesine göre – 0:"
        " {d1} {mon1} · 2: {d2} {mon2} · 4: {d3} {mon3} · 6: {d4} {mon4} · 8: {d5} {mon5}. Bağ-Kur"
        " emeklileri ayın 1'i ile 6'sı arasında.",
    ),
    "ru": (
        "Выплата пенсий ({mm}.{y}): «Почта России» доставляет пенсии с 3 по 22 число по графику, зачисление"
        " на карты «Мир» начнётся {d1} {mon1} ({wd1}). Справки — по телефону Социального фонда {phone}.",
    ),
    "uk": (
        "Виплата пенсій ({mm}.{y}): Пенсійний фонд України фінансує виплати з {d1} по {d2} {mon2}; «Укрпошта»"
        " доставляє пенсії з 4 по 25 число за графіком. Довідки: {phone}.",
    ),
    "ar": (
        "مواعيد صرف معاشات شهر {mon} {y}: تبدأ الهيئة القومية للتأمين الاجتماعي صرف المعاشات يوم {wd1} {d1}"
        " {mon1} من خلال ماكينات الصراف الآلي ومكاتب البريد وفروع البنوك. للاستفسار: {phone}.",
    ),
    "hi": (
        "पीएम किसान {k}वीं किस्त: {d1} {mon1} {y1} को देशभर के किसानों के खातों में 2,000 रुपये भेजे जाएंगे।"
        " स्टेटस pmkisan.gov.in पर चेक करें; हेल्पलाइन 155261।",
    ),
    "id": (
        "Jadwal pencairan bansos PKH tahap {k} {y}: mulai {wd1}, {d1} {mon1} {y1}, disalurkan melalui Bank"
        " Himbara ({b1}, {b2}) dan PT Pos Indonesia. Cek penerima di cekbansos.kemensos.go.id.",
    ),
    "vi": (
        "Lịch chi trả lương hưu tháng {m}/{y} tại {city}: bưu điện chi trả bằng tiền mặt từ ngày {d1}/{m1}"
        " đến {d2}/{m2}; người nhận qua tài khoản ATM được chuyển tiền từ ngày {d1}/{m1}. Hotline: {phone}.",
    ),
    "zh": (
        "{city}养老金发放提醒：{m}月份基本养老金将于{m1}月{d1}日起陆续发放至退休人员社会保障卡银行账户，请"
        "注意"
        "查收。咨询电话：{phone}",
    ),
    "ja": ("年金支給日のお知らせ：{m1}月{d1}日（{wd1}）に{k}月分の年金が振り込まれます（日本年金機構）。",),
    "ko": (
        "국민연금 지급일 안내: {m}월분 연금은 {m1}월 {d1}일({wd1})에 지급됩니다. 기초연금도 같은 날 지급되며,"
        " 문의는 국민연금공단 {city}지사({phone})로 하면 됩니다.",
    ),
}
_SPANISH_BANKS = ("CaixaBank", "Santander", "BBVA", "Sabadell", "Unicaja", "Ibercaja", "Abanca", "Kutxabank")


def _pension_days(lang: str, first: date, rnd: random.Random) -> tuple[dict[str, date], dict[str, Any]]:
    """The paying days of the month starting on ``first`` as ``lang``'s calendar gives them, and the other
    parts its templates ask for."""
    nxt = _month(first, 1)
    extra: dict[str, Any] = {}
    if lang == "en":
        days = [_off_weekend(first), *(_nth(first, 2, n) for n in (2, 3, 4))]
    elif lang == "de":
        days = [_off_weekend(first - timedelta(days=1)), _off_weekend(nxt - timedelta(days=1))]
    elif lang == "fr":
        days = [_off_weekend(first + timedelta(days=8), back=False), _off_weekend(first, back=False)]
    elif lang == "es":
        picked = sorted(rnd.sample(range(20, 26), 4), reverse=True)
        days = [_off_weekend(first.replace(day=d)) for d in picked]
        extra.update(zip(("b1", "b2", "b3", "b4"), rnd.sample(_SPANISH_BANKS, 4), strict=True))
    elif lang == "it":
        days = _workdays(first, 6, saturdays=True)
    elif lang == "pt":
        month = [d for d in _workdays(first, 23) if d.month == first.month]
        days = [*month[-5:], *_workdays(nxt, 1)]
    elif lang in {"nl", "sv"}:
        days = [_off_weekend(first.replace(day=23 if lang == "nl" else 18))]
    elif lang == "pl":
        days = [_off_weekend(first.replace(day=d)) for d in (1, 6, 10, 15, 20, 25)]
    elif lang == "tr":
        days = [first.replace(day=d) for d in (17, 19, 21, 23, 25)]
    elif lang in {"ru", "uk", "ar"}:
        days = [first.replace(day=rnd.randint(1, 4)), first.replace(day=rnd.randint(18, 25))]
    elif lang == "hi":
        days = [first.replace(day=rnd.randint(1, 28))]
        extra["k"] = max(2, 1 + ((first.year - 2019) * 12 + first.month - 2) // 4)
    elif lang == "id":
        days = [first.replace(day=rnd.randint(5, 25))]
        extra.update(k=(first.month - 1) // 3 + 1, b1="BRI", b2=rnd.choice(("BNI", "Mandiri", "BSI")))
    elif lang == "vi":
        days = [first.replace(day=rnd.randint(2, 5)), first.replace(day=rnd.randint(18, 25))]
    elif lang == "zh":
        days = [first.replace(day=rnd.randint(5, 15))]
    elif lang == "ja":
        even = first if first.month % 2 == 0 else nxt
        days = [_off_weekend(even.replace(day=15))]
        before = (even.month - 3) % 12 + 1
        extra["k"] = f"{before}月・{even.month - 1}"
    else:  # ko
        days = [_off_weekend(first.replace(day=25))]
    return {f"day{i}": d for i, d in enumerate(days, 1)}, extra


def pension_dates(case: Case, rnd: random.Random) -> str:
    """A pension or benefit payment calendar: the month's paying days (by birthday, bank, card digit, ID
    digit or name), as a service box above an article prints them."""
    lang = _lang(case, rnd, PENSIONS)
    first = _month(_the_day(case, rnd), rnd.choice((0, 0, 1)))
    days, extra = _pension_days(lang, first, rnd)
    return _render(
        rnd.choice(PENSIONS[lang]),
        city=_city(lang, rnd),
        phone=_phone(lang, rnd),
        **extra,
        **_dated(lang, day=first, **days),
    )


# ---------------------------------------------------------------- an exam results box (start)
#: language: (templates, exams as (name, web address, place)); {ex} {site} {place} {pct} {score} {hh}, the
#: results day's parts and the day after's (ending in 2), {y} the exam's year
EXAMS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str, str], ...]]] = {
    "en": (
        (
            "{ex} Result {y}: Students can check their marks at {site} using their roll number, school"
            " number and admit card ID from {hh}:00 on {Wd}, {mon} {d}. Results are also on DigiLocker and"
            " the UMANG app. Pass percentage last year: {pct}%.",
        ),
        (
            ("CBSE Class 12", "cbseresults.nic.in", ""),
            ("CBSE Class 10", "results.cbse.nic.in", ""),
            ("CISCE ISC", "results.cisce.org", ""),
            ("Maharashtra HSC", "mahresult.nic.in", ""),
        ),
    ),
    "de": (
        (
            "Abitur {y} in {place}: Die Ergebnisse der schriftlichen Prüfungen werden am {wd}, {dd}.{mm}.,"
            " ab {hh} Uhr an den Schulen bekanntgegeben; mündliche Nachprüfungen ab {dd2}.{mm2}."
            " Notendurchschnitt im Vorjahr: {grade}.",
        ),
        (
            ("Abitur", "", "Bayern"),
            ("Abitur", "", "Baden-Württemberg"),
            ("Abitur", "", "Nordrhein-Westfalen"),
        ),
    ),
    "fr": (
        (
            "Résultats du {ex} {y} : ils seront publiés le {wd} {d} {mon} à partir de {hh}h sur {site} et"
            " affichés dans les lycées de l'académie de {place}. Épreuves de rattrapage à partir du {d2}"
            " {mon2}.",
        ),
        (
            ("bac", "cyclades.education.gouv.fr", "Lyon"),
            ("bac", "cyclades.education.gouv.fr", "Rennes"),
            ("brevet", "cyclades.education.gouv.fr", "Bordeaux"),
            ("bac", "cyclades.education.gouv.fr", "Lille"),
        ),
    ),
    "es": (
        (
            "Notas de la {ex} {y} en {place}: se publican el {wd} {d} de {mon} a partir de las {hh}:00 en"
            " {site}. El plazo para solicitar la revisión se abre el {d2} de {mon2}. Aprobados el año"
            " pasado: {pct} %.",
        ),
        (
            ("PAU", "ucm.es", "Madrid"),
            ("PAU", "us.es", "Andalucía"),
            ("EBAU", "unizar.es", "Aragón"),
            ("PAU", "gva.es", "la Comunitat Valenciana"),
        ),
    ),
    "it": (
        (
            "Esiti {ex} {y}: i tabelloni con i voti saranno pubblicati {wd} {d} {mon} dalle {hh}; i"
            " risultati anche sul registro elettronico e sull'app {site}. Diplomati lo scorso anno:"
            " {pct}%.",
        ),
        (("maturità", "Unica", ""), ("esame di terza media", "Unica", "")),
    ),
    "pt": (
        (
            "Resultado do {ex} {y}: notas disponíveis na Página do Participante ({site}) a partir das"
            " {hh}h de {d} de {mon}; acesse com CPF e senha gov.br.",
        ),
        (("Enem", "enem.inep.gov.br", ""), ("Encceja", "encceja.inep.gov.br", "")),
    ),
    "tr": (
        (
            "{ex} {y} sonuçları {d} {mon} {y} tarihinde saat {hh}.00'te açıklanacak. Adaylar sonuçlarına"
            " {site} adresinden TC kimlik numarası ve şifreleriyle ulaşabilecek.",
        ),
        (("YKS", "sonuc.osym.gov.tr", ""), ("LGS", "meb.gov.tr", ""), ("KPSS", "sonuc.osym.gov.tr", "")),
    ),
    "ru": (
        (
            "Результаты {ex} по {place} станут известны {d} {mon}: их можно будет узнать на портале"
            " «Госуслуги» и на сайте {site}. Подать апелляцию можно в течение двух рабочих дней.",
        ),
        (
            ("ЕГЭ", "checkege.rustest.ru", "русскому языку"),
            ("ЕГЭ", "checkege.rustest.ru", "профильной математике"),
            ("ОГЭ", "gia.edu.ru", "математике"),
        ),
    ),
    "uk": (
        (
            "Результати {ex}-{y}: учасники зможуть переглянути їх у персональних кабінетах на сайті"
            " {site} з {d} {mon}. Бали для вступу — у межах від 100 до 200.",
        ),
        (("НМТ", "testportal.gov.ua", ""),),
    ),
    "ar": (
        (
            "نتيجة {ex} {y}: متاحة بداية من يوم {wd} {d} {mon} برقم الجلوس عبر موقع {site}. نسبة النجاح العام"
            " الماضي: {pct}%.",
        ),
        (("الثانوية العامة", "moe.gov.eg", ""), ("الشهادة الإعدادية", "moe.gov.eg", "")),
    ),
    "hi": (
        (
            "{ex} रिजल्ट {y}: छात्र {d} {mon} को {h12} बजे से {site} पर रोल नंबर और रोल कोड डालकर अपना"
            " परिणाम देख सकेंगे। पिछले साल {pct} प्रतिशत छात्र पास हुए थे।",
        ),
        (
            ("बिहार बोर्ड 10वीं", "biharboardonline.bihar.gov.in", ""),
            ("यूपी बोर्ड 12वीं", "upmsp.edu.in", ""),
            ("राजस्थान बोर्ड 10वीं", "rajeduboard.rajasthan.gov.in", ""),
            ("एमपी बोर्ड 12वीं", "mpbse.nic.in", ""),
        ),
    ),
    "id": (
        (
            "Pengumuman hasil {ex} {y} dapat diakses mulai {wd}, {d} {mon} {y} pukul {hh}.00 WIB melalui"
            " laman {site} dan laman mirror PTN.",
        ),
        (("UTBK-SNBT", "pengumuman-snbt.snpmb.id", ""), ("SNBP", "pengumuman-snbp.snpmb.id", "")),
    ),
    "vi": (
        (
            "Tra cứu điểm thi {ex} {y}: thí sinh xem điểm từ {hh} giờ ngày {d}/{m} trên {site} bằng số báo"
            " danh. Phúc khảo từ ngày {d2}/{m2}.",
        ),
        (("tốt nghiệp THPT", "thisinh.thitotnghiepthpt.edu.vn", ""),),
    ),
    "zh": (
        ("{y}年{place}{ex}成绩{m}月{d}日{hh}时起可查询，考生可通过{site}等渠道查分；本科批次线{score}分。",),
        (
            ("高考", "省教育考试院官网", "广东"),
            ("高考", "省教育考试院官网", "河南"),
            ("中考", "市教育局官网", "杭州"),
        ),
    ),
    "ja": (
        ("【合格発表】{place}の{ex}の合格者受験番号は{m}月{d}日{hh}時から{site}で公開されます。",),
        (
            ("一般選抜", "大学ホームページ", "東北大学"),
            ("一般選抜前期日程", "大学ホームページ", "大阪大学"),
            ("高校入試", "県教育委員会ホームページ", "埼玉県"),
        ),
    ),
    "ko": (
        (
            "{y}학년도 {ex} 성적 통지: 한국교육과정평가원은 {m}월 {d}일({wd}) 수험생에게 성적을 통지합니다."
            " 성적통지표는 원서를 접수한 학교나 시험지구 교육청에서 받을 수 있습니다.",
        ),
        (("대학수학능력시험", "", ""), ("수능", "", "")),
    ),
}

#: the British results days, for half the English boxes
EXAMS_GB: tuple[tuple[str, ...], tuple[tuple[str, str, str], ...]] = (
    (
        "{ex} results day {y}: results are released to students at {hh}:00 on {Wd} {d} {mon}. Clearing"
        " opens the same day on {site}. Exam results helpline: {phone}.",
    ),
    (("A-level", "ucas.com", ""), ("Scottish SQA", "mysqa.org.uk", ""), ("T-level", "ucas.com", "")),
)


def exam_results(case: Case, rnd: random.Random) -> str:
    """An exam results box: the exam, the day and hour its results come out, where to look them up."""
    lang = _lang(case, rnd, EXAMS)
    templates, exams = EXAMS[lang]
    if lang == "en" and rnd.random() < 0.5:
        templates, exams = EXAMS_GB
    ex, site, place = rnd.choice(exams)
    day = _off_weekend(_the_day(case, rnd, (1, 14)), back=False)
    hour = rnd.choice((8, 9, 10, 11, 12, 14))
    return _render(
        rnd.choice(templates),
        ex=ex,
        site=site,
        place=place,
        pct=_dec(lang, rnd.uniform(72, 97), 1) if lang in {"en", "es", "it", "hi"} else rnd.randint(72, 97),
        grade=_dec(lang, rnd.uniform(2.1, 2.5), 2),
        score=rnd.randint(420, 560),
        hh=hour,
        h12=hour % 12 or 12,
        phone=_phone(lang, rnd),
        **_dated(lang, day=day, day2=day + timedelta(days=rnd.randint(2, 9))),
    )


# ---------------------------------------------------------------- a licence-plate driving restriction (start)
#: language: templates; {a} {b} the barred digits, {list} several, {color} a sticker's colour, {par} the
#: day's parity in the language's words, {city}, {n} {k} a norm and a level, the day's parts
PLATES: dict[str, tuple[str, ...]] = {
    "es": (
        "Hoy No Circula, {wd} {d} de {mon}: no circulan los autos con engomado {color} y terminación de"
        " placa {a} y {b}, así como los hologramas 1 y 2, de 5:00 a 22:00 horas.",
        "Pico y placa en {city} hoy, {wd} {d} de {mon}: no circulan vehículos particulares con placas"
        " terminadas en {list}, de 6:00 a. m. a 9:00 p. m.",
    ),
    "pt": (
        "Rodízio de veículos em São Paulo: nesta {wd} ({dd}/{mm}), não podem circular no centro expandido"
        " os carros com placas de final {a} e {b}, das 7h às 10h e das 17h às 20h. Multa: R$ 130,16.",
    ),
    "zh": (
        "北京机动车尾号限行：{m}月{d}日（星期{wd}），限行尾号为{a}和{b}，限行时间7时至20时，范围为五环路以"
        "内道路"
        "（不含五环路）。",
    ),
    "id": (
        "Ganjil genap Jakarta {wd}, {d} {mon} {y}: hari ini tanggal {par}, hanya kendaraan berpelat nomor"
        " {par} yang boleh melintas di 26 ruas jalan pada pukul 06.00–10.00 dan 16.00–21.00 WIB.",
    ),
    "en": (
        "Number coding today ({Wd}, {mon} {d}): vehicles with plates ending in {a} and {b} are barred from"
        " Metro Manila roads from 7 a.m. to 10 a.m. and 5 p.m. to 8 p.m. (MMDA UVVRP).",
        "Odd-even in Delhi: on {Wd}, {mon} {d}, only cars with {par}-numbered registration plates may ply"
        " between 8 am and 8 pm. Violators face a fine of Rs 2,000.",
    ),
    "hi": (
        "दिल्ली में ऑड-ईवन: {d} {mon} ({wd}) को सिर्फ {par} नंबर वाली गाड़ियां सुबह 8 से रात 8 बजे तक सड़क पर"
        " चल सकेंगी। नियम तोड़ने पर 2,000 रुपये का चालान।",
    ),
    "fr": (
        "Circulation différenciée à {city} ce {wd} {d} {mon} : en raison de l'épisode de pollution, seuls"
        " les véhicules Crit'Air 0, 1 et 2 sont autorisés à circuler dans le périmètre de l'A86, de 5h30 à"
        " minuit.",
    ),
    "it": (
        "Blocco del traffico a {city} {wd} {d} {mon}: stop ai veicoli diesel fino a Euro {n} dalle 7.30"
        " alle 19.30 (misure antismog di livello {k}).",
        "Targhe alterne a {city}, {wd} {d} {mon}: oggi circolano solo i veicoli con targa {par}, dalle 7.30"
        " alle 20.30.",
    ),
    "el": (
        "Δακτύλιος: Σήμερα, {wd} {d} {mon}, κυκλοφορούν στον δακτύλιο τα ΙΧ με {par} τελευταίο ψηφίο"
        " πινακίδας, από τις 07:00 έως τις 20:00.",
    ),
    "ko": (
        "[차량 2부제] {m}월 {d}일({wd})은 {par}날로, 차량 번호 끝자리가 {par}인 차량만 운행할 수 있습니다."
        " (고농도 미세먼지 비상저감조치, {city})",
    ),
}
#: the parities as the languages say them (odd, even); Italian and Greek in the plate's gender
_PARITY = {
    "id": ("ganjil", "genap"),
    "en": ("odd", "even"),
    "hi": ("विषम (ऑड)", "सम (ईवन)"),
    "it": ("dispari", "pari"),
    "el": ("μονό", "ζυγό"),
    "ko": ("홀수", "짝수"),
}
#: weekday: (Mexico City's sticker colour, its digits); São Paulo, Manila and Beijing bar pairs by weekday
_HOY_NO_CIRCULA = (("amarillo", 5, 6), ("rosa", 7, 8), ("rojo", 3, 4), ("verde", 1, 2), ("azul", 9, 0))
_PAIRS = ((1, 2), (3, 4), (5, 6), (7, 8), (9, 0))


def plate_restriction(case: Case, rnd: random.Random) -> str:
    """A licence-plate driving restriction of the day: Mexico City's "Hoy No Circula", Bogotá's "pico y
    placa", São Paulo's "rodízio", Beijing's tail-number rule, Jakarta's odd-even and their kind."""
    lang = _lang(case, rnd, PLATES)
    day = _off_weekend(_the_day(case, rnd, (0, 2)), back=False)
    template = rnd.choice(PLATES[lang])
    weekday = day.weekday()
    a, b = _PAIRS[weekday]
    color = ""
    if "engomado" in template:
        color, a, b = _HOY_NO_CIRCULA[weekday]
    elif lang == "zh":
        a, b = _PAIRS[(weekday + rnd.randrange(5)) % 5]
    odd, even = _PARITY.get(lang, ("", ""))
    return _render(
        template,
        a=a,
        b=b,
        color=color,
        list=", ".join(str(x) for x in sorted(rnd.sample(range(10), 5))),
        par=odd if day.day % 2 else even,
        city=_city(lang, rnd) if lang != "es" else rnd.choice(("Bogotá", "Medellín", "Cali", "Barranquilla")),
        n=rnd.randint(3, 5),
        k=rnd.choice(("1 (arancio)", "2 (rosso)", "1", "2")),
        **_dated(lang, day=day),
    )


# ---------------------------------------------------------------- a match report's player ratings (middle)
#: language: (heads, the item, the separator, clubs, (lowest, highest, step, places)); {team} {list}
#: {coach} {motm}
MARKS: dict[str, tuple[tuple[str, ...], str, str, tuple[str, ...], tuple[float, float, float, int]]] = {
    "it": (
        ("Pagelle {team}: {list}. All. {coach} {cm}.", "{team}, le pagelle: {list}."),
        "{p} {x}",
        "; ",
        ("Milan", "Inter", "Napoli", "Roma", "Lazio", "Torino", "Bologna", "Fiorentina"),
        (4.0, 8.0, 0.5, 0),
    ),
    "de": (
        ("Die Noten der {team}-Profis: {list} (Noten von 1 bis 6).", "Einzelkritik {team}: {list}."),
        "{p} {x}",
        " – ",
        ("Bayern", "Dortmund", "Leverkusen", "Freiburg", "Mainz", "Bremen", "Union", "Stuttgart"),
        (1.0, 5.5, 0.5, 0),
    ),
    "fr": (
        (
            "Les notes de {team} : {list}. Entraîneur : {coach} ({cm}).",
            "Les notes du match ({team}) : {list}.",
        ),
        "{p} {x}",
        ", ",
        ("l'OM", "l'OL", "Lens", "Rennes", "Nice", "Nantes", "Lille", "Brest"),
        (2.0, 8.0, 1.0, 0),
    ),
    "en": (
        ("Player ratings ({team}): {list}. Man of the match: {motm}.", "{team} ratings: {list}."),
        "{p} {x}",
        "; ",
        ("Arsenal", "Chelsea", "Everton", "Leeds", "Celtic", "Rangers", "Villa", "Newcastle"),
        (4.0, 9.0, 1.0, 0),
    ),
    "es": (
        ("El uno a uno del {team}: {list} (de 0 a 3).",),
        "{p} ({x})",
        "; ",
        ("Betis", "Sevilla", "Valencia", "Athletic", "Real Sociedad", "Celta", "Osasuna", "Getafe"),
        (0.0, 3.0, 1.0, 0),
    ),
    "pt": (
        ("Notas do {team}: {list}. Técnico: {coach}, {cm}.", "Atuações do {team}: {list}."),
        "{p} {x}",
        "; ",
        ("Flamengo", "Palmeiras", "Corinthians", "Grêmio", "Benfica", "Sporting", "Porto", "Vasco"),
        (4.0, 8.5, 0.5, 1),
    ),
    "nl": (
        ("Rapportcijfers {team}: {list}.",),
        "{p} {x}",
        ", ",
        ("Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht", "Heerenveen", "NEC"),
        (4.0, 8.5, 0.5, 0),
    ),
    "nb": (
        ("Børs {team}: {list}. Kampens spiller: {motm}.",),
        "{p} {x}",
        ", ",
        ("Bodø/Glimt", "Molde", "Rosenborg", "Brann", "Viking", "Vålerenga", "Lillestrøm", "Tromsø"),
        (3.0, 8.0, 1.0, 0),
    ),
    "sv": (
        ("Spelarbetyg {team}: {list} (skala 1–5).",),
        "{p} {x}",
        ", ",
        ("Malmö FF", "AIK", "Djurgården", "Hammarby", "IFK Göteborg", "Häcken", "Elfsborg", "Mjällby"),
        (1.0, 5.0, 1.0, 0),
    ),
    "da": (
        ("Karakterer {team}: {list} (1–6).",),
        "{p} {x}",
        ", ",
        ("FCK", "Brøndby", "FC Midtjylland", "AGF", "Randers", "Silkeborg", "OB", "Viborg"),
        (1.0, 6.0, 1.0, 0),
    ),
    "pl": (
        ("Oceny piłkarzy {team} (w skali 1–10): {list}.",),
        "{p} – {x}",
        ", ",
        ("Legii", "Lecha", "Rakowa", "Jagiellonii", "Pogoni", "Górnika", "Widzewa", "Cracovii"),
        (2.0, 8.0, 1.0, 0),
    ),
    "cs": (
        ("Známkování hráčů {team}: {list} (jako ve škole).",),
        "{p} {x}",
        ", ",
        ("Sparty", "Slavie", "Plzně", "Baníku", "Olomouce", "Liberce", "Jablonce", "Slovácka"),
        (1.0, 5.0, 1.0, 0),
    ),
    "tr": (
        ("{team} karnesi: {list}.",),
        "{p} {x}",
        ", ",
        ("Galatasaray", "Fenerbahçe", "Beşiktaş", "Trabzonspor", "Başakşehir", "Samsunspor", "Göztepe"),
        (4.0, 9.0, 0.5, 0),
    ),
    "ru": (
        ("Оценки игроков «{team}»: {list}.",),
        "{p} — {x}",
        "; ",
        ("Зенита", "Спартака", "ЦСКА", "Локомотива", "Краснодара", "Динамо", "Ростова", "Рубина"),
        (4.5, 8.0, 0.5, 1),
    ),
    "uk": (
        ("Оцінки гравців «{team}»: {list}.",),
        "{p} — {x}",
        "; ",
        ("Шахтаря", "Динамо", "Дніпра-1", "Зорі", "Полісся", "Олександрії", "Кривбасу", "Руху"),
        (4.5, 8.0, 0.5, 1),
    ),
    "ar": (
        ("تقييم لاعبي {team}: {list}.",),
        "{p} {x}",
        "، ",
        ("الأهلي", "الزمالك", "الهلال", "النصر", "الاتحاد", "بيراميدز", "الوداد", "الرجاء"),
        (5.0, 9.0, 0.5, 1),
    ),
    "ja": (
        ("【採点】{team}：{list}　※採点は10点満点で平均は6.0",),
        "{p} {x}",
        "、",
        ("浦和", "鹿島", "川崎F", "横浜FM", "G大阪", "神戸", "広島", "名古屋"),
        (5.0, 7.5, 0.5, 1),
    ),
    "ko": (
        ("{team} 선수 평점(풋몹): {list}",),
        "{p} {x}",
        ", ",
        ("울산", "전북", "포항", "서울", "광주", "강원", "대전", "제주"),
        (5.8, 8.9, 0.1, 1),
    ),
    "zh": (
        ("{team}球员评分：{list}（满分10分）",),
        "{p} {x}",
        "、",
        ("上海海港", "山东泰山", "北京国安", "成都蓉城", "上海申花", "浙江队", "天津津门虎"),
        (5.5, 8.5, 0.1, 1),
    ),
    "id": (
        ("Rating pemain {team} versi Sofascore: {list}.",),
        "{p} {x}",
        "; ",
        ("Persib", "Persija", "Persebaya", "Arema", "Bali United", "PSM", "Borneo FC", "PSIS"),
        (5.8, 8.9, 0.1, 1),
    ),
    "vi": (
        ("Chấm điểm cầu thủ {team}: {list}.",),
        "{p} {x}",
        "; ",
        ("Hà Nội FC", "Công an Hà Nội", "Thép Xanh Nam Định", "Thể Công", "Hải Phòng", "Bình Định"),
        (5.0, 8.5, 0.5, 0),
    ),
}


def player_ratings(case: Case, rnd: random.Random) -> str:
    """A match report's player ratings box: the club's players with their marks on the scale the country's
    papers use (Italy's and Germany's halves, Norway's "børs", Spain's stars as numbers, FotMob's tenths)."""
    lang = _lang(case, rnd, MARKS)
    heads, item, sep, teams, (low, high, step, places) = MARKS[lang]
    count = round((high - low) / step)
    names: list[str] = []
    size, tries = rnd.randint(7, 11), 0
    while len(names) < size and tries < 200:
        tries += 1
        name = _surname(lang, rnd)
        if name not in names:
            names.append(name)
    marks = [_mark(lang, low + step * rnd.randint(0, count), places) for _ in names]
    return _render(
        rnd.choice(heads),
        team=rnd.choice(teams),
        list=sep.join(_render(item, p=p, x=x) for p, x in zip(names, marks, strict=True)),
        coach=_surname(lang, rnd),
        cm=_mark(lang, low + step * rnd.randint(0, count), places),
        motm=rnd.choice(names),
    )


# ---------------------------------------------------------------- a restaurant review's info box (middle)
#: language: (templates, restaurant names ({s} a surname, {c} a town), streets, euro factor); {name} {street}
#: {no} {city} {phone} {h} {h2} opening hours, {p1} {p2} {p3} prices, {k} the rating, {wd} a closing day
FOOD: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], float]] = {
    "de": (
        (
            "{name}, {street} {no}, {city}, Tel. {phone}, geöffnet Di–Sa ab {h} Uhr. Hauptgerichte {p1} bis"
            " {p2} Euro, Menü ab {p3} Euro. Bewertung: {k5} von 5 Sternen.",
            "Info: {name} · {street} {no} · {city} · Tel. {phone} · Ruhetag: {wd} · Hauptgerichte {p1}–{p2}"
            " €",
        ),
        ("Gasthaus {s}", "Zum Hirschen", "Landgasthof {s}", "Trattoria da {s}", "Wirtshaus am Markt"),
        ("Lindenstraße", "Hauptstraße", "Marktplatz", "Kirchgasse", "Bahnhofstraße"),
        1.0,
    ),
    "en": (
        (
            "{name}, {no} {street}, {city}; {phone}. Open Tue–Sat, noon–3pm and {h6}pm–10pm. Starters"
            " £{p0}–£{p1}, mains £{p1b}–£{p2}. Food {k10}/10 Atmosphere {k10b}/10 Service {k10c}/10",
            "{name}, {no} {street}, {city} ({phone}). Open Wed–Sun. About £{p3} a head, plus drinks and"
            " service.",
        ),
        ("The {s} Arms", "{s}'s", "The Old Forge", "Bistro {s}", "The Anchor"),
        ("High Street", "Church Lane", "Market Square", "Bridge Street", "Station Road"),
        0.9,
    ),
    "fr": (
        (
            "L'addition : {name}, {no}, {street}, {city}. Tél. : {phone}. Fermé le {wd}. Menus à {p1} et {p2}"
            " €, à la carte compter {p3} €. Note : {k5}/5.",
        ),
        ("Chez {s}", "Le Comptoir", "La Table de {s}", "Le Bistrot du Marché", "L'Auberge {s}"),
        ("rue de la République", "place du Marché", "rue Victor-Hugo", "quai des Chartrons"),
        1.0,
    ),
    "es": (
        (
            "{name}. {street}, {no}. {city}. Tel.: {phone}. Precio medio: {p3} euros. Cierra el {wd}. Nota:"
            " {k10}/10.",
        ),
        ("Casa {s}", "Taberna La Bodeguilla", "Asador {s}", "El Rincón de {s}", "Mesón del Puerto"),
        ("Calle Mayor", "Plaza del Mercado", "Calle del Carmen", "Paseo de la Alameda"),
        1.0,
    ),
    "it": (
        (
            "{name}, {street} {no}, {city}. Tel. {phone}. Chiuso il {wd}. Prezzo medio {p3} euro, vini"
            " esclusi. Voto: {k10}/10.",
        ),
        ("Trattoria da {s}", "Osteria del Borgo", "Ristorante {s}", "Locanda {s}", "Antica Hosteria"),
        ("via Roma", "piazza Garibaldi", "via Mazzini", "corso Cavour"),
        1.0,
    ),
    "pt": (
        (
            "{name} – {street}, {no}, {city} – Tel. {phone}. Horário: das {h}h às {h23}h; encerra à {wd}."
            " Preço médio: {p3} €.",
        ),
        ("Taberna do {s}", "Casa {s}", "O Cantinho", "Tasca da Esquina", "Restaurante {s}"),
        ("Rua Direita", "Rua do Comércio", "Largo da Igreja", "Avenida da Liberdade"),
        1.0,
    ),
    "nl": (
        (
            "{name}, {street} {no}, {city}, tel. {phone}. Geopend: wo t/m zo vanaf {h}.00 uur."
            " Hoofdgerechten € {p1} – € {p2}. Cijfer: {k10}",
        ),
        ("Brasserie {s}", "De Gouden Leeuw", "Eetcafé {s}", "Bistro De Markt", "Restaurant {s}"),
        ("Kerkstraat", "Markt", "Havenstraat", "Oudegracht"),
        1.0,
    ),
    "sv": (
        (
            "{name}, {street} {no}, {city}. Tel {phone}. Öppet tis–lör {h}–{h23}. Pris: varmrätter {p1}–{p2}"
            " kr. Betyg: {k5} av 5.",
        ),
        ("Bistro {s}", "Krogen Hamnen", "{s}s Kök", "Restaurang Torget", "Matsalen"),
        ("Storgatan", "Drottninggatan", "Hamngatan", "Kungsgatan"),
        11.3,
    ),
    "da": (
        (
            "{name}, {street} {no}, {city}. Åbent ons.-lør. fra kl. {h}. Pris: {p3} kr. for menuen. {k6}"
            " hjerter.",
        ),
        ("Restaurant {s}", "Kroen", "Bistro {s}", "Havnekøkkenet", "Spisehuset"),
        ("Vestergade", "Havnegade", "Torvet", "Søndergade"),
        7.45,
    ),
    "nb": (
        (
            "{name}, {street} {no}, {city}. Tlf. {phone}. Åpent tir.–lør. fra kl. {h}. Pris: hovedretter"
            " {p1}–{p2} kroner. Terningkast {k6}.",
        ),
        ("Bistro {s}", "Kroa", "Restaurant {s}", "Brygga", "Spiseriet"),
        ("Storgata", "Kirkegata", "Bryggen", "Torggata"),
        11.6,
    ),
    "fi": (
        ("{name}, {street} {no}, {city}. Avoinna ti–la klo {h}–{h23}. Pääruoat {p1}–{p2} €. Arvio: {k5}/5.",),
        ("Ravintola {s}", "Bistro Satama", "Kulma", "Ravintola Tori"),
        ("Kauppakatu", "Rantatie", "Aleksanterinkatu", "Hämeenkatu"),
        1.0,
    ),
    "pl": (
        (
            "{name}, {street} {no}, {city}, tel. {phone}. Czynne wt.–nd. {h}–{h23}. Ceny: dania główne"
            " {p1}–{p2} zł. Ocena: {k6}/6.",
        ),
        ("Bistro {s}", "Restauracja Pod Lipami", "Karczma u {s}", "Stara Kamienica"),
        ("ul. Długa", "ul. Rynek", "ul. Mickiewicza", "ul. Piotrkowska"),
        4.3,
    ),
    "cs": (
        (
            "{name}, {street} {no}, {city}. Otevřeno út–so {h}–{h23}. Hlavní jídla {p1}–{p2} Kč. Hodnocení:"
            " {k5} z 5.",
        ),
        ("Bistro {s}", "Hospoda U Lípy", "Restaurace {s}", "Na Náměstí"),
        ("Náměstí Míru", "Husova", "Nádražní", "Masarykova"),
        25.0,
    ),
    "tr": (
        (
            "{name} – Adres: {street} No: {no}, {city} · Tel: {phone} · Kişi başı ortalama {p3} TL · Puan:"
            " {k10}/10",
        ),
        ("{s} Ocakbaşı", "Lokanta {s}", "Köşe Meyhane", "Çınaraltı Kebap"),
        ("İstiklal Cad.", "Atatürk Cad.", "Cumhuriyet Cad.", "Bağdat Cad."),
        35.0,
    ),
    "ru": (
        (
            "{name}. Адрес: {city}, {street}, {no}. Телефон: {phone}. Средний чек: {p3} ₽. Время работы:"
            " ежедневно, {h}:00–{h23}:00.",
        ),
        ("Ресторан «Пироговая»", "Бистро «Щи»", "Кафе «У {s}»", "«Хачапурная №{no}»"),
        ("ул. Ленина", "ул. Советская", "Невский пр.", "ул. Пушкина"),
        95.0,
    ),
    "ar": (
        (
            "{name} – العنوان: {street}، {city} · هاتف: {phone} · متوسط السعر للشخص: {p3} ريال · التقييم:"
            " {k5}/5",
        ),
        ("مطعم {s}", "مطعم البيت الشامي", "مشويات الديرة", "مطعم السرايا"),
        ("شارع الملك فهد", "شارع التحلية", "شارع الجامعة", "شارع الكورنيش"),
        4.0,
    ),
    "id": (
        (
            "{name} · Alamat: {street} No. {no}, {city} · Jam buka: {h}.00–{h23}.00 WIB · Harga:"
            " Rp{pa}–Rp{pb}"
            " per porsi",
        ),
        ("Warung {s}", "Rumah Makan Sederhana", "Soto Pak {s}", "Sate Kambing Bu {s}"),
        ("Jl. Sudirman", "Jl. Malioboro", "Jl. Braga", "Jl. Gajah Mada"),
        17000.0,
    ),
    "vi": (
        ("{name} – Địa chỉ: {no} {street}, {city} · Giờ mở cửa: {h}h–{h23}h · Giá: {pa}–{pb} đồng/món",),
        ("Phở {s}", "Bún chả Hàng Mành", "Quán {s}", "Cơm tấm Cali"),
        ("Hàng Bông", "Lý Tự Trọng", "Nguyễn Huệ", "Trần Hưng Đạo"),
        27000.0,
    ),
    "zh": (
        ("{name}｜地址：{city}{street}{no}号｜电话：{phone}｜营业时间：{h}:00-{h23}:00｜人均消费：{p3}元",),
        ("{s}家小馆", "老街面馆", "川味坊", "湘里人家"),
        ("中山路", "人民路", "解放路", "建设路"),
        7.8,
    ),
    "ja": (
        (
            "【店舗情報】{name}　{city}{street}{no}-{no2}　☎{phone}　営業時間 {h}:00〜{h23}:00　定休日 {wd}曜"
            "　予算 {p3}円〜",
        ),
        ("酒処 {s}", "そば処 {s}", "洋食屋 {s}", "居酒屋 まる"),
        ("中央", "本町", "栄町", "駅前"),
        160.0,
    ),
    "ko": (
        (
            "▶{name}: {city} {street} {no} / {phone} / 영업시간 {h}:00~{h23}:00, {wd}요일 휴무 / 1인 {p3}원"
            " 선",
        ),
        ("{s}네 식당", "할매국밥", "옛날손칼국수", "골목 한정식"),
        ("중앙로", "세종대로", "해운대로", "동성로"),
        1450.0,
    ),
}


def _price(lang: str, euros: float, factor: float) -> str:
    raw = euros * factor
    step = 1 if factor < 5 else 10 if factor < 200 else 1000
    return _n(lang, max(step, int(raw // step * step)))


def restaurant_box(case: Case, rnd: random.Random) -> str:
    """A restaurant review's info box: the address, telephone, opening days and hours, the prices and the
    critic's rating (stars, marks, Politiken's hearts, Norway's dice)."""
    lang = _lang(case, rnd, FOOD)
    templates, names, streets, factor = FOOD[lang]
    main = rnd.randint(14, 34)
    h = rnd.choice((11, 12, 17, 18))
    parts = {
        "p0": _price(lang, rnd.randint(6, 9), factor),
        "p1": _price(lang, main, factor),
        "p1b": _price(lang, main + rnd.randint(1, 4), factor),
        "p2": _price(lang, main + rnd.randint(6, 16), factor),
        "p3": _price(lang, rnd.randint(25, 85), factor),
        "pa": _price(lang, rnd.randint(2, 4), factor),
        "pb": _price(lang, rnd.randint(5, 9), factor),
    }
    return _render(
        rnd.choice(templates),
        name=_render(rnd.choice(names), s=_surname(lang, rnd), no=rnd.randint(1, 99)),
        street=rnd.choice(streets),
        no=rnd.randint(1, 140),
        no2=rnd.randint(1, 30),
        city=_city(lang, rnd),
        phone=_phone(lang, rnd),
        h=h,
        h6=rnd.choice((5, 6)),
        h23=rnd.choice((22, 23)) if h < 17 else rnd.choice((23, 24)),
        k5=rnd.randint(2, 5),
        k6=rnd.randint(3, 6),
        k10=rnd.randint(5, 9),
        k10b=rnd.randint(5, 10),
        k10c=rnd.randint(5, 10),
        wd=_dated(lang, day=date(2024, 1, rnd.randint(1, 7)))["wd"],
        **parts,
    )


# ---------------------------------------------------------------- a wine tip with the law's warning (middle)
#: language: (templates, shops, euro factor); {wine} {vintage} {region} {abv} {p} {shop} {n} a shop's number
DRINKS: dict[str, tuple[tuple[str, ...], tuple[str, ...], float]] = {
    "fr": (
        (
            "Notre coup de cœur : {wine} {vintage}, {region}, {abv} % vol., {p} € chez {shop}. L'abus"
            " d'alcool est dangereux pour la santé, à consommer avec modération.",
        ),
        ("Nicolas", "V and B", "Lavinia", "la cave du Marché"),
        1.0,
    ),
    "es": (
        (
            "Vino de la semana: {wine} {vintage} ({region}), {abv} % vol., {p} € en {shop}. Bebe con"
            " moderación. Es tu responsabilidad.",
        ),
        ("Lavinia", "El Corte Inglés", "Vila Viniteca", "Bodega Santa Cecilia"),
        1.0,
    ),
    "it": (
        (
            "Il vino della settimana: {wine} {vintage}, {region}, {abv}% vol., {p} euro in enoteca ({shop})."
            " Bevi responsabilmente.",
        ),
        ("Tannico", "Vino.com", "Enoteca Pinchiorri", "Eataly"),
        1.0,
    ),
    "pt": (
        (
            "Vinho da semana: {wine} {vintage}, {region}, {abv}% vol., {p} € na {shop}. Seja responsável."
            " Beba"
            " com moderação.",
        ),
        ("Garrafeira Nacional", "El Corte Inglés", "Continente", "Garrafeira Tio Pepe"),
        1.0,
    ),
    "de": (
        (
            "Weintipp der Woche: {wine} {vintage}, {region}, {abv} % vol., {p} Euro ({shop}). Kein Verkauf an"
            " Personen unter 18 Jahren. Bitte genießen Sie verantwortungsvoll.",
        ),
        ("Jacques' Wein-Depot", "Hawesko", "Vinothek am Dom", "Edeka"),
        1.0,
    ),
    "en": (
        (
            "Wine of the week: {wine} {vintage}, {region}, {abv}%, £{p} at {shop}. Please drink responsibly."
            " For the facts, visit drinkaware.co.uk.",
        ),
        ("Majestic", "Waitrose", "The Wine Society", "Tesco", "Marks & Spencer"),
        0.9,
    ),
    "nl": (
        (
            "Wijn van de week: {wine} {vintage}, {region}, {abv}%, € {p} bij {shop}. Geniet, maar drink met"
            " mate. Geen 18, geen alcohol.",
        ),
        ("Gall & Gall", "Albert Heijn", "Mitra", "Wijnkoperij De Gouden Ton"),
        1.0,
    ),
    "sv": (
        (
            "Veckans vin: {wine} {vintage}, {region}, {abv} %, {p} kr (nr {n}) på Systembolaget. VARNING!"
            " Alkohol i samband med graviditet kan skada fostret.",
        ),
        ("Systembolaget",),
        11.3,
    ),
    "cs": (
        ("Víno týdne: {wine} {vintage}, {region}, {abv} % obj., {p} Kč ({shop}). Pijte zodpovědně.",),
        ("Global Wines", "Vinotéka u Zlatého hroznu", "Makro"),
        25.0,
    ),
    "pl": (
        (
            "Wino tygodnia: {wine} {vintage}, {region}, {abv}% obj., ok. {p} zł ({shop}). Sprzedaż napojów"
            " alkoholowych osobom do lat 18 jest zabroniona.",
        ),
        ("Winnica Centrum", "Biedronka", "Lidl", "Piwnica Win"),
        4.3,
    ),
    "ru": (
        (
            "Вино недели: {wine} {vintage}, {region}, {abv}% об., {p} ₽ ({shop}). ЧРЕЗМЕРНОЕ УПОТРЕБЛЕНИЕ"
            " АЛКОГОЛЯ ВРЕДИТ ВАШЕМУ ЗДОРОВЬЮ",
        ),
        ("«Ароматный мир»", "«Винлаб»", "«Азбука вкуса»", "«Простые вина»"),
        95.0,
    ),
    "uk": (
        (
            "Вино тижня: {wine} {vintage}, {region}, {abv}% об., {p} грн ({shop}). НАДМІРНЕ ВЖИВАННЯ"
            " АЛКОГОЛЮ ШКІДЛИВЕ ДЛЯ ВАШОГО ЗДОРОВ'Я",
        ),
        ("«Сільпо»", "«WINETIME»", "«Good Wine»", "«Novus»"),
        42.0,
    ),
    "ja": (
        (
            "今週の一本：{wine} {vintage}（{region}）、アルコール度数{abv}%、参考小売価格{p}円（税込、"
            "{shop}）。"
            "お酒は20歳になってから。飲酒運転は法律で禁止されています。",
        ),
        ("エノテカ", "やまや", "成城石井", "カルディ"),
        160.0,
    ),
    "ko": (
        (
            "이주의 와인: {wine} {vintage}({region}), 알코올 {abv}%, {p}원({shop}). 경고: 지나친 음주는 뇌"
            "졸중,"
            " 기억력 손상이나 치매를 유발합니다. 임신 중 음주는 기형아 출생 위험을 높입니다.",
        ),
        ("이마트", "롯데마트", "와인앤모어", "코스트코"),
        1450.0,
    ),
    "zh": (
        (
            "本周推荐：{wine} {vintage}（{region}），酒精度{abv}%，参考价{p}元（{shop}）。理性饮酒，禁止酒"
            "驾；未成年人请勿饮酒。",
        ),
        ("京东", "天猫", "也买酒", "Ole'精品超市"),
        7.8,
    ),
    "vi": (
        (
            "Rượu vang của tuần: {wine} {vintage} ({region}), {abv}% vol, giá {p} đồng ({shop}). Không dành"
            " cho người dưới 18 tuổi. Đã uống rượu bia, không lái xe.",
        ),
        ("Annam Gourmet", "WinMart", "Ruouvang.vn", "Lotte Mart"),
        27000.0,
    ),
}
#: wines as (name with {s} a surname, region, the language the surname is drawn in)
WINES = (
    ("Château {s}", "Bordeaux Supérieur", "fr"),
    ("Domaine {s} Côtes du Rhône", "Rhône", "fr"),
    ("Weingut {s} Riesling trocken", "Mosel", "de"),
    ("Weingut {s} Spätburgunder", "Baden", "de"),
    ("Bodegas {s} Crianza", "Rioja", "es"),
    ("Bodegas {s} Verdejo", "Rueda", "es"),
    ("Tenuta {s} Chianti Classico", "Toscana", "it"),
    ("Cantina {s} Primitivo", "Puglia", "it"),
    ("Quinta do {s} Tinto", "Douro", "pt"),
    ("{s} Estate Sauvignon Blanc", "Marlborough", "en"),
    ("{s} Vineyards Shiraz", "Barossa Valley", "en"),
)


def drink_tip(case: Case, rnd: random.Random) -> str:
    """A wine tip as a weekend or lifestyle section prints it, with the health warning or slogan the
    law (or the trade's code) asks for beside the advertised drink."""
    lang = _lang(case, rnd, DRINKS)
    templates, shops, factor = DRINKS[lang]
    name, region, origin = rnd.choice(WINES)
    abv = rnd.choice((11.5, 12.0, 12.5, 13.0, 13.5, 14.0, 14.5))
    raw = rnd.randint(6, 39) * factor
    if factor < 2:
        price = _dec(lang, int(raw) + rnd.choice((0.49, 0.5, 0.9, 0.95, 0.99)), 2)
    else:
        price = _n(
            lang, int(raw // 10 * 10 - (1 if lang == "sv" else 0) if factor < 200 else raw // 1000 * 1000)
        )
    return _render(
        rnd.choice(templates),
        wine=name.format(s=_name(origin, rnd).split()[-1]),
        vintage=_the_day(case, rnd).year - rnd.randint(1, 9),
        region=region,
        abv=_dec(lang, abv, 1),
        p=price,
        shop=rnd.choice(shops),
        n=rnd.randint(1000, 99999),
    )


# ---------------------------------------------------------------- a consumer test's verdict (end)
#: language: (templates, products, euro factor); {product} {brand} {model} {s} a score of 100, {g} a grade,
#: {v} a verdict, {label} a seal ("" most of the time), {n} {r} the products tested and the rank, {p}, the
#: issue's parts
TESTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], float]] = {
    "de": (
        (
            "Stiftung Warentest: {product} {brand} {model} – Qualitätsurteil „{v}“ ({g}), Preis ca. {p} Euro"
            " (test {m}/{y}).",
            "Öko-Test-Urteil: {product} von {brand} ({model}) – „{v}“ (Ausgabe {mon} {y}), Preis {p} Euro.",
        ),
        ("Akku-Staubsauger", "Waschmaschine", "Kinderwagen", "Kaffeevollautomat", "Bluetooth-Kopfhörer"),
        1.0,
    ),
    "en": (
        (
            "Which? verdict: {brand} {model} {product} – test score {s}%{label}. Price around £{p}. Tested"
            " {mon} {y}.",
        ),
        ("cordless vacuum", "washing machine", "air fryer", "pushchair", "wireless headphones"),
        0.9,
    ),
    "fr": (
        (
            "Test Que Choisir : {product} {brand} {model} – note globale {g20}/20 ({r}e sur {n} produits"
            " testés), prix indicatif {p} €.",
        ),
        ("aspirateur balai", "lave-linge", "friteuse sans huile", "poussette", "casque Bluetooth"),
        1.0,
    ),
    "nl": (
        ("Consumentenbond: {brand} {model} ({product}) – testscore {g10}{label} · prijs ca. € {p}",),
        ("steelstofzuiger", "wasmachine", "airfryer", "kinderwagen", "koptelefoon"),
        1.0,
    ),
    "it": (
        (
            "Test Altroconsumo: {product} {brand} {model}, qualità globale {s}/100{label} – prezzo medio {p}"
            " euro.",
        ),
        ("scopa elettrica", "lavatrice", "friggitrice ad aria", "passeggino", "cuffie wireless"),
        1.0,
    ),
    "es": (
        (
            "Análisis de la OCU: {product} {brand} {model}, calidad global {s}/100{label}; precio medio {p}"
            " €.",
        ),
        ("aspiradora sin cable", "lavadora", "freidora de aire", "cochecito", "auriculares inalámbricos"),
        1.0,
    ),
    "pt": (
        (
            "Teste DECO PROteste: {product} {brand} {model} – avaliação global {s}/100{label}; preço médio"
            " {p} €.",
        ),
        ("aspirador sem fios", "máquina de lavar roupa", "fritadeira sem óleo", "carrinho de bebé"),
        1.0,
    ),
    "sv": (
        ("Råd & Rön testar {product}: {brand} {model} får {s} av 100 poäng{label}, pris cirka {p} kr.",),
        ("sladdlösa dammsugare", "tvättmaskiner", "airfryers", "barnvagnar"),
        11.3,
    ),
    "da": (
        (
            "Tænk har testet {product}: {brand} {model} får testresultatet {g5} (af 5){label}, pris ca. {p}"
            " kr.",
        ),
        ("støvsugere", "vaskemaskiner", "airfryere", "barnevogne"),
        7.45,
    ),
    "cs": (
        ("dTest: {product} {brand} {model} – celkové hodnocení {s} % ({v}), cena {p} Kč (dTest {mm}/{y}).",),
        ("tyčový vysavač", "pračka", "horkovzdušná fritéza", "kočárek"),
        25.0,
    ),
    "ru": (
        ("Роскачество: {product} {brand} {model} — {g5} из 5 баллов{label}; средняя цена {p} ₽.",),
        ("беспроводной пылесос", "стиральная машина", "аэрогриль", "детская коляска"),
        95.0,
    ),
    "ko": (
        ("한국소비자원 비교공감: {brand} {model} {product} – 종합 평가 {g5}점(5점 만점), 평균 가격 {p}원",),
        ("무선청소기", "드럼세탁기", "에어프라이어", "유모차"),
        1450.0,
    ),
    "zh": (
        ("{brand} {model} {product}：综合评分{s}分（中国消费者协会比较试验，{y}年{m}月），参考价{p}元。",),
        ("无线吸尘器", "滚筒洗衣机", "空气炸锅", "婴儿推车"),
        7.8,
    ),
}
#: the labels a language's testers give the best ("" most of the time)
_SEALS = {
    "en": " · Which? Best Buy",
    "nl": " · Beste uit de Test",
    "it": " · Migliore del Test",
    "es": " · Mejor del Análisis",
    "pt": " · Escolha Acertada",
    "sv": " – Bäst i test",
    "da": " – Bedst i Test",
    "ru": ", присвоен российский Знак качества",
}
#: German, Czech verdicts by grade (best first)
_VERDICTS = {
    "de": ("sehr gut", "gut", "befriedigend", "ausreichend", "mangelhaft"),
    "cs": ("velmi dobrý", "dobrý", "přijatelný", "nedostatečný", "nevyhovující"),
}


def test_verdict(case: Case, rnd: random.Random) -> str:
    """A consumer organisation's test verdict on a product (Stiftung Warentest, Which?, Que Choisir,
    Consumentenbond, Altroconsumo, OCU, Roskachestvo, ...) as a consumer page prints it under its story."""
    lang = _lang(case, rnd, TESTS)
    templates, products, factor = TESTS[lang]
    brand, pattern = rnd.choice(BRANDS)
    s = rnd.randint(48, 86)
    grade = round(rnd.uniform(1.3, 4.8), 1)
    verdicts = _VERDICTS.get(lang, _VERDICTS["de"])
    n = rnd.randint(8, 30)
    return _render(
        rnd.choice(templates),
        product=rnd.choice(products),
        brand=brand,
        model=_model(pattern, rnd),
        s=s,
        g=_dec(lang, grade, 1),
        v=verdicts[min(4, int((grade - 0.5) // 1)) if lang == "de" else min(4, (90 - s) // 15)],
        g20=_dec(lang, s / 5, 1),
        g10=_dec(lang, s / 10, 1),
        g5=_dec(lang, s / 20, 1),
        label=_SEALS.get(lang, "") if s >= 75 else "",
        n=n,
        r=rnd.randint(1, n),
        p=_price(lang, rnd.randint(59, 899), factor),
        **_dated(lang, day=_month(_the_day(case, rnd), -rnd.randint(0, 14))),
    )


# ---------------------------------------------------------------- a football transfer ticker (end)
#: language: (templates, clubs); {p1} {p2} {p3} players, {c1} ... {c6} clubs, {fee} a fee in millions of
#: euros ({fee_k} in units of ten thousand for Korean and Chinese)
TRANSFERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Transfer latest: {p1} – {c1} to {c2}, £{fee}m · {p2} – {c3} to {c4}, loan · {p3} – {c5} to"
            " {c6}, free",
            "DONE DEALS: {p1} ({c1} → {c2}, fee £{fee}m) | {p2} ({c3} → {c4}, season-long loan) | {p3}"
            " ({c5} → {c6}, free transfer)",
        ),
        ("Arsenal", "Chelsea", "Everton", "Leeds", "Brighton", "Fulham", "Celtic", "Rangers", "Wolves"),
    ),
    "de": (
        (
            "Transferticker: {p1} ({c1} → {c2}, Ablöse {fee} Mio. €) · {p2} ({c3} → {c4}, Leihe) · {p3} ({c5}"
            " → {c6}, ablösefrei)",
        ),
        ("Bayern", "Dortmund", "Leverkusen", "Freiburg", "Mainz 05", "Werder", "HSV", "Schalke", "Union"),
    ),
    "es": (
        (
            "Mercado de fichajes: {p1} ({c1} → {c2}, {fee} M€) · {p2} ({c3} → {c4}, cedido) · {p3} ({c5} →"
            " {c6}, libre)",
        ),
        ("Betis", "Sevilla", "Valencia", "Athletic", "Real Sociedad", "Celta", "Osasuna", "Villarreal"),
    ),
    "it": (
        (
            "Calciomercato, le ufficialità: {p1} dal {c1} al {c2} ({fee} milioni) · {p2}: {c3} → {c4} in"
            " prestito · {p3} ({c5} → {c6}) a parametro zero",
        ),
        ("Milan", "Napoli", "Torino", "Bologna", "Genoa", "Lecce", "Cagliari", "Verona", "Parma"),
    ),
    "fr": (
        (
            "Mercato, les transferts officiels : {p1} ({c1} → {c2}, {fee} M€) · {p2} ({c3} → {c4}, prêt) ·"
            " {p3} ({c5} → {c6}, libre)",
        ),
        ("OM", "OL", "Lens", "Rennes", "Nice", "Nantes", "Lille", "Brest", "Monaco"),
    ),
    "pt": (
        (
            "Mercado da bola: {p1} ({c1} → {c2}, {fee} milhões de euros) · {p2} ({c3} → {c4}, empréstimo) ·"
            " {p3} ({c5} → {c6}, a custo zero)",
        ),
        ("Benfica", "Sporting", "Porto", "Braga", "Flamengo", "Palmeiras", "Santos", "Grêmio"),
    ),
    "nl": (
        (
            "Transfermarkt: {p1} ({c1} → {c2}, € {fee} mln) · {p2} ({c3} → {c4}, huur) · {p3} ({c5} → {c6},"
            " transfervrij)",
        ),
        ("Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht", "Heerenveen", "Sparta"),
    ),
    "pl": (
        (
            "Transfery: {p1} ({c1} → {c2}, {fee} mln euro) · {p2} ({c3} → {c4}, wypożyczenie) · {p3} ({c5} →"
            " {c6}, wolny transfer)",
        ),
        ("Legia", "Lech", "Raków", "Jagiellonia", "Pogoń", "Górnik", "Widzew", "Cracovia"),
    ),
    "tr": (
        (
            "Transfer gündemi: {p1} ({c1} → {c2}, {fee} milyon euro) · {p2} ({c3} → {c4}, kiralık) · {p3}"
            " ({c5} → {c6}, bonservissiz)",
        ),
        ("Galatasaray", "Fenerbahçe", "Beşiktaş", "Trabzonspor", "Başakşehir", "Samsunspor", "Göztepe"),
    ),
    "ru": (
        (
            "Трансферы дня: {p1} («{c1}» → «{c2}», {fee} млн евро) · {p2} («{c3}» → «{c4}», аренда) · {p3}"
            " («{c5}» → «{c6}», свободный агент)",
        ),
        ("Зенит", "Спартак", "ЦСКА", "Локомотив", "Краснодар", "Динамо", "Ростов", "Рубин"),
    ),
    "uk": (
        (
            "Трансфери: {p1} («{c1}» → «{c2}», {fee} млн євро) · {p2} («{c3}» → «{c4}», оренда) · {p3}"
            " («{c5}» → «{c6}», вільний агент)",
        ),
        ("Шахтар", "Динамо", "Дніпро-1", "Зоря", "Полісся", "Олександрія", "Кривбас", "Рух"),
    ),
    "ar": (
        (
            "سوق الانتقالات: {p1} من {c1} إلى {c2} مقابل {fee} مليون يورو · {p2} من {c3} إلى {c4} على سبيل"
            " الإعارة · {p3} من {c5} إلى {c6} في صفقة انتقال حر",
        ),
        ("الأهلي", "الزمالك", "الهلال", "النصر", "الاتحاد", "بيراميدز", "الشباب", "الوداد"),
    ),
    "ja": (
        (
            "移籍情報：{p1}（{c1}→{c2}、完全移籍）・{p2}（{c3}→{c4}、期限付き移籍）・{p3}（{c5}→{c6}、完全"
            "移籍）",
        ),
        ("浦和", "鹿島", "川崎F", "横浜FM", "G大阪", "神戸", "広島", "名古屋", "柏"),
    ),
    "ko": (
        (
            "이적시장 소식: {p1}({c1}→{c2}, 이적료 {fee_k}만 유로) · {p2}({c3}→{c4}, 임대) · {p3}({c5}→{c6}"
            ", 자유계약)",
        ),
        ("울산", "전북", "포항", "서울", "광주", "강원", "대전", "제주", "수원"),
    ),
    "zh": (
        (
            "转会动态：{p1}（{c1}→{c2}，转会费{fee_k}万欧元）；{p2}（{c3}→{c4}，租借）；{p3}（{c5}→{c6}，自"
            "由转会）",
        ),
        ("上海海港", "山东泰山", "北京国安", "成都蓉城", "上海申花", "浙江队", "天津津门虎", "河南队"),
    ),
    "id": (
        (
            "Bursa transfer: {p1} ({c1} → {c2}, {fee} juta euro) · {p2} ({c3} → {c4}, pinjaman) · {p3} ({c5}"
            " → {c6}, gratis)",
        ),
        ("Persib", "Persija", "Persebaya", "Arema", "Bali United", "PSM", "Borneo FC", "PSIS"),
    ),
}


def transfer_ticker(case: Case, rnd: random.Random) -> str:
    """A football transfer ticker: three players, the clubs they leave and join, a fee, a loan, a free."""
    lang = _lang(case, rnd, TRANSFERS)
    templates, clubs = TRANSFERS[lang]
    c = rnd.sample(clubs, 6)
    p: list[str] = []
    while len(p) < 3:
        name = _surname(lang, rnd)
        p += [] if name in p else [name]
    big = lang in {"en", "de", "es", "it", "fr", "pt"}
    fee = rnd.choice((rnd.randint(2, 30), rnd.randint(30, 95) if big else 3, round(rnd.uniform(0.5, 9.5), 1)))
    return _render(
        rnd.choice(templates),
        **{f"p{i}": name for i, name in enumerate(p, 1)},
        **{f"c{i}": club for i, club in enumerate(c, 1)},
        fee=_dec(lang, fee, 1) if isinstance(fee, float) else fee,
        fee_k=int(fee * 100),
    )


# ---------------------------------------------------------------- the General Staff's tally of losses (end)
#: language: templates; {d} ... the day's parts, {n}-{n5} the totals and {i}-{i5} the day's increases
#: (personnel, tanks, armoured vehicles, artillery, drones)
LOSSES: dict[str, tuple[str, ...]] = {
    "uk": (
        "Загальні бойові втрати противника з 24.02.22 по {dd}.{mm}.{y2} орієнтовно склали: особового складу ‒"
        " близько {n1} (+{i1}) осіб, танків ‒ {n2} (+{i2}) од, бойових броньованих машин ‒ {n3} (+{i3}) од,"
        " артилерійських систем ‒ {n4} (+{i4}) од, БпЛА оперативно-тактичного рівня ‒ {n5} (+{i5}). Дані"
        " уточнюються.",
        "Втрати ворога станом на {d} {mon}: особовий склад — {n1} (+{i1}), танки — {n2} (+{i2}), ББМ —"
        " {n3} (+{i3}), артсистеми — {n4} (+{i4}), БпЛА — {n5} (+{i5}). Джерело: Генштаб ЗСУ",
    ),
    "ru": (
        "Потери врага на {dd}.{mm}.{y}: личный состав — около {n1} (+{i1}), танки — {n2} (+{i2}), ББМ —"
        " {n3} (+{i3}), артсистемы — {n4} (+{i4}), БПЛА — {n5} (+{i5}). Данные Генштаба ВСУ.",
    ),
    "en": (
        "Russia's losses in Ukraine as of {mon} {d}, {y} (General Staff of the Armed Forces of Ukraine):"
        " personnel – about {n1} (+{i1}), tanks – {n2} (+{i2}), armoured combat vehicles – {n3} (+{i3}),"
        " artillery systems – {n4} (+{i4}), operational-tactical UAVs – {n5} (+{i5}).",
    ),
    "de": (
        "Verluste der russischen Armee seit dem 24. Februar 2022 (Stand {dd}.{mm}.{y}): rund {n1} Soldaten"
        " (+{i1}), {n2} Panzer (+{i2}), {n3} gepanzerte Fahrzeuge (+{i3}), {n4} Artilleriesysteme (+{i4}),"
        " {n5} Drohnen (+{i5}) – Angaben des ukrainischen Generalstabs.",
    ),
    "pl": (
        "Straty Rosji w Ukrainie (stan na {dd}.{mm}.{y}, dane Sztabu Generalnego Sił Zbrojnych Ukrainy): ok."
        " {n1} żołnierzy (+{i1}), {n2} czołgów (+{i2}), {n3} bojowych wozów opancerzonych (+{i3}), {n4}"
        " systemów artyleryjskich (+{i4}), {n5} dronów (+{i5}).",
    ),
    "fr": (
        "Pertes russes au {d} {mon} {y}, selon l'état-major ukrainien : environ {n1} soldats (+{i1}), {n2}"
        " chars (+{i2}), {n3} véhicules blindés (+{i3}), {n4} systèmes d'artillerie (+{i4}), {n5} drones"
        " (+{i5}).",
    ),
    "es": (
        "Bajas rusas a {d} de {mon} de {y}, según el Estado Mayor ucraniano: unos {n1} soldados (+{i1}),"
        " {n2} tanques (+{i2}), {n3} vehículos blindados (+{i3}), {n4} sistemas de artillería (+{i4}) y"
        " {n5} drones (+{i5}).",
    ),
    "cs": (
        "Ztráty ruské armády podle ukrajinského generálního štábu (k {d}. {m}. {y}): přibližně {n1} vojáků"
        " (+{i1}), {n2} tanků (+{i2}), {n3} obrněných vozidel (+{i3}), {n4} dělostřeleckých systémů (+{i4}),"
        " {n5} dronů (+{i5}).",
    ),
    "ja": (
        "ウクライナ軍参謀本部発表（{m}月{d}日時点）ロシア軍の損失：兵員 約{n1}人（+{i1}）、戦車 {n2}両（+"
        "{i2}）、"
        "装甲戦闘車両 {n3}両（+{i3}）、砲兵システム {n4}基（+{i4}）、無人機 {n5}機（+{i5}）",
    ),
}
#: days since 24 February 2022: the reported totals then (personnel, tanks, armoured vehicles, artillery,
#: drones), to interpolate between
_TALLY = (
    (100, (29000, 1300, 3150, 600, 450)),
    (365, (146000, 3350, 6600, 2350, 2050)),
    (730, (407000, 6600, 12500, 10000, 7800)),
    (1096, (860000, 10200, 21200, 24000, 24500)),
    (1300, (990000, 10900, 22700, 29500, 40000)),
)
#: the day's increases' ranges
_DAILY = ((350, 1600), (0, 28), (0, 60), (5, 80), (10, 160))


def enemy_losses(case: Case, rnd: random.Random) -> str:
    """The Ukrainian General Staff's daily tally of Russia's losses as a news site's widget prints it under
    every article: totals with the day's increases, on the record's day (or a day of the war drawn where the
    record's day is before it)."""
    lang = _lang(case, rnd, LOSSES)
    start = date(2022, 2, 24)
    day = _the_day(case, rnd)
    gone = (day - start).days
    if not _TALLY[0][0] <= gone <= _TALLY[-1][0]:
        gone = rnd.randint(_TALLY[0][0], _TALLY[-1][0])
        day = start + timedelta(days=gone)
    totals = list(_TALLY[0][1])
    for (a, low), (b, high) in pairwise(_TALLY):
        if a <= gone <= b:
            share = (gone - a) / (b - a)
            totals = [
                int(x + (y - x) * share * rnd.uniform(0.98, 1.02)) for x, y in zip(low, high, strict=True)
            ]
            break
    fmt = "en" if lang in {"en", "ja"} else lang
    parts: dict[str, Any] = {f"n{i}": _n(fmt, t) if t >= 1000 else str(t) for i, t in enumerate(totals, 1)}
    parts.update({f"i{i}": rnd.randint(*r) for i, r in enumerate(_DAILY, 1)})
    return _render(rnd.choice(LOSSES[lang]), **parts, **_dated(lang, day=day))


# ---------------------------------------------------------------- defects in other fields
def tab_count_title(case: Case, rnd: random.Random) -> Case | None:
    """The count of new posts or notifications a page's script puts before the title in the browser tab,
    taken with the title by an extractor that reads the rendered page ("(3) Headline", "(12+) Headline")."""
    title = " ".join(str(case.record.get("title") or "").split())
    if not title:
        return None
    n = rnd.choice((1, 1, 2, 3, rnd.randint(4, 9), rnd.randint(10, 99)))
    mark = rnd.choice(("({n}) ", "({n}) ", "({n}) ", "({n}+) ", "[{n}] ", "({n})")).format(n=n)
    return _with(case, title=f"{mark}{title}")


def json_escaped_title(case: Case, rnd: random.Random) -> Case | None:
    """The title with the JSON string escapes of the structured data or a feed left in it (an encoder that
    escapes all but ASCII, and slashes as PHP's does): "Stadtrat beschlie\\u00dft Haushalt", "Ja\\/Nein",
    now and then with the string's own quotes kept."""
    title = " ".join(str(case.record.get("title") or "").split())
    if not title:
        return None
    escaped = json.dumps(title, ensure_ascii=True).replace("/", "\\/")
    if escaped[1:-1] == title:
        return None
    return _with(case, title=escaped if rnd.random() < 0.15 else escaped[1:-1])


def birth_date(case: Case, rnd: random.Random) -> Case | None:
    """A date of birth from a profile, obituary or "about the person" box as the date: eighteen to ninety
    years before the page's own day, as a day or with a midnight time."""
    day = _the_day(case, rnd)
    born = date(day.year - rnd.randint(18, 90), rnd.randint(1, 12), rnd.randint(1, 28))
    style = rnd.random()
    if style < 0.5:
        text = born.isoformat()
    elif style < 0.8:
        text = f"{born.isoformat()}T00:00:00"
    else:
        text = f"{born.isoformat()}T00:00:00{rnd.choice(('Z', '+01:00', '+02:00', '-05:00', '+09:00'))}"
    return _with(case, published=text)


#: language: the collapsed byline's "and N more" after the first author ({a} the author, {n} the others)
MORE = {
    "en": ("{a} +{n}", "{a} and {n} others", "{a} and {n} more", "{a}, +{n} more"),
    "de": ("{a} +{n}", "{a} und {n} weitere", "{a} u. a."),
    "fr": ("{a} +{n}", "{a} et {n} autres", "{a} et al."),
    "es": ("{a} +{n}", "{a} y {n} más", "{a} y otros {n}"),
    "it": ("{a} +{n}", "{a} e altri {n}"),
    "pt": ("{a} +{n}", "{a} e mais {n}", "{a} e outros {n}"),
    "ru": ("{a} +{n}", "{a} и ещё {n}", "{a} и др."),
    "ja": ("{a} 他{n}名", "{a}ほか{n}人"),
    "ko": ("{a} 외 {n}명",),
    "zh": ("{a} 等{k}人",),
}


def collapsed_byline_author(case: Case, rnd: random.Random) -> Case | None:
    """A collapsed byline's "and N more" kept with the first author as the author entry ("Jane Miller +2",
    "Jana Brandt und 2 weitere", "山田太郎 他2名"), or as an entry of its own after the name."""
    lang = _record_lang(case)
    if lang not in MORE:
        lang = "en"
    authors = [str(a) for a in case.record.get("authors") or [] if str(a).strip()]
    first = authors[0] if authors else _name(lang, rnd)
    n = max(1, len(authors) - 1) if len(authors) > 1 else rnd.randint(1, 4)
    forms = MORE[lang] if n > 1 or lang in {"ja", "ko", "zh"} else ("{a} +{n}",)
    entry = rnd.choice(forms).format(a=first, n=n, k=n + 1)
    if rnd.random() < 0.3:
        return _with(case, authors=[first, entry.removeprefix(first).strip(" ,")])
    return _with(case, authors=[entry])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return record_only(placed(once_for(make), where))

    lines: dict[str, Defect] = {
        "pension or benefit payment calendar (start)": line(pension_dates, "start"),
        "exam results box (start)": line(exam_results, "start"),
        "licence-plate driving restriction of the day (start)": line(plate_restriction, "start"),
        "match report's player ratings (middle)": line(player_ratings, "middle"),
        "restaurant review's info box (middle)": line(restaurant_box, "middle"),
        "wine tip with the law's alcohol warning (middle)": line(drink_tip, "middle"),
        "consumer organisation's test verdict (end)": line(test_verdict, "end"),
        "football transfer ticker (end)": line(transfer_ticker, "end"),
        "General Staff's tally of Russia's losses (end)": line(enemy_losses, "end"),
    }
    fields: Kinds = {
        "the browser tab's new-posts count before the title": (record_only(tab_count_title), TITLE_CHECKS),
        "the title with JSON string escapes left in it": (record_only(json_escaped_title), TITLE_CHECKS),
        "a date of birth as the date": (record_only(birth_date), DATE_CHECKS),
        "a collapsed byline's 'and N more' in the author entry": (
            record_only(collapsed_byline_author),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-eighth set)",
        "twenty-eighth blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
