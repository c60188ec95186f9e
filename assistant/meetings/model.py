"""A meeting with a mentor as the coach handles it: its details and the preparation built from them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from assistant.common.mentor import Mentor
from assistant.meetings.agenda import AgendaItem
from assistant.meetings.questions import Question, in_tone

#: The ways to meet, with the words that name them (folded).
FORMATS = {
    "cafe": ("Autour d'un café", ("cafe", "dejeuner", "dej", "verre", "resto", "restaurant", "boire")),
    "visio": ("En visio", ("visio", "video", "teams", "zoom", "meet", "en ligne", "distance", "webcam", "call")),
    "telephone": ("Par téléphone", ("telephone", "tel", "appel", "phone", "telephonique")),
    "sur_place": ("Sur place", ("sur place", "bureau", "bureaux", "locaux", "presentiel", "en vrai", "entreprise")),
}


@dataclass(frozen=True)
class MeetingDetails:
    """Everything the preparation is built from."""

    mentor: Mentor
    starts_at: datetime | None
    has_time: bool
    format: str
    minutes: int
    first: bool
    subject: str
    area: str = ""
    measure: str = ""
    deadline: date | None = None
    goal_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True)
class Preparation:
    """A saved preparation (``id`` 0 before it is saved)."""

    details: MeetingDetails
    questions: tuple[Question, ...]
    agenda: tuple[AgendaItem, ...]
    id: int = 0
    token: str = ""
    status: str = "prepared"
    notes: str = ""
    next_steps: str = ""
    next_meeting: date | None = None
    created_at: str = ""
    tone: str = "vous"  # the mentee's « tu » or « vous » to the mentor in the questions
    tone_chosen_at: str = ""  # when the mentee asked for that tone; "" while it is the default

    @property
    def shown_questions(self) -> tuple[Question, ...]:
        """The questions as shown and exported: the coach's in the preparation's tone, the mentee's as typed."""
        return in_tone(self.questions, self.tone)

    def to_dict(self) -> dict:
        """JSON-ready form, for the export."""
        d = self.details
        return {
            "id": self.id,
            "status": self.status,
            "mentor": asdict(d.mentor),
            "starts_at": d.starts_at.isoformat(timespec="minutes") if d.starts_at else None,
            "has_time": d.has_time,
            "format": d.format,
            "minutes": d.minutes,
            "first_meeting": d.first,
            "subject": d.subject,
            "goal_ids": list(d.goal_ids),
            "tone": self.tone,
            "tone_chosen_at": self.tone_chosen_at or None,
            "questions": [
                {"position": i, "text": q.text, "category": q.category, "origin": q.origin}
                for i, q in enumerate(self.shown_questions, start=1)
            ],
            "agenda": [{"title": a.title, "minutes": a.minutes} for a in self.agenda],
            "notes": self.notes,
            "next_steps": self.next_steps,
            "next_meeting": self.next_meeting.isoformat() if self.next_meeting else None,
            "created_at": self.created_at,
        }
