"""Progress on a goal: the form (which goal, where, when, what helped, what blocks), the coach's reaction, and
« où j'en suis ? »."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.action_items import names_a_done_item
from actions.common import (
    AnswerValidation,
    AskSlotAction,
    active_goals,
    answers_only,
    button,
    clear_goal_reference,
    database_errors_told,
    page_link,
    request_day,
    reset,
    say,
    short,
)
from actions.form_leaving import kept_as_answer
from actions.goal_choice import AskGoalChoice, validate_goal_choice
from actions.turn import replay_payload
from assistant.coaching.text import clean, joined, words
from assistant.common.dates import format_date_fr, local_today
from assistant.common.past_dates import parse_past_date
from assistant.goals import store as goal_store
from assistant.goals.model import GoalRecord
from assistant.goals.stated import asks_to_set_a_goal
from assistant.progress import store as progress_store
from assistant.progress.answers import parse_progress, progress_in_request, read_measure
from assistant.progress.chart import chart_svg, points_of, short_title
from assistant.progress.coach import react
from assistant.progress.model import PROGRESS_SLOTS, Amount
from assistant.progress.render import amount_fr, progress_history
from assistant.store import export_links

Events = list[dict[str, Any]]

#: ``progress_goal`` when there is no goal to report on, or the database could not be read: nothing is asked.
NO_GOAL = "aucun"
DATABASE_DOWN = "indisponible"
#: Longest « what helped / what blocks » answer kept.
MAX_ANSWER_CHARS = 1000
REPORT_BUTTON = button("📈 Noter un progrès", "report_progress")


def goal_started(goal: GoalRecord) -> date | None:
    """The day the goal was saved, where its « on track » line starts."""
    return date.fromisoformat(goal.created_at[:10]) if goal.created_at else None


def send_chart(dispatcher: CollectingDispatcher, sender_id: str, goal: GoalRecord, entries: list) -> None:
    """One goal's progress picture as an image message: an expiring link to the page server, the alt text as its
    caption (the widget gives it to the ``<img>`` as ``alt``)."""
    chart = chart_svg(
        goal.fields.statement, points_of(entries), goal.fields.deadline, local_today(), goal_started(goal)
    )
    link = export_links.create_link(sender_id, {"goal_id": goal.id, "svg": chart.svg}, kind=export_links.CHART)
    url = page_link(f"/progression/{link.token}.svg")
    dispatcher.utter_message(
        attachment={"type": "image", "payload": {"src": url, "title": chart.alt, "alt": chart.alt}}
    )


def chosen_goal(tracker: Tracker) -> GoalRecord | None:
    """The saved goal ``progress_goal`` holds, if it is still one of the mentee's goals."""
    value = tracker.get_slot("progress_goal")
    if not value or not str(value).isdigit():
        return None
    return next((g for g in goal_store.list_goals(tracker.sender_id) if g.id == int(value)), None)


def _named_goal(tracker: Tracker, goals: list[GoalRecord]) -> tuple[GoalRecord | None, bool]:
    """The goal the request names (a button's id, « mon objectif 2 »), and whether it named one at all."""
    goal_id = next(tracker.get_latest_entity_values("goal_id"), None)
    number = next(tracker.get_latest_entity_values("goal_number"), None)
    if goal_id is not None:
        return next((g for g in goals if str(g.id) == str(goal_id)), None), True
    if number is not None and str(number).isdigit():
        return next((g for g in goals if g.position == int(number)), None), True
    return None, False


def amount_json(amount: Amount) -> dict[str, Any]:
    """How an amount is kept in the ``progress_value`` slot."""
    return {"percent": amount.percent, "count": amount.count, "step": amount.step}


def _kept_amount(value: Any) -> bool:
    """Whether a ``progress_value`` is already an amount in its JSON form."""
    try:
        kept = json.loads(value) if isinstance(value, str) and value.startswith("{") else None
    except ValueError:
        return False
    return isinstance(kept, dict) and set(kept) == {"percent", "count", "step"}


class ActionStartProgress(Action):
    """Start a progress report, keeping the goal the request names or the only active one."""

    def name(self) -> str:
        return "action_start_progress"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        events = [*reset(PROGRESS_SLOTS), *clear_goal_reference()]
        try:
            goals = active_goals(tracker.sender_id)
        except SQLAlchemyError:
            say(dispatcher, "database_error")
            return [*events, SlotSet("progress_goal", DATABASE_DOWN)]
        if not goals and asks_to_set_a_goal((tracker.latest_message or {}).get("text")):
            return replay_payload(
                "/clarify_goal"
            )  # « enregistrer mon objectif pour suivre mes progrès »: first the goal
        if not goals:
            return [*events, SlotSet("progress_goal", NO_GOAL)]
        goal, named = _named_goal(tracker, goals)
        said = (tracker.latest_message or {}).get("text")
        amounts = (progress_in_request(said, read_measure(g.fields.measure)) for g in goals)
        if not named and not any(amounts) and names_a_done_item(tracker):  # the database last
            return [FollowupAction("action_mark_action_done")]  # « j'ai terminé la réécriture des études de cas »
        if goal is None and len(goals) == 1 and not named:
            goal = goals[0]
        if named and goal is None:
            say(dispatcher, "progress_goal_unknown", count=len(goals))
        if goal is None:
            return events
        say(dispatcher, "progress_goal_kept", statement=goal.fields.statement)
        events.append(SlotSet("progress_goal", str(goal.id)))
        amount = progress_in_request(said, read_measure(goal.fields.measure))  # « 1 sur 2, hier »: not asked again
        if amount is not None:
            events.append(SlotSet("progress_value", json.dumps(amount_json(amount))))
        day = request_day(tracker)
        if day is not None:
            events.append(SlotSet("progress_date", day.isoformat()))
        return events


class ActionAskProgressGoal(AskGoalChoice):
    """« Sur quel objectif avez-vous avancé ? », the active goals as buttons."""

    slot = "progress_goal"

    def mentor(self, tracker: Tracker) -> str:
        return ""


class ActionAskProgressValue(AskSlotAction):
    slot = "progress_value"

    def context(self, tracker: Tracker) -> dict[str, Any]:
        goal = chosen_goal(tracker)
        return {"measure": goal.fields.measure if goal else ""}


class ActionAskProgressDate(AskSlotAction):
    slot = "progress_date"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "Aujourd'hui", "payload": "aujourd'hui"}, {"title": "Hier", "payload": "hier"}]


class ActionAskProgressHelped(AskSlotAction):
    slot = "progress_helped"


class ActionAskProgressBlocked(AskSlotAction):
    slot = "progress_blocked"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "Rien de particulier", "payload": "rien de particulier"}]


def _free_text(value: Any, dispatcher: CollectingDispatcher, slot: str) -> dict[str, Any]:
    answer = clean(str(value))
    if not answer or not words(answer):
        say(dispatcher, "answer_empty")
        return {slot: None}
    if len(answer) > MAX_ANSWER_CHARS:
        say(dispatcher, "progress_too_long")
        return {slot: None}
    return {slot: answer}


class ValidateProgressForm(AnswerValidation):
    """Which goal, where against its measure, when, what helped and what blocks; nothing asked without a goal."""

    def name(self) -> str:
        return "validate_progress_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        """Nothing to ask without a goal: the form ends and the save action says why."""
        return [] if tracker.get_slot("progress_goal") in (NO_GOAL, DATABASE_DOWN) else domain_slots

    @answers_only
    def validate_progress_goal(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A button, « le 2 », or the goal's words; a number naming no goal is told and asked again."""
        chosen = validate_goal_choice("progress_goal", value, dispatcher, tracker)
        if chosen is not None:
            return chosen
        say(dispatcher, "progress_goal_unknown", count=len(active_goals(tracker.sender_id)))
        return {"progress_goal": None}

    @answers_only
    def validate_progress_value(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A number, a percentage or the step reached, read against the goal's measure (an amount the request
        already said, kept by action_start_progress, comes as its JSON)."""
        if _kept_amount(value):
            return {"progress_value": value}
        goal = chosen_goal(tracker)
        measure = read_measure(goal.fields.measure if goal else "")
        parsed = parse_progress(str(value), measure)
        if not parsed.ok:
            key = "answer_empty" if parsed.problem == "empty" else f"progress_value_{parsed.problem}"
            say(dispatcher, key, example=parsed.example or "60 %", measure=measure.text)
            return {"progress_value": None}
        return {"progress_value": json.dumps(amount_json(parsed.value))}

    @answers_only
    def validate_progress_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A day that has passed (or today); a future or unreadable date is told and asked again."""
        parsed = parse_past_date(str(value))
        if parsed.value is None:  # not ok
            key = "answer_empty" if parsed.problem == "empty" else f"progress_date_{parsed.problem}"
            say(dispatcher, key)
            return {"progress_date": None}
        return {"progress_date": parsed.value.isoformat()}

    @answers_only
    def validate_progress_helped(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What helped, in the mentee's words."""
        return _free_text(value, dispatcher, "progress_helped")

    @answers_only
    def validate_progress_blocked(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What blocks, or « rien »."""
        return _free_text(value, dispatcher, "progress_blocked")


class ActionSaveProgress(Action):
    """Save the report and react as a coach: celebrate, re-plan the deadline, bring a blocker to the mentor."""

    def name(self) -> str:
        return "action_save_progress"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        events = reset(PROGRESS_SLOTS)
        if tracker.get_slot("progress_goal") == DATABASE_DOWN:
            return events  # already told when the report started
        goal = chosen_goal(tracker)
        value = tracker.get_slot("progress_value")
        on = tracker.get_slot("progress_date")
        if goal is None or not value or not on:
            say(dispatcher, "progress_no_goal", [button("🎯 Clarifier un objectif", "clarify_goal")])
            return events
        amount = Amount(**json.loads(value))
        earlier = progress_store.list_progress(tracker.sender_id, goal.id)
        entry = progress_store.save_progress(
            tracker.sender_id,
            goal.id,
            amount,
            date.fromisoformat(on),
            tracker.get_slot("progress_helped") or "",
            tracker.get_slot("progress_blocked") or "",
        )
        if entry is None:
            say(dispatcher, "progress_no_goal", [button("🎯 Clarifier un objectif", "clarify_goal")])
            return events
        started = goal_started(goal) or entry.on
        reaction = react(entry, earlier, started, goal.fields.deadline, local_today())
        measure = read_measure(goal.fields.measure)
        say(dispatcher, "progress_saved", statement=short(goal.fields.statement, 80), amount=amount_fr(entry, measure))
        buttons = []
        if reaction.reached:
            buttons.append(button("✅ Marquer l'objectif atteint", "mark_goal_reached", goal_id=goal.id))
        if reaction.replan:
            buttons.append(button("✏️ Revoir l'échéance", "edit_goal", goal_id=goal.id))
        if reaction.blocker:
            buttons.append(button("🗓️ Préparer une rencontre", "prepare_meeting"))
        buttons.append(button("📊 Où j'en suis", "show_progress"))
        keys = reaction.keys
        for index, key in enumerate(keys):
            say(
                dispatcher,
                key,
                buttons if index == len(keys) - 1 else None,
                deadline=format_date_fr(goal.fields.deadline),
            )
        return events


class ActionShowProgress(Action):
    """« Où j'en suis ? »: each active goal with its progress over time."""

    def name(self) -> str:
        return "action_show_progress"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        goals = active_goals(tracker.sender_id)
        if not goals:
            say(dispatcher, "progress_no_goal", [button("🎯 Clarifier un objectif", "clarify_goal")])
            return []
        history = progress_store.history_by_goal(tracker.sender_id)
        parts = [
            f"{g.position}. "
            + progress_history(
                g.fields.statement,
                read_measure(g.fields.measure),
                format_date_fr(g.fields.deadline),
                history.get(g.id, []),
            )
            for g in goals
        ]
        say(dispatcher, "progress_overview", goals="\n".join(parts))
        for goal in goals:
            if history.get(goal.id):
                send_chart(dispatcher, tracker.sender_id, goal, history[goal.id])
        missing = [f"« {short_title(g.fields.statement)} »" for g in goals if not history.get(g.id)]
        closing: list[tuple[str, dict]] = []
        if len(missing) < len(goals):
            closing.append(("progress_chart_hint", {}))
        if len(missing) == len(goals):
            closing.append(("progress_chart_none", {}))
        elif missing:
            titles = joined(missing)
            closing.append(("progress_chart_missing", {"titles": titles, "count": len(missing)}))
        for index, (key, context) in enumerate(closing):
            last = index == len(closing) - 1
            say(dispatcher, key, [REPORT_BUTTON, button("📋 Mes objectifs", "list_goals")] if last else None, **context)
        return []


#: The progress form's questions answered in the mentee's own words.
FREE_ANSWERS = ("progress_helped", "progress_blocked")


class ActionCancelProgress(Action):
    """Leave the progress form; nothing of this report is saved, earlier reports stay."""

    def name(self) -> str:
        return "action_cancel_progress"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        form = (tracker.active_loop or {}).get("name")
        if form == "progress_form":  # « ce qui m'a aidé : préparer l'entretien avec ma mentore »: an answer
            answer = await kept_as_answer(ValidateProgressForm(), FREE_ANSWERS, dispatcher, tracker, domain)
            if answer is not None:
                return answer
        say(dispatcher, "progress_cancelled")
        return [ActiveLoop(None), SlotSet("requested_slot", None), *reset(PROGRESS_SLOTS)]
