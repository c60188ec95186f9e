"""Repository functions: the only way the rest of the code reads or writes outcomes.

Each function opens its own session (one unit of work) and returns plain dataclasses, so no
ORM object escapes a session. Every query is scoped by the conversation's ``sender_id``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.coaching.goals import GoalFields, GoalRecord
from assistant.store.db import session_scope
from assistant.store.models import Goal, MeetingPreparation, Mentee, OutreachDraft, OutreachPractice, utcnow


def _stamp(value) -> str:  # noqa: ANN001
    return value.isoformat(timespec="seconds") if value else ""


def _record(goal: Goal, position: int) -> GoalRecord:
    fields = GoalFields(goal.area, goal.statement, goal.measure, goal.deadline, goal.motivation,
                        goal.mentoring_kind)
    return GoalRecord(id=goal.id, position=position, fields=fields, status=goal.status,
                      created_at=_stamp(goal.created_at), updated_at=_stamp(goal.updated_at),
                      reached_at=_stamp(goal.reached_at) or None)


def _mentee(session: Session, sender_id: str, create: bool) -> Mentee | None:
    mentee = session.execute(select(Mentee).where(Mentee.sender_id == sender_id)).scalar_one_or_none()
    if mentee is None and create:
        mentee = Mentee(sender_id=sender_id)
        session.add(mentee)
        session.flush()
    return mentee


def _goals(session: Session, sender_id: str) -> list[Goal]:
    query = select(Goal).join(Mentee).where(Mentee.sender_id == sender_id).order_by(Goal.id)
    return list(session.execute(query).scalars())


def save_goal(sender_id: str, fields: GoalFields, goal_id: int | None = None) -> GoalRecord:
    """Create a goal, or update goal ``goal_id`` of this mentee; returns it as saved."""
    with session_scope() as session:
        mentee = _mentee(session, sender_id, create=True)
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


def export_mentee(sender_id: str) -> dict:
    """Everything kept about this mentee, JSON-ready."""
    with session_scope() as session:
        mentee = _mentee(session, sender_id, create=False)
        goals = _goals(session, sender_id)
        data = {
            "sender_id": sender_id,
            "created_at": _stamp(mentee.created_at) if mentee else None,
            "goals": [_record(g, i).to_dict() for i, g in enumerate(goals, start=1)],
        }
    # Imported here: the preparations module builds on this one's helpers.
    from assistant.coaching.render import preparation_markdown
    from assistant.store.outreach import list_drafts, list_practice
    from assistant.store.preparations import list_preparations

    data["meeting_preparations"] = [
        {**p.to_dict(), "markdown": preparation_markdown(p)} for p in list_preparations(sender_id)
    ]
    data["outreach_drafts"] = [d.to_dict() for d in list_drafts(sender_id)]
    data["outreach_practice"] = [p.to_dict() for p in list_practice(sender_id)]
    return data


def erase_mentee(sender_id: str) -> dict:
    """Delete every outcome row of this mentee; returns how many rows of each kind went."""
    with session_scope() as session:
        mentee = _mentee(session, sender_id, create=False)
        if mentee is None:
            return {"mentees": 0, **{name: 0 for name in _OWNED}}
        counts = {
            name: session.execute(select(func.count(model.id)).where(model.mentee_id == mentee.id)).scalar_one()
            for name, model in _OWNED.items()
        }
        session.delete(mentee)
        return {"mentees": 1, **counts}


#: What a mentee owns, by the name the export and erase reports use (versions and questions go with their parent).
_OWNED = {"goals": Goal, "meeting_preparations": MeetingPreparation, "outreach_drafts": OutreachDraft,
          "outreach_practice": OutreachPractice}
