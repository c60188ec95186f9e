"""The outcomes database is checked before the action server starts (``assistant.store.db.schema_problem``)."""

from __future__ import annotations

import subprocess

from assistant.store import db
from tests.e2e.servers import BIN, ROOT, free_port


def test_a_migrated_database_can_be_served(tmp_path):
    url = f"sqlite:///{tmp_path / 'outcomes.db'}"
    db.migrate(url)
    assert db.schema_problem(url) is None


def test_a_database_never_migrated_cannot(tmp_path):
    problem = db.schema_problem(f"sqlite:///{tmp_path / 'empty.db'}")
    assert problem is not None and "never migrated" in problem and "python -m assistant migrate" in problem


def test_an_unreachable_database_is_named_without_its_password():
    problem = db.schema_problem(f"postgresql://mentorat:s3cret@127.0.0.1:{free_port()}/outcomes")
    assert problem is not None and "unreachable" in problem
    assert "s3cret" not in problem and "mentorat:***@127.0.0.1" in problem


def test_the_action_server_refuses_to_start_on_a_database_never_migrated(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}", "HOME": str(tmp_path)}
    started = subprocess.run(
        [str(BIN / "python"), "-m", "actions", "--port", str(free_port())],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 2
    assert "The action server does not start" in started.stderr and "never migrated" in started.stderr


def test_a_database_behind_the_newest_migration_cannot(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.db'}"
    db.migrate(url)
    command.downgrade(db._alembic_config(url), "-1")
    problem = db.schema_problem(url)
    assert problem is not None and "is at migration" in problem and "never migrated" not in problem
