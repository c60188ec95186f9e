"""The thank-you for the support as a whole: careful French in every version (tu/vous, short, a goal in the
infinitive or not, no goal), and the requests that call for it."""

from dataclasses import replace

import pytest

from assistant.common.mentor import Mentor
from assistant.practice import thanks
from tests.writing.grammar import grammar_errors

BASE = thanks.from_mentor(Mentor("Sophie Mercier"), mentee_first="karim")


@pytest.mark.parametrize(
    "goal", ["diriger seul un chantier de bout en bout", "obtenir mon CAP", "un poste de chef", ""]
)
@pytest.mark.parametrize("tone", ["tu", "vous"])
@pytest.mark.parametrize("short", [False, True])
def test_every_support_note_is_careful_french(goal, tone, short):
    note = thanks.thank_you_note(replace(BASE, whole=True, goal_reached=goal, tone=tone, short=short))
    assert grammar_errors(note) == [], [str(f) for f in grammar_errors(note)]
    assert "…" not in note and "Comme convenu" not in note and note.endswith("Karim")
    assert ("j'ai atteint mon objectif" in note) == bool(goal)
    other = r"vous" if tone == "tu" else r"\bte\b"
    assert other not in note


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("écris-moi un mot pour la remercier de tout son soutien", True),
        ("je tiens à le remercier, mon objectif est atteint", True),
        ("c'est grâce à elle que j'ai réussi", True),
        ("un message de remerciement pour la rencontre d'hier", False),
        ("remercier Paul", False),
    ],
)
def test_the_support_as_a_whole_is_heard_in_the_request(text, whole):
    assert thanks.requested_whole(text) is whole
