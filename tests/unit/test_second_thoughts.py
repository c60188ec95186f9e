"""Answers taken back inside a form: a date said again after the deadline was given, an answer put in place of
another (ninth panel: both were stored as the answer to the question being asked, or cancelled the goal)."""

from __future__ import annotations

import pytest

from assistant.coaching.asides import said_instead
from assistant.goals.corrections import later_deadline


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("non attendez, plutôt fin avril", "fin avril"),
        ("en fait dans 8 mois", "dans 8 mois"),
        ("oups, je voulais dire le 3 juin", "le 3 juin"),
    ],
)
def test_a_date_taken_back_is_the_new_deadline(text: str, value: str) -> None:
    change = later_deadline(text)
    assert change is not None and change.field == "goal_deadline" and change.value == value


@pytest.mark.parametrize(
    "text",
    [
        "fin avril",  # nothing taken back: an answer like any other
        "non, c'est pour ma famille",  # taken back, but no date
        "parce que dans un an mon CDD se termine",
        "non",
    ],
)
def test_no_date_taken_back(text: str) -> None:
    assert later_deadline(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bon, oublie ça, mets plutôt : ouvrir une boulangerie", "ouvrir une boulangerie"),
        ("écrivez plutôt 5 candidatures envoyées", "5 candidatures envoyées"),
        ("non plutôt : mentorat à distance", "mentorat à distance"),
    ],
)
def test_an_answer_put_in_place_of_another(text: str, value: str) -> None:
    assert said_instead(text) == value


@pytest.mark.parametrize("text", ["je mets plutôt du temps à me décider", "mets plutôt", "laisse tomber ça"])
def test_nothing_put_in_place(text: str) -> None:
    assert said_instead(text) is None


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("nan j'ai jamais dit leadership, c plutot relationnel", "relationnel"),
        ("non, le domaine c'est le réseau", "reseau"),
        ("non mais je veux devenir manageuse", None),  # an answer that starts with « non »
        ("je voudrais progresser en leadership", None),  # nothing taken back
    ],
)
def test_an_area_taken_back_after_it_was_chosen(text: str, area: str | None) -> None:
    from assistant.goals.corrections import area_taken_back

    change = area_taken_back(text, "leadership")
    assert (change.value if change else None) == area
