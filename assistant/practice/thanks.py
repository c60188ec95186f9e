"""The thank-you message to a mentor after the meeting."""

from __future__ import annotations

from datetime import date, datetime

from assistant.common.dates import format_date_fr, local_today
from assistant.common.french import shorten_goal
from assistant.common.templating import render
from assistant.meetings.model import Preparation


def thank_you_note(preparation: Preparation) -> str:
    """A thank-you message to the mentor after the meeting, from what was prepared and debriefed."""
    d = preparation.details
    return render(
        "thank_you.txt.j2",
        mentor_first=d.mentor.first_name,
        when=_relative_when(d.starts_at),
        subject=shorten_goal(d.subject) if d.subject else "",
        next_meeting=format_date_fr(preparation.next_meeting) if preparation.next_meeting else "",
    )


def thank_you_note_generic() -> str:
    """A thank-you message to personalise when nothing of the meeting was prepared here."""
    return render("thank_you.txt.j2", mentor_first="", when="", subject="", next_meeting="")


def _relative_when(starts_at: datetime | None, today: date | None = None) -> str:
    if starts_at is None:
        return ""
    days = ((today or local_today()) - starts_at.date()).days
    return {0: "aujourd'hui", 1: "hier"}.get(days, f"le {format_date_fr(starts_at.date())}" if days > 1 else "")


# --- outreach ------------------------------------------------------------------------------------


def thank_you_note_to(mentor_first: str, subject: str = "") -> str:
    """A thank-you message after a meeting prepared outside Mentorat, to the mentor of a draft."""
    return render(
        "thank_you.txt.j2",
        mentor_first=mentor_first,
        when="",
        subject=shorten_goal(subject) if subject else "",
        next_meeting="",
    )
