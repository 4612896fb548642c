"""``generic`` leaves out a line ``boilerplate.off_topic`` flags (generic 20, session 28): a box whose
words the article does not share, kept inside the article's own block; pages made here."""

from __future__ import annotations

from harness.extractors.generic import GenericExtractor
from harness.page import Page, RecordedResponse
from tests.checks.helpers import page_checks
from tests.extractors.test_generic import P1, P2, P3  # the same three paragraphs of a story

MORE = [
    "The council said the footbridge would reopen before the harvest if the repairs kept to the plan.",
    "Residents on the east bank told the council the temporary ferry was too small for the farmers.",
    "Engineers said the river was still too high for the heavy machinery the repairs would need.",
    "The ferry will carry pedestrians and bicycles only, and the council asked farmers to be patient.",
    "A meeting on the footbridge's repairs is planned for the first week of the harvest, the council said.",
]
TITLE = "Footbridge repairs to start in June"
AD = "Gastrozol 20 mg Tabletten. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage."


def _extract(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    head = f'<head><meta charset="utf-8"><title>{TITLE}</title></head>'
    html = f'<html lang="en">{head}<body><h1>{TITLE}</h1><div class="article-body">{text}</div></body></html>'
    url = "https://www.dailyexample.com/2024/03/05/footbridge-story"
    response = RecordedResponse(url=url, status=200, headers={}, body=html.encode("utf-8"))
    record = GenericExtractor().extract(Page(response, "dailyexample.com", "footbridge")).to_dict()
    checks = [f.check for f in page_checks(record)]
    return record["body"], checks


def test_a_line_off_the_article_s_topic_is_left_out_of_the_body() -> None:
    story = [P1, P2, P3, *MORE]
    body, checks = _extract([*story[:4], AD, *story[4:]])
    assert body == "\n\n".join(story)
    assert "boilerplate.off_topic" not in checks


def test_the_article_s_own_lines_stay() -> None:
    story = [P1, P2, P3, *MORE]
    body, _ = _extract(story)
    assert body == "\n\n".join(story)
