"""The mentee's personal data: export it, and erase it after confirmation (outcomes and the conversation)."""

from __future__ import annotations

import json
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import button, database_errors_told, say
from assistant import privacy
from assistant.store.tracker import ERASED_SLOT

Events = list[dict[str, Any]]

#: Longest export shown in the chat; beyond it the administrator's export is the way.
MAX_EXPORT_CHARS = 12_000


def conversation_of(tracker: Tracker) -> list[dict[str, str]]:
    """The messages of the conversation as the tracker holds them: who spoke, when, what was said."""
    lines = []
    for event in tracker.events:
        if event.get("event") in ("user", "bot") and event.get("text"):
            lines.append(
                {
                    "from": "vous" if event["event"] == "user" else "Mentorat",
                    "timestamp": event.get("timestamp"),
                    "text": event["text"],
                }
            )
    return lines


class ActionExportData(Action):
    """Everything kept about the mentee, as JSON in the chat: outcomes and this conversation."""

    def name(self) -> str:
        return "action_export_data"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        data = privacy.export_mentee(tracker.sender_id, markdown=False)  # the Markdown is the same content again
        data["conversation"] = conversation_of(tracker)
        document = json.dumps(data, ensure_ascii=False, indent=1)
        say(
            dispatcher,
            "export_data_intro",
            goals=len(data["goals"]),
            drafts=len(data["outreach_drafts"]),
            preparations=len(data["meeting_preparations"]),
            messages=len(data["conversation"]),
        )
        if len(document) > MAX_EXPORT_CHARS:
            say(dispatcher, "export_data_too_long", sender=tracker.sender_id)
            return []
        # Blank lines would split the message into several bubbles in the widget.
        dispatcher.utter_message(
            text="```\n" + "\n".join(line for line in document.splitlines() if line.strip()) + "\n```"
        )
        return []


class ActionAskErase(Action):
    """Say what erasing removes, and ask for confirmation."""

    def name(self) -> str:
        return "action_ask_erase"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        say(
            dispatcher,
            "erase_confirm",
            [button("🗑️ Oui, tout supprimer", "affirm"), button("Non, garder mes données", "deny")],
        )
        return [SlotSet("pending_erase", True)]


class ActionEraseData(Action):
    """Erase every outcome of the mentee, and have the tracker store delete the conversation."""

    def name(self) -> str:
        return "action_erase_data"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if not tracker.get_slot("pending_erase"):  # a stray « oui »: nothing was asked
            say(dispatcher, "nothing_pending")
            return []
        removed = privacy.erase_mentee(tracker.sender_id)
        say(
            dispatcher,
            "erase_done",
            goals=removed["goals"],
            drafts=removed["outreach_drafts"],
            preparations=removed["meeting_preparations"],
        )
        return [SlotSet("pending_erase", None), SlotSet(ERASED_SLOT, True)]


class ActionCancelErase(Action):
    """Keep everything."""

    def name(self) -> str:
        return "action_cancel_erase"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        say(dispatcher, "erase_cancelled")
        return [SlotSet("pending_erase", None)]
