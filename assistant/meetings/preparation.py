"""Building a meeting preparation: the details from the chosen goals, then its questions and agenda."""

from __future__ import annotations

from datetime import datetime

from assistant.common.dates import format_date_fr
from assistant.common.french import balanced
from assistant.common.mentor import Mentor
from assistant.common.phrasing import goal_phrase
from assistant.goals.model import GoalRecord
from assistant.meetings.agenda import build_agenda, question_minutes
from assistant.meetings.model import MeetingDetails, Preparation
from assistant.meetings.questions import select_questions


def question_context(details: MeetingDetails) -> dict:
    """What the question templates may use, with empty strings for what is unknown.

    The goal is a phrase (« devenir DAF »), never the mentee's sentence; parentheses are paired.
    """
    phrase = goal_phrase(details.subject)
    return {
        "mentor": details.mentor.name,
        "role": balanced(details.mentor.role),
        "organisation": balanced(details.mentor.organisation),
        "goal": phrase.text,
        "goal_for": phrase.for_,
        "goal_on": phrase.on,
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
    selected, _main = select_questions(
        question_context(details), details.first, question_minutes(details.minutes, details.first)
    )
    questions = tuple(selected)
    agenda = tuple(build_agenda(details.minutes, details.first))
    return Preparation(details=details, questions=questions, agenda=agenda)
