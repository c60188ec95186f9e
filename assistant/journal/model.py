"""A meeting as the mentee noted it afterwards, and the action items agreed with the mentor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: The journal form's slots, in the order the coach asks them.
JOURNAL_SLOTS = ("journal_mentor", "journal_date", "journal_notes", "journal_advice", "journal_actions")


@dataclass(frozen=True)
class PlannedAction:
    """One thing agreed, as read from the mentee's line: what, and for when (None when no date was given)."""

    text: str
    due: date | None = None


@dataclass(frozen=True)
class ActionRecord:
    """A saved action item, with the mentor and day of the meeting it comes from."""

    id: int
    text: str
    due: date | None
    done_at: str
    mentor: str
    met_on: date | None

    @property
    def done(self) -> bool:
        """True once the mentee said it is done."""
        return bool(self.done_at)

    def to_dict(self) -> dict:
        """JSON-ready form, for the export."""
        return {
            "id": self.id,
            "text": self.text,
            "due": self.due.isoformat() if self.due else None,
            "done_at": self.done_at or None,
        }


@dataclass(frozen=True)
class JournalRecord:
    """A saved journal entry."""

    id: int
    mentor: str
    met_on: date | None
    notes: str
    advice: str
    actions: tuple[ActionRecord, ...] = field(default_factory=tuple)
    preparation_id: int | None = None
    created_at: str = ""

    def to_dict(self) -> dict:
        """JSON-ready form, for the export."""
        return {
            "id": self.id,
            "mentor": self.mentor,
            "date": self.met_on.isoformat() if self.met_on else None,
            "notes": self.notes,
            "advice": self.advice,
            "actions": [a.to_dict() for a in self.actions],
            "preparation_id": self.preparation_id,
            "created_at": self.created_at,
        }
