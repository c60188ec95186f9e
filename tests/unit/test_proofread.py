"""Spelling against Hunspell's French dictionary and the coach's reading of an answer (issue #15, item 1)."""

from __future__ import annotations

import pytest

from assistant.common import spelling
from assistant.common.proofread import normalise, proofread

pytestmark = pytest.mark.skipif(spelling.checker() is None, reason="hunspell-fr-classical not installed")


def test_dictionary_is_loaded_once():
    assert spelling.checker() is spelling.checker()


@pytest.mark.parametrize(
    ("word", "valid"),
    [("trésorerie", True), ("tresorerie", False), ("l'équipe", True), ("Lyon", True), ("zzkx", False)],
)
def test_lookup(word, valid):
    assert spelling.is_valid(word) is valid


def test_morphology_from_the_dictionary():
    assert spelling.is_infinitive("passer") and not spelling.is_infinitive("passé")
    assert spelling.noun_gender("trésorerie") == "f" and spelling.noun_gender("parcours") == "m"
    assert spelling.is_first_name("julien") and not spelling.is_first_name("équipe")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("developpeuse", "développeuse"), ("developeur", "développeur"), ("jaurai", "j'aurai"), ("reseau", "réseau")],
)
def test_suggestions(word, expected):
    assert spelling.suggest(word)[0] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("julien moreau m'a parlé de elle", "Julien Moreau m'a parlé d'elle"),
        ("le parcours de Isabelle Mercier", "le parcours d'Isabelle Mercier"),
        ("recommandé par isabelle mercier", "recommandé par Isabelle Mercier"),
        ("dev chez blablacar a lyon", "dev chez Blablacar à Lyon"),
        ("devenir cto", "devenir CTO"),
        ("la présentation de le projet", "la présentation du projet"),
    ],
)
def test_fixed_without_asking(raw, expected):
    read = proofread(raw)
    assert read.fit and read.text == expected


def test_normalise_keeps_what_is_right():
    assert normalise("Léa, étudiante en master data à Lyon") == "Léa, étudiante en master data à Lyon"


@pytest.mark.parametrize(
    ("raw", "problem", "proposal"),
    [
        ("c trop stylé", "slang", "c'est très inspirant"),
        ("ben quand jaurai signé mon contrat lol", "sms", "quand j'aurai signé mon contrat"),
        ("sa facon de manager une equipe", "accents", "sa façon de manager une équipe"),
    ],
)
def test_unfit_answers_get_a_corrected_proposal(raw, problem, proposal):
    read = proofread(raw)
    assert not read.fit and problem in read.problems and read.proposal == proposal


def test_greeting_or_question_instead_of_content_has_no_proposal():
    read = proofread("Bonjour, me revoilà ! On en était où ?")
    assert {"greeting", "question"} <= set(read.problems) and read.proposal == ""


def test_unknown_word_without_a_sure_correction_has_no_proposal():
    read = proofread("son approche tres xqzwkt du recrutement")
    assert "misspelled" in read.problems and "xqzwkt" in read.words and read.proposal == ""


def test_a_proposal_is_a_fixed_point():
    for raw in ("c trop stylé", "sa facon de manager une equipe", "ben quand jaurai signé mon contrat lol"):
        again = proofread(proofread(raw).proposal)
        assert again.fit and again.text == proofread(raw).proposal


def test_button_titles_and_quotes_are_whole_clauses_never_cut_with_an_ellipsis():
    from actions.common import short
    from assistant.common.french import words_within

    goal = "comment passer de responsable comptable à DAF en 3 ans, quelles compétences me manquent"
    assert short(goal, 60) == "comment passer de responsable comptable à DAF en 3 ans"
    assert words_within("devenir DAF dans un groupe industriel, en passant le DSCG", 40) == (
        "devenir DAF dans un groupe industriel"
    )
    assert words_within("obtenir un poste de responsable des données", 35, clauses_only=True) == ""
    for limit in (20, 30, 40, 50):
        title = short(goal, limit)
        assert "…" not in title and len(title) <= limit and goal.startswith(title)
        assert title.split()[-1] not in ("de", "à", "en")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ses talks sur l accessibilite", "ses exposés sur l'accessibilité"),
        ("j ai vu sa conférence", "j'ai vu sa conférence"),
        ("c est une référence", "c'est une référence"),
        ("elle a lair passionée", "elle a l'air passionnée"),
        ("avant de switcher de poste", "avant de passer de poste"),
    ],
)
def test_anglicisms_missing_apostrophes_and_slips_are_written_out(typed, written):
    assert proofread(typed).text == written


def test_a_replaced_letter_is_no_sure_correction():
    # « talks » is one letter from « tanks »: a different word, never proposed
    assert "tanks" not in proofread("ses talks").text
    assert proofread("ses tolks").proposal == ""
