"""Field-by-field comparison of a recorded page's extraction with the live page's extraction.

Each difference is one :class:`FieldChange` of one of these kinds:

* ``lost``: the recording had a value, the live extraction has none;
* ``broken``: the live value differs while the recorded one is *still on the live page* (so the page did
  not change, the extraction did), or the body shrank below ``min_body_ratio`` of its recorded length,
  or it now picks up text that the recording left out;
* ``edited``: the value differs and the page's own text changed with it.

**Fallback is not an edit.** A critical field whose value changed while the element it came from changed
or vanished (``moved``: none of the recorded value's anchors carries the live value, see
:mod:`harness.drift.fingerprint`) is ``broken`` unless the new value is the same fact at another precision
(the same day, the same text): the extractor fell back to another, wrong value. A publication date that
moves by more than a day is ``broken`` unless the page shows readers both dates and the date's element
is in place (an update notice: "Published 18 November, updated 25 November"); a date that only changed
in the markup, while the page still shows the recorded one, is the template's fault, not an update. A
body that shrinks below ``SHARP_SHRINK`` of its length while its container changed is ``broken`` whatever
``min_body_ratio`` says (a teaser replacing the article); so is a body that lost more than a trivial share
of its text while the page still shows nearly all of it, a tenth more than the extraction kept (the page
did not change, the extraction did).

Text is compared after Unicode normalisation, whitespace collapsing and removal of relative timestamps
("5 minutes ago", "Updated 2 hours ago", "just now"), so churn that no reader calls an edit is not one.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from harness.drift.evidence import chrome_lines, cut_in_place, cut_tail, hidden_share
from harness.drift.fingerprint import date_renderings, squash
from harness.drift.sitename import added_affix, is_site_name

ChangeKind = Literal["lost", "broken", "edited"]
_RELATIVE = re.compile(
    r"(?i)(?:\b(?:last updated|updated|posted|published|edited)\s*:?\s*)?"
    r"(?:\b(?:\d+|an?|one|a few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b"
    r"|\bjust now\b)"
)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_EXCERPT = 80
#: A body that keeps less than this share of its length while its container changed is a teaser, not an edit.
SHARP_SHRINK = 0.8
#: Below this share of its word 3-grams kept (or above its complement gained) a body changed by more than
#: normalisation: with its container changed, that is a fallback, not an edit.
TRIVIAL = 0.9
#: At least this share of the recorded body's word 3-grams still on the live page, and a tenth more than
#: the extraction kept: the page kept its text, the extraction lost it (an edit loses both alike).
ON_PAGE = 0.9


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    kind: ChangeKind
    reason: str
    #: the same fact at another precision (a date on the same day, or within a day read in another zone)
    precision: bool = False


@dataclass(frozen=True, slots=True)
class PageText:
    """What a page shows, for "is the recorded value still here?" questions.

    ``visible`` is the visible text squashed (no whitespace), ``html`` the decoded source, ``shingles``
    the word 3-grams of the visible text.
    """

    visible: str
    html: str
    shingles: frozenset[tuple[str, ...]]
    soup: Any = None  # the parsed page, when the caller has it (else parsed from ``html`` when needed)

    def parsed(self) -> Any:
        if self.soup is not None:
            return self.soup
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.html, "lxml")


def shingles(text: str | None, size: int = 3) -> frozenset[tuple[str, ...]]:
    """Word ``size``-grams of the cleaned, lower-cased text (the unit of "is this text still here?")."""
    words = _WORD.findall(clean(text).lower())
    if len(words) < size:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def _share(part: frozenset[tuple[str, ...]], whole: frozenset[tuple[str, ...]]) -> float:
    return len(part & whole) / len(part) if part else 1.0


def clean(text: str | None) -> str:
    """Comparable text: NFKC, relative timestamps removed, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text or "")
    return _SPACES.sub(" ", _RELATIVE.sub(" ", text)).strip()


def _excerpt(text: str) -> str:
    return repr(text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…")


def paragraphs(body: str | None) -> list[str]:
    return [p for p in (clean(x) for x in re.split(r"\n", body or "")) if p]


def _present(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
_WORDY = 3  # a title with fewer words (4+ letters) than this says too little to judge by its words


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _TITLE_WORD.findall(unicodedata.normalize("NFKC", text))}


def _off_topic(old: str, new: str, bodies: tuple[str, str]) -> bool:
    """A new title that shares no word with the article, while the recorded one did: not a rewritten
    headline (an editor's headline names what the article is about) but a constant the extractor fell back
    to (a site's name, a section, a slogan). Only for spaced scripts with enough words to say so."""
    old_words, new_words = _words(old), _words(new)
    rec_body, live_body = (_words(b[:20000]) for b in bodies)
    if len(old_words) < _WORDY or not new_words or len(old_words & rec_body) < 2:
        return False
    return not new_words & (live_body | rec_body | old_words)


def _title(
    old: str,
    new: str,
    page: PageText,
    moved: bool,
    rec: PageText | None = None,
    bodies: tuple[str, str] = ("", ""),
) -> FieldChange | None:
    if squash(clean(old)).casefold() == squash(clean(new)).casefold():
        return None  # the same text (case, spacing): another precision, not a change
    if squash(clean(old)) and squash(clean(old)) in page.visible:
        return FieldChange(
            "title",
            "broken",
            f"title: extracted {_excerpt(new)}, but the recorded title {_excerpt(old)} is still on the page",
        )
    if is_site_name(new, page.parsed()) or (rec is not None and is_site_name(new, rec.parsed())):
        return FieldChange(
            "title",
            "broken",
            f"title: extracted {_excerpt(new)}, the site's own name (its metadata, <title> or domain), "
            f"not a headline; the recorded title was {_excerpt(old)}",
        )
    affix = added_affix(old, new)
    if affix is not None:
        return FieldChange(
            "title",
            "broken",
            f"title: extracted {_excerpt(new)}, the recorded headline {_excerpt(old)} with {_excerpt(affix)} "
            "added behind a title separator: the page's <title> with its site or section name, not a "
            "headline",
        )
    if moved:
        return FieldChange(
            "title",
            "broken",
            f"title: extracted {_excerpt(new)}; the recorded title {_excerpt(old)} is gone and the element "
            "it came from changed: a fallback, not an edit",
        )
    if _off_topic(old, new, bodies):
        return FieldChange(
            "title",
            "broken",
            f"title: extracted {_excerpt(new)}, which shares no word with the article, while the recorded "
            f"title {_excerpt(old)} did: a fallback to a constant, not a rewritten headline",
        )
    return FieldChange("title", "edited", f"title edited: {_excerpt(old)} -> {_excerpt(new)}")


def _instant(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _same_instant(old: str, new: str) -> bool:
    a, b = _instant(old), _instant(new)
    if a is None or b is None:
        return old.strip() == new.strip()
    if (a.tzinfo is None) != (b.tzinfo is None):
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return a == b


def _days_apart(old: str, new: str) -> float | None:
    a, b = _instant(old), _instant(new)
    if a is None or b is None:
        return None
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return abs((a - b).total_seconds()) / 86400


def _date_on_page(value: str, page: PageText) -> bool:
    prefix = value[:10]
    return bool(prefix) and (prefix in page.html or any(r in page.visible for r in date_renderings(value)))


def _days(value: str) -> set[str]:
    """The calendar days ``value`` can name: its own, and for a time with an offset its UTC day too (a
    date-only or naive value read in another time zone names the same instant on that day)."""
    when = _instant(value)
    out = {value[:10]}
    if when is not None and when.tzinfo is not None:
        out.add(when.astimezone(dt.UTC).date().isoformat())
    return out


def _maybe_same_instant(old: str, new: str) -> bool:
    """Could both values name one instant? Equal instants; the same day; or, when one side has no time
    zone (a date, a naive time), a day that the other side's instant falls on in its own zone or in UTC."""
    a, b = _instant(old), _instant(new)
    if old[:10] == new[:10]:
        return True
    if a is None or b is None or (a.tzinfo is not None and b.tzinfo is not None):
        return False  # two instants in known zones on different days: different instants
    return bool(_days(old) & _days(new))


_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")
_STAMPS = 500  # timestamps read from one page at most (hostile input)


def _zone_shift_on_page(old: str, new: str, page: PageText) -> bool:
    """Does the live page carry one instant whose day is ``new`` in its own zone and ``old`` in UTC (or
    the reverse)? Then two zone-less dates a day apart are that instant read in two zones."""
    days = {old[:10], new[:10]}
    for n, match in enumerate(_STAMP.finditer(page.html)):
        when = _instant(match.group(0))
        if n >= _STAMPS:
            break
        if when is None or when.tzinfo is None:
            continue
        if {match.group(0)[:10], when.astimezone(dt.UTC).date().isoformat()} == days:
            return True
    return False


def _visible(value: str, page: PageText) -> bool:
    """Whether a reader sees the date ``value`` on the page (in its text, not only in an attribute)."""
    return any(r in page.visible for r in date_renderings(value))


def _zoneless(value: str) -> bool:
    when = _instant(value)
    return when is None or when.tzinfo is None


def _published(old: str, new: str, page: PageText, moved: bool) -> FieldChange | None:
    if _same_instant(old, new):
        return None
    days = _days_apart(old, new)
    near = days is not None and days <= 1.5
    if (
        _maybe_same_instant(old, new)
        or (not moved and days is not None and days <= 1)
        or (near and _zoneless(old) and _zoneless(new) and _zone_shift_on_page(old, new, page))
    ):
        how = "the same day" if old[:10] == new[:10] else "within a day"
        # a time of day that became a bare date: the template lost its machine-readable date and the
        # extractor fell back to a coarser source (the URL, a printed day). Same day, but where it is read
        # from did change; a time read in another zone or from a sibling field of the same day did not
        lost_time = len(old.strip()) > 10 and len(new.strip()) <= 10
        return FieldChange(
            "published",
            "edited",
            f"published: {old} -> {new} ({how}: another precision)",
            precision=not lost_time,
        )
    old_shown = _date_on_page(old, page)
    if not moved and _visible(old, page) and _visible(new, page):  # to readers, not in an attribute
        return FieldChange(
            "published",
            "edited",
            f"published changed: {old} -> {new}; the page shows both dates (an update notice)",
        )
    if old_shown:
        return FieldChange(
            "published",
            "broken",
            f"published: extracted {new}, but the recorded date {old} is still on the page",
        )
    moved_by = (
        "changed" if days is None else "moved to another day" if days < 1.5 else f"moved {days:.0f} days"
    )
    where = "; the element it came from changed or vanished" if moved else ""
    return FieldChange(
        "published",
        "broken",
        f"published: {moved_by} ({old} -> {new}) and the recorded date is no longer on the page{where}: "
        "a fallback to another date, not an edit",
    )


def _body(
    old: str, new: str, rec: PageText, live: PageText, min_ratio: float, moved: bool
) -> FieldChange | None:
    rec_paras, live_paras = paragraphs(old), paragraphs(new)
    if rec_paras == live_paras:
        return None
    total, live_total = sum(map(len, rec_paras)) or 1, sum(map(len, live_paras))
    rec_words, live_words = shingles(old), shingles(new)
    kept = _share(rec_words, live_words)
    fresh = live_words - rec_words
    gained = len(fresh) / len(live_words) if live_words else 0.0
    if live_total / total < min_ratio:
        return _broken_body(
            f"body mostly gone: {live_total} characters extracted, {total} recorded "
            f"({live_total / total:.0%})"
        )
    if moved and (live_total / total < SHARP_SHRINK or kept < TRIVIAL or gained > 1 - TRIVIAL):
        return _broken_body(
            f"body: {total} -> {live_total} characters ({live_total / total:.0%}), "
            f"{kept:.0%} of the recorded text kept, {gained:.0%} of the live text new, while its container "
            "changed: a teaser or a fallback, not an edit"
        )
    return _body_evidence(old, new, rec, live, (rec_paras, live_paras), (kept, fresh, live_words))


def _broken_body(reason: str) -> FieldChange:
    return FieldChange("body", "broken", reason)


def _body_evidence(
    old: str,
    new: str,
    rec: PageText,
    live: PageText,
    paras: tuple[list[str], list[str]],
    words: tuple[float, frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]],
) -> FieldChange:
    """The body changed with its container in place: damage when the page says so, else an edit."""
    rec_paras, live_paras = paras
    kept, fresh, live_words = words
    on_page = _share(shingles(old), live.shingles)
    pulled_in = len(fresh & rec.shingles) / len(live_words) if live_words else 0.0
    if kept < 0.5 and on_page >= 0.8:
        return _broken_body(
            f"body: only {kept:.0%} of the recorded text is extracted, though {on_page:.0%} of it is "
            "still on the page"
        )
    if pulled_in > 0.3:
        return _broken_body(
            f"body: {pulled_in:.0%} of the live body is text the recording left out "
            "(boilerplate now extracted?)"
        )
    hidden = hidden_share(rec_paras, live_paras, live.parsed()) if kept < TRIVIAL else 0.0
    if hidden >= 1 - TRIVIAL:
        return _broken_body(
            f"body: {hidden:.0%} of the recorded text is now only in <noscript>, <template> or script data "
            "on the live page (lazy-loaded): no reader sees it and the extractor lost it"
        )
    if kept < TRIVIAL and on_page >= ON_PAGE and on_page - kept >= 1 - TRIVIAL:
        return _broken_body(
            f"body: {kept:.0%} of the recorded text is extracted, though {on_page:.0%} of it is still on the "
            "page: the page kept its text, the extraction lost it"
        )
    cut = cut_tail(rec_paras, live_paras, rec.visible, live.visible) or cut_in_place(
        rec_paras, live_paras, rec.visible, live.visible, (rec.parsed(), live.parsed()), clean
    )
    if cut is not None:
        return _broken_body(
            f"body: its last {cut.lost_chars} characters ({cut.lost_share:.0%}) are gone from the page and "
            f"{_excerpt(cut.follows)} now follows the kept opening: a paywall, teaser or placeholder, "
            "not an edit"
        )
    rec_set = set(rec_paras)
    chrome = chrome_lines(old, new, rec.html, live.html, [p for p in live_paras if p not in rec_set])
    if chrome is not None:
        return _broken_body(
            f"body: {len(chrome.lines)} new lines ({chrome.share:.0%} of it) are page chrome or "
            f"boilerplate, e.g. {_excerpt(chrome.lines[0])} ({chrome.where[0]})"
        )
    return _edited_body(rec_paras, live_paras, kept)


def _edited_body(rec_paras: list[str], live_paras: list[str], kept: float) -> FieldChange:
    live_set, rec_set = set(live_paras), set(rec_paras)
    changed = sum(1 for p in rec_paras if p not in live_set)
    added = sum(1 for p in live_paras if p not in rec_set)
    return FieldChange(
        "body",
        "edited",
        f"body edited: {changed} of {len(rec_paras)} paragraphs changed or "
        f"removed, {added} new; {kept:.0%} of the text kept",
    )


def _other(name: str, old: Any, new: Any) -> FieldChange | None:
    a = [clean(str(v)) for v in old] if isinstance(old, list | tuple) else clean(str(old))
    b = [clean(str(v)) for v in new] if isinstance(new, list | tuple) else clean(str(new))
    if a == b:
        return None
    return FieldChange(name, "edited", f"{name} changed: {old!r} -> {new!r}")


def compare_records(
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
    rec: PageText,
    live_page: PageText,
    min_body_ratio: float,
    moved: frozenset[str] = frozenset(),
) -> list[FieldChange]:
    """Every difference between the two extractions, judged against what the live page shows.

    ``moved`` names the fields whose live value no longer comes from the element the recorded one came from.
    """
    out: list[FieldChange] = []
    for name in ("title", "published", "body", "authors", "language"):
        old, new = recorded.get(name), live.get(name)
        if not _present(old):
            if _present(new):
                out.append(
                    FieldChange(
                        name,
                        "edited",
                        f"{name}: now extracted ({_excerpt(str(new))}), the recording had none",
                    )
                )
            continue
        if not _present(new):
            out.append(
                FieldChange(
                    name, "lost", f"{name}: lost (recorded {_excerpt(str(old))}, live extraction has none)"
                )
            )
            continue
        change: FieldChange | None
        if name == "title":
            bodies = (str(recorded.get("body") or ""), str(live.get("body") or ""))
            change = _title(str(old), str(new), live_page, name in moved, rec, bodies)
        elif name == "published":
            change = _published(str(old), str(new), live_page, name in moved)
        elif name == "body":
            change = _body(str(old), str(new), rec, live_page, min_body_ratio, name in moved)
        else:
            change = _other(name, old, new)
        if change is not None:
            out.append(change)
    return out
