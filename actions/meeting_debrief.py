"""After the meeting: the debrief form (notes, next steps, next date), saved with the preparation, and the
thank-you message it leads to."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.action_items import names_a_done_item, shown
from actions.checkin import offer_checkin
from actions.common import AnswerValidation, answers_only, button, database_errors_told, request_day, reset, say
from actions.journal import PREPARED_SLOT, journal_start, planned, tell_saved
from actions.meeting_form import DEBRIEF_SLOTS, NOT_FIXED, AskMeetingSlot
from actions.meeting_preparation import PREPARE_BUTTON
from actions.practice import send_thank_you
from actions.thank_you_facts import thank_you_facts
from actions.turn import replay_payload
from assistant.coaching.text import clean, fold, words
from assistant.common.dates import format_date_fr, local_now, local_today
from assistant.goals.stated import asks_to_set_a_goal
from assistant.journal import store as journal_store
from assistant.meetings import store as preparation_store
from assistant.meetings.answers import noted_later, parse_meeting_time
from assistant.meetings.model import Preparation

Events = list[dict[str, Any]]

#: ``debrief_preparation_id`` when the database could not be read: nothing is asked, nothing saved.
DATABASE_DOWN = "indisponible"
#: Answers meaning « no next meeting planned » (folded words).
NO_NEXT_MEETING = {
    "non",
    "aucune",
    "aucun",
    "pas prevue",
    "pas prevu",
    "non pas encore",
    "rien de prevu",
    "non merci",
    "pas pour l'instant",
    "pas pour le moment",
    "rien",
    "nope",
}
#: Longest debrief answer kept.
MAX_DEBRIEF_CHARS = 1000


#: « est-ce que je peux… ? », « c'est possible de… ? »: a question about noting meetings, not a meeting to note.
_ASKS_IF_POSSIBLE = re.compile(
    r"\b(?:est-ce que (?:je peux|je pourrais|on peut|c'est possible)|peut-on|puis-je|je peux|on peut|"
    r"c'est possible)\b[^.!]*\?"
)


class ActionStartDebrief(Action):
    """Start the debrief of the preparation waiting for it, or else the journal of a meeting held without one.

    ``debrief_prepared`` tells the rules which form follows: ``debrief_form`` (True) or ``journal_form`` (False).
    """

    def name(self) -> str:
        return "action_start_debrief"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        text = (tracker.latest_message or {}).get("text") or ""
        if asks_to_set_a_goal(text):  # « d'abord, je voudrais enregistrer mon objectif » read as noting a meeting
            return replay_payload("/clarify_goal")
        if names_a_done_item(tracker):  # « j'ai déjà parlé à ma cadre pour le poste, c'est fait ! »: an item done
            return [FollowupAction("action_mark_action_done")]
        if _ASKS_IF_POSSIBLE.search(fold(text)) and request_day(tracker) is None:  # « est-ce que je peux tenir une
            say(dispatcher, "journal_explained", [button("📝 Noter une rencontre", "debrief_meeting")])  # sorte de
            return [FollowupAction("action_listen")]  # journal ici ? »: how, not a meeting held today
        try:
            current = preparation_store.current_preparation(tracker.sender_id)
        except SQLAlchemyError:  # the form then asks nothing; say why instead of "no preparation"
            say(dispatcher, "database_error")
            return [
                *reset(DEBRIEF_SLOTS),
                SlotSet("debrief_preparation_id", DATABASE_DOWN),
                SlotSet(PREPARED_SLOT, True),
            ]
        if current is None or current.status == "done":
            say(dispatcher, "journal_intro")
            return [*reset(DEBRIEF_SLOTS), *journal_start(tracker)]
        starts = current.details.starts_at
        if starts is not None and starts.date() > local_today():
            if noted_later((tracker.latest_message or {}).get("text")):  # « je reviendrai après jeudi pour noter … »
                planned = format_date_fr(starts.date())
                say(dispatcher, "debrief_later", mentor=current.details.mentor.display, planned=planned)
                return [FollowupAction("action_listen")]  # nothing noted, the meeting's day kept
            current = _held_earlier(dispatcher, tracker, current, starts)  # « le 15 décembre » on the 7th: held earlier
        say(dispatcher, "debrief_intro", mentor=current.details.mentor.display)
        return [
            *reset(DEBRIEF_SLOTS),
            SlotSet("debrief_preparation_id", str(current.id)),
            SlotSet("meeting_mentor", current.details.mentor.display),
            SlotSet(PREPARED_SLOT, True),
        ]


def _held_earlier(
    dispatcher: CollectingDispatcher, tracker: Tracker, current: Preparation, starts: datetime
) -> Preparation:
    """A meeting debriefed before its planned day took place earlier: on the day the request says (« hier »), else
    today; the preparation is moved there, and the mentee told which day is kept."""
    held = request_day(tracker) or local_today()
    details = current.details
    moved = preparation_store.reschedule(
        tracker.sender_id, current.id, datetime.combine(held, starts.time()), details.has_time, details.format
    )
    say(
        dispatcher,
        "debrief_held_earlier",
        mentor=details.mentor.display,
        planned=format_date_fr(starts.date()),
        held=format_date_fr(held),
        today=held == local_today(),
    )
    return moved or current


class ActionAskDebriefNotes(AskMeetingSlot):
    slot = "debrief_notes"


class ActionAskDebriefNextSteps(AskMeetingSlot):
    slot = "debrief_next_steps"


class ActionAskDebriefNextMeeting(AskMeetingSlot):
    slot = "debrief_next_meeting"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "Pas encore", "payload": "pas encore fixé"}]


def _free_text(value: Any, dispatcher: CollectingDispatcher, slot: str, lines: bool = False) -> dict[str, Any]:
    """The answer cleaned; with ``lines``, one cleaned line per line given (the next steps are one action a line)."""
    answer = "\n".join(filter(None, map(clean, str(value or "").splitlines()))) if lines else clean(value)
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

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        """Nothing to ask without a preparation: the form ends and the save action says why."""
        preparation_id = tracker.get_slot("debrief_preparation_id")
        return domain_slots if preparation_id and preparation_id != DATABASE_DOWN else []

    @answers_only
    def validate_debrief_notes(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What the mentee took away, in their words."""
        return _free_text(value, dispatcher, "debrief_notes")

    @answers_only
    def validate_debrief_next_steps(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What was agreed to do next."""
        return _free_text(value, dispatcher, "debrief_next_steps", lines=True)

    @answers_only
    def validate_debrief_next_meeting(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A date to come, or « pas encore » / « non »; a bare « oui » asks for the date."""
        if value == NOT_FIXED:
            return {"debrief_next_meeting": value}
        answer = " ".join(words(str(value)))
        if answer in NO_NEXT_MEETING:
            return {"debrief_next_meeting": NOT_FIXED}
        if answer in ("oui", "oui oui", "ouais", "bien sur", "oui c'est prevu"):
            say(dispatcher, "debrief_next_meeting_when")
            return {"debrief_next_meeting": None}
        held = _held_at(tracker)  # « dans un mois » counts from the meeting's day, not from today
        parsed = parse_meeting_time(value, held)
        if parsed.ok and parsed.value[0] is not None and parsed.value[0].date() < local_today():
            parsed = replace(parsed, value=None, problem="past")  # counted from an earlier day, yet gone by
        if not parsed.ok:
            key = "debrief_next_meeting_past" if parsed.problem == "past" else f"meeting_when_{parsed.problem}"
            say(dispatcher, "answer_empty" if parsed.problem == "empty" else key, answer=clean(str(value)))
            return {"debrief_next_meeting": None}
        starts, _has_time = parsed.value
        return {"debrief_next_meeting": starts.date().isoformat() if starts else NOT_FIXED}


def _held_at(tracker: Tracker) -> datetime | None:
    """When the meeting being debriefed took place, from its preparation, if that is known and gone by."""
    preparation_id = tracker.get_slot("debrief_preparation_id")
    if not preparation_id or not str(preparation_id).isdigit():
        return None
    try:
        current = preparation_store.current_preparation(tracker.sender_id)
    except SQLAlchemyError:
        return None
    if current is None or str(current.id) != str(preparation_id):
        return None
    starts = current.details.starts_at
    return starts if starts is not None and starts <= local_now() else None


def _journal_of_debrief(sender_id: str, preparation: Preparation) -> tuple:
    """Keep the debrief in the meeting journal too: its next steps become action items with their due dates."""
    starts = preparation.details.starts_at
    met_on = starts.date() if starts and starts.date() <= local_today() else local_today()
    entry = journal_store.save_entry(
        sender_id,
        preparation.details.mentor.display,
        met_on,
        preparation.notes,
        "",
        planned(preparation.next_steps),
        preparation_id=preparation.id,
    )
    return entry.actions


class ActionSaveDebrief(Action):
    """Save the debrief with its preparation and offer a thank-you message for the mentor."""

    def name(self) -> str:
        return "action_save_debrief"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        preparation_id = tracker.get_slot("debrief_preparation_id")
        if preparation_id == DATABASE_DOWN:
            return reset(DEBRIEF_SLOTS)  # already told when the debrief started
        if not preparation_id:
            say(dispatcher, "debrief_no_preparation")
            send_thank_you(dispatcher, thank_you_facts(tracker, None), debriefed=True, buttons=[PREPARE_BUTTON])
            return reset(DEBRIEF_SLOTS)
        next_value = tracker.get_slot("debrief_next_meeting")
        next_meeting = date.fromisoformat(next_value) if next_value and next_value != NOT_FIXED else None
        saved = preparation_store.save_debrief(
            tracker.sender_id,
            int(preparation_id),
            tracker.get_slot("debrief_notes") or "",
            tracker.get_slot("debrief_next_steps") or "",
            next_meeting,
        )
        if saved is None:
            say(dispatcher, "debrief_no_preparation", [PREPARE_BUTTON])
            return reset(DEBRIEF_SLOTS)
        say(dispatcher, "debrief_saved", next_meeting=format_date_fr(next_meeting) if next_meeting else "")
        items = _journal_of_debrief(tracker.sender_id, saved)
        if items:
            tell_saved(dispatcher, items, "debrief_actions_kept")
        send_thank_you(
            dispatcher,
            thank_you_facts(tracker, saved),
            debriefed=True,
            buttons=[
                PREPARE_BUTTON,
                button("✅ Objectif atteint", "mark_goal_reached"),
                button("📋 Mes objectifs", "list_goals"),
            ],
        )
        offer_checkin(dispatcher, tracker.sender_id, saved.details.mentor.display)
        return [*reset(DEBRIEF_SLOTS), SlotSet("meeting_mentor", None), *([shown(items)] if items else [])]
