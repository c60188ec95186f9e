"""« re bonjour, on en était où ? » (seventeenth panel) got the first greeting and the menu: the mentee asked for their
work in progress, and gets it, with buttons to go on, wherever the session stands."""

from datetime import date

import pytest

from actions import courtesy
from assistant.coaching.asides import switch_asked
from assistant.coaching.intents import requested_intent
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from tests.actions.conftest import make_tracker, run, sent, slot_events, texts

GOAL = GoalFields(
    "communication",
    "prendre la parole en réunion d'équipe",
    "une intervention par réunion",
    date(2027, 6, 30),
    "gagner en visibilité",
    "informel",
)


def _greet(domain, text: str, **slots):
    tracker = make_tracker(sender_id="alice", text=text, intent="greet", slots=slots)
    return run(courtesy.ActionGreet(), domain, tracker=tracker)


def test_where_we_were_gets_the_work_in_progress(database, domain):
    goal_store.save_goal("alice", GOAL)
    for said in ("re bonjour, on en etait ou ?", "Où en étions-nous ?"):
        dispatcher, events = _greet(domain, said, welcomed_back=True)
        assert "prendre la parole en réunion d'équipe" in texts(dispatcher)
        assert "/list_goals" in [b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []]
        assert slot_events(events)["welcomed_back"] is False


def test_where_we_were_with_nothing_saved_says_so_and_offers_the_menu(database, domain):
    dispatcher, _ = _greet(domain, "re bonjour, on en était où ?")
    assert sent(dispatcher) == [message("nothing_in_progress"), "utter_menu"]


def test_a_plain_hello_still_gets_the_greeting(database, domain):
    goal_store.save_goal("alice", GOAL)
    dispatcher, _ = _greet(domain, "bonjour")
    assert sent(dispatcher) == [message("greet"), "utter_menu"]


@pytest.mark.parametrize(
    "said",
    [
        "re. on en est où ?",
        "fais-moi un récap",
        "Bon, je reviens après le déjeuner. On en était où ?",
        "on en était où avec Bernard ?",
        "où en étions-nous ?",
        "On peut reprendre là où on en était ?",
    ],
)
def test_where_we_were_is_asked_in_many_ways(said):
    assert requested_intent(said) == "greet"


@pytest.mark.parametrize("said", ["on en est où avec ma préparation", "où en est mon objectif ?", "Où j'en suis ?"])
def test_where_one_thing_stands_is_not_the_whole_recap(said):
    assert requested_intent(said) != "greet"


def test_an_order_to_review_a_message_asks_for_that_task():
    # eighteenth panel: « relis mon message stp » typed where the mentor's name was asked became the mentor
    assert switch_asked("relis mon message stp")
