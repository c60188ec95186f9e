"""Questions to the mentor put from « vous » into « tu » (assistant/common/tutoiement.py, inflection.py).

The expected conversions were written and checked by hand; every question of the bank, rendered for the
meetings that ask it, is converted with no « vous », « votre », « vos » left (the grammar of the same list is
checked by Grammalecte in tests/writing/test_tu_questions.py).
"""

from __future__ import annotations

import re

import pytest

from assistant.common import spelling
from assistant.common.inflection import gender, is_vous_form, tu_form
from assistant.common.tutoiement import addressed, to_tu, tu_possessive
from assistant.meetings.questions import bank
from tests.unit.tu_contexts import bank_questions

pytestmark = pytest.mark.skipif(spelling.checker() is None, reason="hunspell-fr-classical not installed")

#: « vous » forms and their « tu » forms, checked by hand (same verb, same tense).
VERBS = [
    ("feriez", "ferais"),
    ("avez", "as"),
    ("conseillez", "conseilles"),
    ("prépariez", "préparais"),
    ("verrez", "verras"),
    ("Pourriez", "Pourrais"),
    ("recommenciez", "recommençais"),
    ("débutiez", "débutais"),
    ("décririez", "décrirais"),
    ("recommanderiez", "recommanderais"),
    ("Seriez", "Serais"),
    ("pouvez", "peux"),
    ("préférez", "préfères"),
    ("souhaitez", "souhaites"),
    ("attendez", "attends"),
    ("voyez", "vois"),
    ("suivez", "suis"),
    ("pensez", "penses"),
    ("utilisez", "utilises"),
    ("êtes", "es"),
    ("faites", "fais"),
    ("allez", "vas"),
    ("appelez", "appelles"),
    ("achetez", "achètes"),
    ("mangiez", "mangeais"),
    ("connaissez", "connais"),
    ("recevez", "reçois"),
    ("saurez", "sauras"),  # savoir in the future, not the rare « saurer » in the present
]


@pytest.mark.parametrize(("vous", "tu"), VERBS)
def test_a_vous_form_takes_the_tu_form_of_the_same_tense(vous, tu):
    assert tu_form(vous) == tu


def test_the_subjunctive_is_taken_when_the_clause_calls_for_it():
    assert tu_form("prépariez", subjunctive=True) == "prépares"
    assert tu_form("fassiez") == "fasses"  # only a subjunctive


@pytest.mark.parametrize("word", ["convient", "semble", "a", "ont", "joindre", "plaît", "carrière", "xyzez"])
def test_what_is_no_vous_form_has_no_tu_form(word):
    assert not is_vous_form(word)
    assert tu_form(word) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [("carrière", "f"), ("dernière", "f"), ("dernier", "m"), ("parcours", "m"), ("expérience", "f"), ("poste", "")],
)
def test_gender_reads_inflected_words_too(word, expected):
    assert gender(word) == expected


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        ("parcours", "ton"),
        ("carrière aujourd'hui", "ta"),
        ("expérience", "ton"),
        ("dernier conseil", "ton"),
        ("dernière question", "ta"),
        ("poste de DAF", "ton"),
        ("propre équipe", "ta"),
        ("", "ton"),
    ],
)
def test_votre_becomes_ton_or_ta(following, expected):
    assert tu_possessive(following) == expected


#: Whole questions, converted by hand.
SENTENCES = [
    (
        "Avec le recul, que feriez-vous autrement si vous recommenciez votre carrière aujourd'hui ?",
        "Avec le recul, que ferais-tu autrement si tu recommençais ta carrière aujourd'hui ?",
    ),
    (
        "Quelle difficulté de votre parcours vous a le plus appris, et comment l'avez-vous surmontée ?",
        "Quelle difficulté de ton parcours t'a le plus appris, et comment l'as-tu surmontée ?",
    ),
    (
        "Comment prépariez-vous vos prises de parole ou vos échanges difficiles quand vous débutiez ?",
        "Comment préparais-tu tes prises de parole ou tes échanges difficiles quand tu débutais ?",
    ),
    (
        "Pourriez-vous me raconter un défi complexe que vous avez résolu, et ce que vous en avez retenu ?",
        "Pourrais-tu me raconter un défi complexe que tu as résolu, et ce que tu en as retenu ?",
    ),
    (
        "D'après ce que vous avez vu autour de vous, qu'est-ce qui fait la différence pour devenir DAF ?",
        "D'après ce que tu as vu autour de toi, qu'est-ce qui fait la différence pour devenir DAF ?",
    ),
    (
        "Quelles sont vos disponibilités et vos limites : délai de réponse, meilleur moyen de vous joindre ?",
        "Quelles sont tes disponibilités et tes limites : délai de réponse, meilleur moyen de te joindre ?",
    ),
    (
        "Pour mesurer mes progrès, je me suis fixé un indicateur : « 3 entretiens ». Vous semble-t-il pertinent ?",
        "Pour mesurer mes progrès, je me suis fixé un indicateur : « 3 entretiens ». Te semble-t-il pertinent ?",
    ),
    (
        "À quels signes verrez-vous, de votre côté, que je progresse ?",
        "À quels signes verras-tu, de ton côté, que je progresse ?",
    ),
    (
        "J'ai mis en pratique votre dernier conseil : qu'en pensez-vous, et que feriez-vous ensuite ?",
        "J'ai mis en pratique ton dernier conseil : qu'en penses-tu, et que ferais-tu ensuite ?",
    ),
    (
        "Qu'est-ce qui fait la différence dans un recrutement pour un poste comme le vôtre : expérience ou réseau ?",
        "Qu'est-ce qui fait la différence dans un recrutement pour un poste comme le tien : expérience ou réseau ?",
    ),
    (
        "Le rythme de nos rencontres vous convient-il toujours, ou faut-il l'ajuster ?",
        "Le rythme de nos rencontres te convient-il toujours, ou faut-il l'ajuster ?",
    ),
    (
        "Qu'est-ce qui a changé pour vous depuis notre dernier échange ?",
        "Qu'est-ce qui a changé pour toi depuis notre dernier échange ?",
    ),
    (
        "Quelles ressources (formation, livre) vous ont le plus fait progresser ?",
        "Quelles ressources (formation, livre) t'ont le plus fait progresser ?",
    ),
    ("Comment vous êtes-vous formée ?", "Comment t'es-tu formée ?"),
    ("Comme vous le savez, je change de poste.", "Comme tu le sais, je change de poste."),
    ("Vous vous êtes lancée seule ?", "Tu t'es lancée seule ?"),
    ("J'aimerais que vous fassiez le point avec moi.", "J'aimerais que tu fasses le point avec moi."),
    (
        "Pouvons-nous convenir que ce que nous nous disons reste entre nous ?",
        "Pouvons-nous convenir que ce que nous nous disons reste entre nous ?",
    ),
    ("On se voit entre deux rendez-vous ?", "On se voit entre deux rendez-vous ?"),
]


@pytest.mark.parametrize(("vous", "tu"), SENTENCES)
def test_questions_are_put_in_tu_word_for_word(vous, tu):
    assert to_tu(vous) == tu


def test_a_quotation_keeps_the_mentee_s_words():
    said = "Voici où j'en suis de ce que nous avions convenu (« vous envoyer mon CV ») : qu'en pensez-vous ?"
    assert (
        to_tu(said) == "Voici où j'en suis de ce que nous avions convenu (« vous envoyer mon CV ») : qu'en penses-tu ?"
    )


def test_a_verb_the_dictionary_does_not_know_leaves_nothing_half_done():
    assert to_tu("Comment blorfiez-vous votre équipe ?") is None
    assert addressed("Comment blorfiez-vous votre équipe ?", "tu") == "Comment blorfiez-vous votre équipe ?"


def test_vous_is_kept_as_it_is():
    question = "Que feriez-vous à ma place ?"
    assert addressed(question, "vous") == question
    assert addressed(question, "tu") == "Que ferais-tu à ma place ?"


_VOUS = re.compile(r"\b(?:vous|votre|vos|vôtres?)\b", re.I)


def test_every_bank_question_is_put_in_tu_with_no_vous_left():
    questions = bank_questions()
    assert len({q.bank_id for q in questions}) == sum(len(c["questions"]) for c in bank().values())
    for question in questions:
        tu = to_tu(question.text)
        assert tu is not None, question.text
        assert not _VOUS.search(tu), tu
        if _VOUS.search(question.text):
            assert tu != question.text
