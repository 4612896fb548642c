"""harness.dates: the date forms pages use, parsed without guessing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from harness.dates import ParsedDate, date_from_url, parse_date, to_datetime_utc


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-06-03T08:08:00+05:45", "2025-06-03T08:08:00+05:45"),
        ("2025-06-03T08:08:00Z", "2025-06-03T08:08:00+00:00"),
        ("2025-06-03T08:08:00.123-0400", "2025-06-03T08:08:00-04:00"),
        ("2025-06-03 08:08", "2025-06-03T08:08:00"),
        ("2025-06-03", "2025-06-03"),
        ("20250603", "2025-06-03"),
        ("2022-11-1", "2022-11-01"),
        ("Published: 2025/06/03", "2025-06-03"),
        ("Tue, 03 Jun 2025 08:08:00 +0545", "2025-06-03T08:08:00+05:45"),
        ("Tue, 03 Jun 2025 08:08:00 GMT", "2025-06-03T08:08:00+00:00"),
        ("Tue, 03 Jun 2025 08:08:00 -0000", "2025-06-03T08:08:00"),
        ("June 3, 2025, 8:08 a.m.", "2025-06-03T08:08:00"),
        ("June 3, 2025, 8:08 p.m. EDT", "2025-06-03T20:08:00-04:00"),
        ("Sept. 4, 2019", "2019-09-04"),
        ("Posted on Monday, 5th of March 2024", "2024-03-05"),
        ("3. März 2024", "2024-03-03"),
        ("03.06.2025 um 14:30 Uhr", "2025-06-03T14:30:00"),
        ("le 3 juin 2025 à 14h30", "2025-06-03T14:30:00"),
        ("3 de junio de 2025", "2025-06-03"),
        ("12 de março de 2021", "2021-03-12"),
        ("3 giugno 2025 alle 14:30", "2025-06-03T14:30:00"),
        ("2023年11月17日 10:20", "2023-11-17T10:20:00"),
        ("13/06/2025", "2025-06-13"),
        ("06/13/2025", "2025-06-13"),
    ],
)
def test_parse_date_forms(text: str, iso: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None, text
    assert parsed.iso() == iso


@pytest.mark.parametrize(
    "text", ["", "03/06/2025", "yesterday", "November 2023", "2025-13-40", "31 February 2024", "1 Jan 1850"]
)
def test_ambiguous_or_invalid_dates_give_none(text: str) -> None:
    assert parse_date(text) is None


def test_languages_limit_month_names() -> None:
    assert parse_date("3. März 2024", languages=["en"]) is None
    assert parse_date("3. März 2024", languages=["de-AT"]) is not None


def test_parsed_date_flags_and_utc() -> None:
    zoned = parse_date("2025-06-03T08:08:00+05:45")
    assert zoned is not None
    assert zoned == ParsedDate(zoned.value, has_time=True, has_tz=True)
    assert zoned.to_datetime_utc() == datetime(2025, 6, 3, 2, 23, tzinfo=UTC)
    naive = parse_date("2025-06-03 08:08")
    assert naive is not None and naive.has_time and not naive.has_tz
    assert naive.to_datetime_utc() == datetime(2025, 6, 3, 8, 8, tzinfo=UTC)
    day = parse_date("2025-06-03")
    assert day is not None and day.value == date(2025, 6, 3) and not day.has_time
    assert to_datetime_utc("2025-06-03") == datetime(2025, 6, 3, tzinfo=UTC)
    assert to_datetime_utc("not a date") is None
    assert to_datetime_utc(None) is None


def test_timezone_is_never_invented() -> None:
    parsed = parse_date("June 3, 2025, 8:08 a.m.")
    assert parsed is not None and not parsed.has_tz
    assert "+" not in parsed.iso() and not parsed.iso().endswith("Z")


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://news.example/2024/03/05/some-story", "2024-03-05"),
        ("https://news.example/politics/20240305/story.html", "2024-03-05"),
        ("https://news.example/story-2024-03-05-title", "2024-03-05"),
        ("https://news.example/a/202403/05/WS123.html", "2024-03-05"),
        ("https://news.example/money/2024-03/05/c_123.htm", "2024-03-05"),
        ("https://news.example/2024/03/story", None),
        ("https://news.example/item/12345678901", None),
        ("https://news.example/2024/13/45/story", None),
        ("not a url", None),
    ],
)
def test_date_from_url(url: str, iso: str | None) -> None:
    parsed = date_from_url(url)
    assert (parsed.iso() if parsed else None) == iso


def test_parse_date_bounded_on_huge_input() -> None:
    assert parse_date("x" * 1_000_000 + " 2024-03-05") is None
    assert parse_date("2024-03-05 " + "9" * 1_000_000) is not None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3 марта 2025 г. | Автор: Иван Петров", "2025-03-03"),
        ("12 października 2024", "2024-10-12"),
        ("5 maart 2023", "2023-03-05"),
    ],
)
def test_genitive_and_dutch_month_names(text: str, day: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.iso() == day
