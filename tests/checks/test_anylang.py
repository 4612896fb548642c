"""A news page's furniture kept as a line of its own, in many languages (``boilerplate.notice``,
:mod:`harness.checks.anylang`): "read also" teasers, photo credits, counters, comments prompts, share,
related-stories and advertisement labels, copyright lines; a story's own headings and sentences that use the
same words are left alone."""

from __future__ import annotations

import pytest

from harness.checks.anylang import furniture_lines
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Soma pia: Serikali yatangaza bajeti mpya ya elimu",
        "Կարդացեք նաև՝ Կառավարությունը հաստատեց բյուջեն",
        "延伸阅读：新能源汽车销量再创新高",
        "延伸閱讀：台積電法說會釋出利多",
        "हेही वाचा: मुंबईत पावसाचा जोर",
        "ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆ",
        "İLGİLİ HABER: Merkez Bankası faiz kararını açıkladı",
        "Prečítajte si aj: Vláda schválila rozpočet",
        "Mynd: Anna Björnsdóttir",
        "Fot. Marcin Sikora/EPA",
        "Asalin hoton, Getty Images",
        "（王丽 摄）",
        "Yorumlar (465)",
        "মন্তব্য (৫২)",
        "Kirjaudu sisään kommentoidaksesi.",
        "Shiriki makala hii",
        "Reacties (12)",
        "İlgili Haberler",
        "Sponsorēts saturs",
        "【广告】",
        "Haƙƙin mallaka © 2021 Daily Trust. An kiyaye duk haƙƙoƙi.",
        "کلیه حقوق این سایت متعلق به خبرگزاری است.",
    ],
)
def test_a_page_s_furniture_fails_the_page(line: str) -> None:
    assert _notices([*PARAS[:2], line, *PARAS[2:]]) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "Delivery latency",  # a heading that opens with a share label's letters ("deli")
        "Gini (2014)",  # an infobox's figure of a year
        "Deel 2",  # a part's number
        "Deel van de oplossing",  # a Dutch heading whose first word is a share label's
        "Luật bản quyền mới có hiệu lực từ năm sau",  # a story about copyright law
        "Die Infrastruktur ist seit dem Putsch 2009 zerstört. ©",  # a caption's sign, no year after it
        "Fotografia jest jego pasją od lat, a wystawa potrwa do końca miesiąca i pokaże sto zdjęć z podróży.",
    ],
)
def test_a_story_s_own_lines_are_left_alone(line: str) -> None:
    assert furniture_lines([line]) == []
