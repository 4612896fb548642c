"""A twenty-sixth blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. The earlier sets' kinds were listed first and none of these is among them (their
families: "read also" teasers, follow prompts and newsletter sign-ups in many languages; bylines, credits,
datelines, dates and "updated" stamps; ad markers, sponsored units, affiliate and shop boxes, discount
codes; cookie, consent, ad-blocker, JavaScript, outdated-browser, region-block and age notices; players,
galleries, captions, embeds and their social tails; breadcrumbs, menus, headers, footers, legal links,
registration and licence footers, copyright and syndication lines; comments, reactions, polls, ratings,
counters and share rows; app, podcast, push and newsletter promotions; related, most-read and previous/next
links; translation, AI and standards notes; the live blog's refresh notice, filter, pinned label and
end-of-coverage notice; the service boxes of a local paper: weather, markets, traffic, public transport,
water levels, air, pollen, outages, snow, tides, sun and moon, border waits, flights, fuel and power
prices, parking, school holidays, closings and canteen menus, alerts and warnings, emergency rooms,
emergency shelters, pharmacies on duty, earthquakes, call-outs, courts, lotteries, horoscopes, puzzles, TV,
radio, cinema and streaming listings, name days, on-this-day, words and quotes of the day, recipes, pets,
blood drives, births, deaths and congratulations, church services, food-hygiene ratings, product recalls,
medicine advertisements, bathing water, events, exhibitions' visitor boxes, tickets, jobs, property, used
cars and their fuel and CO₂ figures, dating, bestsellers, directories, lost property, fact checks, content
notes, roll-call votes, polls' methods, book and game data, disclosures, travel boxes, office hours, fact
files of towns and firms, building projects' chronologies, relief appeals' donation accounts; the printed
paper's masthead, print credits, jump lines and inserts notices; the wire's and the press release's own
lines: credits, contacts, embargoes, transmission headers, grants, forward-looking statements; and in other
fields a long list of title, date and author defects, each named in its set, the twenty-fifth's being the
standfirst run onto the title, the wire's version prefix left in it, the date with the minute in the
month's place, and the author box's biography sentence as the author entry):

* lines in the body, each from a box, notice or widget of a real news template or of the printed paper's
  text, with its variable parts (names, ages, heights, clothes, towns, days, hours and police numbers of a
  missing person; the printed paper's sections and their pages; elections, their days and the number of a
  voting-advice application's statements; phone models with their screens, chips, memory, batteries,
  cameras, weights and prices in the local currency; song contests and talent shows, their acts, premium
  numbers, short codes and prices; a quiz's question, its towns, figures or names; ports, ships, their
  types, whence and whither and their hours; a person's birth year, town, studies and office; a study's
  authors, title, journal, year, volume and DOI) drawn per record so that no two records share a line: at
  the start a missing-person or child-abduction alert banner ("AMBER ALERT: Police are searching for ...,
  last seen ...", "Vermisst: Die Polizei Ulm sucht nach ...", "ALERTE ENLÈVEMENT – ...", "ЛизаАлерт:
  Внимание! Пропал человек ...", "[실종아동 찾기] ..."), the printed paper's front-page index ("INSIDE:
  News A2 · Business B1 · Obituaries B4 ...", "Heute in Ihrer Zeitung: Politik 2 · Lokales 9–12 ...",
  "きょうの紙面：総合2・3面、国際7面 ...") and a voting-advice application's teaser ("Wahl-O-Mat zur
  Landtagswahl in Sachsen: ... Beantworten Sie 38 Thesen ...", "Doe de StemWijzer ...", "ボートマッチ：
  ..."); in the middle a tech review's spec sheet of a phone ("Technische Daten Pixel 9a: Display 6,3 Zoll,
  OLED, 120 Hz · ... · Preis: ab 549 Euro", "【主な仕様】...", "Thông số kỹ thuật ..."), a televoting box
  of a song contest or a talent show ("How to vote in The Voice: To vote for ..., call 09011 32 32 04 ...",
  "Per votare ... chiama il 894.00...", "[문자 투표 방법] ...") and a news-quiz embed with its first
  question and answers ("Nachrichtenquiz: ... Frage 1 von 10: Welche Stadt richtet 2027 die
  Landesgartenschau aus? A) Ulm B) Koblenz C) Bamberg"); and at the end a port city paper's shipping
  movements ("Schiffsmeldungen Hafen Kiel: Einlaufend: Stena Scandica (Fähre, aus Göteborg) 06:15 Uhr ...",
  "【入出港予定】横浜港 ..."), a profile box of the person the article is about ("Zur Person: ..., Jahrgang
  1971, stammt aus ...", "Fakta: ... Ålder: 52 år. Bor: Umeå. ...", "[약력] ... ▲1968년 ... 출생 ▲...") and
  the journal reference of the study a science story reports ("Journal reference: ... Nature Climate
  Change, 2023; 13: 412. DOI: 10.1038/s41558-023-0...", "Originalpublikation: ...", "【論文情報】雑誌名：
  ..."), in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian,
  Finnish, Polish, Czech, Turkish, Russian, Ukrainian, Arabic, Hindi, Indonesian, Vietnamese, Chinese,
  Japanese and Korean (each kind in those of them its box is printed in): in the record's own language
  where :func:`blind_run.guess_language` reads one other than English and the kind has it, and otherwise
  drawn (English one time in three on a record read as English);
* defects in other fields: an icon font's ligature name or private-use glyph left in the title, as a
  heading with a video, photo, audio or lock icon gives it ("play_circle Minister tritt zurück", "Minister
  resigns lock", "\\uf03d Minister ..."), a broadcaster's media-library expiry date taken as the date (the
  day a video goes offline, a week to five years after the page's own day: "2027-03-12T23:59:00+01:00",
  "12.03.2025, 23:59"), the date as ASP.NET's JSON serializer writes it ("/Date(1710245400000)/",
  "/Date(1710245400000+0100)/"), and a translated piece's translator credit as an author entry, beside the
  writer's name or in its place ("Aus dem Englischen von Sabine Brandt", "Traduit de l'anglais par ...",
  "翻訳：...").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind26.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import (
    AUTHOR_CHECKS,
    DATE_CHECKS,
    TITLE_CHECKS,
    Kinds,
    once_for,
    placed,
    spread,
)
from checks_blind17 import _digits
from checks_blind21 import CITIES, _record_day
from checks_blind23 import _clock, _parts, _render, _the_day
from checks_blind24 import _dec, _num, _person, _pick
from checks_blind25 import _record_lang
from checks_defects import Case, Defect, _with, record_only

# ---------------------------------------------------------------- drawing helpers
#: full names for the languages the earlier sets' pools lack
_MORE_NAMES = {
    "vi": ("Nguyễn Thị Lan", "Trần Văn Minh", "Lê Hoàng Nam", "Phạm Thu Hà", "Vũ Đức Anh", "Đặng Minh Châu"),
}


def _name(lang: str, rnd: random.Random) -> str:
    if lang in _MORE_NAMES:
        return rnd.choice(_MORE_NAMES[lang])
    return _person(lang, rnd)


def _city(lang: str, rnd: random.Random) -> str:
    return rnd.choice(CITIES.get(lang, CITIES["en"]))


def _two_cities(lang: str, rnd: random.Random) -> tuple[str, str]:
    first, second = rnd.sample(CITIES.get(lang, CITIES["en"]), 2)
    return first, second


# ---------------------------------------------------------------- a missing-person alert banner (start)
#: language: (templates, clothes, phone patterns); {name} {age} {city} {cm} {m1} (the height's centimetres
#: past one metre) {clothes} {phone} {ref}, the day's parts and the clock's
MISSING: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "AMBER ALERT: Police are searching for {name}, {age}, last seen {Wd} at about {h12}:{mi} {ap} in"
            " {city}, wearing {clothes}. Anyone who sees {name} should call 911 immediately.",
            "MISSING: Have you seen {name}? The {age}-year-old was last seen in {city} on {Wd} {mon} {d} at"
            " around {h12}:{mi}{ap}, wearing {clothes}. Call police on 101 quoting log {ref}.",
            "Missing person appeal: {name}, {age}, from {city}, has not been seen since {Wd}. About {ft}"
            " tall, last seen wearing {clothes}. Information to {phone}.",
        ),
        (
            "a grey hoodie and black jeans",
            "a red puffer jacket and white trainers",
            "a navy school blazer",
            "a green parka and a black beanie",
            "a yellow raincoat and blue leggings",
        ),
        ("(###) ###-####", "0800 ### ####", "1800 ### ###"),
    ),
    "de": (
        (
            "Vermisst: Die Polizei {city} sucht nach {name} ({age}). Zuletzt gesehen am {wd}, {d}. {mon},"
            " gegen"
            " {hh}:{mi} Uhr. Etwa {cm} cm groß, zuletzt trug die vermisste Person {clothes}. Hinweise an die"
            " Polizei unter {phone} oder jede andere Dienststelle.",
            "Öffentlichkeitsfahndung: Wer hat {name} gesehen? Die {age}-jährige Person wird seit {wd},"
            " {hh}:{mi} Uhr, in {city} vermisst. Sie trug zuletzt {clothes}. Hinweise: {phone}.",
        ),
        (
            "eine dunkelblaue Regenjacke und Jeans",
            "einen grauen Kapuzenpullover und weiße Turnschuhe",
            "eine rote Winterjacke und eine schwarze Mütze",
            "eine beige Strickjacke und eine dunkle Hose",
        ),
        ("0### ####-0", "0### ###-####", "110"),
    ),
    "fr": (
        (
            "ALERTE ENLÈVEMENT – {name}, {age} ans, a été enlevé(e) le {wd} {d} {mon} vers {hh}h{mi} à"
            " {city}. Taille : 1,{m1} m. Porte {clothes}. Si vous avez des informations, appelez le 197.",
            "Appel à témoins – Disparition inquiétante de {name}, {age} ans, vu(e) pour la dernière fois le"
            " {d} {mon} à {city}. Tenue : {clothes}. Contacter la gendarmerie au {phone}.",
        ),
        (
            "un sweat gris à capuche et un jean",
            "une doudoune rouge et des baskets blanches",
            "un blouson kaki et un bonnet noir",
            "un imperméable jaune",
        ),
        ("0# ## ## ## ##", "17"),
    ),
    "es": (
        (
            "ALERTA AMBER: Se busca a {name}, de {age} años. Se le vio por última vez el {wd} {d} de {mon}"
            " en {city}. Mide 1,{m1} m y vestía {clothes}. Si tienes información, llama al {phone}.",
            "SOS Desaparecidos: {name}, {age} años, en paradero desconocido desde el {d} de {mon} en {city}."
            " Vestía {clothes}. Cualquier dato, al 112 o al {phone}.",
        ),
        (
            "una sudadera gris y vaqueros",
            "un anorak rojo y zapatillas blancas",
            "una chaqueta verde y un gorro negro",
        ),
        ("### ### ###", "091"),
    ),
    "it": (
        (
            "Scomparsa: si cercano notizie di {name}, {age} anni, di cui non si hanno più tracce da {wd} {d}"
            " {mon} a {city}. Al momento della scomparsa indossava {clothes}. Chi avesse informazioni"
            " contatti il 112.",
            "Persona scomparsa – {name}, {age} anni, altezza circa 1,{m1} m. Ultimo avvistamento a {city}"
            " il {d} {mon} intorno alle {hh}.{mi}. Segnalazioni al {phone}.",
        ),
        ("una felpa grigia e jeans", "un piumino rosso e scarpe bianche", "un giubbotto verde militare"),
        ("### ### ####", "112"),
    ),
    "pt": (
        (
            "Pessoa desaparecida: {name}, {age} anos, não é vista desde o dia {d} de {mon}, em {city},"
            " por volta das {hh}h{mi}. Vestia {clothes}. Informações pelo {phone} (sigilo garantido).",
        ),
        ("um moletom cinza e calça jeans", "um casaco vermelho e tênis brancos", "um blusão verde"),
        ("(##) #####-####", "### ### ###"),
    ),
    "nl": (
        (
            "AMBER ALERT: {name} ({age}) wordt vermist sinds {wd} {d} {mon} en is voor het laatst gezien in"
            " {city} rond {hh}.{mi} uur. Kleding: {clothes}. Zie je {name}? Bel direct 112.",
            "Vermist: {name} ({age}) uit {city}. Laatst gezien op {wd} {d} {mon}, droeg {clothes}. Tips"
            " kunnen naar de politie via 0900-8844 of anoniem via Meld Misdaad Anoniem, 0800-7000.",
        ),
        ("een grijze hoodie en een spijkerbroek", "een rode jas en witte sneakers", "een groene regenjas"),
        ("0900-8844",),
    ),
    "sv": (
        (
            "Försvunnen: {name}, {age} år, saknas sedan {wd} den {d} {mon}. Senast sedd i {city} vid"
            " {hh}.{mi}. Klädd i {clothes}. Tips till polisen på 114 14.",
        ),
        ("en grå luvtröja och jeans", "en röd dunjacka och vita gympaskor", "en grön regnjacka"),
        ("114 14",),
    ),
    "pl": (
        (
            "Zaginięcie ({city}): policja poszukuje osoby – {name}, lat {age}. Ostatnio widziana {d} {mon}"
            " ok. godz. {hh}:{mi}. Wzrost ok. {cm} cm, ubiór: {clothes}. Informacje: tel. {phone} lub 112.",
            "Child Alert: Policja prosi o pomoc w odnalezieniu dziecka – {name}, {age} l. Ostatnio widziane"
            " {d} {mon} w miejscowości {city}. Ubiór: {clothes}. Tel. 112.",
        ),
        ("szara bluza z kapturem i dżinsy", "czerwona kurtka puchowa", "zielona kurtka i czarna czapka"),
        ("47 ### ## ##",),
    ),
    "cs": (
        (
            "Policie pátrá po pohřešované osobě: {name}, {age} {yrs}, naposledy spatřena {d}. {mon} kolem"
            " {hh}:{mi} v obci {city}. Výška {cm} cm, oblečení: {clothes}. Informace na lince 158.",
        ),
        ("šedá mikina s kapucí a džíny", "červená bunda a bílé tenisky", "zelená bunda a černá čepice"),
        ("158",),
    ),
    "tr": (
        (
            "Kayıp ilanı: {name} ({age}), {d} {mon} günü saat {hh}.{mi} sıralarında son olarak {city} kent"
            " merkezinde görüldü. Üzerinde {clothes} vardı. Bilgisi olanların 155 Polis İmdat hattını"
            " aramaları rica olunur.",
        ),
        (
            "gri kapüşonlu sweatshirt ve kot pantolon",
            "kırmızı mont ve beyaz spor ayakkabı",
            "yeşil yağmurluk",
        ),
        ("155",),
    ),
    "ru": (
        (
            "ЛизаАлерт: Внимание! Пропал человек. {name}, {age} {yrs}, {d} {mon} ушёл(ушла) из дома в г."
            " {city}"
            " и не вернулся(ась). Рост {cm} см, был(а) одет(а): {clothes}. Если вы видели этого человека,"
            " звоните: 8-800-700-54-52 или 112.",
        ),
        (
            "серая толстовка с капюшоном, джинсы",
            "красный пуховик, белые кроссовки",
            "зелёная куртка, чёрная шапка",
        ),
        ("8-800-700-54-52",),
    ),
    "uk": (
        (
            "Увага, розшук! {name}, {age} р., {d} {mon} пішов(ла) з дому в м. {city} і не повернувся(лась)."
            " Зріст {cm} см, був(ла) одягнений(а): {clothes}. Усіх, хто має інформацію, просимо телефонувати"
            " на 102 або {phone}.",
        ),
        ("сіра толстовка з капюшоном, джинси", "червона куртка, білі кросівки", "зелена куртка, чорна шапка"),
        ("0## ### ## ##",),
    ),
    "ar": (
        (
            "مفقود: {name}، {age} عامًا، شوهد آخر مرة في {city} يوم {wd} {d} {mon} نحو الساعة {hh}:{mi}، وكان"
            " يرتدي {clothes}. يرجى ممن لديه أي معلومات الاتصال على الرقم {phone}.",
        ),
        ("سترة رمادية وبنطال جينز", "معطفًا أحمر وحذاء رياضيًا أبيض", "قميصًا أزرق"),
        ("0## ### ####",),
    ),
    "hi": (
        (
            "गुमशुदा की तलाश: {name}, उम्र {age} वर्ष, {d} {mon} से {city} से लापता हैं। कद लगभग {cm} सेमी,"
            " पहनावा: {clothes}। सूचना देने वाले कृपया {phone} पर संपर्क करें।",
        ),
        ("नीली जींस और सफेद शर्ट", "लाल स्वेटर और काली पैंट", "हरे रंग का कुर्ता"),
        ("98### #####", "112"),
    ),
    "id": (
        (
            "ORANG HILANG: {name} ({age} tahun) terakhir terlihat di {city} pada {wd}, {d} {mon} {y} sekitar"
            " pukul {hh}.{mi} WIB. Saat itu mengenakan {clothes}. Bagi yang mengetahui keberadaannya harap"
            " menghubungi {phone}.",
        ),
        ("kaus abu-abu dan celana jins", "jaket merah dan sepatu putih", "kemeja hijau"),
        ("0812-####-####", "0857-####-####"),
    ),
    "vi": (
        (
            "Tìm người thân: {name}, {age} tuổi, đi khỏi nhà tại {city} từ ngày {d}/{m}/{y}, khi đi mặc"
            " {clothes}. Ai biết thông tin xin liên hệ số {phone}. Xin chân thành cảm ơn!",
        ),
        ("áo khoác xám, quần jean", "áo đỏ, giày trắng", "áo sơ mi xanh"),
        ("09## ### ###",),
    ),
    "ja": (
        (
            "【行方不明者の情報提供のお願い】{city}市の{name}さん（{age}）が{m}月{d}日{h}時ごろから行方不明に"
            "なっています。身長約{cm}センチ、{clothes}。心当たりのある方は{city}警察署（{phone}）まで。",
        ),
        ("灰色のパーカーにジーンズ", "赤いダウンジャケットに白い運動靴", "緑色の雨がっぱ"),
        ("0##-###-####",),
    ),
    "ko": (
        (
            "[실종아동 찾기] {name} (당시 {age}세) · 실종일 {y}년 {m}월 {d}일 · 실종장소 {city} · 특징: 키"
            " {cm}cm, {clothes} · 신고: 국번 없이 182",
        ),
        ("회색 후드티에 청바지", "빨간 패딩에 흰색 운동화", "초록색 우비"),
        ("182",),
    ),
    "zh": (
        (
            "【寻人启事】{name}，{age}岁，身高约{cm}厘米，于{y}年{m}月{d}日在{city}走失，走失时身穿"
            "{clothes}。如有知情者请拨打{phone}或110，必有重谢！",
        ),
        ("灰色连帽卫衣、牛仔裤", "红色羽绒服、白色运动鞋", "绿色雨衣"),
        ("138########", "139########"),
    ),
}


def _years(lang: str, n: int) -> str:
    """The word for years after the number ``n`` (Russian and Czech agree it with the number)."""
    if lang == "ru":
        return (
            "год"
            if n % 10 == 1 and n % 100 != 11
            else "года"
            if 2 <= n % 10 <= 4 and n % 100 // 10 != 1
            else "лет"
        )
    if lang == "cs":
        return "rok" if n == 1 else "roky" if 2 <= n <= 4 else "let"
    return ""


def missing_alert(case: Case, rnd: random.Random) -> str:
    """A missing-person or child-abduction alert banner the site runs above every article while it lasts."""
    lang, (templates, clothes, phones) = _pick(MISSING, case, rnd)
    template = rnd.choice(templates)
    child = any(mark in template for mark in ("AMBER", "ENLÈVEMENT", "Child Alert", "실종아동"))
    age = rnd.randint(4, 15) if child or rnd.random() < 0.5 else rnd.randint(16, 84)
    cm = rnd.randint(105, 150) if age < 10 else rnd.randint(140, 175) if age < 14 else rnd.randint(150, 192)
    feet, inches = divmod(round(cm / 2.54), 12)
    return _render(
        template,
        name=_name(lang, rnd),
        age=age,
        city=_city(lang, rnd),
        cm=cm,
        m1=f"{cm - 100:02d}" if cm >= 100 else "00",
        ft=f"{feet}ft {inches}in",
        yrs=_years(lang, age),
        clothes=rnd.choice(clothes),
        phone=_digits(rnd, rnd.choice(phones)),
        ref=f"{rnd.randint(100, 2400)} of {rnd.randint(1, 28)}/{rnd.randint(1, 12)}",
        **_parts(lang, _the_day(case, rnd, (-2, 0))),
        **_clock(rnd, 6, 22),
    )


# ---------------------------------------------------------------- the printed paper's page index (start)
#: language: (labels, sections, separators, page style); the style: "n" page numbers, "A" lettered sections
#: (A2, B1), "men" Japanese pages (3面)
PAGE_INDEX: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "en": (
        ("INSIDE", "INSIDE TODAY", "Index", "IN TODAY'S PAPER"),
        (
            "News",
            "World",
            "Business",
            "Opinion",
            "Obituaries",
            "Classified",
            "Comics",
            "Puzzles",
            "TV",
            "Sports",
            "Weather",
            "Lottery",
        ),
        (" · ", " | ", "  "),
        "A",
    ),
    "de": (
        ("Inhalt", "Heute in Ihrer Zeitung", "In dieser Ausgabe", "INHALT"),
        (
            "Politik",
            "Meinung",
            "Wirtschaft",
            "Lokales",
            "Kultur",
            "Wissen",
            "Sport",
            "Rätsel",
            "Fernsehen",
            "Wetter",
            "Anzeigen",
            "Traueranzeigen",
        ),
        (" · ", " | ", ", "),
        "n",
    ),
    "fr": (
        ("SOMMAIRE", "Dans ce numéro", "Sommaire"),
        (
            "Politique",
            "Monde",
            "Économie",
            "Région",
            "Faits divers",
            "Culture",
            "Sports",
            "Jeux",
            "Télévision",
            "Météo",
            "Carnet",
        ),
        (" · ", " | ", " – "),
        "n",
    ),
    "es": (
        ("ÍNDICE", "Hoy en el periódico", "EN ESTE NÚMERO"),
        (
            "Internacional",
            "España",
            "Opinión",
            "Economía",
            "Local",
            "Cultura",
            "Deportes",
            "Pasatiempos",
            "Televisión",
            "El tiempo",
            "Esquelas",
        ),
        (" · ", " | ", ". "),
        "n",
    ),
    "it": (
        ("SOMMARIO", "IN QUESTO NUMERO", "Oggi sul giornale"),
        (
            "Primo piano",
            "Politica",
            "Esteri",
            "Economia",
            "Cronaca",
            "Cultura",
            "Spettacoli",
            "Sport",
            "Programmi tv",
            "Meteo",
            "Necrologie",
        ),
        (" · ", " | ", " – "),
        "n",
    ),
    "pt": (
        ("NESTA EDIÇÃO", "Índice", "Hoje no jornal"),
        (
            "Política",
            "Mundo",
            "Economia",
            "Sociedade",
            "Local",
            "Cultura",
            "Desporto",
            "Passatempos",
            "Televisão",
            "Tempo",
            "Necrologia",
        ),
        (" · ", " | "),
        "n",
    ),
    "nl": (
        ("IN DEZE KRANT", "Inhoud", "Vandaag in de krant"),
        (
            "Binnenland",
            "Buitenland",
            "Opinie",
            "Economie",
            "Regio",
            "Cultuur",
            "Sport",
            "Puzzels",
            "Tv & radio",
            "Weer",
            "Familieberichten",
        ),
        (" · ", " | ", ", "),
        "n",
    ),
    "sv": (
        ("I DAG", "Innehåll", "I tidningen i dag"),
        ("Nyheter", "Världen", "Ledare", "Ekonomi", "Kultur", "Sport", "Familj", "Korsord", "TV", "Väder"),
        (" · ", " | ", "  "),
        "n",
    ),
    "da": (
        ("I AVISEN I DAG", "Indhold"),
        ("Indland", "Udland", "Debat", "Erhverv", "Kultur", "Sport", "Navne", "Krydsord", "TV", "Vejret"),
        (" · ", " | "),
        "n",
    ),
    "pl": (
        ("W NUMERZE", "Spis treści", "W dzisiejszym wydaniu"),
        (
            "Kraj",
            "Świat",
            "Opinie",
            "Ekonomia",
            "Region",
            "Kultura",
            "Sport",
            "Rozrywka",
            "Program TV",
            "Pogoda",
            "Nekrologi",
        ),
        (" · ", " | ", ", "),
        "n",
    ),
    "cs": (
        ("V TOMTO VYDÁNÍ", "Obsah", "Dnes v novinách"),
        (
            "Domov",
            "Zahraničí",
            "Názory",
            "Ekonomika",
            "Kraj",
            "Kultura",
            "Sport",
            "Křížovka",
            "TV program",
            "Počasí",
        ),
        (" · ", " | ", ", "),
        "n",
    ),
    "tr": (
        ("BUGÜN GAZETEDE", "İÇİNDEKİLER"),
        ("Gündem", "Dünya", "Ekonomi", "Yaşam", "Kültür Sanat", "Spor", "Bulmaca", "Hava Durumu", "Yazarlar"),
        (" · ", " | "),
        "n",
    ),
    "ru": (
        ("В НОМЕРЕ", "Читайте в номере", "Содержание"),
        (
            "Политика",
            "В мире",
            "Экономика",
            "Общество",
            "Регион",
            "Культура",
            "Спорт",
            "Кроссворд",
            "Телепрограмма",
            "Погода",
        ),
        (" · ", " | ", ", "),
        "n",
    ),
    "uk": (
        ("У НОМЕРІ", "Читайте в номері"),
        (
            "Політика",
            "Світ",
            "Економіка",
            "Суспільство",
            "Регіон",
            "Культура",
            "Спорт",
            "Кросворд",
            "Телепрограма",
            "Погода",
        ),
        (" · ", " | ", ", "),
        "n",
    ),
    "ar": (
        ("في هذا العدد", "في عدد اليوم"),
        ("محليات", "عربي ودولي", "اقتصاد", "آراء", "ثقافة", "رياضة", "منوعات", "الطقس"),
        (" · ", " | "),
        "n",
    ),
    "hi": (
        ("आज के अंक में", "अंदर के पन्नों पर"),
        ("देश", "विदेश", "शहर", "कारोबार", "संपादकीय", "खेल", "मनोरंजन", "राशिफल"),
        (" · ", " | "),
        "n",
    ),
    "id": (
        ("DI EDISI INI", "Hari ini di koran"),
        ("Nasional", "Internasional", "Ekonomi", "Opini", "Metropolitan", "Olahraga", "Hiburan", "Cuaca"),
        (" · ", " | "),
        "n",
    ),
    "vi": (
        ("TRONG SỐ NÀY", "Đọc trong số báo hôm nay"),
        ("Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Giải trí"),
        (" · ", " | "),
        "n",
    ),
    "ja": (
        ("きょうの紙面", "主なニュース面"),
        ("総合", "政治", "国際", "経済", "オピニオン", "地域", "スポーツ", "文化", "社会", "テレビ・ラジオ"),
        ("、", "　"),
        "men",
    ),
    "zh": (
        ("本期导读", "今日导读"),
        ("要闻", "国际", "财经", "社会", "评论", "文体", "副刊", "城事"),
        (" · ", " | ", "  "),
        "A",
    ),
    "ko": (
        ("오늘의 지면", "오늘의 주요 지면"),
        ("종합", "정치", "국제", "경제", "사회", "오피니언", "문화", "스포츠"),
        (" · ", " | "),
        "A",
    ),
}


#: language: the edition's day a page index may be headed with
_INDEX_DAYS = {
    "en": "{Wd}, {mon} {d}, {y} |",
    "de": "{Wd}, {d}. {mon} {y} |",
    "nl": "{wd} {d} {mon} {y} |",
    "pl": "{dd}.{mm}.{y} |",
    "cs": "{d}. {mon} {y} |",
    "ru": "{dd}.{mm}.{y} |",
    "uk": "{dd}.{mm}.{y} |",
    "tr": "{d} {mon} {y} {Wd} |",
    "ja": "{y}年{m}月{d}日（{wd}）",
    "zh": "{y}年{m}月{d}日 星期{wd}",
    "ko": "{y}년 {m}월 {d}일 {wd}요일",
}


def page_index(case: Case, rnd: random.Random) -> str:
    """The printed paper's front-page index (the sections and their pages), as the e-paper's text keeps it
    at the top of the lead story."""
    lang, (labels, sections, seps, style) = _pick(PAGE_INDEX, case, rnd)
    chosen = sorted(rnd.sample(range(len(sections)), rnd.randint(5, min(8, len(sections)))))
    page, letter, parts = rnd.randint(2, 4), 0, []
    for i in chosen:
        width = rnd.randint(1, 3) if rnd.random() < 0.25 else 0
        if style == "A":
            if rnd.random() < 0.3 and letter < 4:
                letter, page = letter + 1, 1
            width = min(width, 1)
            where = f"{'ABCDE'[letter]}{page}" + (f"–{page + 1}" if width else "")
        elif style == "men":
            width = min(width, 1)
            where = f"{page}・{page + 1}面" if width else f"{page}面"
        else:
            where = f"{page}–{page + width}" if width else str(page)
        parts.append(f"{sections[i]}{'' if style == 'men' else ' '}{where}")
        page += width + rnd.randint(1, 5)
    label = rnd.choice(labels)
    colon = "：" if lang in {"ja", "zh"} else ": "
    line = f"{label}{colon}{rnd.choice(seps).join(parts)}"
    if lang in _INDEX_DAYS and rnd.random() < 0.35:
        line = f"{_render(_INDEX_DAYS[lang], **_parts(lang, _the_day(case, rnd)))} {line}"
    return line


# ---------------------------------------------------------------- voting-advice application's teaser (start)
#: language: (templates, elections with {city}); {n} the statements, the election day's parts
VOTING_ADVICE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        (
            "Wahl-O-Mat zur {election}: Welche Partei steht Ihren Positionen am nächsten? Beantworten Sie {n}"
            " Thesen – hier geht es zum Wahl-O-Mat der Bundeszentrale für politische Bildung.",
            "Noch unentschlossen? Unser Wahl-Check zur {election} am {d}. {mon}: {n} Fragen, rund zehn"
            " Minuten – und Sie sehen, welche Partei am besten zu Ihnen passt.",
        ),
        (
            "Landtagswahl in Sachsen",
            "Bürgerschaftswahl in Hamburg",
            "Europawahl",
            "Kommunalwahl in {city}",
            "Landtagswahl in Thüringen",
            "Oberbürgermeisterwahl in {city}",
        ),
    ),
    "en": (
        (
            "Vote Compass: Find out where you stand. Answer {n} questions to see how your views compare with"
            " the parties' policies before the {election} on {mon} {d}.",
            "Not sure who to vote for in the {election}? Take our {n}-question quiz and find the candidate"
            " who best matches your views.",
        ),
        (
            "federal election",
            "state election",
            "{city} mayoral election",
            "general election",
            "{city} city council election",
        ),
    ),
    "fr": (
        (
            "La Boussole électorale : répondez à {n} questions et découvrez quel parti est le plus proche de"
            " vos idées avant les {election} du {d} {mon}.",
            "Pour qui voter aux {election} ? Faites notre test en {n} questions.",
        ),
        ("élections européennes", "municipales à {city}", "élections régionales", "législatives"),
    ),
    "es": (
        (
            "Test de afinidad política: responde a {n} preguntas y descubre qué partido se acerca más a tus"
            " ideas ante las {election} del {d} de {mon}.",
            "¿A quién votar en las {election}? Haz nuestro test de {n} preguntas.",
        ),
        ("elecciones autonómicas", "municipales de {city}", "elecciones generales", "elecciones europeas"),
    ),
    "it": (
        (
            "Navigatore elettorale: rispondi a {n} domande e scopri quale partito è più vicino alle tue idee"
            " in vista delle {election} del {d} {mon}.",
        ),
        ("elezioni europee", "elezioni regionali", "comunali di {city}", "elezioni politiche"),
    ),
    "pt": (
        (
            "Bússola Eleitoral: responda a {n} perguntas e descubra com que partido tem mais afinidade antes"
            " das {election} de {d} de {mon}.",
        ),
        ("legislativas", "autárquicas em {city}", "europeias", "eleições municipais"),
    ),
    "nl": (
        (
            "Twijfel je nog? Doe de StemWijzer voor de {election} van {d} {mon}: {n} stellingen, ongeveer"
            " tien minuten.",
            "Kieskompas: vergelijk je standpunten met die van de partijen bij de {election} – {n}"
            " stellingen.",
        ),
        (
            "gemeenteraadsverkiezingen in {city}",
            "Tweede Kamerverkiezingen",
            "Provinciale Statenverkiezingen",
            "Europese verkiezingen",
        ),
    ),
    "sv": (
        (
            "Testa vår valkompass inför {election} den {d} {mon}: svara på {n} påståenden och se vilket"
            " parti du står närmast.",
        ),
        ("riksdagsvalet", "EU-valet", "kommunvalet i {city}", "regionvalet"),
    ),
    "da": (
        (
            "Tag kandidattesten: Find ud af, hvilke kandidater der er mest enige med dig før {election} den"
            " {d}. {mon}. {n} spørgsmål, cirka ti minutter.",
        ),
        ("folketingsvalget", "kommunalvalget i {city}", "regionsrådsvalget", "Europa-Parlamentsvalget"),
    ),
    "fi": (
        (
            "Kokeile vaalikonetta: vastaa {n} väitteeseen ja katso, kuka ehdokas on lähimpänä sinua ennen"
            " {election} {d}. {mon}.",
        ),
        ("eduskuntavaaleja", "kuntavaaleja", "aluevaaleja", "eurovaaleja"),
    ),
    "pl": (
        (
            "Latarnik Wyborczy przed {election} {d} {mon}: odpowiedz na {n} pytań i sprawdź, którego komitetu"
            " program jest Ci najbliższy.",
        ),
        ("wyborami samorządowymi", "wyborami do Sejmu", "wyborami do Parlamentu Europejskiego"),
    ),
    "cs": (
        (
            "Volební kalkulačka {election}: odpovězte na {n} otázek a zjistěte, která strana má názory"
            " nejblíž těm vašim. Volby se konají {d}. {mon}.",
        ),
        (
            "ke krajským volbám",
            "k volbám do Poslanecké sněmovny",
            "ke komunálním volbám",
            "k evropským volbám",
        ),
    ),
    "tr": (
        (
            "Seçim pusulası: {n} soruyu yanıtlayın, {d} {mon} {election} öncesinde görüşlerinize en yakın"
            " partiyi öğrenin.",
        ),
        ("yerel seçimleri", "milletvekili genel seçimleri", "cumhurbaşkanlığı seçimi"),
    ),
    "ja": (
        (
            "ボートマッチ：{election}（{m}月{d}日投開票）の争点{n}問に答えると、あなたの考えに近い政党・候補"
            "者が分かります。",
        ),
        ("参院選", "衆院選", "{city}市長選", "知事選"),
    ),
    "ko": (
        (
            "투표 궁합 테스트: {election}({m}월 {d}일)를 앞두고 {n}개 질문에 답하면 나와 정책이 가장 잘 맞는"
            " 정당을 알려드립니다.",
        ),
        ("국회의원 선거", "지방선거", "{city}시장 보궐선거", "대통령 선거"),
    ),
    "id": (
        (
            "Kuis pemilu: jawab {n} pertanyaan dan temukan calon yang paling sesuai dengan pandanganmu jelang"
            " {election} {d} {mon} {y}.",
        ),
        ("Pilkada {city}", "Pemilu Legislatif", "Pilpres", "Pilgub"),
    ),
}


def voting_advice(case: Case, rnd: random.Random) -> str:
    """The teaser of a voting-advice application (Wahl-O-Mat, StemWijzer, Vote Compass...) a site pins above
    its articles in an election campaign."""
    lang, (templates, elections) = _pick(VOTING_ADVICE, case, rnd)
    return _render(
        rnd.choice(templates),
        election=rnd.choice(elections).format(city=_city(lang, rnd)),
        n=rnd.randint(18, 38),
        **_parts(lang, _the_day(case, rnd, (3, 45))),
    )


# ---------------------------------------------------------------- a tech product's spec sheet (middle)
DEVICES = (
    "Galaxy A56",
    "Pixel 9a",
    "Xiaomi 15T",
    "Nothing Phone (3a)",
    "Motorola Edge 60",
    "OnePlus 13R",
    "Fairphone 6",
    "Honor 400 Lite",
    "Xperia 10 VII",
    "Poco F7",
    "Redmi Note 14 Pro",
    "Oppo Reno 13",
)
CHIPS = (
    "Snapdragon 7s Gen 3",
    "Dimensity 8350",
    "Tensor G4",
    "Exynos 1580",
    "Snapdragon 8 Gen 3",
    "Dimensity 7300",
)
#: language: (templates, (currency rate to the euro, rounding step)); {dev} {inch} {hz} {chip} {ram} {rom}
#: {mah} {mp} {mpw} (in units of ten thousand) {g} {price}
SPECS: dict[str, tuple[tuple[str, ...], tuple[float, int]]] = {
    "en": (
        (
            "Specs: {dev} · Display: {inch}-inch OLED, {hz}Hz · Processor: {chip} · Memory: {ram}GB RAM,"
            " {rom}GB storage · Battery: {mah}mAh · Main camera: {mp}MP · Weight: {g}g · Price: from"
            " ${price}",
            "{dev} at a glance | Screen: {inch}in, {hz}Hz | Chip: {chip} | Storage: {rom}GB | Battery:"
            " {mah}mAh | Price: ${price}",
        ),
        (1.1, 10),
    ),
    "de": (
        (
            "Technische Daten {dev}: Display {inch} Zoll, OLED, {hz} Hz · Prozessor: {chip} · Arbeitsspeicher"
            " {ram} GB, Speicher {rom} GB · Akku: {mah} mAh · Hauptkamera {mp} Megapixel · Gewicht: {g} Gramm"
            " · Preis: ab {price} Euro",
            "Datenblatt: {dev} | {inch}-Zoll-OLED ({hz} Hz) | {chip} | {ram}/{rom} GB | {mah} mAh | {g} g |"
            " UVP {price} Euro",
        ),
        (1.0, 10),
    ),
    "fr": (
        (
            "Fiche technique – {dev} : écran OLED de {inch} pouces ({hz} Hz) · processeur {chip} · {ram} Go"
            " de RAM, {rom} Go de stockage · batterie de {mah} mAh · capteur principal de {mp} Mpx · {g} g ·"
            " prix : à partir de {price} €",
        ),
        (1.0, 10),
    ),
    "es": (
        (
            "Ficha técnica del {dev}: pantalla OLED de {inch} pulgadas a {hz} Hz · procesador {chip} · {ram}"
            " GB de RAM y {rom} GB de almacenamiento · batería de {mah} mAh · cámara principal de {mp} MP ·"
            " peso: {g} gramos · precio: desde {price} euros",
        ),
        (1.0, 10),
    ),
    "it": (
        (
            "Scheda tecnica {dev}: display OLED da {inch} pollici a {hz} Hz · processore {chip} · {ram} GB"
            " di RAM,"
            " {rom} GB di memoria · batteria da {mah} mAh · fotocamera principale da {mp} MP · peso {g}"
            " grammi · prezzo: da {price} euro",
        ),
        (1.0, 10),
    ),
    "pt": (
        (
            "Ficha técnica – {dev}: tela OLED de {inch} polegadas ({hz} Hz) · processador {chip} · {ram} GB"
            " de RAM e {rom} GB de armazenamento · bateria de {mah} mAh · câmera principal de {mp} MP · {g}"
            " gramas · preço sugerido: R$ {price}",
        ),
        (6.0, 100),
    ),
    "nl": (
        (
            "Specificaties {dev}: scherm {inch} inch OLED, {hz} Hz · processor {chip} · {ram} GB"
            " werkgeheugen,"
            " {rom} GB opslag · accu {mah} mAh · hoofdcamera {mp} megapixel · gewicht {g} gram · adviesprijs"
            " vanaf {price} euro",
        ),
        (1.0, 10),
    ),
    "sv": (
        (
            "Fakta: {dev}. Skärm: {inch} tum OLED, {hz} Hz. Processor: {chip}. Minne: {ram} GB RAM, {rom} GB"
            " lagring. Batteri: {mah} mAh. Kamera: {mp} megapixel. Vikt: {g} gram. Pris: från {price}"
            " kronor.",
        ),
        (11.5, 100),
    ),
    "pl": (
        (
            'Specyfikacja {dev}: ekran OLED {inch}", {hz} Hz · procesor {chip} · {ram} GB RAM, {rom} GB'
            " pamięci · bateria {mah} mAh · aparat główny {mp} Mpix · waga {g} g · cena: od {price} zł",
        ),
        (4.3, 100),
    ),
    "cs": (
        (
            'Parametry {dev}: displej OLED {inch}", {hz} Hz · procesor {chip} · {ram} GB RAM, {rom} GB'
            " úložiště · baterie {mah} mAh · hlavní fotoaparát {mp} Mpx · hmotnost {g} g · cena od"
            " {price} Kč",
        ),
        (25.0, 1000),
    ),
    "tr": (
        (
            "Teknik özellikler – {dev}: {inch} inç OLED ekran, {hz} Hz · İşlemci: {chip} · {ram} GB RAM,"
            " {rom} GB"
            " depolama · Batarya: {mah} mAh · Ana kamera: {mp} MP · Ağırlık: {g} gram · Fiyat: {price} TL",
        ),
        (38.0, 1000),
    ),
    "ru": (
        (
            'Характеристики {dev}: экран OLED {inch}", {hz} Гц · процессор {chip} · {ram} ГБ оперативной и'
            " {rom} ГБ встроенной памяти · аккумулятор {mah} мА·ч · основная камера {mp} Мп · вес {g} г ·"
            " цена — от {price} рублей",
        ),
        (95.0, 1000),
    ),
    "uk": (
        (
            'Характеристики {dev}: екран OLED {inch}", {hz} Гц · процесор {chip} · {ram} ГБ оперативної та'
            " {rom} ГБ вбудованої пам'яті · акумулятор {mah} мА·год · основна камера {mp} Мп · вага {g} г ·"
            " ціна — від {price} грн",
        ),
        (44.0, 1000),
    ),
    "ar": (
        (
            "المواصفات – {dev}: شاشة OLED بقياس {inch} بوصة وتردد {hz} هرتز · معالج {chip} · ذاكرة {ram}"
            " غيغابايت وسعة تخزين {rom} غيغابايت · بطارية {mah} مللي أمبير · كاميرا رئيسية {mp} ميغابكسل ·"
            " السعر يبدأ من {price} دولار",
        ),
        (1.1, 10),
    ),
    "hi": (
        (
            "स्पेसिफिकेशन – {dev}: {inch} इंच OLED डिस्प्ले, {hz}Hz रिफ्रेश रेट · प्रोसेसर: {chip} · {ram}GB"
            " रैम, {rom}GB स्टोरेज · बैटरी: {mah}mAh · मेन कैमरा: {mp}MP · कीमत: ₹{price} से शुरू",
        ),
        (90.0, 1000),
    ),
    "id": (
        (
            "Spesifikasi {dev}: layar OLED {inch} inci, {hz} Hz · prosesor {chip} · RAM {ram} GB, memori"
            " {rom} GB · baterai {mah} mAh · kamera utama {mp} MP · bobot {g} gram · harga mulai Rp{price}",
        ),
        (17000.0, 100000),
    ),
    "vi": (
        (
            "Thông số kỹ thuật {dev}: màn hình OLED {inch} inch, {hz} Hz · chip {chip} · RAM {ram} GB, bộ nhớ"
            " {rom} GB · pin {mah} mAh · camera chính {mp} MP · trọng lượng {g} g · giá từ {price} đồng",
        ),
        (27000.0, 100000),
    ),
    "ja": (
        (
            "【主な仕様】{dev} 画面：{inch}インチ有機EL（{hz}Hz）／SoC：{chip}／メモリー：{ram}GB／ストレージ"
            "：{rom}GB／バッテリー：{mah}mAh／メインカメラ：約{mpj}画素／重さ：約{g}g／価格：{price}円から",
        ),
        (160.0, 1000),
    ),
    "zh": (
        (
            "主要参数：{dev} 屏幕：{inch}英寸OLED，{hz}Hz刷新率 | 处理器：{chip} | 内存：{ram}GB+{rom}GB |"
            " 电池：{mah}mAh | 主摄：{mpz}像素 | 重量：约{g}克 | 售价：{price}元起",
        ),
        (7.8, 100),
    ),
    "ko": (
        (
            "주요 사양: {dev} · 디스플레이 {inch}형 OLED({hz}Hz) · 프로세서 {chip} · 메모리 {ram}GB, 저장공간"
            " {rom}GB · 배터리 {mah}mAh · 메인 카메라 {mp}MP · 무게 {g}g · 출고가 {price}원",
        ),
        (1450.0, 1000),
    ),
}


def _wan(megapixels: int, oku: str) -> str:
    """Megapixels as East Asian counting writes them (5000万, 1億800万, 2亿)."""
    hundreds, rest = divmod(megapixels, 100)
    return f"{hundreds}{oku}" * (hundreds > 0) + f"{rest * 100}万" * (rest > 0)


def _price(lang: str, n: int) -> str:
    """A price with its thousands grouped as the language prints them (India in lakhs)."""
    if lang == "hi":
        head, tail = divmod(n, 1000)
        return _lakh(head) + f",{tail:03d}" if head else str(tail)
    if lang == "vi":
        return f"{n:,}".replace(",", ".")
    return f"{n:,}" if lang in {"ja", "zh", "ko"} else _num(lang, n)


def _lakh(n: int) -> str:
    """``n`` grouped in twos (the part of an Indian number above its thousands)."""
    digits = str(n)
    groups: list[str] = []
    while len(digits) > 2:
        digits, last = digits[:-2], digits[-2:]
        groups.insert(0, last)
    return ",".join([digits, *groups]) if digits else ",".join(groups)


def spec_sheet(case: Case, rnd: random.Random) -> str:
    """A tech review's spec-sheet box of the phone it is about, left between the article's paragraphs."""
    lang, (templates, (rate, step)) = _pick(SPECS, case, rnd)
    euros = rnd.randint(19, 119) * 10 - 1
    price = max(step, round(euros * rate / step) * step)
    price -= 1 if step <= 10 else step // 100
    mp = rnd.choice((48, 50, 50, 64, 108, 200))
    return _render(
        rnd.choice(templates),
        dev=rnd.choice(DEVICES),
        inch=_dec(lang, rnd.randint(61, 69) / 10),
        hz=rnd.choice((90, 120, 120, 144)),
        chip=rnd.choice(CHIPS),
        ram=rnd.choice((6, 8, 8, 12, 16)),
        rom=rnd.choice((128, 256, 256, 512)),
        mah=rnd.randint(40, 60) * 100 + rnd.choice((0, 0, 20, 50, 80)),
        mp=mp,
        mpj=_wan(mp, "億"),
        mpz=_wan(mp, "亿"),
        g=rnd.randint(165, 225),
        price=_price(lang, price),
    )


# ---------------------------------------------------------------- a televoting box (middle)
#: language: (templates, shows); {act} {show} {phone} {code} {short} {k} the act's number, the clock's
TELEVOTE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "How to vote in {show}: To vote for {act}, call 09011 32 32 0{k} or text VOTE {code} to {short}."
            " Lines open at {hh}:{mi} and close at the end of the show. Calls cost 15p plus your phone"
            " company's access charge. Texts cost 15p plus standard network rate.",
            "{show} voting: {act} – dial 1-866-{n3}-{n2}0{k} or text {k} to {short}. Up to 10 votes per"
            " number per voting method.",
        ),
        ("The Voice", "Eurovision: You Decide", "Britain's Got Talent", "American Idol", "Strictly"),
    ),
    "de": (
        (
            "So stimmen Sie ab: Für {act} wählen Sie 01379 {n2} {n2b} 0{k} (50 Cent pro Anruf aus dem"
            " deutschen Festnetz, Mobilfunk ggf. abweichend) oder senden eine SMS mit {code} an {short}. Die"
            " Leitungen sind ab {hh}:{mi} Uhr geschaltet.",
            "Televoting bei „{show}“: {act} – Telefon 01378 {n2} {n2b} 0{k}, SMS {code} an {short} (0,50"
            " €/SMS).",
        ),
        (
            "Unser Lied für Basel",
            "Deutschland sucht den Superstar",
            "The Voice of Germany",
            "Das Supertalent",
        ),
    ),
    "fr": (
        (
            "Pour voter pour {act}, appelez le 32 {n2} (0,80 €/appel + prix d'un appel) ou envoyez {code}"
            " par SMS au {short} (0,99 € + prix d'un SMS). Les votes sont ouverts jusqu'à {hh}h{mi}.",
        ),
        ("Eurovision France", "The Voice", "Star Academy", "La France a un incroyable talent"),
    ),
    "es": (
        (
            "Cómo votar en {show}: para apoyar a {act}, llama al 905 {n3} {n3b} o envía un SMS con la palabra"
            " {code} al {short} (1,45 € + IVA por llamada o SMS). El televoto se abre a las {hh}:{mi}.",
        ),
        ("Benidorm Fest", "Operación Triunfo", "La Voz", "Got Talent España"),
    ),
    "it": (
        (
            "Per votare {act} a {show} chiama il 894.00{k}.{n2} da rete fissa o invia un SMS con il codice"
            " 0{k}"
            " al {short}. Costo: 0,51 euro IVA inclusa. Si possono esprimere al massimo 5 voti per utenza.",
        ),
        ("Sanremo", "X Factor", "Amici", "Italia's Got Talent"),
    ),
    "pt": (
        (
            "Para votar em {act} no {show}, ligue 760 {n3} {n2}{k} (0,60€ + IVA) ou envie SMS com {code}"
            " para o {short}.",
        ),
        ("Festival da Canção", "The Voice Portugal", "Ídolos"),
    ),
    "nl": (
        (
            "Stemmen op {act} in {show}? Bel 0909-{n4} (45 cpm) of sms {code} naar {short} (€0,55 per"
            " bericht). De stemlijnen sluiten om {hh}.{mi} uur.",
        ),
        ("The Voice of Holland", "Holland's Got Talent", "Idols"),
    ),
    "sv": (
        (
            "Rösta på {act} i {show}: ring 0900-202 0{k} {n2}. Samtalet kostar 10 kronor. Du kan också rösta"
            " gratis i appen.",
        ),
        ("Melodifestivalen", "Idol", "Talang"),
    ),
    "da": (
        (
            "Stem på {act} i {show}: Send sms {code} til {short} (1 kr. + alm. sms-takst) eller ring 9092"
            " {n4} (4 kr./opkald). Afstemningen åbner kl. {hh}.{mi}.",
        ),
        ("Dansk Melodi Grand Prix", "X Factor", "Voice Junior"),
    ),
    "nb": (
        ("Stem på {act} i {show}: Ring 820 44 {n3} (10 kr. per anrop) eller send {code} til {short}.",),
        ("Melodi Grand Prix", "Idol", "Norske Talenter"),
    ),
    "pl": (
        (
            "Aby oddać głos na uczestnika nr {k} ({act}) w programie {show}, wyślij SMS o treści {code} na"
            " numer {short} (koszt 1,23 zł z VAT). Głosowanie potrwa do {hh}:{mi}.",
        ),
        ("Szansa na sukces", "The Voice of Poland", "Mam Talent!"),
    ),
    "cs": (
        (
            "Hlasujte pro soutěžícího č. {k} ({act}) v soutěži {show}: pošlete SMS ve tvaru {code} na číslo"
            " 900 11 {n2} (cena 30 Kč vč. DPH). Hlasování končí ve {hh}:{mi}.",
        ),
        ("Eurovision Song CZ", "SuperStar", "Česko Slovensko má talent"),
    ),
    "tr": (
        (
            "{show} oylaması: {act} için {code} yazıp {short} numarasına SMS gönderin (SMS ücreti 3,50 TL)."
            " Oylama süresi: saat {hh}.{mi}.",
        ),
        ("O Ses Türkiye", "Yetenek Sizsiniz", "Popstar"),
    ),
    "ru": (
        (
            "Чтобы проголосовать за участника под номером {k} ({act}) в шоу «{show}», отправьте SMS с"
            " номером {k} на короткий номер"
            " {short} (стоимость — 35 руб.). Голосование открыто до {hh}:{mi} мск.",
        ),
        ("Голос", "Новая звезда", "Ты супер!"),
    ),
    "uk": (
        (
            "Голосування «{show}»: за учасника під номером {k} ({act}) можна проголосувати в застосунку Дія"
            " або надіславши SMS з цифрою"
            " {k} на номер {short} (вартість — 5 грн). Голосування триває до {hh}:{mi}.",
        ),
        ("Нацвідбір на Євробачення", "Голос країни", "X-Фактор"),
    ),
    "ar": (
        (
            "للتصويت لـ{act} في برنامج {show} أرسل الرقم {k} إلى {short}، وتتوفر خطوط التصويت حتى الساعة"
            " {hh}:{mi}.",
        ),
        ("ذا فويس", "أراب آيدول", "أراب غوت تالنت"),
    ),
    "hi": (
        (
            "{show}: {act} को वोट करने के लिए {code} लिखकर {short} पर SMS करें (प्रति SMS ₹3)। वोटिंग"
            " {hh}:{mi} बजे तक।",
        ),
        ("इंडियन आइडल", "सा रे गा मा पा", "इंडियाज़ गॉट टैलेंट"),
    ),
    "id": (
        (
            "Dukung {act} di {show}! Ketik {code} kirim ke {short} (tarif Rp2.200/SMS). Voting dibuka hingga"
            " pukul {hh}.{mi} WIB.",
        ),
        ("Indonesian Idol", "D'Academy", "X Factor Indonesia"),
    ),
    "vi": (
        (
            "Bình chọn cho {act} tại {show}: soạn tin {code} gửi {short} (1.000đ/tin nhắn), hạn chót"
            " {hh}h{mi}.",
        ),
        ("Giọng hát Việt", "Vietnam Idol", "Sao Mai"),
    ),
    "ko": (
        (
            "[문자 투표 방법] {show} – #{short}으로 참가자 번호 '{k}' 전송 (건당 100원, 정보이용료 별도) ·"
            " {hh}시 {mi}분까지",
        ),
        ("미스터트롯", "보이스코리아", "슈퍼스타K"),
    ),
}


def televote(case: Case, rnd: random.Random) -> str:
    """A televoting box of a song contest or a talent show: the act, its number, the price of a call or a
    text."""
    lang, (templates, shows) = _pick(TELEVOTE, case, rnd)
    act = _name(lang, rnd)
    folded = unicodedata.normalize("NFKD", act.split()[-1])
    code = re.sub(r"[^A-Za-z]", "", folded).upper()[:8] or f"A{rnd.randint(1, 9)}"
    return _render(
        rnd.choice(templates),
        act=act,
        show=rnd.choice(shows),
        code=code,
        short=_digits(rnd, rnd.choice(("6####", "8####", "####", "7###"))),
        k=rnd.randint(1, 9),
        n2=_digits(rnd, "##"),
        n2b=_digits(rnd, "##"),
        n3=_digits(rnd, "###"),
        n3b=_digits(rnd, "###"),
        n4=_digits(rnd, "####"),
        **_clock(rnd, 19, 22),
    )


# ---------------------------------------------------------------- a news quiz embed with its first question
#: language: (headers with {n} {q}, questions: (kind, text)); the kinds draw the answers: "city" three towns,
#: "pct" three percentages, "who" three names, "year" three years; {city} {mon} {wd} {y} in a question
QUIZ: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "en": (
        (
            "News quiz: How closely did you follow the news this week? Question 1 of {n}: {q} A) {a} B) {b}"
            " C) {c}",
            "QUIZ | Test your knowledge – {q} ○ {a} ○ {b} ○ {c} | Question 1/{n} · Next",
        ),
        (
            ("city", "Which city was named the UK City of Culture for {y}?"),
            ("pct", "By how much did consumer prices rise in {mon}?"),
            ("who", "Who was elected mayor of {city} on {wd}?"),
        ),
    ),
    "de": (
        (
            "Nachrichtenquiz: Wie gut haben Sie diese Woche aufgepasst? Frage 1 von {n}: {q} A) {a} B) {b}"
            " C) {c}",
            "Quiz der Woche – {q} ○ {a} ○ {b} ○ {c} · Frage 1/{n} · Weiter",
        ),
        (
            ("city", "Welche Stadt richtet {y} die Landesgartenschau aus?"),
            ("pct", "Um wie viel Prozent stiegen die Verbraucherpreise im {mon}?"),
            ("who", "Wer wurde am {wd} zur neuen Spitze des Stadtrats in {city} gewählt?"),
        ),
    ),
    "fr": (
        (
            "Quiz de l'actualité : avez-vous bien suivi l'info cette semaine ? Question 1/{n} : {q} A. {a}"
            " B. {b} C. {c}",
        ),
        (
            ("city", "Quelle ville accueillera le Tour de France en {y} ?"),
            ("pct", "De combien l'inflation a-t-elle progressé en {mon} ?"),
            ("who", "Qui a été élu à la tête de la métropole de {city} {wd} ?"),
        ),
    ),
    "es": (
        (
            "Test de actualidad: ¿cuánto sabes de lo que ha pasado esta semana? Pregunta 1 de {n}: {q} a)"
            " {a} b) {b} c) {c}",
        ),
        (
            ("city", "¿Qué ciudad será Capital Europea de la Cultura en {y}?"),
            ("pct", "¿Cuánto subió el IPC en {mon}?"),
            ("who", "¿Quién fue elegido alcalde de {city} el {wd}?"),
        ),
    ),
    "it": (
        ("Quiz della settimana: quanto ne sai? Domanda 1 di {n}: {q} A) {a} B) {b} C) {c}",),
        (
            ("city", "Quale città sarà Capitale italiana della cultura nel {y}?"),
            ("pct", "Di quanto è cresciuta l'inflazione a {mon}?"),
            ("who", "Chi è stato eletto sindaco di {city} {wd}?"),
        ),
    ),
    "pt": (
        ("Quiz da semana: esteve atento às notícias? Pergunta 1 de {n}: {q} A) {a} B) {b} C) {c}",),
        (
            ("city", "Que cidade vai receber o festival nacional em {y}?"),
            ("pct", "Quanto subiu a inflação em {mon}?"),
            ("who", "Quem foi eleito presidente da câmara de {city}?"),
        ),
    ),
    "nl": (
        ("Nieuwsquiz: heb jij het nieuws goed gevolgd? Vraag 1 van {n}: {q} A) {a} B) {b} C) {c}",),
        (
            ("city", "Welke stad wordt in {y} Culturele Hoofdstad?"),
            ("pct", "Hoeveel procent bedroeg de inflatie in {mon}?"),
            ("who", "Wie werd op {wd} gekozen tot burgemeester van {city}?"),
        ),
    ),
    "sv": (
        ("Nyhetsquiz: Hur bra koll har du på veckan? Fråga 1 av {n}: {q} 1) {a} X) {b} 2) {c}",),
        (
            ("city", "Vilken stad blir årets kulturhuvudstad {y}?"),
            ("pct", "Hur mycket steg inflationen i {mon}?"),
            ("who", "Vem valdes till nytt kommunalråd i {city} i {wd}s?"),
        ),
    ),
    "da": (
        ("Ugens nyhedsquiz: Har du fulgt med? Spørgsmål 1 af {n}: {q} A) {a} B) {b} C) {c}",),
        (
            ("city", "Hvilken by bliver årets kulturby i {y}?"),
            ("pct", "Hvor meget steg priserne i {mon}?"),
            ("who", "Hvem blev valgt som borgmester i {city}?"),
        ),
    ),
    "pl": (
        ("Quiz tygodnia: czy śledzisz wiadomości? Pytanie 1 z {n}: {q} A) {a} B) {b} C) {c}",),
        (
            ("city", "Które miasto będzie gospodarzem festiwalu w {y} r.?"),
            ("pct", "O ile wzrosła inflacja w ubiegłym miesiącu?"),
            ("who", "Kto został wybrany na prezydenta miasta {city}?"),
        ),
    ),
    "cs": (
        ("Kvíz týdne: Jak dobře jste sledovali zprávy? Otázka 1 z {n}: {q} A) {a} B) {b} C) {c}",),
        (
            ("city", "Které město bude v roce {y} hostit mistrovství?"),
            ("pct", "O kolik procent vzrostly ceny za poslední měsíc?"),
            ("who", "Kdo byl zvolen primátorem města {city}?"),
        ),
    ),
    "tr": (
        ("Haftanın haber testi: Gündemi ne kadar takip ettiniz? Soru 1/{n}: {q} A) {a} B) {b} C) {c}",),
        (
            ("city", "{y} yılında festivale hangi şehir ev sahipliği yapacak?"),
            ("pct", "{mon} ayında yıllık enflasyon yüzde kaç oldu?"),
            ("who", "{city} belediye başkanlığına kim seçildi?"),
        ),
    ),
    "ru": (
        ("Тест недели: внимательно ли вы следили за новостями? Вопрос 1 из {n}: {q} А) {a} Б) {b} В) {c}",),
        (
            ("city", "Какой город станет культурной столицей в {y} году?"),
            ("pct", "На сколько процентов выросли потребительские цены в прошлом месяце?"),
            ("who", "Кто стал новым мэром города {city}?"),
        ),
    ),
    "uk": (
        ("Тест тижня: чи уважно ви стежили за новинами? Питання 1 з {n}: {q} А) {a} Б) {b} В) {c}",),
        (
            ("city", "Яке місто стане культурною столицею у {y} році?"),
            ("pct", "На скільки відсотків зросли споживчі ціни минулого місяця?"),
            ("who", "Хто став новим міським головою міста {city}?"),
        ),
    ),
    "ja": (
        ("【ニュースクイズ】今週のニュース、どれだけ覚えていますか？ 第1問（全{n}問）：{q} ①{a} ②{b} ③{c}",),
        (
            ("city", "{y}年の国民文化祭の開催地はどこ？"),
            ("pct", "{m}月の消費者物価指数の上昇率は？"),
            ("who", "{city}市長選で当選したのは誰？"),
        ),
    ),
    "zh": (
        ("【新闻小测验】本周新闻你关注了吗？第1题（共{n}题）：{q} A. {a} B. {b} C. {c}",),
        (
            ("city", "{y}年的全国运动会将在哪座城市举办？"),
            ("pct", "{m}月份居民消费价格同比上涨多少？"),
            ("who", "谁当选了{city}市的新任市长？"),
        ),
    ),
    "ko": (
        ("[뉴스 퀴즈] 이번 주 뉴스, 얼마나 알고 계신가요? 1번 문제(총 {n}문제): {q} ① {a} ② {b} ③ {c}",),
        (
            ("city", "{y}년 전국체전 개최 도시는?"),
            ("pct", "{m}월 소비자물가 상승률은?"),
            ("who", "{city}시장 보궐선거 당선자는?"),
        ),
    ),
    "id": (
        ("Kuis berita pekan ini: Seberapa paham Anda? Pertanyaan 1 dari {n}: {q} A. {a} B. {b} C. {c}",),
        (
            ("city", "Kota mana yang menjadi tuan rumah PON {y}?"),
            ("pct", "Berapa inflasi tahunan pada bulan {mon}?"),
            ("who", "Siapa yang terpilih sebagai wali kota {city}?"),
        ),
    ),
}


def _answers(kind: str, lang: str, rnd: random.Random, day: dict[str, Any]) -> list[str]:
    if kind == "city":
        return rnd.sample(CITIES.get(lang, CITIES["en"]), 3)
    if kind == "pct":
        base = rnd.randint(11, 79) / 10
        values = sorted({base, base + rnd.randint(3, 9) / 10, base + rnd.randint(10, 19) / 10})
        spaced = lang in {"de", "fr", "sv", "da", "cs", "nl"}
        return [f"%{_dec(lang, v)}" if lang == "tr" else f"{_dec(lang, v)}{' ' * spaced}%" for v in values]
    if kind == "year":
        return [str(int(day["y"]) + k) for k in (0, 1, 2)]
    names: list[str] = []
    while len(names) < 3:
        name = _name(lang, rnd)
        if name not in names:
            names.append(name)
    return names


def news_quiz(case: Case, rnd: random.Random) -> str:
    """A news-quiz embed with its first question and its answers, left in the middle of an article."""
    lang, (headers, questions) = _pick(QUIZ, case, rnd)
    kind, question = rnd.choice(questions)
    day = _parts(lang, _the_day(case, rnd, (-6, 0)))
    q_parts = dict(day)
    q_parts["y"] = int(day["y"]) + rnd.randint(1, 3)
    q = _render(question, city=_city(lang, rnd), **q_parts)
    a, b, c = _answers(kind, lang, rnd, day)
    return _render(rnd.choice(headers), n=rnd.choice((5, 8, 10, 10, 12, 15)), q=q, a=a, b=b, c=c)


# ---------------------------------------------------------------- a local paper's shipping movements (end)
#: ships and their kinds (0 container ship, 1 cruise ship, 2 ferry, 3 bulk carrier, 4 tanker: the order of
#: each language's types below)
SHIPS = (
    ("MSC Aurora", 0),
    ("Maersk Kalmar", 0),
    ("CMA CGM Tage", 0),
    ("Ever Gentle", 0),
    ("ONE Harmony", 0),
    ("Hapag Express Bilbao", 0),
    ("Cosco Shipping Rose", 0),
    ("AIDAperla", 1),
    ("Mein Schiff 4", 1),
    ("Costa Smeralda", 1),
    ("Norwegian Prima", 1),
    ("Stena Scandica", 2),
    ("Finnstar", 2),
    ("Tavastland", 2),
    ("Atlantic Sail", 2),
    ("Nordic Orion", 3),
    ("Golden Ice", 3),
    ("Stena Primorsk", 4),
    ("Minerva Helen", 4),
)
#: the foreign ports a line of the box names, by script
_PORTS_FROM = {
    "latin": (
        "Rotterdam",
        "Antwerpen",
        "Shanghai",
        "Gdańsk",
        "Singapore",
        "Oslo",
        "Algeciras",
        "Le Havre",
        "Tallinn",
        "Klaipėda",
        "Valencia",
        "Felixstowe",
    ),
    "ru": ("Роттердам", "Стамбул", "Пирей", "Шанхай", "Пусан", "Мерсин"),
    "ja": ("上海", "釜山", "シンガポール", "高雄", "ロサンゼルス"),
    "ko": ("상하이", "도쿄", "싱가포르", "가오슝", "블라디보스토크"),
    "zh": ("釜山", "新加坡", "鹿特丹", "洛杉矶", "东京"),
}
#: language: (templates, home ports, ship types); {port} {s1} {s2} {s3} ships, {t1} {t2} types, {f1} {f2}
#: whence, {to} whither, {a} {b} {c} times
SHIPPING: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Shipping movements – Port of {port}. Arrivals: {s1} ({t1}, from {f1}) {a}; {s2} ({t2}, from"
            " {f2}) {b}. Departures: {s3} (for {to}) {c}.",
            "SHIPPING: Due today at {port} – {s1}, {t1}, {a}; {s2}, {t2}, {b}. Sailing: {s3} for {to}, {c}.",
        ),
        ("Southampton", "Felixstowe", "Tauranga", "Fremantle", "Halifax", "Lyttelton"),
        ("container ship", "cruise ship", "ro-ro ferry", "bulk carrier", "tanker"),
    ),
    "de": (
        (
            "Schiffsmeldungen Hafen {port}: Einlaufend: {s1} ({t1}, aus {f1}) {a} Uhr · {s2} ({t2}, aus"
            " {f2}) {b} Uhr · Auslaufend: {s3} (nach {to}) {c} Uhr",
            "Schiffsliste {port} – erwartet: {s1}, {t1}, {a} Uhr; {s2}, {t2}, {b} Uhr. Abfahrt: {s3} nach"
            " {to}, {c} Uhr.",
        ),
        ("Hamburg", "Bremerhaven", "Kiel", "Rostock", "Wilhelmshaven", "Emden", "Travemünde"),
        ("Containerschiff", "Kreuzfahrtschiff", "Fähre", "Massengutfrachter", "Tanker"),
    ),
    "nl": (
        (
            "Scheepvaart {port} – Binnenkomend: {s1} ({t1}, van {f1}) {a} uur; {s2} ({t2}, van {f2}) {b} uur."
            " Vertrekkend: {s3} (naar {to}) {c} uur.",
        ),
        ("Rotterdam", "IJmuiden", "Vlissingen", "Eemshaven", "Den Helder"),
        ("containerschip", "cruiseschip", "veerboot", "bulkcarrier", "tanker"),
    ),
    "fr": (
        (
            "Mouvements du port de {port} – Arrivées : {s1} ({t1}, en provenance de {f1}) à {a} ; {s2}"
            " ({t2}) à {b}. Départs : {s3} (pour {to}) à {c}.",
        ),
        ("Marseille", "Brest", "Saint-Nazaire", "Dunkerque", "Sète", "Bordeaux"),
        ("porte-conteneurs", "paquebot", "ferry", "vraquier", "pétrolier"),
    ),
    "es": (
        (
            "Movimiento portuario de {port}. Entradas: {s1} ({t1}, procedente de {f1}), {a} h; {s2} ({t2}),"
            " {b} h. Salidas: {s3} (con destino {to}), {c} h.",
        ),
        ("Algeciras", "Valencia", "Bilbao", "Vigo", "Cartagena", "Santander"),
        ("portacontenedores", "crucero", "ferry", "granelero", "petrolero"),
    ),
    "it": (
        (
            "Movimento navi – Porto di {port}. Arrivi: {s1} ({t1}, da {f1}) ore {a}; {s2} ({t2}) ore {b}."
            " Partenze: {s3} (per {to}) ore {c}.",
        ),
        ("Genova", "Livorno", "Trieste", "La Spezia", "Civitavecchia", "Salerno"),
        ("portacontainer", "nave da crociera", "traghetto", "rinfusiera", "petroliera"),
    ),
    "pt": (
        (
            "Movimento do porto de {port} – Entradas: {s1} ({t1}, procedente de {f1}), {a}; {s2} ({t2}), {b}."
            " Saídas: {s3} (destino {to}), {c}.",
        ),
        ("Santos", "Leixões", "Sines", "Paranaguá", "Itajaí"),
        ("porta-contentores", "navio de cruzeiro", "ferry", "graneleiro", "petroleiro"),
    ),
    "sv": (
        (
            "Fartygsanlöp {port}: Ankommande: {s1} ({t1}, från {f1}) kl. {a}; {s2} ({t2}) kl. {b}. Avgående:"
            " {s3} (till {to}) kl. {c}.",
        ),
        ("Göteborg", "Helsingborg", "Trelleborg", "Visby", "Luleå"),
        ("containerfartyg", "kryssningsfartyg", "färja", "bulkfartyg", "tankfartyg"),
    ),
    "da": (
        (
            "Skibsanløb {port}: Ankomst: {s1} ({t1}, fra {f1}) kl. {a}; {s2} ({t2}) kl. {b}. Afgang: {s3}"
            " (til {to}) kl. {c}.",
        ),
        ("Aarhus", "Esbjerg", "Frederikshavn", "Rønne", "Aalborg"),
        ("containerskib", "krydstogtskib", "færge", "bulkskib", "tankskib"),
    ),
    "nb": (
        (
            "Skipsanløp {port}: Ankomst: {s1} ({t1}, fra {f1}) kl. {a}; {s2} ({t2}) kl. {b}. Avgang: {s3}"
            " (til {to}) kl. {c}.",
        ),
        ("Bergen", "Stavanger", "Tromsø", "Ålesund", "Kristiansand"),
        ("containerskip", "cruiseskip", "ferje", "bulkskip", "tankskip"),
    ),
    "fi": (
        (
            "Laivat satamassa – {port}: Saapuvat: {s1} ({t1}, {f1}) klo {a}; {s2} ({t2}) klo {b}. Lähtevät:"
            " {s3} ({to}) klo {c}.",
        ),
        ("Helsinki", "Turku", "Kotka", "Vaasa", "Oulu"),
        ("konttialus", "risteilyalus", "lautta", "irtolastialus", "säiliöalus"),
    ),
    "pl": (
        (
            "Ruch statków – port {port}. Wejścia: {s1} ({t1}, z portu {f1}) godz. {a}; {s2} ({t2}) godz. {b}."
            " Wyjścia: {s3} (do portu {to}) godz. {c}.",
        ),
        ("Gdańsk", "Gdynia", "Szczecin", "Świnoujście", "Police"),
        ("kontenerowiec", "wycieczkowiec", "prom", "masowiec", "tankowiec"),
    ),
    "tr": (
        (
            "Liman hareketleri – {port}: Gelen gemiler: {s1} ({t1}, {f1}) saat {a}; {s2} ({t2}) saat {b}."
            " Giden gemiler: {s3} ({to}) saat {c}.",
        ),
        ("Mersin", "Ambarlı", "İzmir", "Samsun", "Trabzon"),
        ("konteyner gemisi", "kruvaziyer", "feribot", "dökme yük gemisi", "tanker"),
    ),
    "ru": (
        (
            "Судозаходы, порт {port}. Прибытие: {s1} ({t1}, из порта {f1}) в {a}; {s2} ({t2}) в {b}. Отход:"
            " {s3} (в порт {to}) в {c}.",
        ),
        ("Новороссийск", "Мурманск", "Владивосток", "Калининград", "Архангельск"),
        ("контейнеровоз", "круизный лайнер", "паром", "балкер", "танкер"),
    ),
    "ja": (
        (
            "【入出港予定】{port}港 入港：{s1}（{t1}、{f1}から）{a}、{s2}（{t2}）{b}"
            " 出港：{s3}（{to}向け）{c}",
        ),
        ("横浜", "神戸", "名古屋", "博多", "函館"),
        ("コンテナ船", "クルーズ船", "フェリー", "ばら積み船", "タンカー"),
    ),
    "ko": (
        ("[입출항 정보] {port}항 입항: {s1}({t1}, {f1}발) {a} · {s2}({t2}) {b} · 출항: {s3}({to}행) {c}",),
        ("부산", "인천", "여수", "울산", "평택"),
        ("컨테이너선", "크루즈선", "여객선", "벌크선", "유조선"),
    ),
    "zh": (
        ("【船期信息】{port}港 进港：{s1}（{t1}，来自{f1}）{a}；{s2}（{t2}）{b}。离港：{s3}（开往{to}）{c}",),
        ("宁波舟山", "青岛", "天津", "厦门", "大连"),
        ("集装箱船", "邮轮", "客滚船", "散货船", "油轮"),
    ),
    "id": (
        (
            "Jadwal kapal Pelabuhan {port}: Tiba: {s1} ({t1}, dari {f1}) pukul {a} · {s2} ({t2}) pukul {b} ·"
            " Berangkat: {s3} (tujuan {to}) pukul {c}",
        ),
        ("Tanjung Priok", "Tanjung Perak", "Belawan", "Makassar", "Bitung"),
        ("kapal kontainer", "kapal pesiar", "kapal penumpang", "kapal curah", "kapal tanker"),
    ),
}


def shipping(case: Case, rnd: random.Random) -> str:
    """A port city paper's box of the day's ship arrivals and departures."""
    lang, (templates, ports, types) = _pick(SHIPPING, case, rnd)
    (s1, k1), (s2, k2), (s3, _) = rnd.sample(SHIPS, 3)
    t1, t2 = types[k1], types[k2]
    port = rnd.choice(ports)
    f1, f2, to = rnd.sample([p for p in _PORTS_FROM.get(lang, _PORTS_FROM["latin"]) if p != port], 3)
    sep = "." if lang in {"da", "nb", "fi", "id", "sv"} else ":"
    times = sorted(rnd.sample(range(4 * 60, 23 * 60), 3))
    a, b, c = (f"{t // 60:02d}{sep}{t % 60 // 5 * 5:02d}" for t in times)
    return _render(
        rnd.choice(templates),
        port=port,
        s1=s1,
        s2=s2,
        s3=s3,
        t1=t1,
        t2=t2,
        f1=f1,
        f2=f2,
        to=to,
        a=a,
        b=b,
        c=c,
    )


# ---------------------------------------------------------------- a person's profile box (end)
#: language: (templates, subjects, roles); {name} {by} the birth year, {age} {city} {city2} {ry} {kids}
PROFILES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "PROFILE – {name}: Born {by} in {city} · Studied {subj} at the University of {city2} · {role}"
            " since {ry} · Married, {kids} children",
            "WHO IS {NAME}? Age: {age} | Born: {city} | Education: {subj}, University of {city2} | Job:"
            " {role} (since {ry})",
        ),
        ("law", "economics", "history", "civil engineering", "medicine"),
        (
            "chief executive of the regional health trust",
            "leader of the county council",
            "chief constable",
            "head of the port authority",
        ),
    ),
    "de": (
        (
            "Zur Person: {name}, Jahrgang {by}, stammt aus {city}. Studium der {subj} in {city2}, seit {ry}"
            " {role}. {name} ist verheiratet und hat {kids} Kinder.",
            "Persönlich: {name} ({age}) · geboren in {city} · Studium: {subj} in {city2} · seit {ry} {role}",
        ),
        ("Rechtswissenschaft", "Betriebswirtschaftslehre", "Geschichte", "Agrarwissenschaften", "Medizin"),
        (
            "Geschäftsführung der Stadtwerke",
            "Vorsitz des Kreisverbands",
            "Leitung des Klinikums",
            "Leitung der Berufsfeuerwehr",
        ),
    ),
    "sv": (
        (
            "Fakta: {name}. Ålder: {age} år. Bor: {city}. Familj: Sambo och {kids} barn. Gör: {role} sedan"
            " {ry}. Utbildning: {subj} i {city2}.",
        ),
        ("juristexamen", "civilekonom", "historia", "civilingenjör"),
        ("kommunstyrelsens ordförande", "vd för det kommunala bostadsbolaget", "regionpolischef", "rektor"),
    ),
    "da": (
        (
            "FAKTA: {name}, {age} år. Bor i {city}. Uddannet {subj}. {role} siden {ry}. Familie: gift,"
            " {kids} børn.",
        ),
        ("cand.jur.", "cand.polit.", "cand.mag. i historie", "civilingeniør"),
        ("Borgmester", "Direktør for havnen", "Formand for regionsrådet", "Politidirektør"),
    ),
    "nb": (
        ("Navn: {name}. Alder: {age}. Bosted: {city}. Yrke: {role}. Aktuell: Ble ansatt i {ry}.",),
        ("juss", "økonomi", "historie"),
        ("ordfører", "havnedirektør", "politimester", "rådmann"),
    ),
    "fr": (
        (
            "Bio express – {name} · {by} : naissance à {city} · {sy} : diplôme de {subj} à {city2} · {ry} :"
            " {role}",
        ),
        ("droit", "sciences politiques", "histoire", "génie civil"),
        (
            "élection à la présidence de l'agglomération",
            "prise de la direction du CHU",
            "nomination à la préfecture",
            "prise de la direction du port",
        ),
    ),
    "es": (
        (
            "Perfil – {name} ({city}, {by}). Licenciatura en {subj} por la Universidad de {city2}. Desde"
            " {ry}, {role}.",
        ),
        ("Derecho", "Economía", "Historia", "Ingeniería de Caminos"),
        (
            "al frente de la Autoridad Portuaria",
            "en la presidencia de la Diputación",
            "en la gerencia del hospital",
            "en la jefatura de la Policía Local",
        ),
    ),
    "it": (
        ("Chi è – {name}, {city} classe {by}. Laurea in {subj} a {city2}. Dal {ry} {role}.",),
        ("Giurisprudenza", "Economia", "Storia", "Ingegneria civile"),
        (
            "alla guida dell'Autorità portuale",
            "alla presidenza della Provincia",
            "alla direzione dell'ospedale",
            "al comando della polizia locale",
        ),
    ),
    "pt": (
        (
            "Perfil – {name}: {age} anos, natural de {city}. Formação: {subj} na Universidade de {city2}."
            " Cargo: {role} desde {ry}.",
        ),
        ("Direito", "Economia", "História", "Engenharia Civil"),
        ("presidência da câmara municipal", "direção do hospital", "administração do porto"),
    ),
    "nl": (
        (
            "Wie is {name}? Geboren: {by}, {city} · Opleiding: {subj} in {city2} · Loopbaan: {role} sinds"
            " {ry} · Woont in: {city}",
        ),
        ("rechten", "economie", "geschiedenis", "bouwkunde"),
        ("burgemeester", "directeur van het havenbedrijf", "korpschef", "wethouder"),
    ),
    "pl": (
        ("{name} – rocznik {by}, urodzenie: {city} · wykształcenie: {subj} ({city2}) · od {ry} r.: {role}",),
        ("prawo", "ekonomia", "historia", "budownictwo"),
        ("prezydent miasta", "dyrekcja szpitala", "prezes zarządu portu", "komendant policji"),
    ),
    "cs": (
        ("{name} · Narození: {by}, {city} · Vzdělání: {subj} ({city2}) · Od roku {ry}: {role}",),
        ("právo", "ekonomie", "historie", "stavební inženýrství"),
        ("primátor", "ředitel nemocnice", "hejtman", "policejní ředitel"),
    ),
    "tr": (
        (
            "{name} kimdir? Doğum: {by}, {city} · Eğitim: {city2} Üniversitesi, {subj} · {ry} yılından bu"
            " yana {role}",
        ),
        ("hukuk", "iktisat", "tarih", "inşaat mühendisliği"),
        ("belediye başkanı", "liman işletmesi müdürü", "il sağlık müdürü", "emniyet müdürü"),
    ),
    "ru": (
        (
            "Досье: {name}. Год рождения: {by}. Место рождения: {city}. Образование: {subj}. С {ry} года —"
            " {role}.",
        ),
        ("юридическое", "экономическое", "историческое", "инженерное"),
        ("глава города", "главный врач областной больницы", "директор морского порта", "начальник полиции"),
    ),
    "uk": (
        ("Досьє: {name}. Народження: {by}, {city}. Освіта: {subj}. З {ry} року — {role}.",),
        ("юридична", "економічна", "історична", "інженерна"),
        ("міський голова", "головний лікар обласної лікарні", "начальник обласної поліції"),
    ),
    "ar": (
        ("بطاقة تعريف: {name} · من مواليد {city} عام {by} · درس {subj} في جامعة {city2} · منذ {ry}: {role}",),
        ("القانون", "الاقتصاد", "التاريخ", "الهندسة المدنية"),
        ("رئاسة البلدية", "إدارة المستشفى الجامعي", "إدارة الميناء"),
    ),
    "hi": (
        ("कौन हैं {name}? जन्म: {by}, {city} · शिक्षा: {subj}, {city2} विश्वविद्यालय · {ry} से {role}",),
        ("कानून", "अर्थशास्त्र", "इतिहास", "सिविल इंजीनियरिंग"),
        ("नगर निगम आयुक्त", "ज़िलाधिकारी", "मेडिकल कॉलेज के प्राचार्य"),
    ),
    "id": (
        (
            "Profil {name} · Lahir: {city}, {by} · Pendidikan: {subj}, Universitas {city2} · Jabatan: {role}"
            " (sejak {ry})",
        ),
        ("Ilmu Hukum", "Ekonomi", "Sejarah", "Teknik Sipil"),
        ("Wali Kota", "Direktur Utama RSUD", "Kepala Kepolisian Resor", "General Manager Pelabuhan"),
    ),
    "vi": (
        (
            "Tiểu sử: {name} sinh năm {by} tại {city}. Tốt nghiệp ngành {subj} tại {city2}. Từ năm {ry}:"
            " {role}.",
        ),
        ("Luật", "Kinh tế", "Lịch sử", "Xây dựng"),
        ("Chủ tịch UBND thành phố", "Giám đốc bệnh viện", "Giám đốc Cảng vụ"),
    ),
    "ja": (
        ("【略歴】{name}（{age}）{by}年、{city}市生まれ。{city2}大{subj}卒。{ry}年から{role}。",),
        ("法学部", "経済学部", "文学部", "工学部"),
        ("市長", "県立病院長", "港湾局長", "県警本部長"),
    ),
    "zh": (
        ("【人物简介】{name}，{by}年出生于{city}，毕业于{city2}大学{subj}专业，{ry}年起任{role}。",),
        ("法学", "经济学", "历史学", "土木工程"),
        ("市长", "市人民医院院长", "港务集团董事长"),
    ),
    "ko": (
        ("[약력] {name} ▲{by}년 {city} 출생 ▲{city2}대 {subj} 졸업 ▲{ry}년 {role} 취임",),
        ("법학과", "경제학과", "사학과", "토목공학과"),
        ("시장", "도립병원장", "항만공사 사장", "지방경찰청장"),
    ),
}


def _one_stop(template: str, **parts: Any) -> str:
    """``template`` filled in, with the doubled full stop of a part ending in one ("et al..") made one."""
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", _render(template, **parts))


def profile_box(case: Case, rnd: random.Random) -> str:
    """A "Zur Person"/"Fakta"/"【略歴】" profile box of the person an article is about."""
    lang, (templates, subjects, roles) = _pick(PROFILES, case, rnd)
    year = _the_day(case, rnd).year
    age = rnd.randint(34, 67)
    city, city2 = _two_cities(lang, rnd)
    name = _name(lang, rnd)
    return _one_stop(
        rnd.choice(templates),
        name=name,
        NAME=name.upper(),
        by=year - age,
        sy=year - age + rnd.randint(23, 27),
        age=age,
        city=city,
        city2=city2,
        ry=year - rnd.randint(1, 12),
        kids=rnd.randint(2, 4),
        subj=rnd.choice(subjects),
        role=rnd.choice(roles),
    )


# ---------------------------------------------------------------- the study's journal reference (end)
#: journal: its DOI pattern (# a digit, {y2} the year's last two digits)
JOURNALS = {
    "Nature": "10.1038/s41586-0{y2}-0####-#",
    "Nature Communications": "10.1038/s41467-0{y2}-#####-#",
    "Nature Climate Change": "10.1038/s41558-0{y2}-0####-#",
    "Science": "10.1126/science.ad{l}####",
    "Science Advances": "10.1126/sciadv.ad{l}####",
    "Cell": "10.1016/j.cell.20{y2}.0#.0##",
    "PNAS": "10.1073/pnas.2{y2}#######",
    "The Lancet": "10.1016/S0140-6736({y2})0####-#",
    "The BMJ": "10.1136/bmj-20{y2}-0#####",
    "JAMA": "10.1001/jama.20{y2}.#####",
    "PLOS ONE": "10.1371/journal.pone.03#####",
    "Geophysical Research Letters": "10.1029/20{y2}GL1#####",
    "The New England Journal of Medicine": "10.1056/NEJMoa2{y2}####",
    "Current Biology": "10.1016/j.cub.20{y2}.0#.0##",
}
STUDY_TITLES = (
    "Rapid decline of {thing} across {region} since the 1990s",
    "Long-term exposure to {exposure} and risk of {outcome}: a cohort study",
    "Warming-driven shifts in {thing} in {region}",
    "Association of {exposure} with {outcome} in adults: a randomized clinical trial",
    "Ancient DNA reveals the origins of {thing}",
    "Global patterns of {thing} under climate change",
)
_TITLE_FILLERS = {
    "thing": (
        "pollinator abundance",
        "glacier mass",
        "seagrass meadows",
        "urban heat islands",
        "soil carbon",
        "Atlantic cod stocks",
        "early farming communities",
        "deep-sea corals",
    ),
    "region": (
        "northern Europe",
        "the Alps",
        "East Africa",
        "the Arctic",
        "South-East Asia",
        "the Amazon basin",
    ),
    "exposure": (
        "traffic noise",
        "fine particulate matter",
        "night-shift work",
        "ultra-processed food intake",
    ),
    "outcome": ("dementia", "type 2 diabetes", "cardiovascular disease", "depression"),
}
_SCIENTISTS = (
    ("Zhang", "Y."),
    ("Müller", "K."),
    ("Okafor", "C."),
    ("Lindqvist", "E."),
    ("García-López", "M."),
    ("Tanaka", "H."),
    ("Kowalski", "P."),
    ("Rossi", "F."),
    ("Nguyen", "T. H."),
    ("Petrov", "A."),
    ("Smith", "J. R."),
    ("Dubois", "C."),
    ("Kim", "S."),
    ("Haddad", "R."),
    ("Sharma", "A."),
    ("van Dijk", "L."),
)
#: language: reference templates; {authors} {title} {journal} {y} {vol} {page} {doi}
REFERENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "Journal reference: {authors}. {title}. {journal}, {y}; {vol}: {page}. DOI: {doi}",
        "More information: {authors}, {title}, {journal} ({y}). DOI: {doi}",
        "The study, “{title}”, is published in {journal}. doi:{doi}",
    ),
    "de": (
        "Originalpublikation: {authors}: {title}. In: {journal}, {y}, DOI: {doi}",
        "Zur Studie: {authors} ({y}): {title}, {journal}, {vol}, {page}. https://doi.org/{doi}",
    ),
    "fr": (
        "Référence : {authors}, « {title} », {journal}, {y}. DOI : {doi}",
        "L'étude : {journal}, {y}, DOI {doi}",
    ),
    "es": ("Referencia: {authors}. {title}. {journal} ({y}). DOI: {doi}",),
    "it": ("Lo studio: {authors}, “{title}”, {journal}, {y}. DOI: {doi}",),
    "pt": ("Referência: {authors}. {title}. {journal}, {y}. DOI: {doi}",),
    "nl": ("Bron: {authors}, {title}, {journal} ({y}), DOI: {doi}",),
    "sv": ("Vetenskaplig artikel: {title}. {authors}. {journal}, {y}. DOI: {doi}",),
    "da": ("Studien: {authors}: ‘{title}’, {journal}, {y}. DOI: {doi}",),
    "pl": ("Publikacja: {authors}, {title}, {journal} ({y}), DOI: {doi}",),
    "cs": ("Zdroj: {authors}: {title}. {journal}, {y}. DOI: {doi}",),
    "tr": ("Kaynak: {authors}, “{title}”, {journal} ({y}). DOI: {doi}",),
    "ru": ("Источник: {authors}. {title} // {journal}. — {y}. — Vol. {vol}. — DOI: {doi}",),
    "uk": ("Джерело: {authors}. {title} // {journal}, {y}. DOI: {doi}",),
    "ar": ("المرجع: {authors}، {title}، مجلة {journal}، {y}. DOI: {doi}",),
    "id": ("Referensi: {authors}. ({y}). {title}. {journal}, {vol}, {page}. DOI: {doi}",),
    "vi": ("Nguồn: {authors}, {title}, {journal} ({y}), DOI: {doi}",),
    "ja": ("【論文情報】雑誌名：{journal} 論文タイトル：{title} 著者：{authors} DOI：{doi}",),
    "zh": ("论文信息：{authors}. {title}. {journal}, {y}. DOI: {doi}", "论文链接：https://doi.org/{doi}"),
    "ko": ("논문 정보: {title}, {journal}({y}), 저자: {authors}, DOI: {doi}",),
}


def _study_title(rnd: random.Random) -> str:
    return rnd.choice(STUDY_TITLES).format(**{k: rnd.choice(v) for k, v in _TITLE_FILLERS.items()})


def journal_reference(case: Case, rnd: random.Random) -> str:
    """The journal reference of the study a science story reports, with its DOI, at the story's end."""
    _, templates = _pick(REFERENCES, case, rnd)
    year = _the_day(case, rnd).year
    journal = rnd.choice(sorted(JOURNALS))
    doi = _digits(rnd, JOURNALS[journal].format(y2=f"{year % 100:02d}", l=rnd.choice("abcfgjk")))
    people = rnd.sample(_SCIENTISTS, rnd.randint(2, 3))
    if rnd.random() < 0.5:
        authors = ", ".join(f"{last}, {first}" for last, first in people[:2]) + " et al."
    else:
        authors = ", ".join(f"{last} {first.replace('.', '').replace(' ', '')}" for last, first in people)
        authors += rnd.choice((" et al.", ""))
    return _one_stop(
        rnd.choice(templates),
        authors=authors,
        title=_study_title(rnd),
        journal=journal,
        y=year,
        vol=rnd.randint(8, 640),
        page=f"e{rnd.randint(1000, 9999)}" if rnd.random() < 0.3 else str(rnd.randint(100, 1400)),
        doi=doi,
    )


# ---------------------------------------------------------------- defects in other fields
#: the ligature names of an icon font (Material Icons and Symbols) a heading's icon leaves as text
ICON_LIGATURES = (
    "play_circle",
    "play_arrow",
    "photo_camera",
    "videocam",
    "lock",
    "schedule",
    "headphones",
    "photo_library",
    "bolt",
    "live_tv",
    "chevron_right",
    "open_in_new",
    "star",
    "graphic_eq",
)
#: private-use glyphs of icon fonts (Font Awesome 4 and 5, IcoMoon sets) kept as characters
ICON_GLYPHS = (
    "\uf03d",
    "\uf030",
    "\uf023",
    "\uf017",
    "\uf144",
    "\uf1ea",
    "\ue900",
    "\ue90a",
    "\ue8b5",
    "\uf008",
)


def icon_title(case: Case, rnd: random.Random) -> Case | None:
    """The heading's icon (a video, photo, audio or lock mark) left in the title: an icon font's ligature
    name ("play_circle Minister ..."), or its private-use glyph."""
    title = str(case.record.get("title") or "").strip()
    if not title:
        return None
    if rnd.random() < 0.6:
        icon = rnd.choice(ICON_LIGATURES)
        if icon in {"open_in_new", "lock", "chevron_right"} and rnd.random() < 0.7:
            return _with(case, title=f"{title} {icon}")
        return _with(case, title=f"{icon}{rnd.choice((' ', ' ', ''))}{title}")
    glyph = rnd.choice(ICON_GLYPHS)
    if rnd.random() < 0.3:
        return _with(case, title=f"{title} {glyph}")
    return _with(case, title=f"{glyph}{rnd.choice((' ', ''))}{title}")


def _published(case: Case) -> datetime | None:
    """The record's publication time (noon where it gives a day only), aware."""
    raw = str(case.record.get("published") or "")
    day = _record_day(case)
    if day is None:
        return None
    m = re.search(r"T(\d{2}):(\d{2})(?::(\d{2}))?", raw)
    clock = time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)) if m else time(12, 0)
    zone = re.search(r"([+-])(\d{2}):?(\d{2})$", raw) if m else None
    offset = timedelta(0)
    if zone:
        offset = timedelta(hours=int(zone.group(2)), minutes=int(zone.group(3)))
        offset = -offset if zone.group(1) == "-" else offset
    return datetime.combine(day, clock, tzinfo=timezone(offset))


def expiry_date(case: Case, rnd: random.Random) -> Case | None:
    """A broadcaster's media-library expiry (``availableUntil``, ``article:expiration_time``, "verfügbar bis")
    taken as the date: the day the video goes offline, a week to years after the page's own day."""
    when = _published(case)
    if when is None:
        return None
    until = when.date() + timedelta(days=rnd.choice((7, 30, 90, 182, 365, 365, 730, 1826)))
    style = rnd.random()
    if style < 0.5:
        zone = when.strftime("%z") or "+0000"
        offset = "Z" if zone == "+0000" else f"{zone[:3]}:{zone[3:]}"
        stamp = f"{until.isoformat()}T23:59:00{offset}"
    elif style < 0.75:
        stamp = until.isoformat()
    else:
        stamp = f"{until.day:02d}.{until.month:02d}.{until.year}, 23:59"
    return _with(case, published=stamp)


def aspnet_date(case: Case, rnd: random.Random) -> Case | None:
    """The date as an ASP.NET JSON serializer writes it ("/Date(1710245400000)/", with or without the UTC
    offset), taken from a page's embedded data."""
    when = _published(case)
    if when is None:
        return None
    millis = int(when.timestamp() * 1000)
    if rnd.random() < 0.4:
        offset = when.strftime("%z") or "+0000"
        return _with(case, published=f"/Date({millis}{offset})/")
    return _with(case, published=f"/Date({millis})/")


#: language: the translator's credit; {name} the translator, {src} the language the piece was written in
TRANSLATORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Translated by {name}", "Translation: {name}", "Translated from the {src} by {name}"),
        ("Spanish", "Ukrainian", "German", "French", "Arabic"),
    ),
    "de": (
        ("Aus dem {src} von {name}", "Übersetzung: {name}", "Übersetzt von {name}"),
        ("Englischen", "Französischen", "Ukrainischen", "Spanischen", "Russischen"),
    ),
    "fr": (
        ("Traduit de l'{src} par {name}", "Traduction : {name}"),
        ("anglais", "allemand", "ukrainien", "espagnol"),
    ),
    "es": (
        ("Traducción: {name}", "Traducido del {src} por {name}"),
        ("inglés", "francés", "alemán", "ucraniano"),
    ),
    "it": (("Traduzione di {name}", "Traduzione dall'{src} di {name}"), ("inglese", "ucraino", "arabo")),
    "pt": (("Tradução: {name}", "Tradução de {name}"), ("inglês",)),
    "nl": (("Vertaling: {name}", "Vertaald uit het {src} door {name}"), ("Engels", "Duits", "Frans")),
    "pl": (("Tłumaczenie: {name}", "Tłum. {name}"), ("angielskiego",)),
    "ru": (("Перевод: {name}", "Перевод с {src}: {name}"), ("английского", "немецкого", "французского")),
    "ja": (("翻訳：{name}", "（翻訳・{name}）"), ("英語",)),
    "zh": (("翻译：{name}", "编译：{name}"), ("英文",)),
    "ko": (("번역 {name}", "번역: {name}"), ("영어",)),
}


def translator_author(case: Case, rnd: random.Random) -> Case | None:
    """The translator's credit of a translated piece taken as an author entry, beside the writer's name or
    in its place."""
    lang = _record_lang(case)
    if lang not in TRANSLATORS or (lang != "en" and rnd.random() < 0.2):
        lang = "en" if rnd.random() < 0.5 else rnd.choice(sorted(TRANSLATORS))
    templates, sources = TRANSLATORS[lang]
    credit = _render(rnd.choice(templates), name=_name(lang, rnd), src=rnd.choice(sources))
    authors = [str(a) for a in case.record.get("authors") or [] if str(a).strip()]
    if authors and rnd.random() < 0.6:
        return _with(case, authors=[*authors, credit])
    return _with(case, authors=[credit])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return record_only(placed(once_for(make), where))

    lines: dict[str, Defect] = {
        "missing-person alert banner (start)": line(missing_alert, "start"),
        "printed paper's page index (start)": line(page_index, "start"),
        "voting-advice application's teaser (start)": line(voting_advice, "start"),
        "tech product's spec sheet (middle)": line(spec_sheet, "middle"),
        "televoting numbers box (middle)": line(televote, "middle"),
        "news quiz embed with its first question (middle)": line(news_quiz, "middle"),
        "port's shipping movements box (end)": line(shipping, "end"),
        "person's profile box (end)": line(profile_box, "end"),
        "study's journal reference with its DOI (end)": line(journal_reference, "end"),
    }
    fields: Kinds = {
        "an icon font's ligature name or glyph left in the title": (record_only(icon_title), TITLE_CHECKS),
        "a media library's expiry date as the date": (record_only(expiry_date), DATE_CHECKS),
        "the date in ASP.NET's JSON form": (record_only(aspnet_date), DATE_CHECKS),
        "the translator's credit as an author entry": (record_only(translator_author), AUTHOR_CHECKS),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-sixth set)",
        "twenty-sixth blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
