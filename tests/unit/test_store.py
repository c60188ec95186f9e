"""Store: migrations create the schema; goals are saved, listed, updated and erased per sender."""

from datetime import date

from sqlalchemy import inspect

from assistant import privacy
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.store import db

GOAL = GoalFields(
    "leadership",
    "devenir chef d'équipe",
    "encadrer 3 personnes",
    date(2027, 6, 30),
    "prendre plus de responsabilités",
    "informel",
)
OTHER = GoalFields(
    "reseau", "rencontrer des UX designers", "10 échanges", date(2027, 3, 31), "changer de métier", "distance"
)


def test_migrations_create_the_tables(database):
    tables = set(inspect(db.get_engine(database)).get_table_names())
    assert tables == {
        "alembic_version",
        "mentees",
        "goals",
        "meeting_preparations",
        "meeting_questions",
        "outreach_drafts",
        "outreach_versions",
        "outreach_practice",
        "outreach_sendings",
        "export_links",
        "progress_entries",
        "journal_entries",
        "action_items",
        "relationship_checkins",
        "mentor_candidates",
    }


def test_migrate_twice_is_harmless(database):
    db.migrate(database)
    assert "goals" in inspect(db.get_engine(database)).get_table_names()


def test_goals_are_kept_per_sender(database):
    first = goal_store.save_goal("alice", GOAL)
    second = goal_store.save_goal("alice", OTHER)
    goal_store.save_goal("bob", OTHER)
    assert (first.position, second.position) == (1, 2)
    listed = goal_store.list_goals("alice")
    assert [g.fields for g in listed] == [GOAL, OTHER]
    assert [g.fields.statement for g in goal_store.list_goals("bob")] == [OTHER.statement]
    assert goal_store.list_goals("nobody") == []


def test_update_changes_only_that_goal(database):
    saved = goal_store.save_goal("alice", GOAL)
    goal_store.save_goal("alice", OTHER)
    changed = GoalFields(**{**GOAL.__dict__, "measure": "encadrer 5 personnes"})
    updated = goal_store.save_goal("alice", changed, goal_id=saved.id)
    assert updated.id == saved.id
    assert [g.fields.measure for g in goal_store.list_goals("alice")] == ["encadrer 5 personnes", "10 échanges"]


def test_update_cannot_touch_another_senders_goal(database):
    bobs = goal_store.save_goal("bob", GOAL)
    goal_store.save_goal("alice", OTHER, goal_id=bobs.id)
    assert goal_store.list_goals("bob")[0].fields == GOAL
    assert len(goal_store.list_goals("alice")) == 1


def test_status_and_delete(database):
    saved = goal_store.save_goal("alice", GOAL)
    reached = goal_store.set_goal_status("alice", saved.id, "reached")
    assert reached.reached and reached.reached_at
    assert goal_store.set_goal_status("bob", saved.id, "reached") is None
    assert not goal_store.delete_goal("bob", saved.id)
    assert goal_store.delete_goal("alice", saved.id)
    assert goal_store.list_goals("alice") == []


def test_export_and_erase(database):
    goal_store.save_goal("alice", GOAL)
    goal_store.save_goal("bob", OTHER)
    exported = privacy.export_mentee("alice")
    assert exported["sender_id"] == "alice"
    assert exported["goals"][0]["statement"] == GOAL.statement
    assert exported["goals"][0]["deadline"] == "2027-06-30"
    assert privacy.erase_mentee("alice") == {
        "mentees": 1,
        "goals": 1,
        "meeting_preparations": 0,
        "outreach_drafts": 0,
        "outreach_practice": 0,
        "outreach_sendings": 0,
        "progress": 0,
        "journal": 0,
        "checkins": 0,
        "mentor_candidates": 0,
        "export_links": 0,
    }
    assert privacy.export_mentee("alice")["goals"] == []
    assert len(goal_store.list_goals("bob")) == 1
    assert privacy.erase_mentee("alice") == {
        "mentees": 0,
        "goals": 0,
        "meeting_preparations": 0,
        "outreach_drafts": 0,
        "outreach_practice": 0,
        "outreach_sendings": 0,
        "progress": 0,
        "journal": 0,
        "checkins": 0,
        "mentor_candidates": 0,
        "export_links": 0,
    }


def test_hostile_text_is_stored_verbatim(database):
    hostile = GoalFields(
        "technique",
        "'); DROP TABLE goals; -- <script>x</script> 🚀",
        "3 projets",
        date(2027, 1, 1),
        "pour voir",
        "formel",
    )
    goal_store.save_goal("robert'); --", hostile)
    assert goal_store.list_goals("robert'); --")[0].fields == hostile
