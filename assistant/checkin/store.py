"""Relationship check-ins as kept in the outcomes database, scoped by ``sender_id`` like goals."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from assistant.checkin.model import CheckinRecord, Signals
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import Mentee, RelationshipCheckin


def _record(row: RelationshipCheckin) -> CheckinRecord:
    return CheckinRecord(
        id=row.id,
        mentor=row.mentor_name,
        answers={
            "checkin_rhythm": row.rhythm,
            "checkin_expectations": row.expectations,
            "checkin_feedback": row.feedback,
            "checkin_trust": row.trust,
        },
        signals=Signals(row.rhythm_signal, row.expectations_signal, row.feedback_signal, row.trust_signal, row.closing),
        next_step=row.next_step,
        created_at=stamp(row.created_at),
    )


def save_checkin(sender_id: str, mentor: str, answers: dict[str, str], signals: Signals, step: str) -> CheckinRecord:
    """Save a check-in: the answers as typed, what they signal, and the next step proposed."""
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=True)
        row = RelationshipCheckin(
            mentee=mentee,
            mentor_name=mentor,
            rhythm=answers.get("checkin_rhythm") or "",
            expectations=answers.get("checkin_expectations") or "",
            feedback=answers.get("checkin_feedback") or "",
            trust=answers.get("checkin_trust") or "",
            rhythm_signal=signals.rhythm,
            expectations_signal=signals.expectations,
            feedback_signal=signals.feedback,
            trust_signal=signals.trust,
            closing=signals.closing,
            next_step=step,
        )
        session.add(row)
        session.flush()
        return _record(row)


def list_checkins(sender_id: str) -> list[CheckinRecord]:
    """This mentee's check-ins, oldest first."""
    query = (
        select(RelationshipCheckin).join(Mentee).where(Mentee.sender_id == sender_id).order_by(RelationshipCheckin.id)
    )
    with session_scope() as session:
        return [_record(row) for row in session.execute(query).scalars()]


_COLUMNS = {
    "checkin_rhythm": ("rhythm", "rhythm_signal"),
    "checkin_expectations": ("expectations", "expectations_signal"),
    "checkin_feedback": ("feedback", "feedback_signal"),
    "checkin_trust": ("trust", "trust_signal"),
}


def correct_latest(
    sender_id: str, slot: str, answer: str, signal: str, step_of: Callable[[Signals], str]
) -> CheckinRecord | None:
    """Put the mentee's corrected ``answer`` to ``slot`` and its ``signal`` in the latest check-in, and the next
    step ``step_of`` chooses from the signals corrected; None when there is no check-in."""
    answer_column, signal_column = _COLUMNS[slot]
    query = (
        select(RelationshipCheckin)
        .join(Mentee)
        .where(Mentee.sender_id == sender_id)
        .order_by(RelationshipCheckin.id.desc())
        .limit(1)
    )
    with session_scope() as session:
        row = session.execute(query).scalars().first()
        if row is None:
            return None
        setattr(row, answer_column, answer)
        setattr(row, signal_column, signal)
        row.next_step = step_of(_record(row).signals)
        session.flush()
        return _record(row)
