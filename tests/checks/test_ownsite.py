"""The site speaking to its readers at the body's edge, and a desk's submission rules (``boilerplate.notice``,
:mod:`harness.checks.ownsite`): a copy-protection alert or the season's greetings naming the record's own
site, and an e-mail address with a length limit, in any language; a story naming its site, or telling of an
e-mail address or of a number of words, is left alone."""

from __future__ import annotations

import pytest

from harness.checks.ownsite import own_site_lines, site_name, submission_lines
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    ("site", "name"),
    [("example.com", "example"), ("www.news-site.co.uk", "news-site"), ("nj.com", None), ("", None)],
)
def test_the_site_s_name_is_its_registrable_domain_s_first_label(site: str, name: str | None) -> None:
    assert site_name(site) == name


@pytest.mark.parametrize(
    "line",
    [
        "error: Content of www.example.com is protected. Right-click function is disabled.",
        "Warning: Content is protected! Copying content from Example is not allowed.",
        "Копирование материалов EXAMPLE запрещено!",
        "Attenzione: il contenuto di example.com è protetto!",
        "Uyarı: www.example.com içeriği korunmaktadır, kopyalanamaz!",
        "Season's greetings from everyone at example.com – see you in 2026!",
        "Frohe Weihnachten und ein gutes neues Jahr wünscht Ihnen das Team von www.example.com!",
        "С Новым 2026 годом и Рождеством! Редакция Example.com поздравляет своих читателей.",
        "Example.com 독자 여러분, 2026년 새해 복 많이 받으세요!",
    ],
)
def test_an_alert_or_greetings_naming_the_site_fail_the_page_at_either_edge(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS, line]):
        assert _notices(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # the site named in a story's first line about protecting content, a long sentence
        "Example.com said on Monday it would protect the content of its users with a new encryption scheme.",
        # greetings with no site named, and the site named with no greeting
        "Merry Christmas, the crowd sang as the mayor switched on the lights in the square.",
        "Example.com reported the figures first on Tuesday, citing two people familiar with the plans.",
    ],
)
def test_a_story_s_own_line_naming_its_site_is_left_alone(line: str) -> None:
    assert own_site_lines([line, *PARAS], "example.com") == []
    assert _notices([line, *PARAS]) == []


def test_a_greeting_in_the_middle_of_the_story_or_on_a_site_with_a_short_name_is_left_alone() -> None:
    line = "Season's greetings from everyone at example.com – see you in 2026!"
    body = [*PARAS[:2], "A second paragraph of the story.", line, "More of it.", *PARAS[2:], "The end."]
    assert own_site_lines(body, "example.com") == []
    assert own_site_lines([line, *PARAS], "nj.com") == []  # "nj" is too short to tell from a word


@pytest.mark.parametrize(
    "line",
    [
        "Letters to the editor: Send your letter (no more than 250 words) to letters@example.com.",
        "Leserinnlegg sendes til debatt@example.no  Maks 400 ord",
        "Письма читателей принимаются по адресу pisma@example.ru. Объём – не более 2 000 знаков.",
        "Cartas al director: opinion@example.es. Los textos no deben superar las 200 palabras.",
        "نامه‌های خود را با حداکثر ۴۰۰ کلمه به نشانی nameha@example.ir بفرستید.",
        "読者の声：800字以内で、住所・氏名を明記の上 koe@example.jp へ",
    ],
)
def test_a_desk_s_submission_rules_fail_the_page_anywhere(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS[:2], line, *PARAS[2:]], [*PARAS, line]):
        assert _notices(body, site="other.org") == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The 2,000-word complaint was sent to the regulator, a spokesperson wrote in an e-mail to the paper.",
        "Contact the reporter at jane.doe@example.com or on +44 20 7946 0000.",
        "The petition, signed by 4,500 residents, asks the council to keep the library open.",
    ],
)
def test_a_story_s_address_or_word_count_alone_is_left_alone(line: str) -> None:
    body = [*PARAS[:2], line, *PARAS[2:]]
    assert submission_lines("\n".join(body), body) == []
