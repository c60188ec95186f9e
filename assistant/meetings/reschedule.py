"""A meeting moved or changed after its preparation (« finalement c'est vendredi à 9h, en visio »): the new day and
time, the new format, read from what the mentee wrote after the old ones are set aside."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from assistant.coaching.text import clean, fold_same_length
from assistant.meetings.answers import parse_format, parse_meeting_time

#: What the mentee sets aside (« pas jeudi », « plus le 20 », « au lieu de mardi », « annulé le café »), folded.
_NOT_ANYMORE = re.compile(
    r"\b(?:pas|plus|au lieu de|a la place de|sans|annul\w*)\s+(?:le\s+|la\s+|a\s+|au\s+|en\s+)?[\w']+(?:\s+\d{1,2}\w*)?"
)


@dataclass(frozen=True)
class Change:
    """The new day (None: unchanged), whether it has a time, the new format ("" unchanged), or a problem."""

    starts_at: datetime | None = None
    has_time: bool = False
    format: str = ""
    problem: str = ""


def read_change(text: str | None, now: datetime | None = None) -> Change:
    """The change a message asks: what follows its last « : », without what it sets aside. Problems: ``past``,
    ``too_far``, ``impossible``, ``bad_time``, ``bare_number`` for a day that will not do, ``nothing`` when it
    names neither a day nor a format."""
    raw = clean(text)
    raw = raw.rsplit(":", 1)[-1] if ":" in raw and not re.search(r"\d:\d", raw) else raw
    for match in reversed(list(_NOT_ANYMORE.finditer(fold_same_length(raw)))):  # blanked, positions kept
        raw = raw[: match.start()] + " " * (match.end() - match.start()) + raw[match.end() :]
    meeting_format = parse_format(raw) or ""
    when = parse_meeting_time(raw, now)
    if when.ok and when.value[0] is not None:
        starts_at, has_time = when.value
        return Change(starts_at, has_time, meeting_format)
    if when.problem in ("past", "too_far", "impossible", "bad_time", "bare_number"):
        return Change(problem=when.problem)
    return Change(format=meeting_format) if meeting_format else Change(problem="nothing")
