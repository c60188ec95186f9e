"""Meeting preparation, the preparation: building it from the form, showing it again, editing its questions,
exporting it, leaving."""

from __future__ import annotations

import dataclasses
import os
import re
from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import button, clear_goal_reference, database_errors_told, reset, say
from actions.draft_requests import DRAFT_SHOWN, THANK_YOU_SHOWN
from actions.form_leaving import kept_as_answer
from actions.goal_choice import TOPIC
from actions.meeting_form import DEBRIEF_SLOTS, MEETING_SLOTS, NOT_FIXED, ValidateMeetingForm
from actions.turn import (
    action_before_fallbacks,
    last_buttons,
    previous_action,
    replay_payload,
    said_before,
    typed_button,
)
from assistant.coaching.instructions import instructed_intent
from assistant.coaching.text import fold
from assistant.coaching.yes_no import NUMBER_ALONE
from assistant.common.mentor import Mentor
from assistant.common.templating import message
from assistant.common.tone import parse_tone
from assistant.goals import store as goal_store
from assistant.goals.model import GoalRecord
from assistant.goals.wording import inline
from assistant.journal import store as journal_store
from assistant.journal.answers import added_items, same_mentor
from assistant.journal.model import ActionRecord
from assistant.journal.render import followup_question, since_last_meeting
from assistant.meetings import edit_requests
from assistant.meetings import questions as question_list
from assistant.meetings import store as preparation_store
from assistant.meetings.model import MeetingDetails, Preparation
from assistant.meetings.preparation import build_preparation, details_from_goals, question_context
from assistant.meetings.questions import Question
from assistant.meetings.render import (
    main_questions,
    preparation_markdown,
    preparation_messages,
    preparation_questions_text,
)
from assistant.mentor_tone import tone_for

Events = list[dict[str, Any]]

#: Where the page server publishes calendar files (``/calendrier/<token>.ics``).
PAGE_URL_ENV = "MENTORAT_PAGE_URL"

PREPARATION_BUTTONS = [
    button("✏️ Modifier les questions", "edit_questions"),
    button("📄 Exporter", "export_preparation"),
    button("📝 Après la rencontre", "debrief_meeting"),
]
PREPARE_BUTTON = button("🗓️ Préparer une rencontre", "prepare_meeting")


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


def _show(
    dispatcher: CollectingDispatcher, preparation: Preparation, heading_key: str, tone_note: bool = False
) -> None:
    """The preparation in four bubbles (details, questions, agenda, checklist), then how to go on; with ``tone_note``
    and questions in « tu », why they are (the tone last used with this mentor) and how to go back to « vous »."""
    for text in preparation_messages(preparation, heading=message(heading_key)):
        dispatcher.utter_message(text=text)
    if tone_note and preparation.tone == "tu":
        say(dispatcher, "preparation_tone_default", mentor=preparation.details.mentor.display)
    say(dispatcher, "preparation_next", PREPARATION_BUTTONS)


# --- the preparation ---------------------------------------------------------------------------------


def _details_from_slots(tracker: Tracker, goals: list[GoalRecord]) -> MeetingDetails:
    when = tracker.get_slot("meeting_when")
    starts = None if when in (None, NOT_FIXED) else datetime.fromisoformat(when)
    chosen_value = tracker.get_slot("meeting_goals") or ""
    topic = chosen_value.removeprefix(TOPIC) if chosen_value.startswith(TOPIC) else ""
    wanted = set(chosen_value.split(",")) if not topic else set()
    chosen = [g for g in goals if str(g.id) in wanted]
    details = details_from_goals(
        mentor=Mentor.from_slots(tracker.slots, "meeting_mentor"),
        starts_at=starts,
        has_time=bool(when and "T" in when),
        meeting_format=tracker.get_slot("meeting_format"),
        minutes=int(tracker.get_slot("meeting_minutes")),
        first=tracker.get_slot("meeting_first") == "first",
        goals=chosen,
        topic=topic,
    )
    # Goals saved before answers were written out, and typed topics, are written out here.
    return dataclasses.replace(details, subject=inline(details.subject), measure=inline(details.measure))


def _since_last_meeting(dispatcher: CollectingDispatcher, sender_id: str, mentor: str) -> list[ActionRecord]:
    """Start a preparation with a mentor met before from what was agreed last time and is not done yet; returns
    those open action items."""
    entries = [e for e in journal_store.list_entries(sender_id) if same_mentor(e.mentor, mentor)]
    if not entries:
        return []
    items = [a for a in journal_store.open_actions(sender_id) if same_mentor(a.mentor, mentor)]
    last = entries[-1]
    if items or last.advice:
        dispatcher.utter_message(text=since_last_meeting(mentor, last.met_on, items, last.advice))
    return items


class ActionCreatePreparation(Action):
    """Build the questions, agenda and checklist from the form's answers, save them and show them."""

    def name(self) -> str:
        return "action_create_preparation"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if any(
            tracker.get_slot(s) is None
            for s in (
                "meeting_mentor",
                "meeting_when",
                "meeting_format",
                "meeting_minutes",
                "meeting_first",
                "meeting_goals",
            )
        ):
            say(dispatcher, "nothing_pending")
            return []
        details = _details_from_slots(tracker, goal_store.list_goals(tracker.sender_id))
        items = _since_last_meeting(dispatcher, tracker.sender_id, details.mentor.display)
        preparation = build_preparation(details)
        if items:  # follow-up questions on what was agreed last time come first
            followups = tuple(Question(followup_question(item.text), "progres", "followup") for item in items[:2])
            questions = (followups + preparation.questions)[: question_list.MAX_QUESTIONS]
            preparation = dataclasses.replace(preparation, questions=questions)
        preparation = dataclasses.replace(preparation, tone=tone_for(tracker.sender_id, details.mentor.name))
        saved = preparation_store.save_preparation(tracker.sender_id, preparation)
        _show(dispatcher, saved, "preparation_heading_new", tone_note=True)
        return [*reset(MEETING_SLOTS), *clear_goal_reference()]


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


def _question_named(tracker: Tracker, questions: list[Question]) -> int:
    """The number of the one question the assistant's last reply quoted (« … est maintenant la n° 1 »), or 0 when it
    quoted none, or the whole list."""
    quoted = [
        {number for number, q in enumerate(questions, 1) if q.text in said} for said in said_before(tracker.events)
    ]
    return next((numbers.pop() for numbers in quoted if len(numbers) == 1), 0)


#: The actions that end by showing a preparation or its questions.
PREPARATION_SHOWN = {
    "action_create_preparation",
    "action_show_preparation",
    "action_edit_questions",
    "action_export_preparation",
    "action_change_meeting",
}
#: What a typed change of the questions can ask, said in so many words (« vire la 4 », « remplace-la par : … »).
TYPED_EDITS = {"remove", "remove_several", "move", "add", "replace", "replace_ask", "several"}


#: The preparation named in a request for a tone (« tutoie les questions », « passe la préparation au tu »; folded).
_PREPARATION_NAMED = re.compile(r"\b(?:questions?|preparation|prepa)\b")


def tone_asked_for_preparation(tracker: Tracker) -> bool:
    """Whether the latest message asks for « tu » or « vous » in the preparation: it names the questions, or it is
    typed under the preparation shown (« on se tutoie avec elle »)."""
    text = (tracker.latest_message or {}).get("text") or ""
    if text.startswith("/") or instructed_intent(text) != "revise_draft":
        return False
    return previous_action(tracker.events) in PREPARATION_SHOWN or bool(_PREPARATION_NAMED.search(fold(text)))


def _tone_asked(text: str, count: int) -> str | None:
    """``tu`` or ``vous`` when a message to change the questions asks for a tone and no edit (« tutoie-les »)."""
    if text.startswith("/") or instructed_intent(text) != "revise_draft":
        return None
    if edit_requests.read_edit_request(text, count).kind != "unknown":  # « ajoute : on peut se tutoyer ? »
        return None
    return parse_tone(text) or "tu"


def _change_tone(dispatcher: CollectingDispatcher, sender_id: str, current: Preparation, tone: str) -> Events:
    """Put the questions in ``tone``, save it with the preparation and show them again."""
    mentor, tu = current.details.mentor.display, tone == "tu"
    if tone == current.tone:
        say(dispatcher, "preparation_tone_already", mentor=mentor, tu=tu)
        return []
    updated = preparation_store.set_tone(sender_id, current.id, tone)
    if updated is None:  # erased meanwhile
        say(dispatcher, "no_preparation", [PREPARE_BUTTON])
        return []
    own = any(q.origin == "mentee" for q in updated.questions)
    say(dispatcher, "preparation_tone_changed", mentor=mentor, tu=tu, own=own)
    dispatcher.utter_message(text=preparation_questions_text(updated), buttons=PREPARATION_BUTTONS)
    return []


def question_edit_typed(tracker: Tracker) -> bool:
    """Whether the latest message, right after a preparation was shown, asks to change its questions in words the
    classifier read as something else (« remplace-la par : quelles compétences … ? » looks like a question)."""
    text = (tracker.latest_message or {}).get("text") or ""
    if text.startswith("/") or previous_action(tracker.events) not in PREPARATION_SHOWN:
        return False
    return edit_requests.read_edit_request(text, question_list.MAX_QUESTIONS).kind in TYPED_EDITS


#: « une action », « l'action » named in a request to add: the agreed actions, not the prepared questions (folded).
_AN_ACTION = re.compile(r"\b(?:une|l'|cette|les|des|d'|mes)\s*actions?\b")


class ActionEditQuestions(Action):
    """Remove, move or add a question, or add more on a category; the new list is saved and shown."""

    #: The message that confirms each kind of edit.
    DONE = {
        "remove": "edit_removed",
        "remove_several": "edit_removed_several",
        "move": "edit_moved",
        "add": "edit_added_own",
        "more": "edit_added_more",
        "replace": "edit_replaced",
    }

    def name(self) -> str:
        return "action_edit_questions"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        shown = last_buttons(tracker.events)
        choice = len({b["payload"].split("{")[0] for b in shown}) == 1 < len(shown)  # « ✅ a », « ✅ b »: items
        typed = (
            typed_button(tracker)
            if choice and NUMBER_ALONE.match(fold(tracker.latest_message.get("text") or ""))
            else None
        )
        if typed is not None:  # « la 1 » under « Laquelle est faite ? » and its buttons: that item, not question 1
            return replay_payload(typed["payload"])
        text = tracker.latest_message.get("text") or ""
        if _AN_ACTION.search(fold(text)) and added_items(text):  # « ajoute une action : … »: an agreed action,
            return [FollowupAction("action_mark_action_done")]  # which that action adds, not a question
        shown_before = action_before_fallbacks(tracker.events)
        if shown_before in DRAFT_SHOWN | THANK_YOU_SHOWN and not re.search(r"\bquestions?\b", fold(text)):
            return [FollowupAction("action_revise_draft")]  # « ajoute : ma thèse porte sur … » under a draft or a note
        current = _current_or_tell(dispatcher, tracker)
        if current is None:
            return []
        items = list(current.questions)
        tone = _tone_asked(text, len(items))
        if tone is not None:  # « tutoie les questions », « repasse au vous »
            return _change_tone(dispatcher, tracker.sender_id, current, tone)
        category = next(tracker.get_latest_entity_values("question_category"), "")
        request = (
            edit_requests.EditRequest("more", category=category)
            if category in question_list.bank()
            else edit_requests.read_edit_request(text, len(items), current.tone)
        )
        if request.kind == "replace" and not request.number:  # « remplace-la par : … »: the one named just before
            request = dataclasses.replace(request, number=_question_named(tracker, list(current.shown_questions)))
        if request.kind == "replace" and not request.number:
            say(dispatcher, "edit_replace_which")
            return []
        if request.kind == "replace_ask":
            say(dispatcher, "edit_replace_text")
            return []
        if request.kind == "unknown":
            say(dispatcher, "edit_how", _category_buttons())
            return []
        if request.kind == "add_ask":
            say(dispatcher, "edit_ask_text")
            return []
        if request.kind == "several":
            say(dispatcher, "edit_one_at_a_time")
            return []
        room = main_questions(current)  # an added question is never left « si le temps le permet »
        context = question_context(current.details)
        edit = edit_requests.apply_request(request, items, context, current.details.first, room)
        label = question_list.category_label(request.category) if request.category else ""
        if not edit.ok:
            key = f"question_{edit.problem}" if edit.problem in ("empty", "too_long") else f"edit_{edit.problem}"
            say(dispatcher, key, count=len(items), limit=question_list.MAX_QUESTIONS, label=label)
            return []
        updated = preparation_store.replace_questions(tracker.sender_id, current.id, edit.questions)
        if updated is None:  # erased meanwhile
            say(dispatcher, "no_preparation", [PREPARE_BUTTON])
            return []
        as_shown = {q.text: s.text for q, s in zip(items, current.shown_questions, strict=True)}  # in its tone
        say(
            dispatcher,
            self.DONE[request.kind],
            text=as_shown.get(edit.detail, edit.detail),
            position=edit.position,
            count=len(edit.added),
            label=label,
        )
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


#: The meeting form's questions answered in the mentee's own words.
FREE_ANSWERS = ("meeting_mentor", "meeting_goals")


class ActionCancelMeeting(Action):
    """Leave the meeting or debrief form; nothing of it is saved, earlier work stays."""

    def name(self) -> str:
        return "action_cancel_meeting"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if (tracker.active_loop or {}).get("name") == "meeting_form":  # « savoir comment elle a monté sa boîte »
            answer = await kept_as_answer(ValidateMeetingForm(), FREE_ANSWERS, dispatcher, tracker, domain)
            if answer is not None:  # read as another task: the subject asked, not a switch
                return answer
        try:
            sender = tracker.sender_id
            kept = bool(preparation_store.list_preparations(sender) or goal_store.list_goals(sender))
        except SQLAlchemyError:  # leaving must work even when the database does not
            kept = False
        say(dispatcher, "meeting_cancelled", kept=kept)
        return [ActiveLoop(None), SlotSet("requested_slot", None), *reset(MEETING_SLOTS), *reset(DEBRIEF_SLOTS)]
