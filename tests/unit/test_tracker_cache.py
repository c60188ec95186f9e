"""The tracker cache: same rows and same trackers as Rasa's SQL store, without re-reading kept conversations."""

import asyncio
import time

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event

from assistant.store import tracker as tracker_db
from rasa_plugins.tracker_cache import CachedSQLTrackerStore, reads_back_the_same
from tests.e2e.servers import ROOT

DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def run(coroutine):
    return asyncio.run(coroutine)


def first_turn(sender: str) -> list:
    return [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
        UserUttered("bonjour", {"name": "greet", "confidence": 1.0}),
        ActionExecuted("action_greet"),
        BotUttered("Bonjour !"),
        ActionExecuted("action_listen"),
    ]


def turn(number: int) -> list:
    return [
        UserUttered(f"message {number}", {"name": "inform", "confidence": 0.9}),
        ActionExecuted("goal_form"),
        SlotSet("goal_area", f"domaine {number}"),
        BotUttered(f"question {number}"),
        ActionExecuted("action_listen"),
    ]


def play(store, sender: str, events: list) -> DialogueStateTracker:
    """One turn as Rasa's processor does it: read (or create), change in place, save."""
    tracker = run(store.retrieve(sender)) or DialogueStateTracker(sender, DOMAIN.slots)
    for item in events:
        tracker.update(item)
    run(store.save(tracker))
    return tracker


def rows(path, sender):
    fresh = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(path))
    with fresh.session_scope() as session:
        found = session.query(fresh.SQLEvent).filter(fresh.SQLEvent.sender_id == sender).order_by(fresh.SQLEvent.id)
        return [(r.type_name, r.intent_name, r.action_name, r.data) for r in found]


def fresh_read(path, sender):
    tracker = run(SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(path)).retrieve(sender))
    return None if tracker is None else [e.as_dict() for e in tracker.events]


def cached(path, **kwargs):
    return CachedSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(path), **kwargs)


def event_reads(store) -> list:
    """Statements that read the ``data`` column of events (a full conversation read), as they run."""
    seen = []
    event.listen(
        store.engine,
        "before_cursor_execute",
        lambda conn, cursor, statement, *rest: seen.append(statement) if "events.data" in statement else None,
    )
    return seen


def test_rows_and_reads_are_those_of_rasas_store(tmp_path):
    ours, theirs = (
        cached(tmp_path / "ours.db"),
        SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "theirs.db")),
    )
    turns = [first_turn("alice")] + [turn(n) for n in range(1, 6)]
    for events in turns:
        play(ours, "alice", events)
        play(theirs, "alice", events)
        assert rows(tmp_path / "ours.db", "alice") == rows(tmp_path / "theirs.db", "alice")
        kept = run(ours.retrieve("alice"))
        assert [e.as_dict() for e in kept.events] == fresh_read(tmp_path / "ours.db", "alice")
    assert len(rows(tmp_path / "ours.db", "alice")) == sum(len(events) for events in turns)


def test_a_kept_conversation_is_not_read_again(tmp_path):
    store = cached(tmp_path / "t.db")
    play(store, "alice", first_turn("alice"))
    reads = event_reads(store)
    second = play(store, "alice", turn(1))  # the first turn has a session start after position 0: read once
    assert len(reads) == 1
    assert run(store.retrieve("alice")) is second
    play(store, "alice", turn(2))
    play(store, "alice", turn(3))
    assert len(reads) == 1
    assert len(rows(tmp_path / "t.db", "alice")) == 7 + 3 * 5


def test_a_write_by_another_process_is_seen(tmp_path):
    first, second = cached(tmp_path / "t.db"), cached(tmp_path / "t.db")
    play(first, "alice", first_turn("alice"))
    play(first, "alice", turn(1))
    play(second, "alice", turn(2))  # the other Rasa server answers this message
    tracker = run(first.retrieve("alice"))
    assert tracker.get_slot("goal_area") == "domaine 2"
    assert [e.as_dict() for e in tracker.events] == fresh_read(tmp_path / "t.db", "alice")
    play(first, "alice", turn(3))
    assert len(rows(tmp_path / "t.db", "alice")) == 7 + 3 * 5
    assert [r[3] for r in rows(tmp_path / "t.db", "alice")].count(rows(tmp_path / "t.db", "alice")[-1][3]) == 1


def test_changes_that_were_not_saved_are_not_handed_out(tmp_path):
    store = cached(tmp_path / "t.db")
    play(store, "alice", first_turn("alice"))
    play(store, "alice", turn(1))
    tracker = run(store.retrieve("alice"))
    tracker.update(UserUttered("jamais enregistré", {"name": "inform"}))  # the turn fails before saving
    again = run(store.retrieve("alice"))
    assert [e.as_dict() for e in again.events] == fresh_read(tmp_path / "t.db", "alice")
    assert "jamais enregistré" not in [getattr(e, "text", None) for e in again.events]


def test_a_conversation_erased_elsewhere_is_gone(tmp_path):
    store = cached(tmp_path / "t.db")
    play(store, "alice", first_turn("alice"))
    play(store, "alice", turn(1))
    assert tracker_db.erase_conversation("alice", f"sqlite:///{tmp_path / 't.db'}") > 0  # python -m assistant erase
    assert run(store.retrieve("alice")) is None


def test_a_turn_in_flight_when_its_conversation_is_erased_is_not_written_back(tmp_path):
    for kept in (True, False):  # the tracker was kept from the last save, or read from the database for this turn
        store = cached(tmp_path / f"t{kept}.db")
        play(store, "alice", first_turn("alice"))
        play(store, "alice", turn(1))
        if not kept:
            store.forget("alice")
        tracker = run(store.retrieve("alice"))  # the turn starts…
        tracker.update(UserUttered("message en vol", {"name": "inform"}))
        assert tracker_db.erase_conversation("alice", f"sqlite:///{tmp_path / f't{kept}.db'}") > 0  # …erased meanwhile
        run(store.save(tracker))
        assert rows(tmp_path / f"t{kept}.db", "alice") == []
        assert run(store.retrieve("alice")) is None


def test_a_new_session_is_read_back_from_its_start(tmp_path):
    store = cached(tmp_path / "t.db")
    play(store, "alice", first_turn("alice"))
    play(store, "alice", turn(1))
    time.sleep(0.01)
    restarted = play(
        store,
        "alice",
        [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"), *turn(2)],
    )
    assert not reads_back_the_same(restarted)
    tracker = run(store.retrieve("alice"))
    assert tracker is not restarted and isinstance(tracker.events[0], SessionStarted)
    assert [e.as_dict() for e in tracker.events] == fresh_read(tmp_path / "t.db", "alice")


def test_the_cache_is_bounded_and_can_be_turned_off(tmp_path, monkeypatch):
    store = cached(tmp_path / "t.db", cache_size=2)
    for sender in ("a", "b", "c"):
        play(store, sender, first_turn(sender))
        play(store, sender, turn(1))
    assert len(store._kept) == 2 and "a" not in store._kept
    monkeypatch.setenv("MENTORAT_SPEEDUPS", "off")
    off = cached(tmp_path / "off.db")
    assert off.cache_size == 0
    play(off, "a", first_turn("a"))
    play(off, "a", turn(1))
    assert not off._kept and len(rows(tmp_path / "off.db", "a")) == 12


@pytest.mark.parametrize(
    "events, same",
    [
        ([SessionStarted(), ActionExecuted("action_listen")], True),
        ([ActionExecuted("action_listen")], True),
        ([ActionExecuted("action_session_start"), SessionStarted()], False),
    ],
)
def test_reads_back_the_same(events, same):
    tracker = DialogueStateTracker.from_events("x", events, DOMAIN.slots)
    assert reads_back_the_same(tracker) is same


def test_a_tracker_read_elsewhere_is_saved_as_rasa_saves_it(tmp_path):
    """A tracker this store did not hand out: it counts what is stored since the session start, as Rasa."""
    paths = [tmp_path / "ours.db", tmp_path / "theirs.db"]
    rasa_stores = [SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(p)) for p in paths]
    restart = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    for events in (first_turn("alice"), turn(1), restart, turn(2)):
        for store in rasa_stores:
            play(store, "alice", events)
    extra = turn(3)
    for path, store in ((paths[0], cached(paths[0])), (paths[1], rasa_stores[1])):
        tracker = run(SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(path)).retrieve("alice"))
        for item in extra:
            tracker.update(item)
        run(store.save(tracker))
    assert rows(paths[0], "alice") == rows(paths[1], "alice")
    assert len(rows(paths[0], "alice")) == 7 + 5 + 3 + 5 + 5
