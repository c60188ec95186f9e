"""Goal answers written out: fillers, SMS, acronyms, accents, « a »/« à », guesses proposed, unknown words told."""

from __future__ import annotations

import pytest

from assistant.common.spelling import checker
from assistant.goals.wording import goal_reference, inline, sentence, written_out

pytestmark = pytest.mark.skipif(checker() is None, reason="the French dictionary is not installed")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ben quand jaurai signé mon contrat lol", "quand j'aurai signé mon contrat"),
        ("devenir daf dans un groupe industriel", "devenir DAF dans un groupe industriel"),
        ("etre embauche en cdi a lyon", "être embauché en CDI à Lyon"),
        ("parce que jveux gagner plus et etre plus autonome", "parce que je veux gagner plus et être plus autonome"),
        ("trouver un stage en data a paris", "trouver un stage en data à Paris"),
        ("avoir ma certif aws", "avoir ma certification AWS"),
        ("c trop important pr ma famille 😅", "c'est trop important pour ma famille"),
        ("euh ben genre avoir 3 entretiens quoi", "avoir 3 entretiens"),
        ("mon passage a la direction financiere", "mon passage à la direction financière"),
        ("Obtenir le DSCG !!!", "obtenir le DSCG"),
        ("mon équipe a grandi", "mon équipe a grandi"),
        ("il a la main", "il a la main"),
    ],
)
def test_sure_corrections(typed, written):
    result = written_out(typed)
    assert result.text == written and result.sure


def test_a_guess_is_made_and_reported():
    result = written_out("devenir developeuse fullstack")
    assert result.text == "devenir développeuse fullstack" and result.guessed == (("developeuse", "développeuse"),)
    assert not result.sure


def test_an_unknown_word_is_kept_and_reported():
    result = written_out("avoir un xyzzqv")
    assert result.unknown == ("xyzzqv",) and not result.sure


def test_sentence_and_inline_forms():
    assert sentence("ben devenir daf lol") == "Devenir DAF."
    assert sentence("Quel poste viser ?") == "Quel poste viser ?"
    assert inline("Devenir DAF.") == "devenir DAF" and inline("Paris 2024 en tête") == "Paris 2024 en tête"
    assert sentence("") == ""


def test_goal_reference_prefers_the_short_phrase():
    assert goal_reference("comment passer de comptable a DAF en 3 ans, quelles competences me manquent") == (
        "passer de comptable à DAF"
    )
    assert goal_reference("SQL avancé") == "SQL avancé"


@pytest.mark.parametrize(
    "typed, written",
    [
        ("me reconvertir dans la logistique, comme dans mon message", "me reconvertir dans la logistique"),
        ("trouver un stage de fin d'études comme je vous l'ai dit plus haut", "trouver un stage de fin d'études"),
        ("parler de mon portfolio, comme je l'ai expliqué", "parler de mon portfolio"),
        ("faire comme dit le manager", "faire comme dit le manager"),  # « comme » inside the answer stays
    ],
)
def test_a_pointer_back_to_the_conversation_is_dropped(typed, written):
    assert inline(typed) == written
