"""Expiring links for a mentee's full export (JSON) or a goal's progress picture (SVG), shared by the action server
and the page server.

A link is a random token (``secrets.token_urlsafe``) tied to one mentee, with its document kept beside it until
the link expires (``EXPORT_LINK_MINUTES``). Its ``kind`` (``export`` or ``chart``) says which page-server route
serves it: a token of one kind is unknown to the other route. Once expired, the document is emptied at the
next visit or new link, and the row itself goes a day later; until then the page server can still tell an
expired link (410) from an unknown one (404). Erasing the mentee deletes their links (cascade).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee
from assistant.store.models import ExportLink, Mentee, utcnow

#: How long a download link works.
EXPORT_LINK_MINUTES = 15
#: What a link serves: the full export, or one goal's progress picture (``{"svg": …}``).
EXPORT, CHART = "export", "chart"
#: How long an expired link is still recognised as expired (then it is unknown).
EXPIRED_KEPT = timedelta(days=1)
#: Shape of a token in a link (``secrets.token_urlsafe(24)`` gives 32 characters).
TOKEN_CHARS = (16, 64)


@dataclass(frozen=True)
class NewLink:
    """A link just created: its token and when it stops working (naive UTC)."""

    token: str
    expires_at: datetime


@dataclass(frozen=True)
class LinkLookup:
    """What a token gives: ``status`` is ``ok`` (with the document), ``expired`` or ``unknown``."""

    status: str
    document: dict | None = None


def _purge(session: Session, now: datetime) -> None:
    """Empty the documents of expired links; drop the links expired for more than ``EXPIRED_KEPT``."""
    session.execute(delete(ExportLink).where(ExportLink.expires_at < now - EXPIRED_KEPT))
    session.execute(
        update(ExportLink).where(ExportLink.expires_at <= now, ExportLink.document != "").values(document="")
    )


def create_link(
    sender_id: str,
    document: dict,
    minutes: int = EXPORT_LINK_MINUTES,
    now: datetime | None = None,
    kind: str = EXPORT,
) -> NewLink:
    """Keep ``document`` (JSON-ready) for this mentee behind a new random token valid ``minutes`` minutes."""
    now = now or utcnow()
    token = secrets.token_urlsafe(24)
    expires_at = now + timedelta(minutes=minutes)
    with session_scope() as session:
        _purge(session, now)
        mentee = get_mentee(session, sender_id, create=True)
        session.add(
            ExportLink(
                mentee=mentee,
                token=token,
                kind=kind,
                document=json.dumps(document, ensure_ascii=False),
                created_at=now,
                expires_at=expires_at,
            )
        )
    return NewLink(token, expires_at)


def lookup_link(token: str, now: datetime | None = None, kind: str = EXPORT) -> LinkLookup:
    """The document of this ``kind`` behind ``token`` while the link works; ``expired`` or ``unknown`` otherwise."""
    if not token or not TOKEN_CHARS[0] <= len(token) <= TOKEN_CHARS[1]:
        return LinkLookup("unknown")
    now = now or utcnow()
    with session_scope() as session:
        _purge(session, now)
        row = session.execute(
            select(ExportLink).where(ExportLink.token == token, ExportLink.kind == kind)
        ).scalar_one_or_none()
        if row is None:
            return LinkLookup("unknown")
        if row.expires_at <= now or not row.document:
            return LinkLookup("expired")
        return LinkLookup("ok", json.loads(row.document))


def delete_links(session: Session, sender_id: str) -> int:
    """Delete every export link of this mentee in ``session``; returns how many went."""
    mentee_ids = select(Mentee.id).where(Mentee.sender_id == sender_id).scalar_subquery()
    return session.execute(delete(ExportLink).where(ExportLink.mentee_id == mentee_ids)).rowcount or 0
