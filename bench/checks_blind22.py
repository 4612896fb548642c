"""A twenty-second blind set for issue 9, written by a helper whose lines the lead did not see, committed
unread and run once: its first run is the held-out number of the code it ran on, and no rule is to be
written from it before it is run. The earlier sets' kinds were listed first and none of these is among them:

* lines in the body, each from a notice, widget, box or piece of page furniture of a real news template or
  of the wire copy a site republishes, with its variable parts (embargo dates, hours and time zones,
  word counts, reading and video lengths, wire services' slugs, story numbers, priorities and desks, the
  record's own site and address with the moment the print view was made, cameras, lenses, focal lengths,
  apertures, shutter speeds and ISO values, hiking routes with their lengths, durations, climbs and grades,
  glossary terms and their definitions, fire and police call-outs with their times and streets, courts,
  courtrooms, hearings and case numbers, dictionary words with their parts of speech and definitions)
  drawn per record so that no two records share a line: at the start a wire or press release's embargo
  line ("Sperrfrist: Dienstag, 14. Mai 2024, 00:01 Uhr", "EMBARGOED UNTIL 00:01 BST ...", "보도시점:
  ..."), the link to the article's easy-to-read or sign-language version ("Diesen Text gibt es auch in
  Leichter Sprache", "Lue tämä uutinen selkosuomeksi", "やさしい日本語で読む"), a news agency's
  transmission header ("bdt0412 4 pl 389 dpa 0716", "BC-EU--Germany-Budget,1st Ld-Writethru,0512",
  "ZCZC0347/SXA ...") and the print view's header with the site, the address and the moment it was printed
  ("Printed from example.com on May 14, 2024 ...", "Gedruckt am ... von ..."); in the middle a photo's
  EXIF line ("Kamera: Nikon Z9 · Objektiv: ... · Blende f/2.8 · 1/1000 s · ISO 800"), a hiking-route
  embed's data ("Tourdaten: ... · Strecke 12,4 km · Dauer 4:15 h · Aufstieg 620 hm ...") and a glossary
  tooltip's definition card ("Glossar: Leitzins – Der Leitzins ist der Zinssatz, zu dem ..."); and at the
  end a fire and police call-out feed ("Einsätze der Feuerwehr Ulm heute: 09:14 Uhr Brandmeldeanlage,
  ...", "P2000 Breda: ...", "災害情報 ..."), a local court's calendar of hearings ("Gerichtstermine der
  Woche: ... Amtsgericht ..., Saal 2 ... (Az. ...)", "Wokanda ...") and a dictionary's word of the day
  ("Wort des Tages ...", "आज का शब्द ...", "今日の言葉 ..."), in English, German, French, Spanish, Italian,
  Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish, Russian, Ukrainian,
  Greek, Hebrew, Arabic, Hindi, Thai, Chinese, Japanese and Korean: in the record's own language where
  :func:`blind_run.guess_language` reads one other than English and the kind has it, and otherwise drawn
  (English one time in three on a record read as English);
* defects in other fields: the headline percent-encoded as a share link's query carries it, taken as the
  title ("Stadtrat%20beschlie%C3%9Ft%20...", "Stadtrat+beschlie%C3%9Ft+..."), the date as a script's
  ``Date.toString()`` wrote it into the page ("Tue May 14 2024 09:31:00 GMT+0200 (Mitteleuropäische
  Sommerzeit)"), and the author's name with the initials of the avatar the byline block draws for an
  author with no photo run into it ("JMJane Miller", "JM Jane Miller").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind22.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

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
from checks_blind21 import CITIES, PEOPLE, _lang, _record_day
from checks_defects import Case, Defect, _with, record_only


# ---------------------------------------------------------------- drawing helpers
def _render(template: str, **parts: Any) -> str:
    """``template`` filled in; a template starting with ``^`` is set in capitals, as some feeds print it."""
    if template.startswith("^"):
        return template[1:].format(**parts).upper()
    return template.format(**parts)


def _clock(rnd: random.Random, first: int = 0, last: int = 23) -> dict[str, str | int]:
    """An hour and minute: ``hh``/``mi`` zero-padded, ``h`` bare, ``h12`` with ``ap`` (a.m./p.m.)."""
    hour, minute = rnd.randint(first, last), rnd.randrange(60)
    return {
        "hh": f"{hour:02d}",
        "h": hour,
        "mi": f"{minute:02d}",
        "ss": f"{rnd.randrange(60):02d}",
        "h12": hour % 12 or 12,
        "ap": "a.m." if hour < 12 else "p.m.",
    }


def _when(
    case: Case,
    rnd: random.Random,
    lang: str,
    after: tuple[int, int] = (0, 0),
    clock: dict[str, str | int] | None = None,
    workday: bool = False,
) -> dict[str, Any]:
    """The record's own day (or a drawn one), moved ``after`` days on (to the next weekday if ``workday``),
    as a template in ``lang`` asks for it, with an hour of the day (``clock``, or one drawn)."""
    day = _record_day(case) or _day(rnd, date(2016, 1, 1), 3000)
    day += timedelta(days=rnd.randint(*after))
    while workday and day.weekday() >= 5:
        day += timedelta(days=1)
    return {**_date_kw(lang, day), **(clock or _clock(rnd))}


def _set_clock(hour: int, minute: int) -> dict[str, str | int]:
    """The parts of a given hour and minute, as :func:`_clock` draws them."""
    return {
        "hh": f"{hour:02d}",
        "h": hour,
        "mi": f"{minute:02d}",
        "ss": "00",
        "h12": hour % 12 or 12,
        "ap": "a.m." if hour < 12 else "p.m.",
    }


def _pick(table: Mapping[str, Sequence[str]], case: Case, rnd: random.Random) -> tuple[str, str]:
    lang = _lang(case, rnd, table)
    return lang, rnd.choice(table[lang])


# ---------------------------------------------------------------- an embargo line (start)
EMBARGO_TZ = ("BST", "GMT", "CET", "ET", "EDT", "AEST", "CEST")
#: language: templates; the date's parts, {hh}:{mi} the hour, {tz} a zone, {ap} a.m./p.m.
EMBARGOES = {
    "en": (
        "^Embargoed until {hh}:{mi} {tz} {wd} {d} {mon} {y}",
        "Embargoed until {h12}:{mi} {ap} {tz}, {wd}, {mon} {d}, {y}",
        "*** EMBARGO: Not for publication or broadcast before {hh}:{mi} {tz} on {wd} {d} {mon} {y} ***",
        "STRICTLY EMBARGOED: {hh}.{mi} {tz} {dd}/{mm}/{y}",
        "Under embargo until {mon} {d}, {y} at {h12}:{mi} {ap} {tz} - not for release before that time",
    ),
    "de": (
        "Sperrfrist: {wd}, {d}. {mon} {y}, {hh}:{mi} Uhr",
        "^Sperrfrist {dd}.{mm}.{y} {hh}.{mi} Uhr",
        "Achtung Redaktionen: Sperrfrist bis {wd}, {dd}.{mm}., {hh}:{mi} Uhr! Bitte beachten Sie die"
        " Sperrfrist.",
        "Sperrfrist {wd}, {dd}.{mm}.{y}, {hh}:{mi} Uhr – Veröffentlichung nicht vor diesem Zeitpunkt",
    ),
    "fr": (
        "^Embargo jusqu'au {wd} {d} {mon} {y} à {hh}h{mi}",
        "Sous embargo jusqu'au {dd}/{mm}/{y}, {hh}h{mi} (heure de Paris)",
        "EMBARGO : ne pas diffuser avant le {wd} {d} {mon}, {hh} h {mi}",
    ),
    "es": (
        "^Embargado hasta las {hh}:{mi} horas del {d} de {mon} de {y}",
        "Embargo: no publicar antes de las {hh}.{mi} h del {wd} {d} de {mon}",
    ),
    "it": (
        "EMBARGO FINO ALLE ORE {hh}:{mi} DEL {dd}/{mm}/{y}",
        "Embargo: ore {hh}.{mi} di {wd} {d} {mon} {y}",
    ),
    "pt": (
        "EMBARGADO ATÉ {dd}/{mm}/{y}, ÀS {hh}H{mi}",
        "Embargo: divulgação permitida a partir das {hh}h{mi} de {d} de {mon} de {y}",
    ),
    "nl": (
        "^Embargo tot {wd} {d} {mon} {y}, {hh}.{mi} uur",
        "Onder embargo tot {dd}-{mm}-{y} {hh}:{mi} uur",
    ),
    "sv": (
        "Embargo till {wd} {d} {mon} {y} kl. {hh}.{mi}",
        "EMBARGO: Får ej publiceras före {dd}/{mm} kl {hh}.{mi}",
    ),
    "da": ("Embargo: Må ikke offentliggøres før den {d}. {mon} {y} kl. {hh}.{mi}",),
    "pl": ("Embargo do {d} {mon} {y}, godz. {hh}:{mi}", "EMBARGO DO {dd}.{mm}.{y} DO GODZ. {hh}:{mi}"),
    "ru": ("Эмбарго до {hh}:{mi} мск {d} {mon} {y} г.", "ПОД ЭМБАРГО ДО {dd}.{mm}.{y} {hh}:{mi}"),
    "uk": ("Ембарго до {hh}:{mi} {d} {mon} {y} року",),
    "el": (
        "ΑΠΑΓΟΡΕΥΕΤΑΙ Η ΔΗΜΟΣΙΕΥΣΗ ΠΡΙΝ ΑΠΟ ΤΙΣ {hh}:{mi} ΤΗΣ {dd}/{mm}/{y}",
        "Εμπάργκο έως {d} {mon} {y}, ώρα {hh}:{mi}",
    ),
    "tr": ("AMBARGOLU: {d} {mon} {y} saat {hh}.{mi}'e kadar yayımlanamaz",),
    "ar": ("محظور النشر قبل الساعة {hh}:{mi} بتوقيت غرينتش يوم {wd} {d} {mon} {y}",),
    "he": ("אמברגו עד יום {wd}, {d}.{m}.{y}, בשעה {hh}:{mi}", "חסוי לפרסום עד {dd}.{mm}.{y} בשעה {hh}:{mi}"),
    "hi": ("प्रकाशन प्रतिबंधित: {d} {mon} {y} को {hh}:{mi} बजे से पहले प्रकाशित न करें",),
    "th": ("ห้ามเผยแพร่ก่อนวันที่ {d} {mon} {be} เวลา {hh}.{mi} น.",),
    "ja": (
        "解禁：{y}年{m}月{d}日（{wd}）午前{h12}時",
        "【解禁日時】{m}月{d}日{hh}時{mi}分以降",
        "報道解禁 {y}年{m}月{d}日（{wd}）{hh}:{mi}",
    ),
    "ko": (
        "보도시점: {y}. {m}. {d}.({wd}) {hh}:{mi} 이후",
        "엠바고 {m}월 {d}일 {hh}시 {mi}분 해제 / 보도 시점 {y}.{mm}.{dd}",
    ),
    "zh": (
        "禁发时间：{y}年{m}月{d}日{hh}:{mi}前不得发布",
        "【禁发】北京时间{m}月{d}日{hh}时{mi}分前禁止发布",
    ),
}


def embargo_line(case: Case, rnd: random.Random) -> str:
    """The embargo a press release or a wire story carries at its head, left in the republished text."""
    lang, template = _pick(EMBARGOES, case, rnd)
    hour = rnd.choice((0, 0, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 22, 23))
    minute = rnd.choice((0, 0, 1, 1, 30, 15)) if hour else rnd.choice((0, 1, 1, 5))
    clock = _set_clock(hour, minute)
    return _render(template, tz=rnd.choice(EMBARGO_TZ), **_when(case, rnd, lang, (-1, 0), clock))


# ---------------------------------------------------------------- easy-to-read version link (start)
#: language: templates; {n} words, {vm}:{vs} a video's or a recording's length, the date's parts
EASY = {
    "en": (
        "Read an Easy Read version of this article ({n} words)",
        "This story is also available in plain English and in British Sign Language (BSL video, {vm}:{vs})",
        "Easy Read | Listen ({vm}:{vs}) | BSL – updated {d} {mon} {y}",
    ),
    "de": (
        "Diesen Text gibt es auch in Leichter Sprache. ({n} Wörter, zum Vorlesen: {vm}:{vs} Min.)",
        "Leichte Sprache | Gebärdensprache-Video ({vm}:{vs}) | Einfach erklärt",
        "Nachrichten in Leichter Sprache vom {wd}, {d}. {mon} {y}: Hier lesen",
        "Hinweis: Diese Nachricht gibt es auch in Leichter Sprache und in Deutscher Gebärdensprache"
        " ({vm}:{vs} Min.).",
    ),
    "fi": (
        "Lue tämä uutinen selkosuomeksi. Selkouutiset {dd}.{mm}.{y} klo {hh}.{mi}",
        "Selkouutiset | Viittomakieliset uutiset ({vm}:{vs}) | {d}.{m}.{y}",
    ),
    "sv": (
        "Den här nyheten finns också på lätt svenska – läs eller lyssna ({vm}:{vs})",
        "Nyheter på lätt svenska {d} {mon} {y} · Teckenspråk ({vm}:{vs})",
    ),
    "nb": ("Les saken på klart språk · Klar Tale {dd}.{mm}.{y} ({n} ord)",),
    "da": ("Læs nyheden på let dansk ({n} ord) · Tegnsprog ({vm}:{vs})",),
    "nl": (
        "Lees dit nieuws in makkelijke taal (B1-niveau, {n} woorden)",
        "Dit artikel in eenvoudige taal · Gebarentaal ({vm}:{vs})",
    ),
    "fr": (
        "Lire cet article en FALC (facile à lire et à comprendre) – {n} mots",
        "Version en langage simplifié · Version en langue des signes (LSF, {vm} min {vs})",
    ),
    "es": (
        "Leer esta noticia en lectura fácil ({n} palabras) · Versión en lengua de signos ({vm}:{vs})",
        "Noticia adaptada a lectura fácil el {d} de {mon} de {y}",
    ),
    "it": ("Leggi questa notizia in linguaggio facile · Video in LIS ({vm}:{vs})",),
    "pt": ("Leia esta notícia em linguagem simples ({n} palavras) · Versão em Libras ({vm}:{vs})",),
    "pl": (
        "Przeczytaj ten tekst w wersji łatwej do czytania (ETR, {n} słów) · Tłumaczenie na PJM ({vm}:{vs})",
    ),
    "cs": ("Tento článek ve snadném čtení ({n} slov) · Zprávy ve znakovém jazyce ({vm}:{vs})",),
    "ru": ("Этот материал на ясном языке ({n} слов) · Версия с сурдопереводом ({vm}:{vs})",),
    "el": ("Διαβάστε την είδηση σε εύκολη ανάγνωση ({n} λέξεις) · Νοηματική γλώσσα ({vm}:{vs})",),
    "he": ("לקריאת הכתבה בשפה פשוטה ({n} מילים) · תרגום לשפת הסימנים ({vm}:{vs})",),
    "ar": ("اقرأ هذا الخبر بلغة مبسطة ({n} كلمة) · فيديو بلغة الإشارة ({vm}:{vs})",),
    "hi": ("इस ख़बर को आसान हिंदी में पढ़ें ({n} शब्द) · सांकेतिक भाषा में देखें ({vm}:{vs})",),
    "ja": (
        "このニュースを、やさしい日本語で読む（{m}月{d}日 {hh}時{mi}分更新）",
        "やさしい日本語 | 手話ニュース（{vm}分{vs}秒）",
    ),
    "ko": ("이 기사를 쉬운 말로 읽기 ({n}자) · 수어 영상 보기 ({vm}:{vs})",),
}


def easy_version(case: Case, rnd: random.Random) -> str:
    """The link to the article's easy-to-read or sign-language version the page sets above the text."""
    lang, template = _pick(EASY, case, rnd)
    return _render(
        template,
        n=rnd.randint(90, 900),
        vm=rnd.randint(1, 7),
        vs=f"{rnd.randrange(60):02d}",
        **_when(case, rnd, lang),
    )


# ---------------------------------------------------------------- a news agency's transmission header (start)
_AP_SLUGS = (
    "Germany",
    "Britain",
    "France",
    "Budget",
    "Election",
    "Strike",
    "Storms",
    "Trial",
    "Rates",
    "Fire",
)
_AP_LEADS = ("", ",1st Ld-Writethru", ",2nd Ld-Writethru", ",3rd Ld-Writethru", ",Advisory", ",Correction")
_DPA_DESKS = ("bdt", "lby", "lsw", "lno", "bln", "lhe", "lsn", "nds", "ddt", "afx")
_DPA_RES = ("pl", "vm", "wi", "ku", "sp", "wa", "rs")
#: language: templates; {n} a story number, {w} words, {p} a priority, the date's parts
WIRE = {
    "en": (
        "BC-{reg}--{s1}-{s2}{lead},{w4}",
        "AP-{reg}-{s1}-{s2}{lead}<",
        "{s1}-{s2}{lead}/{w4} Eds: Updates with {s3} details.",
        "BC-{reg}--{s1}-{s2}, {w} words | Urgent | {mon} {d}, {y} {hh}:{mi} GMT",
    ),
    "de": (
        "{desk}{n4} {p} {res} {w} dpa {hh}{mi}",
        "dpa {desk}{n4} {p} {res} {w} dpa/{desk} {dd}.{mm}.{y} {hh}:{mi}",
        "APA{n4} {p} II {w4} {RES}/{RES2} {wd}, {d}.{mon} {y}",
        "Meldung {desk}{n4} vom {dd}.{mm}.{y}, {hh}:{mi} Uhr · Priorität {p} · Ressort {res} · {w} Wörter",
    ),
    "it": (
        "ZCZC{n4}/SXA XPP{y2}{n9}_SXA_QBXB R {RES} S0A QBXB",
        "ZCZC{n4}/SXB X{RES}{y2}{n9} R {RES} S04 QBXB",
    ),
    "fr": (
        "AFP {dd}{hh}{mi} {MON3} {y2} – {w} mots – {S1}-{S2},PREV",
        "afp {n6} {p} {res} {w} mots {dd}/{mm}/{y} {hh}:{mi}",
    ),
    "es": (
        "{y}-{mm}-{dd} {hh}:{mi}:{ss} | Agencia EFE | {w} palabras | POL",
        "EFE {n4} {p} {RES} {dd}/{mm}/{y} {hh}:{mi} ({w} palabras)",
    ),
    "pl": ("PAP {n6} {dd}.{mm}.{y} {hh}:{mi} | serwis {res} | priorytet {p} | {w} słów",),
    "ru": (
        "ТАСС {n6} {dd}.{mm}.{y} {hh}:{mi} мск, {w} слов, срочно {p}",
        "ИНТЕРФАКС-{n4} {dd}.{mm}.{y} {hh}:{mi}",
    ),
    "tr": ("AA · {n6} · {dd}.{mm}.{y} {hh}:{mi} · Öncelik: {p} · {w} kelime",),
    "el": ("ΑΠΕ-ΜΠΕ {n6} {dd}/{mm}/{y} {hh}:{mi} – {w} λέξεις – προτεραιότητα {p}",),
    "ar": ("أ ش أ {n4} – {w} كلمة – {hh}:{mi} {dd}/{mm}/{y}",),
    "ja": (
        "【時事通信】{y}/{mm}/{dd}-{hh}:{mi} 配信 {n6}号 {w}字",
        "共同 {n4} {m}月{d}日 {hh}:{mi} 送信 {w}字 重要度{p}",
    ),
    "ko": ("송고시간 {y}-{mm}-{dd} {hh}:{mi} | 기사번호 {n9} | {w}자 | 긴급도 {p}",),
    "zh": ("新华社{n4}号稿 {y}年{m}月{d}日 {hh}:{mi} 字数：{w}", "中新社 {n6} {m}月{d}日 {hh}:{mi} 发 {w}字"),
}


def wire_header(case: Case, rnd: random.Random) -> str:
    """The transmission header (slug, story number, priority, desk, word count) of the wire copy a site
    republishes unedited."""
    lang, template = _pick(WIRE, case, rnd)
    s1, s2, s3 = rnd.sample(_AP_SLUGS, 3)
    res, res2 = rnd.sample(_DPA_RES, 2)
    w = rnd.randint(120, 1400)
    when = _when(case, rnd, lang)
    return _render(
        template,
        reg=rnd.choice(("EU", "US", "AS", "AF", "LT", "ME")),
        s1=s1,
        s2=s2,
        s3=s3.lower(),
        S1=s1.upper(),
        S2=s2.upper(),
        lead=rnd.choice(_AP_LEADS),
        desk=rnd.choice(_DPA_DESKS),
        res=res,
        RES=res.upper(),
        RES2=res2.upper(),
        p=rnd.randint(1, 5),
        w=w,
        w4=f"{w:04d}",
        n4=_digits(rnd, "####"),
        n6=_digits(rnd, "######"),
        n9=_digits(rnd, "#########"),
        y2=f"{int(when['y']) % 100:02d}",
        MON3=["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][
            int(when["m"]) - 1
        ],
        **when,
    )


# ---------------------------------------------------------------- the print view's header (start)
#: language: templates; {host} {site} {url} the record's own, the print moment's parts
PRINTED = {
    "en": (
        "Printed from {host} on {mon} {d}, {y} at {h12}:{mi} {ap} | © {y} {site}. All rights reserved.",
        "This copy is for your personal, non-commercial use only. Printed {dd}/{mm}/{y} {hh}:{mi} from {url}",
        "{site} · Print this page · {url} · {mon} {d}, {y}",
    ),
    "de": (
        "Gedruckt am {dd}.{mm}.{y} um {hh}:{mi} Uhr von {host}",
        "Druckversion – {url} – Stand: {dd}.{mm}.{y}, {hh}:{mi} Uhr",
        "Dieser Artikel wurde ausgedruckt unter der Adresse: {url} ({d}. {mon} {y})",
    ),
    "fr": ("Imprimé depuis {host} le {d} {mon} {y} à {hh}h{mi}", "Version imprimable · {site} · {url}"),
    "es": ("Impreso desde {host} el {d} de {mon} de {y}, {hh}:{mi}", "Versión para imprimir de {url}"),
    "it": ("Stampato da {host} il {dd}/{mm}/{y} alle {hh}:{mi}",),
    "pt": ("Impresso de {host} em {dd}/{mm}/{y} às {hh}h{mi}",),
    "nl": ("Afgedrukt van {host} op {d} {mon} {y} om {hh}:{mi}",),
    "pl": ("Wydrukowano z serwisu {host} dnia {dd}.{mm}.{y} o godz. {hh}:{mi}",),
    "ru": ("Версия для печати · Источник: {url} · Дата печати: {dd}.{mm}.{y} {hh}:{mi}",),
    "uk": ("Версія для друку. Джерело: {url} ({dd}.{mm}.{y})",),
    "el": ("Εκτύπωση από {host} στις {dd}/{mm}/{y}, {hh}:{mi}",),
    "tr": ("{host} adresinden {dd}.{mm}.{y} {hh}:{mi} tarihinde yazdırılmıştır.",),
    "ar": ("نسخة للطباعة من موقع {host} – طُبعت بتاريخ {dd}/{mm}/{y} الساعة {hh}:{mi}",),
    "he": ("הודפס מתוך {host} בתאריך {dd}/{mm}/{y} בשעה {hh}:{mi}",),
    "hi": ("{host} से प्रिंट किया गया: {d} {mon} {y}, {hh}:{mi}",),
    "th": ("พิมพ์จาก {host} เมื่อ {d} {mon} {be} เวลา {hh}:{mi} น.",),
    "ja": (
        "このページは{host}から{y}年{m}月{d}日{hh}時{mi}分に印刷されました",
        "印刷用ページ　{url}　{y}/{mm}/{dd}",
    ),
    "ko": ("인쇄하기 | 출처: {url} | 인쇄일시 {y}-{mm}-{dd} {hh}:{mi}",),
    "zh": ("打印本页 | 来源：{url} | 打印时间：{y}-{mm}-{dd} {hh}:{mi}",),
}


def print_header(case: Case, rnd: random.Random) -> str:
    """The header the site's print view sets above the text: the site, the page's address and the moment
    the page was printed."""
    lang, template = _pick(PRINTED, case, rnd)
    names = _site_names(case)
    url = str(case.record.get("url") or f"https://{names[0]}/")
    return _render(
        template,
        host=rnd.choice((names[0], names[3])),
        site=rnd.choice((names[1], names[0])),
        url=url,
        **_when(case, rnd, lang, (0, 1800)),
    )


# ---------------------------------------------------------------- a photo's EXIF line (middle)
CAMERAS = (  # bodies, each with the lenses of its mount: (name, shortest and longest focal length)
    (
        ("Nikon Z9", "NIKON Z 6_2", "Nikon Z8"),
        (("NIKKOR Z 70-200mm f/2.8 VR S", 70, 200), ("NIKKOR Z 24-70mm f/2.8 S", 24, 70)),
    ),
    (
        ("Nikon D850", "Nikon D5"),
        (("AF-S NIKKOR 70-200mm f/2.8E FL ED VR", 70, 200), ("AF-S NIKKOR 24-70mm f/2.8E ED VR", 24, 70)),
    ),
    (
        ("Canon EOS R5", "Canon EOS R3"),
        (("RF24-70mm F2.8 L IS USM", 24, 70), ("RF100-500mm F4.5-7.1 L IS USM", 100, 500)),
    ),
    (
        ("Canon EOS-1D X Mark III", "Canon EOS 5D Mark IV"),
        (("EF100-400mm f/4.5-5.6L IS II USM", 100, 400), ("EF16-35mm f/2.8L III USM", 16, 35)),
    ),
    (
        ("Sony ILCE-7M4", "Sony α1", "Sony ILCE-9M2"),
        (("FE 24-105mm F4 G OSS", 24, 105), ("FE 35mm F1.4 GM", 35, 35)),
    ),
    (
        ("Fujifilm X-T5", "FUJIFILM X-H2S"),
        (("XF16-55mmF2.8 R LM WR", 16, 55), ("XF50-140mmF2.8 R LM OIS WR", 50, 140)),
    ),
    (
        ("Leica SL2-S",),
        (("Summicron-SL 50 f/2 ASPH.", 50, 50), ("Vario-Elmarit-SL 24-70 f/2.8 ASPH.", 24, 70)),
    ),
)
#: language: templates; {cam} {lens} {fl} {ap} {sh} {iso}, the capture moment's parts
EXIF = {
    "en": (
        "Camera: {cam} | Lens: {lens} | {fl}mm | f/{fn} | 1/{sh}s | ISO {iso}",
        "EXIF: {cam}, {fl} mm, f/{fn}, 1/{sh} sec, ISO {iso} – taken {mon} {d}, {y}, {h12}:{mi} {ap}",
    ),
    "de": (
        "Kamera: {cam} · Objektiv: {lens} · Brennweite {fl} mm · Blende f/{fn} · Belichtungszeit 1/{sh} s ·"
        " ISO {iso}",
        "Aufnahmedaten: {cam} | {fl} mm | f/{fn} | 1/{sh} Sek. | ISO {iso} | {dd}.{mm}.{y} {hh}:{mi}",
    ),
    "fr": (
        "Appareil : {cam} – Objectif : {lens} – Focale : {fl} mm – Ouverture : f/{fn} – Vitesse : 1/{sh} s –"
        " ISO {iso}",
    ),
    "es": (
        "Cámara: {cam} / Objetivo: {lens} / Distancia focal: {fl} mm / Diafragma: f/{fn} / Velocidad: 1/{sh}"
        " / ISO {iso}",
    ),
    "it": (
        "Fotocamera {cam}; obiettivo {lens}; lunghezza focale {fl} mm; diaframma f/{fn}; tempo 1/{sh} s; ISO"
        " {iso}",
    ),
    "pt": ("Câmera: {cam} • Lente: {lens} • {fl} mm • f/{fn} • 1/{sh} s • ISO {iso}",),
    "nl": (
        "Camera: {cam} | Objectief: {lens} | Brandpuntsafstand: {fl} mm | Diafragma: f/{fn} | Sluitertijd:"
        " 1/{sh} s | ISO {iso}",
    ),
    "pl": (
        "Aparat: {cam}, obiektyw: {lens}, ogniskowa: {fl} mm, przysłona: f/{fn}, czas naświetlania: 1/{sh}"
        " s, ISO {iso}",
    ),
    "cs": (
        "Fotoaparát: {cam} | Objektiv: {lens} | Ohnisková vzdálenost: {fl} mm | Clona: f/{fn} | Expozice:"
        " 1/{sh} s | ISO {iso}",
    ),
    "ru": (
        "Камера: {cam} · Объектив: {lens} · Фокусное расстояние: {fl} мм · Диафрагма: f/{fn} · Выдержка:"
        " 1/{sh} с · ISO {iso}",
    ),
    "uk": (
        "Камера: {cam}; об'єктив: {lens}; фокусна відстань {fl} мм; діафрагма f/{fn}; витримка 1/{sh} с; ISO"
        " {iso}",
    ),
    "el": (
        "Φωτογραφική μηχανή: {cam} | Φακός: {lens} | Εστιακή απόσταση: {fl} mm | Διάφραγμα: f/{fn} |"
        " Ταχύτητα: 1/{sh} | ISO {iso}",
    ),
    "tr": (
        "Kamera: {cam} / Objektif: {lens} / Odak uzaklığı: {fl} mm / Diyafram: f/{fn} / Enstantane: 1/{sh}"
        " sn / ISO {iso}",
    ),
    "ar": (
        "الكاميرا: {cam} | العدسة: {lens} | البعد البؤري: {fl} مم | فتحة العدسة: f/{fn} | سرعة الغالق:"
        " 1/{sh} ث | ISO {iso}",
    ),
    "he": (
        'מצלמה: {cam} | עדשה: {lens} | אורך מוקד: {fl} מ"מ | צמצם: f/{fn} | מהירות תריס: 1/{sh} | ISO {iso}',
    ),
    "hi": (
        "कैमरा: {cam} | लेंस: {lens} | फ़ोकल लंबाई: {fl} मिमी | अपर्चर: f/{fn} | शटर स्पीड: 1/{sh} से. | ISO {iso}",
    ),
    "th": (
        "กล้อง: {cam} | เลนส์: {lens} | ทางยาวโฟกัส {fl} มม. | รูรับแสง f/{fn} | ความเร็วชัตเตอร์ 1/{sh}"
        " วินาที | ISO {iso}",
    ),
    "ja": ("撮影機材：{cam}／{lens}　焦点距離{fl}mm　絞りF{fn}　シャッタースピード1/{sh}秒　ISO{iso}",),
    "ko": ("카메라: {cam} · 렌즈: {lens} · 초점거리 {fl}mm · 조리개 f/{fn} · 셔터속도 1/{sh}초 · ISO {iso}",),
    "zh": ("相机：{cam}　镜头：{lens}　焦距：{fl}mm　光圈：f/{fn}　快门：1/{sh}秒　ISO：{iso}",),
}


def exif_line(case: Case, rnd: random.Random) -> str:
    """The EXIF data a photo viewer prints under a picture: camera, lens, focal length, aperture, shutter
    speed, ISO (and when it was taken)."""
    lang, template = _pick(EXIF, case, rnd)
    bodies, lenses = rnd.choice(CAMERAS)
    lens, lo, hi = rnd.choice(lenses)
    when = _when(case, rnd, lang, (-3, 0))
    return _render(
        template,
        cam=rnd.choice(bodies),
        lens=lens,
        fl=rnd.randint(lo, hi),
        fn=rnd.choice(("1.4", "1.8", "2", "2.8", "3.5", "4", "5.6", "6.3", "8", "11")),
        sh=rnd.choice((30, 60, 125, 160, 250, 320, 400, 500, 640, 800, 1000, 1250, 1600, 2000, 3200, 4000)),
        iso=rnd.choice((100, 160, 200, 400, 640, 800, 1250, 1600, 3200, 6400, 12800)),
        **when,
    )


# ---------------------------------------------------------------- a hiking-route embed's data (middle)
#: language: (templates, route names, grades); {name} {km} {h}:{mi} {up} {down} {diff}
ROUTES = {
    "de": (
        (
            "Tourdaten: {name} · Strecke {km} km · Dauer {h}:{mi} h · Aufstieg {up} hm · Abstieg {down} hm ·"
            " Schwierigkeit: {diff}",
            "komoot – {name}: {km} km, {h}:{mi} Std., ↑ {up} m ↓ {down} m, {diff}. Tour in der App öffnen",
        ),
        (
            "Rundweg um den Schluchsee",
            "Von Oberstdorf aufs Nebelhorn",
            "Malerweg Etappe 3",
            "Höhenweg Kocheler Berge",
            "Rheinsteig: Kaub – Lorch",
            "Rennsteig bei Oberhof",
        ),
        ("leicht", "mittel", "schwer", "T2", "T3"),
    ),
    "en": (
        (
            "{name} – Distance {km} km · Duration {h}h {mi}m · Elevation gain {up} m · {diff} · View on"
            " Komoot",
            "Route: {name} | {km} km | {h}:{mi} h | ↑{up} m ↓{down} m | Difficulty: {diff}",
        ),
        ("Helvellyn via Striding Edge", "Snowdon Ranger Path", "Pen y Fan horseshoe", "Catbells loop"),
        ("Easy", "Moderate", "Difficult", "Expert"),
    ),
    "fr": (
        (
            "Fiche rando : {name} – Distance : {km} km – Durée : {h}h{mi} – Dénivelé positif : {up} m –"
            " Difficulté : {diff}",
        ),
        ("Tour du lac d'Annecy", "Sentier des Douaniers", "Crêtes des Vosges", "Cirque de Gavarnie"),
        ("facile", "moyenne", "difficile"),
    ),
    "it": (
        (
            "Scheda percorso: {name} · Lunghezza {km} km · Tempo {h}:{mi} h · Dislivello +{up} m / −{down}"
            " m · Difficoltà {diff}",
        ),
        ("Giro delle Tre Cime", "Sentiero degli Dei", "Anello del Monte Baldo", "Via dei Monti Lariani"),
        ("T", "E", "EE", "EEA"),
    ),
    "es": (
        (
            "Ficha de la ruta: {name} | Distancia: {km} km | Duración: {h} h {mi} min | Desnivel: +{up} m |"
            " Dificultad: {diff}",
        ),
        ("Ruta del Cares", "Subida al Veleta", "Camino de Ronda", "Hayedo de Montejo"),
        ("fácil", "moderada", "difícil"),
    ),
    "nl": (
        ("Routegegevens {name}: {km} km · {h}:{mi} uur · {up} m stijgen · {diff}",),
        ("Veluwezoom", "Hoge Venen"),
        ("makkelijk", "gemiddeld"),
    ),
    "pl": (
        ("Dane trasy: {name} – długość {km} km, czas {h}:{mi} h, przewyższenie {up} m, trudność: {diff}",),
        ("Orla Perć", "Na Babią Górę", "Szlak na Śnieżkę", "Dolina Kościeliska"),
        ("łatwa", "średnia", "trudna"),
    ),
    "cs": (
        ("Trasa: {name} · {km} km · {h} h {mi} min · převýšení {up} m · obtížnost: {diff}",),
        ("Na Sněžku z Pece", "Pravčická brána", "Hřebenovka Krkonoš"),
        ("lehká", "střední", "náročná"),
    ),
    "ru": (
        (
            "Маршрут: {name} · протяжённость {km} км · время в пути {h} ч {mi} мин · набор высоты {up} м ·"
            " сложность: {diff}",
        ),
        ("Плато Лаго-Наки", "Тропа к водопадам Руфабго", "Гора Ай-Петри", "Ергаки: Висячий камень"),
        ("лёгкий", "средний", "сложный"),
    ),
    "el": (
        ("Διαδρομή: {name} · Μήκος {km} χλμ. · Διάρκεια {h}:{mi} ώρες · Ανάβαση {up} μ. · Δυσκολία: {diff}",),
        ("Φαράγγι της Σαμαριάς", "Ανάβαση στον Όλυμπο", "Φαράγγι του Βίκου"),
        ("εύκολη", "μέτρια", "δύσκολη"),
    ),
    "he": (
        (
            "נתוני המסלול: {name} · אורך {km} ק\"מ · משך {h}:{mi} שעות · טיפוס מצטבר {up} מ'"
            " · רמת קושי: {diff}",
        ),
        ("נחל עמוד", "הר מירון", "נחל דוד", "שביל ישראל: קטע 12"),
        ("קל", "בינוני", "קשה"),
    ),
    "ja": (
        ("コースデータ：{name}　距離{km}km　所要時間{h}時間{mi}分　累積標高差＋{up}m　難易度：{diff}",),
        ("高尾山 稲荷山コース", "燕岳 中房温泉から", "丹沢 大山", "八ヶ岳 赤岳"),
        ("初級", "中級", "上級"),
    ),
    "ko": (
        ("코스 정보: {name} · 거리 {km}km · 소요시간 {h}시간 {mi}분 · 누적 상승 {up}m · 난이도 {diff}",),
        ("북한산 백운대", "지리산 천왕봉", "설악산 대청봉", "한라산 성판악"),
        ("쉬움", "보통", "어려움"),
    ),
    "zh": (
        ("路线信息：{name} 距离{km}公里 · 用时{h}小时{mi}分 · 累计爬升{up}米 · 难度：{diff}",),
        ("武功山穿越", "香山环线", "泰山红门登顶", "黄山西海大峡谷"),
        ("简单", "中等", "困难"),
    ),
}


def route_embed(case: Case, rnd: random.Random) -> str:
    """The data box of an embedded hiking or cycling route (Komoot, Outdooractive, YAMAP) in a travel or
    leisure story."""
    lang = _lang(case, rnd, ROUTES)
    templates, names, grades = ROUTES[lang]
    km = rnd.randint(40, 260) / 10
    up = rnd.randint(8, 150) * 10
    minutes = int((km / 4 + up / 400) * 60) + rnd.randint(-20, 20)
    comma = lang in {"de", "fr", "it", "es", "nl", "pl", "cs", "ru", "el"}
    return _render(
        rnd.choice(templates),
        name=rnd.choice(names),
        km=f"{km:.1f}".replace(".", ",") if comma else f"{km:.1f}",
        h=minutes // 60,
        mi=f"{minutes % 60 // 5 * 5:02d}",
        up=up,
        down=up + rnd.randint(-40, 40) * 5,
        diff=rnd.choice(grades),
    )


# ---------------------------------------------------------------- a glossary tooltip's definition (middle)
#: language: (wrappers, (term, definition) pairs); {t} {df} the entry, {n} the glossary's size
GLOSSARY: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "de": (
        (
            "Glossar: {t} – {df}",
            "{t}\n{df}\nMehr Begriffe im Glossar ({n})",
            "Begriff erklärt: {t}. {df} Schließen",
        ),
        (
            (
                "Leitzins",
                "Der Leitzins ist der Zinssatz, zu dem sich Geschäftsbanken bei der Zentralbank Geld leihen"
                " können.",
            ),
            (
                "Inzidenz",
                "Die Inzidenz gibt an, wie viele Neuinfektionen in einem Zeitraum auf 100.000 Einwohner"
                " kommen.",
            ),
            (
                "Überhangmandat",
                "Ein Überhangmandat entsteht, wenn eine Partei mehr Direktmandate gewinnt, als ihr nach den"
                " Zweitstimmen Sitze zustehen.",
            ),
            (
                "Schuldenbremse",
                "Die Schuldenbremse begrenzt die Neuverschuldung des Bundes auf 0,35 Prozent des"
                " Bruttoinlandsprodukts.",
            ),
            (
                "Kurzarbeit",
                "Bei Kurzarbeit wird die Arbeitszeit vorübergehend verringert; die Agentur für Arbeit"
                " ersetzt einen Teil des Lohns.",
            ),
        ),
    ),
    "en": (
        ("Glossary: {t} – {df}", "ⓘ {t}: {df} See all {n} terms in our glossary", "What is {t}? {df} Close"),
        (
            (
                "Filibuster",
                "A filibuster is a tactic used to delay or block a vote by extending debate on a bill.",
            ),
            (
                "Quantitative easing",
                "Quantitative easing is when a central bank buys bonds to push down long-term interest"
                " rates.",
            ),
            (
                "Core inflation",
                "Core inflation measures price rises excluding volatile items such as food and energy.",
            ),
            (
                "Gerrymandering",
                "Gerrymandering is the drawing of electoral boundaries to favour one party or group.",
            ),
            (
                "Bond yield",
                "A bond yield is the return an investor gets on a bond, shown as an annual percentage.",
            ),
        ),
    ),
    "fr": (
        ("Lexique : {t} – {df}", "{t} : {df} Voir les {n} définitions du lexique"),
        (
            (
                "Taux directeur",
                "Le taux directeur est le taux auquel la banque centrale prête de l'argent aux banques"
                " commerciales.",
            ),
            (
                "49.3",
                "L'article 49.3 de la Constitution permet au gouvernement de faire adopter un texte sans"
                " vote.",
            ),
            (
                "Inflation sous-jacente",
                "L'inflation sous-jacente exclut les prix les plus volatils, comme l'énergie.",
            ),
        ),
    ),
    "es": (
        ("Glosario: {t}. {df}", "¿Qué es {t}? {df} Ver las {n} entradas del glosario"),
        (
            (
                "Prima de riesgo",
                "La prima de riesgo es el sobrecoste que paga un país por financiarse frente a Alemania.",
            ),
            (
                "IPC",
                "El índice de precios de consumo mide la evolución de los precios de los bienes y servicios.",
            ),
            (
                "Moción de censura",
                "La moción de censura permite al Congreso exigir la responsabilidad política del Gobierno.",
            ),
        ),
    ),
    "it": (
        ("Glossario – {t}: {df}", "{t}. {df} Tutte le {n} voci del glossario"),
        (
            ("Spread", "Lo spread è la differenza di rendimento tra i BTP italiani e i Bund tedeschi."),
            (
                "Decreto legge",
                "Il decreto legge è un atto del Governo con forza di legge, da convertire entro 60 giorni.",
            ),
        ),
    ),
    "pt": (
        ("Glossário: {t} – {df}", "O que é {t}? {df} Veja os {n} termos do glossário"),
        (
            ("Taxa Selic", "A Selic é a taxa básica de juros da economia, definida pelo Copom."),
            ("IPCA", "O IPCA é o índice oficial de inflação do país, calculado pelo IBGE."),
        ),
    ),
    "ru": (
        ("Словарь: {t} — {df}", "Что такое {t}? {df} Все {n} терминов словаря"),
        (
            (
                "Ключевая ставка",
                "Ключевая ставка — процент, под который Банк России выдаёт кредиты коммерческим банкам.",
            ),
            ("Инфляция", "Инфляция — устойчивый рост общего уровня цен на товары и услуги."),
        ),
    ),
    "el": (
        ("Γλωσσάριο: {t} – {df}",),
        (
            (
                "Πρωτογενές πλεόνασμα",
                "Το πρωτογενές πλεόνασμα είναι η διαφορά εσόδων και δαπανών του κράτους χωρίς τους τόκους.",
            ),
        ),
    ),
    "ar": (
        ("مسرد المصطلحات: {t} – {df}", "ما هو {t}؟ {df} جميع المصطلحات ({n})"),
        (
            ("التضخم", "التضخم هو الارتفاع المستمر في المستوى العام لأسعار السلع والخدمات."),
            ("سعر الفائدة", "سعر الفائدة هو النسبة التي يحددها البنك المركزي لإقراض البنوك التجارية."),
        ),
    ),
    "he": (
        ("מילון מונחים: {t} – {df}",),
        (("ריבית בנק ישראל", "ריבית בנק ישראל היא הריבית שבה בנק ישראל מלווה כסף לבנקים המסחריים."),),
    ),
    "hi": (
        ("शब्दावली: {t} – {df}", "{t} क्या है? {df} सभी {n} शब्द देखें"),
        (("रेपो रेट", "रेपो रेट वह दर है जिस पर भारतीय रिज़र्व बैंक वाणिज्यिक बैंकों को अल्पकालिक ऋण देता है।"),),
    ),
    "th": (
        ("อภิธานศัพท์: {t} – {df}",),
        (
            (
                "อัตราดอกเบี้ยนโยบาย",
                "อัตราดอกเบี้ยนโยบาย คืออัตราดอกเบี้ยที่คณะกรรมการนโยบายการเงินใช้ส่งสัญญาณทิศทางนโยบายการเงิน",
            ),
        ),
    ),
    "ja": (
        ("用語解説：{t}　{df}", "【キーワード】{t}　{df}（用語集・全{n}語）"),
        (
            ("マイナス金利", "マイナス金利とは、金融機関が日銀に預ける当座預金の一部に手数料を課す政策。"),
            ("実質賃金", "実質賃金とは、名目賃金から物価変動の影響を差し引いた賃金のこと。"),
        ),
    ),
    "ko": (
        ("용어 설명: {t} – {df}", "[용어] {t}: {df} 용어사전 전체 보기({n})"),
        (
            ("기준금리", "기준금리는 한국은행이 금융기관과 거래할 때 기준이 되는 정책금리다."),
            ("물가상승률", "물가상승률은 일정 기간 동안 물가가 오른 비율을 말한다."),
        ),
    ),
    "zh": (
        ("名词解释：{t} —— {df}", "【释义】{t}：{df}（词库共{n}条）"),
        (("LPR", "LPR即贷款市场报价利率，由报价行根据对最优质客户的贷款利率报价计算得出。"),),
    ),
}


def glossary_card(case: Case, rnd: random.Random) -> str:
    """The definition a glossary tooltip shows for a term of the article, read into the text."""
    lang = _lang(case, rnd, GLOSSARY)
    wrappers, entries = GLOSSARY[lang]
    term, definition = rnd.choice(entries)
    return _render(rnd.choice(wrappers), t=term, df=definition, n=rnd.randint(40, 900))


# ---------------------------------------------------------------- a fire and police call-out feed (end)
#: language: (templates, call-outs, streets); {e1}.. {st1}.. {t1}.. {city}, the date's parts
CALLOUTS = {
    "de": (
        (
            "Einsätze der Feuerwehr {city} heute: {t1} Uhr {e1}, {st1} · {t2} Uhr {e2}, {st2} · {t3} Uhr"
            " {e3},"
            " {st3}",
            "Blaulicht-Ticker {city} ({dd}.{mm}.): {t1} {e1} – {st1}; {t2} {e2} – {st2}",
        ),
        (
            "Brandmeldeanlage ausgelöst",
            "Verkehrsunfall mit Personenschaden",
            "Ölspur",
            "Türöffnung für den Rettungsdienst",
            "Kleinbrand",
            "Wasser im Keller",
            "Tierrettung",
        ),
        (
            "Hauptstraße",
            "Bahnhofstraße",
            "Lindenweg",
            "B27 Höhe Ausfahrt Nord",
            "Industriestraße",
            "Am Markt",
        ),
    ),
    "en": (
        (
            "Active 911 incidents ({city}): {t1} {e1}, {st1} · {t2} {e2}, {st2} · {t3} {e3}, {st3}",
            "Real-time fire dispatch – {mon} {d}: {t1} {e1} at {st1}; {t2} {e2} at {st2}",
        ),
        ("Medical aid", "Automatic fire alarm", "Motor vehicle accident", "Brush fire", "Gas leak", "Rescue"),
        ("Main St / 5th Ave", "I-5 NB at Exit 162", "1400 block of Elm St", "Oak Ridge Rd", "Harbor Blvd"),
    ),
    "nl": (
        ("P2000 {city}: {t1} P 1 {e1} {st1} · {t2} A1 {e2} {st2} · {t3} P 2 {e3} {st3}",),
        (
            "BDH-01 Liftopsluiting",
            "BRT-02 Buitenbrand",
            "Ambulance",
            "OMS automatische brandmelding",
            "Wateroverlast",
        ),
        ("Hoofdstraat", "Stationsplein", "Kerkstraat", "A27 Re 35,2", "Marktstraat"),
    ),
    "fr": (
        ("Interventions des pompiers ({city}) – {t1} : {e1}, {st1} / {t2} : {e2}, {st2}",),
        (
            "Feu de poubelle",
            "Secours à personne",
            "Accident de la circulation",
            "Fuite de gaz",
            "Feu de broussailles",
        ),
        (
            "rue de la République",
            "avenue Jean-Jaurès",
            "boulevard Victor-Hugo",
            "rocade Nord",
            "place du Marché",
        ),
    ),
    "es": (
        ("Emergencias 112 en {city} hoy: {t1} {e1} en {st1} · {t2} {e2} en {st2} · {t3} {e3} en {st3}",),
        (
            "Incendio de contenedor",
            "Accidente de tráfico",
            "Rescate en ascensor",
            "Fuga de gas",
            "Caída de cornisa",
        ),
        ("calle Mayor", "avenida de la Constitución", "plaza de España", "A-6 km 23", "calle del Carmen"),
    ),
    "it": (
        ("Interventi dei Vigili del fuoco a {city}: ore {t1} {e1} in {st1}; ore {t2} {e2} in {st2}",),
        ("Incendio sterpaglie", "Incidente stradale", "Soccorso a persona", "Fuga di gas", "Apertura porta"),
        ("via Roma", "corso Garibaldi", "piazza Duomo", "SS 36 km 12", "via Mazzini"),
    ),
    "pl": (
        ("Interwencje straży pożarnej ({city}): {t1} {e1}, ul. {st1}; {t2} {e2}, ul. {st2}",),
        ("Pożar sadzy w kominie", "Kolizja drogowa", "Plama oleju", "Otwarcie mieszkania", "Pożar trawy"),
        ("Mickiewicza", "Piłsudskiego", "Kościuszki", "Sienkiewicza", "Długa"),
    ),
    "cs": (
        ("Zásahy hasičů – {city}, {d}. {m}.: {t1} {e1}, {st1} · {t2} {e2}, {st2}",),
        ("Požár kontejneru", "Dopravní nehoda", "Únik provozních kapalin", "Otevření bytu", "Požár trávy"),
        ("Masarykova", "Husova", "Nádražní", "náměstí Míru", "Palackého"),
    ),
    "tr": (
        ("{city} itfaiye müdahaleleri: {t1} {e1} – {st1} · {t2} {e2} – {st2}",),
        ("Ev yangını", "Trafik kazası", "Baca yangını", "Kurtarma", "Ot yangını"),
        ("Atatürk Caddesi", "İnönü Bulvarı", "Cumhuriyet Mahallesi", "Gazi Caddesi"),
    ),
    "ru": (
        ("Сводка происшествий, {city}, {d} {mon}: {t1} {e1}, {st1}; {t2} {e2}, {st2}",),
        ("возгорание мусора", "ДТП с пострадавшими", "вскрытие двери", "пожар в квартире", "утечка газа"),
        ("ул. Ленина", "пр. Мира", "ул. Гагарина", "Московское шоссе", "ул. Советская"),
    ),
    "el": (
        ("Επεμβάσεις Πυροσβεστικής – {city}: {t1} {e1}, οδός {st1} · {t2} {e2}, οδός {st2}",),
        ("Πυρκαγιά σε χόρτα", "Τροχαίο ατύχημα", "Απεγκλωβισμός από ανελκυστήρα", "Πυρκαγιά σε κάδο"),
        ("Ερμού", "Αγίου Δημητρίου", "Εγνατίας", "Κορίνθου", "Μαιζώνος"),
    ),
    "he": (
        ("דיווחי כבאות והצלה – {city}: {t1} {e1}, רחוב {st1} · {t2} {e2}, רחוב {st2}",),
        ("שריפת פסולת", "תאונת דרכים", "חילוץ ממעלית", "דליפת גז", "שריפת קוצים"),
        ("הרצל", "ז'בוטינסקי", "ויצמן", "בן גוריון", "העצמאות"),
    ),
    "ar": (
        ("بلاغات الدفاع المدني في {city}: {t1} {e1} – {st1} · {t2} {e2} – {st2}",),
        ("حريق في شقة", "حادث سير", "تسرب غاز", "إنقاذ من مصعد", "حريق أعشاب"),
        ("شارع الملك فيصل", "شارع الجامعة", "دوار الداخلية", "طريق المطار"),
    ),
    "hi": (
        ("{city} दमकल विभाग – आज की घटनाएँ: {t1} {e1}, {st1} · {t2} {e2}, {st2}",),
        ("मकान में आग", "सड़क हादसा", "गैस रिसाव", "लिफ्ट में फँसे लोग"),
        ("एमजी रोड", "स्टेशन रोड", "सिविल लाइंस", "गांधी नगर"),
    ),
    "ja": (
        ("{city}市消防局 災害情報（{m}月{d}日）：{t1} {st1}付近で{e1}／{t2} {st2}付近で{e2}",),
        ("建物火災", "救急事案", "交通事故", "その他の火災", "救助事案"),
        ("本町二丁目", "駅前通り", "中央一丁目", "国道4号", "桜ケ丘"),
    ),
    "ko": (
        ("{city} 소방 출동 현황: {t1} {st1} {e1} · {t2} {st2} {e2} · {t3} {st3} {e3}",),
        ("화재", "구조", "구급", "교통사고", "가스 누출"),
        ("중앙로", "시청 사거리", "역전로", "산업단지 3길", "대학로"),
    ),
    "zh": (
        ("{city}消防实时警情：{t1} {st1} {e1}；{t2} {st2} {e2}",),
        ("居民楼火灾", "交通事故救援", "电梯困人", "燃气泄漏"),
        ("人民路", "解放大道", "中山路", "建设街"),
    ),
}


def callout_feed(case: Case, rnd: random.Random) -> str:
    """A local fire brigade's or police dispatcher's feed of today's call-outs, with times and streets."""
    lang = _lang(case, rnd, CALLOUTS)
    templates, events, streets = CALLOUTS[lang]
    e = rnd.sample(events, 3)
    st = rnd.sample(streets, 3)
    minutes = sorted(rnd.sample(range(6 * 60, 23 * 60), 3))
    times = [f"{t // 60:02d}:{t % 60:02d}" for t in minutes]
    return _render(
        rnd.choice(templates),
        city=rnd.choice(CITIES.get(lang, CITIES["en"])),
        e1=e[0], e2=e[1], e3=e[2],
        st1=st[0], st2=st[1], st3=st[2],
        t1=times[0], t2=times[1], t3=times[2],
        **_when(case, rnd, lang),
    )  # fmt: skip


# ---------------------------------------------------------------- a court's calendar of hearings (end)
#: language: (templates, hearings, case-number pattern); {court} {r} {az} {case}, the date's parts
COURTS = {
    "de": (
        (
            "Gerichtstermine der Woche: {wd}, {dd}.{mm}., {hh}:{mi} Uhr, Amtsgericht {city}, Saal {r}: {case}"
            " (Az. {az})",
            "Prozesskalender – {d}. {mon}, {hh}.{mi} Uhr: Landgericht {city}, Saal {r}, {case}. Az.: {az}",
        ),
        (
            "Prozess wegen gefährlicher Körperverletzung",
            "Berufungsverhandlung wegen Betrugs",
            "Verhandlung wegen Trunkenheit im Verkehr",
            "Prozessauftakt wegen Brandstiftung",
        ),
        "# Ls ###/YY",
    ),
    "en": (
        (
            "Court calendar: {wd}, {mon} {d} – {city} Magistrates' Court, Courtroom {r}, {h12}:{mi} {ap}:"
            " {case}"
            " (Case No. {az})",
            "Docket for {mon} {d}, {y}: {h12}:{mi} {ap}, Dept. {r} – {case}, No. {az}",
        ),
        (
            "sentencing hearing, burglary",
            "arraignment, assault in the second degree",
            "preliminary hearing, fraud",
            "pretrial conference, DUI",
        ),
        "YY-CR-#####",
    ),
    "fr": (
        ("Audiences au tribunal correctionnel de {city} : {wd} {d} {mon}, {hh}h{mi}, salle {r} – {case}",),
        ("procès pour violences aggravées", "comparution immédiate pour vol", "procès pour escroquerie"),
        "YY/#####",
    ),
    "es": (
        (
            "Señalamientos: {wd} {d} de {mon}, {hh}:{mi} h, Juzgado de lo Penal n.º {r} de {city} – {case}"
            " (P.A. {az})",
        ),
        ("juicio por estafa", "juicio por lesiones", "vista por apropiación indebida"),
        "###/YYYY",
    ),
    "it": (
        (
            "Udienze in calendario: {wd} {d} {mon}, ore {hh}.{mi}, Tribunale di {city}, aula {r}: {case}"
            " (R.G."
            " {az})",
        ),
        ("processo per truffa aggravata", "udienza preliminare per lesioni", "processo per bancarotta"),
        "####/YY",
    ),
    "pl": (
        ("Wokanda – Sąd Rejonowy ({city}): {d} {mon}, godz. {hh}:{mi}, sala {r} – {case}, sygn. akt {az}",),
        ("sprawa o oszustwo", "sprawa o pobicie", "rozprawa apelacyjna o kradzież"),
        "II K ###/YY",
    ),
    "nl": (
        ("Rechtbankagenda {city}: {wd} {d} {mon}, {hh}.{mi} uur, zaal {r} – {case} (parketnummer {az})",),
        ("strafzaak mishandeling", "fraudezaak", "inhoudelijke behandeling brandstichting"),
        "##/######-YY",
    ),
    "ru": (
        (
            "Расписание заседаний: {d} {mon}, {hh}:{mi}, районный суд г. {city}, зал № {r} — {case}, дело №"
            " {az}",
        ),
        ("мошенничество", "причинение вреда здоровью", "кража в крупном размере"),
        "1-###/YYYY",
    ),
    "tr": (
        (
            "Duruşma takvimi: {d} {mon}, saat {hh}.{mi}, {city} {r}. Asliye Ceza Mahkemesi – {case} (Esas No:"
            " {az})",
        ),
        ("dolandırıcılık davası", "yaralama davası", "hırsızlık davası"),
        "YYYY/###",
    ),
    "el": (
        ("Δικάσιμος: {d} {mon}, {hh}:{mi}, Μονομελές Πλημμελειοδικείο {city}, αίθουσα {r} – {case}",),
        ("δίκη για απάτη", "δίκη για σωματικές βλάβες", "δίκη για κλοπή"),
        "####/YY",
    ),
    "he": (
        ('יומן דיונים: {dd}.{mm}, {hh}:{mi}, בית משפט השלום ב{city}, אולם {r} – {case} (ת"פ {az})',),
        ("הונאה", "תקיפה", "גניבה"),
        "#####-MM-YY",
    ),
    "ar": (
        (
            "جدول الجلسات: {wd} {d} {mon}، الساعة {hh}:{mi}، محكمة {city} الابتدائية، القاعة {r} – {case}"
            " (رقم"
            " {az})",
        ),
        ("قضية احتيال", "قضية اعتداء", "قضية سرقة"),
        "####/YY",
    ),
    "ja": (
        ("公判日程：{m}月{d}日（{wd}）{hh}時{mi}分　{city}地裁{r}号法廷　{case}",),
        ("詐欺事件の初公判", "傷害事件の判決公判", "窃盗事件の論告求刑公判"),
        "令和RR年(わ)第###号",
    ),
    "ko": (
        ("재판 일정: {m}월 {d}일({wd}) {h}시 {mi}분 {city}지법 {r}호 법정 – {case} (사건번호 {az})",),
        ("사기 사건 첫 공판", "상해 사건 선고", "횡령 사건 결심 공판"),
        "YYYY고단####",
    ),
}


def court_calendar(case: Case, rnd: random.Random) -> str:
    """A local court's calendar of the week's hearings, with courtrooms and case numbers."""
    lang = _lang(case, rnd, COURTS)
    templates, hearings, az = COURTS[lang]
    when = _when(
        case, rnd, lang, (1, 9), _set_clock(rnd.randint(8, 15), rnd.choice((0, 0, 15, 30, 45))), True
    )
    year = int(when["y"]) - rnd.choice((0, 0, 1))
    number = az.replace("YYYY", str(year)).replace("YY", f"{year % 100:02d}").replace("MM", when["mm"])
    number = number.replace("RR", str(year - 2018))
    return _render(
        rnd.choice(templates),
        city=rnd.choice(CITIES.get(lang, CITIES["en"])),
        r=rnd.randint(1, 24),
        case=rnd.choice(hearings),
        az=_digits(rnd, number),
        **when,
    )


# ---------------------------------------------------------------- a dictionary's word of the day (end)
#: language: (templates, (word, part of speech or reading, definition)); the date's parts
WORDS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str, str], ...]]] = {
    "en": (
        (
            "Word of the Day: {w} ({pos}) – {df} · See today's word",
            "Word of the Day for {wd}, {mon} {d}, {y}: {w}, {pos}. {df}",
        ),
        (
            ("ebullient", "adjective", "Ebullient means lively and enthusiastic."),
            ("perfunctory", "adjective", "Something perfunctory is done quickly and without care."),
            ("obfuscate", "verb", "To obfuscate is to make something unclear or hard to understand."),
            ("halcyon", "adjective", "Halcyon describes a calm, happy time in the past."),
        ),
    ),
    "de": (
        (
            "Wort des Tages ({dd}.{mm}.{y}): {w}, {pos} – Bedeutung: {df}",
            "Das Wort des Tages am {d}. {mon}: „{w}“ ({pos}). {df}",
        ),
        (
            ("Fremdschämen", "Substantiv, Neutrum", "sich stellvertretend für andere schämen"),
            ("verballhornen", "schwaches Verb", "etwas entstellen, meist in komischer Absicht"),
            ("Kummerspeck", "Substantiv, maskulin", "aus Kummer angegessenes Übergewicht"),
        ),
    ),
    "fr": (
        ("Le mot du jour – {wd} {d} {mon} : « {w} » ({pos}) : {df}",),
        (
            ("procrastiner", "verbe", "remettre au lendemain ce que l'on pourrait faire le jour même"),
            ("sérendipité", "nom féminin", "le fait de trouver par hasard ce que l'on ne cherchait pas"),
        ),
    ),
    "es": (
        ("Palabra del día ({d} de {mon}): {w}. {pos}. {df}",),
        (
            ("sobremesa", "f.", "Tiempo que se está a la mesa después de haber comido."),
            ("albricias", "f. pl.", "Regalo que se da por una buena noticia."),
        ),
    ),
    "it": (
        ("La parola del giorno, {d} {mon} {y}: {w} – {pos} {df}",),
        (
            ("abbiocco", "s.m.", "sonnolenza che coglie dopo un pasto abbondante"),
            ("meriggiare", "v. intr.", "riposare all'ombra nelle ore calde"),
        ),
    ),
    "pt": (
        ("Palavra do dia ({dd}/{mm}): {w} – {pos} – {df}",),
        (
            ("saudade", "substantivo feminino", "lembrança nostálgica de alguém ou de algo distante"),
            ("cafuné", "substantivo masculino", "carinho feito com os dedos na cabeça"),
        ),
    ),
    "nl": (
        ("Woord van de dag ({d} {mon}): {w} ({pos}) – {df}",),
        (
            ("gezellig", "bijv. nw.", "aangenaam, knus"),
            ("uitwaaien", "werkw.", "een frisse neus halen in de wind"),
        ),
    ),
    "pl": (
        ("Słowo dnia {dd}.{mm}.{y}: {w} ({pos}) – {df}",),
        (
            ("kombinować", "czas.", "szukać sposobu na wybrnięcie z sytuacji"),
            ("kapcie", "rzecz.", "miękkie obuwie domowe"),
        ),
    ),
    "ru": (
        ("Слово дня, {d} {mon}: {w} ({pos}) — {df}",),
        (
            ("заумь", "сущ.", "непонятная, бессмысленная речь"),
            ("оторопь", "сущ.", "внезапная растерянность, испуг"),
        ),
    ),
    "el": (
        ("Η λέξη της ημέρας ({d} {mon}): {w} ({pos}) – {df}",),
        (("μεράκι", "ουσ.", "αγάπη και φροντίδα για κάτι που κάνει κανείς"),),
    ),
    "tr": (
        ("Günün kelimesi ({d} {mon} {y}): {w} ({pos}) – {df}",),
        (
            ("gurbet", "isim", "doğup büyünen yerden uzak olan yer"),
            ("yakamoz", "isim", "denizde geceleri görülen parıltı"),
        ),
    ),
    "ar": (
        ("كلمة اليوم ({d} {mon}): {w} ({pos}) – {df}",),
        (("الأرق", "اسم", "امتناع النوم ليلاً"), ("الوجل", "اسم", "الخوف والفزع")),
    ),
    "he": (
        ("המילה היומית ({dd}.{mm}): {w} ({pos}) – {df}",),
        (("מרשתת", "שם עצם", "המילה העברית לאינטרנט"), ("יַשְׂרָן", "שם תואר", "מי שנוהג ביושר")),
    ),
    "hi": (
        ("आज का शब्द ({d} {mon}): {w} ({pos}) – {df}",),
        (("अनुराग", "पुल्लिंग", "प्रेम, लगाव"), ("मरीचिका", "स्त्रीलिंग", "रेगिस्तान में पानी का भ्रम")),
    ),
    "th": (("คำศัพท์วันนี้ ({d} {mon}): {w} ({pos}) – {df}",), (("เกรงใจ", "ก.", "ไม่อยากให้ผู้อื่นเดือดร้อนเพราะตน"),)),
    "ja": (
        ("今日の言葉（{m}月{d}日）：{w}【{pos}】{df}",),
        (
            ("木漏れ日", "こもれび", "木々の葉の間から差し込む日の光。"),
            ("積ん読", "つんどく", "本を買っても読まずに積んでおくこと。"),
        ),
    ),
    "ko": (
        ("오늘의 낱말 ({m}월 {d}일): {w} ({pos}) – {df}",),
        (
            ("윤슬", "명사", "햇빛이나 달빛에 비치어 반짝이는 잔물결."),
            ("미리내", "명사", "은하수를 이르는 제주 방언."),
        ),
    ),
    "zh": (
        ("每日一词（{m}月{d}日）：{w}（{pos}）—— {df}",),
        (
            ("躺平", "tǎng píng", "指放弃努力、降低欲望的生活态度。"),
            ("内卷", "nèi juǎn", "指同行间非理性的过度竞争。"),
        ),
    ),
}


def word_of_the_day(case: Case, rnd: random.Random) -> str:
    """A dictionary's word-of-the-day widget: the word, its part of speech (or reading) and its meaning."""
    lang = _lang(case, rnd, WORDS)
    templates, words = WORDS[lang]
    word, pos, definition = rnd.choice(words)
    day = _day(rnd, date(2016, 1, 1), 3300)
    return _render(rnd.choice(templates), w=word, pos=pos, df=definition, **_date_kw(lang, day))


# ---------------------------------------------------------------- defects in other fields
def percent_encoded_title(case: Case, rnd: random.Random) -> Case | None:
    """The headline as a share link's query carries it (``?text=...``), percent-encoded, taken as the
    title."""
    title = str(case.record.get("title") or "").strip()
    if not title:
        return None
    how = rnd.randrange(3)
    if how == 0:
        encoded = quote(title, safe="")
    elif how == 1:
        encoded = quote_plus(title, safe="")
    else:  # only the spaces and the quotes escaped, as a hand-built share link does
        encoded = title.replace(" ", "%20").replace('"', "%22").replace("&", "%26")
    return _with(case, title=encoded)


#: language: (offset from UTC in summer, in winter, the zone's summer name, its winter name), as the
#: browser's own language names the zone
JS_ZONES = {
    "en": ("+0100", "+0000", "British Summer Time", "Greenwich Mean Time"),
    "de": ("+0200", "+0100", "Mitteleuropäische Sommerzeit", "Mitteleuropäische Normalzeit"),
    "fr": ("+0200", "+0100", "heure d’été d’Europe centrale", "heure normale d’Europe centrale"),
    "es": ("+0200", "+0100", "hora de verano de Europa central", "hora estándar de Europa central"),
    "it": ("+0200", "+0100", "Ora legale dell’Europa centrale", "Ora standard dell’Europa centrale"),
    "pt": ("-0300", "-0300", "Horário Padrão de Brasília", "Horário Padrão de Brasília"),
    "ru": ("+0300", "+0300", "Москва, стандартное время", "Москва, стандартное время"),
    "ja": ("+0900", "+0900", "日本標準時", "日本標準時"),
}
_EN_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def js_date_string(case: Case, rnd: random.Random) -> Case | None:
    """The date as a page's script wrote it with ``Date.toString()``: English day and month, the offset and
    the zone's name in the browser's language ("Tue May 14 2024 09:31:00 GMT+0200 (Mitteleuropäische
    Sommerzeit)")."""
    lang = guess_language(case)
    if lang not in JS_ZONES:
        lang = rnd.choice(("en", "en", "de", "fr", "es"))
    summer_off, winter_off, summer, winter = JS_ZONES[lang]
    day = _record_day(case) or _day(rnd, date(2016, 1, 1), 3000)
    is_summer = 4 <= day.month <= 10
    clock = _clock(rnd, 5, 22)
    text = (
        f"{_EN_WD[day.weekday()]} {_EN_MON[day.month - 1]} {day.day:02d} {day.year}"
        f" {clock['hh']}:{clock['mi']}:{clock['ss']} GMT{summer_off if is_summer else winter_off}"
        f" ({summer if is_summer else winter})"
    )
    return _with(case, published=text)


#: language: author names as the byline prints them
BYLINE_PEOPLE: dict[str, tuple[str, ...]] = {
    "ja": ("佐藤 美穂", "高橋 健一", "伊藤 沙織", "山本 大輔"),
    "ko": ("김민지", "이준호", "박서연", "최동훈"),
    "zh": ("王晓明", "李静", "张伟", "陈思远"),
}


def _initials(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-]+", name) if p]
    if any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in name):
        return name[0]  # a CJK or Hangul avatar shows the family name's first character
    return "".join(p[0] for p in (parts[0], parts[-1])).upper() if len(parts) > 1 else name[:2].upper()


def avatar_initials_author(case: Case, rnd: random.Random) -> Case | None:
    """The author's name with the initials of the placeholder avatar the byline block draws for an author
    with no photo run into it ("JMJane Miller", "JM Jane Miller")."""
    lang = guess_language(case)
    if lang in BYLINE_PEOPLE:
        names = list(BYLINE_PEOPLE[lang])
    else:
        firsts, lasts = PEOPLE.get(lang, PEOPLE["en"])
        names = [f"{f} {la}" for f in firsts for la in lasts]
    picked = rnd.sample(names, 1)
    if rnd.random() < 1 / 3:
        picked += [rnd.choice([n for n in names if n.split()[0] != picked[0].split()[0]] or names)]
    joint = rnd.choice(("", "", " ", "\n"))
    return _with(case, authors=[f"{_initials(n)}{joint}{n}" for n in picked])


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return record_only(placed(once_for(make), where))

    lines: dict[str, Defect] = {
        "embargo line of a wire story or press release (start)": line(embargo_line, "start"),
        "link to the easy-to-read or sign-language version (start)": line(easy_version, "start"),
        "news agency's transmission header (start)": line(wire_header, "start"),
        "print view's header with the site, address and print time (start)": line(print_header, "start"),
        "photo's EXIF line (middle)": line(exif_line, "middle"),
        "hiking-route embed's data box (middle)": line(route_embed, "middle"),
        "glossary tooltip's definition card (middle)": line(glossary_card, "middle"),
        "fire and police call-out feed (end)": line(callout_feed, "end"),
        "local court's calendar of hearings (end)": line(court_calendar, "end"),
        "dictionary's word of the day (end)": line(word_of_the_day, "end"),
    }
    fields: Kinds = {
        "the headline percent-encoded (a share link's query) as the title": (
            record_only(percent_encoded_title),
            TITLE_CHECKS,
        ),
        "the date as a script's Date.toString() wrote it": (record_only(js_date_string), DATE_CHECKS),
        "the avatar's initials run into the author's name": (
            record_only(avatar_initials_author),
            AUTHOR_CHECKS,
        ),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-second set)",
        "twenty-second blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
