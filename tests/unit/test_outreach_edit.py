"""A change typed in words on a draft's text: read from the message, made on the text (our own words; the fifth
panel found « supprimez la phrase … » and « remplacez 20 minutes par 30 minutes » impossible)."""

import pytest

from assistant.coaching.intents import requested_intent
from assistant.coaching.text_edits import TextEdit, read_edit
from assistant.outreach.edit import applied, edits_in
from assistant.outreach.model import Draft, DraftStyle

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


LONGER = Draft(
    "",
    "Bonjour Madame Vidal,\nJe suis Paul Roy, technicien chez Airbus. J'aimerais devenir ingénieur méthodes. "
    "Je me donne un an, avec un repère : avoir réussi le concours interne et tenu deux entretiens. "
    "Votre regard m'aiderait beaucoup.\nAuriez-vous 20 minutes pour un appel ?\nPaul Roy",
)


def test_a_whole_sentence_quoted_with_its_full_stop_removes_that_sentence_only():
    # fourteenth panel: « Supprimez maintenant la phrase « … . » » was not read, and the next sentence went with it
    typed = (
        "Supprimez maintenant la phrase « Je me donne un an, avec un repère : avoir réussi le concours interne et "
        "tenu deux entretiens. »"
    )
    body = applied(LONGER, edits_in(LONGER, typed)[0]).body
    assert "Je me donne un an" not in body
    assert "J'aimerais devenir ingénieur méthodes. Votre regard m'aiderait beaucoup." in body


@pytest.mark.parametrize(
    "typed",
    [
        "Enlevez la phrase qui commence par « Je me donne un an ».",
        "pouvez-vous retirer la phrase sur le concours interne et les deux entretiens ?",
        "vire la phrase qui parle du concours stp",
    ],
)
def test_the_sentence_to_remove_is_found_by_its_start_or_what_it_is_about(typed):
    (edit,) = edits_in(LONGER, typed)
    body = applied(LONGER, edit).body
    assert "concours" not in body and "Votre regard m'aiderait beaucoup." in body


def test_no_sentence_is_removed_when_the_topic_is_not_in_the_draft_or_ambiguous():
    assert edits_in(LONGER, "supprime la phrase sur mon manager actuel") == []


def test_a_new_greeting_and_a_removal_asked_in_one_message_are_both_made():
    typed = (
        "Deux retouches : la formule d'appel doit être simplement « Madame, » ; et je préférerais supprimer la "
        "phrase sur le concours interne, trop détaillée."
    )
    draft = LONGER
    for edit in edits_in(LONGER, typed):
        draft = applied(draft, edit)
    assert draft.body.startswith("Madame,\nJe suis Paul Roy")
    assert "concours" not in draft.body


MAIL = Draft(
    "Devenir data analyst d'ici fin 2027",
    "Bonjour Sophie,\nMon objectif : devenir data analyst d'ici fin 2027, dans la finance.\nKarim",
    DraftStyle("email", "vous", "neutral", False),
)


@pytest.mark.parametrize(
    "typed",
    [
        "Changez l'objet en « Votre parcours du contrôle de gestion à la data ».",
        "Reste l'objet de l'e-mail. Mettez comme objet : « Votre parcours du contrôle de gestion à la data ».",
        "remplacez « Objet : Devenir data analyst d'ici fin 2027 » par « Objet : Votre parcours du contrôle de "
        "gestion à la data »",
        # fifteenth panel: no quotes, after a colon (it was read as a new goal)
        "change l'objet : Votre parcours du contrôle de gestion à la data stp",
        "Nouvel objet : Votre parcours du contrôle de gestion à la data.",
    ],
)
def test_the_subject_line_is_changed_not_the_same_words_in_the_body(typed):
    # fourteenth panel: the subject could not be changed; the same words in the body were changed instead
    draft = MAIL
    for edit in edits_in(MAIL, typed):
        draft = applied(draft, edit)
    assert draft.subject == "Votre parcours du contrôle de gestion à la data"
    assert draft.body == MAIL.body
    assert requested_intent(typed) == "revise_draft"


def test_a_subject_asked_without_quotes_nor_colon_is_not_guessed():
    assert edits_in(MAIL, "change l'objet en quelque chose de plus court") == []


@pytest.mark.parametrize(
    "typed",
    [
        "supprime la phrase je me donne un an",  # fifteenth panel: its first words, no quotes
        "enleve la phrase avec le concours et la date, ca fait trop",  # one of its words is enough
    ],
)
def test_a_sentence_named_by_its_first_words_or_one_of_its_words_is_removed(typed):
    (edit,) = edits_in(LONGER, typed)
    assert "concours" not in applied(LONGER, edit).body


def test_words_quoted_by_their_start_with_an_ellipsis_are_found():
    # sixteenth panel: « supprimez la phrase « Pour tout vous dire, votre parcours : … » » was asked to be copied
    # exactly, and so was « remplacez « je vais réécrire… » par « j'ai déjà réécrit… » » in a thank-you note
    (removal,) = edits_in(LONGER, "supprimez la phrase « Je me donne un an… »")
    assert "Je me donne" not in applied(LONGER, removal).body
    (swap,) = edits_in(MAIL, "remplacez « Mon objectif : devenir… » par « Mon but : devenir… »")
    assert applied(MAIL, swap).body.startswith("Bonjour Sophie,\nMon but : devenir data analyst d'ici fin 2027")


def test_the_greeting_asked_with_begin_with_is_the_greeting_line():
    # sixteenth panel: « commencer par « Madame » plutôt que « Bonjour Claire » » was ignored twice
    (edit,) = edits_in(LONGER, "et commencez par « Madame » plutôt que « Bonjour Madame Vidal », merci")
    assert applied(LONGER, edit).body.startswith("Madame,\nJe suis Paul Roy")
    assert edits_in(LONGER, "commencez par « Je suis ingénieur »") == []  # no greeting: not the greeting line
