"""Meeting preparations as kept in the outcomes database, scoped by ``sender_id`` like goals."""

from __future__ import annotations

import json
import secrets
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import Select

from assistant.common.mentor import Mentor
from assistant.meetings.agenda import AgendaItem
from assistant.meetings.model import MeetingDetails, Preparation
from assistant.meetings.questions import Question
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import MeetingPreparation, MeetingQuestion, Mentee, utcnow


def _record(row: MeetingPreparation) -> Preparation:
    details = MeetingDetails(
        mentor=Mentor(row.mentor_name, row.mentor_role, row.mentor_organisation),
        starts_at=row.starts_at,
        has_time=bool(row.has_time),
        format=row.format,
        minutes=row.minutes,
        first=bool(row.first_meeting),
        subject=row.subject,
        area=row.area,
        measure=row.measure,
        deadline=row.deadline,
        goal_ids=tuple(int(i) for i in row.goal_ids.split(",") if i),
    )
    questions = tuple(Question(q.text, q.category, q.origin, q.bank_id) for q in row.questions)
    agenda = tuple(AgendaItem(item["title"], item["minutes"]) for item in json.loads(row.agenda))
    return Preparation(
        details=details,
        questions=questions,
        agenda=agenda,
        id=row.id,
        token=row.calendar_token,
        status=row.status,
        notes=row.notes,
        next_steps=row.next_steps,
        next_meeting=row.next_meeting,
        created_at=stamp(row.created_at),
        tone=row.tone or "vous",
        tone_chosen_at=stamp(row.tone_chosen_at),
    )


def _query(sender_id: str) -> Select:
    """This mentee's preparations with their questions loaded in one more query (no N+1)."""
    return (
        select(MeetingPreparation)
        .join(Mentee)
        .where(Mentee.sender_id == sender_id)
        .options(selectinload(MeetingPreparation.questions))
        .order_by(MeetingPreparation.id)
    )


def _rows(session: Session, sender_id: str) -> list[MeetingPreparation]:
    return list(session.execute(_query(sender_id)).scalars())


def _row(session: Session, sender_id: str, preparation_id: int) -> MeetingPreparation | None:
    query = _query(sender_id).where(MeetingPreparation.id == preparation_id)
    return session.execute(query).scalar_one_or_none()


def _set_questions(row: MeetingPreparation, questions: tuple[Question, ...] | list[Question]) -> None:
    row.questions = [
        MeetingQuestion(position=i, text=q.text, category=q.category, origin=q.origin, bank_id=q.bank_id)
        for i, q in enumerate(questions, start=1)
    ]


def save_preparation(sender_id: str, preparation: Preparation) -> Preparation:
    """Save a new preparation for this mentee (with a fresh calendar token); returns it as saved."""
    d = preparation.details
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=True)
        row = MeetingPreparation(
            mentee=mentee,
            mentor_name=d.mentor.name,
            mentor_role=d.mentor.role,
            mentor_organisation=d.mentor.organisation,
            starts_at=d.starts_at,
            has_time=d.has_time,
            format=d.format,
            minutes=d.minutes,
            first_meeting=d.first,
            subject=d.subject,
            area=d.area,
            measure=d.measure,
            deadline=d.deadline,
            goal_ids=",".join(str(i) for i in d.goal_ids),
            agenda=json.dumps(
                [{"title": a.title, "minutes": a.minutes} for a in preparation.agenda], ensure_ascii=False
            ),
            calendar_token=secrets.token_urlsafe(24),
            tone=preparation.tone,
        )
        _set_questions(row, preparation.questions)
        session.add(row)
        session.flush()
        return _record(row)


def list_preparations(sender_id: str) -> list[Preparation]:
    """All preparations of this mentee, oldest first."""
    with session_scope() as session:
        return [_record(row) for row in _rows(session, sender_id)]


def current_of(preparations: list[Preparation]) -> Preparation | None:
    """Among a mentee's preparations, the one in progress: the newest not yet debriefed, else the newest."""
    pending = [p for p in preparations if p.status != "done"]
    return (pending or preparations)[-1] if preparations else None


def current_preparation(sender_id: str) -> Preparation | None:
    """The preparation the mentee is working on (see :func:`current_of`)."""
    return current_of(list_preparations(sender_id))


def replace_questions(sender_id: str, preparation_id: int, questions: tuple[Question, ...]) -> Preparation | None:
    """Store the edited question list, in its new order; None when it is not this mentee's preparation."""
    with session_scope() as session:
        row = _row(session, sender_id, preparation_id)
        if row is None:
            return None
        _set_questions(row, questions)
        row.updated_at = utcnow()
        session.flush()
        return _record(row)


def save_debrief(
    sender_id: str, preparation_id: int, notes: str, next_steps: str, next_meeting: date | None
) -> Preparation | None:
    """Record what came out of the meeting and mark the preparation done."""
    with session_scope() as session:
        row = _row(session, sender_id, preparation_id)
        if row is None:
            return None
        row.notes, row.next_steps, row.next_meeting = notes, next_steps, next_meeting
        row.status = "done"
        row.updated_at = utcnow()
        session.flush()
        return _record(row)


def preparation_by_token(token: str) -> Preparation | None:
    """The preparation whose calendar link carries ``token`` (the link is the only secret)."""
    if not token or len(token) > 64:
        return None
    with session_scope() as session:
        row = session.execute(
            select(MeetingPreparation).where(MeetingPreparation.calendar_token == token)
        ).scalar_one_or_none()
        return _record(row) if row else None


def reschedule(
    sender_id: str, preparation_id: int, starts_at: datetime | None, has_time: bool, meeting_format: str
) -> Preparation | None:
    """Store the meeting's new day (and time) and format; None when it is not this mentee's preparation."""
    with session_scope() as session:
        row = _row(session, sender_id, preparation_id)
        if row is None:
            return None
        row.starts_at, row.has_time, row.format = starts_at, has_time, meeting_format
        row.updated_at = utcnow()
        session.flush()
        return _record(row)


def set_tone(sender_id: str, preparation_id: int, tone: str) -> Preparation | None:
    """Store the questions' « tu » or « vous », as asked by the mentee now; None when it is not this mentee's
    preparation."""
    with session_scope() as session:
        row = _row(session, sender_id, preparation_id)
        if row is None:
            return None
        row.tone = tone
        row.tone_chosen_at = row.updated_at = utcnow()
        session.flush()
        return _record(row)
