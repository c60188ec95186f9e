"""The relationship check-in without Rasa: reading each answer, the one next step, and the summary's French."""

import pytest

from assistant.checkin.answers import (
    MAX_ANSWER_CHARS,
    pace,
    read_answer,
    read_expectations,
    read_feedback,
    read_rhythm,
    read_trust,
    wants_to_close,
)
from assistant.checkin.coach import checkin_due, next_step, read_signals
from assistant.checkin.model import CHECKIN_SLOTS, NEXT_STEPS, Signals
from assistant.checkin.render import checkin_summary, step_text
from assistant.common.templating import message
from tests.writing.grammar import grammar_errors


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("une fois par mois, c'est trop espacé", "rare"),
        ("tous les deux mois, c'est un peu trop espacé", "rare"),  # eleventh panel: read « trop soutenu »
        ("on se voit rarement", "rare"),
        ("ça fait deux mois qu'on ne s'est pas vus", "rare"),
        ("j'aimerais la voir plus souvent", "rare"),
        ("chaque semaine, c'est trop souvent pour moi", "frequent"),
        ("Trop rapproché", "frequent"),
        ("il faudrait espacer un peu", "frequent"),
        ("toutes les deux semaines et ça me convient", "fine"),
        ("Ça me convient", "fine"),
        ("oui parfait", "fine"),
        ("pas trop souvent, ça me va", "fine"),
        ("ça ne me convient pas vraiment", "unfit"),
        ("non", "unfit"),
        ("une fois par mois", "unclear"),
    ],
)
def test_the_rhythm_answer_is_read(text, signal):
    assert read_rhythm(text) == signal


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Oui, des deux côtés", "met"),
        ("oui, largement", "met"),
        ("globalement oui", "met"),
        ("En partie", "partly"),
        ("les miennes oui, les siennes non", "partly"),
        ("oui mais j'attendais plus de contacts", "partly"),
        ("pas toutes", "partly"),
        ("Pas vraiment", "not"),
        ("non, je suis déçue", "not"),
        ("aucune de mes attentes n'est remplie", "not"),
        ("aucune idée", "unclear"),
        ("je ne me suis jamais posé la question", "unclear"),
    ],
)
def test_the_expectations_answer_is_read(text, signal):
    assert read_expectations(text) == signal


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Oui, dans les deux sens", "both"),
        ("oui, on échange à chaque rencontre", "both"),
        ("c'est réciproque", "both"),
        ("Dans un seul sens", "one_way"),
        ("seulement de sa part", "from_mentor"),
        ("il me donne des retours mais je ne lui en donne pas", "from_mentor"),
        ("elle oui, moi jamais", "from_mentor"),
        ("Pas vraiment", "none"),
        ("non, jamais", "none"),
        ("pas encore", "none"),
        ("on parle surtout de mon CV", "unclear"),
    ],
)
def test_the_feedback_answer_is_read(text, signal):
    assert read_feedback(text) == signal


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Oui", "yes"),
        ("oui, je peux tout lui dire", "yes"),
        ("je suis complètement à l'aise", "yes"),
        ("plutôt oui", "yes"),
        ("aucun souci", "yes"),
        ("En partie", "partly"),
        ("pas sur tout, le perso je le garde pour moi", "partly"),
        ("ça dépend des sujets", "partly"),
        ("Pas vraiment", "no"),
        ("non, j'ai peur d'être jugé", "no"),
        ("je ne suis pas à l'aise", "no"),
        ("je n'ose pas lui parler de mes doutes", "no"),
        ("elle est très occupée", "unclear"),
        # tenth panel: a yes with a reserve was read « pas encore installée »
        ("oui, je lui fais confiance, même si je n'ose pas parler salaire", "partly"),
        ("non, même si elle est très sympa", "no"),
        # fourteenth panel: « en grande partie » was read « pas encore installée » (« n'ose » after it)
        ("En grande partie, mais je n'ose pas lui dire que nos rendez-vous sont trop espacés", "yes"),
        ("globalement oui", "yes"),
    ],
)
def test_the_trust_answer_is_read(text, signal):
    assert read_trust(text) == signal


@pytest.mark.parametrize(
    "text",
    [
        "on a fait le tour",
        "je veux arrêter le mentorat",
        "Je voudrais clore le mentorat avec Claire",
        "comment terminer ma relation avec mon mentor ?",
        "j'aimerais mettre fin au mentorat",
        "je n'ai plus besoin de mentor",
        "notre mentorat touche à sa fin",
    ],
)
def test_the_wish_to_close_is_recognised(text):
    assert wants_to_close(text)


@pytest.mark.parametrize(
    "text",
    [
        "je veux arrêter de me censurer avec elle",
        "oui, on se voit tous les mois",
        "je voudrais faire le point sur ma relation",
        "pas encore, on n'en a jamais parlé",
    ],
)
def test_other_answers_are_not_a_wish_to_close(text):
    assert not wants_to_close(text)


def test_an_empty_or_far_too_long_answer_is_refused_and_any_other_kept():
    assert read_answer("checkin_trust", "  ").problem == "empty"
    assert read_answer("checkin_trust", "?!").problem == "empty"
    assert read_answer("checkin_trust", "oui " * MAX_ANSWER_CHARS).problem == "too_long"
    reading = read_answer("checkin_rhythm", "on a fait le tour, trop rare de toute façon").value
    assert (reading.signal, reading.closing) == ("rare", True)
    assert read_answer("checkin_feedback", "je ne sais pas").value.signal == "unclear"


def test_the_pace_is_said_in_standard_words():
    assert pace("On se voit 1 fois par mois") == "une fois par mois"
    assert pace("toutes les 2 semaines en visio") == "toutes les deux semaines"
    assert pace("assez souvent") == ""


FINE = {
    "checkin_rhythm": "toutes les deux semaines, ça me va",
    "checkin_expectations": "oui, des deux côtés",
    "checkin_feedback": "oui, dans les deux sens",
    "checkin_trust": "oui",
}


@pytest.mark.parametrize(
    ("changes", "closing", "step"),
    [
        ({}, False, "next_goal"),
        ({}, True, "close"),
        ({"checkin_trust": "non, pas du tout"}, True, "close"),
        ({"checkin_expectations": "je veux arrêter le mentorat"}, False, "close"),
        ({"checkin_trust": "en partie", "checkin_feedback": "pas encore"}, False, "trust"),
        ({"checkin_expectations": "pas vraiment", "checkin_feedback": "jamais"}, False, "expectations"),
        ({"checkin_feedback": "seulement de sa part", "checkin_rhythm": "trop rare"}, False, "feedback_give"),
        ({"checkin_feedback": "dans un seul sens", "checkin_rhythm": "trop rare"}, False, "feedback"),
        ({"checkin_rhythm": "une fois par trimestre, c'est trop espacé"}, False, "rhythm_fixed"),
        ({"checkin_rhythm": "ça ne me convient pas"}, False, "rhythm_fixed"),
        ({"checkin_rhythm": "chaque semaine, c'est trop souvent"}, False, "rhythm_space"),
    ],
)
def test_one_next_step_is_chosen_by_the_rules(changes, closing, step):
    assert next_step(read_signals({**FINE, **changes}, closing=closing)) == step


def test_answers_without_any_clear_signal_call_for_a_review_together():
    vague = {slot: "je ne sais pas trop" for slot in CHECKIN_SLOTS}
    assert next_step(read_signals(vague)) == "review"


def test_a_check_in_is_due_after_every_third_meeting():
    assert [n for n in range(0, 10) if checkin_due(n)] == [3, 6, 9]


def _careful(text: str) -> None:
    assert "{{" not in text and "{%" not in text and "..." not in text and "…" not in text
    assert grammar_errors(text) == [], [str(f) for f in grammar_errors(text)]


@pytest.mark.parametrize(
    "signals",
    [
        Signals("rare", "partly", "one_way", "partly"),
        Signals("frequent", "not", "none", "no", closing=True),
        Signals("fine", "met", "both", "yes"),
        Signals("unfit"),
        Signals(),
    ],
)
@pytest.mark.parametrize("mentor", ["Claire Martin", ""])
def test_the_summary_is_careful_french_and_never_pastes_the_answers(signals, mentor):
    answers = {"checkin_rhythm": "on se voit 1 fois par mois franchement c nul", "checkin_trust": "bof bof"}
    text = checkin_summary(signals, answers, mentor)
    _careful(text)
    assert "c nul" not in text and "bof" not in text
    assert "une fois par mois" in text
    assert ("Vous souhaitez clore la relation" in text) == signals.closing


@pytest.mark.parametrize("step", NEXT_STEPS)
@pytest.mark.parametrize("mentor", ["Claire Martin", ""])
def test_every_next_step_is_careful_french(step, mentor):
    text = step_text(step, mentor)
    _careful(text)
    assert (mentor in text) if mentor and step not in ("trust", "rhythm_fixed", "rhythm_space") else True


def test_closing_well_thanks_takes_stock_and_keeps_in_touch():
    text = step_text("close", "Claire Martin")
    assert "Remerciez Claire Martin" in text and "Faites le bilan" in text and "Gardez le contact" in text


@pytest.mark.parametrize(
    "key",
    [
        "checkin_intro",
        "checkin_intro_closing",
        "ask_checkin_rhythm",
        "ask_checkin_expectations",
        "ask_checkin_feedback",
        "ask_checkin_trust",
        "help_checkin_rhythm",
        "help_checkin_expectations",
        "help_checkin_feedback",
        "help_checkin_trust",
        "checkin_too_long",
        "checkin_cancelled",
    ],
)
@pytest.mark.parametrize("mentor", ["Claire Martin", ""])
def test_every_other_check_in_message_is_careful_french(key, mentor):
    _careful(message(key, mentor=mentor))


def test_the_offer_after_the_third_meeting_is_careful_french():
    text = message("checkin_offer", mentor="Claire Martin", count=3)
    _careful(text)
    assert "3e rencontre notée avec Claire Martin" in text
    _careful(message("checkin_offer", mentor="", count=6))
