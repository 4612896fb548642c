"""The site speaking to its readers at the body's edge, and a desk's submission rules: ``boilerplate.notice``.

Two kinds of line a template prints around every story, told without a page at hand:

* **A line at the body's edge that names the record's own site** (its registrable domain's first label,
  ``_MIN_NAME`` letters or more, in any case: "nytimes", "NYTIMES", "www.nytimes.com") and is a
  copy-protection plugin's alert (a protection or a ban, with copying or a right click named, or the
  content on a line of fewer than ``_ALERT_WORDS`` words: "error: Content of example.com is protected.
  Right-click function is disabled.", "Копирование материалов Example запрещено!") or the publisher's
  season's greetings ("Season's greetings from everyone at example.com", "Frohe Weihnachten wünscht das
  Team von example.de"). A story names the site it runs on rarely, and not with these words; the line is
  one of the body's first ``_HEAD`` or last ``_TAIL`` lines, of at most ``_MAX_WORDS`` words.
* **A desk's submission rules**: an e-mail address and a length limit on one line ("Letters to the editor:
  send your letter (no more than 250 words) to letters@example.com", "Leserinnlegg sendes til
  debatt@example.no  Maks 400 ord", "Письма ... по адресу ...@example.ru. Объём – не более 2 000 знаков"):
  a number followed by a unit of text (words, characters, in 30 languages). No line of the clean bodies of
  the corpus, fundus and Readability.js, nor of ``generic``'s output of 1,712 outside pages, holds both.

Measured in docs/checks-accuracy.md ("Twenty-seventh pass").
"""

from __future__ import annotations

import re
from functools import lru_cache

from harness.checks.text import has_digit
from harness.suffixes import registrable_domain

NOTICE = "boilerplate.notice"
_MIN_NAME = 4
_HEAD = 2
_TAIL = 3
_MAX_WORDS = 40
_MAX_CHARS = 400
_RULES_MAX_WORDS = 90

#: the content named as protected, or copying it forbidden (casefolded text)
_PROTECTED = re.compile(
    r"protect|protég|protegid|protett|geschützt|korunmak|chronion|chráněn|запрещ|заборон|защищ|захищ"
    r"|not allowed|not permitted|prohibited|forbidden|disabled|interdit|vietat|prohibid|proibid|verboten"
    r"|nicht erlaubt|nicht gestattet|yasak|禁止|금지|할 수 없|ห้าม|คุ้มครอง|ممنوع|محمي|নিষিদ্ধ|যাবে না|dilarang"
    r"|무단|cấm|bảo vệ|できません|不得|niedozwolone|zakázáno|אסור|מוגן"
)
#: copying or a right click (casefolded text)
_COPYING = re.compile(
    r"cop(?:y|ie|ia|iar|iare|ying|ier)|kopi|kopír|kopyal|копир|копіюв|コピー|複製|复制|转载|복사|คัดลอก|کپی|কপি"
    r"|sao chép|העתק|right[- ]?click|rechtsklick|clic droit|clic derecho|tasto destro|botão direito|sağ tık"
    r"|правая кнопка|右クリック|右键|우클릭|คลิกขวา"
)
#: the site's content named, enough with a protection on a short alert ("Il contenuto di X è protetto!")
_CONTENT = re.compile(
    r"content|contenu|contenido|contenuto|conteúdo|inhalt|inhoud|innehåll|indhold|innhold|sisältö|treśc|treści"
    r"|obsah|içeri|содерж|материал|콘텐츠|コンテンツ|内容|เนื้อหา|مطالب|محتوى|কন্টেন্ট|konten|nội dung"
)
_ALERT_WORDS = 12
#: a season's or a holiday's greeting (casefolded text)
_GREETING = re.compile(
    r"merry christmas|happy christmas|season'?s greetings|happy holidays|happy new year|happy easter"
    r"|happy diwali|eid mubarak|happy hanukkah|frohe weihnacht|frohe ostern|frohes (?:fest|neues)"
    r"|guten rutsch|gutes neues jahr|joyeux noël|joyeuses fêtes|bonne année|joyeuses pâques|feliz navidad"
    r"|feliz año|felices fiestas|feliz natal|feliz ano novo|boas festas|feliz páscoa|buon natale|buone feste"
    r"|felice anno nuovo|buona pasqua|god jul|gott nytt år|glad påsk|glædelig jul|godt nytår|godt nyttår"
    r"|vrolijk kerstfeest|prettige feestdagen|gelukkig nieuwjaar|zalig kerstfeest|hyvää joulua"
    r"|onnellista uutta vuotta|wesołych świąt|szczęśliwego nowego roku|veselé vánoce|šťastný nový rok"
    r"|mutlu yıllar|iyi bayramlar|bayramı'nı kutlar|с новым (?:\d{4} )?годом|с рождеством|со светлой пасхой"
    r"|з новим роком|з різдвом|新年快乐|春节快乐|新春快乐|圣诞快乐|新年好|明けましておめでとう"
    r"|あけましておめでとう|メリークリスマス|새해 복 많이|메리 크리스마스|즐거운 성탄|สวัสดีปีใหม่"
    r"|رمضان كريم|عيد مبارك|كل عام وأنتم بخير|दीपावली|दिवाली|शुभकामनाएं|selamat hari raya|selamat tahun baru"
    r"|selamat natal|chúc mừng năm mới|καλά χριστούγεννα|καλή χρονιά|boldog karácsony|boldog új év"
    r"|crăciun fericit|la mulți ani|sretan božić|vesel božič|שנה טובה|חג שמח"
)
#: an e-mail address (also read by :mod:`harness.checks.release`)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: a number and a unit of text: a length limit ("250 words", "2 000 знаков", "800字", "Maks 400 ord")
_LENGTH = re.compile(
    r"\d(?:[\d  .,]*\d)?\s*(?:-\s*)?(?:words?|characters?|ord|tecken|tegn|wörter|worte|zeichen|mots|signes"
    r"|caractères|palabras|caracteres|parole|caratteri|battute|palavras|woorden|tekens|sanaa|merkkiä"
    r"|słów|znaków|slov|znaků|kelime|karakter|слов|знаков|символов|слів|знаків|λέξεις|χαρακτήρες|كلمة"
    r"|كلمات|کلمه|حرف|शब्द|kata|từ)(?![^\W\d_])"
    r"|\d\s*(?:字|文字|자)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def site_name(site: str | None) -> str | None:
    """The first label of ``site``'s registrable domain ("www.example.co.uk" -> "example"), when it is long
    enough to be told from a word."""
    if not site:
        return None
    host = site.strip().lower().removeprefix("www.")
    name = (registrable_domain(host) or host).split(".")[0]
    return name if len(name) >= _MIN_NAME else None  # remembered per site: a run has few


def own_site_lines(body_lines: list[str], site: str | None) -> list[tuple[str, str]]:
    """(line, why) for the body's edge lines that name the site and are a copy-protection alert or its
    greetings (see the module's docstring)."""
    name = site_name(site)
    n = len(body_lines)
    if name is None or n < 2:
        return []
    found = []
    for i in sorted({*range(min(_HEAD, n)), *range(max(n - _TAIL, 0), n)}):
        line = body_lines[i]
        if len(line) > _MAX_CHARS:
            continue
        low = line.casefold()
        if name not in low or line.count(" ") >= _MAX_WORDS:
            continue
        if _PROTECTED.search(low) and (
            _COPYING.search(low) or (line.count(" ") < _ALERT_WORDS and _CONTENT.search(low))
        ):
            found.append((line, "a copy-protection alert naming the site"))
        elif _GREETING.search(low):
            found.append((line, "the site's season's greetings"))
    return found


def submission_lines(body: str, body_lines: list[str]) -> list[str]:
    """The lines holding an e-mail address and a length limit: a desk's submission rules."""
    if "@" not in body:
        return []  # nearly every body: one search
    return [
        line
        for line in body_lines
        if "@" in line
        and has_digit(line)
        and line.count(" ") < _RULES_MAX_WORDS
        and EMAIL.search(line)
        and _LENGTH.search(line)
    ]


def own_site_notes(body: str, body_lines: list[str], site: str | None) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: the site speaking at the edge, a desk's rules."""
    found = [
        (line, f"the page speaking about itself ({why})") for line, why in own_site_lines(body_lines, site)
    ]
    found += [
        (line, "the page speaking about itself (a desk's submission rules)")
        for line in submission_lines(body, body_lines)
    ]
    return found
