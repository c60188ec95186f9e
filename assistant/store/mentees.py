"""The mentee a row belongs to, found by the conversation's ``sender_id``; every feature's store starts here."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.store.models import Mentee


def stamp(value: datetime | None) -> str:
    """A stored timestamp as the records show it (ISO, to the second); "" when there is none."""
    return value.isoformat(timespec="seconds") if value else ""


@overload
def get_mentee(session: Session, sender_id: str, create: Literal[True]) -> Mentee: ...
@overload
def get_mentee(session: Session, sender_id: str, create: bool) -> Mentee | None: ...


def get_mentee(session: Session, sender_id: str, create: bool) -> Mentee | None:
    """This sender's mentee row; created (and flushed) when missing and ``create`` is true, else None."""
    mentee = session.execute(select(Mentee).where(Mentee.sender_id == sender_id)).scalar_one_or_none()
    if mentee is None and create:
        mentee = Mentee(sender_id=sender_id)
        session.add(mentee)
        session.flush()
    return mentee
