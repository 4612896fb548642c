"""A twenty-third blind set for issue 9, written by a helper whose lines the lead did not see, committed
unread and run once: its first run is the held-out number of the code it ran on, and no rule is to be
written from it before it is run. The earlier sets' kinds were listed first and none of these is among them
(their families: "read also" teasers, follow prompts and newsletter sign-ups in many languages; bylines,
credits, datelines, dates and "updated" stamps; ad markers, sponsored units, affiliate and shop boxes,
discount codes; cookie, consent, ad-blocker, JavaScript, outdated-browser, region-block and age notices;
players, galleries, captions, embeds and their social tails; breadcrumbs, menus, headers, footers, legal
links, registration and licence footers, copyright and syndication lines; comments, reactions, polls,
ratings, counters and share rows; app, podcast, push and newsletter promotions; related, most-read and
previous/next links; the service boxes of a local paper: weather, markets, traffic, water levels, air,
pollen, outages, snow, tides, sun and moon, border waits, flights, fuel and power prices, parking, school
holidays and closings, alerts and warnings, emergency rooms, pharmacies on duty, earthquakes, call-outs,
courts, lotteries, horoscopes, puzzles, TV, radio and cinema listings, name days, on-this-day, words and
quotes of the day, recipes, pets, blood drives, births, deaths and congratulations, events, tickets,
jobs, property, used cars, dating, bestsellers, directories, lost property; the wire's and the press
release's own lines: credits, contacts, embargoes, transmission headers, print credits, grants; and in
other fields a long list of title, date and author defects, each named in its set):

* lines in the body, each from a notice, box, widget or piece of page furniture of a real news template or
  of the press release a site republishes, with its variable parts (networks, lines, stations, disruptions
  and the time of the update, volumes, issue numbers, prices, pages and sections of the printed paper,
  films and series, streaming services and rental prices, brands, products, batches, best-before dates and
  the reasons for a recall, medicines, their active substances, doses and approval numbers, churches,
  parishes, services and their hours, restaurants, their inspection grades and dates, school dishes per
  weekday and the week's number, listed companies, fiscal years, filings and the moment a disclosure was
  released) drawn per record so that no two records share a line: at the start a public-transport
  network's line-status board ("Verkehrslage MVG (Stand 07:42 Uhr): U3 – Störung zwischen ...", "Tube
  status ...", "運行情報（07:42現在）...") and the printed paper's masthead or running head as the e-paper's
  text gives it ("78. Jahrgang · Nr. 112 · Dienstag, 14. Mai 2024 · Einzelpreis 2,90 €", "第25123号
  ..."); in the middle a where-to-watch streaming box ("Wo läuft „Oppenheimer“? Im Abo bei ... · Leihen bei
  ... ab 3,99 €"), a product-recall box ("Rappel Conso : ... (lot ..., DLC ...) – motif : ...") and the
  mandatory text of a medicine's advertisement ("Zu Risiken und Nebenwirkungen lesen Sie die
  Packungsbeilage ...", "Имеются противопоказания ..."); and at the end a parish box of the week's church
  services ("Gottesdienste am Sonntag, 19. Mai: St. Martin 9.30 Uhr Hochamt ...", "Horaires des messes
  ..."), a box of food-hygiene inspection results ("Latest food hygiene ratings in Leicester: ... – rated
  5 (very good) ...", "Nye smiley-rapporter ...", "음식점 위생등급 ..."), a school canteen's menu of the week
  ("Skolmaten vecka 20: Måndag – ...", "Les menus de la cantine ...") and a listed company's forward-looking
  statements or market-abuse disclosure notice from a republished press release ("This press release
  contains forward-looking statements within the meaning of ...", "Denna information är sådan information
  som ... är skyldigt att offentliggöra ..."), in English, German, French, Spanish, Italian, Portuguese,
  Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish, Russian, Ukrainian, Greek, Hebrew,
  Arabic, Hindi, Thai, Indonesian, Chinese, Japanese and Korean: in the record's own language where
  :func:`blind_run.guess_language` reads one other than English and the kind has it, and otherwise drawn
  (English one time in three on a record read as English);
* defects in other fields: the title with the SEO plugin's or the template's unreplaced variables in it
  ("Headline %%page%% %%sep%% %%sitename%%", "%title% %sep% %sitename%", "[node:title] | [site:name]",
  "{{ article.title }}"), the date a page prints without its year with the year of the crawl filled in by
  the date parser (the day and month right, the year one to several years late), and the user name of the
  CMS account that posted the article as the author entry ("admin", "redaktion", "jmiller", "sabine.vogt"),
  as a CMS shows the login where no display name was set.

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind23.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Mapping, Sequence
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
from checks_blind17 import _date_kw, _day, _digits, _site_names
from checks_blind20 import _ascii
from checks_blind21 import CITIES, PEOPLE, _lang, _record_day
from checks_defects import Case, Defect, _with, record_only


# ---------------------------------------------------------------- drawing helpers
def _render(template: str, **parts: Any) -> str:
    """``template`` filled in; a template starting with ``^`` is set in capitals, as some boxes print it."""
    if template.startswith("^"):
        return template[1:].format(**parts).upper()
    return template.format(**parts)


#: weekdays (Monday first) and months (after a day's number) of the languages the earlier sets' tables lack
_MORE_WEEKDAYS = {
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер п'ятниця субота неділя",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "hi": "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    "th": "จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์ อาทิตย์",
    "zh": "一 二 三 四 五 六 日",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
}
_MORE_MONTHS = {
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta"
    " lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}


def _parts(lang: str, day: date) -> dict[str, Any]:
    """The parts of ``day`` a template in ``lang`` may ask for: ``_date_kw``'s, the weekday and month this
    module adds, ``Wd`` the weekday with a capital, ``y2`` the year's last two digits, ``w`` the ISO week."""
    out: dict[str, Any] = dict(_date_kw(lang, day))
    if not out["wd"] and lang in _MORE_WEEKDAYS:
        out["wd"] = _MORE_WEEKDAYS[lang].split()[day.weekday()]
    if not out["mon"] and lang in _MORE_MONTHS:
        out["mon"] = _MORE_MONTHS[lang].split()[day.month - 1]
    out["Wd"] = str(out["wd"])[:1].upper() + str(out["wd"])[1:]
    out["y2"] = f"{day.year % 100:02d}"
    out["w"] = day.isocalendar()[1]
    return out


def _the_day(case: Case, rnd: random.Random, after: tuple[int, int] = (0, 0)) -> date:
    """The record's own day (or one drawn), moved ``after`` days on."""
    day = _record_day(case) or _day(rnd, date(2016, 1, 1), 3000)
    return day + timedelta(days=rnd.randint(*after))


def _clock(rnd: random.Random, first: int = 5, last: int = 23) -> dict[str, Any]:
    hour, minute = rnd.randint(first, last), rnd.randrange(60)
    return {
        "hh": f"{hour:02d}",
        "h": hour,
        "mi": f"{minute:02d}",
        "h12": hour % 12 or 12,
        "ap": "am" if hour < 12 else "pm",
    }


def _money(rnd: random.Random, low: float, high: float, sep: str = ",", places: int = 2) -> str:
    """A price between ``low`` and ``high`` as a shop prints it (.49, .90, .99 endings), with ``sep``."""
    whole = rnd.randint(int(low), max(int(low), int(high)))
    if places == 0:
        return str(whole)
    return f"{whole}{sep}{rnd.choice(('49', '90', '95', '99', '99', '00'))}"


def _pick(table: Mapping[str, Sequence[Any]], case: Case, rnd: random.Random) -> tuple[str, Any]:
    lang = _lang(case, rnd, table)
    return lang, table[lang]


# ---------------------------------------------------------------- public transport line status (start)
#: language: (templates, lines, stations, disruptions); a disruption's {s1} {s2} stations, {k} minutes
TRANSIT: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Tube status at {h12}:{mi}{ap}: {l1} line – {st1}; {l2} line – {st2}; all other lines – Good"
            " service",
            "Live travel news ({hh}:{mi}): {l1} line: {st1}. {l2} line: {st2}. Good service on all other"
            " London Underground lines.",
        ),
        ("Central", "District", "Jubilee", "Northern", "Piccadilly", "Victoria", "Bakerloo", "Metropolitan"),
        (
            "Stratford",
            "Liverpool Street",
            "Earl's Court",
            "Wimbledon",
            "Camden Town",
            "Brixton",
            "Ealing Broadway",
            "Canary Wharf",
            "Seven Sisters",
            "Harrow-on-the-Hill",
        ),
        (
            "Minor delays",
            "Severe delays due to a signal failure at {s1}",
            "Part suspended between {s1} and {s2}",
            "No service between {s1} and {s2} while we fix a faulty train",
            "Reduced service, trains every {k} minutes",
        ),
    ),
    "de": (
        (
            "Verkehrslage MVG (Stand {hh}:{mi} Uhr): {l1} – {st1} · {l2} – {st2} · alle anderen Linien:"
            " planmäßig",
            "Aktuelle Störungen: {l1}: {st1}. {l2}: {st2}. Alle übrigen Linien fahren nach Plan. Stand:"
            " {hh}:{mi} Uhr",
        ),
        ("U1", "U2", "U3", "U6", "S1", "S3", "S8", "Tram 19", "Tram 27"),
        (
            "Marienplatz",
            "Sendlinger Tor",
            "Münchner Freiheit",
            "Harras",
            "Ostbahnhof",
            "Laim",
            "Giesing",
            "Odeonsplatz",
            "Olympiazentrum",
        ),
        (
            "Störung zwischen {s1} und {s2}, Ersatzverkehr mit Bussen",
            "Verspätungen von bis zu {k} Minuten",
            "kein Zugverkehr zwischen {s1} und {s2} wegen eines Polizeieinsatzes",
            "unregelmäßiger Takt wegen einer Weichenstörung bei {s1}",
        ),
    ),
    "fr": (
        (
            "Info trafic {hh}h{mi} : {l1} – {st1} · {l2} – {st2} · autres lignes : trafic normal",
            "État du trafic RATP à {hh}h{mi}. {l1} : {st1}. {l2} : {st2}.",
        ),
        ("Ligne 1", "Ligne 4", "Ligne 7", "Ligne 13", "Ligne 14", "RER A", "RER B", "Tram T3a"),
        (
            "Châtelet",
            "Gare du Nord",
            "Nation",
            "La Défense",
            "Saint-Lazare",
            "Montparnasse-Bienvenüe",
            "Porte de Clichy",
            "Denfert-Rochereau",
        ),
        (
            "trafic perturbé entre {s1} et {s2} (incident voyageur)",
            "trafic interrompu entre {s1} et {s2}, reprise estimée dans {k} min",
            "trafic ralenti (malaise voyageur à {s1})",
            "station {s1} fermée à la demande des forces de l'ordre",
        ),
    ),
    "es": (
        (
            "Estado del servicio ({hh}:{mi} h): {l1} – {st1} · {l2} – {st2} · resto de líneas: servicio"
            " normal",
            "Incidencias en el transporte a las {hh}:{mi}: {l1}, {st1}. {l2}, {st2}.",
        ),
        ("Línea 1", "Línea 5", "Línea 6", "Línea 10", "Cercanías C-3", "Cercanías C-5", "Metro Ligero ML1"),
        (
            "Sol",
            "Nuevos Ministerios",
            "Príncipe Pío",
            "Plaza de Castilla",
            "Atocha",
            "Moncloa",
            "Legazpi",
            "Avenida de América",
        ),
        (
            "circulación interrumpida entre {s1} y {s2}; servicio especial de autobuses",
            "retrasos de hasta {k} minutos por una incidencia técnica en {s1}",
            "circulación lenta entre {s1} y {s2}",
            "estación de {s1} cerrada por obras",
        ),
    ),
    "it": (
        (
            "Stato linee ATM alle {hh}:{mi}: {l1} – {st1}; {l2} – {st2}; altre linee regolari",
            "Infomobilità {hh}.{mi} – {l1}: {st1}. {l2}: {st2}.",
        ),
        ("M1", "M2", "M3", "M4", "M5", "tram 9", "bus 90/91"),
        ("Duomo", "Cadorna", "Loreto", "Centrale FS", "Porta Garibaldi", "San Babila", "Lotto", "Rho Fiera"),
        (
            "circolazione rallentata tra {s1} e {s2}",
            "servizio sospeso tra {s1} e {s2}, attivi bus sostitutivi",
            "stazione {s1} chiusa per intervento tecnico",
            "attese fino a {k} minuti",
        ),
    ),
    "pt": (
        (
            "Situação das linhas às {hh}h{mi}: {l1} – {st1} · {l2} – {st2} · demais linhas: operação normal",
            "Metrô agora ({hh}:{mi}): {l1}: {st1}. {l2}: {st2}.",
        ),
        ("Linha 1-Azul", "Linha 2-Verde", "Linha 3-Vermelha", "Linha 4-Amarela", "Linha 15-Prata"),
        ("Sé", "Luz", "Paraíso", "Consolação", "Vila Prudente", "Tatuapé", "Pinheiros", "Barra Funda"),
        (
            "velocidade reduzida e maior tempo de parada entre {s1} e {s2}",
            "operação parcial entre {s1} e {s2}",
            "paralisada entre {s1} e {s2}",
            "intervalos de até {k} minutos",
        ),
    ),
    "nl": (
        (
            "Reisinformatie GVB ({hh}:{mi}): {l1} {st1} · {l2} {st2} · overige lijnen rijden volgens"
            " dienstregeling",
        ),
        ("metro 50", "metro 51", "metro 52", "metro 53", "tram 2", "tram 17"),
        (
            "Centraal Station",
            "Noord",
            "Zuid",
            "Amstel",
            "Gaasperplas",
            "Isolatorweg",
            "Sloterdijk",
            "Waterlooplein",
        ),
        (
            "rijdt niet tussen {s1} en {s2} door een storing; er rijden pendelbussen",
            "heeft vertraging tot {k} minuten",
            "rijdt een omleiding via {s1}",
        ),
    ),
    "sv": (
        (
            "Trafikläget i SL-trafiken kl. {hh}.{mi}: {l1} – {st1} · {l2} – {st2} · övrig trafik går enligt"
            " tidtabell",
        ),
        ("gröna linjen", "röda linjen", "blå linjen", "pendeltåg 41", "pendeltåg 43", "Tvärbanan"),
        (
            "T-Centralen",
            "Slussen",
            "Fridhemsplan",
            "Liljeholmen",
            "Gullmarsplan",
            "Odenplan",
            "Hässelby strand",
        ),
        (
            "förseningar mellan {s1} och {s2} på grund av signalfel",
            "ingen trafik mellan {s1} och {s2}, ersättningsbussar sätts in",
            "glesare trafik, räkna med upp till {k} minuter längre restid",
        ),
    ),
    "da": (
        (
            "Trafikinformation kl. {hh}.{mi}: {l1} – {st1} · {l2} – {st2} · øvrige linjer kører efter"
            " køreplanen",
        ),
        ("Metro M1", "Metro M2", "Metro M3 Cityringen", "S-tog linje A", "S-tog linje C", "S-tog linje H"),
        ("Kongens Nytorv", "Nørreport", "Vanløse", "Lufthavnen", "København H", "Hellerup", "Vesterport"),
        (
            "forsinkelser mellem {s1} og {s2} pga. signalfejl",
            "ingen tog mellem {s1} og {s2} – togbusser indsat",
            "der kører færre tog, forvent op til {k} min. længere rejsetid",
        ),
    ),
    "fi": (
        ("HSL:n liikennetiedote klo {hh}.{mi}: {l1} – {st1} · {l2} – {st2} · muu liikenne normaalisti",),
        ("metro M1", "metro M2", "raitiolinja 4", "raitiolinja 9", "lähijuna P", "lähijuna I"),
        (
            "Rautatientori",
            "Kamppi",
            "Itäkeskus",
            "Ruoholahti",
            "Matinkylä",
            "Pasila",
            "Tikkurila",
            "Hakaniemi",
        ),
        (
            "häiriö välillä {s1}–{s2}, korvaavat bussit liikenteessä",
            "myöhästymisiä noin {k} minuuttia",
            "ei liikennöi välillä {s1}–{s2}",
        ),
    ),
    "pl": (
        (
            "Utrudnienia w komunikacji ZTM ({hh}:{mi}): {l1} – {st1} · {l2} – {st2} · pozostałe linie bez"
            " zmian",
        ),
        ("M1", "M2", "tramwaje linii 17", "tramwaje linii 33", "autobusy linii 180", "SKM S1"),
        (
            "Centrum",
            "Świętokrzyska",
            "Dworzec Gdański",
            "Rondo Daszyńskiego",
            "Kabaty",
            "Młociny",
            "Politechnika",
        ),
        (
            "utrudnienia między stacjami {s1} i {s2}, opóźnienia do {k} min",
            "kursują objazdem przez {s1}",
            "wstrzymany ruch na odcinku {s1} – {s2}, uruchomiono komunikację zastępczą",
        ),
    ),
    "cs": (
        ("Aktuální stav provozu DPP ({hh}:{mi}): {l1} – {st1} · {l2} – {st2} · ostatní linky bez omezení",),
        ("linka A", "linka B", "linka C", "tramvaj 22", "tramvaj 9", "autobus 119"),
        ("Můstek", "Muzeum", "Florenc", "Anděl", "Hradčanská", "Háje", "Černý Most", "Nádraží Holešovice"),
        (
            "přerušen provoz mezi stanicemi {s1} a {s2}, zavedena náhradní doprava",
            "zpoždění až {k} minut",
            "odklon přes zastávku {s1}",
        ),
    ),
    "tr": (
        (
            "Metro İstanbul sefer bilgisi ({hh}.{mi}): {l1} – {st1} · {l2} – {st2} · diğer hatlarda seferler"
            " normal",
        ),
        ("M1A", "M2", "M4", "Marmaray", "T1", "Metrobüs"),
        ("Yenikapı", "Taksim", "Kadıköy", "Üsküdar", "Şişhane", "Levent", "Kartal", "Zeytinburnu"),
        (
            "{s1}–{s2} arasında teknik arıza nedeniyle seferler aksıyor",
            "seferler {k} dakika arayla yapılıyor",
            "{s1} istasyonu geçici olarak kapatıldı",
        ),
    ),
    "ru": (
        (
            "Метро сейчас ({hh}:{mi}): {l1} – {st1} · {l2} – {st2} · остальные линии работают в штатном"
            " режиме",
        ),
        ("Сокольническая линия", "Замоскворецкая линия", "Кольцевая линия", "МЦК", "МЦД-2"),
        ("Охотный Ряд", "Курская", "Парк культуры", "Киевская", "Таганская", "Белорусская", "Текстильщики"),
        (
            "интервалы движения увеличены до {k} минут",
            "движение между станциями «{s1}» и «{s2}» приостановлено, организованы бесплатные автобусы",
            "станция «{s1}» закрыта на вход",
        ),
    ),
    "el": (
        (
            "Κατάσταση δικτύου ΣΤΑΣΥ ({hh}:{mi}): {l1} – {st1} · {l2} – {st2} · οι υπόλοιπες γραμμές"
            " λειτουργούν κανονικά",
        ),
        ("Γραμμή 1", "Γραμμή 2", "Γραμμή 3", "Τραμ", "Προαστιακός"),
        ("Σύνταγμα", "Ομόνοια", "Μοναστηράκι", "Πειραιάς", "Κηφισιά", "Αιγάλεω", "Ελληνικό"),
        (
            "καθυστερήσεις μεταξύ {s1} και {s2}",
            "διακοπή κυκλοφορίας μεταξύ {s1} και {s2}",
            "κλειστός ο σταθμός {s1} με εντολή της αστυνομίας",
        ),
    ),
    "he": (
        ("מצב התחבורה הציבורית ({hh}:{mi}): {l1} – {st1} · {l2} – {st2} · שאר הקווים פועלים כסדרם",),
        ("הקו האדום", "הקו הסגול", "רכבת ישראל – קו החוף", "קו 5"),
        ("אלנבי", "קרליבך", "ארלוזורוב", "תל אביב מרכז", "השלום", "פתח תקווה מרכז", "בת ים – קוממיות"),
        (
            "עיכובים בין {s1} ל{s2}",
            "התנועה בין {s1} ל{s2} מופסקת, מופעלים אוטובוסים חלופיים",
            "תחנת {s1} סגורה",
        ),
    ),
    "ar": (
        ("حالة المترو ({hh}:{mi}): {l1} – {st1} · {l2} – {st2} · باقي الخطوط تعمل بشكل طبيعي",),
        ("الخط الأحمر", "الخط الأخضر", "ترام دبي"),
        ("برج خليفة/دبي مول", "يونيون", "البرشاء", "مركز المدينة", "الاتحاد", "المطار"),
        (
            "تأخير في الرحلات بين محطتي {s1} و{s2}",
            "توقف الخدمة مؤقتاً بين {s1} و{s2} وتوفير حافلات بديلة",
            "إغلاق محطة {s1} مؤقتاً",
        ),
    ),
    "hi": (
        ("मेट्रो अपडेट ({hh}:{mi}): {l1} – {st1} · {l2} – {st2} · बाकी सभी लाइनों पर सेवा सामान्य",),
        ("ब्लू लाइन", "येलो लाइन", "मजेंटा लाइन", "पिंक लाइन", "रेड लाइन"),
        ("राजीव चौक", "कश्मीरी गेट", "द्वारका सेक्टर 21", "हौज़ खास", "नोएडा सिटी सेंटर", "आनंद विहार"),
        (
            "{s1} और {s2} के बीच सेवाएं धीमी",
            "{s1} और {s2} के बीच तकनीकी खराबी के कारण करीब {k} मिनट की देरी",
            "{s1} स्टेशन पर प्रवेश बंद",
        ),
    ),
    "th": (
        ("สถานะการเดินรถ {hh}.{mi} น.: {l1} – {st1} · {l2} – {st2} · สายอื่นให้บริการปกติ",),
        ("สายสุขุมวิท", "สายสีลม", "สายสีน้ำเงิน", "สายสีม่วง", "แอร์พอร์ต เรล ลิงก์"),
        ("สยาม", "อโศก", "หมอชิต", "อ่อนนุช", "พญาไท", "หัวลำโพง", "บางซื่อ"),
        (
            "ล่าช้าประมาณ {k} นาที ระหว่างสถานี{s1}–{s2}",
            "ปิดให้บริการชั่วคราวที่สถานี{s1}",
            "เดินรถระหว่างสถานี{s1}–{s2}แบบสลับราง",
        ),
    ),
    "id": (
        ("Info perjalanan {hh}.{mi} WIB: {l1} – {st1} · {l2} – {st2} · layanan lainnya normal",),
        (
            "Commuter Line Bogor",
            "Commuter Line Bekasi",
            "MRT Jakarta",
            "LRT Jabodebek",
            "Transjakarta Koridor 1",
        ),
        ("Manggarai", "Tanah Abang", "Duri", "Bundaran HI", "Lebak Bulus", "Dukuh Atas", "Jatinegara"),
        (
            "perjalanan terlambat sekitar {k} menit akibat gangguan persinyalan di {s1}",
            "tidak melayani {s1}–{s2} sementara",
            "pola operasi berubah antara {s1} dan {s2}",
        ),
    ),
    "ja": (
        ("運行情報（{hh}:{mi}現在）：{l1}　{st1}。{l2}　{st2}。その他の路線は平常どおり運転しています。",),
        ("JR山手線", "JR中央線快速", "東京メトロ銀座線", "東京メトロ東西線", "都営大江戸線", "小田急線"),
        ("新宿", "渋谷", "池袋", "東京", "品川", "大手町", "中野", "町田"),
        (
            "{s1}駅での人身事故の影響で、{s1}～{s2}駅間の運転を見合わせています",
            "車両点検の影響で、{s1}～{s2}駅間で約{k}分の遅れが出ています",
            "信号トラブルのため、一部列車に運休が出ています",
        ),
    ),
    "ko": (
        ("지하철 운행정보 ({hh}:{mi} 기준): {l1} {st1} · {l2} {st2} · 그 외 노선 정상 운행",),
        ("1호선", "2호선", "4호선", "7호선", "9호선", "신분당선"),
        ("서울역", "시청", "강남", "잠실", "사당", "고속터미널", "신도림", "건대입구"),
        (
            "{s1}~{s2} 구간 열차 지연 (약 {k}분)",
            "{s1}역 무정차 통과",
            "{s1}~{s2} 구간 운행 중단, 대체버스 운행",
        ),
    ),
    "zh": (
        ("地铁运营信息（{hh}:{mi}）：{l1}{st1}；{l2}{st2}；其余线路运营正常。",),
        ("1号线", "2号线", "9号线", "10号线", "11号线", "16号线"),
        ("人民广场", "陆家嘴", "徐家汇", "虹桥火车站", "世纪大道", "莘庄", "龙阳路", "上海火车站"),
        (
            "{s1}至{s2}区间因设备故障列车晚点约{k}分钟",
            "{s1}站临时封站",
            "{s1}至{s2}区间暂停运营，已启动公交配套",
        ),
    ),
}


def transit_status(case: Case, rnd: random.Random) -> str:
    """A public-transport network's line-status board: two lines with their disruptions and the time of
    the update."""
    _, (templates, lines, stations, disruptions) = _pick(TRANSIT, case, rnd)
    first, second = rnd.sample(lines, 2)
    one, two = rnd.sample(disruptions, 2)

    def status(text: str) -> str:
        s1, s2 = rnd.sample(stations, 2)
        return text.format(s1=s1, s2=s2, k=rnd.choice((5, 8, 10, 12, 15, 20, 30)))

    return _render(
        rnd.choice(templates), l1=first, l2=second, st1=status(one), st2=status(two), **_clock(rnd, 5, 23)
    )


# ---------------------------------------------------------------- the printed paper's masthead (start)
#: language: templates; the date's parts, {vol} the volume (year of publication), {rom} it in Roman
#: numerals, {no} the issue, {run} the running issue number, {price} the cover price, {p} a page, {sec} a
#: section, {pages} the pages of the day's paper
MASTHEADS = {
    "en": (
        "VOL. {rom} . . . No. {run} · {Wd}, {mon} {d}, {y} · ${price}",
        "{Wd}, {mon} {d}, {y} | Page A{p} | {sec}",
        "No. {no} · {Wd} {d} {mon} {y} · £{price}",
    ),
    "de": (
        "{vol}. Jahrgang · Nr. {no} · {Wd}, {d}. {mon} {y} · Einzelpreis {price} €",
        "Seite {p} · {sec} · {Wd}, {d}. {mon} {y} · Nr. {no}",
    ),
    "fr": (
        "{vol}e année – N° {run} – {price} € – France métropolitaine – {Wd} {d} {mon} {y}",
        "{Wd} {d} {mon} {y} – page {p} – {sec}",
    ),
    "es": (
        "Año {rom} · Número {run} · {Wd} {d} de {mon} de {y} · Precio: {price} euros",
        "{Wd} {d} de {mon} de {y} · {sec} · Página {p}",
    ),
    "it": (
        "Anno {rom} – Numero {no} – {Wd} {d} {mon} {y} – € {price}",
        "{Wd} {d} {mon} {y} · {sec} · pagina {p}",
    ),
    "pt": (
        "Ano {rom} · N.º {run} · {Wd}, {d} de {mon} de {y} · € {price}",
        "ANO {vol} · Nº {run} · {Wd}, {d} de {mon} de {y} · R$ {price}",
    ),
    "nl": ("{vol}e jaargang nr. {no} · {wd} {d} {mon} {y} · € {price}",),
    "sv": ("Nr {no} · Årgång {vol} · {Wd} {d} {mon} {y} · Pris {price} kr",),
    "da": ("{vol}. årgang · Nr. {no} · {Wd} den {d}. {mon} {y} · Kr. {price}",),
    "nb": ("Nr. {no} – {vol}. årgang – {Wd} {d}. {mon} {y} – Løssalg kr {price}",),
    "fi": ("{vol}. vuosikerta · N:o {no} · {Wd} {d}.{m}.{y} · Irtonumero {price} €",),
    "pl": ("Nr {no} ({run}) · {Wd}, {d} {mon} {y} · Cena {price} zł (w tym 8% VAT)",),
    "cs": ("Ročník {vol} · Číslo {no} · {Wd} {d}. {mon} {y} · Cena {price} Kč",),
    "tr": ("Yıl: {vol} · Sayı: {run} · {d} {mon} {y} {wd} · Fiyatı: {price} TL",),
    "ru": ("№ {no} ({run}) · {wd}, {d} {mon} {y} года · Выходит с {since} года · Цена свободная",),
    "uk": ("№ {no} ({run}) · {wd}, {d} {mon} {y} року · Виходить з {since} року",),
    "el": ("Έτος {vol}ο · Αρ. φύλλου {run} · {wd} {d} {mon} {y} · Τιμή {price} €",),
    "he": ("שנה {vol} · גיליון {run} · יום {wd}, {d} ב{mon} {y} · מחיר {price} ₪",),
    "ar": ("السنة {vol} – العدد {run} – {wd} {d} {mon} {y} – الثمن {price} جنيه",),
    "hi": ("वर्ष {vol} · अंक {no} · {wd}, {d} {mon} {y} · पृष्ठ {pages} · मूल्य ₹{price}",),
    "th": ("ปีที่ {vol} ฉบับที่ {run} · วัน{wd}ที่ {d} {mon} พ.ศ. {be} · ราคา {price} บาท",),
    "ja": ("第{run}号　{y}年（{era}）{m}月{d}日　{wd}曜日　日刊　{pages}ページ",),
    "ko": ("제{run}호 · {y}년 {m}월 {d}일 {wd}요일 · 1부 {price}원",),
    "zh": ("第{run}期 · {y}年{m}月{d}日 星期{wd} · 今日{pages}版 · 零售价：{price}元",),
}
#: language: sections of the printed paper
SECTIONS = {
    "en": ("Metro", "National", "Business Day", "Sports", "Opinion"),
    "de": ("Lokales", "Politik", "Wirtschaft", "Sport", "Kultur", "Region"),
    "fr": ("Région", "International", "Économie", "Sports", "Culture"),
    "es": ("Local", "Internacional", "Economía", "Deportes", "Cultura"),
    "it": ("Cronaca", "Politica", "Economia", "Sport", "Cultura"),
}
#: language: (lowest, highest price, decimal separator, decimals)
PRICES = {
    "en": (1, 3, ".", 2),
    "de": (1, 3, ",", 2),
    "fr": (2, 3, ",", 2),
    "es": (1, 2, ",", 2),
    "it": (1, 2, ",", 2),
    "pt": (1, 4, ",", 2),
    "nl": (2, 3, ",", 2),
    "sv": (30, 45, ",", 0),
    "da": (30, 40, ",", 0),
    "nb": (40, 55, ",", 0),
    "fi": (3, 4, ",", 2),
    "pl": (3, 6, ",", 2),
    "cs": (20, 35, ",", 0),
    "tr": (10, 25, ",", 0),
    "el": (1, 3, ",", 2),
    "he": (8, 14, ".", 0),
    "ar": (5, 15, ".", 0),
    "hi": (4, 8, ".", 0),
    "th": (10, 20, ".", 0),
    "ko": (800, 1000, ".", 0),
    "zh": (1, 2, ".", 2),
}
_ROMAN = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _era(day: date) -> str:
    return f"令和{day.year - 2018}年" if day.year >= 2019 else f"平成{day.year - 1988}年"


#: language: the thousands separator of a running issue number (a comma where not named)
_THOUSANDS = {
    **dict.fromkeys(("de", "fr", "es", "it", "pt", "nl", "da", "nb", "tr", "el"), "."),
    **dict.fromkeys(("sv", "fi", "pl", "cs", "ru", "uk"), " "),
    **dict.fromkeys(("ja", "ko", "zh"), ""),
}


def masthead(case: Case, rnd: random.Random) -> str:
    """The printed paper's masthead or running head, as the e-paper's text gives it above the article."""
    lang, templates = _pick(MASTHEADS, case, rnd)
    day = _the_day(case, rnd, (0, 1))
    vol = rnd.randint(12, 178)
    low, high, sep, places = PRICES.get(lang, (1, 3, ",", 2))
    price = str(rnd.choice((800, 900, 1000))) if lang == "ko" else _money(rnd, low, high, sep, places)
    return _render(
        rnd.choice(templates),
        vol=vol,
        rom=_roman(vol),
        no=day.timetuple().tm_yday - rnd.choice((0, 0, 1, 2, 10)) + 1,
        run=f"{rnd.randint(4000, 60000):,}".replace(",", _THOUSANDS.get(lang, ",")),
        price=price,
        p=rnd.randint(2, 28),
        sec=rnd.choice(SECTIONS.get(lang, ("",))),
        pages=rnd.choice((12, 16, 20, 24, 28, 32, 40)),
        since=rnd.choice((1917, 1938, 1950, 1990, 1991, 1995)),
        era=_era(day),
        **_parts(lang, day),
    )


# ---------------------------------------------------------------- where-to-watch streaming box (middle)
STREAM_TITLES = (
    "Oppenheimer",
    "Dune: Part Two",
    "Poor Things",
    "Past Lives",
    "The Zone of Interest",
    "Anatomy of a Fall",
    "Perfect Days",
    "Killers of the Flower Moon",
    "The Holdovers",
    "Shōgun",
    "Baby Reindeer",
    "The Bear",
    "Succession",
    "Slow Horses",
    "The Last of Us",
    "Top Gun: Maverick",
    "Everything Everywhere All at Once",
    "Triangle of Sadness",
)
#: language: (templates, subscription services, rental shops); {t} the title, {p1} a service, {p2} {p3}
#: shops, {price} {price2} rental and purchase prices, the date's parts (the day prices were checked)
STREAMING: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Where to watch {t}: Stream on {p1} · Rent or buy on {p2}, {p3} from ${price}",
            "{t} is streaming on {p1} with a subscription. Rent from ${price} or buy from ${price2} on {p2}."
            " Prices checked {mon} {d}, {y}.",
        ),
        ("Netflix", "Prime Video", "Max", "Hulu", "Disney+", "Apple TV+", "Peacock", "Paramount+"),
        ("Apple TV", "Amazon Video", "Google Play Movies", "Fandango at Home", "YouTube"),
    ),
    "de": (
        (
            "Wo läuft „{t}“? Im Abo bei {p1} · Leihen bei {p2} ab {price} € · Kaufen bei {p3} ab {price2} €"
            " (Stand: {dd}.{mm}.{y})",
            "„{t}“ im Stream: Flatrate bei {p1}, Leihen ab {price} € bei {p2}",
        ),
        ("Netflix", "Amazon Prime Video", "Disney+", "WOW", "Sky Go", "Joyn", "RTL+", "MagentaTV"),
        ("Apple TV", "Amazon Video", "Google Play Filme", "maxdome Store", "Rakuten TV", "Videoload"),
    ),
    "fr": (
        (
            "Où regarder « {t} » ? En streaming sur {p1} · Location sur {p2} à partir de {price} € · Achat"
            " sur {p3}",
        ),
        ("Netflix", "Prime Video", "Canal+", "Disney+", "Max", "Paramount+"),
        ("Apple TV", "Orange VOD", "Rakuten TV", "Canal VOD", "Google Play Films"),
    ),
    "es": (
        ("Dónde ver «{t}»: disponible en {p1} · Alquiler en {p2} desde {price} € · Compra en {p3}",),
        ("Netflix", "Prime Video", "Movistar Plus+", "Max", "Filmin", "SkyShowtime", "Disney+"),
        ("Apple TV", "Rakuten TV", "Google Play Películas", "Amazon Video"),
    ),
    "it": (
        (
            "Dove vedere «{t}» in streaming: incluso con {p1} · noleggio su {p2} da {price} € · acquisto su"
            " {p3}",
        ),
        ("Netflix", "Prime Video", "NOW", "Sky Go", "Disney+", "Paramount+", "RaiPlay"),
        ("Apple TV", "Rakuten TV", "Chili", "Google Play Film", "TIMVISION"),
    ),
    "pt": (
        (
            "Onde assistir a “{t}”: streaming no {p1} · aluguel no {p2} a partir de R$ {price} · compra no"
            " {p3}",
        ),
        ("Netflix", "Prime Video", "Max", "Globoplay", "Disney+", "Paramount+"),
        ("Apple TV", "Google Play Filmes", "Claro tv+", "Microsoft Store"),
    ),
    "nl": (
        ("Waar kijk je {t}? Streamen via {p1} · Huren bij {p2} vanaf € {price} · Kopen bij {p3}",),
        ("Netflix", "Videoland", "Prime Video", "Disney+", "HBO Max", "NPO Plus"),
        ("Apple TV", "Pathé Thuis", "Google Play Films", "KPN"),
    ),
    "sv": (
        ("Var kan man se {t}? Streama på {p1} · Hyr på {p2} från {price} kr",),
        ("Netflix", "Viaplay", "Max", "SVT Play", "Disney+", "SkyShowtime"),
        ("Apple TV", "SF Anytime", "Google Play", "Blockbuster"),
    ),
    "da": (
        ("Hvor kan man se {t}? Stream på {p1} · Lej hos {p2} fra {price} kr.",),
        ("Netflix", "Viaplay", "Max", "TV 2 Play", "DR TV", "Disney+"),
        ("Apple TV", "Blockbuster", "SF Anytime", "Google Play"),
    ),
    "nb": (
        ("Hvor kan du se {t}? Strøm på {p1} · Lei hos {p2} fra {price} kr",),
        ("Netflix", "Viaplay", "Max", "NRK TV", "TV 2 Play", "Disney+"),
        ("Apple TV", "SF Anytime", "Blockbuster", "Google Play"),
    ),
    "fi": (
        ("Missä voi katsoa {t}? Suoratoisto: {p1} · Vuokraa: {p2} alkaen {price} €",),
        ("Netflix", "Yle Areena", "Max", "Ruutu+", "Viaplay", "Disney+"),
        ("Apple TV", "SF Anytime", "Google Play", "Elisa Viihde"),
    ),
    "pl": (
        ("Gdzie obejrzeć „{t}”? W abonamencie: {p1} · Wypożyczenie: {p2} od {price} zł",),
        ("Netflix", "Max", "Player.pl", "Prime Video", "Canal+ Online", "SkyShowtime", "Disney+"),
        ("Apple TV", "Rakuten TV", "Google Play", "CDA Premium"),
    ),
    "cs": (
        ("Kde sledovat {t}: streamování na {p1} · půjčení na {p2} od {price} Kč",),
        ("Netflix", "Max", "Voyo", "SkyShowtime", "Disney+", "Prime Video"),
        ("Apple TV", "Google Play", "O2 TV", "Aerovod"),
    ),
    "tr": (
        ("{t} nereden izlenir? Abonelikle: {p1} · Kirala: {p2}, {price} TL'den başlayan fiyatlarla",),
        ("Netflix", "BluTV", "Disney+", "Prime Video", "Exxen", "TOD"),
        ("Apple TV", "Google Play Filmler", "TV+"),
    ),
    "ru": (
        ("Где смотреть «{t}»: по подписке в {p1} · аренда в {p2} от {price} ₽",),
        ("Кинопоиск", "Okko", "Иви", "Start", "Wink", "Premier"),
        ("Okko", "Иви", "Wink", "more.tv"),
    ),
    "ja": (
        ("「{t}」の配信状況：見放題 {p1}／レンタル {p2}（{price}円〜）（{m}月{d}日時点）",),
        ("Netflix", "U-NEXT", "Amazonプライム・ビデオ", "Disney+", "Hulu", "ABEMAプレミアム"),
        ("U-NEXT", "Apple TV", "Rakuten TV", "Google Play"),
    ),
    "ko": (
        ("'{t}' 어디서 볼까? 구독: {p1} · 대여: {p2} {price}원부터",),
        ("넷플릭스", "티빙", "웨이브", "쿠팡플레이", "디즈니+", "왓챠"),
        ("네이버 시리즈온", "구글 플레이", "애플 TV", "U+모바일tv"),
    ),
    "zh": (
        ("《{t}》在哪看：{p1}会员可看 · {p2}单片购买{price}元起",),
        ("爱奇艺", "腾讯视频", "优酷", "芒果TV", "哔哩哔哩"),
        ("腾讯视频", "爱奇艺", "优酷", "咪咕视频"),
    ),
    "hi": (
        ("'{t}' कहां देखें: {p1} पर स्ट्रीमिंग · {p2} पर ₹{price} में किराए पर",),
        ("Netflix", "Prime Video", "JioCinema", "Disney+ Hotstar", "SonyLIV", "ZEE5"),
        ("Apple TV", "Google Play Movies", "YouTube"),
    ),
}
#: language: (rent low, rent high, decimal separator, decimals; purchase low, high)
STREAM_PRICES = {
    "en": (3, 5, ".", 2, 9, 19),
    "de": (3, 5, ",", 2, 9, 16),
    "fr": (3, 5, ",", 2, 9, 16),
    "es": (3, 5, ",", 2, 9, 15),
    "it": (3, 5, ",", 2, 9, 15),
    "pt": (6, 15, ",", 2, 29, 59),
    "nl": (3, 5, ",", 2, 9, 15),
    "sv": (39, 49, ",", 0, 149, 199),
    "da": (39, 49, ",", 0, 129, 179),
    "nb": (39, 59, ",", 0, 149, 199),
    "fi": (3, 5, ",", 2, 9, 16),
    "pl": (9, 19, ",", 2, 39, 69),
    "cs": (59, 99, ",", 0, 199, 349),
    "tr": (35, 60, ",", 0, 150, 300),
    "ru": (99, 399, ",", 0, 399, 699),
    "ja": (300, 550, ".", 0, 1500, 2500),
    "ko": (1200, 5000, ".", 0, 8000, 12000),
    "zh": (3, 6, ".", 0, 9, 15),
    "hi": (69, 149, ".", 0, 299, 499),
}


def streaming_box(case: Case, rnd: random.Random) -> str:
    """A where-to-watch box under a review or a feature: the services that stream the film or series and
    the shops that rent or sell it, with their prices."""
    lang, (templates, services, shops) = _pick(STREAMING, case, rnd)
    low, high, sep, places, buy_low, buy_high = STREAM_PRICES[lang]
    shop, shop2 = rnd.sample(shops, 2)
    if lang in ("ja", "ko"):
        price = str(rnd.randrange(low, high + 1, 100 if lang == "ko" else 10))
    else:
        price = _money(rnd, low, high, sep, places)
    return _render(
        rnd.choice(templates),
        t=rnd.choice(STREAM_TITLES),
        p1=rnd.choice(services),
        p2=shop,
        p3=shop2,
        price=price,
        price2=_money(rnd, buy_low, buy_high, sep, places),
        **_parts(lang, _the_day(case, rnd, (0, 3))),
    )


# ---------------------------------------------------------------- a product-recall box (middle)
#: language: (templates, brands, products, reasons, batch pattern); {firm} {prod} {lot} {reason}, the
#: best-before date's parts
RECALLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "en": (
        (
            "Recall: {firm} is recalling {prod} with the best before date {d} {mon} {y} (batch code {lot})"
            " because of {reason}. Do not eat it; return it to the store for a full refund.",
            "Recall alert: {firm} {prod}, lot {lot}, 'use by' {mm}/{dd}/{y} – {reason}",
        ),
        ("Harvest Lane", "Meadowbrook Farms", "Kingsley's", "Blue Harbour", "Golden Acre", "Fenwick & Co"),
        (
            "smoked salmon slices 200g",
            "chicken liver pâté 170g",
            "oat granola bars 6x30g",
            "chocolate hazelnut spread 400g",
            "frozen mixed berries 500g",
        ),
        (
            "the possible presence of Listeria monocytogenes",
            "undeclared peanuts",
            "pieces of hard plastic found in the product",
            "possible Salmonella contamination",
        ),
        "L####A",
    ),
    "de": (
        (
            "Rückruf: {firm} ruft „{prod}“ zurück – betroffen ist die Charge {lot} mit dem"
            " Mindesthaltbarkeitsdatum {dd}.{mm}.{y}. Grund: {reason}.",
            "Produktwarnung: {prod} von {firm} (MHD {dd}.{mm}.{y}, Los {lot}) – {reason}. Kunden können das"
            " Produkt im Markt zurückgeben.",
        ),
        (
            "Hofgut Berger",
            "Alpenmilch Hausner",
            "Feinkost Lindemann",
            "Backstube Kögel",
            "Nordfisch Petersen",
        ),
        (
            "Räucherlachs in Scheiben, 200 g",
            "Bio-Sesampaste, 250 g",
            "Geflügel-Leberwurst, 125 g",
            "Dinkel-Knusperflocken, 375 g",
        ),
        ("Nachweis von Salmonellen", "Listerien", "mögliche Kunststoffteile", "nicht deklarierter Sellerie"),
        "L#####",
    ),
    "fr": (
        (
            "Rappel Conso : {prod} de la marque {firm} (lot {lot}, DLC {dd}/{mm}/{y}) – motif : {reason}. Ne"
            " pas consommer, rapporter au point de vente.",
        ),
        ("Maison Ferrand", "Les Vergers d'Ardèche", "Fromagerie Delmas", "Saveurs de Bretagne"),
        (
            "rillettes de canard 180 g",
            "camembert au lait cru 250 g",
            "taboulé oriental 500 g",
            "saumon fumé 4 tranches",
        ),
        (
            "présence de Listeria monocytogenes",
            "présence de salmonelles",
            "présence de corps étrangers",
            "allergène non déclaré (moutarde)",
        ),
        "##########",
    ),
    "es": (
        (
            "Alerta alimentaria: {firm} retira {prod} del lote {lot} con fecha de consumo preferente"
            " {dd}/{mm}/{y} por {reason}.",
        ),
        ("Conservas Arrieta", "Embutidos Peña", "Lácteos del Valle", "Horno San Blas"),
        (
            "chorizo ibérico en lonchas 100 g",
            "queso fresco 250 g",
            "hummus clásico 240 g",
            "galletas de avena 300 g",
        ),
        (
            "presencia de Listeria",
            "presencia de salmonela",
            "presencia de gluten no declarado",
            "posibles fragmentos de metal",
        ),
        "L#####",
    ),
    "it": (
        ("Richiamo alimentare: {firm} ritira {prod} (lotto {lot}, TMC {dd}/{mm}/{y}) per {reason}.",),
        ("Salumificio Ronchi", "Caseificio Valbona", "Pastificio Morelli", "Conserve del Golfo"),
        (
            "mortadella affettata 120 g",
            "mozzarella 125 g",
            "pesto alla genovese 190 g",
            "tonno sott'olio 3x80 g",
        ),
        (
            "presenza di Listeria monocytogenes",
            "presenza di salmonella",
            "possibile presenza di frammenti di vetro",
            "allergene non dichiarato (senape)",
        ),
        "L####",
    ),
    "pt": (
        (
            "Recolha de produto: {firm} retira do mercado {prod} (lote {lot}, validade {dd}/{mm}/{y}) devido"
            " a {reason}.",
        ),
        ("Lacticínios da Serra", "Conservas Ribamar", "Charcutaria Lopes", "Padaria Alvorada"),
        ("queijo fresco 200 g", "paio de porco 300 g", "atum em azeite 120 g", "bolachas de aveia 200 g"),
        (
            "presença de Listeria",
            "presença de Salmonella",
            "alergénio não declarado (soja)",
            "presença de corpos estranhos",
        ),
        "L####",
    ),
    "nl": (
        ("Terugroepactie: {firm} roept {prod} terug (lotnummer {lot}, THT {dd}-{mm}-{y}) vanwege {reason}.",),
        ("Zuivelhoeve De Kempen", "Visspecialist Bakker", "Bakkerij Wolters", "Slagerij Van Dam"),
        ("gerookte zalm 150 g", "hummus naturel 200 g", "pindakaas 350 g", "kipfilet gesneden 100 g"),
        ("mogelijke aanwezigheid van listeria", "salmonella", "stukjes plastic", "niet-vermelde noten"),
        "#####",
    ),
    "sv": (
        (
            "Återkallelse: {firm} återkallar {prod} (bäst före {y}-{mm}-{dd}, batch {lot}) på grund av"
            " {reason}.",
        ),
        ("Norrlandsgården", "Skärgårdsfisk", "Mejeri Dalsland", "Bageri Lindqvist"),
        ("gravad lax 200 g", "leverpastej 300 g", "hummus 250 g", "havrekakor 300 g"),
        ("fynd av listeria", "salmonella", "bitar av metall", "odeklarerad mjölk"),
        "#####",
    ),
    "da": (
        (
            "Tilbagekaldelse: {firm} kalder {prod} tilbage (bedst før {dd}.{mm}.{y}, lot {lot}) pga."
            " {reason}.",
        ),
        ("Slagter Madsen", "Vestjysk Mejeri", "Fiskehuset Skagen", "Bageriet Kornblomst"),
        ("leverpostej 250 g", "røget laks 200 g", "hummus 200 g", "rugbrødschips 150 g"),
        ("fund af listeria", "salmonella", "fremmedlegemer af plast", "ikke-deklareret sennep"),
        "#####",
    ),
    "nb": (
        (
            "Tilbaketrekking: {firm} trekker tilbake {prod} (best før {dd}.{mm}.{y}, batch {lot}) på grunn"
            " av {reason}.",
        ),
        ("Fjordlaks", "Gårdsmat Hedmark", "Bakeriet Nordlys", "Meieri Vest"),
        ("røkt laks 200 g", "leverpostei 200 g", "hummus 250 g", "knekkebrød 300 g"),
        ("funn av listeria", "salmonella", "metallbiter", "ikke-merket sennep"),
        "#####",
    ),
    "fi": (
        (
            "Takaisinveto: {firm} vetää takaisin tuotteen {prod} (parasta ennen {d}.{m}.{y}, erä {lot}) –"
            " syy: {reason}.",
        ),
        ("Järvikala Oy", "Maatilan Herkku", "Leipomo Kaski", "Meijeri Pohjola"),
        ("kylmäsavulohi 200 g", "maksapasteija 200 g", "hummus 200 g", "kaurakeksit 300 g"),
        ("listeria", "salmonella", "muovinpalat", "merkitsemätön selleri"),
        "#####",
    ),
    "pl": (
        (
            "GIS ostrzega: {firm} wycofuje {prod} (partia {lot}, najlepiej spożyć przed {dd}.{mm}.{y}) z"
            " powodu {reason}.",
        ),
        ("Zakłady Mięsne Nowak", "Mleczarnia Podlasie", "Piekarnia Wiśniewski", "Przetwórnia Ryb Bałtyk"),
        (
            "kiełbasa krakowska 300 g",
            "serek wiejski 200 g",
            "pasztet drobiowy 160 g",
            "śledzie w oleju 250 g",
        ),
        (
            "wykrycia Listeria monocytogenes",
            "obecności pałeczek Salmonella",
            "obecności ciał obcych",
            "niezadeklarowanego alergenu (gorczyca)",
        ),
        "#####",
    ),
    "cs": (
        (
            "Stahování výrobku: {firm} stahuje {prod} (šarže {lot}, minimální trvanlivost do {dd}.{mm}.{y})"
            " kvůli {reason}.",
        ),
        ("Masna Hranice", "Mlékárna Pohoda", "Pekárna Kotlík", "Rybářství Blatná"),
        ("šunka od kosti 100 g", "tvaroh 250 g", "paštika 120 g", "uzený losos 100 g"),
        ("přítomnosti listerií", "salmonel", "cizích těles", "nedeklarovaného alergenu"),
        "#####",
    ),
    "tr": (
        (
            "Geri çağırma: {firm}, {prod} ürününün {lot} parti numaralı ürünlerini {reason} nedeniyle geri"
            " çağırdı (SKT {dd}.{mm}.{y}).",
        ),
        ("Ege Süt", "Karadeniz Gıda", "Anadolu Şarküteri", "Marmara Unlu Mamuller"),
        ("beyaz peynir 500 g", "dana sucuk 250 g", "tahin 300 g", "fındık ezmesi 350 g"),
        (
            "Listeria tespit edilmesi",
            "Salmonella tespit edilmesi",
            "yabancı madde bulunması",
            "beyan edilmeyen alerjen",
        ),
        "#####",
    ),
    "ru": (
        ("Отзыв продукции: {firm} отзывает {prod} (партия {lot}, годен до {dd}.{mm}.{y}) из-за {reason}.",),
        ("Молочный двор", "Мясокомбинат «Заречье»", "Хлебозавод № 5", "Рыбный дом"),
        ("сыр «Российский» 200 г", "колбаса докторская 400 г", "творог 5% 180 г", "сельдь в масле 250 г"),
        (
            "обнаружения листерий",
            "обнаружения сальмонелл",
            "посторонних включений",
            "незаявленного аллергена",
        ),
        "#####",
    ),
    "el": (
        (
            "Ανάκληση προϊόντος: Ο ΕΦΕΤ ανακαλεί {prod} της εταιρείας {firm} (παρτίδα {lot}, ανάλωση κατά"
            " προτίμηση πριν από {dd}/{mm}/{y}) λόγω {reason}.",
        ),
        ("Γαλακτοκομική Ηπείρου", "Αλλαντικά Θεσσαλίας", "Αρτοποιία Κρήτης"),
        ("φέτα 400 γρ.", "γαλοπούλα καπνιστή 160 γρ.", "ταχίνι 300 γρ."),
        ("ανίχνευσης λιστέριας", "ανίχνευσης σαλμονέλας", "ξένων σωμάτων"),
        "#####",
    ),
    "ja": (
        ("【自主回収】{firm}「{prod}」（賞味期限{y}年{m}月{d}日、ロット{lot}）{reason}のおそれ",),
        ("北陸食品", "みなと水産", "丸山製菓", "やまびこ乳業"),
        ("焼きちくわ 4本入", "ミックスナッツ 150g", "辛子明太子 100g", "ヨーグルト 400g"),
        ("金属片混入", "アレルゲン（卵）表示欠落", "カビ発生", "異物混入"),
        "####A",
    ),
    "ko": (
        ("[회수] {firm} '{prod}' (유통기한 {y}.{mm}.{dd}, 제조번호 {lot}) – {reason}로 판매 중단·회수",),
        ("한빛식품", "바다마을수산", "초록들유업", "해오름제과"),
        ("훈제 연어 200g", "냉동 만두 1kg", "어묵 300g", "견과류 바 30g"),
        ("리스테리아 검출", "살모넬라 검출", "금속성 이물 혼입", "알레르기 유발물질 미표시"),
        "########",
    ),
    "zh": (
        ("【召回】{firm}召回{prod}（批号{lot}，保质期至{y}年{m}月{d}日），原因：{reason}。",),
        ("华润食品", "绿源乳业", "海湾水产", "金禾食品"),
        ("即食鸡胸肉200克", "风味酸奶450克", "速冻水饺1千克", "坚果礼盒750克"),
        ("检出单核细胞增生李斯特氏菌", "检出沙门氏菌", "混入金属异物", "未标注过敏原"),
        "########",
    ),
}


def recall_box(case: Case, rnd: random.Random) -> str:
    """A product-recall box (a food authority's warnings fed into the site): the brand, the product, the
    batch, the best-before date and the reason."""
    lang, (templates, firms, products, reasons, lot) = _pick(RECALLS, case, rnd)
    return _render(
        rnd.choice(templates),
        firm=rnd.choice(firms),
        prod=rnd.choice(products),
        reason=rnd.choice(reasons),
        lot=_digits(rnd, lot),
        **_parts(lang, _the_day(case, rnd, (20, 400))),
    )


# ---------------------------------------------------------------- a medicine advertisement's mandatory text
#: language: templates; {prod} the product, {sub} its active substance and dose, {firm} the maker,
#: {code} an approval or advertisement number, the date's parts
MEDICINE_ADS = {
    "en": (
        "{prod} {sub} tablets. For the short-term relief of {ind}. Always read the label. {firm}.",
        "{prod} contains {sub}. Always read the leaflet. Do not exceed the stated dose. {firm}, UK/{code}",
    ),
    "de": (
        "{prod} {sub}. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre"
        " Ärztin,"
        " Ihren Arzt oder in Ihrer Apotheke. {firm} · PZN {pzn}",
        "{prod} – Wirkstoff: {sub}. Anwendungsgebiete: {ind}. Zu Risiken und Nebenwirkungen lesen Sie die"
        " Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker. Stand: {mm}/{y}",
    ),
    "fr": (
        "{prod} {sub}, comprimé. Ceci est un médicament. Lire attentivement la notice. Demandez conseil à"
        " votre pharmacien. Si les symptômes persistent, consultez votre médecin. Visa {code}",
    ),
    "es": (
        "{prod} ({sub}). Lea las instrucciones de este medicamento y consulte al farmacéutico. {firm}."
        " CPSP{y2}/{nnnn}",
    ),
    "it": (
        "{prod} {sub} è un medicinale. Leggere attentamente il foglio illustrativo. Autorizzazione del"
        " {dd}/{mm}/{y}. {firm}",
    ),
    "pt": (
        "{prod} ({sub}). Reg. MS {regms}. SE PERSISTIREM OS SINTOMAS, O MÉDICO DEVERÁ SER CONSULTADO.",
        "{prod} ({sub}) é um medicamento não sujeito a receita médica. Leia cuidadosamente o folheto"
        " informativo. Em caso de dúvida ou persistência dos sintomas consulte o seu médico ou farmacêutico."
        " {firm}",
    ),
    "nl": ("{prod} {sub}. Lees voor gebruik de bijsluiter. {firm}. KOAG/KAG {nnnn}-{mm}{y2}",),
    "sv": ("{prod} ({sub}) är ett receptfritt läkemedel vid {ind}. Läs noga igenom bipacksedeln. {firm}",),
    "pl": (
        "{prod} ({sub}). To jest lek. Dla zapewnienia bezpieczeństwa stosowania leku należy stosować go"
        " zgodnie z opisem zawartym w ulotce dołączonej do opakowania bądź zgodnie z zaleceniami lekarza lub"
        " farmaceuty. {firm}",
    ),
    "cs": ("{prod} {sub} je lék k vnitřnímu užití. Čtěte pečlivě příbalovou informaci. {firm}",),
    "ru": (
        "{prod} ({sub}). Рег. уд. ЛП-{nnnnnn}. Имеются противопоказания. Необходимо ознакомиться с"
        " инструкцией или проконсультироваться со специалистом.",
    ),
    "uk": (
        "{prod} ({sub}). Р.П. № UA/{nnnnn}/01/01. Самолікування може бути шкідливим для вашого здоров'я."
        " Перед застосуванням ознайомтеся з інструкцією.",
    ),
    "el": (
        "{prod} {sub}. Διαβάστε προσεκτικά τις οδηγίες χρήσης. Ρωτήστε τον γιατρό ή τον φαρμακοποιό σας.",
    ),
    "ja": (
        "{prod}【第2類医薬品】 この医薬品は、薬剤師、登録販売者に相談のうえ「使用上の注意」をよく読んでお使い"
        "下さい。{firm}",
    ),
    "ko": (
        "{prod}({sub}) 이 약은 의약품입니다. 사용상의 주의사항을 잘 읽고 의사, 약사와 상의하십시오."
        " 광고심의필 {y}-{nnnn}",
    ),
    "zh": ("{prod}（{sub}）请按药品说明书或者在药师指导下购买和使用 · 国药准字H{nnnnnnnn}",),
}
#: the products (Latin letters) and, per language, their names where the ad writes them in another script
MEDICINE_NAMES = {
    "": ("Dolorin akut", "Paraxan", "Allerstop", "Gastrozol"),
    "ru": ("Долорин", "Параксан", "Аллерстоп", "Гастрозол"),
    "uk": ("Долорин", "Параксан", "Алерстоп", "Гастрозол"),
    "ja": ("ドロリンEX", "パラキサン錠", "アレルストップ", "ガストロZ"),
    "ko": ("돌로린정", "파락산정", "알러스톱정", "가스트로졸캡슐"),
    "zh": ("多乐宁", "帕拉克森", "艾乐停", "胃舒唑"),
}
#: language: each product's active substance and dose, as the ad writes them
SUBSTANCES = {
    "en": ("ibuprofen 400 mg", "paracetamol 500 mg", "cetirizine hydrochloride 10 mg", "omeprazole 20 mg"),
    "de": ("Ibuprofen 400 mg", "Paracetamol 500 mg", "Cetirizindihydrochlorid 10 mg", "Omeprazol 20 mg"),
    "fr": ("ibuprofène 400 mg", "paracétamol 500 mg", "cétirizine 10 mg", "oméprazole 20 mg"),
    "es": ("ibuprofeno 400 mg", "paracetamol 500 mg", "cetirizina 10 mg", "omeprazol 20 mg"),
    "it": ("ibuprofene 400 mg", "paracetamolo 500 mg", "cetirizina 10 mg", "omeprazolo 20 mg"),
    "pt": ("ibuprofeno 400 mg", "paracetamol 500 mg", "cetirizina 10 mg", "omeprazol 20 mg"),
    "nl": ("ibuprofen 400 mg", "paracetamol 500 mg", "cetirizine 10 mg", "omeprazol 20 mg"),
    "sv": ("ibuprofen 400 mg", "paracetamol 500 mg", "cetirizin 10 mg", "omeprazol 20 mg"),
    "pl": ("ibuprofen 400 mg", "paracetamol 500 mg", "cetyryzyna 10 mg", "omeprazol 20 mg"),
    "cs": ("ibuprofen 400 mg", "paracetamol 500 mg", "cetirizin 10 mg", "omeprazol 20 mg"),
    "ru": ("ибупрофен 400 мг", "парацетамол 500 мг", "цетиризин 10 мг", "омепразол 20 мг"),
    "uk": ("ібупрофен 400 мг", "парацетамол 500 мг", "цетиризин 10 мг", "омепразол 20 мг"),
    "el": ("ιβουπροφαίνη 400 mg", "παρακεταμόλη 500 mg", "σετιριζίνη 10 mg", "ομεπραζόλη 20 mg"),
    "ja": ("イブプロフェン200mg", "アセトアミノフェン300mg", "セチリジン塩酸塩10mg", "ファモチジン10mg"),
    "ko": ("이부프로펜 400mg", "아세트아미노펜 500mg", "세티리진 10mg", "오메프라졸 20mg"),
    "zh": ("布洛芬缓释胶囊 0.3g", "对乙酰氨基酚片 0.5g", "盐酸西替利嗪片 10mg", "奥美拉唑肠溶胶囊 20mg"),
}
#: language: what each product treats, as the ad says it (only the templates that name it)
INDICATIONS = {
    "en": ("headache, period pain and fever", "mild to moderate pain and fever", "hay fever", "heartburn"),
    "de": (
        "Kopf- und Regelschmerzen, Fieber",
        "leichte bis mäßig starke Schmerzen, Fieber",
        "Heuschnupfen",
        "Sodbrennen",
    ),
    "sv": ("huvudvärk", "feber och smärta", "hösnuva", "halsbränna"),
}
_LOCAL_MAKERS = {"ja": ("北斗製薬株式会社", "みどり薬品工業株式会社"), "ko": ("한빛제약(주)", "대양약품(주)")}
_MAKERS = ("Medipharm GmbH", "Laboratoires Arvel", "Helvia Pharma AG", "Nordic Health AB", "Pharmaco Ltd")


def medicine_ad(case: Case, rnd: random.Random) -> str:
    """The text a medicine's advertisement must carry (the warning, the approval number), run into the
    article by an ad slot the extractor kept."""
    lang, templates = _pick(MEDICINE_ADS, case, rnd)
    i = rnd.randrange(4)
    return _render(
        rnd.choice(templates),
        prod=MEDICINE_NAMES.get(lang, MEDICINE_NAMES[""])[i],
        sub=SUBSTANCES[lang][i],
        ind=INDICATIONS.get(lang, ("",) * 4)[i],
        firm=rnd.choice(_LOCAL_MAKERS.get(lang, _MAKERS)),
        pzn=_digits(rnd, "########"),
        code=_digits(rnd, rnd.choice(("##/##/########/GP/###", "PL #####/####", "##-#####"))),
        regms=_digits(rnd, "1.####.####.###-#"),
        nnnn=_digits(rnd, "####"),
        nnnnn=_digits(rnd, "#####"),
        nnnnnn=_digits(rnd, "######"),
        nnnnnnnn=_digits(rnd, "########"),
        **_parts(lang, _the_day(case, rnd, (-700, -30))),
    )


# ---------------------------------------------------------------- a parish box of church services (end)
#: language: (templates, churches, services); {c1}.. churches, {v1}.. services, {t1}.. hours, the
#: Sunday's parts, {pastor} a name
WORSHIP: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Church services this Sunday, {mon} {d}: {c1} – {v1} {t1}; {c2} – {v2} {t2}; {c3} – {v3} {t3}",
            "Worship times: {c1}, {v1} {t1} and {t2}; {c2}, {v2} {t3}",
        ),
        (
            "St Mary's",
            "St Joseph's RC",
            "Trinity Methodist",
            "First Baptist Church",
            "Grace Lutheran",
            "St Andrew's URC",
        ),
        ("Holy Communion", "Mass", "Morning worship", "Family service", "Evensong", "Sunday School"),
    ),
    "de": (
        (
            "Gottesdienste am {Wd}, {d}. {mon}: {c1} {t1} Uhr {v1}; {c2} {t2} Uhr {v2}; {c3} {t3} Uhr {v3}",
            "Kirchliche Nachrichten – {c1}: {wd} {t1} Uhr {v1} (Pfarrer {pastor}); {c2}: {t2} Uhr {v2}",
        ),
        (
            "St. Martin",
            "Liebfrauenkirche",
            "Ev. Stadtkirche",
            "St. Josef",
            "Christuskirche",
            "Lutherkirche",
            "Herz-Jesu",
        ),
        (
            "Hochamt",
            "Eucharistiefeier",
            "Gottesdienst mit Abendmahl",
            "Familiengottesdienst",
            "Wortgottesfeier",
            "Kantatengottesdienst",
        ),
    ),
    "fr": (
        ("Horaires des messes du {wd} {d} {mon} : {t1} à {c1} ; {t2} à {c2} ; {t3} à {c3} ({v1})",),
        ("Saint-Pierre", "Notre-Dame", "Sainte-Thérèse", "Saint-Jean-Baptiste", "la chapelle Saint-Roch"),
        ("messe des familles", "messe en plein air", "messe avec baptêmes", "célébration de la Parole"),
    ),
    "es": (
        ("Horario de misas del {wd} {d} de {mon}: {c1}, {t1} y {t2} h; {c2}, {t3} h ({v1})",),
        (
            "parroquia de San Miguel",
            "Santa María la Mayor",
            "Nuestra Señora del Carmen",
            "San José",
            "la Catedral",
        ),
        ("misa con coro", "misa de niños", "misa en sufragio", "misa vespertina"),
    ),
    "it": (
        ("Orari delle Sante Messe – {wd} {d} {mon}: {c1} ore {t1} e {t2}; {c2} ore {t3} ({v1})",),
        ("San Lorenzo", "Duomo", "Santa Maria Assunta", "San Francesco", "Sacro Cuore"),
        ("messa solenne", "messa dei ragazzi", "messa con le famiglie", "con la corale"),
    ),
    "pt": (
        ("Horário das missas – {wd}, {d} de {mon}: {c1} às {t1} e {t2}; {c2} às {t3} ({v1})",),
        (
            "Igreja Matriz de São João",
            "Paróquia de Santo António",
            "Capela de Nossa Senhora de Fátima",
            "Sé Catedral",
        ),
        ("missa dominical", "missa com crianças", "missa vespertina"),
    ),
    "nl": (
        ("Kerkdiensten zondag {d} {mon}: {c1} {t1} uur, ds. {pastor}; {c2} {t2} uur, {v1}; {c3} {t3} uur",),
        ("Grote Kerk", "Sint-Janskerk", "Protestantse Gemeente De Ark", "Sint-Bavo", "Martinikerk"),
        ("eucharistieviering", "woord- en communieviering", "jeugddienst"),
    ),
    "sv": (
        ("Gudstjänster söndag {d} {mon}: {c1} kl. {t1} {v1}, {pastor}; {c2} kl. {t2} {v2}",),
        ("Domkyrkan", "S:t Johannes kyrka", "Gustav Vasa kyrka", "Missionskyrkan", "Sankta Eugenia"),
        ("högmässa", "mässa", "familjegudstjänst", "musikgudstjänst"),
    ),
    "da": (
        ("Gudstjenester søndag d. {d}. {mon}: {c1} kl. {t1} v/ {pastor}; {c2} kl. {t2} {v1}",),
        ("Vor Frue Kirke", "Budolfi Kirke", "Sankt Nicolai Kirke", "Sankt Pauls Kirke"),
        ("højmesse", "familiegudstjeneste", "aftensang"),
    ),
    "nb": (
        ("Gudstjenester søndag {d}. {mon}: {c1} kl. {t1} {v1} v/ {pastor}; {c2} kl. {t2} {v2}",),
        ("Domkirken", "Johanneskirken", "Vår Frue kirke", "Metodistkirken"),
        ("høymesse", "familiegudstjeneste", "kveldsmesse"),
    ),
    "fi": (
        ("Jumalanpalvelukset sunnuntaina {d}.{m}.: {c1} klo {t1} {v1}, {pastor}; {c2} klo {t2} {v2}",),
        ("Tuomiokirkko", "Mikaelinkirkko", "Keskustan seurakuntatalo", "Pyhän Henrikin kirkko"),
        ("messu", "perhemessu", "sanajumalanpalvelus"),
    ),
    "pl": (
        ("Porządek Mszy Świętych w niedzielę {d} {mon}: {c1} – {t1}, {t2}, {t3}; {c2} – {t1}, {t3} ({v1})",),
        (
            "parafia św. Jakuba",
            "parafia Matki Bożej Częstochowskiej",
            "kościół Najświętszego Serca Pana Jezusa",
            "bazylika katedralna",
        ),
        ("Msza z udziałem dzieci", "suma", "Msza dla młodzieży"),
    ),
    "cs": (
        ("Bohoslužby v neděli {d}. {m}.: {c1} v {t1}, {c2} v {t2} ({v1}), {c3} v {t3}",),
        ("kostel sv. Mořice", "kostel sv. Václava", "kostel Panny Marie Sněžné", "kaple sv. Anny"),
        ("mše svatá", "bohoslužba slova", "mše svatá pro rodiny s dětmi"),
    ),
    "el": (
        ("Θείες Λειτουργίες Κυριακής {d} {mon}: {c1} {t1}, {c2} {t2}, {c3} {t3} ({v1})",),
        ("Ι.Ν. Αγίου Νικολάου", "Ι.Ν. Αγίας Τριάδος", "Ι.Ν. Παναγίας Φανερωμένης", "Ι.Ν. Αγίου Δημητρίου"),
        ("Όρθρος και Θεία Λειτουργία", "Αρχιερατική Θεία Λειτουργία", "Εσπερινός"),
    ),
    "ru": (
        ("Расписание богослужений на {d} {mon}: {c1} – {t1} {v1}; {c2} – {t2} {v2}",),
        ("Храм Святой Троицы", "Покровский собор", "Храм Николая Чудотворца", "Успенский собор"),
        ("Божественная литургия", "Всенощное бдение", "молебен"),
    ),
    "uk": (
        ("Розклад богослужінь на неділю, {d} {mon}: {c1} – {t1} {v1}; {c2} – {t2} {v2}",),
        ("Собор Святого Юра", "Церква Покрови Пресвятої Богородиці", "Храм Святого Миколая"),
        ("Божественна Літургія", "Вечірня", "молебень"),
    ),
    "ko": (
        ("이번 주 예배 안내 ({m}월 {d}일): {c1} 1부 {t1}, 2부 {t2}, 3부 {t3} · {v1}",),
        ("한빛교회", "사랑의교회", "새소망교회", "성산교회"),
        ("수요 예배 오후 7시 30분", "새벽기도 오전 5시 30분", "청년부 예배 오후 2시"),
    ),
}
_PASTORS = ("Keller", "Brandt", "van Dijk", "Lindholm", "Virtanen", "Hansen", "Solberg", "Jansen")


def _hours(lang: str, rnd: random.Random, n: int) -> list[str]:
    """``n`` hours of Sunday services, earliest first, as ``lang`` prints an hour."""
    picks = sorted(rnd.sample([(h, m) for h in (7, 8, 9, 10, 11, 17, 18, 19) for m in (0, 0, 15, 30)], n))
    out = []
    for h, m in picks:
        if lang == "en":
            out.append(f"{h % 12 or 12}{f':{m:02d}' if m else ''}{'am' if h < 12 else 'pm'}")
        elif lang == "fr":
            out.append(f"{h}h{m:02d}" if m else f"{h}h")
        elif lang == "de":
            out.append(f"{h}.{m:02d}" if m else f"{h}")
        elif lang == "ko":
            out.append(f"{'오전' if h < 12 else '오후'} {h % 12 or 12}시{f' {m}분' if m else ''}")
        elif lang == "nl":
            out.append(f"{h}.{m:02d}")
        elif lang in ("sv", "da", "nb", "fi"):
            out.append(f"{h:02d}.{m:02d}" if lang != "fi" else f"{h}{f'.{m:02d}' if m else ''}")
        else:
            out.append(f"{h}:{m:02d}")
    return out


def worship_times(case: Case, rnd: random.Random) -> str:
    """A local paper's box of the coming Sunday's church services: churches, services and hours."""
    lang, (templates, churches, services) = _pick(WORSHIP, case, rnd)
    day = _the_day(case, rnd, (0, 6))
    day += timedelta(days=(6 - day.weekday()) % 7)
    c = rnd.sample(churches, 3)
    v = rnd.sample(services, 3) if len(services) >= 3 else [rnd.choice(services) for _ in range(3)]
    t = _hours(lang, rnd, 3)
    return _render(
        rnd.choice(templates),
        c1=c[0],
        c2=c[1],
        c3=c[2],
        v1=v[0],
        v2=v[1],
        v3=v[2],
        t1=t[0],
        t2=t[1],
        t3=t[2],
        pastor=rnd.choice(_PASTORS),
        **_parts(lang, day),
    )


# ---------------------------------------------------------------- food-hygiene inspection results (end)
#: language: (templates, restaurants, grades); {r1}.. restaurants, {g1}.. grades, {city}, the date's parts
HYGIENE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Latest food hygiene ratings in {city}: {r1} – rated {g1}; {r2} – rated {g2}; {r3} – rated {g3}"
            " (inspected {d} {mon} {y})",
            "Restaurant inspections, week of {mon} {d}: {r1} – {g1}; {r2} – {g2}; {r3} – {g3}",
        ),
        (
            "The Red Lion",
            "Golden Dragon Takeaway",
            "Bella Napoli",
            "Spice Garden",
            "Kebab King",
            "Café Rouge",
            "Harbour Fish Bar",
        ),
        (
            "5 (very good)",
            "4 (good)",
            "3 (generally satisfactory)",
            "2 (improvement necessary)",
            "1 (major improvement necessary)",
            "0 (urgent improvement necessary)",
        ),
    ),
    "da": (
        (
            "Nye smiley-rapporter fra {city}: {r1} – {g1}; {r2} – {g2}; {r3} – {g3} (kontrolbesøg"
            " {dd}.{mm}.{y})",
        ),
        ("Pizzeria Roma", "Café Hjørnet", "Sushi House", "Grillbaren", "Restaurant Havnen"),
        ("elite-smiley", "glad smiley", "lille smiley – anmærkning om rengøring", "sur smiley – påbud"),
    ),
    "nb": (
        (
            "Smilefjes fra Mattilsynet i {city}: {r1} – {g1}; {r2} – {g2}; {r3} – {g3} (inspisert"
            " {dd}.{mm}.{y})",
        ),
        ("Peppes Kjøkken", "Kafé Brygga", "Thai Orchid", "Kebabhuset", "Bakeriet i gata"),
        ("smil", "strek – pålegg om rengjøring", "sur munn – stengt inntil videre"),
    ),
    "fi": (
        ("Oiva-raportit, {city}: {r1} – {g1}; {r2} – {g2}; {r3} – {g3} (tarkastettu {d}.{m}.{y})",),
        ("Pizzeria Napoli", "Kahvila Kulma", "Sushi Bar Tokio", "Grilli Pekka", "Ravintola Satama"),
        ("oivallinen", "hyvä", "korjattavaa", "huono"),
    ),
    "fr": (
        (
            "Alim'confiance – derniers contrôles sanitaires à {city} : {r1} – {g1} ; {r2} – {g2} ; {r3} –"
            " {g3} (inspection du {dd}/{mm}/{y})",
        ),
        ("Le Bistrot du Marché", "Pizzeria Napoli", "Kebab Istanbul", "Sushi Shop", "La Crêperie du Port"),
        ("très satisfaisant", "satisfaisant", "à améliorer", "à corriger de manière urgente"),
    ),
    "de": (
        (
            "Lebensmittelkontrollen in {city}: {r1} – {g1}; {r2} – {g2}; {r3} – {g3} (Kontrolle vom"
            " {dd}.{mm}.{y})",
        ),
        ("Pizzeria Bella Italia", "Döner-Haus am Markt", "Asia Wok", "Gasthaus Zur Linde", "Café Central"),
        (
            "ohne Mängel",
            "geringfügige Mängel",
            "Mängel bei der Reinigung, Nachkontrolle angeordnet",
            "vorübergehend geschlossen",
        ),
    ),
    "sv": (
        ("Livsmedelskontroller i {city}: {r1} – {g1}; {r2} – {g2}; {r3} – {g3} ({d} {mon})",),
        ("Pizzeria Venezia", "Thai Kitchen", "Kebabhuset", "Café Torget", "Sushi Bar Umi"),
        (
            "inga avvikelser",
            "avvikelser gällande rengöring, extra kontroll",
            "avvikelser gällande temperaturer",
        ),
    ),
    "ko": (
        ("음식점 위생등급 ({city}): {r1} – {g1}, {r2} – {g2}, {r3} – {g3} · 지정일 {y}.{mm}.{dd}",),
        ("한옥식당", "바다횟집", "명동칼국수", "행복한분식", "소담정"),
        ("매우 우수(★★★)", "우수(★★)", "좋음(★)"),
    ),
    "zh": (
        ("餐饮服务食品安全等级公示（{city}）：{r1} – {g1}；{r2} – {g2}；{r3} – {g3}（{y}年{m}月{d}日）",),
        ("老街面馆", "海鲜大排档", "川味小厨", "金记茶餐厅", "好运来饺子馆"),
        ("动态等级：良好（大笑）", "动态等级：一般（微笑）", "动态等级：较差（平脸）"),
    ),
    "nl": (
        ("Horeca-inspecties NVWA in {city}: {r1} – {g1}; {r2} – {g2}; {r3} – {g3} ({d} {mon})",),
        ("Eetcafé De Hoek", "Pizzeria Da Mario", "Shoarma Palace", "Sushi Kyoto", "Snackbar 't Pleintje"),
        ("geen overtredingen", "waarschuwing", "boete wegens hygiëne"),
    ),
}


def hygiene_ratings(case: Case, rnd: random.Random) -> str:
    """A box of the latest food-hygiene inspection results of restaurants in the paper's town."""
    lang, (templates, places, grades) = _pick(HYGIENE, case, rnd)
    r = rnd.sample(places, 3)
    g = [rnd.choice(grades) for _ in range(3)]
    return _render(
        rnd.choice(templates),
        r1=r[0],
        r2=r[1],
        r3=r[2],
        g1=g[0],
        g2=g[1],
        g3=g[2],
        city=rnd.choice(CITIES.get(lang, CITIES["en"])),
        **_parts(lang, _the_day(case, rnd, (-20, -2))),
    )


# ---------------------------------------------------------------- a school canteen's menu of the week (end)
#: language: (templates, dishes); {m1}..{m5} the dishes Monday to Friday, the Monday's parts and {w} its
#: week, {d5} the Friday's day, {school} a school
SCHOOL_MENUS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sv": (
        ("Skolmaten vecka {w}: Måndag – {m1}. Tisdag – {m2}. Onsdag – {m3}. Torsdag – {m4}. Fredag – {m5}.",),
        (
            "Köttbullar med potatis och gräddsås",
            "Fiskgratäng med dillpotatis",
            "Ärtsoppa och pannkakor",
            "Kycklinggryta med ris",
            "Vegetarisk lasagne",
            "Pasta bolognese",
            "Falafel med bulgur och tzatziki",
        ),
    ),
    "fi": (
        ("Kouluruoka viikolla {w}: ma {m1}, ti {m2}, ke {m3}, to {m4}, pe {m5}",),
        (
            "lihakeitto",
            "kalapuikot ja perunamuusi",
            "makaronilaatikko",
            "hernekeitto ja pannukakku",
            "broileripasta",
            "kasvispyörykät",
        ),
    ),
    "de": (
        ("Speiseplan der Mensa, KW {w} ({school}): Mo {m1} · Di {m2} · Mi {m3} · Do {m4} · Fr {m5}",),
        (
            "Spaghetti Bolognese",
            "Fischstäbchen mit Kartoffelpüree",
            "Milchreis mit Kirschen",
            "Gemüse-Lasagne",
            "Hähnchencurry mit Reis",
            "Linseneintopf mit Würstchen",
            "Kaiserschmarrn mit Apfelmus",
        ),
    ),
    "en": (
        (
            "School lunch menus, week of {mon} {d}: Monday – {m1}; Tuesday – {m2}; Wednesday – {m3};"
            " Thursday – {m4}; Friday – {m5}",
        ),
        (
            "chicken nuggets, green beans",
            "cheese pizza, corn",
            "beef tacos, Spanish rice",
            "spaghetti with meat sauce, garlic bread",
            "fish sticks, mashed potatoes",
            "turkey sandwich, carrot sticks",
        ),
    ),
    "fr": (
        (
            "Les menus de la cantine, semaine du {d} {mon} : lundi {m1} ; mardi {m2} ; jeudi {m3} ; vendredi"
            " {m4}",
        ),
        (
            "carottes râpées, hachis parmentier, yaourt",
            "poisson pané, riz, compote",
            "salade de tomates, poulet basquaise, fruit",
            "lasagnes végétariennes, fromage, pomme",
            "omelette, haricots verts, crème dessert",
        ),
    ),
    "it": (
        (
            "Menù della mensa scolastica, settimana dal {d} {mon}: lunedì {m1}; martedì {m2}; mercoledì"
            " {m3}; giovedì {m4}; venerdì {m5}",
        ),
        (
            "pasta al pomodoro, frittata, insalata",
            "risotto alla parmigiana, merluzzo gratinato",
            "minestrone, formaggio, pane",
            "pizza margherita, verdure",
            "pasta al pesto, polpette al sugo",
        ),
    ),
    "es": (
        (
            "Menú escolar de la semana del {d} de {mon}: lunes, {m1}; martes, {m2}; miércoles, {m3}; jueves,"
            " {m4}; viernes, {m5}",
        ),
        (
            "lentejas con chorizo y merluza rebozada",
            "macarrones con tomate y pollo asado",
            "crema de calabacín y tortilla de patatas",
            "paella de verduras y fruta",
            "cocido madrileño",
        ),
    ),
    "pt": (
        (
            "Ementa escolar da semana de {d} de {mon}: segunda – {m1}; terça – {m2}; quarta – {m3}; quinta –"
            " {m4}; sexta – {m5}",
        ),
        (
            "sopa de legumes, arroz de pato",
            "creme de cenoura, pescada cozida com batata",
            "canja, esparguete à bolonhesa",
            "sopa de feijão-verde, frango assado",
            "caldo verde, bacalhau com natas",
        ),
    ),
    "pl": (
        (
            "Jadłospis szkolny na tydzień od {d} {mon}: poniedziałek – {m1}; wtorek – {m2}; środa – {m3};"
            " czwartek – {m4}; piątek – {m5}",
        ),
        (
            "zupa pomidorowa, kotlet schabowy z ziemniakami",
            "rosół, pierogi ruskie",
            "żurek, naleśniki z serem",
            "krupnik, gulasz z kaszą",
            "barszcz czerwony, ryba z surówką",
        ),
    ),
    "cs": (
        (
            "Jídelníček školní jídelny od {d}. {m}.: pondělí – {m1}; úterý – {m2}; středa – {m3}; čtvrtek –"
            " {m4}; pátek – {m5}",
        ),
        (
            "kulajda, kuřecí řízek s bramborovou kaší",
            "svíčková na smetaně, knedlík",
            "čočková polévka, buchtičky se šodó",
            "guláš s těstovinami",
            "rybí filé s bramborem",
        ),
    ),
    "ko": (
        ("이번 주 학교 급식 식단 ({m}월 {d}일~{d5}일): 월 {m1} / 화 {m2} / 수 {m3} / 목 {m4} / 금 {m5}",),
        (
            "잡곡밥, 된장국, 제육볶음, 배추김치",
            "카레라이스, 요구르트",
            "비빔밥, 미역국, 깍두기",
            "짜장면, 단무지, 과일",
            "불고기, 콩나물국, 김치",
        ),
    ),
    "ja": (
        ("今週の給食献立（{m}月{d}日～）：月 {m1}／火 {m2}／水 {m3}／木 {m4}／金 {m5}",),
        (
            "ごはん、牛乳、さばの味噌煮、ほうれん草のおひたし",
            "カレーライス、牛乳、フルーツポンチ",
            "ソフト麺のミートソース、牛乳、海藻サラダ",
            "ごはん、牛乳、肉じゃが、ゆかり和え",
            "揚げパン、牛乳、ポトフ",
        ),
    ),
}
_SCHOOLS = (
    "Grundschule am Park",
    "Gesamtschule Nord",
    "Gymnasium am Wall",
    "Lessing-Schule",
    "Realschule Süd",
)


def school_menu(case: Case, rnd: random.Random) -> str:
    """A school canteen's menu of the week, a day's dishes after another."""
    lang, (templates, dishes) = _pick(SCHOOL_MENUS, case, rnd)
    day = _the_day(case, rnd, (0, 6))
    day -= timedelta(days=day.weekday())
    week = rnd.sample(dishes, 5)
    return _render(
        rnd.choice(templates),
        m1=week[0],
        m2=week[1],
        m3=week[2],
        m4=week[3],
        m5=week[4],
        d5=(day + timedelta(days=4)).day,
        school=rnd.choice(_SCHOOLS),
        **_parts(lang, day),
    )


# ---------------------------------------------------------------- forward-looking statements (end)
#: language: templates; {firm} the company, {fy} a fiscal year, {fy0} the year an annual report covers, the
#: date's parts (a filing's or the release's)
DISCLOSURES = {
    "en": (
        "Forward-Looking Statements: This press release contains forward-looking statements within the"
        " meaning of Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange"
        " Act of"
        " 1934, including statements regarding {firm}'s expected revenue for fiscal {fy}. Actual results may"
        " differ materially; see {firm}'s Annual Report on Form 10-K filed on {mon} {d}, {y}.",
        "Cautionary note: Certain statements in this release are forward-looking and are based on {firm}'s"
        " current expectations as of {mon} {d}, {y}. {firm} undertakes no obligation to update them.",
    ),
    "de": (
        "Zukunftsgerichtete Aussagen: Diese Mitteilung enthält zukunftsgerichtete Aussagen, die auf den"
        " gegenwärtigen Annahmen und Prognosen der Unternehmensleitung der {firm} beruhen. Die {firm}"
        " übernimmt"
        " keine Verpflichtung, diese Aussagen zu aktualisieren (Stand: {dd}.{mm}.{y}).",
    ),
    "fr": (
        "Déclarations prospectives : ce communiqué contient des déclarations prospectives concernant {firm},"
        " soumises à des risques décrits dans le Document d'enregistrement universel {fy0} déposé auprès de"
        " l'AMF le {d} {mon} {y}.",
    ),
    "es": (
        "Declaraciones prospectivas: este comunicado contiene manifestaciones sobre previsiones de {firm}"
        " sujetas a los riesgos descritos en la información registrada ante la CNMV el {d} de {mon} de {y}.",
    ),
    "it": (
        "Dichiarazioni previsionali: il presente comunicato contiene dichiarazioni previsionali relative a"
        " {firm}; i risultati effettivi potrebbero differire (Relazione finanziaria annuale {fy0}, {d} {mon}"
        " {y}).",
    ),
    "pt": (
        "Declarações prospectivas: este comunicado contém declarações prospectivas sobre os negócios da"
        " {firm}, sujeitas aos riscos descritos no Formulário de Referência {fy} arquivado na CVM em {d} de"
        " {mon} de {y}.",
    ),
    "nl": (
        "Toekomstgerichte uitspraken: dit persbericht bevat toekomstgerichte uitspraken over {firm}; zie het"
        " jaarverslag {fy0}, gepubliceerd op {d} {mon} {y}.",
    ),
    "sv": (
        "Denna information är sådan information som {firm} är skyldigt att offentliggöra enligt EU:s"
        " marknadsmissbruksförordning. Informationen lämnades, genom ovanstående kontaktpersons försorg, för"
        " offentliggörande den {d} {mon} {y} kl. {hh}.{mi} CET.",
    ),
    "nb": (
        "Denne opplysningen er informasjonspliktig etter verdipapirhandelloven § 5-12. Meldingen ble"
        " offentliggjort av {firm} den {d}. {mon} {y} kl. {hh}:{mi} CET.",
    ),
    "fi": (
        "Tämä tiedote sisältää tietoa, joka {firm}:n on julkistettava EU:n markkinoiden väärinkäyttöasetuksen"
        " mukaisesti. Tiedote julkistettiin {d}.{m}.{y} klo {hh}.{mi}.",
    ),
    "da": (
        "Denne meddelelse indeholder intern viden, som {firm} offentliggør i henhold til"
        " markedsmisbrugsforordningen. Offentliggjort {d}. {mon} {y} kl. {hh}.{mi}.",
    ),
    "ja": (
        "本資料に記載されている業績見通し等の将来に関する記述は、{firm}が{y}年{m}月{d}日現在入手している情報"
        "及び"
        "合理的であると判断する一定の前提に基づいており、実際の業績等は様々な要因により大きく異なる可能性があ"
        "ります。",
    ),
    "ko": (
        "본 보도자료에는 {firm}의 {fy}년 실적 전망 등 미래 예측 정보가 포함되어 있으며, 실제 결과는 다양한"
        " 요인에"
        " 따라 달라질 수 있습니다. ({y}년 {m}월 {d}일 기준)",
    ),
    "zh": (
        "前瞻性陈述：本新闻稿包含有关{firm}{fy}财年业绩的前瞻性陈述，实际结果可能与之存在重大差异。详见公司于"
        "{y}年{m}月{d}日提交的年度报告。",
    ),
}
#: language: listed companies (fictional) as the release names them
FIRMS = {
    "en": (
        "Arcadia Therapeutics, Inc.",
        "Northwind Semiconductor Corp.",
        "Bluepeak Energy",
        "Halvern Systems",
    ),
    "de": ("Lindqvist Technologies AG", "Rheinholm Energie SE", "Vantor Biotech AG", "Meridian Logistik AG"),
    "fr": ("Solvane SA", "Groupe Altemis", "Nexeo Santé SA"),
    "es": ("Grupo Ibérica Renovables", "Telvanta, S.A.", "Almira Inmobiliaria SOCIMI"),
    "it": ("Ventura Industrie S.p.A.", "Gruppo Astoria", "Medisan S.p.A."),
    "pt": ("Alvorada Energia S.A.", "Banco Meridiano S.A.", "Ribeira Logística S.A."),
    "nl": ("Veldhoven Technologies N.V.", "Koninklijke Brugman N.V.", "Delta Zorggroep N.V."),
    "sv": ("Norrsken Medical AB (publ)", "Kvarnberg Fastigheter AB", "Lindö Gaming AB (publ)"),
    "nb": ("Fjordkraft Marine ASA", "Nordlys Energi ASA", "Havbruk Invest ASA"),
    "fi": ("Kaleva Technologies Oyj", "Saimaa Metsä Oyj", "Pohjola Robotics Oyj"),
    "da": ("Nordhavn Pharma A/S", "Vestkyst Vind A/S", "Skovbo Foods A/S"),
    "ja": ("当社", "株式会社ミナトホールディングス", "北斗精機株式会社"),
    "ko": ("한빛전자", "대양바이오", "세진모빌리티"),
    "zh": ("华远科技", "金川新能源", "海澄医药"),
}


def disclosure_notice(case: Case, rnd: random.Random) -> str:
    """A listed company's forward-looking statements or market-abuse disclosure notice, the last paragraph of
    a press release the site republished as an article."""
    lang, templates = _pick(DISCLOSURES, case, rnd)
    day = _the_day(case, rnd, (-200, 0))
    return _render(
        rnd.choice(templates),
        firm=rnd.choice(FIRMS[lang]),
        fy=day.year + rnd.choice((0, 0, 1)),
        fy0=day.year - 1,
        **_clock(rnd, 7, 18),
        **_parts(lang, day),
    )


# ---------------------------------------------------------------- defects in other fields
def _seo_forms(title: str, site: str) -> list[str]:
    """The title with the unreplaced variables an SEO plugin's or a template's title pattern leaves in it."""
    return [
        f"{title} %%page%% %%sep%% %%sitename%%",
        f"{title} %%sep%% %%sitename%%",
        f"{title} %%page%% | {site}",
        f"%%title%% %%sep%% {site}",
        "%%title%% %%page%% %%sep%% %%sitename%%",
        f"{title} %sep% %sitename%",
        f"%title% - {site}",
        f"{title} #separator_sa #site_title",
        "[node:title] | [site:name]",
        f"{title} | [site:name]",
        "{{ article.title }}",
        f"{{{{ page.title }}}} | {site}",
        f"{{{{headline}}}} – {site}",
        f"${{title}} | {site}",
        f"{title} - {{{{ site.name }}}}",
    ]


def seo_variables_title(case: Case, rnd: random.Random) -> Case | None:
    """The title with the SEO plugin's or the template's unreplaced variables in it, with or without the
    headline (a page whose title pattern was never filled in, or read before its script rendered it)."""
    title = str(case.record.get("title") or "").strip()
    if not title:
        return None
    site = rnd.choice(_site_names(case)[1:3])
    return _with(case, title=rnd.choice(_seo_forms(title, site)))


_CRAWLS_UNTIL = date(2025, 6, 30)


def crawl_year_date(case: Case, rnd: random.Random) -> Case | None:
    """The date a page prints without its year ("14. Mai", "May 14"), with the year of the crawl filled in
    by the date parser (the latest such day on or before the crawl): the day and month right, the year one
    to several years late."""
    day = _record_day(case)
    if day is None:
        return None
    first = day + timedelta(days=366)
    if first > _CRAWLS_UNTIL:
        return None
    crawl = first + timedelta(days=rnd.randrange((_CRAWLS_UNTIL - first).days + 1))
    year = crawl.year if (day.month, day.day) <= (crawl.month, crawl.day) else crawl.year - 1
    try:
        filled = day.replace(year=year)
    except ValueError:  # the 29th of February
        return None
    published = str(case.record["published"])
    return _with(case, published=filled.isoformat() + published[10:])


#: language: the names of shared CMS accounts
SHARED_ACCOUNTS = {
    "en": ("admin", "administrator", "webmaster", "editor", "newsroom", "wpengine", "webteam", "staff"),
    "de": ("admin", "redaktion", "onlineredaktion", "webredaktion", "redakteur2", "cvd"),
    "fr": ("admin", "redaction", "webmaster", "redac_web"),
    "es": ("admin", "redaccion", "webmaster", "redaccion_web"),
    "it": ("admin", "redazione", "redazione_web", "webmaster"),
    "pt": ("admin", "redacao", "webmaster", "redacao_online"),
    "ru": ("admin", "redaktor", "webmaster"),
    "ja": ("admin", "editor01", "henshubu"),
}
#: names in Latin letters for the languages whose names PEOPLE writes in another script (or lacks)
LATIN_PEOPLE = {
    "ru": (("elena", "aleksey", "marina", "pavel"), ("morozova", "novikov", "vasilyeva", "fedorov")),
    "ja": (("miho", "kenichi", "saori", "daisuke"), ("sato", "takahashi", "ito", "yamamoto")),
}


def _login(first: str, last: str, rnd: random.Random) -> str:
    first, last = _ascii(first), _ascii(last)
    return rnd.choice(
        (
            f"{first[0]}{last}",
            f"{first}.{last}",
            f"{first}{last}",
            f"{first}_{last[0]}",
            f"{last}{rnd.randint(1, 99)}",
            f"{first[0]}.{last}",
            f"{first}{rnd.randint(70, 99)}",
        )
    )


def cms_login_author(case: Case, rnd: random.Random) -> Case | None:
    """The user name of the CMS account that posted the article as the author entry, as a CMS shows the
    login where no display name was set: a shared account ("admin", "redaktion") or a person's login
    ("jmiller", "sabine.vogt")."""
    lang = guess_language(case)
    if lang not in SHARED_ACCOUNTS:
        lang = "en"
    if rnd.random() < 0.4:
        return _with(case, authors=[rnd.choice(SHARED_ACCOUNTS[lang])])
    firsts, lasts = LATIN_PEOPLE.get(lang) or PEOPLE.get(lang, PEOPLE["en"])
    return _with(case, authors=[_login(rnd.choice(firsts), rnd.choice(lasts), rnd)])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return record_only(placed(once_for(make), where))

    lines: dict[str, Defect] = {
        "public-transport line-status board (start)": line(transit_status, "start"),
        "printed paper's masthead or running head (start)": line(masthead, "start"),
        "where-to-watch streaming box (middle)": line(streaming_box, "middle"),
        "product-recall box (middle)": line(recall_box, "middle"),
        "medicine advertisement's mandatory text (middle)": line(medicine_ad, "middle"),
        "parish box of church services (end)": line(worship_times, "end"),
        "food-hygiene inspection results (end)": line(hygiene_ratings, "end"),
        "school canteen's menu of the week (end)": line(school_menu, "end"),
        "press release's forward-looking or disclosure notice (end)": line(disclosure_notice, "end"),
    }
    fields: Kinds = {
        "the SEO plugin's or template's unreplaced variables in the title": (
            record_only(seo_variables_title),
            TITLE_CHECKS,
        ),
        "the page's year-less date with the crawl's year filled in": (
            record_only(crawl_year_date),
            DATE_CHECKS,
        ),
        "the CMS account's user name as the author": (record_only(cms_login_author), AUTHOR_CHECKS),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-third set)",
        "twenty-third blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
