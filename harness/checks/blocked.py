"""Records of a page that is not the article: ``page.not_an_article``.

A crawler that was blocked, sent to a consent wall, or given a "soft 404" (an error page served with
status 200) still gets a page, and the extractor still makes a record of it: a title "Just a moment...",
"Access denied" or "Seite nicht gefunden", a body that asks to verify that the reader is human. Such a record
is worse than none: it looks like an article. Two kinds of evidence, either enough:

* **the title is an error or bot-check page's title**: the whole title (a site name of at most four words
  after a spaced separator set aside, cut as :func:`harness.checks.names.site_part` cuts them) is one of
  the titles servers and bot walls give (``_TITLES``: HTTP errors, "page not found" in 22 languages, bot
  walls' "Just a moment...", "Attention Required!", "Access Denied", "Pardon Our Interruption", consent
  walls' "Before you continue"), or the whole title is a site's own label ("Home", "Startseite", "Search",
  "Login", "News": its home, section, search or login page);
* **a short body speaks as such a page**: a body of at most ``_SHORT_WORDS`` words holds a phrase only those
  pages use (``_PHRASES``: "checking your browser", "verify you are human", "the page you are looking for",
  "unusual traffic from your computer network", "Ray ID", ...). A long article that quotes one is left
  alone.
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.names import SEPARATOR

CHECK = "page.not_an_article"
_SHORT_WORDS = 150
_SITE_WORDS = 4
_TITLES = frozenset(
    """
just a moment...|just a moment…|just a moment|one moment, please...|please wait...|please wait
attention required!|attention required! cloudflare|access denied|access to this page has been denied
403 forbidden|error 403|404 not found|not found|error 404|404|404 error|page not found
404 page not found|500 internal server error|internal server error|502 bad gateway|bad gateway
503 service unavailable|503 service temporarily unavailable|service unavailable|site maintenance
under maintenance|we'll be back soon!|robot check|are you a robot?|are you a human?|security check
verify you are human|human verification|bot verification|ddos-guard
ddos protection by cloudflare|pardon our interruption|you have been blocked|request rejected
request blocked|website disabled|before you continue|before you continue to google|privacy consent
cookie consent|seite nicht gefunden|fehler 404|404 - seite nicht gefunden|zugriff verweigert
seite nicht verfügbar|page introuvable|erreur 404|page non trouvée|accès refusé|página no encontrada
error 404 - página no encontrada|acceso denegado|página não encontrada|acesso negado
página não encontrada - erro 404|pagina non trovata|accesso negato|pagina niet gevonden
toegang geweigerd|sidan hittades inte|siden blev ikke fundet|siden finnes ikke|sivua ei löytynyt
nie znaleziono strony|strona nie została znaleziona|stránka nenalezena|stránka nebola nájdená
az oldal nem található|pagina nu a fost găsită|страница не найдена|ошибка 404|доступ запрещен
доступ запрещён|сторінку не знайдено|η σελίδα δεν βρέθηκε|sayfa bulunamadı|halaman tidak ditemukan
không tìm thấy trang|ページが見つかりません|お探しのページは見つかりませんでした
页面不存在|找不到页面|页面未找到|頁面不存在|페이지를 찾을 수 없습니다
الصفحة غير موجودة|הדף לא נמצא
""".strip()
    .replace("\n", "|")
    .split("|")
)
_PHRASES = re.compile(
    "|".join(
        [
            r"checking (?:your browser|if the site connection is secure)",
            r"verify(?:ing)? (?:that )?you are (?:a )?human",
            r"(?:confirm|prove) (?:that )?you(?:'re| are) not a robot",
            r"enable javascript and cookies to continue",
            r"performance (?:&|and) security by cloudflare",
            r"\bray id\b",
            r"please complete the security check",
            r"unusual traffic from your computer network",
            r"access to this page has been denied",
            r"you don'?t have permission to access",
            r"request unsuccessful\. incapsula",
            r"press (?:&|and) hold",
            r"the page you (?:are|were|'re) looking for "
            r"(?:cannot|can't|could not|couldn't|does not|doesn't|no)",
            r"(?:this|the requested) page (?:cannot|could not|can't) be found",
            r"die (?:von ihnen )?(?:gesuchte|angeforderte) seite (?:wurde nicht gefunden|existiert nicht)",
            r"la page (?:que vous (?:recherchez|cherchez)|demandée) (?:n'existe pas|est introuvable)",
            r"la página (?:que (?:buscas|busca|estás buscando)|solicitada) no (?:existe|se encuentra)",
            r"a página (?:que você (?:procura|está procurando)|solicitada) não (?:existe|foi encontrada)",
            r"la pagina (?:che stai cercando|richiesta) non (?:esiste|è stata trovata)",
            r"запрашиваемая страница не (?:найдена|существует)",
        ]
    )
)


#: a site's own labels as a whole title: the record is its home, section, search or login page
_LABELS = frozenset(
    """home|homepage|home page|startseite|accueil|inicio|portada|главная|ホーム|首页|index|untitled
untitled document|menu|search|suche|recherche|buscar|login|log in|sign in|anmelden|connexion|news|blog
aktuelles|nachrichten|actualités|noticias|notícias|notizie""".replace("\n", "|").split("|")
)


def title_kind(title: str) -> str | None:
    """What page ``title`` is the title of, when it is not an article's: an error or bot-check page's (a
    site name of at most ``_SITE_WORDS`` words after a separator set aside), or a site's own label."""
    folded = " ".join(title.casefold().split())
    if folded in _LABELS:
        return "a site's home, section, search or login page's"
    core, *rest = SEPARATOR.split(folded, maxsplit=1)  # the headline's separators, as site names are cut
    if folded in _TITLES or (core in _TITLES and len(" ".join(rest).split()) <= _SITE_WORDS):
        return "an error, bot-check or consent page's"
    return None


def body_phrase(body: str) -> str | None:
    """The bot-check or error page's phrase of a short ``body``, or None. Its words are counted only as far
    as the limit: split at most ``_SHORT_WORDS`` times, a body of more words leaves the rest as one more
    piece (an article of 3,000 characters has about 500 words: a tenth of the split's cost, not all of it)."""
    if len(body) > _SHORT_WORDS * 20 or len(body.split(maxsplit=_SHORT_WORDS)) > _SHORT_WORDS:
        return None  # 3,000 characters: far more words
    m = _PHRASES.search(body.casefold())
    return m.group(0) if m else None


def check_not_an_article(emit: Emitter, title: str | None, body: str | None) -> None:
    """``page.not_an_article``: the record is an error page's, a bot wall's or a consent wall's."""
    if not emit.on(CHECK):
        return
    kind = title_kind(title) if title else None
    if title and kind:
        emit.add(CHECK, "$.title", f"the title is {kind}, not an article's", title)
        return
    phrase = body_phrase(body) if body else None
    if phrase is not None:
        emit.add(CHECK, "$.body", "the body is an error or bot-check page's text, not an article", phrase)
