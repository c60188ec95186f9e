"""A saved practice outcome (a review or a rehearsal), as read back from the store."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PracticeRecord:
    """A critique or a rehearsal outcome."""

    id: int
    kind: str
    scenario: str
    channel: str
    text: str
    score: int
    total: int
    result: dict
    draft_id: int | None
    created_at: str

    def to_dict(self) -> dict:
        """JSON-ready form for the export."""
        return {"kind": self.kind, "scenario": self.scenario, "channel": self.channel, "text": self.text,
                "score": self.score, "total": self.total, "result": self.result, "draft_id": self.draft_id,
                "created_at": self.created_at}
