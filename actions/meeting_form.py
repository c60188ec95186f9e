"""Meeting preparation, the form: starting it, its questions and the check of each answer."""

from __future__ import annotations

import abc
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import AnswerValidation, AskSlotAction, active_goals, answers_only, button, reset, say
from actions.goal_choice import TOPIC, AskGoalChoice, validate_goal_choice
from assistant.coaching.text import clean, fold, without_acknowledgement, words
from assistant.common.mentor import Mentor, introduces_self, person_name
from assistant.goals.corrections import second_thoughts
from assistant.goals.wording import goal_reference
from assistant.meetings import store as preparation_store
from assistant.meetings.answers import (
    date_for_a_name,
    meeting_time_said,
    names_the_replier,
    parse_first_meeting,
    parse_format,
    parse_meeting_time,
    parse_minutes,
    read_mentor,
    reads_as_topics,
    when_value,
)
from assistant.meetings.model import FORMATS
from assistant.meetings.render import format_when
from assistant.outreach import sending
from assistant.outreach.model import SendingRecord

Events = list[dict[str, Any]]

MEETING_SLOTS = (
    "meeting_mentor",
    "meeting_mentor_role",
    "meeting_mentor_org",
    "meeting_when",
    "meeting_format",
    "meeting_minutes",
    "meeting_first",
    "meeting_goals",
)
DEBRIEF_SLOTS = (
    "debrief_preparation_id",
    "debrief_notes",
    "debrief_next_steps",
    "debrief_next_meeting",
    "debrief_prepared",
)
#: Slot value for a meeting whose date is not fixed yet.
NOT_FIXED = "a_fixer"


def mentor_name(tracker: Tracker) -> str:
    """How the meeting questions name the mentor."""
    return tracker.get_slot("meeting_mentor") or "votre mentor"


# --- starting and asking ---------------------------------------------------------------------------


class ActionStartMeeting(Action):
    """Start a fresh preparation, keeping a mentor named in the request and an only goal."""

    def name(self) -> str:
        return "action_start_meeting"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        events = reset(MEETING_SLOTS)
        say(dispatcher, "meeting_intro")
        said = tracker.latest_message.get("text")
        # « je m'appelle Fatou … mon mentor, Karim Benali »: the first person named who is not the mentee
        people = (person_name(found) for found in tracker.get_latest_entity_values("PER"))  # « jle » is no one
        person = next((found for found in people if found and not introduces_self(said, found)), "")
        if person:
            events.append(SlotSet("meeting_mentor", person))
            say(dispatcher, "meeting_intro_known", mentor=person)
        events += said_in_the_request(dispatcher, tracker.latest_message.get("text") or "")
        try:
            goals = active_goals(tracker.sender_id)
        except SQLAlchemyError:  # the goal is then asked for; saving will tell if the database is down
            goals = []
        if len(goals) == 1:
            events.append(SlotSet("meeting_goals", str(goals[0].id)))
            say(dispatcher, "meeting_goal_kept", statement=goal_reference(goals[0].fields.statement))
        return events


def said_in_the_request(dispatcher: CollectingDispatcher, text: str) -> Events:
    """The day, format and first-or-not a request already says (« je vois Bernard mardi 15h au café, c'est notre
    troisième rendez-vous ») as the form's answers, so that they are not asked again; the day is said kept."""
    events = []
    when = meeting_time_said(text)
    if when.ok and when.value[0] is not None:
        events.append(SlotSet("meeting_when", when_value(*when.value)))
        say(dispatcher, "meeting_when_kept", when=format_when(*when.value))
    meeting_format = parse_format(text)
    if meeting_format:
        events.append(SlotSet("meeting_format", meeting_format))
    first = parse_first_meeting(text)
    if first.ok and _NUMBERED_MEETING.search(fold(text)):
        events.append(SlotSet("meeting_first", "first" if first.value else "followup"))
    return events


#: « notre troisième rendez-vous », « la première fois qu'on se voit »: whether it is the first is said outright.
_NUMBERED_MEETING = re.compile(
    r"\b(?:premiere?|deuxieme|troisieme|\d+e|second|nouvelle?) (?:rencontre|rendez-vous|rdv|fois)\b"
)


class AskMeetingSlot(AskSlotAction, abc.ABC):
    """A question of the meeting form; it names the mentor once known."""

    def context(self, tracker: Tracker) -> dict[str, Any]:
        return {"mentor": mentor_name(tracker)}


class ActionAskMeetingMentor(AskMeetingSlot):
    slot = "meeting_mentor"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        """The mentor who answered last, then those of earlier preparations, to pick in one click."""
        try:
            earlier = preparation_store.list_preparations(tracker.sender_id)
        except SQLAlchemyError:
            return []
        known: dict[str, Mentor] = {}
        replied = _last_replied(tracker.sender_id)
        if replied is not None and replied.reply == "positive" and replied.mentor.name:
            known[replied.mentor.name] = replied.mentor
        for preparation in reversed(earlier):
            mentor = preparation.details.mentor
            if mentor.name and mentor.name not in known:
                known[mentor.name] = mentor
        return [
            {
                "title": mentor.name,
                "payload": ", ".join(p for p in (mentor.name, mentor.role) if p)
                + (f" chez {mentor.organisation}" if mentor.organisation else ""),
            }
            for mentor in list(known.values())[:3]
        ]


def _last_replied(sender_id: str) -> SendingRecord | None:
    """The sending whose answer was noted last; None too when the outcomes database does not answer."""
    try:
        return sending.last_replied(sending.list_sendings(sender_id))
    except SQLAlchemyError:
        return None


class ActionAskMeetingWhen(AskMeetingSlot):
    slot = "meeting_when"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "Pas encore fixée", "payload": "pas encore fixé"}]


class ActionAskMeetingFormat(AskMeetingSlot):
    slot = "meeting_format"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [button(label, "inform", meeting_format=key) for key, (label, _words) in FORMATS.items()]


class ActionAskMeetingMinutes(AskMeetingSlot):
    slot = "meeting_minutes"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [button(f"{m} min", "inform", meeting_minutes=m) for m in (20, 30, 45, 60)]


class ActionAskMeetingFirst(AskMeetingSlot):
    slot = "meeting_first"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [button("Oui, la première", "affirm"), button("Non, un suivi", "deny")]


class ActionAskMeetingGoals(AskGoalChoice):
    """Offer the active goals as buttons (« Tous mes objectifs » when several), or ask for a topic when there is
    none."""

    slot = "meeting_goals"
    several = True
    none_buttons = (button("🎯 Clarifier d'abord un objectif", "clarify_goal"),)

    def mentor(self, tracker: Tracker) -> str:
        return mentor_name(tracker)


# --- checking the answers --------------------------------------------------------------------------


def _problem(dispatcher: CollectingDispatcher, prefix: str, problem: str | None, answer: object = "") -> None:
    key = "answer_empty" if problem == "empty" else f"{prefix}_{problem}"
    say(dispatcher, key, answer=clean(str(answer or "")))


#: A day (and time) already read, as the start of the form stores it.
_ISO_WHEN = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?")


class ValidateMeetingForm(AnswerValidation):
    """Reads each answer of the meeting form; explains in French what to change when it cannot."""

    def name(self) -> str:
        return "validate_meeting_form"

    def kept_as_answer(self, slot: str, text: str) -> bool:
        """The subjects of the meeting told where its length is asked: the check of the length says where they go,
        never the knowledge base."""
        return slot == "meeting_minutes" and reads_as_topics(text)

    @answers_only
    def validate_meeting_mentor(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Name, role and organisation from « Claire Martin, directrice data chez Doctolib », or those of the mentor
        whose answer was noted last when the mentee says « celle qui vient de me répondre »."""
        if names_the_replier(value):
            replied = _last_replied(tracker.sender_id)
            if replied is None:
                say(dispatcher, "meeting_mentor_replier_unknown")
                return {"meeting_mentor": None}
            return {
                "meeting_mentor": replied.mentor.name,
                "meeting_mentor_role": replied.mentor.role,
                "meeting_mentor_org": replied.mentor.organisation,
            }
        day = date_for_a_name(value)
        if day is not None:  # « jeudi 14h »: the date, kept for the next question; the name is still to come
            say(dispatcher, "meeting_mentor_a_date")
            return {"meeting_mentor": None, "meeting_when": when_value(*day)}
        parsed = read_mentor(value, next(tracker.get_latest_entity_values("PER"), None))
        if not parsed.ok:
            _problem(dispatcher, "meeting_mentor", parsed.problem)
            return {"meeting_mentor": None}
        mentor: Mentor = parsed.value
        name = mentor.name or mentor.role
        role = mentor.role if mentor.name else ""
        return {"meeting_mentor": name, "meeting_mentor_role": role, "meeting_mentor_org": mentor.organisation}

    @answers_only
    def validate_meeting_when(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A date (and time) to come, or « pas encore fixé »; past and impossible dates are questioned."""
        if value == NOT_FIXED or _ISO_WHEN.fullmatch(str(value)):  # kept as the request set it (« le 12 janvier à
            return {"meeting_when": value}  # 14h »): read again, « 2027-01-12 » became the 1st of December
        parsed = parse_meeting_time(value)
        if not parsed.ok:
            _problem(dispatcher, "meeting_when", parsed.problem, value)
            return {"meeting_when": None}
        starts, has_time = parsed.value
        said = {"meeting_when": NOT_FIXED if starts is None else when_value(starts, has_time)}
        way = parse_format(str(value))  # « lundi prochain à 17h30, par téléphone »: not asked again
        if way is not None and not tracker.get_slot("meeting_format"):
            said["meeting_format"] = way
        return said

    @answers_only
    def validate_meeting_format(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Café, visio, téléphone or sur place; a length given in the same answer is kept too."""
        key = value if value in FORMATS else parse_format(value)
        if key is None:
            say(
                dispatcher,
                "meeting_format_unknown",
                [button(label, "inform", meeting_format=k) for k, (label, _w) in FORMATS.items()],
            )
            return {"meeting_format": None}
        result: dict[str, Any] = {"meeting_format": key}
        minutes = parse_minutes(value)
        if minutes.ok and not tracker.get_slot("meeting_minutes"):
            result["meeting_minutes"] = str(minutes.value)
        return result

    @answers_only
    def validate_meeting_minutes(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Between 15 minutes and 3 hours; after a change of mind (« 20 min. ah non attends, il a dit 30 »), the
        length said last."""
        later = (parse_minutes(piece) for piece in second_thoughts(str(value)))
        parsed = next((p for p in later if p.ok), None) or parse_minutes(str(value))
        if not parsed.ok:
            _problem(dispatcher, "meeting_minutes", parsed.problem)
            return {"meeting_minutes": None}
        return {"meeting_minutes": str(parsed.value)}

    @answers_only
    def validate_meeting_first(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """First meeting (expectations to agree on) or follow-up."""
        if value in ("first", "followup"):
            return {"meeting_first": value}
        parsed = parse_first_meeting(str(value))
        if not parsed.ok:
            say(
                dispatcher,
                "meeting_first_unclear",
                [button("Oui, la première", "affirm"), button("Non, un suivi", "deny")],
            )
            return {"meeting_first": None}
        return {"meeting_first": "first" if parsed.value else "followup"}

    @answers_only
    def validate_meeting_goals(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Goal ids from a button, « le 2 », « tous », or a topic of a few words."""
        chosen = validate_goal_choice("meeting_goals", value, dispatcher, tracker, several=True)
        if chosen is not None:
            return chosen
        answer = without_acknowledgement(clean(str(value)))  # « D'accord : améliorer … » is not the subject
        if len(words(answer)) < 2 or len(answer) > 300:
            say(dispatcher, "meeting_topic_short" if len(answer) <= 300 else "meeting_topic_too_long")
            return {"meeting_goals": None}
        return {"meeting_goals": f"{TOPIC}{answer}"}
