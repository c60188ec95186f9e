"""Every question of the bank as a preparation fills it: for each skill area, first meeting and follow-up, and
mentors with a role and organisation, a freelance role, a bare name (shared by the unit and writing tests of the
questions in « tu »)."""

from __future__ import annotations

from datetime import date
from functools import cache

from assistant.common.mentor import Mentor
from assistant.goals.catalog import AREAS
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import question_context
from assistant.meetings.questions import Question, bank, candidates

MENTORS = (
    Mentor("Claire Martin", "directrice data", "Doctolib"),
    Mentor("Paul Durand", "développeur freelance"),
    Mentor("Inès"),
)
SUBJECTS = (
    ("passer de responsable comptable à DAF en 3 ans", "signer un contrat de DAF", date(2027, 9, 30)),
    ("le management d'une équipe", "", None),
)


@cache
def bank_questions() -> tuple[Question, ...]:
    """Each distinct question text the bank gives over those meetings."""
    seen: dict[str, Question] = {}
    for area in AREAS:
        for mentor in MENTORS:
            for subject, measure, deadline in SUBJECTS:
                details = MeetingDetails(mentor, None, False, "visio", 45, True, subject, area.key, measure, deadline)
                context = question_context(details)
                for first in (True, False):
                    for category in bank():
                        for question in candidates(category, context, first):
                            seen.setdefault(question.text, question)
    return tuple(seen.values())
