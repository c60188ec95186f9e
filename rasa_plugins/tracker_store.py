"""Rasa's SQL tracker store, with the mentee's right to erasure (and the cache of ``tracker_cache``).

When a mentee confirms « supprime mes données », ``action_erase_data`` deletes their outcomes and
sets the slot ``data_erased``. Deleting the conversation from inside the action server would not
be enough: Rasa saves the tracker after the turn and, finding no stored events, would write the
whole conversation back. This store sees the slot when Rasa saves that turn and deletes the
sender's events instead of storing them; the next message starts a fresh conversation.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import create_engine_kwargs
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import SQLAlchemyError

from assistant.store.tracker import ERASED_SLOT
from rasa_plugins import outages
from rasa_plugins.tracker_cache import CachedSQLTrackerStore

logger = logging.getLogger(__name__)
outages.install()


def erasure_requested(tracker: DialogueStateTracker) -> bool:
    """True when the turn being saved (events after the last user message) erased the mentee's data."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, SlotSet) and event.key == ERASED_SLOT and event.value:
            return True
    return False


class ErasingSQLTrackerStore(CachedSQLTrackerStore):
    """``CachedSQLTrackerStore`` that deletes a conversation instead of saving the turn that erased it.

    A database failure raises ``outages.TrackerStoreUnavailable`` (the turn is refused in French)
    instead of Rasa's fall-back to a conversation kept in memory. A pooled connection is checked before
    use (``pool_pre_ping``): after the database was restarted, a server that was idle meanwhile
    reconnects instead of refusing its next turn on a connection the database closed.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The stored conversation, or ``TrackerStoreUnavailable`` when the database fails."""
        try:
            return await super().retrieve(sender_id)
        except SQLAlchemyError as error:
            raise outages.TrackerStoreUnavailable("the tracker database could not be read") from error

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the new events (or erase the conversation), or ``TrackerStoreUnavailable``."""
        try:
            await self._save(tracker)
        except SQLAlchemyError as error:
            self.forget(tracker.sender_id)
            raise outages.TrackerStoreUnavailable("the tracker database could not be written") from error

    async def _save(self, tracker: DialogueStateTracker) -> None:
        """Store the new events, or delete every event of the sender when the turn erased their data."""
        if not erasure_requested(tracker):
            await super().save(tracker)
            return
        self.forget(tracker.sender_id)
        with self.session_scope() as session:
            removed = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == tracker.sender_id).delete()
            session.commit()
        logger.info("Conversation erased on request: %d events deleted", removed)
