"""Candidate mentors as the coach compares them: who they are, and what the mentee said on each criterion.

The four criteria are those of the source articles for choosing a mentor: relevant experience and skills,
availability, values and communication style, a solid track record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from assistant.common.mentor import Mentor

#: The criteria, in the order the coach asks about them; each is also the form slot of its question.
CRITERIA = ("candidate_experience", "candidate_availability", "candidate_fit", "candidate_track_record")
#: The form's slots: the names first, then the four questions, asked again for each candidate.
SHORTLIST_SLOTS = ("shortlist_candidates", *CRITERIA)
#: How many candidates a shortlist holds.
MIN_CANDIDATES, MAX_CANDIDATES = 2, 4
#: Levels an answer is read into, strongest first.
LEVELS = ("strong", "medium", "weak", "unknown")
#: Points of each level in the comparison; « unknown » is a gap to check, counted a little above « weak ».
POINTS = {"strong": 2.0, "medium": 1.0, "weak": 0.0, "unknown": 0.5}


@dataclass(frozen=True)
class Criterion:
    """One answer read: its ``level`` and the mentee's ``words`` as proofread (``""`` when not reusable)."""

    level: str = "unknown"
    words: str = ""

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"level": self.level, "words": self.words}


@dataclass(frozen=True)
class Candidate:
    """A possible mentor and the answers on each criterion already given (keys of :data:`CRITERIA`)."""

    mentor: Mentor
    answers: dict[str, Criterion] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """True once every criterion was answered."""
        return all(name in self.answers for name in CRITERIA)

    def level(self, criterion: str) -> str:
        """The level of ``criterion``, « unknown » while not answered."""
        return self.answers.get(criterion, Criterion()).level

    @property
    def score(self) -> float:
        """The sum of the criteria's points."""
        return sum(POINTS[self.level(name)] for name in CRITERIA)

    def answered(self, criterion: str, reading: Criterion) -> Candidate:
        """A copy with ``criterion`` answered."""
        return replace(self, answers={**self.answers, criterion: reading})

    def to_dict(self) -> dict:
        """JSON-ready form, for the form's slot and the export."""
        return {
            "name": self.mentor.name,
            "role": self.mentor.role,
            "organisation": self.mentor.organisation,
            "answers": {name: reading.to_dict() for name, reading in self.answers.items()},
        }

    @classmethod
    def from_dict(cls, data: dict) -> Candidate:
        """Back from :meth:`to_dict`."""
        mentor = Mentor(data.get("name") or "", data.get("role") or "", data.get("organisation") or "")
        answers = {
            name: Criterion(value.get("level") or "unknown", value.get("words") or "")
            for name, value in (data.get("answers") or {}).items()
            if name in CRITERIA
        }
        return cls(mentor, answers)


@dataclass(frozen=True)
class SavedCandidate:
    """A candidate as kept in the database: which shortlist, its place in it, and whether it was recommended."""

    id: int
    shortlist: str
    position: int
    candidate: Candidate
    recommended: bool = False
    created_at: str = ""

    def to_dict(self) -> dict:
        """JSON-ready form, for the export."""
        return {
            "id": self.id,
            "shortlist": self.shortlist,
            "position": self.position,
            **self.candidate.to_dict(),
            "recommended": self.recommended,
            "created_at": self.created_at,
        }
