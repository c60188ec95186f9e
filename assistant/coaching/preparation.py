"""A meeting preparation as the coach builds it and reads it back: details, questions, agenda, debrief."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from assistant.coaching.agenda import AgendaItem, build_agenda
from assistant.coaching.dates import format_date_fr
from assistant.coaching.goals import GoalRecord
from assistant.coaching.meeting import MeetingDetails, Mentor
from assistant.coaching.questions import Question, select_questions

#: Longest goal statement quoted inside a question.
GOAL_QUOTE_CHARS = 90


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
            "questions": [
                {"position": i, "text": q.text, "category": q.category, "origin": q.origin}
                for i, q in enumerate(self.questions, start=1)
            ],
            "agenda": [{"title": a.title, "minutes": a.minutes} for a in self.agenda],
            "notes": self.notes,
            "next_steps": self.next_steps,
            "next_meeting": self.next_meeting.isoformat() if self.next_meeting else None,
            "created_at": self.created_at,
        }


def shorten_goal(statement: str) -> str:
    """The goal as quoted inside a question: first letter lower-cased, no final dot, not too long."""
    text = statement.strip().rstrip(".!")
    if len(text) > GOAL_QUOTE_CHARS:
        text = text[: GOAL_QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return text


def question_context(details: MeetingDetails) -> dict:
    """What the question templates may use, with empty strings for what is unknown."""
    return {
        "mentor": details.mentor.name,
        "role": details.mentor.role,
        "organisation": details.mentor.organisation,
        "goal": shorten_goal(details.subject) if details.subject else "",
        "measure": details.measure,
        "deadline": format_date_fr(details.deadline) if details.deadline else "",
        "area": details.area,
    }


def details_from_goals(
    mentor: Mentor,
    starts_at: datetime | None,
    has_time: bool,
    meeting_format: str,
    minutes: int,
    first: bool,
    goals: list[GoalRecord],
    topic: str = "",
) -> MeetingDetails:
    """Meeting details whose subject comes from the chosen goals (the first one leads), or a topic."""
    lead = goals[0].fields if goals else None
    return MeetingDetails(
        mentor=mentor,
        starts_at=starts_at,
        has_time=has_time,
        format=meeting_format,
        minutes=minutes,
        first=first,
        subject=lead.statement if lead else topic,
        area=lead.area if lead else "",
        measure=lead.measure if lead else "",
        deadline=lead.deadline if lead else None,
        goal_ids=tuple(g.id for g in goals),
    )


def build_preparation(details: MeetingDetails) -> Preparation:
    """Questions and agenda for a meeting, ready to be saved."""
    questions = tuple(select_questions(question_context(details), details.first))
    agenda = tuple(build_agenda(details.minutes, details.first))
    return Preparation(details=details, questions=questions, agenda=agenda)
