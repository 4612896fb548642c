"""A twenty-ninth blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. Unlike the earlier sets it does not look for boilerplate no set has had: it plants the
commonest kinds of boilerplate a news extractor leaves in an article body (many of them among the earlier
sets' families: "read also" teasers, follow prompts, newsletter sign-ups, share rows, copyright lines, ad
labels, comment counts, photo credits, cookie notices, related headings), each written in many languages,
most of them languages tools cover less often, to measure whether the checks catch ordinary boilerplate in
any language.

The languages are split in two groups by a fixed rule, ``hashlib.sha256(code.encode()).digest()[0] % 2``
(0: group A, 1: group B), and each family is two kinds, one drawing only from group A's languages and one
only from group B's: rules may be tuned on group A's misses only, and group B's kinds are then the held-out
number.

* group A (28): af az bn el es et fa fi gl ha hy is it ka lv pl ro sk sl sr sw ta tl tr ur uz vi zh
* group B (24): am ar bg ca cs de en eu fr he hi hr hu id ja kk ko lt ms ne pt ru th uk

(ISO 639-1 codes; ``tl`` Filipino/Tagalog, ``sr`` Serbian in Cyrillic, ``uz`` Uzbek in Latin letters.) A
record gets the line in its own language (as :func:`checks_blind25._record_lang` reads it) one time in three
where the kind's group has that language, and otherwise in a language drawn from the group: the corpus's
records are mostly English and German, both in group B, and always their own language would make group B's
kinds mostly those two. (The helper's first version always took the record's own language; the lead changed
this before any catch rate was read.)

Each family is a paragraph of its own in the body, where sites put it, with its variable parts drawn per
record (the site's name from the record's URL, a year, a count, a photographer, an agency, networks, and
for "read also" another record's headline, in the line's language where the corpus has one), no two records
sharing a line where the family's variants allow it (an ad label or a bare heading repeats by nature):

* at the start: the lead photo's credit ("Photo: Jane Doe/AFP", "Foto: ... /dpa", "Chanzo cha picha, Getty
  Images", "ANTARA FOTO/...", "사진 = 연합뉴스", "BNS nuotr."), a share row ("Share this article",
  "Compartilhar: Facebook X WhatsApp", "Поделиться", "Bagikan ke ...", "שתפו את הכתבה") and a cookie consent
  sentence ("We use cookies to improve your experience ...", "Wir verwenden Cookies ...", "Tovuti hii
  inatumia vidakuzi ...", "Ova stranica koristi kolačiće ...", "本网站使用Cookie ...");
* in the middle: a "read also" teaser with another record's headline ("READ ALSO: ...", "Lesen Sie auch:
  ...", "Baca juga: ...", "Soma pia: ...", "यह भी पढ़ें: ...", "اقرأ أيضاً: ...", "Читайте також: ..."), an
  advertisement label ("Advertisement", "Anzeige", "Publicidad", "Tangazo", "Iklan", "Quảng cáo", "広告",
  "Реклама", "ማስታወቂያ") and a newsletter sign-up prompt ("Sign up for our free newsletter ...",
  "Jiandikishe kupokea jarida letu ...", "Đăng ký nhận bản tin ...", "ニュースレターに登録すると ...");
* at the end: a "follow us" prompt with the networks ("Follow us on Facebook, X and Instagram.", "Ikuti
  kami di ...", "Tufuate kwenye ...", "ما را در تلگرام، اینستاگرام و ایکس دنبال کنید."), a copyright line with
  the site's name and a year ("© 2023 Example. All rights reserved.", "© 2023 Example. Haki zote
  zimehifadhiwa.", "저작권자 © ... 무단전재 및 재배포 금지", "Բոլոր իրավունքները պաշտպանված են"), a comments
  prompt or count ("37 comments", "Leave a comment", "Komentarze (12)", "댓글 12", "Izohlar (5)") and a
  related-articles heading with nothing after it ("Related articles", "Mehr zum Thema", "Berita terkait",
  "ข่าวที่เกี่ยวข้อง", "এ বিভাগের আরো খবর").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
each kind in every record and then in one record in eight per run:

    python bench/checks_blind29.py --corpus ../shared/corpus
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, once_for, placed, spread
from checks_blind17 import _site_names
from checks_blind21 import PEOPLE
from checks_blind23 import _render, _the_day
from checks_blind24 import FULL_NAMES, MORE_PEOPLE
from checks_blind25 import _record_lang
from checks_blind26 import _name
from checks_defects import Case, Defect, record_only

# ---------------------------------------------------------------- the lines, language by language
#: language: family: templates; {site} the site's name, {y} a year ({y0} an earlier one), {n} a count,
#: {name} a photographer, {ag} an agency, {title} another record's headline, {nets} networks in a sentence,
#: {row} networks as a row of buttons
TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "news": (
            "Sign up for our free newsletter and get the day's top stories delivered to your inbox every"
            " morning.",
            "Get the latest news from {site} straight to your inbox. Subscribe to our daily newsletter.",
            "Want more stories like this? Sign up for the {site} newsletter.",
            "Never miss a story: sign up for {site}'s free Morning Briefing newsletter.",
            "Sign up to our newsletter. Enter your email address. By signing up you agree to our privacy"
            " policy.",
        ),
        "follow": (
            "Follow us on {nets}.",
            "Stay up to date: follow {site} on {nets}.",
            "Follow {site} on {nets} for the latest updates.",
            "Like this story? Follow us on {nets}.",
        ),
        "also": (
            "READ ALSO: {title}",
            "See also: {title}",
            "Read more: {title}",
            "RELATED: {title}",
            "READ MORE: {title}",
            "Also read: {title}",
        ),
        "share": (
            "Share this article",
            "Share this article {row}",
            "Share {row} Copy link",
            "Share this story on {nets}",
            "Share this:",
            "Share on {nets}",
        ),
        "copy": (
            "© {y} {site}. All rights reserved.",
            "Copyright © {y0}–{y} {site}. All Rights Reserved.",
            "© Copyright {y} {site} — All rights reserved. This material may not be published, broadcast,"
            " rewritten or redistributed.",
            "Copyright {y} {site}. All rights reserved.",
        ),
        "ad": (
            "Advertisement",
            "ADVERTISEMENT",
            "Advertisement - Scroll to continue",
            "Story continues below advertisement",
            "Sponsored content",
            "- Advertisement -",
        ),
        "comments": (
            "{n} comments",
            "Leave a comment",
            "You must be logged in to post a comment.",
            "Comments ({n})",
            "Join the conversation ({n} comments)",
            "View {n} comments",
        ),
        "photo": (
            "Photo: {name}/{ag}",
            "(Photo by {name}/{ag})",
            "Image: {name} / {ag}",
            "Photograph: {name}/{ag}",
            "Photo credit: {ag}",
            "{name}/{ag}",
        ),
        "cookie": (
            "We use cookies to improve your experience on our site. By continuing to browse, you agree to our"
            " use of cookies.",
            "This website uses cookies to ensure you get the best experience on our website. Learn more",
            "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance"
            " site navigation, analyze site usage, and assist in our marketing efforts.",
            "{site} uses cookies to personalise content and ads. By using this site you consent to our use"
            " of cookies.",
        ),
        "related": (
            "Related articles",
            "More on this topic",
            "Related stories",
            "You may also like",
            "Recommended",
            "More from {site}",
        ),
    },
    "es": {
        "news": (
            "Suscríbete a nuestro boletín y recibe las noticias más importantes del día en tu correo.",
            "Recibe cada mañana la newsletter de {site}. Suscríbete gratis.",
            "¿Quieres recibir las últimas noticias? Apúntate a nuestra newsletter.",
        ),
        "follow": (
            "Síguenos en {nets}.",
            "Sigue a {site} en {nets}.",
            "Síguenos en {nets} para estar al día de toda la actualidad.",
        ),
        "also": ("LEA TAMBIÉN: {title}", "Te puede interesar: {title}", "Lee también: {title}"),
        "share": (
            "Compartir esta noticia",
            "Comparte este artículo",
            "Compartir en {nets}",
            "Compartir {row}",
        ),
        "copy": (
            "© {y} {site}. Todos los derechos reservados.",
            "Copyright © {y} {site}. Queda prohibida la reproducción total o parcial de este contenido sin"
            " autorización.",
            "© {site} {y}. Todos los derechos reservados.",
        ),
        "ad": ("Publicidad", "PUBLICIDAD", "Anuncio", "Contenido patrocinado"),
        "comments": (
            "{n} comentarios",
            "Deja un comentario",
            "Comentarios ({n})",
            "Inicia sesión para comentar",
        ),
        "photo": ("Foto: {name} / {ag}", "Fotografía: {ag}", "(Foto: {name}/{ag})", "Imagen: {ag}"),
        "cookie": (
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando,"
            " consideramos que acepta su uso.",
            "Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario. Al hacer"
            " clic en «Aceptar» consiente su uso.",
        ),
        "related": (
            "Noticias relacionadas",
            "Más sobre este tema",
            "Te puede interesar",
            "Artículos relacionados",
        ),
    },
    "de": {
        "news": (
            "Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten des"
            " Tages direkt in Ihr Postfach.",
            "Jetzt den kostenlosen {site}-Newsletter abonnieren!",
            "Immer bestens informiert: Abonnieren Sie den Newsletter von {site}.",
            "Newsletter: Die wichtigsten Nachrichten des Tages jeden Morgen per E-Mail. Jetzt kostenlos"
            " anmelden.",
        ),
        "follow": (
            "Folgen Sie uns auf {nets}.",
            "{site} auf {nets}: Folgen Sie uns!",
            "Sie möchten keine Nachrichten verpassen? Folgen Sie {site} auf {nets}.",
        ),
        "also": (
            "Lesen Sie auch: {title}",
            "Auch interessant: {title}",
            "Mehr zum Thema: {title}",
            "Lesen Sie dazu: {title}",
            "LESEN SIE AUCH: {title}",
        ),
        "share": ("Artikel teilen", "Diesen Artikel teilen", "Teilen auf {nets}", "Teilen {row}"),
        "copy": (
            "© {site} {y}. Alle Rechte vorbehalten.",
            "Copyright © {y} {site}. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
            "© {y} {site} – Alle Rechte vorbehalten",
        ),
        "ad": ("Anzeige", "ANZEIGE", "Werbung", "Gesponserter Inhalt"),
        "comments": (
            "{n} Kommentare",
            "Kommentare ({n})",
            "Schreiben Sie einen Kommentar",
            "Melden Sie sich an, um zu kommentieren.",
        ),
        "photo": ("Foto: {name}/{ag}", "Bild: {ag}", "© {ag}/{name}", "Foto: {ag}"),
        "cookie": (
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können. Wenn Sie diese"
            " Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.",
            "Diese Website verwendet Cookies. Mit der Nutzung von {site} erklären Sie sich damit"
            " einverstanden.",
        ),
        "related": (
            "Mehr zum Thema",
            "Weitere Artikel",
            "Das könnte Sie auch interessieren",
            "Verwandte Artikel",
        ),
    },
    "fr": {
        "news": (
            "Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité.",
            "Abonnez-vous gratuitement à la newsletter de {site}.",
            "Recevez nos alertes et l'essentiel de l'info : inscrivez-vous à la newsletter.",
        ),
        "follow": (
            "Suivez-nous sur {nets}.",
            "Retrouvez {site} sur {nets}.",
            "Suivez toute l'actualité sur {nets}.",
        ),
        "also": (
            "LIRE AUSSI : {title}",
            "À lire aussi : {title}",
            "Voir aussi : {title}",
            "À LIRE : {title}",
        ),
        "share": ("Partager cet article", "Partager sur {nets}", "Partager {row}"),
        "copy": (
            "© {site} {y}. Tous droits réservés.",
            "Copyright © {y} {site}. Tous droits réservés. Reproduction interdite sans autorisation.",
            "© {y} {site} - Tous droits de reproduction réservés",
        ),
        "ad": ("Publicité", "PUBLICITÉ", "Contenu sponsorisé", "Annonce"),
        "comments": (
            "{n} commentaires",
            "Commentaires ({n})",
            "Laisser un commentaire",
            "Connectez-vous pour commenter",
        ),
        "photo": ("Photo : {name} / {ag}", "© {ag}", "(Photo {ag})", "Crédit photo : {name}/{ag}"),
        "cookie": (
            "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous"
            " proposer des contenus et services adaptés à vos centres d'intérêt.",
            "Ce site utilise des cookies afin de vous offrir la meilleure expérience possible."
            " En savoir plus",
        ),
        "related": ("Sur le même sujet", "À lire aussi", "Articles liés", "Dans la même rubrique"),
    },
    "pt": {
        "news": (
            "Assine a nossa newsletter e receba as principais notícias do dia no seu e-mail.",
            "Receba a newsletter do {site} gratuitamente. Inscreva-se já.",
            "Quer ficar por dentro das notícias? Cadastre-se na nossa newsletter.",
        ),
        "follow": (
            "Siga-nos no {nets}.",
            "Siga o {site} no {nets}.",
            "Acompanhe-nos nas redes sociais: {nets}.",
        ),
        "also": ("LEIA TAMBÉM: {title}", "Leia mais: {title}", "Veja também: {title}", "Saiba mais: {title}"),
        "share": ("Partilhe este artigo", "Compartilhe esta notícia", "Compartilhar: {row}"),
        "copy": (
            "© {y} {site}. Todos os direitos reservados.",
            "Copyright © {y} {site}. Todos os direitos reservados. É proibida a reprodução do conteúdo desta"
            " página em qualquer meio de comunicação sem autorização escrita.",
        ),
        "ad": ("Publicidade", "PUBLICIDADE", "Continua após a publicidade", "Conteúdo patrocinado"),
        "comments": (
            "{n} comentários",
            "Comentários ({n})",
            "Deixe o seu comentário",
            "Faça login para comentar",
        ),
        "photo": ("Foto: {name}/{ag}", "Fotografia: {ag}", "(Foto: {ag})", "Créditos: {name}/{ag}"),
        "cookie": (
            "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a nossa"
            " Política de Privacidade.",
            "Este site usa cookies para garantir que você obtenha a melhor experiência. Ao continuar"
            " navegando, você concorda com o uso de cookies.",
        ),
        "related": ("Notícias relacionadas", "Mais sobre o assunto", "Veja também", "Leia também"),
    },
    "ru": {
        "news": (
            "Подпишитесь на нашу рассылку, чтобы первыми узнавать о главных новостях дня.",
            "Подпишитесь на рассылку {site}: главные новости дня каждое утро.",
        ),
        "follow": ("Мы в соцсетях: {nets}", "Следите за новостями {site} в соцсетях: {nets}."),
        "also": (
            "Читайте также: {title}",
            "ЧИТАЙТЕ ТАКЖЕ: {title}",
            "По теме: {title}",
            "Смотрите также: {title}",
        ),
        "share": ("Поделиться", "Поделиться в соцсетях", "Поделиться: {row}"),
        "copy": (
            "© {y} {site}. Все права защищены.",
            "© {y0}–{y} {site}. Все права защищены. При полном или частичном использовании материалов ссылка"
            " на {site} обязательна.",
        ),
        "ad": ("Реклама", "РЕКЛАМА", "Партнёрский материал"),
        "comments": (
            "Комментарии ({n})",
            "Комментарии: {n}",
            "Оставить комментарий",
            "Войдите, чтобы оставить комментарий.",
        ),
        "photo": ("Фото: {name} / {ag}", "Фото: {ag}", "Фото: © {ag}"),
        "cookie": (
            "Мы используем файлы cookie, чтобы сделать сайт удобнее для вас. Продолжая пользоваться сайтом,"
            " вы соглашаетесь с их использованием.",
            "Сайт {site} использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с политикой"
            " конфиденциальности.",
        ),
        "related": ("Читайте также", "Материалы по теме", "Другие новости", "Похожие статьи"),
    },
    "zh": {
        "news": (
            "订阅我们的新闻简报，每天早上将重要新闻发送到您的邮箱。",
            "免费订阅{site}每日新闻简报。",
        ),
        "follow": ("欢迎关注我们的{nets}账号。", "关注{site}：{nets}"),
        "also": ("延伸阅读：{title}", "相关阅读：{title}", "推荐阅读：{title}"),
        "share": ("分享到：{row}", "分享本文", "分享至{nets}"),
        "copy": (
            "版权所有 © {y} {site}",
            "© {y} {site} 版权所有，未经授权不得转载。",
            "版权声明：本文为{site}原创，未经授权，任何媒体和个人不得转载。",
        ),
        "ad": ("广告", "【广告】", "赞助内容"),
        "comments": ("评论（{n}）", "{n}条评论", "发表评论", "登录后参与评论"),
        "photo": ("图片来源：{ag}", "（{name} 摄）", "图/{ag}", "摄影：{name}"),
        "cookie": (
            "本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
            "我们使用cookies来改善您在{site}的体验。点击“接受”即表示您同意。",
        ),
        "related": ("相关新闻", "相关阅读", "推荐阅读", "更多相关内容"),
    },
    "ja": {
        "news": (
            "ニュースレターに登録すると、毎朝主要ニュースをメールでお届けします。",
            "{site}のメールマガジン（無料）の登録はこちら",
            "最新ニュースをメールで受け取る：ニュースレター登録",
        ),
        "follow": ("公式SNSでも最新情報を発信中：{nets}", "{site}をフォローする：{nets}"),
        "also": (
            "【関連記事】{title}",
            "あわせて読みたい：{title}",
            "関連記事：{title}",
            "＜関連記事＞{title}",
        ),
        "share": ("この記事をシェアする", "シェア：{row}", "記事をシェア {row}"),
        "copy": (
            "Copyright © {y} {site} All rights reserved.",
            "© {y} {site} 無断転載を禁じます。",
            "記事・写真・図表等の無断転載を禁止します。Copyright © {site}",
        ),
        "ad": ("広告", "PR", "スポンサーリンク", "【広告】"),
        "comments": (
            "コメント（{n}件）",
            "コメント{n}件",
            "コメントを書く",
            "コメントするにはログインが必要です",
        ),
        "photo": ("写真：{ag}", "（撮影・{name}）", "写真＝{ag}", "写真提供：{ag}"),
        "cookie": (
            "当サイトではCookieを使用しています。サイトを閲覧し続けることで、Cookieの使用に同意したものとみなし"
            "ます。",
            "{site}は、利便性向上のためにクッキーを利用しています。詳しくはプライバシーポリシーをご覧ください。",
        ),
        "related": ("関連記事", "関連ニュース", "あわせて読みたい", "おすすめ記事"),
    },
    "ko": {
        "news": (
            "뉴스레터를 구독하시면 매일 아침 주요 뉴스를 이메일로 보내드립니다.",
            "{site} 뉴스레터 무료 구독하기",
            "지금 {site} 뉴스레터를 구독하세요.",
        ),
        "follow": ("{site} 공식 SNS: {nets}", "{nets}에서 {site} 채널을 구독하세요."),
        "also": ("▶ 관련기사: {title}", "[관련기사] {title}", "함께 읽으면 좋은 기사: {title}"),
        "share": ("기사 공유하기", "공유하기 {row}", "공유 {row} 링크 복사"),
        "copy": (
            "Copyright © {site}. All rights reserved. 무단 전재 및 재배포 금지",
            "저작권자 © {site} 무단전재 및 재배포 금지",
            "ⓒ {site}, 무단 전재-재배포, AI 학습 및 활용 금지",
        ),
        "ad": ("광고", "[광고]", "AD"),
        "comments": ("댓글 {n}", "댓글 {n}개", "댓글을 남겨주세요", "로그인 후 댓글을 작성할 수 있습니다."),
        "photo": ("사진 = {ag}", "(사진 = {name} 기자)", "사진 제공: {ag}", "[사진 = {ag}]"),
        "cookie": (
            "이 웹사이트는 더 나은 서비스 제공을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는"
            " 것으로 간주됩니다.",
        ),
        "related": ("관련기사", "관련 뉴스", "이 기사와 함께 많이 본 뉴스", "추천 기사"),
    },
    "it": {
        "news": (
            "Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie più importanti.",
            "Ricevi gratis la newsletter di {site}: iscriviti ora.",
        ),
        "follow": ("Seguici su {nets}.", "Segui {site} su {nets}."),
        "also": ("LEGGI ANCHE: {title}", "Leggi anche: {title}", "Potrebbe interessarti: {title}"),
        "share": ("Condividi questo articolo", "Condividi su {nets}", "Condividi {row}"),
        "copy": (
            "© {y} {site}. Tutti i diritti riservati.",
            "Copyright © {y} {site} - Riproduzione riservata",
        ),
        "ad": ("Pubblicità", "PUBBLICITÀ", "Contenuto sponsorizzato"),
        "comments": ("{n} commenti", "Commenti ({n})", "Lascia un commento", "Accedi per commentare"),
        "photo": ("Foto: {name}/{ag}", "(Foto {ag})", "Foto di {name} / {ag}"),
        "cookie": (
            "Questo sito utilizza cookie tecnici e di profilazione. Proseguendo nella navigazione acconsenti"
            " all'uso dei cookie.",
            "Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito. Cliccando su «Accetta»"
            " acconsenti al loro utilizzo.",
        ),
        "related": ("Articoli correlati", "Potrebbe interessarti anche", "Leggi anche", "Altre notizie"),
    },
    "pl": {
        "news": (
            "Zapisz się na nasz newsletter i otrzymuj najważniejsze informacje dnia prosto na swoją"
            " skrzynkę.",
            "Zamów bezpłatny newsletter {site}.",
        ),
        "follow": (
            "Obserwuj nas w mediach społecznościowych: {nets}.",
            "{site} w mediach społecznościowych: {nets}",
        ),
        "also": (
            "CZYTAJ TAKŻE: {title}",
            "Czytaj też: {title}",
            "Zobacz również: {title}",
            "Przeczytaj także: {title}",
        ),
        "share": ("Udostępnij", "Udostępnij artykuł", "Udostępnij: {row}"),
        "copy": (
            "© {y} {site}. Wszelkie prawa zastrzeżone.",
            "Copyright © {y0}–{y} {site}. Wszystkie prawa zastrzeżone. Kopiowanie i rozpowszechnianie bez"
            " zgody redakcji zabronione.",
        ),
        "ad": ("Reklama", "REKLAMA", "Materiał sponsorowany"),
        "comments": (
            "Komentarze ({n})",
            "Komentarze: {n}",
            "Dodaj komentarz",
            "Zaloguj się, aby skomentować",
        ),
        "photo": ("Fot. {name}/{ag}", "Fot. {ag}", "Zdjęcie: {ag}"),
        "cookie": (
            "Ta strona korzysta z plików cookies. Korzystając ze strony, wyrażasz zgodę na ich używanie"
            " zgodnie z aktualnymi ustawieniami przeglądarki.",
            "Używamy plików cookie, aby zapewnić najlepsze doświadczenia na naszej stronie. Kliknij"
            " „Akceptuję”, aby wyrazić zgodę.",
        ),
        "related": ("Zobacz także", "Czytaj także", "Powiązane artykuły", "Więcej na ten temat"),
    },
    "sw": {
        "news": (
            "Jiandikishe kupokea jarida letu la habari kila siku kupitia barua pepe.",
            "Jisajili kupata habari za {site} moja kwa moja kwenye barua pepe yako.",
        ),
        "follow": ("Tufuate kwenye {nets}.", "Fuatilia {site} kwenye {nets} kwa habari za hivi punde."),
        "also": ("Soma pia: {title}", "SOMA ZAIDI: {title}", "Unaweza pia kusoma: {title}"),
        "share": ("Shiriki habari hii", "Shiriki makala hii", "Shiriki kupitia {nets}"),
        "copy": (
            "© {y} {site}. Haki zote zimehifadhiwa.",
            "Hakimiliki © {y} {site}. Haki zote zimehifadhiwa.",
        ),
        "ad": ("Tangazo", "TANGAZO", "Matangazo"),
        "comments": ("Maoni ({n})", "Acha maoni", "Toa maoni yako", "Ingia ili kutoa maoni"),
        "photo": ("Picha: {name}/{ag}", "Chanzo cha picha, {ag}", "Picha kwa hisani ya {ag}"),
        "cookie": (
            "Tovuti hii inatumia vidakuzi (cookies) ili kukupa huduma bora. Kwa kuendelea kutumia tovuti hii,"
            " unakubali matumizi ya vidakuzi.",
        ),
        "related": ("Habari zinazohusiana", "Habari nyingine", "Soma zaidi"),
    },
    "tl": {
        "news": (
            "Mag-subscribe sa aming newsletter para makatanggap ng pinakabagong balita araw-araw.",
            "Mag-sign up sa newsletter ng {site} at makuha ang mga nangungunang balita sa iyong inbox.",
        ),
        "follow": (
            "Sundan kami sa {nets}.",
            "I-follow ang {site} sa {nets} para sa mga pinakabagong balita.",
        ),
        "also": ("BASAHIN DIN: {title}", "Basahin: {title}", "Basahin din: {title}", "ALAMIN: {title}"),
        "share": ("Ibahagi ang artikulong ito", "I-share ang balitang ito", "Ibahagi sa {nets}"),
        "copy": (
            "© {y} {site}. Nakalaan ang lahat ng karapatan.",
            "Copyright © {y} {site}. All rights reserved.",
        ),
        "ad": ("Patalastas", "ADVERTISEMENT"),
        "comments": ("{n} komento", "Mag-iwan ng komento", "Mga komento ({n})", "Mag-log in para magkomento"),
        "photo": ("Larawan: {name}/{ag}", "Kuha ni {name}", "Larawan mula sa {ag}"),
        "cookie": (
            "Gumagamit ang website na ito ng cookies upang mapabuti ang iyong karanasan. Sa patuloy na"
            " paggamit, sumasang-ayon ka sa aming paggamit ng cookies.",
        ),
        "related": ("Mga kaugnay na balita", "Iba pang balita", "Basahin din"),
    },
    "id": {
        "news": (
            "Daftar newsletter kami untuk mendapatkan berita terkini setiap hari langsung di email Anda.",
            "Berlangganan newsletter {site} gratis sekarang.",
        ),
        "follow": (
            "Ikuti kami di {nets}.",
            "Simak berita {site} lainnya di {nets}.",
            "Dapatkan update berita pilihan dan breaking news setiap hari dari {site}. Mari bergabung di"
            " saluran WhatsApp {site}.",
        ),
        "also": ("Baca juga: {title}", "BACA JUGA: {title}", "Simak juga: {title}", "Lihat juga: {title}"),
        "share": ("Bagikan artikel ini", "Bagikan", "Bagikan ke {nets}"),
        "copy": (
            "© {y} {site}. Hak cipta dilindungi undang-undang.",
            "Copyright © {y} {site}. All Rights Reserved.",
            "Hak Cipta © {y} {site}. Seluruh hak cipta dilindungi.",
        ),
        "ad": ("Iklan", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Konten Bersponsor"),
        "comments": ("{n} komentar", "Komentar ({n})", "Tulis komentar", "Masuk untuk berkomentar"),
        "photo": ("Foto: {name}/{ag}", "Foto: {ag}", "(Foto: dok. {ag})", "ANTARA FOTO/{name}"),
        "cookie": (
            "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda"
            " menyetujui penggunaan cookie.",
        ),
        "related": ("Berita terkait", "Artikel terkait", "Baca juga", "Berita lainnya"),
    },
    "ms": {
        "news": (
            "Langgan surat berita kami untuk menerima berita terkini setiap hari.",
            "Daftar untuk menerima berita {site} terus ke e-mel anda.",
        ),
        "follow": ("Ikuti kami di {nets}.", "Ikuti {site} di {nets} untuk berita terkini."),
        "also": ("BACA: {title}", "Baca juga: {title}", "BERKAITAN: {title}"),
        "share": ("Kongsi artikel ini", "Kongsi", "Kongsi di {nets}"),
        "copy": (
            "Hak Cipta © {y} {site}. Hak cipta terpelihara.",
            "© {y} {site}. Semua hak cipta terpelihara.",
        ),
        "ad": ("Iklan", "IKLAN", "Kandungan Tajaan"),
        "comments": ("{n} komen", "Komen ({n})", "Tinggalkan komen", "Log masuk untuk memberi komen"),
        "photo": ("Foto: {name}/{ag}", "Gambar: {ag}", "Sumber foto: {ag}"),
        "cookie": (
            "Laman web ini menggunakan kuki untuk memberikan pengalaman terbaik kepada anda. Dengan"
            " meneruskan penggunaan laman ini, anda bersetuju dengan penggunaan kuki.",
        ),
        "related": ("Artikel berkaitan", "Berita berkaitan", "Berita lain"),
    },
    "vi": {
        "news": (
            "Đăng ký nhận bản tin để cập nhật những tin tức mới nhất mỗi ngày qua email.",
            "Đăng ký nhận bản tin {site} miễn phí.",
        ),
        "follow": (
            "Theo dõi chúng tôi trên {nets}.",
            "Theo dõi {site} trên {nets} để cập nhật tin tức nhanh nhất.",
        ),
        "also": ("Xem thêm: {title}", "ĐỌC THÊM: {title}", ">> Xem thêm: {title}", "Tin liên quan: {title}"),
        "share": ("Chia sẻ bài viết", "Chia sẻ", "Chia sẻ lên {nets}"),
        "copy": (
            "© {y} {site}. Bảo lưu mọi quyền.",
            "Bản quyền © {y} thuộc về {site}. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận"
            " bằng văn bản.",
        ),
        "ad": ("Quảng cáo", "QUẢNG CÁO", "Tài trợ"),
        "comments": ("{n} bình luận", "Bình luận ({n})", "Gửi bình luận", "Đăng nhập để bình luận"),
        "photo": ("Ảnh: {name}/{ag}", "Ảnh: {ag}", "(Ảnh minh họa: {ag})"),
        "cookie": (
            "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập,"
            " bạn đồng ý với việc sử dụng cookie.",
        ),
        "related": ("Tin liên quan", "Bài viết liên quan", "Tin cùng chuyên mục", "Xem thêm"),
    },
    "th": {
        "news": (
            "สมัครรับจดหมายข่าวของเรา เพื่อรับข่าวสารล่าสุดทุกวันทางอีเมล",
            "ลงทะเบียนรับข่าวสารจาก {site} ฟรี",
        ),
        "follow": ("ติดตามเราได้ที่ {nets}", "ติดตามข่าวสาร {site} ได้ทาง {nets}"),
        "also": ("อ่านเพิ่มเติม: {title}", "อ่านข่าวที่เกี่ยวข้อง: {title}", "อ่านข่าว : {title}"),
        "share": ("แชร์บทความนี้", "แชร์", "แชร์ไปยัง {nets}"),
        "copy": (
            "© {y} {site} สงวนลิขสิทธิ์",
            "Copyright © {y} {site}. All rights reserved.",
            "สงวนลิขสิทธิ์ © {y} {site} ห้ามคัดลอกหรือนำไปเผยแพร่โดยไม่ได้รับอนุญาต",
        ),
        "ad": ("โฆษณา", "ADVERTISEMENT"),
        "comments": (
            "{n} ความคิดเห็น",
            "ความคิดเห็น ({n})",
            "แสดงความคิดเห็น",
            "เข้าสู่ระบบเพื่อแสดงความคิดเห็น",
        ),
        "photo": ("ภาพ: {ag}", "ภาพจาก {ag}", "ขอบคุณภาพจาก {ag}", "ภาพโดย {name}"),
        "cookie": (
            "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีที่สุดแก่คุณ การใช้งานเว็บไซต์ต่อถือว่าคุณยอมรับการใช้คุกกี้",
            "เราใช้คุกกี้เพื่อพัฒนาประสิทธิภาพ และประสบการณ์ที่ดีในการใช้เว็บไซต์ของคุณ",
        ),
        "related": ("ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "ข่าวอื่นๆ"),
    },
    "he": {
        "news": (
            "הירשמו לניוזלטר שלנו וקבלו את הכותרות החשובות ישירות למייל",
            "להרשמה לניוזלטר של {site} לחצו כאן",
        ),
        "follow": ("עקבו אחרינו ברשתות החברתיות: {nets}", "{site} ברשתות החברתיות: {nets}"),
        "also": ("קראו גם: {title}", "עוד בנושא: {title}", "עוד באתר: {title}"),
        "share": ("שתפו את הכתבה", "שתף", "שתפו: {row}"),
        "copy": ("כל הזכויות שמורות © {y} {site}", "© {y} {site} - כל הזכויות שמורות"),
        "ad": ("פרסומת", "תוכן ממומן", "תוכן שיווקי"),
        "comments": ("{n} תגובות", "תגובות ({n})", "הוסיפו תגובה", "התחברו כדי להגיב"),
        "photo": ("צילום: {name}", "צילום: {ag}", "צילום: {name}, {ag}"),
        "cookie": (
            "אתר זה משתמש בעוגיות (Cookies) לשיפור חוויית הגלישה. המשך הגלישה באתר מהווה הסכמה לשימוש"
            " בעוגיות.",
        ),
        "related": ("כתבות נוספות", "עוד בנושא", "כתבות קשורות"),
    },
    "ar": {
        "news": (
            "اشترك في نشرتنا الإخبارية ليصلك أهم الأخبار يومياً على بريدك الإلكتروني.",
            "اشترك الآن في النشرة البريدية لـ{site}",
        ),
        "follow": (
            "تابعونا على {nets}",
            "تابعوا آخر الأخبار عبر حساباتنا على {nets}",
            "تابعوا {site} على {nets}",
        ),
        "also": ("اقرأ أيضاً: {title}", "اقرأ أيضا: {title}", "طالع أيضاً: {title}", "شاهد أيضاً: {title}"),
        "share": ("شارك المقال", "شارك هذا الخبر", "شارك على {nets}"),
        "copy": (
            "© {y} {site}. جميع الحقوق محفوظة.",
            "جميع الحقوق محفوظة لـ{site} © {y}",
            "حقوق النشر © {y} {site}. جميع الحقوق محفوظة.",
        ),
        "ad": ("إعلان", "محتوى ممول", "إعلانات"),
        "comments": ("التعليقات ({n})", "عدد التعليقات: {n}", "أضف تعليقك", "سجّل الدخول للتعليق"),
        "photo": ("صورة: {ag}", "(تصوير: {name})", "الصورة: {name}/{ag}"),
        "cookie": (
            "يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. باستمرارك في تصفح الموقع فإنك"
            " توافق على استخدامها.",
        ),
        "related": ("أخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضاً", "المزيد من الأخبار"),
    },
    "fa": {
        "news": (
            "برای دریافت مهم‌ترین خبرهای روز در خبرنامه ما عضو شوید.",
            "عضویت در خبرنامه {site}",
        ),
        "follow": ("ما را در {nets} دنبال کنید.", "{site} را در {nets} دنبال کنید."),
        "also": ("بیشتر بخوانید: {title}", "بخوانید: {title}", "همچنین بخوانید: {title}"),
        "share": ("اشتراک‌گذاری", "این مطلب را به اشتراک بگذارید", "اشتراک در {nets}"),
        "copy": (
            "© {y} {site}. تمامی حقوق محفوظ است.",
            "کلیه حقوق این سایت متعلق به {site} است. استفاده از مطالب با ذکر منبع بلامانع است.",
        ),
        "ad": ("آگهی", "تبلیغات", "رپرتاژ آگهی"),
        "comments": ("نظرات ({n})", "{n} نظر", "ارسال نظر", "برای ارسال نظر وارد شوید"),
        "photo": ("عکس: {name}", "عکس: {ag}", "منبع تصویر، {ag}"),
        "cookie": (
            "این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند. با ادامه استفاده از سایت، با"
            " استفاده از کوکی‌ها موافقت می‌کنید.",
        ),
        "related": ("اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید"),
    },
    "ur": {
        "news": (
            "ہمارے نیوز لیٹر کو سبسکرائب کریں اور روزانہ اہم خبریں اپنے ای میل میں حاصل کریں۔",
            "{site} کے نیوز لیٹر کے لیے سائن اپ کریں۔",
        ),
        "follow": ("ہمیں {nets} پر فالو کریں۔", "تازہ ترین خبروں کے لیے {site} کو {nets} پر فالو کریں۔"),
        "also": ("یہ بھی پڑھیں: {title}", "مزید پڑھیں: {title}"),
        "share": ("یہ خبر شیئر کریں", "شیئر کریں", "{nets} پر شیئر کریں"),
        "copy": ("© {y} {site}۔ جملہ حقوق محفوظ ہیں۔", "کاپی رائٹ © {y} {site}۔ جملہ حقوق محفوظ ہیں۔"),
        "ad": ("اشتہار", "ADVERTISEMENT"),
        "comments": ("تبصرے ({n})", "اپنا تبصرہ لکھیں", "تبصرہ کرنے کے لیے لاگ ان کریں"),
        "photo": ("تصویر: {ag}", "فوٹو: {name}", "فائل فوٹو: {ag}"),
        "cookie": (
            "یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔ ویب سائٹ کا استعمال جاری"
            " رکھ کر آپ کوکیز کے استعمال سے اتفاق کرتے ہیں۔",
        ),
        "related": ("متعلقہ خبریں", "مزید خبریں", "یہ بھی پڑھیں"),
    },
    "hi": {
        "news": (
            "हमारे न्यूज़लेटर की सदस्यता लें और रोज़ की बड़ी खबरें सीधे अपने ईमेल पर पाएं।",
            "{site} न्यूज़लेटर के लिए साइन अप करें।",
        ),
        "follow": (
            "हमें {nets} पर फॉलो करें।",
            "देश-दुनिया की ताज़ा खबरों के लिए {site} को {nets} पर फॉलो करें।",
        ),
        "also": ("यह भी पढ़ें: {title}", "ये भी पढ़ें- {title}", "पढ़ें: {title}"),
        "share": ("इस खबर को शेयर करें", "शेयर करें", "{nets} पर शेयर करें"),
        "copy": (
            "© {y} {site}. सर्वाधिकार सुरक्षित।",
            "कॉपीराइट © {y} {site}. सर्वाधिकार सुरक्षित।",
            "Copyright © {y} {site}. All rights reserved.",
        ),
        "ad": ("विज्ञापन", "Advertisement"),
        "comments": ("टिप्पणियां ({n})", "अपनी टिप्पणी लिखें", "कमेंट करने के लिए लॉग इन करें"),
        "photo": ("फोटो: {ag}", "(फोटो: {name})", "फाइल फोटो: {ag}", "तस्वीर: {ag}"),
        "cookie": (
            "यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है। वेबसाइट का उपयोग जारी"
            " रखकर आप कुकीज़ के उपयोग के लिए सहमति देते हैं।",
        ),
        "related": ("संबंधित खबरें", "और पढ़ें", "ये भी पढ़ें"),
    },
    "bn": {
        "news": (
            "আমাদের নিউজলেটারে সাবস্ক্রাইব করুন এবং প্রতিদিনের গুরুত্বপূর্ণ খবর ইমেইলে পান।",
            "{site}-এর নিউজলেটার পেতে সাবস্ক্রাইব করুন।",
        ),
        "follow": (
            "{nets}-এ আমাদের ফলো করুন।",
            "সর্বশেষ খবর পেতে {site}-এর গুগল নিউজ চ্যানেল ফলো করুন।",
        ),
        "also": ("আরও পড়ুন: {title}", "আরও পড়ুন— {title}", "পড়ুন: {title}"),
        "share": ("শেয়ার করুন", "খবরটি শেয়ার করুন", "{nets}-এ শেয়ার করুন"),
        "copy": ("© {y} {site}। সর্বস্বত্ব সংরক্ষিত।", "স্বত্ব © {y} {site}। সর্বস্বত্ব সংরক্ষিত।"),
        "ad": ("বিজ্ঞাপন",),
        "comments": ("মন্তব্য ({n})", "মন্তব্য করুন", "মন্তব্য করতে লগইন করুন"),
        "photo": ("ছবি: {ag}", "ছবি: {name}", "ফাইল ছবি: {ag}"),
        "cookie": (
            "এই ওয়েবসাইট আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করে। ওয়েবসাইটটি ব্যবহার চালিয়ে গেলে আপনি কুকি"
            " ব্যবহারে সম্মতি দিচ্ছেন।",
        ),
        "related": ("সম্পর্কিত খবর", "আরও পড়ুন", "এ বিভাগের আরো খবর"),
    },
    "ta": {
        "news": (
            "எங்கள் செய்திமடலுக்கு பதிவு செய்து, தினசரி முக்கியச் செய்திகளை உங்கள் மின்னஞ்சலில் பெறுங்கள்.",
            "{site} செய்திமடலுக்கு இலவசமாகப் பதிவு செய்யுங்கள்.",
        ),
        "follow": ("எங்களை {nets} பக்கங்களில் பின்தொடருங்கள்.", "{site} சமூக ஊடகப் பக்கங்கள்: {nets}"),
        "also": ("இதையும் படியுங்கள்: {title}", "மேலும் படிக்க: {title}", "இதையும் படிக்க: {title}"),
        "share": ("பகிர்", "இந்தச் செய்தியைப் பகிரவும்", "பகிர: {row}"),
        "copy": (
            "© {y} {site}. அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",
            "Copyright © {y} {site}. All rights reserved.",
        ),
        "ad": ("விளம்பரம்", "Advertisement"),
        "comments": ("கருத்துகள் ({n})", "உங்கள் கருத்தைப் பதிவு செய்யுங்கள்", "கருத்து தெரிவிக்க உள்நுழையவும்"),
        "photo": ("படம்: {ag}", "புகைப்படம்: {name}", "கோப்புப் படம்: {ag}"),
        "cookie": (
            "இந்த இணையதளம் உங்கள் அனுபவத்தை மேம்படுத்த குக்கீகளைப் பயன்படுத்துகிறது. தொடர்ந்து"
            " பயன்படுத்துவதன் மூலம் குக்கீகளின் பயன்பாட்டை ஏற்கிறீர்கள்.",
        ),
        "related": ("தொடர்புடைய செய்திகள்", "மேலும் செய்திகள்", "இதையும் படியுங்கள்"),
    },
    "ne": {
        "news": (
            "हाम्रो न्युजलेटरमा सदस्यता लिनुहोस् र दैनिक मुख्य समाचार इमेलमा पाउनुहोस्।",
            "{site} को न्युजलेटरका लागि साइन अप गर्नुहोस्।",
        ),
        "follow": ("हामीलाई {nets} मा फलो गर्नुहोस्।", "ताजा समाचारका लागि {site} लाई {nets} मा फलो गर्नुहोस्।"),
        "also": ("यो पनि पढ्नुहोस्: {title}", "यो पनि पढ्नुस्: {title}", "थप पढ्नुहोस्: {title}"),
        "share": ("सेयर गर्नुहोस्", "यो समाचार सेयर गर्नुहोस्", "{nets} मा सेयर गर्नुहोस्"),
        "copy": ("© {y} {site}. सर्वाधिकार सुरक्षित।", "सर्वाधिकार © {site} {y}"),
        "ad": ("विज्ञापन",),
        "comments": ("प्रतिक्रिया ({n})", "तपाईंको प्रतिक्रिया लेख्नुहोस्", "प्रतिक्रिया दिन लग इन गर्नुहोस्"),
        "photo": ("तस्बिर: {name}", "फोटो: {ag}", "फाइल तस्बिर: {ag}"),
        "cookie": (
            "यो वेबसाइटले तपाईंको अनुभव सुधार गर्न कुकीज प्रयोग गर्छ। वेबसाइट प्रयोग गरिरहँदा तपाईं कुकीजको"
            " प्रयोगमा सहमत हुनुहुन्छ।",
        ),
        "related": ("सम्बन्धित समाचार", "थप समाचार", "यो पनि पढ्नुहोस्"),
    },
    "el": {
        "news": (
            "Εγγραφείτε στο newsletter μας και λάβετε τις σημαντικότερες ειδήσεις της ημέρας στο email σας.",
            "Κάντε εγγραφή στο δωρεάν newsletter του {site}.",
        ),
        "follow": (
            "Ακολουθήστε μας στα social media: {nets}.",
            "Ακολουθήστε το {site} στο Google News και μάθετε πρώτοι όλες τις ειδήσεις.",
            "Ακολουθήστε μας στο {nets}.",
        ),
        "also": (
            "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: {title}",
            "Διαβάστε επίσης: {title}",
            "Δείτε επίσης: {title}",
            "Διαβάστε ακόμη: {title}",
        ),
        "share": ("Κοινοποίηση", "Μοιραστείτε το άρθρο", "Κοινοποίηση: {row}"),
        "copy": (
            "© {y} {site}. Με την επιφύλαξη παντός δικαιώματος.",
            "Copyright © {y} {site}. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.",
        ),
        "ad": ("Διαφήμιση", "ΔΙΑΦΗΜΙΣΗ", "Χορηγούμενο περιεχόμενο"),
        "comments": ("Σχόλια ({n})", "{n} σχόλια", "Γράψτε ένα σχόλιο", "Συνδεθείτε για να σχολιάσετε"),
        "photo": ("Φωτογραφία: {name}/{ag}", "Φωτ.: {ag}", "(Φωτογραφία αρχείου: {ag})"),
        "cookie": (
            "Ο ιστότοπος χρησιμοποιεί cookies για να σας προσφέρει την καλύτερη δυνατή εμπειρία."
            " Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση τους.",
        ),
        "related": ("Σχετικά άρθρα", "Διαβάστε ακόμη", "Περισσότερα για το θέμα"),
    },
    "tr": {
        "news": (
            "Bültenimize abone olun, günün en önemli haberleri her sabah e-posta kutunuza gelsin.",
            "{site} e-bültenine ücretsiz abone olun.",
        ),
        "follow": (
            "Bizi {nets} hesaplarımızdan takip edin.",
            "{site} haberlerini Google News'ten takip edin.",
            "Son dakika gelişmeler için {site} {nets} hesaplarını takip edin.",
        ),
        "also": (
            "İLGİLİ HABER: {title}",
            "Ayrıca okuyun: {title}",
            "BUNU DA OKUYUN: {title}",
            "Bunlar da ilginizi çekebilir: {title}",
        ),
        "share": ("Paylaş", "Bu haberi paylaş", "Haberi paylaşın: {row}"),
        "copy": (
            "© {y} {site}. Tüm hakları saklıdır.",
            "Copyright © {y} {site}. Tüm hakları saklıdır. İzinsiz ve kaynak gösterilmeden yayımlanamaz.",
        ),
        "ad": ("Reklam", "REKLAM", "Sponsorlu içerik"),
        "comments": ("Yorumlar ({n})", "{n} yorum", "Yorum yap", "Yorum yapmak için giriş yapın"),
        "photo": ("Fotoğraf: {name}/{ag}", "Foto: {ag}", "(Fotoğraf: {ag})"),
        "cookie": (
            "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. Siteyi kullanmaya"
            " devam ederek çerez kullanımını kabul etmiş olursunuz.",
        ),
        "related": ("İlgili Haberler", "Diğer Haberler", "Bunlar da ilginizi çekebilir"),
    },
    "ro": {
        "news": (
            "Abonează-te la newsletterul nostru și primești zilnic cele mai importante știri pe e-mail.",
            "Abonați-vă gratuit la newsletterul {site}.",
        ),
        "follow": (
            "Urmărește-ne pe {nets}.",
            "Urmăriți {site} pe {nets}.",
            "Urmărește {site} și pe Google News.",
        ),
        "also": ("CITEȘTE ȘI: {title}", "Citește și: {title}", "Vezi și: {title}", "Citiți și: {title}"),
        "share": ("Distribuie articolul", "Distribuie", "Distribuie pe {nets}"),
        "copy": (
            "© {y} {site}. Toate drepturile rezervate.",
            "Copyright © {y} {site}. Toate drepturile rezervate. Reproducerea integrală sau parțială a"
            " materialelor este interzisă fără acordul redacției.",
        ),
        "ad": ("Publicitate", "PUBLICITATE", "Conținut sponsorizat"),
        "comments": ("Comentarii ({n})", "Lasă un comentariu", "Autentifică-te pentru a comenta"),
        "photo": ("Foto: {name}/{ag}", "Sursa foto: {ag}", "Foto: {ag}"),
        "cookie": (
            "Acest site folosește cookie-uri pentru a-ți oferi o experiență cât mai bună. Continuarea"
            " navigării implică acceptarea lor.",
        ),
        "related": ("Articole similare", "Citește și", "Alte știri"),
    },
    "hu": {
        "news": (
            "Iratkozzon fel hírlevelünkre, és minden reggel megkapja a nap legfontosabb híreit!",
            "Iratkozz fel a {site} hírlevelére!",
        ),
        "follow": ("Kövessen minket a közösségi médiában: {nets}", "Kövessen minket: {nets}"),
        "also": (
            "Kapcsolódó: {title}",
            "Ezt is ajánljuk: {title}",
            "Olvassa el ezt is: {title}",
            "Ez is érdekelheti: {title}",
        ),
        "share": ("Megosztás", "Cikk megosztása", "Megosztás: {row}"),
        "copy": (
            "© {y} {site}. Minden jog fenntartva.",
            "Copyright © {y} {site}. Minden jog fenntartva. A cikkek és fotók engedély nélküli felhasználása"
            " tilos.",
        ),
        "ad": ("Hirdetés", "HIRDETÉS", "Szponzorált tartalom"),
        "comments": (
            "{n} hozzászólás",
            "Hozzászólások ({n})",
            "Szólj hozzá!",
            "A hozzászóláshoz be kell jelentkezni.",
        ),
        "photo": ("Fotó: {name}/{ag}", "Fotó: {ag}", "Forrás: {ag}"),
        "cookie": (
            "Weboldalunk sütiket (cookie-kat) használ a jobb felhasználói élmény érdekében. Az oldal további"
            " használatával hozzájárul a sütik használatához.",
        ),
        "related": ("Kapcsolódó cikkek", "Ezek is érdekelhetik", "További cikkek"),
    },
    "cs": {
        "news": (
            "Přihlaste se k odběru našeho newsletteru a každé ráno dostanete nejdůležitější zprávy do"
            " e-mailu.",
            "Odebírejte newsletter {site} zdarma.",
        ),
        "follow": ("Sledujte nás na sociálních sítích: {nets}.", "{site} na sociálních sítích: {nets}"),
        "also": (
            "Přečtěte si také: {title}",
            "Čtěte také: {title}",
            "Mohlo by vás zajímat: {title}",
            "Související: {title}",
        ),
        "share": ("Sdílet", "Sdílejte článek", "Sdílet: {row}"),
        "copy": (
            "© {y} {site}. Všechna práva vyhrazena.",
            "Copyright © {y0}–{y} {site}. Všechna práva vyhrazena. Publikování nebo šíření obsahu je"
            " zakázáno bez předchozího souhlasu.",
        ),
        "ad": ("Reklama", "REKLAMA", "Komerční sdělení"),
        "comments": (
            "Diskuse ({n})",
            "Komentáře ({n})",
            "Přidat komentář",
            "Pro přidání komentáře se musíte přihlásit.",
        ),
        "photo": ("Foto: {name}, {ag}", "Foto: {ag}", "Zdroj: {ag}"),
        "cookie": (
            "Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie. Používáním tohoto"
            " webu s tím souhlasíte.",
        ),
        "related": ("Související články", "Mohlo by vás zajímat", "Další články"),
    },
    "sk": {
        "news": (
            "Prihláste sa na odber nášho newslettera a každé ráno dostanete najdôležitejšie správy do"
            " e-mailu.",
            "Odoberajte newsletter {site} zadarmo.",
        ),
        "follow": ("Sledujte nás na sociálnych sieťach: {nets}.", "{site} na sociálnych sieťach: {nets}"),
        "also": (
            "Prečítajte si aj: {title}",
            "Čítajte aj: {title}",
            "Mohlo by vás zaujímať: {title}",
            "Súvisiace: {title}",
        ),
        "share": ("Zdieľať", "Zdieľajte článok", "Zdieľať: {row}"),
        "copy": (
            "© {y} {site}. Všetky práva vyhradené.",
            "Copyright © {y} {site}. Všetky práva vyhradené. Publikovanie alebo ďalšie šírenie obsahu je bez"
            " predchádzajúceho súhlasu zakázané.",
        ),
        "ad": ("Reklama", "REKLAMA", "Komerčný článok"),
        "comments": (
            "Diskusia ({n})",
            "Komentáre ({n})",
            "Pridať komentár",
            "Na pridanie komentára sa musíte prihlásiť.",
        ),
        "photo": ("Foto: {name}/{ag}", "Foto: {ag}", "Zdroj: {ag}"),
        "cookie": (
            "Táto stránka používa súbory cookie na zlepšenie používateľského zážitku. Pokračovaním v"
            " prehliadaní súhlasíte s ich používaním.",
        ),
        "related": ("Súvisiace články", "Mohlo by vás zaujímať", "Ďalšie správy"),
    },
    "sl": {
        "news": (
            "Naročite se na naše e-novice in vsak dan prejmite najpomembnejše novice v svoj e-poštni predal.",
            "Prijavite se na brezplačne e-novice {site}.",
        ),
        "follow": ("Sledite nam na družbenih omrežjih: {nets}.", "{site} na družbenih omrežjih: {nets}"),
        "also": ("Preberite še: {title}", "Preberi še: {title}", "Povezano: {title}"),
        "share": ("Deli", "Deli članek", "Deli: {row}"),
        "copy": (
            "© {y} {site}. Vse pravice pridržane.",
            "Copyright © {y} {site}. Vse pravice pridržane. Kopiranje vsebin brez dovoljenja ni dovoljeno.",
        ),
        "ad": ("Oglas", "OGLAS", "Oglasno sporočilo"),
        "comments": ("Komentarji ({n})", "Komentiraj", "Za komentiranje se morate prijaviti."),
        "photo": ("Foto: {name}/{ag}", "Foto: {ag}", "Vir: {ag}"),
        "cookie": (
            "Spletna stran uporablja piškotke za boljšo uporabniško izkušnjo. Z nadaljnjo uporabo strani se"
            " strinjate z uporabo piškotkov.",
        ),
        "related": ("Sorodni članki", "Preberite še", "Več novic"),
    },
    "hr": {
        "news": (
            "Prijavite se na naš newsletter i primajte najvažnije vijesti dana izravno u svoj sandučić.",
            "Pretplatite se na besplatni newsletter portala {site}.",
        ),
        "follow": ("Pratite nas na društvenim mrežama: {nets}.", "{site} na društvenim mrežama: {nets}"),
        "also": (
            "PROČITAJTE I: {title}",
            "Pročitajte još: {title}",
            "Vezano: {title}",
            "Pročitajte i ovo: {title}",
        ),
        "share": ("Podijeli", "Podijelite članak", "Podijeli: {row}"),
        "copy": (
            "© {y} {site}. Sva prava pridržana.",
            "Copyright © {y} {site}. Sva prava pridržana. Zabranjeno preuzimanje sadržaja bez dozvole"
            " izdavača.",
        ),
        "ad": ("Oglas", "Promo", "Sponzorirani sadržaj"),
        "comments": ("Komentari ({n})", "Komentiraj", "Za komentiranje se morate prijaviti."),
        "photo": ("Foto: {name}/{ag}", "Foto: {ag}", "Izvor: {ag}"),
        "cookie": (
            "Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo. Nastavkom"
            " pregledavanja prihvaćate korištenje kolačića.",
        ),
        "related": ("Povezani članci", "Vezane vijesti", "Pročitajte još"),
    },
    "sr": {
        "news": (
            "Пријавите се за наш њузлетер и примајте најважније вести дана директно у свој имејл.",
            "Претплатите се на бесплатни билтен портала {site}.",
        ),
        "follow": ("Пратите нас на друштвеним мрежама: {nets}.", "{site} на друштвеним мрежама: {nets}"),
        "also": ("ПРОЧИТАЈТЕ ЈОШ: {title}", "Прочитајте и: {title}", "Погледајте и: {title}"),
        "share": ("Подели", "Подели вест", "Подели: {row}"),
        "copy": (
            "© {y} {site}. Сва права задржана.",
            "Copyright © {y} {site}. Сва права задржана. Преузимање садржаја без дозволе редакције није"
            " дозвољено.",
        ),
        "ad": ("Оглас", "Реклама", "Промо"),
        "comments": ("Коментари ({n})", "Оставите коментар", "Пријавите се да бисте коментарисали."),
        "photo": ("Фото: {name}/{ag}", "Фото: {ag}", "Извор: {ag}"),
        "cookie": (
            "Овај сајт користи колачиће како би вам пружио боље корисничко искуство. Наставком коришћења"
            " сајта прихватате употребу колачића.",
        ),
        "related": ("Повезане вести", "Прочитајте још", "Остале вести"),
    },
    "bg": {
        "news": (
            "Абонирайте се за нашия бюлетин и получавайте най-важните новини на деня на имейла си.",
            "Абонирайте се безплатно за бюлетина на {site}.",
        ),
        "follow": ("Последвайте ни: {nets}", "Последвайте {site} в социалните мрежи: {nets}"),
        "also": ("ОЩЕ ПО ТЕМАТА: {title}", "Прочетете още: {title}", "Вижте още: {title}"),
        "share": ("Сподели", "Сподели статията", "Сподели: {row}"),
        "copy": (
            "© {y} {site}. Всички права запазени.",
            "Copyright © {y} {site}. Всички права запазени. Използването на материали без разрешение е"
            " забранено.",
        ),
        "ad": ("Реклама", "РЕКЛАМА", "Платена публикация"),
        "comments": ("Коментари ({n})", "Напиши коментар", "Влезте, за да коментирате."),
        "photo": ("Снимка: {name}/{ag}", "Снимка: {ag}", "Източник: {ag}"),
        "cookie": (
            "Този сайт използва бисквитки, за да подобри вашето потребителско изживяване. Продължавайки да"
            " използвате сайта, вие се съгласявате с използването им.",
        ),
        "related": ("Още по темата", "Свързани статии", "Още новини"),
    },
    "uk": {
        "news": (
            "Підпишіться на нашу розсилку й отримуйте головні новини дня на електронну пошту.",
            "Підписуйтеся на розсилку {site}.",
        ),
        "follow": ("Читайте нас у {nets}.", "Слідкуйте за {site} у соцмережах: {nets}"),
        "also": (
            "Читайте також: {title}",
            "ЧИТАЙТЕ ТАКОЖ: {title}",
            "Дивіться також: {title}",
            "По темі: {title}",
        ),
        "share": ("Поділитися", "Поділитися: {row}"),
        "copy": (
            "© {y} {site}. Усі права захищені.",
            "© {y0}–{y} {site}. Усі права захищено. Використання матеріалів дозволяється за умови посилання"
            " на {site}.",
        ),
        "ad": ("Реклама", "РЕКЛАМА", "Партнерський матеріал"),
        "comments": ("Коментарі ({n})", "Залишити коментар", "Увійдіть, щоб залишити коментар."),
        "photo": ("Фото: {name}/{ag}", "Фото: {ag}", "Фото ілюстративне"),
        "cookie": (
            "Ми використовуємо файли cookie, щоб покращити роботу сайту. Продовжуючи користуватися сайтом, ви"
            " погоджуєтеся з їх використанням.",
        ),
        "related": ("Читайте також", "Новини за темою", "Інші новини"),
    },
    "lt": {
        "news": (
            "Užsiprenumeruokite mūsų naujienlaiškį ir kasdien gaukite svarbiausias naujienas el. paštu.",
            "Prenumeruokite portalo {site} naujienlaiškį.",
        ),
        "follow": ("Sekite mus socialiniuose tinkluose: {nets}.", "{site} socialiniuose tinkluose: {nets}"),
        "also": ("Taip pat skaitykite: {title}", "SKAITYKITE TAIP PAT: {title}", "Susiję: {title}"),
        "share": ("Dalintis", "Pasidalinkite straipsniu", "Dalintis: {row}"),
        "copy": (
            "© {y} {site}. Visos teisės saugomos.",
            "Copyright © {y} {site}. Visos teisės saugomos. Kopijuoti, platinti be raštiško sutikimo"
            " draudžiama.",
        ),
        "ad": ("Reklama", "REKLAMA", "Užsakomasis turinys"),
        "comments": ("Komentarai ({n})", "Rašyti komentarą", "Norėdami komentuoti, prisijunkite."),
        "photo": ("Nuotr. {name}", "Nuotrauka: {ag}", "{ag} nuotr."),
        "cookie": (
            "Šioje svetainėje naudojami slapukai, siekiant pagerinti naršymo patirtį. Toliau naršydami"
            " sutinkate su slapukų naudojimu.",
        ),
        "related": ("Susiję straipsniai", "Taip pat skaitykite", "Kitos naujienos"),
    },
    "lv": {
        "news": (
            "Piesakies mūsu jaunumu vēstulei un saņem svarīgākās dienas ziņas savā e-pastā.",
            "Piesakies {site} jaunumu saņemšanai e-pastā.",
        ),
        "follow": ("Seko mums sociālajos tīklos: {nets}.", "{site} sociālajos tīklos: {nets}"),
        "also": ("Lasi arī: {title}", "LASI VĒL: {title}", "Saistītie raksti: {title}"),
        "share": ("Dalīties", "Dalies ar rakstu", "Dalīties: {row}"),
        "copy": (
            "© {y} {site}. Visas tiesības aizsargātas.",
            "Copyright © {y} {site}. Visas tiesības aizsargātas. Materiālu pārpublicēšana bez atļaujas"
            " aizliegta.",
        ),
        "ad": ("Reklāma", "REKLĀMA", "Sponsorēts saturs"),
        "comments": ("Komentāri ({n})", "Komentēt", "Lai komentētu, lūdzu, autorizējies."),
        "photo": ("Foto: {name}/{ag}", "Foto: {ag}", "Avots: {ag}"),
        "cookie": (
            "Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi. Turpinot lietot vietni, jūs"
            " piekrītat sīkdatņu izmantošanai.",
        ),
        "related": ("Saistītie raksti", "Lasi vēl", "Citas ziņas"),
    },
    "et": {
        "news": (
            "Telli meie uudiskiri ja saa päeva olulisemad uudised otse oma postkasti.",
            "Telli {site} uudiskiri tasuta.",
        ),
        "follow": ("Jälgi meid sotsiaalmeedias: {nets}.", "{site} sotsiaalmeedias: {nets}"),
        "also": ("Loe ka: {title}", "LOE KA: {title}", "Vaata ka: {title}"),
        "share": ("Jaga", "Jaga artiklit", "Jaga: {row}"),
        "copy": (
            "© {y} {site}. Kõik õigused kaitstud.",
            "Copyright © {y} {site}. Kõik õigused kaitstud. Materjalide kasutamine ilma loata on keelatud.",
        ),
        "ad": ("Reklaam", "REKLAAM", "Sisuturundus"),
        "comments": ("Kommentaarid ({n})", "Kommenteeri", "Kommenteerimiseks logi sisse."),
        "photo": ("Foto: {name}", "Foto: {name} / {ag}", "Allikas: {ag}"),
        "cookie": (
            "See veebileht kasutab küpsiseid, et pakkuda paremat kasutuskogemust. Veebilehe kasutamist"
            " jätkates nõustute küpsiste kasutamisega.",
        ),
        "related": ("Seotud artiklid", "Loe ka", "Veel uudiseid"),
    },
    "fi": {
        "news": (
            "Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset suoraan sähköpostiisi.",
            "Tilaa maksuton uutiskirjeemme tästä.",
        ),
        "follow": ("Seuraa meitä somessa: {nets}.", "Seuraa meitä: {nets}"),
        "also": ("Lue myös: {title}", "LUE MYÖS: {title}", "Katso myös: {title}"),
        "share": ("Jaa", "Jaa artikkeli", "Jaa: {row}"),
        "copy": (
            "© {y} {site}. Kaikki oikeudet pidätetään.",
            "Copyright © {y} {site}. Kaikki oikeudet pidätetään. Sisällön kopioiminen ilman lupaa on"
            " kielletty.",
        ),
        "ad": ("Mainos", "MAINOS", "Kaupallinen yhteistyö"),
        "comments": ("Kommentit ({n})", "Kommentoi", "Kirjaudu sisään kommentoidaksesi."),
        "photo": ("Kuva: {name} / {ag}", "Kuva: {ag}", "KUVA: {ag}"),
        "cookie": (
            "Käytämme evästeitä parantaaksemme käyttökokemustasi. Jatkamalla sivuston käyttöä hyväksyt"
            " evästeiden käytön.",
        ),
        "related": ("Lue myös", "Aiheeseen liittyvät", "Lisää aiheesta"),
    },
    "is": {
        "news": (
            "Skráðu þig á póstlistann okkar og fáðu helstu fréttir dagsins beint í pósthólfið.",
            "Skráðu þig á fréttabréf {site}.",
        ),
        "follow": ("Fylgdu okkur á {nets}.", "Fylgstu með {site} á {nets}."),
        "also": ("Lestu einnig: {title}", "Sjá einnig: {title}", "Tengdar fréttir: {title}"),
        "share": ("Deila", "Deila frétt", "Deila: {row}"),
        "copy": ("© {y} {site}. Allur réttur áskilinn.", "Copyright © {y} {site}. Allur réttur áskilinn."),
        "ad": ("Auglýsing", "AUGLÝSING", "Kynning"),
        "comments": ("Athugasemdir ({n})", "Skrifa athugasemd", "Skráðu þig inn til að skrifa athugasemd."),
        "photo": ("Mynd: {name}", "{ag}/{name}", "Ljósmynd: {ag}"),
        "cookie": (
            "Þessi vefur notar vafrakökur til að bæta upplifun notenda. Með því að halda áfram samþykkir þú"
            " notkun þeirra.",
        ),
        "related": ("Tengdar fréttir", "Fleiri fréttir", "Lestu einnig"),
    },
    "ka": {
        "news": ("გამოიწერეთ ჩვენი ყოველდღიური ბიულეტენი.", "გამოიწერეთ {site}-ის სიახლეები ელფოსტით."),
        "follow": ("გამოგვყევით სოციალურ ქსელებში: {nets}", "{site} სოციალურ ქსელებში: {nets}"),
        "also": ("ასევე წაიკითხეთ: {title}", "წაიკითხეთ ასევე: {title}", "იხილეთ ასევე: {title}"),
        "share": ("გაზიარება", "გააზიარეთ სტატია", "გაზიარება: {row}"),
        "copy": (
            "© {y} {site}. ყველა უფლება დაცულია.",
            "ყველა უფლება დაცულია © {site} {y}. მასალების გამოყენება დაშვებულია მხოლოდ წყაროს მითითებით.",
        ),
        "ad": ("რეკლამა",),
        "comments": ("კომენტარები ({n})", "დაწერეთ კომენტარი", "კომენტარის დასაწერად გაიარეთ ავტორიზაცია."),
        "photo": ("ფოტო: {name}", "ფოტო: {ag}", "ფოტო: {name}/{ag}"),
        "cookie": (
            "ეს ვებგვერდი იყენებს ქუქი-ფაილებს თქვენი გამოცდილების გასაუმჯობესებლად. საიტის გამოყენების"
            " გაგრძელებით თქვენ ეთანხმებით ქუქი-ფაილების გამოყენებას.",
        ),
        "related": ("მსგავსი სიახლეები", "ასევე წაიკითხეთ", "სხვა სიახლეები"),
    },
    "hy": {
        "news": (
            "Բաժանորդագրվեք մեր տեղեկագրին և ստացեք օրվա կարևոր լուրերը ձեր էլփոստին։",
            "Բաժանորդագրվեք {site}-ի լուրերին։",
        ),
        "follow": ("Հետևեք մեզ սոցիալական ցանցերում՝ {nets}", "{site}-ը սոցցանցերում՝ {nets}"),
        "also": ("Կարդացեք նաև՝ {title}", "Կարդացեք նաև. {title}", "Տես նաև՝ {title}"),
        "share": ("Կիսվել", "Կիսվել՝ {row}"),
        "copy": (
            "© {y} {site}։ Բոլոր իրավունքները պաշտպանված են։",
            "Նյութերի մասնակի կամ ամբողջական օգտագործման դեպքում հղումը {site}-ին պարտադիր է։ © {y}",
        ),
        "ad": ("Գովազդ", "ԳՈՎԱԶԴ"),
        "comments": (
            "Մեկնաբանություններ ({n})",
            "Թողնել մեկնաբանություն",
            "Մեկնաբանելու համար մուտք գործեք։",
        ),
        "photo": ("Լուսանկարը՝ {name}", "Լուսանկարը՝ {ag}", "Ֆոտո՝ {ag}"),
        "cookie": (
            "Այս կայքը օգտագործում է թխուկներ (cookies)՝ ձեր փորձառությունը բարելավելու համար։ Շարունակելով"
            " օգտագործել կայքը՝ դուք համաձայնվում եք դրանց օգտագործմանը։",
        ),
        "related": ("Առնչվող նյութեր", "Կարդացեք նաև", "Այլ լուրեր"),
    },
    "az": {
        "news": (
            "Xəbər bülletenimizə abunə olun və günün ən vacib xəbərlərini e-poçtunuza alın.",
            "{site} xəbər bülleteninə pulsuz abunə olun.",
        ),
        "follow": ("Bizi sosial şəbəkələrdə izləyin: {nets}", "{site} sosial şəbəkələrdə: {nets}"),
        "also": ("Həmçinin oxuyun: {title}", "OXU: {title}", "Oxşar xəbər: {title}"),
        "share": ("Paylaş", "Xəbəri paylaş", "Paylaş: {row}"),
        "copy": (
            "© {y} {site}. Bütün hüquqlar qorunur.",
            "Materiallardan istifadə zamanı istinad mütləqdir. © {y} {site}",
        ),
        "ad": ("Reklam", "REKLAM"),
        "comments": ("Şərhlər ({n})", "Şərh yaz", "Şərh yazmaq üçün daxil olun."),
        "photo": ("Foto: {name}", "Foto: {ag}", "Foto: {name}/{ag}"),
        "cookie": (
            "Bu sayt istifadəçi təcrübəsini yaxşılaşdırmaq üçün kukilərdən istifadə edir. Saytdan istifadəni"
            " davam etdirməklə kukilərin istifadəsinə razılıq verirsiniz.",
        ),
        "related": ("Oxşar xəbərlər", "Digər xəbərlər", "Həmçinin oxuyun"),
    },
    "kk": {
        "news": (
            "Біздің жаңалықтар таратылымына жазылып, күннің басты жаңалықтарын электронды поштаңызға алыңыз.",
            "{site} жаңалықтарына жазылыңыз.",
        ),
        "follow": ("Бізді әлеуметтік желілерде оқыңыз: {nets}", "{site} әлеуметтік желілерде: {nets}"),
        "also": ("Сондай-ақ оқыңыз: {title}", "ОҚИ ОТЫРЫҢЫЗ: {title}", "Тағы оқыңыз: {title}"),
        "share": ("Бөлісу", "Жаңалықпен бөлісу", "Бөлісу: {row}"),
        "copy": (
            "© {y} {site}. Барлық құқықтар қорғалған.",
            "Материалдарды пайдаланғанда {site} сайтына сілтеме жасау міндетті. © {y}",
        ),
        "ad": ("Жарнама", "ЖАРНАМА"),
        "comments": ("Пікірлер ({n})", "Пікір қалдыру", "Пікір қалдыру үшін жүйеге кіріңіз."),
        "photo": ("Фото: {name}", "Фото: {ag}", "Фото: {name}/{ag}"),
        "cookie": (
            "Бұл сайт пайдаланушы тәжірибесін жақсарту үшін cookie файлдарын пайдаланады. Сайтты пайдалануды"
            " жалғастыра отырып, сіз cookie файлдарын пайдалануға келісесіз.",
        ),
        "related": ("Тақырып бойынша", "Тағы оқыңыз", "Басқа жаңалықтар"),
    },
    "uz": {
        "news": (
            "Axborotnomamizga obuna bo‘ling va kunning eng muhim yangiliklarini elektron pochtangizga oling.",
            "{site} yangiliklariga obuna bo‘ling.",
        ),
        "follow": (
            "Bizni ijtimoiy tarmoqlarda kuzatib boring: {nets}",
            "{site} ijtimoiy tarmoqlarda: {nets}",
        ),
        "also": ("Shuningdek o‘qing: {title}", "Yana o‘qing: {title}", "Mavzuga oid: {title}"),
        "share": ("Ulashish", "Maqolani ulashish", "Ulashish: {row}"),
        "copy": (
            "© {y} {site}. Barcha huquqlar himoyalangan.",
            "Materiallardan foydalanilganda {site} saytiga havola berilishi shart. © {y}",
        ),
        "ad": ("Reklama", "REKLAMA", "Reklama huquqi asosida"),
        "comments": ("Izohlar ({n})", "Izoh qoldirish", "Izoh qoldirish uchun tizimga kiring."),
        "photo": ("Foto: {name}", "Foto: {ag}", "Surat: {ag}"),
        "cookie": (
            "Ushbu sayt foydalanuvchi tajribasini yaxshilash uchun cookie fayllaridan foydalanadi. Saytdan"
            " foydalanishni davom ettirib, siz bunga rozilik bildirasiz.",
        ),
        "related": ("Mavzuga oid", "Boshqa yangiliklar", "Shuningdek o‘qing"),
    },
    "am": {
        "news": (
            "የዕለቱን ዋና ዋና ዜናዎች በኢሜይልዎ ለማግኘት ለዜና መጽሔታችን ይመዝገቡ።",
            "የ{site} ዜናዎችን ለማግኘት ይመዝገቡ።",
        ),
        "follow": ("በማኅበራዊ ሚዲያ ይከተሉን፦ {nets}", "ይከተሉን፦ {nets}"),
        "also": ("ተጨማሪ ያንብቡ፦ {title}", "ይህንንም ያንብቡ፦ {title}"),
        "share": ("ያጋሩ", "ይህንን ዜና ያጋሩ", "ያጋሩ፦ {row}"),
        "copy": ("© {y} {site}። መብቱ በሕግ የተጠበቀ ነው።", "የቅጂ መብት © {y} {site}። መብቱ በሕግ የተጠበቀ ነው።"),
        "ad": ("ማስታወቂያ",),
        "comments": ("አስተያየቶች ({n})", "አስተያየት ይስጡ", "አስተያየት ለመስጠት ይግቡ።"),
        "photo": ("ፎቶ፦ {ag}", "ፎቶ፦ {name}", "የፎቶው ባለመብት፣ {ag}"),
        "cookie": ("ይህ ድረ-ገጽ የተሻለ አገልግሎት ለመስጠት ኩኪዎችን ይጠቀማል። ድረ-ገጹን መጠቀምዎን በመቀጠል በኩኪዎች አጠቃቀም ይስማማሉ።",),
        "related": ("ተዛማጅ ዜናዎች", "ተጨማሪ ዜናዎች"),
    },
    "ha": {
        "news": (
            "Yi rajista don samun labaranmu na yau da kullum ta imel.",
            "Yi rajista don karɓar labarai daga {site} kai tsaye a akwatin imel ɗinka.",
        ),
        "follow": ("Ku biyo mu a {nets}.", "Ku bi {site} a shafukan sada zumunta: {nets}"),
        "also": ("Karanta kuma: {title}", "Labarai masu alaƙa: {title}"),
        "share": ("Raba wannan labari", "Raba", "Raba: {row}"),
        "copy": ("Haƙƙin mallaka © {y} {site}. An kiyaye duk haƙƙoƙi.",),
        "ad": ("Talla", "TALLA"),
        "comments": ("Sharhi ({n})", "Bar sharhi", "Shiga don yin sharhi"),
        "photo": ("Hoto: {ag}", "Asalin hoton, {ag}", "Hoto: {name}/{ag}"),
        "cookie": (
            "Wannan shafin yana amfani da kukis don inganta amfaninka. Ta ci gaba da amfani da shafin, ka"
            " amince da amfani da kukis.",
        ),
        "related": ("Labarai masu alaƙa", "Karin labarai", "Sauran labarai"),
    },
    "ca": {
        "news": (
            "Subscriu-te al nostre butlletí i rep cada matí les notícies més importants al teu correu.",
            "Rep gratuïtament el butlletí de {site}.",
        ),
        "follow": ("Segueix-nos a {nets}.", "Segueix {site} a {nets}."),
        "also": ("LLEGIU TAMBÉ: {title}", "Llegeix també: {title}", "Et pot interessar: {title}"),
        "share": ("Comparteix", "Comparteix aquest article", "Comparteix a {nets}"),
        "copy": (
            "© {y} {site}. Tots els drets reservats.",
            "Copyright © {y} {site}. Tots els drets reservats. Queda prohibida la reproducció total o parcial"
            " sense autorització.",
        ),
        "ad": ("Publicitat", "PUBLICITAT", "Contingut patrocinat"),
        "comments": (
            "{n} comentaris",
            "Comentaris ({n})",
            "Deixa un comentari",
            "Inicia sessió per comentar",
        ),
        "photo": ("Foto: {name} / {ag}", "Fotografia: {ag}", "Imatge: {ag}"),
        "cookie": (
            "Aquest lloc web utilitza galetes per millorar la vostra experiència. Si continueu navegant,"
            " considerem que n'accepteu l'ús.",
        ),
        "related": ("Notícies relacionades", "També et pot interessar", "Més notícies"),
    },
    "eu": {
        "news": (
            "Harpidetu zaitez gure buletinera eta jaso eguneko albiste garrantzitsuenak zure posta"
            " elektronikoan.",
            "Eman izena gure buletinean.",
        ),
        "follow": ("Jarraitu gaitzazu sare sozialetan: {nets}", "{site} sare sozialetan: {nets}"),
        "also": ("Irakurri hau ere: {title}", "Honi buruz gehiago: {title}"),
        "share": ("Partekatu", "Partekatu albistea", "Partekatu: {row}"),
        "copy": (
            "© {y} {site}. Eskubide guztiak erreserbatuta.",
            "Copyright © {y} {site}. Eskubide guztiak erreserbatuta.",
        ),
        "ad": ("Publizitatea", "Iragarkia"),
        "comments": ("Iruzkinak ({n})", "Utzi iruzkina", "Hasi saioa iruzkina egiteko"),
        "photo": ("Argazkia: {name}", "Argazkia: {ag}", "Argazkia: {name} / {ag}"),
        "cookie": (
            "Webgune honek cookieak erabiltzen ditu zure nabigazio-esperientzia hobetzeko. Nabigatzen"
            " jarraituz gero, horien erabilera onartzen duzula ulertuko dugu.",
        ),
        "related": ("Lotutako albisteak", "Gai honi buruz gehiago", "Beste albiste batzuk"),
    },
    "gl": {
        "news": (
            "Subscríbete ao noso boletín e recibe cada mañá as noticias máis importantes no teu correo.",
            "Recibe de balde o boletín de {site}.",
        ),
        "follow": ("Síguenos en {nets}.", "Segue a {site} en {nets}."),
        "also": ("LEA TAMÉN: {title}", "Le tamén: {title}", "Pode interesarche: {title}"),
        "share": ("Compartir", "Comparte esta noticia", "Compartir en {nets}"),
        "copy": (
            "© {y} {site}. Todos os dereitos reservados.",
            "Copyright © {y} {site}. Todos os dereitos reservados. Prohibida a reprodución total ou parcial"
            " sen autorización.",
        ),
        "ad": ("Publicidade", "PUBLICIDADE"),
        "comments": (
            "{n} comentarios",
            "Comentarios ({n})",
            "Deixa un comentario",
            "Inicia sesión para comentar",
        ),
        "photo": ("Foto: {name}", "Foto: {name} / {ag}", "Imaxe: {ag}"),
        "cookie": (
            "Este sitio web utiliza cookies para mellorar a túa experiencia. Se continúas navegando,"
            " consideramos que aceptas o seu uso.",
        ),
        "related": ("Noticias relacionadas", "Tamén che pode interesar", "Máis noticias"),
    },
    "af": {
        "news": (
            "Teken in op ons nuusbrief en kry elke oggend die dag se grootste nuus in jou inkassie.",
            "Teken nou in op {site} se gratis nuusbrief.",
        ),
        "follow": ("Volg ons op {nets}.", "Volg {site} op {nets} vir die jongste nuus."),
        "also": ("LEES OOK: {title}", "Lees ook: {title}", "Sien ook: {title}"),
        "share": ("Deel hierdie artikel", "Deel", "Deel op {nets}"),
        "copy": ("© {y} {site}. Alle regte voorbehou.", "Kopiereg © {y} {site}. Alle regte voorbehou."),
        "ad": ("Advertensie", "ADVERTENSIE", "Geborgde inhoud"),
        "comments": (
            "{n} kommentare",
            "Kommentaar ({n})",
            "Lewer kommentaar",
            "Meld aan om kommentaar te lewer",
        ),
        "photo": ("Foto: {name}", "Foto: {ag}", "Foto: {name}/{ag}"),
        "cookie": (
            "Hierdie webwerf gebruik koekies om jou ervaring te verbeter. Deur voort te gaan, stem jy in tot"
            " die gebruik van koekies.",
        ),
        "related": ("Verwante artikels", "Lees ook", "Meer nuus"),
    },
}

#: the families, each with where sites put it and a short name for the kind
FAMILIES: dict[str, tuple[str, str]] = {
    "photo": ("start", "lead photo's credit"),
    "share": ("start", "'share this article' row"),
    "cookie": ("start", "cookie consent sentence"),
    "also": ("middle", "'read also' teaser with another record's headline"),
    "ad": ("middle", "advertisement label"),
    "news": ("middle", "newsletter sign-up prompt"),
    "follow": ("end", "'follow us' prompt with the networks"),
    "copy": ("end", "copyright / all rights reserved line"),
    "comments": ("end", "comments prompt or count"),
    "related": ("end", "related-articles heading with nothing after it"),
}


# ---------------------------------------------------------------- the two groups of languages
def _group(code: str) -> str:
    """The language's group by the fixed rule: the first byte of its code's SHA-256, even A, odd B."""
    return "A" if hashlib.sha256(code.encode()).digest()[0] % 2 == 0 else "B"


GROUPS: dict[str, tuple[str, ...]] = {g: tuple(sorted(c for c in TEXTS if _group(c) == g)) for g in "AB"}
#: as the docstring lists them (checked at import, so the docstring cannot drift from the rule)
_LISTED = {
    "A": "af az bn el es et fa fi gl ha hy is it ka lv pl ro sk sl sr sw ta tl tr ur uz vi zh",
    "B": "am ar bg ca cs de en eu fr he hi hr hu id ja kk ko lt ms ne pt ru th uk",
}
assert all(set(_LISTED[g].split()) == set(GROUPS[g]) for g in "AB"), GROUPS


# ---------------------------------------------------------------- the variable parts
#: networks as a language's sites name them (Latin names where they keep them)
_NETS_LATIN = (
    "Facebook",
    "X",
    "Instagram",
    "YouTube",
    "TikTok",
    "WhatsApp",
    "Telegram",
    "LinkedIn",
    "Threads",
)
NETS: dict[str, tuple[str, ...]] = {
    "ru": ("Telegram", "ВКонтакте", "Одноклассники", "Дзен", "YouTube", "Rutube"),
    "uk": ("Telegram", "Facebook", "Instagram", "X", "YouTube", "TikTok", "Viber"),
    "kk": ("Telegram", "Instagram", "Facebook", "YouTube", "TikTok", "Threads"),
    "uz": ("Telegram", "Instagram", "Facebook", "YouTube", "X"),
    "zh": ("微博", "微信", "抖音", "小红书", "B站", "今日头条"),
    "ja": ("X（旧Twitter）", "Facebook", "Instagram", "LINE", "YouTube", "TikTok"),
    "ko": ("유튜브", "페이스북", "인스타그램", "카카오톡", "네이버", "X"),
    "vi": ("Facebook", "Zalo", "YouTube", "TikTok"),
    "th": ("Facebook", "LINE", "X", "YouTube", "TikTok", "Instagram"),
    "ar": ("فيسبوك", "إكس", "إنستغرام", "يوتيوب", "تيك توك", "تلغرام", "واتساب"),
    "he": ("פייסבוק", "אינסטגרם", "טיקטוק", "יוטיוב", "טלגרם", "X"),
    "fa": ("تلگرام", "اینستاگرام", "ایکس", "یوتیوب", "واتس‌اپ", "فیسبوک"),
    "ur": ("فیس بک", "ایکس", "انسٹاگرام", "یوٹیوب", "واٹس ایپ", "ٹک ٹاک"),
    "hi": ("फेसबुक", "एक्स", "इंस्टाग्राम", "यूट्यूब", "व्हाट्सएप", "टेलीग्राम"),
    "bn": ("ফেসবুক", "ইউটিউব", "এক্স", "ইনস্টাগ্রাম", "হোয়াটসঅ্যাপ"),
    "ta": ("ஃபேஸ்புக்", "எக்ஸ்", "இன்ஸ்டாகிராம்", "யூடியூப்", "வாட்ஸ்அப்"),
    "ne": ("फेसबुक", "एक्स", "इन्स्टाग्राम", "युट्युब", "टिकटक"),
}
#: a language's list: the separator, its "and" (None: the separator throughout) and whether "and" is a
#: prefix joined to the last name (Arabic و, Hebrew ו, with a hyphen before a name in Latin letters)
AND: dict[str, tuple[str, str | None, bool]] = {
    "en": (", ", " and ", False),
    "es": (", ", " y ", False),
    "de": (", ", " und ", False),
    "fr": (", ", " et ", False),
    "pt": (", ", " e ", False),
    "it": (", ", " e ", False),
    "pl": (", ", " i ", False),
    "ru": (", ", None, False),
    "uk": (", ", " та ", False),
    "zh": ("、", None, False),
    "ja": ("、", None, False),
    "ko": (", ", None, False),
    "sw": (", ", " na ", False),
    "tl": (", ", " at ", False),
    "id": (", ", " dan ", False),
    "ms": (", ", " dan ", False),
    "vi": (", ", " và ", False),
    "th": (" ", " และ ", False),
    "he": (", ", " ו", True),
    "ar": ("، ", " و", True),
    "fa": ("، ", " و ", False),
    "ur": ("، ", " اور ", False),
    "hi": (", ", " और ", False),
    "bn": (", ", " ও ", False),
    "ta": (", ", " மற்றும் ", False),
    "ne": (", ", " र ", False),
    "el": (", ", " και ", False),
    "tr": (", ", " ve ", False),
    "ro": (", ", " și ", False),
    "hu": (", ", " és ", False),
    "cs": (", ", " a ", False),
    "sk": (", ", " a ", False),
    "sl": (", ", " in ", False),
    "hr": (", ", " i ", False),
    "sr": (", ", " и ", False),
    "bg": (", ", " и ", False),
    "lt": (", ", " ir ", False),
    "lv": (", ", " un ", False),
    "et": (", ", " ja ", False),
    "fi": (", ", " ja ", False),
    "is": (", ", " og ", False),
    "ka": (", ", " და ", False),
    "hy": (", ", " և ", False),
    "az": (", ", " və ", False),
    "kk": (", ", " және ", False),
    "uz": (", ", " va ", False),
    "am": ("፣ ", " እና ", False),
    "ha": (", ", " da ", False),
    "ca": (", ", " i ", False),
    "eu": (", ", " eta ", False),
    "gl": (", ", " e ", False),
    "af": (", ", " en ", False),
}
#: agencies, picture desks and papers a language's sites credit (with the world's agencies)
_WORLD_AGENCIES = ("AFP", "Reuters", "AP", "EPA", "Getty Images", "Shutterstock")
AGENCIES: dict[str, tuple[str, ...]] = {
    "en": ("PA", "Alamy", "Bloomberg", "AAP"),
    "es": ("EFE", "Europa Press"),
    "de": ("dpa", "picture alliance", "imago images", "Keystone"),
    "fr": ("MAXPPP", "Hans Lucas", "SIPA"),
    "pt": ("Lusa", "Agência Brasil", "Folhapress"),
    "ru": ("РИА Новости", "ТАСС", "Коммерсантъ"),
    "zh": ("新华社", "中新社", "视觉中国"),
    "ja": ("共同通信", "時事通信", "AFP＝時事"),
    "ko": ("연합뉴스", "뉴시스", "뉴스1"),
    "it": ("Ansa", "LaPresse", "Imagoeconomica"),
    "pl": ("PAP", "East News", "Agencja Gazeta", "Forum"),
    "sw": ("Mwananchi", "Xinhua"),
    "tl": ("PNA", "Philstar.com"),
    "id": ("ANTARA", "detikcom", "Kompas.com"),
    "ms": ("Bernama",),
    "vi": ("TTXVN", "VnExpress"),
    "th": ("Bangkok Post", "ไทยรัฐออนไลน์"),
    "he": ("פלאש 90", "רויטרס"),
    "ar": ("رويترز", "أ ف ب", "الأناضول", "وكالة الأنباء السعودية"),
    "fa": ("ایرنا", "ایسنا", "خبرگزاری فارس"),
    "ur": ("اے ایف پی", "رائٹرز", "اے پی پی"),
    "hi": ("पीटीआई", "एएनआई", "आईएएनएस"),
    "bn": ("বাসস", "রয়টার্স", "এএফপি"),
    "ta": ("பிடிஐ", "ஏஎஃப்பி", "ராய்ட்டர்ஸ்"),
    "ne": ("रासस", "एएफपी", "रोयटर्स"),
    "el": ("ΑΠΕ-ΜΠΕ", "Eurokinissi", "Intime News"),
    "tr": ("AA", "DHA", "İHA", "Anadolu Ajansı"),
    "ro": ("Agerpres", "Inquam Photos", "Profimedia"),
    "hu": ("MTI", "Index", "Telex"),
    "cs": ("ČTK", "Profimedia.cz", "MAFRA"),
    "sk": ("TASR", "SITA"),
    "sl": ("STA", "Bobo"),
    "hr": ("Pixsell", "HINA", "Cropix"),
    "sr": ("Танјуг", "Бета", "ФоНет"),
    "bg": ("БТА", "БГНЕС", "Булфото"),
    "uk": ("Укрінформ", "УНІАН"),
    "lt": ("BNS", "ELTA", "Scanpix"),
    "lv": ("LETA", "F64", "Scanpix"),
    "et": ("Postimees", "Scanpix", "ERR"),
    "fi": ("Lehtikuva", "STT", "Yle"),
    "is": ("Vísir", "mbl.is", "RÚV"),
    "ka": ("ინტერპრესნიუსი", "საქინფორმი"),
    "hy": ("Արմենպրես", "Photolure"),
    "az": ("APA", "Report", "AZƏRTAC"),
    "kk": ("Kazinform", "Tengrinews", "Vox Populi"),
    "uz": ("Kun.uz", "Daryo", "UzA"),
    "am": ("ኢዜአ", "ሮይተርስ"),
    "ha": ("NAN", "Daily Trust"),
    "ca": ("ACN", "EFE", "Europa Press"),
    "eu": ("EFE", "Europa Press", "Foku"),
    "gl": ("EFE", "Europa Press"),
    "af": ("Gallo Images", "Netwerk24"),
}
#: photographers' names for the languages the earlier sets' name pools lack
NAMES: dict[str, tuple[str, ...]] = {
    "sw": ("Juma Mwakyusa", "Neema Mushi", "Baraka Otieno", "Amina Said"),
    "tl": ("Juan dela Cruz", "Maria Santos", "Jose Reyes", "Ana Bautista"),
    "ms": ("Ahmad Faizal", "Nurul Aina", "Mohd Hafiz", "Siti Aishah"),
    "fa": ("مریم احمدی", "علی رضایی", "سارا محمدی", "حسین کریمی"),
    "ur": ("احمد علی", "فاطمہ خان", "عمران حسین", "عائشہ ملک"),
    "bn": ("রহিম উদ্দিন", "ফারজানা আক্তার", "সাকিব হাসান", "নুসরাত জাহান"),
    "ta": ("முருகன் செல்வம்", "கவிதா ராஜ்", "அருண் குமார்", "பிரியா சுந்தர்"),
    "ne": ("राम बहादुर थापा", "सीता श्रेष्ठ", "सुमन अधिकारी", "अनिता गुरुङ"),
    "ro": ("Andrei Popescu", "Ioana Ionescu", "Mihai Dumitru", "Elena Stan"),
    "hu": ("Kovács Anna", "Nagy Péter", "Szabó Eszter", "Tóth Gábor"),
    "sk": ("Martin Kováč", "Zuzana Horváthová", "Peter Varga", "Jana Tóthová"),
    "sl": ("Luka Novak", "Maja Horvat", "Matej Kranjc", "Nina Zupančič"),
    "hr": ("Ivan Horvat", "Ana Kovačević", "Marko Babić", "Petra Marić"),
    "sr": ("Марко Петровић", "Јелена Јовановић", "Никола Илић", "Ана Николић"),
    "bg": ("Иван Петров", "Мария Георгиева", "Георги Димитров", "Елена Стоянова"),
    "lt": ("Jonas Kazlauskas", "Rūta Petrauskienė", "Tomas Jankauskas", "Eglė Stankevičienė"),
    "lv": ("Jānis Bērziņš", "Anna Kalniņa", "Andris Ozols", "Līga Liepiņa"),
    "et": ("Mari Tamm", "Jaan Saar", "Kadri Mägi", "Tõnu Sepp"),
    "is": ("Jón Jónsson", "Guðrún Sigurðardóttir", "Sigurður Ólafsson", "Anna Björnsdóttir"),
    "ka": ("გიორგი ბერიძე", "ნინო კაპანაძე", "დავით მაისურაძე", "თამარ გელაშვილი"),
    "hy": ("Արամ Պետրոսյան", "Անի Հովհաննիսյան", "Դավիթ Սարգսյան", "Լիլիթ Գրիգորյան"),
    "az": ("Elvin Məmmədov", "Aysel Əliyeva", "Rəşad Hüseynov", "Nərmin Quliyeva"),
    "kk": ("Айгерім Нұрланқызы", "Ерлан Сейітқали", "Дана Омарова", "Асхат Жұмабаев"),
    "uz": ("Aziz Karimov", "Dilnoza Rahimova", "Sardor Yusupov", "Malika Tursunova"),
    "am": ("አበበ ከበደ", "ሰላም ተስፋዬ", "ዳዊት መኮንን", "ሄለን ታደሰ"),
    "ha": ("Aminu Bello", "Fatima Sani", "Ibrahim Musa", "Hauwa Abubakar"),
    "ca": ("Jordi Puig", "Marta Vidal", "Pere Ferrer", "Núria Soler"),
    "eu": ("Ane Etxeberria", "Jon Agirre", "Miren Zubizarreta", "Iker Urrutia"),
    "gl": ("Xosé Lois Pérez", "Uxía Fernández", "Brais Otero", "Iria Castro"),
    "af": ("Johan van der Merwe", "Annelie Botha", "Pieter Nel", "Marietjie Pretorius"),
}
#: the digits some languages' sites print numbers in, and how often
_LOCAL_DIGITS = {
    "fa": ("۰۱۲۳۴۵۶۷۸۹", 0.6),
    "bn": ("০১২৩৪৫৬৭৮৯", 0.6),
    "ne": ("०१२३४५६७८९", 0.5),
    "ar": ("٠١٢٣٤٥٦٧٨٩", 0.3),
    "hi": ("०१२३४५६७८९", 0.1),
}


def _digits_of(lang: str, n: int, local: bool) -> str:
    digits = _LOCAL_DIGITS[lang][0] if local and lang in _LOCAL_DIGITS else "0123456789"
    return "".join(digits[int(c)] for c in str(n))


def _photographer(lang: str, rnd: random.Random) -> str:
    if lang in NAMES:
        return rnd.choice(NAMES[lang])
    known = lang in FULL_NAMES or lang in PEOPLE or lang in MORE_PEOPLE or lang == "vi"
    return _name(lang if known else "en", rnd)


def _agency(lang: str, rnd: random.Random) -> str:
    local = AGENCIES.get(lang, ())
    return rnd.choice(local) if local and rnd.random() < 0.6 else rnd.choice(_WORLD_AGENCIES)


def _networks(lang: str, rnd: random.Random) -> list[str]:
    pool = NETS.get(lang, _NETS_LATIN)
    return rnd.sample(pool, rnd.randint(2, min(4, len(pool))))


def _in_sentence(lang: str, nets: list[str]) -> str:
    """The networks as a sentence lists them ("Facebook, X and Instagram")."""
    sep, conj, prefix = AND.get(lang, AND["en"])
    if conj is None:
        return sep.join(nets)
    last = nets[-1]
    if prefix and last[:1].isascii():
        last = "-" + last
    return sep.join(nets[:-1]) + conj + last


def _row(nets: list[str], rnd: random.Random) -> str:
    """The networks as a row of share buttons reads in text."""
    return rnd.choice((" ", " | ", " · ", " / ")).join(nets)


# ---------------------------------------------------------------- drawing a line
def _lang(case: Case, rnd: random.Random, group: str) -> str:
    """The record's own language one time in three where the group has it, else a language of the group
    drawn (the corpus's records are mostly English and German: always their own language would make group
    B's kinds mostly those two)."""
    own = _record_lang(case)
    return own if own in GROUPS[group] and rnd.random() < 1 / 3 else rnd.choice(GROUPS[group])


def _headlines(cases: list[Case]) -> dict[str, list[str]]:
    """Language -> the headlines of the corpus's records in it (on one line), "" -> all of them."""
    out: dict[str, set[str]] = {"": set()}
    for case in cases:
        title = " ".join(str(case.record.get("title") or "").split())
        if title:
            out.setdefault(_record_lang(case), set()).add(title)
            out[""].add(title)
    return {lang: sorted(titles) for lang, titles in out.items()}


def _other_headline(case: Case, lang: str, rnd: random.Random, headlines: Mapping[str, list[str]]) -> str:
    """Another record's headline, in the line's language where the corpus has one."""
    own = " ".join(str(case.record.get("title") or "").split())
    for pool in (headlines.get(lang, []), headlines[""]):
        others = [t for t in pool if t != own]
        if others:
            return rnd.choice(others)
    return own


def _maker(
    family: str, group: str, headlines: Mapping[str, list[str]]
) -> Callable[[Case, random.Random], str]:
    """Draws the family's line in one of the group's languages for a record."""

    def make(case: Case, rnd: random.Random) -> str:
        lang = _lang(case, rnd, group)
        local = lang in _LOCAL_DIGITS and rnd.random() < _LOCAL_DIGITS[lang][1]
        year = _the_day(case, rnd).year
        nets = _networks(lang, rnd)
        return _render(
            rnd.choice(TEXTS[lang][family]),
            site=rnd.choice([n for i, n in enumerate(_site_names(case)) if i in (0, 1, 3)]),
            y=_digits_of(lang, year, local),
            y0=_digits_of(lang, year - rnd.randint(3, 25), local),
            n=_digits_of(lang, rnd.randint(2, 480), local),
            name=_photographer(lang, rnd),
            ag=_agency(lang, rnd),
            title=_other_headline(case, lang, rnd, headlines) if family == "also" else "",
            nets=_in_sentence(lang, nets),
            row=_row(nets, rnd),
        )

    return make


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    headlines = _headlines(cases)
    lines: dict[str, Defect] = {}
    for family, (where, label) in FAMILIES.items():
        for group in "AB":
            make = _maker(family, group, headlines)
            lines[f"{label} ({where}), languages {group}"] = record_only(placed(once_for(make), where))
    return spread(lines)


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (twenty-ninth set)",
        "twenty-ninth blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
