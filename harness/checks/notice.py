"""Lines in which the page speaks about itself, not about the news: ``boilerplate.notice``.

A page's interface talks to the reader about the page: "Please enable JavaScript to view this content",
"This video is not available in your region", "Refresh the page for the latest updates", "Link copied",
"Loading…", "× Close", an attachment's file name. An extractor that keeps a player, a dialog or a script's
fallback keeps these lines, amid or at the edges of the article. Three kinds of evidence, each read on one
short line (at most ``_MAX_WORDS`` words and ``_MAX_CHARS`` characters):

* **Interface words in interface grammar.** The line names a thing of the page (page, video, content,
  article, link, browser, player, window, app, site, image, advertisement) and an action or state of the
  interface (enable, refresh, reload, load, copied, close, available, supported, click, tap, skip, enlarge,
  "opens in a new window"), and it addresses the reader ("you",
  "Sie", "vous", "вы"), points at itself ("this video", "dieses Video", "ce contenu"), opens with the action
  (an imperative: "Refresh the page ..."), or is at most ``_SHORT_WORDS`` words ("Link copied!"). Written
  for 14 languages and for Chinese and Japanese; the vocabulary is the interface's, not a site's.
* **The web's own machinery**: JavaScript, an ad blocker ("Adblocker", "bloqueur de publicité",
  "блокировщик рекламы"), the clipboard, a media error ("An error occurred while loading ..."), named with
  an action or to the reader, on a line that the rest of the body does not name again (an article about
  JavaScript names it more than once); cookies only with a consent verb (a cookie wall, not a recipe).
* **A form's confirmation**: thanks for a sign-up, a subscription, a registration or a message sent ("Thanks
  for signing up!", "Danke für Ihre Anmeldung!", "Спасибо за подписку!"), the thanks first.
* **A form's legal fine print** (:mod:`harness.checks.legal`): a line binding the reader to the site's
  privacy policy or terms ("By signing up, you agree to our Terms of Use and Privacy Policy", "This site is
  protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply"), 13 languages; the
  documents' needles are found in the same automaton pass as the actions and the machinery.
* **Shapes with no words**: a placeholder (a line of at most ``_PLACEHOLDER_WORDS`` words ending in an
  ellipsis: "Loading…", "Загрузка…", "加载中…"), a dialog's or a player's control (a close sign with at
  most two words, or a close or player word alone: "Fermer", "Mute"), a sticky header's control alone
  ("Menu", "Suche", "Sign in"), and a line that is only a file name ("IMG_2041.jpg", "Bericht_final.pdf (480
  KB)").
* **A poll's or a quiz's box**: its label and a colon first ("Poll: Should the city ...?", "Umfrage: ...",
  "Опрос: ..."), or one of its buttons last ("... Vote now", "Jetzt abstimmen", "Show results").
* **A link with its count**: a thing of the page, then a parenthesised count of at most three digits ending
  a short line ("View gallery (24 images)", "Fotos (12)").
* **A control's label, a footer's link, an ad slot's or a ticker's label** alone on a line: "Load more",
  "Artikel merken", "Privacy policy", "Anzeige", "EILMELDUNG" (:mod:`harness.checks.controls`, which tells
  why); a line a strong pattern reports ("Read more") is left to ``boilerplate.pattern``.
* **A reading time or a view counter**, the whole line: "Lesezeit: ca. 3 Minuten", "4 min de lecture",
  "1,245 views", "Просмотров: 1 245".
* **A relative time stamp**, the whole line: "Updated 3 hours ago", "vor 2 Stunden", "il y a 25 minutes",
  "10 минут назад", "3時間前", after at most four words or separators (a comment's "Maria K. · 2 hours
  ago"), seconds to weeks only ("20 years ago" may be a heading), with no full stop and no byline's word
  first ("By Nora Lindqvist · 37 minutes ago" is a byline); 24 languages.

A body in which three lines or more have interface evidence (a notice, a line naming the machinery again,
a line that opens with an interface action: "Klicken Sie mit der rechten Maustaste ...") is about the
interface (a how-to, a browser review) and is left alone, all but its relative time stamps, a sticky
header's controls alone on a line ("Menu", "Search", "Sign in") and the other labels of controls (a toolbar:
no interface talk). Measured on clean
bodies in docs/checks-accuracy.md ("Tenth pass", "Twelfth pass").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from urllib.parse import urlsplit

from harness.checks import consent, controls, frame, keywords, legal, needles
from harness.checks.edges import holds_day, opens_with_byline_word
from harness.checks.emit import Emitter
from harness.checks.tail import patterned
from harness.checks.text import key, lines

NOTICE = "boilerplate.notice"
_LEAD_LINES = 3  # the page's own title quoted past these lines (a lead may quote the headline)
_TITLE_KEY_MIN = 24  # letters and digits of a title long enough to be the page's own
_OPEN_QUOTES = "\"“„«‹「『'‘‚"
_CLOSE_QUOTES = "\"”“»›」』'’‘"
_OWN_PATH = 5  # a path this long, at least, is an article's own address (not "/" or "/de")
_IN_A_NAME = frozenset("@-_")  # before a host: an e-mail address's or a longer host's
_STAMPED_WORDS = 25  # a line with the site's own host and a day: a print view's or a source's header
_MAX_WORDS = 20  # a line naming the page's machinery
_WORDED_MAX = 12  # a line of interface words
_MAX_CHARS = 160
_SHORT_WORDS = 4
_PLACEHOLDER_WORDS = 3
_FILE_WORDS = 5  # a file name and its size ("Bericht_final.pdf (480 KB)")
_TOPIC_LINES = 3  # this many lines with interface evidence: the body is about the interface
_CONTROL_WORDS = 6  # a control's label, a footer's link, an ad's label (harness.checks.controls)
_CJK_SHORT = 32  # characters of an unspaced (Chinese, Japanese) line that count as short

# a poll's buttons, in both lists below: "Vote now" and "Show results" are whole notices
_POLL_BUTTONS = (
    r"vote now", r"jetzt abstimmen", r"votez\b", r"vota (?:aquí|ahora|ya|ora|qui)\b", r"голосуйте",
    r"(?:show|view|see) (?:the )?results", r"ergebnisse anzeigen", r"voir les résultats",
    r"ver (?:los )?resultados", r"vedi (?:i )?risultati", r"take (?:our|the|this) quiz",
)
# a poll's or a quiz's box: its label and a colon first ("Poll: Should the city ...?", "Umfrage: ..."), or
# a button last ("... ? Vote now"), looked for in the line's last ``_BUTTON_CHARS`` characters
_POLL_LABEL = re.compile(
    r"(?:poll|quiz|umfrage|abstimmung|sondage|encuesta|sondaggio|enquete|enquête|опрос|опитування|ankieta|"
    r"anket|peiling|omröstning|afstemning|kysely)\s*:"
)
_POLL_BUTTON = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_POLL_BUTTONS) + r")[.!]?$")
_BUTTON_CHARS = 40  # the end of the line a poll's button is looked for in
_BUTTON_END_CHARS = 16
# the last words of ``_POLL_BUTTONS``: a line ending in another is not searched for them
_BUTTON_ENDS = frozenset((
    "now", "abstimmen", "votez", "aquí", "ahora", "ya", "ora", "qui", "голосуйте", "results", "anzeigen",
    "résultats", "resultados", "risultati", "quiz",
))
# a link to a gallery or a list with its count last ("View gallery (24 images)", "Voir la galerie (12
# photos)", "Fotos (12)"): a thing of the page and a parenthesised count ending a short line
_COUNTED = re.compile(r"\(\s*\d{1,3}(?:\s+[^\W\d_]{2,12})?\s*\)$")  # three digits at most: "(2019)" is a year
_COUNTED_WORDS = 8
# Regular-expression fragments, lowercase, each matched at the start of a word: "page" reads page and
# pages. Words that are common outside an interface ("close", "update", "active", "app" in "apply") are
# written in the forms only an interface uses.
_THINGS = (
    # en
    r"pages?\b", r"videos?\b(?! ?games?)", r"content\b", r"articles?\b", r"links?\b", r"browsers?\b",
    r"player\b",
    r"website\b", r"apps?\b", r"window\b", r"pop-?ups?\b", r"stream\b", r"audio\b", r"embed", r"films?\b",
    r"graphics?\b", r"interactive\b", r"gallery", r"photos?\b", r"slideshow", r"expand\b", r"collapse\b",
    r"(?:continue|keep) reading", r"grafik", r"galerie", r"fotos?\b", r"galería", r"galleria",
    r"applications?\b", r"aplicación", r"aplicativo", r"applicazione", r"приложени", r"aplikacj", r"aplikac",
    r"uygulama",
    # de
    r"seite\b", r"webseite", r"inhalte?\b", r"artikel\b", r"fenster\b",
    # fr, es, pt, it
    r"vidéos?\b", r"contenus?\b", r"liens?\b", r"navigateur", r"lecteur\b", r"fenêtre", r"sites?\b",
    r"página", r"vídeos?\b", r"contenidos?\b", r"artículos?\b", r"enlaces?\b", r"navegador", r"reproductor",
    r"ventana", r"sitio\b", r"conteúdos?\b", r"artigos?\b", r"janela", r"pagina\b", r"contenut[oi]\b",
    r"articol[oi]\b", r"collegamento", r"finestra",
    # nl, sv, da, no
    r"inhoud", r"venster", r"sidan?\b", r"innehåll", r"länken?\b", r"siden\b", r"indhold",
    # pl, cs
    r"stron[aięy]\b", r"wideo", r"treść", r"treści\b", r"artykuł", r"przeglądar", r"odtwarzacz", r"stránk",
    r"obsah\b", r"článek", r"odkaz\b",
    # ru, uk
    r"страниц", r"видео", r"контент", r"содержим", r"стать[яиюе]\b", r"ссылк", r"браузер", r"плеер", r"сайт",
    r"окн[оа]\b", r"сторінк", r"відео", r"посилан",
    # tr
    r"sayfa", r"içerik", r"makale", r"bağlantı", r"tarayıcı",
    # an image's controls, an ad slot's, a new window's
    r"images?\b", r"bild\b", r"imagen\b", r"l'image", r"advertisements?\b", r"werbung", r"anzeige\b",
    r"publicité", r"publicidad", r"pubblicità", r"main story", r"new (?:window|tab)\b",
    # a poll's own nouns, and its buttons
    r"polls?\b", r"umfrage", r"sondage", r"encuesta", r"sondaggio", r"enquete", r"enquête", r"опрос",
    r"ankiet", r"anket\b", *_POLL_BUTTONS,
)
_ACTIONS = (
    # en
    r"enabl", r"disabl", r"activate\b", r"deactivate\b", r"refresh", r"reload", r"loading\b", r"copied\b",
    r"(?:un)?available\b", r"(?:not |un)supported\b", r"supportat[oa]\b", r"suportad[oa]\b",
    r"не поддерживается", r"click", r"tap\b", r"play\b", r"(?:does|do)(?: not|n't) support", r"swipe",
    r"scroll", r"embedded\b", r"abspielen", r"anzeigen\b", r"eingebettet", r"wischen",
    r"ne prend pas en charge", r"afficher", r"lire la", r"no admite", r"reproducir", r"mostrar", r"riprodu",
    r"visualizza", r"воспроизв", r"показать", r"whitelist", r"allowlist", r"unblock", r"turn (?:it )?off\b",
    r"switch (?:it )?off\b", r"download\b", r"herunterladen\b", r"laden sie\b", r"téléchargez",
    r"descarga\b", r"descargue", r"scarica\b", r"baixe\b", r"скачайте", r"pobierz\b", r"stáhněte",
    r"indirin", r"ladda ner",
    # skip links ("Skip to main content", "Zum Inhalt springen", "Перейти к содержимому")
    r"skip\b", r"springen\b", r"aller au\b", r"saltar\b", r"pular\b", r"salta\b", r"ga naar\b",
    r"hoppa\b", r"przejdź\b", r"přejít\b", r"перейти\b", r"перейдіть\b",
    # de
    r"aktivier", r"deaktivier", r"neu lad", r"aktualisieren sie\b", r"wird geladen", r"kopiert\b",
    r"schließen\b", r"verfügbar", r"unterstützt\b", r"klicken", r"tippen\b", r"abschalt", r"ausschalt",
    # fr
    r"activ(?:ez|er|é|ée|ant)\b", r"désactiv", r"actualisez", r"rechargez", r"rafraîchi", r"chargement",
    r"copiée?\b", r"fermer\b", r"disponible", r"pris en charge", r"cliquez", r"appuyez",
    # es
    r"activ(?:a|ar|ado|ada)\b", r"desactiv", r"desactív", r"actualiza\b", r"recarga", r"cargando",
    r"copiad[oa]\b", r"cerrar\b", r"haz clic", r"pulsa\b",
    # pt
    r"ativ(?:e|ar|ado|ada)\b", r"desativ", r"atualize\b", r"recarregue", r"carregando", r"fechar\b",
    r"disponível", r"indisponível", r"clique\b", r"toque\b",
    # it
    r"attiv(?:a|are|ato|ata)\b", r"disattiv", r"aggiorna\b", r"ricarica", r"caricamento", r"copiat[oa]\b",
    r"chiudi\b", r"disponibil", r"clicca",
    # nl, sv, da, no
    r"inschakel", r"uitschakel", r"vernieuw", r"herlaad", r"gekopieerd", r"sluiten\b", r"beschikbaar",
    r"klik\b", r"aktivera", r"kopierad", r"stäng\b", r"tillgänglig", r"tilgængelig", r"tilgjengelig",
    r"kopieret\b",
    # pl, cs
    r"włącz", r"wyłącz", r"odśwież", r"ładowan", r"skopiowan", r"zamknij\b", r"dostępn", r"niedostępn",
    r"kliknij", r"povolte", r"načítán", r"zkopírován", r"zavřít\b", r"nedostupn", r"klikněte",
    # ru, uk
    r"включите", r"отключите", r"обновите", r"перезагрузите", r"загрузк", r"скопирован", r"закрыть\b",
    r"доступн", r"недоступн", r"не поддерживает", r"нажмите", r"увімкніть", r"вимкніть", r"оновіть",
    r"скопійован", r"закрити\b",
    # tr
    r"etkinleştir", r"devre dışı", r"yenileyin", r"yükleniyor", r"kopyalandı", r"kapat\b", r"kullanılamıyor",
    # an image's controls, an ad slot's skip link, a link's new window (an accessibility label)
    r"opens? in (?:a )?new\b", r"open (?:the )?(?:image|photo|picture|gallery)", r"expand (?:the )?image",
    r"enlarge", r"vergrößern", r"agrandir", r"ampliar", r"ingrandisci", r"überspringen", r"passer la pub",
    r"(?:continue|keep) reading the main",
    *_POLL_BUTTONS,
)
_READER = frozenset({
    "you", "your", "you're", "dein", "deine", "deinem", "vous", "votre", "vos", "tu", "tú", "te", "ti",
    "tuo", "tua", "usted", "você", "voi", "vostro", "vostra", "uw", "jouw", "ditt", "dine", "deg", "вы",
    "вас", "ваш", "ваше", "вашем", "вашей", "ты", "тебя", "твой", "ви", "siz", "sizin", "twój", "twoja",
    "twoim", "twojej", "twoje", "váš", "vaše", "vy",
})
_READER_CASED = frozenset(("Sie", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihnen"))  # German polite forms
_SELF = frozenset({
    "this", "these", "dies", "diese", "dieser", "dieses", "diesen", "ce", "cet", "cette", "este", "esta",
    "estos", "estas", "questo", "questa", "questi", "deze", "dit", "denna", "detta", "denne", "dette",
    "этот", "эта", "это", "эту", "этой", "этом", "цей", "ця", "це", "цю", "bu", "tento", "tato", "tohle",
})
_MACHINERY_NAMES = (
    r"javascript", r"ad[ -]?block", r"werbeblocker", r"bloqueur de pub",
    r"bloqueador de (?:anuncios|publicidad|an[uú]ncios)", r"blocco (?:degli )?annunci",
    r"блокировщик рекламы", r"блокувальник реклами", r"clipboard", r"zwischenablage", r"presse-papiers",
    r"portapapeles", r"appunti\b", r"буфер обмена", r"cookies?\b", r"куки\b",
    r"error (?:has )?occurred", r"error loading", r"fehler beim laden", r"une erreur", r"se produjo un error",
    r"произошла ошибка", r"schowk", r"schránk", r"área de transferência",
    r"klembord", r"urklipp",
    # a push prompt: the browser's notifications
    r"(?:push[- ]?)?notifications?\b", r"push-benachrichtigung", r"benachrichtigungen\b",
    r"notificaciones\b", r"notificações\b", r"notifiche\b", r"уведомлени", r"сповіщен", r"powiadomie",
    r"bildirimler", r"meldingen\b",
)
_LOADING = re.compile(
    r"(?<![^\W\d_])(?:loading|(?:wird )?geladen|chargement|cargando|caricamento|carregando|загрузка|"
    r"завантаження|ładowanie|wczytywanie|načítání|yükleniyor|laddar|indlæser|laster|bezig met laden|laden|"
    r"betöltés|se încarcă|φόρτωση|טוען|جار التحميل|memuat)|加载|載入|読み込み|ロード中|로딩|불러오는"
)
_CONSENT = re.compile(
    r"(?<![^\W\d_])(?:accept|enabl|allow|agree|consent|akzeptier|zustimm|stimmen sie|erlaub|aktivier|"
    r"acceptez|accepter|autoris|acepta|habilita|accetta|consenti|включите|разреши|примите)"
)
# a form's confirmation: thanks for a sign-up, a subscription, a registration, a message sent
_THANKS = re.compile(
    r"^[¡\"“„«'\s]*(?:thanks?|thank you|many thanks|danke|vielen dank|merci|gracias|muchas gracias|grazie|"
    r"obrigad[oa]|спасибо|дякуємо|dziękujemy|bedankt|tack|tak|kiitos|teşekkürler)\b[^.!?]{0,24}?"
    r"(?<![^\W\d_])(?:for|für|pour|por|per|за|voor|för|za|para|de)\b"
)
_FORM = re.compile(
    r"(?<![^\W\d_])(?:sign(?:ing)?[ -]?up|subscri|regist|newsletter|anmeld|abonn|inscri|suscri|iscri|assin|"
    r"подпис|регистр|zapis|subskrypc|aanmeld|prenumer|tilmeld|submission|your message|ihre nachricht|"
    r"votre message|tu mensaje|il tuo messaggio|ваше сообщение)"
)
_CJK_THINGS = (
    "ページ", "動画", "ビデオ", "記事", "リンク", "ブラウザ", "页面", "頁面",
    "视频", "視頻", "文章", "链接", "連結", "鏈接", "浏览器", "瀏覽器",
    "内容", "內容", "コンテンツ", "网页", "網頁",
)
_CJK_ACTIONS = (
    "コピー", "閉じる", "読み込み", "有効", "無効", "更新", "利用できません", "复制",
    "複製", "关闭", "關閉", "加载", "載入", "启用", "啟用", "刷新", "重新整理",
    "无法", "無法",
)
_CLOSE_WORDS = frozenset(
    (
        "close", "schließen", "fermer", "cerrar", "chiudi", "fechar", "sluiten", "stäng", "luk", "lukk",
        "sulje", "zamknij", "zavřít", "закрыть", "закрити", "kapat", "κλείσιμο", "סגור", "إغلاق", "閉じる",
        "关闭", "關閉", "닫기",
        # a player's controls
        "mute", "unmute", "fullscreen", "full screen", "exit full screen", "replay", "stummschalten",
        "vollbild", "plein écran", "couper le son", "pantalla completa", "silenciar", "schermo intero",
        "tela cheia", "полноэкранный режим", "выключить звук",
        # a player's state ("Up next" is not one: the corpus's truth keeps an "UP NEXT" line)
        "now playing", "playing now", "jetzt läuft", "lecture en cours", "reproduciendo ahora",
        "reproduciendo", "in riproduzione", "reproduzindo agora", "сейчас воспроизводится", "сейчас играет",
    )
)
_CLOSE_CHARS = 24
# a sticky header's controls, each alone on a line ("Menu", "Search", "Sign in")
_HEADER_WORDS = frozenset(
    (
        "menu", "menü", "menú", "search", "suche", "rechercher", "recherche", "buscar", "pesquisar", "zoeken",
        "sök", "søg", "szukaj", "поиск", "sign in", "sign up", "log in", "login", "log out", "anmelden",
        "einloggen", "se connecter", "connexion", "iniciar sesión", "accedi", "inloggen", "logga in",
        "zaloguj", "войти", "my account", "mein konto", "mon compte", "mi cuenta", "register", "registrieren",
        "s'inscrire", "registrarse", "registrati", "registreren", "registrera", "zarejestruj się",
        "регистрация", "зарегистрироваться", "kayıt ol", "daftar",
    )
)
_CLOSE_SIGN = re.compile(r"^[×✕✖✗╳⨯]\s*|\s*[×✕✖✗╳⨯]$")
_FILE = re.compile(
    r"^[\w.()\[\]-]+\.(?:jpe?g|png|gif|webp|svg|heic|tiff?|bmp|pdf|docx?|xlsx?|"
    r"pptx?|odt|ods|csv|txt|rtf|zip|rar|7z|mp3|mp4|m4a|wav|mov|avi|mkv|epub)"
    r"(?:\s*[(\[]?\s*\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|[кмг]б|bytes?|octets?)\s*[)\]]?)?$",
    re.IGNORECASE,
)

# a relative time stamp ("3 hours ago", "vor 2 Stunden", "il y a 25 minutes", "10 минут назад", "3時間前"):
# seconds to weeks only ("20 years ago" is a heading), the whole line with no full stop, after at most four
# words or separators ("Updated", "Mis à jour", "Maria K. ·")
_UNITS = (
    r"sec(?:ond)?s?|mins?|minutes?|hrs?|hours?|days?|weeks?|sekunden|minuten|min\.?|stunden?|std\.?|tagen?|"
    r"wochen?|secondes?|heures?|h|jours?|semaines?|segundos?|minutos?|horas?|d[ií]as?|semanas?|secondi|"
    r"minut[io]|or[ea]|giorn[io]|settimane|seconden|minuut|uur|dag(?:en)?|weken|секунд[уы]?|минут[уы]?|"
    r"час(?:а|ов)?|дн(?:я|ей)|день|недел[июь]|хвилин[иу]?|годин[иу]?|дн(?:і|ів)|тижн(?:і|ів)|sekund[y]?|"
    r"minut[ęy]?|godzin[ęy]?|dni|dzień|tygodni[e]?|sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|"
    r"týdny|minútami|minútou|dňami|dňom|týždňami|sekunder|minuter|timmar|timme|dagar|veckor|minutter|"
    r"timer|time|dager|dage|døgn|uker|uger|saniye|dakika|dk|saat|gün|hafta|detik|menit|minit|jam|hari|"
    r"minggu|secunde|minute|oră|zile|zi|săptămâni|sekuntia|minuuttia|tuntia|tunti|päivää|viikkoa|"
    r"δευτερόλεπτα|λεπτά|λεπτό|ώρες|ώρα|ημέρες|μέρες|εβδομάδες|giây|phút|giờ|tiếng|ngày|tuần|सेकंड|मिनट|"
    r"घंटे|घंटा|दिन|सप्ताह|ثوان|ثانية|دقائق|دقيقة|ساعات|ساعة|أيام|يوم|أسابيع|שניות|דקות|דקה|שעות|שעה|"
    r"ימים|יום|שבועות"
)
_AGO_BEFORE = r"vor|il y a|hace|há|před|pred|acum|πριν(?: από)?|منذ|לפני"
_AGO_AFTER = r"ago|fa|geleden|назад|тому|temu|sedan|siden|önce|(?:yang )?lalu|sitten|atrás|trước|पहले"
_RELATIVE = re.compile(
    r"^(?:[^\W\d_][\w.'’:-]*\s+|[·•|–—-]\s+){0,4}?(?:(?:"
    + _AGO_BEFORE
    + r")\s+\d{1,3}\s*(?:"
    + _UNITS
    + r")|\d{1,3}\s*(?:"
    + _UNITS
    + r")\s+(?:"
    + _AGO_AFTER
    + r")|\d{1,3}\s*(?:秒|分|分钟|分鐘|小时|小時|時間|天|日|周|週)前"
    + r"|\d{1,3}\s*(?:초|분|시간|일|주)\s*전)\)?$",
    re.IGNORECASE,
)
# an estimated reading time, the whole line ("Lesezeit: 3 Minuten", "4 min de lecture", "Время чтения: 3
# минуты"); English's "5 min read" is also a pattern's
_READ_LABELS = (
    r"reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo(?: estimado)? de lectura|"
    r"tempo di lettura|tempo de leitura|leestijd|lästid|lesetid|læsetid|czas czytania|(?:doba|čas) čtení|"
    r"время (?:чтения|прочтения)|час (?:читання|прочитання)|okuma süresi|waktu (?:baca|membaca)|lukuaika|"
    r"olvasási idő|timp de citire|χρόνος ανάγνωσης|thời gian đọc"
)
_READ_AFTER = (
    r"read|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|lästid|lesetid|læsetid|"
    r"czytania|čtení|чтения|читання|okuma|baca|membaca|lukuaika|olvasás|de citire|ανάγνωση|đọc"
)
_MINUTES = (
    r"mins?|minutes?|minuten|minutos?|minuti|minuter|minutter|minut[aey]?|минут[аы]?|мин|хвилин[аи]?|dk|"
    r"dakika|menit|minuuttia|perc|λεπτά|phút"
)
_READING = re.compile(
    r"^(?:(?:" + _READ_LABELS + r")\s*:?\s*(?:ca\.?\s*|~\s*|approx\.?\s*|environ\s*)?\d{1,3}"
    r"(?:\s*[-–]\s*\d{1,3})?\s*[^\W\d_]{0,10}\.?"
    r"|\d{1,3}\s*(?:" + _MINUTES + r")\.?\s*(?:" + _READ_AFTER + r"))$",
    re.IGNORECASE,
)
_READING_TIME = "an estimated reading time"
# a caption's label for screen readers, kept before the caption ("Image caption, Rescue workers ...", "Pie
# de foto, ...", "Подпись к фото, ..."; the label and a comma: a credit's "Image Source: ..." is a credit)
_CAPTION_LABEL = re.compile(
    r"(?:image caption|image source|media caption|video caption|photo caption|pie de foto|"
    r"fuente de la imagen|legenda da foto|legenda do vídeo|crédito da foto|légende de l'image|"
    r"source de l'image|bildunterschrift|"
    r"bildquelle|didascalia|подпись к фото|подпись к видео|источник изображения|автор фото|"
    r"підпис до фото|джерело зображення|resim altı yazı|görsel kaynağı|keterangan gambar|sumber gambar|"
    r"chụp lại hình ảnh|nguồn hình ảnh|التعليق على الصورة|مصدر الصورة|تعليق على الصورة|"
    r"画像説明|画像提供|图像来源|图片说明|圖像來源|圖片說明|사진 설명|사진 출처)\s*[,，،]\s*\S"
)
_CAPTION = "a caption's label for screen readers"
# an archived article's age notice, the whole line ("This article is more than 2 years old", "Dieser
# Artikel ist älter als ein Jahr.", "Материал опубликован более года назад.")
_AGE_NOTICE = re.compile(
    r"(?:this (?:article|story|page|content|post) (?:is|was (?:published|written)) (?:more|over) than|"
    r"dieser (?:artikel|beitrag|text) ist (?:älter als|mehr als|über)|"
    r"cet article (?:date de|a été publié il y a|a) plus d|este artículo (?:tiene|fue publicado hace) más de|"
    r"dit artikel is (?:ouder dan|meer dan)|questo articolo (?:ha|è stato pubblicato) (?:più di|oltre)|"
    r"este artigo (?:tem|foi publicado há) mais de|ten artykuł (?:ma|został opublikowany) (?:ponad|więcej)|"
    r"(?:этот |эта )?(?:материал|статья|новость) опубликован[аоы]? более|"
    r"この記事は(?:最終更新日から|公開から)?[\d０-９一-九]+年以上)"
)
_AGE_CHARS = 120
_AGE = "an archived article's age notice"
# a view counter, the whole line: its label and the count, either way round ("1,245 views", "Просмотров: 1
# 245", "阅读 10万+")
_VIEW_LABELS = (
    r"views?|reads|aufrufe|vues|lectures|visitas|vistas|lecturas|visualizzazioni|letture|visualizações|"
    r"leituras|weergaven|visningar|visninger|wyświetle(?:ń|nia)|odsłon|zobrazení|přečteno|просмотр(?:ов|ы)|"
    r"переглядів|перегляди|görüntülenme|okunma|dilihat|kali dibaca|lượt xem|megtekintés|προβολές|"
    r"阅读(?:量|数)?|浏览(?:量|数)?|閱讀|瀏覽|閲覧数?|조회수?"
)
_COUNT = r"(?:\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d{1,7})(?:[.,]\d)?\s*(?:[kmк万萬]|тыс\.?)?\+?"
_VIEWS = re.compile(
    r"^(?:(?:" + _VIEW_LABELS + r")\s*[:：]?\s*" + _COUNT + r"|" + _COUNT + r"\s*(?:" + _VIEW_LABELS + r"))$",
    re.IGNORECASE,
)
_VIEW_COUNT = "a view counter"
_RELATIVE_WORDS = 8
_RELATIVE_CHARS = 60
_STAMP = "a relative time stamp"
_HEADER = "a header's control (a menu, a search, a sign-in)"
# no sign of a how-to, and kept in a body about the interface: a stamp, a header's or a toolbar's controls
_NOT_INTERFACE_TALK = (_STAMP, _HEADER, _READING_TIME, _VIEW_COUNT, _CAPTION, _AGE, *controls.KINDS)


def _alternation(fragments: tuple[str, ...]) -> str:
    """One alternation of ``fragments``, grouped by their first letter: the regex engine then tries one
    group at a position instead of every fragment (about twice as fast on a body's short lines)."""
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for fragment in sorted(set(fragments), key=len, reverse=True):
        if fragment[0].isalnum():
            groups.setdefault(fragment[0], []).append(fragment[1:])
        else:
            rest.append(fragment)
    grouped = [re.escape(first) + "(?:" + "|".join(tails) + ")" for first, tails in groups.items()]
    return "|".join(grouped + rest)


_THING = re.compile(r"(?<![^\W\d_])(?:" + _alternation(_THINGS) + ")")
_ACTION = re.compile(r"(?<![^\W\d_])(?:" + _alternation(_ACTIONS) + ")")
_MACHINERY = re.compile(r"(?<![^\W\d_])(?:" + _alternation(_MACHINERY_NAMES) + ")")
_EITHER = re.compile(r"(?<![^\W\d_])(?:" + _alternation((*_ACTIONS, *_MACHINERY_NAMES)) + ")")
#: a plain string of each action and machinery word that every match of it holds ("available" for
#: "(?:un)?available\b"): a line with none of them has no match of ``_EITHER``, and one pass of their
#: automaton over the line says so for about a third of the regex's cost (None: the regex on every line)
_EITHER_NEEDLES = needles.needles((*_ACTIONS, *_MACHINERY_NAMES))
_EITHER_FOUND = needles.automaton(_EITHER_NEEDLES, legal.NEEDLES) if _EITHER_NEEDLES else None
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")


def _may_name(low: str) -> tuple[bool, bool]:
    """Whether ``low`` holds one of ``_EITHER_NEEDLES`` (False: ``_EITHER`` finds nothing in it) and one of
    ``legal.NEEDLES`` (False: it names no legal document), from one pass of their automaton."""
    if _EITHER_FOUND is None:
        return True, any(n in low for n in legal.NEEDLES)
    found = _EITHER_FOUND.iter(low)
    first = next(found, None)
    if first is None:
        return _NAMES_NOTHING  # most lines
    lists = first[1]
    if lists != 3:
        for _end, kind in found:
            lists |= kind
            if lists == 3:
                break
    return bool(lists & 1), bool(lists & 2)


_NAMES_NOTHING = (False, False)


def _worded(line: str, low: str, action: re.Match[str], words: int) -> bool:
    """Interface words in interface grammar (see the module's docstring); ``action`` is the line's first
    interface action, ``words`` its count of words."""
    if low.endswith(":") or words > _WORDED_MAX:
        return False  # a line that opens a list ("Click the link above so you can:") belongs to the text
    if _THING.search(low) is None:
        return False
    found = _WORD.findall(line)
    if len(found) <= _SHORT_WORDS or action.start() == 0:
        return True
    return _addresses(line, found)


def _addresses(line: str, words: list[str] | None = None) -> bool:
    """The line speaks to the reader ("you", "Sie", "vous") or points at the page ("this video")."""
    words = _WORD.findall(line) if words is None else words
    lowered = [w.lower() for w in words]
    if any(w in _READER for w in lowered) or any(w in _READER_CASED for w in words[1:]):
        return True
    return any(a in _SELF and _THING.match(b) for a, b in pairwise(lowered))


def _cjk_notice(line: str) -> bool:
    return (
        len(line) <= _CJK_SHORT
        and any(t in line for t in _CJK_THINGS)
        and any(a in line for a in _CJK_ACTIONS)
    )


_SIGNS = frozenset("×✕✖✗╳⨯")


def _shape(line: str, low: str, words: int) -> str | None:
    """The wordless shapes: a placeholder, a close control, a file name; ``words`` is the line's count of
    words, which most shapes bound (a line of prose is tested for a poll's box only)."""
    if words <= _PLACEHOLDER_WORDS and line.endswith(("…", "...")) and _LOADING.search(low):
        return "a loading placeholder"
    if line[0] in _SIGNS or line[-1] in _SIGNS:
        if len(_CLOSE_SIGN.sub("", line).split()) <= 2:
            return "a dialog's close control"
    elif len(line) <= _CLOSE_CHARS and low.rstrip(".!") in _CLOSE_WORDS:
        return "a dialog's close control"
    elif len(line) <= _CLOSE_CHARS and low.rstrip(".!") in _HEADER_WORDS:
        return _HEADER
    if words <= _FILE_WORDS and "." in line and _FILE.match(line):
        return "a file name"
    counted = _COUNTED.search(low) if words <= _COUNTED_WORDS and low.endswith(")") else None
    if counted is not None and _THING.search(low, 0, counted.start()):  # the thing named before its count
        return "a link with its count (a gallery, a video list)"
    if ("," in low or "，" in low or "،" in low) and _CAPTION_LABEL.match(low):  # a label, then its comma
        return _CAPTION
    if len(low) <= _AGE_CHARS and _AGE_NOTICE.match(low):
        return _AGE
    last = low[-_BUTTON_END_CHARS:].rstrip(".! ").rpartition(" ")[2]
    if (":" in low and _POLL_LABEL.match(low)) or (
        last in _BUTTON_ENDS and _POLL_BUTTON.search(low, max(0, len(low) - _BUTTON_CHARS))
    ):
        return "a poll's or a quiz's box"
    if words <= _RELATIVE_WORDS and len(line) <= _RELATIVE_CHARS and _DIGIT.search(line):
        if _READING.match(line):
            return _READING_TIME
        if _VIEWS.match(line):
            return _VIEW_COUNT
        # "By Nora Lindqvist · 37 minutes ago" is a byline whose date a script rendered relative (the same
        # line with "4 March 2025" is no notice either: drift calls the change benign)
        return _STAMP if _RELATIVE.match(line) and not opens_with_byline_word(line) else None
    return None


def notice_lines(body_lines: list[str], may_consent: bool = True) -> list[tuple[str, str]]:
    """(line, why) for each line of ``body_lines`` in which the page speaks about itself; ``may_consent``
    false: the body holds no consent marker (:func:`consent.marked_lines`)."""
    found: list[tuple[str, str]] = []
    evidence = 0
    body: str | None = None
    marked = consent.marked_lines(body_lines, may_consent)  # most bodies: none, no consent box to look for
    for i, line in enumerate(body_lines):
        kinds = marked.get(i, 0)
        if len(line) > _MAX_CHARS:
            # a longer line: a consent box's, or a notice naming the machinery at length ("Ad block users:
            # Some site features may not work correctly while an ad blocker is enabled, ...")
            why = _consent_line(line) if kinds & consent.OUTSIDE else None
            machinery = None
            if why is None and kinds & consent.MACHINERY:
                why, machinery = _long_machinery(line)
            opens = fine_print = False
        else:
            why, machinery, opens, fine_print = _read_line(line)
            if why is None and kinds & consent.OUTSIDE:
                why = _consent_line(line)
        if machinery is not None or fine_print:
            if body is None:
                body = "\n".join(body_lines).lower()
            if machinery is not None and _named_again(machinery, line, body, body_lines):
                evidence += 1  # an article about it
                continue
            if fine_print and legal.named_elsewhere(line.lower(), body, body_lines):
                evidence += 1  # an article about the policy
                continue
        if why is not None:
            evidence += why not in _NOT_INTERFACE_TALK  # a how-to talks about the interface; these do not
            found.append((line, why))
        elif opens:
            evidence += 1  # "Klicken Sie mit der rechten Maustaste ...", a how-to's step
    if evidence >= _TOPIC_LINES:  # a body about the interface: its stamps and header labels are the page's
        return [(line, why) for line, why in found if why in _NOT_INTERFACE_TALK]
    return _consent_alone(found, body_lines) if marked else found


def _named_again(word: str, line: str, body: str, body_lines: list[str]) -> bool:
    """Whether ``body`` (lowercase) names ``word`` outside ``line`` and its copies (a box may be shown
    twice, and may name its machinery twice: "... while an ad blocker is enabled ... disable your ad
    blocker")."""
    named = re.compile(r"(?<![^\W\d_])" + re.escape(word))  # a word's start: "had blocked" is no ad block
    own = len(named.findall(line.lower())) * sum(1 for other in body_lines if other == line)
    return len(named.findall(body)) > own


_LONG_CHARS = 450  # a notice naming the machinery at length
_LONG_WORDS = 60


def _long_machinery(line: str) -> tuple[str | None, str | None]:
    """Why a line longer than ``_MAX_CHARS`` is the page's machinery speaking, and the machinery word it
    names: JavaScript or an ad blocker, with an interface action ("enable", "disable", "whitelist"), in at
    most ``_LONG_CHARS`` characters and ``_LONG_WORDS`` words (a paragraph of prose is longer)."""
    if len(line) > _LONG_CHARS or len(line.split()) > _LONG_WORDS:
        return None, None
    low = line.lower()
    m = _MACHINERY.search(low)
    if m is None or _ACTION.search(low) is None:  # "you" alone is prose's too: an interface action
        return None, None
    return "the page's machinery (a script, an ad blocker, the clipboard, an error)", m.group(0)


@lru_cache(maxsize=1024)
def _consent_line(line: str) -> str | None:
    """Why ``line`` is a consent box's (:mod:`harness.checks.consent`), or None; remembered as
    :func:`_read_line` is (a crawl's consent box comes back on page after page)."""
    low = line.lower()
    thing = _THING.search(low) is not None
    why = consent.consent_why(line, low, _addresses(line), thing)
    return why if why is not None else consent.checkbox_why(low, thing)


def _consent_alone(found: list[tuple[str, str]], body_lines: list[str]) -> list[tuple[str, str]]:
    """``found`` without the consent-box lines whose outside thing ("cookies", "third-party") the body
    names on a line that is no consent box's: an article about it (a ruling, a recipe)."""
    boxed = {line for line, why in found if why == consent.WHY}
    if not boxed:
        return found
    others = [line.lower() for line in body_lines if line not in boxed]
    about = set()
    for line in boxed:
        thing = consent.outside_of(line.lower())
        if thing is not None and any(thing in other for other in others):
            about.add(line)
    return [(line, why) for line, why in found if line not in about]


@lru_cache(maxsize=8192)
def _read_line(line: str) -> tuple[str | None, str | None, bool, bool]:
    """What one line of at most ``_MAX_CHARS`` characters says on its own: why it is the page speaking about
    itself (or None); the machinery word it names, when that decides (the body then says whether it is
    an article about it: ``why`` stands only if the body holds the word once); whether it opens on an
    interface action; whether ``why`` is a form's legal fine print (the body then says whether it names
    the document elsewhere: :func:`legal.named_elsewhere`). A pure function of the line, remembered for the
    last few thousand lines (at most 160 characters each): a crawl's template lines come back on page
    after page."""
    low = line.lower()
    words = len(line.split())
    # one scan for an interface action, the machinery or a legal document, where most lines have none;
    # an action anywhere counts on a short line only (see _worded), elsewhere only first
    named, legal_hit = _NAMES_NOTHING if words > _MAX_WORDS else _may_name(low)
    either = words > _MAX_WORDS or (named and _EITHER.search(low) is not None)
    action = None
    if either:
        action = _ACTION.search(low) if words <= _WORDED_MAX else _ACTION.match(low)
    opens = action is not None and action.start() == 0
    why = _shape(line, low, words)
    if why is not None or words > _MAX_WORDS:
        return why, None, opens, False
    m = _MACHINERY.search(low) if either else None
    if m is not None:
        if m.group(0).startswith(("cookie", "куки")):
            # a cookie wall, not a recipe or an article about them: a short button ("Accept all cookies"),
            # or the site's content or its use of them named ("Allow the cookies to cool" is a recipe's)
            if _CONSENT.search(low) and (words <= _SHORT_WORDS or _THING.search(low) or consent.uses(low)):
                why = "a cookie wall"
        elif action is not None or _ACTION.search(low) or _addresses(line):
            why = "the page's machinery (a script, an ad blocker, the clipboard, an error)"
        return why, m.group(0), opens, False
    if legal_hit and (why := legal.legal_why(line, low, _addresses(line))) is not None:
        return why, None, opens, True
    if words <= _WORDED_MAX and _THANKS.match(low) and _FORM.search(low):
        why = "a form's confirmation"
    elif (action is not None and _worded(line, low, action, words)) or (
        not line.isascii() and _CJK.search(line, 0, 40) and _cjk_notice(line)
    ):
        why = "the page's interface talking to the reader"
    elif words <= _CONTROL_WORDS:
        why = controls.control_label(line)
    return why, None, opens, False


# a dialog's buttons after its question or its sentence: two or three labels of one to three words,
# parted by a dot, a bar or a bullet, ending the line ("... Were you born before 1 May 2005? Yes · No")
_LABEL = r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}"
_BUTTONS = re.compile(rf"[.?!？。؟]\s+{_LABEL}(?:\s+[·|•]\s+{_LABEL}){{1,2}}\s*$")
_BUTTONS_CHARS = 120  # the end of a line a dialog's question and buttons are looked for in
_BUTTON_SEPARATORS = (" · ", " | ", " • ")  # not a slash: a caption's credit ("... Jane Doe / Getty Images")
#: each separator after its sign: a search for one character (memchr) before the search for three
_BUTTON_SIGNS = tuple((sep.strip(), sep) for sep in _BUTTON_SEPARATORS)
# a recommendation widget's vendor, named on its box ("Empfohlen von Outbrain", "Promoted by Zergnet",
# "Taboola द्वारा प्रायोजित लिंक"): brand names, the same in every language
_VENDOR = re.compile(r"(?i)\b(?:outbrain|taboola|revcontent|zergnet)\b")
# a cheap look first (most bodies have none), in the two cases a box writes a brand in (Outbrain, OUTBRAIN)
_VENDOR_CORES = ("utbrain", "aboola", "evcontent", "ergnet", "UTBRAIN", "ABOOLA", "EVCONTENT", "ERGNET")


def lowered_vendors() -> tuple[str, ...]:
    """``_VENDOR_CORES`` lowercased: a body holding one holds it lowercased when lowercased
    (:mod:`harness.checks.keywords` looks for them in the whole body first)."""
    return tuple(dict.fromkeys(core.lower() for core in _VENDOR_CORES))


def own_parts(
    body: str, body_lines: list[str], url: str | None, title: str | None = None, may_vendor: bool = True
) -> list[tuple[str, str]]:
    """(line, why) for lines that only the page's own furniture writes, whatever their length: the page's
    own address (a citation, share or permalink box), its own title in quotes past the lead (a citation,
    a share prompt, a metadata footer), a dialog's buttons, a recommendation widget's vendor
    (``body_lines``: ``lines(body)``; ``may_vendor`` false: the body holds no vendor's name even
    lowercased). Measured on the 1,145 clean and outside bodies (docs/checks-accuracy.md, session 20)."""
    needle = _own_address(url)
    own = needle if needle is not None and needle in body else None
    quoted = _quoted_title(title, body)
    vendor = may_vendor and any(core in body for core in _VENDOR_CORES) and _VENDOR.search(body) is not None
    buttons = any(sign in body and sep in body for sign, sep in _BUTTON_SIGNS)
    if own is None and quoted is None and not vendor and not buttons:
        return []  # nearly every body: a few substring searches, no line looked at, nothing lowercased
    found = []
    for i, line in enumerate(body_lines):
        if own is not None and own in line:
            found.append((line, "the page's own address: a citation, share or permalink box"))
        elif quoted is not None and i >= _LEAD_LINES and quoted.search(line):
            found.append((line, "the page's own title quoted: a citation or share box"))
        elif vendor and _VENDOR.search(line) and (":" in line or len(line.split()) <= _MAX_WORDS):
            found.append((line, "a recommendation widget's box"))
        elif buttons and _BUTTONS.search(line[-_BUTTONS_CHARS:]):
            found.append((line, "a dialog's question and its buttons"))
    return found


def _quoted_title(title: str | None, body: str) -> re.Pattern[str] | None:
    """The record's title between quotes of any kind (a sentence's stop allowed inside), when the title is
    long enough to be the page's own and ``body`` holds it as written at all."""
    if not title or title.strip() not in body or len(key(title)) < _TITLE_KEY_MIN:
        return None
    return re.compile(rf"[{_OPEN_QUOTES}]{re.escape(title.strip())}[.,!?]?[{_CLOSE_QUOTES}]")


def _own_address(url: str | None) -> str | None:
    """The page's address as a body prints it (no scheme, no "www.", no trailing slash: host and path),
    when its path is long enough to be the article's own."""
    host, path = _host_and_path(url)
    return f"{host}{path}" if host and len(path) >= _OWN_PATH else None


def _host_and_path(url: str | None) -> tuple[str, str]:
    """The page's host without "www." and its path without a trailing slash; empty when there is none."""
    if not url:
        return "", ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "", ""
    return (parts.hostname or "").removeprefix("www."), parts.path.rstrip("/")


def host_stamps(body_lines: list[str], body: str, url: str | None) -> list[tuple[str, str]]:
    """(line, why) for short lines (``_STAMPED_WORDS`` words at most) that hold the site's own host and a day
    or a clock time: a print view's header ("Printed from www.example.com on 3/4/2024 at 10:15", "Gedruckt
    am 24.03.2024 von example.de"). A report names its own site in prose ("told example.is on Monday")
    in longer lines, and with no day. The host is looked for as written, with or without "www.", not in an
    e-mail address. No line of the corpus's and fundus's 379 clean bodies is one; of ``generic``'s output
    of 1,772 outside pages, three are, each a "how to cite this page" box."""
    host = _own_host(url)
    if host is None or host not in body:
        return []  # nearly every body: one substring search
    return [
        (line, "the site's own host with a day or a time: a print view's header")
        for line in body_lines
        if host in line and len(line.split()) <= _STAMPED_WORDS and holds_day(line) and _as_host(line, host)
    ]


def _as_host(line: str, host: str) -> bool:
    """``host`` in ``line`` as an address's host, not an e-mail address's ("letters@example.org")."""
    return any(line[i - 1 : i] not in _IN_A_NAME for i in _starts(line, host))


def _starts(line: str, needle: str) -> list[int]:
    found, i = [], line.find(needle)
    while i >= 0:
        found.append(i)
        i = line.find(needle, i + 1)
    return found


def _own_host(url: str | None) -> str | None:
    """The page's host without "www.", when it has a dot (not "localhost")."""
    host = _host_and_path(url)[0]
    return host if "." in host else None


def check_notices(emit: Emitter, body: str, url: str | None = None, title: str | None = None) -> None:
    """``boilerplate.notice``: a line of the page's interface (a notice, a placeholder, a control)."""
    if not emit.on(NOTICE):
        return
    body_lines = lines(body)
    needles = frame.phrase_keywords(emit.scope)  # one pass over the body for all (keywords.scan)
    held = keywords.scan(body, needles)[1] if keywords.available(needles) else -1  # -1: may hold all
    found = notice_lines(body_lines, bool(held & keywords.MARKER))
    seen = {line for line, _ in found}
    own = own_parts(body, body_lines, url, title, bool(held & keywords.VENDOR))
    found += [(line, why) for line, why in own if line not in seen]
    seen = {line for line, _ in found}
    found += [(line, why) for line, why in host_stamps(body_lines, body, url) if line not in seen]
    for line, why in found:
        if why in controls.KINDS and patterned(emit, line, NOTICE):
            continue  # "Read more": one finding for the line, the pattern's
        emit.add(NOTICE, "$.body", f"the page speaking about itself ({why})", line)
