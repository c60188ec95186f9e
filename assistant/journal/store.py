"""The meeting journal as kept in the outcomes database, scoped by ``sender_id`` like goals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from sqlalchemy.sql import Select

from assistant.journal.model import ActionRecord, JournalRecord, PlannedAction
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import ActionItem, JournalEntry, Mentee, utcnow


def _action(item: ActionItem, entry: JournalEntry) -> ActionRecord:
    return ActionRecord(item.id, item.text, item.due, stamp(item.done_at), entry.mentor_name, entry.met_on)


def _record(entry: JournalEntry) -> JournalRecord:
    return JournalRecord(
        id=entry.id,
        mentor=entry.mentor_name,
        met_on=entry.met_on,
        notes=entry.notes,
        advice=entry.advice,
        actions=tuple(_action(item, entry) for item in entry.actions),
        preparation_id=entry.preparation_id,
        created_at=stamp(entry.created_at),
    )


def _entries_query(sender_id: str) -> Select:
    return (
        select(JournalEntry)
        .join(Mentee)
        .where(Mentee.sender_id == sender_id)
        .options(selectinload(JournalEntry.actions))
        .order_by(JournalEntry.id)
    )


def save_entry(
    sender_id: str,
    mentor: str,
    met_on: date | None,
    notes: str,
    advice: str,
    actions: tuple[PlannedAction, ...] | list[PlannedAction],
    preparation_id: int | None = None,
) -> JournalRecord:
    """Save a meeting's notes with its action items; returns it as saved."""
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=True)
        entry = JournalEntry(
            mentee=mentee,
            preparation_id=preparation_id,
            mentor_name=mentor,
            met_on=met_on,
            notes=notes,
            advice=advice,
            actions=[ActionItem(text=a.text, due=a.due) for a in actions],
        )
        session.add(entry)
        session.flush()
        return _record(entry)


def _meeting_day(entry: JournalEntry) -> date:
    """When the meeting took place; an entry without a day counts from the day it was noted."""
    return entry.met_on or (entry.created_at or utcnow()).date()


def list_entries(sender_id: str) -> list[JournalRecord]:
    """Every journal entry of this mentee, with its action items, in the order the meetings took place (a meeting
    noted late still comes before a later one noted first): the last entry is the latest meeting."""
    with session_scope() as session:
        entries = session.execute(_entries_query(sender_id)).scalars()
        return [_record(entry) for entry in sorted(entries, key=lambda e: (_meeting_day(e), e.id))]


def open_actions(sender_id: str) -> list[ActionRecord]:
    """The action items not done yet, soonest due first (undated ones last), numbered as listed."""
    items = [a for entry in list_entries(sender_id) for a in entry.actions if not a.done]
    return sorted(items, key=lambda a: (a.due is None, a.due or date.max, a.id))


def done_actions(sender_id: str) -> list[ActionRecord]:
    """The action items marked done, the latest marked first."""
    items = [a for entry in list_entries(sender_id) for a in entry.actions if a.done]
    return sorted(items, key=lambda a: (a.done_at, a.id), reverse=True)


def _changed(sender_id: str, action_id: int, change: Callable[[ActionItem], None]) -> ActionRecord | None:
    """Apply ``change`` to this mentee's action item; None when it is not theirs (or does not exist)."""
    with session_scope() as session:
        query = (
            select(ActionItem, JournalEntry)
            .join(JournalEntry, ActionItem.entry_id == JournalEntry.id)
            .join(Mentee, JournalEntry.mentee_id == Mentee.id)
            .where(Mentee.sender_id == sender_id, ActionItem.id == action_id)
        )
        found = session.execute(query).first()
        if found is None:
            return None
        item, entry = found
        change(item)
        session.flush()
        return _action(item, entry)


def mark_done(sender_id: str, action_id: int) -> ActionRecord | None:
    """Mark this mentee's action item done (once); None when it is not theirs (or does not exist)."""

    def done(item: ActionItem) -> None:
        item.done_at = item.done_at or utcnow()

    return _changed(sender_id, action_id, done)


def reopen(sender_id: str, action_id: int) -> ActionRecord | None:
    """Put an item marked done by mistake back on the list; None when it is not theirs."""

    def undone(item: ActionItem) -> None:
        item.done_at = None

    return _changed(sender_id, action_id, undone)


def reword(sender_id: str, action_id: int, text: str) -> ActionRecord | None:
    """Change the words of an action item (its date and state stay); None when it is not theirs."""

    def reworded(item: ActionItem) -> None:
        item.text = text

    return _changed(sender_id, action_id, reworded)


def add_actions(sender_id: str, actions: tuple[PlannedAction, ...]) -> list[ActionRecord]:
    """Add action items forgotten when the latest meeting was noted (« il manque une action : … ») to that meeting;
    [] when no meeting was noted."""
    with session_scope() as session:
        entries = list(session.execute(_entries_query(sender_id)).scalars())
        if not entries:
            return []
        latest = max(entries, key=lambda e: (_meeting_day(e), e.id))
        added = [ActionItem(text=a.text, due=a.due) for a in actions]
        latest.actions.extend(added)
        session.flush()
        return [_action(item, latest) for item in added]
