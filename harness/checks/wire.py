"""A news agency's version slug left in the title: ``title.wire_slug``.

An agency's feed marks each version of a story in its headline line: Reuters writes "UPDATE 2-", "REFILE-",
"CORRECTED-", "RPT-" before the headline (and "ACTUALIZA 1-", "ATUALIZA 1-", "MISE A JOUR 1-" in its
Spanish, Portuguese and French services), dpa-AFX "ROUNDUP:", "ROUNDUP 2/", "WDH/", "KORREKTUR/" before it
and "(Zusammenfassung 16.24 Uhr)" after it. A site that takes the feed shows the headline without them; an
extractor that reads the feed's line keeps them, and the record's title is not the headline. Read on the
title as written (capitals count):

* **a slug word glued to the headline**: one of the agencies' version words in capitals, with a version's
  number or none, then a hyphen or a slash and no space ("UPDATE 1-Tweet ...", "REFILE-Haben ...",
  "KORREKTUR/DIMETHYLETHER ..."), up to three in a row ("RPT-UPDATE 1-...", "WDH/ROUNDUP: ...");
* **dpa-AFX's own words with a colon** ("ROUNDUP:", "ROUNDUP 3:", "WDH:", "KORREKTUR:"), which no headline
  opens with in capitals;
* **a summary's mark at the end**: "(Zusammenfassung)", "(Zusammenfassung 16.24 Uhr)", "(Roundup)", "(Wdh.)".

A headline's own kicker with a colon ("EXCLUSIVE: ...", "UPDATE: Police find ...") and a compound with an
acronym ("NATO-Gipfel") are not read as slugs; the words an agency always numbers ("UPDATE 1-",
"ACTUALIZA 2-") count before a hyphen only with their number ("UPDATE-Funktion" is a compound). Measured on
6,076 real titles (the corpus's and trafilatura's pages' ``<title>`` and ``<h1>``, the clean records' and
``generic``'s outputs' titles): none is hit (docs/checks-accuracy.md, "Twenty-fifth pass").
"""

from __future__ import annotations

import re

CHECK = "title.wire_slug"

#: the agencies' version words, in capitals as the feeds write them
_WORDS = (
    r"UPDATE|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|WRAPUP|ROUNDUP|WDH|KORREKTUR|ACTUALIZA|ATUALIZA"
    r"|MISE (?:A|À) JOUR|CORRIGE|CORRIGÉ|CORREGIDO|CORRECCIÓN|CORREÇÃO|AGGIORNAMENTO|ÜBERBLICK|EXCLUSIVE"
    r"|ANALYSIS"
    r"|FACTBOX|INSIGHT|BREAKINGVIEWS"
)
_NUMBER = r"(?: \d{1,2})?"
#: the version words an agency always numbers ("UPDATE 1-"): bare and glued by a hyphen they are a
#: compound's first part ("UPDATE-Funktion")
_NUMBERED = r"UPDATE|ACTUALIZA|ATUALIZA|AGGIORNAMENTO|MISE (?:A|À) JOUR"
_ONE = rf"(?:(?!(?:{_NUMBERED})-)(?:{_WORDS}){_NUMBER}[-/]|(?:{_WORDS}) \d{{1,2}}-)"
#: a slug glued to the headline: version words, each with its number or none, a hyphen or a slash, no
#: space; or dpa-AFX's own words with a colon after them
_PREFIX = re.compile(rf"^{_ONE}{{0,2}}(?:ROUNDUP|WDH|KORREKTUR){_NUMBER}:\s|^{_ONE}{{1,3}}(?=\S)")
_SUFFIX = re.compile(
    r"\s\((?:Zusammenfassung|Roundup|ROUNDUP|Wdh\.?|WDH|Korrektur"
    r"|KORREKTUR)(?:\s+[\d.:]{1,5}(?:\s*Uhr)?)?\)\s*$"
)
_HEADLINE_LEFT = 1  # a word of a headline left beside the slug, at least


def wire_slug(title: str) -> str | None:
    """The agency's version slug at either end of ``title``, or None."""
    found = _PREFIX.match(title) or _SUFFIX.search(title)
    if found is None:
        return None
    rest = title[: found.start()] + title[found.end() :]
    if len(rest.split()) < _HEADLINE_LEFT:
        return None
    return found.group(0).strip()
