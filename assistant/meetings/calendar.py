"""The meeting as an iCalendar (.ics) event, written with the ``icalendar`` library."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event

from assistant.common.dates import LOCAL_TIMEZONE
from assistant.meetings.answers import format_label
from assistant.meetings.model import Preparation

#: Meetings are entered in the mentee's local time (see ``dates.LOCAL_TIMEZONE``).
TIMEZONE = LOCAL_TIMEZONE
PRODUCT_ID = "-//Mentorat//Preparation de rencontre//FR"


def event_title(preparation: Preparation) -> str:
    """« Rencontre de mentorat avec Claire Martin »."""
    return f"Rencontre de mentorat avec {preparation.details.mentor.display}"


def _description(preparation: Preparation) -> str:
    lines = ["Ordre du jour :"]
    lines += [f"- {item.title} ({item.minutes} min)" for item in preparation.agenda]
    lines += ["", "Questions :"]
    lines += [f"{i}. {q.text}" for i, q in enumerate(preparation.shown_questions, start=1)]
    return "\n".join(lines)


def preparation_ics(preparation: Preparation, now: datetime | None = None) -> bytes | None:
    """The .ics file of the meeting; None while its date is not fixed.

    A meeting with a time becomes a timed event in Europe/Paris lasting its length; a meeting with
    only a date becomes an all-day event.
    """
    details = preparation.details
    if details.starts_at is None:
        return None
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"{preparation.token or preparation.id}@mentorat")
    event.add("dtstamp", now or datetime.now(TIMEZONE))
    event.add("summary", event_title(preparation))
    if details.has_time:
        start = details.starts_at.replace(tzinfo=TIMEZONE)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=details.minutes))
    else:
        event.add("dtstart", details.starts_at.date())
        event.add("dtend", details.starts_at.date() + timedelta(days=1))
    event.add("location", format_label(details.format))
    event.add("description", _description(preparation))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
