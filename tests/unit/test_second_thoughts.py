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
        # fourteenth panel: with why after it, it was stored as the goal's reason
        ("attends non plutot 1 an, faut que je finisse ma formation avant", "1 an"),
        ("non, plutôt fin juin car mon contrat se termine", "fin juin"),
        # sixteenth panel: a remark on the date given, then the new one (it was stored as the goal's reason)
        ("ah non attends, 4 mois c'est trop juste… mets plutôt 8 mois", "8 mois"),
        ("non, un an c'est long, disons 10 mois", "10 mois"),
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
        # sixteenth panel: the area meant, named before a remark (it was stored as the goal statement)
        ("non attends, plutôt réseau, c'est surtout me faire connaître en fait", "reseau"),
        (
            "Non, j'avais dit relationnel en premier, c'est le domaine principal, le leadership c'était un détail",
            "relationnel",
        ),
        ("non, pas de chiffre, je veux devenir manageuse d'équipe", None),
        ("je voudrais progresser en leadership", None),  # nothing taken back
    ],
)
def test_an_area_taken_back_after_it_was_chosen(text: str, area: str | None) -> None:
    from assistant.goals.corrections import area_taken_back

    change = area_taken_back(text, "leadership")
    assert (change.value if change else None) == area


def test_no_message_to_paste_leaves_the_review_and_an_analyst_asks_no_review() -> None:
    # tenth panel: « je suis data analyst … je cherche un mentor » was taken for a review request, then « no wait,
    # j'ai pas de message, je veux d'abord définir mon goal » was scored as the pasted message
    from assistant.coaching.asides import leaves_for_task
    from assistant.coaching.review_request import review_asked

    assert not review_asked("Je suis analyste financière dans une mutuelle et je cherche une mentore pour évoluer.")
    assert review_asked("tu peux analyser mon message avant que je l'envoie ?")
    said = "ah non, je n'ai aucun message écrit. Je préfère commencer par mon objectif, ok ?"
    assert leaves_for_task("critique_form", "critique_text", said, "clarify_goal")


def test_a_question_about_mentoring_at_the_area_question_is_not_about_the_areas() -> None:
    from assistant.goals.catalog import asks_about_areas

    assert not asks_about_areas("au fait, c'est quoi exactement un mentor ?")
    assert asks_about_areas("c'est quoi la différence entre leadership et relationnel ?")
    assert asks_about_areas("ça veut dire quoi, le domaine réseau ?")
