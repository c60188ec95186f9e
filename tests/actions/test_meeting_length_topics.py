"""The subjects of the meeting typed where its length was asked (blind panel 9): never answered from the knowledge
base; the form says where the subjects will go and asks the length again. A real question about time is still one."""

import pytest

from actions import asides
from actions.meeting_form import ValidateMeetingForm
from assistant.common.templating import message
from assistant.meetings.answers import parse_minutes, reads_as_topics
from tests.actions.conftest import run, sent, slot_events, validate_answer
from tests.actions.test_courtesy_actions import parsed

SUBJECTS = "comment financer ma reconversion, et si je peux continuer mon activité le week-end pendant le cursus"


def test_the_subjects_given_for_the_length_are_said_to_wait_and_the_length_asked_again(database, domain):
    tracker = parsed(
        SUBJECTS, "faq", 0.7, faq_key="faq/keep_in_touch", requested="meeting_minutes", active_loop="meeting_form"
    )
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("meeting_minutes_topics")]
    assert slot_events(events)["meeting_minutes"] is None


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (SUBJECTS, True),
        ("son parcours et les aides pour payer la formation", True),
        ("on parlera de mi-temps thérapeutique et de reprise du travail", True),
        ("c'est combien de temps d'habitude", False),
        ("non rien, je veux juste des conseils", False),
        ("une demi-heure", False),
        ("je ne sais pas", False),
        ("quelle durée me conseillez-vous ?", False),
    ],
)
def test_subjects_are_told_from_a_length_or_a_question(text, topics):
    assert reads_as_topics(text) is topics
    assert (parse_minutes(text).problem == "topics") is topics


@pytest.mark.parametrize("intent", ["faq", "inform"])
def test_the_form_s_own_check_says_the_same(database, domain, intent):
    dispatcher, slots = validate_answer(
        ValidateMeetingForm(), domain, "meeting_minutes", SUBJECTS, "meeting_form", intent=intent
    )
    assert sent(dispatcher) == [message("meeting_minutes_topics")] and slots["meeting_minutes"] is None
