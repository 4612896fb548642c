"""A consent box left in the body: ``boilerplate.notice`` ("a consent box for embedded content or cookies").

A page that embeds a third party's content (a video, a post, a chart) shows a placeholder until the reader
agrees to load it, and a cookie banner asks for the same consent: "An dieser Stelle finden Sie einen
externen Inhalt von YouTube, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen",
"Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden", "This content is provided by a
third party. To view it, you need to accept cookies", "Wir verwenden Cookies. Durch Bestätigen des Buttons
... stimmst Du der Verwendung zu". An extractor that keeps the placeholder keeps these lines; they run
longer than the interface's one-line notices (:mod:`harness.checks.notice` reads lines of at most 20
words), up to ``_MAX_WORDS`` words. The evidence, on one line:

* it names the outside thing: content that is **external** or a **third party**'s ("externer Inhalt",
  "third-party content", "contenu externe", "Drittplattformen"), or **cookies**, in 12 languages; and
* it asks for **consent** ("einverstanden", "accept", "zustimmen", "autoriser") or, for external content,
  to **load or show** it ("anzeigen", "load", "afficher", "mit einem Klick"); and
* it **binds the reader**: it speaks to the reader ("Sie", "you", "vous"), or speaks as the reader's
  checkbox ("Ich bin damit einverstanden", "I agree").

Two lines of the same box say less on their own, and each is read with its own two kinds of evidence:

* the checkbox's label: the first person of a checkbox ("Ich bin damit einverstanden, dass mir Inhalte von
  YouTube angezeigt werden") about a thing of the page (content, a video) being shown;
* the box's fine print: the outside thing and the site's own privacy policy ("Personenbezogene Daten
  können an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung").

An article about cookies or embedded content (a court ruling, a recipe) names its subject on other lines:
a line is left alone when the body names its outside thing on a line that is no consent box.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate
from typing import Any

from harness.checks import legal, needles

WHY = "a consent box for embedded content or cookies"
_MAX_WORDS = 80
_MAX_CHARS = 600
_LABEL_WORDS = 20  # a checkbox's label

# the outside thing, lowercase: content that is external, embedded or a third party's, a third party's
# platform or service
_EXTERNAL = (
    r"extern(?:e[mnrs]?)? (?:inhalt|content|medien|dienst)",
    r"(?:inhalt|inhalte|content|contents) (?:von|from) (?:externen|extern|third|dritt)",
    r"external (?:content|media|service|provider)",
    r"eingebunden\w* (?:inhalt|medien)",
    r"embedded (?:content|media|post)",
    r"third[- ]party (?:content|media|platform|provider|service|site|website|embed|cookie)",
    r"dritt(?:anbieter|plattform|en? anbieter|en? plattform|dienst|inhalt)",
    r"contenus? (?:externes?|tiers|intégrés?|embarqués?)",
    r"(?:plateformes?|services?|sites?|partenaires?) tiers",
    r"contenidos? (?:externos?|de terceros|incrustados?|insertados?)",
    r"(?:plataformas?|servicios?|proveedores?) (?:externos?|de terceros)",
    r"contenut[oi] (?:estern[oi]|di terze parti|incorporat[oi])",
    r"(?:piattaform[ae]|servizi) (?:estern[ei]|di terze parti)",
    r"conteúdos? (?:externos?|de terceiros|incorporados?)",
    r"(?:plataformas?|serviços?) de terceiros",
    r"externe (?:inhoud|content|media)",
    r"(?:inhoud|content) van derden",
    r"externt innehåll",
    r"innehåll från tredje part",
    r"zewnętrzn\w* (?:treś|serwis|platform)",
    r"(?:obsah|služeb|platform) třetích stran",
    r"сторонн\w+ (?:сервис|контент|платформ|ресурс)",
    r"контент третьих",
    r"üçüncü taraf (?:içerik|platform|hizmet)",
)
# a third party, named bare ("third parties", "terze parti"): an outside thing when the line asks to show it
_PARTY = (
    r"third[- ]part(?:y|ies)", r"terze parti", r"terceros", r"terceiros", r"derden", r"tredje part",
    r"третьих (?:лиц|сторон)", r"üçüncü taraf",
)
_COOKIE = ("cookie", "куки")
_OUTSIDE = re.compile("|".join((*_EXTERNAL, *_PARTY, *_COOKIE)))
_BARE = re.compile("|".join(_PARTY))
# a cheap look at the body first, not lowercased: a body holding none of these names no outside thing
_STEMS = (
    "extern", "eingebunden", "embedded", "intégré", "embarqué", "incrustad", "insertad", "incorporat",
    "incorporad", "third-part", "third part", "dritt", " tiers", "terceros", "terze parti", "terceiros",
    "derden", "tredje part", "zewnętrzn", "třetích", "сторонн", "третьих", "üçüncü", *_COOKIE,
)
# and a checkbox's first person, which names the content it shows in any words ("Ich bin damit
# einverstanden, dass mir Inhalte von ... angezeigt werden")
_AGREES = ("einverstanden", "i agree", "i accept", "i consent", "j'accepte", "j’accepte", "acepto", "accetto",
           "aceito", "ik ga akkoord", "akceptuję", "я согла")
_MARKERS = tuple(dict.fromkeys((*_STEMS, *(s.capitalize() for s in _STEMS), *_AGREES, "I agree", "I accept",
                                "I consent", "J'accepte", "J’accepte", "Acepto", "Accetto", "Aceito")))
_CONSENT = re.compile(
    r"(?<![^\W\d_])(?:accept|agree|consent|allow|einverstanden|zustimm|stimmst|stimmen sie|einwillig|"
    r"akzeptier|erlaub|zulass|zulässt|accepte|consent|autoris|acept|consiente|accett|consenti|aceit|"
    r"concord|akkoord|toestemming|accepteer|samtyck|godkänn|accepter|zgod|akceptuj|souhlas|соглас|"
    r"принима|примите|разреш|kabul|onay)"
)
_SHOW = re.compile(
    r"(?<![^\W\d_])(?:load|laden|lädt|anzeig|angezeigt|display|show|view|afficher|charger|mostrar|cargar|"
    r"visualiz|caricare|carregar|weergeven|bekijk|visa |ladda|wyświetl|załaduj|zobraz|načíst|показ|загруз|"
    r"göster|yükle|click|klick|cliqu|clic|clique|klik|нажм)"
)
# the site's use of cookies ("we use cookies", "Diese Website verwendet Cookies")
_USE = re.compile(
    r"(?<![^\W\d_])(?:use[sd]?|using|verwend|nutz|utilis|utiliz|usiamo|usa|gebruik|använd|bruge|bruker|"
    r"używa|использ|kullan)"
)
# the informal German reader ("stimmst Du der Verwendung zu"), capitalised as web copy writes it ("du"
# alone is also French's article)
_DU = re.compile(r"(?<![^\W\d_])(?:Du|Dir|Dich|Dein|Deine|Deiner|Deinen|du stimmst|stimmst du)(?![^\W\d_])")


#: the web's machinery a longer line may name (``notice`` reads its shorter lines for all of it)
_MACHINERY_WORDS = ("javascript", "adblock", "ad block", "ad-block", "werbeblocker", "bloqueur de pub",
                    "bloqueador de", "blocco degli annunci", "blocco annunci", "блокировщик", "блокувальник")
_MACHINERY_MARKERS = tuple(
    dict.fromkeys(
        (
            *_MACHINERY_WORDS,
            *(m.capitalize() for m in _MACHINERY_WORDS),
            *("JavaScript", "AdBlock", "Ad Block", "AD BLOCK"),
        )
    )
)
OUTSIDE = 1  # a line's kinds in :func:`marked_lines`: it names an outside thing
MACHINERY = 2  # it names the machinery


@cache
def _found() -> Any:
    return needles.automaton(_MARKERS, _MACHINERY_MARKERS)


def lowered_markers() -> tuple[str, ...]:
    """Every marker of :func:`marked_lines`, lowercased: a line holding a marker holds it lowercased when
    lowercased (:mod:`harness.checks.keywords` looks for them in the whole body first)."""
    return tuple(dict.fromkeys(m.lower() for m in (*_MARKERS, *_MACHINERY_MARKERS)))


def marked_lines(body_lines: list[str], may_hold: bool = True) -> dict[int, int]:
    """For each line of ``body_lines`` that holds one of ``_MARKERS`` or ``_MACHINERY_MARKERS`` (most
    bodies: none), its index and which (``OUTSIDE | MACHINERY``). One automaton pass over the joined lines
    where the ``fast`` extra is installed (a body of 5,000 characters costs about 60 µs), a substring
    search each without it. ``may_hold`` false: the body the lines are of
    holds no marker even lowercased (:func:`harness.checks.keywords.scan`), so none of them holds one."""
    if not may_hold:
        return {}
    found = _found()
    if found is None:
        out = {}
        for i, line in enumerate(body_lines):
            kinds = OUTSIDE * any(m in line for m in _MARKERS)
            kinds |= MACHINERY * any(m in line for m in _MACHINERY_MARKERS)
            if kinds:
                out[i] = kinds
        return out
    text = "\n".join(body_lines)
    hits = list(found.iter(text))
    if not hits:
        return {}
    starts = list(accumulate((len(line) + 1 for line in body_lines[:-1]), initial=0))
    marked: dict[int, int] = {}
    for end, kinds in hits:
        i = bisect_right(starts, end) - 1
        marked[i] = marked.get(i, 0) | kinds
    return marked


def consent_why(line: str, low: str, reader: bool, thing: bool) -> str | None:
    """Why ``line`` (``low``: its lowercase) is a consent box's line (see the module's docstring), or None;
    ``reader``: the line speaks to the reader (``notice._addresses``); ``thing``: it names a thing of the
    page (content, a video, the site: ``notice._THING``)."""
    if len(line) > _MAX_CHARS or len(line.split()) > _MAX_WORDS:
        return None
    outside = _OUTSIDE.search(low)
    if outside is None:
        return None
    reader = reader or legal.first_person(low) or _DU.search(line) is not None
    named = outside.group(0)
    consents = _CONSENT.search(low)
    if named in _COOKIE:  # a cookie wall names the site's use of them ("Wir verwenden Cookies"), not a tray
        if reader and consents and (thing or uses(low)):
            return WHY
        return None
    shows = _SHOW.search(low)
    opens = (consents is not None and consents.start() == 0) or (shows is not None and shows.start() == 0)
    if reader or opens:  # opening on its action: a button ("Load external content")
        if _BARE.fullmatch(named) is not None:  # "third parties" alone: content of the page shown
            if shows and thing:
                return WHY
        elif consents or shows:
            return WHY
    if legal.names_document(low) and legal.ours(low):
        return WHY  # the box's fine print: the outside thing and the site's own privacy policy
    return None


def uses(low: str) -> bool:
    """Whether ``low`` speaks of using something ("we use cookies", "Diese Website verwendet Cookies")."""
    return _USE.search(low) is not None


def checkbox_why(low: str, thing: bool) -> str | None:
    """The consent box's checkbox label ("Ich bin damit einverstanden, dass mir Inhalte von YouTube
    angezeigt werden"): at most ``_LABEL_WORDS`` words, the first person of a checkbox, a thing of the page
    (``thing``) and its showing."""
    if thing and len(low.split()) <= _LABEL_WORDS and legal.first_person(low) and _SHOW.search(low):
        return WHY
    return None


def outside_of(low: str) -> str | None:
    """The outside thing ``low`` names (its first match), or None."""
    m = _OUTSIDE.search(low)
    return m.group(0) if m else None


# ----------------------------------------------------------------------------- a consent dialog's heading
#: the dialog's subject: cookies, privacy, consent (casefolded text)
_HEADING_SUBJECT = re.compile(
    r"cookie|privacy|privacidad|privacidade|datenschutz|privatsphäre|vie privée|riservatezza|consent"
    r"|zustimmung|einwilligung|consentimento|consentement|consenso|toestemming|samtycke|samtykke|yksityisyy|prywatnoś"
    r"|soukromí|gizlilik|конфиденциальн|приватніст|プライバシー|隐私|개인정보"
)
#: the reader addressed, the site speaking, or the dialog's settings (casefolded text)
_HEADING_ADDRESS = re.compile(
    r"\b(?:your|our|we|ihre|ihr|wir|uns|unsere|tu|tus|nosotros|nuestra|votre|vos|nous|notre|sua|suas|nós|nossa"
    r"|tua|vostra|noi|uw|jouw|wij|din|dina|vi|jeres|teidän|twoja|twoje|vaše|ваша|ваши|ваш)\b|preferences"
    r"|settings|choices|einstellungen|préférences|paramètres|preferencias|configuración|preferências"
    r"|impostazioni|voorkeuren|inställningar|indstillinger|asetukset|ustawienia|nastavení|ayarlar|настройки"
    r"|налаштування|設定|设置|설정|uses cookies|utilise des cookies|verwendet cookies|utiliza cookies"
    r"|utilizza cookie|gebruikt cookies"
)
_HEADING_WORDS = 9
_HEADING_BREAKS = re.compile(r"[\d,:;|]")


def consent_heading(title: str) -> bool:
    """``title`` is a consent dialog's heading ("We value your privacy", "Manage cookie preferences",
    "Ihre Privatsphäre ist uns wichtig", "Datenschutzeinstellungen"): a short line with no number, comma or
    colon, naming cookies, privacy or consent and addressing the reader (or the site speaking, or the
    settings). A headline about privacy names who did what to it. None of 12,566 real titles (the corpus's
    and five outside sets' ``<title>``, ``<h1>`` and ``og:title``, the clean and ``generic`` records')."""
    if len(title.split()) > _HEADING_WORDS or _HEADING_BREAKS.search(title):
        return False
    low = title.casefold()
    return _HEADING_SUBJECT.search(low) is not None and _HEADING_ADDRESS.search(low) is not None
