"""A thirtieth blind set for issue 9, written by a helper who did not read the checks, committed unread
and run once: its first run is the held-out number of the code it ran on, and no rule is to be written from
it before it is run. Its kinds are taken from what users of real extractors (goose, goose3, newspaper,
newspaper4k, trafilatura, Readability, Postlight's parser, NetNewsWire's reader view, feed readers) reported
the extractor left in a record, or got wrong in it, each kind with the reports it is based on. The earlier
sets' kinds were listed first (the long list of families in the twenty-seventh set's docstring, the
twenty-eighth's and twenty-ninth's own, and the title, date and author defects each set names) and none of
these is among them, but for the last, the language, which ``checks_fields.py`` planted in another form:

* in the body, where the reports show it, with its variable parts drawn per record (the site's name and
  address from the record's URL, the article's own title or its URL's slug, names, towns, agencies, counts,
  picture sizes and years) so that no two records share a line:

  - a list whose items each begin "• None " (goose3 writes a list item's missing text as Python's ``None``:
    "• None Inconsistencies in the recording of minutes ..."), made of the sentences of one of the record's
    own paragraphs, in the middle, in the record's own language
    (https://github.com/goose3/goose3/issues/217);
  - the status and validation messages of the page's "e-mail this article" dialog ("Your email has been
    sent. / An error has occured and your email has not been sent. Please try again. / • You can't enter
    more than 20 emails. / • You must enter the verification code below to send."), which goose returned
    for a WSJ blog post, at the end (the dialog's markup follows the article's), in English, German,
    French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Turkish, Arabic, Japanese, Chinese and
    Korean
    (https://github.com/grangier/python-goose/issues/143);
  - a picture as trafilatura's text output writes it when images are asked for, a Markdown image line
    ("![Police at the scene in Leeds](https://example.com/wp-content/uploads/2022/05/slug-1200x675.jpg)",
    with the alt text empty now and then), in the middle, with alt texts in English, German, French,
    Spanish, Italian, Portuguese, Dutch, Polish, Russian, Ukrainian, Turkish, Arabic, Hebrew, Hindi,
    Japanese, Chinese and Korean (https://github.com/adbar/trafilatura/issues/288, where the maintainer
    says images in TXT output come as Markdown, https://github.com/adbar/trafilatura/issues/610,
    https://github.com/adbar/trafilatura/issues/662);
  - a drop cap lost at the start of the first paragraph (now and then of a later one, a section's opener):
    the initial letter gone ("r Justice McAlinden awarded ...", "he calls started early today"), the whole
    first word set in the cap's span gone ("to the big question" for "On to the big question"), or the
    initial kept and the small-caps lead-in after it lost ("K stint as speaker" for "Kevin McCarthy's stint
    as speaker"), in the record's own language (https://github.com/mozilla/readability/issues/696,
    https://github.com/postlight/parser/issues/555,
    https://github.com/Ranchero-Software/NetNewsWire/issues/2021,
    https://github.com/goose3/goose3/issues/190);
  - the line an SEO plugin appends to every item of a WordPress feed, kept by a scraper that took the text
    from the feed ("The post <the article's title> appeared first on <the site>."), at the end, in the
    plugin's English default (``rssafter`` in Yoast's ``inc/options/class-wpseo-option-titles.php``,
    https://github.com/Yoast/wordpress-seo) and in German, French, Spanish, Portuguese, Italian, Dutch,
    Polish, Russian, Ukrainian, Turkish, Arabic, Japanese, Chinese and Korean wordings of it, with the
    record's title, or for a record with none the words of its URL's slug;
  - the body cut to the feed's excerpt, a feed reader's or scraper's text when the publisher only puts the
    excerpt in the feed: the first 55 words (WordPress's default excerpt; 20 to 40 on some themes, 80 to
    110 characters in Japanese) run into one paragraph, ending "[…]", "[...]" or "…", now and then with the
    theme's "Continue reading →" after it, in the record's own language
    (https://github.com/danmactough/node-feedparser/issues/74, https://github.com/Athou/commafeed/issues/794,
    and a WordPress feed whose description ends "Google [...]",
    http://www.benhuson.co.uk/category/web_developer/seo/feed/);

* in other fields:

  - the title: a block of other articles' teasers taken as the title, a section label followed by three to
    five other records' headlines, each with its author and day ("In anderen Sprachen <headline> Jana Brandt
    · 21. September <headline> ..."), as trafilatura gave for a page whose heading tag was not closed
    (https://github.com/adbar/trafilatura/issues/4, the orientxxi.info report), the label in the record's
    language or in English, German, French, Spanish, Portuguese, Italian, Dutch, Russian, Ukrainian, Arabic,
    Persian, Turkish, Japanese, Chinese or Korean;
  - the date: its day of the month wrong, the year and month right: read from the first digits of the
    article's number in the URL (a URL date pattern reading ``/2021/04/92713`` as 9 April 2021), or, where
    the URL has no number, filled in with the day of the crawl by a parser given only a year and a month
    (``2023/12`` read as 17 December 2023 on the 17th), as a day or with a midnight time
    (https://github.com/codelucas/newspaper/issues/884, https://github.com/AndyTheFactory/newspaper4k/issues/514,
    https://github.com/codelucas/newspaper/issues/967, https://github.com/AndyTheFactory/newspaper4k/issues/575);
  - the authors: the "N minutes/hours ago" of a sidebar's list of recent posts run into the names of the
    posts' authors, three to eight of them after the article's own author ("Hours Ago Steve O'Hear", "Vor
    Stunden Jana Brandt", "時間前 佐藤美穂"), in English, German, French, Spanish, Portuguese, Italian,
    Dutch, Russian, Japanese, Chinese and Korean (https://github.com/codelucas/newspaper/issues/526,
    https://github.com/AndyTheFactory/newspaper4k/issues/180);
  - the authors: the author's name with the byline's e-mail link as two more entries, its label and its
    address split at the "@" and the dots and title-cased ("Christie Dedman", "Email The Author", "Cdedman
    Al Com"), the label in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian,
    Arabic, Japanese, Chinese or Korean (https://github.com/codelucas/newspaper/issues/158,
    https://github.com/AndyTheFactory/newspaper4k/issues/16);
  - the authors: the publisher in the author entry, from the page's meta author or a feed: the site's name
    with "Staff" ("Buzzfeed Staff", with "Promoted By" as a second entry now and then), its address
    title-cased ("Sydneyanglicans Net"), its feed ("Watermark Feed"), its newsroom ("Redaktion ...",
    "Redacción ...", "...編集部") or the writer's name with "For <the site>" ("Levi Parsons For Daily Mail
    Australia") (https://github.com/codelucas/newspaper/issues/766,
    https://github.com/AndyTheFactory/newspaper4k/issues/346, https://github.com/codelucas/newspaper/issues/394,
    https://github.com/AndyTheFactory/newspaper4k/issues/106, https://github.com/adbar/trafilatura/pull/110,
    https://github.com/adbar/trafilatura/pull/91);
  - the language: the template's or the CMS's default locale rather than the article's language, from a
    wrong ``DC.Language`` or ``og:locale`` ("da" over a page in another language, "en_US" or "en-US" over a
    German, Portuguese, Russian or Japanese one, "nl", "sv", "pt-BR", "de-AT" ... over an English one)
    (https://github.com/WDscholia/scholia/issues/1385, https://github.com/mediacloud/backend/issues/367,
    https://github.com/AFP-Medialab/verification-plugin/issues/744). ``checks_fields.py`` planted another
    language in the same script ("de", "fr", "es" over English bodies); the locale forms and the other
    codes are new.

The defects are planted with no page at hand (``harness check`` on JSON lines, where only the record
speaks), each kind in every record and then in one record in eight per run:

    python bench/checks_blind30.py --corpus ../shared/corpus
"""

from __future__ import annotations

import calendar
import random
import re
import sys
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import AUTHOR_CHECKS, DATE_CHECKS, TITLE_CHECKS, Kinds, once_for, placed
from checks_blind17 import _site_names
from checks_blind20 import _ascii
from checks_blind21 import _record_day
from checks_blind23 import _parts, _the_day
from checks_blind25 import _record_lang
from checks_blind26 import _city, _name
from checks_blind27 import _lang
from checks_defects import _BOILERPLATE, Case, Defect, Rotated, _paras, _with, record_only, sparse

#: any check on the body counts for the body kinds that are not a line of their own
BODY_CHECKS = _BOILERPLATE | frozenset(
    {
        "body.markup_leak",
        "body.truncated",
        "body.too_short",
        "body.stops_early",
        "body.repeated_paragraph",
        "body.mojibake",
        "body.glued",  # added in session 33, after the thirty-first set's first run
        "body.hard_wrapped",  # the same
    }
)
LANGUAGE_CHECKS = frozenset(
    {
        "schema",
        "language.word_mismatch",
        "language.script_mismatch",
        "language.not_a_language",  # added in session 33, after the thirty-first set's first run
    }
)
_CJK = frozenset({"ja", "zh", "ko"})


# ---------------------------------------------------------------- drawing helpers
def _host(case: Case) -> str:
    """The record's host without "www."."""
    return _site_names(case)[0]


def _label(case: Case, rnd: random.Random) -> str:
    """The site's name as a page or a feed gives it: "Nachrichten", "nachrichten.at", "NACHRICHTEN"."""
    names = _site_names(case)
    return rnd.choice([names[1], names[1], names[0], names[4]])


def _sentences(text: str) -> list[str]:
    """``text`` split after its sentences' full stops, question and exclamation marks (a piece of fewer
    than four words, as "Prof." or "Nr." leaves, joined to the next)."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+|(?<=[。！？])", text.strip()) if p.strip()]
    out: list[str] = []
    carry = ""
    for part in parts:
        part = f"{carry} {part}".strip() if carry else part
        if len(part.split()) < 4 and not re.search(r"[。！？]$", part):
            carry = part
        else:
            out.append(part)
            carry = ""
    if carry:
        if out:
            out[-1] = f"{out[-1]} {carry}"
        else:
            out.append(carry)
    return out


def _slug_words(case: Case) -> str | None:
    """The words of the URL's slug as a title reads ("Coty could surge after Kylie Jenner makeover")."""
    path = re.sub(r"^https?://[^/]+", "", str(case.record.get("url") or "")).split("?")[0]
    for segment in reversed([s for s in re.split(r"[/;,]", path) if s]):
        segment = re.sub(r"\.(html?|php|aspx?)$", "", segment)
        words = [w for w in re.split(r"[-_+]+", segment) if w and not w.isdigit()]
        if sum(any(c.isalpha() for c in w) for w in words) >= 2:
            text = " ".join(words[:12])
            return text[:1].upper() + text[1:]
    return None


def _own_title(case: Case) -> str:
    """The record's title on one line, or its URL's slug's words, or its first words."""
    title = " ".join(str(case.record.get("title") or "").split())
    if title:
        return title
    slug = _slug_words(case)
    if slug:
        return slug
    words = " ".join(_paras(case.record.get("body"))[:1]).split()
    return " ".join(words[:8]) or _host(case)


# ---------------------------------------------------------------- goose3's "• None" list items (middle)
def none_bullets(case: Case, rnd: random.Random) -> Case | None:
    """One of the record's paragraphs as the list goose3 writes when a list item's text is ``None``: each of
    its sentences a line starting "• None " (goose3 issue 217)."""
    paras = _paras(case.record.get("body"))
    if len(paras) < 2:
        return None
    prose = [
        i for i, p in enumerate(paras) if "\n" not in p and len(p) >= 80 and 2 <= len(_sentences(p)) <= 8
    ]
    fits = [i for i in prose if i > 0] or prose
    if not fits:
        return None
    i = rnd.choice(fits)
    items = _sentences(paras[i])
    if rnd.random() < 0.4:  # the list's items kept without their full stops, as lists often are
        items = [re.sub(r"[.。]$", "", s) for s in items]
    paras[i] = "\n".join(f"• None {item}" for item in items)
    return _with(case, body="\n\n".join(paras))


# ---------------------------------------------------------------- the e-mail-this-article dialog (end)
#: language: the dialog's heading ({site}), the sent and error messages, and its checks ({n} the limit)
EMAIL_DIALOG: dict[str, dict[str, str]] = {
    "en": {
        "head": "Email this article – {site}",
        "sent": "Your email has been sent.",
        "error": "An error has occurred and your email has not been sent. Please try again.",
        "limit": "You can't enter more than {n} emails.",
        "code": "You must enter the verification code below to send.",
        "invalid": "Invalid entry: Please type the verification code again.",
        "copy": "Send me a copy",
    },
    "de": {
        "head": "Artikel per E-Mail versenden – {site}",
        "sent": "Ihre E-Mail wurde versendet.",
        "error": "Es ist ein Fehler aufgetreten, Ihre E-Mail wurde nicht versendet. Bitte versuchen Sie es"
        " erneut.",
        "limit": "Sie können nicht mehr als {n} E-Mail-Adressen eingeben.",
        "code": "Bitte geben Sie den Sicherheitscode unten ein, um zu senden.",
        "invalid": "Ungültige Eingabe: Bitte geben Sie den Sicherheitscode erneut ein.",
        "copy": "Kopie an mich senden",
    },
    "fr": {
        "head": "Envoyer cet article par e-mail – {site}",
        "sent": "Votre e-mail a bien été envoyé.",
        "error": "Une erreur s'est produite et votre e-mail n'a pas été envoyé. Veuillez réessayer.",
        "limit": "Vous ne pouvez pas saisir plus de {n} adresses e-mail.",
        "code": "Vous devez saisir le code de vérification ci-dessous pour envoyer.",
        "invalid": "Saisie invalide : veuillez saisir à nouveau le code de vérification.",
        "copy": "M'envoyer une copie",
    },
    "es": {
        "head": "Enviar esta noticia por correo – {site}",
        "sent": "Tu correo ha sido enviado.",
        "error": "Se ha producido un error y tu correo no ha sido enviado. Inténtalo de nuevo.",
        "limit": "No puedes introducir más de {n} direcciones de correo.",
        "code": "Debes introducir el código de verificación para enviar.",
        "invalid": "Entrada no válida: vuelve a escribir el código de verificación.",
        "copy": "Enviarme una copia",
    },
    "it": {
        "head": "Invia questo articolo via e-mail – {site}",
        "sent": "La tua e-mail è stata inviata.",
        "error": "Si è verificato un errore e la tua e-mail non è stata inviata. Riprova.",
        "limit": "Non puoi inserire più di {n} indirizzi e-mail.",
        "code": "Devi inserire il codice di verifica qui sotto per inviare.",
        "invalid": "Voce non valida: digita di nuovo il codice di verifica.",
        "copy": "Inviami una copia",
    },
    "pt": {
        "head": "Enviar esta notícia por e-mail – {site}",
        "sent": "O seu e-mail foi enviado.",
        "error": "Ocorreu um erro e o seu e-mail não foi enviado. Tente novamente.",
        "limit": "Não é possível inserir mais de {n} e-mails.",
        "code": "Digite o código de verificação abaixo para enviar.",
        "invalid": "Entrada inválida: digite o código de verificação novamente.",
        "copy": "Enviar uma cópia para mim",
    },
    "nl": {
        "head": "Mail dit artikel – {site}",
        "sent": "Je e-mail is verzonden.",
        "error": "Er is een fout opgetreden en je e-mail is niet verzonden. Probeer het opnieuw.",
        "limit": "Je kunt niet meer dan {n} e-mailadressen invoeren.",
        "code": "Vul de verificatiecode hieronder in om te verzenden.",
        "invalid": "Ongeldige invoer: typ de verificatiecode opnieuw.",
        "copy": "Stuur mij een kopie",
    },
    "pl": {
        "head": "Wyślij artykuł e-mailem – {site}",
        "sent": "Twoja wiadomość została wysłana.",
        "error": "Wystąpił błąd i wiadomość nie została wysłana. Spróbuj ponownie.",
        "limit": "Nie możesz wpisać więcej niż {n} adresów e-mail.",
        "code": "Aby wysłać, wpisz poniżej kod weryfikacyjny.",
        "invalid": "Nieprawidłowy wpis: wpisz ponownie kod weryfikacyjny.",
        "copy": "Wyślij mi kopię",
    },
    "ru": {
        "head": "Отправить статью по e-mail – {site}",
        "sent": "Ваше письмо отправлено.",
        "error": "Произошла ошибка, письмо не отправлено. Попробуйте ещё раз.",
        "limit": "Нельзя указать больше {n} адресов.",
        "code": "Чтобы отправить, введите код подтверждения ниже.",
        "invalid": "Неверный ввод: введите код подтверждения ещё раз.",
        "copy": "Отправить копию себе",
    },
    "tr": {
        "head": "Bu haberi e-postayla gönder – {site}",
        "sent": "E-postanız gönderildi.",
        "error": "Bir hata oluştu ve e-postanız gönderilemedi. Lütfen tekrar deneyin.",
        "limit": "En fazla {n} e-posta adresi girebilirsiniz.",
        "code": "Göndermek için aşağıdaki doğrulama kodunu girmelisiniz.",
        "invalid": "Geçersiz giriş: Lütfen doğrulama kodunu tekrar yazın.",
        "copy": "Bana bir kopya gönder",
    },
    "ar": {
        "head": "أرسل هذا المقال بالبريد الإلكتروني – {site}",
        "sent": "تم إرسال رسالتك.",
        "error": "حدث خطأ ولم يتم إرسال رسالتك. يرجى المحاولة مرة أخرى.",
        "limit": "لا يمكنك إدخال أكثر من {n} عنوان بريد إلكتروني.",
        "code": "يجب إدخال رمز التحقق أدناه للإرسال.",
        "invalid": "إدخال غير صالح: يرجى كتابة رمز التحقق مرة أخرى.",
        "copy": "أرسل نسخة إليّ",
    },
    "ja": {
        "head": "この記事をメールで送る – {site}",
        "sent": "メールを送信しました。",
        "error": "エラーが発生したため、メールは送信されませんでした。もう一度お試しください。",
        "limit": "入力できるメールアドレスは{n}件までです。",
        "code": "送信するには、下の確認コードを入力してください。",
        "invalid": "入力が正しくありません：確認コードをもう一度入力してください。",
        "copy": "自分にもコピーを送る",
    },
    "zh": {
        "head": "通过电子邮件发送本文 – {site}",
        "sent": "您的邮件已发送。",
        "error": "发生错误，邮件未能发送，请重试。",
        "limit": "最多只能输入{n}个电子邮件地址。",
        "code": "请在下方输入验证码后发送。",
        "invalid": "输入无效：请重新输入验证码。",
        "copy": "给我发送一份副本",
    },
    "ko": {
        "head": "이 기사를 이메일로 보내기 – {site}",
        "sent": "이메일이 전송되었습니다.",
        "error": "오류가 발생하여 이메일이 전송되지 않았습니다. 다시 시도해 주세요.",
        "limit": "이메일 주소는 최대 {n}개까지 입력할 수 있습니다.",
        "code": "전송하려면 아래 인증 코드를 입력해야 합니다.",
        "invalid": "잘못된 입력입니다: 인증 코드를 다시 입력해 주세요.",
        "copy": "나에게도 사본 보내기",
    },
}
#: the dialog's messages in the order the page has them; the checks are a list of bullets
_DIALOG_ORDER = ("head", "sent", "error", "limit", "code", "invalid", "copy")
_BULLETED = frozenset({"limit", "code", "invalid"})


def email_dialog(case: Case, rnd: random.Random) -> str:
    """The e-mail-this-article dialog's messages, one a line, as goose returned them (python-goose 143)."""
    lang = _lang(case, rnd, EMAIL_DIALOG)
    texts = EMAIL_DIALOG[lang]
    keep = {"sent", "error"} if rnd.random() < 0.7 else {rnd.choice(("sent", "error"))}
    keep |= set(rnd.sample(["head", "limit", "code", "invalid", "copy"], rnd.randint(1, 4)))
    bullet = rnd.choice(("• ", "• ", "- ", "* "))
    n = rnd.choice((5, 10, 10, 20, 20, 25, 50))
    lines = [
        (bullet if key in _BULLETED else "") + texts[key].format(site=_label(case, rnd), n=n)
        for key in _DIALOG_ORDER
        if key in keep
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- a Markdown image line (middle)
#: language: alt texts of a news picture ({name} a person, {city} a town, {ag} an agency)
ALTS: dict[str, tuple[str, ...]] = {
    "en": (
        "{name} speaks to reporters in {city}",
        "Police at the scene in {city} on Monday",
        "An aerial view of {city}. Photo: {ag}",
        "{name} arrives for a meeting in {city} ({ag})",
    ),
    "de": (
        "{name} bei einer Pressekonferenz in {city}",
        "Einsatzkräfte am Unglücksort in {city}",
        "Blick auf {city}. Foto: {ag}",
    ),
    "fr": (
        "{name} lors d'une conférence de presse à {city}",
        "Des secours sur les lieux à {city}",
        "Vue aérienne de {city}. Photo {ag}",
    ),
    "es": (
        "{name} durante una rueda de prensa en {city}",
        "Agentes en el lugar de los hechos en {city}",
        "Vista aérea de {city}. Foto: {ag}",
    ),
    "it": (
        "{name} durante una conferenza stampa a {city}",
        "I soccorritori sul luogo dell'incidente a {city}",
        "Una veduta di {city}. Foto {ag}",
    ),
    "pt": (
        "{name} durante entrevista coletiva em {city}",
        "Policiais no local da ocorrência em {city}",
        "Vista aérea de {city}. Foto: {ag}",
    ),
    "nl": (
        "{name} tijdens een persconferentie in {city}",
        "Hulpdiensten ter plaatse in {city}",
        "Luchtfoto van {city}. Foto: {ag}",
    ),
    "pl": (
        "{city}: {name} podczas konferencji prasowej",
        "Służby na miejscu zdarzenia ({city})",
        "Panorama miasta {city}. Fot. {ag}",
    ),
    "ru": (
        "{name} на пресс-конференции ({city})",
        "Спасатели на месте происшествия, {city}",
        "Вид на город {city}. Фото: {ag}",
    ),
    "uk": (
        "{name} під час пресконференції ({city})",
        "Рятувальники на місці події, {city}",
        "Вигляд на місто {city}. Фото: {ag}",
    ),
    "tr": (
        "{city}: {name} basın toplantısında",
        "Olay yerinde güvenlik güçleri ({city})",
        "{city} havadan görünüm. Fotoğraf: {ag}",
    ),
    "ar": (
        "{name} خلال مؤتمر صحفي في {city}",
        "عناصر الشرطة في موقع الحادث في {city}",
        "منظر عام لمدينة {city}. تصوير: {ag}",
    ),
    "he": ("{name} במסיבת עיתונאים, {city}", "כוחות הצלה בזירה, {city}", "מבט על {city}. צילום: {ag}"),
    "hi": (
        "{city} में प्रेस कॉन्फ्रेंस के दौरान {name}",
        "{city} में घटनास्थल पर पुलिस",
        "{city} का हवाई दृश्य। फोटो: {ag}",
    ),
    "ja": ("記者会見する{name}氏（{city}）", "{city}の現場に集まった消防隊員", "{city}の空撮（{ag}）"),
    "zh": ("{name}在{city}出席新闻发布会", "救援人员在{city}事发现场", "{city}航拍（{ag}）"),
    "ko": (
        "{name} 씨가 {city}에서 기자회견을 하고 있다",
        "{city} 사고 현장에 출동한 소방대원들",
        "{city} 전경. 사진={ag}",
    ),
}
_AGENCIES = ("AFP", "Reuters", "AP", "dpa", "EPA", "Getty Images", "ANSA", "EFE", "Anadolu", "Kyodo")
_SIZES = ((1200, 675), (1024, 576), (1920, 1080), (800, 450), (640, 360), (1280, 720), (768, 512))
_IMAGE_URLS = (
    "https://{host}/wp-content/uploads/{y}/{mm}/{file}-{w}x{h}.jpg",
    "https://{host}/wp-content/uploads/{y}/{mm}/{file}.jpeg",
    "https://{host}/resources/{id}-{w}x{h}/{file}.jpg",
    "https://img.{host}/{y}/{mm}/{dd}/{hex}.jpg?w={w}&q=80",
    "https://{host}/media/{hex}/{file}.webp",
    "https://cdn.{host}/images/{w}x{h}/{id}.jpg",
)


def markdown_image(case: Case, rnd: random.Random) -> str:
    """A picture as trafilatura's text output writes it when images are asked for: "![alt](src)"."""
    lang = _lang(case, rnd, ALTS)
    alt = rnd.choice(ALTS[lang]).format(
        name=_name(lang, rnd), city=_city(lang, rnd), ag=rnd.choice(_AGENCIES)
    )
    if rnd.random() < 0.15:
        alt = ""
    day = _the_day(case, rnd)
    slug = re.sub(r"[^a-z0-9]+", "-", _ascii_words(_slug_words(case) or "image")).strip("-") or "image"
    w, h = rnd.choice(_SIZES)
    url = rnd.choice(_IMAGE_URLS).format(
        host=_host(case),
        y=day.year,
        mm=f"{day.month:02d}",
        dd=f"{day.day:02d}",
        file="-".join(slug.split("-")[:6]),
        w=w,
        h=h,
        id=rnd.randint(10**6, 10**8),
        hex=f"{rnd.getrandbits(48):012x}",
    )
    return f"![{alt}]({url})"


def _ascii_words(text: str) -> str:
    """``text`` lower-cased with its accents dropped, its words kept apart."""
    return " ".join(_ascii(word) for word in text.split())


# ---------------------------------------------------------------- a drop cap lost (start)
def drop_cap(case: Case, rnd: random.Random) -> Case | None:
    """The first paragraph (one time in five a later one, a section's opener) with its drop cap lost: the
    initial letter gone, the first word gone, or the initial kept and the small-caps lead-in after it lost
    (Readability 696, Postlight's parser 555, NetNewsWire 2021, goose3 190)."""
    if _record_lang(case) in _CJK:
        return None
    paras = _paras(case.record.get("body"))
    if len(paras) < 2:
        return None
    openers = [
        i for i, p in enumerate(paras) if p[:1].isupper() and re.match(r"[^\W\d_]{3,}\S*\s+\S+\s+\S+\s+\S", p)
    ]
    if not openers:
        return None
    i = openers[0] if rnd.random() < 0.8 or len(openers) == 1 else rnd.choice(openers[1:])
    words = paras[i].split(" ")
    style = rnd.random()
    if style < 0.5:  # the initial letter gone
        words[0] = words[0][1:]
    elif style < 0.7:  # the word in the cap's span gone
        words = words[1:]
    else:  # the initial kept, the small-caps lead-in lost
        k = rnd.randint(1, 3)
        words = [words[0][0], *words[k:]]
    paras[i] = " ".join(words)
    return _with(case, body="\n\n".join(paras))


# ---------------------------------------------------------------- an SEO plugin's feed footer (end)
#: language: the line the plugin appends to every feed item ({t} the post's title, {site} the blog)
FEED_FOOTERS: dict[str, tuple[str, ...]] = {
    "en": ("The post {t} appeared first on {site}.",),
    "de": ("Der Beitrag {t} erschien zuerst auf {site}.",),
    "fr": ("L’article {t} est apparu en premier sur {site}.",),
    "es": ("La entrada {t} se publicó primero en {site}.",),
    "pt": ("O post {t} apareceu primeiro em {site}.",),
    "it": ("L'articolo {t} proviene da {site}.",),
    "nl": ("Het bericht {t} verscheen eerst op {site}.",),
    "pl": ("Artykuł {t} pochodzi z serwisu {site}.",),
    "ru": ("Сообщение {t} появились сначала на {site}.",),
    "uk": ("Запис {t} спершу з'явився на {site}.",),
    "tr": ("{t} ilk önce {site} üzerinde ortaya çıktı.",),
    "ar": ("ظهرت المقالة {t} أولاً على {site}.",),
    "ja": ("投稿 {t} は {site} に最初に表示されました。",),
    "zh": ("{t}最先出现在{site}。",),
    "ko": ("{t} 글이 {site}에 처음 등장했습니다.",),
}


def feed_footer(case: Case, rnd: random.Random) -> str:
    """The SEO plugin's feed footer with the post's title and the blog's name (Yoast's ``rssafter``)."""
    lang = _lang(case, rnd, FEED_FOOTERS)
    return rnd.choice(FEED_FOOTERS[lang]).format(t=_own_title(case), site=_label(case, rnd))


# ---------------------------------------------------------------- the feed's excerpt as the body
#: language: the theme's link after the excerpt
MORE_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("Continue reading →", "Read more »", "Continue reading", "Read More"),
    "de": ("Weiterlesen →", "Weiterlesen »", "Mehr lesen"),
    "fr": ("Lire la suite →", "Lire la suite »"),
    "es": ("Leer más »", "Seguir leyendo →"),
    "pt": ("Leia mais »", "Continue lendo →"),
    "it": ("Continua a leggere →", "Leggi tutto »"),
    "ru": ("Читать далее →", "Читать дальше »"),
    "ja": ("続きを読む →", "続きを読む"),
}


def feed_excerpt(case: Case, rnd: random.Random) -> Case | None:
    """The body cut to the feed's excerpt: its first words run into one paragraph and "[…]" after them,
    now and then the theme's "Continue reading" link after that."""
    paras = _paras(case.record.get("body"))
    text = " ".join(" ".join(p.split()) for p in paras)
    lang = _record_lang(case)
    if lang in _CJK:
        n = rnd.choice((110, 110, 80))
        if len(text) < n + 60:
            return None
        cut = text[:n]
    else:
        n = rnd.choice((55, 55, 55, 55, 40, 30, 20))
        words = text.split(" ")
        if len(words) < n + 30:
            return None
        cut = " ".join(words[:n])
    end = rnd.choice((" […]", " […]", " […]", " [...]", "…", " …"))
    excerpt = cut.rstrip(",;:") + end
    if rnd.random() < 0.4:
        excerpt += "\n\n" + rnd.choice(MORE_LINKS.get(lang, MORE_LINKS["en"]))
    return _with(case, body=excerpt)


# ---------------------------------------------------------------- other articles' teasers as the title
#: language: the label of the block of teasers the title was taken from
TEASER_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("In other languages", "Latest articles"),
    "de": ("In anderen Sprachen", "Neueste Artikel"),
    "fr": ("Dans d'autres langues", "Derniers articles"),
    "es": ("En otros idiomas", "Últimos artículos"),
    "pt": ("Em outros idiomas", "Últimos artigos"),
    "it": ("In altre lingue", "Ultimi articoli"),
    "nl": ("In andere talen",),
    "ru": ("На других языках", "Последние статьи"),
    "uk": ("Іншими мовами",),
    "ar": ("بلغات أخرى", "أحدث المقالات"),
    "fa": ("به زبان‌های دیگر",),
    "tr": ("Diğer dillerde", "Son yazılar"),
    "ja": ("他の言語で", "最新記事"),
    "zh": ("其他语言", "最新文章"),
    "ko": ("다른 언어로", "최신 기사"),
}


def _teaser_day(lang: str, day: date) -> str:
    """A teaser's day as the page prints it: "21 septembre", "21. September", "September 21"."""
    parts = _parts(lang, day)
    mon = str(parts.get("mon") or "")
    if not mon:
        return f"{day.day}.{day.month}."
    if lang == "en":
        return f"{mon} {day.day}"
    if lang == "de":
        return f"{day.day}. {mon}"
    if lang in {"es", "pt"}:
        return f"{day.day} de {mon}"
    return f"{day.day} {mon}"


def teaser_title(headlines: Mapping[str, str]) -> Defect:
    """The title as a block of other articles' teasers: a label, then three to five other records'
    headlines with their authors and days (trafilatura issue 4, orientxxi.info)."""

    def plant(case: Case, rnd: random.Random) -> Case | None:
        own = " ".join(str(case.record.get("title") or "").split())
        others = [h for h in headlines if h != own]
        if not own or len(others) < 5:
            return None
        lang = _record_lang(case)
        if lang not in TEASER_LABELS or rnd.random() < 0.35:
            lang = rnd.choice(sorted(TEASER_LABELS))
        day = _the_day(case, rnd)
        teasers = []
        for headline in rnd.sample(others, rnd.randint(3, 5)):
            hl = headlines[headline]
            when = date.fromordinal(day.toordinal() - rnd.randint(0, 12))
            teasers.append(f"{headline} {_name(hl, rnd)} · {_teaser_day(hl, when)}")
        return _with(case, title=" ".join([rnd.choice(TEASER_LABELS[lang]), *teasers]))

    return plant


# ---------------------------------------------------------------- the day of the month wrong
def wrong_day(case: Case, rnd: random.Random) -> Case | None:
    """The date's year and month right and its day wrong: read from the first digits of the article's
    number in the URL ("/2021/04/92713" read as the 9th), or, where the URL has none, the day of the crawl
    filled in by a parser given only the year and the month (newspaper 884 and 967)."""
    day = _record_day(case)
    if day is None:
        return None
    last = calendar.monthrange(day.year, day.month)[1]
    path = re.sub(r"^https?://[^/]+", "", str(case.record.get("url") or ""))
    numbers = [m for m in re.findall(r"\d{3,}", path) if not re.fullmatch(r"(19|20)\d\d", m)]
    wrong = None
    if numbers:
        digits = numbers[-1].lstrip("0")
        if digits:
            wrong = int(digits[:2]) if 1 <= int(digits[:2]) <= last else int(digits[0])
    if wrong is None or wrong == day.day or wrong < 1:
        wrong = rnd.choice([d for d in range(1, 29) if d != day.day])
    bad = date(day.year, day.month, wrong)
    text = bad.isoformat() if rnd.random() < 0.5 else f"{bad.isoformat()}T00:00:00"
    return _with(case, published=text)


# ---------------------------------------------------------------- authors: a sidebar's "N hours ago"
#: language: the relative times of a list of recent posts, as an author parser title-cases them with
#: their numbers dropped
RELATIVE: dict[str, tuple[str, ...]] = {
    "en": ("Minutes Ago", "Minute Ago", "Hour Ago", "Hours Ago", "Hours Ago", "Day Ago", "Days Ago"),
    "de": ("Vor Minuten", "Vor Stunden", "Vor Stunde", "Vor Tagen"),
    "fr": ("Il Y A Minutes", "Il Y A Heures", "Il Y A Heure", "Il Y A Jours"),
    "es": ("Hace Minutos", "Hace Horas", "Hace Hora", "Hace Días"),
    "pt": ("Há Minutos", "Há Horas", "Há Dias"),
    "it": ("Minuti Fa", "Ore Fa", "Ora Fa", "Giorni Fa"),
    "nl": ("Minuten Geleden", "Uur Geleden", "Dagen Geleden"),
    "ru": ("Минут Назад", "Часа Назад", "Часов Назад", "Дня Назад"),
    "ja": ("分前", "時間前", "日前"),
    "zh": ("分钟前", "小时前", "天前"),
    "ko": ("분 전", "시간 전", "일 전"),
}


def _names(lang: str, rnd: random.Random, n: int) -> list[str]:
    out: list[str] = []
    tries = 0
    while len(out) < n and tries < 60:
        name, tries = _name(lang, rnd), tries + 1
        if name not in out:
            out.append(name)
    return out


def sidebar_authors(case: Case, rnd: random.Random) -> Case | None:
    """The article's author, then three to eight names of a sidebar's recent posts with the posts' relative
    times run into them ("Hours Ago Steve O'Hear"; newspaper 526)."""
    lang = _lang(case, rnd, RELATIVE)
    names = _names(lang, rnd, rnd.randint(4, 9))
    own = names[0] if rnd.random() < 0.8 else None
    entries = [f"{rnd.choice(RELATIVE[lang])} {name}" for name in names[1:]]
    return _with(case, authors=[own, *entries] if own else entries)


# ---------------------------------------------------------------- authors: the byline's e-mail link
#: language: the e-mail link's label in the byline, title-cased as the author parser leaves it
MAIL_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Email The Author", "Email Author", "Contact The Author"),
    "de": ("E-Mail An Den Autor", "Schreiben Sie Dem Autor", "Kontakt Zum Autor"),
    "fr": ("Écrire À L'auteur", "Contacter L'auteur"),
    "es": ("Escribir Al Autor", "Enviar Correo Al Autor"),
    "pt": ("Enviar E-Mail Ao Autor", "Fale Com O Autor"),
    "it": ("Scrivi All'autore", "Contatta L'autore"),
    "nl": ("Mail De Auteur", "Stuur De Auteur Een Mail"),
    "pl": ("Napisz Do Autora",),
    "ru": ("Написать Автору", "Связаться С Автором"),
    "ar": ("راسل الكاتب", "تواصل مع الكاتب"),
    "ja": ("記者にメール", "筆者へのお問い合わせ"),
    "zh": ("联系作者", "给作者发邮件"),
    "ko": ("기자에게 메일 보내기", "기자 이메일"),
}
#: mailbox names for the languages whose names are not in Latin letters
_HANDLES: dict[str, tuple[str, ...]] = {
    "ru": ("emorozova", "anovikov", "mvasileva", "pfedorov", "izaytseva"),
    "ar": ("lkhatib", "ahaddad", "snajjar", "yali", "mmansour"),
    "ja": ("msato", "ktakahashi", "sito", "dyamamoto", "anakamura"),
    "zh": ("wangli", "chenzq", "liting", "zhangwei", "liufang"),
    "ko": ("mjkim", "sylee", "jhpark", "ynchoi", "hnjeong"),
}


def _mailbox(lang: str, name: str, rnd: random.Random) -> str:
    """The local part of the author's address: "jmiller", "janemiller", "millerj"."""
    words = [_ascii(w) for w in name.split() if _ascii(w)]
    if lang in _HANDLES or len(words) < 2:
        return rnd.choice(_HANDLES.get(lang, _HANDLES["ru"]))
    first, last = words[0], words[-1]
    return rnd.choice((f"{first[0]}{last}", f"{first}{last}", f"{last}{first[0]}", f"{first[0]}{last}"))


def mail_link_authors(case: Case, rnd: random.Random) -> Case | None:
    """The author's name, the byline's e-mail link's label and its address split at the "@" and the dots
    and title-cased, as three entries ("Christie Dedman", "Email The Author", "Cdedman Al Com"; newspaper
    158)."""
    lang = _lang(case, rnd, MAIL_LABELS)
    name = _name(lang, rnd)
    address = [_mailbox(lang, name, rnd), *_host(case).split(".")]
    mangled = " ".join(part.capitalize() for part in address if part)
    label = rnd.choice(MAIL_LABELS[lang])
    entries = [name, label, mangled] if rnd.random() < 0.75 else [name, mangled]
    return _with(case, authors=entries)


# ---------------------------------------------------------------- authors: the publisher
#: language: the newsroom named as the author ({site} the site's name)
NEWSROOMS: dict[str, tuple[str, ...]] = {
    "en": ("{site} Staff", "{site} Newsroom", "{site} Editorial Team"),
    "de": ("Redaktion {site}", "{site}-Redaktion"),
    "fr": ("Rédaction {site}", "La rédaction de {site}"),
    "es": ("Redacción {site}",),
    "pt": ("Redação {site}",),
    "it": ("Redazione {site}",),
    "nl": ("Redactie {site}",),
    "pl": ("Redakcja {site}",),
    "ru": ("Редакция {site}",),
    "uk": ("Редакція {site}",),
    "tr": ("{site} Haber Merkezi",),
    "ar": ("فريق تحرير {site}",),
    "ja": ("{site}編集部",),
    "zh": ("{site}编辑部",),
    "ko": ("{site} 편집국",),
}
#: language: the writer's name with the site it writes for ({name} {site})
WRITES_FOR: dict[str, tuple[str, ...]] = {
    "en": ("{name} For {site}", "{name} For {site}", "{name} for {site}"),
    "de": ("{name} für {site}", "{name} Für {site}"),
    "fr": ("{name} pour {site}",),
    "es": ("{name} para {site}",),
    "pt": ("{name} para {site}",),
    "it": ("{name} per {site}",),
    "ru": ("{name} для {site}",),
}


def publisher_author(case: Case, rnd: random.Random) -> Case | None:
    """The publisher in the author entry: "<site> Staff", the address title-cased, its feed, its newsroom,
    or the writer's name "For <site>" (newspaper 766 and 394, trafilatura 110 and 91)."""
    site = _label(case, rnd)
    host = _host(case)
    style = rnd.random()
    if style < 0.2:
        entries = [f"{site.capitalize() if site.islower() else site} Staff"]
        if rnd.random() < 0.4:
            entries.append("Promoted By")
    elif style < 0.4:
        entries = [" ".join(part.capitalize() for part in host.split("."))]
    elif style < 0.5:
        entries = [f"{host.split('.')[0].capitalize()} {rnd.choice(('Feed', 'RSS', 'Feeds'))}"]
    elif style < 0.75:
        lang = _lang(case, rnd, NEWSROOMS)
        entries = [rnd.choice(NEWSROOMS[lang]).format(site=site)]
    else:
        lang = _lang(case, rnd, WRITES_FOR)
        entries = [rnd.choice(WRITES_FOR[lang]).format(name=_name(lang, rnd), site=site)]
    return _with(case, authors=entries)


# ---------------------------------------------------------------- the language: the CMS's default locale
_OVER_ENGLISH = ("da", "da", "nl", "sv", "nb", "fi", "es", "pt-BR", "fr-FR", "de-AT", "it-IT", "pl", "tr")
_OVER_OTHERS = ("en", "en-US", "en_US", "en-GB", "en_GB", "en-us")


def cms_locale(case: Case, rnd: random.Random) -> Case | None:
    """The language the template or the CMS declares rather than the article's: "en_US" over a German
    page, "da" or "nl" over an English one (scholia 1385, Media Cloud 367)."""
    if not (case.record.get("body") or case.record.get("title")):
        return None
    own = _record_lang(case)
    code = rnd.choice(_OVER_ENGLISH if own == "en" else _OVER_OTHERS)
    return _with(case, language=code)


# ---------------------------------------------------------------- the kinds
def _both(name: str, plant: Defect, expected: frozenset[str]) -> Kinds:
    """``plant`` (record only) in every record and in one record in eight per run."""
    planter = record_only(plant)
    sparse_one: Rotated = sparse(planter, 8)
    return {
        f"{name}, record only": (planter, expected),
        f"{name}, record only, 1 page in 8 per run": (sparse_one, expected),
    }


def _headline_langs(cases: list[Case]) -> dict[str, str]:
    """The corpus's headlines (on one line) -> the language of their records."""
    out: dict[str, str] = {}
    for case in cases:
        title = " ".join(str(case.record.get("title") or "").split())
        if title:
            out[title] = _record_lang(case)
    return out


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""

    def line(make: Callable[[Case, random.Random], str], where: str) -> Defect:
        return placed(once_for(make), where)

    bp = _BOILERPLATE
    kinds: Kinds = {}
    for name, plant, expected in (
        ("goose3's '• None' list items (middle)", none_bullets, BODY_CHECKS),
        ("the e-mail-this-article dialog's messages (end)", line(email_dialog, "end"), bp),
        ("a Markdown image line from the text output (middle)", line(markdown_image, "middle"), BODY_CHECKS),
        ("a drop cap lost (start)", drop_cap, BODY_CHECKS),
        (
            "an SEO plugin's feed footer 'The post ... appeared first on ...' (end)",
            line(feed_footer, "end"),
            bp,
        ),
        ("the feed's excerpt ending '[…]' as the body", feed_excerpt, BODY_CHECKS),
        ("other articles' teasers as the title", teaser_title(_headline_langs(cases)), TITLE_CHECKS),
        ("the day of the month wrong (URL number or crawl day)", wrong_day, DATE_CHECKS),
        ("a sidebar's 'N hours ago' run into authors' names", sidebar_authors, AUTHOR_CHECKS),
        ("the byline's e-mail link as author entries", mail_link_authors, AUTHOR_CHECKS),
        ("the publisher in the author entry", publisher_author, AUTHOR_CHECKS),
        ("the CMS's default locale as the language", cms_locale, LANGUAGE_CHECKS),
    ):
        kinds.update(_both(name, plant, expected))
    return kinds


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv,
        __doc__,
        blind,
        "blind kind (thirtieth set)",
        "thirtieth blind set, all kinds",
        misses=False,
    )


if __name__ == "__main__":
    sys.exit(main())
