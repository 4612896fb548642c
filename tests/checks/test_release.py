"""A press release's "About the company" paragraph at the body's end (``boilerplate.notice``,
:mod:`harness.checks.release`): an "about" label or a short label with the company's founding and a year, in
any language; a story's own sentences about a company's founding, and the paragraph in the middle of the
story, are left alone."""

from __future__ import annotations

import pytest

from harness.checks.release import about_company
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "About Acme Robotics Inc.: Founded in 1994 and headquartered in Leeds, Acme builds warehouse robots.",
        "ABOUT ACME ENERGY Acme Energy (Leeds) develops solar parks. Since 1994, it has grown to 900 staff.",
        "Om Acme Logistik AB: Acme Logistik AB grundades 1994 och har sitt huvudkontor i Umeå.",
        "Acme Meccanica S.p.A. – Fondata nel 1994 con sede a Modena, Acme fa macchine per il packaging.",
        "Über die Acme GmbH: Die 1994 gegründete Acme GmbH mit Sitz in Ulm entwickelt Software für Banken.",
        "【アクメ株式会社について】アクメ株式会社は1994年創業、金沢に本社を置くソフトウェア会社です。",
    ],
)
def test_an_about_the_company_paragraph_fails_the_page_at_the_end(line: str) -> None:
    assert _notices([*PARAS, line]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "The company, founded in 1994 in Leeds, said it would cut 200 jobs by the end of the year.",
        "Acme was founded in 1994: its first robot sorted letters for the Royal Mail, the founder recalled.",
        "About 300 people attended the meeting, which was founded as a tradition in 1994.",
        "About a decade after it was founded in 1994, the club moved to a new ground.",
    ],
)
def test_a_story_s_own_lines_about_a_founding_are_left_alone(line: str) -> None:
    assert not about_company(line)
    assert _notices([*PARAS, line]) == []


def test_the_paragraph_in_the_middle_of_the_story_is_left_alone() -> None:
    line = (
        "About Acme Robotics Inc.: Founded in 1994 and headquartered in Leeds, Acme builds warehouse robots."
    )
    assert _notices([line, *PARAS, "One more paragraph.", "And another.", "The end."]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Media Contact: Priya Raman, Northwind Therapeutics, Inc., +1 956 449 6518, media@northwindtx.com",
        "Pressekontakt: Acme GmbH, Jana Pfeiffer, Tel. 0711 123 456, presse@acme.de",
        "Kontakt dla mediów: Magdalena Wójcik, Grupa Wisłopol S.A., tel. +48 221 072 8888",
        "View original content to download multimedia: https://www.prnewswire.com/news-releases/acme-301.html",
        "Forward-Looking Statements: This press release contains forward-looking statements.",
        "Denna information är sådan som Acme AB ska offentliggöra enligt EU:s marknadsmissbruksförordning.",
    ],
)
def test_a_media_contact_fails_the_page_at_the_end(line: str) -> None:
    assert _notices([*PARAS, line]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "A press contact at the ministry did not answer calls to +49 30 1234 5678 on Friday.",
        "Contact the reporter at jane.doe@example.com.",
    ],
)
def test_a_story_s_contacts_are_left_alone(line: str) -> None:
    assert _notices([*PARAS, line]) == []
