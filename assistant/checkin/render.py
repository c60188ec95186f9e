"""A check-in as French text: the short summary of the answers and the next step, from the catalogue
(``checkin_*`` messages). The mentee's words are not pasted, only what they signal (and the pace, in standard
words); an answer the coach could not read is quoted, when it is short and clean, rather than summed up wrongly."""

from __future__ import annotations

from assistant.checkin.answers import READERS, pace
from assistant.checkin.model import CHECKIN_SLOTS, Signals
from assistant.coaching.text import words
from assistant.common.french import lower_first
from assistant.common.proofread import proofread
from assistant.common.templating import message

#: Longest answer quoted in the summary, in words.
MAX_QUOTED_WORDS = 12


def quoted(slot: str, answer: str | None) -> str:
    """The answer to ``slot`` as the summary may quote it (proofread, without its final stop), or "" when it is
    read as a clear signal, too long, or not clean enough to be quoted."""
    if not answer or READERS[slot](answer) != "unclear" or len(words(answer)) > MAX_QUOTED_WORDS:
        return ""
    read = proofread(answer)
    return lower_first(read.text.rstrip(" .!;,")) if read.fit and read.text else ""


def checkin_summary(signals: Signals, answers: dict[str, str], mentor: str = "") -> str:
    """« En résumé : rythme …, attentes …, retours …, confiance … »."""
    said = {slot.removeprefix("checkin_") + "_said": quoted(slot, answers.get(slot)) for slot in CHECKIN_SLOTS}
    return message(
        "checkin_summary",
        mentor=mentor,
        pace=pace(answers.get("checkin_rhythm")),
        rhythm=signals.rhythm,
        expectations=signals.expectations,
        feedback=signals.feedback,
        trust=signals.trust,
        closing=signals.closing,
        **said,
    )


def step_text(step: str, mentor: str = "", tu: bool = False) -> str:
    """The next step ``step`` in words, with the sentence to say to the mentor when it has one: in « tu » when the
    mentee says « tu » to that mentor (``tu``), the coach's own words staying in « vous »."""
    return message(f"checkin_step_{step}", mentor=mentor, tu=tu)


def worry_text(mentor: str = "") -> str:
    """A short reassurance for a mentee afraid of bothering the mentor, from what the sources say."""
    return message("checkin_worry_bothering", mentor=mentor)
