"""Panel defect: the field menu of « modifier l'objectif », answered in words, offered to delete the goal."""

import pytest

from actions import saved_goals
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.answers import asks_to_delete, named_fields
from tests.actions.conftest import make_tracker, run, sent, slot_events
from tests.actions.test_goal_actions import FILLED, SAVED


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("la date et l'indicateur", ["goal_deadline", "goal_measure"]),
        ("rectifie la formulation stp", ["goal_statement"]),
        ("je voudrais changer l'objectif lui-même", ["goal_statement"]),
        ("le chiffre de mon objectif", ["goal_measure"]),
        ("le pourquoi", ["goal_motivation"]),
    ],
)
def test_the_fields_a_menu_answer_names(text, fields):
    assert named_fields(text) == fields
    assert not asks_to_delete(text)


@pytest.mark.parametrize("text", ["efface le deuxième objectif", "je veux retirer cet objectif", "/delete_goal"])
def test_a_deletion_asked_in_words(text):
    assert asks_to_delete(text)


def test_fields_named_in_edit_mode_open_them_never_a_deletion(database, domain):
    saved = goal_store.save_goal("alice", SAVED)
    slots = {**FILLED, "editing_goal_id": str(saved.id), "goal_number": "1"}
    dispatcher, events = run(
        saved_goals.ActionDeleteGoal(),
        domain,
        sender_id="alice",
        slots=slots,
        text="la date et l'indicateur",
        intent="delete_goal",
    )
    assert sent(dispatcher) == [message("correcting_field", field="échéance et mesure du succès")]
    set_slots = slot_events(events)
    assert set_slots["goal_deadline"] is None and set_slots["goal_measure"] is None
    assert set_slots["pending_delete_goal_id"] is None
    assert "goal_statement" not in set_slots  # the rest is kept
    assert {"event": "followup", "name": "goal_form", "timestamp": None} in events
    assert len(goal_store.list_goals("alice")) == 1


def test_a_saved_goal_field_named_with_nothing_in_progress_edits_it(database, domain):
    goal_store.save_goal("alice", SAVED)
    _, events = run(
        saved_goals.ActionDeleteGoal(), domain, sender_id="alice", text="rectifier l'indicateur", intent="delete_goal"
    )
    assert {"event": "followup", "name": "action_edit_goal", "timestamp": None} in events


def test_neither_a_field_nor_a_deletion_asks_which_one(database, domain):
    goal_store.save_goal("alice", SAVED)
    dispatcher, events = run(
        saved_goals.ActionDeleteGoal(), domain, sender_id="alice", text="bof pas terrible", intent="delete_goal"
    )
    assert sent(dispatcher) == [message("edit_or_delete")]
    assert slot_events(events)["pending_delete_goal_id"] is None


def test_a_deletion_asked_in_words_is_still_confirmed_first(database, domain):
    saved = goal_store.save_goal("alice", SAVED)
    dispatcher, events = run(
        saved_goals.ActionDeleteGoal(),
        domain,
        sender_id="alice",
        slots={"goal_number": "1"},
        text="efface l'objectif 1",
        intent="delete_goal",
    )
    assert "C'est définitif" in sent(dispatcher)[0]
    assert slot_events(events)["pending_delete_goal_id"] == str(saved.id)


def test_keeping_the_goal_read_as_a_draft_change_at_the_deletion_question_keeps_it(domain):
    # tenth panel: « non en fait garde-le » under « Supprimer l'objectif n° 1 ? » offered to revise a draft
    from actions import outreach_drafts

    tracker = make_tracker(text="non en fait garde-le", intent="revise_draft", slots={"pending_delete_goal_id": "3"})
    tracker.events = [{"event": "action", "name": "action_delete_goal"}, *tracker.events]
    dispatcher, events = run(outreach_drafts.ActionReviseDraft(), domain, tracker=tracker)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_delete_cancelled"]
    assert events == []  # the goal stays named for « bon si, supprime-le »


def test_delete_it_after_all_read_as_erasing_everything_deletes_that_goal_only(domain):
    # eleventh panel: « bon si, supprime-le » after « garde-le » offered to erase everything, and « oui » did
    from actions import privacy

    tracker = make_tracker(text="bon si, supprime-le", intent="erase_data", slots={"pending_delete_goal_id": "3"})
    tracker.events = [{"event": "action", "name": "action_revise_draft"}, *tracker.events]
    dispatcher, events = run(privacy.ActionAskErase(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_confirm_delete_goal", "timestamp": None}]
    tracker = make_tracker(text="supprime-le", intent="erase_data")  # nothing named, no goal just discussed
    dispatcher, events = run(privacy.ActionAskErase(), domain, tracker=tracker)
    assert dispatcher.messages[0]["message_key"] == "erase_what"
    assert {"event": "slot", "name": "pending_erase", "value": None, "timestamp": None} in events
    tracker = make_tracker(text="oublie-moi complètement", intent="erase_data")
    dispatcher, events = run(privacy.ActionAskErase(), domain, tracker=tracker)
    assert dispatcher.messages[0]["message_key"] == "erase_confirm"
