"""A language field that holds no language: ``language.not_a_language``.

The language of a record is a language tag, its first part an ISO 639 code ("en", "de-AT", "pt_BR", "fil").
A region taken for it is not one: a locale's territory alone ("US", "GB", "BR", "419"), which a page's
``og:locale`` or a feed's region field gives when the extractor keeps the wrong half (ogp.me's locales are
``language_TERRITORY``). Told by the code alone, in any language: a first part of two letters that no ISO
639-1 language has ("us", "gb", "jp", "cn", "mx"), or of digits (a UN M.49 region, "419", "150"). A two
letters' region that is also a language's code ("BR", Breton; "CA", Catalan) is left alone: the code cannot
tell them apart. Written from the thirty-first blind set's region codes (docs/checks-accuracy.md,
"Twenty-ninth pass").
"""

from __future__ import annotations

import re
from typing import Any

from harness.checks.emit import Emitter

CHECK = "language.not_a_language"

#: ISO 639-1's two-letter codes (184), and the withdrawn ones pages still write ("iw", "in", "ji", "sh", "mo")
_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv
    dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig
    ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh
    mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru
    rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug
    uk ur uz ve vi vo wa wo xh yi yo za zh zu iw in ji sh mo
    """
ISO_639_1 = frozenset(_CODES.split())
_FIRST = re.compile(r"^\s*([A-Za-z]+|\d+)(?:[-_][A-Za-z0-9]+)*\s*$")


def not_a_language(language: str) -> str | None:
    """Why ``language`` is no language tag (a region's code), or None."""
    m = _FIRST.match(language)
    if m is None:
        return None  # another shape: the schema's business
    first = m.group(1)
    if first.isdigit():
        return f"{language!r} is a region's number (UN M.49), not a language"
    if len(first) == 2 and first.lower() not in ISO_639_1:
        return f"{language!r} is no ISO 639 language code (a country's or a region's code)"
    return None


def check_language_code(emit: Emitter, language: Any) -> None:
    """``language.not_a_language``: the record's language is a region's code."""
    if not isinstance(language, str) or not language.strip() or not emit.on(CHECK):
        return
    why = not_a_language(language)
    if why is not None:
        emit.add(CHECK, "$.language", why, language)
