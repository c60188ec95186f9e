"""Shortlists as kept in the outcomes database: one row per candidate, scoped by ``sender_id`` like goals."""

from __future__ import annotations

import json
import secrets

from sqlalchemy import select

from assistant.shortlist.model import Candidate, SavedCandidate
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import Mentee, MentorCandidate


def _record(row: MentorCandidate) -> SavedCandidate:
    data = {"name": row.name, "role": row.role, "organisation": row.organisation, "answers": json.loads(row.answers)}
    return SavedCandidate(
        id=row.id,
        shortlist=row.shortlist,
        position=row.position,
        candidate=Candidate.from_dict(data),
        recommended=bool(row.recommended),
        created_at=stamp(row.created_at),
    )


def save_shortlist(sender_id: str, candidates: list[Candidate], recommended: int | None) -> list[SavedCandidate]:
    """Keep the candidates compared together, numbered from 1; ``recommended`` is the index of the advised one."""
    key = secrets.token_hex(8)
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=True)
        rows = [
            MentorCandidate(
                mentee=mentee,
                shortlist=key,
                position=index + 1,
                name=candidate.mentor.name[:200],
                role=candidate.mentor.role[:200],
                organisation=candidate.mentor.organisation[:200],
                answers=json.dumps(candidate.to_dict()["answers"], ensure_ascii=False),
                recommended=index == recommended,
            )
            for index, candidate in enumerate(candidates)
        ]
        session.add_all(rows)
        session.flush()
        return [_record(row) for row in rows]


def list_candidates(sender_id: str) -> list[SavedCandidate]:
    """Every candidate this mentee compared, oldest shortlist first, in their order."""
    query = select(MentorCandidate).join(Mentee).where(Mentee.sender_id == sender_id).order_by(MentorCandidate.id)
    with session_scope() as session:
        return [_record(row) for row in session.execute(query).scalars()]


def latest_shortlist(sender_id: str) -> list[SavedCandidate]:
    """The candidates of this mentee's latest shortlist, in their order (empty when there is none)."""
    found = list_candidates(sender_id)
    if not found:
        return []
    key = found[-1].shortlist
    return [saved for saved in found if saved.shortlist == key]
