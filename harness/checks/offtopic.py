"""A labelled line off the article's topic: ``boilerplate.off_topic``, told by the body's own words.

A box an extractor keeps from the page is written about something else than the story it sits in: a
dictionary's word of the day, a court's calendar, a fire brigade's call-outs, a school-holiday box, a
lost-and-found list, a border crossing's waiting times. Such boxes have a label and a value ("Wort des Tages
(17.06.2017): Kummerspeck ...", "Real-time fire dispatch – December 10: 10:40 Automatic fire alarm at ...",
"Ferientermine Bayern 2024: Herbstferien 28.10. – 31.10. ..."), and their words are not the article's. No
word list is read; the evidence, on one line:

* a **label**: up to ``_LABEL_WORDS`` words before a colon, holding no sentence's end, within the line's
  first ``_LABEL_CHARS`` characters; not a list's item ("3) Product: ..."). A clock's colon ends no label
  and may stand in one ("Shelters open (as of 6:45 pm): ..."), and a heading of up to ``_HEADING_WORDS``
  words may end before it ("Shipping movements – Port of Tauranga. Arrivals: ...");
* a **digit** (a date, a time, a price, a count, a number of a case or a room: the box's value);
* at most ``_MAX_WORDS`` words and ``_MAX_CHARS`` characters, and no link, address or handle (a review's
  box of details, "More info: www.example.net", is the article's);
* **its words are not the article's**: of its meaningful tokens (:func:`harness.checks.text.tokens`: words
  of four letters or more, cut to a stem, and the bigrams of scripts written without spaces; numbers left
  out), at least ``_MIN_TOKENS``, at most ``_SHARED`` are found anywhere else in the body or the title.

The body's **first or last line** needs no label when the evidence is stronger: a digit, at most
``_MAX_WORDS`` words and ``_MAX_CHARS`` characters, no sentence's end at its end, no link, at least
``_EDGE_TOKENS`` tokens and **none** of them found in the title or the body's other lines (a name-day box, a
sunrise widget, birthday congratulations, a parish's service times kept above or below the story).

**Any line** needs neither a label nor an edge when it shares **no** word at all and has enough of its own:
a digit, at most ``_MAX_WORDS`` words and ``_MAX_CHARS`` characters, no link, at least ``_LONE_TOKENS``
tokens (a medicine advertisement's mandatory text, a correction box, a grant's note, a disclosure notice
set in the story), in a body of ``_LONE_MIN_LINES`` lines or more (a brief of four paragraphs may share no
word between two of them). A body with more than ``_LONE_AT_MOST`` such lines is of its own kind (a list of
unrelated items, a digest of short news): none of them is flagged. A bare host does not make such a line
the article's (a results box names "ucas.com", a helpline its site). In a body of ``_SHORT_MIN_LINES`` to
``_LONE_MIN_LINES - 1`` lines a lone line needs more: ``_SHORT_TOKENS`` tokens and ``_SHORT_NUMBERS``
numbers (a box of a place's details, not a brief's sentence). A line **dense with numbers** (at least
``_DENSE_NUMBERS``, and one a word or more in ``_DENSE_SHARE``: a tally, a box of prices and hours) with
``_DENSE_TOKENS`` tokens may share one of them ("about £41 a head ... service").

A body that writes ``_OWN_FORMAT`` or more labelled lines with a digit has made them its own format (a
listicle's items, an event's programme, a data sheet): none is flagged.

Hangul is read as syllable pairs as well as words: Korean writes its particles onto the word ("대통령이",
"대통령의"), so whole words would hide the words two lines share. Measured on the corpus's 121
hand-written bodies, fundus's 258 accepted bodies and Readability.js's 130 expected ones, and on ``generic``'s
output of 1,712 outside pages (docs/checks-accuracy.md, "Twenty-third pass" and "Twenty-fourth pass").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, islice

from harness.checks.emit import Emitter
from harness.checks.text import BARE_HOST, LINK_OR_HANDLE, joined, line_has_digit, lines, squash, tokens

CHECK = "boilerplate.off_topic"

_LABEL_WORDS = 9
_HEADING_WORDS = 6
_LABEL_CHARS = 72
_MAX_WORDS = 40
_MAX_CHARS = 400
_MIN_TOKENS = 3
_SHARED = 0.15  # share of a line's tokens found elsewhere in the record, at most
_OWN_FORMAT = 3
_EDGE_TOKENS = 5
_LONE_TOKENS = 6
_LONE_AT_MOST = 2
_LONE_MIN_LINES = 8  # a shorter body (a brief of a few paragraphs) has too few words to share
_SHORT_MIN_LINES = 4  # a body of 4 to 7 lines: a lone line needs more words and a box's numbers
_SHORT_TOKENS = 8
_SHORT_NUMBERS = 3
_DENSE_TOKENS = 8  # a line of numbers (a tally, a box of details) may share one word
_DENSE_NUMBERS = 5
_DENSE_SHARE = 0.2  # numbers a word, at least
_MIN_LINES = 3
_PROBE = 2  # lines on either side searched for a line's long words before its tokens are read
_SCANS = 32  # whole-body searches for lone lines' words, at most, in one body
_NEAR = 6  # lines read one by one, nearest first, before the body's text is searched for the rest

#: a clock's "6:32" ends no label and may stand in one ("Shelters open (as of 6:32 pm): ...")
_IN_LABEL = r"(?:[^:：]|(?<=\d):(?=\d))"
_LABEL = re.compile(rf"({_IN_LABEL}{{2,{_LABEL_CHARS}}}?)(?::\s+|：\s*)\S")
#: the lines :func:`_line_numbers` finds (it reads the colon signs instead of trying this at each line)
_COLON_NEAR_START = re.compile(
    rf"^(?:[^\n:：]|(?<=\d):(?=\d)){{2,{_LABEL_CHARS}}}(?::[ \t]|：)", re.MULTILINE
)
_SENTENCE_IN_LABEL = re.compile(r"[.!?](?:\s|$)")
_LIST_ITEM = re.compile(r"\(?\d{1,3}[).]\s")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]{2,}")
_PUNCTUATION = ".,;:!?\"'()[]{}«»„“”‘’‚‹›¿¡…–—-/|*"
_LONG_WORD = re.compile(r"[^\W\d_]{6,}")  # a word whose token is its first six letters
#: "12", "4,70", "12:00", "5/10": one number each; a score's "6-2" or a date's "2024-05" none (a match's
#: result is the story's own line: "Haase defeated Bublik 7-5, 3-6, 7-6 (5)")
_NUMBER = re.compile(r"(?<![\d-])\d+(?:[.,:/]\d+)*(?!\d|-\d)")


def labelled(line: str) -> bool:
    """A label of at most ``_LABEL_WORDS`` words before a colon, and a digit, on a line of at most
    ``_MAX_WORDS`` words with no link: a box's shape (the words are not read). The cheap tests first: most
    lines have no colon near their start, or are paragraphs longer than a box."""
    colon = max(line.find(":", 0, _LABEL_CHARS + 1), line.find("：", 0, _LABEL_CHARS + 1))
    if colon < 2 or len(line) > _MAX_CHARS:
        return False
    m = _LABEL.match(line)
    if m is None or len(m.group(1).split()) > _LABEL_WORDS or _sentence_before(m.group(1)):
        return False
    if len(line.split()) > _MAX_WORDS or _LIST_ITEM.match(line) or _DIGIT.search(line) is None:
        return False
    return not LINK_OR_HANDLE.search(line) and not BARE_HOST.search(line)


def _sentence_before(label: str) -> bool:
    """A sentence's end in the label, unless it ends a heading of a few words before it ("Shipping movements
    – Port of Tauranga. Arrivals: ...")."""
    ends = list(_SENTENCE_IN_LABEL.finditer(label))
    if not ends:
        return False
    at = ends[0].start()
    return len(ends) > 1 or not label[at - 1 : at].isalpha() or len(label[:at].split()) > _HEADING_WORDS


def off_topic_lines(body_lines: list[str], title: str | None = None, text: str | None = None) -> list[str]:
    """The labelled lines of ``body_lines``, its first and last lines, and any line, whose words the rest of
    the record does not share (see the module's docstring). Only a line with a colon near its start is read
    further as a labelled one (most lines have none), and the rest of the record is read only until it
    shares enough of a line's words. ``text``: the lines joined by line breaks, when the caller has them so
    (one scan in C for a colon near a line's start, instead of one per line)."""
    if len(body_lines) < _MIN_LINES:
        return []
    whole = "\n".join(body_lines) if text is None else text
    words = _Words(body_lines, title, whole)
    shaped = [i for i in _line_numbers(whole) if _labelled_short(body_lines[i])]
    found: set[int] = set()
    if len(shaped) < _OWN_FORMAT:
        for i in shaped:
            own = words.of(i)
            if len(own) >= _MIN_TOKENS and not words.shared(i, _SHARED):
                found.add(i)
    for i in (0, len(body_lines) - 1):
        edge = i not in found and _bare_edge(body_lines[i])
        if edge and len(words.of(i)) >= _EDGE_TOKENS and not words.shared(i, 0.0):
            found.add(i)
    if len(body_lines) >= _LONE_MIN_LINES or (len(body_lines) >= _SHORT_MIN_LINES and _has_box(body_lines)):
        found.update(_lone(body_lines, whole, words, found))
    return [body_lines[i] for i in sorted(found)]


def _lone(body_lines: list[str], text: str, words: _Words, found: set[int]) -> list[int]:
    """The lone lines (see the module's docstring), none when there are more than ``_LONE_AT_MOST``. A line
    that passes the nearby probe (:func:`_lone_candidate`) is searched for in the whole body, its words'
    stems as text; only a line none of whose stems is found elsewhere has its tokens read. A line dense with
    numbers (:func:`_dense`) that fails the probe or the search is read once more, allowed one shared token.
    A body that asks for more than ``_SCANS`` whole-body searches is of many unlike lines (a table, a list):
    none of its lines is told apart, and the work stays linear."""
    lone: list[int] = []
    short = len(body_lines) < _LONE_MIN_LINES
    lowered_text = text.lower()
    low = lowered_text.split("\n")
    if text.isascii():
        words.fold_as(lowered_text, low)  # an ASCII body's fold is its lower case: not lowered twice
    lowered = " " + lowered_text.replace("\n", " ") + " "  # each line's words between spaces or its ends
    scans = 0
    at = 0  # where line i's leading space is in ``lowered``
    for i, own in enumerate(low):
        start, at = at, at + len(own) + 1
        # the line as written is asked for its digit (lowering makes no digit and unmakes none): the widget,
        # board and premium-rate checks ask the same lines (``line_has_digit`` remembers the answers)
        if len(own) > _MAX_CHARS or own.count(" ") >= _MAX_WORDS or not line_has_digit(body_lines[i]):
            continue  # longer than a box (more words: a space or more between each two), or no value
        if i in found:
            continue
        candidate = _lone_candidate(low, i)
        if not candidate and not _dense(body_lines[i]):
            continue
        scans += 1  # a whole-body search follows
        if scans > _SCANS:
            return []
        if not candidate or _stem_elsewhere(own, lowered, start):
            # a word the line shares: only a line of numbers may share one (a line that is no candidate
            # is one: it was let through as such)
            if candidate and not _dense(body_lines[i]):
                continue
            toks = words.of(i)
            if len(toks) < _DENSE_TOKENS or words.shared(i, 1 / len(toks)):
                continue
        else:
            if not _boxed_short(body_lines[i], hosts=True):
                continue
            toks = words.of(i)
            if short and (len(toks) < _SHORT_TOKENS or _numbers(body_lines[i]) < _SHORT_NUMBERS):
                continue
            if len(toks) < _LONE_TOKENS or words.shared(i, 0.0, near=0):
                continue
        lone.append(i)
        if len(lone) > _LONE_AT_MOST:
            return []
    return lone


@lru_cache(maxsize=8192)
def _numbers(line: str) -> int:
    """How many numbers ``line`` writes ("12", "4,70", "12:00" and "5/10" one each). Remembered for the last
    8,192 lines (the callers ask lines of at most ``_MAX_CHARS`` characters): a crawl's template lines come
    back page after page."""
    return len(_NUMBER.findall(line))


def _has_box(body_lines: list[str]) -> bool:
    """A short body has a line that may be a box: ``_SHORT_NUMBERS`` numbers or more in a box's size (else
    :func:`_lone` has nothing to find in it, and its lowering and searches are not made)."""
    short = (line for line in body_lines if len(line) <= _MAX_CHARS and line_has_digit(line))
    return any(_numbers(line) >= _SHORT_NUMBERS for line in short)


def _dense(line: str) -> bool:
    """A line of numbers in a box's size (a tally, a box of a place's details): at least ``_DENSE_NUMBERS``
    numbers, one a word or more in ``_DENSE_SHARE``, no link (a bare host allowed)."""
    n = _numbers(line)
    return n >= _DENSE_NUMBERS and n >= _DENSE_SHARE * len(line.split()) and _boxed_short(line, hosts=True)


def _stem_elsewhere(own: str, lowered: str, start: int) -> bool:
    """A word of six letters or more of the line ``own`` (its first six letters: its token; both texts in
    lower case) opens a word of the body ``lowered`` (its lines joined by spaces, a space before the first
    and after the last) outside the line, or a word of four or five letters stands between spaces there:
    another line holds the same token. ``start``: where the space before ``own`` is in ``lowered``.

    Written as "the body holds the probe more often than the line between spaces" before; the same answer
    found by two searches outside the line's stretch, which stop at the first hit instead of counting the
    whole body. A stem's probe (a space and six letters) cannot overlap itself, so its count outside the
    stretch is the difference; a short word's probe (" word ") can overlap its next copy by the space
    between them, across the stretch's edge only when the line opens (ends) with that word and the line
    before (after) ends (opens) with it: :func:`_lone_candidate`, asked first, refuses such a line."""
    end = start + len(own) + 2
    for stem in {w[:6] for w in _LONG_WORD.findall(own)}:
        probe = " " + stem
        if lowered.find(probe, 0, start + 6) >= 0 or lowered.find(probe, end - 6) >= 0:
            return True
    for word in {w for w in own.split() if 4 <= len(w) < 6 and w.isalpha()}:
        probe = f" {word} "
        n = len(probe)
        if lowered.find(probe, 0, start + n - 1) >= 0 or lowered.find(probe, end - n + 1) >= 0:
            return True  # between spaces: a word of its own, whose token it is, in another line
    return False


class _Words:
    """The tokens of a body's lines (numbers left out, Hangul also as syllable pairs), each line's made once
    and only when asked, and the title's. A line's words are looked for in the ``_NEAR`` lines nearest it
    first. Past them, a token is a substring of its line as :func:`harness.checks.text.tokens` folds it, so
    a token the body's folded text holds no more often than the line itself is in no other line: only the
    tokens left, if they could still be enough, are looked for line by line, and only a line holding one of
    them as text is tokenised. A call reads the body at most once more, and the callers make a bounded number
    of such calls a body (see :func:`_lone`)."""

    def __init__(self, body_lines: list[str], title: str | None, text: str | None = None) -> None:
        self.lines = body_lines
        self.joined = "\n".join(body_lines) if text is None else text
        self.title_text = title or ""
        self._title: set[str] | None = None
        self.made: dict[int, set[str]] = {}
        self._folded: list[str] | None = None
        self._text = ""
        self._starts: list[int] | None = None

    @property
    def title(self) -> set[str]:
        if self._title is None:
            self._title = _own(self.title_text)
        return self._title

    def of(self, i: int) -> set[str]:
        own = self.made.get(i)
        if own is None:
            own = self.made[i] = _own(self.lines[i])
        return own

    def shared(self, at: int, share: float, near: int = _NEAR) -> bool:
        """More than ``share`` of line ``at``'s tokens found in the title or in another line (``near``: the
        lines read one by one first; none when the caller has searched them already)."""
        own = self.of(at)
        limit = share * len(own)
        seen = own & self.title
        rest = _outward(at, len(self.lines))
        for j in islice(rest, near):
            if len(seen) > limit:
                return True
            seen |= own & self.of(j)
        if len(seen) > limit or near >= len(self.lines) - 1:
            return len(seen) > limit  # found, or every other line read
        folded = self.folded()
        text = self._text  # made by ``folded``
        start = self._start(at)
        end = start + len(folded[at])
        left = set()
        for tok in own - seen:  # a token the body holds as text only in the line itself: in no other line
            # (no token holds a line break: its copies in other lines are before or after this line's
            # stretch, where the body held it more often than the line before; found at the first)
            if text.find(tok, 0, start) >= 0 or text.find(tok, end) >= 0:
                left.add(tok)
                if not limit and self._in_another(tok, at):
                    return True  # one token is enough: found, without counting the others
        if len(seen) + len(left) <= limit:
            return False  # what the other lines can still show is not enough
        for j in rest:
            if len(seen) > limit:
                return True
            if any(tok in folded[j] for tok in left - seen):  # else the line adds none of the tokens left
                seen |= own & self.of(j)
        return len(seen) > limit

    def _in_another(self, tok: str, at: int) -> bool:
        """``tok`` is a token of a line other than ``at``, tokenising only the lines that hold it as text."""
        folded = self.folded()
        return any(tok in folded[j] and tok in self.of(j) for j in range(len(self.lines)) if j != at)

    def _start(self, at: int) -> int:
        """Where line ``at`` starts in the folded text (the offsets made once a body, when first asked)."""
        if self._starts is None:
            self._starts = list(accumulate((len(line) + 1 for line in self.folded()), initial=0))
        return self._starts[at]

    def fold_as(self, text: str, split: list[str]) -> None:
        """Take ``text`` (and its lines, ``split``) as the body's fold, when the caller has made it: an
        ASCII body's lower case (:meth:`folded`)."""
        self._text, self._folded, self._starts = text, split, None

    def folded(self) -> list[str]:
        """The lines as :func:`harness.checks.text.tokens` folds them (lower case; NFKC and case folding
        outside ASCII), their joined text kept in ``_text``. Only a token is looked for in them, which holds
        no white space: outside ASCII, a line's :func:`harness.checks.text.squash` (its folded words, each
        whole, between single spaces) holds the same tokens as its fold, and the squashes are remembered
        from the body's shape check and keys, where the whole body's NFKC and case folding cost about
        22 us a body of 3,600 characters."""
        if self._folded is None:
            raw = self.joined
            if raw.isascii():
                text = raw.lower()
                self._folded = text.split("\n")
            else:
                self._folded = [squash(line) for line in self.lines]
                text = "\n".join(self._folded)
            self._text = text
        return self._folded


def _own(text: str) -> set[str]:
    own = {tok for tok in tokens(text) if not tok.isdigit()}
    if text.isascii() or max(text) < "\uac00":
        return own
    for word in _HANGUL.findall(text):
        own.update(word[k : k + 2] for k in range(len(word) - 1))
    return own


def _line_numbers(joined: str) -> list[int]:
    """The numbers of the lines of ``joined`` with a colon near their start (``_COLON_NEAR_START``: a line's
    first colon sign within its first ``_LABEL_CHARS`` characters, after two or more, a colon followed by a
    space or a tab or a full-width one), in order. Read from the colon signs found by ``str.find``, one
    line at a time (a line's first sign decides; the search goes on from the next line), where the regex
    tried up to ``_LABEL_CHARS`` characters after every line break: about a quarter of the time."""
    numbers: list[int] = []
    line = start = 0  # the number of the line that starts at ``start``
    colon, wide = joined.find(":"), joined.find("：")
    while colon >= 0 or wide >= 0:
        at = colon if wide < 0 or 0 <= colon < wide else wide  # the first sign of its line
        brk = joined.rfind("\n", start, at)
        if brk >= 0:
            line += joined.count("\n", start, brk + 1)
            start = brk + 1
        end = joined.find("\n", at)
        sign = _past_clocks(joined, at, start, len(joined) if end < 0 else end)
        if 2 <= sign - start <= _LABEL_CHARS and (
            joined[sign] == "：" or joined[sign + 1 : sign + 2] in (" ", "\t")
        ):
            numbers.append(line)
        if end < 0:
            break
        line, start = line + 1, end + 1
        if 0 <= colon < start:
            colon = joined.find(":", start)
        if 0 <= wide < start:
            wide = joined.find("：", start)
    return numbers


def _past_clocks(joined: str, at: int, start: int, stop: int) -> int:
    """The first colon sign of a line from ``at`` (its first; the line runs from ``start`` to ``stop``) that
    is not a clock's ("6:32", a colon between digits), within the line's first ``_LABEL_CHARS`` characters;
    -1 when there is none."""
    while (
        joined[at] == ":" and 0 < at < stop - 1 and joined[at - 1].isdecimal() and joined[at + 1].isdecimal()
    ):
        if at - start >= _LABEL_CHARS:
            return -1
        colon, wide = joined.find(":", at + 1, stop), joined.find("：", at + 1, stop)
        at = colon if wide < 0 or 0 <= colon < wide else wide
        if at < 0:
            return -1
    return at


#: a line that is a quotation: it opens with a quotation mark and closes one after its sentence's end
#: ('"I was at drama school until I was 26."', "« Nous avons perdu 3 matchs. »")
_QUOTED = re.compile(r"[\"“„«»‘‚「『]\s?\S.*[.!?…]\s?[\"”“»«’‘」』]\W*$")


def _boxed(line: str, hosts: bool = False) -> bool:
    """A box's size: a digit, at most ``_MAX_WORDS`` words and ``_MAX_CHARS`` characters, and no link (no
    bare host either, unless ``hosts``: a lone line's words are the article's in no line, and a results
    box or a helpline names its site as "ucas.com")."""
    if len(line) > _MAX_CHARS or not line_has_digit(line) or len(line.split()) > _MAX_WORDS:
        return False
    if _QUOTED.match(line):
        return False  # someone's words, quoted: a box is not
    return not LINK_OR_HANDLE.search(line) and (hosts or not BARE_HOST.search(line))


def _lone_candidate(low: list[str], at: int) -> bool:
    """Worth reading the tokens of line ``at`` for the lone rule (``low``: the body's lines in lower case):
    none of its words of six letters or more (whose token is their first six letters) opens a word in the
    ``_PROBE`` lines on either side, and none of four or five letters stands there between spaces (the line
    would share that token). Most lines of an article are answered at their first words, by a split and
    searches in C of a bounded text."""
    own = low[at]
    near = " " + " ".join(low[max(0, at - _PROBE) : at] + low[at + 1 : at + _PROBE + 1])
    near += " "
    for word in own.split():
        if len(word) >= 4:
            word = word.strip(_PUNCTUATION)
            if len(word) >= 6 and word[:6].isalpha() and " " + word[:6] in near:
                return False
            if 4 <= len(word) < 6 and word.isalpha() and f" {word} " in near:
                return False  # a word of four or five letters between spaces: its own token, another line's
    return True


def _bare_edge(line: str) -> bool:
    """An edge line in a box's shape with no label: a box's size, and no sentence's end."""
    return _boxed_short(line) and not _SENTENCE_END.search(line)


#: :func:`labelled` and :func:`_boxed` remembered for the last 8,192 lines each (pure functions of the
#: line, both false for a line over ``_MAX_CHARS`` characters, which is not remembered): the lines with a
#: colon near their start and the edge lines, a crawl's template lines among them
_labelled_cached = lru_cache(maxsize=8192)(labelled)
_boxed_cached = lru_cache(maxsize=8192)(_boxed)


def _labelled_short(line: str) -> bool:
    return len(line) <= _MAX_CHARS and _labelled_cached(line)


def _boxed_short(line: str, hosts: bool = False) -> bool:
    return len(line) <= _MAX_CHARS and _boxed_cached(line, hosts)


def _outward(at: int, n: int) -> Iterator[int]:
    """The indexes of ``n`` lines but ``at``, nearest first: ``at - 1``, ``at + 1``, ``at - 2``, ..."""
    for step in range(1, max(at, n - 1 - at) + 1):
        if at - step >= 0:
            yield at - step
        if at + step < n:
            yield at + step


def check_off_topic(emit: Emitter, body: str, title: str | None) -> None:
    """``boilerplate.off_topic``: a labelled line with a value, a bare one at an edge, or a lone one, whose
    words the article does not share."""
    if not emit.on(CHECK):
        return
    for line in off_topic_lines(lines(body), title, joined(body)):
        emit.add(
            CHECK, "$.body", "a line with a value whose words the article does not share (a box kept)", line
        )
