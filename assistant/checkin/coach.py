"""The one next step of a check-in, chosen from what the answers signal by plain rules, in this order:

1. the mentee wants to close the relationship: how to close it well (thank, take stock, keep in touch);
2. trust is missing or partial: talk about it, with an opening sentence (« Établissez une relation de confiance »);
3. expectations not met, or only in part: put them back on the table — frequency, topics, roles;
4. no feedback, rare, or one way only: ask for it at the next meeting, and give yours (« Soyez ouvert aux
   feedbacks »); only the mentee's side missing: give yours; only the mentor's: ask for it;
5. meetings too rare (or a rhythm that does not suit): propose a fixed slot; too frequent: propose to space them;
6. every answer fine: set the next goal with the mentor (« Entretenez la relation »);
7. nothing clear enough: review the relationship together at the next meeting (« évaluez régulièrement »).
"""

from __future__ import annotations

from assistant.checkin.answers import READERS, wants_to_close
from assistant.checkin.model import CHECKIN_SLOTS, Signals

#: A check-in is offered after every this many meetings noted with the same mentor.
MEETINGS_BETWEEN_CHECKINS = 3


def read_signals(answers: dict[str, str], closing: bool = False) -> Signals:
    """What the four answers signal; ``closing`` when the request or any answer says the mentee wants to close."""
    read = {slot: READERS[slot](answers.get(slot) or "") for slot in CHECKIN_SLOTS}
    closing = closing or any(wants_to_close(answers.get(slot)) for slot in CHECKIN_SLOTS)
    return Signals(
        rhythm=read["checkin_rhythm"] if answers.get("checkin_rhythm") else "unclear",
        expectations=read["checkin_expectations"] if answers.get("checkin_expectations") else "unclear",
        feedback=read["checkin_feedback"] if answers.get("checkin_feedback") else "unclear",
        trust=read["checkin_trust"] if answers.get("checkin_trust") else "unclear",
        closing=closing,
    )


def next_step(signals: Signals) -> str:
    """The one next step (a key of ``assistant.checkin.model.NEXT_STEPS``) the answers call for."""
    if signals.closing:
        return "close"
    if signals.trust in ("no", "partly"):
        return "trust"
    if signals.expectations in ("not", "partly"):
        return "expectations"
    if signals.feedback in ("none", "one_way", "rare"):
        return "feedback"
    if signals.feedback in ("from_mentor", "not_given"):
        return "feedback_give"
    if signals.feedback in ("to_mentor", "not_received"):
        return "feedback_ask"
    if signals.rhythm in ("rare", "unfit"):
        return "rhythm_fixed"
    if signals.rhythm == "frequent":
        return "rhythm_space"
    values = (signals.rhythm, signals.expectations, signals.feedback, signals.trust)
    if sum(value == "unclear" for value in values) > MAX_UNCLEAR_ON_TRACK:  # too little said to call it on track
        return "review"
    return "next_goal"


#: « Votre relation est sur de bons rails » needs at least three clear answers out of four.
MAX_UNCLEAR_ON_TRACK = 1


def checkin_due(meetings_with_mentor: int) -> bool:
    """True when the meetings noted with one mentor reach a multiple of ``MEETINGS_BETWEEN_CHECKINS``."""
    return meetings_with_mentor > 0 and meetings_with_mentor % MEETINGS_BETWEEN_CHECKINS == 0
