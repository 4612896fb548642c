"""A consent box for embedded content or cookies left in the body (``boilerplate.notice``,
harness/checks/consent.py): the placeholder a page shows until the reader agrees to load a third party's
content, and the cookie banner, in several languages; and article lines about such things that must stay."""

from __future__ import annotations

import pytest

from harness.checks import consent
from tests.checks.test_notice import PARAS, _found  # the same check: its findings read the same way


@pytest.mark.parametrize(
    "line",
    [
        # longer than the interface's one-line notices (20 words, 160 characters)
        "An dieser Stelle finden Sie einen externen Inhalt von Example Video, der den Artikel ergänzt. Sie "
        "können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.",
        "Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Inhalt anzuzeigen.",
        "This embed contains third-party content. To view it, you need to accept the use of cookies by the "
        "provider, which may collect data about your visit.",
        "Wir verwenden Cookies. Durch Bestätigen des Buttons „Alle zulassen“ stimmst Du der Verwendung "
        "zu. Über den Button „Konfigurieren“ kannst Du auswählen, welche Cookies Du zulassen willst.",
        "Ce contenu externe est masqué. En cliquant sur « Afficher », vous acceptez que des données soient "
        "transmises à la plateforme tierce.",
        "Questo contenuto esterno è bloccato: per visualizzarlo devi accettare i cookie di terze parti.",
        "Load external content",
        # the checkbox's label, and the box's fine print
        "Ich bin damit einverstanden, dass mir Inhalte von Example Video angezeigt werden.",
        "Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer "
        "Datenschutzerklärung.",
    ],
)
def test_a_consent_box_amid_the_article_is_an_error(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The court ruled that sites must ask before they load external content from video platforms.",
        "Allow the cookies to cool on the tray for ten minutes before you move them to a rack.",
        "Third parties can see what you view, the researchers said, and most users never agree to it.",
        "Sie sagte, externe Inhalte seien für die Zeitung eine wichtige Ergänzung.",
        "Ich bin damit einverstanden, sagte der Bürgermeister, und er zeigte auf den Plan.",
    ],
)
def test_article_lines_about_such_things_stay(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == []


def test_an_article_about_cookies_keeps_its_lines() -> None:
    """The outside thing named on a line that is no consent box: an article about it (a recipe, a ruling)."""
    line = "Accept the cookie banner and you agree that the site uses them, the regulator warned readers."
    body = "\n\n".join(
        ["Regulators fined three publishers over cookie banners that hid the reject button.", *PARAS, line]
    )
    assert consent.consent_why(line, line.lower(), True, False) is not None  # the line alone reads as a box's
    assert _found(body) == []


def test_the_same_box_twice_is_still_a_box() -> None:
    """Two embeds, two copies of the box: each copy is the box, not an article naming its subject again."""
    line = "Um externe Inhalte anzuzeigen, klicken Sie hier und stimmen Sie der Datenübertragung zu."
    body = "\n\n".join([PARAS[0], line, PARAS[1], line, PARAS[2]])
    assert _found(body) == [f"error:{line}", f"error:{line}"]


def test_a_body_without_any_outside_word_is_not_read_line_by_line() -> None:
    assert consent.marked_lines(PARAS) == {}
    marked = consent.marked_lines([*PARAS, "Externer Inhalt", "Please disable your ad blocker."])
    assert marked == {len(PARAS): consent.OUTSIDE, len(PARAS) + 1: consent.MACHINERY}
