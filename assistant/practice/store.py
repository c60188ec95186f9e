"""Practice outcomes (reviews, rehearsals, thank-you notes written) as kept in the outcomes database, scoped by
``sender_id``."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from assistant.coaching.text import fold
from assistant.practice.model import PracticeRecord
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import Mentee, OutreachDraft, OutreachPractice


def _own_draft(session: Session, sender_id: str, draft_id: int | None) -> int | None:
    """``draft_id`` when it is one of this mentee's drafts, else None (a stale or foreign id is never linked)."""
    if draft_id is None:
        return None
    query = select(OutreachDraft.id).join(Mentee).where(Mentee.sender_id == sender_id, OutreachDraft.id == draft_id)
    return session.execute(query).scalar()


def save_practice(
    sender_id: str,
    kind: str,
    text: str,
    score: int,
    total: int,
    result: dict,
    *,
    scenario: str = "",
    channel: str = "",
    draft_id: int | None = None,
) -> PracticeRecord:
    """Keep a critique (``kind="critique"``) or a rehearsal outcome (``kind="rehearsal"``)."""
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=True)
        draft_id = _own_draft(session, sender_id, draft_id)
        row = OutreachPractice(
            mentee=mentee,
            kind=kind,
            scenario=scenario,
            channel=channel,
            text=text,
            score=score,
            total=total,
            result=json.dumps(result, ensure_ascii=False),
            draft_id=draft_id,
        )
        session.add(row)
        session.flush()
        return _practice(row)


def _practice(row: OutreachPractice) -> PracticeRecord:
    return PracticeRecord(
        row.id,
        row.kind,
        row.scenario,
        row.channel,
        row.text,
        row.score,
        row.total,
        json.loads(row.result),
        row.draft_id,
        stamp(row.created_at),
    )


def list_practice(sender_id: str) -> list[PracticeRecord]:
    """This mentee's critiques and rehearsals, oldest first."""
    with session_scope() as session:
        query = select(OutreachPractice).join(Mentee).where(Mentee.sender_id == sender_id).order_by(OutreachPractice.id)
        return [_practice(row) for row in session.execute(query).scalars()]


def critique_to_send(sender_id: str) -> PracticeRecord | None:
    """The newest message the mentee had reviewed when it is newer than every change to their drafts: the message
    they mean to send (« entraîne-moi » after a review). None when there is no review, or a draft was written or
    changed since."""
    with session_scope() as session:
        query = (
            select(OutreachPractice)
            .join(Mentee)
            .where(Mentee.sender_id == sender_id, OutreachPractice.kind == "critique")
            .order_by(OutreachPractice.id.desc())
            .limit(1)
        )
        row = session.execute(query).scalar()
        if row is None:
            return None
        drafted = select(func.max(OutreachDraft.updated_at)).join(Mentee).where(Mentee.sender_id == sender_id)
        last_draft = session.execute(drafted).scalar()
        return _practice(row) if last_draft is None or row.created_at > last_draft else None


#: The kind of the rows that keep the thank-you notes written, for the tu/vous chosen with each mentor.
THANK_YOU = "thank_you"


def save_thank_you(sender_id: str, mentor: str, tone: str, whole: bool, text: str) -> PracticeRecord:
    """Keep a thank-you note written for ``mentor``: its text, its tone (``tu`` or ``vous``), whether it thanked for
    the support as a whole."""
    result = {"mentor": mentor, "tone": tone, "whole": whole}
    return save_practice(sender_id, THANK_YOU, text, 0, 0, result, channel=tone)


def _thank_you_notes(sender_id: str) -> Select:
    """The query of this mentee's thank-you notes, newest first."""
    return (
        select(OutreachPractice)
        .join(Mentee)
        .where(Mentee.sender_id == sender_id, OutreachPractice.kind == THANK_YOU)
        .order_by(OutreachPractice.id.desc())
    )


def newest_thank_you(sender_id: str) -> PracticeRecord | None:
    """The last thank-you note written for this mentee, whoever it was for, or None."""
    with session_scope() as session:
        row = session.execute(_thank_you_notes(sender_id).limit(1)).scalars().first()
        return _practice(row) if row is not None else None


def latest_thank_you(sender_id: str, first_name: str = "") -> PracticeRecord | None:
    """The newest thank-you note written for a mentor of that first name (folded the same way), or None; without a
    first name, the newest note written for a named mentor."""
    with session_scope() as session:
        records = [_practice(row) for row in session.execute(_thank_you_notes(sender_id)).scalars()]
    wanted = fold(first_name).strip()
    named = (r for r in records if fold(str(r.result.get("mentor", ""))).strip())
    same = (r for r in records if wanted and fold(str(r.result.get("mentor", ""))).split(" ")[:1] == [wanted])
    return next(same if wanted else named, None)
