"""A twenty-fifth blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. The earlier sets' kinds were listed first and none of these is among them (their
families: "read also" teasers, follow prompts and newsletter sign-ups in many languages; bylines, credits,
datelines, dates and "updated" stamps; ad markers, sponsored units, affiliate and shop boxes, discount
codes; cookie, consent, ad-blocker, JavaScript, outdated-browser, region-block and age notices; players,
galleries, captions, embeds and their social tails; breadcrumbs, menus, headers, footers, legal links,
registration and licence footers, copyright and syndication lines; comments, reactions, polls, ratings,
counters and share rows; app, podcast, push and newsletter promotions; related, most-read and previous/next
links; translation, AI and standards notes; the live blog's refresh notice, filter and pinned label; the
service boxes of a local paper: weather, markets, traffic, public transport, water levels, air, pollen,
outages, snow, tides, sun and moon, border waits, flights, fuel and power prices, parking, school holidays,
closings and canteen menus, alerts and warnings, emergency rooms, pharmacies on duty, earthquakes,
call-outs, courts, lotteries, horoscopes, puzzles, TV, radio, cinema and streaming listings, name days,
on-this-day, words and quotes of the day, recipes, pets, blood drives, births, deaths and congratulations,
church services, food-hygiene ratings, product recalls, medicine advertisements, bathing water, events,
tickets, jobs, property, used cars, dating, bestsellers, directories, lost property, fact checks, content
notes, roll-call votes, polls' methods, book and game data, disclosures, travel boxes, office hours; the
printed paper's masthead and print credits; the wire's and the press release's own lines: credits,
contacts, embargoes, transmission headers, grants, forward-looking statements; and in other fields a long
list of title, date and author defects, each named in its set, the twenty-fourth's being the title with
its diacritics stripped, the local date cut to its UTC day, and the author's pronouns kept with the name):

* lines in the body, each from a box, notice or widget of a real news template or of the printed paper's
  text, with its variable parts (the hour and day a live blog closed and its time zone, the printed
  paper's jump heads and pages, towns, their populations, areas, mayors, parties and jobless rates, firms,
  their founding years, staff, turnover and bosses, the venues opened as shelters and the hour of the
  list, car models with their official fuel use and CO₂ figures, building projects with their years and
  costs, exhibitions, museums, days, hours and ticket prices, relief funds, causes, bank accounts and
  text-to-give numbers, shops and districts of a partial print run) drawn per record so that no two
  records share a line: at the start a closed live blog's end-of-coverage notice ("This live blog is now
  closed – the last update was posted at 21:47 BST ...", "Dieser Liveblog ist beendet ...", "このライブ記事
  の更新は...で終了しました"), the printed paper's jump line on a continued article ("BUDGET, from A1",
  "Fortsetzung von Seite 1", "SEGUE DALLA PRIMA", "（上接第1版）") and a fact file of a town or a firm
  ("Ulm in Zahlen: 126.405 Einwohner · Fläche 118,7 km² · Stadtoberhaupt: ...", "Repères – Angers :
  ...", "【メモ】...市 人口...人"); in the middle a list of the emergency shelters open in a flood, fire
  or storm ("Notunterkünfte in Bamberg (Stand 14:20 Uhr): Sporthalle ..., ...", "【避難所情報】...",
  "Пункти незламності ..."), a car's official fuel-consumption and CO₂ figures as the law asks them printed
  beside a new model ("Kraftstoffverbrauch kombiniert 5,8 l/100 km; CO₂-Emissionen kombiniert 132 g/km;
  CO₂-Klasse D", "... #SeDéplacerMoinsPolluer", "복합연비 15.2km/ℓ ...") and a chronology box of a
  building project ("Chronik: 2016 – Der Stadtrat beschließt ... · 2019 – Spatenstich · ...", "【経過】...");
  and at the end a visitor-information box of an exhibition ("Info: Die Ausstellung „...“ ist bis ... zu
  sehen. Geöffnet Di–So 10–18 Uhr, Eintritt 9 Euro ...", "Serviço – ... Quanto: R$ 30 ...", "展览信息：..."),
  a relief appeal's donation account ("Spendenkonto: Leser helfen e. V., IBAN DE.., Stichwort: „Hochwasser
  ...“", "【義援金受付】... 普通預金 ...", "성금 계좌 ...") and the printed paper's inserts notice
  ("Beilagenhinweis: Einem Teil dieser Ausgabe liegen Prospekte von ... bei", "Ce numéro comporte un encart
  ... sur une partie du tirage"), in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
  Danish, Polish, Czech, Turkish, Russian, Ukrainian, Arabic, Hindi, Indonesian, Chinese, Japanese and
  Korean (each kind in those of them its box is printed in): in the record's own language where
  :func:`blind_run.guess_language` reads one other than English and the kind has it, and otherwise drawn
  (English one time in three on a record read as English);
* defects in other fields: the standfirst (the deck under the headline) run onto the title, as an
  extractor that takes the whole header block gives it ("Stadtrat beschließt Haushalt Die Grundsteuer bleibt
  stabil, doch ..."), the wire's version prefix or suffix left in a republished wire story's title ("UPDATE
  2-Oil prices ...", "ROUNDUP 2/...", "... (Zusammenfassung 1430)", "再送-..."), the date written with the
  minute in the month's place by a ``yyyy-mm-dd`` format string ("2019-47-18", "2019-07-18T10:07:00" for a
  page of 18 October 2019 published at 10:07), and the author box's biography sentence as the author entry
  ("Laura Whitaker is a senior reporter covering health for example.com.", "Jana Brandt ist seit 2014 im
  Ressort Politik von ... tätig.").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind25.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from datetime import timedelta
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
from checks_blind17 import _digits, _site_names
from checks_blind21 import CITIES, _record_day
from checks_blind23 import _clock, _parts, _render, _the_day
from checks_blind24 import _dec, _num, _person, _pick
from checks_defects import Case, Defect, _paras, _with, record_only


# ---------------------------------------------------------------- drawing helpers
def _city(lang: str, rnd: random.Random) -> str:
    return rnd.choice(CITIES.get(lang, CITIES["en"]))


def _day_parts(case: Case, rnd: random.Random, lang: str, after: tuple[int, int] = (0, 0)) -> dict[str, Any]:
    return _parts(lang, _the_day(case, rnd, after))


def _three(rnd: random.Random, pool: tuple[str, ...]) -> list[str]:
    return rnd.sample(pool, 3)


# ---------------------------------------------------------------- a closed live blog's notice (start)
#: language: (templates, time zones); the closing day's parts, the clock's, {Wn} the next day's weekday
LIVE_CLOSED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "This live blog is now closed – the last update was posted at {hh}:{mi} {zone} on {Wd} {d} {mon}."
            " You can read the latest on this story here.",
            "We've ended our live coverage for today at {h12}:{mi} {ap}. Thanks for following along – our"
            " coverage continues in a new live blog on {Wn}.",
            "Live updates have ended. This page was last updated {mon} {d}, {y}, at {h12}:{mi} {ap} {zone}."
            " For the latest, see our main story.",
        ),
        ("BST", "GMT", "ET", "PT", "CT", "AEST"),
    ),
    "de": (
        (
            "Dieser Liveblog ist beendet. Die letzte Aktualisierung erfolgte am {wd}, {d}. {mon}, um"
            " {hh}:{mi}"
            " Uhr. Die aktuellen Entwicklungen lesen Sie in unserem neuen Liveblog.",
            "Liveblog beendet ({dd}.{mm}.{y}, {hh}:{mi} Uhr): Wir beenden hiermit unsere"
            " Live-Berichterstattung."
            " Am {Wn} sind wir wieder für Sie da.",
        ),
        ("",),
    ),
    "fr": (
        (
            "Ce direct est désormais terminé (dernière mise à jour le {wd} {d} {mon} à {hh}h{mi}). Retrouvez"
            " l'essentiel de l'actualité dans notre nouveau live.",
            "Notre suivi en direct s'achève à {hh}h{mi}. Merci de l'avoir suivi, nous reprendrons {wn}"
            " matin.",
        ),
        ("",),
    ),
    "es": (
        (
            "Este directo ha finalizado. Última actualización: {d} de {mon} de {y}, {hh}:{mi} h. Puedes"
            " seguir la última hora en nuestro nuevo directo.",
            "Cerramos aquí este directo a las {hh}:{mi}. Gracias por acompañarnos; el {wn} volvemos con más"
            " información.",
        ),
        ("",),
    ),
    "it": (
        (
            "La diretta è terminata alle {hh}.{mi} del {d} {mon} {y}. Gli aggiornamenti proseguono nella"
            " nuova"
            " diretta.",
            "Si chiude qui la nostra diretta di oggi ({hh}.{mi}). Grazie per averci seguito, torniamo {wn}.",
        ),
        ("",),
    ),
    "pt": (
        (
            "Esta cobertura ao vivo foi encerrada às {hh}h{mi} de {d} de {mon}. Acompanhe as últimas notícias"
            " na nova página de atualizações.",
        ),
        ("",),
    ),
    "nl": (
        (
            "Dit liveblog is gesloten. De laatste update werd geplaatst op {wd} {d} {mon} om {hh}.{mi} uur."
            " Het nieuws van vandaag volg je in ons nieuwe liveblog.",
        ),
        ("",),
    ),
    "sv": (
        (
            "Den här liverapporteringen är avslutad. Senast uppdaterad {d} {mon} {y} kl. {hh}.{mi}. Följ"
            " utvecklingen i vår nya direktrapport.",
        ),
        ("",),
    ),
    "pl": (
        (
            "Relacja na żywo została zakończona ({d} {mon} {y}, godz. {hh}:{mi}). Dalsze informacje"
            " znajdziesz w nowej relacji.",
        ),
        ("",),
    ),
    "tr": (
        (
            "Canlı blog sona erdi. Son güncelleme: {d} {mon} {y}, saat {hh}.{mi}. Gelişmeleri yeni canlı"
            " blogumuzdan takip edebilirsiniz.",
        ),
        ("",),
    ),
    "ru": (
        (
            "Онлайн-трансляция завершена {d} {mon} в {hh}:{mi} (мск). Следите за развитием событий в нашей"
            " новой трансляции.",
        ),
        ("",),
    ),
    "uk": (
        (
            "Онлайн-трансляцію завершено {d} {mon} о {hh}:{mi}. Головні новини читайте в нашій новій"
            " трансляції.",
        ),
        ("",),
    ),
    "ar": (
        (
            "انتهت التغطية المباشرة عند الساعة {hh}:{mi} بتوقيت غرينتش. تابعوا آخر التطورات في صفحتنا"
            " الجديدة.",
        ),
        ("",),
    ),
    "hi": (
        (
            "यह लाइव ब्लॉग अब बंद हो गया है। आखिरी अपडेट {d} {mon} को {hh}:{mi} बजे किया गया। ताज़ा ख़बरों के"
            " लिए हमारे नए लाइव ब्लॉग से जुड़े रहें।",
        ),
        ("",),
    ),
    "ja": (
        (
            "このライブ記事の更新は{m}月{d}日{hh}時{mi}分で終了しました。最新の情報は新しいライブ記事でお"
            "伝えします。",
        ),
        ("",),
    ),
    "ko": (
        (
            "이 라이브 페이지는 {m}월 {d}일 {hh}시 {mi}분 업데이트를 끝으로 종료되었습니다. 이후 소식은"
            " 새 라이브 페이지에서 전해드립니다.",
        ),
        ("",),
    ),
    "zh": (("本场直播已于{m}月{d}日{hh}:{mi}结束，更多后续报道请关注新的直播页面。",), ("",)),
}


def live_closed(case: Case, rnd: random.Random) -> str:
    """A closed live blog's end-of-coverage notice: when the last entry went up, where the story goes on."""
    lang, (templates, zones) = _pick(LIVE_CLOSED, case, rnd)
    day = _the_day(case, rnd)
    nxt = _parts(lang, day + timedelta(days=1))
    return _render(
        rnd.choice(templates),
        zone=rnd.choice(zones),
        Wn=nxt["Wd"],
        wn=nxt["wd"],
        **_parts(lang, day),
        **_clock(rnd, 17, 23),
    )


# ---------------------------------------------------------------- the printed paper's jump line (start)
#: language: (templates, jump heads); {p} a page, {sec} a section letter, {head} a head, {HEAD} it in capitals
JUMPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "{HEAD}, from {sec}1",
            "{HEAD} | Continued from Page {sec}1",
            "Continued from Page {sec}1",
            "{HEAD} (Continued from Page {p})",
        ),
        (
            "Budget",
            "Stadium",
            "Schools",
            "Transit",
            "Housing",
            "Fire",
            "Taxes",
            "Hospital",
            "Election",
            "Water",
            "Zoning",
            "Police",
            "Bridge",
            "Pension",
        ),
    ),
    "de": (
        (
            "Fortsetzung von Seite {p}",
            "(Fortsetzung von Seite {p}: {head})",
            "{head} – Fortsetzung von der Titelseite",
            "► Fortsetzung von Seite {p}",
        ),
        (
            "Streit um den Haushalt",
            "Neues Stadion",
            "Schulen",
            "Nahverkehr",
            "Wohnungsbau",
            "Klinikum",
            "Grundsteuer",
            "Kita-Plätze",
            "Hochwasserschutz",
            "Radwege",
        ),
    ),
    "fr": (
        ("Suite de la page {p}", "(Suite de la une) {head}", "{HEAD} | Suite de la page {p}"),
        ("Budget", "Logement", "Hôpital", "Transports", "Écoles", "Élections", "Impôts", "Sécheresse"),
    ),
    "es": (
        ("Viene de la página {p}", "(Viene de portada) {head}", "{HEAD} · Viene de la página {p}"),
        ("Presupuestos", "Vivienda", "Sanidad", "Transporte", "Educación", "Elecciones", "Sequía"),
    ),
    "it": (
        (
            "SEGUE DALLA PRIMA",
            "SEGUE DALLA PRIMA – {head}",
            "(continua da pagina {p})",
            "DALLA PRIMA PAGINA – {head}",
        ),
        ("Bilancio", "Casa", "Sanità", "Trasporti", "Scuola", "Elezioni", "Tasse", "Siccità"),
    ),
    "pt": (
        ("Continuação da página {p}", "(Continuação da capa) {head}"),
        ("Orçamento", "Habitação", "Saúde", "Transportes", "Escolas", "Eleições", "Impostos"),
    ),
    "nl": (
        ("Vervolg van pagina {p}", "Vervolg van voorpagina – {head}"),
        ("Begroting", "Woningbouw", "Ziekenhuis", "Openbaar vervoer", "Onderwijs", "Verkiezingen"),
    ),
    "pl": (
        ("Dokończenie ze str. {p}", "Dokończenie ze s. 1 – {head}"),
        ("Budżet", "Mieszkania", "Szpital", "Komunikacja", "Szkoły", "Wybory", "Podatki"),
    ),
    "tr": (
        ("Baştarafı {p}. sayfada", "{head} · Baştarafı 1. sayfada"),
        ("Bütçe", "Konut", "Hastane", "Ulaşım", "Okullar", "Seçim", "Vergiler"),
    ),
    "ru": (
        (
            "Окончание. Начало на стр. {p}",
            "Продолжение. Начало на с. {p}",
            "{head}. Окончание. Начало на стр. 1",
        ),
        ("Бюджет", "Жильё", "Больница", "Транспорт", "Школы", "Выборы", "Налоги"),
    ),
    "ja": (
        ("（{p}面から続く）", "（1面の続き）{head}"),
        ("予算", "住宅", "病院", "交通", "学校", "選挙", "税制"),
    ),
    "zh": (
        ("（上接第{p}版）", "（上接A{p}版）", "（上接第一版）{head}"),
        ("预算", "住房", "医院", "交通", "教育", "选举"),
    ),
    "ko": (
        ("({p}면에서 계속)", "(1면에서 계속) {head}"),
        ("예산", "주택", "병원", "교통", "학교", "선거", "세금"),
    ),
    "ar": (
        ("تتمة المنشور ص {p}", "تتمة الصفحة الأولى – {head}"),
        ("الموازنة", "الإسكان", "المستشفى", "النقل", "الانتخابات"),
    ),
}


def print_jump(case: Case, rnd: random.Random) -> str:
    """The printed paper's jump line where an article continued from its front page, as the e-paper's or the
    archive's text keeps it."""
    lang, (templates, heads) = _pick(JUMPS, case, rnd)
    head = rnd.choice(heads)
    return _render(
        rnd.choice(templates),
        head=head,
        HEAD=head.upper(),
        p=rnd.choice((1, 1, 1, 2, 3)) if lang != "en" else rnd.randint(1, 3),
        sec=rnd.choice("ABCD"),
    )


# ---------------------------------------------------------------- fact file of a town or a firm (start)
#: language: (town templates, firm templates, mayor's parties, firms' trades); {city} {pop} {area} {mayor}
#: {party} {rate} {debt}, and {firm} {year} {staff} {turnover} {boss} {ty} the turnover's year
FACT_FILES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Fact file – {city}: Population {pop} · Area {area} sq km · Mayor: {mayor} ({party}) ·"
            " Unemployment {rate}%",
            "AT A GLANCE: {city} | Residents: {pop} | Size: {area} sq km | Council leader: {mayor} |"
            " Jobless rate: {rate}%",
        ),
        (
            "Company profile – {firm}: Founded {year} · Headquarters: {city} · Employees: {staff} · Revenue"
            " ({ty}): ${turnover}m · Chief executive: {boss}",
        ),
        ("Lab", "Con", "LD", "Ind", "Dem", "Rep"),
        ("Engineering", "Logistics", "Foods", "Plastics", "Software"),
    ),
    "de": (
        (
            "{city} in Zahlen: {pop} Einwohner · Fläche {area} km² · Stadtoberhaupt: {mayor} ({party}) ·"
            " Arbeitslosenquote {rate} % · Schulden pro Kopf {debt} Euro",
            "Steckbrief {city}: Einwohner: {pop} | Fläche: {area} Quadratkilometer | Stadtoberhaupt:"
            " {mayor} ({party}) | Arbeitslosenquote: {rate} Prozent",
        ),
        (
            "Das Unternehmen: {firm}, gegründet {year}, Sitz in {city}, {staff} Mitarbeitende, Umsatz {ty}:"
            " {turnover} Millionen Euro, Geschäftsführung: {boss}",
        ),
        ("CDU", "SPD", "Grüne", "FDP", "parteilos", "CSU", "Freie Wähler"),
        ("Maschinenbau", "Logistik", "Lebensmittel", "Kunststofftechnik", "Software"),
    ),
    "fr": (
        (
            "Repères – {city} : {pop} habitants · superficie : {area} km² · maire : {mayor} ({party}) · taux"
            " de chômage : {rate} %",
        ),
        (
            "Repères – {firm} : fondée en {year} · siège : {city} · {staff} salariés · chiffre d'affaires"
            " {ty} : {turnover} millions d'euros · PDG : {boss}",
        ),
        ("LR", "PS", "DVD", "DVG", "EELV", "Renaissance", "sans étiquette"),
        ("Industrie", "Logistique", "Agroalimentaire", "Plasturgie"),
    ),
    "es": (
        (
            "{city} en cifras: {pop} habitantes · {area} km² · alcaldía: {mayor} ({party}) · tasa de paro:"
            " {rate} %",
        ),
        (
            "Ficha – {firm}: fundada en {year} · sede: {city} · {staff} empleados · facturación {ty}:"
            " {turnover} millones de euros · consejero delegado: {boss}",
        ),
        ("PP", "PSOE", "Vox", "Sumar", "independiente"),
        ("Industrial", "Logística", "Alimentación", "Plásticos"),
    ),
    "it": (
        (
            "La scheda – {city}: abitanti {pop} · superficie {area} km² · sindaco: {mayor} ({party}) · tasso"
            " di disoccupazione {rate}%",
        ),
        (
            "La scheda – {firm}: fondata nel {year} · sede: {city} · dipendenti: {staff} · fatturato {ty}:"
            " {turnover} milioni di euro · amministratore delegato: {boss}",
        ),
        ("Pd", "FdI", "Lega", "FI", "lista civica", "M5S"),
        ("Meccanica", "Logistica", "Alimentare", "Plastica"),
    ),
    "pt": (
        (
            "Raio-X de {city}: {pop} habitantes · área de {area} km² · presidente da câmara: {mayor}"
            " ({party}) · taxa de desemprego de {rate}%",
        ),
        (),
        ("PS", "PSD", "CDS", "independente"),
        (),
    ),
    "nl": (
        (
            "{city} in cijfers: {pop} inwoners · oppervlakte {area} km² · burgemeester: {mayor} ({party}) ·"
            " werkloosheid {rate} procent",
        ),
        (),
        ("VVD", "CDA", "D66", "PvdA", "GroenLinks", "partijloos"),
        (),
    ),
    "pl": (
        (
            "{city} w liczbach: {pop} mieszkańców · powierzchnia {area} km² · prezydent miasta: {mayor}"
            " ({party}) · stopa bezrobocia {rate} proc.",
        ),
        (),
        ("KO", "PiS", "PSL", "bezpartyjny"),
        (),
    ),
    "tr": (
        (
            "Künye – {city}: Nüfus {pop} · Yüzölçümü {area} km² · Belediye başkanı: {mayor} ({party}) ·"
            " İşsizlik %{rate}",
        ),
        (),
        ("CHP", "AK Parti", "MHP", "İYİ Parti"),
        (),
    ),
    "ru": (
        (
            "Справка: {city} — население {pop} человек, площадь {area} км², глава города — {mayor}, уровень"
            " безработицы {rate}%.",
        ),
        (),
        ("",),
        (),
    ),
    "uk": (
        (
            "Довідка: {city} — населення {pop} осіб, площа {area} км², міський голова — {mayor} ({party}),"
            " рівень безробіття {rate}%.",
        ),
        (),
        ("Слуга народу", "Європейська Солідарність", "Батьківщина", "самовисування"),
        (),
    ),
    "ja": (
        ("【メモ】{city}市 人口{pop}人、面積{area}平方キロ。市長は{mayor}氏（{party}）。",),
        (),
        ("無所属", "自民推薦", "立憲推薦"),
        (),
    ),
    "ko": (
        ("[{city}시 한눈에 보기] 인구 {pop}명 · 면적 {area}㎢ · 시장 {mayor}({party}) · 실업률 {rate}%",),
        (),
        ("더불어민주당", "국민의힘", "무소속"),
        (),
    ),
    "zh": (
        ("【资料】{city}市 常住人口{wan}万人，总面积{area}平方公里，城镇登记失业率{rate}%。",),
        (),
        ("",),
        (),
    ),
}


def fact_file(case: Case, rnd: random.Random) -> str:
    """A fact file of a town or a firm the article is not about: its key figures, as a sidebar box prints."""
    lang, (towns, firms, parties, trades) = _pick(FACT_FILES, case, rnd)
    day = _the_day(case, rnd)
    pop = rnd.randint(38000, 640000)
    boss = _person(lang, rnd)
    firm = f"{boss.split()[-1]} {rnd.choice(trades)}" if trades else ""
    return _render(
        rnd.choice(firms) if firms and rnd.random() < 0.4 else rnd.choice(towns),
        city=_city(lang, rnd),
        pop=_num(lang, pop),
        wan=_dec("zh", pop / 10000, 1),
        area=_dec(lang, rnd.uniform(40, 420), 1),
        mayor=_person(lang, rnd),
        party=rnd.choice(parties),
        rate=_dec(lang, rnd.uniform(2.1, 11.9), 1),
        debt=_num(lang, rnd.randint(300, 4800)),
        firm=firm,
        year=rnd.randint(1890, 2012),
        staff=_num(lang, rnd.randint(80, 24000)),
        turnover=_num(lang, rnd.randint(12, 4800)),
        boss=boss,
        ty=day.year - 1,
    )


# ---------------------------------------------------------------- emergency shelters (middle)
#: language: (templates, venues); {city}, the clock's parts, {v1} {v2} {v3} three venues, {phone}
SHELTERS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "en": (
        (
            "Emergency shelters open in {city} (as of {h12}:{mi} {ap}): {v1}, {v2} and {v3}. Pets are allowed"
            " at {v2}. Bring medication, bedding and ID.",
            "SHELTERS: {v1}; {v2}; {v3}. All open 24 hours. For transport to a shelter call {phone}.",
        ),
        (
            "Central High School gym",
            "St Andrew's Church hall",
            "Civic Centre",
            "Riverside Community Centre",
            "Memorial Arena",
            "Lincoln Elementary School",
            "Fairgrounds Exhibition Hall",
            "Westside Recreation Center",
        ),
        "(###) ###-####",
    ),
    "de": (
        (
            "Notunterkünfte in {city} (Stand {hh}:{mi} Uhr): {v1}, {v2}, {v3}. Haustiere sind in der {v2}"
            " erlaubt. Bürgertelefon: {phone}.",
            "Hier finden Betroffene eine Unterkunft: {v1} · {v2} · {v3} (Stand: {hh}.{mi} Uhr)."
            " Feldbetten und"
            " Verpflegung sind vorhanden.",
        ),
        (
            "Sporthalle der Gesamtschule",
            "Stadthalle",
            "Turnhalle der Grundschule am Markt",
            "Bürgerhaus Nord",
            "Gemeindezentrum St. Josef",
            "Mehrzweckhalle Süd",
            "Jugendherberge am Wall",
        ),
        "0### ######",
    ),
    "fr": (
        (
            "Centres d'hébergement d'urgence ouverts à {city} (point à {hh}h{mi}) : {v1}, {v2}, {v3}. Les"
            " animaux sont acceptés sur le site : {v2}.",
        ),
        (
            "gymnase Jean-Moulin",
            "salle des fêtes",
            "collège Victor-Hugo",
            "espace culturel Marcel-Pagnol",
            "complexe sportif des Iris",
            "salle polyvalente",
        ),
        "0# ## ## ## ##",
    ),
    "es": (
        (
            "Albergues habilitados en {city} (actualizado a las {hh}:{mi}): {v1}, {v2} y {v3}. Se admiten"
            " mascotas en el {v2}.",
        ),
        (
            "polideportivo municipal",
            "pabellón del IES Miguel Servet",
            "centro cívico San José",
            "colegio público Los Olivos",
            "recinto ferial",
        ),
        "9## ### ###",
    ),
    "it": (
        (
            "Centri di accoglienza aperti a {city} (aggiornamento ore {hh}.{mi}): {v1}, {v2}, {v3}. Animali"
            " ammessi: {v2}.",
        ),
        (
            "palazzetto dello sport",
            "centro civico di via Roma",
            "scuola media Dante Alighieri",
            "oratorio San Luigi",
            "palestra comunale",
        ),
        "0## ### ####",
    ),
    "pt": (
        (
            "Abrigos abertos em {city} (atualizado às {hh}h{mi}): {v1}, {v2} e {v3}. Doações de água e"
            " colchões"
            " podem ser entregues em: {v1}.",
        ),
        (
            "ginásio municipal",
            "Escola Estadual Dom Pedro II",
            "Centro Comunitário São José",
            "salão paroquial",
        ),
        "(##) ####-####",
    ),
    "nl": (
        (
            "Opvanglocaties in {city} (stand {hh}.{mi} uur): {v1}, {v2} en {v3}. Huisdieren zijn welkom in"
            " {v2}.",
        ),
        ("sporthal De Meent", "wijkcentrum Het Anker", "evenementenhal", "basisschool De Regenboog"),
        "0##-#######",
    ),
    "pl": (
        (
            "Miejsca noclegowe dla ewakuowanych ({city}, stan na godz. {hh}:{mi}): {v1}, {v2}, {v3}."
            " Infolinia"
            " sztabu kryzysowego: {phone}.",
        ),
        ("hala sportowa MOSiR", "Szkoła Podstawowa nr 3", "Dom Kultury „Pod Lipami”", "internat ZSZ nr 2"),
        "## ### ## ##",
    ),
    "tr": (
        (
            "Barınma alanları – {city} (saat {hh}.{mi} itibarıyla): {v1}, {v2}, {v3}. Çadır ve battaniye"
            " ihtiyacı için: {phone}.",
        ),
        ("Atatürk Spor Salonu", "Cumhuriyet İlkokulu", "Kültür Merkezi", "Öğrenci Yurdu", "Fuar Alanı"),
        "0### ### ## ##",
    ),
    "ru": (
        (
            "Пункты временного размещения (г. {city}, на {hh}:{mi}): {v1}, {v2}, {v3}. Телефон горячей линии:"
            " {phone}.",
        ),
        ("школа № 14", "спорткомплекс «Олимп»", "Дом культуры", "гимназия № 2", "общежитие колледжа"),
        "8 (###) ###-##-##",
    ),
    "uk": (
        ("Пункти незламності у м. {city} (станом на {hh}:{mi}): {v1}, {v2}, {v3}. Працюють цілодобово.",),
        ("ліцей № 7", "Палац культури", "спорткомплекс «Колос»", "ЦНАП", "гімназія № 3"),
        "(0##) ###-##-##",
    ),
    "id": (
        (
            "Posko pengungsian di {city} (pukul {hh}.{mi} WIB): {v1}, {v2}, dan {v3}. Bantuan logistik dapat"
            " disalurkan ke {v1}.",
        ),
        ("GOR Kecamatan", "Masjid Al-Ikhlas", "SD Negeri 4", "Balai Desa", "Gedung Serbaguna"),
        "(0##) ######",
    ),
    "ja": (
        (
            "【避難所情報】{city}市（{m}月{d}日{hh}時{mi}分現在）：{v1}、{v2}、{v3}を開設。ペット同行避難"
            "は{v2}のみ。",
        ),
        ("市立第一中学校体育館", "中央公民館", "市民会館", "北小学校", "総合体育館"),
        "0##-###-####",
    ),
    "ko": (
        ("[대피소 안내] {city}시 ({hh}:{mi} 기준): {v1}, {v2}, {v3} 운영 중. 반려동물 동반은 {v2}만 가능.",),
        ("시민체육관", "중앙초등학교 강당", "행정복지센터", "문화예술회관"),
        "0##-###-####",
    ),
}


def shelters(case: Case, rnd: random.Random) -> str:
    """A list of the emergency shelters opened in a flood, fire or storm, with the hour of the list."""
    lang, (templates, venues, phone) = _pick(SHELTERS, case, rnd)
    v1, v2, v3 = _three(rnd, venues)
    return _render(
        rnd.choice(templates),
        city=_city(lang, rnd),
        v1=v1,
        v2=v2,
        v3=v3,
        phone=_digits(rnd, phone),
        **_day_parts(case, rnd, lang),
        **_clock(rnd, 6, 23),
    )


# ---------------------------------------------------------------- a car's fuel use and CO₂ (middle)
CARS = (
    ("VW Golf 1.5 eTSI", "p"),
    ("Škoda Octavia Combi 2.0 TDI", "d"),
    ("Toyota Yaris Hybrid 1.5", "p"),
    ("Renault Clio TCe 90", "p"),
    ("Peugeot 308 PureTech 130", "p"),
    ("BMW 320d Touring", "d"),
    ("Hyundai Tucson 1.6 T-GDI", "p"),
    ("Kia Niro 1.6 GDI Hybrid", "p"),
    ("Dacia Sandero TCe 100", "p"),
    ("Fiat 600 Hybrid", "p"),
    ("Mercedes-Benz C 220 d", "d"),
    ("Ford Puma 1.0 EcoBoost", "p"),
    ("Opel Astra 1.2 Turbo", "p"),
    ("Volvo XC60 B5", "d"),
    ("SEAT Leon 1.5 TSI", "p"),
    ("Mazda CX-30 e-Skyactiv G", "p"),
    ("Citroën C5 Aircross BlueHDi 130", "d"),
    ("Suzuki Swift 1.2 Dualjet", "p"),
)
#: language: templates; {car} {c} litres per 100 km, {co2} g/km, {cls} the CO₂ class, {mpg} {kml} {one_in}
CAR_FIGURES: dict[str, tuple[str, ...]] = {
    "de": (
        "{car}: Kraftstoffverbrauch kombiniert {c} l/100 km; CO₂-Emissionen kombiniert {co2} g/km; CO₂-Klasse"
        " {cls} (Werte nach WLTP).",
        "* {car}: Energieverbrauch kombiniert {c} l/100 km, CO₂-Emissionen kombiniert {co2} g/km, CO₂-Klasse"
        " {cls}. Die Angaben wurden nach dem vorgeschriebenen Messverfahren (WLTP) ermittelt.",
    ),
    "fr": (
        "{car} : consommation mixte {c} l/100 km, émissions de CO2 {co2} g/km (WLTP). Pour les trajets"
        " courts, privilégiez la marche ou le vélo. #SeDéplacerMoinsPolluer",
        "{car} : consommation mixte WLTP {c} l/100 km ; émissions de CO2 {co2} g/km. Pensez à covoiturer."
        " #SeDéplacerMoinsPolluer",
        "{car} : {c} l/100 km et {co2} g/km de CO2 en cycle mixte WLTP. Au quotidien, prenez les transports"
        " en commun. #SeDéplacerMoinsPolluer",
    ),
    "en": (
        "{car}: Official fuel consumption (WLTP combined) {mpg} mpg ({c} l/100 km); CO2 emissions {co2}"
        " g/km.",
        "{car} – fuel economy: {mpg} mpg combined · CO2: {co2} g/km · Figures shown are for comparability"
        " purposes.",
    ),
    "es": ("{car}: consumo combinado {c} l/100 km; emisiones de CO₂ {co2} g/km (WLTP).",),
    "it": ("{car}: consumo di carburante ciclo combinato {c} l/100 km, emissioni di CO₂ {co2} g/km (WLTP).",),
    "pt": ("{car}: consumo combinado {c} l/100 km; emissões de CO₂ {co2} g/km (WLTP).",),
    "nl": ("{car}: gemiddeld verbruik {c} l/100 km (1 op {one_in}), CO₂-uitstoot {co2} g/km (WLTP).",),
    "sv": ("{car}: bränsleförbrukning blandad körning {c} l/100 km, CO₂-utsläpp {co2} g/km (WLTP).",),
    "pl": ("{car}: średnie zużycie paliwa {c} l/100 km, emisja CO₂ {co2} g/km (WLTP).",),
    "cs": ("{car}: kombinovaná spotřeba {c} l/100 km, emise CO₂ {co2} g/km (WLTP).",),
    "tr": ("{car}: Karma yakıt tüketimi {c} lt/100 km, CO₂ emisyonu {co2} g/km (WLTP).",),
    "ru": ("{car}: средний расход топлива — {c} л/100 км, выбросы CO₂ — {co2} г/км (WLTP).",),
    "ja": ("{car}：WLTCモード燃費{kml}km/L、CO₂排出量{co2}g/km",),
    "ko": (
        "{car}: 복합연비 {kml}km/ℓ (도심 {kml_city} · 고속도로 {kml_hwy}), CO₂ 배출량 {co2}g/km,"
        " 에너지소비효율 {grade}등급",
    ),
    "zh": ("{car}：工信部综合油耗{c}L/100km，CO₂排放{co2}g/km",),
}


def _co2_class(co2: int) -> str:
    for limit, cls in ((0, "A"), (95, "B"), (115, "C"), (135, "D"), (155, "E"), (175, "F")):
        if co2 <= limit:
            return cls
    return "G"


def car_figures(case: Case, rnd: random.Random) -> str:
    """A car's official fuel-consumption and CO₂ figures, the notice the law asks printed beside a new car."""
    lang, templates = _pick(CAR_FIGURES, case, rnd)
    car, fuel = rnd.choice(CARS)
    litres = rnd.randint(39, 89) / 10
    co2 = round(litres * (26.4 if fuel == "d" else 23.8))
    kml = 100 / litres
    grade = next((g for g, floor in ((1, 16.0), (2, 13.8), (3, 11.6), (4, 9.4)) if kml >= floor), 5)
    return _render(
        rnd.choice(templates),
        car=car,
        c=_dec(lang, litres, 1),
        co2=co2,
        cls=_co2_class(co2),
        mpg=_dec("en", 282.48 / litres, 1),
        kml=f"{kml:.1f}",
        kml_city=f"{kml * rnd.uniform(0.82, 0.9):.1f}",
        kml_hwy=f"{kml * rnd.uniform(1.12, 1.25):.1f}",
        grade=grade,
        one_in=_dec("nl", kml, 1),
    )


# ---------------------------------------------------------------- a building project's chronology (middle)
#: language: (templates, projects, firms, (low, high) cost); {y1}..{y4} the years, {thing} {cost} {firm}
CHRONOLOGY: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[int, int]]] = {
    "en": (
        (
            "Timeline: {y1} – Council approves plans for {thing} · {y2} – Work begins · {y3} – Costs rise to"
            " £{cost}m · {y4} – Opening delayed again",
            "KEY DATES — {y1}: {thing} first proposed; {y2}: public consultation; {y3}: contract awarded to"
            " {firm}; {y4}: work due to finish",
        ),
        (
            "the new bypass",
            "the city library",
            "the tram extension",
            "the leisure centre",
            "the concert hall",
        ),
        ("Carter Construction", "Northway Civils", "Balfour & Reed"),
        (18, 480),
    ),
    "de": (
        (
            "Chronik: {y1} – Der Stadtrat beschließt {thing} · {y2} – Spatenstich · {y3} – Die Kosten"
            " steigen auf"
            " {cost} Millionen Euro · {y4} – Die Eröffnung wird erneut verschoben",
            "Die Vorgeschichte: {y1} erste Pläne für {thing}; {y2} Bürgerbegehren; {y3} Auftrag an"
            " {firm}; {y4}"
            " geplante Fertigstellung",
        ),
        (
            "den Neubau der Stadtbibliothek",
            "den Umbau des Hauptbahnhofs",
            "die Sanierung des Hallenbads",
            "den Bau der Ortsumgehung",
            "die Verlängerung der Straßenbahn",
        ),
        ("Albrecht Bau GmbH", "Hoch- und Tiefbau Lorenz", "Bauunternehmung Seidel"),
        (18, 480),
    ),
    "fr": (
        (
            "Chronologie : {y1} – le conseil municipal vote {thing} · {y2} – début des travaux · {y3} – la"
            " facture grimpe à {cost} millions d'euros · {y4} – l'ouverture est repoussée",
        ),
        (
            "la construction de la médiathèque",
            "le prolongement du tramway",
            "la rénovation de la piscine",
            "le contournement routier",
        ),
        (),
        (15, 420),
    ),
    "es": (
        (
            "Cronología: {y1} – El pleno aprueba {thing} · {y2} – Comienzan las obras · {y3} – El coste se"
            " dispara hasta {cost} millones de euros · {y4} – Se retrasa de nuevo la inauguración",
        ),
        (
            "la nueva biblioteca",
            "la ampliación del tranvía",
            "la reforma de la piscina municipal",
            "la variante",
        ),
        (),
        (12, 360),
    ),
    "it": (
        (
            "Le tappe: {y1} – il consiglio comunale approva {thing} · {y2} – partono i lavori · {y3} – i"
            " costi"
            " salgono a {cost} milioni di euro · {y4} – slitta ancora l'inaugurazione",
        ),
        (
            "il progetto della nuova biblioteca",
            "il prolungamento del tram",
            "la ristrutturazione della piscina comunale",
            "la tangenziale",
        ),
        (),
        (12, 360),
    ),
    "pt": (
        (
            "Cronologia: {y1} – Câmara aprova {thing} · {y2} – Início das obras · {y3} – Custos sobem para"
            " {cost} milhões de euros · {y4} – Inauguração volta a ser adiada",
        ),
        ("a nova biblioteca municipal", "a extensão do metro de superfície", "a requalificação das piscinas"),
        (),
        (8, 240),
    ),
    "nl": (
        (
            "Tijdlijn: {y1} – gemeenteraad stemt in met {thing} · {y2} – eerste paal · {y3} – kosten stijgen"
            " naar {cost} miljoen euro · {y4} – opening opnieuw uitgesteld",
        ),
        (
            "de nieuwe bibliotheek",
            "de verlenging van de tramlijn",
            "de renovatie van het zwembad",
            "de rondweg",
        ),
        (),
        (12, 360),
    ),
    "pl": (
        (
            "Kalendarium: {y1} – radni zatwierdzają {thing} · {y2} – rusza budowa · {y3} – koszty rosną do"
            " {cost} mln zł · {y4} – otwarcie znów przesunięte",
        ),
        (
            "budowę nowej biblioteki",
            "przedłużenie linii tramwajowej",
            "remont krytej pływalni",
            "budowę obwodnicy",
        ),
        (),
        (40, 900),
    ),
    "tr": (
        (
            "Kronoloji: {y1} – Belediye meclisi {thing} projesini onayladı · {y2} – İnşaat başladı · {y3} –"
            " Maliyet {cost} milyon liraya çıktı · {y4} – Açılış yine ertelendi",
        ),
        ("yeni kent kütüphanesi", "tramvay hattı uzatma", "kapalı yüzme havuzu yenileme", "çevre yolu"),
        (),
        (150, 4000),
    ),
    "ru": (
        (
            "Хронология: {y1} — гордума одобряет {thing} · {y2} — начало строительства · {y3} — смета"
            " вырастает"
            " до {cost} млн рублей · {y4} — открытие снова переносится",
        ),
        (
            "строительство новой библиотеки",
            "продление трамвайной линии",
            "реконструкцию бассейна",
            "строительство объездной дороги",
        ),
        (),
        (300, 9000),
    ),
    "uk": (
        (
            "Хронологія: {y1} — міська рада схвалює {thing} · {y2} — початок робіт · {y3} — кошторис зростає"
            " до {cost} млн грн · {y4} — відкриття знову переносять",
        ),
        ("будівництво нової бібліотеки", "подовження трамвайної лінії", "реконструкцію басейну"),
        (),
        (100, 3000),
    ),
    "ja": (
        (
            "【経過】{y1}年 市議会が{thing}を議決 → {y2}年 着工 → {y3}年 事業費が{cost}億円に膨らむ →"
            " {y4}年 開業を再延期",
        ),
        ("新図書館の建設", "路面電車の延伸", "市民プールの改修", "バイパスの整備"),
        (),
        (30, 900),
    ),
    "zh": (
        (
            "【时间线】{y1}年 市人大通过{thing}方案 · {y2}年 开工建设 · {y3}年 总投资增至{cost}亿元 ·"
            " {y4}年 开放时间再度推迟",
        ),
        ("新图书馆建设", "有轨电车延伸", "市游泳馆改造", "绕城公路"),
        (),
        (2, 60),
    ),
    "ko": (
        (
            "[일지] {y1}년 시의회, {thing} 사업 의결 → {y2}년 착공 → {y3}년 사업비 {cost}억 원으로 증가 →"
            " {y4}년 개관 또 연기",
        ),
        ("신축 도서관", "트램 연장", "시민수영장 리모델링", "우회도로"),
        (),
        (200, 5000),
    ),
}


def chronology(case: Case, rnd: random.Random) -> str:
    """A chronology box of a building project the article is not about: its years, steps and costs."""
    lang, (templates, things, firms, (low, high)) = _pick(CHRONOLOGY, case, rnd)
    last = _the_day(case, rnd).year + rnd.randint(-1, 2)
    y3 = last - rnd.randint(1, 3)
    y2 = y3 - rnd.randint(1, 3)
    y1 = y2 - rnd.randint(1, 4)
    usable = [t for t in templates if "{firm}" not in t or firms]
    return _render(
        rnd.choice(usable),
        y1=y1,
        y2=y2,
        y3=y3,
        y4=last,
        thing=rnd.choice(things),
        firm=rnd.choice(firms) if firms else "",
        cost=_num(lang, rnd.randint(low, high)),
    )


# ---------------------------------------------------------------- an exhibition's visitor box (end)
#: language: (templates, exhibition titles, museums with {city}, opening days, (low, high) price); the last
#: day's parts, {h1} {h2} the hours, {price} {price2}
VISITOR: dict[
    str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[int, int]]
] = {
    "en": (
        (
            "If you go: “{title}” runs until {mon} {d} at {museum}. Open {days}, {h1}am–{h2p}pm. Tickets"
            " £{price}"
            " (concessions £{price2}).",
            "Info: {title}, {museum}, until {d} {mon} {y}. {days} {h1}am to {h2p}pm. Admission ${price},"
            " children"
            " ${price2}.",
        ),
        (
            "Light and Shadow",
            "The Sea Around Us",
            "Between Worlds",
            "Paper Cities",
            "Northern Lights",
            "Home",
        ),
        ("the {city} Museum and Art Gallery", "the Civic Museum, {city}", "the {city} Gallery of Modern Art"),
        ("Tuesday to Sunday", "daily", "Wednesday to Sunday"),
        (6, 22),
    ),
    "de": (
        (
            "Info: Die Ausstellung „{title}“ ist bis {d}. {mon} {y} in der {museum} zu sehen. Geöffnet {days}"
            " {h1}–{h2} Uhr, Eintritt {price} Euro, ermäßigt {price2} Euro.",
            "„{title}“, {museum}, bis {dd}.{mm}.{y}, {days} {h1} bis {h2} Uhr. Eintritt: {price} Euro,"
            " Kinder und Jugendliche unter 18 Jahren frei.",
        ),
        ("Licht und Schatten", "Zwischen den Welten", "Das Meer", "Papierstädte", "Heimat", "Nordlichter"),
        ("Kunsthalle {city}", "Städtischen Galerie {city}", "Kunstsammlung {city}"),
        ("Di–So", "Mi–So", "täglich außer montags"),
        (5, 16),
    ),
    "fr": (
        (
            "Infos pratiques : « {title} », jusqu'au {d} {mon} {y} au {museum}. Ouvert {days} de {h1} h à"
            " {h2} h."
            " Tarif : {price} €, réduit : {price2} €.",
        ),
        ("Ombres et lumières", "Entre deux mondes", "La Mer", "Villes de papier", "Aurores"),
        ("musée des Beaux-Arts de {city}", "musée d'Art moderne, {city}", "musée municipal de {city}"),
        ("du mardi au dimanche", "tous les jours sauf le lundi"),
        (5, 16),
    ),
    "es": (
        (
            "Dónde y cuándo: «{title}». {museum}. Hasta el {d} de {mon}. Horario: {days}, de {h1}.00 a"
            " {h2}.00."
            " Entrada: {price} euros ({price2} reducida).",
        ),
        ("Luz y sombra", "Entre dos mundos", "El mar", "Ciudades de papel", "Auroras"),
        ("Museo de Bellas Artes de {city}", "Centro de Arte de {city}", "Museo Municipal de {city}"),
        ("de martes a domingo", "todos los días salvo lunes"),
        (3, 14),
    ),
    "it": (
        (
            "Info: «{title}», {museum}, fino al {d} {mon} {y}. Orari: {days} {h1}-{h2}. Biglietti: intero"
            " {price}"
            " euro, ridotto {price2} euro.",
        ),
        ("Luce e ombra", "Tra due mondi", "Il mare", "Città di carta", "Aurore"),
        ("Musei Civici di {city}", "Palazzo Ducale, {city}", "Galleria d'arte moderna di {city}"),
        ("martedì-domenica", "tutti i giorni tranne il lunedì"),
        (6, 18),
    ),
    "pt": (
        (
            "Serviço – {title}. Onde: {museum}. Quando: até {d} de {mon}; {days}, das {h1}h às {h2}h. Quanto:"
            " R$ {price} (meia-entrada R$ {price2}).",
        ),
        ("Luz e sombra", "Entre dois mundos", "O mar", "Cidades de papel"),
        ("Museu de Arte de {city}", "Pinacoteca de {city}", "Centro Cultural de {city}"),
        ("de terça a domingo", "de quarta a domingo"),
        (10, 60),
    ),
    "nl": (
        (
            "Praktisch: ‘{title}’ is tot en met {d} {mon} te zien in {museum}. Open {days} van {h1}.00 tot"
            " {h2}.00 uur. Toegang € {price}, kinderen € {price2}.",
        ),
        ("Licht en schaduw", "Tussen twee werelden", "De zee", "Papieren steden"),
        ("Museum {city}", "Stedelijk Museum {city}", "Kunsthal {city}"),
        ("dinsdag t/m zondag", "dagelijks"),
        (8, 22),
    ),
    "sv": (
        (
            "Fakta: ”{title}” visas på {museum} till och med {d} {mon}. Öppet {days} kl {h1}–{h2}. Entré"
            " {price}"
            " kr, under 20 år gratis.",
        ),
        ("Ljus och skugga", "Mellan världar", "Havet", "Pappersstäder"),
        ("{city} konstmuseum", "Länsmuseet i {city}"),
        ("tis–sön", "alla dagar utom måndag"),
        (80, 180),
    ),
    "pl": (
        (
            "Informacje praktyczne: wystawa „{title}”, {museum}, do {d} {mon} {y}. Czynne {days} w godz."
            " {h1}–{h2}. Bilety: normalny {price} zł, ulgowy {price2} zł.",
        ),
        ("Światło i cień", "Między światami", "Morze", "Papierowe miasta"),
        ("Muzeum Okręgowe, {city}", "Galeria Miejska, {city}"),
        ("od wtorku do niedzieli", "codziennie oprócz poniedziałków"),
        (15, 45),
    ),
    "tr": (
        (
            "Sergi: “{title}” · Yer: {museum} · Son gün: {d} {mon} {y} · Ziyaret saatleri: {days}"
            " {h1}.00-{h2}.00"
            " · Giriş: {price} TL",
        ),
        ("Işık ve Gölge", "İki Dünya Arasında", "Deniz", "Kâğıt Şehirler"),
        ("{city} Resim ve Heykel Müzesi", "{city} Kent Müzesi"),
        ("Salı-Pazar", "Pazartesi hariç her gün"),
        (40, 250),
    ),
    "ru": (
        (
            "Справка: выставка «{title}», {museum}, до {d} {mon}. Часы работы: {days} с {h1}:00 до {h2}:00."
            " Билеты — {price} руб., льготные — {price2} руб.",
        ),
        ("Свет и тень", "Между мирами", "Море", "Бумажные города"),
        ("Художественный музей (г. {city})", "Краеведческий музей (г. {city})"),
        ("вт–вс", "ежедневно, кроме понедельника"),
        (200, 900),
    ),
    "ja": (
        (
            "【メモ】「{title}」は{m}月{d}日まで、{city}市の{museum}で。午前{h1}時～午後{h2p}時。{days}休"
            "館。一般{price}円。",
        ),
        ("光と影", "ふたつの世界のあいだ", "海", "紙の都市"),
        ("市立美術館", "県立近代美術館", "市立博物館"),
        ("月曜", "火曜"),
        (800, 1800),
    ),
    "ko": (
        (
            "전시 정보: '{title}' · 장소: {museum} · 기간: {m}월 {d}일까지 · 관람 시간: 오전 {h1}시~오후"
            " {h2p}시({days} 휴관) · 관람료: 성인 {price}원",
        ),
        ("빛과 그림자", "두 세계 사이", "바다", "종이 도시"),
        ("{city}시립미술관", "{city}시립박물관"),
        ("월요일",),
        (3000, 15000),
    ),
    "zh": (
        (
            "展览信息：「{title}」 地点：{city}{museum} 展期：即日起至{m}月{d}日"
            " 开放时间：{h1}:00—{h2}:00（{days}闭馆） 门票：{price}元",
        ),
        ("光与影", "两个世界之间", "海", "纸上城市"),
        ("市美术馆", "市博物馆"),
        ("周一",),
        (20, 120),
    ),
}


def visitor_box(case: Case, rnd: random.Random) -> str:
    """An exhibition's visitor-information box: where, until when, the hours and the ticket prices."""
    lang, (templates, titles, museums, days, (low, high)) = _pick(VISITOR, case, rnd)
    city = _city(lang, rnd)
    h1, h2 = rnd.randint(9, 11), rnd.randint(17, 20)
    price = rnd.randint(low, high)
    if high >= 100:
        price = price // 10 * 10
    price2 = max(1, price * rnd.choice((2, 3)) // 4)
    if high >= 100:
        price2 = price2 // 10 * 10
    return _render(
        rnd.choice(templates),
        title=rnd.choice(titles),
        museum=rnd.choice(museums).format(city=city),
        city=city,
        days=rnd.choice(days),
        h1=h1,
        h2=h2,
        h2p=h2 - 12,
        price=_num(lang, price),
        price2=_num(lang, price2),
        **_day_parts(case, rnd, lang, (20, 110)),
    )


# ---------------------------------------------------------------- a relief appeal's donation account (end)
#: language: (templates, funds with {city}, causes); {fund} {cause} {iban} {bic} {phone} {short} {word} {amt}
#: and the other account numbers a country prints
APPEALS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "How to help: donate to the {fund} {cause} Appeal online, by phone on {phone}, or text {word} to"
            " {short} to give £{amt}.",
            "To donate: {fund}, sort code {sort}, account {acct8}, reference “{cause}”. Cheques payable to"
            " {fund}.",
        ),
        ("{city} Community Foundation", "Readers' Relief Fund", "{city} Flood Relief Trust"),
        ("Valley Floods", "Coastal Storm", "Moorland Wildfires", "Riverside Flood", "Winter Storm"),
    ),
    "de": (
        (
            "Spendenkonto: {fund}, IBAN {iban}, BIC {bic}, Stichwort: „{cause}“. Spenden sind steuerlich"
            " absetzbar.",
            "So können Sie helfen: Spenden an {fund}, IBAN {iban}, Verwendungszweck „{cause}“. Bis {amt} Euro"
            " genügt der Kontoauszug als Nachweis.",
        ),
        ("Leser helfen e. V.", "Bürgerstiftung {city}", "Hilfswerk der Zeitung"),
        (
            "Hochwasser Ahrtal",
            "Erdbeben Türkei",
            "Waldbrände Griechenland",
            "Unwetter Oberfranken",
            "Flut Allgäu",
        ),
    ),
    "fr": (
        (
            "Pour faire un don : {fund}, IBAN {iban}, mention « {cause} ». Les dons ouvrent droit à une"
            " réduction"
            " d'impôt de 66 %.",
        ),
        ("Fondation de l'entraide {city}", "Solidarité Lecteurs", "Fonds de secours de {city}"),
        ("Inondations Pas-de-Calais", "Séisme Maroc", "Incendies Gironde", "Tempête Alex"),
    ),
    "es": (
        ("Cómo ayudar: {fund} ha habilitado la cuenta {iban} (concepto «{cause}») y el Bizum {bizum}.",),
        ("Fundación Vecinos de {city}", "Banco de Alimentos de {city}", "Cáritas Diocesana de {city}"),
        ("DANA Valencia", "Terremoto Marruecos", "Volcán La Palma", "Incendios Zamora"),
    ),
    "it": (
        ("Per donare: IBAN {iban} intestato a {fund}, causale «{cause}».",),
        ("Fondazione Comunità di {city}", "Associazione Lettori Solidali", "Protezione civile di {city}"),
        ("Alluvione Romagna", "Terremoto Marche", "Incendi Sicilia", "Frana Ischia"),
    ),
    "pt": (
        (
            "Como ajudar: {fund} – IBAN {iban}, com a referência «{cause}». Também é possível doar por MB WAY"
            " para o {mbway}.",
        ),
        ("Associação Solidária de {city}", "Fundo de Emergência de {city}"),
        ("Incêndios Pedrógão", "Temporal Madeira", "Sismo Açores"),
    ),
    "nl": (
        ("Doneren kan op giro 555 of via {iban} t.n.v. {fund} o.v.v. ‘{cause}’.",),
        ("Stichting Noodhulp {city}", "Stichting Lezers Helpen"),
        ("Watersnood Limburg", "Aardbeving Turkije", "Aardbeving Marokko"),
    ),
    "pl": (
        ("Wpłaty można przekazywać na konto {fund}: {pl_acct} z dopiskiem „{cause}”.",),
        ("Fundacji Pomocy Sąsiedzkiej", "Stowarzyszenia „Czytelnicy Pomagają”"),
        ("Powódź Kłodzko", "Powódź Nysa", "Powódź Głuchołazy", "Powódź Lewin Brzeski"),
    ),
    "tr": (
        (
            "Bağış için: {fund} · IBAN: {iban} · Açıklama: {cause} · SMS: {word} yazıp {short} numarasına"
            " gönderin.",
        ),
        ("{city} Dayanışma Derneği", "Okurlar El Ele Vakfı"),
        ("Hatay depremi", "Kahramanmaraş depremi", "Bozkurt seli", "Manavgat yangınları"),
    ),
    "ru": (
        ("Реквизиты для пожертвований: {fund}, р/с {rs}, БИК {bik}, назначение платежа: «{cause}».",),
        ("Благотворительный фонд «Соседи» (г. {city})", "Фонд помощи пострадавшим (г. {city})"),
        ("Помощь пострадавшим от наводнения в Орске", "Помощь погорельцам в Забайкалье"),
    ),
    "uk": (
        ("Допомогти можна, переказавши кошти на рахунок {fund}: {iban}, призначення платежу «{cause}».",),
        ("БФ «Разом» (м. {city})", "Фонду допомоги постраждалим (м. {city})"),
        ("Допомога постраждалим на Херсонщині", "Допомога постраждалим на Харківщині"),
    ),
    "ja": (
        (
            "【義援金受付】{fund}は{cause}の義援金を受け付けています。{bank}{city}支店 普通預金 {acct7}"
            " 口座名義：{fund}",
        ),
        ("{city}市社会福祉協議会", "新聞社会事業団"),
        ("能登半島地震", "熊本地震", "九州北部豪雨"),
    ),
    "ko": (
        (
            "성금 모금 안내: {fund} {cause} 성금 계좌 {bank} {ko_acct} (예금주: {fund}) · ARS {ars}"
            " (1통화 {ko_amt}원)",
        ),
        ("{city}시 사회복지공동모금회", "신문사 이웃돕기 성금 창구"),
        ("강원 동해안 산불 피해", "경북 북부 산불 피해", "충청권 수해"),
    ),
    "zh": (
        ("捐款方式：户名：{fund}，开户行：{bank}{city}分行，账号：{zh_acct}，请注明“{cause}”。",),
        ("{city}市慈善总会", "{city}市红十字会"),
        ("甘肃积石山地震救灾", "河北涿州防汛救灾", "四川泸定地震救灾"),
    ),
    "ar": (
        ("للتبرع: {fund} – رقم الحساب (IBAN): {iban}، مع ذكر «{cause}».",),
        ("جمعية الإغاثة في {city}", "صندوق التكافل الأهلي"),
        ("إغاثة متضرري زلزال الحوز", "إغاثة متضرري فيضانات درنة"),
    ),
}
_IBAN = {
    "de": "DE## #### #### #### #### ##",
    "fr": "FR76 #### #### #### #### #### ###",
    "es": "ES## #### #### #### #### ####",
    "it": "IT## X### #### #### #### #### ###",
    "pt": "PT50 #### #### #### #### #### #",
    "nl": "NL## RABO #### #### ##",
    "tr": "TR## #### #### #### #### #### ##",
    "uk": "UA## ###### ###################",
    "ar": "JO## ABCJ #### #### #### #### #### ##",
}
_BANKS = {
    "ja": ("みずほ銀行", "三井住友銀行", "地方銀行協会加盟行"),
    "ko": ("국민은행", "농협은행", "신한은행"),
    "zh": ("中国工商银行", "中国建设银行", "中国农业银行"),
}


def donation_account(case: Case, rnd: random.Random) -> str:
    """A relief appeal's donation account: the fund, the cause, the bank details or the text-to-give line."""
    lang, (templates, funds, causes) = _pick(APPEALS, case, rnd)
    city = _city(lang, rnd)
    fund = rnd.choice(funds).format(city=city)
    return _render(
        rnd.choice(templates),
        fund=fund,
        cause=rnd.choice(causes),
        city=city,
        iban=_digits(rnd, _IBAN.get(lang, _IBAN["de"])),
        bic=rnd.choice(("GENODE", "COLSDE", "BYLADE", "HELADE")) + _digits(rnd, "#")[0] + "1XXX",
        phone=_digits(rnd, "0300 ### ####"),
        word=rnd.choice(
            ("DEPREM", "YARDIM", "SEL") if lang == "tr" else ("HELP", "FLOOD", "APPEAL", "RELIEF")
        ),
        short=_digits(rnd, "70###") if lang == "en" else _digits(rnd, "####"),
        amt=rnd.choice((5, 10, 20)) if lang == "en" else 300,
        sort=_digits(rnd, "##-##-##"),
        acct8=_digits(rnd, "########"),
        bizum=_digits(rnd, "0#####"),
        mbway=_digits(rnd, "9## ### ###"),
        pl_acct=_digits(rnd, "## #### #### #### #### #### ####"),
        rs=_digits(rnd, "40703810############"),
        bik=_digits(rnd, "04#######"),
        bank=rnd.choice(_BANKS.get(lang, ("",))),
        acct7=_digits(rnd, "#######"),
        ko_acct=_digits(rnd, "###-##-####-###"),
        ars=_digits(rnd, "060-700-####"),
        ko_amt=_num("ko", rnd.choice((2000, 3000, 5000))),
        zh_acct=_digits(rnd, "#### #### #### #### ###"),
    )


# ---------------------------------------------------------------- the printed paper's inserts notice (end)
#: language: (templates, shops, districts); {s1} {s2} two shops, {area} a district, the issue's day's parts
INSERTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        (
            "Beilagenhinweis: Einem Teil dieser Ausgabe liegen Prospekte von {s1} und {s2} bei.",
            "Beilagen in der Ausgabe vom {dd}.{mm}.{y}: {s1} ({area}), {s2} (Teilauflage).",
        ),
        (
            "Möbelhaus Krämer",
            "Baumarkt Lindner",
            "Gartencenter Rosenhof",
            "Autohaus Seidel",
            "Elektro Weber",
            "Modehaus Brandt",
            "Sanitätshaus Vogt",
        ),
        ("Stadtgebiet {city}", "Landkreis {city}", "Raum {city}"),
    ),
    "en": (
        (
            "This edition ({Wd}, {mon} {d}) includes an insert from {s1} in selected areas.",
            "Inserts in today's edition ({wd}, {mon} {d}): {s1}, {s2} ({area} only).",
        ),
        (
            "Harper's Furniture",
            "Greenway Garden Centre",
            "Miller Hardware",
            "Valley Motors",
            "Brook Pharmacy",
        ),
        ("{city} area", "{city} and district", "north {city}"),
    ),
    "fr": (
        (
            "Ce numéro comporte un encart {s1} sur une partie du tirage ({area}).",
            "Ce numéro comporte un encart abonnement et, pour les abonnés de {area}, un supplément {s1}.",
        ),
        ("Meubles Marchand", "Jardinerie Bertin", "Bricolage Gauthier", "Garage Perrault", "Optique Lambert"),
        ("{city} et agglomération", "l'édition de {city}"),
    ),
    "es": (
        ("El ejemplar del {wd} {d} de {mon} incluye un encarte publicitario de {s1} en {area}.",),
        ("Muebles Delgado", "Bricolaje Serrano", "Óptica Vidal", "Electrodomésticos Romero"),
        ("{city} capital", "la edición de {city}"),
    ),
    "it": (
        ("Con il giornale di oggi, {wd} {d} {mon}, in {area}, l'inserto pubblicitario di {s1}.",),
        ("Mobili Barbieri", "Brico Santoro", "Ottica Fontana", "Elettrodomestici Caruso"),
        ("provincia di {city}", "zona di {city}"),
    ),
    "pt": (
        ("A edição de {d} de {mon} inclui um encarte de {s1} para os assinantes de {area}.",),
        ("Móveis Teixeira", "Ótica Cardoso", "Bricolage Monteiro"),
        ("{city}", "Grande {city}"),
    ),
    "nl": (
        ("In een deel van de oplage van de krant van {wd} {d} {mon} is een folder van {s1} bijgesloten.",),
        ("Woonwinkel Bakker", "Tuincentrum Visser", "Bouwmarkt Mulder", "Fietsen Dekker"),
        ("{city}",),
    ),
    "sv": (
        ("I tidningen {wd} {d} {mon} finns en bilaga från {s1} (delupplaga {area}).",),
        ("Möbelhuset Ekström", "Byggvaror Wallin", "Trädgård Forsberg"),
        ("{city}",),
    ),
    "da": (
        ("Avisen indeholder {wd} den {d}. {mon} tillæg fra {s1} i dele af oplaget ({area}).",),
        ("Møbelhuset Holm", "Byggecenter Dahl", "Havecenter Kjær"),
        ("{city}",),
    ),
    "pl": (
        ("Do części nakładu wydania z {d} {mon} dołączono gazetkę reklamową sieci {s1} ({area}).",),
        ("Meble Mazur", "Market Budowlany Sikora", "Optyk Pawlak"),
        ("powiat {city}", "{city} i okolice"),
    ),
    "cs": (
        ("Část nákladu vydání z {d}. {mon} obsahuje přílohu společnosti {s1} ({area}).",),
        ("Nábytek Dvořák", "Stavebniny Beneš", "Zahradnictví Malá"),
        ("{city} a okolí",),
    ),
    "ja": (
        ("{m}月{d}日の折り込み：{s1}（{area}地区）、{s2}",),
        ("スーパーみどり", "ホームセンター北斗", "家具のさくら", "ドラッグストア青葉"),
        ("{city}市", "{city}市北部"),
    ),
}


def inserts_notice(case: Case, rnd: random.Random) -> str:
    """The printed paper's inserts notice: whose leaflets ride in part of the print run, and where."""
    lang, (templates, shops, areas) = _pick(INSERTS, case, rnd)
    city = _city(lang, rnd)
    s1, s2 = rnd.sample(shops, 2)
    return _render(
        rnd.choice(templates),
        s1=s1,
        s2=s2,
        area=rnd.choice(areas).format(city=city),
        **_day_parts(case, rnd, lang),
    )


# ---------------------------------------------------------------- defects in other fields
#: language: standfirsts a header block prints under a headline, for a record with no body to take one from
DECKS = {
    "en": (
        "The decision follows months of wrangling – and it is unlikely to be the last word",
        "Residents say they were never asked. Officials say the clock is ticking",
        "What it means for households, and what happens next",
    ),
    "de": (
        "Die Entscheidung fällt nach monatelangem Streit – und sie dürfte nicht die letzte sein",
        "Anwohner fühlen sich übergangen, die Verwaltung verweist auf knappe Fristen",
        "Was das für Verbraucher bedeutet und wie es jetzt weitergeht",
    ),
    "fr": (
        "La décision intervient après des mois de tractations, et elle ne devrait pas être la dernière",
        "Ce que cela change pour les ménages, et la suite du calendrier",
    ),
    "es": (
        "La decisión llega tras meses de negociaciones y no será la última",
        "Qué supone para los hogares",
    ),
    "it": ("La decisione arriva dopo mesi di trattative e non sarà l'ultima", "Cosa cambia per le famiglie"),
    "pt": ("A decisão vem após meses de impasse e não deve ser a última", "O que muda para as famílias"),
}


#: the country domains whose sites write in a language :func:`blind_run.guess_language` may miss on a title
_DOMAIN_LANGS = {
    "de": "de",
    "at": "de",
    "ch": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "pt": "pt",
    "br": "pt",
}


def _record_lang(case: Case) -> str:
    """The record's language as :func:`blind_run.guess_language` reads it or, where that reads English
    from a title alone, as the site's country domain says."""
    lang = guess_language(case)
    if lang != "en" or _paras(case.record.get("body")):
        return lang
    host = re.sub(r"^https?://", "", str(case.record.get("url") or case.site)).split("/")[0]
    return _DOMAIN_LANGS.get(host.rsplit(".", 1)[-1].lower(), "en")


def _lead_sentence(case: Case) -> str | None:
    paras = _paras(case.record.get("body"))
    if not paras:
        return None
    first = re.split(r"(?<=[.!?。！？])\s*", paras[0].strip(), maxsplit=1)[0].strip()
    return first if 20 <= len(first) <= 220 else None


def standfirst_title(case: Case, rnd: random.Random) -> Case | None:
    """The standfirst under the headline run onto the title, as an extractor reading the whole header block
    gives it (the record's own lead sentence stands in for the deck where the record has a body)."""
    title = str(case.record.get("title") or "").strip()
    if not title:
        return None
    lang = _record_lang(case)
    deck = _lead_sentence(case) or rnd.choice(DECKS.get(lang, DECKS["en"]))
    joint = "" if title[-1:].isalnum() and rnd.random() < 0.3 else " "
    return _with(case, title=f"{title}{joint}{deck}")


#: language: (prefixes, suffixes) a wire service sets on a story's versions
WIRE_MARKS = {
    "en": (("UPDATE 1-", "UPDATE 2-", "UPDATE 3-", "REFILE-", "CORRECTED-", "RPT-"), ()),
    "de": (
        ("ROUNDUP: ", "ROUNDUP 2/", "WDH/ROUNDUP: ", "KORREKTUR/", "ÜBERBLICK/"),
        (" (Zusammenfassung {hh}{mi})", " (Zusammenfassung {hh}.{mi} Uhr)"),
    ),
    "fr": (("MISE A JOUR 1-", "MISE A JOUR 2-", "RECTIFICATIF-"), ()),
    "es": (("ACTUALIZA 1-", "ACTUALIZA 2-", "CORREGIDO-"), ()),
    "it": (("AGGIORNAMENTO 1-", "AGGIORNAMENTO 2-", "RPT-"), ()),
    "pt": (("ATUALIZA 1-", "ATUALIZA 2-", "CORREÇÃO-"), ()),
    "ja": (("UPDATE 1-", "再送-", "訂正-"), ()),
}


def wire_mark_title(case: Case, rnd: random.Random) -> Case | None:
    """The wire's version prefix or suffix left in a republished wire story's title ("UPDATE 2-...")."""
    title = str(case.record.get("title") or "").strip()
    if not title:
        return None
    lang = _record_lang(case)
    prefixes, suffixes = WIRE_MARKS.get(lang, WIRE_MARKS["en"])
    if suffixes and rnd.random() < 0.35:
        return _with(case, title=title + _render(rnd.choice(suffixes), **_clock(rnd, 6, 22)))
    return _with(case, title=rnd.choice(prefixes) + title)


def minute_month_date(case: Case, rnd: random.Random) -> Case | None:
    """The date written with the minute in the month's place, as a ``yyyy-mm-dd`` format string (``mm``
    the minutes) gives it: ``2019-47-18`` or, where the minute is under 13, a valid date months off."""
    day = _record_day(case)
    if day is None:
        return None
    m = re.search(r"T(\d{2}):(\d{2})", str(case.record.get("published") or ""))
    hour, minute = (int(m.group(1)), int(m.group(2))) if m else (rnd.randint(6, 22), rnd.randrange(60))
    if minute == day.month:
        minute = (minute + rnd.randint(1, 40)) % 60
    stamp = f"{day.year}-{minute:02d}-{day.day:02d}"
    if rnd.random() < 0.5:
        stamp += f"T{hour:02d}:{minute:02d}:{rnd.randrange(60):02d}"
    return _with(case, published=stamp)


#: language: the author box's biography sentences; {name} {site} {beat} {year}
BIOS = {
    "en": (
        (
            "{name} is a senior reporter covering {beat} for {site}.",
            "{name} joined {site} in {year} and writes about {beat}.",
            "{name} is {site}'s {beat} correspondent and previously worked in local radio.",
        ),
        ("health", "education", "transport", "local politics", "climate and energy", "courts"),
    ),
    "de": (
        (
            "{name} ist seit {year} im Ressort {beat} von {site} tätig.",
            "{name} arbeitet seit {year} bei {site} im Ressort {beat}.",
        ),
        ("Politik", "Wirtschaft", "Lokales", "Wissenschaft", "Kultur", "Sport"),
    ),
    "fr": (
        ("{name} est journaliste au service {beat} de {site} depuis {year}.",),
        ("politique", "économie", "société", "culture"),
    ),
    "es": (
        ("{name} es periodista de la sección de {beat} de {site} desde {year}.",),
        ("Política", "Economía"),
    ),
    "it": (
        ("{name} è giornalista della redazione {beat} di {site} dal {year}.",),
        ("Politica", "Economia", "Cronaca"),
    ),
    "pt": (("{name} é repórter de {beat} do {site} desde {year}.",), ("Política", "Economia", "Cidades")),
    "nl": (
        ("{name} is verslaggever {beat} bij {site} sinds {year}.",),
        ("politiek", "economie", "binnenland"),
    ),
    "ru": (
        ("{name} — корреспондент отдела «{beat}» {site} с {year} года.",),
        ("Политика", "Экономика", "Общество"),
    ),
}


def bio_author(case: Case, rnd: random.Random) -> Case | None:
    """The author box's biography sentence taken as the author entry."""
    lang = _record_lang(case)
    if lang not in BIOS or (lang != "en" and rnd.random() < 0.25):
        lang = "en" if rnd.random() < 0.6 else rnd.choice(sorted(BIOS))
    templates, beats = BIOS[lang]
    site = rnd.choice(_site_names(case)[:2])
    bio = _render(
        rnd.choice(templates),
        name=_person(lang, rnd),
        site=site,
        beat=rnd.choice(beats),
        year=rnd.randint(2004, 2019),
    )
    return _with(case, authors=[bio])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return record_only(placed(once_for(make), where))

    lines: dict[str, Defect] = {
        "closed live blog's end-of-coverage notice (start)": line(live_closed, "start"),
        "printed paper's jump line (start)": line(print_jump, "start"),
        "fact file of a town or a firm (start)": line(fact_file, "start"),
        "emergency shelters list (middle)": line(shelters, "middle"),
        "car's official fuel-consumption and CO₂ figures (middle)": line(car_figures, "middle"),
        "building project's chronology box (middle)": line(chronology, "middle"),
        "exhibition's visitor-information box (end)": line(visitor_box, "end"),
        "relief appeal's donation account (end)": line(donation_account, "end"),
        "printed paper's inserts notice (end)": line(inserts_notice, "end"),
    }
    fields: Kinds = {
        "the standfirst run onto the title": (record_only(standfirst_title), TITLE_CHECKS),
        "the wire's version prefix or suffix left in the title": (record_only(wire_mark_title), TITLE_CHECKS),
        "the date with the minute in the month's place": (record_only(minute_month_date), DATE_CHECKS),
        "the author box's biography sentence as the author entry": (record_only(bio_author), AUTHOR_CHECKS),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-fifth set)",
        "twenty-fifth blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
