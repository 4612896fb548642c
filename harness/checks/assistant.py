"""An AI assistant's prompt kept in the body: a ``boilerplate.notice`` of its own kind.

News sites put a box beside the story that invites the reader to ask a chatbot about it, with suggested
questions and a disclaimer ("Ask our AI about this article: What does this mean for Leeds? | Summarise it",
"Fragen Sie unseren KI-Assistenten zu diesem Artikel ... Die Antworten werden automatisch erstellt",
"Pergunte à IA: ... – respostas geradas por inteligência artificial"). A story about AI tells of it in its
own sentences; the box instructs the reader. The evidence, on one line of at most ``_MAX_WORDS`` words:

* the machine named as a word of its own: "AI", "IA", "KI", "ИИ", "ШІ", a neural network ("нейросеть"),
  "yapay zekâ", "الذكاء الاصطناعي", "人工智能", "人工知能", "인공지능"; and
* an invitation to ask it in the line's first ``_HEAD`` characters ("Ask", "Fragen Sie", "Pergunte",
  "Chiedi", "Спросите", "Interrogez", "Stel je vraag", "पूछें", "اسأل", "に聞く", "물어보세요") and a question
  mark (its suggested questions), or the disclaimer that its answers are generated ("answers are generated
  by AI", "Die Antworten werden automatisch erstellt", "respostas geradas", "Ответы сгенерированы",
  "Yanıtlar ... tarafından üretilir", "जवाब AI द्वारा तैयार").

The body is searched for the machine's names first (a few substring searches in C); only the lines that
hold one are read further. Measured on the clean bodies of the corpus, fundus and Readability.js and on
``generic``'s output of 1,712 outside pages (docs/checks-accuracy.md, "Twenty-seventh pass").
"""

from __future__ import annotations

import re

from harness.checks.emit import Emitter
from harness.checks.text import lines

NOTICE = "boilerplate.notice"
_MAX_WORDS = 60
_HEAD = 48
_QUESTION_MARKS = ("?", "？", "؟")

#: the machine's names as a line writes them (case kept: "AI" the acronym, not "ai" in a word)
_SIGN_WORDS = "AI IA KI ИИ ШІ нейросет Нейросет zekâ zeka الذكاء 人工智能 人工知能 인공지능"
_SIGNS = tuple(_SIGN_WORDS.split())
_MACHINE = re.compile(
    r"(?<![A-Za-zÀ-ž0-9])(?:AI|IA|KI)(?![A-Za-zÀ-ž0-9])|(?<![А-Яа-яЁёІіЇїЄє])(?:ИИ|ШІ)(?![А-Яа-яЁёІіЇїЄє])"
    r"|[Нн]ейросет|[Yy]apay zek[âa]|الذكاء الاصطناعي"
    r"|人工智能|人工知能|인공지능"
)
#: an invitation to ask, at the line's head (casefolded)
_ASK = re.compile(
    r"\bask\b|\bfrag(?:en sie|e)?\b|\bpergunte\b|\bchiedi\b|\bспросите\b|\bспроси\b|\bзапитайте\b"
    r"|\binterrogez\b|\bposez\b|\bpregunta(?:le)?\b|\bpregúntale\b|\bstel je vraag\b|\bvraag\b|\bfråga\b"
    r"|\bspørg\b|\bspør\b"
    r"|\bkysy\b|\bzapytaj\b|\bzeptejte se\b|\bsor\b|\btanya(?:kan)?\b|\bhỏi\b|पूछें|اسأل|に聞|に質問|물어보"
    r"|questions about this article|une question sur cet article"
)
#: the answers (casefolded), which the machine makes
_ANSWERS = re.compile(
    r"answers|antworten|respostas|réponses|respuestas|risposte|antwoorden|\bsvar|vastaukset|odpowiedzi"
    r"|odpovědi|yanıtlar|ответы|відповіді|जवाब|الإجابات|回答|답변"
)
_GENERATED = re.compile(
    r"generated|automatisch erstellt|automatisch generiert|geradas|generadas|générées|generate|gegenereerd"
    r"|genererade|genereret|generert|сгенерирован|згенерован|üretil|द्वारा तैयार|مولّدة|مولدة|生成"
)


def assistant_lines(body: str, body_lines: list[str]) -> list[str]:
    """The lines of ``body_lines`` that are an AI assistant's prompt (see the module's docstring)."""
    if not any(sign in body for sign in _SIGNS):
        return []  # nearly every body: a few substring searches
    out = []
    for line in body_lines:
        if not any(sign in line for sign in _SIGNS) or line.count(" ") >= _MAX_WORDS:
            continue
        if _MACHINE.search(line) is None:
            continue
        low = line.casefold()
        asked = _ASK.search(low[:_HEAD]) is not None and any(q in line for q in _QUESTION_MARKS)
        if asked or (_ANSWERS.search(low) and _GENERATED.search(low)):
            out.append(line)
    return out


def check_assistant(emit: Emitter, body: str) -> None:
    """``boilerplate.notice``: an AI assistant's prompt with its suggested questions or its disclaimer."""
    if not emit.on(NOTICE):
        return
    for line in assistant_lines(body, lines(body)):
        emit.add(NOTICE, "$.body", "the page speaking about itself (an AI assistant's prompt)", line)
