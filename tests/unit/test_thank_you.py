"""The thank-you note and what it is built from: spelling of the notes, pieces of the debrief, mentor's gender."""

from datetime import date

import pytest

from assistant.common.gender import mentor_gender
from assistant.common.mentor import Mentor
from assistant.common.spelling import correct
from assistant.practice.debrief import read_pieces
from assistant.practice.thanks import ThankYou, relative_day, requested_short, requested_tone, revised, thank_you_note

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("bosser la tresorerie", "travailler la trésorerie"),
        ("jai relu mon cv", "j'ai relu mon CV"),
        ("passer le dscg", "passer le DSCG"),
        ("un poste a lyon", "un poste à Lyon"),
        ("developper mon reseau", "développer mon réseau"),
        ("devenir data analyst en startup", "devenir data analyst en startup"),
    ],
)
def test_sure_corrections_are_made(raw, fixed):
    spelled = correct(raw)
    assert spelled.ok and spelled.text == fixed


@pytest.mark.parametrize(("raw", "problem"), [("se former a la tresorie", "unknown"), ("c trop stylé lol", "unfit")])
def test_unsure_words_are_reported_not_guessed(raw, problem):
    spelled = correct(raw)
    assert not spelled.ok and getattr(spelled, problem)


def test_debrief_pieces_are_addressed_to_the_mentor_and_sorted():
    pieces = read_pieces("elle m'a conseillé de lire son livre\n- la gestion de trésorerie\nje lui envoie mon cv")
    assert [(p.text, p.shape) for p in pieces.kept] == [
        ("lire votre livre", "infinitive"),
        ("la gestion de trésorerie", "noun"),
    ]
    assert pieces.left_out == ("more",)  # two pieces at most
    tu = read_pieces("Il m'a recommandé de contacter son ancien collègue", "tu")
    assert [p.text for p in tu.kept] == ["contacter ton ancien collègue"]
    assert read_pieces("Bonjour, me revoilà ! On en était où ?").kept == ()
    assert read_pieces("elle a dit que c'était bien").left_out == ("shape",)
    assert read_pieces("x " * 80).kept == ()


@pytest.mark.parametrize(
    ("mentor", "said", "gender"),
    [
        (Mentor("Catherine Durand"), "", "f"),
        (Mentor("Olivier Petit"), "", "m"),
        (Mentor("Camille Roy"), "il m'a conseillé de passer le DSCG", "m"),  # the mentee's words first
        (Mentor("Dominique Roy"), "", "f"),
        (Mentor("Claude Roy"), "", ""),  # not a name the lists know: no guess
        (Mentor("", "directrice financière"), "", "f"),
        (Mentor("", "directeur commercial"), "", "m"),
        (Mentor("Mme Lefèvre"), "", "f"),
        (Mentor("M. Garnier"), "", "m"),
        (Mentor("Sacha Blum"), "je veux la remercier", "f"),
        (Mentor("Sacha Blum"), "il faut que je lui écrive", ""),
    ],
)
def test_mentor_gender(mentor, said, gender):
    assert mentor_gender(mentor, said) == gender


def test_requests_read_for_tone_and_length():
    assert requested_tone("un petit mot de remerciement en tutoyant") == "tu"
    assert requested_tone("en la vouvoyant") == "vous" and requested_tone("aide-moi à la remercier") is None
    assert requested_short("un remerciement plus court") and not requested_short("aide-moi à la remercier")


def test_relative_day():
    assert relative_day(date(2026, 12, 5), TODAY) == "aujourd'hui"
    assert relative_day(date(2026, 12, 4), TODAY) == "hier"
    assert relative_day(date(2026, 11, 1), TODAY) == "le 1er novembre"  # no year in a date so close
    assert relative_day(date(2026, 3, 1), TODAY) == "le 1er mars 2026"
    assert relative_day(date(2026, 12, 6), TODAY) == "" and relative_day(None, TODAY) == ""


FACTS = ThankYou(
    Mentor("Hélène Garnier", "DAF"),
    "f",
    date(2026, 12, 3),
    "telephone",
    "elle m'a conseillé de passer le DSCG",
    "m'inscrire au DSCG\nje lui envoie mon CV",
    date(2027, 1, 15),
    "vous",
    "Karim",
)


def test_note_in_each_version():
    note = thank_you_note(FACTS, TODAY)
    assert note.splitlines() == [
        "Bonjour Hélène,",
        "Merci beaucoup pour le temps que vous m'avez accordé le 3 décembre au téléphone.",
        "Vos conseils m'aident à y voir plus clair, en particulier celui de passer le DSCG.",
        "Comme convenu, je vais m'inscrire au DSCG ; je vous envoie mon CV.",
        "Je vous tiendrai au courant de mes avancées d'ici notre prochaine rencontre, le 15 janvier.",
        "Encore merci pour votre aide.",
        "Bien cordialement,",
        "Karim",
    ]
    tu = thank_you_note(revised(FACTS, tone="tu"), TODAY)
    assert "que tu m'as accordé" in tu and "Tes conseils" in tu and "je t'envoie mon CV" in tu
    assert tu.endswith("Encore merci, et à bientôt !\nKarim") and "vous" not in tu and "cordialement" not in tu
    short = thank_you_note(revised(FACTS, short=True), TODAY)
    assert len(short) < len(note) and short.endswith("Bien cordialement,\nKarim")
    assert "À notre prochaine rencontre, le 15 janvier !" in short and "je vous envoie" not in short


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("je voudrais un message de remerciement en tutoyant", "thank_you_note"),
        ("aide-moi à la remercier en tutoyant", "thank_you_note"),
        ("tutoie-la", "revise_draft"),  # the draft's tone, as before
    ],
)
def test_tutoiement_asked_for_the_thank_you_is_not_a_draft_revision(text, intent):
    from assistant.coaching.instructions import instructed_intent
    from assistant.coaching.intents import requested_intent

    assert (instructed_intent(text) or requested_intent(text)) == intent


@pytest.mark.parametrize(
    ("name", "greeting"),
    [
        ("Mme Lefort", "Bonjour Madame Lefort,"),
        ("Monsieur Paul Durand", "Bonjour Monsieur Durand,"),
        ("claire martin", "Bonjour Claire,"),
        ("Les Dupont", "Bonjour,"),
        ("Dr Hélène Garnier", "Bonjour Docteur Garnier,"),
    ],
)
def test_the_note_greets_as_a_letter_does(name, greeting):
    note = thank_you_note(ThankYou(Mentor(name)), TODAY)
    assert note.splitlines()[0] == greeting


def test_a_step_for_the_mentor_is_said_to_them():
    assert [p.text for p in read_pieces("lui envoyer ma lettre de motivation").kept] == [
        "vous envoyer ma lettre de motivation"
    ]
    assert [p.text for p in read_pieces("lui montrer son livre", "tu").kept] == ["te montrer ton livre"]


@pytest.mark.parametrize("tone", ["vous", "tu"])
def test_next_steps_that_name_the_mentor_are_said_to_them(tone):
    # fifth panel: « je vais envoyer mon prévisionnel à Bernard » in a note to Bernard
    from tests.writing.grammar import grammar_errors

    facts = ThankYou(
        Mentor("Bernard Roux"),
        next_steps="envoyer mon prévisionnel à Bernard avant le 10 janvier\nBernard me présente son expert-comptable",
        tone=tone,
    )
    note = thank_you_note(facts, TODAY)
    assert "Bernard" not in note.split("\n", 1)[1]  # only the greeting names him
    assert ("je vais vous envoyer" if tone == "vous" else "je vais t'envoyer") + " mon prévisionnel avant le" in note
    assert grammar_errors(note) == []


def test_a_step_the_mentor_does_is_said_to_them_or_left_out():
    from assistant.practice.addressed import addressed_to

    names = ["Bernard Roux", "Bernard"]
    assert addressed_to("bernard me présente son expert-comptable", names, False) == (
        "vous me présentez votre expert-comptable"
    )
    assert addressed_to("Bernard m'envoie ses contacts", names, True) == "tu m'envoies tes contacts"
    assert addressed_to("Bernard va relire mon plan", names, False) == "vous allez relire mon plan"
    assert addressed_to("relancer la banque", names, False) == "relancer la banque"
    assert addressed_to("Bernard et moi, on verra", names, False) is None  # not read: left out of the note
