"""A twenty-seventh blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. The earlier sets' kinds were listed first and none of these is among them (their
families: "read also" teasers, follow prompts and newsletter sign-ups in many languages; bylines, credits,
datelines, dates and "updated" stamps; ad markers, sponsored units, affiliate and shop boxes, discount
codes; cookie, consent, ad-blocker, JavaScript, outdated-browser, region-block and age notices; players,
galleries, captions, embeds and their social tails; breadcrumbs, menus, headers, footers, legal links,
registration and licence footers, copyright and syndication lines; comments, reactions, polls, ratings,
counters and share rows; app, podcast, push and newsletter promotions; related, most-read and previous/next
links; translation, AI and standards notes; corrections; the live blog's refresh notice, filter, pinned
label and end-of-coverage notice; the service boxes of a local paper: weather, markets, traffic, public
transport, water levels, air, pollen, outages, snow, tides, sun and moon, border waits, flights, fuel and
power prices, parking, school holidays, closings and canteen menus, alerts and warnings, missing persons,
emergency rooms, emergency shelters, pharmacies on duty, earthquakes, call-outs, courts, public notices,
lotteries, horoscopes, puzzles and quizzes, TV, radio, cinema and streaming listings, name days,
on-this-day, words and quotes of the day, recipes, pets, blood drives, births, deaths and congratulations,
church services, food-hygiene ratings, product recalls, medicine advertisements, bathing water, events,
exhibitions' visitor boxes, tickets, jobs, property, used cars and their fuel and CO₂ figures, phones' spec
sheets, dating, bestsellers, directories, lost property, fact checks, content notes, elections' results,
silence and voting-advice teasers, televoting numbers, roll-call votes, polls' methods, book and game data,
disclosures, travel boxes, office hours, fact files of towns and firms, profile boxes of people, building
projects' chronologies, relief appeals' donation accounts, ports' shipping movements, studies' journal
references; the printed paper's masthead, page index, print credits, jump lines, holiday schedule and
inserts notices; the wire's and the press release's own lines: credits, contacts, embargoes, transmission
headers, grants, forward-looking statements; and in other fields a long list of title, date and author
defects, each named in its set, the twenty-sixth's being an icon font's ligature left in the title, a media
library's expiry date and ASP.NET's JSON date as the date, and the translator's credit as an author entry):

* lines in the body, each from a box, notice or widget of a real news template or of the wire's or the
  press release's text, with its variable parts (programmes, stations, hosts, guests, days and hours of a
  broadcast; the claimant, the disputed article's headline, day and page and the claim of a counter-statement;
  elections, towns, deadlines, rooms and hours of early and postal voting; appliances, their brands, models,
  energy classes, consumption, registration numbers, shops and prices; supermarket chains and the days their
  flyers run; programmes, channels, viewers, shares and ratings of a day's television; firms, their sectors,
  founding years, staff, countries and sites; currencies and their rates to four places; experts, topics,
  days, hours and phone numbers of a reader call-in) drawn per record so that no two records share a line:
  at the start a broadcast interview's transcript note ("THIS IS A RUSH TRANSCRIPT ...", "Das Interview mit
  ... führte ... Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder ...", "※この記事は
  ...で放送されたインタビューを書き起こし..."), a counter-statement printed under a press law's right of
  reply, or a press council's ruling the paper must publish ("Gegendarstellung: In der Ausgabe vom ...
  schreiben Sie ...", "Droit de réponse – ...", "Hak Jawab: ...", "[반론보도] ...") and an early or postal
  voting service box ("Briefwahl zur Landtagswahl: Die Unterlagen können bis ... beantragt werden",
  "Procuration : ...", "期日前投票のお知らせ：..."); in the middle an advertised appliance's energy label
  line ("Energieeffizienzklasse E (Spektrum A bis G) · 92 kWh/1000 h · EPREL-Registriernummer ...", "BEE
  स्टार रेटिंग ...", "에너지소비효율 1등급 ..."), a supermarket flyers widget ("Aktuelle Prospekte in ...:
  Lidl – gültig bis ...", "Gazetki promocyjne – ...", "...のチラシ：...") and a box of the previous day's
  television ratings ("Die Quoten vom Sonntag: „Tatort“ (Das Erste) 9,12 Mio. ...", "Ascolti tv di ...: ...
  share · Dati Auditel", "...の視聴率：...（ビデオリサーチ調べ、関東地区）"); and at the end a press release's
  "About the company" boilerplate ("About ...: Founded in ... and headquartered in ...", "【会社概要】会社名
  ：..."), the wire's currency-conversion line ("($1 = 0.9154 euros)", "(1 Dollar = 0,9154 Euro)",
  "（1ドル＝149.85円）") and a reader call-in with experts ("Telefonaktion: Am Dienstag ... beantworten ...
  Ihre Fragen zum Thema ...", "Прямая линия: ...", "電話相談のお知らせ：..."), in English, German, French,
  Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish, Russian,
  Ukrainian, Arabic, Hindi, Indonesian, Vietnamese, Chinese, Japanese and Korean (each kind in those of them
  its box is printed in): in the record's own language where :func:`checks_blind25._record_lang` reads one
  other than English and the kind has it, and otherwise drawn (English one time in three on a record read as
  English);
* defects in other fields: an uploaded picture's file name as the title, as a CMS's attachment page gives it
  ("IMG_20240312_091533", "GettyImages-1801234567", "Bildschirmfoto 2024-03-12 um 09.15.33",
  "whatsapp-image-2024-03-12-at-09-15-33"), the lead photo's EXIF capture time as the date, in EXIF's own
  form with colons in the day ("2024:03:10 14:22:05", hours to years before the page's own day), the date as
  a spreadsheet's serial day number ("45363", "45363.604166667", "45363,6"), and a sponsor's credit as an
  author entry, beside the writer's name or in its place ("Presented by ...", "Präsentiert von ...",
  "Реклама. ООО «...», ИНН ...", "提供：...").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind27.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
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
from checks_blind17 import _digits, _site_names
from checks_blind23 import _clock, _parts, _render, _the_day
from checks_blind24 import _dec, _num
from checks_blind25 import _record_lang
from checks_blind26 import _city, _name, _published
from checks_defects import Case, Defect, _with, record_only


# ---------------------------------------------------------------- drawing helpers
def _lang(case: Case, rnd: random.Random, table: Mapping[str, Any]) -> str:
    """The record's own language where :func:`_record_lang` reads one other than English and ``table`` has
    it; else English one time in three on a record read as English, else a language of ``table`` drawn."""
    guess = _record_lang(case)
    if guess != "en" and guess in table:
        return guess
    if guess == "en" and "en" in table and rnd.random() < 1 / 3:
        return "en"
    return rnd.choice(sorted(table))


def _dated(lang: str, **days: date) -> dict[str, Any]:
    """The parts of each day, its keys ending in the day's name ("" for the first: ``d``, ``d2`` ...)."""
    out: dict[str, Any] = {}
    for suffix, day in days.items():
        name = "" if suffix == "day" else suffix.removeprefix("day")
        out.update({f"{k}{name}": v for k, v in _parts(lang, day).items()})
    return out


#: phone numbers as a language's papers print them (# a digit)
PHONES = {
    "en": ("0800 ### ####", "(###) ###-####", "01### ######"),
    "de": ("0### ###-###", "0800 ### ## ##", "0#### ####-##"),
    "fr": ("0# ## ## ## ##",),
    "es": ("9## ### ###", "900 ### ###"),
    "it": ("0## ### ####", "800 ### ###"),
    "pt": ("2## ### ###", "800 ### ###"),
    "nl": ("0##-#######", "0800-####"),
    "sv": ("0##-### ## ##", "020-## ## ##"),
    "da": ("## ## ## ##",),
    "nb": ("## ## ## ##", "800 ## ###"),
    "fi": ("0## ### ####", "0800 ### ###"),
    "pl": ("## ### ## ##", "800 ### ###"),
    "cs": ("### ### ###", "800 ### ###"),
    "tr": ("0 (###) ### ## ##", "444 ## ##"),
    "ru": ("8 (###) ###-##-##", "8 800 ###-##-##"),
    "uk": ("(0##) ###-##-##", "0 800 ### ###"),
    "ar": ("0# ### ####", "800 ### ####"),
    "hi": ("1800-###-####", "0###-#######"),
    "id": ("(0##) #######", "0800-1-######"),
    "vi": ("0## #### ###", "1900 ####"),
    "zh": ("0###-########", "400-###-####"),
    "ja": ("0##-###-####", "0120-###-###"),
    "ko": ("0##-###-####", "1588-####"),
}


def _n(lang: str, n: int) -> str:
    """``n`` with its thousands grouped as the language prints them (Vietnamese with full stops)."""
    return f"{n:,}".replace(",", ".") if lang == "vi" else _num(lang, n)


def _two_names(lang: str, rnd: random.Random) -> tuple[str, str]:
    first = _name(lang, rnd)
    second = _name(lang, rnd)
    while second == first:
        second = _name(lang, rnd)
    return first, second


def _phone(lang: str, rnd: random.Random) -> str:
    return _digits(rnd, rnd.choice(PHONES.get(lang, PHONES["en"])))


def _host(case: Case) -> str:
    return _site_names(case)[0]


def _title(case: Case) -> str:
    """The record's headline on one line (cut at a word near 110 characters)."""
    title = " ".join(str(case.record.get("title") or "").split())
    if len(title) > 110:
        title = title[:110].rsplit(" ", 1)[0] + " …"
    return title or _host(case)


# ---------------------------------------------------------------- a transcript note of an interview (start)
#: language: (templates, (programme, station) pairs); {prog} {st} {host} {guest}, the day's parts, the clock's
TRANSCRIPTS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "en": (
        (
            "{st} {prog} — Aired {mon} {d}, {y} - {h12}:{mi} {AP} ET. THIS IS A RUSH TRANSCRIPT. THIS COPY"
            " MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
            "This is a transcript of {prog}, broadcast on {st} on {Wd} {d} {mon} {y}. It was made from a"
            " recording and has been edited for length and clarity. Presenter: {host}. Guest: {guest}.",
            "{prog}, {mon} {d}, {y}: Transcripts are created on a rush deadline by a contractor. This text"
            " may not be in its final form and may be updated or revised in the future. The authoritative"
            " record of {st}'s programming is the audio record.",
        ),
        (
            ("Morning Edition", "NPR"),
            ("All Things Considered", "NPR"),
            ("The World Tonight", "BBC Radio 4"),
            ("Today", "BBC Radio 4"),
            ("AM", "ABC Radio National"),
            ("The Current", "CBC Radio One"),
            ("CNN Newsroom", "CNN"),
            ("Newshour", "BBC World Service"),
        ),
    ),
    "de": (
        (
            "Das Interview mit {guest} führte {host} am {d}. {mon} {y} um {hh}:{mi} Uhr in der Sendung"
            " „{prog}“ ({st}). Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder."
            " {st} macht sich Äußerungen seiner Gesprächspartner in Interviews und Diskussionen nicht zu"
            " eigen.",
            "Dies ist eine redigierte Abschrift des Gesprächs, das {host} am {wd}, {dd}.{mm}.{y}, in"
            " „{prog}“ ({st}) mit {guest} geführt hat. Es gilt das gesprochene Wort.",
            "Abschrift des Radiointerviews vom {dd}.{mm}.{y}, {hh}:{mi} Uhr ({st}, „{prog}“). Die Fragen"
            " stellte {host}.",
        ),
        (
            ("Informationen am Morgen", "Deutschlandfunk"),
            ("Interview der Woche", "Deutschlandfunk"),
            ("Morgenecho", "WDR 5"),
            ("radioWelt", "Bayern 2"),
            ("Morgenjournal", "Ö1"),
            ("Tagesgespräch", "SWR Kultur"),
            ("Studio 9", "Deutschlandfunk Kultur"),
        ),
    ),
    "fr": (
        (
            "Retranscription de l'entretien de {guest} avec {host}, diffusé le {wd} {d} {mon} {y} à"
            " {hh}h{mi} dans « {prog} » sur {st}. Les propos ont été légèrement édités pour en faciliter la"
            " lecture.",
            "Cet entretien a été retranscrit à partir de l'émission « {prog} » ({st}) du {d} {mon} {y}. Seul"
            " le prononcé fait foi.",
        ),
        (
            ("L'invité de 8h20", "France Inter"),
            ("Les Matins", "France Culture"),
            ("Questions politiques", "France Inter"),
            ("La Grande Interview", "Europe 1"),
            ("Apolline Matin", "RMC"),
            ("Le Grand Jury", "RTL"),
        ),
    ),
    "es": (
        (
            "Transcripción de la entrevista de {host} a {guest} en «{prog}» ({st}), emitida el {wd} {d} de"
            " {mon} de {y}. El texto ha sido editado para facilitar su lectura.",
            "Esta es una transcripción de la entrevista emitida en {st} ({prog}) el {d} de {mon} a las"
            " {hh}.{mi} horas. Puede contener errores.",
        ),
        (
            ("Hoy por Hoy", "Cadena SER"),
            ("Las mañanas de RNE", "RNE"),
            ("Herrera en COPE", "COPE"),
            ("Más de uno", "Onda Cero"),
            ("La Ventana", "Cadena SER"),
        ),
    ),
    "it": (
        (
            "Trascrizione dell'intervista di {host} a {guest} andata in onda {wd} {d} {mon} {y} a «{prog}»"
            " su {st}. Il testo è stato rivisto per la lettura.",
            "Di seguito la trascrizione integrale dell'intervista a {guest} ({st}, «{prog}», {d} {mon} {y},"
            " ore {hh}.{mi}).",
        ),
        (
            ("Radio anch'io", "Rai Radio 1"),
            ("Tutta la città ne parla", "Rai Radio 3"),
            ("24 Mattino", "Radio 24"),
            ("Un giorno da pecora", "Rai Radio 1"),
            ("Zapping", "Rai Radio 1"),
        ),
    ),
    "pt": (
        (
            "Transcrição da entrevista de {guest} a {host} no programa «{prog}» ({st}), emitida a {d} de"
            " {mon} de {y}. O texto foi editado para facilitar a leitura.",
            "Leia a transcrição da entrevista concedida ao {prog}, da {st}, em {d} de {mon} de {y}.",
        ),
        (
            ("Fórum TSF", "TSF"),
            ("Antena Aberta", "Antena 1"),
            ("Jornal da CBN", "CBN"),
            ("Roda Viva", "TV Cultura"),
            ("Jornal da Manhã", "Jovem Pan"),
        ),
    ),
    "nl": (
        (
            "Dit is een bewerkte transcriptie van het gesprek dat {host} op {wd} {d} {mon} {y} in {prog}"
            " ({st}) voerde met {guest}.",
            "Uitgeschreven interview uit {prog} ({st}) van {d} {mon} {y}, {hh}.{mi} uur. Het gesproken woord"
            " geldt.",
        ),
        (
            ("Met het Oog op Morgen", "NPO Radio 1"),
            ("Dit is de Dag", "NPO Radio 1"),
            ("De Ochtend", "NPO Radio 1"),
            ("De ochtend", "Radio 1 (VRT)"),
            ("Buitenhof", "NPO 1"),
        ),
    ),
    "sv": (
        (
            "Detta är en redigerad utskrift av intervjun som {host} gjorde med {guest} i {prog}, {st}, {wd}"
            " den {d} {mon} {y}.",
            "Utskrift: {prog} ({st}) {d} {mon} {y} kl. {hh}.{mi}. Programledare: {host}. Gäst: {guest}.",
        ),
        (
            ("Ekot", "Sveriges Radio"),
            ("Studio Ett", "Sveriges Radio P1"),
            ("Morgonekot", "Sveriges Radio"),
            ("Ekots lördagsintervju", "Sveriges Radio P1"),
        ),
    ),
    "da": (
        (
            "Teksten er en redigeret udskrift af interviewet med {guest} i {prog} på {st} {wd} den {d}."
            " {mon} {y}. Interviewer: {host}.",
            "Udskrift af {prog}, {st}, {d}. {mon} {y} kl. {hh}.{mi}. Der tages forbehold for fejl.",
        ),
        (("P1 Morgen", "DR P1"), ("Orientering", "DR P1"), ("Genstart", "DR"), ("Deadline", "DR2")),
    ),
    "nb": (
        (
            "Dette er en redigert utskrift av intervjuet {host} gjorde med {guest} i {prog} på {st} {wd}"
            " {d}. {mon} {y}.",
            "Utskrift av {prog} ({st}), sendt {d}. {mon} {y} kl. {hh}.{mi}. Programleder: {host}.",
        ),
        (
            ("Politisk kvarter", "NRK P2"),
            ("Dagsnytt 18", "NRK"),
            ("Ukeslutt", "NRK P2"),
            ("Debatten", "NRK1"),
        ),
    ),
    "fi": (
        (
            "Litterointi: {prog} ({st}), lähetetty {d}.{m}.{y} klo {hh}.{mi}. Haastattelijana {host},"
            " vieraana {guest}. Tekstiä on toimitettu luettavuuden vuoksi.",
        ),
        (("Ykkösaamu", "Yle Radio 1"), ("Ajantasa", "Yle Radio Suomi"), ("Politiikkaradio", "Yle Radio 1")),
    ),
    "pl": (
        (
            "Zapis rozmowy przeprowadzonej w audycji „{prog}” ({st}) {d} {mon} {y} r. Prowadzący: {host},"
            " gość: {guest}. Tekst został zredagowany.",
            "Poniżej pełny zapis rozmowy z {prog} ({st}, {dd}.{mm}.{y}, godz. {hh}:{mi}).",
        ),
        (
            ("Sygnały dnia", "Polskie Radio Jedynka"),
            ("Gość Radia ZET", "Radio ZET"),
            ("Poranna rozmowa RMF FM", "RMF FM"),
            ("Gość Wydarzeń", "Polsat News"),
        ),
    ),
    "cs": (
        (
            "Přepis rozhovoru z pořadu {prog} ({st}) ze dne {d}. {m}. {y}. Moderátor: {host}, host: {guest}."
            " Text byl redakčně upraven.",
        ),
        (
            ("Interview Plus", "Český rozhlas Plus"),
            ("Dvacet minut Radiožurnálu", "Český rozhlas Radiožurnál"),
            ("Otázky Václava Moravce", "ČT24"),
        ),
    ),
    "tr": (
        (
            "Bu metin, {st} ekranlarında {d} {mon} {y} tarihinde yayınlanan «{prog}» programındaki"
            " röportajın deşifresidir. Sunucu: {host}, konuk: {guest}.",
        ),
        (("Tarafsız Bölge", "CNN Türk"), ("Gece Görüşü", "Habertürk"), ("Enine Boyuna", "TRT Haber")),
    ),
    "ru": (
        (
            "Расшифровка эфира программы «{prog}» ({st}) от {d} {mon} {y} года. Ведущий — {host}, гость —"
            " {guest}. Текст приводится с сокращениями.",
            "Полная стенограмма интервью, вышедшего в эфир {st} {d} {mon} в {hh}:{mi} («{prog}»).",
        ),
        (("Деловое утро", "РБК"), ("Полный контакт", "Вести FM"), ("Радиодень", "Радио России")),
    ),
    "uk": (
        (
            "Розшифровка ефіру програми «{prog}» ({st}) від {d} {mon} {y} року. Ведучий — {host}, гість —"
            " {guest}. Текст скорочено та відредаговано.",
        ),
        (("Ранок на Суспільному", "Суспільне"), ("Свобода слова", "ICTV"), ("Тема дня", "Суспільне")),
    ),
    "ar": (
        (
            "نص المقابلة التي أجراها {host} مع {guest} في برنامج «{prog}» على {st}، بُثّت يوم {wd} {d} {mon}"
            " {y}. حُرّر النص لتسهيل القراءة.",
        ),
        (("بلا حدود", "الجزيرة"), ("نقطة حوار", "بي بي سي عربي"), ("بانوراما", "العربية")),
    ),
    "hi": (
        (
            "यह {st} के कार्यक्रम '{prog}' में {d} {mon} {y} को प्रसारित {guest} से {host} की बातचीत का"
            " संपादित लिप्यंतरण है।",
        ),
        (("आपकी अदालत", "इंडिया टीवी"), ("दंगल", "आज तक"), ("प्राइम टाइम", "एनडीटीवी इंडिया")),
    ),
    "id": (
        (
            "Artikel ini merupakan transkrip wawancara {host} dengan {guest} dalam program {prog} di {st},"
            " {wd} ({dd}/{mm}/{y}). Transkrip telah disunting agar mudah dibaca.",
        ),
        (
            ("Rosi", "Kompas TV"),
            ("Mata Najwa", "Trans 7"),
            ("Satu Meja", "Kompas TV"),
            ("Sapa Indonesia", "Kompas TV"),
        ),
    ),
    "vi": (
        (
            "Nội dung được ghi lại từ cuộc phỏng vấn của {host} với {guest} trong chương trình {prog} phát"
            " sóng trên {st} ngày {d}/{m}/{y}. Văn bản đã được biên tập.",
        ),
        (("Dân hỏi Bộ trưởng trả lời", "VTV1"), ("Thời sự 19h", "VTV1"), ("Sự kiện và Bình luận", "VTV1")),
    ),
    "zh": (
        ("本文根据{st}《{prog}》{y}年{m}月{d}日播出内容整理，主持人：{host}，嘉宾：{guest}。文字有删节。",),
        (("新闻1+1", "央视新闻频道"), ("面对面", "央视新闻频道"), ("新闻周刊", "CCTV-13")),
    ),
    "ja": (
        (
            "※この記事は、{m}月{d}日に{st}「{prog}」で放送された{guest}さんへのインタビューを書き起こし、一部"
            "編集したものです。（聞き手・{host}）",
        ),
        (
            ("ニュースウオッチ9", "NHK総合"),
            ("日曜討論", "NHK総合"),
            ("報道ステーション", "テレビ朝日"),
            ("プライムニュース", "BSフジ"),
        ),
    ),
    "ko": (
        (
            "■ 방송 : {st} <{prog}> ■ 방송일 : {y}년 {m}월 {d}일({wd}) ■ 진행 : {host} ■ 대담 : {guest} ※"
            " 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 보다 정확한 내용은 방송으로 확인하시기"
            " 바랍니다.",
            "※ 이 기사는 {m}월 {d}일 {st} '{prog}'에 방송된 {guest} 인터뷰 내용을 정리한 것입니다. 진행:"
            " {host}",
        ),
        (("김현정의 뉴스쇼", "CBS 라디오"), ("뉴스파이팅", "YTN 라디오"), ("시선집중", "MBC 라디오")),
    ),
}


def transcript_note(case: Case, rnd: random.Random) -> str:
    """A broadcast interview's transcript note ("THIS IS A RUSH TRANSCRIPT ...", "Äußerungen unserer
    Gesprächspartner ...", "※この記事は...を書き起こし...") above the interview's text."""
    lang = _lang(case, rnd, TRANSCRIPTS)
    templates, programmes = TRANSCRIPTS[lang]
    prog, station = rnd.choice(programmes)
    clock = _clock(rnd, 6, 22)
    host, guest = _two_names(lang, rnd)
    return _render(
        rnd.choice(templates),
        prog=prog,
        st=station,
        host=host,
        guest=guest,
        AP=str(clock["ap"]).upper(),
        **clock,
        **_dated(lang, day=_the_day(case, rnd, (-2, 0))),
    )


# ---------------------------------------------------------------- a counter-statement (start)
#: language: (templates, claims); {title} the disputed article's headline (the record's), {name} the claimant,
#: {city}, {site}, {p} its page, {claim}, the article's day's parts and the statement's (ending in 2)
REPLIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Press Council ruling: The Press Council has upheld a complaint by {name} against this"
            " publication over the article “{title}” of {d} {mon} {y}, which stated that {name} had {claim}."
            " The publication was directed to publish this adjudication.",
            "RIGHT OF REPLY: Following our article “{title}”, published on {mon} {d}, {y}, {name} has asked"
            " us to publish the following statement: “It is untrue that I {claim}.”",
        ),
        (
            "misused council funds",
            "threatened tenants with eviction",
            "withheld a fire-safety report",
            "voted on a contract awarded to a relative",
        ),
    ),
    "de": (
        (
            "Gegendarstellung: In der Ausgabe vom {d}. {mon} {y} schreiben Sie auf Seite {p} unter der"
            " Überschrift „{title}“, ich hätte {claim}. Hierzu stelle ich fest: Das ist unwahr. {city}, den"
            " {d2}. {mon2} {y2}, {name}. Die Redaktion ist nach dem Landespressegesetz zum Abdruck"
            " verpflichtet, unabhängig vom Wahrheitsgehalt der Gegendarstellung.",
            "Gegendarstellung zum Artikel „{title}“ vom {dd}.{mm}.{y}: Sie behaupten, ich hätte {claim}."
            " Richtig ist: Ich habe zu keinem Zeitpunkt {claim}. {city}, {dd2}.{mm2}.{y2}, {name}",
        ),
        (
            "Fördermittel der Stadt zweckentfremdet",
            "Mietern mit der Kündigung gedroht",
            "ein Gutachten zum Brandschutz zurückgehalten",
            "an der Abstimmung im Aufsichtsrat teilgenommen",
        ),
    ),
    "fr": (
        (
            "Droit de réponse – À la suite de l'article « {title} » paru le {d} {mon} {y}, {name} nous a"
            " adressé le texte suivant, que nous publions en application de l'article 13 de la loi du 29"
            " juillet 1881 : « Contrairement à ce qu'affirme votre article, je n'ai jamais {claim}. »",
        ),
        (
            "détourné des subventions municipales",
            "menacé des locataires d'expulsion",
            "dissimulé un rapport sur la sécurité incendie",
        ),
    ),
    "es": (
        (
            "Rectificación: En virtud de la Ley Orgánica 2/1984, reguladora del derecho de rectificación,"
            " {name} nos solicita publicar lo siguiente respecto de la información «{title}», publicada el"
            " {d} de {mon} de {y}: «No es cierto que {claim}».",
        ),
        (
            "haya desviado fondos municipales",
            "haya amenazado con desahuciar a los inquilinos",
            "ocultara un informe de seguridad contra incendios",
        ),
    ),
    "it": (
        (
            "Rettifica ai sensi dell'art. 8 della legge n. 47 del 1948 – Riceviamo da {name} e pubblichiamo:"
            " «In riferimento all'articolo “{title}” del {d} {mon} {y}, preciso di non aver mai {claim}».",
        ),
        (
            "distratto fondi comunali",
            "minacciato di sfratto gli inquilini",
            "nascosto una perizia antincendio",
        ),
    ),
    "pt": (
        (
            "Direito de resposta – Ao abrigo da Lei de Imprensa, publicamos o texto enviado por {name} a"
            " propósito da notícia «{title}», de {d} de {mon} de {y}: «Não é verdade que eu {claim}.»",
        ),
        (
            "tenha desviado verbas da autarquia",
            "tenha ameaçado os inquilinos de despejo",
            "tenha ocultado um relatório de segurança contra incêndios",
        ),
    ),
    "nl": (
        (
            "Uitspraak Raad voor de Journalistiek: De Raad heeft de klacht van {name} over het artikel"
            " ‘{title}’ van {d} {mon} {y} gegrond verklaard. In het artikel werd ten onrechte gesteld dat"
            " {name} {claim}. {site} publiceert deze uitspraak op verzoek van de Raad.",
        ),
        (
            "subsidiegeld van de gemeente had misbruikt",
            "huurders met ontruiming had bedreigd",
            "een brandveiligheidsrapport had achtergehouden",
        ),
    ),
    "sv": (
        (
            "Klandrad: Mediernas etiknämnd har klandrat {site} för artikeln ”{title}” som publicerades den"
            " {d} {mon} {y}. I artikeln påstods att {name} hade {claim}, utan att {name} fått möjlighet att"
            " bemöta uppgifterna.",
        ),
        (
            "missbrukat kommunala bidrag",
            "hotat hyresgäster med vräkning",
            "hållit inne en brandskyddsrapport",
        ),
    ),
    "da": (
        (
            "Genmæle fra {name}: I artiklen ”{title}” den {d}. {mon} {y} fremgår det, at jeg skulle have"
            " {claim}. Det er ikke korrekt. Genmælet bringes efter påbud fra Pressenævnet.",
        ),
        ("misbrugt kommunale tilskud", "truet lejere med udsættelse", "tilbageholdt en brandrapport"),
    ),
    "nb": (
        (
            "Tilsvar fra {name}: I artikkelen «{title}» {d}. {mon} {y} hevdes det at jeg skal ha {claim}."
            " Det er ikke riktig.",
            "{site} er felt i Pressens Faglige Utvalg (PFU) for brudd på god presseskikk i saken om"
            " artikkelen «{title}», publisert {d}. {mon} {y}. {name} fikk ikke samtidig imøtegåelse.",
        ),
        ("misbrukt kommunale tilskudd", "truet leietakere med utkastelse", "holdt tilbake en brannrapport"),
    ),
    "fi": (
        (
            "Julkisen sanan neuvoston langettava päätös: JSN katsoo, että {site} rikkoi hyvää journalistista"
            " tapaa julkaisemalla {d}.{m}.{y} jutun ”{title}”. Jutussa väitettiin virheellisesti, että"
            " {name} olisi {claim}.",
        ),
        ("käyttänyt kaupungin avustuksia väärin", "uhannut vuokralaisia häädöllä", "salannut paloraportin"),
    ),
    "pl": (
        (
            "Sprostowanie (art. 31a ustawy – Prawo prasowe): W artykule „{title}” opublikowanym {d} {mon}"
            " {y} r. nieprawdziwie podano, że {claim}. W rzeczywistości nigdy do tego nie doszło. {name}",
        ),
        (
            "doszło do sprzeniewierzenia gminnych dotacji",
            "najemcom grożono eksmisją",
            "zatajono raport o bezpieczeństwie pożarowym",
        ),
    ),
    "cs": (
        (
            "Odpověď podle § 10 tiskového zákona: V článku „{title}“ ze dne {d}. {m}. {y} bylo uvedeno, že"
            " {claim}. Tato informace není pravdivá. {name}",
        ),
        (
            "došlo ke zneužití obecních dotací",
            "nájemníkům bylo vyhrožováno vystěhováním",
            "byla zatajena zpráva o požární bezpečnosti",
        ),
    ),
    "tr": (
        (
            "TEKZİP: Gazetenizin {d} {mon} {y} tarihli nüshasında «{title}» başlığıyla yayımlanan haberde,"
            " {claim} iddia edilmiştir. Bu iddialar gerçeği yansıtmamaktadır. 5187 sayılı Basın Kanunu'nun"
            " 14. maddesi uyarınca yayımlanmasını rica ederim. {name}",
        ),
        (
            "belediye fonlarının usulsüz kullanıldığı",
            "kiracıların tahliyeyle tehdit edildiği",
            "yangın güvenliği raporunun gizlendiği",
        ),
    ),
    "ru": (
        (
            "Опровержение. В материале «{title}», опубликованном {d} {mon} {y} г., были распространены не"
            " соответствующие действительности сведения о том, что {claim}. Опровержение публикуется в"
            " соответствии со статьёй 44 Закона РФ «О средствах массовой информации».",
        ),
        (
            "муниципальные субсидии использовались не по назначению",
            "жильцам угрожали выселением",
            "отчёт о пожарной безопасности был скрыт",
        ),
    ),
    "uk": (
        (
            "Спростування. У матеріалі «{title}», опублікованому {d} {mon} {y} року, поширено недостовірну"
            " інформацію про те, що {claim}. Спростування оприлюднюється на вимогу заявника: {name}.",
        ),
        (
            "муніципальні субсидії використовувалися не за призначенням",
            "мешканцям погрожували виселенням",
            "звіт про пожежну безпеку було приховано",
        ),
    ),
    "ar": (
        (
            "حق الرد: تلقت {site} من {name} رداً على الخبر المنشور بتاريخ {d} {mon} {y} بعنوان «{title}»،"
            " جاء فيه أن ما ورد بشأن {claim} عارٍ عن الصحة. وننشر الرد التزاماً بأحكام قانون المطبوعات"
            " والنشر.",
        ),
        ("إساءة استخدام أموال البلدية", "تهديد المستأجرين بالإخلاء", "إخفاء تقرير السلامة من الحرائق"),
    ),
    "hi": (
        (
            "खंडन: {d} {mon} {y} को प्रकाशित समाचार '{title}' में {claim} संबंधी जो बात कही गई थी, उसका"
            " {name} ने खंडन किया है। उनका कहना है कि यह तथ्यात्मक रूप से गलत है।",
        ),
        ("नगर निगम के फंड के दुरुपयोग", "किरायेदारों को बेदखली की धमकी", "अग्नि सुरक्षा रिपोर्ट छिपाने"),
    ),
    "id": (
        (
            'Hak Jawab: Redaksi menerima hak jawab dari {name} atas berita berjudul "{title}" yang tayang'
            " pada {d} {mon} {y}. Dalam berita tersebut disebutkan {claim}; hal itu dibantah oleh {name}."
            " Hak jawab ini dimuat sesuai Pasal 5 ayat (2) UU No. 40 Tahun 1999 tentang Pers.",
        ),
        (
            "adanya penyalahgunaan dana hibah pemerintah daerah",
            "penghuni diancam akan diusir",
            "laporan keselamatan kebakaran disembunyikan",
        ),
    ),
    "ja": (
        (
            "【おことわり】本紙{m}月{d}日付「{title}」の記事について、{name}氏から「{claim}との記載は事実と異"
            "なる」との申し入れがありました。",
        ),
        ("市の補助金を不正に使った", "入居者に退去を迫った", "防火点検の報告書を隠した"),
    ),
    "ko": (
        (
            "[반론보도] 본지는 지난 {m}월 {d}일자 '{title}' 제목의 기사에서 {claim}고 보도했습니다. 이에"
            " 대해 {name} 측은 사실이 아니라고 밝혀왔습니다. 이 보도는 언론중재위원회의 조정에 따른"
            " 것입니다.",
        ),
        ("시 보조금이 부당하게 사용됐다", "세입자들에게 퇴거를 압박했다", "화재 안전 점검 보고서를 은폐했다"),
    ),
}


def counter_statement(case: Case, rnd: random.Random) -> str:
    """A counter-statement printed under a press law's right of reply, or a press council's ruling the paper
    must publish, above the article it disputes (the record's own)."""
    lang = _lang(case, rnd, REPLIES)
    templates, claims = REPLIES[lang]
    day = _the_day(case, rnd)
    return _render(
        rnd.choice(templates),
        title=_title(case),
        name=_name(lang, rnd),
        city=_city(lang, rnd),
        site=rnd.choice(_site_names(case)[1:3]),
        p=rnd.randint(2, 28),
        claim=rnd.choice(claims),
        **_dated(lang, day=day, day2=day + timedelta(days=rnd.randint(7, 60))),
    )


# ---------------------------------------------------------------- early and postal voting (start)
#: language: (templates, elections); {elec}, {city}, {room}, {phone}, {h1}-{h2} hours, the deadline's parts,
#: the election day's (ending in 2) and the last day of early voting's (ending in 3)
VOTING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Postal votes: The deadline to apply for a postal vote in the {elec} is 5pm on {Wd} {d} {mon}."
            " Apply online at gov.uk/apply-postal-vote or call {city} Council's electoral services on"
            " {phone}.",
            "Early voting for the {elec} runs {mon} {d} through {mon3} {d3}, {h1} a.m. to {h2} p.m., at the"
            " {city} Public Library. Absentee ballot applications must be received by {Wd} at 5 p.m."
            " Election Day is {Wd2}, {mon2} {d2}.",
        ),
        ("local elections", "mayoral election", "general election", "county elections", "primary election"),
    ),
    "de": (
        (
            "Briefwahl zur {elec}: Die Unterlagen können bis {wd}, {d}. {mon}, 15 Uhr, im Wahlamt {city}"
            " (Rathaus, Zimmer {room}) oder online über den QR-Code auf der Wahlbenachrichtigung beantragt"
            " werden. Gewählt wird am {d2}. {mon2}. Infos unter {phone}.",
            "So funktioniert die Briefwahl: Wahlschein bis {wd}, {dd}.{mm}., 15 Uhr, beantragen –"
            " Briefwahlbüro im Bürgerbüro {city}, geöffnet Mo–Fr {h1}–{h2} Uhr. Der Wahlbrief muss am"
            " {dd2}.{mm2}. bis 18 Uhr vorliegen.",
        ),
        ("Landtagswahl", "Bundestagswahl", "Kommunalwahl", "Europawahl", "Oberbürgermeisterwahl"),
    ),
    "fr": (
        (
            "Procuration : pour le scrutin du {d2} {mon2} ({elec}), faites votre demande sur"
            " maprocuration.gouv.fr puis rendez-vous au commissariat ou à la gendarmerie de {city} avant le"
            " {wd} {d} {mon}. Renseignements en mairie : {phone}.",
            "{Elec} du {d2} {mon2} : les demandes de procuration peuvent être déposées jusqu'au {d} {mon}."
            " Bureau des élections de {city} ouvert de {h1} h à {h2} h, salle {room}.",
        ),
        ("élections municipales", "élections européennes", "élections législatives", "élections régionales"),
    ),
    "es": (
        (
            "Voto por correo: puede solicitarse en cualquier oficina de Correos hasta el {d} de {mon}. El"
            " plazo para depositarlo termina el {d3} de {mon3}. {Elec}: {d2} de {mon2}. Información en el"
            " {phone}.",
        ),
        ("Elecciones municipales", "Elecciones autonómicas", "Elecciones generales", "Elecciones europeas"),
    ),
    "it": (
        (
            "Tessera elettorale: in vista delle {elec} del {d2} {mon2}, l'ufficio elettorale del Comune di"
            " {city} resterà aperto {wd} {d} {mon} dalle {h1} alle {h2} per il rilascio dei duplicati. Info:"
            " {phone}.",
            "Voto fuori sede per le {elec}: la domanda va presentata entro il {d} {mon} al Comune di {city}"
            " (ufficio elettorale, stanza {room}).",
        ),
        ("elezioni comunali", "elezioni europee", "elezioni regionali", "elezioni politiche"),
    ),
    "pt": (
        (
            "Voto antecipado em mobilidade: para as {elec} de {d2} de {mon2}, a inscrição é feita em"
            " votoantecipado.mai.gov.pt até {d} de {mon}; em {city}, a votação decorre na Câmara Municipal"
            " das {h1}h às {h2}h.",
        ),
        ("eleições autárquicas", "eleições legislativas", "eleições europeias", "eleições presidenciais"),
    ),
    "nl": (
        (
            "Stempas kwijt? Een vervangende stempas voor de {elec} van {wd2} {d2} {mon2} vraagt u tot {wd}"
            " {d} {mon}, 17.00 uur, aan bij het Klant Contact Centrum van de gemeente {city}, tel. {phone}.",
            "Vroegstemmen voor de {elec}: op {wd3} {d3} {mon3} zijn in {city} twee stembureaus open, van"
            " {h1}.30 tot {h2}.00 uur. Neem uw stempas en identiteitsbewijs mee.",
        ),
        (
            "gemeenteraadsverkiezingen",
            "Tweede Kamerverkiezing",
            "Europese verkiezingen",
            "Provinciale Statenverkiezingen",
        ),
    ),
    "sv": (
        (
            "Förtidsröstning i {elec}: Du kan förtidsrösta i {city} från {wd} den {d} {mon}, bland annat på"
            " stadsbiblioteket ({h1}–{h2}) och i Medborgarhuset. Ta med röstkort och legitimation.",
        ),
        ("riksdagsvalet", "EU-valet", "kommunvalet", "regionvalet"),
    ),
    "da": (
        (
            "Brevstemme til {elec}: Du kan brevstemme på Borgerservice i {city} frem til {wd} den {d}. {mon}"
            " kl. 12. Husk at medbringe sundhedskort eller pas. Valget holdes {wd2} den {d2}. {mon2}.",
        ),
        ("folketingsvalget", "kommunalvalget", "regionsrådsvalget", "Europa-Parlamentsvalget"),
    ),
    "nb": (
        (
            "Forhåndsstemming til {elec}: I {city} kan du forhåndsstemme på rådhuset fra {wd} {d}. {mon},"
            " hverdager kl. {h1}–{h2}. Ta med gyldig legitimasjon. Valgdagen er {d2}. {mon2}.",
        ),
        ("stortingsvalget", "kommunestyrevalget", "fylkestingsvalget"),
    ),
    "fi": (
        (
            "Ennakkoäänestys ({elec}) alkaa {d}.{m}. ja päättyy {d3}.{m3}. {city}: pääkirjasto ja"
            " kaupungintalo, avoinna arkisin klo {h1}–{h2}. Ota mukaan henkilöllisyystodistus. Vaalipäivä on"
            " {d2}.{m2}.",
        ),
        ("eduskuntavaalit", "kuntavaalit", "aluevaalit", "europarlamenttivaalit"),
    ),
    "pl": (
        (
            "Głosowanie korespondencyjne: wyborcy z miejscowości {city} mogą zgłaszać zamiar głosowania"
            " korespondencyjnego do {d} {mon} w urzędzie gminy (pokój {room}) lub przez ePUAP. {Elec} odbędą"
            " się {d2} {mon2}.",
            "Zaświadczenie o prawie do głosowania: wnioski do {d} {mon} w Urzędzie Miasta {city}, w godz."
            " {h1}–{h2}, tel. {phone}.",
        ),
        ("Wybory samorządowe", "Wybory do Sejmu i Senatu", "Wybory do Parlamentu Europejskiego"),
    ),
    "cs": (
        (
            "Voličský průkaz pro {elec} vyřídíte do {wd} {d}. {mon}, 16:00, osobně na pracovišti: Městský"
            " úřad {city}, přízemí, přepážka {room}. Informace na tel. {phone}.",
        ),
        ("volby do Poslanecké sněmovny", "volby do Evropského parlamentu", "volby do zastupitelstev krajů"),
    ),
    "tr": (
        (
            "Seçmen kaydınızı kontrol edin: {d2} {mon2} {y2} tarihindeki {elec} için askı listeleri {d}"
            " {mon} tarihine kadar {city} muhtarlıklarında asılı kalacak. Sorgulama: YSK Seçmen Sorgulama"
            " ekranı veya e-Devlet.",
        ),
        ("yerel seçimler", "milletvekili genel seçimi", "cumhurbaşkanı seçimi"),
    ),
    "ru": (
        (
            "Голосование по месту нахождения: заявление о включении в список избирателей на {elec} можно"
            " подать до {d} {mon} в любом МФЦ или на портале «Госуслуги». Справки: {phone}.",
        ),
        ("выборах депутатов городской думы", "выборах губернатора", "выборах главы города"),
    ),
    "uk": (
        (
            "Зміна місця голосування: заяву на {elec} можна подати до {d} {mon} до відділу ведення"
            " Державного реєстру виборців ({city}, каб. {room}) або онлайн. Довідки: {phone}.",
        ),
        ("місцевих виборах", "виборах народних депутатів", "виборах Президента України"),
    ),
    "hi": (
        (
            "मतदाता सूची में नाम देखें: {elec} के लिए वोटर हेल्पलाइन ऐप या टोल-फ्री नंबर 1950 पर अपना नाम"
            " जांचें। {city} में मतदान {d2} {mon2} को सुबह 7 बजे से शाम 6 बजे तक होगा।",
        ),
        ("लोकसभा चुनाव", "विधानसभा चुनाव", "नगर निगम चुनाव"),
    ),
    "id": (
        (
            "Pindah memilih: Pemilih yang akan mencoblos di luar domisili pada {elec} {d2} {mon2} {y2} dapat"
            " mengurus formulir pindah memilih di kantor PPS atau KPU {city} paling lambat {d} {mon} {y}."
            " Cek DPT: cekdptonline.kpu.go.id.",
        ),
        ("Pemilu", "Pilkada", "Pilpres"),
    ),
    "ja": (
        (
            "期日前投票のお知らせ：{elec}の期日前投票は{m}月{d}日から{m3}月{d3}日まで、{city}市役所本庁舎1階"
            "ロビーで午前8時30分から午後8時まで受け付けています。投票日は{m2}月{d2}日です。",
        ),
        ("市長選挙", "県議会議員選挙", "衆議院議員総選挙", "参議院議員通常選挙"),
    ),
    "ko": (
        (
            "사전투표 안내: {elec} 사전투표는 {m}월 {d}일부터 {m3}월 {d3}일까지 오전 6시부터 오후 6시까지"
            " 전국 사전투표소에서 실시됩니다. 신분증을 지참하세요. ({city}시 선거관리위원회 ☎ {phone})",
        ),
        ("국회의원선거", "전국동시지방선거", "대통령선거"),
    ),
}


def voting_box(case: Case, rnd: random.Random) -> str:
    """An early or postal voting service box: the deadline to apply, the places and hours, the election's
    day."""
    lang = _lang(case, rnd, VOTING)
    templates, elections = VOTING[lang]
    deadline = _the_day(case, rnd, (3, 14))
    early_end = deadline + timedelta(days=rnd.randint(1, 4))
    election = early_end + timedelta(days=rnd.randint(2, 12))
    elec = rnd.choice(elections)
    h1 = rnd.randint(7, 10)
    return _render(
        rnd.choice(templates),
        elec=elec,
        Elec=elec[:1].upper() + elec[1:],
        city=_city(lang, rnd),
        room=rnd.randint(1, 240),
        phone=_phone(lang, rnd),
        h1=h1,
        h2=rnd.randint(16, 20) if lang not in {"en"} else rnd.randint(4, 7),
        **_dated(lang, day=deadline, day2=election, day3=early_end),
    )


# ---------------------------------------------------------------- an appliance's energy label line (middle)
#: language: (templates, products as (name, unit key), units, shops, currency factor to the euro)
#: {brand} {model} {product} {cls} {kwh} {unit} {eprel} {price} {shop}; for the national systems {stars}
#: {grade} {pct} {cost}
ENERGY: dict[
    str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], dict[str, str], tuple[str, ...], float]
] = {
    "en": (
        (
            "{brand} {model} {product}, £{price} at {shop} · Energy rating: {cls} (A to G) · Energy"
            " consumption: {kwh} kWh/{unit} · EPREL registration number: {eprel} · Product information sheet",
            "Energy class {cls} on a scale of A to G | {kwh} kWh/{unit} | {brand} {model} {product} –"
            " £{price}, {shop} | Product fiche",
        ),
        (("TV", "h"), ("fridge freezer", "y"), ("washing machine", "c"), ("dishwasher", "c")),
        {"h": "1000h", "y": "annum", "c": "100 cycles"},
        ("Currys", "Argos", "AO.com", "John Lewis"),
        0.86,
    ),
    "de": (
        (
            "Anzeige: {brand} {model} {product} für {price} € bei {shop} · Energieeffizienzklasse {cls}"
            " (Spektrum A bis G) · Energieverbrauch {kwh} kWh/{unit} · EPREL-Registriernummer {eprel} ·"
            " Produktdatenblatt",
            "Energieeffizienzklasse: {cls} | Spektrum: A bis G | {kwh} kWh/{unit} | Datenblatt (EPREL"
            " {eprel}) | {brand} {model} {product} ab {price} €",
        ),
        (
            ("Fernseher", "h"),
            ("Kühl-Gefrier-Kombination", "y"),
            ("Waschmaschine", "c"),
            ("Geschirrspüler", "c"),
        ),
        {"h": "1000 h", "y": "Jahr", "c": "100 Zyklen"},
        ("MediaMarkt", "Saturn", "Otto", "Amazon", "Euronics"),
        1.0,
    ),
    "fr": (
        (
            "{brand} {model} {product} à {price} € chez {shop} – Classe énergétique {cls} (de A à G) –"
            " Consommation : {kwh} kWh/{unit} – Fiche produit EPREL n° {eprel}",
        ),
        (("téléviseur", "h"), ("réfrigérateur combiné", "y"), ("lave-linge", "c"), ("lave-vaisselle", "c")),
        {"h": "1000 h", "y": "an", "c": "100 cycles"},
        ("Darty", "Boulanger", "Fnac", "Cdiscount"),
        1.0,
    ),
    "es": (
        (
            "{brand} {model} {product} por {price} € en {shop} · Clase de eficiencia energética: {cls}"
            " (escala de A a G) · Consumo: {kwh} kWh/{unit} · Ficha de producto EPREL {eprel}",
        ),
        (("televisor", "h"), ("frigorífico combi", "y"), ("lavadora", "c"), ("lavavajillas", "c")),
        {"h": "1000 h", "y": "año", "c": "100 ciclos"},
        ("MediaMarkt", "El Corte Inglés", "PcComponentes", "Carrefour"),
        1.0,
    ),
    "it": (
        (
            "{brand} {model} {product} a {price} euro su {shop} · Classe energetica {cls} (scala da A a G) ·"
            " Consumo {kwh} kWh/{unit} · Scheda informativa EPREL {eprel}",
        ),
        (("TV", "h"), ("frigorifero combinato", "y"), ("lavatrice", "c"), ("lavastoviglie", "c")),
        {"h": "1000 h", "y": "anno", "c": "100 cicli"},
        ("Unieuro", "MediaWorld", "Euronics", "Amazon"),
        1.0,
    ),
    "pt": (
        (
            "{brand} {model} {product} por {price} € na {shop} · Classe energética {cls} (escala de A a G) ·"
            " Consumo: {kwh} kWh/{unit} · Ficha de informação do produto (EPREL {eprel})",
        ),
        (("televisor", "h"), ("frigorífico combinado", "y"), ("máquina de lavar roupa", "c")),
        {"h": "1000 h", "y": "ano", "c": "100 ciclos"},
        ("Worten", "Fnac", "Radio Popular"),
        1.0,
    ),
    "nl": (
        (
            "{brand} {model} {product} voor € {price} bij {shop} · Energieklasse {cls} (schaal A tot G) ·"
            " Verbruik {kwh} kWh/{unit} · Productinformatieblad EPREL {eprel}",
        ),
        (("televisie", "h"), ("koel-vriescombinatie", "y"), ("wasmachine", "c"), ("vaatwasser", "c")),
        {"h": "1000 uur", "y": "jaar", "c": "100 cycli"},
        ("Coolblue", "MediaMarkt", "bol.com"),
        1.0,
    ),
    "sv": (
        (
            "{brand} {model} {product}, {price} kr hos {shop} · Energiklass {cls} (skala A–G) ·"
            " Energiförbrukning {kwh} kWh/{unit} · Produktinformationsblad (EPREL {eprel})",
        ),
        (("tv", "h"), ("kyl/frys", "y"), ("tvättmaskin", "c"), ("diskmaskin", "c")),
        {"h": "1000 h", "y": "år", "c": "100 cykler"},
        ("Elgiganten", "NetOnNet", "Power"),
        11.3,
    ),
    "da": (
        (
            "{brand} {model} {product} til {price} kr. hos {shop} · Energiklasse {cls} (skala A-G) ·"
            " Energiforbrug {kwh} kWh/{unit} · Produktdatablad EPREL {eprel}",
        ),
        (("tv", "h"), ("køle-/fryseskab", "y"), ("vaskemaskine", "c"), ("opvaskemaskine", "c")),
        {"h": "1000 t", "y": "år", "c": "100 cyklusser"},
        ("Elgiganten", "Power", "Proshop"),
        7.45,
    ),
    "nb": (
        (
            "{brand} {model} {product} til {price} kr hos {shop} · Energiklasse {cls} (skala A–G) ·"
            " Energiforbruk {kwh} kWh/{unit} · Produktdatablad (EPREL {eprel})",
        ),
        (("TV", "h"), ("kombiskap", "y"), ("vaskemaskin", "c"), ("oppvaskmaskin", "c")),
        {"h": "1000 t", "y": "år", "c": "100 sykluser"},
        ("Elkjøp", "Power", "Komplett"),
        11.6,
    ),
    "fi": (
        (
            "{brand} {model} {product}, {price} € ({shop}) · Energialuokka {cls} (asteikko A–G) ·"
            " Energiankulutus {kwh} kWh/{unit} · Tuoteseloste EPREL {eprel}",
        ),
        (("televisio", "h"), ("jääkaappipakastin", "y"), ("pyykinpesukone", "c"), ("astianpesukone", "c")),
        {"h": "1000 h", "y": "vuosi", "c": "100 jaksoa"},
        ("Gigantti", "Verkkokauppa.com", "Power"),
        1.0,
    ),
    "pl": (
        (
            "{brand} {model} {product} za {price} zł ({shop}) · Klasa energetyczna {cls} (skala od A do G) ·"
            " Zużycie energii {kwh} kWh/{unit} · Karta informacyjna produktu EPREL {eprel}",
        ),
        (("telewizor", "h"), ("lodówka", "y"), ("pralka", "c"), ("zmywarka", "c")),
        {"h": "1000 h", "y": "rok", "c": "100 cykli"},
        ("RTV Euro AGD", "Media Expert", "x-kom"),
        4.3,
    ),
    "cs": (
        (
            "{brand} {model} {product} za {price} Kč ({shop}) · Energetická třída {cls} (stupnice A–G) ·"
            " Spotřeba {kwh} kWh/{unit} · Informační list výrobku EPREL {eprel}",
        ),
        (("televizor", "h"), ("kombinovaná chladnička", "y"), ("pračka", "c"), ("myčka", "c")),
        {"h": "1000 h", "y": "rok", "c": "100 cyklů"},
        ("Alza.cz", "Datart", "Electro World"),
        25.0,
    ),
    "tr": (
        (
            "{brand} {model} {product} – {shop}: {price} TL · Enerji sınıfı {cls} (A–G ölçeği) · Enerji"
            " tüketimi {kwh} kWh/{unit} · Ürün bilgi formu (EPREL {eprel})",
        ),
        (("televizyon", "h"), ("buzdolabı", "y"), ("çamaşır makinesi", "c"), ("bulaşık makinesi", "c")),
        {"h": "1000 saat", "y": "yıl", "c": "100 döngü"},
        ("Teknosa", "MediaMarkt", "Vatan Bilgisayar"),
        35.0,
    ),
    "uk": (
        (
            "{brand} {model} {product} за {price} грн ({shop}) · Клас енергоефективності {cls} (шкала A–G) ·"
            " Споживання {kwh} кВт·год/{unit} · Інформаційний аркуш виробу",
        ),
        (("телевізор", "h"), ("холодильник", "y"), ("пральна машина", "c")),
        {"h": "1000 год", "y": "рік", "c": "100 циклів"},
        ("Rozetka", "Comfy", "Foxtrot"),
        42.0,
    ),
    "ru": (
        (
            "{brand} {model} {product} за {price} ₽ ({shop}) · Класс энергоэффективности {old} · Годовое"
            " потребление электроэнергии {kwh} кВт·ч",
        ),
        (("холодильник", "y"), ("стиральная машина", "y"), ("посудомоечная машина", "y")),
        {"y": "год"},
        ("М.Видео", "Эльдорадо", "DNS"),
        95.0,
    ),
    "ar": (
        (
            "{brand} {model} {product} بسعر {price} ريال لدى {shop} · بطاقة كفاءة الطاقة: {stars} نجوم ·"
            " الاستهلاك السنوي {kwh} كيلوواط ساعة",
        ),
        (("ثلاجة", "y"), ("غسالة", "y"), ("مكيف", "y")),
        {"y": "سنة"},
        ("إكسترا", "شرف دي جي", "ساكو"),
        4.0,
    ),
    "hi": (
        (
            "{brand} {model} {product} {shop} पर ₹{price} में · BEE स्टार रेटिंग: {stars} स्टार · वार्षिक"
            " ऊर्जा खपत: {kwh} यूनिट",
        ),
        (("रेफ्रिजरेटर", "y"), ("वॉशिंग मशीन", "y"), ("एसी", "y")),
        {"y": "वर्ष"},
        ("Amazon", "Flipkart", "Croma", "Reliance Digital"),
        90.0,
    ),
    "id": (
        (
            "{brand} {model} {product} seharga Rp{price} di {shop} · Label Tanda Hemat Energi: bintang"
            " {stars} · Konsumsi energi {kwh} kWh/tahun",
        ),
        (("kulkas", "y"), ("AC", "y"), ("mesin cuci", "y")),
        {"y": "tahun"},
        ("Tokopedia", "Shopee", "Erafone", "Electronic City"),
        17000.0,
    ),
    "vi": (
        (
            "{brand} {model} {product} giá {price} đồng tại {shop} · Nhãn năng lượng: {stars} sao · Điện"
            " năng tiêu thụ {kwh} kWh/năm",
        ),
        (("tủ lạnh", "y"), ("máy giặt", "y"), ("điều hòa", "y")),
        {"y": "năm"},
        ("Điện Máy Xanh", "Nguyễn Kim", "Pico"),
        27000.0,
    ),
    "zh": (
        (
            "{brand} {model} {product}，{shop}售价{price}元 · 能效等级：{grade}级 ·"
            " 耗电量：{kwh_d}kWh/24h（中国能效标识）",
        ),
        (("冰箱", "y"), ("空调", "y"), ("洗衣机", "y")),
        {"y": "年"},
        ("京东", "天猫", "苏宁易购"),
        7.8,
    ),
    "ja": (
        (
            "{brand} {model} {product}（{shop}で{price}円）・省エネ基準達成率{pct}%・年間消費電力量{kwh}kWh/"
            "年・多段階評価★{star_ja}",
        ),
        (("冷蔵庫", "y"), ("エアコン", "y"), ("テレビ", "y")),
        {"y": "年"},
        ("ヨドバシカメラ", "ビックカメラ", "ヤマダデンキ"),
        160.0,
    ),
    "ko": (
        (
            "{brand} {model} {product} {shop} {price}원 · 에너지소비효율 {grade}등급 · 월간소비전력량"
            " {kwh_m}kWh · 연간 에너지비용 {cost}원",
        ),
        (("냉장고", "y"), ("세탁기", "y"), ("김치냉장고", "y")),
        {"y": "년"},
        ("하이마트", "쿠팡", "전자랜드"),
        1450.0,
    ),
}
#: brands and the patterns of their model codes (# a digit, @ a capital)
BRANDS = (
    ("Samsung", "@@##@##@"),
    ("LG", "OLED##@#@@@"),
    ("Bosch", "@@@##@@@@"),
    ("Siemens", "@@##@@#"),
    ("Miele", "@# ##@@"),
    ("Beko", "@@@#####@"),
    ("AEG", "@@@####@@"),
    ("Haier", "@@@-####@"),
    ("Hisense", "##@#@"),
    ("Gorenje", "@@@####@"),
    ("Sony", "@@-##@##@"),
    ("Philips", "##@@@####"),
)
#: unit key: (classes, kWh range, euro price range)
_ENERGY_RANGES = {
    "h": ("DEFG", (38, 165), (399, 1899)),
    "y": ("ABCDEF", (95, 360), (449, 1599)),
    "c": ("ABCD", (46, 92), (349, 999)),
}


def _model(pattern: str, rnd: random.Random) -> str:
    return "".join(rnd.choice("ABCDEFGHKLMNPRSTUVWX") if c == "@" else c for c in _digits(rnd, pattern))


def energy_label(case: Case, rnd: random.Random) -> str:
    """An advertised appliance's energy label line as the law asks a shop box to print it (the EU's class and
    consumption with the EPREL number, or a national system's stars, grades or rates)."""
    lang = _lang(case, rnd, ENERGY)
    templates, products, units, shops, factor = ENERGY[lang]
    product, unit = rnd.choice(products)
    classes, (low, high), (plow, phigh) = _ENERGY_RANGES[unit]
    brand, pattern = rnd.choice(BRANDS)
    kwh = rnd.randint(low, high)
    raw = int(rnd.randint(plow, phigh) * factor)
    price = raw // 10 * 10 - 1 if factor < 20 else raw // 100 * 100
    return _render(
        rnd.choice(templates),
        brand=brand,
        model=_model(pattern, rnd),
        product=product,
        cls=rnd.choice(classes),
        old=rnd.choice(("A+", "A++", "A+++", "A")),
        kwh=kwh,
        kwh_d=f"{kwh / 365:.2f}",
        kwh_m=f"{kwh / 12:.1f}",
        unit=units[unit],
        eprel=rnd.randint(300000, 2099999),
        price=_n(lang, price),
        shop=rnd.choice(shops),
        stars=rnd.randint(2, 5),
        star_ja=f"{rnd.randint(2, 10) / 2:.1f}",
        grade=rnd.randint(1, 3),
        pct=rnd.randint(78, 135),
        cost=_num("en", rnd.randint(28, 95) * 1000),
    )


# ---------------------------------------------------------------- a supermarket flyers widget (middle)
#: language: (templates, chains); {city}, {s1} {s2} {s3} chains, {k} days left, the end of the first flyer's
#: week (the day's parts) and the start of the second's (ending in 2)
FLYERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Weekly ads near {city}: {s1} – valid through {mon} {d} · {s2} – starts {Wd2} · {s3} – {k} days"
            " left · Browse all flyers",
            "This week's flyers in {city} | {s1} (until {Wd} {mon} {d}) | {s2} (from {Wd2}) | {s3} ({k} days"
            " left) | Powered by Flipp",
        ),
        ("Tesco", "Asda", "Aldi", "Lidl", "Kroger", "Walmart", "Safeway", "Target", "Woolworths"),
    ),
    "de": (
        (
            "Aktuelle Prospekte in {city}: {s1} – gültig bis {wd}, {dd}.{mm}. · {s2} – ab {wd2},"
            " {dd2}.{mm2}. · {s3} – noch {k} Tage · Alle Angebote bei kaufDA",
            "Prospekte & Angebote {city} | {s1} gültig bis {dd}.{mm}.{y} | {s2} ab {wd2} | {s3} noch {k}"
            " Tage gültig",
        ),
        ("Lidl", "Aldi Süd", "Aldi Nord", "Kaufland", "Rewe", "Edeka", "Netto", "Penny", "dm", "Rossmann"),
    ),
    "fr": (
        (
            "Catalogues en cours à {city} : {s1} – valable jusqu'au {d} {mon} · {s2} – dès le {wd2} {d2}"
            " {mon2} · {s3} – encore {k} jours · Voir tous les prospectus",
        ),
        ("Carrefour", "Leclerc", "Intermarché", "Lidl", "Auchan", "Super U", "Aldi"),
    ),
    "es": (
        (
            "Folletos en {city}: {s1} – válido hasta el {d} de {mon} · {s2} – desde el {wd2} {d2} · {s3} –"
            " quedan {k} días · Ver más ofertas en Tiendeo",
        ),
        ("Mercadona", "Carrefour", "Lidl", "Dia", "Alcampo", "Eroski", "Aldi"),
    ),
    "it": (
        (
            "Volantini a {city}: {s1} – valido fino al {d} {mon} · {s2} – dal {wd2} {d2} {mon2} · {s3} –"
            " ancora {k} giorni · Sfoglia tutti i volantini",
        ),
        ("Esselunga", "Conad", "Coop", "Lidl", "Eurospin", "Carrefour", "Pam"),
    ),
    "pt": (
        (
            "Folhetos em {city}: {s1} – válido até {d} de {mon} · {s2} – a partir de {d2} de {mon2} · {s3} –"
            " faltam {k} dias · Mais promoções",
        ),
        ("Continente", "Pingo Doce", "Lidl", "Intermarché", "Aldi", "Minipreço"),
    ),
    "nl": (
        (
            "Folders in {city}: {s1} – geldig t/m {wd} {d} {mon} · {s2} – vanaf {wd2} · {s3} – nog {k} dagen"
            " · Bekijk alle folders",
        ),
        ("Albert Heijn", "Jumbo", "Lidl", "Aldi", "Plus", "Dirk", "Kruidvat"),
    ),
    "sv": (
        (
            "Reklamblad i {city}: {s1} – gäller t.o.m. {d} {mon} · {s2} – från {wd2} · {s3} – {k} dagar kvar"
            " · Se alla erbjudanden",
        ),
        ("ICA Maxi", "Coop", "Willys", "Lidl", "Hemköp", "City Gross"),
    ),
    "da": (
        (
            "Tilbudsaviser i {city}: {s1} – gælder til og med {wd} d. {d}. {mon} · {s2} – fra {wd2} · {s3} –"
            " {k} dage tilbage · Se alle aviser",
        ),
        ("Netto", "Føtex", "Rema 1000", "Lidl", "Bilka", "Meny", "Coop 365"),
    ),
    "nb": (
        (
            "Kundeaviser i {city}: {s1} – gjelder t.o.m. {d}. {mon} · {s2} – fra {wd2} · {s3} – {k} dager"
            " igjen · Se alle tilbud",
        ),
        ("Rema 1000", "Kiwi", "Coop Extra", "Meny", "Spar", "Bunnpris"),
    ),
    "fi": (
        (
            "Mainoslehdet, {city}: {s1} – voimassa {d}.{m}. asti · {s2} – alkaen {d2}.{m2}. · {s3} – {k}"
            " päivää jäljellä · Katso kaikki tarjoukset",
        ),
        ("Prisma", "K-Citymarket", "Lidl", "S-market", "K-Supermarket", "Tokmanni"),
    ),
    "pl": (
        (
            "Gazetki promocyjne – {city}: {s1} – ważna do {d} {mon} · {s2} – od {dd2}.{mm2} · {s3} – jeszcze"
            " {k} dni · Zobacz wszystkie gazetki",
        ),
        ("Biedronka", "Lidl", "Kaufland", "Auchan", "Netto", "Dino", "Rossmann"),
    ),
    "cs": (
        (
            "Akční letáky {city}: {s1} – platí do {d}. {m}. · {s2} – od {d2}. {m2}. · {s3} – ještě {k}"
            " {days} · Všechny letáky",
        ),
        ("Lidl", "Kaufland", "Albert", "Billa", "Penny", "Globus", "Tesco"),
    ),
    "tr": (
        (
            "Aktüel kataloglar – {city}: {s1} – {d} {mon} tarihine kadar geçerli · {s2} – {d2} {mon2}"
            " itibarıyla · {s3} – son {k} gün · Tüm indirimler",
        ),
        ("A101", "BİM", "ŞOK", "Migros", "CarrefourSA", "File"),
    ),
    "ru": (
        (
            "Каталоги и акции магазинов ({city}): {s1} — до {d} {mon} · {s2} — с {d2} {mon2} · {s3} —"
            " осталось {k} дн. · Все скидки",
        ),
        ("Пятёрочка", "Магнит", "Перекрёсток", "Лента", "Ашан", "ВкусВилл"),
    ),
    "uk": (
        (
            "Акційні каталоги ({city}): {s1} — діє до {d} {mon} · {s2} — з {d2} {mon2} · {s3} — залишилось"
            " {k} дн. · Усі знижки",
        ),
        ("АТБ", "Сільпо", "Novus", "Varus", "Metro", "Фора"),
    ),
    "ar": (
        (
            "عروض وتخفيضات في {city}: {s1} – سارية حتى {d} {mon} · {s2} – ابتداءً من {wd2} · {s3} – متبقٍ"
            " {k} أيام · شاهد كل العروض",
        ),
        ("كارفور", "لولو هايبر ماركت", "بنده", "الدانوب", "أسواق العثيم"),
    ),
    "id": (
        (
            "Katalog promo di {city}: {s1} – berlaku s.d. {d} {mon} · {s2} – mulai {wd2}, {d2} {mon2} · {s3}"
            " – sisa {k} hari · Lihat semua promo JSM & PSM",
        ),
        ("Indomaret", "Alfamart", "Superindo", "Hypermart", "Transmart", "Giant"),
    ),
    "vi": (
        (
            "Khuyến mãi siêu thị tại {city}: {s1} – áp dụng đến {d}/{m} · {s2} – từ {d2}/{m2} · {s3} – còn"
            " {k} ngày · Xem tất cả ưu đãi",
        ),
        ("Co.opmart", "WinMart", "Bách hóa Xanh", "Lotte Mart", "GO!", "MM Mega Market"),
    ),
    "ja": (
        ("{city}のチラシ：{s1}（{m}/{d}まで）・{s2}（{m2}/{d2}から）・{s3}（あと{k}日）｜Shufoo!で見る",),
        ("イオン", "イトーヨーカドー", "西友", "ライフ", "マルエツ", "ヤオコー", "業務スーパー"),
    ),
    "ko": (
        ("{city} 마트 전단: {s1} ~{m}/{d} · {s2} {m2}/{d2}부터 · {s3} {k}일 남음 · 전단 모아보기",),
        ("이마트", "홈플러스", "롯데마트", "하나로마트", "GS더프레시"),
    ),
}


def flyers_widget(case: Case, rnd: random.Random) -> str:
    """A supermarket flyers widget (kaufDA, Tiendeo, Flipp, Shufoo! and their kind) with the chains and the
    days their flyers run."""
    lang = _lang(case, rnd, FLYERS)
    templates, chains = FLYERS[lang]
    s1, s2, s3 = rnd.sample(chains, 3)
    day = _the_day(case, rnd)
    k = rnd.randint(3 if lang == "ar" else 2, 6)
    return _render(
        rnd.choice(templates),
        city=_city(lang, rnd),
        s1=s1,
        s2=s2,
        s3=s3,
        k=k,
        days="dny" if k < 5 else "dní",
        **_dated(
            lang, day=day + timedelta(days=rnd.randint(1, 6)), day2=day + timedelta(days=rnd.randint(1, 4))
        ),
    )


# ---------------------------------------------------------------- yesterday's TV ratings (middle)
#: language: (templates, (programme, channel) pairs, viewers' range in thousands); {p1} {c1} ... {p3} {c3},
#: {v1}-{v3} viewers as the language prints them, {s1}-{s3} shares, {r1}-{r3} ratings, the day's parts
RATINGS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[int, int]]] = {
    "en": (
        (
            "Overnight ratings ({Wd}): {p1} ({c1}) {v1}m, {s1}% share · {p2} ({c2}) {v2}m · {p3} ({c3})"
            " {v3}m · Source: Barb",
            "TV RATINGS, {Wd} {d} {mon}: {p1} topped the night on {c1} with {v1} million viewers ({s1}%),"
            " ahead of {p2} ({c2}, {v2}m) and {p3} ({c3}, {v3}m).",
        ),
        (
            ("EastEnders", "BBC One"),
            ("Coronation Street", "ITV1"),
            ("Gogglebox", "Channel 4"),
            ("The Great British Bake Off", "Channel 4"),
            ("Strictly Come Dancing", "BBC One"),
            ("Emmerdale", "ITV1"),
            ("BBC News at Ten", "BBC One"),
        ),
        (1200, 8500),
    ),
    "de": (
        (
            "Die Quoten vom {wd}: „{p1}“ ({c1}) {v1} Mio. Zuschauer ({s1} %) · „{p2}“ ({c2}) {v2} Mio. ({s2}"
            " %) · „{p3}“ ({c3}) {v3} Mio. ({s3} %) · Quelle: AGF Videoforschung",
            "TV-Quoten {dd}.{mm}.{y}: {p1} ({c1}): {v1} Mio., MA {s1} % | {p2} ({c2}): {v2} Mio., MA {s2} %"
            " | {p3} ({c3}): {v3} Mio., MA {s3} %",
        ),
        (
            ("Tatort", "Das Erste"),
            ("Wer wird Millionär?", "RTL"),
            ("heute-journal", "ZDF"),
            ("Let's Dance", "RTL"),
            ("Die Rosenheim-Cops", "ZDF"),
            ("Tagesschau", "Das Erste"),
            ("The Masked Singer", "ProSieben"),
            ("Aktenzeichen XY … ungelöst", "ZDF"),
        ),
        (1500, 9800),
    ),
    "fr": (
        (
            "Audiences TV du {wd} {d} {mon} : {c1} en tête avec « {p1} » ({v1} millions, {s1} % de PDA)"
            " devant {c2} et « {p2} » ({v2} millions, {s2} %). {c3} : « {p3} », {v3} millions. Source :"
            " Médiamétrie.",
        ),
        (
            ("Koh-Lanta", "TF1"),
            ("Le 20 Heures", "France 2"),
            ("Quotidien", "TMC"),
            ("Capital", "M6"),
            ("N'oubliez pas les paroles", "France 2"),
            ("Des racines et des ailes", "France 3"),
            ("Ici tout commence", "TF1"),
        ),
        (1000, 7500),
    ),
    "es": (
        (
            "Audiencias del {wd}: «{p1}» ({c1}) lideró con {v1} millones de espectadores y un {s1} % de"
            " cuota; «{p2}» ({c2}), {v2} millones ({s2} %); «{p3}» ({c3}), {v3} millones. Fuente: Kantar"
            " Media.",
        ),
        (
            ("La Revuelta", "La 1"),
            ("El Hormiguero", "Antena 3"),
            ("Pasapalabra", "Antena 3"),
            ("Sueños de libertad", "Antena 3"),
            ("Informativos Telecinco", "Telecinco"),
            ("La Promesa", "La 1"),
            ("Supervivientes", "Telecinco"),
        ),
        (900, 3500),
    ),
    "it": (
        (
            "Ascolti tv di {wd} {d} {mon}: «{p1}» ({c1}) {v1} spettatori, {s1}% di share · «{p2}» ({c2})"
            " {v2}, {s2}% · «{p3}» ({c3}) {v3}, {s3}% · Dati Auditel",
        ),
        (
            ("Affari tuoi", "Rai 1"),
            ("Striscia la notizia", "Canale 5"),
            ("Report", "Rai 3"),
            ("Il Paradiso delle Signore", "Rai 1"),
            ("Tg1", "Rai 1"),
            ("Le Iene", "Italia 1"),
            ("Otto e mezzo", "La7"),
        ),
        (1200, 6500),
    ),
    "pt": (
        (
            "Audiências de {wd}: «{p1}» ({c1}) liderou com {s1}% de share e {v1} mil espectadores; «{p2}»"
            " ({c2}) teve {s2}% e «{p3}» ({c3}) {s3}%. Fonte: CAEM/GfK",
        ),
        (
            ("Jornal da Noite", "SIC"),
            ("Telejornal", "RTP1"),
            ("Big Brother", "TVI"),
            ("Festa é Festa", "TVI"),
            ("Casados à Primeira Vista", "SIC"),
            ("Jornal Nacional", "TVI"),
        ),
        (300, 1400),
    ),
    "nl": (
        (
            "Kijkcijfers {wd}: {p1} ({c1}) {v1} kijkers · {p2} ({c2}) {v2} · {p3} ({c3}) {v3} · Bron:"
            " Stichting KijkOnderzoek",
        ),
        (
            ("NOS Journaal 20.00 uur", "NPO 1"),
            ("Boer zoekt Vrouw", "NPO 1"),
            ("Wie is de Mol?", "NPO 1"),
            ("Vandaag Inside", "SBS6"),
            ("Op1", "NPO 1"),
            ("RTL Nieuws", "RTL 4"),
            ("Heel Holland Bakt", "NPO 1"),
        ),
        (400, 3200),
    ),
    "sv": (
        ("Tittarsiffror {wd}: {p1} ({c1}) {v1} tittare · {p2} ({c2}) {v2} · {p3} ({c3}) {v3} · Källa: MMS",),
        (
            ("Rapport", "SVT1"),
            ("Melodifestivalen", "SVT1"),
            ("På spåret", "SVT1"),
            ("Bonde söker fru", "TV4"),
            ("Nyheterna", "TV4"),
            ("Så mycket bättre", "TV4"),
        ),
        (300, 2800),
    ),
    "da": (
        (
            "Seertal {wd}: {p1} ({c1}) {v1} seere · {p2} ({c2}) {v2} · {p3} ({c3}) {v3} · Kilde: Kantar"
            " Gallup",
        ),
        (
            ("TV Avisen", "DR1"),
            ("Vild med dans", "TV 2"),
            ("Bonderøven", "DR1"),
            ("Nyhederne", "TV 2"),
            ("Den store bagedyst", "DR1"),
            ("X Factor", "TV 2"),
        ),
        (250, 1500),
    ),
    "nb": (
        ("Seertall {wd}: {p1} ({c1}) {v1} seere · {p2} ({c2}) {v2} · {p3} ({c3}) {v3} · Kilde: Nielsen",),
        (
            ("Dagsrevyen", "NRK1"),
            ("Nytt på nytt", "NRK1"),
            ("Farmen", "TV 2"),
            ("Skal vi danse", "TV 2"),
            ("Nyhetene", "TV 2"),
            ("Kvitt eller dobbelt", "NRK1"),
        ),
        (250, 1300),
    ),
    "fi": (
        (
            "Katsojaluvut {wd}: {p1} ({c1}) {v1} katsojaa · {p2} ({c2}) {v2} · {p3} ({c3}) {v3} · Lähde:"
            " Finnpanel",
        ),
        (
            ("Yle Uutiset 20.30", "Yle TV1"),
            ("Putous", "MTV3"),
            ("Tanssii tähtien kanssa", "MTV3"),
            ("Salatut elämät", "MTV3"),
            ("MTV Uutiset", "MTV3"),
            ("Vain elämää", "Nelonen"),
        ),
        (200, 1400),
    ),
    "pl": (
        (
            "Oglądalność ({d} {mon}): „{p1}” ({c1}) – {v1} mln widzów (SHR {s1} proc.) · „{p2}” ({c2}) –"
            " {v2} mln · „{p3}” ({c3}) – {v3} mln · Dane: Nielsen Audience Measurement",
        ),
        (
            ("Fakty", "TVN"),
            ("Wydarzenia", "Polsat"),
            ("M jak miłość", "TVP2"),
            ("Taniec z gwiazdami", "Polsat"),
            ("Klan", "TVP1"),
            ("Rolnik szuka żony", "TVP1"),
            ("Na Wspólnej", "TVN"),
        ),
        (1000, 5000),
    ),
    "cs": (
        (
            "Sledovanost ({d}. {m}.): {p1} ({c1}) {v1} diváků, podíl {s1} % · {p2} ({c2}) {v2} · {p3} ({c3})"
            " {v3} · Zdroj: ATO – Nielsen Admosphere",
        ),
        (
            ("Události", "ČT1"),
            ("Televizní noviny", "Nova"),
            ("Ulice", "Nova"),
            ("Zprávy FTV Prima", "Prima"),
            ("StarDance", "ČT1"),
            ("Ordinace v růžové zahradě", "Nova"),
        ),
        (500, 2200),
    ),
    "tr": (
        (
            "Reyting sonuçları ({d} {mon} {wd}): {p1} ({c1}) Total {r1}, AB {r2} · {p2} ({c2}) Total {r3} ·"
            " {p3} ({c3}) Total {r4}",
        ),
        (
            ("Kızılcık Şerbeti", "Show TV"),
            ("Yalı Çapkını", "Star TV"),
            ("Kuruluş Osman", "ATV"),
            ("Survivor", "TV8"),
            ("Teşkilat", "TRT 1"),
            ("Ana Haber", "Show TV"),
        ),
        (1000, 3000),
    ),
    "ru": (
        (
            "Рейтинги телепередач за {d} {mon}: «{p1}» ({c1}) — доля {s1}%, рейтинг {r1}; «{p2}» ({c2}) —"
            " доля {s2}%; «{p3}» ({c3}) — доля {s3}% · Данные Mediascope",
        ),
        (
            ("Время", "Первый канал"),
            ("Вести", "Россия 1"),
            ("Голос", "Первый канал"),
            ("Маска", "НТВ"),
            ("Поле чудес", "Первый канал"),
            ("Сегодня", "НТВ"),
        ),
        (1000, 3000),
    ),
    "uk": (
        (
            "Рейтинги телеканалів за {d} {mon}: «{p1}» ({c1}) — частка {s1}%, рейтинг {r1} · «{p2}» ({c2}) —"
            " {s2}% · «{p3}» ({c3}) — {s3}% · Дані: Nielsen",
        ),
        (
            ("ТСН", "1+1"),
            ("Холостяк", "СТБ"),
            ("Хата на тата", "СТБ"),
            ("Ліга сміху", "1+1"),
            ("Факти", "ICTV"),
            ("Сьогодні", "Україна"),
        ),
        (1000, 3000),
    ),
    "hi": (
        (
            "BARC TRP रिपोर्ट (सप्ताह {w}): {p1} ({c1}) – {r1} मिलियन इंप्रेशन · {p2} ({c2}) – {r2} · {p3}"
            " ({c3}) – {r3}",
        ),
        (
            ("अनुपमा", "स्टार प्लस"),
            ("बिग बॉस", "कलर्स"),
            ("ये रिश्ता क्या कहलाता है", "स्टार प्लस"),
            ("कौन बनेगा करोड़पति", "सोनी"),
            ("तारक मेहता का उल्टा चश्मा", "सब टीवी"),
            ("कुंडली भाग्य", "ज़ी टीवी"),
        ),
        (1000, 3000),
    ),
    "id": (
        (
            "Rating TV {wd}, {d} {mon}: {p1} ({c1}) TVR {r1} share {s1}% · {p2} ({c2}) TVR {r2} · {p3}"
            " ({c3}) TVR {r3} · Sumber: Nielsen",
        ),
        (
            ("Ikatan Cinta", "RCTI"),
            ("Preman Pensiun", "RCTI"),
            ("Magic 5", "Indosiar"),
            ("Suara Hati Istri", "Indosiar"),
            ("Bidadari Surgamu", "SCTV"),
            ("Indonesian Idol", "RCTI"),
        ),
        (1000, 3000),
    ),
    "zh": (
        (
            "{m}月{d}日收视率：《{p1}》（{c1}）收视率{r1}%，份额{s1}%；《{p2}》（{c2}）{r2}%；《{p3}》（{c3}"
            "）{r3}%（CSM59城）",
        ),
        (
            ("新闻联播", "CCTV-1"),
            ("焦点访谈", "CCTV-1"),
            ("奔跑吧", "浙江卫视"),
            ("向往的生活", "湖南卫视"),
            ("中国好声音", "浙江卫视"),
            ("王牌对王牌", "浙江卫视"),
        ),
        (1000, 3000),
    ),
    "ja": (
        (
            "{m}月{d}日（{wd}）の視聴率：「{p1}」（{c1}）{r1}%、「{p2}」（{c2}）{r2}%、「{p3}」（{c3}）{r3}%"
            "（ビデオリサーチ調べ、関東地区）",
        ),
        (
            ("大河ドラマ", "NHK総合"),
            ("ニュース7", "NHK総合"),
            ("世界の果てまでイッテQ!", "日本テレビ"),
            ("ザ!鉄腕!DASH!!", "日本テレビ"),
            ("サザエさん", "フジテレビ"),
            ("報道ステーション", "テレビ朝日"),
            ("相棒", "テレビ朝日"),
        ),
        (1000, 3000),
    ),
    "ko": (
        (
            "{m}월 {d}일 시청률: '{p1}'({c1}) {r1}%, '{p2}'({c2}) {r2}%, '{p3}'({c3}) {r3}% (닐슨코리아,"
            " 전국 가구 기준)",
        ),
        (
            ("나 혼자 산다", "MBC"),
            ("미운 우리 새끼", "SBS"),
            ("1박 2일", "KBS2"),
            ("KBS 뉴스9", "KBS1"),
            ("놀면 뭐하니?", "MBC"),
            ("런닝맨", "SBS"),
            ("불후의 명곡", "KBS2"),
        ),
        (1000, 3000),
    ),
}
#: the languages whose boxes print viewers in millions ({v} with one or two places); the others in full
_MILLIONS = {"en", "de", "fr", "es", "pl"}


def tv_ratings(case: Case, rnd: random.Random) -> str:
    """A box of the previous day's television ratings: programmes, channels, viewers, shares or ratings."""
    lang = _lang(case, rnd, RATINGS)
    templates, shows, (low, high) = RATINGS[lang]
    picked = rnd.sample(shows, 3)
    thousands = sorted((rnd.randint(low, high) for _ in range(3)), reverse=True)
    parts: dict[str, Any] = {}
    for i, ((prog, channel), k) in enumerate(zip(picked, thousands, strict=True), 1):
        parts[f"p{i}"], parts[f"c{i}"] = prog, channel
        if lang in _MILLIONS:
            parts[f"v{i}"] = _dec(lang, k / 1000, 2 if lang == "de" else 1)
        elif lang == "pt":
            parts[f"v{i}"] = _num(lang, k)
        else:
            parts[f"v{i}"] = _num(lang, k * 1000 + rnd.randint(0, 999))
        parts[f"s{i}"] = _dec(lang, rnd.uniform(4, 32), 1)
    for i in range(1, 5):
        parts[f"r{i}"] = _dec(
            "en" if lang in {"zh", "ja", "ko", "hi", "id"} else lang, rnd.uniform(0.8, 14), 2
        )
    return _render(
        rnd.choice(templates), **parts, **_dated(lang, day=_the_day(case, rnd) - timedelta(days=1))
    )


# ---------------------------------------------------------------- "About the company" (end)
#: language: (templates, firms' stems as (name, Latin spelling for the web address), sectors as (name's
#: suffix, what the firm is)); {co} {what} {fy} founded, {emp} staff, {nc} countries, {city}, {dom}, {boss}
ABOUT: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]] = {
    "en": (
        (
            "About {co}: Founded in {fy} and headquartered in {city}, {co} is {what}. The company employs"
            " more than {emp} people in {nc} countries. For more information, visit www.{dom}.",
            "ABOUT {CO} {co} ({city}) is {what}. Since {fy}, the company has grown to {emp} employees"
            " serving customers in {nc} countries. Learn more at https://www.{dom} and follow {co} on"
            " LinkedIn.",
        ),
        (
            ("Northgate", "northgate"),
            ("Bluewater", "bluewater"),
            ("Silverline", "silverline"),
            ("Crestview", "crestview"),
            ("Ironbridge", "ironbridge"),
            ("Aldercrest", "aldercrest"),
            ("Brightpath", "brightpath"),
        ),
        (
            (
                " Therapeutics, Inc.",
                "a clinical-stage biotechnology company developing treatments for rare diseases",
            ),
            (" Energy", "a leading developer of utility-scale solar and battery storage projects"),
            (" Logistics Group", "a provider of freight forwarding and contract logistics services"),
            (" Software Corp.", "a provider of cloud-based software for mid-sized manufacturers"),
        ),
    ),
    "de": (
        (
            "Über {co}: Die {co} mit Sitz in {city} ist {what}. Das Unternehmen wurde {fy} gegründet und"
            " beschäftigt rund {emp} Mitarbeitende an Standorten in {nc} Ländern. Weitere Informationen"
            " unter www.{dom}.",
            "Über die {co}: {what_cap} mit Hauptsitz in {city}, gegründet {fy}. Rund {emp} Beschäftigte,"
            " Präsenz in {nc} Ländern. www.{dom}",
        ),
        (
            ("Rheinwerk", "rheinwerk"),
            ("Alpenland", "alpenland"),
            ("Hanseatische", "hanseatische"),
            ("Brenner", "brenner"),
            ("Nordlicht", "nordlicht"),
            ("Weserberg", "weserberg"),
        ),
        (
            (" Energie GmbH", "ein mittelständischer Anbieter von Wärmepumpen und Photovoltaikanlagen"),
            (
                " Maschinenbau GmbH & Co. KG",
                "ein Hersteller von Verpackungsmaschinen für die Lebensmittelindustrie",
            ),
            (" Software AG", "ein Anbieter von Cloud-Software für Steuerberater und Wirtschaftsprüfer"),
            (" Logistik SE", "ein Logistikdienstleister für Kontraktlogistik und Lagerhaltung"),
        ),
    ),
    "fr": (
        (
            "À propos de {co} : Fondé en {fy} et basé à {city}, {co} est {what}. Le groupe compte {emp}"
            " collaborateurs dans {nc} pays. Plus d'informations sur www.{dom}.",
        ),
        (("Valmont", "valmont"), ("Lumière", "lumiere"), ("Atlantique", "atlantique"), ("Perrin", "perrin")),
        (
            (" Énergies", "un producteur indépendant d'électricité renouvelable"),
            (" Biotech", "une société de biotechnologie spécialisée dans les thérapies géniques"),
            (" Logistique", "un acteur de la logistique contractuelle et du transport"),
            (" Software", "un éditeur de logiciels de gestion pour les collectivités"),
        ),
    ),
    "es": (
        (
            "Acerca de {co}: {co}, con sede en {city} y fundada en {fy}, es {what}. Cuenta con más de {emp}"
            " empleados en {nc} países. Más información en www.{dom}.",
        ),
        (
            ("Ibérica", "iberica"),
            ("Solaria", "solaria"),
            ("Cantábrica", "cantabrica"),
            ("Levante", "levante"),
        ),
        (
            (" Energía", "una compañía dedicada a la generación de energía renovable"),
            (" Logística", "un operador logístico especializado en transporte refrigerado"),
            (" Tecnologías", "una empresa de software para la gestión hospitalaria"),
        ),
    ),
    "it": (
        (
            "{co} – Fondata nel {fy} con sede a {city}, {co} è {what}. Conta oltre {emp} dipendenti in {nc}"
            " Paesi. Per maggiori informazioni: www.{dom}.",
        ),
        (("Adriatica", "adriatica"), ("Padana", "padana"), ("Ligure", "ligure"), ("Tirrenia", "tirrenia")),
        (
            (" Energia S.p.A.", "un operatore attivo nella produzione di energia da fonti rinnovabili"),
            (" Meccanica S.r.l.", "un'azienda specializzata in macchine per il packaging"),
            (" Software S.p.A.", "una software house che sviluppa soluzioni per la pubblica amministrazione"),
        ),
    ),
    "pt": (
        (
            "Sobre a {co}: Fundada em {fy} e sediada em {city}, a {co} é {what}, com mais de {emp}"
            " colaboradores em {nc} países. Saiba mais em www.{dom}.",
        ),
        (("Lusitana", "lusitana"), ("Atlântica", "atlantica"), ("Tejo", "tejo"), ("Douro", "douro")),
        (
            (" Energia", "uma empresa de produção de energia renovável"),
            (" Logística", "um operador logístico com foco no transporte marítimo"),
            (" Tecnologia", "uma tecnológica que desenvolve software para a banca"),
        ),
    ),
    "nl": (
        (
            "Over {co}: {co} is opgericht in {fy}, gevestigd in {city} en is {what}. Het bedrijf heeft ruim"
            " {emp} medewerkers in {nc} landen. Meer informatie: www.{dom}.",
        ),
        (
            ("Polder", "polder"),
            ("Noordzee", "noordzee"),
            ("Maasland", "maasland"),
            ("Zuiderveld", "zuiderveld"),
        ),
        (
            (" Energie B.V.", "een ontwikkelaar van zonne- en windparken"),
            (" Logistics", "een logistiek dienstverlener voor e-commerce"),
            (" Software", "een leverancier van software voor woningcorporaties"),
        ),
    ),
    "sv": (
        (
            "Om {co}: {co} grundades {fy} och har sitt huvudkontor i {city}. Bolaget är {what} och har cirka"
            " {emp} anställda i {nc} länder. Läs mer på www.{dom}.",
        ),
        (
            ("Norrsken", "norrsken"),
            ("Vänern", "vanern"),
            ("Fjällvind", "fjallvind"),
            ("Skärgård", "skargard"),
        ),
        (
            (" Energi AB", "en producent av förnybar el från vind och sol"),
            (" Logistik AB", "en tredjepartslogistiker med lager i Norden"),
            (" Software AB (publ)", "ett mjukvaruföretag inom betalningar"),
        ),
    ),
    "da": (
        (
            "Om {co}: {co} blev grundlagt i {fy} og har hovedsæde i {city}. Virksomheden er {what} og"
            " beskæftiger ca. {emp} medarbejdere i {nc} lande. Læs mere på www.{dom}.",
        ),
        (
            ("Kattegat", "kattegat"),
            ("Nordvest", "nordvest"),
            ("Limfjord", "limfjord"),
            ("Øresund", "oresund"),
        ),
        (
            (" Energi A/S", "en udvikler af havvindmølleparker"),
            (" Logistik A/S", "en leverandør af transport- og lagerløsninger"),
            (" Software ApS", "et softwarefirma, der udvikler løsninger til kommuner"),
        ),
    ),
    "nb": (
        (
            "Om {co}: {co} ble etablert i {fy} og har hovedkontor i {city}. Selskapet er {what} og har rundt"
            " {emp} ansatte i {nc} land. Les mer på www.{dom}.",
        ),
        (
            ("Nordfjord", "nordfjord"),
            ("Fjellkraft", "fjellkraft"),
            ("Havbris", "havbris"),
            ("Vestland", "vestland"),
        ),
        (
            (" Energi AS", "en produsent av fornybar kraft fra vann og vind"),
            (" Sjømat ASA", "et av Norges ledende sjømatselskaper"),
            (" Software AS", "et programvareselskap innen helse"),
        ),
    ),
    "fi": (
        (
            "{co} lyhyesti: {co} on vuonna {fy} perustettu {what}. Yhtiö työllistää noin {emp} henkilöä {nc}"
            " maassa. Pääkonttori: {city}. Lisätietoja: www.{dom}.",
        ),
        (("Revontuli", "revontuli"), ("Saimaa", "saimaa"), ("Pohjola", "pohjola"), ("Kaleva", "kaleva")),
        (
            (" Energia Oy", "uusiutuvan energian tuottaja"),
            (" Logistiikka Oy", "logistiikkapalveluja tarjoava yritys"),
            (" Software Oyj", "ohjelmistoyhtiö"),
        ),
    ),
    "pl": (
        (
            "O firmie {co}: {co} to {what}, założona w {fy} r. Firma zatrudnia ponad {emp} pracowników w"
            " {nc} krajach. Siedziba: {city}. Więcej informacji: www.{dom}.",
        ),
        (("Wisła", "wisla"), ("Bałtyk", "baltyk"), ("Mazowsze", "mazowsze"), ("Tatry", "tatry")),
        (
            (" Energia S.A.", "spółka zajmująca się produkcją energii z odnawialnych źródeł"),
            (" Logistyka sp. z o.o.", "firma logistyczna specjalizująca się w transporcie chłodniczym"),
            (" Software S.A.", "producent oprogramowania dla sektora finansowego"),
        ),
    ),
    "cs": (
        (
            "O společnosti {co}: {co} je {what}, založená v roce {fy}. Zaměstnává více než {emp} lidí v {nc}"
            " zemích. Sídlo: {city}. Více na www.{dom}.",
        ),
        (("Vltava", "vltava"), ("Morava", "morava"), ("Šumava", "sumava"), ("Krkonoše", "krkonose")),
        (
            (" Energie a.s.", "výrobce elektřiny z obnovitelných zdrojů"),
            (" Logistika s.r.o.", "poskytovatel skladových a přepravních služeb"),
            (" Software a.s.", "vývojář softwaru pro zdravotnictví"),
        ),
    ),
    "tr": (
        (
            "{co} hakkında: {co}, {fy} yılında kurulmuş {what}. Şirket, {nc} ülkede {emp} çalışanıyla"
            " faaliyet gösteriyor. Genel merkez: {city}. Detaylı bilgi: www.{dom}",
        ),
        (("Anadolu", "anadolu"), ("Ege", "ege"), ("Marmara", "marmara"), ("Karadeniz", "karadeniz")),
        (
            (" Enerji A.Ş.", "yenilenebilir enerji üretimi yapan bir şirkettir"),
            (" Lojistik A.Ş.", "entegre lojistik hizmetleri sunan bir şirkettir"),
            (" Yazılım A.Ş.", "bankacılık yazılımları geliştiren bir teknoloji şirketidir"),
        ),
    ),
    "ru": (
        (
            "О компании {co}: {co} — {what}, основана в {fy} году. В компании работают более {emp}"
            " сотрудников в {nc} странах. Штаб-квартира: {city}. Подробнее: www.{dom}.",
        ),
        (("Волга", "volga"), ("Северсталь", "severstal-grp"), ("Урал", "ural"), ("Байкал", "baikal")),
        (
            ("Энерго", "производитель электроэнергии из возобновляемых источников"),
            ("Логистик", "оператор складской и транспортной логистики"),
            ("Софт", "разработчик программного обеспечения для банков"),
        ),
    ),
    "uk": (
        (
            "Про компанію {co}: {co} — {what}, заснована у {fy} році. У компанії працюють понад {emp}"
            " співробітників у {nc} країнах. Штаб-квартира: {city}. Докладніше: www.{dom}.",
        ),
        (("Дніпро", "dnipro"), ("Карпати", "karpaty"), ("Полісся", "polissia"), ("Таврія", "tavria")),
        (
            ("Енерго", "виробник електроенергії з відновлюваних джерел"),
            ("Логістик", "оператор складської та транспортної логістики"),
            ("Софт", "розробник програмного забезпечення для банків"),
        ),
    ),
    "ar": (
        (
            "نبذة عن {co}: تأسست {co} عام {fy} ويقع مقرها الرئيسي في {city}، وهي {what}. ويعمل لدى الشركة"
            " أكثر من {emp} موظف في {nc} دولة. لمزيد من المعلومات: www.{dom}",
        ),
        (("الرواد", "alrowad"), ("النخبة", "alnokhba"), ("الأفق", "alofok"), ("المستقبل", "almustaqbal")),
        (
            (" للطاقة", "شركة رائدة في مجال الطاقة المتجددة"),
            (" للخدمات اللوجستية", "شركة متخصصة في حلول النقل والتخزين"),
            (" للتقنية", "شركة لتطوير البرمجيات المصرفية"),
        ),
    ),
    "hi": (
        (
            "{co} के बारे में: {fy} में स्थापित और {city} में मुख्यालय वाली {co} {what} है। कंपनी में {nc}"
            " देशों में {emp} से अधिक कर्मचारी कार्यरत हैं। अधिक जानकारी के लिए www.{dom} देखें।",
        ),
        (("भारत", "bharat"), ("सूर्या", "surya"), ("गंगा", "ganga"), ("हिमालय", "himalaya")),
        (
            (" एनर्जी लिमिटेड", "नवीकरणीय ऊर्जा क्षेत्र की एक अग्रणी कंपनी"),
            (" लॉजिस्टिक्स", "एक एकीकृत लॉजिस्टिक्स सेवा प्रदाता"),
            (" टेक्नोलॉजीज", "बैंकिंग सॉफ्टवेयर बनाने वाली एक टेक कंपनी"),
        ),
    ),
    "id": (
        (
            "Tentang {co}: {co} didirikan pada {fy} dan berkantor pusat di {city}. Perusahaan ini merupakan"
            " {what} dengan lebih dari {emp} karyawan di {nc} negara. Informasi lebih lanjut: www.{dom}.",
        ),
        (
            ("Nusantara", "nusantara"),
            ("Garuda", "garuda"),
            ("Mahakam", "mahakam"),
            ("Sriwijaya", "sriwijaya"),
        ),
        (
            (" Energi Tbk", "produsen energi terbarukan"),
            (" Logistik", "penyedia layanan logistik terpadu"),
            (" Teknologi", "pengembang perangkat lunak perbankan"),
        ),
    ),
    "vi": (
        (
            "Giới thiệu về {co}: Thành lập năm {fy}, có trụ sở tại {city}, {co} là {what} với hơn {emp} nhân"
            " viên tại {nc} quốc gia. Thông tin chi tiết: www.{dom}.",
        ),
        (
            ("Sông Hồng", "songhong"),
            ("Phương Nam", "phuongnam"),
            ("Trường Sơn", "truongson"),
            ("Hải Vân", "haivan"),
        ),
        (
            (" Energy", "doanh nghiệp sản xuất năng lượng tái tạo"),
            (" Logistics", "đơn vị cung cấp dịch vụ logistics tích hợp"),
            (" Tech", "công ty phát triển phần mềm ngân hàng"),
        ),
    ),
    "zh": (
        (
            "关于{co}：{co}成立于{fy}年，总部位于{city}，是{what}。公司在{nc}个国家拥有{emp}余名员工。了解更"
            "多信息，请访问www.{dom}。",
        ),
        (("华创", "huachuang"), ("远航", "yuanhang"), ("恒信", "hengxin"), ("蓝海", "lanhai")),
        (
            ("新能源股份有限公司", "一家专注于光伏与储能的新能源企业"),
            ("物流集团", "一家综合性供应链物流服务商"),
            ("软件科技有限公司", "一家面向金融机构的软件服务商"),
        ),
    ),
    "ja": (
        (
            "【会社概要】会社名：{co} 所在地：{city} 代表者：代表取締役社長 {boss} 設立：{fy}年"
            " 従業員数：{emp}名 事業内容：{what} URL：https://www.{dom}/",
            "【{co}について】{co}は{fy}年創業、{city}に本社を置く{what}です。{nc}カ国で約{emp}名の従業員を擁"
            "しています。詳細はwww.{dom}をご覧ください。",
        ),
        (("あおば", "aoba"), ("みらい", "mirai"), ("ひかり", "hikari"), ("さくら", "sakura")),
        (
            ("エナジー株式会社", "再生可能エネルギー発電事業"),
            ("ロジスティクス株式会社", "物流・倉庫事業"),
            ("ソフト株式会社", "金融機関向けソフトウェア開発"),
        ),
    ),
    "ko": (
        (
            "■ {co} 개요: {fy}년 설립된 {co}는 {city}에 본사를 둔 {what}다. 현재 {nc}개국에서 {emp}여 명의"
            " 임직원이 근무하고 있다. 웹사이트: www.{dom}",
        ),
        (("한빛", "hanbit"), ("누리", "nuri"), ("미래", "mirae"), ("다온", "daon")),
        (
            ("에너지", "신재생에너지 발전 기업이"),
            ("로지스틱스", "종합 물류 기업이"),
            ("테크", "금융 소프트웨어 개발 기업이"),
        ),
    ),
}


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("ł", "l").replace("ß", "ss"))
    return "".join(c for c in folded if c.isascii() and c.isalnum()).lower()


#: the Latin words a firm's web address spells its sector with, where its name has none
_SECTOR_WORDS = ("energy", "logistics", "tech")
#: the top-level domains a language's firms use
_TLDS = {
    "en": (".com", ".co.uk"),
    "da": (".dk", ".com"),
    "nb": (".no", ".com"),
    "sv": (".se", ".com"),
    "cs": (".cz", ".com"),
    "uk": (".ua", ".com"),
    "ja": (".co.jp", ".jp"),
    "ko": (".co.kr", ".com"),
    "zh": (".cn", ".com.cn"),
    "hi": (".in", ".co.in"),
    "ar": (".sa", ".ae", ".com"),
    "vi": (".vn", ".com.vn"),
}
#: the languages that group a staff count's thousands their own way
_OWN_GROUPING = {"de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "vi"}


def about_company(case: Case, rnd: random.Random) -> str:
    """A press release's "About the company" boilerplate at its end: the firm, its sector, founding year,
    staff, countries, head office and web address."""
    lang = _lang(case, rnd, ABOUT)
    templates, stems, sectors = ABOUT[lang]
    (stem, latin), i = rnd.choice(stems), rnd.randrange(len(sectors))
    suffix, what = sectors[i]
    co = f"{stem}{suffix}"
    word = _ascii(suffix.split()[0]) or _SECTOR_WORDS[i % 3]
    dom = f"{latin}-{word}{rnd.choice(_TLDS.get(lang, (f'.{lang}', '.com')))}"
    staff = rnd.randint(18, 950) * rnd.choice((10, 10, 100))
    return _render(
        rnd.choice(templates),
        co=co,
        CO=co.upper(),
        what=what,
        what_cap=what[:1].upper() + what[1:],
        fy=_the_day(case, rnd).year - rnd.randint(4, 120),
        emp=_n(lang if lang in _OWN_GROUPING else "en", staff),
        nc=rnd.randint(3, 60),
        city=_city(lang, rnd),
        dom=dom,
        boss=_name(lang, rnd),
    )


# ---------------------------------------------------------------- the wire's currency-conversion line (end)
#: language: conversion lines as (template, the rate's value, its places); {r} the rate as the language
#: prints it
CONVERSIONS: dict[str, tuple[tuple[str, float, int], ...]] = {
    "en": (
        ("($1 = {r} euros)", 0.92, 4),
        ("($1 = {r} yen)", 148.0, 4),
        ("($1 = {r} Indian rupees)", 83.1, 4),
        ("(£1 = ${r})", 1.26, 4),
        ("(1 euro = ${r})", 1.08, 4),
        ("($1 = {r} Chinese yuan renminbi)", 7.19, 4),
        ("($1 = {r} Canadian dollars)", 1.35, 4),
        ("($1 = {r} Swedish crowns)", 10.45, 4),
        ("($1 = {r} Australian dollars)", 1.52, 4),
    ),
    "de": (
        ("(1 Dollar = {r} Euro)", 0.92, 4),
        ("(1 Euro = {r} Dollar)", 1.08, 4),
        ("(1 Euro = {r} Franken)", 0.96, 4),
        ("(1 Pfund = {r} Euro)", 1.17, 4),
    ),
    "fr": (
        ("(1 dollar = {r} euro)", 0.92, 4),
        ("(1 euro = {r} dollars)", 1.08, 4),
        ("(1 euro = {r} francs suisses)", 0.96, 4),
    ),
    "es": (
        ("(1 dólar = {r} euros)", 0.92, 4),
        ("(1 dólar = {r} pesos)", 17.05, 4),
        ("(1 euro = {r} dólares)", 1.08, 4),
    ),
    "it": (("(1 dollaro = {r} euro)", 0.92, 4), ("(1 euro = {r} dollari)", 1.08, 4)),
    "pt": (
        ("(1 dólar = {r} reais)", 4.97, 4),
        ("(1 euro = {r} dólares)", 1.08, 4),
        ("(1 dólar = {r} euros)", 0.92, 4),
    ),
    "nl": (("(1 dollar = {r} euro)", 0.92, 4), ("(1 euro = {r} dollar)", 1.08, 4)),
    "sv": (("(1 dollar = {r} kronor)", 10.45, 4), ("(1 euro = {r} kronor)", 11.3, 4)),
    "da": (("(1 dollar = {r} danske kroner)", 6.88, 4), ("(1 euro = {r} kroner)", 7.46, 4)),
    "nb": (("(1 dollar = {r} norske kroner)", 10.6, 4), ("(1 euro = {r} kroner)", 11.5, 4)),
    "fi": (("(1 dollari = {r} euroa)", 0.92, 4), ("(1 euro = {r} dollaria)", 1.08, 4)),
    "pl": (("(1 USD = {r} PLN)", 3.97, 4), ("(1 EUR = {r} zł)", 4.31, 4)),
    "cs": (("(1 USD = {r} Kč)", 23.1, 2), ("(1 EUR = {r} Kč)", 25.1, 2)),
    "tr": (("(1 ABD doları = {r} TL)", 32.1, 4), ("($1 = {r} TL)", 32.1, 4)),
    "ru": (("(1 доллар = {r} рубля)", 91.5, 4), ("(1 евро = {r} рубля)", 99.2, 4)),
    "uk": (("(1 долар = {r} грн)", 38.2, 2), ("(1 євро = {r} грн)", 41.3, 2)),
    "ar": (
        ("(الدولار = {r} جنيه مصري)", 30.9, 4),
        ("(الدولار = {r} ريال)", 3.75, 4),
        ("(الدولار = {r} درهم)", 3.6725, 4),
    ),
    "hi": (("(1 डॉलर = {r} रुपये)", 83.1, 2),),
    "id": (("(US$1 = Rp{r})", 15650.0, 0), ("(1 dolar AS = Rp{r})", 15650.0, 0)),
    "vi": (("(1 USD = {r} đồng)", 24650.0, 0), ("(1 USD = {r} VND)", 24650.0, 0)),
    "zh": (("(1美元={r}人民币)", 7.19, 4), ("(1美元={r}日圆)", 148.0, 2), ("(1美元={r}港元)", 7.82, 4)),
    "ja": (
        ("（1ドル＝{r}円）", 148.0, 2),
        ("（1ユーロ＝{r}ドル）", 1.08, 4),
        ("（1ユーロ＝{r}円）", 160.0, 2),
    ),
    "ko": (("(1달러={r}원)", 1330.0, 2), ("(1유로={r}원)", 1440.0, 2)),
}


def currency_line(case: Case, rnd: random.Random) -> str:
    """The wire's currency-conversion line under a story quoting sums in a foreign currency ("($1 = 0.9154
    euros)", "(1 Dollar = 0,9154 Euro)", "（1ドル＝149.85円）")."""
    lang = _lang(case, rnd, CONVERSIONS)
    template, value, places = rnd.choice(CONVERSIONS[lang])
    rate = value * rnd.uniform(0.9, 1.1)
    if places == 0:
        text = _n(lang, int(rate // 5 * 5))
    elif lang in {"en", "zh", "ja", "ko", "hi", "ar"}:
        text = f"{rate:,.{places}f}"
    else:
        text = _dec(lang, rate, places)
    return template.format(r=text)


# ---------------------------------------------------------------- a reader call-in with experts (end)
#: language: (templates, experts, topics); {ex} {topic} {phone} {mail} {h1}-{h2} hours, the day's parts
CALL_INS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Ask the experts: {ex} will answer readers' questions about {topic} in a live Q&A on {Wd}, {mon}"
            " {d}, from {h1}pm. Post your questions in the comments below or email them to {mail}.",
            "Reader call-in: Have a question about {topic}? {ex} will take your calls on {phone} between"
            " {h1}pm and {h2}pm on {Wd} {d} {mon}.",
        ),
        (
            "our panel of pension advisers",
            "two tax experts",
            "a consultant cardiologist",
            "our property lawyer",
        ),
        ("pensions", "self-assessment tax returns", "heart health", "renting and your rights"),
    ),
    "de": (
        (
            "Telefonaktion: Am {wd}, {d}. {mon}, beantworten {ex} von {h1} bis {h2} Uhr Ihre Fragen zum"
            " Thema {topic}. Rufen Sie an: {phone}. Der Anruf ist für Sie kostenlos.",
            "Leserforum am Telefon: {ex} stehen am {wd}, {dd}.{mm}., zwischen {h1} und {h2} Uhr unter"
            " {phone} für Ihre Fragen rund um {topic} bereit.",
        ),
        (
            "Fachanwälte für Erbrecht",
            "Ärztinnen und Ärzte des Klinikums",
            "Steuerberater",
            "Experten der Verbraucherzentrale",
        ),
        ("Erben und Vererben", "Rente", "Steuererklärung", "Pflege", "Heizungstausch"),
    ),
    "fr": (
        (
            "Tchat : posez vos questions sur {topic} à {ex}, {wd} {d} {mon} à partir de {h1} h. Envoyez-les"
            " dès maintenant via le formulaire ci-dessous.",
            "Permanence téléphonique : {ex} répondront à vos questions sur {topic} le {wd} {d} {mon}, de"
            " {h1} h à {h2} h, au {phone}.",
        ),
        ("des notaires de la chambre départementale", "des conseillers de l'Adil", "nos experts fiscalité"),
        ("la succession", "la déclaration de revenus", "la rénovation énergétique", "la retraite"),
    ),
    "es": (
        (
            "Encuentro digital: {ex} responderán a las preguntas de los lectores sobre {topic} el {wd} {d}"
            " de {mon} a las {h1}.00 horas. Envíe ya sus preguntas.",
        ),
        ("dos asesores fiscales", "una abogada laboralista y un gestor", "especialistas del hospital"),
        ("la declaración de la renta", "las pensiones", "el alquiler", "las herencias"),
    ),
    "it": (
        (
            "Filo diretto con i lettori: {wd} {d} {mon}, dalle {h1} alle {h2}, {ex} risponderanno alle"
            " vostre domande su {topic}. Telefonate al {phone}.",
        ),
        ("i commercialisti dell'Ordine", "i medici dell'Asl", "gli esperti del patronato"),
        ("dichiarazione dei redditi", "pensioni", "bonus casa", "successioni"),
    ),
    "pt": (
        (
            "Consultório: {ex} respondem às suas perguntas sobre {topic} na {wd}, {d} de {mon}, entre as"
            " {h1}h e as {h2}h, pelo telefone {phone}.",
        ),
        ("especialistas da Deco", "advogados da Ordem", "consultores fiscais"),
        ("o IRS", "as pensões", "o arrendamento", "as heranças"),
    ),
    "nl": (
        (
            "Vragenuur: Heeft u vragen over {topic}? Op {wd} {d} {mon} beantwoorden {ex} tussen {h1}.00 en"
            " {h2}.00 uur uw vragen via {phone}.",
        ),
        ("notarissen", "belastingadviseurs", "specialisten van het ziekenhuis"),
        ("erven en schenken", "de belastingaangifte", "uw pensioen", "huurrecht"),
    ),
    "sv": (
        (
            "Chatt: Ställ dina frågor om {topic} till {ex} på {wd} den {d} {mon} klockan {h1}. Du kan skicka"
            " in frågor redan nu.",
        ),
        ("vår privatekonom", "en skatteexpert", "en läkare"),
        ("pensionen", "deklarationen", "elpriserna", "bostadslånet"),
    ),
    "da": (
        (
            "Spørg eksperten: {ex} svarer på læsernes spørgsmål om {topic} {wd} den {d}. {mon} kl. {h1}-{h2}"
            " på telefon {phone}.",
        ),
        ("en advokat", "en skatterådgiver", "en læge"),
        ("arv og testamente", "selvangivelsen", "pension"),
    ),
    "nb": (
        (
            "Spør ekspertene: {ex} svarer på spørsmål om {topic} i nettmøte {wd} {d}. {mon} klokken {h1}."
            " Send inn spørsmål allerede nå.",
        ),
        ("vår forbrukerøkonom", "en advokat", "en lege"),
        ("skattemeldingen", "arv", "strømstøtte", "pensjon"),
    ),
    "fi": (
        (
            "Kysy asiantuntijalta: {ex} vastaa lukijoiden kysymyksiin aiheesta {topic} {wd}na {d}.{m}. klo"
            " {h1}–{h2} numerossa {phone}.",
        ),
        ("lakimies", "veroasiantuntija", "lääkäri"),
        ("perintö", "verotus", "eläke"),
    ),
    "pl": (
        (
            "Dyżur telefoniczny: {d} {mon} w godz. {h1}–{h2} {ex} odpowiedzą na pytania czytelników"
            " dotyczące {topic}. Tel. {phone}.",
        ),
        ("eksperci ZUS", "doradcy podatkowi", "lekarze"),
        ("emerytur", "rozliczenia PIT", "spadków"),
    ),
    "cs": (
        (
            "Poradna po telefonu: {d}. {m}. od {h1} do {h2} hodin odpovídají {ex} na dotazy čtenářů k tématu"
            " {topic}. Volejte {phone}.",
        ),
        ("odborníci ČSSZ", "daňoví poradci", "lékaři"),
        ("důchody", "daňové přiznání", "dědictví"),
    ),
    "tr": (
        (
            "Okur hattı: {topic} ile ilgili sorularınızı {d} {mon} {wd} günü saat {h1}.00–{h2}.00 arasında"
            " {ex} yanıtlayacak. Tel: {phone}",
        ),
        ("SGK uzmanları", "mali müşavirler", "doktorlar"),
        ("emeklilik", "vergi beyannamesi", "kira artışı"),
    ),
    "ru": (
        (
            "Прямая линия: {d} {mon} с {h1} до {h2} часов {ex} ответят на вопросы читателей о {topic}."
            " Звоните по телефону {phone}.",
        ),
        ("специалисты Социального фонда", "налоговые консультанты", "врачи областной больницы"),
        ("пенсиях", "налоговых вычетах", "наследстве"),
    ),
    "uk": (
        (
            "Пряма лінія: {d} {mon} з {h1}:00 до {h2}:00 {ex} відповідатимуть на запитання читачів щодо"
            " {topic}. Телефонуйте: {phone}.",
        ),
        ("фахівці Пенсійного фонду", "юристи", "лікарі"),
        ("пенсій", "субсидій", "спадщини"),
    ),
    "ar": (
        (
            "خط مباشر مع القراء: يجيب {ex} عن أسئلتكم حول {topic} يوم {wd} {d} {mon} من الساعة {h1} حتى"
            " الساعة {h2} على الرقم {phone}.",
        ),
        ("خبراء الضرائب", "أطباء المستشفى الجامعي", "محامون متخصصون"),
        ("الإقرارات الضريبية", "التأمينات الاجتماعية", "الإيجارات"),
    ),
    "hi": (
        (
            "पाठकों के सवाल, विशेषज्ञों के जवाब: {topic} से जुड़े सवालों के जवाब {d} {mon} को दोपहर {h1} से"
            " {h2} बजे तक {ex} देंगे। फोन करें: {phone}",
        ),
        ("कर विशेषज्ञ", "वरिष्ठ चिकित्सक", "बैंक अधिकारी"),
        ("आयकर रिटर्न", "पेंशन", "स्वास्थ्य बीमा"),
    ),
    "id": (
        (
            "Konsultasi pembaca: {ex} akan menjawab pertanyaan seputar {topic} pada {wd}, {d} {mon}, pukul"
            " {h1}.00–{h2}.00 WIB. Hubungi {phone}.",
        ),
        ("konsultan pajak", "dokter spesialis", "petugas BPJS"),
        ("SPT tahunan", "BPJS Kesehatan", "warisan"),
    ),
    "vi": (
        (
            "Giao lưu trực tuyến: {ex} sẽ trả lời câu hỏi của bạn đọc về {topic} vào lúc {h1}h ngày {d}/{m}."
            " Bạn đọc gửi câu hỏi ngay từ bây giờ.",
        ),
        ("luật sư", "chuyên gia thuế", "bác sĩ"),
        ("thuế thu nhập cá nhân", "bảo hiểm xã hội", "thừa kế"),
    ),
    "zh": (
        (
            "读者热线：{m}月{d}日{h1}:00—{h2}:00，{ex}将做客本报热线，解答读者关于{topic}的问题。热线电话："
            "{phone}",
        ),
        ("社保专家", "税务专家", "三甲医院医生"),
        ("养老保险", "个税汇算", "医保报销"),
    ),
    "ja": (
        (
            "電話相談のお知らせ：{m}月{d}日（{wd}）午後{h1}時～{h2}時、{ex}が{topic}に関する読者の相談に応じ"
            "ます。電話 {phone}",
        ),
        ("税理士", "弁護士", "社会保険労務士"),
        ("相続", "確定申告", "年金"),
    ),
    "ko": (
        (
            "독자 상담: {m}월 {d}일({wd}) 오후 {h1}시부터 {h2}시까지 {ex}가 {topic} 관련 독자 질문에"
            " 답합니다. 전화 {phone}",
        ),
        ("세무사", "변호사", "전문의"),
        ("연말정산", "상속", "국민연금"),
    ),
}


def call_in(case: Case, rnd: random.Random) -> str:
    """A reader call-in, phone hour or live Q&A with experts on a day to come."""
    lang = _lang(case, rnd, CALL_INS)
    templates, experts, topics = CALL_INS[lang]
    afternoon = lang in {"en", "hi", "ja", "ko"}
    h1 = rnd.randint(1, 4) if afternoon else rnd.randint(9, 16)
    host = _site_names(case)[0]
    return _render(
        rnd.choice(templates),
        ex=rnd.choice(experts),
        topic=rnd.choice(topics),
        phone=_phone(lang, rnd),
        mail=f"{rnd.choice(('askus', 'questions', 'money', 'health'))}{rnd.randint(2, 99)}@{host}",
        h1=h1,
        h2=h1 + rnd.randint(1, 3),
        **_dated(lang, day=_the_day(case, rnd, (1, 12))),
    )


# ---------------------------------------------------------------- defects in other fields
#: screenshot file names as a language's desktop names them; the day's and the clock's parts
SCREENSHOTS = {
    "en": ("Screenshot {y}-{mm}-{dd} at {h12}.{mi}.{ss} {AP}", "Screenshot {y}-{mm}-{dd} {hh}{mi}{ss}"),
    "de": ("Bildschirmfoto {y}-{mm}-{dd} um {hh}.{mi}.{ss}", "Screenshot {y}-{mm}-{dd} {hh}{mi}{ss}"),
    "fr": ("Capture d’écran {y}-{mm}-{dd} à {hh}.{mi}.{ss}",),
    "es": ("Captura de pantalla {y}-{mm}-{dd} a las {hh}.{mi}.{ss}",),
    "it": ("Screenshot {y}-{mm}-{dd} alle {hh}.{mi}.{ss}",),
    "pt": ("Captura de Tela {y}-{mm}-{dd} às {hh}.{mi}.{ss}",),
    "nl": ("Schermafbeelding {y}-{mm}-{dd} om {hh}.{mi}.{ss}",),
    "sv": ("Skärmavbild {y}-{mm}-{dd} kl. {hh}.{mi}.{ss}",),
    "da": ("Skærmbillede {y}-{mm}-{dd} kl. {hh}.{mi}.{ss}",),
    "nb": ("Skjermbilde {y}-{mm}-{dd} kl. {hh}.{mi}.{ss}",),
    "fi": ("Näyttökuva {y}-{mm}-{dd} kello {hh}.{mi}.{ss}",),
    "pl": ("Zrzut ekranu {y}-{mm}-{dd} o {hh}.{mi}.{ss}",),
    "cs": ("Snímek obrazovky {y}-{mm}-{dd} v {hh}.{mi}.{ss}",),
    "tr": ("Ekran Resmi {y}-{mm}-{dd} {hh}.{mi}.{ss}",),
    "ru": ("Снимок экрана {y}-{mm}-{dd} в {hh}.{mi}.{ss}",),
    "uk": ("Знімок екрана {y}-{mm}-{dd} о {hh}.{mi}.{ss}",),
    "ja": ("スクリーンショット {y}-{mm}-{dd} {hh}.{mi}.{ss}",),
    "zh": ("截屏{y}-{mm}-{dd} {hh}.{mi}.{ss}",),
    "ko": ("스크린샷 {y}-{mm}-{dd} 오후 {h12}.{mi}.{ss}",),
}
#: the names cameras, phones, messengers, picture agencies and stock libraries give their files (# a digit,
#: @ a capital); the day's and the clock's parts
FILE_NAMES = (
    "IMG_{y}{mm}{dd}_{hh}{mi}{ss}",
    "IMG_####",
    "DSC_####",
    "DSC0####",
    "P10#####",
    "_MG_####",
    "DJI_0###",
    "PXL_{y}{mm}{dd}_{hh}{mi}{ss}###",
    "WhatsApp Image {y}-{mm}-{dd} at {hh}.{mi}.{ss}",
    "WhatsApp Image {y}-{mm}-{dd} at {hh}.{mi}.{ss} (1)",
    "GettyImages-1#########",
    "shutterstock_2#########",
    "AdobeStock_#########",
    "iStock-1#########",
    "AP{y2}{doy}#########",
    "000_3@@#@@",
    "{y}-{mm}-{dd}T{hh}{mi}{ss}Z_1_LYNXMPE@#@0@@_RTROPTP_4_@@@@@-@@@@@",
    "dpa_5F9A{hex}",
)
#: the extensions a file name keeps where the CMS leaves them
_EXTENSIONS = (".jpg", ".jpeg", ".JPG", ".png", ".webp")


def _wordpress(name: str) -> str:
    """``name`` as WordPress sanitizes an upload's name into its slug (lower case, hyphens for the rest)."""
    return re.sub(r"[^a-z0-9_]+", "-", name.lower()).strip("-")


def file_name_title(case: Case, rnd: random.Random) -> Case | None:
    """An uploaded picture's file name as the title, as a CMS's attachment page gives it"
    " ("IMG_20240312_091533",
    "GettyImages-1801234567", "Bildschirmfoto 2024-03-12 um 09.15.33"): taken a few hours to weeks before the
    page's own day."""
    if not str(case.record.get("title") or "").strip():
        return None
    day = _the_day(case, rnd, (-30, 0))
    clock = _clock(rnd, 6, 22)
    parts = {
        **_parts("en", day),
        **clock,
        "ss": f"{rnd.randrange(60):02d}",
        "AP": str(clock["ap"]).upper(),
        "doy": f"{day.timetuple().tm_yday:03d}",
        "hex": "".join(rnd.choice("0123456789ABCDEF") for _ in range(12)),
    }
    lang = _record_lang(case)
    if rnd.random() < 0.3:
        shots = SCREENSHOTS.get(lang) or SCREENSHOTS["en"]
        name = rnd.choice(shots).format(**parts)
    else:
        name = _model(_digits(rnd, rnd.choice(FILE_NAMES).format(**parts)), rnd)
    style = rnd.random()
    if style < 0.25:
        name += rnd.choice(_EXTENSIONS)
    elif style < 0.5:
        name = _wordpress(name)
    return _with(case, title=name)


def exif_date(case: Case, rnd: random.Random) -> Case | None:
    """The lead photo's EXIF capture time as the date, in EXIF's own form with colons in the day
    ("2024:03:10 14:22:05", exiftool's "+01:00" after it some of the time): hours to years before the page's
    own day."""
    when = _published(case)
    if when is None:
        return None
    back = rnd.choice(
        (
            timedelta(hours=rnd.randint(1, 20)),
            timedelta(days=rnd.randint(1, 6)),
            timedelta(days=rnd.randint(7, 60)),
            timedelta(days=rnd.randint(180, 2500)),
        )
    )
    shot = when - back - timedelta(seconds=rnd.randrange(3600))
    stamp = shot.strftime("%Y:%m:%d %H:%M:%S")
    if rnd.random() < 0.3:
        zone = shot.strftime("%z") or "+0000"
        stamp += f"{zone[:3]}:{zone[3:]}"
    return _with(case, published=stamp)


#: the day a spreadsheet's serial day numbers count from (the 1900 system, with its leap-year bug)
_SHEET_EPOCH = datetime(1899, 12, 30)


def serial_date(case: Case, rnd: random.Random) -> Case | None:
    """The date as a spreadsheet's serial day number, as a CMS fed from a sheet or its CSV export keeps it
    ("45363", "45363.604166667", "45363,6")."""
    when = _published(case)
    if when is None:
        return None
    local = datetime.combine(when.date(), time(when.hour, when.minute))
    serial = (local - _SHEET_EPOCH).total_seconds() / 86400
    style = rnd.random()
    if style < 0.4:
        text = str(int(serial))
    elif style < 0.8:
        text = f"{serial:.9f}".rstrip("0").rstrip(".")
    else:
        text = f"{serial:.{rnd.choice((1, 2, 8))}f}".replace(".", ",")
    return _with(case, published=text)


#: language: (credits, sponsors); {s} the sponsor, {inn} a Russian taxpayer number
SPONSORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Sponsored by {s}",
            "Presented by {s}",
            "Paid Post by {s}",
            "In partnership with {s}",
            "Brought to you by {s}",
        ),
        ("Barclays", "Visit Scotland", "Toyota", "Vodafone", "Unilever", "American Express"),
    ),
    "de": (
        (
            "Präsentiert von {s}",
            "Gesponsert von {s}",
            "Anzeige – in Kooperation mit {s}",
            "Ein Angebot von {s}",
        ),
        ("Sparkasse", "Deutsche Telekom", "Volkswagen", "AOK", "Lidl", "E.ON"),
    ),
    "fr": (
        ("Présenté par {s}", "Contenu sponsorisé par {s}", "En partenariat avec {s}", "Proposé par {s}"),
        ("Crédit Agricole", "Renault", "Orange", "EDF", "Decathlon", "Leroy Merlin"),
    ),
    "es": (
        (
            "Patrocinado por {s}",
            "Contenido ofrecido por {s}",
            "En colaboración con {s}",
            "Presentado por {s}",
        ),
        ("Banco Santander", "Iberdrola", "Repsol", "Mapfre", "Telefónica", "Seat"),
    ),
    "it": (
        (
            "In collaborazione con {s}",
            "Sponsorizzato da {s}",
            "Contenuto offerto da {s}",
            "Presentato da {s}",
        ),
        ("Enel", "Intesa Sanpaolo", "Fiat", "Barilla", "Generali", "Tim"),
    ),
    "pt": (
        ("Patrocinado por {s}", "Oferecido por {s}", "Em parceria com {s}", "Conteúdo de marca: {s}"),
        ("Millennium bcp", "Galp", "NOS", "Continente", "EDP", "Vodafone"),
    ),
    "nl": (
        (
            "Mogelijk gemaakt door {s}",
            "Gesponsord door {s}",
            "In samenwerking met {s}",
            "Aangeboden door {s}",
        ),
        ("ING", "Rabobank", "Albert Heijn", "KPN", "Eneco", "NS"),
    ),
    "sv": (
        ("I samarbete med {s}", "Annons från {s}", "Sponsrat av {s}", "Presenteras av {s}"),
        ("Swedbank", "ICA", "Volvo", "Telia", "Vattenfall", "IKEA"),
    ),
    "da": (
        ("I samarbejde med {s}", "Annoncørbetalt indhold fra {s}", "Sponsoreret af {s}"),
        ("Danske Bank", "Carlsberg", "Novo Nordisk", "TDC", "Salling Group"),
    ),
    "nb": (
        ("Annonsørinnhold fra {s}", "I samarbeid med {s}", "Sponset av {s}"),
        ("DNB", "Telenor", "Equinor", "Rema 1000", "Norwegian"),
    ),
    "fi": (
        ("Kaupallinen yhteistyö: {s}", "Mainos: {s}", "Yhteistyössä: {s}"),
        ("OP", "Nordea", "Elisa", "Fazer", "Fortum", "Kesko"),
    ),
    "pl": (
        ("Materiał partnera: {s}", "Materiał sponsorowany: {s}", "Partnerem materiału jest {s}"),
        ("PKO Bank Polski", "Orlen", "Allegro", "Biedronka", "PZU", "Play"),
    ),
    "cs": (
        ("Komerční sdělení: {s}", "Partnerem článku je {s}", "Obsah partnera: {s}"),
        ("Česká spořitelna", "ČEZ", "Škoda Auto", "O2", "Kaufland", "Alza.cz"),
    ),
    "tr": (
        ("{s} iş birliğiyle", "Sponsorlu içerik: {s}", "{s} katkılarıyla"),
        ("Garanti BBVA", "Turkcell", "Arçelik", "Türk Hava Yolları", "Migros"),
    ),
    "ru": (
        ("Реклама. ООО «{s}», ИНН {inn}", "Партнёрский материал: {s}", "При поддержке компании «{s}»"),
        ("Сбер", "Яндекс", "МТС", "Пятёрочка", "Т-Банк", "Ozon"),
    ),
    "uk": (
        ("Партнерський матеріал: {s}", "Спецпроєкт: {s}", "На правах реклами: {s}"),
        ("ПриватБанк", "Київстар", "Нова пошта", "Сільпо", "monobank"),
    ),
    "ar": (
        ("برعاية {s}", "محتوى مدفوع من {s}", "بالتعاون مع {s}"),
        ("بنك الإمارات دبي الوطني", "أرامكو", "الاتصالات السعودية", "طيران الإمارات", "بنك مصر"),
    ),
    "hi": (
        ("{s} द्वारा प्रायोजित", "{s} के सहयोग से", "प्रस्तुति: {s}"),
        ("एसबीआई", "टाटा मोटर्स", "रिलायंस जियो", "एयरटेल", "एलआईसी"),
    ),
    "id": (
        ("Konten ini hasil kerja sama dengan {s}", "Advertorial: {s}", "Dipersembahkan oleh {s}"),
        ("Bank Mandiri", "Telkomsel", "Pertamina", "BCA", "Indomaret"),
    ),
    "vi": (
        ("Nội dung được tài trợ bởi {s}", "Bài viết hợp tác cùng {s}", "Thông tin do {s} cung cấp"),
        ("Vietcombank", "Viettel", "Vinamilk", "VinFast", "Techcombank"),
    ),
    "zh": (("本文由{s}赞助", "品牌合作：{s}", "{s}特约"), ("招商银行", "中国移动", "华为", "比亚迪", "美团")),
    "ja": (
        ("提供：{s}", "PR：{s}", "Sponsored by {s}", "協力：{s}"),
        ("トヨタ自動車", "三井住友銀行", "NTTドコモ", "サントリー", "JR東日本"),
    ),
    "ko": (
        ("{s} 후원", "제공: {s}", "[애드버토리얼] {s}"),
        ("삼성전자", "현대자동차", "SK텔레콤", "KB국민은행", "롯데"),
    ),
}


def sponsor_author(case: Case, rnd: random.Random) -> Case | None:
    """A sponsor's credit of a paid or partner piece taken as an author entry, beside the writer's name or in
    its place ("Presented by ...", "Präsentiert von ...", "Реклама. ООО «...», ИНН ...", "提供：...")."""
    lang = _record_lang(case)
    if lang not in SPONSORS or (lang != "en" and rnd.random() < 0.2):
        lang = "en" if rnd.random() < 0.5 else rnd.choice(sorted(SPONSORS))
    templates, sponsors = SPONSORS[lang]
    credit = rnd.choice(templates).format(s=rnd.choice(sponsors), inn=_digits(rnd, "77########"))
    authors = [str(a) for a in case.record.get("authors") or [] if str(a).strip()]
    if authors and rnd.random() < 0.6:
        return _with(case, authors=[*authors, credit])
    return _with(case, authors=[credit])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return record_only(placed(once_for(make), where))

    lines: dict[str, Defect] = {
        "broadcast interview's transcript note (start)": line(transcript_note, "start"),
        "counter-statement under a right of reply or a press council's ruling (start)": line(
            counter_statement, "start"
        ),
        "early or postal voting service box (start)": line(voting_box, "start"),
        "advertised appliance's energy label line (middle)": line(energy_label, "middle"),
        "supermarket flyers widget (middle)": line(flyers_widget, "middle"),
        "previous day's TV ratings box (middle)": line(tv_ratings, "middle"),
        "press release's 'About the company' boilerplate (end)": line(about_company, "end"),
        "wire's currency-conversion line (end)": line(currency_line, "end"),
        "reader call-in with experts (end)": line(call_in, "end"),
    }
    fields: Kinds = {
        "an uploaded picture's file name as the title": (record_only(file_name_title), TITLE_CHECKS),
        "the lead photo's EXIF capture time as the date": (record_only(exif_date), DATE_CHECKS),
        "the date as a spreadsheet's serial day number": (record_only(serial_date), DATE_CHECKS),
        "a sponsor's credit as an author entry": (record_only(sponsor_author), AUTHOR_CHECKS),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-seventh set)",
        "twenty-seventh blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
