"""A site's own lines kept in a body, with no page to show where they came from (``harness check`` on a
crawl's records): "e-mail to a friend" and forum links, a box's "more ... news" heading or link, a way
back, a search box's label, a breadcrumb trail, a text-size control in words, two footer links run
together (session 37, issue 9). Each is an error wherever it sits, on a page of its own site; none of these
lines is in a bench."""

from __future__ import annotations

import pytest

from tests.checks.helpers import ARTICLE, errors_by_line

PARAS = ARTICLE.split("\n\n")

SITE_LINES = [
    # a control's label with the things it acts on: a friend, a forum, the editor; two buttons in one
    "E-mail this article to a friend",
    "E-mail This News To A Friend",
    "Send This Article To Your Friend",
    "Print Story Email to a Friend",
    "Discuss on the Forum",
    "Send a Letter to the Editor",
    "Write to Editor",
    "Email This Entry",
    "Save/Share Story",
    "Printable version",
    "Artikel an Freunde senden",
    "Envoyer à un ami",
    "Enviar a un amigo",
    # a box's heading or its "more" link naming its section
    "More tennis news...",
    ">>View More Golf News",
    "More US (Sports) News click here",
    "Latest Football Stories",
    "Popular News Stories",
    "Other Stories",
    "HOCKEY HEADLINES",
    "Related Industry News",
    "Most Popular in Specials",
    "TODAY'S MOST VIEWED STORIES",
    "Latest news on guardian.co.uk",
    "Related information",
    "More on…",
    "Have your say on the latest news and sport in our Forums",
    # a way back, a search box's label, a trail, the time since an update
    "Back to headlines",
    "[ Back To TMCnet.com's Homepage ]",
    "In this section",
    "Search For:",
    "Advanced Search",
    "Homepage >> News >>",
    "Find » Society » People » Client Star Brad Renfro Dies",
    "Last updated less than one minute ago",
    "Zurück zur Übersicht",
    "Weitere Nachrichten aus der Region",
    "Retour à l'accueil",
    "Otras noticias",
    # a text-size control in words, two footer links run together
    "Larger text Smaller text",
    "About us Contact us",
    "Impressum | Datenschutz",
    "Qui sommes-nous - Mentions légales",
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("line", SITE_LINES)
def test_a_sites_own_line_is_an_error(line: str, where: str) -> None:
    paras = [*PARAS[:2], line, *PARAS[2:]] if where == "middle" else [*PARAS, line]
    found = errors_by_line("\n\n".join(paras))
    assert found.get(line), f"{line!r} ({where}) is not an error"


@pytest.mark.parametrize(
    "line",
    [
        # kept by the truth of real pages: a game's download prompt, a deals list's button, code
        "Click here to get more information or download this game.",
        "Buy Now",
        "entries > 10 AND zscore > 3 AS alert",
        # the article's own headings and sentences with the same words
        "More than 200 people came to the meeting, the organisers said.",
        "Other stories of the same kind have been told before.",
        "The search for survivors",
        "Back to school",
        "Letters from the front",
        "A friend in need",
        "Home and away",
        "About the author",
    ],
)
def test_the_articles_own_lines_with_those_words_are_not(line: str) -> None:
    found = errors_by_line("\n\n".join([*PARAS[:2], line, *PARAS[2:]]))
    assert line not in found
