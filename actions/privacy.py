"""The mentee's personal data: export it, and erase it after confirmation (outcomes and the conversation)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import button, database_errors_told, nothing_pending, page_link, say
from actions.turn import previous_action, replay_payload, typed_button
from assistant import privacy
from assistant.coaching.requests import names_everything, names_personal_data
from assistant.export_summary import export_summary
from assistant.store import export_links
from assistant.store.tracker import ERASED_SLOT

Events = list[dict[str, Any]]


def conversation_of(tracker: Tracker) -> list[dict[str, str]]:
    """The messages of the conversation as the tracker holds them: who spoke, when (ISO, UTC), what was said."""
    lines = []
    for event in tracker.events:
        if event.get("event") in ("user", "bot") and event.get("text"):
            stamp = event.get("timestamp")
            lines.append(
                {
                    "from": "vous" if event["event"] == "user" else "Mentorat",
                    "at": datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="seconds") if stamp else "",
                    "text": event["text"],
                }
            )
    return lines


def export_url(token: str) -> str:
    """The download link of an export on the page server (``/export/<token>.json``)."""
    return page_link(f"/export/{token}.json")


def _other_export_typed(tracker: Tracker) -> str | None:
    """The payload of another export (a preparation's) that the last message showed as a button and the typed
    message names without naming the mentee's data (« exporter », « exporte-la »), or None."""
    text = (tracker.latest_message or {}).get("text") or ""
    if text.startswith("/") or names_personal_data(text):
        return None
    typed = typed_button(tracker)
    payload = (typed or {}).get("payload") or ""
    return payload if payload.startswith("/export_") and not payload.startswith("/export_data") else None


class ActionExportData(Action):
    """What is kept about the mentee, as a French summary in the chat, and a link to the full JSON file."""

    def name(self) -> str:
        return "action_export_data"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        other = _other_export_typed(tracker)
        if other is not None:  # « exporter » under a preparation's « 📄 Exporter »: that preparation
            return replay_payload(other)
        document = privacy.export_mentee(tracker.sender_id)
        document["conversation"] = conversation_of(tracker)
        dispatcher.utter_message(text=export_summary(document))
        link = export_links.create_link(tracker.sender_id, document)
        say(dispatcher, "export_data_link", url=export_url(link.token), minutes=export_links.EXPORT_LINK_MINUTES)
        return []


#: The actions that end a turn about deleting one goal (asked, or refused in words read otherwise).
_GOAL_DELETION_ASKED = {"action_delete_goal", "utter_delete_cancelled", "action_revise_draft"}


class ActionAskErase(Action):
    """Say what erasing removes, and ask for confirmation."""

    def name(self) -> str:
        return "action_ask_erase"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        text = (tracker.latest_message or {}).get("text")
        if not names_everything(text):  # « bon si, supprime-le »: never everything on a pronoun
            just_asked = previous_action(tracker.events) in _GOAL_DELETION_ASKED
            if just_asked and tracker.get_slot("pending_delete_goal_id"):  # the goal whose deletion was just asked
                return [FollowupAction("action_confirm_delete_goal")]
            say(
                dispatcher,
                "erase_what",
                [button("🗑️ Un objectif", "delete_goal"), button("Toutes mes données", "erase_data")],
            )
            return [SlotSet("pending_erase", None)]
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
        if not tracker.get_slot("pending_erase"):  # a stray « oui »: not to an erasure
            return nothing_pending(dispatcher, tracker)
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
