"""The list of the mentee's drafts, with the current draft shown and its versions to choose by button."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import button, database_errors_told, say
from actions.outreach_form import CRITIQUE_BUTTON, DRAFT_BUTTON
from assistant.outreach import store as draft_store
from assistant.outreach.render import draft_list

Events = list[dict]


class ActionListDrafts(Action):
    """Every draft with its versions; the current draft's versions can be chosen by button."""

    def name(self) -> str:
        return "action_list_drafts"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        every = draft_store.list_drafts(tracker.sender_id)
        if not every:
            say(dispatcher, "no_draft", [DRAFT_BUTTON, CRITIQUE_BUTTON])
            return []
        dispatcher.utter_message(text=draft_list(every))
        current = every[-1]
        shown = current.final or current.latest
        say(
            dispatcher,
            "draft_list_current",
            number=shown.number,
            mentor=current.request.mentor.display,
            final=current.final is not None,
        )
        dispatcher.utter_message(text=shown.draft.text)
        buttons = [
            button(f"Choisir la version {v.number}", "finalize_draft", draft_version=v.number)
            for v in current.versions[-4:]
            if v.number != current.final_number
        ]
        say(dispatcher, "draft_list_next", buttons + [DRAFT_BUTTON])
        return []
