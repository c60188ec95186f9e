"""« en fait je voudrais décaler la date… plutôt pour la fin de ma L2, donc juin 2028 » (nineteenth panel) started a
new goal « décaler la date »; it is an edit of the saved goal's deadline."""

from datetime import date

from actions import saved_goals
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from tests.actions.conftest import run, texts

GOAL = GoalFields(
    "carriere",
    "choisir entre le droit des affaires et le droit pénal",
    "un stage de chaque",
    date(2029, 3, 31),
    "choisir mon master",
    "informel",
)


def test_moving_the_deadline_in_words_edits_the_saved_goal(database, domain):
    goal_store.save_goal("alice", GOAL)
    said = "en fait je voudrais décaler la date... plutôt pour la fin de ma L2, donc juin 2028"
    dispatcher, _ = run(saved_goals.ActionEditGoal(), domain, sender_id="alice", text=said, intent="edit_goal")
    assert goal_store.list_goals("alice")[0].fields.deadline == date(2028, 6, 30)
    assert "juin 2028" in texts(dispatcher)
