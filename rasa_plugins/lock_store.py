"""A Redis lock store whose ticket operations are atomic across Rasa processes (Rasa issue 9213).

Rasa 3.6's ``RedisLockStore`` reads a conversation's whole lock, changes it in Python and writes
it back. Two Rasa processes doing that for the same conversation in the same instant can both be
given the same ticket, or one can drop the other's ticket, or delete the lock while the other
waits on it (the waiter then fails with ``LockError``). This subclass runs each
read-change-write as a Redis transaction that is retried when another process changed the lock
in between (``WATCH``/``MULTI``), so every ticket is issued once and none is lost.

Select it with ``LOCK_STORE_TYPE=rasa_plugins.lock_store.AtomicRedisLockStore``; it reads the same
``lock_store`` settings as ``type: redis`` (``url``, ``port``, ``db``, ``password`` …).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# A change of one lock: the stored lock (None when missing) -> (lock to store, None to delete; a result).
Change = Callable[[TicketLock | None], tuple[TicketLock | None, Any]]


class AtomicRedisLockStore(RedisLockStore):
    """``RedisLockStore`` with every change of a lock done in one optimistic Redis transaction."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        """Build from the ``lock_store`` endpoint (as Rasa does for custom types) or from keyword arguments."""
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _change(self, conversation_id: str, change: Change) -> Any:
        """Apply ``change`` to the stored lock atomically; ``change`` returns (new lock or None to delete, result)."""
        key = self.key_prefix + conversation_id

        def transaction(pipe: Any) -> Any:
            raw = pipe.get(key)
            lock = TicketLock.from_dict(json.loads(raw)) if raw else None
            new_lock, result = change(lock)
            pipe.multi()
            if new_lock is None:
                pipe.delete(key)
            else:
                pipe.set(key, new_lock.dumps())
            return result

        return self.red.transaction(transaction, key, value_from_callable=True)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """Issue a new ticket for ``conversation_id``'s lock (created when missing), atomically."""

        def change(lock: TicketLock | None) -> tuple[TicketLock, int]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, change)
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        """Remove the expired tickets of ``conversation_id``'s lock, and the lock once it holds none, atomically.

        Rasa keeps an empty lock: a waiter whose own ticket expired together with a crashed holder's
        then finds a lock that exists yet serves no ticket, and waits on it forever. Deleted, the
        waiter gets Rasa's ``LockError`` (« could not acquire lock ») at its next check.
        """

        def change(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock:
                lock.remove_expired_tickets()
            return (lock if lock and lock.tickets else None), None

        self._change(conversation_id, change)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Remove ticket ``ticket_number`` from ``conversation_id``'s lock, atomically."""

        def change(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        self._change(conversation_id, change)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Remove the ticket, and the lock itself when no one else waits, in one transaction."""

        def change(lock: TicketLock | None) -> tuple[TicketLock | None, bool]:
            if lock:
                lock.remove_ticket_for(ticket_number)
                if lock.is_someone_waiting():
                    return lock, False
            return None, lock is not None

        self._log_deletion(conversation_id, self._change(conversation_id, change))
