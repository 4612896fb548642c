"""The page's machinery run into a field: a percent-encoded title, an avatar's initials before a name, a
template's variables in the title, a CMS login as the author, a profile's pronouns after the name, an icon
font's glyph or name in the title, a translator's credit as the author."""

from __future__ import annotations

import pytest

from harness.checks.runin import (
    cms_login,
    icon_text,
    initials_first,
    percent_encoded,
    pronouns,
    template_variables,
)
from tests.checks.helpers import page_checks, record


def _found(check: str, **fields: object) -> list[str]:
    return [f"{f.severity}:{f.excerpt}" for f in page_checks(record(**fields)) if f.check == check]


@pytest.mark.parametrize(
    "title",
    [
        "City%20council%20approves%20the%20budget",
        "Gemeinderat+beschlie%C3%9Ft+den+Haushalt",
        "Le+conseil+municipal+adopte+le+budget",
        "%E5%B8%82%E8%AD%B0%E4%BC%9A%E3%81%8C%E4%BA%88%E7%AE%97%E6%A1%88%E3%82%92%E5%8F%AF%E6%B1%BA",
    ],
)
def test_a_percent_encoded_title_is_not_a_headline(title: str) -> None:
    assert percent_encoded(title)
    assert _found("title.not_a_headline", title=title) == [f"error:{title}"]


@pytest.mark.parametrize(
    "title",
    ["Inflation falls to 2.4% in May", "Rates up 50 % since 2020, 100% of them fixed", "C++ turns 40"],
)
def test_percent_signs_and_plus_signs_of_a_headline_are_not_an_encoding(title: str) -> None:
    assert not percent_encoded(title)


@pytest.mark.parametrize(
    "author", ["ASAnna Schmidt", "AS Anna Schmidt", "МКМария Кузнецова", "JPJean-Luc Picard"]
)
def test_an_avatars_initials_before_the_name_are_not_a_name(author: str) -> None:
    assert initials_first(author)
    assert _found("authors.not_a_name", authors=[author]) == [f"error:{author}"]


@pytest.mark.parametrize("author", ["JR Smith", "AJ Hinch", "EU Commission", "Anna Schmidt", "TJ Holmes Jr"])
def test_a_name_that_opens_with_capitals_is_still_a_name(author: str) -> None:
    assert not initials_first(author)


@pytest.mark.parametrize(
    ("title", "variables"),
    [
        (
            "City council approves budget %%page%% %%sep%% %%sitename%%",
            ["%%page%%", "%%sep%%", "%%sitename%%"],
        ),
        ("%title% - Valley Courier", ["%title%"]),
        ("[node:title] | [site:name]", ["[node:title]", "[site:name]"]),
        ("Stadtrat beschließt Haushalt #separator_sa #site_title", ["#separator_sa", "#site_title"]),
    ],
)
def test_a_template_s_variables_in_the_title_are_a_leak(title: str, variables: list[str]) -> None:
    assert template_variables(title) == variables
    assert _found("title.markup_leak", title=title) == [f"error:{v}" for v in variables]


@pytest.mark.parametrize(
    "title",
    [
        "Prices up 5% as 30% of shops close",
        "The #me_too movement at five",
        "[Update: 3 dead] Storm hits coast",
        "Ratio 3:1 [sic] in the report",
        "C++ 23: what is new",
    ],
)
def test_percent_signs_brackets_and_hashtags_of_a_headline_are_not_variables(title: str) -> None:
    assert template_variables(title) == []


@pytest.mark.parametrize("author", ["miller42", "editor01", "sabine.vogt", "j.miller", "jane_m"])
def test_a_cms_login_is_not_a_name(author: str) -> None:
    assert cms_login(author)
    assert _found("authors.not_a_name", authors=[author]) == [f"error:{author}"]


@pytest.mark.parametrize(
    "author", ["dpa", "kicker", "ndr.de", "ntv.com.tr", "t-online", "Jane Miller", "j.doe"]
)
def test_an_agency_a_host_or_a_name_is_no_login(author: str) -> None:
    assert not cms_login(author)


@pytest.mark.parametrize(
    ("author", "said"),
    [
        ("Sam Lee, they/them", "they/them"),
        ("Jo Weber | sie/ihr", "sie/ihr"),
        ("Alex Martin (il/lui)", "il/lui"),
        ("Kim Berg – hen/hen", "hen/hen"),
        ("Robin Janssen · hij/hem/zijn", None),  # "zijn" is no pronoun of the list: left alone
    ],
)
def test_the_author_s_pronouns_kept_with_the_name_are_not_a_name(author: str, said: str | None) -> None:
    assert pronouns(author) == said
    expected = [f"error:{author}"] if said else []
    assert _found("authors.not_a_name", authors=[author]) == expected


@pytest.mark.parametrize(
    "author", ["Max Weber (dpa/lnw)", "Anna Schmidt (red/dpa)", "Hans Her", "Theirs Jones", "Ella Him/Her"]
)
def test_an_agency_s_codes_or_a_name_with_a_pronoun_s_letters_is_no_pronoun(author: str) -> None:
    assert pronouns(author) is None


@pytest.mark.parametrize(
    ("title", "icon"),
    [
        ("\uf03d Stadtrat beschließt den Haushalt", "\uf03d"),  # Font Awesome's glyph: private use
        ("Council approves the budget \ue037", "\ue037"),
        ("play_arrow Council approves the budget", "play_arrow"),
        ("open_in_newLe conseil adopte le budget", "open_in_new"),
        ("Council approves the budget expand_more", "expand_more"),
        ("videocam Gemeinderat beschließt Haushalt", "videocam"),
        ("headphonesEl pleno aprueba el presupuesto", "headphones"),
        ("Will the council approve the budget? lock", "lock"),
    ],
)
def test_an_icon_font_s_glyph_or_name_in_the_title_is_a_leak(title: str, icon: str) -> None:
    assert icon_text(title) == icon
    assert any(repr(icon) in f for f in _messages("title.markup_leak", title=title))


@pytest.mark.parametrize(
    "title",
    [
        "Lock-in: the council approves the budget",
        "iPhone 16 review: the camera that changed my mind",
        "van Gogh's sunflowers return to Amsterdam",
        "Soldiers finally come home",
        "Why users_table names still matter in SQL, explained",
        "the quiet revolution in local libraries",
    ],
)
def test_a_headline_s_own_words_are_no_icon(title: str) -> None:
    assert icon_text(title) is None


@pytest.mark.parametrize(
    "author",
    [
        "Translated by Mia Ortega",
        "Translated from the Spanish by Mia Ortega",
        "Übersetzung: Jonas Kühn",
        "Aus dem Französischen von Jonas Kühn",
        "Traduit de l'anglais par Claire Morel",
        "Tradução de Rui Pinto",
        "Vertaling: Sanne Bakker",
        "Перевод: Анна Смирнова",
        "（翻訳・山田花子）",
    ],
)
def test_a_translator_s_credit_is_not_the_author(author: str) -> None:
    assert _found("authors.not_a_name", authors=[author]) == [f"error:{author}"]


@pytest.mark.parametrize("author", ["Tracy Translavina", "Nikolai Perevozchikov", "Николай Перевозчиков"])
def test_a_name_that_opens_like_a_translation_word_is_a_name(author: str) -> None:
    assert _found("authors.not_a_name", authors=[author]) == []


def _messages(check: str, **fields: object) -> list[str]:
    return [f.message for f in page_checks(record(**fields)) if f.check == check]


@pytest.mark.parametrize(
    "author",
    [
        "Sponsored by Acme Bank",
        "Paid Post by American Express",
        "In partnership with Visit Norway",
        "Gesponsert von E.ON",
        "Anzeige – in Kooperation mit Sparkasse",
        "Contenido ofrecido por Seat",
        "Patrocinado por Continente",
        "При поддержке Сбербанка",
    ],
)
def test_a_sponsor_s_credit_is_not_the_author(author: str) -> None:
    assert _found("authors.not_a_name", authors=[author]) == [f"error:{author}"]


@pytest.mark.parametrize(
    "title",
    [
        "iStock-1235382426.webp",
        "IMG_20191007_154717",
        "DSC_2763",
        "P1077315.jpeg",
        "Screenshot 2020-01-12 194252",
        "Bildschirmfoto 2022-11-19 um 18.12.03",
        "WhatsApp Image 2022-01-02 at 17.23.20",
        "2014-10-07T170431Z_1_LYNXMPEM6D0HW_RTROPTP_4_RRVEM-CGSPV",
    ],
)
def test_an_uploaded_file_s_name_is_not_a_headline(title: str) -> None:
    assert _found("title.not_a_headline", title=title) == [f"error:{title}"]


@pytest.mark.parametrize(
    "title",
    ["COVID-19 cases rise again in 2024", "Apple iPhone 15 review", "G7 leaders meet in Hiroshima"],
)
def test_a_headline_with_numbers_is_no_file_name(title: str) -> None:
    assert _found("title.not_a_headline", title=title) == []


@pytest.mark.parametrize(
    "title",
    [
        "We value your privacy",
        "Manage cookie preferences",
        "Ihre Privatsphäre ist uns wichtig",
        "Datenschutzeinstellungen",
        "Tu privacidad es importante para nosotros",
        "This site uses cookies",
    ],
)
def test_a_consent_dialog_s_heading_is_not_a_headline(title: str) -> None:
    assert _found("title.not_a_headline", title=title) == [f"error:{title}"]


@pytest.mark.parametrize(
    "title",
    ["Facebook fined over privacy failures", "Your privacy is at risk, experts warn", "Cookie sales up 20%"],
)
def test_a_headline_about_privacy_is_a_headline(title: str) -> None:
    assert _found("title.not_a_headline", title=title) == []
