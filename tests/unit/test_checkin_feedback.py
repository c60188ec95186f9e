"""The feedback answer of a check-in read side by side (who gives, who does not), a worry about bothering the
mentor, an unreadable answer quoted rather than summed up wrongly, and a correction of the summary (panel 9, f)."""

import pytest

from assistant.checkin.answers import read_feedback, worries_about_bothering
from assistant.checkin.coach import next_step, read_signals
from assistant.checkin.corrections import read_correction
from assistant.checkin.model import Signals
from assistant.checkin.render import checkin_summary, step_text, worry_text
from tests.writing.grammar import grammar_errors


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # the mentor's side only, with « un peu » that is no « peu »
        ("Il me fait des remarques directes, un peu sèches parfois, mais justes", "received"),
        ("ses critiques sont exigeantes mais elles m'aident", "received"),
        ("j'en reçois beaucoup", "received"),
        # one side said not to give
        ("il m'en donne souvent, par contre c'est moi qui ne lui en fais jamais", "from_mentor"),
        ("elle m'en fait mais je n'ose pas lui en faire", "from_mentor"),
        ("c'est surtout lui qui me dit ce qui ne va pas", "from_mentor"),
        ("je lui donne mon avis mais il ne m'en fait pas", "to_mentor"),
        ("je lui dis ce que j'en pense", "given"),
        ("il ne me fait jamais de retour", "not_received"),
        ("j'ai du mal à lui en faire", "not_given"),
        # both, rare, none
        ("je lui dis ce que je pense et lui aussi", "both"),
        ("pas dans les deux sens", "one_way"),
        ("rarement", "rare"),
        ("on en parle assez peu", "rare"),
        ("non, jamais", "none"),
        ("de temps à autre", "unclear"),
    ],
)
def test_each_side_of_the_feedback_is_read(text, signal):
    assert read_feedback(text) == signal


def _careful(text: str) -> None:
    assert "{{" not in text and "…" not in text and "..." not in text
    assert grammar_errors(text) == [], [str(f) for f in grammar_errors(text)]


@pytest.mark.parametrize(
    ("feedback", "expected"),
    [
        ("received", "Claire Martin vous en fait ; vous n'avez pas dit si vous lui en faites aussi"),
        ("from_mentor", "Claire Martin vous en fait, mais vous ne lui en faites pas encore"),
        ("to_mentor", "vous en faites à Claire Martin, mais vous n'en recevez pas encore"),
        ("given", "vous en faites à Claire Martin ; vous n'avez pas dit si c'est réciproque"),
        ("not_received", "vous n'en recevez pas pour l'instant"),
        ("not_given", "vous n'en faites pas encore à Claire Martin"),
        ("rare", "rares pour l'instant"),
    ],
)
def test_the_summary_says_which_side_gives_feedback(feedback, expected):
    text = checkin_summary(Signals("fine", "met", feedback, "yes"), {}, "Claire Martin")
    assert f"Retours : {expected} ;" in text and "pas d'échange récent" not in text
    _careful(text)


def test_the_mentors_feedback_is_never_summed_up_as_no_exchange():
    answers = {
        "checkin_rhythm": "tous les mois, ça me va",
        "checkin_expectations": "en partie",
        "checkin_feedback": "Il me fait des remarques directes, un peu sèches parfois, mais justes",
        "checkin_trust": "oui",
    }
    signals = read_signals(answers)
    assert signals.feedback == "received"
    assert "Claire Martin vous en fait" in checkin_summary(signals, answers, "Claire Martin")


def test_an_answer_the_coach_cannot_read_is_quoted_not_summed_up_wrongly():
    answers = {"checkin_feedback": "De temps à autre."}
    text = checkin_summary(read_signals(answers), answers, "")
    assert "Retours : vous m'avez répondu « de temps à autre » ;" in text
    _careful(text)
    long = {"checkin_feedback": "on parle " + "de beaucoup de choses et " * 6 + "de mon projet"}
    assert "Retours : à préciser ;" in checkin_summary(read_signals(long), long, "")


@pytest.mark.parametrize(
    ("feedback", "step"),
    [
        ("from_mentor", "feedback_give"),
        ("not_given", "feedback_give"),
        ("to_mentor", "feedback_ask"),
        ("rare", "feedback"),
        ("received", "next_goal"),
        ("given", "next_goal"),
    ],
)
def test_the_next_step_follows_the_side_missing(feedback, step):
    assert next_step(Signals("fine", "met", feedback, "yes")) == step


def test_giving_feedback_in_return_is_the_step_when_the_mentee_gives_none():
    text = step_text("feedback_give", "Claire Martin")
    assert "faire vos retours à Claire Martin à votre tour" in text
    _careful(text)


@pytest.mark.parametrize(
    "text",
    [
        "je crains de l'embêter avec mes questions",
        "j'ai souvent l'impression de trop la solliciter",
        "je ne veux pas le déranger entre deux rendez-vous",
    ],
)
def test_a_worry_about_bothering_the_mentor_is_heard(text):
    assert worries_about_bothering("une fois par mois", text)


def test_no_worry_in_plain_answers():
    assert not worries_about_bothering("tous les mois, ça me va", "oui", None)


def test_the_reassurance_says_what_the_sources_say():
    text = worry_text("Claire Martin")
    assert "peur de déranger Claire Martin" in text and "disponibilités et ses limites" in text
    _careful(text)


def test_a_correction_of_the_feedback_line_is_read_from_the_mentees_version():
    said = (
        "Non, pour les retours tu as écrit « pas d'échange récent », alors qu'il m'en fait plein ; "
        "moi je ne lui en fais pas"
    )
    correction = read_correction(said)
    assert correction is not None and correction.slot == "checkin_feedback"
    assert correction.signal == "from_mentor" and "pas d'échange" not in correction.answer


@pytest.mark.parametrize(
    "text", ["je voudrais m'entraîner à sa réponse", "tu as mis des choses bizarres", "pour les retours, merci"]
)
def test_no_correction_without_a_line_named_and_something_said_wrong(text):
    assert read_correction(text) is None
