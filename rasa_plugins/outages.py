"""When a service the Rasa server needs is down, the mentee is told so in French and nothing is lost.

Rasa 3.6 wraps every tracker store in a ``FailSafeTrackerStore``: when the tracker database fails,
it hands out a new, empty conversation and keeps the turn in the process's memory. The mentee is
greeted as a stranger, the form they were in is forgotten for that turn, and what they say during
the outage never reaches the database. Here the project's tracker store is used as it is: a failed
read or write raises, the turn is refused, and the mentee gets ``tracker_unavailable`` (their
message was not taken; send it again in a moment). The conversation stored before the outage is
untouched and goes on when the database is back.

When the action server cannot be reached (or fails), Rasa logs the error and goes on without the
action's events: an answer typed in a form is dropped without a word. Here the mentee gets
``actions_unavailable`` once for that message, and Rasa carries on as before (the form keeps its
place, so the answer sent again is taken).

``install()`` is called when ``rasa_plugins.tracker_store`` is imported, i.e. by every Rasa server
whose ``endpoints.yml`` names the project's tracker store.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from rasa.core import agent, processor
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import TrackerStore
from rasa.shared.exceptions import RasaException

from assistant.common.templating import message

logger = logging.getLogger(__name__)

_ORIGINAL_RUN = RemoteAction.run
_ORIGINAL_HANDLE = processor.MessageProcessor.handle_message
_ORIGINAL_CREATE = agent.Agent._create_tracker_store
#: The last user message (sender, timestamp) told that the action server failed: one notice per message.
_TOLD: OrderedDict[tuple[str, float], None] = OrderedDict()
_TOLD_SIZE = 1000


class TrackerStoreUnavailable(RasaException):
    """The tracker database could not be read or written: the turn is refused."""


def _unwrapped_tracker_store(store: TrackerStore | None, domain: Any) -> TrackerStore:
    """Rasa's own choice, except that the project's tracker store is not wrapped in the fail-safe store."""
    from rasa_plugins.tracker_cache import CachedSQLTrackerStore

    if isinstance(store, CachedSQLTrackerStore):
        store.domain = domain
        return store
    return _ORIGINAL_CREATE(store, domain)


async def _handle_message(self: processor.MessageProcessor, user_message: UserMessage) -> Any:
    """Rasa's turn; a tracker database failure is answered with ``tracker_unavailable`` instead."""
    try:
        return await _ORIGINAL_HANDLE(self, user_message)
    except TrackerStoreUnavailable as error:
        logger.error("Turn refused, the tracker database failed: %s", error.__cause__ or error)
        if user_message.output_channel is not None:
            await user_message.output_channel.send_text_message(user_message.sender_id, message("tracker_unavailable"))
        return None


def _first_notice(sender_id: str, timestamp: float | None) -> bool:
    key = (sender_id, timestamp or 0.0)
    if key in _TOLD:
        return False
    _TOLD[key] = None
    while len(_TOLD) > _TOLD_SIZE:
        _TOLD.popitem(last=False)
    return True


async def _run_remote(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> Any:
    """Rasa's call to the action server; when it fails, the mentee is told once for their message."""
    try:
        return await _ORIGINAL_RUN(self, output_channel, nlg, tracker, domain)
    except ActionExecutionRejection:
        raise
    except RasaException:
        latest = tracker.latest_message
        if output_channel is not None and _first_notice(tracker.sender_id, getattr(latest, "timestamp", None)):
            await output_channel.send_text_message(tracker.sender_id, message("actions_unavailable"))
        raise


def install() -> None:
    """Install the three changes (idempotent)."""
    agent.Agent._create_tracker_store = staticmethod(_unwrapped_tracker_store)
    processor.MessageProcessor.handle_message = _handle_message
    RemoteAction.run = _run_remote
