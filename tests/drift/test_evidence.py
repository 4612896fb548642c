"""Body damage the container cannot show: a cut with a notice in its place, chrome pulled into the body,
a small change in a moved container. And the edits that look like them but are not damage."""

from __future__ import annotations

from bs4 import BeautifulSoup

from harness.drift.compare import PageText, compare_records, shingles
from harness.drift.evidence import cut_in_place
from harness.drift.fingerprint import squash

PARAS = [
    f"Paragraph {n} of the article tells how the harbour bridge, closed since {2000 + n}, was rebuilt "
    f"by crew number {n} over a long winter."
    for n in range(8)
]
RELATED = ["Council votes on parking charges", "Lifeboat crew honoured", "New bakery opens on the quay"]


def html(paras: list[str], *, inside: str = "", after: list[str] = RELATED) -> str:
    items = "".join(f'<li><a href="/n/{i}">{h}</a></li>' for i, h in enumerate(after))
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        "<html><body><header><a href='/'>Home</a></header><article><h1>Bridge</h1>"
        f'<div class="story">{body}{inside}</div></article>'
        f'<aside class="related"><h2>Related stories</h2><ul>{items}</ul></aside>'
        "<footer>Contact us</footer></body></html>"
    )


def text_of(markup: str) -> PageText:
    visible = BeautifulSoup(markup, "lxml").get_text(" ")
    return PageText(visible=squash(visible), html=markup, shingles=shingles(visible))


def kinds(rec_body: str, live_body: str, rec_html: str, live_html: str, moved: bool = False) -> list[str]:
    changes = compare_records(
        {"body": rec_body},
        {"body": live_body},
        text_of(rec_html),
        text_of(live_html),
        0.5,
        frozenset({"body"} if moved else ()),
    )
    return [f"{c.kind}: {c.reason}" for c in changes]


RECORDED = html(PARAS)
BODY = "\n\n".join(PARAS)


def test_a_paywall_that_keeps_the_opening_in_the_same_container_is_breaking() -> None:
    notice = '<div class="gate"><p>This story is for members. Join today to keep going.</p></div>'
    live = html(PARAS[:5], inside=notice)  # 62% kept: above min_body_ratio, the container unchanged
    with_notice = kinds(BODY, "\n\n".join(PARAS[:5]), RECORDED, live)
    assert with_notice and with_notice[0].startswith("broken") and "paywall" in with_notice[0], with_notice
    notice_text = "This story is for members. Join today to keep going."
    extracted_too = kinds(BODY, "\n\n".join([*PARAS[:5], notice_text]), RECORDED, live)
    assert extracted_too[0].startswith("broken"), extracted_too


def test_an_editor_trimming_the_end_is_an_edit() -> None:
    live = html(PARAS[:5])  # the end went; what followed the article (related, footer) is still there
    assert [k.split(":")[0] for k in kinds(BODY, "\n\n".join(PARAS[:5]), RECORDED, live)] == ["edited"]


def test_an_end_still_on_the_page_is_not_a_cut_with_a_notice() -> None:
    live = html(PARAS, inside="<p>Members read on below.</p>")
    found = kinds(BODY, "\n\n".join(PARAS[:5]), RECORDED, live)
    assert "paywall" not in found[0], found  # the text is there: judged as an extraction problem, not a cut


def test_link_lists_moved_into_the_article_are_breaking() -> None:
    more = "".join(
        f"<p><a href='/s/{i}'>{h}: the full story of what happened and what comes next</a></p>"
        for i, h in enumerate(RELATED)
    )
    live = html(PARAS, inside=f'<div class="more">{more}</div>')
    lines = [f"{h}: the full story of what happened and what comes next" for h in RELATED]
    found = kinds(BODY, "\n\n".join([*PARAS, *lines]), RECORDED, live)
    assert found[0].startswith("broken") and "page chrome" in found[0], found


def test_chrome_the_recording_already_took_is_churn_not_drift() -> None:
    """An extractor that always took the related list: new headlines there are the site's churn."""
    rotated = ["School wins robotics prize", "Storm damages pier railings", "Museum reopens after repairs"]
    rec_body = "\n\n".join([*PARAS, *RELATED])
    live_body = "\n\n".join([*PARAS, *rotated])
    found = kinds(rec_body, live_body, RECORDED, html(PARAS, after=rotated))
    assert [k.split(":")[0] for k in found] == ["edited"], found


def test_a_moved_container_with_the_text_changed_beyond_normalisation_is_breaking() -> None:
    other = [f"Photo {n}: the crew at work on the bridge deck, seen from the ferry landing." for n in (1, 2)]
    changed = PARAS[:6] + other  # about as long, a quarter of it other text
    live = html(changed)
    found = kinds(BODY, "\n\n".join(changed), RECORDED, live, moved=True)
    assert found[0].startswith("broken") and "container" in found[0], found
    one_word = [PARAS[0].replace("harbour", "harbor"), *PARAS[1:]]  # spelling, in a moved container
    small = kinds(BODY, "\n\n".join(one_word), RECORDED, html(one_word), moved=True)
    assert [k.split(":")[0] for k in small] == ["edited"], small


def test_rotating_link_lines_inside_the_article_swap_lines_they_add_none() -> None:
    """Ad slots with per-request ids inside the container: the extractor took two, now two others."""

    def ads(seed: int) -> tuple[str, list[str]]:
        texts = [f"Offer {seed}-{n}: compare mortgage rates today" for n in range(2)]
        slots = "".join(
            f'<div id="ad{seed}{n}" class="slot"><a href="/c">{t}</a></div>' for n, t in enumerate(texts)
        )
        return slots, texts

    old_slots, old_ads = ads(0)
    new_slots, new_ads = ads(1)
    rec_body, live_body = "\n\n".join([*PARAS, *old_ads]), "\n\n".join([*PARAS, *new_ads])
    found = kinds(rec_body, live_body, html(PARAS, inside=old_slots), html(PARAS, inside=new_slots))
    assert [k.split(":")[0] for k in found] == ["edited"], found


def test_a_sliver_of_the_body_coming_and_going_is_no_template_change() -> None:
    """The extractor took the standfirst into the body on the recording and not on the live page: the
    article's containers did not change, so the template did not."""
    from harness.drift.fingerprint import fingerprint, template_changes

    stand = "A short standfirst that sums the story up above the article text."
    markup = html(PARAS).replace(
        '<div class="story">', f'<div class="stand"><p>{stand}</p></div><div class="story">'
    )
    soup = BeautifulSoup(markup, "lxml")
    rec = fingerprint(soup, {"body": "\n\n".join([stand, *PARAS])})
    live = fingerprint(soup, {"body": "\n\n".join(PARAS)})
    assert len(rec.anchors["body"]) == 2 and len(rec.minor) == 1  # the standfirst's block is a sliver
    assert template_changes(rec, live) == []
    moved = fingerprint(
        BeautifulSoup(markup.replace('class="story"', 'class="prose"'), "lxml"), {"body": BODY}
    )
    assert [f for f, _ in template_changes(rec, moved)] == ["body"]  # the main container still counts


def test_json_ld_with_raw_newlines_in_its_strings_still_anchors_the_title() -> None:
    from harness.drift.fingerprint import title_anchors

    blob = '{"@type": "NewsArticle", "headline": "Bridge\n  reopens", "alternativeHeadline": "x"}'
    soup = BeautifulSoup(
        f'<html><head><script type="application/ld+json">{blob}</script></head></html>', "lxml"
    )
    assert "jsonld:headline" in title_anchors(soup, "Bridge reopens")


def test_a_date_inside_an_image_url_is_no_date_markup() -> None:
    """Lazy loading moves an image URL holding the date from src to data-src: the date markup is unmoved."""
    from harness.drift.fingerprint import date_anchors

    page = (
        '<html><body><img {}="/uploads/2019-11-18/a.jpg">'
        '<time datetime="2019-11-18">18 Nov</time></body></html>'
    )
    anchors = [date_anchors(BeautifulSoup(page.format(a), "lxml"), "2019-11-18") for a in ("src", "data-src")]
    assert anchors[0] == anchors[1] and any(a.endswith("@datetime") for a in anchors[0])


def test_a_placeholder_in_the_container_makes_a_cut_breaking_in_any_language() -> None:
    """No word list: the kept paragraphs' container now holds text the recording never had."""
    for placeholder in ("Cargando el resto del artículo…", "⟳", "Page 1 of 2 · Next page"):
        live = html(PARAS[:1], inside=f'<div class="lazy"><span>{placeholder}</span></div>')
        found = kinds(BODY, PARAS[0], RECORDED, live)
        assert found and found[0].startswith("broken"), (placeholder, found)


def test_paragraphs_lost_from_the_middle_with_a_notice_are_a_cut() -> None:
    kept = [*PARAS[:2], *PARAS[6:]]  # 50% kept, the opening and the end still there
    live = html(kept, inside="<p>Sign in to see the full story.</p>")
    found = kinds(BODY, "\n\n".join(kept), RECORDED, live)
    assert found and found[0].startswith("broken"), found


def test_a_cut_rewritten_with_new_prose_is_an_edit_not_a_placeholder() -> None:
    rewrite = [
        f"New paragraph {n}: the council explained at length why the bridge works took two more winters "
        "than planned and what the ferry operator said about it."
        for n in range(3)
    ]
    live = html([*PARAS[:4], *rewrite], inside="<p>Updated with the council's answer.</p>")
    visible = squash(BeautifulSoup(live, "lxml").get_text(" "))
    soups = (BeautifulSoup(RECORDED, "lxml"), BeautifulSoup(live, "lxml"))
    args = (squash(soups[0].get_text(" ")), visible, soups)
    assert cut_in_place(PARAS, [*PARAS[:4], *rewrite], *args) is None  # as much new prose as lost
    assert cut_in_place(PARAS, PARAS[:4], *args) is not None  # the same page without the rewrite


def test_new_text_in_the_container_without_a_loss_is_no_cut() -> None:
    live = html(PARAS, inside='<div class="ad"><span>Advertisement</span></div>')
    assert kinds(BODY, BODY, RECORDED, live) == []


def test_a_loader_appended_after_the_footer_still_marks_the_cut() -> None:
    live = html(PARAS[:6]).replace("</body>", '<div class="lazy"><span>Loading…</span></div></body>')
    found = kinds(BODY, "\n\n".join(PARAS[:6]), RECORDED, live)
    assert found and found[0].startswith("broken") and "Loading" in found[0], found
    chrome = html(PARAS[:6]).replace("</body>", "<div><span>Share this page</span></div></body>")
    trimmed = kinds(BODY, "\n\n".join(PARAS[:6]), RECORDED, chrome)
    assert [k.split(":")[0] for k in trimmed] == ["edited"], trimmed  # new chrome far away is no notice


def test_a_notice_beside_a_small_cut_is_enough_and_no_cut_without_a_notice() -> None:
    kept = PARAS[:7]  # 12% lost: more than a trim, less than a fifth
    with_notice = html(kept, inside='<p class="gate">Subscribe to keep reading.</p>')
    found = kinds(BODY, "\n\n".join(kept), RECORDED, with_notice)
    assert found and found[0].startswith("broken"), found
    assert [k.split(":")[0] for k in kinds(BODY, "\n\n".join(kept), RECORDED, html(kept))] == ["edited"]


def test_paragraphs_moved_into_noscript_are_lost_to_readers() -> None:
    live = html(PARAS[:5], inside="".join(f"<noscript><p>{p}</p></noscript>" for p in PARAS[5:]))
    found = kinds(BODY, "\n\n".join(PARAS[:5]), RECORDED, live)
    assert found and found[0].startswith("broken") and "noscript" in found[0], found
    shown = html(PARAS[:5], inside="".join(f"<div><p>{p}</p></div>" for p in PARAS[5:]))
    assert "noscript" not in kinds(BODY, "\n\n".join(PARAS[:5]), RECORDED, shown)[0]


def test_a_next_page_link_far_from_the_article_marks_a_split_body() -> None:
    kept = PARAS[:4]
    nav = '<nav><span>Page 1 of 2</span> <a rel="next" href="?page=2">Next page</a></nav></body>'
    found = kinds(BODY, "\n\n".join(kept), RECORDED, html(kept).replace("</body>", nav))
    assert found and found[0].startswith("broken"), found


_SVG = "<svg><title>go</title></svg>"


def test_links_and_lists_repeating_the_headline_do_not_anchor_the_title() -> None:
    """A ticker, a "most read" list or a footer listing that links to the article itself rotates with the
    site's other stories: an icon added to those links is no template change of the title."""
    from harness.drift.fingerprint import fingerprint, template_changes

    page = (
        "<html><head>{metas}</head><body><header><ul class='ticker'><li><a href='/a'>{icon}Bridge reopens "
        "after two years</a></li></ul></header><article><h1 class='headline'><a href='/a'>Bridge reopens "
        "after two years</a></h1><p>Text.</p></article><footer><p class='title'><a href='/a'>{icon}Bridge "
        "reopens after two years</a></p></footer></body></html>"
    )
    metas = "".join(f'<meta property="og:x{n}" content="Bridge reopens after two years">' for n in range(3))
    record = {"title": "Bridge reopens after two years"}
    plain = fingerprint(BeautifulSoup(page.format(metas=metas, icon=""), "lxml"), record)
    icons = fingerprint(BeautifulSoup(page.format(metas=metas, icon=_SVG), "lxml"), record)
    anchors = plain.anchors["title"]
    assert any(a.endswith("h1.headline > a") for a in anchors)  # a heading linking to its own article
    assert not any("ticker" in a or "footer" in a for a in anchors)
    assert template_changes(plain, icons) == []
    # an icon beside the headline's text, inside the element that holds it, is no template change either
    beside = page.replace("<h1 class='headline'><a href='/a'>Bridge", "<h1 class='headline'>{icon}Bridge")
    beside = beside.replace("two years</a></h1>", "two years</h1>")
    with_icon = fingerprint(BeautifulSoup(beside.format(metas=metas, icon=_SVG), "lxml"), record)
    plain_h1 = fingerprint(BeautifulSoup(beside.format(metas=metas, icon=""), "lxml"), record)
    assert any(a.endswith("h1.headline") for a in plain_h1.anchors["title"])
    assert with_icon.anchors == plain_h1.anchors
    # many element anchors cannot crowd the metadata ones out of the fingerprint
    many = "".join(f"<div class='c{n}'><p>Bridge reopens after two years</p></div>" for n in range(9))
    crowded = fingerprint(
        BeautifulSoup(page.format(metas=metas, icon="").replace("<p>Text.</p>", many), "lxml"), record
    )
    assert sum(a.startswith("meta") for a in crowded.anchors["title"]) == 3
