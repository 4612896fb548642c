"""Short labels of a page's banners and live blogs kept in the body: ``boilerplate.notice``.

* **A countdown to an event** on one of the body's first or last ``_EDGE`` lines: a number of days and the
  event ("Noch 47 Tage bis zur Bundestagswahl", "79 DAYS TO GO until the Olympic Games", "Faltan 21 días
  para el Mundial", "Mancano 173 giorni alle Olimpiadi"), or the French and Korean countdown's "J-107",
  "D-171" ("J-107 avant le premier tour", "대선 D-171"): at most ``_MAX_WORDS`` words and no sentence's end.
* **A live blog's pinned-post label** anywhere ("Pinned post", "Angepinnter Beitrag", "Épinglé par Maria
  Rossi", "Post in evidenza · 16:00", "Publicación fijada · 22:31", "置顶 08:33"): the words for a pinned
  post opening a line of fewer than ``_PIN_WORDS`` words ("Le maire épinglé par la justice" opens otherwise).

* **An outdated-browser notice** anywhere: the browser the page detected, named with its version in
  parentheses, and a word for a browser ("Your browser (Edge 16) is no longer supported ...", "Je gebruikt
  een verouderde browser (Firefox 71) ...", "お使いのブラウザ（Safari 13.0）は ...").
* **A signed-in reader's account bar** anywhere: a way to sign out and the reader's greeting, account or
  profile on a line of fewer than ``_BAR_WORDS`` words ("Signed in as jenniferh30 – Not you? Sign out",
  "Inloggad som Per Holm – Mitt konto – Logga ut", "欢迎您，yang [退出] | 个人中心").

A story counts days in a sentence ("There are 47 days left before the election, and ..."); a story about
pins is not four words long. No line of the clean bodies of the corpus, fundus and Readability.js, nor of
``generic``'s output of 1,712 outside pages, is either (docs/checks-accuracy.md, "Twenty-seventh pass").
"""

from __future__ import annotations

import re

from harness.checks import keywords

NOTICE = "boilerplate.notice"
_EDGE = 2
_MAX_WORDS = 9
_PIN_WORDS = 6

_DAYS_UNTIL = re.compile(
    r"(?i)\d+\s*(?:days?|tage[n]?|dagen|días|dias|giorni|jours|dni|dní|dnů|gün|päivää|dagar|dage|dager"
    r"|дней|дня|днів|дні|日|일|天)\b.{0,12}?\b(?:to go|until|till|to|left|bis|tot|para|alle|al|avant"
    r"|do|até|kaldı|до|まで)\b|(?:noch|nog|faltan|mancano|plus que|encore|zostało|zbývá|осталось|залишилось)"
    r"\s+\d+\s*\w+"
)
_J_DAY = re.compile(r"(?<![\w-])[JD]\s?-\s?\d{1,3}(?!\d)")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$|[.!?]\s+\S")
#: the words of a pinned post, an account bar's way out and a detected browser, lowercased, for the shared
#: keyword pass: a body holding none is read only for a countdown at its edges
_PIN_SIGNS = (
    "pinned",
    "angepinnt",
    "festgepinnt",
    "épinglé",
    "in evidenza",
    "fijad",
    "fixad",
    "vastgezet",
    "fäst inlägg",
    "fastgjort",
    "kiinnitetty",
    "przypięty",
    "připnut",
    "sabitlen",
    "закреплен",
    "закріплен",
    "置顶",
    "固定された投稿",
    "고정된",
    "고정 게시물",
    "고정글",
    "고정게시물",
    # the ways to sign out of an account bar
    "sign out",
    "log out",
    "logout",
    "abmelden",
    "ausloggen",
    "déconnect",
    "cerrar sesión",
    "sair",
    "esci",
    "uitloggen",
    "logga ut",
    "logg ut",
    "log ud",
    "kirjaudu ulos",
    "wyloguj",
    "odhlásit",
    "çıkış yap",
    "выйти",
    "вийти",
    "ログアウト",
    "退出",
    "로그아웃",
    "התנתקות",
    "keluar",
    "تسجيل الخروج",
    # a browser named with its version in parentheses
    "(internet explorer",
    "(ie ",
    "(edge ",
    "(chrome ",
    "(firefox ",
    "(safari ",
    "(opera ",
    "(samsung internet",
    "（internet explorer",
    "（ie ",
    "（edge ",
    "（chrome ",
    "（firefox ",
    "（safari ",
    "（opera ",
)
_PINNED = re.compile(
    r"(?i)^\W{0,2}(?:pinned(?: post| message| entry)?|angepinnte[rs]? (?:beitrag|post)|festgepinnt"
    r"|épinglée? par|post épinglé|publication épinglée|post in evidenza|in evidenza|publicación fijada"
    r"|post fijado|mensaje fijado|publicação fixada|post fixado|vastgezet(?: bericht)?|fäst inlägg"
    r"|fastgjort(?: innlegg)?|kiinnitetty|przypięty(?: post| wpis)?|připnut[ýo]|sabitlenmiş|закреплен\w*"
    r"|закріплен\w*|置顶|固定された投稿|고정된? ?(?:게시물|글))(?!\w)"
)


#: an outdated-browser notice: the browser detected, named with its version in parentheses, and a word
#: for a browser ("Your browser (Edge 16) is no longer supported", "Stai utilizzando un browser non
#: aggiornato (Internet Explorer 10)", "您的浏览器版本过低（Internet Explorer 8）")
_BROWSER_VERSION = re.compile(
    r"[(（](?:Internet Explorer|IE|Edge|Chrome|Firefox|Safari|Opera|Samsung Internet)\s?\d+(?:\.\d+)*[)）]"
)
_BROWSER_WORD = re.compile(
    r"(?i)browser|navegador|navigateur|przeglądark|tarayıcı|浏览器|ブラウザ|مرورگر|متصفح|prohlížeč|браузер"
    r"|selain|trình duyệt|webbläsare|nettleser"
)
_BROWSER_WORDS = 40
#: a signed-in reader's account bar: a way out and the reader's greeting, account or profile
_SIGN_OUT = re.compile(
    r"(?i)sign out|log out|logout|abmelden|ausloggen|se déconnecter|déconnexion|cerrar sesión|\bsair\b"
    r"|\besci\b|uitloggen|logga ut|logg ut|log ud|kirjaudu ulos|wyloguj|odhlásit|çıkış yap|выйти|вийти"
    r"|ログアウト|退出|로그아웃|התנתקות|\bkeluar\b|تسجيل الخروج"
)
_SIGNED_IN = re.compile(
    r"(?i)signed in as|logged in as|angemeldet als|eingeloggt als|connectée? en tant que|conectado como"
    r"|sesión iniciada como|accesso effettuato come|bentornat|ingelogd als|inloggad som|logget inn som"
    r"|logget ind som|kirjautunut|zalogowano jako|přihlášen jako|olarak giriş|вы вошли как|ви увійшли як"
    r"|としてログイン|님 환영|欢迎|welcome back|willkommen zurück|bienvenue|bienvenido|bem-vindo|my account"
    r"|mein konto|mon compte|mi cuenta|minha conta|il mio profilo|area riservata|mijn account|mitt konto"
    r"|min side|min konto|mój profil|můj účet|hesabım|мой профиль|мій профіль|マイページ|我的账户|个人中心"
    r"|마이페이지|profil saya|حسابي|החשבון שלי|not you\?"
)
_BAR_WORDS = 16
_BAR_CHARS = 140


def _held(line: str) -> str | None:
    """What ``line`` is of a pinned-post label, an account bar and an outdated-browser notice, if any."""
    words = line.count(" ") + 1
    if words < _PIN_WORDS and _PINNED.search(line):
        return "a live blog's pinned-post label"
    short = len(line) <= _BAR_CHARS and words < _BAR_WORDS
    if short and _SIGN_OUT.search(line) and _SIGNED_IN.search(line):
        return "a signed-in reader's account bar"
    paren = "(" in line or "（" in line
    if paren and words < _BROWSER_WORDS and _BROWSER_VERSION.search(line) and _BROWSER_WORD.search(line):
        return "an outdated-browser notice"
    return None


def lowered_signs() -> tuple[str, ...]:
    """``_PIN_SIGNS``, for the shared keyword pass (already lowercased)."""
    return _PIN_SIGNS


def banner_lines(body_lines: list[str], may_hold: bool = True) -> list[tuple[str, str]]:
    """(line, why) for a countdown at the body's edges, and a pinned-post label, an account bar or an
    outdated-browser notice anywhere (``may_hold`` false: the body holds none of ``_PIN_SIGNS``
    lowercased, its lines are not read for those)."""
    n = len(body_lines)
    edges = sorted({*range(min(_EDGE, n)), *range(max(n - _EDGE, 0), n)})
    found: dict[int, tuple[str, str]] = {}
    for i, line in enumerate(body_lines if may_hold else ()):
        what = _held(line)
        if what is not None:
            found[i] = (line, what)
    for i in edges:
        line = body_lines[i]
        if i in found or line.count(" ") >= _MAX_WORDS or _SENTENCE_END.search(line):
            continue
        if _DAYS_UNTIL.search(line) or _J_DAY.search(line):
            found[i] = (line, "a countdown to an event")
    return [found[i] for i in sorted(found)]


def banner_notes(body_lines: list[str], held: keywords.Held) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: a countdown at the edge, a pinned-post label,
    an account bar, an outdated-browser notice."""
    may = held.may(keywords.PINNED, _PIN_SIGNS)
    return [(line, f"the page speaking about itself ({why})") for line, why in banner_lines(body_lines, may)]
