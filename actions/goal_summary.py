"""A new goal's summary waiting for « Est-ce que je l'enregistre ainsi ? »: a correction typed at it is applied
(« modifiez l'échéance : fin juin 2027 ») and the summary shown again; a message that is not the answer keeps the
goal waiting instead of losing it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.common import SUMMARY_BUTTONS, goal_summary_pending, say
from actions.goal_form import ValidateGoalForm, shown_value
from assistant.goals.answers import read_form_correction, read_typed_change

Events = list[dict[str, Any]]


def at_pending_summary(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events | None:
    """What to do with a message that no rule understood while a new goal's summary waits: apply a typed
    correction and show the summary again, else say the goal is still waiting; None when no summary waits."""
    if not goal_summary_pending(tracker):
        return None
    text = (tracker.latest_message or {}).get("text")
    change = read_typed_change(text) or read_form_correction(text)
    if change is None:
        say(dispatcher, "confirm_goal_again", SUMMARY_BUTTONS)
        return []
    changed = ValidateGoalForm().validated_change(change, dispatcher, tracker, domain)
    if not changed:  # the form's check said why the value will not do
        say(dispatcher, "goal_still_pending", SUMMARY_BUTTONS)
        return []
    say(dispatcher, "goal_form_corrected", field=change.field, value=shown_value(change.field, changed[0]["value"]))
    return [*changed, FollowupAction("action_show_goal_summary")]
