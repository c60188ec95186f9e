"""A check-in as French text: the short summary of the answers and the next step, from the catalogue
(``checkin_*`` messages); the mentee's words are never pasted, only what they signal (and the pace, in standard
words)."""

from __future__ import annotations

from assistant.checkin.answers import pace
from assistant.checkin.model import Signals
from assistant.common.templating import message


def checkin_summary(signals: Signals, answers: dict[str, str], mentor: str = "") -> str:
    """« En résumé : rythme …, attentes …, retours …, confiance … »."""
    return message(
        "checkin_summary",
        mentor=mentor,
        pace=pace(answers.get("checkin_rhythm")),
        rhythm=signals.rhythm,
        expectations=signals.expectations,
        feedback=signals.feedback,
        trust=signals.trust,
        closing=signals.closing,
    )


def step_text(step: str, mentor: str = "") -> str:
    """The next step ``step`` in words, with the sentence to say to the mentor when it has one."""
    return message(f"checkin_step_{step}", mentor=mentor)
