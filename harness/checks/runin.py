"""Text of the page's machinery run into a record's field: a headline still encoded as a link carries it,
an avatar's initials before the author's name.

* **A percent-encoded title** (``title.not_a_headline``): the headline as a share link's query carries it
  ("Council%20approves%20new%20budget", "Stadtrat+beschlie%C3%9Ft+Haushalt"): two percent escapes or
  more, or words joined by plus signs with no space. A headline writes "50 %" or "100%", never two escapes;
  a title with no space and two plus signs between letters is a query's ("C++" has none between letters).
* **An avatar's initials before the name** (``authors.not_a_name``): a byline block shows a round picture
  with the author's initials when there is no photo, and its text runs into the name ("JMJane Miller",
  "JM Jane Miller"): two or three capitals, then two words or more whose first letters they are.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_PLUS_JOINED = re.compile(r"[^\W\d_]\+[^\W\d_]")
_ESCAPES = 2
_NAME_CHARS = 80  # longer is no name with its initials (and a hostile entry is not split)


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
