"""validate_goal_form with real trackers: each answer is checked, problems are explained."""

import asyncio
from datetime import date, timedelta

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.goal_form import ValidateGoalForm
from tests.actions.conftest import make_tracker, responses, slot_events, texts


def validate(domain, slot, value, slots=None):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots={"requested_slot": slot, **(slots or {})}, text=str(value),
                           active_loop="goal_form", set_after_user={slot: value})
    events = asyncio.run(ValidateGoalForm().run(dispatcher, tracker, domain))
    return dispatcher, slot_events(events)


def test_vague_goal_is_challenged_with_an_example(domain):
    dispatcher, slots = validate(domain, "goal_statement", "progresser", {"goal_area": "leadership"})
    assert slots["goal_statement"] is None
    assert responses(dispatcher) == ["utter_goal_statement_vague"]
    message = dispatcher.messages[0]
    assert message["answer"] == "progresser"
    assert "équipe" in message["example"]


def test_specific_goal_is_kept(domain):
    dispatcher, slots = validate(domain, "goal_statement", "devenir chef d’équipe d'ici l'an prochain")
    assert slots["goal_statement"] == "devenir chef d'équipe d'ici l'an prochain"
    assert dispatcher.messages == []


def test_area_from_button_and_from_text(domain):
    _, slots = validate(domain, "goal_area", "reseau")
    assert slots["goal_area"] == "reseau"
    _, slots = validate(domain, "goal_area", "plutôt la communication")
    assert slots["goal_area"] == "relationnel"
    dispatcher, slots = validate(domain, "goal_area", "the weather please")
    assert slots["goal_area"] is None and responses(dispatcher) == ["utter_goal_area_unknown"]


def test_deadline_is_stored_as_iso_date(domain):
    _, slots = validate(domain, "goal_deadline", "dans 6 mois")
    stored = date.fromisoformat(slots["goal_deadline"])
    assert timedelta(days=170) < stored - date.today() < timedelta(days=190)


@pytest.mark.parametrize(
    ("answer", "response"),
    [("le 15/09/2020", "utter_goal_deadline_past"), ("quand j'aurai le temps", "utter_goal_deadline_unparseable"),
     ("dans 40 ans", "utter_goal_deadline_too_far"), ("", "utter_answer_empty")],
)
def test_bad_deadlines_are_explained(domain, answer, response):
    dispatcher, slots = validate(domain, "goal_deadline", answer)
    assert slots["goal_deadline"] is None
    assert responses(dispatcher) == [response]


def test_measure_needs_an_indicator(domain):
    dispatcher, slots = validate(domain, "goal_measure", "je le sentirai", {"goal_area": "carriere"})
    assert slots["goal_measure"] is None
    assert responses(dispatcher) == ["utter_goal_measure_missing"]
    assert "entretiens" in dispatcher.messages[0]["example"]
    _, slots = validate(domain, "goal_measure", "3 entretiens")
    assert slots["goal_measure"] == "3 entretiens"


def test_huge_answer_is_refused_with_a_reason(domain):
    dispatcher, slots = validate(domain, "goal_motivation", "parce que " * 600)
    assert slots["goal_motivation"] is None
    assert responses(dispatcher) == ["utter_answer_too_long"]


def test_unknown_mentoring_kind_explains_the_kinds(domain):
    dispatcher, slots = validate(domain, "goal_mentoring_kind", "je sais pas")
    assert slots["goal_mentoring_kind"] is None
    assert responses(dispatcher)[0] == "utter_goal_mentoring_kind_unknown"
    assert "Mentorat inversé" in texts(dispatcher)
    _, slots = validate(domain, "goal_mentoring_kind", "inverse")
    assert slots["goal_mentoring_kind"] == "inverse"
