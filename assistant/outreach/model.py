"""A saved outreach draft and its versions, as read back from the store."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.coaching.outreach import Draft, OutreachRequest


@dataclass(frozen=True)
class VersionRecord:
    """One saved version of a draft."""

    number: int
    change: str
    draft: Draft
    goal: str
    created_at: str

    def to_dict(self) -> dict:
        """JSON-ready form for the export."""
        style = self.draft.style
        return {"number": self.number, "change": self.change, "channel": style.channel, "tone": style.tone,
                "register": style.register, "short": style.short, "goal": self.goal,
                "subject": self.draft.subject, "body": self.draft.body, "created_at": self.created_at}


@dataclass(frozen=True)
class DraftRecord:
    """A saved outreach draft with all its versions, oldest first."""

    id: int
    request: OutreachRequest
    goal_id: int | None
    versions: tuple[VersionRecord, ...]
    final_number: int | None
    created_at: str

    @property
    def latest(self) -> VersionRecord:
        """The newest version (the one a revision starts from)."""
        return self.versions[-1]

    @property
    def final(self) -> VersionRecord | None:
        """The version the mentee chose, if any."""
        return next((v for v in self.versions if v.number == self.final_number), None)

    def version(self, number: int) -> VersionRecord | None:
        """Version ``number`` (from 1), or None."""
        return next((v for v in self.versions if v.number == number), None)

    def to_dict(self) -> dict:
        """JSON-ready form for the export."""
        r = self.request
        return {
            "id": self.id, "mentor": {"name": r.mentor.name, "role": r.mentor.role,
                                      "organisation": r.mentor.organisation},
            "source": r.source, "source_detail": r.source_detail, "draw": r.draw, "intro": r.intro,
            "goal_id": self.goal_id, "goal": r.goal, "ask": r.ask, "minutes": r.minutes,
            "availability": r.availability, "final_version": self.final_number, "created_at": self.created_at,
            "versions": [v.to_dict() for v in self.versions],
        }
