"""Glue shared by the actions: slot resets, buttons, and honest handling of database failures."""

from __future__ import annotations

import abc
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from assistant.coaching.goals import GOAL_FIELDS, GoalRecord
from assistant.coaching.render import message
from assistant.store import repository

logger = logging.getLogger(__name__)

#: Slots that hold the goal being written; cleared when it is saved or abandoned.
GOAL_WORK_SLOTS = (*GOAL_FIELDS, "editing_goal_id", "goal_field")


def reset_goal_slots() -> list[dict[str, Any]]:
    """Events that clear the goal being written."""
    return [SlotSet(name, None) for name in GOAL_WORK_SLOTS]


def clear_goal_reference() -> list[dict[str, Any]]:
    """Events that forget which saved goal the last message pointed at."""
    return [SlotSet("goal_id", None), SlotSet("goal_number", None)]


def say(dispatcher: CollectingDispatcher, key: str, buttons: list | None = None, **context: object) -> None:
    """Send the catalogue message ``key`` (``assistant/templates/messages.yml``), with optional buttons."""
    dispatcher.utter_message(text=message(key, **context), buttons=buttons or [])


def button(title: str, intent: str, **entities: object) -> dict[str, str]:
    """A button that sends ``intent`` with ``entities``, as Rasa payloads do."""
    if not entities:
        return {"title": title, "payload": f"/{intent}"}
    body = ",".join(f'"{key}":"{value}"' for key, value in entities.items())
    return {"title": title, "payload": f"/{intent}{{{body}}}"}


def short(text: str, limit: int = 60) -> str:
    """Shorten ``text`` on a word boundary for a button title or a quote."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return f"{cut}…"


def active_goals(sender_id: str) -> list[GoalRecord]:
    """The mentee's goals not yet reached, numbered as in « mes objectifs »."""
    return [g for g in repository.list_goals(sender_id) if not g.reached]


def goal_buttons(records: list[GoalRecord], intent: str) -> list[dict[str, str]]:
    """One button per goal, sending ``intent`` with that goal's id."""
    return [button(f"{r.position}. {short(r.fields.statement, 40)}", intent, goal_id=r.id) for r in records]


Handler = Callable[..., Awaitable[list[dict[str, Any]]]]


def database_errors_told(run: Handler) -> Handler:
    """Tell the mentee plainly when the outcomes database fails, instead of crashing the action."""

    @functools.wraps(run)
    async def wrapper(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):  # noqa: ANN001
        try:
            return await run(self, dispatcher, tracker, domain)
        except SQLAlchemyError:
            logger.exception("Outcomes database failed in %s", self.name())
            say(dispatcher, "database_error")
            return []

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
