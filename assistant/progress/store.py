"""Progress entries as kept in the outcomes database, scoped by ``sender_id`` like goals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from assistant.progress.model import Amount, ProgressEntry
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import Goal, Mentee, ProgressReport


def _record(row: ProgressReport) -> ProgressEntry:
    return ProgressEntry(
        id=row.id,
        goal_id=row.goal_id,
        on=row.reported_on,
        percent=row.percent,
        count=row.count,
        step=row.step,
        helped=row.helped,
        blocked=row.blocked,
        created_at=stamp(row.created_at),
    )


def save_progress(
    sender_id: str, goal_id: int, amount: Amount, on: date, helped: str = "", blocked: str = ""
) -> ProgressEntry | None:
    """Add a progress entry to this mentee's goal ``goal_id``; None when it is not one of their goals."""
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=False)
        if mentee is None:
            return None
        goal = session.execute(select(Goal).where(Goal.id == goal_id, Goal.mentee_id == mentee.id)).scalar_one_or_none()
        if goal is None:
            return None
        row = ProgressReport(
            mentee=mentee,
            goal_id=goal.id,
            reported_on=on,
            percent=amount.percent,
            count=amount.count,
            step=amount.step,
            helped=helped,
            blocked=blocked,
        )
        session.add(row)
        session.flush()
        return _record(row)


def list_progress(sender_id: str, goal_id: int | None = None) -> list[ProgressEntry]:
    """This mentee's progress entries (of one goal when ``goal_id``), in the order of their dates."""
    query = select(ProgressReport).join(Mentee).where(Mentee.sender_id == sender_id)
    if goal_id is not None:
        query = query.where(ProgressReport.goal_id == goal_id)
    with session_scope() as session:
        rows = session.execute(query.order_by(ProgressReport.reported_on, ProgressReport.id)).scalars()
        return [_record(row) for row in rows]


def history_by_goal(sender_id: str) -> dict[int, list[ProgressEntry]]:
    """Every goal's entries, oldest first, keyed by goal id (goals without progress are absent)."""
    found: dict[int, list[ProgressEntry]] = {}
    for entry in list_progress(sender_id):
        found.setdefault(entry.goal_id, []).append(entry)
    return found
