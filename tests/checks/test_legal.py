"""A form's legal fine print left in the body (``boilerplate.notice``, harness/checks/legal.py): a line
binding the reader to the site's privacy policy or terms, in several languages, and news sentences about
such policies that must stay."""

from __future__ import annotations

import pytest

from harness.checks import legal
from tests.checks.test_notice import PARAS, _found  # the same check: its findings read the same way


@pytest.mark.parametrize(
    "line",
    [
        "By providing your email address, you have read and agree to Daily Example's Terms and Conditions "
        "and Privacy Policy.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "By clicking Subscribe, you agree to our privacy policy.",
        "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden.",
        "En vous inscrivant, vous acceptez notre politique de confidentialité.",
        "Al suscribirte, aceptas nuestra política de privacidad y tú puedes darte de baja.",
        "I agree to the Terms of Service and the Privacy Policy.",
        "Ich bin damit einverstanden, dass meine Daten gemäß der Datenschutzerklärung und den "
        "Nutzungsbedingungen verarbeitet werden.",
        "Zapisując się, akceptujesz naszą politykę prywatności; twoje dane są u nas bezpieczne.",
    ],
)
def test_a_forms_legal_fine_print_amid_the_article_is_an_error(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        '"We have updated our privacy policy," the company said in a statement.',
        "Facebook said users must accept its new terms of service and privacy policy by May.",
        "The regulator found that the app's privacy policy did not say where the data went.",
        "In terms of privacy, the new law goes further than any before it.",
        "The terms and conditions of the loan were never published, officials said.",
    ],
)
def test_news_sentences_about_policies_are_not_fine_print(line: str) -> None:
    body = "\n\n".join([*PARAS[:2], line, *PARAS[2:]])
    assert _found(body) == []


def test_an_article_about_a_privacy_policy_keeps_its_lines() -> None:
    """The policy named on other lines of the body: an article about it, not a form's line."""
    body = "\n\n".join(
        [
            "WhatsApp's new privacy policy takes effect on Saturday, and millions of users still hesitate.",
            *PARAS,
            "If you do not agree to the privacy policy and terms of service, you will lose some features.",
        ]
    )
    assert _found(body) == []


def test_every_document_is_found_by_one_of_its_needles() -> None:
    """A line the needles pass over names no document: each document's every spelling holds a needle."""
    samples = [
        "privacy policy",
        "privacy notice",
        "terms of use",
        "terms & conditions",
        "cookie policy",
        "datenschutzerklärung",
        "datenschutzhinweise",
        "nutzungsbedingungen",
        "allgemeinen geschäftsbedingungen",
        "politique de confidentialité",
        "conditions générales",
        "conditions d’utilisation",
        "política de privacidad",
        "política de privacidade",
        "términos y condiciones",
        "condiciones de uso",
        "informativa sulla privacy",
        "termini e condizioni",
        "termos de uso",
        "privacybeleid",
        "algemene voorwaarden",
        "gebruiksvoorwaarden",
        "политика конфиденциальности",
        "пользовательское соглашение",
        "polityka prywatności",
        "integritetspolicy",
        "personvernerklæring",
        "privatlivspolitik",
        "gizlilik politikası",
        "kullanım koşulları",
    ]
    for sample in samples:
        assert legal._DOCUMENT.search(sample), sample
        assert any(n in sample for n in legal.NEEDLES), sample
