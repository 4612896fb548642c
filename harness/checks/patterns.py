"""Default boilerplate patterns, by language, matched line by line against the lowercased body.

Every pattern is lowercase and written for ``re.MULTILINE``: ``^`` and ``$`` anchor a line, so a pattern
matches a whole short line ("Read more", "Mehr zum Thema", "VOL. 18, No. 20 ... Publisher and Editor: ...")
and not a sentence of the article that happens to contain the same words. Matching lowercase patterns
against a lowercased column is about 6x faster than case-insensitive matching (LIBRARY-NOTES).

User patterns go through :func:`lower_pattern`, which lowercases literal text but keeps escapes such as
``\\S`` or ``\\D`` intact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_END = r"[\s:.!?»›>→…|–—-]*$"
_START = r"^[\s«‹<←|•·*–—-]*"


def _line(alternatives: str) -> str:
    """A whole line made of one of ``alternatives`` (with list bullets and trailing arrows allowed)."""
    return _START + "(?:" + alternatives + ")" + _END


def _within(phrase: str, before: int = 160, after: int = 160) -> str:
    """A line of bounded length that contains ``phrase``."""
    return rf"^[^\n]{{0,{before}}}(?:{phrase})[^\n]{{0,{after}}}$"


_DAY = (r"(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|"
        r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
        r"[a-z]*\.?,?\s+")
_DATE = (r"(?:\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
         r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
         r"|\d{4}年\d{1,2}月\d{1,2}日)")
_TIME = r"(?:,?\s*(?:um|at|à|a las|-|\|)?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?|\s*uhr|\s*h)?(?:\s*\(?[a-z]{2,4}\)?)?)?"
_STAMP = (r"(?:(?:updated|published|posted|last updated|aktualisiert(?: am)?|veröffentlicht(?: am)?|stand|"
          r"publié(?: le)?|mis à jour(?: le)?|publicado(?: el)?|actualizado(?: el)?)\s*:?\s*)?")

#: Patterns that read the same in every language (dates, copyright signs, mastheads, breadcrumbs).
_COMMON = (
    _START + _STAMP + "(?:" + _DAY + ")?" + _DATE + _TIME + r"\s*$",
    r"^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|[^\n]{0,60}\d{4})[^\n]{0,160}$",
    r"^\s*vol(?:ume)?\.?\s*\d+\s*[,;]?\s*(?:no|nr|n°|núm|issue)\.?\s*\d+\b[^\n]*$",
    r"^\s*issn\s*:?\s*\d{4}-\d{3}[\dx]",
    r"^\s*(?:home|startseite|accueil|inicio|portada|главная|ホーム)\s*(?:[›>»/|]\s*[^\n]{1,40}){1,6}$",
)

DEFAULT_PATTERNS: Mapping[str, tuple[str, ...]] = {
    "common": _COMMON,
    "en": (
        _within(r"\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b"),
        _within(r"\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b"),
        _line(r"(?:accept|reject|manage) (?:all )?cookies|cookie (?:policy|settings|preferences)"),
        _within(r"\b(?:subscribe|sign up)(?: now| today| here)?(?: to| for)? (?:our |the )?[^\n]{0,30}newsletters?\b",
                80, 120),
        _line(r"share(?: this)?(?: article| story| post)?(?: on (?:facebook|twitter|x|whatsapp|linkedin))?"
              r"|tweet|email|print|copy link|follow us(?: on [^\n]{1,40})?"),
        _line(r"(?:already a subscriber|subscribe now|subscribe today|become a member|support our journalism)"
              r"\b[^\n]{0,100}"),
        _line(r"related(?: articles?| stories| posts| news| content| coverage| topics)?|more (?:on|from|in|about) "
              r"[^\n]{1,40}|more (?:stories|news|articles)|read more(?: about [^\n]{1,60})?|read (?:also|next)|"
              r"see also|also read|continue reading|recommended(?: for you| stories| articles)?|you (?:may|might) "
              r"also like|(?:most|the most) (?:popular|read|viewed|shared)|trending(?: now)?|top stories|"
              r"(?:the )?latest(?: news| stories| articles| magazine| issue| videos?| headlines)?|"
              r"latest magazine|editor'?s picks?"),
        _within(r"\ball rights reserved\b", 120, 80),
        _within(r"\bpublisher(?: and editor)?\s*:|\bregist(?:er|ration) (?:number|no\.?)\s*:|"
                r"\beditor[- ]in[- ]chief\s*:", 200, 200),
        _line(r"advertisement|sponsored(?: content)?|(?:play|watch(?: the)?) video|listen to (?:this )?article"),
        _line(r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave a (?:comment|reply)|post a comment|back to top|"
              r"previous (?:article|post)|next (?:article|post)"),
        _line(r"tags\s*:[^\n]{0,200}"),
    ),
    "de": (
        _within(r"\b(?:wir )?(?:verwenden|nutzen|setzen) cookies\b|\bcookies? (?:verwenden|zustimmen|akzeptieren)\b"),
        _line(r"cookie-einstellungen|(?:alle )?cookies akzeptieren|datenschutzerklärung|impressum"),
        _within(r"\bnewsletter[^\n]{0,40}(?:abonnieren|bestellen|anmelden)\b", 80, 80),
        _line(r"(?:jetzt )?abonnieren\b[^\n]{0,80}|(?:artikel )?teilen(?: auf| per| via)?[^\n]{0,30}|drucken|"
              r"folgen sie uns\b[^\n]{0,60}|zur startseite|nach oben"),
        _line(r"mehr (?:zum thema|zu diesem thema|aus|von|über|zu|artikel|nachrichten|news)\b[^\n]{0,40}|"
              r"weiter ?lesen|lesen sie (?:auch|mehr)\b[^\n]{0,80}|auch interessant|das könnte sie auch "
              r"interessieren|ähnliche artikel|verwandte (?:artikel|themen)|meistgelesene?(?: artikel)?|"
              r"(?:die )?neueste[n]? (?:artikel|nachrichten)|top-?themen|empfohlene artikel"),
        _within(r"\balle rechte vorbehalten\b", 120, 80),
        _line(r"herausgeber\s*:[^\n]{0,120}|v\.?\s?i\.?\s?s\.?\s?d\.?\s?p\.?[^\n]{0,120}|"
              r"verantwortlich(?:er redakteur)?\s*:[^\n]{0,120}"),
        _line(r"anzeige|werbung|gesponsert|(?:zur )?(?:bildergalerie|fotostrecke)|"
              r"(?:\d+\s+)?kommentare?|kommentar schreiben|(?:vorheriger|nächster) artikel|"
              r"schlagw(?:orte|örter)\s*:[^\n]{0,200}|themen\s*:[^\n]{0,200}"),
    ),
    "fr": (
        _within(r"\b(?:ce site|nous) utilis(?:e|ons) des cookies\b|\baccepter (?:les|tous les) cookies\b"),
        _line(r"paramétrer les cookies|gestion des cookies|mentions légales|politique de confidentialité"),
        _line(r"(?:abonnez-vous|inscrivez-vous)\b[^\n]{0,100}|partager(?: sur| cet article| l'article)?"
              r"[^\n]{0,30}|imprimer|suivez-nous\b[^\n]{0,60}|retour en haut"),
        _within(r"\b(?:newsletter|lettre d'information)\b[^\n]{0,40}\b(?:inscri|abonn)", 80, 80),
        _line(r"(?:à|a) lire aussi\b[^\n]{0,80}|lire aussi\b[^\n]{0,80}|lire la suite|voir aussi|"
              r"sur le même sujet|dans la même rubrique|articles? (?:similaires|liés|associés)|"
              r"les plus (?:lus|populaires|partagés)|dernières (?:actualités|nouvelles|infos)|à la une|"
              r"(?:découvrez|voir) (?:aussi|également)\b[^\n]{0,40}|plus d'(?:articles|actualités)[^\n]{0,40}"),
        _within(r"\btous droits réservés\b", 120, 80),
        _line(r"(?:directeur|directrice) de (?:la )?publication\s*:[^\n]{0,120}"),
        _line(r"publicité|contenu sponsorisé|diaporama|(?:\d+\s+)?commentaires?|laisser un commentaire|"
              r"article (?:précédent|suivant)|mots-clés\s*:[^\n]{0,200}"),
    ),
    "es": (
        _within(r"\b(?:este sitio|esta web|utilizamos|usamos)\b[^\n]{0,40}\bcookies\b|\baceptar (?:todas las )?"
                r"cookies\b"),
        _line(r"política de cookies|aviso legal|política de privacidad|configurar cookies"),
        _line(r"(?:suscríbete|suscribete|suscríbase|regístrate)\b[^\n]{0,100}|compartir(?: en| este "
              r"artículo)?[^\n]{0,30}|imprimir|síguenos\b[^\n]{0,60}|volver arriba"),
        _within(r"\bboletín\b[^\n]{0,40}\b(?:suscr|recib)", 80, 80),
        _line(r"leer más|lee también|lea también|(?:también )?te puede interesar|le puede interesar|"
              r"noticias relacionadas|artículos relacionados|más noticias|más (?:sobre|de|en) [^\n]{1,40}|"
              r"lo más (?:leído|visto)|últimas noticias|ver más|sigue leyendo|relacionad[oa]s?"),
        _within(r"\btodos los derechos reservados\b", 120, 80),
        _line(r"publicidad|contenido patrocinado|galería(?: de fotos)?|(?:\d+\s+)?comentarios?|"
              r"deja (?:un|tu) comentario|artículo (?:anterior|siguiente)|etiquetas\s*:[^\n]{0,200}"),
    ),
    "pt": (
        _line(r"leia (?:também|mais)|saiba mais|notícias relacionadas|mais lidas|compartilhe|assine já"),
        _within(r"\btodos os direitos reservados\b", 120, 80),
    ),
    "it": (
        _line(r"leggi anche|articoli correlati|potrebbe interessarti|più letti|condividi"),
        _within(r"\btutti i diritti riservati\b", 120, 80),
    ),
    "ru": (
        _line(r"читайте (?:также|еще|ещё|далее)\b[^\n]{0,80}|подробнее|по теме|похожие (?:статьи|новости)|"
              r"ещ[её] по теме|самое читаемое|последние новости|поделиться|реклама|комментарии|"
              r"подпис(?:ывайтесь|аться|ка)\b[^\n]{0,80}|теги\s*:[^\n]{0,200}"),
        _within(r"все права защищены", 120, 80),
    ),
    "ja": (
        _line(r"関連記事|関連ニュース|続きを読む|もっと読む|あわせて読みたい|こちらもおすすめ|人気記事|最新記事|"
              r"ランキング|広告|(?:この記事を)?(?:シェア|共有)する?|タグ\s*:[^\n]{0,200}"),
        _within(r"無断転載(?:を)?禁(?:じます|止)|(?:ニュースレター|メルマガ)[^\n]{0,20}(?:登録|購読)", 120, 80),
    ),
}
LANGUAGES: tuple[str, ...] = tuple(DEFAULT_PATTERNS)

_ESCAPE = re.compile(r"\\(?:N\{[^}]*\}|.)", re.S)


def lower_pattern(pattern: str) -> str:
    """Lowercase the literal text of ``pattern``; escape sequences (``\\S``, ``\\D``, ``\\N{...}``) stay as written."""
    out: list[str] = []
    pos = 0
    for m in _ESCAPE.finditer(pattern):
        out.append(pattern[pos:m.start()].lower())
        out.append(m.group(0))
        pos = m.end()
    out.append(pattern[pos:].lower())
    return "".join(out)


def default_patterns(languages: Iterable[str]) -> tuple[str, ...]:
    """The default list for ``languages`` (language-neutral patterns always included)."""
    out: list[str] = list(DEFAULT_PATTERNS["common"])
    for lang in languages:
        if lang != "common":
            out.extend(DEFAULT_PATTERNS[lang])
    return tuple(dict.fromkeys(out))


def compile_lines(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.MULTILINE) for p in patterns)
