"""A message in another language: answered in French, and a task asked in so many English words started."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import say
from assistant.coaching.requests import english_request

Events = list[dict]


class ActionOtherLanguage(Action):
    """A message in another language: the French answer that says so; when it asks for a task in so many English
    words (« I had a mentoring session and I'd like to log it »), a word that the task goes on in French and the
    task's name in ``english_task``, from which the rules start it (data/rules/courtesy.yml)."""

    def name(self) -> str:
        return "action_other_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        task = english_request((tracker.latest_message or {}).get("text"))
        if task is None:
            dispatcher.utter_message(response="utter_other_language")
        else:
            say(dispatcher, "english_understood")
        return [SlotSet(ENGLISH_TASK_SLOT, task)]


#: The slot that tells the rules which task an English message asked for.
ENGLISH_TASK_SLOT = "english_task"
