"""The relationship check-in: the form (rhythm, expectations, feedback, trust), the summary and the one next step,
or how to close the relationship well; and the offer of a check-in every few meetings noted with one mentor."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import AnswerValidation, AskSlotAction, answers_only, button, database_errors_told, reset, say
from actions.form_leaving import kept_as_answer
from assistant.checkin import store as checkin_store
from assistant.checkin.answers import read_answer, wants_to_close, worries_about_bothering
from assistant.checkin.coach import checkin_due, next_step, read_signals
from assistant.checkin.corrections import read_correction
from assistant.checkin.model import CHECKIN_SLOTS, CheckinRecord
from assistant.checkin.render import checkin_summary, step_text, worry_text
from assistant.coaching.text import clean, fold
from assistant.common.mentor import person_name
from assistant.journal import store as journal_store
from assistant.mentor_tone import tone_for

Events = list[dict[str, Any]]

#: Slots kept beside the form's: the mentor the check-in is about, and whether the request asked to close.
MENTOR_SLOT = "checkin_mentor"
CLOSING_SLOT = "checkin_closing"
WORK_SLOTS = (*CHECKIN_SLOTS, MENTOR_SLOT, CLOSING_SLOT)
PREPARE_BUTTON = button("🗓️ Préparer la prochaine rencontre", "prepare_meeting")

#: Quick answers under each question (their titles are sent as typed text).
QUICK_ANSWERS = {
    "checkin_rhythm": ("Ça me convient", "Trop espacé", "Trop rapproché"),
    "checkin_expectations": ("Oui, des deux côtés", "En partie", "Pas vraiment"),
    "checkin_feedback": ("Oui, dans les deux sens", "Dans un seul sens", "Pas vraiment"),
    "checkin_trust": ("Oui", "En partie", "Pas vraiment"),
}


def _named(mentor: str) -> dict[str, str]:
    """The mentor as a PER entity for a button's payload, when it is a name (« Claire Martin », not « ma manager »)."""
    return {"PER": mentor} if mentor[:1].isupper() and '"' not in mentor and "}" not in mentor else {}


def _latest_mentor(sender_id: str) -> str:
    """The mentor of the latest meeting noted in the journal, or "" (also when the database cannot be read)."""
    try:
        entries = journal_store.list_entries(sender_id)
    except SQLAlchemyError:
        return ""
    mentor = entries[-1].mentor if entries else ""
    return mentor if _named(mentor) else ""  # « ma manager » would read « votre relation avec ma manager »


class ActionStartCheckin(Action):
    """Start a check-in about the mentor the request names (else the latest one met), noting a wish to close."""

    def name(self) -> str:
        return "action_start_checkin"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        person = person_name(next(tracker.get_latest_entity_values("PER"), None))  # « jle » is no one
        mentor = person or _latest_mentor(tracker.sender_id)
        closing = wants_to_close((tracker.latest_message or {}).get("text"))
        say(dispatcher, "checkin_intro_closing" if closing else "checkin_intro", mentor=mentor)
        return [*reset(WORK_SLOTS), SlotSet(MENTOR_SLOT, mentor or None), SlotSet(CLOSING_SLOT, closing)]


class AskCheckinSlot(AskSlotAction):
    """A question of the check-in, with its quick answers."""

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": title, "payload": title} for title in QUICK_ANSWERS[self.slot]]


class ActionAskCheckinRhythm(AskCheckinSlot):
    slot = "checkin_rhythm"


class ActionAskCheckinExpectations(AskCheckinSlot):
    slot = "checkin_expectations"


class ActionAskCheckinFeedback(AskCheckinSlot):
    slot = "checkin_feedback"


class ActionAskCheckinTrust(AskCheckinSlot):
    slot = "checkin_trust"


def _checked(slot: str, value: Any, dispatcher: CollectingDispatcher) -> dict[str, Any]:
    """The answer, cleaned, when it can be kept; else say why and ask again."""
    parsed = read_answer(slot, str(value))
    if not parsed.ok:
        say(dispatcher, "answer_empty" if parsed.problem == "empty" else "checkin_too_long")
        return {slot: None}
    return {slot: clean(str(value))}


class ValidateCheckinForm(AnswerValidation):
    """Four answers in the mentee's words; an empty or far too long one is asked again."""

    def name(self) -> str:
        return "validate_checkin_form"

    @answers_only
    def validate_checkin_rhythm(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """How often they meet, and whether it suits."""
        return _checked("checkin_rhythm", value, dispatcher)

    @answers_only
    def validate_checkin_expectations(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Whether expectations are met, on both sides."""
        return _checked("checkin_expectations", value, dispatcher)

    @answers_only
    def validate_checkin_feedback(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Whether feedback goes both ways."""
        return _checked("checkin_feedback", value, dispatcher)

    @answers_only
    def validate_checkin_trust(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Whether the mentee feels free to raise anything."""
        return _checked("checkin_trust", value, dispatcher)


def _step_buttons(step: str, mentor: str) -> list[dict[str, str]]:
    if step == "close":
        return [
            button("💌 Message de remerciement", "thank_you_note", **_named(mentor)),
            button("📊 Le bilan de mes progrès", "show_progress"),
        ]
    if step == "next_goal":
        return [button("🎯 Fixer un nouvel objectif", "clarify_goal"), PREPARE_BUTTON]
    return [PREPARE_BUTTON]


def _request_text(tracker: Tracker) -> str:
    """The message that started the latest check-in (« parfois j'ai l'impression de trop lui demander »), or ""."""
    request, latest_user = "", ""
    for event in tracker.events:
        if event.get("event") == "user":
            latest_user = event.get("text") or ""
        elif event.get("event") == "action" and event.get("name") == "action_start_checkin":
            request = latest_user
    return request


def _tell(dispatcher: CollectingDispatcher, sender_id: str, record: CheckinRecord, worried: bool = False) -> None:
    """The summary of ``record``, a reassurance when the mentee fears bothering the mentor, and the next step (its
    sentence to the mentor in the tone last used with that mentor)."""
    mentor = record.mentor
    text = checkin_summary(record.signals, record.answers, mentor)
    dispatcher.utter_message(text=text, message_key="checkin_summary")
    if worried:
        dispatcher.utter_message(text=worry_text(mentor), message_key="checkin_worry_bothering")
    step = record.next_step
    key = f"checkin_step_{step}"
    text = step_text(step, mentor, tu=tone_for(sender_id, mentor) == "tu")
    dispatcher.utter_message(text=text, buttons=_step_buttons(step, mentor), message_key=key)


def _summary_just_shown(tracker: Tracker) -> bool:
    """True when the bot's last action before the latest message saved a check-in and showed its summary."""
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_user:
                return False
            seen_user = True
        elif seen_user and event.get("event") == "action" and event.get("name") != "action_listen":
            return event.get("name") == "action_save_checkin"
    return False


def correct_summary(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """When the message corrects a line of the check-in summary just shown (« pour les retours tu as mis … alors
    que … »), apply it to the saved check-in, show the summary again and say True; else say nothing and False."""
    if not _summary_just_shown(tracker):
        return False
    correction = read_correction((tracker.latest_message or {}).get("text"))
    if correction is None:
        return False
    record = checkin_store.correct_latest(
        tracker.sender_id, correction.slot, correction.answer, correction.signal, next_step
    )
    if record is None:
        return False
    say(dispatcher, "checkin_corrected")
    _tell(dispatcher, tracker.sender_id, record)
    return True


class ActionSaveCheckin(Action):
    """Save the check-in, sum it up and propose one next step (or how to close the relationship well)."""

    def name(self) -> str:
        return "action_save_checkin"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        answers = {slot: tracker.get_slot(slot) or "" for slot in CHECKIN_SLOTS}
        mentor = tracker.get_slot(MENTOR_SLOT) or ""
        if not any(answers.values()):
            say(dispatcher, "nothing_pending")
            return reset(WORK_SLOTS)
        signals = read_signals(answers, closing=bool(tracker.get_slot(CLOSING_SLOT)))
        step = next_step(signals)
        record = checkin_store.save_checkin(tracker.sender_id, mentor, answers, signals, step)
        _tell(dispatcher, tracker.sender_id, record, worries_about_bothering(_request_text(tracker), *answers.values()))
        return reset(WORK_SLOTS)


#: The checkin form's questions answered in the mentee's own words.
FREE_ANSWERS = ("checkin_expectations", "checkin_feedback", "checkin_trust")


class ActionCancelCheckin(Action):
    """Leave the check-in; nothing of it is saved, earlier check-ins stay."""

    def name(self) -> str:
        return "action_cancel_checkin"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        form = (tracker.active_loop or {}).get("name")
        if form == "checkin_form":  # « on devait préparer ensemble mes entretiens »: an answer, not a switch
            answer = await kept_as_answer(ValidateCheckinForm(), FREE_ANSWERS, dispatcher, tracker, domain)
            if answer is not None:
                return answer
        say(dispatcher, "checkin_cancelled")
        return [ActiveLoop(None), SlotSet("requested_slot", None), *reset(WORK_SLOTS)]


def offer_checkin(dispatcher: CollectingDispatcher, sender_id: str, mentor: str) -> None:
    """After every third meeting noted with ``mentor``, offer a check-in on the relationship, with a button."""
    if not mentor:
        return
    same = fold(clean(mentor))
    count = sum(1 for entry in journal_store.list_entries(sender_id) if fold(clean(entry.mentor)) == same)
    if checkin_due(count):
        start = button("🤝 Faire le point sur la relation", "relationship_checkin", **_named(mentor))
        say(dispatcher, "checkin_offer", [start], count=count, mentor=mentor if _named(mentor) else "")
