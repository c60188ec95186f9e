"""The courtesies of a real assistant: session start and greeting, the two-stage fallback (asides inside forms:
``actions/asides.py``)."""

from __future__ import annotations

import json
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, FollowupAction, SessionStarted, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import (
    answer_question,
    goal_summary_pending,
    knowledge_has_no_answer,
    knowledge_unsure,
    say,
)
from actions.draft_requests import remark_on_draft, revision_typed
from actions.goal_summary import at_pending_summary, typed_correction
from actions.meeting_preparation import question_edit_typed
from actions.turn import (
    action_before_fallbacks,
    answered_this_turn,
    hand_over,
    last_buttons,
    offer_buttons,
    open_question_buttons,
    replay_payload,
    typed_button,
)
from actions.welcome import recap
from assistant.coaching.asides import TASK_INTENTS, mentor_already
from assistant.coaching.intents import asks_where_we_were, guess_button
from assistant.coaching.text import fold
from assistant.goals.catalog import kind_asked_about
from assistant.goals.stated import asks_to_set_a_goal, goal_in_words
from assistant.outreach.replies import not_sent_yet
from assistant.store.tracker import ERASED_SLOT

Events = list[dict[str, Any]]

#: Slots never carried into a new session: the work of a form left half-way, one-turn flags, and the slot that
#: chose between the debrief and the journal forms (it influences the conversation).
NOT_CARRIED = {"requested_slot", "welcomed_back", ERASED_SLOT, "pending_erase", "debrief_prepared"}


def _faq_choice(message: dict) -> dict:
    """The knowledge-base answer the response selector chose for ``message`` (``utter_action``, key), or {}."""
    return ((message.get("response_selector") or {}).get("faq") or {}).get("response") or {}


class ActionAnswerQuestion(Action):
    """A question about mentoring: answered from the knowledge base only when the topic is sure."""

    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if question_edit_typed(tracker):  # « la 2 ne va pas. Remplace-la par : quels outils … ? » under a preparation
            return [FollowupAction("action_edit_questions")]
        message = tracker.latest_message or {}
        text = message.get("text")
        if kind_asked_about(text):  # « qu'est-ce que le mentorat inversé, concrètement ? »: that kind, from the seed
            return [FollowupAction("action_explain_mentoring_kinds")]
        if knowledge_unsure(message) and remark_on_draft(tracker):  # « supprimez la phrase sur … » under a draft
            return [FollowupAction("action_revise_draft")]
        if knowledge_unsure(message) and goal_summary_pending(tracker) and typed_correction(tracker) is not None:
            return at_pending_summary(dispatcher, tracker, domain) or []  # « pouvez-vous reformuler la mesure : … ? »
        # « … je souhaiterais m'orienter vers … . Pourriez-vous m'accompagner ? »: the wish is the goal;
        # « je suis kiné et j'ai déjà une mentore »: the tasks of a relationship
        if knowledge_has_no_answer(message) and (goal_in_words(text, inside=True) or mentor_already(text)):
            return [FollowupAction("action_chitchat")]
        answer_question(dispatcher, message)
        return []


class ActionSessionStart(Action):
    """Start a session: keep the mentee's settings, and welcome a returning mentee with their work in progress."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        events: Events = [SessionStarted()]
        events += [
            SlotSet(key, value) for key, value in tracker.slots.items() if value is not None and key not in NOT_CARRIED
        ]
        try:
            if recap(dispatcher, tracker.sender_id):
                events.append(SlotSet("welcomed_back", True))
        except SQLAlchemyError:  # a new session must start even when the outcomes database does not answer
            pass
        events.append(ActionExecuted("action_listen"))
        return events


class ActionAnswerYesNo(Action):
    """A yes or a no to a question the assistant asked that no rule expects: yes takes the first suggestion.

    The assistant's questions (« On en clarifie un ensemble ? », « On continue ? », « Voulez-vous
    noter ce qui est ressorti de la rencontre ? ») come with buttons, the first being what « oui »
    means. A yes is replayed as that button (the way Rasa's two-stage fallback replays a confirmed
    intent), so the usual rules take over; a no is acknowledged with the menu.
    """

    def name(self) -> str:
        return "action_answer_yes_no"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        buttons = last_buttons(tracker.events, question=True)
        if not buttons and goal_summary_pending(tracker):  # an aside came between the summary and this answer
            if intent == "affirm":
                return [FollowupAction("action_save_goal")]
            return at_pending_summary(dispatcher, tracker, domain) or []  # « non, l'échéance c'est fin juin »
        if not buttons and intent == "affirm" and "merci" in fold(tracker.latest_message.get("text") or ""):
            dispatcher.utter_message(response="utter_you_are_welcome")  # « parfait, merci » with nothing asked
            return []
        request = _request_with_the_yes(tracker.latest_message or {})
        if not buttons and request:  # « ok. efface toutes mes données » with nothing asked: the request it makes
            return replay_payload(f"/{request}")
        if not buttons:
            typed = typed_button(tracker)  # « vas-y exporte » under « 📄 Exporter »: that button
            if typed is not None:
                return replay_payload(typed["payload"])
            offered = offer_buttons(tracker.events)  # « Commençons par en clarifier un » and its button: « ok vas-y »
            if intent == "affirm" and len(offered) == 1:
                return replay_payload(offered[0]["payload"])
            choices = open_question_buttons(tracker.events)  # « 👍 » to « Et maintenant ? »: the choices stay
            if choices and intent == "affirm":
                say(dispatcher, "yes_to_open_question", choices)
                return []
            say(dispatcher, "nothing_pending_short")
            dispatcher.utter_message(response="utter_menu")
            return []
        if intent != "affirm":
            say(dispatcher, "offer_declined")
            dispatcher.utter_message(response="utter_menu")
            return []
        return replay_payload(buttons[0]["payload"])


#: Intents that are no request of their own: a yes or no, small talk, a question, an answer.
_NOT_REQUESTS = {
    "affirm",
    "deny",
    "inform",
    "nlu_fallback",
    "chitchat",
    "greet",
    "goodbye",
    "thanks",
    "how_are_you",
    "bot_challenge",
    "out_of_scope",
    "other_language",
    "faq",
    "stop",
    "help",
}
#: Words of a yes that only thanks or approves (folded).
_COURTESY_WORDS = set(
    "merci beaucoup bien parfait super top c est ca me va tres d accord nickel genial cool oui ok".split()
)
#: A request ranked after the yes is taken from this confidence on.
REQUEST_MIN_CONFIDENCE = 0.05


def _request_with_the_yes(message: dict) -> str | None:
    """The request a yes goes on to make (« ok. efface toutes mes données » -> erase_data), when the classifier
    ranked one right after the yes; None for a bare yes."""
    ranking = message.get("intent_ranking") or []
    said = re.findall(r"\w+", fold(message.get("text") or ""))
    if len(said) < 3 or set(said[1:]) <= _COURTESY_WORDS:  # « oui merci c'est parfait » asks nothing more
        return None
    for ranked in ranking[1:3]:
        name, confidence = ranked.get("name") or "", ranked.get("confidence") or 0.0
        if name not in _NOT_REQUESTS and confidence >= REQUEST_MIN_CONFIDENCE:
            return name
    return None


def welcomed_in_this_turn(events: list[dict]) -> bool:
    """Whether the session started with the current user message (its welcome back is in this very answer)."""
    users_since_start = 0
    for event in reversed(events):
        if event.get("event") == "user":
            users_since_start += 1
        elif event.get("event") == "session_started":
            return users_since_start <= 1
    return False


class ActionGreet(Action):
    """Greet and show the menu, unless the session already opened with a welcome back."""

    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        message = tracker.latest_message or {}
        task = _task_after_greeting(message)
        if task is not None:  # « Bonjour, me revoilà. Je prépare ma prochaine rencontre avec Nathalie. »
            person = next((e["value"] for e in message.get("entities") or [] if e.get("entity") == "PER"), None)
            payload = f"/{task}" + (json.dumps({"PER": person}, ensure_ascii=False) if person else "")
            return [SlotSet("welcomed_back", False), *replay_payload(payload)]
        if asks_where_we_were(message.get("text")):  # « re bonjour, on en était où ? »: the work in progress
            try:
                told = recap(dispatcher, tracker.sender_id)
            except SQLAlchemyError:
                told = False
            if not told:
                say(dispatcher, "nothing_in_progress")
                dispatcher.utter_message(response="utter_menu")
            return [SlotSet("welcomed_back", False)]
        if tracker.get_slot("welcomed_back"):
            if welcomed_in_this_turn(tracker.events):
                return [SlotSet("welcomed_back", False)]  # the welcome back was the greeting
            say(dispatcher, "greet_again")
            dispatcher.utter_message(response="utter_menu")
            return [SlotSet("welcomed_back", False)]
        say(dispatcher, "greet")
        dispatcher.utter_message(response="utter_menu")
        return []


#: After a greeting, this many words at least say something else; a task this likely is what they ask.
GREETING_TAIL_WORDS = 4
GREETING_TASK_CONFIDENCE = 0.05
#: What a greeting may go on to ask: a task, or where the mentee stands (« Re-bonjour ! … Où j'en suis ? »).
GREETING_TASKS = TASK_INTENTS | {"show_progress", "list_goals", "list_actions"}
#: Words that name a task after a greeting (folded): « je prépare ma rencontre », « je voudrais écrire à … ».
_TASK_WORDS = re.compile(
    r"\b(?:prepar\w*|rencontre|rdv|rendez-vous|objectifs?|message|mail|ecri\w*|redig\w*|reli\w*|not\w*|"
    r"debrief\w*|bilan|progres\w*|avance\w*|compar\w*|remerci\w*|entrain\w*|ou j'en suis)\b"
)


def _task_after_greeting(message: dict) -> str | None:
    """The task a greeting goes on to ask for (the likeliest task intent after ``greet``), or None when the message
    says little more than hello."""
    text = fold(message.get("text") or "")
    tail = re.sub(r"^\W*(?:re)?(?:bonjour|bonsoir|salut|coucou|hello|hey)\b[^.!?]*[.!?]?", "", text)
    if len(tail.split()) < GREETING_TAIL_WORDS or not _TASK_WORDS.search(tail):  # « on en était où ? » asks no task
        return None
    ranked = message.get("intent_ranking") or []
    tasks = [
        r for r in ranked if r.get("name") in GREETING_TASKS and r.get("confidence", 0) >= GREETING_TASK_CONFIDENCE
    ]
    return tasks[0]["name"] if tasks else None


# --- two-stage fallback ------------------------------------------------------------------------------


class ActionDefaultAskAffirmation(Action):
    """« Vouliez-vous dire… ? » with the two most likely requests in French, and « Autre chose »."""

    MAX_GUESSES = 2

    def name(self) -> str:
        return "action_default_ask_affirmation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        message = tracker.latest_message or {}
        if not (message.get("text") or "").strip():  # spaces only, or nothing at all
            say(dispatcher, "message_empty")
            dispatcher.utter_message(response="utter_menu")
            return []
        pending = at_pending_summary(dispatcher, tracker, domain)  # asked: « Est-ce que je l'enregistre ainsi ? »
        if pending is not None:
            return pending
        typed = typed_button(tracker)  # « un autre » under « ➕ Un autre objectif »
        if typed is not None:
            return replay_payload(typed["payload"])
        if revision_typed(tracker):  # « pourriez-vous adapter ce message pour LinkedIn ? » under a draft
            return hand_over("action_revise_draft")
        text = message.get("text")
        if goal_in_words(text, inside=True) or mentor_already(text):  # « j'ai déjà une mentore, … je voudrais
            return hand_over("action_chitchat")  # suivre notre relation »: the tasks that fit it
        faq_key = _faq_choice(message).get("intent_response_key")
        buttons: list[dict[str, str]] = []
        for ranked in message.get("intent_ranking") or []:
            guess = guess_button(ranked.get("name", ""), faq_key)
            if guess and guess not in buttons:
                buttons.append(guess)
            if len(buttons) == self.MAX_GUESSES:
                break
        if not buttons:
            say(dispatcher, "ask_rephrase")
            return []
        say(dispatcher, "ask_affirmation", [*buttons, {"title": "Autre chose", "payload": "/out_of_scope"}])
        return []


class ActionDefaultAskRephrase(Action):
    """Second stage: ask the mentee to say it differently, with an example."""

    def name(self) -> str:
        return "action_default_ask_rephrase"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        say(dispatcher, "ask_rephrase")
        return []


class ActionDefaultFallback(Action):
    """Give up honestly and show the menu; the misunderstood message is forgotten. When the turn was answered
    already and only the next step is unsure, stay silent: forgetting the message would undo what was done."""

    def name(self) -> str:
        return "action_default_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if answered_this_turn(tracker.events):  # an action answered already (a goal saved): nothing to undo
            # … but the turn must end here: with no event, the policies predict this fallback again until Rasa's
            # limit of predictions, and every later message of the conversation trips that limit at once (silence)
            return [FollowupAction("action_listen")]
        pending = at_pending_summary(dispatcher, tracker, domain)  # « 20 entretiens, pas 30 » at a goal's summary
        if pending is not None:
            return pending
        if revision_typed(tracker):  # « mets 15 minutes au lieu de 20 » under a draft
            return [FollowupAction("action_revise_draft")]
        text = (tracker.latest_message or {}).get("text")
        if action_before_fallbacks(tracker.events) == "action_no_reply" and not_sent_yet(text):
            return [FollowupAction("action_note_message_sent")]  # « Quand l'avez-vous envoyé ? » « pas encore »
        if question_edit_typed(tracker):  # « laisse tomber la 6 aussi » under a preparation
            return [FollowupAction("action_edit_questions")]
        if asks_to_set_a_goal(text):  # « je suis recruteuse, je veux un objectif, vite »
            return replay_payload("/clarify_goal")
        typed = typed_button(tracker)  # « le 1er », « le 2 ouais » under « Vouliez-vous dire : … » (sixteenth panel)
        if typed is not None:
            return replay_payload(typed["payload"])
        if goal_in_words(text, inside=True) or mentor_already(text):  # « … je voudrais en définir un : savoir gérer
            return [FollowupAction("action_chitchat")]  # une cuisine »: the goal form, with it; « j'ai une mentore »
        say(dispatcher, "fallback_menu")
        dispatcher.utter_message(response="utter_menu")
        return [UserUtteranceReverted()]
