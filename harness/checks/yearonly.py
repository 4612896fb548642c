"""``date.year_only``: a year alone taken for the publication date, seen in the run's dates as a whole.

A date finder that meets only a year (a copyright line's "© 2009-2024", an archive's "2019") writes the
first of January of it, with no time of day. One such date proves nothing: news is published on New
Year's Day too. Many do: in a run, or a site of it, where the dates without a time pile up on 1 January of
several years, each of them is a year read as a day. Real dates spread over the year, 1 in 366 on any day,
and a day's crawl lands its pages on one day of one year, so the rule asks for both: at least
:data:`MIN_PAGES` such dates, over two years or more, and at least :data:`MIN_SHARE` of the group's dates
without a time. One year is enough when every one of those pages was captured :data:`LATE` or more after
its 1 January (the current year's "© 2026" on a crawl of December): a crawl of New Year's Day is captured
that day. A page whose URL holds 1 January of that year is a New Year's story and is left alone.

``date.month_only`` is the same for a month alone (an upload folder's ``/2019/03/``, an archive's "March
2019"), written as the first of it: at least :data:`MONTH_MIN_PAGES` dates without a time on the first of
a month other than January, over two months or more, and at least :data:`MONTH_SHARE` of the group's dates
without a time (real dates without a time: 1.4-8% on the first of a month, in four annotated sets).

Everything here is counting, so every engine decides alike: the in-memory path over its rows
(:func:`findings`), the streaming and Spark engines from the per-row :func:`stamp` their first pass keeps
(:class:`harness.scale.reduce.Totals`), wording the findings in their second pass with :func:`finding`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from harness.checks.frame import Row
from harness.checks.settings import CheckSettings
from harness.model import Finding

CHECK = "date.year_only"
CHECK_MONTH = "date.month_only"
CHECKS = (CHECK, CHECK_MONTH)
MIN_PAGES = 3  # 1 January dates without a time in a group, at least
MIN_SHARE = 0.05  # ... and this share of the group's dates without a time (1/366 by chance)
RUN = ""  # the group of the whole run (the other groups are sites)
NO_DAY, TIMELESS = 0, 1  # stamps below a year
LATE = dt.timedelta(days=7)  # a page captured this long after its 1 January cannot be a crawl of that day
MONTH_MIN_PAGES = 5  # first-of-the-month dates without a time in a group, at least
MONTH_SHARE = 0.25  # ... and this share of the group's dates without a time (about 1/30 by chance)
_MONTH_STAMP = 100_000  # a month's stamp is year * 100 + month, above every year's


def stamp(published: str | None, url: str | None, captured: str | None = None) -> int:
    """What the date says for these checks: :data:`NO_DAY` (no date, or one with a time of day),
    :data:`TIMELESS` (a day without a time, or exactly midnight), the year of a 1 January without a time
    that the URL does not hold (negative when the page was captured :data:`LATE` or more after it), or
    ``year * 100 + month`` for the first of another month without a time that the URL does not hold."""
    if not published:
        return NO_DAY
    try:
        when = dt.datetime.fromisoformat(published)
    except ValueError:
        return NO_DAY
    if (when.hour, when.minute, when.second, when.microsecond) != (0, 0, 0, 0):
        return NO_DAY
    if when.day != 1 or when.year < 1000:
        return TIMELESS
    if url:
        from harness.dates import date_from_url

        found = date_from_url(url)
        if found is not None and found.day == when.date():
            return TIMELESS
    if when.month != 1:
        return when.year * 100 + when.month
    return -when.year if _late(when.date(), captured) else when.year


def _late(day: dt.date, captured: str | None) -> bool:
    try:
        at = dt.datetime.fromisoformat(captured.strip()) if captured else None
    except ValueError:
        return False
    return at is not None and at.date() - day >= LATE


@dataclass
class Pile:
    """One group's dates without a time, the years of those on 1 January and the months of those on the
    first of another month."""

    timeless: int = 0
    years: Counter[int] = field(default_factory=Counter)
    late: int = 0  # of them, captured a week or more after their day
    months: Counter[int] = field(default_factory=Counter)

    def add(self, value: int) -> None:
        if value == NO_DAY:
            return
        self.timeless += 1
        if is_new_year(value):
            self.years[abs(value)] += 1
            self.late += value < 0
        elif value >= _MONTH_STAMP:
            self.months[value] += 1

    def fires(self) -> bool:
        n = self.years.total()
        years_apart = len(self.years) >= 2 or self.late == n
        return n >= MIN_PAGES and years_apart and n >= MIN_SHARE * self.timeless

    def fires_month(self) -> bool:
        n = self.months.total()
        return n >= MONTH_MIN_PAGES and len(self.months) >= 2 and n >= MONTH_SHARE * self.timeless

    def what_month(self, group: str) -> str:
        n = self.months.total()
        first, last = (f"{m // 100}-{m % 100:02d}" for m in (min(self.months), max(self.months)))
        where = "the run" if group == RUN else f"site {group}"
        return (
            f"a month taken for the date: the first of a month without a time, as {n} of the "
            f"{self.timeless} dates without one in {where} ({n / self.timeless:.0%}), over "
            f"{len(self.months)} months ({first} to {last})"
        )

    def what(self, group: str) -> str:
        n, first, last = self.years.total(), min(self.years), max(self.years)
        where = "the run" if group == RUN else f"site {group}"
        span = (
            f"over {len(self.years)} years ({first} to {last})"
            if len(self.years) >= 2
            else f"in {first}, each page captured a week or more after that day"
        )
        return (
            f"a year taken for the date: 1 January without a time, as {n} of the {self.timeless} dates "
            f"without one in {where} ({n / self.timeless:.0%}), {span}"
        )


def is_new_year(value: int) -> bool:
    """Whether a :func:`stamp` is a 1 January without a time (a year, negative when captured late)."""
    return TIMELESS < abs(value) < _MONTH_STAMP


def check_of(value: int) -> str | None:
    """The check a :func:`stamp` can count for: a 1 January's, a first of another month's, or none."""
    return CHECK if is_new_year(value) else CHECK_MONTH if value >= _MONTH_STAMP else None


def count(groups: dict[str, Pile], site: str, value: int) -> None:
    """One page's stamp into its site's pile and the run's (:data:`RUN`)."""
    if value != NO_DAY:
        groups.setdefault(site, Pile()).add(value)
        groups.setdefault(RUN, Pile()).add(value)


def piles(stamps: Iterable[tuple[str, int]]) -> dict[str, Pile]:
    """Per site, and for the run, the piles of ``(site, stamp)`` pairs."""
    out: dict[str, Pile] = {}
    for site, value in stamps:
        count(out, site, value)
    return out


def verdicts(groups: Mapping[str, Pile]) -> dict[tuple[str, str], str]:
    """(check, group) -> the message its pages get, for the groups whose 1 January dates, or first days of
    a month, pile up."""
    out = {(CHECK, group): pile.what(group) for group, pile in groups.items() if pile.fires()}
    out |= {
        (CHECK_MONTH, group): pile.what_month(group) for group, pile in groups.items() if pile.fires_month()
    }
    return out


def message(said: Mapping[tuple[str, str], str], value: int, site: str) -> tuple[str, str] | None:
    """(check, message) for a page of ``site`` with the stamp ``value``: its site's if the site piles up,
    else the run's (a run of many small sites, one extractor)."""
    check = check_of(value)
    if check is None:
        return None
    what = said.get((check, site)) or said.get((check, RUN))
    return (check, what) if what is not None else None


def finding(settings: CheckSettings, site: str, check: str, what: str, published: str | None) -> Finding:
    severity = settings.for_site(site).severity[check]
    return Finding(check, severity, "$.published", what, published)


def findings(
    rows: Sequence[Row], settings: CheckSettings, captured: Mapping[str, str | None]
) -> list[tuple[str, Finding]]:
    """``(page id, finding)`` for every page of ``rows`` whose 1 January date is a year read as a day, or
    whose first of a month is a month read as a day (``captured``: page id -> when it was captured)."""
    on = [r for r in rows if settings.for_site(r.site).any_on(CHECKS)]
    stamps = [stamp(r.published, r.url, captured.get(r.page_id)) for r in on]
    said = verdicts(piles((r.site, s) for r, s in zip(on, stamps, strict=True)))
    if not said:
        return []
    out = []
    for r, s in zip(on, stamps, strict=True):
        said_here = message(said, s, r.site)
        if said_here is not None and settings.for_site(r.site).on(said_here[0]):
            out.append((r.page_id, finding(settings, r.site, *said_here, r.published)))
    return out
