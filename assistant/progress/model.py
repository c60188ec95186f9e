"""Progress on a goal as the coach handles it: what the mentee reported, when, what helped and what blocked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: The form's slots, in the order the coach asks them.
PROGRESS_SLOTS = ("progress_goal", "progress_value", "progress_date", "progress_helped", "progress_blocked")


@dataclass(frozen=True)
class Measure:
    """A goal's measure read as a target: « 3 entretiens obtenus » has ``target`` 3; a step has none.

    An indicator in percent (« rétention à 50 % », « passer de 18 % à 25 % ») has ``in_percent``, its target,
    and its ``start`` when the measure tells it: a report of that indicator is read as a part of the way."""

    text: str
    target: float | None = None
    start: float | None = None
    in_percent: bool = False


@dataclass(frozen=True)
class Amount:
    """One progress answer: ``percent`` (0 to 100) when it can be told, ``count`` against the measure's target,
    or ``step`` in the mentee's words when the measure is a step to check."""

    percent: float | None = None
    count: float | None = None
    step: str = ""


@dataclass(frozen=True)
class ProgressEntry:
    """A saved progress report on one goal."""

    id: int
    goal_id: int
    on: date
    percent: float | None
    count: float | None
    step: str
    helped: str
    blocked: str
    created_at: str = ""

    def to_dict(self) -> dict:
        """JSON-ready form, for the export."""
        return {
            "id": self.id,
            "goal_id": self.goal_id,
            "date": self.on.isoformat(),
            "percent": self.percent,
            "count": self.count,
            "step": self.step,
            "helped": self.helped,
            "blocked": self.blocked,
            "created_at": self.created_at,
        }
