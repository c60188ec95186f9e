"""PostgreSQL + Redis for the scale-out test and benchmark: throw-away databases and the servers' environment.

The servers are the ones ``make services`` starts (``scripts/services.sh``); the role and
addresses come from ``PG_*`` / ``REDIS_*`` with the Makefile's defaults.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

# Rasa's RedisLockStore with atomic ticket operations (rasa issue 9213), as recommended for deployment.
ATOMIC_REDIS_LOCK_STORE = "rasa_plugins.lock_store.AtomicRedisLockStore"


def pg_url(database: str = "postgres") -> URL:
    """A URL for ``database`` on the local PostgreSQL, as the test role (``PG_*``)."""
    return URL.create(
        "postgresql",
        username=os.environ.get("PG_USER", "mentorat"),
        password=os.environ.get("PG_PASSWORD", "mentorat"),
        host=os.environ.get("PG_HOST", "127.0.0.1"),
        port=int(os.environ.get("PG_PORT", "5432")),
        database=database,
    )


def _admin() -> Engine:
    engine = create_engine(pg_url(), future=True, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        engine.dispose()
        raise RuntimeError(
            f"PostgreSQL does not answer at {pg_url().render_as_string()}: run `make services` "
            f"first ({error.__class__.__name__})"
        ) from error
    return engine


@dataclass
class ScaleStores:
    """Two fresh PostgreSQL databases (Rasa's tracker store, our outcomes) and the shared Redis lock store."""

    tracker_db: str
    outcomes_db: str

    @property
    def outcomes_url(self) -> str:
        """SQLAlchemy URL of the outcomes database (``DATABASE_URL``)."""
        return pg_url(self.outcomes_db).render_as_string(hide_password=False)

    @property
    def tracker_url(self) -> str:
        """SQLAlchemy URL of Rasa's tracker database, to read its ``events`` table."""
        return pg_url(self.tracker_db).render_as_string(hide_password=False)

    def env(self) -> dict[str, str]:
        """The environment that puts every Rasa process and the action server on these stores."""
        url = pg_url()
        return {
            "TRACKER_DIALECT": "postgresql",
            "TRACKER_HOST": f"{url.host}:{url.port}",
            "TRACKER_USER": url.username,
            "TRACKER_PASSWORD": url.password,
            "TRACKER_DB": self.tracker_db,
            "DATABASE_URL": self.outcomes_url,
            "LOCK_STORE_TYPE": ATOMIC_REDIS_LOCK_STORE,
            "REDIS_HOST": os.environ.get("REDIS_HOST", "127.0.0.1"),
            "REDIS_PORT": os.environ.get("REDIS_PORT", "6379"),
            "REDIS_DB": os.environ.get("REDIS_DB", "1"),
            "REDIS_PASSWORD": os.environ.get("REDIS_PASSWORD", ""),
            "SQL_POOL_SIZE": os.environ.get("SQL_POOL_SIZE", "5"),
            "SQL_MAX_OVERFLOW": os.environ.get("SQL_MAX_OVERFLOW", "5"),
        }


@contextmanager
def scale_stores(tag: str = "scale") -> Iterator[ScaleStores]:
    """Create two empty databases named after ``tag`` and a random suffix; drop them afterwards."""
    suffix = uuid.uuid4().hex[:10]
    stores = ScaleStores(tracker_db=f"mentorat_{tag}_tracker_{suffix}", outcomes_db=f"mentorat_{tag}_outcomes_{suffix}")
    admin = _admin()
    created: list[str] = []
    try:
        with admin.connect() as connection:
            for name in (stores.tracker_db, stores.outcomes_db):
                connection.execute(text(f'CREATE DATABASE "{name}"'))  # names are ours: letters, digits, _
                created.append(name)
        yield stores
    finally:
        with admin.connect() as connection:
            for name in created:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
