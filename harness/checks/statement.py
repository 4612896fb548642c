"""Notes a paper prints about the piece itself at the body's edge: a ``boilerplate.notice`` of their kind.

* **A counter-statement or a press council's ruling** that a press law or a council obliges the paper to
  print, under its legal name as the line's label ("Gegendarstellung zum Artikel ...", "Droit de réponse –
  ...", "Rettifica ai sensi dell'art. 8 ...", "Sprostowanie (art. 31a ...)", "Опровержение. В материале
  ...", "RIGHT OF REPLY: ...", "Press Council ruling: ...", "[반론보도] ...", "【おことわり】..."). The
  label opens one of the body's first or last ``_EDGE`` lines, a statement of ``_MIN_WORDS`` words or
  ``_MIN_CHARS`` characters or more, and a sign or a preposition follows the name;
  a story about such a ruling names it in a sentence.
* **A broadcast transcript's note** ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM",
  "This is a transcript of ..., broadcast on ...", "Transcrição da entrevista ... no programa ...",
  "Полная стенограмма интервью, вышедшего в эфир ..."): a word for a transcript and a word of the
  broadcast (aired, on air, a programme, a rush deadline, the final form) on one of the body's first
  ``_EDGE`` lines; the medium alone ("radio", "TV") only on a line of at most ``_MEDIUM_WORDS`` words. A
  story that quotes a transcript does so without the broadcaster's note.

No line of the clean bodies of the corpus, fundus and Readability.js, nor of ``generic``'s output of 1,712
outside pages, is either (docs/checks-accuracy.md, "Twenty-seventh pass").
"""

from __future__ import annotations

import re

from harness.checks import keywords

NOTICE = "boilerplate.notice"
_EDGE = 2
_MIN_WORDS = 8
_MIN_CHARS = 40  # a statement in a script written without spaces
_MAX_WORDS = 160

_LEGAL = re.compile(
    r"(?i)^[\W_]{0,3}(?:gegendarstellung|droit de réponse|derecho de (?:rectificación|réplica|respuesta)"
    r"|rettifica|direito de resposta|sprostowanie|опровержение|спростування|right of reply"
    r"|press council (?:ruling|adjudication|decision)|ipso (?:ruling|adjudication)"
    r"|uitspraak raad voor de journalistiek|pressens opinionsnämnd|pressenævnet|pfu-uttalelse|tekzip"
    r"|hak jawab|hak koreksi|rectificación|खंडन|حق الرد|반론보도|정정보도|추후보도|おことわり)(?=[\W_])"
)
#: what follows the legal name in a notice's label: a sign, or a preposition ("Gegendarstellung zum Artikel",
#: "Rettifica ai sensi ..."); a story's sentence goes on with a verb ("Right of reply is a principle ...")
_AFTER_LEGAL = re.compile(
    r"\s*(?:[:：.–—\-(\[\]】」»«\"„“”]|(?:zum|zur|zu|ai|al|à|au|a|de|du|del|della|to|for|on|w|do|по|на|k|z|ze"
    r"|van|voor|för|til)\s)",
    re.IGNORECASE,
)
#: a word for a transcript, lowercased (the shared keyword pass looks for them in the body first)
_TRANSCRIPT_WORDS = (
    "transcri",
    "trascrizion",
    "transkrip",
    "transkrypc",
    "стенограмм",
    "расшифровк",
    "deşifre",
    "utskrift",
    "udskrift",
    "přepis",
    "書き起こし",
    "文字起こし",
    "녹취록",
    "实录",
    "速记",
)
_TRANSCRIPT = re.compile("|".join(_TRANSCRIPT_WORDS), re.IGNORECASE)
_BROADCAST = re.compile(
    r"(?i)broadcast|\baired\b|\bon air\b|\brush\b|final form|edited for|emitid|andata in onda|эфир|pořad"
    r"|yayınlan|sendung|émission|emisión|\bprograma|\bprogramma|\bprogramme|\bprogram\b|radio|\btv\b"
    r"|放送|방송"
)


#: a broadcast's medium alone: a story's lede names it too ("Police radio transcripts from the night ...
#: revealed ..."); a note that names nothing more of the broadcast is short
_MEDIUM_ONLY = frozenset({"radio", "tv"})
_MEDIUM_WORDS = 30


def _broadcast(line: str, words: int) -> bool:
    """A word of the broadcast on ``line`` (of ``words`` words): more than its medium, or the medium on a
    line of at most ``_MEDIUM_WORDS`` words."""
    found = {m.group(0).lower() for m in _BROADCAST.finditer(line)}
    return bool(found) and (words <= _MEDIUM_WORDS or not found <= _MEDIUM_ONLY)


def lowered_signs() -> tuple[str, ...]:
    """``_TRANSCRIPT_WORDS``, for the shared keyword pass (already lowercased)."""
    return _TRANSCRIPT_WORDS


def statement_lines(body_lines: list[str], may_transcribe: bool = True) -> list[tuple[str, str]]:
    """(line, why) for the body's edge lines that are a counter-statement, a press council's ruling or a
    broadcast transcript's note (see the module's docstring; ``may_transcribe`` false: the body holds no
    word for a transcript, its first lines are not read for one)."""
    n = len(body_lines)
    found = []
    for i in sorted({*range(min(_EDGE, n)), *range(max(n - _EDGE, 0), n)}):
        line = body_lines[i]
        words = line.count(" ") + 1
        if words > _MAX_WORDS:
            continue
        legal = _LEGAL.match(line)
        if (
            legal
            and (words >= _MIN_WORDS or len(line) >= _MIN_CHARS)
            and _AFTER_LEGAL.match(line, legal.end())
        ):
            found.append((line, "a counter-statement or a press council's ruling the paper must print"))
        elif may_transcribe and i < _EDGE and _TRANSCRIPT.search(line) and _broadcast(line, words):
            found.append((line, "a broadcast transcript's note"))
    return found


def statement_notes(body_lines: list[str], held: keywords.Held) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: a counter-statement, a press council's ruling,
    a transcript's note."""
    may_transcribe = held.may(keywords.NOTES, _TRANSCRIPT_WORDS)
    return [
        (line, f"the page speaking about itself ({why})")
        for line, why in statement_lines(body_lines, may_transcribe)
    ]
