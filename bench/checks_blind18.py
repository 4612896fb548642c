"""An eighteenth blind set for issue 9, written by a helper in session 20 whose lines the lead did not see,
committed unread and run once on the code of ``e7823e6``: its first run is the held-out number of that
code, and no rule is to be written from it before it is run. The earlier sets' kinds were listed first and
none of these is among them:

* lines in the body, each from a banner, box, widget or promotion of a real news template, with its
  variable parts (effective dates and the policies they name, the record's own site, survey lengths and the
  day a classic site goes away, holidays and their years in the calendars that count them, schools, districts
  and delays, artists, venues, show dates and prices, partner venues, discounts and end dates, first names,
  ages and cities, dishes, cooking times and calories, animals, breeds, shelters and telephone numbers,
  donation venues, days and hours) drawn per record so that no two records share a line: at the start a
  banner announcing updated privacy terms ("We've updated our Privacy Policy, effective May 25, 2018 ...",
  "Wir haben unsere Datenschutzerklärung aktualisiert ..."), a new-site beta banner with its feedback survey
  and the way back to the classic site ("Sie sehen die neue Version von ... – Feedback geben · Zur alten
  Version"), the publisher's season's greetings ("Frohe Weihnachten und ein gutes neues Jahr 2021 wünscht
  Ihnen das Team von ...", "رمضان كريم ...", "สวัสดีปีใหม่ 2566 ...") and a school closings and delays ticker
  ("School Closings & Delays (47): ... – Closed", "休校情報（12件）：..."); in the middle a ticket-shop box
  ("Ticketshop: ... – Tickets ab 79,90 € · Jetzt sichern"), a subscriber-club perk ("AboPlus-Vorteil: Mit
  Ihrer AboCard 20 % Rabatt ...", "Club del suscriptor ...") and a dating-site widget ("Singles near Leeds:
  Sarah, 34 · ... · Meet singles for free"); and at the end a recipe-of-the-day teaser ("Rezept des Tages:
  ... · 35 Min. · einfach · 420 kcal pro Portion", "오늘의 레시피: ..."), an animal shelter's pet of the week
  ("Tier der Woche: ..., 4 Jahre, wartet im Tierheim ... · Tel. ...") and a box of blood-donation drives
  ("Blutspendetermine: Dienstag, 14.05., 15:30–19:30 Uhr, ..."), in English, German, French, Spanish,
  Italian, Portuguese, Dutch, Swedish, Polish, Czech, Turkish, Vietnamese, Russian, Greek, Hebrew, Arabic,
  Hindi, Thai, Chinese, Japanese and Korean;
* defects in other fields: the heading of the page's consent dialog as the title ("Wir brauchen Ihre
  Zustimmung", "We value your privacy"), the month of the lead picture's upload folder
  (``/wp-content/uploads/2019/03/``, months to years before the article) as the date, and the article's
  topic tags as the author entries ("Klimawandel", "Premier League").

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
in every record and then in one record in eight per run:

    python bench/checks_blind18.py --corpus ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import (
    AUTHOR_CHECKS,
    DATE_CHECKS,
    TITLE_CHECKS,
    Kinds,
    at,
    guess_language,
    once,
    once_for,
    placed,
    spread,
)
from checks_blind17 import _date_kw, _day, _digits, _site_names
from checks_defects import Case, Defect, _with, record_only


def _price(rnd: random.Random, low: int, high: int, sep: str = ",") -> str:
    return f"{rnd.randint(low, high)}{sep}{rnd.choice(('00', '50', '90', '95', '99'))}"


# ---------------------------------------------------------------- updated privacy terms banner (start)
PRIVACY_UPDATE = {  # language: (templates, the policies named); the effective date's parts
    "en": (
        (
            "We've updated our {doc}, effective {mon} {d}, {y}. By continuing to use this site, you agree to"
            " the updated terms. Learn more · OK",
            "Our {doc} has changed. The new version applies from {mon} {d}, {y}. Review changes · Dismiss",
        ),
        ("Privacy Policy", "Terms of Use", "Privacy Policy and Terms of Service", "Cookie Policy"),
    ),
    "de": (
        (
            "Wir haben unsere {doc} aktualisiert. Die neue Fassung gilt ab dem {d}. {mon} {y}. Mehr erfahren"
            " · Verstanden",
            "Hinweis: Unsere {doc} wurde zum {dd}.{mm}.{y} geändert. Durch die weitere Nutzung stimmen Sie"
            " den Änderungen zu. · Schließen",
        ),
        ("Datenschutzerklärung", "Nutzungsbedingungen", "AGB und Datenschutzerklärung"),
    ),
    "fr": (
        (
            "Nous avons mis à jour notre {doc}, en vigueur à compter du {d} {mon} {y}. En poursuivant votre"
            " navigation, vous acceptez ces modifications. En savoir plus · J'ai compris",
        ),
        ("politique de confidentialité", "charte de protection des données", "politique cookies"),
    ),
    "es": (
        (
            "Hemos actualizado nuestra {doc}, vigente desde el {d} de {mon} de {y}. Si sigues navegando,"
            " aceptas los cambios. Más información · Aceptar",
        ),
        ("política de privacidad", "política de cookies", "aviso legal y política de privacidad"),
    ),
    "it": (
        (
            "Abbiamo aggiornato la nostra {doc}, in vigore dal {d} {mon} {y}. Continuando la navigazione"
            " accetti le modifiche. Scopri di più · Ok",
        ),
        ("informativa sulla privacy", "cookie policy", "informativa sul trattamento dei dati personali"),
    ),
    "pt": (
        (
            "Atualizámos a nossa {doc}, em vigor a partir de {d} de {mon} de {y}. Ao continuar a navegar,"
            " aceita as alterações. Saiba mais · Aceitar",
        ),
        ("política de privacidade", "política de cookies", "termos de utilização"),
    ),
    "nl": (
        ("Wij hebben onze {doc} aangepast. De nieuwe versie geldt vanaf {d} {mon} {y}. Lees meer · Sluiten",),
        ("privacyverklaring", "gebruiksvoorwaarden", "cookieverklaring"),
    ),
    "pl": (
        (
            "Zaktualizowaliśmy naszą {doc}. Nowa wersja obowiązuje od {d} {mon} {y} r. Dowiedz się więcej"
            " · Zamknij",
        ),
        ("politykę prywatności", "politykę cookies", "klauzulę informacyjną RODO"),
    ),
    "ru": (
        (
            "Мы обновили {doc}. Новая редакция действует с {d} {mon} {y} г. Продолжая пользоваться сайтом,"
            " вы соглашаетесь с изменениями. Подробнее · Принять",
        ),
        (
            "политику конфиденциальности",
            "пользовательское соглашение",
            "политику обработки персональных данных",
        ),
    ),
    "el": (
        ("Ενημερώσαμε την {doc} μας, σε ισχύ από {d} {mon} {y}. Μάθετε περισσότερα · Αποδοχή",),
        ("Πολιτική Απορρήτου", "Πολιτική Cookies"),
    ),
    "tr": (
        (
            "{doc} metnimizi güncelledik. Yeni metin {d} {mon} {y}"
            " tarihinden itibaren geçerlidir. Detaylı bilgi · Tamam",
        ),
        ("Gizlilik Politikası", "KVKK Aydınlatma", "Çerez Politikası"),
    ),
    "ja": (
        (
            "{doc}を改定しました（{y}年{m}月{d}日施行）。引き続きご利用いただくことで改定内容に同意したものとみなされます。詳しくはこちら",
        ),
        ("プライバシーポリシー", "利用規約", "個人情報保護方針"),
    ),
    "ko": (
        ("{doc} 개정 안내: 개정된 {doc}이 {y}년 {m}월 {d}일부터 시행됩니다. 자세히 보기 · 닫기",),
        ("개인정보처리방침", "이용약관"),
    ),
    "zh": (
        (
            "我们更新了《{doc}》，新版本自{y}年{m}月{d}日起生效。"
            "继续使用本网站即表示您同意更新后的条款。查看详情 · 我知道了",
        ),
        ("隐私政策", "用户协议", "个人信息保护政策"),
    ),
}


def privacy_update(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(PRIVACY_UPDATE))
    templates, docs = PRIVACY_UPDATE[lang]
    return rnd.choice(templates).format(doc=rnd.choice(docs), **_date_kw(lang, _day(rnd)))


# ---------------------------------------------------------------- new-site beta banner (start)
BETA_BANNER = (  # {site}: the record's own site; {k} the survey's minutes; the classic site's last day
    "You're looking at the new {site}. Tell us what you think – take our {k}-minute survey · Switch back to"
    " the classic site (available until {mon_en} {d}, {y})",
    "BETA: Welcome to the new {site}! Something not working? Send feedback · Return to the old site",
    "Sie sehen die neue Version von {site}. Wie gefällt sie Ihnen? Feedback geben ({k} Minuten) · Zur alten"
    " Version (noch bis {dd}.{mm}.{y})",
    "Bienvenue sur le nouveau {site} ! Donnez-nous votre avis en {k} minutes · Revenir à l'ancienne version"
    " (jusqu'au {dd}/{mm}/{y})",
    "Estás viendo la nueva versión de {site}. Cuéntanos qué te parece (encuesta de {k} minutos) · Volver a la"
    " versión anterior",
    "Stai visitando il nuovo {site} in versione beta. Lasciaci un commento · Torna al sito classico fino al"
    " {dd}/{mm}/{y}",
    "Je bekijkt de nieuwe {site}. Laat ons weten wat je ervan vindt ({k} minuten) · Terug naar de oude site",
    "Du besöker nya {site} (beta). Tyck till – enkäten tar {k} minuter · Till gamla sajten",
    "Prohlížíte si nový web {site} v testovacím provozu. Napište nám svůj názor · Přejít na původní verzi",
    "ברוכים הבאים לאתר {site} החדש (גרסת בטא). ספרו לנו מה דעתכם – סקר של {k} דקות · חזרה לאתר הישן",
    "أنت تتصفح النسخة التجريبية الجديدة من {site}. شاركنا رأيك في استبيان مدته {k} دقائق · العودة إلى الموقع"
    " القديم",
    "新しい{site}（ベータ版）をご覧いただいています。"
    "ご意見をお聞かせください（所要時間約{k}分）· 旧デザインに戻す",
    "새로워진 {site} 베타 버전입니다. 의견 보내기 ({k}분 소요) · 이전 버전으로 보기 ({y}년 {m}월 {d}일까지)",
    "欢迎体验全新改版的{site}（测试版）！"
    "参与{k}分钟问卷调查，提出您的宝贵意见 · 返回旧版（{y}年{m}月{d}日前可用）",
)


def beta_banner(case: Case, rnd: random.Random) -> str:
    when = _day(rnd, date(2016, 1, 1), 3200)
    return rnd.choice(BETA_BANNER).format(
        site=rnd.choice(_site_names(case)),
        k=rnd.randint(2, 10),
        mon_en=when.strftime("%B"),
        d=when.day,
        dd=f"{when.day:02d}",
        m=when.month,
        mm=f"{when.month:02d}",
        y=when.year,
    )


# ---------------------------------------------------------------- season's greetings banner (start)
_ZODIAC = "猴鸡狗猪鼠牛虎兔龙蛇马羊"  # the Chinese year's animal, 2016 (the monkey) first, by year mod 12
_HEBREW_YEARS = {
    2016: 'תשע"ז',
    2017: 'תשע"ח',
    2018: 'תשע"ט',
    2019: 'תש"ף',
    2020: 'תשפ"א',
    2021: 'תשפ"ב',
    2022: 'תשפ"ג',
    2023: 'תשפ"ד',
    2024: 'תשפ"ה',
    2025: 'תשפ"ו',
}
GREETINGS = (  # {site} the record's own site; {y} the year, {be} the Buddhist year, {hy} the Hijri year
    "Merry Christmas and a Happy New Year {y}! Thank you for reading {site}.",
    "Season's greetings from everyone at {site} – see you in {y}!",
    "Frohe Weihnachten und ein gutes neues Jahr {y} wünscht Ihnen das Team von {site}!",
    "Joyeuses fêtes et bonne année {y} ! Toute l'équipe de {site} vous remercie de votre fidélité.",
    "¡Feliz Navidad y próspero Año Nuevo {y}! Te lo desea el equipo de {site}.",
    "Buon Natale e felice anno nuovo {y} da tutta la redazione di {site}!",
    "Feliz Natal e um próspero {y}! A equipa do {site} agradece a sua preferência.",
    "Wesołych Świąt i szczęśliwego Nowego Roku {y} życzy redakcja {site}!",
    "С Новым {y} годом и Рождеством! Редакция {site} поздравляет своих читателей.",
    "Καλά Χριστούγεννα και ευτυχισμένο το {y}! Η ομάδα του {site} σας εύχεται χρόνια πολλά.",
    "{site} olarak tüm okurlarımızın {y} Ramazan Bayramı'nı kutlarız. İyi bayramlar!",
    "رمضان كريم وكل عام وأنتم بخير – أسرة تحرير {site} تهنئكم بحلول شهر رمضان المبارك {hy} هـ",
    "שנה טובה ומתוקה! צוות {site} מאחל לכל הקוראים שנת {hebrew} טובה",
    "{site} की ओर से आप सभी को दीपावली {y} की हार्दिक शुभकामनाएं!",
    "สวัสดีปีใหม่ {be} ทีมงาน {site} ขอให้ผู้อ่านทุกท่านมีความสุขตลอดปี",
    "{site}祝广大读者{y}年春节快乐，{animal}年大吉！",
    "謹んで新春のお慶びを申し上げます。本年も{site}をよろしくお願いいたします。（{y}年元旦）",
    "{site} 독자 여러분, {y}년 새해 복 많이 받으세요!",
    "Chúc mừng năm mới {y}! {site} kính chúc quý độc giả an khang thịnh vượng.",
)


def greetings(case: Case, rnd: random.Random) -> str:
    y = rnd.randint(2016, 2025)
    return rnd.choice(GREETINGS).format(
        site=rnd.choice(_site_names(case)),
        y=y,
        be=y + 543,
        hy=y - 579,
        hebrew=_HEBREW_YEARS[y],
        animal=_ZODIAC[(y - 2016) % 12],
    )


# ---------------------------------------------------------------- school closings and delays ticker (start)
CLOSINGS = {  # language: (templates, schools, districts); {n} closings listed, {k} hours of delay
    "en": (
        (
            "School Closings & Delays ({n}): {school} – Closed · {district} County Schools – {k}-Hour Delay ·"
            " See full list",
            "CLOSINGS: {n} schools and businesses closed or delayed · {district} Public Schools – Closed ·"
            " {school} – {k} Hours Late",
        ),
        ("Lincoln Elementary", "St. Mary's Academy", "Roosevelt Middle School", "Oak Hill High School"),
        ("Jefferson", "Monroe", "Hamilton", "Franklin", "Warren", "Greene"),
    ),
    "de": (
        (
            "Unterrichtsausfall wegen Glatteis ({n} Schulen): {school} – kein Unterricht · Schülerverkehr im"
            " Landkreis {district} eingestellt",
        ),
        ("Grundschule am Park", "Gymnasium Am Markt", "Realschule Nord", "Gesamtschule Mitte"),
        ("Cham", "Regen", "Freyung-Grafenau", "Hof", "Wunsiedel", "Kronach"),
    ),
    "fr": (
        (
            "Fermetures d'écoles ({n}) : Centre de services scolaire {district} – fermé · École {school} –"
            " fermée · Voir la liste complète",
        ),
        ("Saint-Joseph", "des Explorateurs", "Sainte-Marie", "du Boisé"),
        ("des Laurentides", "de la Beauce", "du Lac-Saint-Jean", "des Draveurs", "de Charlevoix"),
    ),
    "pl": (
        (
            "Zamknięte szkoły ({n}): {school} w powiecie {district} –"
            " zajęcia odwołane, autobusy szkolne nie kursują",
        ),
        ("SP nr 3", "Szkoła Podstawowa nr 12", "Liceum im. Kopernika"),
        ("nowotarskim", "tatrzańskim", "suskim", "żywieckim", "gorlickim"),
    ),
    "cs": (
        (
            "Uzavřené školy ({n}): ZŠ {school}, okres {district} –"
            " mimořádné volno, zpoždění autobusů až {k} h",
        ),
        ("Komenského", "Masarykova", "T. G. Masaryka", "Na Výsluní"),
        ("Šumperk", "Jeseník", "Trutnov", "Semily", "Vsetín"),
    ),
    "sv": (
        ("Stängda skolor ({n}): {school} i {district} kommun – stängd · Skolskjutsar inställda i dag",),
        ("Björkskolan", "Centralskolan", "Norrskolan", "Ängsskolan"),
        ("Kiruna", "Gällivare", "Arvidsjaur", "Storuman", "Åre"),
    ),
    "ja": (
        ("休校情報（{n}件）：{district}立{school} 臨時休校 · {district}内の小中学校 {k}時間遅れで登校",),
        ("第一小学校", "中央中学校", "東小学校", "北中学校"),
        ("旭川市", "青森市", "長岡市", "金沢市", "秋田市"),
    ),
    "ko": (
        ("휴업 안내 ({n}곳): {district} {school} 임시 휴업 · {district} 관내 학교 등교 {k}시간 연기",),
        ("중앙초등학교", "한빛중학교", "새솔고등학교", "동부초등학교"),
        ("강릉시", "평창군", "속초시", "대관령면", "태백시"),
    ),
}


def closings(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(CLOSINGS))
    templates, schools, districts = CLOSINGS[lang]
    return rnd.choice(templates).format(
        n=rnd.randint(3, 180), school=rnd.choice(schools), district=rnd.choice(districts), k=rnd.randint(1, 3)
    )


# ---------------------------------------------------------------- ticket-shop box (middle)
TICKETS = {  # language: (templates, artists, venues, price range, decimal separator)
    "de": (
        (
            "Ticketshop: {artist} – {dd}.{mm}.{y}, {venue} – Tickets ab {price} € · Jetzt sichern",
            "Tickets im Leserservice: {artist} live am {wd}, {d}. {mon} {y}, {venue}, ab {price} €",
        ),
        ("Helene Fischer", "Peter Maffay", "Die Fantastischen Vier", "Max Giesinger", "Roland Kaiser"),
        ("Barclays Arena Hamburg", "Lanxess Arena Köln", "Olympiahalle München", "Waldbühne Berlin"),
        (39, 149),
        ",",
    ),
    "en": (
        ("Tickets: {artist} at {venue}, {mon} {d}, {y} – from ${price} · Buy tickets",),
        ("Ed Sheeran", "Coldplay", "Pink", "The Killers", "Billy Joel"),
        ("Madison Square Garden", "Wembley Stadium", "Hollywood Bowl", "United Center"),
        (45, 250),
        ".",
    ),
    "nl": (
        ("Tickets: {artist} in {venue}, {d} {mon} {y} – vanaf € {price} · Bestel nu",),
        ("Marco Borsato", "Davina Michelle", "Snollebollekes", "André Rieu"),
        ("Ziggo Dome", "Johan Cruijff ArenA", "GelreDome", "Ahoy Rotterdam"),
        (35, 120),
        ",",
    ),
    "es": (
        ("Entradas: {artist} en el {venue}, {d} de {mon} de {y} – desde {price} € · Comprar",),
        ("Alejandro Sanz", "Rosalía", "Aitana", "Manuel Carrasco", "Estopa"),
        ("WiZink Center", "Palau Sant Jordi", "Estadio Metropolitano", "Roig Arena"),
        (30, 140),
        ",",
    ),
    "it": (
        ("Biglietti: {artist} al {venue}, {d} {mon} {y} – da {price} € · Acquista ora",),
        ("Vasco Rossi", "Ultimo", "Laura Pausini", "Cesare Cremonini", "Negramaro"),
        ("Forum di Assago", "Stadio Olimpico", "Arena di Verona", "Unipol Arena"),
        (35, 130),
        ",",
    ),
    "pt": (
        ("Ingressos: {artist} no {venue}, {dd}/{mm}/{y} – a partir de R$ {price} · Compre já",),
        ("Ivete Sangalo", "Jorge & Mateus", "Anitta", "Gusttavo Lima"),
        ("Allianz Parque", "Jeunesse Arena", "Mineirão", "Arena Fonte Nova"),
        (90, 690),
        ",",
    ),
    "ja": (
        ("チケット発売中：{artist} {y}年{m}月{d}日（{wd}）{venue} 全席指定 {yen}円 · 購入する",),
        ("Mr.Children", "back number", "あいみょん", "King Gnu", "Official髭男dism"),
        ("東京ドーム", "京セラドーム大阪", "さいたまスーパーアリーナ", "日本武道館"),
        (0, 0),
        ".",
    ),
    "ko": (
        ("티켓 예매: {artist} 콘서트 · {y}.{mm}.{dd} · {venue} · R석 {won}원 · 예매하기",),
        ("아이유", "임영웅", "성시경", "세븐틴", "싸이"),
        ("KSPO DOME", "고척스카이돔", "잠실종합운동장", "부산 벡스코"),
        (0, 0),
        ".",
    ),
}


def ticket_shop(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(TICKETS))
    templates, artists, venues, (low, high), sep = TICKETS[lang]
    return rnd.choice(templates).format(
        artist=rnd.choice(artists),
        venue=rnd.choice(venues),
        price=_price(rnd, low, high, sep) if high else "",
        yen=f"{rnd.randint(72, 198) * 100:,}",
        won=f"{rnd.randint(99, 198) * 1000:,}",
        **_date_kw(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- subscriber-club perk (middle)
PERKS = {  # language: (templates, partners); {pct} the discount, the offer's last day
    "de": (
        (
            "AboPlus-Vorteil: Mit Ihrer AboCard {pct} % Rabatt auf den Eintritt in {place} – gültig bis"
            " {dd}.{mm}.{y}",
            "Leserclub: {pct} % Ermäßigung für Abonnenten beim Eintritt in {place}, Aktion bis"
            " {d}. {mon} {y} · Alle Vorteile ansehen",
        ),
        ("den Zoo Leipzig", "die Therme Erding", "den Europa-Park", "das Theater am Aegi", "die Kunsthalle"),
    ),
    "en": (
        ("Subscriber perk: {pct}% off at {place} with your member card – offer ends {mon} {d}, {y}",),
        ("the Science Museum", "Kew Gardens", "the Royal Albert Hall", "Alton Towers"),
    ),
    "fr": (
        (
            "Avantage abonnés : -{pct} % à {place} sur présentation de"
            " votre carte Club, jusqu'au {d} {mon} {y}",
        ),
        ("l'Opéra de Lyon", "au Futuroscope", "au musée des Confluences", "au Zénith de Nantes"),
    ),
    "es": (
        (
            "Club del suscriptor: {pct}% de descuento en {place} con tu"
            " credencial · Válido hasta el {d} de {mon}",
        ),
        ("Cinemark", "el Teatro Colón", "Freddo", "Havanna", "el Museo de Bellas Artes"),
    ),
    "it": (
        ("Vantaggi abbonati: sconto del {pct}% su {place} con la tua card, fino al {d} {mon} {y}",),
        ("Gardaland", "il Teatro alla Scala", "i Musei Vaticani", "Mirabilandia"),
    ),
    "nl": (
        ("Abonneevoordeel: {pct}% korting bij {place} met uw abonneepas, geldig t/m {d} {mon} {y}",),
        ("de Efteling", "Artis", "het Rijksmuseum", "Burgers' Zoo"),
    ),
    "pt": (
        ("Clube do assinante: {pct}% de desconto em {place} · válido até {dd}/{mm}/{y}",),
        ("Cinemark", "Livraria Cultura", "Teatro Renault", "Beto Carrero World"),
    ),
    "sv": (
        ("Prenumerantförmån: {pct} % rabatt på {place} – gäller till och med {d} {mon} {y}",),
        ("Liseberg", "Skansen", "Gröna Lund", "Kolmården"),
    ),
    "he": (
        ("הטבה למנויים: {pct}% הנחה ב{place} בהצגת כרטיס המנוי, בתוקף עד {d}.{m}.{y}",),
        ("מוזיאון ישראל", "ספארי רמת גן", "תיאטרון הבימה", "לונה פארק"),
    ),
}


def subscriber_perk(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(PERKS))
    templates, places = PERKS[lang]
    return rnd.choice(templates).format(
        pct=rnd.choice((10, 15, 20, 25, 30, 40, 50)), place=rnd.choice(places), **_date_kw(lang, _day(rnd))
    )


# ---------------------------------------------------------------- dating-site widget (middle)
DATING = {  # language: (templates, first names, cities); two profiles with their ages
    "en": (
        (
            "Singles near {city}: {a}, {x} · {b}, {z} · Meet singles for free",
            "Find love in {city} – {a} ({x}) and {b} ({z}) are online now · Sign up free",
        ),
        ("Sarah", "Emma", "Claire", "Mark", "David", "Karen", "Paul", "Helen"),
        ("Leeds", "Bristol", "Denver", "Tampa", "Cork", "Perth"),
    ),
    "de": (
        ("Partnersuche in {city}: {a}, {x} · {b}, {z} · Jetzt kostenlos kennenlernen",),
        ("Sabine", "Petra", "Thomas", "Andreas", "Claudia", "Michael", "Birgit", "Jürgen"),
        ("Köln", "Dortmund", "Kassel", "Augsburg", "Rostock", "Linz"),
    ),
    "fr": (
        ("Rencontres à {city} : {a}, {x} ans · {b}, {z} ans · Inscription gratuite",),
        ("Nathalie", "Sandrine", "Laurent", "Philippe", "Céline", "Stéphane"),
        ("Lille", "Nantes", "Toulouse", "Dijon", "Reims", "Liège"),
    ),
    "es": (
        ("Contactos en {city}: {a}, {x} años · {b}, {z} años · Regístrate gratis",),
        ("Marta", "Cristina", "Javier", "Raúl", "Pilar", "Sergio"),
        ("Valencia", "Zaragoza", "Murcia", "Córdoba", "Rosario", "Mendoza"),
    ),
    "it": (
        ("Incontri a {city}: {a}, {x} anni · {b}, {z} anni · Iscriviti gratis",),
        ("Francesca", "Silvia", "Marco", "Luca", "Paola", "Stefano"),
        ("Bologna", "Torino", "Bari", "Padova", "Verona", "Brescia"),
    ),
    "pl": (
        ("Randki w {city}: {a}, {x} l. · {b}, {z} l. · Dołącz za darmo",),
        ("Agnieszka", "Katarzyna", "Tomasz", "Marcin", "Monika", "Piotr"),
        ("Poznaniu", "Gdańsku", "Lublinie", "Łodzi", "Krakowie"),
    ),
    "tr": (
        ("{city} bölgesinde yeni arkadaşlar: {a}, {x} · {b}, {z} · Ücretsiz üye ol",),
        ("Ayşe", "Elif", "Mehmet", "Burak", "Zeynep", "Emre"),
        ("İzmir", "Bursa", "Antalya", "Eskişehir", "Konya"),
    ),
    "ru": (
        ("Знакомства, {city}: {a}, возраст {x} · {b}, возраст {z} · Зарегистрироваться бесплатно",),
        ("Елена", "Ольга", "Сергей", "Андрей", "Наталья", "Игорь"),
        ("Самара", "Казань", "Пермь", "Воронеж", "Омск"),
    ),
    "ja": (
        ("出会い：{city}の{a}さん（{x}歳）· {b}さん（{z}歳）· 無料で登録",),
        ("ゆかり", "まゆみ", "たかし", "けんじ", "あやこ", "ひろし"),
        ("札幌", "仙台", "名古屋", "広島", "福岡"),
    ),
}


def dating_widget(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(DATING))
    templates, names, cities = DATING[lang]
    a, b = rnd.sample(names, 2)
    return rnd.choice(templates).format(
        city=rnd.choice(cities), a=a, b=b, x=rnd.randint(24, 68), z=rnd.randint(24, 68)
    )


# ---------------------------------------------------------------- recipe-of-the-day teaser (end)
RECIPES = {  # language: (template, dishes, difficulty levels); {mins} the time, {kcal} per serving
    "de": (
        "Rezept des Tages: {dish} · {mins} Min. · {level} · {kcal} kcal pro Portion",
        ("Spargelrisotto", "Käsespätzle", "Rinderrouladen", "Zwetschgendatschi", "Linsensuppe"),
        ("einfach", "mittel", "anspruchsvoll"),
    ),
    "en": (
        "Recipe of the day: {dish} · Ready in {mins} min · {level} · {kcal} cal per serving",
        ("Chicken pot pie", "Lemon drizzle cake", "Shepherd's pie", "Beef chili", "Pumpkin soup"),
        ("Easy", "Medium", "Challenging"),
    ),
    "fr": (
        "Recette du jour : {dish} · {mins} min · {level} · {kcal} kcal par portion",
        ("Blanquette de veau", "Tarte Tatin", "Gratin dauphinois", "Ratatouille", "Quiche lorraine"),
        ("facile", "moyen", "difficile"),
    ),
    "it": (
        "La ricetta del giorno: {dish} · {mins} minuti · difficoltà {level} · {kcal} kcal a porzione",
        ("Risotto alla milanese", "Parmigiana di melanzane", "Tiramisù", "Pasta alla Norma"),
        ("facile", "media", "elevata"),
    ),
    "es": (
        "Receta del día: {dish} · {mins} min · dificultad {level} · {kcal} kcal por ración",
        ("Tortilla de patatas", "Paella valenciana", "Croquetas de jamón", "Gazpacho andaluz"),
        ("baja", "media", "alta"),
    ),
    "ru": (
        "Рецепт дня: {dish} · {mins} мин · {level} · {kcal} ккал на порцию",
        ("Борщ с пампушками", "Сырники", "Пельмени по-домашнему", "Оливье", "Шарлотка"),
        ("легко", "средне", "сложно"),
    ),
    "el": (
        "Συνταγή της ημέρας: {dish} · {mins} λεπτά · {level} · {kcal} θερμίδες ανά μερίδα",
        ("Μουσακάς", "Παστίτσιο", "Γεμιστά", "Σπανακόπιτα", "Φασολάδα"),
        ("εύκολη", "μέτρια", "δύσκολη"),
    ),
    "tr": (
        "Günün tarifi: {dish} · {mins} dk · {level} · porsiyon başına {kcal} kcal",
        ("Karnıyarık", "Mercimek çorbası", "İçli köfte", "Sütlaç", "Mantı"),
        ("kolay", "orta", "zor"),
    ),
    "ja": (
        "今日の献立：{dish}　調理時間{mins}分　難易度：{level}　1人分{kcal}kcal",
        ("肉じゃが", "鶏の照り焼き", "豚汁", "さばの味噌煮", "親子丼"),
        ("かんたん", "ふつう", "むずかしい"),
    ),
    "ko": (
        "오늘의 레시피: {dish} · 조리시간 {mins}분 · 난이도 {level} · 1인분 {kcal}kcal",
        ("김치찌개", "불고기", "잡채", "된장찌개", "떡볶이"),
        ("쉬움", "보통", "어려움"),
    ),
    "zh": (
        "今日菜谱：{dish} · 用时{mins}分钟 · 难度{level} · 每份{kcal}千卡",
        ("红烧肉", "宫保鸡丁", "麻婆豆腐", "西红柿炒鸡蛋", "糖醋排骨"),
        ("简单", "中等", "较难"),
    ),
    "th": (
        "เมนูวันนี้: {dish} · ใช้เวลา {mins} นาที · ความยาก: {level} · {kcal} กิโลแคลอรีต่อจาน",
        ("ต้มยำกุ้ง", "แกงเขียวหวานไก่", "ผัดกะเพราหมูสับ", "ส้มตำไทย"),
        ("ง่าย", "ปานกลาง", "ยาก"),
    ),
    "hi": (
        "आज की रेसिपी: {dish} · {mins} मिनट · {level} · प्रति सर्विंग {kcal} कैलोरी",
        ("पनीर बटर मसाला", "आलू पराठा", "दाल मखनी", "छोले भटूरे", "गाजर का हलवा"),
        ("आसान", "मध्यम", "कठिन"),
    ),
}


def recipe_of_the_day(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(RECIPES))
    template, dishes, levels = RECIPES[lang]
    return template.format(
        dish=rnd.choice(dishes),
        mins=rnd.randint(3, 24) * 5,
        level=rnd.choice(levels),
        kcal=rnd.randint(180, 980),
    )


# ---------------------------------------------------------------- animal shelter's pet of the week (end)
PETS = {  # language: (templates, names, breeds, shelters, phone pattern)
    "en": (
        (
            "Pet of the Week: {pet}, a {age}-year-old {breed} at the {shelter} Humane Society · Adoption fee"
            " ${fee} · Call {phone}",
        ),
        ("Bella", "Max", "Luna", "Charlie", "Daisy", "Rocky"),
        ("Labrador mix", "tabby cat", "beagle", "pit bull mix", "Siamese cat"),
        ("Marion County", "Tri-County", "Lake Area", "Valley"),
        "(###) ###-####",
    ),
    "de": (
        (
            "Tier der Woche: {pet}, {age} Jahre, {breed}, wartet im Tierheim"
            " {shelter} auf ein neues Zuhause · Tel. {phone}",
        ),
        ("Bruno", "Mimi", "Felix", "Nala", "Balu", "Kira"),
        ("Schäferhund-Mischling", "Europäisch Kurzhaar", "Dackel", "Kater", "Jack Russell Terrier"),
        ("Ulm", "Bochum", "Kiel", "Würzburg", "Trier"),
        "0### ######",
    ),
    "fr": (
        (
            "Adoptez-moi : {pet}, {breed} de {age} ans, attend une"
            " famille au refuge de {shelter} · Tél. {phone}",
        ),
        ("Filou", "Caramel", "Pompon", "Rex", "Minette"),
        ("croisé berger", "chat européen", "griffon", "chatte tigrée"),
        ("Chartres", "Vannes", "Albi", "Annecy"),
        "0# ## ## ## ##",
    ),
    "es": (
        ("Adopta: {pet}, {breed} de {age} años, en la protectora de {shelter} · Tel. {phone}",),
        ("Toby", "Canela", "Lola", "Coco", "Simba"),
        ("mestizo de podenco", "gata común europea", "galgo", "mestizo de mastín"),
        ("Burgos", "Huesca", "Cáceres", "Jaén"),
        "6## ### ###",
    ),
    "nl": (
        (
            "Dier van de week: {pet}, {breed} van {age} jaar, zoekt een"
            " thuis bij dierenasiel {shelter} · Tel. {phone}",
        ),
        ("Bobby", "Pien", "Guus", "Sammie", "Tijger"),
        ("kruising herder", "Europese korthaar", "jackrussell", "rode kater"),
        ("Assen", "Zwolle", "Tilburg", "Leeuwarden"),
        "0##-#######",
    ),
    "pl": (
        ("Adoptuj mnie: {pet}, {breed}, {age} l., czeka w schronisku w {shelter} · tel. {phone}",),
        ("Burek", "Kropka", "Azor", "Mruczek", "Figa"),
        ("mieszaniec owczarka", "kotka dachowa", "jamnik", "kocur"),
        ("Olsztynie", "Kielcach", "Rzeszowie", "Opolu"),
        "### ### ###",
    ),
    "cs": (
        ("Zvíře týdne: {pet}, {breed}, {age} roky, hledá domov v útulku {shelter} · tel. {phone}",),
        ("Ben", "Bára", "Micka", "Rex", "Žofka"),
        ("kříženec ovčáka", "evropská kočka", "jezevčík", "kocour"),
        ("Jihlava", "Zlín", "Kladno", "Tábor"),
        "### ### ###",
    ),
    "ja": (
        ("里親募集中：{pet}（{breed}・{age}歳）{shelter}動物愛護センター · お問い合わせ {phone}",),
        ("ココ", "モモ", "ハナ", "ソラ", "コタロウ"),
        ("柴犬ミックス", "キジトラ猫", "雑種", "三毛猫"),
        ("横浜市", "岡山市", "熊本市", "千葉市"),
        "0##-###-####",
    ),
}


def pet_of_the_week(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(PETS))
    templates, pets, breeds, shelters, phone = PETS[lang]
    return rnd.choice(templates).format(
        pet=rnd.choice(pets),
        breed=rnd.choice(breeds),
        shelter=rnd.choice(shelters),
        age=rnd.randint(2, 4) if lang == "cs" else rnd.randint(1, 12),
        fee=rnd.choice((25, 50, 75, 95, 125, 150)),
        phone=_digits(rnd, phone),
    )


# ---------------------------------------------------------------- blood-donation drives box (end)
DONATION = {  # language: (templates, venues, places); the drive's day and hours
    "de": (
        ("Blutspendetermine: {wd}, {dd}.{mm}., {h1}:30–{h2}:30 Uhr, {venue} {place} · Termin reservieren",),
        ("Grundschule", "Gemeindehalle", "Feuerwehrhaus", "Bürgerhaus"),
        ("Ebersberg", "Nidda", "Bad Vilbel", "Herzogenaurach", "Olching"),
    ),
    "en": (
        (
            "Blood drives near you: {wd}, {mon} {d}, {h1} a.m.–{h2p}"
            " p.m., {venue}, {place} · Book an appointment",
        ),
        ("Community Center", "Public Library", "First Baptist Church", "High School Gym"),
        ("Springfield", "Fairview", "Georgetown", "Clinton", "Salem"),
    ),
    "fr": (
        (
            "Don du sang : collecte le {wd} {d} {mon} de {h1} h à {h2}"
            " h, {venue} de {place} · Prendre rendez-vous",
        ),
        ("salle des fêtes", "gymnase", "mairie", "espace culturel"),
        ("Cholet", "Auxerre", "Dax", "Lannion", "Vierzon"),
    ),
    "it": (
        ("Donazione di sangue: {wd} {d} {mon}, dalle {h1} alle {h2}, {venue} di {place} · Prenota",),
        ("sede Avis", "palestra comunale", "oratorio", "centro civico"),
        ("Lodi", "Cremona", "Fano", "Rovigo", "Biella"),
    ),
    "es": (
        ("Donación de sangre: {wd} {d} de {mon}, de {h1} a {h2} h, {venue} de {place} · Pide cita",),
        ("centro de salud", "polideportivo", "casa de cultura", "ayuntamiento"),
        ("Tudela", "Alcañiz", "Plasencia", "Ronda", "Lugo"),
    ),
    "nl": (
        ("Bloed geven: {wd} {d} {mon}, {h1}.00–{h2}.00 uur, {venue} {place} · Maak een afspraak",),
        ("sporthal", "dorpshuis", "gemeentehuis", "wijkcentrum"),
        ("Harderwijk", "Veghel", "Hoorn", "Emmen"),
    ),
    "el": (
        ("Εθελοντική αιμοδοσία: {wd} {d} {mon}, {h1}:00–{h2}:00, {venue} {place}",),
        ("Δημαρχείο", "Πνευματικό Κέντρο", "Κέντρο Υγείας"),
        ("Τρικάλων", "Κοζάνης", "Ξάνθης", "Ρεθύμνου"),
    ),
    "ar": (
        ("حملة للتبرع بالدم يوم {wd} {d} {mon} من الساعة {h1} حتى {h2} في {venue} {place} · سجّل الآن",),
        ("مركز الشباب", "قاعة البلدية", "المستشفى الجامعي"),
        ("بالزرقاء", "بإربد", "بصفاقس", "بطنطا"),
    ),
    "vi": (
        ("Hiến máu tình nguyện: ngày {dd}/{mm}/{y}, từ {h1}h đến {h2}h tại {venue} {place} · Đăng ký",),
        ("Nhà văn hóa", "Trường THPT", "Hội trường UBND"),
        ("quận Cầu Giấy", "TP Thủ Đức", "huyện Củ Chi", "TP Vinh"),
    ),
}


def blood_drives(rnd: random.Random) -> str:
    lang = rnd.choice(sorted(DONATION))
    templates, venues, places = DONATION[lang]
    h1 = rnd.randint(8, 11) if lang == "en" else rnd.randint(8, 15)
    h2 = h1 + rnd.randint(3, 5)
    return rnd.choice(templates).format(
        venue=rnd.choice(venues),
        place=rnd.choice(places),
        h1=h1,
        h2=h2,
        h2p=h2 - 12 if h2 > 12 else h2,
        **_date_kw(lang, _day(rnd)),
    )


# ---------------------------------------------------------------- defects in other fields
CONSENT_HEADINGS = {  # language: the heading of a consent platform's dialog
    "en": (
        "We value your privacy",
        "Your privacy choices",
        "Manage cookie preferences",
        "This site uses cookies",
    ),
    "de": ("Wir brauchen Ihre Zustimmung", "Datenschutzeinstellungen", "Ihre Privatsphäre ist uns wichtig"),
    "fr": (
        "Vos choix concernant l'utilisation de cookies",
        "Le respect de votre vie privée est notre priorité",
    ),
    "es": (
        "Tu privacidad es importante para nosotros",
        "Configuración de cookies",
        "Valoramos tu privacidad",
    ),
    "it": (
        "Il rispetto della tua privacy è la nostra priorità",
        "Informativa sui cookie",
        "Gestisci le preferenze",
    ),
    "pt": ("A sua privacidade é importante para nós", "Definições de cookies"),
    "ru": ("Мы используем файлы cookie", "Настройки конфиденциальности"),
    "ja": ("Cookieの使用について", "プライバシー設定"),
    "ko": ("쿠키 설정", "개인정보 보호 설정"),
    "zh": ("隐私设置", "我们重视您的隐私"),
    "ar": ("نحن نحترم خصوصيتك", "إعدادات ملفات تعريف الارتباط"),
}


def consent_heading(case: Case, rnd: random.Random) -> Case | None:
    """The heading of the consent dialog laid over the page (the first heading in the document) taken as the
    headline."""
    if not case.record.get("title"):
        return None
    lang = guess_language(case)
    return _with(case, title=rnd.choice(CONSENT_HEADINGS.get(lang, CONSENT_HEADINGS["en"])))


def upload_folder_date(case: Case, rnd: random.Random) -> Case | None:
    """The year and month of the lead picture's upload folder (``/wp-content/uploads/2019/03/``, an archive
    picture reused) read as the date: the first of a month two months to six years before the article."""
    m = re.match(r"(\d{4})-(\d{2})", case.record.get("published") or "")
    if not m:
        return None
    months = int(m.group(1)) * 12 + int(m.group(2)) - 1 - rnd.randint(2, 72)
    return _with(case, published=date(months // 12, months % 12 + 1, 1).isoformat())


TOPIC_TAGS = {  # language: topic tags a page lists under or over the article
    "en": ("Climate change", "Premier League", "Cost of living", "Artificial intelligence", "Housing market"),
    "de": (
        "Klimawandel",
        "Bundesliga",
        "Inflation",
        "Künstliche Intelligenz",
        "Wohnungsmarkt",
        "Energiewende",
    ),
    "fr": ("Réforme des retraites", "Ligue 1", "Pouvoir d'achat", "Intelligence artificielle", "Immobilier"),
    "es": ("Cambio climático", "LaLiga", "Vivienda", "Inteligencia artificial", "Sucesos"),
    "it": ("Serie A", "Cambiamento climatico", "Cronaca nera", "Intelligenza artificiale", "Caro bollette"),
    "pt": ("Brasileirão", "Mudanças climáticas", "Inteligência artificial", "Saúde pública"),
    "ru": ("Экономика", "Здравоохранение", "Происшествия", "Искусственный интеллект"),
    "ja": ("円安", "大谷翔平", "生成AI", "物価高"),
    "ko": ("부동산", "프로야구", "인공지능", "저출산"),
    "zh": ("房地产", "人工智能", "新能源汽车", "中超联赛"),
    "ar": ("الاقتصاد", "كرة القدم", "الذكاء الاصطناعي"),
}


def tags_as_authors(case: Case, rnd: random.Random) -> Case | None:
    """The article's topic tags (links a template marks up like bylines) taken as the author entries."""
    tags = TOPIC_TAGS.get(guess_language(case), TOPIC_TAGS["en"])
    return _with(case, authors=rnd.sample(tags, rnd.randint(1, 3)))


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "updated privacy terms banner (start)": record_only(at(once(privacy_update), "start")),
        "new-site beta banner with its feedback survey (start)": record_only(
            placed(once_for(beta_banner), "start")
        ),
        "the publisher's season's greetings (start)": record_only(placed(once_for(greetings), "start")),
        "school closings and delays ticker (start)": record_only(at(once(closings), "start")),
        "ticket-shop box (middle)": record_only(at(once(ticket_shop), "middle")),
        "subscriber-club perk (middle)": record_only(at(once(subscriber_perk), "middle")),
        "dating-site widget (middle)": record_only(at(once(dating_widget), "middle")),
        "recipe-of-the-day teaser (end)": record_only(at(once(recipe_of_the_day), "end")),
        "animal shelter's pet of the week (end)": record_only(at(once(pet_of_the_week), "end")),
        "blood-donation drives box (end)": record_only(at(once(blood_drives), "end")),
    }
    fields: Kinds = {
        "the consent dialog's heading as the title": (record_only(consent_heading), TITLE_CHECKS),
        "the lead picture's upload-folder month as the date": (record_only(upload_folder_date), DATE_CHECKS),
        "the article's topic tags as the author entries": (record_only(tags_as_authors), AUTHOR_CHECKS),
    }
    return {**spread(lines), **fields}


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (eighteenth set)", "eighteenth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
