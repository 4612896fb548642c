"""Boilerplate a record shows by itself, in any language: no page to ask and no word list to read.

Record-only mode (``harness check`` on JSON lines) cannot look a line up in the page
(:mod:`harness.checks.provenance`), and the pattern lists cover a dozen languages. Two kinds of evidence
that need neither, measured in docs/checks-accuracy.md:

* **The run.** Boilerplate is a template's text, so it recurs; an article's text does not. Beyond the
  per-site learner (:mod:`harness.checks.recurring`, which needs ``recurring_min_pages`` pages of one site),
  a line is boilerplate when it recurs on ``teaser_min_pages`` pages of at least two sites, after as
  many *different* lines, and after different lines on at least half of its pages (so wire copy shared by
  several sites, where the neighbours recur too, is not, even where a few copies were cut or had a caption
  put in; and one site's recurring subheadings are left to the per-site learner and its share threshold),
  whatever its length: a notice of a platform's template ("This link is to an external site that may or may
  not meet accessibility guidelines.") reads as a sentence of the article, and only the run tells. A
  ``Label: headline`` line is a teaser when its label starts such lines on that many pages (of any sites,
  one included: the per-site learner cannot see them, their headlines differ) with different headlines
  ("Baca juga: ...", "Läs också: ...", "延伸阅读：..."). So is a box under a heading of its own whose text
  is as long as a sentence or two and changes with each page ("Tier der Woche: Bruno, 4 Jahre, ... · Tel.
  ...", "Blutspendetermine: Dienstag, 14.05., ..."), where it is the body's one such line, and no
  sentence unless it is the first line, a notice over the article, and no quotation (an interview's
  speakers and a match's line-ups come in several; "Bottom line: ... ." ends articles, "He said: “...”"
  quotes someone). ``boilerplate.teaser`` in all cases.
* **Platform names.** A short line with no sentence end whose last word names a social platform or news
  aggregator ("Ikuti kami di Google News", "Följ oss på Facebook") is a follow/share prompt (a line that
  starts with one, "Twitter seemed confused", is the article talking about it): the names are written
  alike in every language using the Latin script, inflections included ("Facebookon", "Twitterissä").
  Where a platform has a local spelling in another script ("Фейсбук", "فيسبوك", "フェイスブック", "微信"),
  that spelling counts too, anywhere in the line, as verb-final languages name the platform first
  ("페이스북에서 팔로우하세요", "ما را در اینستاگرام دنبال کنید"). In the Latin script the platform must stay
  the last word: "How Instagram changed photography" is a subheading, the article's.
  ``boilerplate.social``.
* **A lone label.** One ``Label: headline`` line in a body that has no other (no interview, no list of
  "Step 1:" lines), between other lines, is a teaser of another article in any language ("Baca lagi:
  ...", "আরও পড়ুন: ..."); on the corpus's clean bodies, one line in 121 bodies (an image credit)
  has that shape. ``boilerplate.lone_label``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Any, Protocol

from harness import ahead
from harness.checks.emit import Emitter
from harness.checks.settings import CheckSettings, SiteSettings
from harness.checks.shape import words
from harness.checks.text import has_letters, line_key, lines, squash, tokens
from harness.model import Finding

TEASER = "boilerplate.teaser"
SOCIAL = "boilerplate.social"
LONE_LABEL = "boilerplate.lone_label"
LONE_LABEL_WEAK = "boilerplate.lone_label_weak"
_SHORT_WORDS = 12
_SHORT_CHARS = 90
_MIN_WORDS = 3
_MIN_UNSPACED = 6  # characters, for a line in a script written without spaces
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0eff]")
_END = re.compile(r"[.!?。！？…;\"”’'»)\]]\s*$")
_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][^\s:：\d]{0,24}(?:\s+[^\s:：\d]{1,24}){0,3})\s*(?::\s+|：\s*)(?P<rest>\S.*)$"
)
_LABEL_MIN_CHARS = 3  # "Q:" and "A:" of interviews are not labels of a template
_PLATFORMS = re.compile(
    r"(?<![^\W\d_])(?:facebook|twitter|instagram|whatsapp|telegram|youtube|tiktok|linkedin|pinterest|"
    r"snapchat|reddit|mastodon|bluesky|vkontakte|wechat|weibo|viber|google news|flipboard)"
    r"[^\W\d_]{0,6}[\s!»›>→|]*$",  # the line's last word, inflections allowed: "... a Facebookon"
)
# Local spellings of platform names in other scripts (stems: inflections may follow), matched anywhere
# in a short line. Not a language's words: the names of a few platforms, as each script writes them.
_LOCAL_PLATFORMS = re.compile(
    "|".join(
        (
            "фейсбук|твит+ер|твітер|инстаграм|інстаграм|телеграм|ютуб|ютюб|вконтакт|однокласс",
            "вайбер|тик ?ток",
            "فيسبوك|فيس بوك|تويتر|ان?ستغرام|إنستغرام|انستجرام|يوتيوب|تلغرام|تيليجرام|واتساب|فیسبوک|توییتر",
            "اینستاگرام|تلگرام|یوتیوب|واتساپ|فیس بک|ٹویٹر|انسٹاگرام|واٹس ایپ",
            "פייסבוק|טוויטר|אינסטגרם|יוטיוב|טלגרם|וואטסאפ|טיקטוק",
            "फेसबुक|ट्विटर|इंस्टाग्राम|यूट्यूब|व्हाट्सएप|व्हाट्सऐप|टेलीग्राम|ফেসবুক|টুইটার|ইউটিউব|ইনস্টাগ্রাম",
            "হোয়াটসঅ্যাপ|টেলিগ্রাম|பேஸ்புக்|ட்விட்டர்|யூடியூப்|இன்ஸ்டாகிராம்|வாட்ஸ்அப்|டெலிகிராம்",
            "เฟซบุ๊ก|เฟสบุ๊ค|ทวิตเตอร์|ยูทูบ|อินสตาแกรม|フェイスブック|ツイッター|インスタグラム",
            "ユーチューブ|ティックトック|페이스북|트위터|인스타그램|유튜브|카카오톡|텔레그램|틱톡",
            "微信|微博|脸书|臉書|推特|抖音|公众号|ფეისბუქ",
        )
    )
)
_SOCIAL_WORDS = 8
_LONE_FIRST_LINES = 3
_FULL_STOPS = (".", "。")  # a line ending with one is a statement
_LINKISH = re.compile(r"https?://|www\.|\.com\b|@\w|#\w")


def short_line(line: str) -> bool:
    """A line that reads like a link or a label, not a sentence: short, no sentence end, some words."""
    if len(line) > _SHORT_CHARS or words(line) > _SHORT_WORDS or _END.search(line) or not has_letters(line):
        return False
    return words(line) >= _MIN_WORDS or len(_UNSPACED.findall(line)) >= _MIN_UNSPACED


def label_of(line: str) -> tuple[str, str] | None:
    """``(label, headline)`` of a ``Label: headline`` line, or None."""
    if ":" not in line and "\uff1a" not in line:  # most lines: ``_LABEL`` needs one of its two colons
        return None
    m = _LABEL.match(line)
    if m is None or len(m.group("label")) < _LABEL_MIN_CHARS:
        return None
    rest = m.group("rest").strip()
    if _LINKISH.search(rest) or not short_line(rest):
        return None
    return squash(m.group("label")), line_key(rest)


# ----------------------------------------------------------------------------- one record


def check_social(emit: Emitter, body: str) -> None:
    """``boilerplate.social``: short lines that end naming a social platform and are not a sentence."""
    if not emit.on(SOCIAL):
        return
    for line in lines(body):
        if len(line) > _SHORT_CHARS or not _social_prompt(line):  # most lines: cheapest test first
            continue
        emit.add(SOCIAL, "$.body", "a short line naming a social platform: a follow or share prompt", line)


@lru_cache(maxsize=8192)
def _social_prompt(line: str) -> bool:
    """A short line (at most ``_SHORT_CHARS`` characters, as :func:`check_social` asks it of no longer one)
    that ends naming a social platform and is no sentence; remembered for the last 8,192 lines (a pure
    function of the line): a crawl's follow and share prompts come back page after page."""
    core = line.rstrip(" !»›>→|")  # "Share on WhatsApp »" is a link, not a quotation's end
    if _END.search(core) or words(line) > _SOCIAL_WORDS:
        return False
    return not _LINKISH.search(line) and names_platform(line.casefold(), core)


def names_platform(folded: str, core: str) -> bool:
    """A platform as the line's last word, or anywhere in its local spelling in another script; a line
    ending on a colon introduces what follows ("Фейсбук ответил:"), it is prose."""
    if _PLATFORMS.search(folded):
        return True
    if core.endswith((":", "：")) or folded.isascii():
        return False
    return bool(_LOCAL_PLATFORMS.search(folded))


@cache
def _weak_patterns() -> tuple[re.Pattern[str], ...]:
    from harness.checks.patterns import WEAK, compile_lines

    return compile_lines(sorted(WEAK))


def _weak_line(line: str) -> bool:
    """A line a weak default pattern matches ("Photo: Jane Miller / Reuters", "Tags: ..."): a credit or a
    tag list is left to ``boilerplate.pattern_weak`` (a warning), as the truth itself keeps some credits."""
    flat = line.lower()
    return any(p.search(flat) for p in _weak_patterns())


def _headline_like(labelled: tuple[str, str] | None, line: str) -> bool:
    """The part after the label reads as a headline: two words of 2+ letters (or 6+ characters of a script
    written without spaces), and no second ``label:`` (``VIP : 60,000₩ R : 50,000₩`` is a price list)."""
    if labelled is None:
        return False
    rest = line.split(":", 1)[1] if ":" in line else line.split("：", 1)[-1]
    if ":" in rest or "：" in rest or _enumeration(rest):
        return False
    return sum(has_letters(w) for w in rest.split()) >= 2 or len(_UNSPACED.findall(rest)) >= _MIN_UNSPACED


_LIST_ITEMS = 4  # names after a label, parted by the ideographic comma ("大分県：大分市、臼杵市、...")
_ITEM_CHARS = 8


def _enumeration(rest: str) -> bool:
    """``rest`` lists ``_LIST_ITEMS`` names or more, each of at most ``_ITEM_CHARS`` characters, parted by
    the ideographic comma (Chinese's and Japanese's enumeration mark): a label and its list (a warning's
    towns under their prefecture), not a headline. Written for those scripts only: the same rule with
    commas ("Label: a, b, c, d") was measured in session 23 to spare labelled lists planted as defects."""
    if "、" not in rest:
        return False  # nearly every line
    items = [item.strip() for item in rest.split("、")]
    return len(items) >= _LIST_ITEMS and all(0 < len(item) <= _ITEM_CHARS for item in items)


def _has_colon(line: str) -> bool:
    """A cheap filter before :data:`_LABEL`: a label's colon sits in the line's first ~100 characters."""
    head = line[:110]
    return ":" in head or "：" in head


def check_lone_label(emit: Emitter, body: str) -> None:
    """``boilerplate.lone_label``: the one ``Label: headline`` line of a body, between two other lines or
    first in a body of three lines or more, whose headline shares no word of six letters or more with the
    rest of the body (another story's teaser, a widget's label and value: "Namnsdag idag: Britta och Olof").
    Not the last line: a hand-written body keeps its picture's credit there ("Image Source: ..."), and
    :mod:`harness.checks.tail` reads a body's last lines. A
    headline that shares one is ``boilerplate.lone_label_weak`` (information only): a subheading reads the
    same ("Haare: Diese Lebensmittel helfen beim Wachstum" over a paragraph about hair's growth), and so does
    a related story's teaser.

    Measured on ``generic``'s output of 1,081 real pages (trafilatura's evaluation pages and the corpus, as
    one ``harness check`` run; ``bench/outside_check.py``): of 54 lone labels, most were subheadings or
    quotations; with the shared-word split 8 are errors, 4 of them credits and reading-time labels."""
    if not emit.on(LONE_LABEL) and not emit.on(LONE_LABEL_WEAK):
        return
    body_lines = lines(body)
    found = [i for i, line in enumerate(body_lines) if _has_colon(line) and label_of(line) is not None]
    if len(found) == 1 and not _headline_like(label_of(body_lines[found[0]]), body_lines[found[0]]):
        return
    first = len(body_lines) >= _LONE_FIRST_LINES  # a widget's label above the article's first line
    at_ok = len(found) == 1 and (0 < found[0] < len(body_lines) - 1 or (found[0] == 0 and first))
    if at_ok and not _weak_line(body_lines[found[0]]):
        at = found[0]
        line = body_lines[at]
        if not _shares_word(re.split(r"[:：]", line, maxsplit=1)[-1], body_lines[:at] + body_lines[at + 1 :]):
            what = "a lone 'Label: headline' line the article shares no word with: a teaser or a widget"
            emit.add(LONE_LABEL, "$.body", what, line)
        else:
            what = "a lone 'Label: headline' line sharing words with the article: a subheading or a teaser"
            emit.add(LONE_LABEL_WEAK, "$.body", what, line)


def _shares_word(headline: str, others: list[str]) -> bool:
    """Whether a word of ``headline`` of six characters or more (a :func:`~harness.checks.text.tokens`
    token: a word's first six letters, a number, a pair of characters of a script written without spaces;
    or a whole word, since combining vowel signs split some scripts' words into short tokens) occurs in
    ``others``. Shorter words are left out: "after", "month" or "third" are in most stories. A headline
    with no such word ("In The Sea") counts as sharing: no evidence either way."""
    flat = unicodedata.normalize("NFKC", headline).casefold()
    wanted = {t for t in tokens(headline) if len(t) >= 6 or not t.isalpha() or not t.isascii()}
    wanted |= {w for w in (part.strip(_PUNCT) for part in flat.split()) if len(w) >= 6}
    if not wanted:
        return True
    rest = unicodedata.normalize("NFKC", "\n".join(others)).casefold()
    return any(w in rest for w in wanted)


_PUNCT = "\"'“”„«»‹›‘’()[]{}.,;:!?¿¡…–—-|/"


# ----------------------------------------------------------------------------- the run

Unit = tuple[str, str, str]  # (kind: "line" or "label", key, context)


class Row(Protocol):
    @property
    def page_id(self) -> str: ...
    @property
    def site(self) -> str: ...
    @property
    def body(self) -> str: ...


def body_units(body: str) -> list[Unit]:
    """:func:`units`, worked out ahead for the run where the runner could (:mod:`harness.ahead`)."""
    return ahead.cached("teaser.units", body, partial(units, body))


def run_line(line: str, i: int, n: int) -> bool:
    """A line the run counts (``i`` of ``n`` lines): a :func:`short_line`, or, since a template's text
    is not always link-shaped, any line that short ending a question or an exclamation ("Quiz: How well
    do you know ...?"); as a body's last line, also a statement ("This article was first published on
    ...") or one or two words ("Kommentera", "Traducido automáticamente"). Elsewhere, one or two words
    are left out (subheadings, "Design", "Verdict", "Highlights", recur across the reviews of several
    sites, even first in a body or right above its last paragraph; a subheading never ends a body), and
    so is a statement: reporting sentences recur across a crawl as paragraphs of their own ("The company
    declined to comment.", "The company did not immediately respond to a request for comment."). A
    longer line counts as a body's first or last line, where a template puts its notices ("When you buy
    through our links, we may earn a commission.", "This link is to an external site that may or may not
    meet accessibility guidelines."), and amid the body when it is no statement; the same words before or
    after different lines on pages of several sites are then a template's, and a copied story's lines
    come with their neighbours (:meth:`Learner.common`)."""
    if short_line(line):
        return True
    if len(line) > _SHORT_CHARS or words(line) > _SHORT_WORDS:
        return (i in (0, n - 1) or not _statement(line)) and has_letters(line)
    if not has_letters(line):
        return False
    if i == n - 1:
        return True
    return words(line) >= _MIN_WORDS and not _statement(line)


def _statement(line: str) -> bool:
    """The line ends with a full stop (its last character is read, the line is not scanned)."""
    return line.rstrip()[-1:] in _FULL_STOPS


def units(body: str) -> list[Unit]:
    """What a body tells the run: each line it counts (:func:`run_line`) with the line before it, each
    label with its headline. A body's first line has no line before it; the line after it is no better
    (sites that copy a story put their own caption, ad label or teaser under its lead), so its context is
    the story itself: the body's longest other line, which copies of one story share and other stories
    do not. A label counts with a longer text too where the body has one such line (:func:`_boxes`)."""
    out: list[Unit] = []
    body_lines = lines(body)
    keys = [line_key(line) for line in body_lines]
    n = len(body_lines)
    boxes = _boxes(body_lines)
    for i, line in enumerate(body_lines):
        first, last = i == 0, i == n - 1
        counted, labelled = (_read_short if len(line) <= _READ_CHARS else _read)(line, first, last)
        if counted:
            out.append(("line", keys[i], keys[i - 1] if i else "\x00" + _story(body_lines, keys)))
        labelled = labelled or boxes.get(i)
        if labelled is not None:
            out.append(("label", *labelled))
    return out


def _read(line: str, first: bool, last: bool) -> tuple[bool, tuple[str, str] | None]:
    """``run_line`` and ``label_of`` of a line, which read only the line and whether it is its body's first
    and last line: ``run_line(line, i, n)`` asks only ``i == 0`` and ``i == n - 1``, so the ``i`` and ``n``
    below answer both as the line's own place does."""
    i = 0 if first else 1
    return run_line(line, i, i + 1 if last else i + 2), label_of(line)


#: :func:`_read` remembered for the last 8,192 (line, place) of at most 500 characters (a pure function):
#: a crawl's template lines come back page after page, at the same place in their body
_READ_CHARS = 500
_read_short = lru_cache(maxsize=8192)(_read)


def _boxes(body_lines: list[str]) -> dict[int, tuple[str, str]]:
    """A body's one ``Label: text`` line whose text is longer than a teaser's (:func:`label_of` takes
    those): a template's box under its heading, its text changing with each page and ending on a link, a
    number or a name ("Tier der Woche: Bruno, 4 Jahre, Dackel, wartet im Tierheim Ulm ... · Tel. 0731
    ..."), or, as the body's first line, a notice over the article ("Hinweis: Wegen der Wahlruhe ... .").
    Index -> (label, text key); nothing when the body has two such lines or more (an interview's
    speakers, a match's line-ups, a recipe's parts). A sentence is left alone past the first line, and a
    quotation anywhere: "Bottom line: ... ." ends opinion pieces on many sites, "He said: “... .”" quotes
    someone in many articles, and both are the article's."""
    found: list[tuple[int, tuple[str, str]]] = []
    for i, line in enumerate(body_lines):
        if ":" not in line and "\uff1a" not in line:  # most lines: the cheapest test first
            continue
        m = _LABEL.match(line)
        if m is None or len(m.group("label")) < _LABEL_MIN_CHARS:
            continue
        rest = m.group("rest").strip()
        if len(rest) <= _SHORT_CHARS and words(rest) <= _SHORT_WORDS:
            continue  # a teaser's length: label_of's, or refused by it
        if rest[:1] in _OPENING_QUOTES:
            continue  # a quotation after its speaker ("He said: “...”"), the article's
        if found:
            return {}
        found.append((i, (squash(m.group("label")), line_key(rest))))
    if not found:
        return {}
    i, unit = found[0]
    return {i: unit} if i == 0 or not _sentence_end(body_lines[i]) else {}


_OPENING_QUOTES = frozenset("\"'“„«‘‚‹「『")
_CLOSERS = "\"'”’»›)]」』 "


def _sentence_end(line: str) -> bool:
    """The line ends a sentence, its closing quotation marks and brackets aside ("... in Miami.”")."""
    return line.rstrip(_CLOSERS)[-1:] in ".!?。！？…"


def _story(body_lines: list[str], keys: list[str]) -> str:
    """The key of the longest line after the first (the first such at equal length) when it is longer than
    a short line, else "": a one-paragraph story whose copies each end with a line of their own ("Filed
    by the city desk.", a site's footer) is one story, not several."""
    if len(body_lines) < 2:
        return ""
    at = max(range(1, len(body_lines)), key=lambda j: len(body_lines[j]))  # the first of equal lengths
    return keys[at] if len(body_lines[at]) > _SHORT_CHARS else ""


@dataclass
class Seen:
    """What the run showed of one unit: distinct bodies, and (capped) its sites and contexts."""

    pages: int = 0
    cross_site: bool = True  # a short line needs two sites; a label does not
    sites: set[Hashable] = field(default_factory=set)
    contexts: set[Hashable] = field(default_factory=set)


#: distinct contexts kept per unit: enough for a line after different lines on most of its pages
_CONTEXTS = 16


class Learner:
    """Counts units over the distinct bodies of the run; a unit is stored as given (itself in memory, a
    hash at crawl scale). The caller feeds each (site, body) once. A unit seen on one body so far (most
    lines of a crawl) is kept as a bare tuple; only a unit seen twice gets a :class:`Seen`, with up to
    :data:`_CONTEXTS` of its contexts (``cap``, the largest ``teaser_min_pages``, when that is more)."""

    def __init__(self, cap: int, first: Any = None) -> None:
        self.cap = max(cap, _CONTEXTS)
        #: key -> (site, context, label); ``first``: a compact store at crawl scale (harness.scale.compact)
        self.first: Any = {} if first is None else first
        self.seen: dict[Hashable, Seen] = {}

    def add(self, site: Hashable, body_units: Iterable[tuple[Hashable, Hashable, bool]]) -> None:
        """``body_units``: (stored key, context, is a label) of one body. A key counts once per body, with
        the context of its first occurrence: a line repeated inside one article ("See it now: Amazon" after
        each product), copied to other sites with it, is not a template's."""
        counted: set[Hashable] = set()
        body_units = list(body_units)
        prefetch = getattr(self.first, "prefetch", None)  # a compact store looks a body's keys up at once
        if prefetch is not None:
            prefetch([key for key, _, _ in body_units if key not in self.seen])
        for key, context, label in body_units:
            if key in counted:
                continue
            counted.add(key)
            seen = self.seen.get(key)
            if seen is None:
                once = self.first.pop(key, None)
                if once is None:
                    self.first[key] = (site, context, label)
                    continue
                seen = self.seen[key] = Seen(1, not once[2], {once[0]}, {once[1]})
            seen.pages += 1
            if len(seen.sites) < 2:
                seen.sites.add(site)
            if len(seen.contexts) < self.cap:
                seen.contexts.add(context)

    def common(self, floor: int) -> dict[Hashable, tuple[int, int]]:
        """Units with at least ``floor`` pages and contexts: key -> (pages, contexts). ``floor`` is at
        least 2 (``teaser_min_pages``). A line must also be on two sites or more, after different lines
        on at least half of its pages (as many as the learner keeps): a story copied by many sites has the
        same line before most of its paragraphs, though a few copies were cut or had a caption put in."""
        return {
            key: (seen.pages, len(seen.contexts))
            for key, seen in self.seen.items()
            if min(seen.pages, len(seen.contexts)) >= floor and (not seen.cross_site or self._spread(seen))
        }

    def _spread(self, seen: Seen) -> bool:
        return len(seen.sites) >= 2 and 2 * len(seen.contexts) >= min(seen.pages, self.cap)


def floor(settings: CheckSettings) -> int:
    return min(scope.teaser_min_pages for scope in settings.all_scopes())


def cap(settings: CheckSettings) -> int:
    return max(scope.teaser_min_pages for scope in settings.all_scopes())


def page_findings(
    page_id: str,
    body: str,
    scope: SiteSettings,
    max_findings: int,
    common: Callable[[str, str], tuple[int, int] | None],
) -> list[Finding]:
    """``boilerplate.teaser`` findings of one body; ``common(kind, key)`` is what the run learned."""
    emit = Emitter(page_id, scope, max_findings)
    need = scope.teaser_min_pages

    def pages(kind: str, key: str) -> int:
        found = common(kind, key)
        return found[0] if found is not None and min(found) >= need else 0

    for line, label, short in candidates(body):
        if label is not None and (n := pages("label", label)):
            what = f"a 'Label: headline' teaser; its label starts such lines on {n} pages of the run"
            emit.add(TEASER, "$.body", what, line)
            continue
        if short is not None and (n := pages("line", short)):
            what = f"a line that recurs on {n} pages of several sites, after different lines"
            emit.add(TEASER, "$.body", what, line)
    return emit.done() if emit.findings else []


def candidates(body: str) -> list[tuple[str, str | None, str | None]]:
    """The lines of ``body`` :func:`page_findings` looks up: ``(line, label key or None, line key or
    None)``: the label of a ``Label: headline`` line, the key of a line the run counts (:func:`run_line`);
    worked out ahead where the runner could (:mod:`harness.ahead`)."""
    return ahead.cached("teaser.candidates", body, partial(_candidates, body))


def _candidates(body: str) -> list[tuple[str, str | None, str | None]]:
    out: list[tuple[str, str | None, str | None]] = []
    body_lines = lines(body)
    boxes = _boxes(body_lines)
    for i, line in enumerate(body_lines):
        labelled = label_of(line) or boxes.get(i)
        counted = run_line(line, i, len(body_lines))
        if labelled is not None or counted:
            out.append((line, labelled[0] if labelled else None, line_key(line) if counted else None))
    return out


def find(rows: Sequence[Row], settings: CheckSettings) -> dict[str, list[Finding]]:
    """``boilerplate.teaser`` findings per page id, learned from the whole run (in memory)."""
    learner = Learner(cap(settings))
    fed: set[tuple[str, str]] = set()
    for row in rows:
        if settings.for_site(row.site).on(TEASER) and (row.site, row.body) not in fed:
            fed.add((row.site, row.body))
            learned = body_units(row.body)
            learner.add(row.site, (((kind, key), ctx, kind == "label") for kind, key, ctx in learned))
    table = learner.common(floor(settings))
    out: dict[str, list[Finding]] = {}
    for row in rows:
        scope = settings.for_site(row.site)
        if scope.on(TEASER):
            found = page_findings(
                row.page_id, row.body, scope, settings.max_findings, lambda kind, key: table.get((kind, key))
            )
            if found:
                out[row.page_id] = found
    return out
