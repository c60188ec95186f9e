"""Shared fixtures: a fresh, migrated SQLite outcomes database per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.store import db


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory) -> Path:
    """A SQLite file with every migration applied, made once per pytest process (Alembic takes about 0.3 s a
    run, and some 380 tests each want an empty database)."""
    path = tmp_path_factory.mktemp("migrated") / "outcomes.db"
    url = f"sqlite:///{path}"
    db.migrate(url)
    db.get_engine(url).dispose()
    return path


@pytest.fixture()
def database(tmp_path, monkeypatch, migrated_database):
    """Point DATABASE_URL at a new SQLite file with every migration applied (a copy of ``migrated_database``, and
    the tracker store at another, empty one); yields the URL."""
    target = tmp_path / "outcomes.db"
    shutil.copyfile(migrated_database, target)
    url = f"sqlite:///{target}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("TRACKER_DIALECT", "sqlite")
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "tracker.db"))
    yield url
    db.get_engine(url).dispose()
