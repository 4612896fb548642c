"""A form's legal fine print left in the body: ``boilerplate.notice`` ("a form's legal fine print").

A newsletter box, a comment form or a cookie banner ends with a line that binds the reader to the site's
legal documents: "By signing up, you agree to our Terms of Use and Privacy Policy", "This site is protected
by reCAPTCHA and the Google Privacy Policy and Terms of Service apply", "Mit Ihrer Anmeldung erklären Sie
sich mit unseren Datenschutzbestimmungen einverstanden", "En vous inscrivant, vous acceptez notre politique
de confidentialité". The evidence, on one line of at most 20 words and 160 characters (``notice``'s bounds):

* it names a legal document of a site (a privacy policy, terms of use or of service, terms and conditions,
  a data protection statement) in one of 13 languages, and
* it binds the reader: it speaks to the reader ("you", "Sie", "vous") or in the first person of a
  checkbox ("I agree", "Ich bin damit einverstanden", "J'accepte"), and the document is the site's own
  ("our", "unsere", "notre") or a second one is named with it ("Terms and Conditions and Privacy Policy");
  or it names reCAPTCHA, whose notice is the same on every site.

A news sentence about a company's policy does not bind the reader to the site's documents ('"We have
updated our privacy policy," the company said.'), and an article about such a policy names it on other
lines too: a document named again elsewhere in the body leaves the line alone.
"""

from __future__ import annotations

import re

# A site's legal documents, lowercased. Plain words: each alternative's leading letters are also its needle.
_DOCUMENTS = (
    r"privacy (?:policy|notice|statement|settings)",
    r"terms (?:of (?:use|service)|and conditions|& conditions)",
    r"cookie (?:policy|settings)",
    r"datenschutz(?:erklärung|bestimmungen|hinweise|richtlinie|richtlinien|information|informationen)",
    r"nutzungsbedingungen",
    r"allgemeinen geschäftsbedingungen",
    r"politique de (?:confidentialité|protection des données)",
    r"conditions (?:générales|d'utilisation|d’utilisation)",
    r"política de (?:privacidad|privacidade|cookies)",
    r"términos (?:y condiciones|de uso|de servicio)",
    r"condiciones de uso",
    r"informativa (?:sulla privacy|privacy)",
    r"termini (?:e condizioni|di servizio|d'uso)",
    r"termos (?:de uso|e condições|de serviço)",
    r"privacy(?:beleid|verklaring)",
    r"(?:gebruiks|algemene )voorwaarden",
    r"политик[аиуе] конфиденциальности",
    r"пользовательско(?:е|го|м) соглашени",
    r"polityk[aię] prywatności",
    r"integritetspolicy",
    r"personvernerklæring",
    r"privatlivspolitik",
    r"gizlilik politikası",
    r"kullanım koşulları",
)
_DOCUMENT = re.compile("|".join(_DOCUMENTS))
#: every document's opening letters: a line holding none of them names no document (found in ``notice``'s
#: one automaton pass a line with its own needles; one ``in`` each without the ``fast`` extra)
NEEDLES = (
    "privacy",
    "terms",
    "cookie",
    "datenschutz",
    "nutzungsbeding",
    "geschäftsbeding",
    "politique de",
    "conditions",
    "política de",
    "términos",
    "condiciones",
    "informativa",
    "termini",
    "termos",
    "voorwaarden",
    "политик",
    "соглашени",
    "polityk",
    "integritetspolicy",
    "personvernerklæring",
    "privatlivspolitik",
    "gizlilik",
    "kullanım koşul",
    "recaptcha",
)
# the site's own documents: "our", in the languages above
_OURS = frozenset(
    {
        "our",
        "unsere",
        "unserer",
        "unseren",
        "unserem",
        "unseres",
        "notre",
        "nos",
        "nuestra",
        "nuestras",
        "nuestros",
        "nuestro",
        "nostra",
        "nostre",
        "nostri",
        "nossa",
        "nossos",
        "nossas",
        "onze",
        "нашей",
        "нашу",
        "нашего",
        "нашим",
        "naszą",
        "naszej",
        "vår",
        "våre",
        "vores",
    }
)
# the first person of a checkbox's label: "I agree", "Ich bin damit einverstanden", "J'accepte"
_I_AGREE = re.compile(
    r"\b(?:i (?:agree|accept|consent|have read)|ich (?:bin|stimme|akzeptiere|willige)|j['’]accepte|"
    r"acepto|he leído|accetto|ho letto|concordo|aceito|ik (?:ga akkoord|accepteer)|я (?:согла|принимаю)|"
    r"akceptuję|zgadzam się|jag godkänner|jeg accepterer|kabul ediyorum)"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def legal_why(line: str, low: str, reader: bool) -> str | None:
    """Why ``line`` (``low``: its lowercase) is a form's legal fine print, or None; ``reader``: the line
    speaks to the reader (``notice._addresses``). The caller has found one of ``NEEDLES`` in ``low``."""
    documents = _DOCUMENT.findall(low)
    if not documents:
        return None
    if "recaptcha" in low:
        return "a form's legal fine print"
    words = _WORD.findall(low)
    if not (reader or _I_AGREE.search(low)):
        return None
    if len(set(documents)) >= 2 or any(w in _OURS for w in words):
        return "a form's legal fine print"
    return None


def names_document(low: str) -> bool:
    """Whether ``low`` (lowercase) names a site's legal document."""
    return _DOCUMENT.search(low) is not None


def ours(low: str) -> bool:
    """Whether ``low`` (lowercase) says "our" ("unsere", "notre"): the site speaking of its own."""
    return any(w in _OURS for w in _WORD.findall(low))


def first_person(low: str) -> bool:
    """Whether ``low`` (lowercase) speaks as a checkbox's label does ("I agree", "Ich bin damit
    einverstanden", "J'accepte")."""
    return _I_AGREE.search(low) is not None


def named_elsewhere(low: str, body_low: str, body_lines: list[str]) -> bool:
    """The line's first document is named outside the line and its copies (a newsletter box may be shown
    twice): an article about such a policy. ``body_low`` is the body's lowercase, ``body_lines`` its lines."""
    m = _DOCUMENT.search(low)
    if m is None:
        return False
    copies = sum(1 for line in body_lines if line.lower() == low)
    return body_low.count(m.group(0)) > copies * low.count(m.group(0))
