"""An AI assistant's prompt kept in the body (``boilerplate.notice``, :mod:`harness.checks.assistant`): the
machine named, with an invitation to ask it and a question, or with the disclaimer that its answers are
generated, in any language; a story about AI, its questions and its generated images is left alone."""

from __future__ import annotations

import pytest

from harness.checks.assistant import assistant_lines
from tests.checks.helpers import ARTICLE
from tests.checks.helpers import notice_excerpts as _notices

PARAS = ARTICLE.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Ask our AI about this article: What does this mean for Leeds? | What happens next?",
        "Fragen Sie unseren KI-Assistenten: Was heißt das für Ulm? Antworten werden automatisch erstellt.",
        "Pergunte à IA: “O que muda para Braga?” – respostas geradas por inteligência artificial",
        "Спросите нейросеть об этой новости: «Что будет дальше?» Ответы сгенерированы ИИ.",
        "AIに質問する（β版）　例：「どんな影響がありますか？」　※回答は生成AIによるものです",
        "Yapay zekâya sor: Bu gelişme ne anlama geliyor? Yanıtlar yapay zekâ tarafından üretilir.",
        "Hỏi AI về bài viết này: Điều này ảnh hưởng thế nào đến Huế? Tóm tắt bài viết (Thử nghiệm)",
        "Pregúntale a nuestra IA: ¿Qué significa esto para Lugo? / ¿Qué pasará ahora? (versión beta)",
    ],
)
def test_an_assistant_s_prompt_fails_the_page_anywhere(line: str) -> None:
    for body in ([line, *PARAS], [*PARAS[:2], line, *PARAS[2:]], [*PARAS, line]):
        assert _notices(body) == [f"error:{line}"]


@pytest.mark.parametrize(
    "line",
    [
        "How much AI, though, is too much?",
        "You have to ask whether you want a generation monitored by AI agents, the ACLU's Jay Stanley said.",
        "AI-generated images of students were circulated by classmates, sparking a police investigation.",
        "KI in der Schule? Digitalminister Wildberger: „Werden die KI immer bei uns haben“",
        "Generative AI can understand and generate natural language and improve decision-making, he said.",
        "Asked about the AI plans, the minister said: Why would we wait?",
        # an AI assistant in the news, asked nothing and answering nothing
        "The bank said its AI assistant had answered 2 million customer questions since March.",
    ],
)
def test_a_story_s_own_lines_about_ai_are_left_alone(line: str) -> None:
    body = [*PARAS[:2], line, *PARAS[2:]]
    assert assistant_lines("\n".join(body), body) == []
