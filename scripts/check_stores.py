"""Check that the stores named by the environment answer, before any server starts.

    .venv/bin/python scripts/check_stores.py        # exit 0 when all answer, 1 otherwise

Why: Rasa 3.6 does not stop when its tracker store fails. At start-up its SQL tracker store
retries an unreachable database forever (a warning every 5 s, the server never answers), and at
run time every failed read or write falls back to an in-memory store with one log line
("Falling back to use the 'InMemoryTrackerStore'"): conversations then silently live in one
process and vanish with it. `scripts/run.sh` runs this check first and refuses to start when a
store is down. It reads the same variables as ``endpoints.yml`` (``TRACKER_*``,
``LOCK_STORE_TYPE``, ``REDIS_*``) and ``DATABASE_URL``, and contacts only those servers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.store.db import database_url  # noqa: E402 - after the path tweak
from assistant.store.tracker import tracker_url  # noqa: E402

TIMEOUT_S = 5


def check_sql(url: URL) -> None:
    """Connect to ``url`` and run ``SELECT 1``; raises on failure."""
    connect_args = {"connect_timeout": TIMEOUT_S} if url.get_backend_name() == "postgresql" else {}
    if url.get_backend_name() == "sqlite" and url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True, connect_args=connect_args)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()


def check_redis() -> None:
    """Ping the Redis lock store named by ``REDIS_*``; raises on failure."""
    import redis

    client = redis.Redis(
        host=os.environ.get("REDIS_HOST") or "localhost",
        port=int(os.environ.get("REDIS_PORT") or 6379),
        db=int(os.environ.get("REDIS_DB") or 1),
        password=os.environ.get("REDIS_PASSWORD") or None,
        socket_timeout=TIMEOUT_S,
        socket_connect_timeout=TIMEOUT_S,
    )
    try:
        client.ping()
    finally:
        client.close()


def main() -> int:
    """Check every configured store; print one line each; 0 when all answer."""
    checks = [
        ("tracker store", tracker_url(), lambda: check_sql(tracker_url())),
        ("outcomes database", make_url(database_url()), lambda: check_sql(make_url(database_url()))),
    ]
    lock_type = os.environ.get("LOCK_STORE_TYPE") or "in_memory"
    if lock_type == "redis" or lock_type.endswith("RedisLockStore"):
        where = f"redis://{os.environ.get('REDIS_HOST')}:{os.environ.get('REDIS_PORT')}/{os.environ.get('REDIS_DB')}"
        checks.append(("lock store", where, check_redis))
    elif lock_type != "in_memory":
        print(
            f"lock store: unknown LOCK_STORE_TYPE {lock_type!r} (in_memory, redis or "
            "rasa_plugins.lock_store.AtomicRedisLockStore)"
        )
        return 1
    failed = False
    for name, where, check in checks:
        shown = where.render_as_string(hide_password=True) if isinstance(where, URL) else where
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure is reported, then the exit code says it
            failed = True
            print(f"{name}: {shown} does NOT answer: {str(error).strip().splitlines()[0]}")
        else:
            print(f"{name}: {shown} ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
