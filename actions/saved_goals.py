"""The goals already saved: listed, marked reached, edited (a change typed with its field saved at once), deleted
after a confirmation; and the kinds of mentoring explained."""

from __future__ import annotations

import abc
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.action_items import names_a_done_item
from actions.common import (
    button,
    clear_goal_reference,
    database_errors_told,
    goal_buttons,
    nothing_pending,
    say,
)
from actions.goal_form import checked_change
from actions.goal_summary import at_pending_summary
from actions.goals import NO_GOALS_BUTTONS, goal_from_slots, save_edited
from assistant.coaching.text import joined
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.answers import asks_to_delete, named_fields, pick_goal, read_typed_change, typed_goal
from assistant.goals.catalog import kind_asked_about
from assistant.goals.corrections import moved_deadline
from assistant.goals.model import FIELD_LABELS, GoalFields, GoalRecord
from assistant.goals.render import goal_list, goal_summary, mentoring_kinds_explanation
from assistant.goals.stated import says_not_reached
from assistant.goals.wording import goal_reference
from assistant.practice.thanks import asks_for_thanks
from assistant.progress import store as progress_store
from assistant.progress.answers import read_measure
from assistant.progress.render import progress_line

Events = list[dict[str, Any]]


class ActionListGoals(Action):
    """List the mentee's saved goals with what they can do with them."""

    def name(self) -> str:
        return "action_list_goals"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        records = goal_store.list_goals(tracker.sender_id)
        if not records:
            say(dispatcher, "no_goals", NO_GOALS_BUTTONS)
            return []
        buttons = [button("➕ Nouvel objectif", "clarify_goal")]
        if any(not r.reached for r in records):
            buttons.append(button("✅ Marquer atteint", "mark_goal_reached"))
        buttons += [button("✏️ Modifier", "edit_goal"), button("🗑️ Supprimer", "delete_goal")]
        buttons.insert(1, button("📈 Noter un progrès", "report_progress"))
        history = progress_store.history_by_goal(tracker.sender_id)
        lines = {r.id: progress_line(history.get(r.id, []), read_measure(r.fields.measure)) for r in records}
        dispatcher.utter_message(text=goal_list(records, progress=lines), buttons=buttons)
        return []


class _GoalCommand(Action, abc.ABC):
    """Shared steps of the actions that act on one saved goal: find it, or ask which one."""

    @abc.abstractmethod
    def name(self) -> str:
        """The action's name in the domain."""

    intent = ""
    only_active = False

    def pick(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> GoalRecord | None:
        records = goal_store.list_goals(tracker.sender_id)
        goal, candidates = pick_goal(
            records, tracker.get_slot("goal_id"), tracker.get_slot("goal_number"), only_active=self.only_active
        )
        if goal is None and not (tracker.get_slot("goal_id") or tracker.get_slot("goal_number")):
            goal = typed_goal(candidates, (tracker.latest_message or {}).get("text"))
        if goal is not None:
            return goal
        if not records:
            say(dispatcher, "no_goals", NO_GOALS_BUTTONS)
        elif tracker.get_slot("goal_id") or tracker.get_slot("goal_number"):
            say(dispatcher, "goal_not_found", count=len(records), buttons=goal_buttons(candidates, self.intent))
        elif not candidates:
            say(dispatcher, "all_goals_reached", [button("🎯 Nouvel objectif", "clarify_goal")])
        else:
            say(dispatcher, f"which_goal_{self.intent}", buttons=goal_buttons(candidates, self.intent))
        return None


def _thanks_once_all_reached(tracker: Tracker) -> bool:
    """True when the message asks to thank the mentor and every goal is already reached: the thank-you is meant."""
    if tracker.get_slot("goal_id") or tracker.get_slot("goal_number"):
        return False
    if not asks_for_thanks((tracker.latest_message or {}).get("text") or ""):
        return False
    records = goal_store.list_goals(tracker.sender_id)
    return bool(records) and all(record.reached for record in records)


class ActionMarkGoalReached(_GoalCommand):
    """Mark a goal reached and suggest what to do with the success."""

    intent = "mark_goal_reached"
    only_active = True

    def name(self) -> str:
        return "action_mark_goal_reached"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if _thanks_once_all_reached(tracker):  # « je veux la remercier, j'ai atteint mon objectif » (already marked)
            return [FollowupAction("action_thank_you_note")]
        if says_not_reached((tracker.latest_message or {}).get("text")):  # « je me suis trompée, il n'est pas
            return _reopened(dispatcher, tracker)  # atteint »: back in progress, never « Bravo »
        if not tracker.get_slot("goal_id") and names_a_done_item(tracker):  # « et je me suis inscrite à la formation
            return [FollowupAction("action_mark_action_done")]  # PMP aussi !! »: an action item of the journal, done
        goal = self.pick(dispatcher, tracker)
        if goal is not None:
            goal_store.set_goal_status(tracker.sender_id, goal.id, "reached")
            say(
                dispatcher,
                "goal_reached",
                number=goal.position,
                statement=goal_reference(goal.fields.statement),
                buttons=[button("➕ Un nouvel objectif", "clarify_goal"), button("📋 Mes objectifs", "list_goals")],
            )
        return clear_goal_reference()


def _reopened(dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
    """The goal said not reached after all (the one named, else the one marked reached last) is in progress again."""
    reached = [record for record in goal_store.list_goals(tracker.sender_id) if record.reached]
    named = typed_goal(reached, (tracker.latest_message or {}).get("text"))
    goal = named or max(reached, key=lambda record: record.reached_at or "", default=None)
    if goal is None:
        say(dispatcher, "goal_none_reached", [button("📋 Mes objectifs", "list_goals")])
    else:
        goal_store.set_goal_status(tracker.sender_id, goal.id, "active")
        say(
            dispatcher,
            "goal_reopened",
            [button("📋 Mes objectifs", "list_goals")],
            number=goal.position,
            statement=goal_reference(goal.fields.statement),
        )
    return clear_goal_reference()


class ActionEditGoal(_GoalCommand):
    """Apply a change typed with the request (« l'échéance de l'objectif 2 : le 15 mars »), else ask which field."""

    intent = "edit_goal"

    def name(self) -> str:
        return "action_edit_goal"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        pending = at_pending_summary(dispatcher, tracker, domain)  # « je souhaiterais modifier l'objectif : … » at
        if pending is not None:  # the summary of the goal being written: that goal, never a saved one
            return pending
        goal = self.pick(dispatcher, tracker)
        if goal is None:
            return clear_goal_reference()
        slots = goal.fields.to_slots()
        said = (tracker.latest_message or {}).get("text")
        change = read_typed_change(said) or moved_deadline(said)  # « décaler la date… donc juin 2028 »
        if change is not None:
            checked = checked_change(change, slots, dispatcher, tracker, domain)
            if checked is not None:  # the typed change is valid: saved at once, and shown
                slots[change.field] = checked
                edited = GoalFields.from_slots(slots)
                assert edited is not None  # a saved goal's slots, one changed and checked: all filled
                return [*clear_goal_reference(), *save_edited(dispatcher, tracker.sender_id, goal.id, edited)]
        heading = message("summary_heading_saved", number=goal.position)
        dispatcher.utter_message(text=goal_summary(goal.fields, heading=heading))
        dispatcher.utter_message(response="utter_ask_goal_field")
        return [
            *clear_goal_reference(),
            *(SlotSet(k, v) for k, v in slots.items()),
            SlotSet("editing_goal_id", str(goal.id)),
        ]


class ActionDeleteGoal(_GoalCommand):
    """Ask to confirm the deletion of one saved goal."""

    intent = "delete_goal"

    def name(self) -> str:
        return "action_delete_goal"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        text = (tracker.latest_message or {}).get("text")
        # « l'objectif et la mesure » at the field menu: a correction, never a deletion
        if text and not asks_to_delete(text):
            return [SlotSet("pending_delete_goal_id", None), *_not_a_deletion(dispatcher, tracker, named_fields(text))]
        goal = self.pick(dispatcher, tracker)
        if goal is None:
            return [*clear_goal_reference(), SlotSet("pending_delete_goal_id", None)]
        say(
            dispatcher,
            "confirm_delete",
            number=goal.position,
            statement=goal_reference(goal.fields.statement),
            buttons=[button("Oui, supprimer", "affirm"), button("Non, garder", "deny")],
        )
        return [*clear_goal_reference(), SlotSet("pending_delete_goal_id", str(goal.id))]


def _not_a_deletion(dispatcher: CollectingDispatcher, tracker: Tracker, fields: list[str]) -> Events:
    """A message taken for a deletion that asks for none: the fields it names are opened again in the goal being
    written or edited (the goal form asks only for them); a saved goal is edited; else: modify or delete?"""
    if fields and goal_from_slots(tracker) is not None:
        labels = [FIELD_LABELS[f].lower() for f in fields]
        named = joined(labels)
        say(dispatcher, "correcting_field", field=named)
        return [*(SlotSet(f, None) for f in fields), SlotSet("goal_field", None), FollowupAction("goal_form")]
    if fields:
        return [FollowupAction("action_edit_goal")]
    say(dispatcher, "edit_or_delete", [button("✏️ Modifier", "edit_goal"), button("🗑️ Supprimer", "delete_goal")])
    return clear_goal_reference()


class ActionConfirmDeleteGoal(Action):
    """Delete the goal whose deletion the mentee just confirmed."""

    def name(self) -> str:
        return "action_confirm_delete_goal"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        pending = tracker.get_slot("pending_delete_goal_id")
        if not pending:  # a stray « oui »: not to a deletion
            return [*nothing_pending(dispatcher, tracker), SlotSet("pending_delete_goal_id", None)]
        if not goal_store.delete_goal(tracker.sender_id, int(pending)):
            say(dispatcher, "nothing_pending")
        else:
            say(dispatcher, "goal_deleted", buttons=[button("📋 Mes objectifs", "list_goals")])
        return [SlotSet("pending_delete_goal_id", None)]


class ActionExplainMentoringKinds(Action):
    """Explain the five kinds of mentoring described in the source article."""

    def name(self) -> str:
        return "action_explain_mentoring_kinds"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        text = (tracker.latest_message or {}).get("text")  # « le mentorat inversé, c'est quoi ? »
        named = next(tracker.get_latest_entity_values("mentoring_kind"), None) or kind_asked_about(text)
        dispatcher.utter_message(text=mentoring_kinds_explanation(named))
        return []
