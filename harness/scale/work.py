"""What an engine does with one chunk of input, in whatever process runs it: the two passes of a run.

The check logic is the one the in-memory path runs; this module only cuts it into what one chunk can do:

* pass 1, :func:`sketch_chunk`: decode each line, name its page, and reduce it to what the dataset-level
  checks keep: hashes of the key columns :func:`harness.checks.frame.columns` builds (title keys, body
  hashes), whether it is dated, and the hashes of its body's recurrence units. No body leaves the chunk.
  In process (:attr:`Setup.store`), it also runs the page checks and keeps the chunk's pages on disk
  (:mod:`harness.scale.stored`), with the hashes of its lines' title keys.
* pass 2, :func:`check_chunk`: the page checks (:func:`harness.checks.jsonl.check_record`; read back from
  pass 1 when kept, and then only the records a run-wide check can concern are decoded again), the row-local
  expectations (``body.too_short``, ``body.too_long``, ``boilerplate.pattern``) validated by Great
  Expectations over the chunk with :func:`harness.checks.dataset.dataset_findings`, the recurring lines the
  whole run taught (:func:`harness.checks.recurring.page_lines`) and the run-wide teaser lines
  (:func:`harness.checks.teaser.page_findings`), and the few rows whose title or body key
  more than one page shares, for the duplicate checks the engine finishes over the whole run.

Hashes are 64-bit BLAKE2b: two different keys sharing one is about as likely as 1 in 10^8 at 10^6 rows.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from harness import ahead
from harness.checks import frame, jsonl, rates, recurring, teaser, yearonly
from harness.checks.reader import Raw, decode
from harness.checks.settings import CheckSettings
from harness.checks.text import lines
from harness.model import Finding, PageResult
from harness.scale import rowlocal, stored

LOCAL_CHECKS = frozenset(
    {"body.too_short", "body.too_long", "boilerplate.pattern", "boilerplate.pattern_weak"}
)
#: duplicate check -> the frame column whose repeated values it reports
KEY_COLUMNS: Mapping[str, str] = {
    "title.duplicate": "title_site_key",
    "title.duplicate_across_sites": "title_key",
    "body.duplicated": "body_site_key",
}


_BLANK, _from_bytes = hashlib.blake2b(digest_size=8), int.from_bytes  # about 80 hashes a record


def h64(text: str) -> int:
    """64-bit BLAKE2b of ``text`` (never 0). A copy of an empty hash takes the text: a quarter cheaper
    than building one with its parameters each time, same digest."""
    state = _BLANK.copy()
    state.update(text.encode("utf-8", "surrogatepass"))
    return _from_bytes(state.digest(), "little") or 1


def local_settings(settings: CheckSettings) -> CheckSettings:
    """``settings`` with only the row-local expectations left on (per site as configured)."""
    sites = {name: replace(s, enabled=s.enabled & LOCAL_CHECKS) for name, s in settings.sites.items()}
    default = replace(settings.default, enabled=settings.default.enabled & LOCAL_CHECKS)
    return replace(settings, default=default, sites=sites)


@dataclass
class Setup:
    """What every chunk of a pass needs; set once per process (see :func:`install`)."""

    ctx: Any  # harness.runner.RunContext
    renamed: frozenset[int] = frozenset()  # line numbers whose URL an earlier line already had
    candidates: Mapping[str, frozenset[int]] = field(default_factory=dict)  # column -> hashes on 2+ rows
    common: Mapping[str, tuple[int, Mapping[int, int]]] = field(default_factory=dict)  # site -> (n, units)
    teaser: Mapping[int, tuple[int, int]] = field(default_factory=dict)  # unit -> (pages, contexts)
    keep_records: bool = True
    row_local: bool = True  # run the row-local expectations per chunk (the Spark engine runs them once)
    #: pass 1 keeps the row-local columns for one validation per run (:mod:`harness.scale.rowlocal`)
    row_local_once: bool = False
    #: the row-local expectations decided once per run: check -> failing line numbers (pass 2 words them)
    failing: Mapping[str, frozenset[int]] | None = None
    #: the lines whose key another line shares (pass 1 knows them); None: not known, look at every row
    repeats: frozenset[int] | None = None
    #: ``boilerplate.other_title``: the run's title-key hashes, sorted, and how many pages have each
    titles: tuple[Any, Any] | None = None
    #: per input line, which of the recurring (1), teaser (2) and other-title (4) checks can find anything
    #: there (:mod:`harness.scale.spill`); None: not known, run them all on every row
    busy: Any = None
    #: ``date.year_only`` / ``date.month_only``: line number -> (check, message) of the pages whose 1 January
    #: is a year read as a day, or whose first of a month is a month read as one
    year_only: Mapping[int, tuple[str, str]] = field(default_factory=dict)
    #: pass 1 runs the page checks and keeps each chunk's pages in this folder (:mod:`harness.scale.stored`)
    store: str | None = None
    store_limit: int = 0  # pass 1 keeps the records of chunks starting at or below this line number
    #: pass 2: the first line numbers of the chunks pass 1 kept (their pages are read, not checked again)
    stored: frozenset[int] = frozenset()


_setup: Setup | None = None


def install(setup: Setup) -> None:
    global _setup
    _setup = setup


def _current() -> Setup:
    assert _setup is not None, "work.install() was not called in this process"
    return _setup


@dataclass(frozen=True, slots=True)
class _Stub:
    id: str
    site: str
    url: str | None
    record: Mapping[str, Any]


@dataclass
class Sketch:
    """Pass 1 of one chunk: per page with a record, in input order."""

    ids: list[tuple[int, str, str, bool]] = field(default_factory=list)  # (line, base id, site, has url)
    keys: dict[str, list[int]] = field(default_factory=dict)  # column -> hash (0: no key)
    dated: list[bool] = field(default_factory=list)
    stamps: list[int] = field(default_factory=list)  # per row: its date for date.year_only (yearonly.stamp)
    bodies: list[tuple[int, int, list[int]]] = field(default_factory=list)  # (row, body hash, units)
    scores: list[dict[str, float]] = field(default_factory=list)  # row-local rate gates (rates.page_scores)
    teaser: list[tuple[int, int, list[tuple[int, int, bool]]]] = field(
        default_factory=list
    )  # (row, body, units)
    #: the row-local expectations' columns of the rows that have one: (line numbers, values per column)
    local: tuple[list[int], list[list[float]]] = field(default_factory=lambda: ([], []))
    titles: list[int] = field(default_factory=list)  # per row: hash of its title key (0: none or too short)
    other: list[tuple[int, list[int]]] = field(default_factory=list)  # (row, its body's line-key hashes)
    stored: bool = False  # the chunk's pages are kept (:mod:`harness.scale.stored`)


def _stub(
    data: Mapping[str, Any], number: int, page_id: str, site: str, record: Mapping[str, Any] | None = None
) -> _Stub:
    record = jsonl.normalise(data) if record is None else record
    url = record["url"] if isinstance(record["url"], str) else None
    return _Stub(page_id, site, url, record)


def sketch_chunk(chunk: Sequence[Raw]) -> Sketch:
    """Pass 1 of a chunk; with :attr:`Setup.store`, also its page checks, kept for pass 2. Each record's
    lines are split and keyed once, by its page checks, and reused (from :func:`lines` and ``line_key``'s
    memory) by its recurrence and teaser units and its body's digest right after (the digest is read by
    :func:`harness.checks.frame.columns` at the chunk's end, from :mod:`harness.ahead`'s table for the
    chunk: by then the lines' squashes of 2,000 records ago are forgotten)."""
    with ahead.run():
        return _sketch(chunk)


def warm(settings: CheckSettings) -> None:
    """Do now, once, the work a process does for its first records whatever they hold (about 80 ms: import
    ftfy, compile and merge the pattern lists): a runner calls it before it forks its workers, which then
    share it instead of each doing it again (the values are the same ones, from the same functions)."""
    from harness.checks import dataset
    from harness.checks.text import warm_mojibake

    warm_mojibake()
    seen: set[tuple[str, ...]] = set()
    for scope in (settings.default, *settings.sites.values()):
        if scope.patterns in seen:
            continue
        seen.add(scope.patterns)
        frame.warm(scope)
        if scope.any_on(frame.PATTERN_CHECKS):
            dataset.warm(scope.patterns)


def _sketch(chunk: Sequence[Raw]) -> Sketch:
    from harness.checks import dataset

    setup = _current()
    settings = setup.ctx.check_settings
    out, stubs, rows = Sketch(), [], []
    captured: list[str | None] = []
    pages: dict[int, PageResult] | None = {} if setup.store else None
    cache: dict[str, set[str]] = {}
    memo: dict[str, int] = {}  # the chunk's units, hashed (the recurrence and teaser units share many)
    titles: dict[str, int] = {}  # the chunk's lines -> their title key, hashed (0: none)
    for raw in chunk:
        data, problem, excerpt = decode(raw)
        if data is None:
            if pages is not None:
                pages[raw.number] = jsonl.invalid(raw.number, problem or "unreadable", excerpt)
            continue
        base, site = jsonl.identity(data, raw.number, set())
        pages, record = _checked(data, raw.number, (base, site), pages)
        stub = _stub(data, raw.number, base, site, record)
        stubs.append(stub)
        captured.append(jsonl.captured_of(data))
        out.ids.append((raw.number, base, site, bool(stub.url and stub.url.strip())))
        rows.append(frame.rows_from([stub])[0])
        _units(out, len(rows) - 1, rows[-1], settings, (cache, memo, titles))
    if pages is not None and setup.store is not None:
        try:
            stored.write(setup.store, chunk[0].number, pages, chunk[0].number <= setup.store_limit)
        except OSError:  # a full disk: pass 2 gets the chunk's lines and checks them again
            pages = None
        out.stored = pages is not None
    local = local_settings(settings).needs_gx and setup.row_local_once
    cols = frame.columns(rows, settings, only=[*KEY_COLUMNS.values(), *(rowlocal.COLUMNS if local else ())])
    if local:
        out.local = rowlocal.reduce([number for number, *_ in out.ids], cols)
    out.keys = {col: [h64(v) if v else 0 for v in cols[col]] for col in KEY_COLUMNS.values()}
    out.dated = [frame.dated(r.published) for r in rows]
    year_only = [settings.for_site(r.site).any_on(yearonly.CHECKS) for r in rows]
    out.stamps = [
        yearonly.stamp(r.published, r.url, at) if on else yearonly.NO_DAY
        for r, on, at in zip(rows, year_only, captured, strict=True)
    ]
    out.titles = [h64(k) if (k := dataset.title_key(r.title)) else 0 for r in rows]
    matched = cols["boilerplate_match"] if local else [None] * len(rows)
    out.scores = [
        rates.page_scores(r, settings.for_site(r.site), m) for r, m in zip(rows, matched, strict=True)
    ]
    return out


def _checked(
    data: Mapping[str, Any], number: int, ident: tuple[str, str], pages: dict[int, PageResult] | None
) -> tuple[dict[int, PageResult] | None, Mapping[str, Any] | None]:
    """The record's page checks into ``pages`` (when kept), and its normalised record. A check that raises
    leaves the chunk unkept: pass 2 checks it again and words the failure as for a lost chunk."""
    if pages is None:
        return None, None
    try:
        page = jsonl.check_record(data, number, _current().ctx, ident)
    except Exception:  # a bug in a check: pass 2 meets it again, on this chunk alone
        return None, None
    pages[number] = page
    return pages, page.record


def _units(
    out: Sketch,
    i: int,
    row: frame.Row,
    settings: CheckSettings,
    caches: tuple[dict[str, set[str]], dict[str, int], dict[str, int]],
) -> None:
    """Row ``i``'s recurrence units, teaser units and (when pages are kept) line keys, hashed. ``caches``:
    the chunk's lines' recurrence units, the hashes of the units, contexts and teaser keys seen in the
    chunk, and its lines' hashed title keys (a crawl's template lines come back page after page: each is
    keyed and hashed once a chunk)."""
    from harness.checks import dataset

    if not row.body:
        return
    cache, memo, titles = caches
    seen = memo.get  # a hash is never 0: ``seen(u) or _hashed(u, memo)`` is ``_hashed(u, memo)``, inlined
    scope = settings.for_site(row.site)
    body_hash = h64(row.body)  # one hash of the whole body for both lists
    if scope.on(recurring.CHECK):
        units = recurring.body_units(row.body, cache)
        out.bodies.append((i, body_hash, [seen(u) or _hashed(u, memo) for u in units]))
    if scope.on(teaser.TEASER):
        found = [
            (
                seen(unit := f"{kind}\x00{key}") or _hashed(unit, memo),
                seen(context) or _hashed(context, memo),
                kind == "label",
            )
            for kind, key, context in teaser.units(row.body)
        ]
        out.teaser.append((i, body_hash, found))
    if _current().store and scope.on("boilerplate.other_title"):
        short = (line for line in lines(row.body) if len(line) <= dataset._LINE_MAX)
        out.other.append((i, list({h for line in short if (h := _title_hash(line, titles))})))
    if scope.on("body.duplicated"):
        frame.digest(row.body)  # while its lines' squashes are remembered (see sketch_chunk)


def teaser_key(kind: str, key: str) -> int:
    """The hash a teaser unit's ``(kind, key)`` is counted and looked up by (both passes take it through
    their chunk's memory of hashes, :func:`_hashed`)."""
    return h64(f"{kind}\x00{key}")


def _title_hash(line: str, memo: dict[str, int]) -> int:
    """:func:`h64` of the line's title key (``boilerplate.other_title``), 0 when it has none; remembered in
    ``memo`` (a chunk's) by the line."""
    found = memo.get(line)
    if found is None:
        from harness.checks.dataset import title_key

        k = title_key(line)
        found = memo[line] = h64(k) if k else 0
    return found


def _hashed(text: str, memo: dict[str, int]) -> int:
    """:func:`h64` of ``text``, remembered in ``memo`` (a chunk's): a teaser unit's context is the line
    before it, keyed as its recurrence unit is, so most of a record's contexts were hashed a moment ago."""
    found = memo.get(text)
    if found is None:
        found = memo[text] = h64(text)
    return found


@dataclass
class Checked:
    """Pass 2 of one chunk."""

    pages: list[PageResult]  # with the page checks' findings only
    dataset: dict[str, list[Finding]]  # page id -> row-local expectations, then recurring lines
    members: list[tuple[str, frame.Row]]  # (column, row) for rows whose key other rows share
    hits: dict[str, Counter[str]]  # site -> recurring line -> pages


def _page(raw: Raw, setup: Setup) -> PageResult:
    data, problem, excerpt = decode(raw)
    if data is None:
        return jsonl.invalid(raw.number, problem or "unreadable", excerpt)
    base, site = jsonl.identity(data, raw.number, set())
    page_id = f"{base}-line-{raw.number}" if raw.number in setup.renamed else base
    return jsonl.check_record(data, raw.number, setup.ctx, (page_id, site))


def _member(col: str, row: frame.Row, value: str) -> frame.Row:
    if col == "title_key":  # the body's longest line tells its story apart (title.template)
        longest = max(lines(row.body or ""), key=len, default=None)
        return replace(row, published=None, body=longest)
    if col != "body_site_key":
        return replace(row, published=None, body=None)
    first = (lines(row.body or "")[:1] or [""])[0]
    return replace(row, published=None, body=f"{first}\n{value}")  # groups by key, shows the first line


def _other_titles(row: frame.Row, setup: Setup) -> list[Finding]:
    """``boilerplate.other_title`` for one row, from the run's title-key hashes pass 1 counted. The row's
    line keys are looked up all at once first: most bodies hold no other page's title, and then the check
    (which looks up the same keys one by one) has nothing to say."""
    from harness.checks import dataset

    if setup.titles is None or not row.body or not len(setup.titles[0]):
        return []
    if not setup.ctx.check_settings.for_site(row.site).on("boilerplate.other_title"):
        return []
    unique, counts = setup.titles
    own = dataset.title_key(row.title)
    mine = h64(own) if own else 0
    keys = [
        k for line in lines(row.body) if len(line) <= dataset._LINE_MAX and (k := dataset.title_key(line))
    ]
    if not keys:
        return []
    found = _others(keys, mine, unique, counts)
    if not found:
        return []
    return dataset.other_title_lines(row, setup.ctx.check_settings, lambda k: found.get(k, 0))


def _others(keys: list[str], mine: int, unique: Any, counts: Any) -> dict[str, int]:
    """Key -> pages other than this one having it as title key, for the keys where that is not 0."""
    import numpy as np

    hashes = np.fromiter((h64(k) for k in keys), dtype=np.uint64, count=len(keys))
    at = np.minimum(unique.searchsorted(hashes), len(unique) - 1)
    n = np.where(unique[at] == hashes, counts[at], 0).astype(np.int64) - (hashes == np.uint64(mine))
    return {k: int(c) for k, c in zip(keys, n.tolist(), strict=True) if c}


def _recurring(
    row: frame.Row, setup: Setup, out: Checked, cache: dict[str, set[str]], memo: dict[str, int]
) -> list[Finding]:
    """``boilerplate.recurring`` for one row: the lines the whole run taught
    (:mod:`harness.checks.recurring`). ``memo``: the chunk's units hashed (see :func:`check_chunk`)."""
    learned = setup.common.get(row.site)
    if not row.body or learned is None:
        return []
    settings = setup.ctx.check_settings
    n, units = learned
    return recurring.page_lines(
        recurring.BodyRow(row.page_id, row.site, row.body),
        settings.for_site(row.site),
        settings.max_findings,
        recurring.Common(lambda u, units=units: units.get(_hashed(u, memo)), n),  # type: ignore[misc]
        out.hits.setdefault(row.site, Counter()),
        cache,
    )


def _teaser(row: frame.Row, setup: Setup, memo: dict[str, int]) -> list[Finding]:
    """``boilerplate.teaser`` for one row: the lines and labels the whole run taught
    (:mod:`harness.checks.teaser`), their keys hashed through the chunk's ``memo``."""
    settings = setup.ctx.check_settings
    scope = settings.for_site(row.site)
    if not row.body or not setup.teaser or not scope.on(teaser.TEASER):
        return []
    return teaser.page_findings(
        row.page_id,
        row.body,
        scope,
        settings.max_findings,
        lambda kind, key: setup.teaser.get(_hashed(f"{kind}\x00{key}", memo)),
    )


def _members(
    full: Sequence[tuple[int, PageResult]], rows: list[frame.Row], setup: Setup, out: Checked
) -> None:
    """The rows whose title or body key other rows share. The keys (a squashed, hashed body) are rebuilt
    only for the lines pass 1 found repeating, when it says which (a key is the row's own business).
    ``full``: (line, page) for the pages pass 2 has the records of, every repeating line among them."""
    if setup.repeats is not None:
        repeats = setup.repeats
        rows = frame.rows_from([page for number, page in full if number in repeats])
    cols = frame.columns(rows, setup.ctx.check_settings, only=KEY_COLUMNS.values())
    for col in KEY_COLUMNS.values():
        wanted = setup.candidates.get(col, frozenset())
        for row, value in zip(rows, cols[col], strict=True):
            if value and h64(value) in wanted:
                out.members.append((col, _member(col, row, value)))


def _failing(
    chunk: Sequence[Raw],
    pages: Sequence[PageResult],
    rows: Sequence[frame.Row],
    failing: Mapping[str, frozenset[int]],
    out: Checked,
) -> None:
    """The row-local expectations' findings of this chunk's pages, from the run's one validation."""
    from harness.checks import dataset

    number = {page.id: raw.number for raw, page in zip(chunk, pages, strict=True) if page.record is not None}
    here = {
        check: [r.page_id for r in rows if number[r.page_id] in lines_]
        for check, lines_ in failing.items()
        if lines_
    }
    if not any(here.values()):
        return
    settings = _current().ctx.check_settings
    for pid, found in dataset.page_findings(rows, settings, here).items():
        out.dataset[pid] = list(found)


def needs(setup: Setup, number: int) -> bool:
    """Whether pass 2 needs line ``number``'s record: a check that uses the whole run may find something
    there, its page id changed, or pass 1 did not keep its page (then the parent sends the line)."""
    if setup.busy is None or setup.repeats is None or setup.failing is None:
        return True
    return (
        bool(setup.busy[number])
        or number in setup.renamed
        or number in setup.repeats
        or number in setup.year_only
        or any(number in lines_ for lines_ in setup.failing.values())
    )


def _resolve(
    raw: Raw, setup: Setup, kept: Mapping[int, PageResult] | None
) -> tuple[PageResult, PageResult | None]:
    """Line ``raw``'s page, and the same page with its record when pass 2 needs the record (else None)."""
    if kept is None or raw.number in setup.renamed:
        page = _page(raw, setup)
        return page, page
    page = kept[raw.number]
    if page.record is None or not needs(setup, raw.number):
        return page, None
    if page.record:
        return page, page
    data, _, _ = decode(raw)  # pass 1 kept no record: the parent sent the line for this
    assert data is not None, f"line {raw.number} was not sent to pass 2"
    return page, replace(page, record=jsonl.normalise(data))


def check_chunk(chunk: Sequence[Raw]) -> Checked:
    """Each record's page checks (or pass 1's, kept), then at once its recurring, teaser and other-title
    lines (so its lines are split and keyed once, :func:`harness.checks.text.lines` and ``line_key``
    remember them, and the units and teaser keys looked up are hashed once a chunk: a template's lines come
    back page after page); the row-local findings of the chunk go first in each page's list, as they
    always did."""
    from harness.checks import dataset

    setup = _current()
    settings = setup.ctx.check_settings
    out = Checked([], {}, [], {})
    rows: list[frame.Row] = []
    full: list[tuple[int, PageResult]] = []  # (line, page) for the pages whose records pass 2 reads
    late: dict[str, list[Finding]] = {}
    cache: dict[str, set[str]] = {}
    memo: dict[str, int] = {}  # the chunk's recurrence units and teaser keys, hashed once (as in pass 1)
    first = chunk[0].number if chunk else 0
    kept = stored.read(setup.store, first) if setup.store and first in setup.stored else None
    for raw in chunk:
        page, whole = _resolve(raw, setup, kept)
        out.pages.append(page)
        if whole is None:
            continue
        full.append((raw.number, whole))
        for row in frame.rows_from([whole]):
            rows.append(row)
            flags = 7 if setup.busy is None else int(setup.busy[raw.number])
            found = _recurring(row, setup, out, cache, memo) if flags & 1 else []
            found += _teaser(row, setup, memo) if flags & 2 else []
            found += _other_titles(row, setup) if flags & 4 else []
            if (said := setup.year_only.get(raw.number)) is not None:
                found.append(yearonly.finding(settings, row.site, *said, row.published))
            if found:
                late[row.page_id] = found
    local = local_settings(settings)
    if rows and setup.failing is not None:
        _failing(chunk, out.pages, rows, setup.failing, out)
    elif rows and local.needs_gx and setup.row_local:
        for pid, local_found in dataset.dataset_findings([p for _, p in full], local).per_page.items():
            out.dataset[pid] = list(local_found)
    for pid, found in late.items():
        out.dataset.setdefault(pid, []).extend(found)
    if setup.candidates:
        _members(full, rows, setup, out)
    if not setup.keep_records:
        # a page kept without its record (pass 1 above the page limit) is already what goes out
        out.pages = [replace(p, record={}) if p.record else p for p in out.pages]
    return out
