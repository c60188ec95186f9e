"""Progress and the meeting journal in the export (sections ``progress`` and ``journal``) and gone after erasure,
for this mentee only."""

from datetime import date

from sqlalchemy import func, select

from assistant import privacy
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.journal import store as journal_store
from assistant.journal.model import PlannedAction
from assistant.progress import store as progress_store
from assistant.progress.model import Amount
from assistant.store.db import session_scope
from assistant.store.models import ActionItem, JournalEntry, ProgressReport

GOAL = GoalFields("carriere", "Devenir data analyst", "obtenir 3 entretiens", date(2027, 6, 30), "x", "informel")


def _fill(sender: str) -> None:
    goal = goal_store.save_goal(sender, GOAL)
    progress_store.save_progress(sender, goal.id, Amount(66.7, 2.0), date(2026, 12, 3), "ma mentore", "le temps")
    entry = journal_store.save_entry(
        sender,
        "Claire Martin",
        date(2026, 12, 4),
        "mon CV est trop long",
        "viser les PME",
        [PlannedAction("refaire mon CV", date(2027, 1, 15)), PlannedAction("appeler Paul")],
    )
    journal_store.mark_done(sender, entry.actions[1].id)


def _rows(model) -> int:
    with session_scope() as session:
        return session.execute(select(func.count(model.id))).scalar_one()


def test_the_export_has_the_progress_and_the_journal(database):
    _fill("alice")
    exported = privacy.export_mentee("alice")
    assert exported["progress"] == [
        {
            "id": exported["progress"][0]["id"],
            "goal_id": exported["goals"][0]["id"],
            "date": "2026-12-03",
            "percent": 66.7,
            "count": 2.0,
            "step": "",
            "helped": "ma mentore",
            "blocked": "le temps",
            "created_at": exported["progress"][0]["created_at"],
        }
    ]
    entry = exported["journal"][0]
    assert (entry["mentor"], entry["date"], entry["notes"], entry["advice"]) == (
        "Claire Martin",
        "2026-12-04",
        "mon CV est trop long",
        "viser les PME",
    )
    assert [(a["text"], a["due"], bool(a["done_at"])) for a in entry["actions"]] == [
        ("refaire mon CV", "2027-01-15", False),
        ("appeler Paul", None, True),
    ]


def test_erasure_removes_the_progress_and_the_journal_of_this_mentee_only(database):
    _fill("alice")
    _fill("bob")
    removed = privacy.erase_mentee("alice")
    assert removed["progress"] == 1 and removed["journal"] == 1
    exported = privacy.export_mentee("alice")
    assert exported["progress"] == [] and exported["journal"] == []
    assert _rows(ProgressReport) == 1 and _rows(JournalEntry) == 1 and _rows(ActionItem) == 2  # bob's
    assert len(privacy.export_mentee("bob")["journal"][0]["actions"]) == 2
