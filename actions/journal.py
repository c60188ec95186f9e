"""The meeting journal: notes of a meeting held without a saved preparation (journal_form), the action items
agreed, marking them done, listing what is left."""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.action_items import LIST_BUTTON, shown
from actions.checkin import offer_checkin
from actions.common import (
    AnswerValidation,
    AskSlotAction,
    answers_only,
    button,
    database_errors_told,
    request_day,
    reset,
    say,
    short,
)
from actions.form_leaving import kept_as_answer
from assistant.coaching.text import clean, words
from assistant.common.dates import format_date_fr
from assistant.common.french import without_reminder
from assistant.common.mentor import introduces_self, parse_mentor, person_name
from assistant.common.past_dates import parse_past_date
from assistant.goals.catalog import is_a_choice
from assistant.journal import store as journal_store
from assistant.journal.answers import (
    parse_action_items,
    same_mentor,
)
from assistant.journal.model import JOURNAL_SLOTS, PlannedAction
from assistant.journal.render import action_lines, journal_list, mentor_lines

Events = list[dict[str, Any]]

#: The slot that tells the rules which form the debrief goes on with (True: the debrief of a preparation).
PREPARED_SLOT = "debrief_prepared"
#: Longest notes or advice kept.
MAX_NOTES_CHARS = 1000
#: Answers meaning « no advice » (folded words).
NO_ADVICE = {"aucun", "aucune", "rien", "non", "pas vraiment", "rien de special", "pas de conseil", "aucun conseil"}


def journal_start(tracker: Tracker) -> Events:
    """Events that start the journal of a meeting held without a saved preparation, keeping what the request says:
    the mentor's name, and the day when it is « hier » or « ce matin »."""
    events = [*reset(JOURNAL_SLOTS), SlotSet(PREPARED_SLOT, False)]
    person = person_name(next(tracker.get_latest_entity_values("PER"), None))  # « jle » is no one
    if person and not introduces_self((tracker.latest_message or {}).get("text"), person):  # « c'est Fatou, … »
        events.append(SlotSet("journal_mentor", person))
    day = request_day(tracker)
    if day is not None:
        events.append(SlotSet("journal_date", day.isoformat()))
    return events


def mentor_of(tracker: Tracker) -> str:
    """How the journal questions name the mentor."""
    return tracker.get_slot("journal_mentor") or "votre mentor"


class AskJournalSlot(AskSlotAction):
    """A question of the journal form."""

    def context(self, tracker: Tracker) -> dict[str, Any]:
        return {"mentor": mentor_of(tracker)}


class ActionAskJournalMentor(AskJournalSlot):
    slot = "journal_mentor"


class ActionAskJournalDate(AskJournalSlot):
    slot = "journal_date"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "Aujourd'hui", "payload": "aujourd'hui"}, {"title": "Hier", "payload": "hier"}]


class ActionAskJournalNotes(AskJournalSlot):
    slot = "journal_notes"


class ActionAskJournalAdvice(AskJournalSlot):
    slot = "journal_advice"


class ActionAskJournalActions(AskJournalSlot):
    slot = "journal_actions"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "Rien de convenu", "payload": "aucune"}]


def _notes(value: Any, dispatcher: CollectingDispatcher, slot: str) -> dict[str, Any]:
    answer = without_reminder(clean(str(value)))  # « Je viens de te les dire : … » is not part of the notes
    if not answer or not words(answer):
        say(dispatcher, "answer_empty")
        return {slot: None}
    if len(answer) > MAX_NOTES_CHARS:
        say(dispatcher, "debrief_too_long")
        return {slot: None}
    return {slot: answer}


class ValidateJournalForm(AnswerValidation):
    """Who, when, what the mentee took away, the advice, and the action items with their due dates."""

    def name(self) -> str:
        return "validate_journal_form"

    @answers_only
    def validate_journal_mentor(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A name, or a description (« ma manager »); an address, « je ne sais pas », or a choice of another question
        typed here (« Évolution de carrière ») is asked again."""
        if is_a_choice(str(value)):
            say(dispatcher, "journal_mentor_no_name")
            return {"journal_mentor": None}
        parsed = parse_mentor(value, next(tracker.get_latest_entity_values("PER"), None))
        if not parsed.ok:
            say(dispatcher, "answer_empty" if parsed.problem == "empty" else f"journal_mentor_{parsed.problem}")
            return {"journal_mentor": None}
        mentor = parsed.value
        return {"journal_mentor": mentor.name or short(mentor.role, 60)}

    @answers_only
    def validate_journal_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A day gone by (or today); a date to come is a meeting to prepare, not to note."""
        parsed = parse_past_date(str(value))
        if parsed.value is None:  # not ok
            key = "answer_empty" if parsed.problem == "empty" else f"journal_date_{parsed.problem}"
            say(
                dispatcher,
                key,
                [button("🗓️ Préparer cette rencontre", "prepare_meeting")] if parsed.problem == "future" else None,
            )
            return {"journal_date": None}
        return {"journal_date": parsed.value.isoformat()}

    @answers_only
    def validate_journal_notes(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What the mentee took away, in their words."""
        return _notes(value, dispatcher, "journal_notes")

    @answers_only
    def validate_journal_advice(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The advice received, or « aucun »."""
        if " ".join(words(str(value))) in NO_ADVICE:
            return {"journal_advice": "-"}
        return _notes(value, dispatcher, "journal_advice")

    @answers_only
    def validate_journal_actions(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """One action a line, each with its due date when given; a date gone by is asked again."""
        parsed = parse_action_items(str(value))
        if not parsed.ok:
            key = "answer_empty" if parsed.problem == "empty" else f"journal_actions_{parsed.problem}"
            say(dispatcher, key, item=parsed.example)
            return {"journal_actions": None}
        return {"journal_actions": str(value).strip()}


def planned(text: str | None) -> tuple[PlannedAction, ...]:
    """The action items of an answer already checked; an answer that cannot be split is one item."""
    parsed = parse_action_items(text)
    if parsed.ok:
        return parsed.value
    answer = clean(text)
    return (PlannedAction(answer),) if answer else ()  # kept whole, never cut


def tell_saved(dispatcher: CollectingDispatcher, items: tuple, key: str, **context: Any) -> None:
    """Say the journal entry is kept, with its action items numbered."""
    mine = [item for item in items if not item.by_mentor]
    theirs = mentor_lines([item for item in items if item.by_mentor])
    say(dispatcher, key, count=len(mine), actions=action_lines(mine), theirs=theirs, **context)


def _named(mentor: str) -> dict[str, str]:
    """The mentor as a PER entity for a button's payload, when it is a name (« Claire Martin », not « ma manager »)."""
    return {"PER": mentor} if mentor[:1].isupper() and '"' not in mentor and "}" not in mentor else {}


class ActionSaveJournal(Action):
    """Save the meeting's notes and action items, then offer the thank-you and the next steps."""

    def name(self) -> str:
        return "action_save_journal"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        events = [*reset(JOURNAL_SLOTS), SlotSet(PREPARED_SLOT, None)]
        on = tracker.get_slot("journal_date")
        if not tracker.get_slot("journal_mentor") or not on:
            say(dispatcher, "nothing_pending")
            return events
        advice = tracker.get_slot("journal_advice") or ""
        saved = journal_store.save_entry(
            tracker.sender_id,
            tracker.get_slot("journal_mentor"),
            date.fromisoformat(on),
            tracker.get_slot("journal_notes") or "",
            "" if advice == "-" else advice,
            planned(tracker.get_slot("journal_actions")),
        )
        tell_saved(dispatcher, saved.actions, "journal_saved", mentor=saved.mentor, day=format_date_fr(saved.met_on))
        events.append(shown(saved.actions))  # « l'action 2 est faite » right after: the 2nd of this list
        say(
            dispatcher,
            "journal_next",
            [
                # the thank-you is for this mentor, not the one of another preparation or draft
                button("💌 Message de remerciement", "thank_you_note", **_named(saved.mentor)),
                LIST_BUTTON,
                button("🗓️ Préparer la prochaine rencontre", "prepare_meeting"),
            ],
            mentor=saved.mentor,
        )
        offer_checkin(dispatcher, tracker.sender_id, saved.mentor)
        return events


FREE_ANSWERS = ("journal_notes", "journal_advice", "journal_actions")  # answered in the mentee's own words


class ActionCancelJournal(Action):
    """Leave the journal form; nothing of it is saved, earlier notes stay."""

    def name(self) -> str:
        return "action_cancel_journal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        answer = await kept_as_answer(ValidateJournalForm(), FREE_ANSWERS, dispatcher, tracker, domain)
        if answer is not None:  # « elle m'a conseillé de comparer deux écoles » read as comparing mentors
            return answer
        say(dispatcher, "journal_cancelled")
        return [ActiveLoop(None), SlotSet("requested_slot", None), *reset(JOURNAL_SLOTS), SlotSet(PREPARED_SLOT, None)]


#: The ids of the action items as the last list numbered them (see ``find_action``).
class ActionShowJournal(Action):
    """The meetings noted, latest first: with the mentor the request names (« mes rencontres avec Claire »), else
    all; each with the notes, the advice and its action items."""

    def name(self) -> str:
        return "action_show_journal"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        entries = journal_store.list_entries(tracker.sender_id)
        mentor = person_name(next(tracker.get_latest_entity_values("PER"), None)) or ""
        chosen = [e for e in entries if same_mentor(e.mentor, mentor)] if mentor else entries
        note = button("📝 Noter une rencontre", "debrief_meeting")
        if not chosen:
            say(dispatcher, "journal_empty", [note], mentor=mentor, others=len(entries))
            return []
        buttons = [note, button("🗓️ Préparer la prochaine rencontre", "prepare_meeting")]
        if any(not a.done for e in entries for a in e.actions):
            buttons.insert(1, LIST_BUTTON)
        dispatcher.utter_message(
            text=journal_list(chosen, chosen[-1].mentor if mentor else ""), buttons=buttons, message_key="journal_list"
        )
        return []
