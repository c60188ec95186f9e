"""A question, a greeting, a remark or another request in the middle of a form: answered, then the form asks its
question again; or taken as the answer when it is one."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.checkin import ValidateCheckinForm
from actions.common import AnswerValidation, answer_question, say, with_answer
from actions.goal_form import ValidateGoalForm
from actions.journal import ValidateJournalForm
from actions.meeting_debrief import ValidateDebriefForm
from actions.meeting_form import ValidateMeetingForm
from actions.outreach_form import ValidateOutreachForm
from actions.practice import ValidateCritiqueForm, ValidateRehearsalForm
from actions.progress import ValidateProgressForm
from actions.shortlist import ValidateShortlistForm
from assistant.coaching.asides import PASTED, is_pasted_answer, remark_is_answer, side_question
from assistant.coaching.text import looks_foreign, looks_like_question
from assistant.shortlist.answers import says_unknown
from assistant.shortlist.model import CRITERIA

Events = list[dict[str, Any]]

#: The response that answers each aside; the knowledge base answers with the selected topic.
ASIDE_RESPONSES = {
    "how_are_you": "utter_how_are_you",
    "bot_challenge": "utter_bot_challenge",
    "out_of_scope": "utter_out_of_scope",
    "other_language": "utter_other_language",
}


#: Asides that may follow an answer in the same message (« Paul Durand. D'ailleurs je le tutoie ? »).
SIDE_QUESTIONS = ("faq", "out_of_scope")


class ActionAsideInForm(Action):
    """A question, a greeting or a remark in the middle of a form: answered, then the form asks its question again.

    A form answer can look like a question about mentoring (« pour prendre plus de responsabilités »
    may be read as the knowledge base's topic on careers), like another language (markup, a name),
    or, for a pasted message, like a greeting (« Bonjour Claire, … »). Such a message is taken as the
    answer to the form's pending question instead, and the form's checks apply.
    """

    def name(self) -> str:
        return "action_aside_in_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        intent = (message.get("intent") or {}).get("name")
        requested = tracker.get_slot("requested_slot")
        confidence = (message.get("intent") or {}).get("confidence") or 0.0
        validator = VALIDATORS.get((tracker.active_loop or {}).get("name") or "")
        kept = validator is not None and bool(requested) and validator().kept_as_answer(requested, text)
        if requested and (kept or _is_an_answer(intent, text, requested, confidence)):
            return await _validated_answer(dispatcher, tracker, domain, requested, text)
        split = side_question(text) if requested and requested not in PASTED and intent in SIDE_QUESTIONS else None
        if split and validator is not None:  # « jeudi à 10h, mais au fait c'est normal de payer le café ? »
            return await validator().answer_and_question(dispatcher, tracker, domain, requested, *split)
        if intent == "faq":
            answer_question(dispatcher, message)
        elif intent == "help" and requested:
            say(dispatcher, f"help_{requested}")
            return []
        elif intent == "greet":
            say(dispatcher, "greet_in_form", task=FORM_TASKS.get((tracker.active_loop or {}).get("name") or "", ""))
            return []
        elif intent == "chitchat":  # « il pleut des cordes ici »: acknowledged, never the answer
            say(dispatcher, "chitchat_in_form")
            return []
        elif intent in ASIDE_RESPONSES:
            dispatcher.utter_message(response=ASIDE_RESPONSES[intent])
        say(dispatcher, "aside_resume")
        return []


#: What the mentee was doing in each form, for « Rebonjour ! Nous étions en train de … ».
FORM_TASKS = {
    "goal_form": "clarifier votre objectif",
    "meeting_form": "préparer votre rencontre",
    "debrief_form": "noter ce qui est ressorti de votre rencontre",
    "outreach_form": "rédiger votre message à un mentor",
    "critique_form": "relire votre message",
    "rehearsal_form": "vous entraîner à la réponse du mentor",
    "progress_form": "noter vos progrès",
    "journal_form": "noter ce qui est ressorti de votre rencontre",
    "checkin_form": "faire le point sur votre relation de mentorat",
    "shortlist_form": "comparer vos mentors potentiels",
}


#: The validator of each form whose asides this action handles.
VALIDATORS: dict[str, type[AnswerValidation]] = {
    "goal_form": ValidateGoalForm,
    "meeting_form": ValidateMeetingForm,
    "outreach_form": ValidateOutreachForm,
    "debrief_form": ValidateDebriefForm,
    "critique_form": ValidateCritiqueForm,
    "rehearsal_form": ValidateRehearsalForm,
    "progress_form": ValidateProgressForm,
    "journal_form": ValidateJournalForm,
    "checkin_form": ValidateCheckinForm,
    "shortlist_form": ValidateShortlistForm,
}


async def _validated_answer(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, slot: str, text: str
) -> Events:
    """The form's own checks on ``text`` as the answer to ``slot``."""
    validator = VALIDATORS.get((tracker.active_loop or {}).get("name") or "")
    if validator is None:
        return [SlotSet(slot, text)]
    return await validator().run(dispatcher, with_answer(tracker, slot, text), domain)


def _is_an_answer(intent: str | None, text: str, slot: str, confidence: float = 1.0) -> bool:
    """Whether an aside is in fact the answer to ``slot``.

    A pasted message of a few sentences is; a greeting, a remark about one's day or a call for help never is
    otherwise; another aside is when it is not phrased as a question (nor really written in another language).
    """
    if slot in PASTED:
        return is_pasted_answer(slot, text)
    if slot in CRITERIA and says_unknown(text):  # « jsp »: the criterion's level is unknown
        return True
    if intent == "chitchat" and remark_is_answer(slot, text, confidence):
        return True
    if intent in ("help", "greet", "chitchat") or looks_like_question(text):
        return False
    return not (intent == "other_language" and looks_foreign(text))
