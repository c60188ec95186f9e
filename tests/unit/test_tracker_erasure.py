"""Erasure of a conversation: the tracker store deletes it on the erasing turn, the admin CLI too."""

import asyncio
import json
import subprocess
import sys
from datetime import date

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.store import tracker
from rasa_plugins.tracker_store import ErasingSQLTrackerStore, erasure_requested
from tests.e2e.servers import ROOT

DOMAIN = Domain.load(str(ROOT / "domain.yml"))
GOAL = GoalFields("carriere", "Devenir data analyst", "3 entretiens", date(2027, 6, 30), "changer", "informel")


def store_at(path):
    return ErasingSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(path))


def conversation(sender, *extra):
    t = DialogueStateTracker(sender, DOMAIN.slots)
    for event in (
        ActionExecuted("action_listen"),
        UserUttered("bonjour", {"name": "greet", "confidence": 1.0}),
        BotUttered("Bonjour !"),
        ActionExecuted("action_listen"),
        *extra,
    ):
        t.update(event)
    return t


def test_the_erasing_turn_deletes_the_conversation_and_nothing_else(tmp_path):
    store = store_at(tmp_path / "tracker.db")
    asyncio.run(store.save(conversation("alice")))
    asyncio.run(store.save(conversation("bob")))
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    assert tracker.count_conversation_events("alice", url) > 0
    erasing = conversation(
        "alice",
        UserUttered("oui", {"name": "affirm", "confidence": 1.0}),
        ActionExecuted("action_erase_data"),
        BotUttered("C'est fait"),
        SlotSet("data_erased", True),
        ActionExecuted("action_listen"),
    )
    assert erasure_requested(erasing)
    asyncio.run(store.save(erasing))
    assert tracker.count_conversation_events("alice", url) == 0
    assert tracker.count_conversation_events("bob", url) > 0
    assert asyncio.run(store.retrieve("alice")) is None


def test_a_later_turn_is_saved_normally(tmp_path):
    erased_earlier = conversation(
        "alice",
        UserUttered("oui", {"name": "affirm", "confidence": 1.0}),
        SlotSet("data_erased", True),
        UserUttered("merci", {"name": "thanks"}),
    )
    assert not erasure_requested(erased_earlier)
    assert not erasure_requested(conversation("alice", SlotSet("data_erased", False)))


def test_admin_erase_removes_outcomes_and_conversation(tmp_path, monkeypatch):
    outcomes = f"sqlite:///{tmp_path / 'outcomes.db'}"
    env = {
        "DATABASE_URL": outcomes,
        "TRACKER_DIALECT": "sqlite",
        "TRACKER_DB": str(tmp_path / "tracker.db"),
        "PATH": "/usr/bin:/bin",
    }
    monkeypatch.setenv("DATABASE_URL", outcomes)
    subprocess.run([sys.executable, "-m", "assistant", "migrate"], cwd=ROOT, env=env, check=True)
    goal_store.save_goal("alice", GOAL)
    goal_store.save_goal("bob", GOAL)
    store = store_at(tmp_path / "tracker.db")
    asyncio.run(store.save(conversation("alice")))
    asyncio.run(store.save(conversation("bob")))
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "erase", "alice"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    removed = json.loads(done.stdout)["removed"]
    assert removed["goals"] == 1 and removed["conversation_events"] == 4
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    assert tracker.count_conversation_events("alice", url) == 0 and tracker.count_conversation_events("bob", url) == 4
    assert goal_store.list_goals("alice") == [] and len(goal_store.list_goals("bob")) == 1


def test_erasing_without_any_tracker_database_is_harmless(tmp_path):
    assert tracker.erase_conversation("alice", f"sqlite:///{tmp_path / 'none.db'}") == 0
