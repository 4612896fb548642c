"""A byline's furniture read as author entries (``authors.not_a_name``): what a news extractor's author
finder is known to take from around the name.

* **A relative time run into a name** ("Hours Ago Steve O'Hear", "Vor 3 Stunden Anja Brandt", "Hace
  horas Pilar Vidal", "2 時間前 山本大輔"): the byline's or a sidebar's "N hours ago" read with the name
  (newspaper's author finder, codelucas/newspaper#526). A phrase of a time unit and the language's word for
  "ago", in about fifteen languages; a name holds neither.
* **The link to write to the author** ("Email The Author", "Kontakt zum Autor", "Enviar correo al autor",
  "联系作者"): an entry holding a word for "author" (a name never does; "Autor: Jane Doe" is the byline's
  label kept, an error as well).
* **The publisher as the author**, told by the record's own site (``site``, its host or registrable
  domain):

  - the site's address written as words, the last of them its top-level domain ("Nachrichten At",
    "Mlorenz Nachrichten At": an e-mail address title-cased, or the host itself);
  - the site's name with a newsroom's word ("Autohaus Staff", "Rédaction Gala", "Elpais Feed",
    "example.de-Redaktion");
  - a name and the site's name joined by "for" ("Megan Hughes for Example", "Anja Seidel für Example").

  A person's name equal to the site's ("Heiko Adams" on heiko-adams.de, a personal blog) is left alone:
  each rule needs the address's top-level domain, a newsroom's word or "for" as well.
"""

from __future__ import annotations

import re

from harness.checks.names import is_site_name
from harness.checks.text import word_set

_UNIT_EN = r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)"
#: a time unit and the word for "ago", with or without a number ("Hours Ago", "vor 3 Stunden", "hace un
#: día", "il y a 2 heures", "2 ore fa", "5 minuten geleden", "3 godziny temu", "2 часа назад", "3 saat
#: önce", "2 時間前", "3小时前", "5분 전")
_RELATIVE = re.compile(
    r"(?i)"
    rf"\b(?:\d+\s*|an?\s+|one\s+)?{_UNIT_EN}\s+ago\b"
    r"|\bvor\s+(?:\d+\s+|einer?\s+)?(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)\b"
    r"|\bhace\s+(?:\d+\s+|un[ao]?\s+)?(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?)\b"
    r"|\bh[áa]\s+(?:\d+\s+|um[a]?\s+)?(?:segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?)\b"
    r"|\bil\s+y\s+a\s+(?:\d+\s+|une?\s+)?(?:secondes?|minutes?|heures?|jours?|semaines?|mois)\b"
    r"|\b(?:\d+\s+|un[a']?\s*)?(?:secondi|minuti|minuto|ore|ora|giorni|giorno|settimane?|mesi)\s+fa\b"
    r"|\b(?:\d+\s+|een\s+)?(?:seconden|minuten|minuut|uur|uren|dagen|dag|weken|week|maanden)\s+geleden\b"
    r"|\b(?:\d+\s+)?(?:sekund[ay]?|minut[ay]?|godzin[ay]?|godz\.|dni|dzień|tygodni[ea]?)\s+temu\b"
    r"|(?<!\w)(?:\d+\s+)?(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юьи])\s+назад(?!\w)"
    r"|\b(?:\d+\s+)?(?:saniye|dakika|saat|gün|hafta|ay)\s+önce\b"
    r"|(?:\d+\s*)?(?:秒|分|時間|日|週間|か月|ヶ月)前"
    r"|(?:\d+\s*)?(?:秒钟|分钟|小时|天|周|个月)前"
    r"|(?<![^\W\d])(?:\d+\s*)?(?:초|분|시간|일|주|개월)\s*전(?!\w)"
)
#: the word for "author" in an entry: the link to write to the author, or the byline's label kept
_AUTHOR_WORDS = word_set(
    """
    author autor autora autorin auteur auteure autore autrice autorem forfatter författare
    författaren kirjoittaja szerző yazar yazara автор автора автору авторка συγγραφέας
    """
)
_AUTHOR_CJK = re.compile(r"作者|저자|著者")
#: a newsroom's word with the site's name: the publisher, not a person
_NEWSROOM = word_set(
    """
    staff redaktion redaction rédaction redacción redaccion redazione redakcja redactie redação
    redacao redaktionen toimitus szerkesztőség редакция редакція newsroom desk team editors editorial
    feed feeds rss merkezi haber 편집국 편집부
    """
)
#: a newsroom's word written onto the site's name ("Example編集部", "Example编辑部")
_NEWSROOM_GLUED = ("編集部", "编辑部", "編輯部", "편집국", "편집부")
_ARTICLES = word_set("la le die the")
_FOR = word_set("for für fuer pour para per voor dla для")
_WORD = re.compile(r"[^\W_]+")


def relative_time(author: str) -> bool:
    """A time unit and the word for "ago" in the entry."""
    return _RELATIVE.search(author) is not None


def contact_label(author: str) -> bool:
    """A word for "author" in the entry ("Email The Author", "Kontakt zum Autor", "联系作者")."""
    if _AUTHOR_CJK.search(author):
        return True
    return any(w.casefold() in _AUTHOR_WORDS for w in _WORD.findall(author))


def publisher(author: str, site: str | None) -> str | None:
    """Why the entry names the publisher ``site``, not a person, or None (see the module's docstring)."""
    if not site:
        return None
    host = site.casefold().removeprefix("www.")
    parts = [p for p in re.split(r"[.\-]", host) if p]
    words = [w.casefold() for w in _WORD.findall(author)]
    if len(parts) >= 2 and len(words) >= 2 and words[-len(parts) :] == parts:
        return "the site's address (an e-mail address or the host written as words), not a person"
    if len(parts) >= 3 and len(words) >= 2 and words[-2:] == parts[-2:]:
        return "the site's address (an e-mail address or the host written as words), not a person"
    glued = author.rstrip().endswith(_NEWSROOM_GLUED)
    if len(words) < 2 and not glued:
        return None
    led = len(words) >= 3 and words[0] in _ARTICLES and words[1] in _NEWSROOM  # "La rédaction de Example"
    if glued or led or words[0] in _NEWSROOM or words[-1] in _NEWSROOM:
        rest = _without_newsroom(author)
        if rest and _names_site(rest, host):
            return "the publisher's newsroom, not a person"
    spaced = author.split()
    for i, w in enumerate(spaced[1:-1], start=1):
        if w.casefold() in _FOR and _names_site(" ".join(spaced[i + 1 :]), host):
            return "the publication kept with the name (a name 'for' the site)"
    return None


def _names_site(text: str, host: str) -> bool:
    """``text`` is the site's name, or its host or a host under it ("Blog.example.com")."""
    if is_site_name(text, host):
        return True
    folded = text.casefold().strip()
    return "." in folded and " " not in folded and (folded == host or folded.endswith("." + host))


def _without_newsroom(author: str) -> str:
    """The entry without its newsroom's words at either end ("Autohaus Staff" -> "Autohaus",
    "example.de-Redaktion" -> "example.de", "La rédaction de Example" -> "Example", "Example編集部")."""
    text = author.strip()
    for suffix in _NEWSROOM_GLUED:
        text = text.removesuffix(suffix).strip()
    text = re.sub(r"(?i)^(?:la|le|die|the)\s+(\S+)\s+(?:de|d['’]|of|von|der)\s*", r"\1 ", text)
    for _ in range(3):
        m = re.match(r"^([^\W_]+)[\s\-–·:]+", text)
        if m and m.group(1).casefold() in _NEWSROOM:
            text = text[m.end() :]
        m = re.search(r"[\s\-–·:]+([^\W_]+)$", text)
        if m and m.group(1).casefold() in _NEWSROOM:
            text = text[: m.start()]
    return text.strip()
