"""A correction of a goal's answer typed without naming the field (seventh panel; our own sentences)."""

from __future__ import annotations

import pytest

from assistant.goals.answers import TypedChange, read_typed_change
from assistant.goals.corrections import swapped, unnamed_correction

ANSWERS = {
    "goal_statement": "reprendre la menuiserie de mon père à Angers",
    "goal_measure": "avoir signé 12 chantiers dans l'année",
    "goal_motivation": "ne pas laisser fermer l'atelier",
    "goal_deadline": "2027-09-30",
}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Non, 8 chantiers, pas 12.", TypedChange("goal_measure", "avoir signé 8 chantiers dans l'année")),
        ("en fait… 15, pas 12", TypedChange("goal_measure", "avoir signé 15 chantiers dans l'année")),
        ("pas Angers mais Saumur", TypedChange("goal_statement", "reprendre la menuiserie de mon père à Saumur")),
        ("Oups, j'avais dit : dans deux ans, pas 9 mois", TypedChange("goal_deadline", "dans deux ans")),
        ("fin juin au lieu de fin septembre", TypedChange("goal_deadline", "fin juin")),
    ],
)
def test_a_swap_changes_the_one_answer_holding_the_old_words(typed, expected):
    assert unnamed_correction(typed, ANSWERS) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "oui",
        "8 chantiers",  # no old words: nothing says what it replaces
        "Lyon, pas Paris",  # old words in no answer
        "je ne veux pas de mentor formel",
        "c'est bien, pas de souci",
    ],
)
def test_anything_else_is_no_correction(typed):
    assert unnamed_correction(typed, ANSWERS) is None


def test_old_words_in_two_answers_are_not_guessed():
    answers = {**ANSWERS, "goal_motivation": "signer 12 chantiers pour rassurer la banque"}
    assert unnamed_correction("10, pas 12", answers) is None


def test_the_swap_reads_new_and_old_as_typed():
    assert swapped("Non ! 3 entretiens, et pas 5.") == ("3 entretiens", "5")
    long_one = "une phrase bien trop longue pour être une simple correction, pas du tout ce que l'on attend ici"
    assert swapped(long_one) is None


def test_a_field_named_then_an_exclamation_mark_still_brings_its_value():
    assert read_typed_change("L'échéance ! Fin mars.") == TypedChange("goal_deadline", "Fin mars")
    assert read_typed_change("la mesure !") is None


def test_the_date_said_last_after_a_change_of_mind():
    from assistant.goals.corrections import second_thoughts

    assert second_thoughts("Fin avril. Non attendez, c'est trop court, fin juin.") == [
        "c'est trop court, fin juin",
        "fin juin",
        "c'est trop court",
    ]
    assert second_thoughts("d'ici cet été, plutôt septembre") == ["septembre", "septembre"]
    assert second_thoughts("le 15 mars") == []


def test_a_field_that_becomes_its_new_value():
    # ninth panel: « …objectif 1 : la mesure devient … » showed the field menu, the value was lost
    said = "modifie l'objectif 2 : l'indicateur devient 6 ateliers animés"
    assert read_typed_change(said) == TypedChange("goal_measure", "6 ateliers animés")
    assert read_typed_change("la date limite du 1 passe à mi-mai") == TypedChange("goal_deadline", "mi-mai")


def test_a_deadline_put_back_in_a_polite_sentence():
    # eleventh panel: « je préférerais que l'échéance soit repoussée à la session de décembre 2027 » at the summary
    from assistant.common.dates import parse_deadline

    change = read_typed_change("Je préférerais que l'échéance soit décalée à la rentrée 2028, si possible.")
    assert change is not None and change.field == "goal_deadline"
    assert parse_deadline(change.value).value.year == 2028
