"""Rasa's SQL tracker store, with the conversations this process saved kept in memory.

For every message, Rasa's ``SQLTrackerStore`` reads the whole conversation session back (every
event, decoded from JSON and replayed into a tracker) and, to save it, counts those events again.
This store keeps the tracker it saved last for each sender, with a *stamp* of what the database
held right after that save: the sender's number of events, highest id and latest timestamp.
Before handing the tracker out again, one aggregate query checks the stamp. If another Rasa
process wrote to that conversation, or the admin erased it, the stamp differs and the tracker is
read from the database as Rasa does. The lock store already serialises the messages of one
sender across processes, so nobody writes between that check and the save that follows it.
``MENTORAT_SPEEDUPS=off`` turns the cache off (Rasa's behaviour), for the benchmark.

The stamp is checked again before a kept tracker's turn is written: a conversation erased while
that turn was in flight (``python -m assistant erase`` with the in-memory lock store, which other
processes cannot share) is not written back.

The processor changes a tracker in place and then saves it. So the store remembers how many of
its events are stored, and writes only the ones after them. A kept tracker whose length no longer
matches (the turn failed before it was saved) is not handed out again. For a tracker it did not
hand out (a new conversation), it counts the stored events of the latest session as Rasa does, with
a plain SQL query instead of Rasa's ORM query.

A tracker is kept only if it is what a fresh read would return: a read starts at the latest
``session_started`` event. A tracker with that event after its first position (a first turn,
or a session that restarted in this turn) is dropped, and the next turn reads it again.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from itertools import islice

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from rasa_plugins import speedups

logger = logging.getLogger(__name__)

#: How many conversations a process keeps by default (least recently used go first).
DEFAULT_CACHE_SIZE = 1000

Stamp = tuple[int, int | None, float | None]


@dataclass
class Kept:
    """A tracker this process saved: how many of its events are stored, and the stamp after that."""

    tracker: DialogueStateTracker
    stored: int
    stamp: Stamp


def reads_back_the_same(tracker: DialogueStateTracker) -> bool:
    """Whether a fresh read of this conversation would give these events: no session start after the first event."""
    return not any(isinstance(event, SessionStarted) for event in islice(tracker.events, 1, None))


class CachedSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` that reuses the trackers it saved while the database still matches them."""

    def __init__(self, *args, cache_size: int | str | None = None, **kwargs) -> None:
        """As ``SQLTrackerStore``; ``cache_size`` bounds the conversations kept (0 keeps none; by
        default ``DEFAULT_CACHE_SIZE``, or 0 when ``MENTORAT_SPEEDUPS=off``)."""
        super().__init__(*args, **kwargs)
        if cache_size is None:
            cache_size = DEFAULT_CACHE_SIZE if speedups.enabled() else 0
        self.cache_size = int(cache_size)
        self._kept: OrderedDict[str, Kept] = OrderedDict()
        events = self.SQLEvent.__table__
        sender = events.c.sender_id == sa.bindparam("sender_id")
        self._stamp_query = sa.select(
            sa.func.count(events.c.id), sa.func.max(events.c.id), sa.func.max(events.c.timestamp)
        ).where(sender)
        # What Rasa's save counts (events since the latest session start), without its ORM query,
        # whose statement-cache key alone cost ~10 % of the server's time in the profile.
        session_start = (
            sa.select(sa.func.max(events.c.timestamp))
            .where(sender, events.c.type_name == SessionStarted.type_name)
            .scalar_subquery()
        )
        self._session_count_query = sa.select(sa.func.count(events.c.id)).where(
            sender, sa.or_(events.c.timestamp >= session_start, session_start.is_(None))
        )
        self._insert = events.insert()

    def stamp(self, sender_id: str) -> Stamp:
        """What the database holds for ``sender_id``: number of events, highest id, latest timestamp."""
        with self.engine.connect() as connection:
            count, highest, latest = connection.execute(self._stamp_query, {"sender_id": sender_id}).one()
        return int(count), highest, latest

    def forget(self, sender_id: str) -> None:
        """Drop what this process keeps for ``sender_id``."""
        self._kept.pop(sender_id, None)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The tracker of the latest session: the kept one when the database still matches it."""
        kept = self._kept.get(sender_id)
        if kept and len(kept.tracker.events) == kept.stored and kept.stamp == self.stamp(sender_id):
            self._kept.move_to_end(sender_id)
            return kept.tracker
        tracker = await super().retrieve(sender_id)
        if tracker is None:
            self.forget(sender_id)
        else:
            self._keep(sender_id, Kept(tracker, len(tracker.events), self.stamp(sender_id)))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the events added since the tracker was read or saved, then keep it with a new stamp."""
        if self.cache_size <= 0:  # cache off: Rasa's own save
            await super().save(tracker)
            return
        await self.stream_events(tracker)
        kept = self._kept.get(tracker.sender_id)
        if kept is not None and kept.tracker is tracker:
            now = self.stamp(tracker.sender_id)
            if now != kept.stamp:  # changed beneath this turn: count what is stored instead
                self.forget(tracker.sender_id)
                if kept.stored and not now[0]:
                    logger.warning("A turn of a conversation erased while it was in flight is not saved.")
                    return
                kept = None
        if kept is not None and kept.tracker is tracker:
            stored = kept.stored
        else:
            # Not a tracker this store handed out (e.g. a new conversation): count, as Rasa does,
            # what is stored since the latest session start.
            self.forget(tracker.sender_id)
            with self.engine.connect() as connection:
                stored = connection.execute(self._session_count_query, {"sender_id": tracker.sender_id}).scalar_one()
        new_events = list(islice(tracker.events, stored, None))
        if new_events:
            with self.engine.begin() as connection:
                connection.execute(self._insert, [self._row(tracker.sender_id, event) for event in new_events])
        if reads_back_the_same(tracker):
            self._keep(tracker.sender_id, Kept(tracker, len(tracker.events), self.stamp(tracker.sender_id)))
        else:
            self.forget(tracker.sender_id)

    @staticmethod
    def _row(sender_id: str, event) -> dict:
        """The ``events`` row of one event, with the same columns as Rasa's ``SQLTrackerStore.save``."""
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def _keep(self, sender_id: str, kept: Kept) -> None:
        if self.cache_size <= 0:
            return
        self._kept[sender_id] = kept
        self._kept.move_to_end(sender_id)
        while len(self._kept) > self.cache_size:
            self._kept.popitem(last=False)
