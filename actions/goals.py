"""Actions around goals: start, summary, save, cancel, correction, list, reached, edit, delete."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.action_items import names_a_done_item
from actions.common import (
    SUMMARY_BUTTONS,
    button,
    database_errors_told,
    goal_summary_pending,
    nothing_pending,
    reset_goal_slots,
    say,
)
from actions.draft_requests import revision_typed
from actions.form_leaving import kept_as_answer
from actions.goal_form import ValidateGoalForm, checked_change
from actions.goal_summary import applied_correction, at_pending_summary
from actions.meeting_preparation import question_edit_typed
from actions.turn import replay_payload, typed_button
from assistant.coaching.asides import mentor_already
from assistant.coaching.text import fold
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.answers import asks_to_delete, read_typed_change
from assistant.goals.model import FIELD_LABELS, GOAL_FIELDS, TEXT_FIELDS, GoalFields
from assistant.goals.render import answer_remarks, goal_summary, written_goal
from assistant.goals.stated import asks_another_goal, asks_to_set_a_goal, goal_in_words
from assistant.goals.wording import inline
from assistant.meetings import store as preparation_store

Events = list[dict[str, Any]]

NO_GOALS_BUTTONS = [button("🎯 Clarifier un objectif", "clarify_goal")]
MENTORED_BUTTONS = [
    button("🎯 Fixer mon objectif", "clarify_goal"),
    button("🗓️ Préparer la prochaine rencontre", "prepare_meeting"),
    button("📝 Noter une rencontre", "debrief_meeting"),
    button("🤝 Faire le point sur la relation", "relationship_checkin"),
]
NEXT_STEP_BUTTONS = [
    button("✉️ Écrire à un mentor", "draft_outreach"),
    button("🗓️ Préparer une rencontre", "prepare_meeting"),
    button("➕ Un autre objectif", "clarify_goal"),
    button("📋 Mes objectifs", "list_goals"),
]


def goal_from_slots(tracker: Tracker) -> GoalFields | None:
    return GoalFields.from_slots({name: tracker.get_slot(name) for name in GOAL_FIELDS})


class ActionStartGoal(Action):
    """Start a fresh goal (an area named in the same message is offered first by the area question, a goal
    stated in it « j'ai un autre objectif : devenir formatrice » is taken as the statement); while a new goal's
    summary waits to be saved, « je parlais de l'objectif » comes back to it instead of starting over."""

    def name(self) -> str:
        return "action_start_goal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        text = (tracker.latest_message or {}).get("text")
        stated = goal_in_words(text, inside=True)  # « je suis en logistique et je voudrais devenir … »
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
        if revision_typed(tracker):  # « proposez un appel de 30 minutes plutôt qu'une visio » under a draft
            return [FollowupAction("action_revise_draft")]
        if question_edit_typed(tracker):  # « la 6 aussi, vire-la » under a preparation
            return [FollowupAction("action_edit_questions")]
        pending = at_pending_summary(dispatcher, tracker, domain)  # « dans un an, pas 6 mois » at a goal's summary
        if pending is not None:
            return pending
        goal = goal_in_words((tracker.latest_message or {}).get("text"), inside=True)  # « je bosse en X et je veux … »
        typed = typed_button(tracker) if goal is None else None  # « un autre » under « ➕ Un autre objectif »
        if typed is not None:
            return replay_payload(typed["payload"])
        if goal is None and asks_to_set_a_goal((tracker.latest_message or {}).get("text")):  # « je veux un objectif »
            return replay_payload("/clarify_goal")
        if goal is None:
            return _mentored_or_menu(dispatcher, tracker)
        return [*_start_goal(dispatcher, goal), FollowupAction("goal_form")]


def _mentored_or_menu(dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
    """The tasks of a mentored mentee when the message says a mentor is there already; else the menu."""
    if _mentored(dispatcher, tracker):
        return []
    say(dispatcher, "fallback_menu")
    dispatcher.utter_message(response="utter_menu")
    return [UserUtteranceReverted()]


def _mentored(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """« j'ai déjà une mentore, Hélène Dumas »: the help that fits is said (the tasks of a relationship); False when
    the message says no such thing."""
    message = tracker.latest_message or {}
    mentor = mentor_already(message.get("text"))
    if mentor is None:
        return False
    name = next((e["value"] for e in message.get("entities") or [] if e.get("entity") == "PER"), None)
    say(dispatcher, "intro_with_mentor", MENTORED_BUTTONS, mentor=f"{mentor}, {name}" if name else mentor)
    return True


class ActionChitchat(Action):
    """Small talk, or a mentee who says who they are before what they want (« Je suis agent immobilier, je veux
    monter ma propre agence. »): the wish starts the goal form as its statement; anything else is answered as small
    talk, with the three tasks offered."""

    def name(self) -> str:
        return "action_chitchat"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if question_edit_typed(tracker):  # « remplace la 2 par : … » under a preparation
            return [FollowupAction("action_edit_questions")]
        if names_a_done_item(tracker):  # « j'ai fini de démarcher les 10 caves et bars »: an action item, done
            return [FollowupAction("action_mark_action_done")]
        goal = goal_in_words((tracker.latest_message or {}).get("text"), inside=True)
        if goal is None and _mentored(dispatcher, tracker):  # « je suis kiné, et j'ai déjà une mentore »
            return []
        if goal is None:
            dispatcher.utter_message(response="utter_chitchat")
            return []
        return [*_start_goal(dispatcher, goal), FollowupAction("goal_form")]


class ActionShowGoalSummary(Action):
    """Show the SMART summary and ask to save, correct or cancel."""

    def name(self) -> str:
        return "action_show_goal_summary"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        goal = goal_from_slots(tracker)
        if goal is None:
            say(dispatcher, "nothing_pending")
            return []
        editing = tracker.get_slot("editing_goal_id")
        if editing:  # a saved goal whose field the mentee just corrected: the correction is what they asked for
            return save_edited(dispatcher, tracker.sender_id, int(editing), goal)
        said = {e.get("text") for e in tracker.events if e.get("event") == "bot"}
        _confirm_summary(dispatcher, goal, message("summary_heading_new"), said)
        return [SlotSet("goal_field", None)]  # no field pending: « Corriger un élément » asks which


def save_edited(dispatcher: CollectingDispatcher, sender_id: str, goal_id: int, goal: GoalFields) -> Events:
    """Save the corrected ``goal`` over the saved goal ``goal_id``, show it and offer next steps."""
    record = goal_store.save_goal(sender_id, written_goal(goal), goal_id)
    dispatcher.utter_message(text=goal_summary(goal, heading=message("summary_heading_edit")))
    say(dispatcher, "goal_updated", NEXT_STEP_BUTTONS, number=record.position)
    return reset_goal_slots()


def _confirm_summary(
    dispatcher: CollectingDispatcher, goal: GoalFields, heading: str, said: set[str | None] | None = None
) -> None:
    """The goal's summary (answers written out), what was reformulated by guess or not recognised (unless ``said``
    already in the conversation: a summary shown again does not repeat it), then « Est-ce que je l'enregistre
    ainsi ? » with save / correct / cancel."""
    dispatcher.utter_message(text=goal_summary(goal, heading=heading))
    for remark in answer_remarks(goal):
        if remark not in (said or set()):
            dispatcher.utter_message(text=remark)
    say(dispatcher, "confirm_goal", SUMMARY_BUTTONS)


class ActionSaveGoal(Action):
    """Save the goal being written (or update the one being edited) and offer next steps."""

    def name(self) -> str:
        return "action_save_goal"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        goal = goal_from_slots(tracker)
        if goal is None:  # « oui » to « On en clarifie un ensemble ? » is no save
            return nothing_pending(dispatcher, tracker)
        editing = tracker.get_slot("editing_goal_id")
        record = goal_store.save_goal(tracker.sender_id, written_goal(goal), int(editing) if editing else None)
        say(dispatcher, "goal_updated" if editing else "goal_saved", NEXT_STEP_BUTTONS, number=record.position)
        return reset_goal_slots()


class ActionCancelGoal(Action):
    """Leave the goal being written and say what is kept: saved goals stay, the draft goes."""

    def name(self) -> str:
        return "action_cancel_goal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        kept = await kept_as_answer(ValidateGoalForm(), (*TEXT_FIELDS, "goal_deadline"), dispatcher, tracker, domain)
        if kept is not None:  # « pour choisir mes horaires » read as comparing mentors: the reason, not a switch
            return kept
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
        # the field this message names; a bare « ✏️ Corriger un élément » names none, whatever an earlier one left
        text = (tracker.latest_message or {}).get("text") or ""
        named = next(tracker.get_latest_entity_values("goal_field"), None)
        field = named or (None if text.startswith("/") else tracker.get_slot("goal_field"))
        writing = tracker.get_slot("editing_goal_id") or any(tracker.get_slot(name) for name in GOAL_FIELDS)
        if not writing:  # no goal in the works: « change la date : vendredi 9h » is about a meeting or a saved goal
            return [SlotSet("goal_field", None), FollowupAction(_not_a_goal_in_the_works(tracker))]
        if field not in GOAL_FIELDS:
            changed = applied_correction(dispatcher, tracker, domain)  # « non, dans un an, pas 6 mois »
            if changed:
                return [*changed, SlotSet("goal_field", None), FollowupAction("goal_form")]
            dispatcher.utter_message(response="utter_ask_goal_field")
            return [SlotSet("goal_field", None)]
        # The form runs next (by the rules, or here when other words of the request were read as entities too).
        change = read_typed_change((tracker.latest_message or {}).get("text"))
        if change is not None and change.field == field:  # « l'échéance : le 15 mars »: the new value came with it
            slots = {name: tracker.get_slot(name) for name in GOAL_FIELDS}
            checked = checked_change(change, slots, dispatcher, tracker, domain)
            if checked is not None:  # the form, with nothing left to ask, shows or saves the goal
                return [SlotSet(field, checked), SlotSet("goal_field", None), FollowupAction("goal_form")]
        say(dispatcher, "correcting_field", field=FIELD_LABELS[field].lower())
        return [SlotSet(field, None), SlotSet("goal_field", None), FollowupAction("goal_form")]


def _not_a_goal_in_the_works(tracker: Tracker) -> str:
    """What a correction means when no goal is being written: the meeting prepared, when one is coming and the
    message speaks of a meeting or a time, else a saved goal (its edit)."""
    text = fold((tracker.latest_message or {}).get("text") or "")
    if asks_to_delete(text):  # « delete le goal 2 en fait » read as a correction: the deletion asked
        return "action_delete_goal"
    try:
        current = preparation_store.current_preparation(tracker.sender_id)
    except SQLAlchemyError:
        current = None
    about_a_meeting = re.search(r"\b(?:rencontre|rendez-vous|rdv|reunion|visio|cafe|appel|\d{1,2}h(?:\d{2})?)\b", text)
    return (
        "action_change_meeting"
        if current is not None and current.status != "done" and about_a_meeting
        else ("action_edit_goal")
    )
