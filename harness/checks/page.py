"""Per-page checks, plain Python: title, date, body sanity, ground-truth snippets.

Each check reads one record and reports through :class:`~harness.checks.emit.Emitter`. Nothing here
raises for a data problem: a field of the wrong type is left to the schema check and skipped here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from harness.checks import (
    accents,
    blocked,
    cut,
    editorial,
    fields,
    foreign,
    furniture,
    langcode,
    language,
    notice,
    offtopic,
    pagenotes,
    premium,
    rows,
    runin,
    symbols,
    tail,
    teaser,
    widget,
    wire,
)
from harness.checks.edges import check_edges
from harness.checks.emit import Emitter
from harness.checks.names import is_site_name, site_part
from harness.checks.settings import CheckSettings
from harness.checks.shape import check_shape
from harness.checks.text import (
    clip,
    key,
    line_of,
    markup,
    mojibake,
    paragraphs,
    shares_token,
    squash,
    tokens,
)
from harness.model import Finding

_MISMATCH_TOKENS = 4  # title tokens sharing none with the body: an error from this many
_MISMATCH_BODY = 500  # ... over a body of this many characters or more
_MIN_TITLE_PREFIX = 25  # chars of key(title) before "body starts with the title" counts without a line break


@dataclass(frozen=True, slots=True)
class PageContext:
    """What a page check knows besides the record: ids, capture time and ground truth (if any)."""

    page_id: str
    site: str
    url: str | None
    captured_at: str | None
    truth: Mapping[str, Any] | None
    html: str | bytes | None = None
    """The page the record came from (replay mode: where the text came from), as text or as its UTF-8
    bytes (a UTF-8 page's own body: nothing to encode again for the parser)."""


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _blank(value: Any) -> bool:
    """None or an empty string; a value of the wrong type is the schema check's business."""
    return value is None or (isinstance(value, str) and not value.strip())


def page_findings(record: Mapping[str, Any], ctx: PageContext, settings: CheckSettings) -> list[Finding]:
    """All per-page findings for one record."""
    emit = Emitter(ctx.page_id, settings.for_site(ctx.site), settings.max_findings)
    title, body = _text(record.get("title")), _text(record.get("body"))
    blocked.check_not_an_article(emit, title, body)
    if title is None and _blank(record.get("title")):
        emit.add("title.missing", "$.title", "no title")
    elif title is not None:
        check_title(emit, title, body, ctx.site, record.get("language"), ctx.html)
        accents.check_title_accents(emit, title, body, ctx.url)
    check_date(emit, record.get("published"), ctx.captured_at, ctx.url)
    fields.check_authors(emit, record.get("authors"), ctx.site)
    langcode.check_language_code(emit, record.get("language"))
    if body is None:
        if _blank(record.get("body")):
            emit.add("body.empty", "$.body", "no body text")
    else:
        check_body(emit, body, title)
        cut.check_cut(emit, body)
        fields.check_language(emit, record.get("language"), body)
        language.check_language_words(emit, record.get("language"), body)
        teaser.check_social(emit, body)
        teaser.check_lone_label(emit, body)
        check_edges(emit, body)
        furniture.check_credits(emit, body)
        furniture.check_tag_list(emit, body)
        widget.check_widgets(emit, body)
        offtopic.check_off_topic(emit, body, title)
        notice.check_notices(emit, body, ctx.url, title)
        editorial.check_editorial(emit, body)
        premium.check_premium(emit, body)
        pagenotes.check_page_notes(emit, body, ctx.site, title)
        rows.check_link_rows(emit, body)
        foreign.check_foreign(emit, body)
        tail.check_tail(emit, body)
        symbols.check_symbols(emit, body)
        accents.check_accents(emit, body)
        check_truth(emit, body, ctx.truth)
        if ctx.html:
            from harness.checks import provenance

            provenance.check_page(emit, body, ctx.html)
    return emit.done()


# ----------------------------------------------------------------------------- title


def check_title(
    emit: Emitter,
    title: str,
    body: str | None,
    site: str,
    language: Any = None,
    html: str | bytes | None = None,
) -> None:
    if is_site_name(title, site, emit.scope.site_names):
        emit.add("title.site_name", "$.title", f"title is the site's name ({site}), not a headline", title)
    elif (name := site_part(title, site, emit.scope.site_names)) is not None:
        emit.add("title.site_suffix", "$.title", f"the site's name ({site}) is left in the title", name)
    fields.check_title_shape(emit, title, language, html)
    if emit.on(wire.CHECK) and (slug := wire.wire_slug(title)) is not None:
        emit.add(wire.CHECK, "$.title", f"a news agency's version slug left in the title: {slug!r}", title)
    if emit.on("title.standfirst_joined") and (pair := runin.standfirst_joined(title, body)) is not None:
        what = f"the standfirst run onto the headline with no space: {pair!r}"
        emit.add("title.standfirst_joined", "$.title", what, title)
    for garbled, fixed in mojibake(title):
        emit.add("title.mojibake", "$.title", f"garbled text (probably {fixed!r} decoded wrongly)", garbled)
    if body is not None:
        repeated = title_in_body(title, body)
        if repeated is not None:
            emit.add("title.repeated_in_body", "$.body", "the body repeats the title at its start", repeated)


def title_in_body(title: str, body: str) -> str | None:
    """The line near the top of ``body`` that repeats ``title``, if any."""
    tkey = key(title)
    if not tkey:
        return None
    paras = paragraphs(body)[:3]
    for para in paras:
        for line in para.splitlines():
            if key(line) == tkey:
                return line.strip()
    if paras and len(tkey) >= _MIN_TITLE_PREFIX and key(paras[0]).startswith(tkey):
        if _lead_goes_on(title.strip(), paras[0]):
            return None
        return paras[0][: len(title) + 20].strip()
    return None


def _lead_goes_on(title: str, para: str) -> bool:
    """The paragraph starts with the headline's words and goes on with the same sentence in lowercase
    ("Central park to close for renovation from May to August."): the lead's own wording, not a title glued
    to it, which a new sentence or line follows ("Central park to close for renovation The city said ...")."""
    if para[: len(title)].casefold() != title.casefold():
        return False
    rest = para[len(title) :].lstrip()
    return rest[:1].islower()


# ----------------------------------------------------------------------------- date


def _when(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC) if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def check_date(emit: Emitter, published: Any, captured_at: str | None, url: str | None = None) -> None:
    if published is None or (isinstance(published, str) and not published.strip()):
        emit.add("date.missing", "$.published", "no publication date")
        return
    if not isinstance(published, str):
        emit.add("date.unparseable", "$.published", "expected an ISO 8601 string", repr(published)[:100])
        return
    value = _when(published)
    if value is None:
        from harness.dates import parse_date

        readable = parse_date(published)
        hint = f" (it reads as {readable.iso()})" if readable else ""
        emit.add("date.unparseable", "$.published", f"expected ISO 8601{hint}", published)
        return
    has_time = "T" in published or " " in published.strip()
    if has_time and value.tzinfo is None:
        emit.add("date.no_timezone", "$.published", "date-time without a UTC offset", published)
    captured = _when(captured_at) if captured_at else None
    now = _utc(captured) if captured else dt.datetime.now(dt.UTC)
    slack = dt.timedelta(minutes=emit.scope.date_future_tolerance_minutes)
    if not has_time or value.tzinfo is None:
        slack += dt.timedelta(hours=14)  # a local day or time can run up to UTC+14 ahead
    if _utc(value) > now + slack:
        emit.add("date.future", "$.published", f"after the capture time {now.isoformat()}", published)
    if value.date() < emit.scope.date_earliest:
        emit.add("date.too_old", "$.published", f"before {emit.scope.date_earliest.isoformat()}", published)
    if url and emit.scope.any_on(("date.swapped", "date.url_mismatch")):
        _against_url(emit, value.date(), url, published)


#: how far the date may fall before the URL's day (a UTC time on the day before a local URL's day) and
#: after it (an update the same week); measured on 315 real pages whose URL holds a day (see docs/checks.md)
_URL_BEFORE = 1
_URL_AFTER = 7


def _against_url(emit: Emitter, day: dt.date, url: str, published: str) -> None:
    """``date.swapped`` or ``date.url_mismatch``: the date against the day the URL's path holds."""
    from harness.dates import date_from_url

    found = date_from_url(url)
    if found is None:
        return
    in_url = found.day
    if _swapped(day, in_url):
        if emit.on("date.swapped"):
            what = f"the day and the month swapped: the URL says {in_url.isoformat()}"
            emit.add("date.swapped", "$.published", what, published)
        return
    off = (day - in_url).days
    if emit.on("date.url_mismatch") and not -_URL_BEFORE <= off <= _URL_AFTER:
        side = "before" if off < 0 else "after"
        what = f"{_span(abs(off))} {side} the day in the URL ({in_url.isoformat()})"
        emit.add("date.url_mismatch", "$.published", what, published)


def _span(days: int) -> str:
    if days >= 730:
        return f"{days // 365} years"
    if days >= 60:
        return f"{days // 30} months"
    return f"{days} days"


def _swapped(day: dt.date, in_url: dt.date) -> bool:
    """Whether ``day`` is the URL's day with the day and the month swapped ("04/03/2021" read the other
    way round): the same year, each number in the other's place, the two different. A later edit moves a
    date by days or months, never exactly this way; a day past 12 cannot be a month."""
    if day.day > 12 or day.day == day.month:
        return False
    return in_url.year == day.year and in_url.month == day.day and in_url.day == day.month


# ----------------------------------------------------------------------------- body


def check_body(emit: Emitter, body: str, title: str | None) -> None:
    check_shape(emit, body)
    for snippet in dict.fromkeys(markup(body)):
        emit.add(
            "body.markup_leak",
            "$.body",
            f"markup in the text, in line {clip(line_of(body, snippet), 120)!r}",
            snippet,
        )
    for garbled, fixed in dict.fromkeys(mojibake(body)):
        emit.add(
            "body.mojibake",
            "$.body",
            f"garbled text (probably {fixed!r}) in line {clip(line_of(body, garbled), 120)!r}",
            garbled,
        )
    if title is not None and (emit.on("body.title_mismatch") or emit.on("body.title_mismatch_weak")):
        check = title_mismatch(title, body)
        if check is not None:
            emit.add(
                check,
                "$.body",
                f"the body shares no word with the title {clip(title, 120)!r}; first line",
                clip(paragraphs(body)[0], 200),
            )


def title_mismatch(title: str, body: str) -> str | None:
    """``body.title_mismatch`` when a title of four tokens or more shares none with a body of a few
    paragraphs (another page's body, or another page's title: 3 right bodies of 882 real pages fail it, see
    ``bench/title_checks.py``); ``body.title_mismatch_weak`` when the title is shorter or the body is a brief,
    which may share no word with its headline by style; else ``None``."""
    wanted = tokens(title)
    if not wanted or shares_token(wanted, body):
        return None
    long_enough = len(wanted) >= _MISMATCH_TOKENS or _name_shaped(title.strip())
    strong = long_enough and len(body) >= _MISMATCH_BODY
    return "body.title_mismatch" if strong else "body.title_mismatch_weak"


# A word of a person's name as it is written: a capital, then letters, parts joined by a hyphen or an
# apostrophe ("Jean-Luc", "O’Neill"), or an initial ("J.")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")


def _name_shaped(title: str) -> bool:
    """Two or three capitalised words and nothing else, as a person's name is written ("Priya Raman",
    "Анна Смирнова"): as a title over a body that never names them, a byline taken for the headline."""
    words = title.split(" ")
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in words)


def check_truth(emit: Emitter, body: str, truth: Mapping[str, Any] | None) -> None:
    extra = truth.get("extra") if truth else None
    snippets = extra.get("body_must_not_contain") if isinstance(extra, Mapping) else None
    if not isinstance(snippets, list) or not emit.on("boilerplate.truth_snippet"):
        return
    flat = squash(body)
    for snippet in snippets:
        if isinstance(snippet, str) and snippet.strip() and squash(snippet) in flat:
            shown = snippet.strip() if snippet.strip() in body else snippet
            emit.add(
                "boilerplate.truth_snippet",
                "$.body",
                "text the ground truth marks as not part of the article is in the body",
                shown,
            )
