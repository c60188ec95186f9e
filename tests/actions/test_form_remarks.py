"""Remarks typed where a form waits for an answer (eighteenth panel): « je viens de te les dire » became the
mentor's advice (and came back in the next preparation as « Ses conseils : « je viens de te les dire » »), « laissez
tomber en fait, je reviendrai plus tard là-dessus » why the goal matters. Neither is ever stored as typed."""

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import goal_form, journal
from assistant.coaching.form_remarks import form_remark
from tests.actions.conftest import make_tracker, slot_events

NOTES = "il pense que je me disperse. concentrer sur 2 quartiers de Lyon au lieu de toute la métropole"


@pytest.mark.parametrize(
    ("said", "remark"),
    [
        ("je viens de te les dire", "already_said"),
        ("je vous l ai deja dit", "already_said"),
        ("c'est au-dessus", "already_said"),
        ("laissez tomber en fait, je reviendrai plus tard la dessus", "declines"),
        ("je viens de vous dire que je suis comptable", None),  # an answer that starts with a reminder
    ],
)
def test_what_a_remark_says(said, remark):
    assert form_remark(said) == remark


def _validate(form, domain, loop, slot, text, before=""):
    tracker = make_tracker(text=text, active_loop=loop, slots={"requested_slot": slot}, set_after_user={slot: text})
    if before:
        tracker.events[:0] = [{"event": "user", "text": before, "parse_data": {}}, {"event": "bot", "text": "?"}]
    dispatcher = CollectingDispatcher()
    events = asyncio.run(form.run(dispatcher, tracker, domain))
    return dispatcher, slot_events(events)


def test_already_said_takes_the_previous_message_as_the_answer(database, domain):
    form = journal.ValidateJournalForm()
    _, slots = _validate(form, domain, "journal_form", "journal_advice", "je viens de te les dire", before=NOTES)
    assert slots["journal_advice"].startswith("il pense que je me disperse")
    # with nothing before it, the question comes again with its help, and nothing is stored
    dispatcher, slots = _validate(form, domain, "journal_form", "journal_advice", "je viens de te les dire")
    assert slots["journal_advice"] is None and dispatcher.messages[0]["message_key"] == "help_journal_advice"


def test_later_is_no_reason_for_the_goal(database, domain):
    said = "laissez tomber en fait, je reviendrai plus tard la dessus"
    dispatcher, slots = _validate(goal_form.ValidateGoalForm(), domain, "goal_form", "goal_relevance", said)
    assert slots["goal_relevance"] is None and dispatcher.messages[0]["message_key"] == "answer_declined"
