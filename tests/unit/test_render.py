"""Rendering of goal summaries, lists and explanations."""

from datetime import date

from assistant.goals.model import GoalFields, GoalRecord
from assistant.goals.render import goal_list, goal_summary, mentoring_kinds_explanation, time_until_fr

GOAL = GoalFields(
    "leadership",
    "devenir chef d'équipe",
    "encadrer 3 personnes",
    date(2027, 3, 31),
    "prendre plus de responsabilités",
    "informel",
)


def test_summary_shows_every_field_in_french():
    text = goal_summary(GOAL, heading="Voici votre objectif SMART :", today=date(2026, 11, 21))
    for part in (
        "Leadership",
        "• Objectif : Devenir chef d'équipe.",
        "• Mesure du succès : Encadrer 3 personnes.",
        "31 mars 2027",
        "dans 4 mois",
        "• Pourquoi c'est important : Prendre plus de responsabilités.",
        "Mentorat informel",
    ):
        assert part in text
    assert "{" not in text and "}" not in text


def test_list_numbers_goals_and_marks_reached_ones():
    records = [GoalRecord(1, 1, GOAL), GoalRecord(2, 2, GOAL, status="reached")]
    text = goal_list(records, today=date(2026, 11, 21))
    assert text.startswith("Vous avez 2 objectifs enregistrés")
    assert "1. Devenir chef d'équipe." in text and "2. Devenir chef d'équipe. ✅ atteint" in text
    assert goal_list(records[:1]).startswith("Vous avez un objectif enregistré")


def test_time_until():
    today = date(2026, 11, 21)
    assert time_until_fr(date(2026, 11, 22), today) == "demain"
    assert time_until_fr(date(2026, 12, 1), today) == "dans 10 jours"
    assert time_until_fr(date(2026, 1, 1), today) == "échéance dépassée"


def test_mentoring_kinds_are_all_explained():
    text = mentoring_kinds_explanation()
    for label in ("formel", "informel", "de groupe", "inversé", "à distance"):
        assert label in text


def test_summary_has_one_line_per_field():
    lines = goal_summary(GOAL, heading="Titre :", today=date(2026, 11, 21)).splitlines()
    assert lines[0] == "Titre :"
    assert len(lines) == 7 and all(line.startswith("• ") for line in lines[1:])
    assert lines[4] == "• Échéance : 31 mars 2027 (dans 4 mois)"


def test_list_puts_each_goal_on_its_own_lines():
    records = [GoalRecord(1, 1, GOAL), GoalRecord(2, 2, GOAL)]
    lines = goal_list(records, today=date(2026, 11, 21)).splitlines()
    assert "" not in lines  # a blank line would split the message into two bubbles in the widget
    assert lines[0] == "Vous avez 2 objectifs enregistrés :"
    assert lines[1] == "1. Devenir chef d'équipe."
    assert lines[2].strip() == "Leadership · mesure : encadrer 3 personnes · échéance : 31 mars 2027 (dans 4 mois)"
    assert lines[3] == "2. Devenir chef d'équipe."


def test_quantities_agree_in_number_and_gender():
    from assistant.common.french import quantity

    assert quantity(0, "brouillon") == "aucun brouillon"
    assert quantity(0, "préparation de rencontre", feminine=True) == "aucune préparation de rencontre"
    assert quantity(1, "objectif") == "1 objectif"
    assert quantity(3, "préparation de rencontre", True) == "3 préparations de rencontre"
    assert quantity(2, "avis") == "2 avis"
