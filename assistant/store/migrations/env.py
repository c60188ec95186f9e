"""Alembic environment: runs migrations online against the URL set by ``assistant.store.db.migrate``."""

from alembic import context
from sqlalchemy import create_engine

from assistant.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Upgrade the database named by ``sqlalchemy.url``."""
    engine = create_engine(config.get_main_option("sqlalchemy.url"), future=True)
    with engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=connection.dialect.name == "sqlite"
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported: run `python -m assistant migrate`.")
run_migrations()
