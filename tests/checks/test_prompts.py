"""A site's prompts to its readers in many languages (``boilerplate.notice``, :mod:`harness.checks.prompts`):
a newsletter sign-up, a cookie notice and a follow-us row are found by the few words each cannot do without,
where no language's line patterns know them (nor English's whole-line ones); a story that talks about
newsletters, cookies or the networks is left alone."""

from __future__ import annotations

import pytest

from harness.checks.prompts import prompt_lines
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Abonați-vă gratuit la newsletterul Gazeta de Sud.",
        "Skráðu þig á fréttabréf Vísis.",
        "Naročite se na naše e-novice in vsak dan prejmite najpomembnejše novice v svoj e-poštni predal.",
        "Jiandikishe kupokea jarida letu la habari kila siku kupitia barua pepe.",
        "ہمارے نیوز لیٹر کو سبسکرائب کریں اور روزانہ اہم خبریں اپنے ای میل میں حاصل کریں۔",
        "Sitemizde çerezler kullanılmaktadır. Siteyi kullanarak kabul edersiniz.",
        "Spletna stran uporablja piškotke za boljšo uporabniško izkušnjo.",
        "我们使用cookies来改善您的体验。点击“接受”即表示您同意。",
        "Sundan kami sa WhatsApp at YouTube.",
        "訂閱我們的電子報，每日新聞直送信箱",
        "Fylgdu okkur á Facebook og Instagram.",
        "ما را در فیسبوک، یوتیوب و ایکس دنبال کنید.",
        "Want more stories like this? Sign up for the Gazette newsletter.",
        "Get the latest news straight to your inbox. Subscribe to our daily newsletter.",
    ],
)
def test_a_prompt_to_the_reader_fails_the_page(line: str) -> None:
    assert _notices([*PARAS[:2], line, *PARAS[2:]]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        # a story's own sentences about the things the prompts name
        "Kampuni hiyo ilituma jarida kwa wanahisa wake wiki iliyopita.",
        "Babcia upiekła ciasteczka dla całej rodziny.",
        "Dochodzenie dotyczy tego, jak Facebook i Instagram wykorzystują dane nastolatków.",
        # signing up with an e-mail address, in English, is a story's sentence as often as a prompt
        "Sign up for the Disney+ bundle using the same email as your Hulu account.",
        # a cookie and "site" inside another word (set 33's Dragnet text): no site, no agreeing
        "We tried a cookie and a cupcake when we visited the takeout joint next door.",
    ],
)
def test_a_story_s_own_sentences_are_left_alone(line: str) -> None:
    assert prompt_lines([*PARAS[:2], line, *PARAS[2:]]) == []


def test_a_story_about_the_networks_names_them_again() -> None:
    row = "Dochodzenie obejmuje Facebooka i Instagram."
    lines = [*PARAS[:2], row, "Facebook odpowiedział, że współpracuje z urzędem.", *PARAS[2:]]
    assert prompt_lines(lines) == []


def test_a_story_about_cookies_names_them_again() -> None:
    note = "Ta strona korzysta z plików cookies, a Google przyznał, że śledził użytkowników w sieci."
    lines = [*PARAS[:2], note, "Pliki cookies pozwalają reklamodawcom śledzić użytkowników.", *PARAS[2:]]
    assert prompt_lines(lines) == []
