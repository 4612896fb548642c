"""A control's label alone on a line: the words of a page's buttons and links, and nothing else.

A page's controls are labelled from a small vocabulary that is the same on every site: a verb of the
interface ("Print", "Save", "Load more", "Download PDF", "Report a typo", "Weiterlesen", "Lire la suite",
"Leer más", "Поделиться"), the things it acts on (an article, a page, comments, a PDF, the newsletter) and
the small words between them ("this", "a", "our", "us"). An extractor that keeps a toolbar, a button row or
a "more" link keeps such a line amid the article. A heading of the article is made of the article's own
words: "The road ahead", "Why prices rose", "Live from Kyiv". So a line is a control's label when it is
short, ends no sentence, every one of its words is in the vocabulary below, one of them is an interface
verb and two are not small words ("The show" is a heading); a word alone only when it is a verb no heading
is made of ("Share", "Drucken").

Three more labels are whole lines from short lists: a footer's link to a site's legal and service pages
("Privacy policy", "Impressum", "Mentions légales"), or two of them run together ("About us Contact us"), an
ad slot's label ("Anzeige", "Реклама", "広告") and a news ticker's ("EILMELDUNG", "Última hora"). The
things a control acts on include a friend, a forum and the editor ("E-mail this article to a friend",
"Discuss on the Forum", "Write to the editor"), and two buttons' words may share a slash ("Save/Share
Story"; session 37). The vocabulary is written for 26 languages with spaces between
words (en, de, fr, es, it, pt, nl, sv, da, no, pl, cs, ru, uk, tr, id, ro, hu, el, fi, ca, hr/sr, bg, sk,
vi, tl) and, as whole labels, for Chinese, Japanese, Korean and Thai. The words are the interface's, not a
site's; measured on clean bodies in docs/checks-accuracy.md ("Thirteenth pass").
"""

from __future__ import annotations

import re

from harness.checks.text import word_set

_MAX_WORDS = 6
LABEL = "a control's label alone on a line"
FOOTER = "a footer's link to a service page"
AD = "an ad slot's label"
BANNER = "a news ticker's label"
TEXT_SIZE = "a text-size control"
FOLLOW = "a follow button for a person"
#: every reason :func:`control_label` gives
KINDS = (LABEL, FOOTER, AD, BANNER, TEXT_SIZE, FOLLOW)
_MAX_CHARS = 60
_VALUE_WORDS = 5  # words after a label's colon: the topic or the thing the control acts on



# the verbs of buttons and links, as they are written on them (imperative, infinitive, or both)
_VERBS = word_set(
    """
    print email e-mail mail share save bookmark download load show view see read watch listen play
    expand report send contact follow unfollow subscribe unsubscribe sign log register join comment reply
    copy translate select choose change zoom enlarge continue jump skip scroll click tap
    donate upgrade explore discover browse search filter sort like rate vote tweet pin cite mute unmute
    refresh reload submit manage leave add remove hide write post install visit learn find get toggle
    teilen drucken speichern merken herunterladen laden lesen weiterlesen anzeigen ansehen anschauen
    hören abspielen öffnen melden senden schicken kontaktieren folgen abonnieren anmelden abmelden
    registrieren kommentieren antworten kopieren übersetzen auswählen wählen ändern vergrößern
    schließen entdecken suchen bewerten abstimmen spenden einloggen ausloggen schreiben zeigen
    partager imprimer enregistrer sauvegarder télécharger charger afficher voir lire écouter regarder
    ouvrir signaler envoyer contacter suivre abonnez s'abonner abonner connecter inscrire commenter
    répondre copier traduire choisir sélectionner changer agrandir fermer découvrir rechercher voter
    compartir comparte imprimir guardar descargar cargar mostrar ver leer lee escuchar mirar abrir
    reportar enviar contactar seguir sigue suscribirse suscríbete registrarse comentar responder copiar
    traducir elegir seleccionar cambiar ampliar cerrar descubrir buscar votar inicia iniciar
    condividi condividere stampa stampare salva salvare scarica scaricare carica mostra vedi leggi
    ascolta guarda apri segnala invia contatta contattaci segui iscriviti accedi registrati commenta
    rispondi copia traduci scegli seleziona cambia ingrandisci chiudi scopri cerca vota
    compartilhar compartilhe partilhar partilhe salvar baixar carregar ler leia ouvir assistir assinar
    assine abra contate siga inscreva-se entrar comente responda traduzir escolha mudar feche descubra
    pesquisar
    delen deel opslaan afdrukken printen downloaden laden toon bekijk lees luister melden
    verstuur volg abonneer aanmelden inloggen reageer kopieer vertaal kies sluit ontdek zoek
    dela skriv spara ladda läs lyssna öppna rapportera skicka följ prenumerera logga kommentera
    svara kopiera översätt välj stäng upptäck sök
    udskriv gem hent vis læs lyt åbn rapporter send følg abonner tilmeld log kommenter svar kopier
    oversæt vælg luk søg lagre skriv lytt åpne følg abonner logg svar lukk
    udostępnij drukuj zapisz pobierz załaduj pokaż zobacz czytaj słuchaj otwórz zgłoś wyślij obserwuj
    subskrybuj zaloguj zarejestruj skomentuj odpowiedz kopiuj przetłumacz wybierz zamknij szukaj
    sdílet sdílejte tisk vytisknout uložit stáhnout načíst zobrazit zobrazte číst čtěte poslechnout
    otevřít nahlásit odeslat sledovat odebírat přihlásit komentovat odpovědět kopírovat přeložit
    vybrat zavřít hledat
    поделиться поделитесь печать распечатать сохранить скачать загрузить показать смотреть читать
    слушать открыть сообщить отправить подписаться подпишитесь войти зарегистрироваться
    комментировать ответить копировать перевести выбрать закрыть искать найти
    поділитися друк зберегти завантажити показати дивитися читати слухати відкрити повідомити
    надіслати підписатися увійти коментувати відповісти перекласти обрати закрити шукати
    paylaş yazdır kaydet indir yükle göster gör oku okuyun dinle izle aç bildir gönder takip abone
    giriş yorum yanıtla kopyala çevir seç kapat keşfet ara
    bagikan cetak simpan unduh muat tampilkan lihat baca dengarkan tonton buka laporkan kirim ikuti
    berlangganan masuk daftar komentari balas salin terjemahkan pilih tutup cari
    create erstellen créer crear creare criar maak skapa opret opprett utwórz vytvořit создать створити
    oluştur buat
    partajează distribuie printează salvează descarcă încarcă afișează vezi citește ascultă urmărește
    abonează-te comentează răspunde traduce alege închide caută
    megosztás megosztom nyomtatás mentés letöltés betöltés mutasd megnézem olvasd elolvasom hallgasd
    nézd feliratkozás bejelentkezés regisztráció hozzászólás válasz fordítás keresés
    κοινοποίηση εκτύπωση αποθήκευση λήψη φόρτωση δείτε διαβάστε ακούστε ακολουθήστε εγγραφείτε
    σύνδεση σχόλιο απάντηση μετάφραση αναζήτηση
    jaa tulosta tallenna lataa näytä katso lue kuuntele seuraa tilaa kirjaudu rekisteröidy
    kommentoi vastaa käännä valitse sulje etsi
    compartir comparteix imprimeix desa descarrega mostra llegeix escolta segueix subscriu-te comenta
    respon tradueix tria tanca cerca
    podijeli podeli ispiši spremi sačuvaj preuzmi učitaj prikaži pogledaj pročitaj čitaj slušaj prati
    pretplati prijavi komentiraj komentariši odgovori prevedi odaberi izaberi zatvori pretraži
    pročitajte pogledajte podijelite podelite pratite preuzmite
    сподели принтирай запази изтегли зареди покажи виж прочети слушай последвай абонирай влез
    коментирай отговори преведи избери затвори търси
    zdieľať zdieľajte vytlačiť uložiť stiahnuť načítať zobraziť čítať počúvať sledovať prihlásiť
    komentovať odpovedať preložiť vybrať zavrieť hľadať
    xem đọc lưu tải gửi chia theo đăng bình nghe tìm chọn đóng
    basahin ibahagi sundan tingnan panoorin pakinggan i-print i-download i-save mag-subscribe
    magkomento sumagot isalin isara hanapin
    kongsi muat langgan
    gift give verschenken schenken offrir regala regalar regalare presentear podaruj podarować подарить
    подаруйте geven hinzufügen eintragen ajouter añadir aggiungi aggiungere adicionar toevoegen dodaj
    ekle добавить додати
    discuss diskutieren diskutiere discuter discutez discutir discute discutere discuti bespreek diskutera
    diskuter diskutuj diskutovat обсудить обговорити tartış diskusikan
    printable printer-friendly druckversion imprimable imprimible stampabile
    """
)
# the things the verbs act on, and words that stand with a verb on a button ("more", "all", "now", "us")
_OBJECTS = word_set(
    """
    article articles story stories post posts page pages site website app pdf comments feedback typo
    error mistake correction newsletter newsletters alerts notifications topic author link url gallery
    photos photo images image pictures picture video videos audio podcast episode updates
    details full text size font language settings account profile preferences reading list later
    favourites favorites bookmarks menu section content options version edition e-paper epaper
    subscription offer cart basket tickets inbox copy print more less all next previous older newer
    entries thread discussion conversation transcript slideshow slides replies here now us me caption
    facebook twitter instagram linkedin whatsapp telegram youtube tiktok pinterest reddit threads
    artikel beitrag beiträge seite kommentare kommentar fehler thema autor galerie bilder bild fotos
    schrift schriftgröße sprache einstellungen konto profil merkliste liste menü inhalt
    angebot warenkorb uns mehr jetzt alle hier weiter
    l'article commentaires commentaire erreur avis lettre thème sujet auteur lien galerie vidéo vidéos
    détails texte taille police langue paramètres compte liste contenu offre panier suite nous
    plus tous toutes ici maintenant
    artículo artículos página sitio aplicación comentarios comentario boletín tema enlace galería fotos
    foto imágenes vídeo detalles texto tamaño idioma ajustes cuenta perfil lista menú
    contenido oferta carrito noticia nota más todo todos todas aquí ahora
    articolo articoli pagina sito commenti commento errore notizia autore collegamento galleria immagini
    dettagli testo dimensione lingua impostazioni profilo elenco contenuto offerta carrello
    altro altri tutto tutti tutte qui ora
    artigo artigos notícia aplicativo comentários erro boletim imagens detalhes tamanho
    configurações conta conteúdo carrinho mais tudo agora aqui
    artikelen reacties reactie fout nieuwsbrief onderwerp auteur galerij foto's tekst taal
    instellingen profiel inhoud aanbieding winkelwagen meer alle alles nu hier ons
    artikeln sidan sidor kommentarer fel nyhetsbrev ämne författare länk galleri språk
    inställningar innehåll artiklen siden fejl nyhedsbrev emne forfatter billeder indstillinger
    innhold artikkelen innstillinger mer mere alla alle här her nu oss os
    artykuł artykułu stronę komentarze komentarz błąd temat autora galerię zdjęcia wideo tekst
    rozmiar czcionki język ustawienia listę treść ofertę koszyk więcej wszystkie tutaj teraz nas
    článek článku stránku komentáře komentář chybu téma galerii fotky velikost písma jazyk
    nastavení účet obsah více vše zde nyní nás
    статью статья статьи страницу страница комментарии комментарий ошибку рассылку тему автора ссылку
    галерею фото видео текст размер шрифта язык настройки аккаунт профиль список
    содержание ещё еще все далее подробнее здесь сейчас нас
    статтю статті сторінку коментарі помилку розсилку посилання відео розмір шрифту мову
    налаштування ще більше далі детальніше тут зараз нас
    haberi haber makaleyi makale sayfayı sayfa yorumlar yorumu hatayı bülten konu yazarı bağlantı
    galeri fotoğraflar metin boyutu dil ayarlar hesap içerik daha fazla tümü devamını ol yap
    bizi
    berita halaman situs aplikasi komentar kesalahan buletin topik penulis tautan teks ukuran
    bahasa pengaturan akun daftar konten lagi lainnya selengkapnya semua sini sekarang kami
    articolul articol pagina comentarii comentariu eroare știri galerie mai mult multe toate
    aici
    acum noi
    cikket cikk oldalt hozzászólások hibát galéria tovább több mind itt most minket
    άρθρο άρθρα σελίδα σχόλια λάθος ειδήσεις συλλογή περισσότερα όλα εδώ τώρα μας
    artikkeli artikkelin sivu kommentit virhe uutiskirje galleria lisää kaikki täällä nyt
    meitä
    article pàgina comentaris error butlletí galeria més tot aquí ara
    članak članka stranicu komentare grešku vijesti galeriju više sve ovdje sada nas
    статията страницата коментари грешка новини галерия още всички тук сега нас
    článok článku stránku komentáre chybu galériu viac všetko tu teraz
    thêm tiếp sẻ dõi ký luận bài viết tin tức xuống nhập ảnh chúng tôi ngay tất cả lỗi báo
    din rin pa kami namin artikulo balita higit lahat ngayon
    calendar kalender calendrier calendario agenda kalendarza takvime календарь календаря календаря
    reportagem cadeau konuyu
    friend friends freund freunde freundin ami amie amis amigo amigos amiga amico amici vriend vrienden
    vän vänner ven venner venn znajomemu znajomym znajomego příteli přítele známým другу друзьям другові
    друзям arkadaşına arkadaşlarına teman
    forum forums foren fórum foro foros forumu форум форуме
    editor editors redaktion redaktor redakteur rédaction rédacteur redacción redazione redação redactie
    redaktionen redaksjonen redakcja redakce редакция редакцію редакції редакции editöre redaksi
    letter leserbrief news entry
    """
)
# the small words between them: articles, determiners, prepositions, conjunctions; a label of a verb and
# these alone ("The show", "In play") is a heading as often as a button
_GLUE = word_set(
    """
    this the a an our your my to on in at for of with and or up out off via it
    den der die das dem ein eine einen diesen dieser dieses diese zum zur unseren unsere unserem auf im
    in per als für mit und oder
    le la les l' un une ce cet cette notre nos votre vos au aux du de des d' à en et ou
    el la los las lo un una este esta nuestro nuestra nuestros tu tus su al del de en y o
    il lo la i gli le un una questo questa nostro nostra tuo tua al alla del della di in e o
    o os a as um uma este esta nosso nossa seu sua ao à do da de em e ou
    de het een dit deze onze je jouw uw op in voor van met en of aan
    den det en ett denna detta vår vårt våra din ditt dina på i för av med och eller vores jeres dit
    til af og
    ten tę ta to nasz nasze naszą twój na w we do z i lub
    tento tuto tato náš naše váš na v do z a nebo
    эту этот это наш нашу наши ваш в на для и или
    цю цей наш нашу у в на для і або
    bu bizim sizin ve veya
    ini itu kita anda di ke dari dan atau
    cu pe în la și sau al a ale
    a az ezt ezen és vagy
    το τα τη την του της με και ή σε στο στη
    ja tai
    el la els les un una aquest aquesta al del de en i o
    na u za i ili od
    на за и или от
    na v za a alebo
    của và hoặc các những
    ang ng sa mga at o
        """
)
_VOCABULARY = _VERBS | _OBJECTS | _GLUE
# verbs that label a button alone: no heading is made of one of them
_ALONE = word_set(
    """
    print email e-mail share bookmark tweet subscribe unsubscribe download reply translate
    teilen drucken merken herunterladen übersetzen abonnieren weiterlesen
    partager imprimer télécharger répondre traduire compartir imprimir descargar responder traducir
    suscríbete condividi scarica rispondi traduci iscriviti compartilhar partilhar baixar
    delen afdrukken downloaden dela udostępnij drukuj pobierz sdílet поделиться распечатать скачать
    подписаться поділитися завантажити підписатися paylaş yazdır indir bagikan cetak unduh
    printer-friendly druckversion
    """
)
# the names of a site's legal and service pages, each a whole line
# what a control with a value after its colon acts on: a topic, an author, a tag or a section
_VALUE_NOUNS = word_set(
    """
    topic topics tag tags author section thema themen schlagwort autor rubrik sujet thème auteur rubrique
    tema temas autore argomento assunto onderwerp auteur rubriek ämne författare temat autora тему тема
    автора konu konuyu yazar topik penulis
    """
)
_FOOTER_LINKS = frozenset(
    (
        "privacy policy", "privacy notice", "privacy settings", "cookie policy", "cookie settings",
        "terms of use", "terms of service", "terms and conditions", "about us", "contact us",
        "advertise with us", "work with us", "accessibility statement", "legal notice", "sitemap",
        "site map", "rss feeds", "impressum", "datenschutz", "datenschutzerklärung", "nutzungsbedingungen",
        "agb", "cookie-einstellungen", "über uns", "mentions légales", "politique de confidentialité",
        "conditions d'utilisation", "conditions générales d'utilisation", "gestion des cookies",
        "qui sommes-nous", "plan du site", "aviso legal", "política de privacidad", "política de cookies",
        "términos y condiciones", "quiénes somos", "mapa del sitio", "note legali", "informativa privacy",
        "informativa sulla privacy", "termini e condizioni", "chi siamo", "política de privacidade",
        "termos de uso", "quem somos", "privacybeleid", "algemene voorwaarden", "over ons",
        "integritetspolicy", "om oss", "privatlivspolitik", "om os", "personvern",
        "polityka prywatności", "regulamin", "o nas", "ochrana osobních údajů", "o nás",
        "политика конфиденциальности", "пользовательское соглашение", "о нас", "о проекте",
        "політика конфіденційності", "про нас", "gizlilik politikası", "kullanım koşulları",
        "hakkımızda", "kebijakan privasi", "syarat dan ketentuan", "tentang kami", "pedoman media siber",
        "kontakt", "kontakta oss", "kontakt oss", "kontaktujte nás", "contactez-nous", "contáctenos",
        "contattaci", "fale conosco", "contacteer ons", "skontaktuj się z nami", "связаться с нами",
        "politica de confidențialitate", "termeni și condiții", "despre noi", "adatvédelem",
        "adatvédelmi nyilatkozat", "impresszum", "rólunk", "πολιτική απορρήτου", "όροι χρήσης",
        "σχετικά με εμάς", "tietosuojaseloste", "käyttöehdot", "meistä", "política de privadesa",
        "avís legal", "qui som", "politika privatnosti", "uvjeti korištenja", "o nama",
        "политика за поверителност", "общи условия", "за нас", "ochrana osobných údajov",
        "chính sách bảo mật", "điều khoản sử dụng", "giới thiệu", "liên hệ",
    )
)
# the label of an ad slot, a whole line
_AD_LABELS = frozenset(
    (
        "advertisement", "sponsored", "sponsored content", "paid post", "paid content", "partner content",
        "promoted", "promoted content", "anzeige", "werbung", "gesponsert", "publicité",
        "contenu sponsorisé", "contenu partenaire", "publicidad", "contenido patrocinado", "patrocinado",
        "pubblicità", "contenuto sponsorizzato", "publicidade", "conteúdo patrocinado", "advertentie",
        "gesponsord", "annons", "annonse", "annonce", "reklame", "reklama", "реклама", "reklam", "iklan",
        "konten bersponsor", "publicitate", "hirdetés", "διαφήμιση", "mainos", "publicitat", "oglas",
        "quảng cáo", "patalastas", "إعلان", "اعلان", "विज्ञापन", "פרסומת", "تبلیغ", "โฆษณา", "广告",
        "廣告", "広告", "광고",
    )
)
# a news ticker's or a live banner's label, a whole line
_BANNER_LABELS = frozenset(
    (
        "breaking", "breaking news", "just in", "news alert", "eilmeldung", "eil", "dernière minute",
        "alerte info", "última hora", "urgente", "ultim'ora", "ultima ora", "última hora", "laatste nieuws",
        "senaste nytt", "pilne", "pilna wiadomość", "срочно", "срочная новость", "молния", "терміново",
        "son dakika", "flaş", "berita terkini", "tin nóng", "عاجل", "खास खबर", "ब्रेकिंग न्यूज़", "突发",
        "快讯", "速報", "속보",
    )
)
# a reader's text-size control: its label, or its buttons ("A A A", "A- A+"), a whole line
_TEXT_SIZE = frozenset(
    (
        "text size", "font size", "textgröße", "schriftgröße", "schriftgrösse", "taille du texte",
        "taille de police", "tamaño del texto", "tamaño de letra", "tamaño de fuente", "dimensione del testo",
        "dimensione carattere", "tamanho do texto", "tamanho da fonte", "tekstgrootte", "lettergrootte",
        "textstorlek", "tekststørrelse", "rozmiar tekstu", "rozmiar czcionki", "velikost písma",
        "размер шрифта", "розмір шрифту", "yazı boyutu", "ukuran teks", "ukuran huruf", "cỡ chữ",
        "文字サイズ", "字号", "字體大小", "글자 크기",
    )
)
_SIZE_BUTTONS = re.compile(r"(?:[aа][+\-−–]*\s*){2,4}|[aа]\s*[+\-−–]\s*[aа]\s*[+\-−–]", re.IGNORECASE)
# the same control in words: "Larger text Smaller text", "Increase font size | Decrease font size"
_SIZE_WORDS = re.compile(
    r"(?:(?:larger|smaller|bigger|increase|decrease|reset) (?:text|font)(?: size)?\s*[|/·]?\s*){1,3}"
)
# a follow button for a person: its verb, then one to four capitalised words ("Follow Jane Miller", "Suivre
# Jean Dupont", "Jane Miller folgen"), and perhaps the platform ("on X", "auf Twitter")
_FOLLOW_FIRST = word_set(
    "follow suivre seguir segui siga volg följ følg obserwuj sledujte sledovat подписаться ikuti"
)
_FOLLOW_LAST = word_set("folgen abonnieren volgen takip")
_FOLLOW_GLUE = word_set("a à on auf en na su no op på di et")
_PLATFORMS = word_set("x twitter facebook instagram linkedin threads bluesky mastodon")
_FOLLOW_NAMES = 4
# whole labels in scripts written without spaces (Chinese, Japanese, Korean)
_CJK_LABELS = frozenset(
    (
        "分享", "分享到", "打印", "收藏", "下载", "阅读全文", "查看更多", "加载更多", "展开全文", "显示更多",
        "相关阅读", "推荐阅读", "延伸阅读", "关注我们", "举报", "评论", "发表评论", "返回顶部", "返回首页",
        "分享至", "閱讀全文", "查看更多", "載入更多", "相關閱讀", "推薦閱讀", "延伸閱讀", "返回頂部",
        "隐私政策", "隱私政策", "关于我们", "關於我們", "联系我们", "聯絡我們", "用户协议",
        "シェア", "共有", "印刷", "保存", "続きを読む", "もっと見る", "さらに表示", "関連記事", "コメント",
        "ダウンロード", "ページトップへ", "トップへ戻る", "プライバシーポリシー", "利用規約", "お問い合わせ",
        "공유", "공유하기", "인쇄", "저장", "더보기", "관련기사", "댓글", "구독", "구독하기",
        "다운로드", "맨 위로", "개인정보처리방침", "이용약관", "기사 공유하기", "기사 저장",
        # Thai
        "อ่านเพิ่มเติม", "อ่านต่อ", "แชร์", "แชร์บทความ", "ข่าวที่เกี่ยวข้อง", "ติดตามเรา", "ดาวน์โหลด",
        "พิมพ์", "บันทึก", "ดูเพิ่มเติม", "แสดงความคิดเห็น",
    )
)
_STRIP = "\"'“”„«»‹›<>()[]{}|·•→←↑↓▶►▸▾▼▲+*:–—-_/\\"
_SENTENCE_END = re.compile(r"[.!?。！？;]$")
_APOSTROPHE = re.compile(r"(?<=^[ldcjmnst]['’])", re.IGNORECASE)  # l'article -> l' + article


def _words(bare: str) -> list[str] | None:
    """The line's words with the signs around them dropped, or None as soon as one is not the interface's
    (a word with a digit never is)."""
    out: list[str] = []
    for raw in bare.replace("/", " ").split():  # "Save/Share Story": two buttons' words
        word = raw.strip(_STRIP)
        if not word:
            continue
        if word not in _VOCABULARY:
            if "'" not in word and "’" not in word:
                return None
            parts = [p for p in _APOSTROPHE.split(word.replace("’", "'")) if p]  # l'article
            if not all(p in _VOCABULARY for p in parts):
                return None
            out.extend(parts)
        else:
            out.append(word)
    return out


def control_label(line: str) -> str | None:
    """Why ``line`` is a control's label or a footer's link (see the module's docstring), or None."""
    if len(line) > _MAX_CHARS:
        return None
    low = line.strip().lower()
    if _SENTENCE_END.search(low) and not low.endswith(("...", "…")):
        return None
    bare = low.strip(_STRIP + "…. ")
    if bare in _FOOTER_LINKS and not low.endswith(":"):  # "Kontakt:" opens the release's contact
        return FOOTER
    if _footer_row(bare):
        return FOOTER
    if bare in _AD_LABELS:
        return AD
    if bare in _BANNER_LABELS:
        return BANNER
    if bare in _TEXT_SIZE or _SIZE_BUTTONS.fullmatch(bare) or _SIZE_WORDS.fullmatch(bare):
        return TEXT_SIZE
    if bare in _CJK_LABELS:
        return LABEL
    words = _words(bare)
    if words is None:
        if _follows(line.strip(_STRIP + "…. ")):
            return FOLLOW
        return _with_value(low)
    if not words or len(words) > _MAX_WORDS:
        return None
    if len(words) == 1:
        return LABEL if words[0] in _ALONE else None
    # every word the interface's (above), one a verb, and another word of substance: "Read more",
    # "Download PDF", not "The show"
    return LABEL if any(w in _VERBS for w in words) and sum(w not in _GLUE for w in words) >= 2 else None


# one-word links of a footer's row, counted only beside one of ``_FOOTER_LINKS``: "Home Contact us"
_ROW_WORDS = frozenset(
    ("home", "contact", "help", "faq", "sitemap", "careers", "jobs", "advertise", "archive", "archives")
)
# between two links: a bar, a dot or a slash, or a dash with spaces around it (a link's own hyphen stays:
# "Cookie-Einstellungen")
_ROW_SIGNS = re.compile(r"\s+[–—-]\s+|\s*[|·•/]\s*|\s+")
_LINK_WORDS = 4  # the most words of one footer link


def _footer_row(bare: str) -> bool:
    """Two footer links or more run together, nothing else ("About us Contact us", "Impressum |
    Datenschutz"), one of them a service page's name (``_FOOTER_LINKS``): the words are cut into links,
    every way tried, each link of one to four words."""
    words = [w for w in _ROW_SIGNS.split(bare) if w]
    if len(words) < 2:
        return False
    # ways[i]: (links, a named service page among them) for the best cut of words[:i], None when none
    ways: list[tuple[int, bool] | None] = [(0, False)] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - _LINK_WORDS), end):
            before = ways[start]
            link = " ".join(words[start:end])
            if before is None or (link not in _FOOTER_LINKS and link not in _ROW_WORDS):
                continue
            way = (before[0] + 1, before[1] or link in _FOOTER_LINKS)
            current = ways[end]
            if current is None or way[1] > current[1]:
                ways[end] = way
    last = ways[-1]
    return last is not None and last[0] >= 2 and last[1]


def _with_value(low: str) -> str | None:
    """A control's label with the thing it acts on after a colon ("Follow this topic: Housing", "Thema
    folgen: Klimawandel"): the label as above, naming a topic, an author or a section (``_VALUE_NOUNS``;
    "See it now: Amazon" under a product and "Alles auf Play: ..." over a paragraph are the article's),
    the value at most ``_VALUE_WORDS`` words."""
    head, colon, value = low.replace("：", ":").partition(":")
    if not colon or not value.strip() or len(value.split()) > _VALUE_WORDS:
        return None
    words = _words(head.strip(_STRIP + " ")) or []
    if len(words) > _MAX_WORDS or not any(w in _VERBS for w in words):
        return None
    return LABEL if any(w in _VALUE_NOUNS for w in words) else None


def _follows(line: str) -> bool:
    """A follow button for a person: the verb first or last, one to four capitalised words as the rest
    (small words between), and perhaps the platform last ("Follow Jane Miller on X")."""
    parts = line.split()
    if len(parts) < 2:
        return False
    if parts[0].lower() in _FOLLOW_FIRST:
        rest = parts[1:]
        if len(rest) >= 2 and rest[-1].lower() in _PLATFORMS and rest[-2].lower() in _FOLLOW_GLUE:
            rest = rest[:-2]
    elif parts[-1] in _FOLLOW_LAST:  # as written: "Jane Miller folgen", not the noun "Gesundheitliche Folgen"
        rest = parts[:-1]
    else:
        return False
    names = [w for w in rest if w.lower() not in _FOLLOW_GLUE]
    return 1 <= len(names) <= _FOLLOW_NAMES and all(w[:1].isupper() and w[1:2].islower() for w in names)

