"""What the current turn and the one before it hold, read from the tracker's events: the action before the
message, whether the assistant already answered, the buttons of its last message and whether it asked a yes/no
question, and the events that replay a button's payload as the current message."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, FollowupAction, UserUtteranceReverted, UserUttered

from assistant.coaching.text import fold
from assistant.coaching.yes_no import button_named, number_typed, title_typed


def turn_before(events: list[dict]) -> Iterator[dict]:
    """The events of the turn before the current user message, latest first (the current message's own events, and
    anything before the previous user message, are not part of it)."""
    seen_current = False
    for event in reversed(events):
        if event.get("event") == "user":
            if seen_current:
                return
            seen_current = True
        elif seen_current:
            yield event


def previous_user_text(events: list[dict]) -> str:
    """The text of the mentee's message before the current one (a button's payload is none), or ""."""
    texts = [e.get("text") or "" for e in events if e.get("event") == "user"]
    previous = texts[-2] if len(texts) > 1 else ""
    return "" if previous.startswith("/") else previous


def previous_action(events: list[dict]) -> str:
    """The last action run before the current user message (« action_listen » aside), or ""."""
    actions = (e for e in turn_before(events) if e.get("event") == "action" and e.get("name") != "action_listen")
    return next((e.get("name") or "" for e in actions), "")


def action_before_fallbacks(events: list[dict]) -> str:
    """:func:`previous_action`, looking past the turns the fallback undid (« Je ne sais pas encore répondre à
    cela »: a ``rewind`` forgets the message): the conversation is still where it was before them, under a draft."""
    rewinds = 0
    seen_current = False
    for event in reversed(events):
        kind = event.get("event")
        if kind == "user":
            if seen_current and not rewinds:
                return ""
            rewinds -= 1 if seen_current else 0
            seen_current = True
        elif seen_current and kind == "rewind":
            rewinds += 1
        elif seen_current and not rewinds and kind == "action" and event.get("name") != "action_listen":
            return event.get("name") or ""
    return ""


def answered_this_turn(events: list[dict]) -> bool:
    """Whether the assistant already said something since the current user message (an action did the work)."""
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False


#: The last sentence of a message when it is an open question (« Et maintenant ? », « Quel objectif … ? »): a yes
#: does not answer it.
_OPEN_QUESTION = re.compile(
    r"(?:^|[.!:…]\s+)(?:(?:dans|pour|sur|en|de|avec|par|à|a|chez) (?=quel|lequel|laquelle|qui))?"
    r"(?:et maintenant|que |qu'|quel|quelle|quels|quelles|comment|o[uù] |quand|pourquoi|combien|"
    r"lequel|laquelle|lesquel|a quel|à quel|avec qui|de quoi|par quoi)[^.!?]*\?\s*$",
    re.I,
)


def yes_no_question(text: str) -> bool:
    """Whether ``text`` ends with a question a yes or a no answers (« On en clarifie un ensemble ? »), not an open
    one (« Et maintenant ? », « Lequel voulez-vous supprimer ? »)."""
    text = text.rstrip()
    if not text.endswith("?"):  # « Voulez-vous vous entraîner à sa réponse ? Et en cas de réponse positive, je vous
        asked = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.endswith("?")]  # aide à préparer la rencontre. »
        text = asked[-1] if asked else ""
    return text.endswith("?") and not _OPEN_QUESTION.search(text)


def said_before(events: list[dict]) -> list[str]:
    """The texts of the assistant's messages in the turn before the current user message, latest first."""
    return [e["text"] for e in turn_before(events) if e.get("event") == "bot" and e.get("text")]


def last_buttons(events: list[dict], question: bool = False) -> list[dict]:
    """The buttons of the assistant's last message before the current user message (only if it asked a yes/no
    question, with ``question``)."""
    for event in turn_before(events):
        if event.get("event") != "bot":
            continue
        buttons = (event.get("data") or {}).get("buttons") or []
        if buttons and (not question or yes_no_question(event.get("text") or "")):
            return buttons
        if event.get("text"):
            return []
    return []


def hand_over(action: str) -> list[dict[str, Any]]:
    """From inside the two-stage fallback (« Vouliez-vous dire… ? »): end that loop, then run ``action``. Left
    active, the loop came back after ``action`` and handed over again, until Rasa's limit of predictions; every
    later message of the conversation then tripped that limit at once and got no answer (seventeenth panel). Run
    again in the same turn, it also made Rasa fold its runs together and drop what was set between them (a goal's
    correction at its summary, sixteenth panel)."""
    return [ActiveLoop(None), FollowupAction(action)]


def replay_payload(payload: str) -> list[dict[str, Any]]:
    """Events that make the current message read as the button ``payload`` (« /intent{"entity": "value"} »)."""
    name, _, raw = payload.lstrip("/").partition("{")
    values = json.loads("{" + raw) if raw else {}
    entities = [{"entity": key, "value": value, "start": 0, "end": 0} for key, value in values.items()]
    parse = {
        "text": payload,
        "intent": {"name": name, "confidence": 1.0},
        "intent_ranking": [{"name": name, "confidence": 1.0}],
        "entities": entities,
    }
    return [UserUtteranceReverted(), ActionExecuted("action_listen"), UserUttered(payload, parse)]


def typed_button(tracker: Tracker) -> dict[str, str] | None:
    """The button of the assistant's last message that the current message names or types (« un autre » for
    « ➕ Un autre objectif », « exporte » for « 📄 Exporter »), or None."""
    shown = last_buttons(tracker.events)
    titles = [b.get("title") or "" for b in shown]
    text = (tracker.latest_message or {}).get("text")
    index = title_typed(text, titles)
    index = number_typed(text, titles) if index is None else index  # « 2 », « la 1 »
    index = button_named(text, titles) if index is None else index
    return shown[index] if index is not None else None


def open_question_buttons(events: list[dict]) -> list[dict]:
    """The buttons of the assistant's last message when it ended with an open question (« Et maintenant ? »), which a
    yes does not answer; [] otherwise."""
    said = next((e["text"].rstrip() for e in turn_before(events) if e.get("event") == "bot" and e.get("text")), "")
    return last_buttons(events) if said.endswith("?") and not yes_no_question(said) else []


#: « Commençons par en clarifier un », « Préparons-la »: the assistant invites to a next step (folded).
_INVITES = re.compile(
    r"\b(?:commencons|clarifions|preparons|ecrivons|notons|faisons|"
    r"on (?:en )?(?:clarifie|prepare|commence|fait|note))\b"
)


def offer_buttons(events: list[dict]) -> list[dict]:
    """The buttons of the assistant's last message when it invited to a next step without asking (« Commençons
    par en clarifier un : … »), which a yes takes up; [] otherwise."""
    said = next((e["text"] for e in turn_before(events) if e.get("event") == "bot" and e.get("text")), "")
    return last_buttons(events) if _INVITES.search(fold(said)) else []
