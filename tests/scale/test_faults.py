"""Faults survived: the action server crashing mid-form, the outcomes or tracker database down, and 32
concurrent conversations with exports and erasures in between.

The scale-out stack's action server and first Rasa server, on fresh PostgreSQL databases (``make services``); a
database is made unavailable the way an outage looks from the servers: PostgreSQL refuses new
connections to it and closes the open ones. Each test uses its own senders.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from assistant.common.templating import message
from tests.e2e.servers import BIN, ROOT, Servers, payloads_of, text_of
from tests.scale.stores import _admin
from tests.scale.test_two_rasa_servers import goal_turns, user_texts

RUN = uuid.uuid4().hex[:8]


pytestmark = pytest.mark.xdist_group("scale")  # on the worker that has the scale-out stack (tests/scale/conftest.py)


@pytest.fixture(scope="module")
def stack(scale_front):
    """The action server and the Rasa servers on fresh PostgreSQL databases, shared with the other scale-out modules
    (tests/scale/conftest.py); these tests talk to the first Rasa server."""
    return scale_front["servers"], scale_front["stores"]


@contextmanager
def unavailable(database: str) -> Iterator[None]:
    """PostgreSQL refuses connections to ``database`` and closes the open ones, until the block ends."""
    admin = _admin()
    try:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false'))
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
                {"name": database},
            )
        yield
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true'))
        admin.dispose()


def exported(servers: Servers, sender: str) -> dict:
    """What ``python -m assistant export SENDER`` prints for ``sender``, read from the outcomes database."""
    done = subprocess.run(
        [str(BIN / "python"), "-m", "assistant", "export", sender],
        cwd=ROOT,
        env=servers.env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def statements(servers: Servers, sender: str) -> list[str]:
    return [goal["statement"] for goal in exported(servers, sender)["goals"]]


def test_an_action_server_killed_mid_form_is_told_and_the_form_resumes(stack):
    servers, _ = stack
    sender = f"faults-{RUN}-actions"
    saved, pending = goal_turns("piloter la migration du site de Brest"), goal_turns("animer l'équipe de Lorient")
    assert play_one(servers, sender, saved) == []
    assert play_one(servers, sender, pending[1:4]) == []  # the measure is being asked

    servers.kill_actions()
    try:
        for _ in range(2):  # the mentee tries twice while it is down: told each time, the form waits
            reply = text_of(servers.say(sender, pending[4][0]))
            assert reply == message("actions_unavailable")
    finally:
        servers.start_actions()

    # The same answer, sent again, is taken where the form was; the rest of the form follows.
    assert play_one(servers, sender, pending[4:9]) == []
    assert statements(servers, sender) == ["piloter la migration du site de Brest", "animer l'équipe de Lorient"]


def play_one(servers: Servers, sender: str, turns: list[tuple[str, str]]) -> list[str]:
    """Play ``turns`` on the one Rasa server; returns what went wrong (as ``play`` does for two)."""
    problems = []
    for index, (said, expected) in enumerate(turns):
        reply = servers.say(sender, said)
        if expected not in text_of(reply) and expected not in payloads_of(reply):
            problems.append(f"{sender} turn {index} ({said!r}): expected {expected!r}, got {text_of(reply)!r}")
    return problems


def test_the_outcomes_database_down_is_told_and_the_same_answer_works_once_it_is_back(stack):
    servers, stores = stack
    sender = f"faults-{RUN}-outcomes"
    first, second = goal_turns("négocier mon salaire à Rennes"), goal_turns("présenter au comité de Vannes")
    assert play_one(servers, sender, first) == []
    assert play_one(servers, sender, second[1:8]) == []  # the summary waits for « oui »

    with unavailable(stores.outcomes_db):
        for _ in range(2):
            assert text_of(servers.say(sender, "/affirm")) == message("database_error")

    saved = servers.say(sender, "/affirm")  # the same « oui », once the database is back
    assert "enregistré" in text_of(saved) and "n° 2" in text_of(saved)
    assert statements(servers, sender) == ["négocier mon salaire à Rennes", "présenter au comité de Vannes"]


def test_the_tracker_database_down_refuses_turns_clearly_and_the_conversation_goes_on(stack):
    servers, stores = stack
    sender, newcomer = f"faults-{RUN}-tracker", f"faults-{RUN}-tracker-new"
    turns = goal_turns("prendre la parole au salon de Quimper")
    assert play_one(servers, sender, turns[:4]) == []  # the measure is being asked
    stored_before = user_texts(stores, sender)

    with unavailable(stores.tracker_db):
        for who, said in ((sender, turns[4][0]), (newcomer, "bonjour"), (sender, "bonjour")):
            # Refused in French, not answered from an empty conversation kept in memory.
            assert text_of(servers.say(who, said)) == message("tracker_unavailable")

    assert user_texts(stores, sender) == stored_before  # nothing of the outage was half-written
    assert play_one(servers, sender, turns[4:9]) == []  # the form goes on where it was
    assert statements(servers, sender) == ["prendre la parole au salon de Quimper"]
    assert "Que voulez-vous faire" in text_of(servers.say(newcomer, "bonjour"))
    # The second Rasa server took no turn during the outage: the connections its pool held were closed by the
    # database all the same, and it checks them before use instead of refusing its first turn.
    assert "Que voulez-vous faire" in text_of(servers.say(f"{newcomer}-2", "bonjour", server=1))
    for role in servers.rasa_roles():
        log = (servers.workdir / f"{role}.log").read_text(errors="replace")
        assert "Falling back to use" not in log


CITIES = (
    "Agen Albi Amiens Angers Annecy Arras Auxerre Avignon Bastia Bayonne Belfort Besançon Blois Bourges Brive "
    "Caen Calais Cahors Chartres Cholet Colmar Dieppe Dijon Dole Epinal Evreux Gap Grasse Laval Lens Lille Lunel"
).split()


def conversation(servers: Servers, index: int) -> list[str]:
    """One mentee's turns: a goal with their own city, then an erasure, an export or their list of goals."""
    sender, city = f"faults-{RUN}-many-{index}", CITIES[index]
    problems = play_one(servers, sender, goal_turns(f"ouvrir une agence à {city}"))
    if index % 4 == 0:
        servers.say(sender, "supprime toutes mes données")
        if "C'est fait" not in text_of(servers.say(sender, "/affirm")):
            problems.append(f"{sender}: not erased")
        return problems
    shown = text_of(servers.say(sender, "exporte toutes mes données" if index % 4 == 1 else "/list_goals"))
    others = [other for n, other in enumerate(CITIES) if n != index and other in shown]
    if city not in shown or others:
        problems.append(f"{sender}: shown {shown!r}")
    return problems


def test_32_concurrent_conversations_with_exports_and_erasures_leak_nothing(stack):
    servers, _ = stack
    with ThreadPoolExecutor(max_workers=len(CITIES)) as pool:
        found = pool.map(lambda index: conversation(servers, index), range(len(CITIES)))
        problems = [problem for problems in found for problem in problems]
    assert problems == []
    for index, city in enumerate(CITIES):
        expected = [] if index % 4 == 0 else [f"ouvrir une agence à {city}"]
        assert statements(servers, f"faults-{RUN}-many-{index}") == expected, index
