"""Whether a draft was sent and answered, as kept in ``outreach_sendings`` (one row per draft), by ``sender_id``.

A reply noted before the sending keeps the sending day unknown (``sent_on`` None): the mentee may say « elle m'a
répondu » without ever having said « c'est envoyé ».
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from assistant.coaching.text import fold, words
from assistant.common.mentor import Mentor
from assistant.outreach.model import DraftRecord, SendingRecord
from assistant.store.db import session_scope
from assistant.store.models import Mentee, OutreachDraft, OutreachSending

REPLIES = ("positive", "negative")


def _record(row: OutreachSending) -> SendingRecord:
    draft = row.draft
    return SendingRecord(
        draft_id=row.draft_id,
        mentor=Mentor(draft.mentor_name, draft.mentor_role, draft.mentor_organisation),
        sent_on=row.sent_on,
        version=row.version,
        reply=row.reply or "",
        replied_on=row.replied_on,
        followed_up_on=row.followed_up_on,
    )


def _draft_row(session: Session, sender_id: str, draft_id: int) -> OutreachDraft | None:
    query = select(OutreachDraft).join(Mentee).where(Mentee.sender_id == sender_id, OutreachDraft.id == draft_id)
    return session.execute(query).scalar_one_or_none()


def _sending_row(session: Session, draft: OutreachDraft) -> OutreachSending:
    """The draft's sending row, created when missing."""
    row = session.execute(select(OutreachSending).where(OutreachSending.draft_id == draft.id)).scalar_one_or_none()
    if row is None:
        row = OutreachSending(mentee_id=draft.mentee_id, draft_id=draft.id)
        session.add(row)
        row.draft = draft
    return row


def _update(sender_id: str, draft_id: int, **values: object) -> SendingRecord | None:
    with session_scope() as session:
        draft = _draft_row(session, sender_id, draft_id)
        if draft is None:
            return None
        row = _sending_row(session, draft)
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        return _record(row)


def mark_sent(sender_id: str, draft_id: int, on: date, version: int | None = None) -> SendingRecord | None:
    """Draft ``draft_id`` (version ``version``) was sent on ``on``; a reply noted earlier is kept.

    None when the draft is not this mentee's.
    """
    return _update(sender_id, draft_id, sent_on=on, version=version)


def note_reply(sender_id: str, draft_id: int, reply: str, on: date) -> SendingRecord | None:
    """The mentor answered draft ``draft_id`` on ``on``: ``positive`` or ``negative``."""
    if reply not in REPLIES:
        raise ValueError(f"unknown reply {reply!r}")
    return _update(sender_id, draft_id, reply=reply, replied_on=on)


def mark_followed_up(sender_id: str, draft_id: int, on: date) -> SendingRecord | None:
    """The follow-up (relance) of draft ``draft_id`` was written on ``on``."""
    return _update(sender_id, draft_id, followed_up_on=on)


def list_sendings(sender_id: str) -> list[SendingRecord]:
    """This mentee's sendings, in the order the drafts were written."""
    with session_scope() as session:
        query = (
            select(OutreachSending)
            .join(Mentee, OutreachSending.mentee_id == Mentee.id)
            .where(Mentee.sender_id == sender_id)
            .options(joinedload(OutreachSending.draft))
            .order_by(OutreachSending.draft_id)
        )
        return [_record(row) for row in session.execute(query).scalars()]


#: The thank-you note after a meeting, named (folded words).
_THANKS = re.compile(r"\bremerci\w*|\b(?:mon|le|un|du) (?:petit )?(?:mot de )?merci\b|\bthank")


def names_the_thanks(text: str | None) -> bool:
    """Whether ``text`` is about the thank-you note (« j'ai envoyé mon remerciement »), not the first message."""
    return bool(_THANKS.search(fold(text or "")))


def draft_named(drafts: list[DraftRecord], text: str) -> DraftRecord | None:
    """The draft whose mentor ``text`` names (full name, first name or surname), else None."""
    said = f" {' '.join(words(text))} "
    for draft in reversed(drafts):
        name = " ".join(words(draft.request.mentor.name or ""))
        if name and any(len(part) > 2 and f" {part} " in said for part in [name, *name.split()]):
            return draft
    return None


def awaiting_reply(sendings: list[SendingRecord]) -> SendingRecord | None:
    """The most recently sent message without a reply noted, else None."""
    waiting = [s for s in sendings if not s.reply and s.sent_on is not None]
    return max(waiting, key=lambda s: (s.sent_on, s.draft_id), default=None)


def last_replied(sendings: list[SendingRecord]) -> SendingRecord | None:
    """The sending whose answer was noted last (a yes before a no noted the same day), else None: the mentor meant
    by « celle qui vient de me répondre »."""
    replied = [s for s in sendings if s.reply]
    return max(replied, key=lambda s: (s.replied_on or date.min, s.reply == "positive", s.draft_id), default=None)
