"""Glue shared by the actions: slot resets, buttons, honest handling of database failures, and the form helpers
every feature uses (answers-only validators; the question « which goal is it about? » is in ``goal_choice.py``)."""

from __future__ import annotations

import abc
import functools
import logging
import os
import re
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import (
    ActionExecutionRejected,
    FollowupAction,
    SlotSet,
    UserUtteranceReverted,
)
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.turn import last_buttons, previous_user_text
from assistant.coaching.asides import (
    PASTED,
    asks_about_the_answer,
    is_digression,
    leaves_for_task,
    side_question,
    without_tag_question,
)
from assistant.coaching.form_remarks import form_remark
from assistant.coaching.intents import FAQ_QUESTIONS
from assistant.coaching.knowledge import choose, ranking
from assistant.coaching.text import clean, fold, looks_like_question
from assistant.common.french import words_within
from assistant.common.past_dates import parse_past_date
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.model import GOAL_FIELDS, GoalFields, GoalRecord

logger = logging.getLogger(__name__)

#: Slots that hold the goal being written; cleared when it is saved or abandoned.
GOAL_WORK_SLOTS = (*GOAL_FIELDS, "editing_goal_id", "goal_field")


def reset_goal_slots() -> list[dict[str, Any]]:
    """Events that clear the goal being written."""
    return [SlotSet(name, None) for name in GOAL_WORK_SLOTS]


def reset(slots: tuple[str, ...]) -> list[dict[str, Any]]:
    """Events that clear ``slots``."""
    return [SlotSet(name, None) for name in slots]


#: The actions that show, save or leave the goal being written: the last of them says whether a summary waits.
GOAL_STEPS = {
    "action_show_goal_summary",
    "action_save_goal",
    "action_cancel_goal",
    "action_start_goal",
    "action_start_stated_goal",
    "action_correct_goal_field",
    "action_edit_goal",
    "goal_form",
}


#: How many messages after the summary (the answer included) a yes still answers it, asides between.
SUMMARY_TURNS = 3


def goal_summary_pending(tracker: Tracker) -> bool:
    """Whether a new goal's summary waits for the mentee's « enregistre » (« Est-ce que je l'enregistre ainsi ? »):
    the goal's answers are all there, no form runs, and showing the summary is the last step of the goal's flow."""
    if (tracker.active_loop or {}).get("name") or tracker.get_slot("editing_goal_id"):
        return False
    if GoalFields.from_slots({name: tracker.get_slot(name) for name in GOAL_FIELDS}) is None:
        return False
    messages = 0
    for event in reversed(tracker.events):
        messages += event.get("event") == "user"
        if messages > SUMMARY_TURNS:  # shown too long ago: a « oui » now answers something else
            return False
        if event.get("event") == "action" and event.get("name") in GOAL_STEPS:  # the field menu keeps it waiting
            # the summary asked again from a message no rule understood (« Je n'ai pas bien compris votre réponse. Votre
            # objectif n'est pas encore enregistré »): still waiting; a new goal started there runs goal_form after it
            return event.get("name") in (
                "action_show_goal_summary",
                "action_correct_goal_field",
                "action_start_stated_goal",
            )
    return False


#: The choices under a new goal's summary: save, correct one field, cancel.
SUMMARY_BUTTONS = [
    {"title": "✅ Oui, enregistrer", "payload": "/affirm"},
    {"title": "✏️ Corriger un élément", "payload": "/correct_goal_field"},
    {"title": "✖️ Annuler", "payload": "/stop"},
]


def clear_goal_reference() -> list[dict[str, Any]]:
    """Events that forget which saved goal the last message pointed at."""
    return [SlotSet("goal_id", None), SlotSet("goal_number", None)]


def say(dispatcher: CollectingDispatcher, key: str, buttons: list | None = None, **context: object) -> None:
    """Send the catalogue message ``key`` (``assistant/templates/messages.yml``), with optional buttons.

    The key travels in the bot event's metadata (``message_key``), so that a test reading the tracker
    can tell which message was said without matching its wording.
    """
    dispatcher.utter_message(text=message(key, **context), buttons=buttons or [], message_key=key)


#: Words of a request that date what it tells (« hier », « ce matin »): only these fill a date from the request.
_DATED_REQUEST = re.compile(
    r"(?<![\w-])(?:hier|avant-hier|ce matin|ce midi|cet apres-midi|ce soir|aujourd'hui|tout a l'heure)(?![\w-])"
)


def request_day(tracker: Tracker) -> date | None:
    """The day the request that starts a task says it happened (« je l'ai vue hier », « 1 sur 2, hier »), or None."""
    said = fold(clean((tracker.latest_message or {}).get("text")))
    found = _DATED_REQUEST.search(said)
    if not found:
        return None
    # the day word alone: « j'ai lancé ma brasserie il y a un an … on s'est vues hier » is yesterday
    return parse_past_date(found.group()).value


#: The page server's public address, the base of the links the actions send (export, progress pictures).
PAGE_URL_ENV = "MENTORAT_PAGE_URL"


def page_link(path: str) -> str:
    """``path`` on the page server (``MENTORAT_PAGE_URL``, by default http://localhost:8080)."""
    base = os.environ.get(PAGE_URL_ENV, "http://localhost:8080").rstrip("/")
    return f"{base}{path}"


def nothing_pending(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    """A yes or a no that no confirmation of this action waits for: the answer to the assistant's last question when
    it came with buttons (« oui » to « On en clarifie un ensemble ? »), else « rien en attente »."""
    intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
    if intent in ("affirm", "deny") and last_buttons(tracker.events, question=True):
        return [FollowupAction("action_answer_yes_no")]
    say(dispatcher, "nothing_pending")
    return []


def button(title: str, intent: str, **entities: object) -> dict[str, str]:
    """A button that sends ``intent`` with ``entities``, as Rasa payloads do."""
    if not entities:
        return {"title": title, "payload": f"/{intent}"}
    body = ",".join(f'"{key}":"{value}"' for key, value in entities.items())
    return {"title": title, "payload": f"/{intent}{{{body}}}"}


def short(text: str, limit: int = 60) -> str:
    """``text`` for a button title or a quote: whole, or its longest whole clause (else whole words) within
    ``limit``; never cut with « … » (``assistant.common.french.words_within``)."""
    if len(text) <= limit:
        return text
    return words_within(text, limit) or text.split(" ", 1)[0]


def active_goals(sender_id: str) -> list[GoalRecord]:
    """The mentee's goals not yet reached, numbered as in « mes objectifs »."""
    return [g for g in goal_store.list_goals(sender_id) if not g.reached]


def goal_buttons(records: list[GoalRecord], intent: str) -> list[dict[str, str]]:
    """One button per goal, sending ``intent`` with that goal's id."""
    return [button(f"{r.position}. {short(r.fields.statement, 40)}", intent, goal_id=r.id) for r in records]


Handler = Callable[..., Awaitable[list[dict[str, Any]]]]


def database_errors_told(run: Handler) -> Handler:
    """Tell the mentee plainly when the outcomes database fails, instead of crashing the action.

    The mentee's message is then undone (``UserUtteranceReverted``), as if it had not been sent:
    the conversation is where it was before it (the summary still waiting for « oui », the same
    question pending), so sending it again once the database is back does what it would have done.
    """

    @functools.wraps(run)
    async def wrapper(
        self: Action, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict[str, Any]]:
        try:
            return await run(self, dispatcher, tracker, domain)
        except SQLAlchemyError:
            logger.exception("Outcomes database failed in %s", self.name())
            say(dispatcher, "database_error")
            return [UserUtteranceReverted()]

    return wrapper


class AskSlotAction(Action, abc.ABC):
    """A form question as a custom action (``action_ask_<slot>``), so it can reuse earlier answers.

    The text is the catalogue message ``ask_<slot>``, rendered with :meth:`context`.
    """

    @property
    @abc.abstractmethod
    def slot(self) -> str:
        """The slot this action asks for; subclasses set it as a class attribute."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def context(self, tracker: Tracker) -> dict[str, Any]:
        """Values the question's template uses."""
        return {}

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        """Quick answers shown with the question."""
        return []

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        say(dispatcher, f"ask_{self.slot}", self.buttons(tracker), **self.context(tracker))
        return []


#: Topics offered when the assistant has no sure answer: the questions mentees ask most.
UNSURE_TOPICS = ("find_mentor", "approach_mentor", "expectations")


def knowledge_unsure(message: dict) -> bool:
    """Whether the knowledge base has no sure answer to ``message``, nor two candidates to offer."""
    return choose(ranking(message.get("response_selector"))).kind == "unsure"


def knowledge_has_no_answer(message: dict) -> bool:
    """Whether the knowledge base has no answer of its own to ``message``: unsure, or sure it is outside the sources
    (« jsuis apprenti … plus tard jveux ouvrir mon propre garage » got « mes sources ne traitent pas de cette
    question » in the sixteenth panel: the wish was the goal)."""
    decision = choose(ranking(message.get("response_selector")))
    return decision.kind == "unsure" or (decision.kind == "answer" and decision.topic == "outside_sources")


def answer_question(dispatcher: CollectingDispatcher, message: dict) -> None:
    """Answer a knowledge-base question, ask which of two topics was meant, or say there is no sure answer."""
    decision = choose(ranking(message.get("response_selector")))
    if decision.kind == "answer":
        dispatcher.utter_message(response=f"utter_faq/{decision.topic}")
        return
    if decision.kind == "unsure" and not looks_like_question(message.get("text")):
        # « Je suis sous-cheffe … Je voudrais m'en servir pour suivre nos rencontres. » asks no question
        say(dispatcher, "knowledge_not_a_question")
        dispatcher.utter_message(response="utter_menu")
        return
    topics = decision.topics if decision.kind == "clarify" else UNSURE_TOPICS
    buttons = [{"title": FAQ_QUESTIONS[t], "payload": FAQ_QUESTIONS[t]} for t in topics if t in FAQ_QUESTIONS]
    key = "knowledge_clarify" if decision.kind == "clarify" else "knowledge_unsure"
    if decision.kind == "clarify":
        buttons.append({"title": "Autre chose", "payload": "/ask_question"})
    say(dispatcher, key, buttons)


#: Payloads that answer a form's question (« /inform{"goal_area":"carriere"} », « /affirm »).
ANSWER_PAYLOAD_INTENTS = {"inform", "affirm", "deny"}


class AnswerValidation(FormValidationAction, abc.ABC):
    """A form's validation that first makes sure the message answers the question at all.

    A question about the question (« c'est quoi un bon indicateur ? ») that the NLU took for an
    answer is not stored: the form says what it is asking, with an example (``help_<slot>``), or
    answers a question about mentoring, and asks again. Then each slot's ``validate_<slot>`` runs.
    """

    @abc.abstractmethod
    def name(self) -> str:
        """``validate_<form>``."""

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        """Drop a digression taken as the pending slot's answer; else validate as usual."""
        requested = tracker.get_slot("requested_slot")
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        value = tracker.slots_to_validate().get(requested) if requested else None
        intent = (message.get("intent") or {}).get("name")
        if not (isinstance(value, str) and value == text):
            return await super().get_validation_events(dispatcher, tracker, domain)
        form = self.name().removeprefix("validate_")
        if text.startswith("/") and intent not in ANSWER_PAYLOAD_INTENTS:  # a button of another question, pressed
            return [SlotSet(requested, None)]  # late: its payload is never stored as the answer
        if leaves_for_task(form, requested, text, intent):  # the form's rule for that task starts it
            return [SlotSet(requested, None), ActionExecutionRejected(form)]
        remark = None if requested in PASTED else form_remark(text)  # a pasted message may say anything
        if remark == "tu_to_me":  # « on peut se tutoyer ? »
            say(dispatcher, "register_kept")
            return [SlotSet(requested, None)]
        if remark == "declines":  # « je passe », « laisse tomber le pourquoi »: kept waiting, never the answer
            say(dispatcher, "answer_declined")
            return [SlotSet(requested, None)]
        if remark == "already_said":  # « je viens de te les dire »: the previous message answers this question too
            said = previous_user_text(tracker.events)
            if said and fold(said) != fold(text):
                return await super().get_validation_events(dispatcher, with_answer(tracker, requested, said), domain)
            say(dispatcher, f"help_{requested}")
            return [SlotSet(requested, None)]
        if remark == "complaint":  # « c'est long ton truc »
            say(dispatcher, "form_complaint", left=self.questions_left(tracker, domain))
            return [SlotSet(requested, None)]
        tagged = None if requested in PASTED else without_tag_question(text)
        if tagged is not None:  # « … je voudrais les aider vraiment. Vous comprenez ? »: the answer, as if alone
            return await super().get_validation_events(dispatcher, with_answer(tracker, requested, tagged), domain)
        split = None if requested in PASTED else side_question(text)
        if split:  # « jeudi à 10h, mais au fait c'est normal de payer le café ? »: both
            return await self.answer_and_question(dispatcher, tracker, domain, requested, *split)
        if is_digression(requested, text, intent) and not self.kept_as_answer(requested, text):
            if intent == "faq" and remark != "how_to_answer":
                if knowledge_unsure(message):  # « je dirais 5 entretiens, ok ? »: no sure question, maybe the answer
                    tried = CollectingDispatcher()
                    events = await super().get_validation_events(tried, tracker, domain)
                    if any(e.get("name") == requested and e.get("value") is not None for e in events):
                        dispatcher.messages.extend(tried.messages)
                        return events
                answer_question(dispatcher, message)
            else:
                say(dispatcher, f"help_{requested}")
            return [SlotSet(requested, None)]
        return await super().get_validation_events(dispatcher, tracker, domain)

    def kept_as_answer(self, slot: str, text: str) -> bool:
        """Whether ``text``, though it may read as a question, goes to ``slot``'s own checks, which say what fits
        there (none by default)."""
        return False

    async def answer_and_question(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, slot: str, answer: str, question: str
    ) -> list:
        """An answer with a side question: the question answered (unless it asks whether the answer will do: the
        checks say so), then the answer checked as if typed alone, and said kept."""
        about_the_answer = asks_about_the_answer(question)
        if not about_the_answer:
            answer_question(dispatcher, tracker.latest_message or {})
        events = await super().get_validation_events(dispatcher, with_answer(tracker, slot, answer), domain)
        kept = [e for e in events if e.get("event") == "slot" and e.get("name") == slot]
        if kept and kept[-1].get("value") is not None and not about_the_answer:
            say(dispatcher, "side_answer_kept", answer=answer)
        return events

    @staticmethod
    def questions_left(tracker: Tracker, domain: dict) -> int:
        """How many of the active form's questions are still unanswered, the one asked included (0 when the domain
        does not say)."""
        form = (tracker.active_loop or {}).get("name")
        required = ((domain.get("forms") or {}).get(form) or {}).get("required_slots") or []
        asked = tracker.get_slot("requested_slot")
        return sum(1 for slot in required if slot == asked or tracker.get_slot(slot) is None)


Validator = Callable[..., dict[str, Any]]


def with_answer(tracker: Tracker, slot: str, text: str) -> Tracker:
    """``tracker`` as it would be had the form extracted ``text`` as the answer to ``slot`` (Rasa does not validate
    a slot an action sets, so an action that finds the answer runs the form's checks on this tracker)."""
    return Tracker(
        tracker.sender_id,
        {**tracker.slots, slot: text},
        tracker.latest_message,
        [*tracker.events, SlotSet(slot, text)],
        tracker.is_paused(),
        tracker.followup_action,
        tracker.active_loop,
        tracker.latest_action_name,
    )


def answers_only(validate: Validator) -> Validator:
    """Skip validation of a slot that an action just cleared (value None): it is not an answer.

    Decorates ``validate_<slot>`` of a form validation; the slot is read from the method's name.
    """
    slot = validate.__name__.removeprefix("validate_")

    @functools.wraps(validate)
    def wrapper(self: Any, value: Any, *args: Any) -> dict[str, Any]:
        return {slot: None} if value is None else validate(self, value, *args)

    return wrapper
