"""Rasa's SQL tracker store, seen from outside Rasa: where it is, and erasing one mentee's conversation.

The tracker store is Rasa's (table ``events``, one row per event, keyed by ``sender_id``); this
module only builds its URL from the same ``TRACKER_*`` variables as ``endpoints.yml`` and deletes
rows with a bound parameter. It imports no Rasa code.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url

#: The table Rasa's SQLTrackerStore keeps events in.
EVENTS_TABLE = "events"
#: The slot ``action_erase_data`` sets once the outcomes are gone; the tracker store then deletes the conversation.
ERASED_SLOT = "data_erased"


def tracker_url() -> URL:
    """The tracker store's SQLAlchemy URL, built from ``TRACKER_*`` the way Rasa's SQLTrackerStore does."""
    host = os.environ.get("TRACKER_HOST") or None
    if host and "://" in host:
        return make_url(host)
    port = None
    if host:
        parsed = urlsplit(f"scheme://{host}")
        host, port = parsed.hostname or host, parsed.port
    return URL.create(
        os.environ.get("TRACKER_DIALECT") or "sqlite",
        username=os.environ.get("TRACKER_USER") or None,
        password=os.environ.get("TRACKER_PASSWORD") or None,
        host=host,
        port=port,
        database=os.environ.get("TRACKER_DB") or "rasa.db",
    )


def _on_events(sql: str, sender_id: str, url: URL | str | None) -> int:
    """Run ``sql`` (bound ``:sender``) on the events table; 0 when there is no tracker database or table yet."""
    target: URL = make_url(str(url)) if isinstance(url, str) else (url or tracker_url())
    if target.get_backend_name() == "sqlite" and (not target.database or not os.path.exists(target.database)):
        return 0
    engine = create_engine(target, future=True)
    try:
        if EVENTS_TABLE not in inspect(engine).get_table_names():
            return 0
        with engine.begin() as connection:
            result = connection.execute(text(sql), {"sender": sender_id})
            return result.scalar_one() if result.returns_rows else (result.rowcount or 0)
    finally:
        engine.dispose()


def erase_conversation(sender_id: str, url: URL | str | None = None) -> int:
    """Delete every stored event of ``sender_id`` from the tracker store; returns how many rows went.

    A tracker database that does not exist yet (no conversation ever stored) counts as nothing to erase.
    """
    return _on_events(f"DELETE FROM {EVENTS_TABLE} WHERE sender_id = :sender", sender_id, url)


def count_conversation_events(sender_id: str, url: URL | str | None = None) -> int:
    """How many events of ``sender_id`` the tracker store holds (0 when there is no store yet)."""
    return _on_events(f"SELECT COUNT(*) FROM {EVENTS_TABLE} WHERE sender_id = :sender", sender_id, url)
