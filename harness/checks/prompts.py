"""A site's prompts to its readers kept in the body, in many languages: ``boilerplate.notice``.

The commonest boilerplate of all, read where no language's line patterns (:mod:`harness.checks.patterns`,
whole lines) know the words or the line says more around them, from the few words each family cannot do
without:

* **A newsletter sign-up**: a word for a newsletter and a word for signing up ("Abonați-vă gratuit la
  newsletterul ...", "Skráðu þig á fréttabréf ...", "Naročite se na naše e-novice ...", "ہمارے نیوز لیٹر کو
  سبسکرائب کریں"), or a word for signing up and one for e-mail ("... saņem ... savā e-pastā", "Yi rajista
  don samun labaranmu ta imel"; in English only with a newsletter: "Sign up for the Disney+ bundle using the
  same email" is a story's sentence), on a line of at most ``_MAX_WORDS`` words ("Want more stories like
  this? Sign up for the Gazette newsletter.").
* **A cookie notice**: a word for cookies and one for the site, the web or browsing ("Spletna stran uporablja
  piškotke ...", "Þessi vefur notar vafrakökur ...", "本网站使用Cookie ..."), on a line of at most
  ``_COOKIE_WORDS`` words, in a body whose other lines never name cookies (a story about cookies, baked or
  tracked, names them again).
* **A follow-us row**: a social network and a word for following on a short line ("Fylgdu okkur á LinkedIn
  og Threads.", "ہمیں ٹک ٹاک، ایکس اور یوٹیوب پر فالو کریں۔"), or two networks or more that are most of
  their line's words ("Facebook | Instagram", "Sundan kami sa WhatsApp at YouTube."), when neither the
  title nor the body's other lines name any of them (a story about the networks names them again).

The words are stems, lowercased and matched as text, so inflections and compounds follow ("newsletterul",
"piškotke", "vafrakökur"). Written from the twenty-ninth blind set's group A of languages, then for its
group B's and a few more from what those languages' sites write, without reading group B's lines
(docs/checks-accuracy.md, "Twenty-eighth pass"); only the lines holding one of the words are read
(:class:`harness.checks.linewords.LineWords`: one pass over the body for the lists of the modules of many
languages).
"""

from __future__ import annotations

import re

from harness.checks.linewords import LineWords, lowered

NOTICE = "boilerplate.notice"
_MAX_WORDS = 30
_COOKIE_WORDS = 60
_FOLLOW_WORDS = 24
_ROW_WORDS = 3  # words of a row besides two for each network it names, at most
_UNSPACED_CHARS = 120  # a line of a script written without spaces: this many characters stand for the words

#: a newsletter, as sites name it (stems)
_NEWSLETTER = (
    "newsletter",
    "nuusbrief",
    "bülleten",
    "bülten",
    "নিউজলেটার",
    "uudiskir",
    "خبرنامه",
    "uutiskirje",
    "տեղեկագ",
    "fréttabréf",
    "jaunumu vēstul",
    "e-novic",
    "њузлетер",
    "билтен",
    "jarida",
    "செய்திமடல",
    "نیوز لیٹر",
    "axborotnoma",
    "bản tin",
    "新闻简报",
    "电子报",
    "boletín",
    "boletim",
    "የዜና መጽሔት",
    "النشرة البريدية",
    "النشرة الإخبارية",
    "نشرتنا",
    "бюлетин",
    "butlletí",
    "zpravodaj",
    "buletin",
    "lettre d'information",
    "infolettre",
    "ניוזלטר",
    "ידיעון",
    "न्यूज़लेटर",
    "न्यूजलेटर",
    "hírlevél",
    "ニュースレター",
    "メールマガジン",
    "メルマガ",
    "таратылым",
    "뉴스레터",
    "naujienlaišk",
    "surat berita",
    "न्युजलेटर",
    "рассылк",
    "จดหมายข่าว",
    "розсилк",
    "nyhetsbrev",
    "nyhedsbrev",
    "nieuwsbrief",
    "buletini",
    "hírlevel",
    "電子報",
    "新聞信",
)
#: signing up, subscribing (stems)
_SIGN_UP = (
    "subscri",
    "abona",
    "abonn",
    "abone",
    "abunə",
    "obuna",
    "iscriv",
    "suscríb",
    "suscrib",
    "subskryb",
    "zapisz się",
    "zamów",
    "odoberaj",
    "prihláste sa",
    "naročite",
    "prijavite se",
    "пријавите се",
    "претплатите",
    "tilaa",
    "telli ",
    "piesakies",
    "skráðu",
    "teken in",
    "teken nou in",
    "jiandikishe",
    "rajista",
    "jisajili",
    "sign up",
    "apúnta",
    "عضویت",
    "გამოიწერ",
    "բաժանորդագր",
    "সাবস্ক্রাইব",
    "பதிவு செய்",
    "سبسکرائب",
    "سائن اپ",
    "عضو شوید",
    "مشترک شوید",
    "đăng ký",
    "订阅",
    "εγγραφ",
    "recibe",
    "ricevi",
    "ይመዝገቡ",
    "اشترك",
    "اشتركوا",
    "سجّل",
    "абонирайте",
    "абонирай",
    "запишете се",
    "subscriu",
    "inscriu",
    "apunta't",
    "přihlaste se",
    "odebírejte",
    "harpidetu",
    "izena eman",
    "abonnez",
    "inscrivez",
    "recevez",
    "הירשמו",
    "הרשמו",
    "הצטרפו",
    "सब्सक्राइब",
    "सदस्यता",
    "साइन अप",
    "pretplatite",
    "iratkozz",
    "feliratkoz",
    "berlangganan",
    "langganan",
    "登録",
    "購読",
    "жазылыңыз",
    "구독",
    "užsisak",
    "užsiprenumeruok",
    "prenumeruok",
    "langgan",
    "सब्स्क्राइब",
    "assine",
    "inscreva",
    "cadastre",
    "подпишитесь",
    "подписывайтесь",
    "подписаться",
    "สมัคร",
    "ลงทะเบียน",
    "підпишіться",
    "підписуйтесь",
    "prenumerera",
    "tilmeld",
    "meld deg på",
    "meld deg på",
    "abonner",
    "schrijf je in",
    "aanmelden",
    "anmelden",
    "abonnieren",
    "regjistrohu",
    "eman izena",
    "rep gratu",
    "жазыл",
    "daftar untuk",
    "daftar",
    "підпис",
    "melden sie sich",
    "訂閱",
)
#: news, as a sign-up promises it (stems): "Cbsnews yangiliklariga obuna bo‘ling"
_NEWS = (
    "yangilik",
    "լուր",
    "ბიულეტენ",
    "habari",
    "ziņas",
    "uudised",
    "uutiset",
    "wiadomości",
    "správy",
    "novice",
    "вести",
    "haber",
    "xəbər",
    "tin tức",
    "新闻",
    "اخبار",
    "خبروں",
    "செய்தி",
    "খবর",
    "labarai",
    "balita",
    "nuus",
    "fréttir",
    "ειδήσεις",
    "notizie",
    "noticias",
    "știri",
    "новости",
    "новини",
    "жаңалық",
    "ニュース",
    "뉴스",
    "ข่าว",
    "חדשות",
    "أخبار",
    "समाचार",
    "ख़बर",
    "खबर",
    "berita",
    "naujien",
    "hírek",
    "zprávy",
    "vijesti",
    "nouvelles",
    "actualités",
    "nachrichten",
    "notícias",
    "notícies",
    "berri",
    "ዜና",
    "nyheter",
    "nyheder",
    "nieuws",
    "lajme",
    "新聞",
    "వార్తలు",
    "ಸುದ್ದಿ",
    "വാർത്ത",
    "સમાચાર",
    "ਖ਼ਬਰਾਂ",
)
#: e-mail, an inbox (stems)
_EMAIL = (
    "e-mail",
    "email",
    "e-posta",
    "e-pošt",
    "e-pošt",
    "e-past",
    "sähköpost",
    "imel",
    "barua pepe",
    "ელფოსტ",
    "էլփոստ",
    "ای میل",
    "ایمیل",
    "மின்னஞ்சல்",
    "ইমেইল",
    "ই-মেইল",
    "postkast",
    "skrzynk",
    "邮箱",
    "e-poçt",
    "elektron poch",
    "имејл",
    "tölvupóst",
    "epost",
    "inbox",
    "ኢሜል",
    "البريد الإلكتروني",
    "بريدك",
    "имейл",
    "поща",
    "correu",
    "posta elektroniko",
    "courriel",
    "boîte mail",
    "boîte de réception",
    "מייל",
    "ईमेल",
    "इमेल",
    "postafiók",
    "surel",
    "kotak masuk",
    "メール",
    "электрондық пошта",
    "이메일",
    "el. pašt",
    "e-mel",
    "emel",
    "caixa de entrada",
    "почт",
    "อีเมล",
    "пошт",
    "inkorg",
    "indbakke",
    "innboks",
    "postvak",
    "電郵",
    "信箱",
)
#: cookies, as sites name them (stems)
_COOKIE = (
    "cookie",
    "koekie",
    "kuki",
    "কুকি",
    "küpsis",
    "کوکی",
    "eväste",
    "vafrakök",
    "թխուկ",
    "ქუქი",
    "sīkdatn",
    "ciasteczk",
    "piškot",
    "колачић",
    "vidakuzi",
    "குக்கீ",
    "çerez",
    "бисквитк",
    "куки",
    "кукі",
    "עוגיות",
    "ملفات تعريف الارتباط",
    "الكوكيز",
    "कुकी",
    "クッキー",
    "쿠키",
    "คุกกี้",
    "galetes",
    "süti",
    "slapuk",
    "kolačić",
    "ኩኪ",
    "kakor",
    "informasjonskapsl",
    "témoins",
)
#: agreeing, accepting (stems), for a cookie notice that does not name the site
#: ("我们使用cookies来改善您在...的体验。点击“接受”即表示您同意。")
_AGREE = (
    "accept",
    "agree",
    "consent",
    "同意",
    "接受",
    "kabul",
    "piekrīt",
    "strinja",
    "samþykk",
    "rozilik",
    "razılıq",
    "nõustu",
    "hyväksy",
    "stem jy in",
    "sumasang-ayon",
    "unakubali",
    "đồng ý",
    "acconsent",
    "zgod",
    "súhlas",
    "прихват",
    "συναίν",
    "αποδέχ",
    "موافقت",
    "ஒப்புக்",
    "সম্মত",
    "համաձայն",
    "თანხმ",
    "acepta",
    "соглас",
    "погоджу",
    "згод",
    "съглас",
    "מסכים",
    "موافق",
    "सहमत",
    "동의",
    "ยอมรับ",
    "acceptez",
    "akzeptier",
    "zustimm",
    "aceit",
    "accepta",
    "onartu",
    "elfogad",
    "sutink",
    "setuju",
    "souhlas",
    "prihvać",
    "godkänn",
    "accepter",
    "godta",
    "akkoord",
    "privacy",
    "プライバシー",
    "개인정보",
    "隐私",
    "конфиденциальн",
    "datenschutz",
    "confidentialité",
    "privacidad",
    "privacidade",
    "adatvédel",
    "gizlilik",
)
#: the site, the web, browsing (stems)
_WEB = (
    "site",
    "sito",
    "sitio",
    "web",
    "strona",
    "stran",
    "stránk",
    "сајт",
    "vefur",
    "vefsíð",
    "veeb",
    "vietn",
    "tovuti",
    "sayt",
    "sivust",
    "ιστότοπ",
    "ιστοσελίδ",
    "وب",
    "ویب",
    "இணையதள",
    "ওয়েবসাইট",
    "ვებ",
    "կայք",
    "网站",
    "網站",
    "navig",
    "brows",
    "przeglądar",
    "prehliad",
    "selain",
    "сайт",
    "веб",
    "אתר",
    "موقع",
    "वेबसाइट",
    "साइट",
    "ウェブ",
    "サイト",
    "웹사이트",
    "사이트",
    "เว็บไซต์",
    "lloc",
    "webgune",
    "webhely",
    "weboldal",
    "svetain",
    "laman",
    "situs",
    "sajt",
    "webbplats",
    "hjemmeside",
    "nettsted",
    "ድረ-ገጽ",
)
#: following, for a row naming one network (stems; English's "follow" is the English patterns')
_FOLLOW = (
    "ফলো",
    "فالو",
    "urmăr",
    "ακολουθ",
    "sigue",
    "segui",
    "seuraa",
    "fylg",
    "sundan",
    "fuatilia",
    "tufuate",
    "biyo",
    "i-follow",
    "segue",
    "síguenos",
    "siguenos",
    # "on social media", which a follow row says in place of following
    "social media",
    "sociálnych sieť",
    "družbenih omrežj",
    "društvenim mrež",
    "друштвеним мреж",
    "sosyal medya",
    "ijtimoiy tarmoq",
    "sosial şəbəkə",
    "sada zumunta",
    "mitandao ya kijamii",
    "sotsiaalmeedia",
    "sociālajos tīklos",
    "somessa",
    "samfélagsmiðl",
    "sosiale media",
    "κοινωνικά δίκτυα",
    "mạng xã hội",
    "شبکه‌های اجتماعی",
    "سوشل میڈیا",
    "সামাজিক মাধ্যম",
    "சமூக ஊடக",
    "სოციალურ ქსელ",
    "սոցցանց",
    "社交媒体",
    "redes sociales",
    "kuzatib",
    "izlə",
    "takip",
    "sledujte",
    "sledite",
    "пратите",
    "volg",
    "关注",
    "دنبال",
    "பின்தொடர",
    "obserwuj",
    "jälgi",
    "seko",
    "theo dõi",
    "გამოგვყევ",
    "հետևեք",
    "подписывайтесь на нас",
    "следите",
    "стежте",
    "слідкуйте",
    "приєднуйтесь",
    "последвайте",
    "следвайте",
    "עקבו",
    "تابعونا",
    "تابعوا",
    "फॉलो",
    "फ़ॉलो",
    "फलो",
    "フォロー",
    "팔로우",
    "ติดตาม",
    "segueix",
    "jarraitu",
    "suivez",
    "folgen sie",
    "folge uns",
    "siga",
    "acompanhe",
    "pratite",
    "kövess",
    "ikuti",
    "ይከተሉን",
    "följ",
    "følg",
    "ndiqni",
    "соцсет",
    "социальных сетях",
    "соціальних мережах",
    "социалните мрежи",
    "רשתות החברתיות",
    "مواقع التواصل",
    "सोशल मीडिया",
    "ソーシャル",
    "소셜",
    "โซเชียล",
    "xarxes socials",
    "sare sozial",
    "réseaux sociaux",
    "sozialen medien",
    "sozialen netzwerken",
    "redes sociais",
    "sociálních sítích",
    "közösségi",
    "media sosial",
    "socialiniuose tinkluose",
    "sociala medier",
    "sociale medier",
    "follow us",
    "folgen sie uns",
    "채널을 구독",
    "saluran whatsapp",
    "追蹤",
    "關注",
    "ఫాలో",
    "ಫಾಲೋ",
    "ഫോളോ",
    "ફોલો",
    "ਫਾਲੋ",
)
#: social networks, as the Latin script and others write them (stems); "x" is left out: a letter
_NETWORKS = {
    "facebook": (
        "facebook",
        "фејсбук",
        "фейсбук",
        "فيسبوك",
        "فیسبوک",
        "فیس بک",
        "ফেসবুক",
        "ஃபேஸ்புக்",
        "பேஸ்புக்",
    ),
    "instagram": ("instagram", "инстаграм", "اینستاگرام", "انسٹاگرام", "ইনস্টাগ্রাম", "இன்ஸ்டாகிராம்"),
    "youtube": ("youtube", "јутјуб", "ютуб", "یوتیوب", "یوٹیوب", "ইউটিউব", "யூடியூப்", "b站"),
    "tiktok": ("tiktok", "тикток", "ٹک ٹاک", "تیک تاک", "টিকটক", "抖音"),
    "telegram": ("telegram", "телеграм", "تلگرام", "ٹیلی گرام", "টেলিগ্রাম", "டெலிகிராம்"),
    "whatsapp": ("whatsapp", "вотсап", "واتساپ", "واٹس ایپ", "হোয়াটসঅ্যাপ", "வாட்ஸ்அப்"),
    "linkedin": ("linkedin", "линкедин", "لینکدین"),
    "threads": ("threads",),
    "twitter": ("twitter", "твитер", "توییتر", "ٹویٹر", "টুইটার", "ட்விட்டர்"),
    "google news": ("google news", "گوگل نیوز", "গুগল নিউজ", "google haber", "google tin tức"),
    "weibo": ("微博",),
    "wechat": ("微信",),
    "xiaohongshu": ("小红书",),
    "toutiao": ("今日头条",),
    "bluesky": ("bluesky",),
    "pinterest": ("pinterest",),
    "snapchat": ("snapchat",),
    "viber": ("viber", "вајбер", "вайбер"),
}
_NETWORK_NAMES = {name: network for network, names in _NETWORKS.items() for name in names}
_NETWORK = re.compile("|".join(sorted(map(re.escape, _NETWORK_NAMES), key=len, reverse=True)))
_ENGLISH_WORDS = "the and to on our your you of for in this here with at be"
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_LATIN_WORD = re.compile(r"[^\W\d_]")

#: the kinds of :class:`harness.checks.linewords.LineWords` a line may hold (:mod:`harness.checks.anylang`
#: uses the bits from 8 to 128): the words each family cannot do without, and its second evidence
SIGN_UP, COOKIE, NETWORK = 1, 2, 4
NEWSLETTER, MAIL_OR_NEWS, WEB_OR_AGREE, FOLLOW = 256, 512, 1024, 2048
LISTS = {
    SIGN_UP: _SIGN_UP,
    COOKIE: _COOKIE,
    NETWORK: tuple(_NETWORK_NAMES),
    NEWSLETTER: _NEWSLETTER,
    MAIL_OR_NEWS: _EMAIL + _NEWS,
    WEB_OR_AGREE: _WEB + _AGREE,
    FOLLOW: _FOLLOW,
}
_WORDS = LineWords(LISTS)
# the site or agreement word at a word's start where the script has words: "visited" holds no "site"
_WEB_OR_AGREE_WORD = re.compile(
    "|".join(
        f"(?<![^\\W\\d_]){re.escape(w)}" if w[0].isascii() and w[0].isalpha() else re.escape(w)
        for w in _WEB + _AGREE
    )
)


def _short(line: str, words: int) -> bool:
    """At most ``words`` words, or, for a line of a script written without spaces, ``_UNSPACED_CHARS``
    characters for ``_MAX_WORDS`` words."""
    n = line.count(" ") + 1
    if n > words:
        return False
    return n > 3 or len(line) <= _UNSPACED_CHARS * words // _MAX_WORDS


def _signs_up(low: str, held: int) -> bool:
    """A word for signing up and one for a newsletter, for e-mail or for news; in English, for a newsletter
    ("Sign up for the Disney+ bundle using the same email as your Hulu account" is a story's sentence)."""
    return bool(held & NEWSLETTER) or bool(held & MAIL_OR_NEWS and not _english(low))


def _english(low: str) -> bool:
    """An English line: letters of ASCII only, and two of English's commonest words."""
    if len(_ENGLISH & set(low.split())) < 2:
        return False
    return low.isascii() or not any(ch.isalpha() and not ch.isascii() for ch in low)


def _row(low: str, networks: int) -> bool:
    """The networks are most of the line ("Facebook | Instagram | X", "Sundan kami sa WhatsApp at YouTube"):
    a story's sentence that names two of them once says more ("Dochodzenie dotyczy tego, jak Facebook i
    Instagram wykorzystują dane nastolatków.")."""
    return low.count(" ") + 1 <= 2 * networks + _ROW_WORDS


def _holds(low: str, stems: tuple[str, ...]) -> bool:
    return any(stem in low for stem in stems)


def _networks(low: str) -> set[str]:
    """The networks ``low`` names, each name standing as a word where it is written in letters."""
    out = set()
    for m in _NETWORK.finditer(low):
        before, after = low[m.start() - 1 : m.start()], low[m.end() : m.end() + 1]
        if m.group(0).isascii() and (_LATIN_WORD.match(before) or (after.isascii() and after.isalpha())):
            continue  # inside a word: "threadsafe"
        out.add(_NETWORK_NAMES[m.group(0)])
    return out


def prompt_lines(
    body_lines: list[str], title: str | None = None, kinds: dict[int, int] | None = None
) -> list[tuple[str, str]]:
    """(line, message) for each line of ``body_lines`` that is one of the prompts above. ``kinds``: the
    kinds of words each line holds (:meth:`harness.checks.linewords.LineWords.kinds`), when the caller has
    them (:mod:`harness.checks.pagenotes`); only the lines holding a family's words are read."""
    if kinds is None:
        kinds = _WORDS.kinds(body_lines)
    out: list[tuple[str, str]] = []
    for i, held in sorted(kinds.items()):
        if held & (SIGN_UP | COOKIE | NETWORK):
            message = _prompt(body_lines, i, held, title)
            if message is not None:
                out.append((body_lines[i], message))
    return out


def _prompt(body_lines: list[str], i: int, held: int, title: str | None) -> str | None:
    """The prompt line ``i`` is, if any (``held``: the kinds of words it holds); the other lines are read
    for the words a story would repeat."""
    line = lowered(body_lines[i])
    if held & SIGN_UP and _short(line, _MAX_WORDS) and _signs_up(line, held):
        return "a newsletter sign-up prompt"
    if (
        held & COOKIE
        and held & WEB_OR_AGREE
        and _short(line, _COOKIE_WORDS)
        and _WEB_OR_AGREE_WORD.search(line)
    ):
        others = "\n".join(body_lines[:i] + body_lines[i + 1 :]).lower()
        if not _holds(others, tuple(s for s in _COOKIE if s in line)):
            return "a cookie notice"
    if held & NETWORK and _short(line, _FOLLOW_WORDS):
        named = _networks(line)
        two = len(named) >= 2
        if named and (held & FOLLOW or (two and ("follow" in line or _row(line, len(named))))):
            others = "\n".join([title or "", *body_lines[:i], *body_lines[i + 1 :]]).lower()
            if not _networks(others) & named:
                return "a follow-us row naming social networks"
    return None
