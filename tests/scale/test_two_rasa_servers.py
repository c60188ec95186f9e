"""Scale-out: one action server and two Rasa servers sharing PostgreSQL (tracker store, outcomes) and Redis (locks).

Needs the services of ``make services``. The servers are the scale-out modules' shared stack (both Rasa processes
start in parallel); each test uses its own senders.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, text

from tests.e2e.servers import BIN, ROOT, Servers, payloads_of, text_of
from tests.scale.stores import ATOMIC_REDIS_LOCK_STORE, ScaleStores

RUN = uuid.uuid4().hex[:8]
SUMMARY_BUTTON = "/affirm"


def goal_turns(statement: str) -> list[tuple[str, str]]:
    """The goal flow as (message, something the answer must contain: text or button payload)."""
    shown = statement[:1].upper() + statement[1:]  # the summary and the list write the goal as a sentence
    return [
        ("bonjour", "/clarify_goal"),
        ("/clarify_goal", '/inform{"goal_area":"leadership"}'),
        ('/inform{"goal_area":"leadership"}', "Quel est votre objectif"),
        (statement, "indicateur"),
        ("encadrer 3 personnes sur un projet", "Pour quand"),
        ("dans 6 mois", "Pourquoi"),
        ("pour prendre plus de responsabilités et apprendre à décider", "/explain_mentoring_kinds"),
        ('/inform{"mentoring_kind":"informel"}', f"Objectif : {shown}."),
        ("/affirm", "enregistré"),
        ("/list_goals", f"1. {shown}."),
    ]


def answered(messages: list[dict], expected: str) -> bool:
    """Whether ``expected`` is in the bot's texts or button payloads."""
    return expected in text_of(messages) or expected in payloads_of(messages)


def play(servers: Servers, sender: str, turns: list[tuple[str, str]], offset: int = 0) -> list[str]:
    """Play ``turns`` for ``sender``, message i on Rasa server (i + offset) % 2; returns what went wrong."""
    problems = []
    for index, (message, expected) in enumerate(turns):
        server = (index + offset) % 2
        try:
            reply = servers.say(sender, message, server=server)
        except OSError as error:
            problems.append(f"{sender} turn {index} on server {server}: {error}")
            continue
        if not answered(reply, expected):
            problems.append(
                f"{sender} turn {index} ({message!r}) on server {server}: expected {expected!r}, got {text_of(reply)!r}"
            )
    return problems


def tracker_events(stores: ScaleStores, sender: str) -> list[tuple[str, str | None, dict]]:
    """(type, action name, data) of every event Rasa stored for ``sender`` in PostgreSQL, in order."""
    engine = create_engine(stores.tracker_url, future=True)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT type_name, action_name, data FROM events WHERE sender_id = :sender ORDER BY id"),
                {"sender": sender},
            ).all()
    finally:
        engine.dispose()
    return [(row.type_name, row.action_name, json.loads(row.data)) for row in rows]


def user_texts(stores: ScaleStores, sender: str) -> list[str]:
    """The user messages stored for ``sender``, in order."""
    return [data["text"] for kind, _, data in tracker_events(stores, sender) if kind == "user"]


def saved_statements(stores: ScaleStores) -> dict[str, list[str]]:
    """Goal statements per sender in the outcomes database."""
    engine = create_engine(stores.outcomes_url, future=True)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT m.sender_id, g.statement FROM goals g JOIN mentees m ON m.id = g.mentee_id ORDER BY g.id")
            ).all()
    finally:
        engine.dispose()
    statements: dict[str, list[str]] = {}
    for sender, statement in rows:
        statements.setdefault(sender, []).append(statement)
    return statements


pytestmark = pytest.mark.xdist_group("scale")  # on the worker that has the scale-out stack (tests/scale/conftest.py)


@pytest.fixture(scope="module")
def stack(scale_front):
    """The action server and two Rasa servers on fresh PostgreSQL databases and Redis, shared with the other
    scale-out modules (tests/scale/conftest.py)."""
    return scale_front["servers"], scale_front["stores"]


def test_both_servers_are_on_postgresql_and_redis(stack):
    servers, stores = stack
    assert len(set(servers.rasa_ports)) == 2
    assert servers.env["TRACKER_DIALECT"] == "postgresql"
    assert servers.env["LOCK_STORE_TYPE"] == ATOMIC_REDIS_LOCK_STORE
    checked = subprocess.run(
        [str(BIN / "python"), "scripts/check_stores.py"], cwd=ROOT, env=servers.env, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout
    assert "lock store: redis://" in checked.stdout
    assert "tracker store: postgresql://" in checked.stdout


def test_one_conversation_alternating_between_servers_completes_the_goal_flow(stack):
    servers, stores = stack
    sender = f"scale-{RUN}-alternating"
    statement = "animer ma première équipe de trois développeurs"
    turns = goal_turns(statement)

    assert play(servers, sender, turns) == []

    # Every message reached the shared PostgreSQL tracker store, in order, whichever server took it.
    assert user_texts(stores, sender) == [message for message, _ in turns]
    # The goal was saved once, with its content, in the PostgreSQL outcomes database.
    exported = subprocess.run(
        [str(BIN / "python"), "-m", "assistant", "export", sender],
        cwd=ROOT,
        env=servers.env,
        check=True,
        capture_output=True,
        text=True,
    )
    goals = json.loads(exported.stdout)["goals"]
    assert [g["statement"] for g in goals] == [statement]
    assert goals[0]["measure"] == "encadrer 3 personnes sur un projet"
    assert goals[0]["mentoring_kind"] == "informel"
    assert goals[0]["area"] == "leadership"


def test_concurrent_conversations_on_both_servers_lose_nothing(stack):
    servers, stores = stack
    words = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    senders = {
        f"scale-{RUN}-concurrent-{n}": f"animer une équipe de {word} développeurs" for n, word in enumerate(words)
    }

    with ThreadPoolExecutor(max_workers=len(senders)) as pool:
        results = list(
            pool.map(
                lambda item: play(servers, item[1][0], goal_turns(item[1][1]), offset=item[0]),
                enumerate(senders.items()),
            )
        )

    assert [problem for problems in results for problem in problems] == []
    saved = saved_statements(stores)
    for sender, statement in senders.items():
        assert user_texts(stores, sender) == [message for message, _ in goal_turns(statement)], sender
        assert saved.get(sender) == [statement], sender


def test_simultaneous_messages_of_one_sender_on_both_servers_are_serialised(stack):
    servers, stores = stack
    sender = f"scale-{RUN}-same-sender"
    messages = ["bonjour", "salut", "bonsoir", "coucou", "hello", "bonjour à vous"]
    start = threading.Barrier(len(messages))
    replies: dict[str, list[dict]] = {}

    def send(index: int) -> None:
        start.wait()
        replies[messages[index]] = servers.say(sender, messages[index], server=index % 2)

    with ThreadPoolExecutor(max_workers=len(messages)) as pool:
        for future in [pool.submit(send, i) for i in range(len(messages))]:
            future.result()

    assert all(replies[m] for m in messages), replies
    stored = user_texts(stores, sender)
    assert Counter(stored) == Counter(messages)  # each message stored exactly once, none lost
    # The lock serialised them: each message was processed to the end (the bot went back to
    # listening) before the next one was logged, so events of two messages never interleave.
    steps = [(kind, name) for kind, name, _ in tracker_events(stores, sender) if kind in ("user", "action")]
    for position, (kind, _) in enumerate(steps):
        if kind == "user":
            assert position > 0 and steps[position - 1] == ("action", "action_listen"), steps


def test_an_erasure_waits_for_the_turn_in_flight_and_no_server_serves_the_conversation_again(stack):
    servers, stores = stack
    sender = f"scale-{RUN}-erased-in-flight"
    assert play(servers, sender, goal_turns("présenter mes résultats au comité de direction")[:9]) == []
    actions = servers.pids()["actions"]
    os.kill(actions, signal.SIGSTOP)  # the next turn stays in flight: Rasa holds the lock, waiting for an action
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            in_flight = pool.submit(servers.say, sender, "/list_goals", 0)
            time.sleep(1.5)
            erase = subprocess.Popen(
                [str(BIN / "python"), "-m", "assistant", "erase", sender],
                cwd=ROOT,
                env=servers.env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            time.sleep(3)
            waited = erase.poll() is None
            os.kill(actions, signal.SIGCONT)
            listed = text_of(in_flight.result(timeout=60))
            _, errors = erase.communicate(timeout=60)
    finally:
        os.kill(actions, signal.SIGCONT)
    assert waited, "the erasure did not wait for the turn in flight"
    assert "Présenter mes résultats" in listed  # the turn in flight ended first, with the goal still there
    assert erase.returncode == 0, errors
    assert tracker_events(stores, sender) == []  # the turn in flight was not written back after the erasure
    exported = subprocess.run(
        [str(BIN / "python"), "-m", "assistant", "export", sender],
        cwd=ROOT,
        env=servers.env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert not any(json.loads(exported.stdout).get(key) for key in ("goals", "preparations", "drafts"))
    for server in (0, 1):  # neither process serves the erased conversation from its cache
        assert "pas encore d'objectif" in text_of(servers.say(sender, "/list_goals", server))


def test_no_server_fell_back_to_the_in_memory_tracker_store(stack):
    """Runs last: Rasa's silent fallback only logs a line when a tracker read or write fails."""
    servers, _ = stack
    for role in servers.rasa_roles():
        log = (servers.workdir / f"{role}.log").read_text(errors="replace")
        assert "Falling back to use" not in log, f"{role} fell back to the in-memory tracker store"
