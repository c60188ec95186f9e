"""Builders of real rasa_sdk trackers for action tests, and running an action or a form validation on one."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

DOMAIN_FILE = Path(__file__).resolve().parents[2] / "domain.yml"


@pytest.fixture(scope="session")
def domain() -> dict:
    """The project's real domain, as the action server receives it."""
    return yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))


def make_tracker(
    sender_id: str = "mentee-1",
    slots: dict | None = None,
    text: str = "",
    intent: str = "inform",
    entities: list | None = None,
    active_loop: str | None = None,
    set_after_user: dict | None = None,
    confidence: float = 0.99,
) -> Tracker:
    """A tracker whose last user message is ``text``; ``set_after_user`` are slots extracted from it."""
    slots = {**(slots or {}), **(set_after_user or {})}
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": entities or []}
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text, "parse_data": latest}]
    events += [{"event": "slot", "name": k, "value": v} for k, v in (set_after_user or {}).items()]
    return Tracker(
        sender_id=sender_id,
        slots=slots,
        latest_message=latest,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def sent(dispatcher: CollectingDispatcher) -> list[str]:
    """What the action sent, in order: the text, or the domain response's name."""
    return [m.get("text") or m.get("response") for m in dispatcher.messages]


def texts(dispatcher: CollectingDispatcher) -> str:
    """All plain texts the action sent, joined."""
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


def slot_events(events: list[dict]) -> dict:
    """The slot values the events set (last one wins)."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def run(
    action, domain: dict, tracker: Tracker | None = None, **tracker_args: object
) -> tuple[CollectingDispatcher, list[dict]]:
    """Run ``action`` on ``tracker`` (or on ``make_tracker(**tracker_args)``); the dispatcher and the events."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker or make_tracker(**tracker_args), domain))
    return dispatcher, events


def validate_answer(
    form, domain: dict, slot: str, value: object, loop: str, slots: dict | None = None, **tracker_args: object
) -> tuple[CollectingDispatcher, dict]:
    """Run the form validation ``form`` as Rasa does after extracting ``slot`` = ``value`` from the last message
    of the active ``loop``; the dispatcher and the slot values set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text=str(value),
        active_loop=loop,
        slots={"requested_slot": slot, **(slots or {})},
        set_after_user={slot: value},
        **tracker_args,
    )
    events = asyncio.run(form.run(dispatcher, tracker, domain))
    return dispatcher, slot_events(events)
