"""Actions around goals: start, summary, save, cancel, correction, list, reached, edit, delete."""

from __future__ import annotations

import abc
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import (
    SUMMARY_BUTTONS,
    button,
    clear_goal_reference,
    database_errors_told,
    goal_buttons,
    goal_summary_pending,
    replay_payload,
    reset_goal_slots,
    say,
    typed_button,
)
from actions.goal_form import ValidateGoalForm
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.answers import (
    TypedChange,
    asks_another_goal,
    asks_to_delete,
    goal_in_words,
    named_fields,
    pick_goal,
    read_typed_change,
    typed_goal,
)
from assistant.goals.model import FIELD_LABELS, GOAL_FIELDS, GoalFields, GoalRecord
from assistant.goals.render import answer_remarks, goal_list, goal_summary, mentoring_kinds_explanation, written_goal
from assistant.goals.wording import goal_reference, inline
from assistant.progress import store as progress_store
from assistant.progress.answers import read_measure
from assistant.progress.render import progress_line

Events = list[dict[str, Any]]

NO_GOALS_BUTTONS = [button("🎯 Clarifier un objectif", "clarify_goal")]
NEXT_STEP_BUTTONS = [
    button("✉️ Écrire à un mentor", "draft_outreach"),
    button("🗓️ Préparer une rencontre", "prepare_meeting"),
    button("➕ Un autre objectif", "clarify_goal"),
    button("📋 Mes objectifs", "list_goals"),
]


def _goal_from_slots(tracker: Tracker) -> GoalFields | None:
    return GoalFields.from_slots({name: tracker.get_slot(name) for name in GOAL_FIELDS})


class ActionStartGoal(Action):
    """Start a fresh goal (an area named in the same message is offered first by the area question, a goal
    stated in it « j'ai un autre objectif : devenir formatrice » is taken as the statement); while a new goal's
    summary waits to be saved, « je parlais de l'objectif » comes back to it instead of starting over."""

    def name(self) -> str:
        return "action_start_goal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        text = (tracker.latest_message or {}).get("text")
        stated = goal_in_words(text)
        if stated is None and goal_summary_pending(tracker) and not asks_another_goal(text):
            say(dispatcher, "goal_resumed")  # its answers are kept: the form has nothing to ask and shows the summary
            return []
        return _start_goal(dispatcher, stated)


def _start_goal(dispatcher: CollectingDispatcher, stated: str | None) -> Events:
    """Introduce the goal form and clear the goal being written; a goal the mentee stated is its statement."""
    if stated is None:
        say(dispatcher, "goal_intro")
        return reset_goal_slots()
    say(dispatcher, "goal_intro_stated", goal=inline(stated))
    return [*reset_goal_slots(), SlotSet("goal_statement", stated)]


class ActionStartStatedGoal(Action):
    """An answer with no question pending: a goal stated outright (« je voudrais devenir DAF ») starts the
    goal form with it as the statement; a button of the last message typed (« un autre ») is taken; anything else
    gets the menu, as the fallback does (an open action item said done is marked instead: action_check_done_item
    runs first)."""

    def name(self) -> str:
        return "action_start_stated_goal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        goal = goal_in_words((tracker.latest_message or {}).get("text"))
        typed = typed_button(tracker) if goal is None else None  # « un autre » under « ➕ Un autre objectif »
        if typed is not None:
            return replay_payload(typed["payload"])
        if goal is None:
            say(dispatcher, "fallback_menu")
            dispatcher.utter_message(response="utter_menu")
            return [UserUtteranceReverted()]
        return [*_start_goal(dispatcher, goal), FollowupAction("goal_form")]


class ActionShowGoalSummary(Action):
    """Show the SMART summary and ask to save, correct or cancel."""

    def name(self) -> str:
        return "action_show_goal_summary"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        goal = _goal_from_slots(tracker)
        if goal is None:
            say(dispatcher, "nothing_pending")
            return []
        editing = tracker.get_slot("editing_goal_id")
        if editing:  # a saved goal whose field the mentee just corrected: the correction is what they asked for
            return _save_edited(dispatcher, tracker.sender_id, int(editing), goal)
        _confirm_summary(dispatcher, goal, message("summary_heading_new"))
        return []


def _save_edited(dispatcher: CollectingDispatcher, sender_id: str, goal_id: int, goal: GoalFields) -> Events:
    """Save the corrected ``goal`` over the saved goal ``goal_id``, show it and offer next steps."""
    record = goal_store.save_goal(sender_id, written_goal(goal), goal_id)
    dispatcher.utter_message(text=goal_summary(goal, heading=message("summary_heading_edit")))
    say(dispatcher, "goal_updated", NEXT_STEP_BUTTONS, number=record.position)
    return reset_goal_slots()


def _confirm_summary(dispatcher: CollectingDispatcher, goal: GoalFields, heading: str) -> None:
    """The goal's summary (answers written out), what was reformulated by guess, then « Est-ce que je
    l'enregistre ainsi ? » with save / correct / cancel."""
    dispatcher.utter_message(text=goal_summary(goal, heading=heading))
    for remark in answer_remarks(goal):
        dispatcher.utter_message(text=remark)
    say(dispatcher, "confirm_goal", SUMMARY_BUTTONS)


class ActionSaveGoal(Action):
    """Save the goal being written (or update the one being edited) and offer next steps."""

    def name(self) -> str:
        return "action_save_goal"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        goal = _goal_from_slots(tracker)
        if goal is None:
            say(dispatcher, "nothing_pending")
            return []
        editing = tracker.get_slot("editing_goal_id")
        record = goal_store.save_goal(tracker.sender_id, written_goal(goal), int(editing) if editing else None)
        say(dispatcher, "goal_updated" if editing else "goal_saved", NEXT_STEP_BUTTONS, number=record.position)
        return reset_goal_slots()


class ActionCancelGoal(Action):
    """Leave the goal being written and say what is kept: saved goals stay, the draft goes."""

    def name(self) -> str:
        return "action_cancel_goal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        answered = [FIELD_LABELS[n].lower() for n in GOAL_FIELDS if tracker.get_slot(n)]
        try:
            saved = len(goal_store.list_goals(tracker.sender_id))
        except SQLAlchemyError:  # leaving the form must work even when the database does not
            saved = None
        if answered:
            say(dispatcher, "goal_cancelled_draft", answers=", ".join(answered))
        else:
            say(dispatcher, "goal_cancelled_empty")
        if saved:
            say(dispatcher, "saved_goals_kept", count=saved)
        return [ActiveLoop(None), SlotSet("requested_slot", None), *reset_goal_slots()]


class ActionCorrectGoalField(Action):
    """Take the corrected value typed with the field's name, else clear that field; the form asks only for it."""

    def name(self) -> str:
        return "action_correct_goal_field"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        field = tracker.get_slot("goal_field")
        if field not in GOAL_FIELDS:
            dispatcher.utter_message(response="utter_ask_goal_field")
            return [SlotSet("goal_field", None)]
        # The form runs next (by the rules, or here when other words of the request were read as entities too).
        change = read_typed_change((tracker.latest_message or {}).get("text"))
        if change is not None and change.field == field:  # « l'échéance : le 15 mars »: the new value came with it
            slots = {name: tracker.get_slot(name) for name in GOAL_FIELDS}
            checked = _checked_change(change, slots, dispatcher, tracker, domain)
            if checked is not None:  # the form, with nothing left to ask, shows or saves the goal
                return [SlotSet(field, checked), SlotSet("goal_field", None), FollowupAction("goal_form")]
        say(dispatcher, "correcting_field", field=FIELD_LABELS[field].lower())
        return [SlotSet(field, None), SlotSet("goal_field", None), FollowupAction("goal_form")]


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


class ActionMarkGoalReached(_GoalCommand):
    """Mark a goal reached and suggest what to do with the success."""

    intent = "mark_goal_reached"
    only_active = True

    def name(self) -> str:
        return "action_mark_goal_reached"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
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


class ActionEditGoal(_GoalCommand):
    """Apply a change typed with the request (« l'échéance de l'objectif 2 : le 15 mars »), else ask which field."""

    intent = "edit_goal"

    def name(self) -> str:
        return "action_edit_goal"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        goal = self.pick(dispatcher, tracker)
        if goal is None:
            return clear_goal_reference()
        slots = goal.fields.to_slots()
        change = read_typed_change((tracker.latest_message or {}).get("text"))
        if change is not None:
            checked = _checked_change(change, slots, dispatcher, tracker, domain)
            if checked is not None:  # the typed change is valid: saved at once, and shown
                slots[change.field] = checked
                edited = GoalFields.from_slots(slots)
                assert edited is not None  # a saved goal's slots, one changed and checked: all filled
                return [*clear_goal_reference(), *_save_edited(dispatcher, tracker.sender_id, goal.id, edited)]
        heading = message("summary_heading_saved", number=goal.position)
        dispatcher.utter_message(text=goal_summary(goal.fields, heading=heading))
        dispatcher.utter_message(response="utter_ask_goal_field")
        return [
            *clear_goal_reference(),
            *(SlotSet(k, v) for k, v in slots.items()),
            SlotSet("editing_goal_id", str(goal.id)),
        ]


def _checked_change(
    change: TypedChange, slots: dict[str, Any], dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
) -> Any:
    """The new value once the goal form's own check accepts it; None (and the reason said) otherwise."""
    goal_tracker = Tracker(
        tracker.sender_id,
        {**tracker.slots, **slots},
        tracker.latest_message,
        tracker.events,
        tracker.is_paused(),
        tracker.followup_action,
        tracker.active_loop,
        tracker.latest_action_name,
    )
    validate = getattr(ValidateGoalForm(), f"validate_{change.field}")
    return validate(change.value, dispatcher, goal_tracker, domain).get(change.field)


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
    if fields and _goal_from_slots(tracker) is not None:
        labels = [FIELD_LABELS[f].lower() for f in fields]
        named = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " et " + labels[-1]
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
        if not pending or not goal_store.delete_goal(tracker.sender_id, int(pending)):
            say(dispatcher, "nothing_pending")
        else:
            say(dispatcher, "goal_deleted", buttons=[button("📋 Mes objectifs", "list_goals")])
        return [SlotSet("pending_delete_goal_id", None)]


class ActionExplainMentoringKinds(Action):
    """Explain the five kinds of mentoring described in the source article."""

    def name(self) -> str:
        return "action_explain_mentoring_kinds"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        dispatcher.utter_message(text=mentoring_kinds_explanation())
        return []
