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

from harness.checks.firstchars import gated, union_gate

_END = r"[ \t\u00a0:.!?»›>→…|–—\])-]*$"
_START = r"^[ \t\u00a0«‹<←>»›|•·*–—\[(-]*"
_PHRASE_LINE_MAX = 300


def lines_pattern(*alternatives: str) -> str:
    """A whole line made of one of ``alternatives`` (list bullets and trailing arrows allowed)."""
    return _START + "(?:" + "|".join(alternatives) + ")" + _END


def phrase_pattern(keywords: str, *phrases: str) -> str:
    """A line of at most 300 characters that contains one of ``phrases``.

    ``keywords`` (a plain alternation of words every phrase contains) is checked first by a lookahead: it
    makes the pattern about 10x cheaper, as most lines contain none of them.
    """
    pattern = _phrase_source(keywords, phrases)
    _PHRASES[pattern] = (keywords, phrases)
    return pattern


def _phrase_source(keywords: str, phrases: tuple[str, ...], *, gate: bool = False) -> str:
    """:func:`phrase_pattern`'s regex. ``gate``: the phrases' alternation behind a lookahead of the
    characters their matches can start with (:func:`harness.checks.firstchars.gated`), so that the lazy
    walk along the line tries the phrases only where one of them can start (the same matches)."""
    either = "(?:" + "|".join(phrases) + ")"
    return (
        rf"^(?=[^\n]{{0,{_PHRASE_LINE_MAX}}}$)(?=[^\n]*?{_by_first_char(keywords)})[^\n]*?"
        + (gated(either) if gate else either)
    )


_META = frozenset("\\.^$*+?{}[]()|")


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation (``|`` inside groups or classes does not split)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    return [*out, alternation[start:]]


def _by_first_char(keywords: str) -> str:
    """``keywords`` as a group that first looks at the character its alternatives start with.

    The keyword scan tries the keywords at every position of a line. With each keyword starting with a
    required literal, a one-class look lets most positions fail at once, and the keywords grouped by that
    character (``c(?:ookie|ontinuing to)|r(?:ights reserved|egist)``) are tried a group, not a keyword, at
    a time: about 3x faster on article text, and the same positions match (only order within the
    alternation changes, which a lookahead's yes-or-no does not see). ``(?:keywords)`` otherwise."""
    alternatives = _alternatives(keywords)
    if any(not a or a[0] in _META or a[1:2] in ("?", "*", "{", "+") for a in alternatives):
        return f"(?:{keywords})"
    groups: dict[str, list[str]] = {}
    for a in dict.fromkeys(alternatives):
        groups.setdefault(a[0], []).append(a[1:])
    look = "(?=[" + "".join(re.escape(ch) for ch in groups) + "])"
    return (
        look + "(?:" + "|".join(f"{re.escape(ch)}(?:{'|'.join(rest)})" for ch, rest in groups.items()) + ")"
    )


_PHRASES: dict[str, tuple[str, tuple[str, ...]]] = {}


def is_phrase(pattern: str) -> bool:
    """True for a pattern :func:`phrase_pattern` built."""
    return pattern in _PHRASES


def by_phrase(patterns: Iterable[str]) -> list[tuple[str, str]]:
    """Each phrase pattern of ``patterns`` with the line regex :func:`combined` would make of the phrase
    patterns merged, but with this pattern's phrases alone: the line bound and the keywords of all of
    them, then its own phrases (gated by their first characters, as merged). A line the merged regex
    matches at is one that one of these matches at (an alternation matches where one of its branches
    does), and no other; the merged regex's gate in front of it all lets any character but a line break
    through (its lazy walk along the line may start with any), so it is left out."""
    phrases = [p for p in patterns if p in _PHRASES]
    keywords = "|".join(_PHRASES[p][0] for p in phrases)
    return [(p, "(?m)" + _phrase_source(keywords, _PHRASES[p][1], gate=True)) for p in phrases]


def phrases_of(pattern: str) -> tuple[str, ...]:
    """The phrases of the phrase pattern ``pattern`` (empty for another pattern)."""
    return _PHRASES[pattern][1] if pattern in _PHRASES else ()


def phrase_needles(pattern: str) -> tuple[str, ...] | None:
    """Plain strings one of which every match of the phrase pattern ``pattern`` contains: its keywords,
    each cut before its first regex operator (and one character sooner when that operator makes the
    character before it optional). None for another pattern, or a keyword with no plain start."""
    found = _PHRASES.get(pattern)
    if found is None:
        return None
    out = []
    for keyword in _alternatives(found[0]):
        cut = next((i for i, ch in enumerate(keyword) if ch in _META), len(keyword))
        if cut < len(keyword) and keyword[cut] in "?*{":
            cut -= 1
        if cut <= 0:
            return None
        out.append(keyword[:cut])
    return tuple(dict.fromkeys(out))


_DAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
    r"[a-z]*\.?,?\s+"
)
_DATE = (
    r"(?:\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日)"
)
_TIME = (
    r"(?:,?\s*(?:um|at|à|a las|-|\|)?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?|\s*uhr|\s*h)?"
    r"(?:\s*\(?[a-z]{2,4}\)?)?)?"
)
_STAMP = (
    r"(?:(?:updated|published|posted|last updated|aktualisiert(?: am)?|veröffentlicht(?: am)?|stand|"
    r"publié(?: le)?|mis à jour(?: le)?|publicado(?: el)?|actualizado(?: el)?)\s*:?\s*)?"
)

_WEAK: set[str] = set()


def weak(pattern: str) -> str:
    """Mark a default pattern as weak evidence: its hits are ``boilerplate.pattern_weak`` (a warning)."""
    _WEAK.add(pattern)
    return pattern


#: A line that is only a date stamp (lowercase; weak: a timeline lists dates; :mod:`harness.checks.edges`
#: treats one at the body's edge as strong).
DATELINE = _START + _STAMP + "(?:" + _DAY + ")?" + _DATE + _TIME + r"[ \t]*$"
#: A line that is only an ad slot's label, in many languages ("Advertisement", "Anzeige", "Реклама",
#: "広告", "- ADVERTISEMENT - Scroll to continue"): article text never is that one word alone.
AD_MARKER = lines_pattern(
    r"(?:advertisement|sponsored|anzeige|werbung|reklame|publicidad|publicité|"
    r"publicidade|pubblicità|advertentie|annonse|annons|mainos|hirdetés|reklama|reklam|oglas|iklan|"
    r"quảng cáo|реклама|оголошення|διαφήμιση|פרסומת|إعلان|اعلان|تبلیغات|広告|광고|广告|廣告|โฆษณา|"
    r"विज्ञापन)(?:\s*[-–—:|]?\s*(?:scroll|continue|story continues|article continues)[^\n]{0,40})?"
)
#: Patterns that read the same in every language: datelines, copyright lines, mastheads, breadcrumbs.
_COMMON = (
    weak(DATELINE),
    r"^[ \t]*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|[^\n]{0,60}\d{4})[^\n]{0,160}$",
    r"^[ \t]*vol(?:ume)?\.?\s*\d+\s*[,;]?\s*(?:no|nr|n°|núm|issue)\.?\s*\d+\b[^\n]*$",
    r"^[ \t]*issn\s*:?\s*\d{4}-\d{3}[\dx]",
    r"^[ \t]*(?:home(?: ?page)?|startseite|accueil|inicio|portada|главная|ホーム)"
    r"\s*(?:[›>»/|]\s*[^\n]{1,40}){1,6}$",
    # a breadcrumb trail from anywhere: three parts or more between guillemet arrows with spaces around them
    # ("Find » Society » People » Client Star Dies"); a sentence never chains three of them (a plain ">"
    # does, in code and in maths: "entries > 10 AND zscore > 3"). A phrase pattern, tried only on the lines
    # that hold an arrow, and only from their start
    phrase_pattern(
        r"»|›",
        r"(?<![^\n])[ \t]*[^\n»›]{1,40}?(?: » | › )[^\n»›]{1,80}?(?:(?: » | › )[^\n»›]{1,80}?){1,5}[ \t]*$",
    ),
    AD_MARKER,
    # share, newsletter and most-read lines where no language list above has them
    lines_pattern(
        r"(?:dela|del|jaa|sdílet|zdieľať|megosztás|distribuie|поділитися|κοινοποίηση|paylaş|bagikan|chia sẻ)"
        r"(?: (?:artikeln|artiklen|artikkelen|artikkeli|článek|článok|a cikket|articolul|статтею"
        r"|το άρθρο|bu haberi|haberi|artikel ini|berita ini|bài viết|bài viết này))?",
        r"(?:prenumerera på|tilmeld dig|abonner på|meld deg på|tilaa|přihlaste se k odběru"
        r"|prihláste sa na odber|iratkozzon fel|feliratkozás|abonează-te la|abonați-vă la"
        r"|підпишіться на|εγγραφείτε στ"
        r"|abone ol|kaydolun|berlangganan|langganan|đăng ký nhận)[^\n]{0,60}",
        r"mest (?:lästa|læste|leste|delte|delade)|luetuimmat|nejčtenější|najčítanejšie|legolvasottabb"
        r"|cele mai citite|найпопулярніше|δημοφιλέστερα|en çok okunan(?:lar)?|terpopuler|paling populer"
        r"|đọc nhiều nhất|xem nhiều nhất",
        r"(?:lämna|skriv) en kommentar|(?:skriv|efterlad) en kommentar|(?:legg igjen|skriv) en kommentar"
        r"|kommentoi|jätä kommentti|(?:napište|přidat) komentář|(?:napíšte|pridať) komentár"
        r"|írjon hozzászólást|szólj hozzá|(?:lasă|adaugă) un comentariu|залиште коментар|напишіть коментар"
        r"|αφήστε (?:ένα )?σχόλιο|yorum (?:yap|yazın|ekle)|(?:tinggalkan|tulis|kirim) komentar"
        r"|(?:zostaw|napisz|dodaj) komentarz|(?:để lại|viết) bình luận",
    ),
    # a feed's footer kept with the article: an SEO plugin's "The post <title> appeared first on <site>."
    # (Yoast's default, in its translations), which a reader of the site's feed gets under each item
    phrase_pattern(
        r"appeared first on|erschien zuerst auf|apparu en premier sur|publicó primero en|proviene da"
        r"|verscheen eerst op|apareceu primeiro em|pochodzi z serwisu|появились сначала на|явився на"
        r"|dök först upp på|最先出现在|最初に表示されました|ilk önce|처음 등장했습니다|أولاً على",
        r"\bthe post\b[^\n]{1,250}?\bappeared first on\b",
        r"\bder beitrag\b[^\n]{1,250}?\berschien zuerst auf\b",
        r"\bl[’']article\b[^\n]{1,250}?\best apparu en premier sur\b",
        r"\bla entrada\b[^\n]{1,250}?\bse publicó primero en\b",
        r"\bl[’']articolo\b[^\n]{1,250}?\bproviene da [^\n]{1,80}$",
        r"\bhet bericht\b[^\n]{1,250}?\bverscheen eerst op\b",
        r"\bo post\b[^\n]{1,250}?\bapareceu primeiro em\b",
        r"\bartykuł\b[^\n]{1,250}?\bpochodzi z serwisu\b",
        r"\bсообщение\b[^\n]{1,250}?\bпоявились сначала на\b",
        r"\bзапис\b[^\n]{1,250}?\bспершу з['’]явився на\b",
        r"\binlägget\b[^\n]{1,250}?\bdök först upp på\b",
        r"投稿[^\n]{1,250}?に最初に表示されました",
        r"[^\n]{1,250}?最先出现在[^\n]{1,80}$",
        r"[^\n]{1,250}? ilk önce [^\n]{1,80} üzerinde ortaya çıktı",
        r"[^\n]{1,250}? 글이 [^\n]{1,80}에 처음 등장했습니다",
        r"ظهرت المقالة [^\n]{1,250}? أولاً على",
    ),
)

# Per language: strong lines (high-precision families: consent, share, subscribe/newsletter, follow-us,
# related/"read also", navigation, comment prompts, imprint), weak lines (credits, print/email, ad labels,
# tag and comment counts), strong phrases, weak phrases. Strong hits are errors, weak ones warnings.
DEFAULT_PATTERNS: Mapping[str, tuple[str, ...]] = {
    "common": _COMMON,
    "en": (
        lines_pattern(
            r"(?:accept|reject|manage) (?:all )?cookies|cookie (?:policy|settings|preferences)",
            r"share(?: this)?(?: article| story| post)?(?: on (?:facebook|twitter|x|whatsapp|linkedin))?",
            r"(?:share (?:on|via|to|by) [^\n]{1,30}?[ ,|•·]*){1,6}",
            r"click here to (?:subscribe|sign up|register|log ?in|read more|continue reading|see more|"
            r"learn more)\b[^\n]{0,60}",
            r"(?:(?:loading|show|view|hide|load) (?:\d+ )?comments?[^\n]{0,10})|comments are closed",
            r"follow us(?: on [^\n]{1,40})?",
            r"(?:already a subscriber|subscribe (?:now|today)|become a member|support our journalism)"
            r"\b[^\n]{0,100}",
            r"(?:subscribe|sign up)(?: to| for)? (?:our |the )?[^\n]{0,30}newsletters?\b[^\n]{0,40}",
            r"related(?: articles?| stories| posts| news| content| coverage| topics)?(?:\s*:[^\n]{0,120})?",
            r"more (?:on|from|in|about) [^\n]{1,40}|more (?:stories|news|articles)",
            # a box's heading or its "more" link, naming its section: "More tennis news...", "View more golf
            # news", "Latest football stories", "Popular news stories", "Hockey headlines"
            r"(?:(?:view|see|go to|read|get) )?(?:more|all)(?: [\w&'’()-]+){1,3}"
            r" (?:news|stories|articles|headlines)(?: click here)?",
            r"(?:other|popular|latest|top|recent|related)(?: [\w&'’-]+){0,2} (?:stories|headlines)",
            r"related(?: [\w&'’-]+){1,2} news|most (?:popular|read|viewed|shared|emailed|commented)"
            r"(?: (?:stories|articles|news))?(?: (?:in|on|from) [^\n]{1,30})?",
            r"have your say(?: on [^\n]{1,60})?|send us your (?:feedback|views|comments)",
            r"more (?:on|from|in|about)|related (?:information|links|sites)"
            r"|(?:the )?latest (?:news|stories|headlines) (?:on|from|at) [^\n]{1,40}"
            r"|(?:today'?s|this week'?s) most (?:popular|read|viewed|shared|emailed|commented)"
            r"(?: [\w'’-]+){0,2}",
            r"last updated [^\n]{1,40} ago",
            r"read more(?: about [^\n]{1,60})?|read (?:also|next)|see also|also read|continue reading",
            r"(?:read|see|watch) (?:more|also|next)\s*:[^\n]{0,120}",
            r"recommended(?: for you| stories| articles)?|you (?:may|might) also like",
            r"(?:most|the most) (?:popular|read|viewed|shared)|trending(?: now)?|top stories",
            r"editor'?s picks?",
            r"(?:the )?latest(?: news| stories| articles| magazine| issue| videos?| headlines)?",
            r"leave a (?:comment|reply)|post a comment|back to top",
            r"back to (?:the )?(?:headlines|home ?page|home|index|news|list|overview|search results|section"
            r"|[\w.'’-]+(?: [\w.'’-]+)?'s? home ?page)|in this section",
            r"(?:quick|advanced|site|google|web) search|search the web(?: for more)?"
            r"|search(?: for| this site| the site| the web(?: for more)?)?\s*:",
            r"(?:(?:previous|prev|next) (?:article|post|story)[ |·•/]*){1,2}",
            r"advertisement|sponsored content|\d+ comments?|(?:\d+\s*(?:min|mins|minutes?)\.? read)",
            r"reading time\s*:?\s*\d+[^\n]{0,20}|enter your e-?mail(?: address)?[^\n]{0,40}|subscribe",
        ),
        weak(
            lines_pattern(
                r"posted in [^\n]{0,80}|filed under\s*:?[^\n]{0,80}|tags\s*:[^\n]{0,200}",
                r"(?:photo|image|picture|video)s?(?: credit)?\s*:\s*[^\n]{1,60}",
                r"tweet|email|print|copy link",
                r"advertisement|sponsored(?: content)?|(?:play|watch(?: the)?) video",
                r"listen to (?:this )?article",
                r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?",
            )
        ),
        # a box's heading naming its section ("Hockey headlines", "Texas Headlines"): a whole line, tried only
        # on the lines that hold the word
        phrase_pattern("headlines", _START.replace("^", "(?<![^\\n])", 1) + r"[\w&'’.-]++ headlines" + _END),
        phrase_pattern(
            r"cookie|rights reserved|publisher|regist|editor|continuing to|using (?:this|our)|enter your"
            r"|position in any|disclosure policy",
            r"\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b",
            r"\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b",
            r"\ball rights reserved\b",
            r"\bpublisher(?: and editor)?\s*:|\bregist(?:er|ration) (?:number|no\.?)\s*:",
            r"\beditor[- ]in[- ]chief\s*:",
            r"\benter your e-?mail(?: address)?(?: (?:here|below))?\W*$",
            # an investment site's disclosure ("... has no position in any of the stocks mentioned, and has
            # a disclosure policy")
            r"\bposition in any of the (?:stocks|companies|securities) mentioned\b"
            r"|\bhas a disclosure policy\b",
        ),
        weak(
            phrase_pattern(
                r"newsletter",
                r"\b(?:subscribe|sign up)(?: now| today| here)?(?: to| for)? (?:our |the |this )?"
                r"[^\n]{0,30}newsletters?\b",
            )
        ),
    ),
    "de": (
        lines_pattern(
            r"anzeige|werbung",
            r"cookie-einstellungen|(?:alle )?cookies akzeptieren|datenschutzerklärung|impressum",
            r"(?:jetzt )?abonnieren\b[^\n]{0,80}|(?:artikel )?teilen(?: auf| per| via)?[^\n]{0,30}",
            r"folgen sie uns\b[^\n]{0,60}|zur startseite|nach oben",
            r"zurück zu(?:r|m) (?:übersicht|startseite|artikelliste|ressort|seitenanfang|suche)"
            r"|weitere (?:nachrichten|artikel|meldungen)(?: aus [^\n]{1,30})?|suche\s*:",
            r"mehr (?:zum thema|zu diesem thema|aus|von|über|zu|artikel|nachrichten|news)\b[^\n]{0,40}",
            r"weiter ?lesen|lesen sie (?:auch|mehr)\b[^\n]{0,80}|auch interessant",
            r"das könnte sie auch interessieren|ähnliche artikel|verwandte (?:artikel|themen)",
            r"meistgelesene?(?: artikel)?|(?:die )?neueste[n]? (?:artikel|nachrichten)|top-?themen",
            r"empfohlene artikel|herausgeber\s*:[^\n]{0,120}|v\.?\s?i\.?\s?s\.?\s?d\.?\s?p\.?[^\n]{0,120}",
            r"verantwortlich(?:er redakteur)?\s*:[^\n]{0,120}|kommentar schreiben",
            r"(?:vorheriger|nächster) artikel",
        ),
        weak(
            lines_pattern(
                r"drucken|anzeige|werbung|gesponsert|(?:zur )?(?:bildergalerie|fotostrecke)",
                r"(?:\d+\s+)?kommentare?|schlagw(?:orte|örter)\s*:[^\n]{0,200}|themen\s*:[^\n]{0,200}",
            )
        ),
        phrase_pattern(
            r"cookie|newsletter|vorbehalten",
            r"\b(?:wir )?(?:verwenden|nutzen|setzen) cookies\b",
            r"\bcookies? (?:verwenden|zustimmen|akzeptieren)\b",
            r"\bnewsletter[^\n]{0,40}(?:abonnieren|bestellen|anmelden)\b",
            r"\balle rechte vorbehalten\b",
        ),
    ),
    "fr": (
        lines_pattern(
            r"publicité",
            r"paramétrer les cookies|gestion des cookies|mentions légales|politique de confidentialité",
            r"(?:abonnez-vous|inscrivez-vous)\b[^\n]{0,100}",
            r"partager(?: sur| cet article| l'article)?[^\n]{0,30}",
            r"suivez-nous\b[^\n]{0,60}|retour en haut",
            r"retour (?:à|a) (?:l'accueil|la une|la liste|la rubrique|la recherche)"
            r"|(?:plus|autres) d'(?:actualités|articles|infos)|rechercher\s*:",
            r"(?:à|a) lire aussi\b[^\n]{0,80}|lire aussi\b[^\n]{0,80}|lire la suite|voir aussi",
            r"sur le même sujet|dans la même rubrique|articles? (?:similaires|liés|associés)",
            r"les plus (?:lus|populaires|partagés)|dernières (?:actualités|nouvelles|infos)|à la une",
            r"(?:découvrez|voir) (?:aussi|également)\b[^\n]{0,40}|plus d'(?:articles|actualités)[^\n]{0,40}",
            r"(?:directeur|directrice) de (?:la )?publication\s*:[^\n]{0,120}",
            r"laisser un commentaire|article (?:précédent|suivant)",
        ),
        weak(
            lines_pattern(
                r"imprimer|publicité|contenu sponsorisé|diaporama|(?:\d+\s+)?commentaires?",
                r"mots-clés\s*:[^\n]{0,200}",
            )
        ),
        phrase_pattern(
            r"cookie|newsletter|lettre d'information|réservés",
            r"\b(?:ce site|nous) utilis(?:e|ons) des cookies\b|\baccepter (?:les|tous les) cookies\b",
            r"\b(?:newsletter|lettre d'information)\b[^\n]{0,40}\b(?:inscri|abonn)",
            r"\btous droits réservés\b",
        ),
    ),
    "es": (
        lines_pattern(
            r"publicidad",
            r"política de cookies|aviso legal|política de privacidad|configurar cookies",
            r"(?:suscríbete|suscribete|suscríbase|regístrate)\b[^\n]{0,100}",
            r"compartir(?: en| este artículo)?[^\n]{0,30}|síguenos\b[^\n]{0,60}|volver arriba",
            r"volver (?:a la portada|al inicio|a la lista|a la sección)|otras noticias|buscar\s*:",
            r"(?:leer más|lee también|lea también)(?:\s*:[^\n]{0,120})?",
            r"(?:también )?te puede interesar|le puede interesar",
            r"noticias relacionadas|artículos relacionados|más noticias|más (?:sobre|de|en) [^\n]{1,40}",
            r"lo más (?:leído|visto)|últimas noticias|ver más|sigue leyendo|relacionad[oa]s?",
            r"deja (?:un|tu) comentario|artículo (?:anterior|siguiente)",
        ),
        weak(
            lines_pattern(
                r"imprimir|publicidad|contenido patrocinado|galería(?: de fotos)?|(?:\d+\s+)?comentarios?",
                r"etiquetas\s*:[^\n]{0,200}",
            )
        ),
        phrase_pattern(
            r"cookies|boletín|reservados",
            r"\b(?:este sitio|esta web|utilizamos|usamos)\b[^\n]{0,40}\bcookies\b",
            r"\baceptar (?:todas las )?cookies\b",
            r"\bboletín\b[^\n]{0,40}\b(?:suscr|recib)",
            r"\btodos los derechos reservados\b",
        ),
    ),
    "pt": (
        lines_pattern(
            r"publicidade",
            r"leia (?:também|mais)\b[^\n]{0,80}|saiba mais|notícias relacionadas|mais lidas|compartilhe",
            r"(?:assine|inscreva-se|cadastre-se)\b[^\n]{0,80}|siga-nos\b[^\n]{0,60}",
            r"deixe (?:um|seu) comentário",
        ),
        weak(lines_pattern(r"publicidade|(?:\d+\s+)?comentários?|(?:foto|imagem)\s*:\s*[^\n]{1,60}")),
        phrase_pattern(r"reservados", r"\btodos os direitos reservados\b"),
    ),
    "it": (
        lines_pattern(
            r"pubblicità",
            r"leggi anche\b[^\n]{0,80}|articoli correlati|potrebbe interessarti|più letti|condividi",
            r"(?:iscriviti|abbonati)\b[^\n]{0,80}|seguici\b[^\n]{0,60}",
            r"leggi (?:di più|tutto)|articolo (?:precedente|successivo)",
        ),
        weak(lines_pattern(r"pubblicità|(?:\d+\s+)?commenti")),
        phrase_pattern(r"riservati", r"\btutti i diritti riservati\b"),
    ),
    "nl": (
        lines_pattern(
            r"advertentie",
            r"lees (?:ook|meer|verder)\b[^\n]{0,80}|gerelateerde (?:artikelen|berichten)|meest gelezen",
            r"deel (?:dit )?(?:artikel|bericht)[^\n]{0,30}",
            r"(?:abonneer|schrijf je in|meld je aan)\b[^\n]{0,80}",
            r"plaats een reactie|volg ons\b[^\n]{0,60}",
        ),
        weak(lines_pattern(r"(?:\d+\s+)?reacties?|advertentie")),
        phrase_pattern(
            r"voorbehouden|cookies",
            r"\balle rechten voorbehouden\b",
            r"\b(?:wij gebruiken|deze (?:site|website) gebruikt) cookies\b",
        ),
    ),
    "pl": (
        lines_pattern(
            r"reklama",
            r"czytaj (?:także|też|również|więcej)\b[^\n]{0,80}|zobacz (?:także|też|również)\b[^\n]{0,80}",
            r"udostępnij[^\n]{0,30}|najczęściej czytane",
            r"(?:subskrybuj|zapisz się|zaprenumeruj)\b[^\n]{0,80}|obserwuj nas\b[^\n]{0,60}",
        ),
        weak(lines_pattern(r"reklama|(?:\d+\s+)?komentarz[ey]?")),
        phrase_pattern(
            r"zastrzeżone|cookies",
            r"\bwszelkie prawa zastrzeżone\b",
            r"\b(?:używamy|wykorzystujemy) (?:plików )?cookies\b",
        ),
    ),
    "ru": (
        lines_pattern(
            r"реклама",
            r"читайте (?:также|еще|ещё|далее)\b[^\n]{0,80}|подробнее|по теме|похожие (?:статьи|новости)",
            r"ещ[её] по теме|самое читаемое|последние новости|поделиться",
            r"подпи(?:сывайтесь|саться|ска|шитесь)\b[^\n]{0,80}",
        ),
        weak(lines_pattern(r"реклама|комментарии|теги\s*:[^\n]{0,200}")),
        phrase_pattern(r"права", r"все права защищены"),
    ),
    "ja": (
        lines_pattern(
            r"関連記事|関連ニュース|続きを読む|もっと読む|あわせて読みたい|こちらもおすすめ|人気記事|最新記事",
            r"(?:この記事を)?(?:シェア|共有)する?",
        ),
        weak(lines_pattern(r"ランキング|広告|タグ\s*:[^\n]{0,200}")),
        phrase_pattern(
            r"転載|ニュースレター|メルマガ",
            r"無断転載(?:を)?禁(?:じます|止)",
            r"(?:ニュースレター|メルマガ)[^\n]{0,20}(?:登録|購読)",
        ),
    ),
}
# Paywall notices: a paywalled article's teaser served as the article ("subscribe to read on"). Strong: a
# line that says the rest of the article is behind a subscription is never part of the article.
_PAYWALL: Mapping[str, str] = {
    "en": phrase_pattern(
        r"subscri|sign in|log in|register|members",
        r"\b(?:subscribe|sign in|log in|register)\b[^\n]{0,40}\bto (?:continue|keep) reading\b",
        r"\b(?:subscribe|sign in|log in|register)\b[^\n]{0,40}\bto read (?:the|this) "
        r"(?:full|rest|whole|entire)\b",
        r"\bthis (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) "
        r"(?:paying )?(?:subscribers|members)\b",
    ),
    "de": phrase_pattern(
        r"weiterzulesen|abonnent|abo ",
        r"\bum (?:den |diesen |den ganzen )?(?:artikel |beitrag )?weiterzulesen\b",
        r"\b(?:dieser artikel|dieser beitrag|dieser inhalt) ist (?:nur |exklusiv )?für abonnent",
        r"\bjetzt abo (?:abschließen|sichern)\b",
    ),
    "fr": phrase_pattern(
        r"la suite|abonnés|vous reste",
        r"\bpour lire la suite\b[^\n]{0,60}(?:abonn|connect|inscri)",
        r"\b(?:cet article|ce contenu) est réservé aux abonnés\b",
        r"\bil vous reste [^\n]{0,30}à lire\b",
    ),
    "es": phrase_pattern(
        r"leyendo|suscriptores",
        r"\bpara (?:seguir|continuar) leyendo\b[^\n]{0,60}(?:suscr|regístr|inicia)",
        r"\beste (?:artículo|contenido) es (?:exclusivo|solo) para suscriptores\b",
    ),
    "it": phrase_pattern(
        r"continuare a leggere|abbonati",
        r"\bper continuare a leggere\b[^\n]{0,60}(?:abbona|accedi|registra)",
        r"\b(?:articolo|contenuto) riservato agli abbonati\b",
    ),
    "pt": phrase_pattern(
        r"continuar|assinantes",
        r"\bpara continuar (?:lendo|a ler)\b[^\n]{0,60}(?:assin|entre|cadastr)",
        r"\b(?:conteúdo|matéria|artigo) exclusiv[oa] para assinantes\b",
    ),
    "nl": phrase_pattern(
        r"verder te lezen|abonnees",
        r"\bom (?:dit artikel )?verder te lezen\b[^\n]{0,60}(?:abonn|log|registr)",
        r"\b(?:dit artikel|deze inhoud) is (?:alleen )?(?:beschikbaar )?voor abonnees\b",
    ),
    "pl": phrase_pattern(
        r"przeczytać|subskrybent|prenumerator",
        r"\baby przeczytać (?:cały|całość|dalszą)[^\n]{0,60}(?:subskryp|prenumer|zaloguj|wykup)",
        r"\b(?:artykuł|treść) (?:jest )?(?:dostępny|dostępna) (?:tylko )?dla "
        r"(?:subskrybentów|prenumeratorów)",
    ),
    "ru": phrase_pattern(
        r"прочитать|дочитать|подписчик",
        r"\bчтобы (?:прочитать|дочитать)[^\n]{0,60}(?:подпис|подпиш|войдите|зарегистр)",
        r"\b(?:статья|материал) доступ(?:на|ен) только (?:для )?подписчик",
    ),
}
DEFAULT_PATTERNS = {
    lang: (*patterns, *((_PAYWALL[lang],) if lang in _PAYWALL else ()))
    for lang, patterns in DEFAULT_PATTERNS.items()
}
LANGUAGES: tuple[str, ...] = tuple(DEFAULT_PATTERNS)

_ESCAPE = re.compile(r"\\(?:N\{[^}]*\}|.)", re.S)


def lower_pattern(pattern: str) -> str:
    """Lowercase the literal text of ``pattern``; escapes (``\\S``, ``\\D``, ``\\N{...}``) stay as written."""
    out: list[str] = []
    pos = 0
    for m in _ESCAPE.finditer(pattern):
        out.append(pattern[pos : m.start()].lower())
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


def combined(patterns: Iterable[str], *, gate: bool = False) -> list[str]:
    """The regexes to run over the body column: line-anchored patterns merged into one alternation.

    ``^(?:a|b|c)`` under ``re.MULTILINE`` is tried only at line starts, so one pass over a body costs
    about as much as the cheapest pattern; patterns that are not anchored are kept as they are. ``gate``:
    each anchored alternative starts with a lookahead of the characters its matches can start with
    (:func:`harness.checks.firstchars.gated`): the same matches, an alternative that cannot start at a
    line refused by one class test.
    """
    patterns = list(patterns)
    phrases = [_PHRASES[p] for p in patterns if p in _PHRASES]
    if len(phrases) > 1:  # one keyword scan per line for all languages, not one per language
        merged_phrase = phrase_pattern("|".join(k for k, _ in phrases), *(p for _, ps in phrases for p in ps))
        patterns = [p for p in patterns if p not in _PHRASES] + [merged_phrase]
    if gate:  # a phrase pattern's own walk along the line gated too
        patterns = [_phrase_source(*_PHRASES[p], gate=True) if p in _PHRASES else p for p in patterns]
    anchored = [p[1:] for p in patterns if p.startswith("^")]
    look = union_gate(anchored) if gate else ""  # and the alternation as a whole
    anchored = [gated(p) for p in anchored] if gate else anchored
    free = [p for p in patterns if not p.startswith("^")]
    merged = ["(?m)^" + look + "(?:" + "|".join(anchored) + ")"] if anchored else []
    return merged + ["(?m)" + p for p in free]


def _labels() -> dict[str, str]:
    labels: tuple[str, ...] = ("dateline", "copyright", "masthead", "issn", "breadcrumb", "trail")
    labels += ("ad-marker",)
    labels += ("more-languages",)
    labels += ("feed-footer",)
    out = dict(zip(_COMMON, labels, strict=True))
    for lang, patterns in DEFAULT_PATTERNS.items():
        if lang != "common":
            lines = [p for p in patterns if p not in _PHRASES]
            phrases = [p for p in patterns if p in _PHRASES]
            for kind, group in (("lines", lines), ("phrases", phrases)):
                for p in group:
                    out[p] = f"{lang}-{kind}" + ("-weak" if p in _WEAK else "")
    return out


_LABELS = _labels()


WEAK: frozenset[str] = frozenset(_WEAK)


def is_weak(pattern: str) -> bool:
    """True for a default pattern marked weak; user patterns are strong (they were written on purpose)."""
    return pattern in WEAK


def label(pattern: str) -> str:
    """A short name for a pattern in messages: ``en-7`` for a default, else the pattern itself (clipped)."""
    return _LABELS.get(pattern) or (pattern if len(pattern) <= 60 else pattern[:59] + "…")
