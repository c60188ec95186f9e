"""A relationship check-in as the coach reads it: what each answer signals, and the one next step chosen."""

from __future__ import annotations

from dataclasses import dataclass

#: The form's slots, in the order the coach asks them.
CHECKIN_SLOTS = ("checkin_rhythm", "checkin_expectations", "checkin_feedback", "checkin_trust")

#: What each answer can signal; ``unclear`` when the words give no clear signal (the answer is still kept).
RHYTHM = ("rare", "frequent", "unfit", "fine", "unclear")
EXPECTATIONS = ("met", "partly", "not", "unclear")
#: Feedback: ``from_mentor`` the mentor gives and the mentee does not, ``to_mentor`` the reverse, ``received`` /
#: ``given`` one side said to give (the other not said), ``not_received`` / ``not_given`` one side said not to give.
FEEDBACK = (
    "both",
    "received",
    "given",
    "from_mentor",
    "to_mentor",
    "not_received",
    "not_given",
    "one_way",
    "rare",
    "none",
    "unclear",
)
TRUST = ("yes", "partly", "no", "unclear")

#: The next steps the coach can propose, one per check-in (``assistant.checkin.coach.next_step``).
NEXT_STEPS = (
    "close",
    "trust",
    "expectations",
    "feedback",
    "feedback_give",
    "feedback_ask",
    "rhythm_fixed",
    "rhythm_space",
    "next_goal",
    "review",
)


@dataclass(frozen=True)
class Reading:
    """What one answer says: its ``signal`` and whether it voices the wish to close the relationship."""

    signal: str
    closing: bool = False


@dataclass(frozen=True)
class Signals:
    """The four readings of a check-in, and whether the mentee wants to close the relationship."""

    rhythm: str = "unclear"
    expectations: str = "unclear"
    feedback: str = "unclear"
    trust: str = "unclear"
    closing: bool = False


@dataclass(frozen=True)
class CheckinRecord:
    """A saved check-in: the mentee's answers as typed, what they signal, and the next step proposed."""

    id: int
    mentor: str
    answers: dict[str, str]
    signals: Signals
    next_step: str
    created_at: str = ""

    def to_dict(self) -> dict:
        """JSON-ready form, for the export."""
        return {
            "id": self.id,
            "mentor": self.mentor,
            "rhythm": self.answers.get("checkin_rhythm", ""),
            "expectations": self.answers.get("checkin_expectations", ""),
            "feedback": self.answers.get("checkin_feedback", ""),
            "trust": self.answers.get("checkin_trust", ""),
            "signals": {
                "rhythm": self.signals.rhythm,
                "expectations": self.signals.expectations,
                "feedback": self.signals.feedback,
                "trust": self.signals.trust,
                "closing": self.signals.closing,
            },
            "next_step": self.next_step,
            "created_at": self.created_at,
        }
