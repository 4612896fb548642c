"""What a page template leaves under an article, told by the shape of the body's last lines (no word list).

Real articles end with a sentence, a signature ("(AP)", "— Reuters"), an author note or a credit. The
page's furniture under them is a line that is not a sentence, and some shapes of it are never an
article's last line. Measured on the corpus's hand-written clean bodies (docs/checks-accuracy.md), each
shape below hits none of them; ``boilerplate.tail`` (error) is any of them, but for a ``Label: headline``
whose headline shares a word of six letters or more with the article (``boilerplate.tail_weak``, info: on
real German pages such last lines were the article's own list items and definitions):

* **a count and a word**: "17 comments", "Comments (4)", "Kommentare: 12", "コメント 8件": one number
  (not a year) of at most five digits and one to three words, nothing else, among the last two lines, in a
  body with no such line before them ("Step 1" ... "Step 5" are the article's own parts);
* **an arrow or a chevron** at the start or end of a short line that is not a quotation: "« Headline",
  "Next →", "Headline »", "‹ Previous", among the last two lines;
* **a label and a headline** as the last line: "Next article: Schools to reopen after the holiday", a
  short ``Label: headline`` with no sentence end (credits and tag lines are left to their own checks);
  also as the line before it when the last line is template too (a previous and a next link);
* **a prompt**: the last line is two to eight words with no digit, no capitalised word after the first
  and no sentence end ("Leave a comment", "Réagir à cet article"), right after a line of prose, in a
  body whose long lines end sentences. Only in a script with letter case (a signature in Arabic or
  Hindi has no capital to tell a name by). A subheading never ends a body; a signature or credit names
  someone (capitalised words) or ends with a full stop.
* **a ranked box**: the body ends with a short heading over three or more headlines numbered 1, 2, 3 ...
  in order ("Most read" / "1. Man arrested after ..." / "2. Heatwave: ..."; "1.", "1)", "01", "#1", "1、"),
  each of three words or more (six characters in a script written without spaces) with no full stop: a
  "most read" or "trending" box in any language. An article's own numbered list is made of sentences, or
  of names shorter than a headline, or goes on after its last item.
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.furniture import is_credit
from harness.checks.teaser import _MIN_UNSPACED, _UNSPACED, _headline_like, _shares_word, _weak_line, label_of
from harness.checks.text import has_letters, lines
from harness.model import SEVERITY_RANK

TAIL = "boilerplate.tail"
TAIL_WEAK = "boilerplate.tail_weak"
_TAIL_LINES = 2
_MIN_LINES = 3
_MAX_CHARS = 120
_MAX_WORDS = 15
_PROMPT_WORDS = (2, 10)
_PROMPT_CHARS = 70
_PROSE_CHARS = 80
_LONG_LINE = 40
_ENDING_SHARE = 0.6  # of a body's long lines ending a sentence: a body of prose
_END = re.compile(r"[.!?。！？…;:：\"”’'»«›‹)\]]\s*$")
_NUMBER = re.compile(r"^[(\[（]?(?:\d{1,3}(?:[,.]\d{3})+|\d{1,5})[)\]）]?[^\W\d_]{0,2}$")
_COUNT_WORD = re.compile(r"^[(\[（]?[^\W\d_]{2,}[)\]）:：]?$")
_COUNT_TOKENS = 4
_YEAR = re.compile(r"^[(\[（]?(?:19|20)\d\d[)\]）]?$")
_LEAD_ARROWS = "«‹←⟵◄◀❮⇐"
_TRAIL_ARROWS = "»›→⟶►▶❯⇒"
_PAIRS = {"«": "»", "‹": "›", "»": "«", "›": "‹"}
_DIGIT = re.compile(r"\d")
_LINKISH = re.compile(r"https?://|www\.|[@#]\w")
_WORD = re.compile(r"[^\W\d_][^\s]*")
_AFTER_BREAK = re.compile(r"[.!?¿¡]\s+\S+")  # "What do you think? Tell us...": "Tell" starts a sentence
_RANK = re.compile(r"(?:#\s?)?0?(\d{1,2})(?:[.)、．:]\s*|\s+)(\S.*)")
_RANKED = 3  # items of a ranked box, at least
_RANK_WORDS = (3, 16)
_HEADING_WORDS = 6
_HEADING_CHARS = 50


def count_line(line: str) -> bool:
    """One number and one to three words, nothing else: "17 comments", "Comments (4)", "View 14 comments"."""
    if len(line) > _MAX_CHARS // 3:
        return False
    tokens = line.replace("(", " (").replace("（", " （").split()
    if not 2 <= len(tokens) <= _COUNT_TOKENS:
        return False
    numbers = [t for t in tokens if _NUMBER.match(t)]
    if len(numbers) != 1 or _YEAR.match(numbers[0]):  # "Seit 1996 offizieller Gedenktag": a year, no count
        return False
    return all(_NUMBER.match(t) or _COUNT_WORD.match(t) for t in tokens)


def arrow_line(line: str) -> bool:
    """A short line led or closed by an arrow or a chevron that does not open or close a quotation."""
    s = line.strip()
    if not s or len(s) > _MAX_CHARS or len(s.split()) > _MAX_WORDS:
        return False
    first, last = s[0], s[-1]
    if first in _LEAD_ARROWS and _PAIRS.get(first, "\0") not in s[1:]:
        return True
    if last in _TRAIL_ARROWS and _PAIRS.get(last, "\0") not in s[:-1]:
        return not s[:-1].rstrip().endswith((".", "!", "?", "。"))
    if s.startswith(("< ", "<<")):  # "< Previous", "<< Back to news"; a tag has its ">" too
        return ">" not in s
    return s.endswith((" >", ">>")) and not s.startswith("<")


def label_line(line: str) -> bool:
    """``Label: headline``, short, no sentence end, not a credit or a tag line."""
    if len(line) > _MAX_CHARS or _END.search(line):
        return False
    labelled = label_of(line)
    if labelled is None or not _headline_like(labelled, line):
        return False
    return not _weak_line(line) and not is_credit(line)


def prompt_line(line: str) -> bool:
    """Two to eight words in sentence case, no digit, no link, no sentence end (see the docstring)."""
    s = line.strip()
    if len(s) > _PROMPT_CHARS or _END.search(s) or _DIGIT.search(s) or _LINKISH.search(s):
        return False
    found = _WORD.findall(s)
    low, high = _PROMPT_WORDS
    if not low <= len(s.split()) <= high or len(found) < low:
        return False
    if not found[0][0].isupper():  # sentence case is the evidence: a script with no case has none
        return False
    return not any(w[0].isupper() for w in _AFTER_BREAK.sub(" ", s).split()[1:])


def _transparent(line: str) -> bool:
    """A rule ("___") or a bare link: the line before the prompt is looked for above it."""
    return not has_letters(line) or (len(line.split()) == 1 and _LINKISH.search(line) is not None)


def _prose_body(body_lines: list[str]) -> bool:
    long = [x for x in body_lines[:-1] if len(x) >= _LONG_LINE]
    ending = sum(1 for x in long if _END.search(x))
    prev = next((x for x in reversed(body_lines[:-1]) if not _transparent(x)), "")
    prose_before = len(prev) >= _LONG_LINE or _END.search(prev) is not None
    return prose_before and bool(long) and ending >= _ENDING_SHARE * len(long)


_LABEL_WHAT = "a 'Label: headline' line ending the body (a link to another article)"


def _ranked_item(text: str) -> bool:
    """A headline in a ranked box: three to sixteen words (or six characters of a script written without
    spaces), no full stop at its end, no link."""
    n = len(text.split())
    if text.rstrip().endswith((".", "。")) or _LINKISH.search(text) or n > _RANK_WORDS[1]:
        return False
    return n >= _RANK_WORDS[0] or len(_UNSPACED.findall(text)) >= _MIN_UNSPACED


def ranked_box(body_lines: list[str]) -> list[str]:
    """The heading and the items of a ranked box ending the body (see the module's docstring), or []."""
    items: list[tuple[int, str]] = []
    i = len(body_lines) - 1
    while i > 0 and (m := _RANK.fullmatch(body_lines[i])) is not None and _ranked_item(m.group(2)):
        items.append((int(m.group(1)), body_lines[i]))
        i -= 1
    if len(items) < _RANKED or [n for n, _ in reversed(items)] != list(range(1, len(items) + 1)):
        return []
    heading = body_lines[i]
    if i < 1 or len(heading) > _HEADING_CHARS or len(heading.split()) > _HEADING_WORDS:
        return []
    if _END.search(heading.rstrip(":：")) or _DIGIT.search(heading) or not has_letters(heading):
        return []
    return [heading, *(line for _, line in reversed(items))]


def tail_lines(body_lines: list[str]) -> list[tuple[str, str]]:
    """(line, what it is) for the template lines among a body's last lines."""
    if len(body_lines) < _MIN_LINES:
        return []
    box = ranked_box(body_lines)
    if box:
        return [(line, "a ranked box of headlines (most read, trending)") for line in dict.fromkeys(box)]
    found = []
    series = any(len(x) <= _MAX_CHARS // 3 and count_line(x) for x in body_lines[:-_TAIL_LINES])
    for line in dict.fromkeys(body_lines[-_TAIL_LINES:]):
        if len(line) > _MAX_CHARS:
            continue
        if count_line(line) and not series:  # "Step 1" ... "Step 5": the article's own numbered parts
            found.append((line, "a count and a word (a comment count or a counter)"))
        elif arrow_line(line):
            found.append((line, "a line led or closed by an arrow (a previous/next link)"))
    last, before = body_lines[-1], body_lines[-2]
    if not any(line == last for line, _ in found):
        if label_line(last):
            found.append((last, _LABEL_WHAT))
        elif prompt_line(last) and _prose_body(body_lines):
            found.append((last, "a short prompt, not a sentence, ending a body of prose"))
    if found and found[-1][0] == last and before != last and label_line(before):
        found.insert(0, (before, _LABEL_WHAT))  # "Previous: ..." above "Next: ...": a pair of links
    return list(dict(found).items())


def check_tail(emit: Emitter, body: str) -> None:
    """``boilerplate.tail``: a template line among the body's last lines (see the module's docstring)."""
    if not emit.on(TAIL) and not emit.on(TAIL_WEAK):
        return
    body_lines = lines(body)
    found = tail_lines(body_lines)
    pair = sum(1 for _, what in found if what == _LABEL_WHAT) > 1  # "Previous: ..." over "Next: ...": links
    for line, what in found:
        if patterned(emit, line, TAIL):
            continue
        # a lone 'Label: headline' whose headline shares a long word with the article may be its own last
        # list item or definition ("z.B.: mit Muschelgrit oder Eierschalen"): information only
        weak = (
            what == _LABEL_WHAT
            and not pair
            and _shares_word(re.split(r"[:：]", line, maxsplit=1)[-1], [x for x in body_lines if x != line])
        )
        emit.add(TAIL_WEAK if weak else TAIL, "$.body", f"{what} at the end of the body", line)


def patterned(emit: Emitter, line: str, check: str) -> bool:
    """A line a strong pattern of the site's list matches: ``boilerplate.pattern`` (the dataset stage)
    reports it, at least as severe as ``check``, so the line gets one finding, not two."""
    pattern = "boilerplate.pattern"
    severity = emit.scope.severity
    if not emit.on(pattern) or SEVERITY_RANK[severity[pattern]] < SEVERITY_RANK[severity[check]]:
        return False
    from harness.checks.dataset import _compiled, _strongest
    from harness.checks.patterns import is_weak

    hit = _strongest(_compiled(emit.scope.patterns)[0], line.lower())
    return hit is not None and not is_weak(hit.pattern)
