"""Panel defect: next steps of a debrief given one a line were merged into one action item."""

from datetime import timedelta

from actions import meeting_debrief, meeting_preparation
from assistant.common.dates import local_today
from assistant.goals import store as goal_store
from assistant.journal import store as journal_store
from assistant.meetings import store as preparation_store
from tests.actions.conftest import run, validate_answer
from tests.actions.test_meeting_actions import GOAL, filled


def test_debrief_next_steps_keep_one_item_a_line(database, domain):
    """Panel defect: next steps given one a line were merged into one item, dated by the last line's date."""
    answer = "- tourner une vidéo de ma présentation d'ici vendredi\n- Préparer le budget — dans trois semaines\n"
    _, slots = validate_answer(
        meeting_debrief.ValidateDebriefForm(),
        domain,
        "debrief_next_steps",
        answer,
        "debrief_form",
        slots={"debrief_preparation_id": "1"},
    )
    assert slots["debrief_next_steps"].splitlines() == [
        "- tourner une vidéo de ma présentation d'ici vendredi",
        "- Préparer le budget — dans trois semaines",
    ]
    goal = goal_store.save_goal("alice", GOAL)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    prep = preparation_store.current_preparation("alice")
    saved = {
        "debrief_preparation_id": str(prep.id),
        "debrief_notes": "refaire mon CV",
        "debrief_next_steps": slots["debrief_next_steps"],
        "debrief_next_meeting": "2027-01-14",
    }
    run(meeting_debrief.ActionSaveDebrief(), domain, sender_id="alice", slots=saved)
    items = journal_store.open_actions("alice")
    assert [item.text for item in items] == ["tourner une vidéo de ma présentation", "préparer le budget"]
    assert items[0].due is not None and items[0].due.weekday() == 4  # a Friday
    assert items[1].due == local_today() + timedelta(weeks=3)
