"""Shared fixtures: a fresh, migrated SQLite outcomes database per test."""

from __future__ import annotations

import pytest

from assistant.store import db


@pytest.fixture()
def database(tmp_path, monkeypatch):
    """Point DATABASE_URL at a new SQLite file with every migration applied (and the tracker store at
    another, empty one); yields the URL."""
    url = f"sqlite:///{tmp_path / 'outcomes.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("TRACKER_DIALECT", "sqlite")
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "tracker.db"))
    db.migrate(url)
    yield url
    db.get_engine(url).dispose()
