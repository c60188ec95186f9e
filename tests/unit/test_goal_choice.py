"""Which saved goal a mentee names in words (``assistant.goals.answers.goal_named``), or by id or number
(``pick_goal``)."""

from datetime import date

from assistant.goals.answers import goal_named, pick_goal
from assistant.goals.model import GoalFields, GoalRecord


def record(number: int, statement: str) -> GoalRecord:
    return GoalRecord(number, number, GoalFields("carriere", statement, "mesure", date(2027, 6, 30), "envie", "formel"))


NURSE = record(1, "Intégrer l'école des cadres de santé et devenir cadre dans mon service")
SPEAK = record(2, "Prendre la parole en réunion de service chaque semaine")


def test_a_goal_is_named_by_most_of_its_words():
    assert goal_named([NURSE, SPEAK], "celui de l'école des cadres") is NURSE
    assert goal_named([NURSE, SPEAK], "plutôt la prise de parole en réunion") is SPEAK


def test_yes_names_the_only_goal_offered_and_nothing_when_there_are_several():
    assert goal_named([NURSE], "oui, celui-là") is NURSE
    assert goal_named([NURSE, SPEAK], "oui") is None
    for casual in ("ouais", "yes", "carrément", "c'est ça"):  # fifth panel: the next answer then became the goal
        assert goal_named([NURSE], casual) is NURSE, casual


def test_another_subject_or_a_tie_names_no_goal():
    assert goal_named([NURSE, SPEAK], "apprendre l'espagnol avant l'été") is None
    assert goal_named([NURSE, SPEAK], "mon service") is None  # one shared word is not enough
    assert goal_named([], "oui") is None


def test_a_typed_goal_is_found_by_its_number_or_its_words():
    from assistant.goals.answers import typed_goal

    assert typed_goal([NURSE, SPEAK], "le 2 est atteint") is SPEAK
    assert typed_goal([NURSE, SPEAK], "n°1") is NURSE
    assert typed_goal([NURSE, SPEAK], "le 5") is None
    assert typed_goal([NURSE, SPEAK], "l'objectif sur la prise de parole en réunion") is SPEAK
    # ninth panel: « supprime le deuxième objectif » asked which one
    assert typed_goal([NURSE, SPEAK], "bon, efface mon second objectif finalement") is SPEAK
    assert typed_goal([NURSE, SPEAK], "le 1er objectif est atteint !") is NURSE
    assert typed_goal([NURSE, SPEAK], "retire le troisième objectif") is None


GOAL = GoalFields(
    "leadership",
    "devenir chef d'équipe",
    "encadrer 3 personnes",
    date(2027, 6, 30),
    "prendre plus de responsabilités",
    "informel",
)
OTHER = GoalFields(
    "reseau", "rencontrer des UX designers", "10 échanges", date(2027, 3, 31), "changer de métier", "distance"
)


def test_pick_goal():
    records = [GoalRecord(id=7, position=1, fields=GOAL), GoalRecord(id=9, position=2, fields=OTHER, status="reached")]
    assert pick_goal(records, goal_id="9")[0].id == 9
    assert pick_goal(records, number="1")[0].id == 7
    assert pick_goal(records, number="5")[0] is None
    goal, candidates = pick_goal(records)
    assert goal is None and len(candidates) == 2
    goal, candidates = pick_goal(records, only_active=True)
    assert goal.id == 7


def test_a_goal_named_by_one_telling_word_in_a_longer_message():
    # seventh panel: « supprime lobjectif du portfolio, il est fini de tte facon » asked which goal (our words)
    records = [record(1, "trouver une alternance en cybersécurité"), record(2, "publier mon portfolio de photographe")]
    assert goal_named(records, "vire lobjectif du portfolio, il est bouclé de toute façon") == records[1]
    assert goal_named(records, "celui sur la photo et l'alternance") is None  # words of both, or none telling


def test_a_goal_number_typed_without_the_apostrophe():
    from assistant.goals.answers import find_goal_number

    assert find_goal_number("supprime lobjectif 2 stp").value == "2"
    assert find_goal_number("la mesure dobjectif 3").value == "3"
