"""The result of reading or checking one answer of the mentee, shared by every feature."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Parsed:
    """Outcome of reading one answer: ``value`` when usable, else ``problem`` (with an ``example`` of a good
    answer when the check has one)."""

    #: Any: its type depends on the reader (a Mentor, a (datetime, bool) pair, a str...); callers annotate it.
    value: Any = None
    problem: str | None = None
    example: str = ""

    @property
    def ok(self) -> bool:
        """True when the answer can be kept."""
        return self.problem is None
