"""bench/date_ceiling.py: which days a page writes (fictional text)."""

from __future__ import annotations

from datetime import date
from types import ModuleType

import bench_modules


def _bench() -> ModuleType:
    return bench_modules.load("date_ceiling")


def test_days_written_in_numeric_named_and_cjk_forms() -> None:
    days = _bench().days_written(
        "https://example.org/2021/7/9/story posted 05.03.24, updated 2022-11-30T23:10:00Z,"
        " <meta content='20200102'> 3. März 2019 and June 4, 2018; 2017年8月15日 and 13/02/2016"
    )
    assert {
        date(2021, 7, 9),
        date(2024, 3, 5),
        date(2022, 11, 30),
        date(2020, 1, 2),
        date(2019, 3, 3),
        date(2018, 6, 4),
        date(2017, 8, 15),
        date(2016, 2, 13),
    } <= days


def test_ambiguous_numbers_give_both_readings_and_impossible_ones_none() -> None:
    ceiling = _bench()
    assert ceiling.days_written("on 03/06/2025") == {date(2025, 6, 3), date(2025, 3, 6)}
    assert ceiling.days_written("version 2022-29-11, build 1234567890, 31.02.2020") == set()
    assert ceiling._group(date(2020, 1, 2), {date(2020, 1, 1)}) == "near"
    assert ceiling._group(date(2020, 1, 2), {date(2020, 1, 5)}) == "absent"
