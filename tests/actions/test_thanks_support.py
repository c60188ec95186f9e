"""The thank-you for the support as a whole, once a goal is reached (panel 9, f): it names the goal reached last,
keeps the tu/vous chosen with this mentor for an earlier thank-you, and leaves the meeting's next steps out."""

import re
from dataclasses import replace
from datetime import timedelta

from actions import practice, saved_goals
from assistant.common.dates import local_today
from assistant.common.mentor import Mentor
from assistant.goals import store as goal_store
from assistant.meetings import store as preparation_store
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import build_preparation
from tests.actions.conftest import run, texts
from tests.actions.test_meeting_actions import GOAL
from tests.actions.test_practice_actions import thank_you


def _debriefed_meeting_with_steps() -> None:
    details = MeetingDetails(Mentor("Sophie Mercier"), None, False, "cafe", 45, False, "Diriger un chantier")
    saved = preparation_store.save_preparation("alice", build_preparation(details))
    preparation_store.save_debrief(
        "alice", saved.id, "déléguer davantage", "je rédige le planning d'ici jeudi", local_today() + timedelta(days=40)
    )


def _reached_goal() -> str:
    goal = goal_store.save_goal("alice", GOAL)
    goal_store.set_goal_status("alice", goal.id, "reached")
    return goal.fields.statement


def test_the_whole_support_note_names_the_goal_keeps_tu_and_drops_the_steps(database, domain):
    _debriefed_meeting_with_steps()
    run(practice.ActionThankYouNote(), domain, sender_id="alice", text="un mot de remerciement, on se tutoie")
    _reached_goal()
    dispatcher, _ = run(
        practice.ActionThankYouNote(), domain, sender_id="alice", text="aide-moi à remercier Sophie pour toute son aide"
    )
    note = thank_you(dispatcher)
    assert "j'ai atteint mon objectif" in note and "planning" not in note and "Comme convenu" not in note
    assert "ton accompagnement" in note and note.endswith("Encore merci, et à bientôt !")
    assert not re.search(r"\b(?:vous|votre|vos|cordialement)\b", note)
    assert "de tout son accompagnement et lui annoncer votre objectif atteint" in texts(dispatcher)
    assert "Noter la rencontre" not in str(dispatcher.messages)


def test_the_goal_named_is_the_one_reached_last(database, domain):
    first = goal_store.save_goal("alice", GOAL)
    second = goal_store.save_goal("alice", replace(GOAL, statement="ouvrir mon agence"))
    goal_store.set_goal_status("alice", second.id, "reached")
    goal_store.set_goal_status("alice", first.id, "reached")
    goal_store.set_goal_status("alice", second.id, "active")
    goal_store.set_goal_status("alice", second.id, "reached")
    dispatcher, _ = run(
        practice.ActionThankYouNote(), domain, sender_id="alice", text="je veux la remercier, mon objectif est atteint"
    )
    assert "j'ai atteint mon objectif d'ouvrir mon agence." in thank_you(dispatcher)


def test_thanks_asked_once_every_goal_is_reached_writes_the_thank_you(database, domain):
    _reached_goal()
    _, events = run(
        saved_goals.ActionMarkGoalReached(),
        domain,
        sender_id="alice",
        intent="mark_goal_reached",
        text="j'ai réussi mon objectif et je voudrais lui dire merci",
    )
    assert [(e["event"], e["name"]) for e in events] == [("followup", "action_thank_you_note")]


def test_a_meeting_thank_you_still_lists_the_steps(database, domain):
    _debriefed_meeting_with_steps()
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="alice", text="aide-moi à la remercier")
    assert "Comme convenu" in thank_you(dispatcher)


def test_without_a_preparation_the_note_uses_the_meeting_noted_in_the_journal(database, domain):
    # fourteenth panel: after a journal entry with Sophie's advice, the note stayed generic however asked
    from assistant.journal import store as journal_store
    from assistant.journal.model import PlannedAction

    journal_store.save_entry(
        "karim",
        "Sophie Leroy",
        local_today() - timedelta(days=1),
        "un échange très concret",
        "passer la certification PL-300 et monter un projet sur des données de vente",
        [PlannedAction("lui envoyer mon CV")],
    )
    said = "un message pour remercier Sophie Leroy"
    dispatcher, _ = run(
        practice.ActionThankYouNote(),
        domain,
        sender_id="karim",
        text=said,
        entities=[{"entity": "PER", "value": "Sophie Leroy"}],
    )
    note = thank_you(dispatcher)
    assert "PL-300" in note and "hier" in note
    assert "CV" in note
