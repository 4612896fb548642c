"""``generic`` leaves out the invisible characters a page's HTML carries into its text (generic 21,
session 30): a soft hyphen (``&shy;``, the layout's line breaks), a word joiner, a byte-order mark, and a
zero-width space outside the scripts that mark word breaks with one (Thai, Lao, Khmer, Burmese). The
zero-width (non-)joiners, which Persian, the Indic scripts and emoji sequences write on purpose, stay (as
``title.markup_leak`` reads a title). The body keeps its soft hyphens, as the outside sets' clean bodies
do; pages made here."""

from __future__ import annotations

from harness.extractors._metadata import norm
from harness.extractors.generic import GenericExtractor
from harness.page import Page, RecordedResponse
from tests.checks.helpers import page_checks
from tests.extractors.test_generic import P1, P2, P3

SHY, ZWSP, WJ, BOM, ZWNJ, ZWJ = "\u00ad", "\u200b", "\u2060", "\ufeff", "\u200c", "\u200d"


def _extract(title: str, author: str, paragraphs: list[str]) -> dict[str, object]:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    head = (
        f'<head><meta charset="utf-8"><title>{title}</title><meta property="og:title" content="{title}">'
        f'<meta name="author" content="{author}"></head>'
    )
    html = f'<html lang="de">{head}<body><h1>{title}</h1><article>{text}</article></body></html>'
    url = "https://www.dailyexample.com/2024/03/05/bridge-story"
    response = RecordedResponse(url=url, status=200, headers={}, body=html.encode("utf-8"))
    return GenericExtractor().extract(Page(response, "dailyexample.com", "bridge")).to_dict()


def test_soft_hyphens_and_zero_widths_leave_the_title_and_the_authors_not_the_body() -> None:
    record = _extract(
        f"Die Zukunfts{SHY}pläne der Fähr{SHY}gesellschaft{ZWSP}",
        f"{BOM}Jana Müller{WJ}",
        [f"Die Brücken{SHY}reparatur {P1}", P2, P3],
    )
    assert record["title"] == "Die Zukunftspläne der Fährgesellschaft"
    assert record["authors"] == ["Jana Müller"]
    assert record["body"] == "\n\n".join([f"Die Brücken{SHY}reparatur {P1}", P2, P3])
    assert "title.markup_leak" not in [f.check for f in page_checks(record)]


def test_joiners_and_a_word_breaking_zero_width_space_stay() -> None:
    persian = f"می{ZWNJ}خواهم"
    emoji = f"👩{ZWJ}💻"
    thai = f"ข่าว{ZWSP}วันนี้"
    assert norm(f" {persian} {emoji}\n{thai} ") == f"{persian} {emoji} {thai}"
    assert norm(f"foot{ZWSP}bridge{SHY}s") == "footbridges"
