"""Corrections typed in the middle of the goal form: which field, which new value."""

import pytest

from assistant.goals.answers import TypedChange, find_field, read_form_correction


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("ah non en fait l'échéance c'est fin juin", "goal_deadline", "fin juin"),
        ("finalement l'échéance c'est d'ici fin mai", "goal_deadline", "d'ici fin mai"),
        ("au fait l'indicateur ce serait plutôt 3 entretiens obtenus", "goal_measure", "3 entretiens obtenus"),
        ("nan mais change l objectif stp : trouver un stage en data", "goal_statement", "trouver un stage en data"),
        ("en fait mon objectif c'est de devenir chef de projet", "goal_statement", "devenir chef de projet"),
        ("finalement le domaine c'est plutôt le leadership", "goal_area", "le leadership"),
        ("corrige la raison : je veux plus d'autonomie", "goal_motivation", "je veux plus d'autonomie"),
    ],
)
def test_a_correction_typed_in_the_form_names_its_field_and_value(text, field, value):
    assert read_form_correction(text) == TypedChange(field, value)


@pytest.mark.parametrize(
    "text",
    [
        "3 entretiens d'ici la date limite",  # an answer mentioning a field, with no word of correction
        "je veux changer de métier, c'est mon objectif",  # the correction word is not before a field
        "non",
        "obtenir 2 offres avant la date de fin de mon contrat",
    ],
)
def test_an_answer_is_not_a_correction(text):
    assert read_form_correction(text) is None


@pytest.mark.parametrize("text", ["L'objectif.", "l'objectif lui-même", "objectif"])
def test_the_goal_alone_names_its_statement(text):
    assert find_field(text).value == "goal_statement"


def test_a_numbered_goal_is_not_a_field():
    assert find_field("l'objectif 2") is None
