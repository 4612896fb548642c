"""Checks of the record's smaller fields: a title that is not a headline's shape, authors that are not
names, a language the body is not written in.

Every rule is about the field's form, in any language, with no word list: markup in a title, a title as
long as a paragraph, an author entry holding a link, an address, a date or a sentence, the same author twice,
and a language tag whose script the body does not use (``en`` over a body in Han characters).
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from harness.checks import badge, bylines, consent, runin
from harness.checks.emit import Emitter
from harness.checks.foreign import letter_scripts
from harness.checks.language import leaves_open
from harness.checks.text import clip, markup, squash, word_set
from harness.dates import is_only_date, month_names

MAX_TITLE_CHARS = 300  # the longest of 2,605 real titles (<title>, og:title, truths) is 258 characters
MAX_AUTHOR_WORDS = 8  # a name with titles and particles; more is a sentence (a byline, a bio, a teaser)
MAX_AUTHOR_CHARS = 80
_PROBE_CHARS = 4 * MAX_AUTHOR_CHARS  # of an author entry the link and handle patterns read
MIN_SCRIPT_LETTERS = 50  # letters of the body looked at before the language's script is judged
SCRIPT_SAMPLE = 2000  # characters of the body read for its script
MIN_SCRIPT_SHARE = 0.2  # share of the body's letters in the language's own scripts, below which it is wrong

# braces, brackets, angle brackets and "=" are in no one's name: a JSON-LD author object, a script's
# "[object Object]", a tag or an attribute kept as the author
_CODE = re.compile(r"[{}\[\]<>=]|@type|\bobject Object\b")
_LINK = re.compile(r"(?i)\b(?:https?://|www\.)\S|\S@\S+\.[a-z]{2,}\b")
# a social-media handle ("@janedoe") or a profile's address without its scheme ("twitter.com/janedoe")
_HANDLE = re.compile(r"(?i)(?:^|[\s(])@\w{2,}|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}/\w")
_TAIL_CHARS = 80  # a title's end read for the word before its ellipsis (a bounded regex search)
_MIN_CUT_CHARS = 12  # a title's text before its ellipsis that is worth looking for in the page's titles
_PAGE_TITLES = re.compile(  # every repetition bounded: a hostile page costs linear time
    r"<title[^>]{0,200}>([^<]{1,1000})</title>"
    r"|<meta[^>]{1,300}?(?:og|twitter):title[\"'][^>]{0,300}?content=[\"']([^\"']{1,1000})"
    r"|<meta[^>]{1,300}?content=[\"']([^\"']{1,1000})[\"'][^>]{0,300}?(?:og|twitter):title"
    r"|<h1[^>]{0,200}>(.{1,1000}?)</h1>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")
_HEAD_CHARS = 300_000  # of the page searched for its titles (the head and the headline come first)
# a title cut short: an ellipsis after a comma, a colon or a dash, or after its last word
_CUT_TITLE = re.compile(r"(?:(?P<mark>[,:;–—-])|(?P<word>[^\W\d_]+))\s*(?:…|\.{3,})\s*$")
# a page number left at the title's end ("... - Page 2", "... (Seite 2)", "... – page 3 sur 5"); "Página12"
# is a newspaper's name, so a space before the number is required
_PAGE_NUMBER = re.compile(
    r"(?i)(?:\s[-–—|·:]\s*|\s\(|,\s)(?:page|seite|página|pagina|pág\.|pag\.|strona|страница|sida|side)\s+"
    r"\d{1,3}(?:\s*(?:of|von|sur|de|di|из|z|av|/)\s*\d{1,3})?\)?\s*$"
)
# a headline's kicker run into it with no space, the text of <h1><span>Exclusive</span>City council ...</h1>
# ("ExclusiveCity council ...", "AnalyseDer Haushalt ..."): a kicker's word, then a capital, a digit or a
# quotation mark; none of 1,081 real titles starts so (a brand such as "LiveJournal" would)
_KICKER_JOINED = re.compile(
    r"(?:Exclusive|Analysis|Opinion|Live|Watch|Video|Breaking|Update|Updated|Explainer|Review|Interview|"
    r"Podcast|Photos|Exklusiv|Kommentar|Analyse|Liveblog|Meinung|Exclusif|Tribune|Direct|Vidéo|Exclusiva|"
    r"Opinión|Análisis|Directo|Exclusivo|Opinião|Análise|Esclusiva|Opinione|Analisi|Diretta|Eksklusif|"
    r"Эксклюзив|Мнение|Анализ|Ao vivo|En direct|En directo)(?=[A-ZÀ-ÖØ-ÞА-ЯЁ0-9\"“„«'])"
)
# what may stand between the two copies of a doubled title ("X X", "X | X", "X: X")
_JOIN = re.compile(r"\s*[|:·•–—-]?\s*")
_JOIN_CHARS = 5
_MIN_DOUBLED_CHARS = 12
_YEAR_DAY = re.compile(r"\b(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b")
# a title that is only a web or e-mail address
_ONLY_LINK = re.compile(r"(?i)(?:https?://|www\.)\S+$|[^\s@]+@[^\s@]+\.[a-z]{2,}$")
# the page source's layout kept in a title: a line break, a tab, or a run of three spaces (none of 1,081
# real titles has one; two end in a space, which is not flagged)
_SOURCE_LAYOUT = re.compile(r"[\r\n\t\v\f]|\S {3,}\S")
# a JSON string's escapes left in a title taken from structured data or a feed ("beschlie\u00dft",
# "Ja\/Nein", '\"Quote\"'): none of 11,699 real titles writes one (session 32)
_JSON_ESCAPE = re.compile(r'\\u[0-9a-fA-F]{4}|\\[/"]')
# a browser tab's count of new posts or notifications, which a page's script puts before the title ("(3)
# Headline", "(12+) Headline", "[2] Headline"): one of 11,699 real titles opens so, a podcast's episode
# number ("(16) Coronavirus-Update: ...", session 32)
_TAB_COUNT = re.compile(r"[(\[]\d{1,3}\+?[)\]]\s?\S")
# invisible characters the page's HTML carried into a title: a soft hyphen (``&shy;``, the layout's line
# breaks), a zero-width space, a word joiner, a byte-order mark. Not the zero-width (non-)joiners, which
# Persian, the Indic scripts and emoji sequences write on purpose; a zero-width space is how Thai, Lao,
# Khmer and Burmese mark word breaks, so it counts only in a title without those scripts.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")
_ZERO_WIDTH_SPACE = "\u200b"
_WORD_BREAK_SCRIPTS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# the URL's slug: lowercase words joined by hyphens or underscores, no space ("city-council-approves-budget")
_SLUG = re.compile(r"[^\W_]+(?:[-_][^\W_]+){2,}(?:\.(?:html?|php|aspx?))?")
_SLUG_CHARS = 300
# a breadcrumb trail's separators, and the sections it parts: one to three words without a digit
_CRUMB = re.compile(r"\s+(›|>|→|»|/|·|•)\s+")
_ARROWS = frozenset({"›", ">", "→"})
_CRUMB_SECTION = re.compile(r"[^\W\d]+(?:[ '’&.-]+[^\W\d]+){0,2}\.?")
# two or more people in one entry, each of two to four capitalised words, parted by commas ("Jane Miller,
# Ahmed Khan"); "Miller, Jane" is one person written surname first, and a part with a role's or a
# newsroom's word ("Jane Miller, Staff Writer", "Jane Miller, Associated Press") is a byline's
_NAME_PART = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}")
# the words of a journalist's job title: an entry holding one and no comma is the byline box's second line
# ("Senior Political Correspondent", "Redakteurin im Ressort Politik"), not a person; "Jane Miller, Staff
# Writer" names one, and a newsroom ("Redaktion", "Reuters Staff") is not a job
_JOB_TITLES = word_set(
    """
    reporter reporters correspondent correspondents editor writer columnist contributor photographer
    producer journalist redakteur redakteurin korrespondent korrespondentin reporterin journalistin
    kolumnist kolumnistin journaliste correspondant correspondante rédacteur rédactrice chroniqueur
    chroniqueuse corresponsal periodista redactor redactora columnista giornalista corrispondente redattore
    redattrice correspondente jornalista repórter redator redatora colunista verslaggever redacteur
    korespondent dziennikarz dziennikarka redaktor корреспондент журналист обозреватель редактор
    кореспондент журналіст оглядач muhabir gazeteci wartawan koresponden
    """
)
# a byline's second part that is not a person: a job title's word, a newsroom's, an outlet's
_ROLE_WORDS = _JOB_TITLES | word_set(
    """
    agency associated autor autorin bureau chief columnists contributors daily department desk diario
    editors enviada enviado envoyé envoyée especial group inc inviata inviato jornal journal llc ltd
    magazine media nachrichten network news newspaper noticias notícias online photographers post press
    radio redacción redactie redakcja redaktion redaktionen redazione redação rédaction senior service
    special spécial spéciale staff team times tv university weekly wire writers zeitung новости редакция
    редакція
    """
)
# a picture's credit kept as an author: a photo word or a picture agency's name ("Getty Images", "AFP via
# Getty Images", "picture alliance / dpa", "AP Photo")
_PHOTO_CREDIT = re.compile(
    r"(?i)(?<![^\W\d_])(?:images|photos?|fotos?|pictures|imágenes|imagens|immagini|bildfunk|getty|"
    r"shutterstock|istock(?:photo)?|alamy|imago|picture[ -]alliance|epa(?:-efe)?|keystone-sda)(?![^\W\d_])"
)
# a translator's credit taken for an author ("Translated by ...", "Übersetzung: ...", "Aus dem Englischen von
# ...", "Traducido del alemán por ...", "Vertaling: ...", "Перевод: ...", "翻訳：..."): the translation's word
# first; no name opens with one
_TRANSLATOR = re.compile(
    r"(?i)(?:translat(?:ed|ion|or)|übersetz|aus dem \w+ (?:übersetzt )?von\b|traduc|traduit|traduz|tradução"
    r"|tradott|traduzion|vertal|översatt|översättning|oversat|oversett|tłumacz|przekład|přelož|překlad"
    r"|перевод|перевел|перевёл|переклад|çeviri|çeviren|翻訳|翻译|译者|번역)"
)
# a sponsor's or an advertiser's credit in the byline's place ("Sponsored by Acme", "Paid Post by Acme",
# "Präsentiert von ...", "Anzeige – in Kooperation mit ...", "Contenido ofrecido por ...", "提供：...")
_SPONSOR = re.compile(
    r"(?i)(?:sponsored|presented|promoted|brought to you|paid (?:post|content|for)|in partnership with"
    r"|in association with|advertisement|advertorial|gesponsert|präsentiert von|in kooperation mit|anzeige"
    r"|werbung|ein angebot von|sponsorisé|présenté par|en partenariat avec|publi-?rédactionnel|patrocinad"
    r"|ofrecido por|en colaboración con|publicidad|sponsorizzat|presentato da|in collaborazione con"
    r"|gesponsord|in samenwerking met|advertentie|sponsrad|i samarbete med|annons|sponset|i samarbeid med"
    r"|annonse|sponsoreret|i samarbejde med|sponsorowan|we współpracy z|reklama|sponzorovan|ve spolupráci s"
    r"|sponsorlu|iş ?birliğiyle|reklam|при поддержке|спонсор|партнерский материал|на правах рекламы"
    r"|реклама|за підтримки|на правах реклами|提供|スポンサー|協賛|广告|赞助|협찬|광고|disponsori|bersponsor"
    r"|được tài trợ|برعاية|برعايه|إعلان|प्रायोजित)"
)
# a byline's own word kept before the name ("By Jane Doe", "Par Jean Dupont"); not "von" or "di", which
# are parts of names ("Von Miller", "Di Maria")
_BYLINE_WORD = re.compile(r"(?i)^(?:written by|by|par|por|przez|door)\s+\S")
# the label of the link to the author's page kept as the entry ("View all posts by Jane Miller", "Alle
# Beiträge von ...", "Tous les articles de ...", "Все материалы автора ...", "山田太郎の記事一覧"): a word for
# the pieces an author wrote, in the plural, with the name; no name holds one
_PIECES = word_set(
    """
    posts articles stories entries columns beiträge artikel artikeln artikelen berichten bijdragen
    artículos entradas noticias publicaciones articoli notizie artigos matérias postagens publicações
    inlägg artiklar indlæg innlegg artikler wpisy artykuły teksty články příspěvky článkov cikkei cikkek
    makaleleri yazıları haberleri tulisan άρθρα материалы статьи публикации записи
    матеріали статті публікації مقالات كتابات מאמרים כתבות
    """
)
_PIECES_CJK = re.compile("記事|文章|기사")
# two names of two words or more joined in one entry ("Jane Doe and John Roe"): the list was not split
_TWO_NAMES = re.compile(
    r"^\w[\w.'’-]*(?:\s+\w[\w.'’-]*)+\s+(?:and|&|und|et|y|og|och|en|i|и)\s+\w[\w.'’-]*(?:\s+\w[\w.'’-]*)+$"
)
# a capitalised word of a person's name (any cased script), and a name of two to five of them, with the
# small words of names between ("Jean de la Fontaine", "Ludwig van Beethoven")
_UPPER = r"(?=[^\W\d_a-zß-ÿа-џ])"  # a letter that is not a lowercase Latin or Cyrillic one
_CAP_WORD = rf"{_UPPER}[^\W\d_][\w.'’-]*"
_PARTICLE = r"(?:van|von|de|da|di|del|der|den|du|dos|la|le|bin|al|ter|y)"
_PERSON = rf"{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_CAP_WORD}){{1,4}}"
# the dateline's place or the agencies kept with the author's name: "Shaun Walker in Kyiv", "Anna Kowalska
# aus Berlin", "Luc Martin, correspondant à Rome", "Ana Ruiz, de Lisboa", "Jane Miller (Washington)", "Jan
# Kowalski, Brüssel", "Jane Miller and agencies". "da" and "de" after a plain space begin a surname
# ("Lula da Silva"), so they count only after a comma
_PLACE = rf"{_UPPER}[^\W\d_][\w'’-]*(?:(?:\s+|-)(?:(?:de|del|la)\s+)?[^\W\d_][\w'’-]*){{0,2}}"
_NAME_AND_PLACE = re.compile(
    rf"^{_PERSON}(?:,\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}})?"
    rf"(?:\s+(?:in|aus|à|from|desde|em|en|из|в|з|у)|,\s+(?:de|da|from|aus|à|desde|em|en|in|из|в|з))\s+{_PLACE}$"
    rf"|^{_PERSON}\s+\([^()]{{2,40}}\)$"
    rf"|^{_PERSON},\s+(?P<one>{_UPPER}[^\W\d_][\w'’.-]*)$"
)
_AGENCIES = re.compile(
    r"(?i)(?<![^\W\d_])(?:and|with|und|mit|avec|et|y|con|e|com|и|і|та)\s+(?:the\s+)?(?:agencies|agencias|"
    r"agences|agenturen|agenzie|agências|агентства|агентствами|агенції)(?![^\W\d_])"
)
# a name's own last part after a comma: "Martin Luther King, Jr.", "Jane Miller, PhD"
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "ma", "mba", "esq", "msc", "bsc"})
_NOT_PLACES = _NAME_SUFFIXES | _ROLE_WORDS
_CAPS_LETTERS = 12  # a title in capitals throughout: this many upper-case letters, at least
# the byline run onto the end of the title: its word after a separator ("... | By Jane Miller", "...  von
# Anna Schmidt"), "BY", a capitalised "By" after a word in lowercase ("... in the city By Jane Miller"; not
# in a title that capitalises every word, "Killed By Friendly Fire"), or a byline's label in another
# script ("Автор: ...", "作者：...", "记者 王芳", " 佐藤健記者", " 김민수 기자", "بقلم ..."). "von", "di"
# or "by" after a plain space is how headlines name whose work they speak of ("Eine neue Studie von Heinz
# Duchhardt", 5 of 1,935 real titles; "The Covenant of Water by Abraham Verghese"): not flagged
_TITLE_BYLINE = re.compile(
    r"(?:(?:\s[|·•–—-]|\s\s|\u00a0)\s*(?i:by|von|par|por|di|door|przez|av|af)"
    rf"|\s[a-z][\w'’-]*[,;.!?]? By|\sBY)\s+{_PERSON}\s*$"
    r"|(?:^|\s)(?:Автор|Авторы|Автори|作者|كتب)\s*[:：]\s*\S.{0,40}$"
    r"|(?:^|\s)بقلم\s+\S.{0,40}$"
    r"|(?:^|\s)记者\s*[\u4e00-\u9fff·]{2,4}\s*$"
    r"|\s[\u4e00-\u9fff\u3040-\u30ff]{2,5}(?:記者|特派員)\s*$"
    r"|\s[\uac00-\ud7af]{2,4}\s?(?:기자|특파원)\s*$"
)
_BYLINE_CHARS = 120
_BYLINE_HINTS = (
    " by ", " von ", " par ", " por ", " di ", " door ", " przez ", " av ", " af ",
    "автор", "作者", "بقلم", "كتب", "记者", "記者", "特派員", "기자", "특파원",
)
_ANY_DIGIT = re.compile(r"\d")
# a video's running time at the title's end, the play badge's ("... Video 3:45", "... ▶ 03:12", "... 動画
# 1:02:10", "... Video 4:30 Min."): not after a short lowercase word ("... kick-off at 15:30", "um 20:15")
_RUNNING_TIME = re.compile(
    r"(?:^|\s)(?P<before>\S*)\s*(?<![\d:.,])(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?:\s*(?:min|Min|MIN|мин)\.?)?\s*[)\]）】]?\s*$"
)
_PREPOSITION_CHARS = 3
_UNSPACED_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_UNSPACED_HEADLINE = 4  # characters of a script written without spaces: a headline of its own
# a picture's caption taken for the headline: its credit after three words or more ("... am Montag in Mainz.
# Foto: Anna Beispiel/dpa", "... © Jane Doe/Imago", "(AP Photo/Jane Doe)"), a sentence's end and then a
# credit with a slash and no full stop ("... in Denver, May 21, 2021. REUTERS/Jane Doe", "... 17 mai 2024.
# JEAN DUPONT / AFP"), or a Japanese caption's "＝" and day ("記者会見する知事＝3月4日、大阪市（共同）").
# A headline names a photo as a noun ("Das „Blue Marble“-Foto: ..."), never after a sentence with a credit.
_CAPTION_CREDIT = re.compile(
    r"(?i)(?:^|[\s(\[])(?:photo(?:graph)?s?|fotos?|fotó|fotograf(?:ía|ia|ie|ija)|fotoğraf|bild|zdjęcie|фото|"
    r"φωτογραφία|צילום|صورة|تصوير|写真|사진|ภาพ|फोटो)\s*[:：]\s*\S"
    r"|©|\((?:AP|AFP|dpa|EPA|Reuters)\s+(?:Photo|Foto)\s*/"
)
_CAPTION_END = re.compile(r"(?<=\w)\.\s+\(?[^.]{0,60}/[^.]{0,60}\)?\s*$")
_CAPTION_JA = re.compile(r"＝\d{1,2}月\d{1,2}日")
_CAPTION_WORDS_BEFORE = 3
_ONE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*[^\W\d_]")
_DOUBLED_MIN_CHARS = 8  # letters of a name written twice ("Li Li" is a name)
_DOUBLED_MIN_UNSPACED = 4  # characters of a CJK or Hangul name written twice ("王芳王芳")
_GLUED_COPY = re.compile(r"[^\W\d_][^\W\d_A-Z][A-Z]|[\u3040-\u9fff\uac00-\ud7af]")  # "MillerJane", or CJK
_COMMENT_CHARS = 40  # a count and its word at the title's end: "(1,400 comments)", "Комментарии: 12"
# an image's alt text kept as an author: the author box's headshot ("Portrait of Jane Miller", "Autorenbild
# Jane Miller", "Аватар ...", "김민수 기자 사진", "王芳头像")
_HEADSHOT = re.compile(
    r"(?i)(?<![^\W\d_])(?:portrait|porträt|portret|retrato|ritratto|avatar|аватар|headshot|autorenbild|"
    r"autorenfoto|profilbild|profilfoto|bild|image|imagen|imagem|immagine|фото|صورة)(?![^\W\d_])"
    r"|(?:사진|프로필|写真|画像|头像|頭像)\s*$"
)
# the comment link's count run onto the end of the title: "(47 comments)", "| 47 comments", "Комментарии:
# 12", "（コメント12件）", "[댓글 12]", "💬 12"
_COMMENT_WORDS = (
    r"(?:comments?|kommentare?|commentaires?|réactions?|comentarios?|commenti|comentários?|reacties|"
    r"komentarz[ey]?|yorum(?:lar)?|komentar|комментари[йяеви]?|коментар[іів]?|تعليق(?:ات|ا)?|コメント|댓글|"
    r"条?评论|則留言)"
)
_TITLE_COMMENTS = re.compile(
    rf"[(\[（【]\s*(?:\d{{1,6}}\s*{_COMMENT_WORDS}|{_COMMENT_WORDS}\s*:?\s*\d{{1,6}}\s*[件개条]?)\s*[)\]）】]\s*$"
    rf"|(?:\s[|·–—-]\s*|\s)\d{{1,6}}\s+{_COMMENT_WORDS}\s*$"
    rf"|\s{_COMMENT_WORDS}\s*:\s*\d{{1,6}}\s*$"
    r"|\s💬\s*\d{1,6}\s*$",
    re.IGNORECASE,
)
# what a CMS writes where no author was given: its account names and empty values
_NO_AUTHOR = frozenset(
    {
        "admin",
        "administrator",
        "webmaster",
        "root",
        "wordpress",
        "default",
        "guest",
        "user",
        "unknown",
        "n/a",
        "none",
        "null",
        "undefined",
        "nan",
        "anonymous user",
    }
)
# a year, a day.month. or a clock time inside an entry: a byline's date or time kept with the name
_DATED = re.compile(r"(?<![\w.])(?:19|20)\d\d(?![\w.]|\.\d)|\b\d{1,2}[./]\d{1,2}[./]|\b\d{1,2}:\d\d\b")
# a number standing as a word of its own in an author entry (a reading time, a count: "5 min read",
# "Lesezeit: 4 Min.", "約5分", "7분"); digits run into Latin letters are a station's or a newsroom's name
# ("SWR3 Redaktion", "9News"), and so is a number between a capitalised word and another or the entry's end,
# a broadcaster's call sign or channel ("FOX 5 Atlanta", "KTLA 5", "Channel 4 News")
_NUMBER_WORD = re.compile(r"(?<![A-Za-z\u00c0-\u024f\d])\d+(?![A-Za-z\u00c0-\u024f\d])")
_CALL_SIGN = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]* \d{1,3}(?= [A-Z]|$)")

_LATIN = frozenset({"LATIN"})
# Languages written in one script (or, for Korean, one set of scripts), named as
# :func:`harness.checks.foreign.script_of` names a letter's (the first word of its Unicode name; Japanese
# kana and Chinese characters are one "CJK"). Languages written in
# several (Serbian, Uzbek, Azerbaijani, Kazakh's move to Latin, Mongolian, Punjabi...) are left out: no
# script is wrong for them.
_LATIN_CODES = (
    "af ca cs cy da de en eo es et eu fi fr ga gl hr hu id is it lt lv ms mt nl no nb nn pl pt ro sk sl"
    " sq sv sw tl tr vi"
)
_SCRIPTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_LATIN_CODES.split(), _LATIN),
    **dict.fromkeys(["ru", "uk", "be", "bg", "mk", "ky", "tg"], frozenset({"CYRILLIC"})),
    "el": frozenset({"GREEK"}),
    **dict.fromkeys(["ar", "fa", "ur", "ps"], frozenset({"ARABIC"})),
    **dict.fromkeys(["he", "iw", "yi"], frozenset({"HEBREW"})),
    **dict.fromkeys(["hi", "mr", "ne"], frozenset({"DEVANAGARI"})),
    "bn": frozenset({"BENGALI"}),
    "gu": frozenset({"GUJARATI"}),
    "ta": frozenset({"TAMIL"}),
    "te": frozenset({"TELUGU"}),
    "kn": frozenset({"KANNADA"}),
    "ml": frozenset({"MALAYALAM"}),
    "th": frozenset({"THAI"}),
    "ka": frozenset({"GEORGIAN"}),
    "hy": frozenset({"ARMENIAN"}),
    "ja": frozenset({"CJK"}),
    "zh": frozenset({"CJK"}),
    "ko": frozenset({"HANGUL", "CJK"}),
}


def check_title_shape(
    emit: Emitter, title: str, language: Any = None, html: str | bytes | None = None
) -> None:
    """A title that is a date, holds markup, was cut short, or runs as long as a paragraph. With the page
    (``html``, replay), a title ending in an ellipsis is cut short where the page's own titles go on."""
    if emit.on("title.date_only") and is_only_date(title):
        emit.add("title.date_only", "$.title", "the title is only a date, not a headline", title)
    if emit.on("title.markup_leak"):
        for leaked in markup(title):
            emit.add(
                "title.markup_leak", "$.title", "markup, code or a placeholder left in the title", leaked
            )
        for variable in runin.template_variables(title):
            emit.add("title.markup_leak", "$.title", "a template's variable left in the title", variable)
        if _SOURCE_LAYOUT.search(title[:MAX_TITLE_CHARS]):
            what = "the page source's line breaks or indentation left in the title"
            emit.add("title.markup_leak", "$.title", what, title)
        if "\\" in title and _JSON_ESCAPE.search(title):
            emit.add("title.markup_leak", "$.title", "a JSON string's escapes left in the title", title)
        if title[:1] in "([" and _TAB_COUNT.match(title):
            what = "a browser tab's count of new posts or notifications before the title"
            emit.add("title.markup_leak", "$.title", what, title)
        if _invisible(title):
            what = "invisible characters left in the title (soft hyphens, zero-width spaces)"
            emit.add("title.markup_leak", "$.title", what, title)
        if (icon := runin.icon_text(title)) is not None:
            what = f"an icon font's glyph or ligature name left in the title ({icon!r})"
            emit.add("title.markup_leak", "$.title", what, title)
    if emit.on("title.not_a_headline"):
        why = _not_a_headline(title.strip())
        if why is not None:
            emit.add("title.not_a_headline", "$.title", f"the title is {why}, not a headline", title)
    if emit.on("title.kicker_joined") and (kicker := _KICKER_JOINED.match(title)) is not None:
        emit.add(
            "title.kicker_joined",
            "$.title",
            f"the kicker {kicker.group(0)!r} run into the headline with no space",
            title,
        )
    if emit.on("title.byline_joined") and (byline := _byline_end(title)):
        what = f"the byline run onto the end of the title: {clip(byline.group(0).strip(), 80)!r}"
        emit.add("title.byline_joined", "$.title", what, title)
    if emit.on("title.comment_count") and (count := _comment_count(title)):
        what = f"the comment link's count run onto the end of the title: {count.group(0).strip()!r}"
        emit.add("title.comment_count", "$.title", what, title)
    if emit.on("title.running_time") and (running := _running_time(title)):
        what = f"a video's running time run onto the end of the title: {running!r}"
        emit.add("title.running_time", "$.title", what, title)
    if emit.on("title.all_caps") and _all_caps(title):
        shown = _in_mixed_case(title, html) if html is not None else None
        where = f", where the page writes {clip(shown, 100)!r} (its style read as text)" if shown else ""
        emit.add("title.all_caps", "$.title", f"the title in capitals throughout{where}", title)
    if emit.on("title.doubled") and _doubled(title):
        emit.add("title.doubled", "$.title", "one headline twice (two elements joined)", title)
    if emit.on(badge.CHECK) and (shown := badge.paywall_badge(title)) is not None:
        emit.add(badge.CHECK, "$.title", f"a subscriber-only badge left in the title: {shown!r}", title)
    if emit.on("title.page_number") and (page := _PAGE_NUMBER.search(title[-_TAIL_CHARS:])) is not None:
        emit.add("title.page_number", "$.title", "the page's number left in the title", page.group(0).strip())
    if emit.on("title.truncated") and title.rstrip().endswith(("…", "...")):
        if (cut := _cut_short(title, language)) is not None:
            why = f"the title stops at {cut} and an ellipsis (cut short)"
            emit.add("title.truncated", "$.title", why, title)
        elif html is not None and (whole := _goes_on(title, html)) is not None:
            why = f"the page's own title goes on: {clip(whole, 160)!r}"
            emit.add("title.truncated", "$.title", why, title)
    if len(title) > MAX_TITLE_CHARS and emit.on("title.too_long"):
        emit.add(
            "title.too_long",
            "$.title",
            f"a title of {len(title)} characters (a paragraph, not a headline; over {MAX_TITLE_CHARS})",
            clip(title, 120),
        )


def _all_caps(title: str) -> bool:
    """Three words or more and :data:`_CAPS_LETTERS` letters of a cased script, none of them lowercase: a
    headline set in ``text-transform: uppercase`` read from the rendered page. A warning: 2 of 1,100 real
    titles are such, both in the corpus's truth, whose annotators copied the rendered text."""
    if len(title.split()) < 3 or any(ch.islower() for ch in title):
        return False
    return sum(ch.isupper() for ch in title) >= _CAPS_LETTERS


def _in_mixed_case(title: str, html: str | bytes) -> str | None:
    """The page's ``<title>``, ``og:title``/``twitter:title`` or ``<h1>`` that holds ``title`` in mixed case:
    the capitals are the page's style (``text-transform: uppercase``) read from the rendered text."""
    want = " ".join(title.split()).lower()
    for text in _page_titles(html):
        low = text.lower()
        at = low.find(want)
        if at >= 0 and len(low) == len(text) and any(ch.islower() for ch in text[at : at + len(want)]):
            return text
    return None


def _byline_end(title: str) -> re.Match[str] | None:
    """The byline at the end of ``title`` (``_TITLE_BYLINE``); a title in capitals throughout is left alone
    ("KILLED BY FRIENDLY FIRE"). Only a tail naming a byline's word or label is searched (a few substring
    tests, against a regular expression tried at every position of every title)."""
    tail = title[-_BYLINE_CHARS:]
    folded = tail.casefold().replace("\u00a0", " ")
    if title.isupper() or not any(hint in folded for hint in _BYLINE_HINTS):
        return None
    return _TITLE_BYLINE.search(tail)


def _comment_count(title: str) -> re.Match[str] | None:
    """The comment count at the end of ``title`` (``_TITLE_COMMENTS``), in a tail that has a digit."""
    tail = title[-_COMMENT_CHARS:]
    return _TITLE_COMMENTS.search(tail) if _ANY_DIGIT.search(tail) else None


def _running_time(title: str) -> str | None:
    """The running time at the end of ``title`` (``_RUNNING_TIME``) after two words of headline or more."""
    tail = title[-_COMMENT_CHARS:]
    if ":" not in tail:
        return None
    m = _RUNNING_TIME.search(tail)
    if m is None:
        return None
    headline = title[: len(title) - len(tail) + m.start()]
    if len(headline.split()) < 2 and len(_UNSPACED_CHARS.findall(headline)) < _UNSPACED_HEADLINE:
        return None
    before = m["before"]
    if before.isalpha() and before.islower() and len(before) <= _PREPOSITION_CHARS:
        return None  # "at 15:30", "um 20:15", "à 21:00": a time of day
    return m.group(0).strip()


def _doubled(title: str) -> bool:
    """Whether ``title`` is one text (``_MIN_DOUBLED_CHARS`` or more) twice, with at most a separator and
    spaces between: each possible width of the middle is tried once, so a long title costs linear time."""
    text = title.strip().casefold()
    n = len(text)
    for middle in range(_JOIN_CHARS + 1):
        half, odd = divmod(n - middle, 2)
        if odd or half < _MIN_DOUBLED_CHARS:
            continue
        if text[:half] == text[n - half :] and _JOIN.fullmatch(text, half, n - half):
            return True
    return False


def _goes_on(title: str, html: str | bytes) -> str | None:
    """The page's ``<title>``, ``og:title``/``twitter:title`` or ``<h1>`` whose words go on past ``title``'s
    text before its ellipsis ("Das ändert sich 2023: Die wichtigsten Änderun..." under "... Änderungen im
    Überblick"; not "Alles hat seine Zeit… | Site", the same ellipsis and a site name), if any. Only titles
    ending in an ellipsis get here, so the page is searched rarely."""
    head = title.rstrip().rstrip(".…").strip().casefold()
    if len(head) < _MIN_CUT_CHARS:
        return None
    for text in _page_titles(html):
        folded = text.casefold()
        rest = folded[len(head) :].lstrip()
        if folded.startswith(head) and rest[:1].isalnum():  # no ellipsis there: the words go on
            return text
    return None


def _page_titles(html: str | bytes) -> Iterator[str]:
    """The texts of the page's ``<title>``, ``og:title``/``twitter:title`` and ``<h1>``, in page order."""
    page = html[:_HEAD_CHARS].decode("utf-8", "replace") if isinstance(html, bytes) else html[:_HEAD_CHARS]
    for m in _PAGE_TITLES.finditer(page):
        found = next(g for g in m.groups() if g is not None)
        yield " ".join(_TAG.sub(" ", html_lib.unescape(found)).split())


def _cut_short(title: str, language: Any) -> str | None:
    """What a title ends on before its ellipsis, when no headline ends there: a comma, a colon or a dash, or
    an article, a preposition or a conjunction of the record's language (of any listed language when it has
    none). Of 4,318 real titles (``<title>``, ``og:title``, ``<h1>`` of the corpus and four projects' test
    pages), 23 end with an ellipsis, most of them whole ("Alles hat seine Zeit…"); two are cut this way
    ("Tickets, …", "КОРПУС НА …"), and one more is flagged when no language is given ("Só quem se Ama…":
    "ama" is Turkish's "but")."""
    m = _CUT_TITLE.search(title[-_TAIL_CHARS:])
    if m is None:
        return None
    if m["mark"]:
        return repr(m["mark"])
    word = m["word"]
    return f"the word {word!r}" if leaves_open(word.lower(), language) else None


def _invisible(title: str) -> bool:
    if title.isascii():
        return False
    if _INVISIBLE.search(title):
        return True
    return _ZERO_WIDTH_SPACE in title and _WORD_BREAK_SCRIPTS.search(title) is None


def _not_a_headline(title: str) -> str | None:
    if _ONLY_LINK.match(title):
        return "a web or e-mail address"
    if len(title) <= _SLUG_CHARS and title.islower() and _SLUG.fullmatch(title):
        return "the URL's slug"
    if runin.percent_encoded(title):
        return "percent-encoded (the headline as a link's query carries it)"
    if _caption(title):
        return "a picture's caption with its credit"
    if _breadcrumb(title):
        return "a breadcrumb trail (the page's sections)"
    if _file_name(title):
        return "an uploaded picture's or file's name"
    if consent.consent_heading(title):
        return "a consent dialog's heading"
    if _teasers(title):
        return "a list of other stories, each with its day (a teaser box's items)"
    return None


def _teasers(title: str) -> bool:
    """Two days written with a month's name or more and two meta separators (" · ", " • ", " | "): a box
    of other stories' headlines, each with its author and its day ("Latest articles Skoda: ... Tobias
    Albrecht · 2. November Remote Support ... Jana Seidel · 2. November ..."), taken for the headline
    (adbar/trafilatura#4). A range of days ("vom 26. August bis 1. September") has no separator; none of
    11,699 real titles has both (session 33)."""
    if len(_META_SEPARATOR.findall(title)) < 2:
        return False
    return len(_month_dates().findall(title)) >= 2


_META_SEPARATOR = re.compile(r"\s[·•|]\s")


@cache
def _month_dates() -> re.Pattern[str]:
    """A day and a month's name in any order, the month in any of :mod:`harness.dates`'s languages."""
    alt = "|".join(re.escape(name) for name in sorted(month_names(), key=len, reverse=True))
    day_first = rf"\d{{1,2}}\.?\s*(?:de\s+)?(?:{alt})\b"
    return re.compile(rf"(?i)(?<![\w.])(?:{day_first}|(?:{alt})\.?\s+\d{{1,2}}(?!\d))")


# an uploaded file's name taken for the headline: a media file's extension at its end, a camera's, a wire's
# or a stock library's identifier (one word of letters, digits, "_" and "-" with five digits or more:
# "IMG_20191007_154717", "P1077315", "iStock-1235382426"; a camera's "DSC_2763"), or a screenshot's or a
# messenger's picture's name with its day
_FILE_EXTENSION = re.compile(
    r"(?i)\.(?:jpe?g|png|webp|gif|heic|heif|tiff?|bmp|avif|svg|mp4|mov|m4v|webm|pdf|docx?)$"
)
_IDENTIFIER = re.compile(r"[\w.-]{6,}")
_CAMERA = re.compile(r"_?(?:[A-Z]{1,5}|[a-z]{2,3})_\d{4,}")  # "DSC_2763", "_MG_8720", "img_0042"
_FILE_WORDS = 8
_SCREENSHOT = re.compile(
    r"(?i)^(?:screen ?shot|whatsapp image|bildschirmfoto|captura de pantalla|capture d.écran|schermafbeelding"
    r"|schermata|skärmbild|skærmbillede|skjermbilde|zrzut ekranu|snímek obrazovky|ekran görüntüsü"
    r"|снимок экрана|знімок екрана|スクリーンショット|屏幕截图|截屏|스크린샷|tangkapan layar"
    r"|ảnh chụp màn hình|لقطة شاشة|स्क्रीनशॉट|captura de ecrã|captura de tela)"
    r"[\s_-]*(?:\(\d+\)\s*)?\d{4}[-._]\d{2}[-._]\d{2}"
)


def _file_name(title: str) -> bool:
    """An uploaded picture's or file's name as the title (see ``_FILE_EXTENSION``, ``_IDENTIFIER``,
    ``_SCREENSHOT``)."""
    if _FILE_EXTENSION.search(title) and len(title.split()) <= _FILE_WORDS:
        return True
    if _IDENTIFIER.fullmatch(title) and sum(ch.isdigit() for ch in title) >= 5:
        return True
    if _CAMERA.fullmatch(title):
        return True
    return _SCREENSHOT.match(title) is not None


def _breadcrumb(title: str) -> bool:
    """The page's breadcrumb trail taken for the headline ("Home › News › Local", "Startseite > Sport"):
    sections of one to three words and no number, parted by one kind of spaced separator, an arrow's for
    two sections or more, a guillemet, a slash or a dot for three or more. Not "|": a short headline and
    its site's name ("Wurmkiste | selbst.de") are a page's ``<title>``. None of 2,929 real titles (every
    ``<title>``, ``og:title`` and truth title of the corpus, of trafilatura's evaluation pages and of
    Readability.js's test pages, and ``generic``'s titles of 884 outside pages) is flagged but one
    ``<title>`` with its site's name, "Winda w chmurach / Obyczaje / dwutygodnik.com"."""
    parts = _CRUMB.split(title)
    sections, separators = parts[::2], set(parts[1::2])
    if len(separators) != 1 or not all(_CRUMB_SECTION.fullmatch(p.strip()) for p in sections):
        return False
    return separators.pop() in _ARROWS or len(sections) >= 3


def _caption(title: str) -> bool:
    """A picture's caption taken for the headline, told by its credit (see ``_CAPTION_CREDIT``)."""
    if "/" not in title and "©" not in title and ":" not in title and "：" not in title and "＝" not in title:
        return False  # most titles: no sign a credit needs
    m = _CAPTION_CREDIT.search(title)
    if m is not None and len(title[: m.start()].split()) >= _CAPTION_WORDS_BEFORE:
        return True
    return _CAPTION_END.search(title) is not None or _CAPTION_JA.search(title) is not None


def _names_joined(author: str) -> bool:
    """Two people or more in one entry, parted by commas (see ``_NAME_PART``)."""
    parts = [p.strip() for p in author.split(",")]
    return (
        len(parts) >= 2
        and all(_NAME_PART.fullmatch(p) for p in parts)
        and all(w[0].isupper() for p in parts for w in p.split())
        and not any(w.strip(".").casefold() in _ROLE_WORDS for p in parts for w in p.split())
    )


def check_authors(emit: Emitter, authors: Any, site: str | None = None) -> None:
    """Author entries that are not names, and the same name twice. A list of another shape is the schema's.
    ``site``: the record's site, whose name or address an entry may hold instead of a person's."""
    if not isinstance(authors, Sequence) or isinstance(authors, str):
        return
    seen: set[str] = set()
    for i, author in enumerate(authors):
        if not isinstance(author, str) or not author.strip():
            continue
        path = f"$.authors[{i}]"
        why = _not_a_name(author)
        if why is None:
            why = bylines.publisher(author[:_PROBE_CHARS], site)
        if why is not None:
            emit.add("authors.not_a_name", path, f"an author entry that is not a name: {why}", author)
        folded = squash(author)
        if folded in seen:
            emit.add("authors.duplicate", path, "the same author twice in the list", author)
        seen.add(folded)
    for i in range(1, len(authors)):
        first, second = authors[i - 1], authors[i]
        if _one_word(first) and _one_word(second):
            what = f"an author entry that is not a name: one name in two entries ({first!r}, {second!r})"
            emit.add("authors.not_a_name", f"$.authors[{i}]", what, second)


def _not_a_name(author: str) -> str | None:
    head = author[:_PROBE_CHARS]  # the patterns read a bounded head: a hostile entry costs linear time
    if _CODE.search(head):
        return "markup or a script's object, not a name"
    if _LINK.search(head):
        return "a link or an e-mail address"
    if _HANDLE.search(head):
        return "a social-media handle or a profile's address"
    if runin.initials_first(author):
        return "the avatar's initials run into the name"
    if runin.cms_login(author):
        return "a CMS account's login, not a person's name"
    if (said := runin.pronouns(author)) is not None:
        return f"the author's pronouns ({said}) kept with the name"
    if _doubled_name(author):
        return "the same name twice in one entry (the byline read twice)"
    if "\n" in author.strip():
        return "more than one line"
    if len(author) > MAX_AUTHOR_CHARS or len(author.split()) > MAX_AUTHOR_WORDS:
        return "a sentence, not a name"
    if is_only_date(author) or _YEAR_DAY.search(author):
        return "a date"
    if _DATED.search(author):
        return "a name with a date or a time (a byline kept whole)"
    if bylines.relative_time(head):
        return "a relative time kept with the name (the byline's or a sidebar's 'N hours ago')"
    if not any(ch.isalpha() for ch in author):
        return "no letters"
    if _NUMBER_WORD.search(head) and not _CALL_SIGN.search(head):
        return "a number, not a name (a reading time or a counter kept from the byline)"
    if " ".join(author.casefold().split()) in _NO_AUTHOR:
        return "a CMS account or an empty value, not a person"
    if _BYLINE_WORD.search(author.strip()):
        return "the byline's word kept before the name"
    if _author_link(head):
        return "the label of the link to the author's page, not a name"
    if _TWO_NAMES.search(author.strip()) and sum(w[:1].isupper() for w in author.split()) >= 4:
        return "two names in one entry (the list was not split)"
    if "," in head and _names_joined(head):
        return "names parted by commas in one entry (the list was not split)"
    if "," not in head and any(w.strip(".:()").casefold() in _JOB_TITLES for w in head.split()):
        return "a job title, not a person"
    if _PHOTO_CREDIT.search(head):
        return "a picture's credit, not a person"
    if _TRANSLATOR.match(head.lstrip(" \t（(【[")):
        return "a translator's credit, not the author"
    if _SPONSOR.search(head):
        return "a sponsor's or an advertiser's credit, not the author"
    if _HEADSHOT.search(head):
        return "an image's alt text (the author's picture), not a person"
    if _AGENCIES.search(head) or _place_kept(head.strip()):
        return "the dateline's place or the agencies kept with the name"
    if bylines.contact_label(head):
        return "the link to write to the author, or the byline's label, not a name"
    return None


def _author_link(author: str) -> bool:
    """A word for an author's pieces, in the plural, among three words or more, or in CJK beside a name."""
    words = author.split()
    if len(words) >= 3 and any(w.strip(".,:()").casefold() in _PIECES for w in words):
        return True
    return len(author.strip()) >= 4 and bool(_PIECES_CJK.search(author))


def _one_word(author: Any) -> bool:
    """One word of letters (a hyphen or an apostrophe inside), not an acronym: half a name. Two such entries
    side by side are one name split at its comma ("Miller, Jane" -> "Miller", "Jane") or a byline's words
    taken apart; a list of people has full names, an agency is written in capitals ("AFP", "DPA"). A name
    in a script written without spaces is one word whole ("岳弘彬", "이상현")."""
    if not isinstance(author, str) or author.isupper() or _UNSPACED_CHARS.search(author):
        return False
    return _ONE_WORD.fullmatch(author.strip()) is not None


def _doubled_name(author: str) -> bool:
    """"Jane MillerJane Miller", "Jane Miller Jane Miller", "王芳王芳": one name run into itself, a byline the
    page prints twice (a mobile and a desktop copy) read as one text. A name of one short part repeated is
    left alone ("Ma Ma", "Ng Ng" are names or initials)."""
    flat = " ".join(author.split())
    joined = flat.replace(" ", "")
    half = len(joined) // 2
    least = _DOUBLED_MIN_UNSPACED if _UNSPACED_CHARS.search(joined) else _DOUBLED_MIN_CHARS
    if len(joined) < least or len(joined) % 2 or joined[:half] != joined[half:]:
        return False
    parts = flat.split(" ")
    k = len(parts) // 2
    # two words or more in each copy ("Sirhan Sirhan" is a name), or glued copies: "MillerJane", "王芳王芳"
    spaced = len(parts) % 2 == 0 and k >= 2 and parts[:k] == parts[k:]
    return spaced or _GLUED_COPY.search(flat) is not None


def _place_kept(author: str) -> bool:
    """"Shaun Walker in Kyiv", "Jan Kowalski, Brüssel", "Jane Miller (Washington)": see ``_NAME_AND_PLACE``.
    A one-word part after the comma is a place unless it is a name's suffix or a newsroom's word ("Ann Lee,
    Redaktion")."""
    m = _NAME_AND_PLACE.match(author)
    if m is None:
        return False
    one = m.group("one")
    return one is None or one.strip(".").casefold() not in _NOT_PLACES


def check_language(emit: Emitter, language: Any, body: str) -> None:
    """A language tag whose script the body hardly uses: ``en`` over Chinese, ``ru`` over English."""
    if not isinstance(language, str) or not emit.on("language.script_mismatch"):
        return
    wanted = _SCRIPTS.get(language.strip().lower().replace("_", "-").split("-")[0])
    if wanted is None:
        return
    sample = body[:SCRIPT_SAMPLE]
    if wanted is _LATIN and sample.isascii():
        return  # every ASCII letter is Latin: most records stop here
    counts = letter_scripts(sample)
    letters = sum(counts.values())
    if letters < MIN_SCRIPT_LETTERS:
        return
    own = sum(counts[script] for script in wanted)
    if own / letters >= MIN_SCRIPT_SHARE:
        return
    emit.add(
        "language.script_mismatch",
        "$.language",
        f"language {language!r}, but {100 * own / letters:.0f}% of the body's letters are in its script "
        f"({', '.join(sorted(wanted)).lower()})",
        language,
    )
