"""The result of reading or checking one answer of the mentee, shared by every feature."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Parsed:
    """Outcome of reading one answer: ``value`` when usable, else ``problem`` (with an ``example`` of a good
    answer when the check has one)."""

    value: object = None
    problem: str | None = None
    example: str = ""

    @property
    def ok(self) -> bool:
        """True when the answer can be kept."""
        return self.problem is None
