"""Publication dates as pages write them, parsed without guessing.

Shared by the generic extractor (to read dates) and the checks (to judge them). Only the standard library
and regular expressions are used, so the rules are visible here:

* ISO 8601 and RFC 2822 are read as written; an offset is kept when given and never invented.
* Month names are understood in English, German, French, Spanish, Portuguese and Italian
  ("3. März 2024", "June 3, 2025, 8:08 a.m.", "3 de junio de 2025"), and CJK ``2024年3月5日``.
* All-numeric day/month forms are ambiguous. ``D.M.YYYY`` (dots) is read day-first, the convention of every
  language that writes dots. ``A/B/YYYY`` and ``A-B-YYYY`` are accepted only when one side is above 12;
  ``03/06/2025`` gives ``None`` rather than a coin toss.
* Years outside 1900..2100 are rejected.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

__all__ = [
    "DEFAULT_LANGUAGES", "ParsedDate", "date_from_url", "is_only_date", "parse_date", "to_datetime_utc"
]

DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru")

_MONTHS: dict[str, dict[str, int]] = {
    "en": {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
           "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
           "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
           "dec": 12},
    "de": {"januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
           "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
           "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
           "nov": 11, "dezember": 12, "dez": 12},
    "fr": {"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
           "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
           "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
           "décembre": 12, "decembre": 12, "déc": 12, "dec": 12},
    "es": {"enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
           "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
           "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "octubre": 10, "oct": 10,
           "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12},
    "pt": {"janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "mar": 3,
           "abril": 4, "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7,
           "agosto": 8, "ago": 8, "setembro": 9, "set": 9, "outubro": 10, "out": 10, "novembro": 11,
           "nov": 11, "dezembro": 12, "dez": 12},
    "it": {"gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
           "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
           "settembre": 9, "set": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11,
           "dicembre": 12, "dic": 12},
    "nl": {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
           "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
           "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12,
           "dec": 12},
    # Polish and Russian dates use the genitive ("3 marca", "3 марта"); nominatives are kept for headers
    "pl": {"stycznia": 1, "styczeń": 1, "lutego": 2, "luty": 2, "marca": 3, "marzec": 3, "kwietnia": 4,
           "kwiecień": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6, "lipca": 7, "lipiec": 7,
           "sierpnia": 8, "sierpień": 8, "września": 9, "wrzesień": 9, "października": 10,
           "październik": 10, "listopada": 11, "listopad": 11, "grudnia": 12, "grudzień": 12},
    "ru": {"января": 1, "январь": 1, "янв": 1, "февраля": 2, "февраль": 2, "фев": 2, "марта": 3,
           "март": 3, "мар": 3, "апреля": 4, "апрель": 4, "апр": 4, "мая": 5, "май": 5, "июня": 6,
           "июнь": 6, "июн": 6, "июля": 7, "июль": 7, "июл": 7, "августа": 8, "август": 8, "авг": 8,
           "сентября": 9, "сентябрь": 9, "сен": 9, "сент": 9, "октября": 10, "октябрь": 10, "окт": 10,
           "ноября": 11, "ноябрь": 11, "ноя": 11, "декабря": 12, "декабрь": 12, "дек": 12},
}

# Zone abbreviations that name one offset; ambiguous ones (IST, BST in some places) are left out.
_ZONES: dict[str, int] = {
    "z": 0, "utc": 0, "gmt": 0, "ut": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "cet": 60, "cest": 120, "mez": 60, "mesz": 120,
    "eet": 120, "eest": 180, "wet": 0, "west": 60, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
}

_TZ = r"(?P<tz>[zZ]\b|[+-]\d{2}(?::?\d{2})?\b|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]{2,4}\b)"
_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?P<s>[-/.]?)(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"
    r"(?:(?:[Tt]|\s+|,\s*)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{1,2})(?:[.,]\d+)?)?\s*" + _TZ + "?)?"
)
_TIME = re.compile(
    r"^\s*(?:[,|@–—-]|at|um|à|a las|às|alle|ore|kl\.?)?\s*(?:[,|@–—-]\s*)?"
    r"(?P<H>\d{1,2})(?:[:h.](?P<M>\d{2}))(?::(?P<S>\d{2}))?\s*(?:uhr|h\b)?\s*"
    r"(?P<ap>[ap]\.?\s?m\.?(?![a-z]))?\s*(?:\(?" + _TZ + r"\)?)?",
    re.I,
)
# "4.2.2022", and with a space after each dot, as German typesetting writes it: "4. 2. 2022"
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<s>[./-])(?:(?<=\.) )?(?P<b>\d{1,2})(?P=s)(?:(?<=\.) )?(?P<y>\d{4})(?!\d)"
)
_CJK = re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?")
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A publication date with what the page actually said about it.

    ``value`` is a :class:`datetime` when a time is known (aware only if ``has_tz``), else a :class:`date`.
    """

    value: datetime | date
    has_time: bool
    has_tz: bool

    @property
    def day(self) -> date:
        return self.value.date() if isinstance(self.value, datetime) else self.value

    def iso(self) -> str:
        """The schema form: offset kept when known, naive time when no zone, plain date when only the day."""
        if not self.has_time or not isinstance(self.value, datetime):
            return self.day.isoformat()
        value = self.value if self.has_tz else self.value.replace(tzinfo=None)
        return value.isoformat(timespec="seconds")

    def to_datetime_utc(self) -> datetime:
        """An aware UTC datetime for comparisons. A naive time or a plain date is read as UTC."""
        if isinstance(self.value, datetime):
            if self.has_tz and self.value.tzinfo is not None:
                return self.value.astimezone(UTC)
            return self.value.replace(tzinfo=UTC)
        return datetime(self.value.year, self.value.month, self.value.day, tzinfo=UTC)


def to_datetime_utc(value: ParsedDate | str | None) -> datetime | None:
    """UTC datetime of a :class:`ParsedDate` or of any string :func:`parse_date` understands."""
    if value is None:
        return None
    parsed = parse_date(value) if isinstance(value, str) else value
    return parsed.to_datetime_utc() if parsed else None


def month_names() -> frozenset[str]:
    """Every month's name and abbreviation of three letters or more, in every language of the tables."""
    return frozenset(name for table in _MONTHS.values() for name in table if len(name) >= 3)


def _month_table(languages: Iterable[str]) -> dict[str, int]:
    table: dict[str, int] = {}
    for lang in languages:
        table.update(_MONTHS.get(lang.lower().split("-")[0], {}))
    return table


def _month_patterns(languages: tuple[str, ...]) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    cached = _PATTERN_CACHE.get(languages)
    if cached is not None:
        return cached
    table = _month_table(languages)
    alt = "|".join(sorted((re.escape(k) for k in table), key=len, reverse=True))
    dmy = re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})(?:\.|º|°|er|st|nd|rd|th)?\s*(?:de\s+|of\s+)?(?P<mon>" + alt + r")\b\.?,?"
        r"\s*(?:de\s+|del\s+)?(?P<y>\d{4})(?!\d)",
        re.I,
    )
    mdy = re.compile(
        r"\b(?P<mon>" + alt + r")\b\.?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d),?\s*(?P<y>\d{4})(?!\d)", re.I
    )
    _PATTERN_CACHE[languages] = (table, dmy, mdy)
    return table, dmy, mdy


_PATTERN_CACHE: dict[tuple[str, ...], tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]] = {}


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    low = text.strip().lower()
    if low in _ZONES:
        return timezone(timedelta(minutes=_ZONES[low]))
    m = re.fullmatch(r"(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", low)
    if not m:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > 14 * 60:
        return None
    return timezone(timedelta(minutes=-minutes if m.group(1) == "-" else minutes))


_HMS = tuple[int, int, int]


def _build(y: int, m: int, d: int, hms: _HMS | None, tz: timezone | None) -> ParsedDate | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        if hms is None:
            return ParsedDate(date(y, m, d), has_time=False, has_tz=False)
        value = datetime(y, m, d, *hms, tzinfo=tz)
    except ValueError:
        return None
    return ParsedDate(value, has_time=True, has_tz=tz is not None)


def _time_after(rest: str) -> tuple[tuple[int, int, int] | None, timezone | None]:
    m = _TIME.match(rest)
    if not m:
        return None, None
    hour, minute, second = int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)
    ap = (m.group("ap") or "").lower()
    if ap:
        if not 1 <= hour <= 12:
            return None, None
        hour = hour % 12 + (12 if ap.startswith("p") else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None, None
    return (hour, minute, second), _zone(m.group("tz"))


def _parse_iso(text: str) -> ParsedDate | None:
    m = _ISO.search(text)
    if not m:
        return None
    if m.group("s") == "" and (len(m.group("m")) != 2 or len(m.group("d")) != 2):
        return None
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if m.group("H") is None:
        return _build(y, mo, d, None, None)
    hms = (int(m.group("H")), int(m.group("M")), int(m.group("S") or 0))
    if hms[0] > 23 or hms[1] > 59 or hms[2] > 59:
        return _build(y, mo, d, None, None)
    return _build(y, mo, d, hms, _zone(m.group("tz")))


def _parse_rfc2822(text: str) -> ParsedDate | None:
    if not _RFC2822.match(text):
        return None
    try:
        value = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    aware = value.tzinfo is not None
    return _build(value.year, value.month, value.day, (value.hour, value.minute, value.second),
                  value.tzinfo if aware else None)  # type: ignore[arg-type]


def _parse_named(text: str, languages: tuple[str, ...]) -> ParsedDate | None:
    table, dmy, mdy = _month_patterns(languages)
    best: re.Match[str] | None = None
    for pattern in (dmy, mdy):
        m = pattern.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    month = table.get(best.group("mon").lower().rstrip("."))
    if month is None:
        return None
    hms, tz = _time_after(text[best.end():])
    return _build(int(best.group("y")), month, int(best.group("d")), hms, tz)


def _parse_numeric(text: str) -> ParsedDate | None:
    m = _CJK.search(text)
    if m:
        hms, tz = _time_after(text[m.end():])
        return _build(int(m.group("y")), int(m.group("m")), int(m.group("d")), hms, tz)
    m = _NUMERIC.search(text)
    if not m:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    if m.group("s") == "." or a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None
    hms, tz = _time_after(text[m.end():])
    return _build(int(m.group("y")), month, day, hms, tz)


def _parse_epoch(text: str) -> ParsedDate | None:
    m = _EPOCH.match(text)
    if not m:
        return None
    value = datetime.fromtimestamp(int(m.group(1)), tz=UTC)
    return ParsedDate(value, has_time=True, has_tz=True) if 1995 <= value.year <= 2100 else None


def parse_date(text: str, *, languages: Iterable[str] = DEFAULT_LANGUAGES) -> ParsedDate | None:
    """Parse the first date in ``text``; ``None`` when there is none or it is ambiguous.

    ``languages`` limits which month names are understood (two-letter codes; unknown ones are ignored).
    """
    if not text:
        return None
    text = " ".join(text[:300].split())
    langs = tuple(sorted({lang.lower().split("-")[0] for lang in languages}))
    for parse in (_parse_iso, _parse_rfc2822, _parse_epoch):
        found = parse(text)
        if found:
            return found
    return _parse_named(text, langs) or _parse_numeric(text)


_URL_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<s1>[-/_.]?)(?P<m>\d{2})(?P<s2>[-/_.]?)(?P<d>\d{2})(?![\d])"
)


def date_from_url(url: str) -> ParsedDate | None:
    """A calendar date in a URL path: ``/2024/03/05/``, ``/20240305/``, ``2024-03-05``, ``/202403/05/``.

    The year must lie in 1995..2100 and the month and day must be valid. Month-only paths give ``None``.
    """
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for m in _URL_DATE.finditer(path):
        y = int(m.group("y"))
        if not 1995 <= y <= 2100:
            continue
        found = _build(y, int(m.group("m")), int(m.group("d")), None, None)
        if found:
            return found
    return None


_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_CJK_DATE = frozenset("年月日년월일時时分")
# "4 de marzo del 2021"; words of one or two letters ("at", "de", "um") are joiners too
_JOINERS = frozenset({"del"})
_ALL_MONTHS = frozenset(word for table in _MONTHS.values() for word in table)
_TIME_WORDS = frozenset({"am", "pm", "uhr", "hrs"} | set(_ZONES))


def is_only_date(text: str) -> bool:
    """Whether ``text`` says nothing but a day: ``4 March 2021``, ``2021-03-04``, ``04/03/2021 12:30``,
    ``Montag, 4. März 2021``, ``2021年3月4日``.

    A day is a year (1900..2100) with a day number and a month name of any language the parser knows, or
    three numbers, or the CJK year-month-day marks. Beside it only words of one or two letters ("at", "de"),
    times and zones may appear, and at most one other word, first and followed by a comma (a weekday).
    A month without a day ("April 2012") or a word before the date without a comma ("Blogposting
    01/23/2020", "DenkanStoos April 2012") is a headline, not a date."""
    stripped = text.strip()
    if not stripped or len(stripped) > 60:
        return False
    numbers = _DIGITS.findall(stripped)
    if not any(len(n) == 4 and 1900 <= int(n) <= 2100 for n in numbers):
        return False
    words = [w.casefold() for w in _LETTERS.findall(stripped)]
    named = any(w in _ALL_MONTHS for w in words) and any(len(n) <= 2 for n in numbers)
    cjk = any(ch in _CJK_DATE for ch in stripped)
    if not (named or cjk or len(numbers) >= 3):
        return False
    others = [
        w
        for w in words
        if len(w) > 2
        and w not in _ALL_MONTHS
        and w not in _TIME_WORDS
        and w not in _JOINERS
        and not set(w) <= _CJK_DATE
    ]
    if not others:
        return True
    if len(others) > 1:
        return False
    first = _LETTERS.match(stripped)
    if first is None or first.group().casefold() != others[0]:
        return False
    return stripped[first.end() :].lstrip().startswith(",")
