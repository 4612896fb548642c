"""harness.page.sniff_charset and Page.text: BOM > HTTP header > meta > detection, on real byte encodings."""

from __future__ import annotations

import codecs

import pytest

from harness.extractors.generic import GenericExtractor
from harness.page import Page, RecordedResponse, sniff_charset

RU_TITLE = "Новости города"
RU_TEXT = (
    "Сегодня в городе прошёл большой праздник, на который собрались тысячи жителей и гостей. "
    "Организаторы обещают повторить его в следующем году."
)
JA_TITLE = "今日のニュース"
JA_TEXT = "今日は東京で大きな祭りが開かれ、多くの人々が集まりました。天気も良く、みんな楽しそうでした。"


def _html(title: str, text: str, meta: str = "") -> str:
    body = f"<article><p>{text}</p></article>"
    return f"<html><head>{meta}<title>{title}</title></head><body>{body}</body></html>"


def _page(body: bytes, content_type: str | None = None) -> Page:
    headers = {"Content-Type": content_type} if content_type else {}
    response = RecordedResponse(url="https://news.example/a", status=200, headers=headers, body=body)
    return Page(response, "news.example", "a")


CASES = [
    ("windows-1251", RU_TITLE, RU_TEXT, "cp1251"),
    ("shift_jis", JA_TITLE, JA_TEXT, "cp932"),
]


@pytest.mark.parametrize(("label", "title", "text", "codec"), CASES)
def test_http_header_declaration(label: str, title: str, text: str, codec: str) -> None:
    page = _page(_html(title, text).encode(label), f"text/html; charset={label}")
    assert page.charset == (codec, "header")
    assert text in page.text


@pytest.mark.parametrize(("label", "title", "text", "codec"), CASES)
def test_meta_declaration(label: str, title: str, text: str, codec: str) -> None:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    page = _page(_html(title, text, meta).encode(label))
    assert page.charset == (codec, "meta")
    assert page.soup.title is not None and page.soup.title.get_text() == title


@pytest.mark.parametrize(("label", "title", "text", "codec"), CASES)
def test_no_declaration_is_detected(label: str, title: str, text: str, codec: str) -> None:
    page = _page(_html(title, text).encode(label))
    assert page.charset[1] == "detected"
    assert text in page.text
    record = GenericExtractor().extract(page)
    assert record.body == text


def test_header_beats_meta_and_bom_beats_both() -> None:
    html = _html(RU_TITLE, RU_TEXT, '<meta charset="utf-8">')
    assert sniff_charset(html.encode("cp1251"), "text/html; charset=windows-1251") == ("cp1251", "header")
    bom = codecs.BOM_UTF8 + html.encode("utf-8")
    assert sniff_charset(bom, "text/html; charset=windows-1251") == ("utf-8-sig", "bom")
    page = _page(bom)
    assert not page.text.startswith("\ufeff")
    assert GenericExtractor().extract(page).title == RU_TITLE


def test_utf16_bom() -> None:
    body = _html("Title", "Text").encode("utf-16")
    assert sniff_charset(body, None) == ("utf-16", "bom")
    assert "Text" in _page(body).text


def test_declared_utf8_that_does_not_decode_is_ignored() -> None:
    body = _html(RU_TITLE, RU_TEXT, '<meta charset="utf-8">').encode("cp1251")
    encoding, how = sniff_charset(body, None)
    assert how == "detected" and encoding == "cp1251"


def test_latin1_label_means_windows_1252() -> None:
    body = _html("Preis", "Kosten: 5 € – günstig", '<meta charset="iso-8859-1">').encode("cp1252")
    page = _page(body)
    assert page.charset == ("cp1252", "meta")
    assert "5 € – günstig" in page.text


def test_single_byte_meta_on_valid_utf8_is_a_lie() -> None:
    body = _html("Über uns", "Grüße aus Köln, schöne Straße.", '<meta charset="iso-8859-1">').encode("utf-8")
    page = _page(body)
    assert page.charset == ("utf-8", "detected")
    assert "Grüße aus Köln" in page.text


def test_multi_byte_meta_on_valid_utf8_is_a_lie_too() -> None:
    """A Chinese template's gb2312 left on a page saved as UTF-8 (one of mozilla/readability's test pages)."""
    text = "北京市今天发布了新的交通管理规定，自下月起施行。"
    body = _html("新的交通规定", text, '<meta charset="gb2312">').encode("utf-8")
    page = _page(body)
    assert page.charset == ("utf-8", "detected")
    assert text in page.text
    real = _html("新的交通规定", text, '<meta charset="gb2312">').encode("gb2312")
    assert _page(real).charset == ("gb18030", "meta")
    assert text in _page(real).text


def test_meta_after_a_long_head_script_is_found() -> None:
    head = "<script>" + "var x = 1;" * 1500 + "</script>" + '<meta charset="windows-1251">'
    page = _page(_html(RU_TITLE, RU_TEXT, head).encode("cp1251"))
    assert page.charset == ("cp1251", "meta")


def test_unknown_label_falls_back_to_detection() -> None:
    page = _page(_html("T", "plain ascii text").encode("ascii"), "text/html; charset=x-no-such-charset")
    assert page.charset == ("utf-8", "detected")


@pytest.mark.parametrize(
    ("content_type", "meta"),
    [
        ("text/html; charset=utf-8", ""),
        (None, '<meta charset="utf-8">'),
        (None, ""),
        (None, '<meta charset="gb2312">'),
    ],
)
def test_utf8_text_found_while_sniffing_is_the_page_text(content_type: str | None, meta: str) -> None:
    """A UTF-8 body is decoded once: the text the sniffer decoded is the page's text, the same string a
    decode of the body gives (a lying legacy label on valid UTF-8 included)."""
    body = _html(RU_TITLE, RU_TEXT, meta).encode("utf-8")
    page = _page(body, content_type)
    assert page.encoding == "utf-8"
    assert "text" in page.__dict__  # kept by the sniffer, not decoded again on first use
    assert page.text == body.decode("utf-8")


def test_a_legacy_page_is_decoded_with_its_own_charset() -> None:
    body = _html(RU_TITLE, RU_TEXT, '<meta charset="windows-1251">').encode("cp1251")
    page = _page(body)
    assert page.encoding == "cp1251"
    assert "text" not in page.__dict__
    assert RU_TEXT in page.text
