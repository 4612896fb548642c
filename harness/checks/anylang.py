"""A news page's furniture kept in the body as a line of its own, in many languages: ``boilerplate.notice``.

The labels every template prints around a story, read where no language's line patterns
(:mod:`harness.checks.patterns`) know the words. Each is a short line that opens with the label's words
(stems, lowercased, so inflections follow), or has a shape no story's sentence has:

* **A "read also" teaser**: the label, then a colon or a dash and the other story's headline ("Soma pia:
  ...", "Կարդացեք նաև՝ ...", "延伸阅读：...", "BUNU DA OKUYUN: ...").
* **A photo credit**: the word for a photo or its source, then the names ("Mynd: Anna Björnsdóttir", "Fot.
  PAP", "Asalin hoton, AP", "(Ảnh minh họa: TTXVN)"), or a Chinese photographer's "（王丽 摄）".
* **A counter or a comments prompt**: a word or two and a number in brackets alone ("Yorumlar (465)",
  "মন্তব্য (৫২)"), a number of comments ("193 komento"), or a word for commenting on a line that asks the
  reader to sign in ("Kirjaudu sisään kommentoidaksesi.") or says nothing else ("Komentiraj").
* **A share, related-stories or advertisement label** alone on a line of a few words ("Shiriki makala
  hii", "İlgili Haberler", "Sponsorēts saturs", "【广告】").
* **A copyright line**: "©" and a year a few words after it, or the words for all rights reserved or for
  crediting the site when its material is used ("Haƙƙin mallaka © 2021 ...", "کلیه حقوق این سایت متعلق
  به ...").

Only lines of at most ``_MAX_WORDS`` words are read, which most of an article's are not: for the words,
only those holding one of the lists' (:class:`harness.checks.linewords.LineWords`, one pass over the body);
for the shapes, each only when it may be one. Written from the twenty-ninth blind set's group A of
languages, then for its group B's and a few more from what those languages' sites write, without reading
group B's lines (docs/checks-accuracy.md, "Twenty-eighth pass").
"""

from __future__ import annotations

import re

from harness.checks.linewords import LineWords, lowered

NOTICE = "boilerplate.notice"
_MAX_WORDS = 40
_CREDIT_WORDS = 9
_LABEL_WORDS = 5
_COMMENT_WORDS = 12
_ALONE_CHARS = 24
_SHORT_LABEL = 4  # letters of a share label that is also the first word of a heading ("deel", "jaga")
_SHAPE_CHARS = 90  # characters of a line read for a shape but "©" and a year
#: what a line read for a shape holds: a sign ("/", "©", "摄"), or it ends in a bracket or with "nuotr.",
#: opens with a digit, or is a word or two
_SHAPE_SIGNS = frozenset("/©摄")
_SHAPE_ENDS = frozenset(")）")


def _stems(words: str) -> tuple[str, ...]:
    """The stems of a list written one per line."""
    return tuple(w.strip() for w in words.strip().splitlines())


def _alternation(stems: str) -> str:
    """A regex alternation of ``stems`` (one per line, as written: lowercased), the longest first."""
    return "|".join(sorted((re.escape(s.strip()) for s in stems.strip().splitlines()), key=len, reverse=True))


_READ_ALSO = """
bunu da okuyun
ilgili haber
lea también
lee también
te puede interesar
potrebbe interessarti
leggi anche
čítajte aj
prečítajte si
soma pia
soma zaidi
կարդացեք նաև
পড়ুন
আরও পড়ুন
sjá einnig
tengdar fréttir
lees ook
மேலும் படிக்க
இதையும் படிக்க
იხილეთ ასევე
ასევე წაიკითხეთ
loe ka
loe lisaks
مزید پڑھیں
یہ بھی پڑھیں
بیشتر بخوانید
بخوانید
погледајте и
прочитајте и
прочитајте још
延伸阅读
相关阅读
lue myös
citește și
həmçinin oxuyun
həmçinin bax
basahin
basahin din
pode interesarche
le tamén
lasīt arī
lasiet arī
przeczytaj też
przeczytaj także
czytaj też
czytaj także
preberite še
preberite tudi
διαβάστε επίσης
διαβάστε ακόμα
xem thêm
đọc thêm
shuningdek o‘qing
shuningdek, o‘qing
karanta kuma
տես նաև
διαβάστε ακόμη
oxu
sien ook
lasi arī
tin liên quan
همچنین بخوانید
unaweza pia kusoma
labarai masu alaƙa
citiți și
推荐阅读
bunlar da ilginizi çekebilir
ተጨማሪ ያንብቡ
اقرأ أيضا
اقرأ أيضاً
إقرأ أيضا
إقرأ أيضاً
прочетете още
вижте още
още по темата
llegeix també
també et pot interessar
čtěte také
přečtěte si také
čtěte též
read also
see also
also read
irakurri ere
lire aussi
à lire aussi
a lire aussi
voir aussi
lire également
קראו גם
עוד בנושא
यह भी पढ़ें
ये भी पढ़ें
और पढ़ें
pročitajte i
pročitajte još
ezt is olvasd
olvassa el
baca juga
simak juga
関連記事
あわせて読みたい
сондай-ақ оқыңыз
관련기사
관련 기사
함께 읽기
taip pat skaitykite
यो पनि पढ्नुहोस्
यो पनि पढ्नुस्
leia também
veja também
leia mais
читайте также
читай также
смотрите также
อ่านเพิ่มเติม
อ่านข่าวที่เกี่ยวข้อง
ข่าวที่เกี่ยวข้อง
читайте також
дивіться також
läs också
läs även
læs også
les også
lees meer
прочитајте
lexo edhe
lexoni gjithashtu
함께 읽으면 좋은 기사
شاهد أيضا
شاهد أيضاً
mohlo by vás zajímat
ይህንንም ያንብቡ
berkaitan
тағы оқыңыз
оқи отырыңыз
ez is érdekelheti
ezt is ajánljuk
kapcsolódó
et pot interessar
llegiu també
lesen sie dazu
lesen sie auch
mehr zum thema
auch interessant
irakurri hau ere
honi buruz gehiago
पढ़ें
à lire
a lire
อ่านข่าว
по темі
по теме
lihat juga
延伸閱讀
相關閱讀
推薦閱讀
看更多
更多新聞
हेही वाचा
हे पण वाचा
हेदेखील वाचा
ఇది కూడా చదవండి
ఇవి కూడా చదవండి
ಇದನ್ನೂ ಓದಿ
ಇದನ್ನು ಓದಿ
ഇതും വായിക്കുക
ഇതുകൂടി വായിക്കുക
આ પણ વાંચો
ਇਹ ਵੀ ਪੜ੍ਹੋ
"""
_PHOTO = """
fot.
foto
fotó
ljósmynd
mynd
hoto
asalin hoton
picha
picha kwa hisani ya
larawan
kuha ni
imaxe
ảnh
ảnh minh họa
φωτ.
φωτογραφία
φωτογραφία αρχείου
تصویر
منبع تصویر
عکس
فائل فوٹو
تصویر:
ছবি
லுசானகாரம்
լուսանկարը
լուսանկար
ֆոտո
სურათი
ფოტო
surat
sursa foto
извор
фото
allikas
kuva
図
图片来源
图
sumber foto
ፎቶ
صورة
الصورة
تصوير
снимка
imatge
snímek
bild
argazkia
photo
crédit photo
צילום
फोटो
तस्वीर
fotografija
kép
dok.
写真
撮影
сурет
사진
nuotr.
nuotrauka
gambar
तस्बिर
imagem
снимок
ภาพ
ภาพจาก
ภาพประกอบ
світлина
billede
bilde
beeld
izvor
사진 제공
写真提供
फाइल तस्बिर
antara foto
撮影・
圖片來源
圖／
攝影
照片
ఫోటో
ಫೋಟೋ
ഫോട്ടോ
ફોટો
ਫੋਟੋ
"""
_COMMENT = """
koment
kommentaar
kommentee
athugasemd
коментар
kommento
şərh
izoh
commenta
commenti
კომენტარ
கருத்து
মন্তব্য
maoni
yorum
sharhi
коммент
комент
תגובות
תגובה
تعليق
التعليقات
टिप्पणी
コメント
댓글
ความคิดเห็น
comentari
iruzkin
commentaire
kommentare
kommentarer
comentário
komentář
komentar
hozzászól
komentaras
komentarai
komentár
пікір
አስተያየት
प्रतिक्रिया
comment
kommentier
komentá
टिप्पणियां
reacties
reageer
kommentera
kommentere
kommenter
评论
留言
"""
_SIGN_IN = """
prijav
kirjaudu
daxil ol
tizimga kir
skráðu þig inn
autoriz
accedi
logi sisse
meld aan
giriş
ingia
zaloguj
prihlás
гаиარეთ
войдите
авторизуйтесь
увійдіть
влезте
התחברו
سجل الدخول
تسجيل الدخول
लॉग इन
ログイン
로그인
เข้าสู่ระบบ
inicia sessió
saioa hasi
connectez
einloggen
faça login
přihlaste
jelentkezz
masuk
prisijunk
log masuk
logga in
log ind
logg inn
ይግቡ
кіріңіз
logged in
log in
sign in
melden sie sich an
jelentkez
přihl
deixe
schreiben sie
leave a
laissez
napište
tinggalkan
напишите
залиште
登入
登录
"""
_SHARE = """
dalīties
dalies
shiriki
பகிர்
ulashish
maqolani ulashish
ibahagi
i-share
raba
deel
jaga
paylaş
xəbəri paylaş
deli
deila
分享
condividi
compartir
κοινοποίηση
podijeli
подели
podeľ
udostępnij
jaa
گذاری
شیئر
শেয়ার
поделиться
поділитися
споделете
сподели
שתפו
שיתוף
شارك
مشاركة
शेयर करें
साझा करें
シェア
共有
공유
แชร์
comparteix
partekatu
partager
teilen
compartilhe
compartilhar
sdílet
podijelite
megosztás
bagikan
dalintis
kongsi
सेयर
አጋራ
бөлісу
dela
delen
שתף
แชร์ไปยัง
pasidalinkite
ያጋሩ
cikk megosztása
share this story on
share this article
del artikeln
del artiklen
del artikkelen
deel dit artikel
分享到
షేర్ చేయండి
ಹಂಚಿಕೊಳ್ಳಿ
ഷെയർ ചെയ്യുക
શેર કરો
ਸ਼ੇਅਰ ਕਰੋ
"""
_RELATED = """
citește și
相关新闻
相关文章
ilgili haberler
diğer haberler
tengdar fréttir
noticias relacionadas
articoli correlati
powiązane
súvisiace články
sorodne novice
повезане вести
aiheeseen liittyvät
seotud
saistītie raksti
σχετικά άρθρα
tin liên quan
اخبار مرتبط
متعلقہ خبریں
সম্পর্কিত খবর
தொடர்புடைய செய்திகள்
მსგავსი სიახლეები
առնչվող
habari zinazohusiana
kaugnay na balita
verwante artikels
tengt efni
labarai masu alaƙa
похожие новости
новости по теме
по теме
схожі новини
по темі
свързани новини
още от
כתבות קשורות
أخبار ذات صلة
مقالات ذات صلة
संबंधित खबरें
संबंधित समाचार
関連記事
관련기사
관련 기사
notícies relacionades
lotutako albisteak
articles liés
ähnliche artikel
verwandte artikel
notícias relacionadas
související články
povezani članci
vezane vijesti
kapcsolódó cikkek
berita terkait
susiję straipsniai
berita berkaitan
सम्बन्धित समाचार
relaterade artiklar
relaterede artikler
relaterte saker
gerelateerde artikelen
ተዛማጅ
ұқсас жаңалықтар
lajme të ngjashme
ये भी पढ़ें
추천 기사
weitere artikel
관련 뉴스
और पढ़ें
相關新聞
相關文章
संबंधित बातम्या
సంబంధిత వార్తలు
ಸಂಬಂಧಿತ ಸುದ್ದಿ
ബന്ധപ്പെട്ട വാർത്തകൾ
સંબંધિત સમાચાર
"""
_ADVERT = """
tangazo
matangazo
reklama huquqi asosida
reklaam
reklāma
reklama
sponsorēts
sisuturundus
kaupallinen yhteistyö
mainos
anuncio
赞助内容
【广告】
广告
оглас
промо
sponsorlu
reklam
materiał sponsorowany
auglýsing
kynning
advertensie
geborgde inhoud
آگهی
اشتہار
tài trợ
quảng cáo
oglasno sporočilo
talla
বিজ্ঞাপন
விளம்பரம்
διαφήμιση
χορηγούμενο
pubblicità
publicidade
publicidad
sponzorované
sponzorirano
реклама
գովազդ
რეკლამა
פרסומת
إعلان
विज्ञापन
広告
광고
โฆษณา
publicitat
publizitatea
publicité
anzeige
werbung
hirdetés
iklan
annons
annonce
annonse
advertentie
ማስታወቂያ
жарнама
sponsored
gesponsert
patrocinado
sponsorisé
спонсор
ממומן
برعاية
प्रायोजित
スポンサー
스폰서
partenariat
iragarkia
gesponserter inhalt
sponzorirani sadržaj
užsakomasis turinys
szponzorált tartalom
contingut patrocinat
kandungan tajaan
promo
story continues below advertisement
continua após a publicidade
廣告
贊助
赞助
ప్రకటన
ಜಾಹೀರಾತು
പരസ്യം
જાહેરાત
ਇਸ਼ਤਿਹਾਰ
"""
_RIGHTS = """
haƙƙin mallaka
an kiyaye duk haƙƙoƙi
hakimiliki
haki zote zimehifadhiwa
kopiereg
alle regte voorbehou
版权所有
সর্বস্বত্ব সংরক্ষিত
کلیه حقوق
حقوق محفوظ
ყველა უფლება დაცულია
barcha huquqlar
materiallardan foydalanilganda
materiallardan istifadə
bütün hüquqlar
tüm hakları saklıdır
todos los derechos reservados
tutti i diritti riservati
wszelkie prawa zastrzeżone
toate drepturile rezervate
všetky práva vyhradené
vse pravice pridržane
сва права задржана
kaikki oikeudet pidätetään
allur réttur áskilinn
kõik õigused kaitstud
visas tiesības aizsargātas
bản quyền thuộc về
giữ bản quyền
ذکر منبع
օգտագործման դեպքում հղումը
բոլոր իրավունքները պաշտպանված են
όλα τα δικαιώματα
எல்லா உரிமைகளும்
все права защищены
всі права захищені
всички права запазени
כל הזכויות שמורות
جميع الحقوق محفوظة
सर्वाधिकार सुरक्षित
無断転載
無断複製
무단 전재
무단전재
สงวนลิขสิทธิ์
tots els drets reservats
eskubide guztiak
tous droits réservés
alle rechte vorbehalten
todos os direitos reservados
všechna práva vyhrazena
sva prava pridržana
minden jog fenntartva
hak cipta dilindungi
visos teisės saugomos
hak cipta terpelihara
alla rättigheter förbehållna
alle rettigheder forbeholdes
alle rettigheter reservert
alle rechten voorbehouden
መብቱ በሕግ
барлық құқықтар қорғалған
të gjitha të drejtat
未經授權
不得轉載
禁止轉載
版權所有
"""

_OPENS = r"^[\s«»<>＜\"'(（\[【•·*–—-]*"
#: what ends a label: a colon, a dash, a full stop, Armenian's and Amharic's colons, a closing bracket
_SIGN = r"[:：՝፦.\-–—＞>】\]]"
#: the label, then its sign at once, or a colon after a word or two more ("Prečítajte si aj: ...")
_READ_ALSO_LINE = re.compile(
    _OPENS + r"(?:" + _alternation(_READ_ALSO) + r")(?:\s*" + _SIGN + r"|[^:：՝፦\n]{1,24}?\s*[:：՝፦])"
)
#: the word, then a sign and the names; or, for a word that ends in a full stop or of several words ("Fot.
#: PAP", "Kuha ni Juan dela Cruz"), a space; or the word and the names in brackets ("(Foto EPA)"): a story's
#: heading opens with "Foto" or "Bild" and a space too
_PHOTO_LINE = re.compile(
    _OPENS
    + r"(?:(?:"
    + _alternation(_PHOTO)
    + r")\s*[:：՝፦,/|=・]\s*\S|(?:"
    + _alternation("\n".join(s for s in _PHOTO.split("\n") if s.endswith((".", "จาก")) or " " in s.strip()))
    + r")\s+\S)"
)
_PHOTO_BRACKETED = re.compile(r"^[(（](?:" + _alternation(_PHOTO) + r")\s[^()（）]{2,40}[)）]$")
_PHOTOGRAPHER = re.compile(r"^[（(]\S{1,4}(?:\s\S{1,4})?\s?摄[）)]$|^图/")
#: a name of two words or more and an agency ("Megan Whitaker/Alamy", "Laura Hughes/AAP"; "CDU/CSU" is
#: not), or an agency's credit in Lithuanian ("BNS nuotr."): the agency in capitals or one of the wires and
#: picture agencies every country prints
_AGENCY = (
    r"[A-Z]{2,6}|Reuters|Bloomberg|Alamy|Getty(?: Images)?|Shutterstock|Xinhua|Imago|Keystone|Pixsell|Anadolu"
    r"|Associated Press|Agencia EFE|Sipa|Zuma|Depositphotos|iStock|Unsplash"
)
_NAME_AND_AGENCY = re.compile(
    r"^[^\W\d_][^\s/]*(?: [^\W\d_][^\s/]*){1,3}\s?/\s?(?:" + _AGENCY + r")(?: via [^/]{2,30})?$"
)
_LITHUANIAN_CREDIT = re.compile(r"^\S+(?: \S+){0,2} nuotr\.$", re.IGNORECASE)
_COUNTER = re.compile(
    r"^[^\s\d()（）]+(?: [^\s\d()（）]+)?\s*[(（](?!(?:19|20)\d\d[)）])[\d০-৯٠-٩۰-۹]{1,6}[)）]$"
)
_COUNT_OF = re.compile(r"^\d{1,6}\s+(?:" + _alternation(_COMMENT) + r")")
_COUNT_IN_BRACKETS = re.compile(r"[(（]\d{1,6}\s*(?:" + _alternation(_COMMENT) + r")[^()（）]{0,4}[)）]$")
_ALONE = re.compile(
    _OPENS
    + r"(?:(?P<share>"
    + _alternation(_SHARE)
    + r")|(?P<related>"
    + _alternation(_RELATED)
    + r")|(?P<ad>"
    + _alternation(_ADVERT)
    + r"))(?![^\W\d_])"
)
#: what may follow an advertisement's or a related-stories label on its line: a word, at most ("Sponsorēts
#: saturs"); "Werbung für Cannabis verboten" is a heading
_LABEL_TAIL = re.compile(r"\s*[:：.!]?\s*(?:\S+\s*)?[:：.!]?$")
#: "©" and a year within a few words after it ("© 2021 ...", "© msn.com 2018"), in Latin, Bengali or Persian
#: digits
_SIGN_AND_YEAR = re.compile(
    r"©[^©\n]{0,40}?(?:(?<!\d)(?:19|20)\d\d(?!\d)|[১২][৯০][০-৯]{2}|[۱۲][۹۰][۰-۹]{2}|[१२][९०][०-९]{2})"
)
#: an advertisement's label that is the whole line, too short to be read as a label's first word
_AD_LINE = re.compile(r"^[\s\[(【-]*(?:ad|pr|anzeige|werbung)[\s\])】-]*$")
_DIGIT = re.compile(r"\d")
_ALONE_MESSAGES = {
    "share": "a share prompt",
    "related": "a related-stories heading",
    "ad": "an advertisement label",
}


#: the kinds of :class:`harness.checks.linewords.LineWords` a line may hold (:mod:`harness.checks.prompts`
#: uses the first bits); the labels' words count only where they open a line (``OPENING``)
READ, PHOTO, ALONE, SIGN_IN, RIGHTS = 8, 16, 32, 64, 128
OPENING = READ | PHOTO | ALONE
LISTS = {
    READ: _stems(_READ_ALSO),
    PHOTO: _stems(_PHOTO),
    ALONE: _stems(_SHARE) + _stems(_RELATED) + _stems(_ADVERT),
    SIGN_IN: _stems(_SIGN_IN),
    RIGHTS: _stems(_RIGHTS),
}
_WORDS = LineWords(LISTS, OPENING)
_COMMENT_WORD = re.compile(_alternation(_COMMENT))


def furniture_lines(body_lines: list[str], kinds: dict[int, int] | None = None) -> list[tuple[str, str]]:
    """(line, message) for each line of ``body_lines`` that is one of the labels above. ``kinds``: the
    kinds of words each line holds (:meth:`harness.checks.linewords.LineWords.kinds`), when the caller has
    them (:mod:`harness.checks.pagenotes`). A line holding none of the lists' words is read only for the
    shapes that need none (a counter, a name and an agency, "©" and a year)."""
    if kinds is None:
        kinds = _WORDS.kinds(body_lines)
    found: dict[int, str] = {}
    for i, held in kinds.items():
        words = body_lines[i].count(" ") + 1
        message = _message(lowered(body_lines[i]).strip(), words, held) if words <= _MAX_WORDS else None
        if message is not None:
            found[i] = message
    for i, message in _shapes(body_lines):
        found.setdefault(i, message)
    return [(body_lines[i], found[i]) for i in sorted(found)]


def _shapes(body_lines: list[str]) -> list[tuple[int, str]]:
    """The labels told by their shape, whatever their words: read in the lines short enough to be one
    (``_SHAPE_CHARS``), and for "©" and a year in the lines holding "©"."""
    read = [i for i, n in enumerate(map(len, body_lines)) if n <= _SHAPE_CHARS]
    if "©" in "".join(body_lines):
        read = sorted({*read, *(i for i, line in enumerate(body_lines) if "©" in line)})
    out: list[tuple[int, str]] = []
    for i in read:
        line = body_lines[i].strip()
        if (
            line[-1:] in _SHAPE_ENDS
            or line[:1].isdigit()
            or len(line) <= _ALONE_CHARS
            or not _SHAPE_SIGNS.isdisjoint(line)
            or line[-6:].lower() == "nuotr."
        ):
            message = _shape(line, lowered(line))
            if message is not None:
                out.append((i, message))
    return out


def _shape(line: str, low: str) -> str | None:
    words = line.count(" ") + 1
    if words > _MAX_WORDS:
        return None
    if words <= _CREDIT_WORDS:
        if "/" in line and _NAME_AND_AGENCY.match(line):
            return "a photo credit"
        if low.endswith("nuotr.") and _LITHUANIAN_CREDIT.match(line):
            return "a photo credit"
        if ("摄" in line or line.startswith("图/")) and _PHOTOGRAPHER.match(line):
            return "a photo credit"
        if words <= 3 and line.endswith((")", "）")) and _COUNTER.match(low):
            return "a counter"
        if words <= 3 and low[:1].isdigit() and _COUNT_OF.match(low):
            return "a counter"
        if words <= 2 and len(low) <= _ALONE_CHARS:
            return _bare(low)
    if words <= _COMMENT_WORDS and line.endswith((")", "）")) and _COUNT_IN_BRACKETS.search(low):
        return "a counter"
    if "©" in line and _SIGN_AND_YEAR.search(low):
        return "a copyright line"
    return None


def _bare(low: str) -> str | None:
    """A word or two alone: an advertisement's label ("AD", "[PR]"), or the comments' ("Kommentare",
    "Article Comments"; "Commentary" labels an opinion piece)."""
    if _AD_LINE.match(low):
        return "an advertisement label"
    if "commentary" not in low and _COMMENT_WORD.search(low):
        return "a comments prompt"
    return None


def _tail_fits(low: str, m: re.Match[str], kind: str) -> bool:
    """What follows a label alone on its line: at most a word after a related-stories or an advertisement
    label ("Sponsorēts saturs"), and at most two after a share label of four letters or fewer ("Raba wannan
    labari"; "Deel van de oplossing" is a Dutch heading, "deel" its first word)."""
    if kind != "share":
        return _LABEL_TAIL.match(low, m.end()) is not None
    return len(m.group(kind)) > _SHORT_LABEL or low[m.end() :].count(" ") <= 2


def _message(low: str, words: int, held: int) -> str | None:
    """The labels told by their words (``held``: the kinds of words the line holds)."""
    if held & READ and _READ_ALSO_LINE.match(low):
        return "a 'read also' teaser"
    if held & PHOTO and words <= _CREDIT_WORDS and (_PHOTO_LINE.match(low) or _PHOTO_BRACKETED.match(low)):
        return "a photo credit"
    if held & SIGN_IN and words <= _COMMENT_WORDS and _COMMENT_WORD.search(low):
        return "a comments prompt"  # a word for commenting and one for signing in
    if held & ALONE and words <= _LABEL_WORDS and not _DIGIT.search(low):
        m = _ALONE.match(low)
        kind = m.lastgroup if m is not None else None
        if m is not None and kind is not None and _tail_fits(low, m, kind):
            return _ALONE_MESSAGES[kind]
    if held & RIGHTS:
        return "a copyright line"
    return None
