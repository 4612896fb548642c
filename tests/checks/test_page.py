"""Per-page checks: each one fires on a planted problem and stays quiet on a clean record."""

from __future__ import annotations

import pytest

from harness.checks import load_settings
from tests.checks.helpers import ARTICLE, checks_of, page_checks, record


def test_clean_record_has_no_findings() -> None:
    assert page_checks(record()) == []


def test_finding_names_page_field_and_text() -> None:
    found = page_checks(record(body=ARTICLE + "\n\nCaf\u00c3\u00a9 au lait"))
    moji = next(f for f in found if f.check == "body.mojibake")
    assert moji.excerpt == "\u00c3\u00a9" and moji.field == "$.body" and moji.severity == "error"
    assert moji.message.startswith("example.com/page: $.body: ") and "'é'" in moji.message


@pytest.mark.parametrize("title", [None, "", "   "])
def test_title_missing(title: str | None) -> None:
    assert "title.missing" in checks_of(page_checks(record(title=title)))


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Example", "example.com"),
        ("example.com", "example.com"),
        ("www.example.com", "example.com"),
        ("The New York Times", "nytimes.com"),
        ("Spotlight Nepal", "spotlightnepal.com.np"),
        ("heise online", "heise.de"),
        ("Le Monde", "lemonde.fr"),
        ("EL PAÍS", "elpais.com"),
    ],
)
def test_title_is_site_name(title: str, site: str) -> None:
    assert "title.site_name" in checks_of(page_checks(record(title=title), site=site))


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Times are changing for newspapers", "nytimes.com"),
        ("Spiegel kritisiert Regierung", "spiegel.de"),
        ("Le gouvernement présente son budget", "lemonde.fr"),
        ("Война и мир", "ria.ru"),
    ],
)
def test_headline_is_not_site_name(title: str, site: str) -> None:
    assert "title.site_name" not in checks_of(page_checks(record(title=title), site=site))


def test_configured_site_name_in_any_script() -> None:
    settings = load_settings({"sites": {"asahi.com": {"title": {"site_names": ["朝日新聞デジタル"]}}}})
    found = page_checks(
        record(title="朝日新聞デジタル", body="朝日新聞デジタルの記事です。" * 20), settings, site="asahi.com"
    )
    assert "title.site_name" in checks_of(found)


def test_title_repeated_at_body_start() -> None:
    title = "City council approves budget for schools"
    found = page_checks(record(title=title, body=title + "\n\n" + ARTICLE))
    assert [f.excerpt for f in found if f.check == "title.repeated_in_body"] == [title]
    glued = page_checks(record(title=title, body=title + " " + ARTICLE))
    assert "title.repeated_in_body" in checks_of(glued)


def test_title_not_repeated_when_lede_differs() -> None:
    assert "title.repeated_in_body" not in checks_of(page_checks(record()))


def test_a_lead_that_starts_with_the_headlines_words_and_goes_on_is_not_a_repeated_title() -> None:
    title = "Центральный парк закроют на реконструкцию"
    lead = f"{title} с первого мая до конца лета. Проект предусматривает новые дорожки."
    found = page_checks(record(title=title, body=lead + "\n\n" + ARTICLE))
    assert "title.repeated_in_body" not in checks_of(found)
    glued = f"{title} Центральный парк закроют с первого мая. Проект предусматривает новые дорожки."
    found = page_checks(record(title=title, body=glued + "\n\n" + ARTICLE))
    assert "title.repeated_in_body" in checks_of(found)


@pytest.mark.parametrize("published", [None, ""])
def test_date_missing(published: str | None) -> None:
    assert checks_of(page_checks(record(published=published))) == {"date.missing"}


def test_date_unparseable_with_hint() -> None:
    found = page_checks(record(published="3. März 2024"))
    finding = next(f for f in found if f.check == "date.unparseable")
    assert "2024-03-03" in finding.message and finding.excerpt == "3. März 2024"
    assert "date.unparseable" in checks_of(page_checks(record(published="yesterday")))


def test_date_future_and_old() -> None:
    assert "date.future" in checks_of(page_checks(record(published="2025-06-05T10:00:00Z")))
    assert "date.future" not in checks_of(page_checks(record(published="2025-06-04T00:30:00Z")))
    assert "date.future" not in checks_of(page_checks(record(published="2025-06-04")))  # local day, UTC+14
    assert "date.too_old" in checks_of(page_checks(record(published="1989-12-31")))
    later = load_settings({"date": {"earliest": "2000-01-01"}})
    assert "date.too_old" in checks_of(page_checks(record(published="1999-05-01"), later))


def test_date_future_against_now_without_capture_time() -> None:
    assert "date.future" in checks_of(page_checks(record(published="2999-01-01"), captured_at=None))


def test_naive_datetime_is_info_and_offset_is_kept() -> None:
    found = page_checks(record(published="2025-06-03T08:08:00"))
    assert [(f.check, f.severity) for f in found] == [("date.no_timezone", "info")]
    assert page_checks(record(published="2025-06-03")) == []


@pytest.mark.parametrize("body", [None, "", " \n\n "])
def test_body_empty(body: str | None) -> None:
    assert "body.empty" in checks_of(page_checks(record(body=body)))


def test_repeated_paragraph_and_whole_body() -> None:
    paras = ARTICLE.split("\n\n")
    found = page_checks(record(body="\n\n".join([paras[0], paras[1], paras[1], paras[2]])))
    rep = [f for f in found if f.check == "body.repeated_paragraph"]
    assert len(rep) == 1 and rep[0].excerpt == paras[1] and "2 times" in rep[0].message
    twice = page_checks(record(body=ARTICLE + "\n\n" + ARTICLE))
    doubled = [f for f in twice if f.check == "body.doubled"]
    assert any("whole body" in f.message and f.severity == "error" for f in doubled)


def test_a_list_line_twice_in_a_row_is_an_error_but_further_on_a_warning() -> None:
    item = "Spiced Honey Pear Jam with ginger and cloves"  # a list item: no sentence end
    in_a_row = page_checks(record(body="\n\n".join([ARTICLE, item, item])))
    assert [(f.check, f.severity) for f in in_a_row if f.check.startswith("body.repeated")] == [
        ("body.repeated_paragraph", "error")
    ]
    apart = page_checks(record(body="\n\n".join([item, ARTICLE, item])))
    assert {f.check for f in apart if f.check.startswith("body.repeated")} == {"body.repeated_line"}


def test_a_repetitive_document_repeats_prose_without_an_error() -> None:
    """A meal plan or a schedule: several paragraphs each come back three times or more; a prose line
    coming back once more among them is not a duplication defect (a warning)."""
    days = [
        f"Meal {k}: one cup of oats, a spoon of honey and a glass of milk, eaten slowly." for k in range(5)
    ]
    prose = "We recommend the same dinner twice a week, because it keeps the shopping list short and simple."
    body = "\n\n".join([*days, prose, *days, ARTICLE, prose, *days])
    repeats = {f.check for f in page_checks(record(body=body)) if f.check.startswith("body.repeated")}
    assert repeats == {"body.repeated_line"}


def test_short_repeated_lines_are_not_repeated_paragraphs() -> None:
    assert "body.repeated_paragraph" not in checks_of(page_checks(record(body=ARTICLE + "\n\n***\n\n***")))


@pytest.mark.parametrize(
    "leak", ['<p class="x">', "</div>", "<br/>", "&nbsp;", "&#8217;", "<!-- ad -->", '<a href="/x">']
)
def test_markup_leak(leak: str) -> None:
    found = page_checks(record(body=ARTICLE + f"\n\nMore text {leak} here."))
    assert [f.excerpt for f in found if f.check == "body.markup_leak"][:1] == [
        leak.split(" ")[0] if leak == "<!-- ad -->" else leak
    ]


@pytest.mark.parametrize("text", ["if a<b and c>d then", "AT&T; results", "5 < 6 > 4", "R&D spending"])
def test_no_markup_leak_in_prose(text: str) -> None:
    assert "body.markup_leak" not in checks_of(page_checks(record(body=ARTICLE + "\n\n" + text)))


@pytest.mark.parametrize(
    "clean",
    [
        "Größe für Straße",
        "àéîõü ÀÉÎÕÜ",
        "Señor Ñandú",
        "naïve café ‘quotes’ — dash",
        "Москва",
        "東京都",
        "São Paulo",
        "Âme sœur et Île",  # ftfy reads a lone "Â " as a mis-decoded no-break space
    ],
)
def test_mojibake_round_trip_spares_clean_text(clean: str) -> None:
    assert "body.mojibake" not in checks_of(page_checks(record(body=ARTICLE + "\n\n" + clean)))


@pytest.mark.parametrize("clean", ["Größe für Straße", "naïve café ‘quotes’ — dash", "Москва", "東京都"])
def test_mojibake_detected_generally(clean: str) -> None:
    garbled = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in clean.encode())
    found = page_checks(record(body=ARTICLE + "\n\n" + garbled, title="Größe " + garbled))
    assert {"body.mojibake", "title.mojibake"} <= checks_of(found)


def test_replacement_character_is_mojibake() -> None:
    assert "body.mojibake" in checks_of(page_checks(record(body=ARTICLE + "\n\nLost byte: \ufffd")))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Erdbeben erschüttert Tokio",
            "Ein starkes Erdbeben hat am Morgen die Hauptstadt Japans erschüttert.",
        ),
        ("Землетрясение в Токио", "Сильное землетрясение произошло утром в Токио, сообщают власти."),
        ("東京で大きな地震", "今朝、東京で大きな地震が発生しました。"),
        ("กรุงเทพฯ น้ำท่วมหนัก", "เมื่อวานนี้กรุงเทพฯ เกิดน้ำท่วมหนักในหลายพื้นที่"),
    ],
)
def test_title_body_overlap_any_script(title: str, body: str) -> None:
    assert "body.title_mismatch" not in checks_of(page_checks(record(title=title, body=body)))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("City council approves budget", "Der Fußballverein gewann gestern sein Heimspiel deutlich."),
        ("東京で大きな地震", "大阪の天気は晴れです。"),
    ],
)
def test_title_body_mismatch(title: str, body: str) -> None:
    assert {"body.title_mismatch", "body.title_mismatch_weak"} & checks_of(
        page_checks(record(title=title, body=body))
    )


def test_title_body_mismatch_severity_follows_the_evidence() -> None:
    """Four title tokens sharing none with a body of a few paragraphs fail the gate; a short title, or a
    brief, is a hint only (a title like "Need for Speed" over a story that never says it is style)."""
    story = "\n\n".join(
        [
            "Der Fußballverein gewann gestern sein Heimspiel deutlich vor ausverkauftem Haus.",
            "Schon nach zehn Minuten lag die Mannschaft mit zwei Toren vorne, der Gegner fand kein Mittel.",
            "In der zweiten Halbzeit wechselte der Trainer drei junge Spieler ein, die sofort überzeugten.",
            "Die Fans feierten ihre Mannschaft noch lange nach dem Abpfiff auf den Rängen des Stadions.",
            "Am kommenden Wochenende wartet das Auswärtsspiel beim Tabellenführer aus dem Norden.",
            "Der Vorstand kündigte an, die Preise für Dauerkarten in der neuen Saison nicht zu erhöhen.",
        ]
    )
    assert len(story) >= 500
    long = page_checks(record(title="City council approves budget", body=story))
    short = page_checks(record(title="Nebelsuppe", body=story))
    brief = page_checks(record(title="City council approves budget", body=story[:200]))
    assert [f.severity for f in long if f.check == "body.title_mismatch"] == ["error"]
    for found in (short, brief):
        assert [f.severity for f in found if f.check == "body.title_mismatch_weak"] == ["info"]
        assert "body.title_mismatch" not in checks_of(found)
    # a person's name as the title, over a story that never names them: the byline taken for the headline
    for name in ("Priya Raman", "Jean-Luc O’Neill", "Анна Смирнова"):
        found = page_checks(record(title=name, body=story))
        assert [f.severity for f in found if f.check == "body.title_mismatch"] == ["error"], name
    for other in ("Nebel über der Stadt", "nebelsuppe heute", "Nebel 2024"):  # not name-shaped: a hint only
        assert "body.title_mismatch" not in checks_of(page_checks(record(title=other, body=story))), other
    named = page_checks(record(title="Priya Raman", body=story + "\n\nPriya Raman berichtet."))
    assert not {"body.title_mismatch", "body.title_mismatch_weak"} & checks_of(named)


def test_truth_snippets() -> None:
    truth = {"extra": {"body_must_not_contain": ["Leiterin Redaktion Leben", "not there at all"]}}
    found = page_checks(record(body=ARTICLE + "\n\nLeiterin  Redaktion Leben"), truth=truth)
    snippets = [f for f in found if f.check == "boilerplate.truth_snippet"]
    assert len(snippets) == 1 and "Leiterin" in (snippets[0].excerpt or "")
    assert "boilerplate.truth_snippet" not in checks_of(page_checks(record(), truth=truth))


def test_wrong_types_do_not_crash() -> None:
    found = page_checks(record(title=5, body=["x"], published=20250603))
    assert checks_of(found) == {"date.unparseable"}


def test_flood_is_capped() -> None:
    body = ARTICLE + "\n\n" + "\n".join(f'<p class="c{i}">line {i}' for i in range(40))
    found = [
        f
        for f in page_checks(record(body=body), load_settings({"max_findings": 3}))
        if f.check == "body.markup_leak"
    ]
    assert len(found) == 4 and "more body.markup_leak findings not shown" in found[-1].message


def test_disable_and_severity_per_site() -> None:
    settings = load_settings(
        {"severity": {"date.missing": "error"}, "sites": {"example.com": {"disable": ["date"]}}}
    )
    assert "date.missing" not in checks_of(page_checks(record(published=None), settings))
    other = page_checks(record(published=None), settings, site="other.org")
    assert [(f.check, f.severity) for f in other] == [("date.missing", "error")]
