"""The goal as meeting questions say it, the time the questions get, and the French helpers they use."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from assistant.common.french import balanced, of
from assistant.common.mentor import Mentor
from assistant.common.phrasing import MAX_PHRASE_CHARS, goal_phrase
from assistant.meetings.agenda import build_agenda, question_minutes
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import build_preparation
from assistant.meetings.questions import MINUTES_PER_QUESTION, main_count, move_question, remove_question
from assistant.meetings.render import main_questions, preparation_messages


@pytest.mark.parametrize(
    ("statement", "text", "kind"),
    [
        (
            "comment passer de responsable comptable à DAF en 3 ans, quelles compétences me manquent",
            "passer de responsable comptable à DAF",
            "verb",
        ),
        ("Devenir DAF dans un groupe industriel d'ici fin 2027.", "devenir DAF dans un groupe industriel", "verb"),
        ("je veux devenir tech lead", "devenir tech lead", "verb"),
        ("mon passage à la direction financière", "mon passage à la direction financière", "noun"),
        ("me reconvertir dans la data", "me reconvertir dans la data", "verb"),
        ("SQL avancé", "", ""),
        ("Je suis perdu dans ma carrière", "", ""),
        ("management", "", ""),
    ],
)
def test_goal_phrase(statement, text, kind):
    phrase = goal_phrase(statement)
    assert (phrase.text, phrase.kind) == (text, kind)


def test_goal_phrase_is_said_with_pour_and_sur():
    verb, noun = goal_phrase("Intégrer l'école des cadres de santé"), goal_phrase("mon passage au management")
    assert verb.for_ == "pour intégrer l'école des cadres de santé"
    assert verb.on == "sur mon projet d'intégrer l'école des cadres de santé"
    assert noun.for_ == "pour mon passage au management" and noun.on == "sur mon passage au management"
    assert goal_phrase("").for_ == "" and goal_phrase("").on == ""


def test_a_long_goal_is_taken_to_a_whole_clause_or_not_used():
    long_goal = (
        "obtenir la certification AWS avec au moins 80 %, puis décrocher un poste d'architecte cloud dans une "
        "grande entreprise"
    )
    phrase = goal_phrase(long_goal)
    assert phrase.text == "obtenir la certification AWS avec au moins 80 %"
    endless = "trouver " + " ".join(["un poste intéressant"] * 12)
    assert goal_phrase(endless).text == ""
    assert all(len(goal_phrase(g).text) <= MAX_PHRASE_CHARS for g in (long_goal, endless))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fives (groupe industriel", "Fives (groupe industriel)"),
        ("DAF) chez Fives", "DAF chez Fives"),
        ("Fives ()", "Fives"),
        ("« lead dev", "« lead dev »"),
        ("Fives (groupe) industriel", "Fives (groupe) industriel"),
    ],
)
def test_balanced(text, expected):
    assert balanced(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Isabelle Mercier", "d'Isabelle Mercier"),
        ("Hélène", "d'Hélène"),
        ("Olivier", "d'Olivier"),
        ("Paul", "de Paul"),
        ("Yann", "de Yann"),
        ("votre mentor", "de votre mentor"),
    ],
)
def test_of_elides_before_a_vowel(name, expected):
    assert of(name) == expected


@pytest.mark.parametrize("minutes", range(10, 61))
@pytest.mark.parametrize("first", [True, False])
def test_question_time_is_part_of_the_agenda_and_the_count_fits_it(minutes, first):
    spent = question_minutes(minutes, first)
    assert 0 < spent < minutes
    assert spent <= sum(item.minutes for item in build_agenda(minutes, first))
    count = main_count(spent)
    assert count == 1 or count * 2 <= spent  # at least 2 minutes each
    assert (count + 1) * MINUTES_PER_QUESTION > spent  # and no room for one more


MEETING = MeetingDetails(
    Mentor("Isabelle Mercier", "DAF", "Fives (groupe industriel"),
    datetime(2026, 12, 10, 14, 0),
    True,
    "visio",
    30,
    True,
    "comment passer de responsable comptable à DAF en 3 ans, quelles compétences me manquent",
    "carriere",
    "obtenir le DSCG",
)


def test_the_preparation_names_the_goal_once_per_question_without_quoting_it():
    preparation = build_preparation(MEETING)
    header, questions, _agenda, checklist = preparation_messages(preparation, "Voici :")
    assert "quelles compétences me manquent" not in questions and "…" not in questions
    assert "« passer" not in questions and questions.count("«") <= 1  # only the measure is quoted
    assert "pour passer de responsable comptable à DAF ?" in questions
    assert "Fives (groupe industriel)" in header and "(groupe industriel ?" not in questions
    assert "le parcours d'Isabelle Mercier" in checklist


def test_main_questions_follow_the_time_and_the_rest_waits():
    short, long = build_preparation(replace(MEETING, minutes=10)), build_preparation(replace(MEETING, minutes=60))
    assert main_questions(short) == 1 and main_questions(long) > main_questions(short)
    _h, questions, _a, checklist = preparation_messages(short, "Voici :")
    assert "(1 question, 2 à 3 minutes) :" in questions and "Si le temps le permet :\n2. " in questions
    assert "commencez par la première, les autres si le temps le permet" in checklist


def test_the_goal_is_named_once_then_said_again_briefly():
    _h, questions, _a, _c = preparation_messages(build_preparation(replace(MEETING, minutes=60)), "Voici :")
    assert questions.count("pour passer de responsable comptable à DAF") == 1
    assert "pour y parvenir ?" in questions


def test_after_an_edit_the_goal_is_still_named_before_y_parvenir():
    preparation = build_preparation(replace(MEETING, minutes=60))
    naming = next(i for i, q in enumerate(preparation.questions, 1) if "pour passer de" in q.text)
    edited = replace(preparation, questions=remove_question(list(preparation.questions), naming).questions)
    _h, questions, _a, _c = preparation_messages(edited, "Voici :")
    assert questions.count("pour passer de responsable comptable à DAF") == 1
    assert questions.index("pour passer de responsable comptable à DAF") < questions.index("pour y parvenir")
    last = len(preparation.questions)
    moved = replace(preparation, questions=move_question(list(preparation.questions), last, 1).questions)
    _h, questions, _a, _c = preparation_messages(moved, "Voici :")
    assert questions.count("pour passer de responsable comptable à DAF") == 1
    assert questions.index("pour passer de responsable comptable à DAF") < questions.index("pour y parvenir")
