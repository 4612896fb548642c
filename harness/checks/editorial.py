"""An editor's note about the article, kept in its body: a ``boilerplate.notice`` of its own kind.

A publication puts notes about the article around it: a content note or trigger warning above it ("Content
warning: this article contains descriptions of ...", "Triggerwarnung: In diesem Text geht es um ...",
"【注意】この記事には ... に関する記述が含まれます"), an author's disclosure statement below it ("Disclosure
statement: ... does not own shares in any company that would benefit from this article", "利益披露：作者 ...
持有 ... 股票"), a travel piece's "The writer was a guest of ...". They speak about the article, not about the
news, and an extractor that keeps the box keeps them as the body's first or last line. Two kinds of evidence,
each on one line of at most ``_MAX_WORDS`` words and ``_MAX_CHARS`` characters with no link:

*  **A label, then the article or its author named as such**, and no word of an update or a correction (an
  update's or a correction's note is the article's history, and the truths keep it), on one of the body's
  first or last ``_EDGE`` lines: a label of at most ``_LABEL_WORDS`` words before a colon (or in brackets
  first: "【注意】", "[Note]", or a reference mark: "※"), and after it the article itself ("this article",
  "the following report", "dieser Text", "cet article", "este reportaje", "questo articolo", "ten tekst", "в
  тексте", "bu haber", "το άρθρο", "הכתבה", "هذا المقال", "यह लेख", "บทความนี้", "artikel ini", "本文",
  "この記事", "이 기사") or its author ("the writer", "der Autor", "l'auteur", "el autor", "作者", "筆者",
  "필자"), in 29 languages. A line of the article names the article or its author in its sentences; a note
  names them right after its label.
*  **A label of a content note or a disclosure** first on any line ("Content warning:", "Trigger warning:",
  "CW:", "Disclosure:", "Transparenzhinweis:", "Alerta de gatilho:", "İçerik uyarısı:", "Конфликт интересов:",
  "利益披露：", "内容提示："): the label alone names the note's kind. A label of a warning in general
  ("Avviso:", "Предупреждение:", "تحذير:") may head an article's own line (a weather warning) and counts only
  with the article named after it, above.

On the same first or last lines, if of at most ``_PAGE_NOTE_WORDS`` words, **a note about the page or the
printed edition**: a closed live blog's notice (its coverage named and its end: "This live blog is now closed
...", "Liveblog beendet ...", "本场直播已于...结束"), a printed paper's jump line of at most ``_JUMP_WORDS``
words ("Continued from Page B1", "TRANSIT, from B1", "Suite de la page 2", "(1면에서 계속)"), and the printed
edition's inserts named (an insert's word and an edition's word: "This edition includes an insert from ...",
"Ce numéro comporte un encart ..."). On a last or first line of at most ``_MAX_WORDS`` words, **a travel
piece's hosted-trip disclosure**: the trip (or its writer) and who paid for it or invited them, in one
sentence ("The trip was provided by ...", "The writer was a guest of ...", "Die Reise wurde unterstützt von
...", "... à l'invitation de ...", "取材協力：...", 17 languages), and **a grant's or a funder's note**: the
reporting named as this one in the line's first ``_FUNDED_HEAD`` characters, then who funded or supported it
("This reporting was supported by a grant from ...", "Diese Recherche wurde von ... gefördert", "Матеріал
підготовлено за підтримки ...", 20 languages); a project in the news is "the project", not "this reporting".

A body of fewer than ``_MIN_LINES`` lines has no edges apart from its article. Measured on the clean bodies of
the corpus, fundus and Readability.js and on ``generic``'s outputs of 1,712 outside pages
(docs/checks-accuracy.md, "Twenty-fifth pass" and "Twenty-sixth pass")."""

from __future__ import annotations

import re
from functools import lru_cache

from harness.checks.emit import Emitter
from harness.checks.text import LINK_OR_HANDLE, lines

NOTICE = "boilerplate.notice"
_EDGE = 2
_MAX_WORDS = 60
_MAX_CHARS = 500
_LABEL_WORDS = 5
_LABEL_CHARS = 48
_MIN_LINES = 3
_HEAD = 40  # a note's own label ends within this many characters

#: the article named as such, or its author, as words (casefolded; a phrase of up to three words): read
#: after the label, word by word
_THINGS_EN = "article|story|report|piece|post|text|essay|column|feature|interview|episode"
_THINGS_DE = "artikel|artikels|text|textes|beitrag|beitrags|bericht|interview"
_SELF_PHRASES = frozenset(
    (
        *(f"{this} {thing}" for this in ("this", "following") for thing in _THINGS_EN.split("|")),
        *(
            f"{this} {thing}"
            for this in ("dieser", "diesem", "dieses", "diesen", "folgende", "folgenden")
            for thing in _THINGS_DE.split("|")
        ),
        *(
            phrase
            for group in (
                # English
                "the author|the authors|the writer|the reporter|our reporter|our correspondent"
                "|this reporter|this writer",
                # German
                "der autor|die autorin|unser autor|unsere autorin|unser reporter|unsere reporterin"
                "|unser korrespondent|unsere korrespondentin",
                # French
                "cet article|ce texte|ce reportage|ce témoignage|ce récit|cette enquête|cette chronique"
                "|texte suivant|article suivant|auteur|autrice|auteure",
                # Spanish, Portuguese, Italian
                "este artículo|este texto|este reportaje|esta nota|esta crónica|esta información"
                "|siguiente texto|siguiente artículo|el autor|la autora|este artigo|esta reportagem"
                "|esta matéria|esta notícia|texto a seguir|reportagem a seguir|o autor|a autora"
                "|questo articolo|questo testo|questo servizio|seguente articolo|autore",
                # Dutch, Scandinavian, Finnish
                "dit artikel|dit verhaal|dit stuk|deze tekst|de auteur|de schrijver|denna artikel"
                "|här artikeln|här texten|artikeln|skribenten|författaren|denne artikel|artiklen"
                "|denne artikkelen|artikkelen|saken|forfatteren|tämä artikkeli|tässä artikkelissa"
                "|tässä jutussa|jutussa|artikkelissa|kirjoittaja",
                # Polish, Czech, Turkish
                "ten artykuł|ten tekst|tekst porusza|tym artykule|tym tekście|w tekście|autor tekstu"
                "|autorka tekstu|tento článek|tento text|v článku|tomto článku|v textu|tomto textu"
                "|autor článku|autorka článku|bu haber|bu yazı|bu makale|bu içerik|bu metin|haberde"
                "|yazıda|yazar",
                # Russian, Ukrainian, Greek
                "эта статья|этой статье|этот материал|этом материале|в тексте|данный материал"
                "|данном материале|автор|автора|ця стаття|цій статті|цей матеріал|цьому матеріалі"
                "|у тексті|в тексті|авторка|το άρθρο|το κείμενο|ο συγγραφέας|ο συντάκτης|η συντάκτρια",
                # Indonesian, Vietnamese
                "artikel ini|tulisan ini|berita ini|penulis|bài viết này|bài báo này|tác giả",
            )
            for phrase in group.split("|")
        ),
    )
)
_SELF_MOST_WORDS = max(len(p.split()) for p in _SELF_PHRASES)
#: the same in scripts whose words this module does not cut (a prefix written onto the word, or no spaces):
#: found as text
_SELF_TEXT = tuple(
    "|".join(
        (
            "הכתבה|המאמר|הכותב|هذا المقال|هذه المقالة|هذا التقرير|هذا النص|الكاتب",
            "यह लेख|इस लेख|यह खबर|इस खबर|लेखक|บทความนี้|ข่าวนี้|ผู้เขียน",
            "本文|本报道|本報導|这篇文章|這篇文章|此文|作者|この記事|本記事|この文章|本稿|筆者|著者",
            "이 기사|본 기사|이 글|필자",
        )
    ).split("|")
)
_WORD = re.compile(r"[^\W\d_]+")
# after a Latin, Cyrillic or Greek letter: not inside a word
_B = r"(?<![^\W\d_])"
_E = r"(?![^\W\d_])"
#: a content note's or a disclosure's own label, first on the line (before its colon)
_NOTE_LABELS = (
    r"content (?:warning|note|advisory)|trigger (?:warning|alert)|cw|tw|disclosures?(?: statement)?"
    r"|full disclosure|financial disclosure|conflicts? of interest|competing interests?",
    r"triggerwarnung|inhaltswarnung|inhaltshinweis|content-hinweis|transparenzhinweis|offenlegung"
    r"|interessenkonflikte?|haftungsausschluss",
    r"avertissement (?:de contenu|au lecteur)|divulgation|déclaration d['’]intérêts?"
    r"|conflits? d['’]intérêts?",
    r"aviso de contenido|advertencia de contenido|alerta de (?:contenido|gatillo)|aviso de conteúdo"
    r"|declaraci[óo]n de intereses|conflicto de intereses|declaração de interesses|conflito de interesses",
    r"avviso sui contenuti|conflitto di interessi|dichiarazione di interessi",
    r"triggerwaarschuwing|inhoudswaarschuwing|belangenverstrengeling|innehållsvarning|triggervarning"
    r"|triggeradvarsel|indholdsadvarsel|innholdsadvarsel|sisältövaroitus|sidonnaisuudet|ujawnienie"
    r"|konflikt interesów|střet zájmů|içerik uyarısı|tetikleyici uyarı|çıkar çatışması",
    r"конфликт интересов|раскрытие информации|конфлікт інтересів|розкриття інформації"
    r"|προειδοποίηση περιεχομένου|γνωστοποίηση|peringatan (?:konten|pemicu)|cảnh báo nội dung",
)
_NOTE_LABELS_UNSPACED = (
    r"אזהרת (?:תוכן|טריגר)|גילוי נאות|تحذير المحتوى|إفصاح|تضارب المصالح",
    r"内容(?:提示|警告)|触发警告|利益(?:披露|冲突|衝突|相反)|免责声明|이해관계|트리거 경고|콘텐츠 경고",
)
_LABEL_SEP = r"\s*[:：]"
_NOTE_LABEL = re.compile(
    rf"^[\W_]{{0,3}}(?:{_B}(?:{'|'.join(_NOTE_LABELS)}){_E}|{'|'.join(_NOTE_LABELS_UNSPACED)}){_LABEL_SEP}"
)
#: a label first: words and a colon, or a bracketed label (with a letter: "(1)" is a footnote's mark), or a
#: reference mark
_LABEL = re.compile(
    rf"^(?:[^:：\n.!?。！？]{{1,{_LABEL_CHARS}}}?(?::|：)"
    rf"|\s*[【［\[(（](?=[^】］\])）]*[^\W\d_])[^】］\])）]{{1,20}}[】］\])）]"
    rf"|\s*[※＊*]+)\s*"
)
#: an update's or a correction's note names the article too, and the article keeps it (its history, in
#: the annotators' truths): words of an update or a correction, looked for after the label
_HISTORY = re.compile(
    r"updat|correct|amend|originally|earlier version|aktualisiert|korrigiert|berichtigt|ergänzt"
    r"|mis à jour|mise à jour|corrig|actualiza|atualiza|aggiorna|corrett|bijgewerkt|gecorrigeerd"
    r"|uppdaterad|rättad|opdateret|oppdatert|rettet|päivitet|korjattu|zaktualizowan|poprawion"
    r"|aktualizov|opraven|güncellen|düzelt|обновл|исправл|оновлен|виправл|ενημερώθηκε|διορθώθηκε|עודכן"
    r"|תוקן|تحديث|تصحيح|अपडेट|संशोधित|อัปเดต|แก้ไข|diperbarui|dikoreksi|cập nhật|đính chính|更新|訂正"
    r"|更正|修正|업데이트|수정|정정"
)


def _label_end(line: str) -> int | None:
    """Where the line's text after its label starts, or None when the line has no label first."""
    m = _LABEL.match(line)
    if m is None:
        return None
    label = m.group(0)
    if len(label.split()) > _LABEL_WORDS + 1:
        return None
    return m.end()


def _names_itself(text: str) -> bool:
    """True when ``text`` (casefolded) names the article or its author as such."""
    if any(needle in text for needle in _SELF_TEXT):
        return True
    words = _WORD.findall(text)
    for size in range(1, _SELF_MOST_WORDS + 1):
        for at in range(len(words) - size + 1):
            if " ".join(words[at : at + size]) in _SELF_PHRASES:
                return True
    return False


#: not inside a word of a script that spaces its words ("director" holds "directo", "recommended" "ended");
#: the scripts written without spaces (and Thai's, Devanagari's, Arabic's words) are read as they come
_LATIN_START = r"(?<![a-zß-ÿā-ʯα-ωа-я])"
#: a live blog's own coverage named, and its end, on one line: a closed live blog's notice ("This live blog
#: is now closed", "Liveblog beendet", "Este directo ha finalizado", "本场直播已于...结束")
_LIVE = re.compile(
    _LATIN_START
    + r"(?:live ?blog|live[- ]?(?:coverage|updates?|feed|ticker|berichterstattung)|liveticker|directo(?!r)"
    r"|en direct"
    r"|cobertura (?:ao vivo|en vivo|em tempo real)|diretta|na żywo|přímý přenos|canlı (?:yayın|blog|anlatım)"
    r"|трансляци|ζωντανή (?:ενημέρωση|μετάδοση|κάλυψη)|लाइव|ถ่ายทอดสด|liputan langsung|tường thuật trực tiếp"
    r"|直播|ライブ|生中継|라이브|생중계|liveblogg|liveopdatering|liverapport|suora seuranta|livebericht"
    r"|(?:suivi|ce) (?:en )?direct|التغطية المباشرة|البث المباشر)"
)
_ENDED = re.compile(
    _LATIN_START
    + r"(?:ended|closed|concluded|beendet|geschlossen|abgeschlossen|finaliz|terminad|terminat|encerrad"
    r"|cerramos"
    r"|concluid|chius|conclus|zakończ|kończymy|skončil|ukončen|sona er|завершен|закончен|закрыт|ολοκληρώθηκε"
    r"|समाप्त|बंद हो|สิ้นสุด|berakhir|ditutup|kết thúc|结束|結束|終了|종료|마칩니다|afsluttet|avsluttet"
    r"|avslutad"
    r"|päättyi|beëindigd|gesloten|achève|achevé|terminé|si chiude|انتهت|انتهى)"
)
#: a printed paper's jump line: the story continued from another page ("Continued from Page B1", "TRANSIT,
#: from B1", "Suite de la page 2", "SEGUE DALLA PRIMA", "Viene de la página 1", "(1면에서 계속)")
_JUMP = re.compile(
    r"(?:continued|cont(?:'|’)?d|continues) (?:from|on) (?:page |p\. ?)?[a-z]?\d{1,3}\b"
    r"|from [a-h]\d{1,2}\W*$"
    r"|suite (?:de la|en) page|suite de la une|(?:segue |continua )?dalla prima|segue a pagina"
    r"|viene de (?:la )?(?:página|portada)"
    r"|continúa en (?:la )?página|dokończenie ze (?:str|s)\b|vervolg van voorpagina|continuação da (?:capa"
    r"|página)|continua na página|vervolg (?:van|op) pagina"
    r"|fortsetzung (?:von|auf) (?:der |seite)|von seite \d|ciąg dalszy (?:ze|na) str|pokračování (?:ze"
    r"|na) str"
    r"|продолжение (?:на|со) стр|начало на стр|面から続く|면에서 계속|면에 계속|接第\d+版|转第\d+版|續第\d+版"
)
_JUMP_WORDS = 10
_PAGE_NOTE_WORDS = 45  # a note about the page or the edition is short; a paragraph is the article's
#: a printed edition's inserts named ("This edition includes an insert from ...", "Beilagenhinweis: ...",
#: "Ce numéro comporte un encart ...", "A edição ... inclui um encarte ..."): an insert's word and an
#: edition's word on one line
_INSERT = re.compile(
    r"inserts?\b|beilage|prospekte|encarts?\b|encartes?\b|inserto|folders?\b|přílohu|tillæg|bilag|bijlage"
    r"|inlaga|bilaga|ulotk|gazetk[aęi] reklamow|вкладыш|вкладк"
)
_EDITION = re.compile(
    r"edition|numéro|edição|ausgabe|ejemplar|oplag|vydání|nákladu|giornale|tirage|wydani|avisen|lehti"
    r"|номер|выпуск|krant|tidningen|nakład"
)


#: text a line of ``_LIVE`` or ``_INSERT`` holds (casefolded; found by ``in``, in C): a line holding none is
#: not read by their regexes, as most lines hold none
_LIVE_GATE = (
    "live",
    "direct",
    "diretta",
    "cobertura",
    "żywo",
    "přenos",
    "canlı",
    "ζωντανή",
    "langsung",
    "trực",
    "المباشر",
    "трансляц",
    "लाइव",
    "ถ่ายทอดสด",
    "直播",
    "ライブ",
    "生中継",
    "라이브",
    "생중계",
)
_INSERT_GATE = (
    "insert",
    "beilage",
    "prospekt",
    "encart",
    "folder",
    "příloh",
    "tillæg",
    "bilag",
    "bijlage",
    "inlaga",
    "gazetk",
    "ulotk",
    "вклад",
)
#: a travel piece's hosted-trip disclosure: the trip (or the writer who made it) and who paid for it or
#: invited them, in one sentence ("The trip was provided by Visit Portugal", "The writer was a guest of
#: ...", "Die Reise wurde unterstützt von ...", "Ce voyage a été réalisé à l'invitation de ...")
_HOSTED = re.compile(
    r"\b(?:trip|travel|journey|stay|flights?|accommodation)\b[^.!?]{0,40}?\b(?:was|were) (?:provided"
    r"|supported|paid for|funded|arranged|hosted|organi[sz]ed|sponsored) by\b"
    r"|\b(?:writer|author|reporter|journalist)s? (?:was|were|travell?ed)[^.!?]{0,20}?\bguests? of\b"
    r"|\btravell?ed (?:as (?:a )?guests? of|courtesy of|at the invitation of"
    r"|with (?:the )?support (?:of|from))"
    r"|(?:reise|recherche|aufenthalt)\w* (?:wurde|erfolgte)[^.!?]{0,40}?(?:unterstützt|auf einladung|bezahlt"
    r"|finanziert)|reiste[^.!?]{0,40}?auf einladung"
    r"|(?:voyage|séjour|reportage)[^.!?]{0,60}?(?:à l'invitation|à l’invitation|offert par"
    r"|pris en charge par)"
    r"|(?:viaje|viajó|estancia)[^.!?]{0,50}?(?:cortesía de|invitación de|invitad[oa] por|financiad[oa] por)"
    r"|(?:viaggio|soggiorno)[^.!?]{0,50}?(?:organizzato da|offerto da|su invito|ospit)"
    r"|(?:viagem|viajou|estadia)[^.!?]{0,50}?(?:a convite d|cortesia d|oferecid)"
    r"|(?:cestoval|cesta )[^.!?]{0,50}?na pozvání|(?:podróż|wyjazd|pojechał)[^.!?]{0,50}?na zaproszenie"
    r"|perjalanan[^.!?]{0,50}?(?:atas undangan|disponsori)"
    r"|(?:поездк|путешестви)[^.!?]{0,50}?(?:по приглашению|при поддержке|организован)"
    r"|(?:reis|verblijf)[^.!?]{0,50}?(?:op uitnodiging|aangeboden door|betaald door|mogelijk gemaakt door)"
    r"|(?:resan|vistelsen)[^.!?]{0,50}?(?:bekostades|betalades|på inbjudan)"
    r"|(?:rejsen|reisen|turen)[^.!?]{0,50}?(?:betalt af|betalt av|invitation|invitasjon)"
    r"|davetlisi olarak|초청으로 이뤄|취재 ?(?:협조|협찬|지원)"
    r"|取材協力[:：]|本次采访(?:由|得到)[^。]{0,30}(?:协助|支持)"
)
#: the words one of which is on a line ``_HOSTED`` reads (casefolded, looked up as words: a set's look-up in
#: C, where ``in`` over each of them cost a Python step a word), and the CJK marks (found as text)
_HOSTED_WORDS = frozenset(
    (
        *("trip", "travel", "traveled", "travelled", "journey", "stay", "flight", "flights", "accommodation"),
        *("writer", "author", "reporter", "journalist", "writers", "authors", "reporters", "journalists"),
        *("reise", "recherche", "aufenthalt", "reiste", "voyage", "séjour", "reportage", "viaje", "viajó"),
        *("estancia", "viaggio", "soggiorno", "viagem", "viajou", "estadia", "cestovala", "cestoval"),
        "cesta",
        *("podróż", "wyjazd", "pojechał", "pojechała", "perjalanan", "поездка", "поездку", "путешествие"),
        *("reis", "verblijf", "resan", "vistelsen", "rejsen", "reisen", "turen", "davetlisi"),
    )
)
#: a grant's or a funder's note: the reporting named as this one, then who funded or supported it ("This
#: reporting was supported by a grant from ...", "Diese Recherche wurde von ... gefördert", "Este reportaje ha
#: sido posible gracias a una beca ...", "Матеріал підготовлено за підтримки ..."): the subject within the
#: line's first ``_FUNDED_HEAD`` characters, a demonstrative with it (a project in the news is "the project")
_FUNDED_SUBJECT = re.compile(
    r"\b(?:this|our) (?:reporting|report|article|story|investigation|series|coverage|journalism)\b"
    r"|\breporting (?:for|on) this\b|\b(?:diese[rs]?|unsere?) (?:recherche|beitrag|artikel|bericht|text)"
    r"|\b(?:cet|cette) (?:article|enquête)|\bce (?:reportage|travail)"
    r"|\b(?:este|esta) (?:artículo|reportaje|investigación|reportagem|matéria|artigo|trabalho)"
    r"|\bquest[oa] (?:articolo|servizio|inchiesta)|\bquest'inchiesta"
    r"|\b(?:dit|deze) (?:artikel|verhaal|onderzoek)"
    r"|\b(?:acest|această) (?:articol|material|anchetă)|^bài viết|^матеріал|^материал|^этот материал"
    r"|\b(?:ten|niniejszy) (?:artykuł|tekst|materiał)|\btento (?:článek|text)|\bbu (?:haber|yazı|makale)"
    r"|\bdenna (?:artikel|text|granskning)|\bdenne artikel|\btämä (?:artikkeli|juttu)|^materiał|^granskningen"
    r"|^a cikk|^यह रिपोर्ट|^এই প্রতিবেদন|^รายงานชิ้นนี้|^این گزارش|^هذا التقرير"
)
_FUNDED_BY = re.compile(
    r"supported by|funded by|made possible by|(?:with|through) (?:the )?support (?:of|from)|grant from"
    r"|gefördert|unterstützt|finanziert|posible gracias a|una beca|financiad|con il sostegno"
    r"|con il contributo"
    r"|avec le soutien|grâce au soutien|financé|com o apoio|contou com o apoio|за підтримки|при поддержке"
    r"|cu sprijinul|với sự hỗ trợ|dofinansowan|dzięki wsparciu|s podporou|met steun van|ondersteund door"
    r"|mogelijk gemaakt|med stöd|stöd från|stöd av|tuella|desteğiyle|támogatásával|के सहयोग से|সহায়তায়"
    r"|สนับสนุน|با حمایت|بدعم"
)
_FUNDED_HEAD = 60
#: a word one of which every ``_FUNDED_SUBJECT`` holds, looked up in the head's words first (the regex's
#: alternation, tried at each character, cost about 15 us an edge line)
_FUNDED_NAMES = """
    reporting report article story investigation series coverage journalism recherche beitrag artikel
    bericht text enquête reportage travail artículo reportaje investigación reportagem matéria artigo
    trabalho articolo servizio inchiesta quest'inchiesta verhaal onderzoek articol material anchetă viết
    матеріал материал artykuł tekst materiał článek haber yazı makale granskning granskningen artikeln
    artikkeli juttu cikk रिपोर्ट প্রতিবেদন گزارش التقرير
"""
_FUNDED_WORDS = frozenset(_FUNDED_NAMES.split())
_HOSTED_CJK = ("초청", "취재", "取材協力", "本次采访")
_LABEL_HEAD = _LABEL_CHARS + 8  # a note's own label and its colon lie within these first characters


def _funded_gate(head: str) -> bool:
    """A word of ``_FUNDED_WORDS`` in the (casefolded) head, or Thai's subject, written without spaces."""
    return not _FUNDED_WORDS.isdisjoint(head.split()) or "รายงานชิ้นนี้" in head


def _hosted_gate(low: str) -> bool:
    """A word of ``_HOSTED_WORDS`` on the (casefolded) line, or one of the CJK marks."""
    if not _HOSTED_WORDS.isdisjoint(low.split()):
        return True
    return not low.isascii() and any(t in low for t in _HOSTED_CJK)


def _page_note(low: str, words: int) -> str | None:
    """A note about the page or the printed edition, on an edge line (``low``: casefolded). Each family's
    regexes read only a line that holds one of its words, found as text first."""
    if words <= _JUMP_WORDS and _JUMP.search(low):
        return "a printed paper's jump line"
    if any(t in low for t in _LIVE_GATE) and _LIVE.search(low) and _ENDED.search(low):
        return "a closed live blog's notice"
    if any(t in low for t in _INSERT_GATE) and _INSERT.search(low) and _EDITION.search(low):
        return "a printed edition's inserts named"
    return None


def _note(line: str, edge: bool) -> str | None:
    if len(line) > _MAX_CHARS:
        return None
    if _NOTE_LABEL.match(line[:_LABEL_HEAD].casefold()):
        return None if LINK_OR_HANDLE.search(line) else "a content note's or a disclosure's label"
    if not edge or (words := line.count(" ") + 1) > _MAX_WORDS or LINK_OR_HANDLE.search(line):
        return None
    low = line.casefold()
    if words <= _PAGE_NOTE_WORDS and (why := _page_note(low, words)) is not None:
        return why
    if _hosted_gate(low) and _HOSTED.search(low):
        return "a travel piece's hosted-trip disclosure"
    head = low[:_FUNDED_HEAD]
    if _funded_gate(head) and _FUNDED_SUBJECT.search(head) and _FUNDED_BY.search(low):
        return "a grant's or a funder's note about the reporting"
    end = _label_end(line)
    if end is None or end >= len(line):
        return None
    if _names_itself(low[end:]) and not _HISTORY.search(low):
        return "an editor's note naming the article or its author after a label"
    return None


#: :func:`_note` remembered for the last 8,192 (line, edge) of at most ``_MAX_CHARS`` characters (a pure
#: function of them): a crawl's template lines (a disclosure, a standing note under the story) come back
#: page after page at the same place, and an edge line was casefolded and searched for each family's
#: words each time (about 8 us a line)
_note_short = lru_cache(maxsize=8192)(_note)


def editorial_lines(body_lines: list[str]) -> list[tuple[str, str]]:
    """(line, why) for each note about the article in ``body_lines``."""
    n = len(body_lines)
    if n < _MIN_LINES:
        return []
    out: list[tuple[str, str]] = []
    last = n - _EDGE
    for i, line in enumerate(body_lines):
        edge = i < _EDGE or i >= last
        if not edge and line.find(":", 0, _HEAD) < 0 and line.find("：", 0, _HEAD) < 0:
            continue  # a label of a note's kind ends in a colon near the line's start
        why = _note_short(line, edge) if len(line) <= _MAX_CHARS else None  # a longer line is no note
        if why is not None:
            out.append((line, why))
    return out


def check_editorial(emit: Emitter, body: str) -> None:
    """``boilerplate.notice``: an editor's note about the article (a content note, a disclosure)."""
    if not emit.on(NOTICE):
        return
    for line, why in editorial_lines(lines(body)):
        emit.add(NOTICE, "$.body", f"an editor's note about the article ({why})", line)
