"""A mentee's erasure from outside Rasa (``python -m assistant erase``), under the conversation's lock.

Rasa serves the messages of one conversation one at a time, under a lock of its lock store. An
administrator's erasure that ignored that lock could run while a turn of the same mentee is in
flight in a Rasa process: the process would then write that turn back after the erasure (and its
actions could save outcomes again). Here the erasure takes the same lock as the Rasa servers (the
store ``LOCK_STORE_TYPE`` / ``REDIS_*`` name, as ``endpoints.yml`` does): it waits for the turn in
flight, and the next message waits for the erasure. The tracker caches of the Rasa processes then
see the conversation gone through their stamp check (``tracker_cache.py``).

With the in-memory lock store (one Rasa process, the default) no other process can share the
lock; the erasure runs at once, and the tracker cache refuses to write back a turn whose
conversation was erased beneath it.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import TypeVar

from rasa.core.lock_store import LockStore
from rasa.utils.endpoints import EndpointConfig

T = TypeVar("T")
#: Seconds between two looks at the lock while a turn is in flight.
WAIT_S = 0.2


def lock_store_from_environment() -> LockStore:
    """The lock store the Rasa servers use, from the variables ``endpoints.yml`` reads."""
    kind = os.environ.get("LOCK_STORE_TYPE") or "in_memory"
    if kind == "in_memory":
        return LockStore.create(None)
    return LockStore.create(
        EndpointConfig(
            url=os.environ.get("REDIS_HOST") or "localhost",
            type=kind,
            port=int(os.environ.get("REDIS_PORT") or 6379),
            db=int(os.environ.get("REDIS_DB") or 1),
            password=os.environ.get("REDIS_PASSWORD") or None,
        )
    )


def under_conversation_lock(sender_id: str, work: Callable[[str], T], store: LockStore | None = None) -> T:
    """``work(sender_id)`` while holding ``sender_id``'s conversation lock (Rasa's ``LockError`` if it cannot)."""
    store = store or lock_store_from_environment()

    async def locked() -> T:
        async with store.lock(sender_id, wait_time_in_seconds=WAIT_S):
            return work(sender_id)

    return asyncio.run(locked())
