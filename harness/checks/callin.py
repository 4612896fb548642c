"""A call-in or a live Q&A offered to the readers, kept in the body: a ``boilerplate.notice``.

A paper's service box invites its readers to put their questions to experts at a set time ("Ask the
experts: two tax advisers will answer readers' questions in a live Q&A on Monday from 1pm", "Telefonaktion:
Am Donnerstag beantworten Steuerberater von 11 bis 12 Uhr Ihre Fragen ... 0711 ...", "读者热线：3月17日
12:00—13:00 ... 热线电话：400-..."). The evidence, on one line of at most ``_MAX_WORDS`` words:

* a label of at most ``_LABEL_CHARS`` characters before a colon, holding no sentence's end;
* a word for questions ("questions", "Fragen", "perguntas", "spørsmål", "вопросы", "質問", "相談", "问题",
  "सवाल", "أسئلة"); and
* a telephone number or a clock time (the hours of the call-in).

A story tells of an expert answering questions in its own sentences, with no label before them. No line of
the clean bodies of the corpus, fundus and Readability.js is one; of ``generic``'s output of 1,712 outside
pages, one is, a shop's contact box ("Für Fragen zu Produkten: Tel.: ..."). Measured in
docs/checks-accuracy.md ("Twenty-seventh pass").
"""

from __future__ import annotations

import re

from harness.checks.text import line_has_digit

NOTICE = "boilerplate.notice"
_MAX_WORDS = 90
_MAX_CHARS = 700
_LABEL_CHARS = 50

_LABEL = re.compile(rf"^[^:：.!?\n]{{2,{_LABEL_CHARS}}}(?::\s|：)")
#: the words for questions, casefolded (looked for as text: a line holding none is not read further)
_QUESTION_TEXT = """
question fragen perguntas preguntas domande vragen frågor spørsmål spørgsmål kysymyks pytania pytań dotazy
dotazů sorular вопрос питання 質問 相談 질문 问题 问答 सवाल प्रश्न أسئلة أسئلت pertanyaan câu hỏi
"""
_QUESTIONS = tuple(word.replace("_", " ") for word in _QUESTION_TEXT.replace("câu hỏi", "câu_hỏi").split())
_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{6,}\d")
_CLOCK = re.compile(
    r"(?i)(?<!\d)\d{1,2}(?::\d{2})?\s?(?:am\b|pm\b|a\.m\.|p\.m\.|uhr\b|h\b|hrs\b|godz|час|時)"
    r"|(?<!\d)\d{1,2}[:.]\d{2}(?!\d)|(?<!\d)\d{1,2}h\d{0,2}\b|(?:klokken|klockan|kl\.|الساعة)\s?\d"
)


def call_in(line: str) -> bool:
    """``line`` is a call-in or a live Q&A offered to the readers (see the module's docstring); the cheap
    tests first."""
    head = line[: _LABEL_CHARS + 2]
    if ":" not in head and "：" not in head:
        return False  # most lines: no label
    if len(line) > _MAX_CHARS or not line_has_digit(line) or line.count(" ") >= _MAX_WORDS:
        return False
    low = line.casefold()
    if not any(word in low for word in _QUESTIONS) or _LABEL.match(line) is None:
        return False
    return _PHONE.search(line) is not None or _CLOCK.search(line) is not None


def _labelled_lines(body: str) -> list[str]:
    """The lines of ``body`` (stripped) with a colon sign in their first ``_LABEL_CHARS`` + 2 characters,
    found from the colon signs by ``str.find`` (a line is looked at only when it holds one)."""
    found: list[str] = []
    for sign in (":", "："):
        at = body.find(sign)
        while at >= 0:
            start = body.rfind("\n", 0, at) + 1
            end = body.find("\n", at)
            end = len(body) if end < 0 else end
            line = body[start:end].strip()
            if line and line.find(sign) <= _LABEL_CHARS + 1:
                found.append(line)
            at = body.find(sign, end)
    return found


def call_in_notes(body: str) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: a call-in or a live Q&A offered to the readers."""
    found: dict[str, str] = {}
    for line in _labelled_lines(body):
        if line not in found and call_in(line):
            found[line] = "a call-in or a live Q&A offered to the readers"
    return list(found.items())
