"""Text of the page's machinery run into a record's field: a headline still encoded as a link carries it,
an avatar's initials before the author's name.

* **A percent-encoded title** (``title.not_a_headline``): the headline as a share link's query carries it
  ("Council%20approves%20new%20budget", "Stadtrat+beschlie%C3%9Ft+Haushalt"): two percent escapes or
  more, or words joined by plus signs with no space. A headline writes "50 %" or "100%", never two escapes;
  a title with no space and two plus signs between letters is a query's ("C++" has none between letters).
* **An avatar's initials before the name** (``authors.not_a_name``): a byline block shows a round picture
  with the author's initials when there is no photo, and its text runs into the name ("JMJane Miller",
  "JM Jane Miller"): two or three capitals, then two words or more whose first letters they are.
* **A template's variables left in the title** (``title.markup_leak``): an SEO plugin's or a CMS's title
  pattern never filled in ("%%title%% %%sep%% %%sitename%%", "%sitename%", "[node:title] | [site:name]",
  "... #separator_sa #site_title"). Each is a syntax no headline writes: a name of letters between two
  percent signs or two pairs of them, a lowercase ``[type:name]`` token, two ``#word_word`` tokens. (The
  ``{{ title }}`` and ``${title}`` forms are :func:`harness.checks.text.markup`'s, in any text.)
* **A CMS login as the author** (``authors.not_a_name``): one lowercase token in a user name's shape,
  letters then digits ("miller42", "editor01") or two runs of letters joined by a dot or an underscore
  ("sabine.vogt", "j_miller"), not a host ("ndr.de": its last part is at most three letters). A
  login of letters alone ("jmiller") is not told from an agency's or a short byline ("dpa", "kicker").
* **The author's pronouns kept with the name** (``authors.not_a_name``): a profile's pronouns after the
  name ("Sam Lee, they/them", "Jo Weber | sie/ihr", "Alex Martin (il/lui)"): two or three personal
  pronouns joined by slashes at the entry's end. Pronouns are a closed class, listed for the languages
  whose writers show them; an agency's codes in the same place ("Max Weber (dpa/lnw)") are not pronouns.
* **The standfirst run onto the headline** (``title.standfirst_joined``): an extractor that takes the
  headline's block with the deck under it, with no space between ("... traumhaften KurzurlaubDie
  Entscheidung fällt ...", "... con paroLa decisión llega ..."): a word in lower case with the next one
  glued on in capitals after the headline's first word, three words or more going on after it, and the
  glued pair found nowhere in the body. A brand written in one ("YouTube", "WordPress", "PlayStation") is
  in the body that tells of it; a handle or an identifier ("AMournfulHowlInTheNight") has more than one hump.
  With no body, only a glued word that opens a sentence (an article, a demonstrative, a pronoun: "budgetThe",
  "HaushaltDie"), which no brand's second hump is.
* **An icon left in the title** (``title.markup_leak``): a template's icon before or after the headline, as
  an icon font draws it. Such a font draws a character of Unicode's private use area (Font Awesome's
  "\uf144"), which no text writes, or the icon's name spelt out in letters that its ligatures turn into the
  picture (Material Icons' "play_circle", "photo_camera", "lock"): a name in snake case at the title's
  start (glued on or not) or end, or one of the fonts' single-word names in lower case first, before a
  capital ("videocam Haben sich ...", "boltNebelsuppe"), or last, after the headline's closing mark ("...
  reborn. lock"). A headline opens with a capital or is in lower case throughout, and ends at its mark.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_PLUS_JOINED = re.compile(r"[^\W\d_]\+[^\W\d_]")
_ESCAPES = 2
_NAME_CHARS = 80  # longer is no name with its initials (and a hostile entry is not split)
_TEMPLATE_VARIABLE = re.compile(
    r"%%[a-z][a-z_]{1,30}%%|%[a-z][a-z_]{2,30}%(?=\W|$)|\[[a-z][a-z_-]{1,20}:[a-z][a-z_:-]{1,30}\]"
)
_HASH_VARIABLE = re.compile(r"#[a-z]+_[a-z_]+\b")
_LOGIN = re.compile(r"[a-z]{2,}\d{1,4}|[a-z]+(?:[._][a-z]+)+")
_LOGIN_CHARS = 40
_TITLE_CHARS = 320  # a title's variables are read in its head (a hostile title is not scanned whole)
_PRONOUN_CHARS = 40  # an entry's pronouns are read in its tail (a hostile entry is not scanned whole)
_PRONOUN_TAIL = re.compile(r"(?:^|[\s,|–—·(-])([^\W\d_]{1,6}(?:/[^\W\d_]{1,6}){1,2})\)?\s*$")
#: personal pronouns as profiles show them, by language
_PRONOUNS_SHOWN = {
    "en": "he him his she her hers they them theirs xe xem xir ze hir zir ey em eir it its any",
    "de": "er ihm ihn sie ihr dey dem",
    "nl": "hij hem zij haar hen",
    "da no sv fi": "han hun hon hen hän",
    "fr": "il lui elle iel ielle",
    "es it pt": "él ella elle ellx lei ele ela elu dele dela",
}
_PRONOUNS = frozenset(word for words in _PRONOUNS_SHOWN.values() for word in words.split())


def percent_encoded(title: str) -> bool:
    """The headline percent-encoded, or with plus signs for its spaces (see the module's docstring)."""
    if "%" in title and len(_ESCAPE.findall(title)) >= _ESCAPES:
        return True
    stripped = title.strip()
    return " " not in stripped and len(_PLUS_JOINED.findall(stripped)) >= _ESCAPES


def initials_first(author: str) -> bool:
    """Two or three capitals before a name of two words or more whose first letters they are."""
    text = author.strip()
    if len(text) > _NAME_CHARS:
        return False
    for size in (2, 3):
        initials, rest = text[:size], text[size:].split()
        if len(rest) < 2 or not initials.isalpha() or not initials.isupper():
            continue
        firsts = "".join(word[0] for word in rest)
        if initials in (firsts, firsts[0] + firsts[-1]):
            return True
    return False


def template_variables(title: str) -> list[str]:
    """The template's variables left in a title (see the module's docstring), in order."""
    if "%" not in title and "[" not in title and "#" not in title:  # most titles: nothing to scan
        return []
    found = [m.group(0) for m in _TEMPLATE_VARIABLE.finditer(title[:_TITLE_CHARS])]
    hashed = _HASH_VARIABLE.findall(title[:_TITLE_CHARS]) if "#" in title else []
    return found + (hashed if len(hashed) >= 2 else [])


def pronouns(author: str) -> str | None:
    """The pronouns at the end of an author entry ("they/them"), or None (see the module's docstring)."""
    m = _PRONOUN_TAIL.search(author[-_PRONOUN_CHARS:])
    if m is None:
        return None
    tail = m.group(1)
    return tail if tail.islower() and all(part in _PRONOUNS for part in tail.split("/")) else None


def cms_login(author: str) -> bool:
    """One lowercase token in a login's shape, not a host (see the module's docstring)."""
    text = author.strip()
    if len(text) > _LOGIN_CHARS or not text.isascii() or _LOGIN.fullmatch(text) is None:
        return False
    if "_" in text or not text[-1].isalpha():
        return True
    return len(text.rsplit(".", 1)[-1]) > 3  # "sabine.vogt", "j.miller"; not "ndr.de", "ntv.com.tr"


#: a word in lower case and the next glued on in capitals: the join of two elements' texts
_GLUED = re.compile(r"(?<![^\W\d_])([^\W\d_]*[a-zß-öø-ÿ]{2})([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?=\s)")
_HUMP = re.compile(r"[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]")
_DECK_WORDS = 3  # words of the deck going on after the join, at least
_TITLE_CHARS = 400  # a headline and its deck lie within these; a longer text is read no further


#: the words a deck's first sentence opens with and a brand's or a name's second hump never is: articles,
#: demonstratives and personal pronouns of nine languages ("In", "On", "It" are a name's: "LinkedIn")
_OPENER_WORDS = (
    "The|An|This|That|These|Those|They|He|She|We|Der|Die|Das|Ein|Eine|Es|Er|Sie|Wir|Was|Wie|Le|La|Les|Un|Une"
    "|Il|Elle|Ils|Ce|Cette|El|Los|Las|Una|Lo|Gli|Os|As|Um|Uma|De|Het|Een|Ze|Hij|Zij"
)
_OPENERS = frozenset(_OPENER_WORDS.split("|"))


def standfirst_joined(title: str, body: str | None) -> str | None:
    """The glued pair where the standfirst runs onto the headline with no space, or None. With a body, any
    pair the body does not write; without one, a pair whose second word opens a sentence ("budgetThe")."""
    title = title[:_TITLE_CHARS]
    for m in _GLUED.finditer(title):
        pair = m.group(0)
        if m.start() == 0 or len(_HUMP.findall(pair)) > 1 or len(title[m.end() :].split()) < _DECK_WORDS:
            continue
        if (pair not in body) if body else m.group(2) in _OPENERS:
            return pair
    return None


#: a character of Unicode's private use areas: an icon font's glyph (no text writes one)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
#: an icon's name in snake case, as ligature icon fonts spell them ("play_circle", "arrow_forward")
_SNAKE = re.compile(r"[a-z]+(?:_[a-z0-9]+)+")
#: single-word names of Material Icons / Symbols that news templates show beside a headline (media, access,
#: live and engagement marks)
_ICON_NAMES = """
    lock bolt videocam headphones mic podcasts movie photo image collections slideshow article newspaper
    feed campaign schedule timer visibility comment forum chat share bookmark star favorite verified
    diamond paid public language event today update launch link menu close search info warning error
    headset radio tv theaters gallery whatshot
"""
_ICON_WORDS = frozenset(_ICON_NAMES.split())
_ICON_FIRST = re.compile(r"([a-z]+)(?: |(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]))[A-ZÀ-ÖØ-ÞА-ЯЁ]")
#: a snake-case name first, alone or glued to the headline ("photo_cameraDIMETHYLETHER: ...")
_SNAKE_FIRST = re.compile(r"([a-z]+(?:_[a-z0-9]+)+)(?![a-z0-9_])")
#: a single-word name last, after the headline's closing mark ("... reborn. lock", "... Zukunft? lock")
_ICON_LAST = re.compile(r"[.!?…»\"”)]\s+([a-z]+)$")
_ICON_EDGE_CHARS = 40  # an icon stands at the title's start or end: only these characters are read


def icon_text(title: str) -> str | None:
    """The icon font's glyph or ligature name left at a title's start or end (see the module's docstring),
    or None."""
    if not title.isascii() and (m := _PRIVATE_USE.search(title)) is not None:
        return m.group(0)
    text = title.strip()
    if "_" in text:
        if (m := _SNAKE_FIRST.match(text)) is not None:
            return m.group(1)
        last = text[-_ICON_EDGE_CHARS:].split()[-1:]
        if last and _SNAKE.fullmatch(last[0]):
            return last[0]
    m = _ICON_FIRST.match(text)
    if m is not None and m.group(1) in _ICON_WORDS:
        return m.group(1)
    m = _ICON_LAST.search(text[-_ICON_EDGE_CHARS:])
    if m is not None and m.group(1) in _ICON_WORDS:
        return m.group(1)
    return None
