"""Engines and sessions: one engine per database URL and process, one session per unit of work."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'mentorat.db'}"


def database_url() -> str:
    """The outcomes database: ``DATABASE_URL`` or the SQLite file under ``var/``."""
    return os.environ.get("DATABASE_URL") or DEFAULT_URL


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:  # DB-API objects, untyped
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@lru_cache(maxsize=8)
def get_engine(url: str | None = None) -> Engine:
    """The process-wide engine for ``url`` (default: :func:`database_url`), created once."""
    url = url or database_url()
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, future=True, connect_args={"timeout": 15})
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True, **pool_options())


def pool_options() -> dict[str, int]:
    """Connection pool size for server databases, from ``SQL_POOL_SIZE`` / ``SQL_MAX_OVERFLOW``.

    The same variables size Rasa's PostgreSQL tracker store, so one setting bounds the
    connections each process opens (defaults 5 + 5; each Rasa server and the action server
    count separately against PostgreSQL's ``max_connections``).
    """
    return {
        "pool_size": int(os.environ.get("SQL_POOL_SIZE") or 5),
        "max_overflow": int(os.environ.get("SQL_MAX_OVERFLOW") or 5),
    }


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session for one unit of work: committed on success, rolled back on error, always closed."""
    session = Session(get_engine(url or database_url()), future=True, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def _alembic_config(url: str) -> Any:  # alembic.config.Config, imported late
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str | None = None) -> None:
    """Apply the Alembic migrations up to the newest one on ``url``."""
    from alembic import command

    url = url or database_url()
    get_engine(url)  # creates the SQLite folder when needed
    command.upgrade(_alembic_config(url), "head")


def schema_problem(url: str | None = None) -> str | None:
    """Why the outcomes database on ``url`` cannot serve (unreachable, or not at the newest migration); None if it can.

    For the log of a process that must not start on such a database; the password is not shown.
    """
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    url = url or database_url()
    shown = make_url(url).render_as_string(hide_password=True)
    expected = set(ScriptDirectory.from_config(_alembic_config(url)).get_heads())
    try:
        with get_engine(url).connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    except SQLAlchemyError as error:
        return f"the outcomes database {shown} is unreachable: {type(error).__name__}: {str(error).splitlines()[0]}"
    if current != expected:
        found = ", ".join(sorted(current)) or "none (never migrated)"
        return (
            f"the outcomes database {shown} is at migration {found}, not {', '.join(sorted(expected))}: "
            "run `python -m assistant migrate` (make migrate) first"
        )
    return None
