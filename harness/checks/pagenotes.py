"""The page's own notes kept in the body, read in one go: ``boilerplate.notice``.

The families of session 31 (issue 9), each in its own module, are read here with the body's lines split once
and the shared keyword pass (:mod:`harness.checks.keywords`) asked once: a copy-protection alert or the
season's greetings naming the site and a desk's submission rules (:mod:`harness.checks.ownsite`), an AI
assistant's prompt (:mod:`harness.checks.assistant`), the wire's transmission header and currency note
(:mod:`harness.checks.wirelines`), a press release's tail (:mod:`harness.checks.release`), a
counter-statement or a transcript's note (:mod:`harness.checks.statement`), a readers' call-in
(:mod:`harness.checks.callin`), a medicine advertisement's mandatory text (:mod:`harness.checks.medicine`),
a page's banners (:mod:`harness.checks.banners`), and, in many languages, a site's prompts to its readers
(:mod:`harness.checks.prompts`) and a page's furniture as a line of its own (:mod:`harness.checks.anylang`),
and an alcohol or gambling advertisement's mandatory warning (:mod:`harness.checks.mandatory`; all session
32), and a web form's status messages (:mod:`harness.checks.formstatus`, session 33). Checks called one by
one each split the body and asked the pass again (about 3 us a check and a record); the last four's words
are found by one more pass of their own (:mod:`harness.checks.linewords`).
"""

from __future__ import annotations

from harness.checks import (
    anylang,
    assistant,
    banners,
    callin,
    formstatus,
    frame,
    keywords,
    linewords,
    mandatory,
    medicine,
    ownsite,
    prompts,
    release,
    statement,
    wirelines,
)
from harness.checks.emit import Emitter
from harness.checks.tail import patterned
from harness.checks.text import lines

NOTICE = "boilerplate.notice"
#: the word lists of the modules of many languages, in one pass (each module's kinds its own bits)
_WORDS = linewords.LineWords(
    {**prompts.LISTS, **anylang.LISTS, **mandatory.LISTS, **formstatus.LISTS}, anylang.OPENING
)


def page_notes(
    body: str, site: str | None, needles: tuple[str, ...] = (), title: str | None = None
) -> list[tuple[str, str]]:
    """(line, message) for every note of the families above in ``body`` (``site``: the record's site;
    ``needles``: the phrase keywords of the shared pass, as :func:`harness.checks.frame.phrase_keywords`
    gives them; ``title``: the record's)."""
    body_lines = lines(body)
    held = keywords.Held(body, needles)
    kinds = _WORDS.kinds(body_lines)
    return [
        *ownsite.own_site_notes(body, body_lines, site),
        *assistant.assistant_notes(body, body_lines, held),
        *wirelines.wire_notes(body, body_lines),
        *release.release_notes(body_lines, held),
        *statement.statement_notes(body_lines, held),
        *callin.call_in_notes(body),
        *medicine.medicine_notes(body_lines, held),
        *banners.banner_notes(body_lines, held),
        *prompts.prompt_lines(body_lines, title, kinds),
        *anylang.furniture_lines(body_lines, kinds),
        *mandatory.mandatory_notes(body_lines, kinds),
        *formstatus.status_notes(body_lines, kinds),
    ]


def check_page_notes(emit: Emitter, body: str, site: str | None, title: str | None = None) -> None:
    """``boilerplate.notice``: the page's own notes of the families above."""
    if not emit.on(NOTICE):
        return
    told = {f.excerpt for f in emit.findings if f.check == NOTICE}  # by :mod:`harness.checks.notice`
    for line, message in page_notes(body, site, frame.phrase_keywords(emit.scope), title):
        if line in told or patterned(emit, line, NOTICE):
            continue  # one finding a line: the family that read it first, or the pattern list's
        told.add(line)
        emit.add(NOTICE, "$.body", message, line)
