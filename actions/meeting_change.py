"""A meeting moved or changed after its preparation (« finalement c'est vendredi à 9h, en visio »): the saved
preparation takes the new day, time and format; what the mentee left out (the time, the format) stays."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import button, database_errors_told, say
from assistant.meetings import store as preparation_store
from assistant.meetings.model import FORMATS
from assistant.meetings.render import format_when
from assistant.meetings.reschedule import read_change

Events = list[dict[str, Any]]

SHOW_BUTTON = button("🗓️ Ma préparation", "show_preparation")
PREPARE_BUTTON = button("🗓️ Préparer une rencontre", "prepare_meeting")


class ActionChangeMeeting(Action):
    """Move the meeting of the current preparation to the day said, or change its format, and say so."""

    def name(self) -> str:
        return "action_change_meeting"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        current = preparation_store.current_preparation(tracker.sender_id)
        if current is None or current.status == "done":
            say(dispatcher, "meeting_change_none", [PREPARE_BUTTON])
            return []
        change = read_change((tracker.latest_message or {}).get("text"))
        if change.problem:
            key = "meeting_change_unclear" if change.problem == "nothing" else f"meeting_when_{change.problem}"
            say(dispatcher, key, answer=(tracker.latest_message or {}).get("text") or "")
            return []
        d = current.details
        starts_at, has_time = d.starts_at, d.has_time
        if change.starts_at is not None:
            starts_at, has_time = change.starts_at, change.has_time
            if not change.has_time and d.starts_at is not None and d.has_time:  # « vendredi, pas jeudi »: same hour
                starts_at, has_time = datetime.combine(change.starts_at.date(), d.starts_at.time()), True
        meeting_format = change.format or d.format
        moved = preparation_store.reschedule(tracker.sender_id, current.id, starts_at, has_time, meeting_format)
        if moved is None:
            say(dispatcher, "meeting_change_none", [PREPARE_BUTTON])
            return []
        say(
            dispatcher,
            "meeting_changed",
            [SHOW_BUTTON, button("📅 Exporter", "export_preparation")],
            mentor=d.mentor.display,
            when=format_when(starts_at, has_time),
            how=FORMATS.get(meeting_format, ("", ()))[0].lower() if meeting_format else "",
        )
        return []
