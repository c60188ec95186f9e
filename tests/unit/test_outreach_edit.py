"""A change typed in words on a draft's text: read from the message, made on the text (our own words; the fifth
panel found « supprimez la phrase … » and « remplacez 20 minutes par 30 minutes » impossible)."""

import pytest

from assistant.coaching.intents import requested_intent
from assistant.coaching.text_edits import TextEdit, read_edit
from assistant.outreach.edit import applied
from assistant.outreach.model import Draft

DRAFT = Draft(
    "",
    "Bonjour Inès,\nJe me présente : Paul Roy, technicien. Nous avons travaillé ensemble chez Airbus.\n"
    "Auriez-vous 20 minutes pour un appel ?\nPaul",
)


@pytest.mark.parametrize(
    ("typed", "edit"),
    [
        ("remplacez « 20 minutes » par « 30 minutes » svp", TextEdit("20 minutes", "30 minutes")),
        ('mets "une demi-heure" au lieu de "20 minutes"', TextEdit("20 minutes", "une demi-heure")),
        ("Supprimez la phrase « Je me présente » : elle me connaît.", TextEdit("Je me présente", "", True)),
        ("enlève « , technicien »", TextEdit(", technicien", "")),
    ],
)
def test_the_change_asked_in_words(typed, edit):
    assert read_edit(typed) == edit
    assert requested_intent(typed) == "revise_draft"


def test_no_quotes_no_text_edit():
    assert read_edit("supprime l'objectif 2") is None and read_edit("remplace l'échéance par fin mars") is None


def test_the_change_is_made_on_the_text():
    assert "Auriez-vous 30 minutes" in applied(DRAFT, TextEdit("20 minutes", "30 minutes")).body
    removed = applied(DRAFT, TextEdit("je me présente", "", True)).body  # found whatever the case
    assert "présente" not in removed and "Nous avons travaillé ensemble chez Airbus." in removed.splitlines()[1]
    whole = applied(DRAFT, TextEdit("Nous avons travaillé ensemble chez Airbus", "")).body
    assert whole.splitlines()[1] == "Je me présente : Paul Roy, technicien."  # no « . » left alone
    assert applied(DRAFT, TextEdit("déjeuner", "café")) is None


@pytest.mark.parametrize(
    ("typed", "old", "new"),
    [
        # a correction pointed out rather than ordered (seventh panel; our own words)
        (
            "Petite faute : « que vous puissiez m'orientez » devrait être « que vous puissiez m'orienter ».",
            "que vous puissiez m'orientez",
            "que vous puissiez m'orienter",
        ),
        ("« 15 minutes » → « 25 minutes »", "15 minutes", "25 minutes"),
    ],
)
def test_a_correction_pointed_out_is_an_edit(typed, old, new):
    assert read_edit(typed) == TextEdit(old, new)


def test_a_replacement_typed_without_quotes_is_made_when_its_words_are_in_the_draft():
    # ninth panel: « remplace … par … » without quotes under a draft was not understood (our own words)
    from assistant.coaching.text_edits import unquoted_edits
    from assistant.outreach.edit import edit_in

    assert edit_in(DRAFT, "remplace technicien par technicien de maintenance stp") == TextEdit(
        "technicien", "technicien de maintenance"
    )
    assert edit_in(DRAFT, "tu peux changer 20 minutes en une demi-heure ?") == TextEdit("20 minutes", "une demi-heure")
    assert edit_in(DRAFT, "remplace chez Airbus par chez Safran") == TextEdit("chez Airbus", "chez Safran")
    assert edit_in(DRAFT, "change le canal en e-mail") is None  # not words of the draft: a revision, read elsewhere
    assert edit_in(DRAFT, "remplace l'échéance par fin mars") is None
    assert unquoted_edits("remplace l'échéance par fin mars") == [TextEdit("l'échéance", "fin mars")]
    assert read_edit("remplace technicien par ingénieur") is None  # the NLU's reading stays with quotes only
