"""Outreach drafts as kept in the outcomes database (every version kept), scoped by ``sender_id``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import Select

from assistant.common.mentor import Mentor
from assistant.outreach.model import Draft, DraftRecord, DraftStyle, OutreachRequest, VersionRecord
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import Goal, Mentee, OutreachDraft, OutreachVersion, utcnow


def _version(row: OutreachVersion) -> VersionRecord:
    style = DraftStyle(channel=row.channel, tone=row.tone, register=row.register, short=bool(row.short))
    return VersionRecord(
        row.number, row.change, Draft(row.subject, row.body, style), row.goal_text, stamp(row.created_at)
    )


def _record(row: OutreachDraft) -> DraftRecord:
    request = OutreachRequest(
        mentor=Mentor(row.mentor_name, row.mentor_role, row.mentor_organisation),
        source=row.source,
        source_detail=row.source_detail,
        draw=row.draw,
        goal=row.goal_text,
        intro=row.intro,
        ask=row.ask,
        minutes=row.minutes,
        availability=row.availability,
        first_name=row.first_name,
        goal_measure=row.goal_measure,
        goal_deadline=row.goal_deadline,
        extra=row.extra or "",
    )
    return DraftRecord(
        row.id, request, row.goal_id, tuple(_version(v) for v in row.versions), row.final_version, stamp(row.created_at)
    )


def _query(sender_id: str) -> Select:
    """This mentee's drafts with their versions loaded in one more query (no N+1)."""
    return (
        select(OutreachDraft)
        .join(Mentee)
        .where(Mentee.sender_id == sender_id)
        .options(selectinload(OutreachDraft.versions))
        .order_by(OutreachDraft.id)
    )


def _row(session: Session, sender_id: str, draft_id: int) -> OutreachDraft | None:
    return session.execute(_query(sender_id).where(OutreachDraft.id == draft_id)).scalar_one_or_none()


def _own_goal(session: Session, mentee: Mentee, goal_id: int | None) -> int | None:
    """``goal_id`` when it is this mentee's goal, else None (a stale or foreign id is never linked)."""
    if goal_id is None:
        return None
    found = session.execute(select(Goal.id).where(Goal.id == goal_id, Goal.mentee_id == mentee.id)).scalar()
    return found


def _add_version(row: OutreachDraft, draft: Draft, change: str) -> None:
    style = draft.style
    row.versions.append(
        OutreachVersion(
            number=len(row.versions) + 1,
            change=change,
            channel=style.channel,
            tone=style.tone,
            register=style.register,
            short=style.short,
            goal_text=row.goal_text,
            subject=draft.subject,
            body=draft.body,
        )
    )
    row.updated_at = utcnow()


def save_draft(sender_id: str, request: OutreachRequest, draft: Draft, goal_id: int | None = None) -> DraftRecord:
    """Save a new draft for this mentee with ``draft`` as its version 1."""
    r = request
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=True)
        row = OutreachDraft(
            mentee=mentee,
            mentor_name=r.mentor.name,
            mentor_role=r.mentor.role,
            mentor_organisation=r.mentor.organisation,
            source=r.source,
            source_detail=r.source_detail,
            draw=r.draw,
            intro=r.intro,
            first_name=r.first_name,
            goal_id=_own_goal(session, mentee, goal_id),
            goal_text=r.goal,
            goal_measure=r.goal_measure,
            goal_deadline=r.goal_deadline,
            ask=r.ask,
            minutes=r.minutes,
            availability=r.availability,
            extra=r.extra,
        )
        session.add(row)
        _add_version(row, draft, "initial")
        session.flush()
        return _record(row)


def add_version(
    sender_id: str,
    draft_id: int,
    draft: Draft,
    change: str,
    request: OutreachRequest | None = None,
    goal_id: int | None = None,
) -> DraftRecord | None:
    """Add a revised version to draft ``draft_id``; ``request`` replaces the goal it mentions, the addition, the
    meeting asked for and how the mentee found the mentor when given.

    Returns None when that draft is not this mentee's (or was erased meanwhile).
    """
    with session_scope() as session:
        row = _row(session, sender_id, draft_id)
        if row is None:
            return None
        if request is not None:
            goal_changed = goal_id is not None or request.goal != row.goal_text
            row.goal_text, row.goal_measure = request.goal, request.goal_measure
            row.goal_deadline = request.goal_deadline
            row.extra = request.extra
            row.source, row.source_detail = request.source, request.source_detail
            row.ask, row.minutes, row.availability = request.ask, request.minutes, request.availability
            if goal_changed:
                row.goal_id = _own_goal(session, row.mentee, goal_id)
        _add_version(row, draft, change)
        session.flush()
        return _record(row)


def list_drafts(sender_id: str) -> list[DraftRecord]:
    """All drafts of this mentee, oldest first, each with its versions."""
    with session_scope() as session:
        return [_record(row) for row in session.execute(_query(sender_id)).scalars()]


def current_draft(sender_id: str) -> DraftRecord | None:
    """The draft the mentee is working on: the newest one."""
    drafts = list_drafts(sender_id)
    return drafts[-1] if drafts else None


def choose_version(sender_id: str, draft_id: int, number: int) -> DraftRecord | None:
    """Mark version ``number`` as the one to send; None when the draft or the version does not exist."""
    with session_scope() as session:
        row = _row(session, sender_id, draft_id)
        if row is None or not any(v.number == number for v in row.versions):
            return None
        row.final_version = number
        row.updated_at = utcnow()
        session.flush()
        return _record(row)
