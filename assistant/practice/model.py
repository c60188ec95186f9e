"""Practice outcomes: the result of a review (checks, score, rewrite), the feedback on a rehearsed reply, and a saved
review or rehearsal."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CheckResult:
    """One checklist item: passed or not, with a short French comment (praise, or what to change)."""

    key: str
    passed: bool
    comment: str


@dataclass(frozen=True)
class Critique:
    """The whole critique: one result per check, the weakest failed check and a rewrite of that part."""

    channel: str
    results: tuple[CheckResult, ...]
    weakest: str
    rewrite: str
    notes: tuple[str, ...] = field(default=())

    @property
    def score(self) -> int:
        """Number of checks passed."""
        return sum(result.passed for result in self.results)

    @property
    def total(self) -> int:
        """Number of checks."""
        return len(self.results)


@dataclass(frozen=True)
class ReplyFeedback:
    """What works and what to change in the mentee's reply, with a model reply."""

    scenario: str
    good: tuple[str, ...]
    to_change: tuple[str, ...]
    suggested: str
    notes: tuple[str, ...] = ()  # what the form calls for, outside the checks (SMS spelling, « bisous », English)

    @property
    def score(self) -> int:
        """Number of checks passed."""
        return len(self.good)

    @property
    def total(self) -> int:
        """Number of checks for this scenario (each check gives one line, in ``good`` or ``to_change``)."""
        return len(self.good) + len(self.to_change)


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
        return {
            "kind": self.kind,
            "scenario": self.scenario,
            "channel": self.channel,
            "text": self.text,
            "score": self.score,
            "total": self.total,
            "result": self.result,
            "draft_id": self.draft_id,
            "created_at": self.created_at,
        }
