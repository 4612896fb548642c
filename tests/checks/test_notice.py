"""Lines in which the page speaks about itself (scripts, ad blockers, availability, controls, placeholders,
file names), in many languages: ``boilerplate.notice``. None of these lines is in a bench."""

from __future__ import annotations

from typing import Any

import pytest

from tests.checks.helpers import ARTICLE, errors_by_line, page_checks, record

PARAS = ARTICLE.split("\n\n")


def _found(body: str) -> list[str]:
    return [
        f"{f.severity}:{f.excerpt}" for f in page_checks(record(body=body)) if f.check == "boilerplate.notice"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "JavaScript is disabled in your browser.",
        "Aktivieren Sie JavaScript, um das Video abzuspielen.",
        "Você está usando um bloqueador de anúncios.",
        "Dieser Inhalt ist leider nicht mehr verfügbar.",
        "Questa pagina non è supportata dal tuo browser.",
        "Ten film jest niedostępny w Twoim kraju.",
        "Video nicht verfügbar",
        "Klik hier om de video af te spelen",
        "Ссылка скопирована в буфер обмена",
        "链接已复制",
        "Carregando...",
        "Ładowanie…",
        "✖ Zamknij",
        "Sulje",
        "Anhang_Protokoll_2022.docx (1,2 MB)",
        "P1040023.JPG",
        # players, cookie walls, media errors, prompts
        "Your browser doesn't support HTML5 audio.",
        "Zum Abspielen des Videos stimmen Sie bitte den Cookies zu.",
        "Unmute",
        "Vollbild",
        "Now playing",
        "Lecture en cours",
        "Сейчас воспроизводится",
        "Swipe left to see more photos",
        "An error occurred while loading this content.",
        # relative time stamps, a reader's comment header, polls and quizzes
        "Updated 3 hours ago",
        "Aktualisiert vor 2 Stunden",
        "Mis à jour il y a 25 minutes",
        "Обновлено 10 минут назад",
        "Aggiornato 2 ore fa",
        "3時間前",
        "Maria K. · 2 hours ago",
        "Umfrage: Sollte das Tempolimit kommen? Jetzt abstimmen",
        "What do you think? Vote now",
        "Show results",
        "Take our quiz",
        "Voir la galerie (12 photos)",
        # accessibility labels, an ad slot's skip link, a sticky header's controls
        "Opens in a new window",
        "Bild vergrößern",
        "Skip advertisement",
        "Anzeige überspringen",
        "Suche",
        "Sign in",
        "View gallery (24 images)",
        # a form's confirmation
        "Thank you for subscribing to The Daily Brief.",
        "Dziękujemy za zapisanie się do newslettera.",
    ],
)
def test_the_page_speaking_about_itself_amid_the_article_is_an_error(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The video, first posted on the campaign's page, has since been viewed two million times.",
        "Officials said the report would be available to the public next month.",
        "Close to 200 people were evacuated from the site on Tuesday.",
        "Click the link above so you can:",
        "He paused. Then, slowly...",
        "So frustrating …",
        "The app is available on iOS and Android.",
        "Das Video ist auf der Seite des Ministeriums zu sehen.",
        "Activists shared the video on their page.",
        "Report_2022.pdf is the file the ministry sent to reporters on Friday, officials said.",
        # cookies, plays and galleries in the news
        "Bake the cookies for 12 minutes, until golden.",
        "Cookies, cakes and pies were on sale at the fair, and you could pay by card.",
        "The play was shown on video at the festival.",
        "You can play the video game on any console.",
        "Photos: Reuters",
        "The gallery reopens on Monday, officials said.",
        # times and votes in the news
        "He left 3 days ago.",
        "UP NEXT",  # the corpus's truth keeps it
        "The report (12 pages)",
        "Photos of the flood (2019)",
        "Comments (5 posted)",
        "Plans to expand",
        "The store will open in May",
        "Getty Images",
        "Search results",
        "By Nora Lindqvist · 37 minutes ago",  # a byline whose date a script rendered relative
        "20 years ago",
        "Vor 20 Jahren",
        "Senate to vote",
        "Why you should vote",
        "What's at stake in the poll: a test for the governor",
        "Total votes: 1,284",
        # thanks in the news
        "Thanks to new registrations, the party grew by a third.",
        "Thank you for your service, he told the veterans.",
        "Danke für die Einladung, sagte die Ministerin.",
    ],
)
def test_news_sentences_about_pages_and_videos_are_not_notices(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == []


def test_an_article_about_javascript_is_not_a_notice() -> None:
    body = "\n\n".join(
        [
            "JavaScript engines got faster again this year, and browsers shipped the results within weeks.",
            *PARAS,
            "Enable JavaScript source maps in the developer tools to follow along.",
        ]
    )
    assert _found(body) == []


def test_a_body_full_of_interface_lines_is_about_the_interface() -> None:
    steps = [
        "Open the settings page of your browser.",
        "Click the link that says Privacy.",
        "Disable the pop-up blocker for this site.",
        "Reload the page.",
    ]
    assert _found("\n\n".join([*PARAS, *steps])) == []


def test_readers_comments_keep_their_stamps_in_a_body_about_the_interface() -> None:
    """Three interface lines make a body a how-to, whose interface lines are its text; a comment's
    relative time stamp is still the page's."""
    steps = [
        "Open the settings page of your browser.",
        "Click the link that says Privacy.",
        "Disable the pop-up blocker for this site.",
        "Reload the page.",
    ]
    body = "\n\n".join([*PARAS, *steps, "Jens_W vor 3 Stunden", "Sehr guter Artikel, danke!"])
    assert _found(body) == ["error:Jens_W vor 3 Stunden"]


def test_a_notice_sentence_is_reported_once_with_its_line() -> None:
    line = "Please enable JavaScript to view the comments powered by our partner."
    found = [
        f for f in page_checks(record(body="\n\n".join([line, *PARAS]))) if f.check == "boilerplate.notice"
    ]
    assert [(f.field, f.excerpt) for f in found] == [("$.body", line)]
    assert "speaking about itself" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        # a control's label: interface words only, one of them a verb
        "Load more",
        "Print this article",
        "Download PDF",
        "Report a typo",
        "Mehr anzeigen",
        "Artikel teilen",
        "Lire la suite",
        "Partager l'article",
        "Leer más",
        "Leggi tutto",
        "Lees meer",
        "Czytaj więcej",
        "Читать далее",
        "Devamını oku",
        "Baca selengkapnya",
        "Xem thêm",
        "Read more »",
        "Share this article:",
        "Drucken",
        "相关阅读",
        "続きを読む",
        "อ่านเพิ่มเติม",
        # a footer's links, an ad slot's label
        "Privacy policy",
        "Mentions légales",
        "Impressum",
        "- Anzeige -",
        "Contenido patrocinado",
        "Реклама",
        # an estimated reading time, a header's sign-up
        "Lesezeit: ca. 3 Minuten",
        "4 min de lecture",
        "Время чтения: 3 минуты",
        "Register",
        # a view counter, a news ticker's label, a push prompt
        "1,245 views",
        "Просмотров: 1 245",
        "EILMELDUNG",
        "Follow Jane Miller on X",
        "Jane Miller folgen",
        "Schriftgröße",
        "A- A+",
        "Aktiviere die Benachrichtigungen:",
        # a caption's label for screen readers, an archived article's age notice
        "Image caption, Rescue workers search the rubble of the collapsed building",
        "Подпись к фото, Спасатели разбирают завалы",
        "toggle caption",
        "This article is more than 2 years old",
        "Dieser Artikel ist älter als ein Jahr.",
        "We'd like to show you notifications for the latest news and updates.",
        # a gift-article button, an "add to calendar" link, a topic's follow button with its topic
        "Gift this article",
        "Artikel verschenken",
        "Offrir cet article",
        "Ajouter au calendrier",
        "Toevoegen aan agenda",
        "Follow this topic: Housing",
        "Thema folgen: Klimawandel",
        "Volg dit onderwerp: Klimaat",
    ],
)
def test_a_controls_label_alone_amid_the_article_is_an_error(line: str) -> None:
    """One error for the line: the notice's, or the pattern list's where it knows the line ("Artikel
    teilen": the dataset stage's ``boilerplate.pattern``)."""
    found = errors_by_line("\n\n".join([*PARAS[:2], line, *PARAS[2:]]))
    assert len(found[line] & {"boilerplate.notice", "boilerplate.pattern"}) == 1


@pytest.mark.parametrize(
    "line",
    [
        # a verb of the interface with small words only, or with the article's own words: headings
        "The show",
        "The report",
        "In play",
        "Close to home",
        "Open to all",
        "Search and Navigation",
        "Buy Now",  # an affiliate list's button, which the corpus's truth keeps
        "Antworten",  # German "answers" as a heading
        "Kontakt:",  # a press release's contact block follows
        "Read the minister's letter",
        "Watch out for scams",
        "Share prices fell",
        "Early life",
        "Advertising",
        "Reading time matters",
        "10 books read",
        "12 views of the harbour",
        "Breaking the silence",
        "Gesundheitliche Folgen",  # German "consequences", not the verb
        "Image Source: Neil Godwin / Future Publishing",  # a credit, which the truth keeps
        "This article is about the war in Sudan.",
        "Follow the Money",
        "Follow up",
        "See it now: Amazon",  # under each product of a shopping list, which the truth keeps
        "Alles auf Play: Mit Musik geht vieles leichter",
        "Give peace a chance",
    ],
)
def test_headings_made_of_the_articles_words_are_not_controls(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == []


def test_a_toolbar_of_controls_is_not_taken_for_a_how_to() -> None:
    """Three interface lines make a body a how-to; a toolbar's labels are not talk about the interface."""
    toolbar = ["Print", "Email", "Save article", "Share"]
    found = errors_by_line("\n\n".join([*PARAS[:2], *toolbar, *PARAS[2:]]))
    assert all(found[line] & {"boilerplate.notice", "boilerplate.pattern"} for line in toolbar)
    assert "boilerplate.notice" in found["Save article"]


def test_an_article_about_notifications_is_not_a_push_prompt() -> None:
    body = "\n\n".join(
        [
            "The update changes how notifications are grouped on the lock screen.",
            *PARAS,
            "You can turn notifications off in the settings.",
        ]
    )
    assert _found(body) == []


def _notices(body: str, **fields: Any) -> list[str]:
    return [
        f.excerpt or "" for f in page_checks(record(body=body, **fields)) if f.check == "boilerplate.notice"
    ]


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (  # a citation box with the page's own address
            "Cite this article: Miller, J. (2025). Budget passes. Retrieved from "
            "https://www.news.example.com/2025/06/03/budget",
            {},
        ),
        ("Permalink: news.example.com/2025/06/03/budget/", {}),
        (  # a citation box quoting the page's own title, with a DOI and no address
            "How to cite: Miller, J. “City council approves budget for schools.” Daily, 3 June 2025. "
            "doi: 10.1/x",
            {},
        ),
        ("Материал предназначен для лиц старше 18 лет. Вам исполнилось 18? Да · Нет", {}),  # a dialog
        ("Empfohlen von Outbrain: Die 19 schönsten Strände, die kaum jemand kennt", {}),
        ("PROMOTED BY TABOOLA: 12 gadgets you need this winter", {}),  # the brand in capitals too
    ],
)
def test_lines_only_the_pages_own_furniture_writes(line: str, fields: dict[str, Any]) -> None:
    body = f"{ARTICLE}\n\n{line}"
    assert line in _notices(body, **fields)


@pytest.mark.parametrize(
    "line",
    [
        # a caption's credit after a slash
        "Protesters outside the party's headquarters in Seoul on Friday. Ezra Acayan / Getty Images",
        "Outbrain and Taboola, two rivals in online advertising, agreed last year to merge in a deal worth "
        "about 850 million dollars, before the plan was called off for regulatory reasons.",
        "The mayor's speech, titled “City council approves budget for schools”, opened the session.",  # lead
        "More on news.example.com/politics and in our newsletter.",  # another page of the site
    ],
)
def test_lines_that_name_the_page_or_its_vendors_in_prose(line: str) -> None:
    body = f"{line}\n\n{ARTICLE}"
    assert line not in _notices(body)


@pytest.mark.parametrize(
    "line",
    [
        # longer than 20 words: the machinery named with an interface action, at length
        "Ad block users: Some site features may not work correctly while an ad blocker is enabled, because "
        "they break scripts and content this website depends on. If you can't see comments below, please "
        "disable your ad blocker.",
        "Pełne korzystanie z serwisu wymaga włączonego w Twojej przeglądarce JavaScript oraz innych "
        "technologii. Możesz włączyć akceptację skryptów w ustawieniach Twojej przeglądarki.",
        # the machinery named twice on its own line: a notice, not an article about it
        "Dieser Shop setzt voraus, dass Sie JavaScript aktivieren. Bitte aktivieren Sie JavaScript.",
    ],
)
def test_the_machinery_named_at_length_or_twice_in_its_line_is_an_error(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == [f"error:{line}"]


def test_a_paragraph_naming_the_machinery_without_an_action_is_prose() -> None:
    line = (
        "Being first on the new format means flexing your creative muscles. We had to rethink how we wrote "
        "inline JavaScript and stay mindful of the styles we write to keep under the size limit."
    )
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == []


def test_a_word_holding_the_machinery_s_name_is_not_a_second_mention() -> None:
    # "had blocked" holds "ad block": the body names the ad blocker once, in the notice
    line = "Please disable your ad blocker to see this video."
    body = "\n\n".join(["The minister said the army had blocked his reform of the ministry.", line, *PARAS])
    assert _found(body) == [f"error:{line}"]
