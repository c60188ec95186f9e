"""Answers taken back half-way in the goal form (eighteenth panel): « Obtenir le CAP ébéniste en candidat libre. Non
en fait, plutôt en formation pour adultes à l'AFPA, ce serait plus sérieux. » was saved whole as the goal, « Non, pas en
candidat libre, je me suis mal exprimé : obtenir le CAP… » as the measure, « … Ah non, avant ça : avoir contacté au
moins dix ateliers » whole as the measure."""

import pytest

from actions.goal_form import ValidateGoalForm
from assistant.goals.corrections import restated
from tests.actions.conftest import validate_answer

AREA = {"goal_area": "carriere"}


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Obtenir le CAP ébéniste en candidat libre. Non en fait, plutôt en formation pour adultes.", ""),
        (
            "Quand j'aurai une convention de stage signée. Ah non, avant ça : avoir contacté dix ateliers.",
            "avoir contacté dix ateliers",
        ),
        ("3 entretiens, non pas 2", None),
        ("trouver une alternance, plutot en septembre", None),
    ],
)
def test_what_an_answer_taken_back_keeps(said, kept):
    assert restated(said) == kept


def test_a_goal_taken_back_without_its_new_words_is_asked_again(domain):
    said = "Obtenir le CAP ébéniste en candidat libre. Non en fait, plutôt en formation pour adultes à l'AFPA."
    dispatcher, slots = validate_answer(ValidateGoalForm(), domain, "goal_statement", said, "goal_form", slots=AREA)
    assert slots["goal_statement"] is None and dispatcher.messages[0]["message_key"] == "answer_taken_back"


def test_a_measure_restated_after_a_colon_keeps_only_the_new_words(domain):
    said = "Quand j'aurai une convention de stage signée. Ah non, avant ça : avoir contacté au moins dix ateliers."
    _, slots = validate_answer(ValidateGoalForm(), domain, "goal_measure", said, "goal_form", slots=AREA)
    assert slots["goal_measure"] == "avoir contacté au moins dix ateliers"


def test_i_misspoke_at_the_measure_corrects_the_goal(domain):
    said = (
        "Non, pas en candidat libre, je me suis mal exprimé : obtenir le CAP ébéniste via une formation pour adultes."
    )
    slots = {**AREA, "goal_statement": "obtenir le CAP ébéniste en candidat libre"}
    dispatcher, events = validate_answer(ValidateGoalForm(), domain, "goal_measure", said, "goal_form", slots=slots)
    assert events["goal_statement"] == "obtenir le CAP ébéniste via une formation pour adultes"
    assert events["goal_measure"] is None  # the measure is asked again


@pytest.mark.parametrize(
    ("said", "value"),
    [
        (
            "Et pour la mesure du succès, mettez plutôt : être admis à la formation, puis avoir le diplôme.",
            "être admis à la formation, puis avoir le diplôme",
        ),
        ("La mesure, c'est : avoir contacté au moins dix ateliers.", "avoir contacté au moins dix ateliers"),
        ("l'échéance : disons fin juin", "fin juin"),
    ],
)
def test_the_words_that_introduce_a_new_value_are_not_part_of_it(said, value):
    # eighteenth panel: « Mettez plutôt : » and « C'est : » were saved at the start of the measure
    from assistant.goals.answers import read_typed_change

    assert read_typed_change(said).value == value


@pytest.mark.parametrize(
    ("said", "minutes"), [("20 min. ah non attend il a dit 30 en fait", "30"), ("30 jtai dit", "30"), ("1h", "60")]
)
def test_a_meeting_length_said_last_or_alone_with_other_words(domain, said, minutes):
    # eighteenth panel: « 20 min. ah non attend il a dit 30 en fait » kept 20; « 30 jtai dit » was asked again
    from actions.meeting_form import ValidateMeetingForm

    _, slots = validate_answer(ValidateMeetingForm(), domain, "meeting_minutes", said, "meeting_form")
    assert slots["meeting_minutes"] == minutes


def test_a_quoted_swap_then_save_changes_the_words_not_the_goal_to_the_order(domain):
    # nineteenth panel: « Remplacez « … » par « … » dans l'objectif, puis enregistrez. »: the goal became the order
    from actions import courtesy
    from tests.actions.conftest import run
    from tests.actions.test_summary_approval import _after_summary

    said = "Remplacez « Data Analyst » par « Data Scientist » dans l'objectif, puis enregistrez."
    tracker = _after_summary(said, "nlu_fallback", slots={"goal_statement": "devenir Data Analyst en startup"})
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    statement = next(e["value"] for e in events if e.get("name") == "goal_statement")
    assert statement == "devenir Data Scientist en startup"


def test_an_unquoted_swap_ending_on_salut_is_no_goodbye():
    # nineteenth panel: « remplace bonjour par salut » -> « Au revoir et bon courage dans votre démarche ! »
    from assistant.coaching.intents import requested_intent

    assert requested_intent("remplace bonjour par salut") == "revise_draft"
    assert requested_intent("nan je veux changer le bonjour du message en salut") == "revise_draft"
    assert requested_intent("ça marche, salut") == "goodbye"


def test_a_day_and_time_the_request_set_stay_through_the_forms_check(domain):
    # nineteenth panel: « préparer le prochain rdv avec Nathalie, le 12 janvier à 14h » was saved « mercredi 1er
    # décembre 2027 »: the form read the stored « 2027-01-12T14:00 » again as a date typed by the mentee
    from actions.meeting_form import ValidateMeetingForm

    for stored in ("2027-01-12T14:00", "2027-01-12"):
        _, slots = validate_answer(ValidateMeetingForm(), domain, "meeting_when", stored, "meeting_form")
        assert slots["meeting_when"] == stored
