"""A form left for another task by the rules: whether the message asks for that task, or answers the question after
all (a free answer the classifier read as a task)."""

from __future__ import annotations

from collections.abc import Collection

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.common import with_answer
from assistant.coaching.asides import switch_asked
from assistant.coaching.instructions import instructed_intent
from assistant.coaching.intents import requested_intent


async def kept_as_answer(
    validation: FormValidationAction,
    free: Collection[str],
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict,
) -> list | None:
    """When the rules leave a form for another task the message does not ask for (a free answer read as that task:
    « pour choisir mes horaires » as comparing mentors), the events that keep the form going instead: the answer
    checked as the form would, then the form again; None when the task is asked, or the question wants no free
    answer."""
    message = tracker.latest_message or {}
    text = message.get("text") or ""
    intent = (message.get("intent") or {}).get("name")
    requested = tracker.get_slot("requested_slot")
    form = (tracker.active_loop or {}).get("name")
    if not form or intent == "stop" or requested not in free or text.startswith("/"):
        return None
    if switch_asked(text) or requested_intent(text) is not None or instructed_intent(text) is not None:
        return None  # « en fait je voudrais comparer deux mentors »: the switch is asked
    events = await validation.get_validation_events(dispatcher, with_answer(tracker, requested, text), domain)
    return [*events, FollowupAction(form)]
