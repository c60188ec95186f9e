"""A meeting as the mentee noted it afterwards, and the action items agreed with the mentor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

#: The journal form's slots, in the order the coach asks them.
JOURNAL_SLOTS = ("journal_mentor", "journal_date", "journal_notes", "journal_advice", "journal_actions")


#: The label that opens an item the mentor took on (« Lui : me présenter son associé »), as the answers keep it.
MENTOR_LABEL = re.compile(r"^(?:lui|elle|mon mentor|ma mentore|mentor|mentore)\s*:\s*", re.I)


class _Owned:
    """Whose item it is: the mentee's, or the mentor's when its text opens with :data:`MENTOR_LABEL`."""

    text: str

    @property
    def by_mentor(self) -> bool:
        """True for what the mentor said they would do (« Lui : me présenter son associé »)."""
        return bool(MENTOR_LABEL.match(self.text))

    @property
    def task(self) -> str:
        """The item without its owner's label (« me présenter son associé »)."""
        return MENTOR_LABEL.sub("", self.text)


@dataclass(frozen=True)
class PlannedAction(_Owned):
    """One thing agreed, as read from the mentee's line: what, and for when (None when no date was given)."""

    text: str
    due: date | None = None


@dataclass(frozen=True)
class ActionRecord(_Owned):
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
