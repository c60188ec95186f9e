"""A SMART goal as the coach handles it, independent of how it is stored or asked for: its fields and record."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

#: The fields of a goal, in the order the coach asks for them (also the form's slot names).
GOAL_FIELDS = (
    "goal_area",
    "goal_statement",
    "goal_measure",
    "goal_deadline",
    "goal_motivation",
    "goal_mentoring_kind",
)
#: The answers the mentee writes in their own words (the area and the kind are chosen).
TEXT_FIELDS = ("goal_statement", "goal_measure", "goal_motivation")

#: How each field is named to the mentee (summary, correction buttons).
FIELD_LABELS = {
    "goal_area": "Domaine",
    "goal_statement": "Objectif",
    "goal_measure": "Mesure du succès",
    "goal_deadline": "Échéance",
    "goal_motivation": "Pourquoi c'est important",
    "goal_mentoring_kind": "Type de mentorat",
}


@dataclass(frozen=True)
class GoalFields:
    """The six answers that make a goal SMART."""

    area: str
    statement: str
    measure: str
    deadline: date
    motivation: str
    mentoring_kind: str

    @classmethod
    def from_slots(cls, slots: dict) -> GoalFields | None:
        """Build from form slot values; None while any of them is missing."""
        values: list[Any] = [slots.get(name) for name in GOAL_FIELDS]
        if any(v in (None, "") for v in values):
            return None
        area, statement, measure, deadline, motivation, kind = values
        return cls(area, statement, measure, date.fromisoformat(str(deadline)), motivation, kind)

    def to_slots(self) -> dict:
        """Form slot values for these fields (the deadline as an ISO date)."""
        return dict(
            zip(
                GOAL_FIELDS,
                (
                    self.area,
                    self.statement,
                    self.measure,
                    self.deadline.isoformat(),
                    self.motivation,
                    self.mentoring_kind,
                ),
                strict=True,
            )
        )


@dataclass(frozen=True)
class GoalRecord:
    """A saved goal, as read back from the store."""

    id: int
    position: int
    fields: GoalFields
    status: str = "active"
    created_at: str = ""
    updated_at: str = ""
    reached_at: str | None = None

    @property
    def reached(self) -> bool:
        """True once the mentee has marked the goal reached."""
        return self.status == "reached"

    def to_dict(self) -> dict:
        """JSON-ready form, for the export."""
        data = asdict(self.fields)
        data["deadline"] = self.fields.deadline.isoformat()
        return {
            "id": self.id,
            "position": self.position,
            **data,
            "status": self.status,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "reached_at": self.reached_at,
        }
