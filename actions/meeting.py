"""Meeting preparation: the form's questions and checks, the preparation, its edits, export and debrief."""

from __future__ import annotations

import abc
import os
from datetime import date, datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import (
    AnswerValidation,
    AskSlotAction,
    active_goals,
    button,
    clear_goal_reference,
    database_errors_told,
    say,
    short,
)
from assistant.coaching.text import clean, ordinal_number, words
from assistant.common.dates import format_date_fr
from assistant.common.mentor import Mentor, parse_mentor
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.answers import goal_named
from assistant.goals.model import GoalRecord
from assistant.meetings import questions as question_list
from assistant.meetings import store as preparation_store
from assistant.meetings.answers import parse_first_meeting, parse_format, parse_meeting_time, parse_minutes
from assistant.meetings.model import FORMATS, MeetingDetails, Preparation
from assistant.meetings.preparation import build_preparation, details_from_goals, question_context
from assistant.meetings.render import preparation_markdown, preparation_messages, preparation_questions_text
from assistant.practice.thanks import thank_you_note, thank_you_note_generic

Events = list[dict[str, Any]]

MEETING_SLOTS = (
    "meeting_mentor", "meeting_mentor_role", "meeting_mentor_org", "meeting_when", "meeting_format",
    "meeting_minutes", "meeting_first", "meeting_goals",
)
DEBRIEF_SLOTS = ("debrief_preparation_id", "debrief_notes", "debrief_next_steps", "debrief_next_meeting")
#: Slot value for a meeting whose date is not fixed yet.
NOT_FIXED = "a_fixer"
#: ``debrief_preparation_id`` when the database could not be read: nothing is asked, nothing saved.
DATABASE_DOWN = "indisponible"
#: Answers meaning « no next meeting planned » (folded words).
NO_NEXT_MEETING = {"non", "aucune", "aucun", "pas prevue", "pas prevu", "non pas encore", "rien de prevu", "non merci",
                   "pas pour l'instant", "pas pour le moment", "rien", "nope"}
#: Longest debrief answer kept.
MAX_DEBRIEF_CHARS = 1000
#: Where the page server publishes calendar files (``/calendrier/<token>.ics``).
PAGE_URL_ENV = "MENTORAT_PAGE_URL"

PREPARATION_BUTTONS = [
    button("✏️ Modifier les questions", "edit_questions"),
    button("📄 Exporter", "export_preparation"),
    button("📝 Après la rencontre", "debrief_meeting"),
]
PREPARE_BUTTON = button("🗓️ Préparer une rencontre", "prepare_meeting")


def _mentor_name(tracker: Tracker) -> str:
    return tracker.get_slot("meeting_mentor") or "votre mentor"



def _reset(slots: tuple[str, ...]) -> Events:
    return [SlotSet(name, None) for name in slots]


def _category_buttons() -> list[dict[str, str]]:
    return [
        button(question_list.bank()[key]["label"], "edit_questions", question_category=key)
        for key in question_list.bank()
    ]


def _current_or_tell(dispatcher: CollectingDispatcher, tracker: Tracker) -> Preparation | None:
    """The mentee's current preparation; when there is none, say so and offer to prepare one."""
    current = preparation_store.current_preparation(tracker.sender_id)
    if current is None:
        say(dispatcher, "no_preparation", [PREPARE_BUTTON])
    return current


def _show(dispatcher: CollectingDispatcher, preparation: Preparation, heading_key: str) -> None:
    """The preparation in four bubbles (details, questions, agenda, checklist), then how to go on."""
    for text in preparation_messages(preparation, heading=message(heading_key)):
        dispatcher.utter_message(text=text)
    say(dispatcher, "preparation_next", PREPARATION_BUTTONS)


# --- starting and asking ---------------------------------------------------------------------------

class ActionStartMeeting(Action):
    """Start a fresh preparation, keeping a mentor named in the request and an only goal."""

    def name(self) -> str:
        return "action_start_meeting"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        events = _reset(MEETING_SLOTS)
        say(dispatcher, "meeting_intro")
        person = clean(next(tracker.get_latest_entity_values("PER"), None))
        if person and words(person):
            events.append(SlotSet("meeting_mentor", person[:200]))
            say(dispatcher, "meeting_intro_known", mentor=person)
        try:
            goals = active_goals(tracker.sender_id)
        except SQLAlchemyError:  # the goal is then asked for; saving will tell if the database is down
            goals = []
        if len(goals) == 1:
            events.append(SlotSet("meeting_goals", str(goals[0].id)))
            say(dispatcher, "meeting_goal_kept", statement=short(goals[0].fields.statement, 80))
        return events


class _AskMeetingSlot(AskSlotAction, abc.ABC):
    """A question of the meeting form; it names the mentor once known."""

    def context(self, tracker: Tracker) -> dict[str, Any]:
        return {"mentor": _mentor_name(tracker)}


class ActionAskMeetingMentor(_AskMeetingSlot):
    slot = "meeting_mentor"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        """The mentors of earlier preparations, to pick again in one click."""
        try:
            earlier = preparation_store.list_preparations(tracker.sender_id)
        except SQLAlchemyError:
            return []
        known: dict[str, Mentor] = {}
        for preparation in reversed(earlier):
            mentor = preparation.details.mentor
            if mentor.name and mentor.name not in known:
                known[mentor.name] = mentor
        return [
            {"title": mentor.name, "payload": ", ".join(p for p in (mentor.name, mentor.role) if p)
             + (f" chez {mentor.organisation}" if mentor.organisation else "")}
            for mentor in list(known.values())[:3]
        ]


class ActionAskMeetingWhen(_AskMeetingSlot):
    slot = "meeting_when"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "Pas encore fixée", "payload": "pas encore fixé"}]


class ActionAskMeetingFormat(_AskMeetingSlot):
    slot = "meeting_format"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [button(label, "inform", meeting_format=key) for key, (label, _words) in FORMATS.items()]


class ActionAskMeetingMinutes(_AskMeetingSlot):
    slot = "meeting_minutes"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [button(f"{m} min", "inform", meeting_minutes=m) for m in (20, 30, 45, 60)]


class ActionAskMeetingFirst(_AskMeetingSlot):
    slot = "meeting_first"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [button("Oui, la première", "affirm"), button("Non, un suivi", "deny")]


class ActionAskMeetingGoals(Action):
    """Offer the active goals as buttons, or ask for a topic when there is none."""

    def name(self) -> str:
        return "action_ask_meeting_goals"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        try:
            goals = active_goals(tracker.sender_id)
        except SQLAlchemyError:
            goals = []
        mentor = _mentor_name(tracker)
        if not goals:
            say(dispatcher, "ask_meeting_goals_none", [button("🎯 Clarifier d'abord un objectif", "clarify_goal")],
                mentor=mentor)
            return []
        buttons = [button(f"{g.position}. {short(g.fields.statement, 40)}", "inform", goal_id=g.id) for g in goals[:5]]
        if len(goals) > 1:
            buttons.append(button("Tous mes objectifs", "inform", goal_id="all"))
        say(dispatcher, "ask_meeting_goals", buttons, mentor=mentor)
        return []


# --- checking the answers --------------------------------------------------------------------------

def _problem(dispatcher: CollectingDispatcher, prefix: str, problem: str | None, answer: object = "") -> None:
    key = "answer_empty" if problem == "empty" else f"{prefix}_{problem}"
    say(dispatcher, key, answer=short(str(answer or ""), 60))


class ValidateMeetingForm(AnswerValidation):
    """Reads each answer of the meeting form; explains in French what to change when it cannot."""

    def name(self) -> str:
        return "validate_meeting_form"

    def validate_meeting_mentor(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> dict[str, Any]:
        """Name, role and organisation from « Claire Martin, directrice data chez Doctolib »."""
        if value is None:
            return {"meeting_mentor": None}
        parsed = parse_mentor(value, next(tracker.get_latest_entity_values("PER"), None))
        if not parsed.ok:
            _problem(dispatcher, "meeting_mentor", parsed.problem)
            return {"meeting_mentor": None}
        mentor: Mentor = parsed.value
        name = mentor.name or short(mentor.role, 60)
        role = mentor.role if mentor.name else ""
        return {"meeting_mentor": name, "meeting_mentor_role": role, "meeting_mentor_org": mentor.organisation}

    def validate_meeting_when(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> dict[str, Any]:
        """A date (and time) to come, or « pas encore fixé »; past and impossible dates are questioned."""
        if value is None or value == NOT_FIXED:
            return {"meeting_when": value}
        parsed = parse_meeting_time(value)
        if not parsed.ok:
            _problem(dispatcher, "meeting_when", parsed.problem, value)
            return {"meeting_when": None}
        starts, has_time = parsed.value
        if starts is None:
            return {"meeting_when": NOT_FIXED}
        return {"meeting_when": starts.isoformat(timespec="minutes") if has_time else starts.date().isoformat()}

    def validate_meeting_format(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> dict[str, Any]:
        """Café, visio, téléphone or sur place; a length given in the same answer is kept too."""
        if value is None:
            return {"meeting_format": None}
        key = value if value in FORMATS else parse_format(value)
        if key is None:
            say(dispatcher, "meeting_format_unknown",
                [button(label, "inform", meeting_format=k) for k, (label, _w) in FORMATS.items()])
            return {"meeting_format": None}
        result: dict[str, Any] = {"meeting_format": key}
        minutes = parse_minutes(value)
        if minutes.ok and not tracker.get_slot("meeting_minutes"):
            result["meeting_minutes"] = str(minutes.value)
        return result

    def validate_meeting_minutes(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> dict[str, Any]:
        """Between 15 minutes and 3 hours."""
        if value is None:
            return {"meeting_minutes": None}
        parsed = parse_minutes(str(value))
        if not parsed.ok:
            _problem(dispatcher, "meeting_minutes", parsed.problem)
            return {"meeting_minutes": None}
        return {"meeting_minutes": str(parsed.value)}

    def validate_meeting_first(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> dict[str, Any]:
        """First meeting (expectations to agree on) or follow-up."""
        if value is None or value in ("first", "followup"):
            return {"meeting_first": value}
        parsed = parse_first_meeting(str(value))
        if not parsed.ok:
            say(dispatcher, "meeting_first_unclear", [button("Oui, la première", "affirm"),
                                                       button("Non, un suivi", "deny")])
            return {"meeting_first": None}
        return {"meeting_first": "first" if parsed.value else "followup"}

    def validate_meeting_goals(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> dict[str, Any]:
        """Goal ids from a button, « le 2 », « tous », or a topic of a few words."""
        if value is None:
            return {"meeting_goals": None}
        answer = clean(str(value))
        try:
            goals = active_goals(tracker.sender_id)
        except SQLAlchemyError:
            say(dispatcher, "database_error")
            return {"meeting_goals": None}
        ids = {str(g.id) for g in goals}
        if answer in ids or (answer and all(part in ids for part in answer.split(","))):
            return {"meeting_goals": answer}
        named = goal_named(goals, answer)  # « celui sur la prise de parole », « oui » to the one goal offered
        if named is not None:
            return {"meeting_goals": str(named.id)}
        folded = " ".join(words(answer))
        if goals and (answer == "all" or folded in ("tous", "tout", "les deux", "tous mes objectifs", "les trois")):
            return {"meeting_goals": ",".join(str(g.id) for g in goals)}
        number = ordinal_number(folded)
        if number is not None:
            chosen = next((g for g in goals if g.position == number), None)
            if chosen:
                return {"meeting_goals": str(chosen.id)}
            say(dispatcher, "meeting_goals_unknown")
            return {"meeting_goals": None}
        if answer.isdigit() or answer == "all":  # a stale button
            say(dispatcher, "meeting_goals_unknown")
            return {"meeting_goals": None}
        if len(words(answer)) < 2 or len(answer) > 300:
            say(dispatcher, "meeting_topic_short" if len(answer) <= 300 else "meeting_topic_too_long")
            return {"meeting_goals": None}
        return {"meeting_goals": f"sujet:{answer}"}


# --- the preparation ---------------------------------------------------------------------------------

def _details_from_slots(tracker: Tracker, goals: list[GoalRecord]) -> MeetingDetails:
    when = tracker.get_slot("meeting_when")
    starts = None if when in (None, NOT_FIXED) else datetime.fromisoformat(when)
    chosen_value = tracker.get_slot("meeting_goals") or ""
    topic = chosen_value.removeprefix("sujet:") if chosen_value.startswith("sujet:") else ""
    wanted = set(chosen_value.split(",")) if not topic else set()
    chosen = [g for g in goals if str(g.id) in wanted]
    mentor = Mentor(tracker.get_slot("meeting_mentor") or "", tracker.get_slot("meeting_mentor_role") or "",
                    tracker.get_slot("meeting_mentor_org") or "")
    return details_from_goals(
        mentor=mentor,
        starts_at=starts,
        has_time=bool(when and "T" in when),
        meeting_format=tracker.get_slot("meeting_format"),
        minutes=int(tracker.get_slot("meeting_minutes")),
        first=tracker.get_slot("meeting_first") == "first",
        goals=chosen,
        topic=topic,
    )


class ActionCreatePreparation(Action):
    """Build the questions, agenda and checklist from the form's answers, save them and show them."""

    def name(self) -> str:
        return "action_create_preparation"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if any(tracker.get_slot(s) is None for s in ("meeting_mentor", "meeting_when", "meeting_format",
                                                      "meeting_minutes", "meeting_first", "meeting_goals")):
            say(dispatcher, "nothing_pending")
            return []
        details = _details_from_slots(tracker, goal_store.list_goals(tracker.sender_id))
        saved = preparation_store.save_preparation(tracker.sender_id, build_preparation(details))
        _show(dispatcher, saved, "preparation_heading_new")
        return [*_reset(MEETING_SLOTS), *clear_goal_reference()]


class ActionShowPreparation(Action):
    """Show the current preparation again, in this or a later conversation."""

    def name(self) -> str:
        return "action_show_preparation"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        every = preparation_store.list_preparations(tracker.sender_id)  # read once: the current one and the count
        current = preparation_store.current_of(every)
        if current is None:
            say(dispatcher, "no_preparation", [PREPARE_BUTTON])
            return []
        _show(dispatcher, current, "preparation_heading_again")
        if len(every) > 1:
            say(dispatcher, "preparation_other_count", count=len(every) - 1)
        return []


class ActionEditQuestions(Action):
    """Remove, move or add a question, or add more on a category; the new list is saved and shown."""

    #: The message that confirms each kind of edit.
    DONE = {"remove": "edit_removed", "move": "edit_moved", "add": "edit_added_own", "more": "edit_added_more"}

    def name(self) -> str:
        return "action_edit_questions"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        current = _current_or_tell(dispatcher, tracker)
        if current is None:
            return []
        items = list(current.questions)
        category = next(tracker.get_latest_entity_values("question_category"), None)
        request = (question_list.EditRequest("more", category=category) if category in question_list.bank()
                   else question_list.read_edit_request(tracker.latest_message.get("text"), len(items)))
        if request.kind == "unknown":
            say(dispatcher, "edit_how", _category_buttons())
            return []
        if request.kind == "add_ask":
            say(dispatcher, "edit_ask_text")
            return []
        if request.kind == "several":
            say(dispatcher, "edit_one_at_a_time")
            return []
        edit = question_list.apply_request(request, items, question_context(current.details), current.details.first)
        label = question_list.category_label(request.category) if request.category else ""
        if not edit.ok:
            key = f"question_{edit.problem}" if edit.problem in ("empty", "too_long") else f"edit_{edit.problem}"
            say(dispatcher, key, count=len(items), limit=question_list.MAX_QUESTIONS, label=label)
            return []
        updated = preparation_store.replace_questions(tracker.sender_id, current.id, edit.questions)
        if updated is None:  # erased meanwhile
            say(dispatcher, "no_preparation", [PREPARE_BUTTON])
            return []
        say(dispatcher, self.DONE[request.kind], text=short(edit.detail, 80), position=edit.position,
            count=len(edit.added), label=label)
        dispatcher.utter_message(text=preparation_questions_text(updated), buttons=PREPARATION_BUTTONS)
        return []


class ActionExportPreparation(Action):
    """The preparation as Markdown in the chat, and a link to its calendar file."""

    def name(self) -> str:
        return "action_export_preparation"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        current = _current_or_tell(dispatcher, tracker)
        if current is None:
            return []
        say(dispatcher, "export_markdown")
        # Blank lines would split the message into several bubbles in the widget.
        markdown = "\n".join(line for line in preparation_markdown(current).splitlines() if line.strip())
        dispatcher.utter_message(text=f"```\n{markdown}\n```")
        if current.details.starts_at is None:
            say(dispatcher, "export_no_date")
        else:
            base = os.environ.get(PAGE_URL_ENV, "http://localhost:8080").rstrip("/")
            say(dispatcher, "export_calendar", url=f"{base}/calendrier/{current.token}.ics")
        return []


class ActionCancelMeeting(Action):
    """Leave the meeting or debrief form; nothing of it is saved, earlier work stays."""

    def name(self) -> str:
        return "action_cancel_meeting"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        try:
            sender = tracker.sender_id
            kept = bool(preparation_store.list_preparations(sender) or goal_store.list_goals(sender))
        except SQLAlchemyError:  # leaving must work even when the database does not
            kept = False
        say(dispatcher, "meeting_cancelled", kept=kept)
        return [ActiveLoop(None), SlotSet("requested_slot", None), *_reset(MEETING_SLOTS), *_reset(DEBRIEF_SLOTS)]


# --- after the meeting -------------------------------------------------------------------------------

class ActionStartDebrief(Action):
    """Start the debrief of the current preparation (the form asks nothing when there is none)."""

    def name(self) -> str:
        return "action_start_debrief"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        try:
            current = preparation_store.current_preparation(tracker.sender_id)
        except SQLAlchemyError:  # the form then asks nothing; say why instead of "no preparation"
            say(dispatcher, "database_error")
            return [*_reset(DEBRIEF_SLOTS), SlotSet("debrief_preparation_id", DATABASE_DOWN)]
        events = _reset(DEBRIEF_SLOTS)
        if current is not None:
            events.append(SlotSet("debrief_preparation_id", str(current.id)))
            events.append(SlotSet("meeting_mentor", current.details.mentor.display))
            say(dispatcher, "debrief_intro", mentor=current.details.mentor.display)
        return events


class ActionAskDebriefNotes(_AskMeetingSlot):
    slot = "debrief_notes"


class ActionAskDebriefNextSteps(_AskMeetingSlot):
    slot = "debrief_next_steps"


class ActionAskDebriefNextMeeting(_AskMeetingSlot):
    slot = "debrief_next_meeting"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "Pas encore", "payload": "pas encore fixé"}]


def _free_text(value: Any, dispatcher: CollectingDispatcher, slot: str) -> dict[str, Any]:
    answer = clean(value)
    if not answer or not words(answer):
        say(dispatcher, "answer_empty")
        return {slot: None}
    if len(answer) > MAX_DEBRIEF_CHARS:
        say(dispatcher, "debrief_too_long")
        return {slot: None}
    return {slot: answer}


class ValidateDebriefForm(AnswerValidation):
    """Notes, next steps and the next date; no questions when there is no preparation to attach them to."""

    def name(self) -> str:
        return "validate_debrief_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> list[str]:
        """Nothing to ask without a preparation: the form ends and the save action says why."""
        preparation_id = tracker.get_slot("debrief_preparation_id")
        return domain_slots if preparation_id and preparation_id != DATABASE_DOWN else []

    def validate_debrief_notes(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> dict[str, Any]:
        """What the mentee took away, in their words."""
        return {"debrief_notes": None} if value is None else _free_text(value, dispatcher, "debrief_notes")

    def validate_debrief_next_steps(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> dict[str, Any]:
        """What was agreed to do next."""
        return {"debrief_next_steps": None} if value is None else _free_text(value, dispatcher, "debrief_next_steps")

    def validate_debrief_next_meeting(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                      domain: DomainDict) -> dict[str, Any]:
        """A date to come, or « pas encore » / « non »; a bare « oui » asks for the date."""
        if value is None or value == NOT_FIXED:
            return {"debrief_next_meeting": value}
        answer = " ".join(words(str(value)))
        if answer in NO_NEXT_MEETING:
            return {"debrief_next_meeting": NOT_FIXED}
        if answer in ("oui", "oui oui", "ouais", "bien sur", "oui c'est prevu"):
            say(dispatcher, "debrief_next_meeting_when")
            return {"debrief_next_meeting": None}
        parsed = parse_meeting_time(value)
        if not parsed.ok:
            key = "debrief_next_meeting_past" if parsed.problem == "past" else f"meeting_when_{parsed.problem}"
            say(dispatcher, "answer_empty" if parsed.problem == "empty" else key, answer=short(str(value), 60))
            return {"debrief_next_meeting": None}
        starts, _has_time = parsed.value
        return {"debrief_next_meeting": starts.date().isoformat() if starts else NOT_FIXED}


class ActionSaveDebrief(Action):
    """Save the debrief with its preparation and offer a thank-you message for the mentor."""

    def name(self) -> str:
        return "action_save_debrief"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        preparation_id = tracker.get_slot("debrief_preparation_id")
        if preparation_id == DATABASE_DOWN:
            return _reset(DEBRIEF_SLOTS)  # already told when the debrief started
        if not preparation_id:
            say(dispatcher, "debrief_no_preparation")
            dispatcher.utter_message(text=thank_you_note_generic(), buttons=[PREPARE_BUTTON])
            return _reset(DEBRIEF_SLOTS)
        next_value = tracker.get_slot("debrief_next_meeting")
        next_meeting = date.fromisoformat(next_value) if next_value and next_value != NOT_FIXED else None
        saved = preparation_store.save_debrief(
            tracker.sender_id, int(preparation_id), tracker.get_slot("debrief_notes") or "",
            tracker.get_slot("debrief_next_steps") or "", next_meeting,
        )
        if saved is None:
            say(dispatcher, "debrief_no_preparation", [PREPARE_BUTTON])
            return _reset(DEBRIEF_SLOTS)
        say(dispatcher, "debrief_saved", next_meeting=format_date_fr(next_meeting) if next_meeting else "")
        say(dispatcher, "thank_you_intro")
        dispatcher.utter_message(
            text=thank_you_note(saved),
            buttons=[PREPARE_BUTTON, button("✅ Objectif atteint", "mark_goal_reached"),
                     button("📋 Mes objectifs", "list_goals")],
        )
        return [*_reset(DEBRIEF_SLOTS), SlotSet("meeting_mentor", None)]
