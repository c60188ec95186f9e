"""Goals as kept in the outcomes database: save, list, mark reached, delete — scoped by ``sender_id``.

Each function opens its own session (one unit of work) and returns plain records, so no ORM object
escapes a session.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.goals.model import GoalFields, GoalRecord
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import Goal, Mentee, utcnow


def _record(goal: Goal, position: int) -> GoalRecord:
    fields = GoalFields(goal.area, goal.statement, goal.measure, goal.deadline, goal.motivation, goal.mentoring_kind)
    return GoalRecord(
        id=goal.id,
        position=position,
        fields=fields,
        status=goal.status,
        created_at=stamp(goal.created_at),
        updated_at=stamp(goal.updated_at),
        reached_at=stamp(goal.reached_at) or None,
    )


def _goals(session: Session, sender_id: str) -> list[Goal]:
    query = select(Goal).join(Mentee).where(Mentee.sender_id == sender_id).order_by(Goal.id)
    return list(session.execute(query).scalars())


def save_goal(sender_id: str, fields: GoalFields, goal_id: int | None = None) -> GoalRecord:
    """Create a goal, or update goal ``goal_id`` of this mentee; returns it as saved."""
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=True)
        goal = None
        if goal_id is not None:
            goal = session.execute(
                select(Goal).where(Goal.id == goal_id, Goal.mentee_id == mentee.id)
            ).scalar_one_or_none()
        if goal is None:
            goal = Goal(mentee=mentee)
            session.add(goal)
        goal.area, goal.statement, goal.measure = fields.area, fields.statement, fields.measure
        goal.deadline, goal.motivation = fields.deadline, fields.motivation
        goal.mentoring_kind = fields.mentoring_kind
        goal.updated_at = utcnow()
        session.flush()
        ids = [g.id for g in _goals(session, sender_id)]
        return _record(goal, ids.index(goal.id) + 1)


def list_goals(sender_id: str) -> list[GoalRecord]:
    """All goals of this mentee, oldest first, numbered from 1."""
    with session_scope() as session:
        return [_record(goal, i) for i, goal in enumerate(_goals(session, sender_id), start=1)]


def set_goal_status(sender_id: str, goal_id: int, status: str) -> GoalRecord | None:
    """Mark a goal ``reached`` or ``active`` again; None when it is not this mentee's goal."""
    with session_scope() as session:
        goals = _goals(session, sender_id)
        for position, goal in enumerate(goals, start=1):
            if goal.id == goal_id:
                goal.status = status
                goal.reached_at = utcnow() if status == "reached" else None
                goal.updated_at = utcnow()
                session.flush()
                return _record(goal, position)
    return None


def delete_goal(sender_id: str, goal_id: int) -> bool:
    """Delete one goal of this mentee; False when there was none with that id."""
    with session_scope() as session:
        for goal in _goals(session, sender_id):
            if goal.id == goal_id:
                session.delete(goal)
                return True
    return False
