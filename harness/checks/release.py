"""A press release's "About the company" paragraph kept at the body's end: a ``boilerplate.notice``.

A press release ends with the issuer's standard paragraph ("About Acme Corp.: Founded in 1994 and
headquartered in Leeds, Acme ...", "Om Acme AB: Acme grundades 1994 ...", "Acme S.p.A. – Fondata nel
1994 ...", "【アクメ株式会社について】... 1994年創業"), printed under every release it sends; a site that
runs the release as a story keeps it below the news. The evidence, on one of the body's last ``_TAIL``
lines of at most ``_MAX_WORDS`` words, with a year in it:

* the line opens with a word for "about" ("About", "Om", "Über", "À propos de", "Sobre", "O firmie", "О
  компании", "نبذة عن", "关于") and a name, and says when the company was founded or "since" when; or
* it says when the company was founded ("founded", "gegründet", "fondée", "perustettu", "kurulmuş", "創業",
  "설립", "تأسست", "स्थापित") after a label of at most ``_LABEL_WORDS`` words and no digit: before a colon, in
  "【...】", or before a dash that the founding word follows ("Acme S.p.A. – Fondata nel 1994").

A story that tells of a company's founding does so in a sentence, not under a label at its end. The
release's **media contact** is read there too: a press office named in a line's first ``_CONTACT_HEAD``
characters ("Media contact:", "Pressekontakt:", "Contact presse :", "Kontakt dla mediów:", "Контакты для
СМИ:", "للتواصل الإعلامي:") with a telephone number or an e-mail address, or the wire's own footer ("View
original content to download multimedia: ..."), and its **legal notice** in a line's first
``_LEGAL_HEAD`` characters: its forward-looking statements ("This press release contains forward-looking
statements ...", "zukunftsgerichtete Aussagen", "déclarations prospectives") or the market-abuse rules it
is published under ("... marknadsmissbruksförordning", "insider information"). No line of
the clean bodies of the corpus, fundus and Readability.js is one; of ``generic``'s output of 1,712 outside
pages, two are, both an issuer's own paragraph (a Japanese release's company profile, a German religious
community's "Über das ...-Kloster: Eine 2010 gegründete ..."). Measured in docs/checks-accuracy.md
("Twenty-seventh pass").
"""

from __future__ import annotations

import re

from harness.checks import keywords, ownsite

NOTICE = "boilerplate.notice"
_TAIL = 3
_MAX_WORDS = 120
_LABEL_WORDS = 9
_LABEL_HEAD = 86  # a label's sign is in a line's first characters: up to 80 before it, and the sign

_FOUNDED_WORDS = (
    r"founded|established|headquartered|grundlagt|grundades|gegründet|fondée?|fundad[ao]|fondat[ao]"
    r"|opgericht|perustettu|założon\w*|založen\w*|kuruldu|kurulan|kurulmuş|основан\w*|заснован\w*"
    r"|thành lập|didirikan|etablert|etableret|stiftet|bildat"
)
_FOUNDED = re.compile(rf"(?i)\b(?:{_FOUNDED_WORDS})|成立|設立|설립|創業|創立|تأسست|تأسس|स्थापित")
_SINCE = re.compile(r"(?i)\bsince\b")
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20[0-3]\d)(?!\d)")
_COLON_LABEL = re.compile(r"^(?:[■●▪•]\s*)?([^!?:：\n]{2,80}?)\s*[:：]|^【([^】]{2,40})】")
_DASH_LABEL = re.compile(rf"(?i)^([^!?:：\n]{{2,80}}?)\s+[–—]\s+(?:\w+\s+)?(?:{_FOUNDED_WORDS})\b")
_ABOUT = re.compile(
    r"(?i)^(?:about|om|über|à propos|acerca|sobre|informazioni su|over|tietoa|o firmie|o společnosti"
    r"|о компании|про компанію|giới thiệu|tentang|نبذة عن|关于|關於)\b"
)
#: the words between "about" and the company's name ("À propos de", "Sobre a", "About the", "Giới thiệu về")
_BEFORE_NAME_WORDS = "de da do a o the la le les l die der das den về"
_BEFORE_NAME = frozenset(_BEFORE_NAME_WORDS.split())
_DIGIT = re.compile(r"\d")
#: a press office's contact named at a line's head ("Media contact:", "Pressekontakt:", "Contact presse :"),
#: lowercased, as plain text (the shared keyword pass looks for them in the body first)
_CONTACT_TEXT = """
media contact|press contact|media enquir|media inquir|press enquir|press inquir|for more information contact
|for more information, contact|for more information please contact|for more information, please contact
|for further information contact|for further information, contact|for further information please contact
|for further information, please contact|pressekontakt|medienkontakt|pressestelle|contact presse
|contacts presse|relations presse|contacto de prensa|contacto para medios|contatto stampa|ufficio stampa
|contato para imprensa|contatos para imprensa|perscontact|noot voor de redactie|kontakt dla mediów
|kontakt pro média|kontakt för media|presskontakt|för mer information kontakta|för mer information, kontakta
|for mer informasjon kontakt|for mer informasjon, kontakt|for yderligere information|lisätietoja
|mediakontakti|контакты для сми|контакт для сми|контакти для змі|basın iletişim|للتواصل الإعلامي
|للاستفسارات الإعلامية|メディア連絡先|報道関係者|媒体联系|媒体垂询|언론 문의|홍보 담당|kontak media
|liên hệ báo chí
"""
_CONTACTS = tuple(word.strip() for word in _CONTACT_TEXT.replace("\n", "").split("|"))
_CONTACT = re.compile("|".join(map(re.escape, _CONTACTS)), re.IGNORECASE)
_CONTACT_HEAD = 60
_LABEL_END = re.compile(r"\s?[:：]")
_PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")
#: a release's legal notice: its forward-looking statements, or the market-abuse rules it is published under
#: (lowercased, plain text)
_LEGAL_TEXT = """
forward-looking|zukunftsgerichtete aussagen|zukunftsbezogene aussagen|déclarations prospectives
|énoncés prospectifs|declaraciones prospectivas|declarações prospectivas|dichiarazioni previsionali
|toekomstgerichte verklaringen|toekomstgerichte uitspraken|framåtblickande|fremadrettede|fremtidsrettede
|tulevaisuutta koskevi|market abuse regulation|marknadsmissbruksförordning|markedsmisbrugsforordning
|markedsmisbruksforordning|markkinoiden väärinkäyttöasetu|marktmissbrauchsverordnung|abus de marché
|ad-hoc-mitteilung|insider information|intern viden|innsideinformasjon|insiderinformation
|informasjonspliktig|将来に関する記述|前瞻性陈述|前瞻性聲明
"""
_LEGALS = tuple(word.strip() for word in _LEGAL_TEXT.replace("\n", "").split("|"))
_LEGAL_NOTICE = re.compile("|".join(map(re.escape, _LEGALS)), re.IGNORECASE)
_FOOTER = "view original content"
_LEGAL_HEAD = 160
#: a wire's own footer line ("View original content to download multimedia: https://www.prnewswire.com/...")
_WIRE_FOOTER = re.compile(r"(?i)^view original content\b|^cision view original content")


def _short_label(m: re.Match[str] | None) -> bool:
    if m is None:
        return False
    label = next(g for g in m.groups() if g is not None)
    return len(label.split()) <= _LABEL_WORDS and _DIGIT.search(label) is None


def _named(rest: str) -> bool:
    """``rest`` (what follows "about") opens with a name: a capital, or a letter of a script without
    case ("About Acme", "Om Acme", "نبذة عن ..."), not "About 300 people" or "about a decade"."""
    words = rest.replace("’", " ").replace("'", " ").split()
    while words and words[0].casefold() in _BEFORE_NAME:
        words = words[1:]
    first = words[0][:1] if words else ""
    return first.isupper() or (first.isalpha() and not first.islower())


def about_company(line: str) -> bool:
    """``line`` is a press release's "About the company" paragraph (see the module's docstring); the
    anchored labels are tried before the year and the founding words are looked for in the whole line."""
    if line.count(" ") >= _MAX_WORDS:
        return False
    about = _ABOUT.match(line)
    named = about is not None and _named(line[about.end() :])
    if named and _YEAR.search(line) and (_FOUNDED.search(line) or _SINCE.search(line)):
        return True
    head = line[:_LABEL_HEAD]
    colon = ":" in head or "：" in head or line.startswith("【")
    dash = "–" in head or "—" in head
    if not (colon and _short_label(_COLON_LABEL.match(line))) and not (
        dash and _short_label(_DASH_LABEL.match(line))
    ):
        return False  # most lines: no label's sign in their head, no regex tried
    return _YEAR.search(line) is not None and _FOUNDED.search(line) is not None


def media_contact(line: str) -> bool:
    """``line`` is a press release's media contact (a press office named at its start or as a label before a
    colon, with a telephone number or an e-mail address) or its wire's footer ("View original content
    ...")."""
    if _WIRE_FOOTER.match(line):
        return True
    if line.count(" ") >= _MAX_WORDS:
        return False
    head = _CONTACT.search(line[:_CONTACT_HEAD])
    if head is None or not (head.start() == 0 or _LABEL_END.match(line, head.end())):
        return False  # "A press contact at the ministry said ...": a story's sentence
    return _PHONE.search(line) is not None or ("@" in line and ownsite.EMAIL.search(line) is not None)


def lowered_signs() -> tuple[str, ...]:
    """The media contact's and the legal notice's words and the wire's footer, for the shared keyword
    pass (already lowercased)."""
    return (*_CONTACTS, *_LEGALS, _FOOTER)


def release_notes(body_lines: list[str], held: keywords.Held) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: a press release's "About the company"
    paragraph, its media contact or wire's footer, its legal notice, among the body's last lines."""
    notes = held.may(keywords.NOTES, lowered_signs())
    found = []
    for line in body_lines[-_TAIL:]:
        if about_company(line):
            found.append((line, "a press release's 'About the company' paragraph"))
        elif not notes:
            continue  # nearly every body: no contact's, legal notice's or footer's words
        elif media_contact(line):
            found.append((line, "a press release's media contact or its wire's footer"))
        elif _LEGAL_NOTICE.search(line[:_LEGAL_HEAD]):
            found.append((line, "a press release's legal notice (forward-looking statements, market rules)"))
    return found
