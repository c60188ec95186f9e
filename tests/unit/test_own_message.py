"""The mentee's own reviewed message read for the rehearsal (assistant/practice/own_message.py)."""

from datetime import date

import pytest

from assistant.practice.own_message import greeted_mentor, rehearsal_context


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour Madame Lenoir,\nJe suis apprentie et je voudrais un conseil.", "Mme Lenoir"),
        ("Bonjour Paul, je suis étudiant en BTS et votre atelier m'a plu.", "Paul"),
        ("Cher Monsieur,\nJe me permets de vous écrire au sujet de votre parcours.", ""),
        ("Bonjour,\nJe me permets de vous écrire au sujet de votre parcours.", ""),
    ],
)
def test_the_greeting_names_the_mentor(text, name):
    assert greeted_mentor(text).name == name


def test_the_context_follows_the_message_and_names_a_saved_goal_only():
    text = (
        "Salut Inès,\nJe te suis sur LinkedIn depuis un moment. Je veux ouvrir ma boulangerie d'ici 2028.\n"
        "Tu aurais une demi-heure pour un café ? Merci !\nNoah"
    )
    goals = [("ouvrir ma boulangerie", "signer un bail", date(2028, 1, 31)), ("courir un marathon", "", None)]
    ctx = rehearsal_context(text, "linkedin_message", goals)
    assert (ctx.mentor.name, ctx.mentee_first, ctx.tone, ctx.ask, ctx.minutes) == ("Inès", "Noah", "tu", "coffee", 30)
    assert (ctx.goal, ctx.measure, ctx.deadline) == ("ouvrir ma boulangerie", "signer un bail", date(2028, 1, 31))
    assert rehearsal_context(text, "linkedin_message", goals[1:]).goal == ""
