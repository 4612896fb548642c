"""A sixth blind set for issue 9, written by the lead in session 13 after ``boilerplate.notice`` was first
committed, from real interface leftovers nobody had planted: players and embeds ("Your browser does not
support the video tag.", "Play Video", "Mute"), cookie walls before embedded content, error messages, and
swipe, tap and scroll prompts, in English, German, French, Spanish and Russian. Committed and run once before
any rule written for it; the rules written after it make it tuned.

The lines are planted with no page at hand (``harness check`` on JSON lines, where only the record speaks),
amid the body, in every record and then in one record in eight per run:

    python bench/checks_blind6.py --corpus ../shared/corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_run
from blind_run import Kinds, spread
from checks_defects import Case, Defect, braced, line_at, record_only

PLAYERS = (
    "Your browser does not support the video tag.",
    "Your browser does not support iframes.",
    "Votre navigateur ne prend pas en charge la lecture de vidéos.",
    "Tu navegador no admite el elemento de vídeo.",
    "Play Video",
    "Video abspielen",
    "Mute",
    "Fullscreen",
)
CONSENT_WALLS = (
    "You must enable cookies to use this feature.",
    "To view this content, please accept cookies.",
    "Um diesen Inhalt anzuzeigen, stimmen Sie bitte der Nutzung von Cookies zu.",
    "Pour afficher ce contenu, acceptez les cookies.",
    "Для просмотра этого контента включите куки.",
    "Externen Inhalt anzeigen",
    "Embedded content from X",
)
ERRORS = (
    "An error occurred while loading the video.",
    "Error loading media: File could not be played",
)
PROMPTS = (
    "Click here to view the interactive graphic.",
    "Tap to expand",
    "Swipe for more photos",
    "Scroll down to continue reading",
    "Continue reading below",
)


def blind(cases: list[Case]) -> Kinds:
    """Kind -> (planter, checks any of which counts as caught)."""
    lines: dict[str, Defect] = {
        "player and embed leftovers (middle)": record_only(line_at(braced(PLAYERS), "middle")),
        "cookie wall before embedded content (middle)": record_only(line_at(braced(CONSENT_WALLS), "middle")),
        "media error message (middle)": record_only(line_at(braced(ERRORS), "middle")),
        "tap, swipe and scroll prompts (middle)": record_only(line_at(braced(PROMPTS), "middle")),
    }
    return spread(lines)  # no chrome row: these lines are planted in the record only


def main(argv: list[str] | None = None) -> int:
    return blind_run.main(
        argv, __doc__, blind, "blind kind (sixth set)", "sixth blind set, all kinds", misses=False
    )


if __name__ == "__main__":
    sys.exit(main())
